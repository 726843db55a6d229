import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Badge, Card } from "~/components/ui/card";
import { TextareaField } from "~/components/ui/field";
import { can } from "~/domain/permissions";
import { listPortalTexts, PORTAL_TEXT_KEYS, savePortalText } from "~/models/portal.server";
import { requirePermission } from "~/utils/auth.server";
import { readForm } from "~/utils/forms.server";
import { CATALOGS, isPortalLanguage, LANGUAGE_NAMES, PORTAL_LANGUAGES } from "~/utils/i18n";
import { languageName } from "~/domain/languages";
import { redirectWithToast } from "~/utils/toast.server";
import { invariantResponse } from "~/utils/http.server";

export const meta: MetaFunction = () => [{ title: "Portal texts · Casewatch" }];

// A language's whole catalog (buttons, headings, reminders) is shipped as awaiting review by a native
// speaker; a lawyer records who reviewed it here, through the same approval as the texts below.
const CATALOG_REVIEW_KEY = "catalog.review";

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
  const lang = String(form.get("language") ?? "");
  const key = String(form.get("key") ?? "");
  const text = String(form.get("text") ?? "").trim();
  if (
    !isPortalLanguage(lang) ||
    !([...PORTAL_TEXT_KEYS, ...(lang === "en" ? [] : [CATALOG_REVIEW_KEY])] as string[]).includes(key)
  )
    return data({ error: "Unknown text." }, { status: 400 });
  if (key === CATALOG_REVIEW_KEY && (!text || text.length > 200))
    return data({ error: "Write who reviewed the translation (1 to 200 characters)." }, { status: 400 });
  if (!text || text.length > 2000)
    return data({ error: "The text must be 1 to 2,000 characters." }, { status: 400 });
  const approve = form.get("intent") === "approve" || key === CATALOG_REVIEW_KEY;
  invariantResponse(
    !approve || can(user.role, "approve:portal-text"),
    "Only a lawyer can approve what clients read.",
    {
      status: 403,
    },
  );
  savePortalText({ ...user, ip: args.context?.clientIp ?? null }, lang, key, text, approve);
  return redirectWithToast(`/settings/portal-texts?lang=${lang}#${key}`, {
    kind: "success",
    message:
      key === CATALOG_REVIEW_KEY
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
      {res && "error" in res ? (
        <p role="alert" className="text-sm text-red-700">
          {res.error}
        </p>
      ) : null}
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
            <Form method="post" className="mt-3 space-y-2">
              <input type="hidden" name="language" value={d.language} />
              <input type="hidden" name="key" value="catalog.review" />
              <TextareaField
                label="Reviewed by (name, and how they know the language)"
                name="text"
                rows={1}
                defaultValue={d.review?.by ?? ""}
              />
              <Button type="submit" name="intent" value="approve">
                Record the review
              </Button>
            </Form>
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
          <Form method="post" className="space-y-2" id={r.key}>
            <input type="hidden" name="language" value={d.language} />
            <input type="hidden" name="key" value={r.key} />
            <TextareaField
              label={`${r.label} (${d.languages.find((l) => l.code === d.language)?.name})`}
              name="text"
              rows={3}
              defaultValue={r.text}
              lang={d.language}
            />
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
          </Form>
        </Card>
      ))}
    </div>
  );
}
