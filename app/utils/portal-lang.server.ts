import { eq } from "drizzle-orm";
import { getDb } from "#db/client";
import { clients } from "#db/schema";
import { isPortalLanguage, type PortalLanguage } from "./i18n";
import { env } from "./env.server";
import { readCookie, serializeCookie } from "./session.server";

const COOKIE = "casewatch_lng";

/**
 * The portal's language: `?lng=` (remembered for the session in a cookie), then that cookie, then the
 * client's preferred language if the portal is translated into it, else English.
 */
export function portalLanguage(
  request: Request,
  preferred: string,
): { lang: PortalLanguage; setCookie: string | null; translatedPreferred: boolean } {
  const url = new URL(request.url);
  const asked = url.searchParams.get("lng");
  const translatedPreferred = isPortalLanguage(preferred);
  if (isPortalLanguage(asked)) {
    // A session cookie (no Max-Age): the choice lasts until the browser closes.
    const cookie = serializeCookie(COOKIE, asked, { maxAgeSeconds: 0, secure: env.cookieSecure }).replace(
      /; Max-Age=0/,
      "",
    );
    return { lang: asked, setCookie: cookie, translatedPreferred };
  }
  const remembered = readCookie(request, COOKIE);
  if (isPortalLanguage(remembered)) return { lang: remembered, setCookie: null, translatedPreferred };
  return {
    lang: translatedPreferred ? (preferred as PortalLanguage) : "en",
    setCookie: null,
    translatedPreferred,
  };
}

/** The portal language for a signed-in client, from their stored preference. */
export function clientPortalLanguage(request: Request, clientId: string) {
  const c = getDb()
    .select({ preferredLanguage: clients.preferredLanguage })
    .from(clients)
    .where(eq(clients.id, clientId))
    .get();
  return portalLanguage(request, c?.preferredLanguage ?? "en");
}
