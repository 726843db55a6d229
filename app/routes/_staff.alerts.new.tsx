import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Card, PageHeader } from "~/components/ui/card";
import { FormError } from "~/components/ui/field";
import { FormField, FormMessage, FormTextarea, useSchemaForm } from "~/components/ui/form";
import {
  PromoteForm,
  UploadForm,
  type NewArticleAnswer as ActionData,
} from "~/components/alerts/new-article-forms";
import { notReadText } from "~/domain/alert-facts";
import { readArticleFile } from "~/domain/article-file";
import { getArticle, ingestArticle, promoteArticle, type IngestResult } from "~/models/alerts.server";
import { firmToday } from "~/models/client-derived.server";
import {
  MAX_ARTICLE_CHARS,
  MAX_UPLOAD_BYTES,
  NEW_ARTICLE_INTENTS,
  pasteSchema,
  promoteSchema,
  UPLOAD_TOO_LARGE,
  uploadSchema,
} from "~/utils/alert-schemas";
import { requirePermission } from "~/utils/auth.server";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";
import { readMultipartForm } from "~/utils/multipart.server";

export const meta: MetaFunction = () => [{ title: "Add an article · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  return { today: firmToday(user.firmId) };
}

function answer(r: IngestResult, title: string) {
  if (r.alertId) {
    return redirectWithToast(`/alerts/${r.alertId}`, {
      kind: r.duplicate ? "info" : "success",
      message: r.duplicate
        ? "This article was already added; here is its alert."
        : `Alert created: ${r.matches.length} client${r.matches.length === 1 ? "" : "s"} affected.`,
    });
  }
  // An article in a language Casewatch does not read says so, instead of passing for "not relevant".
  const notRead = r.language.read ? undefined : notReadText(r.language);
  return data<ActionData>(
    {
      notRelevant: {
        articleId: r.articleId,
        title,
        why: r.duplicate
          ? `This article was already added, and it was not judged to be about a removal flight. ${r.why}`
          : r.why,
        duplicate: r.duplicate,
        notRead,
      },
    },
    { status: 200 },
  );
}

const NOT_LISTED = "That article is not in this firm's list.";

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  const actor = { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null };
  const type = args.request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const intent = NEW_ARTICLE_INTENTS.upload;
    let form: FormData;
    try {
      form = await readMultipartForm(args.request, { maxFileBytes: MAX_UPLOAD_BYTES });
    } catch {
      return refuse({ intent, formError: UPLOAD_TOO_LARGE });
    }
    const p = parseFormData(form, uploadSchema);
    // Never the file (formValues keeps text only; a text field named "file" is not put back either).
    const values = Object.fromEntries(Object.entries(p.values).filter(([name]) => name !== "file"));
    if (!p.ok) return refuse({ intent, errors: p.errors, values, formError: p.errors.intent ?? null });
    const { file, uploadTitle, uploadPublishedOn } = p.data;
    // Decoded from the bytes, in the encoding the file declares; HTML keeps the article, not the page around it.
    const read = readArticleFile(new Uint8Array(await file.arrayBuffer()), {
      fileName: file.name,
      title: uploadTitle ?? "",
    });
    if (!read.ok) return refuse({ intent, errors: { file: read.message }, values });
    // What was read from the file is checked as a pasted article is; its messages go by the upload's fields.
    const parsed = pasteSchema.safeParse({
      title: read.title,
      url: "",
      publishedOn: uploadPublishedOn ?? firmToday(user.firmId),
      text: read.body.slice(0, MAX_ARTICLE_CHARS),
    });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const i of parsed.error.issues)
        errors[
          i.path[0] === "publishedOn" ? "uploadPublishedOn" : i.path[0] === "title" ? "uploadTitle" : "file"
        ] ??= i.message;
      return refuse({ intent, errors, values });
    }
    return answer(
      ingestArticle(actor, {
        source: "upload",
        title: parsed.data.title,
        url: null,
        publishedOn: parsed.data.publishedOn,
        body: parsed.data.text,
      }),
      parsed.data.title,
    );
  }
  const form = await readForm(args.request);
  if (form.get("intent") === NEW_ARTICLE_INTENTS.promote) {
    const intent = NEW_ARTICLE_INTENTS.promote;
    const p = parseFormData(form, promoteSchema);
    if (!p.ok && p.errors.articleId)
      return refuse({ intent, errors: p.errors, values: p.values, formError: p.errors.articleId });
    const article = getArticle(user.firmId, p.ok ? p.data.articleId : String(p.values.articleId).trim());
    if (!article) return refuse({ intent, values: p.values, formError: NOT_LISTED }, 404);
    if (!p.ok) {
      // The card comes back around the form, saying what to correct.
      const why = p.errors.countries ?? p.errors.kind ?? Object.values(p.errors)[0]!;
      return refuse({
        intent,
        errors: p.errors,
        values: p.values,
        formError: p.errors.intent ?? null,
        notRelevant: { articleId: article.id, title: article.title, why, duplicate: false },
      });
    }
    const id = promoteArticle({ ...actor }, article.id, p.data.kind, p.data.countries);
    if (!id) return refuse({ intent, values: p.values, formError: NOT_LISTED }, 404);
    return redirectWithToast(`/alerts/${id}`, {
      kind: "success",
      message: "Alert created from the article.",
    });
  }
  const parsed = parseFormData(form, pasteSchema);
  if (!parsed.ok) return refuse(parsed);
  return answer(
    ingestArticle(actor, {
      source: "pasted",
      title: parsed.data.title,
      url: parsed.data.url,
      publishedOn: parsed.data.publishedOn,
      body: parsed.data.text,
    }),
    parsed.data.title,
  );
}

export default function NewArticle() {
  const { today } = useLoaderData<typeof loader>();
  const res = useActionData<ActionData>();
  // Each form reads only its own refusal: the promote and upload answers carry their intent, the paste none.
  const forIntent = (intent: string) => (res?.intent === intent ? res : null);
  const [paste, pf] = useSchemaForm(pasteSchema, {
    id: "paste-article",
    result: res?.intent ? undefined : res,
    defaultValue: { publishedOn: today },
  });
  return (
    <>
      <PageHeader
        title="Add an article"
        summary="Paste a news report or upload it as a file. Casewatch reads it for a removal flight or a change in a country's acceptance of deportees, and lists the clients it affects."
      />
      <p className="mb-4 text-sm">
        <Link to="/alerts" className="text-blue-700 underline">
          ← Back to alerts
        </Link>
      </p>
      {res?.notRelevant ? (
        <Card
          title={res.notRelevant.notRead ?? "Not judged to be about a removal flight"}
          className="mb-6 border-amber-300"
        >
          <p className="text-sm text-slate-800">
            “{res.notRelevant.title}” was saved. {res.notRelevant.why}
          </p>
          <PromoteForm notRelevant={res.notRelevant} result={forIntent(NEW_ARTICLE_INTENTS.promote)} />
        </Card>
      ) : null}
      {/* A promote refused with no card to show it in (the article is not in the firm's list). */}
      <FormError
        message={forIntent(NEW_ARTICLE_INTENTS.promote) && !res?.notRelevant ? res?.formError : null}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Paste an article" className="lg:col-span-2">
          <Form method="post" className="space-y-4" {...getFormProps(paste)} noValidate>
            <FormMessage form={paste} />
            <FormField meta={pf.title} label="Title" maxLength={300} />
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField
                meta={pf.url}
                label="Address of the article"
                type="url"
                hint="Optional; http or https"
              />
              <FormField
                meta={pf.publishedOn}
                label="Publication date"
                type="date"
                hint="Relative dates (“on Monday”) are read from it"
              />
            </div>
            <FormTextarea meta={pf.text} label="Article text" rows={14} />
            <Button type="submit" pendingText="Reading…">
              Read the article
            </Button>
          </Form>
        </Card>
        <Card title="Or upload a file">
          <UploadForm today={today} result={forIntent(NEW_ARTICLE_INTENTS.upload)} />
        </Card>
      </div>
    </>
  );
}
