import { daysBetween, type IsoDate } from "./dates";

// A travel document the receiving country accepts is what makes removal possible (DOMAIN.md).
export const DOC_KINDS = [
  "passport",
  "consular_travel_document",
  "national_id",
  "birth_certificate",
  "other",
] as const;
export const DOC_HOLDERS = ["client", "firm", "ice", "consulate", "unknown"] as const;
export const DOC_STATES = [
  "unknown",
  "none",
  "valid",
  "expired",
  "surrendered_to_ice",
  "i229a_served",
  "client_applied",
  "ice_requested",
  "verification_pending",
  "consular_interview",
  "issued",
  "refused",
  "td_expired",
] as const;
export type DocKind = (typeof DOC_KINDS)[number];
export type DocHolder = (typeof DOC_HOLDERS)[number];
export type DocState = (typeof DOC_STATES)[number];

export const DOC_KIND_LABELS: Record<DocKind, string> = {
  passport: "Passport",
  consular_travel_document: "Consular travel document",
  national_id: "National ID",
  birth_certificate: "Birth certificate",
  other: "Other",
};
export const DOC_HOLDER_LABELS: Record<DocHolder, string> = {
  client: "Client",
  firm: "Our firm",
  ice: "ICE / DHS",
  consulate: "Consulate",
  unknown: "Unknown",
};
export const DOC_STATE_LABELS: Record<DocState, string> = {
  unknown: "Unknown",
  none: "No passport",
  valid: "Valid",
  expired: "Expired",
  surrendered_to_ice: "Surrendered to ICE",
  i229a_served: "I-229(a) served (must apply for travel documents)",
  client_applied: "Client applied to consulate",
  ice_requested: "ICE requested a travel document (I-217)",
  verification_pending: "Nationality verification pending",
  consular_interview: "Consular interview scheduled or done",
  issued: "Travel document issued",
  refused: "Refused by the country",
  td_expired: "Travel document expired",
};

export type TravelDocument = {
  id: string;
  kind: DocKind;
  issuingCountry: string | null;
  state: DocState;
  holder: DocHolder;
  issueDate: IsoDate | null;
  expiryDate: IsoDate | null;
};

/** How close each state brings removal, highest first. Used to pick the client's overall state. */
const PROXIMITY: Record<DocState, number> = {
  issued: 100,
  valid: 90,
  surrendered_to_ice: 88,
  consular_interview: 70,
  verification_pending: 60,
  ice_requested: 55,
  client_applied: 50,
  i229a_served: 40,
  refused: 20,
  td_expired: 15,
  expired: 12,
  none: 10,
  unknown: 0,
};

/** A document's state as of a date: a valid passport or issued document past its expiry has expired. */
export function effectiveDocState(
  doc: Pick<TravelDocument, "state" | "expiryDate" | "kind">,
  asOf: IsoDate,
): DocState {
  if (doc.expiryDate && doc.expiryDate < asOf) {
    if (doc.state === "issued") return "td_expired";
    if (doc.state === "valid" || doc.state === "surrendered_to_ice") return "expired";
  }
  return doc.state;
}

/** True for a document ICE could use for removal today. */
export function enablesRemoval(state: DocState): boolean {
  return state === "issued" || state === "valid" || state === "surrendered_to_ice";
}

export type OverallTravelDocState = {
  state: DocState;
  label: string;
  documentId: string | null;
  expiryDate: IsoDate | null;
  holder: DocHolder | null;
  warnings: string[];
};

export function overallTravelDocState(docs: readonly TravelDocument[], asOf: IsoDate): OverallTravelDocState {
  const warnings: string[] = [];
  let best: (TravelDocument & { effective: DocState }) | null = null;
  for (const doc of docs) {
    const effective = effectiveDocState(doc, asOf);
    if (doc.expiryDate && enablesRemoval(effective)) {
      const left = daysBetween(asOf, doc.expiryDate);
      if (left <= 90)
        warnings.push(`${DOC_KIND_LABELS[doc.kind]} expires on ${doc.expiryDate} (in ${left} days).`);
    }
    if (!best || PROXIMITY[effective] > PROXIMITY[best.effective]) best = { ...doc, effective };
  }
  if (!best)
    return {
      state: "unknown",
      label: "Unknown (no documents recorded)",
      documentId: null,
      expiryDate: null,
      holder: null,
      warnings,
    };
  const label =
    best.effective === "valid" || best.effective === "issued"
      ? `${DOC_KIND_LABELS[best.kind]}: ${DOC_STATE_LABELS[best.effective].toLowerCase()}${best.expiryDate ? ` until ${best.expiryDate}` : ""}`
      : `${DOC_KIND_LABELS[best.kind]}: ${DOC_STATE_LABELS[best.effective]}`;
  return {
    state: best.effective,
    label,
    documentId: best.id,
    expiryDate: best.expiryDate,
    holder: best.holder,
    warnings,
  };
}

/** "•••• 4821": numbers are shown whole only on the client's detail page. */
export function maskDocNumber(n: string | null | undefined): string {
  if (!n) return "—";
  const tail = n.replace(/\s+/g, "").slice(-4);
  return `•••• ${tail}`;
}
