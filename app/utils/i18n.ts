import en from "~/locales/en.json";
import es from "~/locales/es.json";
import zhHans from "~/locales/zh-Hans.json";
import { dateTimeFormat } from "~/domain/intl";

// The client portal's translations: one JSON file per language in app/locales, the same keys in each
// (a test fails if one is missing). English is the source and the fallback.
export const PORTAL_LANGUAGES = ["en", "zh-Hans", "es"] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];
export type MessageKey = keyof typeof en;

export const CATALOGS: Record<PortalLanguage, Record<string, string>> = { en, "zh-Hans": zhHans, es };

/** Each language written in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<PortalLanguage, string> = {
  en: "English",
  "zh-Hans": "中文",
  es: "Español",
};
export const HTML_LANG: Record<PortalLanguage, string> = { en: "en", "zh-Hans": "zh-Hans", es: "es" };
const LOCALES: Record<PortalLanguage, string> = { en: "en-US", "zh-Hans": "zh-CN", es: "es-US" };

export function isPortalLanguage(l: string | null | undefined): l is PortalLanguage {
  return (PORTAL_LANGUAGES as readonly string[]).includes(l ?? "");
}

export function translate(
  lang: PortalLanguage,
  key: MessageKey | string,
  vars: Record<string, string> = {},
): string {
  const text = CATALOGS[lang][key] ?? CATALOGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_m, v: string) => vars[v] ?? "");
}

export function formatDateFor(lang: PortalLanguage, isoDate: string): string {
  return dateTimeFormat(LOCALES[lang], {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatInstantFor(lang: PortalLanguage, iso: string, timeZone: string): string {
  return dateTimeFormat(LOCALES[lang], {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone,
  }).format(new Date(iso));
}
