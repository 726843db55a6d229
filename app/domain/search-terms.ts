// What goes into the client search index, and how a typed search becomes an FTS5 query.
// unicode61 keeps a run of CJK characters as one token, so each such character is indexed (and
// searched) on its own: 陈伟 is indexed as "陈 伟", and a search for 伟 finds it.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_G = new RegExp(UNSPACED.source, "gu");

export function splitUnspaced(text: string): string {
  return text.replace(UNSPACED_G, (ch) => ` ${ch} `).replace(/\s+/g, " ").trim();
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

/**
 * A typed search as an FTS5 query: each word must match as a prefix; CJK characters become a phrase
 * of single-character tokens. Returns null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const words = splitUnspaced(input.normalize("NFC"))
    .split(" ")
    .map((w) => w.replace(/["*^():{}[\]\\]/g, "").replace(/[-.]/g, ""))
    .filter(Boolean)
    .slice(0, 8);
  if (!words.length) return null;
  const out: string[] = [];
  let cjkRun: string[] = [];
  const flush = () => {
    if (cjkRun.length) out.push(`"${cjkRun.join(" ")}"`);
    cjkRun = [];
  };
  for (const w of words) {
    if (UNSPACED.test(w) && [...w].length === 1) cjkRun.push(w);
    else {
      flush();
      out.push(`"${w.replace(/"/g, "")}"*`);
    }
  }
  flush();
  return out.join(" AND ");
}
