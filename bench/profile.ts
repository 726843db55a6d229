// Where a page's time goes: runs the production build in this process (no HTTP, no load generator), signs
// in, requests each page N times one after another, and splits each request into the loaders' time and
// the rest (matching, rendering React to HTML, serialising the data). Prints a table (loaders overlap:
// they run together and wait on the same sign-in lookup); --sql adds each page's slowest statements;
// --html DIR writes each page's HTML there; under `node --cpu-prof --import tsx` it leaves a CPU profile. Used for docs/performance.md.
//   cp bench/.data/1000.db /tmp/p.db && npx tsx bench/profile.ts --db /tmp/p.db [--n 200] [--sql] [--html dir] [/clients /dashboard ...]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ServerBuild } from "@remix-run/node";

const { values, positionals } = parseArgs({
  options: {
    db: { type: "string" },
    n: { type: "string", default: "200" },
    who: { type: "string", default: "paralegal@demo.test" },
    sql: { type: "boolean", default: false },
    html: { type: "string" },
  },
  allowPositionals: true,
});
if (!values.db) throw new Error("--db <file> is required");
process.env.DATABASE_PATH = values.db;
process.env.NODE_ENV = "production";
process.env.COOKIE_SECURE = "false";
process.env.RATE_LIMIT_IP_MAX = "100000000";
process.env.RATE_LIMIT_ACCOUNT_MAX = "100000000";
const N = Number(values.n);
const pages = positionals.length
  ? positionals
  : [
      "/login",
      "/dashboard",
      "/clients",
      "/clients?nationality=MX&risk=high",
      "/clients?q=garc",
      "/check-ins",
      "/calendar",
      "/alerts",
      "/me",
    ];

// As the server does at start: pending migrations, then current planner statistics (this changes the
// file: give it a copy).
const { optimizeDb, runMigrations } = await import("#db/client");
runMigrations();
optimizeDb(true);
const { createRequestHandler } = await import("@remix-run/node");
// --sql: time every statement the pages run (better-sqlite3 is synchronous, so the time is the statement's).
const sqlMs = new Map<string, { ms: number; n: number }>();
if (values.sql) {
  const { default: Database } = await import("better-sqlite3");
  const proto = (Database.prototype as unknown as { prepare: (s: string) => object }).prepare;
  const stmtProto = Object.getPrototypeOf(proto.call(new Database(":memory:"), "select 1")) as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  for (const m of ["all", "get", "run", "iterate"]) {
    const orig = stmtProto[m]!;
    stmtProto[m] = function (this: { source: string }, ...a: unknown[]) {
      const t = performance.now();
      try {
        return orig.apply(this, a);
      } finally {
        const e = sqlMs.get(this.source) ?? { ms: 0, n: 0 };
        e.ms += performance.now() - t;
        e.n++;
        sqlMs.set(this.source, e);
      }
    };
  }
}
const build = (await import(path.resolve("build/server/index.js"))) as ServerBuild;
let loaderMs = 0;
const perRoute = new Map<string, number>();
const routes: ServerBuild["routes"] = {};
for (const [id, route] of Object.entries(build.routes)) {
  const loader = route.module.loader;
  routes[id] = {
    ...route,
    module: {
      ...route.module,
      ...(loader
        ? {
            loader: async (args: Parameters<NonNullable<typeof loader>>[0]) => {
              const t = performance.now();
              try {
                return await loader(args);
              } finally {
                const ms = performance.now() - t;
                loaderMs += ms;
                perRoute.set(id, (perRoute.get(id) ?? 0) + ms);
              }
            },
          }
        : {}),
    },
  };
}
const handler = createRequestHandler({ ...build, routes }, "production");
const base = "http://127.0.0.1:3000";
const ctx = () => ({ cspNonce: "n", requestId: "r", clientIp: "127.0.0.1" });
const request = (url: string, init: RequestInit = {}) => handler(new Request(base + url, init), ctx());

async function signIn(email: string) {
  const res = await request("/login", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base, host: "127.0.0.1:3000" },
    body: new URLSearchParams({ identifier: email, password: "casewatch-demo" }).toString(),
  });
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.startsWith("toast"))
    .join("; ");
}
const staff = await signIn(values.who!);
const client = await signIn("client@demo.test");

console.log("| page | ms per request | loaders ms | rest ms | HTML kB | loaders (ms each) |");
console.log("|---|---:|---:|---:|---:|---|");
for (const page of pages) {
  const cookie = page === "/login" ? "" : page.startsWith("/me") ? client : staff;
  let bytes = 0;
  const once = async () => {
    const res = await request(page, { headers: { cookie } });
    const body = await res.text();
    bytes = Buffer.byteLength(body);
    if (res.status !== 200) throw new Error(`${page} answered ${res.status}`);
    if (values.html)
      writeFileSync(path.join(values.html, `${page.replace(/[^a-z0-9]+/gi, "_") || "root"}.html`), body);
  };
  for (let i = 0; i < Math.min(20, N); i++) await once();
  loaderMs = 0;
  perRoute.clear();
  sqlMs.clear();
  const t = performance.now();
  for (let i = 0; i < N; i++) await once();
  const per = (performance.now() - t) / N;
  console.log(
    `| ${page} | ${per.toFixed(2)} | ${(loaderMs / N).toFixed(2)} | ${(per - loaderMs / N).toFixed(2)} | ${(bytes / 1024).toFixed(1)} | ${[...perRoute].map(([id, ms]) => `${id.replace(/^routes\//, "")} ${(ms / N).toFixed(2)}`).join(", ")} |`,
  );
  if (values.sql)
    for (const [text, e] of [...sqlMs].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8))
      console.log(
        `    ${(e.ms / N).toFixed(2)} ms  ${(e.n / N).toFixed(0)}×  ${text.replace(/\s+/g, " ").slice(0, 220)}`,
      );
}
process.exit(0);
