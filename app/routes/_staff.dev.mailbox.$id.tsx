import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Card } from "~/components/ui/card";
import { countSegments, describeSegments } from "~/domain/sms-segments";
import { readMailMessage } from "~/models/mailbox.server";
import { requirePermission } from "~/utils/auth.server";
import { requireDemoMode } from "~/utils/demo.server";
import { formatInstant } from "~/utils/format";
import { notFound } from "~/utils/http.server";

export async function loader(args: LoaderFunctionArgs) {
  requireDemoMode();
  const user = await requirePermission(args, "view:mailbox");
  // Someone else's mail answers 404 (or, for an admin, comes with its links hidden).
  const message = readMailMessage(user, args.params.id ?? "");
  if (!message) throw notFound();
  // A text shows how many segments it takes, and in which encoding (what the provider bills).
  const segments = message.channel === "sms" ? describeSegments(countSegments(message.bodyText)) : null;
  return { message, segments };
}

export default function MailMessage() {
  const { message, segments } = useLoaderData<typeof loader>();
  return (
    <Card title={message.channel === "sms" ? `SMS · ${message.subject}` : message.subject}>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 text-sm text-slate-700">
        <dt className="font-medium">To</dt>
        <dd>{message.toAddress}</dd>
        <dt className="font-medium">Sent</dt>
        <dd>{formatInstant(message.createdAt)}</dd>
        {segments ? (
          <>
            <dt className="font-medium">Segments</dt>
            <dd>{segments}</dd>
          </>
        ) : null}
        <dt className="font-medium">Message-ID</dt>
        <dd className="font-mono text-xs break-all">{message.messageId}</dd>
      </dl>
      {message.linksHidden ? (
        <p className="mb-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          This mail went to someone else: its links are hidden, so that only they can use them.
        </p>
      ) : null}
      <pre className="font-sans text-sm break-words whitespace-pre-wrap text-slate-900">
        {message.bodyText}
      </pre>
    </Card>
  );
}
