import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addRemovalEvent } from "~/models/case.server";
import { createClient } from "~/models/client.server";
import { refreshStaleClients } from "~/services/daily.server";
import { makeFirm, makeUser } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";
import { getDb, getSqlite, MIGRATIONS_DIR } from "./client";
import { auditLog, clients, removalEvents } from "./schema";

// Migration 0013 fills in who appealed and what a sustained appeal meant for records made before those
// fields existed, audits each change, and marks every client stale so the start-up refresh recomputes it.
describe("migration 0013 (issue 16)", () => {
  it("keeps old records' meaning, audits the change, and recomputes the derived values", async () => {
    const firmId = makeFirm();
    const { id: userId } = await makeUser(firmId, "lawyer");
    const actor = { id: userId, firmId, displayName: "L", ip: null };
    const created = createClient(
      actor,
      clientFormSchema.parse({ familyName: "Okoro", givenNames: "Ada", nationalities: "NG" }),
    );
    if (!created.ok) throw new Error("not created");
    const add = (
      type: Parameters<typeof addRemovalEvent>[2]["type"],
      effectiveDate: string,
      details: Record<string, unknown>,
    ) =>
      addRemovalEvent(actor, created.id, {
        type,
        effectiveDate,
        details,
        court: null,
        notes: null,
        source: "other",
        verifiedOn: null,
      });
    add("nta_filed", "2023-01-10", {});
    add("ij_decision", "2024-03-01", { outcome: "removal_ordered", decisionForm: "oral" });
    // As the old form stored them: no appealedBy, no biaResult.
    const appealId = add("bia_appeal_filed", "2024-03-20", {});
    const decisionId = add("bia_decision", "2025-01-15", { outcome: "sustained" });
    getDb()
      .update(clients)
      .set({ derivedOn: "2026-01-01", removalLabel: "stale label" })
      .where(eq(clients.id, created.id))
      .run();

    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, "0013_issue16_appeal_party.sql"), "utf8");
    for (const stmt of sql.split("--> statement-breakpoint")) getSqlite().exec(stmt);

    const details = (id: string) =>
      getDb()
        .select({ d: removalEvents.details, v: removalEvents.version })
        .from(removalEvents)
        .where(eq(removalEvents.id, id))
        .get()!;
    expect(details(appealId).d).toEqual({ appealedBy: "respondent" });
    expect(details(decisionId).d).toEqual({ outcome: "sustained", biaResult: "relief_granted" });
    expect(details(appealId).v).toBe(2);
    const audits = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.firmId, firmId), eq(auditLog.action, "event.migrated")))
      .all();
    expect(audits).toHaveLength(2);
    expect(audits.map((a) => (a.before as { eventId: string; details: unknown }).details)).toEqual(
      expect.arrayContaining([{}, { outcome: "sustained" }]),
    );
    expect(
      getDb().select({ d: clients.derivedOn }).from(clients).where(eq(clients.id, created.id)).get()!.d,
    ).toBeNull();

    // Run again: nothing more changes (idempotent), and the refresh recomputes with the same meaning as before.
    for (const stmt of sql.split("--> statement-breakpoint")) getSqlite().exec(stmt);
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.firmId, firmId), eq(auditLog.action, "event.migrated")))
        .all(),
    ).toHaveLength(2);
    await refreshStaleClients({ asOf: "2026-01-02" });
    const row = getDb().select().from(clients).where(eq(clients.id, created.id)).get()!;
    expect(row.removalLabel).toBe("Closed — BIA sustained the appeal: relief granted on 2025-01-15");
    expect(row.riskTier).toBe("none");
  });
});
