// Scores the flight extractor on the news corpus: per fact and per language, the numbers docs/alerts.md
// reports and flight-extraction.corpus.test.ts holds. Run `npm run -s alerts:eval`
// (add `--misses` to list every article where a fact differs, `--lang es` for one language).
import { extractFlightFacts, type Extraction } from "../flight-extraction";
import { ARTICLES_EN_US } from "./en-us";
import { ARTICLES_EN_WORLD } from "./en-world";
import { ARTICLES_ES } from "./es";
import { ARTICLES_ZH } from "./zh";
import { ARTICLES_DEV2_EN_ES } from "./dev2-en-es";
import { ARTICLES_DEV2_ZH_EN } from "./dev2-zh-en";
import type { CorpusArticle, CorpusLang } from "./types";
import * as OpenCC from "opencc-js";

export const CORPUS: CorpusArticle[] = [
  ...ARTICLES_EN_US,
  ...ARTICLES_EN_WORLD,
  ...ARTICLES_ES,
  ...ARTICLES_ZH,
  ...ARTICLES_DEV2_EN_ES,
  ...ARTICLES_DEV2_ZH_EN,
];
/** The second round of articles, written to be hard, kept apart so their scores can be read alone. */
export const DEV2: CorpusArticle[] = [...ARTICLES_DEV2_EN_ES, ...ARTICLES_DEV2_ZH_EN];

export type Ratio = { hit: number; total: number };
export type Scores = {
  articles: number;
  relevance: { tp: number; fp: number; fn: number; tn: number };
  /** every country a client could be matched on: destinations and nationalities on board */
  countries: { tp: number; fp: number; fn: number };
  /** destinations (landing countries) in the destination role */
  destinations: Ratio;
  nationalities: Ratio;
  exactCount: Ratio;
  anyCount: Ratio;
  departure: Ratio;
  arrival: Ratio;
  date: Ratio;
  kind: Ratio;
};

let t2s: ((s: string) => string) | undefined;
/** Places compared without case, accents, administrative suffixes or the state after a comma. */
export function samePlace(expected: string, got: string): boolean {
  t2s ??= OpenCC.Converter({ from: "tw", to: "cn" });
  const n = (s: string) =>
    t2s!(s)
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(
        /(international airport|airport|aeropuerto internacional|aeropuerto|国际机场|机场|市|州|省)/g,
        " ",
      )
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const a = n(expected);
  const b = n(got);
  if (!a || !b) return false;
  return a === b || a.includes(b) || b.includes(a);
}

const emptyScores = (): Scores => ({
  articles: 0,
  relevance: { tp: 0, fp: 0, fn: 0, tn: 0 },
  countries: { tp: 0, fp: 0, fn: 0 },
  destinations: { hit: 0, total: 0 },
  nationalities: { hit: 0, total: 0 },
  exactCount: { hit: 0, total: 0 },
  anyCount: { hit: 0, total: 0 },
  departure: { hit: 0, total: 0 },
  arrival: { hit: 0, total: 0 },
  date: { hit: 0, total: 0 },
  kind: { hit: 0, total: 0 },
});

export type Miss = { id: string; fact: string; want: unknown; got: unknown };

export function scoreArticle(a: CorpusArticle, x: Extraction, s: Scores, misses: Miss[]): void {
  const e = a.expect;
  s.articles++;
  const miss = (fact: string, want: unknown, got: unknown) => misses.push({ id: a.id, fact, want, got });
  if (e.relevant && x.relevant) s.relevance.tp++;
  else if (x.relevant) {
    s.relevance.fp++;
    miss("relevant", false, `${x.kind}: ${x.countries.map((c) => c.code).join(" ")}`);
  } else if (e.relevant) {
    s.relevance.fn++;
    miss("relevant", true, x.why);
  } else s.relevance.tn++;
  if (!e.relevant) return;
  const want = new Set([...(e.destinations ?? []), ...(e.nationalities ?? [])]);
  const got = new Set(x.relevant ? x.countries.map((c) => c.code) : []);
  for (const c of got) {
    if (want.has(c)) s.countries.tp++;
    else s.countries.fp++;
  }
  for (const c of want) if (!got.has(c)) s.countries.fn++;
  if ([...want].some((c) => !got.has(c)) || [...got].some((c) => !want.has(c)))
    miss("countries", [...want].sort().join(" "), [...got].sort().join(" "));
  const gotDest = new Set(
    x.relevant ? x.countries.filter((c) => c.role !== "nationality").map((c) => c.code) : [],
  );
  const gotNat = new Set(
    x.relevant ? x.countries.filter((c) => c.role === "nationality").map((c) => c.code) : [],
  );
  for (const c of e.destinations ?? []) {
    s.destinations.total++;
    if (gotDest.has(c)) s.destinations.hit++;
  }
  for (const c of e.nationalities ?? []) {
    s.nationalities.total++;
    if (gotNat.has(c)) s.nationalities.hit++;
  }
  if (
    (e.destinations ?? []).some((c) => !gotDest.has(c)) ||
    (e.nationalities ?? []).some((c) => !gotNat.has(c))
  )
    miss(
      "roles",
      `dest ${(e.destinations ?? []).join(" ")} / nat ${(e.nationalities ?? []).join(" ")}`,
      `dest ${[...gotDest].join(" ")} / nat ${[...gotNat].join(" ")}`,
    );
  if (e.kind) {
    s.kind.total++;
    if (x.kind === e.kind) s.kind.hit++;
    else miss("kind", e.kind, x.kind);
  }
  if (e.people) {
    const v = x.people?.value ?? null;
    if (!e.people.approx) {
      s.exactCount.total++;
      if (v === e.people.value && !x.people?.hedged) s.exactCount.hit++;
      else
        miss(
          "count",
          e.people.value,
          x.people
            ? `${v ?? x.people.approx?.join("–")}${x.people.hedged ? " (hedged)" : ""} «${x.people.source.phrase}»`
            : null,
        );
    }
    s.anyCount.total++;
    if (
      v === e.people.value ||
      (x.people?.approx && x.people.approx[0] <= e.people.value && e.people.value <= x.people.approx[1])
    )
      s.anyCount.hit++;
    else if (e.people.approx)
      miss("count~", e.people.value, x.people ? `${v ?? x.people.approx?.join("–")}` : null);
  } else if (e.people === null && x.people)
    miss("count (none stated)", null, x.people.value ?? x.people.approx);
  for (const [fact, want, gotList] of [
    ["departure", e.departure, x.departure],
    ["arrival", e.arrival, x.arrival],
  ] as const) {
    for (const p of want ?? []) {
      s[fact].total++;
      if (gotList.some((g) => samePlace(p, g.place))) s[fact].hit++;
    }
    if ((want ?? []).some((p) => !gotList.some((g) => samePlace(p, g.place))))
      miss(
        fact,
        want,
        gotList.map((g) => g.place),
      );
  }
  if (e.date) {
    s.date.total++;
    if (x.eventDate?.value === e.date) s.date.hit++;
    else miss("date", e.date, x.eventDate ? `${x.eventDate.value} «${x.eventDate.source.phrase}»` : null);
  }
}

export function evaluate(articles: CorpusArticle[] = CORPUS): {
  all: Scores;
  byLang: Record<CorpusLang, Scores>;
  misses: Miss[];
  ms: number[];
} {
  const all = emptyScores();
  const byLang: Record<CorpusLang, Scores> = { en: emptyScores(), es: emptyScores(), zh: emptyScores() };
  const misses: Miss[] = [];
  const ms: number[] = [];
  for (const a of articles) {
    const t0 = performance.now();
    const x = extractFlightFacts({ title: a.title, text: a.text, published: a.published });
    ms.push(performance.now() - t0);
    scoreArticle(a, x, all, misses);
    scoreArticle(a, x, byLang[a.lang], []);
  }
  return { all, byLang, misses, ms };
}

export const ratio = (r: Ratio) => (r.total ? r.hit / r.total : 1);
export const precision = (r: { tp: number; fp: number }) => (r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1);
export const recall = (r: { tp: number; fn: number }) => (r.tp + r.fn ? r.tp / (r.tp + r.fn) : 1);

export function table(res: ReturnType<typeof evaluate>): string {
  const rows: string[] = [
    "| language | articles | relevance P | relevance R | countries P | countries R | destinations (role) | nationalities (role) | exact count | count incl. approx | departure | arrival | date | kind |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  const f = (x: number) => x.toFixed(3);
  const r = (x: Ratio) => `${f(ratio(x))} (${x.hit}/${x.total})`;
  for (const [name, s] of [
    ["English", res.byLang.en],
    ["Spanish", res.byLang.es],
    ["Chinese", res.byLang.zh],
    ["all", res.all],
  ] as const) {
    rows.push(
      `| ${name} | ${s.articles} | ${f(precision(s.relevance))} | ${f(recall(s.relevance))} | ${f(precision(s.countries))} | ${f(recall(s.countries))} | ${r(s.destinations)} | ${r(s.nationalities)} | ${r(s.exactCount)} | ${r(s.anyCount)} | ${r(s.departure)} | ${r(s.arrival)} | ${r(s.date)} | ${r(s.kind)} |`,
    );
  }
  return rows.join("\n");
}

/** The scores the tests keep floors on, from one set's totals. */
export function measured(s: Scores) {
  return {
    relP: precision(s.relevance),
    relR: recall(s.relevance),
    countriesP: precision(s.countries),
    countriesR: recall(s.countries),
    exact: ratio(s.exactCount),
    departure: ratio(s.departure),
    arrival: ratio(s.arrival),
    date: ratio(s.date),
    kind: ratio(s.kind),
  };
}
