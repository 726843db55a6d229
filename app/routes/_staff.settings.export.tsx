import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Table, Td } from "~/components/ui/table";
import { CSV_ENTITIES, firmExportCounts } from "~/models/firm-export.server";
import { isBackupOperator } from "~/services/backups.server";
import { requirePermission } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Export firm data · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "export:firm");
  const counts = firmExportCounts(user.firmId).filter((c) => c.rows > 0);
  return {
    counts,
    totalRows: counts.reduce((s, c) => s + c.rows, 0),
    spreadsheets: Object.entries(CSV_ENTITIES).map(([key, e]) => ({ key, label: e.label })),
    canImport: isBackupOperator(user),
  };
}

type Progress =
  | { state: "idle" }
  | { state: "running"; bytes: number }
  | { state: "done"; bytes: number }
  | { state: "failed"; message: string };

const mb = (b: number) =>
  b < 1024 * 1024 ? `${Math.max(1, Math.round(b / 1024))} KB` : `${(b / 1024 / 1024).toFixed(1)} MB`;

export default function ExportPage() {
  const d = useLoaderData<typeof loader>();
  const [progress, setProgress] = useState<Progress>({ state: "idle" });

  // Read through fetch so the page can count what has arrived; the file is saved once complete.
  async function download() {
    setProgress({ state: "running", bytes: 0 });
    try {
      const res = await fetch("/settings/export.zip");
      if (!res.ok || !res.body) throw new Error(`The server answered ${res.status}.`);
      const name =
        /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "export.zip";
      const reader = res.body.getReader();
      const parts: Uint8Array[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.byteLength;
        setProgress({ state: "running", bytes });
      }
      const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type: "application/zip" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setProgress({ state: "done", bytes });
    } catch (e) {
      setProgress({ state: "failed", message: e instanceof Error ? e.message : "The download failed." });
    }
  }

  return (
    <div className="space-y-6">
      <Card title="Export all firm data">
        <p className="text-sm text-slate-700">
          One ZIP file with every record the firm keeps in Casewatch: clients and their removal history,
          hearings, travel documents, check-ins, deadlines marked, messages, timeline notes, alerts and the
          articles behind them, feeds, offices, portal texts, consents and the audit log. Passwords, two-step
          secrets, sessions and one-time links never leave the server. The file can be imported into another
          Casewatch server; how is in docs/export.md. Every export is recorded in the audit log.
        </p>
        <p className="mt-3 text-sm text-slate-700">
          {d.totalRows.toLocaleString("en-US")} records in {d.counts.length} kinds.
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button type="button" onClick={download} disabled={progress.state === "running"}>
            {progress.state === "running" ? "Exporting…" : "Download firm export (ZIP)"}
          </Button>
          <a href="/settings/export.zip" className="text-sm font-medium text-blue-700 underline">
            Or save it directly (no progress shown)
          </a>
        </div>
        <div className="mt-3 min-h-6 text-sm" aria-live="polite">
          {progress.state === "running" && (
            <p className="flex items-center gap-3">
              <label htmlFor="export-progress">Received</label>
              <progress id="export-progress" className="w-48" aria-valuetext={mb(progress.bytes)} />
              <span>{mb(progress.bytes)}</span>
            </p>
          )}
          {progress.state === "done" && (
            <p role="status" className="text-green-800">
              Export complete: {mb(progress.bytes)} saved to your downloads.
            </p>
          )}
          {progress.state === "failed" && (
            <p role="alert" className="text-red-800">
              The export did not finish: {progress.message} Try again.
            </p>
          )}
        </div>
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-slate-900">What the file holds</summary>
          <Table head={["Table", "Records"]} caption="Records per table">
            {d.counts.map((c) => (
              <tr key={c.table}>
                <Td>
                  <code>{c.table}</code>
                </Td>
                <Td>{c.rows.toLocaleString("en-US")}</Td>
              </tr>
            ))}
          </Table>
        </details>
      </Card>
      <Card title="Spreadsheets">
        <p className="mb-3 text-sm text-slate-700">
          One CSV file per kind of record, for Excel or another spreadsheet. Cells that a spreadsheet would
          run as a formula are escaped.
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {d.spreadsheets.map((s) => (
            <li key={s.key}>
              <a href={`/export/${s.key}.csv`} className="font-medium text-blue-700 underline">
                {s.label} (CSV)
              </a>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Import a firm">
        {d.canImport ? (
          <p className="text-sm text-slate-700">
            Bring a firm exported from another Casewatch server onto this one, as a new firm:{" "}
            <Link to="/settings/import" className="font-medium text-blue-700 underline">
              import a firm export
            </Link>
            .
          </p>
        ) : (
          <p className="text-sm text-slate-700">
            Importing a firm adds a firm to the whole installation, so it is done by whoever runs this
            Casewatch server.
          </p>
        )}
      </Card>
    </div>
  );
}
