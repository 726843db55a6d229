// The dashboard's risk bars and deadline list (app/routes/_staff.dashboard.tsx).
import { Link } from "@remix-run/react";
import { DateText } from "~/components/case-badges";
import { EmptyState } from "~/components/ui/card";

export const RISK_BAR: Record<string, string> = {
  critical: "bg-red-700",
  high: "bg-orange-600",
  elevated: "bg-amber-500",
  low: "bg-blue-600",
  none: "bg-slate-400",
};

export function Bars({
  rows,
  max,
  hrefOf,
  colourOf,
}: {
  rows: { key: string; label: string; n: number }[];
  max: number;
  hrefOf: (k: string) => string;
  colourOf: (k: string) => string;
}) {
  return (
    <ul className="space-y-2">
      {rows.map((r) => (
        <li key={r.key}>
          <Link
            to={hrefOf(r.key)}
            className="group grid grid-cols-[9rem_1fr_3rem] items-center gap-3 text-sm"
          >
            <span className="truncate text-slate-800 group-hover:underline">{r.label}</span>
            <span className="h-3 rounded bg-slate-100" aria-hidden>
              <span
                className={`block h-3 rounded ${colourOf(r.key)}`}
                style={{ width: `${max ? Math.max(2, (r.n / max) * 100) : 0}%` }}
              />
            </span>
            <span className="text-right font-semibold text-slate-900 tabular-nums">
              {r.n.toLocaleString("en-US")}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function DeadlineList({
  rows,
  empty,
}: {
  rows: { clientId: string; label: string; due: string; familyName: string; givenNames: string }[];
  empty: string;
}) {
  if (!rows.length) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {rows.map((r) => (
        <li key={`${r.clientId}${r.label}${r.due}`} className="flex flex-wrap justify-between gap-2 py-2">
          <span>
            <Link
              to={`/clients/${r.clientId}#deadlines`}
              className="font-medium text-blue-800 hover:underline"
            >
              {r.familyName}, {r.givenNames}
            </Link>{" "}
            · {r.label}
          </span>
          <DateText date={r.due} />
        </li>
      ))}
    </ul>
  );
}
