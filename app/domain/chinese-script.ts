import * as OpenCC from "opencc-js";
import type { ArticleLanguage } from "./alert-facts";

// Whether a Chinese text is written in Simplified or Traditional characters, for the HTML lang tag of
// quoted evidence (zh-Hans / zh-Hant pick the right glyphs and voice). The language detector says only
// "Chinese"; the script is told by which characters exist in one form only: a character that OpenCC's
// Traditional→Simplified table changes is Traditional, one its Simplified→Traditional table changes is
// Simplified. Most characters are shared; a text with neither kind (or as many of each) stays "zh".

let toSimplified: ((s: string) => string) | undefined;
let toTraditional: ((s: string) => string) | undefined;

export function chineseScript(text: string): "Hans" | "Hant" | null {
  toSimplified ??= OpenCC.Converter({ from: "tw", to: "cn" });
  toTraditional ??= OpenCC.Converter({ from: "cn", to: "tw" });
  const chars = new Set(text.slice(0, 4000).match(/\p{Script=Han}/gu) ?? []);
  let traditional = 0;
  let simplified = 0;
  for (const ch of chars) {
    if (toSimplified(ch) !== ch) traditional++;
    else if (toTraditional(ch) !== ch) simplified++;
  }
  if (traditional > simplified) return "Hant";
  if (simplified > traditional) return "Hans";
  return null;
}

/**
 * The value for an HTML lang attribute, for the languages Casewatch reads; Chinese with its script
 * (zh-Hans, zh-Hant) when the text tells it. Other languages get none (their codes are ISO 639-3).
 */
export function langTag(language: ArticleLanguage, text: string): string | undefined {
  if (language.code === "en" || language.code === "es") return language.code;
  if (language.code !== "zh") return undefined;
  const script = chineseScript(text);
  return script ? `zh-${script}` : "zh";
}
