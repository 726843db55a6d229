import { and, asc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { getDb, prepared } from "#db/client";
import { calendarFeeds, checkIns, clients, firms, hearings, offices, users } from "#db/schema";
import { KIND_LABELS, OUTCOME_LABELS, type CheckInKind, type Outcome } from "~/domain/check-ins";
import { buildCalendar, initials, type CalendarEvent } from "~/domain/ical";
import { formatInZone, zonedToUtc } from "~/domain/zoned-time";
import { addDays } from "~/domain/dates";
import { writeAudit } from "~/utils/audit.server";
import { createId, createToken, sha256Hex } from "~/utils/crypto.server";
import type { Actor } from "./actor";

/** The user's live feed, without any secret: when it was made and last read. */
export function activeFeed(
  userId: string,
): { id: string; createdAt: string; lastUsedAt: string | null } | undefined {
  return getDb()
    .select({
      id: calendarFeeds.id,
      createdAt: calendarFeeds.createdAt,
      lastUsedAt: calendarFeeds.lastUsedAt,
    })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .get();
}

/**
 * A new private feed URL; the old one stops working. The token is returned to be shown once: only its
 * SHA-256 is stored (160 random bits need no slow hash), so a copy of the database opens no calendar.
 */
export function regenerateFeed(actor: Actor): string {
  const token = createToken();
  getDb().transaction((tx) => {
    tx.update(calendarFeeds)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(calendarFeeds.userId, actor.id), isNull(calendarFeeds.revokedAt)))
      .run();
    tx.insert(calendarFeeds)
      .values({ id: createId(), userId: actor.id, tokenHash: sha256Hex(token) })
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "calendar.feed_created",
      entityType: "user",
      entityId: actor.id,
      ip: actor.ip,
    });
  });
  return token;
}

export function revokeFeed(actor: Actor): void {
  getDb().transaction((tx) => {
    tx.update(calendarFeeds)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(calendarFeeds.userId, actor.id), isNull(calendarFeeds.revokedAt)))
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "calendar.feed_revoked",
      entityType: "user",
      entityId: actor.id,
      ip: actor.ip,
    });
  });
}

/** How often "last used" is written: calendar apps poll every few minutes, and a read should not always write. */
const LAST_USED_EVERY_MS = 10 * 60_000;

export function feedOwner(token: string, now = new Date()) {
  if (!/^[a-z2-7]{32}$/.test(token)) return undefined;
  const row = getDb()
    .select({
      feedId: calendarFeeds.id,
      lastUsedAt: calendarFeeds.lastUsedAt,
      userId: users.id,
      firmId: users.firmId,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, sha256Hex(token)), isNull(calendarFeeds.revokedAt)))
    .get();
  if (!row) return undefined;
  // A usage time, like a session's last activity: not a change to the firm's records, so not audited.
  if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) >= LAST_USED_EVERY_MS) {
    getDb()
      .update(calendarFeeds)
      .set({ lastUsedAt: now.toISOString() })
      .where(eq(calendarFeeds.id, row.feedId))
      .run();
  }
  return row;
}

export type CalendarItem = {
  kind: "check-in" | "hearing";
  id: string;
  clientId: string;
  clientName: string;
  localDate: string;
  localTime: string | null;
  timeZone: string;
  startsAt: string | null;
  title: string;
  place: string | null;
  status: string;
  version: number;
  updatedAt: string | null;
  officeId: string | null;
};

const dialect = new SQLiteSyncDialect();
const SHOWN_STATUSES = ["scheduled", "attended", "missed", "detained"] as const;

/** A range of check-ins on check_ins alone (a join to clients here made the planner walk all clients). */
function checkInRange(
  firmId: string,
  from: string,
  to: string,
  f: { staff?: string | null; office?: string | null },
  includeInactive = false,
): SQL[] {
  const where: SQL[] = [
    eq(checkIns.firmId, firmId),
    gte(checkIns.localDate, from),
    lt(checkIns.localDate, to),
  ];
  if (!includeInactive) where.push(inArray(checkIns.status, [...SHOWN_STATUSES]));
  if (f.office) where.push(eq(checkIns.officeId, f.office));
  if (f.staff)
    where.push(
      sql`${checkIns.clientId} in (select ${clients.id} from ${clients} where ${clients.firmId} = ${firmId} and (${clients.lawyerId} = ${f.staff} or ${clients.paralegalId} = ${f.staff}))`,
    );
  return where;
}

/** Check-ins and hearings between two local dates, for the firm, optionally one staff member's clients or one office. */
export function calendarItems(
  firmId: string,
  from: string,
  to: string,
  f: { staff?: string | null; office?: string | null } = {},
  includeInactive = false,
  perDay: number | null = null,
): CalendarItem[] {
  const db = getDb();
  const clientScope: SQL[] = [eq(clients.firmId, firmId)];
  if (f.staff) clientScope.push(or(eq(clients.lawyerId, f.staff), eq(clients.paralegalId, f.staff))!);
  const ci: SQL[] = [
    eq(checkIns.firmId, firmId),
    gte(checkIns.localDate, from),
    lt(checkIns.localDate, to),
    ...clientScope,
  ];
  if (!includeInactive) ci.push(inArray(checkIns.status, [...SHOWN_STATUSES]));
  if (f.office) ci.push(eq(checkIns.officeId, f.office));
  const columns = {
    id: checkIns.id,
    clientId: checkIns.clientId,
    given: clients.givenNames,
    family: clients.familyName,
    localDate: checkIns.localDate,
    localTime: checkIns.localTime,
    timeZone: checkIns.timeZone,
    startsAt: checkIns.startsAt,
    kind: checkIns.kind,
    office: offices.name,
    address: offices.address,
    status: checkIns.status,
    version: checkIns.version,
    updatedAt: checkIns.updatedAt,
    officeId: checkIns.officeId,
  };
  // The month view shows a few per day ("+N more" opens the week): only those are read, so a firm
  // with 20,000 check-ins in a month neither loses its later days to a row limit nor sends them all.
  const checkInRows = perDay
    ? (() => {
        // The ids first, on check_ins alone, then joined. One short read per day on check_ins_firm_day_idx
        // (firm, day, time, status, zone, id): ranking the whole range with a window function read every
        // check-in of the six weeks (119 ms at 100,000 clients).
        const where = checkInRange(firmId, from, to, f, includeInactive);
        // All the days in one statement, kept prepared (its text depends only on the filters and the
        // number of days): preparing 42 sub-selects cost more than running them.
        const days: string[] = [];
        for (let day = from; day < to; day = addDays(day, 1)) days.push(day);
        const perDayIds = days.map(
          (day) =>
            sql`select id from (select ${checkIns.id} as id from ${checkIns} where ${and(...where, eq(checkIns.localDate, day))} order by ${checkIns.startsAt} limit ${perDay})`,
        );
        const q = dialect.sqlToQuery(sql.join(perDayIds, sql` union all `));
        const ids = prepared(q.sql)
          .pluck()
          .all(...q.params) as string[];
        if (!ids.length) return [];
        return db
          .select(columns)
          .from(checkIns)
          .innerJoin(clients, eq(clients.id, checkIns.clientId))
          .leftJoin(offices, eq(offices.id, checkIns.officeId))
          .where(and(inArray(checkIns.id, ids), eq(clients.firmId, firmId)))
          .orderBy(asc(checkIns.startsAt))
          .all();
      })()
    : db
        .select(columns)
        .from(checkIns)
        .innerJoin(clients, eq(clients.id, checkIns.clientId))
        .leftJoin(offices, eq(offices.id, checkIns.officeId))
        .where(and(...ci))
        .orderBy(asc(checkIns.startsAt))
        .limit(5000)
        .all();
  const items: CalendarItem[] = checkInRows.map((r) => ({
    kind: "check-in",
    id: r.id,
    clientId: r.clientId,
    clientName: `${r.given} ${r.family}`,
    localDate: r.localDate,
    localTime: r.localTime,
    timeZone: r.timeZone,
    startsAt: r.startsAt,
    title: `${KIND_LABELS[r.kind as CheckInKind] ?? r.kind}${r.office ? ` · ${r.office}` : ""}`,
    place: r.office ? `${r.office}, ${r.address}` : null,
    status: r.status === "scheduled" ? "Scheduled" : (OUTCOME_LABELS[r.status as Outcome] ?? r.status),
    version: r.version,
    updatedAt: r.updatedAt,
    officeId: r.officeId,
  }));
  if (!f.office) {
    const hs = db
      .select({
        id: hearings.id,
        clientId: hearings.clientId,
        given: clients.givenNames,
        family: clients.familyName,
        date: hearings.date,
        time: hearings.time,
        timeZone: hearings.timeZone,
        court: hearings.court,
        type: hearings.hearingType,
        cancelled: hearings.cancelled,
        version: hearings.version,
        updatedAt: hearings.updatedAt,
      })
      .from(hearings)
      .innerJoin(clients, eq(clients.id, hearings.clientId))
      .where(
        and(
          eq(hearings.firmId, firmId),
          gte(hearings.date, from),
          lt(hearings.date, to),
          ...(includeInactive ? [] : [eq(hearings.cancelled, false)]),
          ...clientScope,
        ),
      )
      .all();
    for (const h of hs) {
      items.push({
        kind: "hearing",
        id: h.id,
        clientId: h.clientId,
        clientName: `${h.given} ${h.family}`,
        localDate: h.date,
        localTime: h.time,
        timeZone: h.timeZone,
        startsAt: h.time ? zonedToUtc(h.date, h.time, h.timeZone).toISOString() : null,
        title: `${h.type === "master" ? "Master calendar" : "Individual"} hearing · ${h.court}`,
        place: h.court,
        status: h.cancelled ? "Cancelled" : "Scheduled",
        version: h.version,
        updatedAt: h.updatedAt,
        officeId: null,
      });
    }
  }
  return items.sort((a, b) =>
    (a.localDate + (a.localTime ?? "00:00")).localeCompare(b.localDate + (b.localTime ?? "00:00")),
  );
}

/**
 * The month view's "+N more" counts each day up to this many check-ins; a busier day shows "50+ in all"
 * and its week lists them. An exact count walked every check-in of the six weeks (20,952 index entries
 * for the 100,000-client firm, docs/performance.md run 11), so the page cost grew with the firm.
 */
export const DAY_TOTAL_CAP = 50;

/**
 * How many check-ins each day holds (for "+N more" in the month view), with the same filters as
 * calendarItems; a count above DAY_TOTAL_CAP is returned as DAY_TOTAL_CAP + 1 ("more than the cap").
 * One statement of one bounded read per day on check_ins_firm_day_idx, kept prepared.
 */
export function checkInDayTotals(
  firmId: string,
  from: string,
  to: string,
  f: { staff?: string | null; office?: string | null } = {},
): Record<string, number> {
  const where = checkInRange(firmId, from, to, f);
  const days: string[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) days.push(day);
  if (!days.length) return {};
  const perDay = days.map(
    (day) =>
      sql`select ${day} as day, count(*) as n from (select 1 from ${checkIns} where ${and(...where, eq(checkIns.localDate, day))} limit ${DAY_TOTAL_CAP + 1})`,
  );
  const q = dialect.sqlToQuery(sql.join(perDay, sql` union all `));
  const out: Record<string, number> = {};
  for (const r of prepared(q.sql).all(...q.params) as { day: string; n: number }[])
    if (r.n > 0) out[r.day] = r.n;
  return out;
}

/** The iCalendar feed of one staff member: their clients' check-ins and hearings, from 60 days back to a year ahead. */
export function feedCalendar(
  owner: { userId: string; firmId: string; displayName: string },
  now = new Date(),
): string {
  const firm = getDb()
    .select({ name: firms.name, fullNames: firms.calendarFullNames })
    .from(firms)
    .where(eq(firms.id, owner.firmId))
    .get();
  const from = new Date(now.getTime() - 60 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(now.getTime() + 366 * 86_400_000).toISOString().slice(0, 10);
  const items = calendarItems(owner.firmId, from, to, { staff: owner.userId }, true);
  const events: CalendarEvent[] = items.map((it) => {
    const [given, ...rest] = it.clientName.split(" ");
    const who = firm?.fullNames ? it.clientName : initials(given ?? "", rest.join(" "));
    const start = it.startsAt ? new Date(it.startsAt) : new Date(`${it.localDate}T00:00:00Z`);
    const cancelled = it.status === "Cancelled" || it.status === "Rescheduled";
    return {
      uid: `${it.kind}-${it.id}@casewatch`,
      sequence: it.version,
      start,
      end: new Date(start.getTime() + (it.kind === "hearing" ? 2 : 1) * 3600_000),
      allDay: it.startsAt ? null : it.localDate,
      summary: `${it.kind === "hearing" ? "Hearing" : "Check-in"}: ${who}${cancelled ? ` (${it.status.toLowerCase()})` : ""}`,
      location: it.place,
      description: [
        it.title,
        it.startsAt
          ? `Local time: ${formatInZone(it.startsAt, it.timeZone)}`
          : `Date: ${it.localDate} (time not recorded)`,
        `Status: ${it.status}`,
      ].join("\n"),
      cancelled,
      lastModified: it.updatedAt ? new Date(it.updatedAt) : null,
    };
  });
  return buildCalendar(`Casewatch · ${firm?.name ?? ""} · ${owner.displayName}`, events, now);
}
