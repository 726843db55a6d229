import { formatDate } from "~/domain/dates";
import { RISK_LABELS, type RiskTier } from "~/domain/risk";

// Colour carries meaning only, and never alone: each badge says its tier in words.
const RISK_STYLES: Record<RiskTier, string> = {
  critical: "bg-red-50 text-red-800 ring-red-600/40",
  high: "bg-orange-50 text-orange-800 ring-orange-600/40",
  elevated: "bg-amber-50 text-amber-900 ring-amber-600/40",
  low: "bg-blue-50 text-blue-800 ring-blue-600/30",
  none: "bg-slate-100 text-slate-700 ring-slate-300",
};
const RISK_ICONS: Record<RiskTier, string> = {
  critical: "▲▲",
  high: "▲",
  elevated: "◆",
  low: "●",
  none: "○",
};

export function RiskBadge({ tier }: { tier: string }) {
  const t = (tier in RISK_STYLES ? tier : "none") as RiskTier;
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-md px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${RISK_STYLES[t]}`}
    >
      <span aria-hidden>{RISK_ICONS[t]}</span>
      {RISK_LABELS[t]}
    </span>
  );
}

export function StatusBadge({ label, phase }: { label: string; phase: string }) {
  const tone =
    phase === "final_order" || phase === "ij_order"
      ? "bg-red-50 text-red-900 ring-red-200"
      : phase === "closed_favourable" || phase === "terminated"
        ? "bg-green-50 text-green-900 ring-green-200"
        : phase === "removed"
          ? "bg-slate-100 text-slate-700 ring-slate-300"
          : "bg-slate-50 text-slate-800 ring-slate-200";
  return (
    <span className={`inline-flex rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>
      {label}
    </span>
  );
}

/** "Tue 14 Jan 2025", with the ISO date on hover and for machines. */
export function DateText({ date }: { date: string | null | undefined }) {
  if (!date) return <span className="text-slate-500">—</span>;
  return (
    <time dateTime={date} title={date}>
      {formatDate(date)}
    </time>
  );
}
