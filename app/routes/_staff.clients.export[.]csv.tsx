import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAuditEvent } from "~/models/audit.server";
import { formatANumber } from "~/domain/a-number";
import { clientFiltersFromUrl } from "~/models/client-filters.server";
import { assignableStaff, listClients } from "~/models/client.server";
import { requirePermission } from "~/utils/auth.server";
import { toCsv } from "~/utils/csv";

// The current list view (same filters and order) as CSV; formula-like cells are escaped.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "export:client");
  const url = new URL(args.request.url);
  const { filters, sort } = clientFiltersFromUrl(url);
  const names = new Map(assignableStaff(user.firmId).map((s) => [s.id, s.displayName]));
  const rows: unknown[][] = [];
  let cursor: string | null = null;
  do {
    const page = listClients(user.firmId, filters, sort, cursor, 1000);
    for (const c of page.rows) {
      rows.push([
        c.familyName,
        c.givenNames,
        c.nativeName,
        formatANumber(c.aNumber),
        c.nationalities.join(";"),
        c.removalLabel,
        c.riskTier,
        c.nextDeadline,
        c.nextHearing,
        c.detentionStatus,
        c.travelDocState,
        c.lawyerId ? names.get(c.lawyerId) : "",
      ]);
    }
    cursor = page.nextCursor;
  } while (cursor);
  recordAuditEvent({
    firmId: user.firmId,
    actorUserId: user.id,
    action: "client.exported",
    entityType: "firm",
    entityId: user.firmId,
    after: { rows: rows.length, filters, sort },
    ip: args.context?.clientIp ?? null,
  });
  const csv = toCsv(
    [
      "Family name",
      "Given names",
      "Name in own script",
      "A-number",
      "Nationalities",
      "Removal status",
      "Risk",
      "Next deadline",
      "Next hearing",
      "Detention",
      "Travel document",
      "Lawyer",
    ],
    rows,
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="clients-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
}
