import type { AppLoadContext } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { getDb } from "#db/client";
import { firms, type Firm } from "#db/schema";
import { can, isStaffRole, type Permission, type RoleName } from "~/domain/permissions";
import { writeAudit } from "./audit.server";
import { forbidden } from "./http.server";
import { validateRequestSession } from "./session.server";

export type Args = { request: Request; context: AppLoadContext };

export type AuthUser = {
  id: string;
  firmId: string;
  role: RoleName;
  displayName: string;
  email: string | null;
  phone: string | null;
  clientId: string | null;
  totpEnabled: boolean;
  sessionId: string;
  firm: Pick<Firm, "id" | "name" | "slug" | "require2fa" | "phone" | "email">;
};

// One lookup per request, however many loaders ask (the load context is made once per request).
const perRequest = new WeakMap<object, Promise<AuthUser | null>>();

export function getOptionalUser({ request, context }: Args): Promise<AuthUser | null> {
  const key = context ?? request;
  let pending = perRequest.get(key);
  if (!pending) {
    pending = loadUser(request);
    perRequest.set(key, pending);
  }
  return pending;
}

async function loadUser(request: Request): Promise<AuthUser | null> {
  const valid = await validateRequestSession(request);
  if (!valid) return null;
  const u = valid.user;
  const firm = getDb()
    .select({
      id: firms.id,
      name: firms.name,
      slug: firms.slug,
      require2fa: firms.require2fa,
      phone: firms.phone,
      email: firms.email,
    })
    .from(firms)
    .where(eq(firms.id, u.firmId))
    .get();
  if (!firm) return null;
  return {
    id: u.id,
    firmId: u.firmId,
    role: u.role,
    displayName: u.displayName,
    email: u.email,
    phone: u.phone,
    clientId: u.clientId,
    totpEnabled: Boolean(u.totpEnabledAt && u.totpSecret),
    sessionId: valid.sessionId,
    firm,
  };
}

function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  const path = url.pathname.replace(/\.data$/, "") + url.search;
  const target = path === "/" ? "/login" : `/login?redirectTo=${encodeURIComponent(path)}`;
  return redirect(target);
}

/** The signed-in user, or a redirect to sign in. */
export async function requireUser(args: Args): Promise<AuthUser> {
  const user = await getOptionalUser(args);
  if (!user) throw loginRedirect(args.request);
  return user;
}

function deny(args: Args, user: AuthUser, reason: string): Response {
  const url = new URL(args.request.url);
  writeAudit(getDb(), {
    firmId: user.firmId,
    actorUserId: user.id,
    action: "access.denied",
    entityType: "route",
    entityId: url.pathname.slice(0, 200),
    after: { reason, method: args.request.method },
    ip: args.context?.clientIp ?? null,
  });
  return forbidden();
}

const TWO_FACTOR_SETUP = "/settings/security";

/** A staff member (admin, lawyer, paralegal). Enforces the firm's two-factor requirement. */
export async function requireStaff(args: Args, opts: { allowWithout2fa?: boolean } = {}): Promise<AuthUser> {
  const user = await requireUser(args);
  if (!isStaffRole(user.role)) throw deny(args, user, "staff only");
  if (user.firm.require2fa && !user.totpEnabled && !opts.allowWithout2fa) {
    throw redirect(`${TWO_FACTOR_SETUP}?required=1`);
  }
  return user;
}

/** A user whose role has the permission (deny by default). */
export async function requirePermission(args: Args, permission: Permission): Promise<AuthUser> {
  const user = await requireUser(args);
  if (!can(user.role, permission)) throw deny(args, user, `missing ${permission}`);
  if (isStaffRole(user.role)) return requireStaff(args);
  return user;
}

/** A client user, looking at their own record. Staff are sent to their dashboard. */
export async function requireClientSelf(args: Args): Promise<AuthUser & { clientId: string }> {
  const user = await requireUser(args);
  if (user.role !== "client" || !user.clientId) {
    if (isStaffRole(user.role)) throw redirect("/dashboard");
    throw deny(args, user, "client only");
  }
  return user as AuthUser & { clientId: string };
}

export function landingPathFor(role: string): string {
  return role === "client" ? "/me" : "/dashboard";
}
