import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { Table, Td } from "~/components/ui/table";
import { countryView } from "~/models/alerts.server";
import { requirePermission } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Alerts by country · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  return countryView(user.firmId, 12);
}

function Bars({
  values,
  months,
  label,
  tone = "blue",
}: {
  values: number[];
  months: string[];
  label: string;
  tone?: "blue" | "amber";
}) {
  const max = Math.max(1, ...values);
  const w = 8;
  const h = 28;
  return (
    <svg width={values.length * (w + 2)} height={h} role="img" aria-label={label} className="block">
      {values.map((v, i) => (
        <rect
          key={months[i]}
          x={i * (w + 2)}
          y={h - Math.max(v ? 3 : 1, (v / max) * h)}
          width={w}
          height={Math.max(v ? 3 : 1, (v / max) * h)}
          className={v ? (tone === "amber" ? "fill-amber-600" : "fill-blue-700") : "fill-slate-200"}
        >
          <title>{`${months[i]}: ${v} alert${v === 1 ? "" : "s"}`}</title>
        </rect>
      ))}
    </svg>
  );
}

export default function AlertCountries() {
  const { months, rows } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Alerts by country"
        summary={`Alerts per country over the last 12 months (${months[0]} to ${months.at(-1)}): flights that landed there, and apart from them third-country removals that carried its nationals elsewhere; with how many of the firm's clients are nationals of each.`}
      />
      <p className="mb-4 text-sm">
        <Link to="/alerts" className="text-blue-700 underline">
          ← All alerts
        </Link>
      </p>
      {rows.length === 0 ? (
        <EmptyState>No alerts and no client nationalities recorded yet.</EmptyState>
      ) : (
        <Table
          head={[
            "Country",
            "Flights landing there, month by month",
            "Landing",
            "Its nationals on board a flight to another country",
            "Clients who are nationals",
            "of them with a final order",
          ]}
          caption="Alerts and clients per country"
        >
          {rows.map((r) => (
            <tr key={r.code}>
              <Td className="font-medium">
                {r.totalAlerts + r.totalOnBoard ? (
                  <Link to={`/alerts?country=${r.code}`} className="text-blue-800 underline">
                    {r.name}
                  </Link>
                ) : (
                  r.name
                )}
              </Td>
              <Td>
                <Bars
                  values={r.alerts}
                  months={months}
                  label={`${r.name}: ${r.totalAlerts} flights landing in 12 months; ${r.alerts.map((v, i) => `${months[i]} ${v}`).join(", ")}`}
                />
              </Td>
              <Td>{r.totalAlerts}</Td>
              <Td>
                {r.totalOnBoard ? (
                  <span className="flex items-center gap-2">
                    <Bars
                      values={r.onBoard}
                      months={months}
                      tone="amber"
                      label={`${r.name}: nationals on board ${r.totalOnBoard} third-country removals in 12 months; ${r.onBoard.map((v, i) => `${months[i]} ${v}`).join(", ")}`}
                    />
                    {r.totalOnBoard}
                  </span>
                ) : (
                  0
                )}
              </Td>
              <Td>
                {r.nationals ? (
                  <Link to={`/clients?nationality=${r.code}`} className="text-blue-800 underline">
                    {r.nationals}
                  </Link>
                ) : (
                  0
                )}
              </Td>
              <Td>{r.finalOrders}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
