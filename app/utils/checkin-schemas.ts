import { z } from "zod";
import { CHECKIN_KINDS, OUTCOMES, REPORTING_ORDERS } from "~/domain/check-ins";
import { optionalDate, requiredDate } from "./client-schema";
import { optionalText } from "./validation";
import { US_TIME_ZONES } from "~/domain/us-time-zones";

/** The check-in intents a form may post, on the client page and the queue. */
export const CHECK_IN_INTENTS = {
  schedule: "schedule-checkin",
  outcome: "checkin-outcome",
  confirmSafe: "confirm-safe",
} as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The zones a reporting office may be in: the one US list (app/domain/us-time-zones.ts). */
export const ZONES = US_TIME_ZONES;

const time = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .transform((s) => s.trim())
    .refine((s) => TIME.test(s), `${label}: enter the time as HH:MM (24-hour), e.g. 09:00.`);
const optionalTime = (label: string) =>
  z
    .string()
    .optional()
    .transform((s) => s?.trim() ?? "")
    .refine((s) => s === "" || TIME.test(s), `${label}: enter the time as HH:MM (24-hour).`)
    .transform((s) => (s === "" ? null : s));
const checkbox = z
  .string()
  .optional()
  .transform((s) => s === "on" || s === "true");
const optionalZone = z
  .string()
  .optional()
  .transform((s) => (s ? s : undefined))
  .pipe(z.enum(ZONES, { error: "Choose the time zone." }).optional());

/** Scheduling a check-in (or a series) on the client page; the warnings are confirmed with confirmWarnings. */
export const scheduleSchema = z
  .object({
    intent: z.literal(CHECK_IN_INTENTS.schedule),
    kind: z.enum(CHECKIN_KINDS, { error: "Choose the kind of check-in." }),
    reportingOrder: z.enum(REPORTING_ORDERS, { error: "Choose the order behind it." }),
    officeId: optionalText("Office", 40),
    timeZone: optionalZone,
    date: requiredDate("Date"),
    time: time("Time"),
    bring: optionalText("What to bring", 1000),
    lawyerAccompanies: checkbox,
    notes: optionalText("Notes", 2000),
    repeat: z.enum(["none", "weeks", "months"]).optional().default("none"),
    every: z
      .string()
      .optional()
      .transform((s) => (s?.trim() ? Number(s) : 1))
      .refine((n) => Number.isInteger(n) && n >= 1 && n <= 52, "Repeat every 1 to 52."),
    until: optionalDate("Until"),
    count: z
      .string()
      .optional()
      .transform((s) => (s?.trim() ? Number(s) : null))
      .refine((n) => n === null || (Number.isInteger(n) && n >= 1 && n <= 104), "At most 104 occurrences."),
    confirmWarnings: checkbox,
  })
  .superRefine((v, ctx) => {
    if (!v.officeId && !v.timeZone)
      ctx.addIssue({
        code: "custom",
        path: ["officeId"],
        message: "Choose the office (its time zone is used), or a time zone for a phone or app check-in.",
      });
    if (v.repeat !== "none" && !v.until && !v.count)
      ctx.addIssue({ code: "custom", path: ["until"], message: "Say until when, or how many times." });
    if (v.until && v.until < v.date)
      ctx.addIssue({ code: "custom", path: ["until"], message: "The series ends before it starts." });
  });

export const outcomeSchema = z
  .object({
    checkInId: z.string().min(1).max(40),
    outcome: z.enum(OUTCOMES, { error: "Choose what happened." }),
    notes: optionalText("Outcome notes", 2000),
    nextDate: optionalDate("Next date"),
    nextTime: optionalTime("Next time"),
    rescheduledBy: z
      .enum(["", "ice", "request"])
      .optional()
      .transform((s) => (s ? s : null)),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "rescheduled" && !v.nextDate)
      ctx.addIssue({ code: "custom", path: ["nextDate"], message: "Enter the new date." });
  });

export const editSchema = z.object({
  version: z.string().transform((s) => Number(s)),
  scope: z.enum(["one", "rest"]).optional().default("one"),
  date: requiredDate("Date"),
  time: time("Time"),
  officeId: optionalText("Office", 40),
  timeZone: optionalZone,
  bring: optionalText("What to bring", 1000),
  lawyerAccompanies: checkbox,
  notes: optionalText("Notes", 2000),
});

export const bulkSchema = z
  .object({
    officeId: z.string({ error: "Choose the office." }).min(1, "Choose the office.").max(40),
    fromDate: requiredDate("Closed on"),
    toDate: requiredDate("Move to"),
    reason: z.string().trim().min(1, "Say why (e.g. office closed: weather).").max(300),
  })
  .refine((v) => v.toDate !== v.fromDate, { path: ["toDate"], message: "Choose a different day." });
