import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { Countries, KindBadge, eventDateText, peopleText } from "~/components/alert-parts";
import { RiskBadge } from "~/components/case-badges";
import { Button, buttonClass } from "~/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "~/components/ui/card";
import { Field, FormError, SelectField, TextareaField } from "~/components/ui/field";
import { formatANumber } from "~/domain/a-number";
import { countryName } from "~/domain/countries";
import { FLIGHT_TYPE_LABELS, FLIGHT_TYPES, REPORT_KIND_LABELS, REPORT_KINDS, type Extraction, type Source } from "~/domain/flight-extraction";
import { safeHttpUrl } from "~/domain/html-text";
import { RISK_LABELS, RISK_TIERS, type RiskTier } from "~/domain/risk";
import { getDb } from "#db/client";
import { addTimelineNote, correctAlert, decodeMatchCursor, encodeAlertCursor, getAlert, listMatches, markAlertRead, readState, reviewMatch, unmarkAlertReviewed } from "~/models/alerts.server";
import { correctionSchema, matchSchema, noteSchema } from "~/utils/alert-schemas";
import { requirePermission } from "~/utils/auth.server";
import { parseWith, readForm } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.article.title ?? "Alert"} · Casewatch` }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  const found = getAlert(user.firmId, args.params.id ?? "");
  if (!found) throw new Response("This alert does not exist, or it belongs to another firm.", { status: 404 });
  const { alert, article } = found;
  markAlertRead(user.firmId, user.id, alert.id);
  const url = new URL(args.request.url);
  const tierParam = url.searchParams.get("tier");
  const tier = (RISK_TIERS as readonly string[]).includes(tierParam ?? "") ? (tierParam as RiskTier) : null;
  const page = listMatches(getDb(), user.firmId, alert.id, { tier, after: decodeMatchCursor(url.searchParams.get("after")), limit: 100 });
  const read = readState(user.id, alert.id);
  const facts = alert.facts as unknown as Extraction;
  return {
    alert: { id: alert.id, kind: alert.kind, countries: alert.countries, eventDate: alert.eventDate, peopleCount: alert.peopleCount, peopleMin: alert.peopleMin, peopleMax: alert.peopleMax, departure: alert.departure, arrival: alert.arrival, flightTypes: alert.flightTypes, counts: alert.counts, corrected: Object.keys(alert.corrected), version: alert.version, createdAt: alert.createdAt },
    article: { title: article.title, url: safeHttpUrl(article.url), publishedOn: article.publishedOn, source: article.source },
    facts: { sentences: facts.sentences, countries: facts.countries, eventDate: facts.eventDate, people: facts.people, departure: facts.departure, arrival: facts.arrival, flightTypes: facts.flightTypes, kindSource: facts.kindSource, why: facts.why },
    matches: page.rows,
    next: page.next ? encodeAlertCursor(page.next) : null,
    tier,
    reviewedByMe: Boolean(read?.reviewedAt),
  };
}

type ActionData = { intent?: string; clientId?: string; errors?: Record<string, string>; values?: Record<string, string>; formError?: string };

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  const actor = { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null };
  const id = args.params.id ?? "";
  if (!getAlert(user.firmId, id)) throw new Response("This alert does not exist, or it belongs to another firm.", { status: 404 });
  const form = await readForm(args.request);
  const intent = String(form.get("intent") ?? "");
  const back = (hash: string, message: string) => redirectWithToast(`/alerts/${id}${hash}`, { kind: "success", message });
  switch (intent) {
    case "review":
    case "unreview": {
      const p = parseWith(matchSchema, form);
      if (!p.ok) return data<ActionData>({ intent, formError: "Choose a client on this alert." }, { status: 400 });
      if (!reviewMatch(actor, id, p.data.clientId, intent === "review")) return data<ActionData>({ intent, formError: "That client is not on this alert." }, { status: 400 });
      return back(`#client-${p.data.clientId}`, intent === "review" ? "Marked reviewed." : "Marked not reviewed.");
    }
    case "note": {
      const p = parseWith(noteSchema, form);
      if (!p.ok) return data<ActionData>({ intent, clientId: String(form.get("clientId") ?? "").slice(0, 40), errors: p.errors, values: p.values }, { status: 400 });
      const noteId = addTimelineNote(actor, p.data.clientId, p.data.body, id);
      if (!noteId) return data<ActionData>({ intent, formError: "That client is not in this firm." }, { status: 400 });
      return back(`#client-${p.data.clientId}`, "Note added to the client's timeline.");
    }
    case "correct": {
      const p = parseWith(correctionSchema, form);
      if (!p.ok) return data<ActionData>({ intent, errors: p.errors, values: p.values }, { status: 400 });
      const v = p.data;
      const res = correctAlert(actor, id, v.version, { relevant: v.relevant === "yes", kind: v.kind, countries: v.countries, eventDate: v.eventDate, peopleCount: v.peopleCount, peopleMin: v.peopleMin, peopleMax: v.peopleMax, departure: v.departure, arrival: v.arrival, flightTypes: v.flightTypes });
      if (res === "conflict") return data<ActionData>({ intent, values: p.values, formError: "Someone corrected this alert while you were editing. Reload the page to see their change, then correct it again." }, { status: 409 });
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

function Quote({ sentences, source }: { sentences: { text: string; title: boolean }[]; source: Source }) {
  const s = sentences[source.sentence];
  if (!s) return null;
  return (
    <blockquote className="mt-1 border-l-4 border-yellow-300 pl-3 text-sm italic text-slate-700">
      {s.title ? <span className="not-italic text-xs font-semibold uppercase text-slate-500">Headline: </span> : null}
      <Highlight text={s.text} phrase={source.phrase} />
    </blockquote>
  );
}

export default function AlertPage() {
  const { alert, article, facts, matches, next, tier, reviewedByMe } = useLoaderData<typeof loader>();
  const res = useActionData<ActionData>();
  const location = useLocation();
  const total = alert.counts.critical + alert.counts.high + alert.counts.elevated + alert.counts.low + alert.counts.none;
  const people = peopleText(alert);
  const cited = new Set<number>([...facts.countries.flatMap((c) => c.sources.map((s) => s.sentence)), ...(facts.eventDate ? [facts.eventDate.source.sentence] : []), ...(facts.people ? [facts.people.source.sentence] : []), ...(facts.kindSource ? [facts.kindSource.sentence] : [])]);
  const corrected = (k: string) => (alert.corrected.includes(k) ? <Badge tone="blue">corrected</Badge> : null);
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
        summary={
          <span className="flex flex-wrap items-center gap-2">
            <KindBadge kind={alert.kind} />
            <span className="font-medium">
              <Countries codes={alert.countries} />
            </span>
            <span>· {eventDateText(alert.eventDate)}</span>
            {people ? <span>· {people}</span> : null}
            <span>
              · published {article.publishedOn}
              {article.url ? (
                <>
                  {" "}
                  ·{" "}
                  <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-700 underline">
                    source
                  </a>
                </>
              ) : null}
            </span>
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
              Clients whose nationality (or country of birth, when no nationality is recorded) is a destination, sorted by what this report means for them. Cases closed in the client's favour are left out.
            </p>
            <nav aria-label="Filter by tier" className="mb-4 flex flex-wrap gap-2 text-sm">
              <Link to={`/alerts/${alert.id}`} className={`rounded-full px-3 py-1 ring-1 ring-inset ${!tier ? "bg-blue-700 text-white ring-blue-700" : "text-slate-800 ring-slate-300"}`} aria-current={!tier ? "true" : undefined}>
                All {total}
              </Link>
              {RISK_TIERS.filter((t) => alert.counts[t] > 0).map((t) => (
                <Link key={t} to={`/alerts/${alert.id}?tier=${t}`} className={`rounded-full px-3 py-1 ring-1 ring-inset ${tier === t ? "bg-blue-700 text-white ring-blue-700" : "text-slate-800 ring-slate-300"}`} aria-current={tier === t ? "true" : undefined}>
                  {RISK_LABELS[t]} {alert.counts[t]}
                </Link>
              ))}
            </nav>
            {matches.length === 0 ? (
              <EmptyState>No client of the firm is from {alert.countries.map(countryName).join(" or ") || "these countries"}.</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200" aria-label="Affected clients, highest tier first">
                {matches.map((m) => (
                  <li key={m.clientId} id={`client-${m.clientId}`} className="py-4">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                        <RiskBadge tier={m.tier} />
                        <Link to={`/clients/${m.clientId}`} className="text-blue-800 underline-offset-2 hover:underline">
                          {m.name}
                        </Link>
                        {m.nativeName ? <span className="font-normal text-slate-700">{m.nativeName}</span> : null}
                        {m.isNew ? <Badge tone="amber">New since the alert</Badge> : null}
                      </h3>
                      {m.aNumber ? <span className="font-mono text-xs text-slate-600">{formatANumber(m.aNumber)}</span> : null}
                    </div>
                    <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-800" aria-label={`Why ${m.name} is on this alert`}>
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
                            <Button type="submit" name="intent" value="unreview" variant="ghost" aria-label={`Mark ${m.name} not reviewed`}>
                              Undo
                            </Button>
                          </span>
                        ) : (
                          <Button type="submit" name="intent" value="review" variant="secondary" aria-label={`Mark ${m.name} reviewed`}>
                            Mark reviewed
                          </Button>
                        )}
                      </Form>
                      <Link to={`/clients/${m.clientId}`} className={buttonClass("ghost")} aria-label={`Open ${m.name}`}>
                        Open client
                      </Link>
                      <details key={`${m.clientId}-${location.key}`} className="basis-full" open={res?.intent === "note" && res.clientId === m.clientId}>
                        <summary className="cursor-pointer text-sm font-medium text-blue-700 underline">Add a note to {m.name}'s timeline</summary>
                        <Form method="post" preventScrollReset className="mt-2 space-y-2" noValidate>
                          <input type="hidden" name="intent" value="note" />
                          <input type="hidden" name="clientId" value={m.clientId} />
                          <TextareaField
                            label={`Note for ${m.name}`}
                            name="body"
                            rows={3}
                            defaultValue={res?.intent === "note" && res.clientId === m.clientId ? res.values?.body : `About the ${alert.countries.map(countryName).join("/")} removal-flight report of ${article.publishedOn}: `}
                            error={res?.intent === "note" && res.clientId === m.clientId ? res.errors?.body : undefined}
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
                <Link to={`/alerts/${alert.id}?${new URLSearchParams({ ...(tier ? { tier } : {}), after: next }).toString()}`} className={buttonClass("secondary")}>
                  More clients
                </Link>
              </p>
            ) : null}
          </Card>
        </div>

        <div className="space-y-6 xl:col-span-2">
          <div id="facts">
            <Card title="What the article says">
              <p className="mb-3 text-sm text-slate-700">{facts.why} Each fact shows the sentence it was read from.</p>
              <dl className="space-y-4 text-sm">
                <div>
                  <dt className="font-semibold text-slate-900">Kind of report {corrected("kind")}</dt>
                  <dd>
                    {REPORT_KIND_LABELS[alert.kind as keyof typeof REPORT_KIND_LABELS] ?? alert.kind}
                    {facts.kindSource ? <Quote sentences={facts.sentences} source={{ sentence: facts.kindSource.sentence, phrase: "" }} /> : null}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">Destination countries {corrected("countries")}</dt>
                  <dd>
                    <Countries codes={alert.countries} />
                    {facts.countries.map((c) => (
                      <div key={c.code} className="mt-1">
                        {c.sources.slice(0, 2).map((s, i) => (
                          <div key={i}>
                            <span className="text-xs text-slate-600">
                              {countryName(c.code)}: {s.rule}
                            </span>
                            <Quote sentences={facts.sentences} source={s} />
                          </div>
                        ))}
                      </div>
                    ))}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">When {corrected("eventDate")}</dt>
                  <dd>
                    <span>{eventDateText(alert.eventDate)}</span>
                    {facts.eventDate && facts.eventDate.value === alert.eventDate ? (
                      <>
                        <p className="text-xs text-slate-600">Rule: {facts.eventDate.rule}.</p>
                        <Quote sentences={facts.sentences} source={facts.eventDate.source} />
                      </>
                    ) : null}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">How many people {corrected("peopleCount")}</dt>
                  <dd>
                    <span>{people ?? "Not stated"}</span>
                    {facts.people ? <Quote sentences={facts.sentences} source={facts.people.source} /> : null}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">From {corrected("departure")}</dt>
                  <dd>
                    <span>{alert.departure.length ? alert.departure.join("; ") : "Not stated"}</span>
                    {facts.departure.slice(0, 2).map((p, i) => (
                      <Quote key={i} sentences={facts.sentences} source={p.source} />
                    ))}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">To {corrected("arrival")}</dt>
                  <dd>
                    <span>{alert.arrival.length ? alert.arrival.join("; ") : "Not stated"}</span>
                    {facts.arrival.slice(0, 2).map((p, i) => (
                      <Quote key={i} sentences={facts.sentences} source={p.source} />
                    ))}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">Kind of flight {corrected("flightTypes")}</dt>
                  <dd>
                    <span>{alert.flightTypes.length ? alert.flightTypes.map((t) => FLIGHT_TYPE_LABELS[t as keyof typeof FLIGHT_TYPE_LABELS] ?? t).join(", ") : "Not stated"}</span>
                    {facts.flightTypes.slice(0, 2).map((t, i) => (
                      <Quote key={i} sentences={facts.sentences} source={t.source} />
                    ))}
                  </dd>
                </div>
              </dl>
              <details className="mt-6" open={res?.intent === "correct"}>
                <summary className="cursor-pointer text-sm font-medium text-blue-700 underline">Correct the facts</summary>
                <FormError message={res?.intent === "correct" ? res.formError : undefined} />
                <Form method="post" className="mt-3 space-y-3" noValidate>
                  <input type="hidden" name="intent" value="correct" />
                  <input type="hidden" name="version" value={alert.version} />
                  <SelectField label="About a removal flight or acceptance change?" name="relevant" defaultValue={cv.relevant ?? "yes"} error={e.relevant}>
                    <option value="yes">Yes: keep the alert</option>
                    <option value="no">No: not relevant (clears its clients)</option>
                  </SelectField>
                  <SelectField label="Kind of report" name="kind" defaultValue={cv.kind ?? alert.kind} error={e.kind}>
                    {REPORT_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {REPORT_KIND_LABELS[k]}
                      </option>
                    ))}
                  </SelectField>
                  <Field label="Destination countries" name="countries" defaultValue={cv.countries ?? alert.countries.join(", ")} error={e.countries} hint="Names or two-letter codes, separated by commas" />
                  <Field label="Event date" name="eventDate" defaultValue={cv.eventDate ?? alert.eventDate ?? ""} error={e.eventDate} hint="YYYY-MM-DD, or YYYY-MM for a month" />
                  <div className="grid grid-cols-3 gap-2">
                    <Field label="Number of people" name="peopleCount" inputMode="numeric" defaultValue={cv.peopleCount ?? (alert.peopleCount?.toString() ?? "")} error={e.peopleCount} />
                    <Field label="At least" name="peopleMin" inputMode="numeric" defaultValue={cv.peopleMin ?? (alert.peopleMin?.toString() ?? "")} error={e.peopleMin} />
                    <Field label="At most" name="peopleMax" inputMode="numeric" defaultValue={cv.peopleMax ?? (alert.peopleMax?.toString() ?? "")} error={e.peopleMax} />
                  </div>
                  <Field label="Departure" name="departure" defaultValue={cv.departure ?? alert.departure.join("; ")} error={e.departure} hint="Places separated by semicolons" />
                  <Field label="Arrival" name="arrival" defaultValue={cv.arrival ?? alert.arrival.join("; ")} error={e.arrival} hint="Places separated by semicolons" />
                  <Field label="Kind of flight" name="flightTypes" defaultValue={cv.flightTypes ?? alert.flightTypes.join(", ")} error={e.flightTypes} hint={`Any of: ${FLIGHT_TYPES.join(", ")}`} />
                  <Button type="submit" variant="secondary" pendingText="Saving…">
                    Save corrections
                  </Button>
                </Form>
              </details>
            </Card>
          </div>
          <Card title="The article">
            <div className="space-y-3 text-sm leading-relaxed text-slate-800">
              {[...paragraphs.entries()].map(([p, ss]) => (
                <p key={p}>
                  {ss.map((s) => (
                    <span key={s.i} className={cited.has(s.i) ? "bg-yellow-50 underline decoration-yellow-400 decoration-2 underline-offset-2" : undefined}>
                      {s.text}{" "}
                    </span>
                  ))}
                </p>
              ))}
            </div>
            <p className="mt-3 text-xs text-slate-600">Underlined: the sentences the facts above were read from. {article.source === "feed" ? "From a feed; " : ""}the text is shown as plain text.</p>
          </Card>
        </div>
      </div>
    </>
  );
}
