import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { getTableConfig, SQLiteTable, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import yazl from "yazl";
import { z } from "zod";
import { databasePath, MIGRATIONS_DIR } from "#db/client";
import * as schema from "#db/schema";

// The complete export of one firm (docs/export.md, ADR 016). What goes in is read from the drizzle
// schema: every table holding a firm_id, or hanging off a table that does, is exported unless the plan
// below says why not; columns are left out only where the plan lists them. A test fails when the
// schema gains a table or a column that looks like a reference and the plan does not mention it.

export const EXPORT_FORMAT = "casewatch-firm-export";
export const EXPORT_FORMAT_VERSION = 1;

/** Tables left out, each with the reviewed reason. */
export const EXCLUDED_TABLES: Record<string, string> = {
  sessions: "sign-in sessions are secrets of this server; users sign in again after an import",
  login_challenges: "half-finished sign-ins with a second factor owed: short-lived secrets",
  recovery_codes: "hashes of two-factor recovery codes: secrets",
  password_resets: "hashes of one-time reset links: secrets; an import makes new ones",
  auth_failures: "rate-limit counters of this server, not firm data",
  backups: "the installation's own backup records, not a firm's",
  mail_messages: "the local mailbox: bodies hold one-time links (resets, invites, portal)",
  calendar_feeds: "only the hash of each private feed URL is kept: useless elsewhere; staff make a new feed",
  sms_settings: "the SMS provider token is encrypted with this installation's key; an admin enters it again",
  notification_outbox:
    "the delivery queue; reminders due are rebuilt from the check-ins after an import (bodies can hold links)",
  client_deadlines: "derived from the removal history and closures; recomputed after an import",
  client_nationalities: "a lookup copy of clients.nationalities; rebuilt after an import",
  client_name_tokens: "search words derived from the client's names; rebuilt after an import",
  client_search_map: "rowids of this database's full-text index; rebuilt after an import",
  client_creation_keys: "double-submit keys of new-client forms, useful only for minutes",
  import_uploads: "CSV files held between the steps of a client import; the clients they made are exported",
};

/** Columns left out of exported tables, with the reason; `fill` is what an import stores instead. */
export const EXCLUDED_COLUMNS: Record<
  string,
  Record<string, { reason: string; fill: "null" | "dead-token" }>
> = {
  users: {
    password_hash: { reason: "password hashes never leave; users set a new password", fill: "null" },
    totp_secret: { reason: "two-factor secrets never leave; users enrol again", fill: "null" },
    totp_enabled_at: { reason: "meaningless without the secret", fill: "null" },
    totp_last_step: { reason: "belongs to the secret", fill: "null" },
  },
  invites: {
    token_hash: {
      reason: "hash of a one-time link; the import stores a hash nobody holds",
      fill: "dead-token",
    },
  },
  portal_invites: {
    token_hash: {
      reason: "hash of a one-time link; the import stores a hash nobody holds",
      fill: "dead-token",
    },
  },
};

/**
 * Columns that hold another row's id without a declared foreign key. Each is remapped with the rows of
 * the export; "any" columns hold the id of a row of the table named beside them (audit entries).
 */
export const UNDECLARED_REFERENCES: Record<string, Record<string, string>> = {
  alert_matches: { alert_id: "alerts", client_id: "clients", reviewed_by: "users" },
  check_ins: { next_check_in_id: "check_ins" },
  hearing_postponements: {},
  clients: { reminder_consent_by: "users-or-word" },
  audit_log: { entity_id: "any" },
};

/** Tables without a firm_id, exported through the parent that has one. */
const VIA_PARENT: Record<string, { column: string; parent: string }> = {
  alert_matches: { column: "alert_id", parent: "alerts" },
  alert_reads: { column: "alert_id", parent: "alerts" },
  hearing_postponements: { column: "hearing_id", parent: "hearings" },
  travel_document_events: { column: "document_id", parent: "travel_documents" },
};

export type ColumnPlan = {
  name: string;
  type: "text" | "integer" | "boolean" | "json";
  notNull: boolean;
  enumValues?: readonly string[];
  /** The table this column points at (declared or undeclared), or "firm" for firm_id. */
  references?: string;
  primaryId: boolean;
};

export type TablePlan = {
  name: string;
  file: string;
  columns: ColumnPlan[];
  omitted: string[];
  /** SQL selecting the firm's rows (one parameter: the firm id). */
  where: string;
};

function columnType(c: SQLiteColumn): ColumnPlan["type"] {
  if (c.columnType === "SQLiteBoolean") return "boolean";
  if (c.columnType === "SQLiteInteger") return "integer";
  if (c.columnType === "SQLiteTextJson") return "json";
  if (c.columnType === "SQLiteText") return "text";
  throw new Error(`Column type ${c.columnType} of ${c.name} is not handled by the firm export`);
}

export function schemaTables(): SQLiteTable[] {
  return (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable));
}

let cachedPlan: TablePlan[] | undefined;

/** The exported tables, in an order where a parent comes before the rows that point at it. */
export function exportPlan(): TablePlan[] {
  if (cachedPlan) return cachedPlan;
  const plans: TablePlan[] = [];
  for (const table of schemaTables()) {
    const cfg = getTableConfig(table);
    if (EXCLUDED_TABLES[cfg.name]) continue;
    const names = new Set(cfg.columns.map((c) => c.name));
    const declared = new Map<string, string>();
    for (const fk of cfg.foreignKeys) {
      const ref = fk.reference();
      if (ref.columns.length === 1 && ref.columns[0])
        declared.set(ref.columns[0].name, getTableConfig(ref.foreignTable).name);
    }
    const omit = EXCLUDED_COLUMNS[cfg.name] ?? {};
    const extra = UNDECLARED_REFERENCES[cfg.name] ?? {};
    const columns: ColumnPlan[] = cfg.columns
      .filter((c) => !omit[c.name])
      .map((c) => ({
        name: c.name,
        type: columnType(c),
        notNull: c.notNull,
        enumValues: c.enumValues?.length ? c.enumValues : undefined,
        references:
          c.name === "firm_id" || (cfg.name === "firms" && c.name === "id")
            ? "firm"
            : (declared.get(c.name) ?? extra[c.name]),
        primaryId: c.name === "id" && c.primary,
      }));
    let where: string;
    if (cfg.name === "firms") where = `"id" = ?`;
    else if (names.has("firm_id")) where = `"firm_id" = ?`;
    else if (VIA_PARENT[cfg.name]) {
      const v = VIA_PARENT[cfg.name]!;
      where = `"${v.column}" in (select "id" from "${v.parent}" where "firm_id" = ?)`;
    } else
      throw new Error(`Table ${cfg.name} has no firm_id and no parent: export it through one, or exclude it`);
    plans.push({
      name: cfg.name,
      file: `tables/${cfg.name}.ndjson`,
      columns,
      omitted: Object.keys(omit),
      where,
    });
  }
  const first = ["firms", "users", "offices", "clients"];
  plans.sort((a, b) => {
    const ia = first.indexOf(a.name);
    const ib = first.indexOf(b.name);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.name.localeCompare(b.name);
  });
  cachedPlan = plans;
  return plans;
}

/** The migration tags in order; the last one is the schema version an export carries. */
export function migrationTags(dir = migrationsFolder()): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, "meta/_journal.json"), "utf8")) as {
    entries: { idx: number; tag: string }[];
  };
  return journal.entries.sort((a, b) => a.idx - b.idx).map((e) => e.tag);
}

export function migrationsFolder(): string {
  if (fs.existsSync(path.join(MIGRATIONS_DIR, "meta/_journal.json"))) return MIGRATIONS_DIR;
  return path.resolve("migrations");
}

export const manifestSchema = z.object({
  format: z.string(),
  formatVersion: z.number().int(),
  schemaVersion: z.string().min(1),
  exportedAt: z.string(),
  firm: z.object({ id: z.string().min(1), name: z.string(), slug: z.string() }),
  tables: z.array(
    z.object({
      name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
      file: z.string().regex(/^tables\/[a-z_][a-z0-9_]*\.ndjson$/),
      rows: z.number().int().min(0),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  omittedColumns: z.record(z.string(), z.array(z.string())).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export type ExportProgress = { table: string; rows: number; totalRows: number };

/** Opens a read-only connection with one snapshot for the whole export (other requests go on). */
function openSnapshot(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  db.exec("begin");
  db.prepare("select count(*) from firms").pluck().get();
  return db;
}

export function findFirmForExport(
  slugOrId: string,
  file = databasePath(),
): { id: string; name: string; slug: string } | undefined {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("select id, name, slug from firms where slug = ? or id = ?").get(slugOrId, slugOrId) as
      { id: string; name: string; slug: string } | undefined;
  } finally {
    db.close();
  }
}

/** Rows per table of the firm, for the export page (counted, not read). */
export function firmExportCounts(firmId: string, file = databasePath()): { table: string; rows: number }[] {
  const db = openSnapshot(file);
  try {
    return exportPlan().map((t) => ({
      table: t.name,
      rows: db.prepare(`select count(*) from "${t.name}" where ${t.where}`).pluck().get(firmId) as number,
    }));
  } finally {
    db.close();
  }
}

const BATCH = 500;

/**
 * The firm's export as a ZIP stream: one NDJSON file per table (a JSON object per row, keyed by SQL
 * column name, values as SQLite stores them) and manifest.json last, with each file's row count and
 * SHA-256. Rows are read with an iterator from a snapshot and written as they come: memory stays flat
 * whatever the firm's size. `done` settles with the manifest once the last byte was produced.
 */
export function streamFirmExport(
  firmId: string,
  opts: { file?: string; onProgress?: (p: ExportProgress) => void; now?: Date } = {},
): { zip: Readable; done: Promise<Manifest> } {
  const db = openSnapshot(opts.file ?? databasePath());
  const firm = db.prepare("select id, name, slug from firms where id = ?").get(firmId) as
    { id: string; name: string; slug: string } | undefined;
  if (!firm) {
    db.close();
    throw new Error(`No firm ${firmId}`);
  }
  const theFirm = firm;
  const plan = exportPlan();
  const tags = migrationTags();
  const mtime = opts.now ?? new Date();
  const zipFile = new yazl.ZipFile();
  const entries: Manifest["tables"] = [];
  let totalRows = 0;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    try {
      db.exec("commit");
    } catch {
      /* a read snapshot has nothing to lose */
    }
    db.close();
  };
  let resolveDone!: (m: Manifest) => void;
  let rejectDone!: (e: unknown) => void;
  const done = new Promise<Manifest>((res, rej) => {
    resolveDone = res;
    rejectDone = rej;
  });
  done.catch(() => undefined);

  for (const t of plan) {
    const cols = t.columns.map((c) => `"${c.name}"`).join(", ");
    const order = t.columns.some((c) => c.primaryId) ? ` order by "id"` : "";
    function* rows(): Generator<Buffer> {
      const hash = createHash("sha256");
      let n = 0;
      let bytes = 0;
      let chunk: string[] = [];
      const flush = () => {
        const b = Buffer.from(chunk.join(""), "utf8");
        chunk = [];
        hash.update(b);
        bytes += b.length;
        return b;
      };
      const stmt = db.prepare(`select ${cols} from "${t.name}" where ${t.where}${order}`);
      for (const row of stmt.iterate(firmId)) {
        chunk.push(JSON.stringify(row) + "\n");
        n++;
        totalRows++;
        if (chunk.length >= BATCH) {
          opts.onProgress?.({ table: t.name, rows: n, totalRows });
          yield flush();
        }
      }
      if (chunk.length) yield flush();
      opts.onProgress?.({ table: t.name, rows: n, totalRows });
      entries.push({ name: t.name, file: t.file, rows: n, bytes, sha256: hash.digest("hex") });
    }
    zipFile.addReadStream(Readable.from(rows(), { objectMode: false }), t.file, { mtime, mode: 0o100644 });
  }
  function* manifest(): Generator<Buffer> {
    const m: Manifest = {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      schemaVersion: tags[tags.length - 1] ?? "none",
      exportedAt: mtime.toISOString(),
      firm: theFirm,
      tables: entries,
      omittedColumns: Object.fromEntries(
        plan.filter((p) => p.omitted.length).map((p) => [p.name, p.omitted]),
      ),
    };
    close();
    resolveDone(m);
    yield Buffer.from(JSON.stringify(m, null, 1), "utf8");
  }
  zipFile.addReadStream(Readable.from(manifest(), { objectMode: false }), "manifest.json", {
    mtime,
    mode: 0o100644,
  });
  zipFile.end();
  const out = new PassThrough();
  zipFile.outputStream.on("error", (e) => {
    close();
    rejectDone(e);
    out.destroy(e);
  });
  out.on("close", () => {
    if (!closed) {
      // The reader went away before the end (a cancelled download).
      close();
      rejectDone(new Error("The export was cancelled before it finished."));
      zipFile.outputStream.unpipe(out);
      (zipFile.outputStream as unknown as Readable).destroy();
    }
  });
  zipFile.outputStream.pipe(out);
  return { zip: out, done };
}

/** Writes the export to a file; the manifest once the file is complete. */
export async function writeFirmExport(
  firmId: string,
  outFile: string,
  opts: { file?: string; onProgress?: (p: ExportProgress) => void } = {},
): Promise<Manifest> {
  const { zip, done } = streamFirmExport(firmId, opts);
  const partial = `${outFile}.partial`;
  const sink = fs.createWriteStream(partial, { mode: 0o600 });
  await new Promise<void>((resolve, reject) => {
    zip.on("error", reject);
    sink.on("error", reject);
    sink.on("finish", () => resolve());
    zip.pipe(sink);
  });
  const manifest = await done;
  fs.renameSync(partial, outFile);
  return manifest;
}
