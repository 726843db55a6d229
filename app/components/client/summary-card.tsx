import { Link } from "@remix-run/react";
import { DateText, RiskBadge, StatusBadge } from "~/components/case-badges";
import { buttonClass } from "~/components/ui/button";
import { formatInZone } from "~/domain/zoned-time";
import type { ClientPage } from "./types";

/** The whole case at a glance: who, status, risk with its reasons, what comes next, what to check. */
export function SummaryCard({ d }: { d: ClientPage }) {
  const c = d.client;
  return (
    <section
      aria-labelledby="client-name"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 id="client-name" className="text-2xl font-semibold text-slate-900">
            {c.givenNames} {c.familyName}
            {c.nativeName ? <span className="ml-3 font-normal text-slate-700">{c.nativeName}</span> : null}
          </h1>
          <p className="mt-1 text-sm text-slate-700">
            <span className="font-mono">{c.aNumberDisplay}</span> ·{" "}
            {c.nationalityNames.length ? c.nationalityNames.join(", ") : "Nationality not recorded"} ·{" "}
            {c.languageName}
            {c.detentionStatus === "detained" ? (
              <span className="ml-2 rounded bg-red-100 px-1.5 font-semibold text-red-900">
                Detained{c.detentionFacility ? ` at ${c.detentionFacility}` : ""}
              </span>
            ) : null}
          </p>
        </div>
        <div className="flex gap-2">
          <Link to={`/clients/${c.id}/edit`} className={buttonClass("secondary")}>
            Edit details
          </Link>
        </div>
      </div>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Removal status</dt>
          <dd className="mt-1">
            <StatusBadge label={d.status.label} phase={d.status.phase} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Risk</dt>
          <dd className="mt-1">
            <RiskBadge tier={d.risk.tier} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Next hearing</dt>
          <dd className="mt-1 text-sm">
            {d.nextHearing ? (
              <>
                <DateText date={d.nextHearing.date} /> {d.nextHearing.time ?? ""} · {d.nextHearing.court}
              </>
            ) : (
              "None scheduled"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Next check-in</dt>
          <dd className="mt-1 text-sm">
            {d.nextCheckIn
              ? `${formatInZone(d.nextCheckIn.startsAt, d.nextCheckIn.timeZone)}${d.nextCheckIn.officeName ? ` · ${d.nextCheckIn.officeName}` : ""}`
              : "None scheduled"}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Travel document</dt>
          <dd className="mt-1 text-sm">{d.travelDoc.label}</dd>
        </div>
      </dl>
      <div className="mt-4">
        <h2 className="text-sm font-semibold text-slate-900">Why this risk</h2>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
          {d.risk.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
      {d.status.warnings.length || d.travelDoc.warnings.length ? (
        <div
          role="alert"
          className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
        >
          <p className="font-semibold">Check these</p>
          <ul className="mt-1 list-disc pl-5">
            {[...d.status.warnings, ...d.travelDoc.warnings].map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

const SECTIONS = [
  ["#timeline", "Timeline"],
  ["#alerts", "Alerts"],
  ["#deadlines", "Deadlines"],
  ["#portal", "Portal"],
  ["#check-ins", "Check-ins"],
  ["#hearings", "Hearings"],
  ["#documents", "Documents"],
  ["#travel-documents", "Travel documents"],
  ["#details", "Details"],
  ["#audit", "Audit"],
] as const;

/** Links to the cards below, in page order. */
export function SectionNav() {
  return (
    <nav aria-label="Sections" className="flex flex-wrap gap-3 text-sm">
      {SECTIONS.map(([href, label]) => (
        <a key={href} href={href} className="font-medium text-blue-700 underline">
          {label}
        </a>
      ))}
    </nav>
  );
}
