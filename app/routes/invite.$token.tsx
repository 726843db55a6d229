import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { Field, FormError } from "~/components/ui/field";
import { passwordProblem } from "~/domain/password-policy";
import { ROLE_LABELS } from "~/domain/permissions";
import { acceptInvite, findOpenInvite } from "~/models/invite-acceptance.server";
import { sha256Hex } from "~/utils/crypto.server";
import { parseWith, readForm } from "~/utils/forms.server";
import { completeLogin } from "~/utils/login.server";
import { hashPassword } from "~/utils/password.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { passwordField, requiredText } from "~/utils/validation";

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

const schema = z.object({ displayName: requiredText("Your name", 120), password: passwordField() });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const tokenKey = sha256Hex(params.token ?? "");
  if (isRateLimited("invite", { account: tokenKey, ip }))
    return data({ errors: {}, values: {}, formError: rateLimitMessage() }, { status: 429 });
  const invite = findOpenInvite(params.token);
  if (!invite) {
    recordFailure("invite", { account: tokenKey, ip });
    return data(
      {
        errors: {},
        values: {},
        formError:
          "This invitation has expired, was revoked or was already used. Ask your firm's admin for a new one.",
      },
      { status: 400 },
    );
  }
  const form = await readForm(request);
  const parsed = parseWith(schema, form);
  if (!parsed.ok)
    return data({ errors: parsed.errors, values: parsed.values, formError: null }, { status: 400 });
  const problem = passwordProblem(parsed.data.password, { email: invite.email });
  if (problem)
    return data({ errors: { password: problem }, values: parsed.values, formError: null }, { status: 400 });
  const passwordHash = await hashPassword(parsed.data.password);
  const outcome = acceptInvite(invite, { displayName: parsed.data.displayName, passwordHash }, ip);
  if (!outcome.ok && outcome.reason === "taken")
    return data(
      {
        errors: {},
        values: parsed.values,
        formError: "An account with this email address already exists. Sign in with it, or ask your admin.",
      },
      { status: 400 },
    );
  if (!outcome.ok)
    return data(
      { errors: {}, values: parsed.values, formError: "This invitation was already used." },
      { status: 400 },
    );
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
  const result = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const values: Record<string, string | undefined> = result?.values ?? {};
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
      <Form method="post" className="space-y-4">
        <FormError message={result?.formError} />
        <Field
          label="Your name"
          name="displayName"
          autoComplete="name"
          required
          defaultValue={values.displayName ?? invite.displayName}
          error={errors.displayName}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          error={errors.password}
          hint="At least 12 characters."
        />
        <Button type="submit" className="w-full" pendingText="Creating your account…">
          Create account
        </Button>
      </Form>
    </AuthLayout>
  );
}
