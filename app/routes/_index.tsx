import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { hasAnyFirm } from "~/models/user.server";
import { getOptionalUser, landingPathFor } from "~/utils/auth.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await getOptionalUser(args);
  if (user) throw redirect(landingPathFor(user.role));
  throw redirect(hasAnyFirm() ? "/login" : "/setup");
}
