import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { applyDeliveryStatus } from "~/models/sms.server";
import { errorInWords, readSignedWebhook } from "~/services/sms.server";

// The provider's delivery-status callback for texts we sent: updates the message's state, and shows
// the paralegal why one did not arrive ("number not reachable", "opted out"). Signed like /sms/inbound.
const status = z.object({
  MessageSid: z.string().regex(/^[A-Za-z0-9:]{10,64}$/),
  MessageStatus: z.string().regex(/^[a-z_]{2,20}$/),
  ErrorCode: z
    .string()
    .regex(/^\d{0,6}$/)
    .optional(),
  ErrorMessage: z.string().max(500).optional(),
});

export async function loader() {
  return new Response("Only POST is accepted here.", { status: 405 });
}

export async function action({ request }: ActionFunctionArgs) {
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
