import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Countries, KindBadge, LanguageTag, eventDateText, peopleText } from "~/components/alert-parts";
import { AffectedClientsCard } from "~/components/alerts/affected-clients";
import { ArticleCard } from "~/components/alerts/article-card";
import { FactsCard } from "~/components/alerts/facts-card";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/card";
import { FormError } from "~/components/ui/field";
import { countryRoles } from "~/domain/alert-facts";
import { RISK_TIERS, type RiskTier } from "~/domain/risk";
import {
  addTimelineNote,
  alertPageData,
  correctAlert,
  getAlert,
  markAlertRead,
  reviewMatch,
  unmarkAlertReviewed,
} from "~/models/alerts.server";
import { ALERT_INTENTS, type AlertActionData } from "~/utils/alert-page";
import { alertNoteSchema, correctionSchema, matchReviewSchema } from "~/utils/alert-schemas";
import { requirePermission } from "~/utils/auth.server";
import { parseFormData, readForm, refuse as refuseForm } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http.server";
import { redirectWithToast } from "~/utils/toast.server";

const NOT_FOUND = "This alert does not exist, or it belongs to another firm.";
/** The forms beside each affected client (components/alerts/match-forms.tsx). */
const MATCH_FORM_INTENTS: string[] = [ALERT_INTENTS.review, ALERT_INTENTS.unreview, ALERT_INTENTS.note];

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `${d?.article.title ?? "Alert"} · Casewatch` },
];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  const url = new URL(args.request.url);
  const tierParam = url.searchParams.get("tier");
  const tier = (RISK_TIERS as readonly string[]).includes(tierParam ?? "") ? (tierParam as RiskTier) : null;
  const page = alertPageData(user.firmId, user.id, args.params.id ?? "", {
    tier,
    after: url.searchParams.get("after"),
  });
  invariantResponse(page, NOT_FOUND, { status: 404 });
  return page;
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  const actor = { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null };
  const id = args.params.id ?? "";
  invariantResponse(getAlert(user.firmId, id), NOT_FOUND, { status: 404 });
  const form = await readForm(args.request);
  const intent = String(form.get("intent") ?? "");
  const back = (hash: string, message: string) =>
    redirectWithToast(`/alerts/${id}${hash}`, { kind: "success", message });
  // Every refusal in the one FormFailure shape (docs/forms.md), with the intent it answers.
  const refuse = (body: Omit<AlertActionData, "ok" | "intent">, status = 400) =>
    refuseForm({ ...body, intent }, status);
  switch (intent) {
    case ALERT_INTENTS.review:
    case ALERT_INTENTS.unreview: {
      const p = parseFormData(form, matchReviewSchema);
      // The form is a button beside one client: a refusal names that client, so the page shows it there.
      const clientId = p.ok ? p.data.clientId : p.values.clientId?.slice(0, 40);
      if (!p.ok)
        return refuse({
          clientId,
          errors: p.errors,
          values: p.values,
          formError: p.errors.intent ?? "Choose a client on this alert.",
        });
      const review = p.data.intent === ALERT_INTENTS.review;
      if (!reviewMatch(actor, id, p.data.clientId, review))
        return refuse({ clientId, values: p.values, formError: "That client is not on this alert." });
      return back(`#client-${p.data.clientId}`, review ? "Marked reviewed." : "Marked not reviewed.");
    }
    case ALERT_INTENTS.note: {
      const p = parseFormData(form, alertNoteSchema);
      const clientId = p.ok ? p.data.clientId : p.values.clientId?.slice(0, 40);
      if (!p.ok)
        return refuse({ clientId, errors: p.errors, values: p.values, formError: p.errors.intent ?? null });
      if (!addTimelineNote(actor, p.data.clientId, p.data.body, id))
        return refuse({ clientId, values: p.values, formError: "That client is not in this firm." });
      return back(`#client-${p.data.clientId}`, "Note added to the client's timeline.");
    }
    case ALERT_INTENTS.correct: {
      const p = parseFormData(form, correctionSchema);
      if (!p.ok)
        return refuse({ errors: p.errors, values: p.values, formError: "Some fields need attention." });
      const v = p.data;
      const res = correctAlert(actor, id, v.version, {
        relevant: v.relevant === "yes",
        kind: v.kind,
        countries: v.countries,
        onBoard: v.onBoard,
        eventDate: v.eventDate,
        peopleCount: v.peopleCount,
        peopleMin: v.peopleMin,
        peopleMax: v.peopleMax,
        departure: v.departure,
        arrival: v.arrival,
        flightTypes: v.flightTypes,
      });
      if (res === "conflict")
        return refuse(
          {
            values: p.values,
            formError:
              "Someone corrected this alert while you were editing. Reload the page to see their change, then correct it again.",
          },
          409,
        );
      invariantResponse(res !== "missing", NOT_FOUND, { status: 404 });
      return back("#facts", "Facts corrected; the affected clients were matched again.");
    }
    case ALERT_INTENTS.alertReviewed:
      markAlertRead(user.firmId, user.id, id, true);
      return back("", "Alert marked reviewed by you.");
    case ALERT_INTENTS.alertUnreviewed:
      unmarkAlertReviewed(user.firmId, user.id, id);
      return back("", "Alert marked not reviewed.");
    default:
      return refuseForm({ formError: "Unknown action." });
  }
}

export default function AlertPage() {
  const { alert, article, facts, matches, next, tier, reviewedByMe } = useLoaderData<typeof loader>();
  const res = useActionData<AlertActionData>();
  // The count as read, unless staff changed it: then its hedge no longer applies.
  const asRead =
    facts.people &&
    alert.peopleCount === facts.people.value &&
    alert.peopleMin === (facts.people.approx?.[0] ?? null);
  const people = peopleText(alert, asRead ? facts.people!.hedged : false);
  const roles = countryRoles(alert);
  // A refusal shows in the form it answers; one whose form is not on the page (a client who left the
  // alert when it was matched again, another page of clients) shows here.
  const inItsForm =
    res?.intent === ALERT_INTENTS.correct ||
    (MATCH_FORM_INTENTS.includes(res?.intent ?? "") && matches.some((m) => m.clientId === res?.clientId));
  return (
    <>
      <PageHeader
        title={article.title}
        titleLang={article.lang}
        summary={
          <span className="flex flex-wrap items-center gap-2">
            <KindBadge kind={alert.kind} />
            <span className="font-medium">
              <Countries codes={alert.countries} onBoard={alert.onBoard} />
            </span>
            <span>· {eventDateText(alert.eventDate)}</span>
            {people ? <span>· {people}</span> : null}
            <span>
              · published {article.publishedOn}
              {article.url ? (
                <>
                  {" "}
                  ·{" "}
                  <a
                    href={article.url}
                    rel="noopener noreferrer nofollow"
                    target="_blank"
                    className="text-blue-700 underline"
                  >
                    source
                  </a>
                </>
              ) : null}
            </span>
            <LanguageTag language={article.language} />
          </span>
        }
        actions={
          <Form method="post">
            <input
              type="hidden"
              name="intent"
              value={reviewedByMe ? ALERT_INTENTS.alertUnreviewed : ALERT_INTENTS.alertReviewed}
            />
            <Button type="submit" variant={reviewedByMe ? "ghost" : "secondary"}>
              {reviewedByMe ? "Reviewed by you · undo" : "Mark alert reviewed"}
            </Button>
          </Form>
        }
      />
      <p className="mb-4 text-sm">
        <Link to="/alerts" className="text-blue-700 underline">
          ← All alerts
        </Link>
      </p>
      <FormError message={inItsForm ? undefined : res?.formError} />

      <div className="grid gap-6 xl:grid-cols-5">
        <div className="space-y-6 xl:col-span-3">
          <AffectedClientsCard
            alert={alert}
            article={article}
            matches={matches}
            next={next}
            tier={tier}
            thirdCountry={roles.onBoard.length > 0}
            res={res}
          />
        </div>
        <div className="space-y-6 xl:col-span-2">
          <FactsCard alert={alert} facts={facts} lang={article.lang} people={people} res={res} />
          <ArticleCard article={article} facts={facts} />
        </div>
      </div>
    </>
  );
}
