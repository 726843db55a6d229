import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AlertsCard } from "~/components/client/alerts-card";
import { AuditCard } from "~/components/client/audit-card";
import { CheckInsCard } from "~/components/client/check-ins-card";
import { DeadlinesCard } from "~/components/client/deadlines-card";
import { DetailsCard } from "~/components/client/details-card";
import { DocumentsCard } from "~/components/client/documents-card";
import { HearingsCard } from "~/components/client/hearings-card";
import { NotesCard } from "~/components/client/notes-card";
import { PortalCard } from "~/components/client/portal-card";
import { SectionNav, SummaryCard } from "~/components/client/summary-card";
import { TimelineCard } from "~/components/client/timeline-card";
import { TravelDocumentsCard } from "~/components/client/travel-documents-card";
import { FormError } from "~/components/ui/field";
import { clientPageView } from "~/models/client-page.server";
import { getClient } from "~/models/client.server";
import { caseDocumentsView } from "~/models/documents.server";
import { requirePermission } from "~/utils/auth.server";
import {
  CASE_DOCUMENT_INTENTS,
  CLIENT_CHECK_IN_INTENTS,
  DEADLINE_INTENTS,
  EVENT_INTENTS,
  HEARING_INTENTS,
  NOTE_INTENTS,
  PORTAL_INTENTS,
  TRAVEL_DOCUMENT_INTENTS,
  resultFor,
  type CardResult,
} from "~/utils/client-page-intents";
import { readForm } from "~/utils/forms.server";
import { ClientTextsCard } from "~/components/sms-parts";
import { can } from "~/domain/permissions";
import { getSmsConsent, listClientTexts } from "~/models/sms.server";
import { invariantResponse } from "~/utils/http.server";
import { answer, type CardAction } from "./__client-page/card.server";
import { checkInsCard } from "./__client-page/check-ins.server";
import { deadlinesCard } from "./__client-page/deadlines.server";
import { documentsCard } from "./__client-page/documents.server";
import { eventsCard } from "./__client-page/events.server";
import { hearingsCard } from "./__client-page/hearings.server";
import { notesCard } from "./__client-page/notes.server";
import { portalCard } from "./__client-page/portal.server";
import { travelDocumentsCard } from "./__client-page/travel-documents.server";

// The client page: one loader for every card, one action that hands each form to the card that owns
// its intent (docs/decisions/016-client-page-cards.md). Every form posts here, so each works without
// JavaScript and its errors come back to this page.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.client.givenNames} ${data.client.familyName} · Casewatch` : "Client · Casewatch" },
];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:client");
  const client = getClient(user.firmId, args.params.id ?? "");
  invariantResponse(client, "Not found", { status: 404 });
  const query = new URL(args.request.url).searchParams;
  return {
    ...clientPageView(client, {
      allEvents: query.get("events") === "all",
      allCheckIns: query.get("checkIns") === "all",
    }),
    // The client's texts to the firm and their consent to texts (issue 19).
    clientTexts: listClientTexts(user.firmId, client.id, 5),
    smsConsent: getSmsConsent(user.firmId, client.id),
    canUpdateClient: can(user.role, "update:client"),
    // The case documents (issue 22); deleted ones only for those who may purge them.
    caseDocuments: caseDocumentsView(user.firmId, client.id, { canPurge: can(user.role, "purge:document") }),
  };
}

/** The cards that accept a form, each answering its own intents. */
const CARDS: CardAction[] = [
  eventsCard,
  notesCard,
  deadlinesCard,
  portalCard,
  checkInsCard,
  hearingsCard,
  travelDocumentsCard,
  documentsCard,
];

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const form = await readForm(args.request);
  const intent = String(form.get("intent") ?? "");
  const card = CARDS.find((c) => c.intents.includes(intent));
  // An intent that needs more than update:client (purging a document) is refused before anything is looked up.
  const needs = card?.permissions?.[intent];
  invariantResponse(!needs || can(user.role, needs), "You are not allowed to do that.", { status: 403 });
  const client = getClient(user.firmId, args.params.id ?? "");
  invariantResponse(client, "Not found", { status: 404 });
  const actor = { ...user, ip: args.context?.clientIp ?? null };
  if (!card) return answer({ intent, errors: {}, values: {}, formError: "Unknown action." });
  return card.act({ actor, client, intent, form, request: args.request });
}

/** The forms that show their own form-level message; any other card's message shows at the page's foot. */
const OWN_FORM_ERROR: string[] = [
  EVENT_INTENTS.add,
  HEARING_INTENTS.add,
  HEARING_INTENTS.postpone,
  HEARING_INTENTS.cancel,
  DEADLINE_INTENTS.mark,
  PORTAL_INTENTS.invite,
  PORTAL_INTENTS.revoke,
  CLIENT_CHECK_IN_INTENTS.schedule,
  CLIENT_CHECK_IN_INTENTS.reminderConsent,
  TRAVEL_DOCUMENT_INTENTS.add,
  CASE_DOCUMENT_INTENTS.upload,
];

export default function ClientPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as CardResult | undefined;
  const of = (group: Record<string, string>) => resultFor(result, ...Object.values(group));
  return (
    <div className="space-y-6">
      <SummaryCard d={d} />
      <SectionNav />
      <TimelineCard d={d} result={of(EVENT_INTENTS)} sourceDocuments={d.caseDocuments.byEvent}>
        <NotesCard d={d} result={of(NOTE_INTENTS)} />
      </TimelineCard>
      <AlertsCard d={d} />
      <DeadlinesCard d={d} result={of(DEADLINE_INTENTS)} />
      <PortalCard d={d} result={of(PORTAL_INTENTS)} />
      <CheckInsCard d={d} result={of(CLIENT_CHECK_IN_INTENTS)} />
      <ClientTextsCard
        clientId={d.client.id}
        texts={d.clientTexts}
        consent={d.smsConsent}
        canUpdate={d.canUpdateClient}
        returnTo={`/clients/${d.client.id}`}
      />
      <DocumentsCard
        clientId={d.client.id}
        docs={d.caseDocuments}
        canUpdate={d.canUpdateClient}
        result={of(CASE_DOCUMENT_INTENTS)}
      />
      <HearingsCard d={d} result={of(HEARING_INTENTS)} />
      <TravelDocumentsCard d={d} result={of(TRAVEL_DOCUMENT_INTENTS)} />
      <DetailsCard d={d} />
      <AuditCard d={d} />
      <FormError
        message={
          result?.intent && !OWN_FORM_ERROR.includes(result.intent) ? (result.formError ?? null) : null
        }
      />
    </div>
  );
}
