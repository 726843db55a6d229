// npm run bench [-- --duration 8 --connections 10 --sizes 1000,100000 --reuse-data --pages-only]
//
// Builds the app and the data sets (timed), then for each data set starts the production server on a
// copy, signs in, and drives each page with autocannon for a fixed time at fixed concurrency; then the
// write paths against a read of the same page under the same load; the iCalendar feed of a busy
// paralegal; a CSV import of 100,000 rows; and the 10,000-article alert ingestion. Prints a table and
// writes bench/results/bench.json. docs/performance.md explains the figures.
import { createHash } from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { peakRssMb, signIn, startServer, type Running } from "./lib/server";

const ROOT = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const opt = (k: string, d: string) => {
  const i = argv.indexOf(`--${k}`);
  return i >= 0 ? argv[i + 1]! : d;
};
const DURATION = Number(opt("duration", "8"));
const CONNECTIONS = Number(opt("connections", "10"));
const SIZES = opt("sizes", "1000,100000").split(",").map(Number);
const REUSE = argv.includes("--reuse-data");
// Only the page reads (no writes, feed, import or ingestion): the table the growth targets are about.
const PAGES_ONLY = argv.includes("--pages-only");
const TSX = [path.join(ROOT, "node_modules/tsx/dist/cli.mjs")];
const t0 = Date.now();
const log = (m: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}`);

type Row = {
  size: number;
  page: string;
  path: string;
  /** The page's HTML as sent (uncompressed), so the growth of its time can be set against its size. */
  bytes: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
};

// A read must answer 200; a form post answers with a redirect (303/302) when it saved, so for writes
// only 4xx, 5xx, timeouts and socket errors count as failures.
async function cannon(
  base: string,
  urlPath: string,
  cookie: string | null,
  extra: Partial<autocannon.Options> = {},
  write = false,
) {
  const r = await autocannon({
    url: `${base}${urlPath}`,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: cookie ? { cookie } : {},
    ...extra,
  });
  const failedStatuses = write
    ? Object.entries(r.statusCodeStats ?? {})
        .filter(([code]) => Number(code) >= 400)
        .reduce((n, [, v]) => n + (v as { count: number }).count, 0)
    : r.non2xx;
  return {
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p95: r.latency.p97_5 ?? r.latency.p99,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + failedStatuses,
    requests: r.requests.total,
    statuses: Object.fromEntries(
      Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, (v as { count: number }).count]),
    ),
  };
}

function runTsx(script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...TSX, path.join(ROOT, script), ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited ${code}`))));
  });
}

async function main() {
  log("building the app");
  execFileSync("npm", ["run", "-s", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const dataSets: Record<number, { file: string; seconds: number | null; summary: unknown }> = {};
  for (const size of SIZES) {
    const file = path.join(ROOT, `bench/.data/${size}.db`);
    if (REUSE && fs.existsSync(file)) {
      dataSets[size] = { file, seconds: null, summary: null };
      continue;
    }
    log(`building the data set of ${size} clients`);
    const s = Date.now();
    const out = await runTsx("bench/data.ts", ["--clients", String(size), "--out", file]);
    dataSets[size] = { file, seconds: (Date.now() - s) / 1000, summary: JSON.parse(out) };
  }

  const rows: Row[] = [];
  const memory: Record<number, number | null> = {};
  const writes: Record<
    number,
    Record<string, { write: Awaited<ReturnType<typeof cannon>>; read: Awaited<ReturnType<typeof cannon>> }>
  > = {};
  const extras: Record<string, unknown> = {};
  for (const size of SIZES) {
    const work = path.join(ROOT, `bench/.data/work-${size}.db`);
    fs.copyFileSync(dataSets[size]!.file, work);
    // Ids and cursors the pages need, read from the data set.
    const db = new Database(work, { readonly: true });
    const firm = "firm-demo";
    const total = db.prepare("select count(*) from clients where firm_id = ?").pluck().get(firm) as number;
    const mid = db
      .prepare(
        "select id, family_name f, given_names g from clients where firm_id = ? order by family_name, given_names, id limit 1 offset ?",
      )
      .get(firm, Math.floor(total / 2)) as { id: string; f: string; g: string };
    const deepCursor = Buffer.from(JSON.stringify({ v: [mid.f, mid.g], id: mid.id })).toString("base64url");
    const client = db
      .prepare(
        "select c.id from clients c where c.firm_id = ? and c.removal_phase = 'final_order' and exists (select 1 from check_ins k where k.client_id = c.id) order by c.id limit 1",
      )
      .pluck()
      .get(firm) as string;
    const aNumber = db.prepare("select a_number from clients where id = ?").pluck().get(client) as string;
    // The alert of the most common destination (Mexico), or failing that the one with the most clients.
    const alert = (db
      .prepare(
        "select a.id from alerts a join alert_countries c on c.alert_id = a.id where a.firm_id = ? and c.country = 'MX' order by a.created_at desc limit 1",
      )
      .pluck()
      .get(firm) ??
      db
        .prepare(
          "select id from alerts where firm_id = ? order by json_extract(counts, '$.critical') + json_extract(counts, '$.high') + json_extract(counts, '$.elevated') + json_extract(counts, '$.low') + json_extract(counts, '$.none') desc limit 1",
        )
        .pluck()
        .get(firm)) as string;
    const paralegal = db
      .prepare("select id from users where email = 'paralegal@demo.test'")
      .pluck()
      .get() as string;
    // Each write records the outcome of a different scheduled check-in.
    const pool: string[] = [];
    db.close();
    const rw = new Database(work);
    // Enough scheduled check-ins for every write of the outcome benchmark to record a different one.
    rw.exec(`insert into check_ins (id, firm_id, client_id, kind, reporting_order, office_id, starts_at, time_zone, local_date, local_time, status, created_at)
      select 'bench' || k.value || c.id, c.firm_id, c.id, 'ero_office', 'i220b', 'ero-new-york', '2027-06-01T14:00:00.000Z', 'America/New_York', '2027-06-01', '09:00', 'scheduled', '2026-12-01T00:00:00.000Z'
      from (select id, firm_id from clients where firm_id = '${firm}' and removal_phase = 'final_order' limit 2000) c, (select value from json_each('[1,2,3,4,5,6,7,8,9,10]')) k`);
    // A token of the shape calendar feeds use (32 base32 characters).
    const feedToken = `benchfeed${size === SIZES[0] ? "small" : "large"}`.padEnd(32, "a");
    // Stored as its SHA-256, as the app stores feed tokens.
    rw.prepare("insert into calendar_feeds (id, user_id, token_hash) values (?, ?, ?)").run(
      `bench-${size}`,
      paralegal,
      createHash("sha256").update(feedToken).digest("hex"),
    );
    pool.push(
      ...(rw
        .prepare(
          "select id from check_ins where firm_id = ? and status = 'scheduled' order by starts_at limit 20000",
        )
        .pluck()
        .all(firm) as string[]),
    );
    rw.close();

    log(`server on ${size} clients`);
    const server: Running = await startServer(work, 3280, { DAILY_REFRESH: "off" });
    try {
      const staff = await signIn(server.base, "paralegal@demo.test");
      const me = await signIn(server.base, "client@demo.test");
      const today = new Date().toISOString().slice(0, 10);
      const pages: [string, string, string | null][] = [
        ["minimal page (sign-in, anonymous)", "/login", null],
        ["dashboard", "/dashboard", staff],
        ["case list, first page", "/clients", staff],
        ["case list, filtered", "/clients?nationality=MX&risk=high", staff],
        ["case list, deep page (keyset)", `/clients?cursor=${deepCursor}`, staff],
        ["search, name part", "/clients?q=garc", staff],
        ["search, own script", `/clients?q=${encodeURIComponent("陈")}`, staff],
        ["search, A-number", `/clients?q=${aNumber.slice(1)}`, staff],
        ["client page", `/clients/${client}`, staff],
        ["check-ins, this week", "/check-ins", staff],
        ["calendar, month", `/calendar?date=${today}`, staff],
        ["alert inbox", "/alerts", staff],
        ["alert page (Mexico)", `/alerts/${alert}`, staff],
        ["client status page (/me)", "/me", me],
      ];
      // Warm-up, not recorded: a page measured first after start ran at half speed (JIT, caches),
      // which made the first row — the minimal page, every ratio's baseline — swing between runs.
      for (const [, p, cookie] of pages) await cannon(server.base, p, cookie, { duration: 1 });
      for (const [page, p, cookie] of pages) {
        const bytes = (
          await (await fetch(`${server.base}${p}`, { headers: cookie ? { cookie } : {} })).arrayBuffer()
        ).byteLength;
        const r = await cannon(server.base, p, cookie);
        rows.push({ size, page, path: p.replace(/cursor=[^&]+/, "cursor=…"), bytes, ...r });
        log(`${size} ${page}: ${r.reqPerSec} req/s, p50 ${r.p50} ms, errors ${r.errors}`);
      }
      if (PAGES_ONLY) {
        memory[size] = peakRssMb(server.pid);
        continue;
      }
      // Writes under the same load as a read of the same page.
      let next = 0;
      const outcome = await cannon(
        server.base,
        "/check-ins",
        staff,
        {
          method: "POST",
          requests: [
            {
              setupRequest: (req: autocannon.Request) => {
                const id = pool[next++ % pool.length]!;
                return {
                  ...req,
                  method: "POST",
                  path: "/check-ins",
                  headers: {
                    ...req.headers,
                    "content-type": "application/x-www-form-urlencoded",
                    origin: server.base,
                    cookie: staff,
                  },
                  body: new URLSearchParams({
                    intent: "checkin-outcome",
                    checkInId: id,
                    outcome: "attended",
                    notes: "",
                    nextDate: "",
                    nextTime: "",
                    rescheduledBy: "",
                  }).toString(),
                };
              },
            },
          ],
        },
        true,
      );
      // The outcome form is on the check-ins queue: the read is that page.
      const outcomeRead = await cannon(server.base, "/check-ins", staff);
      let n = 0;
      const create = await cannon(
        server.base,
        "/clients/new",
        staff,
        {
          method: "POST",
          requests: [
            {
              setupRequest: (req: autocannon.Request) => ({
                ...req,
                method: "POST",
                path: "/clients/new",
                headers: {
                  ...req.headers,
                  "content-type": "application/x-www-form-urlencoded",
                  origin: server.base,
                  cookie: staff,
                },
                body: new URLSearchParams({
                  familyName: `Benchmark${n++}`,
                  givenNames: "Load",
                  nationalities: "MX",
                  preferredLanguage: "es",
                  sex: "unknown",
                  detentionStatus: "not_detained",
                }).toString(),
              }),
            },
          ],
        },
        true,
      );
      const createRead = await cannon(server.base, "/clients/new", staff);
      writes[size] = {
        "record a check-in outcome": { write: outcome, read: outcomeRead },
        "create a client": { write: create, read: createRead },
      };
      log(
        `${size} writes: outcome p50 ${outcome.p50} ms (read ${outcomeRead.p50}), create p50 ${create.p50} ms (read ${createRead.p50})`,
      );
      // The iCalendar feed of the demo paralegal (the busiest: a share of every firm's check-ins).
      const ics = await cannon(server.base, `/calendar/feed/${feedToken}.ics`, null, { connections: 2 });
      extras[`ics-${size}`] = ics;
      memory[size] = peakRssMb(server.pid);
    } finally {
      await server.stop();
    }
    for (const f of [work, `${work}-wal`, `${work}-shm`]) fs.rmSync(f, { force: true });
  }

  // CSV import of 100,000 rows into a copy of the small firm, through the import model.
  if (SIZES.includes(1000) && !PAGES_ONLY) {
    log("CSV import of 100,000 rows");
    extras.csvImport = JSON.parse(
      await runTsx("bench/lib/import-worker.ts", [dataSets[1000]!.file, "100000"]),
    );
  }
  if (SIZES.includes(100000) && !PAGES_ONLY) {
    log("alert ingestion of 10,000 articles");
    await runTsx("bench/alerts.ts", ["--db", dataSets[100000]!.file]);
    extras.alertIngestion = JSON.parse(
      fs.readFileSync(path.join(ROOT, "bench/results/alerts-ingest.json"), "utf8"),
    );
  }

  const out = {
    at: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    dataSets,
    rows,
    writes,
    memoryPeakRssMb: memory,
    extras,
    totalSeconds: Math.round((Date.now() - t0) / 1000),
  };
  fs.mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench/results/bench.json"), `${JSON.stringify(out, null, 2)}\n`);

  // The table: each page at each size, and the ratios the targets are about.
  const [small, large] = [SIZES[0]!, SIZES.at(-1)!];
  const baseline = (size: number) => rows.find((r) => r.size === size && r.path === "/login")!;
  const lines = [
    "| page | size | HTML kB | req/s | p50 ms | p95 ms | p99 ms | errors | p50 vs small | HTML vs small | p50 growth per HTML growth | throughput vs minimal |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    const s = rows.find((x) => x.size === small && x.page === r.page)!;
    const timeGrowth = r.p50 / Math.max(1, s.p50);
    const sizeGrowth = r.bytes / Math.max(1, s.bytes);
    lines.push(
      `| ${r.page} | ${r.size.toLocaleString("en-US")} | ${(r.bytes / 1000).toFixed(1)} | ${r.reqPerSec} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.size === small ? "" : timeGrowth.toFixed(2) + "x"} | ${r.size === small ? "" : sizeGrowth.toFixed(2) + "x"} | ${r.size === small ? "" : (timeGrowth / sizeGrowth).toFixed(2)} | ${(r.reqPerSec / baseline(r.size).reqPerSec).toFixed(2)} |`,
    );
  }
  for (const [size, w] of Object.entries(writes))
    for (const [name, x] of Object.entries(w))
      lines.push(
        `| write: ${name} (read of the page: p50 ${x.read.p50} ms) | ${Number(size).toLocaleString("en-US")} | | ${x.write.reqPerSec} | ${x.write.p50} | ${x.write.p95} | ${x.write.p99} | ${x.write.errors} | ${(x.write.p50 / Math.max(1, x.read.p50)).toFixed(2)}x of read | | | |`,
      );
  lines.push(
    "",
    `Server peak RSS: ${SIZES.map((s) => `${s.toLocaleString("en-US")} clients ${memory[s]} MB`).join(", ")}${memory[large] && memory[small] ? ` (${(memory[large]! / memory[small]!).toFixed(2)}x)` : ""}.`,
  );
  console.log(lines.join("\n"));
  fs.writeFileSync(path.join(ROOT, "bench/results/bench-table.md"), `${lines.join("\n")}\n`);
  log(`done in ${out.totalSeconds} s`);
}

await main();
