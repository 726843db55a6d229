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
  // ───────────────────────────── Spanish ─────────────────────────────
  {
    id: "ho-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegó a Ezeiza un nuevo vuelo con argentinos deportados",
    published: "2025-11-24",
    text: `Cuarenta y dos argentinos deportados por Estados Unidos llegaron el pasado jueves al Aeropuerto Internacional de Ezeiza en un avión fletado por el gobierno norteamericano, según confirmaron fuentes de la Dirección Nacional de Migraciones.

La aeronave, un Boeing 767 de una empresa de vuelos chárter, despegó de Harlingen, Texas, y aterrizó en Ezeiza pasadas las 4 de la madrugada, tras una escala técnica para cargar combustible. Los pasajeros fueron conducidos a una terminal privada, donde personal de Migraciones y de la Policía de Seguridad Aeroportuaria verificó su documentación.

Entre los deportados había 35 hombres y 7 mujeres, la mayoría detenidos en los últimos meses en Florida y Texas. Según la Cancillería, ninguno tenía pedidos de captura vigentes en la Argentina.

"Es duro volver así, pero por lo menos estoy con mi familia", dijo a la salida un joven de Lomas de Zamora que vivió seis años en Miami.

Es el tercer vuelo de este tipo desde septiembre. Hasta el año pasado, los argentinos expulsados de Estados Unidos regresaban en vuelos comerciales, de a uno o dos por vez.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AR"],
      people: { value: 42, approx: false },
      departure: ["Harlingen"],
      arrival: ["Ezeiza"],
      date: "2025-11-20",
    },
  },
  {
    id: "ho-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Un mismo avión dejó deportados en Luque y en Carrasco",
    published: "2025-12-12",
    text: `ASUNCIÓN / MONTEVIDEO — Un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE) de Estados Unidos trasladó este miércoles a 31 paraguayos y 9 uruguayos deportados, en una operación que recorrió dos países del Cono Sur en una misma noche.

El avión partió desde Alexandria, Luisiana, y aterrizó primero en el Aeropuerto Internacional Silvio Pettirossi, en Luque, donde descendieron los paraguayos. La Dirección General de Migraciones informó que todos fueron registrados y entregados a sus familiares.

Luego la aeronave continuó hacia el Aeropuerto Internacional de Carrasco, donde bajaron los nueve uruguayos. En total viajaron 40 personas, confirmó una fuente de la cancillería uruguaya.

La Dirección Nacional de Migración de Uruguay señaló que es la primera vez que recibe un vuelo de este tipo y que "se actuó con el protocolo habitual para retornados".

Paraguay y Estados Unidos firmaron este año un acuerdo de cooperación migratoria que el gobierno de Santiago Peña defendió como "una muestra de la buena relación bilateral".`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY", "UY"],
      people: { value: 40, approx: false },
      departure: ["Alexandria"],
      arrival: ["Aeropuerto Internacional Silvio Pettirossi", "Aeropuerto Internacional de Carrasco"],
      date: "2025-12-10",
    },
  },
  {
    id: "ho-es-003",
    lang: "es",
    style: "government-release",
    title: "Comunicado: arribo de connacionales deportados desde Estados Unidos",
    published: "2026-02-15",
    text: `El Ministerio de Relaciones Exteriores informa a la opinión pública lo siguiente:

1. El 14 de febrero arribó al Aeropuerto Internacional Arturo Merino Benítez un vuelo dispuesto por las autoridades de los Estados Unidos de América, procedente de San Diego, California, con 58 connacionales que se encontraban en situación migratoria irregular en ese país.

2. Personal de la Dirección General de Asuntos Consulares, de la Policía de Investigaciones (PDI) y del Servicio Nacional de Migraciones recibió a las personas y verificó su identidad. Cuatro de ellas mantenían órdenes de detención vigentes en Chile y fueron puestas a disposición de los tribunales.

3. El Consulado General de Chile en Los Ángeles prestó asistencia a los connacionales durante su permanencia en centros de detención y mantuvo contacto con sus familias.

4. La Cancillería reitera su compromiso con el trato digno de los chilenos en el exterior y recuerda que la red consular está disponible para orientar a quienes enfrentan procesos migratorios.

Santiago, 15 de febrero de 2026.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CL"],
      people: { value: 58, approx: false },
      departure: ["San Diego"],
      arrival: ["Aeropuerto Internacional Arturo Merino Benítez"],
      date: "2026-02-14",
    },
  },
  {
    id: "ho-es-004",
    lang: "es",
    style: "receiving-country-local",
    title: "Migración alerta por el aumento de retornos desde el norte",
    published: "2025-08-19",
    text: `La Dirección General de Migración (Digemig) advirtió que el número de bolivianos que regresan al país tras ser expulsados de otros países "va en aumento" y pidió a las gobernaciones preparar programas de reinserción laboral.

La directora de la institución, Carla Arandia, explicó que la mayoría de los retornados vuelven endeudados, después de pagar entre 8.000 y 15.000 dólares a traficantes para llegar a la frontera sur de Estados Unidos. "Muchos vendieron su terreno o su movilidad. Llegan sin nada", dijo.

En lo que va del año, Bolivia recibió a más de 600 connacionales deportados por distintas vías, la mayoría en vuelos comerciales.

El caso más reciente fue el del pasado sábado, cuando un avión fletado por el gobierno estadounidense aterrizó en el aeropuerto internacional de Viru Viru, en Santa Cruz, con más de 70 bolivianos a bordo. Según Migración, el vuelo salió de Houston y los pasajeros, en su mayoría jóvenes de Cochabamba y Santa Cruz, fueron recibidos por personal de la Cancillería y de la Defensoría del Pueblo.

Arandia anunció que su oficina abrirá una ventanilla especial en Viru Viru para orientar a los retornados.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      people: { value: 70, approx: true },
      departure: ["Houston"],
      arrival: ["Viru Viru"],
      date: "2025-08-16",
    },
  },
  {
    id: "ho-es-005",
    lang: "es",
    style: "government-bulletin",
    title: "Boletín: recepción de compatriotas retornados — martes 8 de abril de 2025",
    published: "2025-04-09",
    text: `El Viceministerio de Movilidad Humana informa sobre la atención a ecuatorianos retornados desde los Estados Unidos durante la jornada del martes 8 de abril de 2025:

• Vuelo 1: aterrizó a las 09:40 en el aeropuerto Cotopaxi de Latacunga, procedente de Harlingen (Texas), con 118 compatriotas: 101 hombres y 17 mujeres.

• Vuelo 2: aterrizó a las 15:15 en el aeropuerto Eloy Alfaro de Manta, procedente de Mesa (Arizona), con 96 compatriotas, entre ellos 4 núcleos familiares.

• Total de la jornada: 214 personas retornadas.

• Se brindó atención médica, alimentación, kits de aseo y transporte terrestre a Quito, Ambato, Portoviejo y Guayaquil.

• La Policía Nacional verificó antecedentes; no se registraron órdenes de captura.

El Viceministerio recuerda que los servicios del programa "Retorno Seguro" están disponibles en las oficinas zonales del país.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 214, approx: false },
      departure: ["Harlingen", "Mesa"],
      arrival: ["Latacunga", "Manta"],
      date: "2025-04-08",
    },
  },
  {
    id: "ho-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Cerca de 130 nicaragüenses llegan deportados a Managua",
    published: "2025-03-04",
    text: `MANAGUA — Cerca de 130 nicaragüenses deportados por Estados Unidos llegaron el lunes 3 de marzo al Aeropuerto Internacional Augusto C. Sandino, en un vuelo que partió de Laredo, Texas, informaron medios oficialistas.

Las autoridades nicaragüenses no divulgaron una cifra exacta. Familiares que esperaban afuera de la terminal dijeron que les avisaron por teléfono apenas unas horas antes de la llegada.

El gobierno de Daniel Ortega y Rosario Murillo había suspendido en 2023 la recepción de algunos vuelos de deportación, pero desde finales del año pasado los aviones con retornados llegan con regularidad, según organizaciones de derechos humanos en el exilio.

"Se les toma la foto, se les revisa el pasaporte y se les deja ir. Pero algunos quedan vigilados", afirmó una integrante del colectivo Nicaragua Nunca Más desde San José, Costa Rica.

Más de 300.000 nicaragüenses han salido del país desde 2018, la mayoría hacia Costa Rica y Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NI"],
      people: { value: 130, approx: true },
      departure: ["Laredo"],
      arrival: ["Aeropuerto Internacional Augusto C. Sandino"],
      date: "2025-03-03",
    },
  },
  {
    id: "ho-es-007",
    lang: "es",
    style: "government-release",
    title: "Nota informativa del Ministerio del Interior",
    published: "2025-03-28",
    text: `El 27 de marzo, en cumplimiento de los Acuerdos Migratorios vigentes entre Cuba y los Estados Unidos, arribó al Aeropuerto Internacional José Martí, de La Habana, un vuelo de devolución procedente de Miami, con 42 migrantes irregulares, 36 hombres y 6 mujeres.

Del total de devueltos, tres fueron identificados como presuntos autores de hechos delictivos cometidos antes de su salida ilegal del país, por lo que quedaron a disposición de las autoridades competentes.

Con esta operación suman 11 los vuelos de devolución recibidos en lo que va de año, con un total de 1 014 personas.

El Ministerio del Interior reitera que la emigración irregular constituye un riesgo para la vida y alerta sobre las redes de tráfico de personas que operan en la región.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 42, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2025-03-27",
    },
  },
  {
    id: "ho-es-008",
    lang: "es",
    style: "receiving-country-local",
    title: "Sesenta y tres dominicanos repatriados aterrizan en Punta Cana",
    published: "2024-08-23",
    text: `PUNTA CANA — Un total de 63 dominicanos deportados desde Estados Unidos llegó este viernes al Aeropuerto Internacional de Punta Cana, en lugar de Las Américas, donde suelen recibirse estos vuelos, informó la Dirección General de Migración (DGM).

La entidad explicó que el cambio se debió a trabajos de mantenimiento en la pista del aeropuerto de Santo Domingo. El avión, operado por una compañía contratada por el ICE, despegó de Newark, Nueva Jersey, a primera hora de la mañana.

De los repatriados, 21 cumplieron condenas en Estados Unidos por delitos relacionados con drogas, violencia doméstica y robo, según el informe entregado por las autoridades estadounidenses. Todos fueron entrevistados por agentes de la Dirección Nacional de Control de Drogas (DNCD) y de la Policía.

Los visitantes que esperaban sus vuelos en la terminal miraban con curiosidad el despliegue policial. "Pensé que era un famoso", bromeó un turista canadiense.

La DGM recordó que el país recibe cada año alrededor de 2.000 deportados desde Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 63, approx: false },
      departure: ["Newark"],
      arrival: ["Aeropuerto Internacional de Punta Cana"],
      date: "2024-08-23",
    },
  },
  {
    id: "ho-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Aterriza en Villahermosa vuelo de repatriación al interior con 135 mexicanos",
    published: "2024-02-16",
    text: `VILLAHERMOSA, Tab. — Con 135 connacionales a bordo, aterrizó el miércoles 14 en el Aeropuerto Internacional Carlos Rovirosa Pérez un vuelo del programa de repatriación al interior, procedente de Brownsville, Texas, informó el Instituto Nacional de Migración (INM).

El programa, acordado entre los gobiernos de México y Estados Unidos, busca que los mexicanos deportados no sean devueltos en la frontera norte, donde suelen quedar expuestos a grupos criminales, sino cerca de sus lugares de origen.

Los repatriados, originarios en su mayoría de Tabasco, Chiapas, Veracruz y Campeche, recibieron la constancia de repatriación, atención médica y un boleto de autobús a su comunidad, a través de la estrategia "Héroes Paisanos".

El delegado del INM en la entidad señaló que se prevén dos vuelos por semana hacia Villahermosa durante los próximos meses, además de los que llegan a Guadalajara, Morelia y la Ciudad de México.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 135, approx: false },
      departure: ["Brownsville"],
      arrival: ["Aeropuerto Internacional Carlos Rovirosa Pérez"],
      date: "2024-02-14",
    },
  },
  {
    id: "ho-es-010",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan a Tapachula extranjeros expulsados por EE.UU.",
    published: "2021-08-20",
    text: `TAPACHULA, Chis. — Un avión procedente de El Paso, Texas, dejó el pasado martes en el aeropuerto de esta ciudad a ciento seis migrantes de otras nacionalidades expulsados por Estados Unidos, la mayoría cubanos, venezolanos y nicaragüenses, de acuerdo con organizaciones civiles que presenciaron la llegada.

Ninguno de los pasajeros era mexicano. Según los testimonios, fueron detenidos en Texas días antes y subidos al avión sin saber que terminarían en la frontera sur de México, a más de 2.000 kilómetros del lugar donde pidieron asilo.

"Nos dijeron que íbamos a otro centro de detención. Cuando bajamos vimos el letrero de Tapachula", contó un venezolano de 34 años.

Personal del Instituto Nacional de Migración trasladó al grupo a la estación migratoria Siglo XXI. La Secretaría de Relaciones Exteriores no respondió a solicitudes de información sobre el acuerdo con Washington.

Tapachula alberga ya a decenas de miles de solicitantes de refugio que esperan respuesta de la Comisión Mexicana de Ayuda a Refugiados.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      nationalities: ["CU", "VE", "NI"],
      people: { value: 106, approx: false },
      departure: ["El Paso"],
      arrival: ["Tapachula"],
      date: "2021-08-17",
    },
  },
  {
    id: "ho-es-011",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay aceptará recibir a extranjeros deportados por Estados Unidos",
    published: "2025-08-15",
    text: `ASUNCIÓN — El gobierno paraguayo firmó el jueves 14 de agosto un acuerdo con Estados Unidos por el cual aceptará recibir a solicitantes de asilo de otras nacionalidades que se encuentren en territorio estadounidense, informó la Cancillería.

El canciller Rubén Ramírez Lezcano explicó que el país funcionará como "tercer país seguro" y que evaluará caso por caso las solicitudes de protección de las personas enviadas. No precisó cuántas podrían llegar ni cuándo aterrizaría el primer vuelo.

La oposición criticó que el texto no haya pasado por el Congreso. "Paraguay no tiene ni la infraestructura ni los recursos para atender a personas de países lejanos", dijo la senadora Esperanza Martínez.

El Departamento de Estado agradeció a Asunción su "liderazgo regional" en materia migratoria. Acuerdos similares se firmaron en los últimos meses con otros países de la región.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      date: "2025-08-14",
    },
  },
  {
    id: "ho-es-012",
    lang: "es",
    style: "spanish-outlet",
    title: "Costa Rica no recibirá más vuelos con migrantes de otras nacionalidades",
    published: "2025-04-25",
    text: `SAN JOSÉ — Costa Rica no aceptará nuevos vuelos de Estados Unidos con migrantes de terceros países, anunció este jueves el ministro de Seguridad Pública, quien dijo que el país "ya cumplió" con el compromiso asumido en febrero.

El funcionario recordó que el país recibió dos aviones con cerca de 200 personas de Asia y África, que fueron alojadas en el Centro de Atención Temporal de Migrantes (CATEM), en Corredores, cerca de la frontera con Panamá. Parte de ellas ya fueron repatriadas a sus países con apoyo de la Organización Internacional para las Migraciones.

"No habrá un tercer vuelo. Costa Rica seguirá recibiendo a sus propios ciudadanos, como siempre, pero no a personas de otras nacionalidades", afirmó.

La Sala Constitucional tramita varios recursos de hábeas corpus presentados a favor de los migrantes alojados en el CATEM.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CR"],
      people: null,
      date: "2025-04-24",
    },
  },
  {
    id: "ho-es-013",
    lang: "es",
    style: "spanish-tv-script",
    title: "Noticiero regional: vuelo con deportados aterriza en Pereira",
    published: "2025-05-06",
    text: `PRESENTADORA (A CÁMARA): Buenas tardes. Esta mañana aterrizó en el aeropuerto Matecaña de Pereira un avión con 97 colombianos deportados desde Estados Unidos. Es el primer vuelo de este tipo que llega al Eje Cafetero. Nuestro periodista Andrés Giraldo estuvo en la terminal.

PERIODISTA (EN VIVO): Así es, Marcela. El vuelo llegó a las 10 y 20 de la mañana, procedente de Houston. Migración Colombia nos confirmó que viajaban 97 personas: 80 hombres y 17 mujeres, la mayoría de Risaralda, Caldas y el norte del Valle.

(TOTAL: pasajeros salen por la puerta de llegadas internacionales)

PERIODISTA (OFF): Algunos salieron con bolsas plásticas en lugar de maletas. Afuera los esperaban sus familias.

DECLARACIÓN (Luz Dary Ospina, madre): "Cinco años sin verlo. Que vuelva como sea, pero que vuelva."

PERIODISTA (EN VIVO): La Gobernación anunció que instalará un punto de atención para los retornados en el aeropuerto. Desde Pereira, Andrés Giraldo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 97, approx: false },
      departure: ["Houston"],
      arrival: ["Matecaña"],
      date: "2025-05-06",
    },
  },
  {
    id: "ho-es-014",
    lang: "es",
    style: "receiving-country-local",
    title: "Honduras recibe en Palmerola a venezolanos y nicaragüenses enviados por EE. UU.",
    published: "2025-06-10",
    text: `COMAYAGUA — La noche del domingo aterrizó en el Aeropuerto Internacional de Palmerola un vuelo con 64 migrantes expulsados por Estados Unidos que no son hondureños: 51 venezolanos y 13 nicaragüenses, confirmó el Instituto Nacional de Migración (INM).

Es la primera vez que Honduras recibe a ciudadanos de otros países en un vuelo de este tipo, en el marco del acuerdo de cooperación firmado con Washington.

El INM indicó que los migrantes fueron trasladados a un albergue temporal en Comayagua, donde permanecerán mientras se coordina su retorno con los consulados. "Honduras está cumpliendo un rol humanitario", dijo el comisionado del INM.

Organizaciones de la sociedad civil pidieron transparencia sobre las condiciones del acuerdo y sobre el tiempo que las personas permanecerán en el país.

Según el Observatorio Consular y Migratorio, en lo que va del año Honduras ha recibido a más de 14.000 connacionales retornados desde Estados Unidos y México.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      nationalities: ["VE", "NI"],
      people: { value: 64, approx: false },
      arrival: ["Aeropuerto Internacional de Palmerola"],
      date: "2025-06-08",
    },
  },
  {
    id: "ho-es-015",
    lang: "es",
    style: "near-miss",
    title: "INM deporta en vuelo desde Villahermosa a 135 hondureños",
    published: "2024-03-08",
    text: `VILLAHERMOSA, Tab. — El Instituto Nacional de Migración (INM) deportó este jueves a 135 ciudadanos hondureños en un vuelo que despegó del Aeropuerto Internacional Carlos Rovirosa Pérez con destino a San Pedro Sula, informó la dependencia.

Los extranjeros habían sido rescatados en distintos operativos en Tabasco, Veracruz y Chiapas, donde viajaban hacinados en cajas de tractocamiones. Tras acreditar su nacionalidad ante el consulado de Honduras, se les aplicó el procedimiento de retorno asistido.

En el aeropuerto Ramón Villeda Morales los esperaba personal del Centro de Atención al Migrante Retornado, que les entregó alimentos y transporte a sus comunidades.

El INM señaló que en lo que va del año ha realizado 28 vuelos de retorno a Guatemala, Honduras y El Salvador, con más de 4.000 personas, como parte de la estrategia para "desincentivar la migración irregular hacia Estados Unidos".`,
    expect: { relevant: false },
  },
  {
    id: "ho-es-016",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un avión para repatriar a 48 migrantes a Mauritania",
    published: "2024-10-17",
    text: `MADRID — El Ministerio del Interior fletó este miércoles un avión desde el aeropuerto de Gran Canaria con destino a Nuakchot para repatriar a 48 ciudadanos mauritanos llegados en cayuco a Canarias durante el verano, según fuentes policiales.

El vuelo, organizado con la agencia europea Frontex, aterrizó en la capital mauritana a primera hora de la tarde. Los migrantes viajaron acompañados por agentes de la Comisaría General de Extranjería y Fronteras.

España y Mauritania firmaron en julio una declaración conjunta para reforzar la cooperación migratoria, que incluye la reanudación de estos vuelos de retorno, suspendidos desde 2023.

Organizaciones como CEAR criticaron la rapidez del procedimiento. "Varias de estas personas podían solicitar protección internacional y no tuvieron asistencia letrada suficiente", denunció una portavoz.

En lo que va de año han llegado a Canarias más de 30.000 personas por vía marítima, la mayoría desde las costas de Mauritania y Senegal.`,
    expect: { relevant: false },
  },
  {
    id: "ho-es-017",
    lang: "es",
    style: "near-miss",
    title: "Avión de la FACh expulsa a 60 extranjeros desde Iquique",
    published: "2023-04-20",
    text: `IQUIQUE — Un avión Boeing 767 de la Fuerza Aérea de Chile despegó este miércoles desde el aeropuerto Diego Aracena con 60 extranjeros expulsados del país, 51 venezolanos y 9 colombianos, en un nuevo operativo del Servicio Nacional de Migraciones.

La aeronave hizo escala en Bogotá y terminó su recorrido en Caracas. De los expulsados, 38 tenían condenas por delitos como tráfico de drogas, robo con violencia y receptación; el resto había ingresado por pasos no habilitados.

El subsecretario del Interior señaló que el gobierno prevé al menos cuatro vuelos más este año. "La señal es clara: quien ingresa de manera clandestina y delinque será expulsado", dijo.

Desde 2021 Chile ha realizado 15 vuelos de expulsión con más de 2.000 personas. Organizaciones de migrantes reclamaron que algunos de los expulsados tenían hijos chilenos.`,
    expect: { relevant: false },
  },
  {
    id: "ho-es-018",
    lang: "es",
    style: "near-miss",
    title: "Retornos desde Estados Unidos bajan 12 % en el primer semestre",
    published: "2024-07-09",
    text: `GUATEMALA — El número de guatemaltecos retornados por vía aérea desde Estados Unidos disminuyó un 12 % en el primer semestre del año en comparación con el mismo periodo de 2023, según datos del Instituto Guatemalteco de Migración (IGM).

Entre enero y junio llegaron 31.402 personas en 287 vuelos, frente a 35.700 en 301 vuelos durante el primer semestre del año anterior. El 78 % de los retornados fueron hombres adultos, y 1.140 eran menores de edad.

Los departamentos con más retornados fueron Huehuetenango, San Marcos y Quiché. El IGM atribuye la baja a la reducción de cruces irregulares en la frontera sur estadounidense.

Economistas advierten que una eventual deportación masiva afectaría las remesas, que el año pasado superaron los 19.800 millones de dólares, casi una quinta parte del PIB.

"La mayoría de los retornados vuelve con deudas y sin empleo", señaló un investigador de la Universidad Rafael Landívar.`,
    expect: { relevant: false },
  },
  {
    id: "ho-es-019",
    lang: "es",
    style: "near-miss",
    title: "Aerolínea inaugura ruta directa Guadalajara–Ontario para paisanos",
    published: "2024-11-28",
    text: `GUADALAJARA, Jal. — Una aerolínea de bajo costo inauguró este miércoles su ruta directa entre Guadalajara y Ontario, California, con un vuelo que despegó con 186 pasajeros a bordo, la mayoría familias jaliscienses que visitan a sus parientes en el sur de California.

La empresa ofrecerá cuatro frecuencias semanales y espera transportar a más de 120.000 pasajeros en el primer año. El aeropuerto de Guadalajara ya es el segundo del país con más vuelos hacia Estados Unidos.

"Muchos de nuestros pasajeros son migrantes que llevan años sin volver; queremos que puedan viajar de forma segura y legal", dijo el director comercial.

La apertura coincide con la temporada alta de fin de año, cuando miles de paisanos regresan a Jalisco, Michoacán y Zacatecas. Autoridades estatales instalaron módulos del programa "Bienvenido Paisano" en la terminal.

Con esta ruta, la aerolínea suma 14 destinos en Estados Unidos desde Guadalajara.`,
    expect: { relevant: false },
  },
  {
    id: "ho-es-020",
    lang: "es",
    style: "near-miss",
    title: "Deportan a un argentino buscado por estafas en Miami",
    published: "2025-06-27",
    text: `BUENOS AIRES — Un argentino de 47 años acusado de estafar a inversores en Miami fue deportado este jueves por Estados Unidos y llegó a Ezeiza en un vuelo comercial de American Airlines, custodiado por dos agentes del ICE.

Al aterrizar, fue detenido por la Policía Federal Argentina, ya que tenía un pedido de captura internacional emitido por un juzgado de Comodoro Py por una causa de lavado de dinero.

Según la investigación, el hombre captaba ahorros de compatriotas con la promesa de rendimientos de hasta el 8 % mensual en criptomonedas.

Fuentes de la Cancillería indicaron que la deportación se coordinó "con total normalidad" y que se trató de un caso individual.

El acusado quedó alojado en una dependencia de la PFA a la espera de la indagatoria.`,
    expect: { relevant: false },
  },
  // ───────────────────────────── Chinese ─────────────────────────────
  {
    id: "ho-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "一百零二名被美遣返人员乘包机抵达福州长乐国际机场",
    published: "2025-03-14",
    text: `本月12日凌晨,一架载有一百零二名中国籍非法移民的美国遣返包机降落在福州长乐国际机场。据了解,该航班从路易斯安那州亚历山大市起飞,途经安克雷奇经停加油。

福建边检部门相关负责人介绍,被遣返人员中男性八十九名、女性十三名,大多数来自福建、浙江等地,多为近两年经南美、墨西哥"走线"偷渡入境美国后被拘留。边检及公安机关依法对相关人员进行了身份核查和询问。

该负责人表示,中方一贯坚决反对和打击各种形式的非法移民和偷渡活动,对于经核实的中国籍被遣返人员,将依法予以接收。

据美国国土安全部此前公布的数据,2024财年美方共执行了数次对华大型遣返包机。有分析认为,随着美国新一届政府加大移民执法力度,此类航班今后可能更加频繁。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 102, approx: false },
      departure: ["亚历山大"],
      arrival: ["福州长乐国际机场"],
      date: "2025-03-12",
    },
  },
  {
    id: "ho-zh-002",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方遣返航班首次飞抵温州",
    published: "2025-05-30",
    text: `记者从温州市有关部门获悉,周四下午,一架美国移民与海关执法局(ICE)租用的遣返包机在温州龙湾国际机场落地,机上约有百名被遣返的中国籍人员。这是美方遣返航班首次直飞温州。

据知情人士透露,这批人员大多来自温州、丽水、青田一带,此前以旅游、探亲等名义出境,后经第三国辗转进入美国。落地后,边检、公安、卫健等部门在机场设立专门通道,逐一完成核查登记。

温州是著名侨乡,旅居海外的温州籍人士超过60万人。当地一位侨务干部表示,近年来通过非法途径赴美的情况有所增加,"有的家庭为此欠下几十万元的债务"。

有关部门提醒广大群众,切勿听信蛇头宣传,通过合法途径出国。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      arrival: ["温州龙湾国际机场"],
      date: "2025-05-29",
    },
  },
  {
    id: "ho-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返包機降落成都 國土安全部未公布人數",
    published: "2025-09-13",
    text: `(綜合報導)美國國土安全部週五發布聲明指出,該部本週二透過移民暨海關執法局(ICE)派出大型包機,將一批在美國沒有合法居留依據的中國籍人員遣返回國。

據航班追蹤資料顯示,該架包機降落在成都天府國際機場,這是美方遣返航班首次飛往中國西南地區。聲明沒有公布此次遣返的人數,也未說明飛機的起飛地點。

國土安全部表示,此次行動是美中兩國在移民執法領域持續合作的又一例證,並呼籲有意非法移民者「不要相信人蛇集團的謊言」。

中國外交部發言人在例行記者會上回應相關提問時表示,中方願與美方在移民執法等領域開展合作,接收經核實的中國公民。

分析人士指出,過去一年美方遣返中國籍人員的航班大多飛往福州、上海及廣州等沿海城市。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      arrival: ["成都天府國際機場"],
      date: "2025-09-09",
    },
  },
  {
    id: "ho-zh-004",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "18名台灣籍人士遭美遣返 包機抵桃園",
    published: "2024-11-07",
    text: `內政部移民署證實,一架美國移民暨海關執法局(ICE)的包機於11月5日晚間抵達桃園國際機場,機上共有18名遭美方遣返的台灣籍人士,全部為成年男性。

移民署表示,這批人士多數是持觀光簽證入境美國後逾期居留,部分則涉及刑事案件。據了解,該包機自西雅圖起飛,途經關島加油後飛抵台灣。

刑事警察局在機場完成身分比對後,發現其中2人另有國內通緝案件,當場依法解送相關地檢署,其餘16人經查驗後返家。

移民署呼籲國人出國期間應遵守當地法規,切勿逾期居留或從事與簽證目的不符的活動,以免遭到遣返並影響日後入境。

過去遭美國遣返的台灣人多以商業航班分批送回,此次以包機方式集中遣返實屬少見。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TW"],
      people: { value: 18, approx: false },
      departure: ["西雅圖"],
      arrival: ["桃園國際機場"],
      date: "2024-11-05",
    },
  },
  {
    id: "ho-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "31名港人被美國遣返 昨抵赤鱲角",
    published: "2025-01-18",
    text: `美國移民及海關執法局(ICE)一架包機昨日抵達香港國際機場,機上載有31名被遣返的香港居民。入境事務處證實事件,表示已按既定程序處理有關人士。

消息指,有關航班由洛杉磯起飛,於昨日下午約三時降落赤鱲角。被遣返者包括28名男子及3名女子,年齡介乎25至63歲,部分人在美國居留逾十年,因刑事定罪或簽證過期而被下令遞解出境。

入境處發言人表示,所有人士均持有效香港身份證明文件,經查核後已獲准入境,當中一人因涉及本港通緝案件被警方帶走調查。

有關注團體批評,部分被遣返者早年隨家人移居美國,在港已無親友,回港後將面對住屋及就業困難。

保安局表示,特區政府一直與外國執法機構保持合作,處理涉及香港居民的遣返事宜。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HK"],
      people: { value: 31, approx: false },
      departure: ["洛杉磯"],
      arrival: ["香港國際機場"],
      date: "2025-01-17",
    },
  },
  {
    id: "ho-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国向洪都拉斯遣送一批中国、越南和印度籍移民",
    published: "2025-10-22",
    text: `据洪都拉斯国家移民局消息,10月20日,一架美国政府包机降落在圣佩德罗苏拉拉蒙·比列达·莫拉莱斯国际机场,机上46名被美方遣送的移民均非洪都拉斯公民,其中包括中国籍、越南籍和印度籍人员。

这是洪都拉斯根据今年与美国签署的"安全第三国"协议首次接收他国公民。洪方官员表示,这些人员将被安置在机场附近的临时收容中心,由国际移民组织协助办理后续手续,或在洪都拉斯申请庇护,或自愿返回原籍国。

一名在场的华人社团负责人说,机上的中国籍人员多为福建人,"很多人下飞机时都不知道自己到了哪个国家"。

美国国土安全部发言人表示,对于原籍国拒绝或拖延接收的人员,美方将继续寻求与第三国合作。人权组织则批评,第三国遣送使当事人陷入法律困境。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      nationalities: ["CN", "VN", "IN"],
      people: { value: 46, approx: false },
      arrival: ["拉蒙·比列达·莫拉莱斯国际机场"],
      date: "2025-10-20",
    },
  },
  {
    id: "ho-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国遣返包机抵达胡志明市 55名越南籍人员回国",
    published: "2024-12-13",
    text: `据越南媒体报道,当地时间12日上午,一架美国遣返包机抵达胡志明市新山一国际机场,机上载有55名越南籍人员。该航班从加利福尼亚州圣地亚哥起飞。

越南公安部出入境管理局表示,这批人员均已在美国被法院下达最终遣返令,其中部分人在1995年越美建交前便已赴美,按照两国2008年签署的协议,原本不属于遣返范围。越方此次同意接收,系根据双方近期达成的补充安排。

落地后,当地公安机关对相关人员进行了身份核实,并协助其联系家属。

越南是美国遣返人数较多的亚洲国家之一。美方曾多次以签证制裁相威胁,要求越南加快接收被遣返者。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 55, approx: false },
      departure: ["圣地亚哥"],
      arrival: ["新山一国际机场"],
      date: "2024-12-12",
    },
  },
  {
    id: "ho-zh-008",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美移民局包機遣返32名南韓人 抵仁川機場",
    published: "2025-07-04",
    text: `南韓法務部3日表示,一架由美國移民暨海關執法局(ICE)安排的包機當天下午降落仁川國際機場,機上載有32名遭美方遣返的南韓籍人士。

據南韓媒體報導,該包機自喬治亞州亞特蘭大起飛,機上人員多為逾期居留者,也有數人曾在美國因酒駕或詐欺案件被判刑。法務部出入境外國人政策本部人員在機場進行身分確認後,讓他們返家。

南韓外交部表示,政府已透過駐美使領館向當事人提供領事協助,並要求美方確保遣返過程中的人道待遇。

據統計,目前在美國無合法身分的南韓人估計約有十萬至二十萬人。過去南韓籍被遣返者大多搭乘一般民航班機返國,以包機集中遣返相當罕見。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KR"],
      people: { value: 32, approx: false },
      departure: ["亞特蘭大"],
      arrival: ["仁川國際機場"],
      date: "2025-07-03",
    },
  },
  {
    id: "ho-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国同日向柬埔寨和老挝派出遣返航班",
    published: "2025-04-25",
    text: `本月20日,美国移民与海关执法局派出的两架遣返航班分别抵达柬埔寨首都金边和老挝首都万象,共遣返43人。

据柬埔寨内政部移民总局介绍,抵达金边国际机场的航班载有28名柬埔寨籍人员,他们大多幼年时随家人以难民身份赴美,成年后因刑事犯罪被取消永久居留权。另一架飞抵万象瓦岱国际机场的航班载有15名老挝籍人员。两架飞机均从亚利桑那州梅萨起飞。

老挝外交部此前长期拖延签发旅行证件,美国曾于2018年对老挝部分官员实施签证限制。分析人士认为,此次航班表明老方在接收问题上态度有所松动。

柬埔寨一家帮助被遣返者的非政府组织负责人说,许多人"在柬埔寨没有亲人,也不会说高棉语"。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH", "LA"],
      people: { value: 43, approx: false },
      departure: ["梅萨"],
      arrival: ["金边国际机场", "瓦岱国际机场"],
      date: "2025-04-20",
    },
  },
  {
    id: "ho-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "外交部:中方同意恢复接收经核实的被遣返人员",
    published: "2024-05-10",
    text: `外交部发言人8日在例行记者会上表示,中方同意恢复与美方在遣返非法移民问题上的合作,将接收经双方核实身份的中国籍被遣返人员。

发言人说,中方一贯坚决反对一切形式的非法移民,愿本着相互尊重的原则,与美方就移民执法保持沟通与合作。"对于经核实确属中国公民的,中方将依法予以接收。"

据报道,中美两国遣返合作自2018年后基本中断,其间美方多次指责中方拖延签发旅行证件。去年11月两国元首在旧金山会晤后,双方同意在包括禁毒、执法在内的多个领域恢复对话。

美国国土安全部对此表示欢迎,称将与中国公安部、国家移民管理局共同安排后续遣返航班,但未透露具体时间。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CN"],
      people: null,
      date: "2024-05-08",
    },
  },
  {
    id: "ho-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "布吉納法索拒收美國第三國遣返者",
    published: "2025-10-11",
    text: `(中央社訊)西非國家布吉納法索外交部長週四表示,該國拒絕美國提出的要求,不會接收被美方驅逐出境的第三國公民。

據報導,美方希望布吉納法索接收無法遣返原籍國的非洲及其他地區移民,並以恢復簽證服務作為交換條件。布國外長在電視談話中說,這項提議「有損國家尊嚴」,「布吉納法索不是垃圾場」。

美國駐瓦加杜古大使館此前已暫停大部分簽證業務。美方官員未就此回應。

川普政府近月已將多批被遣返者送往南蘇丹、史瓦帝尼、盧安達及迦納等國,引發人權團體批評。分析指出,布吉納法索的表態顯示美方在非洲推動第三國遣返正面臨阻力。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BF"],
      people: null,
      date: "2025-10-09",
    },
  },
  {
    id: "ho-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "四十余名吉尔吉斯斯坦公民被美国遣返回国",
    published: "2025-09-02",
    text: `据吉尔吉斯斯坦外交部消息,上周六,一架美国包机降落在比什凯克玛纳斯国际机场,机上载有四十余名被美国遣返的吉尔吉斯斯坦公民。

吉外交部称,这些公民大多持旅游或学生签证入境美国后逾期滞留,另有一部分人经墨西哥边境非法入境。吉方领事人员此前已在美国拘留中心与他们会面并核实身份。

这是今年以来美国首次直飞吉尔吉斯斯坦的遣返航班。此前,吉尔吉斯斯坦公民通常搭乘飞往塔什干的航班,再转机回国。

吉尔吉斯斯坦是中亚地区劳务移民大国,侨汇收入约占该国国内生产总值的四分之一,其中绝大部分来自俄罗斯。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KG"],
      people: { value: 40, approx: true },
      arrival: ["玛纳斯国际机场"],
      date: "2025-08-30",
    },
  },
  {
    id: "ho-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: "载有八十八名巴西人的遣返航班抵达贝洛奥里藏特",
    published: "2025-02-08",
    text: `据巴西媒体报道,周五晚间,一架载有八十八名被美国遣返的巴西公民的航班降落在米纳斯吉拉斯州首府贝洛奥里藏特的孔芬斯国际机场。该航班从密苏里州堪萨斯城起飞。

巴西联邦警察和外交部人员在机场迎接了这批人员。与上月引发外交风波的航班不同,本次被遣返者下机时没有佩戴手铐。

今年1月,一架遣返航班因故障在马瑙斯降落,机上巴西人反映被全程戴手铐、飞机空调失灵,巴西政府随即向美方提出抗议,并召见美国驻巴西代办。

巴西外交部表示,两国已就遣返航班的人道待遇问题建立工作组。据统计,目前在美国的巴西人约有200万。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 88, approx: false },
      departure: ["堪萨斯城"],
      arrival: ["孔芬斯国际机场"],
      date: "2025-02-07",
    },
  },
  {
    id: "ho-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "一百一十六名电诈犯罪嫌疑人被包机押解至重庆",
    published: "2024-08-16",
    text: `本月14日晚,一百一十六名在柬埔寨从事电信网络诈骗的犯罪嫌疑人被公安机关从西哈努克港押解回国,包机降落在重庆江北国际机场。

据公安部刑侦局介绍,此次行动是中柬两国执法部门联合打击跨境电诈犯罪的又一成果。这批嫌疑人中有男性九十七名、女性十九名,涉及全国各地立案侦查的多起诈骗案件,涉案金额超过两亿元。

重庆警方表示,将依法对相关人员开展审讯,并全力追缴赃款。

今年以来,公安机关已先后从缅甸、柬埔寨、老挝等国遣返电诈嫌疑人数千名。警方提醒,凡以"高薪""免费出国"为诱饵的招聘信息,极有可能是诈骗陷阱。`,
    expect: { relevant: false },
  },
  {
    id: "ho-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "日本出入國在留管理廳包機遣返44名斯里蘭卡人",
    published: "2023-12-08",
    text: `日本出入國在留管理廳6日宣布,已透過包機將44名逾期居留的斯里蘭卡籍人士遣返回國,飛機從成田機場起飛,於當地時間深夜降落科倫坡班達拉奈克國際機場。

這是日本今年第三次實施集體包機遣返。入管廳表示,這批人士均已接獲遣返令,其中部分人多次申請難民認定遭駁回。

日本今年修訂《出入國管理及難民認定法》,規定申請難民認定三次以上者原則上可被遣返,引發人權團體批評。2021年,一名斯里蘭卡女子在名古屋入管設施內死亡,曾引起社會廣泛關注。

入管廳指出,截至去年底,日本約有4,200名拒絕遣返的外國人。`,
    expect: { relevant: false },
  },
  {
    id: "ho-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "美国2025财年遣返中国籍人员数量创近年新高",
    published: "2025-12-02",
    text: `美国移民与海关执法局(ICE)近日公布的统计数据显示,2025财年(2024年10月至2025年9月)美方共遣返中国籍人员约2,800人,为近十年来最高水平。

数据显示,同期共有超过35万人被ICE遣返,遣返目的地涉及190多个国家。遣返人数最多的仍是墨西哥、危地马拉和洪都拉斯。中国籍被遣返者中,多数通过大型包机集中送回,少数搭乘商业航班。

另据统计,截至财年末,美国境内仍有约3.7万名已被下达最终遣返令的中国籍人员。

有移民律师指出,不少中国籍"走线客"在美国申请庇护,案件积压在移民法庭,排期长达数年,"并不是所有人都会很快被遣返"。`,
    expect: { relevant: false },
  },
  {
    id: "ho-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "長榮航空桃園直飛達拉斯航線首航",
    published: "2024-07-03",
    text: `長榮航空桃園—達拉斯直飛航線2日首航,首班機載客率近九成,於當地時間下午降落達拉斯沃斯堡國際機場,機場以水門禮迎接。

長榮表示,新航線每週飛航四班,使用波音777-300ER客機,是長榮在北美的第十個航點。德州近年吸引多家台灣半導體及科技業者投資設廠,商務旅客需求強勁。

達拉斯台灣同鄉會會長表示,過去返台需經洛杉磯或舊金山轉機,新航線讓在德州的台灣移民返鄉更加便利。

業界人士指出,美國航空過去亦曾經營同一航線,但於疫情期間停飛。`,
    expect: { relevant: false },
  },
  {
    id: "ho-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "一名华人男子被ICE押送搭乘民航班机遣返上海",
    published: "2024-10-25",
    text: `据华人媒体报道,一名在纽约法拉盛居住多年的中国籍男子日前被美国移民与海关执法局(ICE)遣返,由两名执法人员押送,搭乘民航班机经东京转机后抵达上海浦东国际机场。

这名48岁的男子2016年申请庇护被拒,此后一直未离境。本月初,他在例行报到时被当场拘留,约两周后即被遣返。

其家属表示,男子在美国育有两名公民子女,家中顿失经济支柱。"我们请了律师,但来不及了。"

律师提醒,已有最终遣返令的人士在例行报到前应先咨询专业人士,了解自己的法律选项。`,
    expect: { relevant: false },
  },
];
