import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { Field, FormError, SelectField } from "~/components/ui/field";
import { Table, Td } from "~/components/ui/table";
import { ROLE_LABELS, STAFF_ROLES } from "~/domain/permissions";
import { emailInUse, listFirmStaff } from "~/models/user.server";
import {
  changeStaffRole,
  createInvite,
  deactivateStaff,
  listPendingInvites,
  reactivateStaff,
  revokeInvite,
} from "~/models/users.server";
import { sendMail } from "~/services/mailer.server";
import { requirePermission } from "~/utils/auth.server";
import { createToken } from "~/utils/crypto.server";
import { formatInstant } from "~/utils/format";
import type { FormFailure } from "~/utils/form-result";
import { parseFormData, readForm } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http.server";
import { publicOrigin } from "~/utils/origin.server";
import { endAllSessions } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";
import { idSchema, inviteSchema, REFUSALS, roleSchema } from "~/utils/user-schemas";

export const meta: MetaFunction = () => [{ title: "Users · Casewatch" }];

const INVITE_HOURS = 72;

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "manage:users");
  return { me: user.id, staff: listFirmStaff(user.firmId), pending: listPendingInvites(user.firmId) };
}

function refusal(
  intent: "invite" | "role" | null,
  formError: string | null,
  extra: Partial<FormFailure> = {},
) {
  return data(
    { intent, errors: {}, values: {}, inviteLink: null, ...extra, ok: false as const, formError },
    { status: 400 },
  );
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requirePermission(args, "manage:users");
  const actor = { id: admin.id, firmId: admin.firmId, ip: args.context?.clientIp ?? null };
  const form = await readForm(args.request);
  const intent = form.get("intent");

  if (intent === "invite") {
    const parsed = parseFormData(form, inviteSchema);
    if (!parsed.ok) return refusal("invite", null, { errors: parsed.errors, values: parsed.values });
    const { email, displayName, role } = parsed.data;
    if (emailInUse(email))
      return refusal("invite", null, {
        errors: { email: "Someone already has an account with this address." },
        values: parsed.values,
      });
    const token = createToken();
    createInvite(actor, { email, displayName, role, token, validForHours: INVITE_HOURS });
    const link = `${publicOrigin(args.request)}/invite/${token}`;
    await sendMail({
      firmId: admin.firmId,
      to: email,
      subject: `You are invited to ${admin.firm.name} on Casewatch`,
      text: `${admin.displayName} invited you to join ${admin.firm.name} on Casewatch as ${ROLE_LABELS[role].toLowerCase()}.\n\nChoose your password here (the link works once, for ${INVITE_HOURS} hours):\n${link}`,
    });
    return data({
      intent: "invite",
      ok: true as const,
      errors: {},
      values: {},
      formError: null,
      inviteLink: link,
    });
  }

  if (intent === "role") {
    const parsed = parseFormData(form, roleSchema);
    if (!parsed.ok) return refusal("role", "Choose a role.", { errors: parsed.errors });
    const changed = changeStaffRole(actor, parsed.data.userId, parsed.data.role);
    if (!changed.ok) {
      const reason = changed.reason;
      invariantResponse(reason !== "not-found", "Not found", { status: 404 });
      return refusal("role", REFUSALS.role[reason]);
    }
    return redirectWithToast("/settings/users", {
      kind: "success",
      message: `${changed.target.displayName} is now ${ROLE_LABELS[parsed.data.role].toLowerCase()}.`,
    });
  }

  const parsed = parseFormData(form, idSchema);
  if (!parsed.ok) return refusal(null, "Unknown action.");
  if (parsed.data.intent === "revoke-invite") {
    const revoked = revokeInvite(actor, parsed.data.inviteId ?? "");
    invariantResponse(revoked, "Not found", { status: 404 });
    return redirectWithToast("/settings/users", {
      kind: "success",
      message: `The invitation to ${revoked.email} was revoked.`,
    });
  }
  if (parsed.data.intent === "deactivate") {
    const changed = deactivateStaff(actor, parsed.data.userId ?? "");
    if (!changed.ok) {
      const reason = changed.reason;
      invariantResponse(reason !== "not-found", "Not found", { status: 404 });
      return refusal(null, REFUSALS.deactivate[reason]);
    }
    // Deactivation ends every session of the account at once.
    await endAllSessions(changed.target.id);
    return redirectWithToast("/settings/users", {
      kind: "success",
      message: `${changed.target.displayName} was deactivated and signed out everywhere.`,
    });
  }
  const changed = reactivateStaff(actor, parsed.data.userId ?? "");
  invariantResponse(changed.ok, "Not found", { status: 404 });
  return redirectWithToast("/settings/users", {
    kind: "success",
    message: `${changed.target.displayName} can sign in again.`,
  });
}

export default function UsersPage() {
  const { me, staff, pending } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const inviteErrors: Record<string, string | undefined> = result?.intent === "invite" ? result.errors : {};
  const values: Record<string, string | undefined> = result?.intent === "invite" ? result.values : {};
  return (
    <div className="space-y-6">
      <FormError message={result?.formError} />
      <Card title="Staff">
        <Table head={["Name", "Email", "Role", "Two-step", "Status", ""]} caption="Staff accounts">
          {staff.map((u) => (
            <tr key={u.id} className="hover:bg-slate-50">
              <Td className="font-medium">{u.displayName}</Td>
              <Td>{u.email}</Td>
              <Td>
                <Form method="post" className="flex items-center gap-2">
                  <input type="hidden" name="userId" value={u.id} />
                  <label className="sr-only" htmlFor={`role-${u.id}`}>
                    Role of {u.displayName}
                  </label>
                  <select
                    id={`role-${u.id}`}
                    name="role"
                    defaultValue={u.role}
                    className="rounded-md border-slate-300 py-1 text-sm ring-1 ring-slate-300"
                  >
                    {STAFF_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                  <Button
                    type="submit"
                    name="intent"
                    value="role"
                    variant="ghost"
                    aria-label={`Save role of ${u.displayName}`}
                  >
                    Save
                  </Button>
                </Form>
              </Td>
              <Td>{u.totpEnabledAt ? <Badge tone="green">On</Badge> : <Badge>Off</Badge>}</Td>
              <Td>{u.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">Deactivated</Badge>}</Td>
              <Td>
                {u.id === me ? (
                  <span className="text-xs text-slate-500">You</span>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="userId" value={u.id} />
                    {u.active ? (
                      <Button
                        type="submit"
                        name="intent"
                        value="deactivate"
                        variant="ghost"
                        aria-label={`Deactivate ${u.displayName}`}
                      >
                        Deactivate
                      </Button>
                    ) : (
                      <Button
                        type="submit"
                        name="intent"
                        value="reactivate"
                        variant="ghost"
                        aria-label={`Reactivate ${u.displayName}`}
                      >
                        Reactivate
                      </Button>
                    )}
                  </Form>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
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
          <Form method="post" className="space-y-4">
            <Field
              label="Name"
              name="displayName"
              required
              defaultValue={values.displayName}
              error={inviteErrors.displayName}
            />
            <Field
              label="Email"
              name="email"
              type="email"
              required
              defaultValue={values.email}
              error={inviteErrors.email}
            />
            <SelectField
              label="Role"
              name="role"
              defaultValue={values.role ?? "paralegal"}
              error={inviteErrors.role}
            >
              {STAFF_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </SelectField>
            <Button type="submit" name="intent" value="invite" pendingText="Sending…">
              Send invitation
            </Button>
          </Form>
        </Card>
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
                  <Form method="post">
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
                  </Form>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
