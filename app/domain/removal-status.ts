import { addDays, type IsoDate } from "./dates";
import { addBusinessDays, rollToBusinessDay, type Closure } from "./federal-holidays";
import {
  EVENT_LABELS,
  FINAL_ORDER_BASIS_LABELS,
  RELIEF_LABELS,
  STAY_KIND_LABELS,
  type RemovalEvent,
} from "./removal-events";

export type Phase =
  | "none"
  | "in_proceedings"
  | "ij_order"
  | "appeal_pending"
  | "final_order"
  | "voluntary_departure"
  | "admin_closed"
  | "closed_favourable"
  | "terminated"
  | "removed";

type VoluntaryDeparture = NonNullable<RemovalStatus["voluntaryDeparture"]>;

export type ActiveStay = { kind: string; label: string; since: IsoDate; until: IsoDate | null };

export type RemovalStatus = {
  phase: Phase;
  /** One line for lists and headers, e.g. "Final order — stayed until 2025-03-01". */
  label: string;
  /** The removal order (not necessarily final). */
  order: { date: IsoDate; inAbsentia: boolean } | null;
  finalOrder: { since: IsoDate; basis: string } | null;
  appealDue: IsoDate | null;
  appealPendingSince: IsoDate | null;
  activeStay: ActiveStay | null;
  stayRequested: boolean;
  pendingMotions: { type: "mtr_filed" | "mtc_filed"; filed: IsoDate; basis: string | null }[];
  pfrPendingSince: IsoDate | null;
  voluntaryDeparture: {
    grantedOn: IsoDate;
    departBy: IsoDate | null;
    stage: "pre_conclusion" | "conclusion";
    bondDue: IsoDate | null;
    bondPosted: IsoDate | null;
    /** Why the grant ended, if it did. */
    ended: string | null;
  } | null;
  protection: { kind: "withholding" | "cat"; country: string | null; since: IsoDate } | null;
  closed: { kind: "favourable" | "terminated" | "removed"; date: IsoDate; what: string } | null;
  adminClosedSince: IsoDate | null;
  /** The last BIA decision (a petition for review can follow only one). */
  biaDecisionOn: IsoDate | null;
  /** Impossible or doubtful sequences, in words. Never a crash. */
  warnings: string[];
};

function sortEvents(events: readonly RemovalEvent[]): RemovalEvent[] {
  return [...events].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.seq - b.seq);
}

/** The BIA appeal deadline for an IJ decision: 30 days from an oral decision or from service of a written one, rolled to a business day. */
export function bia30DayDue(e: RemovalEvent, closures: readonly Closure[] = []): { base: IsoDate; due: IsoDate } {
  const base = e.details.decisionForm === "written" && e.details.servedOn ? e.details.servedOn : e.effectiveDate;
  return { base, due: rollToBusinessDay(addDays(base, 30), closures).date };
}

export function deriveRemovalStatus(events: readonly RemovalEvent[], asOf: IsoDate, closures: readonly Closure[] = []): RemovalStatus {
  const warnings: string[] = [];
  let nta = false;
  let order: RemovalStatus["order"] = null;
  let finalOrder: RemovalStatus["finalOrder"] = null;
  let appealDue: IsoDate | null = null;
  let appealPendingSince: IsoDate | null = null;
  const stays = new Map<string, { since: IsoDate; until: IsoDate | null }>();
  let stayRequested = false;
  let pendingMotions: RemovalStatus["pendingMotions"] = [];
  let pfrPendingSince: IsoDate | null = null;
  let vd: RemovalStatus["voluntaryDeparture"] = null;
  let protection: RemovalStatus["protection"] = null;
  let closed: RemovalStatus["closed"] = null;
  let adminClosedSince: IsoDate | null = null;
  let biaDecisionOn: IsoDate | null = null;

  const warn = (e: RemovalEvent, text: string) => warnings.push(`${e.effectiveDate}: ${text}`);
  const setFinal = (since: IsoDate, basis: string) => {
    if (!finalOrder) finalOrder = { since, basis };
  };
  const reopen = () => {
    order = null;
    finalOrder = null;
    appealDue = null;
    appealPendingSince = null;
    protection = null;
    vd = null;
    pfrPendingSince = null;
    biaDecisionOn = null;
  };
  const endVd = (reason: string) => {
    const current = vd as VoluntaryDeparture | null;
    if (current && !current.ended) vd = { ...current, ended: reason };
  };

  for (const e of sortEvents(events)) {
    const d = e.details;
    if (closed && e.type !== "nta_filed") {
      warn(e, `${EVENT_LABELS[e.type]} recorded after the case was closed (${closed.what}).`);
    }
    switch (e.type) {
      case "nta_filed":
        if (nta && !closed) warn(e, "A second Notice to Appear was recorded while the case was open.");
        if (closed) closed = null;
        nta = true;
        break;
      case "master_hearing":
      case "individual_hearing":
        if (!nta) warn(e, "A hearing is recorded before any Notice to Appear.");
        break;
      case "ij_decision": {
        if (!nta) warn(e, "An immigration judge decision is recorded with no Notice to Appear.");
        const outcome = d.outcome ?? "removal_ordered";
        if (outcome === "relief_granted") {
          closed = { kind: "favourable", date: e.effectiveDate, what: `${RELIEF_LABELS[d.reliefKind ?? "other"]} granted` };
          break;
        }
        if (outcome === "terminated") {
          closed = { kind: "terminated", date: e.effectiveDate, what: "Proceedings terminated" };
          break;
        }
        if (outcome === "admin_closed") {
          adminClosedSince = e.effectiveDate;
          break;
        }
        order = { date: e.effectiveDate, inAbsentia: false };
        appealPendingSince = null;
        if (outcome === "withholding_granted" || outcome === "cat_granted") {
          protection = { kind: outcome === "cat_granted" ? "cat" : "withholding", country: d.protectedCountry ?? null, since: e.effectiveDate };
        }
        if (outcome === "vd_granted") {
          vd = { grantedOn: e.effectiveDate, departBy: d.endDate ?? null, stage: d.vdStage ?? "conclusion", bondDue: (d.vdStage ?? "conclusion") === "conclusion" ? addBusinessDays(e.effectiveDate, 5, closures) : null, bondPosted: null, ended: null };
        }
        if (d.appealWaived) {
          appealDue = null;
          setFinal(e.effectiveDate, FINAL_ORDER_BASIS_LABELS.appeal_waived);
        } else {
          appealDue = bia30DayDue(e, closures).due;
        }
        break;
      }
      case "in_absentia_order":
        if (!nta) warn(e, "An in absentia order is recorded with no Notice to Appear.");
        order = { date: e.effectiveDate, inAbsentia: true };
        appealDue = null;
        finalOrder = null;
        setFinal(e.effectiveDate, FINAL_ORDER_BASIS_LABELS.in_absentia);
        break;
      case "bia_appeal_filed":
        if (!order) warn(e, "A BIA appeal is recorded with no immigration judge decision.");
        else if (order.inAbsentia) warn(e, "An in absentia order cannot be appealed to the BIA (8 CFR 1240.15); the way out is a motion to reopen.");
        else if (finalOrder) warn(e, "The appeal is recorded after the order became final (waived or late).");
        else if (appealDue && e.effectiveDate > appealDue) warn(e, `The appeal was filed after it was due (${appealDue}); the BIA may reject it as untimely.`);
        appealPendingSince = e.effectiveDate;
        appealDue = null;
        break;
      case "bia_decision": {
        if (!appealPendingSince) warn(e, "A BIA decision is recorded with no appeal filed.");
        appealPendingSince = null;
        biaDecisionOn = e.effectiveDate;
        const outcome = d.outcome ?? "dismissed";
        if (outcome === "dismissed") {
          finalOrder = null;
          setFinal(e.effectiveDate, FINAL_ORDER_BASIS_LABELS.bia_dismissal);
          if (!order) order = { date: e.effectiveDate, inAbsentia: false };
        } else if (outcome === "sustained") {
          closed = { kind: "favourable", date: e.effectiveDate, what: "BIA sustained the appeal" };
        } else {
          reopen();
          nta = true;
        }
        break;
      }
      case "final_order":
        if (!order) order = { date: e.effectiveDate, inAbsentia: d.finalOrderBasis === "in_absentia" };
        finalOrder = null;
        setFinal(e.effectiveDate, FINAL_ORDER_BASIS_LABELS[d.finalOrderBasis ?? "other"]);
        appealDue = null;
        break;
      case "pfr_filed":
        if (!biaDecisionOn) warn(e, "A petition for review follows a BIA decision (INA 242(d)(1)), and none is recorded.");
        if (vd && !vd.ended) endVd(`petition for review filed ${e.effectiveDate} (8 CFR 1240.26(i))`);
        pfrPendingSince = e.effectiveDate;
        break;
      case "pfr_decided":
        if (!pfrPendingSince) warn(e, "A court of appeals decision is recorded with no petition for review filed.");
        pfrPendingSince = null;
        if (d.outcome === "granted" || d.outcome === "remanded") {
          // Back to the BIA: the order is no longer final while the remand is pending.
          finalOrder = null;
          appealPendingSince = e.effectiveDate;
        }
        break;
      case "mtr_filed":
      case "mtc_filed":
        if (!order) warn(e, `A ${e.type === "mtr_filed" ? "motion to reopen" : "motion to reconsider"} is recorded with no removal order.`);
        if (vd && !vd.ended) endVd(`${e.type === "mtr_filed" ? "motion to reopen" : "motion to reconsider"} filed ${e.effectiveDate} (8 CFR 1240.26(e)(1))`);
        pendingMotions = [...pendingMotions, { type: e.type, filed: e.effectiveDate, basis: d.motionBasis ?? null }];
        break;
      case "mtr_decided":
      case "mtc_decided": {
        const filedType = e.type === "mtr_decided" ? "mtr_filed" : "mtc_filed";
        const idx = pendingMotions.findIndex((m) => m.type === filedType);
        if (idx === -1) warn(e, `A decision is recorded on a ${e.type === "mtr_decided" ? "motion to reopen" : "motion to reconsider"} that was never filed.`);
        else pendingMotions = pendingMotions.filter((_, i) => i !== idx);
        if (d.outcome === "granted") {
          reopen();
          nta = true;
        }
        break;
      }
      case "stay_requested":
        stayRequested = true;
        break;
      case "stay_granted": {
        if (!order) warn(e, "A stay of removal is recorded with no removal order.");
        const kind = d.stayKind ?? "ice_i246";
        stays.set(kind, { since: e.effectiveDate, until: d.endDate ?? null });
        stayRequested = false;
        break;
      }
      case "stay_denied":
        stayRequested = false;
        break;
      case "stay_expired":
        if (d.stayKind) stays.delete(d.stayKind);
        else stays.clear();
        break;
      case "vd_granted":
        vd = {
          grantedOn: e.effectiveDate,
          departBy: d.endDate ?? null,
          stage: d.vdStage ?? "conclusion",
          bondDue: (d.vdStage ?? "conclusion") === "conclusion" ? addBusinessDays(e.effectiveDate, 5, closures) : null,
          bondPosted: null,
          ended: null,
        };
        if (!order) order = { date: e.effectiveDate, inAbsentia: false };
        break;
      case "vd_bond_posted":
        if (!vd) warn(e, "A voluntary departure bond is recorded with no voluntary departure granted.");
        else vd = { ...(vd as VoluntaryDeparture), bondPosted: e.effectiveDate };
        break;
      case "order_executed":
        if (!order && !finalOrder) warn(e, "Removal is recorded with no removal order.");
        closed = { kind: "removed", date: e.effectiveDate, what: "Removed" };
        break;
      case "relief_granted":
        closed = { kind: "favourable", date: e.effectiveDate, what: `${RELIEF_LABELS[d.reliefKind ?? "other"]} granted` };
        break;
      case "protection_granted":
        protection = { kind: d.protectionKind ?? "withholding", country: d.protectedCountry ?? null, since: e.effectiveDate };
        if (!order) order = { date: e.effectiveDate, inAbsentia: false };
        break;
      case "terminated":
        closed = { kind: "terminated", date: e.effectiveDate, what: "Proceedings terminated" };
        break;
      case "admin_closed":
        adminClosedSince = e.effectiveDate;
        break;
      case "recalendared":
        if (!adminClosedSince) warn(e, "The case is recalendared but was not administratively closed.");
        adminClosedSince = null;
        break;
    }
  }

  // Orders become final with time: an IJ order when the appeal time runs out (8 CFR 1241.1(c)).
  if (order && !finalOrder && !appealPendingSince && appealDue && asOf > appealDue && !closed) {
    setFinal(addDays(appealDue, 1), FINAL_ORDER_BASIS_LABELS.appeal_time_lapsed);
  }
  // Voluntary departure: a bond not posted in 5 business days, or a departure date passed, brings the alternate order.
  if (vd && !vd.ended && !closed) {
    const v: NonNullable<RemovalStatus["voluntaryDeparture"]> = vd;
    if (v.bondDue && !v.bondPosted && asOf > v.bondDue) {
      vd = { ...v, ended: `bond not posted by ${v.bondDue} (8 CFR 1240.26(c)(3))` };
      if (!appealPendingSince) setFinal(addDays(v.bondDue, 1), "Alternate order: voluntary departure bond not posted");
    } else if (v.departBy && asOf > v.departBy) {
      vd = { ...v, ended: `departure date ${v.departBy} passed` };
      if (!appealPendingSince) setFinal(addDays(v.departBy, 1), "Alternate order: voluntary departure period ended");
    }
  }

  // Stays: the latest-ending live one counts; a rescission motion pending stays an in absentia order by law.
  let activeStay: ActiveStay | null = null;
  for (const [kind, s] of stays) {
    if (s.until && s.until < asOf) continue;
    const candidate = { kind, label: STAY_KIND_LABELS[kind as keyof typeof STAY_KIND_LABELS] ?? kind, since: s.since, until: s.until };
    if (!activeStay || (activeStay.until !== null && (candidate.until === null || candidate.until > activeStay.until))) activeStay = candidate;
  }
  const rescission = pendingMotions.find((m) => m.type === "mtr_filed" && (m.basis === "rescind_exceptional" || m.basis === "rescind_no_notice"));
  const fo = finalOrder as RemovalStatus["finalOrder"];
  if (!activeStay && rescission && order?.inAbsentia) {
    activeStay = { kind: "automatic", label: "Automatic stay while the motion to rescind is pending (INA 240(b)(5)(C))", since: rescission.filed, until: null };
  }
  if (appealPendingSince && order && !fo && !activeStay) {
    activeStay = { kind: "automatic", label: "Automatic stay while the BIA appeal is pending (8 CFR 1003.6(a))", since: appealPendingSince, until: null };
  }

  const status: Omit<RemovalStatus, "phase" | "label"> = {
    order,
    finalOrder: fo,
    appealDue: fo ? null : appealDue,
    appealPendingSince,
    activeStay,
    stayRequested,
    pendingMotions,
    pfrPendingSince,
    voluntaryDeparture: vd,
    protection,
    closed,
    adminClosedSince,
    biaDecisionOn,
    warnings,
  };
  const { phase, label } = describe(status, nta);
  return { phase, label, ...status };
}

function describe(s: Omit<RemovalStatus, "phase" | "label">, nta: boolean): { phase: Phase; label: string } {
  if (s.closed) {
    if (s.closed.kind === "removed") return { phase: "removed", label: `Removed (order executed) on ${s.closed.date}` };
    if (s.closed.kind === "terminated") return { phase: "terminated", label: `Proceedings terminated on ${s.closed.date}` };
    return { phase: "closed_favourable", label: `Closed — ${s.closed.what.charAt(0).toLowerCase()}${s.closed.what.slice(1)} on ${s.closed.date}` };
  }
  if (s.adminClosedSince) return { phase: "admin_closed", label: `Administratively closed since ${s.adminClosedSince}` };
  const qualifiers: string[] = [];
  if (s.activeStay && s.activeStay.kind !== "automatic") qualifiers.push(s.activeStay.until ? `stayed until ${s.activeStay.until}` : "stayed (no end date)");
  else if (s.activeStay) qualifiers.push(s.activeStay.kind === "automatic" && s.appealPendingSince ? "" : "stayed while motion is pending");
  if (s.pendingMotions.some((m) => m.type === "mtr_filed")) qualifiers.push("motion to reopen pending");
  if (s.pendingMotions.some((m) => m.type === "mtc_filed")) qualifiers.push("motion to reconsider pending");
  if (s.pfrPendingSince) qualifiers.push("petition for review pending");
  if (s.stayRequested && !s.activeStay) qualifiers.push("stay requested");
  const tail = qualifiers.filter(Boolean);
  const withTail = (base: string) => (tail.length ? `${base} — ${tail.join("; ")}` : base);

  if (s.finalOrder) {
    let base = s.order?.inAbsentia ? "Final order (in absentia)" : "Final order";
    if (s.protection) base += ` with ${s.protection.kind === "cat" ? "CAT protection" : "withholding of removal"}${s.protection.country ? ` (removal to ${s.protection.country} barred)` : ""}`;
    return { phase: "final_order", label: withTail(base) };
  }
  if (s.appealPendingSince) return { phase: "appeal_pending", label: withTail("Appeal pending at BIA") };
  if (s.voluntaryDeparture && !s.voluntaryDeparture.ended) {
    return { phase: "voluntary_departure", label: withTail(s.voluntaryDeparture.departBy ? `Voluntary departure — leave by ${s.voluntaryDeparture.departBy}` : "Voluntary departure granted") };
  }
  if (s.order) {
    let base = "Removal ordered by IJ";
    if (s.protection) base += ` with ${s.protection.kind === "cat" ? "CAT protection" : "withholding of removal"}`;
    return { phase: "ij_order", label: withTail(s.appealDue ? `${base} — appeal due ${s.appealDue}` : base) };
  }
  if (nta) return { phase: "in_proceedings", label: withTail("In proceedings") };
  return { phase: "none", label: "No removal case recorded" };
}

export const PHASE_LABELS: Record<Phase, string> = {
  none: "No case recorded",
  in_proceedings: "In proceedings",
  ij_order: "IJ removal order",
  appeal_pending: "Appeal pending at BIA",
  final_order: "Final order",
  voluntary_departure: "Voluntary departure",
  admin_closed: "Administratively closed",
  closed_favourable: "Closed in client's favour",
  terminated: "Terminated",
  removed: "Removed",
};

