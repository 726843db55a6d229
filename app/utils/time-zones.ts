import { FIRM_TIME_ZONES, TIME_ZONE_LABELS, type FirmTimeZone } from "~/domain/us-time-zones";

// The list itself is in app/domain/us-time-zones.ts (one list for offices, hearings and firms).
export { FIRM_TIME_ZONES, type FirmTimeZone };
export const FIRM_TIME_ZONE_LABELS = TIME_ZONE_LABELS;

/** Whether this JavaScript runtime knows the zone (an unknown one would throw when a date is formatted). */
export function isSupportedTimeZone(zone: string): boolean {
  if (typeof Intl.supportedValuesOf === "function" && Intl.supportedValuesOf("timeZone").includes(zone))
    return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
