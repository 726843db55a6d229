import { markDeadline } from "~/models/case.server";
import { derivedToday } from "~/models/client-page.server";
import { deadlineMarkSchema } from "~/utils/case-schemas";
import { DEADLINE_INTENTS } from "~/utils/client-page-intents";
import { parseFormData } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http.server";
import { answer, backTo, type CardAction } from "./card.server";

const MARKED = {
  open: "Deadline reopened.",
  done: "Deadline marked done.",
  not_applicable: "Deadline marked not applicable.",
} as const;

/** Deadlines: mark one done or not applicable, or reopen it. */
export const deadlinesCard: CardAction = {
  intents: Object.values(DEADLINE_INTENTS),
  act({ actor, client, intent, form }) {
    const parsed = parseFormData(form, deadlineMarkSchema);
    if (!parsed.ok) return answer({ intent, errors: parsed.errors, values: parsed.values, formError: null });
    const keys = derivedToday(client).deadlines.map((d) => d.key);
    invariantResponse(keys.includes(parsed.data.key), "That deadline no longer exists.", { status: 404 });
    markDeadline(actor, client.id, parsed.data.key, parsed.data.mark, parsed.data.note);
    return backTo(client, "#deadlines", MARKED[parsed.data.mark]);
  },
};
