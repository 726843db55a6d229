import { eq } from "drizzle-orm";
import { getDb } from "#db/client";
import { clients, firms } from "#db/schema";
import { writeAudit } from "~/utils/audit.server";
import { firmTimeZone } from "./client-derived.server";

export type FirmSettings = {
  name: string;
  phone: string | null;
  email: string | null;
  require2fa: boolean;
  calendarFullNames: boolean;
  timeZone: string;
};

/** What Settings → Firm shows; the zone is the one in force (the installation's until the firm chooses one). */
export function firmSettings(firmId: string): FirmSettings | undefined {
  const f = getDb()
    .select({
      name: firms.name,
      phone: firms.phone,
      email: firms.email,
      require2fa: firms.require2fa,
      calendarFullNames: firms.calendarFullNames,
    })
    .from(firms)
    .where(eq(firms.id, firmId))
    .get();
  return f && { ...f, timeZone: firmTimeZone(firmId) };
}

/**
 * Saves the firm's settings with an audit row in the same transaction. A new time zone moves the firm's
 * "today", so every client's cached derived values are marked stale here; the caller then recomputes
 * them (refreshStaleClients with the firm), and the refresh at start finishes the job after a crash.
 */
export function updateFirmSettings(
  actor: { id: string; firmId: string; ip?: string | null },
  next: FirmSettings,
): { zoneChanged: boolean } | null {
  return getDb().transaction((tx) => {
    const before = firmSettings(actor.firmId);
    if (!before) return null;
    tx.update(firms).set(next).where(eq(firms.id, actor.firmId)).run();
    const zoneChanged = before.timeZone !== next.timeZone;
    if (zoneChanged)
      tx.update(clients).set({ derivedOn: null }).where(eq(clients.firmId, actor.firmId)).run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "firm.settings_changed",
      entityType: "firm",
      entityId: actor.firmId,
      before,
      after: next,
      ip: actor.ip ?? null,
    });
    return { zoneChanged };
  });
}
