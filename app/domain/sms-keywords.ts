// What a client's text message means. Carriers and the provider treat STOP and its kin as an
// opt-out whatever we do; Casewatch records it too and honours the same words in each language the
// portal offers (and the languages the firm's clients speak, so a client whose page is not yet
// translated is not left unable to stop the texts).
import type { PortalLanguage } from "./languages";

export type InboundMeaning = "stop" | "start" | "help" | "confirm" | "message";
type Keyword = Exclude<InboundMeaning, "message">;

/**
 * The words of each portal language, as a client would type them; compared without case, Latin
 * accents, Arabic vowel marks or punctuation. Every language has each of the four (a test checks it),
 * and the English words are understood whatever the client's language: the provider's own STOP list.
 */
export const KEYWORDS: Record<PortalLanguage, Record<Keyword, string[]>> = {
  en: {
    stop: ["stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout", "revoke"],
    start: ["start", "unstop", "resume", "subscribe"],
    help: ["help", "info"],
    confirm: ["1", "yes", "y"],
  },
  es: {
    stop: ["alto", "parar", "para", "basta", "cancelar", "baja"],
    start: ["empezar", "iniciar", "reanudar"],
    help: ["ayuda"],
    confirm: ["sí", "si"],
  },
  "zh-Hans": {
    stop: ["停止", "退订", "取消"],
    start: ["开始"],
    help: ["帮助"],
    confirm: ["是", "是的"],
  },
  "zh-Hant": {
    stop: ["停止", "退訂", "取消"],
    start: ["開始"],
    help: ["幫助"],
    confirm: ["是", "是的"],
  },
  ht: {
    stop: ["rete", "sispann"],
    start: ["kòmanse"],
    help: ["èd"],
    confirm: ["wi"],
  },
  pt: {
    stop: ["pare", "parar", "cancelar"],
    start: ["começar", "iniciar"],
    help: ["ajuda"],
    confirm: ["sim"],
  },
  vi: {
    stop: ["dừng", "hủy", "ngừng"],
    start: ["bắt đầu"],
    help: ["trợ giúp"],
    confirm: ["có"],
  },
  ru: {
    stop: ["стоп", "отписаться"],
    start: ["старт"],
    help: ["помощь"],
    confirm: ["да"],
  },
  uk: {
    stop: ["стоп", "відписатися"],
    start: ["старт", "почати"],
    help: ["допомога"],
    confirm: ["так"],
  },
  ar: {
    stop: ["توقف", "إلغاء"],
    start: ["ابدأ"],
    help: ["مساعدة"],
    confirm: ["نعم"],
  },
  hi: {
    stop: ["बंद", "रोकें"],
    start: ["शुरू", "चालू"],
    help: ["मदद"],
    confirm: ["हाँ", "हां"],
  },
  pa: {
    stop: ["ਬੰਦ"],
    start: ["ਸ਼ੁਰੂ", "ਚਾਲੂ"],
    help: ["ਮਦਦ"],
    confirm: ["ਹਾਂ"],
  },
  fr: {
    stop: ["arrêt", "arrête", "arrêter"],
    start: ["reprendre", "commencer"],
    help: ["aide"],
    confirm: ["oui"],
  },
};

/**
 * Lower case, Latin accents, Arabic vowel marks and punctuation off, spaces squeezed: "¡Sí!" → "si",
 * " STOP. " → "stop", "Bắt đầu" → "batdau". The vowel signs of Devanagari and Gurmukhi are letters
 * there, not accents, and stay ("हाँ" is not "ह").
 */
export function normaliseKeyword(body: string): string {
  return body
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "")
    .replace(/[đĐ]/g, "d")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim()
    .replace(/ /g, "");
}

const ORDER: Keyword[] = ["stop", "start", "help", "confirm"];
const SETS: [Keyword, Set<string>][] = ORDER.map((k) => [
  k,
  new Set(Object.values(KEYWORDS).flatMap((words) => words[k].map(normaliseKeyword))),
]);

/** The language whose keyword this is (the first in the table's order), for answering an unknown number. */
export function keywordLanguage(body: string): PortalLanguage | null {
  const k = normaliseKeyword(body);
  for (const [lang, words] of Object.entries(KEYWORDS) as [PortalLanguage, Record<Keyword, string[]>][])
    if (ORDER.some((m) => words[m].some((w) => normaliseKeyword(w) === k))) return lang;
  return null;
}

/**
 * The meaning of a whole message. Only a message that is the keyword alone counts ("STOP", "Sí.");
 * "Stop by the office tomorrow?" is a message for staff, never an opt-out.
 */
export function classifyInbound(body: string): InboundMeaning {
  const k = normaliseKeyword(body);
  if (!k || k.length > 20) return "message";
  for (const [meaning, words] of SETS) if (words.has(k)) return meaning;
  return "message";
}
