import { z } from "zod";
import { parseANumber } from "~/domain/a-number";
import { parseCountries, isCountryCode } from "~/domain/countries";
import { isIsoDate } from "~/domain/dates";
import { LANGUAGE_CODES } from "~/domain/languages";
import { optionalText, requiredText, normalisePhone } from "./validation";

// The client form, shared by the server (the truth) and the browser (a courtesy).
export const optionalDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((s) => s?.trim() ?? "")
    .refine((s) => s === "" || isIsoDate(s), `${label}: enter a date as YYYY-MM-DD.`)
    .transform((s) => (s === "" ? null : s));

export const requiredDate = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .transform((s) => s.trim())
    .refine((s) => s !== "", `${label} is required.`)
    .refine((s) => s === "" || isIsoDate(s), `${label}: enter a date as YYYY-MM-DD.`);

const optionalCountry = (label: string) =>
  z
    .string()
    .optional()
    .transform((s) => s?.trim().toUpperCase() ?? "")
    .refine((s) => s === "" || isCountryCode(s), `${label}: choose a country from the list.`)
    .transform((s) => (s === "" ? null : s));

const checkbox = z
  .string()
  .optional()
  .transform((s) => s === "on" || s === "true" || s === "1");

export const clientFormSchema = z
  .object({
    familyName: requiredText("Family name", 120),
    givenNames: requiredText("Given names", 120),
    nativeName: optionalText("Name in own script", 120),
    otherNames: optionalText("Other names used", 500),
    aNumber: z
      .string()
      .optional()
      .transform((s, ctx) => {
        const v = s?.trim() ?? "";
        if (!v) return null;
        const r = parseANumber(v);
        if (!r.ok) {
          ctx.addIssue({ code: "custom", message: r.error });
          return z.NEVER;
        }
        return r.value;
      }),
    dateOfBirth: optionalDate("Date of birth"),
    sex: z.enum(["female", "male", "x", "unknown"], { error: "Choose one." }).optional().default("unknown"),
    nationalities: z
      .string()
      .optional()
      .transform((s, ctx) => {
        const { codes, unknown } = parseCountries(s ?? "");
        if (unknown.length) {
          ctx.addIssue({
            code: "custom",
            message: `Not a country we know: ${unknown.join(", ")}. Use names or two-letter codes (CN, MX), separated by commas.`,
          });
          return z.NEVER;
        }
        if (codes.length > 5) {
          ctx.addIssue({ code: "custom", message: "At most 5 nationalities." });
          return z.NEVER;
        }
        return codes;
      }),
    countryOfBirth: optionalCountry("Country of birth"),
    preferredLanguage: z
      .enum(LANGUAGE_CODES as [string, ...string[]], { error: "Choose a language." })
      .optional()
      .default("en"),
    phone: z
      .string()
      .optional()
      .transform((s, ctx) => {
        const v = s?.trim() ?? "";
        if (!v) return null;
        const p = normalisePhone(v);
        if (!p) {
          ctx.addIssue({
            code: "custom",
            message: "Enter a phone number with its area code, e.g. (212) 555-0100 or +52 55 1234 5678.",
          });
          return z.NEVER;
        }
        return p;
      }),
    email: optionalText("Email", 254).pipe(
      z.email("Enter an email address like name@example.org.").nullable(),
    ),
    address: optionalText("Address", 500),
    addressReportedCourtOn: optionalDate("Reported to the court (EOIR-33)"),
    addressReportedIceOn: optionalDate("Reported to ICE"),
    detentionStatus: z
      .enum(["not_detained", "detained", "released"], { error: "Choose one." })
      .optional()
      .default("not_detained"),
    detentionFacility: optionalText("Facility", 200),
    detentionSince: optionalDate("Detained or released on"),
    releaseForm: z
      .enum(["", "i220a", "i220b", "parole", "bond", "other"], { error: "Choose one." })
      .optional()
      .transform((s) => (s ? s : null)),
    lawyerId: optionalText("Lawyer", 40),
    paralegalId: optionalText("Paralegal", 40),
    tags: z
      .string()
      .optional()
      .transform((s) =>
        [
          ...new Set(
            (s ?? "")
              .split(",")
              .map((t) => t.trim().toLowerCase())
              .filter(Boolean),
          ),
        ].slice(0, 20),
      )
      .refine((tags) => tags.every((t) => t.length <= 40), "Each tag must be at most 40 characters."),
    notes: optionalText("Notes", 10_000),
    emergencyContacts: optionalText("Emergency contacts", 2000),
    childrenCare: optionalText("Who cares for the children", 2000),
    powerOfAttorneyOnFile: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.detentionStatus === "detained" && !v.detentionFacility)
      ctx.addIssue({
        code: "custom",
        path: ["detentionFacility"],
        message: "Enter the facility where the client is held.",
      });
    if (v.detentionStatus === "released" && !v.releaseForm)
      ctx.addIssue({
        code: "custom",
        path: ["releaseForm"],
        message: "Choose the form of release (I-220A, I-220B, parole or bond).",
      });
    if (v.dateOfBirth && v.dateOfBirth > new Date().toISOString().slice(0, 10))
      ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: "The date of birth is in the future." });
  });

export type ClientFormInput = z.output<typeof clientFormSchema>;
export type ClientFormValues = Record<string, string | undefined>;
