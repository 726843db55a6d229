import { describe, expect, it } from "vitest";
import { evaluate, measured } from "./news-corpus/evaluate";
import type { CorpusArticle } from "./news-corpus/types";
import { ARTICLES_DEV3 } from "./news-corpus/dev3";
import { ARTICLES_DEV4 } from "./news-corpus/dev4";
import { ARTICLES_DEV5 } from "./news-corpus/dev5";
import { DEV6_ES } from "./news-corpus/dev6es";
import { HOLDOUT } from "./news-corpus/holdout";
import { HOLDOUT2 } from "./news-corpus/holdout2";
import { HOLDOUT3 } from "./news-corpus/holdout3";
import { HOLDOUT5A } from "./news-corpus/holdout5a";
import { HOLDOUT5B } from "./news-corpus/holdout5b";
import { HOLDOUT6A } from "./news-corpus/holdout6a";
import { HOLDOUT6B } from "./news-corpus/holdout6b";
import { HOLDOUT7A } from "./news-corpus/holdout7a";
import { HOLDOUT7B } from "./news-corpus/holdout7b";
import { HOLDOUT8A } from "./news-corpus/holdout8a";
import { HOLDOUT8B } from "./news-corpus/holdout8b";
import { HOLDOUT8C } from "./news-corpus/holdout8c";
import { HOLDOUT9A } from "./news-corpus/holdout9a";
import { HOLDOUT9B } from "./news-corpus/holdout9b";
import { HOLDOUT9C } from "./news-corpus/holdout9c";
import { HOLDOUT10A } from "./news-corpus/holdout10a";
import { HOLDOUT10B } from "./news-corpus/holdout10b";
import { HOLDOUT10C } from "./news-corpus/holdout10c";
import { HOLDOUT11A } from "./news-corpus/holdout11a";
import { HOLDOUT11B } from "./news-corpus/holdout11b";
import { HOLDOUT11C } from "./news-corpus/holdout11c";
import { HOLDOUT12A } from "./news-corpus/holdout12a";
import { HOLDOUT12B } from "./news-corpus/holdout12b";
import { HOLDOUT12C } from "./news-corpus/holdout12c";
import { HOLDOUT13A } from "./news-corpus/holdout13a";
import { HOLDOUT13B } from "./news-corpus/holdout13b";
import { HOLDOUT13C } from "./news-corpus/holdout13c";
import { HOLDOUT14A } from "./news-corpus/holdout14a";
import { HOLDOUT14B } from "./news-corpus/holdout14b";
import { HOLDOUT14C } from "./news-corpus/holdout14c";
import { HOLDOUT16A } from "./news-corpus/holdout16a";
import { HOLDOUT16B } from "./news-corpus/holdout16b";
import { HOLDOUT16C } from "./news-corpus/holdout16c";
import { HOLDOUT17A } from "./news-corpus/holdout17a";
import { HOLDOUT17B } from "./news-corpus/holdout17b";
import { HOLDOUT17C } from "./news-corpus/holdout17c";
import { HOLDOUT18A } from "./news-corpus/holdout18a";
import { HOLDOUT18B } from "./news-corpus/holdout18b";
import { HOLDOUT18C } from "./news-corpus/holdout18c";
import { HOLDOUT19A } from "./news-corpus/holdout19a";
import { HOLDOUT19B } from "./news-corpus/holdout19b";
import { HOLDOUT19C } from "./news-corpus/holdout19c";
import { HOLDOUT20A } from "./news-corpus/holdout20a";
import { HOLDOUT20B } from "./news-corpus/holdout20b";
import { HOLDOUT20C } from "./news-corpus/holdout20c";
import { HOLDOUT21A } from "./news-corpus/holdout21a";
import { HOLDOUT21B } from "./news-corpus/holdout21b";
import { HOLDOUT21C } from "./news-corpus/holdout21c";

// The extractor on the development sets: news articles written for this project by writers who never read
// the extractor, each scored once unseen and then opened to learn from (docs/alerts.md, "Seventh round" to "Tenth round").
// Each floor is the set's score (all three languages) when it was last raised; a change that loses one fails.
const SETS: Record<string, CorpusArticle[]> = {
  dev3: [...ARTICLES_DEV3],
  dev4: [...ARTICLES_DEV4],
  dev5: [...ARTICLES_DEV5],
  dev6es: [...DEV6_ES],
  holdout: [...HOLDOUT],
  holdout2: [...HOLDOUT2],
  holdout3: [...HOLDOUT3],
  holdout5: [...HOLDOUT5A, ...HOLDOUT5B],
  holdout6: [...HOLDOUT6A, ...HOLDOUT6B],
  holdout7: [...HOLDOUT7A, ...HOLDOUT7B],
  holdout8: [...HOLDOUT8A, ...HOLDOUT8B, ...HOLDOUT8C],
  holdout9: [...HOLDOUT9A, ...HOLDOUT9B, ...HOLDOUT9C],
  holdout10: [...HOLDOUT10A, ...HOLDOUT10B, ...HOLDOUT10C],
  holdout11: [...HOLDOUT11A, ...HOLDOUT11B, ...HOLDOUT11C],
  holdout12: [...HOLDOUT12A, ...HOLDOUT12B, ...HOLDOUT12C],
  holdout13: [...HOLDOUT13A, ...HOLDOUT13B, ...HOLDOUT13C],
  holdout14: [...HOLDOUT14A, ...HOLDOUT14B, ...HOLDOUT14C],
  holdout16: [...HOLDOUT16A, ...HOLDOUT16B, ...HOLDOUT16C],
  holdout17: [...HOLDOUT17A, ...HOLDOUT17B, ...HOLDOUT17C],
  holdout18: [...HOLDOUT18A, ...HOLDOUT18B, ...HOLDOUT18C],
  holdout19: [...HOLDOUT19A, ...HOLDOUT19B, ...HOLDOUT19C],
  holdout20: [...HOLDOUT20A, ...HOLDOUT20B, ...HOLDOUT20C],
  holdout21: [...HOLDOUT21A, ...HOLDOUT21B, ...HOLDOUT21C],
};
type Floor = Record<
  "relP" | "relR" | "countriesP" | "countriesR" | "exact" | "departure" | "arrival" | "date",
  number
>;
const FLOORS: Record<string, Floor> = {
  dev3: { relP: 1, relR: 1, countriesP: 1, countriesR: 1, exact: 1, departure: 0.93, arrival: 0.97, date: 1 },
  dev4: {
    relP: 1,
    relR: 1,
    countriesP: 0.96,
    countriesR: 0.98,
    exact: 1,
    departure: 0.96,
    arrival: 0.96,
    date: 0.97,
  },
  dev5: { relP: 1, relR: 1, countriesP: 0.89, countriesR: 1, exact: 1, departure: 1, arrival: 1, date: 0.91 },
  dev6es: { relP: 1, relR: 1, countriesP: 1, countriesR: 1, exact: 1, departure: 1, arrival: 0.83, date: 1 },
  holdout: {
    relP: 1,
    relR: 1,
    countriesP: 1,
    countriesR: 0.95,
    exact: 0.92,
    departure: 0.93,
    arrival: 0.93,
    date: 1,
  },
  holdout2: { relP: 1, relR: 1, countriesP: 1, countriesR: 1, exact: 1, departure: 1, arrival: 1, date: 1 },
  holdout3: {
    relP: 1,
    relR: 1,
    countriesP: 1,
    countriesR: 1,
    exact: 0.93,
    departure: 0.88,
    arrival: 0.78,
    date: 0.9,
  },
  holdout5: {
    relP: 1,
    relR: 1,
    countriesP: 1,
    countriesR: 1,
    exact: 0.95,
    departure: 1,
    arrival: 1,
    date: 0.97,
  },
  holdout6: {
    relP: 0.97,
    relR: 1,
    countriesP: 1,
    countriesR: 1,
    exact: 1,
    departure: 0.95,
    arrival: 0.91,
    date: 0.95,
  },
  holdout7: {
    relP: 1,
    relR: 1,
    countriesP: 1,
    countriesR: 0.98,
    exact: 1,
    departure: 0.92,
    arrival: 0.97,
    date: 0.91,
  },
  holdout8: {
    relP: 1,
    relR: 1,
    countriesP: 0.96,
    countriesR: 1,
    exact: 1,
    departure: 0.93,
    arrival: 0.96,
    date: 0.91,
  },
  holdout9: {
    relP: 1,
    relR: 1,
    countriesP: 0.92,
    countriesR: 1,
    exact: 0.94,
    departure: 0.97,
    arrival: 0.98,
    date: 0.89,
  },
  holdout10: {
    relP: 1,
    relR: 1,
    countriesP: 0.9,
    countriesR: 0.96,
    exact: 0.96,
    departure: 0.91,
    arrival: 0.96,
    date: 0.91,
  },
  holdout11: {
    relP: 1,
    relR: 1,
    countriesP: 0.97,
    countriesR: 0.99,
    exact: 0.9,
    departure: 1,
    arrival: 0.98,
    date: 0.93,
  },
  holdout12: {
    relP: 0.98,
    relR: 1,
    countriesP: 0.99,
    countriesR: 0.99,
    exact: 0.87,
    departure: 0.89,
    arrival: 0.92,
    date: 0.9,
  },
  holdout13: {
    relP: 1,
    relR: 0.98,
    countriesP: 0.87,
    countriesR: 0.97,
    exact: 0.96,
    departure: 1,
    arrival: 0.94,
    date: 0.91,
  },
  holdout14: {
    relP: 1,
    relR: 1,
    countriesP: 0.93,
    countriesR: 1,
    exact: 0.97,
    departure: 0.95,
    arrival: 0.96,
    date: 0.89,
  },
  holdout16: {
    relP: 1,
    relR: 1,
    countriesP: 0.92,
    countriesR: 0.97,
    exact: 0.77,
    departure: 0.89,
    arrival: 0.94,
    date: 0.9,
  },
  holdout17: {
    relP: 0.95,
    relR: 0.98,
    countriesP: 0.92,
    countriesR: 0.96,
    exact: 0.89,
    departure: 0.94,
    arrival: 0.9,
    date: 0.87,
  },
  holdout18: {
    relP: 0.98,
    relR: 0.98,
    countriesP: 0.77,
    countriesR: 0.94,
    exact: 0.81,
    departure: 0.92,
    arrival: 0.86,
    date: 0.88,
  },
  holdout19: {
    relP: 0.98,
    relR: 0.98,
    countriesP: 0.88,
    countriesR: 0.96,
    exact: 0.87,
    departure: 0.93,
    arrival: 0.92,
    date: 0.9,
  },
  holdout20: {
    relP: 1,
    relR: 1,
    countriesP: 0.97,
    countriesR: 1,
    exact: 0.95,
    departure: 0.97,
    arrival: 0.96,
    date: 0.91,
  },
  holdout21: {
    relP: 1,
    relR: 0.98,
    countriesP: 0.97,
    countriesR: 0.94,
    exact: 1,
    departure: 0.97,
    arrival: 0.91,
    date: 0.95,
  },
};

describe("flight extraction on the development sets", () => {
  it.each(Object.keys(SETS))("keeps every score on %s", (name) => {
    const m = measured(evaluate(SETS[name]).all);
    for (const [k, floor] of Object.entries(FLOORS[name]!))
      expect.soft(m[k as keyof typeof m], `${name} ${k}`).toBeGreaterThanOrEqual(floor);
  });
});
