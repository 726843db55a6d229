import { describe, expect, it } from "vitest";
import type { EventDetails, EventType, RemovalEvent } from "./removal-events";
import { deriveRemovalStatus } from "./removal-status";
import { computeRisk, type Detention } from "./risk";
import { overallTravelDocState, type TravelDocument } from "./travel-documents";

let seq = 0;
const ev = (type: EventType, date: string, details: EventDetails = {}): RemovalEvent => ({
  id: `e${++seq}`,
  type,
  effectiveDate: date,
  details,
  seq,
});
const passport = (over: Partial<TravelDocument> = {}): TravelDocument => ({
  id: `d${++seq}`,
  kind: "passport",
  issuingCountry: "CN",
  state: "valid",
  holder: "client",
  issueDate: "2020-05-01",
  expiryDate: "2027-05-01",
  ...over,
});
const free: Detention = { status: "not_detained" };
const asOf = "2025-01-10";
const finalOrder = [
  ev("nta_filed", "2022-01-01"),
  ev("ij_decision", "2024-03-02", { outcome: "removal_ordered", appealWaived: true }),
];

function risk(events: RemovalEvent[], docs: TravelDocument[] = [], detention: Detention = free, missed = 0) {
  return computeRisk({
    status: deriveRemovalStatus(events, asOf),
    travelDoc: overallTravelDocState(docs, asOf),
    detention,
    checkIns: { missedLastYear: missed, nextCheckIn: null },
    asOf,
  });
}

describe("risk tiers with their reasons", () => {
  it("critical: final order, no stay, passport valid", () => {
    const r = risk(finalOrder, [passport()]);
    expect(r.tier).toBe("critical");
    expect(r.reasons).toContain("Final order since 2024-03-02, no stay.");
    expect(r.reasons).toContain("Passport: valid until 2027-05-01 (held by client).");
  });

  it("high: final order, no stay, no travel document", () => {
    expect(risk(finalOrder).tier).toBe("high");
  });

  it("elevated: final order with a stay far from its end", () => {
    const r = risk(
      [...finalOrder, ev("stay_granted", "2024-06-01", { stayKind: "ice_i246", endDate: "2025-12-01" })],
      [passport()],
    );
    expect(r.tier).toBe("elevated");
    expect(r.reasons).toContain("ICE stay (I-246) until 2025-12-01.");
  });

  it("high again when the stay ends within 30 days", () => {
    const r = risk([
      ...finalOrder,
      ev("stay_granted", "2024-06-01", { stayKind: "bia", endDate: "2025-01-30" }),
    ]);
    expect(r.tier).toBe("high");
    expect(r.reasons).toContain("The stay ends in 20 days.");
  });

  it("an expired passport does not enable removal", () => {
    const r = risk(finalOrder, [passport({ expiryDate: "2024-12-31" })]);
    expect(r.tier).toBe("high");
  });

  it("critical when detained under a final order with no stay", () => {
    const r = risk(finalOrder, [], {
      status: "detained",
      facility: "Elizabeth Detention Center",
      since: "2025-01-02",
    });
    expect(r.tier).toBe("critical");
    expect(r.reasons).toContain("Detained at Elizabeth Detention Center since 2025-01-02.");
  });

  it("low in proceedings; raised by a missed check-in", () => {
    expect(risk([ev("nta_filed", "2024-01-01")]).tier).toBe("low");
    const r = risk([ev("nta_filed", "2024-01-01")], [], free, 1);
    expect(r.tier).toBe("elevated");
    expect(r.reasons).toContain("1 missed check-in in the last 12 months.");
  });

  it("withholding keeps the client tracked: high with a valid passport, with the fact among the reasons", () => {
    const r = risk(
      [
        ev("nta_filed", "2022-01-01"),
        ev("ij_decision", "2024-02-01", {
          outcome: "withholding_granted",
          protectedCountry: "CN",
          appealWaived: true,
        }),
      ],
      [passport()],
    );
    expect(r.tier).toBe("high");
    expect(r.reasons.join(" ")).toContain("removal to CN is barred, a third country is still possible");
  });

  it("none when the case closed in the client's favour", () => {
    const r = risk(
      [ev("nta_filed", "2022-01-01"), ev("relief_granted", "2024-02-01", { reliefKind: "asylum" })],
      [passport()],
    );
    expect(r).toEqual({ tier: "none", reasons: ["Case closed: asylum granted (2024-02-01)."] });
  });
});

describe("overall travel-document state", () => {
  it("picks the document that brings removal closest, and warns of expiry within 90 days", () => {
    const s = overallTravelDocState(
      [
        passport({ state: "expired", expiryDate: "2023-01-01" }),
        { ...passport(), kind: "consular_travel_document", state: "issued", expiryDate: "2025-03-01" },
      ],
      asOf,
    );
    expect(s.state).toBe("issued");
    expect(s.warnings).toEqual(["Consular travel document expires on 2025-03-01 (in 50 days)."]);
  });

  it("is unknown with no documents", () => {
    expect(overallTravelDocState([], asOf).state).toBe("unknown");
  });
});
