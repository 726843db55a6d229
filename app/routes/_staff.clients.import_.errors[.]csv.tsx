import type { LoaderFunctionArgs } from "@remix-run/node";
import { getUpload, guessMapping, validateRows } from "~/models/client-import.server";
import { mappingFromQuery } from "~/utils/import-fields";
import { requirePermission } from "~/utils/auth.server";
import { parseCsv, toCsv } from "~/utils/csv";
import { notFound } from "~/utils/http.server";

// The rows of an upload that have errors, as the original columns plus the row number and the problem,
// so they can be fixed in the spreadsheet and imported again.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "import:client");
  const url = new URL(args.request.url);
  const upload = getUpload(user.firmId, url.searchParams.get("upload") ?? "");
  if (!upload) throw notFound();
  const { header, rows } = parseCsv(upload.content);
  const mapping = mappingFromQuery(url.searchParams.get("map"), header.length) ?? guessMapping(header);
  const bad = validateRows(user.firmId, header, rows, mapping).filter((r) => r.errors.length);
  const csv = toCsv(
    ["Row", "Problems", ...header],
    bad.map((r) => [
      r.row,
      r.errors.map((e) => `${e.column}: ${e.message}`).join(" | "),
      ...header.map((_, i) => r.cells[i] ?? ""),
    ]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rows-to-fix-${upload.filename.replace(/[^\w.-]+/g, "_").replace(/\.csv$/i, "")}.csv"`,
    },
  });
}
