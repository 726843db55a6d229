import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Badge, Card } from "~/components/ui/card";
import { Table, Td } from "~/components/ui/table";
import { endOwnOtherSessions, endOwnSession } from "~/models/account.server";
import { requireStaff } from "~/utils/auth.server";
import { describeUserAgent, formatInstant } from "~/utils/format";
import { readForm } from "~/utils/forms.server";
import { listSessions } from "~/utils/session.server";
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
  const intent = form.get("intent");
  const actor = { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null };
  if (intent === "end-others") {
    endOwnOtherSessions(actor, user.sessionId);
    return redirectWithToast("/settings/sessions", {
      kind: "success",
      message: "Your other sessions were signed out.",
    });
  }
  const ref = form.get("ref");
  if (intent === "end" && typeof ref === "string" && /^[0-9a-f]{16}$/.test(ref)) {
    const target = listSessions(user.id).find((s) => s.id.startsWith(ref));
    if (!target) return data({ formError: "That session has already ended." }, { status: 404 });
    endOwnSession(actor, target.id, target.id === user.sessionId);
    return redirectWithToast(target.id === user.sessionId ? "/login" : "/settings/sessions", {
      kind: "success",
      message: "The session was signed out.",
    });
  }
  return data({ formError: "Unknown action." }, { status: 400 });
}

export default function Sessions() {
  const { sessions } = useLoaderData<typeof loader>();
  return (
    <Card
      title="Where you are signed in"
      actions={
        sessions.length > 1 ? (
          <Form method="post">
            <Button
              type="submit"
              name="intent"
              value="end-others"
              variant="secondary"
              pendingText="Signing out…"
            >
              Sign out all other sessions
            </Button>
          </Form>
        ) : null
      }
    >
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
              <Form method="post">
                <input type="hidden" name="ref" value={s.ref} />
                <Button
                  type="submit"
                  name="intent"
                  value="end"
                  variant="ghost"
                  aria-label={`Sign out ${s.device} session from ${formatInstant(s.createdAt)}`}
                >
                  Sign out
                </Button>
              </Form>
            </Td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
