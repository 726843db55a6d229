// Accepting a staff invitation: the invite page finds the open invitation a token opens, and accepting
// it creates the account, spending the invitation, in one audited transaction.
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "#db/client";
import { firms, invites, users } from "#db/schema";
import { writeAudit } from "~/utils/audit.server";
import { createId, sha256Hex } from "~/utils/crypto.server";

export type OpenInvite = NonNullable<ReturnType<typeof findOpenInvite>>;

/** The unaccepted, unrevoked, unexpired invitation the token opens, with its firm's name. */
export function findOpenInvite(token: string | undefined) {
  if (!token || token.length > 100) return undefined;
  return getDb()
    .select({
      id: invites.id,
      firmId: invites.firmId,
      email: invites.email,
      displayName: invites.displayName,
      role: invites.role,
      firmName: firms.name,
    })
    .from(invites)
    .innerJoin(firms, eq(firms.id, invites.firmId))
    .where(
      and(
        eq(invites.tokenHash, sha256Hex(token)),
        isNull(invites.acceptedAt),
        isNull(invites.revokedAt),
        gt(invites.expiresAt, new Date().toISOString()),
      ),
    )
    .get();
}

export type InviteAcceptance =
  | { ok: true; userId: string }
  | { ok: false; reason: "taken" /* an account has the address */ | "used" /* accepted meanwhile */ };

/** Creates the invited account with the name and password chosen. */
export function acceptInvite(
  invite: OpenInvite,
  account: { displayName: string; passwordHash: string },
  ip: string | null,
): InviteAcceptance {
  const userId = createId();
  const now = new Date().toISOString();
  return getDb().transaction((tx): InviteAcceptance => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, invite.email)).get())
      return { ok: false, reason: "taken" };
    const res = tx
      .update(invites)
      .set({ acceptedAt: now })
      .where(and(eq(invites.id, invite.id), isNull(invites.acceptedAt)))
      .run();
    if (res.changes !== 1) return { ok: false, reason: "used" };
    tx.insert(users)
      .values({
        id: userId,
        firmId: invite.firmId,
        email: invite.email,
        displayName: account.displayName,
        role: invite.role,
        passwordHash: account.passwordHash,
        passwordChangedAt: now,
      })
      .run();
    writeAudit(tx, {
      firmId: invite.firmId,
      actorUserId: userId,
      action: "invite.accepted",
      entityType: "user",
      entityId: userId,
      after: {
        email: invite.email,
        displayName: account.displayName,
        role: invite.role,
        inviteId: invite.id,
      },
      ip,
    });
    return { ok: true, userId };
  });
}
