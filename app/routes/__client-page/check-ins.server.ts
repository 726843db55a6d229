import { checkInIntent, scheduleFromForm, type CheckInActionResult } from "~/models/checkin-actions.server";
import { setReminderConsent } from "~/models/client.server";
import { reminderConsentSchema } from "~/utils/case-schemas";
import { CLIENT_CHECK_IN_INTENTS } from "~/utils/client-page-intents";
import { parseFormData } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http.server";
import { answer, backTo, type CardAction, type Client } from "./card.server";

function respond(client: Client, r: CheckInActionResult) {
  if (!r.ok && r.status === 404) invariantResponse(false, r.message, { status: 404 });
  return r.ok ? backTo(client, "#check-ins", r.message) : answer(r.result);
}

/**
 * Check-ins: schedule one (or a series), record an outcome, confirm the client came home, and the
 * client's agreement to reminders. Outcomes and confirmations reach only this client's check-ins.
 */
export const checkInsCard: CardAction = {
  intents: Object.values(CLIENT_CHECK_IN_INTENTS),
  act({ actor, client, intent, form }) {
    if (intent === CLIENT_CHECK_IN_INTENTS.schedule)
      return respond(client, scheduleFromForm(actor, client.id, form));
    if (intent === CLIENT_CHECK_IN_INTENTS.reminderConsent) {
      const parsed = parseFormData(form, reminderConsentSchema);
      if (!parsed.ok)
        return answer({ intent, errors: parsed.errors, values: parsed.values, formError: null });
      const { consent, via } = parsed.data;
      if (consent && !client.email)
        return answer({
          intent,
          errors: {},
          values: parsed.values,
          formError: "Add the client's email address first: reminders go by email.",
        });
      setReminderConsent(actor, client.id, consent, via);
      return backTo(
        client,
        "#check-ins",
        consent
          ? "Recorded: the client agreed to reminders."
          : "Recorded: the client does not want reminders. Pending ones were cancelled.",
      );
    }
    const r = checkInIntent(actor, intent, form, { clientId: client.id });
    invariantResponse(r, "Unknown action.", { status: 400 });
    return respond(client, r);
  },
};
