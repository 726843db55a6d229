import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { Isolated, Ltr, PortalCard, useT } from "~/components/portal";
import { SendPaperCard } from "~/components/portal-papers";
import { papersForClient } from "~/models/client-documents.server";
import { FormMessage, useSchemaForm } from "~/components/ui/form";
import {
  clientCheckIn,
  confirmAttendance,
  markMessageRead,
  portalClient,
  portalData,
  portalLayoutData,
} from "~/models/portal.server";
import { requireClientSelf } from "~/utils/auth.server";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { translate } from "~/utils/i18n";
import { detectPortalLanguage } from "~/utils/i18n.server";
import { redirectWithToast } from "~/utils/toast.server";
import { invariantResponse } from "~/utils/http.server";
import { MAX_ID, ME_INTENTS, markReadSchemaFor, willAttendSchemaFor } from "~/utils/portal-schemas";

export const meta: MetaFunction = () => [{ title: "Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireClientSelf(args);
  const client = portalClient(user.firmId, user.clientId);
  invariantResponse(client, "Not found", { status: 404 });
  const { lang } = await detectPortalLanguage(args.request, client.preferredLanguage);
  return { ...portalData(client, lang), papers: papersForClient(user.firmId, user.clientId, lang) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireClientSelf(args);
  const form = await readForm(args.request);
  const ip = args.context?.clientIp ?? null;
  const { lang } = await detectPortalLanguage(
    args.request,
    portalLayoutData(user.firmId, user.clientId)?.preferredLanguage,
  );
  const t = (key: string, vars: Record<string, string | number> = {}) => translate(lang, key, vars);
  const intent = form.get("intent");
  // A record that is not this client's (or no longer there) is not found, whatever else the form says.
  const id = String(form.get("id") ?? "").slice(0, MAX_ID);
  if (intent === ME_INTENTS.willAttend) {
    invariantResponse(clientCheckIn(user.clientId, id), "Not found", { status: 404 });
    const parsed = parseFormData(form, willAttendSchemaFor(t));
    if (!parsed.ok) return refuse({ ...parsed, intent: ME_INTENTS.willAttend });
    const confirmed = confirmAttendance(user, parsed.data.id, ip);
    invariantResponse(confirmed, "Not found", { status: 404 });
    return redirectWithToast("/me", { kind: "success", message: t("portal.willAttendSaved") });
  }
  if (intent === ME_INTENTS.markRead) {
    const parsed = parseFormData(form, markReadSchemaFor(t));
    if (!parsed.ok) return refuse({ ...parsed, intent: ME_INTENTS.markRead });
    const marked = markMessageRead(user, parsed.data.id, ip);
    invariantResponse(marked, "Not found", { status: 404 });
    return redirectWithToast("/me#messages", { kind: "success", message: t("portal.read") });
  }
  return refuse({ formError: t("portal.errorTitle"), intent: null });
}

export default function MyCase() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1 className="text-3xl font-semibold text-slate-900">
        {t("portal.hello", { name: d.name })}
        {d.nativeName ? (
          <span className="mt-1 block text-2xl font-normal text-slate-700">{d.nativeName}</span>
        ) : null}
      </h1>

      <PortalCard title={t("portal.nextCheckIn")} tone="urgent" id="next-check-in">
        {d.nextCheckIn ? (
          <>
            <p className="text-2xl font-semibold text-slate-900">
              <Isolated>{d.nextCheckIn.when}</Isolated>
            </p>
            <p>
              <span className="font-semibold">{t("portal.where")}: </span>
              {d.nextCheckIn.place ? <Isolated>{d.nextCheckIn.place}</Isolated> : t("portal.byPhone")}
            </p>
            {d.nextCheckIn.mapUrl ? (
              <p>
                <a
                  href={d.nextCheckIn.mapUrl}
                  className="inline-flex min-h-11 items-center text-blue-800 underline"
                  rel="noreferrer noopener"
                  target="_blank"
                >
                  {t("portal.map")}
                </a>
              </p>
            ) : null}
            {d.nextCheckIn.bring ? (
              <p>
                <span className="font-semibold">{t("portal.bring")}: </span>
                <Isolated>{d.nextCheckIn.bring}</Isolated>
              </p>
            ) : null}
            <p className="rounded-lg bg-amber-50 p-3 text-base text-amber-950">{t("portal.dangerMissing")}</p>
            {d.nextCheckIn.willAttend ? (
              <p className="font-semibold text-green-800">✓ {t("portal.willAttendDone")}</p>
            ) : (
              <WillAttendForm checkInId={d.nextCheckIn.id} result={result} />
            )}
            <p>
              <Link to={`/me/check-ins/${d.nextCheckIn.id}`} className="text-blue-800 underline">
                {t("portal.checkInDetails")}
              </Link>
            </p>
          </>
        ) : (
          <p>{t("portal.noCheckIn")}</p>
        )}
      </PortalCard>

      <PortalCard title={t("portal.whereNow")} id="where-now">
        <p>{d.status.text}</p>
        {d.status.approved ? (
          <p className="text-base text-slate-600">{t("portal.asOf", { date: d.status.asOf ?? "" })}</p>
        ) : (
          <p className="text-base text-slate-600">{t("portal.awaitingReview")}</p>
        )}
      </PortalCard>

      <PortalCard title={t("portal.nextHearing")} id="next-hearing">
        {d.nextHearing ? (
          <>
            <p className="text-xl font-semibold">
              <Isolated>{d.nextHearing.when}</Isolated>
            </p>
            <p dir="auto">{d.nextHearing.court}</p>
            <p>{t(`portal.hearingMode.${d.nextHearing.mode}`)}</p>
          </>
        ) : (
          <p>{t("portal.noHearing")}</p>
        )}
      </PortalCard>

      <PortalCard title={t("portal.messages")} id="messages">
        {d.unreadCount ? (
          <p className="font-semibold">{t("portal.unreadCount", { count: d.unreadCount })}</p>
        ) : null}
        {d.messages.length ? (
          <ul className="divide-y divide-slate-100">
            {d.messages.map((m) => (
              <li key={m.id} className="py-3">
                <Link to={`/me/messages/${m.id}`} className="block min-h-11 text-blue-800 underline">
                  {!m.read ? (
                    <span className="me-2 rounded bg-blue-700 px-2 py-0.5 text-sm font-semibold text-white no-underline">
                      {t("portal.unread")}
                    </span>
                  ) : null}
                  <Isolated>{m.date}</Isolated>
                </Link>
                <p className="mt-1 whitespace-pre-wrap" dir="auto">
                  {m.excerpt}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("portal.noMessages")}</p>
        )}
      </PortalCard>

      {/* Posts to /me/documents, which answers a refusal there and confirms a paper sent. */}
      <SendPaperCard papers={d.papers} limit={3} />

      <PortalCard title={t("portal.travel")} id="travel">
        <p>{d.travel}</p>
      </PortalCard>

      <PortalCard title={t("portal.safety")} tone="calm" id="safety">
        <dl className="space-y-3">
          <div>
            <dt className="font-semibold">{t("portal.emergencyContacts")}</dt>
            <dd className="whitespace-pre-wrap" dir={d.safety.emergencyContacts ? "auto" : undefined}>
              {d.safety.emergencyContacts ?? t("portal.notRecorded")}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("portal.childrenCare")}</dt>
            <dd className="whitespace-pre-wrap" dir={d.safety.childrenCare ? "auto" : undefined}>
              {d.safety.childrenCare ?? t("portal.notRecorded")}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("portal.poa")}</dt>
            <dd>{d.safety.powerOfAttorney ? t("portal.yes") : t("portal.no")}</dd>
          </div>
        </dl>
      </PortalCard>

      <PortalCard title={t("portal.ifDetained")} tone="calm" id="if-detained">
        <p>{d.detained.text}</p>
        {d.aNumber ? (
          <p>
            <span className="font-semibold">{t("portal.giveANumber")}: </span>
            <Ltr className="font-mono text-xl">{d.aNumber}</Ltr>
          </p>
        ) : null}
        <p className="text-base text-slate-600">
          {d.detained.approved
            ? t("portal.asOf", { date: d.detained.asOf ?? "" })
            : t("portal.awaitingReview")}
        </p>
      </PortalCard>
    </>
  );
}

type Answer = { ok?: boolean; intent?: string | null } | undefined;

/** "I will be there": the box, then the button; a refusal (the box not ticked) is said in the form. */
function WillAttendForm({ checkInId, result }: { checkInId: string; result: Answer }) {
  const t = useT();
  const schema = useMemo(() => willAttendSchemaFor(t), [t]);
  const [form, f] = useSchemaForm(schema, {
    id: "will-attend",
    result: result?.ok === false && result.intent === ME_INTENTS.willAttend ? result : undefined,
  });
  const error = f.confirm.errors?.[0];
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormMessage form={form} />
      <input type="hidden" name="intent" value={ME_INTENTS.willAttend} />
      <input type="hidden" name="id" value={checkInId} />
      <label className="flex min-h-12 items-center gap-3 text-lg">
        <input
          key={f.confirm.key}
          type="checkbox"
          id={f.confirm.id}
          name={f.confirm.name}
          form={f.confirm.formId}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${f.confirm.id}-error` : undefined}
          className="h-6 w-6"
        />{" "}
        {t("portal.willAttend")}
      </label>
      {error ? (
        <p
          id={`${f.confirm.id}-error`}
          role="alert"
          className="mt-1 rounded-lg bg-red-50 p-3 text-base font-semibold text-red-800"
        >
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        className="mt-2 min-h-12 w-full rounded-lg bg-blue-700 px-4 text-lg font-semibold text-white"
      >
        {t("portal.willAttend")}
      </button>
    </Form>
  );
}
