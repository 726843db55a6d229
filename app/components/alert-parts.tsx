import { countryRoles, type ArticleLanguage } from "~/domain/alert-facts";
import { countryName } from "~/domain/countries";
import { REPORT_KIND_LABELS, type ReportKind } from "~/domain/flight-extraction";

export function KindBadge({ kind }: { kind: string }) {
  const tone =
    kind === "flight"
      ? "bg-red-50 text-red-900 ring-red-200"
      : kind === "planned_flight"
        ? "bg-orange-50 text-orange-900 ring-orange-200"
        : "bg-slate-50 text-slate-800 ring-slate-200";
  return (
    <span
      className={`inline-flex rounded-md px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tone}`}
    >
      {REPORT_KIND_LABELS[kind as ReportKind] ?? kind}
    </span>
  );
}

/** The alert's countries; for a third-country removal, where it landed and who was on board, in words. */
export function Countries({ codes, onBoard = [] }: { codes: string[]; onBoard?: string[] }) {
  if (!codes.length) return <>No country</>;
  const roles = countryRoles({ countries: codes, onBoard });
  if (!roles.onBoard.length) return <>{codes.map(countryName).join(", ")}</>;
  return (
    <>
      {roles.landing.length
        ? `Landing country: ${roles.landing.map(countryName).join(", ")}`
        : "Landing country not stated"}{" "}
      · On board: {roles.onBoard.map(countryName).join(", ")}
    </>
  );
}

/** The article's language, in English (the staff UI's language); amber when Casewatch did not read it. */
export function LanguageTag({ language }: { language: ArticleLanguage }) {
  const tone = language.read
    ? "bg-slate-50 text-slate-700 ring-slate-300"
    : "bg-amber-50 text-amber-900 ring-amber-600/30";
  return (
    <span
      className={`inline-flex rounded-md px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tone}`}
    >
      {language.read ? language.name : `${language.name} · not read`}
    </span>
  );
}

export function peopleText(
  a: { peopleCount: number | null; peopleMin: number | null; peopleMax: number | null },
  hedged = false,
): string | null {
  if (a.peopleCount != null)
    return hedged ? `about ${a.peopleCount} people (not exact)` : `${a.peopleCount} people`;
  if (a.peopleMin != null && a.peopleMax != null) return `${a.peopleMin}–${a.peopleMax} people (approximate)`;
  return null;
}

/** "2024-06" reads as "June 2024"; a day reads as itself. */
export function eventDateText(d: string | null): string {
  if (!d) return "Date not stated";
  if (/^\d{4}-\d{2}$/.test(d))
    return new Date(`${d}-01T12:00:00Z`).toLocaleDateString("en-US", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
  return d;
}
