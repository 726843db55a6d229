import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
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
import { ErrorPage } from "./components/error-page";
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
  const signIn = useRouteLoaderData<PortalLang>("routes/login");
  const forgot = useRouteLoaderData<PortalLang>("routes/forgot-password");
  const reset = useRouteLoaderData<PortalLang>("routes/reset-password.$token");
  const portal = me ?? invite ?? signIn ?? forgot ?? reset;
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
