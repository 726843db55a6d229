import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { env } from "../app/utils/env.server";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../migrations");

export function databasePath(): string {
  return env.databasePath;
}

/** Opens a SQLite file with the settings legal records need. */
export function openSqlite(file: string): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a committed write survives a power cut, not only a process crash.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${env.sqliteBusyTimeoutMs}`);
  // SQLite's default page cache is 2 MB: at 100,000 clients (a 1.5 GB file) every list read its rows
  // from the OS again. 64 MB keeps a big firm's hot pages; it grows only as pages are read (a small
  // firm's whole file is less). docs/performance.md.
  sqlite.pragma(`cache_size = ${-1024 * env.sqliteCacheMb}`);
  return sqlite;
}

export function runMigrations(file = databasePath()): void {
  const sqlite = openSqlite(file);
  // Data steps of migrations that SQLite's own SQL cannot do (hashing stored tokens, migration 0011).
  sqlite.function("casewatch_sha256_hex", { deterministic: true }, (value: unknown) =>
    typeof value === "string" ? createHash("sha256").update(value, "utf8").digest("hex") : null,
  );
  try {
    migrate(drizzle(sqlite, { schema }), { migrationsFolder: migrationsDir() });
  } finally {
    sqlite.close();
  }
}

// In the server build this file is bundled into build/server, so the path above points elsewhere;
// fall back to the working directory, which is the project root for every npm script.
function migrationsDir(): string {
  if (fs.existsSync(path.join(MIGRATIONS_DIR, "meta/_journal.json"))) return MIGRATIONS_DIR;
  return path.resolve("migrations");
}

type Handle = { file: string; sqlite: Database.Database; db: Db };
const globalForDb = globalThis as unknown as { __casewatchDb?: Handle };

/**
 * Keeps the query planner's statistics (sqlite_stat1) current: SQLite analyses again a table whose size
 * changed a lot since, or one with an index never analysed (a migration that rebuilds an index drops its
 * statistics, and the planner then guessed "a few rows per firm" and walked the whole name index for
 * the dashboard: 216 ms instead of 12 at 100,000 clients). Cheap when nothing changed; 0.24 s at
 * 100,000 clients when the clients table must be analysed. At start (all tables) and hourly.
 */
export function optimizeDb(atStart = false): void {
  getSqlite().pragma(atStart ? "optimize=0x10002" : "optimize");
}

/** The one database handle of this process (survives dev reloads). */
export function getDb(): Db {
  return getHandle().db;
}

export function getSqlite(): Database.Database {
  return getHandle().sqlite;
}

function getHandle(): Handle {
  const file = databasePath();
  const existing = globalForDb.__casewatchDb;
  if (existing && existing.file === file && existing.sqlite.open) return existing;
  const sqlite = openSqlite(file);
  const handle = { file, sqlite, db: drizzle(sqlite, { schema }) };
  globalForDb.__casewatchDb = handle;
  return handle;
}

export function closeDb(): void {
  const h = globalForDb.__casewatchDb;
  if (h?.sqlite.open) {
    h.sqlite.pragma("wal_checkpoint(TRUNCATE)");
    h.sqlite.close();
  }
  globalForDb.__casewatchDb = undefined;
}

const statements = new Map<string, { db: Database.Database; stmt: Database.Statement }>();

/**
 * A prepared statement on the current connection, kept for reuse. For hot paths (ingesting thousands
 * of articles) where building each query through drizzle costs more than running it.
 */
export function prepared(sqlText: string): Database.Statement {
  const db = getSqlite();
  const hit = statements.get(sqlText);
  if (hit && hit.db === db) return hit.stmt;
  const stmt = db.prepare(sqlText);
  statements.set(sqlText, { db, stmt });
  return stmt;
}
