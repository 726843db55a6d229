import { isCountryCode } from "~/domain/countries";
import { RISK_TIERS } from "~/domain/risk";
import { PHASE_LABELS } from "~/domain/removal-status";
import { DOC_STATES } from "~/domain/travel-documents";
import { SORTS, type ClientFilters, type ClientSort } from "~/utils/client-list";

/** Reads list filters from a URL, dropping anything that is not one of the known values. */
export function clientFiltersFromUrl(url: URL): { filters: ClientFilters; sort: ClientSort } {
  const p = url.searchParams;
  const pick = (name: string, allowed: readonly string[]) => {
    const v = p.get(name);
    return v && allowed.includes(v) ? v : null;
  };
  const within = Number(p.get("deadlineWithin"));
  const nationality = (p.get("nationality") ?? "").toUpperCase();
  const filters: ClientFilters = {
    q: p.get("q")?.slice(0, 100) || null,
    phase: pick("phase", Object.keys(PHASE_LABELS)),
    risk: pick("risk", RISK_TIERS),
    nationality: isCountryCode(nationality) || nationality === "XX" ? nationality : null,
    lawyer: p.get("lawyer")?.slice(0, 40) || null,
    paralegal: p.get("paralegal")?.slice(0, 40) || null,
    detained: p.get("detained") === "1",
    travelDoc: pick("travelDoc", DOC_STATES),
    deadlineWithin: Number.isInteger(within) && within > 0 && within <= 365 ? within : null,
  };
  const sort = (pick("sort", SORTS) ?? "name") as ClientSort;
  return { filters, sort };
}
