import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Bars, DeadlineList, RISK_BAR } from "~/components/dashboard-parts";
import { Link, useLoaderData } from "@remix-run/react";
import { RiskBadge, StatusBadge } from "~/components/case-badges";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { can } from "~/domain/permissions";
import { PHASE_LABELS, type Phase } from "~/domain/removal-status";
import { RISK_LABELS, RISK_TIERS } from "~/domain/risk";
import { firmToday } from "~/models/client-derived.server";
import { checkInAlerts } from "~/models/checkin.server";
import {
  clientsByPhase,
  clientsByRisk,
  deadlinesThisWeek,
  latestActivity,
  overdueDeadlines,
  recentlyChangedClients,
  recentlyMissedCheckIns,
} from "~/models/dashboard.server";
import { formatInZone } from "~/domain/zoned-time";
import { requirePermission } from "~/utils/auth.server";
import { formatInstant } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Dashboard · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:dashboard");
  const today = firmToday(user.firmId);
  const byPhase = clientsByPhase(user.firmId);
  const byRisk = clientsByRisk(user.firmId);
  const overdue = overdueDeadlines(user.firmId, today);
  const thisWeek = deadlinesThisWeek(user.firmId, today);
  const recent = recentlyChangedClients(user.firmId);
  const activity = can(user.role, "view:audit") ? latestActivity(user.firmId) : null;
  const total = byPhase.reduce((a, b) => a + b.n, 0);
  const alerts = checkInAlerts(user.firmId);
  const missed = recentlyMissedCheckIns(user.firmId, today);
  const warn = (r: {
    id: string;
    clientId: string;
    startsAt: string;
    timeZone: string;
    familyName: string;
    givenNames: string;
    officeName?: string | null;
  }) => ({
    id: r.id,
    clientId: r.clientId,
    name: `${r.familyName}, ${r.givenNames}`,
    when: formatInZone(r.startsAt, r.timeZone),
    office: r.officeName ?? null,
  });
  return {
    firmName: user.firm.name,
    total,
    byPhase: byPhase
      .map((p) => ({ phase: p.phase, label: PHASE_LABELS[p.phase as Phase] ?? p.phase, n: p.n }))
      .sort((a, b) => b.n - a.n),
    byRisk: RISK_TIERS.map((t) => ({
      tier: t,
      label: RISK_LABELS[t],
      n: byRisk.find((r) => r.tier === t)?.n ?? 0,
    })),
    overdue,
    thisWeek,
    recent,
    activity,
    // The 10 earliest; the count says how many, the queue has them all.
    unconfirmed: alerts.unconfirmed.slice(0, 10).map(warn),
    unconfirmedCount: alerts.unconfirmed.length,
    overdueCheckIns: alerts.overdueCount,
    missed: missed.map(warn),
    twoFactor: { enabled: user.totpEnabled, required: user.firm.require2fa },
  };
}

export default function Dashboard() {
  const d = useLoaderData<typeof loader>();
  const atRisk = d.byRisk
    .filter((r) => r.tier === "critical" || r.tier === "high")
    .reduce((a, b) => a + b.n, 0);
  return (
    <>
      <PageHeader
        title="Dashboard"
        summary={`${d.firmName} · ${d.total.toLocaleString("en-US")} clients · ${atRisk.toLocaleString("en-US")} at high or critical risk`}
        actions={
          <Link
            to="/clients/new"
            className="inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800"
          >
            New client
          </Link>
        }
      />
      {d.twoFactor.required && !d.twoFactor.enabled ? null : !d.twoFactor.enabled ? (
        <p className="mb-4 rounded-md border border-slate-200 bg-white px-4 py-2 text-sm text-slate-700">
          Two-step sign-in is off for your account.{" "}
          <Link to="/settings/security" className="font-medium text-blue-700 underline">
            Turn it on
          </Link>{" "}
          so a stolen password is not enough to open your clients' files.
        </p>
      ) : null}
      {d.unconfirmed.length ? (
        <section
          role="alert"
          aria-labelledby="unconfirmed-title"
          className="mb-6 rounded-lg border border-amber-400 bg-amber-50 p-4"
        >
          <h2 id="unconfirmed-title" className="font-semibold text-amber-950">
            ⚠ {d.unconfirmedCount} client{d.unconfirmedCount > 1 ? "s have" : " has"} not been confirmed home
            from today's check-in
          </h2>
          <ul className="mt-2 space-y-1 text-sm text-amber-950">
            {d.unconfirmed.map((u) => (
              <li key={u.id}>
                <Link to={`/clients/${u.clientId}#check-ins`} className="font-semibold underline">
                  {u.name}
                </Link>{" "}
                — {u.when}
                {u.office ? ` at ${u.office}` : ""}. Call them; confirm they are safe or record detention.
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            {d.unconfirmedCount > d.unconfirmed.length
              ? `${d.unconfirmedCount - d.unconfirmed.length} more are not listed here. `
              : ""}
            <Link to="/check-ins" className="font-medium text-amber-950 underline">
              Open the check-ins queue
            </Link>
          </p>
        </section>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card
          title="Missed check-ins (last 30 days)"
          actions={
            <Link to="/check-ins" className="text-sm font-medium text-blue-700 underline">
              {d.overdueCheckIns} overdue in the queue
            </Link>
          }
        >
          {d.missed.length ? (
            <ul className="divide-y divide-slate-100 text-sm" aria-label="Missed check-ins">
              {d.missed.map((m) => (
                <li key={m.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <Link
                    to={`/clients/${m.clientId}#check-ins`}
                    className="font-medium text-blue-800 hover:underline"
                  >
                    {m.name}
                  </Link>
                  <span className="text-slate-700">{m.when}</span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>No missed check-ins in the last 30 days.</EmptyState>
          )}
        </Card>
        <Card title="Clients by risk">
          <Bars
            rows={d.byRisk.map((r) => ({ key: r.tier, label: r.label, n: r.n }))}
            max={Math.max(...d.byRisk.map((r) => r.n), 1)}
            hrefOf={(k) => `/clients?risk=${k}`}
            colourOf={(k) => RISK_BAR[k] ?? "bg-slate-400"}
          />
        </Card>
        <Card title="Clients by removal status">
          {d.byPhase.length ? (
            <Bars
              rows={d.byPhase.map((p) => ({ key: p.phase, label: p.label, n: p.n }))}
              max={Math.max(...d.byPhase.map((p) => p.n), 1)}
              hrefOf={(k) => `/clients?phase=${k}`}
              colourOf={() => "bg-blue-700"}
            />
          ) : (
            <EmptyState>No clients yet.</EmptyState>
          )}
        </Card>
        <Card
          title="Overdue"
          actions={
            <Link to="/deadlines" className="text-sm font-medium text-blue-700 underline">
              All deadlines
            </Link>
          }
        >
          <DeadlineList rows={d.overdue} empty="Nothing is overdue." />
        </Card>
        <Card title="Deadlines this week">
          <DeadlineList rows={d.thisWeek} empty="No deadlines in the next 7 days." />
        </Card>
        <Card
          title="Recently changed cases"
          actions={
            <Link to="/clients?sort=changed" className="text-sm font-medium text-blue-700 underline">
              More
            </Link>
          }
        >
          {d.recent.length ? (
            <ul className="divide-y divide-slate-100 text-sm">
              {d.recent.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link to={`/clients/${c.id}`} className="font-medium text-blue-800 hover:underline">
                    {c.familyName}, {c.givenNames}
                  </Link>
                  <span className="flex items-center gap-2">
                    <StatusBadge label={c.removalLabel} phase={c.removalPhase} />{" "}
                    <RiskBadge tier={c.riskTier} />
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>No clients yet. Add one with “New client”.</EmptyState>
          )}
        </Card>
        {d.activity ? (
          <Card
            title="Recent activity"
            actions={
              <Link to="/settings/audit" className="text-sm font-medium text-blue-700 underline">
                Audit log
              </Link>
            }
          >
            {d.activity.length ? (
              <ul className="divide-y divide-slate-100 text-sm">
                {d.activity.map((r) => (
                  <li key={r.id} className="flex flex-wrap justify-between gap-2 py-2">
                    <span>
                      <span className="font-medium">{r.actor ?? "System"}</span> · {r.label}
                    </span>
                    <time dateTime={r.at} className="text-slate-600">
                      {formatInstant(r.at)}
                    </time>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>Nothing has happened yet.</EmptyState>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
