import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ActionForm } from "~/components/settings/action-form";
import { Button } from "~/components/ui/button";
import { Badge, Card } from "~/components/ui/card";
import { FormError } from "~/components/ui/field";
import { Table, Td } from "~/components/ui/table";
import { endOwnOtherSessions, endOwnSession } from "~/models/account.server";
import { requireStaff } from "~/utils/auth.server";
import { describeUserAgent, formatInstant } from "~/utils/format";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { listSessions } from "~/utils/session.server";
import { endOtherSessionsSchema, endSessionSchema, SESSION_INTENTS } from "~/utils/settings-schemas";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Sessions · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireStaff(args, { allowWithout2fa: true });
  return {
    sessions: listSessions(user.id).map((s) => ({
      // A short reference, not the stored hash itself.
      ref: s.id.slice(0, 16),
      current: s.id === user.sessionId,
      createdAt: s.createdAt,
      device: describeUserAgent(s.userAgent),
      ip: s.ip,
      absoluteExpiresAt: s.absoluteExpiresAt,
    })),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireStaff(args, { allowWithout2fa: true });
  const form = await readForm(args.request);
  const actor = { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null };
  if (form.get("intent") === SESSION_INTENTS.endOthers) {
    const parsed = parseFormData(form, endOtherSessionsSchema);
    if (!parsed.ok) return refuse({ formError: UNKNOWN, values: parsed.values });
    endOwnOtherSessions(actor, user.sessionId);
    return redirectWithToast("/settings/sessions", {
      kind: "success",
      message: "Your other sessions were signed out.",
    });
  }
  const parsed = parseFormData(form, endSessionSchema);
  if (!parsed.ok) return refuse({ formError: UNKNOWN, values: parsed.values });
  const target = listSessions(user.id).find((s) => s.id.startsWith(parsed.data.ref));
  // Another person's session, or one that ended since the page was shown: the same answer.
  if (!target) return refuse({ formError: "That session has already ended.", values: parsed.values }, 404);
  endOwnSession(actor, target.id, target.id === user.sessionId);
  return redirectWithToast(target.id === user.sessionId ? "/login" : "/settings/sessions", {
    kind: "success",
    message: "The session was signed out.",
  });
}

const UNKNOWN = "Unknown action.";

/** The refusal, when it is about this form (the intent and, for a row, its session). */
function resultFor(result: unknown, intent: string, ref?: string) {
  if (!result || typeof result !== "object" || (result as { ok?: unknown }).ok !== false) return undefined;
  const values = (result as { values?: Record<string, string> }).values ?? {};
  if ((values.intent ?? SESSION_INTENTS.end) !== intent) return undefined;
  return ref === undefined || values.ref === ref ? result : undefined;
}

export default function Sessions() {
  const { sessions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  // A refusal no form on the page is about (its session is gone): said above the table.
  const unclaimed =
    result &&
    !resultFor(result, SESSION_INTENTS.endOthers) &&
    !sessions.some((s) => resultFor(result, SESSION_INTENTS.end, s.ref))
      ? result.formError
      : null;
  return (
    <Card
      title="Where you are signed in"
      actions={
        sessions.length > 1 ? (
          <ActionForm
            schema={endOtherSessionsSchema}
            id="end-other-sessions"
            result={resultFor(result, SESSION_INTENTS.endOthers)}
          >
            <Button
              type="submit"
              name="intent"
              value={SESSION_INTENTS.endOthers}
              variant="secondary"
              pendingText="Signing out…"
            >
              Sign out all other sessions
            </Button>
          </ActionForm>
        ) : null
      }
    >
      <FormError message={unclaimed} />
      <Table head={["Device", "Signed in", "Address", "Ends at the latest", ""]} caption="Your sessions">
        {sessions.map((s) => (
          <tr key={s.ref}>
            <Td>
              {s.device} {s.current ? <Badge tone="blue">This browser</Badge> : null}
            </Td>
            <Td>{formatInstant(s.createdAt)}</Td>
            <Td>{s.ip ?? "—"}</Td>
            <Td>{formatInstant(s.absoluteExpiresAt)}</Td>
            <Td>
              <ActionForm
                schema={endSessionSchema}
                id={`end-session-${s.ref}`}
                result={resultFor(result, SESSION_INTENTS.end, s.ref)}
              >
                <input type="hidden" name="ref" value={s.ref} />
                <Button
                  type="submit"
                  name="intent"
                  value={SESSION_INTENTS.end}
                  variant="ghost"
                  aria-label={`Sign out ${s.device} session from ${formatInstant(s.createdAt)}`}
                >
                  Sign out
                </Button>
              </ActionForm>
            </Td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
