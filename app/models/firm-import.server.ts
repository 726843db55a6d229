import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import type { Readable } from "node:stream";
import Database from "better-sqlite3";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import yauzl from "yauzl";
import { z } from "zod";
import { getDb, getSqlite } from "#db/client";
import { passwordResets } from "#db/schema";
import { recount } from "~/models/alert-matching.server";
import { firmToday, refreshClient, syncClientIndexes } from "~/models/client-derived.server";
import { clientsChanged } from "~/models/firm-counts.server";
import {
  EXCLUDED_COLUMNS,
  EXPORT_FORMAT,
  exportPlan,
  manifestSchema,
  migrationsFolder,
  migrationTags,
  type Manifest,
  type TablePlan,
} from "~/models/firm-export.server";
import { syncClientReminders } from "~/models/reminders.server";
import { MAX_DOCUMENT_BYTES } from "~/services/document-safety.server";
import { fileStore, type FileStore } from "~/services/file-store.server";
import { sendMail } from "~/services/mailer.server";
import { writeAudit } from "~/utils/audit.server";
import { createId, createToken, isoIn, sha256Hex } from "~/utils/crypto.server";

// Reads a firm export back (docs/export.md, ADR 019). Two steps, so that a bad file changes nothing:
// 1. the ZIP is read as a stream into a private staging database built from the migrations of the
//    export's schema version, checking every file's SHA-256 and row count, then migrated forward;
// 2. every staged row is checked against the current schema and copied, ids remapped, into this
//    database in one transaction, after which derived values are recomputed and reset links made.

export type ImportResult =
  | {
      ok: true;
      firmId: string;
      slug: string;
      name: string;
      counts: Record<string, number>;
      migratedFrom: string | null;
      resetLinks: { userId: string; displayName: string; email: string | null; token: string }[];
      remap: (oldId: string) => string;
    }
  | { ok: false; message: string };

export type ImportOptions = {
  actor?: { id: string; firmId: string; ip: string | null } | null;
  /** A new slug (and name) when the export's is taken here. */
  slug?: string;
  name?: string;
  now?: Date;
  /** Where the documents' files go (the installation's file store unless a test says otherwise). */
  store?: FileStore;
};

class Refusal extends Error {}
const refuse = (message: string): never => {
  throw new Refusal(message);
};

const MANIFEST_MAX = 4 * 1024 * 1024;
const RESET_LINK_HOURS = 72;

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
      (err, zip) => (err || !zip ? reject(err ?? new Error("no zip")) : resolve(zip)),
    ),
  );
}

async function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const out = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (e: yauzl.Entry) => {
      out.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on("end", () => resolve());
    zip.on("error", reject);
    zip.readEntry();
  });
  return out;
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error("no stream")) : resolve(s))),
  );
}

/** Builds an empty database at one migration of the journal (applying the SQL files up to it). */
function stagingAt(file: string, upTo: number): Database.Database {
  const db = new Database(file);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("foreign_keys = OFF");
  db.function("casewatch_sha256_hex", { deterministic: true }, (v: unknown) =>
    typeof v === "string" ? createHash("sha256").update(v, "utf8").digest("hex") : null,
  );
  applyMigrations(db, 0, upTo);
  // Reference data the migrations ship (the ICE field offices) is this server's own, not the export's.
  // Only the tables this version has: a table added by a later migration does not exist yet here.
  const present = new Set(db.prepare("select name from sqlite_master where type = 'table'").pluck().all());
  for (const t of exportPlan()) if (present.has(t.name)) db.exec(`delete from "${t.name}"`);
  db.exec("create table _export_ids (old text primary key) without rowid");
  return db;
}

function applyMigrations(db: Database.Database, from: number, to: number) {
  const tags = migrationTags();
  for (let i = from; i <= to; i++) {
    const sqlText = fs.readFileSync(path.join(migrationsFolder(), `${tags[i]}.sql`), "utf8");
    db.transaction(() => {
      for (const stmt of sqlText.split("--> statement-breakpoint")) if (stmt.trim()) db.exec(stmt);
    })();
  }
}

function rowSchema(t: TablePlan) {
  const shape: Record<string, z.ZodType> = {};
  for (const c of t.columns) {
    let s: z.ZodType;
    if (c.type === "integer") s = z.number().int();
    else if (c.type === "boolean") s = z.union([z.literal(0), z.literal(1)]);
    else if (c.enumValues) s = z.enum(c.enumValues as [string, ...string[]]);
    else if (c.type === "json")
      s = z.string().refine((v) => {
        try {
          JSON.parse(v);
          return true;
        } catch {
          return false;
        }
      }, "not JSON");
    else s = z.string();
    shape[c.name] = c.notNull ? s : s.nullable();
  }
  return z.strictObject(shape);
}

/** A new id for an exported one: the same for every row that names it, different for each import. */
function remapper(salt: Buffer) {
  return (old: string): string => {
    const h = encodeBase32LowerCaseNoPadding(createHash("sha256").update(salt).update(old).digest()).slice(
      0,
      20,
    );
    // Sortable ids (alerts) keep their time prefix, so new rows still sort in creation order.
    return old.length >= 20 ? old.slice(0, 10) + h.slice(0, 10) : h;
  };
}

/** Reads and checks the file into a staging database; returns it with the manifest. */
async function stage(
  file: string,
  stagingFile: string,
  checks: {
    /** Called once the manifest was read, before any row: a refusal here costs no reading. */
    manifest?: (m: Manifest) => void;
    /** Called after each table was staged and checked against its checksum. */
    table?: (name: string, staging: Database.Database) => void;
  } = {},
): Promise<{
  staging: Database.Database;
  manifest: Manifest;
  migratedFrom: string | null;
  /** The documents' files, checked against their hash, in private files beside the staging database. */
  files: { sha256: string; path: string }[];
}> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch {
    return refuse(
      "This file is not a ZIP archive, or it is damaged or cut short. Choose the .zip file Casewatch made.",
    );
  }
  try {
    let entries: Map<string, yauzl.Entry>;
    try {
      entries = await listEntries(zip);
    } catch {
      return refuse("This ZIP archive is damaged or cut short: its list of files cannot be read.");
    }
    const m = entries.get("manifest.json");
    if (!m) return refuse("This is not a Casewatch firm export: it has no manifest.json.");
    if (m.uncompressedSize > MANIFEST_MAX)
      return refuse("This is not a Casewatch firm export: its manifest is too large.");
    let manifest: Manifest;
    try {
      const chunks: Buffer[] = [];
      for await (const c of await entryStream(zip, m)) chunks.push(c as Buffer);
      manifest = manifestSchema.parse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
    } catch {
      return refuse("This is not a Casewatch firm export: its manifest.json cannot be read.");
    }
    if (manifest.format !== EXPORT_FORMAT)
      return refuse("This is not a Casewatch firm export (another product's file).");
    if (manifest.formatVersion !== 1)
      return refuse(
        `This export uses format version ${manifest.formatVersion}, which this version of Casewatch does not read. Update Casewatch first.`,
      );
    const tags = migrationTags();
    const at = tags.indexOf(manifest.schemaVersion);
    if (at < 0) {
      const n = Number(manifest.schemaVersion.slice(0, 4));
      if (Number.isInteger(n) && n >= tags.length)
        return refuse(
          `This export was made by a newer version of Casewatch (schema ${manifest.schemaVersion}; this server is at ${tags[tags.length - 1]}). Update this server, then import again.`,
        );
      return refuse(`This export's schema version (${manifest.schemaVersion}) is not one Casewatch knows.`);
    }
    checks.manifest?.(manifest);
    const listed = new Set([...manifest.tables, ...(manifest.files ?? [])].map((t) => t.file));
    for (const name of entries.keys())
      if (name !== "manifest.json" && !listed.has(name))
        return refuse(`The file ${name} in the archive is not in its manifest.`);

    const staging = stagingAt(stagingFile, at);
    const known = new Set(
      staging.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
    );
    for (const t of manifest.tables) {
      if (!known.has(t.name))
        return refuse(`The export holds a table (${t.name}) that its schema version does not have.`);
      const entry = entries.get(t.file);
      if (!entry) return refuse(`The file ${t.file} listed in the manifest is missing from the archive.`);
      const tableCols = new Set(
        staging.prepare(`select name from pragma_table_info(?)`).pluck().all(t.name) as string[],
      );
      const hash = createHash("sha256");
      let bytes = 0;
      let stream: Readable;
      try {
        stream = await entryStream(zip, entry);
      } catch {
        return refuse(`The file ${t.file} in the archive is damaged.`);
      }
      stream.on("data", (c: Buffer) => {
        hash.update(c);
        bytes += c.length;
      });
      // A damaged entry fails inside the zip reader's stream, possibly after the loop below has left
      // early with a refusal: kept here (never an uncaught exception) and reported as damage.
      let streamError: unknown = null;
      stream.on("error", (e) => {
        streamError = e;
      });
      const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
      // readline passes its input's errors on as its own: once the loop has left, nobody else listens.
      lines.on("error", (e) => {
        streamError = e;
      });
      let insert: Database.Statement | null = null;
      let keys: string[] = [];
      let deadTokens: string[] = [];
      let n = 0;
      const addId = staging.prepare("insert or ignore into _export_ids (old) values (?)");
      let problem: string | null = null;
      const readRow = (line: string): string | null => {
        let row: Record<string, unknown>;
        try {
          row = JSON.parse(line) as Record<string, unknown>;
        } catch {
          return `Row ${n} of ${t.file} is not valid JSON: the file is damaged.`;
        }
        if (!row || typeof row !== "object" || Array.isArray(row))
          return `Row ${n} of ${t.file} is not a row.`;
        if (!insert) {
          keys = Object.keys(row);
          for (const k of keys)
            if (!tableCols.has(k)) return `${t.file} has a column (${k}) its table does not have.`;
          // Columns left out of the export (a one-time link's hash) may be NOT NULL in the table: the
          // staging copy holds a hash nobody knows there, as the imported row will.
          deadTokens = Object.entries(EXCLUDED_COLUMNS[t.name] ?? {})
            .filter(([k, f]) => f.fill === "dead-token" && !keys.includes(k))
            .map(([k]) => k);
          const names = [...keys, ...deadTokens];
          insert = staging.prepare(
            `insert into "${t.name}" (${names.map((k) => `"${k}"`).join(", ")}) values (${names.map(() => "?").join(", ")})`,
          );
        }
        const values = keys.map((k) => row[k]);
        if (
          Object.keys(row).length !== keys.length ||
          values.some((v) => v !== null && typeof v === "object")
        )
          return `Row ${n} of ${t.file} does not have the columns of the rows before it.`;
        try {
          insert.run(
            ...(values as (string | number | null)[]),
            ...deadTokens.map(() => sha256Hex(createToken())),
          );
        } catch (e) {
          return `Row ${n} of ${t.file} cannot be stored: ${(e as Error).message}.`;
        }
        if (typeof row.id === "string") addId.run(row.id);
        if (n % 5000 === 0) {
          staging.exec("commit");
          staging.exec("begin");
        }
        return null;
      };
      staging.exec("begin");
      try {
        for await (const line of lines) {
          // After the first bad row the rest is only read into the checksum: a row is judged only in a
          // file that is intact, so damage is reported as damage rather than as a row that looks wrong.
          if (!line || problem) continue;
          n++;
          problem = readRow(line);
        }
      } catch (e) {
        if (e instanceof Refusal) throw e;
        return refuse(`The file ${t.file} in the archive is damaged or cut short.`);
      } finally {
        if (staging.inTransaction) staging.exec("commit");
        lines.close();
        stream.destroy();
      }
      if (streamError) return refuse(`The file ${t.file} in the archive is damaged or cut short.`);
      if (hash.digest("hex") !== t.sha256 || bytes !== t.bytes)
        return refuse(
          `The file ${t.file} does not match the checksum in the manifest: the export was damaged or altered.`,
        );
      if (problem) return refuse(problem);
      if (n !== t.rows) return refuse(`${t.file} holds ${n} rows, the manifest says ${t.rows}.`);
      checks.table?.(t.name, staging);
    }
    const files = await stageFiles(zip, entries, manifest, path.join(path.dirname(stagingFile), "files"));
    let migratedFrom: string | null = null;
    if (at < tags.length - 1) {
      applyMigrations(staging, at + 1, tags.length - 1);
      migratedFrom = manifest.schemaVersion;
    }
    return { staging, manifest, migratedFrom, files };
  } finally {
    zip.close();
  }
}

/** A stored document file is never larger than an upload may be (with room for re-encoding). */
const MAX_FILE_BYTES = 2 * MAX_DOCUMENT_BYTES;

/** Copies each document file of the archive to a private file, checking its size and its hash (its name). */
async function stageFiles(
  zip: yauzl.ZipFile,
  entries: Map<string, yauzl.Entry>,
  manifest: Manifest,
  dir: string,
): Promise<{ sha256: string; path: string }[]> {
  const out: { sha256: string; path: string }[] = [];
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const f of manifest.files ?? []) {
    const entry = entries.get(f.file);
    if (!entry) return refuse(`The file ${f.file} listed in the manifest is missing from the archive.`);
    if (f.bytes > MAX_FILE_BYTES || entry.uncompressedSize !== f.bytes)
      return refuse(`The file ${f.file} does not have the size the manifest gives it.`);
    const target = path.join(dir, f.sha256);
    const hash = createHash("sha256");
    let bytes = 0;
    try {
      const stream = await entryStream(zip, entry);
      const sink = fs.createWriteStream(target, { mode: 0o600 });
      await new Promise<void>((resolve, reject) => {
        stream.on("data", (c: Buffer) => {
          hash.update(c);
          bytes += c.length;
        });
        stream.on("error", reject);
        sink.on("error", reject);
        sink.on("finish", () => resolve());
        stream.pipe(sink);
      });
    } catch {
      return refuse(`The file ${f.file} in the archive is damaged or cut short.`);
    }
    if (hash.digest("hex") !== f.sha256 || bytes !== f.bytes)
      return refuse(
        `The file ${f.file} does not match its name and the manifest: the export was damaged or altered.`,
      );
    out.push({ sha256: f.sha256, path: target });
  }
  return out;
}

/**
 * Puts the staged files into this server's file store, before any row names them (the store's crash
 * rule: a file without a row is swept, a row without a file never exists). Every document of the export
 * must find its file. Returns the files that were new here, to take away again if the import fails.
 */
async function storeFiles(
  staging: Database.Database,
  files: { sha256: string; path: string }[],
  store: FileStore,
): Promise<string[]> {
  const held = new Set(files.map((f) => f.sha256));
  for (const sha256 of staging.prepare(`select distinct "sha256" from "documents"`).pluck().all() as string[])
    if (!held.has(sha256))
      refuse(
        `A document of the export names a file (${sha256.slice(0, 12)}…) that the archive does not hold.`,
      );
  const added: string[] = [];
  try {
    for (const f of files) {
      const existed = await store.exists(f.sha256);
      const put = await store.put(fs.readFileSync(f.path));
      if (put.sha256 !== f.sha256) refuse(`The file files/${f.sha256} changed while it was imported.`);
      if (!existed) added.push(f.sha256);
    }
  } catch (e) {
    await removeFiles(store, added);
    throw e;
  }
  return added;
}

/** Takes away files this import added, unless a row (of any firm) names them by now. */
async function removeFiles(store: FileStore, added: string[]) {
  const named = getSqlite().prepare(`select 1 from "documents" where "sha256" = ? limit 1`).pluck();
  for (const sha256 of added) if (!named.get(sha256)) await store.delete(sha256).catch(() => undefined);
}

/** Rows a later migration may have added as shared reference data (firm_id null) are not the firm's. */
function ownRows(t: TablePlan): string {
  const f = t.columns.find((c) => c.name === "firm_id");
  return f && !f.notNull ? ` where "firm_id" is not null` : "";
}

/** Checks every staged row against the current schema and the firm it must belong to. */
function checkRows(staging: Database.Database, manifest: Manifest) {
  const firmRows = staging.prepare("select id from firms").pluck().all() as string[];
  if (firmRows.length !== 1 || firmRows[0] !== manifest.firm.id)
    refuse("The export must hold exactly the firm its manifest names.");
  for (const t of exportPlan()) {
    const zs = rowSchema(t);
    const cols = t.columns.map((c) => `"${c.name}"`).join(", ");
    let n = 0;
    for (const row of staging.prepare(`select ${cols} from "${t.name}"${ownRows(t)}`).iterate() as Iterable<
      Record<string, unknown>
    >) {
      n++;
      const r = zs.safeParse(row);
      if (!r.success) {
        const issue = r.error.issues[0];
        refuse(
          `Row ${n} of ${t.name} is not valid: ${issue?.path.join(".") || "row"}: ${issue?.message ?? "wrong"}.`,
        );
      }
      if ("firm_id" in row && row.firm_id !== manifest.firm.id)
        refuse(`Row ${n} of ${t.name} belongs to another firm than the export's.`);
    }
  }
}

/**
 * Imports a firm export as a new firm of this installation (an empty installation included).
 * Never throws for a bad file: the answer says what is wrong, and nothing was changed.
 */
export async function importFirmExport(file: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-import-"));
  let staging: Database.Database | undefined;
  try {
    const staged = await stage(file, path.join(dir, "staging.db"), {
      // What can be refused before the rows are read is refused first: a big file is not read in vain.
      manifest: (m) => checkSlugFree(opts.slug ?? m.firm.slug),
      table: (name, db) => {
        if (name === "users") checkSignInsFree(db);
      },
    });
    staging = staged.staging;
    const { manifest, migratedFrom } = staged;
    checkRows(staging, manifest);
    const store = opts.store ?? fileStore();
    const added = await storeFiles(staging, staged.files, store);
    try {
      return copyIn(staging, manifest, migratedFrom, { ...opts, files: staged.files.length });
    } catch (e) {
      await removeFiles(store, added);
      throw e;
    }
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, message: e.message };
    throw e;
  } finally {
    staging?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function checkSlugFree(slug: string) {
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug))
    refuse("The firm's short name (slug) must be lower-case letters, digits and dashes.");
  if (getSqlite().prepare("select 1 from firms where slug = ?").get(slug))
    refuse(
      `A firm with the short name "${slug}" is already on this server. Choose another short name for the imported firm.`,
    );
}

/** Every sign-in (email or phone) of the export's users must be free on this server. */
function checkSignInsFree(staging: Database.Database) {
  const sqlite = getSqlite();
  const taken = staging
    .prepare("select email, phone from users")
    .all()
    .filter((u) => {
      const x = u as { email: string | null; phone: string | null };
      return sqlite.prepare("select 1 from users where email = ? or phone = ?").get(x.email, x.phone);
    }) as { email: string | null; phone: string | null }[];
  if (taken.length)
    refuse(
      `${taken.length} of the export's users sign in with an address or phone already used on this server (${taken
        .slice(0, 3)
        .map((u) => u.email ?? u.phone)
        .join(", ")}${taken.length > 3 ? ", …" : ""}). Each sign-in must be unique on a server.`,
    );
}

/**
 * Ids inside text (JSON, keys): every run of id characters that is a whole token, not part of a longer
 * word (a colon, dot, quote, underscore, dash or space around it), and is the id of an exported row.
 */
export const ID_IN_TEXT = /(?<![0-9A-Za-z])[0-9a-z]{16,32}(?![0-9A-Za-z])/g;

/**
 * A replacer of the ids inside a text. Ids of this product's shape are found by ID_IN_TEXT; the few of
 * another shape (a seeded firm's "firm-demo") are named, with the same rule that they stand alone.
 */
export function idsInText(
  irregular: string[],
): (text: string, replace: (id: string) => string | null) => string {
  const escaped = irregular.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const named = escaped.length
    ? new RegExp(`(?<![0-9A-Za-z_-])(?:${escaped.join("|")})(?![0-9A-Za-z_-])`, "g")
    : null;
  return (text, replace) => {
    const one = (id: string) => replace(id) ?? id;
    const out = text.replace(ID_IN_TEXT, one);
    return named ? out.replace(named, one) : out;
  };
}

/** Ids that ID_IN_TEXT would not find (at most a few hundred; more are not this product's ids). */
const IRREGULAR_IDS = `select old from _export_ids
  where length(old) not between 16 and 32 or old glob '*[^0-9a-z]*' limit 500`;

/** What a reminder that was due but not delivered when the firm moved says on this server. */
export const HELD_REMINDER =
  "held by the firm import: it was due before the firm moved to this server, so this server does not send it (the old server sent it or was to send it)";

/**
 * The sent-message history travels as it is (sent, failed, cancelled). A message that was waiting or
 * being sent when the export was made, and whose moment has passed, is held, never sent from here: the
 * old server sent it, or was about to (a send in doubt). One due later stays pending: this server sends
 * it, and the rebuild after the copy brings it in step with the check-in as any change would.
 */
function holdIfDue(row: Record<string, unknown>, nowIso: string) {
  if (row.status !== "pending" && row.status !== "sending") return;
  if (row.status === "pending" && typeof row.due_at === "string" && row.due_at > nowIso) return;
  row.status = "cancelled";
  row.last_error = HELD_REMINDER;
  row.updated_at = nowIso;
}

function copyIn(
  staging: Database.Database,
  manifest: Manifest,
  migratedFrom: string | null,
  opts: ImportOptions & { files: number },
): ImportResult {
  const sqlite = getSqlite();
  const slug = opts.slug ?? manifest.firm.slug;
  // Checked again just before writing: the server may have changed while a big file was read.
  checkSlugFree(slug);
  checkSignInsFree(staging);

  const salt = randomBytes(16);
  const remap = remapper(salt);
  const newFirmId = remap(manifest.firm.id);
  const isExported = staging.prepare("select 1 from _export_ids where old = ?").pluck();
  const inText = idsInText(staging.prepare(IRREGULAR_IDS).pluck().all() as string[]);
  const sharedOffice = sqlite.prepare("select 1 from offices where id = ? and firm_id is null").pluck();
  const counts: Record<string, number> = {};
  const now = opts.now ?? new Date();
  const nowIso = now.toISOString();
  const resetLinks: { userId: string; displayName: string; email: string | null; token: string }[] = [];

  try {
    getDb().transaction((tx) => {
      sqlite.pragma("defer_foreign_keys = ON");
      for (const t of exportPlan()) {
        const cols = t.columns.filter((c) => !(t.name === "audit_log" && c.name === "id"));
        const fills = Object.entries(EXCLUDED_COLUMNS[t.name] ?? {});
        const names = [...cols.map((c) => c.name), ...fills.map(([k]) => k)];
        const insert = sqlite.prepare(
          `insert into "${t.name}" (${names.map((n) => `"${n}"`).join(", ")}) values (${names.map(() => "?").join(", ")})`,
        );
        let n = 0;
        const order = t.name === "audit_log" ? ` order by "id"` : "";
        const rows = staging.prepare(
          `select ${cols.map((c) => `"${c.name}"`).join(", ")} from "${t.name}"${ownRows(t)}${order}`,
        );
        for (const row of rows.iterate() as Iterable<Record<string, unknown>>) {
          n++;
          if (t.name === "notification_outbox") holdIfDue(row, nowIso);
          const values = cols.map((c) => {
            const v = row[c.name];
            if (v === null || typeof v !== "string") return v;
            if (c.references === "firm") return newFirmId;
            if (t.name === "firms" && c.name === "slug") return slug;
            if (t.name === "firms" && c.name === "name") return opts.name ?? v;
            if (c.primaryId) return remap(v);
            if (c.embedsIds) return inText(v, (id) => (isExported.get(id) ? remap(id) : null));
            if (!c.references) return v;
            if (isExported.get(v)) return remap(v);
            if (c.references === "any" || c.references === "users-or-word") return v;
            if (c.references === "offices" && sharedOffice.get(v)) return v;
            return refuse(
              `Row ${n} of ${t.name} points (${c.name}) at a row that is not in the export. Nothing was imported.`,
            );
          });
          for (const [, f] of fills) values.push(f.fill === "dead-token" ? sha256Hex(createToken()) : null);
          insert.run(...(values as (string | number | null)[]));
        }
        counts[t.name] = n;
      }

      // Derived values, as of the firm's today: search words, nationality lookup, status, deadlines,
      // risk, alert tiers; then the reminders due (outbox) and each alert's counts.
      const asOf = firmToday(newFirmId, now);
      const clientIds = sqlite
        .prepare("select id from clients where firm_id = ?")
        .pluck()
        .all(newFirmId) as string[];
      const clientRow = sqlite.prepare(
        "select id, firm_id, family_name, given_names, native_name, other_names, a_number, phone, nationalities, lawyer_id from clients where id = ?",
      );
      for (const id of clientIds) {
        const c = clientRow.get(id) as Record<string, string | null> & {
          family_name: string;
          given_names: string;
        };
        syncClientIndexes(tx, {
          id,
          firmId: newFirmId,
          familyName: c.family_name,
          givenNames: c.given_names,
          nativeName: c.native_name ?? null,
          otherNames: c.other_names ?? null,
          aNumber: c.a_number ?? null,
          phone: c.phone ?? null,
          nationalities: JSON.parse(c.nationalities ?? "[]") as string[],
          lawyerId: c.lawyer_id ?? null,
        });
        refreshClient(tx, newFirmId, id, asOf, { touch: false });
        syncClientReminders(tx, id, now);
      }
      for (const a of sqlite
        .prepare("select id from alerts where firm_id = ?")
        .pluck()
        .all(newFirmId) as string[])
        recount(tx, a);
      // The rebuild revives a reminder still wanted within its hour of grace; one that fell due before
      // the move stays held all the same (the old server's), and so does any the rebuild made for then.
      sqlite
        .prepare(
          `update notification_outbox set status = 'cancelled', last_error = ?, updated_at = ?
           where firm_id = ? and status in ('pending', 'sending') and due_at <= ?`,
        )
        .run(HELD_REMINDER, nowIso, newFirmId, nowIso);
      const remindersHeld = sqlite
        .prepare("select count(*) from notification_outbox where firm_id = ? and last_error = ?")
        .pluck()
        .get(newFirmId, HELD_REMINDER) as number;

      // Secrets never travel: every user sets a new password through a reset link.
      const users = sqlite
        .prepare("select id, display_name as displayName, email from users where firm_id = ? and active = 1")
        .all(newFirmId) as { id: string; displayName: string; email: string | null }[];
      for (const u of users) {
        const token = createToken();
        tx.insert(passwordResets)
          .values({
            id: createId(),
            userId: u.id,
            tokenHash: sha256Hex(token),
            expiresAt: isoIn(RESET_LINK_HOURS * 3600_000),
          })
          .run();
        resetLinks.push({ userId: u.id, displayName: u.displayName, email: u.email, token });
      }
      const audit = {
        counts,
        sourceFirm: manifest.firm,
        exportedAt: manifest.exportedAt,
        schemaVersion: manifest.schemaVersion,
        migratedFrom,
        resetLinks: resetLinks.length,
        remindersHeld,
        files: opts.files,
      };
      writeAudit(tx, {
        firmId: newFirmId,
        actorUserId: null,
        action: "firm.imported",
        entityType: "firm",
        entityId: newFirmId,
        after: audit,
        ip: opts.actor?.ip ?? null,
      });
      if (opts.actor)
        writeAudit(tx, {
          firmId: opts.actor.firmId,
          actorUserId: opts.actor.id,
          action: "firm.imported",
          entityType: "firm",
          entityId: newFirmId,
          after: { ...audit, slug },
          ip: opts.actor.ip,
        });
    });
  } catch (e) {
    if (e instanceof Refusal) throw e;
    const msg = (e as Error).message ?? "";
    if (/constraint/i.test(msg))
      refuse(`The export's rows clash with rows already on this server (${msg}). Nothing was imported.`);
    throw e;
  }
  clientsChanged();
  return {
    ok: true,
    firmId: newFirmId,
    slug,
    name: opts.name ?? manifest.firm.name,
    counts,
    migratedFrom,
    resetLinks,
    remap,
  };
}

/** The largest export the browser page takes; bigger firms move with `npm run firm:import`. */
export const MAX_WEB_IMPORT_BYTES = 100 * 1024 * 1024;

/** An uploaded export: written to a private temporary file, imported, removed. */
export async function importUploadedExport(bytes: Uint8Array, opts: ImportOptions): Promise<ImportResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-upload-"));
  try {
    const file = path.join(dir, "export.zip");
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    return await importFirmExport(file, opts);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Mails each imported user with an address their reset link; returns those without one, to hand over. */
export async function mailResetLinks(
  firmId: string,
  firmName: string,
  links: { displayName: string; email: string | null; token: string }[],
  origin: string,
): Promise<{ mailed: number; withoutEmail: { displayName: string; url: string }[] }> {
  let mailed = 0;
  const withoutEmail: { displayName: string; url: string }[] = [];
  for (const l of links) {
    const url = `${origin}/reset-password/${l.token}`;
    if (!l.email) {
      withoutEmail.push({ displayName: l.displayName, url });
      continue;
    }
    await sendMail({
      firmId,
      to: l.email,
      subject: `${firmName} moved to a new Casewatch server: choose your password`,
      text: `The records of ${firmName} were moved to a new Casewatch server. Passwords do not move with them, so please choose a new password here (the link works once, for ${RESET_LINK_HOURS} hours):\n${url}\n\nIf you did not expect this, ask your firm's administrator.`,
    });
    mailed++;
  }
  return { mailed, withoutEmail };
}
