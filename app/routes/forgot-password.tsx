import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { Field, FormError } from "~/components/ui/field";
import { createPasswordReset } from "~/models/password-reset.server";
import { findUserByLogin } from "~/models/user.server";
import { sendMail } from "~/services/mailer.server";
import { parseWith, readForm } from "~/utils/forms.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { emailField } from "~/utils/validation";
import { publicOrigin } from "~/utils/origin.server";

export const meta: MetaFunction = () => [{ title: "Reset your password · Casewatch" }];

const schema = z.object({ email: emailField });
const SENT =
  "If an account uses that address, we have sent it a link to choose a new password. The link works once, for one hour.";

export async function action({ request, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const form = await readForm(request);
  const parsed = parseWith(schema, form);
  if (!parsed.ok)
    return data(
      { sent: false, errors: parsed.errors, email: parsed.values.email ?? "", formError: null },
      { status: 400 },
    );
  const { email } = parsed.data;
  if (isRateLimited("reset", { account: email, ip })) {
    return data({ sent: false, errors: {}, email, formError: rateLimitMessage() }, { status: 429 });
  }
  // Every request counts toward the limit: the answer is the same whether or not the account exists.
  recordFailure("reset", { account: email, ip });
  const user = findUserByLogin({ kind: "email", value: email });
  if (user?.active && user.email) {
    const token = createPasswordReset(user, ip);
    const origin = publicOrigin(request);
    await sendMail({
      firmId: user.firmId,
      to: user.email,
      subject: "Choose a new Casewatch password",
      text: `Someone (we hope you) asked to reset the password of your Casewatch account.\n\nChoose a new password here (the link works once, for one hour):\n${origin}/reset-password/${token}\n\nIf it was not you, ignore this message: your password has not changed.`,
    });
  }
  return data({ sent: true, errors: {}, email, formError: null });
}

export default function ForgotPassword() {
  const result = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  return (
    <AuthLayout
      title="Reset your password"
      intro="Enter the email address of your account. We will send it a link to choose a new password."
    >
      {result?.sent ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {SENT}
        </p>
      ) : (
        <Form method="post" className="space-y-4">
          <FormError message={result?.formError} />
          <Field
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={result?.email}
            error={errors.email}
          />
          <Button type="submit" className="w-full" pendingText="Sending…">
            Send reset link
          </Button>
        </Form>
      )}
      <p className="mt-4 text-center text-sm">
        <Link to="/login" className="font-medium text-blue-700 underline">
          Back to sign in
        </Link>
      </p>
    </AuthLayout>
  );
}
