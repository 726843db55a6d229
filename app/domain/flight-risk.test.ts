import { describe, expect, it } from "vitest";
import { flightProfile, FLIGHT_RANK } from "./flight-risk";
import type { EventDetails, EventType, RemovalEvent } from "./removal-events";
import { deriveRemovalStatus } from "./removal-status";
import { computeRisk, type Detention } from "./risk";
import { overallTravelDocState } from "./travel-documents";

// What a removal flight means for a client: flown home (tier) or on board a third-country removal
// (onBoard). The two differ only where the client's own country matters: a missing travel document and a
// bar on removal to that country (8 CFR 1208.16(f)); ADR 008.
let seq = 0;
const ev = (type: EventType, date: string, details: EventDetails = {}): RemovalEvent => ({
  id: `e${++seq}`,
  type,
  effectiveDate: date,
  details,
  seq,
});
const asOf = "2025-09-10";

function profile(events: RemovalEvent[], detention: Detention = { status: "not_detained" }) {
  const status = deriveRemovalStatus(events, asOf, []);
  const travelDoc = overallTravelDocState([], asOf);
  const checkIns = { missedLastYear: 0, nextCheckIn: null };
  const risk = computeRisk({ status, travelDoc, detention, checkIns, asOf });
  return flightProfile({ status, travelDoc, detention, checkIns, risk, asOf });
}

const finalOrder = () => [
  ev("nta_filed", "2023-01-10"),
  ev("ij_decision", "2024-03-01", { outcome: "removal_ordered" }),
];

describe("the flight tier, home and on board a third-country removal", () => {
  it.each([
    {
      name: "final order, no stay, no travel document: high at home, critical on board (no document is needed)",
      events: finalOrder(),
      home: "high",
      onBoard: "critical",
      note: /no travel document from their own country is needed/,
    },
    {
      name: "withholding granted: elevated at home (barred), high on board (the bar covers one country)",
      events: [
        ev("final_order", "2025-05-01", { finalOrderBasis: "reinstatement" }),
        ev("fear_screening", "2025-05-20", { fearKind: "reasonable", outcome: "positive" }),
        ev("ij_decision", "2025-09-02", { outcome: "cat_granted", protectedCountry: "HN" }),
      ],
      home: "elevated",
      onBoard: "high",
      note: /bars removal to Honduras only: a third-country removal like this one can carry them/,
    },
    {
      name: "in proceedings: low on any flight",
      events: [ev("nta_filed", "2025-01-10")],
      home: "low",
      onBoard: "low",
      note: /In proceedings/,
    },
    {
      name: "no case: none on any flight",
      events: [],
      home: "none",
      onBoard: "none",
      note: /No removal case/,
    },
  ])("$name", ({ events, home, onBoard, note }) => {
    const p = profile(events);
    expect(p.tier).toBe(home);
    expect(p.onBoard.tier).toBe(onBoard);
    expect(p.onBoard.note).toMatch(note);
  });

  it("a detained client under CAT protection is critical on board", () => {
    const p = profile(
      [
        ev("final_order", "2025-05-01", { finalOrderBasis: "reinstatement" }),
        ev("fear_screening", "2025-05-20", { fearKind: "reasonable", outcome: "positive" }),
        ev("ij_decision", "2025-09-02", { outcome: "cat_granted", protectedCountry: "HN" }),
      ],
      { status: "detained" } as Detention,
    );
    expect(p.tier).toBe("elevated");
    expect(p.onBoard.tier).toBe("critical");
    expect(p.onBoard.note).toMatch(/they are detained/);
  });

  it("ranks excluded below none", () => {
    expect(FLIGHT_RANK.excluded).toBeLessThan(FLIGHT_RANK.none);
  });
});
