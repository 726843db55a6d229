import { Link, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { DateText } from "~/components/case-badges";
import { EventFields, EventTypePicker } from "~/components/event-form";
import { EmptyState, Card } from "~/components/ui/card";
import { EVENT_TYPES, type EventType } from "~/domain/removal-events";
import { EVENT_INTENTS } from "~/utils/client-page-intents";
import { useShowAllHref } from "./show-all";
import type { CardProps } from "./types";

/**
 * The case's removal events, newest first, with the form to record what happened (the event type is
 * picked first, in the URL, so the form shows only that type's fields without JavaScript). The notes
 * card sits inside it as `children`.
 */
export function TimelineCard({
  d,
  result,
  children,
  sourceDocuments = {},
}: CardProps & { children?: ReactNode; sourceDocuments?: Record<string, { id: string; title: string }[]> }) {
  const c = d.client;
  const [params] = useSearchParams();
  const picked = params.get("event");
  const eventType =
    picked && (EVENT_TYPES as readonly string[]).includes(picked) ? (picked as EventType) : null;
  const addEvent = result?.intent === EVENT_INTENTS.add ? result : null;
  const showAllHref = useShowAllHref("events", "#timeline");
  return (
    <div id="timeline">
      <Card title="Timeline">
        <div id="add-event" className="mb-6 space-y-4 rounded-md bg-slate-50 p-4">
          <h3 className="text-sm font-semibold text-slate-900">Record what happened</h3>
          <EventTypePicker selected={eventType} />
          {eventType ? (
            <EventFields
              id="add-event-form"
              type={eventType}
              result={addEvent}
              defaultValue={{ effectiveDate: d.today }}
              warning={addEvent?.warning}
              submitLabel="Record event"
              hiddenIntent={EVENT_INTENTS.add}
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
                {(sourceDocuments[e.id] ?? []).map((doc) => (
                  <p key={doc.id} className="text-sm text-slate-800">
                    Source document:{" "}
                    <a
                      href={`/clients/${c.id}/documents/${doc.id}?inline=1`}
                      target="_blank"
                      rel="noopener"
                      className="text-blue-700 underline"
                    >
                      {doc.title}
                    </a>
                  </p>
                ))}
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
            <Link to={showAllHref} preventScrollReset className="font-medium text-blue-700 underline">
              Show all {d.eventTotal} events
            </Link>
          </p>
        ) : null}
        {children}
      </Card>
    </div>
  );
}
