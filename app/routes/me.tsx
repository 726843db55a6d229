import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, Outlet, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { LanguagePicker, Ltr, PortalI18nProvider, useT } from "~/components/portal";
import { portalLayoutData } from "~/models/portal.server";
import { requireClientSelf } from "~/utils/auth.server";
import { CATALOGS, HTML_LANG, LANGUAGE_NAMES, PORTAL_LANGUAGES, textDirection } from "~/utils/i18n";
import { detectPortalLanguage } from "~/utils/i18n.server";
import { invariantResponse } from "~/utils/http.server";

// The client's own pages (/me and below): one column, large type, their language, their lawyer's
// number on every page. Only fields a client may see are loaded.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requireClientSelf(args);
  const client = portalLayoutData(user.firmId, user.clientId);
  invariantResponse(client, "Not found", { status: 404 });
  const { lang, setCookie } = await detectPortalLanguage(args.request, client.preferredLanguage);
  return data(
    {
      lang,
      htmlLang: HTML_LANG[lang],
      dir: textDirection(lang),
      // Only this language's words go to the browser.
      dict: CATALOGS[lang],
      languages: PORTAL_LANGUAGES.map((l) => ({ code: l, name: LANGUAGE_NAMES[l] })),
      firm: { name: user.firm.name, phone: user.firm.phone, email: user.firm.email },
      lawyerName: client.lawyerName,
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

function telHref(phone: string) {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

export default function PortalLayout() {
  const d = useLoaderData<typeof loader>();
  return (
    <PortalI18nProvider lang={d.lang} dict={d.dict}>
      <PortalPage d={d} />
    </PortalI18nProvider>
  );
}

function PortalPage({ d }: { d: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const t = useT();
  return (
    <div lang={d.htmlLang} dir={d.dir} className="mx-auto min-h-full max-w-lg px-4 pt-4 pb-16 text-lg">
      <header className="space-y-3">
        <Link to="/me" className="block font-semibold text-blue-800">
          {d.firm.name}
        </Link>
        <LanguagePicker lang={d.lang} languages={d.languages} />
      </header>
      <main className="mt-6 space-y-5">
        <Outlet />
      </main>
      <footer className="mt-8 space-y-3 rounded-xl border border-slate-200 bg-white p-5">
        <div className="flex items-center gap-3">
          <span
            aria-hidden
            className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-blue-100 text-lg font-semibold text-blue-800"
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
            href={telHref(d.firm.phone)}
            className="flex min-h-12 flex-wrap items-center justify-center gap-x-2 rounded-lg bg-blue-700 px-4 text-center text-lg font-semibold text-white"
          >
            <span>{t("portal.callFirm")}:</span>
            <Ltr>{d.firm.phone}</Ltr>
          </a>
        ) : null}
        {d.firm.email ? (
          <a
            href={`mailto:${d.firm.email}`}
            className="flex min-h-12 flex-wrap items-center justify-center gap-x-2 rounded-lg px-4 text-blue-800 underline"
          >
            <span>{t("portal.writeFirm")}:</span>
            <Ltr className="break-all">{d.firm.email}</Ltr>
          </a>
        ) : null}
        <Form method="post" action="/logout" className="text-center">
          <button type="submit" className="min-h-11 px-3 text-base text-blue-800 underline">
            {t("portal.signOut")}
          </button>
        </Form>
      </footer>
    </div>
  );
}

// Whatever fails below /me, the client reads in their own language that nothing is lost and whom to
// call. The layout's data is there unless the layout's own loader failed; then English, and the office.
export function ErrorBoundary() {
  const d = useRouteLoaderData<typeof loader>("routes/me");
  const lang = d?.lang ?? "en";
  const dict = d?.dict ?? CATALOGS.en;
  return (
    <PortalI18nProvider lang={lang} dict={dict}>
      <PortalError htmlLang={d?.htmlLang ?? "en"} dir={d?.dir ?? "ltr"} phone={d?.firm.phone ?? null} />
    </PortalI18nProvider>
  );
}

function PortalError({ htmlLang, dir, phone }: { htmlLang: string; dir: string; phone: string | null }) {
  const t = useT();
  const [before, after = ""] = t("portal.errorCall", { phone: "\u0000" }).split("\u0000");
  return (
    <main lang={htmlLang} dir={dir} className="mx-auto max-w-lg space-y-4 px-4 py-12 text-lg">
      <h1 className="text-2xl font-semibold text-slate-900">{t("portal.errorTitle")}</h1>
      <p>{t("portal.errorSafe")}</p>
      {phone ? (
        <p>
          {before}
          <a href={telHref(phone)} className="font-semibold text-blue-800 underline">
            <Ltr>{phone}</Ltr>
          </a>
          {after}
        </p>
      ) : (
        <p>{t("portal.errorCallOffice")}</p>
      )}
      <p>
        <a href="/me" className="inline-flex min-h-11 items-center text-blue-800 underline">
          {t("portal.errorRetry")}
        </a>
      </p>
    </main>
  );
}
