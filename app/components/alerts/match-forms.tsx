import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { FormMessage, FormTextarea, useSchemaForm } from "~/components/ui/form";
import { ALERT_INTENTS, type AlertActionData, type AlertPageMatch } from "~/utils/alert-page";
import { alertNoteSchema, matchReviewSchema } from "~/utils/alert-schemas";

// The two forms beside each affected client of an alert. Their schemas (utils/alert-schemas.ts) are
// checked here and in the alert page's action; a refusal comes back naming the client it is about, so
// only that client's form shows it (docs/forms.md).

/** The refusal of this client's form with one of these intents, if that is what the action answered. */
function mine(res: AlertActionData | undefined, clientId: string, intents: string[]) {
  return res && intents.includes(res.intent ?? "") && res.clientId === clientId ? res : null;
}

/** Mark reviewed, or undo; the intent is the button's value. */
export function MatchReviewForm({ m, res }: { m: AlertPageMatch; res: AlertActionData | undefined }) {
  const [form, f] = useSchemaForm(matchReviewSchema, {
    id: `review-${m.clientId}`,
    result: mine(res, m.clientId, [ALERT_INTENTS.review, ALERT_INTENTS.unreview]),
    defaultValue: { clientId: m.clientId },
  });
  return (
    <Form method="post" preventScrollReset {...getFormProps(form)}>
      <FormMessage form={form} />
      <input type="hidden" name={f.clientId.name} value={m.clientId} />
      {m.reviewedAt ? (
        <span className="inline-flex items-center gap-2 text-sm text-green-800">
          ✓ Reviewed by {m.reviewedBy ?? "staff"} on {m.reviewedAt.slice(0, 10)}
          <Button
            type="submit"
            name={f.intent.name}
            value={ALERT_INTENTS.unreview}
            variant="ghost"
            aria-label={`Mark ${m.name} not reviewed`}
          >
            Undo
          </Button>
        </span>
      ) : (
        <Button
          type="submit"
          name={f.intent.name}
          value={ALERT_INTENTS.review}
          variant="secondary"
          aria-label={`Mark ${m.name} reviewed`}
        >
          Mark reviewed
        </Button>
      )}
    </Form>
  );
}

/** A note on the client's timeline, started with what the alert is about. */
export function MatchNoteForm({
  m,
  about,
  res,
}: {
  m: AlertPageMatch;
  about: string;
  res: AlertActionData | undefined;
}) {
  const [form, f] = useSchemaForm(alertNoteSchema, {
    id: `note-${m.clientId}`,
    result: mine(res, m.clientId, [ALERT_INTENTS.note]),
    defaultValue: { intent: ALERT_INTENTS.note, clientId: m.clientId, body: about },
  });
  return (
    <Form method="post" preventScrollReset className="mt-2 space-y-2" {...getFormProps(form)}>
      <FormMessage form={form} />
      <input type="hidden" name={f.intent.name} value={ALERT_INTENTS.note} />
      <input type="hidden" name={f.clientId.name} value={m.clientId} />
      <FormTextarea meta={f.body} label={`Note for ${m.name}`} rows={3} />
      <Button type="submit" variant="secondary">
        Add note
      </Button>
    </Form>
  );
}
