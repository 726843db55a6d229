import { describe, expect, it } from "vitest";
import { scrubForSms, smsReminder, smsReply } from "./reminder-messages";
import { PORTAL_LANGUAGES } from "./languages";
import { classifyInbound, KEYWORDS, keywordLanguage } from "./sms-keywords";
import { toE164 } from "./sms-phone";
import { isQuietTime, smsSendTime } from "./sms-quiet-hours";
import { countSegments, foldToGsm7, isGsm7 } from "./sms-segments";

describe("segments", () => {
  it.each([
    ["", "GSM-7", 0],
    ["a".repeat(160), "GSM-7", 1],
    ["a".repeat(161), "GSM-7", 2],
    ["a".repeat(306), "GSM-7", 2],
    ["a".repeat(307), "GSM-7", 3],
    // € and [ ] cost two septets each
    ["€".repeat(80), "GSM-7", 1],
    ["€".repeat(81), "GSM-7", 2],
    ["中".repeat(70), "UCS-2", 1],
    ["中".repeat(71), "UCS-2", 2],
    ["中".repeat(134), "UCS-2", 2],
    ["中".repeat(135), "UCS-2", 3],
    // one accent GSM lacks turns the whole text into UCS-2
    ["á" + "a".repeat(69), "UCS-2", 1],
    ["á" + "a".repeat(70), "UCS-2", 2],
  ])("%#: %s", (text, encoding, segments) => {
    const c = countSegments(text);
    expect(c.encoding).toBe(encoding);
    expect(c.segments).toBe(segments);
  });

  it("keeps an emoji (a surrogate pair) whole and counts it as two units", () => {
    expect(countSegments("😀").units).toBe(2);
    expect(countSegments("a".repeat(66) + "😀").segments).toBe(1);
    expect(countSegments("a".repeat(68) + "😀").segments).toBe(1);
    expect(countSegments("a".repeat(69) + "😀").segments).toBe(2);
  });

  it("knows the GSM alphabet: ñ, é, ü and ¿ are in it, á and ó are not", () => {
    expect(isGsm7("mañana ¿qué? über")).toBe(true);
    expect(isGsm7("días")).toBe(false);
    expect(foldToGsm7("¿Preguntas? Llame más tarde, días")).toBe("¿Preguntas? Llame mas tarde, dias");
    expect(foldToGsm7("明天 días")).toBe("明天 días");
  });
});

describe("keywords in each language", () => {
  it.each([
    ["STOP", "stop"],
    [" stop. ", "stop"],
    ["Unsubscribe", "stop"],
    ["ALTO", "stop"],
    ["alto!", "stop"],
    ["停止", "stop"],
    ["退订", "stop"],
    ["Rete", "stop"],
    ["Pare", "stop"],
    ["Arrêt", "stop"],
    ["Dừng", "stop"],
    ["СТОП", "stop"],
    ["توقف", "stop"],
    ["START", "start"],
    ["开始", "start"],
    ["HELP", "help"],
    ["Ayuda", "help"],
    ["帮助", "help"],
    ["1", "confirm"],
    ["yes", "confirm"],
    ["Sí", "confirm"],
    ["SI", "confirm"],
    ["是", "confirm"],
    ["Oui", "confirm"],
    ["Sim", "confirm"],
    ["Да", "confirm"],
    ["Stop by the office tomorrow?", "message"],
    ["I cannot go, my son is sick", "message"],
    ["11", "message"],
    ["", "message"],
  ])("%s → %s", (body, meaning) => {
    expect(classifyInbound(body)).toBe(meaning);
  });
});

describe("keywords in every portal language", () => {
  const meanings = ["stop", "start", "help", "confirm"] as const;
  it.each(PORTAL_LANGUAGES)(
    "%s: STOP, START, HELP and a yes, each as typed, in capitals and with punctuation",
    (lang) => {
      for (const meaning of meanings) {
        const words = KEYWORDS[lang][meaning];
        expect([lang, meaning, words.length > 0]).toEqual([lang, meaning, true]);
        for (const w of words)
          for (const typed of [w, w.toUpperCase(), ` ${w}! `])
            expect([lang, typed, classifyInbound(typed)]).toEqual([lang, typed, meaning]);
      }
    },
  );
  it("no word means two things", () => {
    const seen = new Map<string, string>();
    for (const lang of PORTAL_LANGUAGES)
      for (const meaning of meanings)
        for (const w of KEYWORDS[lang][meaning]) {
          const k = classifyInbound(w);
          expect([w, seen.get(w) ?? k]).toEqual([w, k]);
          seen.set(w, k);
        }
  });
  it.each([
    ["Bắt đầu", "start"], // đ has no decomposition: folded by hand
    ["bat dau", "start"],
    ["DỪNG", "stop"],
    ["ابدا", "start"], // typed without the hamza
    ["الغاء", "stop"],
    ["हाँ", "confirm"],
    ["ह", "message"], // a vowel sign is a letter, not an accent
    ["ਸ਼ੁਰੂ", "start"],
    ["Kòmanse", "start"],
    ["Так", "confirm"],
    ["ARRÊTER", "stop"],
  ])("%s → %s", (body, meaning) => {
    expect(classifyInbound(body)).toBe(meaning);
  });
  it("knows the language of a keyword from a number it does not know", () => {
    expect(keywordLanguage("ALTO")).toBe("es");
    expect(keywordLanguage("STOP")).toBe("en");
    expect(keywordLanguage("退訂")).toBe("zh-Hant");
    expect(keywordLanguage("hello")).toBeNull();
  });
});

describe("quiet hours in the client's zone", () => {
  const zone = "America/New_York";
  it("lets a text due in the day go at once", () => {
    const due = new Date("2027-02-21T15:00:00Z"); // 10:00 in New York
    expect(isQuietTime(due, zone)).toBe(false);
    expect(smsSendTime(due, zone, new Date("2027-02-22T15:00:00Z"))).toEqual(due);
  });
  it("holds a text due at 22:00 until 08:00 the next morning", () => {
    const due = new Date("2027-02-22T03:00:00Z"); // 22:00 on the 21st in New York
    expect(isQuietTime(due, zone)).toBe(true);
    expect(smsSendTime(due, zone, new Date("2027-02-23T15:00:00Z")).toISOString()).toBe(
      "2027-02-22T13:00:00.000Z",
    );
  });
  it("holds a text due at 05:00 until 08:00 the same morning", () => {
    const due = new Date("2027-02-22T10:00:00Z");
    expect(smsSendTime(due, zone, null).toISOString()).toBe("2027-02-22T13:00:00.000Z");
  });
  it("sends from 06:00 when the check-in is that morning, before 10:00", () => {
    const checkIn = new Date("2027-02-22T13:30:00Z"); // 08:30
    const due = new Date("2027-02-22T02:00:00Z"); // 21:00 the evening before
    expect(smsSendTime(due, zone, checkIn).toISOString()).toBe("2027-02-22T11:00:00.000Z"); // 06:00
    const late = new Date("2027-02-22T11:30:00Z"); // 06:30
    expect(smsSendTime(late, zone, checkIn)).toEqual(late);
  });
  it("uses the zone: 22:00 in Los Angeles is quiet, the same instant in New York is not", () => {
    const at = new Date("2027-02-22T06:00:00Z"); // 22:00 LA, 01:00 NY
    expect(isQuietTime(at, "America/Los_Angeles")).toBe(true);
    expect(isQuietTime(new Date("2027-02-22T01:00:00Z"), zone)).toBe(false); // 20:00 NY
  });
});

describe("phone numbers in E.164", () => {
  it("reads a US number typed the US way, and a Mexican one with its country", () => {
    expect(toE164("(212) 555-0100", "US")).toMatchObject({ ok: true, e164: "+12125550100" });
    expect(toE164("55 1234 5678", "MX")).toMatchObject({ ok: true, e164: "+525512345678" });
    expect(toE164("+52 55 1234 5678", "US")).toMatchObject({ ok: true, e164: "+525512345678" });
  });
  it("refuses what is not a number", () => {
    expect(toE164("12", "US").ok).toBe(false);
    expect(toE164("call me", "US").ok).toBe(false);
    expect(toE164("", "US").ok).toBe(false);
  });
});

describe("the reminder as a text", () => {
  const f = {
    startsAt: "2027-02-22T14:00:00.000Z",
    timeZone: "America/New_York",
    address: "ICE ERO New York, 26 Federal Plaza, New York, NY 10278",
    firmName: "Demo Immigration Law",
    firmPhone: "+1 212 555 0142",
    daysBefore: 1,
  };
  it.each(PORTAL_LANGUAGES)(
    "%s: date, time, place, a stop word the client can send back; no ICE, no A-number",
    (lang) => {
      const t = smsReminder(lang, {
        ...f,
        address: "ICE ERO New York (A123-456-789), 26 Federal Plaza, New York",
      });
      expect(t).not.toMatch(/\bICE\b|\bERO\b|A\d{3}-?\d{3}-?\d{3}|\d{9}/);
      expect(t).toContain("26 Federal Plaza");
      expect(t).toContain("22");
      expect(t).toMatch(/\b(9|09)[:.]00\b|9:00/);
      const stopWords = Object.values(KEYWORDS).flatMap((k) => k.stop);
      expect(stopWords.some((w) => t.includes(w) || t.includes(w.toUpperCase()))).toBe(true);
      expect(t).toContain("1");
    },
  );
  it.each(["en", "es", "zh-Hans"] as const)("%s: date, time, zone in words, place; no ICE", (lang) => {
    const t = smsReminder(lang, f);
    expect(t).not.toMatch(/\bICE\b|\bERO\b/);
    expect(t).toContain("26 Federal Plaza");
    expect(t).toMatch(/9:00|09:00/);
    expect(t).toContain("22");
    // The zone in the words the client's page and email use (app/locales zone.eastern).
    expect(t).toContain({ en: "Eastern Time", es: "hora del Este", "zh-Hans": "美国东部时间" }[lang]);
    expect(countSegments(t).segments).toBeLessThanOrEqual(3);
    expect(smsReply(lang, "stop", f.firmName, null).length).toBeGreaterThan(10);
  });
  it("a Spanish reminder stays in GSM-7", () => {
    expect(countSegments(smsReminder("es", f)).encoding).toBe("GSM-7");
    expect(smsReminder("es", f)).toContain("mañana");
  });
  it("scrubs A-numbers and the agency's name", () => {
    expect(scrubForSms("A123-456-789 at ICE office, 12 Main St")).toBe("at office, 12 Main St");
    expect(scrubForSms("Immigration and Customs Enforcement, A 123456789")).toBe("");
  });
});
