import { Link, useLocation } from "@remix-run/react";
import i18next, { type i18n as I18n } from "i18next";
import { useMemo, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { I18N_OPTIONS } from "~/domain/i18n-options";

// The client's pages get one language's catalog from the /me loader (not all thirteen in the bundle) and
// an i18next instance made from it, the same on the server render and in the browser.
function createPortalI18n(lang: string, dict: Record<string, string>): I18n {
  const instance = i18next.createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: lang, resources: { [lang]: { translation: dict } } });
  return instance;
}

export function PortalI18nProvider({
  lang,
  dict,
  children,
}: {
  lang: string;
  dict: Record<string, string>;
  children: ReactNode;
}) {
  const i18n = useMemo(() => createPortalI18n(lang, dict), [lang, dict]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** t(key, vars): `count` among vars picks the plural form. */
export function useT() {
  const { t } = useTranslation();
  return (key: string, vars: Record<string, string | number> = {}) => t(key, vars) as string;
}

/**
 * A phone number, A-number or other string of Latin digits, kept left to right inside right-to-left
 * text (a bare "+1 (212) 555-0142" in Arabic would come out with its groups reordered).
 */
export function Ltr({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}

/** A date or other value that takes its direction from its own first letter (a date in Arabic words). */
export function Isolated({ children, className }: { children: ReactNode; className?: string }) {
  return <bdi className={className}>{children}</bdi>;
}

/** A big, plain card: one thing per card, large type, generous spacing. */
export function PortalCard({
  title,
  children,
  tone = "plain",
  id,
}: {
  title: string;
  children: ReactNode;
  tone?: "plain" | "urgent" | "calm";
  id?: string;
}) {
  const tones = {
    plain: "border-slate-200 bg-white",
    urgent: "border-blue-300 bg-blue-50",
    calm: "border-slate-200 bg-slate-50",
  };
  return (
    <section aria-labelledby={id} className={`rounded-xl border p-5 ${tones[tone]}`}>
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-3 space-y-3 text-lg leading-relaxed text-slate-800">{children}</div>
    </section>
  );
}

export function BackToCase() {
  const t = useT();
  return (
    <p>
      <Link to="/me" className="inline-flex min-h-11 items-center gap-1 text-blue-800 underline">
        {/* An arrow that points back in the reading direction: right in Arabic. */}
        <span aria-hidden className="inline-block rtl:-scale-x-100">
          ←
        </span>
        {t("portal.back")}
      </Link>
    </p>
  );
}

/** The language switcher of the client's pages (and the sign-in page): links, so it works without JavaScript. */
export function LanguagePicker({
  lang,
  languages,
}: {
  lang: string;
  languages: { code: string; name: string }[];
}) {
  const t = useT();
  const location = useLocation();
  const current = languages.find((l) => l.code === lang)?.name ?? lang;
  // A disclosure, so thirteen languages do not push the appointment off a phone's first screen; it opens
  // without JavaScript. "Language" is also written in English for someone who cannot read the current one.
  return (
    <details className="group w-full">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-base text-blue-800">
        {/* A drawn globe: an emoji would need an emoji font that cheap phones and Debian lack. */}
        <svg
          aria-hidden
          viewBox="0 0 24 24"
          className="h-5 w-5 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
        </svg>
        <span>
          {t("portal.language")}
          {lang !== "en" ? <span lang="en"> · Language</span> : null}:{" "}
          <span className="font-semibold">{current}</span>
        </span>
        <span aria-hidden className="ms-auto transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <nav aria-label={t("portal.language")} className="mt-2">
        <ul className="grid grid-cols-2 gap-1">
          {languages.map((l) => (
            <li key={l.code}>
              <Link
                to={`${location.pathname}?lng=${l.code}`}
                hrefLang={l.code}
                lang={l.code}
                dir="auto"
                aria-current={l.code === lang ? "true" : undefined}
                className={`flex min-h-11 items-center rounded-md px-3 text-base ${l.code === lang ? "bg-blue-700 font-semibold text-white" : "text-blue-800 underline"}`}
              >
                {l.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
