import { describe, expect, it } from "vitest";
import { clientReminder, parseOffsets, reminderLanguage } from "./reminder-messages";

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
    expect(m.body).toContain("09:00");
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
    expect(reminderLanguage("ht")).toBe("en");
    expect(reminderLanguage("zh-Hans")).toBe("zh-Hans");
  });

  it("reads the offsets", () => {
    expect(parseOffsets(undefined)).toEqual([7, 1]);
    expect(parseOffsets("1, 3,x,3,90")).toEqual([3, 1]);
  });
});
