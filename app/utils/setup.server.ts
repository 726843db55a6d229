import { randomBytes } from "node:crypto";
import { safeEqual } from "./crypto.server";
import { env } from "./env.server";

// The first-run setup code: SETUP_TOKEN if the operator set one, otherwise a fresh code printed to the
// server console at start. Kept in the process environment (env.setSetupCode) so the Remix build sees
// what main.ts chose.
export function createSetupCode(): string {
  const chosen = env.setupToken;
  if (chosen) {
    env.setSetupCode(chosen);
    return "(the value of SETUP_TOKEN)";
  }
  const raw = randomBytes(9).toString("hex").toUpperCase();
  const code = `${raw.slice(0, 6)}-${raw.slice(6, 12)}-${raw.slice(12)}`;
  env.setSetupCode(code);
  return code;
}

export function checkSetupCode(typed: string): boolean {
  const expected = env.setupCode;
  if (!expected) return false;
  const norm = (s: string) => s.trim().toUpperCase().replace(/\s+/g, "");
  return safeEqual(norm(typed), norm(expected));
}
