import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { and, asc, eq, lte } from "drizzle-orm";
import { getDb } from "#db/client";
import { clientDeadlines, clients } from "#db/schema";
import { DateText, RiskBadge } from "~/components/case-badges";
import { Badge, EmptyState, PageHeader } from "~/components/ui/card";
import { Table, Td } from "~/components/ui/table";
import { addDays, daysBetween } from "~/domain/dates";
import { firmToday } from "~/models/client-derived.server";
import { requirePermission } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Deadlines · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:client");
  const today = firmToday(user.firmId);
  const rows = getDb()
    .select({
      clientId: clientDeadlines.clientId,
      key: clientDeadlines.key,
      label: clientDeadlines.label,
      due: clientDeadlines.due,
      kind: clientDeadlines.kind,
      familyName: clients.familyName,
      givenNames: clients.givenNames,
      riskTier: clients.riskTier,
    })
    .from(clientDeadlines)
    .innerJoin(clients, eq(clients.id, clientDeadlines.clientId))
    .where(
      and(
        eq(clientDeadlines.firmId, user.firmId),
        eq(clientDeadlines.state, "open"),
        lte(clientDeadlines.due, addDays(today, 30)),
      ),
    )
    .orderBy(asc(clientDeadlines.due), asc(clients.familyName))
    .limit(500)
    .all();
  return { today, rows: rows.map((r) => ({ ...r, daysLeft: daysBetween(today, r.due) })) };
}

export default function Deadlines() {
  const { rows } = useLoaderData<typeof loader>();
  const overdue = rows.filter((r) => r.daysLeft < 0).length;
  return (
    <>
      <PageHeader
        title="Deadlines"
        summary={`${rows.length} due in the next 30 days · ${overdue} overdue. Computed dates: verify each against the order.`}
      />
      {rows.length === 0 ? (
        <EmptyState>Nothing is due in the next 30 days.</EmptyState>
      ) : (
        <Table
          head={["Due", "", "Deadline", "Client", "Risk"]}
          caption="Deadlines in the next 30 days, overdue first"
        >
          {rows.map((r) => (
            <tr key={`${r.clientId}:${r.key}`} className="hover:bg-slate-50">
              <Td className="whitespace-nowrap">
                <DateText date={r.due} />
              </Td>
              <Td>
                {r.daysLeft < 0 ? (
                  <Badge tone="red">Overdue by {-r.daysLeft} d</Badge>
                ) : r.daysLeft <= 7 ? (
                  <Badge tone="amber">In {r.daysLeft} d</Badge>
                ) : (
                  <Badge tone="blue">In {r.daysLeft} d</Badge>
                )}
              </Td>
              <Td>{r.label}</Td>
              <Td>
                <Link
                  to={`/clients/${r.clientId}#deadlines`}
                  className="font-medium text-blue-800 hover:underline"
                >
                  {r.familyName}, {r.givenNames}
                </Link>
              </Td>
              <Td>
                <RiskBadge tier={r.riskTier} />
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
