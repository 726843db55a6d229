import { env } from "./env.server";
import { notFound } from "./http.server";

/** The demo-only pages (the local mailbox) do not exist unless CASEWATCH_DEMO=1. */
export function requireDemoMode(): void {
  if (!env.demo) throw notFound();
}
