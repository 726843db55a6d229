import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { changeOwnName, changeOwnPassword, passwordHashOf } from "~/models/account.server";
import { activeFeed } from "~/models/calendar.server";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { passwordProblem } from "~/domain/password-policy";
import { formatInstant } from "~/utils/format";
import { ROLE_LABELS } from "~/domain/permissions";
import { requireStaff } from "~/utils/auth.server";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { endOtherSessions } from "~/utils/session.server";
import { passwordChangeSchema, profileSchema } from "~/utils/settings-schemas";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Settings · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireStaff(args, { allowWithout2fa: true });
  const feed = activeFeed(user.id);
  return {
    displayName: user.displayName,
    email: user.email,
    role: ROLE_LABELS[user.role],
    firmName: user.firm.name,
    feed: feed ? { createdAt: feed.createdAt, lastUsedAt: feed.lastUsedAt } : null,
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireStaff(args, { allowWithout2fa: true });
  const ip = args.context?.clientIp ?? null;
  const form = await readForm(args.request);
  const actor = { id: user.id, firmId: user.firmId, ip };
  if (form.get("intent") === "profile") {
    const parsed = parseFormData(form, profileSchema);
    if (!parsed.ok) return refuse({ ...parsed, intent: "profile" as const });
    changeOwnName(actor, user.displayName, parsed.data.displayName);
    return redirectWithToast("/settings", { kind: "success", message: "Your name was saved." });
  }
  if (form.get("intent") === "password") {
    // Nothing typed in this form is sent back: both fields are passwords.
    const no = (f: { errors?: Record<string, string>; formError?: string }, status = 400) =>
      refuse({ ...f, values: { intent: "password" }, intent: "password" as const }, status);
    const parsed = parseFormData(form, passwordChangeSchema);
    if (!parsed.ok) return no({ errors: parsed.errors });
    if (isRateLimited("password-change", { account: user.id }))
      return no({ formError: rateLimitMessage() }, 429);
    const currentHash = passwordHashOf(user.id);
    if (!currentHash || !(await verifyPassword(currentHash, parsed.data.currentPassword))) {
      recordFailure("password-change", { account: user.id });
      return no({ errors: { currentPassword: "That is not your current password." } });
    }
    const problem = passwordProblem(parsed.data.newPassword, { email: user.email });
    if (problem) return no({ errors: { newPassword: problem } });
    const passwordHash = await hashPassword(parsed.data.newPassword);
    changeOwnPassword(actor, passwordHash);
    // Anyone else holding a session of this account is signed out; this browser stays in.
    endOtherSessions(user.id, user.sessionId);
    return redirectWithToast("/settings", {
      kind: "success",
      message: "Your password was changed. Your other sessions were signed out.",
    });
  }
  return refuse({ intent: null, formError: "Unknown action." });
}

export default function Profile() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [profile, p] = useSchemaForm(profileSchema, {
    id: "profile",
    result: result?.intent === "profile" ? result : undefined,
    defaultValue: { displayName: d.displayName },
  });
  const [password, pw] = useSchemaForm(passwordChangeSchema, {
    id: "password",
    result: result?.intent === "password" ? result : undefined,
  });
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Profile">
        <Form method="post" className="space-y-4" {...getFormProps(profile)}>
          <FormMessage form={profile} />
          <FormField meta={p.displayName} label="Your name" required />
          <p className="text-sm text-slate-600">
            {d.email} · {d.role} at {d.firmName}
          </p>
          <Button type="submit" name="intent" value="profile" pendingText="Saving…">
            Save name
          </Button>
        </Form>
      </Card>
      <Card title="Calendar subscription">
        <p className="text-sm text-slate-700">
          {d.feed
            ? `You have a private calendar link, made ${formatInstant(d.feed.createdAt)} UTC; ${d.feed.lastUsedAt ? `last read ${formatInstant(d.feed.lastUsedAt)} UTC` : "not yet read by a calendar app"}. Its address was shown once, when it was made.`
            : "You have no calendar link yet."}
        </p>
        <p className="mt-2 text-sm">
          <Link to="/calendar#feed" className="font-medium text-blue-700 underline">
            Manage it on the calendar page
          </Link>
        </p>
      </Card>
      <Card title="Change password">
        <Form method="post" className="space-y-4" {...getFormProps(password)}>
          <FormMessage form={password} />
          <FormField
            meta={pw.currentPassword}
            label="Current password"
            type="password"
            autoComplete="current-password"
            required
          />
          <FormField
            meta={pw.newPassword}
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            hint="At least 12 characters. Your other sessions will be signed out."
          />
          <Button type="submit" name="intent" value="password" pendingText="Changing…">
            Change password
          </Button>
        </Form>
      </Card>
    </div>
  );
}
