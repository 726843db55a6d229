import { z } from "zod";
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
