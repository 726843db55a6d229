import { describe, expect, it } from "vitest";
import { canonicalUrl, decodeEntities, htmlToText, safeHttpUrl } from "./html-text";

describe("html to text", () => {
  it("drops scripts, styles and tags and keeps paragraphs", () => {
    const t = htmlToText(
      `<p>A flight <b>landed</b> in Shenyang.</p><script>alert(1)</script><style>p{}</style><p onclick="x()">116 people &amp; more&#x21;</p><img src=x onerror=alert(1)>`,
    );
    expect(t).toBe("A flight landed in Shenyang.\n\n116 people & more!");
  });
  it("refuses control characters from numeric entities", () => {
    expect(htmlToText("a&#0;b&#x1b;c&#55296;d")).toBe("a b c d");
  });
  it("keeps only http and https links", () => {
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<b>")).toBeNull();
    expect(safeHttpUrl("https://news.example/a")).toBe("https://news.example/a");
  });
  it("canonicalises article addresses", () => {
    expect(canonicalUrl("HTTPS://News.Example:443/a/b/?utm_source=x&id=2#top")).toBe(
      "https://news.example/a/b/?id=2",
    );
    expect(canonicalUrl("https://news.example/a/b/")).toBe("https://news.example/a/b");
  });
});

describe("entities", () => {
  it("decodes HTML5's named entities, not only a short list", () => {
    expect(
      decodeEntities(
        "S&atilde;o Paulo, Bras&iacute;lia, &Aacute;frica, p&ecirc;che, na&iuml;ve, Stra&szlig;e, &OElig;uvre, &aring;",
      ),
    ).toBe("São Paulo, Brasília, África, pêche, naïve, Straße, Œuvre, å");
    expect(decodeEntities("&frac12; &sup2; &euro; &trade; &larr; &hearts; &NotEqual; &bigstar;")).toBe(
      "½ ² € ™ ← ♥ ≠ ★",
    );
    expect(decodeEntities("&eacute &copy 2024")).toBe("é © 2024");
  });
  it("decodes decimal and hexadecimal references, and C1 ones as Windows-1252", () => {
    expect(decodeEntities("&#227;&#xE3;&#XE3; &#x1F1EC;&#x1F1F9; &#150; &#x93;ok&#x94;")).toBe(
      "ããã 🇬🇹 – “ok”",
    );
  });
  it("decodes once: an escaped reference stays a reference", () => {
    expect(decodeEntities("&amp;atilde; &amp;#233; &#38;amp;")).toBe("&atilde; &#233; &amp;");
  });
  it("leaves unknown names as written and refuses dangerous code points", () => {
    expect(decodeEntities("AT&T &bogus; &x;")).toBe("AT&T &bogus; &x;");
    expect(decodeEntities("a&#0;b&#xD800;c&#x110000;d&#x81;e&#13;f")).toBe("a b c d e f");
  });
  it("runs through htmlToText", () => {
    expect(
      htmlToText(
        "<p>Voo pousa em Confins; fam&iacute;lias aguardam not&iacute;cias em S&atilde;o Jo&atilde;o.</p>",
      ),
    ).toBe("Voo pousa em Confins; famílias aguardam notícias em São João.");
  });
});
