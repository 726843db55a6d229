import { DOC_KIND_LABELS } from "~/domain/travel-documents";
import { addTravelDocument, changeTravelDocumentState } from "~/models/case.server";
import { docChangeFormSchema, travelDocFormSchema } from "~/utils/case-schemas";
import { TRAVEL_DOCUMENT_INTENTS } from "~/utils/client-page-intents";
import { parseFormData, type FormFailure } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http.server";
import { answer, backTo, type CardAction } from "./card.server";

const refused = (f: FormFailure) => ({
  errors: f.errors,
  values: f.values,
  formError: "Some fields need attention.",
});

/** Travel documents: record one, or a change of its state (its history keeps the old one). */
export const travelDocumentsCard: CardAction = {
  intents: Object.values(TRAVEL_DOCUMENT_INTENTS),
  act({ actor, client, intent, form }) {
    if (intent === TRAVEL_DOCUMENT_INTENTS.add) {
      const parsed = parseFormData(form, travelDocFormSchema);
      if (!parsed.ok) return answer({ intent, ...refused(parsed) });
      const { effectiveDate, ...doc } = parsed.data;
      addTravelDocument(actor, client.id, doc, effectiveDate);
      return backTo(client, "#travel-documents", `${DOC_KIND_LABELS[doc.kind]} recorded.`);
    }
    const parsed = parseFormData(form, docChangeFormSchema);
    if (!parsed.ok) return answer({ intent, ...refused(parsed) });
    const v = parsed.data;
    const changed = changeTravelDocumentState(actor, client.id, v.documentId, {
      state: v.state,
      holder: v.holder,
      effectiveDate: v.effectiveDate,
      note: v.note,
      ...(v.expiryDate ? { expiryDate: v.expiryDate } : {}),
    });
    invariantResponse(changed, "Not found", { status: 404 });
    return backTo(client, "#travel-documents", "Travel document updated; its history keeps the old state.");
  },
};
