import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "#db/client";
import { passwordResets, users } from "#db/schema";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { Field, FormError } from "~/components/ui/field";
import { passwordProblem } from "~/domain/password-policy";
import { writeAudit } from "~/utils/audit.server";
import { sha256Hex } from "~/utils/crypto.server";
import { parseWith, readForm } from "~/utils/forms.server";
import { hashPassword } from "~/utils/password.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { endSessionsIn } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";
import { passwordField } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: "Choose a new password · Casewatch" }];

function findReset(token: string | undefined) {
  if (!token || token.length > 100) return undefined;
  return getDb()
    .select({
      id: passwordResets.id,
      userId: passwordResets.userId,
      email: users.email,
      firmId: users.firmId,
    })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(
      and(
        eq(passwordResets.tokenHash, sha256Hex(token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date().toISOString()),
        eq(users.active, true),
      ),
    )
    .get();
}

export async function loader({ params }: LoaderFunctionArgs) {
  return { valid: Boolean(findReset(params.token)) };
}

const schema = z.object({ password: passwordField("New password") });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  if (isRateLimited("reset-use", { ip }))
    return data({ errors: {}, formError: rateLimitMessage() }, { status: 429 });
  const reset = findReset(params.token);
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
  const now = new Date().toISOString();
  const used = getDb().transaction((tx) => {
    // Single use, even if two tabs submit at once: only the update that finds it unused wins.
    const res = tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.id, reset.id), isNull(passwordResets.usedAt)))
      .run();
    if (res.changes !== 1) return false;
    tx.update(users)
      .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, reset.userId))
      .run();
    const sessionsEnded = endSessionsIn(tx, reset.userId);
    writeAudit(tx, {
      firmId: reset.firmId,
      actorUserId: reset.userId,
      action: "auth.password_reset",
      entityType: "user",
      entityId: reset.userId,
      after: { sessionsEnded },
      ip,
    });
    return true;
  });
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
