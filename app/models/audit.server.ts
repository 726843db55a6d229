// The audit log: entries for events that change nothing else (sign-in attempts, sign-outs, exports,
// refusals), and the firm's log as the audit settings page reads it. A change to records writes its
// entry with writeAudit(tx, …) inside the transaction that makes the change instead.
import { and, desc, eq, gte, lt, lte, type SQL } from "drizzle-orm";
import { getDb } from "#db/client";
import { auditLog, users } from "#db/schema";
import { writeAudit, type AuditInput } from "~/utils/audit.server";

export function recordAuditEvent(input: AuditInput): void {
  writeAudit(getDb(), input);
}

/** The audit page's filters as typed in the address; anything malformed is ignored, not refused. */
export type AuditFilters = {
  action: string;
  actor: string;
  entity: string;
  from: string;
  to: string;
  /** Entries older than this id (the next page); NaN or 0 for the newest. */
  before: number;
};

/** The firm's audit entries matching the filters, newest first, at most `limit`. */
export function listAuditEntries(firmId: string, filters: AuditFilters, limit: number) {
  const { action, actor, entity, from, to, before } = filters;
  const where: SQL[] = [eq(auditLog.firmId, firmId)];
  if (action) where.push(eq(auditLog.action, action.slice(0, 60)));
  if (actor) where.push(eq(auditLog.actorUserId, actor.slice(0, 40)));
  if (entity) where.push(eq(auditLog.entityType, entity.slice(0, 40)));
  if (/^\d{4}-\d{2}-\d{2}$/.test(from)) where.push(gte(auditLog.at, `${from}T00:00:00.000Z`));
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) where.push(lte(auditLog.at, `${to}T23:59:59.999Z`));
  if (Number.isInteger(before) && before > 0) where.push(lt(auditLog.id, before));
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
      actor: users.displayName,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}

/** Everyone of the firm who can appear as an entry's actor, for the filter's list. */
export function listAuditActors(firmId: string) {
  return getDb()
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.firmId, firmId))
    .orderBy(users.displayName)
    .all();
}
