import { daysBetween, type IsoDate } from "./dates";
import { liveVoluntaryDeparture, type RemovalStatus } from "./removal-status";
import { enablesRemoval, type OverallTravelDocState } from "./travel-documents";

// One explained rule set for how urgently a client needs attention (docs/risk.md). Pure: the same
// inputs give the same tier and the same sentences. Stored on the client and recomputed on every change
// and daily, because time alone changes it (stays and documents expire).
export const RISK_TIERS = ["critical", "high", "elevated", "low", "none"] as const;
export type RiskTier = (typeof RISK_TIERS)[number];
export const RISK_RANK: Record<RiskTier, number> = { critical: 4, high: 3, elevated: 2, low: 1, none: 0 };
/** The tier of a stored rank (0 none … 4 critical). */
export const TIER_BY_RANK: readonly RiskTier[] = [...RISK_TIERS].reverse();
export const RISK_LABELS: Record<RiskTier, string> = {
  critical: "Critical",
  high: "High",
  elevated: "Elevated",
  low: "Low",
  none: "None",
};

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
    const what = /^[A-Z][a-z]/.test(status.closed.what)
      ? status.closed.what.charAt(0).toLowerCase() + status.closed.what.slice(1)
      : status.closed.what;
    if (status.closed.kind !== "removed")
      return { tier: "none", reasons: [`Case closed: ${what} (${status.closed.date}).`] };
    return {
      tier: "none",
      reasons: [
        `Removed on ${status.closed.date}.`,
        ...(status.pfrPendingSince ? [`Petition for review pending since ${status.pfrPendingSince}.`] : []),
        ...status.notes,
      ],
    };
  }
  const docEnables = enablesRemoval(travelDoc.state);
  const stay = status.activeStay;
  const liveVd = liveVoluntaryDeparture(status);
  // Removal can be carried out now: a final order with no stay, outside a live departure period.
  const enforceable = Boolean(status.finalOrder) && !stay && !liveVd;
  let tier: RiskTier;

  if (liveVd) {
    // Inside a live departure period the client leaves on their own; ICE does not remove them before its end.
    const left = liveVd.departBy ? daysBetween(asOf, liveVd.departBy) : null;
    tier = left !== null && left <= 14 ? "high" : "elevated";
    reasons.push(
      `Voluntary departure granted${liveVd.departBy ? `; must leave by ${liveVd.departBy}` : ""}${liveVd.reinstatedOn ? ` (period reinstated by the BIA on ${liveVd.reinstatedOn})` : ""}.`,
    );
    if (left !== null && left <= 14) reasons.push(`The departure date is in ${left} days.`);
    reasons.push(
      status.finalOrder
        ? "The order is final: if the client does not leave in time, the alternate order of removal takes effect and the 10-year bar applies (INA 240B(d))."
        : `The alternate order of removal takes effect if the client does not leave in time${status.appealDue ? `; appeal due ${status.appealDue}` : ""}.`,
    );
    if (liveVd.bondDue && !liveVd.bondPosted) reasons.push(`Bond due by ${liveVd.bondDue}.`);
  } else if (status.finalOrder) {
    reasons.push(`Final order since ${status.finalOrder.since}${stay ? "" : ", no stay"}.`);
    if (status.order?.inAbsentia) reasons.push("The order was made in absentia.");
    if (status.protection)
      reasons.push(
        `${status.protection.kind === "cat" ? "CAT protection" : "Withholding of removal"} granted${status.protection.country ? `: removal to ${status.protection.country} is barred, a third country is still possible` : ""}.`,
      );
    if (status.lateAppeal)
      reasons.push(
        `The BIA appeal was filed late (${status.lateAppeal.filed}${status.lateAppeal.due ? `; due ${status.lateAppeal.due}` : ""}): no automatic stay.`,
      );
    if (status.motionAppealPendingSince)
      reasons.push(
        `Appeal of the motion's denial pending at the BIA since ${status.motionAppealPendingSince}; it does not stay removal.`,
      );
    if (status.endedStay)
      reasons.push(
        `${status.endedStay.label} ended with ${status.endedStay.reason} on ${status.endedStay.endedOn}.`,
      );
    if (status.voluntaryDeparture?.ended)
      reasons.push(`Voluntary departure ended: ${status.voluntaryDeparture.ended}.`);
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
    if (status.pendingMotions.length)
      reasons.push("A motion is pending; it does not stop removal by itself.");
    if (status.pfrPendingSince)
      reasons.push(
        `Petition for review pending since ${status.pfrPendingSince}; it does not stop removal without a stay.`,
      );
  } else if (status.phase === "ij_order") {
    tier = "high";
    reasons.push(
      `Removal ordered by the immigration judge on ${status.order?.date}${status.appealDue ? `; appeal due ${status.appealDue}` : ""}.`,
    );
    if (status.voluntaryDeparture?.ended)
      reasons.push(
        `Voluntary departure ended: ${status.voluntaryDeparture.ended}; the order becomes final as 8 CFR 1003.39 says.`,
      );
  } else if (status.phase === "appeal_pending") {
    tier = "elevated";
    if (status.appealedBy === "dhs" || status.appealedBy === "both") {
      reasons.push(
        `${status.appealedBy === "dhs" ? "DHS appealed" : "Both parties appealed"} the immigration judge's decision (pending at the BIA since ${status.appealPendingSince}); if the BIA sustains DHS's appeal it may order removal.`,
      );
    } else {
      reasons.push(
        `Appeal pending at the BIA since ${status.appealPendingSince}; the order is stayed while it is pending.`,
      );
    }
    const v = status.voluntaryDeparture;
    if (v && !v.ended && v.paused)
      reasons.push(
        `Voluntary departure paused while the appeal is pending${v.bondProofFiled ? "" : "; proof of the bond must reach the BIA within 30 days of the appeal (8 CFR 1240.26(c)(3)(ii))"}.`,
      );
  } else if (status.phase === "ij_grant" && status.pendingGrant) {
    tier = "low";
    reasons.push(
      `${status.pendingGrant.what} by the immigration judge on ${status.pendingGrant.date}; not final until DHS's time to appeal passes (${status.appealDue}, 8 CFR 1003.38(b), 1003.39).`,
    );
  } else if (status.phase === "in_proceedings" || status.phase === "admin_closed") {
    tier = "low";
    reasons.push(
      status.phase === "admin_closed"
        ? `Administratively closed since ${status.adminClosedSince}.`
        : status.remandedOn
          ? `Remanded to the immigration judge by the BIA on ${status.remandedOn}; no order in force.`
          : "In removal proceedings, no order yet.",
    );
  } else {
    tier = "none";
    reasons.push("No removal case recorded.");
  }
  if (status.fearPath) reasons.push(`${status.fearPath.text} (since ${status.fearPath.since}).`);

  // Travel documents: what would let ICE carry out an order.
  if (docEnables)
    reasons.push(
      `${travelDoc.label}${travelDoc.holder && travelDoc.holder !== "unknown" ? ` (held by ${travelDoc.holder === "ice" ? "ICE" : travelDoc.holder === "firm" ? "our firm" : travelDoc.holder})` : ""}.`,
    );
  else if (["consular_interview", "verification_pending", "ice_requested"].includes(travelDoc.state)) {
    reasons.push(`${travelDoc.label}: a travel document may follow soon.`);
  } else if (travelDoc.state === "refused") reasons.push("The country refused a travel document.");

  if (detention.status === "detained") {
    reasons.push(
      `Detained${detention.facility ? ` at ${detention.facility}` : ""}${detention.since ? ` since ${detention.since}` : ""}.`,
    );
    tier = enforceable ? "critical" : raise(tier === "none" ? "low" : tier);
  }
  if (checkIns && checkIns.missedLastYear > 0) {
    reasons.push(
      `${checkIns.missedLastYear} missed check-in${checkIns.missedLastYear > 1 ? "s" : ""} in the last 12 months.`,
    );
    if (tier !== "none") tier = raise(tier);
  }
  if (checkIns?.nextCheckIn && enforceable) {
    const left = daysBetween(asOf, checkIns.nextCheckIn);
    if (left >= 0 && left <= 7) reasons.push(`Next check-in on ${checkIns.nextCheckIn} (in ${left} days).`);
  }
  // What the rules say about this kind of order (e.g. no petition for review after expedited removal).
  for (const n of status.notes) reasons.push(n);
  return { tier, reasons };
}
