// The ingestion half of the alert benchmark, in its own process (as `npm run alerts` or the feed job
// would be), so the benchmark's probes of the server are not delayed by it.
import { performance } from "node:perf_hooks";
import { article } from "./articles";
import { rng } from "./random";

const [dbFile, nRaw, batchRaw] = process.argv.slice(2);
process.env.DATABASE_PATH = dbFile;
const { getSqlite, closeDb } = await import("../../db/client");
if (process.env.CACHE) getSqlite().pragma(`cache_size = ${process.env.CACHE}`);
const { ingestArticles } = await import("../../app/models/alerts.server");
const { firmToday } = await import("../../app/models/client-derived.server");

const n = Number(nRaw ?? "10000");
const batch = Number(batchRaw ?? "50");
const r = rng(20261201);
const today = firmToday();
const before = getSqlite()
  .prepare("select (select count(*) from alert_matches) m, (select count(*) from alerts) a")
  .get() as { m: number; a: number };
const truth: boolean[] = [];
const items = Array.from({ length: n }, (_, i) => {
  const relevant = r.chance(0.1);
  truth.push(relevant);
  const a = article(r, 1_000_000 + i, relevant, today, 0);
  return { source: "feed" as const, title: a.title, url: a.url, publishedOn: a.publishedOn, body: a.body };
});
let tp = 0,
  fp = 0,
  fn = 0;
const t0 = performance.now();
let slowest = 0;
for (let i = 0; i < n; i += batch) {
  const s = performance.now();
  const res = ingestArticles({ id: null, firmId: "firm-demo" }, items.slice(i, i + batch), {
    withMatches: false,
  });
  slowest = Math.max(slowest, performance.now() - s);
  res.forEach((x, k) => {
    const want = truth[i + k]!;
    if (x.relevant && want) tp++;
    else if (x.relevant) fp++;
    else if (want) fn++;
  });
  // Let the event loop breathe between batches, as the feed job does.
  await new Promise((resolve) => setImmediate(resolve));
}
const seconds = (performance.now() - t0) / 1000;
const after = getSqlite()
  .prepare("select (select count(*) from alert_matches) m, (select count(*) from alerts) a")
  .get() as { m: number; a: number };
closeDb();
console.log(
  JSON.stringify({
    articles: n,
    batch,
    seconds: Math.round(seconds * 100) / 100,
    relevantExpected: truth.filter(Boolean).length,
    alertsCreated: after.a - before.a,
    matchesStored: after.m - before.m,
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    slowestBatchMs: Math.round(slowest),
  }),
);
