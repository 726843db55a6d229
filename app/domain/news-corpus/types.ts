// The shape of the news corpus the flight extractor is measured on (app/domain/news-corpus/*.ts).
// Every article is written for this project in its own words, modelled on how wire services, DHS
// releases, local papers in receiving countries and Spanish- and Chinese-language outlets report
// removal flights; none is copied from an outlet. docs/alerts.md reports the scores per fact and language.

export type CorpusLang = "en" | "es" | "zh";

export type CorpusArticle = {
  /** Unique id, "en-001", "es-014", "zh-007". */
  id: string;
  lang: CorpusLang;
  /** The kind of writing it is modelled on: "wire", "dhs-release", "us-local", "receiving-country-local",
   *  "spanish-outlet", "chinese-outlet", "traditional-chinese-outlet", "near-miss", … */
  style: string;
  title: string;
  /** Publication date, YYYY-MM-DD. Relative dates in the text ("on Thursday") are read from it. */
  published: string;
  /** The article body; paragraphs separated by a blank line. */
  text: string;
  expect: {
    /** Does the article report a removal flight from the US (done or planned), or a change in a country's
     *  acceptance of people removed from the US? */
    relevant: boolean;
    kind?: "flight" | "planned_flight" | "policy";
    /** ISO 3166-1 alpha-2 codes of the countries the people are flown to (or the country that agreed to,
     *  refused or resumed taking them). Every country of a list counts. */
    destinations?: string[];
    /** Third-country removals only: ISO codes of the nationalities on board that differ from the landing
     *  country ("Indians, Nepalis and Uzbeks flown to Panama" → destinations PA, nationalities IN NP UZ). */
    nationalities?: string[];
    /** The number of people removed in the reported event; approx when the article hedges ("about 70",
     *  "more than 150", "nearly 250", "dozens"). null when the article states no count of people. */
    people?: { value: number; approx: boolean } | null;
    /** Where the flight left from, as the article names it (city, airport or state), in its own language. */
    departure?: string[];
    /** Where the flight landed, as the article names it (city or airport; the country only when no city). */
    arrival?: string[];
    /** The day of the flight (or of the announcement, for policy), YYYY-MM-DD, resolved against `published`;
     *  "YYYY-MM" when only the month is given; null when the article gives no time at all. */
    date?: string | null;
  };
};
