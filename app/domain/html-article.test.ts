import { describe, expect, it } from "vitest";
import { extractFlightFacts } from "./flight-extraction";
import { articleFromHtml } from "./html-article";

// A news page written for this test: a menu, the article, a related-stories box about another
// country's flight (inside the article element, where many sites put it), a newsletter box and a footer.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Deportation flight lands in Guatemala City | The Valley Courier</title>
<script>window.ads = [];</script><style>nav { display: flex }</style></head>
<body>
<header class="site-header"><a class="logo" href="/">The Valley Courier</a>
  <nav aria-label="Sections"><ul><li><a href="/local">Local</a></li><li><a href="/world">World</a></li><li><a href="/immigration">Immigration</a></li><li><a href="/sports">Sports</a></li></ul></nav>
</header>
<main>
  <article>
    <h1>Deportation flight lands in Guatemala City</h1>
    <p class="byline">By Marta Quintero &middot; June 26, 2024</p>
    <p>A charter flight carrying 130 Guatemalan migrants deported from the United States landed at La Aurora air base in Guatemala City on Tuesday, the country&rsquo;s migration institute said.</p>
    <p>The plane left Alexandria, Louisiana, early in the morning. Officials of the institute met the passengers on the tarmac and gave each of them a meal and a telephone call home.</p>
    <aside class="related-stories">
      <h2>Related stories</h2>
      <ul>
        <li><a href="/2024/06/honduras">Removal flight with 95 Hondurans lands in San Pedro Sula</a></li>
        <li><a href="/2024/06/ecuador">Ecuador receives its third deportation flight of the month</a></li>
      </ul>
    </aside>
    <p>Relatives waited outside the base for most of the day; some had travelled from Quetzaltenango.</p>
  </article>
  <section class="newsletter"><h2>Get the morning briefing</h2><p>Sign up for our newsletter.</p><form><input type="email"></form></section>
</main>
<footer class="site-footer"><p>&copy; 2024 The Valley Courier. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>`;

describe("articleFromHtml", () => {
  it("keeps the article's text and drops the menu, the related stories, the newsletter box and the footer", () => {
    const a = articleFromHtml(PAGE);
    expect(a.via).toBe("readability");
    expect(a.text).toContain(
      "A charter flight carrying 130 Guatemalan migrants deported from the United States landed at La Aurora air base in Guatemala City on Tuesday, the country’s migration institute said.",
    );
    expect(a.text).toContain(
      "Relatives waited outside the base for most of the day; some had travelled from Quetzaltenango.",
    );
    for (const gone of [
      "Hondurans",
      "San Pedro Sula",
      "Ecuador",
      "Related stories",
      "Sports",
      "newsletter",
      "All rights reserved",
      "Privacy",
      "window.ads",
    ])
      expect(a.text).not.toContain(gone);
    expect(a.title).toMatch(/^Deportation flight lands in Guatemala City/);
  });

  it("so the related box about another country's flight raises no alert for it", () => {
    const facts = extractFlightFacts({
      title: "Deportation flight lands in Guatemala City",
      text: articleFromHtml(PAGE).text,
      published: "2024-06-26",
    });
    expect(facts.relevant).toBe(true);
    expect(facts.countries.map((c) => c.code)).toEqual(["GT"]);
  });

  it("keeps paragraphs, lists and the text of short feed fragments", () => {
    expect(
      articleFromHtml("<p>A flight <b>landed</b> in Shenyang.</p><p>Second paragraph<br>second line</p>")
        .text,
    ).toBe("A flight landed in Shenyang.\n\nSecond paragraph\nsecond line");
    expect(articleFromHtml("An airline will add three weekly flights from Newark to Beijing.").text).toBe(
      "An airline will add three weekly flights from Newark to Beijing.",
    );
  });

  it("falls back to the whole page when Readability finds no article", () => {
    const a = articleFromHtml("<html><body><script>x()</script></body></html>");
    expect(a).toEqual({ title: null, text: "", via: "whole page" });
    const b = articleFromHtml("<html><body><nav><a href='/'>Home</a></nav></body></html>");
    expect(b.text).toBe(b.via === "whole page" ? "Home" : b.text);
  });
});
