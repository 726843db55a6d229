import type { CorpusArticle } from "./types";

// English-language reporting from the receiving countries (Ghana, Nigeria, Kenya, India, Jamaica, Fiji, …)
// plus a few European and Asian wire reports. Names, numbers and officials are invented.
export const ARTICLES_EN_WORLD: CorpusArticle[] = [
  {
    id: "en-w-001",
    lang: "en",
    style: "receiving-country-local",
    title: "GIS receives 41 Ghanaian deportees from the US at KIA",
    published: "2025-03-13",
    text: `The Ghana Immigration Service (GIS) on Wednesday received forty-one Ghanaian nationals deported from the United States of America, the Service has announced.

A statement signed by its Head of Public Affairs, Chief Superintendent Abena Owusu-Ansah, said the returnees arrived at the Kotoka International Airport (KIA) aboard a chartered aircraft at about 0730 hours. The flight had departed from Alexandria, Louisiana, and made a refuelling stop on the island of Santa Maria in the Azores.

The deportees, made up of 38 men and three women, were taken through disembarkation formalities by GIS officers before being handed over to the Narcotics Control Commission and the National Disaster Management Organisation (NADMO) for screening and transport stipends to their various destinations.

The same aircraft continued to Monrovia, where eleven Liberian nationals on board were to be handed over to Liberian authorities at Roberts International Airport. In all, 52 people were listed on the manifest, the statement said.

Preliminary checks indicated that some of the Ghanaians had been convicted of offences including fraud and drug possession, while others had lost their asylum claims or overstayed their visas.

Relatives who had gathered at the old terminal as early as 5am complained that they had not been told when the plane would arrive. "My brother called me from Louisiana on Sunday and said they were being moved. That is all we knew," said Kwabena Asare, who had travelled from Kasoa.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH", "LR"],
      people: { value: 52, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Kotoka International Airport", "Roberts International Airport"],
      date: "2025-03-12",
    },
  },
  {
    id: "en-w-002",
    lang: "en",
    style: "receiving-country-local",
    title: "US deports 29 Nigerians over criminal, immigration offences",
    published: "2019-11-20",
    text: `The United States Government has deported 29 Nigerians for alleged criminal and immigration-related offences.

The deportees, comprising 26 males and three females, arrived at the cargo terminal of the Murtala Muhammed International Airport (MMIA), Ikeja, Lagos, at about 4.20pm on Tuesday aboard a chartered aircraft.

The Spokesman of the Lagos Airport Police Command, DSP Olayinka Adeyemi, confirmed the development to newsmen. He said 17 of the returnees had been convicted of criminal offences in the US, two were linked to narcotics, while the rest had violated the terms of their visas.

According to him, the deportees were received by officers of the Nigeria Immigration Service (NIS), the National Agency for the Prohibition of Trafficking in Persons (NAPTIP), the National Drug Law Enforcement Agency (NDLEA) and the police. They were profiled by immigration officials and later allowed to depart to their respective states.

Officials of the National Emergency Management Agency (NEMA) were also on ground to provide stipends for transportation.

The latest batch comes barely two months after the United Kingdom flew 46 Nigerians into Lagos on a charter flight for similar offences.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NG"],
      people: { value: 29, approx: false },
      arrival: ["Murtala Muhammed International Airport"],
      date: "2019-11-19",
    },
  },
  {
    id: "en-w-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Freetown agrees to take back nationals facing US removal",
    published: "2025-07-24",
    text: `The Government of Sierra Leone has agreed to accept the return of its citizens who have been ordered removed from the United States, ending months of delay that had put the country on Washington's list of "uncooperative" nations.

The Minister of Information and Civic Education, Ms Fatmata Bangura, told journalists at the weekly press briefing in Freetown on Wednesday that the Ministry of Foreign Affairs and International Cooperation had instructed the Sierra Leone embassy in Washington to begin issuing emergency travel certificates to nationals whose identity had been verified.

"We are a responsible member of the community of nations. Sierra Leoneans who have exhausted their legal options abroad will be received at home with dignity," the minister said. She did not say how many people were affected or when the first returns would take place.

US immigration data seen by this medium lists roughly 800 Sierra Leoneans with final orders of removal, many of whom have lived in the United States for more than a decade.

Civil society groups in Freetown have urged the government to prepare a reintegration package before any returnees arrive at Lungi. "People will come back with nothing but the clothes they are wearing," said Alimamy Kamara of the Returnee Support Network.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SL"],
      people: null,
      date: "2025-07-23",
    },
  },
  {
    id: "en-w-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Another US plane drops non-Cameroonian deportees at Nsimalen",
    published: "2026-02-24",
    text: `A second deportation flight carrying people who are not Cameroonian citizens landed at the Yaoundé-Nsimalen International Airport on Monday, lawyers assisting the group have told this paper.

The eleven deportees — seven men and four women — are nationals of Zimbabwe, Ghana, Congo-Kinshasa, Morocco and Gabon, according to barrister Emmanuel Nkwenti Fon, who said he met some of them at a hotel in the Bastos neighbourhood of Yaoundé where they are being held under police guard.

"None of them has ever lived in Cameroon. Some do not speak French or English. They were told they would be sent home and instead they were brought here," he said.

The plane had left from Mesa, Arizona, on Saturday afternoon, according to flight-tracking data, and stopped in Dakar before reaching Yaoundé.

The Ministry of External Relations has not commented publicly on the arrivals. A diplomatic source said Yaoundé had accepted the transfers "on a humanitarian and temporary basis" and that the International Organization for Migration would help those who wish to return to their countries of origin.

Last month nine people from other African countries were quietly sent to Cameroon on a similar flight, two of whom have since been repatriated.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      nationalities: ["ZW", "GH", "CD", "MA", "GA"],
      people: { value: 11, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Yaoundé-Nsimalen International Airport"],
      date: "2026-02-23",
    },
  },
  {
    id: "en-w-005",
    lang: "en",
    style: "receiving-country-local",
    title: "Six Kenyans among 57 deportees on US plane at JKIA",
    published: "2025-07-19",
    text: `Six Kenyans deported from the United States arrived at the Jomo Kenyatta International Airport on Saturday morning aboard a US-chartered Boeing 767 that was carrying 57 deportees in total.

The plane landed at about 8.40am and was directed to a remote parking bay, where officers from the Directorate of Immigration Services and the DCI boarded it. The six Kenyans — five men and a woman — were processed and released to relatives who had been waiting outside the cargo area.

The remaining passengers, 29 Somalis and 22 Ethiopians, did not disembark. Airport sources said the aircraft took off again shortly after 11am for Mogadishu, where the Somali nationals were to be handed over, before continuing to Bole International Airport in Addis Ababa with the Ethiopians.

Police said one of the Kenyans, a 41-year-old man from Kisii, had served a sentence in Minnesota for assault. The others had overstayed student or visitor visas.

Nairobi has in recent months become a regular transit point for US removal flights to the Horn of Africa. Last month an aircraft carrying South Sudanese nationals refuelled at JKIA before proceeding to Juba.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KE", "SO", "ET"],
      people: { value: 57, approx: false },
      arrival: ["Jomo Kenyatta International Airport", "Mogadishu", "Bole International Airport"],
      date: "2025-07-19",
    },
  },
  {
    id: "en-w-006",
    lang: "en",
    style: "receiving-country-local",
    title: "US embassy confirms new removal flight to Nouakchott",
    published: "2024-03-22",
    text: `The United States Embassy in Nouakchott said on Thursday that a flight carrying "a significant number" of Mauritanian citizens who lacked legal permission to stay in the United States had landed at Nouakchott-Oumtounsy International Airport earlier in the day.

In a statement published on its social media pages, the embassy said the aircraft also carried migrants being returned to Senegal, Guinea and Angola, making stops in Dakar, Conakry and Luanda after leaving the Mauritanian capital.

The embassy did not give the number of people on board. It described the flight as the third in "a continuing series" of removals in response to the sharp rise in Mauritanians crossing the US southern border, many of whom travel by air to Nicaragua and then overland through Central America and Mexico.

"Each person returned received an impartial judicial review of their claims before removal," the statement said, adding that the US government pays no compensation to the deportees or to the Mauritanian government but provides food, medical screening and air transport at the expense of American taxpayers.

Families of young men who left in 2023 have gathered at the airport after each flight. One father from Boghé said his son had sold the family's livestock to pay for the journey.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR", "SN", "GN", "AO"],
      people: null,
      arrival: ["Nouakchott-Oumtounsy International Airport", "Dakar", "Conakry", "Luanda"],
      date: "2024-03-21",
    },
  },
  {
    id: "en-w-007",
    lang: "en",
    style: "receiving-country-local",
    title: "Fourth US military flight brings back 97 deportees to Amritsar",
    published: "2025-06-08",
    text: `AMRITSAR: Another US Air Force C-17 Globemaster carrying Indians who had entered the United States illegally touched down at Sri Guru Ram Dass Jee International Airport here at 10.40 pm on Saturday, the fourth such flight to land in the holy city this year.

Officials said the aircraft had taken off from El Paso, Texas, and refuelled at Ramstein in Germany. Among those on board were 31 deportees from Haryana, 29 from Gujarat and 22 from Punjab, with the rest from Uttar Pradesh, Maharashtra, Goa and Himachal Pradesh. Eleven women and nine minors were among the group.

The deportees were taken to the terminal building, where they were questioned by the Bureau of Immigration, the Punjab Police and central intelligence agencies to check for criminal antecedents. Those from Punjab were sent home in police vehicles by about 4 am on Sunday, while the Haryana government arranged buses for its residents.

Several returnees alleged that their hands and feet had been chained for most of the journey. "The chains came off only when the plane started descending over Amritsar," said a 23-year-old from Kurukshetra district who had paid an agent Rs 42 lakh for the "donkey route" through Panama.

Punjab NRI Affairs Minister Kuldeep Singh Dhaliwal reiterated his demand that the Centre ask Washington to land future flights elsewhere. "Why only Amritsar every time?" he asked.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 97, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2025-06-07",
    },
  },
  {
    id: "en-w-008",
    lang: "en",
    style: "receiving-country-local",
    title: "Chartered flight with nearly 130 Indian deportees lands in Delhi",
    published: "2024-11-14",
    text: `NEW DELHI: A chartered aircraft carrying nearly 130 Indian nationals removed from the United States landed at the Indira Gandhi International Airport on Wednesday, officials said, in one of the largest single deportations to the country.

The US Department of Homeland Security said the flight left from Harlingen, Texas, and that those on board had "no legal basis to remain" in the country. It said the removal was carried out in cooperation with the Government of India.

Most of the deportees are from Punjab, Haryana and Gujarat, and the majority are men aged between 19 and 35, according to an official at the airport. They were interviewed by immigration officers and the Delhi Police before being allowed to leave in the early hours of Thursday.

The Ministry of External Affairs said India and the US "maintain regular consultations" on irregular migration and that New Delhi verifies the nationality of every person before travel documents are issued.

US Customs and Border Protection figures show that Indian nationals were encountered at the US borders more than 90,000 times in the last fiscal year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 130, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["Indira Gandhi International Airport"],
      date: "2024-11-13",
    },
  },
  {
    id: "en-w-009",
    lang: "en",
    style: "receiving-country-local",
    title: "34 Pakistanis deported from US handed over to FIA",
    published: "2025-05-08",
    text: `ISLAMABAD: A special flight carrying 34 Pakistani nationals deported from the United States landed at Islamabad International Airport in the early hours of Thursday, officials of the Federal Investigation Agency (FIA) said.

The deportees were offloaded under tight security and taken to the FIA immigration counter, where their documents were checked. Eight of them, who had allegedly travelled on forged passports or with the help of human smugglers, were handed over to the FIA's Anti-Human Trafficking Circle for further inquiry.

The rest were released after biometric verification, an FIA spokesman said, adding that most of them belonged to Gujranwala, Gujrat, Mandi Bahauddin and Sialkot districts.

According to the spokesman, the group had been held in immigration detention in Louisiana and Texas for periods ranging from four months to two years. Several said they had reached the US via Brazil and Mexico after paying agents up to Rs 6 million.

The interior ministry has directed the FIA to identify and prosecute the agents involved. Last year, the agency said more than 5,000 Pakistanis were deported from various countries, the majority from Gulf states.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PK"],
      people: { value: 34, approx: false },
      arrival: ["Islamabad International Airport"],
      date: "2025-05-08",
    },
  },
  {
    id: "en-w-010",
    lang: "en",
    style: "receiving-country-local",
    title: "Thirty-one more Bangladeshis sent back from US",
    published: "2025-11-22",
    text: `Thirty-one Bangladeshis, including two women, have been deported from the United States for living there without valid documents.

The chartered aircraft carrying them landed at Hazrat Shahjalal International Airport in Dhaka around 11:50pm on Friday, a senior official of the police's Special Branch told this correspondent.

The returnees remained on board for nearly two hours while US officers completed formalities. Several of them later alleged they had been kept in handcuffs and leg irons during the journey, which included stops in Ireland and Qatar.

BRAC's Migration Programme provided food, emergency cash and transport. Its associate director, Shariful Hasan, said 19 of the group were from Noakhali and most had travelled first to Brazil on work permits before making their way north through Central America and Mexico.

"They sold land and borrowed money, some paying Tk 40 lakh. They come back with debt and nothing else," he said.

According to Special Branch sources, at least 260 Bangladeshis have been returned from the United States since January.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 31, approx: false },
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2025-11-21",
    },
  },
  {
    id: "en-w-011",
    lang: "en",
    style: "asian-wire",
    title: "US charter returns Nepalis and Sri Lankans",
    published: "2025-04-11",
    text: `KATHMANDU, April 11 — A US-chartered aircraft carrying 39 deportees landed at Tribhuvan International Airport on Thursday evening, where 22 Nepali nationals disembarked, the Department of Immigration said.

Immigration spokesperson Tikaram Dhakal said the Nepalis, all men between the ages of 20 and 46, had entered the United States irregularly through the Mexican border. "They were received by immigration and police officials and handed over to family members after verification," he said.

The aircraft, which had refuelled in Anchorage and Tokyo, then flew on to Colombo with the remaining 17 passengers. Sri Lanka's Department of Immigration and Emigration confirmed that 17 Sri Lankan nationals were received at Bandaranaike International Airport in Katunayake shortly after midnight.

Nepal's Ministry of Foreign Affairs said it had been notified of the flight a week in advance and had issued travel documents to all 22 citizens.

Foreign employment officials estimate that several thousand Nepalis are awaiting immigration proceedings in the United States, many of whom paid brokers between 5 and 8 million rupees for the journey.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP", "LK"],
      people: { value: 39, approx: false },
      arrival: ["Tribhuvan International Airport", "Bandaranaike International Airport"],
      date: "2025-04-10",
    },
  },
  {
    id: "en-w-012",
    lang: "en",
    style: "receiving-country-local",
    title: "42 deportees arrive on monthly US flight",
    published: "2025-02-28",
    text: `Forty-two Jamaicans deported from the United States arrived at the Norman Manley International Airport in Kingston yesterday afternoon, the second such flight this year under the regular monthly arrangement between the two governments.

The group — 39 men and three women — was escorted by officers of the Jamaica Constabulary Force to a police facility in St Andrew, where they were fingerprinted, photographed and interviewed before being released to relatives. Eleven were detained on outstanding warrants.

Foreign Affairs Minister Kamina Johnson Smith told the Senate on Friday morning that Jamaica would "continue to receive our nationals in an orderly manner" and rejected social media claims that thousands would be flown back at once.

The National Organization of Deported Migrants said many of those who arrived have not lived in Jamaica since childhood. "Some of these men left at six and seven years old. They do not know anybody here," said its secretary, Marcia Reid.

The flights from the US normally land on the last Thursday of every month.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 42, approx: false },
      arrival: ["Norman Manley International Airport"],
      date: "2025-02-27",
    },
  },
  {
    id: "en-w-013",
    lang: "en",
    style: "receiving-country-local",
    title: "Deportation charter stops in Paramaribo, then Timehri",
    published: "2025-08-15",
    text: `A chartered aircraft carrying 23 deportees from the United States made two stops in the region on Wednesday, first at Suriname's Johan Adolf Pengel International Airport and then at the Cheddi Jagan International Airport (CJIA), Timehri.

Nine Surinamese nationals were disembarked in Paramaribo shortly after noon. The aircraft then continued to Guyana, landing at CJIA just before 3 pm with 14 Guyanese — 12 men and two women — on board.

On arrival the men and women were handed over by US officers to the Guyana Police Force and the Immigration Department. They were then taken by bus under armed escort to the Criminal Investigations Department headquarters at Eve Leary, where they were processed and later released.

A relative of one of the deportees said her son had lived in Queens, New York, since he was nine years old. "He has a wife and two children there. What is he going to do here?" she asked.

Vice President Bharrat Jagdeo said earlier this year that Guyana had no option but to accept its nationals. "If they are Guyanese, we take them back," he said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SR", "GY"],
      people: { value: 23, approx: false },
      arrival: ["Johan Adolf Pengel International Airport", "Cheddi Jagan International Airport"],
      date: "2025-08-13",
    },
  },
  {
    id: "en-w-014",
    lang: "en",
    style: "receiving-country-local",
    title: "16 nationals deported from US land at Piarco",
    published: "2025-04-03",
    text: `A flight carrying 16 Trinidad and Tobago nationals deported from the United States touched down at Piarco International Airport yesterday afternoon, the Ministry of National Security has confirmed.

In a release, the ministry said the returnees, all men, were received by officers of the Immigration Division and the Trinidad and Tobago Police Service and were processed at the airport before being released to family members.

The ministry said it had been given advance notice of the flight, which originated in Miami, and that the identities of all 16 had been verified by the Ministry of Foreign and CARICOM Affairs before travel documents were issued.

Criminologist Dr Renee Cummings-Baptiste said deportees who have served sentences abroad are often blamed for crime without evidence. "The research shows most deportees are not reoffending here. What they lack is housing, a job and a family network," she said.

Minister of National Security Roger Alexander said last week that between 2018 and 2024, about 650 nationals had been returned from the United States, Canada and the United Kingdom.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TT"],
      people: { value: 16, approx: false },
      departure: ["Miami"],
      arrival: ["Piarco International Airport"],
      date: "2025-04-02",
    },
  },
  {
    id: "en-w-015",
    lang: "en",
    style: "receiving-country-local",
    title: "Haiti - USA : 83 Haitians aboard new deportation flight to Cap-Haïtien",
    published: "2025-11-18",
    text: `On Monday, a deportation flight from the United States carrying 83 Haitian citizens landed at the Cap-Haïtien International Airport, the only airport in the country still receiving international traffic.

Among the deportees, who included 9 women and 4 minors, 11 had served prison sentences in the United States, according to the National Office of Migration (ONM), whose agents received the group on the tarmac with representatives of the International Organization for Migration (IOM).

Each returnee received a hot meal, a hygiene kit and 5,000 gourdes to cover transport, the ONM said. Those who had no relatives in the North were offered temporary lodging in a centre run by a partner organisation.

The ONM coordinator said he had been informed of the flight only 48 hours in advance. "We do what we can with very limited means," he said.

The flight had originated in Alexandria, Louisiana. Since the beginning of the year, more than 1,900 Haitians have been returned by air from the United States, while tens of thousands more have been expelled by land from the Dominican Republic.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 83, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Cap-Haïtien International Airport"],
      date: "2025-11-17",
    },
  },
  {
    id: "en-w-016",
    lang: "en",
    style: "receiving-country-local",
    title: "BI: 27 Filipinos deported from US arrive in Clark",
    published: "2025-10-02",
    text: `MANILA – A total of 27 Filipinos deported from the United States arrived at the Clark International Airport in Pampanga on Wednesday aboard a chartered aircraft, the Bureau of Immigration (BI) said.

BI Commissioner Joel Anthony Viado said the deportees, 21 men and six women, were met by immigration officers, personnel of the Department of Migrant Workers and the Overseas Workers Welfare Administration. The flight departed from Seattle and made a refuelling stop in Guam.

"Our primary concern is their safe return and their reintegration. None of them has a derogatory record in the Philippines," Viado said.

According to the BI, most of the returnees had overstayed their visas, while four had been convicted of offences in the US and had completed their sentences before their removal.

The Department of Foreign Affairs earlier said it estimated that about 350,000 Filipinos in the US lack legal status, and urged them to seek legal advice from the consulates rather than from unlicensed fixers.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 27, approx: false },
      departure: ["Seattle"],
      arrival: ["Clark International Airport"],
      date: "2025-10-01",
    },
  },
  {
    id: "en-w-017",
    lang: "en",
    style: "receiving-country-local",
    title: "Over 40 Vietnamese citizens repatriated from the US",
    published: "2025-03-21",
    text: `A flight carrying more than 40 Vietnamese citizens returned from the United States landed at Tan Son Nhat International Airport in HCMC on Thursday morning, according to the Ministry of Public Security.

The returnees were received by the ministry's Immigration Department and the border guard at the airport, and went through health checks and identity verification before being handed over to their families or to local authorities in their home provinces.

A ministry official said the group had been repatriated under the 2020 agreement between the two countries on the return of Vietnamese citizens who arrived in the US after July 12, 1995, and who did not meet the conditions to reside there.

The flight, chartered by US Immigration and Customs Enforcement, is the second of its kind this year. Vietnam's foreign ministry spokeswoman said at a regular press briefing on Thursday that Hanoi "always receives citizens who meet the conditions for return, on the basis of verification of nationality."

According to ICE figures, more than 8,000 Vietnamese nationals in the US have final orders of removal, most of whom arrived before 1995 and are not covered by the repatriation agreement.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 40, approx: true },
      arrival: ["Tan Son Nhat International Airport"],
      date: "2025-03-20",
    },
  },
  {
    id: "en-w-018",
    lang: "en",
    style: "asian-wire",
    title: "Laos to accept return of nationals with US deportation orders",
    published: "2025-04-25",
    text: `VIENTIANE, April 25 — Laos has agreed to accept the return of its nationals who have been ordered deported from the United States, the Lao Ministry of Foreign Affairs said on Thursday, after years in which Vientiane rarely issued the travel documents Washington requested.

In a brief statement, the ministry said the two sides had agreed on "procedures for verifying the identity and nationality" of persons concerned and that Laos would receive them "in accordance with its laws and international practice." It gave no figures.

The announcement followed a visit to Vientiane earlier this month by a US delegation from the Department of Homeland Security. Washington had placed Laos on its list of countries that do not cooperate on deportations and had restricted some visas for Lao officials.

About 4,800 Lao nationals in the US have final orders of removal, according to US immigration data, many of them members of the Hmong and ethnic Lao communities who resettled as refugees after 1975.

Advocacy groups in Minnesota and California said they feared that elderly refugees who have never lived in the modern Lao state could be among the first to be sent back.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["LA"],
      people: null,
      date: "2025-04-24",
    },
  },
  {
    id: "en-w-019",
    lang: "en",
    style: "receiving-country-local",
    title: "Nineteen more Cambodian-Americans deported to the Kingdom",
    published: "2025-06-29",
    text: `Nineteen Cambodians who had lived most of their lives in the United States arrived at Phnom Penh International Airport last Tuesday after being deported under the 2002 repatriation agreement between the two countries.

The men, aged between 31 and 58, were flown from El Paso, Texas, on a charter operated for US Immigration and Customs Enforcement, a spokesman for the Interior Ministry's General Department of Immigration said.

All but two had entered the US as refugee children in the 1980s, said the Khmer Vulnerability Aid Organisation (KVAO), which provides housing, Khmer lessons and job placement for returnees during their first months in the country.

"Most of them have never been to Cambodia. They were born in camps on the Thai border," a KVAO counsellor said. "Three of them have US-citizen grandchildren they may never see again."

The latest group brings to more than 1,000 the number of Cambodians deported from the United States since the first returns in 2002.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 19, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Phnom Penh International Airport"],
      date: "2025-06-24",
    },
  },
  {
    id: "en-w-020",
    lang: "en",
    style: "receiving-country-local",
    title: "Nine Fijians among deportees on US flight through the Pacific",
    published: "2025-05-16",
    text: `Nine Fijians deported from the United States arrived at Nadi International Airport last night on a chartered aircraft that is returning nationals to three Pacific countries.

The Ministry of Immigration confirmed the flight, which left from Honolulu, was carrying 21 people in all. After the Fijians disembarked, the aircraft continued to Tonga's Fua'amotu International Airport with eight Tongans and was due to land at Faleolo in Samoa this morning with four Samoans.

Permanent Secretary for Immigration Amelia Komaisavai said the Fijian returnees were met by police, immigration and health officials and would be assisted by the Fiji Corrections Service's reintegration unit. Five of them had been convicted of drug-related offences in California and Utah.

"These are our citizens and we will receive them. But we have asked our US partners to share full information on each person before they travel," she said.

Police Commissioner Rusiate Tudravu said officers would monitor those with serious criminal records.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["FJ", "TO", "WS"],
      people: { value: 21, approx: false },
      departure: ["Honolulu"],
      arrival: ["Nadi International Airport", "Fua'amotu International Airport", "Faleolo"],
      date: "2025-05-15",
    },
  },
  {
    id: "en-w-021",
    lang: "en",
    style: "european-wire",
    title: "US sends Georgians and Armenians home on shared charter",
    published: "2025-09-11",
    text: `TBILISI, Sept 11 — Washington returned 48 Georgian citizens on Wednesday, Georgia's Interior Ministry said, the largest single group of Georgians deported from the United States.

The US-chartered plane, which had left from Mesa, Arizona, touched down at Tbilisi International Airport shortly before dawn. Ministry officials said the returnees were checked against national databases and released; none was wanted in Georgia.

The aircraft then flew on to Yerevan, where Armenia's Migration and Citizenship Service said it had received 19 Armenian nationals at Zvartnots airport. In total the flight carried 67 deportees from the two countries.

Most of the Georgians had crossed into the United States from Mexico in 2022 and 2023 and had their asylum claims rejected, the ministry said. Georgian nationals are among the fastest-growing groups encountered at the US southern border, along with citizens of Uzbekistan, Turkey and India.

The Georgian Foreign Ministry said it considered the return "a routine matter of cooperation" with the United States.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE", "AM"],
      people: { value: 67, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tbilisi International Airport", "Zvartnots"],
      date: "2025-09-10",
    },
  },
  {
    id: "en-w-022",
    lang: "en",
    style: "receiving-country-local",
    title: "Police prepare for arrival of 32 Albanians deported from the US",
    published: "2025-10-08",
    text: `TIRANA — The Albanian State Police are preparing to receive 32 citizens deported from the United States, who are due to land at Rinas on Friday aboard a charter flight organised by US immigration authorities.

A police source said the list of names had been sent to the Border and Migration Department last week and that all 32 had been verified as Albanian nationals. Six are wanted by Albanian prosecutors and will be arrested on arrival, the source said.

Most of the group entered the United States through the Mexican border after flying to Central America, and some had lived in New York and Michigan for several years.

The Ministry of Interior said it would set up a reception point at the airport with social workers from the municipalities of Tirana, Durrës and Elbasan. "Those returning will be informed about employment programmes and services," the ministry said.

Albania has for years been one of the main countries of origin for irregular migrants arriving in the United Kingdom, which has sent several return flights to Tirana under a 2022 agreement.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["AL"],
      people: { value: 32, approx: false },
      arrival: ["Rinas"],
      date: "2025-10-10",
    },
  },
  {
    id: "en-w-023",
    lang: "en",
    style: "middle-east-wire",
    title: "Iraq to resume accepting US deportation flights",
    published: "2025-07-09",
    text: `BAGHDAD — Iraq will resume accepting charter flights carrying Iraqi nationals deported from the United States, the Foreign Ministry said on Tuesday, reversing a position that had left hundreds of Iraqis in US immigration detention.

Ministry spokesman Ahmed al-Sahhaf said in a statement that Baghdad had agreed with Washington on "a mechanism to verify the identity of citizens and to ensure their dignified return," including the presence of Iraqi consular staff at the point of departure.

Iraq had previously accepted only those who agreed to travel voluntarily on commercial flights, and had declined to issue travel documents for others, a dispute that dates back to 2017.

The statement did not say when the first flight would take place or how many people would be returned. US immigration figures list about 1,400 Iraqi nationals with final removal orders, many of them Chaldean Christians in the Detroit area.

Chaldean community leaders in Michigan said they would challenge any removals in court, arguing that members of religious minorities face persecution in Iraq.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["IQ"],
      people: null,
      date: "2025-07-08",
    },
  },
  {
    id: "en-w-024",
    lang: "en",
    style: "receiving-country-local",
    title: "58 Egyptians deported from US arrive in Cairo",
    published: "2025-07-31",
    text: `Fifty-eight Egyptians deported from the United States arrived at Cairo International Airport on Tuesday aboard a chartered aircraft, an airport source said.

The plane, which made a technical stop at Shannon in Ireland, landed at Terminal 1 shortly after 6pm. Passport police completed procedures for the deportees, who were then questioned by security officials before being allowed to leave.

According to the source, the deportees had entered the US illegally or had stayed after their visas expired. Most of them are young men from the governorates of Menoufia, Gharbia and Sharqia, who had travelled to the US through Latin America.

The Ministry of Emigration and Egyptian Expatriates Affairs said it would offer the returnees access to its vocational training programmes under the presidential initiative "Survival Boats", which aims to discourage irregular migration.

Egypt has in recent years received several return flights from European countries, mainly Italy and Germany.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EG"],
      people: { value: 58, approx: false },
      arrival: ["Cairo International Airport"],
      date: "2025-07-29",
    },
  },
  {
    id: "en-w-025",
    lang: "en",
    style: "receiving-country-local",
    title: "Deportation flight stops in Fortaleza before landing at Confins",
    published: "2025-10-16",
    text: `A flight chartered by US immigration authorities with 106 deported Brazilians aboard landed at Confins International Airport in Belo Horizonte on Wednesday night, the Federal Police said.

The aircraft, which had departed from Alexandria, Louisiana, stopped first in Fortaleza, where 12 passengers from Ceará and neighbouring northeastern states disembarked. It then continued to Minas Gerais with the remaining 94.

In Confins the deportees were received at a humanitarian reception post set up by the federal government with the Ministry of Human Rights, the state government and the International Organization for Migration. They were offered meals, medical checks, phone calls and bus tickets to their home towns.

Unlike on earlier flights this year, the Federal Police said no passengers were in handcuffs when they left the plane. Brazil and the United States agreed in February that restraints would be removed before landing.

It was the ninth deportation flight from the US to arrive in Brazil this year. Most of the deportees are from Minas Gerais, Goiás and Rondônia.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 106, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Fortaleza", "Confins International Airport"],
      date: "2025-10-15",
    },
  },
  {
    id: "en-w-026",
    lang: "en",
    style: "receiving-country-local",
    title: "Second group of US deportees arrives in Kigali",
    published: "2026-01-14",
    text: `A second group of twelve migrants removed from the United States arrived in Kigali in early January under the bilateral arrangement signed last year, Government Spokesperson Yolande Makolo said on Tuesday.

The group is made up of nationals of Eritrea, Somalia, Yemen, Ukraine and Colombia, she said. All had been vetted by Rwandan authorities before their transfer.

"They are accommodated and receiving support from the Government with our partners, including the International Organization for Migration," Makolo told reporters. "Some have asked to go back to their countries of origin and we will help them do so."

Under the arrangement, Rwanda agreed to receive up to 250 people from the United States, retaining the right to approve each individual case. The first group of seven arrived in August.

Rights organisations have criticised the scheme, saying it sends people to a country with which they have no ties. The Government has said those who stay will be offered vocational training, health insurance and help finding work.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["ER", "SO", "YE", "UA", "CO"],
      people: { value: 12, approx: false },
      arrival: ["Kigali"],
      date: "2026-01",
    },
  },
  {
    id: "en-w-027",
    lang: "en",
    style: "receiving-country-local",
    title: "Ten more US deportees land at King Mswati III airport",
    published: "2025-10-21",
    text: `MBABANE — Ten men deported from the United States arrived at King Mswati III International Airport on Monday, the second group of third-country nationals sent to the kingdom under an agreement with Washington.

Government spokesperson Thabile Mdluli said the men are nationals of Cuba, Laos, the Philippines, Ethiopia and Guatemala, and had all been convicted of crimes in the United States. "They are being held in a secure facility and pose no threat to the public," she said.

The aircraft, a chartered Boeing 737, had departed from Alexandria, Louisiana, with a refuelling stop in Cape Verde.

Lawyers for some of the men said they had not been allowed to meet their clients since arrival. Human rights lawyer Sibusiso Nhlabatsi said the detention had no basis in Eswatini law.

Five men deported in July — from Vietnam, Jamaica, Laos, Cuba and Yemen — remain in custody at a maximum-security prison outside Matsapha, although the Jamaican has since been sent home.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["CU", "LA", "PH", "ET", "GT"],
      people: { value: 10, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["King Mswati III International Airport"],
      date: "2025-10-20",
    },
  },
  {
    id: "en-w-028",
    lang: "en",
    style: "receiving-country-local",
    title: "13 more West Africans deported from US arrive in Accra",
    published: "2025-09-24",
    text: `A second group of West African nationals deported from the United States arrived at the Kotoka International Airport on Tuesday, the Ministry of Foreign Affairs has confirmed.

The 13 deportees, nationals of Nigeria, Togo, Liberia and The Gambia, arrived on a US military aircraft at about 2pm and were taken to a hotel in Accra under the supervision of the Ghana Immigration Service, a ministry official said.

Foreign Minister Samuel Okudzeto Ablakwa said Ghana had agreed to receive West Africans removed from the US because citizens of ECOWAS member states do not require visas to enter the country. "From here they will be assisted to return to their own countries by road," he said.

Lawyers for some of the deportees said their clients had been granted protection by US immigration judges against return to their home countries and should not have been removed to a neighbouring state.

The first group of 14, made up mostly of Nigerians, arrived earlier this month. The Minority in Parliament has demanded that the agreement with Washington be laid before the House for ratification.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "TG", "LR", "GM"],
      people: { value: 13, approx: false },
      arrival: ["Kotoka International Airport"],
      date: "2025-09-23",
    },
  },
  {
    id: "en-w-029",
    lang: "en",
    style: "receiving-country-local",
    title: "Uganda agrees to take third-country deportees from US, with conditions",
    published: "2025-08-21",
    text: `KAMPALA — Uganda has agreed to receive third-country nationals who cannot be granted asylum in the United States, the Ministry of Foreign Affairs said on Wednesday, but only under conditions it said would protect the country.

In a statement, the Permanent Secretary, Ambassador Vincent Bagiire Waiswa, said the "temporary arrangement" would not apply to people with criminal records or to unaccompanied minors, and that Uganda would prefer that those transferred be of African nationality.

"The two parties are working out the detailed modalities on how the agreement shall be implemented," the statement said. It did not say how many people Uganda would accept or when the first transfers would take place.

Uganda already hosts more than 1.7 million refugees, mostly from South Sudan and the Democratic Republic of Congo, making it the largest refugee-hosting country in Africa.

A day earlier the State Minister for International Affairs had told a local newspaper that no such agreement existed. Opposition legislators said the deal should be debated in Parliament.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["UG"],
      people: null,
      date: "2025-08-20",
    },
  },
  {
    id: "en-w-030",
    lang: "en",
    style: "wire",
    title: "Burkina Faso rejects US request to take in deportees from other countries",
    published: "2025-10-10",
    text: `OUAGADOUGOU, Oct 10 — Burkina Faso has refused a request from Washington to receive people deported from the United States who are not Burkinabe citizens, Foreign Minister Karamoko Jean-Marie Traoré said on Thursday.

"Burkina Faso is a land of dignity, not a dumping ground," Traoré told state television, calling the proposal "indecent." He said the request had been made through diplomatic channels in recent weeks.

The refusal comes days after the US embassy in Ouagadougou suspended most visa services, citing what it called operational reasons. Traoré said the two matters were linked and that his country would "not give in to blackmail."

The military-led government, which took power in a 2022 coup, has distanced itself from Western partners and strengthened ties with Russia.

Several African countries, including Rwanda, Uganda, Eswatini, South Sudan and Ghana, have agreed in recent months to accept deportees from third countries under arrangements with Washington.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BF"],
      people: null,
      date: "2025-10-09",
    },
  },
  {
    id: "en-w-031",
    lang: "en",
    style: "near-miss",
    title: "Fourteen deportees from UK arrive after legal challenges cut flight numbers",
    published: "2021-02-11",
    text: `Fourteen Jamaicans deported from the United Kingdom arrived at the Norman Manley International Airport in Kingston yesterday morning on a charter flight from Birmingham, after a string of last-minute court rulings removed more than 40 others from the passenger list.

The men were taken to a hotel in the Corporate Area for COVID-19 testing and will remain in quarantine for at least 48 hours before being released to relatives.

The Home Office had originally intended to remove 56 people on the flight. Lawyers in London secured injunctions for most of them, arguing that several had lived in Britain since early childhood and that others had not been given access to legal advice while in detention.

A Home Office spokesperson described those removed as "serious foreign criminals" who had received custodial sentences totalling more than 70 years.

Jamaica's Ministry of National Security said it had asked the British High Commission for full criminal and medical records before any future flights. Campaigners in the UK said they would continue to challenge charter removals to the Caribbean.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-032",
    lang: "en",
    style: "near-miss",
    title: "Germany deports 37 Nigerians on Frontex charter to Lagos",
    published: "2024-08-28",
    text: `Thirty-seven Nigerians deported from Germany and two other European countries arrived at the cargo terminal of the Murtala Muhammed International Airport, Lagos, on Tuesday afternoon aboard a chartered aircraft.

The flight, organised by the German federal police with the support of the European border agency Frontex, departed from Leipzig/Halle airport in the early hours. Germany had 31 of the deportees on board, Austria four and Belgium two.

The returnees, 34 men and three women, were received by officials of the Nigeria Immigration Service, NAPTIP, NDLEA and NEMA, and were profiled by immigration officers before being released. The Nigerians in Diaspora Commission (NiDCOM) said it would follow up on those who needed medical attention.

Most of the deportees had their asylum applications rejected in Germany, according to a source at the airport. Five were said to have served prison sentences.

Germany has stepped up removals to West Africa since the beginning of the year, and the federal interior ministry said earlier this month that more than 1,200 Nigerians were required to leave the country.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-033",
    lang: "en",
    style: "near-miss",
    title: "France-led charter returns 52 Georgians from four EU states",
    published: "2023-05-17",
    text: `TBILISI — Fifty-two Georgian citizens who had been living irregularly in the European Union were returned to Georgia on Tuesday on a charter flight organised by France with the coordination of Frontex, the Interior Ministry said.

The aircraft left Paris-Charles de Gaulle and stopped in Brussels and Frankfurt to collect Georgians returned by Belgium and Germany, before landing at Kutaisi International Airport in the evening. France returned 28 people, Germany 14, Belgium seven and the Netherlands three.

The Interior Ministry said all of the returnees had exhausted their asylum procedures or had overstayed the 90-day visa-free period. Eleven had criminal records in EU member states.

Georgia has been under pressure from Brussels to curb unfounded asylum applications by its citizens, which the European Commission has cited as a risk to the visa-free regime introduced in 2017.

Officials in Tbilisi said information campaigns in western Georgia, from where most applicants come, had reduced the number of new applications in France by a third over the past year.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-034",
    lang: "en",
    style: "near-miss",
    title: "Eleven '501' deportees from Australia land at Fua'amotu",
    published: "2025-03-09",
    text: `Eleven Tongans deported from Australia under section 501 of its Migration Act arrived at Fua'amotu International Airport on Friday night on a charter flight from Brisbane, the Ministry of Police said.

The men, aged between 24 and 59, had their Australian visas cancelled on character grounds after serving prison sentences in Queensland, New South Wales and Victoria. Several had lived in Australia since they were children.

Police Commissioner Shane McLennan said the men would be monitored and that four of them were considered high risk because of links to organised crime. "We have been working with the Australian Border Force to get early information about every returnee," he said.

The Tonga Reintegration Program, a church-run charity in Nuku'alofa, said it had places for only six of the men at its residential centre and that the others would stay with relatives.

Tonga, Samoa, Fiji and New Zealand have long complained that Australia's deportation policy exports problems to small island states, and Pacific leaders raised the issue again at last year's Forum meeting.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-035",
    lang: "en",
    style: "near-miss",
    title: "Canada removed more than 1,800 Indians this year, CBSA data show",
    published: "2025-12-02",
    text: `NEW DELHI: Canada has removed more than 1,800 Indian nationals so far this year, according to figures released by the Canada Border Services Agency (CBSA), putting India among the top countries of destination for Canadian removals for the second year running.

Most of the removals were carried out on scheduled commercial flights from Toronto and Vancouver to Delhi and Amritsar, with CBSA officers escorting a small number of people considered to be flight risks.

The figures include former international students whose study permits had expired, failed refugee claimants and permanent residents who lost their status after criminal convictions. About 6,500 more Indians have removal orders pending, the agency said.

The Ministry of External Affairs said Indian missions in Canada issue emergency certificates only after verifying nationality and that New Delhi has asked Ottawa to ensure "humane treatment" of those being sent back.

Student groups in Brampton have organised protests against what they describe as a sudden change in Canada's immigration policy that left thousands without a path to permanent residence.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-036",
    lang: "en",
    style: "near-miss",
    title: "Returnees find a second start on Savai'i taro farms",
    published: "2024-06-19",
    text: `SALELOLOGA — Five years after he was deported from the United States, Faamanu Tuilagi wakes at 5am to tend the taro and cocoa plots his family gave him on the outskirts of Salelologa.

"When I landed at Faleolo I had a plastic bag and a phone with no numbers that worked here," said the 47-year-old, who left Samoa for Hawaii at the age of eight and served nine years in a California prison. "Now I have 400 taro plants and I sell at the market in Apia every Saturday."

Tuilagi is one of 58 people who have gone through the Samoa Returnees Charitable Trust's agricultural programme since it began in 2019. The trust supports deportees returned from the United States, New Zealand and Australia, offering Samoan language lessons, counselling and help obtaining identity documents.

Its coordinator, Lemalu Sefo, said the trust receives about 20 new returnees every year but has funding for only 12 places. "The first three months decide everything. If they have no family and no work, some go back to what they knew," he said.

The Ministry of Police said reoffending among returnees was lower than among the general prison population, but declined to give figures.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-037",
    lang: "en",
    style: "near-miss",
    title: "US cuts visa validity for Nigerians to three months, single entry",
    published: "2025-07-12",
    text: `The United States has reduced the validity of most non-immigrant visas issued to Nigerian citizens to three months with a single entry, the US Mission in Nigeria announced on Tuesday.

The change, which took effect immediately, applies to visitor, student and exchange visas. Visas issued before the announcement remain valid under their original terms, the Mission said.

In a statement, the Mission said the decision followed a "global review of reciprocity" and that Washington expected Nigeria to align its own visa policies for US citizens. It added that the US continues to value its partnership with Nigeria.

The Ministry of Foreign Affairs said it was engaging with the US authorities and described the measure as "unfortunate," noting that Nigerians are among the largest groups of international students in American universities, with more than 20,000 enrolled last year.

Travel agents in Lagos and Abuja reported a surge in enquiries from families planning summer trips, many of whom said they would now have to apply for a new visa for every journey.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-038",
    lang: "en",
    style: "near-miss",
    title: "Sierra Leone among countries hit by expanded US entry restrictions",
    published: "2026-03-04",
    text: `FREETOWN — Sierra Leone is one of nine countries whose citizens will face new limits on travel to the United States under a proclamation signed by President Donald Trump on Tuesday, the US Embassy in Freetown confirmed.

Under the order, which takes effect on March 20, Sierra Leoneans will no longer be issued tourist, business or student visas, although immigrant visas for immediate relatives of US citizens will still be processed. The other countries added to the partial restrictions include Mauritania, Tonga, Cameroon and Gabon.

The White House said the countries were selected because of high visa overstay rates and shortcomings in the sharing of identity and criminal records.

Sierra Leone's Foreign Minister said the government was "surprised and disappointed" and would send a delegation to Washington to seek an exemption for students already admitted to US universities.

About 4,000 Sierra Leoneans travelled to the US on temporary visas last year, according to State Department figures, and the diaspora in Maryland and Minnesota sends home remittances worth more than $100 million a year.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-039",
    lang: "en",
    style: "near-miss",
    title: "Kenyan student deported from US arrives at JKIA",
    published: "2022-09-15",
    text: `A Kenyan student who was detained by US immigration authorities in Texas in June arrived at the Jomo Kenyatta International Airport on Wednesday morning after being deported on a commercial flight from New York.

Brian Otieno Ouma, 26, was escorted by two US officers on the Kenya Airways flight and handed over to Kenyan immigration officials at the airport, where his mother and two sisters were waiting.

Ouma, who had been studying engineering at a university in Houston, lost his student status after he stopped attending classes during a dispute over fees. He was arrested during a traffic stop and spent three months in immigration detention.

"I was treated like a criminal for a paperwork problem," he told journalists at the arrivals hall. "I just want to finish my degree, here or anywhere."

The Ministry of Foreign Affairs said about 300 Kenyans are currently in US immigration detention, and urged students abroad to keep their documents in order.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-040",
    lang: "en",
    style: "near-miss",
    title: "Fiji Airways to fly Nadi–Seattle from November",
    published: "2025-06-01",
    text: `NADI — Fiji Airways will launch three weekly non-stop flights between Nadi and Seattle from November 14, the national carrier announced on Saturday, its fourth destination in the mainland United States after Los Angeles, San Francisco and Dallas.

The service will use the airline's Airbus A350 aircraft and is timed to connect at Nadi with flights to Australia, New Zealand, Tonga and Samoa, chief executive Andre Viljoen said.

Minister for Tourism and Civil Aviation Viliame Gavoka said the route would open Fiji to travellers from the Pacific Northwest and western Canada. "We expect up to 25,000 additional visitors a year," he said.

The Immigration Department said new automated e-gates at Nadi International Airport would process returning citizens, including people returned from abroad by foreign governments, in separate lanes from tourists.

Fiji recorded more than 980,000 visitor arrivals last year, with the United States its third-largest market after Australia and New Zealand.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-041",
    lang: "en",
    style: "near-miss",
    title: "Italy returns 28 Egyptians on charter from Rome",
    published: "2024-06-19",
    text: `CAIRO — Twenty-eight Egyptians who reached Italy by boat were returned to Cairo on Tuesday on a charter flight from Rome Fiumicino, an airport official said.

The deportees, all young men, had crossed the Mediterranean from eastern Libya in the past year and had their asylum applications rejected by Italian authorities. They were escorted by Italian police officers and handed over to Egyptian passport police at Cairo International Airport.

Italy and Egypt have a readmission agreement dating from 2007 that allows for the quick return of Egyptian nationals who enter Italy irregularly. Italian officials said about 600 Egyptians were returned under the arrangement last year.

Egyptians were among the five largest nationalities arriving by sea in Italy in 2023, along with Guineans, Ivorians, Tunisians and Bangladeshis.

The Egyptian Ministry of Emigration said the returnees would be offered places in training programmes in their home governorates.`,
    expect: { relevant: false },
  },
  {
    id: "en-w-042",
    lang: "en",
    style: "near-miss",
    title: "Over 3,200 Indians deported from US in 2025, MEA tells Parliament",
    published: "2025-12-07",
    text: `NEW DELHI: More than 3,200 Indian nationals were deported from the United States between January and November this year, Minister of State for External Affairs Kirti Vardhan Singh told the Rajya Sabha on Thursday.

In a written reply, the minister said the figure was the highest in more than a decade, compared with 1,368 in 2024 and 617 in 2023. He said the deportees had been returned both on commercial flights and on charter and military aircraft arranged by the US authorities.

Punjab, Haryana and Gujarat accounted for nearly three-quarters of those returned, the reply said. The government had registered 27 cases against illegal travel agents based on information provided by deportees.

Opposition members asked why the government had not objected to the use of restraints on some flights. The minister said India had "conveyed its concerns" and that the US side had assured New Delhi that women and children would not be restrained.

The Ministry said about 18,000 Indians had been identified by US authorities as having final orders of removal.`,
    expect: { relevant: false },
  },
];
