import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { findUserByLogin, hasAnyFirm } from "~/models/user.server";
import { recordAuditEvent } from "~/models/audit.server";
import { getOptionalUser, landingPathFor } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { parseForm, refuse } from "~/utils/forms.server";
import { safeRedirectPath } from "~/utils/http.server";
import { completeLogin, startTwoFactorChallenge } from "~/utils/login.server";
import { verifyAgainstDummy, verifyPassword } from "~/utils/password.server";
import { clearFailures, isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { normaliseLoginIdentifier } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: "Sign in · Casewatch" }];

const loginSchema = z.object({
  identifier: z.string().trim().min(1, "Enter your email or phone number.").max(254, "That is too long."),
  password: z.string().min(1, "Enter your password.").max(1024, "That is too long."),
  redirectTo: z.string().max(500).optional(),
});

export async function loader(args: LoaderFunctionArgs) {
  const user = await getOptionalUser(args);
  if (user) throw redirect(landingPathFor(user.role));
  if (!hasAnyFirm()) throw redirect("/setup");
  return { demo: env.demo };
}

const WRONG = "The email or phone number, or the password, is not right.";

export async function action({ request, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const parsed = await parseForm(request, loginSchema);
  if (!parsed.ok) return refuse(parsed);
  const { identifier: rawIdentifier, password, redirectTo } = parsed.data;
  const values = parsed.values;
  const identifier = normaliseLoginIdentifier(rawIdentifier);
  const accountKey = identifier?.value ?? rawIdentifier.toLowerCase();

  if (isRateLimited("login", { account: accountKey, ip })) {
    recordAuditEvent({
      firmId: null,
      actorUserId: null,
      action: "auth.login_blocked",
      entityType: "user",
      ip,
    });
    return refuse({ values, formError: rateLimitMessage() }, 429);
  }

  const user = identifier ? findUserByLogin(identifier) : undefined;
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyAgainstDummy(password), false);
  if (!user || !ok || !user.active) {
    recordFailure("login", { account: accountKey, ip });
    recordAuditEvent({
      firmId: user?.firmId ?? null,
      actorUserId: null,
      action: "auth.login_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      after: user && !user.active ? { reason: "deactivated" } : null,
      ip,
    });
    return refuse({ values, formError: WRONG });
  }
  clearFailures("login", accountKey);
  if (user.totpEnabledAt && user.totpSecret) {
    const cookie = startTwoFactorChallenge(user.id);
    // Only a target that would be followed is carried on to the second step.
    const next = safeRedirectPath(redirectTo, "");
    const to = next ? `/login/2fa?redirectTo=${encodeURIComponent(next)}` : "/login/2fa";
    return redirect(to, { headers: { "Set-Cookie": cookie } });
  }
  return completeLogin(user, request, ip, redirectTo ?? null, "password");
}

export default function Login() {
  const loaderData = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const [form, fields] = useSchemaForm(loginSchema, { result: useActionData<typeof action>() });
  return (
    <AuthLayout title="Sign in">
      {loaderData?.demo ? (
        <div
          role="note"
          aria-label="Demo"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <strong>This is a demo, for trying Casewatch.</strong> Never enter real clients or real case details
          here: anyone trying the demo can sign in, and its mail is kept inside the app instead of being sent.
        </div>
      ) : null}
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormMessage form={form} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <FormField
          meta={fields.identifier}
          label="Email or phone"
          autoComplete="username"
          required
          autoFocus
        />
        <FormField
          meta={fields.password}
          label="Password"
          type="password"
          autoComplete="current-password"
          required
        />
        <Button type="submit" className="w-full" pendingText="Signing in…">
          Sign in
        </Button>
      </Form>
      <p className="mt-4 text-center text-sm">
        <Link to="/forgot-password" className="font-medium text-blue-700 underline">
          Forgot your password?
        </Link>
      </p>
    </AuthLayout>
  );
}
