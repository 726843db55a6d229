import { splitTitle } from "./article-title";
import { articleFromHtml } from "./html-article";
import { decodeText } from "./text-encoding";

// An uploaded or command-line file (.txt or .html) as an article: decoded from its bytes (BOM, then for
// HTML the meta charset or XML declaration, else UTF-8), HTML reduced to the article's own text, and,
// when no title was given, the title taken from the page or the first line (article-title.ts).

export type ArticleFile =
  | { ok: true; title: string; body: string; encoding: string; note: string | null }
  | { ok: false; message: string };

const LOOKS_LIKE_HTML = /^\s*<(!doctype|html|head|body|p|div|article|main|meta)\b/i;

export function readArticleFile(
  bytes: Uint8Array,
  opts: { fileName: string; title?: string | null },
): ArticleFile {
  const sniff = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512))
    .toString("latin1")
    .replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, "");
  const isHtml = /\.html?$/i.test(opts.fileName) || LOOKS_LIKE_HTML.test(sniff.replace(/\0/g, ""));
  const decoded = decodeText(bytes, { kind: isHtml ? "html" : "text" });
  if (decoded.malformed) {
    return {
      ok: false,
      message:
        decoded.source === "default"
          ? `The file is not UTF-8 text and does not say which encoding it is in. Save it as UTF-8${isHtml ? ", or keep the page's <meta charset> tag" : ""}, and add it again.`
          : `The file is not valid ${decoded.encoding === "utf8" ? "UTF-8" : decoded.encoding} text, though it says it is. ${decoded.note ?? ""}`.trim(),
    };
  }
  let text = decoded.text;
  let pageTitle: string | null = null;
  if (isHtml) {
    const a = articleFromHtml(text);
    text = a.text;
    pageTitle = a.title;
  } else {
    text = text.trim();
  }
  const given = opts.title?.trim();
  if (given) return { ok: true, title: given, body: text, encoding: decoded.encoding, note: decoded.note };
  const split = splitTitle(text);
  // A page's own headline (its first line, from <h1>) reads better than its <title>, which often
  // carries the site's name; the <title> is used when the text starts without one.
  const title = split.titleFrom === "first line" || !pageTitle ? split.title : pageTitle.slice(0, 300);
  return {
    ok: true,
    title,
    body: split.titleFrom === "first line" || !pageTitle ? split.body : text,
    encoding: decoded.encoding,
    note: decoded.note,
  };
}
