import { parseFormData } from "~/utils/forms.server";
import { CHECK_IN_INTENTS, outcomeSchema, scheduleSchema } from "~/utils/checkin-schemas";
import { occurrences } from "~/domain/zoned-time";
import { OUTCOME_LABELS } from "~/domain/check-ins";
import {
  confirmSafe,
  getOffice,
  recordOutcome,
  scheduleCheckIns,
  warningsFor,
  DEFAULT_ZONE,
  type CheckInScope,
} from "./checkin.server";
import type { Actor } from "./actor";

// What the client page and the check-ins queue do with a posted check-in form, as data: the route
// turns it into an answer (a redirect with the message, a 400 with the form's result, or a 404).

/** The form's result when it is refused: field messages and the values the user typed. */
export type CheckInFormResult = {
  /** The FormFailure shape (utils/form-result.ts), so conform shows it beside the fields. */
  ok: false;
  intent: string;
  errors: Record<string, string>;
  values: Record<string, string>;
  formError: string | null;
  checkInId?: string | null;
  warnings?: string[] | null;
};

export type CheckInActionResult =
  | { ok: true; message: string }
  | { ok: false; status: 400; result: CheckInFormResult }
  | { ok: false; status: 404; message: string };

const notFound = { ok: false, status: 404, message: "Not found" } as const;

/**
 * The check-in intents shared by the client page and the queue: record an outcome, confirm safe.
 * `scope.clientId` is the client in the page's URL: a check-in of anyone else is not found there.
 * Answers null for an intent that is not one of them.
 */
export function checkInIntent(
  actor: Actor,
  intent: string,
  form: FormData,
  scope: CheckInScope = {},
): CheckInActionResult | null {
  if (intent === CHECK_IN_INTENTS.outcome) {
    const parsed = parseFormData(form, outcomeSchema);
    if (!parsed.ok)
      return {
        ok: false,
        status: 400,
        result: {
          ok: false,
          intent,
          errors: parsed.errors,
          values: parsed.values,
          formError: "The outcome could not be saved; see the message by the field.",
          checkInId: parsed.values.checkInId ?? null,
        },
      };
    const r = recordOutcome(actor, parsed.data.checkInId, parsed.data, scope);
    if (!r.ok && r.reason === "not_found") return notFound;
    if (!r.ok)
      return {
        ok: false,
        status: 400,
        result: {
          ok: false,
          intent,
          errors: {},
          values: parsed.values,
          formError: r.message,
          checkInId: parsed.data.checkInId,
        },
      };
    const label = OUTCOME_LABELS[parsed.data.outcome];
    return {
      ok: true,
      message: `${label} recorded for the check-in of ${r.localDate}${r.nextId ? `; the next one (${parsed.data.nextDate}) is scheduled` : ""}.`,
    };
  }
  if (intent === CHECK_IN_INTENTS.confirmSafe) {
    const id = String(form.get("checkInId") ?? "").slice(0, 40);
    if (!confirmSafe(actor, id, scope)) return notFound;
    return { ok: true, message: "Recorded: the client is safe after the check-in." };
  }
  return null;
}

/**
 * Schedules a check-in (or a series) for a client, after showing the warnings once. The form is checked
 * with scheduleSchema, the schema the client page's ScheduleForm checks in the browser.
 */
export function scheduleFromForm(actor: Actor, clientId: string, form: FormData): CheckInActionResult {
  const intent = CHECK_IN_INTENTS.schedule;
  const refuse = (result: Omit<CheckInFormResult, "intent" | "ok">) =>
    ({ ok: false, status: 400, result: { ok: false, intent, ...result } }) as const;
  const parsed = parseFormData(form, scheduleSchema);
  if (!parsed.ok)
    return refuse({
      errors: parsed.errors,
      values: parsed.values,
      formError: "Some fields need attention.",
      warnings: null,
    });
  const v = parsed.data;
  const office = getOffice(actor.firmId, v.officeId);
  if (v.officeId && !office)
    return refuse({
      errors: { officeId: "Choose an office from the list." },
      values: parsed.values,
      formError: null,
      warnings: null,
    });
  const timeZone = office?.timeZone ?? v.timeZone ?? DEFAULT_ZONE;
  const recurrence =
    v.repeat === "none" ? null : { every: v.every, unit: v.repeat, until: v.until, count: v.count };
  const dates = recurrence
    ? occurrences(v.date, v.time, timeZone, recurrence)
    : [{ date: v.date, time: v.time }];
  const warnings = [
    ...new Set(
      dates.flatMap((d) =>
        warningsFor(actor.firmId, clientId, d.date, d.time, office?.id ?? null, v.kind).map((w) =>
          dates.length > 1 ? `${d.date}: ${w}` : w,
        ),
      ),
    ),
  ].slice(0, 8);
  if (warnings.length && !v.confirmWarnings)
    return refuse({ errors: {}, values: parsed.values, formError: null, warnings });
  const ids = scheduleCheckIns(actor, clientId, {
    kind: v.kind,
    reportingOrder: v.reportingOrder,
    officeId: office?.id ?? null,
    timeZone,
    date: v.date,
    time: v.time,
    bring: v.bring,
    lawyerAccompanies: v.lawyerAccompanies,
    notes: v.notes,
    recurrence,
  });
  return {
    ok: true,
    message:
      ids.length > 1
        ? `${ids.length} check-ins scheduled, each at ${v.time} local time.`
        : "Check-in scheduled.",
  };
}
