// The dashboard's queries, each filtered by the firm (the route _staff.dashboard.tsx only routes).
import { and, asc, count, desc, eq, gte, lt, lte, sql } from "drizzle-orm";
import { getDb } from "#db/client";
import { auditLog, checkIns, clientDeadlines, clients, users } from "#db/schema";
import { describeAuditAction } from "~/domain/audit-actions";
import { addDays, type IsoDate } from "~/domain/dates";
import { TIER_BY_RANK } from "~/domain/risk";
import { cachedCount } from "./firm-counts.server";

// Both counts come from covering indexes, and are kept for a minute unless a client changes (firm-counts.server).
/** How many clients are in each removal phase. */
export function clientsByPhase(firmId: string) {
  const db = getDb();
  return cachedCount(`phase:${firmId}`, () =>
    db
      .select({ phase: clients.removalPhase, n: count() })
      .from(clients)
      .where(eq(clients.firmId, firmId))
      .groupBy(clients.removalPhase)
      .all(),
  );
}

/** How many clients are in each risk tier. */
export function clientsByRisk(firmId: string) {
  const db = getDb();
  return cachedCount(`risk:${firmId}`, () =>
    db
      .select({ rank: clients.riskRank, n: count() })
      .from(clients)
      .where(eq(clients.firmId, firmId))
      .groupBy(clients.riskRank)
      .all()
      .map((r) => ({ tier: TIER_BY_RANK[r.rank] ?? "none", n: r.n })),
  );
}

const deadlineRow = {
  clientId: clientDeadlines.clientId,
  label: clientDeadlines.label,
  due: clientDeadlines.due,
  familyName: clients.familyName,
  givenNames: clients.givenNames,
};

/** Open deadlines already past, oldest first (ten). */
export function overdueDeadlines(firmId: string, today: IsoDate) {
  const db = getDb();
  return db
    .select(deadlineRow)
    .from(clientDeadlines)
    .innerJoin(clients, eq(clients.id, clientDeadlines.clientId))
    .where(
      and(
        eq(clientDeadlines.firmId, firmId),
        eq(clientDeadlines.state, "open"),
        lt(clientDeadlines.due, today),
      ),
    )
    .orderBy(asc(clientDeadlines.due))
    .limit(10)
    .all();
}

/** Open deadlines from today to a week ahead (fifteen). */
export function deadlinesThisWeek(firmId: string, today: IsoDate) {
  const db = getDb();
  return db
    .select(deadlineRow)
    .from(clientDeadlines)
    .innerJoin(clients, eq(clients.id, clientDeadlines.clientId))
    .where(
      and(
        eq(clientDeadlines.firmId, firmId),
        eq(clientDeadlines.state, "open"),
        gte(clientDeadlines.due, today),
        lte(clientDeadlines.due, addDays(today, 7)),
      ),
    )
    .orderBy(asc(clientDeadlines.due))
    .limit(15)
    .all();
}

/** The eight clients changed last. */
export function recentlyChangedClients(firmId: string) {
  const db = getDb();
  return db
    .select({
      id: clients.id,
      familyName: clients.familyName,
      givenNames: clients.givenNames,
      removalLabel: clients.removalLabel,
      removalPhase: clients.removalPhase,
      riskTier: clients.riskTier,
      lastChangeAt: clients.lastChangeAt,
    })
    .from(clients)
    .where(eq(clients.firmId, firmId))
    .orderBy(desc(clients.lastChangeAt), desc(clients.id))
    .limit(8)
    .all();
}

/** The firm's six latest audit entries, in words. */
export function latestActivity(firmId: string) {
  const db = getDb();
  return db
    .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, actor: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(eq(auditLog.firmId, firmId))
    .orderBy(desc(auditLog.id))
    .limit(6)
    .all()
    .map((r) => ({ ...r, label: describeAuditAction(r.action) }));
}

/**
 * Check-ins missed in the last 30 days, newest first (ten). Read newest first from
 * check_ins_firm_status_idx (firm, status, start) within a start range that holds every local date of
 * the 30 days (a local day starts at most 14 hours before UTC's): the read stops after ten, or at the
 * range's start, never walking the firm's years of missed check-ins. `+local_date` keeps the planner off
 * the day index, where the same condition reads every check-in from 30 days ago on, future ones too,
 * and sorts them (the plan it chose without statistics; app/test/staff-pages-statements.test.ts).
 */
export function recentlyMissedCheckIns(firmId: string, today: IsoDate) {
  const db = getDb();
  const from = addDays(today, -30);
  return db
    .select({
      id: checkIns.id,
      clientId: checkIns.clientId,
      localDate: checkIns.localDate,
      startsAt: checkIns.startsAt,
      timeZone: checkIns.timeZone,
      familyName: clients.familyName,
      givenNames: clients.givenNames,
    })
    .from(checkIns)
    .innerJoin(clients, eq(clients.id, checkIns.clientId))
    .where(
      and(
        eq(checkIns.firmId, firmId),
        eq(checkIns.status, "missed"),
        gte(checkIns.startsAt, `${addDays(from, -1)}T10:00:00.000Z`),
        sql`+${checkIns.localDate} >= ${from}`,
      ),
    )
    .orderBy(desc(checkIns.startsAt))
    .limit(10)
    .all();
}
