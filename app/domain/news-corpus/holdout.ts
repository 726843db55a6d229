import type { CorpusArticle } from "./types";

// HELD-OUT set for the flight extractor: measured once, never tuned on. Written independently of the
// other corpus files (en-us, en-world, es, zh) and of the extractor; every article is invented in its own
// words (names, officials, numbers and most events are fictional), modelled on the shapes real outlets use:
// wire copy, local TV scripts, government releases and bulletins, flight-tracker blog posts, magazine
// paragraphs, receiving-country papers. Near misses (relevant: false) share the vocabulary of the real
// thing but report another event: a non-US deportation charter, one person on a commercial flight,
// statistics, an evacuation, a route launch, a criminal-suspect transfer.

export const HOLDOUT: CorpusArticle[] = [
  // ───────────────────────────── English ─────────────────────────────
  {
    id: "ho-en-001",
    lang: "en",
    style: "wire",
    title: "Mongolians deported from U.S. arrive on rare charter flight",
    published: "2025-06-14",
    text: `ULAANBAATAR — Thirty-eight Mongolian citizens deported from the United States arrived home on Thursday aboard a chartered aircraft, Mongolia's foreign ministry said, the first removal flight of its kind to the country that officials here could remember.

The plane, which left from Mesa, Arizona, and refuelled in Anchorage, touched down at Chinggis Khaan International Airport shortly after 6 a.m. local time. Ministry spokeswoman Enkhjargal Bold said all of those on board were adult men and women who had overstayed visas or been ordered removed by an immigration judge.

"They were met by consular staff and by the General Authority for Border Protection. Nobody was detained on arrival," she told reporters.

Several thousand Mongolians are believed to live in the United States, many of them in the Chicago and Denver areas. Until now, those deported had generally travelled on scheduled flights through Seoul or Istanbul, escorted by U.S. officers.

U.S. Immigration and Customs Enforcement did not respond to a request for comment. The agency says it does not discuss upcoming transport operations for security reasons.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MN"],
      people: { value: 38, approx: false },
      departure: ["Mesa"],
      arrival: ["Chinggis Khaan International Airport"],
      date: "2025-06-12",
    },
  },
  {
    id: "ho-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Two U.S. removal charters land in Dushanbe and Baku on the same day",
    published: "2025-11-20",
    text: `Two aircraft chartered by the U.S. government delivered deported migrants to the Caspian and Central Asian region on Tuesday, in what local officials described as an unusually busy day for returns from America.

The first plane landed at Dushanbe International Airport in the morning carrying 44 Tajik citizens, according to Tajikistan's Migration Service. A spokesman said the returnees would be checked against wanted lists and then released to their families.

Hours later a second jet touched down at Heydar Aliyev International Airport in Baku with 27 Azerbaijani nationals on board. Azerbaijan's State Migration Service confirmed the arrival but gave no further details.

In all, 71 people were returned on the two flights. Flight-tracking data reviewed by this outlet show that both aircraft originated in Alexandria, Louisiana, and stopped to refuel in Shannon, Ireland.

Labour migration from Tajikistan has traditionally flowed to Russia, but the number of Tajiks attempting to reach the United States through Latin America grew sharply after 2022. Remittances still account for roughly a third of the country's economy.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TJ", "AZ"],
      people: { value: 71, approx: false },
      departure: ["Alexandria"],
      arrival: ["Dushanbe International Airport", "Heydar Aliyev International Airport"],
      date: "2025-11-18",
    },
  },
  {
    id: "ho-en-003",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 57 Eastern European nationals on single charter flight",
    published: "2026-02-06",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) removed 57 nationals of Moldova, Romania and Georgia on Feb. 4 aboard a charter flight that departed from Gary, Indiana, and made stops in Bucharest, Chisinau and Tbilisi.

Among those removed were individuals convicted of burglary, identity theft and driving under the influence, as well as individuals who received final orders of removal from an immigration judge.

"This operation shows that distance is no barrier to enforcing the law," said ERO Chicago Field Office Director Martin Velasquez-Hart. "We thank our partners in all three countries for their cooperation in accepting the return of their citizens."

ICE removed more than 270,000 noncitizens in fiscal year 2025. ICE Air Operations supports the removal of noncitizens via commercial airlines and chartered aircraft to countries around the world.

Noncitizens placed into removal proceedings receive their full due process under the law and are afforded the opportunity to have their cases heard by immigration judges with the Executive Office for Immigration Review.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MD", "RO", "GE"],
      people: { value: 57, approx: false },
      departure: ["Gary"],
      arrival: ["Bucharest", "Chisinau", "Tbilisi"],
      date: "2026-02-04",
    },
  },
  {
    id: "ho-en-004",
    lang: "en",
    style: "us-local-tv-script",
    title: "Omaha father deported to Togo on West Africa charter",
    published: "2025-09-22",
    text: `[ANCHOR ON CAM]
AN OMAHA FAMILY IS TRYING TO MAKE SENSE OF A WEEK THAT ENDED WITH THEIR FATHER ON THE OTHER SIDE OF THE WORLD. OUR JESSICA PRUITT HAS THEIR STORY.

[PKG — VO: family photos, church exterior]
KOFFI AMEGAH HAD LIVED IN SOUTH OMAHA FOR ELEVEN YEARS. HIS WIFE SAYS HE WAS PICKED UP AT A CHECK-IN WITH IMMIGRATION OFFICERS IN AUGUST AND MOVED TO A DETENTION CENTER IN LOUISIANA.

[SOT — Afi Amegah, wife]
"He called me from the plane before they took the phone. He said, pray for me."

[VO — file video, ICE aircraft]
IMMIGRATION AND CUSTOMS ENFORCEMENT CONFIRMED TO 6 NEWS THAT A CHARTER LEFT MIAMI LAST WEDNESDAY CARRYING ROUGHLY 30 WEST AFRICAN NATIONALS. THE PLANE STOPPED IN LOMÉ, TOGO... COTONOU, BENIN... AND NIAMEY, NIGER.

AMEGAH WAS AMONG THOSE WHO GOT OFF IN LOMÉ.

[SOT — Rev. Daniel Oyelaran, St. Bridget Parish]
"These are our neighbors. Our parish will keep supporting this family."

[TAG — ANCHOR]
THE FAMILY'S ATTORNEY SAYS SHE IS STILL PURSUING A MOTION TO REOPEN HIS CASE FROM HERE.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TG", "BJ", "NE"],
      people: { value: 30, approx: true },
      departure: ["Miami"],
      arrival: ["Lomé", "Cotonou", "Niamey"],
      date: "2025-09-17",
    },
  },
  {
    id: "ho-en-005",
    lang: "en",
    style: "tracker-blog",
    title: "ICE Air notes, week ending 15 Mar: two firsts in the Andes",
    published: "2025-03-16",
    text: `Quick post this week; the full monthly report comes out in April.

Headline numbers for the week: 33 removal flights (prior six-week average 29) and 118 total ICE Air legs, most of them domestic shuffles between detention centers in Texas, Louisiana and Arizona.

The interesting part was Tuesday 11 March, which brought two destinations we had never logged before:

- GlobalX out of Harlingen (HRL) flew a removal to Latacunga (LTX), the Cotopaxi airport in the Ecuadorian highlands, instead of the usual Guayaquil or Quito. Our guess is runway slots in Quito, but that is only a guess.
- A few hours later an Avelo 737 left San Antonio (SAT) and landed at Viru Viru in Santa Cruz, Bolivia. As far as we can tell this is the first removal charter to Bolivia since we started tracking in 2020.

We don't have passenger counts for either flight; if anyone on the receiving end has them, our inbox is open.

Reminder: we track tail numbers from public data only. Several operators have now asked for their aircraft to be hidden from the big tracking sites, so expect gaps.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC", "BO"],
      people: null,
      departure: ["Harlingen", "San Antonio"],
      arrival: ["Latacunga", "Viru Viru"],
      date: "2025-03-11",
    },
  },
  {
    id: "ho-en-006",
    lang: "en",
    style: "magazine",
    title: "The men nobody would take: inside a removal to Uganda",
    published: "2025-10-05",
    text: `They were told almost nothing. In the holding area of a Louisiana detention center, one night in late August, guards called out eleven names, and by dawn the men belonging to them — three Eritreans, four Somalis, two Yemenis and two Sudanese, none of whom had ever set foot in East Africa's Great Lakes region — were belted into the seats of a chartered jet whose destination they learned only when the captain announced the descent into Entebbe; their own governments had either refused to issue travel documents or had never answered the requests, and so Washington, under an arrangement with Kampala that neither side has published in full, simply sent them somewhere else, which is how a former taxi driver from Minneapolis named Abdirahman came to spend his first week of freedom, if that is the word, in a guarded guesthouse on the shore of Lake Victoria, asking a Ugandan official with a clipboard what, exactly, he was supposed to do now.

Uganda's state minister for foreign affairs said at the time that the country would accept only adults without criminal records and that it preferred people "from African nations." Human-rights lawyers in Kampala say they have been refused access to the men.

None of the eleven has a clear route home. One of the Eritreans, who asked not to be named, said he would apply for refugee status in Uganda. "It is the only door left," he said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["ER", "SO", "YE", "SD"],
      people: { value: 11, approx: false },
      arrival: ["Entebbe"],
      date: "2025-08",
    },
  },
  {
    id: "ho-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: "Diaspora cash keeps Harare afloat — and the returns have begun",
    published: "2024-05-16",
    text: `Money sent home by Zimbabweans abroad reached a record US$2.3 billion last year, according to the Reserve Bank, outstripping earnings from tobacco and rivalling gold. Economists say the inflows have kept thousands of households in Harare and Bulawayo solvent through repeated currency crises.

Most of that money comes from South Africa and the United Kingdom, but the United States is a growing source. Community groups estimate that more than 20,000 Zimbabweans now live there, some without permanent status.

"Every family has someone outside," said Tendai Moyo, who runs a money-transfer kiosk in Mbare. "When one of them is sent back, the whole family feels it."

That is now happening. Seventeen Zimbabweans removed by U.S. immigration authorities landed at Robert Gabriel Mugabe International Airport on Tuesday on a chartered aircraft, the Department of Immigration confirmed yesterday. Officials said the group, fourteen men and three women, were processed at the airport and released.

A ministry official who did not wish to be named said more returns were expected "in the coming months" but did not give numbers.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ZW"],
      people: { value: 17, approx: false },
      arrival: ["Robert Gabriel Mugabe International Airport"],
      date: "2024-05-14",
    },
  },
  {
    id: "ho-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "Burundi takes back 23 men flown from Texas",
    published: "2025-12-06",
    text: `The chartered jet, which had left El Paso the previous evening, landed at Melchior Ndadaye International Airport in Bujumbura on Friday afternoon after a refuelling stop in Dakar.

The twenty-three men on board were escorted into the old VIP terminal, where officials from the interior ministry and the national police recorded their details. Relatives waited behind a fence outside; some had travelled from Gitega and Ngozi overnight.

"My brother called me from a detention center in New Mexico two months ago. Today I see him," said one woman, who gave only her first name, Claudine.

An interior ministry spokesman said the returnees had been "received with dignity" and would be helped to rejoin their home communities. He did not say whether more flights were planned.

Rights groups said several of the men had pending asylum claims when they were removed. The U.S. embassy declined to comment.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BI"],
      people: { value: 23, approx: false },
      departure: ["El Paso"],
      arrival: ["Melchior Ndadaye International Airport"],
      date: "2025-12-05",
    },
  },
  {
    id: "ho-en-009",
    lang: "en",
    style: "wire",
    title: "Guinea-Bissau says it will not accept U.S. deportation flights",
    published: "2025-08-01",
    text: `BISSAU — Guinea-Bissau will not allow U.S. deportation charters to land until Washington agrees to screen those on board for nationality, the government said on Thursday, joining a small group of West African states pushing back against the Trump administration's removals.

"We will receive our citizens, but only our citizens, and only when we have verified who they are," Foreign Minister Carlos Mendes Pereira told a news conference. A chartered aircraft that had been expected in Bissau this week with an unspecified number of deportees would not be given clearance, he said.

The United States has in recent months threatened visa sanctions against countries that decline to take back their nationals, and several governments in the region have said they were pressed to accept people from other countries as well.

The U.S. embassy in Dakar, which also covers Guinea-Bissau, said it was "in discussions" with the government.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GW"],
      people: null,
      date: "2025-07-31",
    },
  },
  {
    id: "ho-en-010",
    lang: "en",
    style: "wire",
    title: "Myanmar junta agrees to take back nationals ordered removed from U.S.",
    published: "2026-01-15",
    text: `BANGKOK — Myanmar's military government has agreed to accept its citizens deported from the United States, ending years of refusals that had made it one of the countries Washington labelled "recalcitrant", the State Department said.

A department spokesperson said on Wednesday that the agreement, reached after talks in Naypyidaw in December, would allow removal flights to Yangon to begin "in the first quarter of this year". No numbers were given.

The U.S. had restricted some visas for Myanmar officials in 2025 over the issue. Immigration lawyers estimate that several hundred Burmese nationals in the United States have final orders of removal, including some from the Chin and Kachin minorities who fled fighting.

Advocates urged the administration to exempt people from conflict areas. "Sending people back to a country at war is not an immigration policy, it is a gamble with their lives," said Thida Win of the Burmese American Legal Aid Network.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MM"],
      people: null,
      date: "2026-01-14",
    },
  },
  {
    id: "ho-en-011",
    lang: "en",
    style: "wire",
    title: "U.S. sends nearly two hundred Haitians to the north coast despite violence",
    published: "2024-02-27",
    text: `PORT-AU-PRINCE — Nearly two hundred Haitians deported from the United States were flown to the northern city of Cap-Haïtien on Monday, Haiti's National Migration Office said, as armed gangs kept the capital's main airport largely shut.

The flight, which left from Miami, was the third to land in the north this month. Men, women and at least a dozen children disembarked at Hugo Chávez International Airport, where staff from the migration office and the International Organization for Migration handed out water and bus fare.

"There is nowhere for many of them to go. Their homes in Port-au-Prince are in areas controlled by gangs," said an IOM worker who asked not to be named because she was not authorised to speak to the press.

U.N. officials and U.S. lawmakers have urged the Biden administration to pause removals to Haiti. The Department of Homeland Security says people without a legal basis to remain will be returned.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 200, approx: true },
      departure: ["Miami"],
      arrival: ["Hugo Chávez International Airport"],
      date: "2024-02-26",
    },
  },
  {
    id: "ho-en-012",
    lang: "en",
    style: "receiving-country-local",
    title: "Deportees from U.S. arrive at Hewanorra after stop in Grenada",
    published: "2024-10-10",
    text: `VIEUX FORT — Fourteen Saint Lucians deported from the United States arrived at Hewanorra International Airport on Tuesday the 8th aboard a U.S. government charter, the Royal Saint Lucia Police Force said.

The aircraft had earlier stopped at Maurice Bishop International Airport in St. George's, where six Grenadians were handed over to authorities there. Twenty deportees in all were on the flight, which originated in Alexandria, Louisiana.

Police said the Saint Lucians, all men between 22 and 61, had been interviewed and released. Three had served prison sentences in the United States for drug offences.

Deportees have long been a sensitive subject in the Eastern Caribbean, where officials complain that people who left as children are returned with no family or work. "We are not a dumping ground, but these are our citizens and we will receive them," the Minister for Home Affairs said in a statement.

The Saint Lucia Crisis Centre said it would offer temporary shelter to those who needed it.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["LC", "GD"],
      people: { value: 20, approx: false },
      departure: ["Alexandria"],
      arrival: ["Hewanorra International Airport", "Maurice Bishop International Airport"],
      date: "2024-10-08",
    },
  },
  {
    id: "ho-en-013",
    lang: "en",
    style: "wire",
    title: "Equatorial Guinea receives U.S. deportees from neighbouring countries",
    published: "2025-11-03",
    text: `MALABO — A U.S. aircraft carrying nine people deported from the United States, none of them Equatoguinean, landed in Malabo on Saturday, according to two officials at the airport and a lawyer for one of the men.

The group included four Cameroonians, three Gabonese and two men from the Republic of Congo (Congo-Brazzaville), the lawyer said. All had final orders of removal, but their home countries had not issued travel documents.

Equatorial Guinea's government has not published the terms of its arrangement with Washington. A spokesman for the presidency said only that the country "is cooperating with a friendly nation on a humanitarian basis."

The United States has sent people to several African countries that are not their own since the Supreme Court lifted limits on such "third-country" removals in June. Critics say the receiving governments have little capacity to process asylum claims.

The lawyer, who spoke on condition of anonymity, said his client was being held in a hotel near the airport and had not been told how long he would stay.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GQ"],
      nationalities: ["CM", "GA", "CG"],
      people: { value: 9, approx: false },
      arrival: ["Malabo"],
      date: "2025-11-01",
    },
  },
  {
    id: "ho-en-014",
    lang: "en",
    style: "us-national",
    title: "DHS plans first removal charter to Kabul since 2021",
    published: "2025-07-10",
    text: `The Department of Homeland Security is preparing to send about 60 Afghans back to Kabul on a chartered plane, the first such flight since the Taliban returned to power, according to two U.S. officials and an internal email seen by reporters.

The flight is scheduled to leave El Paso next Tuesday and to refuel in Doha before landing at Kabul's international airport, the email said. The officials said the Taliban-run foreign ministry had given verbal consent.

Most of those on the list were arrested after crossing the southern border in the past two years, the officials said. Advocacy groups said at least some had worked alongside U.S. forces and could face reprisals.

"This is a line that no administration has crossed," said Shabnam Rahimi of the Afghan Evacuee Coalition. She said lawyers were filing emergency motions on behalf of several men on the manifest.

DHS did not confirm the plans. A spokesperson said the department "does not discuss future operations."`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["AF"],
      people: { value: 60, approx: true },
      departure: ["El Paso"],
      arrival: ["Kabul"],
      date: "2025-07-15",
    },
  },
  {
    id: "ho-en-015",
    lang: "en",
    style: "asian-outlet",
    title: "Southeast Asian deportees flown home on one plane",
    published: "2024-06-24",
    text: `A U.S. charter carrying 31 people deported from the United States — Cambodians, Thais and Malaysians — completed a three-stop trip across Southeast Asia on the 21st, officials in the region said.

The Boeing 767 departed from King County International Airport in Seattle and landed first in Phnom Penh, where 19 Cambodians left the plane. It then continued to Bangkok's Suvarnabhumi airport and finally to Kuala Lumpur.

Cambodia's General Department of Immigration said most of those it received had lived in the United States since childhood, many having arrived as refugees in the 1980s, and had lost their green cards after criminal convictions.

Thai and Malaysian officials confirmed the arrivals but did not give numbers. In Kuala Lumpur, a home ministry official said the returnees were "free to go after routine checks".

Groups that support returnees in Phnom Penh said they were helping the new arrivals obtain identity cards and find housing.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH", "TH", "MY"],
      people: { value: 31, approx: false },
      departure: ["Seattle"],
      arrival: ["Phnom Penh", "Suvarnabhumi", "Kuala Lumpur"],
      date: "2024-06-21",
    },
  },
  {
    id: "ho-en-016",
    lang: "en",
    style: "receiving-country-local",
    title: "Suriname receives first U.S. removal charter",
    published: "2019-06-02",
    text: `PARAMARIBO — Eleven Surinamese nationals were returned from the United States in May of 2019 on a chartered aircraft, the first time U.S. authorities have used a dedicated flight to Suriname, the Ministry of Justice and Police has confirmed.

The plane flew from Brownsville, Texas, to Johan Adolf Pengel International Airport at Zanderij, according to a ministry statement released on Friday, which did not give the exact day of arrival.

Until now, Surinamese deported from the U.S. have travelled on scheduled flights through Miami or Port of Spain, usually one or two at a time.

The ministry said the eleven — nine men and two women — had been handed over to the Military Police at the airport and that four were wanted in connection with cases in Suriname.

Opposition lawmakers asked why the government had agreed to a charter without informing parliament.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SR"],
      people: { value: 11, approx: false },
      departure: ["Brownsville"],
      arrival: ["Johan Adolf Pengel International Airport"],
      date: "2019-05",
    },
  },
  {
    id: "ho-en-017",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter flight lands in Harare with fourteen on board",
    published: "2023-09-14",
    text: `HARARE — A deportation flight chartered by the British government landed at Robert Gabriel Mugabe International Airport on Wednesday with fourteen Zimbabweans on board, the Zimbabwean embassy in London confirmed.

The Home Office said those removed had been convicted of serious offences in the United Kingdom, including robbery and drug supply. Campaigners said at least two had lived in Britain since they were children.

The flight left from Stansted Airport on Tuesday night. Lawyers had secured last-minute injunctions for six other people who had been due to travel.

Zimbabwe had suspended cooperation on charter flights from Britain during the pandemic but resumed it in 2022 under a returns agreement.

"These flights destroy families," said a spokesperson for the group Zimbabwe Vigil, which held a protest outside the Home Office.`,
    expect: { relevant: false },
  },
  {
    id: "ho-en-018",
    lang: "en",
    style: "near-miss",
    title: "Bahamas repatriates one hundred and twelve Haitians to Cap-Haïtien",
    published: "2024-04-11",
    text: `NASSAU — The Department of Immigration repatriated one hundred and twelve Haitian nationals on Wednesday on a chartered flight from Lynden Pindling International Airport to Cap-Haïtien, the ministry said.

The group of ninety-four men and eighteen women had been held at the Carmichael Road Detention Centre after being intercepted at sea near Ragged Island earlier this month.

Minister Keith Bell said the Bahamas would continue regular repatriation flights despite calls from United Nations agencies to suspend returns to Haiti. "Our borders are not open," he said.

The Bahamas has repatriated more than 1,400 Haitians so far this year. Haitian consular officials interviewed each detainee before the flight.

Immigration officials said the United States Coast Guard had also handed over a separate group of migrants intercepted in Bahamian waters last week.`,
    expect: { relevant: false },
  },
  {
    id: "ho-en-019",
    lang: "en",
    style: "near-miss",
    title: "Bosnian man wanted for war crimes deported from Chicago",
    published: "2022-03-18",
    text: `A Bosnian man accused of taking part in abuses at a detention camp during the 1992–95 war was removed from the United States on Thursday and handed over to authorities in Sarajevo, U.S. Immigration and Customs Enforcement said.

Mirsad Hodžić, 58, of Chicago, travelled on a commercial flight through Istanbul escorted by two ICE officers. He was arrested by Bosnian police at Sarajevo International Airport.

An immigration judge ordered Hodžić removed in 2019 after finding he had concealed his wartime service when he entered the U.S. as a refugee. The Board of Immigration Appeals dismissed his appeal last year.

ICE's Human Rights Violators and War Crimes Center has secured the removal of more than 1,100 people accused of human-rights violations since 2003. Bosnia and Herzegovina's prosecutor's office said Hodžić would appear before a judge next week.`,
    expect: { relevant: false },
  },
  {
    id: "ho-en-020",
    lang: "en",
    style: "near-miss",
    title: "Removals to Africa rose sharply last year, ICE data show",
    published: "2025-01-22",
    text: `U.S. deportations to African countries rose by more than 40 percent in fiscal year 2024, according to ICE data analysed by the Migration Policy Institute, driven mostly by removals to Mauritania, Senegal and Angola.

ICE removed 2,917 people to the continent during the year, up from 2,041 the year before. Charter flights accounted for the majority, the institute said, often stopping in several capitals in a single trip.

The data also show how many countries still decline to take back their citizens. ICE classifies about a dozen as "uncooperative", among them Sudan, Chad and Eritrea, meaning they routinely delay or refuse travel documents.

"The numbers are still small compared with Central America, but the trend is clear," said the study's author, Anita Oduya. She noted that more than 9,000 Africans in the U.S. had final orders of removal at the end of the fiscal year.

ICE said the figures reflected "the continued enforcement of immigration law with all nationalities."`,
    expect: { relevant: false },
  },
  {
    id: "ho-en-021",
    lang: "en",
    style: "near-miss",
    title: "State Department charter flies 96 Americans out of Beirut",
    published: "2024-10-02",
    text: `BEIRUT — A charter flight arranged by the U.S. State Department carried 96 American citizens and their family members out of Beirut on Tuesday, the embassy said, as Israeli strikes intensified across southern Lebanon.

The plane departed Rafic Hariri International Airport in the early afternoon and landed in Istanbul about two hours later. Passengers signed promissory notes to repay the cost of the seats.

The embassy said it had secured seats for more than 800 people over the past week and would continue to organise departures "as long as the airport remains open." Commercial airlines other than Middle East Airlines have suspended flights to Lebanon.

Among those on board were several families from Dearborn, Michigan, who had been visiting relatives. "We left everything," said one woman as she boarded.

The Pentagon has moved additional aircraft to the region in case a larger evacuation becomes necessary.`,
    expect: { relevant: false },
  },
  {
    id: "ho-en-022",
    lang: "en",
    style: "near-miss",
    title: "Lithuania deports 23 Tajiks on charter from Vilnius",
    published: "2023-11-29",
    text: `VILNIUS — Lithuania deported twenty-three Tajik citizens on Tuesday on a charter flight from Vilnius to Dushanbe, the State Border Guard Service said, the largest single removal since the 2021 migration crisis on the Belarus border.

The men had been held at the Foreigners' Registration Centre in Pabradė after their asylum claims were rejected. The flight was organised with the EU border agency Frontex and the Tajik embassy in Warsaw.

Border guard spokesman Giedrius Mišutis said Lithuania planned further joint return flights with Poland and Latvia next year, including to Iraq and Uzbekistan.

Human-rights groups in Vilnius criticised conditions at Pabradė, where some people have been held for more than a year.

Lithuania recorded about 2,000 attempted irregular crossings from Belarus this year, far fewer than in 2021.`,
    expect: { relevant: false },
  },
];
