// The settings pages' forms (docs/forms.md): feeds, portal texts, two-step sign-in, sessions, backups and
// one's own profile and password. Plain module, no server code: each action checks these schemas (the
// truth) and the page checks the same ones in the browser through conform. The users page's forms are in
// user-schemas.ts, the text-message provider's in sms-schemas.ts.
import { z } from "zod";
import { isPortalLanguage } from "~/domain/languages";
import { safeHttpUrl } from "~/domain/html-text";
import { optionalText, passwordField, requiredText } from "~/utils/validation";

// ── Feeds (_staff.settings.feeds.tsx) ─────────────────────────────────────────────────────────────────
export const FEED_INTERVALS: [number, string][] = [
  [15, "Every 15 minutes"],
  [30, "Every 30 minutes"],
  [60, "Every hour"],
  [180, "Every 3 hours"],
  [360, "Every 6 hours"],
  [720, "Every 12 hours"],
  [1440, "Once a day"],
];

// Here rather than beside the alert forms: that module pulls in the article reader, too heavy for a page.
export const feedAddSchema = z.object({
  intent: z.literal("add"),
  url: requiredText("Feed address", 2000).refine(
    (s) => safeHttpUrl(s) !== null,
    "Enter an address starting with http:// or https://.",
  ),
  title: optionalText("Name", 200),
  intervalMinutes: z
    .string({ error: "Choose how often to fetch." })
    .refine((s) => FEED_INTERVALS.some(([m]) => String(m) === s.trim()), "Choose how often to fetch.")
    .transform((s) => Number(s.trim())),
});

export const FEED_ROW_INTENTS = ["fetch", "pause", "resume", "remove"] as const;
/** The buttons on a feed's row: the feed, and what to do with it. */
export const feedRowSchema = z.object({
  intent: z.enum(FEED_ROW_INTENTS, { error: "Unknown action." }),
  feedId: z.string({ error: "Choose a feed." }).trim().min(1, "Choose a feed.").max(40, "Choose a feed."),
});

// ── Portal texts (_staff.settings.portal-texts.tsx) ───────────────────────────────────────────────────
/** A language's whole catalog reviewed by a native speaker: recorded like a text, under this key. */
export const CATALOG_REVIEW_KEY = "catalog.review";
export const UNKNOWN_TEXT = "Unknown text.";

/** One text clients read (or the catalog's review); which keys exist is checked by the action. */
export const portalTextSchema = z
  .object({
    // No intent is a plain save, as the form sent before it had two buttons.
    intent: z.enum(["save", "approve"], { error: UNKNOWN_TEXT }).optional(),
    language: z.string({ error: UNKNOWN_TEXT }).refine((l) => isPortalLanguage(l), UNKNOWN_TEXT),
    key: z.string({ error: UNKNOWN_TEXT }).min(1, UNKNOWN_TEXT).max(80, UNKNOWN_TEXT),
    text: z
      .string()
      .optional()
      .transform((s) => s?.trim() ?? ""),
  })
  .superRefine((v, ctx) => {
    const review = v.key === CATALOG_REVIEW_KEY;
    const max = review ? 200 : 2000;
    if (v.text.length === 0 || v.text.length > max)
      ctx.addIssue({
        code: "custom",
        path: ["text"],
        message: review
          ? "Write who reviewed the translation (1 to 200 characters)."
          : "The text must be 1 to 2,000 characters.",
      });
  });

// ── Two-step sign-in (_staff.settings.security.tsx) ───────────────────────────────────────────────────
const totpCode = z
  .string({ error: "Enter the 6-digit code your app shows now." })
  .trim()
  .min(1, "Enter the 6-digit code your app shows now.")
  .max(20, "That code is too long: enter the 6 digits your app shows.");

export const twoStepStartSchema = z.object({ intent: z.literal("start") });
/** Turning it on: the first code from the app. */
export const twoStepConfirmSchema = z.object({ intent: z.literal("confirm"), code: totpCode });
/** While it is on: new recovery codes, or turning it off, each with a code from the app. */
export const twoStepChangeSchema = z.object({
  intent: z.enum(["regenerate", "disable"], { error: "Unknown action." }),
  code: totpCode,
});
export const TWO_STEP_INTENTS = ["start", "confirm", "regenerate", "disable"] as const;

// ── Sessions (_staff.settings.sessions.tsx) ───────────────────────────────────────────────────────────
export const SESSION_INTENTS = { endOthers: "end-others", end: "end" } as const;
export const endOtherSessionsSchema = z.object({ intent: z.literal(SESSION_INTENTS.endOthers) });
/** One session, by the short reference the page shows (never the stored id). */
export const endSessionSchema = z.object({
  intent: z.literal(SESSION_INTENTS.end, { error: "Unknown action." }),
  ref: z.string({ error: "Unknown action." }).regex(/^[0-9a-f]{16}$/, "Unknown action."),
});

// ── Backups (_staff.settings.backups.tsx) ─────────────────────────────────────────────────────────────
/** "Back up now": nothing to fill in; an older page's form sends no intent at all. */
export const backupSchema = z.object({
  intent: z.literal("backup", { error: "Unknown action." }).optional(),
});

// ── Importing a firm export (_staff.settings.import.tsx, multipart) ───────────────────────────────────
export const NO_EXPORT_FILE = "Choose the export file (.zip) to upload.";
const IMPORT_SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
/** The export file and, only when the export's own are taken here, a new short name and firm name. */
export const firmImportSchema = z.object({
  // A file input left empty sends an empty, nameless file; the file is never sent back in the refusal.
  file: z.instanceof(File, { error: NO_EXPORT_FILE }).refine((f) => f.size > 0, NO_EXPORT_FILE),
  slug: z
    .string()
    .optional()
    .transform((s) => s?.trim() ?? "")
    .refine(
      (s) => s === "" || IMPORT_SLUG.test(s),
      "The short name takes lower-case letters, digits and dashes (2 to 63).",
    ),
  name: z
    .string()
    .optional()
    .transform((s) => s?.trim() ?? "")
    .refine((s) => s.length <= 120, "The firm's name is at most 120 characters."),
});

// ── One's own profile and password (_staff.settings._index.tsx) ───────────────────────────────────────
export const profileSchema = z.object({
  intent: z.literal("profile"),
  displayName: requiredText("Your name", 120),
});
/** Length and the common-password list are checked by the action (password-policy.ts), as everywhere. */
export const passwordChangeSchema = z.object({
  intent: z.literal("password"),
  currentPassword: passwordField("Current password"),
  newPassword: passwordField("New password"),
});
