import { describe, expect, it } from "vitest";
import {
  clientReminder,
  REMINDER_LANGUAGES,
  parseOffsets,
  reminderLanguage,
  smsReminder,
  smsReply,
} from "./reminder-messages";

const facts = {
  startsAt: "2027-02-22T14:00:00.000Z",
  timeZone: "America/New_York",
  place: "26 Federal Plaza, New York",
  bring: "I-220B",
  firmName: "Demo Immigration Law",
  firmPhone: "+1 (212) 555-0142",
  daysBefore: 1,
};

describe("reminders in the client's language", () => {
  it("writes Chinese with the date in Chinese and the office's zone", () => {
    const m = clientReminder("zh-Hans", facts);
    expect(m.subject).toBe("预约提醒");
    expect(m.body).toContain("您明天有一个报到预约");
    expect(m.body).toContain("2027年2月22日");
    expect(m.body).toContain("9:00");
    expect(m.body).toContain("美国东部时间");
  });

  it("writes Spanish and English", () => {
    expect(clientReminder("es", facts).body).toContain("mañana");
    expect(clientReminder("en", { ...facts, daysBefore: 7 }).body).toContain("in 7 days");
  });

  it("never puts ICE in a subject", () => {
    for (const lang of ["en", "zh-Hans", "es"] as const)
      expect(clientReminder(lang, facts).subject).not.toMatch(/ICE|immigration|移民|inmigraci/i);
  });

  it("falls back to English for languages not yet translated", () => {
    expect(reminderLanguage("bn")).toBe("en");
    expect(reminderLanguage("other")).toBe("en");
    expect(reminderLanguage("ht")).toBe("ht");
    expect(reminderLanguage("zh-Hans")).toBe("zh-Hans");
  });

  it("writes every portal language from the catalogs, the zone in words, days in plural forms", () => {
    expect(REMINDER_LANGUAGES).toHaveLength(13);
    for (const lang of REMINDER_LANGUAGES) {
      const m = clientReminder(lang, { ...facts, daysBefore: 7 });
      expect(m.subject, lang).not.toMatch(/ICE|immigration|移民|inmigraci|reminder\./i);
      expect(m.body, lang).toContain("26 Federal Plaza");
      expect(m.body, lang).toContain("I-220B");
      expect(m.body, lang).toContain("2027");
      expect(m.body, lang).not.toMatch(/GMT|reminder\.|\{/);
    }
    expect(clientReminder("es", facts).body).toContain("hora del Este");
    expect(clientReminder("ru", { ...facts, daysBefore: 21 }).body).toContain("Через 21 день");
    expect(clientReminder("ru", { ...facts, daysBefore: 7 }).body).toContain("Через 7 дней");
    expect(clientReminder("ar", { ...facts, daysBefore: 2 }).body).toContain("بعد يومين");
    expect(clientReminder("en", { ...facts, daysBefore: 0 }).body).toContain("today");
  });

  it("keeps the phone number left to right inside Arabic, and adds nothing to English", () => {
    expect(clientReminder("ar", facts).body).toContain("\u2066+1 (212) 555-0142\u2069");
    expect(clientReminder("en", facts).body).toContain(": +1 (212) 555-0142.");
  });

  it("texts and keyword answers come from the catalogs in every language", () => {
    const sms = { ...facts, address: "26 Federal Plaza, New York", daysBefore: 3 };
    for (const lang of REMINDER_LANGUAGES) {
      const t = smsReminder(lang, sms);
      expect(t, lang).toContain("26 Federal Plaza");
      expect(t, lang).toMatch(/STOP|停止|ALTO/);
      expect(t, lang).not.toMatch(/sms\.|\{/);
      expect(smsReply(lang, "help", "Demo", "+1 212 555 0142"), lang).toContain("212 555 0142");
    }
    expect(smsReminder("uk", sms)).toContain("через 3 дні");
  });

  it("reads the offsets", () => {
    expect(parseOffsets(undefined)).toEqual([7, 1]);
    expect(parseOffsets("1, 3,x,3,90")).toEqual([3, 1]);
  });
});
