import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Button } from "./ui/button";
import { Badge } from "./ui/card";
import { Field, SelectField, TextareaField } from "./ui/field";
import { FormField, FormMessage, FormSelect, useSchemaForm } from "./ui/form";
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
import { CHECK_IN_INTENTS, outcomeSchema, ZONES } from "~/utils/checkin-schemas";

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

export function ScheduleForm({
  offices,
  values: v,
  errors: e,
  warnings,
}: {
  offices: { id: string; name: string; kind: string }[];
  values: Record<string, string | undefined>;
  errors: Record<string, string | undefined>;
  warnings?: string[] | null;
}) {
  return (
    <Form method="post" preventScrollReset className="grid gap-4 sm:grid-cols-3" noValidate>
      <input type="hidden" name="intent" value="schedule-checkin" />
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
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirmWarnings" className="h-4 w-4" /> Schedule it anyway
          </label>
        </div>
      ) : null}
      <SelectField label="Check-in kind" name="kind" defaultValue={v.kind ?? "ero_office"} error={e.kind}>
        {CHECKIN_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Reporting order"
        name="reportingOrder"
        defaultValue={v.reportingOrder ?? "i220b"}
        error={e.reportingOrder}
      >
        {REPORTING_ORDERS.map((o) => (
          <option key={o} value={o}>
            {ORDER_LABELS[o]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Office" name="officeId" defaultValue={v.officeId ?? ""} error={e.officeId}>
        <option value="">No office (phone or app)</option>
        {offices.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <Field label="Check-in date" name="date" type="date" defaultValue={v.date} error={e.date} />
      <Field
        label="Local time"
        name="time"
        type="time"
        defaultValue={v.time ?? "09:00"}
        error={e.time}
        hint="At the office, in its time zone."
      />
      <SelectField
        label="Time zone (no office)"
        name="timeZone"
        defaultValue={v.timeZone ?? ""}
        error={e.timeZone}
      >
        <option value="">The office's</option>
        {ZONES.map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, " ")}
          </option>
        ))}
      </SelectField>
      <SelectField label="Repeat" name="repeat" defaultValue={v.repeat ?? "none"} error={e.repeat}>
        <option value="none">Does not repeat</option>
        <option value="weeks">Every N weeks</option>
        <option value="months">Every N months</option>
      </SelectField>
      <Field
        label="Every"
        name="every"
        type="number"
        min={1}
        max={52}
        defaultValue={v.every ?? "1"}
        error={e.every}
      />
      <div className="grid grid-cols-2 gap-2">
        <Field label="Until" name="until" type="date" defaultValue={v.until} error={e.until} />
        <Field
          label="Or times"
          name="count"
          type="number"
          min={1}
          max={104}
          defaultValue={v.count}
          error={e.count}
        />
      </div>
      <div className="sm:col-span-2">
        <Field
          label="What to bring"
          name="bring"
          defaultValue={
            v.bring ?? "I-220B, ID, proof of efforts to get travel documents, the appointment letter"
          }
          error={e.bring}
        />
      </div>
      <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-800">
        <input
          type="checkbox"
          name="lawyerAccompanies"
          defaultChecked={v.lawyerAccompanies === "on"}
          className="h-4 w-4"
        />{" "}
        A lawyer goes along
      </label>
      <div className="sm:col-span-3">
        <TextareaField label="Check-in notes" name="notes" rows={2} defaultValue={v.notes} error={e.notes} />
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
