// Held-out news corpus no. 22 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT22A: CorpusArticle[] = [
  {
    id: "h22a-en-001",
    lang: "en",
    style: "wire",
    title: "Guatemala receives roughly 130 deportees on early-morning charter from Texas",
    published: "2025-03-14",
    text: `GUATEMALA CITY (Meridian Wire) — A chartered jet carrying roughly 130 Guatemalans removed from the United States touched down early Thursday at La Aurora International Airport, the country's migration institute said, the fourth such arrival this week.

Staff of the Guatemalan Migration Institute met the passengers on the apron and walked them to the returnee reception hall, where each was handed water, a sandwich and a free phone call. A spokeswoman for the institute, Maribel Choc Tun, said the final manifest was still being reconciled with US officials and could move "by a handful either way."

The Boeing 737, operating as flight 2417, had lifted off from Valley International Airport in Harlingen, Texas, a little after 1 a.m. local time, according to public tracking data reviewed by Meridian.

Guatemala has taken in more than 11,000 people on US removal flights since January, government figures show. Most of those planes land in the capital, although a few have been diverted to the Mundo Maya airport in Petén when weather closed La Aurora.

"I left when my daughter was two. She is nine now," said one man, who asked not to be named, as he waited for a minibus to Huehuetenango.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: [],
      people: { value: 130, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["La Aurora International Airport"],
      date: "2025-03-13",
    },
  },
  {
    id: "h22a-en-002",
    lang: "en",
    style: "near-miss",
    title: "Germany flies 81 Afghans to Kabul on second deportation charter",
    published: "2025-07-19",
    text: `LEIPZIG, Germany (Meridian Wire) — A charter jet carrying 81 Afghan men deported from Germany landed in Kabul on Friday morning, the federal interior ministry said, the second such removal flight since the Taliban returned to power.

The aircraft left Leipzig/Halle airport before dawn with federal police escorts on board. All of the men had criminal convictions and had exhausted their appeals, the ministry said, and each was handed a small cash allowance before boarding.

Refugee advocates in Berlin called the flight "a deal with a regime Germany does not recognize." A ministry spokesman, Henrik Salzmann, replied that further charters were "being prepared" and declined to say when the next one would leave.

Several European governments are weighing similar returns. The United States, which has sharply stepped up its own removal flights this year, has not sent a deportation charter to Afghanistan, according to flight trackers.`,
    expect: { relevant: false },
  },
  {
    id: "h22a-en-003",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 64 Ghanaian nationals on charter flight to Accra",
    published: "2025-10-14",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) removed 64 Ghanaian nationals on Oct. 9 aboard a charter flight that departed Phoenix-Mesa Gateway Airport in Mesa, Arizona.

The flight arrived in Accra, Ghana, where the individuals were turned over to Ghanaian immigration officials. Of those removed, 41 had criminal convictions or pending criminal charges in the United States, including convictions for fraud, aggravated assault and drug distribution.

"Each of these removals reflects careful coordination with our foreign partners and a commitment to enforcing final orders issued by immigration judges," said acting ERO Phoenix Field Office Director Douglas Renfrow.

ICE Air Operations supports ICE field offices by moving noncitizens on commercial airlines and chartered aircraft. ERO carries out removals to more than 180 countries each year. For operational security, ICE does not discuss upcoming flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: [],
      people: { value: 64, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Accra"],
      date: "2025-10-09",
    },
  },
  {
    id: "h22a-en-004",
    lang: "en",
    style: "us-local",
    title: "From a Cenla runway to San Pedro Sula: another week at Alexandria's deportation hub",
    published: "2024-11-22",
    text: `ALEXANDRIA, La. — The gray 737 that taxied past the terminal at Alexandria International Airport last Tuesday carried nothing in its cargo hold and no vacationers in its seats.

Aboard were 88 men and 14 women, all citizens of Honduras, who had spent the previous night at the ICE staging facility beside the airfield, according to an airport worker who watched the boarding and a Honduran consular official reached by phone.

The plane landed in San Pedro Sula a little more than three hours after takeoff, the official said, and the passengers were bused to the government's returnee center in La Lima.

Such departures have become routine in Central Louisiana. Airport staff estimate that eight to twelve ICE charters leave AEX in a typical week, most of them bound for Central America, and landing-fee revenue has roughly doubled since 2022.

"You stop noticing after a while, which is the strange part," said Darnell Fontenot, who runs a po'boy shop a mile from the airport gate. A spokesman for ICE's New Orleans field office said the agency does not comment on individual flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      nationalities: [],
      people: { value: 102, approx: false },
      departure: ["Alexandria International Airport"],
      arrival: ["San Pedro Sula"],
      date: "2024-11-19",
    },
  },
  {
    id: "h22a-en-005",
    lang: "en",
    style: "near-miss",
    title: "ICE Air's year in numbers: 1,900 charters, 140 countries and a record July",
    published: "2026-01-05",
    text: `Immigration and Customs Enforcement's contracted airline network flew about 1,900 removal charters in 2025, according to a tally compiled by the Borderwatch Flight Project, a volunteer group that follows the agency's aircraft by transponder data.

July was the busiest month on record, with 212 international removal flights, the group said. Guatemala, Honduras, Mexico and El Salvador again received the most planes, but the number of destinations reached by charter climbed to 140 countries, up from fewer than 100 the year before.

Long-haul flights to Africa and Asia grew fastest. The project counted 46 charters to West Africa alone and a dozen to South Asia, many of them stopping to refuel in Ireland, Senegal or the Gulf.

"These are not numbers ICE publishes, so we reconstruct them one tail number at a time," said coordinator Wendell Ashby. ICE said in a brief statement that its annual removal statistics would be released "in the normal course."`,
    expect: { relevant: false },
  },
  {
    id: "h22a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "43 deportees from US arrive at Norman Manley",
    published: "2025-06-05",
    text: `Forty-three Jamaicans deported from the United States arrived at the Norman Manley International Airport on Wednesday afternoon aboard a chartered aircraft, the Ministry of National Security has confirmed.

The group — thirty-nine men and four women — was processed by the Jamaica Constabulary Force and the Passport, Immigration and Citizenship Agency before being handed over to the ministry's reintegration unit, which provided transport fare and a care package to each person.

In a release, the ministry said the charter originated in Miami and that the manifest had been shared with Kingston "well ahead of arrival." It was the third US charter to land in Kingston this year.

Opposition spokesman on national security Everton Quallo said the Government needed to say how many of the returnees had criminal records and what supervision, if any, they would receive. "Communities deserve to know," he told the Evening Ledger.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      nationalities: [],
      people: { value: 43, approx: false },
      departure: ["Miami"],
      arrival: ["Norman Manley International Airport"],
      date: "2025-06-04",
    },
  },
  {
    id: "h22a-en-007",
    lang: "en",
    style: "wire",
    title: "Nine men deported from US to Rwanda under third-country deal",
    published: "2025-08-19",
    text: `KIGALI, Rwanda (Pan-Atlantic Press) — Nine men deported by the United States arrived in Rwanda on Sunday, the first group sent under an arrangement that allows Washington to remove people to the East African nation even when they are not Rwandan, a government spokeswoman said.

The men are nationals of Iraq, Somalia, Vietnam and Jamaica, according to two people familiar with the arrangement who were not authorized to speak publicly. The spokeswoman, Claudine Mukamana, said they were being housed in a guesthouse run by an international organization and would be offered vocational training.

The aircraft had departed from Louisiana, flight-tracking data show, and made a refueling stop before continuing to Kigali International Airport.

Rwanda has said it could eventually receive up to 250 people under the deal. The Department of Homeland Security did not respond to a request for comment.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["IQ", "SO", "VN", "JM"],
      people: { value: 9, approx: false },
      departure: ["Louisiana"],
      arrival: ["Kigali International Airport"],
      date: "2025-08-17",
    },
  },
  {
    id: "h22a-en-008",
    lang: "en",
    style: "near-miss",
    title: "Bronx pastor deported, escorted onto commercial flight to Lagos",
    published: "2025-03-27",
    text: `A Nigerian pastor who led a storefront congregation in the Bronx for sixteen years was deported on Tuesday, escorted by two ICE officers onto a scheduled commercial flight at John F. Kennedy International Airport, his lawyer said.

The Rev. Adebayo Okonkwo-Pratt, 58, landed in Lagos on Wednesday morning and was met by a brother at Murtala Muhammed International Airport, according to members of his church who spoke with him by phone.

He had been detained in January at a routine check-in and held at a county jail in New Jersey while his lawyer, Sharon Feld, sought to reopen a removal order entered in 2009. A federal judge declined to halt the deportation on Monday.

About 300 congregants gathered outside the church on Wednesday evening. "He stepped onto that plane like any other passenger, except for the two men beside him," said deacon Grace Umeh.`,
    expect: { relevant: false },
  },
  {
    id: "h22a-en-009",
    lang: "en",
    style: "receiving-country-local",
    title: "Palau agrees to take third-country deportees from US",
    published: "2025-09-03",
    text: `KOROR — Palau's government said on Tuesday that it has agreed to accept a limited number of people removed from the United States who are not Palauan citizens, becoming the first Pacific island nation to sign such an arrangement.

Under the memorandum, the Koror Weekly Tide has learned, arrivals are capped at 75 people over the life of the agreement, and Washington will fund housing, health care and job placement for those sent. People with violent criminal records are excluded.

Minister of State Ludwig Tmetuchl said the decision was made "as a partner, not as a favor," and that Palau would retain the right to refuse any individual case. He said no flights had yet been scheduled.

Several members of the Olbiil Era Kelulau, the national congress, criticized the lack of public consultation and said they would seek to review the memorandum in committee next month.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PW"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-02",
    },
  },
  {
    id: "h22a-en-010",
    lang: "en",
    style: "wire",
    title: "Cameroon refuses landing permission for US deportation charter",
    published: "2026-01-16",
    text: `YAOUNDÉ, Cameroon (Pan-Atlantic Press) — Cameroon on Thursday refused landing permission to a US government-chartered aircraft that was to bring home Cameroonian nationals deported from the United States, the communication minister said, calling Washington's request "incomplete and unilateral."

Minister Théophile Ngando Essomba said Cameroon had not received identity documents for the passengers in time to verify their citizenship and would not "accept people on the word of a manifest." He did not say how many people were to have been on board.

A State Department official said the flight had been postponed and that talks with Yaoundé were continuing. The official spoke on condition of anonymity to discuss diplomatic exchanges.

Cameroon has accepted smaller groups of deportees on commercial flights in the past. Rights groups have urged the United States to halt removals to the country's English-speaking regions, where fighting between separatists and the army has displaced hundreds of thousands.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CM"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-15",
    },
  },
  {
    id: "h22a-en-011",
    lang: "en",
    style: "near-miss",
    title: "At a Louisiana detention center, detainees wait weeks for flights that don't come",
    published: "2025-08-06",
    text: `JENA, La. — The men in Dormitory C at the Pine Hollow Processing Center keep a calendar on the wall, and most of the dates are crossed out in red. Each marks a day someone was told his deportation flight was "next week."

Pine Hollow, a privately run facility about an hour north of Alexandria, held roughly 1,400 people last month, nearly all of them with final removal orders, according to figures the operator gave to parish officials. Detainees and their lawyers say many wait six weeks or longer before being moved to the staging facility at the Alexandria airport.

"I signed every paper they gave me. I want to go home to Nouakchott," said one Mauritanian man, 31, who has been held since May. "They say the charter is full, then they say it is cancelled."

ICE said in a statement that scheduling depends on travel documents and on "the availability of receiving-country landing slots," and that Pine Hollow meets federal detention standards. Two members of Congress have asked the inspector general to review medical care at the center after a detainee died there in June.`,
    expect: { relevant: false },
  },
  {
    id: "h22a-en-012",
    lang: "en",
    style: "receiving-country-local",
    title: "Second US charter with Uzbek citizens due in Tashkent on Saturday",
    published: "2025-04-24",
    text: `A charter flight carrying 131 Uzbek citizens deported from the United States is expected to land at Tashkent International Airport on Saturday, the Ministry of Foreign Affairs said in a statement on Thursday.

The aircraft will depart from Newark, New Jersey, and make one technical stop en route, the ministry said. Consular officers from the embassy in Washington will travel on board.

It will be the second such flight this spring. The first, in March, brought home 57 people, most of whom had entered the United States across the southern border in 2023 and 2024.

The Agency for External Labour Migration said it would offer each returnee a one-time grant, a medical check and help finding work in Uzbekistan or in "safe, legal destinations" abroad, the Tashkent Daily Courier reported.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["UZ"],
      nationalities: [],
      people: { value: 131, approx: false },
      departure: ["Newark, New Jersey"],
      arrival: ["Tashkent International Airport"],
      date: "2025-04-26",
    },
  },
  {
    id: "h22a-en-013",
    lang: "en",
    style: "live-blog",
    title: "Live updates: immigration enforcement, Friday",
    published: "2025-02-07",
    text: `9:05 a.m. ET — A federal judge in Seattle has scheduled a hearing for next Thursday on a challenge to the administration's new detention guidance. Lawyers for the plaintiffs say they will ask for a nationwide injunction.

10:18 a.m. — ICE says more than 200 people were arrested in Denver-area operations over the past four days. The agency did not say how many have already been removed from the country.

11:42 a.m. — Dozens of Ecuadorians deported from the US landed this morning in Guayaquil, Ecuador's foreign ministry says. In a post on social media, the ministry put the number at 58 citizens, including nine women, and said all were received at José Joaquín de Olmedo airport by consular staff.

12:30 p.m. — Following up on the Ecuador flight: public tracking data shows the plane originated in El Paso, Texas, and flew without stopping. It is the second removal flight to Ecuador this week.

1:15 p.m. — The House Homeland Security Committee has postponed a hearing on detention funding to next week, a committee aide tells us.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      nationalities: [],
      people: { value: 58, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Guayaquil"],
      date: "2025-02-07",
    },
  },
  {
    id: "h22a-en-014",
    lang: "en",
    style: "explainer",
    title: "Explainer: What we know about the deportation flight that landed in Dhaka",
    published: "2025-05-20",
    text: `What happened? A US government-chartered aircraft carrying Bangladeshi nationals removed from the United States landed early Sunday at Hazrat Shahjalal International Airport in Dhaka. Bangladeshi officials said it was the first charter of its kind; earlier deportees came home in twos and threes on commercial flights.

How many people were on board? The Ministry of Home Affairs put the number at thirty-nine. US officials have not given a figure, and ICE said it does not comment on specific operations.

Where did it come from? Flight-tracking hobbyists say the plane took off from Texas and stopped to refuel in Shannon, Ireland, before continuing east.

What happens to the returnees? Police questioned each passenger at the airport before releasing them to relatives. A migrant-rights group, the Probashi Shongjog Forum, said at least five of the 39 had pending asylum appeals when they were removed.

Will there be more? A foreign ministry spokesman said Dhaka had been told to "expect further flights," without giving dates.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      nationalities: [],
      people: { value: 39, approx: false },
      departure: ["Texas"],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2025-05-18",
    },
  },
  {
    id: "h22a-en-015",
    lang: "en",
    style: "near-miss",
    title: "New Houston nonstop lands at La Aurora as airline bets on family traffic",
    published: "2025-11-04",
    text: `GUATEMALA CITY — The first nonstop flight from Houston operated by Quetzal Air landed at La Aurora International Airport on Monday with 176 passengers, many of them Guatemalans living in Texas who said they were flying home for the first time in years.

Water cannons arched over the Airbus as it taxied in, and a marimba band played in the arrivals hall. The carrier plans four weekly round trips, rising to daily service in December.

Company president Julio Estrada said the airline was targeting families split between the two countries, a market he put at more than a million people. "Every weekend there are people on this route who have not hugged their mothers in a decade," he said.

The same airport receives several US deportation charters every week at its separate Air Force terminal, and tourism officials were asked whether the new route would be used for removals. "This is a commercial route, full stop," Estrada said.`,
    expect: { relevant: false },
  },
  {
    id: "h22a-en-016",
    lang: "en",
    style: "newsletter",
    title: "The Docket Weekly: a visa bulletin surprise, a backlog milestone, and a Santo Domingo flight",
    published: "2025-07-29",
    text: `Good morning, and welcome to The Docket Weekly, our Tuesday roundup for immigration practitioners. Here is what crossed our desk.

1. Visa bulletin. The August bulletin retrogresses EB-3 for the rest of the world by eleven months. Expect calls from clients who thought they were current.

2. Backlog. Immigration courts ended June with 3.4 million pending cases, according to the clearinghouse we track. Average wait for a first master calendar hearing in Houston now exceeds 700 days.

3. Removal flight to Santo Domingo. A charter carrying 77 Dominican nationals landed Monday at Las Américas International Airport, the Dominican migration directorate said. Eleven of the passengers had been arrested in Massachusetts during last month's operations, according to a Boston advocacy group.

4. Quick hits. USCIS fee-waiver guidance updated; two more circuits weigh in on bond hearings; our CLE on third-country removals moves to Aug. 14.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      nationalities: [],
      people: { value: 77, approx: false },
      departure: [],
      arrival: ["Las Américas International Airport"],
      date: "2025-07-28",
    },
  },
  {
    id: "h22a-en-017",
    lang: "en",
    style: "feature",
    title: "The long road back to Nouakchott",
    published: "2025-10-21",
    text: `COLUMBUS, Ohio — On the east side of the city, in a strip of halal groceries and money-transfer kiosks, the Mauritanian community has a word for the men who disappear: they have "gone north," a bitter joke, because the plane that takes them flies south.

Most of the roughly 15,000 Mauritanians who arrived here in 2023 came the same way: a flight to Nicaragua, a bus through Central America, a crossing into Arizona. Many found work in warehouses and trucking within weeks and filed for asylum, and many are still waiting for a hearing.

Sidi Ould Beyah, 34, was not one of the lucky ones. A missed court date, caused by a notice mailed to an old address, turned into a removal order he did not know he had until ICE officers stopped his car outside a warehouse in Groveport in July.

On Sept. 16, Ould Beyah was one of 87 Mauritanian men placed aboard a charter at Alexandria International Airport in Louisiana. The plane touched down in Nouakchott that night, and he was questioned by police for six hours before his uncle could collect him.

"I speak to my wife in Columbus every day on video," he said last week from a cousin's house in the Tevragh Zeina district. "My son asks when I am coming home. I do not know which home he means."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      nationalities: [],
      people: { value: 87, approx: false },
      departure: ["Alexandria International Airport"],
      arrival: ["Nouakchott"],
      date: "2025-09-16",
    },
  },
  {
    id: "h22a-en-018",
    lang: "en",
    style: "receiving-country-local",
    title: "Nine Tongans among 23 deportees on US charter that also stopped in Samoa",
    published: "2025-04-08",
    text: `Nine Tongans deported from the United States arrived home in late March on a chartered aircraft that had first stopped in Apia to let off 14 Samoan citizens, police and immigration officials confirmed this week.

The plane departed Honolulu with all 23 deportees on board and US escort officers, the Ministry of Foreign Affairs said. After the Apia stop it continued to Fua'amotu International Airport, where the Tongan returnees were met by police and by family members.

Police Commissioner Sione Vaipulu told the Nuku'alofa Sun that six of the nine had served prison sentences in California and Utah and would be asked to report to police weekly for three months.

It is the first time a single US charter has served both countries on one trip, officials said. Previous deportees arrived on scheduled flights through Auckland, usually one or two at a time.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["WS", "TO"],
      nationalities: [],
      people: { value: 23, approx: false },
      departure: ["Honolulu"],
      arrival: ["Apia", "Fua'amotu International Airport"],
      date: "2025-03",
    },
  },
  {
    id: "h22a-en-019",
    lang: "en",
    style: "us-local",
    title: "Deportation flight to Vietnam leaves Boeing Field as protesters watch",
    published: "2025-12-05",
    text: `SEATTLE — More than 100 people were flown out of Boeing Field on Wednesday morning on a deportation charter bound for Vietnam, according to advocates who monitored the departure and a statement from Vietnam's foreign ministry.

About forty protesters stood along the fence on East Marginal Way South as the white 767 without airline markings took off shortly after 8 a.m. It was the sixth ICE flight to use the county-owned airport this month, the King County International Airport Watch coalition said.

Many of those on board had lived in the United States for decades, said Linh Tran-Okafor of a Seattle refugee legal clinic, including several who arrived as children before 1995.

The plane later landed at Tan Son Nhat International Airport in Ho Chi Minh City, Vietnam's foreign ministry said, adding that it had "received citizens in accordance with the bilateral agreement." ICE did not respond to questions.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      nationalities: [],
      people: { value: 100, approx: true },
      departure: ["Boeing Field"],
      arrival: ["Ho Chi Minh City"],
      date: "2025-12-03",
    },
  },
  {
    id: "h22a-en-020",
    lang: "en",
    style: "wire",
    title: "US deportation charter lands in Tbilisi with 62 Georgians",
    published: "2026-02-11",
    text: `TBILISI, Georgia (Meridian Wire) — A charter flight carrying 62 Georgian citizens deported from the United States landed at Tbilisi International Airport late Monday, Georgia's Interior Ministry said.

The ministry said the returnees included 48 men and 14 women and that none faced criminal charges in Georgia. A deputy minister, Nino Kvaratskhelia, said Georgia "fully cooperates with its strategic partner on migration."

Georgia has also received removal charters from Germany and Ireland in recent months as European governments tighten asylum rules for citizens of countries they consider safe.

Opposition lawmakers said the government should do more to explain why so many Georgians were leaving in the first place, pointing to figures showing record emigration in 2024 and 2025.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      nationalities: [],
      people: { value: 62, approx: false },
      departure: [],
      arrival: ["Tbilisi International Airport"],
      date: "2026-02-09",
    },
  },
  {
    id: "h22a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Nuevo vuelo con deportados desde Estados Unidos aterriza en Comalapa",
    published: "2025-05-14",
    text: `Un vuelo con salvadoreños deportados desde Estados Unidos aterrizó este martes en el Aeropuerto Internacional San Óscar Arnulfo Romero y Galdámez, informó la Dirección General de Migración y Extranjería (DGME). A bordo venían 81 hombres, 12 mujeres y cuatro menores de edad.

La aeronave despegó de Houston, Texas, a primera hora de la mañana y tocó tierra pasado el mediodía, según el reporte oficial. Es el vuelo número 38 de este tipo que recibe el país en lo que va de 2025.

Tras su llegada, los retornados fueron trasladados en autobuses al centro de atención que la DGME mantiene en la zona del aeropuerto, donde recibieron alimentación, revisión médica y orientación sobre programas de empleo.

"Muchos vienen con lo que traen puesto; aquí se les da un primer apoyo para volver a empezar", dijo a Diario Cuscatleco la coordinadora del centro, Marta Elena Rivas.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: [],
      people: { value: 97, approx: false },
      departure: ["Houston, Texas"],
      arrival: ["Aeropuerto Internacional San Óscar Arnulfo Romero y Galdámez"],
      date: "2025-05-13",
    },
  },
  {
    id: "h22a-es-002",
    lang: "es",
    style: "near-miss",
    title: "México deporta en avión a 134 guatemaltecos desde Villahermosa",
    published: "2025-09-24",
    text: `Un vuelo fletado por el Instituto Nacional de Migración (INM) de México aterrizó este martes en la base de la Fuerza Aérea Guatemalteca, en la capital, con 134 guatemaltecos deportados desde Villahermosa, Tabasco, informó el Instituto Guatemalteco de Migración.

Entre los retornados había 22 mujeres y 15 menores no acompañados. La mayoría había sido detenida en Chiapas y Tabasco mientras intentaba llegar a la frontera con Estados Unidos, según las autoridades.

Es el quinto vuelo de deportación procedente de México en lo que va de septiembre. Guatemala también recibe cada semana varios vuelos de deportados desde Estados Unidos, que llegan al mismo hangar.

"Algunos ni siquiera alcanzaron a cruzar el Usumacinta cuando ya estaban de regreso", comentó un funcionario del centro de recepción que pidió no ser identificado.`,
    expect: { relevant: false },
  },
  {
    id: "h22a-es-003",
    lang: "es",
    style: "us-spanish-outlet",
    title: "Casi 180 venezolanos deportados desde Texas llegan a Maiquetía",
    published: "2025-06-09",
    text: `Un avión con casi 180 venezolanos deportados desde Estados Unidos aterrizó el pasado viernes en Maiquetía, en el litoral central de Venezuela, según confirmaron autoridades de ambos países.

La aeronave, de la aerolínea estatal Conviasa, había salido horas antes de Brownsville, Texas, donde los migrantes fueron entregados por agentes del Servicio de Inmigración y Control de Aduanas (ICE).

Es el vuelo número 21 de este tipo desde que Caracas y Washington reanudaron las repatriaciones a comienzos de año. El Gobierno venezolano difundió imágenes de los retornados al bajar del avión, varios de ellos con niños en brazos.

Familiares en el sur de Florida dijeron a Noticias del Sol que algunos de los deportados tenían casos de asilo pendientes. "A mi hermano lo detuvieron en una cita de rutina en Miami y una semana después ya estaba en Venezuela", contó Yusmary Pérez, residente de Doral.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      nationalities: [],
      people: { value: 180, approx: true },
      departure: ["Brownsville, Texas"],
      arrival: ["Maiquetía"],
      date: "2025-06-06",
    },
  },
  {
    id: "h22a-es-004",
    lang: "es",
    style: "near-miss",
    title: "Cuando el dinero deja de llegar: las remesas y los retornados",
    published: "2025-08-12",
    text: `SAN PEDRO SULA — Durante nueve años, Reina Castellanos recibió cada quincena 300 dólares que su hijo le enviaba desde Charlotte, Carolina del Norte. Desde que él regresó deportado, el sobre de la agencia de envíos ya no llega, y la pulpería familiar apenas alcanza para pagar la luz.

Su caso se repite en miles de hogares. Según el banco central, las remesas representan cerca de una cuarta parte de la economía hondureña, y economistas advierten que el aumento de los retornados podría frenar su crecimiento por primera vez en una década.

Cada semana aterrizan en el aeropuerto Ramón Villeda Morales varios vuelos con hondureños deportados, y con cada uno, dicen los comerciantes de La Lima, se apaga una fuente de ingresos. "El que vuelve ya no manda, ahora hay que mantenerlo", resume el economista Ernesto Padilla Ruiz.

Algunas cooperativas ofrecen créditos a retornados para abrir pequeños negocios, pero los montos son modestos y la demanda supera con creces la oferta.`,
    expect: { relevant: false },
  },
  {
    id: "h22a-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Costa Rica recibe vuelo con 135 migrantes de terceros países deportados por EE.UU.",
    published: "2025-03-04",
    text: `Un vuelo con 135 migrantes deportados desde Estados Unidos, originarios de Rusia, Kazajistán, Armenia y Ghana, aterrizó la noche del domingo en el Aeropuerto Internacional Juan Santamaría, en Alajuela, confirmó la Dirección General de Migración y Extranjería.

Entre los pasajeros viajaban 60 menores de edad, la mayoría acompañados por sus padres. Ninguno de ellos es costarricense: el Gobierno aceptó recibirlos como "puente" mientras se gestiona su retorno a sus países de origen con apoyo de organismos internacionales.

El avión había despegado de San Diego, California, según la información oficial.

Tras un primer control sanitario, los migrantes fueron trasladados en autobuses al Centro de Atención Temporal de Migrantes, en la zona sur, cerca de la frontera con Panamá, donde permanecerán hasta por seis semanas.

La Defensoría de los Habitantes pidió acceso al centro para verificar las condiciones de los menores.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["RU", "KZ", "AM", "GH"],
      people: { value: 135, approx: false },
      departure: ["San Diego, California"],
      arrival: ["Aeropuerto Internacional Juan Santamaría"],
      date: "2025-03-02",
    },
  },
  {
    id: "h22a-es-006",
    lang: "es",
    style: "near-miss",
    title: "Columna: Los aviones que no vemos",
    published: "2025-04-30",
    text: `Cada madrugada, en algún aeropuerto de Luisiana o de Texas, despega un avión sin logotipo con decenas de personas esposadas. Cuando aterriza en Guatemala, en Honduras o en Colombia, casi nadie lo nota. Esa invisibilidad es, quizás, el mayor éxito de la política de deportaciones.

No escribo para discutir si un país tiene derecho a decidir quién vive en su territorio; lo tiene. Escribo porque detrás de cada vuelo hay hijos que se quedan sin padre, empresas que pierden trabajadores y comunidades enteras que aprenden a vivir con miedo.

Las cifras oficiales hablan de cientos de miles de expulsiones al año. Pero las cifras no cuentan la escena del retornado que baja la escalerilla con una bolsa de plástico como único equipaje, ni la llamada que recibe una madre en Olancho cuando su hijo ya está en tierra.

Quizás el día que esos aviones vuelvan a ser noticia, empecemos a discutir en serio qué tipo de sociedad queremos ser.

— Rogelio Anaya Durán es escritor y exdiplomático.`,
    expect: { relevant: false },
  },
  {
    id: "h22a-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Cancillería confirma vuelo con unos 120 colombianos deportados para el miércoles",
    published: "2025-11-07",
    text: `La Cancillería de Colombia informó que el próximo miércoles 12 de noviembre llegará al aeropuerto El Dorado, en Bogotá, un vuelo con unos 120 connacionales deportados de Estados Unidos.

Según el comunicado, la aeronave saldrá de Alexandria, Luisiana, y será recibida por funcionarios de Migración Colombia y de la Cancillería, que ofrecerán orientación y atención psicosocial a los pasajeros.

En octubre el país recibió 14 vuelos de deportación desde territorio estadounidense, la cifra mensual más alta del año, de acuerdo con datos oficiales.

La directora de Asuntos Migratorios, Paola Andrea Rincón, pidió a las familias no acudir al aeropuerto y esperar la llamada de sus parientes. "El proceso de recepción puede tomar varias horas", advirtió.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CO"],
      nationalities: [],
      people: { value: 120, approx: true },
      departure: ["Alexandria, Luisiana"],
      arrival: ["aeropuerto El Dorado"],
      date: "2025-11-12",
    },
  },
  {
    id: "h22a-es-008",
    lang: "es",
    style: "near-miss",
    title: "Vuelo de retorno trae a 210 venezolanos desde Santiago de Chile",
    published: "2025-10-02",
    text: `Un avión de Conviasa con 210 venezolanos que residían en Chile aterrizó este miércoles en el Aeropuerto Internacional Simón Bolívar de Maiquetía, como parte del programa gubernamental de retorno voluntario.

El vuelo despegó del aeropuerto Arturo Merino Benítez, en Santiago, con 74 niños y adolescentes a bordo. Los pasajeros se inscribieron de manera voluntaria ante el consulado venezolano, que cubrió el costo del pasaje, según informó el Ministerio de Relaciones Exteriores.

A diferencia de los vuelos de deportación desde Estados Unidos, que también llegan a Maiquetía con frecuencia, los retornados desde Chile no tenían órdenes de expulsión, aclararon las autoridades.

"Allá trabajé seis años en la construcción, pero ya no alcanzaba", dijo Jhonatan Mora, de 29 años, mientras esperaba su equipaje junto a su esposa y dos hijas.`,
    expect: { relevant: false },
  },
  {
    id: "h22a-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Bolivia volverá a recibir vuelos de deportación desde EE.UU.",
    published: "2026-03-10",
    text: `El Gobierno de Bolivia anunció este lunes que volverá a aceptar vuelos de deportación de ciudadanos bolivianos desde Estados Unidos, tras casi dos años en que solo se admitían retornos individuales en vuelos comerciales.

El viceministro de Régimen Interior, Gonzalo Terceros Mamani, explicó que la decisión forma parte de un acuerdo de cooperación migratoria firmado con Washington y que incluye la verificación previa de la identidad de cada deportado por parte de los consulados.

La autoridad no precisó cuándo llegará el primer vuelo ni cuántas personas vendrán a bordo. "Nuestros compatriotas serán recibidos con dignidad y con acompañamiento", afirmó.

Organizaciones de familiares de migrantes en Cochabamba pidieron que el Gobierno publique el texto completo del acuerdo.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BO"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-09",
    },
  },
  {
    id: "h22a-es-010",
    lang: "es",
    style: "near-miss",
    title: "Cortes de inmigración superan los 3,8 millones de casos pendientes",
    published: "2026-02-18",
    text: `HOUSTON — Los tribunales de inmigración de Estados Unidos cerraron enero con más de 3,8 millones de casos pendientes, una cifra récord que, según abogados, está dejando a miles de inmigrantes con órdenes de deportación dictadas en ausencia sin que se enteraran de sus audiencias.

En la corte de Houston, una de las más congestionadas del país, la espera promedio para una primera audiencia supera los dos años. "Tenemos clientes que se enteran de su orden de deportación cuando ya están en un centro de detención, a punto de subir a un vuelo", dijo la abogada Lorena Ibarra Solís.

El Departamento de Justicia contrató a 60 nuevos jueces el año pasado, pero la jubilación de otros 40 redujo el efecto, de acuerdo con datos de una organización que sigue los casos.

Expertos recomiendan a quienes tienen un caso abierto mantener su dirección actualizada ante la corte y consultar el estado de su expediente por teléfono o en línea.`,
    expect: { relevant: false },
  },
];
