// Cross-site request forgery defence: a state-changing request must come from our own pages.
export type OriginCheckInput = {
  method: string;
  origin: string | null | undefined;
  secFetchSite: string | null | undefined;
  /** What this server is reached as, e.g. "http://localhost:3000" (from Host and the protocol). */
  selfOrigin: string;
  /** APP_ORIGIN, when the app sits behind a proxy that changes the host. */
  appOrigin?: string | null;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSameOriginRequest(input: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return true;
  const allowed = new Set([normalise(input.selfOrigin), ...(input.appOrigin ? [normalise(input.appOrigin)] : [])]);
  const site = input.secFetchSite?.toLowerCase();
  if (site && site !== "same-origin") return false;
  if (input.origin) {
    if (input.origin === "null") return false;
    return allowed.has(normalise(input.origin));
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
