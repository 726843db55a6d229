import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateText, RiskBadge } from "~/components/case-badges";
import { Badge, EmptyState, PageHeader } from "~/components/ui/card";
import { Table, Td } from "~/components/ui/table";
import { firmToday } from "~/models/client-derived.server";
import { listUpcomingDeadlines } from "~/models/deadlines.server";
import { requirePermission } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Deadlines · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:client");
  const today = firmToday(user.firmId);
  return { today, rows: listUpcomingDeadlines(user.firmId, today) };
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
