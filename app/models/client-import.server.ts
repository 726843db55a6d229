import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "#db/client";
import { clients, importUploads } from "#db/schema";
import { isIsoDate } from "~/domain/dates";
import { parseLanguage } from "~/domain/languages";
import { writeAudit } from "~/utils/audit.server";
import { clientFormSchema, type ClientFormInput } from "~/utils/client-schema";
import { createId } from "~/utils/crypto.server";
import { parseCsv } from "~/utils/csv";
import { IMPORT_FIELDS, type ImportField, type Mapping } from "~/utils/import-fields";
import type { FlightTier } from "~/domain/flight-risk";
import { syncClientAlerts } from "./alert-matching.server";
import { deriveNewClient, firmToday, syncClientIndexes } from "./client-derived.server";
import { clientsChanged } from "./firm-counts.server";
import { clientColumns } from "./client.server";
import type { Actor } from "./actor";

// CSV import of clients: upload, map columns, preview, import. Every row is validated with the same
// schema as the form; the valid rows go in one transaction (or none, in "all or nothing" mode).
export { IMPORT_FIELDS, type ImportField, type Mapping };
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .replace(/[.:]/g, "");

export function guessMapping(header: string[]): Mapping {
  const m: Mapping = {};
  const used = new Set<number>();
  for (const f of IMPORT_FIELDS) {
    const idx = header.findIndex(
      (h, i) => !used.has(i) && (f.guesses as readonly string[]).includes(norm(h)),
    );
    if (idx >= 0) {
      m[f.field] = idx;
      used.add(idx);
    }
  }
  return m;
}

export function mappingFromForm(get: (k: string) => string | null, columns: number): Mapping {
  const m: Mapping = {};
  for (const f of IMPORT_FIELDS) {
    const raw = get(`map_${f.field}`);
    const n = raw === null || raw === "" ? NaN : Number(raw);
    if (Number.isInteger(n) && n >= 0 && n < columns) m[f.field] = n;
  }
  return m;
}

/** Spreadsheet habits turned into what the form expects: US dates, "F"/"M", language names, "yes". */
function normaliseCell(field: ImportField, value: string): string {
  const v = value.trim();
  if (!v) return "";
  if (field === "dateOfBirth") {
    const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
    if (us) return `${us[3]}-${us[1]!.padStart(2, "0")}-${us[2]!.padStart(2, "0")}`;
    return v;
  }
  if (field === "sex")
    return (
      ({ f: "female", female: "female", m: "male", male: "male", x: "x" } as Record<string, string>)[
        v.toLowerCase()
      ] ?? "unknown"
    );
  if (field === "preferredLanguage") return parseLanguage(v) ?? v;
  if (field === "detentionStatus")
    return /^(yes|y|true|1|detained)$/i.test(v)
      ? "detained"
      : /^(released)$/i.test(v)
        ? "released"
        : "not_detained";
  return v;
}

export type RowError = { row: number; column: string; message: string };
export type ValidatedRow = {
  row: number;
  input: ClientFormInput | null;
  errors: RowError[];
  cells: string[];
};

const LABEL = Object.fromEntries(IMPORT_FIELDS.map((f) => [f.field, f.label])) as Record<string, string>;

export function validateRows(
  firmId: string,
  header: string[],
  rows: string[][],
  mapping: Mapping,
): ValidatedRow[] {
  const columnName = (field: string) => {
    const idx = mapping[field as ImportField];
    return idx === undefined ? (LABEL[field] ?? field) : (header[idx] ?? LABEL[field] ?? field);
  };
  const out: ValidatedRow[] = rows.map((cells, i) => {
    const row = i + 2; // the spreadsheet's own row number: 1 is the header
    const raw: Record<string, string> = {};
    for (const f of IMPORT_FIELDS) {
      const idx = mapping[f.field];
      if (idx !== undefined) raw[f.field] = normaliseCell(f.field, cells[idx] ?? "");
    }
    if (raw.detentionStatus === "detained" && !raw.detentionFacility)
      raw.detentionFacility = "Unknown facility (imported)";
    if (raw.dateOfBirth && !isIsoDate(raw.dateOfBirth)) {
      return {
        row,
        input: null,
        cells,
        errors: [
          { row, column: columnName("dateOfBirth"), message: "Date of birth: use YYYY-MM-DD or MM/DD/YYYY." },
        ],
      };
    }
    const parsed = clientFormSchema.safeParse(raw);
    if (parsed.success) return { row, input: parsed.data, errors: [], cells };
    const errors = parsed.error.issues.map((iss) => ({
      row,
      column: columnName(String(iss.path[0] ?? "")),
      message: iss.message,
    }));
    return { row, input: null, errors, cells };
  });
  // A-numbers: unique within the file and not already in the firm.
  const seen = new Map<string, number>();
  for (const r of out) {
    const a = r.input?.aNumber;
    if (!a) continue;
    const first = seen.get(a);
    if (first) {
      r.errors.push({
        row: r.row,
        column: columnName("aNumber"),
        message: `The same A-number is on row ${first} of this file.`,
      });
      r.input = null;
    } else seen.set(a, r.row);
  }
  const all = [...seen.keys()];
  const existing = new Set<string>();
  for (let i = 0; i < all.length; i += 500) {
    for (const c of getDb()
      .select({ a: clients.aNumber })
      .from(clients)
      .where(and(eq(clients.firmId, firmId), inArray(clients.aNumber, all.slice(i, i + 500))))
      .all())
      if (c.a) existing.add(c.a);
  }
  for (const r of out) {
    if (r.input?.aNumber && existing.has(r.input.aNumber)) {
      r.errors.push({
        row: r.row,
        column: columnName("aNumber"),
        message: "A client of this firm already has this A-number.",
      });
      r.input = null;
    }
  }
  return out;
}

export function saveUpload(
  actor: Actor,
  filename: string,
  content: string,
): { id: string } | { error: string } {
  const { header, rows, errors } = parseCsv(content);
  if (!header.length || header.every((h) => !h))
    return {
      error:
        "The file has no header row. The first row must name the columns (e.g. Family name, Given names, A-number).",
    };
  if (!rows.length) return { error: "The file has a header but no rows to import." };
  if (rows.length > MAX_IMPORT_ROWS)
    return {
      error: `The file has ${rows.length.toLocaleString("en-US")} rows; at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} can be imported at once. Split it.`,
    };
  if (errors.length && rows.length < 2) return { error: `The file could not be read as CSV: ${errors[0]}` };
  const id = createId();
  getDb()
    .insert(importUploads)
    .values({
      id,
      firmId: actor.firmId,
      userId: actor.id,
      filename: filename.slice(0, 200),
      content,
      rowCount: rows.length,
    })
    .run();
  return { id };
}

export function getUpload(firmId: string, id: string) {
  if (!id || id.length > 40) return undefined;
  return getDb()
    .select()
    .from(importUploads)
    .where(and(eq(importUploads.firmId, firmId), eq(importUploads.id, id)))
    .get();
}

export type ImportResult = { imported: number; skipped: number; errors: RowError[]; mode: "valid" | "all" };

export function runImport(
  actor: Actor,
  uploadId: string,
  header: string[],
  validated: ValidatedRow[],
  mode: "valid" | "all",
): ImportResult {
  const errors = validated.flatMap((r) => r.errors);
  const good = validated.filter((r) => r.input);
  if (mode === "all" && errors.length) return { imported: 0, skipped: validated.length, errors, mode };
  const now = new Date().toISOString();
  const today = firmToday(actor.firmId);
  getDb().transaction((tx) => {
    const ids: string[] = [];
    for (const r of good) {
      const input = r.input!;
      const id = createId();
      const columns = clientColumns(input);
      // A new row has no history: its derived values are computed, not read back (deriveNewClient).
      const derived = deriveNewClient(columns, today);
      const row = {
        id,
        firmId: actor.firmId,
        ...columns,
        ...derived,
        createdAt: now,
        updatedAt: now,
        updatedBy: actor.id,
        lastChangeAt: now,
      };
      tx.insert(clients).values(row).run();
      syncClientIndexes(tx, row);
      syncClientAlerts(tx, row, derived.alertTier as FlightTier);
      writeAudit(tx, {
        firmId: actor.firmId,
        actorUserId: actor.id,
        action: "client.imported",
        entityType: "client",
        entityId: id,
        after: { importId: uploadId, row: r.row, ...input },
        ip: actor.ip,
      });
      ids.push(id);
    }
    tx.update(importUploads).set({ importedAt: now }).where(eq(importUploads.id, uploadId)).run();
    // And one for the import as a whole: which rows were left out and why.
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "client.imported",
      entityType: "import",
      entityId: uploadId,
      after: {
        rows: validated.length,
        imported: ids.length,
        skippedRows: errors.map((e) => e.row),
        mode,
        columns: header,
      },
      ip: actor.ip,
    });
  });
  clientsChanged();
  return { imported: good.length, skipped: validated.length - good.length, errors, mode };
}
