// Online backups and checked restores of the SQLite file (no app imports: usable from the CLI).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS_DIR } from "./client";

/** How many migrations this version of the app knows: the schema version a backup must not exceed. */
export function appSchemaVersion(migrationsDir = MIGRATIONS_DIR): number {
  const dir = fs.existsSync(path.join(migrationsDir, "meta/_journal.json"))
    ? migrationsDir
    : path.resolve("migrations");
  const journal = JSON.parse(fs.readFileSync(path.join(dir, "meta/_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

export type Check = { ok: true; integrity: string; schemaVersion: number } | { ok: false; reason: string };

/** Opens a file read-only and checks it is a sound Casewatch database no newer than this app. */
export function checkDatabaseFile(file: string): Check {
  if (!fs.existsSync(file)) return { ok: false, reason: `No file at ${file}.` };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
    if (integrity !== "ok")
      return { ok: false, reason: `The file failed SQLite's integrity check: ${integrity.slice(0, 300)}` };
    const hasMigrations = db
      .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
      .get();
    if (!hasMigrations)
      return {
        ok: false,
        reason: "The file is a SQLite database but not a Casewatch one (it has no migration history).",
      };
    const schemaVersion = (
      db.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }
    ).n;
    const known = appSchemaVersion();
    if (schemaVersion > known)
      return {
        ok: false,
        reason: `The backup was made by a newer Casewatch (schema version ${schemaVersion}; this one knows ${known}). Upgrade Casewatch before restoring it.`,
      };
    return { ok: true, integrity, schemaVersion };
  } catch (e) {
    return {
      ok: false,
      reason: `The file could not be read as a SQLite database: ${e instanceof Error ? e.message : String(e)}`,
    };
  } finally {
    db?.close();
  }
}

/**
 * Copies a live database with SQLite's online backup API (readers and writers carry on), then checks
 * the copy. The copy is written beside the target and renamed into place, so a half-written backup
 * never has the final name.
 */
/** A backup holds every firm's records: readable by the account that runs Casewatch only. */
export const BACKUP_FILE_MODE = 0o600;
export const BACKUP_DIR_MODE = 0o700;

export async function backupTo(
  source: Database.Database,
  dest: string,
): Promise<{ sizeBytes: number; integrity: string; schemaVersion: number }> {
  // A directory made here is the owner's alone; one that exists already is left as its owner set it.
  fs.mkdirSync(path.dirname(path.resolve(dest)), { recursive: true, mode: BACKUP_DIR_MODE });
  const tmp = `${dest}.partial`;
  fs.rmSync(tmp, { force: true });
  // Made empty with 0600 before SQLite writes into it, so the copy is never readable by others, not
  // even while it is written (SQLite keeps an existing file's mode, and gives its journal the same).
  fs.closeSync(fs.openSync(tmp, "wx", BACKUP_FILE_MODE));
  fs.chmodSync(tmp, BACKUP_FILE_MODE);
  // After the first step, copy everything left in one step: a step that is interrupted by a write from
  // another connection starts over, and on a busy server small steps could start over forever.
  await source.backup(tmp, { progress: () => 1_000_000_000 });
  const check = checkDatabaseFile(tmp);
  if (!check.ok) {
    fs.rmSync(tmp, { force: true });
    throw new Error(check.reason);
  }
  // The read-only check of a WAL-mode copy leaves an empty -wal and an -shm beside it: nothing to keep.
  for (const suffix of ["-wal", "-shm"]) {
    const side = `${tmp}${suffix}`;
    if (fs.existsSync(side) && (suffix === "-shm" || fs.statSync(side).size === 0))
      fs.rmSync(side, { force: true });
  }
  fs.chmodSync(tmp, BACKUP_FILE_MODE);
  fs.renameSync(tmp, dest);
  return {
    sizeBytes: fs.statSync(dest).size,
    integrity: check.integrity,
    schemaVersion: check.schemaVersion,
  };
}

/** The pid file a running server keeps beside its database; restore refuses while it is alive. */
export function pidFileFor(dbFile: string): string {
  return `${dbFile}.server.pid`;
}

export function serverRunning(dbFile: string): number | null {
  const pidFile = pidFileFor(dbFile);
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Replaces a stopped instance's database with a checked backup. The old file is kept beside it. */
export function restoreFrom(
  backupFile: string,
  dbFile: string,
): { ok: true; keptOld: string | null } | { ok: false; reason: string } {
  const running = serverRunning(dbFile);
  if (running)
    return {
      ok: false,
      reason: `A Casewatch server (pid ${running}) is running on ${dbFile}. Stop it first, then restore.`,
    };
  const check = checkDatabaseFile(backupFile);
  if (!check.ok) return { ok: false, reason: check.reason };
  fs.mkdirSync(path.dirname(path.resolve(dbFile)), { recursive: true });
  let keptOld: string | null = null;
  if (fs.existsSync(dbFile)) {
    keptOld = `${dbFile}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    // Fold the old WAL into its file first so what is kept is whole.
    try {
      const old = new Database(dbFile);
      old.pragma("wal_checkpoint(TRUNCATE)");
      old.close();
    } catch {
      /* a damaged old file is kept as it is */
    }
    fs.renameSync(dbFile, keptOld);
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${dbFile}${suffix}`, { force: true });
  const tmp = `${dbFile}.restoring`;
  fs.copyFileSync(backupFile, tmp);
  fs.renameSync(tmp, dbFile);
  return { ok: true, keptOld };
}
