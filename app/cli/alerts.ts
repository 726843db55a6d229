// npm run -s alerts -- ingest --firm <slug> --file <article.txt|.html> [--title T] [--url U] [--published YYYY-MM-DD] [--json]
// npm run -s alerts -- fetch --firm <slug> [--json]
// With --json, stdout carries exactly one JSON value; everything else goes to stderr.
// Exit codes: 0 done, 2 bad arguments (usage on stderr), 1 any other failure.
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { closeDb, getDb, runMigrations } from "#db/client";
import { firms } from "#db/schema";
import { isIsoDate } from "~/domain/dates";
import { readArticleFile } from "~/domain/article-file";
import { ingestArticle } from "~/models/alerts.server";
import { firmToday } from "~/models/client-derived.server";
import { runFirmFeeds } from "~/models/feeds.server";
import { env } from "~/utils/env.server";

const USAGE =
  "usage: npm run -s alerts -- ingest --firm <firm slug> --file <article.txt|.html> [--title T] [--url U] [--published YYYY-MM-DD] [--json]\n" +
  "       npm run -s alerts -- fetch --firm <firm slug> [--json]";

// Nothing but the answer may reach stdout.
const out = process.stdout.write.bind(process.stdout);
console.log =
  console.info =
  console.warn =
  console.debug =
    (...a: unknown[]) => process.stderr.write(`${a.map(String).join(" ")}\n`);

class BadArgs extends Error {}

function parseArgs(argv: string[]) {
  const [command, ...rest] = argv;
  if (command !== "ingest" && command !== "fetch")
    throw new BadArgs(command ? `unknown command “${command}”` : "no command given");
  const opts: Record<string, string | true> = {};
  const valued = command === "ingest" ? ["firm", "file", "title", "url", "published"] : ["firm"];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new BadArgs(`unexpected argument “${a}”`);
    const name = m[1]!;
    if (name === "json") {
      opts.json = true;
      continue;
    }
    if (!valued.includes(name)) throw new BadArgs(`unknown option --${name}`);
    const value = m[2] ?? rest[++i];
    if (value === undefined || value.startsWith("--")) throw new BadArgs(`--${name} needs a value`);
    if (name in opts) throw new BadArgs(`--${name} given twice`);
    opts[name] = value;
  }
  if (typeof opts.firm !== "string" || !opts.firm) throw new BadArgs("--firm is required");
  if (command === "ingest") {
    if (typeof opts.file !== "string") throw new BadArgs("--file is required");
    if (typeof opts.published === "string" && !isIsoDate(opts.published))
      throw new BadArgs("--published must be a date as YYYY-MM-DD");
  }
  return { command, opts } as {
    command: "ingest" | "fetch";
    opts: Record<string, string | undefined> & { json?: true };
  };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof BadArgs) {
      process.stderr.write(`alerts: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  const { command, opts } = args;
  runMigrations();
  const firm = getDb().select().from(firms).where(eq(firms.slug, opts.firm!)).get();
  if (!firm) {
    process.stderr.write(`alerts: no firm with the slug “${opts.firm}”\n`);
    return 1;
  }
  if (command === "fetch") {
    const runs = await runFirmFeeds(firm.id);
    if (opts.json) out(`${JSON.stringify(runs)}\n`);
    else if (!runs.length) out("No active feeds.\n");
    else for (const r of runs) out(`${r.url}: ${r.status} — ${r.message}\n`);
    return runs.some((r) => r.status === "error" || r.status === "refused") ? 1 : 0;
  }
  // A relative --file is taken from where the command was typed, not from the project root npm moves to.
  const file = path.resolve(env.invocationDir, opts.file!);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    process.stderr.write(`alerts: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? "error"}\n`);
    return 1;
  }
  // Decoded from the bytes (BOM, meta charset, XML declaration, else UTF-8), as an upload is.
  const read = readArticleFile(bytes, { fileName: file, title: opts.title });
  if (!read.ok) {
    process.stderr.write(`alerts: ${file}: ${read.message}\n`);
    return 1;
  }
  if (read.note) process.stderr.write(`alerts: ${file}: ${read.note}\n`);
  const { title, body } = read;
  if (!title && !body) {
    process.stderr.write(`alerts: ${file} is empty\n`);
    return 1;
  }
  const r = ingestArticle(
    { id: null, firmId: firm.id },
    { source: "cli", url: opts.url ?? null, title, publishedOn: opts.published ?? firmToday(firm.id), body },
  );
  const answer = {
    alertId: r.alertId,
    duplicate: r.duplicate,
    relevant: r.relevant,
    kind: r.kind,
    countries: r.countries,
    eventDate: r.eventDate,
    peopleCount: r.peopleCount,
    peopleCountApprox: r.peopleCountApprox,
    departure: r.departure,
    arrival: r.arrival,
    matches: r.matches.map((m) => ({ clientId: m.clientId, name: m.name, tier: m.tier, reasons: m.reasons })),
  };
  if (opts.json) out(`${JSON.stringify(answer)}\n`);
  else {
    out(
      `${r.duplicate ? "Already ingested" : "Ingested"}: ${r.relevant ? `${r.kind}, ${r.countries.join(", ")}` : "not about a removal flight"}${r.alertId ? ` — alert ${r.alertId}` : ""}\n`,
    );
    for (const m of answer.matches) out(`  ${m.tier.padEnd(8)} ${m.name}: ${m.reasons.join(" ")}\n`);
  }
  return 0;
}

main()
  .then((code) => {
    closeDb();
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`alerts: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
