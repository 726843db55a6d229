import { data, type ServerBuild } from "@remix-run/node";
import { formValues } from "~/utils/forms.server";

// When SQLite cannot take a write — locked beyond the busy timeout, disk full, file read-only, an I/O
// error — the request is answered 503 in words, with what the person typed kept (actions), instead of
// a 500. The transaction of the failed write was rolled back by better-sqlite3, so nothing is half
// written. Applied to every route of the build, so new routes are covered without a line of their own.
export type DbFailureKind = "busy" | "full" | "readonly" | "io";

export function dbFailureKind(e: unknown, depth = 0): DbFailureKind | null {
  // drizzle can wrap the driver's error ("Failed query: …") with the SqliteError as its cause.
  const cause = (e as { cause?: unknown } | null)?.cause;
  if (cause && depth < 3) {
    const inner = dbFailureKind(cause, depth + 1);
    if (inner) return inner;
  }
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !code.startsWith("SQLITE_")) return null;
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED") || code === "SQLITE_PROTOCOL")
    return "busy";
  if (code === "SQLITE_FULL") return "full";
  if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN") || code === "SQLITE_PERM")
    return "readonly";
  if (code.startsWith("SQLITE_IOERR")) return "io";
  return null;
}

export const DB_FAILURE_MESSAGES: Record<DbFailureKind, string> = {
  busy: "Not saved: the database was busy for too long. Nothing was changed, and what you typed is still in the form. Try again in a few seconds.",
  full: "Not saved: the server's disk is full. Nothing was changed, and what you typed is still in the form. Tell your administrator, then try again.",
  readonly:
    "Not saved: the database cannot be written to right now (it is read-only or being restored). Nothing was changed, and what you typed is still in the form. Try again later or tell your administrator.",
  io: "Not saved: the server could not write to its disk. Nothing was changed, and what you typed is still in the form. Try again; if it keeps happening, tell your administrator.",
};

type Log = (
  kind: DbFailureKind,
  where: { routeId: string; method: string; requestId?: string; code: string },
) => void;

function wrapRoute(
  routeId: string,
  module: ServerBuild["routes"][string]["module"],
  log: Log,
): ServerBuild["routes"][string]["module"] {
  const { action, loader } = module;
  const out: Record<string, unknown> = { ...module };
  if (action) {
    out.action = async (args: Parameters<NonNullable<typeof action>>[0]) => {
      const copy = args.request.clone();
      try {
        return await action(args);
      } catch (e) {
        const kind = dbFailureKind(e);
        if (!kind) throw e;
        log(kind, {
          routeId,
          method: args.request.method,
          requestId: (args.context as { requestId?: string } | undefined)?.requestId,
          code: String(
            (e as { code?: string; cause?: { code?: string } }).code ??
              (e as { cause?: { code?: string } }).cause?.code,
          ),
        });
        let values: Record<string, string> = {};
        try {
          const type = copy.headers.get("content-type") ?? "";
          if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))
            values = formValues(await copy.formData());
        } catch {
          /* the values could not be read again: the message still stands */
        }
        return data(
          {
            intent: values.intent ?? null,
            errors: {},
            values,
            formError: DB_FAILURE_MESSAGES[kind],
            notSaved: true,
          },
          { status: 503, headers: { "Retry-After": "5" } },
        );
      }
    };
  }
  if (loader) {
    out.loader = async (args: Parameters<NonNullable<typeof loader>>[0]) => {
      try {
        return await loader(args);
      } catch (e) {
        const kind = dbFailureKind(e);
        if (!kind) throw e;
        log(kind, {
          routeId,
          method: args.request.method,
          requestId: (args.context as { requestId?: string } | undefined)?.requestId,
          code: String((e as { code: string }).code),
        });
        throw new Response(
          kind === "busy"
            ? "The database is busy. Reload the page in a few seconds."
            : "The database cannot be used right now. Try again later or tell your administrator.",
          { status: 503, headers: { "Retry-After": "5" } },
        );
      }
    };
  }
  return out as unknown as ServerBuild["routes"][string]["module"];
}

export function withDbFailures(build: ServerBuild, log: Log): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes))
    routes[id] = { ...route, module: wrapRoute(id, route.module, log) };
  return { ...build, routes };
}
