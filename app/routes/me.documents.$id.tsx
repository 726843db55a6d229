import { createReadableStreamFromReadable, type LoaderFunctionArgs } from "@remix-run/node";
import { openPaperForClient } from "~/models/client-documents.server";
import { requireClientSelf } from "~/utils/auth.server";
import { contentDisposition } from "~/utils/content-disposition";
import { notFound } from "~/utils/http.server";

// A paper's bytes for the signed-in client: only their own (the client comes from the session, never the
// URL), and only one the office shared with them or one they sent. Another client's id, a staff-only
// document, a deleted or unknown one: 404 alike. Shown in the browser (a photo or a PDF) under a sandbox
// policy and never sniffed into another type; ?download=1 saves it instead. Each opening is audited.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requireClientSelf(args);
  const download = new URL(args.request.url).searchParams.get("download") === "1";
  const opened = await openPaperForClient(
    { id: user.id, firmId: user.firmId, clientId: user.clientId, ip: args.context?.clientIp ?? null },
    (args.params.id ?? "").slice(0, 40),
    download ? "download" : "view",
  );
  if (!opened) throw notFound();
  const { document, stream } = opened;
  return new Response(createReadableStreamFromReadable(stream), {
    status: 200,
    headers: {
      "Content-Type": document.mimeType,
      "Content-Length": String(document.sizeBytes),
      "Content-Disposition": contentDisposition(download ? "attachment" : "inline", document.originalName),
      "Content-Security-Policy": "sandbox",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
