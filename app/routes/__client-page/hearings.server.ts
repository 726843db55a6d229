import { addHearing, cancelHearing, postponeHearing } from "~/models/case.server";
import { cancelHearingSchema, hearingFormSchema, postponeFormSchema } from "~/utils/case-schemas";
import { HEARING_INTENTS } from "~/utils/client-page-intents";
import { parseFormData, parseWith } from "~/utils/forms.server";
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
    if (intent === HEARING_INTENTS.postpone) {
      const parsed = parseWith(postponeFormSchema, form);
      if (!parsed.ok) return answer({ intent, errors: parsed.errors, values: parsed.values });
      const { hearingId, toDate, toTime, reason } = parsed.data;
      const done = postponeHearing(actor, client.id, hearingId, { date: toDate, time: toTime }, reason);
      invariantResponse(done, "Not found", { status: 404 });
      return backTo(client, "#hearings", "Postponement recorded; the old date is kept.");
    }
    const parsed = parseWith(cancelHearingSchema, form);
    if (!parsed.ok) return answer({ intent, errors: parsed.errors, values: parsed.values });
    const { hearingId, reason } = parsed.data;
    invariantResponse(cancelHearing(actor, client.id, hearingId, reason), "Not found", { status: 404 });
    return backTo(client, "#hearings", "Hearing marked cancelled.");
  },
};
