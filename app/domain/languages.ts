// Languages a client may prefer (BCP 47), each with its English name (for staff) and its own name (for
// the client). `portal: true` marks those the client's page, reminders and the printable sheet are
// written in; the rest fall back to the client's browser languages, then English.
export const LANGUAGES = [
  { code: "en", name: "English", own: "English", portal: true },
  { code: "zh-Hans", name: "Chinese (Simplified)", own: "简体中文", portal: true },
  { code: "zh-Hant", name: "Chinese (Traditional)", own: "繁體中文", portal: true },
  { code: "es", name: "Spanish", own: "Español", portal: true },
  { code: "ht", name: "Haitian Creole", own: "Kreyòl ayisyen", portal: true },
  { code: "pt", name: "Portuguese", own: "Português", portal: true },
  { code: "vi", name: "Vietnamese", own: "Tiếng Việt", portal: true },
  { code: "ru", name: "Russian", own: "Русский", portal: true },
  { code: "uk", name: "Ukrainian", own: "Українська", portal: true },
  { code: "ar", name: "Arabic", own: "العربية", portal: true },
  { code: "pa", name: "Punjabi", own: "ਪੰਜਾਬੀ", portal: true },
  { code: "hi", name: "Hindi", own: "हिन्दी", portal: true },
  { code: "fr", name: "French", own: "Français", portal: true },
  { code: "bn", name: "Bengali", own: "বাংলা", portal: false },
  { code: "other", name: "Other", own: "Other", portal: false },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]["code"];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as LanguageCode[];

type PortalEntry = Extract<(typeof LANGUAGES)[number], { portal: true }>;
export type PortalLanguage = PortalEntry["code"];
export const PORTAL_LANGUAGES = LANGUAGES.filter((l): l is PortalEntry => l.portal).map(
  (l) => l.code,
) as PortalLanguage[];

export function isPortalLanguage(l: string | null | undefined): l is PortalLanguage {
  return (PORTAL_LANGUAGES as readonly string[]).includes(l ?? "");
}

/** Each language written in itself, for the switcher. */
export const LANGUAGE_NAMES = Object.fromEntries(
  LANGUAGES.filter((l) => l.portal).map((l) => [l.code, l.own]),
) as Record<PortalLanguage, string>;

/** The `lang` attribute: the codes are already BCP 47 tags. */
export const HTML_LANG = Object.fromEntries(PORTAL_LANGUAGES.map((l) => [l, l])) as Record<
  PortalLanguage,
  string
>;

export const RTL_LANGUAGES: readonly PortalLanguage[] = ["ar"];
export function textDirection(lang: PortalLanguage): "ltr" | "rtl" {
  return RTL_LANGUAGES.includes(lang) ? "rtl" : "ltr";
}

/**
 * The Intl locale for dates and numbers. Always the Gregorian calendar (an appointment letter from ICE
 * carries the Gregorian date), and Latin digits in Arabic so the day matches the letter, the phone number
 * and the A-number, which are all written in Latin digits (see docs/decisions). The region is the one
 * most of the firm's clients come from, for word order and month names ("zh-TW" for Traditional).
 */
export const INTL_LOCALE: Record<PortalLanguage, string> = {
  en: "en-US-u-ca-gregory",
  "zh-Hans": "zh-CN-u-ca-gregory",
  "zh-Hant": "zh-TW-u-ca-gregory",
  es: "es-US-u-ca-gregory",
  // ICU has no Haitian Creole data: dates are put together from the catalog's month and day names.
  ht: "fr-u-ca-gregory",
  pt: "pt-BR-u-ca-gregory",
  vi: "vi-VN-u-ca-gregory",
  ru: "ru-RU-u-ca-gregory",
  uk: "uk-UA-u-ca-gregory",
  ar: "ar-u-ca-gregory-nu-latn",
  pa: "pa-IN-u-ca-gregory-nu-latn",
  hi: "hi-IN-u-ca-gregory-nu-latn",
  fr: "fr-u-ca-gregory",
};

export function languageName(code: string | null | undefined): string {
  return LANGUAGES.find((l) => l.code === code)?.name ?? (code || "—");
}

export function parseLanguage(input: string): LanguageCode | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  const hit = LANGUAGES.find(
    (l) => l.code.toLowerCase() === s || l.name.toLowerCase() === s || l.own.toLowerCase() === s,
  );
  if (hit) return hit.code;
  if (s === "zh" || s === "chinese" || s === "mandarin" || s === "zh-cn" || s === "中文") return "zh-Hans";
  if (s === "zh-tw" || s === "zh-hk" || s === "cantonese" || s === "fujianese" || s === "traditional chinese")
    return "zh-Hant";
  if (s === "kreyol" || s === "creole") return "ht";
  return null;
}

/**
 * The portal language closest to a BCP 47 tag from a browser ("zh-TW" → Traditional, "pt-PT" →
 * Portuguese), or null. Intl.Locale fills in the script a region implies.
 */
export function matchPortalLanguage(tag: string): PortalLanguage | null {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return null;
  }
  if (locale.language === "zh") return locale.script === "Hant" ? "zh-Hant" : "zh-Hans";
  return isPortalLanguage(locale.language) ? locale.language : null;
}
