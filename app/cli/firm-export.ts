// npm run -s firm:export -- --firm <slug or id> --out <file.zip> [--db <database file>]
// Writes the firm's complete export (docs/export.md). Exit codes: 0 done, 2 bad arguments, 1 failure.
import { parseArgs } from "node:util";
import path from "node:path";
import { closeDb, databasePath, getDb } from "#db/client";
import { findFirmForExport, writeFirmExport } from "~/models/firm-export.server";
import { writeAudit } from "~/utils/audit.server";
import { env } from "~/utils/env.server";

const USAGE = "usage: npm run -s firm:export -- --firm <firm slug> --out <file.zip> [--db <database file>]";

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let values: { firm?: string; out?: string; db?: string };
try {
  values = parseArgs({
    options: { firm: { type: "string" }, out: { type: "string" }, db: { type: "string" } },
    strict: true,
  }).values;
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`, 2);
}
if (!values.firm || !values.out) fail(USAGE, 2);
const cwd = env.invocationDir;
if (values.db) env.setDatabasePath(path.resolve(cwd, values.db));
const out = path.resolve(cwd, values.out);
const firm = findFirmForExport(values.firm, databasePath());
if (!firm) fail(`No firm with the slug or id “${values.firm}” in ${databasePath()}.`, 2);

const t0 = performance.now();
let last = 0;
try {
  const manifest = await writeFirmExport(firm.id, out, {
    onProgress: (p) => {
      if (p.totalRows - last >= 100_000) {
        last = p.totalRows;
        process.stderr.write(`${p.totalRows.toLocaleString("en-US")} rows (${p.table})\n`);
      }
    },
  });
  const rows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
  writeAudit(getDb(), {
    firmId: firm.id,
    actorUserId: null,
    action: "firm.exported",
    entityType: "firm",
    entityId: firm.id,
    after: { via: "command line", schemaVersion: manifest.schemaVersion, rows },
  });
  closeDb();
  const total = manifest.tables.reduce((s, t) => s + t.rows, 0);
  process.stdout.write(
    `${JSON.stringify({ out, firm: firm.slug, schemaVersion: manifest.schemaVersion, rows: total, seconds: Number(((performance.now() - t0) / 1000).toFixed(1)) })}\n`,
  );
} catch (e) {
  fail(`The export failed: ${(e as Error).message}`, 1);
}
