import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { passwordProblem } from "~/domain/password-policy";
import { createFirstFirm } from "~/models/setup.server";
import { hasAnyFirm } from "~/models/user.server";
import { setupSchema } from "~/utils/account-schemas";
import { parseForm, refuse } from "~/utils/forms.server";
import { hashPassword } from "~/utils/password.server";
import { recordFailure, isRateLimited, rateLimitMessage } from "~/utils/rate-limit.server";
import { createSession } from "~/utils/session.server";
import { checkSetupCode } from "~/utils/setup.server";

export const meta: MetaFunction = () => [{ title: "Set up Casewatch" }];

export async function loader(_: LoaderFunctionArgs) {
  // Once a firm exists, setup is over: nobody can claim the server again.
  if (hasAnyFirm()) throw redirect("/login");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (hasAnyFirm()) throw redirect("/login");
  const ip = context?.clientIp ?? null;
  const parsed = await parseForm(request, setupSchema);
  if (!parsed.ok) return refuse(parsed);
  // The values as typed, without the setup code and the password (forms.server.ts leaves those out).
  const { data: fields, values } = parsed;
  if (isRateLimited("setup", { ip })) return refuse({ values, formError: rateLimitMessage() }, 429);
  if (!checkSetupCode(fields.setupCode)) {
    recordFailure("setup", { ip });
    return refuse({
      errors: {
        setupCode: "That setup code is not right. It is printed in the server's console when it starts.",
      },
      values,
    });
  }
  const problem = passwordProblem(fields.password, { email: fields.email });
  if (problem) return refuse({ errors: { password: problem }, values });

  const passwordHash = await hashPassword(fields.password);
  const created = createFirstFirm(
    {
      firmName: fields.firmName,
      firmSlug: fields.firmSlug,
      displayName: fields.displayName,
      email: fields.email,
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

export default function Setup() {
  const [form, fields] = useSchemaForm(setupSchema, { result: useActionData<typeof action>() });
  return (
    <AuthLayout
      title="Set up Casewatch"
      intro="Create your firm and its first admin account. The setup code is printed in the console of the server when it starts (or is the SETUP_TOKEN you set)."
    >
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormMessage form={form} />
        <FormField meta={fields.setupCode} label="Setup code" autoComplete="off" required />
        <FormField meta={fields.firmName} label="Firm name" required />
        <FormField
          meta={fields.firmSlug}
          label="Short name"
          required
          hint="Lower-case letters, digits and dashes, used in links and commands (e.g. smith-law)."
        />
        <FormField meta={fields.displayName} label="Your name" autoComplete="name" required />
        <FormField meta={fields.email} label="Email" type="email" autoComplete="email" required />
        <FormField
          meta={fields.password}
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
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
