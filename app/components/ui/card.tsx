import type { ReactNode } from "react";

export function Card({
  title,
  children,
  actions,
  className = "",
}: {
  title?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  return (
    <section className={`rounded-lg border border-slate-200 bg-white shadow-sm ${className}`}>
      {title || actions ? (
        <header className="flex items-center justify-between gap-4 border-b border-slate-200 px-4 py-3">
          {title ? <h2 className="text-base font-semibold text-slate-900">{title}</h2> : <span />}
          {actions}
        </header>
      ) : null}
      <div className="p-4">{children}</div>
    </section>
  );
}

export function PageHeader({
  title,
  titleLang,
  summary,
  actions,
}: {
  title: string;
  titleLang?: string;
  summary?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900" lang={titleLang}>
          {title}
        </h1>
        {summary ? <p className="mt-1 text-sm text-slate-600">{summary}</p> : null}
      </div>
      {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
      {children}
    </p>
  );
}

export function Badge({
  children,
  tone = "grey",
}: {
  children: ReactNode;
  tone?: "grey" | "green" | "red" | "amber" | "blue";
}) {
  const tones = {
    grey: "bg-slate-100 text-slate-800 ring-slate-300",
    green: "bg-green-50 text-green-800 ring-green-600/30",
    red: "bg-red-50 text-red-800 ring-red-600/30",
    amber: "bg-amber-50 text-amber-900 ring-amber-600/30",
    blue: "bg-blue-50 text-blue-800 ring-blue-600/30",
  };
  return (
    <span
      className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

/** A page's address asked for something it cannot show: what was dropped, and what is shown instead. */
export function AddressProblems({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <div
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      {problems.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </div>
  );
}
