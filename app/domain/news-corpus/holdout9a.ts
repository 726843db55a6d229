// Held-out news corpus no. 9 (part a). Only ever SCORED, never tuned to: no extractor change may be
// made by looking at these articles. Written by a writer who read only types.ts (not the extractor,
// its tests, docs/alerts.md or any other corpus file). Every name, quote and number is invented; no
// sentence is copied from any outlet.
import type { CorpusArticle } from "./types";

export const HOLDOUT9A: CorpusArticle[] = [
  {
    id: "h9a-en-001",
    lang: "en",
    style: "wire",
    title: "Sierra Leone receives 41 citizens on U.S. deportation charter",
    published: "2025-03-14",
    text: `FREETOWN, Sierra Leone (Reuters-style wire) — A chartered aircraft carrying 41 Sierra Leoneans removed from the United States touched down at Lungi International Airport on Wednesday, the country's immigration department said, the largest single group returned from America in more than two years.

The plane had left Alexandria, Louisiana, late on Tuesday, according to a statement from the department, which said all of those on board were adult men and that eleven had served prison sentences in the United States. Officials declined to give the names of the returnees.

"They are Sierra Leoneans and they are welcome in their own country," said Abubakarr Kamanda, a deputy director at the department, speaking to reporters at the airport. "We will register each of them and help those who have no family here to find somewhere to stay."

Sierra Leone received 27 deportees on a similar flight in November, and U.S. officials have said roughly 1,900 Sierra Leonean nationals in the United States hold final orders of removal. Washington restricted some visa categories for Sierra Leonean officials in 2017 over what it said was slow cooperation on returns, a measure lifted the following year.

Neighbouring Guinea has also received several removal flights from the United States since January, while Liberia's government said this week it was preparing for a flight of its own later in the spring.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SL"],
      people: { value: 41, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Lungi International Airport"],
      date: "2025-03-12",
    },
  },
  {
    id: "h9a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 63 Ethiopian nationals on charter flight",
    published: "2025-10-17",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement removed 63 Ethiopian nationals Oct. 15 on a charter flight from Mesa, Arizona, to Addis Ababa, Ethiopia. The removal was coordinated by ICE Air Operations with support from the ICE Enforcement and Removal Operations (ERO) field offices in Phoenix, Chicago and Washington.

Among those removed was a 44-year-old man convicted in Minnesota of felony assault and a 37-year-old man who had been ordered removed by an immigration judge in 2019 and remained in the United States after exhausting his appeals.

"This flight shows what we can accomplish when a partner government works with us to confirm the identity and citizenship of its nationals," said ERO Phoenix Field Office Director Marisol Teague. "Every person on board received full due process before an immigration judge."

The United States removes foreign nationals who lack a lawful basis to remain in the country, consistent with U.S. law. This policy applies to all noncitizens regardless of nationality. In fiscal year 2024, ERO conducted more than 268,000 removals to more than 180 countries worldwide.

Due to operational security reasons, ICE does not confirm or discuss future or pending transportation operations.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ET"],
      people: { value: 63, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Addis Ababa"],
      date: "2025-10-15",
    },
  },
  {
    id: "h9a-en-003",
    lang: "en",
    style: "us-local",
    title: "Columbus Mauritanians wait for word after deportation flight",
    published: "2025-06-05",
    text: `Members of Columbus's Mauritanian community spent Wednesday on the phone, trying to reach brothers, cousins and neighbors who had been held for months in immigration detention and were, by Tuesday night, on the other side of the Atlantic.

About 90 Mauritanian men were aboard a charter flight that landed in Nouakchott on Tuesday, according to the Mauritanian Community Association of Central Ohio, which said it had spoken with several passengers after their arrival. The flight originated in Louisiana, where many of the men had been transferred from jails in Ohio and Kentucky.

"Some of them have been here six, seven years. They have children in Columbus schools," said Oumar Dia, the association's secretary, at the group's office on the city's north side. "One of them called me from the airport and he could not stop crying."

Community leaders estimate that 4,000 to 5,000 Mauritanians live in central Ohio, many of whom arrived after 2022 by flying to Nicaragua and crossing Mexico. A Columbus immigration attorney, Rebecca Lindqvist, said at least a dozen of her clients had pending asylum appeals when they were detained this spring.

ICE did not respond to questions about the flight by Wednesday evening. A spokesperson for the agency said in April that the government of Mauritania had been "cooperative" in issuing travel documents. Senegal, which borders Mauritania to the south, received a separate removal flight from the United States in March.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 90, approx: true },
      departure: ["Louisiana"],
      arrival: ["Nouakchott"],
      date: "2025-06-03",
    },
  },
  {
    id: "h9a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "'We received our brothers': Gov't confirms deportees' arrival from America",
    published: "2025-08-21",
    text: `MONROVIA — "We received twenty-three of our brothers at Roberts International Airport, all of them removed from the United States on a chartered plane, and I want to assure their families that they are safe and in the care of the Liberian government," Deputy Foreign Minister Theophilus K. Gbarbea told journalists at the ministry on Wednesday.

"Some of them left this country when they were small boys during the war. They do not know anybody here. Some of them do not even have a Liberian ID," the minister said. "We are not going to throw them on the street. The Liberia Immigration Service and the Ministry of Internal Affairs are working with us to find their relatives."

According to the ministry, the aircraft touched down shortly after 5 a.m. on Tuesday, and the returnees were taken to a guest house in Paynesville for processing. The minister did not say where the flight had departed from.

Liberians in the United States, particularly in Minnesota, Rhode Island and Pennsylvania, have for years been shielded by the Deferred Enforced Departure program and a 2019 path to residency. Officials in Washington have estimated that about 3,000 Liberians nonetheless hold final removal orders.

Ghana and Sierra Leone have also received deportation flights this year, and civil society groups in Monrovia have urged the government to set up a reintegration fund like the one Accra launched in 2023.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["LR"],
      people: { value: 23, approx: false },
      departure: [],
      arrival: ["Roberts International Airport"],
      date: "2025-08-19",
    },
  },
  {
    id: "h9a-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "FG: Nigeria will not take non-Nigerian deportees from US",
    published: "2025-09-12",
    text: `ABUJA — The Federal Government on Thursday said Nigeria would not accept people deported from the United States who are not Nigerian citizens, rejecting what officials described as repeated requests from Washington to serve as a destination for third-country nationals.

Speaking at a press briefing in Abuja, the Minister of Foreign Affairs, Ambassador Chukwuemeka Odoh, said Nigeria "has enough on its plate" and would continue to receive only its own nationals whose citizenship had been verified by Nigerian missions.

"We have told our American friends clearly: a Venezuelan, a Ghanaian or anybody else who is not a Nigerian will not be landed on Nigerian soil," Odoh said. "We will not be a dumping ground. We will receive our own citizens, as we have always done."

The minister said 211 Nigerians had been returned from the United States on charter and commercial flights since January, compared with 146 in the whole of 2024. He said the Nigerian Immigration Service had set up a desk at the Nnamdi Azikiwe International Airport to receive them.

The statement comes as the U.S. administration presses governments in Africa, Central America and Central Asia to accept deportees from other countries, and after Washington placed partial visa restrictions on Nigerian nationals in July, a move Abuja has asked to be reversed.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["NG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-11",
    },
  },
  {
    id: "h9a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "About 50 Kenyans to be flown home from US next week",
    published: "2026-03-11",
    text: `NAIROBI — A chartered flight carrying about 50 Kenyans facing deportation from the United States is expected to land at Jomo Kenyatta International Airport on Tuesday next week, the State Department for Diaspora Affairs said yesterday.

Principal Secretary Wanjiru Kamau-Otieno said the aircraft would depart from Miami with a refuelling stop, and that Kenyan officials had interviewed each of the deportees by video link to confirm their nationality.

"These are our people and we shall receive them with dignity," she said. "Those who need medical attention or counselling will get it at the airport before they go home to their families."

Kenya has received about 300 of its citizens from the United States since January 2025, most of them on commercial flights escorted by U.S. officers, the diaspora department said. It said 1,400 Kenyans in the United States are believed to have final orders of removal.

Separately, the department said it was monitoring the situation of Kenyan domestic workers in Saudi Arabia, 87 of whom were repatriated from Riyadh last month.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["KE"],
      people: { value: 50, approx: true },
      departure: ["Miami"],
      arrival: ["Jomo Kenyatta International Airport"],
      date: "2026-03-17",
    },
  },
  {
    id: "h9a-en-007",
    lang: "en",
    style: "wire",
    title: "Equatorial Guinea takes in nine African deportees from US, none of them its own",
    published: "2025-11-07",
    text: `MALABO (AFP-style wire) — Equatorial Guinea has received nine people deported by the United States, none of them Equatoguinean, on a flight that landed in Malabo on Thursday, the government said in a statement read on state television.

The group was made up of four Cameroonians, three nationals of the Democratic Republic of Congo and two Sudanese, the statement said, adding that they would be housed "temporarily" while arrangements were made for their onward travel.

The central African country did not say what it had received in return. Human rights groups have criticised similar arrangements under which the United States has sent deportees to countries in Africa with which they have no connection, including Eswatini and South Sudan earlier this year.

"These people have no lawyer, no family and no language in common with the officials who are holding them," said Nadège Ebang, a researcher for a regional human rights group based in Libreville, Gabon. She said at least two of the men had pending asylum claims in the United States.

The Department of Homeland Security has said third-country removals are lawful and are used when a deportee's own country refuses to take them back or delays issuing travel documents.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GQ"],
      nationalities: ["CM", "CD", "SD"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["Malabo"],
      date: "2025-11-06",
    },
  },
  {
    id: "h9a-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "Sixteen deportees land at Piarco",
    published: "2026-01-29",
    text: `Sixteen nationals deported from the United States arrived at Piarco International Airport yesterday afternoon, the Ministry of National Security confirmed last night.

The group, 14 men and two women, came in on a charter which originated in Fort Lauderdale, a ministry spokesman said. They were processed by immigration officers and members of the Criminal Records Office before being released to relatives. Three were taken to a police station in Arima to answer outstanding warrants.

"Trinidad and Tobago has never refused to take back its own citizens and we are not about to start," National Security Minister Kerwin Baptiste-Ramjit told the Express. "But we have asked the Americans for their criminal records in advance, so that our police can do their work."

Last year, 212 deportees arrived in the country from the United States, Canada and the United Kingdom combined, according to ministry figures. A deportation flight from Toronto is expected in February.

The minister also repeated that the government had no plans to accept Venezuelans or other non-nationals removed from the United States, a question raised in the Parliament last week.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TT"],
      people: { value: 16, approx: false },
      departure: ["Fort Lauderdale"],
      arrival: ["Piarco International Airport"],
      date: "2026-01-28",
    },
  },
  {
    id: "h9a-en-009",
    lang: "en",
    style: "receiving-country-local",
    title: "Will The Bahamas take deportees of other nations? Government says no",
    published: "2025-07-16",
    text: `NASSAU — Will The Bahamas become a landing place for people the United States wants to deport but cannot send home? Not on this government's watch, the Office of the Prime Minister said yesterday.

In a statement issued after a meeting of Cabinet, the government said it had "considered and declined" a request from Washington to accept nationals of third countries removed from the United States. "The Bahamas is a small country with limited capacity, and our detention centre is already full," the statement said.

Minister of Foreign Affairs Frederick Rolle-Mitchell said the decision had been communicated to the U.S. Embassy. "We have a very good relationship with the United States, and that will continue. We will continue to accept Bahamians who are returned. But we are not in a position to receive Haitians, Cubans or anyone else on America's behalf," he said.

The Department of Immigration separately repatriated 112 Haitians to Cap-Haïtien on a Bahamasair charter last week, its third such flight this year.

Opposition leader Dion Thompson-Knowles welcomed the decision but said the government should have been more transparent about what Washington had offered in exchange.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BS"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-15",
    },
  },
  {
    id: "h9a-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "39 Bangladeshis deported from US return home",
    published: "2025-12-08",
    text: `Thirty-nine Bangladeshis deported from the United States returned home on Sunday night aboard a chartered flight which landed at Hazrat Shahjalal International Airport around 10:30pm.

The flight had left Texas on Friday, according to officials of the Armed Police Battalion at the airport, who said most of the returnees were from Sylhet, Noakhali and Cumilla. Many of them had reached the US border through South America after paying brokers between Tk 30 lakh and Tk 45 lakh, they said.

"I sold my father's land to go. Now I am coming back with nothing but this bag," one returnee from Sylhet told reporters outside the terminal, declining to give his name.

With this flight, 187 Bangladeshis have been sent back from the United States this year, according to the migration programme of a Dhaka-based development organisation, which provided food and transport money to the returnees. A further 1,100 Bangladeshis returned from Malaysia and Saudi Arabia in November alone, the organisation said.

The Expatriates' Welfare Ministry said it would offer the returnees low-interest loans through Probashi Kallyan Bank.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 39, approx: false },
      departure: ["Texas"],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2025-12-07",
    },
  },
  {
    id: "h9a-en-011",
    lang: "en",
    style: "radio-bulletin",
    title: "Evening news bulletin: deportees from US arrive at Katunayake",
    published: "2026-02-24",
    text: `Good evening. The headlines at seven. A group of around thirty Sri Lankans deported from the United States arrived at the Bandaranaike International Airport in Katunayake this morning, the Department of Immigration and Emigration says. They were questioned by the Criminal Investigation Department and released to their families by midday.

Police say two of the returnees are wanted in connection with a human smuggling case filed in Negombo in 2023. In other news, the Central Bank has kept its policy rates unchanged, and the Meteorology Department warns of heavy showers in the Western and Sabaragamuwa provinces tonight.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["LK"],
      people: { value: 30, approx: true },
      departure: [],
      arrival: ["Bandaranaike International Airport"],
      date: "2026-02-24",
    },
  },
  {
    id: "h9a-en-012",
    lang: "en",
    style: "live-blog",
    title: "LIVE: Deportation charter from the US lands in Chișinău",
    published: "2025-05-20",
    text: `Live updates, Tuesday 20 May. Our correspondents are at the airport.

11:05 — Border Police spokesperson Natalia Ciobanu says the returnees will be free to go once their documents are checked. "Nobody is being arrested today, unless there is an existing warrant," she says. Relatives waiting outside the terminal have been told to expect a wait of two to three hours.

10:42 — The charter from the United States has landed at Chișinău International Airport. Border Police confirm 22 Moldovan citizens are on board: 17 men, three women and two teenagers travelling with a parent.

09:50 — A reminder: last October a similar flight brought 31 Moldovans back from the US. According to the Bureau for Diaspora Relations, about 3,000 Moldovans have entered the US via the Mexican border since 2022, many of them after flying to Cancún.

09:15 — The aircraft left Alexandria, Louisiana, overnight and made a technical stop in Shannon, Ireland, according to flight-tracking data. It is expected on the ground within the hour.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MD"],
      people: { value: 22, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Chișinău International Airport"],
      date: "2025-05-20",
    },
  },
];
