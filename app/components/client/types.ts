import type { useLoaderData } from "@remix-run/react";
import type { ClientPageView } from "~/models/client-page.server";
import type { CardResult } from "~/utils/client-page-intents";

/** The client page's data as the browser receives it (the loader's answer, serialized). */
export type ClientPage = ReturnType<typeof useLoaderData<() => Promise<ClientPageView>>>;

/** What every card of the client page is given: the page's data, and the action's result if it is the card's. */
export type CardProps = { d: ClientPage; result: CardResult | null };

/** The result of one of the card's intents, or null. */
export const resultOf = (result: CardResult | null, intent: string) =>
  result?.intent === intent ? result : null;
