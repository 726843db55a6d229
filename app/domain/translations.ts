import i18next, { type TFunction } from "i18next";
import ar from "~/locales/ar.json";
import en from "~/locales/en.json";
import es from "~/locales/es.json";
import fr from "~/locales/fr.json";
import hi from "~/locales/hi.json";
import ht from "~/locales/ht.json";
import pa from "~/locales/pa.json";
import pt from "~/locales/pt.json";
import ru from "~/locales/ru.json";
import uk from "~/locales/uk.json";
import vi from "~/locales/vi.json";
import zhHans from "~/locales/zh-Hans.json";
import zhHant from "~/locales/zh-Hant.json";
import { I18N_OPTIONS } from "./i18n-options";
import { dateTimeFormat } from "./intl";
import { INTL_LOCALE, textDirection, type PortalLanguage } from "./languages";

// The client's words, in one i18next instance shared by the client's pages, the reminders (email and
// text) and the printable sheet. One flat JSON catalog per language in app/locales, English the source
// and the fallback; plurals use i18next's suffixes (_one, _few, _many …), chosen by Intl.PluralRules.
export const CATALOGS: Record<PortalLanguage, Record<string, string>> = {
  en,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  es,
  ht,
  pt,
  vi,
  ru,
  uk,
  ar,
  pa,
  hi,
  fr,
};
export type MessageKey = keyof typeof en;

const instance = i18next.createInstance();
void instance.init({
  ...I18N_OPTIONS,
  resources: Object.fromEntries(
    Object.entries(CATALOGS).map(([lang, catalog]) => [lang, { translation: catalog }]),
  ),
});

const fixed = new Map<PortalLanguage, TFunction>();
/** A translate function fixed to one language. */
export function tFor(lang: PortalLanguage): TFunction {
  let t = fixed.get(lang);
  if (!t) {
    t = instance.getFixedT(lang);
    fixed.set(lang, t);
  }
  return t;
}

/** One text in one language; `count` in vars picks the plural form. */
export function translate(
  lang: PortalLanguage,
  key: MessageKey | string,
  vars: Record<string, string | number> = {},
): string {
  return tFor(lang)(key, vars) as string;
}

// Bidi isolation for plain text (mail, SMS, interpolated values): inside right-to-left text a phone
// number or A-number is wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE, a date in FIRST
// STRONG ISOLATE. Left-to-right languages get nothing added: an invisible character would turn a
// 160-character English SMS into a 70-character one.
export function isolateLtr(lang: PortalLanguage, s: string): string {
  return textDirection(lang) === "rtl" ? `\u2066${s}\u2069` : s;
}
export function isolate(lang: PortalLanguage, s: string): string {
  return textDirection(lang) === "rtl" ? `\u2068${s}\u2069` : s;
}

// The office's time zone in words: Intl's generic name ("hora del Este") unless the catalog has plainer
// words for one of the US zones (Intl's Russian for Eastern is "Восточная Америка").
const ZONE_KEYS: Record<string, string> = {
  "Eastern Time": "zone.eastern",
  "Central Time": "zone.central",
  "Mountain Time": "zone.mountain",
  "Pacific Time": "zone.pacific",
  "Alaska Time": "zone.alaska",
  "Hawaii-Aleutian Time": "zone.hawaii",
  "Atlantic Time": "zone.atlantic",
};

export function timeZoneWords(lang: PortalLanguage, timeZone: string, at = new Date()): string {
  const part = (locale: string) =>
    dateTimeFormat(locale, { timeZone, timeZoneName: "longGeneric" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  const key = ZONE_KEYS[part("en-US")];
  if (key) return translate(lang, key);
  return part(INTL_LOCALE[lang]);
}

// Haitian Creole has no ICU data: dates are French's (order, digits, 24-hour time) with Creole weekday
// and month names.
const HT_WEEKDAYS = ["dimanch", "lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi"];
const HT_MONTHS = [
  "janvye",
  "fevriye",
  "mas",
  "avril",
  "me",
  "jen",
  "jiyè",
  "out",
  "septanm",
  "oktòb",
  "novanm",
  "desanm",
];

/** Date parts from Intl, with Creole month and day names for Haitian Creole (French parts otherwise). */
export function localiseParts(
  lang: PortalLanguage,
  parts: Intl.DateTimeFormatPart[],
  date: Date,
  timeZone: string,
) {
  if (lang !== "ht") return parts;
  const n = dateTimeFormat("en-US-u-ca-gregory", {
    timeZone,
    month: "numeric",
    weekday: "short",
  }).formatToParts(date);
  const month = Number(n.find((p) => p.type === "month")?.value ?? "1");
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(
    n.find((p) => p.type === "weekday")?.value ?? "Sun",
  );
  return parts.map((p) =>
    p.type === "month"
      ? { ...p, value: HT_MONTHS[month - 1] ?? p.value }
      : p.type === "weekday"
        ? { ...p, value: HT_WEEKDAYS[weekday] ?? p.value }
        : p.type === "literal" && p.value.trim() === "à"
          ? { ...p, value: " a " }
          : p,
  );
}

/** A calendar day (YYYY-MM-DD) in the language's own format, weekday included. */
export function formatDateFor(lang: PortalLanguage, isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const parts = dateTimeFormat(INTL_LOCALE[lang], {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).formatToParts(date);
  return localiseParts(lang, parts, date, "UTC")
    .map((p) => p.value)
    .join("");
}

/** A moment in the office's zone: date, time and the zone named in words. */
export function formatInstantFor(lang: PortalLanguage, iso: string, timeZone: string): string {
  const date = new Date(iso);
  const parts = dateTimeFormat(INTL_LOCALE[lang], {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).formatToParts(date);
  const when = localiseParts(lang, parts, date, timeZone)
    .map((p) => p.value)
    .join("");
  return translate(lang, "date.withZone", { when, zone: timeZoneWords(lang, timeZone, date) });
}
