import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { recordAuditEvent } from "~/models/audit.server";
import { getOptionalUser } from "~/utils/auth.server";
import { clearSessionCookie, endSession } from "~/utils/session.server";

// Signing out is a POST (a link or an image cannot sign someone out); a GET just goes home.
export async function loader(_: LoaderFunctionArgs) {
  throw redirect("/");
}

export async function action(args: ActionFunctionArgs) {
  const user = await getOptionalUser(args);
  if (user) {
    await endSession(user.sessionId);
    recordAuditEvent({
      firmId: user.firmId,
      actorUserId: user.id,
      action: "auth.logout",
      entityType: "user",
      entityId: user.id,
      ip: args.context?.clientIp ?? null,
    });
  }
  return redirect("/login", { headers: { "Set-Cookie": clearSessionCookie() } });
}
