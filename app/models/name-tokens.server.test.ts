import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "#db/client";
import { ftsQuery, tokenTerms } from "~/domain/search-terms";
import { makeFirm, makeUser } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";
import { createClient, listClients, updateClient } from "./client.server";
import type { Actor } from "./actor";
import { fillNameTokens, tokenSearchPage, tokensOf } from "./name-tokens.server";

const input = (o: Record<string, string>) => clientFormSchema.parse(o);

// Every printable character of ASCII, Latin-1 and Latin Extended-A inside a word, checked against SQLite's own tokenizer: where
// tokenTerms folds a word, FTS5 makes the same single token of it; elsewhere tokenTerms declines.
describe("the words a search reads from client_name_tokens", () => {
  it("are FTS5's own tokens, letter by letter", () => {
    const db = new Database(":memory:");
    db.exec(
      `create virtual table f using fts5(t, tokenize = "unicode61 remove_diacritics 2"); create virtual table v using fts5vocab(f, instance);`,
    );
    const insert = db.prepare("insert into f (rowid, t) values (?, ?)");
    // Each word of the FTS5 query ("…"*) as a document of its own, so both sides read the same text.
    const words = new Map<number, string[]>();
    for (let cp = 0x21; cp <= 0x17f; cp++) {
      const parts = (ftsQuery(`xq${String.fromCodePoint(cp)}qx`) ?? "")
        .split(" AND ")
        .map((p) => /^"(.*)"\*$/.exec(p)?.[1] ?? "");
      words.set(cp, parts);
      parts.forEach((p, i) => insert.run(cp * 4 + i, p));
    }
    const fts = new Map<number, string[]>();
    for (const r of db.prepare("select term, doc from v order by doc, offset").all() as {
      term: string;
      doc: number;
    }[])
      fts.set(r.doc, [...(fts.get(r.doc) ?? []), r.term]);
    let folded = 0;
    for (const [cp, parts] of words) {
      const terms = tokenTerms(`xq${String.fromCodePoint(cp)}qx`);
      if (!terms) continue;
      folded++;
      // One token per word, the one tokenTerms reads.
      expect([String.fromCodePoint(cp), terms.map((t) => [t.from])]).toEqual([
        String.fromCodePoint(cp),
        parts.map((_p, i) => fts.get(cp * 4 + i)),
      ]);
    }
    // ASCII letters and digits, and Latin letters with diacritics (À…ž less the few without a base letter).
    expect(folded).toBeGreaterThan(62 + 150);
  });

  it("of a client's terms are FTS5's, whether folded here or read back from FTS5", () => {
    const db = new Database(":memory:");
    db.exec(
      `create virtual table f using fts5(t, tokenize = "unicode61 remove_diacritics 2"); create virtual table v using fts5vocab(f, instance);`,
    );
    const texts = new Map<number, string>();
    const other = [..."йЁأ्ािুেßøłæœŀĳǅ陈伟김ไ"].map((c) => c.codePointAt(0)!);
    for (const cp of [...Array.from({ length: 0x17f - 0x20 + 1 }, (_, i) => 0x20 + i), ...other])
      texts.set(
        cp,
        `xq${String.fromCodePoint(cp)}qx ab-${String.fromCodePoint(cp)} 12 ${String.fromCodePoint(cp)}`,
      );
    const insert = db.prepare("insert into f (rowid, t) values (?, ?)");
    for (const [cp, t] of texts) insert.run(cp, t);
    const fts = new Map<number, Set<string>>();
    for (const r of db.prepare("select term, doc from v").all() as { term: string; doc: number }[])
      fts.set(r.doc, (fts.get(r.doc) ?? new Set()).add(r.term));
    for (const [cp, t] of texts)
      expect([t, [...tokensOf(t)].sort()]).toEqual([t, [...(fts.get(cp) ?? [])].sort()]);
  });

  it("are declined where FTS5 would read the word otherwise", () => {
    expect(tokenTerms("garcía")).toEqual([{ from: "garcia", to: "garcib" }]);
    expect(tokenTerms("陈")).toEqual([{ from: "陈", to: null }]);
    for (const q of ["陈伟", "o'brien", "ß", "Łukasz", "сергей", "राज", "5550100", "   "])
      expect([q, tokenTerms(q)]).toEqual([q, null]);
  });
});

describe("a search answered from client_name_tokens", () => {
  let firm: string;
  let who: Actor;
  const ids = new Map<string, string>();
  // Names from many scripts, repeated family names (ties fall to given names, then to the id).
  const people: [string, string, string?][] = [
    ["García", "María José"],
    ["Garcia", "Ana"],
    ["García", "Ana"],
    ["Garcés", "Luis"],
    ["García Márquez", "Gabriel"],
    ["Garza", "Rosa"],
    ["Chen", "Wei", "陈伟"],
    ["Chen", "Li", "陈丽"],
    ["Zhang", "Wei", "张伟"],
    ["Kim", "Min-jun", "김민준"],
    ["Petrov", "Sergei", "Сергей Петров"],
    ["Patel", "Raj", "राज पटेल"],
    ["Saleh", "Ahmad", "أحمد صالح"],
    ["O'Brien", "Seán"],
    ["de la Cruz", "Mariana"],
    ["Ángel", "Marco"],
    ["Nguyễn", "Văn An"],
    ["Øverby", "Åse"],
    ["Weiß", "Jürgen"],
    ["Łukasz", "Marek"],
  ];
  beforeAll(async () => {
    firm = makeFirm("Tokens");
    who = { id: (await makeUser(firm, "lawyer")).id, firmId: firm, ip: null };
    for (const [familyName, givenNames, nativeName] of people) {
      const r = createClient(who, input({ familyName, givenNames, nativeName: nativeName ?? "" }));
      if (!r.ok) throw new Error("not created");
      ids.set(`${familyName}, ${givenNames}`, r.id);
    }
    // Another firm's García is never found from this firm.
    const other = makeFirm("Other");
    createClient(
      { id: (await makeUser(other, "lawyer")).id, firmId: other, ip: null },
      input({ familyName: "García", givenNames: "Elsewhere" }),
    );
  });

  // What client_search answers, in the list's order (BINARY: the UTF-8 bytes).
  const byFts = (q: string) =>
    getSqlite()
      .prepare(
        "select id from clients where firm_id = ? and id in (select client_id from client_search where client_search match ? and firm_id = ?) order by family_name, given_names, id",
      )
      .pluck()
      .all(firm, ftsQuery(q), firm) as string[];
  const paged = (q: string, size: number) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ReturnType<typeof listClients> = listClients(firm, { q }, "name", cursor, size);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  };

  it("finds exactly what client_search finds, in name order, page after page", () => {
    const queries = new Set<string>([
      "gar",
      "garc",
      "garcia",
      "GARCÍA",
      "garcía ana",
      "ana garc",
      "maria jose",
      "wei",
      "chen wei",
      "陈",
      "伟",
      "张 wei",
      "min",
      "sean",
      "o",
      "de la",
      "van",
      "ange",
      "marco angel",
      "nguyen",
      "overby",
      "weiss",
      "zz",
      "garcia zz",
    ]);
    // Every prefix of every Latin word of the names, as typed.
    for (const [f, g] of people)
      for (const w of `${f} ${g}`.split(/[\s'-]+/))
        for (let i = 1; i <= w.length; i++) queries.add(w.slice(0, i));
    let answeredByTokens = 0;
    for (const q of queries) {
      const expected = byFts(q);
      const terms = tokenTerms(q);
      if (terms && tokenSearchPage(firm, terms, null, 1000) !== null) answeredByTokens++;
      expect([q, paged(q, 2)]).toEqual([q, expected]);
      expect([q, listClients(firm, { q }, "name", null, 1000).rows.map((r) => r.id)]).toEqual([q, expected]);
    }
    expect(answeredByTokens).toBeGreaterThan(queries.size * 0.8);
    expect(
      listClients(firm, { q: "garc" }, "name", null).rows.map((r) => `${r.familyName}, ${r.givenNames}`),
    ).toEqual([
      "Garcia, Ana",
      "Garcés, Luis",
      "García, Ana",
      "García, María José",
      "García Márquez, Gabriel",
    ]);
  });

  it("follows a rename: the old name is no longer found, the new one in its place", () => {
    const id = ids.get("Garza, Rosa")!;
    const v = getSqlite().prepare("select version from clients where id = ?").pluck().get(id) as number;
    expect(updateClient(who, id, v, input({ familyName: "Aaron", givenNames: "Rosa" })).ok).toBe(true);
    expect(listClients(firm, { q: "garza" }, "name", null).rows).toEqual([]);
    expect(listClients(firm, { q: "aar" }, "name", null).rows.map((r) => r.id)).toEqual([id]);
    expect(
      getSqlite()
        .prepare("select distinct family_name from client_name_tokens where client_id = ?")
        .pluck()
        .all(id),
    ).toEqual(["Aaron"]);
  });

  it("goes through client_search when a prefix covers more words than it merges, with the same answer", () => {
    for (let i = 0; i < 70; i++) {
      const word = `Qz${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
      createClient(who, input({ familyName: word, givenNames: "Test" }));
    }
    expect(tokenSearchPage(firm, tokenTerms("qz")!, null, 51)).toBeNull();
    expect(paged("qz", 20)).toEqual(byFts("qz"));
    expect(byFts("qz")).toHaveLength(70);
    expect(tokenSearchPage(firm, tokenTerms("qza")!, null, 51)).toHaveLength(3);
  });

  it("is what migration 0010 would fill from client_search", () => {
    const rows = () =>
      getSqlite()
        .prepare(
          "select firm_id, token, family_name, given_names, client_id from client_name_tokens order by 1, 2, 3, 4, 5",
        )
        .all();
    const kept = rows();
    expect(kept.length).toBeGreaterThan(people.length * 2);
    getSqlite().exec("delete from client_name_tokens");
    fillNameTokens(getSqlite());
    expect(rows()).toEqual(kept);
  });
});
