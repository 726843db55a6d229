import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ClientTextsCard, smsStateInWords } from "~/components/sms-parts";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "~/components/ui/card";
import { FormField, FormMessage, FormRadio, FormSelect, useSchemaForm } from "~/components/ui/form";
import { countryName } from "~/domain/countries";
import { can } from "~/domain/permissions";
import { countSegments, describeSegments } from "~/domain/sms-segments";
import { toE164 } from "~/domain/sms-phone";
import { getClient } from "~/models/client.server";
import {
  getSmsConsent,
  listClientSmsReminders,
  listClientTexts,
  markClientTextRead,
  setSmsConsent,
  smsConsentDefaults,
} from "~/models/sms.server";
import { requirePermission } from "~/utils/auth.server";
import { formatInstant } from "~/utils/format";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { invariantResponse, safeRedirectPath } from "~/utils/http.server";
import { smsConsentSchema, TEXT_MESSAGE_INTENTS, textReadSchema } from "~/utils/sms-schemas";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Text messages · Casewatch" }];

const UNREADABLE = "This form could not be read. Reload the page and try again.";

// A client's text messages: consent to texts (apart from the email consent), the reminders we text
// with their segments and delivery state, and what the client texted back.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:client");
  const client = getClient(user.firmId, args.params.id ?? "");
  invariantResponse(client, "Not found", { status: 404 });
  const defaults = smsConsentDefaults(user.firmId, client.id)!;
  return {
    client: { id: client.id, name: `${client.givenNames} ${client.familyName}`, email: client.email },
    consent: getSmsConsent(user.firmId, client.id),
    defaults: { ...defaults, countries: defaults.countries.map((c) => ({ code: c, name: countryName(c) })) },
    reminders: listClientSmsReminders(user.firmId, client.id).map((r) => ({
      ...r,
      segmentsInWords: describeSegments(countSegments(r.body)),
    })),
    texts: listClientTexts(user.firmId, client.id),
    canUpdate: can(user.role, "update:client"),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const client = getClient(user.firmId, args.params.id ?? "");
  invariantResponse(client, "Not found", { status: 404 });
  const form = await readForm(args.request);
  const actor = { ...user, ip: args.context?.clientIp ?? null };
  const back = `/clients/${client.id}/text-messages`;
  const intent = form.get("intent");
  if (intent === TEXT_MESSAGE_INTENTS.read) {
    const parsed = parseFormData(form, textReadSchema);
    if (!parsed.ok) return refuse({ formError: parsed.errors.textId ?? UNREADABLE, values: parsed.values });
    invariantResponse(markClientTextRead(actor, client.id, parsed.data.textId), "Not found", { status: 404 });
    // Back to the page the form was on (the client page, the queue), if it is one of ours.
    return redirectWithToast(safeRedirectPath(parsed.data.returnTo, back), {
      kind: "success",
      message: "Marked as read.",
    });
  }
  if (intent !== TEXT_MESSAGE_INTENTS.consent) return refuse({ formError: UNREADABLE });
  const parsed = parseFormData(form, smsConsentSchema);
  if (!parsed.ok) return refuse(parsed);
  const phone = toE164(parsed.data.phone, parsed.data.country);
  if (!phone.ok) return refuse({ errors: { phone: phone.error }, values: parsed.values });
  setSmsConsent(actor, client.id, {
    consent: parsed.data.consent === "yes",
    phoneE164: phone.e164,
    via: "staff",
  });
  return redirectWithToast(back, {
    kind: "success",
    message:
      parsed.data.consent === "yes"
        ? `Consent to texts recorded for ${phone.e164}; reminders will be texted.`
        : "Recorded that the client does not want texts; none will be sent.",
  });
}

export default function ClientTextMessages() {
  const d = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const [form, f] = useSchemaForm(smsConsentSchema, {
    id: "sms-consent",
    result: res,
    defaultValue: {
      phone: d.consent?.phoneE164 ?? d.defaults.phone ?? "",
      country: "US",
      consent: d.consent?.consent === false ? "no" : "yes",
    },
  });
  const consent = typeof f.consent.initialValue === "string" ? f.consent.initialValue : "yes";
  const consentError = f.consent.errors?.[0];
  return (
    <>
      <PageHeader
        title={`Text messages · ${d.client.name}`}
        summary={
          d.client.email
            ? "Reminders go by email and, with consent, by text."
            : "No email on record: texts are how reminders reach this client."
        }
        actions={
          <Link to={`/clients/${d.client.id}`} className="text-sm font-medium text-blue-800 underline">
            Back to the client
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Consent to text messages">
          <p className="mb-4 text-sm text-slate-600">
            Ask the client whether they agree to appointment reminders by text at this number. This is apart
            from the email consent. The client can answer STOP (or ALTO, 停止) at any time.
          </p>
          {d.canUpdate ? (
            <Form method="post" className="space-y-4" {...getFormProps(form)}>
              <input type="hidden" name="intent" value={TEXT_MESSAGE_INTENTS.consent} />
              <FormMessage form={form} />
              <FormField
                meta={f.phone}
                label="Mobile number"
                inputMode="tel"
                required
                hint="Written with +country code, or as dialled in the country chosen below."
              />
              <FormSelect
                meta={f.country}
                label="Country of the number"
                options={d.defaults.countries.map((c) => ({ value: c.code, label: c.name }))}
              />
              <fieldset
                className="space-y-2"
                aria-describedby={consentError ? `${f.consent.id}-error` : undefined}
              >
                <legend className="text-sm font-medium text-slate-800">The client</legend>
                <FormRadio meta={f.consent} value="yes" checked={consent === "yes"}>
                  agreed to reminders by text
                </FormRadio>
                <FormRadio meta={f.consent} value="no" checked={consent === "no"}>
                  does not want texts
                </FormRadio>
                {consentError ? (
                  <p id={`${f.consent.id}-error`} role="alert" className="text-sm text-red-700">
                    {consentError}
                  </p>
                ) : null}
              </fieldset>
              <Button type="submit" pendingText="Saving…">
                Record
              </Button>
            </Form>
          ) : null}
        </Card>
        <Card title="Text reminders">
          {d.reminders.length === 0 ? (
            <EmptyState>
              No text reminders. They are made when a check-in is scheduled for a client who agreed to texts.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" aria-label="Text reminders">
              {d.reminders.map((r) => {
                const s = smsStateInWords(r);
                return (
                  <li key={r.id} className="space-y-1 py-3">
                    <p>
                      <Badge tone={s.tone}>{s.words}</Badge>{" "}
                      <span className="text-slate-700">
                        {r.status === "pending" ? "goes" : "due"} {formatInstant(r.dueAt)} to {r.toAddress}
                      </span>
                    </p>
                    <p className="text-slate-900">{r.body}</p>
                    <p className="text-xs text-slate-600">{r.segmentsInWords}</p>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
        <div className="lg:col-span-2">
          <ClientTextsCard
            clientId={d.client.id}
            texts={d.texts}
            consent={d.consent}
            canUpdate={d.canUpdate}
          />
        </div>
      </div>
    </>
  );
}
