import { addDays, daysBetween, type IsoDate } from "./dates";
import { addBusinessDays, rollToBusinessDay, type Closure } from "./federal-holidays";
import {
  EVENT_LABELS,
  FINAL_ORDER_BASIS_LABELS,
  RELIEF_LABELS,
  STAY_KIND_LABELS,
  orderPathOf,
  type AppealParty,
  type OrderPath,
  type RemovalEvent,
} from "./removal-events";

export type Phase =
  | "none"
  | "in_proceedings"
  | "ij_order"
  | "ij_grant"
  | "appeal_pending"
  | "final_order"
  | "voluntary_departure"
  | "admin_closed"
  | "closed_favourable"
  | "terminated"
  | "removed";

type VoluntaryDeparture = NonNullable<RemovalStatus["voluntaryDeparture"]>;

export type ActiveStay = { kind: string; label: string; since: IsoDate; until: IsoDate | null };

/** An event that starts a 30-day petition-for-review clock (INA 242(b)(1)). */
export type ReviewAnchor = { eventId: string; date: IsoDate; what: string; note: string | null };

export type RemovalStatus = {
  phase: Phase;
  /** One line for lists and headers, e.g. "Final order — stayed until 2025-03-01". */
  label: string;
  /** The removal order (not necessarily final). */
  order: { date: IsoDate; inAbsentia: boolean } | null;
  /** `since` is the day the order became final; `eventId` the event it follows from; `path` which rules apply. */
  finalOrder: { since: IsoDate; basis: string; path: OrderPath; eventId: string } | null;
  appealDue: IsoDate | null;
  /** A timely BIA appeal of the IJ's decision is pending (it stays the order, 8 CFR 1003.6(a)). */
  appealPendingSince: IsoDate | null;
  appealedBy: AppealParty | null;
  /** An appeal filed after the appeal time ran out: no automatic stay, the order is final by lapse. */
  lateAppeal: { filed: IsoDate; due: IsoDate | null } | null;
  /** An appeal to the BIA of an IJ's denial of a motion: the order stays final. */
  motionAppealPendingSince: IsoDate | null;
  /** An IJ grant (relief or termination) not yet final: DHS may appeal until appealDue (8 CFR 1003.39). */
  pendingGrant: { kind: "favourable" | "terminated"; what: string; date: IsoDate } | null;
  /** The BIA sent the case back to the immigration judge. */
  remandedOn: IsoDate | null;
  activeStay: ActiveStay | null;
  /** A stay that ended by an event rather than by its date (e.g. the petition for review was denied). */
  endedStay: { kind: string; label: string; endedOn: IsoDate; reason: string } | null;
  stayRequested: boolean;
  pendingMotions: { type: "mtr_filed" | "mtc_filed"; filed: IsoDate; basis: string | null }[];
  pfrPendingSince: IsoDate | null;
  voluntaryDeparture: {
    grantedOn: IsoDate;
    departBy: IsoDate | null;
    stage: "pre_conclusion" | "conclusion";
    bondDue: IsoDate | null;
    bondPosted: IsoDate | null;
    /** Proof of the bond filed with the BIA after an appeal (8 CFR 1240.26(c)(3)(ii)). */
    bondProofFiled: IsoDate | null;
    /** The departure period does not run while a timely appeal is pending (8 CFR 1240.26(c)(3)). */
    paused: boolean;
    /** The BIA reinstated the period in its decision. */
    reinstatedOn: IsoDate | null;
    /** Why the grant ended, if it did. */
    ended: string | null;
  } | null;
  protection: { kind: "withholding" | "cat"; country: string | null; since: IsoDate } | null;
  /** Credible / reasonable fear and withholding-only proceedings after an order made outside INA 240. */
  fearPath: {
    stage:
      | "screening_negative"
      | "screening_ended"
      | "credible_fear_found"
      | "withholding_only"
      | "withholding_only_denied"
      | "protection_granted";
    since: IsoDate;
    text: string;
  } | null;
  closed: { kind: "favourable" | "terminated" | "removed"; date: IsoDate; what: string } | null;
  adminClosedSince: IsoDate | null;
  /** The last BIA decision (a petition for review can follow only one). */
  biaDecisionOn: IsoDate | null;
  /** Events that start a petition-for-review clock, oldest first. */
  reviewAnchors: ReviewAnchor[];
  /** An IJ's denial of a motion, appealable to the BIA within 30 days. */
  motionDenialAppealDue: IsoDate | null;
  /** What the rules say about this situation, for the lawyer (shown with the risk reasons). */
  notes: string[];
  /** Impossible or doubtful sequences, in words. Never a crash. */
  warnings: string[];
};

function sortEvents(events: readonly RemovalEvent[]): RemovalEvent[] {
  return [...events].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.seq - b.seq);
}

/** The BIA appeal deadline for an IJ decision: 30 days from an oral decision or from service of a written one, rolled to a business day. */
export function bia30DayDue(
  e: RemovalEvent,
  closures: readonly Closure[] = [],
): { base: IsoDate; due: IsoDate } {
  const base =
    e.details.decisionForm === "written" && e.details.servedOn ? e.details.servedOn : e.effectiveDate;
  return { base, due: rollToBusinessDay(addDays(base, 30), closures).date };
}

/**
 * The voluntary-departure bond is due 5 business days after the grant (8 CFR 1240.26(c)(3)(i)). It is
 * posted with ICE, not filed in court, so a court closure the firm entered does not move it: only
 * weekends and federal holidays count.
 */
export function vdBondDue(grantedOn: IsoDate): IsoDate {
  return addBusinessDays(grantedOn, 5, []);
}

/** The longest departure period the judge may give: 120 days before the end of proceedings, 60 at the end (INA 240B(a)(2)(A), (b)(2)). */
export const VD_MAX_DAYS = { pre_conclusion: 120, conclusion: 60 } as const;

const REVIEW_AFTER_REMOVAL =
  "A petition for review can be filed and pursued after removal (INA 242(b)(1); Nken v. Holder, 556 U.S. 418 (2009)). Motions after departure: the regulatory departure bar (8 CFR 1003.2(d), 1003.23(b)(1)) is treated differently by the circuits; check yours.";

function sentenceCase(what: string): string {
  // "Asylum granted" → "asylum granted", but "BIA sustained…" keeps its capitals.
  return /^[A-Z][a-z]/.test(what) ? what.charAt(0).toLowerCase() + what.slice(1) : what;
}

export function deriveRemovalStatus(
  events: readonly RemovalEvent[],
  asOf: IsoDate,
  closures: readonly Closure[] = [],
): RemovalStatus {
  const warnings: string[] = [];
  const notes: string[] = [];
  let nta = false;
  let order: RemovalStatus["order"] = null;
  let finalOrder: RemovalStatus["finalOrder"] = null;
  let appealDue: IsoDate | null = null;
  let appeal: {
    since: IsoDate;
    by: AppealParty;
    late: boolean;
    due: IsoDate | null;
    ofMotion: boolean;
  } | null = null;
  let pendingGrant: RemovalStatus["pendingGrant"] = null;
  let remandedOn: IsoDate | null = null;
  const stays = new Map<string, { since: IsoDate; until: IsoDate | null }>();
  let endedStay: RemovalStatus["endedStay"] = null;
  let stayRequested = false;
  let pendingMotions: RemovalStatus["pendingMotions"] = [];
  let pfrPendingSince: IsoDate | null = null;
  let vd: RemovalStatus["voluntaryDeparture"] = null;
  let protection: RemovalStatus["protection"] = null;
  let fearPath: RemovalStatus["fearPath"] = null;
  let closed: RemovalStatus["closed"] = null;
  let adminClosedSince: IsoDate | null = null;
  let biaDecisionOn: IsoDate | null = null;
  let reviewAnchors: ReviewAnchor[] = [];
  let motionDenialAppealDue: IsoDate | null = null;
  let lastDecisionEvent: RemovalEvent | null = null;

  const warn = (e: RemovalEvent, text: string) => warnings.push(`${e.effectiveDate}: ${text}`);
  const setFinal = (since: IsoDate, basis: string, eventId: string, path: OrderPath = "ina240") => {
    if (!finalOrder) finalOrder = { since, basis, path, eventId };
  };
  const reopen = () => {
    order = null;
    finalOrder = null;
    appealDue = null;
    appeal = null;
    pendingGrant = null;
    protection = null;
    vd = null;
    pfrPendingSince = null;
    biaDecisionOn = null;
    motionDenialAppealDue = null;
    fearPath = null;
    endedStay = null;
  };
  const endVd = (reason: string) => {
    const current = vd as VoluntaryDeparture | null;
    if (current && !current.ended) vd = { ...current, ended: reason };
  };
  const grantVd = (e: RemovalEvent) => {
    const d = e.details;
    const stage = d.vdStage ?? "conclusion";
    vd = {
      grantedOn: e.effectiveDate,
      departBy: d.endDate ?? null,
      stage,
      bondDue: stage === "conclusion" ? vdBondDue(e.effectiveDate) : null,
      bondPosted: null,
      bondProofFiled: null,
      paused: false,
      reinstatedOn: null,
      ended: null,
    };
    if (d.endDate) {
      const days = daysBetween(e.effectiveDate, d.endDate);
      if (days > VD_MAX_DAYS[stage]) {
        warn(
          e,
          `The departure period is ${days} days; the judge may give at most ${VD_MAX_DAYS[stage]} ${stage === "conclusion" ? "at the end of proceedings (INA 240B(b)(2))" : "before the end of proceedings (INA 240B(a)(2)(A))"}. Check the date on the order.`,
        );
      }
    }
  };
  // After removal, review and motions may go on (notes say how); other events are doubtful.
  const AFTER_REMOVAL_OK = new Set([
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
  ]);

  for (const e of sortEvents(events)) {
    const d = e.details;
    if (closed && e.type !== "nta_filed" && !(closed.kind === "removed" && AFTER_REMOVAL_OK.has(e.type))) {
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
        const outcome = d.outcome ?? "removal_ordered";
        lastDecisionEvent = e;
        // Withholding-only proceedings (8 CFR 1208.31(e)): the order outside INA 240 stays final whatever the judge decides.
        const fp = fearPath as RemovalStatus["fearPath"];
        const fo = finalOrder as RemovalStatus["finalOrder"];
        if (fp?.stage === "withholding_only" && fo) {
          if (outcome === "withholding_granted" || outcome === "cat_granted") {
            protection = {
              kind: outcome === "cat_granted" ? "cat" : "withholding",
              country: d.protectedCountry ?? null,
              since: e.effectiveDate,
            };
            fearPath = {
              stage: "protection_granted",
              since: e.effectiveDate,
              text: `${outcome === "cat_granted" ? "CAT protection" : "Withholding of removal"} granted in withholding-only proceedings; the order stays final and removal to a third country remains possible`,
            };
          } else {
            fearPath = {
              stage: "withholding_only_denied",
              since: e.effectiveDate,
              text: "Withholding-only proceedings: the judge denied protection; a BIA appeal is possible within 30 days (8 CFR 1208.31(e), 1003.38(b))",
            };
          }
          break;
        }
        if (!nta) warn(e, "An immigration judge decision is recorded with no Notice to Appear.");
        if (outcome === "admin_closed") {
          adminClosedSince = e.effectiveDate;
          break;
        }
        appeal = null;
        if (outcome === "relief_granted" || outcome === "terminated") {
          // Not final until the appeal time passes or the BIA decides (8 CFR 1003.39): DHS has 30 days (8 CFR 1003.38(b)).
          const grant =
            outcome === "terminated"
              ? { kind: "terminated" as const, what: "Proceedings terminated", date: e.effectiveDate }
              : {
                  kind: "favourable" as const,
                  what: `${RELIEF_LABELS[d.reliefKind ?? "other"]} granted`,
                  date: e.effectiveDate,
                };
          order = null;
          if (d.appealWaived) {
            closed = grant;
            appealDue = null;
          } else {
            pendingGrant = grant;
            appealDue = bia30DayDue(e, closures).due;
          }
          break;
        }
        pendingGrant = null;
        order = { date: e.effectiveDate, inAbsentia: false };
        if (outcome === "withholding_granted" || outcome === "cat_granted") {
          protection = {
            kind: outcome === "cat_granted" ? "cat" : "withholding",
            country: d.protectedCountry ?? null,
            since: e.effectiveDate,
          };
        }
        if (outcome === "vd_granted") grantVd(e);
        if (d.appealWaived) {
          appealDue = null;
          setFinal(e.effectiveDate, FINAL_ORDER_BASIS_LABELS.appeal_waived, e.id);
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
        setFinal(e.effectiveDate, FINAL_ORDER_BASIS_LABELS.in_absentia, e.id, "in_absentia");
        break;
      case "bia_appeal_filed": {
        const by = d.appealedBy ?? "respondent";
        const fo = finalOrder as RemovalStatus["finalOrder"];
        const fp = fearPath as RemovalStatus["fearPath"];
        if (fp && (fp.stage === "withholding_only_denied" || fp.stage === "protection_granted")) {
          // An appeal in withholding-only proceedings: the order stays final (Riley v. Bondi, 2025).
          fearPath = {
            stage: fp.stage,
            since: fp.since,
            text: `${fp.text}; appeal filed with the BIA ${e.effectiveDate}`,
          };
          break;
        }
        if (fo && motionDenialAppealDue) {
          const late = e.effectiveDate > motionDenialAppealDue;
          if (late)
            warn(
              e,
              `The appeal of the motion's denial was filed after it was due (${motionDenialAppealDue}).`,
            );
          appeal = { since: e.effectiveDate, by, late, due: motionDenialAppealDue, ofMotion: true };
          motionDenialAppealDue = null;
          break;
        }
        if (!order && !pendingGrant) {
          warn(e, "A BIA appeal is recorded with no immigration judge decision.");
          appeal = { since: e.effectiveDate, by, late: false, due: null, ofMotion: false };
          break;
        }
        if (order?.inAbsentia) {
          warn(
            e,
            "An in absentia order cannot be appealed to the BIA (8 CFR 1240.15); the way out is a motion to reopen.",
          );
          break;
        }
        if (fo && fo.path !== "ina240") {
          warn(e, "This kind of order is not appealed to the BIA.");
          break;
        }
        const late = Boolean(fo) || (appealDue !== null && e.effectiveDate > appealDue);
        if (late) {
          warn(
            e,
            fo && !appealDue
              ? "The appeal is recorded after the order became final (appeal waived)."
              : `The appeal was filed after it was due (${appealDue}): the order is final by lapse and not stayed; the BIA may accept a late appeal only by certification (8 CFR 1003.1(c)).`,
          );
          appeal = { since: e.effectiveDate, by, late: true, due: appealDue, ofMotion: false };
        } else {
          appeal = { since: e.effectiveDate, by, late: false, due: appealDue, ofMotion: false };
          appealDue = null;
        }
        break;
      }
      case "bia_decision": {
        const current = appeal as typeof appeal;
        if (!current) warn(e, "A BIA decision is recorded with no appeal filed.");
        appeal = null;
        biaDecisionOn = e.effectiveDate;
        lastDecisionEvent = e;
        const outcome = d.outcome ?? "dismissed";
        const fp = fearPath as RemovalStatus["fearPath"];
        if (fp && (fp.stage === "withholding_only_denied" || fp.stage === "protection_granted")) {
          if (
            outcome === "sustained" &&
            fp.stage === "protection_granted" &&
            d.biaResult === "removal_ordered"
          ) {
            protection = null;
            fearPath = {
              stage: "withholding_only_denied",
              since: e.effectiveDate,
              text: "The BIA vacated the grant of protection in withholding-only proceedings",
            };
          } else if (
            outcome === "sustained" &&
            fp.stage === "withholding_only_denied" &&
            d.biaResult !== "removal_ordered"
          ) {
            fearPath = {
              stage: "protection_granted",
              since: e.effectiveDate,
              text: "The BIA granted protection in withholding-only proceedings; the order stays final",
            };
          } else if (outcome === "remanded") {
            fearPath = {
              stage: "withholding_only",
              since: e.effectiveDate,
              text: "Withholding-only proceedings remanded to the immigration judge",
            };
          } else {
            fearPath = { ...fp, text: `${fp.text}; BIA decision ${e.effectiveDate}` };
          }
          notes.push(
            "The BIA's decision in withholding-only proceedings is not a final order of removal: the 30 days for a petition for review ran from the order itself (Riley v. Bondi, 2025).",
          );
          break;
        }
        if (current?.ofMotion) {
          if (outcome === "sustained") {
            reopen();
            nta = true;
          } else if (outcome === "remanded") {
            pendingMotions = [...pendingMotions, { type: "mtr_filed", filed: e.effectiveDate, basis: null }];
          } else {
            reviewAnchors = [
              ...reviewAnchors,
              {
                eventId: e.id,
                date: e.effectiveDate,
                what: "BIA decision dismissing the appeal of the motion's denial",
                note: "The petition for review of this decision is separate from any petition on the underlying order (Stone v. INS, 514 U.S. 386 (1995)).",
              },
            ];
          }
          break;
        }
        if (outcome === "dismissed") {
          const grant = pendingGrant as RemovalStatus["pendingGrant"];
          if (grant) {
            // DHS's appeal dismissed: the IJ's grant stands and is final.
            closed = {
              ...grant,
              date: e.effectiveDate,
              what: `${grant.what} (DHS appeal dismissed by the BIA)`,
            };
            pendingGrant = null;
            appealDue = null;
            break;
          }
          if (!current?.late) finalOrder = null;
          setFinal(e.effectiveDate, FINAL_ORDER_BASIS_LABELS.bia_dismissal, e.id);
          if (!order) order = { date: e.effectiveDate, inAbsentia: false };
          reviewAnchors = [
            ...reviewAnchors,
            { eventId: e.id, date: e.effectiveDate, what: "BIA decision dismissing the appeal", note: null },
          ];
          const v = vd as VoluntaryDeparture | null;
          if (v && !v.ended) {
            if (d.endDate) vd = { ...v, departBy: d.endDate, paused: false, reinstatedOn: e.effectiveDate };
            else
              vd = {
                ...v,
                paused: false,
                ended: "the BIA did not reinstate the departure period (8 CFR 1240.26(c)(3)(ii))",
              };
          }
        } else if (outcome === "sustained") {
          const result =
            d.biaResult ??
            (current && current.by !== "respondent" && pendingGrant ? "removal_ordered" : "relief_granted");
          if (result === "removal_ordered") {
            // On DHS's appeal the BIA may itself order removal: final at once (8 CFR 1241.1(a)).
            pendingGrant = null;
            closed = null;
            appealDue = null;
            order = { date: e.effectiveDate, inAbsentia: false };
            finalOrder = null;
            setFinal(e.effectiveDate, "BIA ordered removal", e.id);
            reviewAnchors = [
              ...reviewAnchors,
              { eventId: e.id, date: e.effectiveDate, what: "BIA decision ordering removal", note: null },
            ];
          } else {
            pendingGrant = null;
            closed = {
              kind: result === "terminated" ? "terminated" : "favourable",
              date: e.effectiveDate,
              what:
                result === "terminated"
                  ? "BIA sustained the appeal: proceedings terminated"
                  : "BIA sustained the appeal: relief granted",
            };
          }
        } else {
          reopen();
          nta = true;
          remandedOn = e.effectiveDate;
        }
        break;
      }
      case "final_order": {
        const path = orderPathOf(d.finalOrderBasis);
        if (!order) order = { date: e.effectiveDate, inAbsentia: path === "in_absentia" };
        finalOrder = null;
        setFinal(e.effectiveDate, FINAL_ORDER_BASIS_LABELS[d.finalOrderBasis ?? "other"], e.id, path);
        appealDue = null;
        appeal = null;
        pendingGrant = null;
        if (path === "reinstatement" || path === "administrative_removal") {
          reviewAnchors = [
            ...reviewAnchors,
            {
              eventId: e.id,
              date: e.effectiveDate,
              what:
                path === "reinstatement"
                  ? "reinstatement of the prior order"
                  : "final administrative removal order",
              note: "Counted from this order, not from the end of any fear or withholding-only proceedings (Riley v. Bondi, 2025): file within these 30 days even if those are pending, and ask the court to hold the petition.",
            },
          ];
        }
        break;
      }
      case "fear_screening": {
        const fo = finalOrder as RemovalStatus["finalOrder"];
        const kind = d.fearKind ?? (fo?.path === "expedited_removal" ? "credible" : "reasonable");
        const positive = d.outcome === "positive";
        const atIj = d.screeningStage === "ij_review";
        if (!fo || !["reinstatement", "administrative_removal", "expedited_removal"].includes(fo.path))
          warn(
            e,
            "A fear screening is recorded with no expedited removal, reinstatement or administrative removal order.",
          );
        if (kind === "credible") {
          fearPath = positive
            ? {
                stage: "credible_fear_found",
                since: e.effectiveDate,
                text: "Credible fear found: the case goes on to removal proceedings under INA 240 or an asylum interview (8 CFR 208.30(f)); record the Notice to Appear when it is served",
              }
            : atIj
              ? {
                  stage: "screening_ended",
                  since: e.effectiveDate,
                  text: "The immigration judge upheld the negative credible fear finding; there is no appeal (8 CFR 1208.30(g))",
                }
              : {
                  stage: "screening_negative",
                  since: e.effectiveDate,
                  text: "Negative credible fear finding: the client may ask for review by an immigration judge (8 CFR 208.30(g), 1208.30(g))",
                };
        } else {
          fearPath = positive
            ? {
                stage: "withholding_only",
                since: e.effectiveDate,
                text: "Reasonable fear found: withholding-only proceedings before the immigration judge (8 CFR 208.31(e), 1208.31(e)); the order stays final",
              }
            : atIj
              ? {
                  stage: "screening_ended",
                  since: e.effectiveDate,
                  text: "The immigration judge upheld the negative reasonable fear finding; there is no appeal (8 CFR 1208.31(g)(1))",
                }
              : {
                  stage: "screening_negative",
                  since: e.effectiveDate,
                  text: "Negative reasonable fear finding: the client may ask for review by an immigration judge (8 CFR 208.31(f)-(g))",
                };
        }
        break;
      }
      case "pfr_filed": {
        const fo = finalOrder as RemovalStatus["finalOrder"];
        const direct = fo && (fo.path === "reinstatement" || fo.path === "administrative_removal");
        if (!biaDecisionOn && !direct)
          warn(e, "A petition for review follows a BIA decision (INA 242(d)(1)), and none is recorded.");
        if (vd && !vd.ended) endVd(`petition for review filed ${e.effectiveDate} (8 CFR 1240.26(i))`);
        pfrPendingSince = e.effectiveDate;
        break;
      }
      case "pfr_decided":
        if (!pfrPendingSince)
          warn(e, "A court of appeals decision is recorded with no petition for review filed.");
        pfrPendingSince = null;
        if (d.outcome === "granted" || d.outcome === "remanded") {
          // Back to the BIA: the order is no longer final while the remand is pending.
          finalOrder = null;
          appeal = { since: e.effectiveDate, by: "respondent", late: false, due: null, ofMotion: false };
        } else {
          // The stay pending review ends with the denial, unless the court kept it (e.g. until its mandate).
          const courtStay = stays.get("court_of_appeals");
          if (courtStay) {
            if (d.endDate) stays.set("court_of_appeals", { since: courtStay.since, until: d.endDate });
            else {
              stays.delete("court_of_appeals");
              endedStay = {
                kind: "court_of_appeals",
                label: STAY_KIND_LABELS.court_of_appeals,
                endedOn: e.effectiveDate,
                reason: "the denial of the petition for review",
              };
            }
          }
        }
        break;
      case "mtr_filed":
      case "mtc_filed":
        if (!order)
          warn(
            e,
            `A ${e.type === "mtr_filed" ? "motion to reopen" : "motion to reconsider"} is recorded with no removal order.`,
          );
        if (vd && !vd.ended)
          endVd(
            `${e.type === "mtr_filed" ? "motion to reopen" : "motion to reconsider"} filed ${e.effectiveDate} (8 CFR 1240.26(e)(1))`,
          );
        pendingMotions = [
          ...pendingMotions,
          { type: e.type, filed: e.effectiveDate, basis: d.motionBasis ?? null },
        ];
        break;
      case "mtr_decided":
      case "mtc_decided": {
        const filedType = e.type === "mtr_decided" ? "mtr_filed" : "mtc_filed";
        const idx = pendingMotions.findIndex((m) => m.type === filedType);
        if (idx === -1)
          warn(
            e,
            `A decision is recorded on a ${e.type === "mtr_decided" ? "motion to reopen" : "motion to reconsider"} that was never filed.`,
          );
        else pendingMotions = pendingMotions.filter((_, i) => i !== idx);
        if (d.outcome === "granted") {
          reopen();
          nta = true;
        } else {
          const by = d.decidedBy ?? (biaDecisionOn ? "bia" : "ij");
          if (by === "ij")
            motionDenialAppealDue = rollToBusinessDay(addDays(e.effectiveDate, 30), closures).date;
          else
            reviewAnchors = [
              ...reviewAnchors,
              {
                eventId: e.id,
                date: e.effectiveDate,
                what: `BIA decision denying the ${e.type === "mtr_decided" ? "motion to reopen" : "motion to reconsider"}`,
                note: "The motion did not stop the clock for a petition on the underlying order (Stone v. INS, 514 U.S. 386 (1995)); this petition is a separate one.",
              },
            ];
        }
        break;
      }
      case "stay_requested":
        stayRequested = true;
        break;
      case "stay_granted": {
        if (!order && !finalOrder) warn(e, "A stay of removal is recorded with no removal order.");
        const kind = d.stayKind ?? "ice_i246";
        stays.set(kind, { since: e.effectiveDate, until: d.endDate ?? null });
        if (endedStay?.kind === kind) endedStay = null;
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
      case "vd_granted": {
        grantVd(e);
        if (!order) order = { date: e.effectiveDate, inAbsentia: false };
        const stage = d.vdStage ?? "conclusion";
        if (stage === "pre_conclusion" || d.appealWaived) {
          // Voluntary departure before the end of proceedings requires waiving appeal (8 CFR 1240.26(b)(1)(i)(D)).
          appealDue = null;
          setFinal(e.effectiveDate, FINAL_ORDER_BASIS_LABELS.appeal_waived, e.id);
        } else if (!appeal) {
          // A grant at the end of proceedings is the judge's decision: appealable within 30 days.
          appealDue = bia30DayDue(e, closures).due;
          lastDecisionEvent = e;
        }
        break;
      }
      case "vd_bond_posted":
        if (!vd) warn(e, "A voluntary departure bond is recorded with no voluntary departure granted.");
        else vd = { ...(vd as VoluntaryDeparture), bondPosted: e.effectiveDate };
        break;
      case "vd_bond_proof_filed":
        if (!vd)
          warn(e, "Proof of a voluntary departure bond is recorded with no voluntary departure granted.");
        else vd = { ...(vd as VoluntaryDeparture), bondProofFiled: e.effectiveDate };
        break;
      case "order_executed":
        if (!order && !finalOrder) warn(e, "Removal is recorded with no removal order.");
        closed = { kind: "removed", date: e.effectiveDate, what: "Removed" };
        break;
      case "relief_granted":
        closed = {
          kind: "favourable",
          date: e.effectiveDate,
          what: `${RELIEF_LABELS[d.reliefKind ?? "other"]} granted`,
        };
        pendingGrant = null;
        break;
      case "protection_granted":
        protection = {
          kind: d.protectionKind ?? "withholding",
          country: d.protectedCountry ?? null,
          since: e.effectiveDate,
        };
        if (!order) order = { date: e.effectiveDate, inAbsentia: false };
        break;
      case "terminated":
        closed = { kind: "terminated", date: e.effectiveDate, what: "Proceedings terminated" };
        pendingGrant = null;
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

  // Finality with time (8 CFR 1003.39, 1241.1(c)): when the appeal time runs out with no timely appeal.
  // The order is final once the last day to appeal has passed; motions are counted from that last day,
  // the earlier of the two readings (docs/deadlines.md).
  const pending = appeal as typeof appeal;
  const timelyAppeal = pending && !pending.late && !pending.ofMotion ? pending : null;
  const lapsedOn = appealDue as IsoDate | null;
  if (!closed && !timelyAppeal && lapsedOn && asOf > lapsedOn) {
    const grant = pendingGrant as RemovalStatus["pendingGrant"];
    if (grant) {
      closed = grant;
      pendingGrant = null;
    } else if (order && !finalOrder) {
      setFinal(
        lapsedOn,
        FINAL_ORDER_BASIS_LABELS.appeal_time_lapsed,
        lastDecisionEvent ? (lastDecisionEvent as RemovalEvent).id : "",
      );
    }
  }
  if (pending?.late && !pending.ofMotion)
    notes.push(
      "A late appeal does not stay removal; the BIA may accept it by certification (8 CFR 1003.1(c)), and a stay must be asked for separately.",
    );

  // Voluntary departure: the period does not run while a timely appeal is pending; a bond not posted in
  // 5 business days ends the grant (the alternate order applies, final only as 8 CFR 1003.39 says).
  if (vd && !vd.ended && !closed) {
    const v: VoluntaryDeparture = { ...vd, paused: Boolean(timelyAppeal) };
    if (v.bondDue && !v.bondPosted && asOf > v.bondDue) {
      vd = {
        ...v,
        ended: `bond not posted by ${v.bondDue} (8 CFR 1240.26(c)(3)(i)); the alternate order of removal applies`,
      };
    } else if (!v.paused && v.departBy && asOf > v.departBy) {
      vd = { ...v, ended: `departure date ${v.departBy} passed; the alternate order of removal applies` };
    } else {
      vd = v;
    }
  }

  // Stays: the latest-ending live one counts; a rescission motion pending stays an in absentia order by law.
  let activeStay: ActiveStay | null = null;
  for (const [kind, s] of stays) {
    if (s.until && s.until < asOf) continue;
    const candidate = {
      kind,
      label: STAY_KIND_LABELS[kind as keyof typeof STAY_KIND_LABELS] ?? kind,
      since: s.since,
      until: s.until,
    };
    if (
      !activeStay ||
      (activeStay.until !== null && (candidate.until === null || candidate.until > activeStay.until))
    )
      activeStay = candidate;
  }
  const rescission = pendingMotions.find(
    (m) => m.type === "mtr_filed" && (m.basis === "rescind_exceptional" || m.basis === "rescind_no_notice"),
  );
  const fo = finalOrder as RemovalStatus["finalOrder"];
  if (!activeStay && rescission && order?.inAbsentia) {
    activeStay = {
      kind: "automatic",
      label: "Automatic stay while the motion to rescind is pending (INA 240(b)(5)(C))",
      since: rescission.filed,
      until: null,
    };
  }
  if (timelyAppeal && order && !fo && !activeStay) {
    activeStay = {
      kind: "automatic",
      label: "Automatic stay while the BIA appeal is pending (8 CFR 1003.6(a))",
      since: timelyAppeal.since,
      until: null,
    };
  }
  if (!activeStay && fo?.path === "administrative_removal") {
    // INA 238(b)(3): not executed for 14 calendar days, so that a petition for review can be filed.
    const until = addDays(fo.since, 14);
    if (asOf <= until)
      activeStay = {
        kind: "automatic",
        label: "Not executed for 14 days after the order (INA 238(b)(3))",
        since: fo.since,
        until,
      };
  }
  if (activeStay && endedStay && activeStay.kind === endedStay.kind) endedStay = null;

  const fp = fearPath as RemovalStatus["fearPath"];
  if (fo?.path === "expedited_removal")
    notes.push(
      "Expedited removal order: no petition for review (INA 242(a)(2)(A)); habeas corpus only on the questions INA 242(e)(2) allows. A fear claim goes to a credible fear interview (INA 235(b)(1)(B); 8 CFR 208.30).",
    );
  if (fo?.path === "reinstatement")
    notes.push(
      "Reinstated order (INA 241(a)(5)): it cannot be reopened or reviewed as such and no motions to reopen or reconsider lie; a fear of return goes to a reasonable fear interview and withholding-only proceedings (8 CFR 241.8(e), 208.31).",
    );
  if (fo?.path === "administrative_removal")
    notes.push(
      "Administrative removal order (INA 238(b)): no motions to the IJ or BIA; petition for review within 30 days; a fear of return goes to a reasonable fear interview (8 CFR 238.1(f)(3), 208.31).",
    );
  if (fp?.stage === "withholding_only")
    notes.push(
      "ICE should not remove the client to the country feared while the fear claim is decided (8 CFR 208.31); the order itself stays final.",
    );
  if (closed?.kind === "removed") notes.push(REVIEW_AFTER_REMOVAL);

  const status: Omit<RemovalStatus, "phase" | "label"> = {
    order,
    finalOrder: fo,
    appealDue: fo || closed ? null : appealDue,
    appealPendingSince: timelyAppeal?.since ?? null,
    appealedBy: pending && !pending.ofMotion ? pending.by : null,
    lateAppeal: pending?.late && !pending.ofMotion ? { filed: pending.since, due: pending.due } : null,
    motionAppealPendingSince: pending?.ofMotion ? pending.since : null,
    pendingGrant,
    remandedOn: nta && !order && !closed ? remandedOn : null,
    activeStay,
    endedStay,
    stayRequested,
    pendingMotions,
    pfrPendingSince,
    voluntaryDeparture: vd,
    protection,
    fearPath: fp,
    closed,
    adminClosedSince,
    biaDecisionOn,
    reviewAnchors,
    motionDenialAppealDue: fo && !pending ? motionDenialAppealDue : null,
    notes,
    warnings,
  };
  const { phase, label } = describe(status, nta);
  return { phase, label, ...status };
}

/** A voluntary-departure period in force and running today (not ended, not paused by an appeal). */
export function liveVoluntaryDeparture(
  s: Pick<RemovalStatus, "voluntaryDeparture" | "closed">,
): VoluntaryDeparture | null {
  const v = s.voluntaryDeparture;
  return v && !v.ended && !v.paused && !s.closed ? v : null;
}

function describe(s: Omit<RemovalStatus, "phase" | "label">, nta: boolean): { phase: Phase; label: string } {
  if (s.closed) {
    if (s.closed.kind === "removed")
      return {
        phase: "removed",
        label: `Removed (order executed) on ${s.closed.date}${s.pfrPendingSince ? " — petition for review pending" : ""}`,
      };
    if (s.closed.kind === "terminated")
      return { phase: "terminated", label: `Proceedings terminated on ${s.closed.date}` };
    return {
      phase: "closed_favourable",
      label: `Closed — ${sentenceCase(s.closed.what)} on ${s.closed.date}`,
    };
  }
  if (s.adminClosedSince)
    return { phase: "admin_closed", label: `Administratively closed since ${s.adminClosedSince}` };
  const qualifiers: string[] = [];
  if (s.activeStay && s.activeStay.kind !== "automatic")
    qualifiers.push(s.activeStay.until ? `stayed until ${s.activeStay.until}` : "stayed (no end date)");
  else if (s.activeStay && !s.appealPendingSince)
    qualifiers.push(
      s.activeStay.until ? `not executed until ${s.activeStay.until}` : "stayed while motion is pending",
    );
  if (s.endedStay)
    qualifiers.push(
      `${s.endedStay.kind === "court_of_appeals" ? "court of appeals stay" : s.endedStay.label.toLowerCase()} ended with the denial on ${s.endedStay.endedOn}`,
    );
  if (s.lateAppeal) qualifiers.push(`late appeal filed ${s.lateAppeal.filed} (not stayed)`);
  if (s.motionAppealPendingSince) qualifiers.push("appeal of the motion's denial pending at the BIA");
  if (s.pendingMotions.some((m) => m.type === "mtr_filed")) qualifiers.push("motion to reopen pending");
  if (s.pendingMotions.some((m) => m.type === "mtc_filed")) qualifiers.push("motion to reconsider pending");
  if (s.pfrPendingSince) qualifiers.push("petition for review pending");
  if (s.fearPath && (s.fearPath.stage === "withholding_only" || s.fearPath.stage === "screening_negative"))
    qualifiers.push(
      s.fearPath.stage === "withholding_only"
        ? "withholding-only proceedings pending"
        : "negative fear finding, IJ review possible",
    );
  if (s.stayRequested && !s.activeStay) qualifiers.push("stay requested");
  const tail = qualifiers.filter(Boolean);
  const withTail = (base: string) => (tail.length ? `${base} — ${tail.join("; ")}` : base);

  // A live departure period comes first: the client must see the date to leave by (8 CFR 1240.26).
  const vd = s.voluntaryDeparture;
  if (vd && !vd.ended && !vd.paused) {
    if (s.appealDue && !s.finalOrder) tail.unshift(`appeal due ${s.appealDue}`);
    return {
      phase: "voluntary_departure",
      label: withTail(
        vd.departBy ? `Voluntary departure — leave by ${vd.departBy}` : "Voluntary departure granted",
      ),
    };
  }
  if (s.finalOrder) {
    const kind: Partial<Record<OrderPath, string>> = {
      reinstatement: "Final order (reinstated)",
      administrative_removal: "Final order (administrative removal)",
      expedited_removal: "Final order (expedited removal)",
      stipulated: "Final order (stipulated)",
    };
    let base = s.order?.inAbsentia ? "Final order (in absentia)" : (kind[s.finalOrder.path] ?? "Final order");
    if (s.protection)
      base += ` with ${s.protection.kind === "cat" ? "CAT protection" : "withholding of removal"}${s.protection.country ? ` (removal to ${s.protection.country} barred)` : ""}`;
    return { phase: "final_order", label: withTail(base) };
  }
  if (s.appealPendingSince) {
    const who =
      s.appealedBy === "dhs"
        ? "DHS appeal pending at the BIA"
        : s.appealedBy === "both"
          ? "Appeals by both parties pending at the BIA"
          : "Appeal pending at BIA";
    const grant = s.pendingGrant ? ` (IJ: ${sentenceCase(s.pendingGrant.what)})` : "";
    const paused = vd && !vd.ended && vd.paused ? ["voluntary departure paused until the BIA decides"] : [];
    const all = [...paused, ...tail];
    return {
      phase: "appeal_pending",
      label: all.length ? `${who}${grant} — ${all.join("; ")}` : `${who}${grant}`,
    };
  }
  if (s.pendingGrant) {
    return {
      phase: "ij_grant",
      label: withTail(
        `${s.pendingGrant.what} by the IJ on ${s.pendingGrant.date} — not final: DHS may appeal until ${s.appealDue}`,
      ),
    };
  }
  if (s.order) {
    let base = "Removal ordered by IJ";
    if (s.protection)
      base += ` with ${s.protection.kind === "cat" ? "CAT protection" : "withholding of removal"}`;
    if (vd?.ended) tail.unshift("voluntary departure ended");
    if (s.appealDue) tail.unshift(`appeal due ${s.appealDue}`);
    return { phase: "ij_order", label: withTail(base) };
  }
  if (nta)
    return {
      phase: "in_proceedings",
      label: withTail(
        s.remandedOn ? `In proceedings — remanded to the IJ by the BIA on ${s.remandedOn}` : "In proceedings",
      ),
    };
  return { phase: "none", label: "No removal case recorded" };
}

export const PHASE_LABELS: Record<Phase, string> = {
  none: "No case recorded",
  in_proceedings: "In proceedings",
  ij_order: "IJ removal order",
  ij_grant: "IJ grant, not yet final",
  appeal_pending: "Appeal pending at BIA",
  final_order: "Final order",
  voluntary_departure: "Voluntary departure",
  admin_closed: "Administratively closed",
  closed_favourable: "Closed in client's favour",
  terminated: "Terminated",
  removed: "Removed",
};
