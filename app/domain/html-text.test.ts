import { describe, expect, it } from "vitest";
import { canonicalUrl, htmlToText, safeHttpUrl } from "./html-text";

describe("html to text", () => {
  it("drops scripts, styles and tags and keeps paragraphs", () => {
    const t = htmlToText(`<p>A flight <b>landed</b> in Shenyang.</p><script>alert(1)</script><style>p{}</style><p onclick="x()">116 people &amp; more&#x21;</p><img src=x onerror=alert(1)>`);
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
    expect(canonicalUrl("HTTPS://News.Example:443/a/b/?utm_source=x&id=2#top")).toBe("https://news.example/a/b/?id=2");
    expect(canonicalUrl("https://news.example/a/b/")).toBe("https://news.example/a/b");
  });
});
