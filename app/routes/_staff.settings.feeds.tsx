import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { Field, FormError, SelectField } from "~/components/ui/field";
import { addFeed, listFeeds, removeFeed, runFeed, setFeedActive } from "~/models/feeds.server";
import { feedSchema } from "~/utils/alert-schemas";
import { requirePermission } from "~/utils/auth.server";
import { parseWith, readForm } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";
import { requiredText } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: "Feeds · Casewatch" }];

const INTERVALS: [number, string][] = [
  [15, "Every 15 minutes"],
  [30, "Every 30 minutes"],
  [60, "Every hour"],
  [180, "Every 3 hours"],
  [360, "Every 6 hours"],
  [720, "Every 12 hours"],
  [1440, "Once a day"],
];

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

const idSchema = z.object({ feedId: requiredText("Feed", 40) });
type ActionData = { errors?: Record<string, string>; values?: Record<string, string>; formError?: string };

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "manage:feeds");
  const actor = { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null };
  const form = await readForm(args.request);
  const intent = String(form.get("intent") ?? "");
  if (intent === "add") {
    const p = parseWith(feedSchema, form);
    if (!p.ok) return data<ActionData>({ errors: p.errors, values: p.values }, { status: 400 });
    const r = addFeed(actor, {
      url: p.data.url,
      title: p.data.title,
      intervalMinutes: p.data.intervalMinutes,
    });
    if (!r.ok) return data<ActionData>({ errors: r.errors, values: p.values }, { status: 400 });
    return redirectWithToast("/settings/feeds", {
      kind: "success",
      message: "Feed added. It is fetched within a minute, then on its schedule.",
    });
  }
  const p = parseWith(idSchema, form);
  if (!p.ok) return data<ActionData>({ formError: "Choose a feed." }, { status: 400 });
  const id = p.data.feedId;
  switch (intent) {
    case "fetch": {
      const run = await runFeed(user.firmId, id);
      if (!run)
        return data<ActionData>({ formError: "That feed is not on this firm's list." }, { status: 400 });
      return redirectWithToast("/settings/feeds", {
        kind: run.status === "ok" || run.status === "not_modified" ? "success" : "error",
        message: run.message,
      });
    }
    case "pause":
    case "resume":
      if (!setFeedActive(actor, id, intent === "resume"))
        return data<ActionData>({ formError: "That feed is not on this firm's list." }, { status: 400 });
      return redirectWithToast("/settings/feeds", {
        kind: "success",
        message: intent === "pause" ? "Feed paused." : "Feed resumed.",
      });
    case "remove":
      if (!removeFeed(actor, id))
        return data<ActionData>({ formError: "That feed is not on this firm's list." }, { status: 400 });
      return redirectWithToast("/settings/feeds", {
        kind: "success",
        message: "Feed removed. Alerts already made from it stay.",
      });
    default:
      return data<ActionData>({ formError: "Unknown action." }, { status: 400 });
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
  const res = useActionData<ActionData>();
  const e = res?.errors ?? {};
  const v = res?.values ?? {};
  return (
    <div className="space-y-6">
      <Card title="Add a news feed">
        <p className="mb-3 text-sm text-slate-700">
          RSS 2.0 or Atom feeds of newspapers, wire services, ICE and DHS newsrooms or monitoring groups.
          Feeds are fetched from the public internet only.
        </p>
        {/* Keyed by the number of feeds so the form empties once a feed is added. */}
        <Form key={feeds.length} method="post" className="grid gap-4 sm:grid-cols-3" noValidate>
          <input type="hidden" name="intent" value="add" />
          <Field
            label="Feed address"
            name="url"
            type="url"
            defaultValue={v.url}
            error={e.url}
            placeholder="https://"
          />
          <Field
            label="Name"
            name="title"
            defaultValue={v.title}
            error={e.title}
            hint="Optional: the feed's own title is used"
          />
          <SelectField
            label="How often"
            name="intervalMinutes"
            defaultValue={v.intervalMinutes ?? "60"}
            error={e.intervalMinutes}
          >
            {INTERVALS.map(([m, l]) => (
              <option key={m} value={m}>
                {l}
              </option>
            ))}
          </SelectField>
          <div className="sm:col-span-3">
            <Button type="submit" pendingText="Adding…">
              Add feed
            </Button>
          </div>
        </Form>
      </Card>
      <FormError message={res?.formError} />
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
                    <Form method="post" className="flex flex-wrap gap-2">
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
                    </Form>
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
