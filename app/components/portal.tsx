import { Link } from "@remix-run/react";
import { createContext, useContext, type ReactNode } from "react";

// The portal's words, passed from the server in the chosen language.
type Dict = Record<string, string>;
const PortalI18n = createContext<{ lang: string; dict: Dict }>({ lang: "en", dict: {} });
export const PortalI18nProvider = PortalI18n.Provider;

export function useT() {
  const { dict } = useContext(PortalI18n);
  return (key: string, vars: Record<string, string> = {}) =>
    (dict[key] ?? key).replace(/\{(\w+)\}/g, (_m, v: string) => vars[v] ?? "");
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
      <Link to="/me" className="inline-flex min-h-11 items-center text-blue-800 underline">
        ← {t("portal.back")}
      </Link>
    </p>
  );
}
