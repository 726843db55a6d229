// Alien registration number: "A" + 8 or 9 digits; 8-digit numbers are padded with a leading zero.
export type ANumberResult = { ok: true; value: string } | { ok: false; error: string };

export function parseANumber(input: string): ANumberResult {
  const raw = input.trim();
  if (!raw) return { ok: false, error: "Enter an A-number." };
  const compact = raw.replace(/[\s\-.]/g, "");
  const m = /^[Aa]?(\d+)$/.exec(compact);
  if (!m) return { ok: false, error: "An A-number is the letter A and 8 or 9 digits, e.g. A123-456-789." };
  const digits = m[1]!;
  if (digits.length !== 8 && digits.length !== 9)
    return { ok: false, error: `An A-number has 8 or 9 digits; this has ${digits.length}.` };
  return { ok: true, value: `A${digits.padStart(9, "0")}` };
}

/** "A012345678" → "A012-345-678". */
export function formatANumber(value: string | null | undefined): string {
  if (!value) return "—";
  const m = /^A(\d{3})(\d{3})(\d{3})$/.exec(value);
  return m ? `A${m[1]}-${m[2]}-${m[3]}` : value;
}

/** If a search term looks like an A-number typed in any form, its stored form. */
export function aNumberFromSearch(term: string): string | null {
  const compact = term.trim().replace(/[\s\-.]/g, "");
  if (!/^[Aa]?\d{8,9}$/.test(compact)) return null;
  const r = parseANumber(compact);
  return r.ok ? r.value : null;
}
