import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, checkIns, clientMessages, portalInvites } from "#db/schema";
import { makeCheckIn, makeClient, makeFirm, makeMessage, makeUser } from "~/test/fixtures";
import {
  clientCheckIn,
  clientMessage,
  confirmAttendance,
  createPortalInvite,
  findPortalInvite,
  markMessageRead,
} from "./portal.server";

const actionsFor = (clientId: string) =>
  getDb()
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.entityId, clientId))
    .all()
    .map((r) => r.action);

async function clientAccount() {
  const firm = makeFirm();
  const u = await makeUser(firm, "client");
  return { firm, user: { id: u.id, firmId: firm, clientId: u.clientId! } };
}

describe("a client sees and changes only their own messages and check-ins", () => {
  it("reads their message once, audited once; another client's message is not found", async () => {
    const { firm, user } = await clientAccount();
    const mine = makeMessage(firm, user.clientId, "Bring your passport");
    const theirs = makeMessage(firm, makeClient(firm), "Someone else's");
    expect(clientMessage(user.clientId, mine)?.body).toBe("Bring your passport");
    expect(clientMessage(user.clientId, theirs)).toBeUndefined();
    expect(markMessageRead(user, theirs, null)).toBe(false);
    expect(
      getDb().select().from(clientMessages).where(eq(clientMessages.id, theirs)).get()?.readAt,
    ).toBeNull();
    expect(markMessageRead(user, mine, "127.0.0.1")).toBe(true);
    expect(markMessageRead(user, mine, "127.0.0.1")).toBe(true);
    expect(clientMessage(user.clientId, mine)?.readAt).toBeTruthy();
    expect(actionsFor(user.clientId)).toEqual(["message.read"]);
  });

  it("confirms attendance at their scheduled check-in only", async () => {
    const { firm, user } = await clientAccount();
    const mine = makeCheckIn(firm, user.clientId);
    const theirs = makeCheckIn(firm, makeClient(firm));
    expect(clientCheckIn(user.clientId, theirs)).toBeUndefined();
    expect(confirmAttendance(user, theirs, null)).toBe(false);
    expect(
      getDb().select().from(checkIns).where(eq(checkIns.id, theirs)).get()?.clientWillAttendAt,
    ).toBeNull();
    expect(clientCheckIn(user.clientId, mine)?.officeName).toBeTruthy();
    expect(confirmAttendance(user, mine, null)).toBe(true);
    expect(clientCheckIn(user.clientId, mine)?.willAttendAt).toBeTruthy();
    expect(actionsFor(user.clientId)).toEqual(["checkin.client_will_attend"]);
  });
});

describe("portal invitations", () => {
  it("keeps only the newest open invitation of a client, found by its token and not by an old one", async () => {
    const firm = makeFirm();
    const staff = await makeUser(firm, "lawyer");
    const clientId = makeClient(firm);
    const actor = { id: staff.id, firmId: firm, displayName: "Lawyer", ip: null };
    const first = createPortalInvite(actor, clientId);
    const second = createPortalInvite(actor, clientId);
    expect(first).not.toBe(second);
    expect(findPortalInvite(second)).toBeTruthy();
    expect(findPortalInvite(first)).toBeFalsy();
    expect(findPortalInvite("x".repeat(101))).toBeUndefined();
    expect(findPortalInvite(undefined)).toBeUndefined();
    const rows = getDb().select().from(portalInvites).where(eq(portalInvites.clientId, clientId)).all();
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.revokedAt === null)).toHaveLength(1);
    expect(actionsFor(clientId)).toEqual(["portal.invited", "portal.invited"]);
  });
});
