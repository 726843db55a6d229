import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ActionForm } from "~/components/settings/action-form";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { Table, Td } from "~/components/ui/table";
import {
  backupDir,
  installationBackupAudit,
  isBackupOperator,
  listBackups,
  runBackup,
} from "~/services/backups.server";
import { recordAuditEvent } from "~/models/audit.server";
import { requirePermission } from "~/utils/auth.server";
import { formatInstant } from "~/utils/format";
import { parseForm, refuse } from "~/utils/forms.server";
import { forbidden } from "~/utils/http.server";
import { redirectWithToast } from "~/utils/toast.server";
import { env } from "~/utils/env.server";
import { backupSchema } from "~/utils/settings-schemas";

export const meta: MetaFunction = () => [{ title: "Backups · Casewatch" }];

// Backups copy the whole installation, so only its operator sees or takes them here (ADR 014): the
// admins of BACKUP_OPERATOR_FIRM, or of the only firm of a single-firm installation. Any other admin
// is told who looks after backups, and nothing about the installation (no files, directory or times).
export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "manage:firm");
  if (!isBackupOperator(user)) return { operator: false as const };
  const audit = installationBackupAudit();
  return {
    operator: true as const,
    backups: listBackups(),
    dir: backupDir(),
    keep: env.backupKeep,
    hours: env.backupIntervalHours,
    audit: audit.rows.map((r) => ({
      id: r.id,
      action: r.action,
      at: r.at,
      actor: r.actor,
      after: r.after as Record<string, unknown> | null,
    })),
    auditTotal: audit.total,
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "manage:firm");
  const ip = args.context?.clientIp ?? null;
  if (!isBackupOperator(user)) {
    recordAuditEvent({
      firmId: user.firmId,
      actorUserId: user.id,
      action: "access.denied",
      entityType: "route",
      entityId: "/settings/backups",
      after: { reason: "not the installation's backup operator", method: args.request.method },
      ip,
    });
    throw forbidden("Backups of this installation are taken by its operator, not from a firm's settings.");
  }
  const parsed = await parseForm(args.request, backupSchema);
  if (!parsed.ok) return refuse({ formError: "Unknown action.", values: parsed.values });
  // Audited inside runBackup, at installation level, in the transactions that record the backup.
  const r = await runBackup("manual", { userId: user.id, ip });
  return redirectWithToast(
    "/settings/backups",
    r.ok
      ? { kind: "success", message: "Backup taken and checked." }
      : { kind: "error", message: `The backup failed: ${r.error}` },
  );
}

const AUDIT_WORDS: Record<string, string> = {
  "backup.started": "Backup started",
  "backup.taken": "Backup taken",
  "backup.failed": "Backup failed",
};

export default function Backups() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (!d.operator) {
    return (
      <Card title="Backups">
        <p className="text-sm text-slate-700">
          A backup is a copy of the whole Casewatch installation, which can hold other firms besides yours, so
          backups are looked after by whoever runs the installation, not from a firm's settings. Ask them how
          often backups are taken and how long they are kept.
        </p>
      </Card>
    );
  }
  return (
    <div className="space-y-6">
      <Card
        title="Backups"
        actions={
          <ActionForm schema={backupSchema} id="backup-now" result={result}>
            <Button type="submit" name="intent" value="backup" pendingText="Backing up…">
              Back up now
            </Button>
          </ActionForm>
        }
      >
        <p className="mb-4 text-sm text-slate-700">
          You see this page as the operator of this installation. The whole database (all firms on this
          installation) is copied while the app runs, every {d.hours} hours; the last {d.keep} are kept in{" "}
          <code>{d.dir}</code>, readable only by the account that runs Casewatch. Each copy is checked with
          SQLite's integrity check. Restoring is done with the server stopped: see docs/operations.md.
        </p>
        {d.backups.length === 0 ? (
          <EmptyState>
            No backup yet. The first scheduled one runs a few minutes after the server starts.
          </EmptyState>
        ) : (
          <Table head={["Started (UTC)", "Kind", "Size", "Check", "File"]} caption="Backups">
            {d.backups.map((b) => (
              <tr key={b.id}>
                <Td className="whitespace-nowrap">{formatInstant(b.startedAt)}</Td>
                <Td>{b.kind}</Td>
                <Td>{b.sizeBytes ? `${(b.sizeBytes / 1024 / 1024).toFixed(1)} MB` : "—"}</Td>
                <Td>
                  {b.error ? (
                    <Badge tone="red">Failed: {b.error}</Badge>
                  ) : b.integrity === "ok" ? (
                    <Badge tone="green">Integrity ok</Badge>
                  ) : (
                    <Badge>{b.integrity ?? "running"}</Badge>
                  )}
                </Td>
                <Td className="font-mono text-xs break-all">
                  {b.file}
                  {b.present ? "" : " (pruned)"}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title="Installation audit: backups">
        <p className="mb-3 text-sm text-slate-700">
          Backups belong to no firm, so they are recorded here rather than in a firm's audit log (
          {d.auditTotal.toLocaleString("en-US")} entries; the latest 30 shown).
        </p>
        {d.audit.length === 0 ? (
          <EmptyState>No backup has been recorded yet.</EmptyState>
        ) : (
          <Table
            head={["When (UTC)", "What", "By", "Details"]}
            caption="Installation audit entries about backups"
          >
            {d.audit.map((a) => (
              <tr key={a.id}>
                <Td className="whitespace-nowrap">{formatInstant(a.at)}</Td>
                <Td>{AUDIT_WORDS[a.action] ?? a.action}</Td>
                <Td>{a.actor ?? "the schedule or the command line"}</Td>
                <Td className="text-xs break-all">
                  {a.after
                    ? Object.entries(a.after)
                        .map(([k, v]) => `${k}: ${String(v)}`)
                        .join(" · ")
                    : "—"}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
