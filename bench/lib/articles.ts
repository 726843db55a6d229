// Generated news: removal flights, planned flights and acceptance changes for 30 destination countries,
// said several ways, and near misses (airline news, single cases, trade talks, statistics) that share
// their words. Used by the data set generator and by the alert-ingestion benchmark.
import { addDays } from "../../app/domain/dates";
import { COUNTRY_WORDS } from "../../app/domain/country-lexicon";
import { countryName } from "../../app/domain/countries";
import type { Rng } from "./random";

export const DESTINATIONS = [
  "CN",
  "MX",
  "GT",
  "HN",
  "SV",
  "NI",
  "CO",
  "EC",
  "VE",
  "PE",
  "HT",
  "DO",
  "CU",
  "BR",
  "IN",
  "PK",
  "BD",
  "NP",
  "VN",
  "KH",
  "UZ",
  "TJ",
  "RU",
  "UA",
  "TR",
  "RO",
  "MR",
  "SN",
  "NG",
  "GH",
];
const US = ["Alexandria, Louisiana", "Harlingen, Texas", "El Paso", "Mesa", "Miami", "San Antonio", "Newark"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export type GeneratedArticle = {
  title: string;
  body: string;
  publishedOn: string;
  url: string;
  relevant: boolean;
  country: string;
};

function words(code: string) {
  const w = COUNTRY_WORDS[code]!;
  return {
    name: w.names[0] ?? countryName(code),
    demonym: w.demonyms[0] ?? countryName(code),
    city: w.places[0] ?? w.names[0]!,
  };
}

export function article(
  r: Rng,
  i: number,
  relevant: boolean,
  start = "2021-01-01",
  spanDays = 1800,
): GeneratedArticle {
  const code = r.pick(DESTINATIONS);
  const { name, demonym, city } = words(code);
  const n = r.int(20, 260);
  const day = r.pick(WEEKDAYS);
  const us = r.pick(US);
  const publishedOn = addDays(start, r.int(0, spanDays));
  const ref = ` (report ${i}.)`;
  let title: string;
  let body: string;
  if (relevant) {
    switch (r.int(0, 5)) {
      case 0:
        title = `ICE charter flight returns ${demonym} nationals to ${name}`;
        body = `U.S. Immigration and Customs Enforcement removed ${n} ${demonym} nationals on a charter flight that departed from ${us} and landed in ${city} on ${day}, the Department of Homeland Security said.${ref}`;
        break;
      case 1:
        title = `Deportation flight lands in ${city}`;
        body = `A flight carrying ${n} ${demonym} migrants deported from the United States landed in ${city} yesterday, officials said. Families waited outside the reception centre for hours.${ref}`;
        break;
      case 2:
        title = `ICE plans removal flight to ${name} next week`;
        body = `Immigration officials are planning a removal flight to ${name} next week, according to two people familiar with the plans. The flight is expected to carry about ${n} ${demonym} deportees from ${us}.${ref}`;
        break;
      case 3:
        title = `${name} agrees to accept deportation flights`;
        body = `${name} agreed to accept deportees on U.S. military aircraft on ${day} after the White House threatened tariffs and visa sanctions.${ref}`;
        break;
      case 4:
        title = `Monthly report: ICE Air flights to ${name}`;
        body = `ICE Air flights carried hundreds of ${demonym} migrants back to ${name} in ${r.pick(MONTHS)}, according to a monthly flight-monitoring report.${ref}`;
        break;
      default:
        title = `${n} ${demonym} deportees arrive on a removal flight`;
        body = `A removal flight carrying ${n} ${demonym} nationals touched down in ${city} on ${day} after leaving ${us}. Officials met in Geneva last week to discuss trade.${ref}`;
    }
  } else {
    switch (r.int(0, 7)) {
      case 0:
        title = `Airline adds flights to ${city}`;
        body = `A carrier will add ${r.int(2, 7)} weekly flights from ${us} to ${city} starting in ${r.pick(MONTHS)}, the airline said.${ref}`;
        break;
      case 1:
        title = `Judge halts deportation of ${demonym} activist`;
        body = `A federal judge on ${day} halted the deportation of a ${demonym} dissident who feared persecution, citing due process.${ref}`;
        break;
      case 2:
        title = `${demonym} restaurant owner fights deportation order`;
        body = `A ${demonym} restaurant owner in Chicago is fighting a deportation order after two decades in the city. His customers started a petition.${ref}`;
        break;
      case 3:
        title = `${demonym} and US negotiators meet in Geneva`;
        body = `${demonym} officials met US negotiators in Geneva to discuss tariffs on steel. Both sides called the talks productive.${ref}`;
        break;
      case 4:
        title = `Study: deportations to ${name} rose`;
        body = `Deportations to ${name} rose ${r.int(3, 40)}% in fiscal ${r.int(2019, 2025)}, a study by a university research centre found.${ref}`;
        break;
      case 5:
        title = `Regional meeting on migration in ${city}`;
        body = `Officials from ${name} and its neighbours met in ${city} to discuss migration and deportation policy. No agreement was announced.${ref}`;
        break;
      case 6:
        title = `Plane crash near ${city}`;
        body = `A small plane crashed near ${city} on ${day}, killing ${r.int(2, 9)} people, ${demonym} authorities said.${ref}`;
        break;
      default:
        title = `Flights to ${city} on time`;
        body = `Flights from ${us} to ${city} arrived on time ${r.int(70, 95)}% of the time last month, the carrier said, as ${demonym} travellers returned from holidays.${ref}`;
    }
  }
  return {
    title,
    body,
    publishedOn,
    url: `https://news.example/${publishedOn}/${i}`,
    relevant,
    country: code,
  };
}
