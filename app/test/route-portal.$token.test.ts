// A password set through a portal invitation ends every other session of the account, as a password
// change does: a session on a lost or seized phone ends with the old password.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, clients, sessions, users } from "#db/schema";
import { createPortalInvite } from "~/models/portal.server";
import { makeFirm, makeUser, sessionCookie } from "~/test/fixtures";
import { callRoute, cookieFrom } from "~/test/route-call";
import { createId } from "~/utils/crypto.server";
import { sessionCookieName, sessionIdForToken } from "~/utils/session.server";
import { action } from "~/routes/portal.$token";

const NEW_PASSWORD = "a brand new long passphrase";
const sessionIds = (userId: string) =>
  getDb()
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all()
    .map((s) => s.id);

describe("accepting a portal invitation", () => {
  it("by a client who already had an account ends the old sessions", async () => {
    const firm = makeFirm("Portal sessions firm");
    const staff = await makeUser(firm, "paralegal");
    const client = await makeUser(firm, "client", { email: `client-${createId()}@test.invalid` });
    await sessionCookie(client.id);
    await sessionCookie(client.id);
    expect(sessionIds(client.id)).toHaveLength(2);
    // The client row needs an address for the invitation to be usable.
    const email = getDb().select({ email: users.email }).from(users).where(eq(users.id, client.id)).get()!
      .email;
    getDb().update(clients).set({ email }).where(eq(clients.id, client.clientId!)).run();
    const token = createPortalInvite({ id: staff.id, firmId: firm, ip: null }, client.clientId!);
    const res = await callRoute(action, `/portal/${token}`, {
      form: { password: NEW_PASSWORD },
      params: { token },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/me");
    // Only the session handed out with this answer is left.
    const cookie = cookieFrom(res.headers, sessionCookieName())!;
    expect(sessionIds(client.id)).toEqual([sessionIdForToken(cookie.split("=")[1]!)]);
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "portal.accepted"))
      .all()
      .find((a) => a.actorUserId === client.id);
    expect(audit?.after).toMatchObject({ sessionsEnded: 2 });
  });
});
