import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "./html-text";

// A saved news page carries the site's menus, "related stories" boxes and footers around the article.
// Those name other countries' flights, and a box about a flight to Honduras beside a story about
// Guatemala must not raise a Honduras alert. Mozilla's Readability (Firefox's reader view), run over
// linkedom's DOM (no scripts run, nothing is loaded), finds the article; its HTML is then reduced to
// text as before. When Readability finds nothing, the whole page is reduced as it was before.

export type ArticleFromHtml = { title: string | null; text: string; via: "readability" | "whole page" };

// Readability gives up on a short article and retries without its clean-up; a brief wire story is often
// under its default 500 characters, and the menus would come back with the retry.
const CHAR_THRESHOLD = 120;

export function articleFromHtml(html: string): ArticleFromHtml {
  const whole = (): ArticleFromHtml => ({ title: null, text: htmlToText(html), via: "whole page" });
  // Plain text (many feed descriptions) has no page around it.
  if (!/<[a-z]/i.test(html)) return whole();
  let parsed: ReturnType<Readability<string>["parse"]>;
  try {
    const { document } = parseHTML(
      /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`,
    );
    parsed = new Readability(document as unknown as Document, {
      charThreshold: CHAR_THRESHOLD,
      keepClasses: false,
    }).parse();
  } catch {
    return whole();
  }
  const text = parsed?.content ? htmlToText(parsed.content) : "";
  if (!text) return whole();
  const title = htmlToText(parsed?.title ?? "")
    .replace(/\s+/g, " ")
    .trim();
  return { title: title || null, text, via: "readability" };
}
