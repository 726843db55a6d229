// Held-out news corpus no. 14 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or any other corpus file).
// Every name, quote and number in these articles is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT14A: CorpusArticle[] = [
  {
    id: "h14a-en-001",
    lang: "en",
    style: "wire",
    title: "US deportation flight lands in Mogadishu with 47 Somalis aboard",
    published: "2025-11-14",
    text: `MOGADISHU, Nov 14 — A chartered plane carrying 47 Somali nationals removed from the United States landed at Aden Adde International Airport on Wednesday, Somali immigration officials said.

The flight had departed from Alexandria, Louisiana, and stopped to refuel in Europe before continuing to the Horn of Africa, according to a flight-tracking record seen by reporters. Passengers were processed in a separate terminal and handed to relatives late in the afternoon.

"These are our citizens and we received them with dignity," said Abdirahman Geedi Warsame, deputy director of the Immigration and Naturalization Directorate. He said 11 of the returnees had spent more than ten years in the United States.

It was the second such flight this year. A charter in March brought back 62 people, while neighbouring Kenya has hosted more than 300,000 Somali refugees in its camps for decades. Rights groups in Nairobi said they were worried about returnees from regions controlled by al-Shabaab.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SO"],
      people: { value: 47, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Aden Adde International Airport"],
      date: "2025-11-12",
    },
  },
  {
    id: "h14a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 118 Ethiopian nationals on charter flight",
    published: "2026-02-05",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) removed 118 Ethiopian nationals on Feb. 3 aboard a charter flight that departed Mesa, Arizona, and arrived in Addis Ababa.

Of those removed, 41 had criminal convictions or pending charges in the United States, including assault, fraud and driving under the influence. All had received final orders of removal from an immigration judge.

"This removal reflects our continued cooperation with the Government of Ethiopia," said ERO Phoenix Field Office Director Marcus T. Delling. "We will keep enforcing the orders issued by the nation's immigration courts."

In fiscal year 2025, ERO conducted removals to more than 190 countries. ICE Air Operations supports these efforts with charter and commercial flights; members of the public can report suspicious activity at 866-DHS-2-ICE.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ET"],
      people: { value: 118, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Addis Ababa"],
      date: "2026-02-03",
    },
  },
  {
    id: "h14a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Eleven deportees from the US arrive in Kigali under migration deal",
    published: "2025-10-20",
    text: `KIGALI — Eleven migrants deported from the United States arrived at Kigali International Airport late on Saturday, the first group to come under the arrangement signed between the two governments in August.

None of them is Rwandan. Government spokesperson Yvette Mukantwari told reporters that the group included four Cameroonians, four Eritreans and three Sudanese, and that they were being housed at a facility in Kicukiro district while their options were assessed.

"They will receive support, health care and the chance to train for work, and those who wish to go home will be helped to do so," Mukantwari said. She declined to say where the flight had come from.

Under the agreement, Rwanda said it would accept up to 250 people from the United States over time. Kigali previously reached a similar deal with the United Kingdom, which London scrapped in 2024 before any flight took off. Uganda and Eswatini have also been named in reports about similar US arrangements.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["CM", "ER", "SD"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["Kigali International Airport"],
      date: "2025-10-18",
    },
  },
  {
    id: "h14a-en-004",
    lang: "en",
    style: "wire",
    title: "Malawi agrees to take third-country deportees from the United States",
    published: "2025-09-24",
    text: `LILONGWE, Sept 24 — Malawi has agreed to accept up to 80 people deported from the United States who are not Malawian citizens, the government said on Tuesday, becoming the latest African country to sign such an arrangement with Washington.

Information Minister Chifundo Banda said the deportees would be screened on arrival and that Malawi would receive US support for "border management and health facilities". He did not say when the first group would arrive or which nationalities would be included.

Opposition lawmakers criticised the deal. "Malawi is not a warehouse for other countries' problems," said Grace Nkhoma, a member of parliament from Blantyre. The country of about 21 million people hosts roughly 50,000 refugees, most of them at the Dzaleka camp.

The United States has pursued similar agreements in Africa and Central America this year as it seeks to remove people whose own countries will not take them back.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MW"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-23",
    },
  },
  {
    id: "h14a-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "64 Filipinos deported from US arrive at NAIA",
    published: "2026-03-09",
    text: `MANILA — Some 64 Filipinos deported from the United States arrived at Ninoy Aquino International Airport Terminal 1 on Sunday, the Bureau of Immigration (BI) said.

The returnees were on a flight from El Paso, Texas, and were met by personnel of the Department of Migrant Workers and the Overseas Workers Welfare Administration, who offered them transport and temporary financial aid.

"Most of them overstayed their visas, and a few were found working without authorization," BI spokesperson Dana Sandoval-Reyes said in a statement. She added that eight of the deportees were women.

Last year the bureau recorded about 1,200 Filipinos returned from the US, most on commercial flights. Officials also noted a rise in Filipinos sent home from Japan and South Korea for overstaying.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 64, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Ninoy Aquino International Airport Terminal 1"],
      date: "2026-03-08",
    },
  },
  {
    id: "h14a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Nineteen Albanians returned by US charter plane",
    published: "2025-06-27",
    text: `TIRANA — A US government-chartered aircraft with 19 Albanian citizens on board landed at Tirana International Airport Nënë Tereza on Thursday, the State Police said in a statement.

The plane had taken off from Baltimore. Police said the returnees, all men between 22 and 51 years old, were checked against national databases and three were detained on outstanding warrants issued by courts in Durrës and Elbasan.

The Interior Ministry said it had cooperated "fully and in a timely manner" with American authorities. Albania has also received regular return flights from the United Kingdom, where Albanians were one of the largest groups crossing the Channel in small boats in 2022.

According to ministry figures, 412 Albanians were returned from EU countries and Britain in the first five months of the year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AL"],
      people: { value: 19, approx: false },
      departure: ["Baltimore"],
      arrival: ["Tirana International Airport Nënë Tereza"],
      date: "2025-06-26",
    },
  },
  {
    id: "h14a-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: "Twenty-three Romanians deported from the United States land in Otopeni",
    published: "2026-01-16",
    text: `BUCHAREST — Twenty-three Romanian citizens deported from the United States landed at Henri Coandă International Airport on January 14, the General Inspectorate of the Border Police said on Friday.

The aircraft, which had taken off from Dallas, was met by border officers and representatives of the Ministry of Foreign Affairs. Officials said the group included two minors travelling with their mothers.

"Some of them had lived in America for many years and had no one waiting for them here," said Ionuț Mărgineanu, who runs a reintegration programme for returned migrants in Craiova.

The removals come shortly after Romania was admitted to the US Visa Waiver Program, a move that Bucharest had sought for more than a decade. Diplomats say a low visa refusal rate and cooperation on returns were among the conditions.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RO"],
      people: { value: 23, approx: false },
      departure: ["Dallas"],
      arrival: ["Henri Coandă International Airport"],
      date: "2026-01-14",
    },
  },
  {
    id: "h14a-en-008",
    lang: "en",
    style: "wire",
    title: "Chad suspends acceptance of US deportation flights",
    published: "2025-07-08",
    text: `N'DJAMENA, July 8 — Chad's government said on Monday it would stop accepting deportation flights from the United States until further notice, in retaliation for Washington's decision to add the country to its travel ban list.

"Chad has no planes to send, but it has its dignity," Communications Minister Ahmat Brahim Tchéré said on national radio. He said the suspension applied to charter flights and to Chadians escorted on commercial flights.

The United States did not immediately comment. US records show only a few dozen Chadians have been removed in recent years, far fewer than nationals of neighbouring Nigeria or Cameroon.

Chad hosts more than 1.3 million refugees, most of them from Sudan, and relies heavily on Western humanitarian funding.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["TD"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-07",
    },
  },
  {
    id: "h14a-en-009",
    lang: "en",
    style: "wire",
    title: "Suriname braces for first US deportation charter in two years",
    published: "2026-04-22",
    text: `PARAMARIBO, April 22 — A flight carrying about 30 Surinamese nationals deported from the United States is expected to land at Johan Adolf Pengel International Airport on Friday, the Ministry of Justice and Police said.

The charter will leave from Miami, officials said, and the returnees will be received by the Immigration Service and the Military Police before being released to relatives.

"We have been informed of the names and we are preparing," Justice Minister Rudi Kartosen told parliament on Tuesday. He said several of the deportees had served prison sentences in Florida.

Neighbouring Guyana received two US removal flights last year, while French Guiana regularly returns Surinamese who cross the Marowijne River without papers.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["SR"],
      people: { value: 30, approx: true },
      departure: ["Miami"],
      arrival: ["Johan Adolf Pengel International Airport"],
      date: "2026-04-24",
    },
  },
  {
    id: "h14a-en-010",
    lang: "en",
    style: "wire",
    title: "More than a hundred Mauritanians flown home from the US",
    published: "2025-03-12",
    text: `NOUAKCHOTT, March 12 — More than a hundred Mauritanian men deported from the United States arrived in Nouakchott on Monday night, relatives and a local rights group said.

The plane had flown from Louisiana and landed at Nouakchott–Oumtounsy International Airport shortly before midnight, said Mohamed Lemine Ould Sidi of the Association for Migrants' Rights. Several of the men said they had been held for months in detention centres in Texas and Louisiana.

"I sold my family's cattle to pay for the journey. Now I come back with nothing," said one returnee, who asked not to be named.

Thousands of Mauritanians travelled to the US border in 2023 via flights to Nicaragua and overland through Central America and Mexico. US Border Patrol recorded more than 15,000 encounters with Mauritanian nationals that year, up from a few hundred in 2021.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 100, approx: true },
      departure: ["Louisiana"],
      arrival: ["Nouakchott–Oumtounsy International Airport"],
      date: "2025-03-10",
    },
  },
  {
    id: "h14a-en-011",
    lang: "en",
    style: "receiving-country-local",
    title: "31 Nepalis deported from America return home",
    published: "2025-12-02",
    text: `KATHMANDU — Thirty-one Nepalis deported from the United States arrived at Tribhuvan International Airport on Monday morning, officials at the Department of Immigration said.

The group, including five women, was brought on a chartered aircraft and handed over to the airport immigration office. Police questioned several of them about the agents who had arranged their journeys through South America and Mexico.

"Families pay up to 8 million rupees for these routes," said Inspector Bishnu Prasad Adhikari of the Central Investigation Bureau. "We are now collecting details to take action against the brokers."

In August, 14 Nepalis deported from the US had returned on commercial flights via Doha. Nepal's government estimates that several thousand of its citizens are living in the US without legal status, while hundreds of thousands work in Malaysia and the Gulf.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 31, approx: false },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2025-12-01",
    },
  },
  {
    id: "h14a-en-012",
    lang: "en",
    style: "receiving-country-local",
    title: "38 deportees from US arrive at Norman Manley",
    published: "2026-05-29",
    text: `KINGSTON — Thirty-eight Jamaicans deported from the United States arrived at the Norman Manley International Airport yesterday on a charter flight that left Houston in the morning.

The deportees, 35 men and three women, were processed by the Passport, Immigration and Citizenship Agency and the police's Criminal Investigation Branch. Officials said 22 had been convicted of offences in the US.

"We cannot simply release them into the communities without support," said Marcia Blackwood-Henry of the National Organization of Deported Migrants, which provides temporary housing in downtown Kingston.

Jamaica receives several hundred deportees a year from the United States, the United Kingdom and Canada. A planned British charter to Kingston in 2023 was reduced after last-minute legal challenges in London.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 38, approx: false },
      departure: ["Houston"],
      arrival: ["Norman Manley International Airport"],
      date: "2026-05-28",
    },
  },
];
