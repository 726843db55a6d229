import { countryName } from "./countries";
import { daysBetween, type IsoDate } from "./dates";
import { liveVoluntaryDeparture, type RemovalStatus } from "./removal-status";
import { RISK_RANK, type CheckInRecord, type Detention, type Risk, type RiskTier } from "./risk";
import { enablesRemoval, type OverallTravelDocState } from "./travel-documents";

// What a removal flight to a client's country adds to their risk (docs/alerts.md). Computed with the
// client's other derived values, so matching an alert to thousands of clients is an indexed lookup that
// reads a stored tier instead of recomputing each case.
export type FlightTier = RiskTier | "excluded";
/**
 * tier and note: what a flight to the client's own country means for them. onBoard: what a
 * third-country removal carrying their nationality means (people flown to a country not their own,
 * DOMAIN.md and ADR 008): no travel document from their own country is needed, and a bar on removal to
 * their own country (withholding, CAT) does not cover the third country.
 */
export type FlightProfile = { tier: FlightTier; note: string; onBoard: { tier: FlightTier; note: string } };

type FlightInput = {
  status: RemovalStatus;
  travelDoc: OverallTravelDocState;
  detention: Detention;
  checkIns: CheckInRecord | null;
  risk: Risk;
  asOf: IsoDate;
};

export function flightProfile(input: FlightInput): FlightProfile {
  const own = ownCountryProfile(input);
  return { ...own, onBoard: onBoardProfile(input, own) };
}

function soonCheckInOf({ checkIns, asOf }: Pick<FlightInput, "checkIns" | "asOf">): boolean {
  return (
    checkIns?.nextCheckIn != null &&
    daysBetween(asOf, checkIns.nextCheckIn) >= 0 &&
    daysBetween(asOf, checkIns.nextCheckIn) <= 14
  );
}

/**
 * On board a third-country removal. Differs from a flight home in two cases only: a final order without
 * a stay is critical whatever the travel document (the third country does not ask for one from the
 * client's own country: that is what makes these flights possible for nationalities whose countries
 * refuse them), and withholding or CAT protection no longer shields the client (8 CFR 1208.16(f): it bars
 * removal to the protected country only). A stay, a live departure period, a case not final and a closed
 * case mean the same on any flight.
 */
function onBoardProfile(input: FlightInput, own: { tier: FlightTier; note: string }) {
  const { status, detention, checkIns } = input;
  if (status.closed || liveVoluntaryDeparture(status) || !status.finalOrder || status.activeStay) return own;
  const urgent = [
    detention.status === "detained" ? "they are detained" : null,
    soonCheckInOf(input) ? "a check-in is within two weeks" : null,
    checkIns && checkIns.missedLastYear > 0 ? "they missed a check-in" : null,
  ].filter(Boolean);
  if (status.protection) {
    const what = status.protection.kind === "cat" ? "CAT protection" : "Withholding of removal";
    return {
      tier: (urgent.length ? "critical" : "high") as FlightTier,
      note: `${what} bars removal to ${status.protection.country ? countryName(status.protection.country) : "the country of persecution"} only: a third-country removal like this one can carry them (ICE must first give notice of the third country)${urgent.length ? `; ${urgent.join("; ")}` : ""}.`,
    };
  }
  return {
    tier: "critical" as FlightTier,
    note: `Final order without a stay, and people of their nationality are being flown to a third country: no travel document from their own country is needed, so the next such flight can carry them${urgent.length ? `; ${urgent.join("; ")}` : ""}.`,
  };
}

function ownCountryProfile(input: FlightInput): { tier: FlightTier; note: string } {
  const { status, travelDoc, detention, checkIns, risk, asOf } = input;
  if (status.closed) {
    return {
      tier: "excluded",
      note: status.closed.kind === "removed" ? "Already removed." : "Case closed in the client's favour.",
    };
  }
  const docEnables = enablesRemoval(travelDoc.state);
  const soonCheckIn = soonCheckInOf(input);
  let tier: RiskTier;
  let note: string;
  const liveVd = liveVoluntaryDeparture(status);
  if (liveVd) {
    // A live departure period comes before the final order behind it: the client leaves on their own by the date.
    tier = risk.tier === "none" ? "low" : risk.tier;
    note = `Voluntary departure${liveVd.departBy ? ` until ${liveVd.departBy}` : ""}: if they do not leave in time the alternate order of removal takes effect, and flights like this one could carry them.`;
  } else if (status.protection) {
    // The removal order stands; only removal to the protected country is barred (8 CFR 1208.16(f)).
    tier = "elevated";
    note = `${status.protection.kind === "cat" ? "CAT protection" : "Withholding of removal"} bars removal to ${status.protection.country ? countryName(status.protection.country) : "the country of persecution"}; a flight there should not carry them, but ICE can remove to a third country.`;
  } else if (status.finalOrder) {
    const stay = status.activeStay;
    if (stay) {
      const left = stay.until ? daysBetween(asOf, stay.until) : null;
      tier = left !== null && left <= 30 ? "high" : "elevated";
      note =
        left !== null && left <= 30
          ? `The stay ends in ${left} days; after that, flights like this one can carry them.`
          : "A stay protects them while it lasts.";
    } else if (docEnables || detention.status === "detained" || soonCheckIn) {
      tier = "critical";
      note = [
        "Final order without a stay and flights are going to their country",
        docEnables ? "a travel document would let ICE put them on the next one" : null,
        detention.status === "detained" ? "they are detained" : null,
        soonCheckIn ? "a check-in is within two weeks" : null,
      ]
        .filter(Boolean)
        .join("; ")
        .concat(".");
    } else {
      tier = "high";
      note =
        "Final order without a stay: with flights going to their country, removal can follow once a travel document is issued.";
    }
  } else if (status.phase === "ij_order") {
    tier = "high";
    note =
      "Removal ordered and not yet final: if the appeal time runs out, flights like this one can carry them.";
  } else if (status.phase === "appeal_pending") {
    tier = "elevated";
    note =
      status.appealedBy === "dhs" || status.appealedBy === "both"
        ? "DHS appealed the judge's decision: if the BIA sustains it and orders removal, flights like this one could carry them."
        : "If the BIA dismisses the appeal the order becomes final, and flights like this one could carry them.";
  } else if (status.phase === "ij_grant") {
    tier = "low";
    note =
      "The judge granted relief; it is not final while DHS may still appeal, but this flight does not put them at immediate risk.";
  } else if (status.phase === "in_proceedings" || status.phase === "admin_closed") {
    tier = "low";
    note = "In proceedings, no removal order: this flight does not put them at immediate risk.";
  } else {
    tier = "none";
    note = "No removal case recorded.";
  }
  if (
    checkIns &&
    checkIns.missedLastYear > 0 &&
    tier !== "critical" &&
    tier !== "none" &&
    status.finalOrder &&
    !status.activeStay &&
    !status.protection &&
    !liveVd
  )
    tier = "critical";
  return { tier, note };
}

export const FLIGHT_RANK: Record<FlightTier, number> = { ...RISK_RANK, excluded: -1 };
