import { decodeEntity } from "html-entities";

// Feed and uploaded HTML is never rendered: it is reduced to plain text (paragraphs kept) before it is
// stored, so nothing in it can run or load anything. Links are kept only when they are http or https.

// One pass over every reference, so "&amp;lt;" becomes "&lt;" and not "<". Names are HTML5's complete
// list (html-entities), with or without the semicolon old pages leave off; an unknown name stays as
// written. A numeric reference to NUL, a surrogate, a code point past Unicode or a control character
// (tab and newline apart) becomes a space; 0x80–0x9F are read as Windows-1252, as HTML5 says.
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#[xX][0-9a-fA-F]{1,8}|#\d{1,10}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (m) => {
    if (m[1] !== "#") return decodeEntity(m, { level: "html5" });
    const cp = m[2] === "x" || m[2] === "X" ? parseInt(m.slice(3), 16) : parseInt(m.slice(2), 10);
    if (
      !Number.isFinite(cp) ||
      cp === 0 ||
      cp > 0x10ffff ||
      (cp >= 0xd800 && cp <= 0xdfff) ||
      (cp < 32 && cp !== 9 && cp !== 10)
    )
      return " ";
    const ch =
      cp >= 0x80 && cp < 0xa0 ? decodeEntity(`&#${cp};`, { level: "html5" }) : String.fromCodePoint(cp);
    // A C1 control HTML5 leaves as it is (0x81, 0x8d, 0x8f, 0x90, 0x9d) is refused like the others.
    return /^[\u0080-\u009f]$/.test(ch) ? " " : ch;
  });
}

export function htmlToText(html: string): string {
  return (
    decodeEntities(
      html
        .replace(/<!--[\s\S]*?-->/g, " ")
        .replace(/<(script|style|noscript|iframe|svg|head|template|object|embed)\b[\s\S]*?<\/\1\s*>/gi, " ")
        .replace(/<(br|hr)\b[^>]*>/gi, "\n")
        .replace(
          /<\/(p|div|li|h[1-6]|blockquote|tr|section|article|header|footer|pre|table|ul|ol)\s*>/gi,
          "\n\n",
        )
        .replace(/<[^>]*>/g, " ")
        .replace(/<[^>]*$/, " "),
    )
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ")
      .replace(/[ \t\u00a0]+/g, " ")
      .replace(/ *\n */g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

/** The URL as given when it is http(s), else null (javascript:, data:, file: and the rest are dropped). */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref|taid)$/i;

/** One spelling per article address: lower-case host, no fragment, no tracking parameters, no default port. */
export function canonicalUrl(raw: string | null | undefined): string | null {
  const safe = safeHttpUrl(raw);
  if (!safe) return null;
  const u = new URL(safe);
  u.hash = "";
  u.username = "";
  u.password = "";
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  let s = u.toString();
  if (u.pathname.length > 1 && s.endsWith("/") && !u.search) s = s.slice(0, -1);
  return s;
}
