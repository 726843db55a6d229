// The only module that knows lucia. Everything else asks for "the session of this request".
// lucia v3 is no longer maintained (docs/decisions/002-lucia-v3-behind-one-module.md): replacing it
// means rewriting this file and nothing else.
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { Lucia, TimeSpan } from "lucia";
import { and, eq, ne } from "drizzle-orm";
import { getDb, type Db, type Tx } from "#db/client";
import { sessions, users, type User } from "#db/schema";
import { createToken, sha256Hex } from "./crypto.server";
import { env } from "./env.server";

declare module "lucia" {
  interface Register {
    Lucia: Lucia<DatabaseSessionAttributes, DatabaseUserAttributes>;
    DatabaseSessionAttributes: DatabaseSessionAttributes;
    DatabaseUserAttributes: DatabaseUserAttributes;
  }
}
interface DatabaseSessionAttributes {
  absoluteExpiresAt: string;
  createdAt: string;
  ip: string | null;
  userAgent: string | null;
}
type DatabaseUserAttributes = Omit<User, "id">;

let cached: { db: Db; lucia: Lucia<DatabaseSessionAttributes, DatabaseUserAttributes> } | undefined;
function lucia() {
  const db = getDb();
  if (cached?.db !== db) {
    const adapter = new DrizzleSQLiteAdapter(db, sessions, users);
    cached = {
      db,
      lucia: new Lucia(adapter, {
        // lucia extends a session when less than half of this is left: an approximate idle timeout.
        sessionExpiresIn: new TimeSpan(env.sessionIdleMinutes, "m"),
        getSessionAttributes: (a) => a,
        getUserAttributes: (a) => a,
      }),
    };
  }
  return cached.lucia;
}

export function sessionCookieName(): string {
  return env.cookieSecure ? "__Host-casewatch_session" : "casewatch_session";
}

export type CookieOptions = { maxAgeSeconds: number; secure: boolean };

export function serializeCookie(name: string, value: string, opts: CookieOptions): string {
  const parts = [
    `${name}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${Math.max(0, Math.floor(opts.maxAgeSeconds))}`,
  ];
  if (opts.secure) parts.push("Secure");
  return parts.join("; ");
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/** The session id stored in the database for a cookie token: its SHA-256. */
export function sessionIdForToken(token: string): string {
  return sha256Hex(token);
}

export type SessionUser = User;
export type ValidSession = {
  sessionId: string;
  user: SessionUser;
  absoluteExpiresAt: string;
};

/**
 * Starts a new session for a user (a new one on every sign-in) and returns the Set-Cookie header.
 * The cookie carries a random 160-bit token; the database keeps only its hash.
 */
export async function createSession(
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ cookie: string; sessionId: string }> {
  const token = createToken();
  const sessionId = sessionIdForToken(token);
  const absoluteMs = env.sessionAbsoluteHours * 3600_000;
  await lucia().createSession(
    userId,
    {
      absoluteExpiresAt: new Date(Date.now() + absoluteMs).toISOString(),
      createdAt: new Date().toISOString(),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
    { sessionId },
  );
  return {
    sessionId,
    cookie: serializeCookie(sessionCookieName(), token, {
      maxAgeSeconds: absoluteMs / 1000,
      secure: env.cookieSecure,
    }),
  };
}

export function clearSessionCookie(): string {
  return serializeCookie(sessionCookieName(), "", { maxAgeSeconds: 0, secure: env.cookieSecure });
}

/** Validates the request's cookie: idle expiry (lucia), absolute expiry and an active account. */
export async function validateRequestSession(request: Request): Promise<ValidSession | null> {
  const token = readCookie(request, sessionCookieName());
  if (!token || token.length > 200) return null;
  const sessionId = sessionIdForToken(token);
  const { session, user } = await lucia().validateSession(sessionId);
  if (!session || !user) return null;
  if (Date.parse(session.absoluteExpiresAt) <= Date.now() || !user.active) {
    await lucia().invalidateSession(sessionId);
    return null;
  }
  const { id, ...rest } = user;
  return { sessionId, user: { id, ...rest } as SessionUser, absoluteExpiresAt: session.absoluteExpiresAt };
}

export async function endSession(sessionId: string): Promise<void> {
  await lucia().invalidateSession(sessionId);
}

export async function endAllSessions(userId: string): Promise<void> {
  await lucia().invalidateUserSessions(userId);
}

/** Ends every session of the user inside the caller's transaction (a new password set through a reset
 *  or an invitation), so no moment exists where the new password is set and an old session still works.
 *  Returns how many ended, for the audit entry. */
export function endSessionsIn(tx: Db | Tx, userId: string): number {
  return tx.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

/** Ends every session of the user but the one given (after a password change). */
export function endOtherSessions(userId: string, keepSessionId: string): void {
  getDb()
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
    .run();
}

export function listSessions(userId: string) {
  const nowSec = Math.floor(Date.now() / 1000);
  const nowIso = new Date().toISOString();
  return getDb()
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all()
    .filter((s) => s.expiresAt > nowSec && s.absoluteExpiresAt > nowIso)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function deleteExpiredSessions(): Promise<void> {
  await lucia().deleteExpiredSessions();
}
