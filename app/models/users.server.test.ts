import { spawn } from "node:child_process";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databasePath, getDb, openSqlite } from "#db/client";
import { auditLog, invites, users } from "#db/schema";
import { makeFirm, makeUser } from "~/test/fixtures";
import {
  changeStaffRole,
  createInvite,
  deactivateStaff,
  listPendingInvites,
  reactivateStaff,
  revokeInvite,
} from "./users.server";

const activeAdmins = (firmId: string) =>
  getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.firmId, firmId), eq(users.role, "admin"), eq(users.active, true)))
    .all().length;

const auditOf = (entityId: string) =>
  getDb().select().from(auditLog).where(eq(auditLog.entityId, entityId)).all();

/** Runs app/test/demote-child.ts in its own process; resolves with its lines once it has said "ready". */
function demoteInAnotherProcess(firmId: string, actorId: string, targetId: string) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.resolve("app/test/demote-child.ts"), databasePath(), firmId, actorId, targetId],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  let markReady: () => void;
  const ready = new Promise<void>((r) => (markReady = r));
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes("ready\n")) markReady();
  });
  const done = new Promise<{ ok: boolean; reason?: string }>((resolve, reject) =>
    child.on("exit", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || last === "ready") reject(new Error(`child exited ${code}: ${out}`));
      else resolve(JSON.parse(last) as { ok: boolean; reason?: string });
    }),
  );
  return { ready, done };
}

describe("the firm keeps an active admin", () => {
  it("refuses to demote or deactivate the last admin, and audits what it does", async () => {
    const firm = makeFirm();
    const a = await makeUser(firm, "admin");
    const lawyer = await makeUser(firm, "lawyer");
    const actor = { id: a.id, firmId: firm };
    expect(changeStaffRole(actor, a.id, "lawyer")).toEqual({ ok: false, reason: "last-admin" });
    expect(deactivateStaff(actor, a.id)).toEqual({ ok: false, reason: "self" });
    expect(changeStaffRole(actor, "nobody", "lawyer")).toEqual({ ok: false, reason: "not-found" });
    expect(changeStaffRole(actor, lawyer.id, "paralegal").ok).toBe(true);
    expect(auditOf(lawyer.id).map((e) => e.action)).toEqual(["user.role_changed"]);
    expect(deactivateStaff(actor, lawyer.id).ok).toBe(true);
    expect(reactivateStaff(actor, lawyer.id).ok).toBe(true);
    expect(auditOf(lawyer.id).map((e) => e.action)).toEqual([
      "user.role_changed",
      "user.deactivated",
      "user.reactivated",
    ]);
    expect(activeAdmins(firm)).toBe(1);
  });

  it("does not touch another firm's users", async () => {
    const firm = makeFirm();
    const other = makeFirm();
    const a = await makeUser(firm, "admin");
    const stranger = await makeUser(other, "lawyer");
    const actor = { id: a.id, firmId: firm };
    expect(changeStaffRole(actor, stranger.id, "admin")).toEqual({ ok: false, reason: "not-found" });
    expect(deactivateStaff(actor, stranger.id)).toEqual({ ok: false, reason: "not-found" });
    expect(reactivateStaff(actor, stranger.id)).toEqual({ ok: false, reason: "not-found" });
  });

  it("two admins demoting each other at the same moment, in two processes, leave one admin", async () => {
    const firm = makeFirm();
    const a = await makeUser(firm, "admin");
    const b = await makeUser(firm, "admin");
    // Hold the database's write lock so both requests start and stop at the same point; an admin count
    // read before the write lock would see two admins in both, and both demotions would pass.
    const holder = openSqlite(databasePath());
    holder.exec("BEGIN IMMEDIATE");
    const first = demoteInAnotherProcess(firm, a.id, b.id);
    const second = demoteInAnotherProcess(firm, b.id, a.id);
    try {
      await Promise.all([first.ready, second.ready]);
      await new Promise((r) => setTimeout(r, 400));
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    const results = await Promise.all([first.done, second.done]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "last-admin" }]);
    expect(activeAdmins(firm)).toBe(1);
  }, 30_000);
});

describe("invitations", () => {
  it("lists an open invitation of the firm only, and revokes it with an audit entry", async () => {
    const firm = makeFirm();
    const a = await makeUser(firm, "admin");
    const actor = { id: a.id, firmId: firm };
    const id = createInvite(actor, {
      email: "new@test.invalid",
      displayName: "New Person",
      role: "paralegal",
      token: "t",
      validForHours: 72,
    });
    expect(listPendingInvites(firm).map((i) => i.id)).toEqual([id]);
    expect(listPendingInvites(makeFirm())).toEqual([]);
    expect(revokeInvite({ id: a.id, firmId: makeFirm() }, id)).toBeNull();
    expect(revokeInvite(actor, id)).toEqual({ email: "new@test.invalid" });
    expect(listPendingInvites(firm)).toEqual([]);
    expect(getDb().select().from(invites).where(eq(invites.id, id)).get()?.revokedAt).toBeTruthy();
    expect(auditOf(id).map((e) => e.action)).toEqual(["invite.created", "invite.revoked"]);
  });
});
