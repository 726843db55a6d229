import { describe, expect, it } from "vitest";
import { LANGUAGES, matchPortalLanguage, textDirection } from "~/domain/languages";
import { formatSmsAppointment } from "~/domain/reminder-messages";
import {
  CATALOGS,
  formatDateFor,
  formatInstantFor,
  isolateLtr,
  PORTAL_LANGUAGES,
  timeZoneWords,
  translate,
  type PortalLanguage,
} from "./i18n";
import { acceptedPortalLanguages, detectPortalLanguage } from "./i18n.server";

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, "");
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const pluralBases = new Set(
  Object.keys(CATALOGS.en)
    .filter((k) => PLURAL.test(k))
    .map(base),
);

describe("portal catalogs", () => {
  const enBases = [...new Set(Object.keys(CATALOGS.en).map(base))].sort();

  it("are thirteen, each language named in itself", () => {
    expect(PORTAL_LANGUAGES).toHaveLength(13);
    expect(LANGUAGES.find((l) => l.code === "ar")?.own).toBe("العربية");
    expect(LANGUAGES.find((l) => l.code === "zh-Hant")?.own).toBe("繁體中文");
  });

  it.each(PORTAL_LANGUAGES)("%s has every text of English, and no other", (lang) => {
    expect([...new Set(Object.keys(CATALOGS[lang]).map(base))].sort()).toEqual(enBases);
  });

  it.each(PORTAL_LANGUAGES)("%s has exactly the plural forms its language uses", (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    for (const b of pluralBases) {
      const forms = Object.keys(CATALOGS[lang])
        .filter((k) => base(k) === b && PLURAL.test(k))
        .map((k) => k.match(PLURAL)![1])
        .sort();
      expect(forms, `${lang} ${b}`).toEqual(categories);
    }
    // No plural-looking key where English has a plain one.
    for (const k of Object.keys(CATALOGS[lang]))
      if (PLURAL.test(k)) expect(pluralBases.has(base(k)), `${lang} ${k}`).toBe(true);
  });

  it.each(PORTAL_LANGUAGES)("%s has no empty text and keeps every {placeholder}", (lang) => {
    for (const [key, text] of Object.entries(CATALOGS[lang])) {
      expect(text.trim(), `${lang} ${key}`).not.toBe("");
      const english = CATALOGS.en[key] ?? CATALOGS.en[`${base(key)}_other`]!;
      if (PLURAL.test(key)) {
        // A form may spell the number out ("رسالتان": two messages), but never drops another value.
        const others = (s: string) => placeholders(s).filter((p) => p !== "count");
        expect(others(text), `${lang} ${key}`).toEqual(others(english));
        if (key.endsWith("_other") || key.endsWith("_many") || key.endsWith("_few"))
          expect(text, `${lang} ${key}`).toContain("{count}");
      } else {
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it.each(PORTAL_LANGUAGES.filter((l) => l !== "en"))("%s is translated, not copied from English", (lang) => {
    const same = Object.keys(CATALOGS.en).filter(
      // Short words may be the same ("No" in Spanish); "{when} ({zone})" is punctuation.
      (k) =>
        CATALOGS[lang][k] === CATALOGS.en[k] &&
        CATALOGS.en[k]!.length > 3 &&
        !/^\{when\}/.test(CATALOGS.en[k]!),
    );
    expect(same, lang).toEqual([]);
  });

  it("fills placeholders and falls back to English", () => {
    expect(translate("zh-Hans", "portal.hello", { name: "陈伟" })).toBe("您好，陈伟");
    expect(translate("es", "status.final_order_stayed", { date: "1 de marzo" })).toContain(
      "hasta el 1 de marzo",
    );
    expect(translate("ru", "no.such.key")).toBe("no.such.key");
  });
});

describe("plural forms", () => {
  const counts = [0, 1, 2, 5, 21];
  const forms = (lang: PortalLanguage) =>
    counts.map((count) => translate(lang, "portal.unreadCount", { count }));

  it("English: one and other", () => {
    expect(forms("en")).toEqual([
      "You have 0 new messages.",
      "You have 1 new message.",
      "You have 2 new messages.",
      "You have 5 new messages.",
      "You have 21 new messages.",
    ]);
  });

  it("Russian: one (1, 21), few (2), many (0, 5)", () => {
    expect(forms("ru")).toEqual([
      "У вас 0 новых сообщений.",
      "У вас 1 новое сообщение.",
      "У вас 2 новых сообщения.",
      "У вас 5 новых сообщений.",
      "У вас 21 новое сообщение.",
    ]);
    expect(translate("ru", "reminder.inDays", { count: 21 })).toBe("Через 21 день у вас явка:");
    expect(translate("ru", "reminder.inDays", { count: 3 })).toBe("Через 3 дня у вас явка:");
  });

  it("Ukrainian: three forms for whole numbers", () => {
    expect(translate("uk", "portal.unreadCount", { count: 21 })).toBe("У вас 21 нове повідомлення.");
    expect(translate("uk", "portal.unreadCount", { count: 3 })).toBe("У вас 3 нові повідомлення.");
    expect(translate("uk", "portal.unreadCount", { count: 11 })).toBe("У вас 11 нових повідомлень.");
  });

  it("Arabic: zero, one, two, few (3–10), many (11–99), other (100+)", () => {
    expect(forms("ar")).toEqual([
      "ليس لديك رسائل جديدة.",
      "لديك رسالة جديدة واحدة.",
      "لديك رسالتان جديدتان.",
      "لديك 5 رسائل جديدة.",
      "لديك 21 رسالة جديدة.",
    ]);
    expect(translate("ar", "portal.unreadCount", { count: 100 })).toBe("لديك 100 رسالة جديدة.");
    expect(translate("ar", "reminder.inDays", { count: 7 })).toBe("لديك موعد مراجعة بعد 7 أيام:");
    expect(translate("ar", "reminder.inDays", { count: 2 })).toBe("لديك موعد مراجعة بعد يومين:");
  });
});

describe("dates, zones and direction", () => {
  const at = "2027-02-22T14:00:00.000Z";

  it("names the office's zone in words the client reads", () => {
    expect(timeZoneWords("es", "America/New_York")).toBe("hora del Este");
    expect(timeZoneWords("zh-Hans", "America/New_York")).toBe("美国东部时间");
    expect(timeZoneWords("ru", "America/Chicago")).toBe("центральное время США");
    expect(timeZoneWords("en", "America/Los_Angeles")).toBe("Pacific Time");
    // A zone without catalog words gets Intl's, in the language.
    expect(timeZoneWords("fr", "Europe/Paris")).toMatch(/heure/);
  });

  it("writes Gregorian dates in each language, never GMT offsets", () => {
    // ICU puts a narrow no-break space before "AM".
    expect(formatInstantFor("en", at, "America/New_York").replace(/\u202f/g, " ")).toBe(
      "Monday, February 22, 2027 at 9:00 AM (Eastern Time)",
    );
    expect(formatInstantFor("es", at, "America/New_York")).toContain("22 de febrero de 2027");
    expect(formatInstantFor("zh-Hant", at, "America/New_York")).toContain("2027年2月22日");
    expect(formatInstantFor("ht", at, "America/New_York")).toBe(
      "lendi 22 fevriye 2027 a 9:00 (lè Lès Etazini)",
    );
    for (const lang of PORTAL_LANGUAGES) {
      const s = formatInstantFor(lang, at, "America/New_York");
      expect(s, lang).not.toMatch(/GMT|UTC|EST/);
      expect(s, lang).toContain("2027");
      expect(s, lang).toContain("22");
    }
    // Arabic: the Gregorian month and Latin digits, like the appointment letter.
    expect(formatDateFor("ar", "2027-02-22")).toBe("الاثنين، 22 فبراير 2027");
  });

  it("gives the text reminder the same zone words, and Creole dates in Creole", () => {
    const sms = (lang: PortalLanguage) => formatSmsAppointment(at, "America/New_York", lang);
    expect(sms("ru")).toBe("пн, 22 февр., 9:00 восточное время США");
    expect(sms("es")).toContain("hora del Este");
    expect(sms("ht")).toBe("lendi 22 fevriye, 9:00 lè Lès Etazini");
    for (const lang of PORTAL_LANGUAGES) {
      expect(sms(lang), lang).toContain(timeZoneWords(lang, "America/New_York"));
      expect(sms(lang), lang).not.toMatch(/GMT|UTC|EST|Standard|estándar|normale|Америка,/);
    }
  });

  it("is right to left for Arabic only, and isolates numbers there", () => {
    expect(PORTAL_LANGUAGES.filter((l) => textDirection(l) === "rtl")).toEqual(["ar"]);
    expect(isolateLtr("ar", "+1 212")).toBe("\u2066+1 212\u2069");
    expect(isolateLtr("en", "+1 212")).toBe("+1 212");
  });
});

describe("language detection", () => {
  const req = (url: string, headers: Record<string, string> = {}) =>
    new Request(`http://localhost${url}`, { headers });

  it("matches browser languages, Traditional Chinese for Taiwan and Hong Kong", () => {
    expect(acceptedPortalLanguages("zh-TW,zh;q=0.9,en;q=0.8")).toEqual(["zh-Hant", "zh-Hans", "en"]);
    expect(acceptedPortalLanguages("zh-HK")).toEqual(["zh-Hant"]);
    expect(acceptedPortalLanguages("zh-CN")).toEqual(["zh-Hans"]);
    expect(acceptedPortalLanguages("pt-PT;q=0.5, ar-EG")).toEqual(["ar", "pt"]);
    expect(acceptedPortalLanguages("de-DE, *;q=0.1")).toEqual([]);
    expect(acceptedPortalLanguages("garbage;;;q=x,,")).toEqual([]);
  });

  it("uses the record, then Accept-Language, then English; a chosen ?lng= wins and is remembered", async () => {
    expect((await detectPortalLanguage(req("/me", { "accept-language": "fr" }), "uk")).lang).toBe("uk");
    expect((await detectPortalLanguage(req("/me", { "accept-language": "fr" }), "bn")).lang).toBe("fr");
    expect((await detectPortalLanguage(req("/me"), "other")).lang).toBe("en");
    const chosen = await detectPortalLanguage(req("/me?lng=ar"), "uk");
    expect(chosen.lang).toBe("ar");
    expect(chosen.setCookie).toMatch(/^casewatch_lng=/);
    const cookie = chosen.setCookie!.split(";")[0]!;
    const later = await detectPortalLanguage(req("/me", { cookie }), "uk");
    expect(later).toEqual({ lang: "ar", setCookie: null });
    expect((await detectPortalLanguage(req("/me?lng=xx"), "vi")).lang).toBe("vi");
  });
});

it("matchPortalLanguage ignores tags Intl cannot read", () => {
  expect(matchPortalLanguage("not a tag")).toBeNull();
  expect(matchPortalLanguage("hi-IN")).toBe("hi");
});
