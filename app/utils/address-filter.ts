import type { z } from "zod";

// A page's address filter (its GET filter form and its links), shared by the calendar and the check-ins
// queue. Plain module: the browser reads it too.

/** An empty value ("?staff=" is what a filter form sends for "Everyone") is no filter. */
export const blank = (v: unknown) => (v === "" ? undefined : v);

/**
 * The address's filter: each key of `schema` is checked on its own, a bad value is dropped, and what was
 * said about it is kept (its schema's message, else `messages[key]`) so the page can say what it shows
 * instead. A value sent twice: the first.
 */
export function readAddressFilter<S extends z.ZodObject>(
  schema: S,
  messages: Record<keyof S["shape"] & string, string>,
  params: URLSearchParams,
): { filter: Partial<z.output<S>>; problems: string[] } {
  const filter: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of Object.keys(schema.shape) as (keyof S["shape"] & string)[]) {
    const r = (schema.shape[key] as z.ZodType).safeParse(params.get(key) ?? undefined);
    if (r.success) filter[key] = r.data;
    else problems.push(r.error.issues[0]?.message ?? messages[key]);
  }
  return { filter: filter as Partial<z.output<S>>, problems };
}
