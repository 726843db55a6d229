import { env } from "./env.server";

// Cross-site request forgery defence: a state-changing request must come from our own pages.
export type OriginCheckInput = {
  method: string;
  origin: string | null | undefined;
  secFetchSite: string | null | undefined;
  /** What this server is reached as, e.g. "http://localhost:3000" (from Host and the protocol). */
  selfOrigin: string;
  /**
   * APP_ORIGIN, the address people use. When set it is the only origin accepted: the Host header is
   * chosen by the client (or a proxy), so an origin derived from it proves nothing.
   */
  appOrigin?: string | null;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSameOriginRequest(input: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return true;
  const allowed = normalise(input.appOrigin ? input.appOrigin : input.selfOrigin);
  const site = input.secFetchSite?.toLowerCase();
  if (site && site !== "same-origin") return false;
  if (input.origin) {
    if (input.origin === "null") return false;
    return normalise(input.origin) === allowed;
  }
  // A browser that sends neither header is too old to defend; a script that sends neither is not a page of ours.
  return site === "same-origin";
}

function normalise(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin.replace(/\/+$/, "").toLowerCase();
  }
}

/**
 * The address people reach Casewatch at, for links we send out (invitations, reset links, calendar
 * feeds, portal sheets): APP_ORIGIN when set (behind a proxy the request's own URL may be an inside
 * address), else the origin this request came to.
 */
export function publicOrigin(request: Request): string {
  return env.appOrigin ?? new URL(request.url).origin;
}
