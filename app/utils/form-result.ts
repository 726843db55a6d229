// The one shape every form action answers with when it refuses (status 400, or 429 for a rate limit),
// shared by the server (forms.server.ts) and the browser (components/ui/form.tsx). Plain module: no
// server code, so a route component may import it.
import type { SubmissionResult } from "@conform-to/react";

export type FieldErrors = Record<string, string>;

export type FormFailure = {
  ok: false;
  /** One message per field name; "form" for a message about the form as a whole. */
  errors: FieldErrors;
  /** What the user typed, to put back in the fields (never passwords, codes, tokens or files). */
  values: Record<string, string>;
  formError?: string | null;
};

/** Anything an action may answer: a refusal in the shape above, a success object, or nothing yet. */
export type ActionAnswer = { ok?: boolean } | null | undefined;

export function isFormFailure(answer: unknown): answer is FormFailure {
  return (
    typeof answer === "object" &&
    answer !== null &&
    (answer as { ok?: unknown }).ok === false &&
    typeof (answer as { errors?: unknown }).errors === "object"
  );
}

/**
 * The refusal as conform's own result, so `useForm({ lastResult })` shows the server's messages beside the
 * fields and puts the typed values back, with or without JavaScript. Conform keeps the form's own errors
 * under the name "".
 */
export function toSubmissionResult(answer: unknown): SubmissionResult<string[]> | undefined {
  if (!isFormFailure(answer)) return undefined;
  const error: Record<string, string[]> = {};
  for (const [name, message] of Object.entries(answer.errors)) {
    if (name === "form") continue;
    error[name] = [message];
  }
  const formMessage = answer.formError ?? answer.errors.form;
  if (formMessage) error[""] = [formMessage];
  return {
    status: "error",
    initialValue: answer.values,
    error,
    fields: [...new Set([...Object.keys(answer.values), ...Object.keys(error)])],
  };
}
