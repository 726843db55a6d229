import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { can } from "~/domain/permissions";
import { requireStaff } from "~/utils/auth.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireStaff(args, { allowWithout2fa: true });
  return {
    tabs: [
      { to: "/settings", label: "Profile and password", end: true },
      { to: "/settings/sessions", label: "Sessions" },
      { to: "/settings/security", label: "Two-step sign-in" },
      ...(can(user.role, "update:client") ? [{ to: "/settings/closures", label: "Closure days" }] : []),
      ...(can(user.role, "schedule:checkin") ? [{ to: "/settings/offices", label: "Offices" }] : []),
      ...(can(user.role, "update:client") ? [{ to: "/settings/portal-texts", label: "Portal texts" }] : []),
      ...(can(user.role, "manage:users") ? [{ to: "/settings/users", label: "Users" }] : []),
      ...(can(user.role, "manage:firm") ? [{ to: "/settings/firm", label: "Firm" }] : []),
      ...(can(user.role, "manage:firm") ? [{ to: "/settings/sms", label: "Text messages" }] : []),
      ...(can(user.role, "manage:feeds") ? [{ to: "/settings/feeds", label: "Feeds" }] : []),
      ...(can(user.role, "view:audit") ? [{ to: "/settings/audit", label: "Audit log" }] : []),
      ...(can(user.role, "manage:firm") ? [{ to: "/settings/backups", label: "Backups" }] : []),
    ],
  };
}

export default function SettingsLayout() {
  const { tabs } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Settings</h1>
      <nav aria-label="Settings" className="mt-4 overflow-x-auto border-b border-slate-200">
        <ul className="flex gap-1">
          {tabs.map((t) => (
            <li key={t.to}>
              <NavLink
                to={t.to}
                end={"end" in t}
                className={({ isActive }) =>
                  `block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${isActive ? "border-blue-700 text-blue-800" : "border-transparent text-slate-600 hover:text-slate-900"}`
                }
              >
                {t.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6">
        <Outlet />
      </div>
    </div>
  );
}
