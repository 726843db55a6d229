// HELD-OUT news corpus no. 4. The extractor is only ever SCORED on these articles, never tuned to them.
// Written by a writer who has not read the extractor, its tests or the other corpus files (only types.ts).
// Kept out of tuning: never change the extractor (rules, word lists, patterns) to fit these articles.
// Score with `npm run -s alerts:eval -- --holdout4`.
// Every name, quote and number here is invented. The articles are modelled on how wire services, DHS
// releases, local papers in receiving countries and Spanish- and Chinese-language outlets report removal
// flights; near misses (other countries' removals, statistics, court rulings, single commercial-flight
// removals, detention conditions, airline routes) are marked relevant: false.

import type { CorpusArticle } from "./types";

export const HOLDOUT4: CorpusArticle[] = [
  {
    id: "h4-en-001",
    lang: "en",
    style: "wire",
    title: "Ghana receives more than 40 citizens on US deportation charter",
    published: "2025-11-14",
    text: `ACCRA, Ghana — More than 40 Ghanaian nationals deported from the United States arrived in Accra on Wednesday, the Ghana Immigration Service said, the latest in a string of removal charters to West Africa this year.

The chartered aircraft took off from Alexandria, Louisiana, and landed at Kotoka International Airport shortly after dawn, according to a statement signed by the service's public affairs director, Efua Mensah-Bonsu. Returnees were processed in a side terminal and handed a transport allowance.

"Our duty is to receive our citizens with dignity, whatever the circumstances of their return," Mensah-Bonsu said.

Ghana's foreign ministry has said that about 600 Ghanaians hold final orders of removal in the United States. A similar flight in July carried 57 people, and officials in neighbouring Togo and Nigeria have reported their own arrivals in recent months.

U.S. Immigration and Customs Enforcement did not respond to a request for comment. The agency removed roughly 2,100 people to sub-Saharan Africa in the last fiscal year, according to its annual report.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      people: { value: 40, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Kotoka International Airport"],
      date: "2025-11-12",
    },
  },
  {
    id: "h4-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 87 Mauritanian nationals on charter flight",
    published: "2025-03-20",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement removed 87 Mauritanian nationals on March 18 in a charter flight coordinated by ICE Air Operations with the support of the Department of Homeland Security and the Department of State.

The flight departed from Mesa, Arizona, and arrived in Nouakchott the following morning local time. All individuals on board had received final orders of removal from an immigration judge or were subject to expedited removal.

"This operation reflects our continued cooperation with the Government of Mauritania," said acting Field Office Director Raymond Kessler of ERO Phoenix. "Individuals who have no lawful basis to remain in the United States will be returned to their countries of citizenship."

Encounters with Mauritanian nationals at the southwest border rose from fewer than 1,000 in fiscal year 2022 to more than 15,000 in fiscal year 2023. ICE has conducted removal flights this fiscal year to more than 120 countries, including Senegal, Egypt, India and Uzbekistan.

ICE does not comment on future or pending transportation operations for operational security reasons.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 87, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Nouakchott"],
      date: "2025-03-18",
    },
  },
  {
    id: "h4-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "31 deportees arrive at Sangster from Miami",
    published: "2026-02-06",
    text: `MONTEGO BAY, St James — Thirty-one Jamaicans deported from the United States touched down at Sangster International Airport on Thursday afternoon, the Ministry of National Security has confirmed.

The group, 29 men and two women, arrived on a charter flight from Miami. Police said 11 of them had served prison sentences in the US for offences ranging from fraud to firearm possession, and they will be required to report to their local stations within 48 hours.

It is the second removal flight of the year. On January 15, a charter carrying 44 deportees landed at the Norman Manley International Airport in Kingston.

Sandra Pryce-Whyte, who heads a reintegration charity in St James, said many of the returnees had not been in Jamaica since childhood. "Some of them don't know a single relative here," she said. "They come off that plane with a plastic bag and nothing else."

Jamaica received 1,146 forced returnees from all countries in 2025, according to figures from the Planning Institute of Jamaica, with the United States accounting for about two-thirds and the United Kingdom for most of the rest.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 31, approx: false },
      departure: ["Miami"],
      arrival: ["Sangster International Airport"],
      date: "2026-02-05",
    },
  },
  {
    id: "h4-en-004",
    lang: "en",
    style: "wire",
    title: "Seven men deported from US to Eswatini, none of them Swazi",
    published: "2026-01-22",
    text: `MBABANE, Eswatini — Seven men deported by the United States landed in Eswatini on Monday, government spokesperson Thabiso Dlamini said, in the latest transfer under an agreement that allows Washington to send people who are not citizens of the small southern African kingdom.

The men are nationals of Vietnam, Cuba, Laos and Ethiopia, Dlamini said. They arrived on a US government aircraft at King Mswati III International Airport and were taken to a correctional facility outside the capital, where they will be held "until arrangements for their onward return are concluded".

Lawyers for two of the men said in a filing in a US federal court that their clients had been given less than a day's notice. "They were told they were going home. Nobody said Eswatini," said attorney Melissa Ordway.

Eswatini received five men in a first transfer last July. Rights groups in Johannesburg and in Lusaka have criticised the arrangement, and opposition lawmakers in Mbabane have demanded the text of the agreement be published.

The US Department of Homeland Security said in a statement that the men had "committed heinous crimes" and that their home countries had refused to take them back.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "CU", "LA", "ET"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["King Mswati III International Airport"],
      date: "2026-01-19",
    },
  },
  {
    id: "h4-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "Twelve Tongans returned on flight from Honolulu",
    published: "2025-08-29",
    text: `NUKU'ALOFA — Twelve Tongan nationals removed from the United States arrived at Fua'amotu International Airport on Aug. 26 aboard a chartered flight from Honolulu, police have confirmed.

Deputy Police Commissioner Sione Havili said the returnees, all men between 24 and 58, were met by officers and by staff of the Ministry of Justice's reintegration unit. Four of them have relatives on 'Eua and will be transported there by ferry.

"Deportees are not criminals in Tonga unless they break our laws here," Havili told reporters. "We expect them to settle back into their communities."

Tonga has received more than 300 deportees from the US, New Zealand and Australia over the past decade. Community leaders have warned that some returnees, raised abroad, struggle with the language and with finding work.

The previous US removal flight to Tonga, in March, carried nine people. A flight to Samoa's Faleolo airport is understood to have taken place the same week, but officials in Apia have not confirmed it.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TO"],
      people: { value: 12, approx: false },
      departure: ["Honolulu"],
      arrival: ["Fua'amotu International Airport"],
      date: "2025-08-26",
    },
  },
  {
    id: "h4-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Fiji prepares for US removal flight next week",
    published: "2025-10-09",
    text: `SUVA — A United States charter carrying about 20 Fijians who have been ordered removed is due to land at Nadi International Airport next Tuesday, the Ministry of Immigration said this morning.

Permanent Secretary Kalesi Naivalu said the ministry had received the passenger manifest from the US Embassy and had begun contacting families. "We want to make sure every person has somewhere to go when they leave the airport," she said.

Most of those on the list have lived in California and Utah for more than a decade, according to the ministry. Three are women.

Fiji last received a removal flight from the US in 2023, when 17 people were returned. Officials said they also expect a smaller number of deportees from Australia before the end of the year, on commercial flights.

Opposition MP Ratu Jone Vakaloloma urged the government to publish the criminal records of the returnees, a call the ministry rejected as "unhelpful stigmatisation".`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["FJ"],
      people: { value: 20, approx: true },
      departure: [],
      arrival: ["Nadi International Airport"],
      date: "2025-10-14",
    },
  },
  {
    id: "h4-en-007",
    lang: "en",
    style: "wire",
    title: "South Sudan says it will again accept deportees from US",
    published: "2025-06-12",
    text: `JUBA — South Sudan will resume accepting its citizens deported from the United States, the foreign ministry said on Wednesday, weeks after Washington revoked visas for South Sudanese passport holders in a dispute over a returnee who was turned away at Juba airport.

"The Republic of South Sudan has always received its nationals and will continue to do so," Deputy Foreign Minister Mabior Deng Akol said in a statement read on state television. He said an "understanding" had been reached with the US embassy on verifying nationality documents.

The dispute began in April when Juba refused entry to a man it said was Congolese, not South Sudanese. The State Department responded by revoking all visas held by South Sudanese nationals and halting new ones.

It was not immediately clear whether Washington would restore the visas. The US embassy in Juba said it "welcomed the announcement" and would "assess next steps".

Around 130 South Sudanese nationals are believed to hold final removal orders in the United States, according to a 2024 congressional estimate.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SS"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-06-11",
    },
  },
  {
    id: "h4-en-008",
    lang: "en",
    style: "us-local",
    title: "Harlingen flight takes about 130 Salvadorans home, among them a Brownsville father",
    published: "2025-09-26",
    text: `HARLINGEN — Marisol Quintanilla said goodbye to her husband through the glass of a detention center visiting room two weeks ago. On Tuesday, he was one of about 130 Salvadorans put on a removal flight that departed from Harlingen.

Edwin Quintanilla, 39, had lived in Brownsville for 17 years and worked as a roofer. He was detained in a traffic stop in June, his family said, and an immigration judge denied his request to reopen a 2011 deportation order.

The flight, a chartered airliner operated for ICE, landed in San Salvador in the early afternoon, according to flight-tracking data reviewed by this newspaper and a statement from El Salvador's migration directorate.

"He called me from the airport. He said they gave them a sandwich and a bottle of water," Marisol Quintanilla said. "Our kids keep asking when their dad comes back."

Valley International Airport has become one of the busiest departure points for removal flights in the country, with at least 60 departures in August alone, according to the advocacy group Witness at the Border. Flights from the airport also regularly go to Guatemala City and to San Pedro Sula in Honduras.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 130, approx: true },
      departure: ["Harlingen"],
      arrival: ["San Salvador"],
      date: "2025-09-23",
    },
  },
  {
    id: "h4-en-009",
    lang: "en",
    style: "wire",
    title: "Costa Rica takes in 118 migrants deported from US, most from Asia",
    published: "2025-02-21",
    text: `SAN JOSE, Costa Rica — A US flight carrying 118 migrants from several Asian countries landed in Costa Rica on Thursday, the first of two planned transfers under an arrangement the Central American country accepted last week.

The group included 41 people from China as well as nationals of Uzbekistan, Afghanistan and India, Costa Rica's immigration director, Omar Villalobos Jara, told a news conference. The plane took off from San Diego and arrived at Juan Santamaría International Airport just after 11 a.m.

The migrants were then taken by bus to a temporary shelter near the southern border with Panama, where the International Organization for Migration will help arrange their return to their home countries. Washington is paying for the operation, Villalobos said.

"Costa Rica is acting as a bridge, nothing more," he said. A second flight, with around 80 people, is expected next week.

Panama received three similar flights earlier this month carrying some 300 people from countries including Iran, Nepal and Pakistan.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "UZ", "AF", "IN"],
      people: { value: 118, approx: false },
      departure: ["San Diego"],
      arrival: ["Juan Santamaría International Airport"],
      date: "2025-02-20",
    },
  },
  {
    id: "h4-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "US military plane with 112 deportees lands in Amritsar",
    published: "2026-03-05",
    text: `AMRITSAR — A US Air Force C-17 carrying 112 Indian nationals deported from the United States landed at Sri Guru Ram Dass Jee International Airport late on Wednesday, officials said.

Of those on board, 51 are from Punjab, 33 from Haryana and 19 from Gujarat, with the rest from Uttar Pradesh, Himachal Pradesh and Maharashtra, according to a list shared by the state police. The aircraft had taken off from San Antonio some 30 hours earlier, with a refuelling stop.

Several returnees told reporters they had paid agents between Rs 35 lakh and Rs 60 lakh to reach the US through the so-called "donkey route" via Panama and Mexico. "I sold my father's land. Now I have nothing," said a 26-year-old man from Kapurthala district who asked not to be named.

Punjab's NRI affairs minister Harjit Singh Randhawa said the state would register cases against the travel agents involved. The Centre has said that more than 3,800 Indians were sent back by the US in 2025, most on commercial flights.

Opposition leaders again questioned why the deportees were flown on a military plane and whether they had been handcuffed during the flight.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 112, approx: false },
      departure: ["San Antonio"],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2026-03-04",
    },
  },
  {
    id: "h4-en-011",
    lang: "en",
    style: "wire",
    title: "US deportation flight stops in Bucharest and Chisinau",
    published: "2025-05-16",
    text: `BUCHAREST — A US Immigration and Customs Enforcement charter carrying 49 Romanians and 23 Moldovans landed in Bucharest and then in Chisinau on May 14, border officials in both countries said.

Romania's Border Police said the first leg arrived at Henri Coandă International Airport shortly before noon, after a flight from Alexandria, Louisiana. The aircraft continued to the Moldovan capital, where the remaining passengers disembarked about two hours later.

Romanian officials said none of the returnees was wanted by local authorities. In Moldova, the General Inspectorate for Migration said three of the 23 were detained on outstanding warrants.

Thousands of Romanians and Moldovans, many of them Roma families, crossed into the United States from Mexico in 2022 and 2023 after flying to Cancun. Romania joined the US visa waiver program in March 2025, a move later suspended by Washington.

A similar flight in February carried 38 Romanians and also stopped in Tbilisi to return Georgian nationals.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RO", "MD"],
      people: { value: 72, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Henri Coandă International Airport", "Chisinau"],
      date: "2025-05-14",
    },
  },
  {
    id: "h4-en-012",
    lang: "en",
    style: "us-local",
    title: "Westminster grandfather among 26 deported to Vietnam",
    published: "2024-12-13",
    text: `WESTMINSTER — For 31 years, Tran Van Hieu ran a nail supply shop on Bolsa Avenue. On Tuesday, Dec. 10, he was among 26 people on a removal flight that landed at Tan Son Nhat International Airport in Ho Chi Minh City, his daughter said.

Tran, 67, arrived in the US as a teenager in 1993 and was convicted of a drug offense in 1998. He served his sentence and had checked in with immigration officers every year since, his family said, until he was detained at his annual appointment in Santa Ana in October.

"He has six grandchildren here. He doesn't even have a house in Vietnam," said his daughter, Linda Tran, at a vigil organized by Asian Americans Advancing Justice Southern California on Wednesday evening.

A 2008 agreement between the US and Vietnam had generally protected people who arrived before July 1995 from deportation, but advocates say removals of pre-1995 arrivals have become more frequent. About 8,500 Vietnamese nationals in the United States have final orders of removal.

ICE did not confirm how many of those on the flight had arrived before 1995.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 26, approx: false },
      departure: [],
      arrival: ["Tan Son Nhat International Airport"],
      date: "2024-12-10",
    },
  },
  {
    id: "h4-en-013",
    lang: "en",
    style: "wire",
    title: "Deportation flight lands in northern Haiti as capital airport stays closed",
    published: "2025-07-18",
    text: `CAP-HAITIEN, Haiti — A flight carrying 56 Haitians deported from the United States landed in the northern city of Cap-Haïtien on Thursday, Haiti's National Migration Office said, as gang violence keeps the main airport in Port-au-Prince largely shut.

The charter from Miami arrived at Cap-Haïtien International Airport in the early afternoon. Returnees, among them eight women and a 10-year-old boy, received hygiene kits and a small cash grant before leaving the airport, said a spokeswoman for the International Organization for Migration, Beatrice Joseph.

"Sending people back to a country where 1.3 million people are displaced by violence is unconscionable," said Guerline Exantus of the Haitian Bridge Alliance.

The United States has continued removal flights to Haiti despite a State Department travel advisory urging Americans not to travel there. The Dominican Republic, which shares the island of Hispaniola, deported more than 270,000 Haitians by land last year.

The last removal flight to the capital's Toussaint Louverture International Airport took place in February, before a commercial airliner was struck by gunfire on approach.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 56, approx: false },
      departure: ["Miami"],
      arrival: ["Cap-Haïtien International Airport"],
      date: "2025-07-17",
    },
  },
  {
    id: "h4-en-014",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 64 Albanians from Stansted",
    published: "2026-04-10",
    text: `LONDON — A Home Office charter flight carrying 64 Albanian nationals left Stansted Airport on Wednesday night for Tirana, the government said, part of what ministers called the largest returns programme to a single country in a decade.

The passengers included foreign national offenders and people whose asylum claims had been refused, a Home Office spokesman said. The flight landed at Tirana International Airport Nënë Tereza early on Thursday.

More than 11,000 Albanians have been returned from the UK since a bilateral agreement was signed in December 2022. Charities including Detention Action said several people on this week's flight had pending legal challenges.

Germany and the Netherlands have also stepped up charters to the Western Balkans this year, according to the EU's border agency Frontex.`,
    expect: { relevant: false },
  },
  {
    id: "h4-en-015",
    lang: "en",
    style: "near-miss",
    title: "Removals hit record pace, but detention capacity lags, analysis finds",
    published: "2025-04-25",
    text: `SYRACUSE, N.Y. — Deportations from the interior of the United States rose by about 40 percent in the first quarter of the fiscal year compared with the same period a year earlier, according to an analysis of ICE data released on Thursday by a university research center.

The report found that 47,212 people were in ICE detention as of April 6, above the number of beds funded by Congress. Mexicans, Guatemalans and Hondurans made up more than 60 percent of those removed, followed by nationals of El Salvador, Colombia and Ecuador.

The researchers said the share of people removed without any criminal conviction rose to 44 percent. "The numbers show a shift toward people arrested in communities rather than at the border," the report's author, Dana Whitfield, said.

ICE did not dispute the figures but said the agency prioritizes public safety threats. The analysis did not examine individual flights.`,
    expect: { relevant: false },
  },
  {
    id: "h4-en-016",
    lang: "en",
    style: "near-miss",
    title: "Houston pastor deported to Lagos on commercial flight",
    published: "2026-05-15",
    text: `HOUSTON — Olumide Adeyemi, a pastor who led a congregation of about 300 in southwest Houston for nearly two decades, was deported to Nigeria on Tuesday, his lawyer said.

Adeyemi, 58, was escorted by two ICE officers on a commercial flight from George Bush Intercontinental Airport via Frankfurt and arrived in Lagos on Wednesday morning, said attorney Rachel Okonkwo. He had lost a final appeal at the Fifth Circuit in March.

"The church is devastated. He baptized half of these children," said deacon Michael Eze.

ICE said Adeyemi had overstayed a visitor visa in 2004 and had been under a final order since 2012. Members of the church have collected more than 4,000 signatures asking the government to allow his return.`,
    expect: { relevant: false },
  },
  {
    id: "h4-en-017",
    lang: "en",
    style: "near-miss",
    title: "Japan charters flight to deport 44 Sri Lankans",
    published: "2024-11-22",
    text: `TOKYO — Japan's Immigration Services Agency deported 44 Sri Lankan nationals on a chartered flight from Narita Airport to Colombo on Tuesday, the agency said, the first such charter since revisions to the immigration law took effect in June.

The revised law allows Japan to deport people who have applied for refugee status three times or more. The agency said 12 of those on the flight had made repeated applications.

Japan carried out similar charter deportations to Vietnam, Thailand and the Philippines before the pandemic. Lawyers' groups in Tokyo and Osaka said the flight separated at least three families.

Sri Lanka's foreign ministry said the returnees were met at Bandaranaike International Airport by officials of the Bureau of Foreign Employment.`,
    expect: { relevant: false },
  },
  {
    id: "h4-en-018",
    lang: "en",
    style: "near-miss",
    title: "Low-cost carrier adds Houston–Guatemala City route",
    published: "2025-01-31",
    text: `HOUSTON — A US low-cost airline said on Thursday it will launch four weekly nonstop flights between Houston's William P. Hobby Airport and Guatemala City starting in May, betting on strong demand from the Guatemalan community in Texas.

Fares will start at $129 one way, the carrier said. The route will be its third to Central America after San Salvador and San Pedro Sula.

About 1.9 million people of Guatemalan origin live in the United States, according to census estimates, and remittances to Guatemala reached a record $21.5 billion in 2024.

Airport officials said international passenger traffic at Hobby grew 14 percent last year. The airline also plans new service to Cancun and Montego Bay.`,
    expect: { relevant: false },
  },
  {
    id: "h4-en-019",
    lang: "en",
    style: "receiving-country-local",
    title: "Senegal expects US charter with about 70 returnees on Monday",
    published: "2026-06-19",
    text: `DAKAR — Senegal's Directorate of Senegalese Abroad said on Friday that it expects a removal flight from the United States carrying about 70 Senegalese nationals to land at Blaise Diagne International Airport on Monday.

Director General Aminata Sow Ndiaye said reception teams and psychologists would be at the airport in Diass, about 50 kilometres from the capital. "These are our brothers and sisters. We will not abandon them," she said.

Most of the returnees left Senegal in 2023 on flights to Nicaragua, from where they travelled overland to the US-Mexico border, the directorate said. Families in Thiès and Louga told local radio they had not been informed.

Senegal received two US removal flights in 2025 carrying a total of 141 people. Mauritania and Guinea have also received charters this year.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["SN"],
      people: { value: 70, approx: true },
      departure: [],
      arrival: ["Blaise Diagne International Airport"],
      date: "2026-06-22",
    },
  },
  {
    id: "h4-en-020",
    lang: "en",
    style: "wire",
    title: "Deportation flight with 88 Brazilians lands in Minas Gerais",
    published: "2025-12-12",
    text: `BELO HORIZONTE, Brazil — A flight carrying 88 Brazilians deported from the United States landed on Wednesday night at Tancredo Neves International Airport in Confins, in the state of Minas Gerais, Brazil's human rights ministry said.

The aircraft, chartered by ICE, had departed from El Paso. Federal police officers boarded the plane on arrival to confirm that no passengers were restrained, a condition Brazil set after a January flight in which deportees arrived handcuffed at Manaus.

Among the returnees were 11 children, the ministry said. Most were from Minas Gerais and Goiás and had crossed the southern US border in 2023 or 2024.

Brazil has received 29 removal flights from the United States since the start of the year, with nearly 2,900 people in total, according to ministry data. Earlier flights this year landed in Fortaleza, but the government moved reception to Confins because most returnees live in the southeast.

"We are ensuring that our citizens are received with respect," Minister Célia Rezende said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 88, approx: false },
      departure: ["El Paso"],
      arrival: ["Tancredo Neves International Airport"],
      date: "2025-12-10",
    },
  },
  {
    id: "h4-es-001",
    lang: "es",
    style: "receiving-country-local",
    title: "Aterriza en Palmerola vuelo con 118 hondureños deportados desde Estados Unidos",
    published: "2025-03-11",
    text: `Comayagua, Honduras. Un total de 118 hondureños retornados desde Estados Unidos llegaron la mañana de este martes al Aeropuerto Internacional de Palmerola, en un vuelo chárter procedente de Alexandria, Luisiana.

Según el Instituto Nacional de Migración (INM), en el grupo venían 101 hombres y 17 mujeres, la mayoría originarios de Cortés, Yoro, Olancho y Francisco Morazán. Tras bajar del avión fueron trasladados al Centro de Atención al Migrante Retornado (CAMR), donde recibieron alimentación, atención médica y el bono de 100 dólares del programa «Hermano, hermana, vuelve a casa».

"Es la primera vez en el año que un vuelo de deportados aterriza aquí en Comayagua; la idea es descongestionar San Pedro Sula", explicó el vocero del INM, Marvin Ordóñez Galeas.

El lunes, otro vuelo con 97 connacionales arribó al aeropuerto Ramón Villeda Morales, en La Lima. En lo que va de 2025 suman más de 6,200 hondureños deportados por vía aérea, principalmente desde Estados Unidos y, en menor medida, desde México.

Organizaciones como la Pastoral de Movilidad Humana advirtieron que muchos de los retornados no tienen a dónde regresar por la violencia en sus comunidades.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 118, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Palmerola"],
      date: "2025-03-11",
    },
  },
  {
    id: "h4-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "IGM recibe a 135 guatemaltecos retornados en vuelo desde Texas",
    published: "2025-08-20",
    text: `Guatemala. El Instituto Guatemalteco de Migración (IGM) informó que el lunes 18 de agosto arribó a la Base de la Fuerza Aérea Guatemalteca un vuelo con 135 connacionales deportados de Estados Unidos.

El avión despegó de Brownsville, Texas, y tocó tierra a las 10:40 horas. De acuerdo con el reporte oficial, en el vuelo venían 112 hombres, 19 mujeres y 4 menores de edad acompañados.

Los retornados fueron recibidos en el Centro de Recepción de Retornados, en la zona 13 capitalina, donde personal del Ministerio de Trabajo les ofreció información sobre vacantes de empleo y el programa «Guate te Abraza».

La directora del IGM, Claudia Morales de León, indicó que en lo que va del año el país ha recibido 301 vuelos de deportación, con un total de 41,870 personas. "La mayoría vienen de los departamentos de Huehuetenango, San Marcos y Quiché", detalló.

Por vía terrestre, desde México, han sido retornados otros 28,400 guatemaltecos en el mismo periodo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 135, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2025-08-18",
    },
  },
  {
    id: "h4-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Vuelos de deportados comenzarán a llegar a Petén",
    published: "2026-01-13",
    text: `Ciudad de Guatemala. A partir del próximo jueves 15 de enero, el Aeropuerto Internacional Mundo Maya, en Santa Elena, Petén, comenzará a recibir vuelos con guatemaltecos deportados desde Estados Unidos, anunció este martes el Instituto Guatemalteco de Migración.

Según la institución, el primer vuelo traerá a unos 100 retornados originarios del norte del país, principalmente de Petén, Alta Verapaz e Izabal. "Queremos que las personas queden más cerca de sus hogares y no tengan que viajar diez horas por carretera desde la capital", dijo el subdirector de Atención al Migrante, Rony Cac Tzul.

La medida se suma a la habilitación del aeropuerto de Quetzaltenango, que desde octubre recibe un vuelo semanal con migrantes del occidente.

El año pasado, Guatemala recibió más de 62,000 deportados por vía aérea, según cifras oficiales. La Fuerza Aérea Guatemalteca seguirá siendo el principal punto de llegada, precisó el IGM.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["GT"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional Mundo Maya"],
      date: "2026-01-15",
    },
  },
  {
    id: "h4-es-004",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegan 64 salvadoreños deportados de Estados Unidos",
    published: "2024-10-04",
    text: `San Luis Talpa, La Paz. Sesenta y cuatro salvadoreños deportados desde Texas aterrizaron este jueves en el aeropuerto internacional Monseñor Óscar Arnulfo Romero, informó la Dirección General de Migración y Extranjería (DGME).

Entre los retornados había 51 hombres y 13 mujeres. Seis de ellos tenían órdenes de captura pendientes en El Salvador y fueron entregados a la Policía Nacional Civil en la misma terminal aérea.

El resto fue trasladado a la Gerencia de Atención al Migrante, en San Salvador, donde se les tomaron datos y se les entregó un kit de higiene.

Con este vuelo, la DGME contabiliza 9,114 salvadoreños retornados desde Estados Unidos en 2024, una cifra menor a la del año anterior. Desde México llegaron por tierra otros 2,300.

"Cada compatriota que vuelve tiene la posibilidad de reinsertarse; el país es otro", declaró la directora de la DGME, Karla Menjívar de Flores.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 64, approx: false },
      departure: ["Texas"],
      arrival: ["aeropuerto internacional Monseñor Óscar Arnulfo Romero"],
      date: "2024-10-03",
    },
  },
  {
    id: "h4-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Retornan 179 connacionales en nuevo vuelo del Plan Vuelta a la Patria",
    published: "2025-06-07",
    text: `Caracas. Un total de 179 venezolanos deportados de Estados Unidos llegaron este viernes al Aeropuerto Internacional Simón Bolívar de Maiquetía, en un vuelo de Conviasa que partió desde El Paso.

El ministro de Interior, Justicia y Paz, Ramón Aguilera Parra, informó que entre los repatriados venían 21 mujeres y 9 niños. "Venezuela recibe a sus hijos con los brazos abiertos; ninguno viene como delincuente", dijo a su llegada a la rampa 4 del terminal.

Los connacionales fueron sometidos a una evaluación médica y a una revisión de antecedentes por parte del Cicpc, según la nota de prensa del ministerio.

Con este, ya son 27 los vuelos de repatriación desde Estados Unidos en lo que va de año, con más de 5.000 personas retornadas. Otros vuelos han llegado desde México y Honduras en el marco del mismo plan.

El Gobierno insistió en exigir la liberación de los venezolanos enviados a El Salvador en marzo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 179, approx: false },
      departure: ["El Paso"],
      arrival: ["Aeropuerto Internacional Simón Bolívar"],
      date: "2025-06-06",
    },
  },
  {
    id: "h4-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Venezuela suspende los vuelos de repatriación desde Estados Unidos",
    published: "2025-07-11",
    text: `Caracas. El Gobierno venezolano anunció este jueves la suspensión "hasta nuevo aviso" de los vuelos de repatriación de migrantes deportados desde Estados Unidos, tras acusar a Washington de retener a niños venezolanos separados de sus padres.

El anuncio lo hizo el canciller Luis Miguel Salcedo en un comunicado leído en cadena nacional. "No permitiremos que se utilice a nuestros migrantes como moneda de cambio", afirmó.

La decisión afecta al programa de vuelos semanales operados por Conviasa y por una aerolínea contratada por el Servicio de Inmigración y Control de Aduanas (ICE), que desde febrero habían trasladado a más de 7.000 personas a Maiquetía.

En Washington, un portavoz del Departamento de Estado dijo que la medida "no tiene justificación" y recordó que la Casa Blanca ha amenazado con sanciones a los países que no acepten a sus nacionales.

Analistas consultados por este medio recordaron que Caracas ya había suspendido los vuelos durante algunas semanas en marzo y que luego los reanudó tras una negociación.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-10",
    },
  },
  {
    id: "h4-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: "Noventa y seis ecuatorianos deportados llegan a Latacunga",
    published: "2025-05-30",
    text: `Latacunga. El aeropuerto internacional Cotopaxi, en Latacunga, recibió el miércoles 28 de mayo un vuelo con 96 ecuatorianos deportados desde Estados Unidos, confirmó la Cancillería.

La aeronave, contratada por el ICE, salió de Mesa, Arizona, y aterrizó pasadas las 14:00. A bordo venían 88 hombres y ocho mujeres, provenientes sobre todo de Azuay, Cañar, Cotopaxi y Tungurahua.

Funcionarios del Viceministerio de Movilidad Humana brindaron a los retornados alimentación, una llamada telefónica y transporte a la terminal terrestre. "Muchos se endeudaron con los coyoteros por más de 15.000 dólares", relató la trabajadora social Verónica Guamán.

Según la Cancillería, en lo que va del año han llegado 41 vuelos de deportación con 4.730 ecuatorianos. La mayoría aterriza en Latacunga y en el aeropuerto Mariscal Sucre de Quito; ocasionalmente, también en Guayaquil.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 96, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["aeropuerto internacional Cotopaxi"],
      date: "2025-05-28",
    },
  },
  {
    id: "h4-es-008",
    lang: "es",
    style: "receiving-country-local",
    title: "Pereira recibe vuelo con 102 colombianos deportados de EE. UU.",
    published: "2026-02-20",
    text: `Pereira. Este jueves aterrizó en el aeropuerto internacional Matecaña un vuelo con 102 colombianos deportados desde Estados Unidos, informó Migración Colombia.

El avión provenía de Houston. Según la entidad, es el tercer vuelo de este tipo que llega a la capital de Risaralda desde diciembre, pues la mayoría de los deportados son del Eje Cafetero y del norte del Valle del Cauca.

"Se verificó que nadie llegara esposado y que todos tuvieran sus documentos", dijo la directora regional de Migración Colombia, Paula Andrea Giraldo.

A los connacionales se les ofreció acompañamiento psicosocial y orientación del SENA. Cuatro de ellos fueron requeridos por la justicia colombiana y quedaron a disposición de la Fiscalía.

En 2025 llegaron al país 164 vuelos con deportados desde Estados Unidos, entre ellos varios de la Fuerza Aeroespacial Colombiana que aterrizaron en El Dorado, en Bogotá, tras la crisis diplomática de enero de ese año.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 102, approx: false },
      departure: ["Houston"],
      arrival: ["aeropuerto internacional Matecaña"],
      date: "2026-02-19",
    },
  },
  {
    id: "h4-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan al Jorge Chávez 142 peruanos expulsados de Estados Unidos",
    published: "2025-11-28",
    text: `Lima. Un grupo de 142 peruanos deportados desde Estados Unidos arribó el sábado 22 de noviembre al Aeropuerto Internacional Jorge Chávez, en el Callao, informó la Superintendencia Nacional de Migraciones.

El vuelo chárter partió de Luisiana con escala técnica en Panamá. De los retornados, 126 son varones y 16 mujeres; la mayoría reside en Lima, Junín, La Libertad y Áncash.

Migraciones señaló que once de los deportados tenían requisitorias vigentes y fueron puestos a disposición de la Policía Nacional.

"Hemos coordinado con la Cancillería para que cada retornado reciba orientación sobre sus derechos y oportunidades de empleo", declaró el jefe de Migraciones, Víctor Hugo Quispe Alarcón.

Según cifras oficiales, en 2025 han llegado al país 24 vuelos de deportación con un total aproximado de 3.400 personas, casi el doble que en 2024.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 142, approx: false },
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2025-11-22",
    },
  },
  {
    id: "h4-es-010",
    lang: "es",
    style: "receiving-country-local",
    title: "Repatrían a 87 dominicanos por el aeropuerto del Cibao",
    published: "2026-03-27",
    text: `Santiago de los Caballeros. Ochenta y siete dominicanos deportados desde Estados Unidos llegaron este miércoles al Aeropuerto Internacional del Cibao, en un vuelo procedente de Miami, según informó la Dirección General de Migración (DGM).

De los repatriados, 34 cumplieron condenas en prisiones estadounidenses, principalmente por delitos relacionados con drogas, y fueron fichados por la Dirección Nacional de Control de Drogas (DNCD) antes de salir de la terminal.

Hasta ahora, la mayoría de estos vuelos llegaba al Aeropuerto Internacional de Las Américas, en Santo Domingo Este. "Muchos de estos hombres son de Santiago, Moca y La Vega; tiene sentido recibirlos aquí", dijo un vocero de la DGM.

En 2025, el país recibió 3.912 deportados desde Estados Unidos. Paralelamente, la DGM ha repatriado por vía terrestre a miles de haitianos indocumentados en lo que va del año.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 87, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional del Cibao"],
      date: "2026-03-25",
    },
  },
  {
    id: "h4-es-011",
    lang: "es",
    style: "spanish-outlet",
    title: "Aterriza en Villahermosa vuelo de repatriación con 134 mexicanos",
    published: "2025-10-17",
    text: `Villahermosa, Tab. Un vuelo del programa de repatriación al interior con 134 connacionales procedentes de San Antonio, Texas, aterrizó el pasado martes 14 de octubre en el Aeropuerto Internacional de Villahermosa, informaron autoridades federales.

Los repatriados, originarios de Tabasco, Chiapas, Veracruz y Oaxaca, fueron recibidos por personal de la estrategia «México te abraza», que les entregó una tarjeta con 2 mil pesos y les ofreció traslado gratuito a sus estados.

"Lo que queremos es que no se queden varados en la frontera", comentó Lorena Hernández Pech, coordinadora estatal del programa.

De acuerdo con la Secretaría de Gobernación, en los primeros nueve meses del año México recibió a más de 120 mil connacionales deportados por Estados Unidos, la mayoría a pie por cruces fronterizos como Tijuana, Ciudad Juárez y Nuevo Laredo. Los vuelos al interior llegan también a la Ciudad de México, Guadalajara y Morelia.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 134, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Aeropuerto Internacional de Villahermosa"],
      date: "2025-10-14",
    },
  },
  {
    id: "h4-es-012",
    lang: "es",
    style: "spanish-outlet",
    title: "EE.UU. envía a Tapachula a 45 migrantes cubanos, venezolanos, nicaragüenses y haitianos",
    published: "2026-04-24",
    text: `HOUSTON.- Un avión contratado por el Servicio de Inmigración y Control de Aduanas (ICE) trasladó el miércoles a 45 migrantes de Cuba, Venezuela, Nicaragua y Haití a Tapachula, en el sur de México, en una nueva deportación a un tercer país, confirmaron autoridades mexicanas a este medio.

El vuelo despegó de Harlingen, en el Valle del Río Grande, y aterrizó en el aeropuerto internacional de Tapachula al mediodía. Según el Instituto Nacional de Migración, los migrantes recibirán un permiso temporal y podrán solicitar refugio en México.

"Nos sacaron del centro de detención a las tres de la mañana y nadie nos dijo a dónde íbamos", contó por teléfono Yoandry, un cubano de 34 años que vivía en Hialeah.

México acepta desde 2025 a ciudadanos de otros países deportados por Estados Unidos por razones humanitarias, según la Secretaría de Relaciones Exteriores. Abogados de inmigración en Miami y Houston han cuestionado que las personas no hayan tenido oportunidad de expresar miedo a ser enviadas a un tercer país.

Cuba y Nicaragua aceptan muy pocos vuelos de deportación directos, lo que explica, según expertos, el aumento de estos traslados.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      nationalities: ["CU", "VE", "NI", "HT"],
      people: { value: 45, approx: false },
      departure: ["Harlingen"],
      arrival: ["aeropuerto internacional de Tapachula"],
      date: "2026-04-22",
    },
  },
  {
    id: "h4-es-013",
    lang: "es",
    style: "receiving-country-local",
    title: "Llega a Tocumen vuelo con 97 migrantes de Asia deportados por EE.UU.",
    published: "2025-02-14",
    text: `PANAMÁ. Noventa y siete migrantes de India, China, Irán, Pakistán y Nepal, deportados por Estados Unidos, llegaron este jueves al Aeropuerto Internacional de Tocumen en un avión militar estadounidense, informó el Ministerio de Seguridad Pública.

Es el segundo vuelo de este tipo en una semana, en el marco del memorando de entendimiento firmado con Washington. Los migrantes permanecerán temporalmente en un hotel de la capital y luego serán trasladados a la estación de recepción de San Vicente, en Darién, mientras se coordina su regreso a sus países.

El ministro Frank Ábrego Quintero aseguró que Estados Unidos cubrirá todos los gastos a través de la Organización Internacional para las Migraciones (OIM). "Panamá es un puente, no un destino", insistió.

El primer vuelo, el pasado martes, trajo a 119 personas de diez nacionalidades. La Defensoría del Pueblo pidió acceso a los migrantes para verificar sus condiciones.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["IN", "CN", "IR", "PK", "NP"],
      people: { value: 97, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional de Tocumen"],
      date: "2025-02-13",
    },
  },
  {
    id: "h4-es-014",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegan a Viru Viru 23 bolivianos deportados desde EEUU",
    published: "2025-09-09",
    text: `Santa Cruz. Veintitrés bolivianos deportados por Estados Unidos llegaron el domingo 7 de septiembre al aeropuerto internacional Viru Viru, en un vuelo que salió de Miami, informó la Dirección General de Migración.

Es el primer vuelo exclusivo de deportación que llega a Santa Cruz; hasta ahora, los bolivianos expulsados retornaban en vuelos comerciales vía Lima o Panamá, explicó la directora de Migración, Rosa Elena Vaca.

Los retornados, 19 varones y cuatro mujeres, fueron revisados por la Policía y luego entregados a sus familiares, que esperaban desde la madrugada en la terminal. La mayoría son de Santa Cruz y Cochabamba.

El cónsul de Bolivia en Washington, citado por la Cancillería, indicó que unas 1.200 personas de nacionalidad boliviana tienen orden de deportación en Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      people: { value: 23, approx: false },
      departure: ["Miami"],
      arrival: ["aeropuerto internacional Viru Viru"],
      date: "2025-09-07",
    },
  },
  {
    id: "h4-es-015",
    lang: "es",
    style: "spanish-outlet",
    title: "Deportan a La Habana a otros 104 cubanos en el vuelo número 13 del año",
    published: "2025-08-08",
    text: `La Habana. Un vuelo con 104 cubanos deportados desde Estados Unidos aterrizó este jueves en el Aeropuerto Internacional José Martí, informó el Ministerio del Interior (Minint) en su perfil oficial.

Se trata de la decimotercera operación de devolución aérea desde Washington en lo que va de 2025. Según el Minint, entre los retornados había 89 hombres y 15 mujeres, y tres de ellos fueron detenidos por haber cometido "delitos antes de su salida ilegal del país".

El avión salió de Miami. Familiares en Hialeah consultados por este diario dijeron que algunos de los deportados llevaban más de dos años en Estados Unidos con un formulario I-220A, que no les daba un estatus migratorio permanente.

En 2024 Cuba recibió 1.496 deportados por vía aérea desde Estados Unidos, además de devoluciones marítimas de balseros interceptados por la Guardia Costera y otras desde Bahamas, México y Caimán.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 104, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2025-08-07",
    },
  },
  {
    id: "h4-es-016",
    lang: "es",
    style: "near-miss",
    title: "México deporta en vuelo a 120 hondureños desde Tabasco",
    published: "2025-03-14",
    text: `Villahermosa. El Instituto Nacional de Migración (INM) de México deportó este jueves a 120 migrantes hondureños en un vuelo que despegó del aeropuerto de Villahermosa con destino a San Pedro Sula, informó la dependencia.

Los migrantes habían sido detenidos en operativos en Chiapas, Tabasco y Veracruz cuando intentaban llegar a la frontera norte. El INM indicó que todos fueron entrevistados por personal consular hondureño.

En lo que va del año, México ha devuelto a Centroamérica a más de 18,000 personas por vía aérea y terrestre, según cifras oficiales. Organizaciones civiles en Tapachula denunciaron que algunos migrantes no pudieron solicitar refugio.

Honduras recibió en el mismo periodo a miles de connacionales deportados desde Estados Unidos.`,
    expect: { relevant: false },
  },
  {
    id: "h4-es-017",
    lang: "es",
    style: "near-miss",
    title: "España repatría a Bogotá a 52 colombianos en un vuelo de Interior",
    published: "2026-05-29",
    text: `Madrid. El Ministerio del Interior fletó el martes un vuelo desde el aeropuerto Adolfo Suárez Madrid-Barajas con 52 ciudadanos colombianos en situación irregular, que aterrizó en Bogotá la madrugada del miércoles, según fuentes policiales.

Los repatriados procedían de los Centros de Internamiento de Extranjeros (CIE) de Aluche, Barcelona y Valencia. Es el cuarto vuelo de este tipo a Colombia en lo que va de año.

Organizaciones como CEAR criticaron la operación y recordaron que varios de los expulsados tenían arraigo en España. Interior defendió que se cumplieron "todas las garantías legales".

España también ha organizado este año vuelos de repatriación a Mauritania, Georgia y Albania, en coordinación con la agencia europea Frontex.`,
    expect: { relevant: false },
  },
  {
    id: "h4-es-018",
    lang: "es",
    style: "near-miss",
    title: "Juez federal frena deportaciones a terceros países sin aviso previo",
    published: "2025-04-19",
    text: `BOSTON.- Un juez federal de Massachusetts ordenó este viernes al gobierno de Estados Unidos que se abstenga de deportar a migrantes a países que no sean el suyo sin darles antes un aviso por escrito y la oportunidad de alegar temor a ser torturados.

La orden del juez, que responde a una demanda colectiva presentada por abogados de inmigración, se aplica en todo el país mientras continúa el litigio.

"Ningún ser humano debería ser enviado a un país desconocido sin poder decir una palabra", escribió el magistrado en su fallo de 47 páginas.

El Departamento de Justicia anunció que apelará. Según cifras citadas en la demanda, hay más de 1,4 millones de personas con órdenes finales de deportación en el país, y los tribunales de inmigración acumulan más de 3,7 millones de casos pendientes.`,
    expect: { relevant: false },
  },
  {
    id: "h4-es-019",
    lang: "es",
    style: "near-miss",
    title: "Retornados suman 58 mil en 2025 y remesas siguen en récord",
    published: "2025-09-23",
    text: `Guatemala. La cantidad de guatemaltecos retornados desde Estados Unidos y México alcanzó los 58,216 entre enero y agosto, un 12 % más que en el mismo periodo del año pasado, según un informe divulgado por el Banco de Guatemala y organizaciones de la sociedad civil.

Pese al aumento de las deportaciones, las remesas familiares sumaron 16,430 millones de dólares en los primeros ocho meses, un récord histórico. Economistas atribuyen el alza a que muchos migrantes envían ahorros por temor a ser detenidos.

"El dinero que llega hoy es el colchón que muchas familias van a necesitar mañana", explicó el economista Hugo Maúl Chitay.

El informe también señala que Huehuetenango y San Marcos son los departamentos con mayor número de retornados, y recomienda crear programas de empleo en esas regiones.`,
    expect: { relevant: false },
  },
  {
    id: "h4-es-020",
    lang: "es",
    style: "near-miss",
    title: "Denuncian hacinamiento y falta de atención médica en centro de detención de Krome",
    published: "2025-06-20",
    text: `MIAMI.- Abogados y familiares de detenidos denunciaron este jueves condiciones de hacinamiento en el centro de procesamiento de Krome, en el suroeste del condado Miami-Dade, donde según ellos hay más de 1,000 personas en un espacio pensado para 600.

"Mi esposo lleva tres días durmiendo en el piso y no le dan su medicamento para la presión", dijo a este medio Mayelín Rodríguez, cuya pareja, un venezolano de 41 años, fue arrestado en una cita de rutina.

Congresistas demócratas de Florida pidieron una inspección independiente. El ICE respondió en un comunicado que sus centros cumplen los estándares nacionales de detención y que todos los detenidos reciben atención médica.

Desde enero, al menos dos personas han muerto bajo custodia en centros de Florida, según registros públicos.`,
    expect: { relevant: false },
  },
  {
    id: "h4-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "中美执法合作:31名非法移民和犯罪嫌疑人被包机遣返回国",
    published: "2026-01-16",
    text: `据国家移民管理局消息,1月14日,在中美双方执法部门密切配合下,31名在美非法滞留的中国籍人员及犯罪嫌疑人搭乘包机,从美国洛杉矶被遣返至福建福州长乐国际机场。

国家移民管理局有关负责人表示,被遣返人员中,有5名涉嫌电信网络诈骗、非法集资等犯罪的嫌疑人,抵达后已被移交公安机关依法处理;其余人员经核查身份后由当地政府接回。

该负责人指出,中方一贯坚决反对和打击任何形式的非法移民和偷渡活动,愿同包括美方在内的各国加强移民执法合作,对经核实为中国公民的遣返对象予以接收。

据了解,2025年以来,中美双方已组织多批次遣返行动。国家移民管理局提醒广大群众,切勿轻信"走线"偷渡等虚假宣传,以免人财两空。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 31, approx: false },
      departure: ["洛杉矶"],
      arrival: ["福州长乐国际机场"],
      date: "2026-01-14",
    },
  },
  {
    id: "h4-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再派包機遣返中國籍非法移民 未公布人數",
    published: "2025-10-17",
    text: `(中央社記者華盛頓16日電)美國國土安全部16日發布聲明指出,移民及海關執法局(ICE)已於本週二派出一架大型包機,將沒有合法留美依據的中國籍成年人遣返回中國。

聲明並未公布這次遣返人數與降落地點,僅表示這是今年以來第四架飛往中國的大型遣返航班,也再次顯示美方與中方在移民執法上的合作。

國土安全部強調,「不要相信人口走私者的謊言」,非法入境者將迅速被遣送出境。根據美國海關暨邊境保護局數據,2024財政年度在西南邊境遭遇的中國籍人士約3.8萬人次,較前一年略降。

華府智庫人士分析,北京過去曾以拒收遣返人員作為外交籌碼,近年則相對配合。上一架遣返中國的包機是在今年6月,當時載有約一百二十人。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-10-14",
    },
  },
  {
    id: "h4-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "一百余名乌兹别克斯坦公民乘美方包机回国",
    published: "2025-07-11",
    text: `据乌兹别克斯坦外交部消息,7月9日,一架载有一百余名乌兹别克斯坦公民的包机从美国飞抵塔什干国际机场。这些人员此前因非法入境或签证逾期被美国移民部门羁押。

乌外交部发言人表示,回国人员在机场接受了边检和健康检查,政府将为有需要的人提供就业咨询。他说,乌方与美方就遣返事宜保持沟通,"一切按照国际法和人道原则进行"。

近两年来,经墨西哥边境进入美国的中亚移民显著增加。美方数据显示,2023财年美国边境部门遭遇的乌兹别克斯坦籍人员超过一万人次。

此前,哈萨克斯坦和吉尔吉斯斯坦也分别接收过从美国遣返的本国公民,但人数相对较少。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["塔什干国际机场"],
      date: "2025-07-09",
    },
  },
  {
    id: "h4-zh-004",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國將七名第三國人士遣送盧旺達 包括越南及中國籍",
    published: "2025-08-22",
    text: `【本報綜合報道】美國本月十九日將七名被判刑的非法移民遣送至非洲國家盧旺達,他們均非盧旺達公民,包括越南、中國及牙買加籍人士。

盧旺達政府發言人在社交平台表示,七人已乘坐美方安排的航機抵達首都基加利,現暫住於國際移民組織(IOM)安排的住所,其中部分人已表示希望留在當地工作。

盧旺達早前與美國達成協議,同意接收最多二百五十名從美國遣送的第三國人士,並可逐一審核。美方將為此提供資金,但具體金額未有公布。

人權組織批評,將移民送往與其毫無關係的國家,可能令他們面對語言障礙及人身風險。美國國土安全部則稱,這些人的原籍國拒絕接收,「第三國安排是必要的」。

據悉,美方過去數月亦曾將移民送往南蘇丹及史瓦帝尼。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["VN", "CN", "JM"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["基加利"],
      date: "2025-08-19",
    },
  },
  {
    id: "h4-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "危地马拉周二接收132名被美国遣返人员",
    published: "2026-02-20",
    text: `【侨报综合讯】危地马拉移民局(IGM)称,一架载有132名危地马拉人的遣返航班周二从亚利桑那州梅萨起飞,当天下午抵达危地马拉城拉奥罗拉国际机场。

被遣返者中有男性117人、女性15人,大多来自西部高原地区。危地马拉政府在机场设立接待中心,为返回者提供餐食、电话和交通补助。

危地马拉是接收美国遣返航班最多的国家之一。据该国官方统计,2025年共有逾六万名危地马拉人被美国遣返,其中绝大多数通过包机返回。

另据报道,洪都拉斯和萨尔瓦多本周也分别接收了来自美国的遣返航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 132, approx: false },
      departure: ["亚利桑那州梅萨"],
      arrival: ["拉奥罗拉国际机场"],
      date: "2026-02-17",
    },
  },
  {
    id: "h4-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "約三十名柬埔寨裔被遣返金邊 家屬:他們從未在柬國生活",
    published: "2024-12-20",
    text: `【本報訊】美國移民及海關執法局本週三以包機將約三十名柬埔寨裔人士遣返,班機當天抵達金邊國際機場。多名被遣返者是在泰國難民營出生、幼年隨家人移居美國的前難民。

加州長堤一位華裔柬埔寨社區工作者表示,被遣返者大多曾在青少年時期犯罪並已服刑,「他們在美國成家立業,很多人連高棉語都不會說」。

柬埔寨內政部官員在機場表示,當局將協助返國者辦理身分證明,並安排臨時住宿。

根據2002年簽署的美柬遣返協議,迄今已有超過一千名柬埔寨裔人士被遣返。倡權團體指出,同樣的情況也發生在越南及寮國裔社區。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 30, approx: true },
      departure: [],
      arrival: ["金邊國際機場"],
      date: "2024-12-18",
    },
  },
  {
    id: "h4-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "乌干达同意接收美国遣返的第三国人员",
    published: "2025-08-15",
    text: `新华社坎帕拉8月14日电(记者)乌干达外交部14日发表声明说,乌干达已与美国达成一项"临时性"安排,同意接收在美国没有合法身份、且难以被遣返回原籍国的第三国公民。

声明说,乌方不接受有犯罪记录的人员和无人陪伴的未成年人,并倾向于接收来自非洲国家的人员。声明没有说明协议涉及的人数,也未透露首批人员的抵达时间。

乌干达外交部常务次长在接受当地媒体采访时表示,相关细节"仍在磋商之中"。

分析人士认为,美国近几个月来积极与多个国家商谈第三国遣返安排。此前,卢旺达、南苏丹、埃斯瓦蒂尼等国已接收过美方遣送的人员。乌干达目前收容难民约一百八十万人,是非洲收容难民最多的国家。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["UG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-14",
    },
  },
  {
    id: "h4-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "尼日利亚称美方遣返包机下周四抵达拉各斯",
    published: "2025-11-28",
    text: `据尼日利亚媒体报道,尼日利亚外交部27日证实,一架载有约六十名尼日利亚公民的美国遣返包机预计于下周四降落在拉各斯穆尔塔拉·穆罕默德国际机场。

外交部发言人说,尼日利亚驻美使馆已对名单上的人员进行身份核实,"确认均为尼日利亚公民"。国家移民局和国家移民委员会将在机场设立接待点。

尼日利亚此前曾公开表示,不会接收从美国遣送的非尼日利亚籍人员,并拒绝了美方提出的第三国安置请求。

据统计,目前约有三千名尼日利亚人在美国持有最终遣返令。今年早些时候,加纳、塞内加尔等西非国家也接收了美国的遣返航班。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["NG"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["拉各斯穆尔塔拉·穆罕默德国际机场"],
      date: "2025-12-04",
    },
  },
  {
    id: "h4-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "委內瑞拉宣布恢復接收美國遣返班機",
    published: "2025-07-26",
    text: `(中央社卡拉卡斯25日綜合外電報導)委內瑞拉政府今天宣布,恢復接收從美國遣返委內瑞拉移民的班機,結束兩週前宣布的暫停措施。

委國內政部長在國營電視台表示,雙方已就被拘留委內瑞拉兒童的問題「取得進展」,因此決定恢復「回歸祖國計畫」的班機。他並未說明下一班遣返班機的抵達日期。

美國國務院發言人表示歡迎,並稱華府期待遣返作業「不再中斷」。自今年2月以來,已有超過7000名委內瑞拉人搭乘遣返班機抵達邁克蒂亞國際機場。

分析人士指出,委國曾多次暫停又恢復接收遣返班機,作為與美方談判的籌碼。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-25",
    },
  },
  {
    id: "h4-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "四十八名尼泊尔人被美国遣返抵达加德满都",
    published: "2026-03-27",
    text: `加德满都消息:尼泊尔移民局官员说,3月25日,四十八名被美国遣返的尼泊尔公民乘坐包机抵达加德满都特里布文国际机场。

这些人大多经南美和中美洲陆路辗转抵达美墨边境,在入境后被美国移民部门拘留。一名来自奇特旺的返回者对记者说,他为偷渡向中介支付了约四百五十万尼泊尔卢比,"现在什么都没有了"。

尼泊尔警方表示,将根据返回者提供的线索调查非法中介。

据尼泊尔外交部统计,2025年共有约三百名尼泊尔人被美国遣返,大部分搭乘商业航班。此外,还有部分尼泊尔人被美方送往巴拿马和哥斯达黎加。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 48, approx: false },
      departure: [],
      arrival: ["加德满都特里布文国际机场"],
      date: "2026-03-25",
    },
  },
  {
    id: "h4-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返班機載63名喬治亞人抵庫塔伊西",
    published: "2025-05-30",
    text: `(綜合外電報導)喬治亞共和國內政部表示,一架美國移民及海關執法局包機週三載著63名喬治亞公民,從路易斯安那州亞歷山卓飛抵西部城市庫塔伊西。

內政部說,返國人員中有2人因在國內涉及刑事案件被警方帶走,其餘人員在完成入境手續後離開。喬治亞公民可免簽前往歐盟申根區,過去數年有不少人取道墨西哥前往美國。

這是今年第三班飛往喬治亞的遣返班機。前兩班分別降落在首都提比里斯,共載運約110人。

喬治亞政府近月與美方關係緊張,但官員強調,遣返合作「不受政治分歧影響」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 63, approx: false },
      departure: ["路易斯安那州亞歷山卓"],
      arrival: ["庫塔伊西"],
      date: "2025-05-28",
    },
  },
  {
    id: "h4-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "9名萨摩亚人从檀香山被遣返",
    published: "2025-09-12",
    text: `据萨摩亚当地媒体报道,9名被美国遣返的萨摩亚公民本月10日乘坐包机从檀香山抵达法莱奥洛国际机场。

萨摩亚警察部长在接受采访时表示,这些返回者中多数在美国服刑期满,警方将对他们进行登记,并提供为期六个月的重返社会辅导。

太平洋岛国近年来接收的遣返人员数量持续增加,除美国外,新西兰和澳大利亚也定期遣返在当地犯罪的岛国公民。汤加、斐济等国政府多次呼吁遣返国提前通报返回者的犯罪记录。

萨摩亚总人口约二十二万,据估计,另有十八万萨摩亚裔生活在美国本土、夏威夷和美属萨摩亚。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["WS"],
      people: { value: 9, approx: false },
      departure: ["檀香山"],
      arrival: ["法莱奥洛国际机场"],
      date: "2025-09-10",
    },
  },
  {
    id: "h4-zh-013",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國大型遣返包機載132名中國籍人士抵上海",
    published: "2026-06-19",
    text: `【星島綜合報道】美國國土安全部發表聲明,本週二以大型包機將一百三十二名中國籍非法移民從德州遣返中國,航班其後抵達上海浦東國際機場。

聲明指,這是本財政年度第七架飛往中國的遣返包機,機上人員全部為成年人,已獲最終遣返令。國土安全部並指中方在核實身分方面「提供了合作」。

內地官方媒體未有報道此事。有分析指,北京在中美關係緊張期間仍維持遣返合作,顯示雙方在打擊非法移民及人口販運方面有共同利益。

據美方數據,過去一年在美墨邊境被攔截的中國籍人士已大幅減少,由2023財年的逾三萬七千人次降至約一萬人次。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 132, approx: false },
      departure: ["德州"],
      arrival: ["上海浦東國際機場"],
      date: "2026-06-16",
    },
  },
  {
    id: "h4-zh-014",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "第二批遣送哥斯大黎加班機抵達 中印俄越籍移民在列",
    published: "2025-02-27",
    text: `【世界日報訊】美國第二批遣送至哥斯大黎加的移民25日抵達,班機從加州聖地牙哥起飛,載有81名移民,降落在首都附近的胡安·聖塔瑪利亞國際機場。

哥國移民局表示,這批移民來自中國、印度、俄羅斯和越南等國,其中包括數個有孩童的家庭。他們將被送往南部靠近巴拿馬邊境的臨時收容中心,再由國際移民組織協助返回原籍國。

連同上週抵達的第一批,哥斯大黎加已接收近二百名由美國遣送的第三國移民。哥國總統強調,相關費用全部由美方支付。

一名來自四川的中國籍女子透過律師表示,她在美國已申請庇護,卻在未獲通知的情況下被送上飛機,「不知道自己會去哪裡」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "IN", "RU", "VN"],
      people: { value: 81, approx: false },
      departure: ["加州聖地牙哥"],
      arrival: ["胡安·聖塔瑪利亞國際機場"],
      date: "2025-02-25",
    },
  },
  {
    id: "h4-zh-015",
    lang: "zh",
    style: "chinese-outlet",
    title: "39名孟加拉国公民被美国遣返回国",
    published: "2025-06-06",
    text: `达卡消息:孟加拉国内政部官员说,39名被美国遣返的孟加拉国公民昨日乘坐包机抵达达卡沙阿贾拉勒国际机场。

官员表示,这些人此前经南美洲、中美洲前往美国,在边境被捕后被拘留数月。机场警方对他们进行了问询,以追查协助偷渡的中介网络。

孟加拉国非政府组织布拉克(BRAC)的移民项目负责人说,很多返回者背负巨额债务,需要心理和经济上的支持。

近年来,南亚国家赴美非法移民人数明显增加。除孟加拉国外,印度和尼泊尔也多次接收美国遣返的本国公民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 39, approx: false },
      departure: [],
      arrival: ["达卡沙阿贾拉勒国际机场"],
      date: "2025-06-05",
    },
  },
  {
    id: "h4-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "移民署專案包機遣返 逾百名逃逸移工返越南",
    published: "2025-10-24",
    text: `(中央社記者台北24日電)內政部移民署今天表示,為加速收容人返國,移民署與越南駐台代表處合作安排專案包機,昨天從桃園國際機場遣返112名逃逸移工及逾期居留者返回越南河內。

移民署指出,這批受收容人多已在宜蘭、南投及高雄收容所收容逾一個月。移民署呼籲逃逸外籍人士主動到案,可從輕處罰。

根據統計,目前在台行方不明的外籍移工已超過九萬人,其中以越南籍最多,其次為印尼及菲律賓籍。`,
    expect: { relevant: false },
  },
  {
    id: "h4-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "马来西亚遣返逾千名缅甸籍非法移民",
    published: "2026-01-09",
    text: `吉隆坡消息:马来西亚移民局7日表示,当局本周通过包机和海军舰艇遣返了1100余名缅甸籍非法移民,他们此前被关押在全国多个移民扣留营。

移民局总监说,遣返是在缅甸驻马使馆核实身份后进行的,"所有人都是自愿回国"。但人权组织批评,其中可能包括需要保护的罗兴亚难民和政治异见人士。

马来西亚目前有约一万八千名外国人被关押在移民扣留营,其中缅甸籍人数最多,其次为印尼和孟加拉国籍。`,
    expect: { relevant: false },
  },
  {
    id: "h4-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "美国移民法庭积压案件逾三百七十万件",
    published: "2025-04-04",
    text: `【侨报讯】据雪城大学交易记录访问中心(TRAC)最新数据,截至今年2月底,美国移民法庭积压的待审案件已超过三百七十万件,平均审理时间超过两年。

数据显示,纽约、迈阿密和休斯敦移民法庭积压案件最多。与此同时,移民法官人数仅约七百名,新政府上台后已有多名法官被解职。

移民律师表示,华人申请庇护者的案件等待时间尤其漫长,部分人等待超过五年仍未开庭。律师建议当事人及时更新地址,以免错过出庭通知而被缺席判决遣返。`,
    expect: { relevant: false },
  },
  {
    id: "h4-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "港男逾期居留被美國遣返 搭民航機抵港",
    published: "2025-11-07",
    text: `【本報訊】一名在美國逾期居留近二十年的香港男子,日前被美國移民及海關執法局人員押送,搭乘商業航班從三藩市返抵香港國際機場。

據悉,該名五十三歲男子於2006年持旅遊簽證赴美,其後在當地餐館工作,今年9月在一次交通截查中被捕。其家人表示,他在美國育有兩名子女,均為美國公民。

入境處回覆查詢時表示,不會評論個別個案,但會按既定程序處理被遣返的香港居民。`,
    expect: { relevant: false },
  },
  {
    id: "h4-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "中美直航航班明年起增至每周五十班",
    published: "2025-12-19",
    text: `据中国民航局消息,经中美双方协商,明年1月起,两国航空公司运营的中美直飞客运航班将增至每周五十班,比目前增加十二班。

新增航班主要集中在北京、上海、广州与洛杉矶、旧金山、纽约之间。业内人士表示,中美航线的客流量仍仅恢复至疫情前的约三成,机票价格居高不下。

国航、东航和美国联合航空公司均表示将尽快公布新航季的时刻表。`,
    expect: { relevant: false },
  },
];
