// Held-out news corpus no. 10 (part a). This set is only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, docs/alerts.md or any
// other corpus file). Every name, quote, number and outlet detail is invented for this project.
import type { CorpusArticle } from "./types";

export const HOLDOUT10A: CorpusArticle[] = [
  {
    id: "h10a-en-001",
    lang: "en",
    style: "wire",
    title: "U.S. flies 118 Senegalese home as West African removals climb",
    published: "2025-03-13",
    text: `DAKAR, Senegal — A chartered plane carrying 118 Senegalese men deported from the United States touched down at Blaise Diagne International Airport on Tuesday, the second such flight to the West African country this year, the interior ministry said.

The aircraft left Alexandria, Louisiana, and refuelled once on the Atlantic crossing, according to a ministry statement read on state television. Officials said the passengers had all crossed the U.S. southern border after 2023 and had exhausted their appeals.

"They are our children, and we received them as such," said Aminata Ndour Fall, a ministry spokeswoman, adding that each man was given a meal, a telephone call and a small transport allowance before being released to relatives waiting outside the cargo terminal.

Senegalese officials estimate that some 4,000 of their nationals remain in U.S. immigration detention or under final orders. Neighbouring Mauritania, whose citizens also travelled in large numbers through Nicaragua and Mexico in 2023, received a separate flight in January, according to advocacy groups that track the charters.

The U.S. Department of Homeland Security did not comment on the flight, saying it does not discuss removal operations for security reasons. In fiscal year 2024 the agency reported more than 270,000 removals to some 190 countries.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN"],
      people: { value: 118, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Blaise Diagne International Airport"],
      date: "2025-03-11",
    },
  },
  {
    id: "h10a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 64 Georgian nationals on charter flight to Tbilisi",
    published: "2025-06-05",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) removed 64 Georgian nationals to Tbilisi, Georgia, June 3 on a charter flight departing from Mesa, Arizona.

All 64 individuals had received final orders of removal from an immigration judge with the Justice Department's Executive Office for Immigration Review. Eleven of them had criminal convictions or pending charges in the United States, including for burglary, fraud and driving under the influence.

"This operation reflects strong cooperation with our partners in the Government of Georgia," said ERO Phoenix Field Office Director Lawrence M. Kettering. "We will continue to carry out the removal orders issued by our immigration courts."

ICE Air Operations facilitates the transfer and removal of noncitizens via commercial airlines and chartered flights in support of ICE field offices. In fiscal year 2024, ERO conducted removals to more than 190 countries, including Armenia, Moldova and Ukraine in the same region.

Due to operational security reasons, ICE does not confirm or discuss future or pending transportation operations.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 64, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tbilisi"],
      date: "2025-06-03",
    },
  },
  {
    id: "h10a-en-003",
    lang: "en",
    style: "us-local-feature",
    title: "From Queens to Georgetown, with a plastic bag and a phone number",
    published: "2024-11-21",
    text: `The last thing Devon Ramcharran saw of New York was a parking lot in New Jersey, through the mesh window of a white bus. Three days later he was standing in the arrivals hall of Cheddi Jagan International Airport with a plastic bag of paperwork, a phone with no charge and a cousin's number written on the back of his hand.

Ramcharran, 41, who ran a tyre shop in Richmond Hill for nearly two decades, was among about 40 Guyanese men and women deported on a chartered flight that left Miami on Monday, according to the Guyana Ministry of Home Affairs and relatives who met the plane. He had missed an immigration hearing in 2009, he said, after a notice went to an old address.

"I pay taxes, I coach the cricket team, my daughter is at Queens College," he said in a phone interview from his aunt's house on the East Bank of Demerara. "None of that mattered in the end."

The flight was the first charter to Guyana since the spring. Guyanese officials said the group included people who had lived in the United States for more than 20 years, and several who had never lived in Guyana as adults. Neighbouring Trinidad and Tobago and Suriname receive their own removals mostly on commercial flights, a home affairs official said.

Advocates in Queens, home to one of the largest Guyanese communities outside the country, said they were fielding calls from families who learned of the removals only after the plane landed. A volunteer legal clinic at a Liberty Avenue temple plans to hold a know-your-rights session next month.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GY"],
      people: { value: 40, approx: true },
      departure: ["Miami"],
      arrival: ["Cheddi Jagan International Airport"],
      date: "2024-11-18",
    },
  },
  {
    id: "h10a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "23 deportees from US arrive in Harare",
    published: "2026-02-07",
    text: `HARARE — Twenty-three Zimbabweans deported from the United States arrived at Robert Gabriel Mugabe International Airport this morning aboard a chartered aircraft, the Ministry of Foreign Affairs and International Trade has confirmed.

The returnees, 19 men and four women, were received by officials from the Department of Immigration, the International Organization for Migration and the Zimbabwe Republic Police before being screened and handed over to their families.

Permanent secretary Mr Tendai Mushonga said Government had been notified of the flight two weeks in advance. "These are our citizens and we have a duty to receive them with dignity. The majority have no criminal record in Zimbabwe," he said.

Mr Mushonga said about 1 100 Zimbabweans were believed to hold final removal orders in the United States, while the United Kingdom and South Africa had also stepped up returns in recent years. South Africa alone deported more than 30 000 Zimbabweans by road through Beitbridge last year.

Some of the returnees said they had been held in detention centres in Texas and Louisiana for up to eight months.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ZW"],
      people: { value: 23, approx: false },
      departure: [],
      arrival: ["Robert Gabriel Mugabe International Airport"],
      date: "2026-02-07",
    },
  },
  {
    id: "h10a-en-005",
    lang: "en",
    style: "wire-third-country",
    title: "Cameroon takes in 11 African deportees it says are not its citizens",
    published: "2025-10-16",
    text: `YAOUNDE, Cameroon — Eleven people deported from the United States, none of them Cameroonian, landed at Yaoundé Nsimalen International Airport on Wednesday under an arrangement that Cameroon's government had not previously made public, officials and a lawyer for one of the men said.

The group included five Eritreans, three Ethiopians, two Somalis and a Sudanese man, according to a list seen by reporters. Several had been granted protection from return to their own countries by U.S. immigration judges, said Mariam Okafor, a Washington lawyer who represents one of the Eritreans. The charter had departed from Louisiana, she said.

"My client won withholding of removal to Eritrea. He has never set foot in Cameroon and does not speak French," Okafor said. "He was told at four in the morning, in Louisiana, that he was getting on a plane."

Cameroon's communication minister, Jean-Pierre Mballa, said the men would be lodged in a government facility while the U.N. refugee agency examined their situations, and that the United States would bear the costs. He declined to say how many more people Cameroon would accept.

The flight is one of a growing number of U.S. removals to countries other than a person's own. Since last year, Washington has sent deportees to Costa Rica, Panama, Eswatini, South Sudan, Rwanda and Ghana, among others, often under agreements disclosed only after the first plane arrived.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      nationalities: ["ER", "ET", "SO", "SD"],
      people: { value: 11, approx: false },
      departure: ["Louisiana"],
      arrival: ["Yaoundé Nsimalen International Airport"],
      date: "2025-10-15",
    },
  },
  {
    id: "h10a-en-006",
    lang: "en",
    style: "receiving-country-local-policy",
    title: "Zambia says no to U.S. request to host other countries' deportees",
    published: "2026-04-22",
    text: `LUSAKA — Zambia will not accept foreign nationals deported from the United States who are not Zambian citizens, Foreign Affairs Minister Chanda Mwale said on Tuesday, ending weeks of speculation about a proposed arrangement with Washington.

"Zambia will continue to receive its own citizens, as it always has. But we are not a transit yard for people from elsewhere," Mwale told Parliament in response to a question from the opposition benches.

He confirmed that the U.S. embassy had in February asked whether Zambia would consider accepting "third-country nationals" in exchange for assistance with a copper-corridor rail project, but said Cabinet had declined the request at its last sitting.

Neighbouring countries have taken different positions. Malawi is reported to be studying a similar request, while Eswatini and Rwanda have received deportees of other nationalities since 2025. Zambia's own nationals in the United States number fewer than 25 000, according to embassy estimates.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["ZM"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-21",
    },
  },
  {
    id: "h10a-en-007",
    lang: "en",
    style: "receiving-country-local-planned",
    title: "First U.S. charter with Nepali deportees expected at TIA next week",
    published: "2025-08-29",
    text: `KATHMANDU — A chartered aircraft carrying roughly 90 Nepali nationals ordered removed from the United States is scheduled to land at Tribhuvan International Airport next Thursday, the Department of Immigration said on Friday.

It would be the first charter flight dedicated to Nepali deportees. Until now, the roughly 400 Nepalis returned from the US each year have travelled in small groups on commercial flights through Doha or Delhi, officials said.

According to a notice sent to the Home Ministry, the aircraft will depart from El Paso, Texas, and make a refuelling stop in the Gulf. Immigration officials said a reception desk staffed by police, health workers and the Foreign Employment Board would be set up in the international terminal.

"Most of them paid agents between 4 and 7 million rupees to reach the border," said Ramesh Adhikari, spokesperson of the Department of Immigration. "Many families are in debt. We want to make sure nobody leaves the airport without help to reach home."

Human rights groups in Kathmandu have urged the government to ensure that returnees are not detained on arrival over the loans or the documents they used to travel.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["NP"],
      people: { value: 90, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Tribhuvan International Airport"],
      date: "2025-09-04",
    },
  },
  {
    id: "h10a-en-008",
    lang: "en",
    style: "agency-brief",
    title: "US deportation plane with 127 Indians lands in Amritsar",
    published: "2024-09-16",
    text: `AMRITSAR, Sept 16 — A US aircraft carrying 127 Indian nationals deported from the United States landed at Sri Guru Ram Dass Jee International Airport here on Sunday evening, police said. Most of those on board were from Punjab, Haryana and Gujarat.

Officials said the deportees were questioned by immigration and police teams before being allowed to leave with their families. No arrests were made, a senior police officer said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 127, approx: false },
      departure: [],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2024-09-15",
    },
  },
  {
    id: "h10a-en-009",
    lang: "en",
    style: "qa-explainer",
    title: "Why did a deportation flight go to Angola? What we know",
    published: "2026-01-14",
    text: `A U.S. government charter carrying deportees landed in Luanda this week, one of the longest removal flights of the winter. Here is what we know, and what we don't.

Who was on board?
According to Angola's Migration and Foreigners Service (SME), 31 Angolan citizens, 26 men and five women. The SME said all had final orders of removal and that none were minors.

Where did it come from and when did it land?
Flight-tracking volunteers say the aircraft took off from Alexandria, Louisiana, and stopped in Cape Verde to refuel. It landed at Dr. António Agostinho Neto International Airport on Monday evening, local time.

Why Angola?
Angolans were among the fastest-growing groups of asylum seekers arriving at the U.S.-Mexico border in 2022 and 2023, many after flying to Brazil or Ecuador. U.S. officials have pressed Luanda, as well as Cameroon and Mauritania, to accept more charters rather than individual returns on commercial flights.

Will there be more?
Probably. An SME official told local radio that "other flights are being discussed," without giving numbers. ICE, as a rule, does not comment on future flights.

What happens to the returnees?
They were interviewed by SME and the national police and released the same night, the agency said. Lawyers in Luanda said at least two had unresolved criminal cases at home.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AO"],
      people: { value: 31, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Dr. António Agostinho Neto International Airport"],
      date: "2026-01-12",
    },
  },
  {
    id: "h10a-en-010",
    lang: "en",
    style: "quote-driven-wire",
    title: "'Forty-two of our citizens came home today,' Iraq says of U.S. flight",
    published: "2025-12-11",
    text: `BAGHDAD — "Forty-two Iraqi citizens whose asylum claims were rejected in the United States arrived at Baghdad International Airport early on Wednesday, and all of them have been received by our teams," Ministry of Migration and Displaced spokesman Ali Jabbar al-Saadi said in a video statement.

"The flight originated in Texas and stopped in Europe before coming to Baghdad," al-Saadi said. "Among them are families from Nineveh and Kurdistan. We will register them for the reintegration grant like any returnee."

The U.S. embassy in Baghdad referred questions to the Department of Homeland Security, which did not respond.

Iraq has for years resisted charter removals, accepting mostly individuals who signed voluntary-return papers. The issue became a sticking point between the two governments after Washington threatened visa sanctions in 2020. Some 1,400 Iraqis were believed to have final removal orders in the United States, many of them Chaldean Christians in Michigan.

Germany, Sweden and the Netherlands also returned several hundred Iraqis this year, mostly on scheduled flights through Istanbul and Erbil.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IQ"],
      people: { value: 42, approx: false },
      departure: ["Texas"],
      arrival: ["Baghdad International Airport"],
      date: "2025-12-10",
    },
  },
  {
    id: "h10a-en-011",
    lang: "en",
    style: "near-miss-uk-charter",
    title: "Home Office charter returns 96 Albanians from Stansted",
    published: "2025-05-20",
    text: `LONDON — A Home Office charter flight carrying 96 Albanian nationals left Stansted Airport for Tirana on Monday night, the largest single returns flight to Albania this year, the department said.

The group included foreign national offenders released from British prisons and people whose asylum claims had failed, the Home Office said. Since a returns agreement was signed with Tirana in 2022, more than 12,000 Albanians have been removed from the UK.

"We will keep removing those who have no right to be here," a Home Office minister said in a statement. Refugee charities criticised the flight, saying some passengers had been given less than a week's notice.

Separately, the Home Office said it had chartered flights this spring to Vietnam, Georgia and Nigeria. The United States and several European Union countries have also expanded their own removal programmes, but the department said Britain's agreements with Albania remained "the model."`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-en-012",
    lang: "en",
    style: "near-miss-opinion",
    title: "Opinion: The cells we don't see before the flights we count",
    published: "2026-03-26",
    text: `We have become very good at counting planes. Volunteers track every ICE Air charter from Mesa, San Antonio and Alexandria; cable news shows the tail numbers; officials boast of the monthly totals. What we are not good at counting is the days people spend in a windowless room before they ever see a runway.

Last month I spent an afternoon with a woman who had been held for 14 months in a county jail in Georgia that contracts with ICE. She had no criminal record. She described a unit where the lights never went off, where the commissary sold instant soup at four times the street price, and where a single telephone served 60 women.

The agency's own inspection reports, released under the Freedom of Information Act, describe missing medical records and broken sinks at more than a dozen such facilities. Average daily detention now exceeds 60,000 people, a record, and the number of facilities has grown faster than the staff to inspect them.

None of this requires a position on how many people the country should deport. It requires only that we treat the people we hold as people, and that Congress fund the inspectors it created. Counting flights is easy. Counting the nights before them is the work.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-en-013",
    lang: "en",
    style: "near-miss-single-commercial",
    title: "Galway-born bartender deported after 30 years in Boston",
    published: "2024-07-10",
    text: `BOSTON — Seán Ó Flatharta had tended bar in Dorchester for three decades. On Tuesday, escorted by two immigration officers, he boarded an Aer Lingus flight to Dublin, deported after a judge refused to reopen a removal order from 1998.

Ó Flatharta, 58, came to the United States on a tourist visa in 1993 and stayed. He was arrested by Immigration and Customs Enforcement at a routine check-in in April, his lawyer, Deirdre Quinlan, said.

"He was the only passenger in handcuffs in row 34," Quinlan said. "He has an American wife and two American sons. There is no reason in the world for this."

Irish officials estimate that between 10,000 and 15,000 undocumented Irish people live in the United States. The Department of Foreign Affairs in Dublin said consular staff had been in contact with Ó Flatharta's family.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-en-014",
    lang: "en",
    style: "near-miss-japan-charter",
    title: "Japan charters plane to deport 44 Sri Lankans",
    published: "2025-09-30",
    text: `TOKYO — Japan's Immigration Services Agency deported 44 Sri Lankan nationals on a chartered flight from Narita Airport to Colombo on Sunday, the agency said, the largest group removal from the country since a revised immigration law took effect last year.

The revised law allows the agency to deport asylum seekers who have applied three or more times. Rights groups said at least nine of those on the flight had pending court cases.

"The revised law is being applied strictly and fairly," an agency official told reporters. Japan carried out similar charters to Thailand and the Philippines earlier this year.

The United States, by comparison, removed several hundred Sri Lankans last year, mostly on commercial flights, according to figures published by the Sri Lankan foreign ministry.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-en-015",
    lang: "en",
    style: "wire-third-country",
    title: "Guinea-Bissau confirms arrival of West Africans deported by Washington",
    published: "2026-05-08",
    text: `BISSAU — Guinea-Bissau's government confirmed on Friday that fourteen West African nationals deported from the United States had arrived in the country, the first group of foreigners it has taken in under an arrangement with Washington.

The plane landed at Osvaldo Vieira International Airport late on Thursday, Interior Minister Braima Sambú said at a news conference. He said the group was made up of Sierra Leoneans, Liberians, Guineans and Malians, none of them Bissau-Guinean.

"Under the free-movement rules of our region, these brothers do not need a visa to be here, and we will help them travel onward," Sambú said. He did not say whether they had been offered a choice.

A U.S. State Department spokesperson said the United States was "grateful to partners who help ensure removal orders are carried out," and declined to discuss the terms.

Ghana accepted a similar group last year. Senegal, Liberia and Gabon have been approached, diplomats in the region say, but have not announced any agreement.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GW"],
      nationalities: ["SL", "LR", "GN", "ML"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["Osvaldo Vieira International Airport"],
      date: "2026-05-07",
    },
  },
];
