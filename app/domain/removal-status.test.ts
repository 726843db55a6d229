import { describe, expect, it } from "vitest";
import { computeDeadlines, deadlineUrgency } from "./deadlines";
import type { EventDetails, EventType, RemovalEvent } from "./removal-events";
import { deriveRemovalStatus } from "./removal-status";

let seq = 0;
const ev = (type: EventType, date: string, details: EventDetails = {}): RemovalEvent => ({
  id: `e${++seq}`,
  type,
  effectiveDate: date,
  details,
  seq,
});

describe("removal status from the whole history", () => {
  const cases: {
    name: string;
    events: RemovalEvent[];
    asOf: string;
    label: string;
    phase: string;
    warnings?: RegExp[];
  }[] = [
    {
      name: "nothing recorded",
      events: [],
      asOf: "2025-01-01",
      label: "No removal case recorded",
      phase: "none",
    },
    {
      name: "NTA filed",
      events: [ev("nta_filed", "2023-01-10")],
      asOf: "2025-01-01",
      label: "In proceedings",
      phase: "in_proceedings",
    },
    {
      name: "IJ removal order, appeal window open",
      events: [
        ev("nta_filed", "2023-01-10"),
        ev("ij_decision", "2024-03-01", { outcome: "removal_ordered", decisionForm: "oral" }),
      ],
      asOf: "2024-03-10",
      label: "Removal ordered by IJ — appeal due 2024-04-01", // 31 March 2024 is a Sunday
      phase: "ij_order",
    },
    {
      name: "IJ order, appeal time ran out: final the day after",
      events: [
        ev("nta_filed", "2023-01-10"),
        ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" }),
      ],
      asOf: "2024-05-01",
      label: "Final order",
      phase: "final_order",
    },
    {
      name: "appeal pending",
      events: [
        ev("nta_filed", "2023-01-10"),
        ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" }),
        ev("bia_appeal_filed", "2024-03-20"),
      ],
      asOf: "2024-06-01",
      label: "Appeal pending at BIA",
      phase: "appeal_pending",
    },
    {
      name: "BIA dismisses: final order",
      events: [
        ev("nta_filed", "2023-01-10"),
        ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" }),
        ev("bia_appeal_filed", "2024-03-20"),
        ev("bia_decision", "2025-01-15", { outcome: "dismissed" }),
      ],
      asOf: "2025-02-01",
      label: "Final order",
      phase: "final_order",
    },
    {
      name: "final order, then a BIA stay: stayed until its end date",
      events: [
        ev("in_absentia_order", "2024-01-05"),
        ev("stay_granted", "2024-06-01", { stayKind: "bia", endDate: "2025-03-01" }),
      ],
      asOf: "2024-07-01",
      label: "Final order (in absentia) — stayed until 2025-03-01",
      phase: "final_order",
      warnings: [/no Notice to Appear/],
    },
    {
      name: "a stay past its end date no longer counts",
      events: [
        ev("nta_filed", "2020-01-01"),
        ev("final_order", "2024-01-05", { finalOrderBasis: "reinstatement" }),
        ev("stay_granted", "2024-06-01", { stayKind: "ice_i246", endDate: "2025-03-01" }),
      ],
      asOf: "2025-03-02",
      label: "Final order (reinstated)",
      phase: "final_order",
    },
    {
      name: "motion to reopen after a final order leaves the order in force",
      events: [
        ev("nta_filed", "2023-01-10"),
        ev("ij_decision", "2024-03-01", { outcome: "removal_ordered", appealWaived: true }),
        ev("mtr_filed", "2024-04-15"),
      ],
      asOf: "2024-05-01",
      label: "Final order — motion to reopen pending",
      phase: "final_order",
    },
    {
      name: "motion to reopen granted: back in proceedings",
      events: [
        ev("nta_filed", "2023-01-10"),
        ev("ij_decision", "2024-03-01", { outcome: "removal_ordered", appealWaived: true }),
        ev("mtr_filed", "2024-04-15"),
        ev("mtr_decided", "2024-08-01", { outcome: "granted" }),
      ],
      asOf: "2024-09-01",
      label: "In proceedings",
      phase: "in_proceedings",
    },
    {
      name: "withholding granted: the order stands, the case stays tracked",
      events: [
        ev("nta_filed", "2022-05-01"),
        ev("ij_decision", "2024-02-01", {
          outcome: "withholding_granted",
          protectedCountry: "CN",
          appealWaived: true,
        }),
      ],
      asOf: "2024-03-01",
      label: "Final order with withholding of removal (removal to CN barred)",
      phase: "final_order",
    },
    {
      name: "asylum granted, DHS's appeal time not over: not final yet (8 CFR 1003.39)",
      events: [
        ev("nta_filed", "2022-05-01"),
        ev("ij_decision", "2024-02-01", { outcome: "relief_granted", reliefKind: "asylum" }),
      ],
      asOf: "2024-03-01",
      label: "Asylum granted by the IJ on 2024-02-01 — not final: DHS may appeal until 2024-03-04",
      phase: "ij_grant",
    },
    {
      name: "asylum granted and DHS's appeal time over: closed in the client's favour",
      events: [
        ev("nta_filed", "2022-05-01"),
        ev("ij_decision", "2024-02-01", { outcome: "relief_granted", reliefKind: "asylum" }),
      ],
      asOf: "2024-03-05",
      label: "Closed — asylum granted on 2024-02-01",
      phase: "closed_favourable",
    },
    {
      name: "BIA decision with no appeal filed: a warning, not a crash",
      events: [ev("nta_filed", "2022-05-01"), ev("bia_decision", "2024-02-01", { outcome: "dismissed" })],
      asOf: "2024-03-01",
      label: "Final order",
      phase: "final_order",
      warnings: [/BIA decision is recorded with no appeal filed/],
    },
    {
      name: "an in absentia order cannot be appealed: the order stays final, with a warning",
      events: [
        ev("nta_filed", "2022-05-01"),
        ev("in_absentia_order", "2024-02-01"),
        ev("bia_appeal_filed", "2024-02-20"),
      ],
      asOf: "2024-03-01",
      label: "Final order (in absentia)",
      phase: "final_order",
      warnings: [/cannot be appealed.*1240\.15/],
    },
    {
      name: "petition for review with no BIA decision is flagged",
      events: [
        ev("nta_filed", "2022-05-01"),
        ev("ij_decision", "2024-02-01", { outcome: "removal_ordered", appealWaived: true }),
        ev("pfr_filed", "2024-02-20"),
      ],
      asOf: "2024-03-01",
      label: "Final order — petition for review pending",
      phase: "final_order",
      warnings: [/follows a BIA decision/],
    },
    {
      name: "motion to rescind an in absentia order stays removal while pending",
      events: [
        ev("nta_filed", "2022-05-01"),
        ev("in_absentia_order", "2024-02-01"),
        ev("mtr_filed", "2024-03-01", { motionBasis: "rescind_no_notice" }),
      ],
      asOf: "2024-04-01",
      label: "Final order (in absentia) — stayed while motion is pending; motion to reopen pending",
      phase: "final_order",
    },
    {
      name: "voluntary departure, then the departure date passes: alternate order",
      events: [
        ev("nta_filed", "2022-05-01"),
        ev("ij_decision", "2024-02-01", {
          outcome: "vd_granted",
          endDate: "2024-04-01",
          vdStage: "conclusion",
          appealWaived: true,
        }),
        ev("vd_bond_posted", "2024-02-05"),
      ],
      asOf: "2024-04-02",
      label: "Final order",
      phase: "final_order",
    },
    {
      name: "removed",
      events: [
        ev("nta_filed", "2022-05-01"),
        ev("in_absentia_order", "2023-02-01"),
        ev("order_executed", "2024-06-04"),
      ],
      asOf: "2024-07-01",
      label: "Removed (order executed) on 2024-06-04",
      phase: "removed",
    },
  ];

  it.each(cases)("$name", ({ events, asOf, label, phase, warnings }) => {
    const s = deriveRemovalStatus(events, asOf);
    expect(s.label).toBe(label);
    expect(s.phase).toBe(phase);
    for (const w of warnings ?? [])
      expect(
        s.warnings.some((x) => w.test(x)),
        `warning ${w}`,
      ).toBe(true);
    if (!warnings) expect(s.warnings).toEqual([]);
  });

  it("orders events by their effective date, not by when they were typed", () => {
    const events = [
      ev("bia_decision", "2025-01-15", { outcome: "dismissed" }),
      ev("bia_appeal_filed", "2024-03-20"),
      ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" }),
      ev("nta_filed", "2023-01-10"),
    ];
    const s = deriveRemovalStatus(events, "2025-02-01");
    expect(s.label).toBe("Final order");
    expect(s.warnings).toEqual([]);
    expect(s.finalOrder?.since).toBe("2025-01-15");
  });

  it("ends voluntary departure when a motion is filed during it", () => {
    const s = deriveRemovalStatus(
      [
        ev("nta_filed", "2022-05-01"),
        ev("vd_granted", "2024-02-01", { endDate: "2024-05-01", vdStage: "pre_conclusion" }),
        ev("mtr_filed", "2024-03-01"),
      ],
      "2024-03-02",
    );
    expect(s.voluntaryDeparture?.ended).toMatch(
      /motion to reopen filed 2024-03-01 \(8 CFR 1240\.26\(e\)\(1\)\)/,
    );
  });
});

describe("computed deadlines", () => {
  it("BIA appeal: 30 days from an oral decision, rolled over a weekend", () => {
    const ij = ev("ij_decision", "2024-03-01", { outcome: "removal_ordered", decisionForm: "oral" });
    const events = [ev("nta_filed", "2023-01-10"), ij];
    const [d] = computeDeadlines(events, deriveRemovalStatus(events, "2024-03-02")).filter(
      (x) => x.kind === "bia_appeal",
    );
    expect(d!.due).toBe("2024-04-01");
    expect(d!.rolledFrom).toEqual({ date: "2024-03-31", reasons: ["2024-03-31 is a Sunday"] });
    expect(d!.rule).toContain("8 CFR 1003.38");
    expect(d!.computedFrom.date).toBe("2024-03-01");
  });

  it("BIA appeal of a written decision runs from its service, and rolls over a federal holiday", () => {
    // Served 2025-06-04 → day 30 is Fri 4 July 2025, Independence Day → Mon 7 July.
    const ij = ev("ij_decision", "2025-06-02", {
      outcome: "removal_ordered",
      decisionForm: "written",
      servedOn: "2025-06-04",
    });
    const events = [ev("nta_filed", "2023-01-10"), ij];
    const d = computeDeadlines(events, deriveRemovalStatus(events, "2025-06-05")).find(
      (x) => x.kind === "bia_appeal",
    )!;
    expect(d.due).toBe("2025-07-07");
    expect(d.rolledFrom?.reasons).toEqual([
      "2025-07-04 is a federal holiday (Independence Day)",
      "2025-07-05 is a Saturday",
      "2025-07-06 is a Sunday",
    ]);
    expect(d.computedFrom.what).toBe("written decision served");
  });

  it("no BIA appeal deadline for an in absentia order, and a 180-day rescission deadline instead", () => {
    const events = [ev("nta_filed", "2022-01-01"), ev("in_absentia_order", "2024-01-10")];
    const ds = computeDeadlines(events, deriveRemovalStatus(events, "2024-02-01"));
    expect(ds.some((d) => d.kind === "bia_appeal")).toBe(false);
    const r = ds.find((d) => d.kind === "rescind_in_absentia")!;
    expect(r.due).toBe("2024-07-08"); // 180 days = Sun 7 July 2024 → Mon 8 July
    expect(r.note).toContain("no time limit");
  });

  it("petition for review 30 days after a BIA dismissal; motions from the final order", () => {
    const events = [
      ev("nta_filed", "2023-01-10"),
      ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" }),
      ev("bia_appeal_filed", "2024-03-20"),
      ev("bia_decision", "2025-01-15", { outcome: "dismissed" }),
    ];
    const ds = computeDeadlines(events, deriveRemovalStatus(events, "2025-01-20"));
    const get = (k: string) => ds.find((d) => d.kind === k)!;
    expect(get("petition_for_review").due).toBe("2025-02-14");
    expect(get("petition_for_review").rule).toContain("INA 242(b)(1)");
    expect(get("motion_to_reconsider").due).toBe("2025-02-14");
    expect(get("motion_to_reopen").due).toBe("2025-04-15");
    expect(get("bia_appeal").metBy).toBe("Appeal filed 2024-03-20");
  });

  it("no petition for review after a waived appeal", () => {
    const events = [
      ev("nta_filed", "2023-01-10"),
      ev("ij_decision", "2024-03-01", { outcome: "removal_ordered", appealWaived: true }),
    ];
    const ds = computeDeadlines(events, deriveRemovalStatus(events, "2024-03-02"));
    expect(ds.map((d) => d.kind).sort()).toEqual(["motion_to_reconsider", "motion_to_reopen"]);
  });

  it("voluntary departure: the departure date and the bond in 5 business days", () => {
    const events = [
      ev("nta_filed", "2023-01-10"),
      ev("ij_decision", "2025-07-02", {
        outcome: "vd_granted",
        endDate: "2025-08-31",
        vdStage: "conclusion",
      }),
    ];
    const ds = computeDeadlines(events, deriveRemovalStatus(events, "2025-07-03"));
    expect(ds.find((d) => d.kind === "vd_bond")!.due).toBe("2025-07-10");
    expect(ds.find((d) => d.kind === "vd_departure")!.due).toBe("2025-08-31");
  });

  it("a closure day the firm entered moves a deadline, marked as such", () => {
    const events = [
      ev("nta_filed", "2023-01-10"),
      ev("ij_decision", "2025-01-06", { outcome: "removal_ordered" }),
    ];
    const closures = [{ date: "2025-02-05", reason: "court closed: snow" }];
    const d = computeDeadlines(events, deriveRemovalStatus(events, "2025-01-07", closures), closures).find(
      (x) => x.kind === "bia_appeal",
    )!;
    expect(d.due).toBe("2025-02-06");
    expect(d.rolledFrom?.reasons[0]).toContain("closure entered by the firm (court closed: snow)");
  });

  it("stay expiry is the stay's end date", () => {
    const events = [
      ev("in_absentia_order", "2024-01-05"),
      ev("stay_granted", "2024-06-01", { stayKind: "court_of_appeals", endDate: "2025-03-01" }),
    ];
    const d = computeDeadlines(events, deriveRemovalStatus(events, "2024-07-01")).find(
      (x) => x.kind === "stay_expiry",
    )!;
    expect(d.due).toBe("2025-03-01");
    expect(d.rolledFrom).toBeNull();
  });

  it("urgency: overdue, due soon, upcoming, met", () => {
    const events = [
      ev("nta_filed", "2023-01-10"),
      ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" }),
    ];
    const d = computeDeadlines(events, deriveRemovalStatus(events, "2024-03-02")).find(
      (x) => x.kind === "bia_appeal",
    )!;
    expect(deadlineUrgency(d, "2024-04-02")).toBe("overdue");
    expect(deadlineUrgency(d, "2024-03-28")).toBe("due_soon");
    expect(deadlineUrgency(d, "2024-03-05")).toBe("upcoming");
    expect(deadlineUrgency({ ...d, metBy: "x" }, "2024-04-02")).toBe("met");
    // Missed by more than 30 days: no longer "overdue" on the dashboard, but kept as lapsed.
    expect(deadlineUrgency(d, "2024-05-02")).toBe("lapsed");
  });
});
