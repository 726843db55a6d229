import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { getDb } from "#db/client";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { Table, Td } from "~/components/ui/table";
import { backupDir, listBackups, runBackup } from "~/services/backups.server";
import { writeAudit } from "~/utils/audit.server";
import { requirePermission } from "~/utils/auth.server";
import { formatInstant } from "~/utils/format";
import { readForm } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Backups · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  await requirePermission(args, "manage:firm");
  return { backups: listBackups(), dir: backupDir(), keep: Number(process.env.BACKUP_KEEP ?? 14), hours: Number(process.env.BACKUP_INTERVAL_HOURS ?? 24) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "manage:firm");
  await readForm(args.request);
  const r = await runBackup("manual");
  writeAudit(getDb(), { firmId: user.firmId, actorUserId: user.id, action: "backup.taken", entityType: "backup", entityId: r.id, after: { ok: r.ok, error: r.error ?? null }, ip: args.context?.clientIp ?? null });
  return redirectWithToast("/settings/backups", r.ok ? { kind: "success", message: "Backup taken and checked." } : { kind: "error", message: `The backup failed: ${r.error}` });
}

export default function Backups() {
  const d = useLoaderData<typeof loader>();
  return (
    <Card title="Backups" actions={<Form method="post"><Button type="submit" pendingText="Backing up…">Back up now</Button></Form>}>
      <p className="mb-4 text-sm text-slate-700">
        The whole database (all firms on this installation) is copied while the app runs, every {d.hours} hours; the last {d.keep} are kept in <code>{d.dir}</code>. Each copy is checked with SQLite's integrity check. Restoring is done with the server stopped: see docs/operations.md.
      </p>
      {d.backups.length === 0 ? (
        <EmptyState>No backup yet. The first scheduled one runs a few minutes after the server starts.</EmptyState>
      ) : (
        <Table head={["Started (UTC)", "Kind", "Size", "Check", "File"]} caption="Backups">
          {d.backups.map((b) => (
            <tr key={b.id}>
              <Td className="whitespace-nowrap">{formatInstant(b.startedAt)}</Td>
              <Td>{b.kind}</Td>
              <Td>{b.sizeBytes ? `${(b.sizeBytes / 1024 / 1024).toFixed(1)} MB` : "—"}</Td>
              <Td>{b.error ? <Badge tone="red">Failed: {b.error}</Badge> : b.integrity === "ok" ? <Badge tone="green">Integrity ok</Badge> : <Badge>{b.integrity ?? "running"}</Badge>}</Td>
              <Td className="break-all font-mono text-xs">
                {b.file}
                {b.present ? "" : " (pruned)"}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
