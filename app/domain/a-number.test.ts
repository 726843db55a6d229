import { describe, expect, it } from "vitest";
import { aNumberFromSearch, formatANumber, parseANumber } from "./a-number";

describe("A-number parsing", () => {
  it.each([
    ["A123456789", "A123456789"],
    ["a123456789", "A123456789"],
    ["123456789", "A123456789"],
    ["A12345678", "A012345678"],
    ["12345678", "A012345678"],
    ["A123-456-789", "A123456789"],
    ["123-456-789", "A123456789"],
    [" A 123 456 789 ", "A123456789"],
    ["A-012.345.678", "A012345678"],
  ])("%s → %s", (input, expected) => {
    expect(parseANumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "Enter an A-number"],
    ["A1234567", "has 7"],
    ["1234567890", "has 10"],
    ["B123456789", "letter A"],
    ["A12345678X", "letter A"],
    ["AA12345678", "letter A"],
    ["A12E456789", "letter A"],
  ])("refuses %j", (input, message) => {
    const r = parseANumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it("shows the stored form as A123-456-789", () => {
    expect(formatANumber("A012345678")).toBe("A012-345-678");
    expect(formatANumber(null)).toBe("—");
  });

  it("recognises an A-number typed into search in any form, and nothing else", () => {
    expect(aNumberFromSearch("123-456-789")).toBe("A123456789");
    expect(aNumberFromSearch("12345678")).toBe("A012345678");
    expect(aNumberFromSearch("chen")).toBeNull();
    expect(aNumberFromSearch("2125550100")).toBeNull();
  });
});
