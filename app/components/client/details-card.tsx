import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Card } from "~/components/ui/card";
import { formatDate } from "~/domain/dates";
import type { ClientPage } from "./types";

/** The client's personal details and the staff notes (never shown to the client). */
export function DetailsCard({ d }: { d: ClientPage }) {
  const c = d.client;
  return (
    <div id="details">
      <Card
        title="Details"
        actions={
          <Link to={`/clients/${c.id}/edit`} className="text-sm font-medium text-blue-700 underline">
            Edit
          </Link>
        }
      >
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <Detail label="Other names">{c.otherNames}</Detail>
          <Detail label="Date of birth">{c.dateOfBirth ? formatDate(c.dateOfBirth) : null}</Detail>
          <Detail label="Sex">
            {{ female: "Female", male: "Male", x: "Another / X", unknown: "Not recorded" }[c.sex]}
          </Detail>
          <Detail label="Country of birth">{c.countryOfBirthName}</Detail>
          <Detail label="Phone">{c.phone}</Detail>
          <Detail label="Email">{c.email}</Detail>
          <Detail label="Address">{c.address}</Detail>
          <Detail label="Address reported to court (EOIR-33)">{c.addressReportedCourtOn}</Detail>
          <Detail label="Address reported to ICE">{c.addressReportedIceOn}</Detail>
          <Detail label="Detention">
            {c.detentionStatus === "detained"
              ? `Detained at ${c.detentionFacility ?? "?"}${c.detentionSince ? ` since ${c.detentionSince}` : ""}`
              : c.detentionStatus === "released"
                ? `Released (${c.releaseForm?.toUpperCase().replace("I220", "I-220")})${c.detentionSince ? ` on ${c.detentionSince}` : ""}`
                : "Not detained"}
          </Detail>
          <Detail label="Lawyer">{c.lawyerName}</Detail>
          <Detail label="Paralegal">{c.paralegalName}</Detail>
          <Detail label="Tags">{c.tags.length ? c.tags.join(", ") : null}</Detail>
          <Detail label="Emergency contacts">{c.emergencyContacts}</Detail>
          <Detail label="Who cares for the children">{c.childrenCare}</Detail>
          <Detail label="Power of attorney on file">{c.powerOfAttorneyOnFile ? "Yes" : "No"}</Detail>
          <Detail label="Travel document numbers">
            {d.docs.length ? d.docs.map((doc) => `${doc.kindLabel}: ${doc.number ?? "—"}`).join("; ") : null}
          </Detail>
        </dl>
        {c.notes ? (
          <div className="mt-4 rounded-md bg-amber-50 p-3">
            <h3 className="text-xs font-semibold tracking-wide text-amber-900 uppercase">
              Staff notes (never shown to the client)
            </h3>
            <p className="mt-1 text-sm whitespace-pre-wrap text-slate-900">{c.notes}</p>
          </div>
        ) : null}
      </Card>
    </div>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-wrap text-slate-900">
        {children ?? <span className="text-slate-500">—</span>}
      </dd>
    </div>
  );
}
