import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer-build";

describe("the gazetteer", () => {
  it("is what the data packages give today (run npm run gazetteer after changing them or the build)", () => {
    const built = `${JSON.stringify(buildGazetteer())}\n`;
    expect(built === fs.readFileSync("app/domain/gazetteer/gazetteer.json", "utf8")).toBe(true);
  });
  it("knows the names, demonyms and places real reports use, in each language", () => {
    const g = buildGazetteer();
    expect(g.countries.CD!.en).toContain("DR Congo");
    expect(g.countries.DO!.demEn).toContain("Dominicans");
    expect(g.countries.DM!.demEn).not.toContain("Dominican");
    expect(g.countries.HN!.zh).toEqual(expect.arrayContaining(["洪都拉斯", "宏都拉斯"]));
    expect(g.countries.GT!.demEs).toEqual(expect.arrayContaining(["guatemalteco", "guatemaltecas"]));
    const place = (name: string) => g.places.filter((p) => p[0] === name).map((p) => p[1]);
    expect(place("Recife")).toContain("BR");
    expect(place("Toncontín")).toContain("HN");
    expect(place("Mesa")).toContain("US");
    expect(g.zhPlaces.find((p) => p[0] === "沈阳")?.[1]).toBe("CN");
  });
});
