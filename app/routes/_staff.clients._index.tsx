import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Select } from "~/components/filter-select";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { DateText, RiskBadge, StatusBadge } from "~/components/case-badges";
import { buttonClass } from "~/components/ui/button";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { Table, Td } from "~/components/ui/table";
import { formatANumber } from "~/domain/a-number";
import { countryName, countryOptions } from "~/domain/countries";
import { RISK_LABELS, RISK_TIERS } from "~/domain/risk";
import { PHASE_LABELS } from "~/domain/removal-status";
import { DOC_STATE_LABELS, DOC_STATES } from "~/domain/travel-documents";
import { assignableStaff, countClients, countClientsByRisk, listClients } from "~/models/client.server";
import { SORT_LABELS, SORTS, type ClientFilters } from "~/utils/client-list";
import { requirePermission } from "~/utils/auth.server";
import { clientFiltersFromUrl } from "~/models/client-filters.server";

export const meta: MetaFunction = () => [{ title: "Clients · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:client");
  const url = new URL(args.request.url);
  const { filters, sort } = clientFiltersFromUrl(url);
  const { rows, nextCursor } = listClients(user.firmId, filters, sort, url.searchParams.get("cursor"));
  const total = countClients(user.firmId, filters);
  const byRisk = filters.risk ? null : countClientsByRisk(user.firmId, filters);
  const highRisk = byRisk
    ? byRisk.critical + byRisk.high
    : ["critical", "high"].includes(filters.risk!)
      ? total
      : 0;
  const staff = assignableStaff(user.firmId);
  const names = new Map(staff.map((s) => [s.id, s.displayName]));
  const next = new URLSearchParams(url.searchParams);
  if (nextCursor) next.set("cursor", nextCursor);
  return {
    rows: rows.map((r) => ({
      ...r,
      aNumber: formatANumber(r.aNumber),
      nationalities: r.nationalities.map(countryName).join(", "),
      lawyer: r.lawyerId ? (names.get(r.lawyerId) ?? "—") : "—",
    })),
    total,
    highRisk,
    nextHref: nextCursor ? `?${next}` : null,
    isFirstPage: !url.searchParams.get("cursor"),
    filters,
    sort,
    staff,
    countries: countryOptions(),
    canCreate: true,
  };
}

const CHIP_LABELS: Record<string, (v: string, d: ReturnType<typeof useLoaderData<typeof loader>>) => string> =
  {
    q: (v) => `Search: ${v}`,
    phase: (v) => `Status: ${PHASE_LABELS[v as keyof typeof PHASE_LABELS] ?? v}`,
    risk: (v) => `Risk: ${RISK_LABELS[v as keyof typeof RISK_LABELS] ?? v}`,
    nationality: (v) => `Nationality: ${countryName(v)}`,
    lawyer: (v, d) => `Lawyer: ${d.staff.find((s) => s.id === v)?.displayName ?? v}`,
    paralegal: (v, d) => `Paralegal: ${d.staff.find((s) => s.id === v)?.displayName ?? v}`,
    detained: () => "Detained",
    travelDoc: (v) => `Travel document: ${DOC_STATE_LABELS[v as keyof typeof DOC_STATE_LABELS] ?? v}`,
    deadlineWithin: (v) => `Deadline within ${v} days`,
  };

export default function ClientList() {
  const d = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const f = d.filters as ClientFilters;
  const active = [...params.entries()].filter(([k, v]) => v && k in CHIP_LABELS);
  const without = (key: string) => {
    const p = new URLSearchParams(params);
    p.delete(key);
    p.delete("cursor");
    return `?${p}`;
  };
  const exportHref = `/clients/export.csv?${new URLSearchParams([...params].filter(([k]) => k !== "cursor"))}`;
  return (
    <>
      <PageHeader
        title="Clients"
        summary={`${d.total.toLocaleString("en-US")} clients · ${d.highRisk.toLocaleString("en-US")} at high or critical risk`}
        actions={
          <>
            <Link to="/clients/import" className={buttonClass("secondary")}>
              Import CSV
            </Link>
            <a href={exportHref} className={buttonClass("secondary")}>
              Export this list
            </a>
            <Link to="/clients/new" className={buttonClass("primary")}>
              New client
            </Link>
          </>
        }
      />
      <Form
        method="get"
        className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4"
        role="search"
      >
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <label htmlFor="q" className="block text-sm font-medium text-slate-800">
              Search clients
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={f.q ?? ""}
              placeholder="Name (any script), A-number or phone"
              className="mt-1 block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-blue-700"
            />
          </div>
          <Select
            label="Status"
            name="phase"
            value={f.phase}
            options={Object.entries(PHASE_LABELS).map(([v, l]) => [v, l])}
          />
          <Select
            label="Risk"
            name="risk"
            value={f.risk}
            options={RISK_TIERS.map((t) => [t, RISK_LABELS[t]])}
          />
          <Select
            label="Nationality"
            name="nationality"
            value={f.nationality}
            options={d.countries.map((c) => [c.code, c.name])}
          />
          <Select
            label="Lawyer"
            name="lawyer"
            value={f.lawyer}
            options={d.staff.map((s) => [s.id, s.displayName])}
          />
          <Select
            label="Paralegal"
            name="paralegal"
            value={f.paralegal}
            options={d.staff.map((s) => [s.id, s.displayName])}
          />
          <Select
            label="Travel document"
            name="travelDoc"
            value={f.travelDoc}
            options={DOC_STATES.map((s) => [s, DOC_STATE_LABELS[s]])}
          />
          <Select
            label="Deadline within"
            name="deadlineWithin"
            value={f.deadlineWithin ? String(f.deadlineWithin) : null}
            options={[
              ["7", "7 days"],
              ["14", "14 days"],
              ["30", "30 days"],
              ["90", "90 days"],
            ]}
          />
          <Select
            label="Sort by"
            name="sort"
            value={d.sort}
            options={SORTS.map((s) => [s, SORT_LABELS[s]])}
            noEmpty
          />
          <label className="flex items-center gap-2 pb-2 text-sm">
            <input
              type="checkbox"
              name="detained"
              value="1"
              defaultChecked={Boolean(f.detained)}
              className="h-4 w-4"
            />{" "}
            Detained only
          </label>
          <button type="submit" className={buttonClass("primary")}>
            Apply
          </button>
        </div>
        {active.length ? (
          <ul className="flex flex-wrap gap-2" aria-label="Active filters">
            {active.map(([k, v]) => (
              <li key={k}>
                <Link
                  to={without(k)}
                  className="inline-flex items-center gap-1 rounded-full bg-blue-50 px-3 py-1 text-xs font-medium text-blue-900 ring-1 ring-blue-200 hover:bg-blue-100"
                  aria-label={`Remove filter ${CHIP_LABELS[k]!(v, d)}`}
                >
                  {CHIP_LABELS[k]!(v, d)} <span aria-hidden>×</span>
                </Link>
              </li>
            ))}
            <li>
              <Link to="/clients" className="text-xs font-medium text-blue-700 underline">
                Clear all
              </Link>
            </li>
          </ul>
        ) : null}
      </Form>
      {d.rows.length === 0 ? (
        <EmptyState>
          {active.length
            ? "No clients match these filters. Remove a filter above."
            : "No clients yet. Add one with “New client”, or import a spreadsheet."}
        </EmptyState>
      ) : (
        <Table
          head={[
            "Client",
            "A-number",
            "Nationality",
            "Removal status",
            "Risk",
            "Next deadline",
            "Next hearing",
            "Lawyer",
          ]}
          caption="Clients"
        >
          {d.rows.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50">
              <Td>
                <Link
                  to={`/clients/${c.id}`}
                  className="font-medium text-blue-800 underline-offset-2 hover:underline"
                >
                  {c.familyName}, {c.givenNames}
                </Link>
                {c.nativeName ? <span className="ml-2 text-slate-600">{c.nativeName}</span> : null}
                {c.detentionStatus === "detained" ? (
                  <span className="ml-2 rounded bg-red-100 px-1.5 text-xs font-semibold text-red-900">
                    Detained
                  </span>
                ) : null}
              </Td>
              <Td className="font-mono text-xs whitespace-nowrap">{c.aNumber}</Td>
              <Td>{c.nationalities || "—"}</Td>
              <Td className="min-w-56">
                <StatusBadge label={c.removalLabel} phase={c.removalPhase} />
              </Td>
              <Td>
                <RiskBadge tier={c.riskTier} />
              </Td>
              <Td className="whitespace-nowrap">
                <DateText date={c.nextDeadline} />
              </Td>
              <Td className="whitespace-nowrap">
                <DateText date={c.nextHearing} />
              </Td>
              <Td>{c.lawyer}</Td>
            </tr>
          ))}
        </Table>
      )}
      <nav className="mt-4 flex gap-4 text-sm" aria-label="Pages">
        {!d.isFirstPage ? (
          <Link to={without("cursor")} className="font-medium text-blue-700 underline">
            First page
          </Link>
        ) : null}
        {d.nextHref ? (
          <Link to={d.nextHref} className="font-medium text-blue-700 underline">
            Next page
          </Link>
        ) : null}
      </nav>
    </>
  );
}
