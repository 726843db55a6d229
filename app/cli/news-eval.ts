// npm run -s alerts:eval [-- --misses] [--lang en|es|zh] [--holdout|--holdout2|--holdout3|--holdout4|--holdout5|--holdout6|--holdout7|--holdout8|--holdout9|--holdout10|--holdout11|--holdout12|--holdout13|--holdout14|--holdout15|--holdout16|--holdout17|--holdout18|--holdout19|--holdout20|--holdout21|--holdout22|--dev2|--dev3|--dev4|--dev5|--dev6]
// The extractor's scores on the news corpus (app/domain/news-corpus), per fact and language, with
// every article where a fact differs when asked; and the time each article takes.
import { CORPUS, DEV2, evaluate, table } from "../domain/news-corpus/evaluate";
import { HOLDOUT } from "../domain/news-corpus/holdout";
import { ARTICLES_DEV3 } from "../domain/news-corpus/dev3";
import { ARTICLES_DEV4 } from "../domain/news-corpus/dev4";
import { ARTICLES_DEV5 } from "../domain/news-corpus/dev5";
import { HOLDOUT2 } from "../domain/news-corpus/holdout2";
import { HOLDOUT3 } from "../domain/news-corpus/holdout3";
import { HOLDOUT4 } from "../domain/news-corpus/holdout4";
import { HOLDOUT5A } from "../domain/news-corpus/holdout5a";
import { HOLDOUT5B } from "../domain/news-corpus/holdout5b";
import { HOLDOUT6A } from "../domain/news-corpus/holdout6a";
import { HOLDOUT6B } from "../domain/news-corpus/holdout6b";
import { HOLDOUT7A } from "../domain/news-corpus/holdout7a";
import { HOLDOUT7B } from "../domain/news-corpus/holdout7b";
import { HOLDOUT8A } from "../domain/news-corpus/holdout8a";
import { HOLDOUT8B } from "../domain/news-corpus/holdout8b";
import { HOLDOUT8C } from "../domain/news-corpus/holdout8c";
import { HOLDOUT9A } from "../domain/news-corpus/holdout9a";
import { HOLDOUT9B } from "../domain/news-corpus/holdout9b";
import { HOLDOUT9C } from "../domain/news-corpus/holdout9c";
import { HOLDOUT10A } from "../domain/news-corpus/holdout10a";
import { HOLDOUT10B } from "../domain/news-corpus/holdout10b";
import { HOLDOUT10C } from "../domain/news-corpus/holdout10c";
import { HOLDOUT11A } from "../domain/news-corpus/holdout11a";
import { HOLDOUT11B } from "../domain/news-corpus/holdout11b";
import { HOLDOUT11C } from "../domain/news-corpus/holdout11c";
import { HOLDOUT12A } from "../domain/news-corpus/holdout12a";
import { HOLDOUT12B } from "../domain/news-corpus/holdout12b";
import { HOLDOUT12C } from "../domain/news-corpus/holdout12c";
import { HOLDOUT13A } from "../domain/news-corpus/holdout13a";
import { HOLDOUT13B } from "../domain/news-corpus/holdout13b";
import { HOLDOUT13C } from "../domain/news-corpus/holdout13c";
import { HOLDOUT14A } from "../domain/news-corpus/holdout14a";
import { HOLDOUT14B } from "../domain/news-corpus/holdout14b";
import { HOLDOUT14C } from "../domain/news-corpus/holdout14c";
import { HOLDOUT15A } from "../domain/news-corpus/holdout15a";
import { HOLDOUT15B } from "../domain/news-corpus/holdout15b";
import { HOLDOUT15C } from "../domain/news-corpus/holdout15c";
import { HOLDOUT16A } from "../domain/news-corpus/holdout16a";
import { HOLDOUT16B } from "../domain/news-corpus/holdout16b";
import { HOLDOUT16C } from "../domain/news-corpus/holdout16c";
import { HOLDOUT17A } from "../domain/news-corpus/holdout17a";
import { HOLDOUT17B } from "../domain/news-corpus/holdout17b";
import { HOLDOUT17C } from "../domain/news-corpus/holdout17c";
import { HOLDOUT18A } from "../domain/news-corpus/holdout18a";
import { HOLDOUT18B } from "../domain/news-corpus/holdout18b";
import { HOLDOUT18C } from "../domain/news-corpus/holdout18c";
import { HOLDOUT19A } from "../domain/news-corpus/holdout19a";
import { HOLDOUT19B } from "../domain/news-corpus/holdout19b";
import { HOLDOUT19C } from "../domain/news-corpus/holdout19c";
import { HOLDOUT20A } from "../domain/news-corpus/holdout20a";
import { HOLDOUT20B } from "../domain/news-corpus/holdout20b";
import { HOLDOUT20C } from "../domain/news-corpus/holdout20c";
import { HOLDOUT21A } from "../domain/news-corpus/holdout21a";
import { HOLDOUT21B } from "../domain/news-corpus/holdout21b";
import { HOLDOUT21C } from "../domain/news-corpus/holdout21c";
import { HOLDOUT22A } from "../domain/news-corpus/holdout22a";
import { HOLDOUT22B } from "../domain/news-corpus/holdout22b";
import { HOLDOUT22C } from "../domain/news-corpus/holdout22c";
import { DEV6_ES } from "../domain/news-corpus/dev6es";

const langArg = process.argv.indexOf("--lang");
const lang = langArg > 0 ? process.argv[langArg + 1] : undefined;
// --holdout: the set written by another writer and kept out of tuning (docs/alerts.md).
const SETS: Record<string, typeof CORPUS> = {
  "--holdout22": [...HOLDOUT22A, ...HOLDOUT22B, ...HOLDOUT22C],
  "--holdout21": [...HOLDOUT21A, ...HOLDOUT21B, ...HOLDOUT21C],
  "--holdout20": [...HOLDOUT20A, ...HOLDOUT20B, ...HOLDOUT20C],
  "--holdout19": [...HOLDOUT19A, ...HOLDOUT19B, ...HOLDOUT19C],
  "--holdout18": [...HOLDOUT18A, ...HOLDOUT18B, ...HOLDOUT18C],
  "--holdout17": [...HOLDOUT17A, ...HOLDOUT17B, ...HOLDOUT17C],
  "--holdout16": [...HOLDOUT16A, ...HOLDOUT16B, ...HOLDOUT16C],
  "--holdout15": [...HOLDOUT15A, ...HOLDOUT15B, ...HOLDOUT15C],
  "--holdout14": [...HOLDOUT14A, ...HOLDOUT14B, ...HOLDOUT14C],
  "--holdout13": [...HOLDOUT13A, ...HOLDOUT13B, ...HOLDOUT13C],
  "--holdout12": [...HOLDOUT12A, ...HOLDOUT12B, ...HOLDOUT12C],
  "--holdout11": [...HOLDOUT11A, ...HOLDOUT11B, ...HOLDOUT11C],
  "--holdout10": [...HOLDOUT10A, ...HOLDOUT10B, ...HOLDOUT10C],
  "--holdout9": [...HOLDOUT9A, ...HOLDOUT9B, ...HOLDOUT9C],
  "--holdout8": [...HOLDOUT8A, ...HOLDOUT8B, ...HOLDOUT8C],
  "--holdout7": [...HOLDOUT7A, ...HOLDOUT7B],
  "--holdout6": [...HOLDOUT6A, ...HOLDOUT6B],
  "--holdout5": [...HOLDOUT5A, ...HOLDOUT5B],
  "--holdout4": HOLDOUT4,
  "--holdout3": HOLDOUT3,
  "--holdout2": HOLDOUT2,
  "--holdout": HOLDOUT,
  "--dev2": DEV2,
  "--dev3": ARTICLES_DEV3,
  "--dev4": ARTICLES_DEV4,
  "--dev5": ARTICLES_DEV5,
  "--dev6": DEV6_ES,
};
const chosen = Object.entries(SETS).find(([flag]) => process.argv.includes(flag));
const set = chosen?.[1] ?? CORPUS;
// The sets still unseen are scored as totals only: reading their misses would make them one more set the
// rules are fitted to (docs/alerts.md). Holdout 1, 2, 3, 5 to 14 and 16 to 21 were made development sets once
// measured; holdout 22 is the tenth round's unseen measure.
const UNSEEN = new Set(["--holdout4", "--holdout15", "--holdout22"]);
if (chosen && UNSEEN.has(chosen[0]) && process.argv.includes("--misses")) {
  console.error(`${chosen[0]} is kept unseen: its scores are shown as totals only, without --misses.`);
  process.exit(2);
}
const res = evaluate(lang ? set.filter((a) => a.lang === lang) : set);
console.log(table(res));
const sorted = [...res.ms].sort((a, b) => a - b);
console.log(
  `extraction per article: p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(2)} ms (first call includes loading the gazetteer: ${res.ms[0]!.toFixed(0)} ms)`,
);
if (process.argv.includes("--misses"))
  for (const m of res.misses)
    console.log(`${m.id}\t${m.fact}\twant ${JSON.stringify(m.want)}\tgot ${JSON.stringify(m.got)}`);
