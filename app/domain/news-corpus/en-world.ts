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
    title: "43 Vietnamese citizens repatriated from the US",
    published: "2025-03-21",
    text: `A flight carrying 43 Vietnamese citizens returned from the United States landed at Tan Son Nhat International Airport in HCMC on Thursday morning, according to the Ministry of Public Security.

The returnees were received by the ministry's Immigration Department and the border guard at the airport, and went through health checks and identity verification before being handed over to their families or to local authorities in their home provinces.

A ministry official said the group had been repatriated under the 2020 agreement between the two countries on the return of Vietnamese citizens who arrived in the US after July 12, 1995, and who did not meet the conditions to reside there.

The flight, chartered by US Immigration and Customs Enforcement, is the second of its kind this year. Vietnam's foreign ministry spokeswoman said at a regular press briefing on Thursday that Hanoi "always receives citizens who meet the conditions for return, on the basis of verification of nationality."

According to ICE figures, more than 8,000 Vietnamese nationals in the US have final orders of removal, most of whom arrived before 1995 and are not covered by the repatriation agreement.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 43, approx: false },
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
];
