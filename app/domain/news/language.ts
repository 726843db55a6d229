import { franc } from "franc-min";

// Which language an article is written in. Chinese by its script; English and Spanish by how often their
// commonest words occur (reliable on a few sentences, where a trigram model confuses Spanish with
// Galician or Portuguese); any other language named by franc (ISO 639-3), so the article can say it was
// not read instead of being judged "not relevant".

export type ArticleLanguage = { code: string; read: boolean; name: string };

const EN = new Set(
  "the of and to in a was were on from with said for by that at is are as its their has have had been after".split(
    " ",
  ),
);
const ES = new Set(
  "el la los las de del que en y con por para fue se un una al su sus desde como más este esta fueron según".split(
    " ",
  ),
);
// Words Portuguese uses where Spanish uses others ("do", "em", "não"), and the reverse.
const PT_ONLY = new Set("do da dos das em não uma foi pelo pela são ao aos às com".split(" "));
const ES_ONLY = new Set("el los las del y fue según fueron con".split(" "));
const NAMES: Record<string, string> = {
  en: "English",
  es: "Spanish",
  zh: "Chinese",
  por: "Portuguese",
  fra: "French",
  deu: "German",
  ita: "Italian",
  hat: "Haitian Creole",
  vie: "Vietnamese",
  rus: "Russian",
  ukr: "Ukrainian",
  arb: "Arabic",
  hin: "Hindi",
  pan: "Punjabi",
  ben: "Bengali",
  tur: "Turkish",
  nld: "Dutch",
  pol: "Polish",
  ron: "Romanian",
  jpn: "Japanese",
  kor: "Korean",
  tha: "Thai",
  ind: "Indonesian",
  tgl: "Tagalog",
  glg: "Galician",
  cat: "Catalan",
  pes: "Persian",
  urd: "Urdu",
  swh: "Swahili",
  amh: "Amharic",
  som: "Somali",
  uzn: "Uzbek",
};

export function detectLanguage(text: string): ArticleLanguage {
  const sample = text.slice(0, 4000);
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
  if (han / letters > 0.25) {
    const kana = (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
    if (kana / letters > 0.05) return { code: "jpn", read: false, name: NAMES.jpn! };
    return { code: "zh", read: true, name: NAMES.zh! };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return { code: "en", read: true, name: NAMES.en! };
  let en = 0;
  let es = 0;
  let pt = 0;
  let esOnly = 0;
  for (const w of words) {
    if (EN.has(w)) en++;
    if (ES.has(w)) es++;
    if (PT_ONLY.has(w)) pt++;
    if (ES_ONLY.has(w)) esOnly++;
  }
  const rEn = en / words.length;
  const rEs = es / words.length;
  if (Math.max(rEn, rEs) >= 0.08 || words.length < 12) {
    // Portuguese shares "de", "a", "e", "que" with Spanish: let franc say when the text is Portuguese.
    if (rEs > rEn) {
      if (rEs >= 0.12 && esOnly > pt) return { code: "es", read: true, name: NAMES.es! };
      const f = franc(sample, { only: ["spa", "por", "glg", "cat", "ita"] });
      if (f !== "spa" && f !== "und" && rEs < 0.2) return { code: f, read: false, name: NAMES[f] ?? f };
      return { code: "es", read: true, name: NAMES.es! };
    }
    return { code: "en", read: true, name: NAMES.en! };
  }
  const f = franc(sample);
  if (f === "eng") return { code: "en", read: true, name: NAMES.en! };
  if (f === "spa") return { code: "es", read: true, name: NAMES.es! };
  return {
    code: f === "und" ? "und" : f,
    read: false,
    name: NAMES[f] ?? (f === "und" ? "an unknown language" : f),
  };
}
