import { describe, expect, it } from "vitest";
import { addMonthsClamped, formatInZone, occurrences, utcToZoned, zonedToUtc } from "./zoned-time";

describe("local times in an office's zone", () => {
  it.each([
    ["2026-01-15", "09:00", "America/New_York", "2026-01-15T14:00:00.000Z"], // EST, UTC-5
    ["2026-07-15", "09:00", "America/New_York", "2026-07-15T13:00:00.000Z"], // EDT, UTC-4
    ["2026-07-15", "09:00", "America/Phoenix", "2026-07-15T16:00:00.000Z"], // no DST
    ["2026-03-08", "02:30", "America/New_York", "2026-03-08T07:30:00.000Z"], // in the spring gap → 03:30 EDT
    ["2026-11-01", "01:30", "America/New_York", "2026-11-01T05:30:00.000Z"], // repeated hour → first (EDT)
    ["2026-12-01", "08:00", "Pacific/Honolulu", "2026-12-01T18:00:00.000Z"],
  ])("%s %s %s is %s", (date, time, zone, iso) => {
    expect(zonedToUtc(date, time, zone).toISOString()).toBe(iso);
  });

  it("round-trips UTC back to the office's wall clock", () => {
    expect(utcToZoned("2026-07-15T13:00:00.000Z", "America/New_York")).toEqual({
      date: "2026-07-15",
      time: "09:00",
    });
    expect(utcToZoned("2026-01-15T17:00:00.000Z", "America/Los_Angeles")).toEqual({
      date: "2026-01-15",
      time: "09:00",
    });
  });

  it("names the zone when it shows a time", () => {
    expect(formatInZone("2026-01-15T14:00:00.000Z", "America/New_York")).toBe(
      "Thu 15 Jan 2026, 09:00 EST (America/New York)",
    );
    expect(formatInZone("2026-07-15T13:00:00.000Z", "America/New_York")).toBe(
      "Wed 15 Jul 2026, 09:00 EDT (America/New York)",
    );
  });
});

describe("recurring check-ins", () => {
  it("a weekly series at 09:00 New York stays at 09:00 local across both DST changes", () => {
    // 2026: DST starts Sun 8 March, ends Sun 1 November.
    const s = occurrences("2026-02-26", "09:00", "America/New_York", {
      every: 2,
      unit: "weeks",
      until: "2026-11-20",
    });
    expect(s.every((o) => utcToZoned(o.utc, "America/New_York").time === "09:00")).toBe(true);
    const march = s.find((o) => o.date === "2026-03-12")!;
    const feb = s.find((o) => o.date === "2026-02-26")!;
    const nov = s.find((o) => o.date === "2026-11-05")!;
    expect(feb.utc.toISOString()).toBe("2026-02-26T14:00:00.000Z");
    expect(march.utc.toISOString()).toBe("2026-03-12T13:00:00.000Z");
    expect(nov.utc.toISOString()).toBe("2026-11-05T14:00:00.000Z");
    expect(s.at(-1)!.date <= "2026-11-20").toBe(true);
  });

  it("monthly on the 31st falls on the last day of shorter months", () => {
    expect(
      occurrences("2026-01-31", "10:00", "America/Chicago", { every: 1, unit: "months", count: 4 }).map(
        (o) => o.date,
      ),
    ).toEqual(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]);
    expect(addMonthsClamped("2027-12-15", 3, 15)).toBe("2028-03-15");
  });

  it("stops at the count, and never runs away", () => {
    expect(
      occurrences("2026-01-05", "09:00", "America/New_York", { every: 4, unit: "weeks", count: 3 }),
    ).toHaveLength(3);
    expect(occurrences("2026-01-05", "09:00", "America/New_York", { every: 1, unit: "weeks" })).toHaveLength(
      104,
    );
  });
});
