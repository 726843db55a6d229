import type { IsoDate } from "./dates";

// The events of a removal case (DOMAIN.md). Each change is one event; the current status is derived
// from all of them (removal-status.ts), and the deadlines from their dates (deadlines.ts).
export const EVENT_TYPES = [
  "nta_filed",
  "master_hearing",
  "individual_hearing",
  "ij_decision",
  "in_absentia_order",
  "bia_appeal_filed",
  "bia_decision",
  "final_order",
  "pfr_filed",
  "pfr_decided",
  "mtr_filed",
  "mtr_decided",
  "mtc_filed",
  "mtc_decided",
  "stay_requested",
  "stay_granted",
  "stay_denied",
  "stay_expired",
  "vd_granted",
  "vd_bond_posted",
  "vd_bond_proof_filed",
  "fear_screening",
  "order_executed",
  "relief_granted",
  "protection_granted",
  "terminated",
  "admin_closed",
  "recalendared",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_LABELS: Record<EventType, string> = {
  nta_filed: "Notice to Appear filed",
  master_hearing: "Master calendar hearing",
  individual_hearing: "Individual (merits) hearing",
  ij_decision: "Immigration judge decision",
  in_absentia_order: "In absentia removal order",
  bia_appeal_filed: "Appeal filed with the BIA",
  bia_decision: "BIA decision",
  final_order: "Final order of removal",
  pfr_filed: "Petition for review filed",
  pfr_decided: "Petition for review decided",
  mtr_filed: "Motion to reopen filed",
  mtr_decided: "Motion to reopen decided",
  mtc_filed: "Motion to reconsider filed",
  mtc_decided: "Motion to reconsider decided",
  stay_requested: "Stay of removal requested",
  stay_granted: "Stay of removal granted",
  stay_denied: "Stay of removal denied",
  stay_expired: "Stay of removal expired",
  vd_granted: "Voluntary departure granted",
  vd_bond_posted: "Voluntary departure bond posted",
  vd_bond_proof_filed: "Proof of the voluntary departure bond filed with the BIA",
  fear_screening: "Credible or reasonable fear decided",
  order_executed: "Removal order executed (removed)",
  relief_granted: "Relief granted (case closed)",
  protection_granted: "Withholding of removal / CAT protection granted",
  terminated: "Proceedings terminated",
  admin_closed: "Administratively closed",
  recalendared: "Case recalendared",
};

export const IJ_OUTCOMES = [
  "removal_ordered",
  "relief_granted",
  "withholding_granted",
  "cat_granted",
  "vd_granted",
  "terminated",
  "admin_closed",
] as const;
export const BIA_OUTCOMES = ["dismissed", "sustained", "remanded"] as const;
export const MOTION_OUTCOMES = ["granted", "denied"] as const;
export const PFR_OUTCOMES = ["denied", "granted", "remanded"] as const;
export const STAY_KINDS = ["ice_i246", "bia", "court_of_appeals"] as const;
export const RELIEF_KINDS = ["asylum", "cancellation", "adjustment", "other"] as const;
export const PROTECTION_KINDS = ["withholding", "cat"] as const;
export const MOTION_BASES = [
  "general",
  "rescind_exceptional",
  "rescind_no_notice",
  "changed_country_conditions",
] as const;
export const FINAL_ORDER_BASES = [
  "bia_dismissal",
  "appeal_waived",
  "appeal_time_lapsed",
  "in_absentia",
  "expedited_removal",
  "reinstatement",
  "administrative_removal",
  "stipulated_removal",
  "other",
] as const;
/** Who filed a BIA appeal. Records from before this field existed are the respondent's (the only appeal the form offered). */
export const APPEAL_PARTIES = ["respondent", "dhs", "both"] as const;
export type AppealParty = (typeof APPEAL_PARTIES)[number];
/** What the BIA ordered when it sustained an appeal. */
export const BIA_RESULTS = ["relief_granted", "terminated", "removal_ordered"] as const;
/** Who decided a motion: the immigration judge (appealable to the BIA) or the BIA (reviewable in the court of appeals). */
export const MOTION_DECIDERS = ["ij", "bia"] as const;
export const FEAR_KINDS = ["credible", "reasonable"] as const;
export const FEAR_OUTCOMES = ["positive", "negative"] as const;
export const SCREENING_STAGES = ["asylum_officer", "ij_review"] as const;
export const SOURCES = ["court_notice", "eoir_portal", "ice_document", "client_report", "other"] as const;

export const OUTCOME_LABELS: Record<string, string> = {
  removal_ordered: "Removal ordered",
  relief_granted: "Relief granted",
  withholding_granted: "Withholding of removal granted",
  cat_granted: "CAT protection granted",
  vd_granted: "Voluntary departure granted",
  terminated: "Proceedings terminated",
  admin_closed: "Administratively closed",
  dismissed: "Appeal dismissed",
  sustained: "Appeal sustained",
  remanded: "Remanded",
  granted: "Granted",
  denied: "Denied",
  positive: "Positive (fear found)",
  negative: "Negative (no fear found)",
};
export const APPEAL_PARTY_LABELS: Record<AppealParty, string> = {
  respondent: "The respondent (our client)",
  dhs: "DHS (the government)",
  both: "Both (cross-appeals)",
};
export const BIA_RESULT_LABELS: Record<(typeof BIA_RESULTS)[number], string> = {
  relief_granted: "Relief granted (case closed in the client's favour)",
  terminated: "Proceedings terminated",
  removal_ordered: "Removal ordered (final order)",
};
export const MOTION_DECIDER_LABELS: Record<(typeof MOTION_DECIDERS)[number], string> = {
  ij: "Immigration judge",
  bia: "BIA",
};
export const FEAR_KIND_LABELS: Record<(typeof FEAR_KINDS)[number], string> = {
  credible: "Credible fear (after expedited removal, 8 CFR 208.30)",
  reasonable: "Reasonable fear (after reinstatement or administrative removal, 8 CFR 208.31)",
};
export const SCREENING_STAGE_LABELS: Record<(typeof SCREENING_STAGES)[number], string> = {
  asylum_officer: "Asylum officer's determination",
  ij_review: "Immigration judge's review of a negative determination",
};
export const STAY_KIND_LABELS: Record<(typeof STAY_KINDS)[number], string> = {
  ice_i246: "ICE stay (I-246)",
  bia: "BIA stay",
  court_of_appeals: "Court of appeals stay",
};
export const RELIEF_LABELS: Record<(typeof RELIEF_KINDS)[number], string> = {
  asylum: "Asylum",
  cancellation: "Cancellation of removal",
  adjustment: "Adjustment of status",
  other: "Relief",
};
export const MOTION_BASIS_LABELS: Record<(typeof MOTION_BASES)[number], string> = {
  general: "General (within 90 days)",
  rescind_exceptional: "Rescind in absentia order: exceptional circumstances (180 days)",
  rescind_no_notice: "Rescind in absentia order: no notice (any time)",
  changed_country_conditions: "Changed country conditions (asylum; no time limit)",
};
export const FINAL_ORDER_BASIS_LABELS: Record<(typeof FINAL_ORDER_BASES)[number], string> = {
  bia_dismissal: "BIA dismissed the appeal",
  appeal_waived: "Appeal waived",
  appeal_time_lapsed: "Appeal time ran out",
  in_absentia: "In absentia order",
  expedited_removal: "Expedited removal (INA 235(b)(1))",
  reinstatement: "Reinstatement of a prior order (INA 241(a)(5))",
  administrative_removal: "Administrative removal (INA 238(b))",
  stipulated_removal: "Stipulated removal",
  other: "Other",
};
export const SOURCE_LABELS: Record<(typeof SOURCES)[number], string> = {
  court_notice: "Court notice",
  eoir_portal: "EOIR case portal",
  ice_document: "ICE document",
  client_report: "Client's report",
  other: "Other",
};

/** The facts of an event beyond its type and date. Which apply depends on the type. */
export type EventDetails = {
  outcome?: string;
  decisionForm?: "oral" | "written";
  /** Date the written decision was mailed or served electronically (starts the appeal clock). */
  servedOn?: IsoDate | null;
  appealWaived?: boolean;
  stayKind?: (typeof STAY_KINDS)[number];
  /**
   * Stay end date; voluntary-departure deadline (a grant, or the BIA's decision reinstating the period);
   * on a court of appeals decision, the date its stay continues to (e.g. until the mandate issues).
   */
  endDate?: IsoDate | null;
  vdStage?: "pre_conclusion" | "conclusion";
  reliefKind?: (typeof RELIEF_KINDS)[number];
  protectionKind?: (typeof PROTECTION_KINDS)[number];
  /** ISO 3166-1 alpha-2 of the country removal to which is barred. */
  protectedCountry?: string | null;
  motionBasis?: (typeof MOTION_BASES)[number];
  finalOrderBasis?: (typeof FINAL_ORDER_BASES)[number];
  /** BIA appeal: who appealed. */
  appealedBy?: AppealParty;
  /** BIA decision sustaining an appeal: what the BIA ordered. */
  biaResult?: (typeof BIA_RESULTS)[number];
  /** Motion decision: who decided it. */
  decidedBy?: (typeof MOTION_DECIDERS)[number];
  fearKind?: (typeof FEAR_KINDS)[number];
  screeningStage?: (typeof SCREENING_STAGES)[number];
};

export type RemovalEvent = {
  id: string;
  type: EventType;
  effectiveDate: IsoDate;
  details: EventDetails;
  /** Order of entry, to break ties between events of the same day. */
  seq: number;
};

/** Filing this ends a live voluntary-departure grant (8 CFR 1240.26(e)(1), (i)). */
export function endsVoluntaryDeparture(type: EventType): boolean {
  return type === "pfr_filed" || type === "mtr_filed" || type === "mtc_filed";
}

/** How a final order came about decides which rules follow it (docs/deadlines.md). */
export type OrderPath =
  "ina240" | "in_absentia" | "stipulated" | "reinstatement" | "administrative_removal" | "expedited_removal";

export function orderPathOf(basis: (typeof FINAL_ORDER_BASES)[number] | undefined): OrderPath {
  switch (basis) {
    case "in_absentia":
    case "stipulated_removal":
    case "reinstatement":
    case "administrative_removal":
    case "expedited_removal":
      return basis === "stipulated_removal" ? "stipulated" : basis;
    default:
      return "ina240";
  }
}

/** Orders made outside INA 240 proceedings: no motions to reopen or reconsider before the IJ or BIA. */
export function isOutsideIna240(path: OrderPath): boolean {
  return path === "reinstatement" || path === "administrative_removal" || path === "expedited_removal";
}
