// Request bodies are capped before they are read, so nobody (signed in or not) can make the server hold
// more than a route needs: a POST of 300 MB to /login once took it from 184 MB to 1 GB (issue 14, ADR 013).
// Every body is read here, in full, up to its route's limit, and only then handed to Remix; a body over
// the limit is answered 413 at once (a declared Content-Length over it is refused before a byte is read)
// and the connection is closed, so the rest is never buffered.
import type { IncomingMessage } from "node:http";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { MAX_DOCUMENT_BYTES } from "~/domain/case-documents";
import { MAX_IMPORT_BYTES } from "~/models/client-import.server";
import { MAX_WEB_IMPORT_BYTES } from "~/models/firm-import.server";
import { isStaffRole } from "~/domain/permissions";
import { hasAnyFirm } from "~/models/user.server";
import { MAX_UPLOAD_BYTES } from "~/utils/alert-schemas";
import { validateRequestSession } from "~/utils/session.server";

const MB = 1024 * 1024;

/** Any form without a line below: far above what a typed form holds (the longest, a client's notes, is 100,000 characters). */
export const DEFAULT_BODY_LIMIT = 1 * MB;

/**
 * The routes allowed more, with the reason. Paths are matched without a trailing slash or Remix's ".data"
 * suffix, case-insensitively; any other spelling gets the default, so a trick can only lower a limit.
 * The larger limit applies only to a request with a valid session of a staff member (or, for a row marked
 * `clients`, of a client, on their own pages): anyone else gets the default, so nobody who has not signed
 * in can make the server hold 21 MB.
 */
export const BODY_LIMITS: readonly {
  path: string;
  bytes: number;
  why: string;
  firstRun?: true;
  clients?: true;
}[] = [
  {
    path: "/clients/import",
    bytes: MAX_IMPORT_BYTES + 1 * MB,
    why: `a CSV file of up to ${MAX_IMPORT_BYTES / MB} MB, plus the form around it`,
  },
  {
    path: "/settings/import",
    bytes: MAX_WEB_IMPORT_BYTES + 1 * MB,
    why: `a firm export of up to ${MAX_WEB_IMPORT_BYTES / MB} MB (larger ones: npm run firm:import)`,
  },
  // First run: nobody can be signed in yet, so the larger limit is for anyone, but only while no firm exists.
  {
    path: "/setup/import",
    bytes: MAX_WEB_IMPORT_BYTES + 1 * MB,
    why: `a firm export of up to ${MAX_WEB_IMPORT_BYTES / MB} MB, moved to a server that has no firm yet`,
    firstRun: true,
  },
  // ":id" stands for one path segment. The client page's forms post to the page; one of them uploads a document.
  {
    path: "/clients/:id",
    bytes: MAX_DOCUMENT_BYTES + 1 * MB,
    why: `a case document of up to ${MAX_DOCUMENT_BYTES / MB} MB (the Documents card), plus the form around it`,
  },
  // The client's "Send your lawyer a photo of a paper" (from /me): a signed-in client's own upload.
  {
    path: "/me/documents",
    bytes: MAX_DOCUMENT_BYTES + 1 * MB,
    why: `a photo or PDF of a paper of up to ${MAX_DOCUMENT_BYTES / MB} MB from the client's phone, plus a short note`,
    clients: true,
  },
  {
    path: "/alerts/new",
    bytes: MAX_UPLOAD_BYTES + 1 * MB,
    why: `an article file of up to ${MAX_UPLOAD_BYTES / MB} MB, or 200,000 pasted characters (up to 1.8 MB once encoded)`,
  },
];

function limitFor(pathname: string) {
  const key =
    pathname
      .toLowerCase()
      .replace(/\.data$/, "")
      .replace(/\/+$/, "") || "/";
  return BODY_LIMITS.find((l) =>
    l.path.includes("/:")
      ? new RegExp(`^${l.path.replace(/\/:[a-z]+/gi, "/[^/]+")}$`).test(key)
      : l.path === key,
  );
}

export function bodyLimitFor(pathname: string): number {
  return limitFor(pathname)?.bytes ?? DEFAULT_BODY_LIMIT;
}

/** The limit for this request: a route's larger limit needs a signed-in staff member (checked only then). */
export async function bodyLimitForRequest(
  pathname: string,
  cookieHeader: string | undefined,
): Promise<number> {
  const limit = bodyLimitFor(pathname);
  if (limitFor(pathname)?.firstRun) return hasAnyFirm() ? DEFAULT_BODY_LIMIT : limit;
  if (limit === DEFAULT_BODY_LIMIT || !cookieHeader) return DEFAULT_BODY_LIMIT;
  try {
    const valid = await validateRequestSession(
      new Request("http://casewatch.invalid/", { headers: { cookie: cookieHeader } }),
    );
    const allowed =
      valid &&
      (isStaffRole(valid.user.role) || (limitFor(pathname)?.clients && valid.user.role === "client"));
    return allowed ? limit : DEFAULT_BODY_LIMIT;
  } catch {
    return DEFAULT_BODY_LIMIT;
  }
}

export function hasBody(method: string): boolean {
  return method !== "GET" && method !== "HEAD";
}

/** A declared length over the limit. A malformed one is Node's to refuse (it answers 400 before we run). */
export function declaredTooLarge(contentLength: string | undefined, limit: number): boolean {
  return contentLength !== undefined && Number(contentLength) > limit;
}

export type BodyRead = { ok: true; body: Buffer } | { ok: false; reason: "too-large" | "aborted" };

/**
 * Reads a request's body up to `limit` bytes. Past the limit it stops reading and keeps nothing: the
 * caller answers 413. A body sent with no length (chunked) is counted as it comes; a declared length is
 * enforced by Node's HTTP parser, which never passes on more than was declared.
 */
export function readCappedBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (r: BodyRead) => {
      if (settled) return;
      settled = true;
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onAbort);
      req.off("close", onClose);
      resolve(r);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause();
        settle({ ok: false, reason: "too-large" });
      } else chunks.push(chunk);
    };
    const onEnd = () => settle({ ok: true, body: Buffer.concat(chunks, size) });
    const onAbort = () => settle({ ok: false, reason: "aborted" });
    const onClose = () => {
      if (!req.complete) onAbort();
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onAbort);
    req.on("close", onClose);
  });
}

function describe(limit: number): string {
  return limit >= MB ? `${Math.round((limit / MB) * 10) / 10} MB` : `${Math.round(limit / 1024)} kB`;
}

export function tooLargeMessage(limit: number): string {
  return `What was sent is larger than this form accepts (at most ${describe(limit)}), so it was not read and nothing was saved. Go back and send less: a smaller file, or shorter text.`;
}

/**
 * Answers 413 in words (a small page for a browser, text for anything else) and closes the connection,
 * so the rest of the body is not waited for. Nothing of the request is echoed back.
 */
export function refuseTooLarge(req: ExpressRequest, res: ExpressResponse, limit: number): void {
  const message = tooLargeMessage(limit);
  // No "Connection: close": Node would then close the socket as soon as the answer is written, before the
  // client has stopped sending (see the lingering close below, which ends the connection instead).
  res.status(413).set("Cache-Control", "no-store");
  const wantsPage = req.accepts(["text/html", "text/plain"]) === "text/html" && !req.path.endsWith(".data");
  if (wantsPage) {
    res
      .type("html")
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too large to send · Casewatch</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1.5rem;color:#0f172a}p{color:#334155;line-height:1.5}a{color:#1d4ed8}</style></head><body><main><h1>Too large to send</h1><p>${message}</p><p>Use your browser's back button to return to the form, or <a href="/">go to the start page</a>.</p></main></body></html>`,
      );
  } else res.type("text/plain; charset=utf-8").send(message);
  // A lingering close: what the client is still sending is read and dropped for a moment (at most
  // LINGER_BYTES, one second after the answer), so that it reads the answer first. Closing at once with
  // its bytes unread makes the kernel reset the connection, and the client — a browser uploading a file
  // too large — loses the message and sees "connection reset" instead.
  const socket = req.socket;
  let dropped = 0;
  const close = () => socket.destroy();
  req.on("data", (d: Buffer) => {
    dropped += d.length;
    if (dropped > LINGER_BYTES) close();
  });
  req.resume();
  res.once("finish", () => {
    const timer = setTimeout(close, 1000);
    timer.unref();
    socket.once("close", () => clearTimeout(timer));
  });
}

/** How much of a refused body is read (and dropped) while the answer reaches the client. */
const LINGER_BYTES = 8 * 1024 * 1024;
