import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

// Phone numbers for texting, in E.164 ("+12125550100"), checked with libphonenumber-js. A number
// typed without "+" is read as a number of the country chosen on the client's record (by default the
// United States, where the client lives and reports).

export type PhoneCheck =
  { ok: true; e164: string; country: string | undefined } | { ok: false; error: string };

export function toE164(raw: string, country: string | null | undefined): PhoneCheck {
  const text = raw.trim();
  if (!text) return { ok: false, error: "Enter the client's mobile number." };
  if (text.length > 40) return { ok: false, error: "That is too long for a phone number." };
  const region = (country && /^[A-Z]{2}$/.test(country) ? country : "US") as CountryCode;
  const p = parsePhoneNumberFromString(text, region);
  if (!p || !p.isValid())
    return {
      ok: false,
      error: `This is not a valid phone number${text.startsWith("+") ? "" : ` for ${region}`}. Write it with the country code, e.g. +1 212 555 0100.`,
    };
  return { ok: true, e164: p.number, country: p.country };
}

/** E.164 or null, for numbers that arrive from the provider (already E.164, but never trusted). */
export function normaliseE164(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const p = parsePhoneNumberFromString(raw.trim());
  return p?.isValid() ? p.number : null;
}
