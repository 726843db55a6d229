import { redirect } from "@remix-run/node";
import { and, eq, gt } from "drizzle-orm";
import { getDb } from "#db/client";
import { loginChallenges, type User } from "#db/schema";
import { writeAudit } from "./audit.server";
import { landingPathFor } from "./auth.server";
import { createToken, isoIn, sha256Hex } from "./crypto.server";
import { env } from "./env.server";
import { safeRedirectPath } from "./http.server";
import { createSession, readCookie, serializeCookie } from "./session.server";

const CHALLENGE_COOKIE = "casewatch_2fa";
const CHALLENGE_MINUTES = 10;

/** Where a user goes after signing in: the page they asked for, if their role may see it. */
export function afterLoginPath(role: string, redirectTo: string | null | undefined): string {
  const landing = landingPathFor(role);
  const target = safeRedirectPath(redirectTo ?? null, landing);
  if (target === "/" || target.startsWith("/login")) return landing;
  if (role === "client" && !(target === "/me" || target.startsWith("/me/") || target.startsWith("/me?")))
    return landing;
  return target;
}

export async function completeLogin(
  user: Pick<User, "id" | "firmId" | "role">,
  request: Request,
  ip: string | null,
  redirectTo: string | null,
  method: "password" | "totp" | "recovery_code",
  extraHeaders: string[] = [],
): Promise<Response> {
  // The answer is made first and the session last: a target that cannot be sent (the old check let a
  // newline through into Location, a 500) must never leave behind a session nobody received.
  const response = redirect(afterLoginPath(user.role, redirectTo));
  const { cookie } = await createSession(user.id, { ip, userAgent: request.headers.get("user-agent") });
  writeAudit(getDb(), {
    firmId: user.firmId,
    actorUserId: user.id,
    action: "auth.login",
    entityType: "user",
    entityId: user.id,
    after: { method },
    ip,
  });
  response.headers.append("Set-Cookie", cookie);
  for (const h of extraHeaders) response.headers.append("Set-Cookie", h);
  return response;
}

/** A password was right and a second factor is owed: remember that for ten minutes. */
export function startTwoFactorChallenge(userId: string): string {
  const token = createToken();
  getDb()
    .insert(loginChallenges)
    .values({ id: sha256Hex(token), userId, expiresAt: isoIn(CHALLENGE_MINUTES * 60_000) })
    .run();
  return serializeCookie(CHALLENGE_COOKIE, token, {
    maxAgeSeconds: CHALLENGE_MINUTES * 60,
    secure: env.cookieSecure,
  });
}

export function readTwoFactorChallenge(request: Request): { id: string; userId: string } | null {
  const token = readCookie(request, CHALLENGE_COOKIE);
  if (!token || token.length > 100) return null;
  const row = getDb()
    .select({ id: loginChallenges.id, userId: loginChallenges.userId })
    .from(loginChallenges)
    .where(
      and(eq(loginChallenges.id, sha256Hex(token)), gt(loginChallenges.expiresAt, new Date().toISOString())),
    )
    .get();
  return row ?? null;
}

export function endTwoFactorChallenge(id: string): string {
  getDb().delete(loginChallenges).where(eq(loginChallenges.id, id)).run();
  return serializeCookie(CHALLENGE_COOKIE, "", { maxAgeSeconds: 0, secure: env.cookieSecure });
}
