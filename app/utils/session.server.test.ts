import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, sessions, users } from "#db/schema";
import { makeFirm, makeUser } from "~/test/fixtures";
import { writeAudit } from "./audit.server";
import { sha256Hex } from "./crypto.server";
import { createSession, endOtherSessions, sessionCookieName, validateRequestSession } from "./session.server";

const request = (cookie: string) => new Request("http://localhost/", { headers: { cookie } });
const tokenOf = (setCookie: string) => setCookie.split(";")[0]!.split("=")[1]!;

afterEach(() => {
  delete process.env.COOKIE_SECURE;
  (process.env as Record<string, string>).NODE_ENV = "test";
});

describe("session tokens", () => {
  it("stores only the SHA-256 of the cookie's token, and the token has at least 128 bits", async () => {
    const firm = makeFirm();
    const { id } = await makeUser(firm, "lawyer");
    const { cookie, sessionId } = await createSession(id, { ip: null, userAgent: null });
    const token = tokenOf(cookie);
    // 32 base32 characters = 160 bits.
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    expect(sessionId).toBe(sha256Hex(token));
    const db = getDb();
    expect(db.select().from(sessions).where(eq(sessions.id, token)).get()).toBeUndefined();
    expect(
      db
        .select()
        .from(sessions)
        .where(eq(sessions.id, sha256Hex(token)))
        .get()?.userId,
    ).toBe(id);
  });

  it("validates the cookie's token by its hash, and refuses the hash itself as a token", async () => {
    const { id } = await makeUser(makeFirm(), "paralegal");
    const { cookie, sessionId } = await createSession(id, { ip: null, userAgent: null });
    const name = sessionCookieName();
    expect((await validateRequestSession(request(`${name}=${tokenOf(cookie)}`)))?.user.id).toBe(id);
    expect(await validateRequestSession(request(`${name}=${sessionId}`))).toBeNull();
    expect(await validateRequestSession(request(`${name}=nonsense`))).toBeNull();
  });

  it("ends a session past its absolute lifetime even if it was used a moment ago", async () => {
    const { id } = await makeUser(makeFirm(), "lawyer");
    const { cookie, sessionId } = await createSession(id, { ip: null, userAgent: null });
    getDb()
      .update(sessions)
      .set({ absoluteExpiresAt: new Date(Date.now() - 1000).toISOString() })
      .where(eq(sessions.id, sessionId))
      .run();
    expect(await validateRequestSession(request(`${sessionCookieName()}=${tokenOf(cookie)}`))).toBeNull();
    expect(getDb().select().from(sessions).where(eq(sessions.id, sessionId)).get()).toBeUndefined();
  });

  it("ends a session past its idle expiry", async () => {
    const { id } = await makeUser(makeFirm(), "lawyer");
    const { cookie, sessionId } = await createSession(id, { ip: null, userAgent: null });
    getDb()
      .update(sessions)
      .set({ expiresAt: Math.floor(Date.now() / 1000) - 1 })
      .where(eq(sessions.id, sessionId))
      .run();
    expect(await validateRequestSession(request(`${sessionCookieName()}=${tokenOf(cookie)}`))).toBeNull();
  });

  it("refuses the session of a deactivated user", async () => {
    const { id } = await makeUser(makeFirm(), "lawyer");
    const { cookie } = await createSession(id, { ip: null, userAgent: null });
    getDb().update(users).set({ active: false }).where(eq(users.id, id)).run();
    expect(await validateRequestSession(request(`${sessionCookieName()}=${tokenOf(cookie)}`))).toBeNull();
  });

  it("a password change keeps this session and ends the others", async () => {
    const { id } = await makeUser(makeFirm(), "lawyer");
    const a = await createSession(id, { ip: null, userAgent: null });
    const b = await createSession(id, { ip: null, userAgent: null });
    expect(a.sessionId).not.toBe(b.sessionId);
    endOtherSessions(id, a.sessionId);
    const left = getDb().select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, id)).all();
    expect(left.map((s) => s.id)).toEqual([a.sessionId]);
  });
});

describe("session cookie flags", () => {
  it("is HttpOnly, SameSite=Lax, Path=/ without Secure in development", async () => {
    const { id } = await makeUser(makeFirm(), "lawyer");
    const { cookie } = await createSession(id, { ip: null, userAgent: null });
    expect(cookie).toMatch(/^casewatch_session=/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure");
  });

  it("is Secure with the __Host- prefix in production", async () => {
    (process.env as Record<string, string>).NODE_ENV = "production";
    const { id } = await makeUser(makeFirm(), "lawyer");
    const { cookie } = await createSession(id, { ip: null, userAgent: null });
    expect(cookie).toMatch(/^__Host-casewatch_session=/);
    expect(cookie).toContain("; Secure");
    expect(cookie).not.toContain("Domain=");
  });

  it("COOKIE_SECURE=false drops Secure and the __Host- prefix together", async () => {
    (process.env as Record<string, string>).NODE_ENV = "production";
    process.env.COOKIE_SECURE = "false";
    const { id } = await makeUser(makeFirm(), "lawyer");
    const { cookie } = await createSession(id, { ip: null, userAgent: null });
    expect(cookie).toMatch(/^casewatch_session=/);
    expect(cookie).not.toContain("Secure");
  });
});

describe("audit log", () => {
  it("is append-only: the database refuses updates and deletes", () => {
    const firm = makeFirm();
    writeAudit(getDb(), {
      firmId: firm,
      actorUserId: null,
      action: "firm.settings_changed",
      entityType: "firm",
      entityId: firm,
      after: { passwordHash: "x", name: "kept" },
    });
    const row = getDb().select().from(auditLog).where(eq(auditLog.entityId, firm)).get()!;
    expect(row.after).toEqual({ name: "kept" });
    expect(() =>
      getDb().update(auditLog).set({ action: "changed" }).where(eq(auditLog.id, row.id)).run(),
    ).toThrow(/append-only/);
    expect(() => getDb().delete(auditLog).where(eq(auditLog.id, row.id)).run()).toThrow(/append-only/);
  });
});
