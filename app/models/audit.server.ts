// Audit entries for events that change nothing else: sign-in attempts, sign-outs, exports. A change to
// records writes its entry with writeAudit(tx, …) inside the transaction that makes the change instead.
import { getDb } from "#db/client";
import { writeAudit, type AuditInput } from "~/utils/audit.server";

export function recordAuditEvent(input: AuditInput): void {
  writeAudit(getDb(), input);
}
