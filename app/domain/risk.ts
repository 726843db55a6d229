import { daysBetween, type IsoDate } from "./dates";
import type { RemovalStatus } from "./removal-status";
import { enablesRemoval, type OverallTravelDocState } from "./travel-documents";

// One explained rule set for how urgently a client needs attention (docs/risk.md). Pure: the same
// inputs give the same tier and the same sentences. Stored on the client and recomputed on every change
// and daily, because time alone changes it (stays and documents expire).
export const RISK_TIERS = ["critical", "high", "elevated", "low", "none"] as const;
export type RiskTier = (typeof RISK_TIERS)[number];
export const RISK_RANK: Record<RiskTier, number> = { critical: 4, high: 3, elevated: 2, low: 1, none: 0 };
/** The tier of a stored rank (0 none … 4 critical). */
export const TIER_BY_RANK: readonly RiskTier[] = [...RISK_TIERS].reverse();
export const RISK_LABELS: Record<RiskTier, string> = { critical: "Critical", high: "High", elevated: "Elevated", low: "Low", none: "None" };

export type Detention =
  | { status: "not_detained" }
  | { status: "detained"; facility: string | null; since: IsoDate | null }
  | { status: "released"; form: string | null; since: IsoDate | null };

export type CheckInRecord = {
  /** Missed check-ins in the last 12 months. */
  missedLastYear: number;
  nextCheckIn: IsoDate | null;
};

export type RiskInput = {
  status: RemovalStatus;
  travelDoc: OverallTravelDocState;
  detention: Detention;
  checkIns?: CheckInRecord | null;
  asOf: IsoDate;
};

export type Risk = { tier: RiskTier; reasons: string[] };

function raise(t: RiskTier): RiskTier {
  return t === "none" ? "low" : t === "low" ? "elevated" : t === "elevated" ? "high" : "critical";
}

export function computeRisk({ status, travelDoc, detention, checkIns, asOf }: RiskInput): Risk {
  const reasons: string[] = [];
  if (status.closed) {
    return { tier: "none", reasons: [status.closed.kind === "removed" ? `Removed on ${status.closed.date}.` : `Case closed: ${status.closed.what.toLowerCase()} (${status.closed.date}).`] };
  }
  const docEnables = enablesRemoval(travelDoc.state);
  const stay = status.activeStay;
  let tier: RiskTier;

  if (status.finalOrder) {
    reasons.push(`Final order since ${status.finalOrder.since}${stay ? "" : ", no stay"}.`);
    if (status.order?.inAbsentia) reasons.push("The order was made in absentia.");
    if (status.protection) reasons.push(`${status.protection.kind === "cat" ? "CAT protection" : "Withholding of removal"} granted${status.protection.country ? `: removal to ${status.protection.country} is barred, a third country is still possible` : ""}.`);
    if (stay) {
      const left = stay.until ? daysBetween(asOf, stay.until) : null;
      reasons.push(stay.until ? `${stay.label} until ${stay.until}.` : `${stay.label}, no end date.`);
      tier = left !== null && left <= 30 ? "high" : "elevated";
      if (left !== null && left <= 30) reasons.push(`The stay ends in ${left} days.`);
    } else if (docEnables) {
      tier = status.protection ? "high" : "critical";
    } else {
      tier = "high";
    }
    if (status.pendingMotions.length) reasons.push("A motion is pending; it does not stop removal by itself.");
    if (status.pfrPendingSince) reasons.push(`Petition for review pending since ${status.pfrPendingSince}; it does not stop removal without a stay.`);
  } else if (status.phase === "ij_order") {
    tier = "high";
    reasons.push(`Removal ordered by the immigration judge on ${status.order?.date}${status.appealDue ? `; appeal due ${status.appealDue}` : ""}.`);
  } else if (status.phase === "voluntary_departure") {
    const v = status.voluntaryDeparture!;
    const left = v.departBy ? daysBetween(asOf, v.departBy) : null;
    tier = left !== null && left <= 14 ? "high" : "elevated";
    reasons.push(`Voluntary departure granted${v.departBy ? `; must leave by ${v.departBy}` : ""}.`);
    if (v.bondDue && !v.bondPosted) reasons.push(`Bond due by ${v.bondDue}.`);
  } else if (status.phase === "appeal_pending") {
    tier = "elevated";
    reasons.push(`Appeal pending at the BIA since ${status.appealPendingSince}; the order is stayed while it is pending.`);
  } else if (status.phase === "in_proceedings" || status.phase === "admin_closed") {
    tier = "low";
    reasons.push(status.phase === "admin_closed" ? `Administratively closed since ${status.adminClosedSince}.` : "In removal proceedings, no order yet.");
  } else {
    tier = "none";
    reasons.push("No removal case recorded.");
  }

  // Travel documents: what would let ICE carry out an order.
  if (docEnables) reasons.push(`${travelDoc.label}${travelDoc.holder && travelDoc.holder !== "unknown" ? ` (held by ${travelDoc.holder === "ice" ? "ICE" : travelDoc.holder === "firm" ? "our firm" : travelDoc.holder})` : ""}.`);
  else if (["consular_interview", "verification_pending", "ice_requested"].includes(travelDoc.state)) {
    reasons.push(`${travelDoc.label}: a travel document may follow soon.`);
    if (status.finalOrder && !stay && tier === "high") tier = "high";
  } else if (travelDoc.state === "refused") reasons.push("The country refused a travel document.");

  if (detention.status === "detained") {
    reasons.push(`Detained${detention.facility ? ` at ${detention.facility}` : ""}${detention.since ? ` since ${detention.since}` : ""}.`);
    tier = status.finalOrder && !stay ? "critical" : raise(tier === "none" ? "low" : tier);
  }
  if (checkIns && checkIns.missedLastYear > 0) {
    reasons.push(`${checkIns.missedLastYear} missed check-in${checkIns.missedLastYear > 1 ? "s" : ""} in the last 12 months.`);
    if (tier !== "none") tier = raise(tier);
  }
  if (checkIns?.nextCheckIn && status.finalOrder && !stay) {
    const left = daysBetween(asOf, checkIns.nextCheckIn);
    if (left >= 0 && left <= 7) reasons.push(`Next check-in on ${checkIns.nextCheckIn} (in ${left} days).`);
  }
  return { tier, reasons };
}
