import { describe, expect, it } from "vitest";
import {
  certaintyText,
  correctedRoles,
  correctionKinds,
  countCertaintyText,
  countryFact,
  countryRoles,
  langAttr,
  notReadText,
  onBoardFromFacts,
  roleReason,
} from "./alert-facts";
import type { CountryFact } from "./flight-extraction";

const src = (rule: string) => [{ sentence: 1, phrase: "x", rule }];

describe("facts stored before roles and certainty were read", () => {
  it("reads a missing role as a destination and a missing certainty as reported", () => {
    const old = { code: "CN", sources: src("destination") } as CountryFact;
    expect(countryFact(old)).toMatchObject({ code: "CN", role: "destination", certainty: "reported" });
    expect(onBoardFromFacts({ countries: [old] })).toEqual([]);
    expect(certaintyText(countryFact(old))).toBeNull();
    expect(
      countCertaintyText({ value: 116, approx: null, source: { sentence: 1, phrase: "116" } }),
    ).toBeNull();
  });
});

describe("roles", () => {
  const roles = countryRoles({ countries: ["PA", "CN", "NP"], onBoard: ["CN", "NP"] });
  it.each([
    ["NP", "On board: the flight carried Nepali nationals to Panama, a third country."],
    ["CN", "On board: the flight carried Chinese nationals to Panama, a third country."],
    [
      "PA",
      "Landing country: the flight went to Panama, their own country, with people of other nationalities on board.",
    ],
  ])("says what the flight means for a client from %s", (code, text) => {
    expect(roleReason(code, roles)).toBe(text);
  });
  it("adds nothing on an alert without nationalities on board", () => {
    expect(roleReason("CN", countryRoles({ countries: ["CN"], onBoard: [] }))).toBeNull();
    expect(roleReason("CN", countryRoles({ countries: ["CN"] }))).toBeNull();
  });
  it("reads the nationalities on board from the extractor's facts", () => {
    expect(
      onBoardFromFacts({
        countries: [
          { code: "PA", role: "destination", sources: [] },
          { code: "NP", role: "nationality", certainty: "possible", sources: [] },
        ],
      }),
    ).toEqual(["NP"]);
  });

  it.each([
    // one list: a country that stays keeps its role; an added one is where the flight landed
    [
      "keeps roles",
      { countries: ["PA", "CN", "NP"], onBoard: ["CN", "NP"] },
      { countries: ["PA", "NP", "IR"] },
      { countries: ["PA", "IR", "NP"], onBoard: ["NP"] },
    ],
    // staff say which is which
    [
      "explicit",
      { countries: ["PA", "CN"], onBoard: ["CN"] },
      { countries: ["PA"], onBoard: ["CN", "IR"] },
      { countries: ["PA", "CN", "IR"], onBoard: ["CN", "IR"] },
    ],
    [
      "moved to landing",
      { countries: ["PA", "CN"], onBoard: ["CN"] },
      { countries: ["PA", "CN"], onBoard: [] },
      { countries: ["PA", "CN"], onBoard: [] },
    ],
    [
      "old alert",
      { countries: ["CN"], onBoard: [] },
      { countries: ["CN", "MX"] },
      { countries: ["CN", "MX"], onBoard: [] },
    ],
  ])("corrects countries: %s", (_, before, next, out) => {
    expect(correctedRoles(before, next)).toEqual(out);
  });
});

describe("unsure facts in words", () => {
  it("says a country read only from a list is possible", () => {
    expect(
      certaintyText(
        countryFact({
          code: "NP",
          role: "nationality",
          certainty: "possible",
          sources: src("nationality of the people removed, listed with China"),
        }),
      ),
    ).toBe("possible — read only from a list");
    expect(
      certaintyText(countryFact({ code: "NP", certainty: "possible", sources: src("destination") })),
    ).toBe("possible — inferred, not stated");
    expect(
      certaintyText(countryFact({ code: "NP", certainty: "reported", sources: src("destination") })),
    ).toBeNull();
  });
  it.each([
    [
      { value: 130, approx: null, hedged: true, source: { sentence: 1, phrase: "more than 130" } },
      "“more than 130”, as reported — not an exact number",
    ],
    [
      { value: 130, approx: null, hedged: true, source: { sentence: 1, phrase: "130" } },
      "about 130, as reported — not an exact number",
    ],
    [
      { value: null, approx: [24, 99] as [number, number], source: { sentence: 1, phrase: "decenas" } },
      "“decenas”, as reported — a vague amount, shown as a range",
    ],
    [{ value: 130, approx: null, hedged: false, source: { sentence: 1, phrase: "130" } }, null],
  ])("count %#", (fact, text) => {
    expect(countCertaintyText(fact)).toBe(text);
  });
});

describe("languages", () => {
  it("sets lang only for the languages read, and says why another was not read", () => {
    expect(langAttr({ code: "zh", name: "Chinese", read: true })).toBe("zh");
    expect(langAttr({ code: "es", name: "Spanish", read: true })).toBe("es");
    expect(langAttr({ code: "por", name: "Portuguese", read: false })).toBeUndefined();
    expect(notReadText({ code: "por", name: "Portuguese", read: false })).toBe(
      "Not read: written in Portuguese — Casewatch reads English, Spanish and Chinese",
    );
  });
});

describe("what a correction changed", () => {
  const base = {
    kind: "flight",
    countries: ["CN"],
    onBoard: [],
    eventDate: "2024-06-23",
    peopleCount: 116,
    peopleMin: null,
    peopleMax: null,
    departure: ["Texas"],
    arrival: ["Shenyang"],
    flightTypes: [],
    relevant: true,
  };
  it.each([
    ["nothing", {}, []],
    ["country added", { countries: ["CN", "MX"] }, ["countryAdded"]],
    ["country removed and count", { countries: [], peopleCount: 120 }, ["countryRemoved", "countChanged"]],
    ["date and place", { eventDate: "2024-06-22", arrival: ["Fuzhou"] }, ["dateChanged", "placeChanged"]],
    [
      "made not relevant (its countries cleared)",
      { relevant: false, countries: [] },
      ["relevanceOverturned"],
    ],
    ["role", { countries: ["CN"], onBoard: ["CN"] }, ["roleChanged"]],
  ])("%s", (_, change, kinds) => {
    expect(correctionKinds(base, { ...base, ...change })).toEqual(kinds);
  });
  it("counts an alert staff made from a set-aside article as relevance overturned", () => {
    expect(
      correctionKinds(
        { articleId: "a", relevant: false, kind: "other" },
        { articleId: "a", relevant: true, kind: "flight", countries: ["GT"], by: "staff" },
      ),
    ).toEqual(["relevanceOverturned"]);
  });
  it("reads entries written before on board was audited", () => {
    const { onBoard: _drop, ...old } = base;
    expect(correctionKinds(old, { ...old, countries: ["CN", "HN"] })).toEqual(["countryAdded"]);
  });
});
