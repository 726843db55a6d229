// Which SQL statements one request of a page runs, with their query plans and their cost measured one
// statement at a time (issue 21's follow-up: evidence that does not depend on how busy the machine is).
// Runs the production build in this process like bench/profile.ts, signs in as the demo paralegal, warms
// each page, then records every statement (text and parameters) executed while one request is served.
// For each statement: EXPLAIN QUERY PLAN, rows returned, and its time run alone `--n` times (min and
// median; a single statement in a loop is much less sensitive to other processes than a page under
// load). `--json FILE` writes statements and parameters for bench/scanstats.py (rows visited per loop).
//   cp bench/.data/100000.db /tmp/s.db && npx tsx bench/statements.ts --db /tmp/s.db [--n 30] [--json out.json] [/dashboard ...]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ServerBuild } from "@remix-run/node";

const { values, positionals } = parseArgs({
  options: {
    db: { type: "string" },
    n: { type: "string", default: "30" },
    who: { type: "string", default: "paralegal@demo.test" },
    json: { type: "string" },
    "no-optimize": { type: "boolean", default: false },
  },
  allowPositionals: true,
});
if (!values.db) throw new Error("--db <file> is required");
process.env.DATABASE_PATH = values.db;
process.env.NODE_ENV = "production";
process.env.COOKIE_SECURE = "false";
process.env.RATE_LIMIT_IP_MAX = "100000000";
process.env.RATE_LIMIT_ACCOUNT_MAX = "100000000";
process.env.DAILY_REFRESH = "off";
const N = Number(values.n);
const today = new Date().toISOString().slice(0, 10);
const pages = positionals.length
  ? positionals
  : ["/dashboard", `/calendar?date=${today}`, "/alerts", "/check-ins"];

const { getSqlite, optimizeDb, runMigrations } = await import("#db/client");
runMigrations();
if (!values["no-optimize"]) optimizeDb(true);

type Stmt = {
  source: string;
  reader: boolean;
  all: (...a: unknown[]) => unknown[];
  raw: (on?: boolean) => Stmt;
};
let recording: { source: string; args: unknown[]; ms: number; stmt: Stmt }[] | null = null;
const { default: Database } = await import("better-sqlite3");
const proto = (Database.prototype as unknown as { prepare: (s: string) => object }).prepare;
const stmtProto = Object.getPrototypeOf(proto.call(new Database(":memory:"), "select 1")) as Record<
  string,
  (...a: unknown[]) => unknown
>;
const originals: Record<string, (...a: unknown[]) => unknown> = {};
for (const m of ["all", "get", "run", "iterate"]) {
  const orig = (originals[m] = stmtProto[m]!);
  stmtProto[m] = function (this: Stmt, ...a: unknown[]) {
    const t = performance.now();
    try {
      return orig.apply(this, a);
    } finally {
      recording?.push({ source: this.source, args: a, ms: performance.now() - t, stmt: this });
    }
  };
}

const build = (await import(path.resolve("build/server/index.js"))) as ServerBuild;
const { createRequestHandler } = await import("@remix-run/node");
const handler = createRequestHandler(build, "production");
const base = "http://127.0.0.1:3000";
const ctx = () => ({ cspNonce: "n", requestId: "r", clientIp: "127.0.0.1" });
const request = (url: string, init: RequestInit = {}) => handler(new Request(base + url, init), ctx());
const res = await request("/login", {
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded", origin: base, host: "127.0.0.1:3000" },
  body: new URLSearchParams({ identifier: values.who!, password: "casewatch-demo" }).toString(),
});
const cookie = res.headers
  .getSetCookie()
  .map((c) => c.split(";")[0]!)
  .filter((c) => !c.startsWith("toast"))
  .join("; ");

const sqlite = getSqlite();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const out: Record<string, unknown[]> = {};
for (const page of pages) {
  for (let i = 0; i < 5; i++) await (await request(page, { headers: { cookie } })).text();
  recording = [];
  const r = await request(page, { headers: { cookie } });
  const html = await r.text();
  const seen = recording;
  recording = null;
  if (r.status !== 200) throw new Error(`${page} answered ${r.status}`);
  console.log(`\n## ${page}: ${seen.length} statements, HTML ${(html.length / 1024).toFixed(1)} kB`);
  console.log("| # | ms in request | alone: min / median ms | rows | plan | statement |");
  console.log("|---:|---:|---:|---:|---|---|");
  const rows: unknown[] = [];
  let total = 0;
  seen.forEach((s, i) => {
    const flat = s.args.length === 1 && Array.isArray(s.args[0]) ? (s.args[0] as unknown[]) : s.args;
    let plan = "";
    let n: number | string = "";
    const times: number[] = [];
    if (s.stmt.reader && /^\s*(select|with)/i.test(s.source)) {
      plan = (sqlite.prepare(`explain query plan ${s.source}`).all(...flat) as { detail: string }[])
        .map((p) => p.detail)
        .join("; ");
      const alone = sqlite.prepare(s.source);
      n = (originals.all!.apply(alone, flat) as unknown[]).length;
      for (let k = 0; k < N; k++) {
        const t = performance.now();
        originals.all!.apply(alone, flat);
        times.push(performance.now() - t);
      }
    }
    const min = times.length ? Math.min(...times) : 0;
    total += min;
    const med = times.length ? median(times) : 0;
    rows.push({ source: s.source, args: flat, plan, rows: n, min, median: med });
    console.log(
      `| ${i + 1} | ${s.ms.toFixed(3)} | ${min.toFixed(3)} / ${med.toFixed(3)} | ${n} | ${plan.slice(0, 260)} | ${s.source.replace(/\s+/g, " ").slice(0, 200)} |`,
    );
  });
  console.log(`sum of the statements' minimum alone: ${total.toFixed(2)} ms`);
  out[page] = rows;
}
if (values.json)
  writeFileSync(
    values.json,
    JSON.stringify(out, (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v), 1),
  );
process.exit(0);
