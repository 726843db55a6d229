import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { clients } from "#db/schema";
import { addRemovalEvent } from "~/models/case.server";
import { createClient } from "~/models/client.server";
import { makeFirm, makeUser } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";
import { refreshStaleClients } from "./daily.server";

describe("daily refresh", () => {
  it("turns an IJ order final once its appeal time has run out, without a write by anyone", async () => {
    const firmId = makeFirm();
    const { id: userId } = await makeUser(firmId, "lawyer");
    const actor = { id: userId, firmId, displayName: "L", ip: null };
    const created = createClient(
      actor,
      clientFormSchema.parse({ familyName: "Morales", givenNames: "Rosa", nationalities: "GT" }),
    );
    if (!created.ok) throw new Error("not created");
    addRemovalEvent(actor, created.id, {
      type: "nta_filed",
      effectiveDate: "2024-01-01",
      details: {},
      court: null,
      notes: null,
      source: "other",
      verifiedOn: null,
    });
    addRemovalEvent(actor, created.id, {
      type: "ij_decision",
      effectiveDate: "2026-11-20",
      details: { outcome: "removal_ordered", decisionForm: "oral" },
      court: null,
      notes: null,
      source: "other",
      verifiedOn: null,
    });
    const row = () => getDb().select().from(clients).where(eq(clients.id, created.id)).get()!;
    // As of the day after the decision: appeal window open.
    await refreshStaleClients({ asOf: "2026-11-21" });
    expect(row().removalLabel).toBe("Removal ordered by IJ — appeal due 2026-12-21");
    // Thirty-two days on, nobody touched the record: the order is final and the tier has moved.
    await refreshStaleClients({ asOf: "2026-12-23" });
    expect(row().removalLabel).toBe("Final order");
    // Final once the last day to appeal (2026-12-21) has passed; motions count from that day (8 CFR 1241.1(c)).
    expect(row().finalOrderSince).toBe("2026-12-21");
    expect(row().derivedOn).toBe("2026-12-23");
    // Already fresh: nothing to do.
    expect(await refreshStaleClients({ asOf: "2026-12-23" })).toBe(0);
  });
});
