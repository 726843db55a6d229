// Held-out news corpus no. 11 (part a). Only ever SCORED, never tuned to.
// Written by a writer who read only app/domain/news-corpus/types.ts (not the extractor, its tests or
// any other corpus file). Every outlet style is imitated, never copied: every name, quote and number
// in these articles is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT11A: CorpusArticle[] = [
  {
    id: "h11a-en-001",
    lang: "en",
    style: "wire",
    title: "Deportation flight with 88 Brazilians lands in Minas Gerais",
    published: "2025-08-14",
    text: `SAO PAULO (Reuters-style wire) - A U.S. government charter carrying 88 Brazilian deportees landed late on Tuesday at Tancredo Neves International Airport outside Belo Horizonte, Brazil's Ministry of Human Rights said, the latest in a string of removal flights that have strained ties between Brasilia and Washington.

The Boeing 767 had taken off from Alexandria, Louisiana, about nine hours earlier, according to a ministry official who asked not to be named because he was not authorised to speak to the press. Officials said none of the passengers arrived in handcuffs, a point of friction after an earlier flight in January in which several men complained of being shackled for the entire journey.

"We received them as citizens, not as prisoners," said Renata Albuquerque Prado, the ministry's coordinator for returned migrants, who met the group on the tarmac. Most were men in their twenties and thirties from Minas Gerais and Goiás; seven were women and four were children travelling with a parent.

Brazil has received more than 1,900 of its nationals on such flights so far this year, up from roughly 1,300 in all of 2024, government figures show. Colombia, Ecuador and Peru have also seen sharp increases in arrivals, though each has negotiated its own reception arrangements.

The U.S. Immigration and Customs Enforcement agency did not respond to a request for comment. It typically does not discuss individual flights for what it calls operational security reasons.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 88, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Tancredo Neves International Airport"],
      date: "2025-08-12",
    },
  },
  {
    id: "h11a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 14 criminal illegal aliens to Equatorial Guinea after home countries refuse",
    published: "2025-11-06",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement, in coordination with the Department of State, has completed the removal of 14 criminal illegal aliens to the Republic of Equatorial Guinea under a bilateral arrangement announced earlier this autumn.

The aliens removed are citizens of Cuba, Jamaica, Laos and Vietnam whose countries of nationality had declined for months, and in some cases years, to accept their return. Their criminal histories include homicide, armed robbery, sexual assault of a minor and trafficking of controlled substances, according to ICE records.

The flight departed San Antonio, Texas, and arrived in Malabo on Nov. 4, where the aliens were transferred to the custody of Equatorial Guinean authorities.

"These individuals were so dangerous that their own governments would not take them back," said an ICE Enforcement and Removal Operations spokesperson. "Thanks to the cooperation of our partners in Malabo, they are no longer walking American streets."

In fiscal year 2025, ICE conducted more than 2,000 removal flights to over 140 countries. ICE does not disclose planned removal flights in advance for operational security reasons.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GQ"],
      nationalities: ["CU", "JM", "LA", "VN"],
      people: { value: 14, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Malabo"],
      date: "2025-11-04",
    },
  },
  {
    id: "h11a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Nine foreign men flown from U.S. held at Yaounde facility, rights groups say",
    published: "2026-02-19",
    text: `BUEA — Nine Afghan, Iranian and Uzbek men deported from the United States are being held at a government facility on the outskirts of Yaounde after their plane touched down at Yaounde Nsimalen International Airport late on Monday, civil society groups told The Mountain Echo.

None of the men is Cameroonian. They were sent under an arrangement signed in December between Yaounde and Washington, the details of which the Ministry of External Relations has never published.

"Our country has become a waiting room for people nobody wants to receive," said barrister Eposi Ndumbe-Achu of the Fako Human Rights Collective, who said she had been refused access to the group on Tuesday and again on Wednesday. "We do not even know their names."

A ministry statement on Wednesday confirmed "the arrival of a limited number of third-country nationals" and said they would be assisted to return to their countries of origin "in due course". It gave no number.

Cameroon is one of several African states, including Equatorial Guinea, Ghana and Rwanda, to have accepted non-nationals removed by the United States over the past year. Last month Cameroonian immigration officers processed 112 returned Cameroonians on two separate flights, according to figures from the Directorate of Emigration.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      nationalities: ["AF", "IR", "UZ"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["Yaounde Nsimalen International Airport"],
      date: "2026-02-16",
    },
  },
  {
    id: "h11a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Seventeen deportees from US arrive at CJIA",
    published: "2025-06-27",
    text: `Seventeen Guyanese nationals deported from the United States arrived at the Cheddi Jagan International Airport, Timehri, on Thursday afternoon aboard a charter flight from Miami, the Guyana Police Force has confirmed.

The group, fifteen men and two women, was processed by officers of the Criminal Investigation Department and the Immigration Support Services before being released to relatives. Police said four of the returnees had served prison sentences in the US for drug-related offences and would be placed under supervision.

"Some of these young men left Guyana as children. They have no family here and do not know Georgetown," said Pastor Clement Yhap of the Second Chance Ministry in Albouystown, which offers temporary housing to deportees.

Last year a total of 211 Guyanese were deported from the United States, Canada and the United Kingdom combined, according to Ministry of Home Affairs data tabled in the National Assembly. Neighbouring Trinidad and Tobago and Suriname have reported similar increases in returns.

The Ministry of Foreign Affairs said it continues to engage the US Embassy in Georgetown on advance notice of future flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GY"],
      people: { value: 17, approx: false },
      departure: ["Miami"],
      arrival: ["Cheddi Jagan International Airport"],
      date: "2025-06-26",
    },
  },
  {
    id: "h11a-en-005",
    lang: "en",
    style: "agency-brief",
    title: "Zimbabwe receives deportees from United States",
    published: "2026-03-11",
    text: `HARARE, March 11 — About 40 Zimbabweans deported from the United States arrived at Robert Gabriel Mugabe International Airport on Wednesday, the Department of Immigration said.

Officials said the returnees were screened by health and social welfare staff before being allowed to go home. It was the second such flight this year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ZW"],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["Robert Gabriel Mugabe International Airport"],
      date: "2026-03-11",
    },
  },
  {
    id: "h11a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Gambia braces for US deportation charter next week",
    published: "2025-10-02",
    text: `BANJUL — The Gambia government has been notified that a chartered aircraft carrying roughly 30 Gambians ordered removed from the United States will land at Banjul International Airport next Monday, the Ministry of Foreign Affairs said in a statement read on state television on Wednesday evening.

The flight is expected to leave from Louisiana, where most of the men are being held, the ministry said. It urged families "to remain calm and to prepare to receive their loved ones".

The announcement has stirred anxiety in Brikama and Serekunda, where many households depend on money sent from relatives abroad. "My brother sends what feeds eleven people," said Fatou Ceesay, a market trader. "If he comes back, who will feed us?"

In 2019 a similar flight carrying 22 Gambians provoked protests at the airport, and the government briefly suspended cooperation on returns. Senegal and Mauritania have also received removal charters from Washington this year.

The Gambia Immigration Department said reception teams, including psychosocial counsellors from the International Organization for Migration, would be on hand.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["GM"],
      people: { value: 30, approx: true },
      departure: ["Louisiana"],
      arrival: ["Banjul International Airport"],
      date: "2025-10-06",
    },
  },
  {
    id: "h11a-en-007",
    lang: "en",
    style: "wire",
    title: "Zambia says no to taking third-country deportees from US",
    published: "2026-01-22",
    text: `LUSAKA (AP-style wire) — Zambia has turned down a request from the United States to accept migrants of other nationalities deported from American soil, the country's foreign minister said on Wednesday, making it one of the few African governments to publicly refuse such an arrangement.

"Zambia will always receive its own citizens. But we are not a depot for other nations' people," Foreign Minister Chanda Mwiinga-Phiri told reporters in Lusaka. He said the request had been made in November and that the cabinet had considered it "carefully and at length".

Washington has struck deals in the past year with Rwanda, Uganda, Eswatini and Equatorial Guinea, among others, to receive deportees whose home countries will not take them back. Rights groups say many of those sent have been held in prisons or closed centres for months.

The U.S. Embassy in Lusaka said it "respects the sovereign decisions" of the Zambian government and would continue to cooperate on the return of Zambian nationals. About 60 Zambians were deported from the United States in 2025, according to the Department of Immigration.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["ZM"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-21",
    },
  },
  {
    id: "h11a-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "Eight more US deportees land at Entebbe",
    published: "2025-09-18",
    text: `KAMPALA — A second group of non-Ugandan migrants deported from the United States landed at Entebbe International Airport on Tuesday night, the Ministry of Foreign Affairs has confirmed.

The group was made up of four Eritreans, two Somalis, one Sudanese national and one Afghan, said the ministry's permanent secretary, Ambassador Moses Kiggundu-Lwanga, at a press briefing on Wednesday. All are adult men, and none had a criminal record, he said, in keeping with the conditions Uganda set when it agreed to the arrangement in August.

The flight had left Alexandria, Louisiana, and refuelled in Dakar, Senegal, according to a lawyer for one of the Eritrean men, who spoke on condition of anonymity.

"Uganda has a long tradition of hosting refugees. This is consistent with that tradition," Kiggundu-Lwanga said, adding that the men would be free to apply for asylum. Uganda already hosts more than 1.7 million refugees, most of them from South Sudan and the Democratic Republic of Congo.

Opposition MP Sarah Nabwire-Okello told Parliament the deal had been concluded "in darkness" and demanded that its terms be tabled.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["ER", "SO", "SD", "AF"],
      people: { value: 8, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Entebbe International Airport"],
      date: "2025-09-16",
    },
  },
  {
    id: "h11a-en-009",
    lang: "en",
    style: "us-local",
    title: "From a Cenla runway, another plane full of deportees heads south",
    published: "2024-11-13",
    text: `Shortly after 7 a.m. Monday, a white Boeing 737 with no airline markings taxied past the general aviation hangars at Alexandria International Airport and lifted off toward the Gulf. On board, according to Honduran officials, were 134 Honduran men and women being deported from the United States.

The flight landed in San Pedro Sula a little under three hours later, Honduras' National Migration Institute said in a post on social media, listing 121 men and 13 women among the returnees.

Such departures have become routine in Central Louisiana. The airport's staging facility, run by a private contractor for U.S. Immigration and Customs Enforcement, handled an average of nine international removal flights a week in October, according to flight-tracking data compiled by a volunteer group in Pineville.

"You hear them every morning. You stop noticing," said Darlene Fontenot, 61, who lives off England Drive and has watched the planes for years. "Then sometimes you see the buses pull up and you remember those are people."

Airport director Ray Thibodeaux said the ICE operations bring roughly $2 million a year in fees and fuel sales. ICE said in an emailed statement that it does not comment on specific flights.

Guatemala, El Salvador and Colombia are the other most frequent destinations for flights leaving Alexandria, the volunteer data show.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 134, approx: false },
      departure: ["Alexandria International Airport"],
      arrival: ["San Pedro Sula"],
      date: "2024-11-11",
    },
  },
  {
    id: "h11a-en-010",
    lang: "en",
    style: "live-blog",
    title: "LIVE: Haiti updates — deportation flight arrives in the north as violence continues in capital",
    published: "2025-03-08",
    text: `11:42 a.m. — Haiti's National Migration Office (ONM) says more than 50 Haitians deported from the United States have landed at Cap-Haïtien International Airport this morning. Officials have not said where the flight left from. This is the first removal flight to the north since January.

11:15 a.m. — Gunfire reported again near Delmas 32 in Port-au-Prince. Toussaint Louverture International Airport remains closed to commercial traffic.

10:50 a.m. — An ONM official, Jean-Robert Dorvilus, tells our reporter that the returnees will receive a hygiene kit and 5,000 gourdes each. "We are doing what we can with what we have," he said.

9:30 a.m. — The UN says 1.1 million people are now internally displaced in Haiti. The Dominican Republic deported more than 20,000 Haitians by land last month, according to the Support Group for Returnees and Refugees.

8:05 a.m. — Welcome to our live coverage. Our correspondent is in Cap-Haïtien, where a U.S. deportation flight is expected this morning.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 50, approx: true },
      departure: [],
      arrival: ["Cap-Haïtien International Airport"],
      date: "2025-03-08",
    },
  },
  {
    id: "h11a-en-011",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 61 Albanians from Stansted",
    published: "2026-04-15",
    text: `LONDON — A Home Office charter flight carrying 61 Albanian nationals left Stansted Airport on Tuesday night and landed at Tirana International Airport Nënë Tereza early on Wednesday, the department said, the largest single return to Albania this year.

Those removed included people with criminal convictions and others who had exhausted their appeals, the Home Office said. Fourteen had arrived in the UK on small boats across the Channel.

"Those with no right to be here will be removed," the Border Security Minister said in a statement. Refugee charities criticised the speed of the removals and said at least two people on the flight had pending judicial reviews.

Britain has returned more than 5,000 Albanians since a bilateral returns agreement was signed in 2022. France, Germany and the Netherlands have also stepped up removal flights to the Western Balkans this spring.`,
    expect: { relevant: false },
  },
  {
    id: "h11a-en-012",
    lang: "en",
    style: "near-miss",
    title: "Plane used for ICE removals flies relief supplies to Jamaica",
    published: "2025-07-24",
    text: `MIAMI — A Boeing 737 normally chartered by U.S. Immigration and Customs Enforcement for deportation flights landed at Norman Manley International Airport in Kingston on Wednesday carrying 18 tonnes of tarpaulins, water purification tablets and generators for communities hit by last week's flooding, the State Department said.

No deportees were on board, a State Department spokesperson said in response to questions, and the aircraft returned empty to Miami the same evening. "This was a humanitarian mission, full stop," the spokesperson said.

The use of a removal aircraft drew comment on social media in Jamaica, where deportation flights from the United States arrive roughly twice a month. Jamaican officials said they had requested "any available lift" after commercial cargo capacity was exhausted.

The U.S. Agency for International Development's successor office said a second relief shipment would go by sea.`,
    expect: { relevant: false },
  },
];
