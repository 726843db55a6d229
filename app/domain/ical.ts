// iCalendar (RFC 5545) output for calendar subscriptions. Times are written in UTC ("Z"), which every
// calendar app converts to the reader's zone correctly; the office's own zone is named in the text.
export type CalendarEvent = {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  /** A date without a time (a hearing whose time is not known): written as an all-day event. */
  allDay?: string | null;
  summary: string;
  location?: string | null;
  description?: string | null;
  cancelled?: boolean;
  lastModified?: Date | null;
};

function utc(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** TEXT escaping (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, "utf8");
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function buildCalendar(name: string, events: readonly CalendarEvent[], now = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Casewatch//Check-ins and hearings//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
  ];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTAMP:${utc(now)}`,
      ...(e.allDay
        ? [
            `DTSTART;VALUE=DATE:${e.allDay.replace(/-/g, "")}`,
            `DTEND;VALUE=DATE:${utc(new Date(Date.parse(`${e.allDay}T00:00:00Z`) + 86_400_000)).slice(0, 8)}`,
          ]
        : [`DTSTART:${utc(e.start)}`, `DTEND:${utc(e.end)}`]),
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.lastModified ? [`LAST-MODIFIED:${utc(e.lastModified)}`] : []),
      `STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      "TRANSP:OPAQUE",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** "Wei Chen" → "W. C." — the feed carries initials unless the firm turns full names on. */
export function initials(given: string, family: string): string {
  const first = (s: string) => [...s.trim()][0]?.toUpperCase() ?? "";
  return `${first(given)}. ${first(family)}.`;
}
