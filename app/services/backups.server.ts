import fs from "node:fs";
import path from "node:path";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { databasePath, getDb, getSqlite } from "#db/client";
import { backupFilesDir, backupTo, BACKUP_DIR_MODE, BACKUP_FILE_MODE, filesDirFor } from "#db/backup";
import { auditLog, backups, firms, users } from "#db/schema";
import { writeAudit } from "~/utils/audit.server";
import { createId } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";

// Scheduled online backups (default daily, the last 14 kept), each recorded with its size and the
// integrity check of the copy. BACKUP_DIR, BACKUP_KEEP, BACKUP_INTERVAL_HOURS configure it. Each backup is
// the database file and, beside it in `<file>.files/`, the case documents' files it names (db/backup.ts).
//
// A backup is a copy of the whole installation (every firm in the file), so it is the operator's
// concern, not any one firm's (ADR 014): files 0600 in a 0700 directory, audited at installation level
// (audit rows with no firm), and shown on the web only to the admins of the operator's firm.
export function backupDir(): string {
  return path.resolve(env.backupDir ?? path.join(path.dirname(databasePath()), "backups"));
}

/**
 * The firm whose admins act as the installation's operator on the web, or null (backups then live on
 * the command line only). BACKUP_OPERATOR_FIRM=<slug> names it; =none gives the web no part in
 * backups; unset, the operator firm is the installation's only firm, and there is none once a second
 * firm exists.
 */
export function backupOperatorFirmId(): string | null {
  const setting = env.backupOperatorFirm;
  const db = getDb();
  if (setting === "none") return null;
  if (setting)
    return db.select({ id: firms.id }).from(firms).where(eq(firms.slug, setting)).get()?.id ?? null;
  const rows = db.select({ id: firms.id }).from(firms).limit(2).all();
  return rows.length === 1 ? rows[0]!.id : null;
}

export function isBackupOperator(user: { firmId: string }): boolean {
  const firmId = backupOperatorFirmId();
  return firmId !== null && firmId === user.firmId;
}

export type BackupActor = { userId: string | null; ip: string | null };

/** Tightens the directory and any file already in it (older versions left them 0755 and 0644). */
function secureDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: BACKUP_DIR_MODE });
  fs.chmodSync(dir, BACKUP_DIR_MODE);
  for (const f of fs.readdirSync(dir)) {
    if (/^casewatch-.*\.db(\.partial)?$/.test(f)) fs.chmodSync(path.join(dir, f), BACKUP_FILE_MODE);
  }
}

export async function runBackup(
  kind: "scheduled" | "manual",
  actor: BackupActor = { userId: null, ip: null },
): Promise<{ id: string; ok: boolean; error?: string }> {
  const id = createId();
  const startedAt = new Date().toISOString();
  const dir = backupDir();
  const file = path.join(dir, `casewatch-${startedAt.replace(/[:.]/g, "-")}.db`);
  const db = getDb();
  // Installation level: firmId null, so no firm's audit page lists it; the operator sees it beside the backups.
  const audit = (
    tx: Parameters<typeof writeAudit>[0],
    action: "backup.started" | "backup.taken" | "backup.failed",
    after: Record<string, unknown>,
  ) =>
    writeAudit(tx, {
      firmId: null,
      actorUserId: actor.userId,
      action,
      entityType: "backup",
      entityId: id,
      after: { kind, ...after },
      ip: actor.ip,
    });
  db.transaction((tx) => {
    tx.insert(backups).values({ id, kind, file, startedAt }).run();
    audit(tx, "backup.started", { file });
  });
  try {
    secureDir(dir);
    const r = await backupTo(getSqlite(), file, { filesDir: filesDirFor(databasePath()) });
    db.transaction((tx) => {
      tx.update(backups)
        .set({
          sizeBytes: r.sizeBytes,
          integrity: r.integrity,
          schemaVersion: r.schemaVersion,
          finishedAt: new Date().toISOString(),
        })
        .where(eq(backups.id, id))
        .run();
      audit(tx, "backup.taken", {
        ok: true,
        sizeBytes: r.sizeBytes,
        integrity: r.integrity,
        files: r.files.count,
        filesBytes: r.files.bytes,
      });
    });
    prune();
    return { id, ok: true };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    db.transaction((tx) => {
      tx.update(backups)
        .set({ error: error.slice(0, 500), finishedAt: new Date().toISOString() })
        .where(eq(backups.id, id))
        .run();
      audit(tx, "backup.failed", { ok: false, error: error.slice(0, 500) });
    });
    return { id, ok: false, error };
  }
}

function prune() {
  const keep = env.backupKeep;
  const dir = backupDir();
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^casewatch-.*\.db$/.test(f))
    .sort();
  for (const f of files.slice(0, Math.max(0, files.length - keep))) {
    // The .db first: a .db whose files were removed would look like a backup that restore then refuses.
    fs.rmSync(path.join(dir, f), { force: true });
    fs.rmSync(backupFilesDir(path.join(dir, f)), { recursive: true, force: true });
  }
  // A files directory left without its .db (a prune interrupted), or a partial one a day old (a backup
  // that crashed; a younger one may be another backup's, in progress), is removed too.
  for (const f of fs.readdirSync(dir)) {
    const m = /^(casewatch-.*\.db)\.files(\.partial)?$/.exec(f);
    if (!m) continue;
    const stale = m[2]
      ? Date.now() - fs.statSync(path.join(dir, f)).mtimeMs > 24 * 3600_000
      : !fs.existsSync(path.join(dir, m[1]!)) && !fs.existsSync(path.join(dir, `${m[1]!}.partial`));
    if (stale) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
  }
}

export function listBackups() {
  return getDb()
    .select()
    .from(backups)
    .orderBy(desc(backups.startedAt))
    .limit(30)
    .all()
    .map((b) => ({
      ...b,
      present: fs.existsSync(b.file),
      filesPresent: fs.existsSync(backupFilesDir(b.file)),
    }));
}

/** The installation-level audit entries about backups (no firm's), newest first. */
export function installationBackupAudit(limit = 30) {
  const where = and(isNull(auditLog.firmId), eq(auditLog.entityType, "backup"));
  const rows = getDb()
    .select({
      id: auditLog.id,
      action: auditLog.action,
      actor: users.displayName,
      entityId: auditLog.entityId,
      after: auditLog.after,
      at: auditLog.at,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
  const total = getDb().select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return { rows, total };
}

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | null = null;

export function startScheduledBackups(log: (msg: string, o: object) => void): void {
  const hours = env.backupIntervalHours;
  if (!(hours > 0)) return;
  const last = getDb()
    .select({ startedAt: backups.startedAt })
    .from(backups)
    .where(eq(backups.kind, "scheduled"))
    .orderBy(desc(backups.startedAt))
    .limit(1)
    .get();
  const dueIn = last
    ? Math.max(60_000, Date.parse(last.startedAt) + hours * 3600_000 - Date.now())
    : 5 * 60_000;
  const tick = () => {
    if (running) return;
    running = runBackup("scheduled")
      .then((r) => log(r.ok ? "scheduled backup taken" : "scheduled backup failed", r))
      .finally(() => (running = null));
  };
  timer = setTimeout(() => {
    tick();
    timer = setInterval(tick, hours * 3600_000);
    timer.unref();
  }, dueIn);
  timer.unref();
}

export async function stopScheduledBackups(): Promise<void> {
  if (timer) clearTimeout(timer);
  await running;
}
