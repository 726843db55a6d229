import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { eq } from "drizzle-orm";
import { getDb } from "#db/client";
import { clients, users } from "#db/schema";
import { PortalI18nProvider } from "~/components/portal";
import { requireClientSelf } from "~/utils/auth.server";
import { CATALOGS, HTML_LANG, LANGUAGE_NAMES, PORTAL_LANGUAGES } from "~/utils/i18n";
import { portalLanguage } from "~/utils/portal-lang.server";

// The client's own pages (/me and below): one column, large type, their language, their lawyer's
// number on every page. Only fields a client may see are loaded, one by one.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requireClientSelf(args);
  const client = getDb()
    .select({ preferredLanguage: clients.preferredLanguage, lawyerId: clients.lawyerId })
    .from(clients)
    .where(eq(clients.id, user.clientId))
    .get();
  if (!client) throw new Response("Not found", { status: 404 });
  const { lang, setCookie } = portalLanguage(args.request, client.preferredLanguage);
  const lawyer = client.lawyerId
    ? getDb().select({ name: users.displayName }).from(users).where(eq(users.id, client.lawyerId)).get()
    : undefined;
  return data(
    {
      lang,
      htmlLang: HTML_LANG[lang],
      dict: CATALOGS[lang],
      languages: PORTAL_LANGUAGES.map((l) => ({ code: l, name: LANGUAGE_NAMES[l] })),
      firm: { name: user.firm.name, phone: user.firm.phone, email: user.firm.email },
      lawyerName: lawyer?.name ?? null,
    },
    setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined,
  );
}

function initials(name: string) {
  return name
    .split(/\s+/)
    .map((p) => [...p][0] ?? "")
    .slice(0, 2)
    .join("")
    .toUpperCase();
}

export default function PortalLayout() {
  const d = useLoaderData<typeof loader>();
  const location = useLocation();
  const t = (k: string) => d.dict[k] ?? k;
  return (
    <PortalI18nProvider value={{ lang: d.lang, dict: d.dict }}>
      <div lang={d.htmlLang} className="mx-auto min-h-full max-w-lg px-4 pt-4 pb-16 text-lg">
        <header className="flex flex-wrap items-center justify-between gap-2">
          <Link to="/me" className="font-semibold text-blue-800">
            {d.firm.name}
          </Link>
          <nav aria-label={t("portal.language")} className="flex gap-1">
            {d.languages.map((l) => (
              <Link
                key={l.code}
                to={`${location.pathname}?lng=${l.code}`}
                hrefLang={l.code}
                lang={l.code}
                aria-current={l.code === d.lang ? "true" : undefined}
                className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 text-base ${l.code === d.lang ? "bg-blue-700 font-semibold text-white" : "text-blue-800 underline"}`}
              >
                {l.name}
              </Link>
            ))}
          </nav>
        </header>
        <main className="mt-6 space-y-5">
          <Outlet />
        </main>
        <footer className="mt-8 space-y-3 rounded-xl border border-slate-200 bg-white p-5">
          <div className="flex items-center gap-3">
            <span
              aria-hidden
              className="flex h-12 w-12 items-center justify-center rounded-full bg-blue-100 text-lg font-semibold text-blue-800"
            >
              {initials(d.lawyerName ?? d.firm.name)}
            </span>
            <div>
              <p className="text-sm text-slate-600">{t("portal.lawyer")}</p>
              <p className="font-semibold text-slate-900">{d.lawyerName ?? t("portal.noLawyer")}</p>
            </div>
          </div>
          {d.firm.phone ? (
            <a
              href={`tel:${d.firm.phone.replace(/[^\d+]/g, "")}`}
              className="flex min-h-12 items-center justify-center rounded-lg bg-blue-700 px-4 text-lg font-semibold text-white"
            >
              {t("portal.callFirm")}: {d.firm.phone}
            </a>
          ) : null}
          {d.firm.email ? (
            <a
              href={`mailto:${d.firm.email}`}
              className="flex min-h-12 items-center justify-center rounded-lg px-4 text-blue-800 underline"
            >
              {t("portal.writeFirm")}: {d.firm.email}
            </a>
          ) : null}
          <Form method="post" action="/logout" className="text-center">
            <button type="submit" className="min-h-11 px-3 text-base text-blue-800 underline">
              {t("portal.signOut")}
            </button>
          </Form>
        </footer>
      </div>
    </PortalI18nProvider>
  );
}
