import { createToken } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";
import { readCookie, serializeCookie } from "~/utils/session.server";

// The answer of the first-run import (/setup/import) waits here for the page that shows it, once.
// After the import a firm exists, so the page can no longer be loaded as the setup page: the action
// keeps its answer (with the users' one-time reset links) in this process under a random token, sets
// the token in a short-lived HttpOnly cookie and redirects; the next load of the page takes the answer
// out and shows it. It works the same with and without JavaScript, and a reload re-submits nothing.
// Kept in memory only: the links are secrets and never touch the disk; a restart drops them (the
// users then use "Forgot password").

export type SetupImportAnswer = {
  name: string;
  slug: string;
  rows: number;
  counts: { table: string; rows: number }[];
  migratedFrom: string | null;
  links: { displayName: string; email: string | null; url: string }[];
};

const COOKIE = "casewatch_setup_import";
const KEEP_MS = 15 * 60_000;

type Held = { answer: SetupImportAnswer; expires: number };
const globalForResults = globalThis as unknown as { __casewatchSetupImport?: Map<string, Held> };
const held = (globalForResults.__casewatchSetupImport ??= new Map<string, Held>());

/** Keeps the answer and returns the Set-Cookie header that lets the operator's browser fetch it. */
export function keepSetupImportAnswer(answer: SetupImportAnswer, now = Date.now()): string {
  for (const [k, v] of held) if (v.expires <= now) held.delete(k);
  const token = createToken();
  held.set(token, { answer, expires: now + KEEP_MS });
  return serializeCookie(COOKIE, token, { maxAgeSeconds: KEEP_MS / 1000, secure: env.cookieSecure });
}

/**
 * The answer for this browser, taken out (a second load finds nothing), and the Set-Cookie that
 * clears the token; null answer when there is none or it expired.
 */
export function takeSetupImportAnswer(
  request: Request,
  now = Date.now(),
): { answer: SetupImportAnswer | null; clear: string | null } {
  const token = readCookie(request, COOKIE);
  if (!token) return { answer: null, clear: null };
  const clear = serializeCookie(COOKIE, "", { maxAgeSeconds: 0, secure: env.cookieSecure });
  const h = held.get(token);
  held.delete(token);
  return { answer: h && h.expires > now ? h.answer : null, clear };
}
