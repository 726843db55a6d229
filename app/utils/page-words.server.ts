import { CATALOGS, type PortalLanguage } from "~/utils/i18n";

/**
 * The words one page needs, from a language's catalog: the keys under the given prefixes and the
 * language menu's label. A page sends only these to the browser, not the whole catalog (nothing of a
 * client's case page reaches someone who has not signed in).
 */
export function pageWords(lang: PortalLanguage, prefixes: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(CATALOGS[lang]).filter(
      ([k]) => k === "portal.language" || prefixes.some((p) => k.startsWith(p)),
    ),
  );
}
