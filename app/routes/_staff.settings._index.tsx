import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { changeOwnName, changeOwnPassword, passwordHashOf } from "~/models/account.server";
import { activeFeed } from "~/models/calendar.server";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, FormError } from "~/components/ui/field";
import { passwordProblem } from "~/domain/password-policy";
import { formatInstant } from "~/utils/format";
import { ROLE_LABELS } from "~/domain/permissions";
import { requireStaff } from "~/utils/auth.server";
import { parseWith, readForm } from "~/utils/forms.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { endOtherSessions } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";
import { passwordField, requiredText } from "~/utils/validation";

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

const profileSchema = z.object({ intent: z.literal("profile"), displayName: requiredText("Your name", 120) });
const passwordSchema = z.object({
  intent: z.literal("password"),
  currentPassword: passwordField("Current password"),
  newPassword: passwordField("New password"),
});

export async function action(args: ActionFunctionArgs) {
  const user = await requireStaff(args, { allowWithout2fa: true });
  const ip = args.context?.clientIp ?? null;
  const form = await readForm(args.request);
  const actor = { id: user.id, firmId: user.firmId, ip };
  if (form.get("intent") === "profile") {
    const parsed = parseWith(profileSchema, form);
    if (!parsed.ok)
      return data(
        { intent: "profile", errors: parsed.errors, values: parsed.values, formError: null },
        { status: 400 },
      );
    changeOwnName(actor, user.displayName, parsed.data.displayName);
    return redirectWithToast("/settings", { kind: "success", message: "Your name was saved." });
  }
  if (form.get("intent") === "password") {
    const parsed = parseWith(passwordSchema, form);
    if (!parsed.ok)
      return data(
        { intent: "password", errors: parsed.errors, values: {}, formError: null },
        { status: 400 },
      );
    if (isRateLimited("password-change", { account: user.id }))
      return data(
        { intent: "password", errors: {}, values: {}, formError: rateLimitMessage() },
        { status: 429 },
      );
    const currentHash = passwordHashOf(user.id);
    if (!currentHash || !(await verifyPassword(currentHash, parsed.data.currentPassword))) {
      recordFailure("password-change", { account: user.id });
      return data(
        {
          intent: "password",
          errors: { currentPassword: "That is not your current password." },
          values: {},
          formError: null,
        },
        { status: 400 },
      );
    }
    const problem = passwordProblem(parsed.data.newPassword, { email: user.email });
    if (problem)
      return data(
        { intent: "password", errors: { newPassword: problem }, values: {}, formError: null },
        { status: 400 },
      );
    const passwordHash = await hashPassword(parsed.data.newPassword);
    changeOwnPassword(actor, passwordHash);
    // Anyone else holding a session of this account is signed out; this browser stays in.
    endOtherSessions(user.id, user.sessionId);
    return redirectWithToast("/settings", {
      kind: "success",
      message: "Your password was changed. Your other sessions were signed out.",
    });
  }
  return data({ intent: null, errors: {}, values: {}, formError: "Unknown action." }, { status: 400 });
}

export default function Profile() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const profileErrors: Record<string, string | undefined> = result?.intent === "profile" ? result.errors : {};
  const pwErrors: Record<string, string | undefined> = result?.intent === "password" ? result.errors : {};
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Profile">
        <Form method="post" className="space-y-4">
          <input type="hidden" name="intent" value="profile" />
          <Field
            label="Your name"
            name="displayName"
            defaultValue={(result?.intent === "profile" && result.values.displayName) || d.displayName}
            required
            error={profileErrors.displayName}
          />
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
        <Form method="post" className="space-y-4">
          <FormError message={result?.intent === "password" ? result.formError : null} />
          <Field
            label="Current password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            error={pwErrors.currentPassword}
          />
          <Field
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            error={pwErrors.newPassword}
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
