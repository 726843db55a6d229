import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { getDb } from "#db/client";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { Field, FormError } from "~/components/ui/field";
import { findUserByLogin, hasAnyFirm } from "~/models/user.server";
import { writeAudit } from "~/utils/audit.server";
import { getOptionalUser, landingPathFor } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { parseWith, readForm } from "~/utils/forms.server";
import { safeRedirectPath } from "~/utils/http.server";
import { completeLogin, startTwoFactorChallenge } from "~/utils/login.server";
import { verifyAgainstDummy, verifyPassword } from "~/utils/password.server";
import { clearFailures, isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { normaliseLoginIdentifier } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: "Sign in · Casewatch" }];

const schema = z.object({
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
  const form = await readForm(request);
  const parsed = parseWith(schema, form);
  if (!parsed.ok)
    return data(
      { errors: parsed.errors, identifier: parsed.values.identifier ?? "", formError: null },
      { status: 400 },
    );
  const { identifier: rawIdentifier, password, redirectTo } = parsed.data;
  const identifier = normaliseLoginIdentifier(rawIdentifier);
  const accountKey = identifier?.value ?? rawIdentifier.toLowerCase();

  if (isRateLimited("login", { account: accountKey, ip })) {
    writeAudit(getDb(), {
      firmId: null,
      actorUserId: null,
      action: "auth.login_blocked",
      entityType: "user",
      ip,
    });
    return data({ errors: {}, identifier: rawIdentifier, formError: rateLimitMessage() }, { status: 429 });
  }

  const user = identifier ? findUserByLogin(identifier) : undefined;
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyAgainstDummy(password), false);
  if (!user || !ok || !user.active) {
    recordFailure("login", { account: accountKey, ip });
    writeAudit(getDb(), {
      firmId: user?.firmId ?? null,
      actorUserId: null,
      action: "auth.login_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      after: user && !user.active ? { reason: "deactivated" } : null,
      ip,
    });
    return data({ errors: {}, identifier: rawIdentifier, formError: WRONG }, { status: 400 });
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
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
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
      <Form method="post" className="space-y-4">
        <FormError message={result?.formError} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field
          label="Email or phone"
          name="identifier"
          autoComplete="username"
          required
          autoFocus
          defaultValue={result?.identifier}
          error={errors.identifier}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
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
