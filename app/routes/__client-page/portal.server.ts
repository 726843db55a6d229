import { createPortalInvite, postClientMessage, revokePortalAccess } from "~/models/portal.server";
import { clientMessageSchema, portalAccessSchema } from "~/utils/case-schemas";
import { PORTAL_INTENTS } from "~/utils/client-page-intents";
import { parseFormData } from "~/utils/forms.server";
import { answer, backTo, type CardAction } from "./card.server";
import { publicOrigin } from "~/utils/origin.server";

/** The client portal: give access (a one-time link), revoke it, post a message the client reads. */
export const portalCard: CardAction = {
  intents: Object.values(PORTAL_INTENTS),
  act({ actor, client, intent, form, request }) {
    if (intent === PORTAL_INTENTS.invite || intent === PORTAL_INTENTS.revoke) {
      // Nothing to fill in: the schema checks the button pressed (two intents in one form are refused).
      const access = parseFormData(form, portalAccessSchema);
      if (!access.ok)
        return answer({
          intent,
          errors: access.errors,
          values: access.values,
          formError: access.errors.intent ?? access.errors.form ?? null,
        });
      if (access.data.intent === PORTAL_INTENTS.revoke) {
        revokePortalAccess(actor, client.id);
        return backTo(client, "#portal", "Portal access revoked: the client was signed out everywhere.");
      }
      if (!client.email && !client.phone)
        return answer({
          intent,
          errors: {},
          values: access.values,
          formError: "Add the client's email or phone first: they sign in with one of them.",
        });
      const token = createPortalInvite(actor, client.id);
      const origin = publicOrigin(request);
      // Shown once, in place: the link is not kept anywhere the page could show it again.
      return answer(
        {
          intent,
          errors: {},
          values: {},
          formError: null,
          portalLink: `${origin}/portal/${token}`,
          sheetHref: `/clients/${client.id}/portal-sheet?t=${token}`,
        },
        200,
      );
    }
    const parsed = parseFormData(form, clientMessageSchema);
    if (!parsed.ok) {
      const typed = String(parsed.values.body ?? "")
        .trim()
        .slice(0, 5000);
      return answer({ intent, errors: parsed.errors, values: typed ? { body: typed } : {} });
    }
    postClientMessage(actor, client.id, parsed.data.body);
    return backTo(client, "#portal", "Message posted on the client's page.");
  },
};
