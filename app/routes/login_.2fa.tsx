import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { Field, FormError } from "~/components/ui/field";
import {
  challengedUser,
  recordTotpStep,
  recordTwoStepFailure,
  spendRecoveryCode,
} from "~/models/two-step.server";
import { parseWith, readForm } from "~/utils/forms.server";
import { completeLogin, endTwoFactorChallenge, readTwoFactorChallenge } from "~/utils/login.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { verifyTotp } from "~/utils/totp.server";

export const meta: MetaFunction = () => [{ title: "Two-step sign-in · Casewatch" }];

const schema = z.object({
  code: z.string().trim().max(20).optional(),
  recoveryCode: z.string().trim().max(40).optional(),
  redirectTo: z.string().max(500).optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  if (!readTwoFactorChallenge(request)) throw redirect("/login");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const challenge = readTwoFactorChallenge(request);
  if (!challenge) throw redirect("/login");
  const form = await readForm(request);
  const parsed = parseWith(schema, form);
  if (!parsed.ok)
    return data({ formError: "Enter the 6-digit code from your app, or a recovery code." }, { status: 400 });
  const { code, recoveryCode, redirectTo } = parsed.data;
  if (!code && !recoveryCode)
    return data({ formError: "Enter the 6-digit code from your app, or a recovery code." }, { status: 400 });

  if (isRateLimited("2fa", { account: challenge.userId, ip }))
    return data({ formError: rateLimitMessage() }, { status: 429 });
  const user = challengedUser(challenge.userId);
  if (!user?.active || !user.totpSecret) throw redirect("/login");

  if (code) {
    const step = verifyTotp(user.totpSecret, code, user.totpLastStep);
    if (step !== null) {
      recordTotpStep(user.id, step);
      return completeLogin(user, request, ip, redirectTo ?? null, "totp", [
        endTwoFactorChallenge(challenge.id),
      ]);
    }
  } else if (recoveryCode) {
    if (spendRecoveryCode(user, recoveryCode, ip)) {
      return completeLogin(user, request, ip, redirectTo ?? null, "recovery_code", [
        endTwoFactorChallenge(challenge.id),
      ]);
    }
  }
  recordFailure("2fa", { account: user.id, ip });
  recordTwoStepFailure(user, ip);
  return data(
    {
      formError: code
        ? "That code is not right, or it was already used. Wait for the next code and try again."
        : "That recovery code is not right, or it was already used.",
    },
    { status: 400 },
  );
}

export default function TwoFactor() {
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const redirectTo = params.get("redirectTo") ?? "";
  return (
    <AuthLayout
      title="Two-step sign-in"
      intro="Open your authenticator app and enter the 6-digit code it shows for Casewatch."
    >
      <Form method="post" className="space-y-4">
        <FormError message={result?.formError} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          label="Authentication code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          pattern="[0-9 ]*"
        />
        <Button type="submit" className="w-full" pendingText="Checking…">
          Verify
        </Button>
      </Form>
      <details className="mt-6 text-sm">
        <summary className="cursor-pointer font-medium text-blue-700">Use a recovery code instead</summary>
        <Form method="post" className="mt-3 space-y-3">
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <Field
            label="Recovery code"
            name="recoveryCode"
            autoComplete="off"
            hint="One of the ten codes you saved when you turned on two-step sign-in. Each works once."
          />
          <Button type="submit" variant="secondary" className="w-full">
            Sign in with recovery code
          </Button>
        </Form>
      </details>
    </AuthLayout>
  );
}
