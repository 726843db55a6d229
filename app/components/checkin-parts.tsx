import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Button } from "./ui/button";
import { Badge } from "./ui/card";
import { FormCheckbox, FormField, FormMessage, FormSelect, FormTextarea, useSchemaForm } from "./ui/form";
import {
  CHECKIN_KINDS,
  KIND_LABELS,
  ORDER_LABELS,
  OUTCOME_LABELS,
  OUTCOMES,
  REPORTING_ORDERS,
  type CheckInKind,
  type Outcome,
} from "~/domain/check-ins";
import { formatInZone } from "~/domain/zoned-time";
import { CHECK_IN_INTENTS, outcomeSchema, scheduleSchema, ZONES } from "~/utils/checkin-schemas";

export type CheckInView = {
  id: string;
  clientId: string;
  kind: string;
  officeName: string | null;
  officeAddress: string | null;
  startsAt: string;
  timeZone: string;
  localDate: string;
  status: string;
  bring: string | null;
  lawyerAccompanies: boolean;
  outcomeNotes: string | null;
  safeConfirmedAt: string | null;
  clientWillAttendAt?: string | null;
  overdue: boolean;
  unconfirmed: boolean;
  seriesId: string | null;
  familyName?: string;
  givenNames?: string;
};

const STATUS_TONES: Record<string, "green" | "red" | "amber" | "grey" | "blue"> = {
  attended: "green",
  missed: "red",
  detained: "red",
  rescheduled: "amber",
  cancelled: "grey",
  scheduled: "blue",
};

export function CheckInSummary({ c, showClient }: { c: CheckInView; showClient?: boolean }) {
  return (
    <div className="space-y-1">
      <p className="font-medium text-slate-900">
        {showClient && c.familyName ? (
          <>
            <Link to={`/clients/${c.clientId}#check-ins`} className="text-blue-800 underline">
              {c.familyName}, {c.givenNames}
            </Link>{" "}
            ·{" "}
          </>
        ) : null}
        {formatInZone(c.startsAt, c.timeZone)}
      </p>
      <p className="text-sm text-slate-700">
        {KIND_LABELS[c.kind as CheckInKind] ?? c.kind}
        {c.officeName ? ` · ${c.officeName}` : ""}
        {c.lawyerAccompanies ? " · lawyer goes along" : ""}
        {c.seriesId ? " · recurring" : ""}
      </p>
      <p className="flex flex-wrap gap-2">
        <Badge tone={STATUS_TONES[c.status] ?? "grey"}>
          {c.status === "scheduled" ? "Scheduled" : OUTCOME_LABELS[c.status as Outcome]}
        </Badge>
        {c.overdue ? <Badge tone="red">Overdue: no outcome recorded</Badge> : null}
        {c.unconfirmed ? <Badge tone="amber">Not yet confirmed home</Badge> : null}
        {c.safeConfirmedAt ? <Badge tone="green">Confirmed safe</Badge> : null}
        {c.clientWillAttendAt ? <Badge tone="green">Client said: “I will be there”</Badge> : null}
      </p>
      {c.bring ? <p className="text-xs text-slate-600">Bring: {c.bring}</p> : null}
      {c.outcomeNotes ? <p className="text-xs text-slate-600">Notes: {c.outcomeNotes}</p> : null}
    </div>
  );
}

const OUTCOME_OPTIONS = OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));
const RESCHEDULED_BY = [
  { value: "ice", label: "ICE" },
  { value: "request", label: "On request" },
];

/**
 * Record what happened, inline: outcomeSchema in the browser and in the action. The next date the officer
 * set creates the next check-in in one step. `place` tells two forms for one check-in on a page apart.
 */
export function OutcomeForm({ c, result, place = "" }: { c: CheckInView; result?: unknown; place?: string }) {
  const [form, f] = useSchemaForm(outcomeSchema, {
    id: `outcome-${place}${c.id}`,
    result,
    defaultValue: { checkInId: c.id, outcome: "attended" },
  });
  return (
    <Form
      method="post"
      preventScrollReset
      className="grid gap-2 sm:grid-cols-[repeat(5,minmax(0,1fr))_auto] sm:items-end"
      aria-label={`Outcome of the check-in of ${c.localDate}${c.familyName ? ` for ${c.givenNames} ${c.familyName}` : ""}`}
      {...getFormProps(form)}
      noValidate
    >
      <input type="hidden" name={f.checkInId.name} value={c.id} />
      <div className="empty:hidden sm:col-span-6">
        <FormMessage form={form} />
      </div>
      <FormSelect meta={f.outcome} label="Check-in outcome" options={OUTCOME_OPTIONS} />
      <FormField meta={f.nextDate} label="Next date" type="date" hint="Set by the officer, or the new date" />
      <FormField meta={f.nextTime} label="Next time" type="time" />
      <FormSelect meta={f.rescheduledBy} label="Rescheduled by" options={RESCHEDULED_BY} emptyLabel="—" />
      <FormField meta={f.notes} label="Outcome notes" />
      <Button
        type="submit"
        name="intent"
        value={CHECK_IN_INTENTS.outcome}
        variant="secondary"
        pendingText="Saving…"
      >
        Save outcome
      </Button>
    </Form>
  );
}

export function ConfirmSafeForm({ c }: { c: CheckInView }) {
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="checkInId" value={c.id} />
      <Button
        type="submit"
        name="intent"
        value="confirm-safe"
        variant="primary"
        aria-label={`Confirm ${c.givenNames ? `${c.givenNames} ${c.familyName}` : "the client"} came home safe`}
      >
        Confirm came home safe
      </Button>
    </Form>
  );
}

const KIND_OPTIONS = CHECKIN_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));
const ORDER_OPTIONS = REPORTING_ORDERS.map((o) => ({ value: o, label: ORDER_LABELS[o] }));
const ZONE_OPTIONS = ZONES.map((z) => ({ value: z, label: z.replace(/_/g, " ") }));
const REPEAT_OPTIONS = [
  { value: "none", label: "Does not repeat" },
  { value: "weeks", label: "Every N weeks" },
  { value: "months", label: "Every N months" },
];

/**
 * Scheduling a check-in (or a series) on the client page: scheduleSchema in the browser and in the action
 * (scheduleFromForm). The action's warnings (outside office hours, a closure day, another check-in that
 * day) come back with the form, to confirm once with "Schedule it anyway".
 */
export function ScheduleForm({
  offices,
  result,
  defaultOfficeId = "",
}: {
  offices: { id: string; name: string; kind: string }[];
  /** The action's answer to this form, if any (a refusal, or the warnings to confirm). */
  result?: { warnings?: string[] | null } | null;
  defaultOfficeId?: string;
}) {
  const [form, f] = useSchemaForm(scheduleSchema, {
    id: "schedule-checkin",
    result,
    defaultValue: {
      kind: "ero_office",
      reportingOrder: "i220b",
      officeId: defaultOfficeId,
      time: "09:00",
      timeZone: "",
      repeat: "none",
      every: "1",
      bring: "I-220B, ID, proof of efforts to get travel documents, the appointment letter",
    },
  });
  const officeOptions = offices.map((o) => ({ value: o.id, label: o.name }));
  const warnings = result?.warnings;
  return (
    <Form
      method="post"
      preventScrollReset
      className="grid gap-4 sm:grid-cols-3"
      aria-label="Schedule a check-in"
      {...getFormProps(form)}
      noValidate
    >
      <input type="hidden" name={f.intent.name} value={CHECK_IN_INTENTS.schedule} />
      <div className="empty:hidden sm:col-span-3">
        <FormMessage form={form} />
      </div>
      {warnings?.length ? (
        <div
          role="alert"
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 sm:col-span-3"
        >
          <ul className="list-disc pl-5">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <FormCheckbox meta={f.confirmWarnings} label="Schedule it anyway" />
        </div>
      ) : null}
      <FormSelect meta={f.kind} label="Check-in kind" options={KIND_OPTIONS} />
      <FormSelect meta={f.reportingOrder} label="Reporting order" options={ORDER_OPTIONS} />
      <FormSelect
        meta={f.officeId}
        label="Office"
        options={officeOptions}
        emptyLabel="No office (phone or app)"
      />
      <FormField meta={f.date} label="Check-in date" type="date" />
      <FormField meta={f.time} label="Local time" type="time" hint="At the office, in its time zone." />
      <FormSelect
        meta={f.timeZone}
        label="Time zone (no office)"
        options={ZONE_OPTIONS}
        emptyLabel="The office's"
      />
      <FormSelect meta={f.repeat} label="Repeat" options={REPEAT_OPTIONS} />
      <FormField meta={f.every} label="Every" type="number" min={1} max={52} />
      <div className="grid grid-cols-2 gap-2">
        <FormField meta={f.until} label="Until" type="date" />
        <FormField meta={f.count} label="Or times" type="number" min={1} max={104} />
      </div>
      <div className="sm:col-span-2">
        <FormField meta={f.bring} label="What to bring" />
      </div>
      <div className="self-end pb-2">
        <FormCheckbox meta={f.lawyerAccompanies} label="A lawyer goes along" />
      </div>
      <div className="sm:col-span-3">
        <FormTextarea meta={f.notes} label="Check-in notes" rows={2} />
      </div>
      <div className="sm:col-span-3">
        <Button type="submit" pendingText="Scheduling…">
          Schedule check-in
        </Button>
      </div>
    </Form>
  );
}

export { ZONES };
