import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { countSegments, describeSegments } from "~/domain/sms-segments";
import { normaliseE164, toE164 } from "~/domain/sms-phone";
import { recordSmsTest, saveSmsSettings, smsSettingsView } from "~/models/sms.server";
import { canStoreSecrets, encryptSecret } from "~/services/sms-secret.server";
import { environmentAccount, sendTestSms, smsAccountFor } from "~/services/sms.server";
import { requirePermission } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { smsSettingsSchema, smsTestSchema } from "~/utils/sms-schemas";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Text messages · Settings · Casewatch" }];

const testText = (firmName: string) =>
  `${firmName}: a test text from Casewatch. Appointment reminders will come from this number.`;

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "manage:firm");
  const text = testText(user.firm.name);
  const envAccount = environmentAccount();
  return {
    settings: smsSettingsView(user.firmId),
    canStoreSecrets: canStoreSecrets(),
    environment: envAccount ? { accountSid: envAccount.accountSid, from: envAccount.from } : null,
    demo: env.demo,
    myPhone: user.phone,
    testText: text,
    testSegments: describeSegments(countSegments(text)),
  };
}

type Errors = Record<string, string>;
const bad = (intent: string, errors: Errors, values: Record<string, string>, formError?: string) =>
  refuse({ intent, errors, values, formError: formError ?? null, sent: null as string | null });

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "manage:firm");
  const form = await readForm(args.request);
  const intent = form.get("intent");
  const actor = { ...user, ip: args.context?.clientIp ?? null };
  if (intent === "save") {
    const parsed = parseFormData(form, smsSettingsSchema);
    if (!parsed.ok) return bad("save", parsed.errors, parsed.values);
    const from = parsed.data.fromNumber ? normaliseE164(parsed.data.fromNumber) : null;
    if (parsed.data.fromNumber && !from)
      return bad("save", { fromNumber: "Write the number in E.164, e.g. +12125550100." }, parsed.values);
    if (parsed.data.authToken && !canStoreSecrets())
      return bad(
        "save",
        { authToken: "This server cannot store the token: SMS_SECRET_KEY is not set (see docs/sms.md)." },
        parsed.values,
      );
    const ok = saveSmsSettings(actor, {
      accountSid: parsed.data.accountSid,
      authTokenCipher: parsed.data.authToken ? encryptSecret(parsed.data.authToken) : null,
      fromNumber: from,
      messagingServiceSid: parsed.data.messagingServiceSid,
    });
    if (!ok) return bad("save", { authToken: "Enter the auth token." }, parsed.values);
    return redirectWithToast("/settings/sms", { kind: "success", message: "Text-message settings saved." });
  }
  if (intent === "test") {
    const parsed = parseFormData(form, smsTestSchema);
    if (!parsed.ok) return bad("test", parsed.errors, parsed.values);
    const phone = toE164(parsed.data.phone, "US");
    if (!phone.ok) return bad("test", { phone: phone.error }, parsed.values);
    const account = smsAccountFor(user.firmId);
    if (!account || account.source !== "firm")
      return bad(
        "test",
        {},
        parsed.values,
        "Save this firm's provider settings (with the auth token) first.",
      );
    try {
      const sent = await sendTestSms(account, phone.e164, testText(user.firm.name));
      recordSmsTest(actor, `accepted by the provider (${sent.state})`);
      return redirectWithToast("/settings/sms", {
        kind: "success",
        message: `Test text accepted by the provider for ${phone.e164}. Check your phone.`,
      });
    } catch (e) {
      const words = e instanceof Error ? e.message : String(e);
      recordSmsTest(actor, `refused: ${words}`);
      return bad("test", { phone: `The provider refused the test: ${words}` }, parsed.values);
    }
  }
  return bad("form", {}, {}, "This form could not be read. Reload the page and try again.");
}

export default function SmsSettings() {
  const d = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const saveRes = res?.intent === "save" || res?.intent === "form" ? res : undefined;
  const testRes = res?.intent === "test" ? res : undefined;
  const [saveForm, s] = useSchemaForm(smsSettingsSchema, {
    id: "sms-settings",
    result: saveRes,
    defaultValue: {
      accountSid: d.settings?.accountSid ?? "",
      fromNumber: d.settings?.fromNumber ?? "",
      messagingServiceSid: d.settings?.messagingServiceSid ?? "",
    },
  });
  const [testForm, t] = useSchemaForm(smsTestSchema, {
    id: "sms-test",
    result: testRes,
    defaultValue: { phone: d.myPhone ?? "" },
  });
  return (
    <div className="grid max-w-4xl gap-6 lg:grid-cols-2">
      <Card title="Text-message provider (Twilio)">
        <p className="mb-4 text-sm text-slate-600">
          {d.demo
            ? "Demo mode: every text goes to the demo mailbox, whatever is entered here."
            : d.settings
              ? "Texts go out through this account."
              : d.environment
                ? `Texts go out through the installation's account (${d.environment.accountSid.slice(0, 6)}…) until this firm enters its own.`
                : "No account yet: texts are kept in the local mailbox and not sent."}
        </p>
        <Form method="post" className="space-y-4" {...getFormProps(saveForm)}>
          <input type="hidden" name="intent" value="save" />
          <FormMessage form={saveForm} />
          <FormField meta={s.accountSid} label="Account SID" required autoComplete="off" />
          <FormField
            meta={s.authToken}
            label="Auth token"
            type="password"
            autoComplete="new-password"
            placeholder={d.settings?.hasAuthToken ? "Stored — leave blank to keep it" : ""}
            hint={
              d.canStoreSecrets
                ? "Stored encrypted and never shown again."
                : "This server cannot store tokens until SMS_SECRET_KEY is set."
            }
          />
          <FormField meta={s.fromNumber} label="Sending number" inputMode="tel" placeholder="+12125550100" />
          <FormField
            meta={s.messagingServiceSid}
            label="Messaging Service SID (instead of a number)"
            autoComplete="off"
          />
          <Button type="submit" pendingText="Saving…">
            Save settings
          </Button>
        </Form>
      </Card>
      <Card title="Send a test text">
        <p className="mb-2 text-sm text-slate-600">To your own phone, through the firm&apos;s account:</p>
        <blockquote className="mb-1 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-900">
          {d.testText}
        </blockquote>
        <p className="mb-4 text-xs text-slate-600">{d.testSegments}</p>
        {d.settings?.lastTestAt ? (
          <p className="mb-4 text-sm text-slate-700">
            Last test: {d.settings.lastTestResult} ({new Date(d.settings.lastTestAt).toUTCString()})
          </p>
        ) : null}
        <Form method="post" className="space-y-4" {...getFormProps(testForm)}>
          <input type="hidden" name="intent" value="test" />
          <FormMessage form={testForm} />
          <FormField meta={t.phone} label="Your mobile number" inputMode="tel" required />
          <Button type="submit" variant="secondary" pendingText="Sending…">
            Send test text
          </Button>
        </Form>
      </Card>
    </div>
  );
}
