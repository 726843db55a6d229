// Held-out news corpus no. 11 (part a). Only ever SCORED, never tuned to.
// Written by a writer who read only app/domain/news-corpus/types.ts (not the extractor, its tests or
// any other corpus file). Every outlet style is imitated, never copied: every name, quote and number
// in these articles is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT11A: CorpusArticle[] = [
  {
    id: "h11a-en-001",
    lang: "en",
    style: "wire",
    title: "Deportation flight with 88 Brazilians lands in Minas Gerais",
    published: "2025-08-14",
    text: `SAO PAULO (Reuters-style wire) - A U.S. government charter carrying 88 Brazilian deportees landed late on Tuesday at Tancredo Neves International Airport outside Belo Horizonte, Brazil's Ministry of Human Rights said, the latest in a string of removal flights that have strained ties between Brasilia and Washington.

The Boeing 767 had taken off from Alexandria, Louisiana, about nine hours earlier, according to a ministry official who asked not to be named because he was not authorised to speak to the press. Officials said none of the passengers arrived in handcuffs, a point of friction after an earlier flight in January in which several men complained of being shackled for the entire journey.

"We received them as citizens, not as prisoners," said Renata Albuquerque Prado, the ministry's coordinator for returned migrants, who met the group on the tarmac. Most were men in their twenties and thirties from Minas Gerais and Goiás; seven were women and four were children travelling with a parent.

Brazil has received more than 1,900 of its nationals on such flights so far this year, up from roughly 1,300 in all of 2024, government figures show. Colombia, Ecuador and Peru have also seen sharp increases in arrivals, though each has negotiated its own reception arrangements.

The U.S. Immigration and Customs Enforcement agency did not respond to a request for comment. It typically does not discuss individual flights for what it calls operational security reasons.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 88, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Tancredo Neves International Airport"],
      date: "2025-08-12",
    },
  },
  {
    id: "h11a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 14 criminal illegal aliens to Equatorial Guinea after home countries refuse",
    published: "2025-11-06",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement, in coordination with the Department of State, has completed the removal of 14 criminal illegal aliens to the Republic of Equatorial Guinea under a bilateral arrangement announced earlier this autumn.

The aliens removed are citizens of Cuba, Jamaica, Laos and Vietnam whose countries of nationality had declined for months, and in some cases years, to accept their return. Their criminal histories include homicide, armed robbery, sexual assault of a minor and trafficking of controlled substances, according to ICE records.

The flight departed San Antonio, Texas, and arrived in Malabo on Nov. 4, where the aliens were transferred to the custody of Equatorial Guinean authorities.

"These individuals were so dangerous that their own governments would not take them back," said an ICE Enforcement and Removal Operations spokesperson. "Thanks to the cooperation of our partners in Malabo, they are no longer walking American streets."

In fiscal year 2025, ICE conducted more than 2,000 removal flights to over 140 countries. ICE does not disclose planned removal flights in advance for operational security reasons.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GQ"],
      nationalities: ["CU", "JM", "LA", "VN"],
      people: { value: 14, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Malabo"],
      date: "2025-11-04",
    },
  },
  {
    id: "h11a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Nine foreign men flown from U.S. held at Yaounde facility, rights groups say",
    published: "2026-02-19",
    text: `BUEA — Nine Afghan, Iranian and Uzbek men deported from the United States are being held at a government facility on the outskirts of Yaounde after their plane touched down at Yaounde Nsimalen International Airport late on Monday, civil society groups told The Mountain Echo.

None of the men is Cameroonian. They were sent under an arrangement signed in December between Yaounde and Washington, the details of which the Ministry of External Relations has never published.

"Our country has become a waiting room for people nobody wants to receive," said barrister Eposi Ndumbe-Achu of the Fako Human Rights Collective, who said she had been refused access to the group on Tuesday and again on Wednesday. "We do not even know their names."

A ministry statement on Wednesday confirmed "the arrival of a limited number of third-country nationals" and said they would be assisted to return to their countries of origin "in due course". It gave no number.

Cameroon is one of several African states, including Equatorial Guinea, Ghana and Rwanda, to have accepted non-nationals removed by the United States over the past year. Last month Cameroonian immigration officers processed 112 returned Cameroonians on two separate flights, according to figures from the Directorate of Emigration.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      nationalities: ["AF", "IR", "UZ"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["Yaounde Nsimalen International Airport"],
      date: "2026-02-16",
    },
  },
  {
    id: "h11a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Seventeen deportees from US arrive at CJIA",
    published: "2025-06-27",
    text: `Seventeen Guyanese nationals deported from the United States arrived at the Cheddi Jagan International Airport, Timehri, on Thursday afternoon aboard a charter flight from Miami, the Guyana Police Force has confirmed.

The group, fifteen men and two women, was processed by officers of the Criminal Investigation Department and the Immigration Support Services before being released to relatives. Police said four of the returnees had served prison sentences in the US for drug-related offences and would be placed under supervision.

"Some of these young men left Guyana as children. They have no family here and do not know Georgetown," said Pastor Clement Yhap of the Second Chance Ministry in Albouystown, which offers temporary housing to deportees.

Last year a total of 211 Guyanese were deported from the United States, Canada and the United Kingdom combined, according to Ministry of Home Affairs data tabled in the National Assembly. Neighbouring Trinidad and Tobago and Suriname have reported similar increases in returns.

The Ministry of Foreign Affairs said it continues to engage the US Embassy in Georgetown on advance notice of future flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GY"],
      people: { value: 17, approx: false },
      departure: ["Miami"],
      arrival: ["Cheddi Jagan International Airport"],
      date: "2025-06-26",
    },
  },
  {
    id: "h11a-en-005",
    lang: "en",
    style: "agency-brief",
    title: "Zimbabwe receives deportees from United States",
    published: "2026-03-11",
    text: `HARARE, March 11 — About 40 Zimbabweans deported from the United States arrived at Robert Gabriel Mugabe International Airport on Wednesday, the Department of Immigration said.

Officials said the returnees were screened by health and social welfare staff before being allowed to go home. It was the second such flight this year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ZW"],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["Robert Gabriel Mugabe International Airport"],
      date: "2026-03-11",
    },
  },
  {
    id: "h11a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Gambia braces for US deportation charter next week",
    published: "2025-10-02",
    text: `BANJUL — The Gambia government has been notified that a chartered aircraft carrying roughly 30 Gambians ordered removed from the United States will land at Banjul International Airport next Monday, the Ministry of Foreign Affairs said in a statement read on state television on Wednesday evening.

The flight is expected to leave from Louisiana, where most of the men are being held, the ministry said. It urged families "to remain calm and to prepare to receive their loved ones".

The announcement has stirred anxiety in Brikama and Serekunda, where many households depend on money sent from relatives abroad. "My brother sends what feeds eleven people," said Fatou Ceesay, a market trader. "If he comes back, who will feed us?"

In 2019 a similar flight carrying 22 Gambians provoked protests at the airport, and the government briefly suspended cooperation on returns. Senegal and Mauritania have also received removal charters from Washington this year.

The Gambia Immigration Department said reception teams, including psychosocial counsellors from the International Organization for Migration, would be on hand.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["GM"],
      people: { value: 30, approx: true },
      departure: ["Louisiana"],
      arrival: ["Banjul International Airport"],
      date: "2025-10-06",
    },
  },
  {
    id: "h11a-en-007",
    lang: "en",
    style: "wire",
    title: "Zambia says no to taking third-country deportees from US",
    published: "2026-01-22",
    text: `LUSAKA (AP-style wire) — Zambia has turned down a request from the United States to accept migrants of other nationalities deported from American soil, the country's foreign minister said on Wednesday, making it one of the few African governments to publicly refuse such an arrangement.

"Zambia will always receive its own citizens. But we are not a depot for other nations' people," Foreign Minister Chanda Mwiinga-Phiri told reporters in Lusaka. He said the request had been made in November and that the cabinet had considered it "carefully and at length".

Washington has struck deals in the past year with Rwanda, Uganda, Eswatini and Equatorial Guinea, among others, to receive deportees whose home countries will not take them back. Rights groups say many of those sent have been held in prisons or closed centres for months.

The U.S. Embassy in Lusaka said it "respects the sovereign decisions" of the Zambian government and would continue to cooperate on the return of Zambian nationals. About 60 Zambians were deported from the United States in 2025, according to the Department of Immigration.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["ZM"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-21",
    },
  },
  {
    id: "h11a-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "Eight more US deportees land at Entebbe",
    published: "2025-09-18",
    text: `KAMPALA — A second group of non-Ugandan migrants deported from the United States landed at Entebbe International Airport on Tuesday night, the Ministry of Foreign Affairs has confirmed.

The group was made up of four Eritreans, two Somalis, one Sudanese national and one Afghan, said the ministry's permanent secretary, Ambassador Moses Kiggundu-Lwanga, at a press briefing on Wednesday. All are adult men, and none had a criminal record, he said, in keeping with the conditions Uganda set when it agreed to the arrangement in August.

The flight had left Alexandria, Louisiana, and refuelled in Dakar, Senegal, according to a lawyer for one of the Eritrean men, who spoke on condition of anonymity.

"Uganda has a long tradition of hosting refugees. This is consistent with that tradition," Kiggundu-Lwanga said, adding that the men would be free to apply for asylum. Uganda already hosts more than 1.7 million refugees, most of them from South Sudan and the Democratic Republic of Congo.

Opposition MP Sarah Nabwire-Okello told Parliament the deal had been concluded "in darkness" and demanded that its terms be tabled.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["ER", "SO", "SD", "AF"],
      people: { value: 8, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Entebbe International Airport"],
      date: "2025-09-16",
    },
  },
  {
    id: "h11a-en-009",
    lang: "en",
    style: "us-local",
    title: "From a Cenla runway, another plane full of deportees heads south",
    published: "2024-11-13",
    text: `Shortly after 7 a.m. Monday, a white Boeing 737 with no airline markings taxied past the general aviation hangars at Alexandria International Airport and lifted off toward the Gulf. On board, according to Honduran officials, were 134 Honduran men and women being deported from the United States.

The flight landed in San Pedro Sula a little under three hours later, Honduras' National Migration Institute said in a post on social media, listing 121 men and 13 women among the returnees.

Such departures have become routine in Central Louisiana. The airport's staging facility, run by a private contractor for U.S. Immigration and Customs Enforcement, handled an average of nine international removal flights a week in October, according to flight-tracking data compiled by a volunteer group in Pineville.

"You hear them every morning. You stop noticing," said Darlene Fontenot, 61, who lives off England Drive and has watched the planes for years. "Then sometimes you see the buses pull up and you remember those are people."

Airport director Ray Thibodeaux said the ICE operations bring roughly $2 million a year in fees and fuel sales. ICE said in an emailed statement that it does not comment on specific flights.

Guatemala, El Salvador and Colombia are the other most frequent destinations for flights leaving Alexandria, the volunteer data show.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 134, approx: false },
      departure: ["Alexandria International Airport"],
      arrival: ["San Pedro Sula"],
      date: "2024-11-11",
    },
  },
  {
    id: "h11a-en-010",
    lang: "en",
    style: "live-blog",
    title: "LIVE: Haiti updates — deportation flight arrives in the north as violence continues in capital",
    published: "2025-03-08",
    text: `11:42 a.m. — Haiti's National Migration Office (ONM) says more than 50 Haitians deported from the United States have landed at Cap-Haïtien International Airport this morning. Officials have not said where the flight left from. This is the first removal flight to the north since January.

11:15 a.m. — Gunfire reported again near Delmas 32 in Port-au-Prince. Toussaint Louverture International Airport remains closed to commercial traffic.

10:50 a.m. — An ONM official, Jean-Robert Dorvilus, tells our reporter that the returnees will receive a hygiene kit and 5,000 gourdes each. "We are doing what we can with what we have," he said.

9:30 a.m. — The UN says 1.1 million people are now internally displaced in Haiti. The Dominican Republic deported more than 20,000 Haitians by land last month, according to the Support Group for Returnees and Refugees.

8:05 a.m. — Welcome to our live coverage. Our correspondent is in Cap-Haïtien, where a U.S. deportation flight is expected this morning.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 50, approx: true },
      departure: [],
      arrival: ["Cap-Haïtien International Airport"],
      date: "2025-03-08",
    },
  },
  {
    id: "h11a-en-011",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 61 Albanians from Stansted",
    published: "2026-04-15",
    text: `LONDON — A Home Office charter flight carrying 61 Albanian nationals left Stansted Airport on Tuesday night and landed at Tirana International Airport Nënë Tereza early on Wednesday, the department said, the largest single return to Albania this year.

Those removed included people with criminal convictions and others who had exhausted their appeals, the Home Office said. Fourteen had arrived in the UK on small boats across the Channel.

"Those with no right to be here will be removed," the Border Security Minister said in a statement. Refugee charities criticised the speed of the removals and said at least two people on the flight had pending judicial reviews.

Britain has returned more than 5,000 Albanians since a bilateral returns agreement was signed in 2022. France, Germany and the Netherlands have also stepped up removal flights to the Western Balkans this spring.`,
    expect: { relevant: false },
  },
  {
    id: "h11a-en-012",
    lang: "en",
    style: "near-miss",
    title: "Plane used for ICE removals flies relief supplies to Jamaica",
    published: "2025-07-24",
    text: `MIAMI — A Boeing 737 normally chartered by U.S. Immigration and Customs Enforcement for deportation flights landed at Norman Manley International Airport in Kingston on Wednesday carrying 18 tonnes of tarpaulins, water purification tablets and generators for communities hit by last week's flooding, the State Department said.

No deportees were on board, a State Department spokesperson said in response to questions, and the aircraft returned empty to Miami the same evening. "This was a humanitarian mission, full stop," the spokesperson said.

The use of a removal aircraft drew comment on social media in Jamaica, where deportation flights from the United States arrive roughly twice a month. Jamaican officials said they had requested "any available lift" after commercial cargo capacity was exhausted.

The U.S. Agency for International Development's successor office said a second relief shipment would go by sea.`,
    expect: { relevant: false },
  },
  {
    id: "h11a-en-013",
    lang: "en",
    style: "opinion-near-miss",
    title: "Opinion: Why was a New Bedford grandfather put on a plane to Praia?",
    published: "2026-05-29",
    text: `Last Friday, Manuel Tavares Semedo, 67, a retired fish-plant worker who has lived in New Bedford since 1981, was driven from a detention center in Burlington to Logan Airport and put on a commercial TAP flight to Lisbon, connecting to Praia, Cape Verde. Two ICE officers sat beside him. His granddaughter found out from a text message.

I have known Manuel for twenty years. He coached my son's youth soccer team. His only conviction, for a bar fight in 1994, was so minor that a judge sealed it. And yet in the current climate, that was enough.

This is not an argument against enforcement. It is an argument for judgment. Immigration courts in Massachusetts now carry a backlog of more than 140,000 cases, and the people deported are increasingly not the ones anybody would call a threat.

Cape Verde, a country of half a million people, is not equipped to receive men like Manuel, who speak Kriolu with an American accent and have no one waiting for them. We should be better than this.

The writer is a member of the New Bedford City Council.`,
    expect: { relevant: false },
  },
  {
    id: "h11a-en-014",
    lang: "en",
    style: "news-summary-near-miss",
    title: "Morning briefing: Fed signals pause, Germany deports Afghans, storms in the Plains",
    published: "2024-09-12",
    text: `Good morning. Here is what you need to know today.

Federal Reserve officials signaled on Wednesday that they may hold interest rates steady at next week's meeting, citing stubborn housing costs. Markets in Asia opened slightly lower.

Germany carried out its second deportation flight to Afghanistan since the Taliban takeover, flying 31 Afghan men with criminal convictions from Leipzig to Kabul on Wednesday. Berlin said the flight was organised with the help of Qatar. Rights groups in Germany called it a dangerous precedent.

In Washington, a report from the Government Accountability Office found that the U.S. immigration court backlog has passed 3.7 million cases, with the average wait for a hearing now more than four years.

Severe thunderstorms are forecast across Kansas and Oklahoma through Friday, with a risk of large hail.

And finally: a Labrador in Maine has been named mayor of a small town for the third year running.`,
    expect: { relevant: false },
  },
  {
    id: "h11a-en-015",
    lang: "en",
    style: "qa-explainer",
    title: "What we know about the deportation flight to Baghdad",
    published: "2024-12-05",
    text: `A U.S. government charter carrying Iraqi nationals ordered deported landed in Baghdad over the weekend, the first such flight in several years. Here is what we know.

Who was on the plane?
Roughly two dozen Iraqi men, according to Iraq's Ministry of Migration and Displaced. Several had lived in Michigan and Tennessee for decades, their lawyers say. Among them were Chaldean Christians and Kurds, whose advocates fear for their safety.

When and where did it fly?
The plane left Newark and touched down at Baghdad International Airport on Sunday, the ministry said. It refuelled in Shannon, Ireland.

Why now?
Iraq had for years been reluctant to issue travel documents to people the United States wanted to remove. An agreement reached in October by the two governments eased that, U.S. officials said, though neither side has published its text.

What happens next?
"Each person will be interviewed and helped to reach his province," said ministry spokesman Ali Jabbar al-Saadi. Lawyers in Detroit said they had filed emergency motions for at least 40 more Iraqis still in detention in the United States.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IQ"],
      people: { value: 24, approx: true },
      departure: ["Newark"],
      arrival: ["Baghdad International Airport"],
      date: "2024-12-01",
    },
  },
  {
    id: "h11a-es-001",
    lang: "es",
    style: "government-communique",
    title: "IGM atiende a 128 connacionales retornados desde Estados Unidos",
    published: "2026-01-09",
    text: `Guatemala, 9 de enero de 2026. El Instituto Guatemalteco de Migración (IGM) informa que este viernes se recibió un vuelo con 128 personas guatemaltecas retornadas, procedente de Harlingen, Texas, Estados Unidos.

Del total, 109 son hombres y 19 mujeres, todos mayores de edad. Las personas fueron atendidas en el Centro de Recepción de Retornados ubicado en la Fuerza Aérea Guatemalteca, donde recibieron alimentación, kits de higiene, atención médica y psicológica, así como la posibilidad de realizar una llamada a sus familiares.

Con el apoyo del Registro Nacional de las Personas (Renap), 23 connacionales iniciaron el trámite de su Documento Personal de Identificación. Posteriormente, quienes así lo solicitaron fueron trasladados a la terminal de buses para regresar a sus comunidades de origen en Huehuetenango, San Marcos y Quiché.

El IGM recuerda que durante 2025 se registró el retorno de 54 mil 310 personas guatemaltecas desde Estados Unidos y México, por vía aérea y terrestre.

El Instituto reitera su compromiso de brindar un retorno seguro, digno y ordenado a todas las personas guatemaltecas.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 128, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Fuerza Aérea Guatemalteca"],
      date: "2026-01-09",
    },
  },
  {
    id: "h11a-es-002",
    lang: "es",
    style: "radio-website",
    title: "Llegan 97 compatriotas deportados a Palmerola",
    published: "2025-05-23",
    text: `COMAYAGUA, Honduras — Un total de 97 hondureños deportados desde Estados Unidos aterrizaron la tarde de este jueves en el Aeropuerto Internacional de Palmerola, informó a Radio Valle Central la coordinadora del Centro de Atención al Migrante Retornado (CAMR), licenciada Yessenia Murillo Banegas.

El vuelo despegó desde Alexandría, Luisiana, y en él venían 81 hombres, 12 mujeres y cuatro menores de edad acompañados por sus padres. "Todos llegaron en buen estado de salud, gracias a Dios", dijo Murillo en entrevista telefónica con nuestro noticiero del mediodía.

Los retornados recibieron un bono de 100 dólares del programa "Hermano, vuelve a casa" y fueron trasladados en autobuses hacia la terminal de Comayagua y hacia San Pedro Sula.

Según cifras del Observatorio Consular y Migratorio, en lo que va del año suman más de 11 mil los hondureños retornados por vía aérea, la gran mayoría desde Estados Unidos y en menor medida desde México.

Radio Valle Central seguirá informando.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 97, approx: false },
      departure: ["Alexandría, Luisiana"],
      arrival: ["Aeropuerto Internacional de Palmerola"],
      date: "2025-05-22",
    },
  },
  {
    id: "h11a-es-003",
    lang: "es",
    style: "tv-live-page",
    title: "EN VIVO | Aterriza vuelo con salvadoreños deportados desde Estados Unidos",
    published: "2026-04-24",
    text: `10:35 a. m. | Confirmado: un centenar de salvadoreños deportados aterrizó esta mañana en el Aeropuerto Internacional San Óscar Arnulfo Romero y Galdámez. La Dirección General de Migración y Extranjería indicó que el avión salió de El Paso, Texas, a primera hora.

10:20 a. m. | Nuestro equipo de prensa reporta que los retornados están siendo trasladados en microbuses hacia el centro de atención de la Dirección de Atención al Migrante, en San Salvador.

9:58 a. m. | El avión, sin logotipos visibles, ya se encuentra en la plataforma de la terminal de carga.

9:40 a. m. | Buenos días. Seguimos en vivo desde las afueras de la terminal aérea, en San Luis Talpa, La Paz, donde se espera la llegada de un nuevo vuelo con compatriotas deportados. En lo que va de abril, según Migración, han llegado nueve vuelos similares.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 100, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional San Óscar Arnulfo Romero y Galdámez"],
      date: "2026-04-24",
    },
  },
  {
    id: "h11a-es-004",
    lang: "es",
    style: "andean-outlet",
    title: "Migraciones: 112 peruanos expulsados de EE. UU. llegaron al Callao",
    published: "2025-11-28",
    text: `Lima. La Superintendencia Nacional de Migraciones informó este viernes que 112 ciudadanos peruanos expulsados por Estados Unidos arribaron en la madrugada del miércoles al Aeropuerto Internacional Jorge Chávez, en un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE).

La aeronave partió de Mesa, Arizona, e hizo una escala técnica en Panamá antes de llegar al Callao, precisó la entidad en un comunicado difundido en sus redes sociales.

Entre los repatriados había 94 varones y 18 mujeres, la mayoría procedentes de Lima, La Libertad y Junín. Personal de la Cancillería y del Ministerio de la Mujer brindó orientación a los recién llegados, y seis de ellos fueron puestos a disposición de la Policía Nacional por tener requisitorias pendientes.

"Nuestros compatriotas regresan con la frente en alto; el Estado los acompaña", declaró el viceministro de Comunidades Peruanas en el Exterior, Augusto Villavicencio Rengifo.

Con este vuelo, ya son 14 las operaciones de este tipo que llegaron al Perú en 2025, con un total cercano a los 1.600 retornados, según cifras oficiales. Ecuador y Colombia reciben un número considerablemente mayor de vuelos cada mes.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 112, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2025-11-26",
    },
  },
  {
    id: "h11a-es-005",
    lang: "es",
    style: "provincial-paper",
    title: "¿Cuándo llega el vuelo con bolivianos deportados? Esto se sabe",
    published: "2026-05-14",
    text: `SANTA CRUZ DE LA SIERRA — Un avión con alrededor de 60 bolivianos deportados desde Estados Unidos aterrizará este sábado en el Aeropuerto Internacional Viru Viru, confirmó a EL CRUCEÑO la Dirección General de Migración.

Según la información preliminar, la mayoría de los connacionales son oriundos de Cochabamba y de Santa Cruz, y fueron detenidos en los estados de Virginia y Maryland, donde reside una numerosa comunidad boliviana.

"Tendremos equipos de salud y de la Defensoría del Pueblo en la pista para recibirlos", explicó la directora departamental de Migración, Lic. Carla Suárez Justiniano. La funcionaria no precisó desde qué ciudad estadounidense partirá la aeronave.

Este será el tercer vuelo de deportación que llega a Bolivia en lo que va del año. En marzo, otro avión trajo a 47 personas, mientras que en febrero arribaron 38.

Familiares de los deportados se reunieron el miércoles en la plaza 24 de Septiembre para pedir información. "Solo queremos saber si mi hijo viene en ese avión", dijo doña Rosa Aguilera, de Montero.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["BO"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional Viru Viru"],
      date: "2026-05-16",
    },
  },
  {
    id: "h11a-es-006",
    lang: "es",
    style: "andean-outlet",
    title: "Más de 80 ecuatorianos deportados arriban a Guayaquil",
    published: "2025-09-03",
    text: `GUAYAQUIL. – Más de 80 ecuatorianos deportados desde Texas llegaron el lunes 1 de septiembre al aeropuerto José Joaquín de Olmedo, en un vuelo que aterrizó pasadas las 14:00, confirmó el Ministerio de Relaciones Exteriores y Movilidad Humana.

La Cancillería no entregó la cifra exacta de pasajeros, aunque señaló que entre ellos venían varias familias con niños pequeños.

Los deportados fueron recibidos en una sala especial habilitada en la terminal, donde funcionarios del Registro Civil y del Ministerio de Inclusión Económica y Social les ofrecieron asistencia. Varios jóvenes salieron del aeropuerto sin equipaje, con sus pertenencias en bolsas plásticas.

"Pagué 15 mil dólares a un coyote y en tres meses estoy de vuelta", lamentó Byron, de 24 años, oriundo de Cañar, que prefirió no dar su apellido.

Ecuador es, junto a Guatemala, Honduras y Colombia, uno de los países de la región que más vuelos de deportación reciben. En 2024 llegaron al país más de 160 vuelos de este tipo, según datos oficiales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 80, approx: true },
      departure: ["Texas"],
      arrival: ["aeropuerto José Joaquín de Olmedo"],
      date: "2025-09-01",
    },
  },
  {
    id: "h11a-es-007",
    lang: "es",
    style: "government-communique",
    title: "Comunicado: Colombia reanuda la recepción de vuelos con connacionales deportados",
    published: "2026-02-07",
    text: `Bogotá, 6 de febrero de 2026. El Ministerio de Relaciones Exteriores informa a la opinión pública que, tras las conversaciones sostenidas con el Gobierno de los Estados Unidos de América, a partir de la fecha se reanuda la recepción de vuelos con ciudadanos colombianos en condición de deportación.

La decisión se adopta luego de obtener garantías sobre el trato digno a nuestros connacionales durante los traslados, incluyendo que no se usarán esposas ni grilletes a bordo y que los vuelos arribarán a terminales con presencia de Migración Colombia.

La recepción de estos vuelos había sido suspendida el pasado 12 de enero, luego de que ciudadanos retornados denunciaran malos tratos durante un vuelo con destino a Bogotá.

La Cancillería recuerda que los colombianos retornados podrán acceder a la oferta institucional de atención a través de los Centros de Referenciación y Oportunidades para el Retorno.

Ministerio de Relaciones Exteriores — República de Colombia`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-06",
    },
  },
  {
    id: "h11a-es-008",
    lang: "es",
    style: "receiving-country-local",
    title: "Arriba a Maiquetía nuevo vuelo con 179 migrantes repatriados",
    published: "2025-10-16",
    text: `CARACAS. – Un avión con 179 venezolanos deportados desde Estados Unidos aterrizó este jueves en el Aeropuerto Internacional Simón Bolívar, en Maiquetía, estado La Guaira, según informó el Ministerio del Poder Popular para Relaciones Interiores.

La aeronave, operada por una aerolínea contratada por el gobierno estadounidense, había despegado de Phoenix, Arizona, en la madrugada. A bordo viajaban 149 hombres, 22 mujeres y ocho niños, detalló el despacho en un comunicado.

Los repatriados fueron sometidos a controles médicos y entrevistas con funcionarios del Servicio Administrativo de Identificación, Migración y Extranjería (Saime) antes de reunirse con sus familiares en la terminal.

"Aquí no hay delincuentes, hay trabajadores que fueron perseguidos", afirmó el viceministro Néstor Álvarez Briceño durante el acto de recepción.

Desde febrero, más de 13.000 venezolanos han regresado al país en vuelos procedentes de Estados Unidos y de México, de acuerdo con cifras oficiales. Otros fueron enviados a terceros países como El Salvador y Honduras.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 179, approx: false },
      departure: ["Phoenix, Arizona"],
      arrival: ["Aeropuerto Internacional Simón Bolívar"],
      date: "2025-10-16",
    },
  },
  {
    id: "h11a-es-009",
    lang: "es",
    style: "central-american-outlet",
    title: "Costa Rica recibe a 74 migrantes de Asia Central y del sur de Asia deportados por EE. UU.",
    published: "2026-06-10",
    text: `SAN JOSÉ — Un grupo de 74 migrantes deportados por Estados Unidos llegó el martes por la noche al Aeropuerto Internacional Juan Santamaría, en Alajuela, como parte del acuerdo por el cual Costa Rica funciona como "país puente" para extranjeros que Washington no puede enviar directamente a sus naciones.

"Vienen ciudadanos de Uzbekistán, de Kazajistán, de Nepal y de la India; entre ellos hay 21 menores de edad, todos acompañados", detalló en conferencia de prensa el viceministro de Gobernación, Esteban Quirós Madrigal. Ninguno es costarricense, subrayó.

El vuelo procedía de San Diego, California, según la Dirección General de Migración y Extranjería. Tras los controles sanitarios, los migrantes fueron trasladados en autobuses al Centro de Atención Temporal de Migrantes (CATEM), en la zona sur, cerca de la frontera con Panamá.

La Defensoría de los Habitantes pidió garantizar el acceso de los extranjeros a solicitar refugio. "No pueden quedar en un limbo jurídico como ocurrió el año pasado", señaló su titular.

Es el segundo grupo de este tipo que recibe el país en 2026. Panamá, por su parte, ha recibido cerca de 600 extranjeros en condiciones similares desde el inicio del programa.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["UZ", "KZ", "NP", "IN"],
      people: { value: 74, approx: false },
      departure: ["San Diego, California"],
      arrival: ["Aeropuerto Internacional Juan Santamaría"],
      date: "2026-06-09",
    },
  },
  {
    id: "h11a-es-010",
    lang: "es",
    style: "central-american-outlet",
    title: "Migración detalla nacionalidades de extranjeros deportados a Panamá",
    published: "2025-04-17",
    text: `CIUDAD DE PANAMÁ. El Servicio Nacional de Migración (SNM) recibió el miércoles 16 de abril, en el Aeropuerto Internacional de Tocumen, un vuelo procedente de Estados Unidos con 36 extranjeros deportados que no son de nacionalidad panameña.

El desglose por nacionalidad facilitado por el SNM es el siguiente: Camerún, 12; Afganistán, 9; China, 7; Pakistán, 5; Irán, 3.

La directora del SNM, Marisol Pinzón de Arosemena, explicó que los extranjeros permanecerán en un albergue en la provincia de Darién mientras la Organización Internacional para las Migraciones (OIM) gestiona su regreso a sus países o su reubicación en un tercer Estado. "Panamá cumple su palabra, pero no será un centro de detención permanente", dijo.

Con este, suman cuatro los vuelos de este tipo recibidos desde febrero. El primero trajo a 119 personas y el segundo a 299, según cifras oficiales citadas en su momento por el Gobierno.

Organizaciones de derechos humanos han cuestionado el acuerdo, que según el Ejecutivo es financiado en su totalidad por Washington.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CM", "AF", "CN", "PK", "IR"],
      people: { value: 36, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional de Tocumen"],
      date: "2025-04-16",
    },
  },
  {
    id: "h11a-es-011",
    lang: "es",
    style: "provincial-paper",
    title: "Entre los 72 deportados llegados el sábado hay cinco francomacorisanos",
    published: "2026-03-30",
    text: `SAN FRANCISCO DE MACORÍS. — Cinco jóvenes de esta provincia figuran entre los setenta y dos dominicanos deportados desde Estados Unidos que llegaron el pasado sábado al Aeropuerto Internacional de Las Américas, según la lista que la Dirección General de Migración entregó a las autoridades locales.

El vuelo, procedente de Newark, aterrizó poco después del mediodía. Los deportados fueron entrevistados por agentes de la Dirección Nacional de Control de Drogas y del Departamento de Migración antes de ser entregados a sus familiares.

De acuerdo con el gobernador provincial, Ramón Antonio Abreu Then, tres de los cinco francomacorisanos habían cumplido condenas en cárceles de Nueva York y Pensilvania. "Vamos a darles seguimiento, pero también oportunidades; nadie se recupera en la calle", dijo a este diario.

La República Dominicana recibió en 2025 más de 3.400 nacionales deportados desde Estados Unidos, la mayoría en vuelos fletados que llegan dos veces por semana, y otros 600 desde Puerto Rico e islas vecinas.

En el barrio Los Rieles, la madre de uno de los jóvenes, doña Altagracia, aseguró que no sabía que su hijo venía en ese avión hasta que recibió una llamada desde la terminal.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 72, approx: false },
      departure: ["Newark"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-03-28",
    },
  },
  {
    id: "h11a-es-012",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un vuelo desde Madrid para devolver a 48 mauritanos a Nuakchot",
    published: "2025-12-03",
    text: `MADRID — El Ministerio del Interior devolvió este martes a Mauritania a 48 ciudadanos mauritanos que habían llegado de forma irregular a Canarias en cayuco, en un vuelo fletado que despegó del aeropuerto Adolfo Suárez Madrid-Barajas con destino a Nuakchot, según fuentes policiales.

La operación, coordinada con la agencia europea Frontex, se enmarca en el acuerdo de readmisión firmado entre Madrid y Nuakchot. Es el quinto vuelo de este tipo en lo que va de año.

Organizaciones como la Comisión Española de Ayuda al Refugiado criticaron la rapidez de los procedimientos. "Hay personas que no tuvieron acceso real a un abogado", denunció una portavoz.

Canarias ha recibido este año más de 30.000 llegadas por la ruta atlántica, según el Ministerio del Interior, una cifra inferior a la de 2024. Alemania e Italia también han intensificado sus vuelos de retorno a países africanos.`,
    expect: { relevant: false },
  },
  {
    id: "h11a-es-013",
    lang: "es",
    style: "near-miss",
    title: "México devuelve por tierra a 214 guatemaltecos por el puente Rodolfo Robles",
    published: "2024-10-21",
    text: `TECÚN UMÁN, San Marcos — Un total de 214 guatemaltecos fueron devueltos por las autoridades mexicanas durante el fin de semana a través del puente fronterizo Rodolfo Robles, que une Ciudad Hidalgo, Chiapas, con este municipio, informó el Instituto Guatemalteco de Migración (IGM).

Los connacionales llegaron en siete autobuses del Instituto Nacional de Migración de México, procedentes de estaciones migratorias de Tapachula y Villahermosa. Entre ellos venían 31 menores de edad, cinco de ellos no acompañados.

"Fueron detenidos en territorio mexicano cuando intentaban llegar a la frontera norte", indicó un portavoz del IGM, quien añadió que ninguno había cruzado a Estados Unidos.

En lo que va del año, México ha devuelto por vía terrestre a más de 16.000 guatemaltecos, mientras que los vuelos procedentes de Estados Unidos suman otros 40.000 retornados, según cifras oficiales.`,
    expect: { relevant: false },
  },
  {
    id: "h11a-es-014",
    lang: "es",
    style: "near-miss",
    title: "Llegan 132 hondureños en vuelo desde Villahermosa",
    published: "2025-08-30",
    text: `SAN PEDRO SULA — Un vuelo del gobierno de México con 132 hondureños retornados aterrizó este sábado en el Aeropuerto Internacional Ramón Villeda Morales, procedente de Villahermosa, Tabasco, informó el Centro de Atención al Migrante Retornado.

Los hondureños habían sido detenidos por el Instituto Nacional de Migración mexicano en los estados de Tabasco, Veracruz y Chiapas mientras viajaban rumbo a la frontera con Estados Unidos.

"Son compatriotas que ni siquiera llegaron a territorio estadounidense; muchos fueron detenidos en autobuses", explicó la coordinadora del centro, Iris Yamileth Zepeda.

México es este año el segundo país que más hondureños devuelve, después de Estados Unidos. Por vía terrestre, a través de Corinto y Agua Caliente, también ingresan semanalmente cientos de retornados desde Guatemala.`,
    expect: { relevant: false },
  },
  {
    id: "h11a-es-015",
    lang: "es",
    style: "us-spanish-press",
    title: "Nicaragua suspende la recepción de vuelos de deportados desde Estados Unidos",
    published: "2026-06-20",
    text: `MIAMI — El gobierno de Nicaragua anunció el jueves que suspende "hasta nuevo aviso" la recepción de vuelos con nicaragüenses deportados desde Estados Unidos, en medio de una nueva escalada de tensiones diplomáticas entre Managua y Washington, según un comunicado leído en los medios oficialistas.

La medida afecta a los vuelos fletados por el Servicio de Inmigración y Control de Aduanas (ICE) que aterrizaban dos o tres veces al mes en el Aeropuerto Internacional Augusto C. Sandino, en Managua. El comunicado no precisó cuántas personas están a la espera de ser deportadas.

"Esto deja a miles de familias en el aire, literalmente", dijo a este medio desde Miami la abogada de inmigración Gabriela Sotomayor Chamorro, quien representa a varios nicaragüenses con órdenes de deportación. "Algunos llevan meses detenidos en Luisiana esperando un vuelo que ahora no va a salir".

El Departamento de Seguridad Nacional no respondió a una solicitud de comentarios. Washington ya había amenazado en el pasado con restringir visas a funcionarios de países que se nieguen a aceptar a sus nacionales deportados.

En 2025, según datos del ICE, más de 2.300 nicaragüenses fueron deportados desde Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["NI"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-06-18",
    },
  },
];
