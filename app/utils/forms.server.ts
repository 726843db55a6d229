import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import type { z } from "zod";
import type { FieldErrors, FormFailure } from "~/utils/form-result";

export type { FieldErrors, FormFailure } from "~/utils/form-result";

const MAX_FIELD = 100_000;

/** Reads a urlencoded or multipart form; any other body is answered 400, not 500. */
export async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
    throw badRequest("This form could not be read: it was not sent as a form.");
  }
  try {
    return await request.formData();
  } catch {
    throw badRequest("This form could not be read. Reload the page and try again.");
  }
}

function badRequest(message: string): Response {
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The typed values to send back with errors (never passwords, never files, never huge strings). */
export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) {
    if (typeof v !== "string" || /password|code|token/i.test(k) || k in out) continue;
    out[k] = v.slice(0, MAX_FIELD);
  }
  return out;
}

/**
 * Reads the request's form (body limits and content type checked by readForm) and checks it against the
 * form's schema, the same schema the browser checks with (components/ui/form.tsx). Fields arrive as the
 * strings the user typed (no automatic coercion, so server and browser see the same input): the schema
 * trims and converts them (helpers in utils/validation.ts). A field sent twice fails its check.
 */
export async function parseForm<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.output<S>; values: Record<string, string>; form: FormData } | FormFailure> {
  const form = await readForm(request);
  const parsed = parseFormData(form, schema);
  return parsed.ok ? { ...parsed, form } : parsed;
}

/** parseForm for a FormData already read (a route that reads the intent first). */
export function parseFormData<S extends z.ZodType>(
  form: FormData,
  schema: S,
): { ok: true; data: z.output<S>; values: Record<string, string> } | FormFailure {
  const submission = parseWithZod(form, { schema, disableAutoCoercion: true });
  if (submission.status === "success")
    return { ok: true, data: submission.value as z.output<S>, values: formValues(form) };
  const errors: FieldErrors = {};
  for (const [name, messages] of Object.entries(submission.error ?? {})) {
    const first = messages?.[0];
    if (first) errors[name === "" ? "form" : name] ??= first;
  }
  if (Object.keys(errors).length === 0)
    errors.form = "This form could not be read. Reload the page and try again.";
  return { ok: false, errors, values: formValues(form) };
}

/**
 * The refusal answered: 400 (or the status given, e.g. 409, 429) with the one FormFailure shape. A form
 * that needs more beside it (the new-client form's key, an edit form's version) passes it along: the
 * extra fields travel next to the shape, never instead of it.
 */
export function refuse<X extends Record<string, unknown> = Record<never, never>>(
  f: Partial<Omit<FormFailure, "ok">> & X,
  status = 400,
) {
  const body = {
    ...f,
    ok: false as const,
    errors: f.errors ?? {},
    values: f.values ?? {},
    formError: f.formError ?? null,
  } satisfies FormFailure;
  return data(body, { status });
}
