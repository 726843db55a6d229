import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, checkIns, clients } from "#db/schema";
import { utcToZoned, zonedToUtc } from "~/domain/zoned-time";
import { makeFirm, makeUser } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";
import { addRemovalEvent } from "./case.server";
import {
  bulkReschedule,
  checkInAlerts,
  checkInQueue,
  confirmSafe,
  editCheckIn,
  listClientCheckIns,
  recordOutcome,
  scheduleCheckIns,
} from "./checkin.server";
import { createClient } from "./client.server";
import type { Actor } from "./actor";

let actor: Actor;
let other: Actor;
let clientId: string;

const base = {
  kind: "ero_office" as const,
  reportingOrder: "i220b",
  officeId: "ero-new-york",
  timeZone: "America/New_York",
  bring: null,
  lawyerAccompanies: false,
  notes: null,
};

beforeAll(async () => {
  const firm = makeFirm();
  actor = { id: (await makeUser(firm, "paralegal")).id, firmId: firm, ip: null };
  const otherFirm = makeFirm();
  other = { id: (await makeUser(otherFirm, "paralegal")).id, firmId: otherFirm, ip: null };
  const r = createClient(
    actor,
    clientFormSchema.parse({ familyName: "Lin", givenNames: "Mei", nationalities: "CN" }),
  );
  if (!r.ok) throw new Error("x");
  clientId = r.id;
  addRemovalEvent(actor, clientId, {
    type: "in_absentia_order",
    effectiveDate: "2024-01-05",
    details: {},
    court: null,
    notes: null,
    source: "other",
    verifiedOn: null,
  });
});

const row = (id: string) => getDb().select().from(checkIns).where(eq(checkIns.id, id)).get()!;

describe("check-ins", () => {
  it("schedules a series every 4 weeks at 09:00 New York time, across the DST change", () => {
    const ids = scheduleCheckIns(actor, clientId, {
      ...base,
      date: "2027-02-22",
      time: "09:00",
      recurrence: { every: 4, unit: "weeks", count: 3 },
    });
    expect(ids).toHaveLength(3);
    const rows = ids.map(row);
    expect(rows.map((r) => [r.localDate, r.localTime])).toEqual([
      ["2027-02-22", "09:00"],
      ["2027-03-22", "09:00"],
      ["2027-04-19", "09:00"],
    ]);
    expect(rows.map((r) => r.startsAt)).toEqual([
      "2027-02-22T14:00:00.000Z",
      "2027-03-22T13:00:00.000Z",
      "2027-04-19T13:00:00.000Z",
    ]);
    expect(new Set(rows.map((r) => r.seriesId)).size).toBe(1);
  });

  it("edits the rest of a series, keeping the wall-clock time in the zone", () => {
    const ids = scheduleCheckIns(actor, clientId, {
      ...base,
      date: "2027-10-18",
      time: "09:00",
      recurrence: { every: 2, unit: "weeks", count: 4 },
    });
    const second = row(ids[1]!);
    expect(
      editCheckIn(
        actor,
        second.id,
        second.version,
        { ...base, date: second.localDate, time: "10:30", bring: "I-220B" },
        "rest",
      ),
    ).toBe("ok");
    const after = ids.map(row);
    expect(after.map((r) => r.localTime)).toEqual(["09:00", "10:30", "10:30", "10:30"]);
    // DST ends on Sun 7 Nov 2027: 1 Nov is 10:30 EDT (14:30 UTC), 15 Nov is 10:30 EST (15:30 UTC).
    expect(after[1]!.startsAt).toBe("2027-11-01T14:30:00.000Z");
    expect(after[2]!.startsAt).toBe("2027-11-15T15:30:00.000Z");
    expect(
      editCheckIn(
        actor,
        second.id,
        second.version,
        { ...base, date: second.localDate, time: "11:00", bring: null },
        "one",
      ),
    ).toBe("conflict");
  });

  it("'attended' with the officer's next date creates the next check-in in one step", () => {
    const [id] = scheduleCheckIns(actor, clientId, {
      ...base,
      date: "2026-11-02",
      time: "09:00",
      recurrence: null,
    });
    const r = recordOutcome(actor, id!, {
      outcome: "attended",
      notes: "Officer asked for passport application proof",
      nextDate: "2027-05-03",
      nextTime: null,
      rescheduledBy: null,
    });
    expect(r.ok).toBe(true);
    if (!r.ok || !r.nextId) throw new Error("no next");
    const next = row(r.nextId);
    expect([next.localDate, next.localTime, next.status, next.officeId]).toEqual([
      "2027-05-03",
      "09:00",
      "scheduled",
      "ero-new-york",
    ]);
    expect(row(id!).status).toBe("attended");
    expect(row(id!).nextCheckInId).toBe(r.nextId);
  });

  it("a missed check-in raises the client's risk", () => {
    const before = getDb()
      .select({ t: clients.riskTier })
      .from(clients)
      .where(eq(clients.id, clientId))
      .get()!.t;
    const [id] = scheduleCheckIns(actor, clientId, {
      ...base,
      date: "2026-11-16",
      time: "09:00",
      recurrence: null,
    });
    recordOutcome(actor, id!, {
      outcome: "missed",
      notes: null,
      nextDate: null,
      nextTime: null,
      rescheduledBy: null,
    });
    const after = getDb()
      .select({ t: clients.riskTier, reasons: clients.riskReasons })
      .from(clients)
      .where(eq(clients.id, clientId))
      .get()!;
    expect(before).toBe("high");
    expect(after.t).toBe("critical");
    expect(after.reasons).toContain("1 missed check-in in the last 12 months.");
  });

  it("detained at a check-in records detention on the client, audited, in the same step", () => {
    const r = createClient(actor, clientFormSchema.parse({ familyName: "Zhang", givenNames: "Wei" }));
    if (!r.ok) throw new Error("x");
    const [id] = scheduleCheckIns(actor, r.id, {
      ...base,
      date: "2026-11-30",
      time: "09:00",
      recurrence: null,
    });
    recordOutcome(actor, id!, {
      outcome: "detained",
      notes: "Taken into custody",
      nextDate: null,
      nextTime: null,
      rescheduledBy: null,
    });
    const c = getDb().select().from(clients).where(eq(clients.id, r.id)).get()!;
    expect([c.detentionStatus, c.detentionSince]).toEqual(["detained", "2026-11-30"]);
    expect(c.detentionFacility).toContain("New York City Field Office");
    const actions = getDb()
      .select({ a: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, r.id))
      .all()
      .map((x) => x.a);
    expect(actions).toEqual(expect.arrayContaining(["checkin.outcome", "client.updated"]));
  });

  it("lists a check-in 4 hours past with no word as unconfirmed until someone confirms", () => {
    const now = new Date();
    const local = utcToZoned(new Date(now.getTime() - 5 * 3600_000), "America/New_York");
    const sameDay = local.date === utcToZoned(now, "America/New_York").date;
    const [id] = scheduleCheckIns(actor, clientId, {
      ...base,
      date: local.date,
      time: local.time,
      recurrence: null,
    });
    const q = checkInQueue(actor.firmId, {}, now);
    expect(q.overdue.rows.map((c) => c.id)).toContain(id);
    expect(q.unconfirmed.rows.map((c) => c.id).includes(id!)).toBe(sameDay);
    // The dashboard's lighter query sees the same.
    expect(
      checkInAlerts(actor.firmId, now)
        .unconfirmed.map((c) => c.id)
        .includes(id!),
    ).toBe(sameDay);
    expect(checkInAlerts(actor.firmId, now).overdueCount).toBe(q.overdue.total);
    confirmSafe(actor, id!);
    expect(checkInQueue(actor.firmId, {}, now).unconfirmed.rows.map((c) => c.id)).not.toContain(id);
    // Another firm sees none of it.
    expect(checkInQueue(other.firmId, {}, now).overdue.rows).toEqual([]);
  });

  it("bulk-reschedules an office's day, keeping each old date and logging each client", () => {
    const a = scheduleCheckIns(actor, clientId, {
      ...base,
      date: "2027-01-20",
      time: "09:00",
      recurrence: null,
    })[0]!;
    const b = scheduleCheckIns(actor, clientId, {
      ...base,
      date: "2027-01-20",
      time: "13:30",
      recurrence: null,
    })[0]!;
    expect(bulkReschedule(actor, "ero-new-york", "2027-01-20", "2027-01-22", "office closed: snow")).toBe(2);
    expect([row(a).status, row(a).localDate, row(b).status]).toEqual([
      "rescheduled",
      "2027-01-20",
      "rescheduled",
    ]);
    const moved = listClientCheckIns(actor.firmId, clientId).rows.filter((c) => c.localDate === "2027-01-22");
    expect(moved.map((c) => c.startsAt).sort()).toEqual([
      "2027-01-22T14:00:00.000Z",
      "2027-01-22T18:30:00.000Z",
    ]);
    expect(bulkReschedule(other, "ero-new-york", "2027-01-22", "2027-01-25", "x")).toBe(0);
  });
});

describe("the queue of a big firm", () => {
  it("counts and lists today's check-ins exactly however many the day holds, 25 at a time", async () => {
    const firm = makeFirm("Busy");
    const who: Actor = {
      id: (await makeUser(firm, "paralegal")).id,
      firmId: firm,
      ip: null,
    };
    const c = createClient(who, clientFormSchema.parse({ familyName: "Busy", givenNames: "Day" }));
    if (!c.ok) throw new Error("not created");
    const now = new Date();
    const zone = "America/New_York";
    const today = utcToZoned(now, zone).date;
    const startOfDay = zonedToUtc(today, "00:20", zone).toISOString();
    // 603 attended and confirmed today: more than the 500 one window read used to hold.
    const rows = Array.from({ length: 603 }, (_, i) => ({
      id: `busy-${firm}-${i}`,
      firmId: firm,
      clientId: c.id,
      kind: "ero_office",
      reportingOrder: "i220b",
      officeId: "ero-new-york",
      startsAt: startOfDay,
      timeZone: zone,
      localDate: today,
      localTime: "00:20",
      status: "attended" as const,
      safeConfirmedAt: startOfDay,
    }));
    for (let i = 0; i < rows.length; i += 100)
      getDb()
        .insert(checkIns)
        .values(rows.slice(i, i + 100))
        .run();
    const q = checkInQueue(firm, {}, now);
    expect(q.today.total).toBe(603);
    expect(q.today.rows).toHaveLength(25);
    expect(checkInQueue(firm, {}, now, { show: "today" }).today.rows).toHaveLength(500);
    expect(q.unconfirmed.total).toBe(0);
    expect(q.overdue.total).toBe(0);
  });
});
