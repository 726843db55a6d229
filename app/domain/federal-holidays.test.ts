import { describe, expect, it } from "vitest";
import { addBusinessDays, federalHolidays, federalHolidayOn, rollToBusinessDay } from "./federal-holidays";

describe("US federal holidays by rule", () => {
  it("lists 2025's eleven holidays on the days OPM published", () => {
    expect(federalHolidays(2025).map((h) => h.date)).toEqual([
      "2025-01-01",
      "2025-01-20",
      "2025-02-17",
      "2025-05-26",
      "2025-06-19",
      "2025-07-04",
      "2025-09-01",
      "2025-10-13",
      "2025-11-11",
      "2025-11-27",
      "2025-12-25",
    ]);
  });

  it.each([
    ["2026-07-03", "Independence Day (observed)"], // 4 July 2026 is a Saturday
    ["2027-06-18", "Juneteenth National Independence Day (observed)"], // Saturday → Friday
    ["2027-12-24", "Christmas Day (observed)"], // Saturday → Friday
    ["2027-12-31", "New Year's Day (observed)"], // 1 Jan 2028 is a Saturday
    ["2023-01-02", "New Year's Day (observed)"], // Sunday → Monday
    ["2028-11-23", "Thanksgiving Day"],
    ["2030-05-27", "Memorial Day"],
  ])("%s is %s", (date, name) => {
    expect(federalHolidayOn(date)).toBe(name);
  });

  it("has no Juneteenth before 2021", () => {
    expect(federalHolidayOn("2020-06-19")).toBeNull();
  });

  it("rolls a Saturday deadline to Monday, and past a Monday holiday to Tuesday", () => {
    expect(rollToBusinessDay("2025-03-01").date).toBe("2025-03-03");
    const r = rollToBusinessDay("2025-05-24"); // Sat before Memorial Day
    expect(r.date).toBe("2025-05-27");
    expect(r.skipped.map((s) => s.reason)).toEqual(["Saturday", "Sunday", "federal holiday (Memorial Day)"]);
  });

  it("rolls past a closure day the firm entered", () => {
    expect(rollToBusinessDay("2025-03-04", [{ date: "2025-03-04", reason: "court closed: snow" }])).toEqual({
      date: "2025-03-05",
      skipped: [{ date: "2025-03-04", reason: "closure entered by the firm (court closed: snow)" }],
    });
  });

  it("counts five business days across a weekend and a holiday", () => {
    // Granted Wed 2 July 2025: Thu 3, (Fri 4 holiday), Mon 7, Tue 8, Wed 9, Thu 10.
    expect(addBusinessDays("2025-07-02", 5)).toBe("2025-07-10");
  });
});
