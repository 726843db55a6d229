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
  {
    id: "h9a-en-013",
    lang: "en",
    style: "receiving-country-local",
    title: "Charter with Armenians ordered removed from US due next week",
    published: "2026-04-03",
    text: `YEREVAN — A chartered aircraft carrying up to 40 Armenian citizens ordered removed from the United States is scheduled to land at Zvartnots International Airport on April 8, the Migration and Citizenship Service said on Thursday.

The aircraft is expected to leave Los Angeles, where most of the returnees had been living, the service said in a written reply to questions. It added that Armenian consular officers in California had confirmed the citizenship of each person on the list.

"We are talking about people who, in most cases, have lived in America for many years and have relatives here whom they have not seen for a long time," said Anahit Grigoryan, the head of the service's returns department. "Our task is to make sure they can get documents, register and find work."

Last year 65 Armenians returned from the United States on commercial flights under escort, according to the service. The Armenian community in the Los Angeles area, centred on Glendale, is estimated at more than 200,000 people.

The service said it had not been asked to accept citizens of other countries, following reports in Georgian media that Tbilisi had received such a request.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["AM"],
      people: { value: 40, approx: true },
      departure: ["Los Angeles"],
      arrival: ["Zvartnots International Airport"],
      date: "2026-04-08",
    },
  },
  {
    id: "h9a-en-014",
    lang: "en",
    style: "explainer",
    title: "Q&A: What we know about this week's deportation flight to Mogadishu",
    published: "2025-09-26",
    text: `A U.S. government charter carrying Somali deportees landed in the Somali capital this week, the first such flight in several months. Here is what we know so far.

When did the flight land? On Wednesday afternoon, at Aden Adde International Airport, according to Somalia's Immigration and Citizenship Agency. Journalists were not allowed onto the tarmac.

How many people were on board? Officials in Mogadishu said "more than 100" Somali nationals were returned. They did not give an exact figure, and the Department of Homeland Security declined to provide one.

Where did it come from? A U.S. official said the aircraft left El Paso, Texas, and stopped to refuel before crossing the Atlantic. Many of the deportees had been held in detention centres in Texas and New Mexico; some had lived in Minnesota and Ohio.

Is this new? No. Removal flights to Somalia have taken place under several administrations, including a 2017 flight that turned back after a crew rest stop. What is new is the pace: community groups in Minneapolis say at least three flights have been planned this year, against one in 2024.

What happens to the deportees now? The agency said they would be screened and released to relatives. Rights groups warn that people returned after decades abroad face risks from al-Shabab and have little support. The U.S. designation of Temporary Protected Status for Somalis, which covers those who arrived before 2023, is under review.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SO"],
      people: { value: 100, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Aden Adde International Airport"],
      date: "2025-09-24",
    },
  },
  {
    id: "h9a-en-015",
    lang: "en",
    style: "feature",
    title: "Back in Abidjan, with a plastic bag and a phone number",
    published: "2026-06-18",
    text: `ABIDJAN — Mamadou Sangaré had been awake for almost two days when he walked out of the arrivals hall, blinking at the wet heat, holding a clear plastic bag that held a phone charger, a Bible his landlady in the Bronx had given him and a folded sheet of paper with his sister's number on it. He had not seen her in eleven years.

"In the plane they gave us sandwiches and water. Nobody talked," said Sangaré, 38, who drove for a delivery company in New York until he was arrested at a routine check-in with immigration officers in February. "When the wheels touched the ground, one man started to pray very loudly and then everybody was quiet again."

He was one of thirty-one Ivorians aboard a charter flight from the United States that landed at Félix Houphouët-Boigny International Airport in the early hours of Monday, according to the Directorate General of Ivorians Abroad, which met the group in Port-Bouët with a bus, a meal and a small cash allowance.

Officials said it was the second removal charter to Côte d'Ivoire this year; the first, in January, brought 26 people. About 4,800 Ivorians live in the New York area, and community organisers in Harlem say dozens more are in detention. Nationals of Guinea and Mali who had been held with the Ivorians were not on the flight, the directorate said.

Sangaré's sister did come, four hours later, on a motorbike taxi. "She said I am too thin," he said, laughing for the first time that morning. "Now I have to start again. I don't know what I will do. Maybe drive again. Here there are many cars."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CI"],
      people: { value: 31, approx: false },
      departure: [],
      arrival: ["Félix Houphouët-Boigny International Airport"],
      date: "2026-06-15",
    },
  },
  {
    id: "h9a-en-016",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 47 Albanians from Stansted",
    published: "2025-04-10",
    text: `LONDON — A Home Office charter flight carrying 47 Albanian nationals left Stansted Airport on Wednesday night, the latest in a series of removals under the returns agreement signed by Britain and Albania in 2022.

The flight landed at Tirana International Airport early on Thursday, Albanian police said. The Home Office said 31 of those on board were foreign national offenders and the rest had no right to remain in the United Kingdom.

"Returns to Albania are now routine and we will keep them up," said a Home Office minister, adding that more than 5,000 Albanians had been returned since the agreement came into force.

Campaign groups said at least four people had been taken off the flight after last-minute legal challenges. The Home Office also confirmed it was planning charter flights to Vietnam and Nigeria in the coming months. In the United States, meanwhile, the Trump administration has stepped up its own removal flights to Central and South America.`,
    expect: { relevant: false },
  },
  {
    id: "h9a-en-017",
    lang: "en",
    style: "opinion",
    title: "Opinion: Mass deportation is a promise that runs into arithmetic",
    published: "2024-11-22",
    text: `Every few years, a candidate promises to deport millions of people, and every few years the numbers get in the way. It is worth looking at those numbers before the new administration takes office in January.

In the last full fiscal year, Immigration and Customs Enforcement carried out a little over 140,000 removals. The agency has roughly 6,000 deportation officers and about 38,000 detention beds funded by Congress. The immigration courts carry a backlog of more than 3.5 million cases, and a hearing in some cities is years away.

Removal flights, the most visible part of the system, are the easy part. ICE already runs dozens of charters a week to Guatemala, Honduras and El Salvador, and smaller numbers to places as far away as India and Senegal. But a flight needs a country willing to take the passengers, travel documents for each of them and a final order from a judge. Venezuela, Nicaragua and Cuba have all at times refused or limited flights.

None of this means enforcement will not rise. It will. But families in our city, many of whom have lived here for two decades, deserve an honest conversation about what is possible, what it would cost — some estimates run past $300 billion — and what it would do to the businesses and schools that depend on them.

The author is a professor of public policy and a former immigration court clerk.`,
    expect: { relevant: false },
  },
  {
    id: "h9a-en-018",
    lang: "en",
    style: "near-miss",
    title: "ERO Chicago removes Serbian man wanted for fraud",
    published: "2026-05-05",
    text: `CHICAGO — Enforcement and Removal Operations Chicago removed a 51-year-old Serbian citizen April 30, who is wanted in his home country on charges of aggravated fraud.

Deportation officers escorted Dragan Milosavljević on a commercial flight from Chicago O'Hare International Airport to Belgrade, where they turned him over to Serbian police at Nikola Tesla Airport.

Milosavljević entered the United States on a tourist visa in 2014 and overstayed. An Interpol Red Notice was issued for him in 2016. An immigration judge ordered him removed to Serbia in November 2025.

"Our officers will not allow the United States to become a safe haven for those fleeing justice elsewhere," said ERO Chicago Field Office Director Thomas Ochoa-Reyes.

In fiscal year 2025, ERO removed more than 1,700 foreign fugitives wanted in their home countries for crimes including homicide, kidnapping and fraud.`,
    expect: { relevant: false },
  },
  {
    id: "h9a-en-019",
    lang: "en",
    style: "near-miss",
    title: "Over 600 Ethiopians repatriated from Saudi Arabia in a week",
    published: "2025-10-30",
    text: `ADDIS ABABA — More than 600 Ethiopian migrants held in detention centres in Saudi Arabia have been repatriated this week on four Ethiopian Airlines flights from Jeddah, the Ministry of Foreign Affairs said on Wednesday.

The returnees, most of them young men and women from the Amhara and Oromia regions, were received at Bole International Airport by officials of the ministry and the Ministry of Labour and Skills, who provided temporary shelter and bus fare home.

"The government will continue to bring home our citizens in difficult conditions abroad," ministry spokesperson Meseret Alemu told reporters. She said close to 90,000 Ethiopians had been returned from Saudi Arabia since the repatriation programme resumed in 2022.

Rights groups have documented overcrowding and abuse in Saudi detention facilities. Ethiopia has also received returnees from Yemen and Djibouti this year through programmes run with the International Organization for Migration, the spokesperson said.`,
    expect: { relevant: false },
  },
  {
    id: "h9a-en-020",
    lang: "en",
    style: "near-miss",
    title: "Judge orders bond hearings for detained immigrants in Texas; court backlog tops 3.7 million",
    published: "2024-09-13",
    text: `SAN ANTONIO — A federal judge on Thursday ordered immigration authorities to provide bond hearings within 30 days to people held for more than six months at three detention centers in South Texas, saying prolonged detention without a hearing violated due process.

The ruling by U.S. District Judge Elena Vasquez-Hart applies to about 400 detainees at facilities in Pearsall, Dilley and Laredo. The Justice Department said it was reviewing the decision.

Lawyers for the detainees said many had been waiting more than a year for their cases to be heard because of the backlog in the immigration courts, which now exceeds 3.7 million cases nationwide. The San Antonio court alone has more than 250,000 pending cases, according to a university research clearinghouse.

"My client has been sitting in a cell for 14 months for a civil violation," said attorney Marcus Delgado. "He has never been given a chance to ask a judge to let him go home to his kids."

Immigration and Customs Enforcement said in a statement that it complies with all court orders and that detention decisions are made case by case. The agency removed more than 142,000 people in fiscal year 2023, mostly to Mexico, Guatemala and Honduras.`,
    expect: { relevant: false },
  },
  {
    id: "h9a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan ciento doce hondureños deportados en vuelo desde Luisiana",
    published: "2025-02-19",
    text: `San Pedro Sula. Un total de ciento doce hondureños retornados desde Estados Unidos, entre ellos catorce mujeres y nueve menores de edad, llegaron este martes en un vuelo chárter que aterrizó pasado el mediodía en el Aeropuerto Internacional Ramón Villeda Morales, en La Lima, Cortés.

La aeronave despegó de Alexandria, Luisiana, según confirmó el Instituto Nacional de Migración (INM). Los connacionales fueron trasladados al Centro de Atención al Migrante Retornado (CAMR), donde recibieron alimentación, revisión médica y el bono de apoyo del programa gubernamental de reinserción.

"La mayoría venía de centros de detención en Texas y Luisiana, y algunos tenían más de cinco años viviendo allá", explicó a este diario la subdirectora del INM, Karla Figueroa Mejía. "Les pedimos a las familias que esperen afuera con paciencia, el proceso dura unas tres horas".

Con este vuelo suman más de 4,900 los hondureños retornados en lo que va del año, la mayoría desde Estados Unidos y el resto por vía terrestre desde México. El lunes llegaron además 61 compatriotas en autobuses desde Tapachula a la aduana de Corinto.

Autoridades estiman que para la próxima semana están programados entre cuatro y seis vuelos más, aunque Migración no confirma fechas con anticipación por razones de seguridad.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 112, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2025-02-18",
    },
  },
  {
    id: "h9a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Guatemala recibe a salvadoreños y hondureños en vuelo de deportación de EE. UU.",
    published: "2025-07-31",
    text: `Ciudad de Guatemala. El Instituto Guatemalteco de Migración (IGM) informó que este miércoles recibió en la Fuerza Aérea Guatemalteca un vuelo procedente de Brownsville, Texas, con 71 personas deportadas por Estados Unidos: 58 guatemaltecos, nueve salvadoreños y cuatro hondureños.

Es la segunda vez en el mes que el país recibe en un mismo vuelo a ciudadanos de otras naciones centroamericanas. Los extranjeros fueron llevados al albergue del IGM en la zona 5, desde donde serán trasladados por tierra a las fronteras de Pedro de Alvarado y Agua Caliente, detalló la entidad en un comunicado.

"Se trata de una coordinación regional con los consulados de El Salvador y Honduras, y en ningún momento estas personas quedan sin atención", dijo la vocera del IGM, Lucía Xicará. Agregó que el costo del traslado terrestre lo cubre el programa de retorno financiado por Estados Unidos.

Los guatemaltecos pasaron al Centro de Recepción de Retornados, donde se les entregó un refrigerio y kits de higiene. Entre el 1 de enero y el 29 de julio, el IGM ha atendido a 31,406 guatemaltecos retornados desde Estados Unidos y México, por vía aérea y terrestre.

Organizaciones de derechos humanos han pedido al Gobierno transparentar los términos del acuerdo firmado en febrero con Washington para recibir a nacionales de terceros países.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["SV", "HN"],
      people: { value: 71, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Fuerza Aérea Guatemalteca"],
      date: "2025-07-30",
    },
  },
  {
    id: "h9a-es-003",
    lang: "es",
    style: "government-communique",
    title: "COMUNICADO: DGME recibe a 87 compatriotas retornados desde Estados Unidos",
    published: "2026-01-09",
    text: `COMUNICADO DE PRENSA. La Dirección General de Migración y Extranjería (DGME) informa a la población que el día jueves 8 de enero de 2026 se recibió, en el Aeropuerto Internacional de El Salvador San Óscar Arnulfo Romero y Galdámez, un vuelo con 87 compatriotas retornados, procedente de San Antonio, Texas.

Del total de personas retornadas, 71 son hombres y 16 son mujeres. Todas recibieron atención integral en el Centro de Atención Integral para Migrantes (CAIM), en coordinación con el Ministerio de Salud, la Policía Nacional Civil y el Ministerio de Relaciones Exteriores.

La DGME reitera que la recepción de salvadoreños retornados se realiza en condiciones de dignidad y respeto a sus derechos humanos, y hace un llamado a la población a no arriesgar su vida emprendiendo rutas irregulares.

Durante el año 2025, el país recibió a 14,218 salvadoreños retornados por vía aérea y terrestre desde Estados Unidos y México.

San Salvador, 9 de enero de 2026.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 87, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Aeropuerto Internacional de El Salvador San Óscar Arnulfo Romero y Galdámez"],
      date: "2026-01-08",
    },
  },
  {
    id: "h9a-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Venezuela suspende la recepción de vuelos de repatriación desde Estados Unidos",
    published: "2025-08-13",
    text: `Caracas. El Gobierno venezolano anunció este martes la suspensión temporal de la recepción de vuelos con migrantes deportados desde Estados Unidos, en respuesta a lo que calificó como "tratos crueles" a connacionales en centros de detención estadounidenses.

El ministro de Relaciones Exteriores, Ramón Ugueto Salas, leyó un comunicado en el que afirmó que la medida se mantendrá "hasta que existan garantías de respeto a la dignidad de los venezolanos". No precisó cuánto durará la suspensión ni si afecta a los vuelos ya programados para esta semana.

"Venezuela siempre ha recibido a sus hijos con los brazos abiertos, pero no vamos a ser cómplices de humillaciones", dijo el canciller en cadena nacional.

Desde que se reanudaron los vuelos en febrero, unos 9,700 venezolanos han regresado desde Estados Unidos a través del Aeropuerto Internacional Simón Bolívar de Maiquetía, según cifras oficiales. Otros 1,300 han retornado desde México, Chile y Perú en el marco del plan Vuelta a la Patria.

La Casa Blanca no respondió de inmediato. En marzo, Washington había amenazado con sanciones a Caracas por retrasar la aceptación de vuelos.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-12",
    },
  },
  {
    id: "h9a-es-005",
    lang: "es",
    style: "agency-brief",
    title: "Aterriza en Bogotá vuelo con 126 colombianos deportados",
    published: "2025-12-02",
    text: `Bogotá, 2 dic (agencia). Un avión con 126 colombianos deportados desde Estados Unidos aterrizó este lunes en el aeropuerto El Dorado de Bogotá, informó Migración Colombia. El vuelo partió de Houston y a bordo viajaban 19 menores de edad.

Según la entidad, ninguno de los pasajeros tenía órdenes de captura vigentes en Colombia. En lo que va del año han retornado más de 14.000 connacionales desde Estados Unidos en vuelos de deportación.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 126, approx: false },
      departure: ["Houston"],
      arrival: ["El Dorado"],
      date: "2025-12-01",
    },
  },
  {
    id: "h9a-es-006",
    lang: "es",
    style: "government-communique",
    title: "Retornan por vía aérea 45 migrantes irregulares desde Estados Unidos",
    published: "2026-03-27",
    text: `La Habana. El Ministerio del Interior informa que el 26 de marzo se recibió, por el Aeropuerto Internacional José Martí de La Habana, una operación de devolución por vía aérea procedente de Estados Unidos, con 45 migrantes irregulares, 38 hombres y siete mujeres.

De los retornados, seis habían salido ilegalmente del país por vía marítima y el resto lo hizo de forma legal, y luego se incorporaron a rutas irregulares para llegar a la frontera estadounidense. Dos de ellos fueron trasladados a los órganos de investigación por ser presuntos autores de delitos cometidos antes de su salida del país.

Con esta operación suman 19 devoluciones en lo que va de año, desde Estados Unidos, México, Bahamas y las Islas Caimán, con un total de 1 284 migrantes retornados.

El Ministerio del Interior reitera su compromiso con una migración regular, ordenada y segura, y alerta sobre los riesgos de las salidas ilegales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 45, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2026-03-26",
    },
  },
  {
    id: "h9a-es-007",
    lang: "es",
    style: "near-miss",
    title: "Llegan al AILA 52 dominicanos repatriados desde Turcas y Caicos",
    published: "2025-05-08",
    text: `Santo Domingo. Un grupo de 52 dominicanos repatriados desde las Islas Turcas y Caicos llegó este miércoles al Aeropuerto Internacional de Las Américas, en un vuelo fletado por el gobierno de ese territorio británico que despegó de Providenciales.

Los repatriados, 44 hombres y ocho mujeres, habían sido interceptados en marzo y abril a bordo de dos embarcaciones que salieron de las costas de Miches y Sabana de la Mar, informó la Dirección General de Migración (DGM). Fueron trasladados al centro de Haina para su depuración.

"Muchos pagaron hasta 150 mil pesos a los organizadores de estos viajes; les pedimos a los jóvenes que no se dejen engañar", dijo el vocero de la Armada, capitán de navío Félix Rosario Almonte.

En lo que va de año, más de 1,100 dominicanos han sido deportados desde Estados Unidos en los vuelos semanales que llegan los martes desde Luisiana, según datos de la DGM, y otros 300 desde Puerto Rico por vía aérea y marítima.`,
    expect: { relevant: false },
  },
  {
    id: "h9a-es-008",
    lang: "es",
    style: "spanish-outlet",
    title: "Cerca de 60 chilenos expulsados de EE.UU. llegarán el lunes a Santiago",
    published: "2026-02-12",
    text: `Santiago. Un vuelo con cerca de 60 chilenos expulsados de Estados Unidos llegará el próximo lunes al aeropuerto Arturo Merino Benítez, confirmó este jueves la Subsecretaría del Interior.

Se trata del primer vuelo de este tipo con destino a Chile, que hasta ahora recibía a sus connacionales deportados en vuelos comerciales, en grupos pequeños. "Vamos a recibirlos con un protocolo que incluye control de la PDI y verificación de antecedentes", dijo el subsecretario Rodrigo Alarcón Vidal.

La mayoría de los pasajeros, según Cancillería, fueron detenidos en operativos en California y Florida. Algunos cumplieron condenas por robos a viviendas, un fenómeno que en EE.UU. se asocia a bandas conocidas como "turismo delictivo".

Paralelamente, el Gobierno prepara un nuevo vuelo de la Fuerza Aérea para expulsar a 130 extranjeros, en su mayoría venezolanos y colombianos, con destino a Caracas y Bogotá, el quinto de la actual administración.

Chile forma parte del programa de exención de visas de Estados Unidos, cuya permanencia ha sido cuestionada por congresistas republicanos debido a estos casos.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CL"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["Arturo Merino Benítez"],
      date: "2026-02-16",
    },
  },
  {
    id: "h9a-es-009",
    lang: "es",
    style: "us-spanish-press",
    title: "ICE envía a Paraguay a 18 cubanos, nicaragüenses y venezolanos",
    published: "2025-06-25",
    text: `MIAMI — Un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE) con 18 migrantes cubanos, nicaragüenses y venezolanos aterrizó el lunes en el Aeropuerto Internacional Silvio Pettirossi, en Luque, cerca de Asunción, en la primera deportación de Estados Unidos a Paraguay de personas que no son paraguayas.

El avión salió de Harlingen, Texas, según registros de vuelo revisados por este diario. El gobierno paraguayo confirmó la llegada en un breve comunicado y dijo que los migrantes "permanecerán en el país de manera temporal" con apoyo de la Organización Internacional para las Migraciones.

"Mi hermano me llamó desde un hotel en Asunción, no sabía ni en qué país estaba hasta que bajó del avión", contó a este diario Yaneisy Cárdenas, residente en Hialeah, cuyo hermano tenía un proceso de asilo pendiente y una audiencia fijada para agosto.

Abogados de inmigración del sur de la Florida advierten que cada vez más clientes con orden final de deportación a Cuba o Nicaragua, países que aceptan pocos vuelos, están siendo enviados a terceros países. "Es una lotería", dijo la abogada Marlene Quintana, de Coral Gables.

En lo que va del año, el ICE ha deportado a más de 1,800 cubanos directamente a La Habana, según cifras del Ministerio del Interior de Cuba.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY"],
      nationalities: ["CU", "NI", "VE"],
      people: { value: 18, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional Silvio Pettirossi"],
      date: "2025-06-23",
    },
  },
  {
    id: "h9a-es-010",
    lang: "es",
    style: "near-miss",
    title: "INM traslada en vuelo a 135 centroamericanos desde Villahermosa",
    published: "2024-10-18",
    text: `Villahermosa, Tabasco. El Instituto Nacional de Migración (INM) informó que este jueves trasladó por vía aérea a 135 personas de origen guatemalteco y hondureño, desde el Aeropuerto Internacional de Villahermosa hacia la Ciudad de Guatemala y San Pedro Sula, como parte de los procesos de retorno asistido.

Las personas extranjeras habían sido detectadas en los últimos días en Tabasco, Chiapas y Veracruz, sin documentos que acreditaran su estancia regular en México, precisó el instituto en un boletín.

"Estos retornos se realizan con pleno respeto a los derechos humanos y en coordinación con los consulados", señaló el INM, que en lo que va del año ha realizado 48 vuelos de este tipo hacia Centroamérica, Ecuador y Colombia.

El instituto recordó que, paralelamente, México recibe diariamente a connacionales repatriados por Estados Unidos en los puntos fronterizos de Tijuana, Ciudad Juárez y Nuevo Laredo.`,
    expect: { relevant: false },
  },
];
