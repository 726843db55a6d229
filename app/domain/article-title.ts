// An article added without a title (an uploaded file, `npm run alerts -- ingest` without --title): its
// first line is the headline only when it reads like one. A line over 200 characters (a CJK character
// counting as two), one that ends with a full stop, one holding two sentences, or one that ends with
// "?"/"!" or breaks off mid-sentence while its paragraph goes on below it, is the start of the text:
// all of it stays in the body, and the title is made from its first sentence. Before this, the
// first paragraph of a file without a headline became the title, cut at 300 characters and lost from
// the body the extractor reads.

export const MAX_HEADLINE_CHARS = 200;
export const MAX_MADE_TITLE_CHARS = 120;

export type TitledText = { title: string; body: string; titleFrom: "first line" | "first sentence" };

// Headlines carry no full stop (style guides agree); a line that ends with one after a word ("said.",
// "。") is a sentence. "U.S." at the end of a headline is not.
const FULL_STOP = /(?:\p{Ll}{2}|[\p{Ll}\d%)"'”’]\s?)\.[)"'”’»]*$|。[」』）)"”]*$/u;
const OTHER_END = /[!?！？…][)"'”’»」』]*$/u;
// A sentence end with more text after it: two sentences on one line.
const INNER_END = /(?:\p{Ll}{2}|\d)[.!?][)"'”’]*\s+\p{Lu}|[。！？][)"'”’」』]*\S/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Characters as a reader sees a headline's length: a CJK character is as wide as two Latin ones. */
function width(s: string): number {
  return s.length + (s.match(CJK)?.length ?? 0);
}

function madeTitle(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  // "U.S." and "Mr." do not end a sentence; "said." and "2024." do.
  const sentence = /^.+?(?:(?:\p{Ll}{2}|\d)\.(?=\s)|[!?](?=\s)|[。！？])/u.exec(flat)?.[0] ?? flat;
  if (sentence.length <= MAX_MADE_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_MADE_TITLE_CHARS - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_MADE_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}

export function splitTitle(text: string): TitledText {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const at = lines.findIndex((l) => l.trim() !== "");
  if (at < 0) return { title: "", body: "", titleFrom: "first line" };
  const first = lines[at]!.trim();
  const next = lines[at + 1]?.trim() ?? "";
  const paragraphGoesOn = next !== "";
  const headline =
    width(first) <= MAX_HEADLINE_CHARS &&
    !FULL_STOP.test(first) &&
    !INNER_END.test(first) &&
    !(paragraphGoesOn && (OTHER_END.test(first) || /^\p{Ll}/u.test(next) || /[,;:–—-]$/u.test(first)));
  const whole = lines.slice(at).join("\n").trim();
  if (!headline) return { title: madeTitle(whole), body: whole, titleFrom: "first sentence" };
  const rest = lines
    .slice(at + 1)
    .join("\n")
    .trim();
  return { title: first, body: rest || whole, titleFrom: "first line" };
}
