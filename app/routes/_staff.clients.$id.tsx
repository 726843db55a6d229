import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { DateText, RiskBadge, StatusBadge } from "~/components/case-badges";
import { EventFields, EventTypePicker } from "~/components/event-form";
import { Button, buttonClass } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { Field, FormError, SelectField, TextareaField } from "~/components/ui/field";
import { Table, Td } from "~/components/ui/table";
import { formatDate } from "~/domain/dates";
import { EVENT_LABELS, EVENT_TYPES, endsVoluntaryDeparture, type EventType } from "~/domain/removal-events";
import {
  DOC_HOLDERS,
  DOC_HOLDER_LABELS,
  DOC_KINDS,
  DOC_KIND_LABELS,
  DOC_STATES,
  DOC_STATE_LABELS,
} from "~/domain/travel-documents";
import {
  addHearing,
  addRemovalEvent,
  addTravelDocument,
  cancelHearing,
  changeTravelDocumentState,
  markDeadline,
  postponeHearing,
} from "~/models/case.server";
import { computeDerived, firmToday } from "~/models/client-derived.server";
import { clientPageData } from "~/models/client-page.server";
import { handleCheckInIntent, handleSchedule } from "~/models/checkin-actions.server";
import { RECENT_PAST_CHECK_INS, listClientCheckIns, listOffices } from "~/models/checkin.server";
import { listClientReminders } from "~/models/reminders.server";
import { CheckInSummary, ConfirmSafeForm, OutcomeForm, ScheduleForm } from "~/components/checkin-parts";
import { formatInZone } from "~/domain/zoned-time";
import { getClient, setReminderConsent } from "~/models/client.server";
import {
  createPortalInvite,
  portalStatus,
  postClientMessage,
  revokePortalAccess,
} from "~/models/portal.server";
import { isPortalLanguage } from "~/utils/i18n";
import { requirePermission } from "~/utils/auth.server";
import {
  deadlineMarkSchema,
  docChangeFormSchema,
  eventDetails,
  eventFormSchema,
  hearingFormSchema,
  postponeFormSchema,
  travelDocFormSchema,
} from "~/utils/case-schemas";
import { formatInstant } from "~/utils/format";
import { parseWith, readForm } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { redirectWithToast } from "~/utils/toast.server";
import { getDb } from "#db/client";
import { addTimelineNote } from "~/models/alerts.server";
import { countryName } from "~/domain/countries";

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.client.givenNames} ${data.client.familyName} · Casewatch` : "Client · Casewatch" },
];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:client");
  const client = getClient(user.firmId, args.params.id ?? "");
  if (!client) throw notFound();
  const showAll = new URL(args.request.url).searchParams;
  const allCheckIns = showAll.get("checkIns") === "all";
  const {
    rows: checkIns,
    total: checkInTotal,
    hidden: checkInsHidden,
  } = listClientCheckIns(user.firmId, client.id, { all: allCheckIns });
  const now = Date.now();
  const nextCheckIn =
    [...checkIns].reverse().find((c) => c.status === "scheduled" && Date.parse(c.startsAt) >= now) ?? null;
  const reminders = listClientReminders(user.firmId, client.id);
  const portal = {
    ...portalStatus(user.firmId, client.id),
    translated: isPortalLanguage(client.preferredLanguage),
  };
  const page = clientPageData(client);
  return {
    ...page,
    events: showAll.get("events") === "all" ? page.events : page.events.slice(0, RECENT_EVENTS),
    eventTotal: page.events.length,
    checkIns,
    checkInTotal,
    checkInsHidden,
    recentPastShown: RECENT_PAST_CHECK_INS,
    nextCheckIn,
    reminders,
    portal,
    offices: listOffices(user.firmId).map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
  };
}

/** Case events shown before "Show all": a long history (hundreds of entries) stays one click away. */
const RECENT_EVENTS = 50;

type Result = {
  intent: string;
  errors: Record<string, string>;
  values: Record<string, string>;
  formError?: string | null;
  warning?: string | null;
};
const fail = (r: Result, status = 400) => data(r, { status });

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const client = getClient(user.firmId, args.params.id ?? "");
  if (!client) throw notFound();
  const actor = { ...user, ip: args.context?.clientIp ?? null };
  const form = await readForm(args.request);
  const intent = String(form.get("intent") ?? "");
  const back = (hash: string, message: string) =>
    redirectWithToast(`/clients/${client.id}${hash}`, { kind: "success", message });

  if (intent === "schedule-checkin") {
    const r = handleSchedule(actor, client.id, form);
    return "message" in r ? back("#check-ins", r.message) : r;
  }
  if (intent === "portal-invite") {
    if (!client.email && !client.phone)
      return fail({
        intent,
        errors: {},
        values: {},
        formError: "Add the client's email or phone first: they sign in with one of them.",
      });
    const token = createPortalInvite(actor, client.id);
    const origin = process.env.APP_ORIGIN ?? new URL(args.request.url).origin;
    return data({
      intent,
      errors: {},
      values: {},
      formError: null,
      portalLink: `${origin}/portal/${token}`,
      sheetHref: `/clients/${client.id}/portal-sheet?t=${token}`,
    });
  }
  if (intent === "portal-revoke") {
    revokePortalAccess(actor, client.id);
    return back("#portal", "Portal access revoked: the client was signed out everywhere.");
  }
  if (intent === "post-message") {
    const body = String(form.get("body") ?? "").trim();
    if (!body)
      return fail({ intent, errors: { body: "Write the message the client will read." }, values: {} });
    if (body.length > 5000)
      return fail({
        intent,
        errors: { body: "At most 5,000 characters." },
        values: { body: body.slice(0, 5000) },
      });
    postClientMessage(actor, client.id, body);
    return back("#portal", "Message posted on the client's page.");
  }
  if (intent === "reminder-consent") {
    const consent = form.get("consent") === "yes";
    const via = form.get("via") === "client" ? "client" : "staff";
    if (consent && !client.email)
      return fail({
        intent,
        errors: {},
        values: {},
        formError: "Add the client's email address first: reminders go by email.",
      });
    setReminderConsent(actor, client.id, consent, via);
    return back(
      "#check-ins",
      consent
        ? "Recorded: the client agreed to reminders."
        : "Recorded: the client does not want reminders. Pending ones were cancelled.",
    );
  }
  const checkInResult = handleCheckInIntent(actor, intent, form);
  if (checkInResult)
    return "message" in checkInResult ? back("#check-ins", checkInResult.message) : checkInResult;

  switch (intent) {
    case "add-note": {
      const body = String(form.get("noteBody") ?? "").trim();
      if (!body) return fail({ intent, errors: { noteBody: "Write the note." }, values: {} });
      if (body.length > 2000)
        return fail({
          intent,
          errors: { noteBody: "At most 2,000 characters." },
          values: { noteBody: body.slice(0, 2000) },
        });
      if (CONTROL_CHARS.test(body))
        return fail({
          intent,
          errors: { noteBody: "The note contains characters that cannot be stored." },
          values: { noteBody: body },
        });
      addTimelineNote(actor, client.id, body, null);
      return back("#timeline", "Note added to the timeline.");
    }
    case "add-event": {
      const parsed = parseWith(eventFormSchema, form);
      if (!parsed.ok)
        return fail({
          intent,
          errors: parsed.errors,
          values: parsed.values,
          formError: "Some fields need attention.",
        });
      const v = parsed.data;
      // Filing a petition for review or a motion ends a live voluntary-departure grant: say so first.
      if (endsVoluntaryDeparture(v.type) && !v.confirmEndsVd) {
        const vd = computeDerived(getDb(), client, firmToday(client.firmId)).status.voluntaryDeparture;
        if (vd && !vd.ended)
          return fail({
            intent,
            errors: {},
            values: parsed.values,
            warning: `This client has a live voluntary departure grant${vd.departBy ? ` (leave by ${vd.departBy})` : ""}. Filing a ${EVENT_LABELS[v.type].toLowerCase().replace(" filed", "")} ends it (8 CFR 1240.26(e)(1), (i)).`,
          });
      }
      addRemovalEvent(actor, client.id, {
        type: v.type,
        effectiveDate: v.effectiveDate,
        details: eventDetails(v),
        court: v.court,
        notes: v.notes,
        source: v.source,
        verifiedOn: v.verifiedOn,
      });
      return back("#timeline", `${EVENT_LABELS[v.type]} recorded.`);
    }
    case "add-hearing": {
      const parsed = parseWith(hearingFormSchema, form);
      if (!parsed.ok) return fail({ intent, errors: parsed.errors, values: parsed.values });
      addHearing(actor, client.id, parsed.data);
      return back("#hearings", "Hearing added.");
    }
    case "postpone-hearing": {
      const parsed = parseWith(postponeFormSchema, form);
      if (!parsed.ok) return fail({ intent, errors: parsed.errors, values: parsed.values });
      if (
        !postponeHearing(
          actor,
          client.id,
          parsed.data.hearingId,
          { date: parsed.data.toDate, time: parsed.data.toTime },
          parsed.data.reason,
        )
      )
        throw notFound();
      return back("#hearings", "Postponement recorded; the old date is kept.");
    }
    case "cancel-hearing": {
      const hearingId = String(form.get("hearingId") ?? "").slice(0, 40);
      const reason =
        String(form.get("reason") ?? "")
          .trim()
          .slice(0, 500) || "No reason given";
      if (!cancelHearing(actor, client.id, hearingId, reason)) throw notFound();
      return back("#hearings", "Hearing marked cancelled.");
    }
    case "add-document": {
      const parsed = parseWith(travelDocFormSchema, form);
      if (!parsed.ok) return fail({ intent, errors: parsed.errors, values: parsed.values });
      const { effectiveDate, ...doc } = parsed.data;
      addTravelDocument(actor, client.id, doc, effectiveDate);
      return back("#travel-documents", `${DOC_KIND_LABELS[doc.kind]} recorded.`);
    }
    case "change-document": {
      const parsed = parseWith(docChangeFormSchema, form);
      if (!parsed.ok) return fail({ intent, errors: parsed.errors, values: parsed.values });
      const v = parsed.data;
      const ok = changeTravelDocumentState(actor, client.id, v.documentId, {
        state: v.state,
        holder: v.holder,
        effectiveDate: v.effectiveDate,
        note: v.note,
        ...(v.expiryDate ? { expiryDate: v.expiryDate } : {}),
      });
      if (!ok) throw notFound();
      return back("#travel-documents", "Travel document updated; its history keeps the old state.");
    }
    case "mark-deadline": {
      const parsed = parseWith(deadlineMarkSchema, form);
      if (!parsed.ok) return fail({ intent, errors: parsed.errors, values: parsed.values });
      const keys = computeDerived(getDb(), client, firmToday(client.firmId)).deadlines.map((d) => d.key);
      if (!keys.includes(parsed.data.key)) throw notFound("That deadline no longer exists.");
      markDeadline(actor, client.id, parsed.data.key, parsed.data.mark, parsed.data.note);
      return back(
        "#deadlines",
        parsed.data.mark === "open"
          ? "Deadline reopened."
          : parsed.data.mark === "done"
            ? "Deadline marked done."
            : "Deadline marked not applicable.",
      );
    }
    default:
      return fail({ intent, errors: {}, values: {}, formError: "Unknown action." });
  }
}

const URGENCY: Record<string, { label: string; tone: "red" | "amber" | "blue" | "green" | "grey" }> = {
  overdue: { label: "Overdue", tone: "red" },
  lapsed: { label: "Passed", tone: "grey" },
  due_soon: { label: "Due soon", tone: "amber" },
  upcoming: { label: "Upcoming", tone: "blue" },
  met: { label: "Met", tone: "green" },
  done: { label: "Done", tone: "green" },
  not_applicable: { label: "Not applicable", tone: "grey" },
  superseded: { label: "No longer applies", tone: "grey" },
};

export default function ClientPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const c = d.client;
  const pickedEvent = params.get("event");
  const eventType =
    pickedEvent && (EVENT_TYPES as readonly string[]).includes(pickedEvent)
      ? (pickedEvent as EventType)
      : null;
  const r = (intent: string) => (result?.intent === intent ? result : null);
  const addEvent = r("add-event");
  const showAll = (key: "events" | "checkIns") => {
    const next = new URLSearchParams(params);
    next.set(key, "all");
    return `?${next}`;
  };
  return (
    <div className="space-y-6">
      {/* Summary card: the whole case at a glance. */}
      <section
        aria-labelledby="client-name"
        className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      >
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 id="client-name" className="text-2xl font-semibold text-slate-900">
              {c.givenNames} {c.familyName}
              {c.nativeName ? <span className="ml-3 font-normal text-slate-700">{c.nativeName}</span> : null}
            </h1>
            <p className="mt-1 text-sm text-slate-700">
              <span className="font-mono">{c.aNumberDisplay}</span> ·{" "}
              {c.nationalityNames.length ? c.nationalityNames.join(", ") : "Nationality not recorded"} ·{" "}
              {c.languageName}
              {c.detentionStatus === "detained" ? (
                <span className="ml-2 rounded bg-red-100 px-1.5 font-semibold text-red-900">
                  Detained{c.detentionFacility ? ` at ${c.detentionFacility}` : ""}
                </span>
              ) : null}
            </p>
          </div>
          <div className="flex gap-2">
            <Link to={`/clients/${c.id}/edit`} className={buttonClass("secondary")}>
              Edit details
            </Link>
          </div>
        </div>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <div>
            <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Removal status</dt>
            <dd className="mt-1">
              <StatusBadge label={d.status.label} phase={d.status.phase} />
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Risk</dt>
            <dd className="mt-1">
              <RiskBadge tier={d.risk.tier} />
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Next hearing</dt>
            <dd className="mt-1 text-sm">
              {d.nextHearing ? (
                <>
                  <DateText date={d.nextHearing.date} /> {d.nextHearing.time ?? ""} · {d.nextHearing.court}
                </>
              ) : (
                "None scheduled"
              )}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Next check-in</dt>
            <dd className="mt-1 text-sm">
              {d.nextCheckIn
                ? `${formatInZone(d.nextCheckIn.startsAt, d.nextCheckIn.timeZone)}${d.nextCheckIn.officeName ? ` · ${d.nextCheckIn.officeName}` : ""}`
                : "None scheduled"}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Travel document</dt>
            <dd className="mt-1 text-sm">{d.travelDoc.label}</dd>
          </div>
        </dl>
        <div className="mt-4">
          <h2 className="text-sm font-semibold text-slate-900">Why this risk</h2>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
            {d.risk.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
        {d.status.warnings.length || d.travelDoc.warnings.length ? (
          <div
            role="alert"
            className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
          >
            <p className="font-semibold">Check these</p>
            <ul className="mt-1 list-disc pl-5">
              {[...d.status.warnings, ...d.travelDoc.warnings].map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <nav aria-label="Sections" className="flex flex-wrap gap-3 text-sm">
        {[
          ["#timeline", "Timeline"],
          ["#alerts", "Alerts"],
          ["#deadlines", "Deadlines"],
          ["#portal", "Portal"],
          ["#check-ins", "Check-ins"],
          ["#hearings", "Hearings"],
          ["#travel-documents", "Travel documents"],
          ["#details", "Details"],
          ["#audit", "Audit"],
        ].map(([href, label]) => (
          <a key={href} href={href} className="font-medium text-blue-700 underline">
            {label}
          </a>
        ))}
      </nav>

      <div id="timeline">
        <Card title="Timeline">
          <div id="add-event" className="mb-6 space-y-4 rounded-md bg-slate-50 p-4">
            <h3 className="text-sm font-semibold text-slate-900">Record what happened</h3>
            <EventTypePicker selected={eventType} />
            {eventType ? (
              <EventFields
                type={eventType}
                values={addEvent?.values ?? { effectiveDate: d.today }}
                errors={addEvent?.errors ?? {}}
                formError={addEvent?.formError}
                warning={addEvent?.warning}
                submitLabel="Record event"
                hiddenIntent="add-event"
              />
            ) : null}
          </div>
          {d.events.length === 0 ? (
            <EmptyState>No events yet. Start with the Notice to Appear.</EmptyState>
          ) : (
            <ol
              className="relative space-y-4 border-l-2 border-slate-200 pl-6"
              aria-label="Case events, newest first"
            >
              {d.events.map((e) => (
                <li key={e.id} className="relative">
                  <span
                    aria-hidden
                    className="absolute top-1.5 -left-[31px] h-3 w-3 rounded-full border-2 border-white bg-blue-700"
                  />
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className="font-medium text-slate-900">
                      <DateText date={e.effectiveDate} /> — {e.label}
                      {e.facts.length ? (
                        <span className="font-normal text-slate-700">: {e.facts.join("; ")}</span>
                      ) : null}
                    </p>
                    <Link
                      to={`/clients/${c.id}/events/${e.id}`}
                      className="text-sm text-blue-700 underline"
                      aria-label={`Correct ${e.label} of ${e.effectiveDate}`}
                    >
                      Correct
                    </Link>
                  </div>
                  <p className="text-xs text-slate-600">
                    {e.court ? `${e.court} · ` : ""}Source: {e.sourceLabel}
                    {e.verifiedOn ? ` · verified ${e.verifiedOn}` : ""} · entered by {e.createdBy ?? "—"}
                    {e.updatedAt ? " · corrected" : ""}
                  </p>
                  {e.notes ? (
                    <p className="mt-1 text-sm whitespace-pre-wrap text-slate-800">{e.notes}</p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          {d.eventTotal > d.events.length ? (
            <p className="mt-3 text-sm text-slate-700">
              Showing the {d.events.length} most recent of {d.eventTotal} events.{" "}
              <Link
                to={`${showAll("events")}#timeline`}
                preventScrollReset
                className="font-medium text-blue-700 underline"
              >
                Show all {d.eventTotal} events
              </Link>
            </p>
          ) : null}
          <div id="notes" className="mt-6 border-t border-slate-200 pt-4">
            <h3 className="text-sm font-semibold text-slate-900">Notes</h3>
            {d.notes.length === 0 ? (
              <p className="mt-1 text-sm text-slate-600">No notes yet.</p>
            ) : (
              <ul className="mt-2 space-y-3" aria-label="Timeline notes, newest first">
                {d.notes.map((n) => (
                  <li key={n.id} className="text-sm">
                    <p className="font-medium text-slate-900">
                      <DateText date={n.date} /> — Note by {n.createdBy ?? "staff"}
                      {n.alertId ? (
                        <>
                          {" "}
                          ·{" "}
                          <Link to={`/alerts/${n.alertId}`} className="font-normal text-blue-700 underline">
                            about an alert
                          </Link>
                        </>
                      ) : null}
                    </p>
                    <p className="whitespace-pre-wrap text-slate-800">{n.body}</p>
                  </li>
                ))}
              </ul>
            )}
            <details className="mt-3" key={`note-${d.notes.length}`} open={result?.intent === "add-note"}>
              <summary className="cursor-pointer text-sm font-medium text-blue-700 underline">
                Add a note
              </summary>
              <Form method="post" preventScrollReset className="mt-2 space-y-2" noValidate>
                <input type="hidden" name="intent" value="add-note" />
                <TextareaField
                  label="Timeline note"
                  name="noteBody"
                  rows={3}
                  defaultValue={r("add-note")?.values.noteBody}
                  error={r("add-note")?.errors.noteBody}
                />
                <Button type="submit" variant="secondary">
                  Add note
                </Button>
              </Form>
            </details>
          </div>
        </Card>
      </div>

      <div id="alerts">
        <Card title="Removal-flight alerts">
          {d.alerts.length === 0 ? (
            <EmptyState>This client is on no alert.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="Alerts this client is on">
              {d.alerts.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span className="flex flex-wrap items-center gap-2">
                    <RiskBadge tier={a.tier} />
                    <Link to={`/alerts/${a.id}#client-${c.id}`} className="text-blue-800 underline">
                      {a.title}
                    </Link>
                    <span className="text-slate-600">
                      {a.countries.map(countryName).join(", ")} · {a.eventDate ?? "date not stated"}
                    </span>
                    {a.isNew ? <Badge tone="amber">Added after a change</Badge> : null}
                  </span>
                  <span className="text-xs text-slate-600">
                    {a.reviewedAt ? `Reviewed ${a.reviewedAt.slice(0, 10)}` : "Not reviewed"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <div id="deadlines">
        <Card title="Deadlines">
          <p className="mb-3 text-sm text-slate-600">
            Computed from the events above. Each shows its rule and the date it counts from. Verify every date
            against the order and the rules before relying on it.
          </p>
          {d.deadlines.length === 0 ? (
            <EmptyState>No deadlines follow from the events recorded so far.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="Deadlines">
              {d.deadlines.map((dl) => (
                <li key={dl.key} className="py-3">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className="font-medium text-slate-900">
                      {dl.label}: <DateText date={dl.due} />{" "}
                      <Badge tone={URGENCY[dl.urgency]?.tone ?? "grey"}>
                        {URGENCY[dl.urgency]?.label ?? dl.urgency}
                      </Badge>{" "}
                      <span className="text-xs font-semibold text-amber-800 uppercase">Verify</span>
                    </p>
                    <Form method="post" preventScrollReset className="flex items-center gap-2">
                      <input type="hidden" name="intent" value="mark-deadline" />
                      <input type="hidden" name="key" value={dl.key} />
                      {dl.mark ? (
                        <Button type="submit" name="mark" value="open" variant="ghost">
                          Reopen
                        </Button>
                      ) : (
                        <>
                          <Button
                            type="submit"
                            name="mark"
                            value="done"
                            variant="ghost"
                            aria-label={`Mark “${dl.label}” done`}
                          >
                            Mark done
                          </Button>
                          <Button
                            type="submit"
                            name="mark"
                            value="not_applicable"
                            variant="ghost"
                            aria-label={`Mark “${dl.label}” not applicable`}
                          >
                            Not applicable
                          </Button>
                        </>
                      )}
                    </Form>
                  </div>
                  <p className="text-xs text-slate-700">
                    Rule: {dl.rule}. Counted from {dl.computedFrom.what} on {dl.computedFrom.date}.
                    {dl.rolledFrom
                      ? ` Moved from ${dl.rolledFrom.date}: ${dl.rolledFrom.reasons.join("; ")}.`
                      : ""}
                  </p>
                  {dl.note ? <p className="text-xs text-slate-600">{dl.note}</p> : null}
                  {dl.metBy ? <p className="text-xs text-green-800">{dl.metBy}.</p> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <div id="portal">
        <Card title="Client portal">
          {!d.portal.translated ? (
            <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
              The portal is not yet translated into {c.languageName}: this client sees it in English.
            </p>
          ) : null}
          <p className="text-sm text-slate-700">
            {d.portal.user?.active ? (
              <>
                Access: <strong>active</strong> (signs in with {d.portal.user.email ?? d.portal.user.phone}).
              </>
            ) : d.portal.pendingInvite ? (
              <>
                Access: <strong>invited</strong>, link valid until{" "}
                {d.portal.pendingInvite.expiresAt.slice(0, 10)}.
              </>
            ) : (
              <>
                Access: <strong>none</strong>. The client can see their status, appointments and your messages
                in their language.
              </>
            )}
          </p>
          {result?.intent === "portal-invite" && "portalLink" in result ? (
            <div role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-900">
              <p>
                A one-time link for the client (valid 7 days). Send it, or print the sheet with its QR code:
              </p>
              <p className="mt-1 font-mono text-xs break-all" data-testid="portal-invite-link">
                {String(result.portalLink)}
              </p>
              <p className="mt-2">
                <Link to={String(result.sheetHref)} className="font-medium underline">
                  Open the printable sheet
                </Link>
              </p>
            </div>
          ) : null}
          <Form method="post" preventScrollReset className="mt-3 flex flex-wrap gap-2">
            <Button type="submit" name="intent" value="portal-invite" variant="secondary">
              {d.portal.user?.active || d.portal.pendingInvite
                ? "Make a new portal link"
                : "Give portal access"}
            </Button>
            {d.portal.user?.active || d.portal.pendingInvite ? (
              <Button type="submit" name="intent" value="portal-revoke" variant="danger">
                Revoke portal access
              </Button>
            ) : null}
          </Form>
          <h3 className="mt-5 text-sm font-semibold text-slate-900">Messages the client sees</h3>
          <p className="text-xs text-slate-600">
            Shown on the client's own page. Staff notes stay in Details and are never shown.
          </p>
          <Form method="post" preventScrollReset className="mt-2 space-y-2">
            <input type="hidden" name="intent" value="post-message" />
            <TextareaField
              label="Message to the client"
              name="body"
              rows={3}
              error={result?.intent === "post-message" ? result.errors.body : undefined}
            />
            <Button type="submit" variant="secondary" pendingText="Posting…">
              Post message
            </Button>
          </Form>
          {d.portal.messages.length ? (
            <ul className="mt-3 divide-y divide-slate-100 text-sm" aria-label="Messages to the client">
              {d.portal.messages.map((m) => (
                <li key={m.id} className="py-2">
                  <p className="whitespace-pre-wrap text-slate-900">{m.body}</p>
                  <p className="text-xs text-slate-600">
                    {m.createdAt.slice(0, 16).replace("T", " ")} UTC · {m.author ?? "—"} ·{" "}
                    {m.readAt ? (
                      <strong className="text-green-800">
                        read {m.readAt.slice(0, 16).replace("T", " ")} UTC
                      </strong>
                    ) : (
                      "not read yet"
                    )}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
      </div>

      <div id="check-ins">
        <Card title="Check-ins">
          {d.checkIns.length === 0 ? (
            <EmptyState>
              No check-ins recorded. Schedule the next one from the client's appointment letter.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="Check-ins, newest first">
              {d.checkIns.map((ci) => (
                <li key={ci.id} className="space-y-2 py-3">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <CheckInSummary c={ci} />
                    <div className="flex items-center gap-2">
                      {ci.unconfirmed ? <ConfirmSafeForm c={ci} /> : null}
                      {ci.status === "scheduled" ? (
                        <Link
                          to={`/check-ins/${ci.id}`}
                          className="text-sm text-blue-700 underline"
                          aria-label={`Change the check-in of ${ci.localDate}`}
                        >
                          Change
                        </Link>
                      ) : null}
                    </div>
                  </div>
                  {ci.status === "scheduled" && (ci.overdue || ci.localDate <= d.today) ? (
                    <OutcomeForm
                      c={ci}
                      errors={
                        result?.intent === "checkin-outcome" &&
                        "checkInId" in result &&
                        result.checkInId === ci.id
                          ? result.errors
                          : undefined
                      }
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {d.checkInsHidden > 0 ? (
            <p className="mt-2 text-sm text-slate-700">
              Showing every scheduled check-in and the {d.recentPastShown} most recent past ones of{" "}
              {d.checkInTotal}.{" "}
              <Link
                to={`${showAll("checkIns")}#check-ins`}
                preventScrollReset
                className="font-medium text-blue-700 underline"
              >
                Show all {d.checkInTotal} check-ins
              </Link>
            </p>
          ) : null}
          <div className="mt-4 rounded-md bg-slate-50 p-3 text-sm">
            <h3 className="font-semibold text-slate-900">Reminders</h3>
            <p className="mt-1 text-slate-700">
              To the client ({c.languageName}, by email{c.email ? ` to ${c.email}` : ": no email recorded"}):{" "}
              <strong>{c.reminderConsent ? "agreed" : "not agreed"}</strong>
              {c.reminderConsentAt
                ? ` (recorded ${c.reminderConsentAt.slice(0, 10)}${c.reminderConsentBy === "client" ? ", by the client" : ", by staff"})`
                : ""}
              . The assigned paralegal is reminded too, 7 days and 1 day before.
            </p>
            <Form method="post" preventScrollReset className="mt-2 flex flex-wrap items-center gap-2">
              <input type="hidden" name="intent" value="reminder-consent" />
              <input type="hidden" name="consent" value={c.reminderConsent ? "no" : "yes"} />
              <SelectField label="Agreement given by" name="via" defaultValue="staff">
                <option value="staff">Staff, on the client's behalf</option>
                <option value="client">The client</option>
              </SelectField>
              <Button type="submit" variant="secondary" className="self-end">
                {c.reminderConsent ? "Stop reminders to the client" : "Client agrees to reminders"}
              </Button>
            </Form>
            {d.reminders.length ? (
              <ul className="mt-3 space-y-1 text-xs text-slate-700" aria-label="Reminders">
                {d.reminders.map((m) => (
                  <li key={m.id}>
                    {m.dueAt.slice(0, 16).replace("T", " ")} UTC ·{" "}
                    {m.recipientKind === "client" ? `client (${m.language})` : "paralegal"} · {m.subject} ·{" "}
                    <strong className={m.status === "failed" ? "text-red-800" : ""}>
                      {m.status === "failed"
                        ? `failed after ${m.attempts} tries: ${m.lastError ?? ""}`
                        : m.status}
                    </strong>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <details
            className="mt-4"
            key={`schedule-${d.checkIns.length}`}
            open={result?.intent === "schedule-checkin"}
          >
            <summary className="cursor-pointer text-sm font-semibold text-blue-700">
              Schedule a check-in
            </summary>
            <div className="mt-3">
              <ScheduleForm
                offices={d.offices}
                values={result?.intent === "schedule-checkin" ? result.values : { officeId: "ero-new-york" }}
                errors={result?.intent === "schedule-checkin" ? result.errors : {}}
                warnings={
                  result?.intent === "schedule-checkin" && "warnings" in result
                    ? (result.warnings as string[] | null)
                    : null
                }
              />
            </div>
          </details>
        </Card>
      </div>

      <div id="hearings">
        <Card title="Hearings">
          {d.hearings.length === 0 ? (
            <EmptyState>No hearings recorded.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {d.hearings.map((h) => (
                <li key={h.id} className="space-y-2 py-3">
                  <p className="font-medium text-slate-900">
                    <DateText date={h.date} /> {h.time ?? ""} ({h.timeZone.replace("_", " ")}) —{" "}
                    {h.hearingType === "master" ? "Master calendar" : "Individual (merits)"} hearing,{" "}
                    {h.court}
                    {h.judge ? `, IJ ${h.judge}` : ""} · {h.mode.replace("_", " ")}{" "}
                    {h.cancelled ? <Badge>Cancelled</Badge> : null}
                  </p>
                  {h.postponements.length ? (
                    <ul className="text-xs text-slate-700">
                      {h.postponements.map((p) => (
                        <li key={p.id}>
                          Postponed from {formatDate(p.fromDate)} {p.fromTime ?? ""} to {formatDate(p.toDate)}{" "}
                          {p.toTime ?? ""}: {p.reason}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {!h.cancelled ? (
                    <details key={`postpone-${h.version}`}>
                      <summary className="cursor-pointer text-sm font-medium text-blue-700">
                        Postpone or cancel
                      </summary>
                      <Form
                        method="post"
                        preventScrollReset
                        className="mt-2 grid gap-3 sm:grid-cols-4 sm:items-end"
                      >
                        <input type="hidden" name="hearingId" value={h.id} />
                        <Field
                          label="New date"
                          name="toDate"
                          type="date"
                          error={r("postpone-hearing")?.errors.toDate}
                        />
                        <Field label="New time" name="toTime" type="time" />
                        <Field label="Reason" name="reason" error={r("postpone-hearing")?.errors.reason} />
                        <div className="flex gap-2">
                          <Button type="submit" name="intent" value="postpone-hearing" variant="secondary">
                            Postpone
                          </Button>
                          <Button type="submit" name="intent" value="cancel-hearing" variant="ghost">
                            Cancel hearing
                          </Button>
                        </div>
                      </Form>
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <details className="mt-4" key={`add-hearing-${d.hearings.length}`} open={Boolean(r("add-hearing"))}>
            <summary className="cursor-pointer text-sm font-semibold text-blue-700">Add a hearing</summary>
            <Form method="post" preventScrollReset className="mt-3 grid gap-4 sm:grid-cols-3" noValidate>
              <input type="hidden" name="intent" value="add-hearing" />
              <SelectField
                label="Hearing type"
                name="hearingType"
                defaultValue={r("add-hearing")?.values.hearingType ?? "master"}
                error={r("add-hearing")?.errors.hearingType}
              >
                <option value="master">Master calendar</option>
                <option value="individual">Individual (merits)</option>
              </SelectField>
              <Field
                label="Court"
                name="court"
                defaultValue={r("add-hearing")?.values.court}
                error={r("add-hearing")?.errors.court}
              />
              <Field
                label="Judge"
                name="judge"
                defaultValue={r("add-hearing")?.values.judge}
                error={r("add-hearing")?.errors.judge}
              />
              <Field
                label="Hearing date"
                name="date"
                type="date"
                defaultValue={r("add-hearing")?.values.date}
                error={r("add-hearing")?.errors.date}
              />
              <Field
                label="Time at the court"
                name="time"
                type="time"
                defaultValue={r("add-hearing")?.values.time}
                error={r("add-hearing")?.errors.time}
              />
              <SelectField
                label="Court time zone"
                name="timeZone"
                defaultValue={r("add-hearing")?.values.timeZone ?? "America/New_York"}
                error={r("add-hearing")?.errors.timeZone}
              >
                {[
                  "America/New_York",
                  "America/Chicago",
                  "America/Denver",
                  "America/Phoenix",
                  "America/Los_Angeles",
                  "America/Anchorage",
                  "Pacific/Honolulu",
                  "America/Puerto_Rico",
                  "Pacific/Guam",
                ].map((z) => (
                  <option key={z} value={z}>
                    {z.replace("_", " ")}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label="Held"
                name="mode"
                defaultValue={r("add-hearing")?.values.mode ?? "in_person"}
              >
                <option value="in_person">In person</option>
                <option value="video">By video</option>
                <option value="phone">By phone</option>
              </SelectField>
              <div className="sm:col-span-2">
                <Field
                  label="Hearing notes"
                  name="notes"
                  defaultValue={r("add-hearing")?.values.notes}
                  error={r("add-hearing")?.errors.notes}
                />
              </div>
              <div className="sm:col-span-3">
                <Button type="submit" pendingText="Saving…">
                  Add hearing
                </Button>
              </div>
            </Form>
          </details>
        </Card>
      </div>

      <div id="travel-documents">
        <Card title="Travel documents">
          {d.docs.length === 0 ? (
            <EmptyState>
              No travel documents recorded. Without one ICE cannot carry out a removal: record what the client
              has, and every request ICE or the consulate makes.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {d.docs.map((doc) => (
                <li key={doc.id} className="space-y-2 py-3">
                  <p className="font-medium text-slate-900">
                    {doc.kindLabel} · {doc.country} ·{" "}
                    <span title="The full number is under Details">{doc.maskedNumber}</span> —{" "}
                    {doc.stateLabel} · held by {doc.holderLabel}
                    {doc.expiryDate ? (
                      <>
                        {" "}
                        · expires <DateText date={doc.expiryDate} />
                      </>
                    ) : null}
                  </p>
                  <ul className="text-xs text-slate-700" aria-label={`History of ${doc.kindLabel}`}>
                    {doc.history.map((h) => (
                      <li key={h.id}>
                        {h.effectiveDate}: {h.stateLabel}, held by {h.holderLabel}
                        {h.note ? ` — ${h.note}` : ""}
                      </li>
                    ))}
                  </ul>
                  <details key={`change-${doc.version}`}>
                    <summary className="cursor-pointer text-sm font-medium text-blue-700">
                      Record a change
                    </summary>
                    <Form
                      method="post"
                      preventScrollReset
                      className="mt-2 grid gap-3 sm:grid-cols-3 sm:items-end"
                      noValidate
                    >
                      <input type="hidden" name="intent" value="change-document" />
                      <input type="hidden" name="documentId" value={doc.id} />
                      <SelectField label="New state" name="state" defaultValue={doc.state}>
                        {DOC_STATES.map((s) => (
                          <option key={s} value={s}>
                            {DOC_STATE_LABELS[s]}
                          </option>
                        ))}
                      </SelectField>
                      <SelectField label="Held by" name="holder" defaultValue={doc.holder}>
                        {DOC_HOLDERS.map((h) => (
                          <option key={h} value={h}>
                            {DOC_HOLDER_LABELS[h]}
                          </option>
                        ))}
                      </SelectField>
                      <Field label="As of" name="effectiveDate" type="date" defaultValue={d.today} />
                      <Field
                        label="New expiry date"
                        name="expiryDate"
                        type="date"
                        hint="Only if it changed."
                      />
                      <div className="sm:col-span-2">
                        <Field label="Note" name="note" />
                      </div>
                      <Button type="submit" variant="secondary">
                        Save change
                      </Button>
                    </Form>
                  </details>
                </li>
              ))}
            </ul>
          )}
          <details className="mt-4" key={`add-doc-${d.docs.length}`} open={Boolean(r("add-document"))}>
            <summary className="cursor-pointer text-sm font-semibold text-blue-700">
              Add a travel document
            </summary>
            <Form method="post" preventScrollReset className="mt-3 grid gap-4 sm:grid-cols-3" noValidate>
              <input type="hidden" name="intent" value="add-document" />
              <FormError message={r("add-document") ? "Some fields need attention." : null} />
              <SelectField
                label="Document kind"
                name="kind"
                defaultValue={r("add-document")?.values.kind ?? "passport"}
                error={r("add-document")?.errors.kind}
              >
                {DOC_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {DOC_KIND_LABELS[k]}
                  </option>
                ))}
              </SelectField>
              <Field
                label="Issuing country"
                name="issuingCountry"
                defaultValue={r("add-document")?.values.issuingCountry ?? c.nationalities[0] ?? ""}
                error={r("add-document")?.errors.issuingCountry}
                hint="Two-letter code, e.g. CN."
              />
              <Field
                label="Document number"
                name="number"
                defaultValue={r("add-document")?.values.number}
                error={r("add-document")?.errors.number}
              />
              <Field
                label="Issued on"
                name="issueDate"
                type="date"
                defaultValue={r("add-document")?.values.issueDate}
                error={r("add-document")?.errors.issueDate}
              />
              <Field
                label="Expires on"
                name="expiryDate"
                type="date"
                defaultValue={r("add-document")?.values.expiryDate}
                error={r("add-document")?.errors.expiryDate}
              />
              <SelectField
                label="Who holds it"
                name="holder"
                defaultValue={r("add-document")?.values.holder ?? "client"}
                error={r("add-document")?.errors.holder}
              >
                {DOC_HOLDERS.map((h) => (
                  <option key={h} value={h}>
                    {DOC_HOLDER_LABELS[h]}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label="State"
                name="state"
                defaultValue={r("add-document")?.values.state ?? "valid"}
                error={r("add-document")?.errors.state}
              >
                {DOC_STATES.map((s) => (
                  <option key={s} value={s}>
                    {DOC_STATE_LABELS[s]}
                  </option>
                ))}
              </SelectField>
              <Field
                label="State as of"
                name="effectiveDate"
                type="date"
                defaultValue={r("add-document")?.values.effectiveDate ?? d.today}
                error={r("add-document")?.errors.effectiveDate}
              />
              <Field
                label="Document notes"
                name="notes"
                defaultValue={r("add-document")?.values.notes}
                error={r("add-document")?.errors.notes}
              />
              <div className="sm:col-span-3">
                <Button type="submit" pendingText="Saving…">
                  Add document
                </Button>
              </div>
            </Form>
          </details>
        </Card>
      </div>

      <div id="details">
        <Card
          title="Details"
          actions={
            <Link to={`/clients/${c.id}/edit`} className="text-sm font-medium text-blue-700 underline">
              Edit
            </Link>
          }
        >
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
            <Detail label="Other names">{c.otherNames}</Detail>
            <Detail label="Date of birth">{c.dateOfBirth ? formatDate(c.dateOfBirth) : null}</Detail>
            <Detail label="Sex">
              {{ female: "Female", male: "Male", x: "Another / X", unknown: "Not recorded" }[c.sex]}
            </Detail>
            <Detail label="Country of birth">{c.countryOfBirthName}</Detail>
            <Detail label="Phone">{c.phone}</Detail>
            <Detail label="Email">{c.email}</Detail>
            <Detail label="Address">{c.address}</Detail>
            <Detail label="Address reported to court (EOIR-33)">{c.addressReportedCourtOn}</Detail>
            <Detail label="Address reported to ICE">{c.addressReportedIceOn}</Detail>
            <Detail label="Detention">
              {c.detentionStatus === "detained"
                ? `Detained at ${c.detentionFacility ?? "?"}${c.detentionSince ? ` since ${c.detentionSince}` : ""}`
                : c.detentionStatus === "released"
                  ? `Released (${c.releaseForm?.toUpperCase().replace("I220", "I-220")})${c.detentionSince ? ` on ${c.detentionSince}` : ""}`
                  : "Not detained"}
            </Detail>
            <Detail label="Lawyer">{c.lawyerName}</Detail>
            <Detail label="Paralegal">{c.paralegalName}</Detail>
            <Detail label="Tags">{c.tags.length ? c.tags.join(", ") : null}</Detail>
            <Detail label="Emergency contacts">{c.emergencyContacts}</Detail>
            <Detail label="Who cares for the children">{c.childrenCare}</Detail>
            <Detail label="Power of attorney on file">{c.powerOfAttorneyOnFile ? "Yes" : "No"}</Detail>
            <Detail label="Travel document numbers">
              {d.docs.length
                ? d.docs.map((doc) => `${doc.kindLabel}: ${doc.number ?? "—"}`).join("; ")
                : null}
            </Detail>
          </dl>
          {c.notes ? (
            <div className="mt-4 rounded-md bg-amber-50 p-3">
              <h3 className="text-xs font-semibold tracking-wide text-amber-900 uppercase">
                Staff notes (never shown to the client)
              </h3>
              <p className="mt-1 text-sm whitespace-pre-wrap text-slate-900">{c.notes}</p>
            </div>
          ) : null}
        </Card>
      </div>

      <div id="audit">
        <Card title="Audit">
          {d.audit.length === 0 ? (
            <EmptyState>No changes recorded.</EmptyState>
          ) : (
            <Table head={["When (UTC)", "Who", "What", "Change"]} caption="Changes to this client">
              {d.audit.map((a) => (
                <tr key={a.id}>
                  <Td className="whitespace-nowrap">{formatInstant(a.at)}</Td>
                  <Td>{a.actor ?? "System"}</Td>
                  <Td>{a.label}</Td>
                  <Td className="max-w-xl font-mono text-xs break-all">
                    {a.before ? <span className="block text-red-800">− {a.before}</span> : null}
                    {a.after ? <span className="block text-green-800">+ {a.after}</span> : null}
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
      </div>
      <FormError
        message={
          result?.intent &&
          !["add-event", "add-hearing", "add-document"].includes(result.intent) &&
          result.formError
            ? result.formError
            : null
        }
      />
    </div>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-wrap text-slate-900">
        {children ?? <span className="text-slate-500">—</span>}
      </dd>
    </div>
  );
}
