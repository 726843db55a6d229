// Numbers as news writes them, in English, Spanish and Chinese: digits ("1,200", "1.200"), words
// ("Forty-three", "a hundred and twelve", "ciento doce", "treinta y cinco"), Chinese numerals
// ("一百一十六", "两百") and the vague ones ("dozens", "decenas", "数十", "una veintena").

const EN_UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ES_UNITS: Record<string, number> = {
  cero: 0,
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  dieciséis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiuna: 21,
  veintiún: 21,
  veintiun: 21,
  veintidos: 22,
  veintidós: 22,
  veintitres: 23,
  veintitrés: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiseis: 26,
  veintiséis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
};
const ES_TENS: Record<string, number> = {
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};
const ES_HUNDREDS: Record<string, number> = {
  cien: 100,
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900,
};

export type NumberMatch = {
  value: number;
  start: number;
  end: number;
  text: string;
  /** a vague amount: [low, high] */ range?: [number, number];
};

const EN_WORD = `(?:${[...Object.keys(EN_TENS), ...Object.keys(EN_UNITS).filter((k) => k !== "a" && k !== "an"), "hundred", "thousand"].join("|")})`;
const EN_NUMBER = new RegExp(
  `\\b(?:(?:a|an|one)\\s+(?:hundred|thousand|dozen)|${EN_WORD})(?:(?:\\s+and\\s+|[\\s-]+)(?:${EN_WORD}))*\\b`,
  "gi",
);
const ES_WORD = `(?:${[...Object.keys(ES_HUNDREDS), ...Object.keys(ES_TENS), ...Object.keys(ES_UNITS).filter((k) => k !== "un" && k !== "una"), "mil"].join("|")})`;
const ES_NUMBER = new RegExp(
  `(?<![\\p{L}])(?:(?:un|una)\\s+)?${ES_WORD}(?:\\s+y\\s+(?:un|una)|\\s+(?:y\\s+)?${ES_WORD})*(?![\\p{L}])`,
  "giu",
);

function enWords(s: string): number | null {
  const parts = s
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== "and");
  let total = 0;
  let cur = 0;
  for (const w of parts) {
    // "two dozen" is 24, "a dozen" 12: a multiplier, like "hundred".
    if (w === "dozen") cur = (cur || 1) * 12;
    else if (w in EN_UNITS) cur += EN_UNITS[w]!;
    else if (w in EN_TENS) cur += EN_TENS[w]!;
    else if (w === "hundred") cur = (cur || 1) * 100;
    else if (w === "thousand") {
      total += (cur || 1) * 1000;
      cur = 0;
    } else return null;
  }
  return total + cur;
}

function esWords(s: string): number | null {
  const parts = s
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "y");
  let total = 0;
  let cur = 0;
  for (const w of parts) {
    if (w in ES_UNITS) cur += ES_UNITS[w]!;
    else if (w in ES_TENS) cur += ES_TENS[w]!;
    else if (w in ES_HUNDREDS) cur += ES_HUNDREDS[w]!;
    else if (w === "mil") {
      total += (cur || 1) * 1000;
      cur = 0;
    } else return null;
  }
  return total + cur;
}

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ZH_UNITS: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
  万: 10000,
  萬: 10000,
};

export function zhNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let section = 0;
  let digit = 0;
  let seen = false;
  for (const ch of s) {
    if (ch in ZH_DIGITS) {
      digit = ZH_DIGITS[ch]!;
      seen = true;
    } else if (ch in ZH_UNITS) {
      const u = ZH_UNITS[ch]!;
      if (u === 10000) {
        total += (section + digit) * u;
        section = 0;
      } else section += (digit || (u === 10 ? 1 : 0)) * u;
      digit = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + section + digit : null;
}

/** The numbers of a sentence with their positions. */
export function findNumbers(text: string, lang: "en" | "es" | "zh"): NumberMatch[] {
  const out: NumberMatch[] = [];
  // Digits: "1,200" or "1.200" (Spanish thousands) or "116"; not part of a date or an amount.
  for (const m of text.matchAll(
    /(?<![\d.,:/-])\d{1,3}(?:[,.]\d{3})+(?![\d])|(?<![\d.,:/-])\d+(?![\d]|[.,:]\d|\s*(?:h|hrs?|horas|a\.\s?m\.|p\.\s?m\.|am|pm)(?![\p{L}]))/gu,
  )) {
    const value = Number(m[0].replace(/[,.]/g, ""));
    out.push({ value, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  if (lang === "en") {
    for (const m of text.matchAll(EN_NUMBER)) {
      const v = enWords(m[0].replace(/^(a|an)\s+dozen$/i, "twelve"));
      if (v !== null && v > 0 && !/^(a|an|one)$/i.test(m[0]))
        out.push({ value: v, start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
    for (const m of text.matchAll(
      /\b(dozens|scores|hundreds|thousands|several dozen|a few dozen|more than a dozen|a handful|(?:several|a few|some) hundreds?|(?:several|a few|some) thousands?)\b/gi,
    )) {
      const w = m[0].toLowerCase();
      const range: [number, number] = /hundred/.test(w)
        ? [200, 999]
        : /thousand/.test(w)
          ? [2000, 9999]
          : w === "a handful"
            ? [3, 9]
            : w === "more than a dozen"
              ? [13, 23]
              : [24, 99];
      out.push({ value: range[0], start: m.index!, end: m.index! + m[0].length, text: m[0], range });
    }
  } else if (lang === "es") {
    // "una docena" is 12, "dos docenas" 24: a multiplier, like "two dozen".
    const dozens: [number, number][] = [];
    const per: Record<string, number> = { una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, media: 0.5 };
    for (const m of text.matchAll(/(?<![\p{L}])(una|dos|tres|cuatro|cinco|media)\s+docenas?(?![\p{L}])/giu)) {
      const value = per[m[1]!.toLowerCase()]! * 12;
      dozens.push([m.index!, m.index! + m[0].length]);
      out.push({ value, start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
    const inDozen = (at: number) => dozens.some(([a, b]) => at >= a && at < b);
    for (const m of text.matchAll(ES_NUMBER)) {
      const v = esWords(m[0].replace(/^(un|una)\s+/i, ""));
      if (v !== null && v > 1 && !inDozen(m.index!))
        out.push({ value: v, start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
    for (const m of text.matchAll(
      /(?<![\p{L}])((?:varios|unos)\s+cientos|(?:varios|unos)\s+miles|varias\s+decenas|una\s+decena|una\s+veintena|una\s+treintena|una\s+cuarentena|una\s+cincuentena|un\s+centenar|medio\s+centenar|medio\s+millar|centenares|cientos|decenas|docenas|un\s+millar|miles)(?![\p{L}])/giu,
    )) {
      const w = m[0].toLowerCase().replace(/\s+/g, " ");
      const ranges: Record<string, [number, number]> = {
        "varios cientos": [200, 999],
        "unos cientos": [200, 999],
        "varios miles": [2000, 9999],
        "unos miles": [2000, 9999],
        "varias decenas": [20, 99],
        "una decena": [9, 11],
        "una veintena": [18, 22],
        "una treintena": [28, 32],
        "una cuarentena": [38, 42],
        "una cincuentena": [48, 52],
        "un centenar": [90, 110],
        "medio centenar": [45, 55],
        "medio millar": [450, 550],
        centenares: [200, 999],
        cientos: [200, 999],
        decenas: [20, 99],
        docenas: [24, 99],
        "un millar": [900, 1100],
        miles: [2000, 9999],
      };
      if (inDozen(m.index!)) continue;
      const range = ranges[w]!;
      const value =
        w.startsWith("una ") || w.startsWith("un ") || w.startsWith("medio ")
          ? Math.round((range[0] + range[1]) / 2)
          : range[0];
      out.push({ value, start: m.index!, end: m.index! + m[0].length, text: m[0], range });
    }
  } else {
    for (const m of text.matchAll(/[零〇一二两兩三四五六七八九十拾百佰千仟万萬]+/g)) {
      if (m[0].length === 1 && !/[十百千两兩]/.test(m[0]) && !/^[名人位个]/.test(text.slice(m.index! + 1)))
        continue;
      // "机上约有百名…": a hundred without its 一.
      const v = m[0] === "百" && /^[名人位]/.test(text.slice(m.index! + 1)) ? 100 : zhNumeral(m[0]);
      if (v !== null && v > 1)
        out.push({ value: v, start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
    for (const m of text.matchAll(/(数十|数百|上百|几十|几百|数千|上千|逾百|近百|百余)/g)) {
      const ranges: Record<string, [number, number]> = {
        数十: [20, 99],
        几十: [20, 99],
        数百: [200, 999],
        几百: [200, 999],
        上百: [100, 199],
        逾百: [100, 199],
        近百: [90, 100],
        百余: [100, 199],
        数千: [2000, 9999],
        上千: [1000, 1999],
      };
      const range = ranges[m[0]]!;
      out.push({ value: range[0], start: m.index!, end: m.index! + m[0].length, text: m[0], range });
    }
  }
  // Longer matches first at the same place; drop any that overlaps an earlier one.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberMatch[] = [];
  for (const n of out) if (!kept.some((k) => n.start < k.end && k.start < n.end)) kept.push(n);
  return kept;
}
