import { dateTimeFormat } from "./intl";
import { INTL_LOCALE, isPortalLanguage, PORTAL_LANGUAGES, type PortalLanguage } from "./languages";
import { foldToGsm7 } from "./sms-segments";
import { formatInstantFor, isolateLtr, localiseParts, timeZoneWords, translate } from "./translations";
// Reminder texts in the client's language, from the portal's catalogs (app/locales, keys reminder.* and
// sms.*). Subjects are neutral ("Appointment reminder"): a phone's lock screen or a shared inbox must
// not say "ICE". Languages not translated fall back to English.
export const REMINDER_LANGUAGES = PORTAL_LANGUAGES;
export type ReminderLanguage = PortalLanguage;

export function reminderLanguage(preferred: string): ReminderLanguage {
  return isPortalLanguage(preferred) ? preferred : "en";
}

const LOCALES: Record<ReminderLanguage, string> = INTL_LOCALE;

/** The appointment's date, time and the office's zone in words ("… (hora del Este)"). */
export function formatAppointment(startsAt: string, timeZone: string, lang: ReminderLanguage): string {
  return formatInstantFor(lang, startsAt, timeZone);
}

export type ReminderFacts = {
  startsAt: string;
  timeZone: string;
  place: string | null;
  bring: string | null;
  firmName: string;
  firmPhone: string | null;
  daysBefore: number;
};

/** The days before, in words: "today", "tomorrow", "in 7 days" (each language's plural forms). */
function appointmentLine(lang: ReminderLanguage, daysBefore: number): string {
  if (daysBefore === 0) return translate(lang, "reminder.today");
  if (daysBefore === 1) return translate(lang, "reminder.tomorrow");
  return translate(lang, "reminder.inDays", { count: daysBefore });
}

export function clientReminder(lang: ReminderLanguage, f: ReminderFacts): { subject: string; body: string } {
  const t = (key: string, vars: Record<string, string | number> = {}) => translate(lang, key, vars);
  const phone = f.firmPhone ? isolateLtr(lang, f.firmPhone) : null;
  const body = [
    t("reminder.from", { firmName: f.firmName }),
    appointmentLine(lang, f.daysBefore),
    formatAppointment(f.startsAt, f.timeZone, lang),
    f.place ? t("reminder.place", { place: f.place }) : t("reminder.byPhone"),
    f.bring ? t("reminder.bring", { bring: f.bring }) : null,
    phone ? t("reminder.call", { phone }) : t("reminder.callNoPhone"),
  ];
  return {
    subject: t("reminder.subject"),
    body: body.filter((l) => l !== null && l !== "").join("\n"),
  };
}

export function staffReminder(
  clientName: string,
  f: ReminderFacts & { lawyerAccompanies: boolean },
): { subject: string; body: string } {
  return {
    subject: `Check-in in ${f.daysBefore === 1 ? "1 day" : `${f.daysBefore} days`}: ${clientName}`,
    body: [
      `${clientName} reports ${formatAppointment(f.startsAt, f.timeZone, "en")}.`,
      f.place ? `Place: ${f.place}` : "Phone or app check-in.",
      f.lawyerAccompanies ? "A lawyer is to go along." : "",
      "Confirm with the client, and check they came home afterwards.",
    ]
      .filter(Boolean)
      .join("\n"),
  };
}

/** Days before a check-in that reminders go out (REMINDER_OFFSETS_DAYS, default "7,1"). */
export function parseOffsets(raw: string | undefined): number[] {
  const days = (raw ?? "7,1")
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n >= 0 && n <= 60);
  return [...new Set(days)].sort((a, b) => b - a);
}

// ---- Text messages (issue 19) ----
// A text is read on a lock screen, often by someone else: short, no "ICE", no A-number, no office
// name (the shipped field offices are named "ICE ERO …"), only the street address; and it says how
// to answer. Dates name the zone in words ("Eastern Standard Time"), not "EST" or "GMT-5".

export function formatSmsAppointment(startsAt: string, timeZone: string, lang: ReminderLanguage): string {
  const at = new Date(startsAt);
  const parts = dateTimeFormat(LOCALES[lang], {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).formatToParts(at);
  // The zone in the same words as the page and the email ("hora del Este", "восточное время США"):
  // Intl's own long names read "Восточная Америка, стандартное время" in Russian and French in Creole.
  const when = localiseParts(lang, parts, at, timeZone)
    .map((p) => p.value)
    .join("");
  return `${when} ${timeZoneWords(lang, timeZone, at)}`;
}

/** Words that must never reach a phone: the agency's name and anything shaped like an A-number. */
export function scrubForSms(text: string): string {
  return text
    .replace(/\b(?:U\.?S\.?\s+)?Immigration and Customs Enforcement\b/gi, "")
    .replace(/\b(?:ICE|ERO|ISAP)\b/g, "")
    .replace(/\bA[\s-]?\d{3}[\s-]?\d{3}[\s-]?\d{3}\b|\bA?\d{8,9}\b/gi, "")
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.])/g, "$1")
    .replace(/^[\s,]+|[\s,]+$/g, "");
}

export type SmsFacts = {
  startsAt: string;
  timeZone: string;
  /** The office's street address (not its name). */
  address: string | null;
  firmName: string;
  firmPhone: string | null;
  daysBefore: number;
};

function smsDay(lang: ReminderLanguage, daysBefore: number): string {
  if (daysBefore === 0) return translate(lang, "sms.day.today");
  if (daysBefore === 1) return translate(lang, "sms.day.tomorrow");
  return translate(lang, "sms.day.inDays", { count: daysBefore });
}

function smsText(lang: ReminderLanguage, f: SmsFacts, when: string, where: string | null): string {
  const vars = { firmName: f.firmName, day: smsDay(lang, f.daysBefore), when };
  return (
    (where
      ? translate(lang, "sms.reminder.at", { ...vars, where })
      : translate(lang, "sms.reminder.remote", vars)) +
    (f.firmPhone ? translate(lang, "sms.reminder.call", { phone: isolateLtr(lang, f.firmPhone) }) : "") +
    translate(lang, "sms.reminder.stop")
  );
}

/** The reminder as a text message, in the client's language. */
export function smsReminder(lang: ReminderLanguage, f: SmsFacts): string {
  const where = f.address ? scrubForSms(f.address) || null : null;
  // Accents GSM-7 lacks are folded when that keeps the text in GSM-7 (fewer segments); Chinese stays.
  return foldToGsm7(smsText(lang, f, formatSmsAppointment(f.startsAt, f.timeZone, lang), where));
}

export type SmsReplyKind = "stop" | "start" | "help" | "confirmed" | "nothing_to_confirm";

/** The answer to a keyword, in the client's language. */
export function smsReply(
  lang: ReminderLanguage,
  kind: SmsReplyKind,
  firmName: string,
  firmPhone: string | null,
): string {
  const call =
    firmPhone && (kind === "help" || kind === "nothing_to_confirm")
      ? translate(lang, "sms.reply.call", { phone: isolateLtr(lang, firmPhone) })
      : "";
  return foldToGsm7(translate(lang, `sms.reply.${kind}`, { firmName }) + call);
}
