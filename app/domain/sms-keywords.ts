// What a client's text message means. Carriers and the provider treat STOP and its kin as an
// opt-out whatever we do; Casewatch records it too and honours the same words in each language the
// portal offers (and the languages the firm's clients speak, so a client whose page is not yet
// translated is not left unable to stop the texts).

export type InboundMeaning = "stop" | "start" | "help" | "confirm" | "message";

// Each list: the word as a client would type it, compared without case, accents or punctuation.
const STOP = [
  // English (the provider's own list)
  "stop",
  "stopall",
  "unsubscribe",
  "cancel",
  "end",
  "quit",
  "optout",
  "revoke",
  // Spanish
  "alto",
  "parar",
  "para",
  "basta",
  "cancelar",
  "baja",
  // Chinese (simplified and traditional)
  "停止",
  "退订",
  "退訂",
  "取消",
  // Haitian Creole, Portuguese, French
  "rete",
  "sispann",
  "pare",
  "arret",
  "arrete",
  // Vietnamese
  "dung",
  "huy",
  // Russian, Ukrainian
  "стоп",
  "отписаться",
  "відписатися",
  // Arabic
  "توقف",
  "الغاء",
  // Hindi, Punjabi
  "बंद",
  "रोकें",
  "ਬੰਦ",
];
const START = [
  "start",
  "unstop",
  "resume",
  "subscribe",
  "empezar",
  "iniciar",
  "开始",
  "開始",
  "komanse",
  "começar",
  "comecar",
  "reprendre",
  "batdau",
  "старт",
  "ابدأ",
];
const HELP = [
  "help",
  "info",
  "ayuda",
  "帮助",
  "幫助",
  "ed",
  "ajuda",
  "aide",
  "trogiup",
  "помощь",
  "допомога",
  "مساعدة",
  "मदद",
  "ਮਦਦ",
];
// "I will be there": the answer the reminder asks for.
const CONFIRM = [
  "1",
  "yes",
  "y",
  "si",
  "sí",
  "是",
  "是的",
  "wi",
  "sim",
  "oui",
  "co",
  "да",
  "так",
  "نعم",
  "हाँ",
  "हां",
  "ਹਾਂ",
];

/** Lower case, accents and punctuation off, spaces squeezed: "¡Sí!" → "si", " STOP. " → "stop". */
export function normaliseKeyword(body: string): string {
  return body
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim()
    .replace(/ /g, "");
}

const norm = (words: string[]) => new Set(words.map(normaliseKeyword));
const SETS: [InboundMeaning, Set<string>][] = [
  ["stop", norm(STOP)],
  ["start", norm(START)],
  ["help", norm(HELP)],
  ["confirm", norm(CONFIRM)],
];

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
