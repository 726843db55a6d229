import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Countries, KindBadge, LanguageTag, eventDateText, peopleText } from "~/components/alert-parts";
import { RiskBadge } from "~/components/case-badges";
import { buttonClass } from "~/components/ui/button";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { CORRECTION_KINDS, CORRECTION_LABELS, ENGLISH, notReadText } from "~/domain/alert-facts";
import { langTag } from "~/domain/chinese-script";
import { countryName, countryOptions } from "~/domain/countries";
import { RISK_LABELS, RISK_TIERS } from "~/domain/risk";
import {
  correctionStats,
  decodeAlertCursor,
  encodeAlertCursor,
  listAlerts,
  notReadArticles,
} from "~/models/alerts.server";
import { alertFilterSchema } from "~/utils/alert-schemas";
import { requirePermission } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Alerts · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  const url = new URL(args.request.url);
  const f = alertFilterSchema.parse(Object.fromEntries(url.searchParams));
  const page = listAlerts(user.firmId, user.id, f, decodeAlertCursor(url.searchParams.get("after")));
  const next = page.next
    ? new URLSearchParams({
        ...Object.fromEntries(Object.entries(f).filter(([, v]) => v)),
        after: encodeAlertCursor(page.next),
      }).toString()
    : null;
  return {
    filters: f,
    rows: page.rows.map((r) => ({
      ...r,
      language: r.language ?? ENGLISH,
      lang: langTag(r.language ?? ENGLISH, r.title),
    })),
    next,
    countries: countryOptions(),
    // Only on the first page: what the reader missed or got wrong, and what it could not read.
    trust:
      page.rows.length && !url.searchParams.get("after") ? correctionStats(user.firmId, { days: 90 }) : null,
    notRead: url.searchParams.get("after") ? [] : notReadArticles(user.firmId, { days: 30, limit: 10 }),
  };
}

function TrustSummary({
  trust,
}: {
  trust: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["trust"]>;
}) {
  const kinds = CORRECTION_KINDS.filter((k) => trust.byKind[k] > 0);
  return (
    <section
      aria-labelledby="trust-title"
      className="mb-4 rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-800"
    >
      <h2 id="trust-title" className="font-semibold text-slate-900">
        How far to trust the reader
      </h2>
      {trust.corrected === 0 ? (
        <p className="mt-1">
          In the last {trust.days} days staff corrected none of the {trust.alerts} alert
          {trust.alerts === 1 ? "" : "s"}. Correct an alert's facts on its page when the reader got them
          wrong, so this count stays honest.
        </p>
      ) : (
        <>
          <p className="mt-1">
            In the last {trust.days} days staff corrected {trust.corrected} alert
            {trust.corrected === 1 ? "" : "s"} (of {trust.alerts} alert{trust.alerts === 1 ? "" : "s"} in that
            time), in these ways:
          </p>
          <ul className="mt-2 flex flex-wrap gap-2" aria-label="Corrections by kind">
            {kinds.map((k) => (
              <li key={k} className="rounded-full bg-slate-100 px-3 py-0.5 ring-1 ring-slate-300 ring-inset">
                {CORRECTION_LABELS[k]}: {trust.byKind[k]}
                {k === "relevanceOverturned"
                  ? ` (${[trust.missed ? `${trust.missed} missed by the reader` : "", trust.falseAlarms ? `${trust.falseAlarms} false alarm${trust.falseAlarms === 1 ? "" : "s"}` : ""].filter(Boolean).join(", ")})`
                  : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export default function AlertInbox() {
  const { filters, rows, next, countries, trust, notRead } = useLoaderData<typeof loader>();
  const active = filters.country || filters.tier || filters.state;
  return (
    <>
      <PageHeader
        title="Alerts"
        summary="News of removal flights and of countries' acceptance of deportees, matched to your clients."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link to="/alerts/countries" className={buttonClass("secondary")}>
              By country
            </Link>
            <Link to="/alerts/new" className={buttonClass("primary")}>
              Add an article
            </Link>
          </div>
        }
      />
      <Form
        method="get"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      >
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Country</span>
          <select
            name="country"
            defaultValue={filters.country ?? ""}
            className="mt-1 rounded-md border-slate-300 text-sm"
          >
            <option value="">Any country</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Clients at tier</span>
          <select
            name="tier"
            defaultValue={filters.tier ?? ""}
            className="mt-1 rounded-md border-slate-300 text-sm"
          >
            <option value="">Any tier</option>
            {RISK_TIERS.filter((t) => t !== "none").map((t) => (
              <option key={t} value={t}>
                {RISK_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Show</span>
          <select
            name="state"
            defaultValue={filters.state ?? ""}
            className="mt-1 rounded-md border-slate-300 text-sm"
          >
            <option value="">All alerts</option>
            <option value="unread">Unread by me</option>
            <option value="reviewed">Reviewed by me</option>
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
        {active ? (
          <Link to="/alerts" className="text-sm text-blue-700 underline">
            Clear filters
          </Link>
        ) : null}
      </Form>
      {trust ? <TrustSummary trust={trust} /> : null}
      {notRead.length ? (
        <Card
          title={`Not read (${notRead.length}): articles in a language Casewatch does not read`}
          className="mb-4 border-amber-300"
        >
          <ul className="divide-y divide-slate-200 text-sm" aria-label="Articles not read">
            {notRead.map((a) => (
              <li key={a.id} className="py-2">
                <p className="font-medium text-slate-900">
                  {a.alertId ? (
                    <Link to={`/alerts/${a.alertId}`} className="text-blue-800 underline">
                      {a.title}
                    </Link>
                  ) : (
                    a.title
                  )}
                </p>
                <p className="text-slate-800">
                  {notReadText(a.language)}. Published {a.publishedOn}
                  {a.url ? (
                    <>
                      {" "}
                      ·{" "}
                      <a
                        href={a.url}
                        rel="noopener noreferrer nofollow"
                        target="_blank"
                        className="text-blue-700 underline"
                      >
                        source
                      </a>
                    </>
                  ) : null}
                  {a.alertId ? " · made an alert by staff" : null}
                </p>
                {a.alertId ? null : (
                  <Form method="post" action="/alerts/new" className="mt-1 flex flex-wrap items-end gap-2">
                    <input type="hidden" name="intent" value="promote" />
                    <input type="hidden" name="articleId" value={a.id} />
                    <input type="hidden" name="kind" value="flight" />
                    <label className="text-sm">
                      <span className="block text-slate-800">Countries, if it reports a removal flight</span>
                      <input
                        name="countries"
                        className="mt-1 rounded-md border-slate-300 text-sm"
                        aria-label={`Countries for “${a.title}”`}
                      />
                    </label>
                    <button type="submit" className={buttonClass("secondary")}>
                      Make it an alert
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState>
          {active
            ? "No alerts match these filters."
            : "No alerts yet. Add a feed in Settings → Feeds, or paste an article."}
        </EmptyState>
      ) : (
        <ul
          className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white"
          aria-label="Alerts, newest first"
        >
          {rows.map((a) => {
            const people = peopleText(a);
            return (
              <li key={a.id} className={`p-4 ${a.readAt ? "" : "bg-blue-50/40"}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link
                    to={`/alerts/${a.id}`}
                    className={`text-base text-blue-800 underline-offset-2 hover:underline ${a.readAt ? "font-medium" : "font-semibold"}`}
                  >
                    {a.readAt ? null : <span className="sr-only">Unread: </span>}
                    <span lang={a.lang}>{a.title}</span>
                  </Link>
                  <span className="text-xs text-slate-600">
                    {a.reviewedAt ? "Reviewed by you · " : a.readAt ? "" : "Unread · "}added{" "}
                    {a.createdAt.slice(0, 10)}
                  </span>
                </div>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <KindBadge kind={a.kind} />
                  <span className="font-medium">
                    <Countries codes={a.countries} onBoard={a.onBoard} />
                  </span>
                  <span>· {eventDateText(a.eventDate)}</span>
                  {people ? <span>· {people}</span> : null}
                  <LanguageTag language={a.language} />
                </p>
                <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-800">
                  {a.counts.critical ? (
                    <span className="inline-flex items-center gap-1">
                      <RiskBadge tier="critical" /> {a.counts.critical}
                    </span>
                  ) : null}
                  {a.counts.high ? (
                    <span className="inline-flex items-center gap-1">
                      <RiskBadge tier="high" /> {a.counts.high}
                    </span>
                  ) : null}
                  <span className="text-slate-600">
                    {a.counts.critical + a.counts.high + a.counts.elevated + a.counts.low + a.counts.none}{" "}
                    client
                    {a.counts.critical + a.counts.high + a.counts.elevated + a.counts.low + a.counts.none ===
                    1
                      ? ""
                      : "s"}{" "}
                    from {a.countries.map(countryName).join(", ")}
                  </span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {next ? (
        <p className="mt-4">
          <Link to={`/alerts?${next}`} className={buttonClass("secondary")}>
            Older alerts
          </Link>
        </p>
      ) : null}
    </>
  );
}
