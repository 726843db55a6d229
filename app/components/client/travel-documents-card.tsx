import { Form } from "@remix-run/react";
import { DateText } from "~/components/case-badges";
import { Button } from "~/components/ui/button";
import { Card, EmptyState } from "~/components/ui/card";
import { Field, FormError, SelectField } from "~/components/ui/field";
import {
  DOC_HOLDERS,
  DOC_HOLDER_LABELS,
  DOC_KINDS,
  DOC_KIND_LABELS,
  DOC_STATES,
  DOC_STATE_LABELS,
} from "~/domain/travel-documents";
import { TRAVEL_DOCUMENT_INTENTS } from "~/utils/client-page-intents";
import { resultOf, type CardProps } from "./types";

/**
 * Passports and travel documents, each with its history (without one ICE cannot carry out a removal),
 * recording a change of state, and adding one.
 */
export function TravelDocumentsCard({ d, result }: CardProps) {
  const c = d.client;
  const added = resultOf(result, TRAVEL_DOCUMENT_INTENTS.add);
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
                <details key={`change-${doc.version}`}>
                  <summary className="cursor-pointer text-sm font-medium text-blue-700">
                    Record a change
                  </summary>
                  <Form
                    method="post"
                    preventScrollReset
                    className="mt-2 grid gap-3 sm:grid-cols-3 sm:items-end"
                    noValidate
                  >
                    <input type="hidden" name="intent" value={TRAVEL_DOCUMENT_INTENTS.change} />
                    <input type="hidden" name="documentId" value={doc.id} />
                    <SelectField label="New state" name="state" defaultValue={doc.state}>
                      {DOC_STATES.map((s) => (
                        <option key={s} value={s}>
                          {DOC_STATE_LABELS[s]}
                        </option>
                      ))}
                    </SelectField>
                    <SelectField label="Held by" name="holder" defaultValue={doc.holder}>
                      {DOC_HOLDERS.map((h) => (
                        <option key={h} value={h}>
                          {DOC_HOLDER_LABELS[h]}
                        </option>
                      ))}
                    </SelectField>
                    <Field label="As of" name="effectiveDate" type="date" defaultValue={d.today} />
                    <Field label="New expiry date" name="expiryDate" type="date" hint="Only if it changed." />
                    <div className="sm:col-span-2">
                      <Field label="Note" name="note" />
                    </div>
                    <Button type="submit" variant="secondary">
                      Save change
                    </Button>
                  </Form>
                </details>
              </li>
            ))}
          </ul>
        )}
        <details className="mt-4" key={`add-doc-${d.docs.length}`} open={Boolean(added)}>
          <summary className="cursor-pointer text-sm font-semibold text-blue-700">
            Add a travel document
          </summary>
          <Form method="post" preventScrollReset className="mt-3 grid gap-4 sm:grid-cols-3" noValidate>
            <input type="hidden" name="intent" value={TRAVEL_DOCUMENT_INTENTS.add} />
            <FormError message={added ? "Some fields need attention." : null} />
            <SelectField
              label="Document kind"
              name="kind"
              defaultValue={added?.values.kind ?? "passport"}
              error={added?.errors.kind}
            >
              {DOC_KINDS.map((k) => (
                <option key={k} value={k}>
                  {DOC_KIND_LABELS[k]}
                </option>
              ))}
            </SelectField>
            <Field
              label="Issuing country"
              name="issuingCountry"
              defaultValue={added?.values.issuingCountry ?? c.nationalities[0] ?? ""}
              error={added?.errors.issuingCountry}
              hint="Two-letter code, e.g. CN."
            />
            <Field
              label="Document number"
              name="number"
              defaultValue={added?.values.number}
              error={added?.errors.number}
            />
            <Field
              label="Issued on"
              name="issueDate"
              type="date"
              defaultValue={added?.values.issueDate}
              error={added?.errors.issueDate}
            />
            <Field
              label="Expires on"
              name="expiryDate"
              type="date"
              defaultValue={added?.values.expiryDate}
              error={added?.errors.expiryDate}
            />
            <SelectField
              label="Who holds it"
              name="holder"
              defaultValue={added?.values.holder ?? "client"}
              error={added?.errors.holder}
            >
              {DOC_HOLDERS.map((h) => (
                <option key={h} value={h}>
                  {DOC_HOLDER_LABELS[h]}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="State"
              name="state"
              defaultValue={added?.values.state ?? "valid"}
              error={added?.errors.state}
            >
              {DOC_STATES.map((s) => (
                <option key={s} value={s}>
                  {DOC_STATE_LABELS[s]}
                </option>
              ))}
            </SelectField>
            <Field
              label="State as of"
              name="effectiveDate"
              type="date"
              defaultValue={added?.values.effectiveDate ?? d.today}
              error={added?.errors.effectiveDate}
            />
            <Field
              label="Document notes"
              name="notes"
              defaultValue={added?.values.notes}
              error={added?.errors.notes}
            />
            <div className="sm:col-span-3">
              <Button type="submit" pendingText="Saving…">
                Add document
              </Button>
            </div>
          </Form>
        </details>
      </Card>
    </div>
  );
}
