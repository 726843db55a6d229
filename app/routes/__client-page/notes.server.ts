import { addTimelineNote } from "~/models/alerts.server";
import { noteFormSchema } from "~/utils/case-schemas";
import { NOTE_INTENTS } from "~/utils/client-page-intents";
import { parseFormData } from "~/utils/forms.server";
import { answer, backTo, type CardAction } from "./card.server";

/** Timeline notes: a staff note, never shown to the client. */
export const notesCard: CardAction = {
  intents: Object.values(NOTE_INTENTS),
  act({ actor, client, intent, form }) {
    const parsed = parseFormData(form, noteFormSchema);
    if (!parsed.ok) {
      // The note as it will be kept: trimmed, and no longer than the limit.
      const typed = String(parsed.values.noteBody ?? "")
        .trim()
        .slice(0, 2000);
      return answer({ intent, errors: parsed.errors, values: typed ? { noteBody: typed } : {} });
    }
    addTimelineNote(actor, client.id, parsed.data.noteBody, null);
    return backTo(client, "#timeline", "Note added to the timeline.");
  },
};
