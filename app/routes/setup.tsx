import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { Field, FormError } from "~/components/ui/field";
import { passwordProblem } from "~/domain/password-policy";
import { createFirstFirm } from "~/models/setup.server";
import { hasAnyFirm } from "~/models/user.server";
import { invalid, parseWith, readForm } from "~/utils/forms.server";
import { hashPassword } from "~/utils/password.server";
import { recordFailure, isRateLimited, rateLimitMessage } from "~/utils/rate-limit.server";
import { createSession } from "~/utils/session.server";
import { checkSetupCode } from "~/utils/setup.server";
import { emailField, passwordField, requiredText, slugField } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: "Set up Casewatch" }];

const schema = z.object({
  setupCode: z.string({ error: "Enter the setup code." }).trim().min(1, "Enter the setup code."),
  firmName: requiredText("Firm name", 120),
  firmSlug: slugField,
  displayName: requiredText("Your name", 120),
  email: emailField,
  password: passwordField(),
});

export async function loader(_: LoaderFunctionArgs) {
  // Once a firm exists, setup is over: nobody can claim the server again.
  if (hasAnyFirm()) throw redirect("/login");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (hasAnyFirm()) throw redirect("/login");
  const ip = context?.clientIp ?? null;
  const form = await readForm(request);
  const parsed = parseWith(schema, form);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const values = parsed.data;
  if (isRateLimited("setup", { ip })) return invalid({}, formValuesOf(values), rateLimitMessage());
  if (!checkSetupCode(values.setupCode)) {
    recordFailure("setup", { ip });
    return invalid(
      { setupCode: "That setup code is not right. It is printed in the server's console when it starts." },
      formValuesOf(values),
    );
  }
  const problem = passwordProblem(values.password, { email: values.email });
  if (problem) return invalid({ password: problem }, formValuesOf(values));

  const passwordHash = await hashPassword(values.password);
  const created = createFirstFirm(
    {
      firmName: values.firmName,
      firmSlug: values.firmSlug,
      displayName: values.displayName,
      email: values.email,
      passwordHash,
    },
    ip,
  );
  if (!created) throw redirect("/login");
  const { cookie } = await createSession(created.userId, {
    ip,
    userAgent: request.headers.get("user-agent"),
  });
  return redirect("/dashboard", { headers: { "Set-Cookie": cookie } });
}

function formValuesOf(v: z.output<typeof schema>): Record<string, string> {
  return { firmName: v.firmName, firmSlug: v.firmSlug, displayName: v.displayName, email: v.email };
}

export default function Setup() {
  const result = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const values: Record<string, string | undefined> = result?.values ?? {};
  return (
    <AuthLayout
      title="Set up Casewatch"
      intro="Create your firm and its first admin account. The setup code is printed in the console of the server when it starts (or is the SETUP_TOKEN you set)."
    >
      <Form method="post" className="space-y-4" noValidate>
        <FormError message={result?.formError} />
        <Field label="Setup code" name="setupCode" autoComplete="off" required error={errors.setupCode} />
        <Field
          label="Firm name"
          name="firmName"
          defaultValue={values.firmName}
          required
          error={errors.firmName}
        />
        <Field
          label="Short name"
          name="firmSlug"
          defaultValue={values.firmSlug}
          required
          error={errors.firmSlug}
          hint="Lower-case letters, digits and dashes, used in links and commands (e.g. smith-law)."
        />
        <Field
          label="Your name"
          name="displayName"
          autoComplete="name"
          defaultValue={values.displayName}
          required
          error={errors.displayName}
        />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          required
          error={errors.email}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          error={errors.password}
          hint="At least 12 characters. A few unrelated words work well."
        />
        <Button type="submit" className="w-full" pendingText="Creating your firm…">
          Create firm
        </Button>
      </Form>
      <p className="mt-6 border-t border-slate-200 pt-4 text-center text-sm text-slate-600">
        Or move an existing firm here:{" "}
        <Link to="/setup/import" className="text-blue-800 underline">
          import an export file
        </Link>
      </p>
    </AuthLayout>
  );
}
