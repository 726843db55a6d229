// Held-out news corpus no. 20 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT20A: CorpusArticle[] = [
  {
    id: "h20a-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "Deportees from US reach Delhi; state police begin verification",
    published: "2025-11-14",
    text: `NEW DELHI: A chartered aircraft carrying Indian nationals removed from the United States touched down at Indira Gandhi International Airport on Thursday afternoon, airport officials said, the latest in a string of such arrivals this year.

Immigration officers and teams from central intelligence agencies questioned the passengers in a cordoned-off section of Terminal 3 for several hours. Relatives, some of whom had been waiting outside since morning, were allowed to meet them only after dark.

According to a list shared with state governments, the plane carried 118 Indians: 71 from Punjab and Haryana, 29 from Gujarat and the rest from Uttar Pradesh, Maharashtra and Delhi. Nine women and four children were among them, a senior official said on condition of anonymity.

The aircraft had taken off from Fort Worth, Texas, a day earlier and made a refuelling stop in Germany, he added.

Earlier this year three US Air Force transport planes landed in Amritsar within a fortnight, carrying well over 300 people between them, and set off a political row over the use of handcuffs and leg chains on the journey. The Ministry of External Affairs told Parliament last month that roughly 2,400 Indians had been sent back from the US since January, most of them in small groups on scheduled commercial flights.

"We are treating them first as victims of fraudulent agents," said Harpreet Sandhu, a deputy commissioner of police with Punjab's NRI affairs wing, who travelled to the capital to receive the group. "Anyone with a pending case at home will be dealt with separately."

Officials said buses had been arranged to take the Punjab and Haryana contingents home overnight, while those from Gujarat would fly to Ahmedabad on Friday.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 118, approx: false },
      departure: ["Fort Worth, Texas"],
      arrival: ["Indira Gandhi International Airport"],
      date: "2025-11-13",
    },
  },
  {
    id: "h20a-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Dozens of Pakistanis flown home from US, FIA questions returnees",
    published: "2026-03-09",
    text: `ISLAMABAD: The Federal Investigation Agency (FIA) said on Sunday it had begun questioning a group of Pakistani men deported from the United States, who arrived at Islamabad International Airport late on Saturday aboard an aircraft chartered by American immigration authorities.

An FIA immigration official at the airport put the number of deportees at nearly 60, saying the final tally was still being checked against the manifest handed over by the US side. Most of the men come from Gujranwala, Mandi Bahauddin and Sialkot, districts with a long history of irregular migration to Europe and, more recently, the Americas.

The flight originated in Louisiana, where many of the men had been held in detention centres for months, relatives gathered outside the terminal said.

It is the largest group returned to Pakistan directly since the US stepped up removals last year. In early 2025 a handful of Pakistanis were among roughly 300 migrants of many nationalities whom Washington sent to Panama, an episode that drew sharp criticism from rights groups in Islamabad.

"Many of these young men sold family land to pay agents as much as four million rupees," said Tariq Mehmood, a deputy director at the FIA's anti-human smuggling circle in Gujranwala. "Our priority now is to trace those agents and bring cases against them."

The Foreign Office has said it verifies the nationality of every person before issuing travel documents, and that about 1,800 Pakistanis in the US currently hold final orders of removal. It did not say when the next group would arrive.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PK"],
      people: { value: 60, approx: true },
      departure: ["Louisiana"],
      arrival: ["Islamabad International Airport"],
      date: "2026-03-07",
    },
  },
  {
    id: "h20a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Second US removal flight in ten days lands in Dhaka",
    published: "2025-10-19",
    text: `DHAKA: A chartered aircraft carrying Bangladeshis deported from the United States landed at Hazrat Shahjalal International Airport early Saturday, the second such arrival in ten days, airport immigration police said.

Passengers came down the steps in grey sweatshirts, several clutching mesh bags with a few belongings. Officials said restraints had been removed shortly before landing.

Forty-one people, among them three women, were on board, according to Mahfuzur Rahman, an additional superintendent of the airport's immigration police. The group was released to relatives after interviews that lasted until late morning.

On October 9 a separate flight had brought back 27 Bangladeshis, most of whom were detained after crossing the US-Mexico border in 2023 and 2024 and later lost their asylum cases.

"Families mortgaged land and paid brokers between 25 and 35 lakh taka," said Nusrat Jahan, who coordinates returnee support for a Dhaka-based charity. "Now these young men come back with the debt and nothing else."

The foreign ministry says around 210 Bangladeshis have been returned from the US since January, including several who travelled on scheduled commercial flights through Dubai and Doha with US escorts. The ministry has asked Washington for advance lists so that families can be informed before each arrival.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 41, approx: false },
      departure: [],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2025-10-18",
    },
  },
  {
    id: "h20a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "US to fly back Nepali deportees next week, immigration department says",
    published: "2026-02-12",
    text: `KATHMANDU, Feb 12: At least 30 Nepali nationals held in US immigration detention are to be flown to Kathmandu on a chartered aircraft next week, the Department of Immigration said on Thursday.

The plane is expected to land at Tribhuvan International Airport on Tuesday afternoon, according to a letter the department received from the US Embassy. The letter did not give a final number, and officials cautioned that names are often dropped at the last minute because of pending appeals.

"We were first told 38, then 34. What we can say today is at least 30," said Kamala Thapa, a spokesperson for the department. "The Anti-Human Trafficking Bureau will interview everyone on arrival, as before."

Nepal received its first direct charter from the US last year; until then deportees had usually travelled on commercial flights through the Gulf. In December, 64 Nepalis came back on a single aircraft, the largest group so far, and the department says 412 have been returned since January 2025.

Most of those deported had reached the US through South and Central America after paying brokers in Kathmandu and Birgunj, police say. Several families told reporters they had borrowed at high interest to fund the journey.

The department said relatives would be allowed into a waiting area outside the international terminal once immigration formalities were complete.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["NP"],
      people: { value: 30, approx: true },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2026-02-17",
    },
  },
  {
    id: "h20a-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "Hanoi signals it will take back more nationals facing US removal",
    published: "2025-07-25",
    text: `HANOI: Vietnam is prepared to accept citizens ordered deported from the United States, including some who arrived there before 1995, a Foreign Ministry spokesperson said on Thursday, in the clearest statement yet on an issue that has long strained ties between the two countries.

Under a 2008 agreement, Vietnam generally declined to take back people who had entered the US before July 1995, when diplomatic relations were restored. A later memorandum allowed such cases to be considered one by one, but in practice few were accepted.

"Vietnam will receive its citizens on the basis of verified nationality and in a humane manner," spokesperson Pham Thu Hang told reporters at a regular briefing, adding that the two sides were "actively discussing" procedures. She did not say how many people could be affected or when returns would begin.

Community organisations in the US estimate that more than 8,000 Vietnamese nationals hold final removal orders, many of them former refugees who arrived as children and later served prison sentences.

The statement follows reports that Vietnamese men were among small groups of deportees Washington sent this month to countries in Africa after their home governments did not accept them. Hanoi has not commented publicly on those transfers.

In Orange County, California, lawyer Tran Quoc Bao said families were alarmed. "People who have been here forty years, with grandchildren, now hear that Hanoi will take them," he said by phone. "They are asking whether they should stop going to their check-ins."`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-24",
    },
  },
  {
    id: "h20a-en-006",
    lang: "en",
    style: "near-miss",
    title: "BI sends home 152 foreign workers from raided gaming hub on charter flight",
    published: "2024-09-12",
    text: `MANILA: The Bureau of Immigration (BI) on Wednesday deported 152 Chinese nationals arrested in a raid on an offshore gaming compound in Pampanga, putting them on a chartered aircraft that left Clark International Airport for Shanghai.

The group had been held for nearly two months at the bureau's warden facility in Taguig while their papers were processed. Immigration Commissioner spokesperson Dana Villareal said all had been placed on the bureau's blacklist and would be barred from re-entering the country.

"This is one of the largest single deportations we have carried out this year," Villareal said. "More flights will follow as the remaining detainees complete their requirements."

About 300 more foreign nationals from the same raid, including Vietnamese, Indonesians and Malaysians, remain in custody. The BI said it expects to send them home on commercial flights over the coming weeks, with the cost borne by their former employers.

The deportations follow a government order to shut down all offshore gaming operators by the end of the year. Authorities say the hubs have been linked to scam operations, human trafficking and kidnapping.

Separately, the bureau said it had intercepted 48 Filipinos at Ninoy Aquino International Airport this month who were trying to travel on tourist visas to work illegally abroad, some of them hoping to reach the United States through Mexico.`,
    expect: { relevant: false },
  },
  {
    id: "h20a-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: "Police confirm arrival of deportees from US at Nadi",
    published: "2025-08-22",
    text: `NADI: A group of Fijian nationals deported from the United States arrived at Nadi International Airport on Wednesday, police have confirmed, amid growing concern about the country's ability to reintegrate people who have spent most of their lives abroad.

The men were escorted off a chartered aircraft that had flown from Honolulu and were processed by immigration officers before being handed to police for record checks.

Assistant Commissioner Josaia Vakaloloma said none of the arrivals was wanted for offences in Fiji. "We received eleven men off that flight, all of them Fijian citizens, and all have now been released to their families," he told reporters in Lautoka on Thursday.

Fiji has the largest number of Pacific Islanders on the US list of non-detained people with final removal orders, with about 350 names, according to figures circulated earlier this year. New Zealand and Australia also deport dozens of Fijians every year, most of them on scheduled flights.

Reverend Mereani Tuilau of a church prison ministry said deportees often arrive with little more than a plastic bag of belongings. "Some of them don't speak the language any more. We need a proper programme, not just a handshake at the airport," she said.

The Ministry of Home Affairs says it is drafting a reintegration policy to be tabled in Parliament later this year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["FJ"],
      people: { value: 11, approx: false },
      departure: ["Honolulu"],
      arrival: ["Nadi International Airport"],
      date: "2025-08-20",
    },
  },
  {
    id: "h20a-en-008",
    lang: "en",
    style: "near-miss",
    title: "Fifteen years after the flight home, a deportee builds a boxing gym in Nuku'alofa",
    published: "2024-07-15",
    text: `NUKU'ALOFA: The punching bags at Siosaia Fifita's gym are patched with duct tape, and the roof leaks when the rain comes in sideways. But on a weekday evening more than 40 teenagers crowd the concrete floor, and Fifita, 47, moves among them correcting footwork in an accent that is pure Southern California.

He was nine when his family left Tonga for Long Beach. He was 32, with two convictions for burglary and one for assault, when US immigration officers put him on a plane in 2009. He remembers the shackles coming off on the tarmac at Fua'amotu and a police officer pointing at the road. "He said, that way is town. That was my welcome," Fifita says.

He spoke almost no Tongan. For two years he slept at an uncle's house and, by his own account, drank most days. Boxing, which he had learned in a county jail, was the way out.

Tonga receives a few dozen deportees a year from the United States, New Zealand and Australia, according to police figures, most of them men in their twenties and thirties with criminal records. Community workers say the country still has no law or funded programme to help them settle.

Fifita now trains three deportees as coaches. One arrived last year after 25 years in Utah. "The first month is the worst," Fifita says. "You're a stranger in the place you're supposed to belong."

He has not been back to the US and does not expect to be. His two daughters, both American citizens, visit every Christmas.`,
    expect: { relevant: false },
  },
  {
    id: "h20a-en-009",
    lang: "en",
    style: "receiving-country-local",
    title: "Samoa turns down US request to host third-country deportees",
    published: "2026-05-15",
    text: `APIA: Samoa will not accept people deported from the United States who are not Samoan citizens, the Office of the Prime Minister has told Washington, ending months of speculation that Apia might join a growing list of countries taking in third-country nationals.

In a written statement, the office said the government "remains committed" to receiving its own citizens under long-standing arrangements with the US, "but Samoa is not in a position to receive persons of other nationalities, whatever their circumstances."

US officials have approached several Pacific governments about such deals. Palau agreed last year to take a limited number of people, and Washington has sent deportees from Asia, Africa and Latin America to countries including Eswatini, Rwanda, Ghana and South Sudan.

Opposition MP Faleolo Tuiasosopo welcomed the decision. "We struggle to support our own returnees. Taking in strangers with criminal records would have been unfair on our villages," he said.

Church leaders had lobbied against the proposal, arguing that the country's small prison and mental-health services could not cope.

The United States removed 14 Samoans in the last fiscal year, most of them on commercial flights through Honolulu, according to immigration figures. Community groups in American Samoa and Hawaii say several dozen more have final orders and could be sent back at short notice.

The US Embassy in Apia said it did not comment on diplomatic discussions.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["WS"],
      people: null,
      departure: [],
      arrival: [],
      date: null,
    },
  },
  {
    id: "h20a-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "Iraqis and Syrians among deportees Jordan received from US",
    published: "2026-01-08",
    text: `AMMAN: Jordan accepted a group of Iraqi and Syrian nationals deported from the United States in December, alongside Jordanian citizens on the same flight, two government officials have confirmed, in what appears to be the kingdom's first involvement in Washington's third-country removals.

The aircraft, chartered by US Immigration and Customs Enforcement, landed at Queen Alia International Airport with 27 people on board, one of the officials said. Nineteen were Jordanians. The remaining eight, five Iraqis and three Syrians, had been ordered removed from the US but could not be returned to their own countries, the official said.

Both officials spoke on condition of anonymity because the arrangement has not been announced. The Interior Ministry declined to say where the eight non-Jordanians are being held. A ministry spokesman said only that Jordan "cooperates with friendly countries on migration matters in accordance with its laws."

Jordan hosts more than half a million registered Syrian refugees and has faced pressure from donors to encourage returns since the change of government in Damascus. The United States, meanwhile, has sent deportees who are not its partners' nationals to Costa Rica, Panama, El Salvador, Eswatini and South Sudan since early 2025.

"Sending Syrians to Jordan, where they have no legal status, risks pushing them straight back across the border," said Rana Haddad, a lawyer with an Amman legal aid group. "Nobody has told their families anything."

The US Embassy in Amman referred questions to the Department of Homeland Security, which did not respond.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JO"],
      nationalities: ["IQ", "SY"],
      people: { value: 27, approx: false },
      departure: [],
      arrival: ["Queen Alia International Airport"],
      date: "2025-12",
    },
  },
  {
    id: "h20a-en-011",
    lang: "en",
    style: "near-miss",
    title: "Egyptian travellers face new US visa bond as removals edge up",
    published: "2025-10-02",
    text: `CAIRO: Egyptians applying for some US visitor visas will have to post a bond of up to $15,000 under an expansion of a State Department pilot programme announced this week, a move travel agents in Cairo warned would put American trips out of reach for many families.

The bond, which is refunded if the traveller leaves the US on time, is aimed at countries with high rates of visa overstays. Egypt is one of 11 countries added in the latest round, alongside several in West Africa and Central Asia.

"Most of my clients are going to visit children who study there, or for medical treatment," said Hany Samir, who runs a travel agency in Heliopolis. "Fifteen thousand dollars is a flat in some parts of Cairo."

The announcement comes as US immigration enforcement against Egyptian nationals has grown. According to government data analysed by a migration research group, ICE removed 412 Egyptians in the fiscal year that ended on September 30, up from 236 the year before. Almost all travelled on scheduled commercial flights via Europe, often escorted by officers.

The Ministry of Emigration said it was in contact with US officials and urged citizens to respect the terms of their visas. It also repeated a warning against smuggling networks that offer routes to the US through Latin America.

Consular officials said appointments already booked would not be cancelled, but new applicants could be asked to pay the bond from November.`,
    expect: { relevant: false },
  },
  {
    id: "h20a-en-012",
    lang: "en",
    style: "receiving-country-local",
    title: "Charter with Central Asian deportees lands in Tashkent",
    published: "2025-12-03",
    text: `TASHKENT: A charter aircraft carrying more than 130 people deported from the United States landed in Tashkent on Monday night, Uzbekistan's Foreign Ministry said, with citizens of Kyrgyzstan, Kazakhstan and Tajikistan on board alongside Uzbeks.

The plane, a wide-body jet operated by an American charter company, had taken off from Mesa, Arizona, according to publicly available tracking data.

"The flight was organised at the initiative of the Uzbek side, in close cooperation with our American partners," ministry spokesman Dilshod Karimov said in a statement on Tuesday. He said the citizens of neighbouring countries would be helped to continue their journeys by land.

Kyrgyz officials said 22 of their nationals were among the passengers and were expected to reach Bishkek by bus on Wednesday. Kazakhstan's embassy confirmed that an unspecified number of Kazakhs had been on the flight. Tajik authorities did not comment.

It is the third removal flight from the US this year paid for by Tashkent. In April, the government financed a charter that brought back 119 Central Asians, an arrangement US officials praised as an example of "burden sharing". Smaller groups continue to return on scheduled flights from New York.

US immigration authorities say more than 900 Uzbek citizens have final orders of removal. Rights groups in Tashkent say most are young men who crossed the US southern border after long journeys through Turkey and Latin America.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      nationalities: ["KG", "KZ", "TJ"],
      people: { value: 130, approx: true },
      departure: ["Mesa, Arizona"],
      arrival: ["Tashkent"],
      date: "2025-12-01",
    },
  },
  {
    id: "h20a-en-013",
    lang: "en",
    style: "us-local",
    title: "Folkston detainees put on deportation flight out of Brunswick",
    published: "2024-08-21",
    text: `BRUNSWICK, Ga. — A white Boeing 737 with no airline markings on its tail sat on the apron at Brunswick Golden Isles Airport for a little more than an hour Monday while detainees from the Folkston ICE Processing Center were walked aboard in chains, according to two people who watched from outside the fence.

The plane was bound for San Pedro Sula, Honduras, according to flight-tracking records and an immigration attorney whose client was on board.

U.S. Immigration and Customs Enforcement would not say how many people were removed. In an emailed statement, the agency said it "routinely conducts removal flights from airports across the country" and does not discuss operational details.

The attorney, Melissa Danforth of Savannah, said her client, a 34-year-old roofer who had lived in Camden County since 2016, called his brother from a reception center in Honduras that evening. "He didn't know where the plane was going until it was in the air," she said.

Folkston, about 40 miles southwest of here, has become one of the largest immigration detention centers in the Southeast after an expansion last year. Most people held there are bused to Alexandria, Louisiana, or to Texas for their flights, but local activists say Brunswick has now seen at least four removal flights since spring, including one in June to Guatemala City.

Glynn County commissioners have not discussed the flights in public. An airport spokeswoman said the facility is open to "all lawful aviation traffic" and that the charters pay the same fees as any other operator.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: null,
      departure: ["Brunswick Golden Isles Airport"],
      arrival: ["San Pedro Sula"],
      date: "2024-08-19",
    },
  },
  {
    id: "h20a-en-014",
    lang: "en",
    style: "us-local",
    title: "Roswell sends off second ICE removal flight of the week, this time to Ecuador",
    published: "2026-06-12",
    text: `ROSWELL, N.M. — For the second time this week, a chartered jet carrying immigration detainees took off from Roswell Air Center, this time bound for South America.

On Monday, a flight from the same airport carried 88 Guatemalans to Guatemala City, the first removal flight to leave Roswell since detention contracts in Otero and Torrance counties were expanded in the spring.

Thursday's flight, operated by a Florida-based charter company, carried about 100 Ecuadorian men and women, an ICE spokesperson said in an email. Ecuador's foreign ministry said the plane landed in Guayaquil in the afternoon and that consular staff had met the passengers.

The former military airfield on the city's south side is better known for storing retired airliners. Airport manager Luis Carrasco said ICE flights pay standard landing fees and are handled like any other charter. "We don't get a say in who's on the plane," he said.

Chaves County Commissioner Dale Whitaker said he learned of the flights from constituents. "Nobody from the federal government called us," he said. "I'd like to know how many more of these are coming."

Volunteers with a Las Cruces immigrant rights coalition, who watch the airports and log tail numbers, say they have counted 23 removal flights from New Mexico airports in the first five months of the year, most of them from Albuquerque and Santa Teresa.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 100, approx: true },
      departure: ["Roswell Air Center"],
      arrival: ["Guayaquil"],
      date: "2026-06-11",
    },
  },
  {
    id: "h20a-en-015",
    lang: "en",
    style: "us-local",
    title: "Miami removal flight to Haiti set for Thursday despite turmoil",
    published: "2026-09-28",
    text: `MIAMI — Federal immigration authorities plan to send a deportation flight from Miami International Airport to Haiti on Thursday, according to notices received by at least three detainees' attorneys, even as gang violence continues to disrupt life in the Haitian capital.

The flight is scheduled to land in Cap-Haïtien, on the north coast, because the main airport in Port-au-Prince has been closed to most traffic for months, the attorneys said.

ICE declined to confirm the schedule or say how many people would be on board. "For operational security reasons, ICE does not discuss upcoming removals," a spokeswoman said in a statement.

Attorney Guerline Auguste, whose office is in Little Haiti, said one of her clients, a 51-year-old father of three who has lived in Florida since 2004, was moved on Friday from the Krome detention center to a staging area. "His children were born here. He has not been to Haiti in twenty years," she said. "We filed an emergency motion this morning."

The last removal flight to Haiti, in August, carried 46 people, according to Haiti's national migration office. Advocates who track the flights count 19 to Haiti so far this year, compared with 31 in all of 2025.

Haitian community leaders plan a vigil outside the airport on Wednesday evening. The consulate general in Miami said it had not received an official list of passengers.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["HT"],
      people: null,
      departure: ["Miami International Airport"],
      arrival: ["Cap-Haïtien"],
      date: "2026-10-01",
    },
  },
  {
    id: "h20a-en-016",
    lang: "en",
    style: "near-miss",
    title: "Removal flights reach new monthly high in October, volunteer tracker says",
    published: "2025-11-06",
    text: `Deportation flights out of the United States rose to their highest monthly level on record in October, according to a report released Wednesday by a volunteer network that has tracked immigration charters since 2020.

The group counted 287 removal flights last month, up 9 percent from September and nearly double the figure for October 2024. Including domestic shuttle flights that move detainees between detention centers, it logged more than 1,900 flights in all.

Guatemala received the most removal flights, 58, followed by Honduras with 47, Mexico with 41 and El Salvador with 22. Colombia and Ecuador each received about 15. The report also recorded single flights to India, Uzbekistan and Vietnam, and two to West Africa.

"The scale keeps growing while the information keeps shrinking," said the report's author, Martin Ebersole, a retired banker in Ohio who compiles the data from public flight-tracking sites, airport cameras and tips from local observers. He said several charter operators had asked tracking websites to hide their aircraft, forcing volunteers to rely on spotters at airports.

The report estimates that the flights carried between 32,000 and 38,000 people in October, based on typical aircraft capacity, but cautions that ICE does not publish passenger numbers for individual flights.

ICE said in a statement that it "removes illegal aliens in accordance with the law" and does not comment on outside estimates. The agency's own figures show about 245,000 removals in the fiscal year that ended September 30.`,
    expect: { relevant: false },
  },
  {
    id: "h20a-en-017",
    lang: "en",
    style: "court-filing",
    title: "Lawyers say West African men were flown to Ghana while claims were pending",
    published: "2026-04-02",
    text: `WASHINGTON — Lawyers for a group of West African men deported to Ghana last month told a federal judge on Wednesday that the government removed them while their requests for protection were still pending, according to an emergency motion filed in U.S. District Court in Washington.

The motion says fourteen men, nationals of Nigeria, Gambia and Togo, were taken from detention before dawn on March 24, 2026, driven to Alexandria International Airport in Louisiana and placed on a chartered flight that landed in Accra that evening. None of them is a Ghanaian citizen, the filing says.

According to the motion, at least four of the men had told officers they feared being sent on to their home countries, and two had interviews with asylum officers scheduled for the following week. The filing includes sworn statements from relatives who say they have not been able to reach the men since they arrived.

The Justice Department has not yet responded. In earlier cases, government lawyers have argued that Ghana gave diplomatic assurances that deportees would not be returned to places where they face persecution.

Ghana's government said last year it would accept West African nationals removed from the United States under a regional free-movement arrangement, and several flights have since landed in Accra. The administration has also sent third-country deportees to Eswatini, Rwanda and Equatorial Guinea.

"The government moved these men out of reach of this court in a matter of hours," the lawyers, from a Washington civil rights clinic, wrote. They are asking the judge to order the government to facilitate the men's return.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM", "TG"],
      people: { value: 14, approx: false },
      departure: ["Alexandria International Airport"],
      arrival: ["Accra"],
      date: "2026-03-24",
    },
  },
  {
    id: "h20a-en-018",
    lang: "en",
    style: "wire",
    title: "Palau receives first third-country deportees under US deal",
    published: "2026-11-05",
    text: `KOROR, Palau — A small group of men deported from the United States arrived in Palau on Wednesday, the island nation's government said, the first transfer under an agreement signed last year that lets Washington send people who cannot be returned to their own countries.

Six men, two from Bangladesh, three from Sri Lanka and one from Myanmar, were on the flight, which came from Guam and landed at Roman Tmetuchl International Airport shortly after noon, according to a statement from the Office of the President.

None of the six has a criminal record, the statement said. All will be offered work permits and temporary housing while the government, with help from an international migration agency, explores whether they can eventually go home or move elsewhere.

The US Embassy in Koror said the men had final orders of removal and had been "afforded all due process under US law." It said Washington would cover the cost of their housing and support for the first year.

Palau, a nation of about 18,000 people, agreed in 2025 to take up to 75 third-country nationals over several years. Other countries that have accepted such deportees include Eswatini, Rwanda, Uganda and Ghana, while several Pacific governments have declined similar requests.

Some residents have voiced unease. "We are a small place. People want to know who these men are and how long they will stay," said Ngirai Tellei, a community leader in Airai, near the airport.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PW"],
      nationalities: ["BD", "LK", "MM"],
      people: { value: 6, approx: false },
      departure: ["Guam"],
      arrival: ["Roman Tmetuchl International Airport"],
      date: "2026-11-04",
    },
  },
  {
    id: "h20a-en-019",
    lang: "en",
    style: "near-miss",
    title: "Man wanted in Surat investment fraud deported from US, held at Ahmedabad airport",
    published: "2024-12-10",
    text: `AHMEDABAD: A 41-year-old man accused of cheating hundreds of investors in a Surat gold scheme was arrested at Sardar Vallabhbhai Patel International Airport on Monday after being deported from the United States, Gujarat police said.

Kalpesh Vora, who had been living in New Jersey since 2019, arrived on a scheduled commercial flight from Newark via Dubai, escorted by two US immigration officers, police said. He was handed over to a team from the state CID's economic offences wing as soon as he cleared immigration.

Vora is accused of collecting more than Rs 38 crore from about 600 investors with promises of monthly returns of up to 4 percent. A lookout circular was issued against him in 2020, and Indian authorities had sought his removal after US Immigration and Customs Enforcement detained him for overstaying his visa earlier this year.

"This was a deportation, not an extradition, which allowed us to bring him back much faster," said Deputy Superintendent Nikhil Raval. "He will be produced in court tomorrow."

Investors gathered outside the CID office in Gandhinagar on Monday evening. "I gave him my retirement money," said Dinesh Patel, 67. "I want to see him answer for it."

Police said two other suspects in the case are believed to be in Canada and Dubai.`,
    expect: { relevant: false },
  },
  {
    id: "h20a-en-020",
    lang: "en",
    style: "near-miss",
    title: "Stranded migrants return from Libya on chartered repatriation flight",
    published: "2025-05-14",
    text: `DHAKA: A total of 173 Bangladeshis who had been stranded in Libya returned home on Tuesday aboard a chartered flight arranged by the Bangladesh embassy in Tripoli and an international migration agency.

The aircraft took off from Benghazi's Benina airport and landed at Hazrat Shahjalal International Airport in Dhaka in the evening, officials of the Expatriates' Welfare Desk said. Each returnee received cash, food and a mobile phone SIM card on arrival.

Most of the returnees had travelled to Libya hoping to cross the Mediterranean to Italy. Many said they had been held for ransom by traffickers or detained in overcrowded centres before registering with the embassy for voluntary return.

"We were sold three times," said Rakib Hossain, 24, from Madaripur. "My mother sold her gold to free me. I only want to go home now."

It was the sixth such flight from Libya since January, bringing the number of Bangladeshis repatriated from the country this year to more than 1,000, according to the welfare desk.

Rights groups say Bangladesh remains one of the main countries of origin for people attempting the central Mediterranean route. Separately, the government has received several small groups of nationals deported from the United States this year, and officials say they are pressing for more advance notice of those returns.`,
    expect: { relevant: false },
  },
  {
    id: "h20a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Guatemala recibe vuelo de EE. UU. con hondureños y salvadoreños a bordo",
    published: "2025-10-25",
    text: `CIUDAD DE GUATEMALA. El Instituto Guatemalteco de Migración (IGM) informó que este viernes atendió la llegada de un vuelo procedente de Estados Unidos en el que, además de guatemaltecos, viajaban ciudadanos de Honduras y El Salvador, en la segunda operación de este tipo desde que el país aceptó recibir a extranjeros deportados.

La aeronave aterrizó a media mañana en la Base Aérea de La Aurora, en la zona 13 capitalina, tras despegar de Alexandria, Luisiana, según la información oficial.

De acuerdo con el comunicado, a bordo llegaron 124 personas: 112 guatemaltecos, 9 hondureños y 3 salvadoreños. Los extranjeros fueron trasladados al centro de atención para migrantes extranjeros, desde donde serán llevados por tierra hasta las fronteras de sus países.

"Se les brindó alimentación, atención médica y llamadas telefónicas, igual que a nuestros connacionales", dijo Ana Lucía Morales, vocera del IGM, quien no precisó cuántos extranjeros más se espera recibir en las próximas semanas.

A comienzos de año, el Gobierno acordó con Washington ampliar el número de vuelos de retorno y aceptar también a nacionales de otros países centroamericanos que no pudieran ser enviados directamente a su lugar de origen.

En lo que va del año han aterrizado en el país 281 vuelos con deportados desde Estados Unidos, con un total de 43.900 personas, según cifras del instituto. El jueves, otro avión había traído a 131 guatemaltecos desde Texas.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["HN", "SV"],
      people: { value: 124, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Base Aérea de La Aurora"],
      date: "2025-10-24",
    },
  },
  {
    id: "h20a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Llega a Comalapa otro grupo de salvadoreños deportados",
    published: "2024-11-30",
    text: `SAN SALVADOR. Un nuevo grupo de salvadoreños deportados desde Estados Unidos llegó el pasado jueves al Aeropuerto Internacional San Óscar Arnulfo Romero, en la zona costera de La Paz, a bordo de un vuelo federal procedente de Luisiana.

Desde temprano, decenas de familiares esperaban frente al portón de la Gerencia de Atención al Migrante, en la capital, adonde los retornados son trasladados en autobús después del aterrizaje. Algunos llevaban rótulos con nombres escritos a mano; otros, solo una fotografía en el teléfono.

Fuentes de la Dirección General de Migración y Extranjería indicaron que en la aeronave venían alrededor de 120 personas, en su mayoría hombres jóvenes, aunque la institución no divulgó la cifra oficial.

"Me agarraron saliendo del trabajo en Houston. Tres meses estuve encerrado y hoy me dieron la ropa que traigo puesta", contó un hombre de 29 años originario de Usulután, que pidió no ser identificado.

Según registros de organizaciones que monitorean los vuelos, El Salvador recibió 11 vuelos de deportación en octubre, frente a 9 en septiembre. Guatemala y Honduras siguen encabezando la lista en la región.

Además de los vuelos, cada semana llegan por tierra autobuses con salvadoreños retornados desde el sur de México, que son recibidos en la misma oficina.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 120, approx: true },
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional San Óscar Arnulfo Romero"],
      date: "2024-11-28",
    },
  },
  {
    id: "h20a-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Aterriza en Maiquetía segundo vuelo de deportados en cinco días",
    published: "2025-08-19",
    text: `CARACAS. Un avión con más de 170 venezolanos deportados desde Estados Unidos aterrizó el domingo en el Aeropuerto Internacional Simón Bolívar de Maiquetía, informó el Ministerio de Interior, Justicia y Paz.

La aeronave, de una compañía chárter estadounidense, había despegado de Harlingen, Texas. Entre los pasajeros había 24 mujeres y siete niños, detalló un vocero del despacho en una transmisión de la televisión estatal.

"Todos pasan por una revisión médica y por la verificación de antecedentes; quien no tenga nada pendiente se va con su familia", dijo el funcionario, que aseguró que ninguno de los retornados llegó esposado.

Se trata del segundo vuelo en cinco días. El miércoles anterior, un avión de la estatal Conviasa había traído a 204 connacionales desde El Paso, también en Texas, en el marco del plan Vuelta a la Patria.

Con ambas operaciones, el Gobierno contabiliza 9.870 retornados desde Estados Unidos en lo que va de año. Las autoridades no informaron cuándo está previsto el próximo vuelo.

Organizaciones de derechos humanos insisten en que se informe a las familias con antelación. "Muchas madres se enteran por las redes de que su hijo ya está en Maiquetía", dijo Carmen Rivero, de una red de apoyo a migrantes en Caracas.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 170, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional Simón Bolívar de Maiquetía"],
      date: "2025-08-17",
    },
  },
  {
    id: "h20a-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Cancillería anuncia nuevo vuelo de la Fuerza Aeroespacial para traer a deportados",
    published: "2026-07-10",
    text: `BOGOTÁ. Un avión de la Fuerza Aeroespacial Colombiana viajará de nuevo a Estados Unidos para recoger a unos 110 connacionales con orden de deportación, informó este viernes la Cancillería.

El Boeing 737 despegará desde Alexandria, Luisiana, con los colombianos a bordo y tiene previsto aterrizar en Bogotá el próximo martes, según el comunicado, que no precisó la hora de llegada.

"Nuestros connacionales volverán con dignidad, sin esposas y acompañados por personal médico y de Migración Colombia", afirmó Julián Ortega, director de asuntos migratorios de la Cancillería.

Desde la crisis diplomática de enero de 2025, cuando el Gobierno rechazó en un primer momento dos aviones militares estadounidenses, la Fuerza Aeroespacial ha realizado más de 70 vuelos de este tipo y ha traído a cerca de 7.800 personas, según cifras oficiales.

A esos vuelos se suman los chárteres contratados por el ICE, que siguen llegando cada semana al aeropuerto El Dorado. Solo en junio, según Migración Colombia, esos aviones trajeron a 1.420 colombianos.

El Instituto Colombiano de Bienestar Familiar dispondrá de un equipo para atender a los menores que lleguen en el vuelo del martes.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CO"],
      people: { value: 110, approx: true },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Bogotá"],
      date: "2026-07-14",
    },
  },
  {
    id: "h20a-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Gobernación confirma que se reanudan los vuelos de repatriación al sur del país",
    published: "2026-10-15",
    text: `TAPACHULA, Chis. El Gobierno de México aceptó reanudar la recepción de vuelos con connacionales deportados desde Estados Unidos hacia aeropuertos del sur del país, suspendida desde agosto, confirmó este miércoles la Secretaría de Gobernación.

En un comunicado, la dependencia explicó que la pausa obedeció a "ajustes logísticos y de coordinación" con las autoridades estadounidenses, pero no precisó cuándo llegará el primer avión ni cuántas personas serán trasladadas en esta nueva etapa.

Durante 2025, la terminal aérea de esta ciudad recibió unos 9 mil 400 mexicanos deportados, según datos de la Unidad de Política Migratoria, lo que la convirtió en uno de los principales puntos de llegada de los vuelos de repatriación.

"Para nosotros es mejor que lleguen aquí, con atención, que abandonarlos en la frontera norte a merced del crimen", dijo Rosa Elvira Mendoza, coordinadora de un albergue en el centro de Tapachula.

Comerciantes y transportistas de la zona, en cambio, se quejan de la falta de información. "Nadie nos avisa; de repente llegan cien personas buscando autobús", comentó un taxista del aeropuerto.

Mientras tanto, por los puentes internacionales de Nuevo Laredo, Reynosa y Matamoros siguen cruzando a diario cientos de mexicanos entregados por tierra por las autoridades estadounidenses.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MX"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-10-14",
    },
  },
  {
    id: "h20a-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Deportan por avión a Tabasco a mexicanos detenidos en el Valle de Texas",
    published: "2024-06-20",
    text: `MATAMOROS, Tamps. Un vuelo fletado por el Servicio de Inmigración y Control de Aduanas de Estados Unidos (ICE) partió el pasado martes de Brownsville, Texas, con mexicanos deportados que fueron trasladados al sureste del país en lugar de ser devueltos por el puente internacional, como ocurría hasta hace unos meses.

El avión aterrizó en Villahermosa, Tabasco, poco después del mediodía, y los pasajeros fueron recibidos por personal del Instituto Nacional de Migración (INM) y de la Secretaría de Bienestar.

De acuerdo con el INM, viajaban ciento veinte connacionales, entre ellos catorce mujeres, originarios en su mayoría de Veracruz, Chiapas y Oaxaca. A cada uno se le entregó una constancia de repatriación y un boleto de autobús a su estado.

Los traslados forman parte de un programa binacional que busca alejar a los deportados de la frontera norte, donde suelen ser víctimas de extorsión o intentan cruzar de nuevo en pocos días.

En Matamoros, los albergues reportan una baja en las entregas por tierra: la casa del migrante de la diócesis recibió 310 repatriados en mayo, frente a 540 en marzo.

"Aquí llegaban sin nada, sin teléfono y sin un peso, y los esperaban los coyotes en la esquina", recordó el sacerdote Tomás Llanes, encargado del albergue.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 120, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Villahermosa"],
      date: "2024-06-18",
    },
  },
  {
    id: "h20a-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Caracas suspende la recepción de vuelos de deportación desde EE. UU.",
    published: "2026-08-04",
    text: `CARACAS. El Gobierno venezolano anunció este lunes que dejará de recibir vuelos con migrantes deportados desde Estados Unidos "hasta nuevo aviso", en respuesta a la decisión de Washington de retirar los permisos de aterrizaje a la aerolínea estatal Conviasa.

"Venezuela no aceptará que sus ciudadanos sean usados como moneda de cambio mientras se castiga a la empresa que los trae de vuelta con dignidad", señaló la Cancillería en un comunicado leído en la televisión estatal.

La medida deja en suspenso al menos un vuelo que estaba previsto para esta semana desde Texas, según fuentes del sector aeronáutico, que no precisaron cuántos pasajeros llevaría.

Desde febrero de 2025, más de 14.000 venezolanos han retornado desde Estados Unidos en unos 70 vuelos, tanto de Conviasa como de compañías chárter estadounidenses, según cifras oficiales. Otros cientos fueron enviados a terceros países, entre ellos El Salvador y Honduras.

El Departamento de Estado no había respondido a la decisión hasta la noche del lunes.

En Doral, Florida, familiares de detenidos expresaron su preocupación. "Mi hermano firmó la salida voluntaria hace un mes y sigue encerrado. Ahora no sabemos si lo van a mandar a otro país", dijo Yelitza Parra, de 38 años.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-08-03",
    },
  },
  {
    id: "h20a-es-008",
    lang: "es",
    style: "near-miss",
    title: "INM deporta por vía aérea a 135 hondureños desde Villahermosa",
    published: "2024-10-09",
    text: `VILLAHERMOSA, Tab. El Instituto Nacional de Migración (INM) informó este martes que deportó a 135 personas de nacionalidad hondureña, en su mayoría familias con niños, que se encontraban en situación irregular en México.

El traslado se realizó en un avión de la Guardia Nacional que despegó del Aeropuerto Internacional de Villahermosa con destino a San Pedro Sula, Honduras, en coordinación con el consulado de ese país.

Según el instituto, los migrantes habían sido localizados en distintos puntos de Tabasco y Veracruz mientras intentaban avanzar hacia la frontera con Estados Unidos, muchos de ellos a bordo de tractocamiones.

"Se respetaron en todo momento sus derechos humanos y se les brindó atención médica antes del vuelo", señaló el INM en un comunicado, en el que agregó que la semana pasada había retornado a otros 212 hondureños y 96 guatemaltecos por la misma vía.

Organizaciones civiles de la región cuestionaron el operativo. "Muchas de estas familias tenían citas pendientes para pedir asilo en Estados Unidos a través de la aplicación y ahora las regresan al punto de partida", dijo Ramiro Solís, de un colectivo de defensa de migrantes en Tenosique.

En lo que va del año, el INM ha devuelto a sus países de origen a más de 48 mil extranjeros, de acuerdo con cifras de la Secretaría de Gobernación.`,
    expect: { relevant: false },
  },
  {
    id: "h20a-es-009",
    lang: "es",
    style: "near-miss",
    title: "Regresan desde Lima 98 venezolanos en vuelo del plan de retorno voluntario",
    published: "2024-07-23",
    text: `CARACAS. Un total de 98 venezolanos que residían en Perú regresaron este lunes al país en un vuelo de Conviasa que aterrizó en el Aeropuerto Internacional Simón Bolívar de Maiquetía, como parte del plan gubernamental de retorno voluntario.

El grupo, integrado por 41 hombres, 37 mujeres y 20 niños, salió del aeropuerto Jorge Chávez de Lima después de inscribirse en el consulado venezolano, que cubrió el costo del pasaje.

"Allá trabajaba doce horas vendiendo jugos y no alcanzaba para el alquiler. Prefiero empezar de nuevo en mi tierra", contó Yusmary Colmenares, de 34 años, quien llegó con sus dos hijos.

Según el Gobierno, más de 35.000 personas se han acogido al programa desde su creación, la mayoría desde Perú, Colombia, Chile y Ecuador. Organizaciones independientes ponen en duda esas cifras y señalan que el número de venezolanos que emigran sigue siendo muy superior al de quienes regresan.

El ministro de Relaciones Exteriores dijo que el próximo vuelo saldrá desde Santiago de Chile a mediados de agosto.

Al mismo tiempo, el Gobierno reiteró su rechazo a las deportaciones desde Estados Unidos, que calificó de "criminalización de la migración", aunque no anunció cambios en la recepción de esos vuelos.`,
    expect: { relevant: false },
  },
  {
    id: "h20a-es-010",
    lang: "es",
    style: "near-miss",
    title: "Diputados presentan iniciativa de ley para la reinserción de guatemaltecos retornados",
    published: "2026-02-26",
    text: `CIUDAD DE GUATEMALA. Un grupo de diputados de distintas bancadas presentó este miércoles ante el Congreso una iniciativa de ley que busca crear un sistema nacional de reinserción para los guatemaltecos deportados, con fondos para capacitación laboral, atención psicológica y acceso a crédito.

La propuesta surge tras un año récord de retornos. Según el Instituto Guatemalteco de Migración, en 2025 aterrizaron en el país más de 330 vuelos con deportados desde Estados Unidos, que trajeron a cerca de 52.000 personas, a las que se suman unas 38.000 devueltas por tierra desde México.

"Hoy a la gente la reciben en la base aérea con una refacción y un pasaje de bus, y ahí termina el Estado", dijo la diputada Lucrecia Ajcip, una de las ponentes. "Sin un programa real, muchos se vuelven a ir en menos de un año".

La iniciativa propone que las municipalidades con más retornados reciban un fondo especial y que las empresas que contraten a deportados obtengan beneficios fiscales. También plantea homologar los conocimientos adquiridos en Estados Unidos, por ejemplo en construcción o cocina.

Organizaciones de migrantes respaldaron la propuesta, aunque advirtieron que iniciativas similares se han quedado estancadas en comisiones en al menos dos legislaturas anteriores.

La iniciativa deberá recibir dictamen de la Comisión del Migrante antes de pasar al pleno, un proceso que podría tardar meses.`,
    expect: { relevant: false },
  },
];
