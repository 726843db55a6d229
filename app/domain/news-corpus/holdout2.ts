import type { CorpusArticle } from "./types";

// Second holdout set, written for this project in its own words by a writer who has not read the
// extractor; kept out of tuning. Every name, quote and number is invented.
export const HOLDOUT2: CorpusArticle[] = [
  {
    id: "h2-en-001",
    lang: "en",
    style: "wire",
    title: `Senegal receives 74 nationals on US removal charter`,
    published: "2026-01-09",
    text: `DAKAR (Wire) — Seventy-four Senegalese men removed from the United States landed at Blaise Diagne International Airport on Wednesday, the foreign ministry said.

The charter had left Alexandria, Louisiana, the evening before. Officials said the returnees would get a small allowance and bus fare home.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN"],
      people: { value: 74, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Blaise Diagne International Airport"],
      date: "2026-01-07",
    },
  },
  {
    id: "h2-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: `Deportees from America arrive in Nouakchott`,
    published: "2025-12-12",
    text: `About 110 Mauritanians deported from the United States arrived in Nouakchott on Wednesday.

Most had crossed into the US through Nicaragua and Mexico, relatives said. Police questioned several of them at the airport before releasing them.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 110, approx: true },
      arrival: ["Nouakchott"],
      date: "2025-12-10",
    },
  },
  {
    id: "h2-en-003",
    lang: "en",
    style: "near-miss",
    title: `Bahamas repatriates 98 Haitians`,
    published: "2026-03-04",
    text: `NASSAU — The Bahamas Department of Immigration flew 98 Haitian migrants back to Cap-Haïtien on Monday, days after their sloop was intercepted off Inagua.

Officials said a further repatriation flight would follow once more people were processed at the detention centre.`,
    expect: { relevant: false },
  },
];
