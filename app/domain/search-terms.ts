// What goes into the client search index, and how a typed search becomes an FTS5 query.
// unicode61 keeps a run of CJK characters as one token, so each such character is indexed (and
// searched) on its own: 陈伟 is indexed as "陈 伟", and a search for 伟 finds it.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_G = new RegExp(UNSPACED.source, "gu");

export function splitUnspaced(text: string): string {
  return text
    .replace(UNSPACED_G, (ch) => ` ${ch} `)
    .replace(/\s+/g, " ")
    .trim();
}

export type SearchableClient = {
  familyName: string;
  givenNames: string;
  nativeName: string | null;
  otherNames: string | null;
  aNumber: string | null;
  phone: string | null;
};

export function searchTerms(c: SearchableClient): string {
  const parts = [c.familyName, c.givenNames, c.nativeName ?? "", c.otherNames ?? ""].map(splitUnspaced);
  if (c.aNumber) parts.push(c.aNumber.slice(1), c.aNumber.slice(2));
  if (c.phone) {
    const digits = c.phone.replace(/\D/g, "");
    parts.push(digits, digits.slice(-10), digits.slice(-7), digits.slice(-4));
  }
  return parts.join(" ").toLowerCase();
}

type SearchWord = { kind: "prefix"; word: string } | { kind: "phrase"; chars: string[] };

/** A typed search as words: each word a prefix, each run of single CJK characters a phrase. */
// Control and format characters (NUL, zero-width spaces, direction marks) and lone surrogates are in
// no name; FTS5 ends its query text at a NUL ("unterminated string"), so they become spaces first.
const NOT_TEXT = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

function searchWords(input: string): SearchWord[] {
  const words = splitUnspaced(input.replace(NOT_TEXT, " ").normalize("NFC"))
    .split(" ")
    .map((w) => w.replace(/["*^():{}[\]\\]/g, "").replace(/[-.]/g, ""))
    .filter(Boolean)
    .slice(0, 8);
  const out: SearchWord[] = [];
  let cjkRun: string[] = [];
  const flush = () => {
    if (cjkRun.length) out.push({ kind: "phrase", chars: cjkRun });
    cjkRun = [];
  };
  for (const w of words) {
    if (UNSPACED.test(w) && [...w].length === 1) cjkRun.push(w);
    else {
      flush();
      out.push({ kind: "prefix", word: w.replace(/"/g, "") });
    }
  }
  flush();
  return out;
}

/**
 * A typed search as an FTS5 query: each word must match as a prefix; CJK characters become a phrase
 * of single-character tokens. Returns null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const words = searchWords(input);
  if (!words.length) return null;
  return words.map((w) => (w.kind === "phrase" ? `"${w.chars.join(" ")}"` : `"${w.word}"*`)).join(" AND ");
}

/** One word of a search as a range of client_name_tokens: `token >= from and token < to`, or `token = from`. */
export type TokenTerm = { from: string; to: string | null };

/**
 * Text as FTS5 (unicode61, remove_diacritics 2) reads it, when that is plain to see: lower-cased ASCII,
 * Latin-1/Latin Extended-A letters by their NFD base letter (checked character by character against
 * SQLite in name-tokens.server.test.ts). Null when any character is outside those or does not fold to
 * ASCII (ß, ø, ł): FTS5 itself must then say what the words are.
 */
export function asciiFold(text: string): string | null {
  if (!/^[\u0020-\u007e\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017E]*$/.test(text)) return null;
  const folded = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return /^[\u0020-\u007e]*$/.test(folded) ? folded : null;
}

/**
 * The search as ranges of client_name_tokens, when every word is one that FTS5 would turn into exactly
 * the same single token — a Latin word that folds to [a-z0-9] with at least one letter, or a lone CJK
 * character — else null (the search then goes through client_search, which answers every query).
 */
export function tokenTerms(input: string): TokenTerm[] | null {
  const words = searchWords(input);
  if (!words.length) return null;
  const out: TokenTerm[] = [];
  for (const w of words) {
    if (w.kind === "phrase") {
      if (w.chars.length !== 1 || !/^\p{L}$/u.test(w.chars[0]!)) return null;
      out.push({ from: w.chars[0]!, to: null });
      continue;
    }
    const folded = asciiFold(w.word);
    if (!folded || !/^[a-z0-9]+$/.test(folded) || !/[a-z]/.test(folded)) return null;
    out.push({
      from: folded,
      to: folded.slice(0, -1) + String.fromCharCode(folded.charCodeAt(folded.length - 1) + 1),
    });
  }
  return out;
}
