import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useParams } from "@remix-run/react";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { can } from "~/domain/permissions";
import { listMailbox } from "~/models/mailbox.server";
import { requirePermission } from "~/utils/auth.server";
import { requireDemoMode } from "~/utils/demo.server";
import { formatInstant } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Demo mailbox · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  requireDemoMode();
  const user = await requirePermission(args, "view:mailbox");
  return { messages: listMailbox(user), seesFirmMail: can(user.role, "view:firm-mailbox") };
}

export default function Mailbox() {
  const { messages, seesFirmMail } = useLoaderData<typeof loader>();
  const params = useParams();
  return (
    <>
      <PageHeader
        title="Demo mailbox"
        summary={
          seesFirmMail
            ? "Mail and text messages Casewatch would have sent, kept here because no SMTP server or SMS provider is configured (demo mode only). Links in mail to other people are hidden."
            : "Mail Casewatch would have sent to you, and the firm's text messages to clients, kept here because no SMTP server or SMS provider is configured (demo mode only)."
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
        {messages.length === 0 ? (
          <EmptyState>
            {seesFirmMail
              ? "No mail yet. Invitations, password resets and reminders appear here."
              : "No mail to you yet. Mail sent to your address appears here."}
          </EmptyState>
        ) : (
          <ul
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm"
            aria-label="Messages"
          >
            {messages.map((m) => (
              <li key={m.id}>
                <Link
                  to={`/dev/mailbox/${m.id}`}
                  className={`block px-4 py-3 hover:bg-slate-50 ${params.id === m.id ? "bg-blue-50" : ""}`}
                >
                  <span className="block font-medium text-slate-900">
                    {m.channel === "sms" ? (
                      <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                        SMS
                      </span>
                    ) : null}
                    {m.subject}
                  </span>
                  <span className="block text-slate-600">
                    to {m.to} · {formatInstant(m.createdAt)}
                    {m.channel === "sms" && m.segments
                      ? ` · ${m.segments === 1 ? "1 segment" : `${m.segments} segments`}`
                      : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Outlet />
      </div>
    </>
  );
}
