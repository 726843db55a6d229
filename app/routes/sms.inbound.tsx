import type { ActionFunctionArgs } from "@remix-run/node";
import { handleInboundSms } from "~/services/sms-webhooks.server";

// The provider's inbound-message webhook (signature-checked; see app/services/sms-webhooks.server.ts).
export async function loader() {
  return new Response("Only POST is accepted here.", { status: 405 });
}

export async function action({ request }: ActionFunctionArgs) {
  return handleInboundSms(request);
}
