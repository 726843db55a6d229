import fs from "node:fs";
import path from "node:path";
import { desc, eq } from "drizzle-orm";
import { databasePath, getDb, getSqlite } from "#db/client";
import { backupTo } from "#db/backup";
import { backups } from "#db/schema";
import { createId } from "~/utils/crypto.server";

// Scheduled online backups (default daily, the last 14 kept), each recorded with its size and the
// integrity check of the copy. BACKUP_DIR, BACKUP_KEEP, BACKUP_INTERVAL_HOURS configure it.
export function backupDir(): string {
  return path.resolve(process.env.BACKUP_DIR ?? path.join(path.dirname(databasePath()), "backups"));
}

export async function runBackup(kind: "scheduled" | "manual"): Promise<{ id: string; ok: boolean; error?: string }> {
  const id = createId();
  const startedAt = new Date().toISOString();
  const file = path.join(backupDir(), `casewatch-${startedAt.replace(/[:.]/g, "-")}.db`);
  const db = getDb();
  db.insert(backups).values({ id, kind, file, startedAt }).run();
  try {
    const r = await backupTo(getSqlite(), file);
    db.update(backups).set({ sizeBytes: r.sizeBytes, integrity: r.integrity, schemaVersion: r.schemaVersion, finishedAt: new Date().toISOString() }).where(eq(backups.id, id)).run();
    prune();
    return { id, ok: true };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    db.update(backups).set({ error: error.slice(0, 500), finishedAt: new Date().toISOString() }).where(eq(backups.id, id)).run();
    return { id, ok: false, error };
  }
}

function prune() {
  const keep = Number(process.env.BACKUP_KEEP ?? 14);
  const dir = backupDir();
  const files = fs.readdirSync(dir).filter((f) => /^casewatch-.*\.db$/.test(f)).sort();
  for (const f of files.slice(0, Math.max(0, files.length - keep))) fs.rmSync(path.join(dir, f), { force: true });
}

export function listBackups() {
  return getDb().select().from(backups).orderBy(desc(backups.startedAt)).limit(30).all().map((b) => ({ ...b, present: fs.existsSync(b.file) }));
}

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | null = null;

export function startScheduledBackups(log: (msg: string, o: object) => void): void {
  const hours = Number(process.env.BACKUP_INTERVAL_HOURS ?? 24);
  if (!(hours > 0)) return;
  const last = getDb().select({ startedAt: backups.startedAt }).from(backups).where(eq(backups.kind, "scheduled")).orderBy(desc(backups.startedAt)).limit(1).get();
  const dueIn = last ? Math.max(60_000, Date.parse(last.startedAt) + hours * 3600_000 - Date.now()) : 5 * 60_000;
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
