import { addDays, daysInMonth, type IsoDate } from "./dates";
import { dateTimeFormat } from "./intl";

// Wall-clock times in an IANA zone, and the UTC instants they are. A check-in at 09:00 in New York is
// stored as the UTC instant plus the zone, and always shown in that zone with the zone named.
// Making an Intl.DateTimeFormat costs far more than using one: one per zone, kept.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const zonedFormats = new Map<string, Intl.DateTimeFormat>();
function cached(
  map: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  make: () => Intl.DateTimeFormat,
): Intl.DateTimeFormat {
  let f = map.get(timeZone);
  if (!f) map.set(timeZone, (f = make()));
  return f;
}

function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = cached(
    offsetFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      }),
  ).formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant of a local date and time in a zone. A time that does not exist (the hour skipped
 * when clocks spring forward) moves forward by the gap; an ambiguous one (the repeated hour in
 * autumn) takes the first, daylight-time, occurrence.
 */
export function zonedToUtc(date: IsoDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  // Try the offsets in force a day either side: one of them is right.
  const candidates = [
    offsetMinutes(naive - 86_400_000, timeZone),
    offsetMinutes(naive + 86_400_000, timeZone),
  ];
  const results: number[] = [];
  for (const off of candidates) {
    const utc = naive - off * 60_000;
    if (offsetMinutes(utc, timeZone) === off) results.push(utc);
  }
  if (results.length) return new Date(Math.min(...results));
  // In the gap: the offset before the change, which lands past it.
  return new Date(naive - candidates[0]! * 60_000);
}

// Results kept by minute and zone: a queue of hundreds of check-ins asks for the same few instants
// ("now" in each office's zone) once per row. Bounded; the values never change.
const zonedMemo = new Map<string, { date: IsoDate; time: string }>();

export function utcToZoned(instant: Date | string, timeZone: string): { date: IsoDate; time: string } {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  const key = `${Math.floor(d.getTime() / 60_000)}|${timeZone}`;
  const hit = zonedMemo.get(key);
  if (hit) return hit;
  const parts = cached(
    zonedFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat("en-CA", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
      }),
  ).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  const out = {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}`,
  };
  if (zonedMemo.size >= 20_000) zonedMemo.clear();
  zonedMemo.set(key, out);
  return out;
}

/** "EST" / "EDT" style abbreviation, or the zone's long name when the runtime has no short one. */
export function zoneAbbreviation(instant: Date | string, timeZone: string, locale = "en-US"): string {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  return (
    dateTimeFormat(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(d)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone
  );
}

/** "Tue 14 Jan 2025, 09:00 EST (America/New York)": always in the office's zone, with the zone named. */
export function formatInZone(instant: Date | string, timeZone: string): string {
  const { date, time } = utcToZoned(instant, timeZone);
  const d = new Date(`${date}T00:00:00Z`);
  const wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()];
  const mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
    d.getUTCMonth()
  ];
  return `${wd} ${d.getUTCDate()} ${mo} ${d.getUTCFullYear()}, ${time} ${zoneAbbreviation(instant, timeZone)} (${timeZone.replace(/_/g, " ")})`;
}

/** The same day of the month n months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsClamped(date: IsoDate, months: number, dayOfMonth: number): IsoDate {
  const [y, m] = date.split("-").map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const day = Math.min(dayOfMonth, daysInMonth(ny, nm));
  return `${ny}-${String(nm).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export type Recurrence = {
  every: number;
  unit: "weeks" | "months";
  until?: IsoDate | null;
  count?: number | null;
};

export const MAX_OCCURRENCES = 104;

/**
 * The occurrences of a series, each at the same local time in the zone (so 09:00 stays 09:00 across the
 * DST changes: the UTC instant moves, the wall clock does not).
 */
export function occurrences(
  startDate: IsoDate,
  time: string,
  timeZone: string,
  r: Recurrence,
): { date: IsoDate; time: string; utc: Date }[] {
  const out: { date: IsoDate; time: string; utc: Date }[] = [];
  const limit = Math.min(r.count ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  const dom = Number(startDate.slice(8, 10));
  for (let i = 0; out.length < limit; i++) {
    const date =
      r.unit === "weeks"
        ? addDays(startDate, i * 7 * r.every)
        : addMonthsClamped(startDate, i * r.every, dom);
    if (r.until && date > r.until) break;
    out.push({ date, time, utc: zonedToUtc(date, time, timeZone) });
    if (i > 1000) break;
  }
  return out;
}
