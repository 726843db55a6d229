import { dateTimeFormat } from "./intl";
// Reminder texts in the client's language. Subjects are neutral ("Appointment reminder"): a phone's
// lock screen or a shared inbox must not say "ICE". Languages not yet translated fall back to English.
export const REMINDER_LANGUAGES = ["en", "zh-Hans", "es"] as const;
export type ReminderLanguage = (typeof REMINDER_LANGUAGES)[number];

export function reminderLanguage(preferred: string): ReminderLanguage {
  return (REMINDER_LANGUAGES as readonly string[]).includes(preferred)
    ? (preferred as ReminderLanguage)
    : "en";
}

const LOCALES: Record<ReminderLanguage, string> = { en: "en-US", "zh-Hans": "zh-CN", es: "es-US" };

export function formatAppointment(startsAt: string, timeZone: string, lang: ReminderLanguage): string {
  return dateTimeFormat(LOCALES[lang], {
    timeZone,
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(startsAt));
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

type Text = { subject: string; body: (f: ReminderFacts, when: string) => string };

const TEXTS: Record<ReminderLanguage, Text> = {
  en: {
    subject: "Appointment reminder",
    body: (f, when) =>
      [
        `This is a reminder from ${f.firmName}.`,
        "",
        `You have a reporting appointment ${f.daysBefore === 1 ? "tomorrow" : `in ${f.daysBefore} days`}:`,
        when,
        f.place ? `Place: ${f.place}` : "By phone or app, as you were told.",
        f.bring ? `Bring: ${f.bring}` : "",
        "",
        "Missing it can have serious consequences. If you cannot go, or you are afraid to go, call your lawyer's office before the appointment" +
          (f.firmPhone ? `: ${f.firmPhone}.` : "."),
      ]
        .filter((l) => l !== "")
        .join("\n"),
  },
  "zh-Hans": {
    subject: "预约提醒",
    body: (f, when) =>
      [
        `这是${f.firmName}的提醒。`,
        "",
        `您${f.daysBefore === 1 ? "明天" : `${f.daysBefore}天后`}有一个报到预约：`,
        when,
        f.place ? `地点：${f.place}` : "按照通知，通过电话或应用程序报到。",
        f.bring ? `请携带：${f.bring}` : "",
        "",
        `错过预约可能带来严重后果。如果您不能去，或者害怕去，请在预约之前给律师事务所打电话${f.firmPhone ? `：${f.firmPhone}` : ""}。`,
      ]
        .filter((l) => l !== "")
        .join("\n"),
  },
  es: {
    subject: "Recordatorio de cita",
    body: (f, when) =>
      [
        `Este es un recordatorio de ${f.firmName}.`,
        "",
        `Usted tiene una cita de presentación ${f.daysBefore === 1 ? "mañana" : `en ${f.daysBefore} días`}:`,
        when,
        f.place ? `Lugar: ${f.place}` : "Por teléfono o por la aplicación, como le indicaron.",
        f.bring ? `Traiga: ${f.bring}` : "",
        "",
        `No asistir puede tener consecuencias graves. Si no puede ir, o tiene miedo de ir, llame a la oficina de su abogado antes de la cita${f.firmPhone ? `: ${f.firmPhone}` : ""}.`,
      ]
        .filter((l) => l !== "")
        .join("\n"),
  },
};

export function clientReminder(lang: ReminderLanguage, f: ReminderFacts): { subject: string; body: string } {
  const t = TEXTS[lang];
  return { subject: t.subject, body: t.body(f, formatAppointment(f.startsAt, f.timeZone, lang)) };
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
