import { createReadableStreamFromReadable, type LoaderFunctionArgs } from "@remix-run/node";
import { getClient } from "~/models/client.server";
import { openDocument } from "~/models/documents.server";
import { requirePermission } from "~/utils/auth.server";
import { contentDisposition } from "~/utils/content-disposition";
import { invariantResponse } from "~/utils/http.server";

// A case document's bytes (docs/documents.md): only for signed-in staff of the client's firm who may see
// the client, each view or download audited. An attachment unless ?inline=1, and even then sandboxed (no
// script, no same origin) and never sniffed into another type. Files are never served from public/.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:client");
  const client = getClient(user.firmId, args.params.id ?? "");
  invariantResponse(client, "Not found", { status: 404 });
  const inline = new URL(args.request.url).searchParams.get("inline") === "1";
  const actor = { ...user, ip: args.context?.clientIp ?? null };
  const opened = await openDocument(
    actor,
    client.id,
    args.params.documentId ?? "",
    inline ? "view" : "download",
  );
  invariantResponse(opened, "Not found", { status: 404 });
  const { document, stream } = opened;
  return new Response(createReadableStreamFromReadable(stream), {
    status: 200,
    headers: {
      "Content-Type": document.mimeType,
      "Content-Length": String(document.sizeBytes),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", document.originalName),
      "Content-Security-Policy": "sandbox",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
