import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { FormField, FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import { REPORT_KIND_LABELS, REPORT_KINDS } from "~/domain/flight-extraction";
import { NEW_ARTICLE_INTENTS, promoteSchema, uploadSchema } from "~/utils/alert-schemas";

// The new-article page's forms beside the paste form (routes/_staff.alerts.new.tsx): their schemas are
// checked here and in the page's action (docs/forms.md).

export type NotRelevant = {
  articleId: string;
  title: string;
  why: string;
  duplicate: boolean;
  notRead?: string;
};

/** A refusal (the FormFailure shape; `intent` says which of the page's forms it answers) or "not relevant". */
export type NewArticleAnswer = {
  ok?: false;
  intent?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  formError?: string | null;
  notRelevant?: NotRelevant;
};

const KIND_OPTIONS = REPORT_KINDS.filter((k) => k !== "other").map((k) => ({
  value: k,
  label: REPORT_KIND_LABELS[k],
}));

/** "Make it an alert anyway", inside the card that says why the article was not judged relevant. */
export function PromoteForm({
  notRelevant,
  result,
}: {
  notRelevant: NotRelevant;
  result: NewArticleAnswer | null;
}) {
  const [form, f] = useSchemaForm(promoteSchema, {
    id: "promote-article",
    result,
    defaultValue: { intent: NEW_ARTICLE_INTENTS.promote, articleId: notRelevant.articleId, kind: "flight" },
  });
  return (
    <Form method="post" className="mt-4 grid gap-3 sm:grid-cols-3" {...getFormProps(form)}>
      <div className="empty:hidden sm:col-span-3">
        <FormMessage form={form} />
      </div>
      <input type="hidden" name={f.intent.name} value={NEW_ARTICLE_INTENTS.promote} />
      <input type="hidden" name={f.articleId.name} value={notRelevant.articleId} />
      <FormSelect meta={f.kind} label="Kind of report" options={KIND_OPTIONS} />
      <FormField meta={f.countries} label="Destination countries" hint="e.g. China, Guatemala or CN, GT" />
      <div className="self-end">
        <Button type="submit" variant="secondary">
          Make it an alert anyway
        </Button>
      </div>
    </Form>
  );
}

/** The upload: multipart, so the file's bytes reach the action; the file is never sent back. */
export function UploadForm({ today, result }: { today: string; result: NewArticleAnswer | null }) {
  const [form, f] = useSchemaForm(uploadSchema, {
    id: "upload-article",
    result,
    defaultValue: { intent: NEW_ARTICLE_INTENTS.upload, uploadPublishedOn: today },
  });
  return (
    <Form method="post" encType="multipart/form-data" className="space-y-4" {...getFormProps(form)}>
      <FormMessage form={form} />
      <input type="hidden" name={f.intent.name} value={NEW_ARTICLE_INTENTS.upload} />
      <FormField
        meta={f.file}
        label="File (.txt or .html)"
        type="file"
        accept=".txt,.html,.htm,text/plain,text/html"
      />
      <FormField
        meta={f.uploadTitle}
        label="Title of the uploaded article"
        hint="Optional: the first line is used"
      />
      <FormField meta={f.uploadPublishedOn} label="Publication date of the upload" type="date" />
      <Button type="submit" variant="secondary" pendingText="Reading…">
        Upload and read
      </Button>
    </Form>
  );
}
