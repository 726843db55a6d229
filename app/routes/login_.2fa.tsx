import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import {
  challengedUser,
  recordTotpStep,
  recordTwoStepFailure,
  spendRecoveryCode,
} from "~/models/two-step.server";
import {
  NO_TWO_STEP_CODE,
  twoStepCodeSchema,
  twoStepFormOf,
  twoStepRecoverySchema,
} from "~/utils/account-schemas";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { completeLogin, endTwoFactorChallenge, readTwoFactorChallenge } from "~/utils/login.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { verifyTotp } from "~/utils/totp.server";

export const meta: MetaFunction = () => [{ title: "Two-step sign-in · Casewatch" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (!readTwoFactorChallenge(request)) throw redirect("/login");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const challenge = readTwoFactorChallenge(request);
  if (!challenge) throw redirect("/login");
  const form = await readForm(request);
  // Two forms on the page: the app's code, or a recovery code. Each answer says which one it is for.
  const which = twoStepFormOf(form);
  const parsed =
    which === "recovery"
      ? parseFormData(form, twoStepRecoverySchema)
      : parseFormData(form, twoStepCodeSchema);
  // The values never hold a code (forms.server.ts leaves them out): only redirectTo comes back.
  if (!parsed.ok) return refuse({ ...parsed, which });
  const values = parsed.values;
  const code = "code" in parsed.data ? parsed.data.code : null;
  const recoveryCode = "recoveryCode" in parsed.data ? parsed.data.recoveryCode : null;
  const redirectTo = parsed.data.redirectTo;
  if (which === "code" && !code) return refuse({ errors: { code: NO_TWO_STEP_CODE }, values, which });

  if (isRateLimited("2fa", { account: challenge.userId, ip }))
    return refuse({ values, formError: rateLimitMessage(), which }, 429);
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
  return refuse({
    values,
    which,
    formError: code
      ? "That code is not right, or it was already used. Wait for the next code and try again."
      : "That recovery code is not right, or it was already used.",
  });
}

export default function TwoFactor() {
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const redirectTo = params.get("redirectTo") ?? "";
  // Each form shows only the answers meant for it.
  const forRecovery = result?.which === "recovery";
  const [codeForm, codeFields] = useSchemaForm(twoStepCodeSchema, {
    id: "two-step-code",
    result: forRecovery ? undefined : result,
  });
  const [recoveryForm, recoveryFields] = useSchemaForm(twoStepRecoverySchema, {
    id: "two-step-recovery",
    result: forRecovery ? result : undefined,
  });
  return (
    <AuthLayout
      title="Two-step sign-in"
      intro="Open your authenticator app and enter the 6-digit code it shows for Casewatch."
    >
      <Form method="post" className="space-y-4" {...getFormProps(codeForm)}>
        <FormMessage form={codeForm} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <FormField
          meta={codeFields.code}
          label="Authentication code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          pattern="[0-9 ]*"
        />
        <Button type="submit" className="w-full" pendingText="Checking…">
          Verify
        </Button>
      </Form>
      {/* Open after a refused recovery code, so its message is in sight (also without JavaScript). */}
      <details className="mt-6 text-sm" open={forRecovery || undefined}>
        <summary className="cursor-pointer font-medium text-blue-700">Use a recovery code instead</summary>
        <Form method="post" className="mt-3 space-y-3" {...getFormProps(recoveryForm)}>
          <FormMessage form={recoveryForm} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <FormField
            meta={recoveryFields.recoveryCode}
            label="Recovery code"
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
