import { describe, expect, it } from "vitest";
import { ftsQuery, searchTerms } from "./search-terms";

describe("client search terms", () => {
  it("indexes each Chinese character on its own, and digits of phone and A-number", () => {
    expect(searchTerms({ familyName: "Chen", givenNames: "Wei", nativeName: "陈伟", otherNames: null, aNumber: "A012345678", phone: "+12125550100" })).toBe(
      "chen wei 陈 伟  012345678 12345678 12125550100 2125550100 5550100 0100",
    );
  });

  it.each([
    ["chen", '"chen"*'],
    ["陈", '"陈"'],
    ["陈伟", '"陈 伟"'],
    ["María José", '"maría"* AND "josé"*'.replace("maría", "María").replace("josé", "José")],
    ['x" OR 1=1 --', '"x"* AND "OR"* AND "1=1"*'],
    ["   ", null],
    ["555-0100", '"5550100"*'],
  ])("%j → %j", (input, expected) => {
    expect(ftsQuery(input)).toBe(expected);
  });
});
