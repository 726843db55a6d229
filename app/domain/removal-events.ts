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
  order_executed: "Removal order executed (removed)",
  relief_granted: "Relief granted (case closed)",
  protection_granted: "Withholding of removal / CAT protection granted",
  terminated: "Proceedings terminated",
  admin_closed: "Administratively closed",
  recalendared: "Case recalendared",
};

export const IJ_OUTCOMES = ["removal_ordered", "relief_granted", "withholding_granted", "cat_granted", "vd_granted", "terminated", "admin_closed"] as const;
export const BIA_OUTCOMES = ["dismissed", "sustained", "remanded"] as const;
export const MOTION_OUTCOMES = ["granted", "denied"] as const;
export const PFR_OUTCOMES = ["denied", "granted", "remanded"] as const;
export const STAY_KINDS = ["ice_i246", "bia", "court_of_appeals"] as const;
export const RELIEF_KINDS = ["asylum", "cancellation", "adjustment", "other"] as const;
export const PROTECTION_KINDS = ["withholding", "cat"] as const;
export const MOTION_BASES = ["general", "rescind_exceptional", "rescind_no_notice", "changed_country_conditions"] as const;
export const FINAL_ORDER_BASES = ["bia_dismissal", "appeal_waived", "appeal_time_lapsed", "in_absentia", "expedited_removal", "reinstatement", "administrative_removal", "stipulated_removal", "other"] as const;
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
  /** Stay end date, or voluntary-departure deadline. */
  endDate?: IsoDate | null;
  vdStage?: "pre_conclusion" | "conclusion";
  reliefKind?: (typeof RELIEF_KINDS)[number];
  protectionKind?: (typeof PROTECTION_KINDS)[number];
  /** ISO 3166-1 alpha-2 of the country removal to which is barred. */
  protectedCountry?: string | null;
  motionBasis?: (typeof MOTION_BASES)[number];
  finalOrderBasis?: (typeof FINAL_ORDER_BASES)[number];
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
