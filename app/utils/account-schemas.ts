// The account forms a person fills in before they are signed in (docs/forms.md): first-run setup and the
// first-run import, accepting a staff invitation, the two-step sign-in. Plain module, no server code: the
// action checks these schemas (the truth) and the browser checks the same ones through conform.
import { z } from "zod";
import { emailField, passwordField, requiredText, slugField } from "~/utils/validation";

const setupCodeField = z.string({ error: "Enter the setup code." }).trim().min(1, "Enter the setup code.");

/** /setup: the firm and its first admin. */
export const setupSchema = z.object({
  setupCode: setupCodeField,
  firmName: requiredText("Firm name", 120),
  firmSlug: slugField,
  displayName: requiredText("Your name", 120),
  email: emailField,
  password: passwordField(),
});

const NO_FILE = "Choose the export file (.zip) to upload.";

/** /setup/import: the setup code and the export file (multipart). */
export const setupImportSchema = z.object({
  setupCode: setupCodeField,
  // A file input left empty sends an empty, nameless file.
  file: z.instanceof(File, { error: NO_FILE }).refine((f) => f.size > 0, NO_FILE),
});

/** /invite/:token: the invited person's name and password (the address is the invitation's). */
export const acceptInviteSchema = z.object({
  displayName: requiredText("Your name", 120),
  password: passwordField(),
});

// The two-step sign-in page holds two forms: the code from the authenticator app, or a recovery code.
const redirectTo = z.string().max(500).optional();

export const NO_TWO_STEP_CODE = "Enter the 6-digit code from your app.";

export const twoStepCodeSchema = z.object({
  // An empty code is refused by the action, not here: the field has the focus when the page opens, and a
  // message shown as it is left would greet (and move the link under the pointer of) someone choosing
  // "Use a recovery code instead".
  code: z
    .string()
    .trim()
    .max(20, "That code is too long: enter the 6 digits your app shows.")
    .optional()
    .transform((s) => s ?? ""),
  redirectTo,
});

export const twoStepRecoverySchema = z.object({
  recoveryCode: z
    .string({ error: "Enter one of your recovery codes." })
    .trim()
    .min(1, "Enter one of your recovery codes.")
    .max(40, "That recovery code is too long."),
  redirectTo,
});

/**
 * Which of the two forms was sent: the recovery one when it carries a recovery code and no app code
 * (as before: an app code, when there is one, is the one checked).
 */
export function twoStepFormOf(form: FormData): "code" | "recovery" {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v.trim() : "";
  };
  return !text("code") && form.has("recoveryCode") ? "recovery" : "code";
}
