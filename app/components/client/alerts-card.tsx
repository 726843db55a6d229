import { Link } from "@remix-run/react";
import { RiskBadge } from "~/components/case-badges";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { countryName } from "~/domain/countries";
import type { ClientPage } from "./types";

/** The removal-flight alerts this client is on (read only: alerts are reviewed on their own page). */
export function AlertsCard({ d }: { d: ClientPage }) {
  const c = d.client;
  return (
    <div id="alerts">
      <Card title="Removal-flight alerts">
        {d.alerts.length === 0 ? (
          <EmptyState>This client is on no alert.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Alerts this client is on">
            {d.alerts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span className="flex flex-wrap items-center gap-2">
                  <RiskBadge tier={a.tier} />
                  <Link to={`/alerts/${a.id}#client-${c.id}`} className="text-blue-800 underline">
                    {a.title}
                  </Link>
                  <span className="text-slate-600">
                    {a.countries.map(countryName).join(", ")} · {a.eventDate ?? "date not stated"}
                  </span>
                  {a.isNew ? <Badge tone="amber">Added after a change</Badge> : null}
                </span>
                <span className="text-xs text-slate-600">
                  {a.reviewedAt ? `Reviewed ${a.reviewedAt.slice(0, 10)}` : "Not reviewed"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
