import gazetteer from "../gazetteer/gazetteer.json";

// Finds country names, demonyms and places in a sentence, in English, Spanish or (Simplified) Chinese,
// from the gazetteer built out of maintained data packages (app/domain/gazetteer/build.ts, ADR 012).
// Latin-script words are matched by whole words, case- and accent-insensitively, longest first; Chinese
// by the longest name starting at each character. A match says what it is; whether it is a destination
// is decided by the words around it (flight-extraction.ts).

export type Lang = "en" | "es" | "zh";
export type MentionKind = "country" | "demonym" | "place" | "us";
export type PlaceKind = "c" | "a" | "r";
export type Candidate = { code: string; pop: number; kind: PlaceKind };
export type Mention = {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** The country it names (for a place, the most likely one; see candidates). */
  code: string;
  candidates: Candidate[];
  /** A place's kind: city, airport or region (state, province). */
  placeKind?: PlaceKind;
};

type Entry = {
  kind: MentionKind;
  code: string;
  candidates: Candidate[];
  placeKind?: PlaceKind;
  lowerOk: boolean;
};
type Gaz = {
  countries: Record<string, { en: string[]; es: string[]; zh: string[]; demEn: string[]; demEs: string[] }>;
  places: [string, string, number, PlaceKind][];
  zhPlaces: [string, string, number, PlaceKind][];
};
const G = gazetteer as unknown as Gaz;

export const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[-‐–]/g, " ")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();

const US_NAMES_EN = ["United States", "United States of America", "U.S.", "U.S.A.", "USA", "US", "America"];
const US_NAMES_ES = [
  "Estados Unidos",
  "EE.UU.",
  "EE. UU.",
  "EEUU",
  "EUA",
  "Norteamérica",
  "Estados Unidos de América",
  "USA",
];
const US_NAMES_ZH = ["美国", "美利坚合众国", "美方", "美"];
// Words that are also names of places somewhere, but in a news sentence are almost always something else.
const NOT_PLACES = new Set(
  "Of,The,And,For,With,From,This,That,These,Those,Police,Most,Split,Mobile,Reading,Nice,Bath,Bar,Male,March,May,Along,Union,Victoria,Florence,Regina,Marion,Lincoln,Jackson,Eagle,Independence,Liberty,Concord,Temple,Salem,Marina,Tema,Ede,Bo,Opole,Bondy,Boca,Rio,Santa,San,Cabo,Mina,Nova,Obama,Trump,Biden,Sheinbaum,President,Minister,Ministry,Government,Gobierno,Presidente,Migration,Migración,Ciudad,Center,Centro,Charter,General,Capital,Reynosa,Deportation,Return,Norte,Sur,Este,Oeste,Costa,Mar,Aurora,Colón,Colon,Libertad,Progreso,Esperanza,Esperance,Garcia,García,Franco,Ramos,Juárez,Ocean,Pacific,Atlantic,Belo,Ministerio,Marcha,Palma,Sucre,Bolívar,Bolivar,Soledad,Paz,Georgia,Jordan,Chad,Niger,Guinea,Congo,Sudan"
    .split(",")
    .map(fold),
);
// …except these, which are kept as country names though they are ambiguous (checked by context).
const AMBIGUOUS_COUNTRY = new Set([
  "georgia",
  "jordan",
  "chad",
  "niger",
  "guinea",
  "congo",
  "sudan",
  "armenia",
  "turkey",
  "china",
  "india",
]);

// First characters that begin words too often to stand for a country ("多国" many countries, "古国"
// an ancient state, "大国" a great power, "本国", "各国", "全国", "两国", "该国"…).
const ZH_NOT_SHORT = "多古大本各全两该外他出回邻小强友敌母祖中美我贵其此一三四五六七八九十诸列";

type Tables = {
  latin: Map<string, Entry>;
  firstWords: Set<string>;
  maxWords: number;
  zh: Map<string, Entry>;
  zhMax: number;
};
let tables: Tables | undefined;

function addEntry(
  map: Map<string, Entry>,
  key: string,
  e: Omit<Entry, "candidates"> & { candidates?: Candidate[] },
) {
  const old = map.get(key);
  if (!old) {
    map.set(key, { ...e, candidates: e.candidates ?? [] });
    return;
  }
  // A country name or a demonym wins over a place of the same name ("Panama", "Mexico", "Kuwait").
  if (old.kind === "place" && e.kind !== "place") {
    map.set(key, { ...e, candidates: e.candidates ?? [] });
    return;
  }
  if (old.kind === "place" && e.kind === "place") {
    for (const c of e.candidates ?? [])
      if (!old.candidates.some((x) => x.code === c.code)) old.candidates.push(c);
    old.candidates.sort((a, b) => b.pop - a.pop);
    old.code = old.candidates[0]!.code;
    old.placeKind = old.candidates[0]!.kind;
  }
}

function build(): Tables {
  const latin = new Map<string, Entry>();
  const zh = new Map<string, Entry>();
  for (const n of [...US_NAMES_EN, ...US_NAMES_ES])
    addEntry(latin, fold(n), { kind: "us", code: "US", lowerOk: false });
  for (const n of US_NAMES_ZH) addEntry(zh, n, { kind: "us", code: "US", lowerOk: true });
  for (const [code, c] of Object.entries(G.countries)) {
    for (const n of [...c.en, ...c.es]) addEntry(latin, fold(n), { kind: "country", code, lowerOk: false });
    for (const d of c.demEn) addEntry(latin, fold(d), { kind: "demonym", code, lowerOk: false });
    for (const d of c.demEs) addEntry(latin, fold(d), { kind: "demonym", code, lowerOk: true });
    for (const n of c.zh) addEntry(zh, n, { kind: "country", code, lowerOk: true });
  }
  // "las islas Turcas y Caicos": the islands, not Turkish women.
  for (const n of ["Turcas y Caicos", "Turks and Caicos"])
    addEntry(latin, fold(n), { kind: "country", code: "TC", lowerOk: false });
  // Kosovo (XK): the data packages give its names, not all its people's.
  for (const d of ["Kosovan", "Kosovans"])
    addEntry(latin, fold(d), { kind: "demonym", code: "XK", lowerOk: false });
  for (const d of ["kosovar", "kosovares"])
    addEntry(latin, fold(d), { kind: "demonym", code: "XK", lowerOk: true });
  // Hong Kong, Taiwan and newer mainland names the data's Chinese lists lack ("肯雅" is Hong Kong's Kenya,
  // "埃斯瓦蒂尼" Xinhua's Eswatini).
  for (const [n, code] of [
    ["肯雅", "KE"],
    ["沙乌地", "SA"],
    ["千里达", "TT"],
    ["马其顿", "MK"],
    ["波士尼亚", "BA"],
    ["埃斯瓦蒂尼", "SZ"],
    ["史瓦济兰", "SZ"],
    // Malaysia as its Chinese press writes it ("大马公民"); "大马士革" (Damascus) is a longer name and wins.
    ["大马", "MY"],
  ] as const)
    if (!zh.has(n)) addEntry(zh, n, { kind: "country", code, lowerOk: true });
  // The two Congos as Chinese news writes them, with either kind of bracket: "刚果（金）" is Kinshasa's,
  // "刚果（布）" Brazzaville's (plain "刚果" stays the data's Republic of the Congo).
  for (const [code, mark] of [
    ["CD", "金"],
    ["CG", "布"],
  ] as const)
    for (const n of [`刚果（${mark}）`, `刚果(${mark})`, `剛果（${mark}）`, `剛果(${mark})`])
      addEntry(zh, n, { kind: "country", code, lowerOk: true });
  // A demonym that some data set also lists as a country's other English name ("Mexicanos" for Mexico,
  // "Thai", "Togolese") is read as the demonym: "130 mexicanos", "Thai nationals".
  const esNames = new Set(
    Object.values(G.countries).flatMap((c) => [c.es[0] ?? "", c.en[0] ?? "", ...c.es].map(fold)),
  );
  for (const [code, c] of Object.entries(G.countries))
    for (const [d, lowerOk] of [
      ...c.demEn.map((x) => [x, false] as const),
      ...c.demEs.map((x) => [x, true] as const),
    ]) {
      const key = fold(d);
      if (latin.get(key)?.kind === "country" && !esNames.has(key))
        latin.set(key, { kind: "demonym", code, lowerOk, candidates: [] });
    }
  for (const d of [
    "American",
    "Americans",
    "estadounidense",
    "estadounidenses",
    "norteamericano",
    "norteamericanos",
  ])
    addEntry(latin, fold(d), { kind: "us", code: "US", lowerOk: /^[a-z]/.test(d) });
  for (const [name, code, pop, kind] of G.places) {
    const key = fold(name);
    if (NOT_PLACES.has(key) || key.length < 3) continue;
    addEntry(latin, key, {
      kind: "place",
      code,
      placeKind: kind,
      candidates: [{ code, pop, kind }],
      lowerOk: false,
    });
  }
  // Chinese news shortens a country named before to its first character and 国 or 方 ("委国", "瓜方",
  // "萨国"): kept when that character starts one country's name only and is no common word's start.
  const firstChar = new Map<string, Set<string>>();
  for (const [code, c] of Object.entries(G.countries))
    for (const n of c.zh) {
      const set = firstChar.get(n[0]!) ?? new Set<string>();
      set.add(code);
      firstChar.set(n[0]!, set);
    }
  for (const [ch, codes] of firstChar) {
    if (codes.size !== 1 || ZH_NOT_SHORT.includes(ch)) continue;
    const code = [...codes][0]!;
    for (const short of [`${ch}国`, `${ch}方`])
      if (!zh.has(short)) addEntry(zh, short, { kind: "country", code, lowerOk: true });
  }
  for (const [name, code, pop, kind] of G.zhPlaces)
    addEntry(zh, name, {
      kind: "place",
      code,
      placeKind: kind,
      candidates: [{ code, pop, kind }],
      lowerOk: true,
    });
  for (const [k, e] of latin)
    if (NOT_PLACES.has(k) && e.kind === "country" && !AMBIGUOUS_COUNTRY.has(k)) latin.delete(k);
  let maxWords = 1;
  const firstWords = new Set<string>();
  for (const k of latin.keys()) {
    const parts = k.split(" ");
    maxWords = Math.max(maxWords, parts.length);
    firstWords.add(parts[0]!);
  }
  let zhMax = 1;
  for (const k of zh.keys()) zhMax = Math.max(zhMax, k.length);
  return { latin, firstWords, maxWords: Math.min(maxWords, 7), zh, zhMax };
}

// Hyphens separate words ("France-led", "Port-au-Prince" as three words, which is how its name is kept).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.]*/gu;

/** Every name the gazetteer knows in `text`, longest first, not overlapping. */
export function findMentions(text: string, lang: Lang): Mention[] {
  tables ??= build();
  return lang === "zh" ? findZh(text, tables) : findLatin(text, tables);
}

// Folding is the costly part: each word is folded once, and a run of words is looked up only when its
// first word starts some name.
const foldCache = new Map<string, string>();
function foldWord(w: string): string {
  let f = foldCache.get(w);
  if (f === undefined) {
    f = fold(w);
    if (foldCache.size > 50000) foldCache.clear();
    foldCache.set(w, f);
  }
  return f;
}

function findLatin(text: string, t: Tables): Mention[] {
  const words: { start: number; end: number; key: string }[] = [];
  for (const m of text.matchAll(WORD)) {
    let end = m.index! + m[0].length;
    // A sentence's final period is not part of the word, but "U.S." keeps its own.
    if (text[end - 1] === "." && !/^(?:\p{L}\.)+$/u.test(m[0])) end--;
    // "China's", "Ghana’s": the possessive is not part of the name.
    if (/['’]s$/.test(text.slice(m.index!, end))) end -= 2;
    words.push({ start: m.index!, end, key: foldWord(text.slice(m.index!, end)) });
  }
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!.key.split(" ")[0]!;
    if (!t.firstWords.has(first)) continue;
    let key = "";
    const keys: string[] = [];
    for (let n = 0; n < Math.min(t.maxWords, words.length - i); n++) {
      key = n === 0 ? words[i]!.key : `${key} ${words[i + n]!.key}`;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const e = t.latin.get(keys[n - 1]!);
      if (!e) continue;
      const start = words[i]!.start;
      const end = words[i + n - 1]!.end;
      const raw = text.slice(start, end);
      const capital = /^\p{Lu}/u.test(raw);
      if (!capital && !e.lowerOk) continue;
      // "US" and "USA" only in capitals; a lone "us" is a pronoun.
      if (e.kind === "us" && /^us$/i.test(raw) && raw !== "US") continue;
      out.push({
        start,
        end,
        text: raw,
        kind: e.kind,
        code: e.code,
        candidates: e.candidates,
        placeKind: e.placeKind,
      });
      i += n - 1;
      break;
    }
  }
  return out;
}

function findZh(text: string, t: Tables): Mention[] {
  const out: Mention[] = [];
  const china = t.zh.get("中国");
  for (let i = 0; i < text.length; i++) {
    // "赴华", "返华", "遣返回华": 华 alone is China after a verb of going there ("华盛顿" is Washington,
    // "华人", "华裔", "华侨" are people, "华南" a region).
    if (
      china &&
      text[i] === "华" &&
      /[赴返回]$/.test(text.slice(i - 1, i)) &&
      !/^[盛人裔侨府尔纳沙丽为硕商南北东西中语文]/.test(text.slice(i + 1, i + 2))
    ) {
      out.push({
        start: i,
        end: i + 1,
        text: "华",
        kind: china.kind,
        code: china.code,
        candidates: china.candidates,
        placeKind: china.placeKind,
      });
      continue;
    }
    for (let n = Math.min(t.zhMax, text.length - i); n >= 1; n--) {
      const raw = text.slice(i, i + n);
      const e = t.zh.get(raw);
      if (!e) continue;
      // "美" alone is the US only before 方/军/国-like words or as "赴美", "在美"; elsewhere it is "beautiful".
      if (
        raw === "美" &&
        !/^[方军籍政]/.test(text.slice(i + 1, i + 2)) &&
        !/[赴在从离返旅驻]$/.test(text.slice(i - 1, i))
      )
        continue;
      // "国际" is "international": "滨海国际机场" holds no "海国" (Haiti, shortened).
      if (raw.endsWith("国") && text[i + n] === "际") continue;
      let end = i + n;
      // "德克萨斯州", "沈阳市", "福建省": the administrative suffix belongs to the place.
      if (e.kind === "place" && /^[州市省县]/.test(text.slice(end, end + 1))) end++;
      out.push({
        start: i,
        end,
        text: text.slice(i, end),
        kind: e.kind,
        code: e.code,
        candidates: e.candidates,
        placeKind: e.placeKind,
      });
      i = end - 1;
      break;
    }
  }
  return out;
}
