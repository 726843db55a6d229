// recordOutcome and confirmSafe: one read of the check-in, inside the transaction that writes it, within
// the actor's firm and (when given) the client; detention at a check-in reaches the client through the
// clients model, with both audit entries in the same transaction.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getSqlite } from "#db/client";
import { auditLog, checkIns, clients } from "#db/schema";
import { makeCheckIn, makeClient, makeFirm, makeUser } from "~/test/fixtures";
import { confirmSafe, recordOutcome } from "./checkin.server";
import type { Actor } from "./actor";

let actor: Actor;
let stranger: Actor;
let clientId: string;
let otherClientId: string;

const attended = {
  outcome: "attended",
  notes: null,
  nextDate: null,
  nextTime: null,
  rescheduledBy: null,
} as const;
const count = (table: string) =>
  (getSqlite().prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

beforeAll(async () => {
  const firm = makeFirm();
  actor = { id: (await makeUser(firm, "paralegal")).id, firmId: firm, ip: null };
  const otherFirm = makeFirm();
  stranger = {
    id: (await makeUser(otherFirm, "paralegal")).id,
    firmId: otherFirm,
    ip: null,
  };
  clientId = makeClient(firm, { familyName: "Rahman", givenNames: "Nadia" });
  otherClientId = makeClient(firm, { familyName: "Diallo", givenNames: "Amadou" });
});

describe("recordOutcome", () => {
  it("refuses a second outcome on the same check-in and keeps the first", () => {
    const id = makeCheckIn(actor.firmId, clientId);
    const first = recordOutcome(actor, id, { ...attended, notes: "On time" });
    expect(first).toEqual({ ok: true, nextId: null, localDate: "2027-01-05" });
    const audits = count("audit_log");
    const second = recordOutcome(actor, id, { ...attended, outcome: "missed" });
    expect(second).toMatchObject({ ok: false, reason: "has_outcome" });
    const row = getDb().select().from(checkIns).where(eq(checkIns.id, id)).get()!;
    expect([row.status, row.outcomeNotes]).toEqual(["attended", "On time"]);
    expect(count("audit_log")).toBe(audits);
  });

  it("finds nothing for another client's check-in, or another firm's, and writes nothing", () => {
    const id = makeCheckIn(actor.firmId, otherClientId);
    const audits = count("audit_log");
    expect(recordOutcome(actor, id, attended, { clientId })).toMatchObject({
      ok: false,
      reason: "not_found",
    });
    expect(recordOutcome(stranger, id, attended)).toMatchObject({ ok: false, reason: "not_found" });
    expect(confirmSafe(actor, id, { clientId })).toBe(false);
    expect(confirmSafe(stranger, id)).toBe(false);
    const row = getDb().select().from(checkIns).where(eq(checkIns.id, id)).get()!;
    expect([row.status, row.safeConfirmedAt]).toEqual(["scheduled", null]);
    expect(count("audit_log")).toBe(audits);
    // The same check-in on its own client's page is found.
    expect(recordOutcome(actor, id, attended, { clientId: otherClientId }).ok).toBe(true);
    expect(confirmSafe(actor, id, { clientId: otherClientId })).toBe(true);
  });

  it("records detention on the client, audited with the outcome, and raises the risk", () => {
    const id = makeCheckIn(actor.firmId, clientId);
    const r = recordOutcome(actor, id, { ...attended, outcome: "detained" }, { clientId });
    expect(r.ok).toBe(true);
    const c = getDb().select().from(clients).where(eq(clients.id, clientId)).get()!;
    expect(c.detentionStatus).toBe("detained");
    expect(c.detentionSince).toBe("2027-01-05");
    expect(c.detentionFacility).toBe("Detained at check-in: ICE ERO New York City Field Office");
    const actions = getDb()
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.entityId, clientId))
      .all()
      .map((a) => a.action);
    expect(actions.slice(-2)).toEqual(["client.updated", "checkin.outcome"]);
  });
});
