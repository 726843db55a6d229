import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ActionForm } from "~/components/settings/action-form";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { FormError } from "~/components/ui/field";
import { FormField, FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import { addFeed, listFeeds, removeFeed, runFeed, setFeedActive } from "~/models/feeds.server";
import { requirePermission } from "~/utils/auth.server";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { FEED_INTERVALS as INTERVALS, feedAddSchema, feedRowSchema } from "~/utils/settings-schemas";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Feeds · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "manage:feeds");
  return {
    feeds: listFeeds(user.firmId).map((f) => ({
      id: f.id,
      url: f.url,
      title: f.title,
      active: f.active,
      intervalMinutes: f.intervalMinutes,
      lastFetchAt: f.lastFetchAt,
      lastStatus: f.lastStatus,
      lastError: f.lastError,
      lastNew: f.lastNew,
      lastSkipped: f.lastSkipped,
      nextFetchAt: f.nextFetchAt,
    })),
  };
}

const NOT_LISTED = "That feed is not on this firm's list.";

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "manage:feeds");
  const actor = { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null };
  const form = await readForm(args.request);
  if (form.get("intent") === "add") {
    const p = parseFormData(form, feedAddSchema);
    if (!p.ok) return refuse({ ...p, form: "add" as const });
    const r = addFeed(actor, {
      url: p.data.url,
      title: p.data.title,
      intervalMinutes: p.data.intervalMinutes,
    });
    if (!r.ok) return refuse({ errors: r.errors, values: p.values, form: "add" as const });
    return redirectWithToast("/settings/feeds", {
      kind: "success",
      message: "Feed added. It is fetched within a minute, then on its schedule.",
    });
  }
  const p = parseFormData(form, feedRowSchema);
  if (!p.ok)
    return refuse({
      formError: p.errors.feedId ?? p.errors.intent ?? "Unknown action.",
      values: p.values,
      form: "row" as const,
    });
  const { intent, feedId: id } = p.data;
  const notListed = () => refuse({ formError: NOT_LISTED, values: p.values, form: "row" as const });
  switch (intent) {
    case "fetch": {
      const run = await runFeed(user.firmId, id);
      if (!run) return notListed();
      return redirectWithToast("/settings/feeds", {
        kind: run.status === "ok" || run.status === "not_modified" ? "success" : "error",
        message: run.message,
      });
    }
    case "pause":
    case "resume":
      if (!setFeedActive(actor, id, intent === "resume")) return notListed();
      return redirectWithToast("/settings/feeds", {
        kind: "success",
        message: intent === "pause" ? "Feed paused." : "Feed resumed.",
      });
    case "remove":
      if (!removeFeed(actor, id)) return notListed();
      return redirectWithToast("/settings/feeds", {
        kind: "success",
        message: "Feed removed. Alerts already made from it stay.",
      });
  }
}

const STATUS: Record<string, { label: string; tone: "green" | "red" | "amber" | "grey" }> = {
  ok: { label: "Fetched", tone: "green" },
  not_modified: { label: "No change", tone: "green" },
  refused: { label: "Refused", tone: "red" },
  error: { label: "Failed", tone: "red" },
};

export default function Feeds() {
  const { feeds } = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <Card title="Add a news feed">
        <p className="mb-3 text-sm text-slate-700">
          RSS 2.0 or Atom feeds of newspapers, wire services, ICE and DHS newsrooms or monitoring groups.
          Feeds are fetched from the public internet only.
        </p>
        {/* Keyed by the number of feeds so the form empties once a feed is added. */}
        <AddFeedForm key={feeds.length} result={res?.form === "add" ? res : undefined} />
      </Card>
      <FormError message={res?.form === "row" ? res.formError : null} />
      <Card title="Feeds">
        {feeds.length === 0 ? (
          <EmptyState>No feeds yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200" aria-label="Feeds">
            {feeds.map((f) => {
              const st = f.lastStatus ? STATUS[f.lastStatus] : null;
              return (
                <li key={f.id} className="py-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <div>
                      <p className="font-medium text-slate-900">
                        {f.title ?? f.url} {f.active ? null : <Badge tone="amber">Paused</Badge>}
                      </p>
                      <p className="text-xs break-all text-slate-600">{f.url}</p>
                    </div>
                    <ActionForm schema={feedRowSchema} id={`feed-${f.id}`} className="flex flex-wrap gap-2">
                      <input type="hidden" name="feedId" value={f.id} />
                      <Button
                        type="submit"
                        name="intent"
                        value="fetch"
                        variant="secondary"
                        pendingText="Fetching…"
                        aria-label={`Fetch ${f.title ?? f.url} now`}
                      >
                        Fetch now
                      </Button>
                      <Button
                        type="submit"
                        name="intent"
                        value={f.active ? "pause" : "resume"}
                        variant="ghost"
                        aria-label={`${f.active ? "Pause" : "Resume"} ${f.title ?? f.url}`}
                      >
                        {f.active ? "Pause" : "Resume"}
                      </Button>
                      <Button
                        type="submit"
                        name="intent"
                        value="remove"
                        variant="ghost"
                        aria-label={`Remove ${f.title ?? f.url}`}
                      >
                        Remove
                      </Button>
                    </ActionForm>
                  </div>
                  <p className="mt-2 text-sm text-slate-800">
                    {st ? <Badge tone={st.tone}>{st.label}</Badge> : <Badge>Not fetched yet</Badge>}{" "}
                    {f.lastFetchAt
                      ? `Last fetch ${f.lastFetchAt.slice(0, 16).replace("T", " ")} UTC`
                      : "Waiting for the first fetch"}
                    {f.lastStatus === "ok"
                      ? ` · ${f.lastNew} new${f.lastSkipped ? ` · ${f.lastSkipped} unreadable items skipped` : ""}`
                      : ""}
                    {f.active && f.nextFetchAt
                      ? ` · next ${f.nextFetchAt.slice(0, 16).replace("T", " ")} UTC`
                      : ""}{" "}
                    ·{" "}
                    {INTERVALS.find(([m]) => m === f.intervalMinutes)?.[1].toLowerCase() ??
                      `every ${f.intervalMinutes} minutes`}
                  </p>
                  {f.lastError ? <p className="mt-1 text-sm text-red-800">{f.lastError}</p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}

const INTERVAL_OPTIONS = INTERVALS.map(([m, l]) => ({ value: String(m), label: l }));

function AddFeedForm({ result }: { result: unknown }) {
  const [form, f] = useSchemaForm(feedAddSchema, {
    id: "add-feed",
    result,
    defaultValue: { intent: "add", intervalMinutes: "60" },
  });
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-3" {...getFormProps(form)} noValidate>
      <input type="hidden" name="intent" value="add" />
      <div className="empty:hidden sm:col-span-3">
        <FormMessage form={form} />
      </div>
      <FormField meta={f.url} label="Feed address" type="url" placeholder="https://" />
      <FormField meta={f.title} label="Name" hint="Optional: the feed's own title is used" />
      <FormSelect meta={f.intervalMinutes} label="How often" options={INTERVAL_OPTIONS} />
      <div className="sm:col-span-3">
        <Button type="submit" pendingText="Adding…">
          Add feed
        </Button>
      </div>
    </Form>
  );
}
