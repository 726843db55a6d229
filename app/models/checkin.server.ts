import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  not,
  notInArray,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import { getDb, type Db, type Tx } from "#db/client";
import { checkIns, checkInSeries, clients, hearings, offices, type CheckIn, type Office } from "#db/schema";
import { addDays, type IsoDate } from "~/domain/dates";
import {
  OUTCOME_LABELS,
  UNCONFIRMED_AFTER_HOURS,
  checkInWarnings,
  isOverdue,
  isUnconfirmed,
  type CheckInKind,
  type Outcome,
} from "~/domain/check-ins";
import { occurrences, utcToZoned, zonedToUtc, type Recurrence } from "~/domain/zoned-time";
import { writeAudit } from "~/utils/audit.server";
import { ZONES } from "~/utils/checkin-schemas";
import { createId } from "~/utils/crypto.server";
import { refreshClient } from "./client-derived.server";
import { syncReminders } from "./reminders.server";
import { recordDetention } from "./client.server";
import type { Actor } from "./actor";

export const DEFAULT_ZONE = "America/New_York";

export function listOffices(firmId: string): Office[] {
  return getDb()
    .select()
    .from(offices)
    .where(or(isNull(offices.firmId), eq(offices.firmId, firmId)))
    .orderBy(asc(offices.name))
    .all();
}

export function getOffice(firmId: string, id: string | null): Office | undefined {
  if (!id) return undefined;
  return getDb()
    .select()
    .from(offices)
    .where(and(eq(offices.id, id), or(isNull(offices.firmId), eq(offices.firmId, firmId))))
    .get();
}

export function addOffice(
  actor: Actor,
  o: {
    kind: "ero_sub" | "isap" | "other";
    name: string;
    address: string;
    timeZone: string;
    openDays: string;
    opens: string;
    closes: string;
  },
): string {
  const id = createId();
  getDb().transaction((tx) => {
    tx.insert(offices)
      .values({ id, firmId: actor.firmId, ...o })
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "office.created",
      entityType: "office",
      entityId: id,
      after: o,
      ip: actor.ip,
    });
  });
  return id;
}

export type ScheduleInput = {
  kind: CheckInKind;
  reportingOrder: string;
  officeId: string | null;
  timeZone: string;
  date: IsoDate;
  time: string;
  bring: string | null;
  lawyerAccompanies: boolean;
  notes: string | null;
  recurrence: Recurrence | null;
};

/** Creates one check-in, or a series of them (each at the same local time), and returns the ids. */
export function scheduleCheckIns(actor: Actor, clientId: string, input: ScheduleInput, tx?: Tx): string[] {
  const run = (t: Tx) => {
    const seriesId = input.recurrence ? createId() : null;
    if (seriesId && input.recurrence) {
      t.insert(checkInSeries)
        .values({
          id: seriesId,
          firmId: actor.firmId,
          clientId,
          every: input.recurrence.every,
          unit: input.recurrence.unit,
          untilDate: input.recurrence.until ?? null,
          count: input.recurrence.count ?? null,
          createdBy: actor.id,
        })
        .run();
    }
    const dates = input.recurrence
      ? occurrences(input.date, input.time, input.timeZone, input.recurrence)
      : [{ date: input.date, time: input.time, utc: zonedToUtc(input.date, input.time, input.timeZone) }];
    const ids: string[] = [];
    for (const o of dates) {
      const id = createId();
      t.insert(checkIns)
        .values({
          id,
          firmId: actor.firmId,
          clientId,
          seriesId,
          kind: input.kind,
          reportingOrder: input.reportingOrder,
          officeId: input.officeId,
          startsAt: o.utc.toISOString(),
          timeZone: input.timeZone,
          localDate: o.date,
          localTime: o.time,
          bring: input.bring,
          lawyerAccompanies: input.lawyerAccompanies,
          notes: input.notes,
          createdBy: actor.id,
        })
        .run();
      ids.push(id);
      syncReminders(t, id);
    }
    writeAudit(t, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "checkin.scheduled",
      entityType: "client",
      entityId: clientId,
      after: { checkInIds: ids, seriesId, ...input },
      ip: actor.ip,
    });
    refreshClient(t, actor.firmId, clientId);
    return ids;
  };
  return tx ? run(tx) : getDb().transaction(run);
}

export function getCheckIn(firmId: string, id: string): CheckIn | undefined {
  if (!id || id.length > 40) return undefined;
  return getDb()
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.firmId, firmId), eq(checkIns.id, id)))
    .get();
}

export type OutcomeInput = {
  outcome: Outcome;
  notes: string | null;
  /** attended: the next date the officer set; rescheduled: the new date. */
  nextDate: IsoDate | null;
  nextTime: string | null;
  rescheduledBy: "ice" | "request" | null;
};

export type OutcomeResult =
  | { ok: true; nextId: string | null; localDate: IsoDate }
  | { ok: false; reason: "not_found" | "has_outcome"; message: string };

/**
 * Where a check-in write may reach: the actor's firm always, and the client in the URL when the
 * request came from a client's page (a check-in of another client is "not found" there).
 */
export type CheckInScope = { clientId?: string };

function checkInInScope(tx: Tx, actor: Actor, checkInId: string, scope: CheckInScope) {
  if (!checkInId || checkInId.length > 40) return undefined;
  return tx
    .select()
    .from(checkIns)
    .where(
      and(
        eq(checkIns.firmId, actor.firmId),
        eq(checkIns.id, checkInId),
        scope.clientId === undefined ? undefined : eq(checkIns.clientId, scope.clientId),
      ),
    )
    .get();
}

/**
 * Records what happened at a check-in, in one transaction with its audit entry: the check-in is read
 * once, here, inside the transaction that writes it, so two people saving at once cannot both win.
 */
export function recordOutcome(
  actor: Actor,
  checkInId: string,
  input: OutcomeInput,
  scope: CheckInScope = {},
): OutcomeResult {
  return getDb().transaction((tx): OutcomeResult => {
    const c = checkInInScope(tx, actor, checkInId, scope);
    if (!c) return { ok: false, reason: "not_found", message: "This check-in no longer exists." };
    // Twice-recorded outcomes (two people, two tabs) must not overwrite each other.
    if (c.status !== "scheduled")
      return {
        ok: false,
        reason: "has_outcome",
        message: `This check-in already has an outcome (${OUTCOME_LABELS[c.status].toLowerCase()}); reload the page.`,
      };
    const now = new Date().toISOString();
    let nextId: string | null = null;
    if ((input.outcome === "attended" || input.outcome === "rescheduled") && input.nextDate) {
      const time = input.nextTime ?? c.localTime;
      nextId = createId();
      tx.insert(checkIns)
        .values({
          id: nextId,
          firmId: c.firmId,
          clientId: c.clientId,
          seriesId: null,
          kind: c.kind,
          reportingOrder: c.reportingOrder,
          officeId: c.officeId,
          startsAt: zonedToUtc(input.nextDate, time, c.timeZone).toISOString(),
          timeZone: c.timeZone,
          localDate: input.nextDate,
          localTime: time,
          bring: c.bring,
          lawyerAccompanies: c.lawyerAccompanies,
          notes:
            input.outcome === "rescheduled"
              ? `Rescheduled from ${c.localDate} ${c.localTime}.`
              : `Set by the officer at the check-in of ${c.localDate}.`,
          createdBy: actor.id,
        })
        .run();
    }
    tx.update(checkIns)
      .set({
        status: input.outcome,
        outcomeNotes: input.notes,
        outcomeAt: now,
        outcomeBy: actor.id,
        rescheduledBy: input.outcome === "rescheduled" ? (input.rescheduledBy ?? "ice") : null,
        nextCheckInId: nextId,
        version: sql`${checkIns.version} + 1`,
        updatedAt: now,
      })
      .where(eq(checkIns.id, c.id))
      .run();
    if (input.outcome === "detained") {
      // Detention at a check-in is recorded on the client too, which raises the risk at once.
      const office = c.officeId
        ? tx.select({ name: offices.name }).from(offices).where(eq(offices.id, c.officeId)).get()
        : undefined;
      recordDetention(tx, actor, c.clientId, {
        facility: `Detained at check-in${office ? `: ${office.name}` : ""}`,
        since: c.localDate,
        reason: "detained at check-in",
      });
    }
    syncReminders(tx, c.id);
    if (nextId) syncReminders(tx, nextId);
    writeAudit(tx, {
      firmId: c.firmId,
      actorUserId: actor.id,
      action: "checkin.outcome",
      entityType: "client",
      entityId: c.clientId,
      before: { checkInId: c.id, status: c.status, date: c.localDate, time: c.localTime },
      after: {
        checkInId: c.id,
        status: input.outcome,
        notes: input.notes,
        nextCheckInId: nextId,
        nextDate: input.nextDate,
      },
      ip: actor.ip,
    });
    refreshClient(tx, c.firmId, c.clientId);
    return { ok: true, nextId, localDate: c.localDate };
  });
}

/** Records that the client came home safe after a check-in; false when it is not in the actor's scope. */
export function confirmSafe(actor: Actor, checkInId: string, scope: CheckInScope = {}): boolean {
  return getDb().transaction((tx) => {
    const c = checkInInScope(tx, actor, checkInId, scope);
    if (!c) return false;
    const now = new Date().toISOString();
    tx.update(checkIns)
      .set({
        safeConfirmedAt: now,
        safeConfirmedBy: actor.id,
        version: sql`${checkIns.version} + 1`,
        updatedAt: now,
      })
      .where(eq(checkIns.id, c.id))
      .run();
    writeAudit(tx, {
      firmId: c.firmId,
      actorUserId: actor.id,
      action: "checkin.confirmed_safe",
      entityType: "client",
      entityId: c.clientId,
      after: { checkInId: c.id, date: c.localDate },
      ip: actor.ip,
    });
    return true;
  });
}

export type EditInput = {
  date: IsoDate;
  time: string;
  officeId: string | null;
  timeZone: string;
  bring: string | null;
  lawyerAccompanies: boolean;
  notes: string | null;
};

/** Edits one occurrence, or it and every later scheduled one of its series (each keeps its own date, shifted by the same number of days). */
export function editCheckIn(
  actor: Actor,
  checkInId: string,
  expectedVersion: number,
  input: EditInput,
  scope: "one" | "rest",
): "ok" | "not_found" | "conflict" | "not_scheduled" {
  return getDb().transaction((tx) => {
    const c = tx
      .select()
      .from(checkIns)
      .where(and(eq(checkIns.firmId, actor.firmId), eq(checkIns.id, checkInId)))
      .get();
    if (!c) return "not_found";
    if (c.version !== expectedVersion) return "conflict";
    if (c.status !== "scheduled") return "not_scheduled";
    const shift = Math.round(
      (Date.parse(`${input.date}T00:00:00Z`) - Date.parse(`${c.localDate}T00:00:00Z`)) / 86_400_000,
    );
    const targets =
      scope === "rest" && c.seriesId
        ? tx
            .select()
            .from(checkIns)
            .where(
              and(
                eq(checkIns.seriesId, c.seriesId),
                eq(checkIns.status, "scheduled"),
                gte(checkIns.startsAt, c.startsAt),
              ),
            )
            .all()
        : [c];
    const now = new Date().toISOString();
    for (const t of targets) {
      const date = addDays(t.localDate, shift);
      tx.update(checkIns)
        .set({
          localDate: date,
          localTime: input.time,
          timeZone: input.timeZone,
          startsAt: zonedToUtc(date, input.time, input.timeZone).toISOString(),
          officeId: input.officeId,
          bring: input.bring,
          lawyerAccompanies: input.lawyerAccompanies,
          notes: t.id === c.id ? input.notes : t.notes,
          version: sql`${checkIns.version} + 1`,
          updatedAt: now,
        })
        .where(eq(checkIns.id, t.id))
        .run();
      syncReminders(tx, t.id);
    }
    writeAudit(tx, {
      firmId: c.firmId,
      actorUserId: actor.id,
      action: "checkin.changed",
      entityType: "client",
      entityId: c.clientId,
      before: { checkInId: c.id, date: c.localDate, time: c.localTime, officeId: c.officeId },
      after: { checkInId: c.id, scope, count: targets.length, ...input },
      ip: actor.ip,
    });
    refreshClient(tx, c.firmId, c.clientId);
    return "ok";
  });
}

/** An office closed for a day: every scheduled check-in of the firm there that day moves to another date, same local time, each logged. */
export function bulkReschedule(
  actor: Actor,
  officeId: string,
  fromDate: IsoDate,
  toDate: IsoDate,
  reason: string,
): number {
  return getDb().transaction((tx) => {
    const day = tx
      .select()
      .from(checkIns)
      .where(
        and(
          eq(checkIns.firmId, actor.firmId),
          eq(checkIns.officeId, officeId),
          eq(checkIns.localDate, fromDate),
          eq(checkIns.status, "scheduled"),
        ),
      )
      .all();
    const now = new Date().toISOString();
    for (const c of day) {
      const nextId = createId();
      tx.insert(checkIns)
        .values({
          id: nextId,
          firmId: c.firmId,
          clientId: c.clientId,
          seriesId: c.seriesId,
          kind: c.kind,
          reportingOrder: c.reportingOrder,
          officeId: c.officeId,
          startsAt: zonedToUtc(toDate, c.localTime, c.timeZone).toISOString(),
          timeZone: c.timeZone,
          localDate: toDate,
          localTime: c.localTime,
          bring: c.bring,
          lawyerAccompanies: c.lawyerAccompanies,
          notes: `Moved from ${fromDate}: ${reason}`,
          createdBy: actor.id,
        })
        .run();
      tx.update(checkIns)
        .set({
          status: "rescheduled",
          rescheduledBy: "ice",
          outcomeNotes: reason,
          outcomeAt: now,
          outcomeBy: actor.id,
          nextCheckInId: nextId,
          version: sql`${checkIns.version} + 1`,
          updatedAt: now,
        })
        .where(eq(checkIns.id, c.id))
        .run();
      syncReminders(tx, c.id);
      syncReminders(tx, nextId);
      writeAudit(tx, {
        firmId: c.firmId,
        actorUserId: actor.id,
        action: "checkin.bulk_rescheduled",
        entityType: "client",
        entityId: c.clientId,
        before: { checkInId: c.id, date: fromDate, time: c.localTime },
        after: { checkInId: nextId, date: toDate, time: c.localTime, reason },
        ip: actor.ip,
      });
      refreshClient(tx, c.firmId, c.clientId);
    }
    return day.length;
  });
}

// ---- Reading ----

const row = {
  id: checkIns.id,
  clientId: checkIns.clientId,
  seriesId: checkIns.seriesId,
  kind: checkIns.kind,
  reportingOrder: checkIns.reportingOrder,
  officeId: checkIns.officeId,
  officeName: offices.name,
  officeAddress: offices.address,
  startsAt: checkIns.startsAt,
  timeZone: checkIns.timeZone,
  localDate: checkIns.localDate,
  localTime: checkIns.localTime,
  bring: checkIns.bring,
  lawyerAccompanies: checkIns.lawyerAccompanies,
  notes: checkIns.notes,
  status: checkIns.status,
  outcomeNotes: checkIns.outcomeNotes,
  outcomeAt: checkIns.outcomeAt,
  rescheduledBy: checkIns.rescheduledBy,
  safeConfirmedAt: checkIns.safeConfirmedAt,
  clientWillAttendAt: checkIns.clientWillAttendAt,
  version: checkIns.version,
  familyName: clients.familyName,
  givenNames: clients.givenNames,
  paralegalId: clients.paralegalId,
  riskTier: clients.riskTier,
};

export type CheckInRow = Awaited<ReturnType<typeof selectRows>>[number] & {
  overdue: boolean;
  unconfirmed: boolean;
};

/** The most rows a queue section reads when all of it is asked for (QUEUE_PAGE otherwise). */
export const QUEUE_LIMIT = 500;
/** The rows of a queue section shown before "Show all". */
export const QUEUE_PAGE = 25;

function selectRows(db: Db, where: SQL[], limit = QUEUE_LIMIT, newestFirst = false) {
  return db
    .select(row)
    .from(checkIns)
    .innerJoin(clients, eq(clients.id, checkIns.clientId))
    .leftJoin(offices, eq(offices.id, checkIns.officeId))
    .where(and(...where))
    .orderBy(newestFirst ? desc(checkIns.startsAt) : asc(checkIns.startsAt))
    .limit(limit)
    .all();
}

/**
 * The check-ins that may still need "did they come home?" (no confirmation yet, started 4 hours ago or
 * more, in the last 30), flagged. Only these are read: a big firm has hundreds of check-ins a day,
 * nearly all confirmed, and flagging each in JS was most of the dashboard. `read` is how many rows the
 * read returned (QUEUE_LIMIT means there may be more).
 */
function unconfirmedCheckIns(db: Db, scope: SQL[], now: Date) {
  const at = (hours: number) => new Date(now.getTime() + hours * 3600_000).toISOString();
  const rows = selectRows(db, [
    ...scope,
    gte(checkIns.startsAt, at(-30)),
    lt(checkIns.startsAt, at(-UNCONFIRMED_AFTER_HOURS)),
    inArray(checkIns.status, ["scheduled", "attended"]),
    isNull(checkIns.safeConfirmedAt),
  ]);
  return { rows: withFlags(rows, now).filter((r) => r.unconfirmed), read: rows.length };
}

function withFlags<
  T extends { startsAt: string; timeZone: string; status: string; safeConfirmedAt: string | null },
>(rows: T[], now: Date) {
  return rows.map((r) => {
    const state = {
      startsAt: r.startsAt,
      timeZone: r.timeZone,
      outcome: r.status === "scheduled" ? null : (r.status as Outcome),
      safeConfirmedAt: r.safeConfirmedAt,
    };
    return { ...r, overdue: isOverdue(state, now), unconfirmed: isUnconfirmed(state, now) };
  });
}

/** How many past check-ins the client page shows before "Show all". */
export const RECENT_PAST_CHECK_INS = 20;

/**
 * A client's check-ins, newest first: every one still scheduled (each needs an outcome or is coming
 * up), and the most recent past ones — all of them when `all` is set. Years of weekly reporting are
 * hundreds of rows; rendering them all on every view made the page a megabyte (docs/operations.md).
 */
export function listClientCheckIns(
  firmId: string,
  clientId: string,
  opts: { all?: boolean; now?: Date } = {},
) {
  const db = getDb();
  const now = opts.now ?? new Date();
  const mine = [eq(checkIns.firmId, firmId), eq(checkIns.clientId, clientId)];
  const scheduled = selectRows(db, [...mine, eq(checkIns.status, "scheduled")], 1000);
  const past = selectRows(
    db,
    [...mine, ne(checkIns.status, "scheduled")],
    opts.all ? 5000 : RECENT_PAST_CHECK_INS,
    true,
  );
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(checkIns)
      .where(and(...mine))
      .get()?.n ?? 0;
  const rows = withFlags([...scheduled, ...past], now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { rows, total, hidden: total - rows.length };
}

export type QueueFilters = { paralegal?: string | null; office?: string | null; kind?: string | null };

export type QueueSection = "overdue" | "unconfirmed" | "today" | "week";

/**
 * The zones a check-in can be in (the schedule form's, the offices', and every zone the runtime knows),
 * grouped by the local date it is in each of them now. Kept per minute: a local day starts on a minute.
 */
let zoneDays: { key: string; byDate: Map<string, string[]> } | null = null;
function zonesByToday(now: Date, officeZones: string[]) {
  const key = `${Math.floor(now.getTime() / 60_000)}|${officeZones.join(",")}`;
  if (zoneDays?.key === key) return zoneDays.byDate;
  const zones = new Set<string>([
    DEFAULT_ZONE,
    ...ZONES,
    ...officeZones,
    ...Intl.supportedValuesOf("timeZone"),
  ]);
  const byDate = new Map<string, string[]>();
  for (const z of zones) {
    let date: string;
    try {
      date = utcToZoned(now, z).date;
    } catch {
      continue;
    }
    byDate.set(date, [...(byDate.get(date) ?? []), z]);
  }
  zoneDays = { key, byDate };
  return byDate;
}

/** "Today in the check-in's own zone", as a condition the day index answers (local date and zone). */
function todayInOwnZone(now: Date, officeZones: string[], seek = true): SQL {
  const byDate = zonesByToday(now, officeZones);
  // With `seek`, the local dates come first so the planner seeks them in the day index and reads the
  // zones from it; without, the date is a unary-plus expression the planner does not seek on, so a read
  // that has a narrower index (the unconfirmed one) keeps it.
  const day = seek
    ? checkIns.localDate
    : (sql`+${checkIns.localDate}` as unknown as typeof checkIns.localDate);
  return and(
    inArray(day, [...byDate.keys()]),
    or(...[...byDate].map(([date, zones]) => and(eq(day, date), inArray(checkIns.timeZone, zones)))),
  )!;
}

/**
 * The check-ins queue, so that a big firm's sections are exact and cost what they show: each holds its
 * first QUEUE_PAGE rows (all, up to QUEUE_LIMIT, for the section in `show`) and its exact total. Every
 * section is two statements whatever the firm's size: its total, counted from an index alone, and its
 * rows, read by index in time order up to the rows shown ("today in each check-in's zone" is a
 * condition on the day index's local date and zone, not a conversion per row in JS). docs/performance.md
 * ("The check-ins queue at 1.1M check-ins") and issue 21.
 */
export function checkInQueue(
  firmId: string,
  f: QueueFilters,
  now = new Date(),
  opts: { show?: string | null } = {},
) {
  const db = getDb();
  const base: SQL[] = [eq(checkIns.firmId, firmId)];
  if (f.paralegal) base.push(eq(clients.paralegalId, f.paralegal));
  if (f.office) base.push(eq(checkIns.officeId, f.office));
  if (f.kind) base.push(eq(checkIns.kind, f.kind));
  const nowIso = now.toISOString();
  const at = (hours: number) => new Date(now.getTime() + hours * 3600_000).toISOString();
  const take = (name: QueueSection) => (opts.show === name ? QUEUE_LIMIT : QUEUE_PAGE);
  // The clients table is joined only to filter by paralegal: counts and id reads otherwise stay on
  // check_ins' own indexes.
  const byParalegal = Boolean(f.paralegal);
  const count = (where: SQL | undefined) => {
    const q = db.select({ n: sql<number>`count(*)` }).from(checkIns);
    return (
      (byParalegal ? q.innerJoin(clients, eq(clients.id, checkIns.clientId)) : q).where(where).get()?.n ?? 0
    );
  };
  // Ids in time order from an index, then the full rows of those alone.
  const ids = (where: SQL | undefined, limit: number) => {
    const q = db.select({ id: checkIns.id }).from(checkIns);
    return (byParalegal ? q.innerJoin(clients, eq(clients.id, checkIns.clientId)) : q)
      .where(where)
      .orderBy(asc(checkIns.startsAt))
      .limit(limit)
      .all()
      .map((r) => r.id);
  };
  const officeZones = [
    ...new Set(
      db
        .select({ z: offices.timeZone })
        .from(offices)
        .where(or(isNull(offices.firmId), eq(offices.firmId, firmId)))
        .all()
        .map((o) => o.z),
    ),
  ];
  const isToday = todayInOwnZone(now, officeZones);
  // A literal, not a parameter, so the planner may take the partial index of scheduled check-ins.
  const isScheduled = sql`${checkIns.status} = 'scheduled'`;
  const homeOrPending = inArray(checkIns.status, ["scheduled", "attended"]);

  const overdueWhere = and(...base, isScheduled, lt(checkIns.startsAt, nowIso));
  const overdue = {
    rows: withFlags(selectRows(db, [overdueWhere!], take("overdue")), now),
    total: count(overdueWhere),
    more: false,
  };

  // Not yet confirmed home (isUnconfirmed): today in its zone, 4 hours past or more, no confirmation,
  // neither an outcome that ends the question. From check_ins_unconfirmed_idx, which holds only these.
  const unconfirmedWhere = and(
    ...base,
    isNull(checkIns.safeConfirmedAt),
    homeOrPending,
    gte(checkIns.startsAt, at(-30)),
    lte(checkIns.startsAt, at(-UNCONFIRMED_AFTER_HOURS)),
    todayInOwnZone(now, officeZones, false),
  );
  const unconfirmed = {
    rows: withFlags(selectRows(db, [unconfirmedWhere!], take("unconfirmed")), now),
    total: count(unconfirmedWhere),
    more: false,
  };

  // Today in each check-in's own zone, less those waiting for "came home" (shown above).
  const todayWhere = and(...base, homeOrPending, isToday);
  // Less the unconfirmed ones, by rowid from their own index (checking each of today's rows for a
  // confirmation would read the table once per row).
  const unconfirmedRowids = (
    byParalegal
      ? db
          .select({ r: sql`"check_ins".rowid` })
          .from(checkIns)
          .innerJoin(clients, eq(clients.id, checkIns.clientId))
      : db.select({ r: sql`"check_ins".rowid` }).from(checkIns)
  ).where(unconfirmedWhere);
  const todayRest = and(todayWhere, notInArray(sql`"check_ins".rowid`, unconfirmedRowids));
  const today = {
    rows: rowsById(db, ids(todayRest, take("today")), now),
    total: count(todayWhere) - unconfirmed.total,
    more: false,
  };

  // The coming week: scheduled from now to 8 days ahead, less those still today in their zone.
  const weekWhere = and(
    ...base,
    isScheduled,
    gte(checkIns.startsAt, nowIso),
    lt(checkIns.startsAt, at(8 * 24)),
  );
  const laterToday = and(...base, isScheduled, gte(checkIns.startsAt, nowIso), isToday);
  const week = {
    rows: rowsById(db, ids(and(weekWhere, not(isToday)), take("week")), now),
    total: count(weekWhere) - count(laterToday),
    more: false,
  };
  return { overdue, unconfirmed, today, week };
}

/** Full queue rows for some check-ins, in time order. */
function rowsById(db: Db, ids: string[], now: Date) {
  if (!ids.length) return [];
  return withFlags(selectRows(db, [inArray(checkIns.id, ids)], ids.length), now);
}

/**
 * What the dashboard warns about, without loading the whole queue: how many check-ins are overdue, and
 * the ones from the last day nobody has confirmed the client came home from.
 */
export function checkInAlerts(firmId: string, now = new Date()) {
  const db = getDb();
  const nowIso = now.toISOString();
  const overdueCount =
    db
      .select({ n: sql<number>`count(*)` })
      .from(checkIns)
      .where(
        and(eq(checkIns.firmId, firmId), eq(checkIns.status, "scheduled"), lt(checkIns.startsAt, nowIso)),
      )
      .get()?.n ?? 0;
  return { overdueCount, unconfirmed: unconfirmedCheckIns(db, [eq(checkIns.firmId, firmId)], now).rows };
}

export function warningsFor(
  firmId: string,
  clientId: string,
  date: IsoDate,
  time: string,
  officeId: string | null,
  kind: CheckInKind,
): string[] {
  const office = getOffice(firmId, officeId);
  const hearingDates = getDb()
    .select({ date: hearings.date })
    .from(hearings)
    .where(and(eq(hearings.clientId, clientId), eq(hearings.cancelled, false)))
    .all()
    .map((h) => h.date);
  return checkInWarnings(
    date,
    time,
    office ? { days: office.openDays, opens: office.opens, closes: office.closes } : null,
    hearingDates,
    kind,
  );
}
