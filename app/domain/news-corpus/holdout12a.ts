// Held-out news corpus no. 12 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or the other corpus files).
// Every name, quote, number and outlet detail is invented; no sentence is copied from any outlet.

import type { CorpusArticle } from "./types";

export const HOLDOUT12A: CorpusArticle[] = [
  {
    id: "h12a-en-001",
    lang: "en",
    style: "wire",
    title: "US returns 38 Zambians on chartered removal flight, Lusaka says",
    published: "2025-11-14",
    text: `LUSAKA, Nov 14 (Reuters-style wire) - Thirty-eight Zambian nationals deported from the United States arrived at Kenneth Kaunda International Airport on Wednesday aboard a chartered aircraft, Zambia's Ministry of Home Affairs and Internal Security said in a statement on Friday.

The group, which included four women, had been held in immigration detention in the US for periods ranging from three weeks to nearly two years, the ministry said. The aircraft departed from Alexandria, Louisiana, and made a refuelling stop in Dakar before continuing to Lusaka.

"Our officers received them, verified their documents and have linked those who need it with counselling and transport home," Permanent Secretary Mwiche Lungowe told reporters. She said none of the returnees had been charged with any offence in Zambia.

It was the second such flight to Zambia this year. In March, a smaller group of 11 people was returned on commercial flights via Johannesburg. Zambia's government estimates that around 6,000 of its citizens live in the United States without regular status, although diaspora groups put the figure lower.

US Immigration and Customs Enforcement did not immediately respond to a request for comment. The agency carried out more than 1,500 removal flights worldwide in the last fiscal year, according to an advocacy group that tracks flight data, including routes to Kenya, Ghana and Nigeria.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ZM"],
      people: { value: 38, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Kenneth Kaunda International Airport"],
      date: "2025-11-12",
    },
  },
  {
    id: "h12a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes Somali nationals, including individuals convicted of violent offenses",
    published: "2025-06-20",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) completed a special high-risk charter removal flight to the Federal Republic of Somalia, the agency announced today.

The flight removed 27 Somali nationals, among them individuals with convictions for aggravated assault, robbery and drug trafficking. All had received final orders of removal from an immigration judge.

"This operation shows what sustained coordination with our foreign partners can achieve," said ERO acting field office director Dalton Prewitt. "Every person on this flight was afforded due process, and every person on this flight had a final order."

ERO officers from the St. Paul, Columbus and Seattle field offices escorted the group. The aircraft departed Mesa, Arizona, and landed at Aden Adde International Airport in Mogadishu on June 17, after a refuelling stop.

In fiscal year 2024, ERO conducted more than 271,000 removals to approximately 190 countries. ICE does not confirm or disclose planned or pending transportation for operational security reasons.

Members of the public can report suspicious activity to ICE by calling the toll-free tip line.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SO"],
      people: { value: 27, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Aden Adde International Airport"],
      date: "2025-06-17",
    },
  },
  {
    id: "h12a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Nearly 40 deportees back home from the US",
    published: "2026-02-09",
    text: `Close to forty Guyanese who were deported from the United States arrived at the Cheddi Jagan International Airport, Timehri, on Sunday evening, ending in some cases more than twenty years of life overseas.

The Guyana Police Force said the returnees were processed by officers of the Criminal Investigation Department and the Immigration Support Services before being handed over to relatives. Some of the men, the police said, had served sentences in American prisons, while others had simply overstayed visitor visas.

A mother from Berbice, who waited at the arrivals hall from just after four o'clock, said she had not seen her son since he left in 2003. "I come with food, I come with clothes, I come with my heart in my hand," she said.

The flight, which left from Miami, was the first of its kind this year. Last year, according to figures given to this newspaper by the Ministry of Home Affairs, 212 Guyanese were deported from the US, 64 from Canada and 31 from the United Kingdom, mostly on scheduled flights.

Minister of Home Affairs Roland Parbhoo has said Georgetown will not refuse its citizens, but he has asked Washington for longer notice before charters arrive. A reintegration desk set up at Timehri last year has assisted about 150 people, officials said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GY"],
      people: { value: 40, approx: true },
      departure: ["Miami"],
      arrival: ["Cheddi Jagan International Airport"],
      date: "2026-02-08",
    },
  },
  {
    id: "h12a-en-004",
    lang: "en",
    style: "wire",
    title: "Gabon takes in 14 men deported from the United States under new arrangement",
    published: "2025-09-03",
    text: `LIBREVILLE (wire) — A US government-chartered plane carrying 14 men deported from the United States touched down late on Monday in Libreville, the first transfer under an arrangement that Gabon's government has so far described only in general terms.

The men were taken by bus from Léon M'ba International Airport to a hotel on the outskirts of the capital, where they are being held under guard while their onward journeys are organised, a government spokesman said on Wednesday. He said the arrangement was "humanitarian and temporary" and that Washington would pay for the stay.

None of the men is Gabonese. According to a list seen by this agency, they are citizens of Cameroon, Nigeria, Togo and the Central African Republic, and several had told US immigration officials they feared returning home.

"Our clients were given less than a day's notice and were never told the plane was going to Gabon," said Esther Oduya, a lawyer for two of the men, speaking by phone from Houston.

Gabon joins a small group of countries — among them Rwanda, Eswatini and Ghana — that have agreed to take deportees from other nations. Rights groups say the arrangements risk sending refugees back to danger through a side door. Gabon's interior ministry said the men would be "accompanied to their countries of origin or to a country willing to receive them" within 30 days.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GA"],
      nationalities: ["CM", "NG", "TG", "CF"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["Léon M'ba International Airport"],
      date: "2025-09-01",
    },
  },
  {
    id: "h12a-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "T&T to accept deportation charters again after six-month pause",
    published: "2026-03-18",
    text: `PORT OF SPAIN — Trinidad and Tobago will once more accept charter flights carrying nationals removed from the United States, National Security Minister Keston Ramdeen announced on Tuesday, reversing a suspension imposed last September.

Ramdeen told a post-Cabinet news conference that the pause had been "an administrative matter" and that new protocols on advance notice and medical records had now been agreed with the US Embassy. He did not say when the first flight would arrive.

The suspension followed an incident in which a charter landed at Piarco with passengers whose criminal records had not been shared ahead of time, drawing complaints from the Trinidad and Tobago Police Service. During the pause, returnees were sent on commercial flights in small numbers.

Opposition MP Deanne Halls said the public deserved to see the new agreement. "We are told there are protocols. Table them in the Parliament," she said.

Figures from the Ministry of National Security show that 146 nationals were deported to Trinidad and Tobago from all countries in 2025, 97 of them from the US. The ministry also receives deportees from Venezuela, Canada and the United Kingdom.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["TT"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-17",
    },
  },
  {
    id: "h12a-en-006",
    lang: "en",
    style: "us-local",
    title: "Dhaka-bound removal charter expected next week, advocates say",
    published: "2025-04-24",
    text: `Immigrant advocates in Queens say they have been told that a charter flight will remove roughly 90 Bangladeshi men from the United States next Wednesday, in what would be one of the largest single removals to Bangladesh in recent memory.

Families of at least a dozen detainees held in New Jersey and Pennsylvania said their relatives had been moved this week to a staging facility in Louisiana. "My husband called me at 2 a.m. and said, 'They say we go Wednesday,'" said one woman in Jackson Heights, who asked that her name not be printed.

According to the advocates, the flight is to leave from Alexandria, Louisiana, and land at Hazrat Shahjalal International Airport in Dhaka. ICE said it does not comment on future flights.

Bangladesh's consulate in New York said it had issued travel documents "in the normal way" and would have officials at the airport to receive its citizens.

City Council member Farhana Choudhury said she planned to hold a rally outside the consulate on Sunday. The Bangladeshi community in New York numbers more than 100,000 people, according to census estimates.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["BD"],
      people: { value: 90, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2025-04-30",
    },
  },
  {
    id: "h12a-en-007",
    lang: "en",
    style: "wire",
    title: "Panama receives another deportation flight with Afghan, Iranian and Uzbek men",
    published: "2025-10-07",
    text: `PANAMA CITY — A US flight carrying dozens of deportees landed in Panama on Sunday night, the fourth such flight this year under an agreement that allows the US to send migrants from other countries through the isthmus.

Afghan, Iranian and Uzbek men made up the whole group, Panama's National Migration Service said on Tuesday, giving a breakdown: 31 Afghans, 22 Iranians and 18 Uzbeks, 71 in all. They were taken from Tocumen International Airport to a shelter in the province of Darién.

"They will stay only as long as it takes to arrange their return," Security Minister Aurelio Castrellón said. He added that Panama had "not received a single minor" on this flight, unlike the first one in February, which carried several families from China and India.

The International Organization for Migration said its staff were at the shelter and that several of the men had asked to speak to someone about asylum. Panama does not consider those on the flights to be asylum seekers in its territory, officials said.

Thousands of migrants crossed the Darién jungle northbound in 2023; the number has since fallen sharply, and northbound traffic was overtaken this year by people heading south.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["AF", "IR", "UZ"],
      people: { value: 71, approx: false },
      departure: [],
      arrival: ["Tocumen International Airport"],
      date: "2025-10-05",
    },
  },
  {
    id: "h12a-en-008",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 63 to Albania",
    published: "2026-01-22",
    text: `A Home Office charter flight carrying 63 Albanian nationals left Stansted Airport on Wednesday morning and landed in Tirana shortly after midday, the Home Office said.

The group included foreign national offenders and people whose asylum claims had been refused. It was the seventh such flight to Albania since the summer, under the returns arrangement signed between London and Tirana in 2022.

"Those with no right to be here will be removed," a Home Office spokesperson said. Albania's interior ministry said police had met the flight at Nënë Tereza airport and that all of the returnees were free to go home after identity checks.

Separately, the UK has returned people this month to Vietnam, Georgia and Nigeria, according to the department. Government figures show that just over 8,000 enforced returns took place in the year to September.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-en-009",
    lang: "en",
    style: "near-miss",
    title: "ICE Air jet lands in Port-au-Prince — with medical supplies, not deportees",
    published: "2025-07-30",
    text: `A Boeing 737 regularly used by US immigration authorities for removal flights landed at Toussaint Louverture International Airport on Tuesday carrying not deportees but 11 tonnes of medical supplies, the US Embassy in Haiti said.

The aircraft, operated by a charter company under contract with ICE, was lent to the State Department for the delivery after commercial cargo carriers suspended service over gang violence near the airport. Embassy spokeswoman Carla Denneny said there had been "no removal component" to the flight and nobody was on board apart from the crew and two embassy staff.

Flight trackers had set off alarm among Haitian advocates in Miami when the plane's usual tail number appeared on a route from Miami to Port-au-Prince. "People called us crying, thinking their cousins were on it," said Josué Valcin of a Little Haiti community group.

Removal flights to Haiti have been intermittent since the airport closed for several weeks last year. The US has also returned Haitians to Cap-Haïtien in the north of the country.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-en-010",
    lang: "en",
    style: "near-miss",
    title: "Opinion: The numbers behind the deportation boom don't add up",
    published: "2024-12-12",
    text: `Every few weeks a press release lands in my inbox announcing a record. Record removals. Record flights. Record arrests. This month's version says the government removed more than 271,000 people in the year that ended in September, the highest figure in a decade.

What the press release does not say is how many of those were Mexicans walked back across a bridge in El Paso within hours of arrest, or how many were people who had lived in Ohio for 20 years. A removal is a removal in the statistics; it is not the same thing in a family's life.

Look at the courts. The immigration court backlog stood at roughly 3.7 million cases at the end of the fiscal year. Judges hear cases scheduled in 2027. An asylum seeker from Guatemala or Cameroon who arrived last spring may wait years for a hearing, while someone else is flown out in days.

I am not arguing that no one should be deported. I am arguing that we should count honestly. Washington should publish, every month, how many people were removed by air, to which countries, how long they had lived here and whether they had ever been convicted of anything. Numbers without context are advertising.

The writer teaches immigration law at a university in Texas.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-en-011",
    lang: "en",
    style: "wire-brief",
    title: "BRIEF: 52 Haitians returned to Cap-Haïtien",
    published: "2026-05-06",
    text: `CAP-HAÏTIEN, Haiti — Fifty-two Haitians deported from the United States arrived at Cap-Haïtien International Airport on Tuesday, Haiti's National Migration Office (ONM) said. The flight came from Miami.

The ONM said the group, 44 men and eight women, received a small sum of cash and hygiene kits. Flights to the capital remain suspended because of insecurity around Port-au-Prince.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 52, approx: false },
      departure: ["Miami"],
      arrival: ["Cap-Haïtien International Airport"],
      date: "2026-05-05",
    },
  },
  {
    id: "h12a-en-012",
    lang: "en",
    style: "feature",
    title: "'I left with a suitcase. I came back with a plastic bag'",
    published: "2025-08-15",
    text: `ADDIS ABABA — Dawit sat on a low wall outside the terminal, turning a clear plastic bag over in his hands. Inside were a phone charger, a paperback Bible and a single sock. "I left with a suitcase," he said. "I came back with this."

He is 34 and had spent nine years in Minnesota, most of them driving for a delivery company that paid by the parcel. He shared a two-bedroom flat in Saint Paul with three other Ethiopian men, sent money home to his mother every second Friday, and on Sundays sang in the choir of a small Orthodox congregation that met in a rented church hall. He had applied for asylum in his first year, lost at the first hearing, appealed, and lost again. He was detained at a traffic stop in March, he says, for a broken tail light, and was never released. Since then he has been in three detention centres in three states, the last of them so cold at night, he says, that the men slept in their shoes. His lawyer filed a motion to reopen his case in June; it was still pending when he was woken before dawn and told to pack.

Dawit was one of more than 70 Ethiopians deported from the United States who were flown into Bole International Airport on Tuesday. An official at the Ministry of Foreign Affairs, who spoke on condition of anonymity, confirmed the flight and said most of the returnees had no criminal record. The departure point of the flight was not disclosed.

The returnees were met by staff of a reception programme run with the International Organization for Migration, which gives each person a meal, a medical check, a small cash allowance and a phone call. Staff said several of the men had chronic illnesses and had arrived without their medication; two were taken straight to a hospital in the city. A counsellor from the programme, a young woman in a blue vest, moved along the row of plastic chairs asking each man whether he had somewhere to sleep that night. Most did. A handful did not, and were offered beds at a shelter for a week. For Dawit, the phone call was to his sister in Adama, a hundred kilometres to the south-east, who had not known he was coming and who, he said, cried so loudly that the counsellor could hear her across the table.

Ethiopia has received deportees from Saudi Arabia in far larger numbers — tens of thousands over the past two years, many by air from Jeddah, some after months in overcrowded holding centres. Those returns dominate the headlines here, and the government has built much of its reception system around them. The flights from America are smaller and quieter, and families often learn of them only afterwards, from a relative's call or a post in a diaspora group. Officials would not say how many Ethiopians have been deported from the US this year, but community organisations in Minneapolis, Washington and Seattle estimate that several hundred have been detained since January, and that at least two earlier groups were returned on flights that also stopped in other African capitals.

"In Minnesota, I paid taxes," Dawit said, standing up as a minibus arrived. "Here I have to start from a sock."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ET"],
      people: { value: 70, approx: true },
      departure: [],
      arrival: ["Bole International Airport"],
      date: "2025-08-12",
    },
  },
  {
    id: "h12a-en-013",
    lang: "en",
    style: "explainer",
    title: "Who was on the deportation flight to Rwanda? What we know",
    published: "2026-04-02",
    text: `A US flight carrying deportees from several countries landed in Kigali this week. Here is what we know so far.

When did it land?
The plane landed at Kigali International Airport on Monday, March 30, according to Rwanda's government spokesperson's office, which confirmed the arrival the next day.

How many people were on board?
Rwanda's government says nine people. US officials have not given a number.

Who are they?
None of them is Rwandan. "We have received nine individuals — three from Laos, two from Cuba, two from Yemen, one from Vietnam and one from South Sudan — who could not be returned to their own countries," the spokesperson's office said in a written statement.

Where did the flight come from?
Flight-tracking data reviewed by reporters suggests the aircraft left from San Antonio, Texas, and refuelled in the Azores. ICE has not confirmed the route.

Why Rwanda?
Rwanda agreed last year to take up to 250 people deported from the US, in exchange for funding. Earlier, a UK plan to send asylum seekers to Rwanda was abandoned before any flights took off.

What happens next?
Rwanda says the nine will receive housing, health care and job training and may apply to stay. Lawyers for two of the men say they will challenge their removals in US court, although the men are already in Kigali.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["LA", "CU", "YE", "VN", "SS"],
      people: { value: 9, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Kigali International Airport"],
      date: "2026-03-30",
    },
  },
  {
    id: "h12a-en-014",
    lang: "en",
    style: "near-miss",
    title: "Panama flies 46 Indian migrants home to Delhi",
    published: "2025-03-27",
    text: `NEW DELHI — Forty-six Indian nationals who had been detained in Panama after crossing the Darién jungle landed at Indira Gandhi International Airport early on Wednesday on a flight chartered by the Panamanian government.

The group, mostly young men from Punjab, Haryana and Gujarat, had paid agents large sums to reach the US border through South America, according to relatives. Panama's migration service said they had been held in a camp near the Colombian border for up to five weeks.

"They never reached America," said an official of the Ministry of External Affairs. "These are returns from Panama, organised by Panama."

Punjab police said they had registered cases against several travel agents. India received a separate group deported from the US earlier this year on a military aircraft that landed in Amritsar; the government has said it will continue to cooperate with Washington on such returns.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-en-015",
    lang: "en",
    style: "near-miss",
    title: "Midday news roundup",
    published: "2026-06-11",
    text: `Here are the headlines at noon.

Congress: The Senate passed a short-term spending bill late last night after a 14-hour session. The House is expected to vote on Friday.

Weather: A heat advisory is in effect for much of Arizona and Nevada, with highs of 115 degrees forecast in Phoenix.

World: Germany carried out a deportation flight to Afghanistan this morning, the second in a year. The plane, carrying 81 Afghan men convicted of crimes, left Leipzig and landed in Kabul, the German interior ministry said.

Aviation: American Airlines will launch a daily route between Dallas and Guatemala City in October, the airline said.

Sports: The U.S. women's soccer team named its roster for next month's friendlies.

That's the news for now. Next update at 1 p.m.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-es-001",
    lang: "es",
    style: "government-communique",
    title: "Nota informativa del Ministerio del Interior",
    published: "2025-12-19",
    text: `En la jornada de este jueves 18 de diciembre arribó al Aeropuerto Internacional José Martí, procedente de Estados Unidos, un vuelo con un total de 104 migrantes irregulares, devueltos por las autoridades de ese país.

Del total de retornados, 89 son hombres y 15 mujeres. Tres de ellos, según las investigaciones realizadas, fueron identificados como presuntos autores de delitos cometidos antes de su salida ilegal del país, por lo que serán puestos a disposición de los órganos competentes.

Con esta operación suman 19 las devoluciones de migrantes irregulares realizadas desde distintos países en el presente año, por vía aérea y marítima, con un acumulado de 1 487 personas.

El Ministerio del Interior reitera su compromiso con una migración regular, ordenada y segura, y advierte sobre los riesgos de las salidas ilegales por mar, que cada año cuestan vidas en el estrecho de la Florida.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 104, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2025-12-18",
    },
  },
  {
    id: "h12a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Colombia suspende la recepción de vuelos de deportación en aviones militares de EE. UU.",
    published: "2025-05-28",
    text: `BOGOTÁ. — El Gobierno colombiano anunció este martes que dejará de recibir vuelos de deportación operados en aeronaves militares de Estados Unidos y que, en adelante, solo autorizará el aterrizaje de aviones civiles contratados para ese fin.

La canciller (e) Marcela Ospino Trujillo explicó en rueda de prensa que la decisión responde a "la necesidad de garantizar un trato digno" a los connacionales. "No vamos a cerrar la puerta a ningún colombiano, pero sí vamos a exigir condiciones", afirmó, y precisó que la medida rige desde la medianoche.

Según Migración Colombia, en lo que va de 2025 han llegado al país 312 vuelos con colombianos deportados desde Estados Unidos, la mayoría al aeropuerto El Dorado de Bogotá y, en menor número, a Rionegro y Cali. Cada vuelo trae en promedio entre 100 y 130 pasajeros.

La Embajada de Estados Unidos en Bogotá dijo que "toma nota" del anuncio y que seguirá coordinando con las autoridades colombianas. Analistas recordaron el choque diplomático de enero, cuando dos aviones militares fueron devueltos antes de aterrizar.

La medida no afecta las llegadas por vuelos comerciales, por los que retornan cada semana decenas de colombianos expulsados también desde México, España y Panamá.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-05-27",
    },
  },
  {
    id: "h12a-es-003",
    lang: "es",
    style: "tv-live-page",
    title: "EN VIVO | Llega a Maiquetía un nuevo vuelo de repatriados desde EE. UU.",
    published: "2026-01-30",
    text: `Siga aquí el minuto a minuto de la llegada de los connacionales.

12:05 | Los repatriados ya salen por el terminal internacional y abordan autobuses hacia Caracas, Valencia y Maracaibo. Algunos lloran al abrazar a sus familiares detrás de la reja.

11:15 | CORRECCIÓN: el Instituto Nacional de Migración precisa que a bordo venían 176 venezolanos, no 180 como se informó en la actualización de las 10:48. Entre ellos hay 22 mujeres y cinco niños.

10:48 | Confirmado: la aeronave de la aerolínea chárter tocó pista en el Aeropuerto Internacional Simón Bolívar a las 10:41 de este viernes. Cerca de 180 pasajeros, según fuentes del aeropuerto.

09:30 | El vuelo despegó en horas de la madrugada de El Paso, Texas, de acuerdo con el portal de rastreo aéreo. Es el tercer vuelo de la semana y el número 71 desde que se reanudó el programa de retorno.

09:00 | Buenos días. Funcionarios del plan Vuelta a la Patria esperan desde temprano en la rampa 4. Familiares de Barquisimeto y Puerto Ordaz llegaron desde la noche anterior.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 176, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional Simón Bolívar"],
      date: "2026-01-30",
    },
  },
  {
    id: "h12a-es-004",
    lang: "es",
    style: "radio-website",
    title: "Retornan un centenar de compatriotas por la terminal sampedrana",
    published: "2025-10-22",
    text: `SAN PEDRO SULA, Cortés. Un centenar de compatriotas retornados desde Estados Unidos recibió este día el Centro de Atención al Migrante Retornado (CAMR), según informó a nuestra emisora la coordinadora del centro, licenciada Dania Sarmiento.

"Vienen cansados, vienen con hambre, pero vienen a su tierra. Aquí se les da una merienda, se les revisa la salud y se les ayuda con el pasaje a su comunidad", dijo Sarmiento en entrevista telefónica con el programa Buenos Días Valle de Sula.

Entre los retornados había jóvenes de Olancho, Yoro, Copán y de la misma zona norte. Al menos seis de ellos dijeron haber sido capturados en redadas en lugares de trabajo en Carolina del Norte.

El vuelo, procedente de Texas, aterrizó a las 10:40 de la mañana de este miércoles en el aeropuerto internacional Ramón Villeda Morales. Más tarde se esperaba un segundo vuelo en Tegucigalpa, del que no se tenían datos al cierre de esta nota.

Según el Observatorio Consular y Migratorio, en lo que va del año suman más de 31,000 hondureños retornados por vía aérea y terrestre, la mayoría desde Estados Unidos y México.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 100, approx: true },
      departure: ["Texas"],
      arrival: ["aeropuerto internacional Ramón Villeda Morales"],
      date: "2025-10-22",
    },
  },
  {
    id: "h12a-es-005",
    lang: "es",
    style: "provincial-paper",
    title: "Entre los repatriados, once son de la provincia",
    published: "2024-11-08",
    text: `SANTIAGO DE LOS CABALLEROS. — Once de los setenta y dos dominicanos repatriados desde Estados Unidos el pasado martes 5 de noviembre son oriundos de esta provincia, informaron fuentes de la Dirección General de Migración en la región norte.

El grupo llegó en un vuelo fletado que partió de Alexandria, Luisiana, y aterrizó pasadas las dos de la tarde en el Aeropuerto Internacional de Las Américas, donde fue recibido por agentes de Migración, de la Dirección Nacional de Control de Drogas y de la Policía.

De los setenta y dos, diecinueve tenían antecedentes por delitos relacionados con drogas, según la DNCD, y ocho habían cumplido condenas por robo o agresión. Los demás fueron deportados por violaciones migratorias.

Doña Altagracia Peralta, del sector Pekín, esperaba a su sobrino en la guagua que lo traería de vuelta al Cibao. "Se fue en yola hace doce años, y ahora vuelve en avión, pero esposado", comentó.

El año pasado la República Dominicana recibió más de 2,300 deportados desde Estados Unidos, además de otros desde Puerto Rico, España e Italia, según cifras oficiales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 72, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2024-11-05",
    },
  },
  {
    id: "h12a-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Primer vuelo chárter con chilenos expulsados de EE.UU. llegaría el lunes",
    published: "2026-02-25",
    text: `SANTIAGO. — Alrededor de 40 chilenos expulsados de Estados Unidos llegarán el próximo lunes 2 de marzo al aeropuerto Arturo Merino Benítez en el primer vuelo chárter de deportación que aterriza en el país, confirmó este miércoles el subsecretario del Interior, Tomás Larraín Ibáñez.

La aeronave saldrá de Harlingen, Texas, y haría una escala técnica de reabastecimiento en Lima, sin desembarco de pasajeros, antes de continuar a Santiago.

"Los vamos a recibir como lo que son: compatriotas. Habrá equipos de la PDI, de salud y del Servicio Nacional de Migraciones", dijo Larraín. Consultado por eventuales órdenes de detención pendientes en Chile, respondió que "la PDI revisará cada caso".

Hasta ahora, los chilenos deportados volvían en vuelos comerciales, en grupos de dos o tres. Según la Cancillería, durante 2025 retornaron de esa forma 318 personas.

En paralelo, Chile ejecutó sus propias expulsiones administrativas: el año pasado, la Fuerza Aérea trasladó a cerca de 600 extranjeros a Venezuela, Colombia y Perú.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CL"],
      people: { value: 40, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["aeropuerto Arturo Merino Benítez"],
      date: "2026-03-02",
    },
  },
  {
    id: "h12a-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Guatemala recibe vuelo con hondureños, salvadoreños y nicaragüenses deportados por EE. UU.",
    published: "2025-07-11",
    text: `CIUDAD DE GUATEMALA. — Un avión con deportados de otros tres países centroamericanos aterrizó el jueves en la Base Aérea de La Aurora, en el primer traslado de ese tipo desde que Guatemala aceptó servir como "país de paso" para extranjeros expulsados por Estados Unidos.

"Recibimos a 46 personas, ciudadanos de Honduras, El Salvador y Nicaragua. Ningún guatemalteco venía en este vuelo", declaró en conferencia el director del Instituto Guatemalteco de Migración (IGM), Óscar Villatoro Cuc. Añadió que el avión salió de Brownsville, Texas.

Los hondureños y salvadoreños serían trasladados por tierra a sus países en un plazo de 72 horas, mientras que el caso de los nicaragüenses "es más complejo", admitió el funcionario, porque Managua no ha respondido a las solicitudes.

Ese mismo día llegaron otros dos vuelos con 251 guatemaltecos retornados, según el IGM, que contabiliza más de 34,000 retornos por vía aérea en lo que va del año.

La Procuraduría de los Derechos Humanos pidió acceso al albergue donde permanecen los extranjeros.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["HN", "SV", "NI"],
      people: { value: 46, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Base Aérea de La Aurora"],
      date: "2025-07-10",
    },
  },
  {
    id: "h12a-es-008",
    lang: "es",
    style: "provincial-paper",
    title: "Cuarenta extranjeros más llegan al CATEM de la Zona Sur",
    published: "2026-03-05",
    text: `CORREDORES, Puntarenas. — Cuarenta migrantes de Asia Central y del sur de Asia, deportados por Estados Unidos, ingresaron en la madrugada de este miércoles al Centro de Atención Temporal de Migrantes (CATEM) tras un viaje en autobús de más de seis horas desde el Valle Central.

El grupo había llegado la noche del martes al aeropuerto Juan Santamaría, en un vuelo procedente de San Diego, informó la Dirección General de Migración y Extranjería (DGME).

Por nacionalidad, el desglose oficial es el siguiente: Kazajistán, 14; Uzbekistán, 9; India, 8; Nepal, 6; Georgia, 3. Hay once menores de edad, todos acompañados.

Vecinos de Paso Canoas dijeron a este medio que los autobuses pasaron escoltados por la Fuerza Pública. "Uno ya se acostumbró, pero da tristeza ver a los chiquitos por la ventana", contó la dueña de una soda frente a la carretera.

La DGME indicó que los extranjeros permanecerán en el CATEM hasta por 30 días, mientras la Organización Internacional para las Migraciones gestiona su retorno o el traslado a un tercer país.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["KZ", "UZ", "IN", "NP", "GE"],
      people: { value: 40, approx: false },
      departure: ["San Diego"],
      arrival: ["aeropuerto Juan Santamaría"],
      date: "2026-03-03",
    },
  },
  {
    id: "h12a-es-009",
    lang: "es",
    style: "andean-newspaper",
    title: "Más de 120 ecuatorianos deportados arriban a Guayaquil",
    published: "2025-09-17",
    text: `GUAYAQUIL. — Más de 120 ecuatorianos deportados desde Estados Unidos arribaron al aeropuerto José Joaquín de Olmedo, según confirmó el Viceministerio de Movilidad Humana a través de sus redes sociales.

El vuelo partió de Mesa, Arizona, y llegó a la urbe porteña este lunes 15 de septiembre, a las 16:20. Entre los pasajeros había personas oriundas de Azuay, Cañar, Chimborazo y Manabí, provincias con alta migración hacia Nueva York y Nueva Jersey.

Funcionarios de la Cancillería entregaron a cada uno un kit de aseo y orientación sobre trámites de reinserción. "Muchos salieron por la selva del Darién, otros por México. Hoy vuelven con las manos vacías", comentó una funcionaria que pidió no ser identificada.

En lo que va de 2025, Ecuador ha recibido 96 vuelos de deportación, de acuerdo con cifras oficiales, la mayoría en Quito y Guayaquil. Ecuador también recibe ciudadanos devueltos desde México y Panamá.

El Viceministerio recordó que el programa "Retorno Digno" ofrece microcréditos a quienes presenten un plan de negocio dentro de los seis meses siguientes a su llegada.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 120, approx: true },
      departure: ["Mesa, Arizona"],
      arrival: ["aeropuerto José Joaquín de Olmedo"],
      date: "2025-09-15",
    },
  },
  {
    id: "h12a-es-010",
    lang: "es",
    style: "government-communique",
    title: "Cancillería: Bolivia no autorizará vuelos chárter de deportación",
    published: "2024-10-02",
    text: `LA PAZ. — El Ministerio de Relaciones Exteriores del Estado Plurinacional de Bolivia informó este martes, mediante comunicado oficial, que no autorizará el aterrizaje en territorio nacional de vuelos chárter destinados a la deportación de bolivianos desde Estados Unidos.

"El Estado boliviano recibirá a sus connacionales, como corresponde, a través de vuelos comerciales regulares y con pleno respeto de su dignidad, sin grilletes ni esposas", señala el texto difundido por la Cancillería.

El pronunciamiento se conoce luego de que medios estadounidenses informaran que el Departamento de Seguridad Nacional evaluaba incluir a Bolivia en una ruta de vuelos que ya pasa por Lima y Santiago.

Según datos consulares, alrededor de 250 bolivianos fueron deportados desde Estados Unidos en el último año, casi todos en vuelos comerciales vía Miami. Un número mucho mayor regresa desde Chile y Argentina por vía terrestre.

Desde el Viceministerio de Régimen Interior se indicó que la Dirección General de Migración mantendrá su puesto de atención en el aeropuerto de Viru Viru, en Santa Cruz, y en El Alto.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-10-01",
    },
  },
  {
    id: "h12a-es-011",
    lang: "es",
    style: "spain-outlet",
    title: "Washington expulsa a cerca de 150 nicaragüenses en un vuelo fletado a Managua",
    published: "2025-06-04",
    text: `Cerca de 150 nicaragüenses expulsados de Estados Unidos aterrizaron el lunes en el Aeropuerto Internacional Augusto C. Sandino de Managua, a bordo de un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE), que despegó de Luisiana a primera hora de la mañana.

El Gobierno de Daniel Ortega y Rosario Murillo no ha divulgado cifras oficiales, pero la prensa independiente nicaragüense, que trabaja en buena parte desde el exilio en Costa Rica, llegó a una cifra parecida a partir de las imágenes de la llegada difundidas por la televisión oficialista.

La llegada coincide con el endurecimiento de la política migratoria de la Administración estadounidense, que ha revocado el permiso humanitario con el que entraron decenas de miles de nicaragüenses, cubanos, haitianos y venezolanos desde 2023.

En España, donde residen unos 40.000 nicaragüenses según el INE, las asociaciones de la diáspora han pedido al Gobierno que agilice las solicitudes de protección internacional. El Ministerio del Interior resolvió el año pasado más de 11.000 expedientes de ciudadanos de Nicaragua.

"Nadie sabe qué pasa con ellos al bajar del avión. No hay observadores, no hay prensa libre", lamentó desde Madrid la activista Yelba Corrales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NI"],
      people: { value: 150, approx: true },
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional Augusto C. Sandino"],
      date: "2025-06-02",
    },
  },
  {
    id: "h12a-es-012",
    lang: "es",
    style: "us-spanish-tv",
    title: "¿Quiénes venían en el vuelo que aterrizó hoy en El Salvador?",
    published: "2026-04-21",
    text: `"Hoy a las 11:05 de la mañana recibimos en el Aeropuerto Internacional San Óscar Arnulfo Romero a ochenta y nueve compatriotas que venían de Dallas; setenta y un hombres, dieciséis mujeres y dos adolescentes", dijo a nuestro equipo en San Salvador el vocero de la Dirección General de Migración y Extranjería, Raúl Guardado.

Así, con pocas palabras, se confirmó este martes la llegada del tercer vuelo de deportación del mes a El Salvador. Según Guardado, la mayoría había vivido en Texas y Virginia y varios tenían hijos nacidos en Estados Unidos.

Nuestro equipo en Houston habló con la esposa de uno de los deportados, quien prefirió no dar su nombre. "Lo agarraron saliendo del trabajo. Dos semanas después ya estaba en el avión", contó entre lágrimas.

Si usted o un familiar enfrenta un proceso de deportación, expertos recomiendan consultar a un abogado de inmigración con licencia y no firmar documentos que no entienda. Envíenos su historia a nuestro WhatsApp.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 89, approx: false },
      departure: ["Dallas"],
      arrival: ["Aeropuerto Internacional San Óscar Arnulfo Romero"],
      date: "2026-04-21",
    },
  },
  {
    id: "h12a-es-013",
    lang: "es",
    style: "near-miss",
    title: "Repatriados a pie: cruzan más de 300 mexicanos por el Paso del Norte",
    published: "2025-11-26",
    text: `CIUDAD JUÁREZ, Chih. — Más de 300 mexicanos fueron repatriados a pie por autoridades estadounidenses a través del Puente Internacional Paso del Norte durante el fin de semana, informó el Instituto Nacional de Migración (INM).

Los connacionales, en su mayoría originarios de Chihuahua, Durango, Guerrero y Michoacán, fueron entregados en grupos de 20 a 40 personas a lo largo del sábado y el domingo, y atendidos en el módulo del programa México te abraza.

"Nos bajaron de un camión del lado de El Paso y nos dijeron: camínele", relató un joven de Zacatecas que había sido detenido en Denver. El INM ofreció traslado en autobús a las terminales de la ciudad.

En lo que va del año, el INM ha registrado más de 140,000 repatriaciones desde Estados Unidos por los puntos fronterizos de Tijuana, Nogales, Ciudad Juárez, Nuevo Laredo y Matamoros. Las repatriaciones por vía aérea al interior del país, suspendidas hace meses, no se han reanudado.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-es-014",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un avión a Nuakchot con 52 migrantes en situación irregular",
    published: "2026-05-15",
    text: `MADRID. — El Ministerio del Interior fletó este jueves un avión con 52 migrantes en situación irregular, la mayoría de nacionalidad mauritana, que despegó del aeropuerto de Gran Canaria y aterrizó en Nuakchot a media tarde, según fuentes policiales.

Se trata de la cuarta repatriación de este tipo en lo que va de año, en el marco del acuerdo de readmisión entre España y Mauritania. Los migrantes habían llegado a Canarias en cayuco en las últimas semanas.

Organizaciones como CEAR cuestionaron la rapidez del procedimiento. "Hay personas que no han podido ver a un abogado", denunció una portavoz.

En 2025 llegaron a Canarias por vía marítima más de 40.000 personas, procedentes sobre todo de Mali, Senegal y Mauritania, según datos de Interior.`,
    expect: { relevant: false },
  },
  {
    id: "h12a-es-015",
    lang: "es",
    style: "near-miss",
    title: "México devuelve por avión a 130 guatemaltecos desde Tapachula",
    published: "2025-02-12",
    text: `CIUDAD DE GUATEMALA. — Un vuelo fletado por el Instituto Nacional de Migración de México aterrizó este martes en el aeropuerto internacional La Aurora con 130 guatemaltecos devueltos desde Tapachula, Chiapas, informó el Instituto Guatemalteco de Migración.

Los retornados habían sido detenidos en México cuando intentaban llegar a la frontera con Estados Unidos. Ninguno de ellos había llegado a territorio estadounidense, precisó el IGM.

Las autoridades guatemaltecas dijeron que también reciben cada semana autobuses con retornados desde México por el puesto fronterizo de Tecún Umán. En 2024, México devolvió a más de 60,000 guatemaltecos, según el IGM.

Los vuelos desde Estados Unidos, que llegan a la Base de la Fuerza Aérea Guatemalteca, no se vieron afectados.`,
    expect: { relevant: false },
  },
];
