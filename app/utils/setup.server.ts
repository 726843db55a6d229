import { randomBytes } from "node:crypto";
import { safeEqual } from "./crypto.server";

// The first-run setup code: SETUP_TOKEN if the operator set one, otherwise a fresh code printed to the
// server console at start. Kept in the process environment so the Remix build sees what main.ts chose.
export function createSetupCode(): string {
  if (process.env.SETUP_TOKEN) {
    process.env.CASEWATCH_SETUP_CODE = process.env.SETUP_TOKEN;
    return "(the value of SETUP_TOKEN)";
  }
  const raw = randomBytes(9).toString("hex").toUpperCase();
  const code = `${raw.slice(0, 6)}-${raw.slice(6, 12)}-${raw.slice(12)}`;
  process.env.CASEWATCH_SETUP_CODE = code;
  return code;
}

export function checkSetupCode(typed: string): boolean {
  const expected = process.env.CASEWATCH_SETUP_CODE ?? process.env.SETUP_TOKEN;
  if (!expected) return false;
  const norm = (s: string) => s.trim().toUpperCase().replace(/\s+/g, "");
  return safeEqual(norm(typed), norm(expected));
}
