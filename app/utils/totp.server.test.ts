import { describe, expect, it } from "vitest";
import { generateHOTP } from "@oslojs/otp";
import {
  currentStep,
  generateRecoveryCodes,
  generateTotpSecret,
  hashRecoveryCode,
  totpCodeAt,
  totpUri,
  verifyTotp,
} from "./totp.server";

describe("TOTP", () => {
  it("matches the RFC 6238 SHA-1 test vector", () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T=59 → step 1 → 94287082 (8 digits); 6 digits: 287082.
    const key = new TextEncoder().encode("12345678901234567890");
    expect(generateHOTP(key, 1n, 6)).toBe("287082");
  });

  it("accepts the current code once, and refuses a replay", () => {
    const secret = generateTotpSecret();
    const now = Date.now();
    const code = totpCodeAt(secret, currentStep(now));
    const step = verifyTotp(secret, code, null, now);
    expect(step).toBe(currentStep(now));
    expect(verifyTotp(secret, code, step, now)).toBeNull();
  });

  it("tolerates one step of clock drift, not two", () => {
    const secret = generateTotpSecret();
    const now = Date.now();
    expect(verifyTotp(secret, totpCodeAt(secret, currentStep(now) - 1), null, now)).not.toBeNull();
    expect(verifyTotp(secret, totpCodeAt(secret, currentStep(now) - 2), null, now)).toBeNull();
  });

  it("refuses malformed codes", () => {
    const secret = generateTotpSecret();
    for (const bad of ["", "12345", "abcdef", "1234567", "12 34 5x"])
      expect(verifyTotp(secret, bad, null)).toBeNull();
  });

  it("makes an otpauth URI apps can read", () => {
    expect(totpUri("JBSWY3DPEHPK3PXP", "ana@firm.test")).toMatch(
      /^otpauth:\/\/totp\/Casewatch:ana%40firm\.test\?/,
    );
  });

  it("makes ten distinct recovery codes and hashes them case-insensitively", () => {
    const codes = generateRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    const first = codes[0]!;
    expect(hashRecoveryCode(first.toUpperCase())).toBe(hashRecoveryCode(first));
    expect(hashRecoveryCode(first.replace("-", ""))).toBe(hashRecoveryCode(first));
  });
});
