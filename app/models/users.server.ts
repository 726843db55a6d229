// The firm's staff accounts and invitations, as the users settings page manages them. Every change is
// audited in its own transaction; the "the firm keeps at least one active admin" rule is checked inside
// that transaction, taken with BEGIN IMMEDIATE, so two admins demoting each other at the same moment
// cannot both pass the check (the second waits for the first and then sees one admin left).
import { and, count, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb, type Tx } from "#db/client";
import { invites, users, type User } from "#db/schema";
import type { STAFF_ROLES } from "~/domain/permissions";
import { writeAudit } from "~/utils/audit.server";
import { createId, isoIn, sha256Hex } from "~/utils/crypto.server";
import type { Actor } from "./actor";
import { auditableUser } from "./user.server";

type StaffRole = (typeof STAFF_ROLES)[number];

export function listPendingInvites(firmId: string) {
  return getDb()
    .select({
      id: invites.id,
      email: invites.email,
      displayName: invites.displayName,
      role: invites.role,
      expiresAt: invites.expiresAt,
    })
    .from(invites)
    .where(
      and(
        eq(invites.firmId, firmId),
        isNull(invites.acceptedAt),
        isNull(invites.revokedAt),
        gt(invites.expiresAt, new Date().toISOString()),
      ),
    )
    .orderBy(desc(invites.createdAt))
    .all();
}

export function createInvite(
  actor: Actor,
  input: { email: string; displayName: string; role: StaffRole; token: string; validForHours: number },
): string {
  const inviteId = createId();
  getDb().transaction((tx) => {
    tx.insert(invites)
      .values({
        id: inviteId,
        firmId: actor.firmId,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        tokenHash: sha256Hex(input.token),
        expiresAt: isoIn(input.validForHours * 3600_000),
        createdBy: actor.id,
      })
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "invite.created",
      entityType: "invite",
      entityId: inviteId,
      after: { email: input.email, displayName: input.displayName, role: input.role },
      ip: actor.ip ?? null,
    });
  });
  return inviteId;
}

export function revokeInvite(actor: Actor, inviteId: string): { email: string } | null {
  return getDb().transaction((tx) => {
    const inv = tx
      .select()
      .from(invites)
      .where(and(eq(invites.id, inviteId), eq(invites.firmId, actor.firmId)))
      .get();
    if (!inv) return null;
    tx.update(invites).set({ revokedAt: new Date().toISOString() }).where(eq(invites.id, inv.id)).run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "invite.revoked",
      entityType: "invite",
      entityId: inv.id,
      before: { email: inv.email, role: inv.role },
      ip: actor.ip ?? null,
    });
    return { email: inv.email };
  });
}

export type StaffChange =
  { ok: true; target: User } | { ok: false; reason: "not-found" | "last-admin" | "self" };

function activeAdmins(tx: Tx, firmId: string): number {
  return (
    tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.firmId, firmId), eq(users.role, "admin"), eq(users.active, true)))
      .get()?.n ?? 0
  );
}

function staffMember(tx: Tx, firmId: string, userId: string): User | undefined {
  const u = tx
    .select()
    .from(users)
    .where(and(eq(users.firmId, firmId), eq(users.id, userId)))
    .get();
  return u && u.role !== "client" ? u : undefined;
}

/** Gives a staff member another role; refused when it would leave the firm without an active admin. */
export function changeStaffRole(actor: Actor, userId: string, role: StaffRole): StaffChange {
  return getDb().transaction(
    (tx): StaffChange => {
      const target = staffMember(tx, actor.firmId, userId);
      if (!target) return { ok: false, reason: "not-found" };
      if (target.role === "admin" && role !== "admin" && target.active && activeAdmins(tx, actor.firmId) <= 1)
        return { ok: false, reason: "last-admin" };
      tx.update(users)
        .set({ role, updatedAt: new Date().toISOString() })
        .where(and(eq(users.id, target.id), eq(users.firmId, actor.firmId)))
        .run();
      writeAudit(tx, {
        firmId: actor.firmId,
        actorUserId: actor.id,
        action: "user.role_changed",
        entityType: "user",
        entityId: target.id,
        before: { role: target.role },
        after: { role },
        ip: actor.ip ?? null,
      });
      return { ok: true, target };
    },
    { behavior: "immediate" },
  );
}

/** Stops a staff member signing in (the caller ends their sessions); never oneself, never the last admin. */
export function deactivateStaff(actor: Actor, userId: string): StaffChange {
  return getDb().transaction(
    (tx): StaffChange => {
      const target = staffMember(tx, actor.firmId, userId);
      if (!target) return { ok: false, reason: "not-found" };
      if (target.id === actor.id) return { ok: false, reason: "self" };
      if (target.role === "admin" && target.active && activeAdmins(tx, actor.firmId) <= 1)
        return { ok: false, reason: "last-admin" };
      tx.update(users)
        .set({ active: false, updatedAt: new Date().toISOString() })
        .where(eq(users.id, target.id))
        .run();
      writeAudit(tx, {
        firmId: actor.firmId,
        actorUserId: actor.id,
        action: "user.deactivated",
        entityType: "user",
        entityId: target.id,
        before: auditableUser(target),
        after: { active: false },
        ip: actor.ip ?? null,
      });
      return { ok: true, target };
    },
    { behavior: "immediate" },
  );
}

export function reactivateStaff(actor: Actor, userId: string): StaffChange {
  return getDb().transaction((tx): StaffChange => {
    const target = staffMember(tx, actor.firmId, userId);
    if (!target) return { ok: false, reason: "not-found" };
    tx.update(users)
      .set({ active: true, updatedAt: new Date().toISOString() })
      .where(eq(users.id, target.id))
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "user.reactivated",
      entityType: "user",
      entityId: target.id,
      before: { active: false },
      after: { active: true },
      ip: actor.ip ?? null,
    });
    return { ok: true, target };
  });
}
