import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readArticleFile } from "./article-file";
import { splitTitle } from "./article-title";

// Written for these tests.
const LEDE =
  "Immigration and Customs Enforcement removed 116 Chinese nationals on a charter flight that left Harlingen, Texas, on Sunday and landed in Shenyang the next morning, according to a statement the agency released on Monday afternoon, and the flight was the third of its kind this year.";
const SECOND = "Officials said more flights would follow.";

describe("splitTitle", () => {
  it.each([
    [
      "a headline above a blank line",
      `ICE charter returns 116 to China\n\n${LEDE}`,
      "ICE charter returns 116 to China",
    ],
    [
      "a headline straight above the text",
      `ICE charter returns 116 to China\n${LEDE}`,
      "ICE charter returns 116 to China",
    ],
    [
      "a headline ending in U.S.",
      "Deportation flights resume from the U.S.\n\nThe first left on Monday.",
      "Deportation flights resume from the U.S.",
    ],
    [
      "a question above a blank line",
      "Will Mexico take more deportees?\n\nOfficials would not say.",
      "Will Mexico take more deportees?",
    ],
    [
      "a Chinese headline",
      "遣返包机周日抵达沈阳\n\n一架载有116名中国籍人员的遣返包机于周日降落在沈阳。",
      "遣返包机周日抵达沈阳",
    ],
  ])("keeps %s as the title", (_, text, title) => {
    const r = splitTitle(text);
    expect(r).toMatchObject({ title, titleFrom: "first line" });
    expect(r.body).not.toContain(title);
  });

  it("keeps a first line over 200 characters in the body, whole, and makes a short title from its first sentence", () => {
    expect(LEDE.length).toBeGreaterThan(200);
    const r = splitTitle(`${LEDE}\n\n${SECOND}`);
    expect(r.titleFrom).toBe("first sentence");
    expect(r.body).toBe(`${LEDE}\n\n${SECOND}`);
    expect(r.title.length).toBeLessThanOrEqual(120);
    expect(r.title.endsWith("…")).toBe(true);
    expect(LEDE.startsWith(r.title.slice(0, -1))).toBe(true);
  });

  it.each([
    ["ends with a full stop", "ICE removed 40 Hondurans on Tuesday.\n\nThe flight landed in San Pedro Sula."],
    [
      "holds two sentences",
      "Forty Hondurans were flown home. The flight landed in San Pedro Sula\n\nMore later",
    ],
    [
      "ends with a question mark mid-paragraph",
      "Who was on the plane?\nNo one would say, a spokesman told reporters.",
    ],
    [
      "breaks off mid-sentence (hard-wrapped text)",
      "ICE removed 40 Hondurans on a charter flight\nthat landed in San Pedro Sula on Tuesday.",
    ],
    ["ends with a comma", "On Tuesday morning,\nForty Hondurans were flown home."],
    [
      "is a long Chinese sentence",
      `${"据报道，一架载有116名中国籍人员的遣返包机从德克萨斯州起飞，".repeat(4)}于周日降落在沈阳\n\n更多内容`,
    ],
    ["is a Chinese sentence ending in 。", "一架遣返包机降落在沈阳。\n\n更多内容"],
  ])("keeps a first line that %s in the body", (_, text) => {
    const r = splitTitle(text);
    expect(r.titleFrom).toBe("first sentence");
    expect(r.body).toBe(text.trim());
  });

  it("makes a title of the first sentence when it is short", () => {
    expect(
      splitTitle("ICE removed 40 Hondurans on Tuesday. The flight landed in San Pedro Sula.").title,
    ).toBe("ICE removed 40 Hondurans on Tuesday.");
    expect(splitTitle("一架遣返包机降落在沈阳。机上有116人。").title).toBe("一架遣返包机降落在沈阳。");
    expect(splitTitle("U.S. officials flew 40 Hondurans home. Mr. Reyes was on board.").title).toBe(
      "U.S. officials flew 40 Hondurans home.",
    );
  });

  it("skips leading blank lines and handles empty text", () => {
    expect(splitTitle("\n\n  Headline here\r\n\r\nBody.")).toEqual({
      title: "Headline here",
      body: "Body.",
      titleFrom: "first line",
    });
    expect(splitTitle("  \n ")).toEqual({ title: "", body: "", titleFrom: "first line" });
  });
});

describe("readArticleFile", () => {
  it("reads a Windows-1252 page by its http-equiv meta tag, keeps the article and takes its headline", () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Voo pousa em Confins – Jornal</title></head><body>
      <nav><a href="/">Início</a> <a href="/mundo">Mundo</a></nav>
      <article><h1>Voo com deportados pousa em Confins</h1><p>Um avião com 97 brasileiros deportados dos Estados Unidos pousou no Aeroporto de Confins na sexta-feira, segundo a Polícia Federal.</p>
      <p>Famílias aguardaram notícias no saguão durante toda a manhã; a chegada foi acompanhada por agentes do governo.</p></article>
      <footer>© Jornal. Todos os direitos reservados.</footer></body></html>`;
    const r = readArticleFile(iconv.encode(html, "win1252"), { fileName: "voo.html" });
    expect(r).toMatchObject({
      ok: true,
      title: "Voo com deportados pousa em Confins",
      encoding: "windows1252",
    });
    if (!r.ok) return;
    expect(r.body).toMatch(/^Um avião com 97 brasileiros deportados/);
    expect(r.body).toContain("Famílias aguardaram notícias no saguão");
    expect(r.body).not.toMatch(/Início|direitos reservados|Jornal/);
  });

  it("reads UTF-16 text with a byte-order mark", () => {
    const r = readArticleFile(
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        iconv.encode("遣返包机周日抵达沈阳\n\n一架遣返包机降落在沈阳。", "utf16le"),
      ]),
      { fileName: "a.txt" },
    );
    expect(r).toMatchObject({ ok: true, title: "遣返包机周日抵达沈阳", body: "一架遣返包机降落在沈阳。" });
  });

  it("keeps a given title and the whole text", () => {
    expect(readArticleFile(Buffer.from(`${LEDE}\n`), { fileName: "a.txt", title: " Given " })).toMatchObject({
      ok: true,
      title: "Given",
      body: LEDE,
    });
  });

  it("refuses undeclared bytes that are not UTF-8, in words", () => {
    const r = readArticleFile(iconv.encode("Famílias aguardam notícias.", "latin1"), { fileName: "a.txt" });
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(/^The file is not UTF-8 text and does not say which encoding it is in/),
    });
  });
});
