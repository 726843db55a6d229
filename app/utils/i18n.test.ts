import { describe, expect, it } from "vitest";
import { CATALOGS, PORTAL_LANGUAGES, translate } from "./i18n";

describe("portal translations", () => {
  const en = Object.keys(CATALOGS.en).sort();
  it.each(PORTAL_LANGUAGES.filter((l) => l !== "en"))("%s has every key of English, and no other", (lang) => {
    expect(Object.keys(CATALOGS[lang]).sort()).toEqual(en);
  });

  it.each(PORTAL_LANGUAGES)("%s has no empty text and keeps every {placeholder}", (lang) => {
    for (const key of en) {
      const text = CATALOGS[lang][key]!;
      expect(text.trim(), `${lang} ${key}`).not.toBe("");
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(CATALOGS.en[key]!));
    }
  });

  it("fills placeholders and falls back to English", () => {
    expect(translate("zh-Hans", "portal.hello", { name: "陈伟" })).toBe("您好，陈伟");
    expect(translate("es", "status.final_order_stayed", { date: "1 de marzo" })).toContain(
      "hasta el 1 de marzo",
    );
  });
});
