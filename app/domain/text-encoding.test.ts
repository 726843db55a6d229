import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  charsetOfContentType,
  decodeText,
  encodingForLabel,
  htmlMetaCharset,
  xmlDeclaredCharset,
} from "./text-encoding";

// Text written for these tests; the bytes are made with iconv-lite in each encoding.
const PT = "Voo de deportação com 97 brasileiros pousa em Confins; famílias aguardam notícias.";
const ES =
  "Llegó a Guatemala un vuelo con 130 migrantes retornados; la señora Núñez esperó en el aeropuerto.";
const QUOTES = "“Quoted” – and ‘single’ — with the euro sign €.";
const ZH_HANS = "一架载有116名中国籍人员的遣返包机于周日降落在沈阳。";
const ZH_HANT = "一架載有116名中國籍人員的遣返包機於週日降落在瀋陽。";
const xml = (encoding: string, text: string) =>
  `<?xml version="1.0" encoding="${encoding}"?>\n<rss version="2.0"><channel><title>${text}</title></channel></rss>`;

describe("decodeText", () => {
  it.each([
    ["ISO-8859-1", "latin1", PT],
    ["iso-8859-1", "latin1", ES],
    ["windows-1252", "win1252", `${ES} ${QUOTES}`],
    ["GBK", "gbk", ZH_HANS],
    ["GB2312", "gbk", ZH_HANS],
    ["GB18030", "gb18030", ZH_HANS],
    ["Big5", "big5", ZH_HANT],
  ])("reads an XML declaration of %s", (label, iconvName, text) => {
    const bytes = iconv.encode(xml(label, text), iconvName);
    const d = decodeText(bytes, { kind: "xml" });
    expect(d).toMatchObject({ source: "xml", malformed: false, note: null });
    expect(d.text).toContain(`<title>${text}</title>`);
  });

  it("reads ISO-8859-1 as Windows-1252, so curly quotes in 0x80–0x9F survive", () => {
    const d = decodeText(iconv.encode(xml("ISO-8859-1", QUOTES), "win1252"), { kind: "xml" });
    expect(d.text).toContain(QUOTES);
    expect(d.encoding).toBe("windows1252");
  });

  it("without any declaration, takes UTF-8 and says so when the bytes are not UTF-8", () => {
    expect(
      decodeText(Buffer.from(xml("UTF-8", PT).replace(' encoding="UTF-8"', ""), "utf8"), { kind: "xml" }),
    ).toMatchObject({ source: "default", encoding: "utf8", malformed: false, note: null });
    const bad = decodeText(iconv.encode(PT, "latin1"), { kind: "text" });
    expect(bad).toMatchObject({
      source: "default",
      malformed: true,
      note: expect.stringMatching(/not valid UTF-8/),
    });
  });

  it("does not count a U+FFFD written in the document as damage", () => {
    expect(decodeText(Buffer.from("a \uFFFD b", "utf8"), { kind: "text" }).malformed).toBe(false);
  });

  it("takes the HTTP charset over the XML declaration", () => {
    const bytes = iconv.encode(xml("UTF-8", ES), "latin1");
    expect(
      decodeText(bytes, { contentType: "application/rss+xml; charset=ISO-8859-1", kind: "xml" }),
    ).toMatchObject({ source: "http", encoding: "windows1252", malformed: false });
    expect(decodeText(bytes, { contentType: 'text/xml; charset="iso-8859-1"', kind: "xml" }).text).toContain(
      ES,
    );
  });

  it("takes a byte-order mark over everything, UTF-8 and UTF-16 both ways", () => {
    const doc = xml("ISO-8859-1", ZH_HANS);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(doc, "utf16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(doc, "utf16be")]);
    const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc, "utf8")]);
    for (const [bytes, encoding] of [
      [le, "utf16le"],
      [be, "utf16be"],
      [u8, "utf8"],
    ] as const) {
      const d = decodeText(bytes, { contentType: "text/xml; charset=windows-1252", kind: "xml" });
      expect(d).toMatchObject({ source: "bom", encoding, malformed: false });
      expect(d.text.startsWith("<?xml")).toBe(true);
      expect(d.text).toContain(ZH_HANS);
    }
  });

  it("reads both meta forms in HTML, and ignores them in plain text", () => {
    const a = iconv.encode(
      `<!doctype html><html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>${PT}</p></body></html>`,
      "latin1",
    );
    const b = iconv.encode(
      `<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=big5"></head><body>${ZH_HANT}</body></html>`,
      "big5",
    );
    const c = iconv.encode(
      `<html><head><meta content='text/html;charset=gb2312' http-equiv='content-type'></head><body>${ZH_HANS}</body></html>`,
      "gbk",
    );
    expect(decodeText(a, { kind: "html" })).toMatchObject({ source: "meta", encoding: "windows1252" });
    expect(decodeText(a, { kind: "html" }).text).toContain(PT);
    expect(decodeText(b, { kind: "html" }).text).toContain(ZH_HANT);
    expect(decodeText(c, { kind: "html" }).text).toContain(ZH_HANS);
    expect(decodeText(a, { kind: "text" })).toMatchObject({ source: "default", malformed: true });
  });

  it("skips a meta tag inside a comment", () => {
    const bytes = iconv.encode(
      `<html><head><!-- <meta charset="big5"> --><meta charset="windows-1252"></head><body>${ES}</body></html>`,
      "win1252",
    );
    expect(decodeText(bytes, { kind: "html" })).toMatchObject({ source: "meta", encoding: "windows1252" });
  });

  it("reads an unknown or non-text label as UTF-8, with a note", () => {
    for (const label of ["x-martian-7", "base64", "utf-7", "hex"]) {
      const d = decodeText(Buffer.from(xml(label, PT), "utf8"), { kind: "xml" });
      expect(d).toMatchObject({ encoding: "utf8", source: "default", malformed: false });
      expect(d.note).toMatch(
        new RegExp(
          `XML declaration says the text is in “${label}”, an encoding Casewatch does not read; it was read as UTF-8`,
        ),
      );
      expect(d.text).toContain(PT);
    }
    expect(
      decodeText(Buffer.from(PT, "utf8"), { contentType: "text/plain; charset=klingon", kind: "text" }).note,
    ).toMatch(/^The server said .*“klingon”/);
  });

  it("takes a declaration of UTF-16 found in ASCII to mean UTF-8", () => {
    expect(decodeText(Buffer.from(xml("UTF-16", PT), "utf8"), { kind: "xml" })).toMatchObject({
      encoding: "utf8",
      malformed: false,
    });
    expect(decodeText(Buffer.from(xml("UTF-16", PT), "utf8"), { kind: "xml" }).text).toContain(PT);
  });
});

describe("charset labels", () => {
  it.each([
    ["text/html; charset=UTF-8", "UTF-8"],
    ["application/xml;charset='big5'", "big5"],
    ["text/xml", null],
    [null, null],
  ])("%s → %s", (ct, label) => expect(charsetOfContentType(ct)).toBe(label));
  it.each([
    ["latin1", "windows1252"],
    ["US-ASCII", "windows1252"],
    ["gb2312", "gb18030"],
    ["GBK", "gb18030"],
    ["Big5-HKSCS", "big5hkscs"],
    ["utf8", "utf8"],
    ["utf-16", "utf16le"],
    ["base64", null],
    ["", null],
  ])("%s is decoded as %s", (label, enc) => expect(encodingForLabel(label)).toBe(enc));
  it("finds declarations only at the start", () => {
    expect(
      xmlDeclaredCharset(Buffer.from(`<?xml version='1.0' encoding='Windows-1252' standalone='yes'?><a/>`)),
    ).toBe("Windows-1252");
    expect(xmlDeclaredCharset(Buffer.from(`<a/><?xml version="1.0" encoding="big5"?>`))).toBeNull();
    expect(
      htmlMetaCharset(Buffer.from(`<meta name="description" content="charset=big5 is mentioned here">`)),
    ).toBeNull();
  });
});
