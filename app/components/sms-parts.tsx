import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { FormMessage, useSchemaForm } from "~/components/ui/form";
import { formatInstant } from "~/utils/format";
import { TEXT_MESSAGE_INTENTS, textReadSchema } from "~/utils/sms-schemas";

// Text messages on staff pages: what a client texted us (shown as a message from the client), and
// the state of the texts we send them, in words.

export type ClientText = {
  id: string;
  body: string;
  meaning: string;
  receivedAt: string;
  seenAt: string | null;
};

export type SmsConsentView = {
  phoneE164: string;
  consent: boolean;
  consentAt: string;
  optedOutAt: string | null;
} | null;

const MEANING_LABEL: Record<string, string> = {
  confirm: "Replied “I will be there”",
  stop: "Asked to stop texts",
  start: "Asked for texts again",
  help: "Asked for help",
};

export function SmsConsentLine({ consent }: { consent: SmsConsentView }) {
  if (!consent) return <p className="text-sm text-slate-700">No consent to text messages recorded.</p>;
  if (consent.optedOutAt)
    return (
      <p className="text-sm text-slate-700">
        <Badge tone="red">Opted out</Badge> {consent.phoneE164} answered STOP on{" "}
        {formatInstant(consent.optedOutAt)}: no texts go to it until the client answers START.
      </p>
    );
  return (
    <p className="text-sm text-slate-700">
      {consent.consent ? <Badge tone="green">Agreed to texts</Badge> : <Badge>Texts declined</Badge>}{" "}
      {consent.phoneE164} · recorded {formatInstant(consent.consentAt)}
    </p>
  );
}

/** A client's texts to the firm, newest first; unread ones can be marked read. */
export function ClientTextsCard({
  clientId,
  texts,
  consent,
  canUpdate,
  returnTo,
}: {
  clientId: string;
  texts: ClientText[];
  consent: SmsConsentView;
  canUpdate: boolean;
  /** Where "Mark read" comes back to (default: the client's Text messages page). */
  returnTo?: string;
}) {
  return (
    <Card title="Text messages from the client">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <SmsConsentLine consent={consent} />
        <Link
          to={`/clients/${clientId}/text-messages`}
          className="text-sm font-medium text-blue-800 underline"
        >
          Texts and consent
        </Link>
      </div>
      {texts.length === 0 ? (
        <EmptyState>No texts from this client yet. Replies to reminders appear here.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" aria-label="Texts from the client">
          {texts.map((t) => (
            <li key={t.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
              <div>
                <p className="text-slate-900">
                  {MEANING_LABEL[t.meaning] ? (
                    <Badge tone={t.meaning === "confirm" ? "green" : "grey"}>
                      {MEANING_LABEL[t.meaning]}
                    </Badge>
                  ) : null}{" "}
                  “{t.body}”
                </p>
                <p className="text-xs text-slate-600">{formatInstant(t.receivedAt)}</p>
              </div>
              {t.meaning === "message" && !t.seenAt && canUpdate ? (
                <MarkReadForm clientId={clientId} textId={t.id} returnTo={returnTo} />
              ) : t.meaning === "message" && !t.seenAt ? (
                <Badge tone="amber">Unread</Badge>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/**
 * "Mark read" on one text: a schema form (docs/forms.md) that posts to the client's Text messages page
 * from wherever the text is shown, and comes back there (returnTo).
 */
function MarkReadForm({
  clientId,
  textId,
  returnTo,
}: {
  clientId: string;
  textId: string;
  returnTo?: string;
}) {
  const [form] = useSchemaForm(textReadSchema, { id: `read-text-${textId}` });
  return (
    <Form method="post" action={`/clients/${clientId}/text-messages`} {...getFormProps(form)}>
      <FormMessage form={form} />
      <input type="hidden" name="intent" value={TEXT_MESSAGE_INTENTS.read} />
      <input type="hidden" name="textId" value={textId} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <button type="submit" className="text-sm font-medium text-blue-800 underline">
        Mark read
      </button>
    </Form>
  );
}

export type UnreadText = {
  id: string;
  body: string;
  receivedAt: string;
  fromPhone: string;
  clientId: string | null;
  givenNames: string | null;
  familyName: string | null;
};

/** For the check-ins queue: messages from clients nobody has read yet. */
export function UnreadClientTexts({ texts }: { texts: UnreadText[] }) {
  if (texts.length === 0) return null;
  return (
    <section aria-labelledby="unread-texts" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="unread-texts" className="text-base font-semibold text-slate-900">
        Messages from clients ({texts.length})
      </h2>
      <ul className="mt-2 divide-y divide-amber-200 text-sm">
        {texts.map((t) => (
          <li key={t.id} className="py-2">
            {t.clientId ? (
              <Link
                to={`/clients/${t.clientId}/text-messages`}
                className="font-medium text-blue-800 underline"
              >
                {t.givenNames} {t.familyName}
              </Link>
            ) : (
              <span className="font-medium">{t.fromPhone}</span>
            )}{" "}
            <span className="text-slate-900">“{t.body}”</span>{" "}
            <span className="text-xs text-slate-600">{formatInstant(t.receivedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export type SmsReminderRow = {
  id: string;
  toAddress: string;
  body: string;
  dueAt: string;
  status: string;
  segments: number | null;
  deliveryState: string | null;
  deliveryError: string | null;
  lastError: string | null;
  possibleDuplicate: boolean;
};

/** The state of one text reminder, in words a paralegal reads at a glance. */
export function smsStateInWords(r: SmsReminderRow): {
  words: string;
  tone: "grey" | "green" | "red" | "amber" | "blue";
} {
  if (r.status === "failed")
    return { words: `Not delivered: ${r.deliveryError ?? r.lastError ?? "unknown reason"}`, tone: "red" };
  if (r.status === "cancelled")
    return { words: r.lastError ? `Cancelled: ${r.lastError}` : "Cancelled", tone: "grey" };
  if (r.status === "pending" && r.lastError)
    return { words: `Will try again: ${r.lastError}`, tone: "amber" };
  if (r.status === "pending" || r.status === "sending") return { words: "Scheduled", tone: "blue" };
  const dup = r.possibleDuplicate ? " (may have arrived twice)" : "";
  if (r.deliveryState === "delivered") return { words: `Delivered${dup}`, tone: "green" };
  return {
    words: `Sent${r.deliveryState ? `, ${r.deliveryState}` : ""}${dup}`,
    tone: r.possibleDuplicate ? "amber" : "green",
  };
}
