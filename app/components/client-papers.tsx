import { Link } from "@remix-run/react";
import { formatInstant } from "~/utils/format";

// The check-ins queue's "New papers from clients": what clients sent from /me that nobody on staff has
// reviewed yet (issue 22). Each links to the client's Documents card, where the paralegal attaches it to
// the check-in or event it belongs to and marks it reviewed; once reviewed it leaves this list.

export type NewPaper = {
  id: string;
  clientId: string;
  title: string | null;
  mimeType: string;
  createdAt: string;
  checkInId: string | null;
  givenNames: string;
  familyName: string;
};

export function NewClientPapers({ papers }: { papers: { rows: NewPaper[]; total: number; more: boolean } }) {
  if (papers.total === 0) return null;
  const total = `${papers.total}${papers.more ? "+" : ""}`;
  return (
    <section aria-labelledby="new-papers" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="new-papers" className="text-base font-semibold text-slate-900">
        New papers from clients ({total})
      </h2>
      <p className="text-sm text-slate-700">
        Sent from the clients&apos; phones. Open one to attach it to its check-in or event, and mark it
        reviewed.
      </p>
      <ul className="mt-2 divide-y divide-amber-200 text-sm" aria-label="New papers from clients">
        {papers.rows.map((p) => (
          <li key={p.id} className="flex flex-wrap items-baseline gap-x-2 py-2">
            <Link to={`/clients/${p.clientId}#documents`} className="font-medium text-blue-800 underline">
              {p.givenNames} {p.familyName}
            </Link>
            <span className="text-slate-900" dir="auto">
              {p.title ? `“${p.title}”` : "no note"}
            </span>
            <span className="text-slate-700">
              · {p.mimeType === "application/pdf" ? "PDF" : "photo"} · sent {formatInstant(p.createdAt)}
            </span>
            <a
              href={`/clients/${p.clientId}/documents/${p.id}?inline=1`}
              target="_blank"
              rel="noopener"
              className="text-blue-800 underline"
            >
              Open the paper
            </a>
          </li>
        ))}
      </ul>
      {papers.total > papers.rows.length ? (
        <p className="mt-1 text-sm text-slate-700">
          Showing the newest {papers.rows.length} of {total}; each client&apos;s page lists all of theirs.
        </p>
      ) : null}
    </section>
  );
}
