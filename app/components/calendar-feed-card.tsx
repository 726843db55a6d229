// The calendar page's card for the private iCalendar link (ADR 007): shown once when made, then only
// when it was made and last read.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { FormMessage, useSchemaForm } from "~/components/ui/form";
import { CALENDAR_INTENTS, calendarFeedSchema } from "~/utils/calendar-schemas";
import { formatInstant } from "~/utils/format";

export function CalendarFeedCard({
  feed,
  made,
}: {
  feed: { createdAt: string; lastUsedAt: string | null } | null;
  /** The new link's address (shown once), or a refusal in the FormFailure shape. */
  made: { feedUrl?: string | null; formError?: string | null } | undefined;
}) {
  const [form, f] = useSchemaForm(calendarFeedSchema, { id: "calendar-feed", result: made });
  return (
    <div id="feed">
      <Card title="Your calendar subscription">
        <p className="text-sm text-slate-700">
          Add your clients' check-ins and hearings to Google Calendar, Apple Calendar or Outlook with this
          private link (“subscribe from URL”). It updates when a check-in moves. It shows clients' initials,
          never A-numbers. Anyone with the link can read it: keep it to yourself, and make a new one if it
          leaks.
        </p>
        {made?.feedUrl ? (
          <div className="mt-3" role="status">
            <p className="text-sm font-medium text-slate-900">
              Your new calendar link. Copy it now: it is shown only this once. Any older link stopped working.
            </p>
            <p
              className="mt-2 rounded bg-slate-100 px-3 py-2 font-mono text-xs break-all"
              data-testid="feed-url"
            >
              {made.feedUrl}
            </p>
          </div>
        ) : feed ? (
          <p className="mt-3 text-sm text-slate-700">
            You have a calendar link, made {formatInstant(feed.createdAt)} UTC;{" "}
            {feed.lastUsedAt
              ? `last read by a calendar app ${formatInstant(feed.lastUsedAt)} UTC`
              : "not yet read by a calendar app"}
            . Its address was shown once, when it was made: if you no longer have it, make a new link.
          </p>
        ) : (
          <p className="mt-3 text-sm text-slate-600">You have no calendar link yet.</p>
        )}
        <Form method="post" className="mt-3 flex flex-wrap gap-2" {...getFormProps(form)}>
          <div className="basis-full empty:hidden">
            <FormMessage form={form} />
          </div>
          <Button
            type="submit"
            name={f.intent.name}
            value={CALENDAR_INTENTS.regenerateFeed}
            variant="secondary"
          >
            {feed ? "Make a new link (the old one stops working)" : "Make my calendar link"}
          </Button>
          {feed ? (
            <Button type="submit" name={f.intent.name} value={CALENDAR_INTENTS.revokeFeed} variant="danger">
              Turn the link off
            </Button>
          ) : null}
        </Form>
      </Card>
    </div>
  );
}
