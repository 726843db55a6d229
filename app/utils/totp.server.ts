import { randomBytes } from "node:crypto";
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, generateHOTP } from "@oslojs/otp";
import { createToken, sha256Hex } from "./crypto.server";

// RFC 6238 with the parameters every authenticator app understands: SHA-1, 30 s, 6 digits.
const PERIOD = 30;
const DIGITS = 6;

export function generateTotpSecret(): string {
  return encodeBase32UpperCaseNoPadding(randomBytes(20));
}

export function totpUri(secret: string, accountName: string, issuer = "Casewatch"): string {
  return createTOTPKeyURI(issuer, accountName, decodeBase32IgnorePadding(secret), PERIOD, DIGITS);
}

export function currentStep(now = Date.now()): number {
  return Math.floor(now / 1000 / PERIOD);
}

export function totpCodeAt(secret: string, step: number): string {
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(step), DIGITS);
}

/**
 * Checks a code against the previous, current and next step (clock drift), refusing any step at or
 * before the last one used, so a code seen over someone's shoulder cannot be replayed.
 * Returns the accepted step, or null.
 */
export function verifyTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now = Date.now(),
): number | null {
  const cleaned = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(cleaned)) return null;
  const step = currentStep(now);
  for (const s of [step - 1, step, step + 1]) {
    if (lastStep !== null && s <= lastStep) continue;
    if (totpCodeAt(secret, s) === cleaned) return s;
  }
  return null;
}

/** Ten one-use recovery codes, shown once; only their hashes are kept. */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const t = createToken().slice(0, 10);
    return `${t.slice(0, 5)}-${t.slice(5)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return sha256Hex(
    code
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, ""),
  );
}
