// The signed-in user's own account, as the settings pages change it: their name, their password and
// their sessions. Each change is audited in the transaction that makes it.
import { and, eq } from "drizzle-orm";
import { getDb } from "#db/client";
import { sessions, users } from "#db/schema";
import { writeAudit } from "~/utils/audit.server";
import { endOtherSessions } from "~/utils/session.server";
import type { Actor } from "./actor";

export function changeOwnName(actor: Actor, before: string, displayName: string): void {
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ displayName, updatedAt: new Date().toISOString() })
      .where(eq(users.id, actor.id))
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "user.profile_changed",
      entityType: "user",
      entityId: actor.id,
      before: { displayName: before },
      after: { displayName },
      ip: actor.ip ?? null,
    });
  });
}

export function passwordHashOf(userId: string): string | null {
  return (
    getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()
      ?.passwordHash ?? null
  );
}

/** Stores the new password's hash. The caller signs out the account's other sessions. */
export function changeOwnPassword(actor: Actor, passwordHash: string): void {
  const now = new Date().toISOString();
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, actor.id))
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "auth.password_changed",
      entityType: "user",
      entityId: actor.id,
      ip: actor.ip ?? null,
    });
  });
}

/** Signs out every session of the actor's but the one given (the browser asking). */
export function endOwnOtherSessions(actor: Actor, keepSessionId: string): void {
  endOtherSessions(actor.id, keepSessionId);
  writeAudit(getDb(), {
    firmId: actor.firmId,
    actorUserId: actor.id,
    action: "auth.session_ended",
    entityType: "user",
    entityId: actor.id,
    after: { scope: "all others" },
    ip: actor.ip ?? null,
  });
}

/** Signs out one of the actor's own sessions; `current` says whether it is the one asking. */
export function endOwnSession(actor: Actor, sessionId: string, current: boolean): void {
  const db = getDb();
  db.delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, actor.id)))
    .run();
  writeAudit(db, {
    firmId: actor.firmId,
    actorUserId: actor.id,
    action: "auth.session_ended",
    entityType: "user",
    entityId: actor.id,
    after: { scope: current ? "this one" : "one other" },
    ip: actor.ip ?? null,
  });
}
