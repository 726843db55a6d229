// ISO 3166-1 alpha-2 codes (the 249 assigned ones), and XK for Kosovo: not assigned by ISO, but the code
// CLDR, the EU and US agencies use, and a nationality immigration courts record. English names come from
// the runtime's CLDR data (Intl.DisplayNames), so no second list of names to keep in step.
export const COUNTRY_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
  "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
  "NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
  "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
  "UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW"
).split(" ");

/** Recorded in place of a nationality for a stateless client. */
export const STATELESS = "XX";

const CODE_SET = new Set(COUNTRY_CODES);
let names: Intl.DisplayNames | undefined;

export function isCountryCode(code: string): boolean {
  return CODE_SET.has(code);
}

// Names and the sorted list are made once: Intl.DisplayNames.of and a localeCompare sort were 6 % of
// the case list's time, for a list and names that never change while the process runs.
const nameCache = new Map<string, string>();
let options: readonly { code: string; name: string }[] | undefined;

export function countryName(code: string | null | undefined): string {
  if (!code) return "—";
  if (code === STATELESS) return "Stateless";
  let name = nameCache.get(code);
  if (name === undefined) {
    names ??= new Intl.DisplayNames(["en"], { type: "region" });
    try {
      name = names.of(code) ?? code;
    } catch {
      name = code;
    }
    if (nameCache.size < 1000) nameCache.set(code, name);
  }
  return name;
}

export function countryOptions(): readonly { code: string; name: string }[] {
  options ??= Object.freeze(
    COUNTRY_CODES.map((code) => Object.freeze({ code, name: countryName(code) })).sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
  );
  return options;
}

/** Parses "CN", "cn", "China", "CN;MX" or "China, Mexico" into codes; unknown parts are returned apart. */
export function parseCountries(input: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const raw of input
    .split(/[;,|/]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const upper = raw.toUpperCase();
    if (upper === "STATELESS" || upper === STATELESS) codes.push(STATELESS);
    else if (CODE_SET.has(upper)) codes.push(upper);
    else {
      const byName = COUNTRY_CODES.find((c) => countryName(c).toLowerCase() === raw.toLowerCase());
      if (byName) codes.push(byName);
      else unknown.push(raw);
    }
  }
  return { codes: [...new Set(codes)], unknown };
}
