import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { getTableConfig, SQLiteTable, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import yazl from "yazl";
import { z } from "zod";
import { databasePath, getDb, MIGRATIONS_DIR } from "#db/client";
import { fileStore, isSha256, type FileStore } from "~/services/file-store.server";
import * as schema from "#db/schema";
import { writeAudit } from "~/utils/audit.server";
import { csvCell } from "~/utils/csv";

// The complete export of one firm (docs/export.md, ADR 019). What goes in is read from the drizzle
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
  notification_outbox: {
    claim_token: {
      reason: "a delivery worker's lease on the row, meaningless on another server",
      fill: "null",
    },
  },
};

/**
 * Text columns of exported tables that hold messages as they were sent: any one-time link in them
 * (password reset, invitation, portal sign-in, private calendar feed) is cut out on export, so the
 * record of what was sent to whom and when travels, and no working link does. Reminders hold none
 * today; the list makes sure one added later cannot leave with them.
 */
export const SCRUBBED_LINKS: Record<string, string[]> = {
  notification_outbox: ["subject", "body"],
};

/** The paths of this product's one-time links, with the token after them. */
const ONE_TIME_LINK =
  /(?:https?:\/\/[^\s/"'<>]+)?\/(?:reset-password|invite|portal|calendar\/feed)\/[^\s"'<>)]+/g;
export const REMOVED_LINK = "[one-time link removed]";

export function scrubOneTimeLinks(text: string): string {
  return text.replace(ONE_TIME_LINK, REMOVED_LINK);
}

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

/** Text columns that carry other rows' ids inside them (a deadline's key is "<event id>:<kind>"). */
export const EMBEDDED_IDS: Record<string, string[]> = {
  deadline_marks: ["key"],
  // "checkin:<check-in id>:7d:staff:<user id>", "<reminder.<row id>@casewatch>", and links in messages
  // ("/alerts/<alert id>"), so that a message still to be sent from the new server links to the right row.
  notification_outbox: ["dedupe_key", "message_id", "subject", "body"],
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
  /** JSON, or text with ids inside: every exported id found in it is remapped. */
  embedsIds: boolean;
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
        embedsIds: columnType(c) === "json" || (EMBEDDED_IDS[cfg.name] ?? []).includes(c.name),
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
  /** The documents' stored files, one entry `files/<sha256>` each (named by the hash of its bytes). */
  files: z
    .array(
      z
        .object({
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
          file: z.string().regex(/^files\/[0-9a-f]{64}$/),
          bytes: z.number().int().min(0),
        })
        .refine((f) => f.file === `files/${f.sha256}`, "a file's entry is named by its hash"),
    )
    .optional(),
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
  opts: { file?: string; onProgress?: (p: ExportProgress) => void; now?: Date; store?: FileStore } = {},
): { zip: Readable; done: Promise<Manifest> } {
  const db = openSnapshot(opts.file ?? databasePath());
  const firm = db.prepare("select id, name, slug from firms where id = ?").get(firmId) as
    { id: string; name: string; slug: string } | undefined;
  if (!firm) {
    db.close();
    throw new Error(`No firm ${firmId}`);
  }
  const theFirm = firm;
  const tags = migrationTags();
  // What this database holds: a file not yet migrated to this code's last version is exported as it
  // stands, labelled with its own version, and an import brings it forward.
  const applied = db
    .prepare("select count(*) from sqlite_master where name = '__drizzle_migrations'")
    .pluck()
    .get()
    ? (db.prepare("select count(*) from __drizzle_migrations").pluck().get() as number)
    : tags.length;
  const present = new Set(
    db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
  );
  const plan = exportPlan()
    .filter((t) => present.has(t.name))
    .map((t) => {
      const have = new Set(
        db.prepare("select name from pragma_table_info(?)").pluck().all(t.name) as string[],
      );
      return { ...t, columns: t.columns.filter((c) => have.has(c.name)) };
    });
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

  const out = new PassThrough();
  function fail(e: unknown) {
    close();
    rejectDone(e);
    out.destroy(e instanceof Error ? e : new Error(String(e)));
  }
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
      const scrub = (SCRUBBED_LINKS[t.name] ?? []).filter((c) => t.columns.some((x) => x.name === c));
      for (const row of stmt.iterate(firmId) as Iterable<Record<string, unknown>>) {
        for (const c of scrub) if (typeof row[c] === "string") row[c] = scrubOneTimeLinks(row[c]);
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
    const source = Readable.from(rows(), { objectMode: false });
    source.on("error", (e) => fail(e));
    zipFile.addReadStream(source, t.file, { mtime, mode: 0o100644 });
  }
  // The documents' files, after the tables: streamed from the file store one at a time (a file is opened
  // only when the ZIP reaches it), stored uncompressed (PDFs and photos are compressed already), and
  // checked against their name on the way: a stored file whose bytes changed fails the export.
  const store = opts.store ?? fileStore();
  const hashes = present.has("documents")
    ? (db
        .prepare(`select distinct "sha256" from "documents" where "firm_id" = ? order by "sha256"`)
        .pluck()
        .all(firmId) as string[])
    : [];
  const files: NonNullable<Manifest["files"]> = [];
  for (const sha256 of hashes) {
    if (!isSha256(sha256)) {
      close();
      throw new Error(`A document names a file that is not a SHA-256 (${sha256}).`);
    }
    async function* bytesOf(): AsyncGenerator<Buffer> {
      const hash = createHash("sha256");
      let bytes = 0;
      for await (const c of await store.open(sha256)) {
        const b = c as Buffer;
        hash.update(b);
        bytes += b.length;
        yield b;
      }
      if (hash.digest("hex") !== sha256)
        throw new Error(
          `The stored file ${sha256} of a document is damaged: its bytes no longer match its name.`,
        );
      files.push({ sha256, file: `files/${sha256}`, bytes });
    }
    const source = Readable.from(bytesOf(), { objectMode: false });
    source.on("error", (e) => fail(e));
    zipFile.addReadStream(source, `files/${sha256}`, { mtime, mode: 0o100644, compress: false });
  }
  function* manifest(): Generator<Buffer> {
    const m: Manifest = {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      schemaVersion: tags[Math.min(applied, tags.length) - 1] ?? "none",
      exportedAt: mtime.toISOString(),
      firm: theFirm,
      tables: entries,
      omittedColumns: Object.fromEntries(
        plan.filter((p) => p.omitted.length).map((p) => [p.name, p.omitted]),
      ),
      files,
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
  zipFile.outputStream.on("error", (e) => fail(e));
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
  opts: { file?: string; onProgress?: (p: ExportProgress) => void; store?: FileStore } = {},
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

/**
 * The export as the body of a download: a web stream fed by the ZIP as it is made. Audited when the
 * last byte was produced (with the row counts), or when the download was cancelled.
 */
export function firmExportDownload(
  actor: { id: string; firmId: string; ip: string | null },
  firm: { slug: string },
): { body: ReadableStream<Uint8Array>; filename: string } {
  const { zip, done } = streamFirmExport(actor.firmId);
  const audit = (after: Record<string, unknown>) =>
    writeAudit(getDb(), {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "firm.exported",
      entityType: "firm",
      entityId: actor.firmId,
      after,
      ip: actor.ip,
    });
  done.then(
    (m) =>
      audit({
        via: "browser",
        schemaVersion: m.schemaVersion,
        rows: Object.fromEntries(m.tables.map((t) => [t.name, t.rows])),
      }),
    (e: Error) => audit({ via: "browser", completed: false, reason: e.message }),
  );
  const body = Readable.toWeb(zip) as unknown as ReadableStream<Uint8Array>;
  return { body, filename: `casewatch-${firm.slug}-${new Date().toISOString().slice(0, 10)}.zip` };
}

/** The spreadsheets a lawyer can open: one per entity, with the client's name on every row. */
export const CSV_ENTITIES = {
  clients: {
    label: "Clients",
    sql: `select c.family_name as "Family name", c.given_names as "Given names", c.native_name as "Name in own script",
      c.a_number as "A-number", c.date_of_birth as "Date of birth", c.nationalities as "Nationalities",
      c.removal_label as "Removal status", c.risk_tier as "Risk", c.next_deadline as "Next deadline",
      c.next_hearing as "Next hearing", c.next_check_in as "Next check-in", c.detention_status as "Detention",
      c.travel_doc_state as "Travel document", c.email as "Email", c.phone as "Phone", c.address as "Address",
      l.display_name as "Lawyer", p.display_name as "Paralegal", c.created_at as "Created"
      from clients c left join users l on l.id = c.lawyer_id left join users p on p.id = c.paralegal_id
      where c.firm_id = ? order by c.family_name, c.given_names, c.id`,
  },
  events: {
    label: "Removal events",
    sql: `select c.family_name as "Family name", c.given_names as "Given names", e.effective_date as "Date",
      e.type as "Event", e.court as "Court", e.details as "Details", e.notes as "Notes", e.source as "Source",
      e.verified_on as "Verified on", e.created_at as "Entered"
      from removal_events e join clients c on c.id = e.client_id
      where e.firm_id = ? order by c.family_name, c.given_names, c.id, e.effective_date, e.seq`,
  },
  hearings: {
    label: "Hearings",
    sql: `select c.family_name as "Family name", c.given_names as "Given names", h.date as "Date", h.time as "Time",
      h.time_zone as "Time zone", h.hearing_type as "Type", h.court as "Court", h.judge as "Judge", h.mode as "Mode",
      case h.cancelled when 1 then 'yes' else 'no' end as "Cancelled", h.notes as "Notes"
      from hearings h join clients c on c.id = h.client_id
      where h.firm_id = ? order by h.date, h.time, c.family_name`,
  },
  "travel-documents": {
    label: "Travel documents",
    sql: `select c.family_name as "Family name", c.given_names as "Given names", d.kind as "Kind",
      d.issuing_country as "Issuing country", d.number as "Number", d.issue_date as "Issued", d.expiry_date as "Expires",
      d.holder as "Held by", d.state as "State", d.notes as "Notes"
      from travel_documents d join clients c on c.id = d.client_id
      where d.firm_id = ? order by c.family_name, c.given_names, c.id, d.issue_date`,
  },
  "check-ins": {
    label: "Check-ins",
    sql: `select c.family_name as "Family name", c.given_names as "Given names", k.local_date as "Date",
      k.local_time as "Time", k.time_zone as "Time zone", o.name as "Office", k.kind as "Kind", k.status as "Status",
      k.reporting_order as "Reporting order", k.bring as "Bring", k.outcome_notes as "Outcome notes", k.notes as "Notes"
      from check_ins k join clients c on c.id = k.client_id left join offices o on o.id = k.office_id
      where k.firm_id = ? order by k.starts_at, c.family_name`,
  },
  deadlines: {
    label: "Deadlines",
    sql: `select c.family_name as "Family name", c.given_names as "Given names", d.due as "Due", d.label as "Deadline",
      d.kind as "Kind", d.state as "State"
      from client_deadlines d join clients c on c.id = d.client_id
      where d.firm_id = ? order by d.due, c.family_name`,
  },
} as const;
export type CsvEntity = keyof typeof CSV_ENTITIES;

export function isCsvEntity(v: string | undefined): v is CsvEntity {
  return v !== undefined && Object.hasOwn(CSV_ENTITIES, v);
}

/**
 * One entity of the firm as CSV, streamed from a snapshot (a firm's million check-ins never sit in
 * memory), with the list export's escaping of formula-like cells. Audited once the file is complete.
 */
export function entityCsvDownload(
  actor: { id: string; firmId: string; ip: string | null },
  entity: CsvEntity,
): { body: ReadableStream<Uint8Array>; filename: string } {
  const db = openSnapshot(databasePath());
  const stmt = db.prepare(CSV_ENTITIES[entity].sql);
  const header = stmt.columns().map((c) => c.name);
  let rows = 0;
  let finished = false;
  const finish = (completed: boolean) => {
    if (finished) return;
    finished = true;
    db.close();
    writeAudit(getDb(), {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "firm.csv_exported",
      entityType: "firm",
      entityId: actor.firmId,
      after: { entity, rows, completed },
      ip: actor.ip,
    });
  };
  function* lines(): Generator<string> {
    try {
      yield "\uFEFF" + header.map(csvCell).join(",") + "\r\n";
      let chunk = "";
      for (const row of stmt.raw().iterate(actor.firmId) as Iterable<unknown[]>) {
        rows++;
        chunk +=
          row.map((v, i) => csvCell(header[i] === "Nationalities" ? jsonList(v) : v)).join(",") + "\r\n";
        if (chunk.length > 64_000) {
          yield chunk;
          chunk = "";
        }
      }
      if (chunk) yield chunk;
      finish(true);
    } finally {
      finish(false);
    }
  }
  const node = Readable.from(
    (function* () {
      for (const l of lines()) yield Buffer.from(l, "utf8");
    })(),
  );
  node.on("close", () => finish(false));
  return {
    body: Readable.toWeb(node) as unknown as ReadableStream<Uint8Array>,
    filename: `${entity}-${new Date().toISOString().slice(0, 10)}.csv`,
  };
}

function jsonList(v: unknown): string {
  try {
    const a = JSON.parse(String(v)) as unknown;
    return Array.isArray(a) ? a.join("; ") : String(v);
  } catch {
    return String(v ?? "");
  }
}
