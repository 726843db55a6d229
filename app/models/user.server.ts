import { and, eq, sql } from "drizzle-orm";
import { getDb } from "#db/client";
import { firms, users, type User } from "#db/schema";

export function hasAnyFirm(): boolean {
  return Boolean(getDb().select({ id: firms.id }).from(firms).limit(1).get());
}

export function findUserByLogin(identifier: { kind: "email" | "phone"; value: string }): User | undefined {
  const col = identifier.kind === "email" ? users.email : users.phone;
  return getDb().select().from(users).where(eq(col, identifier.value)).get();
}

export function listFirmStaff(firmId: string) {
  return getDb()
    .select({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      role: users.role,
      active: users.active,
      totpEnabledAt: users.totpEnabledAt,
      createdAt: users.createdAt,
      sessionCount: sql<number>`(select count(*) from sessions s where s.user_id = ${users.id} and s.expires_at > unixepoch())`,
    })
    .from(users)
    .where(and(eq(users.firmId, firmId), sql`${users.role} <> 'client'`))
    .orderBy(users.displayName)
    .all();
}

export function emailInUse(email: string): boolean {
  return Boolean(getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get());
}

/** What the audit log may record of a user (no hashes, no secrets). */
export function auditableUser(u: Pick<User, "id" | "email" | "displayName" | "role" | "active">) {
  return { id: u.id, email: u.email, displayName: u.displayName, role: u.role, active: u.active };
}
