// Held-out news corpus no. 12 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or the other corpus files).
// Every name, quote, number and outlet detail is invented; no sentence is copied from any outlet.

import type { CorpusArticle } from "./types";

export const HOLDOUT12A: CorpusArticle[] = [
  {
    id: "h12a-en-001",
    lang: "en",
    style: "wire",
    title: "US returns 38 Zambians on chartered removal flight, Lusaka says",
    published: "2025-11-14",
    text: `LUSAKA, Nov 14 (Reuters-style wire) - Thirty-eight Zambian nationals deported from the United States arrived at Kenneth Kaunda International Airport on Wednesday aboard a chartered aircraft, Zambia's Ministry of Home Affairs and Internal Security said in a statement on Friday.

The group, which included four women, had been held in immigration detention in the US for periods ranging from three weeks to nearly two years, the ministry said. The aircraft departed from Alexandria, Louisiana, and made a refuelling stop in Dakar before continuing to Lusaka.

"Our officers received them, verified their documents and have linked those who need it with counselling and transport home," Permanent Secretary Mwiche Lungowe told reporters. She said none of the returnees had been charged with any offence in Zambia.

It was the second such flight to Zambia this year. In March, a smaller group of 11 people was returned on commercial flights via Johannesburg. Zambia's government estimates that around 6,000 of its citizens live in the United States without regular status, although diaspora groups put the figure lower.

US Immigration and Customs Enforcement did not immediately respond to a request for comment. The agency carried out more than 1,500 removal flights worldwide in the last fiscal year, according to an advocacy group that tracks flight data, including routes to Kenya, Ghana and Nigeria.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ZM"],
      people: { value: 38, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Kenneth Kaunda International Airport"],
      date: "2025-11-12",
    },
  },
  {
    id: "h12a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes Somali nationals, including individuals convicted of violent offenses",
    published: "2025-06-20",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) completed a special high-risk charter removal flight to the Federal Republic of Somalia, the agency announced today.

The flight removed 27 Somali nationals, among them individuals with convictions for aggravated assault, robbery and drug trafficking. All had received final orders of removal from an immigration judge.

"This operation shows what sustained coordination with our foreign partners can achieve," said ERO acting field office director Dalton Prewitt. "Every person on this flight was afforded due process, and every person on this flight had a final order."

ERO officers from the St. Paul, Columbus and Seattle field offices escorted the group. The aircraft departed Mesa, Arizona, and landed at Aden Adde International Airport in Mogadishu on June 17, after a refuelling stop.

In fiscal year 2024, ERO conducted more than 271,000 removals to approximately 190 countries. ICE does not confirm or disclose planned or pending transportation for operational security reasons.

Members of the public can report suspicious activity to ICE by calling the toll-free tip line.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SO"],
      people: { value: 27, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Aden Adde International Airport"],
      date: "2025-06-17",
    },
  },
  {
    id: "h12a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Nearly 40 deportees back home from the US",
    published: "2026-02-09",
    text: `Close to forty Guyanese who were deported from the United States arrived at the Cheddi Jagan International Airport, Timehri, on Sunday evening, ending in some cases more than twenty years of life overseas.

The Guyana Police Force said the returnees were processed by officers of the Criminal Investigation Department and the Immigration Support Services before being handed over to relatives. Some of the men, the police said, had served sentences in American prisons, while others had simply overstayed visitor visas.

A mother from Berbice, who waited at the arrivals hall from just after four o'clock, said she had not seen her son since he left in 2003. "I come with food, I come with clothes, I come with my heart in my hand," she said.

The flight, which left from Miami, was the first of its kind this year. Last year, according to figures given to this newspaper by the Ministry of Home Affairs, 212 Guyanese were deported from the US, 64 from Canada and 31 from the United Kingdom, mostly on scheduled flights.

Minister of Home Affairs Roland Parbhoo has said Georgetown will not refuse its citizens, but he has asked Washington for longer notice before charters arrive. A reintegration desk set up at Timehri last year has assisted about 150 people, officials said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GY"],
      people: { value: 40, approx: true },
      departure: ["Miami"],
      arrival: ["Cheddi Jagan International Airport"],
      date: "2026-02-08",
    },
  },
  {
    id: "h12a-en-004",
    lang: "en",
    style: "wire",
    title: "Gabon takes in 14 men deported from the United States under new arrangement",
    published: "2025-09-03",
    text: `LIBREVILLE (wire) — A US government-chartered plane carrying 14 men deported from the United States touched down late on Monday in Libreville, the first transfer under an arrangement that Gabon's government has so far described only in general terms.

The men were taken by bus from Léon M'ba International Airport to a hotel on the outskirts of the capital, where they are being held under guard while their onward journeys are organised, a government spokesman said on Wednesday. He said the arrangement was "humanitarian and temporary" and that Washington would pay for the stay.

None of the men is Gabonese. According to a list seen by this agency, they are citizens of Cameroon, Nigeria, Togo and the Central African Republic, and several had told US immigration officials they feared returning home.

"Our clients were given less than a day's notice and were never told the plane was going to Gabon," said Esther Oduya, a lawyer for two of the men, speaking by phone from Houston.

Gabon joins a small group of countries — among them Rwanda, Eswatini and Ghana — that have agreed to take deportees from other nations. Rights groups say the arrangements risk sending refugees back to danger through a side door. Gabon's interior ministry said the men would be "accompanied to their countries of origin or to a country willing to receive them" within 30 days.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GA"],
      nationalities: ["CM", "NG", "TG", "CF"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["Léon M'ba International Airport"],
      date: "2025-09-01",
    },
  },
  {
    id: "h12a-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "T&T to accept deportation charters again after six-month pause",
    published: "2026-03-18",
    text: `PORT OF SPAIN — Trinidad and Tobago will once more accept charter flights carrying nationals removed from the United States, National Security Minister Keston Ramdeen announced on Tuesday, reversing a suspension imposed last September.

Ramdeen told a post-Cabinet news conference that the pause had been "an administrative matter" and that new protocols on advance notice and medical records had now been agreed with the US Embassy. He did not say when the first flight would arrive.

The suspension followed an incident in which a charter landed at Piarco with passengers whose criminal records had not been shared ahead of time, drawing complaints from the Trinidad and Tobago Police Service. During the pause, returnees were sent on commercial flights in small numbers.

Opposition MP Deanne Halls said the public deserved to see the new agreement. "We are told there are protocols. Table them in the Parliament," she said.

Figures from the Ministry of National Security show that 146 nationals were deported to Trinidad and Tobago from all countries in 2025, 97 of them from the US. The ministry also receives deportees from Venezuela, Canada and the United Kingdom.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["TT"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-17",
    },
  },
  {
    id: "h12a-en-006",
    lang: "en",
    style: "us-local",
    title: "Dhaka-bound removal charter expected next week, advocates say",
    published: "2025-04-24",
    text: `Immigrant advocates in Queens say they have been told that a charter flight will remove roughly 90 Bangladeshi men from the United States next Wednesday, in what would be one of the largest single removals to Bangladesh in recent memory.

Families of at least a dozen detainees held in New Jersey and Pennsylvania said their relatives had been moved this week to a staging facility in Louisiana. "My husband called me at 2 a.m. and said, 'They say we go Wednesday,'" said one woman in Jackson Heights, who asked that her name not be printed.

According to the advocates, the flight is to leave from Alexandria, Louisiana, and land at Hazrat Shahjalal International Airport in Dhaka. ICE said it does not comment on future flights.

Bangladesh's consulate in New York said it had issued travel documents "in the normal way" and would have officials at the airport to receive its citizens.

City Council member Farhana Choudhury said she planned to hold a rally outside the consulate on Sunday. The Bangladeshi community in New York numbers more than 100,000 people, according to census estimates.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["BD"],
      people: { value: 90, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2025-04-30",
    },
  },
  {
    id: "h12a-en-007",
    lang: "en",
    style: "wire",
    title: "Panama receives another deportation flight with Afghan, Iranian and Uzbek men",
    published: "2025-10-07",
    text: `PANAMA CITY — A US flight carrying dozens of deportees landed in Panama on Sunday night, the fourth such flight this year under an agreement that allows the US to send migrants from other countries through the isthmus.

Afghan, Iranian and Uzbek men made up the whole group, Panama's National Migration Service said on Tuesday, giving a breakdown: 31 Afghans, 22 Iranians and 18 Uzbeks, 71 in all. They were taken from Tocumen International Airport to a shelter in the province of Darién.

"They will stay only as long as it takes to arrange their return," Security Minister Aurelio Castrellón said. He added that Panama had "not received a single minor" on this flight, unlike the first one in February, which carried several families from China and India.

The International Organization for Migration said its staff were at the shelter and that several of the men had asked to speak to someone about asylum. Panama does not consider those on the flights to be asylum seekers in its territory, officials said.

Thousands of migrants crossed the Darién jungle northbound in 2023; the number has since fallen sharply, and northbound traffic was overtaken this year by people heading south.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["AF", "IR", "UZ"],
      people: { value: 71, approx: false },
      departure: [],
      arrival: ["Tocumen International Airport"],
      date: "2025-10-05",
    },
  },
  {
    id: "h12a-en-008",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 63 to Albania",
    published: "2026-01-22",
    text: `A Home Office charter flight carrying 63 Albanian nationals left Stansted Airport on Wednesday morning and landed in Tirana shortly after midday, the Home Office said.

The group included foreign national offenders and people whose asylum claims had been refused. It was the seventh such flight to Albania since the summer, under the returns arrangement signed between London and Tirana in 2022.

"Those with no right to be here will be removed," a Home Office spokesperson said. Albania's interior ministry said police had met the flight at Nënë Tereza airport and that all of the returnees were free to go home after identity checks.

Separately, the UK has returned people this month to Vietnam, Georgia and Nigeria, according to the department. Government figures show that just over 8,000 enforced returns took place in the year to September.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-en-009",
    lang: "en",
    style: "near-miss",
    title: "ICE Air jet lands in Port-au-Prince — with medical supplies, not deportees",
    published: "2025-07-30",
    text: `A Boeing 737 regularly used by US immigration authorities for removal flights landed at Toussaint Louverture International Airport on Tuesday carrying not deportees but 11 tonnes of medical supplies, the US Embassy in Haiti said.

The aircraft, operated by a charter company under contract with ICE, was lent to the State Department for the delivery after commercial cargo carriers suspended service over gang violence near the airport. Embassy spokeswoman Carla Denneny said there had been "no removal component" to the flight and nobody was on board apart from the crew and two embassy staff.

Flight trackers had set off alarm among Haitian advocates in Miami when the plane's usual tail number appeared on a route from Miami to Port-au-Prince. "People called us crying, thinking their cousins were on it," said Josué Valcin of a Little Haiti community group.

Removal flights to Haiti have been intermittent since the airport closed for several weeks last year. The US has also returned Haitians to Cap-Haïtien in the north of the country.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-en-010",
    lang: "en",
    style: "near-miss",
    title: "Opinion: The numbers behind the deportation boom don't add up",
    published: "2024-12-12",
    text: `Every few weeks a press release lands in my inbox announcing a record. Record removals. Record flights. Record arrests. This month's version says the government removed more than 271,000 people in the year that ended in September, the highest figure in a decade.

What the press release does not say is how many of those were Mexicans walked back across a bridge in El Paso within hours of arrest, or how many were people who had lived in Ohio for 20 years. A removal is a removal in the statistics; it is not the same thing in a family's life.

Look at the courts. The immigration court backlog stood at roughly 3.7 million cases at the end of the fiscal year. Judges hear cases scheduled in 2027. An asylum seeker from Guatemala or Cameroon who arrived last spring may wait years for a hearing, while someone else is flown out in days.

I am not arguing that no one should be deported. I am arguing that we should count honestly. Washington should publish, every month, how many people were removed by air, to which countries, how long they had lived here and whether they had ever been convicted of anything. Numbers without context are advertising.

The writer teaches immigration law at a university in Texas.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-en-011",
    lang: "en",
    style: "wire-brief",
    title: "BRIEF: 52 Haitians returned to Cap-Haïtien",
    published: "2026-05-06",
    text: `CAP-HAÏTIEN, Haiti — Fifty-two Haitians deported from the United States arrived at Cap-Haïtien International Airport on Tuesday, Haiti's National Migration Office (ONM) said. The flight came from Miami.

The ONM said the group, 44 men and eight women, received a small sum of cash and hygiene kits. Flights to the capital remain suspended because of insecurity around Port-au-Prince.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 52, approx: false },
      departure: ["Miami"],
      arrival: ["Cap-Haïtien International Airport"],
      date: "2026-05-05",
    },
  },
  {
    id: "h12a-en-012",
    lang: "en",
    style: "feature",
    title: "'I left with a suitcase. I came back with a plastic bag'",
    published: "2025-08-15",
    text: `ADDIS ABABA — Dawit sat on a low wall outside the terminal, turning a clear plastic bag over in his hands. Inside were a phone charger, a paperback Bible and a single sock. "I left with a suitcase," he said. "I came back with this."

He is 34 and had spent nine years in Minnesota, most of them driving for a delivery company. He was detained at a traffic stop in March, he says, and was never released. Since then he has been in three detention centres in three states.

Dawit was one of more than 70 Ethiopians deported from the United States who were flown into Bole International Airport on Tuesday. An official at the Ministry of Foreign Affairs, who spoke on condition of anonymity, confirmed the flight and said most of the returnees had no criminal record. The departure point of the flight was not disclosed.

The returnees were met by staff of a reception programme run with the International Organization for Migration, which gives each person a meal, a medical check and a phone call. For Dawit, the call was to his sister in Adama, who had not known he was coming.

Ethiopia has received deportees from Saudi Arabia in far larger numbers — tens of thousands over the past two years, many by air from Jeddah. Those returns dominate the headlines here. The flights from America are smaller and quieter, and families often learn of them only afterwards.

"In Minnesota, I paid taxes," Dawit said, standing up as a minibus arrived. "Here I have to start from a sock."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ET"],
      people: { value: 70, approx: true },
      departure: [],
      arrival: ["Bole International Airport"],
      date: "2025-08-12",
    },
  },
  {
    id: "h12a-en-013",
    lang: "en",
    style: "explainer",
    title: "Who was on the deportation flight to Rwanda? What we know",
    published: "2026-04-02",
    text: `A US flight carrying deportees from several countries landed in Kigali this week. Here is what we know so far.

When did it land?
The plane landed at Kigali International Airport on Monday, March 30, according to Rwanda's government spokesperson's office, which confirmed the arrival the next day.

How many people were on board?
Rwanda's government says nine people. US officials have not given a number.

Who are they?
None of them is Rwandan. "We have received nine individuals — three from Laos, two from Cuba, two from Yemen, one from Vietnam and one from South Sudan — who could not be returned to their own countries," the spokesperson's office said in a written statement.

Where did the flight come from?
Flight-tracking data reviewed by reporters suggests the aircraft left from San Antonio, Texas, and refuelled in the Azores. ICE has not confirmed the route.

Why Rwanda?
Rwanda agreed last year to take up to 250 people deported from the US, in exchange for funding. Earlier, a UK plan to send asylum seekers to Rwanda was abandoned before any flights took off.

What happens next?
Rwanda says the nine will receive housing, health care and job training and may apply to stay. Lawyers for two of the men say they will challenge their removals in US court, although the men are already in Kigali.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["LA", "CU", "YE", "VN", "SS"],
      people: { value: 9, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Kigali International Airport"],
      date: "2026-03-30",
    },
  },
  {
    id: "h12a-en-014",
    lang: "en",
    style: "near-miss",
    title: "Panama flies 46 Indian migrants home to Delhi",
    published: "2025-03-27",
    text: `NEW DELHI — Forty-six Indian nationals who had been detained in Panama after crossing the Darién jungle landed at Indira Gandhi International Airport early on Wednesday on a flight chartered by the Panamanian government.

The group, mostly young men from Punjab, Haryana and Gujarat, had paid agents large sums to reach the US border through South America, according to relatives. Panama's migration service said they had been held in a camp near the Colombian border for up to five weeks.

"They never reached America," said an official of the Ministry of External Affairs. "These are returns from Panama, organised by Panama."

Punjab police said they had registered cases against several travel agents. India received a separate group deported from the US earlier this year on a military aircraft that landed in Amritsar; the government has said it will continue to cooperate with Washington on such returns.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-en-015",
    lang: "en",
    style: "near-miss",
    title: "Midday news roundup",
    published: "2026-06-11",
    text: `Here are the headlines at noon.

Congress: The Senate passed a short-term spending bill late last night after a 14-hour session. The House is expected to vote on Friday.

Weather: A heat advisory is in effect for much of Arizona and Nevada, with highs of 115 degrees forecast in Phoenix.

World: Germany carried out a deportation flight to Afghanistan this morning, the second in a year. The plane, carrying 81 Afghan men convicted of crimes, left Leipzig and landed in Kabul, the German interior ministry said.

Aviation: American Airlines will launch a daily route between Dallas and Guatemala City in October, the airline said.

Sports: The U.S. women's soccer team named its roster for next month's friendlies.

That's the news for now. Next update at 1 p.m.`,
    expect: { relevant: false },
  },
];
