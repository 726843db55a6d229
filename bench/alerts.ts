// npm run bench:alerts [-- --db bench/.data/100k.db] [--articles 10000]
//
// Ingests 10,000 generated articles (about 10% removal-flight reports over 30 destination countries,
// the rest near misses) into a copy of a generated firm of 100,000 clients, in a separate process,
// while this process asks the running server for the alert inbox and the dashboard every 50 ms: the
// time to ingest, what was stored, and how the pages answered during it. Results in bench/results/.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ensureBuild, peakRssMb, signIn, startServer } from "./lib/server";

const ROOT = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const opt = (k: string, d: string) => {
  const i = argv.indexOf(`--${k}`);
  return i >= 0 ? argv[i + 1]! : d;
};
const source = path.resolve(ROOT, opt("db", "bench/.data/100k.db"));
const articles = Number(opt("articles", "10000"));
if (!fs.existsSync(source)) {
  console.error(
    `${source} does not exist: make it with npm run bench:data -- --clients 100000 --out ${path.relative(ROOT, source)}`,
  );
  process.exit(2);
}
ensureBuild();
const work = path.join(path.dirname(source), `alerts-work-${process.pid}.db`);
fs.copyFileSync(source, work);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10 : null;
};

async function probe(base: string, cookie: string, paths: string[], until: () => boolean) {
  const lat: number[] = [];
  let errors = 0;
  while (!until()) {
    for (const p of paths) {
      const t = performance.now();
      try {
        const r = await fetch(`${base}${p}`, { headers: { cookie } });
        await r.arrayBuffer();
        if (!r.ok) errors++;
      } catch {
        errors++;
      }
      lat.push(performance.now() - t);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { requests: lat.length, errors, p50: pct(lat, 50), p95: pct(lat, 95), max: pct(lat, 100) };
}

const server = await startServer(work, 3290, { DAILY_REFRESH: "off" });
try {
  const cookie = await signIn(server.base, "paralegal@demo.test");
  const pages = ["/alerts", "/dashboard"];
  // Idle: the same probes for three seconds before the ingestion starts.
  const idleEnd = Date.now() + 3000;
  const idle = await probe(server.base, cookie, pages, () => Date.now() > idleEnd);
  let done = false;
  let result = "";
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      path.join(ROOT, "bench/lib/ingest-worker.ts"),
      work,
      String(articles),
      "50",
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  child.stdout.on("data", (d) => (result += d));
  const finished = new Promise<void>((resolve) => child.on("exit", () => ((done = true), resolve())));
  const during = await probe(server.base, cookie, pages, () => done);
  await finished;
  const ingest = JSON.parse(result) as Record<string, number>;
  const ro = new Database(work, { readonly: true });
  const clients = ro
    .prepare("select count(*) from clients where firm_id = 'firm-demo'")
    .pluck()
    .get() as number;
  ro.close();
  const out = {
    at: new Date().toISOString(),
    machine: `${(await import("node:os")).cpus().length} cores`,
    clients,
    ...ingest,
    pages,
    idle,
    during,
    serverPeakRssMb: peakRssMb(server.pid),
  };
  fs.mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench/results/alerts-ingest.json"), `${JSON.stringify(out, null, 2)}\n`);
  console.log(
    `Ingested ${ingest.articles} articles against ${clients} clients in ${ingest.seconds} s: ${ingest.alertsCreated} alerts, ${ingest.matchesStored} affected clients stored; precision ${ingest.precision?.toFixed(3)}, recall ${ingest.recall?.toFixed(3)}; slowest batch of 50: ${ingest.slowestBatchMs} ms.`,
  );
  console.log(
    `Pages (${pages.join(", ")}) while idle: p50 ${idle.p50} ms, p95 ${idle.p95} ms; during ingestion: p50 ${during.p50} ms, p95 ${during.p95} ms, max ${during.max} ms, ${during.errors} errors of ${during.requests}.`,
  );
} finally {
  await server.stop();
  for (const f of [work, `${work}-wal`, `${work}-shm`]) fs.rmSync(f, { force: true });
}
