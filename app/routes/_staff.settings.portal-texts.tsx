import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ReactNode } from "react";
import { getFormProps } from "@conform-to/react";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Badge, Card } from "~/components/ui/card";
import { FormError } from "~/components/ui/field";
import { FormMessage, FormTextarea, useSchemaForm } from "~/components/ui/form";
import { can } from "~/domain/permissions";
import { listPortalTexts, PORTAL_TEXT_KEYS, savePortalText } from "~/models/portal.server";
import { requirePermission } from "~/utils/auth.server";
import { formValues, parseFormData, readForm, refuse } from "~/utils/forms.server";
import { CATALOGS, isPortalLanguage, LANGUAGE_NAMES, PORTAL_LANGUAGES } from "~/utils/i18n";
import { languageName } from "~/domain/languages";
import { redirectWithToast } from "~/utils/toast.server";
import { invariantResponse } from "~/utils/http.server";
import { CATALOG_REVIEW_KEY, portalTextSchema, UNKNOWN_TEXT } from "~/utils/settings-schemas";

export const meta: MetaFunction = () => [{ title: "Portal texts · Casewatch" }];

// A language's whole catalog (buttons, headings, reminders) is shipped as awaiting review by a native
// speaker; a lawyer records who reviewed it here (CATALOG_REVIEW_KEY), through the same approval as the
// texts below.

const LABELS: Record<string, string> = {
  "status.none": "No case recorded",
  "status.in_proceedings": "In proceedings",
  "status.ij_order": "IJ removal order",
  "status.appeal_pending": "Appeal pending",
  "status.final_order": "Final order",
  "status.final_order_stayed": "Final order, stayed ({date} = stay end)",
  "status.voluntary_departure": "Voluntary departure ({date} = leave by)",
  "status.admin_closed": "Administratively closed",
  "status.closed_favourable": "Closed in the client's favour",
  "status.terminated": "Terminated",
  "status.removed": "Removed",
  "detained.default": "If you are detained",
};

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const lang = new URL(args.request.url).searchParams.get("lang");
  const language = isPortalLanguage(lang) ? lang : "en";
  const all = listPortalTexts(user.firmId);
  const firmTexts = all.filter((t) => t.language === language);
  const reviewed = (l: string) =>
    all.find((t) => t.language === l && t.key === CATALOG_REVIEW_KEY && t.approvedAt) ?? null;
  const review = reviewed(language);
  return {
    language,
    englishName: languageName(language),
    languages: PORTAL_LANGUAGES.map((l) => ({
      code: l,
      name: LANGUAGE_NAMES[l],
      reviewed: l === "en" || Boolean(reviewed(l)),
    })),
    review: review ? { by: review.text, at: review.approvedAt } : null,
    canApprove: can(user.role, "approve:portal-text"),
    rows: PORTAL_TEXT_KEYS.map((key) => {
      const f = firmTexts.find((t) => t.key === key);
      return {
        key,
        label: LABELS[key] ?? key,
        shipped: CATALOGS[language][key] ?? "",
        text: f?.text ?? CATALOGS[language][key] ?? "",
        approvedAt: f?.approvedAt ?? null,
        edited: Boolean(f),
      };
    }),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const form = await readForm(args.request);
  const lang = form.get("language");
  const key = form.get("key");
  if (
    typeof lang !== "string" ||
    !isPortalLanguage(lang) ||
    !([...PORTAL_TEXT_KEYS, ...(lang === "en" ? [] : [CATALOG_REVIEW_KEY])] as unknown[]).includes(key)
  )
    return refuse({ formError: UNKNOWN_TEXT, values: formValues(form) });
  const parsed = parseFormData(form, portalTextSchema);
  if (!parsed.ok)
    return parsed.errors.text ? refuse(parsed) : refuse({ formError: UNKNOWN_TEXT, values: parsed.values });
  const { key: textKey, text } = parsed.data;
  const approve = parsed.data.intent === "approve" || textKey === CATALOG_REVIEW_KEY;
  invariantResponse(
    !approve || can(user.role, "approve:portal-text"),
    "Only a lawyer can approve what clients read.",
    {
      status: 403,
    },
  );
  savePortalText({ ...user, ip: args.context?.clientIp ?? null }, lang, textKey, text, approve);
  return redirectWithToast(`/settings/portal-texts?lang=${lang}#${textKey}`, {
    kind: "success",
    message:
      textKey === CATALOG_REVIEW_KEY
        ? `Recorded: the ${languageName(lang)} translation was reviewed.`
        : approve
          ? "Approved: clients now see this text."
          : "Saved. Clients keep seeing the shipped text until a lawyer approves it.",
  });
}

export default function PortalTexts() {
  const d = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const [params] = useSearchParams();
  // A refusal of a text's wording goes back to that text's form; "Unknown text." stays at the top.
  const resultFor = (key: string) =>
    res?.ok === false && !res.formError && res.values.key === key ? res : undefined;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        What clients read about their case on their own page, per language. The shipped texts tell clients
        they await your review; once a lawyer approves the firm's wording, clients see it with its date.
      </p>
      <nav aria-label="Language" className="flex flex-wrap gap-2">
        {d.languages.map((l) => (
          <a
            key={l.code}
            href={`?lang=${l.code}`}
            lang={l.code}
            className={`rounded-md px-3 py-1.5 text-sm ${l.code === d.language ? "bg-blue-700 text-white" : "text-blue-700 underline"}`}
            aria-current={l.code === (params.get("lang") ?? "en") ? "true" : undefined}
          >
            {l.name}
            {l.reviewed ? null : <span className="sr-only"> (awaiting review by a native speaker)</span>}
            {l.reviewed ? null : <span aria-hidden> *</span>}
          </a>
        ))}
      </nav>
      <FormError message={res?.formError} />
      {d.language !== "en" ? (
        <Card
          title={`The ${d.englishName} translation`}
          actions={
            d.review ? (
              <Badge tone="green">Reviewed {d.review.at?.slice(0, 10)}</Badge>
            ) : (
              <Badge tone="amber">Awaiting review by a native speaker</Badge>
            )
          }
        >
          {d.review ? (
            <p className="text-sm text-slate-700">Reviewed by: {d.review.by}</p>
          ) : (
            <p className="text-sm text-slate-700">
              Casewatch ships every text clients read in {d.englishName} (their page, reminders, the printable
              sheet), written with care but not yet read by a native speaker who knows your clients. Have one
              read the client page in {d.englishName} (open it with ?lng={d.language}), then record it here.
            </p>
          )}
          {d.canApprove ? (
            <TextForm
              id="catalog-review"
              className="mt-3 space-y-2"
              language={d.language}
              textKey={CATALOG_REVIEW_KEY}
              text={d.review?.by ?? ""}
              result={resultFor(CATALOG_REVIEW_KEY)}
              label="Reviewed by (name, and how they know the language)"
              rows={1}
            >
              <Button type="submit" name="intent" value="approve">
                Record the review
              </Button>
            </TextForm>
          ) : null}
        </Card>
      ) : null}
      {d.rows.map((r) => (
        <Card
          key={r.key}
          title={r.label}
          actions={
            r.approvedAt ? (
              <Badge tone="green">Approved {r.approvedAt.slice(0, 10)}</Badge>
            ) : (
              <Badge tone="amber">
                {r.edited ? "Edited, not approved" : "Shipped text, awaiting review"}
              </Badge>
            )
          }
        >
          <TextForm
            key={`${d.language}:${r.key}`}
            id={r.key}
            className="space-y-2"
            language={d.language}
            textKey={r.key}
            text={r.text}
            result={resultFor(r.key)}
            label={`${r.label} (${d.languages.find((l) => l.code === d.language)?.name})`}
            rows={3}
            lang={d.language}
          >
            <div className="flex gap-2">
              <Button type="submit" name="intent" value="save" variant="secondary">
                Save
              </Button>
              {d.canApprove ? (
                <Button type="submit" name="intent" value="approve">
                  Save and approve
                </Button>
              ) : null}
            </div>
          </TextForm>
        </Card>
      ))}
    </div>
  );
}

/** One text's form (or the translation's review): its own id on the page, the anchor a save returns to. */
function TextForm({
  id,
  language,
  textKey,
  text,
  result,
  label,
  rows,
  lang,
  className,
  children,
}: {
  id: string;
  className: string;
  language: string;
  textKey: string;
  text: string;
  result: unknown;
  label: string;
  rows: number;
  lang?: string;
  children: ReactNode;
}) {
  const [form, f] = useSchemaForm(portalTextSchema, { id, result, defaultValue: { text } });
  return (
    <Form method="post" className={className} {...getFormProps(form)}>
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="key" value={textKey} />
      <FormMessage form={form} />
      <FormTextarea meta={f.text} label={label} rows={rows} lang={lang} />
      {children}
    </Form>
  );
}
