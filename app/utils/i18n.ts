// The client's languages and words, for routes and models: the lists live in app/domain/languages.ts,
// the catalogs and formatting in app/domain/translations.ts (pure, so reminders can use them too).
export {
  HTML_LANG,
  INTL_LOCALE,
  isPortalLanguage,
  LANGUAGE_NAMES,
  matchPortalLanguage,
  PORTAL_LANGUAGES,
  textDirection,
  type PortalLanguage,
} from "~/domain/languages";
export {
  CATALOGS,
  formatDateFor,
  formatInstantFor,
  isolate,
  isolateLtr,
  tFor,
  timeZoneWords,
  translate,
  type MessageKey,
} from "~/domain/translations";
