import iconv from "iconv-lite";

// Bytes from a feed, an uploaded file or the command line become text here, and only here. Where the
// encoding is said, in order: a byte-order mark, the HTTP Content-Type charset, the XML declaration,
// and for HTML a <meta charset> or <meta http-equiv="Content-Type">. Nothing said means UTF-8. Only the
// encodings below are decoded: a label Casewatch does not know (or one that is not a text encoding at
// all, such as "base64", which iconv-lite would otherwise accept) is read as UTF-8, with a note.

export type EncodingSource = "bom" | "http" | "xml" | "meta" | "default";
export type DecodedText = {
  text: string;
  /** The encoding the bytes were read in (iconv-lite's name). */
  encoding: string;
  source: EncodingSource;
  /** True when bytes did not fit the encoding and became U+FFFD. */
  malformed: boolean;
  /** Something worth telling the person who added the feed or file, in words; null when all went well. */
  note: string | null;
};

// WHATWG labels folded to what iconv-lite decodes. As browsers do, ISO-8859-1 and US-ASCII are read as
// Windows-1252 (its superset: real "Latin-1" text often carries curly quotes in 0x80–0x9F), GB2312 and
// GBK as GB18030 (the superset), Big5 as Big5-HKSCS.
const LABELS: Record<string, string> = {};
const alias = (encoding: string, labels: string[]) => {
  for (const l of labels) LABELS[l] = encoding;
};
alias("utf8", ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]);
alias("utf16le", [
  "utf-16",
  "utf-16le",
  "utf16",
  "utf16le",
  "ucs-2",
  "unicode",
  "csunicode",
  "iso-10646-ucs-2",
  "unicodefeff",
]);
alias("utf16be", ["utf-16be", "utf16be", "unicodefffe"]);
alias("windows1252", [
  "windows-1252",
  "cp1252",
  "x-cp1252",
  "iso-8859-1",
  "iso8859-1",
  "iso88591",
  "iso_8859-1",
  "iso_8859-1:1987",
  "iso-ir-100",
  "latin1",
  "l1",
  "cp819",
  "ibm819",
  "csisolatin1",
  "us-ascii",
  "ascii",
  "ansi_x3.4-1968",
]);
alias("iso885915", ["iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "latin9", "l9", "csisolatin9"]);
alias("iso88592", ["iso-8859-2", "iso8859-2", "iso88592", "iso_8859-2", "latin2", "l2", "csisolatin2"]);
alias("windows1250", ["windows-1250", "cp1250", "x-cp1250"]);
alias("windows1251", ["windows-1251", "cp1251", "x-cp1251"]);
alias("koi8r", ["koi8-r", "koi8", "koi", "cskoi8r"]);
alias("gb18030", [
  "gb18030",
  "gbk",
  "x-gbk",
  "gb2312",
  "gb_2312",
  "gb_2312-80",
  "csgb2312",
  "chinese",
  "iso-ir-58",
  "cp936",
  "windows-936",
]);
alias("big5hkscs", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]);
alias("shiftjis", ["shift_jis", "shift-jis", "sjis", "ms_kanji", "csshiftjis", "windows-31j", "x-sjis"]);
alias("eucjp", ["euc-jp", "x-euc-jp", "cseucpkdfmtjapanese"]);
alias("euckr", ["euc-kr", "cseuckr", "ks_c_5601-1987", "korean", "windows-949"]);

const NAMES: Record<string, string> = {
  utf8: "UTF-8",
  utf16le: "UTF-16LE",
  utf16be: "UTF-16BE",
  windows1252: "Windows-1252",
  gb18030: "GB18030",
  big5hkscs: "Big5",
};

/** iconv-lite's name for a charset label, or null when it is not one Casewatch decodes. */
export function encodingForLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  return (
    LABELS[
      label
        .trim()
        .replace(/^["']|["']$/g, "")
        .toLowerCase()
    ] ?? null
  );
}

/** The charset parameter of a Content-Type header value, as written. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? "")?.[1] ?? null;
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf16be", length: 2 };
  return null;
}

// The declarations are ASCII, so the first bytes read as Latin-1 (one character per byte) show them
// whatever the document's encoding, as long as it is ASCII-compatible.
function head(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, n)).toString("latin1");
}

export function xmlDeclaredCharset(bytes: Uint8Array): string | null {
  return /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head(bytes, 512))?.[1] ?? null;
}

export function htmlMetaCharset(bytes: Uint8Array): string | null {
  // The spec's prescan looks at 1024 bytes; pages with long <head>s put the tag later, so a little more.
  const h = head(bytes, 4096).replace(/<!--[\s\S]*?-->/g, " ");
  for (const m of h.matchAll(/<meta\b([^>]*)>/gi)) {
    const attrs = m[1]!;
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(attrs);
    if (direct && !/\bcontent\s*=/i.test(attrs)) return direct[1]!;
    if (/\bhttp-equiv\s*=\s*["']?content-type/i.test(attrs)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
      const found = /charset\s*=\s*["']?([^"';\s]+)/i.exec(
        content?.[1] ?? content?.[2] ?? content?.[3] ?? "",
      );
      if (found) return found[1]!;
    }
  }
  return null;
}

const WHERE: Record<Exclude<EncodingSource, "bom" | "default">, string> = {
  http: "The server said",
  xml: "The XML declaration says",
  meta: "The page's meta tag says",
};

/**
 * Decodes bytes as text. `kind` says which declarations inside the bytes count: "xml" the XML
 * declaration, "html" the meta tag (and an XML declaration, for XHTML), "text" none.
 */
export function decodeText(
  bytes: Uint8Array,
  opts: { contentType?: string | null; kind: "xml" | "html" | "text" },
): DecodedText {
  const bom = bomOf(bytes);
  let encoding = "utf8";
  let source: EncodingSource = "default";
  let note: string | null = null;
  let body = bytes;
  if (bom) {
    encoding = bom.encoding;
    source = "bom";
    body = bytes.subarray(bom.length);
  } else {
    const candidates: [Exclude<EncodingSource, "bom" | "default">, string | null][] = [
      ["http", charsetOfContentType(opts.contentType)],
    ];
    if (opts.kind !== "text") candidates.push(["xml", xmlDeclaredCharset(bytes)]);
    if (opts.kind === "html") candidates.push(["meta", htmlMetaCharset(bytes)]);
    for (const [where, label] of candidates) {
      if (!label) continue;
      let found = encodingForLabel(label);
      // A declaration read through ASCII cannot truly say UTF-16 (its bytes would not be ASCII); as in
      // browsers, it is taken to mean UTF-8.
      if (found?.startsWith("utf16") && where !== "http") found = "utf8";
      if (found) {
        encoding = found;
        source = where;
      } else {
        note = `${WHERE[where]} the text is in “${label.slice(0, 40)}”, an encoding Casewatch does not read; it was read as UTF-8.`;
      }
      break;
    }
  }
  // UTF-16 from the HTTP header without a mark is read little-endian, as browsers do.
  const text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length), encoding, {
    stripBOM: true,
  });
  const malformed = countReplacements(text) > countLiteralReplacements(body, encoding);
  if (malformed && !note)
    note = `Some bytes are not valid ${NAMES[encoding] ?? encoding}; they were replaced with “\uFFFD”.`;
  return { text, encoding, source, malformed, note };
}

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\uFFFD"); i >= 0; i = s.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

// A document may contain U+FFFD itself (a UTF-8 EF BF BD); only the ones decoding made count as damage.
function countLiteralReplacements(body: Uint8Array, encoding: string): number {
  if (encoding !== "utf8") return 0;
  let n = 0;
  for (let i = 0; i + 2 < body.length; i++)
    if (body[i] === 0xef && body[i + 1] === 0xbf && body[i + 2] === 0xbd) n++;
  return n;
}
