// The one list of US time zones Casewatch offers (check-in offices, hearings, a firm's calendar). Each is
// an IANA name; Detroit is listed beside New York because Michigan's zone has its own history in the
// database (same clock today, different past), and the Detroit immigration court sits there.
export const US_TIME_ZONES = [
  "America/New_York",
  "America/Detroit",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Puerto_Rico",
  "Pacific/Guam",
] as const;
export type UsTimeZone = (typeof US_TIME_ZONES)[number];

/**
 * The zones a firm can keep its calendar in: the US zones plus Saipan (the Northern Mariana Islands'
 * immigration court sits in Saipan; its clock is Guam's, its zone a separate name).
 */
export const FIRM_TIME_ZONES = [...US_TIME_ZONES, "Pacific/Saipan"] as const;
export type FirmTimeZone = (typeof FIRM_TIME_ZONES)[number];

export const TIME_ZONE_LABELS: Record<FirmTimeZone, string> = {
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
