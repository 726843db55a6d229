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
  {
    id: "h2-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: `Llegan 47 paraguayos deportados desde Estados Unidos`,
    published: "2026-02-06",
    text: `Asunción. Un vuelo con 47 paraguayos deportados aterrizó el martes en el aeropuerto Silvio Pettirossi, informó la Dirección General de Migraciones.

La aeronave había partido de Luisiana. Entre los retornados hay seis mujeres, según el organismo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY"],
      people: { value: 47, approx: false },
      departure: ["Luisiana"],
      arrival: ["aeropuerto Silvio Pettirossi"],
      date: "2026-02-03",
    },
  },
  {
    id: "h2-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: `87名非法移民乘遣返包机抵达天津`,
    published: "2026-01-12",
    text: `记者从国家移民管理局获悉，本月9日，一架载有87名中国籍非法移民的遣返包机降落在天津滨海国际机场。

据介绍，该包机从新泽西州纽瓦克出发。中方已提前核实全部人员身份。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 87, approx: false },
      departure: ["纽瓦克"],
      arrival: ["天津滨海国际机场"],
      date: "2026-01-09",
    },
  },
];
