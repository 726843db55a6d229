import { COUNTRY_WORDS } from "./country-lexicon";
import { countryName } from "./countries";
import type { CountFact, CountryFact, CountryRole, Extraction } from "./flight-extraction";

// How an alert's stored facts read to staff: the roles of its countries (landing country or nationality
// on board, for a third-country removal), how sure the reader was, and the article's language. Pure, so
// the model, the pages and the tests share one reading. Facts stored before the reader told these apart
// lack the fields: a missing role is a destination, a missing certainty "reported", a missing hedge
// false, a missing language English (read).

export type ArticleLanguage = { code: string; name: string; read: boolean };
export const ENGLISH: ArticleLanguage = { code: "en", name: "English", read: true };
export const READ_LANGUAGES_TEXT = "Casewatch reads English, Spanish and Chinese";

export type CountryView = {
  code: string;
  role: CountryRole;
  certainty: "reported" | "possible";
  sources: CountryFact["sources"];
};

export function countryFact(f: CountryFact): CountryView {
  return {
    code: f.code,
    role: f.role ?? "destination",
    certainty: f.certainty ?? "reported",
    sources: f.sources,
  };
}

export function articleLanguage(
  x: { language?: ArticleLanguage | null } | null | undefined,
): ArticleLanguage {
  return x?.language ?? ENGLISH;
}

/** The value for an HTML lang attribute: only for the languages Casewatch reads (others are ISO 639-3 codes). */
export function langAttr(l: ArticleLanguage): "en" | "es" | "zh" | undefined {
  return l.code === "en" || l.code === "es" || l.code === "zh" ? l.code : undefined;
}

export function notReadText(l: ArticleLanguage): string {
  return `Not read: written in ${l.name} — ${READ_LANGUAGES_TEXT}`;
}

/** The nationalities on board the reader found (only those still among the alert's countries). */
export function onBoardFromFacts(x: Pick<Extraction, "countries">): string[] {
  return x.countries
    .map(countryFact)
    .filter((c) => c.role === "nationality")
    .map((c) => c.code);
}

/** The alert's countries split by role; onBoard is a subset of countries. */
export function countryRoles(a: { countries: string[]; onBoard?: string[] | null }): {
  landing: string[];
  onBoard: string[];
} {
  const on = new Set(a.onBoard ?? []);
  return { landing: a.countries.filter((c) => !on.has(c)), onBoard: a.countries.filter((c) => on.has(c)) };
}

/**
 * The countries and roles after a correction. With onBoard given, staff said which is which. Without it
 * (one list of countries), a country that stays keeps its role, and a country staff added is where the
 * flight landed.
 */
export function correctedRoles(
  before: { countries: string[]; onBoard: string[] },
  next: { countries: string[]; onBoard?: string[] | null },
): { countries: string[]; onBoard: string[] } {
  const explicit = next.onBoard != null;
  const on = new Set(explicit ? next.onBoard : next.countries.filter((c) => before.onBoard.includes(c)));
  const all = [...new Set([...next.countries, ...(explicit ? next.onBoard! : [])])];
  const landing = all.filter((c) => !on.has(c));
  const onBoard = all.filter((c) => on.has(c));
  return { countries: [...landing, ...onBoard], onBoard };
}

function demonym(code: string): string | null {
  return COUNTRY_WORDS[code]?.demonyms[0] ?? null;
}

function names(codes: string[]): string {
  const n = codes.map(countryName);
  return n.length <= 1 ? (n[0] ?? "") : `${n.slice(0, -1).join(", ")} and ${n.at(-1)}`;
}

/** For a client matched on `code`: what the flight means for people of their country, when the alert is a third-country removal. */
export function roleReason(code: string, roles: { landing: string[]; onBoard: string[] }): string | null {
  if (!roles.onBoard.length) return null;
  if (roles.onBoard.includes(code)) {
    const d = demonym(code);
    const who = d ? `${d} nationals` : `nationals of ${countryName(code)}`;
    return roles.landing.length
      ? `On board: the flight carried ${who} to ${names(roles.landing)}, a third country.`
      : `On board: the flight carried ${who} to a third country.`;
  }
  return `Landing country: the flight went to ${countryName(code)}, their own country, with people of other nationalities on board.`;
}

/** How sure the reader was of a country, in words; null when the article reports it plainly. */
export function certaintyText(f: CountryView): string | null {
  if (f.certainty !== "possible") return null;
  return f.sources.some((s) => /listed with/.test(s.rule))
    ? "possible — read only from a list"
    : "possible — inferred, not stated";
}

/** How exact the count is: the words the article used (quoted when they are its own) and a note; null when exact. */
export function countCertainty(
  p: CountFact | null | undefined,
): { said: string; quoted: boolean; note: string } | null {
  if (!p) return null;
  const phrase = p.source.phrase.trim();
  if (p.value == null && p.approx)
    return {
      said: phrase || `${p.approx[0]}–${p.approx[1]}`,
      quoted: Boolean(phrase),
      note: "a vague amount, shown as a range",
    };
  if (!p.hedged) return null;
  return phrase && phrase !== String(p.value)
    ? { said: phrase, quoted: true, note: "not an exact number" }
    : { said: `about ${p.value}`, quoted: false, note: "not an exact number" };
}

/** The same in one line: "“more than 130”, as reported — not an exact number". */
export function countCertaintyText(p: CountFact | null | undefined): string | null {
  const c = countCertainty(p);
  return c ? `${c.quoted ? `“${c.said}”` : c.said}, as reported — ${c.note}` : null;
}

// ---------------------------------------------------------------------------------------------
// Corrections, for "how far to trust the reader"

export const CORRECTION_KINDS = [
  "relevanceOverturned",
  "countryAdded",
  "countryRemoved",
  "roleChanged",
  "countChanged",
  "dateChanged",
  "placeChanged",
  "kindChanged",
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
export const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  relevanceOverturned: "relevance overturned",
  countryAdded: "country added",
  countryRemoved: "country removed",
  roleChanged: "landing country / on board changed",
  countChanged: "count changed",
  dateChanged: "date changed",
  placeChanged: "place changed",
  kindChanged: "kind of report changed",
};

type Snapshot = Record<string, unknown>;
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What one stored correction changed, from the before and after of its audit entry (alert.corrected), or
 * of an alert staff made from an article the reader set aside (alert.created with before.relevant false).
 */
export function correctionKinds(before: Snapshot | null, after: Snapshot | null): CorrectionKind[] {
  const b = before ?? {};
  const a = after ?? {};
  const out = new Set<CorrectionKind>();
  const relevantBefore = b.relevant !== false;
  const relevantAfter = a.relevant !== false;
  if (relevantBefore !== relevantAfter) out.add("relevanceOverturned");
  // Marking an alert not relevant clears its countries: that is the overturn, not a removal of each.
  if (relevantBefore && relevantAfter) {
    const bc = list(b.countries);
    const ac = list(a.countries);
    if (ac.some((c) => !bc.includes(c))) out.add("countryAdded");
    if (bc.some((c) => !ac.includes(c))) out.add("countryRemoved");
    const bo = list(b.onBoard);
    const ao = list(a.onBoard);
    if (
      ("onBoard" in a || "onBoard" in b) &&
      ac.some((c) => bc.includes(c) && bo.includes(c) !== ao.includes(c))
    )
      out.add("roleChanged");
  }
  if (relevantAfter && relevantBefore) {
    if (
      !same(b.peopleCount, a.peopleCount) ||
      !same(b.peopleMin, a.peopleMin) ||
      !same(b.peopleMax, a.peopleMax)
    )
      out.add("countChanged");
    if (!same(b.eventDate, a.eventDate)) out.add("dateChanged");
    if (!same(b.departure, a.departure) || !same(b.arrival, a.arrival)) out.add("placeChanged");
    if ("kind" in b && "kind" in a && !same(b.kind, a.kind)) out.add("kindChanged");
  }
  return CORRECTION_KINDS.filter((k) => out.has(k));
}
