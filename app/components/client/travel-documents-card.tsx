import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { DateText } from "~/components/case-badges";
import { Button } from "~/components/ui/button";
import { Card, EmptyState } from "~/components/ui/card";
import { FormField, FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import {
  DOC_HOLDERS,
  DOC_HOLDER_LABELS,
  DOC_KINDS,
  DOC_KIND_LABELS,
  DOC_STATES,
  DOC_STATE_LABELS,
} from "~/domain/travel-documents";
import { docChangeFormSchema, travelDocFormSchema } from "~/utils/case-schemas";
import { TRAVEL_DOCUMENT_INTENTS, type CardResult } from "~/utils/client-page-intents";
import { resultOf, type CardProps, type ClientPage } from "./types";

/**
 * Passports and travel documents, each with its history (without one ICE cannot carry out a removal),
 * recording a change of state, and adding one.
 */
export function TravelDocumentsCard({ d, result }: CardProps) {
  const c = d.client;
  const added = resultOf(result, TRAVEL_DOCUMENT_INTENTS.add);
  const changed = resultOf(result, TRAVEL_DOCUMENT_INTENTS.change);
  return (
    <div id="travel-documents">
      <Card title="Travel documents">
        {d.docs.length === 0 ? (
          <EmptyState>
            No travel documents recorded. Without one ICE cannot carry out a removal: record what the client
            has, and every request ICE or the consulate makes.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {d.docs.map((doc) => (
              <li key={doc.id} className="space-y-2 py-3">
                <p className="font-medium text-slate-900">
                  {doc.kindLabel} · {doc.country} ·{" "}
                  <span title="The full number is under Details">{doc.maskedNumber}</span> — {doc.stateLabel}{" "}
                  · held by {doc.holderLabel}
                  {doc.expiryDate ? (
                    <>
                      {" "}
                      · expires <DateText date={doc.expiryDate} />
                    </>
                  ) : null}
                </p>
                <ul className="text-xs text-slate-700" aria-label={`History of ${doc.kindLabel}`}>
                  {doc.history.map((h) => (
                    <li key={h.id}>
                      {h.effectiveDate}: {h.stateLabel}, held by {h.holderLabel}
                      {h.note ? ` — ${h.note}` : ""}
                    </li>
                  ))}
                </ul>
                <ChangeDocumentForm
                  key={`change-${doc.version}`}
                  doc={doc}
                  today={d.today}
                  result={changed?.values.documentId === doc.id ? changed : null}
                />
              </li>
            ))}
          </ul>
        )}
        <details className="mt-4" key={`add-doc-${d.docs.length}`} open={Boolean(added)}>
          <summary className="cursor-pointer text-sm font-semibold text-blue-700">
            Add a travel document
          </summary>
          <AddDocumentForm
            result={added}
            defaultValue={{
              kind: "passport",
              issuingCountry: c.nationalities[0] ?? "",
              holder: "client",
              state: "valid",
              effectiveDate: d.today,
            }}
          />
        </details>
      </Card>
    </div>
  );
}

const KIND_OPTIONS = DOC_KINDS.map((k) => ({ value: k, label: DOC_KIND_LABELS[k] }));
const HOLDER_OPTIONS = DOC_HOLDERS.map((h) => ({ value: h, label: DOC_HOLDER_LABELS[h] }));
const STATE_OPTIONS = DOC_STATES.map((s) => ({ value: s, label: DOC_STATE_LABELS[s] }));

/** Recording a travel document: travelDocFormSchema in the browser and in the card's action. */
function AddDocumentForm({
  result,
  defaultValue,
}: {
  result: CardResult | null;
  defaultValue: Record<string, string>;
}) {
  const [form, f] = useSchemaForm(travelDocFormSchema, { id: "add-document", result, defaultValue });
  return (
    <Form
      method="post"
      preventScrollReset
      className="mt-3 grid gap-4 sm:grid-cols-3"
      {...getFormProps(form)}
      noValidate
    >
      <input type="hidden" name="intent" value={TRAVEL_DOCUMENT_INTENTS.add} />
      <div className="empty:hidden sm:col-span-3">
        <FormMessage form={form} />
      </div>
      <FormSelect meta={f.kind} label="Document kind" options={KIND_OPTIONS} />
      <FormField meta={f.issuingCountry} label="Issuing country" hint="Two-letter code, e.g. CN." />
      <FormField meta={f.number} label="Document number" />
      <FormField meta={f.issueDate} label="Issued on" type="date" />
      <FormField meta={f.expiryDate} label="Expires on" type="date" />
      <FormSelect meta={f.holder} label="Who holds it" options={HOLDER_OPTIONS} />
      <FormSelect meta={f.state} label="State" options={STATE_OPTIONS} />
      <FormField meta={f.effectiveDate} label="State as of" type="date" />
      <FormField meta={f.notes} label="Document notes" />
      <div className="sm:col-span-3">
        <Button type="submit" pendingText="Saving…">
          Add document
        </Button>
      </div>
    </Form>
  );
}

/** A change of one document's state (its history keeps the old one), open again when it was refused. */
function ChangeDocumentForm({
  doc,
  today,
  result,
}: {
  doc: ClientPage["docs"][number];
  today: string;
  result: CardResult | null;
}) {
  const [form, f] = useSchemaForm(docChangeFormSchema, {
    id: `change-document-${doc.id}`,
    result,
    defaultValue: { documentId: doc.id, state: doc.state, holder: doc.holder, effectiveDate: today },
  });
  return (
    <details open={Boolean(result)}>
      <summary className="cursor-pointer text-sm font-medium text-blue-700">Record a change</summary>
      <Form
        method="post"
        preventScrollReset
        className="mt-2 grid gap-3 sm:grid-cols-3 sm:items-end"
        {...getFormProps(form)}
        noValidate
      >
        <input type="hidden" name="intent" value={TRAVEL_DOCUMENT_INTENTS.change} />
        <input type="hidden" name={f.documentId.name} value={doc.id} />
        <div className="empty:hidden sm:col-span-3">
          <FormMessage form={form} />
        </div>
        <FormSelect meta={f.state} label="New state" options={STATE_OPTIONS} />
        <FormSelect meta={f.holder} label="Held by" options={HOLDER_OPTIONS} />
        <FormField meta={f.effectiveDate} label="As of" type="date" />
        <FormField meta={f.expiryDate} label="New expiry date" type="date" hint="Only if it changed." />
        <div className="sm:col-span-2">
          <FormField meta={f.note} label="Note" />
        </div>
        <Button type="submit" variant="secondary">
          Save change
        </Button>
      </Form>
    </details>
  );
}
