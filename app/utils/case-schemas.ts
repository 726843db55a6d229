import { z } from "zod";
import { isCountryCode } from "~/domain/countries";
import {
  APPEAL_PARTIES,
  BIA_OUTCOMES,
  BIA_RESULTS,
  EVENT_TYPES,
  FEAR_KINDS,
  FEAR_OUTCOMES,
  FINAL_ORDER_BASES,
  IJ_OUTCOMES,
  MOTION_BASES,
  MOTION_DECIDERS,
  MOTION_OUTCOMES,
  PFR_OUTCOMES,
  PROTECTION_KINDS,
  RELIEF_KINDS,
  SCREENING_STAGES,
  SOURCES,
  STAY_KINDS,
  type EventDetails,
  type EventType,
} from "~/domain/removal-events";
import { DOC_HOLDERS, DOC_KINDS, DOC_STATES } from "~/domain/travel-documents";
import { optionalDate, requiredDate } from "./client-schema";
import { optionalText, requiredText } from "./validation";
import { US_TIME_ZONES } from "~/domain/us-time-zones";
import {
  CLIENT_CHECK_IN_INTENTS,
  DEADLINE_INTENTS,
  HEARING_INTENTS,
  PORTAL_INTENTS,
} from "./client-page-intents";

// Forms of the client page: removal events, hearings, travel documents, deadline marks, notes, messages.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const checkbox = z
  .string()
  .optional()
  .transform((s) => s === "on" || s === "true");
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z
    .string()
    .optional()
    .transform((s) => s?.trim() ?? "")
    .refine(
      (s) => s === "" || (values as readonly string[]).includes(s),
      `${label}: choose one of the options.`,
    )
    .transform((s) => (s === "" ? undefined : (s as T[number])));

/** The outcomes an event of each kind can have (the form's "Outcome" choices); none for the others. */
export const EVENT_OUTCOMES: Partial<Record<EventType, readonly string[]>> = {
  ij_decision: IJ_OUTCOMES,
  bia_decision: BIA_OUTCOMES,
  mtr_decided: MOTION_OUTCOMES,
  mtc_decided: MOTION_OUTCOMES,
  pfr_decided: PFR_OUTCOMES,
  fear_screening: FEAR_OUTCOMES,
};

export const eventFormSchema = z
  .object({
    type: z.enum(EVENT_TYPES, { error: "Choose what happened." }),
    effectiveDate: requiredDate("Date it took effect"),
    court: optionalText("Court or office", 200),
    notes: optionalText("Notes", 5000),
    source: z.enum(SOURCES, { error: "Choose where this came from." }).optional().default("other"),
    verifiedOn: optionalDate("Last verified"),
    outcome: z.string().optional(),
    decisionForm: optionalEnum(["oral", "written"] as const, "Decision"),
    servedOn: optionalDate("Written decision served on"),
    appealWaived: checkbox,
    stayKind: optionalEnum(STAY_KINDS, "Kind of stay"),
    endDate: optionalDate("End date"),
    vdStage: optionalEnum(["pre_conclusion", "conclusion"] as const, "Stage"),
    reliefKind: optionalEnum(RELIEF_KINDS, "Relief"),
    protectionKind: optionalEnum(PROTECTION_KINDS, "Protection"),
    protectedCountry: z
      .string()
      .optional()
      .transform((s) => s?.trim().toUpperCase() ?? "")
      .refine((s) => s === "" || isCountryCode(s), "Choose the country removal to which is barred.")
      .transform((s) => (s === "" ? null : s)),
    motionBasis: optionalEnum(MOTION_BASES, "Basis"),
    finalOrderBasis: optionalEnum(FINAL_ORDER_BASES, "How the order became final"),
    appealedBy: optionalEnum(APPEAL_PARTIES, "Who appealed"),
    biaResult: optionalEnum(BIA_RESULTS, "What the BIA ordered"),
    decidedBy: optionalEnum(MOTION_DECIDERS, "Decided by"),
    fearKind: optionalEnum(FEAR_KINDS, "Kind of screening"),
    screeningStage: optionalEnum(SCREENING_STAGES, "Decided by"),
    confirmEndsVd: checkbox,
  })
  .superRefine((v, ctx) => {
    const need = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
    const allowed = EVENT_OUTCOMES[v.type];
    if (allowed && !allowed.includes(v.outcome ?? "")) need("outcome", "Choose the outcome.");
    if (v.type === "ij_decision" && v.decisionForm === "written" && !v.servedOn)
      need(
        "servedOn",
        "Enter the date the written decision was mailed or served: the appeal clock starts then.",
      );
    if (v.servedOn && v.servedOn < v.effectiveDate)
      need("servedOn", "A decision cannot be served before it was made.");
    if ((v.type === "vd_granted" || (v.type === "ij_decision" && v.outcome === "vd_granted")) && !v.endDate)
      need("endDate", "Enter the date by which the client must leave.");
    if (v.type === "stay_granted" && !v.stayKind) need("stayKind", "Choose the kind of stay.");
    if ((v.type === "stay_requested" || v.type === "stay_denied" || v.type === "stay_expired") && !v.stayKind)
      need("stayKind", "Choose the kind of stay.");
    if (v.endDate && v.endDate < v.effectiveDate)
      need("endDate", "The end date is before the date it took effect.");
    if (v.type === "protection_granted" && !v.protectionKind)
      need("protectionKind", "Choose withholding or CAT.");
    if (v.type === "final_order" && !v.finalOrderBasis)
      need("finalOrderBasis", "Choose how the order became final.");
    if (v.type === "bia_appeal_filed" && !v.appealedBy)
      need("appealedBy", "Choose who appealed: the respondent, DHS, or both.");
    if (v.type === "bia_decision" && v.outcome === "sustained" && !v.biaResult)
      need("biaResult", "Choose what the BIA ordered when it sustained the appeal.");
    if (v.type === "bia_decision" && v.endDate && v.outcome !== "dismissed")
      need(
        "endDate",
        "The BIA reinstates voluntary departure only when it dismisses the appeal; leave this empty.",
      );
    if (v.type === "pfr_decided" && v.endDate && v.outcome !== "denied")
      need(
        "endDate",
        "A stay continuing after the decision applies only when the petition is denied; leave this empty.",
      );
    if ((v.type === "mtr_decided" || v.type === "mtc_decided") && !v.decidedBy)
      need("decidedBy", "Choose who decided the motion: the immigration judge or the BIA.");
    if (v.type === "fear_screening" && !v.fearKind)
      need("fearKind", "Choose credible fear or reasonable fear.");
  });

export type EventForm = z.output<typeof eventFormSchema>;

export function eventDetails(v: EventForm): EventDetails {
  const d: EventDetails = {};
  const isVd = v.type === "vd_granted" || (v.type === "ij_decision" && v.outcome === "vd_granted");
  if (
    v.outcome &&
    ["ij_decision", "bia_decision", "mtr_decided", "mtc_decided", "pfr_decided", "fear_screening"].includes(
      v.type,
    )
  )
    d.outcome = v.outcome;
  if (v.type === "ij_decision") {
    d.decisionForm = v.decisionForm ?? "oral";
    if (v.servedOn) d.servedOn = v.servedOn;
    if (v.appealWaived) d.appealWaived = true;
    if (v.outcome === "relief_granted") d.reliefKind = v.reliefKind ?? "other";
    if (v.outcome === "withholding_granted" || v.outcome === "cat_granted")
      d.protectedCountry = v.protectedCountry;
  }
  if (isVd) {
    d.endDate = v.endDate;
    d.vdStage = v.vdStage ?? "conclusion";
  }
  if (v.type.startsWith("stay_")) {
    d.stayKind = v.stayKind;
    if (v.type === "stay_granted") d.endDate = v.endDate;
  }
  if (v.type === "relief_granted") d.reliefKind = v.reliefKind ?? "other";
  if (v.type === "protection_granted") {
    d.protectionKind = v.protectionKind;
    d.protectedCountry = v.protectedCountry;
  }
  if (v.type === "mtr_filed") d.motionBasis = v.motionBasis ?? "general";
  if (v.type === "final_order") d.finalOrderBasis = v.finalOrderBasis;
  if (v.type === "vd_granted" && v.appealWaived) d.appealWaived = true;
  if (v.type === "bia_appeal_filed") d.appealedBy = v.appealedBy ?? "respondent";
  if (v.type === "bia_decision") {
    if (v.outcome === "sustained") d.biaResult = v.biaResult;
    if (v.outcome === "dismissed" && v.endDate) d.endDate = v.endDate;
  }
  if ((v.type === "mtr_decided" || v.type === "mtc_decided") && v.decidedBy) d.decidedBy = v.decidedBy;
  if (v.type === "pfr_decided" && v.outcome === "denied" && v.endDate) d.endDate = v.endDate;
  if (v.type === "fear_screening") {
    d.fearKind = v.fearKind;
    d.screeningStage = v.screeningStage ?? "asylum_officer";
  }
  return d;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The zones an immigration court sits in, as the hearing form offers them. */
export const HEARING_TIME_ZONES = US_TIME_ZONES;
export const hearingFormSchema = z.object({
  hearingType: z.enum(["master", "individual"], { error: "Choose master or individual." }),
  court: requiredText("Court", 200),
  judge: optionalText("Judge", 120),
  date: requiredDate("Date"),
  time: z
    .string()
    .optional()
    .transform((s) => s?.trim() ?? "")
    .refine((s) => s === "" || TIME.test(s), "Enter the time as HH:MM (24-hour), e.g. 08:30.")
    .transform((s) => (s === "" ? null : s)),
  timeZone: z.enum(HEARING_TIME_ZONES, { error: "Choose the court's time zone." }),
  mode: z
    .enum(["in_person", "video", "phone"], { error: "Choose how the hearing is held." })
    .optional()
    .default("in_person"),
  notes: optionalText("Notes", 2000),
});

export const postponeFormSchema = z.object({
  hearingId: z.string().min(1).max(40),
  toDate: requiredDate("New date"),
  toTime: z
    .string()
    .optional()
    .transform((s) => s?.trim() ?? "")
    .refine((s) => s === "" || TIME.test(s), "Enter the time as HH:MM (24-hour).")
    .transform((s) => (s === "" ? null : s)),
  reason: requiredText("Reason", 500),
});

export const travelDocFormSchema = z
  .object({
    kind: z.enum(DOC_KINDS, { error: "Choose the kind of document." }),
    issuingCountry: z
      .string()
      .optional()
      .transform((s) => s?.trim().toUpperCase() ?? "")
      .refine((s) => s === "" || isCountryCode(s), "Choose the issuing country.")
      .transform((s) => (s === "" ? null : s)),
    number: optionalText("Number", 60),
    issueDate: optionalDate("Issue date"),
    expiryDate: optionalDate("Expiry date"),
    holder: z.enum(DOC_HOLDERS, { error: "Choose who holds it." }).optional().default("unknown"),
    state: z.enum(DOC_STATES, { error: "Choose its state." }),
    notes: optionalText("Notes", 2000),
    effectiveDate: requiredDate("As of"),
  })
  .refine((v) => !v.issueDate || !v.expiryDate || v.expiryDate >= v.issueDate, {
    path: ["expiryDate"],
    message: "The expiry date is before the issue date.",
  });

export const docChangeFormSchema = z.object({
  documentId: z.string().min(1).max(40),
  state: z.enum(DOC_STATES, { error: "Choose its state." }),
  holder: z.enum(DOC_HOLDERS, { error: "Choose who holds it." }),
  effectiveDate: requiredDate("As of"),
  expiryDate: optionalDate("Expiry date"),
  note: optionalText("Note", 1000),
});

/** Marking a deadline: its key, and the button pressed (done, not applicable, or reopen). */
export const deadlineMarkSchema = z.object({
  intent: z.literal(DEADLINE_INTENTS.mark),
  key: z.string().min(1).max(100),
  mark: z.enum(["done", "not_applicable", "open"]),
  note: optionalText("Note", 500),
});

/** A staff note on the timeline (never shown to the client). */
export const noteFormSchema = z.object({
  noteBody: z
    .string({ error: "Write the note." })
    .trim()
    .min(1, "Write the note.")
    .max(2000, "At most 2,000 characters.")
    .refine((s) => !CONTROL_CHARS.test(s), "The note contains characters that cannot be stored."),
});

/** A message the client reads on their own page. */
export const clientMessageSchema = z.object({
  body: z
    .string({ error: "Write the message the client will read." })
    .trim()
    .min(1, "Write the message the client will read.")
    .max(5000, "At most 5,000 characters."),
});

/** Cancelling a hearing: the reason is optional and cut to its length, never refused. */
export const cancelHearingSchema = z.object({
  hearingId: z
    .string()
    .optional()
    .transform((s) => (s ?? "").slice(0, 40)),
  reason: z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim().slice(0, 500) || "No reason given"),
});

/** The client's agreement to reminders, and who gave it. */
export const reminderConsentSchema = z.object({
  intent: z.literal(CLIENT_CHECK_IN_INTENTS.reminderConsent),
  consent: z
    .string()
    .optional()
    .transform((s) => s === "yes"),
  via: z
    .string()
    .optional()
    .transform((s): "client" | "staff" => (s === "client" ? "client" : "staff")),
});

/**
 * Postponing or cancelling a hearing: one form on each hearing with two buttons, the intent saying which.
 * A postponement is checked by postponeFormSchema (a new date and a reason), a cancellation by
 * cancelHearingSchema (never refused). In the browser a field is checked as it is left, before a button
 * is pressed, so no intent yet: it is checked as a postponement then.
 */
export const hearingChangeSchema = z
  .object({
    intent: z
      .enum([HEARING_INTENTS.postpone, HEARING_INTENTS.cancel], { error: "Unknown action." })
      .optional(),
    hearingId: z.string().optional(),
    toDate: z.string().optional(),
    toTime: z.string().optional(),
    reason: z.string().optional(),
  })
  .transform((v, ctx) => {
    const refused = (issues: readonly z.core.$ZodIssue[]) => {
      for (const issue of issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
      return z.NEVER;
    };
    if (v.intent === HEARING_INTENTS.cancel) {
      const c = cancelHearingSchema.safeParse(v);
      return c.success ? { intent: HEARING_INTENTS.cancel, ...c.data } : refused(c.error.issues);
    }
    const p = postponeFormSchema.safeParse(v);
    return p.success ? { intent: HEARING_INTENTS.postpone, ...p.data } : refused(p.error.issues);
  });

/** The portal's access buttons: a new one-time link, or revoking access. Nothing to fill in. */
export const portalAccessSchema = z.object({
  intent: z.enum([PORTAL_INTENTS.invite, PORTAL_INTENTS.revoke], { error: "Unknown action." }),
});
