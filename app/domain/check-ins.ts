import { dayOfWeek, type IsoDate } from "./dates";
import { federalHolidayOn } from "./federal-holidays";
import { utcToZoned } from "./zoned-time";

// ICE check-ins ("reporting"): kinds, the order behind them, outcomes, and the rules the paralegal's
// queue and the dashboard apply to them.
export const CHECKIN_KINDS = [
  "ero_office",
  "isap_office",
  "isap_home",
  "isap_phone",
  "isap_app",
  "other",
] as const;
export const REPORTING_ORDERS = ["i220a", "i220b", "isap", "other"] as const;
export const OUTCOMES = ["attended", "rescheduled", "missed", "cancelled", "detained"] as const;
export type CheckInKind = (typeof CHECKIN_KINDS)[number];
export type ReportingOrder = (typeof REPORTING_ORDERS)[number];
export type Outcome = (typeof OUTCOMES)[number];

export const KIND_LABELS: Record<CheckInKind, string> = {
  ero_office: "ICE ERO office visit",
  isap_office: "ISAP office visit",
  isap_home: "ISAP home visit",
  isap_phone: "ISAP phone report",
  isap_app: "ISAP app (SmartLINK) check-in",
  other: "Other",
};
export const ORDER_LABELS: Record<ReportingOrder, string> = {
  i220a: "Order of Recognizance (I-220A)",
  i220b: "Order of Supervision (I-220B)",
  isap: "ISAP enrolment",
  other: "Other",
};
export const OUTCOME_LABELS: Record<Outcome, string> = {
  attended: "Attended",
  rescheduled: "Rescheduled",
  missed: "Missed",
  cancelled: "Cancelled",
  detained: "Detained at check-in",
};

/** Hours after a check-in's time when, with no word that the client is safe, it becomes a warning. */
export const UNCONFIRMED_AFTER_HOURS = 4;

export type CheckInState = {
  startsAt: string;
  timeZone: string;
  outcome: Outcome | null;
  safeConfirmedAt: string | null;
};

/** Past its time with no outcome recorded: overdue, listed first in the queue. */
export function isOverdue(c: CheckInState, now: Date): boolean {
  return c.outcome === null && Date.parse(c.startsAt) < now.getTime();
}

/**
 * "Did they come home?": a check-in today (in its office's zone) whose time was 4 hours ago or more,
 * with no confirmation that the client is safe and no detention recorded.
 */
export function isUnconfirmed(c: CheckInState, now: Date): boolean {
  if (
    c.safeConfirmedAt ||
    c.outcome === "detained" ||
    c.outcome === "cancelled" ||
    c.outcome === "rescheduled" ||
    c.outcome === "missed"
  )
    return false;
  const starts = Date.parse(c.startsAt);
  if (now.getTime() < starts + UNCONFIRMED_AFTER_HOURS * 3600_000) return false;
  return utcToZoned(new Date(starts), c.timeZone).date === utcToZoned(now, c.timeZone).date;
}

export type OfficeHours = { days: string; opens: string; closes: string } | null;

/** Warnings for a proposed check-in: a hearing the same day, outside office hours, a federal holiday, a weekend. */
export function checkInWarnings(
  localDate: IsoDate,
  localTime: string,
  hours: OfficeHours,
  hearingDates: readonly IsoDate[],
  kind: CheckInKind,
): string[] {
  const w: string[] = [];
  if (hearingDates.includes(localDate)) w.push(`The client has a hearing on ${localDate}, the same day.`);
  const holiday = federalHolidayOn(localDate);
  if (holiday) w.push(`${localDate} is a federal holiday (${holiday}): the office is likely closed.`);
  const inPerson = kind === "ero_office" || kind === "isap_office";
  if (inPerson && hours) {
    const dow = String(dayOfWeek(localDate));
    if (!hours.days.includes(dow)) w.push("The office is not open on that day of the week.");
    else if (localTime < hours.opens || localTime >= hours.closes)
      w.push(`${localTime} is outside the office's hours (${hours.opens}–${hours.closes}).`);
  } else if (inPerson && (dayOfWeek(localDate) === 0 || dayOfWeek(localDate) === 6)) {
    // With no hours on file the weekend is the one closure we can still be fairly sure of.
    w.push(
      `${localDate} is a ${dayOfWeek(localDate) === 0 ? "Sunday" : "Saturday"}: ICE offices are usually closed (no hours on file for this office).`,
    );
  }
  return w;
}
