import { addDays, dayOfWeek, makeDate, yearOf, type IsoDate } from "./dates";

// US federal holidays by rule (5 U.S.C. 6103), not a list of years: any year works.
// A holiday on a Saturday is observed the Friday before, on a Sunday the Monday after
// (5 U.S.C. 6103(b); Executive Order 11582).
export type Holiday = { date: IsoDate; name: string; observedFor?: IsoDate };

function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = makeDate(year, month, 1);
  const offset = (weekday - dayOfWeek(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

function lastWeekday(year: number, month: number, weekday: number): IsoDate {
  const nextFirst = makeDate(year, month + 1, 1);
  const last = addDays(nextFirst, -1);
  const back = (dayOfWeek(last) - weekday + 7) % 7;
  return addDays(last, -back);
}

function observed(date: IsoDate, name: string): Holiday {
  const d = dayOfWeek(date);
  if (d === 6) return { date: addDays(date, -1), name: `${name} (observed)`, observedFor: date };
  if (d === 0) return { date: addDays(date, 1), name: `${name} (observed)`, observedFor: date };
  return { date, name };
}

export function federalHolidays(year: number): Holiday[] {
  const list: Holiday[] = [
    observed(makeDate(year, 1, 1), "New Year's Day"),
    { date: nthWeekday(year, 1, 1, 3), name: "Birthday of Martin Luther King, Jr." },
    { date: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
    { date: lastWeekday(year, 5, 1), name: "Memorial Day" },
    ...(year >= 2021 ? [observed(makeDate(year, 6, 19), "Juneteenth National Independence Day")] : []),
    observed(makeDate(year, 7, 4), "Independence Day"),
    { date: nthWeekday(year, 9, 1, 1), name: "Labor Day" },
    { date: nthWeekday(year, 10, 1, 2), name: "Columbus Day" },
    observed(makeDate(year, 11, 11), "Veterans Day"),
    { date: nthWeekday(year, 11, 4, 4), name: "Thanksgiving Day" },
    observed(makeDate(year, 12, 25), "Christmas Day"),
  ];
  // New Year's Day of the next year can be observed on 31 December of this one.
  const nextNewYear = observed(makeDate(year + 1, 1, 1), "New Year's Day");
  if (yearOf(nextNewYear.date) === year) list.push(nextNewYear);
  return list.filter((h) => yearOf(h.date) === year).sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<number, Map<IsoDate, string>>();
export function federalHolidayOn(date: IsoDate): string | null {
  const year = yearOf(date);
  let byDate = cache.get(year);
  if (!byDate) {
    byDate = new Map(federalHolidays(year).map((h) => [h.date, h.name]));
    cache.set(year, byDate);
  }
  return byDate.get(date) ?? null;
}

export type Closure = { date: IsoDate; reason: string };

/** Why a day is not a business day (weekend, federal holiday, or a closure the firm entered), or null. */
export function nonBusinessReason(date: IsoDate, closures: readonly Closure[] = []): string | null {
  const d = dayOfWeek(date);
  if (d === 6) return "Saturday";
  if (d === 0) return "Sunday";
  const holiday = federalHolidayOn(date);
  if (holiday) return `federal holiday (${holiday})`;
  const closure = closures.find((c) => c.date === date);
  if (closure) return `closure entered by the firm (${closure.reason})`;
  return null;
}

export function isBusinessDay(date: IsoDate, closures: readonly Closure[] = []): boolean {
  return nonBusinessReason(date, closures) === null;
}

/** The date itself if it is a business day, else the next one, with the reasons days were skipped. */
export function rollToBusinessDay(
  date: IsoDate,
  closures: readonly Closure[] = [],
): { date: IsoDate; skipped: { date: IsoDate; reason: string }[] } {
  const skipped: { date: IsoDate; reason: string }[] = [];
  let d = date;
  for (let i = 0; i < 30; i++) {
    const reason = nonBusinessReason(d, closures);
    if (!reason) break;
    skipped.push({ date: d, reason });
    d = addDays(d, 1);
  }
  return { date: d, skipped };
}

/** The date n business days after start (start itself not counted). */
export function addBusinessDays(start: IsoDate, n: number, closures: readonly Closure[] = []): IsoDate {
  let d = start;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isBusinessDay(d, closures)) left--;
  }
  return d;
}
