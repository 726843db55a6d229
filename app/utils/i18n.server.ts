import { createCookie } from "@remix-run/node";
import { LanguageDetector } from "remix-i18next/server";
import {
  isPortalLanguage,
  matchPortalLanguage,
  PORTAL_LANGUAGES,
  type PortalLanguage,
} from "~/domain/languages";
import { env } from "./env.server";

// Which language a client's page is in (docs/decisions, "client languages"):
//   1. a language picked in the switcher (?lng=), remembered for the browser session in a cookie;
//   2. the language on the client's record, which staff set with the client;
//   3. the browser's Accept-Language (someone without a record, or whose language is not translated);
//   4. English.
// remix-i18next reads the query and the cookie; the record and the header go through `findLocale`, the
// header matched with Intl.Locale so that zh-TW and zh-HK get Traditional Chinese, not Simplified.
const languageCookie = createCookie("casewatch_lng", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  get secure() {
    return env.cookieSecure;
  },
});

/** The portal languages a browser asks for, best first (Accept-Language quality order). */
export function acceptedPortalLanguages(header: string | null): PortalLanguage[] {
  if (!header) return [];
  const tags = header
    .split(",")
    .slice(0, 20)
    .map((entry, i) => {
      const [tag = "", ...params] = entry.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, i };
    })
    .filter((t) => t.tag && t.tag !== "*" && t.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.i - b.i);
  const out: PortalLanguage[] = [];
  for (const t of tags) {
    const lang = matchPortalLanguage(t.tag);
    if (lang && !out.includes(lang)) out.push(lang);
  }
  return out;
}

export async function detectPortalLanguage(
  request: Request,
  preferred: string | null | undefined,
): Promise<{ lang: PortalLanguage; setCookie: string | null }> {
  const detector = new LanguageDetector({
    supportedLanguages: [...PORTAL_LANGUAGES],
    fallbackLanguage: "en",
    cookie: languageCookie,
    order: ["searchParams", "cookie", "custom"],
    findLocale: async (req) =>
      isPortalLanguage(preferred)
        ? preferred
        : (acceptedPortalLanguages(req.headers.get("accept-language"))[0] ?? null),
  });
  const found = await detector.detect(request);
  const lang = isPortalLanguage(found) ? found : "en";
  const asked = new URL(request.url).searchParams.get("lng");
  const chose = asked !== null && matchPortalLanguage(asked) === lang;
  return { lang, setCookie: chose ? await languageCookie.serialize(lang) : null };
}
