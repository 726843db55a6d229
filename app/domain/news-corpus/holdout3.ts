// A third held-out set for the flight extractor, written by a writer who has not read the extractor,
// its tests or the other corpus files (only types.ts), and kept out of tuning: never change the
// extractor to fit these articles; score it with `npm run -s alerts:eval -- --holdout3`.
// Every article is new writing; every name, quote and number is invented. The articles are modelled on
// how wire services, DHS releases, local papers in receiving countries and Spanish- and Chinese-language
// outlets report removal flights from the United States, with near misses (other countries' removals,
// statistics, courts, single commercial removals, visa bans, detention) marked relevant: false.
import type { CorpusArticle } from "./types";

const EN: CorpusArticle[] = [
  {
    id: "h3-en-001",
    lang: "en",
    style: "wire",
    title: "U.S. charter returns Mauritanians as West African removals climb",
    published: "2025-11-13",
    text: `NOUAKCHOTT, Mauritania — A chartered jet carrying roughly 110 Mauritanian men removed from the United States touched down at Nouakchott–Oumtounsy International Airport on Tuesday, airport and interior ministry officials said.

The flight left Alexandria, Louisiana, the day before and refuelled in the Azores, according to a flight-tracking volunteer who follows the agency's contract aircraft. The ministry's spokesman, Sidi Ould Bekaye, said the returnees were questioned by the police and released to relatives by evening.

Mauritanians became one of the fastest-growing groups crossing the southern U.S. border in 2023, many after flying to Nicaragua and travelling north overland.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 110, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Nouakchott–Oumtounsy International Airport"],
      date: "2025-11-11",
    },
  },
  {
    id: "h3-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "42 Bangladeshis sent back from US arrive in Dhaka",
    published: "2026-02-08",
    text: `Forty-two Bangladeshi nationals deported from the United States landed at Hazrat Shahjalal International Airport early Saturday aboard a US military transport aircraft, immigration police said.

Among them were three women. Officials of the airport's expatriate welfare desk said the group had been in transit for more than two days, with refuelling stops the returnees could not name.

"I spent nineteen lakh taka to get there and I come home with a plastic bag," said one returnee from Sylhet, who asked not to be named. A volunteer organisation handed out water, food and bus fare before the men and women left the terminal.

Police said none of the 42 faced charges in Bangladesh.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 42, approx: false },
      departure: [],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2026-02-07",
    },
  },
  {
    id: "h3-en-003",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 86 Pakistani nationals on charter flight",
    published: "2026-03-05",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement, with support from the Department of Homeland Security, removed eighty-six Pakistani nationals to Islamabad on March 3, the agency said.

The flight departed Mesa, Arizona, and arrived at Islamabad International Airport, where the removees were transferred to the custody of Pakistan's Federal Investigation Agency. Of those removed, 19 had criminal convictions in the United States, and the others held final orders of removal issued by immigration judges.

"Removal flights like this one demonstrate the close cooperation between our two governments," said acting field office director Lorna Whitcombe.

ICE conducts removal flights to more than 150 countries each year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PK"],
      people: { value: 86, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Islamabad International Airport"],
      date: "2026-03-03",
    },
  },
  {
    id: "h3-en-004",
    lang: "en",
    style: "wire",
    title: "Rwanda takes in seven men deported from US under third-country deal",
    published: "2025-10-02",
    text: `KIGALI, Rwanda — Seven men deported by the United States arrived in Kigali on Wednesday, the first group sent under an arrangement in which Rwanda accepts people who are not its citizens, a government spokeswoman said.

The men are from Somalia, Eritrea, Ethiopia and Yemen, according to a statement from the spokeswoman, Clarisse Uwamahoro, who said they would be housed in a reception facility outside the capital and offered training and health care. None has been charged with a crime in Rwanda.

The plane, a small chartered jet, had left from Louisiana on Monday and stopped in Cape Verde, according to a lawyer for two of the men, Daniel Okafor-Reyes. He said his clients had never been to Rwanda and had been given less than a day's notice of where they were going.

The U.S. Department of Homeland Security did not say how many more people it intended to send to Rwanda. Kigali has said it could accept up to 250 people over several years.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["SO", "ER", "ET", "YE"],
      people: { value: 7, approx: false },
      departure: ["Louisiana"],
      arrival: ["Kigali"],
      date: "2025-10-01",
    },
  },
  {
    id: "h3-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "First US removal charter to Mongolia expected this week",
    published: "2026-01-12",
    text: `ULAANBAATAR — About 30 Mongolian citizens who lost their immigration cases in the United States are expected to land at Chinggis Khaan International Airport on Friday, the Ministry of Foreign Affairs said in a notice on Monday.

It would be the first chartered removal flight from the United States to Mongolia. Until now Mongolians ordered removed have travelled home one by one on commercial flights through Seoul or Beijing.

The ministry said consular officers had interviewed the group in detention in Washington state, from where the aircraft is scheduled to depart, and that families would be able to meet them in the arrivals hall. Officials asked reporters not to gather at the airport.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["MN"],
      people: { value: 30, approx: true },
      departure: ["Washington state"],
      arrival: ["Chinggis Khaan International Airport"],
      date: "2026-01-16",
    },
  },
  {
    id: "h3-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Senegal receives deportees from US; families wait at AIBD",
    published: "2025-12-18",
    text: `DAKAR — The aircraft came in low over Diass shortly after midnight.

Relatives had waited since the afternoon outside the arrivals hall at AIBD, as everyone here calls Blaise Diagne International Airport, after word spread on messaging groups that a plane from America was on its way. When it landed Wednesday night, upwards of 90 Senegalese men came down the stairs, most carrying nothing but a clear plastic bag.

The flight had departed from Miami, according to a police officer at the airport who was not authorised to speak to the press. The interior ministry confirmed the arrival on Thursday morning but did not give a number.

"My son left three years ago with our savings," said Aminata Faye, 58, who had come from Thiès. "I do not care that he comes back with nothing. He comes back."

Senegal has received several such flights since 2023. Most of the men had crossed the Atlantic to Central America and travelled overland to the U.S. border.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN"],
      people: { value: 90, approx: true },
      departure: ["Miami"],
      arrival: ["AIBD", "Blaise Diagne International Airport"],
      date: "2025-12-17",
    },
  },
  {
    id: "h3-en-007",
    lang: "en",
    style: "wire",
    title: "Cameroonians deported from U.S. held for questioning in Douala",
    published: "2026-04-23",
    text: `DOUALA, Cameroon — Security officers questioned dozens of Cameroonians for several hours after they were deported from the United States this week, two relatives and a rights lawyer said.

The men and women, many of them from the English-speaking North-West and South-West regions, had sought asylum in the United States and said they feared arrest at home.

Their flight left Alexandria, La., on Sunday night, according to Witness Network, a volunteer group that tracks removal flights. It landed at Douala International Airport on Monday after a stop in Dakar.

A government official in Yaoundé, speaking on condition of anonymity, put the number on board at fifty-seven. The official said all had been released by Tuesday except four who were wanted on older warrants.

"They were told they were going home. Some of them have no home to go to," said the lawyer, Agbor Nkemelu.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      people: { value: 57, approx: false },
      departure: ["Alexandria, La."],
      arrival: ["Douala International Airport"],
      date: "2026-04-20",
    },
  },
  {
    id: "h3-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "38 deportees from US processed at Norman Manley",
    published: "2025-07-25",
    text: `Thirty-eight Jamaicans deported from the United States arrived at the Norman Manley International Airport in Kingston on Thursday, the Jamaica Constabulary Force said.

Five of the deportees are women. Police said 21 of the group had been convicted of offences in the US, mostly drug and firearm charges, and that their details had been passed to the local divisions where they intend to live.

The returnees were met by staff of a reintegration charity, which offered temporary lodging to those with no family on the island.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 38, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport", "Kingston"],
      date: "2025-07-24",
    },
  },
  {
    id: "h3-en-009",
    lang: "en",
    style: "wire",
    title: "Palau agrees to accept third-country deportees from the United States",
    published: "2026-05-14",
    text: `KOROR, Palau — The Pacific nation of Palau has agreed to accept a limited number of people deported from the United States who are not Palauan citizens, President Surangel Whipps Jr.'s office said on Tuesday.

The arrangement, reached after months of talks, allows Palau to refuse anyone with a violent criminal record, the statement said. It did not say when the first people would arrive. In exchange, Washington has offered funding for hospital and police services.

Palau, a country of about 18,000 people, is linked to the United States by a compact of free association.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PW"],
      people: null,
      date: "2026-05-12",
    },
  },
  {
    id: "h3-en-010",
    lang: "en",
    style: "wire",
    title: "Removal flight drops off Armenians in Yerevan, Georgians in Tbilisi",
    published: "2026-06-10",
    text: `A U.S. government-chartered flight carrying a combined 64 Armenian and Georgian citizens landed in Yerevan and then Tbilisi on Sunday, officials in both countries said.

Armenia's Migration and Citizenship Service said 27 of its citizens left the plane at Zvartnots International Airport. The remaining passengers continued to Tbilisi International Airport, Georgia's interior ministry said.

The aircraft had departed from El Paso, Texas. Both governments said the returnees were free to go home after identity checks.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AM", "GE"],
      people: { value: 64, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Yerevan", "Tbilisi", "Zvartnots International Airport", "Tbilisi International Airport"],
      date: "2026-06-07",
    },
  },
  {
    id: "h3-en-011",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter to Tirana removes 41",
    published: "2025-09-17",
    text: `LONDON — The Home Office removed 41 Albanian nationals on a charter flight from Stansted to Tirana on Tuesday, the department said, the largest single return flight to Albania this year.

The group included people convicted of offences in Britain and others who had no right to remain, a spokesperson said. Campaigners said at least two had outstanding appeals.

The UK and Albania signed a returns agreement in 2022, and Albanians now make up a smaller share of small-boat arrivals than two years ago.`,
    expect: { relevant: false },
  },
  {
    id: "h3-en-012",
    lang: "en",
    style: "near-miss",
    title: "ICE flight hours up sharply in fiscal year, budget documents show",
    published: "2026-01-30",
    text: `Immigration and Customs Enforcement flew more charter hours in the last fiscal year than in any year on record, according to budget documents released to Congress this week, and asked for another $420 million for air operations in the coming year.

The agency logged about 2,100 international removal flights, up from roughly 1,500 the year before, the documents show. Guatemala, Honduras and Mexico remained the most frequent destinations, while flights to Africa and Asia more than doubled.

The documents do not break the figures down by flight or by month. A spokesman for the House appropriations panel said members would question agency officials about the cost of each flight hour, which the documents put at about $26,000 for the largest aircraft.

Advocates for detained immigrants said the numbers showed a system run "at the speed of a commercial airline and with none of its accountability."`,
    expect: { relevant: false },
  },
  {
    id: "h3-en-013",
    lang: "en",
    style: "near-miss",
    title: "Ghanaian activist deported on commercial flight after visa revoked",
    published: "2025-12-05",
    text: `A Ghanaian community organiser who had lived in Columbus, Ohio, for eleven years was deported on Thursday on a commercial flight to Accra, escorted by two immigration officers, his lawyer said.

Kwame Asante-Boadu, 44, was detained in October after a routine check-in. His lawyer, Patricia Lindqvist, said an appeal was pending when he was put on the plane at New York's John F. Kennedy airport.

"They did not wait for the court," Lindqvist said. ICE said he had a final order of removal.`,
    expect: { relevant: false },
  },
  {
    id: "h3-en-014",
    lang: "en",
    style: "near-miss",
    title: "Australian Border Force flies Sri Lankan boat arrivals back to Colombo",
    published: "2026-03-20",
    text: `SYDNEY — Australia returned 23 Sri Lankan men to Colombo on a chartered flight on Wednesday after their boat was intercepted off the Cocos (Keeling) Islands earlier this month, the Australian Border Force said.

The men were screened at sea and none was found to be owed protection, a spokesperson said. The flight left from Christmas Island.

Sri Lankan police said the men would be questioned about the organisers of the voyage before being released on bail.`,
    expect: { relevant: false },
  },
  {
    id: "h3-en-015",
    lang: "en",
    style: "us-local",
    title: "From Harlingen to Belo Horizonte: Valley airport becomes a removal hub",
    published: "2025-11-20",
    text: `HARLINGEN, Texas — On the apron at Valley International Airport, the white Boeing 767 looks like any other charter jet. The difference is the stairway guarded by contractors in blue polo shirts and the buses with blacked-out windows that pull up beside it before dawn.

Harlingen has become one of the busiest departure points for removal flights in the country, and its reach has grown well beyond Central America. In October, a flight that left here carried about 130 Brazilians to Confins airport outside Belo Horizonte, according to flight data reviewed by the Valley Ledger and confirmed by Brazil's foreign ministry.

Brazilian officials complained that several passengers had been handcuffed for the whole of the eleven-hour trip. The U.S. embassy in Brasília said restraints are used "when necessary for the safety of everyone aboard."

The airport's director, Consuelo Barrientos, said charter operations bring in landing fees but that she has no say over who flies. "We are a public airport," she said. "We handle the airplane, not the passengers."

Records obtained by the newspaper under the state's public information law show 214 charter departures from Harlingen in the twelve months to September, more than double the year before. Most were bound for Guatemala City, San Pedro Sula and San Salvador, but the list also includes Bogotá, Lima, Quito, Port-au-Prince and, on two occasions, Dakar.

The Brazil flight stood out because of its length and because of what happened on arrival. Brazil's federal police boarded the aircraft at Confins and, according to a ministry statement, asked that the restraints be removed before anyone left the plane. Passengers told Brazilian reporters that some of them had not been allowed to use the toilet without an escort during the flight.

Eduardo Pacheco, 36, who had lived in Massachusetts for nine years and installed drywall, said he learned he was going home only when he was woken at three in the morning in a detention centre in Louisiana and put on a bus to Texas. "Nobody tells you anything," he said by phone from Governador Valadares. "You just follow the person in front of you."

Local churches have started a weekly vigil at the fence line. On a recent Tuesday, about a dozen people held candles as a flight to Guatemala took off.

Immigration and Customs Enforcement does not publish its flight schedule. The agency said in a statement that it "conducts removal flights from a number of locations based on operational need."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 130, approx: true },
      departure: ["Harlingen", "Valley International Airport"],
      arrival: ["Confins", "Belo Horizonte"],
      date: "2025-10",
    },
  },
  {
    id: "h3-en-016",
    lang: "en",
    style: "receiving-country-local",
    title: "Deportees from US land at Fua'amotu after stop in Apia",
    published: "2026-09-03",
    text: `NUKU'ALOFA — Nine Tongans deported from the United States arrived at Fua'amotu International Airport on August 29 on a charter that had earlier set down six Samoans in Apia, officials in Tonga and Samoa confirmed.

Fifteen people were on the flight in all, Tonga's Ministry of Police said. It left Honolulu after collecting the group from detention in California.

The ministry said the nine would report to police weekly for six months. A church-run programme in Nuku'alofa has offered housing and job training to returnees, many of whom left Tonga as small children and speak little Tongan.

In Apia, Samoa's Ministry of Prime Minister and Cabinet said the six had been handed to their families.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TO", "WS"],
      people: { value: 15, approx: false },
      departure: ["Honolulu"],
      arrival: ["Fua'amotu International Airport", "Apia"],
      date: "2026-08-29",
    },
  },
  {
    id: "h3-en-017",
    lang: "en",
    style: "near-miss",
    title: "Appeals court pauses removals to countries without notice",
    published: "2026-07-08",
    text: `A federal appeals court on Tuesday ordered the government to give detained immigrants at least ten days' written notice before removing them to a country other than their own, siding with a group of detainees held in Texas and New Mexico.

The three-judge panel said people facing removal must have "a real chance, not a paper one" to tell an officer they fear harm in the country named. The Justice Department said it was reviewing the decision.

The ruling does not affect removals to a person's country of citizenship.`,
    expect: { relevant: false },
  },
];

const ES: CorpusArticle[] = [
  {
    id: "h3-es-001",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegan 128 guatemaltecos retornados en vuelo desde Brownsville",
    published: "2025-09-17",
    text: `Ciudad de Guatemala — Un total de 128 guatemaltecos deportados desde Estados Unidos llegaron este martes a la Fuerza Aérea Guatemalteca, en la zona 13 capitalina, en un vuelo procedente de Brownsville, Texas, informó el Instituto Guatemalteco de Migración (IGM).

Entre los retornados venían 14 menores no acompañados, que fueron trasladados a un albergue de la Secretaría de Bienestar Social. Los adultos recibieron una refacción, llamadas telefónicas gratuitas y orientación sobre programas de empleo.

Según el IGM, en lo que va del año han aterrizado más de 300 vuelos con connacionales retornados desde Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 128, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Fuerza Aérea Guatemalteca", "Ciudad de Guatemala"],
      date: "2025-09-16",
    },
  },
  {
    id: "h3-es-002",
    lang: "es",
    style: "receiving-country-local",
    title: "Cerca de 150 hondureños deportados aterrizan en La Lima",
    published: "2026-03-23",
    text: `San Pedro Sula. Cerca de 150 hondureños deportados por Estados Unidos arribaron el pasado jueves al Aeropuerto Internacional Ramón Villeda Morales, en La Lima, Cortés, en un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE).

La aeronave había despegado de Alexandria, Luisiana, a primera hora de la mañana. Los compatriotas fueron llevados en autobuses al Centro de Atención al Migrante Retornado (CAMR), donde recibieron atención médica, alimentos y un bono de apoyo.

"Uno sale buscando un futuro y regresa con las manos vacías", dijo Élmer Zavala, de 31 años, originario de Olanchito, que pasó siete meses detenido en Luisiana.

La directora de Protección al Migrante, Rebeca Figueroa, indicó que para esta semana se esperan al menos otros cuatro vuelos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 150, approx: true },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales", "La Lima"],
      date: "2026-03-19",
    },
  },
  {
    id: "h3-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Nicaragua recibe a ciento doce deportados en Managua",
    published: "2026-01-30",
    text: `MANAGUA — Ciento doce nicaragüenses expulsados de Estados Unidos llegaron el miércoles al Aeropuerto Internacional Augusto C. Sandino, según registros de vuelo y fuentes de la Dirección General de Migración y Extranjería consultadas por este medio.

El avión, de una aerolínea de vuelos chárter contratada por el gobierno estadounidense, salió de Houston pasado el mediodía. Las autoridades nicaragüenses no emitieron comunicado, como suele ocurrir con estos vuelos, y los familiares esperaron fuera de la terminal sin información oficial.

Algunos de los deportados dijeron haber cruzado la frontera hace menos de un año; otros llevaban más de una década en el país del norte.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NI"],
      people: { value: 112, approx: false },
      departure: ["Houston"],
      arrival: ["Aeropuerto Internacional Augusto C. Sandino"],
      date: "2026-01-28",
    },
  },
  {
    id: "h3-es-004",
    lang: "es",
    style: "receiving-country-local",
    title: "Vuelo con 97 ecuatorianos deportados aterriza en Latacunga",
    published: "2025-12-05",
    text: `Latacunga (Cotopaxi). Noventa y siete ecuatorianos deportados desde Estados Unidos llegaron este jueves al aeropuerto Cotopaxi, en Latacunga, en un vuelo que partió de El Paso, Texas, confirmó la Cancillería.

De ellos, 11 son mujeres y 6 son adolescentes que viajaron con sus madres. La Cancillería señaló que todos recibieron kits de higiene, atención psicológica y transporte hacia Quito y Ambato.

Es el tercer vuelo que aterriza en la terminal de Cotopaxi en lo que va de diciembre. Migración indicó que los vuelos se desvían a Latacunga porque el aeropuerto de Quito "tiene mayor carga de operaciones comerciales".

La viceministra de Movilidad Humana, Gabriela Arcos, pidió a los familiares no acudir a la terminal y esperar a los retornados en el terminal terrestre de Latacunga.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 97, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["aeropuerto Cotopaxi", "Latacunga"],
      date: "2025-12-04",
    },
  },
  {
    id: "h3-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Arriba a Maiquetía nuevo vuelo con venezolanos deportados",
    published: "2026-03-20",
    text: `Caracas, 20 mar (Agencias). Un avión con 183 venezolanos deportados desde Estados Unidos aterrizó el 18 de marzo en el Aeropuerto Internacional Simón Bolívar de Maiquetía, que sirve a Caracas, informó el Ministerio de Interior.

El vuelo despegó de Harlingen, Texas, y es el decimoquinto que llega al país en lo que va de año dentro del plan oficial de retorno. Entre los pasajeros había 22 mujeres y 9 niños, precisó el despacho.

Los recién llegados fueron sometidos a controles médicos y entrevistas policiales antes de reunirse con sus familias.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 183, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional Simón Bolívar", "Maiquetía"],
      date: "2026-03-18",
    },
  },
  {
    id: "h3-es-006",
    lang: "es",
    style: "receiving-country-local",
    title: "Alrededor de cien colombianos deportados llegan a Rionegro",
    published: "2026-07-08",
    text: `Medellín. Alrededor de 100 colombianos expulsados de Estados Unidos aterrizaron el lunes en el aeropuerto José María Córdova, en Rionegro (Antioquia), en un vuelo de la Fuerza Aérea Colombiana que había partido de San Diego, California.

Migración Colombia explicó que es el segundo vuelo del mes que opera el Gobierno con aeronaves propias, tras el acuerdo alcanzado con Washington para que los connacionales no viajen esposados.

Los retornados pasaron por un control de antecedentes. Tres de ellos quedaron a disposición de la Fiscalía por órdenes de captura pendientes, añadió la entidad.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 100, approx: true },
      departure: ["San Diego, California"],
      arrival: ["aeropuerto José María Córdova", "Rionegro"],
      date: "2026-07-06",
    },
  },
  {
    id: "h3-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: "Un centenar de peruanos deportados llega al Callao",
    published: "2025-10-24",
    text: `Lima. Un centenar de peruanos deportados por Estados Unidos llegó ayer al Aeropuerto Internacional Jorge Chávez, en el Callao, en un vuelo chárter procedente de Miami.

La Superintendencia Nacional de Migraciones informó que el grupo fue atendido en una zona reservada del terminal y que la mayoría había ingresado a territorio estadounidense por la frontera con México durante los dos últimos años.

El viceministro de Comunidades Peruanas en el Exterior, Hugo Salcedo, dijo que el Estado "acompaña a cada compatriota" y recordó que los retornados pueden inscribirse en la bolsa de empleo del Ministerio de Trabajo.

Según cifras oficiales, en lo que va de 2025 han sido deportados desde Estados Unidos más de 2.400 peruanos, la mayoría en vuelos comerciales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 100, approx: true },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional Jorge Chávez", "Callao"],
      date: "2025-10-23",
    },
  },
  {
    id: "h3-es-008",
    lang: "es",
    style: "receiving-country-local",
    title: "Dirección de Migración recibe 61 dominicanos repatriados en el AILA",
    published: "2026-01-16",
    text: `SANTO DOMINGO. La Dirección General de Migración recibió el 14 de enero a 61 dominicanos repatriados desde Estados Unidos, que llegaron al Aeropuerto Internacional Las Américas (AILA) en un vuelo procedente de Newark, Nueva Jersey.

Del total, cuatro son mujeres. Según el organismo, 33 de los repatriados tenían condenas en Estados Unidos por delitos relacionados con drogas, armas y violencia doméstica, y sus expedientes fueron remitidos a la Policía Nacional.

Los demás fueron entregados a sus familiares tras ser registrados en el sistema de control migratorio.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 61, approx: false },
      departure: ["Newark, Nueva Jersey"],
      arrival: ["Aeropuerto Internacional Las Américas", "AILA"],
      date: "2026-01-14",
    },
  },
  {
    id: "h3-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Costa Rica recibe a 135 migrantes de seis países expulsados por EE. UU.",
    published: "2026-02-26",
    text: `SAN JOSÉ — Un avión con 135 migrantes deportados por Estados Unidos, ninguno de ellos costarricense, aterrizó el martes en el Aeropuerto Internacional Juan Santamaría, en Alajuela, confirmó la Dirección General de Migración y Extranjería.

Los pasajeros son originarios de Uzbekistán, Afganistán, China, India, Rusia y Ghana, según el comunicado oficial. Entre ellos viajaban 18 niños.

Tras su llegada, fueron trasladados en autobuses al Centro de Atención Temporal de Migrantes, en la zona sur, cerca de la frontera con Panamá. Desde allí, la Organización Internacional para las Migraciones (OIM) gestionará su retorno a los países de origen.

El vuelo había salido de San Antonio, Texas, en la madrugada. El Gobierno costarricense aseguró que Estados Unidos cubre los gastos de la operación y que la estancia de los migrantes no superará las seis semanas.

"Costa Rica actúa como puente, no como destino", declaró el viceministro de Gobernación, Esteban Quirós.

Organizaciones de derechos humanos pidieron acceso al centro y señalaron que varias de las personas habían solicitado asilo en Estados Unidos.

Una mujer afgana de 34 años, que pidió no ser identificada, dijo por teléfono que pasó cuatro meses en un centro de detención de Texas y que nadie le explicó que sería enviada a Costa Rica hasta que subió al avión. "Pensé que íbamos a Kabul. Cuando vi el mapa en la pantalla, no entendí nada", relató.

La Defensoría de los Habitantes anunció que visitará el centro la próxima semana y recordó que en 2025 una operación similar dejó a decenas de personas varadas durante meses sin una solución migratoria clara. Según la Defensoría, entonces hubo familias que no pudieron regresar a sus países por temor a persecución y tampoco recibieron información sobre cómo pedir refugio en Costa Rica.

El Ministerio de Relaciones Exteriores sostuvo que esta vez "los procedimientos están definidos desde el inicio" y que cada persona será entrevistada por personal de la OIM y del ACNUR en un plazo de 72 horas.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["UZ", "AF", "CN", "IN", "RU", "GH"],
      people: { value: 135, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Aeropuerto Internacional Juan Santamaría", "Alajuela"],
      date: "2026-02-24",
    },
  },
  {
    id: "h3-es-010",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegará a Viru Viru el primer vuelo con bolivianos deportados",
    published: "2025-08-15",
    text: `Santa Cruz de la Sierra. El primer vuelo chárter con bolivianos deportados desde Estados Unidos llegará el próximo miércoles al aeropuerto internacional Viru Viru, anunció este viernes la Dirección General de Migración.

En la aeronave viajarán unos 40 connacionales, la mayoría detenidos en Texas y Nueva York, precisó el director de Migración, Ramiro Justiniano. El avión saldrá de Dallas y tendrá una escala técnica en Lima.

"Estaremos en la pista con personal de salud y del Ministerio de Trabajo", dijo Justiniano, quien pidió a los familiares no acudir de forma masiva a la terminal.

Hasta ahora, los bolivianos expulsados volvían al país en vuelos comerciales, en grupos pequeños.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["BO"],
      people: { value: 40, approx: true },
      departure: ["Dallas"],
      arrival: ["aeropuerto internacional Viru Viru", "Santa Cruz de la Sierra"],
      date: "2025-08-20",
    },
  },
  {
    id: "h3-es-011",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay acepta recibir deportados de otras nacionalidades desde EE. UU.",
    published: "2026-04-02",
    text: `ASUNCIÓN — El Gobierno de Paraguay firmó este miércoles un acuerdo con Estados Unidos para recibir a personas deportadas que no son ciudadanas paraguayas, informó la Cancillería.

El texto establece que Paraguay podrá rechazar caso por caso a quienes considere un riesgo para la seguridad y que las personas recibidas podrán solicitar protección internacional en el país. No se precisó una cifra ni una fecha para el primer traslado.

La oposición pidió que el acuerdo sea sometido al Congreso.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      date: "2026-04-01",
    },
  },
  {
    id: "h3-es-012",
    lang: "es",
    style: "near-miss",
    title: "México deporta por vía aérea a 210 guatemaltecos desde Villahermosa",
    published: "2025-06-27",
    text: `Villahermosa, Tabasco. El Instituto Nacional de Migración (INM) trasladó este jueves en dos vuelos a 210 guatemaltecos que habían sido detenidos en el sureste mexicano, desde el aeropuerto de Villahermosa hasta la Ciudad de Guatemala.

El INM indicó que se trata de personas que ingresaron de forma irregular a México y que no solicitaron refugio. Las operaciones, añadió, se realizan en coordinación con el consulado guatemalteco.

En lo que va del año, México ha devuelto a más de 18.000 centroamericanos por vía aérea y terrestre.`,
    expect: { relevant: false },
  },
  {
    id: "h3-es-013",
    lang: "es",
    style: "near-miss",
    title: "España fleta un avión para devolver a 48 mauritanos a Nuakchot",
    published: "2025-12-29",
    text: `Madrid. El Ministerio del Interior devolvió el sábado a Mauritania a 48 hombres que habían llegado en cayuco a Canarias, en un vuelo fletado que despegó de Gran Canaria con destino a Nuakchot, según fuentes policiales.

Es la cuarta operación de este tipo desde octubre. Organizaciones de ayuda al migrante criticaron la rapidez de los procedimientos y aseguraron que algunos de los hombres no pudieron hablar con un abogado.

Interior defendió que todas las devoluciones se ajustan a la ley y al acuerdo bilateral vigente con Nuakchot.`,
    expect: { relevant: false },
  },
  {
    id: "h3-es-014",
    lang: "es",
    style: "near-miss",
    title: "EE. UU. suspende la emisión de visas a ciudadanos de tres países",
    published: "2026-06-25",
    text: `Washington. El Departamento de Estado anunció este jueves la suspensión de la emisión de visas de turismo y de estudiante a los ciudadanos de tres países cuyos gobiernos, según Washington, "no cooperan" en la aceptación de sus nacionales con órdenes de expulsión.

La medida entrará en vigor en quince días y no afecta a quienes ya tienen visa vigente. El portavoz del Departamento, Martin Keel, dijo que se levantará "cuando esos gobiernos cumplan con sus obligaciones".

Los gobiernos afectados no respondieron de inmediato.`,
    expect: { relevant: false },
  },
  {
    id: "h3-es-015",
    lang: "es",
    style: "near-miss",
    title: "Denuncian hacinamiento en centro de detención migratoria de Texas",
    published: "2025-10-03",
    text: `Houston. Abogados y familiares de personas detenidas en un centro migratorio del este de Texas denunciaron hacinamiento, falta de atención médica y comida en mal estado, según una queja presentada ante la oficina de derechos civiles del Departamento de Seguridad Nacional.

La queja, firmada por 37 detenidos, describe celdas diseñadas para 60 personas que albergan a más de 90 y esperas de hasta tres semanas para ver a un médico. "Nos tratan como si ya no existiéramos", escribió un hombre venezolano.

El Servicio de Inmigración y Control de Aduanas (ICE) respondió que el centro "cumple con los estándares nacionales de detención" y que revisará las denuncias.

Organizaciones locales pidieron una inspección independiente y que el Congreso limite el uso de contratistas privados.`,
    expect: { relevant: false },
  },
];

const ZH: CorpusArticle[] = [
  {
    id: "h3-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再派包机遣返中国籍非法移民 航班降落福州",
    published: "2025-12-29",
    text: `据美国国土安全部网站消息，美国移民与海关执法局（ICE）上周五派出大型包机，将约120名没有合法留美依据的中国籍人员遣返回国，这是今年以来第四架此类航班。

知情人士透露，航班从得克萨斯州埃尔帕索起飞，最终降落在福州长乐国际机场。国土安全部在声明中表示，此次遣返体现了美中双方在打击非法移民和人口走私方面的持续合作。

声明未说明被遣返者中是否有刑事犯罪记录者。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 120, approx: true },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["福州长乐国际机场"],
      date: "2025-12-26",
    },
  },
  {
    id: "h3-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "逾百名越南人遭美遣返 包機抵達河內內排機場",
    published: "2026-06-25",
    text: `（本報綜合報導）越南外交部證實，一架載有逾百名越南公民的美國包機23日降落河內內排國際機場，這是美越兩國2020年簽署遣返合作備忘錄以來規模最大的一次。

外交部發言人阮氏秋香表示，被遣返者均經越方核實國籍，抵達後接受例行健康檢查，隨後由家屬接回。

據美國移民律師透露，該航班從路易斯安那州亞歷山大市起飛，機上多數人是在1995年以前便已赴美的越南人，過去受兩國協議保護而不在遣返之列。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 100, approx: true },
      departure: ["路易斯安那州亞歷山大市"],
      arrival: ["河內內排國際機場"],
      date: "2026-06-23",
    },
  },
  {
    id: "h3-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美軍機遣返一百零四名印度人 降落阿姆利則",
    published: "2026-10-09",
    text: `【本報訊】一架美國空軍C-17運輸機本週三載著一百零四名被遣返的印度人，降落在旁遮普邦阿姆利則的國際機場。

印度外交部表示，這批人大多來自旁遮普邦、哈里亞納邦與古吉拉特邦，其中有十九名婦女和十三名未成年人。多人向媒體抱怨，長達四十小時的航程中全程被銬上手銬腳鐐。

航班由德州聖安東尼奧起飛。反對黨議員要求政府說明為何未能爭取以民航班機接回國民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 104, approx: false },
      departure: ["德州聖安東尼奧"],
      arrival: ["阿姆利則"],
      date: "2026-10-07",
    },
  },
  {
    id: "h3-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "约60名埃及人被美国遣返抵达开罗",
    published: "2025-09-05",
    text: `据埃及媒体报道，当地时间3日，一架载有约60名埃及公民的美国遣返航班抵达开罗国际机场。

埃及内政部消息人士说，这些人大多在过去两年中经由中美洲非法进入美国，在边境被捕后被关押于多地拘留中心。航班从路易斯安那州亚历山大起飞，途中在西班牙经停加油。

入境后，当局对所有人进行了身份核查，其中数人因涉嫌参与偷渡组织被带走问话。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EG"],
      people: { value: 60, approx: true },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["开罗国际机场"],
      date: "2025-09-03",
    },
  },
  {
    id: "h3-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国将12名第三国移民遣送至乌干达",
    published: "2026-08-20",
    text: `乌干达外交部证实，一架美国包机周二将12名被美国驱逐出境的外籍人士送抵恩德培国际机场。他们均非乌干达公民，分别来自南苏丹、刚果（金）和厄立特里亚。

根据乌干达与美国去年达成的协议，乌方同意接收在美国没有合法身份、但本国政府拒绝或无法接收的第三国人员，不接收有刑事犯罪记录者和无人陪伴的未成年人。

乌干达外交部国务部长表示，这批人将被安置在坎帕拉附近的一处接待中心，联合国难民署将协助评估他们的庇护需求。

人权组织批评该安排把责任“外包”给非洲国家，并指出乌干达本身已收容了近200万难民。美国国土安全部未回应置评请求。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["SS", "CD", "ER"],
      people: { value: 12, approx: false },
      departure: [],
      arrival: ["恩德培国际机场"],
      date: "2026-08-18",
    },
  },
  {
    id: "h3-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "柬埔寨接收約四十名自美遣返者 多人幼年即赴美",
    published: "2026-01-08",
    text: `（金邊綜合報導）柬埔寨內政部表示，去年12月間，約四十名柬埔寨裔人士搭乘美國移民暨海關執法局（ICE）安排的包機，從德州被遣返至金邊國際機場。

這批人當中，許多人在1980年代隨父母以難民身分赴美，從未在柬埔寨生活過，也不會說高棉語。當地一家協助回國者的非政府組織負責人說，他們「回到一個完全陌生的國家」。

內政部官員說，柬方依據2002年與美國簽署的協議接收遣返者，並將協助他們辦理身分證件。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 40, approx: true },
      departure: ["德州"],
      arrival: ["金邊國際機場"],
      date: "2025-12",
    },
  },
  {
    id: "h3-zh-007",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "南蘇丹暫停接收美國遣返人員",
    published: "2026-11-12",
    text: `（中央社朱巴綜合外電報導）南蘇丹外交部11日宣布，即日起暫停接收從美國遣返的人員，包括本國公民與第三國人士，直到雙方就身分核實程序達成新的安排。

外交部在聲明中說，美方近幾個月送來的人當中，有人並非南蘇丹公民，造成「嚴重的行政與安全負擔」。聲明未提及已接收的人數。

美國國務院發言人表示，美方對此「深感失望」，並將與朱巴當局溝通。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SS"],
      people: null,
      date: "2026-11-11",
    },
  },
  {
    id: "h3-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国拟下周一首次包机遣返塔吉克斯坦公民",
    published: "2026-05-08",
    text: `据塔吉克斯坦外交部消息，美国计划于下周一派出包机，将约50名塔吉克斯坦公民遣返至首都杜尚别，这将是两国之间首次此类航班。

塔方表示，领事官员已在美国多地拘留中心与相关人员面谈，核实其国籍。航班预计从亚利桑那州梅萨起飞，途经德国法兰克福。

近年来，经土耳其、南美辗转赴美的中亚移民显著增多。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["TJ"],
      people: { value: 50, approx: true },
      departure: ["亚利桑那州梅萨"],
      arrival: ["杜尚别"],
      date: "2026-05-11",
    },
  },
  {
    id: "h3-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "海地不顧暴力危機 仍接收美國遣返班機",
    published: "2025-11-17",
    text: `【本報綜合報導】儘管首都太子港的機場因幫派暴力多次關閉，美國移民暨海關執法局上週五仍派出一架遣返班機，將八十六名海地人送往北部城市海地角。

國際移民組織（IOM）駐海地辦事處表示，班機在海地角的雨果·查韋斯國際機場降落，其中包括十一名兒童。IOM向每人提供了現金援助與衛生用品。

人權團體呼籲美國暫停對海地的遣返，指出當地已有超過百萬人流離失所。美國國土安全部則表示，遣返是依法執行。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 86, approx: false },
      departure: [],
      arrival: ["海地角", "雨果·查韋斯國際機場"],
      date: "2025-11-14",
    },
  },
  {
    id: "h3-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "八十余名尼日利亚人被美国遣返抵达拉各斯",
    published: "2026-02-16",
    text: `据尼日利亚移民局消息，上周四，八十余名尼日利亚公民搭乘美国移民与海关执法局安排的包机，抵达拉各斯穆尔塔拉·穆罕默德国际机场。

移民局发言人说，这批人中有数人在美国有刑事定罪记录，已移交警方进一步调查。其余人员在完成登记后获准离开。

尼日利亚驻美使馆此前表示，正在与美方就另外数百名待遣返人员的身份进行核实。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NG"],
      people: { value: 80, approx: true },
      departure: [],
      arrival: ["拉各斯穆尔塔拉·穆罕默德国际机场"],
      date: "2026-02-12",
    },
  },
  {
    id: "h3-zh-011",
    lang: "zh",
    style: "near-miss",
    title: "入境處包機遣返二十二名越南籍非法入境者",
    published: "2026-04-10",
    text: `【本報訊】入境事務處昨日租用專機，將二十二名越南籍非法入境者遣返河內，其中包括十五名男子及七名女子，部分人曾提出免遣返聲請但不獲確立。

入境處表示，處方人員全程乘搭同一專機執行押解任務，確保行動安全順利。發言人強調，入境處會繼續積極研究不同方案，以盡快將聲請不獲確立人士遣送離港。`,
    expect: { relevant: false },
  },
  {
    id: "h3-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "美国国土安全部拟斥资购置遣返专用飞机",
    published: "2025-12-11",
    text: `据美国媒体报道，美国国土安全部正与一家航空公司洽谈，拟以约2亿美元购置8架客机，专门用于执行移民遣返任务，资金来自国会此前通过的追加拨款。

报道说，移民与海关执法局长期依赖租用包机执行遣返，每飞行小时成本高达数万美元。前官员认为，自购飞机未必更节省开支，因为维护和机组人员成本可观。

国土安全部发言人未证实具体金额，只表示将“以一切合法手段提升遣返能力”。`,
    expect: { relevant: false },
  },
  {
    id: "h3-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "厦门航空将开通厦门至洛杉矶直飞航线",
    published: "2026-03-30",
    text: `厦门航空宣布，自今年6月起开通厦门至洛杉矶直飞航线，每周执飞三班，使用波音787-9宽体客机。

该公司负责人表示，新航线将便利闽南地区与美国西海岸之间的商务、留学和探亲往来。这是疫情后厦门航空恢复的第三条跨太平洋航线。

业内人士指出，中美之间的客运航班数量仍未恢复到2019年的水平。`,
    expect: { relevant: false },
  },
];

export const HOLDOUT3: CorpusArticle[] = [...EN, ...ES, ...ZH];
