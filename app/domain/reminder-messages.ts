import { dateTimeFormat } from "./intl";
import { foldToGsm7 } from "./sms-segments";
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

// ---- Text messages (issue 19) ----
// A text is read on a lock screen, often by someone else: short, no "ICE", no A-number, no office
// name (the shipped field offices are named "ICE ERO …"), only the street address; and it says how
// to answer. Dates name the zone in words ("Eastern Standard Time"), not "EST" or "GMT-5".

export function formatSmsAppointment(startsAt: string, timeZone: string, lang: ReminderLanguage): string {
  return dateTimeFormat(LOCALES[lang], {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "long",
  }).format(new Date(startsAt));
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

const SMS_TEXTS: Record<ReminderLanguage, (f: SmsFacts, when: string, where: string | null) => string> = {
  en: (f, when, where) =>
    `${f.firmName}: your appointment is ${f.daysBefore === 0 ? "today" : f.daysBefore === 1 ? "tomorrow" : `in ${f.daysBefore} days`}, ${when}` +
    (where ? `, at ${where}` : ", by phone or app") +
    `. Reply 1 if you will go.${f.firmPhone ? ` Questions or afraid to go? Call ${f.firmPhone}.` : ""} STOP to end texts.`,
  "zh-Hans": (f, when, where) =>
    `${f.firmName}：您${f.daysBefore === 0 ? "今天" : f.daysBefore === 1 ? "明天" : `${f.daysBefore}天后`}有预约，${when}` +
    (where ? `，地点：${where}` : "，通过电话或应用程序") +
    `。会去请回复1。${f.firmPhone ? `有问题或害怕去，请打${f.firmPhone}。` : ""}回复停止可退订。`,
  es: (f, when, where) =>
    `${f.firmName}: su cita es ${f.daysBefore === 0 ? "hoy" : f.daysBefore === 1 ? "mañana" : `en ${f.daysBefore} días`}, ${when}` +
    (where ? `, en ${where}` : ", por teléfono o aplicación") +
    `. Responda 1 si va a ir.${f.firmPhone ? ` ¿Preguntas o miedo de ir? Llame al ${f.firmPhone}.` : ""} ALTO para no recibir más.`,
};

/** The reminder as a text message, in the client's language. */
export function smsReminder(lang: ReminderLanguage, f: SmsFacts): string {
  const where = f.address ? scrubForSms(f.address) || null : null;
  // Accents GSM-7 lacks are folded when that keeps the text in GSM-7 (fewer segments); Chinese stays.
  return foldToGsm7(SMS_TEXTS[lang](f, formatSmsAppointment(f.startsAt, f.timeZone, lang), where));
}

export type SmsReplyKind = "stop" | "start" | "help" | "confirmed" | "nothing_to_confirm";

const SMS_REPLIES: Record<
  ReminderLanguage,
  (firmName: string, firmPhone: string | null) => Record<SmsReplyKind, string>
> = {
  en: (n, p) => ({
    stop: `${n}: you will get no more texts from us. Reply START to receive them again.`,
    start: `${n}: texts are on again. Reply STOP to end them.`,
    help: `${n}: appointment reminders by text. Reply 1 to say you will go, STOP to end texts.${p ? ` Call ${p}.` : ""}`,
    confirmed: `${n}: thank you, we noted that you will go.`,
    nothing_to_confirm: `${n}: we have no upcoming appointment to confirm.${p ? ` Call ${p}.` : ""}`,
  }),
  "zh-Hans": (n, p) => ({
    stop: `${n}：您将不再收到我们的短信。回复START可重新接收。`,
    start: `${n}：短信已恢复。回复停止可退订。`,
    help: `${n}：预约短信提醒。回复1表示会去，回复停止可退订。${p ? `电话：${p}。` : ""}`,
    confirmed: `${n}：谢谢，我们已记下您会去。`,
    nothing_to_confirm: `${n}：目前没有需要确认的预约。${p ? `电话：${p}。` : ""}`,
  }),
  es: (n, p) => ({
    stop: `${n}: no recibirá más mensajes nuestros. Responda START para recibirlos de nuevo.`,
    start: `${n}: los mensajes están activos de nuevo. Responda ALTO para no recibirlos.`,
    help: `${n}: recordatorios de citas por mensaje. Responda 1 si va a ir, ALTO para no recibir más.${p ? ` Llame al ${p}.` : ""}`,
    confirmed: `${n}: gracias, anotamos que va a ir.`,
    nothing_to_confirm: `${n}: no tenemos una cita próxima para confirmar.${p ? ` Llame al ${p}.` : ""}`,
  }),
};

/** The answer to a keyword, in the client's language. */
export function smsReply(
  lang: ReminderLanguage,
  kind: SmsReplyKind,
  firmName: string,
  firmPhone: string | null,
): string {
  return foldToGsm7(SMS_REPLIES[lang](firmName, firmPhone)[kind]);
}
