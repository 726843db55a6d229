import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { passwordProblem } from "~/domain/password-policy";
import { ROLE_LABELS } from "~/domain/permissions";
import { acceptInvite, findOpenInvite } from "~/models/invite-acceptance.server";
import { acceptInviteSchema } from "~/utils/account-schemas";
import { sha256Hex } from "~/utils/crypto.server";
import { parseForm, refuse } from "~/utils/forms.server";
import { completeLogin } from "~/utils/login.server";
import { hashPassword } from "~/utils/password.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";

export const meta: MetaFunction = () => [{ title: "Join your firm · Casewatch" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const invite = findOpenInvite(params.token);
  if (!invite) return { invite: null };
  return {
    invite: {
      email: invite.email,
      displayName: invite.displayName,
      role: ROLE_LABELS[invite.role],
      firmName: invite.firmName,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const tokenKey = sha256Hex(params.token ?? "");
  if (isRateLimited("invite", { account: tokenKey, ip }))
    return refuse({ formError: rateLimitMessage() }, 429);
  const invite = findOpenInvite(params.token);
  if (!invite) {
    recordFailure("invite", { account: tokenKey, ip });
    return refuse({
      formError:
        "This invitation has expired, was revoked or was already used. Ask your firm's admin for a new one.",
    });
  }
  const parsed = await parseForm(request, acceptInviteSchema);
  if (!parsed.ok) return refuse(parsed);
  // The values as typed, without the password (forms.server.ts leaves it out).
  const { data: fields, values } = parsed;
  const problem = passwordProblem(fields.password, { email: invite.email });
  if (problem) return refuse({ errors: { password: problem }, values });
  const passwordHash = await hashPassword(fields.password);
  const outcome = acceptInvite(invite, { displayName: fields.displayName, passwordHash }, ip);
  if (!outcome.ok && outcome.reason === "taken")
    return refuse({
      values,
      formError: "An account with this email address already exists. Sign in with it, or ask your admin.",
    });
  if (!outcome.ok) return refuse({ values, formError: "This invitation was already used." });
  return completeLogin(
    { id: outcome.userId, firmId: invite.firmId, role: invite.role },
    request,
    ip,
    null,
    "password",
  );
}

export default function AcceptInvite() {
  const { invite } = useLoaderData<typeof loader>();
  const [form, fields] = useSchemaForm(acceptInviteSchema, {
    result: useActionData<typeof action>(),
    defaultValue: { displayName: invite?.displayName },
  });
  if (!invite) {
    return (
      <AuthLayout title="This invitation does not work">
        <p className="text-sm text-slate-700">
          It has expired (invitations last 72 hours), was revoked, or was already used. Ask your firm's admin
          to invite you again.
        </p>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title={`Join ${invite.firmName}`}
      intro={
        <>
          You were invited as <strong>{invite.role}</strong> with the address <strong>{invite.email}</strong>.
          Choose your password to finish.
        </>
      }
    >
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormMessage form={form} />
        <FormField meta={fields.displayName} label="Your name" autoComplete="name" required />
        <FormField
          meta={fields.password}
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          hint="At least 12 characters."
        />
        <Button type="submit" className="w-full" pendingText="Creating your account…">
          Create account
        </Button>
      </Form>
    </AuthLayout>
  );
}
