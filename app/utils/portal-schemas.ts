// The forms of the client's own pages (docs/forms.md): /me (saying one will attend a check-in, marking a
// message read, posted from /me/messages/:id) and the portal invitation's password (/portal/:token).
// Plain module, no server code: each action checks these schemas (the truth) and the page checks the same
// ones in the browser through conform. Every message is in the client's language: a schema is made from a
// translate function (the action's `translate(lang, …)`, the page's `useT()`), with the catalogs' keys.
import { z } from "zod";

type T = (key: string, vars?: Record<string, string | number>) => string;

export const ME_INTENTS = { willAttend: "will-attend", markRead: "mark-read" } as const;

/** The longest record id a form of these pages carries (longer ones are cut, as before, and not found). */
export const MAX_ID = 40;

const recordId = (t: T) =>
  z
    .string({ error: t("portal.errorTitle") })
    .trim()
    .min(1, t("portal.errorTitle"))
    .max(MAX_ID, t("portal.errorTitle"));

/** "I will be there" for the next check-in: the box ticked (a browser sends "on"), then the button. */
export const willAttendSchemaFor = (t: T) =>
  z.object({
    intent: z.literal(ME_INTENTS.willAttend),
    id: recordId(t),
    confirm: z.literal("on", { error: t("portal.willAttendTick") }),
  });

/** "I have read this" on a message from the lawyer. */
export const markReadSchemaFor = (t: T) =>
  z.object({ intent: z.literal(ME_INTENTS.markRead), id: recordId(t) });

/**
 * The portal invitation's new password: only presence and the longest length here, with the words the
 * action's check (password-policy.ts) uses for them; that check, with the common-password list, stays the
 * action's, as on every password form. `min` and `max` are the policy's lengths.
 */
export const portalPasswordSchemaFor = (t: T, { min, max }: { min: number; max: number }) =>
  z.object({
    password: z
      .string({ error: t("password.short", { n: min }) })
      .min(1, t("password.short", { n: min }))
      .max(max, t("password.long", { n: max })),
  });

/**
 * "Send your lawyer a photo of a paper" (on /me, posting to /me/documents; multipart): the file and a short
 * note. What the file is (its type, from the bytes) is the action's to check. A file input left
 * empty sends an empty, nameless file; the file is never sent back in a refusal.
 */
export const paperSchemaFor = (t: T, { maxNote, maxBytes }: { maxNote: number; maxBytes: number }) =>
  z.object({
    file: z
      .instanceof(File, { error: t("portal.papers.noFile") })
      .refine((f) => f.size > 0 || f.name !== "", t("portal.papers.noFile"))
      // Said before a long upload the server would refuse anyway (its own limit is the same).
      .refine((f) => f.size <= maxBytes, t("portal.papers.tooBig", { mb: maxBytes / 1024 / 1024 })),
    note: z
      .string({ error: t("portal.papers.broken") })
      .optional()
      .transform((s) => s ?? "")
      .refine((s) => Array.from(s).length <= maxNote, t("portal.papers.noteTooLong", { n: maxNote })),
  });
