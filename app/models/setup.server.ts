// The installation's first firm and its first admin, created once by the setup page.
import { getDb } from "#db/client";
import { firms, users } from "#db/schema";
import { writeAudit } from "~/utils/audit.server";
import { createId } from "~/utils/crypto.server";

export type FirstFirm = {
  firmName: string;
  firmSlug: string;
  displayName: string;
  email: string;
  passwordHash: string;
};

/**
 * Creates the firm and its admin, both audited; answers the admin's id, or null when a firm exists
 * already. Checked again inside the write transaction, so two people racing to set up get one firm.
 */
export function createFirstFirm(v: FirstFirm, ip: string | null): { userId: string } | null {
  const firmId = createId();
  const userId = createId();
  const created = getDb().transaction((tx) => {
    if (tx.select({ id: firms.id }).from(firms).limit(1).get()) return false;
    tx.insert(firms).values({ id: firmId, name: v.firmName, slug: v.firmSlug }).run();
    tx.insert(users)
      .values({
        id: userId,
        firmId,
        email: v.email,
        displayName: v.displayName,
        role: "admin",
        passwordHash: v.passwordHash,
        passwordChangedAt: new Date().toISOString(),
      })
      .run();
    writeAudit(tx, {
      firmId,
      actorUserId: userId,
      action: "firm.created",
      entityType: "firm",
      entityId: firmId,
      after: { name: v.firmName, slug: v.firmSlug },
      ip,
    });
    writeAudit(tx, {
      firmId,
      actorUserId: userId,
      action: "user.created",
      entityType: "user",
      entityId: userId,
      after: { email: v.email, displayName: v.displayName, role: "admin" },
      ip,
    });
    return true;
  });
  return created ? { userId } : null;
}
