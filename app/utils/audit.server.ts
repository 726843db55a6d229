import { auditLog } from "#db/schema";
import type { Db, Tx } from "#db/client";
import { isAuditAction, type AuditAction } from "~/domain/audit-actions";

const SECRET_KEYS = new Set([
  "passwordHash",
  "password",
  "totpSecret",
  "tokenHash",
  "codeHash",
  "token",
  "currentPassword",
  "newPassword",
]);

/** Removes secrets (at any depth) so they never reach the audit log. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (SECRET_KEYS.has(k)) continue;
      out[k] = redactSecrets(v);
    }
    return out;
  }
  return value;
}

export type AuditInput = {
  firmId: string | null;
  actorUserId: string | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

/**
 * Appends one audit entry. Call it with the transaction that makes the change it records: an action not
 * in the list (a cast, or a string from outside) throws, so the change it would record is rolled back.
 */
export function writeAudit(tx: Db | Tx, entry: AuditInput): void {
  if (!isAuditAction(entry.action)) throw new Error(`Unknown audit action: ${String(entry.action)}`);
  tx.insert(auditLog)
    .values({
      firmId: entry.firmId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before === undefined ? null : redactSecrets(entry.before),
      after: entry.after === undefined ? null : redactSecrets(entry.after),
      at: new Date().toISOString(),
      ip: entry.ip ?? null,
    })
    .run();
}
