import { EVENT_LABELS, endsVoluntaryDeparture } from "~/domain/removal-events";
import { addRemovalEvent } from "~/models/case.server";
import { derivedToday } from "~/models/client-page.server";
import { eventDetails, eventFormSchema } from "~/utils/case-schemas";
import { EVENT_INTENTS } from "~/utils/client-page-intents";
import { parseFormData } from "~/utils/forms.server";
import { answer, backTo, type CardAction } from "./card.server";

/** The timeline: record a removal event. */
export const eventsCard: CardAction = {
  intents: Object.values(EVENT_INTENTS),
  act({ actor, client, intent, form }) {
    const parsed = parseFormData(form, eventFormSchema);
    if (!parsed.ok)
      return answer({
        intent,
        errors: parsed.errors,
        values: parsed.values,
        formError: "Some fields need attention.",
      });
    const v = parsed.data;
    // Filing a petition for review or a motion ends a live voluntary-departure grant: say so first.
    if (endsVoluntaryDeparture(v.type) && !v.confirmEndsVd) {
      const vd = derivedToday(client).status.voluntaryDeparture;
      if (vd && !vd.ended)
        return answer({
          intent,
          errors: {},
          values: parsed.values,
          warning: `This client has a live voluntary departure grant${vd.departBy ? ` (leave by ${vd.departBy})` : ""}. Filing a ${EVENT_LABELS[v.type].toLowerCase().replace(" filed", "")} ends it (8 CFR 1240.26(e)(1), (i)).`,
        });
    }
    addRemovalEvent(actor, client.id, {
      type: v.type,
      effectiveDate: v.effectiveDate,
      details: eventDetails(v),
      court: v.court,
      notes: v.notes,
      source: v.source,
      verifiedOn: v.verifiedOn,
    });
    return backTo(client, "#timeline", `${EVENT_LABELS[v.type]} recorded.`);
  },
};
