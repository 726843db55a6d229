import { Card } from "~/components/ui/card";
import type { AlertPageArticle, AlertPageFacts } from "~/utils/alert-page";

/** The article as plain text, in its own language, with the sentences the facts came from underlined. */
export function ArticleCard({ article, facts }: { article: AlertPageArticle; facts: AlertPageFacts }) {
  const lang = article.lang;
  const cited = new Set<number>([
    ...facts.countries.flatMap((c) => c.sources.map((s) => s.sentence)),
    ...(facts.eventDate ? [facts.eventDate.source.sentence] : []),
    ...(facts.people ? [facts.people.source.sentence] : []),
    ...(facts.kindSource ? [facts.kindSource.sentence] : []),
  ]);
  const paragraphs = new Map<number, { i: number; text: string }[]>();
  facts.sentences.forEach((s, i) => {
    if (s.title) return;
    paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), { i, text: s.text }]);
  });
  return (
    <Card title="The article">
      <p className="mb-2 text-xs text-slate-600">
        Written in {article.language.name}
        {article.language.read
          ? "; shown as written."
          : " — not read by Casewatch; the facts above were entered by staff."}
      </p>
      <div className="space-y-3 text-sm leading-relaxed text-slate-800" lang={lang}>
        {[...paragraphs.entries()].map(([p, ss]) => (
          <p key={p}>
            {ss.map((s) => (
              <span
                key={s.i}
                className={
                  cited.has(s.i)
                    ? "bg-yellow-50 underline decoration-yellow-400 decoration-2 underline-offset-2"
                    : undefined
                }
              >
                {s.text}{" "}
              </span>
            ))}
          </p>
        ))}
      </div>
      <p className="mt-3 text-xs text-slate-600">
        Underlined: the sentences the facts above were read from.{" "}
        {article.source === "feed" ? "From a feed; " : ""}the text is shown as plain text.
      </p>
    </Card>
  );
}
