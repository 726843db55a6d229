import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { DateText } from "~/components/case-badges";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { FormCheckbox, FormField, FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import { DOCUMENT_KIND_LABELS, formatBytes } from "~/domain/case-documents";
import { CASE_DOCUMENT_INTENTS as I, type CardResult } from "~/utils/client-page-intents";
import { documentUploadSchema } from "~/utils/document-schemas";
import type { SerializeFrom } from "@remix-run/node";
import type { caseDocumentsView } from "~/models/documents.server";

// The client's case documents (docs/documents.md): upload (a multipart form, so it works without
// JavaScript), what each supports, and the per-document forms. Files open only through
// /clients/:id/documents/:documentId, which checks the user and audits the view.

type Docs = SerializeFrom<typeof caseDocumentsView>;
type Item = Docs["items"][number];

const KIND_OPTIONS = Object.entries(DOCUMENT_KIND_LABELS).map(([value, label]) => ({ value, label }));
const ACCEPT = "application/pdf,image/jpeg,image/png,image/heic,image/heif,.heic,.heif";

function SupportsOptions({ targets }: { targets: Docs["targets"] }) {
  const groups: [keyof Docs["targets"], string][] = [
    ["event", "Case events"],
    ["hearing", "Hearings"],
    ["checkin", "Check-ins"],
    ["travel", "Travel documents"],
  ];
  return (
    <>
      <option value="">Nothing in particular</option>
      {groups.map(([key, label]) =>
        targets[key].length ? (
          <optgroup key={key} label={label}>
            {targets[key].map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ) : null,
      )}
    </>
  );
}

export function DocumentsCard({
  clientId,
  docs,
  canUpdate,
  result,
}: {
  clientId: string;
  docs: Docs;
  canUpdate: boolean;
  result: CardResult | null;
}) {
  const uploaded = result?.intent === I.upload ? result : null;
  const live = docs.items.filter((d) => !d.deletedAt);
  const deleted = docs.items.filter((d) => d.deletedAt);
  return (
    <div id="documents">
      <Card title="Documents">
        {live.length === 0 ? (
          <EmptyState>
            No documents yet. Upload the Notice to Appear or the judge&apos;s order below.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Documents, newest first">
            {live.map((d) => (
              <DocumentRow
                key={d.id}
                clientId={clientId}
                d={d}
                docs={docs}
                canUpdate={canUpdate}
                result={result}
              />
            ))}
          </ul>
        )}
        {deleted.length ? (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium text-slate-700">
              Deleted documents ({deleted.length})
            </summary>
            <ul className="mt-2 divide-y divide-slate-100">
              {deleted.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    {d.title} · {d.kindLabel} · deleted <DateText date={d.deletedAt!.slice(0, 10)} />
                  </span>
                  <Form method="post" preventScrollReset className="flex gap-2">
                    <input type="hidden" name="documentId" value={d.id} />
                    <Button type="submit" name="intent" value={I.restore} variant="secondary">
                      Restore
                    </Button>
                    <Button type="submit" name="intent" value={I.purge} variant="ghost">
                      Purge for good
                    </Button>
                  </Form>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {canUpdate ? (
          <details className="mt-4" key={`upload-${live.length}`} open={Boolean(uploaded)}>
            <summary className="cursor-pointer text-sm font-semibold text-blue-700">
              Upload a document
            </summary>
            <UploadForm result={uploaded} targets={docs.targets} />
          </details>
        ) : null}
      </Card>
    </div>
  );
}

function DocumentRow({
  clientId,
  d,
  docs,
  canUpdate,
  result,
}: {
  clientId: string;
  d: Item;
  docs: Docs;
  canUpdate: boolean;
  result: CardResult | null;
}) {
  const mine = result && result.values?.documentId === d.id ? result : null;
  const href = `/clients/${clientId}/documents/${d.id}`;
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium text-slate-900">
          <a href={`${href}?inline=1`} target="_blank" rel="noopener" className="text-blue-700 underline">
            {d.title}
          </a>{" "}
          <span className="font-normal text-slate-700">· {d.kindLabel}</span>
          {d.documentDate ? (
            <span className="font-normal text-slate-700">
              {" "}
              · <DateText date={d.documentDate} />
            </span>
          ) : null}{" "}
          {d.needsReview ? <Badge tone="amber">New</Badge> : null}{" "}
          {d.source === "client" ? <Badge>From the client</Badge> : null}{" "}
          {d.sharedWithClient ? <Badge tone="blue">Shared with the client</Badge> : null}
        </p>
        <a href={href} className="text-sm text-blue-700 underline" aria-label={`Download ${d.title}`}>
          Download
        </a>
      </div>
      <p className="text-xs text-slate-600">
        {d.originalName} · {formatBytes(d.sizeBytes)} · uploaded by {d.uploadedByName ?? "—"} on{" "}
        {d.createdAt.slice(0, 10)}
        {d.supportsLabel ? ` · supports: ${d.supportsLabel}` : ""}
        {d.verifiesEvent ? " · verifies the event" : ""}
      </p>
      {canUpdate ? (
        <details key={`doc-${d.id}-${d.version}`} open={Boolean(mine && mine.ok === false)}>
          <summary className="cursor-pointer text-sm font-medium text-blue-700">
            Attach, edit or delete
          </summary>
          <div className="mt-2 space-y-4">
            <Form method="post" preventScrollReset className="grid gap-3 sm:grid-cols-3 sm:items-end">
              <input type="hidden" name="documentId" value={d.id} />
              <SelectField
                label="Supports"
                name="supports"
                defaultValue={mine?.intent === I.attach ? mine.values.supports : d.supports}
                error={mine?.intent === I.attach ? mine.errors.supports : undefined}
              >
                <SupportsOptions targets={docs.targets} />
              </SelectField>
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="verifies" className="h-4 w-4" /> The event was verified against
                it (today)
              </label>
              <Button type="submit" name="intent" value={I.attach} variant="secondary">
                Attach
              </Button>
            </Form>
            <Form method="post" preventScrollReset className="grid gap-3 sm:grid-cols-4 sm:items-end">
              <input type="hidden" name="documentId" value={d.id} />
              <Field
                label="Title"
                name="title"
                defaultValue={mine?.intent === I.edit ? mine.values.title : d.title}
                error={mine?.intent === I.edit ? mine.errors.title : undefined}
              />
              <SelectField
                label="Kind"
                name="kind"
                defaultValue={mine?.intent === I.edit ? mine.values.kind : d.kind}
                error={mine?.intent === I.edit ? mine.errors.kind : undefined}
              >
                {KIND_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
              <Field
                label="Date on the document"
                name="documentDate"
                type="date"
                defaultValue={mine?.intent === I.edit ? mine.values.documentDate : (d.documentDate ?? "")}
                error={mine?.intent === I.edit ? mine.errors.documentDate : undefined}
              />
              <Button type="submit" name="intent" value={I.edit} variant="secondary">
                Save
              </Button>
            </Form>
            <Form method="post" preventScrollReset className="flex flex-wrap gap-2">
              <input type="hidden" name="documentId" value={d.id} />
              {d.needsReview ? (
                <Button type="submit" name="intent" value={I.review} variant="secondary">
                  Mark reviewed
                </Button>
              ) : null}
              <Button
                type="submit"
                name="intent"
                value={d.sharedWithClient ? I.unshare : I.share}
                variant="secondary"
              >
                {d.sharedWithClient ? "Stop sharing with the client" : "Share with the client"}
              </Button>
              <Button type="submit" name="intent" value={I.remove} variant="ghost">
                Delete
              </Button>
            </Form>
          </div>
        </details>
      ) : null}
    </li>
  );
}

/** The upload: a multipart form checked by its schema in the browser and by the action (with the file). */
function UploadForm({ result, targets }: { result: CardResult | null; targets: Docs["targets"] }) {
  const [form, fields] = useSchemaForm(documentUploadSchema, {
    id: "upload-document",
    result,
    defaultValue: { kind: "other" },
  });
  const fileError = result?.errors.file;
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      preventScrollReset
      className="mt-3 grid gap-4 sm:grid-cols-3"
      {...getFormProps(form)}
    >
      <input type="hidden" name="intent" value={I.upload} />
      <div className="empty:hidden sm:col-span-3">
        <FormMessage form={form} />
      </div>
      <div className="sm:col-span-3">
        <Field
          label="File"
          name="file"
          type="file"
          accept={ACCEPT}
          required
          error={fileError}
          hint="A PDF, or a photo (JPEG, PNG or HEIC), up to 15 MB. Location data is removed from photos."
        />
      </div>
      <FormField meta={fields.title} label="Title" />
      <FormSelect meta={fields.kind} label="Kind" options={KIND_OPTIONS} />
      <FormField meta={fields.documentDate} label="Date on the document" type="date" />
      <SelectField
        label="Supports"
        name="supports"
        form={form.id}
        defaultValue={result?.values.supports ?? ""}
        error={result?.errors.supports}
      >
        <SupportsOptions targets={targets} />
      </SelectField>
      <div className="self-end">
        <FormCheckbox meta={fields.share} label="Share with the client" />
      </div>
      <div className="self-end">
        <Button type="submit">Upload</Button>
      </div>
    </Form>
  );
}
