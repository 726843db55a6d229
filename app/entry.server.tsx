import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleDocumentRequestFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./utils/nonce";
import { redactUrlForLog } from "./utils/log-redaction.server";

// How long Remix waits for streamed loader data, and (plus a second) how long React may take to render.
// No loader defers data here, so nothing legitimately waits this long; what it guards against is a
// hung render. Remix's default of 5 s answered a fully rendered page with a 500 when a busy server took
// longer than that to reach its render (the data stream timed out inside its Suspense boundary): seen
// in the 10-minute soak, docs/operations.md.
export const streamTimeout = 30_000;

const handleRequest: HandleDocumentRequestFunction = (
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) => {
  const nonce = loadContext?.cspNonce ?? "";
  const bot = isbot(request.headers.get("user-agent") ?? "");
  return new Promise<Response>((resolve, reject) => {
    // Ends a hung render. Cleared once the render is done: left to run, its closure kept every finished
    // render (the whole page) alive for 31 s — hundreds of MB of server memory under load.
    let abortRender = () => {};
    const timer = setTimeout(() => abortRender(), streamTimeout + 1000);
    const respond = () => {
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      resolve(
        new Response(createReadableStreamFromReadable(body), {
          headers: responseHeaders,
          status: responseStatusCode,
        }),
      );
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        // Browsers get the page as soon as its shell is ready; bots once all of it is.
        onShellReady() {
          if (!bot) respond();
        },
        onAllReady() {
          clearTimeout(timer);
          if (bot) respond();
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Logged whether or not the shell was sent: an error inside a Suspense boundary before the
          // shell turns the page into a 500 without reaching onShellError or handleError.
          console.error(
            `[${redactUrlForLog(new URL(request.url).pathname)}] render error:`,
            error instanceof Error ? error.message : error,
          );
        },
      },
    );
    abortRender = abort;
  });
};

export default handleRequest;

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  // "No route matches" and other 404s are answered with the not-found page; they are not server errors.
  if ((error as { status?: number } | null)?.status === 404) return;
  // The message only: a stack can carry data from the request; it goes to the server log, never to the page.
  console.error(
    `[${redactUrlForLog(new URL(request.url).pathname)}]`,
    error instanceof Error ? error.stack : error,
  );
}
