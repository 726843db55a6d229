import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { Table, Td } from "~/components/ui/table";
import { AUDIT_ACTIONS, describeAuditAction } from "~/domain/audit-actions";
import { listAuditActors, listAuditEntries } from "~/models/audit.server";
import { requirePermission } from "~/utils/auth.server";
import { formatInstant } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Audit log · Casewatch" }];

const PAGE = 50;

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:audit");
  const url = new URL(args.request.url);
  const action = url.searchParams.get("action") ?? "";
  const actor = url.searchParams.get("actor") ?? "";
  const entity = url.searchParams.get("entity") ?? "";
  const from = url.searchParams.get("from") ?? "";
  const to = url.searchParams.get("to") ?? "";
  const before = Number(url.searchParams.get("before") ?? "");
  const rows = listAuditEntries(user.firmId, { action, actor, entity, from, to, before }, PAGE + 1);
  const staff = listAuditActors(user.firmId);
  const page = rows.slice(0, PAGE);
  const params = new URLSearchParams(url.searchParams);
  params.delete("before");
  return {
    entries: page.map((r) => ({
      ...r,
      label: describeAuditAction(r.action),
      before: r.before ? JSON.stringify(r.before) : null,
      after: r.after ? JSON.stringify(r.after) : null,
    })),
    next:
      rows.length > PAGE ? `?${new URLSearchParams([...params, ["before", String(page.at(-1)!.id)]])}` : null,
    filters: { action, actor, entity, from, to },
    staff,
    actions: AUDIT_ACTIONS.map((a) => ({ value: a, label: describeAuditAction(a) })),
  };
}

export default function AuditLog() {
  const d = useLoaderData<typeof loader>();
  return (
    <div className="space-y-4">
      <Form
        method="get"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
      >
        <SelectField label="Action" name="action" defaultValue={d.filters.action}>
          <option value="">Any action</option>
          {d.actions.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Who" name="actor" defaultValue={d.filters.actor}>
          <option value="">Anyone</option>
          {d.staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.displayName}
            </option>
          ))}
        </SelectField>
        <SelectField label="Record type" name="entity" defaultValue={d.filters.entity}>
          <option value="">Any</option>
          {["user", "firm", "invite", "client", "route"].map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </SelectField>
        <Field label="From" name="from" type="date" defaultValue={d.filters.from} />
        <Field label="To" name="to" type="date" defaultValue={d.filters.to} />
        <div className="flex gap-2">
          <Button type="submit">Filter</Button>
          <Link to="/settings/audit" className="self-center text-sm font-medium text-blue-700 underline">
            Clear
          </Link>
        </div>
      </Form>
      {d.entries.length === 0 ? (
        <EmptyState>No entries match these filters.</EmptyState>
      ) : (
        <Table head={["When (UTC)", "Who", "What", "Record", "Change", "Address"]} caption="Audit log">
          {d.entries.map((e) => (
            <tr key={e.id} className="hover:bg-slate-50">
              <Td className="whitespace-nowrap">{formatInstant(e.at)}</Td>
              <Td>{e.actor ?? "System"}</Td>
              <Td>{e.label}</Td>
              <Td className="font-mono text-xs">
                {e.entityType}
                {e.entityId ? ` ${e.entityId}` : ""}
              </Td>
              <Td className="max-w-md font-mono text-xs break-all">
                {e.before ? <span className="block text-red-800">− {e.before}</span> : null}
                {e.after ? <span className="block text-green-800">+ {e.after}</span> : null}
              </Td>
              <Td className="text-xs">{e.ip ?? "—"}</Td>
            </tr>
          ))}
        </Table>
      )}
      {d.next ? (
        <p>
          <Link to={d.next} className="font-medium text-blue-700 underline">
            Older entries
          </Link>
        </p>
      ) : null}
    </div>
  );
}
