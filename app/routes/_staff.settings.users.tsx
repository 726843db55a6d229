import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { and, count, desc, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "#db/client";
import { invites, users } from "#db/schema";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { Field, FormError, SelectField } from "~/components/ui/field";
import { Table, Td } from "~/components/ui/table";
import { ROLE_LABELS, STAFF_ROLES } from "~/domain/permissions";
import { auditableUser, emailInUse, getFirmUser, listFirmStaff } from "~/models/user.server";
import { sendMail } from "~/services/mailer.server";
import { writeAudit } from "~/utils/audit.server";
import { requirePermission } from "~/utils/auth.server";
import { createId, createToken, isoIn, sha256Hex } from "~/utils/crypto.server";
import { formatInstant } from "~/utils/format";
import { parseWith, readForm } from "~/utils/forms.server";
import { endAllSessions } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";
import { emailField, requiredText } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: "Users · Casewatch" }];

const INVITE_HOURS = 72;

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "manage:users");
  const pending = getDb()
    .select({
      id: invites.id,
      email: invites.email,
      displayName: invites.displayName,
      role: invites.role,
      expiresAt: invites.expiresAt,
    })
    .from(invites)
    .where(
      and(
        eq(invites.firmId, user.firmId),
        isNull(invites.acceptedAt),
        isNull(invites.revokedAt),
        gt(invites.expiresAt, new Date().toISOString()),
      ),
    )
    .orderBy(desc(invites.createdAt))
    .all();
  return { me: user.id, staff: listFirmStaff(user.firmId), pending };
}

const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: emailField,
  displayName: requiredText("Name", 120),
  role: z.enum(STAFF_ROLES, { error: "Choose a role." }),
});
const roleSchema = z.object({
  intent: z.literal("role"),
  userId: z.string().min(1).max(40),
  role: z.enum(STAFF_ROLES, { error: "Choose a role." }),
});
const idSchema = z.object({
  intent: z.enum(["deactivate", "reactivate", "revoke-invite"]),
  userId: z.string().max(40).optional(),
  inviteId: z.string().max(40).optional(),
});

function activeAdminCount(firmId: string): number {
  return (
    getDb()
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.firmId, firmId), eq(users.role, "admin"), eq(users.active, true)))
      .get()?.n ?? 0
  );
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requirePermission(args, "manage:users");
  const ip = args.context?.clientIp ?? null;
  const form = await readForm(args.request);
  const intent = form.get("intent");
  const db = getDb();

  if (intent === "invite") {
    const parsed = parseWith(inviteSchema, form);
    if (!parsed.ok)
      return data(
        { intent: "invite", errors: parsed.errors, values: parsed.values, formError: null, inviteLink: null },
        { status: 400 },
      );
    const { email, displayName, role } = parsed.data;
    if (emailInUse(email))
      return data(
        {
          intent: "invite",
          errors: { email: "Someone already has an account with this address." },
          values: parsed.values,
          formError: null,
          inviteLink: null,
        },
        { status: 400 },
      );
    const token = createToken();
    const inviteId = createId();
    db.transaction((tx) => {
      tx.insert(invites)
        .values({
          id: inviteId,
          firmId: admin.firmId,
          email,
          displayName,
          role,
          tokenHash: sha256Hex(token),
          expiresAt: isoIn(INVITE_HOURS * 3600_000),
          createdBy: admin.id,
        })
        .run();
      writeAudit(tx, {
        firmId: admin.firmId,
        actorUserId: admin.id,
        action: "invite.created",
        entityType: "invite",
        entityId: inviteId,
        after: { email, displayName, role },
        ip,
      });
    });
    const origin = process.env.APP_ORIGIN ?? new URL(args.request.url).origin;
    const link = `${origin}/invite/${token}`;
    await sendMail({
      firmId: admin.firmId,
      to: email,
      subject: `You are invited to ${admin.firm.name} on Casewatch`,
      text: `${admin.displayName} invited you to join ${admin.firm.name} on Casewatch as ${ROLE_LABELS[role].toLowerCase()}.\n\nChoose your password here (the link works once, for ${INVITE_HOURS} hours):\n${link}`,
    });
    return data({ intent: "invite", errors: {}, values: {}, formError: null, inviteLink: link });
  }

  if (intent === "role") {
    const parsed = parseWith(roleSchema, form);
    if (!parsed.ok)
      return data(
        { intent: "role", errors: parsed.errors, values: {}, formError: "Choose a role.", inviteLink: null },
        { status: 400 },
      );
    const target = getFirmUser(admin.firmId, parsed.data.userId);
    if (!target || target.role === "client") throw new Response("Not found", { status: 404 });
    if (
      target.role === "admin" &&
      parsed.data.role !== "admin" &&
      target.active &&
      activeAdminCount(admin.firmId) <= 1
    )
      return data(
        {
          intent: "role",
          errors: {},
          values: {},
          formError: "The firm needs at least one admin. Make someone else admin first.",
          inviteLink: null,
        },
        { status: 400 },
      );
    db.transaction((tx) => {
      tx.update(users)
        .set({ role: parsed.data.role, updatedAt: new Date().toISOString() })
        .where(and(eq(users.id, target.id), eq(users.firmId, admin.firmId)))
        .run();
      writeAudit(tx, {
        firmId: admin.firmId,
        actorUserId: admin.id,
        action: "user.role_changed",
        entityType: "user",
        entityId: target.id,
        before: { role: target.role },
        after: { role: parsed.data.role },
        ip,
      });
    });
    return redirectWithToast("/settings/users", {
      kind: "success",
      message: `${target.displayName} is now ${ROLE_LABELS[parsed.data.role].toLowerCase()}.`,
    });
  }

  const parsed = parseWith(idSchema, form);
  if (!parsed.ok)
    return data(
      { intent: null, errors: {}, values: {}, formError: "Unknown action.", inviteLink: null },
      { status: 400 },
    );
  if (parsed.data.intent === "revoke-invite") {
    const inv = db
      .select()
      .from(invites)
      .where(and(eq(invites.id, parsed.data.inviteId ?? ""), eq(invites.firmId, admin.firmId)))
      .get();
    if (!inv) throw new Response("Not found", { status: 404 });
    db.transaction((tx) => {
      tx.update(invites).set({ revokedAt: new Date().toISOString() }).where(eq(invites.id, inv.id)).run();
      writeAudit(tx, {
        firmId: admin.firmId,
        actorUserId: admin.id,
        action: "invite.revoked",
        entityType: "invite",
        entityId: inv.id,
        before: { email: inv.email, role: inv.role },
        ip,
      });
    });
    return redirectWithToast("/settings/users", {
      kind: "success",
      message: `The invitation to ${inv.email} was revoked.`,
    });
  }
  const target = getFirmUser(admin.firmId, parsed.data.userId ?? "");
  if (!target || target.role === "client") throw new Response("Not found", { status: 404 });
  if (parsed.data.intent === "deactivate") {
    if (target.id === admin.id)
      return data(
        {
          intent: null,
          errors: {},
          values: {},
          formError: "You cannot deactivate your own account.",
          inviteLink: null,
        },
        { status: 400 },
      );
    if (target.role === "admin" && activeAdminCount(admin.firmId) <= 1)
      return data(
        {
          intent: null,
          errors: {},
          values: {},
          formError: "The firm needs at least one active admin.",
          inviteLink: null,
        },
        { status: 400 },
      );
    db.transaction((tx) => {
      tx.update(users)
        .set({ active: false, updatedAt: new Date().toISOString() })
        .where(eq(users.id, target.id))
        .run();
      writeAudit(tx, {
        firmId: admin.firmId,
        actorUserId: admin.id,
        action: "user.deactivated",
        entityType: "user",
        entityId: target.id,
        before: auditableUser(target),
        after: { active: false },
        ip,
      });
    });
    // Deactivation ends every session of the account at once.
    await endAllSessions(target.id);
    return redirectWithToast("/settings/users", {
      kind: "success",
      message: `${target.displayName} was deactivated and signed out everywhere.`,
    });
  }
  db.transaction((tx) => {
    tx.update(users)
      .set({ active: true, updatedAt: new Date().toISOString() })
      .where(eq(users.id, target.id))
      .run();
    writeAudit(tx, {
      firmId: admin.firmId,
      actorUserId: admin.id,
      action: "user.reactivated",
      entityType: "user",
      entityId: target.id,
      before: { active: false },
      after: { active: true },
      ip,
    });
  });
  return redirectWithToast("/settings/users", {
    kind: "success",
    message: `${target.displayName} can sign in again.`,
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
