// The complete firm export and its import (issue 18): completeness against the schema, a round trip of
// the demo firm and of a generated 1,000-client firm compared row by row and page by page, and files
// that must be refused without changing anything.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { getTableConfig } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry } from "yauzl";
import yazl from "yazl";
import { eq } from "drizzle-orm";
import { getDb, runMigrations } from "#db/client";
import { clients } from "#db/schema";
import { firmToday, refreshClient } from "~/models/client-derived.server";
import { syncClientReminders } from "~/models/reminders.server";
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
  schemaTables,
  UNDECLARED_REFERENCES,
  writeFirmExport,
} from "~/models/firm-export.server";
import { importFirmExport } from "~/models/firm-import.server";
import { portalClient, portalData } from "~/models/portal.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-export-test-"));
const sourceDb = process.env.DATABASE_PATH!;
const bench1k = path.join(dir, "bench-1k.db");

function freshDb(name: string): string {
  const file = path.join(dir, `${name}.db`);
  runMigrations(file);
  return file;
}
function pointAt(file: string) {
  process.env.DATABASE_PATH = file;
}

beforeAll(async () => {
  await seed();
  // The benchmarks' generator, at its smallest realistic size (1,000 clients in the demo firm).
  execFileSync(
    process.execPath,
    ["--import", "tsx", "bench/data.ts", "--clients", "1000", "--out", bench1k, "--today", today()],
    { stdio: "ignore", env: { ...process.env, INIT_CWD: process.cwd() } },
  );
}, 60_000);

afterAll(() => {
  pointAt(sourceDb);
  fs.rmSync(dir, { recursive: true, force: true });
});

function today() {
  return new Date().toISOString().slice(0, 10);
}

const ID_TOKEN = /\b[0-9a-z]{20}\b/g;

/** Every table of the plan for one firm, rows mapped through `map` (null: as stored), sorted. */
function tableRows(file: string, firmId: string, map: ((id: string) => string) | null, ids: Set<string>) {
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
          (n) => ({
            name: n,
            type: "text" as const,
          }),
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
          if (!map) return JSON.stringify(r);
          const m: Record<string, unknown> = {};
          for (const c of cols) {
            const v = r[c.name];
            m[c.name] =
              typeof v !== "string"
                ? v
                : ids.has(v)
                  ? map(v)
                  : v.replace(ID_TOKEN, (x) => (ids.has(x) ? map(x) : x));
          }
          return JSON.stringify(m);
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

async function roundTrip(source: string, slug: string) {
  pointAt(source);
  const src = new Database(source, { readonly: true });
  const firmId = (src.prepare("select id from firms where slug = ?").pluck().get(slug) as string) ?? "";
  src.close();
  // The source's derived values as this version of the app computes them (the generator's can lag).
  getDb().transaction((tx) => {
    const asOf = firmToday(firmId);
    for (const c of tx.select({ id: clients.id }).from(clients).where(eq(clients.firmId, firmId)).all()) {
      refreshClient(tx, firmId, c.id, asOf, { touch: false });
      syncClientReminders(tx, c.id);
    }
  });
  const zip = path.join(dir, `${slug}-${Math.random().toString(36).slice(2)}.zip`);
  const manifest = await writeFirmExport(firmId, zip, { file: source });
  const target = freshDb(`target-${Math.random().toString(36).slice(2)}`);
  pointAt(target);
  const r = await importFirmExport(zip);
  if (!r.ok) throw new Error(r.message);
  const ids = exportedIds(source, firmId);
  const before = tableRows(source, firmId, r.remap, ids);
  const after = tableRows(target, r.firmId, null, ids);
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
  // Pages, with the source's ids written as the import wrote them.
  const mapIds = (v: unknown) => {
    let text = JSON.stringify(v).replace(ID_TOKEN, (x) => (ids.has(x) ? r.remap(x) : x));
    for (const id of ids) if (id.length !== 20) text = text.split(`"${id}"`).join(`"${r.remap(id)}"`);
    return JSON.parse(text) as unknown;
  };
  // Reminders due are rebuilt (the outbox is not exported), so theirs are new ids.
  const rebuilt = (v: unknown) =>
    JSON.parse(JSON.stringify(v), (k, x: unknown) =>
      k === "reminders" && Array.isArray(x) ? x.map(({ id: _id, ...rest }: { id: string }) => rest) : x,
    ) as unknown;
  // Rows that tie on what a page sorts by (the generator stamps many alike, and gives many clients one
  // name) fall back to the id, which the import changed: rows are compared as sets, not in order.
  const sortDeep = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortDeep).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sortDeep(x)]))
        : v;
  const canonical = (p: unknown) => sortDeep(rebuilt(p));
  const srcPages = canonical(mapIds(pagesOf(source, firmId)));
  const dstPages = canonical(pagesOf(target, r.firmId));
  expect(dstPages).toEqual(srcPages);
  return { manifest, zip, target, result: r };
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
  it("the demo firm comes back whole in a fresh database, and its users must choose new passwords", async () => {
    const { manifest, target, result } = await roundTrip(sourceDb, "demo");
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

  it("a generated 1,000-client firm comes back whole, and again beside it as a second firm", async () => {
    const { zip, target, result } = await roundTrip(bench1k, "demo");
    pointAt(target);
    const again = await importFirmExport(zip, { slug: "demo-copy" });
    // The same people cannot sign in to two firms of one server.
    expect(again).toMatchObject({
      ok: false,
      message: expect.stringContaining("already used on this server"),
    });
    // Into a server that already holds another firm (the seeded demo firm) it goes in beside it.
    pointAt(sourceDb);
    const intoSource = await importFirmExport(zip);
    expect(intoSource).toMatchObject({ ok: false, message: expect.stringContaining('short name "demo"') });
    expect(result.ok).toBe(true);
  }, 60_000);
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
    await writeFirmExport(firmId, good, { file: sourceDb });
    target = freshDb("refusals");
  });

  const snapshot = () => {
    const db = new Database(target, { readonly: true });
    const counts = ["firms", "users", "clients", "audit_log", "password_resets", "check_ins"].map(
      (t) => db.prepare(`select count(*) from ${t}`).pluck().get() as number,
    );
    db.close();
    return counts;
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
  ])("refuses %s with a message", async (_label, kind, message) => {
    pointAt(target);
    const before = snapshot();
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
    expect(snapshot()).toEqual(before);
  });

  it("brings an export of an older schema forward through the migrations", async () => {
    const parts = await entries(good);
    const manifest = JSON.parse(parts["manifest.json"]!.toString()) as {
      schemaVersion: string;
      tables: { name: string; file: string }[];
    };
    const tags = migrationTags();
    // As exported before the last migration: without the tables it added.
    const db = new Database(":memory:");
    const lastSql = fs.readFileSync(path.join("migrations", `${tags.at(-1)}.sql`), "utf8");
    const added = [...lastSql.matchAll(/CREATE TABLE `([a-z_]+)`/g)].map((m) => m[1]);
    db.close();
    const older = {
      ...manifest,
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
    files["manifest.json"] = JSON.stringify(older);
    const file = await zipOf(files);
    pointAt(freshDb("older"));
    const r = await importFirmExport(file);
    expect(r.ok ? "" : r.message).toBe("");
    expect(r).toMatchObject({ ok: true, migratedFrom: tags.at(-2) });
  });
});
