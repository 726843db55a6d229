// Password reset links: asked for on the forgot-password page, spent once on the reset page. Only the
// token's hash is stored; the token itself goes out in the e-mail and nowhere else.
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "#db/client";
import { passwordResets, users, type User } from "#db/schema";
import { writeAudit } from "~/utils/audit.server";
import { createId, createToken, isoIn, sha256Hex } from "~/utils/crypto.server";
import { endSessionsIn } from "~/utils/session.server";

/** Stores a reset that works once, for one hour; answers the token to send to the account's address. */
export function createPasswordReset(user: Pick<User, "id" | "firmId">, ip: string | null): string {
  const token = createToken();
  getDb().transaction((tx) => {
    tx.insert(passwordResets)
      .values({ id: createId(), userId: user.id, tokenHash: sha256Hex(token), expiresAt: isoIn(3600_000) })
      .run();
    writeAudit(tx, {
      firmId: user.firmId,
      actorUserId: null,
      action: "auth.password_reset_requested",
      entityType: "user",
      entityId: user.id,
      ip,
    });
  });
  return token;
}

export type PasswordReset = NonNullable<ReturnType<typeof findPasswordReset>>;

/** The unused, unexpired reset of an active account the token opens, if any. */
export function findPasswordReset(token: string | undefined) {
  if (!token || token.length > 100) return undefined;
  return getDb()
    .select({
      id: passwordResets.id,
      userId: passwordResets.userId,
      email: users.email,
      firmId: users.firmId,
    })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(
      and(
        eq(passwordResets.tokenHash, sha256Hex(token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date().toISOString()),
        eq(users.active, true),
      ),
    )
    .get();
}

/**
 * Sets the new password and signs the account out everywhere, spending the reset. False when the reset
 * was spent meanwhile: even if two tabs submit at once, only the update that finds it unused wins.
 */
export function completePasswordReset(
  reset: PasswordReset,
  passwordHash: string,
  ip: string | null,
): boolean {
  const now = new Date().toISOString();
  return getDb().transaction((tx) => {
    const res = tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.id, reset.id), isNull(passwordResets.usedAt)))
      .run();
    if (res.changes !== 1) return false;
    tx.update(users)
      .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, reset.userId))
      .run();
    const sessionsEnded = endSessionsIn(tx, reset.userId);
    writeAudit(tx, {
      firmId: reset.firmId,
      actorUserId: reset.userId,
      action: "auth.password_reset",
      entityType: "user",
      entityId: reset.userId,
      after: { sessionsEnded },
      ip,
    });
    return true;
  });
}
