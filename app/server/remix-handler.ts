// Hands Express requests to Remix, with each request body read and capped first (app/server/body-limit.ts).
// @remix-run/express passes the raw request stream to Remix, which reads it only when a route asks, and
// without any limit; here Remix gets the bytes already read, so a route never sees a partial body and a
// body over its limit never reaches a route.
import {
  createRequestHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { bodyLimitForRequest, declaredTooLarge, hasBody, readCappedBody, refuseTooLarge } from "./body-limit";

type Options = {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  getLoadContext: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext;
};

/** The URL Remix sees: protocol and host name as Express reads them ("trust proxy" applies), the port from the host header used. */
function remixUrl(req: ExpressRequest): string {
  const hostHeader =
    (req.app.get("trust proxy") ? req.get("x-forwarded-host") : undefined) ?? req.get("host") ?? "";
  const port = /:(\d+)$/.exec(hostHeader.split(",")[0]!.trim())?.[1];
  return `${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`;
}

function remixHeaders(req: ExpressRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

export function createRemixHandler({ build, mode, getLoadContext }: Options) {
  const handle = createRequestHandler(build, mode);
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    let body: Buffer | undefined;
    if (hasBody(req.method)) {
      const limit = await bodyLimitForRequest(req.path, req.get("cookie"));
      if (declaredTooLarge(req.get("content-length"), limit)) return refuseTooLarge(req, res, limit);
      const read = await readCappedBody(req, limit);
      if (!read.ok) {
        if (read.reason === "too-large") refuseTooLarge(req, res, limit);
        // "aborted": the client went away; there is nobody to answer.
        return;
      }
      body = read.body;
    }
    // A route that outlives its client (the connection closed before the answer) is told to stop.
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const request = new Request(remixUrl(req), {
        method: req.method,
        headers: remixHeaders(req),
        signal: controller.signal,
        // A Buffer is a Uint8Array, which fetch takes as a body (the DOM typings want an ArrayBuffer-backed view).
        ...(body ? { body: body as unknown as BodyInit } : {}),
      });
      const response = await handle(request, getLoadContext(req, res));
      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [name, value] of response.headers.entries()) res.append(name, value);
      if (response.headers.get("content-type")?.startsWith("text/event-stream")) res.flushHeaders();
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  };
}
