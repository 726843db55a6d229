import { describe, expect, it } from "vitest";
import { ARTICLES } from "./flight-articles.fixture";
import { extractFlightFacts, splitSentences } from "./flight-extraction";

const run = (a: (typeof ARTICLES)[number]) =>
  extractFlightFacts({ title: a.title, text: a.text, published: a.published });

describe("flight extraction on the article set", () => {
  it.each(ARTICLES.map((a) => [a.name, a] as const))("%s", (_name, a) => {
    const x = run(a);
    const e = a.expect;
    expect(x.relevant).toBe(e.relevant);
    if (e.kind) expect(x.kind).toBe(e.kind);
    if (e.countries) expect(x.countries.map((c) => c.code).sort()).toEqual([...e.countries].sort());
    if (e.eventDate !== undefined) expect(x.eventDate?.value ?? null).toBe(e.eventDate);
    if (e.people !== undefined) expect(x.people?.value ?? null).toBe(e.people);
    if (e.approx) expect(x.people?.approx).toEqual(e.approx);
    if (e.departure) expect(x.departure.map((p) => p.place)).toEqual(e.departure);
    if (e.arrival) expect(x.arrival.map((p) => p.place)).toEqual(e.arrival);
    if (e.flightTypes) expect(x.flightTypes.map((t) => t.type)).toEqual(e.flightTypes);
    // Every fact points at a sentence that contains the phrase it was read from.
    for (const c of x.countries)
      for (const s of c.sources) expect(x.sentences[s.sentence]!.text).toContain(s.phrase.split(" ").at(-1)!);
    if (x.eventDate)
      expect(x.sentences[x.eventDate.source.sentence]!.text).toContain(x.eventDate.source.phrase);
    if (x.people) expect(x.sentences[x.people.source.sentence]!.text).toContain(x.people.source.phrase);
  });

  it("prints precision and recall over the set", () => {
    let tp = 0,
      fp = 0,
      fn = 0,
      ctp = 0,
      cfp = 0,
      cfn = 0;
    for (const a of ARTICLES) {
      const x = run(a);
      if (x.relevant && a.expect.relevant) tp++;
      else if (x.relevant) fp++;
      else if (a.expect.relevant) fn++;
      const want = new Set(a.expect.countries ?? []);
      const got = new Set(x.relevant ? x.countries.map((c) => c.code) : []);
      for (const c of got)
        if (want.has(c)) ctp++;
        else cfp++;
      for (const c of want) if (!got.has(c)) cfn++;
    }
    const p = tp / (tp + fp),
      r = tp / (tp + fn),
      cp = ctp / (ctp + cfp),
      cr = ctp / (ctp + cfn);
    console.log(
      `flight extraction over ${ARTICLES.length} articles: relevance precision ${p.toFixed(3)} recall ${r.toFixed(3)}; destination countries precision ${cp.toFixed(3)} recall ${cr.toFixed(3)}`,
    );
    expect(new Set(ARTICLES.flatMap((a) => a.expect.countries ?? [])).size).toBeGreaterThanOrEqual(10);
    expect(p).toBe(1);
    expect(r).toBe(1);
  });
});

describe("sentences", () => {
  it("does not split after U.S., titles or initials", () => {
    const s = splitSentences(
      "",
      "U.S. Immigration and Customs Enforcement said Mr. Li left. J. Doe agreed. Done!",
    );
    expect(s.map((x) => x.text)).toEqual([
      "U.S. Immigration and Customs Enforcement said Mr. Li left.",
      "J. Doe agreed.",
      "Done!",
    ]);
  });
});
