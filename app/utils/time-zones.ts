import { ZONES } from "./checkin-schemas";

/**
 * The zones a firm can keep its calendar in: the check-in offices' US zones plus Saipan (the Northern
 * Mariana Islands' immigration court sits in Saipan; its clock is Guam's, its zone a separate name).
 */
export const FIRM_TIME_ZONES = [...ZONES, "Pacific/Saipan"] as const;
export type FirmTimeZone = (typeof FIRM_TIME_ZONES)[number];

export const FIRM_TIME_ZONE_LABELS: Record<FirmTimeZone, string> = {
  "America/New_York": "Eastern (New York)",
  "America/Detroit": "Eastern (Detroit)",
  "America/Chicago": "Central (Chicago)",
  "America/Denver": "Mountain (Denver)",
  "America/Phoenix": "Mountain, no daylight saving (Phoenix)",
  "America/Los_Angeles": "Pacific (Los Angeles)",
  "America/Anchorage": "Alaska (Anchorage)",
  "Pacific/Honolulu": "Hawaii (Honolulu)",
  "America/Puerto_Rico": "Atlantic (Puerto Rico)",
  "Pacific/Guam": "Chamorro (Guam)",
  "Pacific/Saipan": "Chamorro (Saipan, Northern Mariana Islands)",
};

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
