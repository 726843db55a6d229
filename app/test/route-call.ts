// Calls a route's loader or action the way Remix would, and turns what it returns or throws into the
// Response the browser would get (a thrown Error becomes the 500 the server would send).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";

type RouteFn = (args: ActionFunctionArgs & LoaderFunctionArgs) => unknown;
export type RouteAnswer = { status: number; headers: Headers; body: unknown; response: Response | null };

let ipCounter = 0;
/** A fresh loopback address per call, so per-IP rate limits do not carry over between cases. */
export const nextIp = () => `127.0.${Math.floor(ipCounter / 250) % 250}.${(ipCounter++ % 250) + 1}`;

export async function callRoute(
  fn: RouteFn,
  url: string,
  opts: {
    method?: "GET" | "POST";
    form?: Record<string, string> | [string, string][];
    cookie?: string;
    params?: Record<string, string>;
    ip?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<RouteAnswer> {
  const headers = new Headers({ "user-agent": "vitest", ...opts.headers });
  if (opts.cookie) headers.set("cookie", opts.cookie);
  const method = opts.method ?? (opts.form ? "POST" : "GET");
  let body: string | undefined;
  if (method === "POST") {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(opts.form ?? {}).toString();
  }
  const request = new Request(`http://localhost${url}`, { method, headers, body });
  const context = { clientIp: opts.ip ?? nextIp(), cspNonce: "n", requestId: "t" };
  try {
    const out: unknown = await fn({ request, params: opts.params ?? {}, context });
    if (out instanceof Response)
      return { status: out.status, headers: out.headers, body: null, response: out };
    if (
      out &&
      typeof out === "object" &&
      "init" in out &&
      "data" in out &&
      (out as { type?: string }).type === "DataWithResponseInit"
    ) {
      const d = out as { data: unknown; init?: { status?: number; headers?: HeadersInit } | null };
      return {
        status: d.init?.status ?? 200,
        headers: new Headers(d.init?.headers),
        body: d.data,
        response: null,
      };
    }
    return { status: 200, headers: new Headers(), body: out, response: null };
  } catch (e) {
    if (e instanceof Response) return { status: e.status, headers: e.headers, body: null, response: e };
    return { status: 500, headers: new Headers(), body: String(e), response: null };
  }
}

export const cookieFrom = (headers: Headers, name: string) =>
  headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(";")[0];
