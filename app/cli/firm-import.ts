// npm run -s firm:import -- <file.zip> [--slug <new slug>] [--name <new name>] [--origin https://casewatch.example]
// Loads a firm export into this installation's database (empty or not) as a new firm, then prints
// one password-reset link per user: secrets never travel (docs/export.md).
// Exit codes: 0 imported, 2 bad arguments, 3 the file was refused (nothing changed), 1 other failure.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb, runMigrations } from "#db/client";
import { importFirmExport } from "~/models/firm-import.server";
import { env } from "~/utils/env.server";

const USAGE =
  "usage: npm run -s firm:import -- <export.zip> [--slug <new slug>] [--name <new firm name>] [--origin <https://server>]";

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: { slug: { type: "string" }, name: { type: "string" }, origin: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
}
try {
  parsed = parse();
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`, 2);
}
const [fileArg, ...rest] = parsed.positionals;
if (!fileArg || rest.length) fail(USAGE, 2);
const file = path.resolve(env.invocationDir, fileArg);
if (!fs.existsSync(file)) fail(`No file ${file}.`, 2);

runMigrations();
const t0 = performance.now();
try {
  const r = await importFirmExport(file, { slug: parsed.values.slug, name: parsed.values.name });
  if (!r.ok) fail(`Refused, nothing was changed: ${r.message}`, 3);
  closeDb();
  const origin = parsed.values.origin ?? env.appOrigin ?? "http://localhost:3000";
  const rows = Object.values(r.counts).reduce((s, n) => s + n, 0);
  process.stderr.write(
    `Imported “${r.name}” (slug ${r.slug}): ${rows.toLocaleString("en-US")} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s${r.migratedFrom ? `, migrated from ${r.migratedFrom}` : ""}.\n` +
      `Every user must choose a new password. Give each one their link (valid 72 hours):\n`,
  );
  for (const l of r.resetLinks)
    process.stdout.write(
      `${l.displayName}\t${l.email ?? "(no email)"}\t${origin}/reset-password/${l.token}\n`,
    );
} catch (e) {
  fail(`The import failed: ${(e as Error).message}`, 1);
}
