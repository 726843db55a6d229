import { data } from "@remix-run/node";
import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type FormFailure = {
  ok: false;
  errors: FieldErrors;
  values: Record<string, string>;
  formError?: string;
};

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

export function parseWith<S extends z.ZodType>(
  schema: S,
  form: FormData,
): { ok: true; data: z.output<S>; values: Record<string, string> } | FormFailure {
  const raw: Record<string, unknown> = {};
  for (const [k, v] of form.entries()) {
    if (k in raw) continue; // a duplicated field: the first one counts
    raw[k] = typeof v === "string" ? v : undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data, values: formValues(form) };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return { ok: false, errors, values: formValues(form) };
}

/** 400 with field messages and the values the user typed. */
export function invalid(errors: FieldErrors, values: Record<string, string> = {}, formError?: string) {
  return data({ ok: false as const, errors, values, formError }, { status: 400 });
}

export function failure(f: FormFailure) {
  return invalid(f.errors, f.values, f.formError);
}
