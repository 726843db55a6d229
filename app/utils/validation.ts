import { z } from "zod";

// Field helpers shared by server and browser. Server validation is the truth.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `${label} is required.` })
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, `${label} is required.`)
        .max(max, `${label} must be at most ${max} characters.`)
        .refine((s) => !CONTROL.test(s), `${label} contains characters that cannot be stored.`),
    );
}

export function optionalText(label: string, max = 2000) {
  return z
    .string()
    .optional()
    .transform((s) => s?.trim() ?? "")
    .pipe(
      z
        .string()
        .max(max, `${label} must be at most ${max} characters.`)
        .refine((s) => !CONTROL.test(s), `${label} contains characters that cannot be stored.`),
    )
    .transform((s) => (s === "" ? null : s));
}

export const emailField = z
  .string({ error: "Email is required." })
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.email("Enter an email address like name@example.org.").max(254, "That email address is too long."));

export function passwordField(label = "Password") {
  // Length and the common-password list are checked on the server (password-policy.ts); here only presence.
  return z
    .string({ error: `${label} is required.` })
    .min(1, `${label} is required.`)
    .max(1024, `${label} is too long.`);
}

export const slugField = z
  .string({ error: "Short name is required." })
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(2, "Use 2 to 40 characters.")
      .max(40, "Use 2 to 40 characters.")
      .regex(
        /^[a-z0-9]+(-[a-z0-9]+)*$/,
        "Use lower-case letters, digits and single dashes (e.g. smith-law).",
      ),
  );

/** Normalises a sign-in identifier: an email (lower-cased) or a phone number (digits with a leading +). */
export function normaliseLoginIdentifier(raw: string): { kind: "email" | "phone"; value: string } | null {
  const s = raw.trim();
  if (!s || s.length > 254) return null;
  if (s.includes("@")) return { kind: "email", value: s.toLowerCase() };
  const phone = normalisePhone(s);
  return phone ? { kind: "phone", value: phone } : null;
}

/** "+1 (212) 555-0100" → "+12125550100"; a 10-digit number is taken as US/Canada. */
export function normalisePhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return null;
  if (trimmed.startsWith("+")) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith("1")) return `+${digits}`;
  return `+${digits}`;
}
