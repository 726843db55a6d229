// The CSV import benchmark: a file of N rows (names in several scripts, A-numbers, nationalities,
// dates of birth, phones) imported into a copy of a data set through the same model functions the
// import page uses: parse, save the upload, validate, import (one transaction, audited per row).
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { rng } from "./random";

const [source, nRaw] = process.argv.slice(2);
const n = Number(nRaw ?? "100000");
const work = `${source}.import-${process.pid}.db`;
fs.copyFileSync(source!, work);
process.env.DATABASE_PATH = work;
const { getDb, closeDb, runMigrations } = await import("../../db/client");
// As the server does at start (a data set made before the latest migration lacks its tables).
runMigrations();
const { users } = await import("../../db/schema");
const { eq } = await import("drizzle-orm");
const { guessMapping, runImport, saveUpload, validateRows } =
  await import("../../app/models/client-import.server");
const { parseCsv } = await import("../../app/utils/csv");
try {
  const r = rng(99);
  const names: [string, string, string][] = [
    ["García", "María José", "MX"],
    ["Chen", "Wei", "CN"],
    ["Ramírez", "Carlos", "GT"],
    ["Nguyễn", "Thị Lan", "VN"],
    ["Ivanov", "Dmitri", "RU"],
    ["Diallo", "Mamadou", "GN"],
    ["Kumar", "Sunita", "IN"],
    ["Silva", "João", "BR"],
  ];
  const lines = ["Family name,Given names,A-number,Date of birth,Nationality,Phone,Language"];
  for (let i = 0; i < n; i++) {
    const [f, g, c] = r.pick(names);
    lines.push(
      `"${f}","${g}",A9${String(i).padStart(8, "0")},19${r.int(60, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)},${c},+1 212 555 ${String(r.int(0, 9999)).padStart(4, "0")},en`,
    );
  }
  const csv = `${lines.join("\r\n")}\r\n`;
  const admin = getDb().select().from(users).where(eq(users.email, "admin@demo.test")).get()!;
  const actor = { id: admin.id, firmId: admin.firmId, displayName: admin.displayName, ip: null };
  const t0 = performance.now();
  const saved = saveUpload(actor, "bench.csv", csv);
  if ("error" in saved) throw new Error(saved.error);
  const { header, rows } = parseCsv(csv);
  const t1 = performance.now();
  const validated = validateRows(actor.firmId, header, rows, guessMapping(header));
  const t2 = performance.now();
  const result = runImport(actor, saved.id, header, validated, "all");
  const t3 = performance.now();
  console.log(
    JSON.stringify({
      rows: n,
      bytes: Buffer.byteLength(csv),
      imported: result.imported,
      errors: result.errors.length,
      parseAndSaveSeconds: +((t1 - t0) / 1000).toFixed(2),
      validateSeconds: +((t2 - t1) / 1000).toFixed(2),
      importSeconds: +((t3 - t2) / 1000).toFixed(2),
      totalSeconds: +((t3 - t0) / 1000).toFixed(2),
    }),
  );
} finally {
  closeDb();
  for (const f of [work, `${work}-wal`, `${work}-shm`]) fs.rmSync(f, { force: true });
}
