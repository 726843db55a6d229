import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { CheckInSummary, ConfirmSafeForm, OutcomeForm, type CheckInView } from "~/components/checkin-parts";
import { Button } from "~/components/ui/button";
import { AddressProblems, Card, EmptyState, PageHeader } from "~/components/ui/card";
import { OptionsSelect } from "~/components/ui/field";
import { FormField, FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import { CHECKIN_KINDS, KIND_LABELS } from "~/domain/check-ins";
import { checkInIntent } from "~/models/checkin-actions.server";
import {
  bulkReschedule,
  checkInQueue,
  getOffice,
  listOffices,
  type QueueSection,
} from "~/models/checkin.server";
import { assignableStaff } from "~/models/client.server";
import { requirePermission } from "~/utils/auth.server";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http.server";
import {
  QUEUE_FILTER_MESSAGES,
  QUEUE_INTENTS,
  officeClosedSchema,
  readQueueFilter,
} from "~/utils/queue-schemas";
import { redirectWithToast } from "~/utils/toast.server";
import { UnreadClientTexts } from "~/components/sms-parts";
import { listUnreadClientTexts } from "~/models/sms.server";
import { NewClientPapers } from "~/components/client-papers";
import { newClientPapers } from "~/models/client-documents.server";

export const meta: MetaFunction = () => [{ title: "Check-ins · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "schedule:checkin");
  const url = new URL(args.request.url);
  // A bad value in the address is dropped and said so (queueFilterSchema), not silently ignored.
  const { filter, problems } = readQueueFilter(url.searchParams);
  const staff = assignableStaff(user.firmId);
  const offices = listOffices(user.firmId).map((o) => ({ id: o.id, name: o.name, kind: o.kind }));
  const filters = {
    paralegal: staff.some((s) => s.id === filter.paralegal) ? filter.paralegal! : null,
    office: offices.some((o) => o.id === filter.office) ? filter.office! : null,
    kind: filter.kind ?? null,
  };
  if (filter.paralegal && !filters.paralegal) problems.push(QUEUE_FILTER_MESSAGES.paralegal);
  if (filter.office && !filters.office) problems.push(QUEUE_FILTER_MESSAGES.office);
  // A big firm has hundreds in each section: the first 25 are shown, the rest one click away (?show=).
  const show = filter.show ?? null;
  const q = checkInQueue(user.firmId, filters, new Date(), { show });
  const section = (name: QueueSection) => ({ ...q[name], all: show === name });
  return {
    overdue: section("overdue"),
    unconfirmed: section("unconfirmed"),
    today: section("today"),
    week: section("week"),
    filters,
    problems,
    offices,
    staff,
    // The "show all" links carry the filter as read, never a value that was dropped.
    search: `?${new URLSearchParams(Object.entries({ ...filters, show }).filter((e): e is [string, string] => !!e[1]))}`,
    // Texts from clients nobody has read yet (issue 19).
    unreadTexts: listUnreadClientTexts(user.firmId),
    // Papers clients sent from /me that nobody has reviewed (issue 22): two bounded reads of a partial index.
    newPapers: newClientPapers(user.firmId),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "schedule:checkin");
  const actor = { ...user, ip: args.context?.clientIp ?? null };
  const form = await readForm(args.request);
  const intent = String(form.get("intent") ?? "");
  const back = new URL(args.request.url).search;
  if (intent === QUEUE_INTENTS.officeClosed) {
    const parsed = parseFormData(form, officeClosedSchema);
    if (!parsed.ok)
      return refuse({
        intent,
        errors: parsed.errors,
        values: parsed.values,
        formError: parsed.errors.intent,
      });
    const { officeId, fromDate, toDate, reason } = parsed.data;
    if (!getOffice(user.firmId, officeId))
      return refuse({
        intent,
        errors: { officeId: "Choose an office from the list." },
        values: parsed.values,
      });
    const n = bulkReschedule(actor, officeId, fromDate, toDate, reason);
    if (n === 0)
      return refuse({
        intent,
        errors: { fromDate: "No scheduled check-ins at that office on that day." },
        values: parsed.values,
      });
    return redirectWithToast(`/check-ins${back}`, {
      kind: "success",
      message: `${n} check-in${n > 1 ? "s" : ""} moved from ${fromDate} to ${toDate}; each client's record notes the change.`,
    });
  }
  const r = checkInIntent(actor, intent, form);
  if (!r) return refuse({ intent, formError: "Unknown action." });
  if (!r.ok && r.status === 404) invariantResponse(false, r.message, { status: 404 });
  if (!r.ok) return data(r.result, { status: 400 });
  return redirectWithToast(`/check-ins${back}`, { kind: "success", message: r.message });
}

// total: exact, or (more) at least that many when the read hit its limit; all: "Show all" was chosen.
type SectionData = { rows: CheckInView[]; total: number; more: boolean; all: boolean };
const totalText = (s: SectionData) => `${s.total}${s.more ? "+" : ""}`;

function Section({
  title,
  name,
  empty,
  data: s,
  search,
  children,
}: {
  title: string;
  name: string;
  empty: string;
  data: SectionData;
  search: string;
  children: (c: CheckInView) => ReactNode;
}) {
  const all = new URLSearchParams(search);
  all.set("show", name);
  return (
    <Card title={`${title} (${totalText(s)})`}>
      {s.rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={title}>
          {s.rows.map((c) => (
            <li key={c.id} className="space-y-2 py-3">
              {children(c)}
            </li>
          ))}
        </ul>
      )}
      {s.total > s.rows.length && s.all ? (
        <p className="mt-2 text-sm text-slate-700">
          Showing the first {s.rows.length} of {totalText(s)}: narrow the list by paralegal or office above.
        </p>
      ) : s.total > s.rows.length ? (
        <p className="mt-2 text-sm text-slate-700">
          Showing {s.rows.length} of {totalText(s)}. Narrow the list by paralegal or office above, or{" "}
          <Link to={`?${all}`} className="font-medium text-blue-700 underline">
            show all {totalText(s)}
          </Link>
          .
        </p>
      ) : s.more ? (
        <p className="mt-2 text-sm text-slate-700">
          There may be more than these {s.total}: narrow the list by paralegal or office above.
        </p>
      ) : null}
    </Card>
  );
}

export default function CheckInQueue() {
  const d = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const bulk = res?.intent === QUEUE_INTENTS.officeClosed ? res : null;
  const outcomeResult = (id: string) =>
    res?.intent === "checkin-outcome" && "checkInId" in res && res.checkInId === id ? res : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Check-ins"
        summary={`${totalText(d.overdue)} overdue · ${totalText(d.unconfirmed)} not yet confirmed home · ${totalText(d.today)} today · ${totalText(d.week)} in the next 7 days`}
      />
      <AddressProblems problems={d.problems} />
      <UnreadClientTexts texts={d.unreadTexts} />
      <NewClientPapers papers={d.newPapers} />
      <Form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <OptionsSelect
          label="Paralegal"
          name="paralegal"
          value={d.filters.paralegal}
          emptyLabel="Anyone"
          options={d.staff.map((s) => ({ value: s.id, label: s.displayName }))}
        />
        <OptionsSelect
          label="Office"
          name="office"
          value={d.filters.office}
          emptyLabel="Any office"
          options={d.offices.map((o) => ({ value: o.id, label: o.name }))}
        />
        <OptionsSelect
          label="Kind"
          name="kind"
          value={d.filters.kind}
          emptyLabel="Any kind"
          options={CHECKIN_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        />
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        <Link to="/check-ins" className="pb-2 text-sm font-medium text-blue-700 underline">
          Clear
        </Link>
      </Form>
      <Section
        title="Overdue"
        name="overdue"
        search={d.search}
        empty="Nothing overdue: every past check-in has an outcome."
        data={d.overdue}
      >
        {(c) => (
          <>
            <div className="flex flex-wrap items-start justify-between gap-3">
              <CheckInSummary c={c} showClient />
              {c.unconfirmed ? <ConfirmSafeForm c={c} /> : null}
            </div>
            <OutcomeForm c={c} place="overdue-" result={outcomeResult(c.id)} />
          </>
        )}
      </Section>
      <Section
        title="Not yet confirmed home"
        name="unconfirmed"
        search={d.search}
        empty="No one is waiting for a call: everyone from today's check-ins is accounted for."
        data={d.unconfirmed}
      >
        {(c) => (
          <div className="flex flex-wrap items-start justify-between gap-3">
            <CheckInSummary c={c} showClient />
            <ConfirmSafeForm c={c} />
          </div>
        )}
      </Section>
      <Section title="Today" name="today" search={d.search} empty="No check-ins today." data={d.today}>
        {(c) => (
          <>
            <CheckInSummary c={c} showClient />
            {c.status === "scheduled" ? (
              <OutcomeForm c={c} place="today-" result={outcomeResult(c.id)} />
            ) : null}
          </>
        )}
      </Section>
      <Section
        title="This week"
        name="week"
        search={d.search}
        empty="No check-ins this week. Schedule one from a client's page."
        data={d.week}
      >
        {(c) => <CheckInSummary c={c} showClient />}
      </Section>
      <OfficeClosedForm offices={d.offices} result={bulk} />
    </div>
  );
}

/** "Office closed for a day?": officeClosedSchema, checked here and in the action. */
function OfficeClosedForm({ offices, result }: { offices: { id: string; name: string }[]; result: unknown }) {
  const [form, f] = useSchemaForm(officeClosedSchema, { id: "office-closed", result });
  return (
    <Card title="Office closed for a day? Move its check-ins">
      <Form method="post" className="grid gap-3 sm:grid-cols-5 sm:items-end" {...getFormProps(form)}>
        <div className="empty:hidden sm:col-span-5">
          <FormMessage form={form} />
        </div>
        <FormSelect
          meta={f.officeId}
          label="Closed office"
          emptyLabel="Choose…"
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
        />
        <FormField meta={f.fromDate} label="Closed on" type="date" />
        <FormField meta={f.toDate} label="Move to" type="date" />
        <FormField meta={f.reason} label="Why" />
        <Button type="submit" name={f.intent.name} value={QUEUE_INTENTS.officeClosed} pendingText="Moving…">
          Move check-ins
        </Button>
      </Form>
    </Card>
  );
}
