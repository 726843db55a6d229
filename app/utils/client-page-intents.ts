import { CHECK_IN_INTENTS } from "./checkin-schemas";

// The intents the client page's forms post, one group per card. The card's form sends the value, the
// card's action module (app/routes/__client-page/) answers it, and the tests that walk every action
// (app/test/bad-input.test.ts, app/test/action-matrix.test.ts) import these lists instead of copying them.

export const EVENT_INTENTS = { add: "add-event" } as const;
export const NOTE_INTENTS = { add: "add-note" } as const;
export const DEADLINE_INTENTS = { mark: "mark-deadline" } as const;
export const PORTAL_INTENTS = {
  invite: "portal-invite",
  revoke: "portal-revoke",
  postMessage: "post-message",
} as const;
export const CLIENT_CHECK_IN_INTENTS = {
  ...CHECK_IN_INTENTS,
  reminderConsent: "reminder-consent",
} as const;
export const HEARING_INTENTS = {
  add: "add-hearing",
  postpone: "postpone-hearing",
  cancel: "cancel-hearing",
} as const;
export const TRAVEL_DOCUMENT_INTENTS = { add: "add-document", change: "change-document" } as const;
/** The Documents card (case papers, issue 22); not the travel documents above. */
export const CASE_DOCUMENT_INTENTS = {
  upload: "upload-case-document",
  attach: "attach-case-document",
  edit: "edit-case-document",
  share: "share-case-document",
  unshare: "unshare-case-document",
  review: "review-case-document",
  remove: "delete-case-document",
  restore: "restore-case-document",
  purge: "purge-case-document",
} as const;

/** Every intent the client page accepts. */
export const CLIENT_PAGE_INTENTS: readonly string[] = [
  EVENT_INTENTS,
  NOTE_INTENTS,
  DEADLINE_INTENTS,
  PORTAL_INTENTS,
  CLIENT_CHECK_IN_INTENTS,
  HEARING_INTENTS,
  TRAVEL_DOCUMENT_INTENTS,
  CASE_DOCUMENT_INTENTS,
].flatMap((group) => Object.values(group));

/** What a card's action answers when it refuses a form (400), or shows a result in place (200). */
export type CardResult = {
  /** false for a refusal (utils/form-result.ts's FormFailure); true for a result shown in place. */
  ok?: boolean;
  intent: string;
  errors: Record<string, string>;
  values: Record<string, string>;
  formError?: string | null;
  /** The event form: a consequence to confirm before saving (a live voluntary-departure grant). */
  warning?: string | null;
  /** The schedule form: conflicts to confirm before saving. */
  warnings?: string[] | null;
  /** The outcome form: which check-in's form the errors belong to. */
  checkInId?: string | null;
  /** The portal card: a new one-time link, shown once. */
  portalLink?: string;
  sheetHref?: string;
};

/** The result for one intent (or one of a card's intents), or null: each card reads only its own. */
export function resultFor(result: CardResult | undefined, ...intents: string[]): CardResult | null {
  return result && intents.includes(result.intent) ? result : null;
}
