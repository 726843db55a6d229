import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { CalendarFeedCard } from "~/components/calendar-feed-card";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { AddressProblems, PageHeader } from "~/components/ui/card";
import { OptionsSelect } from "~/components/ui/field";
import { addDays, dayOfWeek, daysInMonth, formatDate } from "~/domain/dates";
import {
  activeFeed,
  calendarItems,
  checkInDayTotals,
  DAY_TOTAL_CAP,
  regenerateFeed,
  revokeFeed,
} from "~/models/calendar.server";
import { listOffices } from "~/models/checkin.server";
import { firmToday } from "~/models/client-derived.server";
import { assignableStaff } from "~/models/client.server";
import { requirePermission } from "~/utils/auth.server";
import {
  CALENDAR_FILTER_MESSAGES,
  CALENDAR_INTENTS,
  calendarFeedSchema,
  readCalendarFilter,
} from "~/utils/calendar-schemas";
import { parseForm, refuse } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";
import { publicOrigin } from "~/utils/origin.server";

/** Check-ins shown per day in the month view; "+N more" opens the week. */
const MONTH_PER_DAY = 4;

export const meta: MetaFunction = () => [{ title: "Calendar · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "schedule:checkin");
  const url = new URL(args.request.url);
  const today = firmToday(user.firmId);
  // A bad value in the address is dropped and said so (calendarFilterSchema), not silently ignored.
  const { filter, problems } = readCalendarFilter(url.searchParams);
  const view = filter.view ?? "month";
  const anchor = filter.date ?? today;
  const staff = assignableStaff(user.firmId);
  const offices = listOffices(user.firmId).map((o) => ({ id: o.id, name: o.name }));
  const filters = {
    staff: staff.some((s) => s.id === filter.staff) ? filter.staff! : null,
    office: offices.some((o) => o.id === filter.office) ? filter.office! : null,
  };
  if (filter.staff && !filters.staff) problems.push(CALENDAR_FILTER_MESSAGES.staff);
  if (filter.office && !filters.office) problems.push(CALENDAR_FILTER_MESSAGES.office);
  let from: string;
  let to: string;
  if (view === "week") {
    from = addDays(anchor, -((dayOfWeek(anchor) + 6) % 7)); // Monday
    to = addDays(from, 7);
  } else {
    const monthStart = `${anchor.slice(0, 7)}-01`;
    from = addDays(monthStart, -((dayOfWeek(monthStart) + 6) % 7));
    const monthEnd = `${anchor.slice(0, 7)}-${String(daysInMonth(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)))).padStart(2, "0")}`;
    to = addDays(monthEnd, 7 - ((dayOfWeek(monthEnd) + 6) % 7));
  }
  const feed = activeFeed(user.id);
  return {
    view,
    anchor,
    today,
    from,
    to,
    items: calendarItems(user.firmId, from, to, filters, false, view === "month" ? MONTH_PER_DAY : null),
    dayTotals: view === "month" ? checkInDayTotals(user.firmId, from, to, filters) : null,
    // Days are counted up to this many check-ins (a bounded read); a busier day says so.
    dayCap: DAY_TOTAL_CAP,
    filters,
    problems,
    staff,
    offices,
    // Only that a link exists: its address was shown once, when it was made (the token is stored hashed).
    feed: feed ? { createdAt: feed.createdAt, lastUsedAt: feed.lastUsedAt } : null,
    prev: view === "week" ? addDays(anchor, -7) : addDays(`${anchor.slice(0, 7)}-01`, -1),
    next: view === "week" ? addDays(anchor, 7) : addDays(`${anchor.slice(0, 7)}-01`, 32),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "schedule:checkin");
  const parsed = await parseForm(args.request, calendarFeedSchema);
  if (!parsed.ok)
    return refuse({ ...parsed, formError: parsed.errors.intent ?? parsed.errors.form, feedUrl: null });
  const actor = { ...user, ip: args.context?.clientIp ?? null };
  if (parsed.data.intent === CALENDAR_INTENTS.revokeFeed) {
    revokeFeed(actor);
    return redirectWithToast("/calendar#feed", {
      kind: "success",
      message: "Your calendar link no longer works. Calendar apps subscribed to it will stop updating.",
    });
  }
  const token = regenerateFeed(actor);
  const origin = publicOrigin(args.request);
  // Answered with the page, not a redirect: this is the one time the address can be shown.
  return data({ feedUrl: `${origin.replace(/\/+$/, "")}/calendar/feed/${token}.ics`, formError: null });
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export default function CalendarPage() {
  const d = useLoaderData<typeof loader>();
  const made = useActionData<typeof action>();
  const params = (over: Record<string, string>) => {
    const p = new URLSearchParams({
      view: d.view,
      date: d.anchor,
      ...(d.filters.staff ? { staff: d.filters.staff } : {}),
      ...(d.filters.office ? { office: d.filters.office } : {}),
      ...over,
    });
    return `?${p}`;
  };
  const days: string[] = [];
  for (let x = d.from; x < d.to; x = addDays(x, 1)) days.push(x);
  const byDay = new Map<string, typeof d.items>();
  for (const it of d.items) byDay.set(it.localDate, [...(byDay.get(it.localDate) ?? []), it]);
  const month = d.anchor.slice(0, 7);
  const title =
    d.view === "month"
      ? new Date(`${month}-01T00:00:00Z`).toLocaleString("en-US", {
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        })
      : `Week of ${formatDate(d.from)}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Calendar"
        summary={`${title} · ${(d.dayTotals ? Object.values(d.dayTotals).reduce((a, b) => a + b, 0) : d.items.filter((i) => i.kind === "check-in").length).toLocaleString("en-US")} check-ins · ${d.items.filter((i) => i.kind === "hearing").length.toLocaleString("en-US")} hearings`}
        actions={
          <nav aria-label="Calendar pages" className="flex items-center gap-2 text-sm">
            <Link to={params({ date: d.prev })} className="rounded-md px-3 py-2 ring-1 ring-slate-300">
              ← Previous
            </Link>
            <Link to={params({ date: d.today })} className="rounded-md px-3 py-2 ring-1 ring-slate-300">
              Today
            </Link>
            <Link to={params({ date: d.next })} className="rounded-md px-3 py-2 ring-1 ring-slate-300">
              Next →
            </Link>
            <Link
              to={params({ view: d.view === "month" ? "week" : "month" })}
              className="rounded-md px-3 py-2 font-medium text-blue-700 ring-1 ring-slate-300"
            >
              {d.view === "month" ? "Week view" : "Month view"}
            </Link>
          </nav>
        }
      />
      <AddressProblems problems={d.problems} />
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="view" value={d.view} />
        <input type="hidden" name="date" value={d.anchor} />
        <OptionsSelect
          label="Staff member"
          name="staff"
          value={d.filters.staff}
          emptyLabel="Everyone"
          options={d.staff.map((s) => ({ value: s.id, label: s.displayName }))}
        />
        <OptionsSelect
          label="Office"
          name="office"
          value={d.filters.office}
          emptyLabel="Any office"
          options={d.offices.map((o) => ({ value: o.id, label: o.name }))}
        />
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </Form>
      {d.view === "month" ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] table-fixed border-collapse text-xs" aria-label={title}>
            <thead>
              <tr>
                {WEEKDAYS.map((w) => (
                  <th
                    key={w}
                    scope="col"
                    className="border border-slate-200 bg-slate-50 px-2 py-1 text-left font-semibold text-slate-700"
                  >
                    {w}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: days.length / 7 }, (_, w) => (
                <tr key={w}>
                  {days.slice(w * 7, w * 7 + 7).map((day) => (
                    <td
                      key={day}
                      className={`h-28 border border-slate-200 align-top ${day.slice(0, 7) === month ? "bg-white" : "bg-slate-50 text-slate-500"}`}
                    >
                      <p className={`px-1 pt-1 font-semibold ${day === d.today ? "text-blue-800" : ""}`}>
                        {Number(day.slice(8))}
                        {day === d.today ? " · today" : ""}
                      </p>
                      <ul className="space-y-0.5 px-1 pb-1">
                        {(byDay.get(day) ?? []).slice(0, MONTH_PER_DAY).map((it) => (
                          <li key={`${it.kind}${it.id}`}>
                            <Link
                              to={`/clients/${it.clientId}#${it.kind === "hearing" ? "hearings" : "check-ins"}`}
                              className={`block truncate rounded px-1 ${it.kind === "hearing" ? "bg-violet-50 text-violet-900" : "bg-blue-50 text-blue-900"}`}
                              title={`${it.clientName} · ${it.title}`}
                            >
                              {it.localTime ?? ""} {it.kind === "hearing" ? "⚖" : "✓"} {it.clientName}
                            </Link>
                          </li>
                        ))}
                        {(() => {
                          const shown = Math.min(MONTH_PER_DAY, byDay.get(day)?.length ?? 0);
                          const total =
                            (d.dayTotals?.[day] ?? 0) +
                            (byDay.get(day)?.filter((i) => i.kind === "hearing").length ?? 0);
                          return total > shown ? (
                            <li>
                              <Link
                                to={params({ view: "week", date: day })}
                                className="px-1 text-blue-700 underline"
                              >
                                {(d.dayTotals?.[day] ?? 0) > d.dayCap
                                  ? `${d.dayCap}+ in all`
                                  : `+${total - shown} more`}
                              </Link>
                            </li>
                          ) : null;
                        })()}
                      </ul>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ol className="space-y-4" aria-label={title}>
          {days.map((day) => (
            <li key={day} className="rounded-lg border border-slate-200 bg-white p-3">
              <h2 className={`text-sm font-semibold ${day === d.today ? "text-blue-800" : "text-slate-900"}`}>
                {formatDate(day)}
              </h2>
              {(byDay.get(day) ?? []).length ? (
                <ul className="mt-2 divide-y divide-slate-100 text-sm">
                  {byDay.get(day)!.map((it) => (
                    <li key={`${it.kind}${it.id}`} className="flex flex-wrap gap-x-3 py-1.5">
                      <span className="w-28 shrink-0 font-mono text-xs text-slate-700">
                        {it.localTime ?? "time?"} {it.timeZone.split("/")[1]?.replace(/_/g, " ")}
                      </span>
                      <Link to={`/clients/${it.clientId}`} className="font-medium text-blue-800 underline">
                        {it.clientName}
                      </Link>
                      <span className="text-slate-700">
                        {it.kind === "hearing" ? "Hearing" : "Check-in"}: {it.title} · {it.status}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1 text-xs text-slate-500">Nothing scheduled.</p>
              )}
            </li>
          ))}
        </ol>
      )}
      <CalendarFeedCard feed={d.feed} made={made} />
    </div>
  );
}
