import { readCookie, serializeCookie } from "./session.server";
import { env } from "./env.server";

export type Toast = { kind: "success" | "error" | "info"; message: string };
const NAME = "casewatch_toast";

export function toastCookie(toast: Toast): string {
  const value = Buffer.from(JSON.stringify(toast), "utf8").toString("base64url");
  return serializeCookie(NAME, value, { maxAgeSeconds: 60, secure: env.cookieSecure });
}

export function readToast(request: Request): { toast: Toast | null; clear: string | null } {
  const raw = readCookie(request, NAME);
  if (!raw) return { toast: null, clear: null };
  const clear = serializeCookie(NAME, "", { maxAgeSeconds: 0, secure: env.cookieSecure });
  try {
    const parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<Toast>;
    if (typeof parsed.message !== "string" || !["success", "error", "info"].includes(parsed.kind ?? ""))
      return { toast: null, clear };
    return { toast: { kind: parsed.kind!, message: parsed.message.slice(0, 300) }, clear };
  } catch {
    return { toast: null, clear };
  }
}

/** Redirect after a change, with a message shown once on the next page (refresh never re-submits). */
export function redirectWithToast(to: string, toast: Toast, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  h.append("Set-Cookie", toastCookie(toast));
  h.set("Location", to);
  return new Response(null, { status: 302, headers: h });
}
