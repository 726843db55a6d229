import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { DateText } from "~/components/case-badges";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { FormField, FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import { formatDate } from "~/domain/dates";
import { HEARING_TIME_ZONES, hearingChangeSchema, hearingFormSchema } from "~/utils/case-schemas";
import { HEARING_INTENTS, resultFor, type CardResult } from "~/utils/client-page-intents";
import { resultOf, type CardProps, type ClientPage } from "./types";

/** The client's hearings with their postponements, postponing or cancelling one, and adding one. */
export function HearingsCard({ d, result }: CardProps) {
  const added = resultOf(result, HEARING_INTENTS.add);
  const changed = resultFor(result ?? undefined, HEARING_INTENTS.postpone, HEARING_INTENTS.cancel);
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
                  <HearingChangeForm
                    key={`postpone-${h.version}`}
                    hearing={h}
                    result={changed?.values.hearingId === h.id ? changed : null}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <details className="mt-4" key={`add-hearing-${d.hearings.length}`} open={Boolean(added)}>
          <summary className="cursor-pointer text-sm font-semibold text-blue-700">Add a hearing</summary>
          <AddHearingForm result={added} />
        </details>
      </Card>
    </div>
  );
}

const TIME_ZONE_OPTIONS = HEARING_TIME_ZONES.map((z) => ({ value: z, label: z.replace("_", " ") }));

/** Adding a hearing: one form, checked by its schema in the browser and on the server. */
function AddHearingForm({ result }: { result: CardResult | null }) {
  const [form, fields] = useSchemaForm(hearingFormSchema, {
    id: "add-hearing",
    result,
    defaultValue: { hearingType: "master", timeZone: "America/New_York", mode: "in_person" },
  });
  return (
    <Form method="post" preventScrollReset className="mt-3 grid gap-4 sm:grid-cols-3" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={HEARING_INTENTS.add} />
      <div className="empty:hidden sm:col-span-3">
        <FormMessage form={form} />
      </div>
      <FormSelect
        meta={fields.hearingType}
        label="Hearing type"
        options={[
          { value: "master", label: "Master calendar" },
          { value: "individual", label: "Individual (merits)" },
        ]}
      />
      <FormField meta={fields.court} label="Court" />
      <FormField meta={fields.judge} label="Judge" />
      <FormField meta={fields.date} label="Hearing date" type="date" />
      <FormField meta={fields.time} label="Time at the court" type="time" />
      <FormSelect meta={fields.timeZone} label="Court time zone" options={TIME_ZONE_OPTIONS} />
      <FormSelect
        meta={fields.mode}
        label="Held"
        options={[
          { value: "in_person", label: "In person" },
          { value: "video", label: "By video" },
          { value: "phone", label: "By phone" },
        ]}
      />
      <div className="sm:col-span-2">
        <FormField meta={fields.notes} label="Hearing notes" />
      </div>
      <div className="sm:col-span-3">
        <Button type="submit" pendingText="Saving…">
          Add hearing
        </Button>
      </div>
    </Form>
  );
}

/**
 * Postponing or cancelling one hearing: one form (hearingChangeSchema here and in the action), the button
 * pressed saying which. Open again when the action refused it, so its messages are seen.
 */
function HearingChangeForm({
  hearing: h,
  result,
}: {
  hearing: ClientPage["hearings"][number];
  result: CardResult | null;
}) {
  const [form, fields] = useSchemaForm(hearingChangeSchema, {
    id: `change-hearing-${h.id}`,
    result,
    defaultValue: { hearingId: h.id },
  });
  return (
    <details open={Boolean(result)}>
      <summary className="cursor-pointer text-sm font-medium text-blue-700">Postpone or cancel</summary>
      <Form
        method="post"
        preventScrollReset
        className="mt-2 grid gap-3 sm:grid-cols-4 sm:items-end"
        aria-label={`Postpone or cancel the hearing of ${formatDate(h.date)}`}
        {...getFormProps(form)}
      >
        <input type="hidden" name={fields.hearingId.name} value={h.id} />
        <div className="empty:hidden sm:col-span-4">
          <FormMessage form={form} />
        </div>
        <FormField meta={fields.toDate} label="New date" type="date" />
        <FormField meta={fields.toTime} label="New time" type="time" />
        <FormField meta={fields.reason} label="Reason" />
        <div className="flex gap-2">
          <Button type="submit" name="intent" value={HEARING_INTENTS.postpone} variant="secondary">
            Postpone
          </Button>
          <Button type="submit" name="intent" value={HEARING_INTENTS.cancel} variant="ghost">
            Cancel hearing
          </Button>
        </div>
      </Form>
    </details>
  );
}
