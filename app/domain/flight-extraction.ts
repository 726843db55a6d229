import * as chrono from "chrono-node";
import * as OpenCC from "opencc-js";
import { addDays, type IsoDate } from "./dates";
import { countryName } from "./countries";
import { detectLanguage, type ArticleLanguage } from "./news/language";
import { findMentions, type Lang, type Mention } from "./news/lexicon";
import { findNumbers, type NumberMatch } from "./news/numbers";

// Reads a news article in English, Spanish or Chinese (Simplified or Traditional) and decides whether it
// reports a removal flight from the United States (done or planned) or a change in a country's
// acceptance of deportees; then pulls out the facts a lawyer needs: the countries the people were flown
// to and, for a third-country removal, the nationalities on board; when; how many people; from where
// to where; what kind of flight. Pure and deterministic; every fact keeps the sentence it came from
// (in the article's own words) so the alert page can show why. The article is judged as a whole: a
// sentence that names a removal lends its context to its neighbours and to the headline, so facts
// spread over sentences are found. Rules and their limits: docs/alerts.md; ADR 012.

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
export const FLIGHT_TYPE_LABELS: Record<FlightType, string> = {
  charter: "Charter",
  ice_air: "ICE Air",
  military: "Military",
  commercial: "Commercial",
};

export type Sentence = { text: string; paragraph: number; title: boolean };
export type Source = { sentence: number; phrase: string };
/** destination: where the people were flown (or the country whose acceptance changes); nationality: a
 *  nationality on board that is not the landing country's (a third-country removal). */
export type CountryRole = "destination" | "nationality";
export type CountryFact = {
  code: string;
  role?: CountryRole;
  /** "possible" when the country is only read from a list or only inferred; "reported" otherwise. */
  certainty?: "reported" | "possible";
  sources: (Source & { rule: string })[];
};
export type DateFact = { value: string; precision: "day" | "week" | "month"; rule: string; source: Source };
/** value: the number stated (null for a vague amount, then approx holds its range); hedged: the article
 *  says "about", "more than", "nearly"… so the number is not exact. */
export type CountFact = {
  value: number | null;
  approx: [number, number] | null;
  hedged?: boolean;
  rule?: string;
  source: Source;
};
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
  /** The article's language; read false when Casewatch does not read it (then nothing else is judged). */
  language?: ArticleLanguage;
};

// ---------------------------------------------------------------------------------------------
// Sentences

const ABBREVIATIONS = new Set(
  "u.s u.n u.k mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec no vs inc gov sen rep gen lt col sgt jr sr a.m p.m approx est dept d.c ft mt sra srta dra lic ing gral núm av ee.uu ee uu etc pág tel aprox".split(
    " ",
  ),
);

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
      const ch = p[i]!;
      if ("。！？；".includes(ch)) {
        const end = i + 1 + (/^[”」』）)]/.test(p.slice(i + 1, i + 2)) ? 1 : 0);
        out.push({ text: p.slice(start, end).trim(), paragraph: pi + 1, title: false });
        start = end;
        i = end - 1;
        continue;
      }
      if (ch !== "." && ch !== "!" && ch !== "?") continue;
      const after = p.slice(i + 1);
      const m = /^["”’')\]»]*\s+(?=["“‘'(«¿¡]?[\p{Lu}\p{N}\p{Script=Han}])/u.exec(after);
      if (!m) continue;
      if (ch === ".") {
        const before = /([\p{L}.]+)$/u.exec(p.slice(start, i))?.[1]?.toLowerCase() ?? "";
        if (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before) || /^(\p{L}\.)+\p{L}$/u.test(before))
          continue;
      }
      const end = i + 1 + m[0].length;
      const text = p.slice(start, end).trim();
      if (text) out.push({ text, paragraph: pi + 1, title: false });
      start = end;
      i = end - 1;
    }
    const rest = p.slice(start).trim();
    if (rest) out.push({ text: rest, paragraph: pi + 1, title: false });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The words of each language. Patterns run on lower-case text (Chinese: converted to Simplified).

type Words = {
  removal: RegExp;
  flight: RegExp;
  group: RegExp;
  policy: RegExp;
  policyObject: RegExp;
  policyStrong: RegExp;
  planned: RegExp;
  pastEvent: RegExp;
  statistic: RegExp;
  us: RegExp;
  people: RegExp;
  /** before a country or place: the people were sent there */
  toSlot: RegExp;
  /** before a country or place: the flight landed there */
  arriveSlot: RegExp;
  /** before a place: the flight left from there */
  fromSlot: RegExp;
  /** before a country: "nationals of", "migrants from" */
  nationalsOf: RegExp;
  /** after a country: it acted ("agreed", "refused", "received") */
  actedAfter: RegExp;
  /** before a country: "the government of", "sanctions on" */
  actedBefore: RegExp;
  /** before a country: a stop on the way, a meeting place, a comparison: not a destination */
  notDestination: RegExp;
  /** before a country: the flight or removal came from there */
  deporterBefore: RegExp;
  /** after a country or demonym: it did the removing ("Germany deported", "British authorities") */
  deporterAfter: RegExp;
  thirdCountry: RegExp;
  hedge: RegExp;
  subgroup: RegExp;
  notPeopleAfter: RegExp;
  countVerbBefore: RegExp;
  single: RegExp;
  flightTypes: [FlightType, RegExp][];
};

const EN: Words = {
  removal:
    /\b(deport\w*|repatriat\w*|removal flights?|removals?|removed|removes|removing|expel\w*|expulsions?|returnees|sent (back|home|here)|flown (back|home|here)|(were|was|been|being|are) (returned|sent back)|ice air|third[- ]country|(flights?|planes?|charters?|aircraft) (carrying|with) (\S+ ){0,4}?(deportees|migrants|detainees|returnees)|took back|tak(?:e|es|ing) back|(returns?|returned|returning|sent|sends|sending|flew|flies|flown|transferred|transfers|shipped|took|brought) (\S+ ){0,3}(\w+ans|\w+ese|\w+is|\w+ians|nationals|migrants|deportees|people|men|women|citizens|immigrants|detainees|noncitizens|foreigners) (back |home )?to|sends? (\S+ ){0,3}back|handed over|hand over|flown out|ice (flight|charter|plane)s?|put on (a|an|the) (plane|flight|charter|aircraft)|received (\d[\d,]*|[a-z-]+) (of its )?(citizens|nationals|deportees|returnees|migrants)|return of (\w+ )?(citizens|nationals|migrants)|(were|was|been) (flown|transferred|put on|sent) (to|out|home|back|aboard)|removed (on|aboard) (a|an|the)|repatriation flights?|returned (home )?(\S+ ){0,3}?(aboard|on) (a|an|the) (\S+ ){0,2}?(charter|flight|plane|aircraft|military)|(involuntarily|forcibly|forcefully) returned|returned (home )?from the (united states|u\.s\.|us)\b)\b/,
  flight:
    /\b(flights?|charter(ed|s)?|planes?|aircraft|airplanes?|jets?|airliners?|ice air|landed|lands|landing|touched down|airports?|airlift|air force|c-17|c-130|boeing|flew|flown|on board|aboard|airbase|air base|tarmac)\b/,
  group:
    /\b(deportees|returnees|repatriates|migrants|nationals|citizens|immigrants|people|passengers|families|detainees|noncitizens|non-citizens|aliens|men|women|children|adults|individuals|persons|dozens|hundreds|scores)\b/,
  policy:
    /\b(agree[ds]? to (accept|receive|take|resume|allow)|agreement to (accept|receive|take)|accept(s|ed|ing)? (the )?(return|deport|repatriat|flights|removal|its|their|people|nationals|citizens|migrants)\w*|(will|would|(?<!\bprepar\w* )to) (accept|receive|take back)|take back (its|their)|taking back|refus\w* to (accept|receive|take|allow|let|admit|authori[sz]e)|refus\w* (the )?(flights?|planes?|landing|entry|deportees)|declin\w* to (accept|receive|take|consent|allow)|denied (the )?(plane|aircraft|flight)s?|denied (permission|landing|entry|clearance)|block\w* (the )?(flights?|planes?|landing|deportation)|turn(?:s|ed|ing)? (back|away)|reject\w* (the )?(flights?|planes?|deport\w*|return\w*)|resum\w* (\w+ ){0,2}?(flights|accepting|receiving|deportations|repatriations|returns)|accept\w* (?:\w+ ){0,2}?(?:deportation|removal|repatriation) flights|(?:will|would) (?:once again |again |now |soon )(?:accept|receive|take back)|refus\w* (?:\w+ ){1,3}?(?:flights|charters|planes|deportees|deportations|returns)|suspend\w* (\w+ ){0,2}(flights|deportations|repatriations|returns)|halt\w* (\w+ ){0,2}(flights|deportations|repatriations)|stop(ped|s)? (accepting|receiving|taking)|landing (rights|permission|clearance)|permission to land|not (allow|authoriz|permit)\w* (\S+ ){0,3}?(planes?|flights?|aircraft|charters?)|(will|would|does|do|did) not (accept|receive|take(?: back)?|admit)|won['’]t (accept|receive|take(?: back)?|admit)|visa (sanctions|restrictions)|sanctions|tariffs?|recalcitrant|uncooperative|memorandum of (understanding|agreement)|safe third country|third[- ]country (agreement|deal|arrangement))\b/,
  policyObject:
    /\b(deport\w*|repatriat\w*|returnees|removals?|removal flights?|flights?|its (own )?(nationals|citizens)|their (own )?(nationals|citizens)|migrants|nationals|citizens|plane|aircraft|asylum[- ]seekers|sought asylum|foreigners|people from other countries|third[- ]country|expel\w*|expulsions?|non-?citizens|other nationalities)\b/,
  policyStrong:
    /\b(agree[ds]? to|refus\w*|declin\w*|denied|block\w*|turn(?:s|ed|ing)? (back|away)|reject\w*|resum\w*|suspend\w*|halt\w*|will (?:once again |again |now )?(accept|receive|take)|(?<!\bprepar\w* )to (accept|receive|take back)|stop\w* (accepting|receiving|taking)|no longer (accept|receive|take)|not (allow|authoriz|permit)\w*|(will|would|does|do|did) not (accept|receive|take(?: back)?|admit)|won['’]t (accept|receive|take(?: back)?|admit)|permission to land|sanctions|tariffs?|recalcitrant|uncooperative)\b/,
  planned:
    /\b(will|plans? to|plans? (?:\S+ ){0,3}?(?:flights?|charters?|removals?|deportations?)|planned|planning|preparing to|prepares to|scheduled|expected to|is set to|are set to|set to (depart|leave|fly|land)|(?:set|scheduled|slated|planned|due) for|slated to|upcoming|next week|next month|tomorrow|later this (week|month)|is due to|are due to|due (?:at|in|on|to land|to arrive|this|next|tomorrow)|to be (?:deported|flown|sent|returned|removed|repatriated)|to begin|to start|to resume|to (send|deport|fly|remove|repatriate|return|carry|receive|accept|land))\b/,
  pastEvent:
    /\b(landed|arrived|departed|took off|touched down|were (deported|repatriated|removed|flown|returned)|was (carrying|carried)|carried|flew)\b/,
  statistic:
    /\b(fiscal (year|\d{4})|per ?cent|%|so far this year|this year alone|a year|each year|annually|in total since|backlog|since (january|the start|the beginning)|last year|in (19|20)\d\d\b|in the whole of (19|20)\d\d\b|record number|estimated \d|average|on average|total of \S+ (this|last) year|more than \S+ (this|last) year|million|between (january|february|march|april|may|june|july|august|september|october|november|december) and|this year\b.*\b(data|figures|statistics)|(data|figures|statistics) show|the (?:figure|total|tally) (?:was|is|stood|rose|fell|reached)|double that of)/,
  us: /\b(ice|immigration and customs enforcement|dhs|homeland security|united states|u\.s\.|usa|us (government|authorities|officials|immigration|deportation|deportations|flight|flights|federal)|american (authorities|officials|government|immigration|federal|deportation)|washington|trump administration|biden administration|white house|state department|federal (authorities|officials|government))\b|\bUS\b/,
  people:
    /^(?:[\s,-]*(?:[\p{L}-]+\s+){0,2}?)(nationals|citizens|compatriots|countrymen|migrants|deportees|immigrants|aliens|people|persons|men|women|families|children|minors|returnees|repatriates|detainees|passengers|adults|noncitizens|non-citizens|individuals|asylum[- ]seekers|workers|travell?ers|foreigners|males|females|boys|girls|teenagers|youths|(?:west|east|central|south|southern|north|latin) (?:africans|americans|asians)|africans|asians|caribbean nationals)\b|^\s+(?:of them|(?:were |have been |had been )?(?:deported|expelled|removed|repatriated|returned|aboard|on board))\b/u,
  toSlot:
    /(?:\bto|\b(?:homelands?|home countr(?:y|ies)|native (?:countr(?:y|ies)|land)) of|\bbound for|\bdestined for|\bheaded (?:to|for)|\bheading (?:to|for)|\ben route to|\bback to|\bhome to|\btowards?|\binto|\bfor)\s+(?:the\s+|its\s+|their\s+)?$/,
  arriveSlot:
    /(?:\b(?:landed|lands|land|landing|arrived|arrives|arriving|arrive|touched down|touching down|touch down)(?:\s+(?!in\b|at\b)[\p{L}\p{N}-]+){0,4}?\s+(?:in|at|on)|\b(?:received|receives|were received|was received)(?:\s+(?!in\b|at\b)[\p{L}\p{N}-]+){0,5}?\s+(?:in|at)|\breached|\breaching|\barrived back in|\bdisembarked (?:in|at)|\b(?:landed|lands|arrived|arrives|touched down|touching down)\s+at\s+(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:airport|air base|airbase|airfield|terminal)\s+(?:in|near|outside))\s+(?:the\s+)?(?:(?:[\p{L}'’]+\s+)?capital(?:\s+city)?,?\s+)?$/u,
  fromSlot:
    /(?:\bfrom|\b(?:originated|originating|began|started) (?:in|at|from)|\b(?:originated|began|started|departed|left|took off) (?:at|from) (?:the |an? )?(?:[\w-]+ ){0,4}?(?:hub|base|airport|airfield|facility|center|centre) (?:in|at|near|outside)|\b(?:leave|leaves)|\bboarded (?:\S+ ){0,5}?(?:in|at)|\bdeparted(?: from)?|\bdeparting(?: from)?|\bdepart(?: from)?|\bleft(?: from)?|\bleaving(?: from)?|\btook off from|\btaking off from|\bflew out of|\bflying out of|\bout of)\s+(?:the\s+)?$/,
  nationalsOf:
    /(?:\b(?:nationals?|citizens?|natives?|people|migrants|deportees|immigrants|men|women|families|passengers|individuals|returnees|asylum[- ]seekers|detainees) (?:of|from)(?: (?:countries|nations|places) (?:including|such as|like))?|\b(?:nationals|citizens|people|migrants|deportees) (?:from|of) (?:\w+ )?(?:countries|nations) (?:including|such as|like)|\bincluding (?:nationals of|citizens of|people from)?|\b(?:they|who|those|men|women|people|passengers|deportees|migrants|detainees|returnees|group|all|most|others)\s+(?:all\s+|mostly\s+|originally\s+)?(?:came|come|are|were|had come|hail|hailed|hailing)\s+from|\b(?:men|women|people|passengers|deportees|migrants|detainees|returnees|group|individuals),\s+(?:all\s+|mostly\s+|most\s+of\s+them\s+)?from|\bthe (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)(?:,\s+|\s+(?:were|are|came|come)\s+)(?:all\s+|mostly\s+|originally\s+)?from|(?:^|[—–,:(]\s*|\band\s+|\bindividuals\s+[—–-]\s*)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) from|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:man|men|woman|women|person|people|individuals?)(?: each)? from|\b(?:in all|in total|altogether)\s*[—–,-]*\s*from|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|the others?|the rest|others) (?:are|were|is|was|come|came) (?:originally )?from|\bamong them (?:were|are) (?:citizens|nationals|people) of)\s+(?:the\s+)?$/,
  actedAfter:
    /^(?:['’]s\s+(?:government|foreign ministry|ministry|authorities|president|officials|embassy|interior ministry|migration|immigration|prime minister|leader|junta|regime)\b|\s+(?:has\s+|had\s+|have\s+|also\s+|again\s+|then\s+)?(?:agreed|agrees|refused|refuses|declined|declines|denied|denies|blocked|blocks|turned|rejected|rejects|accepted|accepts|resumed|resumes|suspended|halted|stopped|received|receives|will|would|consented|allowed|authorized|began|took)\b(?!\s+(?:similar\s+|such\s+)?(?:approaches|requests|proposals|offers|overtures|inquiries|letters|calls|invitations)\b))/,
  actedBefore:
    /(?:\b(?:government|authorities|foreign ministry|interior ministry|ministry of (?:the )?interior|ministry of foreign affairs|officials|leaders?|president|embassy) of(?: the republic of)?|\b(?:sanctions|restrictions|tariffs|pressure|visa bans?) (?:on|against))\s+(?:the\s+)?$/,
  notDestination:
    /(?:\bvia|\bstopover in|\bstop(?:ped)? in|\brefuel(?:led|ed|ing)? in|\bby way of|\baccording to|\bcompared (?:to|with)|\bsimilar to|\bdue to|\bnext to|\bclose to|\bvisit(?:ed|ing)?|\btrip to|\btravel(?:l?ed)? to|\bmet(?: with)?|\bmeeting (?:in|with)|\bsummit in|\btalks (?:in|with)|\bambassador to|\bembassy in|\bborder with|\bwithholding of (?:removal|deportation) to|\bprotect\w* (?:\w+ )?(?:from|against) (?:removal|return|deportation|being (?:sent|returned|deported)) to|\b(?:barred|blocked|bars|blocks|halted|stopped) (?:\w+ ){0,2}?(?:return|removal|deportation) to|\b(?:cannot|could not|can't|couldn't|may not|must not) be (?:returned|deported|removed|sent) (?:back )?to|\bfear(?:ed|s)? (?:of )?(?:return(?:ing)?|being (?:sent|returned|deported)) to|\b(?:asked|asks|urged|urges|called on|appealed to|pressed)(?: both)?(?:\s+[a-z]+){1,2}?\s+and)\s+(?:the\s+)?$/,
  deporterBefore:
    /(?:\b(?:deported|expelled|removed|repatriated|returned|flown|sent|flights?|charters?|deportees|returnees|deportations?) from)\s+(?:the\s+)?$/,
  deporterAfter:
    /^(?:['’]s\s+)?\s*(?:(?:home office|interior ministry|border (?:police|force|agency)|immigration (?:service|office|agency|authorities|department)|federal police|police|authorities|government|officials|coast guard|national migration institute|migration (?:institute|agency|authorities))\s+)?(?:has\s+|had\s+)?(?:deported|expelled|deports|removed|repatriated|repatriates|sent back|flew|flies|chartered|charters|returns|returned|removes|expels|sends)\b/,
  thirdCountry:
    /\b(third[- ]country|third countries|other nationalities|(?:people|migrants|deportees|nationals) of (?:an)?other nationalit(?:y|ies)|various nationalities|several nationalities|different nationalities|not (?:their|its) (?:own )?(?:country|citizens|nationals)|who are not (?:\w+ )?(?:citizens|nationals)|non-[a-z]+ (?:deportees|nationals|migrants|citizens)|none of (?:them|the \w+) (?:is|are|was|were)|a country (?:none|not one) of them|none of them [\w-]+|(?:were|are) not (?:\w+ )?(?:citizens|nationals)|not (?:a single|one) (?:\w+ )?(?:citizen|national)|foreign nationals|foreigners)\b/,
  hedge:
    /(?:more than|over|about|around|nearly|almost|some|approximately|roughly|up to|at least|fewer than|less than|just over|just under|close to|an estimated|upwards of|or so|more)\s+$/,
  subgroup:
    /(?:\b(?:her|his|my|our)|\bincluding|\b(?:returnees|deportees|group|passengers|migrants|detainees|those (?:deported|removed|on board|aboard))\s+(?:included|include|includes)|\bamong them|\bamong whom|\bof whom|\bof them|\bamong the|\bamong|\bamong (?:those|them|the [\w-]+)(?: on board| aboard)?(?: were)?|\bamong the [\d,]+ [\w-]+(?: on board| aboard)? (?:were|was))\s+(?:the\s+)?$/,
  notPeopleAfter:
    /^\s*(?:(?:people|persons|officials|sources|individuals) (?:familiar|with knowledge|briefed|who spoke|close to|who asked|aware)|%|percent|per cent|years?|year-old|months?|days?|hours?|minutes?|weeks?|flights?|planes?|aircraft|charters?|times|countries|nations|states|cities|kilometers|kilometres|km|miles|dollars|million|billion|a\.m|p\.m|am\b|pm\b|o'clock|of the|of (?:those|these)|members|officers|agents|cases|orders|beds|seats|tons|pounds|percent|acres|votes|senators|judges|applications|visas)/,
  countVerbBefore:
    /(?:\bcarrying|\bcarried|\bwith|\btook|\bflew|\bbrought|\breturned|\bdeported|\brepatriated|\bremoved|\bexpelled|\bsent|\breceived|\btransport(?:ed|ing)|\baboard were|\bon board were|\btotal of|\bfor|\b(?:group|contingent|planeload|batch|load) of|\bthe)\s+$/,
  single:
    /\b(a man|a woman|one man|one woman|a teenager|a father|a mother|a student|a pastor|a veteran|a grandmother|a grandfather|a doctoral student|an? \w+ (man|woman|student|father|mother)|was deported|has been deported|is facing deportation|(?:he|she) (?:was|has been) (?:deported|removed|put on)|(?:he|she) boarded|escorted by (?:two|three|four|\d) (?:\w+ ){0,2}(?:officers|agents|officials)|the only passenger|an? \d{1,3}-year-old|(?:on|onto|aboard) (?:a )?(?:regular |scheduled )?commercial (?:flight|airliner))\b/,
  flightTypes: [
    ["ice_air", /\bice air\b/],
    ["charter", /\bcharter(ed|s)?\b/],
    ["military", /\b(military (aircraft|plane|flight|jet|transport)s?|air force|c-17|c-130)\b/],
    ["commercial", /\bcommercial (flights?|airlines?|planes?|airliners?)\b/],
  ],
};

const ES: Words = {
  removal:
    /(?<![\p{L}])((?:vuelo|avi[oó]n|aeronave|ch[aá]rter)[^.;]{0,30}?(?:fletad|contratad|operad)[oa] por (?:el )?(?:servicio de inmigraci[oó]n y control de aduanas|ice|gobierno estadounidense|gobierno de (?:los )?estados unidos|washington)|enviad[oa]s? (?:aqu[ií] )?por (?:el gobierno de )?(?:los )?(?:estados unidos|ee\.? ?uu\.?|eeuu|washington)|deportad\p{L}*|deportaci\p{L}*|deport(a|an|ó|aron|ar|ará|arán)|repatriad\p{L}*|repatriaci\p{L}*|repatri(a|an|ó|aron|ar|ará|arán)|retornad\p{L}*|retorno|retornos|retorn(a|an|ó|aron|ará|arán)|expulsad\p{L}*|expulsi\p{L}*|expuls(ó|aron|ar)|devuelt[oa]s?|devolvi(?:ó|eron)|devuelven|devuelve|enviad[oa]s de (regreso|vuelta)|removid[oa]s|remoci\p{L}*|vuelos? de (deportación|repatriación|retorno|expulsión|remoción)|tercer(os)? pa[ií]s(es)?|embarcad[oa]s|trasladad[oa]s en (un|el) (vuelo|avi[oó]n)|enviad[oa]s de regreso|regresaron (deportad|repatriad)\p{L}*|retornantes|regresad[oa]s|devoluci[oó]n|retorno forzoso|vuelos? (con|de) (migrantes|connacionales|compatriotas)|connacionales|compatriotas (retornad|deportad)\p{L}*|(?:vuelos?|avi[oó]n|aviones|aeronaves?|migrantes|connacionales|compatriotas|paisanos),?(?:\s+\S+){0,10}?\s+(?:procedentes?|provenientes?|desde) (?:de )?(?:los )?(?:estados unidos|ee\.? ?uu\.?|eeuu|eua|texas|luisiana|arizona|florida|california|nueva jersey)|enviad[oa]s(?:\s+\S+){0,3}?\s+(?:desde|de regreso|de vuelta)|enviad[oa]s por (?:el gobierno de |las autoridades de )?(?:estados unidos|ee\.? ?uu\.?|eeuu|washington)|sacad[oa]s de (?:los )?(?:estados unidos|ee\.? ?uu\.?|eeuu|eua)|(?:regres|retorn)\p{L}*(?:\s+\S+){0,5}?\s+(?:en|a bordo de) (?:un |dos |tres |el |los )?(?:vuelos?|avi[oó]n|aviones|aeronaves?)|vuelta a la patria)(?![\p{L}])/u,
  flight:
    /(?<![\p{L}])(vuelos?|avi[oó]n|aviones|aeronaves?|ch[aá]rter|aterriz\p{L}*|arrib\p{L}*|aeropuertos?|base a[eé]rea|despeg\p{L}*|a bordo|aerol[ií]nea|fuerza a[eé]rea|pista|viajaban|viajaron)(?![\p{L}])/u,
  group:
    /(?<![\p{L}])(deportad[oa]s|retornad[oa]s|repatriad[oa]s|migrantes|connacionales|compatriotas|ciudadanos|personas|pasajeros|familias|hombres|mujeres|niños|niñas|menores|adultos|extranjeros|decenas|cientos|centenar)(?![\p{L}])/u,
  policy:
    /(?<![\p{L}])(acept\p{L}*|recib\p{L}*|se neg\p{L}*|neg[oó]|negaron|desautoriz\p{L}*|rechaz\p{L}*|no autoriz\p{L}*|autoriz\p{L}*|bloque\p{L}*|suspend\p{L}*|suspensi\p{L}*|reanud\p{L}*|acuerdo|acord\p{L}*|convenio|sanciones|aranceles|tercer pa[ií]s seguro|permiso de aterrizaje|permiso para aterrizar|negativa)(?![\p{L}])/u,
  policyObject:
    /(?<![\p{L}])(deportad\p{L}*|deportaci\p{L}*|repatriad\p{L}*|repatriaci\p{L}*|retornad\p{L}*|vuelos?|migrantes|connacionales|ciudadanos|nacionales|aviones?|aeronaves?|solicitantes de asilo|solicit\p{L}* asilo|personas de otras nacionalidades|extranjer[oa]s|tercer pa[ií]s|terceros pa[ií]ses)(?![\p{L}])/u,
  policyStrong:
    /(?<![\p{L}])(se neg\p{L}*|neg[oó]|negaron|no (?:recibir|aceptar)\p{L}*|dej\p{L}* de (?:recibir|aceptar)|desautoriz\p{L}*|rechaz\p{L}*|no autoriz\p{L}*|bloque\p{L}*|suspend\p{L}*|reanud\p{L}*|acord\p{L}*|aceptar[aá]|aceptar|sanciones|aranceles|permiso de aterrizaje|negativa)(?![\p{L}])/u,
  planned:
    /(?<![\p{L}])(prev[eé]|previsto|se espera|espera recibir|esperan|espera para|llegar[aá]n?|aterrizar[aá]n?|partir[aá]n?|saldr[aá]n?|viajar[aá]n|despegar[aá]n?|volar[aá]n|traer[aá]n|recoger[aá]n|tienen? previsto|programad[oa]s?|pr[oó]xim[oa] semana|pr[oó]ximo|mañana|realizar[aá]n?|recibir[aá]n?|est[aá] prevista|se preparan? para (?:recibir|la llegada)|prepara(?:n)? la llegada)(?![\p{L}])/u,
  pastEvent:
    /(?<![\p{L}])(aterriz[oó]|aterrizaron|lleg[oó]|llegaron|arrib[oó]|arribaron|despeg[oó]|fueron (deportados|repatriados|retornados|expulsados))(?![\p{L}])/u,
  statistic:
    /(en lo que va (del|de este) año|en lo que va de|durante (el|este) año|por ciento|%|año fiscal|anualmente|cada año|al año|en total (este|el) año|el año pasado|desde (enero|principios|inicios)|en (19|20)\d\d\b|durante (19|20)\d\d\b|en el mismo per[ií]odo|cifra r[eé]cord|promedio|millones)/u,
  us: /(?<![\p{L}])(ice|servicio de inmigraci[oó]n y control de aduanas|departamento de seguridad nacional|dhs|estados unidos|ee\.? ?uu\.?|eeuu|eua|estadounidense\p{L}*|norteamerican\p{L}*|washington|gobierno de (trump|biden)|administraci[oó]n (trump|biden))(?![\p{L}])/u,
  people:
    /^(?:[\s,-]*(?:[\p{L}-]+\s+){0,2}?)(deportad[oa]s|retornad[oa]s|repatriad[oa]s|migrantes|connacionales|compatriotas|ciudadan[oa]s|personas|pasajeros|familias|hombres|mujeres|niñ[oa]s|menores|adult[oa]s|extranjer[oa]s|expulsad[oa]s|inmigrantes|detenid[oa]s|de ellos|de ellas)(?![\p{L}])/u,
  toSlot:
    /(?:(?<![\p{L}])a|(?<![\p{L}])al|(?<![\p{L}])hacia|(?<![\p{L}])(?:su|sus) pa[ií]s(?:es)? (?:de origen|natal),?|con destino a|con rumbo a|rumbo a|de regreso a|de vuelta a|(?<![\p{L}])para)\s+(?:la\s+|el\s+|su\s+)?$/u,
  arriveSlot:
    /(?:(?<![\p{L}])(?:aterriz\p{L}*|lleg\p{L}*|arrib\p{L}*|ingres\p{L}*|toc\p{L}* (?:tierra|pista)|desembarc\p{L}*)(?:\s+(?!en\b|a\b|al\b|por\b)[\p{L}\p{N}]+){0,6}?\s+(?:en|a|al|por)|(?<![\p{L}])(?:recibi\p{L}*|recibid[oa]s|recibe|reciben),?(?:\s+(?!en\b|por\b)[\p{L}\p{N}]+){0,4}?,?\s+(?:en|por))\s+(?:el\s+|la\s+)?(?:(?:aeropuerto|terminal(?:\s+a[eé]rea)?|base a[eé]rea)(?:\s+internacional)?(?:\s+de)?\s+)?$/u,
  fromSlot:
    /(?:(?<![\p{L}])desde|(?<![\p{L}])(?:embarcad[oa]s|abordaron|subieron)(?:\s+(?!en\b)[\p{L}\p{N}]+){0,4}?\s+en|(?<![\p{L}])(?:origin[oó]|originad[oa]|se origin[oó]) en|procedentes? de|provenientes? de|(?<![\p{L}])(?:sali|sald|parti|despeg|proced|provin|provien|zarp)\p{L}*(?:\s+(?!de\b|desde\b)[\p{L}\p{N}]+){0,4}?\s+(?:de|desde)|(?<![\p{L}])(?:parte|parten)\s+(?:de|desde)|(?<![\p{L}])(?:sali|sald|parti|despeg)\p{L}*\s+(?:del|desde el)\s+aeropuerto(?:\s+internacional)?(?:\s+de)?|(?<![\p{L}])desde el aeropuerto(?: internacional)? de|(?<![\p{L}])(?:embarcad[oa]s|abordaron|subieron|embarcaron)\s+en\s+el\s+aeropuerto(?:\s+internacional)?\s+de)\s+(?:el\s+|la\s+)?$/u,
  nationalsOf:
    /(?:(?<![\p{L}])(?:ciudadan[oa]s|nacionales|originari[oa]s|nativ[oa]s|migrantes|personas|deportad[oa]s|inmigrantes) (?:de|del|procedentes de|provenientes de)|(?<![\p{L}])(?:personas|migrantes|deportad[oa]s|pasajeros)["»”]?\s+(?:procedentes|provenientes|originari[oa]s|proceden|provienen|vienen) de|de nacionalidad|(?:proced[ií]an|proven[ií]an|son|eran|vienen|ven[ií]an|llegaron) de|(?:la mayor[ií]a|el resto|los dem[aá]s|otros|otras|casi todos|todos|tod[oa]s ell[oa]s)(?: de ell[oa]s)? (?:procede|proceden|proviene|provienen|viene|vienen|es|son) (?:originari[oa]s )?de|(?:formad[oa]|integrad[oa]|compuest[oa]|conformad[oa])s? por|(?:hombres|mujeres|personas|migrantes|deportados),\s+(?:tod[oa]s\s+)?(?:de|originarios de))\s+(?:la\s+|el\s+)?$/u,
  actedAfter:
    /^\s*(?:,\s*)?(?:ya\s+|también\s+|no\s+|se\s+)?(?:acept\p{L}*|recib\p{L}*|se neg\p{L}*|neg[oó]|rechaz\p{L}*|autoriz\p{L}*|bloque\p{L}*|suspendi\p{L}*|reanud\p{L}*|acord\p{L}*|consinti\p{L}*)(?![\p{L}])/u,
  actedBefore:
    /(?:(?:gobierno|canciller[ií]a|autoridades|ejecutivo|r[eé]gimen|presidente|ministerio de relaciones exteriores|ministerio del interior|ministerio de (?:gobernaci[oó]n|seguridad|migraci[oó]n)|direcci[oó]n (?:general )?de migraci[oó]n|embajada) (?:de|del)(?: la rep[uú]blica (?:de|del))?|(?:sanciones|aranceles|presi[oó]n) (?:a|contra|sobre))\s+(?:la\s+|el\s+)?$/u,
  notDestination:
    /(?:(?<![\p{L}])v[ií]a|escala en|hizo escala en|según|seg[uú]n|en comparaci[oó]n con|visit\p{L}*|viaje a|viaj\p{L}* a|reuni[oó]n (?:en|con)|cumbre en|embajador en|embajada en|frontera con|protecci[oó]n contra (?:la )?(?:deportaci[oó]n|expulsi[oó]n|devoluci[oó]n) a|no (?:pueden|pod[ií]an|podr[aá]n) ser (?:devuelt|deportad|enviad|expulsad)\p{L}* a|(?<![\p{L}])(?:pedido|pidi[oó]|pide|piden|pidieron|solicit\p{L}*|exig\p{L}*|reclam\p{L}*|inst[oó]|insta|instan) a(?:\s+\p{L}+){1,2}?\s+y(?:\s+a)?|(?<![\p{L}])(?:pedido|pidi[oó]|pide|piden|pidieron|solicit\p{L}*|exig\p{L}*|reclam\p{L}*|inst[oó]|insta|instan) a)\s+(?:la\s+|el\s+)?$/u,
  deporterBefore:
    /(?:(?:deportad[oa]s|expulsad[oa]s|repatriad[oa]s|retornad[oa]s|vuelos?|deportaciones) (?:desde|de)|(?:deportad[oa]s|expulsad[oa]s|repatriad[oa]s|retornad[oa]s)(?:\s+[\p{L}\d]+){1,3}?\s+desde|(?:fuerza a[eé]rea|ej[eé]rcito|armada|polic[ií]a federal|servicio nacional de migraciones) de|expulsad[oa]s del pa[ií]s por)\s+(?:la\s+|el\s+)?$/u,
  deporterAfter:
    /^\s*(?:deport[oó]|deporta|deportan|deportaron|expuls[oó]|expulsa|expulsan|expulsaron|repatri[oó]|repatria|repatrian|repatriaron|fleta|flet[oó]|devolvi[oó]|devuelve|devuelven|devolvieron|retorn[oó]|retorna|retornan|retornaron)(?![\p{L}])/u,
  thirdCountry:
    /(tercer(os)? pa[ií]s(es)?|otras? nacionalidad(es)?|(personas|migrantes|deportad[oa]s|ciudadanos) de otros pa[ií]ses|varias nacionalidades|distintas nacionalidades|diferentes nacionalidades|diversas nacionalidades|no son (ciudadanos|nacionales)|ninguno (?:de ellos )?(?:es|era)|no (?:es|son) (?:su|sus) pa[ií]s(?:es)? de origen|ninguno (?:de ellos )?\p{L}+|extranjeros|no (?:son|eran) (?:de nacionalidad )?\p{L}+)/u,
  hedge:
    /(?:m[aá]s de|cerca de|alrededor de|unos|unas|aproximadamente|casi|al menos|poco m[aá]s de|hasta|por lo menos|un aproximado de|un promedio de|en torno a|menos de)\s+$/u,
  subgroup:
    /(?:incluid[oa]s|entre ell[oa]s|entre los que|entre las que|de los cuales|de las cuales|de ell[oa]s|entre (?:los|las) \p{L}+ (?:hab[ií]a|hubo|figuran|figuraban|iban|ven[ií]an|se encontraban|est[aá]n|estaban)(?: al menos| unos| unas)?|(?:hab[ií]a|hubo|figuran|figuraban|iban|ven[ií]an) entre (?:ell[oa]s|los \p{L}+))\s+$/u,
  notPeopleAfter:
    /^\s*(?:%|por ciento|años|año|meses|mes|d[ií]as|horas|minutos|semanas|vuelos?|aviones|aeronaves|veces|pa[ií]ses|estados|ciudades|kil[oó]metros|km|d[oó]lares|pesos|lempiras|quetzales|millones|mil millones|de la mañana|de la tarde|de la noche|h\b|hrs|agentes|oficiales|casos|[oó]rdenes|asientos|de (?:ellos|ellas|los|las)\b)/u,
  countVerbBefore:
    /(?:con|llevaba|llevando|transportaba|transportando|trajo|trajeron|a bordo (?:iban|venían|viajaban)|retorn[oó] a|deport[oó] a|recibi[oó] a|un total de|total de|lleg[oó] con|llegaron|aterriz[oó] con|(?:grupo|contingente|total|lote) de|l[oa]s)\s+$/u,
  single:
    /(?<![\p{L}])(un hombre|una mujer|un joven|una joven|un padre|una madre|un estudiante|una estudiante|un pastor|una abuela|un abuelo|un activista|una activista|fue deportad[oa]|un ciudadano|una ciudadana|un migrante|una migrante|la deportaci[oó]n de (?:un|una) \p{L}+|(?:un|una) \p{L}+ de \d{1,3} años|(?:acompañad|custodiad|escoltad)[oa] por (?:dos|tres|cuatro|\d) agentes|en (?:un )?vuelo comercial|(?:el|la) ex(?:alcalde|alcaldesa|diputad[oa]|funcionari[oa]|president[ea]|militar))(?![\p{L}])/u,
  flightTypes: [
    ["ice_air", /\bice air\b/u],
    ["charter", /(ch[aá]rter|fletad[oa])/u],
    ["military", /(avi[oó]n militar|aeronave militar|fuerza a[eé]rea|militar(es)?\b.*avi[oó]n|c-17|c-130)/u],
    ["commercial", /(vuelo comercial|vuelos comerciales|aerol[ií]nea comercial)/u],
  ],
};

const ZH: Words = {
  removal:
    /(遣返|驱逐|递解|遣送|押送|押解|送回|遣返回|强制离境|被遣|非法移民|非法滞留|移民执法|接返|移交|返抵|送抵|送往|押回|送返|移送|押解回国|遣送回国|(?:美国|美方)[^，。]{0,4}送来|送到(?=[^，。]{0,8}(?:第三国|安置)))/,
  flight: /(航班|包机|飞机|班机|专机|机场|抵达|降落|起飞|飞抵|搭乘|乘坐|客机|军机|落地|着陆|运输机|机上)/,
  group:
    /(\d+|[一二两三四五六七八九十百千]{2,}|[二两三四五六七八九十百千])(余|多)?(名|人|位)(?![^，。]{0,4}?(执法人员|警员|警察|官员|探员|工作人员|律师|记者|法官|人员押))|非法移民|移民(?!官员|局|署|法官|执法|[与和及暨]海关|律师|法庭|法院|官)|公民|国民|数十|数百|上百|逾百|百余/,
  policy:
    /(接收|接受|同意|拒绝|拒收|不接收|恢复|暂停|配合|合作|核实|签证制裁|制裁|关税|不配合|协议|谅解备忘录|允许降落|不允许|禁止降落|拒绝入境)/,
  policyObject: /(遣返|遣送|驱逐|递解|非法移民|公民|国民|包机|航班|被遣返人员|第三国人员)/,
  policyStrong:
    /(同意|拒绝|拒收|不接收|不再接收|不再接受|停止接收|恢复|暂停|签证制裁|制裁|关税|不允许|禁止降落|将接收|愿意接收)/,
  // A bare 将 before a number is the object marker ("美国将200名移民遣送…": sent 200 people) or 将近
  // ("nearly"), not the future.
  planned:
    /(将于|将在|将会|即将|计划|预计|预定|定于|订于|排定|拟|准备|下周|下月|月底前|下个月|下星期|下礼拜|月内|日内|明天|明日|后天|将(?![\d一二两三四五六七八九十百千数逾近约余]))/,
  pastEvent: /(抵达|降落|飞抵|落地|已被遣返|遣返了|起飞后)/,
  statistic:
    /(财年|今年以来|去年以来|前年以来|年初以来|今年迄今|年初至今|迄今为止|资料显示|数据显示|累计|总计|全年|百分之|%|每年|去年全年|近年来|截至.*年|共计.*年|统计|同期|[\d一二三四五六七八九十]{1,2}月至[\d一二三四五六七八九十]{1,2}月)/,
  us: /(美国|美方|美移民|美执法|美政府|移民和海关执法局|移民及海关执法局|移民与海关执法局|海关执法局|国土安全部|ice|华盛顿|特朗普政府|川普政府|拜登政府|白宫|美国政府)/,
  people:
    /^(?:余|多|余名|多名)?(?:名|人|位)|^(?:[\p{Script=Han}]{0,8}?)(?:籍|公民|国民|移民|非法移民|偷渡客|人员|男子|女子|难民|乘客)/u,
  toSlot:
    /(遣返回|遣返至|遣返到|遣送回|遣送至|送回|送往|飞往|前往|押送回|押解回|押送至|遣返|遣送|返回|回到|运往|飞赴|赴|向|(?<!来)往|送到|送至|(?:驱逐|遣返|遣送|押送|移送|转送|送)[^，。]{1,14}?(?:至|到))$/,
  arriveSlot:
    /(抵达|到达|降落在|降落于|降落|飞抵|运抵|落地|抵|着陆于|着陆|目的地为|目的地是|续飞(?:往|至|到)?|转飞(?:往|至|到)?)(?:首都|首府)?$/,
  fromSlot: /(从|(?<![来來])自|由|离开)$/,
  nationalsOf:
    /(来自|分别来自|包括|包含|涵盖|国籍为|国籍包括|国籍分别为|(?:他们|这些人|其余|其他人)(?:分别|均|都)?(?:是|为))$/,
  actedAfter:
    /^(?:国)?(?:政府|外交部|内政部|移民局|移民总局|当局|官方)[^，。]{0,12}?(?:证实|确认)|^(?:政府|外交部|方面|当局|官方|方|外交部发言人|移民局|矫正署|内政部|警方|移民总局)?(?:[^，。]{0,6}?)(?:已经|已|将|也|再次|再|又|表示)?(?:同意|拒绝|拒收|拒当|拒做|接收|收|迎回|接回|接获|宣布|恢复|暂停|不再|愿意|配合|不配合|允许|不允许)/,
  actedBefore: /(制裁|施压)$/,
  notDestination:
    /(经停|中转|经由|途经|访问|出访|会晤|与|免于被遣返回|免遭遣返回|不得遣返回|不能被遣返回|无法被遣返回|禁止将其遣返回)$/,
  deporterBefore: /(?<![来來])(从|自)$/,
  deporterAfter:
    /^(?:国家)?(?:政府|当局|警方|移民局|移民署|入管局|出入国在留管理厅|出入国在留管理局|内政部)?(?:已|将|以|再度|再次|又|首次|再|近日|日前)?(?:包机)?(?:强制|集体)?(?:(?:将|把)[^，。]{0,6}?(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?名[^，。]{0,12}?)?(?:遣返|驱逐|递解|遣送|送回|送返)|^(?:政府|当局|警方|执法部门)?向(?:我方|中方|我国|中国)(?:警方)?移交|^(?:国家)?(?:政府|当局|警方|移民局|移民署|内政部)?从[^，。美]{2,14}?(?:以|用)?(?:包机|专机|军机)?(?:遣返|遣送|驱逐|递解)/,
  thirdCountry:
    /(第三国|其他国籍|多国籍|多个国家的|不同国籍|各国籍|非[\p{Script=Han}]{1,6}籍|外籍人士|外籍人员|没有(?:任何)?[\p{Script=Han}]{2,6}(?:人|籍|公民)|均非[\p{Script=Han}]{2,6}(?:人|籍|公民)|都不是[\p{Script=Han}]{2,6}(?:人|公民))/u,
  hedge: /(约|大约|近|逾|超过|至少|将近|接近)(?:有)?$/,
  // "她的三名客户": someone's clients or relatives among those on board.
  subgroup: /(其中|包括|含|[他她我]的|[他她我]们的)$/,
  notPeopleAfter:
    /^(?:架次|架|班|次|个国家|国|年|月|日|号|天|小时|分钟|岁|%|美元|万|亿|公里|周|个月|趟|批|(?:名|位|个)?(?:移民|移民局|海关|边境|ice)?(?:人员(?=[^，。]{0,2}(?:戒护|押送|押解|陪同|护送))|执法人员|警员|警察|官员|官|探员|工作人员|律师|记者|公民子女|子女|孩子|议员|法官|当事人)|(?:名|位)[^，。]{1,8}?的[^，。]{0,6}?(?:官员|消息人士|知情人士|人士透露|律师|议员|发言人))/,
  countVerbBefore: /(载有|载着|搭载|共|共有|押送|遣返|将|把|接收|运送)$/,
  // Chinese papers name one person by surname: "男子陈某", "一位李姓女子", "福建籍男子".
  single:
    /((一名|一位|该名)(?!发言人|官员|律师|专家|记者|议员|法官|学者|负责人|高级官员|移民官)[^。]{0,60}?(生|男子|女子|男性|女性|公民|人士|旅客|学者|父亲|母亲|港男|港女|台男|台女)|一人被遣返|单独被|(男子|女子|妇女|男性|女性|留学生|学生)[\p{Script=Han}]{1,2}某|[\p{Script=Han}]姓(男子|女子|男性|女性|华人|华裔|留学生|学生|男|女)|(?<!(?:数|多|几|两|三|四|五|六|七|八|九|十|\d)名[^，。]{0,4})(籍|华人|华裔)(男子|女子|妇女)(?!们)|(?<!某)[\p{Script=Han}]某某?(?=[，,。、于被在已日的（(乘])|姓[\p{Script=Han}]{1,2}(男子|女子)|(港|台|华)(男|女)(?![子性人])[^。]{0,20}?(遣返|递解|遣送))/u,
  flightTypes: [
    ["ice_air", /ice air/],
    ["charter", /包机/],
    ["military", /(军机|军用飞机|军用运输机|空军)/],
    ["commercial", /(商业航班|民航航班|民航班机|民航客机|商业客机|商业班机|定期航班|定期客机)/],
  ],
};

const WORDS: Record<Lang, Words> = { en: EN, es: ES, zh: ZH };
const LANDED: Record<Lang, RegExp> = {
  en: /\b(landed|touched down|arrived (in|at)|touching down)\b/,
  es: /(aterriz[oó]|aterrizaron|toc[oó] (tierra|pista)|arrib[oó] (a|al)|llegaron (a|al|este|el))/u,
  zh: /(降落|抵达|飞抵|落地)/,
};
/** The US as the one removing: its agencies, its planes, "from the United States". */
const US_AGENT: Record<Lang, RegExp> = {
  en: /\b(ice|immigration and customs enforcement|dhs|homeland security|(u\.s\.|us|american|united states) (government|authorities|officials|air force|military|plane|aircraft|flight|charter|deportation|removal|immigration)|(from|by) the (united states|u\.s\.)|trump administration|biden administration|washington)\b/,
  es: /(ice|servicio de inmigraci[oó]n y control de aduanas|seguridad nacional|(desde|de|por) (los )?(estados unidos|ee\.? ?uu\.?|eeuu|eua)|gobierno (de trump|estadounidense)|administraci[oó]n (trump|biden)|estadounidense)/u,
  zh: /(ice|移民和海关执法局|移民及海关执法局|海关执法局|国土安全部|美国(政府|当局|移民|遣返|包机|军机|空军)|从美国|自美国|由美国|美方|美国遣返|遭美国|被美国|美国的遣返)/,
};
/** Going on with partners as before: "will continue to work with", "seguirá coordinando con", "继续与…". */
const KEEPS_ON: Record<Lang, RegExp> = {
  en: /\b(?:will|would|to) continue (?:to )?(?:work(?:ing)? with|arrang\w* (?:transfers|removals|flights) with|send\w* (?:people|migrants|deportees) to countries)\b/,
  es: /(?<![\p{L}])(?:seguir[aá]n?|continuar[aá]n?) (?:trabajando|coordinando|cooperando) con(?![\p{L}])/u,
  zh: /继续(?:与|同|和)[^，。]{2,30}(?:等|等国|等地|等国家)/,
};
/** A flight before the one reported: "En el vuelo anterior", "此前", "去年曾多次", "the previous charter". */
const PREVIOUS_FLIGHT: Record<Lang, RegExp> = {
  en: /\b(?:the|an?) (?:previous|earlier|prior) (?:\w+ )?(?:flight|charter|plane|group|deportation flight)\b|\b(?:one|another) such (?:flight|charter|plane)\b/,
  es: /(?<![\p{L}])(?:(?:el|un) vuelo anterior|otro vuelo (?:similar|de ese tipo|de este tipo)|uno de esos vuelos|(?:el|la) (?:anterior|pasad[oa]) (?:vuelo|grupo)|vuelos? anteriores?|en paralelo)(?![\p{L}])/u,
  zh: /(上一(?:架|班|批|次)|前一(?:架|班|批|任)|曾(?:多次|经))/,
};
/** A story told long after: "two years after", "año y medio después", "遣返两年后", "多年后", "八个月后" (the
 *  flight dated half a year or more before the article decides, below). */
const YEARS_ON: Record<Lang, RegExp> = {
  en: /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|many) (?:years?|decades?)(?: and a half)?|(?:six|seven|eight|nine|ten|eleven|twelve|eighteen|[6-9]|1\d) months) (?:after|later|on|since)\b/,
  es: /(?<![\p{L}])(?:(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d{1,2}|varios|muchos) (?:años?|década|décadas)(?: y medio)?|año y medio|(?:seis|siete|ocho|nueve|diez|once|doce|dieciocho|[6-9]|1\d) meses) (?:después|más tarde)(?![\p{L}])/u,
  zh: /(?<!\d)(?:[一二两三四五六七八九十]{1,2}|\d{1,2}|多|数|几)年(?:半)?(?:后|以后|之后)|多年后|半年(?:后|以后|之后)|(?:[六七八九]|十[一二三四五六七八]?|[6-9]|1\d)个月(?:后|以后|之后)/,
};
/** What could or would happen, not what did: "in theory", "podrían ser enviados", "理论上最终仍须". */
const HYPOTHETICAL: Record<Lang, RegExp> = {
  en: /\b(?:in theory|theoretically)\b/,
  es: /(?<![\p{L}])(?:en teor[ií]a|te[oó]ricamente)(?![\p{L}])/u,
  zh: /(理论上|最终仍须|最终仍需)/,
};
/** A whole year as the span of a figure: "en 2025", "during 2025", "last year", "2025年", "去年全年". */
const YEAR_TOTAL: Record<Lang, RegExp> = {
  en: /\b(?:in|during|for|throughout|over) (?:the whole of |all of )?(?:(?:fiscal|calendar) (?:year )?)?(?:19|20)\d\d\b(?!\s*(?:[,-]|\d))|\b(?:last|the past|the previous) year\b/,
  es: /(?<![\p{L}])(?:en|durante) (?:el año )?(?:19|20)\d\d\b(?!\s*\d)|(?:durante )?el año (?:pasado|anterior)/u,
  zh: /(?:19|20)\d\d年(?:全年|一年|度|内|共|间|期间)|去年(?:全年|一年|共|内)|(?:19|20)\d\d财年/,
};
/** The day a report was given ("presentado este martes", "released on Tuesday"), not of a flight. */
const REPORT_DAY =
  /(?:presentad[oa]|publicad[oa]|divulgad[oa]|dad[oa] a conocer|released|published|presented|issued|made public)\s+(?:(?:el|este|on|this|last)\s+)?\S+/gu;
/** A day named: a weekday or a day of a month. */
const DAY_NAMED: Record<Lang, RegExp> = {
  en: /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:today|yesterday|tonight)\b/,
  es: /(?<![\p{L}])(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|hoy|ayer|anoche)(?![\p{L}])|\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)/u,
  zh: /(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}[日号]|[今昨前]天|昨日|今日/,
};
const STRONG_STATISTIC: Record<Lang, RegExp> = {
  en: /\b(rise in|increase in|surge in|growing number of|rising number of|highest (?:\w+ )?(?:level|number|total|figure) (?:in|since|on record|ever)|(?:hit|hits|reach\w*) (?:a )?(?:new )?(?:(?:monthly|weekly|annual|yearly|daily) )?(?:record|high|highest|peak)|the most since (?:19|20)\d\d|annual (?:enforcement )?report)\b|\b(?:deportations|removals|repatriations|returns) (?:of \S+ )?(?:rise|rose|fall|fell|surge|surged|double|doubled|climb|climbed|drop|dropped|jump|jumped|soar|soared)\b|\bthe number of [^.;]{1,40}\b(rose|increased|grew|fell|dropped|doubled|tripled)\b|\breceived (?:more than |over |about |nearly )?\d[\d,]* (?:deportation |removal |repatriation )?flights|\b(?:flights|removals|deportations) to [^.;]{1,80}\b(?:also )?(?:increased|rose|grew|fell|declined|dropped|doubled|tripled)\b|\baccounted for [^.;]{0,40}\bof (?:all )?(?:the )?(?:removals|deportations|flights)\b|\b(?:remains?|remained) a small share\b|\b(?:received|receiving|got|took) the (?:most|largest number of|highest number of)\b|\bfollowed by [^.;]{1,30}? with \d|\b(?:the|its) (?:report|tally|tracker|count) (?:also )?(?:recorded|counted|tallied|logged|found)\b|\b(?:one of the|among the) countries (?:that )?(?:receives?|receiving|takes?|taking) the most\b|\b(fiscal|per ?cent|so far this year|this year alone|annually|each year|a year|average|data show|figures show|statistics|since (january|the start)|record high|all-time high)\b|%/,
  es: /(aumento de|incremento de|creciente n[uú]mero)|(?<![\p{L}])(?:crecen|aumentan|se disparan|caen|disminuyen|se duplican|bajan) (?:las |los )?(?:deportaciones|repatriaciones|retornos|expulsiones)|durante (?:todo )?el año pasado|(el n[uú]mero|la cifra) de [^.;]{1,40}(aument[oó]|creci[oó]|se dispar[oó]|se duplic[oó]|baj[oó]|disminuy[oó])|recibi[oó] .{0,30}\d+ vuelos|(?:uno de )?los pa[ií]ses (?:de la regi[oó]n )?que m[aá]s (?:vuelos|deportados|retornados)|un n[uú]mero (?:\p{L}+ )?mayor de vuelos|(?:vuelos|deportaciones|expulsiones) (?:a|hacia) [^.;]{1,80}(?:tambi[eé]n )?(?:aumentaron|crecieron|se duplicaron|cayeron|disminuyeron|bajaron)|(fiscal|por ciento|en lo que va|anualmente|cada año|al año|promedio|cifras|estad[ií]sticas|desde (enero|inicios|principios))|%/u,
  zh: /(激增|大幅(?:增加|上升|下降|减少)|年度(?:执法)?报告|不断增加|不断增多|持续增加|创(?:近年|近十年|十年|历史)?新高|创纪录|较前一年|较去年|同比|增加近一倍|增加了?[\d一二两三四五六七八九十]+倍|来自约?[\d一二三四五六七八九十百]+个国家)|^据[^，。]{0,24}统计|今年[^，。]{0,8}(?:逾|超过|共|累计)[^，。]{0,4}[\d一二三四五六七八九十百千]+万|(人数|数量|人次)[^，。]{0,4}(增加|增长|上升|下降|减少|创)|自[^，。]{1,20}以来|\d+架次|(财年|百分之|今年以来|累计|总计|全年|每年|平均|统计|数据显示|截至)|%/,
};
/** Hundreds of flights ("flew roughly 1,900 removal flights over the same 12 months", "逾三百架次"): a fleet's
 * record, never one flight, even with a verb of flying. */
const MANY_FLIGHTS: Record<Lang, RegExp> = {
  en: /\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|hundreds of|thousands of) (?:\w+ )?(?:removal |deportation |charter |repatriation )?flights\b/,
  es: /(?<![\p{L}])(?:\d{1,3}(?:[.,]\d{3})+|\d{3,}|cientos de|miles de) (?:vuelos|operaciones a[eé]reas)(?![\p{L}])/u,
  zh: /(?:\d{3,}|\d{1,3}(?:,\d{3})+|[一二三四五六七八九]?[千百][一二三四五六七八九十零]*|数百|上千|数千)(?:多|余)?(?:架次|班(?:次)?(?:遣返)?(?:航班|包机)|趟)|(?:多架|多班|数架|多批)(?:次)?(?:遣返|递解)?(?:包机|航班)/,
};
// Words that contain "deport" but report no removal ("deportation orders", "facing deportation").
const NOT_REMOVAL: Record<Lang, RegExp> = {
  en: /\b(deportation (orders?|proceedings|cases?|hearings?|defen[cs]e|fears?|threats?|risks?|policy|policies|agenda|efforts|campaign|pledges?|law|laws|bill|relief|protection|officers?)|(facing|face|faces|fear|fears|fear of|risk of|avoid|avoided|fight|fighting|halt(ed)?|stop(ped)?|block(ed)?) (\w+ )?deportations?|deportation-defense|final (removal )?orders?|removal (orders?|proceedings|cases?|defen[cs]e)|(restraints|handcuffs|shackles|cuffs|chains|leg irons|zip ties) (were |was |had been |are )?(later |then |all )?removed)\b/g,
  es: /(orden(es)? de (deportación|expulsión)|proceso(s)? de deportación|temor a (las |ser )?deport\w*|miedo a (las |ser )?deport\w*|riesgo de deportación|defensa contra la deportación|enfrenta(n)? (la )?deportación)/g,
  zh: /(遣返令|驱逐令|面临遣返|担心被遣返|害怕被遣返|遣返风险|免于遣返|以免被(?:快速)?遣返|(?:送往|移送|押送|押解|转送)(?:至|到)?[^，。]{0,16}?(?:处理站|处理中心|拘留中心|拘留所|拘押中心|羁押中心|收容所|收容中心|监狱|看守所|医院|法院))/g,
};
const BY_LAND: Record<Lang, RegExp> = {
  en: /\b(by land|overland|on foot|by bus|across the (bridge|border crossing)|port of entry|land border)\b/,
  es: /(por tierra|v[ií]a terrestre|por la frontera terrestre|a pie|puente internacional|en autob[uú]s|garita)/,
  zh: /(陆路|步行|陆地口岸|口岸遣返|过境桥)/,
};
/** "Unlike the Central Americans, who go home on ICE charters, …": a comparison, not an event. */
const CONTRAST: Record<Lang, RegExp> = {
  en: /\b(unlike|as opposed to|in contrast to|contrasts with)\b/,
  es: /(a diferencia de|al contrario de|en contraste con|contrasta con)/,
  zh: /(不同于|有别于|与[^，。]{1,12}不同)/,
};
/** "向危地马拉和洪都拉斯遣返": the countries after 向 are where people were sent, each of a list too. */
const ZH_TOWARD = /(向|往|至|到)(?:[^，。、和及与]{1,12}(?:、|和|及|与|以及))*$/;
const THIS_CITY: Record<Lang, RegExp> = {
  en: /\b(?:landed|arrived|touched down)\b[^.;]{0,40}?\b(?:in|at) (?:the (?:airport|tarmac) (?:of|in) )?this (?:city|capital)\b/,
  es: /(?<![\p{L}])(?:aterriz|lleg|arrib)\p{L}*[^.;]{0,40}?(?:en|a|al) (?:(?:el |la )?(?:aeropuerto|terminal(?: a[eé]rea)?)(?: internacional)? de )?esta (?:ciudad|capital)(?![\p{L}])/u,
  zh: /(?:抵达|降落在|降落|飞抵)本市/,
};
/** The people removed, said to be nationals of some countries, anywhere in the article. */
const NATIONALS_CUE: Record<Lang, RegExp> = {
  en: /\b(?:the (?:men|women|deportees|detainees|group|passengers|migrants|returnees|people)|they|those (?:deported|removed|on board|aboard))\b[^.;]{0,30}?\b(?:are|were|included|comprised|came from|hail from)\b[^.;]{0,10}?\b(?:nationals|citizens|natives) of\b|\b(?:the (?:men|women|deportees|detainees|group|passengers|migrants|returnees)|they)\b[^.;]{0,20}?\b(?:came|come|hail|hailed) (?:originally |all |mostly )?from\b|\bthe (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty) (?:were|are|came|come) (?:originally |all |mostly )?from\b|\bthe (?:group|men|women|deportees|detainees|passengers|returnees|migrants)\b[^.;]{0,20}?\b(?:included|includes|was made up of|were made up of|is made up of|are made up of|consisted of|consists of|comprised|comprises|was composed of|is composed of)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) from [^.;]{2,30}, (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) from\b|\bamong them (?:were|are)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|the others?|the rest|others) (?:are|were|is|was|come|came) (?:originally )?from\b/,
  es: /(?<![\p{L}])(?:los|las) (?:deportad[oa]s|migrantes|retornad[oa]s|expulsad[oa]s|pasajeros|hombres|mujeres)[^.;]{0,30}?(?:son|eran|,) (?:ciudadan[oa]s|nacionales|originari[oa]s|oriund[oa]s) de(?![\p{L}])|(?<![\p{L}])el grupo (?:est[aá] |estaba )?(?:formado|integrado|compuesto|conformado) por|(?<![\p{L}])(?:los|las) (?:pasajeros|deportad[oa]s|migrantes|personas|retornad[oa]s) (?:proceden|provienen|vienen|son originari[oa]s) de(?![\p{L}])|(?<![\p{L}])la mayor[ií]a (?:de ell[oa]s )?(?:procede|proviene|viene|es originari[oa]) de(?![\p{L}])/u,
  zh: /(?:这些人|他们|这(?:[\d一二两三四五六七八九十百]+)(?:名|位)?(?:人|人士|男子|移民)|被遣返者|被驱逐者|其余[^，。]{0,4}人|(?:该|这|此)批(?:人士|人员|移民|乘客|被遣返者)?|机上[^，。]{0,8}(?:人|移民|乘客)|当事人)[^，。]{0,6}(?:分别|均|都)?(?:来自|为|是|包括|包含|由)|(?:这|该|此)批(?:人|人士|人员|移民|乘客|被遣返者)?(?:中|当中|里)(?:有|包括)|机上(?:共)?(?:有|载有)?[^，。]{0,8}(?:人|移民|乘客)[，,](?:分别|均|都|全部)来自/,
};
/** Flights described as a habit ("ICE flights leave Mesa several times a week", "some flights, including
 *  government charters, use the newer airport"): the route, not one flight, unless a number of people is given. */
const HABITUAL: Record<Lang, RegExp> = {
  en: /\b(several times a (?:week|month)|(?:once|twice) a (?:week|month)|every (?:week|day|month)|each (?:week|month)|regularly|routinely|usually|typically|some (?:flights|charters)|most (?:flights|charters)|including (?:[\w.]+ ){0,3}(?:charters|flights)|still (?:lands?|uses?|arrives?)|already (?:leave|land|fly)|(?:receives|handles|hosts|takes) (?:\w+ ){0,2}(?:charter|deportation|removal) flights|(?:arrived|were flown|were returned|came back|returned) (?:mostly|mainly|largely|primarily)|most of them (?:on|aboard|via)|(?:weekly|twice-weekly|daily|monthly) (?:\w+ )?flights|(?<!\b(?:accept|resume|receive|take|allow|restart)\w* (?:\w+ )?)regular (?:\w+ )?flights|maintains (?:\w+ )?(?:\w+ )?flights)\b/,
  es: /(varias veces (?:a|por) (?:la )?semana|cada mes|al mes|por mes|mensualmente|semanalmente|cada semana|regularmente|de (?:forma|manera) regular|habitualmente|suelen|por lo general|algunos vuelos|la mayor[ií]a de los vuelos|(?:recibe|reciben|atiende) (?:tambi[eé]n )?(?:los |las )?vuelos (?:de (?:deportaci[oó]n|deportados|retorno)|ch[aá]rter)|(?:tambi[eé]n )?(?:ingresan|llegan|aterrizan) (?:los |las )?vuelos|(?:llegaron|llegan|arribaron|ingresaron|regresaron|volvieron) (?:\p{L}+ )?(?:principalmente|mayormente|en su mayor[ií]a|sobre todo)(?![\p{L}])|vuelos (?:semanales|diarios|mensuales|quincenales)|(?<!(?:acept|reanud|recib|retom|permit)\p{L}* (?:los |las )?)vuelos regulares|mantienen? (?:adem[aá]s |tambi[eé]n )?vuelos|cada semana)/u,
  zh: /(每周|每月|定期|通常|经常|往往|(?:多数|大多数|大多|大部分)[^，。]{0,6}(?:通过|经由|搭乘|乘坐)|过去(?:几|数|两|三|多|十)年|多次(?:降落|飞抵|抵达|落地))/,
};
const LANDED_PAST: Record<Lang, RegExp> = {
  en: /\b(landed|touched down|arrived (?:in|at|back)|were flown|was flown)\b/,
  es: /(?<![\p{L}])(aterriz[oó]|aterrizaron|llegaron|lleg[oó]|arrib[oó]|arribaron)(?![\p{L}])/u,
  zh: /(降落|抵达|飞抵|落地)(?!前)/,
};
/** People counted on the plane: "112 people were on board", "a bordo viajaban 64 personas", "机上共有80人". */
const ON_BOARD: Record<Lang, RegExp> = {
  en: /\b(?:were|was) (?:on board|aboard)\b|\b(?:on board|aboard) (?:were|was)\b|\b(?:were|was) on (?:the|that|this) (?:flight|plane|aircraft|charter|jet)\b|\b(?:came|got|stepped|walked) (?:off|down from) (?:the|that|this) (?:flight|plane|aircraft|charter|jet)\b|\bdisembarked\b|\bwe (?:have )?received\b/,
  es: /(?<![\p{L}])(?:a bordo (?:iban|viajaban|hab[ií]a|se encontraban|ven[ií]an)|(?:iban|viajaban|ven[ií]an) a bordo|(?:descendieron|bajaron) (?:del|de la) (?:avi[oó]n|aeronave|vuelo)|(?:iban|viajaban|ven[ií]an) en (?:el|ese|este) (?:vuelo|avi[oó]n)|recibimos a|hemos recibido a)(?![\p{L}])/u,
  zh: /(?:机上|飞机上|航班上)(?:共)?(?:有|载有|搭载)/,
};
/** "抵达<某州>首府<城市>", "降落在<某国>首都<城市>": the city named after its rank, up to a pause. */
const ZH_CAPITAL_ARRIVAL =
  /(?:抵达|到达|飞抵|降落在|降落于|降落|落地)[^，。；]{0,12}?(?:首府|首都)((?:[\u4e00-\u9fff]|·){2,8}?)(?=[，。；、]|$|国际机场|机场|市)/;
/** "越南河内内排国际机场" → "河内内排国际机场": a country named in front of an airport's name is left out (the
 *  country is read as a mention of its own); a city in front is kept, it says which airport it is. */
function stripLeadingCountry(name: string): string {
  for (;;) {
    const lead = findMentions(name, "zh").find((x) => x.start === 0 && x.kind === "country");
    if (!lead || name.length - lead.end < 4 || /^(?:国际)?(?:机场|空军基地)$/.test(name.slice(lead.end)))
      return name;
    name = name.slice(lead.end);
  }
}
/** An airport named right after the verb of landing ("降落在成吉思汗国际机场", "返抵桃园国际机场"). */
const ZH_AIRPORT_ARRIVAL =
  /(?:抵达|到达|飞抵|降落在|降落于|降落|落地|着陆于|返抵|运抵)((?:[\u4e00-\u9fff]|[·\-－—]){2,20}?(?:国际)?(?:机场|空军基地))/;
/** A plane that left or landed, told in the past. */
const PLANE_MOVED: Record<Lang, RegExp> = {
  en: /\b(left|departed|took off|landed|touched down|arrived|flew)\b/,
  es: /(?<![\p{L}])(sali[oó]|salieron|despeg[oó]|despegaron|parti[oó]|partieron|aterriz[oó]|aterrizaron|lleg[oó]|llegaron|arrib[oó]|arribaron|vol[oó]|volaron)(?![\p{L}])/u,
  zh: /(起飞|抵达|降落|飞抵|落地|出发)/,
};
/** Where a Spanish report says a plane landed: an airport or air base by name, the installations of an
 *  air force ("las instalaciones de la Fuerza Aérea Salvadoreña", "la base de Palanquero"), or an
 *  airport known by its initials ("en el AICM"). */
const AIR_FORCE = String.raw`(?:Fuerza|Grupo|Comando|Escuadr[oó]n)\s+A[eé]re[oa](?:\s+(?:de\s+|del\s+)?(?:N\.?\s?[°º]\s*\d+|[\p{Lu}][\p{L}'’.-]*|\d+))+`;
const ES_AIRPORT = new RegExp(
  String.raw`^(?:el\s+|la\s+|las\s+)?(?:(?:[Tt]erminal|[Pp]ista|[Pp]lataforma|[Hh]angar|[Rr]ampa)(?:\s+(?:a[eé]rea|de carga|presidencial|militar|norte|sur|\d+))?\s+(?:del|de la)\s+)?(?:((?:[Aa]eropuerto|[Bb]ase [Aa][eé]rea|[Bb]ase (?:de la )?[Ff]uerza [Aa][eé]rea|[Tt]erminal [Aa][eé]rea)(?:\s+[Ii]nternacional)?(?:\s+(?:de|del|la|el|[\p{Lu}][\p{L}'’.-]*|[IVX]+))+)|(?:instalaciones|base|hangar(?:es)?|pista|sede)\s+(?:de\s+la\s+|del\s+|de\s+)(?:(${AIR_FORCE})|((?!Estados\b)[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,3}))|(${AIR_FORCE})|(?<=^el\s+)(?!EEUU|USA|ICE|DHS|FBI|INM|IGM)([A-Z]{3,5})(?![\p{L}]))`,
  "u",
);
/** One plane, not flights in general: "a flight of citizens", "the first plane", "un vuelo", "首架包机". */
const ONE_PLANE: Record<Lang, RegExp> = {
  en: /\b(?:a|one|the first|its first|a first|the next|a second|another) (?:[\w-]+ ){0,3}?(?:flight|plane|charter|aircraft|jet)\b/,
  es: /(?<![\p{L}])(?:un|el primer|un primer|el pr[oó]ximo|otro|un nuevo|un segundo) (?:\p{L}+ ){0,3}?(?:vuelo|avi[oó]n|ch[aá]rter|aeronave)(?![\p{L}])/u,
  zh: /(一架|首架|首班|下一架|一班|一趟)/,
};
/** A no said in the future or the negative: "will not accept", "no recibirá", "不会接收". */
const WILL_NOT: Record<Lang, RegExp> = {
  en: /\b(?:(?:will|would|does|do|did|shall) not|won['’]t|no longer) (?:\w+ )?(?:accept|receive|take|admit|allow|let)\b/,
  es: /(?<![\p{L}])(?:no|ya no) (?:\p{L}+ )?(?:aceptar|recibir|admitir|permitir|autorizar)\p{L}*/u,
  zh: /(不会|不再|不予|不|拒不)(?:再)?(?:接收|接受|允许|同意)/,
};
const REFUSAL: Record<Lang, RegExp> = {
  en: /\b(refus\w*|denied|declin\w*|block\w*|turn(?:s|ed|ing)? (?:back|away)|reject\w*|not (?:allow|authoriz|permit)\w*|suspend\w*|halt\w*)\b/,
  es: /(se neg\p{L}*|neg[oó]|negaron|rechaz\p{L}*|no autoriz\p{L}*|desautoriz\p{L}*|bloque\p{L}*|suspend\p{L}*)/u,
  zh: /(拒绝|拒收|不接收|不允许|禁止降落|暂停)/,
};
/** The sentence without its relative clauses (", que desde el año pasado concentra…", ", which has
 *  received flights since 2019"): what they say of a place does not date or background the flight. */
const RELATIVE_CLAUSE = /,\s+(?:que|which|where|donde|who|quien(?:es)?|el cual|la cual)\s[^,.;]*/g;
/** ", the third such arrival since the start of the year", ", el quinto en lo que va del año": the
 *  flight's place in a series is about the others, and does not make the flight itself background. */
const SERIES_APPOSITIVE =
  /,\s+(?:the|its|el|la|su)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|primer|segund|tercer|cuart|quint|sext|s[eé]ptim|octav|noven|d[eé]cim|\d+\.?[ºo°])\p{L}*\s[^,.;]*/gu;
/** ", suspendida desde agosto,", ", halted since March,": the state the flights were in until now describes
 *  them; it is not an earlier event the sentence reports. */
const STATE_APPOSITIVE =
  /,\s+(?:(?:suspended|halted|paused|frozen|interrupted|stalled)|(?:suspendid|interrumpid|paralizad|congelad)[oa]s?)\s[^,.;]*/giu;
/** A stop on the way, not where a plane left from: "refuelled at", "stopped in", "vía", "经停". */
const STOPOVER =
  /(?:\brefuel\w*|\bstop(?:ped|s|over)?|\bvia|\blayover|\bescala|(?<![\p{L}])v[ií]a|经停|中转|加油)[^.;，。]{0,20}$/u;
/** The paper's own nationals: "connacionales", "compatriotas", "our citizens", "我国公民". */
const OUR_NATIONALS: Record<Lang, RegExp> = {
  en: /\b(?:our (?:citizens|nationals|compatriots)|compatriots|fellow citizens)\b/,
  es: /(?<![\p{L}])(?:connacionales|compatriotas|nuestros (?:ciudadanos|nacionales))(?![\p{L}])/u,
  zh: /(同胞|我国公民|本国公民|我国国民)/,
};
/** "Hoy", "today", "今天" alone: in a story told years on, the story's present, not a flight's day. */
const TODAY_ONLY = /^(?:hoy|today|now|ahora|今天|如今|现在)$/i;
/** A clause dated only by years before `year`, said as its time ("in 2023", "en 2023", "2023年"); "the 2002
 *  agreement" names a thing, and a clause that also names such a year is not dated by it. */
function datedOnlyBefore(low: string, year: number): boolean {
  const years = [...low.matchAll(YEAR_SAID)].map((m) => Number(m[1] ?? m[2]));
  return (
    years.length > 0 &&
    years.every((y) => y < year) &&
    !/(?<!\d)(?:19|20)\d\d(?!\d)/.test(low.replace(YEAR_SAID, ""))
  );
}
/** A year said as the time of something: "in 2023", "since 2019", "en marzo de 2024", "2023年". */
const YEAR_SAID =
  /(?<![\p{L}\d])(?:in|en|of|de|del|since|desde)\s+(?:(?:early|late|mid-?|principios de|finales de)\s*)?(?:\p{L}+\s+(?:de\s+|del\s+)?)?((?:19|20)\d\d)(?!\d)|(?<!\d)((?:19|20)\d\d)年/gu;
/** ", ending a suspension that had lasted since late last year", ", poniendo fin a…": what the news ends or
 *  follows is its background, not the news. */
const ENDING_CLAUSE =
  /,\s+(?:ending|reversing|lifting|following|poniendo fin a|levantando|tras|luego de|despu[eé]s de)\s[^,.;]*/g;
const mainClause = (low: string) =>
  low.includes(",")
    ? low
        .replace(RELATIVE_CLAUSE, "")
        .replace(SERIES_APPOSITIVE, "")
        .replace(STATE_APPOSITIVE, "")
        .replace(ENDING_CLAUSE, "")
    : low;
const NOT_REMOVED_YET: Record<Lang, RegExp> = {
  en: /^[^.;]{0,40}?\b(?:with (?:final )?(?:removal )?orders?|facing (?:removal|deportation)|awaiting (?:removal|deportation)|who (?:face|await)|(?:are|were) (?:still )?(?:in detention|detained|held))\b/,
  es: /^[^.;]{0,40}?(?:con [oó]rden(?:es)? (?:final(?:es)? )?de (?:deportaci[oó]n|expulsi[oó]n)|que enfrentan|en espera de (?:ser )?deportad|pendientes de deportaci[oó]n)/,
  zh: /^[^，。]{0,12}?(?:持有[^，。]{0,6}(?:递解令|遣返令|驱逐令)|面临遣返|等待遣返|待遣返)/,
};
/** After a country that "repatriated": its own citizens, brought home (not a removal of foreigners). */
const OWN_NATIONALS: Record<Lang, RegExp> = {
  en: /^[^.;]{0,40}\b(?:its|their) (?:own )?(?:citizens|nationals|people)\b/,
  es: /^[^.;]{0,40}(?<![\p{L}])(?:a )?sus (?:propios )?(?:connacionales|ciudadanos|nacionales|compatriotas)(?![\p{L}])/u,
  zh: /^[^，。]{0,12}(?:本国|其|自己的)(?:公民|国民|侨民)/,
};
/** Travellers who fly home of their own will: tourists, pilgrims, teams. */
const NOT_MIGRANTS =
  /\b(?:tourists?|pilgrims?|players?|athletes?|students?|fans|delegation|team|crew|turistas|peregrinos|jugadores|atletas|estudiantes|aficionados|delegaci[oó]n|selecci[oó]n|equipo|tripulaci[oó]n)\b/;
const FLIGHT_FROM =
  /\b(?:vuelos?|avi[oó]n|aviones|aeronaves?|flights?|planes?|charters?)\b[^.]{0,120}?(?:procedentes? de|provenientes? de|desde|from)\s/;
/** US states and cities as Chinese writes them, for an article that names no US authority. */
const US_PLACE_ZH =
  /(德州|得州|得克萨斯|德克萨斯|路易斯安那|亚利桑那|加州|加利福尼亚|佛罗里达|新墨西哥|新泽西|纽约|芝加哥|迈阿密|休斯敦|休士顿|洛杉矶|圣安东尼奥|埃尔帕索|艾尔帕索|梅萨|哈林根|亚历山大市|布朗斯维尔)/;
/** A headline about refugees flown into the US. */
const REFUGEES_IN: Record<Lang, RegExp> = {
  en: /\brefugees?\b[^.]{0,50}\b(?:arriv\w*|land\w*|resettl\w*|admitted)\b[^.]{0,30}\b(?:in|at|to) (?:the )?(?:u\.s\.|us|united states|america|washington|dulles)\b|\bresettlement flight/,
  es: /refugiados?[^.]{0,50}(?:llegan|llegaron|aterriz\p{L}*|reasentad\p{L}*)[^.]{0,30}(?:a|en) (?:estados unidos|ee\.? ?uu\.?|washington)/u,
  zh: /(难民安置|安置包机|以难民身份|获准入境美国)/,
};
/** After a country in a breakdown of the people by country: its number ("Camerún, 12;", "Cuba 61,", "阿富汗9人、"). */
const COUNT_AFTER =
  /^\s*(?:[,:(（]\s*)?(?:\d[\d.,]*|[一二两三四五六七八九十百]+)\s*(?:名|人|people|personas)?\s*[)）]?\s*(?:[;；,，、.。]|y\s|and\s|e\s|$)/;
/** A sentence about another matter: "Separately, …", "Por separado", "En otro orden", "另外，", "另据". */
const SEPARATELY =
  /\b(?:separately|in a separate (?:development|case|operation|statement))\b|(?<![\p{L}])(?:por separado|paralelamente|en otro orden|otros (?:\p{L}+ )?vuelos|por su parte)(?![\p{L}])|^另外|另据|^与此同时/u;
/** Another plane than the one reported: "otro vuelo", "a second ICE charter", "另一架". */
const ANOTHER_FLIGHT =
  /(?<![\p{L}])(?:(?:otro|un segundo) (?:vuelo|avi[oó]n|ch[aá]rter)|otra aeronave)(?![\p{L}])|\b(?:another|a second|a separate) (?:\w+ )?(?:flight|charter|plane|aircraft)\b|\b(?:one|another) such (?:flight|charter|plane)\b|\ba (?:\w+ )?(?:flight|charter|plane) from the same (?:airport|airfield|base|city)\b|(?<![\p{L}])un (?:\p{L}+ )?vuelo desde el mismo aeropuerto(?![\p{L}])|另一(?:架|班|趟)|第二架/u;
/** The time stamp that opens an entry of a live page. */
const TIMED_ENTRY =
  /^\s*(?:[【[(]?\d{1,2}[:：h]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?|hrs?|horas|h))?[】\])]?(?:\s|[—–-]|$)|【[^】]{1,8}】|[一二三四五六七八九十]{1,3}、|[◆●■•▶►★※▪]\s*)/i;
/** A flight said to carry no one removed ("No deportees were on board", "机上无被遣返者", "sin deportados a
 * bordo"): a plane of the removal fleet on another errand, or a rumour denied. */
const NO_DEPORTEES: Record<Lang, RegExp> = {
  en: /\b(?:no (?:deportees|detainees|returnees|migrants|one removed)(?: \w+)? (?:were|was) (?:on board|aboard|carried)|not (?:a single|one) deportee|(?:was|were) not carrying (?:any )?deportees|carried no (?:deportees|detainees|migrants)|no deportees on|(?:carrying|carried|with) not deportees|no removal component|nobody (?:was )?(?:on board|aboard) (?:apart from|except|but) the crew)\b/,
  es: /(?<![\p{L}])(?:ning[uú]n (?:deportado|migrante|retornado) (?:iba|viajaba|estaba) a bordo|sin deportados a bordo|no (?:llevaba|transportaba|tra[ií]a) (?:a )?(?:ning[uú]n )?(?:deportad|migrant)\p{L}*|no hab[ií]a (?:ning[uú]n )?deportad\p{L}* a bordo)(?![\p{L}])/u,
  zh: /(机上无被(?:遣返|遣送)者|机上(?:并)?没有(?:任何)?(?:被遣返者|被遣送者|被遣返人员|遣返人员|移民|乘客)|没有(?:任何)?被(?:拘押|遣返|遣送)的?(?:移民|者)|并无(?:任何)?被(?:遣返|遣送)者|除机组[员人]?员?外(?:并)?没有(?:任何)?乘客|空载|空机调度|空机)/,
};
/** A headline labelled as comment or analysis ("Opinion:", "Editorial:", "Análisis:", "评论：", "社评"): it argues
 * about removals; it is an alert only when it reports a flight that flew, with its people or its day. */
const COMMENT_LABEL: Record<Lang, RegExp> = {
  en: /^\s*(?:opinion|op-ed|editorial|column|commentary|analysis|perspective|letters?|view|viewpoint|explainer|q\s*&\s*a|faq)\s*[:|—–/-]/,
  es: /^\s*(?:opini[oó]n|editorial|columna|tribuna|an[aá]lisis|punto de vista|cartas?)\s*[:|—–-]/u,
  zh: /^\s*(?:【?(?:评论|社评|社论|观点|时评|分析|专栏|读者来信|问答|解读|一图看懂)】?[：:|/／]?)/,
};
/** A headline about a visa measure or travel ban ("US widens visa curbs to 12 more countries",
 * "美擴大簽證限制至十多國"): the article is about who may travel to the US, not about a removal. */
/** A headline about an airline's route: "launches nonstop service", "nueva ruta", "开通…直航", "首航". */
/** A rescue, not a removal: "repatria a 143 connacionales varados en Jamaica tras el huracán", "evacuation
 *  flight", "撤侨". */
const EVACUATION: Record<Lang, RegExp> = {
  en: /\b(?:stranded|evacuat\w+|rescue flights?|humanitarian flights? (?:home )?for (?:stranded|tourists))\b/,
  es: /(?<![\p{L}])(?:varad[oa]s|evacuaci[oó]n|evacuad[oa]s|evacu[oó]|vuelos? humanitarios? de rescate)(?![\p{L}])/u,
  zh: /(撤侨|撤离|滞留[^，。]{0,8}(?:游客|旅客|同胞)|包机接回)/,
};
/** A report denied: "Gobierno uruguayo desmiente la llegada de un vuelo con deportados", "denies reports of",
 *  "辟谣". The government says there is no such flight. */
const DEBUNKED: Record<Lang, RegExp> = {
  en: /\b(?:denies|denied|dismisses|dismissed|debunks|rejects) (?:reports?|rumou?rs?|claims?)\b|\b(?:rumou?red|false reports?)\b/,
  es: /(?<![\p{L}])(?:desmient\p{L}*|desminti\p{L}*|desmentid\p{L}*|(?:informaci[oó]n|noticia) falsa|bulo)(?![\p{L}])/u,
  zh: /(辟谣|不实传闻|谣言|假消息)/,
};
/** A headline about the courts' backlog ("El atasco en las cortes de inmigración supera los 3,7 millones de
 *  casos", "Immigration court backlog tops 3.7 million", "移民法庭积压案件"): no removal flight. */
const BACKLOG_HEADLINE: Record<Lang, RegExp> = {
  en: /\b(?:backlog|pending cases|case ?load)\b/,
  es: /(?<![\p{L}])(?:(?:atasco|rezago|retraso|acumulaci[oó]n)(?:es|s)? (?:en|de) (?:las |los )?(?:cortes|tribunales|casos)|casos pendientes)(?![\p{L}])/u,
  zh: /(积压|待审案件|案件量)/,
};
const ROUTE_HEADLINE: Record<Lang, RegExp> = {
  en: /\b(?:new (?:nonstop |direct )?(?:route|service)|launch\w* (?:a )?(?:nonstop|direct|new) (?:flights?|route|service)|inaugural flight|nonstop service)\b/,
  es: /(?<![\p{L}])(?:nueva ruta|vuelo inaugural|ruta directa|inaugura (?:la )?ruta|vuelos directos entre)(?![\p{L}])/u,
  zh: /(开通[^，。]{0,16}(?:直航|航线|直飞)|(?:直航|直飞|航线)[^，。]{0,12}(?:开通|开航|复航)|首航|新航线)/,
};
/** A headline about a bill: "Senators propose …", "提案：…", "proyecto de ley". */
const BILL_HEADLINE: Record<Lang, RegExp> = {
  en: /\b(?:bill (?:would|to|seeks|aims)|legislation (?:would|to)|proposed (?:law|legislation|bill)|(?:introduce|introduces|introduced|propose|proposes|proposed|unveil\w*) (?:a )?(?:bill|legislation|measure))\b/,
  es: /(?<![\p{L}])(?:proyecto de ley|iniciativa de ley|propuesta de ley|(?:presenta|propone|proponen|presentan) (?:una )?(?:ley|iniciativa|proyecto))(?![\p{L}])/u,
  zh: /(提案|法案|议案|草案)/,
};
const VISA_HEADLINE: Record<Lang, RegExp> = {
  en: /\b(?:travel bans?|entry bans?|visa (?:bans?|curbs?|restrictions?|limits?|pause|suspensions?|bonds?(?: (?:programme|program|scheme|pilot|list))?|fees?|overstays?)|(?:suspends?|halts?|pauses?|restricts?|curbs?) (?:\w+ )?visas?)\b/,
  es: /(?<![\p{L}])(?:veto migratorio|prohibici[oó]n de (?:viaje|entrada)|restricci[oó]n(?:es)? de (?:visas?|viaje|entrada)|suspende\p{L}* (?:la )?(?:emisi[oó]n de )?visas?|fianzas? (?:de|para) (?:la )?visas?|visas? con fianza)(?![\p{L}])/u,
  zh: /(旅行禁令|入境禁令|签证限制|签证禁令|限制签证|暂停签证|暂停签发|收紧签证|限签|签证保证金)/,
};
/** Other countries' removal and immigration agencies by name (Europe and Asia; in Chinese, Taiwan's, Hong
 *  Kong's, Japan's and Korea's). */
// Spain's "Interior fleta un vuelo", Mexico's "INM trasladó por vía aérea a 116 hondureños": the ministry or
// institute that flies people out (a receiving country's institute "recibe" them and is not matched).
const LATIN_FOREIGN_AGENCY =
  /\b(?:home office|border force|bureau of immigration|immigration bureau|immigration services agency|immigration enforcement officers of the uk|frontex|bundespolizei|german federal police|guardia civil|polic[ií]a nacional (?:de españa|española)|ministerio del interior (?:de españa|español)|carabinieri|police aux frontières|gendarmerie)\b|(?:^|[\s(])(?:el )?(?:ministerio del )?interior (?:fleta|flet[oó]|devuelve|devolvi[oó]|expulsa|expuls[oó]|repatria|repatri[oó])(?![\p{L}])|(?:instituto nacional de migraci[oó]n|\binm\b)\)?(?: de méxico)? (?:traslada|traslad[oó]|deporta|deport[oó]|expulsa|expuls[oó]|devuelve|devolvi[oó])(?![\p{L}])/u;
/** The IOM arranging a humanitarian charter ("国际移民组织…安排一架人道主义包机", "IOM chartered a flight"):
 *  people brought home from a third country of their own will, not a removal by the United States. */
const IOM_RETURN: Record<Lang, RegExp> = {
  en: /\b(?:iom|international organization for migration)\b[^.;]{0,40}\b(?:chartered|organi[sz]ed|arranged|operated)\b|\bvoluntary humanitarian return/,
  es: /(?<![\p{L}])(?:oim|organizaci[oó]n internacional para las migraciones)(?![\p{L}])[^.;]{0,40}(?:flet[oó]|organiz[oó]|coordin[oó])|retorno voluntario humanitario/u,
  zh: /国际移民组织[^，。]{0,24}(?:安排|包机|组织)|人道主义包机/,
};
/** A voluntary return told without the US ("vuelo con 290 venezolanos que pidieron volver", "programa de retorno
 *  asistido que México mantiene", "自愿回国"): a return from another country, not a removal by the United States. */
const VOLUNTARY_RETURN: Record<Lang, RegExp> = {
  en: /\bvoluntar(?:y|ily) (?:return|returned|repatriation|repatriated)\b|\bassisted (?:voluntary )?return\b|\b(?:asked|chose|signed up|applied) to (?:return|go) home\b/,
  es: /(?<![\p{L}])(?:(?:de manera|de forma) voluntaria|retorno (?:asistido|voluntario)|(?:pidieron|solicitaron|quisieron) (?:de manera voluntaria )?(?:volver|regresar)|no es una deportaci[oó]n)(?![\p{L}])/u,
  zh: /自愿(?:回国|返回|返乡|归国)|协助(?:返乡|回国)/,
};
const FOREIGN_AGENCY: Record<Lang, RegExp> = {
  zh: /(移民署|入管局|入国管理局|出入国在留管理|出入境在留管理|出入境管理厅|入境事务处|入境处|出入境外国人政策本部|(?:柔佛|雪兰莪|槟城|沙巴|砂拉越|大马|马来西亚|泰国|印尼|新加坡)(?:州)?移民(?:局|厅|署))/,
  en: LATIN_FOREIGN_AGENCY,
  es: LATIN_FOREIGN_AGENCY,
};
const ICE_AGENCY =
  /\bice\b|immigration and customs enforcement|servicio de inmigraci[oó]n y control de aduanas|移民和海关执法局|移民及海关执法局|移民及海關執法局|移民和海關執法局/;
/** A sentence about an earlier or other event: its countries and numbers are background. */
const BACKGROUND: Record<Lang, RegExp> = {
  en: /\b(earlier (flights?|groups?|this year|in the year)|previous(ly)? (flights?|groups?)|prior flights?|last (year|month)(?!['’]s)|in (january|february|march|april|may|june|july|august|september|october|november|december)( \d{4})?,? (a|the) (first|previous|earlier)|since (january|the start)|so far this year|this year alone|in total|overall|(?:have|has|had) (?:also |already |previously |since |now )?(?:been )?(?:flown|deported|removed|sent|returned)|similar (?:agreements|deals|arrangements)|joins (?:a (?:growing |short |small )?(?:list|group|number) of|other countries|countries such as)|(?:an|the) (?:earlier|previous|prior) (?:charter|plane|aircraft|flight|group)|other flights|another flight last|before that|separately|in a separate (?:development|case|operation)|also (?:sent|flew|operated|deported) (?:\w+ )?(?:flights|planes|charters)|(?:operates|runs) regular|^in recent (?:days|weeks|months|years)|(?:have|has|had) (?:also |already |previously )?(?:carried out|conducted|operated|run)|since (?:the )?(?:spring|summer|fall|autumn|winter)|(?:has|have|had) (?:now )?seen (?:at least |more than |some )?\S+ (?:\w+ )?flights|over the (?:past|last) (?:decade|few years|several years|\w+ years|years))\b/,
  es: /(el primer (grupo|vuelo)|vuelos? anteriores?|anteriormente|el año pasado|el mes pasado|el pasado (?:año|mes)|en lo que va|desde (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|inicios|principios)|en cambio|ya recibi[oó]|d[ií]as despu[eé]s de que|un eventual|en total(?!,? (?:llegaron|arribaron|viajaban|viajaron|ven[ií]an|regresaron|retornaron|bajaron|descendieron|fueron|eran) )|otros vuelos|ha (?:tambi[eé]n |ya )?(deportado|retornado|recibido|enviado|expulsado|devuelto|repatriado)|recuerda (?:al|a la|a los|a las) de|han (llegado|retornado|sido deportados)|hab[ií]a(n)? (llegado|sido)(?![^.]{0,40}(?:la noche del|la madrugada del|la tarde del|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|ayer|anoche|este|esta))|(?:acuerdos|arreglos|convenios) (?:parecidos|similares)|(?:similares|parecidos) (?:acuerdos|arreglos|convenios)|paralelamente|en paralelo|^mientras tanto|por separado|se suma (?:así )?a (?:una|la) lista|se suma (?:así )?a (?:los|otros) pa[ií]ses|en otro orden|hab[ií]an? (?:sido |ya )?(?:denunciad|enviad|trasladad|recibid|retornad|expulsad|deportad)\p{L}*|tambi[eé]n (?:envi[oó]|realiz[oó]|oper[oó]|deport[oó]) (?:\p{L}+ )?vuelos|^en (?:los )?[uú]ltimos (?:d[ií]as|meses|años)|(?:ha|han|hab[ií]a) (?:tambi[eé]n |ya )?(?:realizado|efectuado|operado))/u,
  zh: /(此前|之前|上一次|上次|首批|第一批|去年|今年以来|累计|总计|已先后|先前|以往|早前|另一架|自[^，。]{1,20}以来|也曾|亦曾|(?:亦|也)先后|接收过|(?:加入|跻身)[^，。]{0,12}(?:行列|名单)|曾(?:以|把|将|向|多次|先后)|近一年[^，。]{0,6}(?:也|亦|已|曾)|稍早也|另一批|近月|近几个月|近来|近年来|多批|邻国[^，。]{1,6}?(?:也|亦|今年|此前|已)|多次接收|也接收了|今年已|另一方面|今年也已|(?:也|亦)已(?:同意|接收|答应)|加大[^，。]{0,20}力度)/,
};

// ---------------------------------------------------------------------------------------------

type Role = {
  code: string;
  role: CountryRole;
  phrase: string;
  rule: string;
  listed: boolean;
  landing: boolean;
  mention: Mention;
};
type Feat = {
  removal: boolean;
  flight: boolean;
  group: boolean;
  policy: boolean;
  policyStrong: boolean;
  planned: boolean;
  past: boolean;
  statistic: boolean;
  us: boolean;
  single: boolean;
  mentions: Mention[];
};

let toSimplified: ((s: string) => string) | undefined;
function simplified(s: string): string {
  toSimplified ??= OpenCC.Converter({ from: "tw", to: "cn" });
  // Chinese typed with ASCII punctuation ("约2,800人,为近十年来最高", "(ICE)"): the full-width marks the
  // patterns read, one character for one, so positions stay the same.
  const marks = s
    .replace(/(?<=[\p{Script=Han}）)」”])[,，](?=[\p{Script=Han}（(「“])/gu, "，")
    .replace(/(?<=[\p{Script=Han}])\((?=[^()]{1,30}\))/gu, "（")
    .replace(/(?<=（[^()（）]{1,30})\)/gu, "）")
    .replace(/(?<=[\p{Script=Han}）])[;；](?=[\p{Script=Han}])/gu, "；");
  const out = toSimplified(marks);
  // The conversion is character by character; if it ever changed the length, positions would drift.
  return out.length === s.length ? out : s;
}

const GENERIC_COUNTRIES: Record<Lang, RegExp> = {
  en: /\b(?:several|some|many|other|a number of|a handful of|most|few|certain) (?:countries|nations|governments)\b|\b(?:countries|nations|governments) (?:that|which|who) (?:refuse|decline|will not|won['’]t|do not|don['’]t|resist|reject)\b/,
  es: /(?<![\p{L}])(?:varios|algunos|muchos|otros|ciertos|numerosos) (?:pa[ií]ses|gobiernos)(?![\p{L}])|(?<![\p{L}])(?:pa[ií]ses|gobiernos) que (?:se niegan|rechazan|no aceptan|no reciben)(?![\p{L}])/u,
  zh: /(一些|部分|多个|若干|不少|某些|许多|有些|个别)国家|拒绝接收[^，。]{0,10}的国家/,
};
/** "arrived in the kingdom", "llegaron al país": the country the paper writes from. */
const ARRIVED_HERE: Record<Lang, RegExp> = {
  en: /\b(?:arrived|landed|touched down|returned)\s+(?:back\s+)?(?:in|to|at)\s+the\s+(?:country|kingdom|capital|island|islands|republic|nation)\b/,
  es: /(?<![\p{L}])(?:llegaron|lleg[oó]|aterriz[oó]|aterrizaron|arribaron|arrib[oó]|retornaron|regresaron|ingresaron)\s+(?:(?:este|el|esta)\s+\p{L}+\s+|hoy\s+|ayer\s+)?(?:al|a la)\s+(?:pa[ií]s|capital|isla|rep[uú]blica|territorio nacional)(?![\p{L}])/u,
  zh: /$^/,
};
const GEO_AFTER = /^\s*(?:river|valley|basin|delta|lake|sea|desert|highlands|mountains|canal)\b/;
const GEO_BEFORE =
  /(?:\bgulf of|\bsea of|\bbay of|(?<![\p{L}])(?:golfo|mar|r[ií]o|lago|cordillera|canal) del?|(?<![\p{L}])r[ií]o)\s+(?:the\s+|la\s+|el\s+)?$/u;
const LONGER_NAME =
  /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|International|Internacional|Intercontinental|Airport|Aeropuerto|Air|Regional|Municipal|Province|Department|Departamento|State|Region)\b)[\p{Lu}][\p{Ll}]{2,}\b(?!,)/u;
/** Before a nationality: the people an agreement leaves out. */
const EXCLUDED: Record<Lang, RegExp> = {
  en: /\b(?:exclud\w*|except(?:ing)?|other than|not including)\b[^.;]{0,40}$/,
  es: /(?<![\p{L}])(?:excluye\p{L}*|exclu\p{L}*|excepto|salvo|menos a|no incluye)(?![\p{L}])[^.;]{0,40}$/u,
  zh: /(不包括|不含|除了?)[^，。]{0,12}$/,
};
/** The migrants' own journey to the US ("a flight to Istanbul, then the overland trek"), not the removal. */
const JOURNEY: Record<Lang, RegExp> = {
  en: /\b(?:(?:migration|smuggling|longer|costlier|dangerous|overland) route|route (?:north|to the (?:us|u\.s\.|united states))|trek|overland|journey north|(?:travell?(?:ed|ing)|head(?:ed|ing)|made their way|making their way|moving|going|went) north(?:ward)?|(?:pirogues?|cayucos?|dinghies|small boats)|to reach the (?:us|u\.s\.|united states)|(?:us|u\.s\.) (?:southern )?border)\b/,
  es: /(?<![\p{L}])(?:ruta migratoria|ruta (?:hacia|al) (?:el )?norte|traves[ií]a|trayecto|rumbo al norte|hacia el norte|(?:en|a bordo de) (?:cayucos?|pirogas?|pateras?)|para llegar a (?:estados unidos|ee\.? ?uu)|la frontera (?:sur )?de estados unidos)(?![\p{L}])/u,
  zh: /(走线|偷渡路线|辗转|赴美途中|前往美国|进入美国|一路北上|北上)/,
};
/** A day inside a week (its Monday as value) or a month ("YYYY-MM") already read. */
function dayWithin(day: string, span: { value: string; precision: DateFact["precision"] }): boolean {
  if (span.precision === "month") return day.startsWith(span.value);
  if (span.precision === "week") return day >= span.value && day <= addDays(span.value as IsoDate, 6);
  return day === span.value;
}
const NEGATED: Record<Lang, RegExp> = {
  en: /\b(?:not|never|no)\b|n['’]t\b/,
  es: /(?<![\p{L}])(?:no|nunca)(?![\p{L}])/u,
  zh: /(不|没有|未|并无|并未|毫无)/,
};
/** Before a number: the most an agreement allows. */
const CAP: Record<Lang, RegExp> = {
  en: /\b(?:up to|as many as|no more than|at most|a maximum of|a cap of|capped at)\s+\S+$/,
  es: /(?<![\p{L}])(?:hasta|un m[aá]ximo de|como m[aá]ximo|no m[aá]s de|un tope de)\s+\S+$/u,
  zh: /(?:至多|最多|不超过|上限为?|不多于)[^，。]{0,4}$/,
};
/** People who hold removal orders or await removal: a population, not the people on a flight. */
const STOCK: Record<Lang, RegExp> = {
  en: /\b(?:have|has|hold|holds|face|faces|facing|with|had|under)\s+(?:\w+\s+)?(?:final\s+)?(?:orders?\s+of\s+(?:removal|deportation)|removal\s+orders?|deportation\s+orders?|final\s+orders?)|\bawaiting\s+(?:removal|deportation)\b/,
  es: /(?:tienen|tiene|con|enfrentan|pesa)\s+(?:una\s+|un\s+)?(?:órdenes?|orden)\s+(?:final(?:es)?\s+)?de\s+(?:deportaci[oó]n|expulsi[oó]n|remoci[oó]n)|(?:en espera|a la espera)\s+de\s+(?:ser\s+)?deportad/u,
  zh: /(?:持有|拥有|面临|已有)[^，。]{0,6}(?:最终)?(?:遣返令|驱逐令|递解令)|等待遣返/,
};

// "made stops in Bucharest, Chisinau and Tbilisi", "con escalas en Lomé, Cotonú y Niamey": a removal charter
// that stops in several places leaves people at each of them; one stop ("a refuelling stop in Dakar",
// "hizo escala en Dakar") or a journey that "included stops in Ireland and Qatar" stays a stop on the way.
const STOP_SLOT: Record<Lang, RegExp | null> = {
  en: /\b(?:stopped|(?:made|making|with) (?:(?!refuel|fuel|technical|brief|short)\w+ )?stops|calling)\s+(?:in|at)\s+(?:the\s+)?$/,
  es: /(?:escalas|se detuvo|hizo paradas|con paradas)\s+en\s+(?:la\s+|el\s+)?$/u,
  zh: null,
};
function stopsInList(low: string, ms: Mention[], i: number, lang: Lang): boolean {
  const slot = STOP_SLOT[lang];
  const m = ms[i]!;
  if (!slot || !slot.test(low.slice(Math.max(0, m.start - 40), m.start))) return false;
  const next = ms[i + 1];
  return !!next && next.kind !== "us" && LIST_SEP[lang].test(low.slice(m.end, next.start));
}

const LIST_SEP: Record<Lang, RegExp> = {
  en: /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*\/\s*|\s+as well as\s+|\s*,\s*as well as\s+|\s*(?:\.\.\.|…)\s*(?:and\s+)?)(?:the\s+|from\s+|to\s+|(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+)?$/,
  es: /^(?:\s*,\s*(?:y\s+|e\s+|o\s+)?|\s+y\s+|\s+e\s+|\s+o\s+|\s*\/\s*|\s+así como\s+)(?:la\s+|el\s+|de\s+|a\s+|(?:\d[\d.]*|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|[a-záéíóú]+ce|veinti[a-záéíóú]+|[a-z]+enta(?: y [a-z]+)?)\s+)?$/,
  zh: /^(?:、|和|及|与|以及|，|,)$/,
};

// "De acuerdo con el documento" is "according to", no agreement.
// Words that look like a change of acceptance and are not: "in agreement with the data", and a visa
// measure ("suspends visas for citizens of twelve countries", "暂停或限制签发部分类别签证"), which is a
// travel ban, not a country refusing or resuming removals.
const NOT_POLICY: Record<Lang, RegExp> = {
  en: /\bin agreement with (?:the )?(?:report|data|figures)\b|\b(?:have|has|had) (?:not|never) (?:yet )?(?:been )?resumed\b|\bnot (?:yet )?(?:been )?resumed\b|\b(?:suspend\w*|halt\w*|restrict\w*|limit\w*|paus\w*)(?: or (?:suspend\w*|restrict\w*|limit\w*))? (?:the )?(?:issu\w+ of |processing of )?(?:some |certain |most |all )?(?:\w+ )?(?:visas?|visa (?:issuance|processing|applications))\b/g,
  es: /(?<![\p{L}])de acuerdo (?:con|a)(?![\p{L}])|(?<![\p{L}])(?:suspendid[oa]s? hace (?:meses|años|semanas)[^.]*)?no (?:se )?(?:ha|han|hab[ií]an?) (?:sido )?reanudad[oa]s?(?![\p{L}])|(?<![\p{L}])(?:suspend\p{L}*|restring\p{L}*|limit\p{L}*)(?: o (?:suspend|restring|limit)\p{L}*)? (?:la )?(?:emisi[oó]n|expedici[oó]n|entrega|tramitaci[oó]n)? ?(?:de )?(?:las |algunas |ciertas )?visas?(?![\p{L}])/gu,
  zh: /根据|(?:尚未|仍未|至今未|没有|并未)恢复|(?:暂停|限制|停止|收紧)(?:或(?:暂停|限制|停止))?(?:签发|发放|核发|受理)?[^，。]{0,10}?签证/g,
};

/** "该部周三派出一架班机，将在美国没有合法居留依据的中国籍人士遣返回中国": 将 that marks the people sent (as
 *  把 does), not the future ("将于下周", "将在本月", "将遣返" stay the future). */
const ZH_OBJECT_JIANG =
  /将(?!于|会|要|可|被|乘|搭|坐|分批|陆续|再|继续|在(?:下|本|明|今|未来|近期|近日|月底|年底|[\d一二三四五六七八九十两]))(?=[^，。；]{2,40}?(?:遣返|遣送|送回|押送|驱逐|递解))/g;
/** "预计20日（周四）降落首都", "定于下周抵达": a landing to come, which the verb alone does not tell. */
const ZH_FUTURE_MOVE =
  /(?:预计|计划|将于|将在|将会|即将|拟|准备|定于|预定|订于|排定)[^。；]{0,30}?(?:降落|抵达|飞抵|落地|起飞)(?:[^。；]{0,12}?(?:降落|抵达|飞抵|落地))?/g;
function features(text: string, lang: Lang, w: Words): Feat {
  const low = text.toLowerCase();
  const noPolicy = low.replace(NOT_POLICY[lang], " ");
  let mentions: Mention[] | undefined;
  return {
    // Names are looked up only in the sentences that are read for facts (the lookup is the costly part).
    get mentions() {
      return (mentions ??= findMentions(text, lang));
    },
    removal: w.removal.test(low.replace(NOT_REMOVAL[lang], " ")),
    flight: w.flight.test(low),
    group: w.group.test(low),
    policy: w.policy.test(noPolicy) && w.policyObject.test(noPolicy),
    policyStrong: w.policyStrong.test(noPolicy),
    planned: w.planned.test(lang === "zh" ? low.replace(ZH_OBJECT_JIANG, " ") : low),
    past: w.pastEvent.test(lang === "zh" ? low.replace(ZH_FUTURE_MOVE, " ") : low),
    statistic: w.statistic.test(low),
    us: w.us.test(low) || (lang !== "zh" && /\bUS\b|\bU\.S\./.test(text)),
    single: w.single.test(low),
  };
}

/** The code a place stands for in this slot: arrivals abroad, departures in the US. */
function placeCode(m: Mention, want: "abroad" | "us", known: Set<string>): string | null {
  const cands = m.candidates.length ? m.candidates : [{ code: m.code, pop: 0, kind: "c" as const }];
  const pool = cands.filter((c) => (want === "us" ? c.code === "US" : c.code !== "US"));
  if (!pool.length) return null;
  return (pool.find((c) => known.has(c.code)) ?? pool[0]!).code;
}

function rolesIn(
  text: string,
  low: string,
  f: Feat,
  lang: Lang,
  w: Words,
  knownCountries: Set<string>,
  context: { removal: boolean; flight: boolean; policy: boolean },
): Role[] {
  const out: Role[] = [];
  const ms = f.mentions;
  const before = (m: Mention, n = 60) => low.slice(Math.max(0, m.start - n), m.start);
  const after = (m: Mention, n = 60) => low.slice(m.end, m.end + n);
  const afterRaw = (m: Mention, n = 60) => text.slice(m.end, m.end + n);
  for (const [mi, m] of ms.entries()) {
    if (m.kind === "us") continue;
    const b = before(m);
    const a = after(m);
    // "the Senegal River valley", "the Gulf of Mexico", "el río Congo": a river, sea or valley, no country.
    if (m.kind === "country" && lang !== "zh" && (GEO_AFTER.test(a) || GEO_BEFORE.test(b))) continue;
    const stops = stopsInList(low, ms, mi, lang);
    if (
      !stops &&
      w.notDestination.test(b) &&
      !(lang === "zh" && /与$/.test(b) && /^(?:[、]|籍|公民|国民|人)/.test(a))
    )
      continue;
    // "中途在关岛短暂停留": a stop on the way.
    if (
      lang === "zh" &&
      (/(?:中途|途中)(?:在|于)$/.test(b) || /^[^，。]{0,4}?(?:短暂停留|停留|加油|经停)/.test(a))
    )
      continue;
    // "Minas Gerais", "Santa Cruz de la Sierra": a city of a country the article does not name, followed by
    // another capitalised word, is the start of a longer name.
    if (
      m.kind === "place" &&
      lang !== "zh" &&
      LONGER_NAME.test(text.slice(m.end, m.end + 30)) &&
      !m.candidates.some((c) => knownCountries.has(c.code))
    )
      continue;
    // "el convenio excluye a ciudadanos de México": the people left out, not the ones on board.
    if (m.kind !== "place" && EXCLUDED[lang].test(b)) continue;
    // "a flight to Istanbul, then to South America, then the overland trek": the journey to the US.
    const journey = JOURNEY[lang].test(low);
    if (w.deporterBefore.test(b) && m.kind !== "place") continue;
    const push = (role: CountryRole, code: string, rule: string, phrase: string, landing = false) =>
      out.push({ code, role, phrase, rule, listed: false, landing, mention: m });
    // "95 Hondurans deported by ICE": a plural demonym before "deported" names the people, not the
    // ones deporting ("Spanish police deported" still does).
    const peopleDeported =
      lang === "en" &&
      m.kind === "demonym" &&
      ((/s$/.test(m.text) && /^\s+(?:deported|expelled|removed|repatriated|sent back|returned)\b/.test(a)) ||
        // "carrying Guyanese deported from the United States": one form for one and many; passive only.
        (/(?:ese|ois)$/.test(m.text) &&
          /^\s+(?:deported|expelled|removed|repatriated|sent back|returned)\s+(?:from|by|to|on|aboard|back|home|under|in|after|this|last|earlier)\b/.test(
            a,
          )));
    if (
      !peopleDeported &&
      w.deporterAfter.test(lang === "zh" ? a : afterRaw(m).toLowerCase()) &&
      !(lang === "zh" && ZH_TOWARD.test(b))
    ) {
      // "Uzbekistan repatriated 131 of its citizens from the United States": it brought its own home.
      if (m.kind === "country" && OWN_NATIONALS[lang].test(a))
        push("destination", m.code, "the country that received the people", m.text);
      continue;
    }
    // A place: where the flight landed, or where the people were sent. "Lima" in "La Lima" is part of
    // a longer name the gazetteer does not know.
    if (
      m.kind === "place" &&
      lang !== "zh" &&
      /(?:^|\s)(?:La|El|Los|Las|Le|San|Santa|Santo|New|Port|Puerto|Fort|Saint|St\.?)\s+$/.test(
        text.slice(Math.max(0, m.start - 8), m.start),
      )
    )
      continue;
    if (m.kind === "place") {
      // "aterrizó a las 10:40 de la mañana de este miércoles en el aeropuerto …": the clock time between
      // the verb and the place is skipped.
      const untimed = before(m, 120)
        .replace(
          /\b(?:a las|at) \d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?|horas|hrs?))?(?: de la (?:mañana|tarde|noche|madrugada))?\s+/g,
          "",
        )
        .slice(-60);
      const arrive =
        stops ||
        w.arriveSlot.test(b) ||
        (lang !== "zh" && untimed !== b && w.arriveSlot.test(untimed)) ||
        (lang === "zh" && /在$/.test(b) && /^[^，。,]{0,6}?(降落|落地|着陆)/.test(a));
      const to = (w.toSlot.test(b) || /^-bound\b/.test(a)) && !journey;
      if ((arrive || to) && (context.flight || context.removal)) {
        const code = placeCode(m, "abroad", knownCountries);
        if (code)
          push(
            "destination",
            code,
            arrive ? "where the flight landed" : "the city the flight was bound for",
            m.text,
            true,
          );
      }
      continue;
    }
    // "landed in the Kyrgyz capital", "llegó a la capital hondureña": the place, named by its country.
    if (m.kind === "demonym" && (context.flight || context.removal)) {
      const capitalAfter =
        /^\s+(?:capital|city|port|airport|international airport)\b/.test(a) &&
        (w.arriveSlot.test(b) || w.toSlot.test(b));
      // "la capital hondureña", "suelo hondureño", "territorio guatemalteco"; "on Honduran soil".
      const placeWord = /(?:capital|ciudad|terminal aérea|suelo|territorio|tierras?)\s+$/;
      const capitalBefore =
        lang === "es" &&
        placeWord.test(b) &&
        (w.arriveSlot.test(b.replace(placeWord, "")) || w.toSlot.test(b.replace(placeWord, "")));
      const soilAfter =
        lang === "en" &&
        /^\s+(?:soil|territory)\b/.test(a) &&
        /\b(?:on|onto|in|to)\s+$/.test(b) &&
        w.arriveSlot.test(b.replace(/\s*\b(?:on|onto|in|to)\s+$/, " on "));
      if (capitalAfter || capitalBefore || soilAfter) {
        push("destination", m.code, "where the flight landed", m.text, true);
        continue;
      }
    }
    // A demonym: the people removed ("116 Chinese nationals", "Forty-three Ghanaians", "hondureños", "越南籍").
    if (m.kind === "demonym") {
      // "carrying Guyanese deported from the United States": a demonym in -ese (one form for the singular and
      // the plural) is people when the plane carries them or a verb of removal follows.
      const plainPlural =
        lang === "en" &&
        /(?:ese|ois|Swiss|Lao)$/.test(m.text) &&
        (/^\s+(?:who\s+(?:were|had been)\s+)?(?:deported|removed|repatriated|expelled|returned|flown|sent|aboard|on board)\b/.test(
          a,
        ) ||
          /\b(?:carrying|carried|with|of|for)\s+(?:about\s+|some\s+|more than\s+|dozens of\s+)?$/.test(b));
      const people =
        w.people.test(a) || plainPlural || (lang === "en" && /s$/.test(m.text) && !/ese$/.test(m.text));
      const esPlural = lang === "es" && /s$/.test(m.text);
      const governmentOf =
        lang === "es"
          ? /(gobierno|canciller[ií]a|autoridades|ejecutivo|r[eé]gimen|estado|presidente|mandatario)\s+$/.test(
              b,
            )
          : /^\s+(government|authorities|foreign ministry|officials|president|leaders?)\b/.test(a);
      if (governmentOf && context.policy) {
        push("destination", m.code, "the country whose acceptance of deportees changes", m.text);
        continue;
      }
      // "three Togolese", "uno gambiano": a number before the demonym makes it people. "non-Ghanaian
      // deportees" are the others.
      const numberBefore =
        /(?:\d[\d,.]*|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce))\s+$/u.test(
          b,
        );
      if (lang !== "zh" && /non-\s*$/.test(low.slice(Math.max(0, m.start - 5), m.start))) continue;
      // "personas de nacionalidad cubana, hondureña y venezolana", "people of Cuban and Haitian nationality".
      const ofNationality =
        lang === "es"
          ? /nacionalidad(?:es)?\s+$/.test(b)
          : lang === "en" &&
            /^(?:,?\s+(?:and\s+|or\s+)?[\p{L}-]+)*\s+nationalit(?:y|ies)\b/u.test(a.slice(0, 50));
      // "nine Nigerians, three Gambians, a Togolese man and a Liberian woman": one person of a list of the
      // people on board.
      const oneOfList =
        lang === "en" &&
        /\b(?:a|an|one)\s+$/.test(b) &&
        /^\s+(?:man|woman|boy|girl|person|national|citizen|teenager|minor)\b/.test(a) &&
        ms.filter((x) => x.kind === "demonym").length >= 2;
      if (
        (people || esPlural || numberBefore || ofNationality || oneOfList) &&
        (context.removal || context.flight)
      )
        push("nationality", m.code, "nationality of the people removed", m.text);
      continue;
    }
    // A country's name.
    if (lang === "zh" && /非$/.test(b)) continue;
    // "Camerún, 12; Afganistán, 9; China, 7", "Cuba 61, Venezuela 38", "喀麦隆12人、阿富汗9人": a breakdown of
    // the people on board by country, two or more in one sentence.
    if (
      COUNT_AFTER.test(a) &&
      ms.filter((x) => x.kind === "country" && COUNT_AFTER.test(after(x))).length >= 2 &&
      (context.removal ||
        context.flight ||
        /\b(?:carried|carrying|passengers?|people|breakdown)\b|desglose|composici[oó]n|pasajeros|personas|载|乘客|人员|名单/.test(
          low,
        ))
    ) {
      push("nationality", m.code, "nationality of the people removed, in a count by country", m.text);
      continue;
    }
    // "蒙古国公民": the country's longer name ends in 国 before the people.
    const guo = lang === "zh" && /^国(?![际家内外])/.test(a) ? 1 : 0;
    const za = a.slice(guo);
    if (
      lang === "zh" &&
      /^(?:等国|等)?(?:的)?(籍|公民|国民|侨民|移民(?!局|署|厅|部|机构|事务|官|总局|管理)|非法移民|偷渡客|男子|女子|难民|民众|同胞|人(?!民))/.test(
        za,
      ) &&
      (context.removal || context.flight)
    ) {
      push(
        "nationality",
        m.code,
        "nationality of the people removed",
        m.text +
          a.slice(
            0,
            guo +
              (/^(非法移民|偷渡客)/.test(za)
                ? 4
                : /^(公民|国民|侨民|移民|男子|女子|难民|民众|同胞)/.test(za)
                  ? 2
                  : 1),
          ),
      );
      continue;
    }
    if (w.nationalsOf.test(b) && (context.removal || context.flight)) {
      push("nationality", m.code, "nationality of the people removed", m.text);
      continue;
    }
    const arrive =
      stops ||
      w.arriveSlot.test(b) ||
      (lang === "zh" && /在$/.test(b) && /^[^，。,]{0,6}?(降落|落地|着陆)/.test(a));
    if (arrive && (context.flight || context.removal)) {
      push("destination", m.code, "where the flight landed", m.text, true);
      continue;
    }
    // "谴责这一做法，并要求将本国公民送回委内瑞拉", "demanded that they be returned to Venezuela": a demand
    // names where someone wants them, not where the flight went.
    // An accusation ("指控美方将部分委国人送往萨尔瓦多的监狱", "accused Washington of sending them to") is
    // about something done before, not this flight.
    const demanded =
      lang === "zh"
        ? /(要求|呼吁|敦促|希望|吁请)[^，。；]*$/.test(b) || /(指控|控诉|谴责)[^。；]*$/.test(b)
        : /\b(?:demand(?:s|ed)?|urg(?:es|ed)|call(?:s|ed) for|insist(?:s|ed)|accus(?:es|ed|ing))\b[^.;,]*$/.test(
            b,
          ) ||
          /(?<![\p{L}])(?:exig(?:e|i[oó]|ieron)|pid(?:e|i[oó]|ieron)|reclam(?:a|[oó])|acus(?:a|[oó]|aron))(?![\p{L}])[^.;,]*$/u.test(
            b,
          );
    // "they did not send me to India, they sent me somewhere else": the place they were not sent.
    const notSent =
      lang === "zh"
        ? /(没有|并未|并没有|未)(?:被)?(?:把|将)?[^，。；]{0,8}(?:送|遣返|遣送)(?:回|往|到|至)?$/.test(b)
        : /\b(?:did not|didn't|do not|don't|was not|wasn't|were not|weren't|never|not)\s+(?:\w+\s+){0,2}?(?:send|sent|fly|flown|return|returned|deport|deported)\s+(?:\w+\s+){0,2}?(?:to|back to)\s+$/.test(
            b,
          ) ||
          /(?<![\p{L}])no\s+(?:\p{L}+\s+){0,2}?(?:envi|mand|deport|devolv|retorn)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:a|hacia)\s+$/u.test(
            b,
          );
    if (
      (w.toSlot.test(b) || /^-bound\b/.test(a)) &&
      !demanded &&
      !notSent &&
      !journey &&
      (context.removal || (context.flight && context.policy))
    ) {
      push("destination", m.code, "named as where people were sent", m.text, true);
      continue;
    }
    if (context.policy || context.removal) {
      const acted = w.actedAfter.test(lang === "zh" ? a : afterRaw(m).toLowerCase()) || w.actedBefore.test(b);
      if (acted)
        push(
          "destination",
          m.code,
          context.policy
            ? "the country whose acceptance of deportees changes"
            : "the country that received the people",
          m.text,
        );
    }
  }
  // Lists: every item of "Nepal, Iran, Uzbekistan and Cameroon" takes the role one of them has.
  const sep = LIST_SEP[lang];
  const chains: Mention[][] = [];
  // "Juba, the South Sudanese capital": a demonym before such a noun describes a place or a government,
  // it is not one more item of a list.
  const adjectival = (m: Mention) =>
    m.kind === "demonym" &&
    lang !== "zh" &&
    /^\s+(?:capital|city|port|government|authorities|officials?|ministry|president|border|police|army|military|soil|territory|airport|embassy|consulate|side|press|media|state|leader)\b/.test(
      low.slice(m.end, m.end + 30),
    );
  for (const m of ms) {
    const last = chains.at(-1);
    const prev = last?.at(-1);
    if (
      prev &&
      m.kind !== "us" &&
      prev.kind !== "us" &&
      !adjectival(m) &&
      sep.test(low.slice(prev.end, m.start))
    )
      last!.push(m);
    else chains.push([m]);
  }
  for (const chain of chains) {
    if (chain.length < 2) continue;
    const withRole = chain.map((m) => out.find((r) => r.mention === m)).filter((r): r is Role => Boolean(r));
    if (!withRole.length) continue;
    const model = withRole.find((r) => r.role === "nationality") ?? withRole[0]!;
    for (const m of chain) {
      if (out.some((r) => r.mention === m)) continue;
      const code = m.kind === "place" ? placeCode(m, "abroad", knownCountries) : m.code;
      if (!code || code === "US") continue;
      const role: CountryRole = m.kind === "demonym" ? "nationality" : model.role;
      out.push({
        code,
        role,
        phrase: m.text,
        rule: `${role === "nationality" ? "nationality of the people removed" : "destination"}, listed with ${model.mention.text}`,
        listed: true,
        landing: model.landing,
        mention: m,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Counts

const TOTAL_BEFORE: Record<Lang, RegExp> = {
  en: /\b(a total of|total of)\s+$|\b(in all|altogether|in total)\b[^.;\d]{0,30}$/,
  es: /(un total de|total de)\s+$|(en total|en conjunto)[^.;\d]{0,30}$/,
  zh: /(共|共计|合计|总共|总计|一共)$/,
};
const TOTAL_AFTER: Record<Lang, RegExp> = {
  en: /^[^.;]{0,30}?\b(in total|in all|altogether|all told)\b/,
  es: /^[^.;]{0,30}?(en total|en su totalidad)/,
  zh: /^[^，。]{0,6}?(总数|合计|共计)/,
};
/** "bringing the total removed on the flight to sixty-four", "elevando el total de deportados a 212": the
 *  number a running total reaches is the whole group. */
const TOTAL_REACHED =
  /\b(?:bringing|brought|taking|took|raising|raised) the (?:total|number|tally)\b[^.;,]{0,50}\bto\s+$|(?<![\p{L}])(?:elevando|elev[oó]|eleva|llevando|llev[oó]) (?:el|la) (?:total|cifra|n[uú]mero)(?![\p{L}])[^.;,]{0,50}\ba\s+$|(?:使|让)[^，。]{0,12}(?:总数|总人数)(?:增至|达到|达)$/u;
type CountCand = {
  value: number | null;
  approx: [number, number] | null;
  hedged: boolean;
  phrase: string;
  rule: string;
  total: boolean;
  /** "the 63 passengers", "the group of 23", "los 61 deportados": the group already told of */
  definite: boolean;
};

/** A list of parts of the group that goes on after "including": "including nine women and three …". */
const SUBLIST: Record<Lang, RegExp> = {
  en: /\b(?:including|among them|of whom|among whom)\s[^.;:]{0,60}?(?:,|\band)\s+(?:the\s+)?$/,
  es: /(?<![\p{L}])(?:incluid[oa]s|entre ell[oa]s|de los cuales|de las cuales)\s[^.;:]{0,60}?(?:,|\sy)\s+$/u,
  zh: /(?:其中|包括)[^。；]{0,30}?(?:、|和|及|，)$/,
};
function countsIn(text: string, low: string, f: Feat, lang: Lang, w: Words): CountCand[] {
  const nums = findNumbers(lang === "zh" ? text : text, lang);
  const out: CountCand[] = [];
  const demonymAt = (from: number, to: number) =>
    f.mentions.some(
      (m) =>
        (m.kind === "demonym" || (lang === "zh" && m.kind === "country")) && m.start >= from && m.start <= to,
    );
  const isPeople = (n: NumberMatch) => {
    // "120-plus deported Guatemalans": the hedge after the number is read with it.
    const plus = lang === "en" ? (/^(?:-plus|\+)/.exec(low.slice(n.end, n.end + 5))?.[0].length ?? 0) : 0;
    if (plus) n = { ...n, end: n.end + plus };
    const a = low.slice(n.end, n.end + 50);
    if (w.notPeopleAfter.test(a)) return false;
    if (w.people.test(a)) return true;
    // "the group of 23 included four women", "un grupo de 60 llegó"
    if (
      lang !== "zh" &&
      /(?:\bgroup|\bcontingent|(?<![\p{L}])grupo|contingente)\s+(?:of|de)\s+$/u.test(
        low.slice(Math.max(0, n.start - 20), n.start),
      )
    )
      return true;
    if (TOTAL_REACHED.test(low.slice(Math.max(0, n.start - 80), n.start))) return true;
    if (lang === "zh") return /^(?:余|多)?(?:名|人|位)/.test(a);
    // "116 Chinese nationals", "Forty-three Ghanaians", "135 hondureños"
    if (demonymAt(n.end, n.end + 3) || (/^\s+(?:of|de)\s+/.test(a) && demonymAt(n.end, n.end + 5)))
      return true;
    const b = low.slice(Math.max(0, n.start - 30), n.start);
    // "the deportees, about 90 in all, landed": the people named, then their number in all.
    if (
      /^\s+(?:in all|in total|altogether|all told|en total|en conjunto)\b/.test(a) &&
      /(?:deportees|returnees|migrants|people|passengers|detainees|nationals|citizens|deportad[oa]s|retornad[oa]s|migrantes|personas|connacionales|pasajeros)\s*,\s*(?:about|around|roughly|some|nearly|almost|more than|over|unos|unas|alrededor de|cerca de|más de|casi)?\s*$/.test(
        b,
      )
    )
      return true;
    if (w.countVerbBefore.test(b) && !/^\s*(?:of|de)\b/.test(a))
      return /^\s*(?:[,.;:)]|$|\s+(?:on|from|to|aboard|back|home|who|in|at|a|en|desde|hacia|que)\b)/.test(a);
    return false;
  };
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i]!;
    if (n.value < 2 || n.value > 20000) continue;
    if (!n.range && n.value >= 1900 && n.value <= 2100 && !/[,.]/.test(n.text)) continue;
    const b = low.slice(Math.max(0, n.start - 30), n.start);
    if (/(?:flight|vuelo|no\.|número|n\.º|第|aged|age|de edad|年龄|编号)\s*$/.test(b)) continue;
    // "Among the 120 deportees were 15 children": the number after "among the" is the whole group when
    // the part follows it.
    const wholeOfPart =
      lang === "en" &&
      /\bamong the\s+$/.test(b) &&
      /^\s+[\w-]+(?: on board| aboard)? (?:were|was) (?:\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty)/.test(
        low.slice(n.end, n.end + 50),
      );
    if (w.subgroup.test(b) && !wholeOfPart) continue;
    // "uno de los dos que llegan cada semana", "one of the two": a set of things, not a group flown. "two
    // Filipino men who were among a group of deportees": a part of the group.
    // "apart from the two Filipinos, the group was made up of …": a part set beside the rest.
    if (
      /(?:\b(?:apart from|aside from|besides|other than)|(?<![\p{L}])(?:aparte de|adem[aá]s de))\s+(?:the\s+|los\s+|las\s+)?$/u.test(
        b,
      )
    )
      continue;
    if (
      /(?:(?<![\p{L}])(?:uno|una) de (?:los|las)|\bone of(?: the)?)\s+$/u.test(b) &&
      /^\s+(?:que|who|that|which)\b/.test(low.slice(n.end, n.end + 8))
    )
      continue;
    if (
      /^[^.;:]{0,40}?\b(?:who|that) (?:were|are|was) among\b|^\s+[\w-]+ (?:in|among) (?:(?:a|the|an) )?(?:[\w.-]+ ){0,3}?group\b|^[^.;:]{0,40}?(?<![\p{L}])que (?:iban|viajaban|estaban) entre(?![\p{L}])/u.test(
        low.slice(n.end, n.end + 60),
      )
    )
      continue;
    // "… including nine women and three people who had served sentences": the list of parts goes on.
    if (SUBLIST[lang].test(low.slice(Math.max(0, n.start - 80), n.start))) continue;
    if (!isPeople(n)) continue;
    // "roughly 800 Sierra Leoneans with final orders of removal": people who may be removed, not the
    // flight's ("the flight carried 116 adults with final orders of removal" is).
    if (!f.flight && NOT_REMOVED_YET[lang].test(low.slice(n.end, n.end + 60))) continue;
    // "112 men and 9 women": the men and the women together.
    let value = n.value;
    let end = n.end;
    let summed = false;
    const gender =
      lang === "zh"
        ? /^(?:名)?(?:男|女|儿童|未成年)/
        : lang === "es"
          ? /^\s+(?:hombres|mujeres|niñ[oa]s|menores)/
          : /^\s+(?:men|women|children|minors|boys|girls)/;
    if (gender.test(low.slice(n.end, n.end + 15))) {
      for (let j = i + 1; j < nums.length; j++) {
        const m = nums[j]!;
        const between = low.slice(end, m.start);
        const joined =
          lang === "zh"
            ? /^(?:名)?(?:男性?|女性?|儿童|未成年人)(?:、|和|及|与|，)?$/
            : lang === "es"
              ? /^\s+(?:hombres|mujeres|niñ[oa]s|menores)(?:\s*,\s*|\s+y\s+|\s*,\s*y\s+)$/
              : /^\s+(?:men|women|children|minors|boys|girls)(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/;
        if (!joined.test(between) || !gender.test(low.slice(m.end, m.end + 15))) break;
        value += m.value;
        end = m.end;
        summed = true;
        i = j;
      }
    }
    const hedged =
      Boolean(n.range) ||
      w.hedge.test(b) ||
      (lang === "zh" && /^(?:余|多)/.test(low.slice(n.end, n.end + 1))) ||
      (lang === "en" && /^\s*(?:or so|-plus|\+)/.test(low.slice(n.end, n.end + 8)));
    const hedgeWord = w.hedge.exec(b)?.[0] ?? "";
    const phraseStart = n.start - hedgeWord.length;
    const phraseEnd = summed ? end : n.end;
    const phrase = text.slice(phraseStart, phraseEnd).trim() || n.text;
    // "Forty-three Russians and twelve Egyptians, fifty-five people in all": the total is the last number.
    const nextNum = nums[i + 1];
    const afterTotal = low.slice(phraseEnd, Math.min(phraseEnd + 40, nextNum ? nextNum.start : Infinity));
    const total =
      TOTAL_BEFORE[lang].test(b) ||
      TOTAL_AFTER[lang].test(afterTotal) ||
      TOTAL_REACHED.test(low.slice(Math.max(0, n.start - 80), n.start));
    const definite =
      lang === "zh"
        ? /(这|该|此|这批|该批)$/.test(b)
        : /(?:\bthe|\ball|\bgroup of|(?<![\p{L}])los|(?<![\p{L}])las|grupo de)\s+$/u.test(b);
    out.push({
      total,
      definite,
      value: n.range && !summed ? null : value,
      approx: n.range ?? null,
      hedged,
      phrase,
      rule: summed
        ? "the groups named added together"
        : n.range
          ? "a vague amount, shown as a range"
          : hedged
            ? "an approximate number, as the article gives it"
            : "the number of people the article gives",
    });
  }
  // "there were 116 of them" is handled by people ("of them"); "a hundred and twelve" by numbers.
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates

const PARSERS = { en: chrono.en, es: chrono.es, zh: chrono.zh };
/** A month named only relative to the report ("earlier this month", "a finales del mes pasado"). */
const MONTH_PHRASE: Record<"en" | "es", RegExp> = {
  en: /\b(?:(?:earlier|early|late|later) (?:this|last) month|earlier in the month|(?:this|last) month)\b(?!['’]s)/,
  es: /(?<![\p{L}])(?:(?:a (?:principios|comienzos|inicios|finales|fines) de )?(?:este|el) mes(?: pasado| anterior)?|(?:a (?:principios|comienzos|inicios|finales|fines) del) mes(?: pasado| anterior))(?![\p{L}])/u,
};

/** The day a sentence dates, with the phrase as the article wrote it ("Esta mañana", read as "hoy"). */
function dateIn(text: string, lang: Lang, published: IsoDate, future: boolean, policy = false) {
  const d = dateRead(text, lang, published, future, policy);
  const thisMorning =
    lang === "es" && d?.phrase === "hoy" ? /esta\s+(?:mañana|tarde|noche)/i.exec(text) : null;
  return thisMorning && !/(?<![\p{L}])hoy(?![\p{L}])/iu.test(text)
    ? { ...d!, phrase: thisMorning[0], rule: d!.rule.replace("“hoy”", `“${thisMorning[0]}”`) }
    : d;
}

function dateRead(
  text: string,
  lang: Lang,
  published: IsoDate,
  future: boolean,
  policy = false,
): {
  value: string;
  precision: DateFact["precision"];
  phrase: string;
  rule: string;
  /** the day the news was given ("ICE said Friday that…"), not necessarily the flight's */
  reported?: boolean;
} | null {
  const ref = new Date(`${published}T12:00:00Z`);
  const pubDay = ref.getUTCDay();
  // A dateline ("Johannesburgo, 14 oct (AFP).-", "（中央社聖荷西21日電）") dates the report, not the flight.
  const dl = lang === "zh" ? ZH_DATELINE.exec(text) : null;
  if (dl) text = text.slice(dl[0].length);
  text = text.replace(DATELINE, "");
  // "la mañana de este jueves" is Thursday morning, not tomorrow ("a las 10 y 20 de la mañana, procedente de"
  // neither); "la tarde de" hides the weekday from chrono.
  if (lang === "es")
    text = text.replace(
      /(?:la|por la|en la|de la|esta|en horas de la)\s+(?:mañana|tarde|noche|madrugada)(?![\p{L}])\s*(del?\s+)?/giu,
      // "Esta mañana aterrizó": this morning is today ("llegará esta madrugada" may be the night to come).
      (all, of: string | undefined) => (/^esta\s+(?!madrugada)/i.test(all) && !of ? "hoy " : ""),
    );
  // "1月17日（星期六）", "el 17 de enero (sábado)", "Jan. 17 (Saturday)": the weekday of a date given in full
  // is read with it, not as a day of its own.
  text = text.replace(
    /(\d{1,2}\s*[日号]|\d{1,2}(?:\s+de\s+\p{L}+)?)\s*[（(]\s*(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*[）)]/giu,
    "$1",
  );
  if (lang === "zh") {
    // "（中央社瓜地马拉市24日电）… 今天", "中新网温州6月12日电 … 昨日": today and yesterday are the dateline's day.
    if (dl) {
      const rel = /(今天|今日|今晨|昨天|昨日|昨晚|昨晨|前天)/.exec(text);
      // "美国国土安全部今天宣布，已于本周二…": today is when it was announced; the flight's day is the other.
      const announced =
        rel &&
        ZH_REPORT_VERB.test(text.slice(rel.index + rel[0].length, rel.index + rel[0].length + 20)) &&
        /(周|星期|礼拜)[一二三四五六日天]|(?<![月\d])\d{1,2}[日号]/.test(text);
      if (rel && !announced && !/^今日起/.test(text.slice(rel.index))) {
        const day = Number(dl[2] ?? dl[4]);
        let d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), day));
        if (d > ref) d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, day));
        const back = rel[1]!.startsWith("前") ? 2 : rel[1]!.startsWith("昨") ? 1 : 0;
        const value = addDays(d.toISOString().slice(0, 10) as IsoDate, -back);
        return {
          value,
          precision: "day",
          phrase: rel[0],
          rule: `“${rel[0]}” counted from the dateline's day (${dl[0].trim()})`,
        };
      }
    }
    // "外交部今天表示，…已于昨天搭乘包机返抵": of two relative days, the one not followed by a verb of saying
    // is the flight's.
    const rels = [...text.matchAll(/(今天|今日|今晨|今早|昨天|昨日|昨晚|昨晨|前天|前晚)/g)];
    if (rels.length >= 2 && new Set(rels.map((r) => r[1]![0])).size >= 2) {
      const said = (m: RegExpMatchArray) =>
        ZH_REPORT_VERB.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20));
      const pick = rels.find((m) => !said(m));
      if (pick && rels.some((m) => said(m))) {
        const back = pick[1]!.startsWith("今") ? 0 : pick[1]!.startsWith("昨") ? -1 : -2;
        return {
          value: addDays(published, back),
          precision: "day",
          phrase: pick[0],
          rule: `“${pick[0]}” counted from the publication date ${published}`,
        };
      }
    }
    // "巴拿马公共安全部周四证实，…航班于当地时间周二抵达": a weekday followed by a verb of saying is the
    // report's; the flight's is another day in the sentence (a weekday, 本月12日, 上周五).
    const wds = [...text.matchAll(/(上|下|本|这)?(?:个)?(周|星期|礼拜)([一二三四五六日天])/g)];
    const saidOn = (m: RegExpMatchArray) =>
      ZH_REPORT_VERB.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20));
    const otherDay =
      /(本月|这个月|上月|上个月)(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|(?<![月\d])\d{1,2}[日号](?!本)/.test(
        text,
      );
    const wd = wds.find((m) => !saidOn(m)) ?? (otherDay ? undefined : wds[0]);
    if (wd) {
      const target = "日一二三四五六".indexOf(wd[3] === "天" ? "日" : wd[3]!);
      const mondayOffset = -((pubDay + 6) % 7);
      const shift = wd[1] === "上" ? -7 : wd[1] === "下" ? 7 : 0;
      let offset: number;
      if (wd[1]) offset = mondayOffset + shift + ((target + 6) % 7);
      else {
        offset = -((pubDay - target + 7) % 7);
        if (future && offset < 0) offset += 7;
      }
      const value = addDays(published, offset);
      // "周三（8日）表示，前一天晚间…降落": the day before the one it was said.
      const before = saidOn(wd) && ZH_DAY_BEFORE.exec(text.slice(wd.index! + wd[0].length));
      if (before)
        return {
          value: addDays(value, -1),
          precision: "day",
          phrase: before[0],
          rule: `“${before[0]}”: the day before ${wd[0]} (${value}), the day it was said`,
        };
      return {
        value,
        precision: "day",
        phrase: wd[0],
        rule: `“${wd[0]}” counted from the publication date ${published} (${WEEKDAYS[pubDay]})`,
      };
    }
    const m = /(本月|这个月|上月|上个月)(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]/.exec(text);
    if (m) {
      const day = /\d/.test(m[2]!) ? Number(m[2]) : zhDay(m[2]!);
      const shift = m[1]!.startsWith("上") ? -1 : 0;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, day));
      return {
        value: d.toISOString().slice(0, 10),
        precision: "day",
        phrase: m[0],
        rule: `“${m[0]}” counted from the publication date ${published}`,
      };
    }
    // "计划下月再派遣返包机", "上个月遣返了": only the month (the day of the month is not given).
    const mo = /(下个月|下月|上个月|上月|本月|这个月)(?![\d一二三四五六七八九十初底])/.exec(text);
    if (mo && !/(?<![月\d])\d{1,2}[日号]/.test(text)) {
      const shift = mo[1]!.startsWith("下") ? 1 : mo[1]!.startsWith("上") ? -1 : 0;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, 1));
      return {
        value: d.toISOString().slice(0, 7),
        precision: "month",
        phrase: mo[0],
        rule: `“${mo[0]}” counted from the publication date ${published}`,
      };
    }
    // "国土安全部13日发布…，移民局12日以包机遣返": a day followed by "announced", "said" is the report's.
    const days = [...text.matchAll(/(?<![月\d])(\d{1,2})[日号](?!本)/g)];
    const reported = (m: RegExpMatchArray) =>
      ZH_REPORT_VERB.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20));
    // "17日表示，…计划于11月26日派出": a day with its month is the flight's, read below.
    const only =
      days.find((m) => !reported(m)) ?? (/\d{1,2}月\d{1,2}[日号]/.test(text) ? undefined : days[0]);
    if (only && !/月\s*$/.test(text.slice(0, only.index))) {
      let d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), Number(only[1])));
      if (!future && d > ref)
        d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, Number(only[1])));
      const before = reported(only) && ZH_DAY_BEFORE.exec(text.slice(only.index! + only[0].length));
      if (before) {
        const said = d.toISOString().slice(0, 10) as IsoDate;
        return {
          value: addDays(said, -1),
          precision: "day",
          phrase: before[0],
          rule: `“${before[0]}”: the day before ${only[0]} (${said}), the day it was said`,
        };
      }
      return {
        value: d.toISOString().slice(0, 10),
        precision: "day",
        phrase: only[0],
        rule: `“${only[0]}”: that day of the month of publication (${published})`,
      };
    }
  }
  // The parser is the costliest step: only sentences with something that can be a date go to it.
  if (!DATEISH[lang].test(text)) return null;
  let results: chrono.ParsedResult[];
  try {
    results = PARSERS[lang].parse(text, { instant: ref, timezone: 0 }, { forwardDate: future });
  } catch {
    return null;
  }
  // "ICE said Friday that a flight … landed on Wednesday": the day after a verb of saying is the
  // report's; another date in the sentence is the flight's, and "the previous day" counts back from it.
  let reportDay: ReturnType<typeof dateIn> = null;
  let clauseDay: ReturnType<typeof dateIn> = null;
  // "the third this month, landed Monday", "next week … due to arrive on Tuesday": a week or a month
  // gives way to a day later in the same sentence.
  let coarse: ReturnType<typeof dateIn> = null;
  const clauses = [...text.matchAll(RELATIVE_CLAUSE)]
    .filter((m) => !CLAUSE_FLIGHT[lang].test(m[0]))
    .map((m) => [m.index!, m.index! + m[0].length] as const);
  for (const r of results) {
    const t = r.text.trim();
    if (
      /^(since|desde|from|de|hasta|until|within|en los próximos|dentro de)\b/i.test(t) ||
      /^in (\w+|\d+) (days?|weeks?|months?|years?)$/i.test(t) ||
      // "under last month's arrangement": the time of something else, named to tell it apart.
      (/^(?:last|this|next) (?:week|month|year)$/i.test(t) &&
        /^['’]s\b/.test(text.slice(r.index + r.text.length, r.index + r.text.length + 3))) ||
      // "now", "ahora", "现在": the time of writing, no day of a flight.
      /^(?:now|right now|ahora|现在|目前)$/i.test(t) ||
      // "left San Antonio (SAT)": an airport code, not Saturday.
      /^\(?[A-Z]{3}\)?$/.test(t) ||
      // "A few hours later", "minutos después": a time after another event, not a day.
      /^(?:(?:a few|a couple of|several|some|\w+|\d+) )?(?:hours?|minutes?) (?:later|earlier|after|before)$/i.test(
        t,
      ) ||
      /^(?:unas |pocas |\w+ |\d+ )?(?:horas|minutos) (?:después|más tarde|antes)$/i.test(t) ||
      /^(?:en )?(?:un|una|dos|tres|cuatro|\d+) (?:d[ií]as?|semanas?|meses|mes|años?)$/i.test(t) ||
      /^(\d+|[一二三四五六七八九十两]+)(个)?(天|周|月|年)(内|后)?$/.test(t)
    )
      continue;
    if (
      !r.start.isCertain("month") &&
      !r.start.isCertain("weekday") &&
      !r.start.isCertain("day") &&
      !/(today|tonight|yesterday|last night|this morning|this afternoon|this evening|hoy|ayer|anoche|今天|昨天|昨日|前天|今日|明天|tomorrow|mañana)/i.test(
        t,
      )
    )
      continue;
    if (/^\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?|h|hrs)?$/i.test(t)) continue;
    // "the sun rose", "a wed couple": an English weekday is written with a capital.
    if (
      lang === "en" &&
      /^(?:on\s+)?[a-z]/.test(t) &&
      /^(?:on\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/.test(t)
    )
      continue;
    let d = r.start.date();
    const iso = (x: Date) => x.toISOString().slice(0, 10);
    const dayCertain = r.start.isCertain("day");
    const weekdayOnly = !dayCertain && r.start.isCertain("weekday");
    const yearCertain = r.start.isCertain("year");
    const days = (x: Date) => Math.round((x.getTime() - ref.getTime()) / 86400000);
    // "接收1995年7月12日之前抵达美国的…": a date decades before the report bounds who is meant; no flight
    // of this news was then.
    if (/(?:19|20)\d\d/.test(t) && days(d) < -1100) continue;
    let note = "";
    // "el pasado sábado", "el sábado pasado", "last Saturday": a weekday said to be past is, whatever the kind.
    const saidPast =
      weekdayOnly &&
      (/(?:pasado|[uú]ltimo|last|past)\s+$/i.test(text.slice(Math.max(0, r.index - 12), r.index)) ||
        /^\s*(?:pasado|anterior)\b/i.test(
          text.slice(r.index + r.text.length, r.index + r.text.length + 10),
        ) ||
        /^(?:last|el pasado|pasado)\b/i.test(t));
    if (weekdayOnly && saidPast && days(d) > 0) {
      d = new Date(d.getTime() - 7 * 86400000);
      note = ", the most recent such day";
    } else if (weekdayOnly) {
      if (!future && days(d) > 0) {
        d = new Date(d.getTime() - 7 * 86400000);
        note = ", the most recent such day";
      } else if (future && days(d) < 0) {
        d = new Date(d.getTime() + 7 * 86400000);
        note = ", the coming such day";
      }
    } else if (dayCertain && !yearCertain) {
      if (!future && days(d) > 2) {
        d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
        note = ", in the year before publication";
      } else if (future && days(d) < -7) {
        d = new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate(), 12));
        note = ", in the coming year";
      }
    }
    if (!future && days(d) > 2) continue;
    const precision: DateFact["precision"] =
      dayCertain ||
      weekdayOnly ||
      /(today|tonight|yesterday|last night|this morning|this afternoon|this evening|hoy|ayer|anoche|今天|昨天|昨日|前天|今日|明天|tomorrow|mañana)/i.test(
        t,
      )
        ? "day"
        : r.start.isCertain("month")
          ? "month"
          : "day";
    // "ICE Air notes, week ending 15 Mar", "la semana del 10 de marzo": a week named by one of its days.
    const weekOf =
      lang !== "zh" &&
      /\b(?:week|semana)\s+(?:ending|ended|to|of|del|que termin[oó] el)\s+(?:(?:on\s+)?(?:sunday|saturday|friday|domingo|sábado|viernes),?\s+)?$/i.test(
        text.slice(Math.max(0, r.index - 40), r.index),
      );
    if (
      weekOf ||
      (/^(last|this|next|la|esta|la próxima|上|本|下)\s*(week|semana|周|週)$/i.test(t) && !weekdayOnly)
    ) {
      const monday = addDays(iso(d) as IsoDate, -((d.getUTCDay() + 6) % 7));
      coarse ??= {
        value: monday,
        precision: "week",
        phrase: t,
        rule: `“${t}”: the week beginning ${monday}, counted from the publication date ${published}`,
      };
      continue;
    }
    const value = precision === "month" ? iso(d).slice(0, 7) : iso(d);
    const rule =
      yearCertain && dayCertain
        ? "date as written"
        : precision === "month"
          ? yearCertain
            ? "month as written"
            : `“${t}” without a year, counted from the publication date ${published}`
          : `“${t}” counted from the publication date ${published} (${WEEKDAYS[pubDay]})${note}`;
    const found = { value, precision, phrase: t, rule };
    // A change of policy is made by saying it: there the day of the statement is the event's.
    if (
      !policy &&
      precision === "day" &&
      REPORT_BEFORE[lang]?.test(text.slice(Math.max(0, r.index - 40), r.index)) &&
      !/^(on\s+|el\s+|este\s+|esta\s+)?(today|hoy)$/i.test(t)
    ) {
      reportDay ??= { ...found, reported: true };
      continue;
    }
    if (reportDay && precision !== "day") continue;
    // "The administration, which took office on Jan. 20, sent …": a relative clause that tells no flight
    // dates something else.
    if (clauses.some(([a, b]) => r.index >= a && r.index < b)) {
      clauseDay ??= found;
      continue;
    }
    if (precision !== "day") {
      coarse ??= found;
      continue;
    }
    // A day outside the week or month already read is about something else ("1995年7月12日之前").
    if (coarse && !dayWithin(value, coarse)) continue;
    return found;
  }
  if (reportDay) {
    const back = DAYS_BEFORE[lang]?.exec(
      text.slice(text.indexOf(reportDay.phrase) + reportDay.phrase.length),
    );
    if (back) {
      const n = /^(two|dos)\b/i.test(back[1] ?? "") ? 2 : /^(three|tres)\b/i.test(back[1] ?? "") ? 3 : 1;
      const value = addDays(reportDay.value as IsoDate, -n);
      return {
        value,
        precision: "day",
        phrase: back[0].trim(),
        rule: `“${back[0].trim()}”: counted back from the day of the report (${reportDay.phrase}, ${reportDay.value})`,
      };
    }
  }
  if (lang === "en") {
    // "landed on the 14th": that day of the month of publication, or of the month before when still ahead.
    const nth = /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)/i.exec(text);
    if (nth && Number(nth[1]) <= 31) {
      let d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), Number(nth[1]), 12));
      if (!future && d.getTime() - ref.getTime() > 2 * 86400000)
        d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, Number(nth[1]), 12));
      return {
        value: d.toISOString().slice(0, 10),
        precision: "day",
        phrase: nth[0],
        rule: `“${nth[0]}”: that day of the month of publication (${published})`,
      };
    }
  }
  // "The government said on Thursday that seven people had arrived earlier this month": the day is the
  // report's, the flight's is only the month.
  if (reportDay && lang !== "zh") {
    const mo = MONTH_PHRASE[lang].exec(text.toLowerCase());
    if (mo) {
      const last = /last|pasado|anterior/.test(mo[0]);
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - (last ? 1 : 0), 1));
      return {
        value: d.toISOString().slice(0, 7),
        precision: "month",
        phrase: text.slice(mo.index, mo.index + mo[0].length),
        rule: `“${text.slice(mo.index, mo.index + mo[0].length)}” counted from the publication date ${published}; ${reportDay.phrase} is the day it was said`,
      };
    }
  }
  if (coarse) return coarse;
  if (reportDay) return reportDay;
  if (clauseDay) return clauseDay;
  // "this week", "la semana pasada", "上周": the week, counted from the publication date.
  const wk = WEEK_PHRASE[lang].exec(lang === "zh" ? text : text.toLowerCase());
  if (wk) {
    const shift = /last|pasad|anterior|上/.test(wk[0])
      ? -1
      : /next|próxim|proxim|que viene|下/.test(wk[0])
        ? 1
        : 0;
    const monday = addDays(published, -((pubDay + 6) % 7) + 7 * shift);
    const phrase = lang === "zh" ? wk[0] : text.slice(wk.index, wk.index + wk[0].length);
    return {
      value: monday,
      precision: "week",
      phrase,
      rule: `“${phrase}”: the week beginning ${monday}, counted from the publication date ${published}`,
    };
  }
  return null;
}
const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}\s.'’-]{2,40}(?:,\s+[\p{Lu}][\p{L}\s.]{1,30})?(?:,\s+(?:\d{1,2}\s+[\p{L}]{3,10}\.?|[\p{L}]{3,10}\.?\s+\d{1,2}))?(?:\s*\([^)]{1,30}\))?\s*[—–]+\s*|[\p{Lu}][\p{L}.\s'-]{1,40},\s+(?:\d{1,2}\s+[\p{L}]{3,10}\.?|[\p{L}]{3,10}\.?\s+\d{1,2})(?:,?\s+(?:de\s+)?\d{4})?(?:\s*\([\p{L}\s-]{2,30}\)\s*[.\-–—:]*|\s*[-–—:]+)\s*|[（(][^）)]{0,30}?\d{1,2}日[^）)]{0,12}[）)])/u;
const ZH_DATELINE =
  /^\s*(?:[（(【][^）)】]{0,30}?(?:(\d{1,2})月)?(\d{1,2})日[^）)】]{0,12}[）)】]|[\p{Script=Han}A-Za-z]{2,14}?(?:(\d{1,2})月)?(\d{1,2})日(?:电|讯|报道|综合报道)\s*)/u;
const ZH_REPORT_VERB =
  /^(?:[（(][^）)]{1,12}[）)])?(?:在[^，。]{1,8}?(?:对|向|接受)(?:记者|媒体|传媒)[^，。]{0,2}?|(?:通过|透过|经由|在)[^，。]{1,10}?(?=发布|发表|表示|说|称|宣布|证实|回应))?[^，。]{0,4}?(发布|通报|表示|说|称|宣布|介绍|透露|证实|指出|发表|召开|主持|报道|电|回应|对外|采访)/;
/** "前一天晚间", "前一日": the day before the day something was said. */
const ZH_DAY_BEFORE = /(前一天|前一日|前一晚|前晚)/;
// A relative clause with these words tells of the flight itself (", which landed on Tuesday,").
const CLAUSE_FLIGHT: Record<Lang, RegExp> = {
  en: /\b(?:land|arriv|left\b|leav|depart|took off\b|fl[eoy]w?|carr|touch|board|deport|remov|return)/i,
  es: /(?:aterriz|lleg|arrib|sali|parti|despeg|vol|deport|retorn|trasl|embarc|transport)/i,
  zh: /(?:降落|抵达|起飞|遣返|飞)/,
};
// A verb of saying just before a date: "said Friday", "announced late Thursday", "in a statement
// released on Wednesday", "informó este viernes", "confirmó el jueves".
const REPORT_BEFORE: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:said|says|announced|confirmed|told (?:reporters|journalists|the press|[A-Z][\w.]*(?: [A-Z][\w.]*)?)|reported|stated|disclosed|acknowledged|added|noted|released|posted|issued|revealed|statement)(?:\s+(?:on|late|early|last))?\s*$/i,
  es: /\b(?:informó|informaron|anunció|anunciaron|confirmó|confirmaron|dijo|dijeron|señaló|indicó|explicó|detalló|precisó|reportó|comunicó|aseguró|declaró|afirmó|publicó|divulgó)(?:\s+(?:este|esta|el|la|el pasado))?\s*$/i,
};
// "… the previous day", "two days earlier", "el día anterior", "un día antes": counted back from the report.
const DAYS_BEFORE: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:the (?:previous day|day before)|(a|one|two|three) days? (?:earlier|before))\b/i,
  es: /\b(?:el día anterior|la víspera|(un|dos|tres) días? antes)\b/i,
};
const WEEK_PHRASE: Record<Lang, RegExp> = {
  en: /\b(this|last|next|earlier this|later this) week\b/,
  es: /(esta semana|la semana pasada|la pasada semana|la semana anterior|la pr[oó]xima semana|la semana que viene)/,
  zh: /(本周|这周|上周|下周|本週|上週|下週)(?![一二三四五六日天])/,
};
const DATEISH: Record<Lang, RegExp> = {
  en: /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|\b(today|tonight|yesterday|tomorrow|week|month|last night|this (?:morning|afternoon|evening)|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}|the \d{1,2}(?:st|nd|rd|th)|ago)\b/i,
  es: /(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|hoy|ayer|anoche|mañana|semana|mes|\d{1,2}\/\d{1,2})/i,
  zh: /(\d|[一二三四五六七八九十])\s*[月日号]|[周週星期礼拜][一二三四五六日天]|(今|昨|前|明|后)[天日晚]|今晨|昨晨|上周|下周|本周|上月|本月/,
};
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function zhDay(s: string): number {
  const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === "十") return 10;
  if (s.startsWith("十")) return 10 + (digits[s[1]!] ?? 0);
  if (s.includes("十")) return (digits[s[0]!] ?? 0) * 10 + (digits[s[2] ?? ""] ?? 0);
  return digits[s] ?? 1;
}

// ---------------------------------------------------------------------------------------------
// Places

const US_STATE_AFTER =
  /^,\s+(Texas|Louisiana|Luisiana|Arizona|California|Florida|New Mexico|Nuevo México|New Jersey|Nueva Jersey|Georgia|Illinois|New York|Nueva York|Colorado|Nevada|Oklahoma|Washington|Virginia|Maryland|Ohio|Michigan|Minnesota|Pennsylvania|Massachusetts|Tennessee|Utah|Oregon|Tex\.|La\.|Ariz\.|Fla\.|Calif\.|N\.J\.|N\.M\.)/;

// Every state, as English and Spanish writing names it after a city ("Gary, Indiana", "Mesa, Ariz.").
const US_STATES =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Luisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Misisipi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|Nueva Jersey|New Mexico|Nuevo México|New York|Nueva York|North Carolina|Carolina del Norte|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Pensilvania|Rhode Island|South Carolina|Carolina del Sur|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ala\\.|Ariz\\.|Ark\\.|Calif\\.|Colo\\.|Conn\\.|Fla\\.|Ga\\.|Ill\\.|Ind\\.|Kan\\.|Ky\\.|La\\.|Md\\.|Mass\\.|Mich\\.|Minn\\.|Miss\\.|Mo\\.|Neb\\.|Nev\\.|N\\.J\\.|N\\.M\\.|N\\.Y\\.|N\\.C\\.|Okla\\.|Ore\\.|Pa\\.|S\\.C\\.|Tenn\\.|Tex\\.|Va\\.|Wash\\.|Wis\\.";
// "departed from Gary, Indiana", "salió de Gary, Indiana": a US town the gazetteer does not hold, named
// with its state.
const FROM_TOWN_STATE = new RegExp(
  String.raw`\b(?:departed|departing|left|leaving|took off|taking off|flew out|flying out|sali[oó]|despeg[oó]|parti[oó]|procedentes?|provenientes?)(?:\s+(?:from|out of|of|de|desde))?\s+((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}),\s+(?:${US_STATES})(?![\p{L}])`,
  "gu",
);

const ES_TIME_BETWEEN =
  /(?:a lo largo del? \p{L}+|a eso de las [\d:.]+(?: horas)?|a las [\d:.]+(?: horas)?|a media (?:mañana|tarde|noche))\s+/gu;

function placesIn(
  text: string,
  low: string,
  f: Feat,
  lang: Lang,
  w: Words,
  known: Set<string>,
): { departure: string[]; arrival: string[] } {
  const departure: string[] = [];
  const arrival: string[] = [];
  const ms = f.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const b = low.slice(Math.max(0, m.start - 50), m.start);
    const a = low.slice(m.end, m.end + 30);
    const isUsPlace = m.kind === "place" && placeCode(m, "us", known) === "US";
    // "había despegado de la base de Fort Bliss", "left from the air base at Fort Bliss": the base's word
    // stands between the verb and the place.
    const bBase =
      lang === "zh"
        ? b
        : b.replace(
            /(?:\b(?:the|la|el)\s+)?(?:air base|airbase|airfield|base a[eé]rea|base militar|base)\s+(?:de|del|of|at|in)\s+$/u,
            "",
          );
    const fromHere =
      (w.fromSlot.test(b) || (bBase !== b && w.fromSlot.test(bBase))) &&
      (lang !== "zh" ||
        /^[^，。,]{0,14}?(起飞|出发|飞往|启程|飞抵|遣返|出境|离境|前往)/.test(a) ||
        // "从得州将一批没有合法身份的中国公民遣返": the people between the place and the verb.
        /^(?:[^，。,]{0,8}?)将[^，。,]{0,24}?(遣返|遣送|送回|押送)/.test(a) ||
        /离开$/.test(b));
    // "salió de Brownsville, Texas, y la segunda de Mesa, Arizona": a second US place "from" in the same
    // sentence as a departure is one too.
    const alsoFrom =
      departure.length > 0 &&
      (lang === "zh" ? /(?:从|自)$/.test(b) : /(?:^|[\s,])(?:de|desde|from)\s+$/.test(b));
    if (isUsPlace && (fromHere || alsoFrom || (lang === "en" && /\bflew from\s+$/.test(b)))) {
      const tail = lang === "zh" ? null : US_STATE_AFTER.exec(text.slice(m.end));
      departure.push(m.text + (tail ? tail[0] : ""));
      continue;
    }
    if (m.kind === "place") {
      // "aterrizaron a lo largo del día en …", "llegó a las 10:30 a …": a time between verb and place.
      const bt = lang === "es" ? b.replace(ES_TIME_BETWEEN, "") : b;
      const arrive =
        stopsInList(low, ms, i, lang) ||
        w.arriveSlot.test(bt) ||
        (lang === "zh" && /在$/.test(b) && /^[^，。,]{0,6}?(降落|落地|着陆)/.test(a)) ||
        // "met the planes at San Salvador's international airport"
        (lang === "en" &&
          /^['’]s\s+(?:main\s+|[\p{Lu}][\p{L}'’.-]*\s+){0,4}(?:[Ii]nternational\s+)?[Aa]irport\b/u.test(
            text.slice(m.end, m.end + 70),
          ));
      // "遣返至首都杜尚别": the capital named before the city.
      const to = w.toSlot.test(lang === "zh" ? b.replace(/(?:的)?(?:首都|首府)$/, "") : b);
      // "降落在洪都拉斯圣佩德罗苏拉", "抵达危地马拉首都危地马拉城": the city after the country it lies in.
      const pm = ms[i - 1];
      const cityOfCountry =
        lang === "zh" &&
        pm !== undefined &&
        pm.kind === "country" &&
        /^(?:的)?(?:首都|首府|[东南西北中]部(?:工业|港口)?城市|[东南西北中]部|第[二三]大城市?|最大(?:的)?城市|港口城市|城市)?$/.test(
          low.slice(pm.end, m.start),
        );
      // "飞往乌兹别克塔什干的班机": the city a plane flew to after the country it lies in.
      const afterCountry =
        cityOfCountry &&
        (w.arriveSlot.test(low.slice(Math.max(0, pm!.start - 20), pm!.start)) ||
          /(?:飞往|直飞|飞赴)$/.test(low.slice(Math.max(0, pm!.start - 4), pm!.start)));
      // "landed in Nouakchott before continuing to Dakar and Luanda": every place of the list.
      // "先后降落在印度首都新德里和尼泊尔首都加德满都": the country each city lies in stands between them.
      const inCountry = cityOfCountry && i >= 2 ? ms[i - 2] : undefined;
      const prev = inCountry ?? ms[i - 1];
      const listed =
        prev &&
        prev.kind === "place" &&
        arrival.includes(prev.text) &&
        LIST_SEP[lang].test(low.slice(prev.end, (inCountry ? ms[i - 1]! : m).start));
      if (
        (arrive || to || listed || afterCountry) &&
        (!w.notDestination.test(b) || stopsInList(low, ms, i, lang))
      ) {
        const code = placeCode(m, "abroad", known);
        // A city "to" which people were sent only counts as the arrival when it is a city or airport abroad.
        if (code && (arrive || afterCountry || m.placeKind !== "r")) arrival.push(m.text);
      }
    }
  }
  // Airports the gazetteer does not know, named in full after a landing verb ("landed at King Mswati
  // III International Airport", "aterrizó en el Aeropuerto Internacional Monseñor Romero",
  // "降落在托库门国际机场"), and in Chinese the place between 从 and 起飞.
  if (lang === "zh") {
    for (const m of text.matchAll(
      /(?:抵达|到达|降落在|降落于|降落|飞抵|运抵|落地|直飞|送返|送抵|走出|步出|抵)([\p{Script=Han}·・\-－—–]{2,40}?(?:国际机场|机场|空军基地))|(?<=在)([\p{Script=Han}·・\-－—–]{2,40}?(?:国际机场|机场|空军基地))(?=(?:[^，。]{0,6}?)(?:降落|落地|着陆|送下|放下|下机|下飞机))/gu,
    )) {
      // "降落在巴拿马城托库门国际机场", "首都危地马拉城的拉奥罗拉国际机场": the airport, without the city
      // (which is read as a place of its own) when something is left of its name.
      // "降落在旁遮普邦阿姆利则的国际机场": an airport named only by its kind is the city's before 的.
      // "被遣返人员抵达后将在机场内…": the time after landing, not an airport's name.
      if (/^(?:后|前|时|之后|以后)/.test(m[1] ?? m[2]!)) continue;
      const parts = (m[1] ?? m[2]!).split("的");
      let name = parts.at(-1)!;
      if (/^(国际机场|机场|空军基地)$/.test(name) && parts.length > 1)
        name = parts.at(-2)!.replace(/^[\p{Script=Han}]{2,5}?(?:邦|省)(?=[\p{Script=Han}]{2,})/u, "");
      else if (parts.length > 1) {
        // "米纳斯吉拉斯州贝洛奥里藏特的孔芬斯国际机场": the airport with the city it serves.
        const before = parts.at(-2)!;
        const city = findMentions(before, "zh").findLast(
          (x) => x.kind === "place" && x.end === before.length && !x.candidates.some((c) => c.code === "US"),
        );
        // A city the gazetteer does not know, after the state it lies in ("…州贝洛奥里藏特的").
        const unknown = city ? null : /(?:州|省|邦)([\p{Script=Han}·]{2,8})$/u.exec(before);
        if (city) name = `${before.slice(city.start)}的${name}`;
        else if (unknown) name = `${unknown[1]}的${name}`;
      }
      name = stripLeadingCountry(name);
      if (!arrival.some((x) => x === name || (x.includes(name) && x.length > name.length)))
        arrival.unshift(name);
    }
    for (const m of text.matchAll(
      /(?:从|自|由)([\p{Script=Han}·・]{2,16}?)(?:的[\p{Script=Han}]{0,8})?(?:起飞|出发|启程|飞往|飞抵|离境|载着|载有|搭载|将(?=[^，。]{0,24}?(?:遣返|遣送|送回|押送)))|来自(?:美国)?([\p{Script=Han}·・]{2,12}?)的(?:遣返|递解)?(?:航班|包机|班机|飞机)/gu,
    )) {
      const place = (m[1] ?? m[2]!).replace(/^(美国|美方)/, "");
      // "没有透露从美国哪个机场起飞": a question, not a place.
      if (/[哪何]/.test(place)) continue;
      // "美国自去年起已将被遣返者送往…": a time, not a place.
      if (/去年|今年|前年|以来|起|已|曾|同一/.test(place)) continue;
      const inner = findMentions(place, "zh");
      // "德里" inside "亚历山德里亚" is part of a longer name the gazetteer does not know: a foreign name
      // counts when it is at least half of the place.
      const foreign = inner.some(
        (x) =>
          x.kind !== "us" &&
          !(x.kind === "place" && x.candidates.some((c) => c.code === "US")) &&
          (x.end - x.start) * 2 >= place.length,
      );
      if (!foreign && place.length >= 2) {
        // "得克萨斯州埃尔帕索" replaces the "得克萨斯州" read from the gazetteer.
        for (let k = departure.length - 1; k >= 0; k--)
          if (place.includes(departure[k]!)) departure.splice(k, 1);
        if (!departure.some((x) => x.includes(place))) departure.push(place);
      }
    }
  } else {
    const airport =
      lang === "es"
        ? ES_AIRPORT
        : /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*['’]s\s+)?((?:[\p{Lu}][\p{L}'’.-]*|[IVX]+)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|[IVX]+|de|del|la))*\s+(?:[Ii]nternational\s+|Intercontinental\s+)?(?:Airport|airport|Air Base|Airfield|Field))/u;
    // The verb, then each "en"/"a"/"in"/"at" within the next words: "aterrizó en la madrugada del
    // domingo en el aeropuerto de Comalapa" names the airport at its second "en".
    const slots = lang === "es" ? /\s(?:en|a|al)\s+/g : /\s(?:in|at)\s+/g;
    for (const m of low.matchAll(
      lang === "es"
        ? /(?:aterriz\p{L}*|lleg\p{L}*|arrib\p{L}*|desembarc\p{L}*|regres\p{L}*|retorn\p{L}*|recibi\p{L}*|toc\p{L}* (?:tierra|pista))/gu
        : /\b(?:landed|arrived|touched down|landing|arriving|received|lands|arrives|disembarked|(?:to|will) (?:land|arrive))\b/gu,
    )) {
      const from = m.index! + m[0].length;
      const window = low.slice(from - 1, from + 90).split(/;|[.:](?!\d)/)[0]!;
      let g: RegExpExecArray | null = null;
      let at = 0;
      for (const sl of window.matchAll(slots)) {
        at = from - 1 + sl.index! + sl[0].length;
        g = airport.exec(text.slice(at));
        if (g) break;
      }
      if (!g) continue;
      const name = (g[1] ?? g[2] ?? g[3] ?? g[4] ?? g[5])!
        .replace(/\.$/, "")
        .replace(/\s+(?:de|del|la|el)$/i, "");
      // The airport named in full replaces a shorter name of it read from the gazetteer
      // ("aeropuerto internacional Simón Bolívar de Maiquetía" for "Simón Bolívar").
      const shorter = lang === "es" ? arrival.findIndex((x) => name.includes(x) && x !== name) : -1;
      if (shorter >= 0 && !arrival.includes(name)) arrival[shorter] = name;
      else if (!arrival.some((x) => name.includes(x) || x.includes(name))) arrival.unshift(name);
      // "el aeropuerto Cotopaxi de Latacunga": the city the airport serves, known or not, when no country.
      const city = lang === "es" ? / de ((?:[\p{Lu}][\p{L}]+)(?: [\p{Lu}][\p{L}]+)*)$/u.exec(name) : null;
      if (city && !arrival.includes(city[1]!)) {
        const cm = findMentions(city[1]!, "es").find((x) => x.start === 0);
        if (cm ? cm.kind === "place" && placeCode(cm, "abroad", known) : true) arrival.push(city[1]!);
      }
      // "landed at La Aurora International Airport in Guatemala City", "aterrizó en el aeropuerto
      // internacional Cotopaxi, en Latacunga": the city of the airport.
      {
        const tail = (
          lang === "en"
            ? /^,?\s+(?:in|near|outside|on the outskirts of)\s+(?:the\s+)?(?:capital,?\s+|city of\s+)?([\p{Lu}][\p{L}'’.-]*(?:[\s-][\p{Lu}][\p{L}'’.-]*){0,3})/u
            : /^,?\s+(?:en|cerca de|a las afueras de)\s+(?:la\s+)?(?:capital,?\s+|ciudad de\s+)?([\p{Lu}][\p{L}'’.-]*(?:[\s-][\p{Lu}][\p{L}'’.-]*){0,3})/u
        ).exec(text.slice(at + g[0].length));
        const cm = tail ? findMentions(tail[1]!, lang).find((x) => x.start === 0) : undefined;
        if (cm && cm.kind === "place" && placeCode(cm, "abroad", known)) {
          const c = tail![1]!.slice(0, cm.end);
          if (!arrival.includes(c)) arrival.push(c);
        }
      }
    }
    for (const m of text.matchAll(FROM_TOWN_STATE)) {
      const town = m[1]!;
      // "left Batumi, Georgia" is the country's city, not a US town.
      const inner = findMentions(town, lang).find((x) => x.start === 0);
      if (inner && inner.kind !== "us" && !inner.candidates.some((c) => c.code === "US")) continue;
      if (!departure.some((x) => x.includes(town) || town.includes(x)) && !arrival.includes(town))
        departure.push(town);
    }
    // "took off from George Bush Intercontinental Airport", "departed from Boeing Field in Seattle": the
    // airport of departure, named in full.
    if (lang === "en")
      for (const m of text.matchAll(
        /\b(?:departed|departing|left|leaving|took off|taking off|flew out|flying out)(?:\s+(?:from|out of|of))?\s+/g,
      )) {
        const g = airport.exec(text.slice(m.index! + m[0].length));
        if (!g || arrival.includes(g[1]!)) continue;
        if (!departure.some((x) => g[1]!.includes(x) || x.includes(g[1]!))) departure.unshift(g[1]!);
      }
    // "The jet flew to San Pedro Sula, where officials at Ramón Villeda Morales International Airport
    // were waiting": an airport of the landing city.
    if (lang === "en" && arrival.length)
      for (const m of text.matchAll(/\bwhere\b[^.;]{0,60}?\b(?:at|in)\s+(?:the\s+)?/g)) {
        const g = airport.exec(text.slice(m.index! + m[0].length));
        if (g && !arrival.some((x) => g[1]!.includes(x) || x.includes(g[1]!))) arrival.push(g[1]!);
      }
  }
  return { departure: [...new Set(departure)], arrival: [...new Set(arrival)] };
}

// ---------------------------------------------------------------------------------------------

const LINK_WORDS =
  "related(?: (?:story|stories|articles?|coverage|news))?|read (?:more|also)|see also|also read|more on this|watch|listen|lee(?:r)? (?:también|más)|lea (?:también|más)|te puede interesar|le puede interesar|noticias relacionadas|también te puede interesar|relacionad[oa]s?|相关(?:新闻|阅读|报道|文章)|相關(?:新聞|閱讀|報導|報道|文章)|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多阅读|更多閱讀";
/** A paragraph that starts with a pointer to another article, its headline after the colon. */
const LINK_LINE = new RegExp(`^(?:${LINK_WORDS})\\s*[:：|｜]`, "iu");
const LINK_LINES = new RegExp(`^[ \\t]*(?:${LINK_WORDS})\\s*[:：|｜].*$`, "gimu");

export function extractFlightFacts(input: { title: string; text: string; published: IsoDate }): Extraction {
  const sentences = splitSentences(input.title, input.text);
  const language = detectLanguage(`${input.title}\n${input.text}`);
  const empty = (why: string, kind: ReportKind = "other"): Extraction => ({
    relevant: false,
    kind,
    why,
    kindSource: null,
    countries: [],
    eventDate: null,
    people: null,
    departure: [],
    arrival: [],
    flightTypes: [],
    sentences,
    language,
  });
  if (!language.read)
    return empty(
      `Written in ${language.name}: Casewatch reads English, Spanish and Chinese, so this article was not read. Open it and add an alert by hand if it reports a flight.`,
    );
  const lang = language.code as Lang;
  const w = WORDS[lang];
  // Most of a feed is about something else: an article that never names a removal or an acceptance
  // change is set aside before any name or date is looked up.
  const whole = `${input.title}\n${input.text.replace(LINK_LINES, "")}`.toLowerCase();
  const wholeNorm = lang === "zh" ? simplified(whole) : whole;
  if (
    !w.removal.test(wholeNorm) &&
    !(
      w.policy.test(wholeNorm) &&
      /(deport|repatri|retorn|遣返|驱逐|removal|solicitantes de asilo|asylum[- ]seekers|寻求庇护者)/.test(
        wholeNorm,
      )
    ) &&
    !(lang !== "zh" && FLIGHT_FROM.test(wholeNorm))
  ) {
    return empty("No sentence reports a removal flight or a change in a country's acceptance of deportees.");
  }
  // A line that points to another article ("Related: …", "Lee también: …", "相关阅读：…") is not read.
  const linkPara = new Set(
    sentences
      .filter((s, i) => !s.title && sentences[i - 1]?.paragraph !== s.paragraph && LINK_LINE.test(s.text))
      .map((s) => s.paragraph),
  );
  // A live page ("11:58 …", "10:42 …", "9:15 a.m. …"): each timed entry is its own item, and one about
  // another matter (a storm cancelling flights, another country's border checks) is not read.
  const firstOf = sentences.filter((x, i) => !x.title && sentences[i - 1]?.paragraph !== x.paragraph);
  const timed = firstOf.filter((x) => TIMED_ENTRY.test(x.text)).map((x) => x.paragraph);
  // On a page about the removal ("LIVE: Deportation charter lands in Chișinău") an entry about the plane
  // or the people belongs to it too.
  const pageAbout =
    !!input.title && features(lang === "zh" ? simplified(input.title) : input.title, lang, w).removal;
  if (timed.length >= 2)
    for (const pi of timed) {
      const entry = sentences.filter((x) => x.paragraph === pi).map((x) => x.text);
      const f = features(lang === "zh" ? simplified(entry.join(" ")) : entry.join(" "), lang, w);
      if (!f.removal && !(pageAbout && (f.flight || f.group))) linkPara.add(pi);
    }
  const norm = sentences.map((s) =>
    !s.title && linkPara.has(s.paragraph) ? "" : lang === "zh" ? simplified(s.text) : s.text,
  );
  const lows = norm.map((s) => s.toLowerCase());
  const feats = norm.map((s) => features(s, lang, w));
  const n = sentences.length;

  // Which sentences are about the removal: one that names a removal and a flight or a group, and the
  // sentences around it in the same paragraph (the headline goes with the first paragraph).
  // An article that names a removal somewhere also reports one in a sentence that only says a flight
  // carried a group of foreign nationals ("A charter with 93 Dominican nationals left from Newark").
  // "Un vuelo humanitario con 98 venezolanos procedentes de Houston": a flight of foreign nationals from
  // a US place is a removal too.
  const fromUs = (i: number) =>
    feats[i]!.flight &&
    !NOT_MIGRANTS.test(lows[i]!) &&
    feats[i]!.mentions.some(
      (m) =>
        (m.kind === "us" || (m.kind === "place" && m.candidates[0]?.code === "US")) &&
        w.fromSlot.test(lows[i]!.slice(Math.max(0, m.start - 40), m.start)),
    );
  const articleRemoval =
    feats.some((f) => f.removal) ||
    (ICE_AGENCY.test(whole) && feats.some((f) => f.flight)) ||
    (lang !== "zh" && FLIGHT_FROM.test(wholeNorm) && feats.some((_, i) => fromUs(i)));
  const carriesForeigners = (i: number) =>
    feats[i]!.flight &&
    (feats[i]!.group || counted(i)) &&
    feats[i]!.mentions.some(
      (m) =>
        m.kind === "demonym" ||
        (lang === "zh" &&
          m.kind === "country" &&
          /^(籍|公民|国民|移民(?!局|署|厅|部)|非法移民|人(?!民|士))/.test(lows[i]!.slice(m.end, m.end + 4))),
    );
  const strongStatistic = (i: number) =>
    STRONG_STATISTIC[lang].test(lows[i]!) ||
    (feats[i]!.statistic &&
      findNumbers(norm[i]!, lang).some((x) => x.value >= 1000 && !(x.value >= 1900 && x.value <= 2100))) ||
    // "412 bolivianos fueron deportados desde Estados Unidos en 2025": the people of a whole year, no day.
    (YEAR_TOTAL[lang].test(lows[i]!) &&
      !feats[i]!.flight &&
      !DAY_NAMED[lang].test(lows[i]!.replace(REPORT_DAY, "")) &&
      countsIn(norm[i]!, lows[i]!, feats[i]!, lang, w).length > 0);
  // A group: a number of people ("135 deportees", "Forty-three Ghanaians", "116名").
  // An article that tells of removals by land ("por tierra", "across the bridge") needs a plane in the
  // sentence itself: "320 were returned this way" is not a flight.
  const byLand = BY_LAND[lang].test(wholeNorm);
  const counted = (i: number) => countsIn(norm[i]!, lows[i]!, feats[i]!, lang, w).length > 0;
  // A statistic ("more than 300 flights last year", "2024财年") is no event, unless it says a plane landed.
  // A sentence in the negative that reports a flight still says something concrete: a verb of the flight
  // or the removal in a tense, a number of people, a place or country, or a day. "The data do not break
  // down removals by flight." says none of these.
  const concrete = (i: number) =>
    sentences[i]!.title ||
    !NEGATED[lang].test(lows[i]!) ||
    feats[i]!.past ||
    feats[i]!.planned ||
    PLANE_MOVED[lang].test(lows[i]!) ||
    counted(i) ||
    DATEISH[lang].test(lows[i]!) ||
    feats[i]!.mentions.some((m) => m.kind !== "us");
  const event = feats.map(
    (f, i) =>
      concrete(i) &&
      !CONTRAST[lang].test(lows[i]!) &&
      !MANY_FLIGHTS[lang].test(lows[i]!) &&
      !(HABITUAL[lang].test(lows[i]!) && !counted(i)) &&
      ((f.removal && (f.flight || (counted(i) && !byLand))) ||
        (articleRemoval && carriesForeigners(i)) ||
        // "a chartered aircraft operated on behalf of the Government of the United States of America landed
        // … with fourteen West African nationals on board", under a headline about their removal.
        (articleRemoval &&
          f.flight &&
          f.us &&
          counted(i) &&
          /\b(?:nationals|deportees|returnees|removees|detainees)\b|(?<![\p{L}])(?:connacionales|deportad[oa]s|retornad[oa]s)(?![\p{L}])|被遣返|遣返人员/u.test(
            lows[i]!,
          )) ||
        // "El grupo había llegado … en un vuelo procedente de San Diego": the group of a removal article on
        // a flight from a US place.
        (articleRemoval &&
          lang !== "zh" &&
          fromUs(i) &&
          (f.group ||
            /\b(?:el grupo|the group|los deportados|the deportees)\b|(?:该|这)批/.test(lows[i]!)))) &&
      (!strongStatistic(i) || LANDED[lang].test(lows[i]!) || PLANE_MOVED[lang].test(lows[i]!)),
  );
  // The people in one sentence, the plane in the next: "They were Nepali nationals deported from the
  // United States." then "The chartered plane had left Alexandria the day before." Both are the event.
  const calm = (i: number) =>
    !CONTRAST[lang].test(lows[i]!) &&
    !HABITUAL[lang].test(lows[i]!) &&
    !strongStatistic(i) &&
    !BACKGROUND[lang].test(mainClause(lows[i]!)) &&
    !feats[i]!.planned;
  const removedPeople = (i: number) =>
    feats[i]!.removal &&
    !feats[i]!.flight &&
    US_AGENT[lang].test(lows[i]!) &&
    (feats[i]!.group || feats[i]!.mentions.some((m) => m.kind === "demonym"));
  const planeMoved = (i: number) =>
    feats[i]!.flight && !feats[i]!.removal && PLANE_MOVED[lang].test(lows[i]!);
  // The lead's last sentence and the first of the next paragraph go together too ("A small group of men
  // deported from the United States arrived in Palau on Wednesday." / "Six men … were on the flight, which
  // came from Guam and landed at …").
  const leadPara = sentences.find((x) => !x.title)?.paragraph;
  for (let i = 1; i + 1 < n; i++) {
    const samePara = sentences[i]!.paragraph === sentences[i + 1]!.paragraph;
    const leadThenNext =
      sentences[i]!.paragraph === leadPara && sentences[i + 1]!.paragraph === leadPara! + 1;
    if (event[i] || event[i + 1] || !(samePara || leadThenNext)) continue;
    if (!calm(i) || !calm(i + 1)) continue;
    if ((removedPeople(i) && planeMoved(i + 1)) || (planeMoved(i) && removedPeople(i + 1)))
      event[i] = event[i + 1] = true;
  }
  // "several countries still decline to take back their citizens": a general statement, no country's change.
  const policySent = feats.map(
    (f, i) =>
      f.policy &&
      !(
        GENERIC_COUNTRIES[lang].test(lows[i]!) &&
        !f.mentions.some((m) => m.kind === "country" || m.kind === "demonym")
      ) &&
      (f.removal ||
        f.flight ||
        /(deport|repatri|遣返|遣送|retorn|第三国(人员|公民|国民)|third[- ]country nationals|solicitantes de asilo|asylum[- ]seekers|otras nacionalidades|other nationalities|其他国籍|寻求庇护者)/.test(
          lows[i]!,
        )) &&
      !(strongStatistic(i) && !f.policyStrong) &&
      // "目前约有一万多名持有最终递解令的人…无法遣返": the people waiting, not a change.
      !(STOCK[lang].test(lows[i]!) && !f.flight) &&
      // "当局会继续与南苏丹、斯威士兰、加纳等愿意合作的国家安排人员移交": going on as before is no change.
      !KEEPS_ON[lang].test(lows[i]!),
  );
  const near = (i: number, j: number) => {
    const a = sentences[i]!;
    const b = sentences[j]!;
    if (a.paragraph === b.paragraph) return Math.abs(i - j) <= 2;
    if (a.title || b.title) return (a.title ? b : a).paragraph === 1 || (a.title ? b : a).paragraph === 2;
    return Math.abs(i - j) === 1;
  };
  const context = sentences.map((_, i) => {
    let removal = feats[i]!.removal;
    let flight = feats[i]!.flight;
    let policy = feats[i]!.policy || feats[i]!.policyStrong;
    for (let j = 0; j < n; j++) {
      if (j === i || !near(i, j) || !(event[j] || policySent[j])) continue;
      removal ||= feats[j]!.removal;
      flight ||= feats[j]!.flight;
      policy ||= policySent[j]!;
    }
    return {
      removal,
      flight,
      policy,
      inEvent:
        event[i] || policySent[i] || (removal && (feats[i]!.flight || feats[i]!.removal || feats[i]!.policy)),
    };
  });

  const anyUs = feats.some((f) => f.us);
  // Countries the article names anywhere: a city that exists in several countries goes to the one named.
  const known = new Set(
    feats.flatMap((f, i) =>
      context[i]!.removal || context[i]!.flight || sentences[i]!.title
        ? f.mentions.filter((m) => m.kind === "country" || m.kind === "demonym").map((m) => m.code)
        : [],
    ),
  );

  // Who did the removing: a removal from another country (a European charter to West Africa) is not an alert.
  const deportersIn = feats.map(() => new Set<string>());
  const leftUs = feats.map(() => false);
  let leftAbroad = false;
  feats.forEach((f, i) => {
    const about = event[i] || policySent[i];
    // "班機從德州艾爾帕索起飛" after a sentence about the removal tells where that plane left from.
    const planeNear = f.flight && context[i]!.inEvent;
    if (!about && !planeNear) return;
    const deporters = deportersIn[i]!;
    for (const m of about ? f.mentions : []) {
      if (m.kind === "us" || m.kind === "place") continue;
      const b = lows[i]!.slice(Math.max(0, m.start - 50), m.start);
      const a =
        lang === "zh" ? lows[i]!.slice(m.end, m.end + 30) : norm[i]!.slice(m.end, m.end + 60).toLowerCase();
      // "Spain flew", "Italy returns", "France-led"; a demonym only with its authorities ("Spanish police
      // deported"): "132 Colombians deported" are the people, not the ones deporting.
      const acting =
        m.kind === "demonym" && lang !== "zh"
          ? /^\s+(?:authorities|government|police|officials|interior ministry|home office|border police|coast guard|autoridades|gobierno|polic[ií]a)\b/.test(
              a,
            ) && w.deporterAfter.test(a.replace(/^\s+\S+(\s+ministry|\s+office|\s+police)?/, ""))
          : w.deporterAfter.test(a);
      if (lang === "zh" && ZH_TOWARD.test(b)) continue;
      const bringsOwnHome =
        m.kind === "country" && OWN_NATIONALS[lang].test(lows[i]!.slice(m.end, m.end + 60));
      if (!bringsOwnHome && (w.deporterBefore.test(b) || acting || (lang !== "zh" && /^-led\b/.test(a))))
        deporters.add(m.code);
    }
    // A flight that left from a place abroad ("desde Lanzarote", "from Rome", "桃园起飞") was not a US removal;
    // one that left from a US place ("班機從德州艾爾帕索起飛", the state before the city) was, whoever flew it.
    for (const m of f.mentions) {
      if (m.kind !== "place") continue;
      const inUs = m.candidates[0]?.code === "US";
      // Wide enough for "partieron del aeropuerto internacional de Tapachula".
      const b = lows[i]!.slice(Math.max(0, m.start - 60), m.start);
      const a = lows[i]!.slice(m.end, m.end + 12);
      // "George" in "George Bush Intercontinental Airport" is part of a longer name.
      if (lang !== "zh" && /^\s+[\p{Lu}]/u.test(norm[i]!.slice(m.end, m.end + 3))) continue;
      // "从西班牙马德里起飞": the country the city lies in may stand between 从 and the city.
      const before = f.mentions.find((x) => x.kind === "country" && x.end === m.start);
      const bz = lang === "zh" && before ? lows[i]!.slice(Math.max(0, before.start - 60), before.start) : b;
      const from =
        lang === "zh"
          ? (/(从|(?<![来來])自|由)$/.test(bz) &&
              /^[^，。]{0,8}?(起飞|出发|飞往|遣返|送回|送往|遣送)/.test(a)) ||
            /^起飞/.test(a) ||
            (inUs && /(从|(?<![来來])自|由)[^，。]{0,6}州$/.test(b) && /^[^，。]{0,8}?(起飞|出发)/.test(a))
          : w.fromSlot.test(b) && !w.arriveSlot.test(b);
      if (from && inUs) leftUs[i] = true;
      else if (
        (about || (lang !== "zh" && planeNear && PLANE_MOVED[lang].test(lows[i]!))) &&
        from &&
        !m.candidates.some((c) => c.code === "US")
      ) {
        deporters.add(m.code);
        leftAbroad = true;
      }
    }
  });
  // A plane that left a US place carries people removed from the US, even on the receiving country's own
  // repatriation flight ("委內瑞拉遣返班機…從德州艾爾帕索起飛"), unless another departure was abroad.
  const usDeparture = !leftAbroad && leftUs.some(Boolean);
  if (usDeparture) for (const d of deportersIn) d.clear();
  const deporters = new Set(deportersIn.flatMap((d) => [...d]));
  const usInEvents =
    usDeparture || feats.some((f, i) => f.us && (event[i] || policySent[i] || context[i]!.inEvent));

  // Kind: from the first sentence (headline first) that reports a flight or a policy change.
  let kind: ReportKind = "other";
  let kindAt = -1;
  for (let i = 0; i < n && kindAt < 0; i++) {
    const f = feats[i]!;
    // "arrived at Kotoka … under an arrangement in which Ghana agreed to receive them": a flight that
    // landed is the news, the agreement its background (a refusal to let it land stays a policy change).
    const landedUnder = event[i] && LANDED_PAST[lang].test(lows[i]!) && !REFUSAL[lang].test(lows[i]!);
    if (
      policySent[i] &&
      !landedUnder &&
      (!event[i] || f.policyStrong) &&
      !(event[i] && f.past && !f.policyStrong)
    )
      [kind, kindAt] = ["policy", i];
    else if (event[i]) [kind, kindAt] = [f.planned && !f.past ? "planned_flight" : "flight", i];
  }
  // "Panamá, por su parte, también ha expulsado … a colombianos" read before the report of the flight: the
  // first sentence about a removal that is background gives way to a later one that is not.
  if (
    (kind === "flight" || kind === "planned_flight") &&
    !sentences[kindAt]!.title &&
    sentences[kindAt]!.paragraph > (sentences.find((x) => !x.title)?.paragraph ?? 0) &&
    BACKGROUND[lang].test(mainClause(lows[kindAt]!))
  ) {
    const later = event.findIndex(
      (e, i) =>
        e &&
        i > kindAt &&
        !feats[i]!.statistic &&
        !BACKGROUND[lang].test(mainClause(lows[i]!)) &&
        !SEPARATELY.test(lows[i]!) &&
        !ANOTHER_FLIGHT.test(lows[i]!) &&
        !PREVIOUS_FLIGHT[lang].test(lows[i]!),
    );
    if (later > 0) {
      kindAt = later;
      kind = feats[later]!.planned && !feats[later]!.past ? "planned_flight" : "flight";
    }
  }
  // "The first large removal charter to Dakar, in 2023, carried roughly 140 people" told before "Last
  // Wednesday … a chartered plane … touched down": a flight dated only by a year before the article's is
  // the story's past; the news is the next flight that landed, when there is one.
  if (kind === "flight" && !sentences[kindAt]!.title) {
    if (datedOnlyBefore(mainClause(lows[kindAt]!), Number(input.published.slice(0, 4)))) {
      const later = event.findIndex(
        (e, i) =>
          e &&
          i > kindAt &&
          feats[i]!.past &&
          !feats[i]!.statistic &&
          !BACKGROUND[lang].test(mainClause(lows[i]!)) &&
          !/(?<!\d)(?:19|20)\d\d(?!\d)/.test(lows[i]!),
      );
      if (later > 0) kindAt = later;
    }
  }
  // "Migración recibe a 112 salvadoreños deportados", "巴拿马接收第二批…移民": receiving people is no change of
  // policy when the article goes on to tell of the flight that brought them.
  if (kind === "policy" && !feats[kindAt]!.policyStrong) {
    const next = event.findIndex((e, i) => e && i > kindAt && feats[i]!.past && !feats[i]!.policyStrong);
    if (next > 0) [kind, kindAt] = ["flight", next];
  }
  // A headline in the present tense ("Police prepare for arrival of 32 Albanians deported") does not
  // say whether the flight has flown: the first body sentence about it does ("who are due to land").
  // A headline that only names the subject ("Nota informativa … sobre los vuelos de devolución") over a
  // body whose first report is a change of acceptance ("queda suspendida la recepción de vuelos"): policy.
  if (kind === "flight" && sentences[kindAt]?.title && !feats[kindAt]!.past && !counted(kindAt)) {
    const first = sentences.findIndex((x, i) => !x.title && (event[i] || policySent[i]));
    const flown = sentences.some(
      (x, i) =>
        !x.title &&
        event[i] &&
        feats[i]!.past &&
        !feats[i]!.statistic &&
        !BACKGROUND[lang].test(mainClause(lows[i]!)),
    );
    if (first > 0 && !flown && policySent[first] && feats[first]!.policyStrong && !feats[first]!.past)
      [kind, kindAt] = ["policy", first];
  }
  if (kind === "flight" && sentences[kindAt]?.title && !feats[kindAt]!.past) {
    const next = event.findIndex((e, i) => e && i > kindAt);
    const due =
      lang === "en"
        ? /\b(?:is|are) (?:due|scheduled|expected|set) to (?:land|arrive|depart|leave|fly)\b|\bwill (?:land|arrive|depart|leave)\b/
        : lang === "es"
          ? /(?<![\p{L}])(?:llegar[aá]n?|aterrizar[aá]n?|est[aá]n? previst[oa]s?|viajar[aá]n?|despegar[aá]n?|saldr[aá]n?|partir[aá]n?|tienen? previsto)(?![\p{L}])/u
          : /(预计|预定|定于|订于|将于|即将|计划)/;
    if (next > 0 && due?.test(lows[next]!) && !feats[next]!.past && !policySent[next])
      kind = "planned_flight";
  }
  // "尼泊尔再迎美国遣返包机 下月还有一班": a headline that also names a coming flight, over a body whose first
  // report is of a plane that landed ("本周二…抵达加德满都"), reports the flight that flew.
  if (kind === "planned_flight" && sentences[kindAt]?.title) {
    const next = event.findIndex((e, i) => e && i > kindAt);
    if (next > 0 && feats[next]!.past && !feats[next]!.planned && LANDED_PAST[lang].test(lows[next]!))
      kind = "flight";
  }
  // "Senegal will receive a flight of citizens deported from the United States on Tuesday, December 9",
  // "plans to resume deportation flights next week, with a first plane … scheduled to land on June 16": a
  // yes that names one coming plane and its day is the news of that flight, not a change of policy.
  const saysNo = (i: number) => REFUSAL[lang].test(lows[i]!) || WILL_NOT[lang].test(lows[i]!);
  if (kind === "policy" && !saysNo(kindAt)) {
    const lead = sentences[kindAt]!;
    const coming = [kindAt, kindAt + 1].find(
      (i) =>
        i < n &&
        (sentences[i]!.paragraph === lead.paragraph || (lead.title && sentences[i]!.paragraph === 1)) &&
        feats[i]!.flight &&
        feats[i]!.planned &&
        !feats[i]!.past &&
        !saysNo(i) &&
        ONE_PLANE[lang].test(lows[i]!) &&
        dateIn(norm[i]!, lang, input.published, true)?.precision === "day",
    );
    if (coming !== undefined) [kind, kindAt] = ["planned_flight", coming];
  }
  if (kind === "other")
    return empty("No sentence reports a removal flight or a change in a country's acceptance of deportees.");
  // "En paralelo, la misma terminal recibe desde el año pasado vuelos…", "Many have since been deported on
  // removal charters": when the first word of a US removal is background far down the article, and no
  // sentence before it tells of a US plane, the article is about something else.
  if (
    !sentences[kindAt]!.title &&
    sentences[kindAt]!.paragraph > 2 &&
    BACKGROUND[lang].test(mainClause(lows[kindAt]!)) &&
    !feats.some((f, i) => i < kindAt && f.flight && f.us)
  )
    return empty("Removal flights are named only as background; the article reports no new one.");
  // Chinese reports of a US removal name the US (美国, 美方, ICE, 国土安全部) or a US place the plane left;
  // one that names neither ("移民局包机遣返131孟加拉非法外劳" from Kuala Lumpur) is another country's.
  if (lang === "zh" && !anyUs && !usDeparture && !US_PLACE_ZH.test(wholeNorm))
    return empty("The article does not say the removal was from the United States.");
  if (!anyUs && !usDeparture && deporters.size)
    return empty(
      `A removal by ${[...deporters].map((c) => countryName(c)).join(", ")}, not by the United States.`,
    );
  if (deporters.size && !usInEvents)
    return empty(
      `A removal by ${[...deporters].map((c) => countryName(c)).join(", ")}, not by the United States.`,
    );
  // An article that never names the US, about a removal by an agency of Taiwan, Hong Kong or Japan by name
  // ("移民署以包机将45名印尼籍…遣返", "入管局"), or by a plane that left an airport the US has none of
  // ("班机从高雄小港机场起飞"), is another country's.
  if (lang === "zh" && !anyUs && !usDeparture) {
    const foreignAgency = FOREIGN_AGENCY.zh;
    const foreignAirport =
      /(?:从|自|由|经)([\p{Script=Han}]{2,12}?(?:国际机场|机场))(?:起飞|出发|离境|出境)/u;
    const own = sentences.findIndex((_, i) => {
      if (!(event[i] || policySent[i] || context[i]!.inEvent)) return false;
      if (foreignAgency.test(lows[i]!)) return true;
      const ap = foreignAirport.exec(lows[i]!);
      return !!ap && !findMentions(ap[1]!, "zh").some((x) => x.candidates.some((c) => c.code === "US"));
    });
    if (own >= 0) return empty("A removal by another country's authorities, not by the United States.");
  }
  // A story about figures ("本财年已遣返逾30万人", "more than 3,200 … this year") unless a plane is said to land.
  if (
    sentences[0]?.title &&
    strongStatistic(0) &&
    !sentences.some(
      (_, i) =>
        i > 0 &&
        !BACKGROUND[lang].test(lows[i]!) &&
        // "El informe contabiliza además 236 bolivianos expulsados de Chile … en el mismo periodo": more figures.
        !(feats[i]!.statistic && !LANDED[lang].test(lows[i]!) && !PLANE_MOVED[lang].test(lows[i]!)) &&
        !SEPARATELY.test(lows[i]!) &&
        // "The president-elect has said he will order the largest deportation operation": an intent.
        !(feats[i]!.planned && !counted(i) && !DATEISH[lang].test(lows[i]!)) &&
        (event[i] || (policySent[i] && feats[i]!.policyStrong)),
    )
  )
    return empty("A report of statistics, not of a removal flight.");
  // The main event (the headline or the first sentence about the removal) was another country's.
  const main = [
    ...new Set([kindAt, event.findIndex((e, i) => e && !sentences[i]!.title), sentences[0]?.title ? 0 : -1]),
  ].filter((i) => i >= 0);
  // The headline's deporters count too ("France-led charter returns 52 Georgians"); the title is read for them.
  if (sentences[0]?.title && !event[0] && !policySent[0] && !usDeparture) {
    for (const m of feats[0]!.mentions) {
      if (m.kind !== "country") continue;
      const a = norm[0]!.slice(m.end, m.end + 60).toLowerCase();
      if (w.deporterAfter.test(a) || (lang !== "zh" && /^-led\b/.test(a))) deportersIn[0]!.add(m.code);
    }
  }
  // A flight that brought refugees into the US ("首批难民安置包机抵达华府", "resettlement flight") is no removal.
  if (sentences.some((x, i) => (x.title || x.paragraph <= 2) && NO_DEPORTEES[lang].test(lows[i]!)))
    return empty("The flight is said to have carried no one removed.");
  if (
    sentences[0]?.title &&
    COMMENT_LABEL[lang].test(lows[0]!) &&
    !sentences.some((_, i) => event[i] && feats[i]!.past && (counted(i) || DATEISH[lang].test(lows[i]!)))
  )
    return empty("A comment or analysis piece; it reports no removal flight.");
  // "美参议员提案：拒收遣返人员的国家将遭签证制裁", "House bill would bar ICE from using military bases for
  // deportation flights": a bill is not yet anyone's change, unless a flight flew.
  if (
    sentences[0]?.title &&
    BILL_HEADLINE[lang].test(lows[0]!) &&
    !sentences.some(
      (_, i) =>
        event[i] &&
        feats[i]!.past &&
        !background(i) &&
        (counted(i) || feats[i]!.mentions.some((m) => m.kind !== "us")),
    )
  )
    return empty("A proposed law, not a removal flight or a change in a country's acceptance of deportees.");
  if (sentences[0]?.title && VISA_HEADLINE[lang].test(lows[0]!) && !feats[0]!.removal)
    return empty(
      "A visa measure or travel ban, not a removal flight or a change in a country's acceptance of deportees.",
    );
  if (sentences[0]?.title && EVACUATION[lang].test(lows[0]!) && !US_AGENT[lang].test(lows[0]!))
    return empty("A rescue or evacuation flight, not a removal.");
  if (sentences[0]?.title && DEBUNKED[lang].test(lows[0]!))
    return empty("A report of a flight that the authorities deny; no flight is reported.");
  if (sentences[0]?.title && BACKLOG_HEADLINE[lang].test(lows[0]!) && !feats[0]!.flight && !feats[0]!.removal)
    return empty("The courts' backlog, not a removal flight.");
  // "中亚民营航空开通塔什干—纽约直航", "airline launches nonstop route": an airline's route, not a removal.
  if (sentences[0]?.title && ROUTE_HEADLINE[lang].test(lows[0]!) && !feats[0]!.removal)
    return empty("An airline's new route, not a removal flight.");
  if (sentences[0]?.title && REFUGEES_IN[lang].test(lows[0]!))
    return empty("A flight that brought refugees into the United States, not a removal.");
  // A removal told by another country's agency ("A Home Office charter … left Stansted", "Frontex",
  // "日本出入境在留管理厅…包机遣返", "入境事务处…安排包机") in the headline or the lead where the US is not
  // named is that country's, even when the US is named further down ("美国近月也多次…"); so is one in an
  // article that never names the US (for Chinese, checked above sentence by sentence).
  if (
    !usDeparture &&
    main.some((i) => VOLUNTARY_RETURN[lang].test(lows[i]!)) &&
    !main.some((i) => US_AGENT[lang].test(lows[i]!))
  )
    return empty("A voluntary return from another country, not a removal by the United States.");
  if (!usDeparture && main.some((i) => IOM_RETURN[lang].test(lows[i]!)) && !main.some((i) => feats[i]!.us))
    return empty(
      "A return arranged by the International Organization for Migration, not a removal by the United States.",
    );
  const agency = FOREIGN_AGENCY[lang];
  if (
    !usDeparture &&
    ((lang !== "zh" && !anyUs && agency.test(whole)) ||
      (main.some((i) => agency.test(lows[i]!)) && !main.some((i) => feats[i]!.us)))
  )
    return empty("A removal by another country's authorities, not by the United States.");
  const mainDeporters = new Set(main.flatMap((i) => [...deportersIn[i]!]));
  if (mainDeporters.size && !main.some((i) => US_AGENT[lang].test(lows[i]!)))
    return empty(
      `A removal by ${[...mainDeporters].map((c) => countryName(c)).join(", ")}, not by the United States.`,
    );

  // A sentence about an earlier flight ("The first group sent to Eswatini, in July, included men from
  // Jamaica") or with a date a week or more away from the reported one is background.
  const dates = new Map<number, ReturnType<typeof dateIn>>();
  const dateOf = (i: number) => {
    if (!dates.has(i))
      dates.set(
        i,
        dateIn(
          norm[i]!.replace(STATE_APPOSITIVE, ""),
          lang,
          input.published,
          kind === "planned_flight",
          kind === "policy",
        ),
      );
    return dates.get(i)!;
  };
  const kindDate = dateOf(kindAt);
  /** Sentence i is dated a week (or, by its month, forty days) away from `day` ("YYYY-MM[-DD]"). */
  const datedAwayFrom = (day: string, i: number) => {
    const d = dateOf(i);
    if (!d || d.precision === "week") return false;
    const at = (v: string) => Date.parse(v.length === 7 ? `${v}-15` : v);
    return Math.abs(at(day) - at(d.value)) > (d.precision === "month" ? 40 : 7) * 86400000;
  };
  // "The first large removal charter to Dakar, in 2023, carried roughly 140 people", in a 2025 article:
  // a sentence dated only by earlier years is about an earlier flight.
  const pubYear = Number(input.published.slice(0, 4));
  const earlierYears = (i: number) => {
    if (i === kindAt || sentences[i]!.title || feats[i]!.planned) return false;
    return datedOnlyBefore(mainClause(lows[i]!), pubYear);
  };
  const background = (i: number) => {
    if (BACKGROUND[lang].test(mainClause(lows[i]!)) || earlierYears(i)) return true;
    // No day for the flight reported yet: a month well before the report ("In April, thirty Nepalis were
    // returned" in a June article) is an earlier flight's.
    if (!kindDate || kindDate.precision !== "day") {
      if (kindDate || kind === "planned_flight" || !/^\s*(?:in|en)\s/i.test(norm[i]!)) return false;
      if (!DATEISH[lang].test(lows[i]!)) return false;
      const d = dateOf(i);
      return (
        !!d &&
        d.precision === "month" &&
        Date.parse(input.published) - Date.parse(`${d.value}-15`) > 45 * 86400000
      );
    }
    // Only a sentence that names a place can lend a wrong one; the date parser is not asked otherwise.
    if (!DATEISH[lang].test(mainClause(lows[i]!)) || !feats[i]!.mentions.some((m) => m.kind !== "us"))
      return false;
    return datedAwayFrom(kindDate.value, i);
  };

  // "Separately, …", "A second ICE charter left Tucson later Thursday for San Salvador": another matter
  // or another flight, unless it is the lead ("A second deportation flight … landed at Nsimalen").
  const leadParagraph = sentences.find((x) => !x.title)?.paragraph;
  // "两架遣返航班分别抵达金边和万象", "two charter flights landed": the lead tells of two planes, so "the
  // other plane" further down is the second of them.
  const twoPlanes = sentences.some(
    (x, i) =>
      (x.title || x.paragraph === leadParagraph) &&
      /(?:两架|两班)[^。]{0,24}分别|同日|同一天|\btwo (?:\w+ )?(?:flights|planes|charters|aircraft)\b[^.]{0,80}\b(?:respectively|simultaneously|the same day)\b|(?<![\p{L}])dos (?:vuelos|aviones|aeronaves)(?![\p{L}])[^.]{0,80}(?:respectivamente|el mismo d[ií]a|simult[aá]neamente)/u.test(
        lows[i]!,
      ),
  );
  const elsewhereFlight = (i: number) =>
    i !== kindAt &&
    !sentences[i]!.title &&
    (SEPARATELY.test(lows[i]!) ||
      (sentences[i]!.paragraph !== leadParagraph &&
        ANOTHER_FLIGHT.test(lows[i]!) &&
        !twoPlanes &&
        // "第一架班機清晨從德州布朗斯維爾起飛，第二架則是午後抵達": the planes of one operation, counted.
        !/第一架|首架|\bthe first (?:flight|plane|charter)\b|(?<![\p{L}])el primer (?:vuelo|avi[oó]n)(?![\p{L}])/u.test(
          lows[i]!,
        )));
  // Countries and their roles, from every sentence about the removal.
  const roles: (Role & { sentence: number })[] = [];
  sentences.forEach((_, i) => {
    // "U.S. officials said the men are nationals of Cuba, Laos and Sudan", further down the article.
    // "it carried 66 people: Senegal 31, Mali 22, Guinea 9, India 4": a breakdown by country is about the
    // people on board wherever it stands.
    const breakdown =
      kind !== "policy" &&
      feats[i]!.mentions.filter(
        (m) => m.kind === "country" && COUNT_AFTER.test(lows[i]!.slice(m.end, m.end + 60)),
      ).length >= 2;
    const natCue = kind !== "policy" && (NATIONALS_CUE[lang].test(lows[i]!) || breakdown);
    const c = natCue ? { ...context[i]!, removal: true } : context[i]!;
    if (!(event[i] || policySent[i] || c.removal || c.policy)) return;
    if (feats[i]!.statistic && !event[i] && !policySent[i]) return;
    // "这七人分别来自越南、老挝和柬埔寨，…其原籍国此前未能及时接收他们": the people reported, named by "these",
    // with a clause of background about them.
    const theseOnes =
      lang === "zh" &&
      natCue &&
      /^[^，。]{0,8}?(?:这|该|此)(?:[\d一二两三四五六七八九十百]+)?(?:名|位|批)?(?:人|人士|人员|男子|移民)/.test(
        lows[i]!,
      );
    if (i !== kindAt && background(i) && !theseOnes) return;
    // "A second ICE charter left Tucson later Thursday for San Salvador": another flight's countries.
    if (elsewhereFlight(i)) return;
    // "被送往第三國的內地居民，理論上最終仍須回到內地": what could happen to them is no destination of this flight.
    if (i !== kindAt && !event[i] && HYPOTHETICAL[lang].test(lows[i]!)) return;
    // "Ecuador y Colombia reciben … más vuelos cada mes", "uno de los países que más vuelos reciben": a
    // habit or a ranking, not this flight.
    if (
      i !== kindAt &&
      !event[i] &&
      !(policySent[i] && feats[i]!.policyStrong) &&
      (strongStatistic(i) || HABITUAL[lang].test(lows[i]!))
    )
      return;
    for (const r of rolesIn(norm[i]!, lows[i]!, feats[i]!, lang, w, known, c))
      if (!deporters.has(r.code) || r.landing) roles.push({ ...r, sentence: i });
  });
  // "MBABANE — Five men deported from the United States arrived in the kingdom", "SAN SALVADOR. … llegaron
  // al país": a receiving country's paper names the landing country only by its dateline.
  if (kind !== "policy" && lang !== "zh" && !roles.some((r) => r.role === "destination" && !r.listed)) {
    const first = sentences.findIndex((x) => !x.title);
    const here = sentences.some(
      (_, i) => (event[i] || context[i]!.inEvent) && ARRIVED_HERE[lang].test(lows[i]!),
    );
    const dl = here && first >= 0 ? DATELINE.exec(norm[first]!) : null;
    const place = dl
      ? findMentions(dl[0], lang).find((m) => m.kind === "place" || m.kind === "country")
      : undefined;
    const code = place ? (place.kind === "place" ? placeCode(place, "abroad", known) : place.code) : null;
    if (place && code && code !== "US")
      roles.push({
        code,
        role: "destination",
        phrase: place.text,
        rule: "the country of the dateline, where the article says they arrived",
        listed: false,
        landing: true,
        mention: place,
        sentence: first,
      });
  }
  // "Deportation flight lands as … families wait" over "The plane they were asking about touched down that
  // afternoon at Las Américas International Airport": with no country named for the removal, the place
  // abroad where the article's plane landed is its destination.
  if (kind !== "policy" && !leftAbroad && usInEvents && !roles.some((r) => r.role === "destination")) {
    for (let i = 0; i < n; i++) {
      const f = feats[i]!;
      if (sentences[i]!.title || !f.flight || !PLANE_MOVED[lang].test(lows[i]!)) continue;
      if (background(i) || elsewhereFlight(i) || f.statistic || HABITUAL[lang].test(lows[i]!)) continue;
      // "一架从西班牙马德里起飞的包机…降落在温州": a plane from abroad is not a US removal.
      const fromAbroad = f.mentions.some(
        (x) =>
          (x.kind === "place" || x.kind === "country") &&
          !x.candidates.some((c) => c.code === "US") &&
          x.code !== "US" &&
          w.fromSlot.test(lows[i]!.slice(Math.max(0, x.start - 30), x.start)),
      );
      if (fromAbroad) continue;
      const m = f.mentions.find(
        (x) =>
          x.kind === "place" &&
          w.arriveSlot.test(lows[i]!.slice(Math.max(0, x.start - 60), x.start)) &&
          placeCode(x, "abroad", known) !== null &&
          x.candidates[0]?.code !== "US",
      );
      if (!m) continue;
      roles.push({
        code: placeCode(m, "abroad", known)!,
        role: "destination",
        phrase: m.text,
        rule: "where the plane landed",
        listed: false,
        landing: true,
        mention: m,
        sentence: i,
      });
      break;
    }
  }
  // "arribó … un vuelo … con 58 connacionales", in a communiqué that names Chile only as "órdenes de
  // detención vigentes en Chile": our nationals came home, to the one country other than the US it names.
  if (
    kind !== "policy" &&
    !leftAbroad &&
    usInEvents &&
    !roles.some((r) => r.role === "destination") &&
    sentences.some((_, i) => event[i] && OUR_NATIONALS[lang].test(lows[i]!))
  ) {
    const named = new Map<string, { n: number; m: Mention; i: number }>();
    feats.forEach((f, i) => {
      for (const m of f.mentions)
        if ((m.kind === "country" || m.kind === "demonym") && m.code !== "US") {
          const e = named.get(m.code);
          if (e) e.n++;
          else named.set(m.code, { n: 1, m, i });
        }
    });
    if (named.size === 1) {
      const [code, { m, i }] = [...named][0]!;
      roles.push({
        code,
        role: "destination",
        phrase: m.text,
        rule: "the only country the article names, whose nationals came home",
        listed: false,
        landing: true,
        mention: m,
        sentence: i,
      });
    }
  }
  const landing = new Set(roles.filter((r) => r.role === "destination").map((r) => r.code));
  const nationals = new Set(roles.filter((r) => r.role === "nationality").map((r) => r.code));
  const thirdCue = lows.some((l) => w.thirdCountry.test(l));
  const thirdCountry =
    landing.size > 0 &&
    [...nationals].some((c) => !landing.has(c)) &&
    (thirdCue || [...landing].every((c) => !nationals.has(c)));
  const countries = new Map<string, CountryFact>();
  const evidence = (i: number, phrase: string) => {
    // The phrase as the article wrote it (Traditional Chinese stays Traditional).
    const at = norm[i]!.indexOf(phrase);
    return at >= 0 ? sentences[i]!.text.slice(at, at + phrase.length) : phrase;
  };
  for (const r of roles) {
    const role: CountryRole =
      r.role === "nationality" && (!thirdCountry || landing.has(r.code)) ? "destination" : r.role;
    const key = r.code;
    const fact = countries.get(key) ?? { code: r.code, role, certainty: "possible" as const, sources: [] };
    if (role === "destination") fact.role = "destination";
    const rule = role === "destination" && r.role === "nationality" ? `${r.rule} (flown home)` : r.rule;
    const phrase = evidence(r.sentence, r.phrase);
    if (!fact.sources.some((s) => s.sentence === r.sentence && s.phrase === phrase))
      fact.sources.push({ sentence: r.sentence, phrase, rule });
    if (!r.listed) fact.certainty = "reported";
    countries.set(key, fact);
  }
  // A list of nationalities seen more than once, or with a count, is reported; one only inside a list is possible.
  for (const fct of countries.values()) if (fct.sources.length > 1) fct.certainty = "reported";
  const list = [...countries.values()].sort((a, b) =>
    a.role === b.role ? 0 : a.role === "destination" ? -1 : 1,
  );
  // Nothing says the US: then every country the removal sentences name must be where people went or
  // whose nationals they are; a third country named there ("南韩", "Bureau of Immigration … Manila")
  // is the one removing them.
  if (!anyUs && !usDeparture) {
    const named = new Set(list.map((c) => c.code));
    const other = new Set<string>();
    sentences.forEach((_, i) => {
      if (!event[i] && !policySent[i]) return;
      for (const m of feats[i]!.mentions)
        if (
          // "George" in "George Bush Intercontinental Airport" is part of a longer name.
          !(m.kind === "place" && lang !== "zh" && /^\s+[\p{Lu}]/u.test(norm[i]!.slice(m.end, m.end + 3))) &&
          m.kind !== "us" &&
          m.code !== "US" &&
          !m.candidates.some((c) => c.code === "US" || named.has(c.code)) &&
          !named.has(m.code)
        )
          other.add(m.code);
    });
    if (other.size)
      return empty(
        `The article does not say the removal was from the United States, and names ${[...other].map((c) => countryName(c)).join(", ")}.`,
      );
  }

  // A group: a single person's deportation on a commercial flight is a sad story but not a removal flight.
  const groupSeen =
    sentences.some(
      (_, i) =>
        (event[i] || policySent[i]) &&
        feats[i]!.group &&
        !(i !== kindAt && SEPARATELY.test(lows[i]!)) &&
        // "about 340 Filipinos were returned … last year, most of them on ICE charters": a year's figure
        // beside one person's removal is no group on this flight.
        !(
          i !== kindAt &&
          (feats[i]!.statistic ||
            HABITUAL[lang].test(lows[i]!) ||
            CONTRAST[lang].test(lows[i]!) ||
            BACKGROUND[lang].test(mainClause(lows[i]!)))
        ) &&
        !(feats[i]!.single && !/(flights|vuelos|包机|charter|chárter)/.test(lows[i]!)),
    ) ||
    roles.some(
      (r) =>
        r.role === "nationality" &&
        !r.listed &&
        lang !== "zh" &&
        (event[r.sentence] || policySent[r.sentence]) &&
        /s$/.test(r.mention.text) &&
        !feats[r.sentence]!.single,
    );

  // Facts, from the sentence that set the kind first, then the others about the removal in order.
  const order = [kindAt, ...sentences.map((_, i) => i).filter((i) => i !== kindAt)];
  let eventDate: DateFact | null = null;
  let eventReported = false;
  let people: CountFact | null = null;
  let hedgedPeople: CountFact | null = null;
  let totalPeople: CountFact | null = null;
  let titlePeople: CountFact | null = null;
  let definitePeople: CountFact | null = null;
  let definiteAbout: CountFact | null = null;
  const departure: PlaceFact[] = [];
  const arrival: PlaceFact[] = [];
  const flightTypes: { type: FlightType; source: Source }[] = [];
  // The body before the headline: a headline abbreviates ("arrive in Belo Horizonte" for a flight that
  // landed in Confins), so its places are used only when the body names none.
  const docOrder = [...sentences.keys()].filter((i) => !sentences[i]!.title);
  const titles = [...sentences.keys()].filter((i) => sentences[i]!.title);
  for (const i of order) {
    const c = context[i]!;
    const about = event[i] || policySent[i] || (c.inEvent && (c.removal || c.policy));
    // A sentence that reports the flight or the change dates it even when it also gives a figure
    // ("anunció este miércoles que … ampliará en un 40 %").
    if (!about || (feats[i]!.statistic && !event[i] && !policySent[i])) continue;
    // "In January, an earlier flight to Brazil …": a sentence about another flight dates that one.
    if (i !== kindAt && !event[i] && BACKGROUND[lang].test(mainClause(lows[i]!))) continue;
    // A day wins over a week or a month ("this month" in the headline, "on Tuesday" in the body), and
    // the flight's day over the day it was announced ("ICE said Friday …" then "The plane landed Tuesday").
    if (!eventDate || eventDate.precision !== "day" || eventReported) {
      const d = dateOf(i);
      const rank = (p: DateFact["precision"]) => (p === "day" ? 3 : p === "week" ? 2 : 1);
      if (
        d &&
        (!eventDate ||
          // "returned … in May of 2019" then "a statement released on Friday": the day it was said does
          // not replace the month of the flight.
          (rank(d.precision) > rank(eventDate.precision) && !(d.reported && !eventReported)) ||
          (eventReported && d.precision === "day" && !d.reported))
      ) {
        eventDate = {
          value: d.value,
          precision: d.precision,
          rule: d.rule,
          source: { sentence: i, phrase: evidence(i, d.phrase) },
        };
        eventReported = !!d.reported;
      }
    }
  }
  // Only a week or a month: the sentence that leads into the first report of the flight ("The interesting
  // part was Tuesday 11 March, which brought two destinations:" then the flights) may give its day, kept
  // when it falls inside that week or month.
  if (eventDate && eventDate.precision !== "day") {
    const first = event.findIndex((e, i) => e && !sentences[i]!.title);
    const j = first - 1;
    if (j >= 0 && !sentences[j]!.title && !event[j] && !background(j) && DATEISH[lang].test(norm[j]!)) {
      const d = dateOf(j);
      if (d?.precision === "day" && dayWithin(d.value, eventDate))
        eventDate = {
          value: d.value,
          precision: "day",
          rule: d.rule,
          source: { sentence: j, phrase: evidence(j, d.phrase) },
        };
    }
  }
  // "Last Wednesday was different." then "Shortly before dawn, a chartered plane … touched down": a short
  // sentence that only names a day, right before the report of the flight in its paragraph, dates it.
  if (!eventDate && kind !== "policy" && kindAt > 0) {
    const j = kindAt - 1;
    if (
      !sentences[j]!.title &&
      sentences[j]!.paragraph === sentences[kindAt]!.paragraph &&
      norm[j]!.split(/\s+/).length <= 8 &&
      !event[j] &&
      DATEISH[lang].test(norm[j]!)
    ) {
      const d = dateOf(j);
      if (d?.precision === "day")
        eventDate = {
          value: d.value,
          precision: "day",
          rule: d.rule,
          source: { sentence: j, phrase: evidence(j, d.phrase) },
        };
    }
  }
  // The day only in a later sentence about the plane ("航班由德州艾尔帕索出发，于周四早上降落…",
  // "The jet landed on Friday") when no sentence about the removal gives a day.
  if ((!eventDate || eventDate.precision !== "day") && kind !== "policy") {
    for (const i of docOrder) {
      if (!feats[i]!.flight || !PLANE_MOVED[lang].test(lows[i]!) || background(i)) continue;
      if (feats[i]!.statistic || !DATEISH[lang].test(norm[i]!)) continue;
      const d = dateOf(i);
      // Inside the month or week already read, or without one, within a month of the report.
      const fits =
        d &&
        (eventDate
          ? dayWithin(d.value, eventDate)
          : Math.abs(Date.parse(d.value) - Date.parse(input.published)) <= 31 * 86400000);
      if (d && fits && d.precision === "day" && !d.reported) {
        eventDate = {
          value: d.value,
          precision: "day",
          rule: d.rule,
          source: { sentence: i, phrase: evidence(i, d.phrase) },
        };
        break;
      }
    }
  }
  // No sentence about the removal gives a time: the lead ("told journalists on Wednesday that…",
  // "外交部发言人16日表示") dates the report, and so the announcement.
  if (!eventDate) {
    for (let i = 0; i < n && !eventDate; i++) {
      const lead = sentences[i]!.paragraph <= 1 || (near(i, kindAt) && i !== kindAt);
      if (!lead || background(i) || !DATEISH[lang].test(norm[i]!)) continue;
      const d = dateOf(i);
      if (d && d.precision === "day")
        eventDate = {
          value: d.value,
          precision: d.precision,
          rule: d.rule,
          source: { sentence: i, phrase: evidence(i, d.phrase) },
        };
    }
  }
  // Nothing else dates it: a wire dateline with a day ("MEXICO CITY, March 4 (Reuters) -") dates the
  // report, which for a flight told without a day is the best that can be said.
  if (!eventDate && lang !== "zh" && kind !== "planned_flight") {
    const first = sentences.findIndex((s) => !s.title);
    const dl = first >= 0 ? DATELINE.exec(norm[first]!) : null;
    if (dl && /\d/.test(dl[0])) {
      const ref = new Date(`${input.published}T12:00:00Z`);
      const r = PARSERS[lang].parse(dl[0], { instant: ref, timezone: 0 })[0];
      if (r && r.start.isCertain("day") && r.start.isCertain("month")) {
        let d = r.start.date();
        if (!r.start.isCertain("year") && d.getTime() - ref.getTime() > 2 * 86400000)
          d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
        if (d.getTime() - ref.getTime() <= 2 * 86400000)
          eventDate = {
            value: d.toISOString().slice(0, 10),
            precision: "day",
            rule: "the day of the dateline: the report says no other",
            source: { sentence: first, phrase: evidence(first, r.text) },
          };
      }
    }
  }
  // "美方遣返包机本周四抵达金斯敦" published on a Tuesday, "aterriza este viernes" before Friday: a flight whose
  // day is still to come is planned, whatever the tense of the headline.
  if (
    kind === "flight" &&
    eventDate?.precision === "day" &&
    input.published &&
    eventDate.value > input.published &&
    !sentences.some((x, i) => !x.title && event[i] && LANDED_PAST[lang].test(lows[i]!) && !feats[i]!.planned)
  )
    kind = "planned_flight";
  /** A sentence dated a week (or, by its month, forty days) away from the reported flight's day. */
  const otherDay = (i: number) => {
    const day =
      eventDate?.precision === "day"
        ? eventDate.value
        : kindDate?.precision === "day"
          ? kindDate.value
          : null;
    if (!day || eventDate?.source.sentence === i || !DATEISH[lang].test(mainClause(lows[i]!))) return false;
    return datedAwayFrom(day, i);
  };
  const addPlaces = (i: number, p: { departure: string[]; arrival: string[] }) => {
    for (const [list, found] of [
      [departure, p.departure],
      [arrival, p.arrival],
    ] as const) {
      for (const place of found) {
        const shown = evidence(i, place);
        if (!list.some((x) => x.place === shown))
          list.push({ place: shown, source: { sentence: i, phrase: shown } });
      }
    }
  };
  for (const i of [...docOrder, ...titles]) {
    const c = context[i]!;
    const about = event[i] || policySent[i] || (c.inEvent && (c.removal || c.flight));
    // "The plane had left from Mesa, Arizona": a sentence about the plane is about the flight reported,
    // wherever it stands in the article, unless it is about an earlier one.
    const aboutPlane =
      kind !== "policy" &&
      (feats[i]!.flight || c.flight) &&
      !w.statistic.test(mainClause(lows[i]!)) &&
      !background(i) &&
      // "另一架遣返班機週一從路易斯安那州起飛，把48名越南籍人士送到河內": another plane's places.
      !elsewhereFlight(i);
    if (!about && aboutPlane) {
      const p = placesIn(norm[i]!, lows[i]!, feats[i]!, lang, w, known);
      addPlaces(i, p);
    }
    // "According to the manifest, 112 people were on board": the people on the plane reported, wherever
    // the sentence stands.
    if (!about && aboutPlane && !definitePeople && kind !== "policy" && ON_BOARD[lang].test(lows[i]!)) {
      const ks = countsIn(norm[i]!, lows[i]!, feats[i]!, lang, w);
      const d = ks.find((x) => !x.hedged && x.value);
      if (d)
        definitePeople = {
          value: d.value,
          approx: null,
          hedged: false,
          rule: "the number of people on board",
          source: { sentence: i, phrase: evidence(i, d.phrase) },
        };
      // "She said at least 14 people were on board": a hedged number on the plane is the hedged count.
      const h = ks.find((x) => x.hedged);
      if (!d && h && !hedgedPeople)
        hedgedPeople = {
          value: h.value,
          approx: h.approx,
          hedged: true,
          rule: "an approximate number of people on board, as the article gives it",
          source: { sentence: i, phrase: evidence(i, h.phrase) },
        };
    }
    // "In all, 52 people were listed on the manifest": a total of people next to the flight is its count.
    if (!about && c.removal && !totalPeople && !feats[i]!.statistic && !background(i)) {
      const ks = countsIn(norm[i]!, lows[i]!, feats[i]!, lang, w).filter((x) => !x.hedged && x.value);
      const k = ks.find((x) => x.total);
      if (k)
        totalPeople = {
          value: k.value,
          approx: k.approx,
          hedged: false,
          rule: "the total the article gives",
          source: { sentence: i, phrase: evidence(i, k.phrase) },
        };
      const d = ks.find((x) => x.definite);
      if (d && !definitePeople)
        definitePeople = {
          value: d.value,
          approx: null,
          hedged: false,
          rule: "the number of the group, told next to the flight",
          source: { sentence: i, phrase: evidence(i, d.phrase) },
        };
    }
    // A policy report's "今年迄今已有21名…从美国被遣返" is a figure of the year, not a group flown.
    if (
      !about ||
      (feats[i]!.statistic && (!event[i] || kind === "policy") && w.statistic.test(mainClause(lows[i]!)))
    )
      continue;
    // "several hundred Burmese nationals in the United States have final orders of removal": the people
    // who could be removed, not the ones a flight carried.
    const stock = !feats[i]!.flight && STOCK[lang].test(lows[i]!);
    // "Last year a total of 211 Guyanese were deported", "ya son 14 las operaciones … con un total cercano a
    // los 1.600": a year's figure beside the flight is no count of it.
    const yearly = (phrase: string) => {
      if (i === kindAt || !feats[i]!.statistic) return false;
      const low = lows[i]!;
      const at = low.indexOf(phrase.toLowerCase());
      if (at < 0) return false;
      const from = Math.max(...[",", "，", ";", "；", "、"].map((c) => low.lastIndexOf(c, at)));
      const to = Math.min(
        ...[",", "，", ";", "；"].map((c) => (low.indexOf(c, at) + 1 || low.length + 1) - 1),
      );
      return w.statistic.test(low.slice(from + 1, to));
    };
    // "Separately, the bureau said it had deported 62 foreign nationals last month": another removal's number.
    const elsewhere = elsewhereFlight(i);
    // "The first US flight of 2025 arrived in January with 48 deportees", "An earlier charter, in April,
    // returned nine Guyanese": an earlier flight's group is not this one's count.
    // "La situación contrasta con la de Argentina, que … recibió decenas de deportados": another country's.
    const earlier =
      i !== kindAt &&
      !sentences[i]!.title &&
      (otherDay(i) ||
        earlierYears(i) ||
        CONTRAST[lang].test(lows[i]!) ||
        PREVIOUS_FLIGHT[lang].test(lows[i]!));
    if (!totalPeople && !stock && !elsewhere && !earlier) {
      for (const k of countsIn(norm[i]!, lows[i]!, feats[i]!, lang, w)) {
        if (yearly(k.phrase)) continue;
        // "agreed to take up to 75", "至多75名": an agreement's cap is not the people removed.
        if (kind === "policy") {
          const at = norm[i]!.indexOf(k.phrase);
          if (at >= 0 && CAP[lang].test(lows[i]!.slice(Math.max(0, at - 16), at + k.phrase.length))) continue;
        }
        const fact: CountFact = {
          value: k.value,
          approx: k.approx,
          hedged: k.hedged,
          rule: k.rule,
          source: { sentence: i, phrase: evidence(i, k.phrase) },
        };
        // "57 deportees in total", "un total de 88", "共116人": the total wins over the groups named.
        if (k.total && !k.hedged) {
          totalPeople = { ...fact, rule: "the total the article gives" };
          break;
        }
        if (!k.hedged && !people) people = fact;
        // "… with the 61 deportees aboard" after "19 Chileans … and 42 Peruvians": the whole group.
        else if (
          !k.hedged &&
          k.definite &&
          people &&
          !sentences[i]!.title &&
          (k.value ?? 0) > (people.value ?? 0) &&
          (k.value ?? 0) > (definiteAbout?.value ?? 0)
        )
          definiteAbout = fact;
        if (!k.hedged && sentences[i]!.title) titlePeople ??= fact;
        if (k.hedged && !hedgedPeople) hedgedPeople = fact;
      }
    }
    if ((c.flight || c.removal) && !elsewhereFlight(i)) {
      const p = placesIn(norm[i]!, lows[i]!, feats[i]!, lang, w, known);
      const headline = sentences[i]!.title;
      if (headline && departure.length) p.departure = [];
      if (headline && arrival.length) {
        // "deja a 73 personas en Tiflis y Ereván" over a body that names only Ereván (and "la capital
        // georgiana"): a headline's stop in another country than every one the body names is kept.
        const countryOf = (pl: string) => {
          const mm = findMentions(pl, lang).find((x) => x.kind === "place" || x.kind === "country");
          return mm ? (mm.kind === "place" ? placeCode(mm, "abroad", known) : mm.code) : null;
        };
        const have = new Set(arrival.map((x) => countryOf(x.place)));
        p.arrival = have.has(null)
          ? []
          : p.arrival.filter((pl) => {
              const c = countryOf(pl);
              return c !== null && !have.has(c) && countries.has(c);
            });
      }
      addPlaces(i, p);
      for (const [t, re] of w.flightTypes) {
        const m = re.exec(lows[i]!);
        if (m && !flightTypes.some((x) => x.type === t))
          flightTypes.push({
            type: t,
            source: { sentence: i, phrase: evidence(i, norm[i]!.slice(m.index, m.index + m[0].length)) },
          });
      }
    }
  }
  // An airport of a destination country named in a sentence about the flight ("officials at Ramón
  // Villeda Morales International Airport were waiting") is where it landed, beside the city.
  if (kind !== "policy") {
    const destCodes = new Set(list.filter((c) => c.role !== "nationality").map((c) => c.code));
    sentences.forEach((_, i) => {
      if (!(event[i] || context[i]!.inEvent || (feats[i]!.flight && context[i]!.removal)) || background(i))
        return;
      for (const m of feats[i]!.mentions) {
        if (m.kind !== "place" || m.placeKind !== "a" || m.code === "US" || !destCodes.has(m.code)) continue;
        const shown = evidence(i, m.text);
        if (!arrival.some((x) => x.place.includes(shown) || shown.includes(x.place)))
          arrival.push({ place: shown, source: { sentence: i, phrase: shown } });
      }
    });
  }
  // A feature's lead tells the scene ("walked out of the arrivals gate at Tribhuvan International
  // Airport") a few sentences before the removal: with no other arrival, an airport of the landing
  // country named anywhere outside background is where the flight came in.
  if ((kind === "flight" || kind === "planned_flight") && !arrival.length) {
    const destCodes = new Set(list.filter((c) => c.role !== "nationality").map((c) => c.code));
    for (const i of docOrder) {
      if (background(i) || feats[i]!.statistic) continue;
      const m = feats[i]!.mentions.find(
        (x) => x.kind === "place" && x.placeKind === "a" && x.code !== "US" && destCodes.has(x.code),
      );
      if (!m) continue;
      const shown = evidence(i, m.text);
      arrival.push({ place: shown, source: { sentence: i, phrase: shown } });
      break;
    }
  }
  // "抵达米纳斯吉拉斯州首府贝洛奥里藏特": a capital the gazetteer lacks, named after 首府 or 首都 where the
  // flight landed, is its arrival.
  if (lang === "zh" && kind !== "policy" && !arrival.some((x) => !/(?:国|州|省)$/.test(x.place)))
    sentences.forEach((_, i) => {
      if (!(event[i] || context[i]!.inEvent) || background(i)) return;
      const m = ZH_CAPITAL_ARRIVAL.exec(norm[i]!);
      if (!m || findMentions(m[1]!, "zh").some((x) => x.kind === "country")) return;
      const shown = evidence(i, m[1]!);
      if (!arrival.some((x) => x.place.includes(shown) || shown.includes(x.place)))
        arrival.push({ place: shown, source: { sentence: i, phrase: shown } });
    });
  // "降落雅加达苏加诺-哈达国际机场", "降落在成吉思汗国际机场": the airport named after the verb of landing is the
  // most specific arrival, even when the gazetteer does not know it; it replaces the city it begins with.
  if (lang === "zh" && kind !== "policy")
    sentences.forEach((_, i) => {
      if (!(event[i] || context[i]!.inEvent) || background(i)) return;
      const m = ZH_AIRPORT_ARRIVAL.exec(norm[i]!);
      if (!m || /的/.test(m[1]!) || /^(?:后|前|时|之后|以后)/.test(m[1]!)) return;
      // "巴拿马城托库门国际机场": the airport with the city it serves, as the article names it; a country in
      // front ("越南河内内排国际机场") is left out.
      const name = stripLeadingCountry(m[1]!);
      if (/^(?:国际)?(?:机场|空军基地)$/.test(name)) return;
      const shown = evidence(i, name);
      const full = evidence(i, m[1]!);
      for (let k = arrival.length - 1; k >= 0; k--) {
        const p = arrival[k]!.place;
        if (full.includes(p) && !p.includes(shown)) arrival.splice(k, 1);
      }
      if (!arrival.some((x) => x.place.includes(shown)))
        arrival.push({ place: shown, source: { sentence: i, phrase: shown } });
    });
  // "aterrizó en el aeropuerto de esta ciudad" under a dateline "Villahermosa, Tabasco.": the dateline's city.
  // "driven to Alexandria International Airport in Louisiana and placed on a chartered plane", "put on a
  // deportation flight at Newark Liberty International Airport": a removal flight leaves from the US, so a
  // US airport named about the plane, not as a stop on the way, is where it left from.
  if ((kind === "flight" || kind === "planned_flight") && !departure.length) {
    for (const i of [...docOrder, ...titles]) {
      if (!(event[i] || context[i]!.inEvent || feats[i]!.flight) || background(i) || elsewhereFlight(i))
        continue;
      const m = feats[i]!.mentions.find(
        (x) =>
          x.kind === "place" &&
          x.candidates[0]?.kind === "a" &&
          x.candidates[0]?.code === "US" &&
          !STOPOVER.test(lows[i]!.slice(Math.max(0, x.start - 30), x.start)),
      );
      if (!m) continue;
      const shown = evidence(i, m.text);
      departure.push({ place: shown, source: { sentence: i, phrase: shown } });
      break;
    }
  }
  const firstBody = docOrder[0];
  const datelineCity =
    firstBody === undefined
      ? undefined
      : feats[firstBody]!.mentions.find(
          (m) =>
            m.kind === "place" &&
            m.start === 0 &&
            /^\s*(?:[,.—–]|\(|\s-)/.test(norm[firstBody]!.slice(m.end, m.end + 3)) &&
            placeCode(m, "abroad", known),
        );
  if (kind !== "policy" && datelineCity && sentences.some((_, i) => THIS_CITY[lang].test(lows[i]!))) {
    const shown = evidence(firstBody!, datelineCity.text);
    if (!arrival.some((x) => x.place === shown))
      arrival.push({ place: shown, source: { sentence: firstBody!, phrase: shown } });
  }
  for (let k = arrival.length - 1; k >= 0; k--)
    if (
      /^(aeropuerto|airport|机场|機場|base a[eé]rea|air base)$/i.test(arrival[k]!.place) ||
      // "CAP-HAÏTIEN, Haiti —" beside "in Cap-Haïtien": one place, the dateline's capitals aside.
      arrival.some((x, j) => j < k && x.place.toLowerCase() === arrival[k]!.place.toLowerCase()) ||
      // "曼谷" beside "曼谷素万那普国际机场": the city is already in the airport's name.
      (lang === "zh" &&
        arrival.some(
          (x, j) => j !== k && x.place !== arrival[k]!.place && x.place.includes(arrival[k]!.place),
        ))
    )
      arrival.splice(k, 1);
  // The country where it landed, when no city was named.
  if (!arrival.length) {
    for (const r of roles) {
      if (r.role !== "destination" || r.rule !== "where the flight landed" || r.mention.kind !== "country")
        continue;
      const shown = evidence(r.sentence, r.mention.text);
      if (!arrival.some((x) => x.place === shown))
        arrival.push({ place: shown, source: { sentence: r.sentence, phrase: shown } });
    }
  }
  // The headline's number is the flight's when the body's first number is a part of it.
  const bodyPart =
    people && titlePeople && people !== titlePeople && (people.value ?? 0) < (titlePeople.value ?? 0);
  // "cerca de 120 ecuatorianos … llegaron" then "dos fueron detenidos", "19 mujeres": an exact number well
  // below a hedged one told earlier in the body is a part of that group, and the group is the count.
  if (
    people &&
    hedgedPeople &&
    !sentences[hedgedPeople.source.sentence]!.title &&
    hedgedPeople.source.sentence < people.source.sentence &&
    event[hedgedPeople.source.sentence] &&
    (people.value ?? 0) < 0.8 * (hedgedPeople.value ?? 0)
  )
    people = null;
  // A policy report's vague figures ("up to 250", "hundreds", "alrededor de 110") are its scope, not a
  // group flown.
  const count =
    totalPeople ??
    definiteAbout ??
    (bodyPart ? titlePeople : people) ??
    definitePeople ??
    (kind === "policy" ? null : hedgedPeople);

  // One person's removal is told as one ("a man", "was deported", "一名…学生"); without such words a flight
  // to a destination is taken as a group's.
  const singleSeen =
    sentences.some(
      (_, i) =>
        (event[i] || policySent[i] || feats[i]!.removal || context[i]!.inEvent) &&
        feats[i]!.single &&
        // "2025年7月，美方曾以包机将数名外籍男子…送往朱巴": an earlier removal is not the one reported.
        !(i !== kindAt && (BACKGROUND[lang].test(mainClause(lows[i]!)) || otherDay(i))),
    ) && !groupSeen;
  // A story told years on ("遣返两年后：回到长乐的走线客", "Seis años después del avión", "Two years after
  // deportation"), whose flight is dated half a year or more before the article in a phrase that names the
  // year ("2024年6月，林建华登上了那架…遣返包机"): the story's past, not news of a flight; no client is at
  // risk from it now. Both are needed: a misread date alone ("1995年前赴美") must not hide this week's flight.
  const leadLows = lows.filter((_, i) => sentences[i]!.title || sentences[i]!.paragraph === leadParagraph);
  // Without a year in the phrase ("in February last year", "2019年秋天" read as no day), such a story
  // still reports no flight when nothing about the removal is dated near the article's own day.
  const daysBefore = (v: string) =>
    (Date.parse(input.published) - Date.parse(v.length === 7 ? `${v}-15` : v)) / 86400000;
  if (kind !== "policy" && leadLows.some((x) => YEARS_ON[lang].test(x))) {
    const longPast =
      !!eventDate && /(?:19|20)\d\d/.test(eventDate.source.phrase) && daysBefore(eventDate.value) > 180;
    const current =
      (!!eventDate &&
        !TODAY_ONLY.test(eventDate.source.phrase.trim()) &&
        Math.abs(daysBefore(eventDate.value)) <= 30) ||
      sentences.some((x, i) => {
        if (x.title || !(event[i] || context[i]!.inEvent) || !DATEISH[lang].test(norm[i]!)) return false;
        const d = dateOf(i);
        // "Hoy, a sus 46 años, es dueño de una panadería": the story's present, no day of a flight.
        if (d && TODAY_ONLY.test(d.phrase.trim())) return false;
        return !!d && Math.abs(daysBefore(d.value)) <= 30;
      });
    if (longPast || !current)
      return empty(
        `A story told long after the flight it recalls${eventDate && !TODAY_ONLY.test(eventDate.source.phrase.trim()) ? ` (${eventDate.value})` : ""}; it reports no new flight.`,
      );
  }
  const relevant =
    list.length > 0 &&
    (groupSeen ||
      (kind === "policy" && !singleSeen) ||
      (count !== null &&
        (count.value ?? 2) >= 2 &&
        // "Honduras recibe cada semana varios vuelos … con cientos de deportados" beside one man's removal.
        !(
          singleSeen &&
          count.source.sentence !== kindAt &&
          (HABITUAL[lang].test(lows[count.source.sentence]!) || feats[count.source.sentence]!.statistic)
        )) ||
      (!singleSeen && count === null));
  const dests = list.filter((c) => c.role !== "nationality");
  const onBoard = list.filter((c) => c.role === "nationality");
  const why = !list.length
    ? `${REPORT_KIND_LABELS[kind]}, but no destination country could be found; add one to match clients.`
    : !relevant
      ? "A removal of one person, not a removal flight of a group."
      : `${REPORT_KIND_LABELS[kind]} (${dests.map((c) => countryName(c.code)).join(", ")}${onBoard.length ? `; on board: ${onBoard.map((c) => countryName(c.code)).join(", ")}` : ""}).`;
  return {
    relevant,
    kind: relevant || list.length === 0 ? kind : "other",
    why,
    kindSource: { sentence: kindAt, phrase: sentences[kindAt]!.text },
    countries: relevant ? list : [],
    eventDate,
    people: count,
    departure,
    arrival,
    flightTypes,
    sentences,
    language,
  };
}
