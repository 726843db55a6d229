import { data } from "@remix-run/node";
import { parseWith } from "~/utils/forms.server";
import { outcomeSchema, scheduleSchema } from "~/utils/checkin-schemas";
import { occurrences } from "~/domain/zoned-time";
import { OUTCOME_LABELS } from "~/domain/check-ins";
import {
  confirmSafe,
  getCheckIn,
  getOffice,
  recordOutcome,
  scheduleCheckIns,
  warningsFor,
  DEFAULT_ZONE,
} from "./checkin.server";
import type { Actor } from "./client.server";

/** The check-in intents shared by the client page and the queue: record an outcome, confirm safe. */
export function handleCheckInIntent(
  actor: Actor,
  intent: string,
  form: FormData,
): { message: string } | ReturnType<typeof data> | null {
  if (intent === "checkin-outcome") {
    const parsed = parseWith(outcomeSchema, form);
    if (!parsed.ok)
      return data(
        {
          intent,
          errors: parsed.errors,
          values: parsed.values,
          formError: "The outcome could not be saved; see the message by the field.",
          checkInId: parsed.values.checkInId ?? null,
        },
        { status: 400 },
      );
    const c = getCheckIn(actor.firmId, parsed.data.checkInId);
    if (!c) throw new Response("Not found", { status: 404 });
    const r = recordOutcome(actor, c.id, parsed.data);
    if (!r.ok)
      return data(
        { intent, errors: {}, values: parsed.values, formError: r.message, checkInId: c.id },
        { status: 400 },
      );
    const label = OUTCOME_LABELS[parsed.data.outcome];
    return {
      message: `${label} recorded for the check-in of ${c.localDate}${r.nextId ? `; the next one (${parsed.data.nextDate}) is scheduled` : ""}.`,
    };
  }
  if (intent === "confirm-safe") {
    const id = String(form.get("checkInId") ?? "").slice(0, 40);
    if (!getCheckIn(actor.firmId, id)) throw new Response("Not found", { status: 404 });
    confirmSafe(actor, id);
    return { message: "Recorded: the client is safe after the check-in." };
  }
  return null;
}

/** Schedules a check-in (or a series) for a client, after showing the warnings once. */
export function handleSchedule(
  actor: Actor,
  clientId: string,
  form: FormData,
): { message: string } | ReturnType<typeof data> {
  const intent = "schedule-checkin";
  const parsed = parseWith(scheduleSchema, form);
  if (!parsed.ok)
    return data(
      {
        intent,
        errors: parsed.errors,
        values: parsed.values,
        formError: "Some fields need attention.",
        warnings: null,
      },
      { status: 400 },
    );
  const v = parsed.data;
  const office = getOffice(actor.firmId, v.officeId);
  if (v.officeId && !office)
    return data(
      {
        intent,
        errors: { officeId: "Choose an office from the list." },
        values: parsed.values,
        formError: null,
        warnings: null,
      },
      { status: 400 },
    );
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
    return data({ intent, errors: {}, values: parsed.values, formError: null, warnings }, { status: 400 });
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
    message:
      ids.length > 1
        ? `${ids.length} check-ins scheduled, each at ${v.time} local time.`
        : "Check-in scheduled.",
  };
}
