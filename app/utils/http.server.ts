/** Throws a Response with a status when a condition fails (404 for "not yours", 403 for "not allowed"). */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: { status: number } = { status: 400 },
): asserts condition {
  if (!condition) {
    throw new Response(message, {
      status: init.status,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}

export function notFound(message = "Not found"): Response {
  return new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function forbidden(message = "You do not have access to this page."): Response {
  return new Response(message, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

const REDIRECT_BASE = "https://casewatch.invalid";
const MAX_REDIRECT = 2048;

/**
 * Only a path of our own site may be a redirect target (no open redirects). Browsers quietly drop tabs,
 * CR and LF from a URL and read "\\" as "/", so "/\t/evil.example" leaves the site although it starts
 * with one slash. Rather than list the tricks, the value must be printable ASCII without a backslash
 * (what our own links hold: requireUser percent-encodes the path it sends), a URL parser must resolve it
 * to our own origin, and the parsed path, query and fragment must equal the input character for
 * character, so nothing was dropped, folded or resolved away ("/../x", "/./x"). The path decoded once
 * must not hold "//", a backslash or a control character either (a proxy that decodes %2F would
 * otherwise turn "/%2F/x" into "//x").
 */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to.length === 0 || to.length > MAX_REDIRECT) return fallback;
  if (!to.startsWith("/") || !/^[\x21-\x7e]+$/.test(to) || to.includes("\\")) return fallback;
  let url: URL;
  try {
    url = new URL(to, REDIRECT_BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== REDIRECT_BASE || url.pathname + url.search + url.hash !== to) return fallback;
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  if (decodedPath.includes("//") || decodedPath.includes("\\") || /\p{Cc}/u.test(decodedPath))
    return fallback;
  if (/(^|\/)\.\.?(\/|$)/.test(decodedPath)) return fallback;
  return to;
}
