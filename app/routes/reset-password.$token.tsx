import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { Field, FormError } from "~/components/ui/field";
import { passwordProblem } from "~/domain/password-policy";
import { completePasswordReset, findPasswordReset } from "~/models/password-reset.server";
import { parseWith, readForm } from "~/utils/forms.server";
import { hashPassword } from "~/utils/password.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { redirectWithToast } from "~/utils/toast.server";
import { passwordField } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: "Choose a new password · Casewatch" }];

export async function loader({ params }: LoaderFunctionArgs) {
  return { valid: Boolean(findPasswordReset(params.token)) };
}

const schema = z.object({ password: passwordField("New password") });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  if (isRateLimited("reset-use", { ip }))
    return data({ errors: {}, formError: rateLimitMessage() }, { status: 429 });
  const reset = findPasswordReset(params.token);
  if (!reset) {
    recordFailure("reset-use", { ip });
    return data(
      { errors: {}, formError: "This link has expired or was already used. Ask for a new one." },
      { status: 400 },
    );
  }
  const parsed = parseWith(schema, await readForm(request));
  if (!parsed.ok) return data({ errors: parsed.errors, formError: null }, { status: 400 });
  const problem = passwordProblem(parsed.data.password, { email: reset.email });
  if (problem) return data({ errors: { password: problem }, formError: null }, { status: 400 });
  const passwordHash = await hashPassword(parsed.data.password);
  const used = completePasswordReset(reset, passwordHash, ip);
  if (!used)
    return data(
      { errors: {}, formError: "This link has expired or was already used. Ask for a new one." },
      { status: 400 },
    );
  return redirectWithToast("/login", {
    kind: "success",
    message: "Your password was changed. Sign in with the new one.",
  });
}

export default function ResetPassword() {
  const { valid } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  if (!valid && !result) {
    return (
      <AuthLayout title="This link does not work">
        <p className="text-sm text-slate-700">
          The link has expired (they last one hour) or was already used.
        </p>
        <p className="mt-4 text-sm">
          <Link to="/forgot-password" className="font-medium text-blue-700 underline">
            Ask for a new link
          </Link>
        </p>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title="Choose a new password"
      intro="All your signed-in sessions will end; you will sign in again with the new password."
    >
      <Form method="post" className="space-y-4">
        <FormError message={result?.formError} />
        <Field
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          error={errors.password}
          hint="At least 12 characters."
        />
        <Button type="submit" className="w-full" pendingText="Saving…">
          Save new password
        </Button>
      </Form>
    </AuthLayout>
  );
}
