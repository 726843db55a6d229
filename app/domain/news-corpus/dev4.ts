// A development set written by a writer who had not read the extractor, used for tuning (unlike the
// holdout sets, which are kept for measuring). Every name, quote and number in it is invented; the
// articles are modelled on real reporting patterns (wire copy, DHS releases, local papers, Spanish- and
// Chinese-language outlets) and none is copied from an outlet.

import type { CorpusArticle } from "./types";

export const ARTICLES_DEV4: CorpusArticle[] = [
  {
    id: "d4-en-001",
    lang: "en",
    style: "wire",
    title: "Guatemala says 142 deportees arrived on U.S. flight from Louisiana",
    published: "2025-03-13",
    text: `GUATEMALA CITY (wire) — Guatemalan migration officials said Thursday that a U.S. deportation flight carrying 142 Guatemalans had arrived in the capital earlier in the week, the largest single group returned so far this year.

The plane had left Alexandria, Louisiana, on Tuesday morning and landed in Guatemala City shortly after noon, according to Edna Pirir, a spokeswoman for the Guatemalan Migration Institute. On board were 97 men, 31 women and 14 children travelling with relatives.

"Every one of them was received, fed and given a phone call," Pirir told reporters at a briefing. She said a second flight scheduled for Wednesday had been postponed for weather.

Guatemala has received more than 11,000 deportees by air since January, institute figures show. Neighboring Honduras and El Salvador have reported similar increases, and Mexico continues to receive most of its returned citizens by land.

The government has asked Washington to give more notice before flights depart so that shelters can prepare, Pirir said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 142, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Guatemala City"],
      date: "2025-03-11",
    },
  },
  {
    id: "d4-en-002",
    lang: "en",
    style: "us-local",
    title: "Third deportation charter of March leaves the Valley for Honduras",
    published: "2025-03-12",
    text: `HARLINGEN — The flight, the third from the Rio Grande Valley this month, landed Monday at Ramón Villeda Morales International Airport with about 130 Honduran men and women on board, according to Honduran authorities.

The white Boeing 737 taxied away from a remote apron at the Harlingen airport a little after 6 a.m. Monday, watched by a handful of advocates who have been logging tail numbers since January.

"We see the buses come in from Port Isabel before sunrise, and within an hour the plane is gone," said Rosalinda Cárdenas, a volunteer with a local coalition that tracks the charters. The group counted 41 removal flights out of the county last year.

U.S. Immigration and Customs Enforcement did not answer questions about the number of passengers. Honduras' foreign ministry said in a statement that the group had been received and processed at its return center at the airport, and that 22 of them were women.

Cameron County commissioners on Tuesday tabled a resolution asking ICE to share flight schedules with local emergency services.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 130, approx: true },
      departure: ["Harlingen"],
      arrival: ["Ramón Villeda Morales International Airport"],
      date: "2025-03-10",
    },
  },
  {
    id: "d4-en-003",
    lang: "en",
    style: "dhs-release",
    title: "ICE Removes 118 Ecuadorian Nationals on Charter Flight",
    published: "2026-02-06",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement, with support from the Department of Homeland Security's partners in Ecuador, removed 118 Ecuadorian nationals on Feb. 3 aboard a charter flight from Mesa, Arizona, to Guayaquil.

Among those removed were individuals with convictions for assault, drug trafficking and driving under the influence, ICE said. Each had received a final order of removal from an immigration judge.

"These removals reflect the close cooperation between our two governments," said Acting Field Office Director Marcus T. Holloway. "We will continue to carry out the orders issued by the courts."

In fiscal year 2025, ICE conducted removal flights to more than 140 countries, including Ecuador, Colombia, Peru and Guatemala. ICE's Enforcement and Removal Operations arranges charter and commercial flights through its ICE Air division.

The flight was the 12th to Ecuador since October, the agency said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 118, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Guayaquil"],
      date: "2026-02-03",
    },
  },
  {
    id: "d4-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "46 deportees back from the US over the weekend",
    published: "2025-06-16",
    text: `KINGSTON, Jamaica — Forty-six Jamaicans deported from the United States arrived in the island over the weekend, the Ministry of National Security has confirmed.

The charter touched down at Norman Manley International Airport shortly after 2 p.m. on Saturday after a flight from Miami. Of the group, 43 were men and three were women, the ministry said.

Police said 19 of the returnees had criminal convictions in the United States and would be interviewed by the Constabulary's deportee monitoring unit. The others were released to relatives after processing.

Minister Cordell Whyte-Barrett said the government had received 612 deported nationals from the United States, Canada and the United Kingdom since January, compared with 540 in the same period last year.

"We are asking families and communities to give these persons a chance," he said in a statement on Sunday.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 46, approx: false },
      departure: ["Miami"],
      arrival: ["Norman Manley International Airport"],
      date: "2025-06-14",
    },
  },
  {
    id: "d4-en-005",
    lang: "en",
    style: "wire",
    title: "U.S. military plane lands in Panama with 119 migrants from Asia",
    published: "2025-02-20",
    text: `PANAMA CITY (wire) — A U.S. Air Force plane carrying 119 migrants from China, Uzbekistan, Pakistan, Afghanistan and Nepal landed Wednesday at the former Howard Air Force Base west of the capital, Panamanian officials said Thursday.

The flight, which took off from El Paso early Wednesday, was the fourth to bring people of other nationalities to Panama under an arrangement announced this month. The migrants were taken by bus to a hotel in the capital while the International Organization for Migration arranges their onward travel.

"Panama is a bridge, not a destination," Security Minister Aurelio Castrellón said at a news conference. He said about 40 of the migrants had already agreed to return to their home countries.

Human rights lawyers have criticised the arrangement, saying some of those on board had asked for asylum in the United States. Costa Rica is expected to receive a similar flight later this week.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "UZ", "PK", "AF", "NP"],
      people: { value: 119, approx: false },
      departure: ["El Paso"],
      arrival: ["Howard Air Force Base"],
      date: "2025-02-19",
    },
  },
  {
    id: "d4-en-006",
    lang: "en",
    style: "wire",
    title: "Rwanda confirms it took in seven people deported by the U.S.",
    published: "2025-08-28",
    text: `KIGALI, Rwanda — Rwanda's government said on Thursday that seven people deported from the United States had arrived in Kigali earlier this month, the first group under an agreement the two countries signed in the summer.

Government spokeswoman Immaculée Nyirasafari said the seven, from Laos, Eritrea and Honduras, were being housed by an international organisation and would receive health care and job training. She did not say on which day the flight arrived.

"Three of them have said they wish to stay and build a life here, and others want to go home," she said.

Rwanda has said it may accept up to 250 people from the United States. A similar arrangement with Britain collapsed last year before any asylum seekers were flown there.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["LA", "ER", "HN"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["Kigali"],
      date: "2025-08",
    },
  },
  {
    id: "d4-en-007",
    lang: "en",
    style: "wire",
    title: "U.S. to fly eight men to South Sudan next week, court filing says",
    published: "2025-08-08",
    text: `WASHINGTON — The Trump administration plans to deport eight men from Cuba, Myanmar, Vietnam and Sudan to South Sudan on a flight scheduled to leave Houston on Aug. 12, according to a government filing in federal court on Friday.

The men, all of whom have final removal orders, would be flown to Juba, the South Sudanese capital, the filing said. Lawyers for two of them asked a judge in Boston to halt the removals, arguing they face torture.

"Our client has never set foot in Africa," said attorney Priya Venkataraman. "He has no family, no language and no protection there."

The Department of Homeland Security has said the countries of origin of the men refused to take them back. In July, a separate flight took five men to Eswatini.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["SS"],
      nationalities: ["CU", "MM", "VN", "SD"],
      people: { value: 8, approx: false },
      departure: ["Houston"],
      arrival: ["Juba"],
      date: "2025-08-12",
    },
  },
  {
    id: "d4-en-008",
    lang: "en",
    style: "us-local",
    title: "El Paso flights now carry Mexicans deep into the interior",
    published: "2024-10-08",
    text: `EL PASO — Instead of walking them across the Paso del Norte bridge, federal agents are again putting some deported Mexicans on planes to the south of the country.

Late last month, a flight from El Paso carried more than 130 Mexican men to Villahermosa, in the southern state of Tabasco, according to Mexico's National Migration Institute. It was the first such flight from the city since the spring.

Officials say flying people far from the border makes it harder for them to try to cross again right away. "If you drop a man in Juárez, he can be back at the wall the same night," said Elías Montoya, a retired Border Patrol supervisor who now teaches at a community college.

The Department of Homeland Security said in a statement that it had removed or returned more than 700,000 people in the fiscal year that ended Sept. 30, the highest figure in a decade.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 130, approx: true },
      departure: ["El Paso"],
      arrival: ["Villahermosa"],
      date: "2024-09",
    },
  },
  {
    id: "d4-en-009",
    lang: "en",
    style: "dhs-release",
    title: "ICE conducts removal flight to Haiti",
    published: "2024-04-19",
    text: `MIAMI — U.S. Immigration and Customs Enforcement removed 52 Haitian nationals on April 18 on a flight from Miami to Cap-Haïtien, Haiti.

The flight was coordinated with the Government of Haiti. ICE said it continues to monitor conditions in Haiti and conducts removals in accordance with U.S. law and international obligations.

"Individuals without a legal basis to remain in the United States will be removed," the agency said.

Since Jan. 1, ICE has conducted five removal flights to Haiti, returning a total of 278 people. Haiti's main airport in Port-au-Prince has been closed to most traffic for weeks because of gang violence.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 52, approx: false },
      departure: ["Miami"],
      arrival: ["Cap-Haïtien"],
      date: "2024-04-18",
    },
  },
  {
    id: "d4-en-010",
    lang: "en",
    style: "wire",
    title: "Colombia receives 104 deportees as flights resume",
    published: "2025-02-02",
    text: `BOGOTA (wire) — A plane carrying 104 Colombians deported from the United States touched down at El Dorado on Friday, the Foreign Ministry said on Sunday, as flights resumed after a brief diplomatic standoff.

The charter had left San Antonio on Friday morning. The ministry said the group included 11 minors and that all had been received by officials from Migración Colombia and the family welfare agency.

Earlier in the week, two Colombian air force planes brought back about 200 citizens from San Diego and El Paso after the Colombian president initially refused to let U.S. military flights land.

"Colombians returning are not criminals, they are our compatriots," Foreign Minister Laura Sarmiento wrote on social media. She said the government would keep sending its own planes when needed.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 104, approx: false },
      departure: ["San Antonio"],
      arrival: ["El Dorado"],
      date: "2025-01-31",
    },
  },
  {
    id: "d4-en-011",
    lang: "en",
    style: "wire",
    title: "Deportation flight with 88 Brazilians lands in Minas Gerais",
    published: "2025-05-25",
    text: `SÃO PAULO (wire) — A chartered flight carrying 88 Brazilians deported from the United States landed on Friday night at Confins, the international airport serving Belo Horizonte, the federal government said in a statement on Saturday.

The aircraft had departed from Alexandria, Louisiana, and stopped to refuel in Fortaleza before continuing to Minas Gerais, the state that sends the most emigrants to the United States.

Human rights ministry officials met the passengers. "There were no handcuffs this time, and that was our condition," said Deputy Minister Rafaela Antunes. In January, Brasília protested after deportees said they had been shackled on a flight that stopped in Manaus.

The government says more than 1,900 Brazilians have been returned on U.S. flights since January.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 88, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Confins"],
      date: "2025-05-23",
    },
  },
  {
    id: "d4-en-012",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 61 people to Albania and Vietnam",
    published: "2025-05-07",
    text: `LONDON — A Home Office charter flight removed 61 people to Albania and Vietnam on Tuesday, the government said, as ministers try to show progress on returns before the summer.

The plane left Stansted Airport and landed first in Tirana, where 44 Albanians got off, before continuing to Hanoi with the remaining 17, according to officials.

"We are removing people with no right to be here faster than at any time in the last five years," a Home Office minister said.

The United Kingdom returned around 9,000 people in the first quarter of the year, official figures show. Campaigners said several of those on board had pending appeals.`,
    expect: { relevant: false },
  },
  {
    id: "d4-en-013",
    lang: "en",
    style: "near-miss",
    title: "Immigration court backlog tops 3.7 million cases",
    published: "2024-12-11",
    text: `WASHINGTON — The number of pending cases in U.S. immigration courts rose to more than 3.7 million in November, according to an analysis of court data released Wednesday by a research group at a New York university.

The average wait for a hearing is now more than four years in courts in Houston, Miami and New York, the analysis found. Judges completed about 68,000 cases last month, most of them in absentia orders.

"The system keeps adding judges and the pile keeps growing," said the group's director, Hollis Kamara.

The report did not track deportation flights, which are counted separately by advocacy groups. It noted that Mexico, Guatemala and Honduras remain the most common nationalities of respondents.`,
    expect: { relevant: false },
  },
  {
    id: "d4-en-014",
    lang: "en",
    style: "near-miss",
    title: "Former restaurant owner deported to Nigeria on commercial flight",
    published: "2025-01-09",
    text: `ATLANTA — A former restaurant owner from DeKalb County who had lived in the United States for 22 years was deported to Nigeria on Wednesday, his family said.

Oluwaseun Adebari, 51, was escorted by two ICE officers onto a commercial flight from Atlanta to Lagos by way of Amsterdam, his daughter said. He had been detained since August after a routine check-in.

"He walked into that office every year for a decade," said his lawyer, Martha Quiñones. "This time they kept him."

ICE said Adebari had a final order of removal issued in 2013.`,
    expect: { relevant: false },
  },
  {
    id: "d4-en-015",
    lang: "en",
    style: "near-miss",
    title: "Harlingen airport adds nonstop service to Monterrey",
    published: "2026-05-06",
    text: `HARLINGEN — Valley International Airport will add a nonstop passenger route to Monterrey, Mexico, starting in September, airport officials announced Wednesday.

The twice-weekly flights will be operated with a 150-seat jet, and fares will start at $129 one way, the carrier said. It is the airport's first scheduled international route in more than a decade.

"Families on both sides of the border have been asking for this," said airport director Luis Arredondo.

The airport handled about 480,000 passengers last year. It also serves charter operations, including federal flights, which are not part of the new schedule.`,
    expect: { relevant: false },
  },
  {
    id: "d4-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Retornan 128 hondureños en vuelo procedente de Harlingen, Texas",
    published: "2025-11-19",
    text: `SAN PEDRO SULA. Un total de 128 hondureños retornados desde Estados Unidos llegaron este martes en un vuelo procedente de Harlingen, Texas, que aterrizó pasadas las 11:00 de la mañana en el aeropuerto Ramón Villeda Morales.

Según el Centro de Atención al Migrante Retornado (CAMR), el grupo estaba integrado por 74 hombres, 39 mujeres y 15 menores de edad, estos últimos acompañados por sus madres.

"Los connacionales reciben atención médica, alimentación y apoyo para el traslado a sus comunidades", explicó la coordinadora del centro, Dilcia Maradiaga.

Con este vuelo suman más de 31,000 hondureños retornados por vía aérea en lo que va del año, de acuerdo con el Observatorio Consular y Migratorio. La mayoría procede de los departamentos de Cortés, Yoro y Olancho.

Las autoridades esperan otros dos vuelos antes del fin de semana, uno de ellos desde Alexandria, Luisiana.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 128, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["aeropuerto Ramón Villeda Morales"],
      date: "2025-11-18",
    },
  },
  {
    id: "d4-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "IGM recibe vuelo con guatemaltecos deportados desde Brownsville",
    published: "2025-04-24",
    text: `Ciudad de Guatemala. El Instituto Guatemalteco de Migración (IGM) informó que el miércoles arribó a la Base de la Fuerza Aérea Guatemalteca un vuelo de retorno procedente de Brownsville, Texas.

En la aeronave llegaron 83 hombres, 21 mujeres y 9 menores de edad, indicó la institución en sus redes sociales. Todos fueron entrevistados por personal del IGM y de la Procuraduría de los Derechos Humanos.

"Se les entrega un kit de higiene, una llamada telefónica y orientación sobre programas de empleo", detalló el portavoz Rony Xitumul.

En lo que va de abril, Guatemala ha recibido 58 vuelos con deportados desde Estados Unidos, además de retornos terrestres desde México por la frontera de Tecún Umán.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 113, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2025-04-23",
    },
  },
  {
    id: "d4-es-003",
    lang: "es",
    style: "receiving-country-local",
    title: "Llega vuelo de retorno con alrededor de 90 salvadoreños",
    published: "2026-01-15",
    text: `SAN LUIS TALPA, La Paz. Alrededor de 90 connacionales deportados desde Estados Unidos llegaron este jueves al Aeropuerto Internacional de El Salvador Monseñor Óscar Arnulfo Romero en un vuelo de retorno que despegó de San Antonio, Texas.

La Dirección General de Migración y Extranjería (DGME) indicó que entre los retornados hay personas que residieron más de diez años en el norte. Las cifras definitivas se darán a conocer en el informe semanal.

"Aquí se les recibe con dignidad y se les ofrece un programa de reinserción", dijo el viceministro Eduardo Alfaro Quintanilla.

El Salvador recibió cerca de 13,000 retornados en 2025, según datos oficiales, una cifra menor a la de Guatemala y Honduras.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 90, approx: true },
      departure: ["San Antonio, Texas"],
      arrival: ["Aeropuerto Internacional de El Salvador Monseñor Óscar Arnulfo Romero"],
      date: "2026-01-15",
    },
  },
  {
    id: "d4-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Más de 170 venezolanos regresan al país en un nuevo vuelo desde Arizona",
    published: "2025-07-10",
    text: `CARACAS. Más de 170 connacionales llegaron la noche del miércoles al Aeropuerto Internacional de Maiquetía en un vuelo procedente de Mesa, Arizona, como parte del plan de repatriación del gobierno venezolano.

El ministro de Interior, Gerardo Lisboa Pérez, informó que se trata del vuelo número 44 del programa y que los retornados fueron sometidos a controles médicos y a una verificación de antecedentes.

"Ningún venezolano está solo, la patria los espera", afirmó en una transmisión en la televisión estatal.

Desde febrero, unos 9.800 venezolanos han regresado en vuelos desde Estados Unidos y México, según las cifras oficiales. Algunos de los vuelos hicieron escala en Honduras.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 170, approx: true },
      departure: ["Mesa, Arizona"],
      arrival: ["Aeropuerto Internacional de Maiquetía"],
      date: "2025-07-09",
    },
  },
  {
    id: "d4-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Vuelo 58 trae de vuelta a 239 migrantes venezolanos",
    published: "2025-09-03",
    text: `LA GUAIRA. Un avión con migrantes venezolanos deportados desde Estados Unidos aterrizó el lunes 1 de septiembre en Maiquetía, en lo que las autoridades denominaron el vuelo 58 del plan de retorno.

La aeronave, que salió de El Paso, Texas, trajo a 203 hombres, 31 mujeres y 5 niños, detalló el Servicio Administrativo de Identificación, Migración y Extranjería.

Familiares esperaban en la terminal con pancartas. "Mi hijo estuvo ocho meses detenido en Luisiana", contó Yelitza Carrasquel, de 56 años.

El gobierno afirma que ha recibido a más de 14.000 personas en vuelos de repatriación en lo que va de año.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 239, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Maiquetía"],
      date: "2025-09-01",
    },
  },
  {
    id: "d4-es-006",
    lang: "es",
    style: "receiving-country-local",
    title: "Aterriza en Latacunga vuelo con 112 ecuatorianos deportados",
    published: "2025-10-17",
    text: `LATACUNGA. Un vuelo con 112 ecuatorianos deportados por Estados Unidos aterrizó este viernes en el aeropuerto de Latacunga, en la provincia de Cotopaxi, informó la Cancillería.

El avión despegó de El Paso en la madrugada del mismo día. Entre los pasajeros viajaban 95 hombres y 17 mujeres, quienes fueron atendidos por personal del Ministerio de Salud y de la Policía.

"Hemos recibido 37 vuelos este año y seguimos coordinando con las autoridades estadounidenses", señaló el viceministro de Movilidad Humana, Patricio Yánez.

Los vuelos con deportados suelen llegar a Guayaquil o a Latacunga, que cuenta con una pista larga y menos tráfico comercial que Quito.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 112, approx: false },
      departure: ["El Paso"],
      arrival: ["aeropuerto de Latacunga"],
      date: "2025-10-17",
    },
  },
  {
    id: "d4-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: "Migración Colombia recibe en el Matecaña a 97 connacionales",
    published: "2026-03-20",
    text: `PEREIRA. Migración Colombia confirmó que el miércoles llegó al aeropuerto Matecaña un vuelo con 97 colombianos deportados desde Estados Unidos, el primero de este tipo que recibe la capital de Risaralda en el año.

El vuelo partió de Houston y fue operado por una aerolínea contratada por el servicio de inmigración estadounidense. Entre los retornados había 12 mujeres.

"El Eje Cafetero es una de las regiones con más emigrantes, por eso pedimos que algunos vuelos lleguen aquí", explicó la directora regional, Marcela Ospina.

Hasta la fecha, Colombia ha recibido 6.200 deportados en 49 vuelos durante 2026, la mayoría en Bogotá.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 97, approx: false },
      departure: ["Houston"],
      arrival: ["aeropuerto Matecaña"],
      date: "2026-03-18",
    },
  },
  {
    id: "d4-es-008",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegan 67 dominicanos repatriados al aeropuerto del Cibao",
    published: "2025-06-18",
    text: `SANTIAGO DE LOS CABALLEROS. La Dirección General de Migración recibió el pasado lunes a 67 dominicanos repatriados desde Estados Unidos en un vuelo que aterrizó en el Aeropuerto Internacional del Cibao.

El avión salió de Alexandria, Luisiana. De los repatriados, 59 son hombres y 8 mujeres; 23 tenían condenas en territorio estadounidense, según la institución.

Los retornados fueron entrevistados por agentes de la Dirección Nacional de Control de Drogas antes de reunirse con sus familiares.

Habitualmente estos vuelos llegan a Las Américas, en Santo Domingo, pero las autoridades dijeron que cada vez más se usará Santiago para acercar a los retornados a sus provincias.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 67, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional del Cibao"],
      date: "2025-06-16",
    },
  },
  {
    id: "d4-es-009",
    lang: "es",
    style: "receiving-country-local",
    title: "Segundo vuelo con migrantes de Asia aterriza en Liberia",
    published: "2025-02-26",
    text: `LIBERIA, Guanacaste. Un segundo avión con migrantes de otras nacionalidades deportados por Estados Unidos aterrizó la tarde del martes en el aeropuerto Daniel Oduber Quirós, en Guanacaste, confirmó la Dirección General de Migración y Extranjería.

Viajaban alrededor de 60 personas procedentes de India, China, Kazajistán, Rusia e Irán, entre ellas varias familias con niños. El vuelo salió de San Diego, California.

Los migrantes fueron trasladados en autobuses al centro de atención temporal de Corredores, cerca de la frontera con Panamá, donde permanecerán hasta que se organice su regreso.

"Costa Rica actúa como puente; Estados Unidos cubre todos los costos", dijo el viceministro Óscar Bermúdez Lara. La semana pasada llegaron otras 135 personas en el primer vuelo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["IN", "CN", "KZ", "RU", "IR"],
      people: { value: 60, approx: true },
      departure: ["San Diego, California"],
      arrival: ["aeropuerto Daniel Oduber Quirós"],
      date: "2025-02-25",
    },
  },
  {
    id: "d4-es-010",
    lang: "es",
    style: "spanish-outlet",
    title: "Panamá no recibirá más vuelos con migrantes de terceros países",
    published: "2025-12-05",
    text: `CIUDAD DE PANAMÁ. El gobierno panameño anunció este jueves que no aceptará más vuelos de deportación desde Estados Unidos con migrantes de otras nacionalidades, tras recibir a casi 300 personas a comienzos de año.

"Cumplimos con lo acordado y ese capítulo está cerrado", dijo el canciller Rubén Arosemena en conferencia de prensa. Precisó que Panamá seguirá colaborando en los vuelos de retorno de sus propios nacionales.

Organizaciones de derechos humanos habían denunciado las condiciones en el albergue de San Vicente, en Darién, donde fueron trasladados decenas de migrantes de China, Irán y Afganistán.

La embajada estadounidense no comentó el anuncio.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-12-04",
    },
  },
  {
    id: "d4-es-011",
    lang: "es",
    style: "spanish-outlet",
    title: "Reanudan vuelos al sur de México: el primero saldrá el jueves de El Paso",
    published: "2024-11-12",
    text: `EL PASO, Texas. El gobierno estadounidense reanudará los vuelos de deportación al interior de México: el primero despegará de El Paso este jueves 14 de noviembre con destino a Tapachula, Chiapas, según fuentes del Instituto Nacional de Migración.

En el avión viajarán alrededor de 135 mexicanos detenidos en centros de Texas y Nuevo México, indicaron las fuentes.

Organizaciones como la Red Fronteriza por los Derechos Humanos cuestionaron que se envíe a personas a más de 2,000 kilómetros de la frontera sin avisar a sus familias.

En 2023, más de 18,000 mexicanos fueron trasladados en vuelos de este programa, según cifras oficiales.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["MX"],
      people: { value: 135, approx: true },
      departure: ["El Paso"],
      arrival: ["Tapachula"],
      date: "2024-11-14",
    },
  },
  {
    id: "d4-es-012",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegan 95 peruanos deportados a la base aérea del Callao",
    published: "2025-03-18",
    text: `LIMA. Un total de 95 peruanos expulsados de Estados Unidos llegaron el sábado 15 de marzo al Grupo Aéreo N.° 8 de la Fuerza Aérea del Perú, en el Callao, a bordo de un vuelo procedente de Miami.

La Superintendencia Nacional de Migraciones informó que el grupo estaba formado por 81 hombres y 14 mujeres, y que ninguno tenía requisitorias pendientes en el país.

"Se ha brindado asistencia y se ha verificado la identidad de cada uno", precisó el jefe de Migraciones, Armando Villacorta.

El Perú ha recibido cinco vuelos con deportados desde enero. Otros peruanos retornan en vuelos comerciales desde Chile y Bolivia.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 95, approx: false },
      departure: ["Miami"],
      arrival: ["Grupo Aéreo N.° 8"],
      date: "2025-03-15",
    },
  },
  {
    id: "d4-es-013",
    lang: "es",
    style: "near-miss",
    title: "INM traslada en avión a 150 guatemaltecos desde Villahermosa",
    published: "2024-08-22",
    text: `VILLAHERMOSA, Tabasco. El Instituto Nacional de Migración (INM) de México trasladó este jueves en un vuelo a 150 guatemaltecos desde Villahermosa hasta la Ciudad de Guatemala, como parte de su programa de retorno asistido.

Los migrantes habían sido detenidos en Tabasco y Veracruz durante las últimas semanas, informó el instituto en un comunicado.

El INM señaló que en lo que va del año ha devuelto a más de 40,000 centroamericanos a sus países, principalmente por vía terrestre por la frontera sur.

Guatemala recibe además vuelos con deportados desde Estados Unidos varias veces por semana.`,
    expect: { relevant: false },
  },
  {
    id: "d4-es-014",
    lang: "es",
    style: "near-miss",
    title: "España repatría a 48 migrantes a Mauritania en un vuelo desde Canarias",
    published: "2025-10-29",
    text: `LAS PALMAS DE GRAN CANARIA. El Ministerio del Interior de España fletó este miércoles un vuelo que repatrió a 48 migrantes a Nuadibú, Mauritania, desde el aeropuerto de Gran Canaria.

Los migrantes habían llegado a las islas en cayuco durante el verano. Según fuentes policiales, el vuelo forma parte de un acuerdo con las autoridades mauritanas.

Organizaciones humanitarias pidieron garantías de que ninguno de los repatriados sea abandonado en zonas desérticas de la frontera.

Canarias ha recibido más de 30.000 migrantes por mar en lo que va de año.`,
    expect: { relevant: false },
  },
  {
    id: "d4-es-015",
    lang: "es",
    style: "near-miss",
    title: "Remesas y retornos: Honduras cierra el año con cifras récord",
    published: "2026-06-03",
    text: `TEGUCIGALPA. Honduras registró en los primeros cinco meses del año más de 22,000 retornados desde Estados Unidos y México, según un informe del Observatorio Consular y Migratorio divulgado este miércoles.

El informe señala que el 82 % de los retornados son hombres y que uno de cada diez es menor de edad. Las remesas, sin embargo, crecieron un 9 % en el mismo periodo.

"El retorno forzado no ha frenado la salida de jóvenes", advirtió la economista Karla Funes. El estudio no detalla vuelos específicos.

El gobierno prepara un programa de crédito para emprendimientos de personas retornadas.`,
    expect: { relevant: false },
  },
  {
    id: "d4-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国又一架遣返航班抵达巴拿马 机上有中国籍、印度籍移民",
    published: "2025-03-21",
    text: `【本报综合报道】巴拿马公共安全部周四证实，一架载有逾百名第三国移民的美国遣返航班于当地时间周二抵达巴拿马城托库门国际机场。

据巴拿马官员介绍，机上人员包括中国籍、印度籍、尼泊尔籍和伊朗籍移民，其中约三分之一为妇女和儿童。他们随后被安置在首都一家酒店，等待国际移民组织安排返回原籍国。

“这些人不是巴拿马的责任，我们只是提供一个过渡的地方，”巴拿马安全部发言人莫拉莱斯对记者表示。

这是美国今年以来第四架飞往巴拿马的此类航班。此前三架航班共运送了约三百人，其中部分人被转往达连省的临时营地。人权组织批评称，一些移民曾在美国申请庇护，却未获得听证机会。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "IN", "NP", "IR"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["托库门国际机场"],
      date: "2025-03-18",
    },
  },
  {
    id: "d4-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返班機飛抵哥斯大黎加 一百零八名亞洲移民下機",
    published: "2025-07-21",
    text: `（中央社聖荷西21日綜合外電報導）哥斯大黎加移民總署今天表示，一架從美國聖地牙哥起飛的遣返班機上週四降落在胡安·聖塔瑪利亞國際機場，機上載有一百零八名來自中國、阿富汗、烏茲別克和越南的移民。

移民總署副署長巴迪葉（Ramiro Badilla）說，這批移民中有四十一名未成年人，全部由家人陪同，將被送往南部靠近巴拿馬邊境的臨時收容中心。

他說：「哥斯大黎加是橋樑，美國承擔全部費用。」

哥斯大黎加今年2月曾接收兩批共約兩百名第三國移民，其中部分人至今仍滯留收容中心。巴拿馬則已宣布不再接收類似班機。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "AF", "UZ", "VN"],
      people: { value: 108, approx: false },
      departure: ["聖地牙哥"],
      arrival: ["胡安·聖塔瑪利亞國際機場"],
      date: "2025-07-17",
    },
  },
  {
    id: "d4-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "近两百名委内瑞拉籍男子被遣送至萨尔瓦多",
    published: "2025-06-13",
    text: `【新华社风格电】萨尔瓦多总统府13日发表声明称，美国本月12日将近两百名委内瑞拉籍男子遣送至萨尔瓦多，他们将被关押在该国的大型监狱。

声明说，载有这些人员的包机从得克萨斯州哈林根起飞，在科马拉帕国际机场降落。美国政府称，这些人涉嫌与帮派有关，但其家属和律师否认。

委内瑞拉外交部当天发表公报，谴责这一做法“违反国际法”，并要求将本国公民送回委内瑞拉。

根据美萨两国此前达成的协议，美方每年向萨尔瓦多支付关押费用。今年3月以来，已有数百名委内瑞拉籍人员被送往萨尔瓦多。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: ["VE"],
      people: { value: 200, approx: true },
      departure: ["哈林根"],
      arrival: ["科马拉帕国际机场"],
      date: "2025-06-12",
    },
  },
  {
    id: "d4-zh-004",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "八名遭美國遣返男子抵南蘇丹朱巴",
    published: "2025-07-30",
    text: `【本報訊】南蘇丹外交部週二證實，八名被美國遣返的男子已於上週五搭乘美方包機抵達首都朱巴，他們分別來自古巴、緬甸、越南、寮國和墨西哥。

這架包機從德州埃爾帕索起飛，途中在吉布地停留。南蘇丹官員表示，八人目前由安全部門看管，當局正在與他們的原籍國聯繫。

美國國土安全部發言人稱，這些人均有嚴重刑事定罪紀錄，原籍國拒絕接收。人權團體則批評，將他們送往一個局勢動盪的國家，可能令其面臨危險。

此前，美國聯邦最高法院准許政府恢復向第三國遣返移民。南蘇丹自2011年獨立以來長期處於衝突之中。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SS"],
      nationalities: ["CU", "MM", "VN", "LA", "MX"],
      people: { value: 8, approx: false },
      departure: ["埃爾帕索"],
      arrival: ["朱巴"],
      date: "2025-07-25",
    },
  },
  {
    id: "d4-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "十名第三国移民被遣送至埃斯瓦蒂尼",
    published: "2025-09-26",
    text: `【环球新闻】埃斯瓦蒂尼政府发言人本周四表示，美国本月12日通过包机将十名男子遣送至该国，他们来自古巴、老挝、柬埔寨和也门。

这架飞机降落在国王姆斯瓦蒂三世国际机场，十人随即被送往一处惩教设施单独关押。发言人称，这些人最终将被送回原籍国，但未说明时间表。

当地律师协会对此提出异议，认为政府未经议会讨论便接收外国被遣返人员。

这是埃斯瓦蒂尼今年第二次接收此类人员。7月，该国曾接收五名来自不同国家的男子。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["CU", "LA", "KH", "YE"],
      people: { value: 10, approx: false },
      departure: [],
      arrival: ["国王姆斯瓦蒂三世国际机场"],
      date: "2025-09-12",
    },
  },
  {
    id: "d4-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "盧安達接收第二批美國遣返移民 共十一人",
    published: "2025-09-12",
    text: `（綜合報導）盧安達政府發言人今天表示，第二批由美國遣返的十一名移民已於當地時間週三抵達首都吉佳利，他們來自伊朗、尼泊爾和厄利垂亞等國。

發言人說，這些移民將由國際組織提供住宿和醫療，並可選擇留在盧安達或返回原籍國。

根據雙方協議，盧安達最多可接收兩百五十名由美國遣返的人員，美方則提供資金援助。第一批七人已於8月抵達。

人權觀察批評該安排「把人當作貨物轉運」。美國國務院則稱，這是與非洲夥伴合作的範例。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["IR", "NP", "ER"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["吉佳利"],
      date: "2025-09-10",
    },
  },
  {
    id: "d4-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国本周再派包机遣返中国籍非法移民",
    published: "2024-11-20",
    text: `【美东时间报道】美国国土安全部周三发布声明，宣布本周一通过移民和海关执法局（ICE）派出大型包机，将逾百名没有合法留美依据的中国籍人员遣返回中国。

据知情人士透露，该航班从洛杉矶起飞，降落在广州白云国际机场。这是今年6月以来美国派出的第三架对华遣返包机。

国土安全部在声明中说：“不要相信人口走私者的谎言。”声明还称，自6月以来，美国已向一百四十多个国家派出超过四百架次遣返航班。

中国国家移民管理局此前表示，中方愿同美方开展遣返合作，打击偷渡活动。据统计，2024财年在美国南部边境被拦截的中国公民超过三万人次。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["洛杉矶"],
      arrival: ["广州白云国际机场"],
      date: "2024-11-18",
    },
  },
  {
    id: "d4-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "第三架美国军机遣返一百一十六名印度籍移民抵达阿姆利则",
    published: "2025-02-17",
    text: `【新德里电】一架载有一百一十六名印度籍非法移民的美国军用运输机于当地时间周六晚降落在旁遮普邦阿姆利则，这是本月以来第三架此类航班。

据印度媒体报道，该机从得克萨斯州圣安东尼奥起飞。机上人员大多来自旁遮普邦和哈里亚纳邦，部分人称在飞行途中被戴上手铐。

旁遮普邦首席部长批评联邦政府“未能维护公民尊严”。印度外交部发言人则表示，政府正就被遣返人员的待遇与美方沟通。

第一架航班本月5日抵达，载有98人。美方称，约有1.8万名印度公民可能被遣返。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 116, approx: false },
      departure: ["圣安东尼奥"],
      arrival: ["阿姆利则"],
      date: "2025-02-15",
    },
  },
  {
    id: "d4-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返近九十名越南人 班機抵新山一機場",
    published: "2026-02-14",
    text: `（本報胡志明市電）越南外交部週五晚間證實，一架載有近九十名越南公民的美國遣返班機，已於本月12日降落在胡志明市新山一國際機場。

這架包機從路易斯安那州亞歷山大市起飛，經停關島加油。越南官員表示，被遣返者將接受身分核實及健康檢查後返回家鄉。

根據河內與華府於2020年簽訂的協議，1995年以前抵美的越南人原則上不在遣返之列，但近來已有例外案例。

越南外交部發言人說，越方將「依照國際慣例」接收經核實身分的公民。去年全年共有約一千兩百名越南人被美國遣返。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 90, approx: true },
      departure: ["亞歷山大市"],
      arrival: ["新山一國際機場"],
      date: "2026-02-12",
    },
  },
  {
    id: "d4-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "乌干达同意接收美国遣返的第三国移民",
    published: "2026-04-10",
    text: `【坎帕拉电】乌干达外交部周四发表声明，宣布同意接收被美国遣返、但不具备乌干达国籍的移民，前提是这些人没有犯罪记录，且不是无人陪伴的未成年人。

声明称，双方将就执行细节进行磋商，乌干达更倾向于接收来自非洲国家的人员。声明没有说明第一批人员何时抵达，也没有提及人数。

乌干达国内已收容约一百七十万名难民，是非洲收容难民最多的国家。有议员质疑政府是否有能力承担更多负担。

此前，卢旺达、埃斯瓦蒂尼和南苏丹已接收美国遣返的第三国人员。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["UG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-09",
    },
  },
  {
    id: "d4-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "巴拉圭與美國簽署協議 同意接收第三國遣返者",
    published: "2025-10-17",
    text: `（中央社亞松森17日電）巴拉圭外交部週三宣布，已與美國簽署協議，同意接收部分在美國申請庇護但被拒的第三國公民，成為南美洲第一個簽署此類協議的國家。

巴拉圭外長貝尼特斯（Rubén Benítez）表示，協議將「依個案審查」，巴拉圭保留拒絕任何人的權利，並強調不會接收有犯罪紀錄者。

反對派議員批評政府未經國會審議就簽署協議。美國國務院則對巴拉圭的「合作精神」表示感謝。

美國近月來已與瓜地馬拉、宏都拉斯和烏干達等國達成類似安排。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-10-15",
    },
  },
  {
    id: "d4-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "加纳接收十四名美国遣返的西非国家公民",
    published: "2025-09-12",
    text: `【阿克拉电】加纳总统府周四证实，美国上周五将十四名尼日利亚籍和冈比亚籍人员遣送至加纳，包机降落在阿克拉科托卡国际机场。

加纳新闻部长表示，这些人在抵达后被安置在一处政府设施，随后将经陆路返回各自国家。他说，加纳是根据西非国家经济共同体的自由流动原则同意接收这些人员的。

冈比亚外交部表示，尚未收到美方或加方的正式通知。律师称，其中至少一人在美国有尚未结案的庇护申请。

美国国务院此前已对部分西非国家收紧签证政策。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["科托卡国际机场"],
      date: "2025-09-05",
    },
  },
  {
    id: "d4-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "日本包機遣返四十四名斯里蘭卡人",
    published: "2025-01-09",
    text: `（東京綜合報導）日本出入國在留管理廳今天宣布，已於本週二以包機方式，將四十四名逾期居留的斯里蘭卡籍人士從成田機場遣返科倫坡。

這是日本今年首次大規模包機遣返。入管廳表示，這些人均已用盡法律救濟程序。

日本去年修訂入管法，限制難民申請次數，支援團體批評此舉讓申請者面臨被強制遣返的風險。

據統計，日本目前有約四千名拒絕遣返者。`,
    expect: { relevant: false },
  },
  {
    id: "d4-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "两百余名电诈犯罪嫌疑人乘包机从泰国押解回国",
    published: "2025-03-13",
    text: `【本报讯】公安部周四通报，在中缅泰三方协作下，两百余名在缅甸妙瓦底园区从事电信网络诈骗的中国籍犯罪嫌疑人，本周二经泰国湄索乘坐包机被押解回国，航班降落在南京禄口国际机场。

公安部表示，这是今年以来开展的第三批集中遣返行动，此前两批共遣返六百余人。

有关负责人说，将继续深化国际执法合作，坚决铲除境外电诈窝点。`,
    expect: { relevant: false },
  },
  {
    id: "d4-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "美国对拒收遣返人员的国家实施签证限制",
    published: "2025-05-07",
    text: `【华盛顿电】美国国务院周三宣布，对数个“不配合接收被遣返本国公民”的国家实施新的签证限制措施，暂停向其部分政府官员及家属发放签证。

国务院发言人未公布全部名单，但表示相关国家“长期拖延或拒绝签发旅行证件”。据报道，名单可能涉及非洲和亚洲的数个国家。

移民政策研究所分析师表示，此类制裁过去曾促使部分国家改变做法，但效果不一。

根据美国法律，国务卿可对拒绝接收本国公民的国家暂停签证发放。`,
    expect: { relevant: false },
  },
];
