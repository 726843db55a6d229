// The complete firm export and its import (issue 18): completeness against the schema, a round trip of
// the demo firm and of a generated 1,000-client firm compared row by row and page by page, and files
// that must be refused without changing anything.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { getTableConfig } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry } from "yauzl";
import yazl from "yazl";
import { runMigrations } from "#db/client";
import { seed } from "#db/seed";
import { checkInQueue } from "~/models/checkin.server";
import { clientPageView } from "~/models/client-page.server";
import { clientFiltersFromUrl } from "~/models/client-filters.server";
import { listClients } from "~/models/client.server";
import {
  EXCLUDED_COLUMNS,
  EXCLUDED_TABLES,
  exportPlan,
  migrationTags,
  REMOVED_LINK,
  schemaTables,
  scrubOneTimeLinks,
  UNDECLARED_REFERENCES,
  writeFirmExport,
} from "~/models/firm-export.server";
import { HELD_REMINDER, ID_IN_TEXT, idsInText, importFirmExport } from "~/models/firm-import.server";
import { portalClient, portalData } from "~/models/portal.server";
import { LocalFileStore } from "~/services/file-store.server";
import { AUDIT_FIXTURE_ACTION, prepareSource, type SourceFacts } from "~/test/firm-export-source";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-export-test-"));
const sourceDb = process.env.DATABASE_PATH!;
const bench1k = path.join(dir, "bench-1k.db");

/** A database in a folder of its own, so that its file store (files/ beside it) is its own too. */
function freshDb(name: string): string {
  const file = path.join(dir, name, "casewatch.db");
  runMigrations(file);
  return file;
}
/** The file store of a database: files/ beside it, as the installation's default. */
const storeOf = (dbFile: string) => new LocalFileStore(path.join(path.dirname(dbFile), "files"));
function pointAt(file: string) {
  process.env.DATABASE_PATH = file;
}

/**
 * The generated 1,000-client firm, made and brought up to date in child processes (the benchmarks'
 * generator, then firm-export-source.ts): most of the file's time, spent while the demo firm's tests run.
 */
function generated1k(): Promise<SourceFacts> {
  const run = promisify(execFile);
  const env = { ...process.env, INIT_CWD: process.cwd() };
  const ready = (async () => {
    await run(
      process.execPath,
      ["--import", "tsx", "bench/data.ts", "--clients", "1000", "--out", bench1k, "--today", today()],
      { env, maxBuffer: 16 * 1024 * 1024 },
    );
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "app/test/firm-export-source.ts", bench1k, "demo", new Date().toISOString()],
      { env: { ...env, DATABASE_PATH: bench1k }, maxBuffer: 16 * 1024 * 1024 },
    );
    return JSON.parse(stdout) as SourceFacts;
  })();
  ready.catch(() => undefined);
  return ready;
}

let bench1kReady: Promise<SourceFacts>;
let demoFacts: SourceFacts;

beforeAll(async () => {
  bench1kReady = generated1k();
  await seed();
  demoFacts = await prepareSource(sourceDb, "demo", new Date());
}, 60_000);

afterAll(() => {
  pointAt(sourceDb);
  fs.rmSync(dir, { recursive: true, force: true });
});

function today() {
  return new Date().toISOString().slice(0, 10);
}

const ID_SHAPE = new RegExp(`^${ID_IN_TEXT.source}$`);
const textOf = new WeakMap<Set<string>, ReturnType<typeof idsInText>>();
/** Finds the ids of `ids` inside a text as the import must: those of our shape, and the few others. */
const inTextOf = (ids: Set<string>) => {
  let f = textOf.get(ids);
  if (!f) textOf.set(ids, (f = idsInText([...ids].filter((id) => !ID_SHAPE.test(id)))));
  return f;
};
const mapText = (v: string, ids: Set<string>, map: (id: string) => string) =>
  ids.has(v) ? map(v) : inTextOf(ids)(v, (x) => (ids.has(x) ? map(x) : null));

/**
 * What the import must make of a source row, apart from the ids: reminder bodies without one-time
 * links; a reminder that was due and undelivered is held; one still to come is rebuilt (touched).
 */
function expectedRow(table: string, r: Record<string, unknown>, importedAt: string) {
  if (table !== "notification_outbox") return r;
  const out = { ...r };
  for (const c of ["subject", "body"]) out[c] = scrubOneTimeLinks(String(out[c]));
  if (out.status === "sending" || (out.status === "pending" && String(out.due_at) <= importedAt))
    Object.assign(out, { status: "cancelled", last_error: HELD_REMINDER, updated_at: importedAt });
  else if (out.status === "pending") out.updated_at = importedAt;
  return out;
}

/** Every table of the plan for one firm, sorted; with `map`, as the import must have written it. */
function tableRows(
  file: string,
  firmId: string,
  expect: { map: (id: string) => string; ids: Set<string>; importedAt: string } | null,
) {
  const db = new Database(file, { readonly: true });
  const out: Record<string, string[]> = {};
  try {
    const plans = [
      ...exportPlan(),
      // Derived tables, rebuilt on import, must come out the same too.
      ...["client_deadlines", "client_nationalities", "client_name_tokens"].map((name) => ({
        name,
        where: `"firm_id" = ?`,
        columns: (db.prepare(`select name from pragma_table_info(?)`).pluck().all(name) as string[]).map(
          (n) => ({ name: n }),
        ),
      })),
    ];
    for (const t of plans) {
      const cols = t.columns.filter((c) => !(t.name === "audit_log" && c.name === "id"));
      const rows = db
        .prepare(`select ${cols.map((c) => `"${c.name}"`).join(", ")} from "${t.name}" where ${t.where}`)
        .all(firmId) as Record<string, unknown>[];
      out[t.name] = rows
        .map((r) => {
          if (!expect) return JSON.stringify(r);
          const m: Record<string, unknown> = {};
          for (const c of cols) {
            const v = r[c.name];
            m[c.name] = typeof v === "string" ? mapText(v, expect.ids, expect.map) : v;
          }
          return JSON.stringify(expectedRow(t.name, m, expect.importedAt));
        })
        .sort();
    }
  } finally {
    db.close();
  }
  return out;
}

function exportedIds(file: string, firmId: string): Set<string> {
  const db = new Database(file, { readonly: true });
  const ids = new Set<string>([firmId]);
  for (const t of exportPlan())
    if (t.columns.some((c) => c.primaryId))
      for (const id of db
        .prepare(`select "id" from "${t.name}" where ${t.where}`)
        .pluck()
        .all(firmId) as string[])
        if (typeof id === "string") ids.add(id);
  db.close();
  return ids;
}

/** Where an id of the source firm still stands in the imported firm's rows (there should be nowhere). */
function oldIdsLeft(file: string, firmId: string, ids: Set<string>): string[] {
  const db = new Database(file, { readonly: true });
  const found = new Set<string>();
  try {
    for (const t of exportPlan())
      for (const row of db.prepare(`select * from "${t.name}" where ${t.where}`).iterate(firmId) as Iterable<
        Record<string, unknown>
      >)
        // The import's own entry names the firm it came from, on purpose.
        for (const [c, v] of Object.entries(row.action === "firm.imported" ? {} : row))
          if (typeof v === "string")
            if (ids.has(v)) found.add(`${t.name}.${c}: ${v}`);
            else
              inTextOf(ids)(v, (x) => {
                if (ids.has(x)) found.add(`${t.name}.${c}: ${x} in ${v.slice(0, 300)}`);
                return null;
              });
  } finally {
    db.close();
  }
  return [...found].sort();
}

/** What a lawyer, a paralegal and the client see, through the models their pages call. */
function pagesOf(file: string, firmId: string) {
  pointAt(file);
  const db = new Database(file, { readonly: true });
  const role = (r: string) =>
    db
      .prepare("select id, client_id from users where firm_id = ? and role = ? order by email limit 1")
      .get(firmId, r) as { id: string; client_id: string | null } | undefined;
  const paralegal = role("paralegal");
  const client = role("client");
  db.close();
  const { filters, sort } = clientFiltersFromUrl(new URL("http://x/clients"));
  const byRisk = clientFiltersFromUrl(new URL("http://x/clients?sort=risk"));
  const lawyerList = listClients(firmId, filters, sort, null, 50);
  const first = lawyerList.rows.slice(0, 5).map((c) => {
    const full = portalClient(firmId, c.id)!;
    const { now: _n, ...view } = clientPageView(full, { now: new Date(`${today()}T12:00:00Z`) }) as Record<
      string,
      unknown
    >;
    return view;
  });
  const portal = client?.client_id ? portalClient(firmId, client.client_id) : undefined;
  return {
    lawyer: {
      list: lawyerList.rows,
      risk: listClients(firmId, byRisk.filters, byRisk.sort, null, 50).rows,
      first,
    },
    paralegal: checkInQueue(firmId, { paralegal: paralegal?.id ?? null }, new Date(`${today()}T12:00:00Z`)),
    client: portal ? portalData(portal, "en", new Date(`${today()}T12:00:00Z`)) : null,
  };
}

async function roundTrip(source: string, slug: string, facts: SourceFacts) {
  const firmId = facts.firmId;
  const zip = path.join(dir, `${slug}-${Math.random().toString(36).slice(2)}.zip`);
  const manifest = await writeFirmExport(firmId, zip, { file: source, store: storeOf(source) });
  const target = freshDb(`target-${Math.random().toString(36).slice(2)}`);
  pointAt(target);
  const importedAt = new Date();
  const r = await importFirmExport(zip, { now: importedAt, store: storeOf(target) });
  if (!r.ok) throw new Error(r.message);
  const ids = exportedIds(source, firmId);
  const before = tableRows(source, firmId, { map: r.remap, ids, importedAt: importedAt.toISOString() });
  const after = tableRows(target, r.firmId, null);
  // The import's own audit entry is new.
  after.audit_log = after.audit_log!.filter((r) => !r.includes('"action":"firm.imported"'));
  for (const t of Object.keys(before))
    if (JSON.stringify(after[t]) !== JSON.stringify(before[t])) {
      const b = new Set(before[t]);
      const a = new Set(after[t]);
      console.error(
        t,
        "\nEXPECTED",
        before[t]!.find((r) => !a.has(r))?.slice(0, 900),
        "\nGOT",
        after[t]!.find((r) => !b.has(r))?.slice(0, 900),
      );
    }
  for (const t of Object.keys(before))
    expect({ table: t, rows: after[t] }).toEqual({ table: t, rows: before[t] });
  // Every document's file is in the new server's store, byte for byte, and the manifest lists each once.
  const shas = [
    ...new Set(JSON.parse(`[${(after.documents ?? []).join(",")}]`).map((d: { sha256: string }) => d.sha256)),
  ].sort();
  expect((manifest.files ?? []).map((f) => f.sha256)).toEqual(shas);
  for (const f of manifest.files ?? []) {
    const bytes = await storeOf(target).read(f.sha256);
    expect(bytes.equals(await storeOf(source).read(f.sha256))).toBe(true);
    expect(bytes.length).toBe(f.bytes);
  }
  // No id of the old firm is left anywhere: columns, JSON details, keys, free text in the audit log.
  expect(oldIdsLeft(target, r.firmId, ids)).toEqual([]);

  // Pages, with the source's ids written as the import wrote them and its overdue reminders held.
  const expectedPages = (v: unknown) =>
    JSON.parse(mapText(JSON.stringify(v), ids, r.remap), (_k, x: unknown) => {
      const m = x as { status?: unknown; dueAt?: unknown; lastError?: unknown } | null;
      if (m && typeof m === "object" && typeof m.status === "string" && typeof m.dueAt === "string") {
        const due = m.dueAt.length > 10 ? m.dueAt : `${m.dueAt}T23:59:59Z`;
        if (m.status === "sending" || (m.status === "pending" && due <= importedAt.toISOString()))
          return { ...m, status: "cancelled", ...("lastError" in m ? { lastError: HELD_REMINDER } : {}) };
      }
      return x;
    }) as unknown;
  // Rows that tie on what a page sorts by (the generator stamps many alike, and gives many clients one
  // name) fall back to the id, which the import changed: rows are compared as sets, not in order.
  const sortDeep = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortDeep).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sortDeep(x)]))
        : v;
  const srcPages = sortDeep(expectedPages(pagesOf(source, firmId)));
  const dstPages = sortDeep(pagesOf(target, r.firmId));
  expect(dstPages).toEqual(srcPages);
  return { manifest, zip, target, result: r, ids };
}

describe("what the export holds", () => {
  it("covers every table of the schema: exported or excluded with a reason, and every firm table is scoped", () => {
    const exported = new Set(exportPlan().map((t) => t.name));
    for (const table of schemaTables()) {
      const name = getTableConfig(table).name;
      expect(
        exported.has(name) !== Boolean(EXCLUDED_TABLES[name]),
        `${name}: add it to the export or to EXCLUDED_TABLES with a reason`,
      ).toBe(true);
    }
    for (const [t, cols] of Object.entries(EXCLUDED_COLUMNS)) {
      expect(exported.has(t)).toBe(true);
      for (const c of Object.keys(cols))
        expect(
          exportPlan()
            .find((p) => p.name === t)!
            .columns.some((x) => x.name === c),
        ).toBe(false);
    }
  });

  it("knows what every id-like column points at", () => {
    // A column named like a reference that is neither a declared foreign key nor listed would be
    // copied unmapped, pointing at the old server's rows.
    const notReferences = new Set([
      "check_ins.rescheduled_by",
      "invites.email",
      "users.email",
      "articles.guid",
      "sms_inbound.provider_sid",
      "sms_opt_outs.provider_sid",
      // A Message-ID header ("<reminder.<row id>@casewatch>"): its id is remapped as embedded text.
      "notification_outbox.message_id",
    ]);
    for (const t of exportPlan())
      for (const c of t.columns)
        if (/(_id|_by)$/.test(c.name) && !notReferences.has(`${t.name}.${c.name}`))
          expect(
            c.references,
            `${t.name}.${c.name}: a foreign key, or an entry of UNDECLARED_REFERENCES`,
          ).toBeTruthy();
    expect(Object.keys(UNDECLARED_REFERENCES).every((t) => exportPlan().some((p) => p.name === t))).toBe(
      true,
    );
  });

  it("never carries a secret column", () => {
    for (const t of exportPlan())
      for (const c of t.columns)
        expect(c.name).not.toMatch(/password_hash|totp_secret|token_hash|code_hash|cipher/);
  });
});

describe("round trip", () => {
  // One round trip of the demo firm (compared whole inside), looked at by each test below.
  let demoTrip: ReturnType<typeof roundTrip> | undefined;
  const trip = () => (demoTrip ??= roundTrip(sourceDb, "demo", demoFacts));

  it("the demo firm comes back whole in a fresh database, and its users must choose new passwords", async () => {
    const { manifest, target, result } = await trip();
    expect(manifest.schemaVersion).toBe(migrationTags().at(-1));
    expect(result.ok && result.resetLinks.length).toBeGreaterThan(3);
    const db = new Database(target, { readonly: true });
    expect(
      db
        .prepare("select count(*) from users where password_hash is not null or totp_secret is not null")
        .pluck()
        .get(),
    ).toBe(0);
    expect(db.prepare("select count(*) from password_resets").pluck().get()).toBe(
      result.ok ? result.resetLinks.length : -1,
    );
    expect(db.prepare("select action from audit_log order by id desc limit 1").pluck().get()).toBe(
      "firm.imported",
    );
    db.close();
  });

  it("keeps the record of what was sent to whom and when, and never sends a reminder twice", async () => {
    const { target, result } = await trip();
    const db = new Database(target, { readonly: true });
    const row = (name: keyof SourceFacts["outbox"]) =>
      db
        .prepare("select * from notification_outbox where id = ?")
        .get(result.remap(demoFacts.outbox[name])) as Record<string, unknown>;
    // History as it was: who, what, when, by which channel, what the provider said.
    expect(row("sent")).toMatchObject({ status: "sent", channel: "email", attempts: 1 });
    expect(row("sent").sent_at).toBeTruthy();
    expect(row("sentSms")).toMatchObject({
      status: "sent",
      channel: "sms",
      provider_sid: "SM0123456789abcdef0123456789abcdef",
      delivery_state: "delivered",
    });
    expect(row("failed")).toMatchObject({ status: "failed", last_error: "550 mailbox unavailable" });
    expect(row("cancelled")).toMatchObject({ status: "cancelled" });
    // Due before the move and not known delivered: held, with the reason, and no worker lease.
    for (const name of ["overdue", "sending"] as const)
      expect(row(name)).toMatchObject({ status: "cancelled", last_error: HELD_REMINDER, claim_token: null });
    // The one-time link is not in the file, the rest of the message is.
    expect(row("linked").body).toBe(`Choose your password: ${REMOVED_LINK} (once).`);
    expect(
      db
        .prepare("select count(*) from notification_outbox where body like '%reset-password/%'")
        .pluck()
        .get(),
    ).toBe(0);
    // What the worker would pick up now: nothing that was due before the import.
    expect(
      db
        .prepare(
          "select count(*) from notification_outbox where firm_id = ? and status in ('pending', 'sending') and due_at <= ?",
        )
        .pluck()
        .get(result.firmId, new Date().toISOString()),
    ).toBe(0);
    const audit = JSON.parse(
      db
        .prepare("select after from audit_log where firm_id = ? and action = 'firm.imported'")
        .pluck()
        .get(result.firmId) as string,
    ) as { remindersHeld: number; counts: Record<string, number> };
    expect(audit.remindersHeld).toBeGreaterThanOrEqual(2);
    expect(audit.counts.notification_outbox).toBeGreaterThanOrEqual(7);
    db.close();
  });

  it("brings the documents with their files into the new server's file store", async () => {
    const { target, result, manifest } = await trip();
    const m = result.remap;
    const db = new Database(target, { readonly: true });
    const doc = (id: string) =>
      db.prepare("select * from documents where id = ?").get(m(id)) as Record<string, unknown>;
    const { nta, order, fromClient, files } = demoFacts.documents;
    expect(doc(nta)).toMatchObject({ kind: "nta", event_id: m(demoFacts.named.eventId) });
    expect(doc(order)).toMatchObject({ kind: "ij_order", shared_with_client: 1, sha256: doc(nta).sha256 });
    expect(doc(fromClient)).toMatchObject({ source: "client", needs_review: 1 });
    expect(doc(fromClient).deleted_at).toBeTruthy();
    expect(
      db
        .prepare("select verified_document_id from removal_events where id = ?")
        .pluck()
        .get(m(demoFacts.named.eventId)),
    ).toBe(m(nta));
    db.close();
    // Two files for three documents (the same paper filed twice is stored once), each listed once.
    expect(files).toHaveLength(2);
    expect(manifest.files).toEqual(
      await Promise.all(
        files.map(async (sha256) => ({
          sha256,
          file: `files/${sha256}`,
          bytes: (await storeOf(sourceDb).read(sha256)).length,
        })),
      ),
    );
    for (const sha256 of files) expect(await storeOf(target).exists(sha256)).toBe(true);
  });

  it("remaps every id inside audit details: JSON values, keys, lists, free text", async () => {
    const { target, result } = await trip();
    const { clientId, checkInId, userId, eventId } = demoFacts.named;
    const m = result.remap;
    const db = new Database(target, { readonly: true });
    const entry = db
      .prepare(
        "select entity_id, actor_user_id, before, after from audit_log where firm_id = ? and action = ? and after like '%notAnId%'",
      )
      .get(result.firmId, AUDIT_FIXTURE_ACTION) as Record<string, string>;
    expect(entry.entity_id).toBe(m(clientId));
    expect(entry.actor_user_id).toBe(m(userId));
    expect(JSON.parse(entry.before!)).toEqual({
      clientId: m(clientId),
      list: [m(checkInId), `${m(eventId ?? checkInId)}:voluntary_departure`],
    });
    expect(JSON.parse(entry.after!)).toEqual({
      note: `Moved check-in ${m(checkInId)} of client ${m(clientId)} (by ${m(userId)}).`,
      [m(clientId)]: { by_user: `user_${m(userId)}`, csv: `${m(checkInId)},${m(clientId)}` },
      notAnId: "abcdefghijklmnopqrst",
    });
    // The same new id as the rows themselves got.
    expect(db.prepare("select count(*) from clients where id = ?").pluck().get(m(clientId))).toBe(1);
    expect(db.prepare("select count(*) from check_ins where id = ?").pluck().get(m(checkInId))).toBe(1);
    db.close();
  });
});

describe("refused files change nothing", () => {
  let good: string;
  let target: string;
  beforeAll(async () => {
    pointAt(sourceDb);
    const firmId = new Database(sourceDb, { readonly: true })
      .prepare("select id from firms where slug = 'demo'")
      .pluck()
      .get() as string;
    good = path.join(dir, "good.zip");
    await writeFirmExport(firmId, good, { file: sourceDb, store: storeOf(sourceDb) });
    target = freshDb("refusals");
  });

  const snapshot = async () => {
    const db = new Database(target, { readonly: true });
    const counts = [
      "firms",
      "users",
      "clients",
      "audit_log",
      "password_resets",
      "check_ins",
      "documents",
    ].map((t) => db.prepare(`select count(*) from ${t}`).pluck().get() as number);
    db.close();
    let files = 0;
    for await (const _f of storeOf(target).list()) files++;
    return [...counts, files];
  };

  async function zipOf(files: Record<string, string | Buffer>): Promise<string> {
    const z = new yazl.ZipFile();
    for (const [name, body] of Object.entries(files)) z.addBuffer(Buffer.from(body), name);
    z.end();
    const file = path.join(dir, `crafted-${Math.random().toString(36).slice(2)}.zip`);
    await new Promise<void>((res) =>
      z.outputStream.pipe(fs.createWriteStream(file)).on("close", () => res()),
    );
    return file;
  }

  async function entries(file: string): Promise<Record<string, Buffer>> {
    const { default: yauzl } = await import("yauzl");
    return new Promise((resolve, reject) => {
      const out: Record<string, Buffer> = {};
      yauzl.open(file, { lazyEntries: true }, (err, zf) => {
        if (err || !zf) return reject(err);
        zf.on("entry", (e: Entry) =>
          zf.openReadStream(e, (er, s) => {
            if (er || !s) return reject(er);
            const parts: Buffer[] = [];
            s.on("data", (c: Buffer) => parts.push(c));
            s.on("end", () => {
              out[e.fileName] = Buffer.concat(parts);
              zf.readEntry();
            });
          }),
        );
        zf.on("end", () => resolve(out));
        zf.readEntry();
      });
    });
  }

  it.each([
    ["a damaged file", "damaged", /damaged|not a ZIP|checksum/],
    ["a truncated ZIP", "truncated", /not a ZIP|damaged|cut short/],
    ["another product's ZIP", "foreign", /not a Casewatch firm export/],
    ["a manifest whose hashes do not match", "hash", /does not match the checksum/],
    ["an export from a newer Casewatch", "newer", /newer version of Casewatch/],
    ["a row that breaks the schema", "badrow", /not valid/],
    ["a row of another firm", "otherfirm", /another firm/],
    ["not a ZIP at all", "text", /not a ZIP/],
    ["a document file whose bytes were altered", "fileAltered", /does not match its name/],
    ["a document file missing from the archive", "fileMissing", /missing from the archive/],
    ["a file the manifest does not list", "fileExtra", /not in its manifest/],
  ])("refuses %s with a message", async (_label, kind, message) => {
    pointAt(target);
    const before = await snapshot();
    const bytes = fs.readFileSync(good);
    const parts = await entries(good);
    const manifest = JSON.parse(parts["manifest.json"]!.toString()) as {
      schemaVersion: string;
      tables: { name: string; sha256: string }[];
    };
    let file = path.join(dir, `${kind}.zip`);
    if (kind === "damaged") {
      const b = Buffer.from(bytes);
      for (let i = Math.floor(b.length / 3); i < Math.floor(b.length / 3) + 64; i++) b[i] = b[i]! ^ 0x5a;
      fs.writeFileSync(file, b);
    } else if (kind === "truncated")
      fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    else if (kind === "text") fs.writeFileSync(file, "family_name,given_names\nChen,Wei\n");
    else if (kind === "foreign")
      file = await zipOf({
        "manifest.json": JSON.stringify({ format: "other-crm", version: 3 }),
        "contacts.csv": "a,b\n",
      });
    else if (kind === "hash") {
      const clients = parts["tables/clients.ndjson"]!.toString().replace(
        /"family_name":"[^"]+"/,
        '"family_name":"Altered"',
      );
      file = await zipOf({ ...parts, "tables/clients.ndjson": clients });
    } else if (kind.startsWith("file")) {
      const name = Object.keys(parts).find((n) => n.startsWith("files/"))!;
      const files = { ...parts };
      if (kind === "fileAltered") {
        const b = Buffer.from(parts[name]!);
        b[b.length - 2] = b[b.length - 2]! ^ 1;
        files[name] = b;
      } else if (kind === "fileMissing") delete files[name];
      else files[`files/${"0".repeat(64)}`] = Buffer.from("%PDF-1.4 not listed");
      file = await zipOf(files);
    } else if (kind === "newer") {
      file = await zipOf({
        ...parts,
        "manifest.json": JSON.stringify({ ...manifest, schemaVersion: "9999_from_the_future" }),
      });
    } else {
      // A row changed and its checksum updated to match: only the row checks can catch it.
      const { createHash } = await import("node:crypto");
      const name = "tables/clients.ndjson";
      const text = parts[name]!.toString();
      const changed =
        kind === "badrow"
          ? text.replace(/"sex":"[a-z]+"/, '"sex":"dragon"')
          : text.replace(/"firm_id":"[^"]+"/, '"firm_id":"someone-else"');
      const m = {
        ...manifest,
        tables: manifest.tables.map((t) =>
          t.name === "clients"
            ? {
                ...t,
                sha256: createHash("sha256").update(changed).digest("hex"),
                bytes: Buffer.byteLength(changed),
              }
            : t,
        ),
      };
      file = await zipOf({ ...parts, [name]: changed, "manifest.json": JSON.stringify(m) });
    }
    const r = await importFirmExport(file);
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it("brings an export of an older schema forward through the migrations", async () => {
    const parts = await entries(good);
    const manifest = JSON.parse(parts["manifest.json"]!.toString()) as {
      schemaVersion: string;
      tables: { name: string; file: string }[];
      files?: { file: string }[];
    };
    const tags = migrationTags();
    // As exported before the last migration: without the tables it added.
    const db = new Database(":memory:");
    const lastSql = fs.readFileSync(path.join("migrations", `${tags.at(-1)}.sql`), "utf8");
    const added = [...lastSql.matchAll(/CREATE TABLE `([a-z_]+)`/g)].map((m) => m[1]);
    db.close();
    const older = {
      ...manifest,
      // Before the documents table (if the last migration made it): no files either.
      files: added.includes("documents") ? undefined : manifest.files,
      schemaVersion: tags.at(-2)!,
      tables: manifest.tables.filter((t) => !added.includes(t.name)),
    };
    const addedColumns = [...lastSql.matchAll(/ALTER TABLE `([a-z_]+)` ADD `([a-z_]+)`/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]);
    const { createHash } = await import("node:crypto");
    const files: Record<string, Buffer | string> = {};
    older.tables = older.tables.map((t) => {
      const drop = addedColumns.filter(([table]) => table === t.name).map(([, c]) => c!);
      let body = parts[t.file]!;
      if (drop.length) {
        const lines = body
          .toString()
          .split("\n")
          .filter(Boolean)
          .map((l) => {
            const row = JSON.parse(l) as Record<string, unknown>;
            for (const c of drop) delete row[c];
            return JSON.stringify(row) + "\n";
          });
        body = Buffer.from(lines.join(""));
      }
      files[t.file] = body;
      return { ...t, bytes: body.length, sha256: createHash("sha256").update(body).digest("hex") };
    });
    for (const f of older.files ?? []) files[f.file] = parts[f.file]!;
    files["manifest.json"] = JSON.stringify(older);
    const file = await zipOf(files);
    pointAt(freshDb("older"));
    const r = await importFirmExport(file);
    expect(r.ok ? "" : r.message).toBe("");
    expect(r).toMatchObject({ ok: true, migratedFrom: tags.at(-2) });
  });
});

describe("a generated 1,000-client firm", () => {
  it("comes back whole, and is refused where its firm or its people already are", async () => {
    const facts = await bench1kReady;
    const { zip, target, result } = await roundTrip(bench1k, "demo", facts);
    expect(result.ok).toBe(true);
    pointAt(target);
    const again = await importFirmExport(zip, { slug: "demo-copy" });
    // The same people cannot sign in to two firms of one server.
    expect(again).toMatchObject({
      ok: false,
      message: expect.stringContaining("already used on this server"),
    });
    // The seeded demo firm holds the short name: refused (before any row is read).
    pointAt(sourceDb);
    const intoSource = await importFirmExport(zip);
    expect(intoSource).toMatchObject({ ok: false, message: expect.stringContaining('short name "demo"') });
  }, 90_000);
});
