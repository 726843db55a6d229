import type { LoaderFunctionArgs } from "@remix-run/node";
import { entityCsvDownload, isCsvEntity } from "~/models/firm-export.server";
import { requirePermission } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";

// One entity of the firm (clients, events, hearings, travel documents, check-ins, deadlines) as a
// spreadsheet, with formula-like cells escaped as in the list export.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "export:client");
  const entity = args.params.entity;
  if (!isCsvEntity(entity)) throw notFound("There is no such spreadsheet.");
  const { body, filename } = entityCsvDownload(
    { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null },
    entity,
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
