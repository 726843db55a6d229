import { Form } from "@remix-run/react";
import { DateText } from "~/components/case-badges";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { formatDate } from "~/domain/dates";
import { HEARING_TIME_ZONES } from "~/utils/case-schemas";
import { HEARING_INTENTS } from "~/utils/client-page-intents";
import { resultOf, type CardProps } from "./types";

/** The client's hearings with their postponements, postponing or cancelling one, and adding one. */
export function HearingsCard({ d, result }: CardProps) {
  const added = resultOf(result, HEARING_INTENTS.add);
  const postponed = resultOf(result, HEARING_INTENTS.postpone);
  return (
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
                  {h.hearingType === "master" ? "Master calendar" : "Individual (merits)"} hearing, {h.court}
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
                      <Field label="New date" name="toDate" type="date" error={postponed?.errors.toDate} />
                      <Field label="New time" name="toTime" type="time" />
                      <Field label="Reason" name="reason" error={postponed?.errors.reason} />
                      <div className="flex gap-2">
                        <Button
                          type="submit"
                          name="intent"
                          value={HEARING_INTENTS.postpone}
                          variant="secondary"
                        >
                          Postpone
                        </Button>
                        <Button type="submit" name="intent" value={HEARING_INTENTS.cancel} variant="ghost">
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
        <details className="mt-4" key={`add-hearing-${d.hearings.length}`} open={Boolean(added)}>
          <summary className="cursor-pointer text-sm font-semibold text-blue-700">Add a hearing</summary>
          <Form method="post" preventScrollReset className="mt-3 grid gap-4 sm:grid-cols-3" noValidate>
            <input type="hidden" name="intent" value={HEARING_INTENTS.add} />
            <SelectField
              label="Hearing type"
              name="hearingType"
              defaultValue={added?.values.hearingType ?? "master"}
              error={added?.errors.hearingType}
            >
              <option value="master">Master calendar</option>
              <option value="individual">Individual (merits)</option>
            </SelectField>
            <Field
              label="Court"
              name="court"
              defaultValue={added?.values.court}
              error={added?.errors.court}
            />
            <Field
              label="Judge"
              name="judge"
              defaultValue={added?.values.judge}
              error={added?.errors.judge}
            />
            <Field
              label="Hearing date"
              name="date"
              type="date"
              defaultValue={added?.values.date}
              error={added?.errors.date}
            />
            <Field
              label="Time at the court"
              name="time"
              type="time"
              defaultValue={added?.values.time}
              error={added?.errors.time}
            />
            <SelectField
              label="Court time zone"
              name="timeZone"
              defaultValue={added?.values.timeZone ?? "America/New_York"}
              error={added?.errors.timeZone}
            >
              {HEARING_TIME_ZONES.map((z) => (
                <option key={z} value={z}>
                  {z.replace("_", " ")}
                </option>
              ))}
            </SelectField>
            <SelectField label="Held" name="mode" defaultValue={added?.values.mode ?? "in_person"}>
              <option value="in_person">In person</option>
              <option value="video">By video</option>
              <option value="phone">By phone</option>
            </SelectField>
            <div className="sm:col-span-2">
              <Field
                label="Hearing notes"
                name="notes"
                defaultValue={added?.values.notes}
                error={added?.errors.notes}
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
  );
}
