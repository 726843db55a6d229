import { addHearing, cancelHearing, postponeHearing } from "~/models/case.server";
import { hearingChangeSchema, hearingFormSchema } from "~/utils/case-schemas";
import { HEARING_INTENTS } from "~/utils/client-page-intents";
import { parseFormData } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http.server";
import { answer, backTo, type CardAction } from "./card.server";

/** Hearings: add one, postpone it (the old date is kept), or cancel it. */
export const hearingsCard: CardAction = {
  intents: Object.values(HEARING_INTENTS),
  act({ actor, client, intent, form }) {
    if (intent === HEARING_INTENTS.add) {
      const parsed = parseFormData(form, hearingFormSchema);
      if (!parsed.ok) return answer({ intent, errors: parsed.errors, values: parsed.values });
      addHearing(actor, client.id, parsed.data);
      return backTo(client, "#hearings", "Hearing added.");
    }
    // Postpone or cancel: one form, one schema; the button pressed is the intent.
    const parsed = parseFormData(form, hearingChangeSchema);
    if (!parsed.ok) return answer({ intent, errors: parsed.errors, values: parsed.values, formError: null });
    const change = parsed.data;
    if (change.intent === HEARING_INTENTS.postpone) {
      const { hearingId, toDate, toTime, reason } = change;
      const done = postponeHearing(actor, client.id, hearingId, { date: toDate, time: toTime }, reason);
      invariantResponse(done, "Not found", { status: 404 });
      return backTo(client, "#hearings", "Postponement recorded; the old date is kept.");
    }
    const { hearingId, reason } = change;
    invariantResponse(cancelHearing(actor, client.id, hearingId, reason), "Not found", { status: 404 });
    return backTo(client, "#hearings", "Hearing marked cancelled.");
  },
};
