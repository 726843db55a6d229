// Held-out news corpus no. 15 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, number and outlet is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT15A: CorpusArticle[] = [
  {
    id: "h15a-en-001",
    lang: "en",
    style: "wire",
    title: "U.S. deportation charter lands in Angola with 87 aboard",
    published: "2025-11-14",
    text: `LUANDA, Nov 14 (Meridian Wire) - A chartered aircraft carrying 87 Angolan nationals deported from the United States landed at Luanda's 4 de Fevereiro International Airport on Wednesday, Angola's migration service said.

The flight departed from Alexandria, Louisiana, and made a refuelling stop in Cape Verde, according to flight-tracking data reviewed by Meridian Wire. A spokesman for the Servico de Migracao e Estrangeiros, Armindo Cacuaco, said the returnees were "received with dignity" and given a meal and transport money.

It was the second such flight to Angola this year. In March, a smaller group of 19 was returned via a connecting flight through Johannesburg.

U.S. Immigration and Customs Enforcement has sharply increased removals to African countries over the past 12 months, with charters also reaching Ghana, Senegal and Mauritania. ICE says it removed more than 270,000 people worldwide in the last fiscal year.

Relatives waited outside the terminal for hours. "My brother left in 2016, and they told us only yesterday that he was coming," said Dulce Kiala, 41.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AO"],
      people: { value: 87, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["4 de Fevereiro International Airport"],
      date: "2025-11-12",
    },
  },
  {
    id: "h15a-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Eleven deportees from US arrive in Kigali under migration deal",
    published: "2025-08-19",
    text: `KIGALI - Eleven migrants deported by the United States arrived in Rwanda on Sunday, the first group to be received under the arrangement the two governments signed earlier this year, officials confirmed on Monday.

The group comprised six Cameroonians, three Uzbeks and two Eritreans, according to a statement from the Ministry of Foreign Affairs and International Cooperation. None of them is Rwandan. They landed at Kigali International Airport aboard a chartered jet and were taken to a reception facility in Kicukiro District.

"Rwanda has a long history of giving people a second chance," government spokesperson Doreen Mukamana told The Kigali Observer. "These individuals will receive accommodation, health care and training while their situation is assessed."

Under the arrangement, Rwanda has said it could eventually receive up to 250 people, with the option of accepting or declining each case. Washington has concluded similar deals in recent months with countries in Central America and southern Africa.

Rights groups in Nairobi and Kampala criticised the transfer, noting that Rwanda had previously been the destination of a cancelled British scheme to send asylum seekers there.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["CM", "UZ", "ER"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["Kigali International Airport"],
      date: "2025-08-17",
    },
  },
  {
    id: "h15a-en-003",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 34 Moldovan nationals on charter flight",
    published: "2025-10-02",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement (ICE) Enforcement and Removal Operations (ERO) removed 34 Moldovan nationals to Chisinau, Moldova, on Sept. 30, via a charter flight coordinated by ICE Air Operations.

The flight departed from Mesa, Arizona. Among those removed were individuals with final orders of removal issued by immigration judges, including seven with criminal convictions for offenses such as burglary and driving under the influence.

"ERO continues to work closely with our foreign partners to ensure the safe and orderly removal of those who have no lawful basis to remain in the United States," said ERO Phoenix Field Office Director Harlan W. Beckett.

ICE works with the Department of State and foreign governments to obtain travel documents. In fiscal year 2025, ICE conducted removal flights to more than 190 countries, including Romania, Ukraine and Georgia.

Members of the public can report suspicious activity by calling the ICE tip line.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MD"],
      people: { value: 34, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Chisinau"],
      date: "2025-09-30",
    },
  },
  {
    id: "h15a-en-004",
    lang: "en",
    style: "us-local",
    title: "Valley detainees await rare charter flight to West Africa",
    published: "2026-02-10",
    text: `HARLINGEN — More than 60 men held at detention centers across South Texas are scheduled to be flown to Mali on Thursday, according to attorneys and a family member who spoke to the Rio Grande Ledger.

The charter is expected to leave from Harlingen and land in Bamako after a stop in Dakar, said Patricia Olvera, a lawyer with a Brownsville legal aid clinic who represents four of the men. "Some of them have pending motions. We are asking the court to act before the plane leaves," Olvera said.

ICE declined to comment on the flight, citing operational security, but said in a statement that it "removes noncitizens with final orders in accordance with U.S. law."

Deportations to West Africa have grown since last year, when flights to Mauritania and Senegal became more common. Nationwide, immigration courts have a backlog of roughly 3.4 million cases.

One detainee's cousin, who asked that only her first name, Aminata, be used, said her relative had lived in Houston for nine years. "He does not even have a phone number for anyone in Bamako anymore," she said.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["ML"],
      people: { value: 60, approx: true },
      departure: ["Harlingen"],
      arrival: ["Bamako"],
      date: "2026-02-12",
    },
  },
  {
    id: "h15a-en-005",
    lang: "en",
    style: "near-miss",
    title: "Turkey deports 226 Afghans on charter from Istanbul",
    published: "2025-05-07",
    text: `ISTANBUL (Anatolian Courier) - Turkish authorities deported 226 Afghan nationals on a charter flight from Istanbul Airport to Kabul on Tuesday, the Presidency of Migration Management said.

The migrants had been detained in operations in Istanbul, Van and Erzurum over the past month for irregular entry, the agency said in a statement. It was the ninth such flight this year.

Turkey has removed more than 41,000 irregular migrants so far in 2025, including Pakistanis, Syrians and Afghans, according to official figures. Officials said deportations would continue "without pause".

Aid groups have urged Ankara to halt returns to Afghanistan, where they say returnees face hardship. The United States and European Union countries have also faced criticism over removals to the region.`,
    expect: { relevant: false },
  },
  {
    id: "h15a-en-006",
    lang: "en",
    style: "wire",
    title: "Kazakhstan agrees to take back citizens on US removal charters",
    published: "2026-03-05",
    text: `ASTANA, March 5 (Steppe Newswire) - Kazakhstan has agreed to accept its citizens deported from the United States on direct charter flights, the Foreign Ministry said on Tuesday, in a shift from the previous practice of returning them individually on commercial airlines.

Ministry spokesman Yerlan Sadykov told reporters in Astana that the arrangement was reached after consultations with the U.S. Department of Homeland Security and would cover Kazakh nationals with final removal orders. He did not say when the first flight would take place or how many people would be on it.

"Every citizen of Kazakhstan has the right to return home, and the state will meet them," Sadykov said.

U.S. figures show about 1,100 Kazakh citizens were in removal proceedings at the end of last year. Washington has reached similar understandings with Uzbekistan and Kyrgyzstan, whose citizens have been flown home on charters via Istanbul.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KZ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-03",
    },
  },
  {
    id: "h15a-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: "Fifty-two returned to Cap-Haitien as deportations continue",
    published: "2025-06-24",
    text: `CAP-HAITIEN — Fifty-two Haitian nationals deported from the United States were processed by the Office National de la Migration after their flight from Miami arrived in the northern city, officials said, despite repeated calls from aid agencies for a pause.

Of the group, 44 were men, six were women and two were children, according to ONM coordinator Jean-Robert Desamour. Each received a hygiene kit and 5,000 gourdes.

"We cannot refuse our own people. But the country is not in a condition to receive them properly," Desamour said.

The plane touched down at Hugo Chavez International Airport shortly after 1 p.m. on Monday. Flights had been diverted north from Port-au-Prince since gang violence shut the capital's airport last year.

The Dominican Republic, which shares the island with Haiti, deported more than 270,000 Haitians by land last year, a separate figure from the U.S. removals.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 52, approx: false },
      departure: ["Miami"],
      arrival: ["Hugo Chavez International Airport"],
      date: "2025-06-23",
    },
  },
  {
    id: "h15a-en-008",
    lang: "en",
    style: "near-miss",
    title: "Romanian man deported from Chicago after overstaying visa",
    published: "2025-09-12",
    text: `CHICAGO — A Romanian man who overstayed a tourist visa by more than a decade was deported this week on a commercial flight to Bucharest, his attorney said.

Mihai Dobrescu, 46, was escorted by two ICE officers on a scheduled connecting flight through Frankfurt and handed to Romanian border police at Henri Coanda airport on Wednesday, said lawyer Kathryn Mallory.

Dobrescu, a carpenter in suburban Des Plaines, was arrested at a routine check-in in July. "He has two U.S.-citizen children and no criminal record," Mallory said.

ICE said in a statement that Dobrescu had received a final order of removal in 2019. Romanians make up a small share of removals from the Chicago area, where most cases involve Mexican and Guatemalan nationals.`,
    expect: { relevant: false },
  },
  {
    id: "h15a-en-009",
    lang: "en",
    style: "receiving-country-local",
    title: "Nearly 120 Nepalis deported from US arrive in Kathmandu",
    published: "2025-12-08",
    text: `KATHMANDU — Nearly 120 Nepali citizens deported from the United States landed at Tribhuvan International Airport on Saturday evening aboard a chartered aircraft, the Department of Immigration said.

The flight had departed from El Paso, Texas, the department said, and stopped in Doha. Most of the returnees had crossed into the US via Mexico after travelling through South America, a route that brokers in Nepal charge up to Rs 6 million to arrange.

"We have asked the police to investigate the agents who sent them," said the department's information officer, Sushila Gurung. Families gathered at the arrivals hall late into the night.

Earlier this year, 23 Nepalis were returned in small groups on scheduled flights. According to the Ministry of Foreign Affairs, about 3,000 Nepalis are estimated to be in US immigration detention or removal proceedings. Neighbouring India has received several larger flights since February.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 120, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Tribhuvan International Airport"],
      date: "2025-12-06",
    },
  },
  {
    id: "h15a-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "43 deportees from US processed at Norman Manley",
    published: "2026-01-16",
    text: `KINGSTON — Forty-three Jamaicans deported from the United States arrived at the Norman Manley International Airport on Thursday, the Ministry of National Security has confirmed.

The group, made up of 40 men and three women, was processed by the Jamaica Constabulary Force and the Passport, Immigration and Citizenship Agency. Police said 17 of them had criminal records in the US.

"Our focus is reintegration. Many of these persons left Jamaica as children," said Marlene Thompson-Reid of the returnee support programme in Kingston.

Jamaica received about 1,200 deported persons from the US, the UK and Canada in 2025. A separate charter from the United Kingdom is expected next month, officials said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 43, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport"],
      date: "2026-01-15",
    },
  },
  {
    id: "h15a-en-011",
    lang: "en",
    style: "near-miss",
    title: "UK Home Office charter returns 31 to Jamaica",
    published: "2025-04-25",
    text: `KINGSTON — A Home Office charter flight from Birmingham carrying 31 people landed in Kingston on Wednesday, the latest in a series of removals from the United Kingdom that have drawn protests in London.

The Jamaican High Commission in London said it had interviewed each deportee before the flight. Campaigners said at least five had lived in Britain since childhood.

"This is the wrong approach for a country with deep Commonwealth ties," said Delroy Banton of a Brixton support group.

Jamaica also receives regular deportees from the United States and Canada, mostly on scheduled flights. British officials said the UK removed more than 9,000 foreign nationals in the year to March.`,
    expect: { relevant: false },
  },
  {
    id: "h15a-en-012",
    lang: "en",
    style: "wire",
    title: "Eswatini receives 14 men deported by US from third countries",
    published: "2026-08-01",
    text: `MBABANE, Aug 1 (Meridian Wire) - Eswatini has received 14 men deported by the United States, none of them Swazi citizens, the government said, in the third such transfer to the southern African kingdom.

The men, from Vietnam, Cambodia and Sudan, arrived at King Mswati III International Airport on July 29 on a U.S. government-chartered plane and were being held at a correctional facility outside the capital, government spokesperson Thembi Dlamini said.

"They will be kept in isolated units until they can be sent to their countries of origin," Dlamini said, adding that Eswatini was working with the International Organization for Migration.

Lawyers in Mbabane have challenged the legality of earlier transfers in the High Court. South Africa and Lesotho have expressed concern about the arrangement, and civil society groups said no details of the agreement had been made public.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "KH", "SD"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["King Mswati III International Airport"],
      date: "2026-07-29",
    },
  },
  {
    id: "h15a-en-013",
    lang: "en",
    style: "wire",
    title: "Some 90 Brazilians deported from US land in Fortaleza",
    published: "2025-07-19",
    text: `BRASILIA, July 19 (Meridian Wire) - Some 90 Brazilians deported from the United States landed in the northeastern city of Fortaleza on Friday evening, Brazil's Foreign Ministry said, on a flight that left from Alexandria, Louisiana.

The ministry said federal police officers boarded the aircraft on arrival to verify that none of the passengers were handcuffed, after complaints earlier this year about restraints on a flight to Manaus.

"Brazil demands that its citizens be treated with respect," the ministry's consular secretary, Renata Albuquerque Lins, said in a statement.

Brazil has received more than 2,000 deportees from the United States in 2025, mostly from Minas Gerais and Goias states. A government-run reception post at the airport offered meals, phone calls and onward tickets.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 90, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Fortaleza"],
      date: "2025-07-18",
    },
  },
  {
    id: "h15a-en-014",
    lang: "en",
    style: "dhs-release",
    title: "ICE conducts removal flight to Mauritania",
    published: "2025-11-21",
    text: `SAN ANTONIO — U.S. Immigration and Customs Enforcement removed 78 Mauritanian nationals on Nov. 18 on a charter flight from San Antonio to Nouakchott–Oumtounsy International Airport in Nouakchott, Mauritania.

ERO San Antonio coordinated the removal with ICE Air Operations and the Mauritanian government. The individuals had entered the United States without inspection and received final orders of removal.

"This operation reflects ICE's commitment to enforcing the nation's immigration laws," said acting Field Office Director Colleen R. Strand.

Since fiscal year 2023, ICE has removed nationals of more than 40 African countries. Removals to Senegal and Mauritania increased substantially over the past year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 78, approx: false },
      departure: ["San Antonio"],
      arrival: ["Nouakchott–Oumtounsy International Airport"],
      date: "2025-11-18",
    },
  },
  {
    id: "h15a-en-015",
    lang: "en",
    style: "near-miss",
    title: "Immigration court backlog tops 3.7 million cases, report finds",
    published: "2025-10-15",
    text: `SAN DIEGO — The number of pending cases in U.S. immigration courts has climbed past 3.7 million, with the average wait for a hearing in San Diego now exceeding four years, according to a report released Tuesday by a university research center.

The report found that asylum grant rates varied widely by judge, from 8% to 71% in the same courthouse. It recommended hiring 300 additional judges.

"Families are living in limbo for years," said the center's director, Dr. Lorraine Achebe-Ford.

The report does not track removal flights, which ICE says reached record numbers this year to countries including Guatemala, Honduras and India. Department of Justice officials said new judges were being hired.`,
    expect: { relevant: false },
  },
  {
    id: "h15a-en-016",
    lang: "en",
    style: "wire",
    title: "Niger suspends acceptance of US deportation flights",
    published: "2026-04-15",
    text: `NIAMEY, April 15 (Sahel Press Agency) - Niger's military government has suspended the acceptance of deportation flights from the United States, the interior ministry said on Monday, in a new sign of strained ties between Niamey and Washington.

A ministry communique read on state television said Niger would "no longer authorise the landing of aircraft carrying Nigerien nationals expelled from American territory" until a bilateral consular agreement was negotiated.

The decision came weeks after Washington imposed visa restrictions on Nigerien officials. No flight had been scheduled, a diplomatic source said, though about 200 Nigeriens are believed to hold U.S. final removal orders.

Neighbouring Mali and Burkina Faso have also cut back cooperation with Western governments since their own military takeovers.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["NE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-13",
    },
  },
  {
    id: "h15a-en-017",
    lang: "en",
    style: "receiving-country-local",
    title: "Belize agrees to receive asylum seekers from US",
    published: "2025-12-03",
    text: `BELMOPAN — The Government of Belize has signed an agreement with the United States under which it will accept some asylum seekers of other nationalities removed from US territory, Foreign Minister Anselm Caliz announced at a press conference on Monday.

Caliz said Belize would consider applicants "on a case-by-case basis" and that the number would be capped at a level "our country can manage". He did not say when the first people would arrive.

Opposition leader Hortensia Pook said the deal had been signed without consultation with the National Assembly. "Belize is not a waiting room for Washington," she said.

Similar arrangements have been signed by Paraguay, Guatemala and Honduras in recent months. Belize, with a population of about 410,000, already hosts thousands of refugees from neighbouring countries.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BZ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-12-01",
    },
  },
  {
    id: "h15a-en-018",
    lang: "en",
    style: "wire",
    title: "Two dozen Surinamese expected on US removal flight",
    published: "2026-05-12",
    text: `PARAMARIBO, May 12 (Meridian Wire) - A U.S. charter carrying about two dozen Surinamese nationals is expected to land at Johan Adolf Pengel International Airport on Thursday, Suriname's Ministry of Justice and Police said.

The flight will be the first direct U.S. removal flight to the South American country in several years, ministry spokesman Ravindre Kartosen said. Deportees have previously been returned individually via Miami or Curacao.

"The Military Police will receive them and there will be social workers at the airport," Kartosen said.

Suriname's neighbour Guyana received a similar flight last month, and officials in French Guiana have reported increased returns from France.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["SR"],
      people: { value: 24, approx: true },
      departure: [],
      arrival: ["Johan Adolf Pengel International Airport"],
      date: "2026-05-14",
    },
  },
  {
    id: "h15a-en-019",
    lang: "en",
    style: "near-miss",
    title: "Charter airline adds Kigali and Tbilisi to summer schedule",
    published: "2026-03-20",
    text: `NAIROBI — A regional charter carrier said on Thursday it would add seasonal passenger flights to Kigali and Tbilisi from June, citing growing demand from tourists and diaspora travellers.

The airline will operate twice-weekly flights with Boeing 737 aircraft, chief commercial officer Tobias Wanjiru said. "Rwanda and Georgia are two of the fastest-growing leisure markets we see," he said.

The company, which also flies contract routes for governments and tour operators, said it expected to carry 60,000 passengers on the new routes in the first year. Tickets go on sale next week.`,
    expect: { relevant: false },
  },
  {
    id: "h15a-en-020",
    lang: "en",
    style: "receiving-country-local",
    title: "Georgian citizens returned from US on special flight",
    published: "2025-09-27",
    text: `TBILISI — Georgia's Ministry of Internal Affairs says a special flight carrying 42 Georgian citizens deported from the United States arrived at Tbilisi International Airport, the largest single group returned from the US to date.

The aircraft departed from New Jersey and landed on Thursday morning, the ministry said in a statement published on its website. It said the citizens had been living in the US without legal status and that none was detained on arrival.

Georgian authorities have also seen a steady number of returns from Germany, France and Greece under readmission agreements with the European Union. In 2024, more than 6,500 Georgian citizens were returned from EU states.

"We are in constant contact with our American partners," Deputy Minister Levan Tsiklauri said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 42, approx: false },
      departure: ["New Jersey"],
      arrival: ["Tbilisi International Airport"],
      date: "2025-09-25",
    },
  },
  {
    id: "h15a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan 134 hondureños deportados desde Estados Unidos a Palmerola",
    published: "2025-10-28",
    text: `COMAYAGUA.- Un total de 134 hondureños retornados desde Estados Unidos aterrizaron este martes en el Aeropuerto Internacional de Palmerola, en un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE) que despegó de Alexandria, Luisiana.

Entre los retornados venían 121 hombres y 13 mujeres, informó el Centro de Atención al Migrante Retornado (CAMR). Los connacionales recibieron alimentación, atención médica y un bono para su traslado a sus comunidades de origen.

"Hoy regresan a su tierra y aquí los recibimos con los brazos abiertos", declaró la subdirectora del CAMR, Ingrid Maradiaga Flores.

En lo que va del año, Honduras ha recibido más de 31,000 deportados por vía aérea y terrestre, la mayoría desde Estados Unidos y México. La semana pasada llegaron otros dos vuelos a San Pedro Sula.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 134, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Palmerola"],
      date: "2025-10-28",
    },
  },
  {
    id: "h15a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Unos 80 dominicanos repatriados desde EE.UU. llegan al AILA",
    published: "2026-02-02",
    text: `SANTO DOMINGO.- Unos 80 dominicanos repatriados desde Estados Unidos llegaron el pasado jueves al Aeropuerto Internacional de Las Américas, según informó la Dirección General de Migración.

Las autoridades indicaron que los repatriados fueron recibidos por personal de Migración, de la Policía Nacional y de la Dirección Nacional de Control de Drogas, y que algunos tenían antecedentes por delitos cometidos en territorio estadounidense.

"Cada ciudadano que llega es registrado y orientado sobre los programas de reinserción", dijo el vocero de Migración, Aníbal Peguero Santana.

Durante 2025, la República Dominicana recibió más de 3,500 repatriados desde EE.UU. Mientras tanto, el país continúa con sus propias deportaciones de haitianos, que superan las 250,000 en el último año.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 80, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-01-29",
    },
  },
  {
    id: "h15a-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay recibe a nueve migrantes extranjeros expulsados por EE.UU.",
    published: "2026-06-10",
    text: `ASUNCIÓN (Agencia Guaraní de Noticias).- Nueve migrantes de otras nacionalidades expulsados por Estados Unidos llegaron el lunes al Aeropuerto Internacional Silvio Pettirossi, en el primer traslado realizado bajo el acuerdo de "tercer país seguro" firmado entre ambos gobiernos.

Se trata de cuatro cubanos, tres nicaragüenses y dos ecuatorianos, detalló la Dirección General de Migraciones. El vuelo partió de Texas y realizó una escala técnica en Panamá.

El ministro del Interior, Rodrigo Benítez Arce, afirmó que los migrantes podrán solicitar refugio en Paraguay o regresar a sus países con apoyo de organismos internacionales. "No son detenidos, son personas bajo protección", dijo.

Organizaciones de derechos humanos de Asunción cuestionaron la falta de información pública sobre el acuerdo, que según la oposición no pasó por el Congreso.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY"],
      nationalities: ["CU", "NI", "EC"],
      people: { value: 9, approx: false },
      departure: ["Texas"],
      arrival: ["Aeropuerto Internacional Silvio Pettirossi"],
      date: "2026-06-08",
    },
  },
  {
    id: "h15a-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Costa Rica se prepara para recibir vuelo con migrantes asiáticos deportados por EE.UU.",
    published: "2026-03-16",
    text: `SAN JOSÉ.- Alrededor de 130 migrantes procedentes de China, Uzbekistán y Afganistán llegarán el jueves al Aeropuerto Internacional Juan Santamaría en un vuelo de deportación de Estados Unidos, confirmó la Dirección General de Migración y Extranjería.

Las personas serán trasladadas en autobús al Centro de Atención Temporal de Migrantes, en la zona sur del país, donde permanecerán mientras se coordina su retorno a sus países de origen con la Organización Internacional para las Migraciones, explicó el viceministro de Gobernación, Esteban Quirós Mata.

"Costa Rica funcionará como un puente. Estados Unidos cubrirá la totalidad de los costos", agregó Quirós.

Panamá recibió el año pasado vuelos similares con ciudadanos de India, Nepal e Irán. La Defensoría de los Habitantes anunció que vigilará las condiciones en el albergue.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CR"],
      nationalities: ["CN", "UZ", "AF"],
      people: { value: 130, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional Juan Santamaría"],
      date: "2026-03-19",
    },
  },
  {
    id: "h15a-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Bolivia reanuda la recepción de vuelos de deportación de Estados Unidos",
    published: "2026-01-21",
    text: `LA PAZ.- El Gobierno de Bolivia anunció este miércoles que reanudará la recepción de vuelos con ciudadanos bolivianos deportados desde Estados Unidos, suspendida desde hace más de un año por diferencias diplomáticas.

La canciller Verónica Choque Mamani explicó que el acuerdo alcanzado con Washington incluye "garantías de trato digno" y la presencia de funcionarios consulares bolivianos durante los traslados. No precisó la fecha del primer vuelo.

Según datos de la Dirección General de Migración, alrededor de 900 bolivianos tienen órdenes de deportación en Estados Unidos. Otros países de la región, como Perú y Colombia, reciben vuelos de este tipo cada semana.

"Nuestros compatriotas merecen volver con dignidad, no con grilletes", afirmó la canciller.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-21",
    },
  },
  {
    id: "h15a-es-006",
    lang: "es",
    style: "us-spanish-press",
    title: "Deportan a ciento doce ecuatorianos en vuelo desde Houston",
    published: "2025-08-09",
    text: `HOUSTON.- Ciento doce ciudadanos ecuatorianos fueron deportados el viernes en un vuelo chárter que salió de Houston con destino a Guayaquil, confirmaron fuentes consulares a Noticias del Golfo.

El avión aterrizó en el Aeropuerto Internacional José Joaquín de Olmedo poco después del mediodía, hora local. Entre los deportados había familias con niños pequeños, según la Cancillería ecuatoriana.

"Muchos de ellos vivían en Queens o en Nueva Jersey desde hace años", dijo el cónsul adjunto en Houston, Marcelo Viteri.

Ecuador es uno de los países sudamericanos con más deportaciones desde EE.UU. en 2025, junto con Colombia y Perú. Activistas de Houston realizaron una vigilia frente al centro de detención de la ciudad.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 112, approx: false },
      departure: ["Houston"],
      arrival: ["Aeropuerto Internacional José Joaquín de Olmedo"],
      date: "2025-08-08",
    },
  },
  {
    id: "h15a-es-007",
    lang: "es",
    style: "near-miss",
    title: "INM traslada en avión a 140 hondureños desde Tapachula",
    published: "2025-03-14",
    text: `TAPACHULA, Chis.- El Instituto Nacional de Migración (INM) trasladó este jueves a 140 ciudadanos hondureños en un vuelo desde el aeropuerto de Tapachula hasta San Pedro Sula, como parte de los operativos de retorno asistido que realiza México.

Los migrantes habían sido detenidos en distintos puntos de Chiapas y Oaxaca, informó la dependencia. En lo que va del año, México ha devuelto por vía aérea a más de 9,000 centroamericanos.

"Se garantizó en todo momento el respeto a sus derechos humanos", señaló el INM en un comunicado.

Organizaciones civiles de la frontera sur criticaron las detenciones y recordaron que muchos de los migrantes pretendían llegar a Estados Unidos.`,
    expect: { relevant: false },
  },
  {
    id: "h15a-es-008",
    lang: "es",
    style: "near-miss",
    title: "Chile expulsa a 68 extranjeros en avión de la Fuerza Aérea",
    published: "2025-11-06",
    text: `SANTIAGO.- Un avión de la Fuerza Aérea de Chile despegó este miércoles desde el Grupo 10 con 68 extranjeros expulsados, la mayoría de nacionalidad peruana y colombiana, informó el Servicio Nacional de Migraciones.

La aeronave hizo escala en Lima antes de continuar a Bogotá. Según el director del servicio, Fernando Ríos Olate, es el sexto vuelo de expulsión del año.

"Quienes cometen delitos en Chile no tienen cabida en nuestro país", afirmó Ríos.

En 2025, Chile ha expulsado a más de 1,400 personas. Paralelamente, Estados Unidos ha enviado vuelos de deportación a varios países de la región.`,
    expect: { relevant: false },
  },
  {
    id: "h15a-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Más de 150 peruanos deportados por EE.UU. retornan al país",
    published: "2025-12-16",
    text: `LIMA.- Más de 150 compatriotas deportados por Estados Unidos arribaron al Aeropuerto Internacional Jorge Chávez en un vuelo fletado desde Luisiana, informó la Superintendencia Nacional de Migraciones.

La mayoría de los retornados son hombres de entre 20 y 40 años procedentes de Lima, La Libertad y Junín. Migraciones indicó que ninguno tenía requisitoria pendiente en el Perú.

"Estamos brindando orientación laboral y atención psicológica", señaló la jefa de la oficina de retorno, Gladys Huamán Quispe.

El vuelo, el décimo de este tipo en el año, llegó el domingo 14 de diciembre por la madrugada. En octubre, otros 97 peruanos habían retornado en un vuelo similar.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 150, approx: true },
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2025-12-14",
    },
  },
  {
    id: "h15a-es-010",
    lang: "es",
    style: "near-miss",
    title: "Juez ordena mejorar condiciones en centro de detención de Florida",
    published: "2026-02-20",
    text: `MIAMI.- Un juez federal ordenó este jueves al gobierno mejorar las condiciones en un centro de detención migratoria del sur de Florida, tras denuncias de hacinamiento y falta de atención médica.

La demanda fue presentada en nombre de 42 detenidos de Venezuela, Cuba, Haití y Guatemala. El juez dio 30 días a las autoridades para presentar un plan de corrección.

"Es una victoria para las familias", dijo la abogada Marisol Arreaza Peña, de una clínica legal de Miami.

El ICE señaló que revisará la decisión. Según abogados, varios de los detenidos fueron trasladados en los últimos meses a otros centros en Luisiana y Texas.`,
    expect: { relevant: false },
  },
];
