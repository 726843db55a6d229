import type { LoaderFunctionArgs } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { BackToCase, PortalCard, useT } from "~/components/portal";
import { FormMessage, useSchemaForm } from "~/components/ui/form";
import { clientMessage, portalLayoutData } from "~/models/portal.server";
import { requireClientSelf } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { formatDateFor, isolate } from "~/utils/i18n";
import { detectPortalLanguage } from "~/utils/i18n.server";
import { markReadSchemaFor, ME_INTENTS } from "~/utils/portal-schemas";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireClientSelf(args);
  // Another client's message id answers 404, like one that does not exist.
  const m = clientMessage(user.clientId, args.params.id ?? "");
  if (!m) throw notFound();
  const { lang } = await detectPortalLanguage(
    args.request,
    portalLayoutData(user.firmId, user.clientId)?.preferredLanguage,
  );
  return {
    id: m.id,
    body: m.body,
    date: isolate(lang, formatDateFor(lang, m.createdAt.slice(0, 10))),
    read: Boolean(m.readAt),
  };
}

export default function Message() {
  const m = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <BackToCase />
      <PortalCard title={`${t("portal.messages")} · ${m.date}`} id="message">
        <p className="whitespace-pre-wrap" dir="auto">
          {m.body}
        </p>
        {m.read ? (
          <p className="font-semibold text-green-800">✓ {t("portal.read")}</p>
        ) : (
          <MarkReadForm messageId={m.id} />
        )}
      </PortalCard>
    </>
  );
}

/** "I have read this": a schema form (docs/forms.md) that posts to /me, which answers it. */
function MarkReadForm({ messageId }: { messageId: string }) {
  const t = useT();
  const schema = useMemo(() => markReadSchemaFor(t), [t]);
  const [form] = useSchemaForm(schema, { id: "mark-read" });
  return (
    <Form method="post" action="/me?index" {...getFormProps(form)}>
      <FormMessage form={form} />
      <input type="hidden" name="intent" value={ME_INTENTS.markRead} />
      <input type="hidden" name="id" value={messageId} />
      <button
        type="submit"
        className="min-h-12 w-full rounded-lg bg-blue-700 px-4 text-lg font-semibold text-white"
      >
        {t("portal.markRead")}
      </button>
    </Form>
  );
}
