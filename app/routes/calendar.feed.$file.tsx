import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedCalendar, feedOwner } from "~/models/calendar.server";
import { notFound } from "~/utils/http.server";

// /calendar/feed/<token>.ics: a private subscription URL for calendar apps, which cannot sign in.
// The secret token is the only key; revoked or unknown tokens get a plain 404.
export async function loader({ params }: LoaderFunctionArgs) {
  const file = params.file ?? "";
  if (!file.endsWith(".ics")) throw notFound();
  const owner = feedOwner(file.slice(0, -4));
  if (!owner || !owner.active || owner.role === "client") throw notFound();
  return new Response(feedCalendar(owner), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="casewatch.ics"',
    },
  });
}
