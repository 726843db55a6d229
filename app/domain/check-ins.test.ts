import { describe, expect, it } from "vitest";
import { checkInWarnings, isOverdue, isUnconfirmed } from "./check-ins";

const hours = { days: "12345", opens: "08:00", closes: "16:00" };

describe("check-in rules", () => {
  it("is overdue when its time has passed with no outcome", () => {
    const c = {
      startsAt: "2026-12-01T14:00:00.000Z",
      timeZone: "America/New_York",
      outcome: null,
      safeConfirmedAt: null,
    };
    expect(isOverdue(c, new Date("2026-12-01T13:59:00Z"))).toBe(false);
    expect(isOverdue(c, new Date("2026-12-01T14:01:00Z"))).toBe(true);
    expect(isOverdue({ ...c, outcome: "attended" }, new Date("2026-12-02T00:00:00Z"))).toBe(false);
  });

  it("is unconfirmed 4 hours after its time, that day, until someone confirms or records detention", () => {
    const c = {
      startsAt: "2026-12-01T14:00:00.000Z",
      timeZone: "America/New_York",
      outcome: null,
      safeConfirmedAt: null,
    }; // 09:00 EST
    expect(isUnconfirmed(c, new Date("2026-12-01T17:59:00Z"))).toBe(false); // 3h59
    expect(isUnconfirmed(c, new Date("2026-12-01T18:00:00Z"))).toBe(true); // 13:00 EST
    expect(isUnconfirmed({ ...c, outcome: "attended" }, new Date("2026-12-01T20:00:00Z"))).toBe(true);
    expect(
      isUnconfirmed({ ...c, safeConfirmedAt: "2026-12-01T19:00:00Z" }, new Date("2026-12-01T20:00:00Z")),
    ).toBe(false);
    expect(isUnconfirmed({ ...c, outcome: "detained" }, new Date("2026-12-01T20:00:00Z"))).toBe(false);
    // The next day in New York (05:00 UTC on the 2nd is still the 1st there; 06:00 EST on the 2nd is not).
    expect(isUnconfirmed(c, new Date("2026-12-02T04:59:00Z"))).toBe(true);
    expect(isUnconfirmed(c, new Date("2026-12-02T11:00:00Z"))).toBe(false);
  });

  it("warns of a hearing the same day, a federal holiday, and times outside office hours", () => {
    expect(checkInWarnings("2026-12-01", "09:00", hours, [], "ero_office")).toEqual([]);
    expect(checkInWarnings("2026-12-01", "09:00", hours, ["2026-12-01"], "ero_office")).toEqual([
      "The client has a hearing on 2026-12-01, the same day.",
    ]);
    expect(checkInWarnings("2026-12-25", "09:00", hours, [], "ero_office")[0]).toContain(
      "federal holiday (Christmas Day)",
    );
    expect(checkInWarnings("2026-12-01", "17:30", hours, [], "ero_office")).toEqual([
      "17:30 is outside the office's hours (08:00–16:00).",
    ]);
    expect(checkInWarnings("2026-12-05", "09:00", hours, [], "ero_office")).toEqual([
      "The office is not open on that day of the week.",
    ]);
    // A phone report has no office hours.
    expect(checkInWarnings("2026-12-05", "19:00", hours, [], "isap_phone")).toEqual([]);
  });
});
