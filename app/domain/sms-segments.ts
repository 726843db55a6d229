// How many SMS segments a text takes. A text written only in the GSM 03.38 alphabet goes as 7-bit
// characters: 160 in one segment, 153 per segment once it is split (the rest carries the joining
// header). Anything outside it (Chinese, most accents beyond the few GSM has, emoji) sends the whole
// text as UCS-2: 70 in one segment, 67 per segment when split, counted in UTF-16 code units.

// The basic GSM-7 table (one septet each).
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table: each costs two septets (an escape, then the character).
const GSM_EXTENDED = "^{}\\[~]|€\f";

const BASIC = new Set(GSM_BASIC);
const EXTENDED = new Set(GSM_EXTENDED);

export type SmsEncoding = "GSM-7" | "UCS-2";

export type SegmentCount = {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
  /** Units a segment holds at this length (160/153 or 70/67). */
  perSegment: number;
};

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENDED.has(ch)) return false;
  return true;
}

export function countSegments(text: string): SegmentCount {
  if (isGsm7(text)) {
    let units = 0;
    for (const ch of text) units += EXTENDED.has(ch) ? 2 : 1;
    if (units <= 160) return { encoding: "GSM-7", units, segments: units === 0 ? 0 : 1, perSegment: 160 };
    // An escaped character is never split across two segments.
    let segments = 1;
    let used = 0;
    for (const ch of text) {
      const w = EXTENDED.has(ch) ? 2 : 1;
      if (used + w > 153) {
        segments++;
        used = 0;
      }
      used += w;
    }
    return { encoding: "GSM-7", units, segments, perSegment: 153 };
  }
  const units = text.length;
  if (units <= 70) return { encoding: "UCS-2", units, segments: 1, perSegment: 70 };
  // A surrogate pair (an emoji, a rare Han character) stays in one segment.
  let segments = 1;
  let used = 0;
  for (const ch of text) {
    const w = ch.length;
    if (used + w > 67) {
      segments++;
      used = 0;
    }
    used += w;
  }
  return { encoding: "UCS-2", units, segments, perSegment: 67 };
}

/** "1 segment (GSM-7, 98 of 160 characters)" for the page that shows a text before it goes. */
export function describeSegments(c: SegmentCount): string {
  const seg = c.segments === 1 ? "1 segment" : `${c.segments} segments`;
  const kind = c.encoding === "GSM-7" ? "GSM-7" : "UCS-2, non-Latin or special characters";
  return c.segments <= 1
    ? `${seg} (${kind}: ${c.units} of ${c.perSegment} characters)`
    : `${seg} (${kind}: ${c.units} characters, ${c.perSegment} per segment)`;
}

// Latin letters with accents GSM-7 lacks, and the nearest letter it has (é, à, ñ, ü … it has).
const FOLD: Record<string, string> = {
  á: "a",
  í: "i",
  ó: "o",
  ú: "u",
  â: "a",
  ê: "e",
  î: "i",
  ô: "o",
  û: "u",
  ã: "a",
  õ: "o",
  ç: "c",
  ë: "e",
  ï: "i",
  Á: "A",
  Í: "I",
  Ó: "O",
  Ú: "U",
  Â: "A",
  Ê: "E",
  Î: "I",
  Ô: "O",
  Û: "U",
  Ã: "A",
  Õ: "O",
  È: "E",
  Ì: "I",
  Ò: "O",
  Ù: "U",
  À: "A",
  "\u2019": "'",
  "\u2018": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u00a0": " ",
  "\u202f": " ",
};

/**
 * A Latin-script text with its few non-GSM accents folded ("días" → "dias"), when that makes the
 * whole text GSM-7: a Spanish reminder then takes one or two segments instead of three. A text that
 * would still need UCS-2 (Chinese, Arabic) is returned as it is.
 */
export function foldToGsm7(text: string): string {
  if (isGsm7(text)) return text;
  const folded = Array.from(text, (ch) => FOLD[ch] ?? ch).join("");
  return isGsm7(folded) ? folded : text;
}
