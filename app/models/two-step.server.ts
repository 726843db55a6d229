// Two-step sign-in (TOTP) and its recovery codes: set up and turned off on the security settings page,
// checked at sign-in. Each change is audited in the transaction that makes it; a failed code is audited
// on its own.
import { and, count, eq, isNull } from "drizzle-orm";
import { getDb, type Tx } from "#db/client";
import { recoveryCodes, users, type User } from "#db/schema";
import { writeAudit } from "~/utils/audit.server";
import { createId } from "~/utils/crypto.server";
import { generateRecoveryCodes, generateTotpSecret, hashRecoveryCode } from "~/utils/totp.server";
import type { Actor } from "./actor";

export type TwoStepState = {
  totpSecret: string | null;
  totpEnabledAt: string | null;
  totpLastStep: number | null;
};

export function twoStepState(userId: string): TwoStepState | undefined {
  return getDb()
    .select({
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
      totpLastStep: users.totpLastStep,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

export function unusedRecoveryCodeCount(userId: string): number {
  return (
    getDb()
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get()?.n ?? 0
  );
}

/** A new secret, not yet in force: two-step sign-in is on once a code from it is confirmed. */
export function startTwoStepSetup(userId: string): void {
  getDb().update(users).set({ totpSecret: generateTotpSecret() }).where(eq(users.id, userId)).run();
}

function storeRecoveryCodes(tx: Tx, userId: string): string[] {
  const codes = generateRecoveryCodes();
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  for (const c of codes)
    tx.insert(recoveryCodes)
      .values({ id: createId(), userId, codeHash: hashRecoveryCode(c) })
      .run();
  return codes;
}

/** Turns two-step sign-in on at the confirmed step; answers the recovery codes, shown once. */
export function enableTwoStep(actor: Actor, step: number): string[] {
  const now = new Date().toISOString();
  return getDb().transaction((tx) => {
    tx.update(users)
      .set({ totpEnabledAt: now, totpLastStep: step, updatedAt: now })
      .where(eq(users.id, actor.id))
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "auth.2fa_enabled",
      entityType: "user",
      entityId: actor.id,
      ip: actor.ip ?? null,
    });
    return storeRecoveryCodes(tx, actor.id);
  });
}

/** Replaces every recovery code with new ones (the old stop working); answers the new, shown once. */
export function regenerateRecoveryCodes(actor: Actor, step: number): string[] {
  return getDb().transaction((tx) => {
    tx.update(users).set({ totpLastStep: step }).where(eq(users.id, actor.id)).run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "auth.recovery_codes_regenerated",
      entityType: "user",
      entityId: actor.id,
      ip: actor.ip ?? null,
    });
    return storeRecoveryCodes(tx, actor.id);
  });
}

export function disableTwoStep(actor: Actor): void {
  const now = new Date().toISOString();
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now })
      .where(eq(users.id, actor.id))
      .run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.id)).run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "auth.2fa_disabled",
      entityType: "user",
      entityId: actor.id,
      ip: actor.ip ?? null,
    });
  });
}

/** The account a pending two-step challenge belongs to. */
export function challengedUser(userId: string): User | undefined {
  return getDb().select().from(users).where(eq(users.id, userId)).get();
}

/** Records the step of a code just accepted at sign-in, so the same code cannot be used twice. */
export function recordTotpStep(userId: string, step: number): void {
  getDb().update(users).set({ totpLastStep: step }).where(eq(users.id, userId)).run();
}

/** Spends an unused recovery code of the user's; false when it is not one (or was already used). */
export function spendRecoveryCode(
  user: Pick<User, "id" | "firmId">,
  code: string,
  ip: string | null,
): boolean {
  const db = getDb();
  const row = db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(
      and(
        eq(recoveryCodes.userId, user.id),
        eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .get();
  if (!row) return false;
  db.transaction((tx) => {
    tx.update(recoveryCodes)
      .set({ usedAt: new Date().toISOString() })
      .where(eq(recoveryCodes.id, row.id))
      .run();
    writeAudit(tx, {
      firmId: user.firmId,
      actorUserId: user.id,
      action: "auth.recovery_code_used",
      entityType: "user",
      entityId: user.id,
      ip,
    });
  });
  return true;
}

export function recordTwoStepFailure(user: Pick<User, "id" | "firmId">, ip: string | null): void {
  writeAudit(getDb(), {
    firmId: user.firmId,
    actorUserId: null,
    action: "auth.2fa_failed",
    entityType: "user",
    entityId: user.id,
    ip,
  });
}
