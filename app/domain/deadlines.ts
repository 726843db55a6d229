import { addDays, daysBetween, type IsoDate } from "./dates";
import { rollToBusinessDay, type Closure } from "./federal-holidays";
import { bia30DayDue, vdBondDue, type RemovalStatus } from "./removal-status";
import { EVENT_LABELS, FINAL_ORDER_BASIS_LABELS, isOutsideIna240, type RemovalEvent } from "./removal-events";

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
  | "vd_bond_proof"
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
  return {
    due: r.date,
    rolledFrom: r.skipped.length
      ? { date: raw, reasons: r.skipped.map((s) => `${s.date} is a ${s.reason}`) }
      : null,
  };
}

const ROLL_RULE =
  "rolled to the next business day when the last day is a weekend, federal holiday or closure";

export function computeDeadlines(
  events: readonly RemovalEvent[],
  status: RemovalStatus,
  closures: readonly Closure[] = [],
): Deadline[] {
  const sorted = [...events].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.seq - b.seq);
  const after = (e: RemovalEvent, pred: (x: RemovalEvent) => boolean) =>
    sorted.find(
      (x) =>
        (x.effectiveDate > e.effectiveDate || (x.effectiveDate === e.effectiveDate && x.seq > e.seq)) &&
        pred(x),
    );
  const byId = new Map(sorted.map((e) => [e.id, e]));
  const out: Deadline[] = [];
  const appealFiledBy = (e: RemovalEvent, due: IsoDate) => {
    const appeal = after(e, (x) => x.type === "bia_appeal_filed");
    if (!appeal) return { metBy: null, late: null };
    return appeal.effectiveDate <= due
      ? { metBy: `Appeal filed ${appeal.effectiveDate}`, late: null }
      : { metBy: null, late: appeal.effectiveDate };
  };

  for (const e of sorted) {
    const d = e.details;
    // BIA appeal: 30 days, received by the BIA (8 CFR 1003.38(b)-(c)). Not for in absentia orders (8 CFR 1240.15).
    // A grant of voluntary departure at the end of proceedings is the judge's decision too.
    const ijOrder =
      e.type === "ij_decision" &&
      ["removal_ordered", "withholding_granted", "cat_granted", "vd_granted", undefined].includes(d.outcome);
    const vdAtEnd = e.type === "vd_granted" && (d.vdStage ?? "conclusion") === "conclusion";
    if ((ijOrder || vdAtEnd) && !d.appealWaived) {
      const { base } = bia30DayDue(e, closures);
      const raw = addDays(base, 30);
      const r = rolled(raw, closures);
      const filed = appealFiledBy(e, r.due);
      out.push({
        key: `${e.id}:bia_appeal`,
        kind: "bia_appeal",
        label: "BIA appeal (EOIR-26) must be received",
        due: r.due,
        rule: `8 CFR 1003.38(b)-(c): 30 calendar days from ${d.decisionForm === "written" ? "the mailing or electronic service of the written decision" : "the oral decision"}; ${ROLL_RULE}`,
        computedFrom: {
          eventId: e.id,
          date: base,
          what:
            d.decisionForm === "written"
              ? "written decision served"
              : e.type === "vd_granted"
                ? "voluntary departure granted at the end of proceedings"
                : "IJ decision",
        },
        rolledFrom: r.rolledFrom,
        note: filed.late
          ? `The appeal was filed late (${filed.late}): the order became final when this date passed and is not stayed; the BIA may accept a late appeal only by certification (8 CFR 1003.1(c)).`
          : d.decisionForm === "written" && !d.servedOn
            ? "No service date recorded: counted from the decision date. Enter the date on the decision's cover letter."
            : "The appeal must be received by the BIA, not just mailed, by this date.",
        metBy: filed.metBy,
        superseded: false,
      });
    }
    // An IJ's denial of a motion to reopen, reconsider or rescind is appealable to the BIA within 30 days.
    if (
      (e.type === "mtr_decided" || e.type === "mtc_decided") &&
      d.outcome === "denied" &&
      (d.decidedBy ?? (status.biaDecisionOn && status.biaDecisionOn <= e.effectiveDate ? "bia" : "ij")) ===
        "ij"
    ) {
      const r = rolled(addDays(e.effectiveDate, 30), closures);
      const filed = appealFiledBy(e, r.due);
      out.push({
        key: `${e.id}:bia_appeal`,
        kind: "bia_appeal",
        label: `BIA appeal of the denial of the ${e.type === "mtr_decided" ? "motion to reopen or rescind" : "motion to reconsider"}`,
        due: r.due,
        rule: `8 CFR 1003.38(b), 1003.23(b)(1)(iv): 30 calendar days from the immigration judge's decision on the motion; ${ROLL_RULE}`,
        computedFrom: { eventId: e.id, date: e.effectiveDate, what: "IJ decision denying the motion" },
        rolledFrom: r.rolledFrom,
        note: filed.late
          ? `The appeal was filed late (${filed.late}).`
          : "The appeal does not by itself stay removal (8 CFR 1003.6(b)): ask for a stay.",
        metBy: filed.metBy,
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
    const vdReinstated =
      e.type === "bia_decision" &&
      (d.outcome ?? "dismissed") === "dismissed" &&
      Boolean(d.endDate) &&
      status.voluntaryDeparture?.reinstatedOn === e.effectiveDate;
    if ((vdGrant || vdReinstated) && d.endDate) {
      out.push({
        key: `${e.id}:vd_departure`,
        kind: "vd_departure",
        label: "Leave the United States under voluntary departure",
        due: d.endDate,
        rule: vdReinstated
          ? "8 CFR 1240.26(c)(3)(ii): the period the BIA reinstated in its decision. Failing to leave brings a civil fine and a 10-year bar to most relief (INA 240B(d); 8 CFR 1240.26(a))."
          : "INA 240B; 8 CFR 1240.26: the date set by the judge (at most 120 days before the end of proceedings, 60 at the end). Failing to leave brings a civil fine and a 10-year bar to most relief (INA 240B(d); 8 CFR 1240.26(a)).",
        computedFrom: {
          eventId: e.id,
          date: e.effectiveDate,
          what: vdReinstated ? "BIA decision reinstating voluntary departure" : "voluntary departure granted",
        },
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
        due: vdBondDue(e.effectiveDate),
        rule: "8 CFR 1240.26(c)(3)(i): within 5 business days of the order granting voluntary departure at the end of proceedings, or the grant ends and the alternate order of removal applies",
        computedFrom: { eventId: e.id, date: e.effectiveDate, what: "voluntary departure granted" },
        rolledFrom: null,
        note: "Business days skip weekends and federal holidays. The bond is posted with ICE, not filed in court, so court closures entered by the firm do not move it.",
        metBy: bondPosted ? `Bond posted ${bondPosted.effectiveDate}` : null,
        superseded: false,
      });
    }
    // After appealing with a grant at the end of proceedings, proof of the bond goes to the BIA in 30 days.
    if (e.type === "bia_appeal_filed" && (e.details.appealedBy ?? "respondent") !== "dhs") {
      const grant = [...sorted]
        .reverse()
        .find(
          (x) =>
            (x.effectiveDate < e.effectiveDate || (x.effectiveDate === e.effectiveDate && x.seq < e.seq)) &&
            (x.type === "vd_granted" || (x.type === "ij_decision" && x.details.outcome === "vd_granted")),
        );
      if (grant && (grant.details.vdStage ?? "conclusion") === "conclusion") {
        const r = rolled(addDays(e.effectiveDate, 30), closures);
        const proof = after(e, (x) => x.type === "vd_bond_proof_filed");
        out.push({
          key: `${e.id}:vd_bond_proof`,
          kind: "vd_bond_proof",
          label: "File proof with the BIA that the voluntary departure bond was posted",
          due: r.due,
          rule: `8 CFR 1240.26(c)(3)(ii); Matter of Gamero, 25 I&N Dec. 164 (BIA 2010): within 30 days of filing the appeal, or the BIA will not reinstate the departure period; ${ROLL_RULE}`,
          computedFrom: { eventId: e.id, date: e.effectiveDate, what: "BIA appeal filed" },
          rolledFrom: r.rolledFrom,
          note: "The departure period does not run while the appeal is pending; the BIA reinstates it in its decision only with this proof.",
          metBy: proof ? `Proof filed ${proof.effectiveDate}` : null,
          superseded: false,
        });
      }
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

  // Petitions for review: 30 days from each final order of removal the status machine found (INA 242(b)(1)),
  // a BIA decision, a reinstatement or an administrative removal order, or the BIA's denial of a motion.
  for (const a of status.reviewAnchors) {
    const e = byId.get(a.eventId);
    if (!e) continue;
    const r = rolled(addDays(a.date, 30), closures);
    const pfr = after(e, (x) => x.type === "pfr_filed");
    out.push({
      key: `${a.eventId}:petition_for_review`,
      kind: "petition_for_review",
      label: "Petition for review in the court of appeals",
      due: r.due,
      rule: `INA 242(b)(1): 30 days from the final order of removal (mandatory claim-processing rule, Riley v. Bondi (2025)); FRAP 26(a): ${ROLL_RULE}`,
      computedFrom: { eventId: a.eventId, date: a.date, what: a.what },
      rolledFrom: r.rolledFrom,
      note: ["A petition does not stop removal by itself: file a separate stay motion.", a.note]
        .filter(Boolean)
        .join(" "),
      metBy: pfr ? `Petition filed ${pfr.effectiveDate}` : null,
      superseded: false,
    });
  }

  // Motions run from the final order that stands now (INA 240(c)(6)(B), (c)(7)(C)(i)); orders made outside
  // INA 240 (reinstatement, administrative and expedited removal) have none.
  const fo = status.finalOrder;
  if (fo && !isOutsideIna240(fo.path) && (!status.closed || status.closed.kind === "removed")) {
    const since = fo.since;
    const anchor =
      byId.get(fo.eventId) ??
      [...sorted]
        .reverse()
        .find(
          (e) =>
            e.effectiveDate <= since &&
            ["bia_decision", "final_order", "in_absentia_order", "ij_decision"].includes(e.type),
        ) ??
      sorted.at(-1);
    if (anchor) {
      const lapsed = fo.basis === FINAL_ORDER_BASIS_LABELS.appeal_time_lapsed;
      const from = {
        eventId: anchor.id,
        date: since,
        what: lapsed
          ? `final order (the appeal time ran out on ${since})`
          : `final order (${fo.basis.toLowerCase()})`,
      };
      const counted = lapsed
        ? `; counted from ${since}, the last day to appeal, when the order became final (8 CFR 1241.1(c)): counting from the next day would give a date one day later, so the earlier one is shown`
        : "";
      const reconsider = rolled(addDays(since, 30), closures);
      const reopen = rolled(addDays(since, 90), closures);
      const mtc = sorted.find((x) => x.type === "mtc_filed" && x.effectiveDate >= since);
      const mtr = sorted.find((x) => x.type === "mtr_filed" && x.effectiveDate >= since);
      out.push({
        key: `${anchor.id}:motion_to_reconsider`,
        kind: "motion_to_reconsider",
        label: "Motion to reconsider",
        due: reconsider.due,
        rule: `INA 240(c)(6)(B): 30 days from the final order${counted}; ${ROLL_RULE}`,
        computedFrom: from,
        rolledFrom: reconsider.rolledFrom,
        note: "A motion to reconsider does not extend the 90 days for a motion to reopen, nor the 30 days to seek review in the court of appeals (Stone v. INS, 514 U.S. 386 (1995)).",
        metBy: mtc ? `Motion filed ${mtc.effectiveDate}` : null,
        superseded: false,
      });
      out.push({
        key: `${anchor.id}:motion_to_reopen`,
        kind: "motion_to_reopen",
        label: "Motion to reopen (one)",
        due: reopen.due,
        rule: `INA 240(c)(7)(C)(i): 90 days from the final order${counted}; ${ROLL_RULE}`,
        computedFrom: from,
        rolledFrom: reopen.rolledFrom,
        note: "Exceptions exist (e.g. changed country conditions for asylum, INA 240(c)(7)(C)(ii)). A motion to reopen does not stay removal by itself.",
        metBy: mtr ? `Motion filed ${mtr.effectiveDate}` : null,
        superseded: false,
      });
    }
  }

  // A case closed in the client's favour needs none of them. After removal, review and motions can go on
  // (Nken v. Holder): those stay, with a note; what only matters while here (voluntary departure, stays) does not.
  const KEEP_AFTER_REMOVAL = new Set<DeadlineKind>([
    "petition_for_review",
    "motion_to_reconsider",
    "motion_to_reopen",
    "rescind_in_absentia",
  ]);
  const vd = status.voluntaryDeparture;
  for (const d of out) {
    if (status.closed?.kind === "removed" && KEEP_AFTER_REMOVAL.has(d.kind)) {
      d.note = `${d.note ? `${d.note} ` : ""}${d.kind === "petition_for_review" ? "The client was removed: the petition can still be filed and pursued from abroad (INA 242(b)(1); Nken v. Holder, 556 U.S. 418 (2009))." : "The client was removed: the circuits differ on whether the regulatory departure bar (8 CFR 1003.2(d), 1003.23(b)(1)) blocks a motion after departure; check yours."}`;
    } else if (status.closed) {
      d.superseded = true;
    } else if (d.kind === "vd_departure" && vd) {
      if (vd.reinstatedOn && d.computedFrom.date !== vd.reinstatedOn) {
        d.superseded = true;
        d.note = `Replaced by the period the BIA reinstated on ${vd.reinstatedOn}.`;
      } else if (vd.paused) {
        d.superseded = true;
        d.note =
          "Paused: the departure period does not run while the timely appeal is pending; the BIA reinstates it in its decision (8 CFR 1240.26(c)(3)(ii)). Leaving now would withdraw the appeal (8 CFR 1003.4).";
      } else if (vd.ended && !vd.ended.startsWith("departure date")) {
        d.superseded = true;
        d.note = `The grant ended: ${vd.ended}.`;
      }
    }
  }
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
