import { z } from "zod";
import { blank, readAddressFilter } from "./address-filter";
import { isIsoDate } from "~/domain/dates";

// The calendar page's forms (routes/_staff.calendar.tsx, components/calendar-feed-card.tsx). Plain
// module: the browser checks them too.

/** The private calendar link's two buttons, by their "intent" value. */
export const CALENDAR_INTENTS = { regenerateFeed: "regenerate-feed", revokeFeed: "revoke-feed" } as const;

/** Making a new calendar link (the old one stops working), or turning it off. Nothing else is typed. */
export const calendarFeedSchema = z.object({
  intent: z.enum([CALENDAR_INTENTS.regenerateFeed, CALENDAR_INTENTS.revokeFeed], {
    error: "Unknown action.",
  }),
});

/** What the calendar says when its address asks for something it cannot show, and what it shows instead. */
export const CALENDAR_FILTER_MESSAGES = {
  view: "The calendar shows a month or a week: showing the month.",
  date: "The date in the address is not a date (YYYY-MM-DD): showing today.",
  staff: "The staff member in the address is not in this firm: showing everyone.",
  office: "The office in the address is not one of this firm's: showing any office.",
} as const;

const M = CALENDAR_FILTER_MESSAGES;

/**
 * The calendar's address (its GET filter form and its links): each value is checked on its own, and a bad
 * one is dropped with a message saying what is shown instead, rather than being ignored silently.
 */
export const calendarFilterSchema = z.object({
  view: z.preprocess(blank, z.enum(["month", "week"], { error: M.view }).optional()),
  date: z.preprocess(blank, z.string().refine(isIsoDate, M.date).optional()),
  staff: z.preprocess(blank, z.string().max(40, M.staff).optional()),
  office: z.preprocess(blank, z.string().max(40, M.office).optional()),
});
export type CalendarFilter = z.output<typeof calendarFilterSchema>;

/** The address's filter, its bad values dropped, and what was said about each (a value sent twice: the first). */
export function readCalendarFilter(params: URLSearchParams): { filter: CalendarFilter; problems: string[] } {
  return readAddressFilter(calendarFilterSchema, M, params);
}
