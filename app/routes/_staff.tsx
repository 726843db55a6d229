import type { LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  Link,
  NavLink,
  Outlet,
  useLoaderData,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { describeError, DevErrorDetails, ErrorPage } from "~/components/error-page";
import { ROLE_LABELS, can } from "~/domain/permissions";
import { unreadAlertCount } from "~/models/alerts.server";
import { requireStaff } from "~/utils/auth.server";
import { env } from "~/utils/env.server";

export async function loader(args: LoaderFunctionArgs) {
  // The layout itself only needs a staff member; each page below checks its own permission too.
  const user = await requireStaff(args, { allowWithout2fa: true });
  const nav = [
    { to: "/dashboard", label: "Dashboard" },
    ...(can(user.role, "view:client")
      ? [
          { to: "/clients", label: "Clients" },
          { to: "/check-ins", label: "Check-ins" },
          { to: "/calendar", label: "Calendar" },
          { to: "/deadlines", label: "Deadlines" },
        ]
      : []),
    ...(can(user.role, "view:alerts")
      ? [{ to: "/alerts", label: "Alerts", badge: unreadAlertCount(user.firmId, user.id) }]
      : []),
    { to: "/settings", label: "Settings" },
    ...(env.demo && can(user.role, "view:mailbox") ? [{ to: "/dev/mailbox", label: "Demo mailbox" }] : []),
  ];
  return {
    user: {
      displayName: user.displayName,
      role: ROLE_LABELS[user.role],
      firmName: user.firm.name,
      initials: initials(user.displayName),
    },
    nav,
  };
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => [...p][0]?.toUpperCase() ?? "")
    .join("");
}

function NavItems({ nav }: { nav: { to: string; label: string; badge?: number }[] }) {
  return (
    <ul className="space-y-1">
      {nav.map((item) => (
        <li key={item.to}>
          <NavLink
            to={item.to}
            className={({ isActive }) =>
              `block rounded-md px-3 py-2 text-sm font-medium ${isActive ? "bg-blue-50 text-blue-800" : "text-slate-700 hover:bg-slate-100"}`
            }
          >
            {item.label}
            {item.badge ? (
              <span className="ml-2 rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">
                {item.badge}
                <span className="sr-only"> unread</span>
              </span>
            ) : null}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

type LayoutData = Awaited<ReturnType<typeof loader>>;

export default function StaffLayout() {
  const { user, nav } = useLoaderData<typeof loader>();
  return (
    <StaffShell user={user} nav={nav}>
      <Outlet />
    </StaffShell>
  );
}

/**
 * An error in a staff page shows here, inside the layout, so the sidebar stays and the person can go on
 * elsewhere. When the layout's own loader failed there is no sidebar to draw: the root's page shows.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const layout = useRouteLoaderData<typeof loader>("routes/_staff");
  const { pathname } = useLocation();
  if (!layout) return <ErrorPage error={error} />;
  const { title, message } = describeError(error);
  return (
    <StaffShell user={layout.user} nav={layout.nav}>
      <div role="alert" className="mx-auto max-w-2xl py-10">
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        <p className="mt-3 text-slate-700">{message}</p>
        <p className="mt-2 text-sm text-slate-600">
          The page that failed: <code className="break-all">{pathname}</code>
        </p>
        <p className="mt-6">
          <Link to="/dashboard" className="font-medium text-blue-700 underline">
            Go to the dashboard
          </Link>
        </p>
        <DevErrorDetails error={error} />
      </div>
    </StaffShell>
  );
}

function StaffShell({ user, nav, children }: LayoutData & { children: ReactNode }) {
  const userMenu = (
    <div className="flex items-center gap-3">
      <span
        aria-hidden
        className="flex h-9 w-9 items-center justify-center rounded-full bg-blue-100 text-sm font-semibold text-blue-800"
      >
        {user.initials}
      </span>
      <div className="min-w-0 text-sm">
        <p className="truncate font-medium text-slate-900">{user.displayName}</p>
        <p className="truncate text-slate-600">{user.role}</p>
      </div>
    </div>
  );
  return (
    <div className="min-h-full lg:flex">
      <aside className="hidden w-60 shrink-0 flex-col border-r border-slate-200 bg-white lg:flex print:hidden">
        <div className="border-b border-slate-200 px-4 py-4">
          <p className="flex items-center gap-2 font-semibold text-blue-800">
            <img src="/favicon.svg" alt="" className="h-6 w-6" /> Casewatch
          </p>
          <p className="mt-1 truncate text-xs text-slate-600">{user.firmName}</p>
        </div>
        <nav aria-label="Main" className="flex-1 px-3 py-4">
          <NavItems nav={nav} />
        </nav>
        <div className="space-y-3 border-t border-slate-200 px-4 py-4">
          {userMenu}
          <Form method="post" action="/logout">
            <button type="submit" className="text-sm font-medium text-blue-700 underline">
              Sign out
            </button>
          </Form>
        </div>
      </aside>
      <header className="border-b border-slate-200 bg-white lg:hidden print:hidden">
        <details className="group">
          <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3">
            <span className="flex items-center gap-2 font-semibold text-blue-800">
              <img src="/favicon.svg" alt="" className="h-6 w-6" /> Casewatch
            </span>
            <span className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300">
              Menu
            </span>
          </summary>
          <nav aria-label="Main" className="space-y-4 border-t border-slate-200 px-4 py-3">
            <NavItems nav={nav} />
            {userMenu}
            <Form method="post" action="/logout">
              <button type="submit" className="text-sm font-medium text-blue-700 underline">
                Sign out
              </button>
            </Form>
          </nav>
        </details>
      </header>
      <main className="min-w-0 flex-1 px-4 py-6 sm:px-8">{children}</main>
    </div>
  );
}
