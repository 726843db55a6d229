import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { InviteForm, PendingInvites, StaffTable } from "~/components/settings/users-parts";
import { FormError } from "~/components/ui/field";
import { ROLE_LABELS } from "~/domain/permissions";
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
import type { FormFailure } from "~/utils/form-result";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
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
  return refuse({ ...extra, intent, inviteLink: null as string | null, formError });
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
    if (!parsed.ok)
      return refusal("role", "Choose a role.", { errors: parsed.errors, values: parsed.values });
    const changed = changeStaffRole(actor, parsed.data.userId, parsed.data.role);
    if (!changed.ok) {
      const reason = changed.reason;
      invariantResponse(reason !== "not-found", "Not found", { status: 404 });
      return refusal("role", REFUSALS.role[reason], { values: parsed.values });
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
  return (
    <div className="space-y-6">
      <FormError message={result?.formError} />
      <StaffTable me={me} staff={staff} result={result} />
      <div className="grid gap-6 lg:grid-cols-2">
        <InviteForm result={result} />
        <PendingInvites pending={pending} />
      </div>
    </div>
  );
}
