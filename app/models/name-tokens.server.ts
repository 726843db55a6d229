// client_name_tokens: each client's search words in name order (ADR 011). A search the table can
// answer reads its page in name order and stops after it; any other search goes through client_search.
import type Database from "better-sqlite3";
import { getSqlite, prepared } from "#db/client";
import { asciiFold, type TokenTerm } from "~/domain/search-terms";

// The words are FTS5's own tokens, so the table and client_search never disagree on what a word is:
// the text goes through a one-row FTS5 table of this connection with the same tokenizer and is read
// back with fts5vocab. (unicode61 splits some scripts on their vowel signs and folds Latin letters
// only; copying that in JavaScript would be a second tokenizer to keep in step.)
const scratchReady = new WeakSet<Database.Database>();

/** The distinct words FTS5 makes of a client's search terms. */
export function tokensOf(terms: string): string[] {
  // Most names are ASCII or Latin letters with accents: their words are the runs of [a-z0-9] once
  // folded (what FTS5 does to them, checked character by character in name-tokens.server.test.ts).
  const folded = asciiFold(terms);
  if (folded !== null) return [...new Set(folded.split(/[^a-z0-9]+/).filter(Boolean))];
  const db = getSqlite();
  if (!scratchReady.has(db)) {
    db.exec(`create virtual table if not exists temp.name_token_scratch using fts5(t, tokenize = "unicode61 remove_diacritics 2");
      create virtual table if not exists temp.name_token_scratch_terms using fts5vocab(temp, name_token_scratch, instance);`);
    scratchReady.add(db);
  }
  prepared("insert into temp.name_token_scratch (rowid, t) values (1, ?)").run(terms);
  try {
    return prepared("select distinct term from temp.name_token_scratch_terms").pluck().all() as string[];
  } finally {
    prepared("delete from temp.name_token_scratch where rowid = 1").run();
  }
}

/** Replaces the client's rows (call inside the client's write, with the terms client_search gets). */
export function syncNameTokens(
  c: { id: string; firmId: string; familyName: string; givenNames: string },
  terms: string,
): void {
  prepared("delete from client_name_tokens where client_id = ?").run(c.id);
  const insert = prepared(
    "insert or ignore into client_name_tokens (firm_id, token, family_name, given_names, client_id) values (?, ?, ?, ?, ?)",
  );
  for (const token of tokensOf(terms))
    if (!/^[0-9]+$/.test(token)) insert.run(c.firmId, token, c.familyName, c.givenNames, c.id);
}

/**
 * Fills the table from client_search's own tokens for every client (migration 0010 does the same on an
 * existing database; the benchmark's data set, written in bulk, calls this).
 */
export function fillNameTokens(db: Database.Database): void {
  db.exec(`create virtual table temp.client_search_instances using fts5vocab(main, client_search, instance);
    insert or ignore into client_name_tokens (firm_id, token, family_name, given_names, client_id)
      select c.firm_id, v.term, c.family_name, c.given_names, c.id
      from temp.client_search_instances v join client_search s on s.rowid = v.doc join clients c on c.id = s.client_id
      where v.term glob '*[^0-9]*';
    drop table temp.client_search_instances;`);
}

/** More distinct words under one prefix than this ("a", "m"): the search goes through client_search. */
const MAX_WORDS = 64;

// A term as a condition on a client_name_tokens row `alias`.
const termCondition = (alias: string, t: TokenTerm) =>
  t.to === null ? `${alias}.token = ?` : `${alias}.token >= ? and ${alias}.token < ?`;
const termParams = (t: TokenTerm) => (t.to === null ? [t.from] : [t.from, t.to]);

/**
 * The ids of the firm's clients matching every term, in name order (family, given names, id) after the
 * cursor, at most `limit`; null when the driving term covers too many words to merge. The most selective
 * term drives: each of its words is read in name order and stops at `limit` rows that pass the others.
 */
export function tokenSearchPage(
  firmId: string,
  terms: TokenTerm[],
  after: { familyName: string; givenNames: string; id: string } | null,
  limit: number,
): string[] | null {
  const [drive, ...others] = [...terms].sort(
    (a, b) => Number(b.to === null) - Number(a.to === null) || b.from.length - a.from.length,
  );
  if (!drive) return [];
  let words: string[];
  if (drive.to === null) words = [drive.from];
  else {
    // The distinct words under the prefix, one index step each (SQLite has no skip-scan for this).
    words = prepared(
      `with recursive w(word) as (
         select (select token from client_name_tokens where firm_id = @firm and token >= @from and token < @to order by token limit 1)
         union all
         select (select token from client_name_tokens where firm_id = @firm and token > w.word and token < @to order by token limit 1) from w where w.word is not null
         limit ${MAX_WORDS + 2})
       select word from w where word is not null`,
    )
      .pluck()
      .all({ firm: firmId, from: drive.from, to: drive.to }) as string[];
    if (words.length > MAX_WORDS) return null;
  }
  if (!words.length) return [];
  const conditions = [
    "t.firm_id = ?",
    "t.token = ?",
    ...(after ? ["(t.family_name, t.given_names, t.client_id) > (?, ?, ?)"] : []),
    ...others.map(
      (o) =>
        `exists (select 1 from client_name_tokens o where o.client_id = t.client_id and ${termCondition("o", o)})`,
    ),
  ].join(" and ");
  const one = `select * from (select t.client_id, t.family_name, t.given_names from client_name_tokens t where ${conditions} order by t.family_name, t.given_names, t.client_id limit ?)`;
  const text = `select client_id from (${words.map(() => one).join(" union ")}) order by family_name, given_names, client_id limit ?`;
  const params = words.flatMap((w) => [
    firmId,
    w,
    ...(after ? [after.familyName, after.givenNames, after.id] : []),
    ...others.flatMap(termParams),
    limit,
  ]);
  return prepared(text)
    .pluck()
    .all(...params, limit) as string[];
}
