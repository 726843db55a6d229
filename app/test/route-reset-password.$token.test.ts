// A password set through a reset link ends every session of the account, in the same transaction.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, passwordResets, sessions, users } from "#db/schema";
import { makeFirm, makeUser, sessionCookie } from "~/test/fixtures";
import { callRoute } from "~/test/route-call";
import { createId, createToken, isoIn, sha256Hex } from "~/utils/crypto.server";
import { action } from "~/routes/reset-password.$token";

const NEW_PASSWORD = "a brand new long passphrase";
const sessionIds = (userId: string) =>
  getDb()
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all()
    .map((s) => s.id);

describe("a password reset", () => {
  it("ends every session of the account", async () => {
    const firm = makeFirm("Reset sessions firm");
    const user = await makeUser(firm, "lawyer");
    await sessionCookie(user.id);
    await sessionCookie(user.id);
    const token = createToken();
    getDb()
      .insert(passwordResets)
      .values({ id: createId(), userId: user.id, tokenHash: sha256Hex(token), expiresAt: isoIn(3600_000) })
      .run();
    const res = await callRoute(action, `/reset-password/${token}`, {
      form: { password: NEW_PASSWORD },
      params: { token },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/login");
    expect(sessionIds(user.id)).toEqual([]);
    // Ended in the transaction that set the password, and written down there.
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "auth.password_reset"))
      .all()
      .find((a) => a.actorUserId === user.id);
    expect(audit?.after).toMatchObject({ sessionsEnded: 2 });
    expect(
      getDb().select({ h: users.passwordHash }).from(users).where(eq(users.id, user.id)).get()?.h,
    ).not.toBeNull();
  });
});
