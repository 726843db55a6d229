import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "#db/client";
import { auditLog, clients, users } from "#db/schema";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { can } from "~/domain/permissions";
import { describeAuditAction } from "~/domain/audit-actions";
import { requirePermission } from "~/utils/auth.server";
import { formatInstant } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Dashboard · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:dashboard");
  const db = getDb();
  const clientCount = db.select({ n: count() }).from(clients).where(eq(clients.firmId, user.firmId)).get()?.n ?? 0;
  const staff = db
    .select({ role: users.role, n: count() })
    .from(users)
    .where(and(eq(users.firmId, user.firmId), eq(users.active, true), sql`${users.role} <> 'client'`))
    .groupBy(users.role)
    .all();
  const recent = can(user.role, "view:audit")
    ? db
        .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, actor: users.displayName })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(eq(auditLog.firmId, user.firmId))
        .orderBy(desc(auditLog.id))
        .limit(8)
        .all()
        .map((r) => ({ ...r, label: describeAuditAction(r.action) }))
    : null;
  return {
    firmName: user.firm.name,
    clientCount,
    staff: Object.fromEntries(staff.map((s) => [s.role, s.n])) as Record<string, number>,
    twoFactor: { enabled: user.totpEnabled, required: user.firm.require2fa },
    recent,
  };
}

export default function Dashboard() {
  const d = useLoaderData<typeof loader>();
  const staffTotal = Object.values(d.staff).reduce((a, b) => a + b, 0);
  return (
    <>
      <PageHeader title="Dashboard" summary={`${d.firmName} · ${d.clientCount.toLocaleString("en-US")} clients · ${staffTotal} staff`} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Clients">
          <p className="text-3xl font-semibold text-slate-900">{d.clientCount.toLocaleString("en-US")}</p>
          <p className="mt-1 text-sm text-slate-600">client records in this firm</p>
        </Card>
        <Card title="Staff">
          <dl className="grid grid-cols-3 gap-2 text-center">
            {(["admin", "lawyer", "paralegal"] as const).map((r) => (
              <div key={r}>
                <dt className="text-xs uppercase tracking-wide text-slate-600">{r}s</dt>
                <dd className="text-2xl font-semibold text-slate-900">{d.staff[r] ?? 0}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Your account">
          <p className="text-sm text-slate-700">
            Two-step sign-in is <strong>{d.twoFactor.enabled ? "on" : "off"}</strong>
            {d.twoFactor.required ? " (your firm requires it)" : ""}.
          </p>
          <p className="mt-3 text-sm">
            <Link to="/settings/security" className="font-medium text-blue-700 underline">
              Security settings
            </Link>
          </p>
        </Card>
      </div>
      {d.recent ? (
        <Card title="Recent activity" className="mt-6" actions={<Link to="/settings/audit" className="text-sm font-medium text-blue-700 underline">Full audit log</Link>}>
          {d.recent.length === 0 ? (
            <EmptyState>Nothing has happened yet.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {d.recent.map((r) => (
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
          )}
        </Card>
      ) : null}
    </>
  );
}
