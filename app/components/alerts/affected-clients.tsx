import { Link, useLocation } from "@remix-run/react";
import { RiskBadge } from "~/components/case-badges";
import { buttonClass } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { formatANumber } from "~/domain/a-number";
import { countryName } from "~/domain/countries";
import { RISK_LABELS, RISK_TIERS, type RiskTier } from "~/domain/risk";
import {
  ALERT_INTENTS,
  type AlertActionData,
  type AlertPageAlert,
  type AlertPageArticle,
  type AlertPageMatch,
} from "~/utils/alert-page";
import { MatchNoteForm, MatchReviewForm } from "./match-forms";

/** The alert's affected clients by tier, 100 at a time, each with why, review and a timeline note. */
export function AffectedClientsCard({
  alert,
  article,
  matches,
  next,
  tier,
  thirdCountry,
  res,
}: {
  alert: AlertPageAlert;
  article: AlertPageArticle;
  matches: AlertPageMatch[];
  next: string | null;
  tier: RiskTier | null;
  thirdCountry: boolean;
  res: AlertActionData | undefined;
}) {
  const location = useLocation();
  const total =
    alert.counts.critical + alert.counts.high + alert.counts.elevated + alert.counts.low + alert.counts.none;
  return (
    <Card title={`Affected clients (${total})`}>
      <p className="mb-3 text-sm text-slate-700">
        {thirdCountry
          ? "A third-country removal: clients whose nationality (or country of birth, when no nationality is recorded) is the landing country or a nationality on board, sorted by what this report means for them. Cases closed in the client's favour are left out."
          : "Clients whose nationality (or country of birth, when no nationality is recorded) is a destination, sorted by what this report means for them. Cases closed in the client's favour are left out."}
      </p>
      <nav aria-label="Filter by tier" className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link
          to={`/alerts/${alert.id}`}
          className={`rounded-full px-3 py-1 ring-1 ring-inset ${!tier ? "bg-blue-700 text-white ring-blue-700" : "text-slate-800 ring-slate-300"}`}
          aria-current={!tier ? "true" : undefined}
        >
          All {total}
        </Link>
        {RISK_TIERS.filter((t) => alert.counts[t] > 0).map((t) => (
          <Link
            key={t}
            to={`/alerts/${alert.id}?tier=${t}`}
            className={`rounded-full px-3 py-1 ring-1 ring-inset ${tier === t ? "bg-blue-700 text-white ring-blue-700" : "text-slate-800 ring-slate-300"}`}
            aria-current={tier === t ? "true" : undefined}
          >
            {RISK_LABELS[t]} {alert.counts[t]}
          </Link>
        ))}
      </nav>
      {matches.length === 0 ? (
        <EmptyState>
          No client of the firm is from {alert.countries.map(countryName).join(" or ") || "these countries"}.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label="Affected clients, highest tier first">
          {matches.map((m) => (
            <li key={m.clientId} id={`client-${m.clientId}`} className="py-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                  <RiskBadge tier={m.tier} />
                  <Link
                    to={`/clients/${m.clientId}`}
                    className="text-blue-800 underline-offset-2 hover:underline"
                  >
                    {m.name}
                  </Link>
                  {m.nativeName ? <span className="font-normal text-slate-700">{m.nativeName}</span> : null}
                  {m.isNew ? <Badge tone="amber">New since the alert</Badge> : null}
                </h3>
                {m.aNumber ? (
                  <span className="font-mono text-xs text-slate-600">{formatANumber(m.aNumber)}</span>
                ) : null}
              </div>
              <ul
                className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-800"
                aria-label={`Why ${m.name} is on this alert`}
              >
                {m.reasons.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
              <div className="mt-3 flex flex-wrap items-start gap-3">
                <MatchReviewForm key={`review-${m.clientId}-${location.key}`} m={m} res={res} />
                <Link
                  to={`/clients/${m.clientId}`}
                  className={buttonClass("ghost")}
                  aria-label={`Open ${m.name}`}
                >
                  Open client
                </Link>
                <details
                  key={`${m.clientId}-${location.key}`}
                  className="basis-full"
                  open={res?.intent === ALERT_INTENTS.note && res.clientId === m.clientId}
                >
                  <summary className="cursor-pointer text-sm font-medium text-blue-700 underline">
                    Add a note to {m.name}'s timeline
                  </summary>
                  <MatchNoteForm
                    m={m}
                    about={`About the ${alert.countries.map(countryName).join("/")} removal-flight report of ${article.publishedOn}: `}
                    res={res}
                  />
                </details>
              </div>
            </li>
          ))}
        </ul>
      )}
      {next ? (
        <p className="mt-4">
          <Link
            to={`/alerts/${alert.id}?${new URLSearchParams({ ...(tier ? { tier } : {}), after: next }).toString()}`}
            className={buttonClass("secondary")}
          >
            More clients
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
