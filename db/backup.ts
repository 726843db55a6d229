// Online backups and checked restores of the SQLite file and the case documents' files it names (no app
// imports but the settings module, which imports nothing: usable from the CLI).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { env } from "../app/utils/env.server";
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

// ---- The documents' files ----
// The layout is the local file store's (app/services/file-store.server.ts): `<root>/<first two hex digits
// of the hash>/<SHA-256 of the content>`, files 0600 in 0700 directories.

const SHA256 = /^[0-9a-f]{64}$/;

/** Where the documents' files of a database live: FILES_DIR, else `files/` beside it (env.filesDirFor). */
export function filesDirFor(dbFile: string): string {
  return env.filesDirFor(dbFile);
}

/** The files that belong to a backup file: the directory `<backup>.files/` beside it. */
export function backupFilesDir(backupFile: string): string {
  return `${path.resolve(backupFile)}.files`;
}

export function storedFilePath(root: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error("Not a SHA-256 hash.");
  return path.join(root, sha256.slice(0, 2), sha256);
}

/** Every file a database names (deleted documents too: their files are kept until an admin purges them). */
export function referencedFiles(db: Database.Database): Set<string> {
  const hasTable = db
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'documents'")
    .get();
  if (!hasTable) return new Set();
  const rows = db.prepare("select distinct sha256 from documents").pluck().all() as string[];
  return new Set(rows.filter((h) => SHA256.test(h)));
}

function referencedFilesOf(file: string): Set<string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return referencedFiles(db);
  } finally {
    db.close();
  }
}

function listStoredFiles(root: string): string[] {
  const out: string[] = [];
  if (!fs.existsSync(root)) return out;
  for (const shard of fs.readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(shard)) continue;
    for (const name of fs.readdirSync(path.join(root, shard)))
      if (SHA256.test(name) && name.startsWith(shard)) out.push(name);
  }
  return out;
}

function sha256OfFile(file: string): string {
  const hash = createHash("sha256");
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.allocUnsafe(1024 * 1024);
    let n: number;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest("hex");
}

/** Whether the file is there and its content has the hash it is named by. */
function checkStoredFile(root: string, sha256: string): { ok: true; size: number } | { ok: false } {
  const file = storedFilePath(root, sha256);
  try {
    if (!fs.statSync(file).isFile()) return { ok: false };
    return sha256OfFile(file) === sha256 ? { ok: true, size: fs.statSync(file).size } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/**
 * Puts `from/<sha256>` into `to` (a hard link, or a copy across file systems, through a temporary name
 * and a rename), unless it is there already. False when `from` does not have it (and it is not required).
 */
function linkInto(from: string, to: string, sha256: string, { required }: { required: boolean }): boolean {
  const source = storedFilePath(from, sha256);
  const target = storedFilePath(to, sha256);
  if (fs.existsSync(target)) return true;
  if (!fs.existsSync(source)) {
    if (required) throw new Error(`No file ${sha256} in ${from}.`);
    return false;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: BACKUP_DIR_MODE });
  const temp = `${path.dirname(target)}/.${sha256}.${process.pid}.tmp`;
  fs.rmSync(temp, { force: true });
  try {
    fs.linkSync(source, temp);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return false; // removed just now (a purge)
    if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK") throw e;
    fs.copyFileSync(source, temp);
    fs.chmodSync(temp, BACKUP_FILE_MODE);
    const fd = fs.openSync(temp, "r");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
  return true;
}

/** A backup holds every firm's records: readable by the account that runs Casewatch only. */
export const BACKUP_FILE_MODE = 0o600;
export const BACKUP_DIR_MODE = 0o700;

export type BackupResult = {
  sizeBytes: number;
  integrity: string;
  schemaVersion: number;
  /** The documents' files the copy names, all present in `<dest>.files/` with the right hash. */
  files: { count: number; bytes: number; dir: string };
};

/**
 * The backup of a live installation: the database (SQLite's online backup API, checked) and, in
 * `<dest>.files/`, every document file the copy names (hard links into FILES_DIR where it is on the same
 * file system, copies elsewhere), each checked against its hash. Files are named by their content and
 * never change, so a link is as good as a copy; a file removed from FILES_DIR later stays in the backup.
 *
 * Consistency: the files the live database names are linked first, then the database is copied, then any
 * file the copy names that is not linked yet (uploaded meanwhile) is linked, and links the copy does not
 * name (purged meanwhile) are dropped. A file that is named but cannot be found fails the backup.
 */
export async function backupTo(
  source: Database.Database,
  dest: string,
  { filesDir = filesDirFor(source.name) }: { filesDir?: string } = {},
): Promise<BackupResult> {
  // A directory made here is the owner's alone; one that exists already is left as its owner set it.
  fs.mkdirSync(path.dirname(path.resolve(dest)), { recursive: true, mode: BACKUP_DIR_MODE });
  const tmp = `${dest}.partial`;
  const filesTmp = `${backupFilesDir(dest)}.partial`;
  fs.rmSync(tmp, { force: true });
  fs.rmSync(filesTmp, { recursive: true, force: true });
  fs.mkdirSync(filesTmp, { mode: BACKUP_DIR_MODE });
  fs.chmodSync(filesTmp, BACKUP_DIR_MODE);
  try {
    // Before the copy: what the database names now is held by a link even if it is purged meanwhile.
    for (const sha256 of referencedFiles(source)) linkInto(filesDir, filesTmp, sha256, { required: false });
    const { named, ...r } = await backupDatabase(source, tmp);
    let bytes = 0;
    const missing: string[] = [];
    for (const sha256 of named) {
      if (!linkInto(filesDir, filesTmp, sha256, { required: false })) missing.push(sha256);
    }
    if (missing.length)
      throw new Error(
        `${missing.length} document file${missing.length === 1 ? " the database names is" : "s the database names are"} missing from ${filesDir} (${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", …" : ""}). The file store has lost files: restore them from an earlier backup.`,
      );
    for (const sha256 of listStoredFiles(filesTmp)) {
      if (!named.has(sha256)) fs.rmSync(storedFilePath(filesTmp, sha256), { force: true });
    }
    for (const sha256 of named) {
      const check = checkStoredFile(filesTmp, sha256);
      if (!check.ok) throw new Error(`The copy of document file ${sha256} does not match its hash.`);
      bytes += check.size;
    }
    // The files first, then the database: a backup with its final name is complete.
    const filesDest = backupFilesDir(dest);
    fs.rmSync(filesDest, { recursive: true, force: true });
    fs.renameSync(filesTmp, filesDest);
    fs.renameSync(tmp, dest);
    return { ...r, sizeBytes: fs.statSync(dest).size, files: { count: named.size, bytes, dir: filesDest } };
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(filesTmp, { recursive: true, force: true });
    throw e;
  }
}

/**
 * The database part of a backup: SQLite's online backup API (readers and writers carry on), written to
 * `tmp` beside the target and checked; the caller renames it into place, so a half-written backup never
 * has the final name.
 */
async function backupDatabase(
  source: Database.Database,
  tmp: string,
): Promise<{ sizeBytes: number; integrity: string; schemaVersion: number; named: Set<string> }> {
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
  const named = referencedFilesOf(tmp);
  // The read-only check of a WAL-mode copy leaves an empty -wal and an -shm beside it: nothing to keep.
  for (const suffix of ["-wal", "-shm"]) {
    const side = `${tmp}${suffix}`;
    if (fs.existsSync(side) && (suffix === "-shm" || fs.statSync(side).size === 0))
      fs.rmSync(side, { force: true });
  }
  fs.chmodSync(tmp, BACKUP_FILE_MODE);
  return {
    sizeBytes: fs.statSync(tmp).size,
    integrity: check.integrity,
    schemaVersion: check.schemaVersion,
    named,
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

/**
 * Replaces a stopped instance's database with a checked backup, and puts back the documents' files it
 * names from `<backup>.files/` into FILES_DIR (a file already there with the right hash is kept). Nothing
 * is changed unless every named file is at hand, in the backup or in FILES_DIR, with the right hash. The
 * files go in first, then the database: the old database file is kept beside the new one.
 */
export function restoreFrom(
  backupFile: string,
  dbFile: string,
  { filesDir = filesDirFor(dbFile) }: { filesDir?: string } = {},
):
  | { ok: true; keptOld: string | null; files: { restored: number; present: number } }
  | { ok: false; reason: string } {
  const running = serverRunning(dbFile);
  if (running)
    return {
      ok: false,
      reason: `A Casewatch server (pid ${running}) is running on ${dbFile}. Stop it first, then restore.`,
    };
  const check = checkDatabaseFile(backupFile);
  if (!check.ok) return { ok: false, reason: check.reason };
  const fromDir = backupFilesDir(backupFile);
  const named = referencedFilesOf(backupFile);
  const toCopy: string[] = [];
  let present = 0;
  const lacking: string[] = [];
  for (const sha256 of named) {
    if (checkStoredFile(filesDir, sha256).ok) present++;
    else if (checkStoredFile(fromDir, sha256).ok) toCopy.push(sha256);
    else lacking.push(sha256);
  }
  if (lacking.length)
    return {
      ok: false,
      reason: `The backup names ${lacking.length} document file${lacking.length === 1 ? "" : "s"} found neither in ${fromDir} nor in ${filesDir} with the right content (${lacking.slice(0, 3).join(", ")}${lacking.length > 3 ? ", …" : ""}). Restore from a backup taken with its files (a directory ending in .files beside the .db).`,
    };
  fs.mkdirSync(filesDir, { recursive: true, mode: BACKUP_DIR_MODE });
  for (const sha256 of toCopy) {
    // A damaged file of that name in the store (its content no longer matching its name) is replaced.
    fs.rmSync(storedFilePath(filesDir, sha256), { force: true });
    linkInto(fromDir, filesDir, sha256, { required: true });
  }
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
  return { ok: true, keptOld, files: { restored: toCopy.length, present } };
}
