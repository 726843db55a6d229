import type { ReactNode } from "react";
import { certaintyText, type CountryView } from "~/domain/alert-facts";
import { countryName } from "~/domain/countries";
import type { Source } from "~/domain/flight-extraction";
import type { AlertSentence } from "~/utils/alert-page";

// The article's own words on the alert page: the sentences facts were read from, and what the reader
// was unsure of, said next to the fact.

function Highlight({ text, phrase }: { text: string; phrase: string }) {
  const i = phrase ? text.indexOf(phrase) : -1;
  if (i < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, i)}
      <mark className="rounded bg-yellow-100 px-0.5 text-slate-900">{phrase}</mark>
      {text.slice(i + phrase.length)}
    </>
  );
}

export function Quote({
  sentences,
  source,
  lang,
}: {
  sentences: AlertSentence[];
  source: Source;
  lang: string | undefined;
}) {
  const s = sentences[source.sentence];
  if (!s) return null;
  // The sentence in the article's own language (lang for fonts and screen readers); the label in English.
  return (
    <blockquote className="mt-1 border-l-4 border-yellow-300 pl-3 text-sm text-slate-700 italic">
      {s.title ? (
        <span className="text-xs font-semibold text-slate-500 uppercase not-italic">Headline: </span>
      ) : null}
      <span lang={lang}>
        <Highlight text={s.text} phrase={source.phrase} />
      </span>
    </blockquote>
  );
}

/** "possible — read only from a list", "“about 70”, as reported — not an exact number": beside the fact. */
export function UnsureTag({ children }: { children: ReactNode }) {
  return (
    <span className="ml-1 inline-flex items-center rounded-md bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-600/30 ring-inset">
      {children}
    </span>
  );
}

/** One country of the alert with how sure the reader was and the sentences it was read from. */
export function CountryFacts({
  code,
  fact,
  sentences,
  lang,
  corrected,
  quoted,
}: {
  code: string;
  fact: CountryView | undefined;
  sentences: AlertSentence[];
  lang: string | undefined;
  corrected: boolean;
  quoted: Set<number>;
}) {
  const unsure = fact ? certaintyText(fact) : null;
  return (
    <li className="mt-2">
      <span className="font-medium text-slate-900">{countryName(code)}</span>
      {!fact ? <span className="text-slate-700"> — added by staff</span> : null}
      {unsure ? (
        <UnsureTag>
          {unsure}
          {corrected ? "; kept by staff" : ""}
        </UnsureTag>
      ) : null}
      {fact?.sources.slice(0, 2).map((s, i) => (
        <div key={i}>
          <span className="text-xs text-slate-600">
            Rule: {s.rule}
            {quoted.has(s.sentence) ? "; in the sentence quoted above." : null}
          </span>
          {quoted.has(s.sentence) ? null : <Quote sentences={sentences} source={s} lang={lang} />}
        </div>
      ))}
    </li>
  );
}
