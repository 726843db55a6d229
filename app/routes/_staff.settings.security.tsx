import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import QRCode from "qrcode";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { ActionForm } from "~/components/settings/action-form";
import { FormError } from "~/components/ui/field";
import { FormField, useSchemaForm } from "~/components/ui/form";
import {
  disableTwoStep,
  enableTwoStep,
  regenerateRecoveryCodes,
  startTwoStepSetup,
  twoStepState,
  unusedRecoveryCodeCount,
} from "~/models/two-step.server";
import { requireStaff } from "~/utils/auth.server";
import type { FormFailure } from "~/utils/form-result";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { redirectWithToast } from "~/utils/toast.server";
import { invariantResponse } from "~/utils/http.server";
import { twoStepChangeSchema, twoStepConfirmSchema, twoStepStartSchema } from "~/utils/settings-schemas";
import { totpUri, verifyTotp } from "~/utils/totp.server";

export const meta: MetaFunction = () => [{ title: "Two-step sign-in · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireStaff(args, { allowWithout2fa: true });
  const row = twoStepState(user.id);
  const remaining = unusedRecoveryCodeCount(user.id);
  let pending: { secret: string; qr: string } | null = null;
  if (row?.totpSecret && !row.totpEnabledAt) {
    const uri = totpUri(row.totpSecret, user.email ?? user.displayName);
    pending = {
      secret: row.totpSecret.replace(/(.{4})/g, "$1 ").trim(),
      qr: await QRCode.toDataURL(uri, { margin: 1, width: 200 }),
    };
  }
  return { enabledAt: row?.totpEnabledAt ?? null, pending, remaining, required: user.firm.require2fa };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireStaff(args, { allowWithout2fa: true });
  const ip = args.context?.clientIp ?? null;
  const form = await readForm(args.request);
  const intent = form.get("intent");
  const row = twoStepState(user.id);
  invariantResponse(row, "Not found", { status: 404 });
  const no = (formError: string | null, f: Partial<FormFailure> = {}, status = 400) =>
    refuse({ ...f, formError, codes: null as string[] | null }, status);

  if (intent === "start") {
    if (!parseFormData(form, twoStepStartSchema).ok) return no("Unknown action.");
    if (row.totpEnabledAt) return no("Two-step sign-in is already on.");
    startTwoStepSetup(user.id);
    return redirectWithToast("/settings/security", {
      kind: "info",
      message: "Scan the code with your authenticator app, then enter the code it shows.",
    });
  }

  if (intent === "confirm" || intent === "regenerate" || intent === "disable") {
    if (!row.totpSecret) return no("Start the set-up again.");
    if (isRateLimited("2fa", { account: user.id, ip })) return no(rateLimitMessage(), {}, 429);
    const parsed = parseFormData(form, intent === "confirm" ? twoStepConfirmSchema : twoStepChangeSchema);
    if (!parsed.ok) return no(null, parsed);
    const step = verifyTotp(row.totpSecret, parsed.data.code, row.totpLastStep);
    if (step === null) {
      recordFailure("2fa", { account: user.id, ip });
      return no("That code is not right. Enter the 6-digit code your app shows now.", {
        values: parsed.values,
      });
    }
    const actor = { id: user.id, firmId: user.firmId, ip };
    if (intent === "confirm") {
      if (row.totpEnabledAt) return no("Two-step sign-in is already on.");
      const codes = enableTwoStep(actor, step);
      return data({ ok: true as const, formError: null, codes });
    }
    if (!row.totpEnabledAt) return no("Two-step sign-in is not on.");
    if (intent === "regenerate") {
      const codes = regenerateRecoveryCodes(actor, step);
      return data({ ok: true as const, formError: null, codes });
    }
    if (user.firm.require2fa)
      return no("Your firm requires two-step sign-in for all staff, so it cannot be turned off.");
    disableTwoStep(actor);
    return redirectWithToast("/settings/security", { kind: "success", message: "Two-step sign-in is off." });
  }
  return no("Unknown action.");
}

export default function Security() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const codes: string[] | null | undefined = result?.codes;
  return (
    <div className="max-w-2xl space-y-6">
      {params.get("required") && !d.enabledAt ? (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
        >
          Your firm requires two-step sign-in for all staff. Turn it on to continue to the rest of Casewatch.
        </div>
      ) : null}
      <FormError message={result?.formError} />
      {codes ? (
        <Card title="Your recovery codes">
          <p className="text-sm text-slate-700">
            Keep these somewhere safe (a password manager, or printed in a locked drawer). Each code signs you
            in once if you lose your phone. They are shown only now.
          </p>
          <ul aria-label="Recovery codes" className="mt-4 grid grid-cols-2 gap-2 font-mono text-sm">
            {codes.map((c) => (
              <li key={c} className="rounded bg-slate-100 px-2 py-1">
                {c}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {d.enabledAt ? (
        <Card title="Two-step sign-in is on">
          <p className="text-sm text-slate-700">
            Each sign-in asks for a code from your authenticator app. Recovery codes left:{" "}
            <strong>{d.remaining}</strong> of 10.
          </p>
          <ChangeForm result={result} required={d.required} />
        </Card>
      ) : d.pending ? (
        <Card title="Set up your authenticator app">
          <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-700">
            <li>Open an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password…).</li>
            <li>Scan this code, or type the key below.</li>
            <li>Enter the 6-digit code the app shows.</li>
          </ol>
          <div className="mt-4 flex flex-wrap items-center gap-6">
            <img
              src={d.pending.qr}
              alt="QR code to add Casewatch to your authenticator app"
              width={200}
              height={200}
            />
            <p className="text-sm">
              Key:{" "}
              <code className="font-mono break-all select-all" data-testid="totp-secret">
                {d.pending.secret}
              </code>
            </p>
          </div>
          <ConfirmForm result={result} />
        </Card>
      ) : (
        <Card title="Two-step sign-in is off">
          <p className="text-sm text-slate-700">
            With two-step sign-in, a stolen password is not enough to open your clients' files: each sign-in
            also asks for a code from an app on your phone.
          </p>
          <ActionForm schema={twoStepStartSchema} id="two-step-start" className="mt-4">
            <Button type="submit" name="intent" value="start">
              Set up two-step sign-in
            </Button>
          </ActionForm>
        </Card>
      )}
    </div>
  );
}

// The refusal's message is shown once, at the top of the page; the forms show their field's message.
const CODE = { label: "Code from your app", inputMode: "numeric", autoComplete: "one-time-code" } as const;

/** Turning two-step sign-in on: the first code from the app. */
function ConfirmForm({ result }: { result: unknown }) {
  const [form, f] = useSchemaForm(twoStepConfirmSchema, { id: "two-step-confirm", result });
  return (
    <Form method="post" className="mt-4 space-y-3" {...getFormProps(form)}>
      <FormField meta={f.code} {...CODE} required />
      <Button type="submit" name="intent" value="confirm" pendingText="Checking…">
        Turn on two-step sign-in
      </Button>
    </Form>
  );
}

/** While it is on: new recovery codes, or turning it off (not when the firm requires it). */
function ChangeForm({ result, required }: { result: unknown; required: boolean }) {
  const [form, f] = useSchemaForm(twoStepChangeSchema, { id: "two-step-change", result });
  return (
    <Form method="post" className="mt-4 space-y-3" {...getFormProps(form)}>
      <FormField
        meta={f.code}
        {...CODE}
        hint="Needed to make new recovery codes or to turn two-step sign-in off."
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="regenerate" variant="secondary">
          Make new recovery codes
        </Button>
        {!required ? (
          <Button type="submit" name="intent" value="disable" variant="danger">
            Turn off two-step sign-in
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
