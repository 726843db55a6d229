import type { ActionFunctionArgs } from "@remix-run/node";
import { handleSmsStatus } from "~/services/sms-webhooks.server";

// The provider's delivery-status callback for texts we sent (signature-checked, like /sms/inbound).
export async function loader() {
  return new Response("Only POST is accepted here.", { status: 405 });
}

export async function action({ request }: ActionFunctionArgs) {
  return handleSmsStatus(request);
}
