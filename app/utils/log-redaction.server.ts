// What a log line may say about a request's address. Some addresses are secrets: the calendar feed
// (/calendar/feed/<token>.ics), the client portal link, staff invitations and password resets carry the
// token that opens them, and whoever reads the server log (an operator, a log service) must not be able
// to open them (issue 14). The query string is not logged at all (it can hold searched names); should a
// caller pass one, secret parameters are blanked here too.

export const REDACTED = "[redacted]";

/** Routes whose segment after the prefix is a secret (grep app/routes for `$token` when adding one). */
const TOKEN_PREFIXES = ["/calendar/feed/", "/portal/", "/invite/", "/reset-password/"];

/** Query parameters whose value is a secret, compared without case. */
const SECRET_PARAMS = new Set([
  "token",
  "code",
  "setup_code",
  "setupcode",
  "secret",
  "password",
  "key",
  "signature",
  "sig",
]);

/**
 * A long run of letters, digits, "-" and "_" in any segment is treated as a token too, so a new
 * token route is covered before anyone remembers to add it above. Record ids (20 characters) stay readable.
 */
const TOKEN_LIKE = /^[A-Za-z0-9_-]{32,}$/;

function redactSegment(segment: string): string {
  // Keep a file suffix (".ics", ".data") so the line still says what was asked for.
  const m = /^(.*?)((?:\.[A-Za-z0-9]{1,5})?)$/.exec(segment)!;
  return `${REDACTED}${m[2]}`;
}

/** The path (and query, if given) with every secret replaced by "[redacted]". */
export function redactUrlForLog(pathAndQuery: string): string {
  const q = pathAndQuery.indexOf("?");
  const rawPath = q >= 0 ? pathAndQuery.slice(0, q) : pathAndQuery;
  const query = q >= 0 ? pathAndQuery.slice(q + 1) : null;
  const lower = (() => {
    try {
      return decodeURIComponent(rawPath).toLowerCase();
    } catch {
      return rawPath.toLowerCase();
    }
  })();
  const segments = rawPath.split("/");
  const prefix = TOKEN_PREFIXES.find((p) => lower.startsWith(p));
  // The segment after a token prefix (the prefixes have no encoded characters, so positions agree).
  const secretIndex = prefix ? prefix.split("/").length - 1 : -1;
  const path = segments
    .map((s, i) => {
      if (i === secretIndex && s) return redactSegment(s);
      const bare = s.replace(/\.[A-Za-z0-9]{1,5}$/, "");
      return TOKEN_LIKE.test(bare) ? redactSegment(s) : s;
    })
    .join("/");
  if (query === null) return path;
  const params = query
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf("=");
      const name = eq >= 0 ? pair.slice(0, eq) : pair;
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, " "));
      } catch {
        /* a malformed name is compared as it is */
      }
      return eq >= 0 && SECRET_PARAMS.has(decoded.toLowerCase()) ? `${name}=${REDACTED}` : pair;
    });
  return `${path}?${params.join("&")}`;
}
