import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { FormMessage, FormTextarea, useSchemaForm } from "~/components/ui/form";
import { clientMessageSchema, portalAccessSchema } from "~/utils/case-schemas";
import { PORTAL_INTENTS, resultFor, type CardResult } from "~/utils/client-page-intents";
import { resultOf, type CardProps } from "./types";

/**
 * The client's own portal: whether they have access, a new one-time link (shown once, here, after it is
 * made), revoking access, and the messages the client reads.
 */
export function PortalCard({ d, result }: CardProps) {
  const c = d.client;
  const invited = resultOf(result, PORTAL_INTENTS.invite);
  return (
    <div id="portal">
      <Card title="Client portal">
        {!d.portal.translated ? (
          <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
            The portal is not yet translated into {c.languageName}: this client sees it in English.
          </p>
        ) : null}
        <p className="text-sm text-slate-700">
          {d.portal.user?.active ? (
            <>
              Access: <strong>active</strong> (signs in with {d.portal.user.email ?? d.portal.user.phone}).
            </>
          ) : d.portal.pendingInvite ? (
            <>
              Access: <strong>invited</strong>, link valid until{" "}
              {d.portal.pendingInvite.expiresAt.slice(0, 10)}.
            </>
          ) : (
            <>
              Access: <strong>none</strong>. The client can see their status, appointments and your messages
              in their language.
            </>
          )}
        </p>
        {invited?.portalLink ? (
          <div role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-900">
            <p>
              A one-time link for the client (valid 7 days). Send it, or print the sheet with its QR code:
            </p>
            <p className="mt-1 font-mono text-xs break-all" data-testid="portal-invite-link">
              {invited.portalLink}
            </p>
            <p className="mt-2">
              <Link to={invited.sheetHref ?? ""} className="font-medium underline">
                Open the printable sheet
              </Link>
            </p>
          </div>
        ) : null}
        <PortalAccessForm
          hasAccess={Boolean(d.portal.user?.active || d.portal.pendingInvite)}
          result={resultFor(result ?? undefined, PORTAL_INTENTS.invite, PORTAL_INTENTS.revoke)}
        />
        <h3 className="mt-5 text-sm font-semibold text-slate-900">Messages the client sees</h3>
        <p className="text-xs text-slate-600">
          Shown on the client's own page. Staff notes stay in Details and are never shown.
        </p>
        <MessageForm result={resultOf(result, PORTAL_INTENTS.postMessage)} />
        {d.portal.messages.length ? (
          <ul className="mt-3 divide-y divide-slate-100 text-sm" aria-label="Messages to the client">
            {d.portal.messages.map((m) => (
              <li key={m.id} className="py-2">
                <p className="whitespace-pre-wrap text-slate-900">{m.body}</p>
                <p className="text-xs text-slate-600">
                  {m.createdAt.slice(0, 16).replace("T", " ")} UTC · {m.author ?? "—"} ·{" "}
                  {m.readAt ? (
                    <strong className="text-green-800">
                      read {m.readAt.slice(0, 16).replace("T", " ")} UTC
                    </strong>
                  ) : (
                    "not read yet"
                  )}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
    </div>
  );
}

/** Giving access (a new one-time link) or revoking it: portalAccessSchema here and in the action. */
function PortalAccessForm({ hasAccess, result }: { hasAccess: boolean; result: CardResult | null }) {
  const [form] = useSchemaForm(portalAccessSchema, { id: "portal-access", result });
  return (
    <Form method="post" preventScrollReset className="mt-3 space-y-2" {...getFormProps(form)}>
      <FormMessage form={form} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value={PORTAL_INTENTS.invite} variant="secondary">
          {hasAccess ? "Make a new portal link" : "Give portal access"}
        </Button>
        {hasAccess ? (
          <Button type="submit" name="intent" value={PORTAL_INTENTS.revoke} variant="danger">
            Revoke portal access
          </Button>
        ) : null}
      </div>
    </Form>
  );
}

/** A message the client reads on their own page. */
function MessageForm({ result }: { result: CardResult | null }) {
  const [form, fields] = useSchemaForm(clientMessageSchema, { id: "post-message", result });
  return (
    <Form method="post" preventScrollReset className="mt-2 space-y-2" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={PORTAL_INTENTS.postMessage} />
      <FormTextarea meta={fields.body} label="Message to the client" rows={3} />
      <Button type="submit" variant="secondary" pendingText="Posting…">
        Post message
      </Button>
    </Form>
  );
}
