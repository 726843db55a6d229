import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { CheckInSummary, ConfirmSafeForm, OutcomeForm, ScheduleForm } from "~/components/checkin-parts";
import { Button } from "~/components/ui/button";
import { Card, EmptyState } from "~/components/ui/card";
import { FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import { reminderConsentSchema } from "~/utils/case-schemas";
import { CLIENT_CHECK_IN_INTENTS, type CardResult } from "~/utils/client-page-intents";
import { useShowAllHref } from "./show-all";
import { resultOf, type CardProps } from "./types";

/**
 * The client's check-ins, newest first (every scheduled one, the recent past), the outcome form for
 * those due, "came home safe", the client's agreement to reminders, and the form to schedule more.
 */
export function CheckInsCard({ d, result }: CardProps) {
  const c = d.client;
  const outcome = resultOf(result, CLIENT_CHECK_IN_INTENTS.outcome);
  const scheduled = resultOf(result, CLIENT_CHECK_IN_INTENTS.schedule);
  const showAllHref = useShowAllHref("checkIns", "#check-ins");
  return (
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
                  <OutcomeForm c={ci} result={outcome?.checkInId === ci.id ? outcome : null} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {d.checkInsHidden > 0 ? (
          <p className="mt-2 text-sm text-slate-700">
            Showing every scheduled check-in and the {d.recentPastShown} most recent past ones of{" "}
            {d.checkInTotal}.{" "}
            <Link to={showAllHref} preventScrollReset className="font-medium text-blue-700 underline">
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
          <ReminderConsentForm
            agreed={c.reminderConsent}
            result={resultOf(result, CLIENT_CHECK_IN_INTENTS.reminderConsent)}
          />
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
        <details className="mt-4" key={`schedule-${d.checkIns.length}`} open={Boolean(scheduled)}>
          <summary className="cursor-pointer text-sm font-semibold text-blue-700">
            Schedule a check-in
          </summary>
          <div className="mt-3">
            <ScheduleForm offices={d.offices} result={scheduled} defaultOfficeId="ero-new-york" />
          </div>
        </details>
      </Card>
    </div>
  );
}

const VIA_OPTIONS = [
  { value: "staff", label: "Staff, on the client's behalf" },
  { value: "client", label: "The client" },
];

/** The client's agreement to reminders (or its withdrawal): reminderConsentSchema here and in the action. */
function ReminderConsentForm({ agreed, result }: { agreed: boolean; result: CardResult | null }) {
  const [form, f] = useSchemaForm(reminderConsentSchema, {
    id: "reminder-consent",
    result,
    defaultValue: { via: "staff" },
  });
  return (
    <Form method="post" preventScrollReset className="mt-2 space-y-2" {...getFormProps(form)}>
      <FormMessage form={form} />
      <div className="flex flex-wrap items-center gap-2">
        <input type="hidden" name={f.intent.name} value={CLIENT_CHECK_IN_INTENTS.reminderConsent} />
        <input type="hidden" name={f.consent.name} value={agreed ? "no" : "yes"} />
        <FormSelect meta={f.via} label="Agreement given by" options={VIA_OPTIONS} />
        <Button type="submit" variant="secondary" className="self-end">
          {agreed ? "Stop reminders to the client" : "Client agrees to reminders"}
        </Button>
      </div>
    </Form>
  );
}
