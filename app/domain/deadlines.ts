import { addDays, daysBetween, type IsoDate } from "./dates";
import { addBusinessDays, rollToBusinessDay, type Closure } from "./federal-holidays";
import { bia30DayDue, type RemovalStatus } from "./removal-status";
import { EVENT_LABELS, type RemovalEvent } from "./removal-events";

// Deadlines computed from the case's events. Each carries the rule it comes from, the date it was
// counted from, any roll-over, and the reminder that a person must verify it: these are aids, not advice.
export type DeadlineKind =
  | "bia_appeal"
  | "petition_for_review"
  | "motion_to_reconsider"
  | "motion_to_reopen"
  | "rescind_in_absentia"
  | "vd_departure"
  | "vd_bond"
  | "stay_expiry";

export type Deadline = {
  /** Stable across recomputation: the event it comes from and its kind. */
  key: string;
  kind: DeadlineKind;
  label: string;
  due: IsoDate;
  rule: string;
  computedFrom: { eventId: string; date: IsoDate; what: string };
  /** The date before a weekend, holiday or closure moved it, and why. */
  rolledFrom: { date: IsoDate; reasons: string[] } | null;
  note: string | null;
  /** Met by a later event (e.g. the appeal was filed), so it needs no action. */
  metBy: string | null;
  /** No longer applies (e.g. the case was reopened). */
  superseded: boolean;
};

function rolled(raw: IsoDate, closures: readonly Closure[]) {
  const r = rollToBusinessDay(raw, closures);
  return { due: r.date, rolledFrom: r.skipped.length ? { date: raw, reasons: r.skipped.map((s) => `${s.date} is a ${s.reason}`) } : null };
}

const ROLL_RULE = "rolled to the next business day when the last day is a weekend, federal holiday or closure";

export function computeDeadlines(events: readonly RemovalEvent[], status: RemovalStatus, closures: readonly Closure[] = []): Deadline[] {
  const sorted = [...events].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.seq - b.seq);
  const after = (e: RemovalEvent, pred: (x: RemovalEvent) => boolean) => sorted.find((x) => (x.effectiveDate > e.effectiveDate || (x.effectiveDate === e.effectiveDate && x.seq > e.seq)) && pred(x));
  const out: Deadline[] = [];

  for (const e of sorted) {
    const d = e.details;
    // BIA appeal: 30 days, received by the BIA (8 CFR 1003.38(b)-(c)). Not for in absentia orders (8 CFR 1240.15).
    if (e.type === "ij_decision" && ["removal_ordered", "withholding_granted", "cat_granted", "vd_granted", undefined].includes(d.outcome) && !d.appealWaived) {
      const { base } = bia30DayDue(e, closures);
      const raw = addDays(base, 30);
      const r = rolled(raw, closures);
      const appeal = after(e, (x) => x.type === "bia_appeal_filed");
      out.push({
        key: `${e.id}:bia_appeal`,
        kind: "bia_appeal",
        label: "BIA appeal (EOIR-26) must be received",
        due: r.due,
        rule: `8 CFR 1003.38(b)-(c): 30 calendar days from ${d.decisionForm === "written" ? "the mailing or electronic service of the written decision" : "the oral decision"}; ${ROLL_RULE}`,
        computedFrom: { eventId: e.id, date: base, what: d.decisionForm === "written" ? "written decision served" : "IJ decision" },
        rolledFrom: r.rolledFrom,
        note: d.decisionForm === "written" && !d.servedOn ? "No service date recorded: counted from the decision date. Enter the date on the decision's cover letter." : "The appeal must be received by the BIA, not just mailed, by this date.",
        metBy: appeal ? `Appeal filed ${appeal.effectiveDate}` : null,
        superseded: false,
      });
    }
    // Petition for review: 30 days from the BIA's final order (INA 242(b)(1)); FRAP 26(a) rolls the last day.
    if (e.type === "bia_decision" && (d.outcome ?? "dismissed") === "dismissed") {
      const r = rolled(addDays(e.effectiveDate, 30), closures);
      const pfr = after(e, (x) => x.type === "pfr_filed");
      out.push({
        key: `${e.id}:petition_for_review`,
        kind: "petition_for_review",
        label: "Petition for review in the court of appeals",
        due: r.due,
        rule: `INA 242(b)(1): 30 days from the final order of removal (mandatory claim-processing rule, Riley v. Bondi (2025)); FRAP 26(a): ${ROLL_RULE}`,
        computedFrom: { eventId: e.id, date: e.effectiveDate, what: "BIA decision dismissing the appeal" },
        rolledFrom: r.rolledFrom,
        note: "A petition does not stop removal by itself: file a separate stay motion.",
        metBy: pfr ? `Petition filed ${pfr.effectiveDate}` : null,
        superseded: false,
      });
    }
    // In absentia: rescind within 180 days for exceptional circumstances; any time for lack of notice.
    if (e.type === "in_absentia_order") {
      const r = rolled(addDays(e.effectiveDate, 180), closures);
      const motion = after(e, (x) => x.type === "mtr_filed");
      out.push({
        key: `${e.id}:rescind_in_absentia`,
        kind: "rescind_in_absentia",
        label: "Motion to rescind the in absentia order (exceptional circumstances)",
        due: r.due,
        rule: `INA 240(b)(5)(C)(i): 180 days after the in absentia order; ${ROLL_RULE}`,
        computedFrom: { eventId: e.id, date: e.effectiveDate, what: "in absentia order" },
        rolledFrom: r.rolledFrom,
        note: "Lack of notice of the hearing has no time limit (INA 240(b)(5)(C)(ii)). A pending motion to rescind stays removal.",
        metBy: motion ? `Motion filed ${motion.effectiveDate}` : null,
        superseded: false,
      });
    }
    // Voluntary departure: the departure date itself, and the bond within 5 business days (8 CFR 1240.26(c)(3)).
    const vdGrant = e.type === "vd_granted" || (e.type === "ij_decision" && d.outcome === "vd_granted");
    if (vdGrant && d.endDate) {
      out.push({
        key: `${e.id}:vd_departure`,
        kind: "vd_departure",
        label: "Leave the United States under voluntary departure",
        due: d.endDate,
        rule: "INA 240B; 8 CFR 1240.26: the date set by the judge (at most 120 days before the end of proceedings, 60 at the end). Failing to leave brings a civil fine and a 10-year bar to most relief (8 CFR 1240.26(a)).",
        computedFrom: { eventId: e.id, date: e.effectiveDate, what: "voluntary departure granted" },
        rolledFrom: null,
        note: "Filing a petition for review or a motion to reopen or reconsider ends the grant (8 CFR 1240.26(e)(1), (i)).",
        metBy: null,
        superseded: false,
      });
    }
    if (vdGrant && (d.vdStage ?? "conclusion") === "conclusion") {
      const bondPosted = after(e, (x) => x.type === "vd_bond_posted");
      out.push({
        key: `${e.id}:vd_bond`,
        kind: "vd_bond",
        label: "Post the voluntary departure bond (at least $500) with ICE",
        due: addBusinessDays(e.effectiveDate, 5, closures),
        rule: "8 CFR 1240.26(c)(3): within 5 business days of the order granting voluntary departure at the end of proceedings, or it becomes an alternate order of removal",
        computedFrom: { eventId: e.id, date: e.effectiveDate, what: "voluntary departure granted" },
        rolledFrom: null,
        note: "Business days skip weekends, federal holidays and closures entered by the firm.",
        metBy: bondPosted ? `Bond posted ${bondPosted.effectiveDate}` : null,
        superseded: false,
      });
    }
    if (e.type === "stay_granted" && d.endDate) {
      out.push({
        key: `${e.id}:stay_expiry`,
        kind: "stay_expiry",
        label: "Stay of removal ends — renew or request a new stay before this date",
        due: d.endDate,
        rule: "The end date on the stay order (no roll-over: removal is possible from the next day)",
        computedFrom: { eventId: e.id, date: e.effectiveDate, what: EVENT_LABELS.stay_granted.toLowerCase() },
        rolledFrom: null,
        note: null,
        metBy: null,
        superseded: false,
      });
    }
  }

  // Motions run from the final order that stands now (INA 240(c)(6)(B), (c)(7)(C)(i)).
  if (status.finalOrder && !status.closed) {
    const since = status.finalOrder.since;
    const anchor = [...sorted].reverse().find((e) => e.effectiveDate <= since && ["bia_decision", "final_order", "in_absentia_order", "ij_decision"].includes(e.type)) ?? sorted.at(-1);
    if (anchor) {
      const from = { eventId: anchor.id, date: since, what: `final order (${status.finalOrder.basis.toLowerCase()})` };
      const reconsider = rolled(addDays(since, 30), closures);
      const reopen = rolled(addDays(since, 90), closures);
      const mtc = sorted.find((x) => x.type === "mtc_filed" && x.effectiveDate >= since);
      const mtr = sorted.find((x) => x.type === "mtr_filed" && x.effectiveDate >= since);
      out.push({
        key: `${anchor.id}:motion_to_reconsider`,
        kind: "motion_to_reconsider",
        label: "Motion to reconsider",
        due: reconsider.due,
        rule: `INA 240(c)(6)(B): 30 days from the final order; ${ROLL_RULE}`,
        computedFrom: from,
        rolledFrom: reconsider.rolledFrom,
        note: "A motion to reconsider does not extend the 90 days for a motion to reopen.",
        metBy: mtc ? `Motion filed ${mtc.effectiveDate}` : null,
        superseded: false,
      });
      out.push({
        key: `${anchor.id}:motion_to_reopen`,
        kind: "motion_to_reopen",
        label: "Motion to reopen (one)",
        due: reopen.due,
        rule: `INA 240(c)(7)(C)(i): 90 days from the final order; ${ROLL_RULE}`,
        computedFrom: from,
        rolledFrom: reopen.rolledFrom,
        note: "Exceptions exist (e.g. changed country conditions for asylum, INA 240(c)(7)(C)(ii)). A motion to reopen does not stay removal by itself.",
        metBy: mtr ? `Motion filed ${mtr.effectiveDate}` : null,
        superseded: false,
      });
    }
  }

  // Deadlines of a case that has since closed or been reopened no longer apply.
  if (status.closed) for (const d of out) d.superseded = true;
  return out.sort((a, b) => a.due.localeCompare(b.due));
}

export type DeadlineUrgency = "met" | "lapsed" | "overdue" | "due_soon" | "upcoming" | "superseded";

/** Days after which a missed deadline stops being "overdue" (something to act on now) and is "lapsed". */
export const LAPSED_AFTER_DAYS = 30;

export function deadlineUrgency(d: Deadline, asOf: IsoDate, soonDays = 7): DeadlineUrgency {
  if (d.superseded) return "superseded";
  if (d.metBy) return "met";
  const left = daysBetween(asOf, d.due);
  if (left < -LAPSED_AFTER_DAYS) return "lapsed";
  if (left < 0) return "overdue";
  if (left <= soonDays) return "due_soon";
  return "upcoming";
}
