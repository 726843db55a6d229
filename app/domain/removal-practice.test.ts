import { describe, expect, it } from "vitest";
import { checkInWarnings } from "./check-ins";
import { computeDeadlines, deadlineUrgency, type DeadlineKind } from "./deadlines";
import type { Closure } from "./federal-holidays";
import { flightProfile, type FlightTier } from "./flight-risk";
import type { EventDetails, EventType, RemovalEvent } from "./removal-events";
import { deriveRemovalStatus, type Phase } from "./removal-status";
import { computeRisk, type RiskTier } from "./risk";
import { overallTravelDocState, type TravelDocument } from "./travel-documents";

// Issue 16: the removal case as practice meets it. Each row builds the events the UI stores and checks the
// status, the deadlines, the risk tier and the flight tier together, with the rule it rests on.
let seq = 0;
const ev = (type: EventType, date: string, details: EventDetails = {}): RemovalEvent => ({
  id: `e${++seq}`,
  type,
  effectiveDate: date,
  details,
  seq,
});
const passport: TravelDocument = {
  id: "p1",
  kind: "passport",
  issuingCountry: "HN",
  state: "valid",
  holder: "client",
  issueDate: "2020-01-01",
  expiryDate: "2030-01-01",
};
const nta = () => ev("nta_filed", "2023-01-10");

type Expect = {
  phase: Phase;
  label: string | RegExp;
  risk: RiskTier;
  flight: FlightTier;
  /** Deadlines by kind: due date and urgency ("any" to skip the urgency). */
  deadlines?: Partial<Record<DeadlineKind, { due: string; urgency?: string; rule?: RegExp; note?: RegExp }>>;
  /** The exact set of deadline kinds that are not superseded. */
  openKinds?: DeadlineKind[];
  reasons?: RegExp[];
  warnings?: RegExp[];
  stay?: string | null;
};

type Row = {
  item: string;
  cite: string;
  name: string;
  events: () => RemovalEvent[];
  asOf: string;
  docs?: TravelDocument[];
  closures?: Closure[];
  expect: Expect;
};

function evaluate(
  events: RemovalEvent[],
  asOf: string,
  docs: TravelDocument[] = [],
  closures: Closure[] = [],
) {
  const status = deriveRemovalStatus(events, asOf, closures);
  const deadlines = computeDeadlines(events, status, closures);
  const travelDoc = overallTravelDocState(docs, asOf);
  const detention = { status: "not_detained" as const };
  const checkIns = { missedLastYear: 0, nextCheckIn: null };
  const risk = computeRisk({ status, travelDoc, detention, checkIns, asOf });
  const flight = flightProfile({ status, travelDoc, detention, checkIns, risk, asOf });
  return { status, deadlines, risk, flight };
}

const rows: Row[] = [
  // 1. DHS appeals and remands
  {
    item: "1",
    cite: "8 CFR 1003.38(b), 1003.39",
    name: "an IJ grant of asylum is not final while DHS may appeal",
    events: () => [
      nta(),
      ev("ij_decision", "2025-03-03", {
        outcome: "relief_granted",
        reliefKind: "asylum",
        decisionForm: "oral",
      }),
    ],
    asOf: "2025-03-10",
    expect: {
      phase: "ij_grant",
      label: "Asylum granted by the IJ on 2025-03-03 — not final: DHS may appeal until 2025-04-02",
      risk: "low",
      flight: "low",
      openKinds: [],
      reasons: [/not final until DHS's time to appeal passes \(2025-04-02/],
    },
  },
  {
    item: "1",
    cite: "8 CFR 1003.39",
    name: "DHS appeal of an asylum grant keeps the case open and in the alerts",
    events: () => [
      nta(),
      ev("ij_decision", "2025-03-03", { outcome: "relief_granted", reliefKind: "asylum" }),
      ev("bia_appeal_filed", "2025-03-28", { appealedBy: "dhs" }),
    ],
    asOf: "2025-06-01",
    docs: [passport],
    expect: {
      phase: "appeal_pending",
      label: "DHS appeal pending at the BIA (IJ: asylum granted)",
      risk: "elevated",
      flight: "elevated",
      reasons: [/DHS appealed/],
    },
  },
  {
    item: "1",
    cite: "8 CFR 1241.1(a); INA 242(b)(1)",
    name: "the BIA sustains DHS's appeal and orders removal: a final order with its petition clock",
    events: () => [
      nta(),
      ev("ij_decision", "2025-03-03", { outcome: "relief_granted", reliefKind: "asylum" }),
      ev("bia_appeal_filed", "2025-03-28", { appealedBy: "dhs" }),
      ev("bia_decision", "2025-10-01", { outcome: "sustained", biaResult: "removal_ordered" }),
    ],
    asOf: "2025-10-05",
    docs: [passport],
    expect: {
      phase: "final_order",
      label: "Final order",
      risk: "critical",
      flight: "critical",
      deadlines: {
        petition_for_review: { due: "2025-10-31", rule: /INA 242\(b\)\(1\)/ },
        motion_to_reconsider: { due: "2025-10-31" },
        motion_to_reopen: { due: "2025-12-30" },
      },
      openKinds: ["petition_for_review", "motion_to_reconsider", "motion_to_reopen"],
    },
  },
  {
    item: "1",
    cite: "8 CFR 1003.1(d)(7)",
    name: "a BIA remand returns the case to the immigration judge",
    events: () => [
      nta(),
      ev("ij_decision", "2025-03-03", { outcome: "relief_granted", reliefKind: "asylum" }),
      ev("bia_appeal_filed", "2025-03-28", { appealedBy: "dhs" }),
      ev("bia_decision", "2025-10-01", { outcome: "remanded" }),
    ],
    asOf: "2025-10-05",
    expect: {
      phase: "in_proceedings",
      label: "In proceedings — remanded to the IJ by the BIA on 2025-10-01",
      risk: "low",
      flight: "low",
      reasons: [/Remanded to the immigration judge/],
    },
  },
  {
    item: "1",
    cite: "8 CFR 1003.39",
    name: "DHS's appeal dismissed: the grant is final",
    events: () => [
      nta(),
      ev("ij_decision", "2025-03-03", { outcome: "relief_granted", reliefKind: "asylum" }),
      ev("bia_appeal_filed", "2025-03-28", { appealedBy: "dhs" }),
      ev("bia_decision", "2025-10-01", { outcome: "dismissed" }),
    ],
    asOf: "2025-10-05",
    expect: {
      phase: "closed_favourable",
      label: "Closed — asylum granted (DHS appeal dismissed by the BIA) on 2025-10-01",
      risk: "none",
      flight: "excluded",
      openKinds: [],
    },
  },
  {
    item: "1",
    cite: "8 CFR 1003.1(d)",
    name: "a respondent's appeal sustained (a record from before 'who appealed') closes the case, with a readable label",
    events: () => [
      nta(),
      ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" }),
      ev("bia_appeal_filed", "2024-03-20"),
      ev("bia_decision", "2025-01-15", { outcome: "sustained" }),
    ],
    asOf: "2025-02-01",
    expect: {
      phase: "closed_favourable",
      label: "Closed — BIA sustained the appeal: relief granted on 2025-01-15",
      risk: "none",
      flight: "excluded",
    },
  },
  // 2. Removal does not cancel the petition for review
  {
    item: "2",
    cite: "INA 242(b)(1); Nken v. Holder, 556 U.S. 418 (2009)",
    name: "removed after the BIA's dismissal: the petition-for-review deadline stays open",
    events: () => [
      nta(),
      ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" }),
      ev("bia_appeal_filed", "2024-03-20"),
      ev("bia_decision", "2025-01-15", { outcome: "dismissed" }),
      ev("order_executed", "2025-01-25"),
    ],
    asOf: "2025-01-27",
    expect: {
      phase: "removed",
      label: "Removed (order executed) on 2025-01-25",
      risk: "none",
      flight: "excluded",
      deadlines: {
        petition_for_review: { due: "2025-02-14", urgency: "upcoming", note: /Nken v\. Holder/ },
        motion_to_reopen: { due: "2025-04-15", note: /circuits differ/ },
      },
      openKinds: ["petition_for_review", "motion_to_reconsider", "motion_to_reopen"],
      reasons: [/can be filed and pursued after removal/],
    },
  },
  // 3. Orders outside INA 240
  {
    item: "3",
    cite: "INA 241(a)(5), 242(b)(1); Riley v. Bondi (2025)",
    name: "a reinstated order: only a 30-day petition for review, no INA 240 motions",
    events: () => [ev("final_order", "2025-05-01", { finalOrderBasis: "reinstatement" })],
    asOf: "2025-05-05",
    expect: {
      phase: "final_order",
      label: "Final order (reinstated)",
      risk: "high",
      flight: "high",
      deadlines: { petition_for_review: { due: "2025-06-02", note: /Riley v\. Bondi/ } },
      openKinds: ["petition_for_review"],
      reasons: [/cannot be reopened or reviewed/],
    },
  },
  {
    item: "3",
    cite: "8 CFR 241.8(e), 208.31(e)",
    name: "reinstatement, then a positive reasonable fear finding: withholding-only proceedings, the order stays final",
    events: () => [
      ev("final_order", "2025-05-01", { finalOrderBasis: "reinstatement" }),
      ev("fear_screening", "2025-05-20", {
        fearKind: "reasonable",
        outcome: "positive",
        screeningStage: "asylum_officer",
      }),
    ],
    asOf: "2025-06-10",
    expect: {
      phase: "final_order",
      label: "Final order (reinstated) — withholding-only proceedings pending",
      risk: "high",
      flight: "high",
      openKinds: ["petition_for_review"],
      reasons: [/withholding-only proceedings before the immigration judge/],
    },
  },
  {
    item: "3",
    cite: "8 CFR 1208.31(e), 1208.16(f)",
    name: "CAT granted in withholding-only proceedings: the order stands, removal to that country barred",
    events: () => [
      ev("final_order", "2025-05-01", { finalOrderBasis: "reinstatement" }),
      ev("fear_screening", "2025-05-20", { fearKind: "reasonable", outcome: "positive" }),
      ev("ij_decision", "2025-09-02", { outcome: "cat_granted", protectedCountry: "HN" }),
    ],
    asOf: "2025-09-10",
    docs: [passport],
    expect: {
      phase: "final_order",
      label: "Final order (reinstated) with CAT protection (removal to HN barred)",
      risk: "high",
      flight: "elevated",
    },
  },
  {
    item: "3",
    cite: "INA 238(b)(3), 242(b)(1)",
    name: "an administrative removal order: 14 days before execution, a 30-day petition, no motions",
    events: () => [ev("final_order", "2025-05-01", { finalOrderBasis: "administrative_removal" })],
    asOf: "2025-05-05",
    expect: {
      phase: "final_order",
      label: "Final order (administrative removal) — not executed until 2025-05-15",
      risk: "high",
      flight: "high",
      stay: "2025-05-15",
      deadlines: { petition_for_review: { due: "2025-06-02" } },
      openKinds: ["petition_for_review"],
    },
  },
  {
    item: "3",
    cite: "INA 235(b)(1), 242(a)(2)(A), 242(e)",
    name: "an expedited removal order: no petition for review and no motion deadlines",
    events: () => [ev("final_order", "2025-05-01", { finalOrderBasis: "expedited_removal" })],
    asOf: "2025-05-05",
    docs: [passport],
    expect: {
      phase: "final_order",
      label: "Final order (expedited removal)",
      risk: "critical",
      flight: "critical",
      openKinds: [],
      reasons: [/no petition for review \(INA 242\(a\)\(2\)\(A\)\)/],
    },
  },
  // 4. A late appeal
  {
    item: "4",
    cite: "8 CFR 1003.6(a), 1003.38(b), 1241.1(c), 1003.1(c)",
    name: "an appeal filed after the deadline: final by lapse, no automatic stay",
    events: () => [
      nta(),
      ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" }),
      ev("bia_appeal_filed", "2024-04-03"),
    ],
    asOf: "2024-05-01",
    docs: [passport],
    expect: {
      phase: "final_order",
      label: "Final order — late appeal filed 2024-04-03 (not stayed)",
      risk: "critical",
      flight: "critical",
      stay: null,
      deadlines: { bia_appeal: { due: "2024-04-01", urgency: "overdue", note: /filed late/ } },
      reasons: [/filed late/, /certification \(8 CFR 1003\.1\(c\)\)/],
      warnings: [/after it was due \(2024-04-01\).*certification/],
    },
  },
  // 5. A court of appeals stay ends with the denial
  {
    item: "5",
    cite: "INA 242(b)(3)(B); Nken v. Holder",
    name: "the petition is denied: the stay pending review ends",
    events: () => [
      nta(),
      ev("ij_decision", "2023-06-01", { outcome: "removal_ordered" }),
      ev("bia_appeal_filed", "2023-06-20"),
      ev("bia_decision", "2024-01-10", { outcome: "dismissed" }),
      ev("pfr_filed", "2024-01-20"),
      ev("stay_granted", "2024-02-01", { stayKind: "court_of_appeals" }),
      ev("pfr_decided", "2025-03-03", { outcome: "denied" }),
    ],
    asOf: "2025-03-05",
    docs: [passport],
    expect: {
      phase: "final_order",
      label: "Final order — court of appeals stay ended with the denial on 2025-03-03",
      risk: "critical",
      flight: "critical",
      stay: null,
      reasons: [/Court of appeals stay ended with the denial of the petition for review on 2025-03-03/],
    },
  },
  {
    item: "5",
    cite: "FRAP 41",
    name: "the court keeps its stay until a date (e.g. its mandate): stayed until then",
    events: () => [
      nta(),
      ev("ij_decision", "2023-06-01", { outcome: "removal_ordered" }),
      ev("bia_appeal_filed", "2023-06-20"),
      ev("bia_decision", "2024-01-10", { outcome: "dismissed" }),
      ev("pfr_filed", "2024-01-20"),
      ev("stay_granted", "2024-02-01", { stayKind: "court_of_appeals" }),
      ev("pfr_decided", "2025-03-03", { outcome: "denied", endDate: "2025-04-28" }),
    ],
    asOf: "2025-03-05",
    docs: [passport],
    expect: {
      phase: "final_order",
      label: "Final order — stayed until 2025-04-28",
      risk: "elevated",
      flight: "elevated",
      stay: "2025-04-28",
    },
  },
  // 6. Voluntary departure during a timely appeal
  {
    item: "6",
    cite: "8 CFR 1240.26(c)(3)(ii), 1003.4; Matter of Gamero, 25 I&N Dec. 164 (BIA 2010)",
    name: "the departure period does not run while the appeal is pending, and proof of the bond is due at the BIA",
    events: () => [
      nta(),
      ev("ij_decision", "2025-06-02", {
        outcome: "vd_granted",
        endDate: "2025-08-01",
        vdStage: "conclusion",
      }),
      ev("vd_bond_posted", "2025-06-05"),
      ev("bia_appeal_filed", "2025-06-20"),
    ],
    asOf: "2025-09-01",
    expect: {
      phase: "appeal_pending",
      label: "Appeal pending at BIA — voluntary departure paused until the BIA decides",
      risk: "elevated",
      flight: "elevated",
      deadlines: {
        vd_departure: {
          due: "2025-08-01",
          urgency: "superseded",
          note: /withdraw the appeal \(8 CFR 1003\.4\)/,
        },
        vd_bond_proof: { due: "2025-07-21", urgency: "lapsed", rule: /Matter of Gamero/ },
      },
      reasons: [/Voluntary departure paused/],
    },
  },
  {
    item: "6",
    cite: "8 CFR 1240.26(c)(3)(ii)",
    name: "the BIA dismisses and reinstates the departure period: leave by the new date",
    events: () => [
      nta(),
      ev("ij_decision", "2025-06-02", {
        outcome: "vd_granted",
        endDate: "2025-08-01",
        vdStage: "conclusion",
      }),
      ev("vd_bond_posted", "2025-06-05"),
      ev("bia_appeal_filed", "2025-06-20"),
      ev("vd_bond_proof_filed", "2025-07-01"),
      ev("bia_decision", "2025-10-01", { outcome: "dismissed", endDate: "2025-11-30" }),
    ],
    asOf: "2025-10-03",
    docs: [passport],
    expect: {
      phase: "voluntary_departure",
      label: "Voluntary departure — leave by 2025-11-30",
      risk: "elevated",
      flight: "elevated",
      deadlines: {
        vd_departure: { due: "2025-11-30", urgency: "upcoming" },
        vd_bond_proof: { due: "2025-07-21", urgency: "met" },
        petition_for_review: { due: "2025-10-31" },
      },
      openKinds: [
        "bia_appeal",
        "vd_bond",
        "vd_bond_proof",
        "vd_departure",
        "petition_for_review",
        "motion_to_reconsider",
        "motion_to_reopen",
      ],
      reasons: [/reinstated by the BIA on 2025-10-01/],
    },
  },
  // 7. A live VD grant behind a final order
  {
    item: "7",
    cite: "INA 240B; 8 CFR 1240.26",
    name: "appeal waived with a live departure period: 'leave by', not 'Final order', and not critical",
    events: () => [
      nta(),
      ev("ij_decision", "2025-06-02", {
        outcome: "vd_granted",
        endDate: "2025-07-31",
        vdStage: "conclusion",
        appealWaived: true,
      }),
      ev("vd_bond_posted", "2025-06-04"),
    ],
    asOf: "2025-06-10",
    docs: [passport],
    expect: {
      phase: "voluntary_departure",
      label: "Voluntary departure — leave by 2025-07-31",
      risk: "elevated",
      flight: "elevated",
      reasons: [/must leave by 2025-07-31/, /alternate order of removal takes effect/],
    },
  },
  {
    item: "7",
    cite: "8 CFR 1240.26(d)",
    name: "the departure date passes: the alternate order takes effect",
    events: () => [
      nta(),
      ev("ij_decision", "2025-06-02", {
        outcome: "vd_granted",
        endDate: "2025-07-31",
        vdStage: "conclusion",
        appealWaived: true,
      }),
      ev("vd_bond_posted", "2025-06-04"),
    ],
    asOf: "2025-08-01",
    docs: [passport],
    expect: {
      phase: "final_order",
      label: "Final order",
      risk: "critical",
      flight: "critical",
      deadlines: { vd_departure: { due: "2025-07-31", urgency: "overdue" } },
    },
  },
  // 8. A missed bond inside the appeal window
  {
    item: "8",
    cite: "8 CFR 1240.26(c)(3)(i), 1003.39",
    name: "the bond is missed: voluntary departure ends, but the order is not final while the appeal time runs",
    events: () => [
      nta(),
      ev("ij_decision", "2025-06-02", {
        outcome: "vd_granted",
        endDate: "2025-08-01",
        vdStage: "conclusion",
      }),
    ],
    asOf: "2025-06-12",
    expect: {
      phase: "ij_order",
      label: "Removal ordered by IJ — appeal due 2025-07-02; voluntary departure ended",
      risk: "high",
      flight: "high",
      deadlines: {
        bia_appeal: { due: "2025-07-02", urgency: "upcoming" },
        vd_bond: { due: "2025-06-09", urgency: "overdue" },
      },
      reasons: [/bond not posted by 2025-06-09/],
    },
  },
  // 9. Motions after an unappealed IJ order
  {
    item: "9",
    cite: "8 CFR 1241.1(c); INA 240(c)(6)(B), (c)(7)(C)(i)",
    name: "motions counted from the last day to appeal (the earlier reading)",
    events: () => [nta(), ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" })],
    asOf: "2024-04-10",
    expect: {
      phase: "final_order",
      label: "Final order",
      risk: "high",
      flight: "high",
      deadlines: {
        motion_to_reconsider: {
          due: "2024-05-01",
          rule: /counted from 2024-04-01, the last day to appeal.*8 CFR 1241\.1\(c\).*earlier/,
        },
        motion_to_reopen: { due: "2024-07-01" },
      },
    },
  },
  // 10. Missing rules
  {
    item: "10",
    cite: "INA 242(b)(1); Stone v. INS, 514 U.S. 386 (1995)",
    name: "the BIA denies a motion to reopen: a petition-for-review clock of its own",
    events: () => [
      nta(),
      ev("ij_decision", "2023-06-01", { outcome: "removal_ordered" }),
      ev("bia_appeal_filed", "2023-06-20"),
      ev("bia_decision", "2024-01-10", { outcome: "dismissed" }),
      ev("mtr_filed", "2024-03-01"),
      ev("mtr_decided", "2024-06-03", { outcome: "denied", decidedBy: "bia" }),
    ],
    asOf: "2024-06-05",
    expect: {
      phase: "final_order",
      label: "Final order",
      risk: "high",
      flight: "high",
      deadlines: { petition_for_review: { due: "2024-07-03", note: /Stone v\. INS/ } },
      openKinds: [
        "bia_appeal",
        "motion_to_reconsider",
        "motion_to_reopen",
        "petition_for_review",
        "petition_for_review",
      ],
    },
  },
  {
    item: "10",
    cite: "8 CFR 1003.38(b), 1003.23(b), 1003.6(b)",
    name: "an IJ denies a motion to rescind: a BIA appeal deadline, and the appeal does not stay removal",
    events: () => [
      nta(),
      ev("in_absentia_order", "2024-01-10"),
      ev("mtr_filed", "2024-02-01", { motionBasis: "rescind_exceptional" }),
      ev("mtr_decided", "2024-03-01", { outcome: "denied", decidedBy: "ij" }),
      ev("bia_appeal_filed", "2024-03-20"),
    ],
    asOf: "2024-04-05",
    expect: {
      phase: "final_order",
      label: "Final order (in absentia) — appeal of the motion's denial pending at the BIA",
      risk: "high",
      flight: "high",
      stay: null,
      deadlines: { bia_appeal: { due: "2024-04-01", urgency: "met", rule: /1003\.23/ } },
    },
  },
  {
    item: "10",
    cite: "INA 240B(b)(2)",
    name: "a departure period longer than 60 days at the end of proceedings is flagged",
    events: () => [
      nta(),
      ev("vd_granted", "2025-06-02", { endDate: "2025-09-01", vdStage: "conclusion", appealWaived: true }),
      ev("vd_bond_posted", "2025-06-03"),
    ],
    asOf: "2025-06-05",
    expect: {
      phase: "voluntary_departure",
      label: "Voluntary departure — leave by 2025-09-01",
      risk: "elevated",
      flight: "elevated",
      warnings: [/91 days; the judge may give at most 60/],
    },
  },
  {
    item: "10",
    cite: "INA 240B(a)(2)(A)",
    name: "a departure period longer than 120 days before the end of proceedings is flagged",
    events: () => [
      nta(),
      ev("vd_granted", "2025-06-02", { endDate: "2025-10-15", vdStage: "pre_conclusion" }),
    ],
    asOf: "2025-06-05",
    expect: {
      phase: "voluntary_departure",
      label: "Voluntary departure — leave by 2025-10-15",
      risk: "elevated",
      flight: "elevated",
      openKinds: ["motion_to_reconsider", "motion_to_reopen", "vd_departure"],
      warnings: [/135 days; the judge may give at most 120/],
    },
  },
  {
    item: "10",
    cite: "8 CFR 1003.38(b); 8 CFR 1240.26(c)(3)(i)",
    name: "a VD grant at the end of proceedings gives a BIA appeal deadline; a court closure moves it but not the bond",
    events: () => [nta(), ev("vd_granted", "2025-06-02", { endDate: "2025-08-01", vdStage: "conclusion" })],
    asOf: "2025-06-03",
    closures: [
      { date: "2025-06-04", reason: "court closed: power cut" },
      { date: "2025-07-02", reason: "court closed: flood" },
    ],
    expect: {
      phase: "voluntary_departure",
      label: "Voluntary departure — leave by 2025-08-01 — appeal due 2025-07-03",
      risk: "elevated",
      flight: "elevated",
      deadlines: {
        bia_appeal: { due: "2025-07-03", urgency: "upcoming" },
        vd_bond: {
          due: "2025-06-09",
          rule: /5 business days/,
          note: /court closures entered by the firm do not move it/,
        },
      },
    },
  },
];

describe("removal cases as practice meets them (issue 16)", () => {
  it.each(rows)("$item. $name ($cite)", ({ events, asOf, docs, closures, expect: x }) => {
    const { status, deadlines, risk, flight } = evaluate(events(), asOf, docs, closures);
    expect(status.phase).toBe(x.phase);
    if (typeof x.label === "string") expect(status.label).toBe(x.label);
    else expect(status.label).toMatch(x.label);
    expect(risk.tier, risk.reasons.join(" | ")).toBe(x.risk);
    expect(flight.tier, flight.note).toBe(x.flight);
    for (const [kind, want] of Object.entries(x.deadlines ?? {})) {
      // A case can have two of a kind (a petition on the order and one on a motion): the one due that day.
      const d =
        deadlines.find((y) => y.kind === kind && y.due === want!.due) ??
        deadlines.find((y) => y.kind === kind);
      expect(d, `deadline ${kind}`).toBeDefined();
      expect(d!.due, `${kind} due`).toBe(want!.due);
      if (want!.urgency) expect(deadlineUrgency(d!, asOf), `${kind} urgency`).toBe(want!.urgency);
      if (want!.rule) expect(d!.rule).toMatch(want!.rule);
      if (want!.note) expect(d!.note ?? "").toMatch(want!.note);
      expect(d!.rule.length).toBeGreaterThan(10);
    }
    if (x.openKinds)
      expect(
        deadlines
          .filter((d) => !d.superseded)
          .map((d) => d.kind)
          .sort(),
      ).toEqual([...x.openKinds].sort());
    for (const r of x.reasons ?? [])
      expect(
        risk.reasons.some((y) => r.test(y)),
        `reason ${r} in ${risk.reasons.join(" | ")}`,
      ).toBe(true);
    for (const w of x.warnings ?? [])
      expect(
        status.warnings.some((y) => w.test(y)),
        `warning ${w} in ${status.warnings.join(" | ")}`,
      ).toBe(true);
    if (!x.warnings) expect(status.warnings).toEqual([]);
    if (x.stay !== undefined) expect(status.activeStay?.until ?? null).toBe(x.stay);
    // The label never lower-cases an acronym ("bIA").
    expect(status.label).not.toMatch(/\bbIA\b/);
  });

  it("10. check-ins on a weekend are flagged when the office has no hours on file", () => {
    expect(checkInWarnings("2026-12-05", "09:00", null, [], "ero_office")).toEqual([
      "2026-12-05 is a Saturday: ICE offices are usually closed (no hours on file for this office).",
    ]);
    expect(checkInWarnings("2026-12-06", "09:00", null, [], "isap_office")[0]).toContain("Sunday");
    // Office hours on file decide instead; a phone report has no office.
    expect(
      checkInWarnings(
        "2026-12-05",
        "09:00",
        { days: "0123456", opens: "08:00", closes: "16:00" },
        [],
        "ero_office",
      ),
    ).toEqual([]);
    expect(checkInWarnings("2026-12-05", "09:00", null, [], "isap_phone")).toEqual([]);
  });
});
