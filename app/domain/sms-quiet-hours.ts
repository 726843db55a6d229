import { utcToZoned, zonedToUtc } from "./zoned-time";
import type { IsoDate } from "./dates";

// No text between 21:00 and 08:00 in the client's zone: a phone that buzzes at night in a shared room
// can be read by others, and it frightens. The one exception is an early check-in that same morning,
// when a reminder at 06:30 is worth more than the sleep.
export const QUIET_FROM = "21:00";
export const QUIET_UNTIL = "08:00";
/** The earliest a text goes on the morning of an early check-in. */
export const EARLY_MORNING = "06:00";

function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10) as IsoDate;
}

export function isQuietTime(at: Date, timeZone: string): boolean {
  const { time } = utcToZoned(at, timeZone);
  return time >= QUIET_FROM || time < QUIET_UNTIL;
}

/**
 * When a text due at `due` may go: `due` itself outside quiet hours, else 08:00 next in the client's
 * zone. The exception: a check-in that same morning so early that 08:00 would leave less than two
 * hours; then the text goes from 06:00 (or at `due`, if that is later).
 */
export function smsSendTime(due: Date, timeZone: string, checkInStartsAt: Date | null): Date {
  if (!isQuietTime(due, timeZone)) return due;
  const local = utcToZoned(due, timeZone);
  const morningDate = local.time >= QUIET_FROM ? nextDay(local.date) : local.date;
  const morning = zonedToUtc(morningDate, QUIET_UNTIL, timeZone);
  if (
    checkInStartsAt &&
    utcToZoned(checkInStartsAt, timeZone).date === morningDate &&
    checkInStartsAt.getTime() < morning.getTime() + 2 * 3600_000
  ) {
    const early = zonedToUtc(morningDate, EARLY_MORNING, timeZone);
    return due.getTime() > early.getTime() ? due : early;
  }
  return morning;
}
