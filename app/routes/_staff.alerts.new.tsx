import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { Card, PageHeader } from "~/components/ui/card";
import { Field, FormError, SelectField } from "~/components/ui/field";
import { FormField, FormMessage, FormTextarea, useSchemaForm } from "~/components/ui/form";
import { notReadText } from "~/domain/alert-facts";
import { parseCountries, STATELESS } from "~/domain/countries";
import { REPORT_KIND_LABELS, REPORT_KINDS } from "~/domain/flight-extraction";
import { readArticleFile } from "~/domain/article-file";
import { getArticle, ingestArticle, promoteArticle, type IngestResult } from "~/models/alerts.server";
import { firmToday } from "~/models/client-derived.server";
import { MAX_ARTICLE_CHARS, MAX_UPLOAD_BYTES, pasteSchema } from "~/utils/alert-schemas";
import { requirePermission } from "~/utils/auth.server";
import { parseFormData, parseWith, readForm, refuse } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";
import { optionalText, requiredText } from "~/utils/validation";
import { readMultipartForm } from "~/utils/multipart.server";

export const meta: MetaFunction = () => [{ title: "Add an article · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  return { today: firmToday(user.firmId) };
}

type ActionData = {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  formError?: string;
  notRelevant?: { articleId: string; title: string; why: string; duplicate: boolean; notRead?: string };
};

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

const promoteSchema = z.object({
  articleId: requiredText("Article", 40),
  kind: z.enum(REPORT_KINDS, { error: "Choose the kind of report." }),
  countries: optionalText("Countries", 500),
});

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "view:alerts");
  const actor = { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null };
  const type = args.request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await readMultipartForm(args.request, { maxFileBytes: MAX_UPLOAD_BYTES });
    } catch {
      return data<ActionData>(
        {
          formError: `The file is too large or could not be read. Upload a .txt or .html file of at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
        },
        { status: 400 },
      );
    }
    const file = form.get("file");
    const values = {
      uploadTitle: String(form.get("uploadTitle") ?? "").slice(0, 300),
      uploadPublishedOn: String(form.get("uploadPublishedOn") ?? "").slice(0, 10),
    };
    if (!file || typeof file === "string" || file.size === 0)
      return data<ActionData>({ errors: { file: "Choose a .txt or .html file." }, values }, { status: 400 });
    if (!/\.(txt|html?)$/i.test(file.name))
      return data<ActionData>(
        {
          errors: { file: "Only .txt and .html files can be read. Save a PDF or e-mail as text first." },
          values,
        },
        { status: 400 },
      );
    // Decoded from the bytes, in the encoding the file declares; HTML keeps the article, not the page around it.
    const read = readArticleFile(new Uint8Array(await file.arrayBuffer()), {
      fileName: file.name,
      title: values.uploadTitle,
    });
    if (!read.ok) return data<ActionData>({ errors: { file: read.message }, values }, { status: 400 });
    const { title, body: text } = read;
    const publishedOn = values.uploadPublishedOn || firmToday(user.firmId);
    const parsed = pasteSchema.safeParse({
      title,
      url: "",
      publishedOn,
      text: text.slice(0, MAX_ARTICLE_CHARS),
    });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const i of parsed.error.issues)
        errors[
          i.path[0] === "publishedOn" ? "uploadPublishedOn" : i.path[0] === "title" ? "uploadTitle" : "file"
        ] ??= i.message;
      return data<ActionData>({ errors, values }, { status: 400 });
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
  if (form.get("intent") === "promote") {
    const p = parseWith(promoteSchema, form);
    if (!p.ok) return data<ActionData>({ formError: Object.values(p.errors)[0] }, { status: 400 });
    const { codes, unknown } = parseCountries(p.data.countries ?? "");
    const countries = codes.filter((c) => c !== STATELESS);
    const article = getArticle(user.firmId, p.data.articleId);
    if (!article)
      return data<ActionData>({ formError: "That article is not in this firm's list." }, { status: 404 });
    if (unknown.length || !countries.length) {
      return data<ActionData>(
        {
          notRelevant: {
            articleId: article.id,
            title: article.title,
            why: unknown.length
              ? `Not a country: ${unknown.join(", ")}.`
              : "Name at least one destination country.",
            duplicate: false,
          },
          errors: {
            countries: unknown.length
              ? `Not a country: ${unknown.join(", ")}.`
              : "Name at least one destination country.",
          },
          values: { countries: p.data.countries ?? "" },
        },
        { status: 400 },
      );
    }
    const id = promoteArticle({ ...actor }, article.id, p.data.kind, countries);
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
  const e = res?.errors ?? {};
  const v = res?.values ?? {};
  // Only the paste form answers with refuse() (ok: false); the promote and upload answers pass it by.
  const [paste, pf] = useSchemaForm(pasteSchema, {
    id: "paste-article",
    result: res,
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
          <Form method="post" className="mt-4 grid gap-3 sm:grid-cols-3" noValidate>
            <input type="hidden" name="intent" value="promote" />
            <input type="hidden" name="articleId" value={res.notRelevant.articleId} />
            <SelectField label="Kind of report" name="kind" defaultValue="flight">
              {REPORT_KINDS.filter((k) => k !== "other").map((k) => (
                <option key={k} value={k}>
                  {REPORT_KIND_LABELS[k]}
                </option>
              ))}
            </SelectField>
            <Field
              label="Destination countries"
              name="countries"
              defaultValue={v.countries}
              error={e.countries}
              hint="e.g. China, Guatemala or CN, GT"
            />
            <div className="self-end">
              <Button type="submit" variant="secondary">
                Make it an alert anyway
              </Button>
            </div>
          </Form>
        </Card>
      ) : null}
      <FormError message={res?.formError} />
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
          <Form method="post" encType="multipart/form-data" className="space-y-4" noValidate>
            <Field
              label="File (.txt or .html)"
              name="file"
              type="file"
              accept=".txt,.html,.htm,text/plain,text/html"
              error={e.file}
            />
            <Field
              label="Title of the uploaded article"
              name="uploadTitle"
              defaultValue={v.uploadTitle}
              error={e.uploadTitle}
              hint="Optional: the first line is used"
            />
            <Field
              label="Publication date of the upload"
              name="uploadPublishedOn"
              type="date"
              defaultValue={v.uploadPublishedOn || today}
              error={e.uploadPublishedOn}
            />
            <Button type="submit" variant="secondary" pendingText="Reading…">
              Upload and read
            </Button>
          </Form>
        </Card>
      </div>
    </>
  );
}
