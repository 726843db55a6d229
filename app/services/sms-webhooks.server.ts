import { z } from "zod";
import { smsReply } from "~/domain/reminder-messages";
import { normaliseE164 } from "~/domain/sms-phone";
import { applyDeliveryStatus, recordInbound } from "~/models/sms.server";
import { errorInWords, readSignedWebhook, twimlReply } from "./sms.server";

// The provider's two webhooks, as whole request → response steps (the routes /sms/inbound and
// /sms/status only hand the request over). No session: the request signature, checked with the
// account's auth token, is the only proof a request came from the provider; 403 without it.

const inbound = z.object({
  MessageSid: z.string().regex(/^[A-Za-z0-9]{10,64}$/),
  From: z.string().min(2).max(40),
  To: z.string().max(40).optional(),
  Body: z.string().max(1600).default(""),
});

export async function handleInboundSms(request: Request): Promise<Response> {
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

const status = z.object({
  MessageSid: z.string().regex(/^[A-Za-z0-9:]{10,64}$/),
  MessageStatus: z.string().regex(/^[a-z_]{2,20}$/),
  ErrorCode: z
    .string()
    .regex(/^\d{0,6}$/)
    .optional(),
  ErrorMessage: z.string().max(500).optional(),
});

export async function handleSmsStatus(request: Request): Promise<Response> {
  const hook = await readSignedWebhook(request);
  if (!hook.ok) return hook.response;
  const parsed = status.safeParse(hook.params);
  if (!parsed.success) return new Response("MessageSid and MessageStatus are needed.", { status: 400 });
  const code = parsed.data.ErrorCode ? Number(parsed.data.ErrorCode) : null;
  applyDeliveryStatus({
    firmId: hook.firmId,
    sid: parsed.data.MessageSid,
    state: parsed.data.MessageStatus,
    errorCode: code,
    errorWords: code ? errorInWords(code, parsed.data.ErrorMessage) : null,
  });
  // Known or not, the provider gets its answer: a retry would not make an unknown SID known.
  return new Response(null, { status: 204 });
}
