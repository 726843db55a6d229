import type { DocumentKind } from "#db/schema";

// The kinds of case document, in the words a lawyer uses, in the order the upload form offers them.
export const DOCUMENT_KIND_LABELS = {
  nta: "Notice to Appear (NTA)",
  ij_order: "Immigration judge's order",
  bia_decision: "BIA decision",
  stay_application: "Stay application (I-246)",
  stay_decision: "Stay decision",
  order_of_supervision: "Order of supervision (I-220B)",
  release_order: "Order of release on recognizance (I-220A)",
  checkin_notice: "Check-in appointment notice",
  travel_document: "Travel document (passport, ID)",
  consular_letter: "Consular letter",
  receipt: "Receipt",
  other: "Other",
} as const satisfies Record<DocumentKind, string>;

/** The largest document accepted (a phone photo is 2-6 MB, a scanned 40-page PDF about 10). */
export const MAX_DOCUMENT_BYTES = 15 * 1024 * 1024;

export const DOCUMENT_KIND_VALUES = Object.keys(DOCUMENT_KIND_LABELS) as [DocumentKind, ...DocumentKind[]];

/** What a document can be attached to, as the attach form's one select sends it: "event:<id>" etc. */
export const LINK_PREFIXES = {
  event: "eventId",
  hearing: "hearingId",
  checkin: "checkInId",
  travel: "travelDocumentId",
} as const;
export type LinkPrefix = keyof typeof LINK_PREFIXES;

export function parseLinkTarget(
  value: string,
): { field: (typeof LINK_PREFIXES)[LinkPrefix]; id: string } | null {
  const m = /^(event|hearing|checkin|travel):([A-Za-z0-9_-]{1,40})$/.exec(value);
  return m ? { field: LINK_PREFIXES[m[1] as LinkPrefix], id: m[2] as string } : null;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
