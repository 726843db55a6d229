// Held-out news corpus no. 14 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or any other corpus file).
// Every name, quote and number in these articles is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT14A: CorpusArticle[] = [
  {
    id: "h14a-en-001",
    lang: "en",
    style: "wire",
    title: "US deportation flight lands in Mogadishu with 47 Somalis aboard",
    published: "2025-11-14",
    text: `MOGADISHU, Nov 14 — A chartered plane carrying 47 Somali nationals removed from the United States landed at Aden Adde International Airport on Wednesday, Somali immigration officials said.

The flight had departed from Alexandria, Louisiana, and stopped to refuel in Europe before continuing to the Horn of Africa, according to a flight-tracking record seen by reporters. Passengers were processed in a separate terminal and handed to relatives late in the afternoon.

"These are our citizens and we received them with dignity," said Abdirahman Geedi Warsame, deputy director of the Immigration and Naturalization Directorate. He said 11 of the returnees had spent more than ten years in the United States.

It was the second such flight this year. A charter in March brought back 62 people, while neighbouring Kenya has hosted more than 300,000 Somali refugees in its camps for decades. Rights groups in Nairobi said they were worried about returnees from regions controlled by al-Shabaab.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SO"],
      people: { value: 47, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Aden Adde International Airport"],
      date: "2025-11-12",
    },
  },
  {
    id: "h14a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 118 Ethiopian nationals on charter flight",
    published: "2026-02-05",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) removed 118 Ethiopian nationals on Feb. 3 aboard a charter flight that departed Mesa, Arizona, and arrived in Addis Ababa.

Of those removed, 41 had criminal convictions or pending charges in the United States, including assault, fraud and driving under the influence. All had received final orders of removal from an immigration judge.

"This removal reflects our continued cooperation with the Government of Ethiopia," said ERO Phoenix Field Office Director Marcus T. Delling. "We will keep enforcing the orders issued by the nation's immigration courts."

In fiscal year 2025, ERO conducted removals to more than 190 countries. ICE Air Operations supports these efforts with charter and commercial flights; members of the public can report suspicious activity at 866-DHS-2-ICE.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ET"],
      people: { value: 118, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Addis Ababa"],
      date: "2026-02-03",
    },
  },
  {
    id: "h14a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Eleven deportees from the US arrive in Kigali under migration deal",
    published: "2025-10-20",
    text: `KIGALI — Eleven migrants deported from the United States arrived at Kigali International Airport late on Saturday, the first group to come under the arrangement signed between the two governments in August.

None of them is Rwandan. Government spokesperson Yvette Mukantwari told reporters that the group included four Cameroonians, four Eritreans and three Sudanese, and that they were being housed at a facility in Kicukiro district while their options were assessed.

"They will receive support, health care and the chance to train for work, and those who wish to go home will be helped to do so," Mukantwari said. She declined to say where the flight had come from.

Under the agreement, Rwanda said it would accept up to 250 people from the United States over time. Kigali previously reached a similar deal with the United Kingdom, which London scrapped in 2024 before any flight took off. Uganda and Eswatini have also been named in reports about similar US arrangements.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["CM", "ER", "SD"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["Kigali International Airport"],
      date: "2025-10-18",
    },
  },
  {
    id: "h14a-en-004",
    lang: "en",
    style: "wire",
    title: "Malawi agrees to take third-country deportees from the United States",
    published: "2025-09-24",
    text: `LILONGWE, Sept 24 — Malawi has agreed to accept up to 80 people deported from the United States who are not Malawian citizens, the government said on Tuesday, becoming the latest African country to sign such an arrangement with Washington.

Information Minister Chifundo Banda said the deportees would be screened on arrival and that Malawi would receive US support for "border management and health facilities". He did not say when the first group would arrive or which nationalities would be included.

Opposition lawmakers criticised the deal. "Malawi is not a warehouse for other countries' problems," said Grace Nkhoma, a member of parliament from Blantyre. The country of about 21 million people hosts roughly 50,000 refugees, most of them at the Dzaleka camp.

The United States has pursued similar agreements in Africa and Central America this year as it seeks to remove people whose own countries will not take them back.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MW"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-23",
    },
  },
  {
    id: "h14a-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "64 Filipinos deported from US arrive at NAIA",
    published: "2026-03-09",
    text: `MANILA — Some 64 Filipinos deported from the United States arrived at Ninoy Aquino International Airport Terminal 1 on Sunday, the Bureau of Immigration (BI) said.

The returnees were on a flight from El Paso, Texas, and were met by personnel of the Department of Migrant Workers and the Overseas Workers Welfare Administration, who offered them transport and temporary financial aid.

"Most of them overstayed their visas, and a few were found working without authorization," BI spokesperson Dana Sandoval-Reyes said in a statement. She added that eight of the deportees were women.

Last year the bureau recorded about 1,200 Filipinos returned from the US, most on commercial flights. Officials also noted a rise in Filipinos sent home from Japan and South Korea for overstaying.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 64, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Ninoy Aquino International Airport Terminal 1"],
      date: "2026-03-08",
    },
  },
  {
    id: "h14a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Nineteen Albanians returned by US charter plane",
    published: "2025-06-27",
    text: `TIRANA — A US government-chartered aircraft with 19 Albanian citizens on board landed at Tirana International Airport Nënë Tereza on Thursday, the State Police said in a statement.

The plane had taken off from Baltimore. Police said the returnees, all men between 22 and 51 years old, were checked against national databases and three were detained on outstanding warrants issued by courts in Durrës and Elbasan.

The Interior Ministry said it had cooperated "fully and in a timely manner" with American authorities. Albania has also received regular return flights from the United Kingdom, where Albanians were one of the largest groups crossing the Channel in small boats in 2022.

According to ministry figures, 412 Albanians were returned from EU countries and Britain in the first five months of the year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AL"],
      people: { value: 19, approx: false },
      departure: ["Baltimore"],
      arrival: ["Tirana International Airport Nënë Tereza"],
      date: "2025-06-26",
    },
  },
  {
    id: "h14a-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: "Twenty-three Romanians deported from the United States land in Otopeni",
    published: "2026-01-16",
    text: `BUCHAREST — Twenty-three Romanian citizens deported from the United States landed at Henri Coandă International Airport on January 14, the General Inspectorate of the Border Police said on Friday.

The aircraft, which had taken off from Dallas, was met by border officers and representatives of the Ministry of Foreign Affairs. Officials said the group included two minors travelling with their mothers.

"Some of them had lived in America for many years and had no one waiting for them here," said Ionuț Mărgineanu, who runs a reintegration programme for returned migrants in Craiova.

The removals come shortly after Romania was admitted to the US Visa Waiver Program, a move that Bucharest had sought for more than a decade. Diplomats say a low visa refusal rate and cooperation on returns were among the conditions.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RO"],
      people: { value: 23, approx: false },
      departure: ["Dallas"],
      arrival: ["Henri Coandă International Airport"],
      date: "2026-01-14",
    },
  },
  {
    id: "h14a-en-008",
    lang: "en",
    style: "wire",
    title: "Chad suspends acceptance of US deportation flights",
    published: "2025-07-08",
    text: `N'DJAMENA, July 8 — Chad's government said on Monday it would stop accepting deportation flights from the United States until further notice, in retaliation for Washington's decision to add the country to its travel ban list.

"Chad has no planes to send, but it has its dignity," Communications Minister Ahmat Brahim Tchéré said on national radio. He said the suspension applied to charter flights and to Chadians escorted on commercial flights.

The United States did not immediately comment. US records show only a few dozen Chadians have been removed in recent years, far fewer than nationals of neighbouring Nigeria or Cameroon.

Chad hosts more than 1.3 million refugees, most of them from Sudan, and relies heavily on Western humanitarian funding.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["TD"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-07",
    },
  },
  {
    id: "h14a-en-009",
    lang: "en",
    style: "wire",
    title: "Suriname braces for first US deportation charter in two years",
    published: "2026-04-22",
    text: `PARAMARIBO, April 22 — A flight carrying about 30 Surinamese nationals deported from the United States is expected to land at Johan Adolf Pengel International Airport on Friday, the Ministry of Justice and Police said.

The charter will leave from Miami, officials said, and the returnees will be received by the Immigration Service and the Military Police before being released to relatives.

"We have been informed of the names and we are preparing," Justice Minister Rudi Kartosen told parliament on Tuesday. He said several of the deportees had served prison sentences in Florida.

Neighbouring Guyana received two US removal flights last year, while French Guiana regularly returns Surinamese who cross the Marowijne River without papers.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["SR"],
      people: { value: 30, approx: true },
      departure: ["Miami"],
      arrival: ["Johan Adolf Pengel International Airport"],
      date: "2026-04-24",
    },
  },
  {
    id: "h14a-en-010",
    lang: "en",
    style: "wire",
    title: "More than a hundred Mauritanians flown home from the US",
    published: "2025-03-12",
    text: `NOUAKCHOTT, March 12 — More than a hundred Mauritanian men deported from the United States arrived in Nouakchott on Monday night, relatives and a local rights group said.

The plane had flown from Louisiana and landed at Nouakchott–Oumtounsy International Airport shortly before midnight, said Mohamed Lemine Ould Sidi of the Association for Migrants' Rights. Several of the men said they had been held for months in detention centres in Texas and Louisiana.

"I sold my family's cattle to pay for the journey. Now I come back with nothing," said one returnee, who asked not to be named.

Thousands of Mauritanians travelled to the US border in 2023 via flights to Nicaragua and overland through Central America and Mexico. US Border Patrol recorded more than 15,000 encounters with Mauritanian nationals that year, up from a few hundred in 2021.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 100, approx: true },
      departure: ["Louisiana"],
      arrival: ["Nouakchott–Oumtounsy International Airport"],
      date: "2025-03-10",
    },
  },
  {
    id: "h14a-en-011",
    lang: "en",
    style: "receiving-country-local",
    title: "31 Nepalis deported from America return home",
    published: "2025-12-02",
    text: `KATHMANDU — Thirty-one Nepalis deported from the United States arrived at Tribhuvan International Airport on Monday morning, officials at the Department of Immigration said.

The group, including five women, was brought on a chartered aircraft and handed over to the airport immigration office. Police questioned several of them about the agents who had arranged their journeys through South America and Mexico.

"Families pay up to 8 million rupees for these routes," said Inspector Bishnu Prasad Adhikari of the Central Investigation Bureau. "We are now collecting details to take action against the brokers."

In August, 14 Nepalis deported from the US had returned on commercial flights via Doha. Nepal's government estimates that several thousand of its citizens are living in the US without legal status, while hundreds of thousands work in Malaysia and the Gulf.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 31, approx: false },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2025-12-01",
    },
  },
  {
    id: "h14a-en-012",
    lang: "en",
    style: "receiving-country-local",
    title: "38 deportees from US arrive at Norman Manley",
    published: "2026-05-29",
    text: `KINGSTON — Thirty-eight Jamaicans deported from the United States arrived at the Norman Manley International Airport yesterday on a charter flight that left Houston in the morning.

The deportees, 35 men and three women, were processed by the Passport, Immigration and Citizenship Agency and the police's Criminal Investigation Branch. Officials said 22 had been convicted of offences in the US.

"We cannot simply release them into the communities without support," said Marcia Blackwood-Henry of the National Organization of Deported Migrants, which provides temporary housing in downtown Kingston.

Jamaica receives several hundred deportees a year from the United States, the United Kingdom and Canada. A planned British charter to Kingston in 2023 was reduced after last-minute legal challenges in London.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 38, approx: false },
      departure: ["Houston"],
      arrival: ["Norman Manley International Airport"],
      date: "2026-05-28",
    },
  },
  {
    id: "h14a-en-013",
    lang: "en",
    style: "wire",
    title: "Uzbekistan receives 132 citizens deported from the United States",
    published: "2025-08-19",
    text: `TASHKENT, Aug 19 — Uzbekistan has received 132 of its citizens deported from the United States, the Foreign Ministry said on Tuesday, in one of the largest single returns to Central Asia from America.

The ministry said the returnees had "violated the migration rules" of the United States and that consular staff had issued travel documents to those without valid passports. Most were men from the Fergana Valley and Samarkand region.

The plane, which had flown from Newark, New Jersey, touched down at Tashkent's Islam Karimov International Airport at 6:40 a.m. on Saturday, airport officials said. Returnees were offered help registering for jobs through the Agency for External Labour Migration.

Earlier this year a smaller US flight carried 58 people to Kyrgyzstan and Kazakhstan. Far more Uzbeks work in Russia, where authorities deported more than 20,000 Central Asian migrants in the first half of the year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 132, approx: false },
      departure: ["Newark, New Jersey"],
      arrival: ["Islam Karimov International Airport"],
      date: "2025-08-16",
    },
  },
  {
    id: "h14a-en-014",
    lang: "en",
    style: "us-local",
    title: "Removal flight to Senegal leaves Alexandria airport",
    published: "2025-05-02",
    text: `ALEXANDRIA, La. — A Boeing 767 chartered by Immigration and Customs Enforcement left Alexandria International Airport on Wednesday bound for West Africa, carrying roughly 90 detainees, according to a local volunteer group that monitors flights at the airport.

The plane landed at Blaise Diagne International Airport outside Dakar about 11 hours later, flight data showed. ICE confirmed that "a removal flight to Senegal" had taken place but did not release a passenger count.

"We see buses come in from the detention centers in Jena and Basile, and then the planes go out," said Loretta Fontenot, who organizes the monitoring group from a church in Pineville. "Most people in town have no idea."

The airport handled more than 1,400 ICE flights last year, domestic and international, according to a report by a university human rights center. Airport director Calvin Meaux said the contract brings in "steady revenue" for the regional facility.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN"],
      people: { value: 90, approx: true },
      departure: ["Alexandria International Airport"],
      arrival: ["Blaise Diagne International Airport"],
      date: "2025-04-30",
    },
  },
  {
    id: "h14a-en-015",
    lang: "en",
    style: "wire",
    title: "US to resume deportation flights to Haiti via Cap-Haïtien",
    published: "2026-06-10",
    text: `PORT-AU-PRINCE, June 10 — The United States plans to resume deportation flights to Haiti next week, with a first plane of about 50 people scheduled to land in Cap-Haïtien on June 16, two Haitian officials said on Wednesday.

The flights had been suspended since gangs forced the closure of the international airport in Port-au-Prince. Haiti's National Migration Office said it had asked for more notice and for funds to receive returnees.

"We cannot stop them, but we can ask that people are treated humanely," said Jean-Robert Désir, a director at the office. He said the office had staff in the north but few shelters.

The neighbouring Dominican Republic deported more than 200,000 Haitians by land last year, according to the International Organization for Migration, which has warned that forced returns to Haiti put lives at risk.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["HT"],
      people: { value: 50, approx: true },
      departure: [],
      arrival: ["Cap-Haïtien"],
      date: "2026-06-16",
    },
  },
  {
    id: "h14a-en-016",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 41 people to Romania and Bulgaria",
    published: "2025-10-03",
    text: `LONDON — A Home Office charter flight removed 41 people to Romania and Bulgaria on Thursday, the department said, as ministers sought to show progress on returns of foreign offenders.

The plane left Stansted Airport early in the morning and stopped in Sofia before landing in Bucharest. Most of those on board had served prison sentences in England and Wales, the Home Office said.

"Foreign criminals who abuse our hospitality will be removed," said a minister for border security. Campaigners said two people had been taken off the flight after lodging last-minute appeals.

The United Kingdom has removed more than 10,000 people on charter flights since the start of the year, with Albania, Romania and Vietnam among the main destinations.`,
    expect: { relevant: false },
  },
  {
    id: "h14a-en-017",
    lang: "en",
    style: "near-miss",
    title: "Japan deports 35 Sri Lankans on chartered plane",
    published: "2026-02-12",
    text: `TOKYO — Japan's Immigration Services Agency deported 35 Sri Lankan nationals on a chartered flight from Narita to Colombo on Tuesday, the agency said, the largest group removal under the revised immigration law.

The agency said all had overstayed their visas and had exhausted refugee applications. Lawyers for three of them said they had filed new claims that were not yet decided.

"Japan's refugee recognition rate is still extremely low," said Haruka Ishida of a Tokyo support group. Japan recognised 303 refugees in 2023 out of more than 13,000 applicants.

Sri Lanka's foreign employment bureau said it would help the returnees find work. Many Sri Lankans go to Japan as technical trainees, and some later apply for asylum.`,
    expect: { relevant: false },
  },
  {
    id: "h14a-en-018",
    lang: "en",
    style: "near-miss",
    title: "Immigration court backlog in Houston tops 260,000 cases",
    published: "2025-09-09",
    text: `HOUSTON — The backlog at Houston's three immigration courts has passed 260,000 cases, according to new figures compiled by a university research center, with some hearings now scheduled for 2029.

Judges in the city ordered removal in about 58 percent of the cases they completed in the last fiscal year, above the national average. Hondurans, Guatemalans and Venezuelans made up the largest groups of respondents.

"A person who gets a hearing date today may wait four years to learn whether they can stay," said attorney Elena Vargas-Ruiz, who represents families in the Greenspoint area. "Many lose their cases simply because they cannot find a lawyer."

Nationwide, the courts had more than 3.4 million pending cases. The Justice Department said it had hired 70 new judges this year and was expanding video hearings.`,
    expect: { relevant: false },
  },
  {
    id: "h14a-en-019",
    lang: "en",
    style: "near-miss",
    title: "ICE deports man wanted for murder in Ethiopia",
    published: "2026-03-26",
    text: `MINNEAPOLIS — Immigration officers removed a 44-year-old Ethiopian man wanted in his home country on murder charges, escorting him on a commercial flight to Addis Ababa on Monday, ICE said.

The man, whom the agency identified as Tesfaye Alemu Bekele, entered the United States on a visitor visa in 2016 and overstayed. An immigration judge ordered him removed in 2024.

Officers handed him to Ethiopian Federal Police at Bole International Airport. "Our communities are safer," said an ERO St. Paul official.

Minnesota is home to one of the largest Ethiopian communities in the United States, estimated at more than 30,000 people.`,
    expect: { relevant: false },
  },
  {
    id: "h14a-en-020",
    lang: "en",
    style: "near-miss",
    title: "Air carrier to launch direct flights between Tirana and New York",
    published: "2025-04-15",
    text: `TIRANA — Albania's flag carrier will begin non-stop flights between Tirana and New York's John F. Kennedy International Airport in June, the company said on Tuesday, the first direct link between the two cities.

The route will operate three times a week with a leased Airbus A330, the airline said. Tickets will go on sale next month at prices starting at 390 euros one way.

"There are more than 200,000 Albanians in the New York area who today need two flights to come home," chief executive Arben Kolaj said. Tourism Minister Elva Hysi called the route "a bridge for our diaspora".

Tirana airport handled 10.8 million passengers last year, up 33 percent, driven by low-cost carriers and summer tourism from Italy and Poland.`,
    expect: { relevant: false },
  },
  {
    id: "h14a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan 134 hondureños retornados en vuelo desde Luisiana",
    published: "2025-07-17",
    text: `SAN PEDRO SULA — Un total de 134 hondureños retornados desde Estados Unidos llegó este jueves en un vuelo que aterrizó en el Aeropuerto Internacional Ramón Villeda Morales procedente de Alexandria, Luisiana.

Entre los deportados vienen 112 hombres y 22 mujeres, informó el Centro Nacional de Atención al Migrante Retornado (CENAMIR), donde recibieron alimentación, atención médica y un bono para transporte a sus comunidades.

"Muchos llegan sin nada, solo con la ropa que traen puesta", dijo la coordinadora del centro, Rosa Amalia Cálix. Añadió que nueve de los retornados requirieron atención psicológica.

Según cifras del Observatorio Consular y Migratorio, en lo que va del año han retornado 18.640 hondureños, la mayoría desde Estados Unidos y unos 6.000 por vía terrestre desde México.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 134, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2025-07-17",
    },
  },
  {
    id: "h14a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "IGM recibe vuelo con 87 guatemaltecos deportados",
    published: "2026-01-28",
    text: `GUATEMALA — El Instituto Guatemalteco de Migración (IGM) informó que el martes arribó a la Base de la Fuerza Aérea Guatemalteca un vuelo con 87 connacionales deportados desde Brownsville, Texas.

El grupo estaba integrado por 61 hombres y 26 mujeres. Los retornados pasaron por el Centro de Recepción de Retornados, donde el Registro Nacional de las Personas les entregó documentos de identificación y el Ministerio de Trabajo les ofreció vacantes de empleo.

"Queremos que nadie se vaya de aquí sin una opción", declaró el subdirector del IGM, Óscar Humberto Lemus. Indicó que en enero ya se han recibido 41 vuelos.

En 2025 Guatemala recibió más de 60.000 deportados por vía aérea, además de miles de personas devueltas por tierra desde México a través de la frontera de Tecún Umán.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 87, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2026-01-27",
    },
  },
  {
    id: "h14a-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Aterriza en Viru Viru vuelo con 26 bolivianos deportados de EEUU",
    published: "2025-11-06",
    text: `SANTA CRUZ — Un vuelo con 26 bolivianos deportados de Estados Unidos aterrizó la noche del miércoles en el aeropuerto internacional Viru Viru, informó la Dirección General de Migración.

La aeronave salió desde Texas con escala técnica en Panamá. A su llegada, los connacionales fueron recibidos por funcionarios de Migración y de la Cancillería, y ninguno tenía órdenes de aprehensión pendientes en el país, según la institución.

"Es un retorno ordenado y hemos brindado la asistencia que corresponde", afirmó la directora de Migración, Carla Mendieta Rojas.

La mayoría de los bolivianos que emigran lo hacen hacia Argentina, Chile y España. Datos oficiales señalan que unos 1.900 bolivianos fueron detenidos en la frontera sur de Estados Unidos el año pasado.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      people: { value: 26, approx: false },
      departure: ["Texas"],
      arrival: ["aeropuerto internacional Viru Viru"],
      date: "2025-11-05",
    },
  },
  {
    id: "h14a-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Diecisiete argentinos deportados desde Estados Unidos llegaron a Ezeiza",
    published: "2026-02-20",
    text: `BUENOS AIRES — Diecisiete argentinos deportados desde Estados Unidos llegaron en la madrugada de este viernes al Aeropuerto Internacional de Ezeiza, en un avión contratado por el Servicio de Inmigración y Control de Aduanas (ICE).

El vuelo había partido el jueves desde Phoenix, Arizona. Los pasajeros descendieron por una terminal auxiliar y fueron atendidos por personal de la Dirección Nacional de Migraciones antes de reencontrarse con sus familiares.

"Nos trataron bien, pero fue muy largo y estuvimos esposados casi todo el viaje", contó a este medio un joven de Quilmes de 29 años, que había vivido seis años en Houston.

Según la Cancillería, es el tercer vuelo de este tipo con destino a la Argentina desde septiembre. En el mismo periodo, Brasil y Colombia recibieron decenas de vuelos de deportación.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AR"],
      people: { value: 17, approx: false },
      departure: ["Phoenix, Arizona"],
      arrival: ["Aeropuerto Internacional de Ezeiza"],
      date: "2026-02-20",
    },
  },
  {
    id: "h14a-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay firma acuerdo para recibir migrantes deportados por EEUU",
    published: "2025-08-15",
    text: `ASUNCIÓN — El Gobierno paraguayo firmó el jueves en Washington un acuerdo con Estados Unidos por el cual Paraguay podrá recibir a solicitantes de asilo de terceros países que se encuentren en territorio estadounidense, informó la Cancillería Nacional.

El canciller Rubén Darío Villalba sostuvo que el acuerdo "no implica la llegada masiva de personas" y que cada caso será evaluado por la Comisión Nacional de Refugiados. No se precisó cuántas personas podrían llegar ni desde cuándo.

Legisladores de la oposición pidieron que el texto sea remitido al Congreso. "No se puede firmar algo así a espaldas de la ciudadanía", dijo la senadora Mirta Giménez.

Acuerdos similares fueron firmados en los últimos meses por Guatemala, Honduras y El Salvador. Paraguay tiene una población de unos 6,4 millones de habitantes y recibe pocas solicitudes de refugio al año.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-14",
    },
  },
  {
    id: "h14a-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan a Costa Rica 143 migrantes de Asia deportados por EE. UU.",
    published: "2026-04-11",
    text: `SAN JOSÉ — Un grupo de 143 migrantes de otras nacionalidades deportados por Estados Unidos aterrizó este sábado en el Aeropuerto Internacional Juan Santamaría, en un vuelo procedente de San Diego, California.

Entre ellos hay 51 menores de edad. Según la Dirección General de Migración y Extranjería, el grupo está compuesto por ciudadanos de China, Uzbekistán, India, Afganistán y Nepal.

Tras su llegada, los migrantes fueron trasladados en autobuses al Centro de Atención Temporal para Migrantes (CATEM), en la zona sur, cerca de la frontera con Panamá, donde permanecerán mientras se organiza su retorno a sus países de origen.

"Costa Rica actúa como un puente", dijo el viceministro de Gobernación, Esteban Quirós Mora. La Organización Internacional para las Migraciones (OIM) será la encargada de los vuelos de regreso, costeados por Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "UZ", "IN", "AF", "NP"],
      people: { value: 143, approx: false },
      departure: ["San Diego, California"],
      arrival: ["Aeropuerto Internacional Juan Santamaría"],
      date: "2026-04-11",
    },
  },
  {
    id: "h14a-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Unos 120 ecuatorianos llegarán deportados a Guayaquil el jueves",
    published: "2025-09-30",
    text: `QUITO — La Cancillería de Ecuador informó que el próximo jueves llegará a Guayaquil un vuelo con aproximadamente 120 ecuatorianos deportados desde Estados Unidos.

El Viceministerio de Movilidad Humana indicó que los retornados recibirán asistencia en el aeropuerto, incluida atención médica y orientación para acceder a programas de emprendimiento.

"Es importante que las familias estén pendientes, porque muchos llegan sin teléfono ni dinero", señaló la viceministra Lorena Paredes.

En lo que va del año, más de 11.000 ecuatorianos han sido deportados desde Estados Unidos y México, de acuerdo con cifras oficiales. Ecuador también recibe vuelos de retorno desde España e Italia, aunque en menor número.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["EC"],
      people: { value: 120, approx: true },
      departure: [],
      arrival: ["Guayaquil"],
      date: "2025-10-02",
    },
  },
  {
    id: "h14a-es-008",
    lang: "es",
    style: "us-spanish-press",
    title: "Panamá recibe vuelo con 99 migrantes de Irán, Camerún, Vietnam y Pakistán",
    published: "2026-03-20",
    text: `MIAMI — Un avión con 99 migrantes deportados por Estados Unidos que no son panameños aterrizó el miércoles en el Aeropuerto Internacional de Tocumen, confirmó el Servicio Nacional de Migración de Panamá.

Según las autoridades panameñas, los pasajeros son de Irán, Camerún, Vietnam y Pakistán. El vuelo salió de Laredo, Texas, y los migrantes fueron llevados después a un albergue en la provincia de Darién.

"Panamá cumple con un acuerdo de cooperación y los gastos corren por cuenta de Estados Unidos", dijo el ministro de Seguridad, Frank Ábrego Solís, en conferencia de prensa.

Abogados de inmigración en Miami advirtieron que varios de los deportados tenían casos de asilo pendientes. Panamá ya había recibido un grupo similar el año pasado, mientras que Costa Rica acogió a otros 200 migrantes.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["IR", "CM", "VN", "PK"],
      people: { value: 99, approx: false },
      departure: ["Laredo, Texas"],
      arrival: ["Aeropuerto Internacional de Tocumen"],
      date: "2026-03-18",
    },
  },
  {
    id: "h14a-es-009",
    lang: "es",
    style: "near-miss",
    title: "INM traslada en avión a 180 hondureños desde Tapachula",
    published: "2025-06-05",
    text: `TAPACHULA — El Instituto Nacional de Migración (INM) de México trasladó este jueves en un vuelo desde Tapachula, Chiapas, a 180 hondureños que se encontraban en estaciones migratorias del sur del país, con destino a San Pedro Sula.

El INM señaló que se trata de un "retorno asistido" y que los migrantes no contaban con documentos para permanecer en México. En el vuelo viajaban 42 mujeres y 15 menores acompañados.

"La mayoría quería llegar a Estados Unidos, pero con los controles ya no se puede", comentó un migrante de Choloma antes de abordar.

México ha devuelto a más de 30.000 centroamericanos en lo que va del año, principalmente por vía terrestre hacia Guatemala.`,
    expect: { relevant: false },
  },
  {
    id: "h14a-es-010",
    lang: "es",
    style: "near-miss",
    title: "Chile expulsa a 64 extranjeros en avión de la Fuerza Aérea",
    published: "2026-05-14",
    text: `SANTIAGO — Un avión de la Fuerza Aérea de Chile (FACh) despegó este jueves desde Santiago con 64 ciudadanos extranjeros expulsados, con destino a Colombia y Perú, informó el Servicio Nacional de Migraciones.

Del total, 48 tenían antecedentes penales y el resto había ingresado de forma clandestina por pasos no habilitados en el norte del país, según la autoridad migratoria.

"Vamos a seguir expulsando a quienes cometan delitos en Chile", afirmó el director del servicio, Patricio Aránguiz.

Se trata del quinto vuelo de expulsión del año. Organizaciones de migrantes criticaron que algunos de los expulsados tenían hijos chilenos y trámites de residencia en curso.`,
    expect: { relevant: false },
  },
];
