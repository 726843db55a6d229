import Papa from "papaparse";

// CSV in and out. Reading handles quoted fields, embedded newlines, CRLF, a UTF-8 byte-order mark and
// names in any script (papaparse, checked against the csv-spectrum acid test).
export function parseCsv(text: string): { header: string[]; rows: string[][]; errors: string[] } {
  const clean = text.replace(/^\uFEFF/, "");
  const result = Papa.parse<string[]>(clean, { skipEmptyLines: "greedy" });
  const [header = [], ...rows] = result.data;
  const errors = result.errors
    .filter((e) => e.code !== "UndetectableDelimiter")
    .slice(0, 20)
    .map((e) => `Row ${(e.row ?? 0) + 1}: ${e.message}`);
  return { header: header.map((h) => h.trim()), rows, errors };
}

/**
 * A cell safe to open in a spreadsheet: a value starting with = + - @ (or a tab or carriage return)
 * would run as a formula, so it is prefixed with an apostrophe (OWASP "CSV injection").
 */
export function csvCell(value: unknown): string {
  let s =
    value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  // CRLF (RFC 4180) and a BOM, so Excel opens UTF-8 names correctly.
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
