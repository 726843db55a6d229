import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { ToastMessage } from "./components/toast";
import { getOptionalUser } from "./utils/auth.server";
import { env } from "./utils/env.server";
import { useNonce } from "./utils/nonce";
import { readToast } from "./utils/toast.server";
import stylesheet from "./tailwind.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await getOptionalUser(args);
  const { toast, clear } = readToast(args.request);
  return data(
    {
      user: user
        ? { id: user.id, displayName: user.displayName, role: user.role, firmName: user.firm.name }
        : null,
      toast,
      demo: env.demo,
    },
    clear ? { headers: { "Set-Cookie": clear } } : undefined,
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const rootData = useRouteLoaderData<typeof loader>("root");
  // The client's pages are in the client's language; say so to browsers and screen readers.
  type PortalLang = { htmlLang?: string; dir?: "ltr" | "rtl" };
  const me = useRouteLoaderData<PortalLang>("routes/me");
  const invite = useRouteLoaderData<PortalLang>("routes/portal.$token");
  const portal = me ?? invite;
  return (
    <html lang={portal?.htmlLang ?? "en"} dir={portal?.dir ?? "ltr"} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="h-full">
        {rootData?.demo ? (
          <div
            lang="en"
            dir="ltr"
            className="bg-amber-100 px-4 py-1 text-center text-xs font-medium text-amber-950"
          >
            Demo mode: the people and cases here are invented. Mail goes to the demo mailbox.
          </div>
        ) : null}
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { toast } = useLoaderData<typeof loader>();
  return (
    <>
      <Outlet />
      {toast ? <ToastMessage toast={toast} /> : null}
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  return <ErrorPage error={error} />;
}

export function ErrorPage({ error }: { error: unknown }) {
  let title = "Something went wrong";
  let message =
    "Casewatch could not show this page. Nothing you typed was saved if you saw this after submitting a form. Try again in a moment; if it keeps happening, tell your firm's admin.";
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = "Page not found";
      message =
        "There is nothing at this address, or it is not part of your firm's records. Check the link, or go back.";
    } else if (error.status === 403) {
      title = "You do not have access";
      message = "Your account is not allowed to open this page. If you need it, ask your firm's admin.";
    } else if (error.status === 400) {
      title = "This request could not be understood";
      message =
        typeof error.data === "string" && error.data.length < 300
          ? error.data
          : "Go back, reload the page and try again.";
    } else if (error.status === 503) {
      title = "Not saved — try again";
      message =
        typeof error.data === "string"
          ? error.data
          : "The database was busy. Nothing was saved. Try again in a moment.";
    }
  }
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-700">{message}</p>
      <p className="mt-6">
        <a href="/" className="font-medium text-blue-700 underline">
          Go to the start page
        </a>
      </p>
    </main>
  );
}
