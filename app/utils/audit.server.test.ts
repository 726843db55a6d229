// The audit log records only the actions it knows: the list in domain/audit-actions.ts, each with the
// words its page shows. An unknown action is refused by the compiler and, should a cast or a string from
// outside slip one through, at run time too, rolling back the change it would have recorded.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, firms } from "#db/schema";
import { AUDIT_ACTIONS, describeAuditAction, isAuditAction, type AuditAction } from "~/domain/audit-actions";
import { makeFirm } from "~/test/fixtures";
import { writeAudit } from "./audit.server";

const entriesOf = (firmId: string) =>
  getDb().select().from(auditLog).where(eq(auditLog.firmId, firmId)).all();

describe("audit actions", () => {
  it("writes a listed action", () => {
    const firm = makeFirm();
    writeAudit(getDb(), {
      firmId: firm,
      actorUserId: null,
      action: "firm.settings_changed",
      entityType: "firm",
    });
    expect(entriesOf(firm).map((e) => e.action)).toEqual(["firm.settings_changed"]);
  });

  it("refuses an unknown action, and the change it recorded is rolled back with it", () => {
    const firm = makeFirm();
    const unknown = "firm.renamed_by_magic" as AuditAction;
    expect(() =>
      getDb().transaction((tx) => {
        tx.update(firms).set({ name: "Changed without a trace" }).where(eq(firms.id, firm)).run();
        writeAudit(tx, {
          firmId: firm,
          actorUserId: null,
          action: unknown,
          entityType: "firm",
          entityId: firm,
        });
      }),
    ).toThrow(/Unknown audit action: firm.renamed_by_magic/);
    expect(entriesOf(firm)).toEqual([]);
    expect(getDb().select({ name: firms.name }).from(firms).where(eq(firms.id, firm)).get()?.name).not.toBe(
      "Changed without a trace",
    );
  });

  it("is a typed list: a misspelt action does not compile", () => {
    const entry = {
      firmId: null,
      actorUserId: null,
      // @ts-expect-error "client.update" is not an audit action ("client.updated" is).
      action: "client.update" satisfies AuditAction,
      entityType: "client",
    };
    expect(isAuditAction(entry.action)).toBe(false);
  });

  it("has words for every action, and shows an action no longer written as it was stored", () => {
    for (const a of AUDIT_ACTIONS) expect(describeAuditAction(a), a).not.toBe(a);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(describeAuditAction("legacy.thing")).toBe("legacy.thing");
    expect(isAuditAction("toString")).toBe(false);
  });
});
