import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { Countries, KindBadge, LanguageTag, eventDateText, peopleText } from "~/components/alert-parts";
import { RiskBadge } from "~/components/case-badges";
import { Button, buttonClass } from "~/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "~/components/ui/card";
import { Field, FormError, SelectField, TextareaField } from "~/components/ui/field";
import { formatANumber } from "~/domain/a-number";
import {
  articleLanguage,
  certaintyText,
  countCertainty,
  countryFact,
  countryRoles,
  langAttr,
  type CountryView,
} from "~/domain/alert-facts";
import { countryName } from "~/domain/countries";
import {
  FLIGHT_TYPE_LABELS,
  FLIGHT_TYPES,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  type Extraction,
  type Source,
} from "~/domain/flight-extraction";
import { safeHttpUrl } from "~/domain/html-text";
import { RISK_LABELS, RISK_TIERS, type RiskTier } from "~/domain/risk";
import { getDb } from "#db/client";
import {
  addTimelineNote,
  correctAlert,
  decodeMatchCursor,
  encodeAlertCursor,
  getAlert,
  listMatches,
  markAlertRead,
  readState,
  reviewMatch,
  unmarkAlertReviewed,
} from "~/models/alerts.server";
import { correctionSchema, matchSchema, noteSchema } from "~/utils/alert-schemas";
import { requirePermission } from "~/utils/auth.server";
import { parseWith, readForm } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `${d?.article.title ?? "Alert"} · Casewatch` },
];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  const found = getAlert(user.firmId, args.params.id ?? "");
  if (!found)
    throw new Response("This alert does not exist, or it belongs to another firm.", { status: 404 });
  const { alert, article } = found;
  markAlertRead(user.firmId, user.id, alert.id);
  const url = new URL(args.request.url);
  const tierParam = url.searchParams.get("tier");
  const tier = (RISK_TIERS as readonly string[]).includes(tierParam ?? "") ? (tierParam as RiskTier) : null;
  const page = listMatches(getDb(), user.firmId, alert.id, {
    tier,
    after: decodeMatchCursor(url.searchParams.get("after")),
    limit: 100,
  });
  const read = readState(user.id, alert.id);
  const facts = alert.facts as unknown as Extraction;
  const language = article.language ?? articleLanguage(facts);
  return {
    alert: {
      id: alert.id,
      kind: alert.kind,
      countries: alert.countries,
      onBoard: alert.onBoard,
      eventDate: alert.eventDate,
      peopleCount: alert.peopleCount,
      peopleMin: alert.peopleMin,
      peopleMax: alert.peopleMax,
      departure: alert.departure,
      arrival: alert.arrival,
      flightTypes: alert.flightTypes,
      counts: alert.counts,
      corrected: Object.keys(alert.corrected),
      version: alert.version,
      createdAt: alert.createdAt,
    },
    article: {
      title: article.title,
      url: safeHttpUrl(article.url),
      publishedOn: article.publishedOn,
      source: article.source,
      language,
    },
    // Facts stored before roles, certainty and hedges were read get their defaults here.
    facts: {
      sentences: facts.sentences,
      countries: facts.countries.map(countryFact),
      eventDate: facts.eventDate,
      people: facts.people ? { ...facts.people, hedged: facts.people.hedged ?? false } : null,
      departure: facts.departure,
      arrival: facts.arrival,
      flightTypes: facts.flightTypes,
      kindSource: facts.kindSource,
      why: facts.why,
    },
    matches: page.rows,
    next: page.next ? encodeAlertCursor(page.next) : null,
    tier,
    reviewedByMe: Boolean(read?.reviewedAt),
  };
}

type ActionData = {
  intent?: string;
  clientId?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  formError?: string;
};

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  const actor = { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null };
  const id = args.params.id ?? "";
  if (!getAlert(user.firmId, id))
    throw new Response("This alert does not exist, or it belongs to another firm.", { status: 404 });
  const form = await readForm(args.request);
  const intent = String(form.get("intent") ?? "");
  const back = (hash: string, message: string) =>
    redirectWithToast(`/alerts/${id}${hash}`, { kind: "success", message });
  switch (intent) {
    case "review":
    case "unreview": {
      const p = parseWith(matchSchema, form);
      if (!p.ok)
        return data<ActionData>({ intent, formError: "Choose a client on this alert." }, { status: 400 });
      if (!reviewMatch(actor, id, p.data.clientId, intent === "review"))
        return data<ActionData>({ intent, formError: "That client is not on this alert." }, { status: 400 });
      return back(
        `#client-${p.data.clientId}`,
        intent === "review" ? "Marked reviewed." : "Marked not reviewed.",
      );
    }
    case "note": {
      const p = parseWith(noteSchema, form);
      if (!p.ok)
        return data<ActionData>(
          {
            intent,
            clientId: String(form.get("clientId") ?? "").slice(0, 40),
            errors: p.errors,
            values: p.values,
          },
          { status: 400 },
        );
      const noteId = addTimelineNote(actor, p.data.clientId, p.data.body, id);
      if (!noteId)
        return data<ActionData>({ intent, formError: "That client is not in this firm." }, { status: 400 });
      return back(`#client-${p.data.clientId}`, "Note added to the client's timeline.");
    }
    case "correct": {
      const p = parseWith(correctionSchema, form);
      if (!p.ok) return data<ActionData>({ intent, errors: p.errors, values: p.values }, { status: 400 });
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
        return data<ActionData>(
          {
            intent,
            values: p.values,
            formError:
              "Someone corrected this alert while you were editing. Reload the page to see their change, then correct it again.",
          },
          { status: 409 },
        );
      if (res === "missing") throw new Response("Not found", { status: 404 });
      return back("#facts", "Facts corrected; the affected clients were matched again.");
    }
    case "alert-reviewed":
      markAlertRead(user.firmId, user.id, id, true);
      return back("", "Alert marked reviewed by you.");
    case "alert-unreviewed":
      unmarkAlertReviewed(user.firmId, user.id, id);
      return back("", "Alert marked not reviewed.");
    default:
      return data<ActionData>({ formError: "Unknown action." }, { status: 400 });
  }
}

function Highlight({ text, phrase }: { text: string; phrase: string }) {
  const i = phrase ? text.indexOf(phrase) : -1;
  if (i < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, i)}
      <mark className="rounded bg-yellow-100 px-0.5 text-slate-900">{phrase}</mark>
      {text.slice(i + phrase.length)}
    </>
  );
}

function Quote({
  sentences,
  source,
  lang,
}: {
  sentences: { text: string; title: boolean }[];
  source: Source;
  lang: string | undefined;
}) {
  const s = sentences[source.sentence];
  if (!s) return null;
  // The sentence in the article's own language (lang for fonts and screen readers); the label in English.
  return (
    <blockquote className="mt-1 border-l-4 border-yellow-300 pl-3 text-sm text-slate-700 italic">
      {s.title ? (
        <span className="text-xs font-semibold text-slate-500 uppercase not-italic">Headline: </span>
      ) : null}
      <span lang={lang}>
        <Highlight text={s.text} phrase={source.phrase} />
      </span>
    </blockquote>
  );
}

/** One country of the alert with how sure the reader was and the sentences it was read from. */
function CountryFacts({
  code,
  fact,
  sentences,
  lang,
  corrected,
  quoted,
}: {
  code: string;
  fact: CountryView | undefined;
  sentences: { text: string; title: boolean }[];
  lang: string | undefined;
  corrected: boolean;
  quoted: Set<number>;
}) {
  const unsure = fact ? certaintyText(fact) : null;
  return (
    <li className="mt-2">
      <span className="font-medium text-slate-900">{countryName(code)}</span>
      {!fact ? <span className="text-slate-700"> — added by staff</span> : null}
      {unsure ? (
        <span className="ml-1 inline-flex items-center rounded-md bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-600/30 ring-inset">
          {unsure}
          {corrected ? "; kept by staff" : ""}
        </span>
      ) : null}
      {fact?.sources.slice(0, 2).map((s, i) => (
        <div key={i}>
          <span className="text-xs text-slate-600">
            Rule: {s.rule}
            {quoted.has(s.sentence) ? "; in the sentence quoted above." : null}
          </span>
          {quoted.has(s.sentence) ? null : <Quote sentences={sentences} source={s} lang={lang} />}
        </div>
      ))}
    </li>
  );
}

export default function AlertPage() {
  const { alert, article, facts, matches, next, tier, reviewedByMe } = useLoaderData<typeof loader>();
  const res = useActionData<ActionData>();
  const location = useLocation();
  const total =
    alert.counts.critical + alert.counts.high + alert.counts.elevated + alert.counts.low + alert.counts.none;
  const lang = langAttr(article.language);
  const readCount =
    facts.people &&
    alert.peopleCount === facts.people.value &&
    alert.peopleMin === (facts.people.approx?.[0] ?? null)
      ? facts.people
      : null;
  const people = peopleText(alert, readCount?.hedged ?? false);
  const countUnsure = readCount ? countCertainty(readCount) : null;
  const roles = countryRoles(alert);
  const factOf = new Map(facts.countries.map((c) => [c.code, c]));
  const removedByStaff = facts.countries.filter((c) => !alert.countries.includes(c.code)).map((c) => c.code);
  // A list of nationalities comes from one sentence: quote it once, for the first country read from it.
  const alreadyQuoted = new Map<string, Set<number>>();
  const seen = new Set<number>();
  for (const code of [...roles.landing, ...roles.onBoard]) {
    const before = new Set(seen);
    alreadyQuoted.set(code, before);
    for (const src of factOf.get(code)?.sources.slice(0, 2) ?? []) seen.add(src.sentence);
  }
  const cited = new Set<number>([
    ...facts.countries.flatMap((c) => c.sources.map((s) => s.sentence)),
    ...(facts.eventDate ? [facts.eventDate.source.sentence] : []),
    ...(facts.people ? [facts.people.source.sentence] : []),
    ...(facts.kindSource ? [facts.kindSource.sentence] : []),
  ]);
  const corrected = (k: string) =>
    alert.corrected.includes(k) ? <Badge tone="blue">corrected</Badge> : null;
  const e = res?.intent === "correct" ? (res.errors ?? {}) : {};
  const cv = res?.intent === "correct" ? (res.values ?? {}) : {};
  const paragraphs = new Map<number, { i: number; text: string }[]>();
  facts.sentences.forEach((s, i) => {
    if (s.title) return;
    paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), { i, text: s.text }]);
  });
  return (
    <>
      <PageHeader
        title={article.title}
        titleLang={lang}
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
            <input type="hidden" name="intent" value={reviewedByMe ? "alert-unreviewed" : "alert-reviewed"} />
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
      <FormError message={res?.intent !== "correct" ? res?.formError : undefined} />

      <div className="grid gap-6 xl:grid-cols-5">
        <div className="space-y-6 xl:col-span-3">
          <Card title={`Affected clients (${total})`}>
            <p className="mb-3 text-sm text-slate-700">
              {roles.onBoard.length
                ? "A third-country removal: clients whose nationality (or country of birth, when no nationality is recorded) is the landing country or a nationality on board, sorted by what this report means for them. Cases closed in the client's favour are left out."
                : "Clients whose nationality (or country of birth, when no nationality is recorded) is a destination, sorted by what this report means for them. Cases closed in the client's favour are left out."}
            </p>
            <nav aria-label="Filter by tier" className="mb-4 flex flex-wrap gap-2 text-sm">
              <Link
                to={`/alerts/${alert.id}`}
                className={`rounded-full px-3 py-1 ring-1 ring-inset ${!tier ? "bg-blue-700 text-white ring-blue-700" : "text-slate-800 ring-slate-300"}`}
                aria-current={!tier ? "true" : undefined}
              >
                All {total}
              </Link>
              {RISK_TIERS.filter((t) => alert.counts[t] > 0).map((t) => (
                <Link
                  key={t}
                  to={`/alerts/${alert.id}?tier=${t}`}
                  className={`rounded-full px-3 py-1 ring-1 ring-inset ${tier === t ? "bg-blue-700 text-white ring-blue-700" : "text-slate-800 ring-slate-300"}`}
                  aria-current={tier === t ? "true" : undefined}
                >
                  {RISK_LABELS[t]} {alert.counts[t]}
                </Link>
              ))}
            </nav>
            {matches.length === 0 ? (
              <EmptyState>
                No client of the firm is from{" "}
                {alert.countries.map(countryName).join(" or ") || "these countries"}.
              </EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200" aria-label="Affected clients, highest tier first">
                {matches.map((m) => (
                  <li key={m.clientId} id={`client-${m.clientId}`} className="py-4">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                        <RiskBadge tier={m.tier} />
                        <Link
                          to={`/clients/${m.clientId}`}
                          className="text-blue-800 underline-offset-2 hover:underline"
                        >
                          {m.name}
                        </Link>
                        {m.nativeName ? (
                          <span className="font-normal text-slate-700">{m.nativeName}</span>
                        ) : null}
                        {m.isNew ? <Badge tone="amber">New since the alert</Badge> : null}
                      </h3>
                      {m.aNumber ? (
                        <span className="font-mono text-xs text-slate-600">{formatANumber(m.aNumber)}</span>
                      ) : null}
                    </div>
                    <ul
                      className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-800"
                      aria-label={`Why ${m.name} is on this alert`}
                    >
                      {m.reasons.map((r, i) => (
                        <li key={i}>{r}</li>
                      ))}
                    </ul>
                    <div className="mt-3 flex flex-wrap items-start gap-3">
                      <Form method="post" preventScrollReset>
                        <input type="hidden" name="clientId" value={m.clientId} />
                        {m.reviewedAt ? (
                          <span className="inline-flex items-center gap-2 text-sm text-green-800">
                            ✓ Reviewed by {m.reviewedBy ?? "staff"} on {m.reviewedAt.slice(0, 10)}
                            <Button
                              type="submit"
                              name="intent"
                              value="unreview"
                              variant="ghost"
                              aria-label={`Mark ${m.name} not reviewed`}
                            >
                              Undo
                            </Button>
                          </span>
                        ) : (
                          <Button
                            type="submit"
                            name="intent"
                            value="review"
                            variant="secondary"
                            aria-label={`Mark ${m.name} reviewed`}
                          >
                            Mark reviewed
                          </Button>
                        )}
                      </Form>
                      <Link
                        to={`/clients/${m.clientId}`}
                        className={buttonClass("ghost")}
                        aria-label={`Open ${m.name}`}
                      >
                        Open client
                      </Link>
                      <details
                        key={`${m.clientId}-${location.key}`}
                        className="basis-full"
                        open={res?.intent === "note" && res.clientId === m.clientId}
                      >
                        <summary className="cursor-pointer text-sm font-medium text-blue-700 underline">
                          Add a note to {m.name}'s timeline
                        </summary>
                        <Form method="post" preventScrollReset className="mt-2 space-y-2" noValidate>
                          <input type="hidden" name="intent" value="note" />
                          <input type="hidden" name="clientId" value={m.clientId} />
                          <TextareaField
                            label={`Note for ${m.name}`}
                            name="body"
                            rows={3}
                            defaultValue={
                              res?.intent === "note" && res.clientId === m.clientId
                                ? res.values?.body
                                : `About the ${alert.countries.map(countryName).join("/")} removal-flight report of ${article.publishedOn}: `
                            }
                            error={
                              res?.intent === "note" && res.clientId === m.clientId
                                ? res.errors?.body
                                : undefined
                            }
                          />
                          <Button type="submit" variant="secondary">
                            Add note
                          </Button>
                        </Form>
                      </details>
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {next ? (
              <p className="mt-4">
                <Link
                  to={`/alerts/${alert.id}?${new URLSearchParams({ ...(tier ? { tier } : {}), after: next }).toString()}`}
                  className={buttonClass("secondary")}
                >
                  More clients
                </Link>
              </p>
            ) : null}
          </Card>
        </div>

        <div className="space-y-6 xl:col-span-2">
          <div id="facts">
            <Card title="What the article says">
              <p className="mb-3 text-sm text-slate-700">
                {facts.why} Each fact shows the sentence it was read from.
              </p>
              <dl className="space-y-4 text-sm">
                <div>
                  <dt className="font-semibold text-slate-900">Kind of report {corrected("kind")}</dt>
                  <dd>
                    {REPORT_KIND_LABELS[alert.kind as keyof typeof REPORT_KIND_LABELS] ?? alert.kind}
                    {facts.kindSource ? (
                      <Quote
                        sentences={facts.sentences}
                        source={{ sentence: facts.kindSource.sentence, phrase: "" }}
                        lang={lang}
                      />
                    ) : null}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">
                    {roles.onBoard.length ? "Landing country" : "Destination countries"}{" "}
                    {corrected("countries")}
                  </dt>
                  <dd>
                    {roles.landing.length ? (
                      <ul aria-label={roles.onBoard.length ? "Landing country" : "Destination countries"}>
                        {roles.landing.map((code) => (
                          <CountryFacts
                            key={code}
                            code={code}
                            fact={factOf.get(code)}
                            sentences={facts.sentences}
                            lang={lang}
                            corrected={alert.corrected.includes("countries")}
                            quoted={alreadyQuoted.get(code) ?? new Set()}
                          />
                        ))}
                      </ul>
                    ) : (
                      <span>{roles.onBoard.length ? "Not stated" : "No country"}</span>
                    )}
                  </dd>
                </div>
                {roles.onBoard.length ? (
                  <div>
                    <dt className="font-semibold text-slate-900">
                      On board (flown to a third country) {corrected("onBoard")}
                    </dt>
                    <dd>
                      <p className="text-xs text-slate-700">
                        Nationalities on the flight that were not flown to their own country; their clients
                        are matched too.
                      </p>
                      <ul aria-label="On board">
                        {roles.onBoard.map((code) => (
                          <CountryFacts
                            key={code}
                            code={code}
                            fact={factOf.get(code)}
                            sentences={facts.sentences}
                            lang={lang}
                            corrected={
                              alert.corrected.includes("countries") || alert.corrected.includes("onBoard")
                            }
                            quoted={alreadyQuoted.get(code) ?? new Set()}
                          />
                        ))}
                      </ul>
                    </dd>
                  </div>
                ) : null}
                {removedByStaff.length ? (
                  <p className="text-xs text-slate-700">
                    Read from the article but removed by staff: {removedByStaff.map(countryName).join(", ")}.
                  </p>
                ) : null}
                <div>
                  <dt className="font-semibold text-slate-900">When {corrected("eventDate")}</dt>
                  <dd>
                    <span>{eventDateText(alert.eventDate)}</span>
                    {facts.eventDate && facts.eventDate.value === alert.eventDate ? (
                      <>
                        <p className="text-xs text-slate-600">Rule: {facts.eventDate.rule}.</p>
                        <Quote sentences={facts.sentences} source={facts.eventDate.source} lang={lang} />
                      </>
                    ) : null}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">How many people {corrected("peopleCount")}</dt>
                  <dd>
                    <span>{people ?? "Not stated"}</span>
                    {countUnsure ? (
                      <span className="ml-1 inline-flex items-center rounded-md bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-600/30 ring-inset">
                        {countUnsure.quoted ? (
                          <>
                            “<span lang={lang}>{countUnsure.said}</span>”
                          </>
                        ) : (
                          countUnsure.said
                        )}
                        , as reported — {countUnsure.note}
                      </span>
                    ) : null}
                    {facts.people ? (
                      <Quote sentences={facts.sentences} source={facts.people.source} lang={lang} />
                    ) : null}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">From {corrected("departure")}</dt>
                  <dd>
                    <span>{alert.departure.length ? alert.departure.join("; ") : "Not stated"}</span>
                    {facts.departure.slice(0, 2).map((p, i) => (
                      <Quote key={i} sentences={facts.sentences} source={p.source} lang={lang} />
                    ))}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">To {corrected("arrival")}</dt>
                  <dd>
                    <span>{alert.arrival.length ? alert.arrival.join("; ") : "Not stated"}</span>
                    {facts.arrival.slice(0, 2).map((p, i) => (
                      <Quote key={i} sentences={facts.sentences} source={p.source} lang={lang} />
                    ))}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">Kind of flight {corrected("flightTypes")}</dt>
                  <dd>
                    <span>
                      {alert.flightTypes.length
                        ? alert.flightTypes
                            .map((t) => FLIGHT_TYPE_LABELS[t as keyof typeof FLIGHT_TYPE_LABELS] ?? t)
                            .join(", ")
                        : "Not stated"}
                    </span>
                    {facts.flightTypes.slice(0, 2).map((t, i) => (
                      <Quote key={i} sentences={facts.sentences} source={t.source} lang={lang} />
                    ))}
                  </dd>
                </div>
              </dl>
              {/* Keyed by the navigation, so it closes after a saved correction and opens again on an error. */}
              <details key={`correct-${location.key}`} className="mt-6" open={res?.intent === "correct"}>
                <summary className="cursor-pointer text-sm font-medium text-blue-700 underline">
                  Correct the facts
                </summary>
                <FormError message={res?.intent === "correct" ? res.formError : undefined} />
                <Form method="post" className="mt-3 space-y-3" noValidate>
                  <input type="hidden" name="intent" value="correct" />
                  <input type="hidden" name="version" value={alert.version} />
                  <SelectField
                    label="About a removal flight or acceptance change?"
                    name="relevant"
                    defaultValue={cv.relevant ?? "yes"}
                    error={e.relevant}
                  >
                    <option value="yes">Yes: keep the alert</option>
                    <option value="no">No: not relevant (clears its clients)</option>
                  </SelectField>
                  <SelectField
                    label="Kind of report"
                    name="kind"
                    defaultValue={cv.kind ?? alert.kind}
                    error={e.kind}
                  >
                    {REPORT_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {REPORT_KIND_LABELS[k]}
                      </option>
                    ))}
                  </SelectField>
                  <Field
                    label="Destination countries"
                    name="countries"
                    defaultValue={cv.countries ?? roles.landing.join(", ")}
                    error={e.countries}
                    hint="Where the flight landed (or whose acceptance changed). Names or two-letter codes, separated by commas"
                  />
                  <Field
                    label="On board: nationalities flown to a third country"
                    name="onBoard"
                    defaultValue={cv.onBoard ?? roles.onBoard.join(", ")}
                    error={e.onBoard}
                    hint="Only for a third-country removal: nationalities on the flight that were not flown home. Their clients are matched too. Leave empty otherwise"
                  />
                  <Field
                    label="Event date"
                    name="eventDate"
                    defaultValue={cv.eventDate ?? alert.eventDate ?? ""}
                    error={e.eventDate}
                    hint="YYYY-MM-DD, or YYYY-MM for a month"
                  />
                  <div className="grid grid-cols-3 gap-2">
                    <Field
                      label="Number of people"
                      name="peopleCount"
                      inputMode="numeric"
                      defaultValue={cv.peopleCount ?? alert.peopleCount?.toString() ?? ""}
                      error={e.peopleCount}
                    />
                    <Field
                      label="At least"
                      name="peopleMin"
                      inputMode="numeric"
                      defaultValue={cv.peopleMin ?? alert.peopleMin?.toString() ?? ""}
                      error={e.peopleMin}
                    />
                    <Field
                      label="At most"
                      name="peopleMax"
                      inputMode="numeric"
                      defaultValue={cv.peopleMax ?? alert.peopleMax?.toString() ?? ""}
                      error={e.peopleMax}
                    />
                  </div>
                  <Field
                    label="Departure"
                    name="departure"
                    defaultValue={cv.departure ?? alert.departure.join("; ")}
                    error={e.departure}
                    hint="Places separated by semicolons"
                  />
                  <Field
                    label="Arrival"
                    name="arrival"
                    defaultValue={cv.arrival ?? alert.arrival.join("; ")}
                    error={e.arrival}
                    hint="Places separated by semicolons"
                  />
                  <Field
                    label="Kind of flight"
                    name="flightTypes"
                    defaultValue={cv.flightTypes ?? alert.flightTypes.join(", ")}
                    error={e.flightTypes}
                    hint={`Any of: ${FLIGHT_TYPES.join(", ")}`}
                  />
                  <Button type="submit" variant="secondary" pendingText="Saving…">
                    Save corrections
                  </Button>
                </Form>
              </details>
            </Card>
          </div>
          <Card title="The article">
            <p className="mb-2 text-xs text-slate-600">
              Written in {article.language.name}
              {article.language.read
                ? "; shown as written."
                : " — not read by Casewatch; the facts above were entered by staff."}
            </p>
            <div className="space-y-3 text-sm leading-relaxed text-slate-800" lang={lang}>
              {[...paragraphs.entries()].map(([p, ss]) => (
                <p key={p}>
                  {ss.map((s) => (
                    <span
                      key={s.i}
                      className={
                        cited.has(s.i)
                          ? "bg-yellow-50 underline decoration-yellow-400 decoration-2 underline-offset-2"
                          : undefined
                      }
                    >
                      {s.text}{" "}
                    </span>
                  ))}
                </p>
              ))}
            </div>
            <p className="mt-3 text-xs text-slate-600">
              Underlined: the sentences the facts above were read from.{" "}
              {article.source === "feed" ? "From a feed; " : ""}the text is shown as plain text.
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
