import { addDays, type IsoDate } from "./dates";
import { COUNTRY_WORDS, US_PLACES } from "./country-lexicon";
import { countryName } from "./countries";

// Reads a news article and decides whether it reports a removal flight (or a change in a country's
// acceptance of deportees), then pulls out the facts a lawyer needs: destination countries, when, how
// many people, from where to where, what kind of flight. Pure and deterministic; every fact keeps the
// sentence it came from so the alert page can show why. Rules and their limits: docs/alerts.md.

export const REPORT_KINDS = ["flight", "planned_flight", "policy", "other"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  flight: "Removal flight reported",
  planned_flight: "Removal flight planned",
  policy: "Agreement or policy change",
  other: "Other",
};
export const FLIGHT_TYPES = ["charter", "ice_air", "military", "commercial"] as const;
export type FlightType = (typeof FLIGHT_TYPES)[number];
export const FLIGHT_TYPE_LABELS: Record<FlightType, string> = { charter: "Charter", ice_air: "ICE Air", military: "Military", commercial: "Commercial" };

export type Sentence = { text: string; paragraph: number; title: boolean };
export type Source = { sentence: number; phrase: string };
export type CountryFact = { code: string; sources: (Source & { rule: string })[] };
export type DateFact = { value: string; precision: "day" | "week" | "month"; rule: string; source: Source };
export type CountFact = { value: number | null; approx: [number, number] | null; source: Source };
export type PlaceFact = { place: string; source: Source };

export type Extraction = {
  relevant: boolean;
  kind: ReportKind;
  /** Why the article was or was not judged relevant, in one sentence. */
  why: string;
  kindSource: Source | null;
  countries: CountryFact[];
  eventDate: DateFact | null;
  people: CountFact | null;
  departure: PlaceFact[];
  arrival: PlaceFact[];
  flightTypes: { type: FlightType; source: Source }[];
  sentences: Sentence[];
};

// ---------------------------------------------------------------------------------------------
// Sentences

const ABBREVIATIONS = new Set(["u.s", "u.n", "u.k", "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "jr", "sr", "a.m", "p.m", "approx", "est", "dept", "d.c", "ft", "mt"]);

export function splitSentences(title: string, body: string): Sentence[] {
  const out: Sentence[] = [];
  const t = title.replace(/\s+/g, " ").trim();
  if (t) out.push({ text: t, paragraph: 0, title: true });
  const paragraphs = body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n|\n(?=\s*[-•*]\s)|\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  paragraphs.forEach((p, pi) => {
    let start = 0;
    for (let i = 0; i < p.length; i++) {
      const ch = p[i];
      if (ch !== "." && ch !== "!" && ch !== "?") continue;
      const after = p.slice(i + 1);
      const m = /^["”’')\]]*\s+(?=["“‘'(]?[\p{Lu}\p{N}])/u.exec(after);
      if (!m) continue;
      if (ch === ".") {
        const before = /([\p{L}.]+)$/u.exec(p.slice(start, i))?.[1]?.toLowerCase() ?? "";
        if (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before) || /^(\p{L}\.)+\p{L}$/u.test(before)) continue;
      }
      const end = i + 1 + m[0].length;
      out.push({ text: p.slice(start, end).trim(), paragraph: pi + 1, title: false });
      start = end;
      i = end - 1;
    }
    const rest = p.slice(start).trim();
    if (rest) out.push({ text: rest, paragraph: pi + 1, title: false });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Signals

const REMOVAL =
  /\b(deport(ed|ee|ees|ation|ations|ing|s)?|repatriat(ed|ion|ions|es|e|ing)|removal flights?|removals?|removed (to|from the (US|U\.S\.|United States|country))|were removed|expelled|expulsions?|returnees|(were|was|been|being) (returned|sent back|sent home|flown (back|home))|flown (back|home) to|ICE Air|ICE flights?|remov(ed|es|ing)\s+(?:[\w,-]+\s+){0,3}(nationals|migrants|citizens|immigrants|people|deportees|noncitizens)|(carried|took|flew|sent|flown)\s+(?:[\w,-]+\s+){0,4}back to)\b/i;
// A removal flight moves a group: a plural of people, a number, or a flight named as a removal flight.
const GROUP = /\b((?!(19|20)\d\d\b)\d{1,3}(,\d{3})*|dozens|hundreds|scores|deportees|returnees|repatriates|flights|(deportation|removal|repatriation|charter|ICE Air) (flights?|planes?)|charter(ed)?|ICE Air|nationals|citizens|migrants|immigrants|people|passengers|families|detainees|noncitizens)\b/i;
const FLIGHT = /\b(flights?|charter(ed|s)?|planes?|aircraft|airplanes?|jets?|ICE Air|landed|touched down|airports?|airlift|air force|C-17|C-130|Boeing|flew|flown|on board|aboard)\b/i;
const POLICY =
  /\b(agree[ds]? to|agreement|(will|would|to|not|refus\w+ to|began|begin|begins|resumed?) (accept|receive|take back|admit)\w*|(stop|stopped|resumed?|resuming|suspend\w*|halt\w*|restart\w*) (accepting|receiving|taking back|deportation flights|removal flights|flights|deportations|repatriation)|recalcitrant|uncooperative|visa (sanctions|restrictions)|tariffs?|sanctions|memorandum of (understanding|agreement)|safe third country)\b/i;
const POLICY_STRONG = /\b(agree[ds]? to|(will|would|to|not|refus\w+ to) (accept|receive|take back|admit)|refus\w+|sanctions|tariffs?|recalcitrant|uncooperative)\b/i;
const POLICY_OBJECT = /\b(deportees|deportations?|deported|repatriates|repatriations?|repatriation flights?|returnees|removals|removal flights|deportation flights|its (own )?(nationals|citizens)|their (own )?(nationals|citizens))\b/i;
const PLANNED = /\b(to (send|deport|fly|begin|start|carry|remove|repatriate)|will|plans? to|planned|planning|scheduled|expected to|is set to|are set to|set to (depart|leave|fly)|upcoming|next week|next month|tomorrow|later this (week|month))\b/i;
const PAST = /\b(landed|arrived|departed|took off|flew|carried|touched down|(were|was|had been) (deported|repatriated|removed|flown|sent|returned|put on)|deported|repatriated|returned|removed|sent|received|took)\b/i;
const STATISTIC = /\b(final (removal )?orders?|crossed|crossings|fiscal (year|\d{4})|per ?cent|%|a year|each year|annually|so far this year|in total since|backlog|population|estimated \d)/i;
const PEOPLE_NOUNS = "nationals|citizens|migrants|deportees|immigrants|people|persons|men|women|families|children|minors|returnees|repatriates|detainees|passengers|adults|noncitizens|non-citizens|individuals|asylum seekers|asylum-seekers|workers|travellers|travelers";
const MEETING = /\b(meeting|met|talks|summit|conference|visit|visited|visiting|trip|traveled|travelled|forum|speech|hosted|embassy)\b/i;

// ---------------------------------------------------------------------------------------------
// Mentions of countries and places

type MentionKind = "name" | "demonym" | "plural" | "place" | "us";
type Mention = { start: number; end: number; code: string; kind: MentionKind; text: string };

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function pluralOf(d: string): string | null {
  if (/(ese|ish|ch|sh|ss|z|Lao|Thai)$/.test(d)) return d === "Thai" ? "Thais" : null;
  return `${d}s`;
}

type Lexeme = { text: string; code: string; kind: MentionKind };
let lexicon: { re: RegExp; byText: Map<string, Lexeme> } | undefined;
function lex() {
  if (lexicon) return lexicon;
  const items: Lexeme[] = [];
  for (const [code, w] of Object.entries(COUNTRY_WORDS)) {
    for (const n of new Set([...w.names, countryName(code)])) items.push({ text: n, code, kind: "name" });
    for (const d of w.demonyms) {
      items.push({ text: d, code, kind: "demonym" });
      const p = pluralOf(d);
      if (p) items.push({ text: p, code, kind: "plural" });
    }
    for (const p of w.places) items.push({ text: p, code, kind: "place" });
  }
  for (const p of US_PLACES) items.push({ text: p, code: "US", kind: "us" });
  for (const n of ["United States", "United States of America", "America", "U.S.", "US", "USA"]) items.push({ text: n, code: "US", kind: "us" });
  for (const [n, code] of [["Papua New Guinea", "PG"], ["Equatorial Guinea", "GQ"], ["Guinea-Bissau", "GW"], ["Dominica", "DM"]] as const) items.push({ text: n, code, kind: "name" });
  const byText = new Map<string, Lexeme>();
  for (const i of items) if (!byText.has(i.text)) byText.set(i.text, i);
  const alts = [...byText.keys()].sort((a, b) => b.length - a.length).map(esc);
  lexicon = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "gu"), byText };
  return lexicon;
}

function mentions(text: string): Mention[] {
  const { re, byText } = lex();
  const out: Mention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const l = byText.get(m[0])!;
    // "US" and "UK" only in capitals; "Chad", "Jordan", "Georgia" as given names are ruled out by context later.
    out.push({ start: m.index, end: m.index + m[0].length, code: l.code, kind: l.kind, text: m[0] });
  }
  return out;
}

const before = (s: string, m: Mention, n = 40) => s.slice(Math.max(0, m.start - n), m.start);
const after = (s: string, m: Mention, n = 40) => s.slice(m.end, m.end + n);

/** The destination countries one sentence names, each with the rule that made it a destination. */
function destinationsIn(s: string, sig: Signals): { code: string; phrase: string; rule: string }[] {
  const out: { code: string; phrase: string; rule: string }[] = [];
  for (const m of mentions(s)) {
    if (m.kind === "us") continue;
    const b = before(s, m);
    const a = after(s, m);
    const people = new RegExp(`^(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:${PEOPLE_NOUNS})\\b`, "iu").exec(a);
    if ((m.kind === "demonym" || m.kind === "plural") && (people || /\d[\d,]*\s+$/.test(b) || m.kind === "plural")) {
      if (/\b(from|by|of)\s+(the\s+)?$/i.test(b) && !sig.removal) continue;
      out.push({ code: m.code, phrase: m.text + (people ? people[0] : ""), rule: "nationality of the people removed" });
      continue;
    }
    if (m.kind === "name" || m.kind === "place") {
      const prep = /\b(to|for|into|towards?|back to|home to|bound for|destined for|headed (to|for)|en route to|deportations? to|flights? to|removals? to|returned to|repatriated to|deported to)\s+(the\s+)?$/i.exec(b);
      if (prep && (sig.removal || sig.flight)) {
        if (MEETING.test(b.slice(-25)) && !/(deport|repatriat|remov|flight)/i.test(b.slice(-25))) continue;
        out.push({ code: m.code, phrase: `${prep[0].trim()} ${m.text}`, rule: m.kind === "place" ? "the flight's destination city" : "named as where people were sent" });
        continue;
      }
      const landed = /\b(landed|arrived|touched down|arriving|landing)\s+(in|at)\s+(the\s+)?$/i.exec(b);
      if (landed) {
        out.push({ code: m.code, phrase: `${landed[0].trim()} ${m.text}`, rule: "where the flight landed" });
        continue;
      }
      if (/^-bound\b/.test(a)) {
        out.push({ code: m.code, phrase: `${m.text}-bound`, rule: "named as where the flight was bound" });
        continue;
      }
      if (m.kind === "name" && sig.policy) {
        const subject = /^(['’]s\s+(government|foreign ministry|ministry of foreign affairs|authorities|president|officials|embassy)|\s+(has|had|have)?\s*(agreed|agrees|said|says|will|would|refused|refuses|accepted|accepts|announced|resumed|began|stopped|is|was))\b/i.exec(a);
        const ofCountry = /\b((government|authorities|foreign ministry|officials) of|(sanctions|restrictions|tariffs|pressure) (on|against))\s+$/i.test(b);
        if (subject || ofCountry) {
          out.push({ code: m.code, phrase: ofCountry ? `${b.trim().split(/\s+/).slice(-3).join(" ")} ${m.text}` : `${m.text}${subject![0]}`, rule: "the country whose acceptance of deportees changes" });
          continue;
        }
      }
    }
    if (m.kind === "demonym" && sig.policy && /^\s+(government|authorities|foreign ministry|officials)\b/i.test(a)) {
      out.push({ code: m.code, phrase: `${m.text}${/^\s+\S+/.exec(a)![0]}`, rule: "the country whose acceptance of deportees changes" });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_RE = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const pad = (n: number) => String(n).padStart(2, "0");
const monthIndex = (m: string) => MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().replace(".", "").slice(0, 3)));
const weekday = (d: IsoDate) => new Date(`${d}T12:00:00Z`).getUTCDay();
const validDay = (y: number, m: number, d: number) => d >= 1 && d <= new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

function resolveDate(s: string, pub: IsoDate, future: boolean): { value: string; precision: DateFact["precision"]; phrase: string; rule: string } | null {
  const [py, pm] = [Number(pub.slice(0, 4)), Number(pub.slice(5, 7)) - 1];
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (m) return { value: `${m[1]}-${m[2]}-${m[3]}`, precision: "day", phrase: m[0], rule: "date as written" };
  m = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`).exec(s);
  if (m) {
    const mi = monthIndex(m[1]!);
    if (validDay(Number(m[3]), mi, Number(m[2]))) return { value: `${m[3]}-${pad(mi + 1)}-${pad(Number(m[2]))}`, precision: "day", phrase: m[0], rule: "date as written" };
  }
  m = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})\\b`).exec(s);
  if (m) {
    const mi = monthIndex(m[2]!);
    if (validDay(Number(m[3]), mi, Number(m[1]))) return { value: `${m[3]}-${pad(mi + 1)}-${pad(Number(m[1]))}`, precision: "day", phrase: m[0], rule: "date as written" };
  }
  m = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})(?![\\d,])`).exec(s) ?? new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE}\\b(?!\\s+\\d{4})`).exec(s);
  if (m) {
    const [mon, day] = /^\d/.test(m[1]!) ? [m[2]!, Number(m[1])] : [m[1]!, Number(m[2])];
    const mi = monthIndex(mon);
    let y = py;
    let value = `${y}-${pad(mi + 1)}-${pad(day)}`;
    if (!future && value > pub) y -= 1;
    if (future && value < addDays(pub, -7)) y += 1;
    value = `${y}-${pad(mi + 1)}-${pad(day)}`;
    if (validDay(y, mi, day)) return { value, precision: "day", phrase: m[0], rule: `“${m[0]}” without a year: the ${future ? "next" : "last"} such date from the publication date ${pub}` };
  }
  m = /\b(yesterday|today|tonight|this morning|this afternoon|earlier today|tomorrow)\b/i.exec(s);
  if (m) {
    const w = m[1]!.toLowerCase();
    const value = w === "yesterday" ? addDays(pub, -1) : w === "tomorrow" ? addDays(pub, 1) : pub;
    return { value, precision: "day", phrase: m[0], rule: `“${m[0]}” counted from the publication date ${pub}` };
  }
  m = /\b(?:(last|this|next|on|early|late)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(s);
  if (m) {
    const wd = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const pw = weekday(pub);
    const mod = (m[1] ?? "").toLowerCase();
    let value: IsoDate;
    if (mod === "next" || (future && mod !== "last")) value = addDays(pub, (wd - pw + 7) % 7 || 7);
    else if (mod === "last") value = addDays(pub, -((pw - wd + 7) % 7 || 7));
    else value = addDays(pub, -((pw - wd + 7) % 7));
    return { value, precision: "day", phrase: m[0], rule: `“${m[0]}”: the ${future || mod === "next" ? "coming" : mod === "last" ? "previous" : "most recent"} ${m[2]} from the publication date ${pub} (${WEEKDAYS[pw]!.replace(/^./, (c) => c.toUpperCase())})` };
  }
  m = /\b(last|this|next|earlier this|later this)\s+(week|month)\b/i.exec(s);
  if (m) {
    const which = m[1]!.toLowerCase();
    const shift = which === "last" ? -1 : which === "next" ? 1 : 0;
    if (m[2]!.toLowerCase() === "week") {
      const monday = addDays(pub, -((weekday(pub) + 6) % 7) + 7 * shift);
      return { value: monday, precision: "week", phrase: m[0], rule: `“${m[0]}”: the week beginning ${monday}, counted from the publication date ${pub}` };
    }
    const d = new Date(Date.UTC(py, pm + shift, 1));
    const value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    return { value, precision: "month", phrase: m[0], rule: `“${m[0]}” counted from the publication date ${pub}` };
  }
  m = new RegExp(`\\b${MONTH_RE}\\s+(\\d{4})\\b`).exec(s);
  if (m) {
    const mi = monthIndex(m[1]!);
    return { value: `${m[2]}-${pad(mi + 1)}`, precision: "month", phrase: m[0], rule: "month as written" };
  }
  m = new RegExp(`\\b(in|this|last|early|late|mid-|since|during|earlier in)\\s*${MONTH_RE}\\b`).exec(s);
  if (m && (m[2] !== "May" || /^(in|this|last|early|late|mid-)$/i.test(m[1]!))) {
    const mi = monthIndex(m[2]!);
    const mod = m[1]!.toLowerCase();
    let y = py;
    if (mod === "last") y = mi < pm ? py : py - 1;
    else if (future) y = mi >= pm ? py : py + 1;
    else y = mi <= pm ? py : py - 1;
    return { value: `${y}-${pad(mi + 1)}`, precision: "month", phrase: m[0], rule: `“${m[0]}” without a year: the ${future ? "coming" : "most recent"} ${MONTHS[mi]!.replace(/^./, (c) => c.toUpperCase())} from the publication date ${pub}` };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Counts

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, "a dozen": 12, "a hundred": 100, "one hundred": 100, "two hundred": 200, "three hundred": 300,
};
const APPROX: Record<string, [number, number]> = { dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999], "more than a hundred": [101, 199], "over a hundred": [101, 199] };

let plurals: string | undefined;
function pluralDemonyms(): string {
  return (plurals ??= [...lex().byText.values()].filter((l) => l.kind === "plural" || (l.kind === "demonym" && !pluralOf(l.text))).map((l) => esc(l.text)).join("|"));
}

function countIn(s: string): { value: number | null; approx: [number, number] | null; phrase: string } | null {
  const num = `(\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS).join("|")})`;
  const qual = "(?:(?:more than|over|at least|about|around|nearly|almost|some|approximately|roughly|up to|a total of|fewer than|just over|just under)\\s+)?";
  const toNum = (t: string) => NUMBER_WORDS[t.toLowerCase()] ?? Number(t.replace(/,/g, ""));
  const patterns = [
    new RegExp(`\\b${qual}${num}\\s+of them\\b`, "i"),
    new RegExp(`\\b${qual}${num}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${PEOPLE_NOUNS}|${pluralDemonyms()})\\b(?!\\s+(?:familiar|with knowledge|briefed|who spoke|close to))`, "iu"),
    new RegExp(`\\b(?:carrying|carried|with|took|flew|returned|deported|repatriated|removed)\\s+${qual}${num}\\b(?!\\s*(?:%|percent|per cent|years?|months?|days?|flights?|times|a\\.m|p\\.m))`, "i"),
  ];
  for (const re of patterns) {
    const m = re.exec(s);
    if (!m) continue;
    const n = toNum(m[1]!);
    if (!Number.isFinite(n) || n < 2 || n > 5000 || (n >= 1900 && n <= 2100 && !/,/.test(m[1]!))) continue;
    return { value: n, approx: null, phrase: m[0] };
  }
  const a = new RegExp(`\\b(${Object.keys(APPROX).join("|")})\\s+(?:of\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${PEOPLE_NOUNS}|Chinese|Indians|Guatemalans|Hondurans|Venezuelans)\\b`, "iu").exec(s);
  if (a) return { value: null, approx: APPROX[a[1]!.toLowerCase()]!, phrase: a[0] };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Places

const CAP = "[\\p{Lu}][\\p{L}'’.-]+";
const GENERIC_PLACE = new RegExp(`^(?:the\\s+)?(${CAP}(?:\\s+(?:${CAP}|de|del|la|of))*(?:,\\s+${CAP}(?:\\s+${CAP})?)?)`, "u");
const NOT_PLACES = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|ICE|DHS|The|A|An|It|Immigration|Customs|Homeland|Enforcement)\b/;

function placesIn(s: string): { departure: string[]; arrival: string[] } {
  const departure: string[] = [];
  const arrival: string[] = [];
  const all = mentions(s);
  const take = (list: string[], rest: string, foreignOk: boolean) => {
    const m = all.find((x) => s.slice(x.start).startsWith(rest.trimStart().replace(/^the\s+/, "")) && (x.kind === "us" || x.kind === "place"));
    if (m && (foreignOk ? m.kind === "place" : m.kind === "us")) {
      // "Harlingen, Texas": keep the state with the city.
      const tail = /^,\s+(Texas|Louisiana|Arizona|California|Florida|New Mexico|New Jersey|Georgia|Illinois|New York)\b/.exec(s.slice(m.end));
      list.push(m.text + (tail ? tail[0] : ""));
      return;
    }
    if (m) return;
    const g = GENERIC_PLACE.exec(rest.trimStart());
    if (g && !NOT_PLACES.test(g[1]!) && !all.some((x) => x.kind === "name" && rest.trimStart().replace(/^the\s+/, "").startsWith(x.text))) list.push(g[1]!.replace(/[.,]$/, ""));
  };
  const US_WHOLE = /^(the\s+)?(United States|U\.S\.|US|USA|America)\b/;
  for (const m of s.matchAll(/\b(?:from|departed(?: from)?|departing(?: from)?|left|took off from|leaving)\s+/gi)) {
    const rest = s.slice(m.index! + m[0].length);
    if (!US_WHOLE.test(rest)) take(departure, rest, false);
  }
  for (const m of s.matchAll(/\b(?:landed|arrived|touched down|arriving|landing)\s+(?:in|at)\s+|\b(?:to|bound for|destined for|headed for)\s+/gi)) {
    const rest = s.slice(m.index! + m[0].length);
    if (/^(?:landed|arrived|touched|arriving|landing)/i.test(m[0])) take(arrival, rest, true);
    else {
      const x = all.find((y) => y.start === m.index! + m[0].length && y.kind === "place");
      if (x) arrival.push(x.text);
    }
  }
  return { departure: [...new Set(departure)], arrival: [...new Set(arrival)] };
}

// ---------------------------------------------------------------------------------------------

type Signals = { removal: boolean; flight: boolean; group: boolean; policy: boolean; planned: boolean; past: boolean; statistic: boolean };
function signals(s: string): Signals {
  return {
    removal: REMOVAL.test(s),
    flight: FLIGHT.test(s),
    group: GROUP.test(s) || mentions(s).some((m) => m.kind === "plural"),
    policy: POLICY.test(s) && POLICY_OBJECT.test(s),
    planned: PLANNED.test(s),
    past: PAST.test(s),
    statistic: STATISTIC.test(s),
  };
}

export function extractFlightFacts(input: { title: string; text: string; published: IsoDate }): Extraction {
  const sentences = splitSentences(input.title, input.text);
  const sig = sentences.map((s) => signals(s.text));
  const dest = sentences.map((s, i) => (sig[i]!.removal || sig[i]!.flight || sig[i]!.policy ? destinationsIn(s.text, sig[i]!) : []));

  // The kind comes from the first sentence (the title first) that reports a flight or a policy change.
  let kind: ReportKind = "other";
  let kindAt = -1;
  for (let i = 0; i < sentences.length && kindAt < 0; i++) {
    const g = sig[i]!;
    const flightHere = g.removal && g.flight && g.group;
    if (g.policy && (!flightHere || POLICY_STRONG.test(sentences[i]!.text)) && !(flightHere && g.past && !g.planned)) [kind, kindAt] = ["policy", i];
    else if (flightHere && !g.statistic) [kind, kindAt] = [g.planned && !/\b(landed|arrived|departed|took off|touched down)\b/i.test(sentences[i]!.text) ? "planned_flight" : "flight", i];
  }

  const countries = new Map<string, CountryFact>();
  const relevantSentence = (i: number) => sig[i]!.removal || sig[i]!.policy;
  sentences.forEach((_, i) => {
    if (kind === "other" || !relevantSentence(i)) {
      // A destination city a flight landed in counts even in a sentence that does not say "deported".
      if (kind === "other" || !(sig[i]!.flight && dest[i]!.some((d) => d.rule === "where the flight landed"))) return;
    }
    for (const d of dest[i]!) {
      if (sig[i]!.statistic && d.rule === "nationality of the people removed" && !sig[i]!.flight) continue;
      const f = countries.get(d.code) ?? { code: d.code, sources: [] };
      if (!f.sources.some((x) => x.sentence === i && x.phrase === d.phrase)) f.sources.push({ sentence: i, phrase: d.phrase, rule: d.rule });
      countries.set(d.code, f);
    }
  });

  const order = kindAt >= 0 ? [kindAt, ...sentences.map((_, i) => i).filter((i) => i !== kindAt)] : [];
  const future = kind === "planned_flight";
  let eventDate: DateFact | null = null;
  let people: CountFact | null = null;
  const departure: PlaceFact[] = [];
  const arrival: PlaceFact[] = [];
  const flightTypes: { type: FlightType; source: Source }[] = [];
  for (const i of order) {
    const s = sentences[i]!.text;
    const g = sig[i]!;
    const about = (g.removal && g.flight && g.group) || g.policy || (g.removal && dest[i]!.length > 0) || (g.flight && dest[i]!.length > 0);
    if (!about) continue;
    if (!eventDate) {
      const d = resolveDate(s, input.published, future || (g.planned && !g.past));
      if (d) eventDate = { value: d.value, precision: d.precision, rule: d.rule, source: { sentence: i, phrase: d.phrase } };
    }
    if (!people && !g.statistic && (g.flight || g.removal)) {
      const c = countIn(s);
      if (c) people = { value: c.value, approx: c.approx, source: { sentence: i, phrase: c.phrase } };
    }
    if (g.flight) {
      const p = placesIn(s);
      for (const place of p.departure) if (!departure.some((x) => x.place === place)) departure.push({ place, source: { sentence: i, phrase: place } });
      for (const place of p.arrival) if (!arrival.some((x) => x.place === place)) arrival.push({ place, source: { sentence: i, phrase: place } });
      const types: [FlightType, RegExp][] = [
        ["ice_air", /\bICE Air\b/],
        ["charter", /\bcharter(ed)?\b/i],
        ["military", /\b(military (aircraft|plane|flight|jet)s?|air force|C-17|C-130)\b/i],
        ["commercial", /\bcommercial (flights?|airlines?|planes?|airliners?)\b/i],
      ];
      for (const [t, re] of types) {
        const m = re.exec(s);
        if (m && !flightTypes.some((x) => x.type === t)) flightTypes.push({ type: t, source: { sentence: i, phrase: m[0] } });
      }
    }
  }

  const list = [...countries.values()];
  const relevant = kind !== "other" && list.length > 0;
  const why =
    kind === "other"
      ? "No sentence reports a removal flight or a change in a country's acceptance of deportees."
      : list.length === 0
        ? `${REPORT_KIND_LABELS[kind]}, but no destination country could be found; add one to match clients.`
        : `${REPORT_KIND_LABELS[kind]} (${list.map((c) => countryName(c.code)).join(", ")}).`;
  return {
    relevant,
    kind,
    why,
    kindSource: kindAt >= 0 ? { sentence: kindAt, phrase: sentences[kindAt]!.text } : null,
    countries: list,
    eventDate,
    people,
    departure,
    arrival,
    flightTypes,
    sentences,
  };
}
