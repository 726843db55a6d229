import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { smsReply } from "~/domain/reminder-messages";
import { normaliseE164 } from "~/domain/sms-phone";
import { recordInbound } from "~/models/sms.server";
import { readSignedWebhook, twimlReply } from "~/services/sms.server";

// The provider's inbound-message webhook. No session: the request signature (X-Twilio-Signature,
// checked with the account's auth token) is the only proof it came from the provider; 403 without it.
const inbound = z.object({
  MessageSid: z.string().regex(/^[A-Za-z0-9]{10,64}$/),
  From: z.string().min(2).max(40),
  To: z.string().max(40).optional(),
  Body: z.string().max(1600).default(""),
});

export async function loader() {
  return new Response("Only POST is accepted here.", { status: 405 });
}

export async function action({ request }: ActionFunctionArgs) {
  const hook = await readSignedWebhook(request);
  if (!hook.ok) return hook.response;
  const parsed = inbound.safeParse(hook.params);
  const from = parsed.success ? normaliseE164(parsed.data.From) : null;
  if (!parsed.success || !from)
    return new Response("MessageSid, a From number in E.164 and a Body are needed.", { status: 400 });
  const r = recordInbound({
    firmId: hook.firmId,
    from,
    to: normaliseE164(parsed.data.To),
    body: parsed.data.Body,
    sid: parsed.data.MessageSid,
  });
  // A repeated webhook is answered with nothing, so the client never gets the answer twice.
  const reply =
    r && r.reply && !r.duplicate ? smsReply(r.language, r.reply, r.firmName ?? "", r.firmPhone) : null;
  return new Response(twimlReply(reply), { headers: { "Content-Type": "text/xml; charset=utf-8" } });
}
