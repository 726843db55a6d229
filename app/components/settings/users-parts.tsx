// The users page's tables and forms (app/routes/_staff.settings.users.tsx): each form checks its schema
// from user-schemas.ts in the browser (docs/forms.md), and each has its own id on the page.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ActionForm } from "~/components/settings/action-form";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { FormField, FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import { Table, Td } from "~/components/ui/table";
import { ROLE_LABELS, STAFF_ROLES, type RoleName } from "~/domain/permissions";
import { formatInstant } from "~/utils/format";
import { idSchema, inviteSchema, roleSchema } from "~/utils/user-schemas";

type StaffRow = {
  id: string;
  displayName: string;
  email: string | null;
  role: RoleName;
  active: boolean;
  totpEnabledAt: unknown;
};
type Invite = { id: string; displayName: string; email: string; role: RoleName; expiresAt: string };
/** What the action answered: a refusal names the form it is about (intent). */
type Answer = { ok: boolean; intent?: string | null; values?: Record<string, string> } | undefined;

const ROLE_OPTIONS = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** The refusal, when it is about the role form of this person. */
const roleResultFor = (result: Answer, userId: string) =>
  result?.ok === false && result.intent === "role" && result.values?.userId === userId ? result : undefined;

export function StaffTable({ me, staff, result }: { me: string; staff: StaffRow[]; result: Answer }) {
  return (
    <Card title="Staff">
      <Table head={["Name", "Email", "Role", "Two-step", "Status", ""]} caption="Staff accounts">
        {staff.map((u) => (
          <tr key={u.id} className="hover:bg-slate-50">
            <Td className="font-medium">{u.displayName}</Td>
            <Td>{u.email}</Td>
            <Td>
              <RoleForm user={u} result={roleResultFor(result, u.id)} />
            </Td>
            <Td>{u.totpEnabledAt ? <Badge tone="green">On</Badge> : <Badge>Off</Badge>}</Td>
            <Td>{u.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">Deactivated</Badge>}</Td>
            <Td>
              {u.id === me ? (
                <span className="text-xs text-slate-500">You</span>
              ) : (
                <ActionForm schema={idSchema} id={`status-${u.id}`}>
                  <input type="hidden" name="userId" value={u.id} />
                  <Button
                    type="submit"
                    name="intent"
                    value={u.active ? "deactivate" : "reactivate"}
                    variant="ghost"
                    aria-label={`${u.active ? "Deactivate" : "Reactivate"} ${u.displayName}`}
                  >
                    {u.active ? "Deactivate" : "Reactivate"}
                  </Button>
                </ActionForm>
              )}
            </Td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}

function RoleForm({ user, result }: { user: StaffRow; result: Answer }) {
  const [form, f] = useSchemaForm(roleSchema, {
    id: `role-${user.id}`,
    result,
    defaultValue: { userId: user.id, role: user.role },
  });
  const error = f.role.errors?.[0];
  const initial = f.role.initialValue;
  return (
    <Form method="post" className="flex items-center gap-2" {...getFormProps(form)}>
      <input type="hidden" name="userId" value={user.id} />
      <label className="sr-only" htmlFor={f.role.id}>
        Role of {user.displayName}
      </label>
      <select
        key={f.role.key}
        id={f.role.id}
        name={f.role.name}
        form={f.role.formId}
        defaultValue={typeof initial === "string" ? initial : user.role}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${f.role.id}-error` : undefined}
        className="rounded-md border-slate-300 py-1 text-sm ring-1 ring-slate-300"
      >
        {ROLE_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Button
        type="submit"
        name="intent"
        value="role"
        variant="ghost"
        aria-label={`Save role of ${user.displayName}`}
      >
        Save
      </Button>
      {error ? (
        <span id={`${f.role.id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </Form>
  );
}

export function InviteForm({ result }: { result: Answer & { inviteLink?: string | null } }) {
  const [form, f] = useSchemaForm(inviteSchema, {
    id: "invite",
    result: result?.ok === false && result.intent === "invite" ? result : undefined,
    defaultValue: { role: "paralegal" },
  });
  return (
    <Card title="Invite a staff member">
      {result?.inviteLink ? (
        <div role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          <p>
            The invitation was sent by email. You can also give this link yourself; it works once, for 72
            hours:
          </p>
          <p className="mt-2 font-mono text-xs break-all" data-testid="invite-link">
            {result.inviteLink}
          </p>
        </div>
      ) : null}
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormMessage form={form} />
        <FormField meta={f.displayName} label="Name" required />
        <FormField meta={f.email} label="Email" type="email" required />
        <FormSelect meta={f.role} label="Role" options={ROLE_OPTIONS} />
        <Button type="submit" name="intent" value="invite" pendingText="Sending…">
          Send invitation
        </Button>
      </Form>
    </Card>
  );
}

export function PendingInvites({ pending }: { pending: Invite[] }) {
  return (
    <Card title="Pending invitations">
      {pending.length === 0 ? (
        <EmptyState>No invitations are waiting.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {pending.map((p) => (
            <li key={p.id} className="flex items-center justify-between gap-2 py-2">
              <span>
                {p.displayName} · {p.email} · {ROLE_LABELS[p.role]}
                <span className="block text-xs text-slate-600">expires {formatInstant(p.expiresAt)}</span>
              </span>
              <ActionForm schema={idSchema} id={`revoke-${p.id}`}>
                <input type="hidden" name="inviteId" value={p.id} />
                <Button
                  type="submit"
                  name="intent"
                  value="revoke-invite"
                  variant="ghost"
                  aria-label={`Revoke invitation to ${p.email}`}
                >
                  Revoke
                </Button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
