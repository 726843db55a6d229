import { z } from "zod";
import { blank, readAddressFilter } from "./address-filter";
import { CHECKIN_KINDS } from "~/domain/check-ins";
import { bulkSchema } from "./checkin-schemas";

// The check-ins queue's own form (routes/_staff.check-ins.tsx); the outcome and "came home safe" forms
// there are the client page's (checkin-schemas.ts). Plain module: the browser checks it too.

/** The queue's forms by the value of their "intent" button. */
export const QUEUE_INTENTS = { officeClosed: "bulk-reschedule" } as const;

/** "Office closed for a day": every scheduled check-in there that day moves to another day. */
export const officeClosedSchema = bulkSchema.safeExtend({
  intent: z.literal(QUEUE_INTENTS.officeClosed, {
    error: "This form could not be read. Reload the page and try again.",
  }),
});

/** What the queue says when its address asks for something it cannot show, and what it shows instead. */
export const QUEUE_FILTER_MESSAGES = {
  paralegal: "The paralegal in the address is not in this firm: showing anyone's check-ins.",
  office: "The office in the address is not one of this firm's: showing any office.",
  kind: "The kind of check-in in the address is not one Casewatch knows: showing every kind.",
  show: "The list in the address is not one of the queue's: showing the first of each.",
} as const;

const QM = QUEUE_FILTER_MESSAGES;

/**
 * The queue's address (its GET filter form and "show all" links): each value is checked on its own, and a bad
 * one is dropped with a message saying what is shown instead. Before, an unknown paralegal, office or kind
 * gave empty sections under a menu that said "Anyone", which reads as "nothing to do".
 */
export const queueFilterSchema = z.object({
  paralegal: z.preprocess(blank, z.string().max(40, QM.paralegal).optional()),
  office: z.preprocess(blank, z.string().max(40, QM.office).optional()),
  kind: z.preprocess(blank, z.enum(CHECKIN_KINDS, { error: QM.kind }).optional()),
  show: z.preprocess(
    blank,
    z.enum(["overdue", "unconfirmed", "today", "week"], { error: QM.show }).optional(),
  ),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

/** The address's filter, its bad values dropped, and what was said about each (a value sent twice: the first). */
export function readQueueFilter(params: URLSearchParams): { filter: QueueFilter; problems: string[] } {
  return readAddressFilter(queueFilterSchema, QM, params);
}
