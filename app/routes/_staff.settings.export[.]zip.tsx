import type { LoaderFunctionArgs } from "@remix-run/node";
import { firmExportDownload } from "~/models/firm-export.server";
import { requirePermission } from "~/utils/auth.server";

// The firm's complete export (docs/export.md), streamed as it is made; audited when complete.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "export:firm");
  const { body, filename } = firmExportDownload(
    { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null },
    user.firm,
  );
  return new Response(body, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
