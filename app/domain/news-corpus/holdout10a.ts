// Held-out news corpus no. 10 (part a). This set is only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, docs/alerts.md or any
// other corpus file). Every name, quote, number and outlet detail is invented for this project.
import type { CorpusArticle } from "./types";

export const HOLDOUT10A: CorpusArticle[] = [
  {
    id: "h10a-en-001",
    lang: "en",
    style: "wire",
    title: "U.S. flies 118 Senegalese home as West African removals climb",
    published: "2025-03-13",
    text: `DAKAR, Senegal — A chartered plane carrying 118 Senegalese men deported from the United States touched down at Blaise Diagne International Airport on Tuesday, the second such flight to the West African country this year, the interior ministry said.

The aircraft left Alexandria, Louisiana, and refuelled once on the Atlantic crossing, according to a ministry statement read on state television. Officials said the passengers had all crossed the U.S. southern border after 2023 and had exhausted their appeals.

"They are our children, and we received them as such," said Aminata Ndour Fall, a ministry spokeswoman, adding that each man was given a meal, a telephone call and a small transport allowance before being released to relatives waiting outside the cargo terminal.

Senegalese officials estimate that some 4,000 of their nationals remain in U.S. immigration detention or under final orders. Neighbouring Mauritania, whose citizens also travelled in large numbers through Nicaragua and Mexico in 2023, received a separate flight in January, according to advocacy groups that track the charters.

The U.S. Department of Homeland Security did not comment on the flight, saying it does not discuss removal operations for security reasons. In fiscal year 2024 the agency reported more than 270,000 removals to some 190 countries.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN"],
      people: { value: 118, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Blaise Diagne International Airport"],
      date: "2025-03-11",
    },
  },
  {
    id: "h10a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 64 Georgian nationals on charter flight to Tbilisi",
    published: "2025-06-05",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) removed 64 Georgian nationals to Tbilisi, Georgia, June 3 on a charter flight departing from Mesa, Arizona.

All 64 individuals had received final orders of removal from an immigration judge with the Justice Department's Executive Office for Immigration Review. Eleven of them had criminal convictions or pending charges in the United States, including for burglary, fraud and driving under the influence.

"This operation reflects strong cooperation with our partners in the Government of Georgia," said ERO Phoenix Field Office Director Lawrence M. Kettering. "We will continue to carry out the removal orders issued by our immigration courts."

ICE Air Operations facilitates the transfer and removal of noncitizens via commercial airlines and chartered flights in support of ICE field offices. In fiscal year 2024, ERO conducted removals to more than 190 countries, including Armenia, Moldova and Ukraine in the same region.

Due to operational security reasons, ICE does not confirm or discuss future or pending transportation operations.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 64, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tbilisi"],
      date: "2025-06-03",
    },
  },
  {
    id: "h10a-en-003",
    lang: "en",
    style: "us-local-feature",
    title: "From Queens to Georgetown, with a plastic bag and a phone number",
    published: "2024-11-21",
    text: `The last thing Devon Ramcharran saw of New York was a parking lot in New Jersey, through the mesh window of a white bus. Three days later he was standing in the arrivals hall of Cheddi Jagan International Airport with a plastic bag of paperwork, a phone with no charge and a cousin's number written on the back of his hand.

Ramcharran, 41, who ran a tyre shop in Richmond Hill for nearly two decades, was among about 40 Guyanese men and women deported on a chartered flight that left Miami on Monday, according to the Guyana Ministry of Home Affairs and relatives who met the plane. He had missed an immigration hearing in 2009, he said, after a notice went to an old address.

"I pay taxes, I coach the cricket team, my daughter is at Queens College," he said in a phone interview from his aunt's house on the East Bank of Demerara. "None of that mattered in the end."

The flight was the first charter to Guyana since the spring. Guyanese officials said the group included people who had lived in the United States for more than 20 years, and several who had never lived in Guyana as adults. Neighbouring Trinidad and Tobago and Suriname receive their own removals mostly on commercial flights, a home affairs official said.

Advocates in Queens, home to one of the largest Guyanese communities outside the country, said they were fielding calls from families who learned of the removals only after the plane landed. A volunteer legal clinic at a Liberty Avenue temple plans to hold a know-your-rights session next month.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GY"],
      people: { value: 40, approx: true },
      departure: ["Miami"],
      arrival: ["Cheddi Jagan International Airport"],
      date: "2024-11-18",
    },
  },
  {
    id: "h10a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "23 deportees from US arrive in Harare",
    published: "2026-02-07",
    text: `HARARE — Twenty-three Zimbabweans deported from the United States arrived at Robert Gabriel Mugabe International Airport this morning aboard a chartered aircraft, the Ministry of Foreign Affairs and International Trade has confirmed.

The returnees, 19 men and four women, were received by officials from the Department of Immigration, the International Organization for Migration and the Zimbabwe Republic Police before being screened and handed over to their families.

Permanent secretary Mr Tendai Mushonga said Government had been notified of the flight two weeks in advance. "These are our citizens and we have a duty to receive them with dignity. The majority have no criminal record in Zimbabwe," he said.

Mr Mushonga said about 1 100 Zimbabweans were believed to hold final removal orders in the United States, while the United Kingdom and South Africa had also stepped up returns in recent years. South Africa alone deported more than 30 000 Zimbabweans by road through Beitbridge last year.

Some of the returnees said they had been held in detention centres in Texas and Louisiana for up to eight months.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ZW"],
      people: { value: 23, approx: false },
      departure: [],
      arrival: ["Robert Gabriel Mugabe International Airport"],
      date: "2026-02-07",
    },
  },
  {
    id: "h10a-en-005",
    lang: "en",
    style: "wire-third-country",
    title: "Cameroon takes in 11 African deportees it says are not its citizens",
    published: "2025-10-16",
    text: `YAOUNDE, Cameroon — Eleven people deported from the United States, none of them Cameroonian, landed at Yaoundé Nsimalen International Airport on Wednesday under an arrangement that Cameroon's government had not previously made public, officials and a lawyer for one of the men said.

The group included five Eritreans, three Ethiopians, two Somalis and a Sudanese man, according to a list seen by reporters. Several had been granted protection from return to their own countries by U.S. immigration judges, said Mariam Okafor, a Washington lawyer who represents one of the Eritreans. The charter had departed from Louisiana, she said.

"My client won withholding of removal to Eritrea. He has never set foot in Cameroon and does not speak French," Okafor said. "He was told at four in the morning, in Louisiana, that he was getting on a plane."

Cameroon's communication minister, Jean-Pierre Mballa, said the men would be lodged in a government facility while the U.N. refugee agency examined their situations, and that the United States would bear the costs. He declined to say how many more people Cameroon would accept.

The flight is one of a growing number of U.S. removals to countries other than a person's own. Since last year, Washington has sent deportees to Costa Rica, Panama, Eswatini, South Sudan, Rwanda and Ghana, among others, often under agreements disclosed only after the first plane arrived.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      nationalities: ["ER", "ET", "SO", "SD"],
      people: { value: 11, approx: false },
      departure: ["Louisiana"],
      arrival: ["Yaoundé Nsimalen International Airport"],
      date: "2025-10-15",
    },
  },
  {
    id: "h10a-en-006",
    lang: "en",
    style: "receiving-country-local-policy",
    title: "Zambia says no to U.S. request to host other countries' deportees",
    published: "2026-04-22",
    text: `LUSAKA — Zambia will not accept foreign nationals deported from the United States who are not Zambian citizens, Foreign Affairs Minister Chanda Mwale said on Tuesday, ending weeks of speculation about a proposed arrangement with Washington.

"Zambia will continue to receive its own citizens, as it always has. But we are not a transit yard for people from elsewhere," Mwale told Parliament in response to a question from the opposition benches.

He confirmed that the U.S. embassy had in February asked whether Zambia would consider accepting "third-country nationals" in exchange for assistance with a copper-corridor rail project, but said Cabinet had declined the request at its last sitting.

Neighbouring countries have taken different positions. Malawi is reported to be studying a similar request, while Eswatini and Rwanda have received deportees of other nationalities since 2025. Zambia's own nationals in the United States number fewer than 25 000, according to embassy estimates.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["ZM"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-21",
    },
  },
  {
    id: "h10a-en-007",
    lang: "en",
    style: "receiving-country-local-planned",
    title: "First U.S. charter with Nepali deportees expected at TIA next week",
    published: "2025-08-29",
    text: `KATHMANDU — A chartered aircraft carrying roughly 90 Nepali nationals ordered removed from the United States is scheduled to land at Tribhuvan International Airport next Thursday, the Department of Immigration said on Friday.

It would be the first charter flight dedicated to Nepali deportees. Until now, the roughly 400 Nepalis returned from the US each year have travelled in small groups on commercial flights through Doha or Delhi, officials said.

According to a notice sent to the Home Ministry, the aircraft will depart from El Paso, Texas, and make a refuelling stop in the Gulf. Immigration officials said a reception desk staffed by police, health workers and the Foreign Employment Board would be set up in the international terminal.

"Most of them paid agents between 4 and 7 million rupees to reach the border," said Ramesh Adhikari, spokesperson of the Department of Immigration. "Many families are in debt. We want to make sure nobody leaves the airport without help to reach home."

Human rights groups in Kathmandu have urged the government to ensure that returnees are not detained on arrival over the loans or the documents they used to travel.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["NP"],
      people: { value: 90, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Tribhuvan International Airport"],
      date: "2025-09-04",
    },
  },
  {
    id: "h10a-en-008",
    lang: "en",
    style: "agency-brief",
    title: "US deportation plane with 127 Indians lands in Amritsar",
    published: "2024-09-16",
    text: `AMRITSAR, Sept 16 — A US aircraft carrying 127 Indian nationals deported from the United States landed at Sri Guru Ram Dass Jee International Airport here on Sunday evening, police said. Most of those on board were from Punjab, Haryana and Gujarat.

Officials said the deportees were questioned by immigration and police teams before being allowed to leave with their families. No arrests were made, a senior police officer said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 127, approx: false },
      departure: [],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2024-09-15",
    },
  },
  {
    id: "h10a-en-009",
    lang: "en",
    style: "qa-explainer",
    title: "Why did a deportation flight go to Angola? What we know",
    published: "2026-01-14",
    text: `A U.S. government charter carrying deportees landed in Luanda this week, one of the longest removal flights of the winter. Here is what we know, and what we don't.

Who was on board?
According to Angola's Migration and Foreigners Service (SME), 31 Angolan citizens, 26 men and five women. The SME said all had final orders of removal and that none were minors.

Where did it come from and when did it land?
Flight-tracking volunteers say the aircraft took off from Alexandria, Louisiana, and stopped in Cape Verde to refuel. It landed at Dr. António Agostinho Neto International Airport on Monday evening, local time.

Why Angola?
Angolans were among the fastest-growing groups of asylum seekers arriving at the U.S.-Mexico border in 2022 and 2023, many after flying to Brazil or Ecuador. U.S. officials have pressed Luanda, as well as Cameroon and Mauritania, to accept more charters rather than individual returns on commercial flights.

Will there be more?
Probably. An SME official told local radio that "other flights are being discussed," without giving numbers. ICE, as a rule, does not comment on future flights.

What happens to the returnees?
They were interviewed by SME and the national police and released the same night, the agency said. Lawyers in Luanda said at least two had unresolved criminal cases at home.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AO"],
      people: { value: 31, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Dr. António Agostinho Neto International Airport"],
      date: "2026-01-12",
    },
  },
  {
    id: "h10a-en-010",
    lang: "en",
    style: "quote-driven-wire",
    title: "'Forty-two of our citizens came home today,' Iraq says of U.S. flight",
    published: "2025-12-11",
    text: `BAGHDAD — "Forty-two Iraqi citizens whose asylum claims were rejected in the United States arrived at Baghdad International Airport early on Wednesday, and all of them have been received by our teams," Ministry of Migration and Displaced spokesman Ali Jabbar al-Saadi said in a video statement.

"The flight originated in Texas and stopped in Europe before coming to Baghdad," al-Saadi said. "Among them are families from Nineveh and Kurdistan. We will register them for the reintegration grant like any returnee."

The U.S. embassy in Baghdad referred questions to the Department of Homeland Security, which did not respond.

Iraq has for years resisted charter removals, accepting mostly individuals who signed voluntary-return papers. The issue became a sticking point between the two governments after Washington threatened visa sanctions in 2020. Some 1,400 Iraqis were believed to have final removal orders in the United States, many of them Chaldean Christians in Michigan.

Germany, Sweden and the Netherlands also returned several hundred Iraqis this year, mostly on scheduled flights through Istanbul and Erbil.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IQ"],
      people: { value: 42, approx: false },
      departure: ["Texas"],
      arrival: ["Baghdad International Airport"],
      date: "2025-12-10",
    },
  },
  {
    id: "h10a-en-011",
    lang: "en",
    style: "near-miss-uk-charter",
    title: "Home Office charter returns 96 Albanians from Stansted",
    published: "2025-05-20",
    text: `LONDON — A Home Office charter flight carrying 96 Albanian nationals left Stansted Airport for Tirana on Monday night, the largest single returns flight to Albania this year, the department said.

The group included foreign national offenders released from British prisons and people whose asylum claims had failed, the Home Office said. Since a returns agreement was signed with Tirana in 2022, more than 12,000 Albanians have been removed from the UK.

"We will keep removing those who have no right to be here," a Home Office minister said in a statement. Refugee charities criticised the flight, saying some passengers had been given less than a week's notice.

Separately, the Home Office said it had chartered flights this spring to Vietnam, Georgia and Nigeria. The United States and several European Union countries have also expanded their own removal programmes, but the department said Britain's agreements with Albania remained "the model."`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-en-012",
    lang: "en",
    style: "near-miss-opinion",
    title: "Opinion: The cells we don't see before the flights we count",
    published: "2026-03-26",
    text: `We have become very good at counting planes. Volunteers track every ICE Air charter from Mesa, San Antonio and Alexandria; cable news shows the tail numbers; officials boast of the monthly totals. What we are not good at counting is the days people spend in a windowless room before they ever see a runway.

Last month I spent an afternoon with a woman who had been held for 14 months in a county jail in Georgia that contracts with ICE. She had no criminal record. She described a unit where the lights never went off, where the commissary sold instant soup at four times the street price, and where a single telephone served 60 women.

The agency's own inspection reports, released under the Freedom of Information Act, describe missing medical records and broken sinks at more than a dozen such facilities. Average daily detention now exceeds 60,000 people, a record, and the number of facilities has grown faster than the staff to inspect them.

None of this requires a position on how many people the country should deport. It requires only that we treat the people we hold as people, and that Congress fund the inspectors it created. Counting flights is easy. Counting the nights before them is the work.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-en-013",
    lang: "en",
    style: "near-miss-single-commercial",
    title: "Galway-born bartender deported after 30 years in Boston",
    published: "2024-07-10",
    text: `BOSTON — Seán Ó Flatharta had tended bar in Dorchester for three decades. On Tuesday, escorted by two immigration officers, he boarded an Aer Lingus flight to Dublin, deported after a judge refused to reopen a removal order from 1998.

Ó Flatharta, 58, came to the United States on a tourist visa in 1993 and stayed. He was arrested by Immigration and Customs Enforcement at a routine check-in in April, his lawyer, Deirdre Quinlan, said.

"He was the only passenger in handcuffs in row 34," Quinlan said. "He has an American wife and two American sons. There is no reason in the world for this."

Irish officials estimate that between 10,000 and 15,000 undocumented Irish people live in the United States. The Department of Foreign Affairs in Dublin said consular staff had been in contact with Ó Flatharta's family.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-en-014",
    lang: "en",
    style: "near-miss-japan-charter",
    title: "Japan charters plane to deport 44 Sri Lankans",
    published: "2025-09-30",
    text: `TOKYO — Japan's Immigration Services Agency deported 44 Sri Lankan nationals on a chartered flight from Narita Airport to Colombo on Sunday, the agency said, the largest group removal from the country since a revised immigration law took effect last year.

The revised law allows the agency to deport asylum seekers who have applied three or more times. Rights groups said at least nine of those on the flight had pending court cases.

"The revised law is being applied strictly and fairly," an agency official told reporters. Japan carried out similar charters to Thailand and the Philippines earlier this year.

The United States, by comparison, removed several hundred Sri Lankans last year, mostly on commercial flights, according to figures published by the Sri Lankan foreign ministry.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-en-015",
    lang: "en",
    style: "wire-third-country",
    title: "Guinea-Bissau confirms arrival of West Africans deported by Washington",
    published: "2026-05-08",
    text: `BISSAU — Guinea-Bissau's government confirmed on Friday that fourteen West African nationals deported from the United States had arrived in the country, the first group of foreigners it has taken in under an arrangement with Washington.

The plane landed at Osvaldo Vieira International Airport late on Thursday, Interior Minister Braima Sambú said at a news conference. He said the group was made up of Sierra Leoneans, Liberians, Guineans and Malians, none of them Bissau-Guinean.

"Under the free-movement rules of our region, these brothers do not need a visa to be here, and we will help them travel onward," Sambú said. He did not say whether they had been offered a choice.

A U.S. State Department spokesperson said the United States was "grateful to partners who help ensure removal orders are carried out," and declined to discuss the terms.

Ghana accepted a similar group last year. Senegal, Liberia and Gabon have been approached, diplomats in the region say, but have not announced any agreement.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GW"],
      nationalities: ["SL", "LR", "GN", "ML"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["Osvaldo Vieira International Airport"],
      date: "2026-05-07",
    },
  },
  {
    id: "h10a-es-001",
    lang: "es",
    style: "radio-bulletin-honduras",
    title: "Boletín | Aterriza en Palmerola vuelo con 128 hondureños retornados",
    published: "2025-04-03",
    text: `COMAYAGUA, 11:40 a.m. — Radio Valle Central informa: un vuelo con 128 compatriotas deportados desde Estados Unidos aterrizó pasadas las diez de la mañana de este jueves en el Aeropuerto Internacional de Palmerola.

La aeronave despegó de Alexandria, Luisiana, según confirmó a esta emisora el delegado del Instituto Nacional de Migración (INM), licenciado Óscar Mejía Zúniga. En el grupo vienen 109 hombres y 19 mujeres; no viajan menores de edad.

"Los recibimos con alimentación, atención médica y el bono del programa Hermano, Hermana, Vuelve a Casa", dijo Mejía Zúniga a nuestro corresponsal desde la pista.

Con este vuelo suman más de 9.300 los hondureños retornados por vía aérea en lo que va del año, la mayoría desde Estados Unidos y un número menor desde México. El INM prevé otros dos vuelos la próxima semana, aunque no ha confirmado las fechas.

Seguiremos informando en nuestra próxima emisión.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 128, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Palmerola"],
      date: "2025-04-03",
    },
  },
  {
    id: "h10a-es-002",
    lang: "es",
    style: "government-communique-guatemala",
    title: "Comunicado: IGM recibe a 135 guatemaltecos retornados vía aérea",
    published: "2026-02-19",
    text: `INSTITUTO GUATEMALTECO DE MIGRACIÓN — COMUNICADO DE PRENSA

El Instituto Guatemalteco de Migración (IGM) informa a la población que el día de hoy, jueves 19 de febrero de 2026, se recibió en la Base de la Fuerza Aérea Guatemalteca un vuelo procedente de Mesa, Arizona, con 135 connacionales retornados desde los Estados Unidos de América: 118 hombres, 12 mujeres y 5 menores acompañados.

Al descender de la aeronave, las personas retornadas fueron atendidas en el Centro de Recepción de Retornados, donde recibieron una refacción, orientación sobre el programa "Guate te incluye", revisión médica y apoyo para comunicarse con sus familiares.

El IGM reitera que la recepción se realiza en coordinación con el Ministerio de Relaciones Exteriores, la Secretaría de Bienestar Social y la Policía Nacional Civil, garantizando un trato digno.

En lo que va de 2026 se han recibido 47 vuelos con un total de 6.214 personas guatemaltecas retornadas por vía aérea.

Guatemala de la Asunción, 19 de febrero de 2026.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 135, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2026-02-19",
    },
  },
  {
    id: "h10a-es-003",
    lang: "es",
    style: "ecuador-regional",
    title: "Un centenar de ecuatorianos deportados llegó a Latacunga",
    published: "2024-10-24",
    text: `LATACUNGA. Con mochilas transparentes y la ropa con la que fueron detenidos, un centenar de ecuatorianos descendió del avión fletado por el Gobierno de Estados Unidos en el Aeropuerto Internacional Cotopaxi, en una escena que ya es habitual para los trabajadores de la terminal.

La mayoría eran jóvenes de Azuay, Cañar y Chimborazo que habían cruzado la frontera sur de Estados Unidos en los últimos dos años, según la Cancillería. El Ministerio de Relaciones Exteriores y Movilidad Humana no precisó la cifra exacta de pasajeros.

"Me agarraron a los tres días de entrar. Debo 18.000 dólares al coyote y no sé cómo voy a pagar", dijo un joven de 22 años de Biblián que pidió no ser identificado.

Funcionarios de la Cancillería explicaron que el vuelo partió de Harlingen, Texas, y aterrizó en Latacunga el martes 22 de octubre cerca de las 15:00. Es el séptimo vuelo de deportación que recibe la provincia en el mes.

Según cifras oficiales, más de 12.000 ecuatorianos han sido deportados desde Estados Unidos en 2024, mientras que México devolvió por vía terrestre y aérea a otros 1.500 en el mismo periodo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 100, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional Cotopaxi"],
      date: "2024-10-22",
    },
  },
  {
    id: "h10a-es-004",
    lang: "es",
    style: "colombia-question-headline",
    title: "¿Quiénes llegaron en el vuelo de deportados de este viernes a Bogotá?",
    published: "2025-07-18",
    text: `Noventa y siete colombianos deportados desde Estados Unidos aterrizaron este viernes en el terminal militar de Catam, en Bogotá, en un vuelo que salió de Houston en la madrugada, confirmó Migración Colombia.

Según la entidad, en el grupo venían 81 hombres, 14 mujeres y dos adolescentes que viajaban con sus madres. Cuatro de los pasajeros tenían órdenes de captura vigentes en Colombia y fueron dejados a disposición de la Policía.

"El resto quedó en libertad después de la verificación de identidad, y la mayoría ya salió hacia Cali, Pereira y Medellín", explicó a este medio la directora regional de Migración, Luz Adriana Pardo.

El lunes, otro vuelo con 112 connacionales había llegado al aeropuerto José María Córdova de Rionegro, procedente de Luisiana. En lo que va del año, Colombia ha recibido más de 180 vuelos de deportación desde Estados Unidos, según datos de la Cancillería.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 97, approx: false },
      departure: ["Houston"],
      arrival: ["Catam"],
      date: "2025-07-18",
    },
  },
  {
    id: "h10a-es-005",
    lang: "es",
    style: "peru-provincial-paper",
    title: "Huancaínos entre los más de 140 peruanos deportados que llegaron al Callao",
    published: "2026-03-05",
    text: `HUANCAYO. Al menos nueve jóvenes de la región Junín figuran entre los más de 140 peruanos deportados por Estados Unidos que arribaron a la capital en un vuelo chárter, informaron familiares y la Superintendencia Nacional de Migraciones.

La aeronave aterrizó en la madrugada del lunes en el Aeropuerto Internacional Jorge Chávez, en el Callao, donde los connacionales fueron recibidos por personal de Migraciones, de la Cancillería y de la Policía Nacional. No se precisó desde qué ciudad estadounidense partió el vuelo.

Doña Felícitas Huamán, del distrito de El Tambo, esperó a su hijo Rolando durante seis horas en el terminal. "Se fue hace dos años a trabajar en construcción, ahora regresa sin nada. Pero está vivo, eso es lo que importa", comentó a Correo del Valle.

De acuerdo con Migraciones, en 2025 fueron deportados desde Estados Unidos más de 7.000 peruanos, y este año la cifra va en aumento. España y Chile también repatriaron a ciudadanos peruanos en vuelos comerciales durante las últimas semanas.

Las familias de Junín piden a la Dirección Regional de Trabajo programas de empleo para quienes retornan.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 140, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2026-03-02",
    },
  },
  {
    id: "h10a-es-006",
    lang: "es",
    style: "bolivia-policy",
    title: "Bolivia reanuda la recepción de vuelos de deportación desde EE.UU.",
    published: "2025-11-27",
    text: `LA PAZ. El Gobierno boliviano anunció este miércoles que volverá a recibir vuelos con ciudadanos bolivianos deportados desde Estados Unidos, tras una suspensión de casi cuatro meses motivada por denuncias de maltrato a bordo.

El viceministro de Régimen Interior, Marcelo Quiroga Saavedra, dijo en conferencia de prensa que ambas partes acordaron un "protocolo de trato digno" que prohíbe el uso de grilletes en los tramos finales de los vuelos y garantiza la presencia de un funcionario consular boliviano en cada operación.

"Con este protocolo firmado, Bolivia reanuda la recepción de sus connacionales. No aceptaremos a nadie que no sea boliviano", aclaró Quiroga, en alusión a las versiones sobre acuerdos con terceros países como los suscritos por Paraguay y Honduras.

Según la Dirección General de Migración, unos 2.300 bolivianos tienen orden final de deportación en Estados Unidos. La Cancillería no informó la fecha del primer vuelo tras la reanudación.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-11-26",
    },
  },
  {
    id: "h10a-es-007",
    lang: "es",
    style: "venezuela-official-telegram",
    title: "Llegan 212 connacionales en nuevo vuelo de la Gran Misión Vuelta a la Patria",
    published: "2026-06-12",
    text: `¡Bienvenidos a casa! Este viernes arribó al Aeropuerto Internacional de Maiquetía Simón Bolívar un nuevo vuelo de la Gran Misión Vuelta a la Patria con 212 compatriotas provenientes de El Paso, Texas: 174 hombres, 31 mujeres y 7 niños y niñas.

Los connacionales fueron recibidos cumpliendo todos los protocolos de salud, identificación y atención social, para asegurar un feliz reencuentro con sus familias, informó el Ministerio del Poder Popular para Relaciones Interiores, Justicia y Paz en su canal oficial.

Se trata del vuelo número 27 del año desde territorio estadounidense. El pasado miércoles llegó otro vuelo con 189 retornados desde Phoenix, Arizona.

"Venezuela recibe a sus hijos con los brazos abiertos", señaló el viceministro Wilmer Castro Linares desde la rampa presidencial del aeropuerto.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 212, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional de Maiquetía Simón Bolívar"],
      date: "2026-06-12",
    },
  },
  {
    id: "h10a-es-008",
    lang: "es",
    style: "costa-rica-third-country",
    title: "Llega a Juan Santamaría segundo vuelo con migrantes extracontinentales deportados por EE. UU.",
    published: "2026-01-30",
    text: `ALAJUELA. Alrededor de 80 personas originarias de Nepal, Kazajistán, Vietnam y Armenia llegaron el jueves por la noche al Aeropuerto Internacional Juan Santamaría en un vuelo fletado por el Gobierno de Estados Unidos, confirmó este viernes la Dirección General de Migración y Extranjería (DGME).

Se trata del segundo grupo de migrantes de otras nacionalidades que Costa Rica recibe en el marco del acuerdo firmado con Washington, por el cual el país sirve de escala mientras se gestiona su retorno a los países de origen. El avión había despegado de Dallas.

La viceministra de Gobernación, Sofía Araya Montero, dijo que entre los recién llegados hay 22 menores de edad y que todos fueron trasladados en autobuses al Centro de Atención Temporal para Migrantes (CATEM) de la Zona Sur. "Ninguno tiene antecedentes penales en Costa Rica ni será privado de libertad", aseguró.

La Defensoría de los Habitantes anunció que inspeccionará el albergue la próxima semana. En el primer grupo, recibido hace casi un año, llegaron 135 personas, de las cuales más de la mitad ya fueron repatriadas, según la DGME.

Panamá, que también aceptó migrantes de terceros países, no ha recibido nuevos vuelos desde marzo pasado, informó su Servicio Nacional de Migración.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["NP", "KZ", "VN", "AM"],
      people: { value: 80, approx: true },
      departure: ["Dallas"],
      arrival: ["Aeropuerto Internacional Juan Santamaría"],
      date: "2026-01-29",
    },
  },
  {
    id: "h10a-es-009",
    lang: "es",
    style: "paraguay-third-country",
    title: "Paraguay recibió a veintitrés migrantes de otros países expulsados por Estados Unidos",
    published: "2026-04-09",
    text: `ASUNCIÓN. Veintitrés ciudadanos cubanos, nicaragüenses y venezolanos deportados por Estados Unidos llegaron al país el martes en el primer vuelo realizado bajo el acuerdo de "tercer país seguro" firmado entre ambos gobiernos, confirmó este jueves la Dirección Nacional de Migraciones.

El avión aterrizó en el Aeropuerto Internacional Silvio Pettirossi, de Luque, a media tarde. Los pasajeros fueron llevados a un albergue administrado por la Secretaría de Desarrollo Social con apoyo de la Organización Internacional para las Migraciones.

"Paraguay cumple su palabra. Podrán solicitar refugio aquí o ser asistidos para regresar a sus países si así lo desean", declaró el director de Migraciones, Gustavo Benítez Ortiz, en una entrevista con una radio local.

Legisladores de la oposición reclamaron que el Congreso no fue informado de la llegada del vuelo. El acuerdo, firmado en agosto pasado, no establece un límite de personas.

Otros países de la región, como Honduras, Guatemala y Costa Rica, ya recibieron en los últimos meses a migrantes de nacionalidades distintas a la suya.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY"],
      nationalities: ["CU", "NI", "VE"],
      people: { value: 23, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional Silvio Pettirossi"],
      date: "2026-04-07",
    },
  },
  {
    id: "h10a-es-010",
    lang: "es",
    style: "dominican-planned",
    title: "Migración anuncia que el martes llegará vuelo con unos 90 dominicanos deportados",
    published: "2025-10-02",
    text: `SANTO DOMINGO. La Dirección General de Migración (DGM) informó este jueves que el próximo martes llegará al país un vuelo con unos 90 dominicanos deportados desde Estados Unidos, el tercero que se recibe en las últimas dos semanas.

Según el aviso recibido por la DGM, la aeronave aterrizará en el Aeropuerto Internacional de Las Américas, en horas de la mañana. Entre los pasajeros habría personas que cumplieron condenas en cárceles estadounidenses, por lo que la Dirección Nacional de Control de Drogas y la Policía Nacional participarán en la recepción.

"Tenemos todo el dispositivo listo: registro, evaluación de salud y, para quienes no tengan dónde llegar, acogida temporal", explicó el vocero de la institución, Ramón Lora Peguero.

En 2024, la República Dominicana recibió a más de 3.100 deportados desde Estados Unidos, según la DGM, y a unos 600 desde Puerto Rico en vuelos separados.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["DO"],
      people: { value: 90, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2025-10-07",
    },
  },
  {
    id: "h10a-es-011",
    lang: "es",
    style: "near-miss-spain",
    title: "Interior fleta un avión para devolver a 58 mauritanos desde Canarias",
    published: "2024-08-22",
    text: `MADRID. El Ministerio del Interior devolvió este miércoles a 58 ciudadanos mauritanos llegados de forma irregular a Canarias en un vuelo chárter que despegó del aeropuerto de Gran Canaria con destino a Nuakchot, informaron fuentes policiales.

Se trata del cuarto vuelo de este tipo en el verano, en aplicación del acuerdo de readmisión vigente entre España y Mauritania. Los repatriados habían llegado en cayucos a El Hierro en las últimas semanas.

Organizaciones como la Comisión Española de Ayuda al Refugiado criticaron la rapidez del procedimiento. "Muchos no tuvieron acceso efectivo a un abogado", dijo una portavoz.

Mauritania también recibe deportados desde Estados Unidos, adonde miles de sus ciudadanos viajaron a través de Nicaragua y México en los últimos años, aunque Interior no ofreció comparación alguna.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-es-012",
    lang: "es",
    style: "near-miss-mexico-removal",
    title: "Llegan a San Pedro Sula 130 hondureños deportados desde México",
    published: "2026-05-21",
    text: `SAN PEDRO SULA. Un total de 130 hondureños deportados por el Instituto Nacional de Migración de México (INM) llegó este jueves al Aeropuerto Internacional Ramón Villeda Morales en un vuelo procedente de Villahermosa, Tabasco.

Los retornados habían sido detenidos en los estados de Chiapas, Veracruz y Oaxaca cuando intentaban llegar a la frontera norte mexicana, explicó el Centro de Atención al Migrante Retornado (CAMR).

"Muchos ni siquiera llegaron a ver la frontera con Estados Unidos", comentó una trabajadora del centro, que pidió no ser identificada.

México ha intensificado este año las deportaciones aéreas y terrestres hacia Centroamérica. Honduras recibe además vuelos regulares desde Estados Unidos, pero las autoridades indicaron que esta semana no hubo ninguno.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-es-013",
    lang: "es",
    style: "near-miss-us-spanish-tv-live",
    title: "EN VIVO | Cortes de inmigración: lo que debes saber sobre las audiencias de este viernes",
    published: "2024-12-13",
    text: `ACTUALIZACIÓN 9:15 a.m. — Bienvenidos a nuestra cobertura en vivo. Hoy respondemos las preguntas de nuestra audiencia sobre el atraso récord en las cortes de inmigración, que ya supera los 3.7 millones de casos pendientes según datos de la Universidad de Syracuse.

ACTUALIZACIÓN 9:40 a.m. — ¿Qué pasa si no me llega la notificación de mi audiencia? La abogada Marisol Treviño explica que puede consultar su caso con su número de registro de extranjero (A-number) en el portal de la EOIR o llamando a la línea automatizada. "Nunca falte a una audiencia; una orden en ausencia es muy difícil de revertir", advierte.

ACTUALIZACIÓN 10:05 a.m. — En Houston, la espera promedio para una audiencia individual supera los cuatro años, y en Nueva York ronda los tres años y medio.

ACTUALIZACIÓN 10:30 a.m. — Varios televidentes preguntan por los vuelos de deportación. Recordamos que el ICE no anuncia sus vuelos con anticipación y que una apelación presentada a tiempo ante la Junta de Apelaciones de Inmigración suspende la orden mientras se resuelve.

ACTUALIZACIÓN 11:00 a.m. — Cerramos la cobertura de hoy. Si tiene preguntas, escríbanos al número de WhatsApp que aparece en pantalla.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-es-014",
    lang: "es",
    style: "near-miss-statistics-el-salvador",
    title: "Deportaciones de salvadoreños crecen 18 % en el primer semestre, según la DGME",
    published: "2025-08-08",
    text: `SAN SALVADOR. La Dirección General de Migración y Extranjería (DGME) registró 9.812 salvadoreños retornados entre enero y junio, un 18 % más que en el mismo periodo del año anterior, según el informe semestral publicado este viernes.

Del total, el 71 % fue devuelto desde Estados Unidos y el resto desde México y Guatemala. Los departamentos con más retornados fueron San Miguel, La Unión y Usulután.

El economista Rodrigo Funes Valle advirtió que el aumento de las deportaciones podría reducir el flujo de remesas, que representan cerca de una cuarta parte del producto interno bruto. "No es solo un tema humano, es un tema macroeconómico", señaló.

La DGME no detalló el número de vuelos ni las fechas de llegada, y remitió a los periodistas al portal de estadísticas que se actualiza trimestralmente.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h10a-es-015",
    lang: "es",
    style: "cuba-government-communique",
    title: "Nota informativa del MININT sobre los vuelos de devolución desde Estados Unidos",
    published: "2026-03-26",
    text: `NOTA INFORMATIVA DEL MINISTERIO DEL INTERIOR

El Ministerio del Interior de la República de Cuba informa que, a partir de la fecha, queda suspendida temporalmente la recepción de vuelos de devolución de migrantes irregulares procedentes de los Estados Unidos, decisión comunicada a las autoridades estadounidenses este miércoles 25 de marzo por los canales diplomáticos.

La medida responde a la negativa de la parte estadounidense a cumplir lo establecido en los acuerdos migratorios bilaterales, en particular en lo referido a la entrega previa de la información de las personas a devolver y al número de vuelos mensuales acordados.

Cuba reitera su disposición a reanudar la recepción tan pronto existan las condiciones, como lo ha hecho desde 2023, cuando se restablecieron los vuelos tras una interrupción de más de dos años. El pasado año se recibieron 19 vuelos con 1.340 personas.

La Habana, 26 de marzo de 2026.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CU"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-25",
    },
  },
];
