import ical from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { addHearing } from "./case.server";
import { activeFeed, feedCalendar, feedOwner, regenerateFeed, revokeFeed } from "./calendar.server";
import { editCheckIn, getCheckIn, recordOutcome, scheduleCheckIns } from "./checkin.server";
import { createClient, type Actor } from "./client.server";
import { makeFirm, makeUser } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";

let paralegal: Actor & { displayName: string };
let ids: string[] = [];
let hearingId: string;

beforeAll(async () => {
  const firm = makeFirm("Feed firm");
  const u = await makeUser(firm, "paralegal", { displayName: "Pat Paralegal" });
  paralegal = { id: u.id, firmId: firm, displayName: "Pat Paralegal", ip: null };
  const r = createClient(paralegal, clientFormSchema.parse({ familyName: "Chen", givenNames: "Wei", aNumber: "A201456789", paralegalId: u.id }));
  if (!r.ok) throw new Error("x");
  const other = createClient(paralegal, clientFormSchema.parse({ familyName: "Other", givenNames: "Person" }));
  if (!other.ok) throw new Error("x");
  const base = { kind: "ero_office" as const, reportingOrder: "i220b", officeId: "ero-new-york", timeZone: "America/New_York", bring: null, lawyerAccompanies: false, notes: null };
  ids = scheduleCheckIns(paralegal, r.id, { ...base, date: "2027-03-01", time: "09:00", recurrence: { every: 2, unit: "weeks", count: 2 } });
  // Someone else's client: not in Pat's feed.
  scheduleCheckIns(paralegal, other.id, { ...base, date: "2027-03-01", time: "10:00", recurrence: null });
  hearingId = addHearing(paralegal, r.id, { hearingType: "master", court: "New York Broadway Immigration Court", judge: null, date: "2027-03-10", time: "08:30", timeZone: "America/New_York", mode: "in_person", notes: null });
});

function parse(text: string) {
  return Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
}

describe("iCalendar feed", () => {
  const now = new Date("2027-02-01T12:00:00Z");

  it("parses with an independent parser: times across DST, stable UIDs, initials only, no A-number", () => {
    const text = feedCalendar({ userId: paralegal.id, firmId: paralegal.firmId, displayName: paralegal.displayName }, now);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).not.toContain("A201456789");
    expect(text).not.toContain("201-456-789");
    expect(text).not.toContain("Chen");
    const events = parse(text);
    expect(events.map((e) => e.uid).sort()).toEqual([`check-in-${ids[0]}@casewatch`, `check-in-${ids[1]}@casewatch`, `hearing-${hearingId}@casewatch`].sort());
    const first = events.find((e) => e.uid === `check-in-${ids[0]}@casewatch`)!;
    const second = events.find((e) => e.uid === `check-in-${ids[1]}@casewatch`)!;
    // 1 March 2027 09:00 EST = 14:00 UTC; 15 March is after the change to EDT: 13:00 UTC.
    expect(new Date(first.start).toISOString()).toBe("2027-03-01T14:00:00.000Z");
    expect(new Date(second.start).toISOString()).toBe("2027-03-15T13:00:00.000Z");
    expect(first.summary).toBe("Check-in: W. C.");
    const hearing = events.find((e) => e.uid === `hearing-${hearingId}@casewatch`)!;
    expect(new Date(hearing.start).toISOString()).toBe("2027-03-10T13:30:00.000Z");
  });

  it("a moved check-in keeps its UID with a higher SEQUENCE; a rescheduled one is cancelled and its new date appears", () => {
    const c = getCheckIn(paralegal.firmId, ids[0]!)!;
    editCheckIn(paralegal, c.id, c.version, { date: "2027-03-02", time: "11:00", officeId: "ero-new-york", timeZone: "America/New_York", bring: null, lawyerAccompanies: false, notes: null }, "one");
    const r = recordOutcome(paralegal, ids[1]!, { outcome: "rescheduled", notes: null, nextDate: "2027-03-22", nextTime: null, rescheduledBy: "ice" });
    const events = parse(feedCalendar({ userId: paralegal.id, firmId: paralegal.firmId, displayName: paralegal.displayName }, now));
    const moved = events.find((e) => e.uid === `check-in-${ids[0]}@casewatch`)!;
    expect(new Date(moved.start).toISOString()).toBe("2027-03-02T16:00:00.000Z");
    expect(Number(moved.sequence)).toBeGreaterThan(c.version);
    const old = events.find((e) => e.uid === `check-in-${ids[1]}@casewatch`)!;
    expect(old.status).toBe("CANCELLED");
    if (!r.ok) throw new Error("x");
    expect(new Date(events.find((e) => e.uid === `check-in-${r.nextId}@casewatch`)!.start).toISOString()).toBe("2027-03-22T13:00:00.000Z");
  });

  it("is reached only by its current token", () => {
    const t1 = regenerateFeed(paralegal);
    expect(feedOwner(t1)?.userId).toBe(paralegal.id);
    const t2 = regenerateFeed(paralegal);
    expect(feedOwner(t1)).toBeUndefined();
    expect(activeFeed(paralegal.id)?.token).toBe(t2);
    revokeFeed(paralegal);
    expect(feedOwner(t2)).toBeUndefined();
    expect(feedOwner("not-a-token")).toBeUndefined();
  });
});
