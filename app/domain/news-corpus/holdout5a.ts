// Held-out news corpus no. 5 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, the other corpus files or
// docs/alerts.md). Every name, quote and number in these articles is invented; no sentence is copied
// from any outlet.
import type { CorpusArticle } from "./types";

export const HOLDOUT5A: CorpusArticle[] = [
  {
    id: "h5a-en-001",
    lang: "en",
    style: "wire",
    title: "US deportation charter lands in Mauritania with about 110 aboard",
    published: "2025-03-13",
    text: `NOUAKCHOTT, Mauritania — A chartered jet carrying about 110 Mauritanians deported from the United States touched down on Tuesday at Nouakchott-Oumtounsy International Airport, the Interior Ministry said, the largest single group sent back from America in more than a year.

The aircraft had taken off from Alexandria, Louisiana, and refuelled in the Azores before crossing to West Africa, according to a ministry official who spoke on condition of anonymity because he was not cleared to brief reporters. Most of those on board were young men from the Senegal River valley who reached the U.S. border through Nicaragua and Mexico during the migration wave of 2023.

"They are our sons and we received them as our sons," said Sidi Mahmoud Ould Bellal, who heads the ministry's migration directorate. He said each returnee was given a meal, a telephone card and a modest sum of money for the journey home.

Community organisers in Ohio and New York, where large Mauritanian communities have settled, said several of those on the plane still had asylum appeals pending. Aminata Diallo Kane, of a Columbus-based support group, said she had counted at least 14 people from her city on the manifest.

U.S. Immigration and Customs Enforcement did not respond to a request for comment. Agency figures show ICE removed roughly 300 Mauritanians in fiscal 2024, up from a few dozen five years earlier. Earlier charters to the region have also called at Dakar, Senegal, and Conakry, Guinea.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 110, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Nouakchott-Oumtounsy International Airport"],
      date: "2025-03-11",
    },
  },
  {
    id: "h5a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 87 Uzbek nationals on charter flight",
    published: "2025-11-14",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement removed 87 citizens of Uzbekistan Nov. 12 on a chartered flight from Mesa, Arizona, to Tashkent, Uzbekistan.

Each of the noncitizens removed had a final order of removal issued by an immigration judge with the Justice Department's Executive Office for Immigration Review. Two of them were wanted in Uzbekistan on charges of fraud and organized theft and were handed to Uzbek law enforcement upon arrival.

"This operation reflects the close cooperation between our two governments and the professionalism of our officers," said ERO Phoenix Field Office Director Marcus T. Whitfield. "ICE will continue to remove those who have no lawful basis to remain in this country."

ICE Air Operations conducted an earlier removal flight to Tashkent in August carrying 64 Uzbek nationals. In fiscal year 2025, Enforcement and Removal Operations carried out more than 230,000 removals to over 170 countries.

Noncitizens placed into removal proceedings receive their due process from immigration judges. Due to operational security reasons, ICE does not confirm or discuss future or pending transportation operations.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 87, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tashkent"],
      date: "2025-11-12",
    },
  },
  {
    id: "h5a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "23 Nepalis deported from US land in Kathmandu",
    published: "2026-02-16",
    text: `KATHMANDU — Twenty-three Nepali nationals deported by the United States arrived home on a chartered aircraft, the Department of Immigration said on Monday.

The group, which included three women, landed at Tribhuvan International Airport at around 7:40 pm on Sunday and was escorted by US immigration officers until it cleared arrival formalities, according to Suman Bhattarai, an information officer at the department.

"Most of them had lost their asylum cases and had been held in detention centres for several months," Bhattarai said. "Their families were informed through the Ministry of Foreign Affairs a few days in advance."

Of the returnees, nine are from Jhapa and Morang districts, six from the Kathmandu valley and the rest from districts in Lumbini and Gandaki provinces. Several told reporters at the airport that they had paid brokers between Rs 4 million and Rs 6 million to reach the US through South America.

With the latest group, 214 Nepalis have been returned from the United States since January last year, department data show. Last year dozens of Nepalis were also among migrants from Asia whom the US flew to Panama and held in a hotel there before onward travel.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 23, approx: false },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2026-02-15",
    },
  },
  {
    id: "h5a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Forty-one deportees back from US; families wait outside Harman Barracks",
    published: "2025-08-29",
    text: `Forty-one Jamaicans — 38 men and three women — were returned to the island yesterday on a United States deportation flight, the latest of the monthly charters that arrive on the last Thursday of each month.

The aircraft landed at the Norman Manley International Airport in Kingston shortly after 1:30 p.m. The deportees were then taken by bus to Harman Barracks, where they were processed by the police and officers of the Passport, Immigration and Citizenship Agency (PICA).

Outside the gate, Marcia Thompson-Reid waited with her two grandchildren for a son she had not seen in 19 years. "Whatever him do, him pay for it already. Me just want see him face," she said.

According to a police source, 22 of those returned had served sentences in the US for drug and firearm offences, while the others had overstayed visas or had their residency revoked. Winston Barrett of the National Association of Returning Migrants said many arrive "with a plastic bag and a phone number that don't work anymore".

PICA figures show 512 Jamaicans have been deported from the US so far this year, compared with 26 sent back on a single charter from the United Kingdom in February.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 41, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport"],
      date: "2025-08-28",
    },
  },
  {
    id: "h5a-en-005",
    lang: "en",
    style: "wire",
    title: "Uganda takes in first third-country deportees from United States",
    published: "2025-09-19",
    text: `KAMPALA, Uganda — Nine men deported from the United States, none of them Ugandan, have arrived in Uganda under an arrangement the two governments reached earlier this year, Uganda's foreign ministry said on Friday.

The group — four Ethiopians, two Somalis, two Sudanese and a Yemeni — landed at Entebbe International Airport late on Wednesday aboard a small jet chartered by U.S. Immigration and Customs Enforcement, the ministry said in a statement. It did not say where the flight had originated.

"Uganda has accepted these persons on a temporary and humanitarian basis while their return to their countries of origin is arranged," said Patricia Nabwire Okello, the ministry's permanent secretary. She repeated that Uganda would not receive anyone with a criminal record or any unaccompanied child.

The men are being housed at a guarded facility outside the capital, a government official said. Lawyers for two of the Ethiopians said in the United States that their clients had been granted protection from return to Ethiopia by an immigration judge and feared being sent there from Kampala.

Washington has struck similar deals with several African governments. Rwanda received a small group in August, and Eswatini and South Sudan have taken in men from Asia, Latin America and the Caribbean.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["ET", "SO", "SD", "YE"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["Entebbe International Airport"],
      date: "2025-09-17",
    },
  },
  {
    id: "h5a-en-006",
    lang: "en",
    style: "us-local",
    title: "Cameroonian detainees in Central Louisiana brace for removal flight next week",
    published: "2025-10-17",
    text: `ALEXANDRIA — Immigration authorities have scheduled a charter flight to Cameroon that could carry as many as 60 people held in Louisiana detention centers, according to attorneys and relatives who were notified this week.

The flight is expected to leave Alexandria International Airport on Tuesday, Oct. 21, bound for Douala, said Rachel Ostrander, a New Orleans immigration lawyer who represents four of the men. Most of the detainees are being held at facilities in Jena and Basile.

"Several of my clients fled the fighting in the Anglophone regions," Ostrander said. "We have filed emergency motions for stays, but the court calendar is not moving as fast as the plane."

An ICE spokesperson said the agency does not discuss future transportation operations for security reasons.

The last large removal flight to Cameroon, in late 2020, drew protests from members of Congress after deportees described being pressured to sign travel papers. The Biden administration designated Cameroon for Temporary Protected Status in 2022; that protection does not cover people who entered after the cutoff date, Ostrander said.

Relatives plan a vigil Sunday outside the federal building in downtown Alexandria.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CM"],
      people: { value: 60, approx: true },
      departure: ["Alexandria International Airport"],
      arrival: ["Douala"],
      date: "2025-10-21",
    },
  },
  {
    id: "h5a-en-007",
    lang: "en",
    style: "near-miss",
    title: "Home Office flight returns 58 Albanians from Stansted",
    published: "2024-11-21",
    text: `A Home Office charter carrying 58 Albanian nationals left Stansted Airport early on Wednesday and landed in Tirana shortly before noon, the department said.

Officials said 41 of those on board were foreign national offenders who had served prison sentences in Britain, while the rest were people who had arrived illegally or overstayed and had no right to remain. They were escorted by immigration enforcement officers and handed to Albanian police on arrival.

"Those with no right to be here will be removed, and this flight is one of dozens we have operated this year," a Home Office spokesperson said.

Campaigners from the group Open Borders Kent said two men had been taken off the flight the night before after their lawyers lodged last-minute claims. The Home Office has chartered more than 30 flights to Albania since the returns agreement signed with Tirana in 2022.

The government says enforced returns in the year to September rose by 19 per cent, to just over 9,100.`,
    expect: { relevant: false },
  },
  {
    id: "h5a-en-008",
    lang: "en",
    style: "near-miss",
    title: "Japan charters plane to return 31 Sri Lankans after visa overstays",
    published: "2026-04-08",
    text: `TOKYO — Japan's Immigration Services Agency deported 31 Sri Lankan nationals on a chartered flight from Narita to Colombo on Tuesday, the agency said, the first such group removal since 2023.

The agency said the group included people who had overstayed their visas for years and several whose refugee applications had been rejected three times or more, a category that a revised immigration law now allows Japan to remove while appeals are pending.

Unlike the United States, which runs dozens of removal charters each week, Japan relies mostly on commercial airlines and uses chartered aircraft only a few times a year.

"We carried out the removal in a safe and orderly manner with the cooperation of the Sri Lankan authorities," an agency official told reporters in Tokyo.

Support groups in Nagoya criticised the operation, noting that one of those deported had a Japanese spouse. Japan granted refugee status to 303 people last year, a record for the country but a tiny share of applications.`,
    expect: { relevant: false },
  },
  {
    id: "h5a-en-009",
    lang: "en",
    style: "wire",
    title: "South Sudan says it will again accept citizens deported from US",
    published: "2026-01-22",
    text: `JUBA, South Sudan — South Sudan will resume accepting its citizens deported from the United States, the foreign ministry said on Wednesday, ending a standoff that had led Washington to freeze visas for South Sudanese passport holders.

"The Republic of South Sudan reaffirms its readiness to receive its nationals who have been ordered removed, once their identity has been verified," ministry spokesman Deng Ajak Malual said in a statement read on state television.

The dispute began last year when authorities in Juba turned back a man whom U.S. officials described as South Sudanese but whom the government said was a citizen of a neighbouring country. The State Department responded by revoking existing visas and halting new ones.

A U.S. embassy spokesperson welcomed the announcement and said the visa measures would be "reviewed in light of concrete cooperation". No date was given for the first returns.

South Sudan has separately taken in a handful of men from Asia and Latin America whom the U.S. could not send to their own countries, a deal that rights groups inside the country have challenged in court.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SS"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-21",
    },
  },
  {
    id: "h5a-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "32 Bangladeshis deported from US arrive in Dhaka",
    published: "2025-07-26",
    text: `Thirty-two Bangladeshi nationals, including two women, were sent back from the United States and reached Dhaka early on Saturday.

A chartered aircraft carrying them landed at Hazrat Shahjalal International Airport at 5:10am, according to immigration police at the airport. The plane had taken off from Texas, officials said.

Several of the returnees said they had been kept in handcuffs during most of the journey. "We went to ask for asylum, not to commit any crime," said one man from Noakhali who did not want to be named.

Nazmul Karim Chowdhury, who coordinates the returnee support desk of a migration rights organisation, said most of the group had travelled to Brazil or Bolivia on work visas before heading north through Central America and Mexico. "Many families sold land to pay the brokers, Tk 25 to 35 lakh each," he said.

Of the 32, 14 are from Noakhali, seven from Sylhet, five from Cumilla and the rest from Feni, Dhaka and Chattogram. A foreign ministry official said 149 Bangladeshis had been returned from the US in several batches since January, and another group of about 50 was expected later in the year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 32, approx: false },
      departure: ["Texas"],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2025-07-26",
    },
  },
  {
    id: "h5a-en-011",
    lang: "en",
    style: "wire",
    title: "Deportation flight reaches northern Haiti as capital's airport stays shut",
    published: "2024-05-10",
    text: `CAP-HAÏTIEN, Haiti — Some 60 Haitians deported from the United States landed in Cap-Haïtien on Thursday, the second such flight since gangs forced the closure of the international airport in Port-au-Prince.

The plane took off from Miami in the morning and was met on the tarmac by officials of Haiti's National Migration Office and the police, who took the returnees to a processing centre near the airport.

"We have no capacity to send them south; the roads are in the hands of armed groups," said Jocelyne Pierre-Louis, a regional coordinator for the migration office. Each deportee received a small cash grant and a hygiene kit from the International Organization for Migration.

Rights groups in Florida criticised the flight. "Sending people to a country where the U.N. counts thousands of killings this year is indefensible," said Marc-Antoine Delva of a Miami legal aid group.

The Department of Homeland Security has said it continues to remove Haitians who have no legal basis to stay. A flight in April carried 47 people to the same city, according to local officials.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 60, approx: true },
      departure: ["Miami"],
      arrival: ["Cap-Haïtien"],
      date: "2024-05-09",
    },
  },
  {
    id: "h5a-en-012",
    lang: "en",
    style: "near-miss",
    title: "Air Senegal to start direct Dakar–Houston service in spring",
    published: "2025-12-03",
    text: `DAKAR — Air Senegal will launch three weekly nonstop flights between Dakar and Houston in April, the carrier said on Tuesday, its second route to the United States after New York.

The airline will use an Airbus A330neo on the route, with the first departure from Blaise Diagne International Airport scheduled for April 2. Return flights will leave Houston's George Bush Intercontinental the following day.

"Texas has one of the fastest-growing West African diasporas in America, and they have been asking us for this for years," chief commercial officer Fatou Ndiaye Sarr told reporters. She said the carrier expected to fill about 80 per cent of seats in the first year.

The route will also give travellers from Mauritania, Mali and Guinea a one-stop connection to the U.S. Gulf Coast. Analysts noted that U.S. visa restrictions announced this year for several West African countries could weigh on demand.

Air Senegal carried 1.1 million passengers last year, up 14 per cent.`,
    expect: { relevant: false },
  },
  {
    id: "h5a-en-013",
    lang: "en",
    style: "near-miss",
    title: "ERO Newark removes Indian fugitive wanted for investment fraud",
    published: "2026-05-12",
    text: `NEWARK, N.J. — Officers with U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) Newark removed Rajeev Kumar Malhotra, 46, a citizen of India wanted in his home country for a large investment fraud scheme, on May 8.

ERO officers escorted Malhotra on a commercial flight from Newark Liberty International Airport and turned him over to officials of India's Central Bureau of Investigation at Indira Gandhi International Airport in New Delhi.

Malhotra entered the United States on a visitor visa in 2019 and remained beyond his authorized stay. An immigration judge ordered him removed in January 2025, and the Board of Immigration Appeals dismissed his appeal in March of this year.

"Fugitives who flee justice abroad will not find a safe haven in New Jersey," said ERO Newark Field Office Director Lorraine Castellano.

In fiscal year 2025, ERO removed more than 1,800 Indian nationals, most of them on charter flights.`,
    expect: { relevant: false },
  },
  {
    id: "h5a-en-014",
    lang: "en",
    style: "receiving-country-local",
    title: "Flight with 118 deportees from US lands at Amritsar; 45 from Punjab",
    published: "2025-09-30",
    text: `AMRITSAR — A chartered flight carrying 118 Indians deported from the United States landed at Sri Guru Ram Dass Jee International Airport here around 11:20 pm on Sunday, officials said.

Of the deportees, 45 belong to Punjab, 38 to Haryana, 21 to Gujarat, six to Uttar Pradesh, four to Himachal Pradesh and four to other states, according to a list shared by the state government. Four of them are women.

The aircraft, which took off from El Paso, was met by teams of the Punjab Police, the Bureau of Immigration and district officials, who arranged buses for those from outside the state. Police said three of the returnees were wanted in cases registered in Jalandhar and Kapurthala.

"I sold two acres for the dunki route and came back with nothing," said Gurpreet Singh, 24, of Tarn Taran, who said he spent seven months in a detention centre in New Mexico.

It is the fifth such flight to land in Amritsar this year. Punjab minister Harjot Kaur Sandhu said the state would press the Centre to act against travel agents who "sell the American dream by the kilo".`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 118, approx: false },
      departure: ["El Paso"],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2025-09-28",
    },
  },
  {
    id: "h5a-en-015",
    lang: "en",
    style: "receiving-country-local",
    title: "Interior Ministry: 54 Georgian citizens returned from the United States",
    published: "2024-09-06",
    text: `TBILISI — Fifty-four citizens of Georgia who had been living in the United States without legal status have been returned to the country on a charter flight organised by US immigration authorities, the Ministry of Internal Affairs said.

The ministry said the returnees, all of them men aged between 19 and 58, had entered the US through the Mexican border in 2022 and 2023. Most had lost their asylum cases.

"Georgian citizens must understand that irregular migration carries real consequences, both for themselves and for the visa-free regime our country enjoys with Europe," Deputy Minister Levan Chkhartishvili told journalists.

The plane, which had departed from Arizona, landed at Tbilisi International Airport on Wednesday morning. The returnees were questioned by the Border Police and released to relatives.

Germany, France and Greece also carried out joint return flights to Tbilisi this year, the ministry said, bringing back a total of 1,240 Georgians. According to US border data, more than 11,000 Georgians were encountered at the southern border in the 2023 fiscal year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 54, approx: false },
      departure: ["Arizona"],
      arrival: ["Tbilisi International Airport"],
      date: "2024-09-04",
    },
  },
  {
    id: "h5a-en-016",
    lang: "en",
    style: "receiving-country-local",
    title: "Sixteen West Africans deported by US arrive in Accra",
    published: "2026-03-05",
    text: `ACCRA — Sixteen West African nationals deported from the United States arrived at Kotoka International Airport on Tuesday night, the Ministry of Foreign Affairs has confirmed.

The group — 11 Nigerians, three Liberians and two Gambians — came on a flight from Louisiana and will be assisted to travel on to their home countries "within days", the ministry said in a statement issued on Wednesday. None of them is Ghanaian.

Foreign Minister Kwabena Asante-Boateng told Parliament that Ghana's decision to accept West Africans was taken "in the spirit of ECOWAS solidarity" and that the country had received no payment. "We are not a warehouse for anybody's deportees," he said.

A coalition of Ghanaian lawyers has asked the Supreme Court to declare the arrangement unconstitutional, arguing it was never put before Parliament for ratification. At least one of the Nigerians had a US court order barring his return to Nigeria, according to his attorney in Houston.

Ghana has received about 40 third-country nationals from the United States since the arrangement took effect, according to civil society groups.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "LR", "GM"],
      people: { value: 16, approx: false },
      departure: ["Louisiana"],
      arrival: ["Kotoka International Airport"],
      date: "2026-03-03",
    },
  },
  {
    id: "h5a-en-017",
    lang: "en",
    style: "us-local",
    title: "Flight trackers log another Harlingen charter to Ecuador",
    published: "2025-04-11",
    text: `HARLINGEN — A Boeing 737 operated for Immigration and Customs Enforcement left Harlingen on Wednesday morning and landed in Guayaquil, Ecuador, shortly after 1 p.m., according to flight-tracking data reviewed by the Valley Observer.

The flight was the sixth removal charter to Ecuador this month from the Rio Grande Valley, said Tom Garza, a retired schoolteacher who logs ICE Air movements for an advocacy group in Brownsville. ICE does not say how many people are on board, and Ecuadorian authorities had not released a figure by Thursday evening.

Earlier flights this year landed in Latacunga, in Ecuador's central highlands. Garza said the same aircraft flew to Guatemala City and San Pedro Sula earlier in the week, carrying Guatemalans and Hondurans.

"From here you can watch the whole hemisphere go by," Garza said. "Monday it's Honduras, Wednesday Ecuador, Friday Colombia."

An ICE spokesperson in San Antonio said the agency "routinely conducts removal flights" and does not comment on individual operations.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: null,
      departure: ["Harlingen"],
      arrival: ["Guayaquil"],
      date: "2025-04-09",
    },
  },
  {
    id: "h5a-en-018",
    lang: "en",
    style: "near-miss",
    title: "Immigration court backlog tops 3.6 million as judges leave",
    published: "2025-10-02",
    text: `WASHINGTON — The backlog in the nation's immigration courts climbed past 3.6 million pending cases in September, according to an analysis of court records released on Wednesday by a university research center.

The figure comes as the Justice Department has dismissed or reassigned more than 100 immigration judges since January, leaving some courts in Texas and New Jersey with wait times of five years for a first merits hearing.

"You have a system that is being asked to deport faster while it loses the people who decide the cases," said Eleanor Park-Whitman, who directs the center's immigration data project.

The analysis found that judges issued about 38 percent more removal orders in the first nine months of the year than in the same period of 2024, with a growing share issued in absentia when the immigrant did not appear. Asylum grant rates fell to 19 percent, from 31 percent a year earlier.

A Justice Department spokesperson said the agency was hiring new judges and "prioritizing detained cases so removals can proceed without delay".`,
    expect: { relevant: false },
  },
  {
    id: "h5a-en-019",
    lang: "en",
    style: "receiving-country-local",
    title: "19 Fijians to arrive on US removal flight on Monday",
    published: "2025-06-20",
    text: `SUVA — Nineteen Fijian citizens ordered removed from the United States are expected to arrive at Nadi International Airport on Monday, the Department of Immigration has confirmed.

Acting director Salote Vuniwai said the group would travel on a charter organised by US Immigration and Customs Enforcement from Los Angeles. Fourteen of them had completed prison sentences in the United States, she said, and police would interview them on arrival.

"The ministry, together with the Fiji Police Force and our reintegration partners, is ready to receive them and help them resettle with their families," Ms Vuniwai said.

Fiji received 47 deportees from the United States, New Zealand and Australia last year. Community leaders in the Western Division have called for more support, saying many returnees left Fiji as young children and have no relatives left in the country.

Tonga and Samoa have also received removal flights from the US in recent months.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["FJ"],
      people: { value: 19, approx: false },
      departure: ["Los Angeles"],
      arrival: ["Nadi International Airport"],
      date: "2025-06-23",
    },
  },
  {
    id: "h5a-en-020",
    lang: "en",
    style: "wire",
    title: "Senegal rejects US request to take in third-country deportees",
    published: "2026-06-18",
    text: `DAKAR, Senegal — Senegal has turned down a request from Washington to receive people deported from the United States who are not Senegalese, Foreign Minister Aïssatou Ndiaye Fall said on Tuesday.

"Senegal will continue to receive its own citizens, with dignity, as it always has. It will not become a reception point for the nationals of other states," Fall told reporters after a cabinet meeting in Dakar.

The request, delivered by U.S. diplomats last month, asked Senegal to accept migrants from several West and Central African countries whose governments have been slow to issue travel documents, according to two officials familiar with the talks.

Several countries in the region, including Ghana, have agreed to similar arrangements, while others have declined. The U.S. embassy in Dakar said it "respects the sovereign decision" of Senegal's government and valued continuing cooperation on returns of Senegalese nationals.

More than 1,100 Senegalese were removed from the United States in the last fiscal year, according to ICE figures, most on charter flights that also stopped in Mauritania.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-06-16",
    },
  },
  {
    id: "h5a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan 112 hondureños deportados en vuelo procedente de Texas",
    published: "2026-02-19",
    text: `San Pedro Sula. Un total de 112 hondureños deportados desde Estados Unidos llegó la mañana de este jueves al Aeropuerto Internacional Ramón Villeda Morales, en La Lima, Cortés, en un vuelo procedente de Brownsville, Texas.

Según el Instituto Nacional de Migración (INM), en la aeronave viajaban 97 hombres y 15 mujeres, todos mayores de edad. La mayoría había sido detenida en redadas en Houston, Atlanta y Charlotte durante las últimas semanas.

"Les damos la bienvenida a su patria; aquí no llegan delincuentes, llegan compatriotas que buscaban un mejor futuro", expresó la subdirectora del INM, Gloria Estela Mejía, quien recibió al grupo en el Centro de Atención al Migrante Retornado.

El miércoles había aterrizado otro vuelo con 98 connacionales, y para el fin de semana se esperan dos más, indicó la funcionaria. En lo que va de 2026, más de 6,300 hondureños han sido retornados desde Estados Unidos y México por vía aérea y terrestre.

A cada retornado se le entregó un bono de alimentación y se le ofreció inscribirse en un programa de capital semilla para emprender un pequeño negocio.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 112, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2026-02-19",
    },
  },
  {
    id: "h5a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Guatemala recibe a hondureños y salvadoreños en vuelo de deportados desde EE. UU.",
    published: "2025-10-22",
    text: `Ciudad de Guatemala. El Instituto Guatemalteco de Migración (IGM) informó que este martes recibió un vuelo con 71 personas deportadas desde Estados Unidos, entre ellas siete extranjeros: cuatro hondureños y tres salvadoreños.

La aeronave, procedente de Laredo, Texas, aterrizó en la Fuerza Aérea Guatemalteca a las 10:45 horas. Los 64 guatemaltecos pasaron al Centro de Recepción de Retornados, mientras que los centroamericanos de otras nacionalidades fueron trasladados a un albergue del IGM en la zona 5 de la capital.

"Los hermanos hondureños y salvadoreños serán acompañados hasta la frontera para que continúen su regreso a sus países, en coordinación con sus consulados", explicó el portavoz del IGM, Héctor Aníbal Cifuentes.

Es la segunda vez que Guatemala acepta a ciudadanos de otros países en un vuelo de deportación, en el marco del acuerdo firmado con Washington a inicios de año. Organizaciones de derechos humanos pidieron al Gobierno hacer públicos los términos del convenio.

Según datos del IGM, en lo que va de 2025 han retornado más de 48,000 guatemaltecos en vuelos procedentes de Estados Unidos, además de unos 9,000 por vía terrestre desde México.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["HN", "SV"],
      people: { value: 71, approx: false },
      departure: ["Laredo, Texas"],
      arrival: ["Fuerza Aérea Guatemalteca"],
      date: "2025-10-21",
    },
  },
  {
    id: "h5a-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Repatrian 74 dominicanos desde Estados Unidos; la mayoría cumplió condena",
    published: "2025-09-30",
    text: `Santo Domingo. Un grupo de 74 dominicanos repatriados por el Servicio de Inmigración y Control de Aduanas de Estados Unidos (ICE) llegó este martes al Aeropuerto Internacional de Las Américas, en un avión fletado que partió de Alexandria, Luisiana.

Los repatriados, 70 hombres y cuatro mujeres, fueron recibidos en el área de carga de la terminal por agentes de la Dirección General de Migración, la Policía Nacional y el Cuerpo Especializado en Seguridad Aeroportuaria (CESAC).

Fuentes de Migración indicaron que 51 de ellos cumplieron condenas en cárceles estadounidenses por narcotráfico, robo, fraude y violencia doméstica, mientras que el resto fue detenido en operativos migratorios en Nueva York, Nueva Jersey, Massachusetts y Florida.

Tras su llegada, los dominicanos fueron trasladados en autobuses al centro de acogida de Haina, en San Cristóbal, donde se verifica su identidad y si tienen procesos pendientes antes de entregarlos a sus familiares.

Con este grupo suman 2,486 los dominicanos devueltos desde Estados Unidos en lo que va de año, según cifras oficiales. Los vuelos de repatriación suelen llegar los martes.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 74, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2025-09-30",
    },
  },
  {
    id: "h5a-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Cerca de 120 ecuatorianos retornan en vuelo de deportación",
    published: "2026-03-13",
    text: `Quito. El Ministerio de Relaciones Exteriores y Movilidad Humana informó este viernes que cerca de 120 ecuatorianos deportados desde Estados Unidos fueron recibidos en el país, en un vuelo que aterrizó el miércoles en el Aeropuerto Internacional Cotopaxi.

De acuerdo con la Cancillería, entre los retornados había 19 mujeres y ningún menor de edad. La mayoría es oriunda de las provincias de Azuay, Cañar y Guayas.

"Brindamos atención médica, alimentación y transporte hacia sus provincias de origen. Nadie se queda solo en el aeropuerto", aseguró la viceministra de Movilidad Humana, Verónica Paredes Andrade.

Personal de la Policía verificó si alguno de los deportados tenía órdenes de captura pendientes en Ecuador; dos fueron detenidos por presuntos delitos cometidos antes de migrar, indicó la entidad.

En 2025, Ecuador recibió más de 140 vuelos con deportados desde Estados Unidos, según cifras oficiales. La mayoría de aviones aterriza en Latacunga, aunque algunos vuelos también han llegado a Guayaquil.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 120, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional Cotopaxi"],
      date: "2026-03-11",
    },
  },
  {
    id: "h5a-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Migración Colombia prevé la llegada de un vuelo con unos 130 deportados este jueves",
    published: "2025-11-04",
    text: `Bogotá. Migración Colombia anunció que este jueves llegará al Aeropuerto Internacional El Dorado un vuelo con unos 130 connacionales deportados desde Estados Unidos, el tercero de este tipo en lo que va de noviembre.

La aeronave partirá de Houston, según la información suministrada por las autoridades estadounidenses, y se espera que aterrice hacia el mediodía. A bordo vendrían familias con niños, aunque la entidad no precisó cuántos menores.

"Tendremos en la terminal equipos del ICBF, de la Cancillería y de Salud para atender a cada persona desde el momento en que baje del avión", dijo el director regional de Migración Colombia, Andrés Felipe Rincón.

Los vuelos de deportación se reanudaron con normalidad tras la tensión diplomática de comienzos de 2025, cuando el Gobierno colombiano se negó durante algunas horas a recibir aviones militares estadounidenses. Desde entonces, el país ha recibido más de 200 vuelos, según la Cancillería.

La entidad recordó que los retornados pueden acceder a la ruta de atención para el retorno, que incluye orientación laboral y apoyo psicosocial.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CO"],
      people: { value: 130, approx: true },
      departure: ["Houston"],
      arrival: ["Aeropuerto Internacional El Dorado"],
      date: "2025-11-06",
    },
  },
  {
    id: "h5a-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay aceptará a migrantes de terceros países deportados por Estados Unidos",
    published: "2025-08-13",
    text: `Montevideo. El Gobierno de Paraguay anunció el lunes que recibirá a migrantes de otras nacionalidades expulsados por Estados Unidos, mientras se tramita su regreso a sus países de origen, en virtud de un acuerdo firmado en Asunción con funcionarios del Departamento de Estado.

El canciller paraguayo, Rubén Darío Benítez, explicó en conferencia de prensa que el país recibirá "un número limitado" de personas y que Estados Unidos correrá con todos los gastos de traslado y alojamiento. No dio fechas para la llegada de los primeros vuelos ni detalló de qué países serán los migrantes.

"Paraguay es un socio confiable y no tiene nada que ocultar en este acuerdo", afirmó Benítez. La oposición reclamó que el texto sea enviado al Congreso para su ratificación.

En Montevideo, el ministro del Interior uruguayo dijo el martes que Uruguay "no ha recibido ninguna solicitud similar" y que cualquier propuesta sería analizada "con la Constitución en la mano".

Paraguay se suma a otros países de la región que han pactado con Washington recibir a extranjeros deportados, una política criticada por organismos de derechos humanos.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-11",
    },
  },
  {
    id: "h5a-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Deportan a Nicaragua a ciento treinta y cinco migrantes en vuelo desde Miami",
    published: "2024-07-15",
    text: `MIAMI — Ciento treinta y cinco nicaragüenses fueron deportados el viernes pasado en un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE) que partió de Miami y aterrizó en el Aeropuerto Internacional Augusto C. Sandino, en Managua, según confirmaron familiares y organizaciones de apoyo en el sur de Florida.

Entre los deportados había al menos una docena de personas que habían ingresado con el programa de permisos humanitarios y a quienes se les venció el estatus, dijo la abogada Marisol Cárdenas Ubeda, quien representa a varias familias en Hialeah y Sweetwater.

"Algunos tenían miedo de volver porque participaron en las protestas de 2018 y no saben qué les espera en el aeropuerto", afirmó Cárdenas. Un portavoz de ICE dijo que todos los pasajeros tenían órdenes definitivas de deportación.

El Gobierno de Nicaragua no informó públicamente sobre la llegada del vuelo. En años anteriores, Managua rechazó en varias ocasiones aviones de deportación, lo que llevó a Washington a imponer restricciones de visa a funcionarios nicaragüenses.

Ese mismo fin de semana, ICE también envió vuelos a Honduras y a Guatemala, según datos de seguimiento aéreo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NI"],
      people: { value: 135, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional Augusto C. Sandino"],
      date: "2024-07-12",
    },
  },
  {
    id: "h5a-es-008",
    lang: "es",
    style: "near-miss",
    title: "México traslada por vía aérea a 150 hondureños desde Villahermosa",
    published: "2025-05-21",
    text: `Tegucigalpa. Un avión fletado por el Instituto Nacional de Migración de México (INM) aterrizó este miércoles en San Pedro Sula con 150 hondureños que habían sido detenidos en estaciones migratorias de Tabasco y Chiapas.

El vuelo partió de Villahermosa a primera hora de la mañana. Según las autoridades mexicanas, los migrantes fueron interceptados cuando intentaban avanzar hacia la frontera norte de México.

"Es el cuarto vuelo que México nos envía este mes; además, a diario llegan autobuses por la frontera de Corinto", dijo un funcionario del Instituto Nacional de Migración de Honduras que pidió no ser identificado.

Entre los retornados había 23 mujeres y 11 menores acompañados. Las autoridades hondureñas les ofrecieron alimentación, atención médica y transporte hacia sus comunidades.

México ha retornado a más de 18,000 hondureños en lo que va de año por vía aérea y terrestre, según cifras del INM mexicano.`,
    expect: { relevant: false },
  },
  {
    id: "h5a-es-009",
    lang: "es",
    style: "near-miss",
    title: "Crecen las deportaciones de bolivianos desde Estados Unidos, según Migración",
    published: "2026-01-10",
    text: `La Paz. El número de bolivianos deportados desde Estados Unidos aumentó 64 % en 2025 respecto al año anterior, según un informe de la Dirección General de Migración presentado este sábado.

De acuerdo con el documento, 612 ciudadanos bolivianos fueron devueltos al país desde territorio estadounidense durante el año pasado, frente a 373 en 2024. La mayoría procedía de los departamentos de Cochabamba, Santa Cruz y La Paz.

"Hablamos de jóvenes que pagaron hasta 15.000 dólares a redes de tráfico para cruzar por México", dijo la directora de Migración, Lidia Choque Mamani, quien pidió a la población no dejarse engañar por ofertas de viaje irregular.

El informe señala también que España e Italia expulsaron a 210 bolivianos en el mismo período, mientras que Chile y Argentina reportaron casi un millar de retornos por vía terrestre.

La Cancillería anunció que reforzará la atención consular en Washington, Miami y Los Ángeles.`,
    expect: { relevant: false },
  },
  {
    id: "h5a-es-010",
    lang: "es",
    style: "spanish-outlet",
    title: "Aterriza en Lima vuelo con 98 peruanos deportados de Estados Unidos",
    published: "2024-12-07",
    text: `Lima. Noventa y ocho ciudadanos peruanos deportados por Estados Unidos llegaron al país la noche del jueves en un vuelo chárter que aterrizó en el Aeropuerto Internacional Jorge Chávez, informó este sábado la Superintendencia Nacional de Migraciones.

La aeronave despegó de San Antonio, Texas, con 81 hombres y 17 mujeres a bordo. Ninguno de ellos registraba requisitorias en el Perú, precisó la entidad.

"Se les brindó orientación, atención de salud y, en coordinación con la Cancillería, facilidades para comunicarse con sus familiares", señaló el jefe de la oficina de Migraciones en el aeropuerto, Jorge Luis Quispe Ramos.

Es el segundo vuelo de deportados que llega a Lima en diciembre. Según Migraciones, en 2024 fueron devueltos desde Estados Unidos 1,930 peruanos, la cifra más alta de la última década.

La mayoría de los deportados había ingresado a territorio estadounidense por la frontera con México tras viajar por tierra desde Centroamérica.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 98, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2024-12-05",
    },
  },
];
