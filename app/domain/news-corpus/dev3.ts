import type { CorpusArticle } from "./types";

// Third development set, written for this project in its own words by a writer who has not read the
// extractor. Modelled on how wires, DHS releases, US local papers and receiving countries' English,
// Spanish and Chinese (Simplified and Traditional) press report removal flights. Every name, official,
// quote and number is invented.
export const ARTICLES_DEV3: CorpusArticle[] = [
  {
    id: "d3-en-001",
    lang: "en",
    style: "wire",
    title: `US returns dozens of Georgians on overnight charter`,
    published: "2026-03-13",
    text: `TBILISI (Wire) — Washington sent 58 people back to Georgia on Thursday, the latest in a run of removal charters to the South Caucasus.

The plane touched down in Tbilisi before dawn, Georgia's interior ministry said in a short statement, adding that all passengers were Georgian citizens and that none was wanted at home.

The aircraft, a Boeing 767 operated for U.S. Immigration and Customs Enforcement, had departed from Mesa, Arizona, with a refuelling stop on the Atlantic coast.

Deputy minister Levan Koridze told reporters the returnees would be offered help finding work. "Most of them crossed the southern border last year and were held ever since," he said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 58, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tbilisi"],
      date: "2026-03-12",
    },
  },
  {
    id: "d3-en-002",
    lang: "en",
    style: "dhs-release",
    title: `ICE conducts removal flight to Uzbekistan`,
    published: "2025-10-17",
    text: `WASHINGTON — On October 14, U.S. Immigration and Customs Enforcement, with support from the Department of Homeland Security, carried out a large charter removal flight to Tashkent, Uzbekistan.

The flight, which departed from El Paso, Texas, returned more than 130 Uzbek nationals who had no legal basis to remain in the United States.

"This flight reflects our continued cooperation with the government of Uzbekistan," said an agency spokesperson. "Those who enter unlawfully will be removed."

DHS continues to work with international partners to accept the timely return of their nationals.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 130, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Tashkent"],
      date: "2025-10-14",
    },
  },
  {
    id: "d3-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: `Forty-three deportees from US arrive at KIA`,
    published: "2025-06-06",
    text: `Forty-three Ghanaians deported from the United States arrived at the Kotoka International Airport in Accra on Wednesday afternoon.

The returnees, all men between 22 and 61 years, were received by officials of the Ghana Immigration Service and the National Disaster Management Organisation before being released to relatives.

A senior immigration officer, Mr Kwabena Ofori-Atta, said the group had been profiled and that none had a pending criminal matter in Ghana. He urged the youth to avoid what he called "the dangerous backway routes through South America".

Some of the men complained that they had spent more than a year in detention in the US before their removal.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      people: { value: 43, approx: false },
      arrival: ["Kotoka International Airport"],
      date: "2025-06-04",
    },
  },
  {
    id: "d3-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: `Returnees from America land in Lagos`,
    published: "2025-09-19",
    text: `Officials of the Nigerian Immigration Service and the Nigerians in Diaspora Commission on Tuesday night received a group of citizens removed from the United States.

The chartered aircraft carrying the deportees, about 90 in all, landed at the Murtala Muhammed International Airport, Lagos, shortly before midnight.

A commission official, Mrs Ngozi Adeyemi-Ball, said each returnee was given a small stipend for transport to their states of origin. "Many of them have nobody waiting at the arrival hall," she said.

The returnees included eleven women. Officials did not say from which American city the flight had left.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NG"],
      people: { value: 90, approx: true },
      arrival: ["Murtala Muhammed International Airport"],
      date: "2025-09-16",
    },
  },
  {
    id: "d3-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: `Second US military plane with deportees lands at Amritsar`,
    published: "2026-02-22",
    text: `AMRITSAR: A hundred and twelve Indians deported from the United States reached the Sri Guru Ram Dass Jee International Airport here late on Saturday aboard a US Air Force transport plane.

The aircraft had taken off from San Antonio, Texas, and made a technical halt before reaching Amritsar, officials said.

Most of the deportees were from Punjab, Haryana and Gujarat, while a few belonged to Himachal Pradesh and Uttar Pradesh. Police verified their antecedents at the airport before they were sent home in state buses.

Several families said their sons had paid agents upwards of Rs 40 lakh for the journey via Central America.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 112, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Amritsar"],
      date: "2026-02-21",
    },
  },
  {
    id: "d3-en-006",
    lang: "en",
    style: "wire",
    title: `Costa Rica takes in migrants from Asia deported by US`,
    published: "2026-04-10",
    text: `SAN JOSE (Wire) — A U.S. flight carrying 135 migrants, among them about 60 children, landed on Wednesday at Juan Santamaría International Airport, the second such group Costa Rica has agreed to hold on Washington's behalf.

The passengers came from India, China, Uzbekistan, Afghanistan and Iran, Costa Rica's migration authority said. None of them is Costa Rican.

The plane had left from San Diego, California, the night before. The migrants were taken by bus to a temporary center near the Panamanian border, where the International Organization for Migration will help arrange their onward return.

Rights groups in San José questioned whether the group had been able to seek asylum before being put on the plane.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["IN", "CN", "UZ", "AF", "IR"],
      people: { value: 135, approx: false },
      departure: ["San Diego, California"],
      arrival: ["Juan Santamaría International Airport"],
      date: "2026-04-08",
    },
  },
  {
    id: "d3-en-007",
    lang: "en",
    style: "wire",
    title: `ICE flights head to South America and West Africa`,
    published: "2025-11-14",
    text: `Three removal flights left Alexandria, Louisiana, on Tuesday, bound for Lima, Guayaquil and Nouakchott, according to flight-tracking data reviewed by advocates.

ICE did not confirm how many people were aboard the planes. The agency said in an emailed reply that it "routinely conducts removal flights to countries around the world."

The Mauritania leg is the longest. Flights to the West African country have become more frequent as the number of Mauritanians crossing the southern border rose sharply over the past two years.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE", "EC", "MR"],
      people: null,
      departure: ["Alexandria, Louisiana"],
      arrival: ["Lima", "Guayaquil", "Nouakchott"],
      date: "2025-11-11",
    },
  },
  {
    id: "d3-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: `Five deportees from US held at Matsapha facility`,
    published: "2026-07-17",
    text: `MBABANE — Five men deported from the United States arrived in the kingdom on Tuesday and are being held in an isolation unit at a correctional facility, government spokesperson Thabile Mdluli confirmed.

The men are nationals of Vietnam, Jamaica, Laos, Cuba and Yemen. None of them is a liSwati, Mdluli said, and the government expects them to be returned to their countries of origin "in due course".

They arrived aboard a small chartered jet at the King Mswati III International Airport.

Civil society organisations have criticised the arrangement, saying the public was not told what the kingdom received in exchange.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "JM", "LA", "CU", "YE"],
      people: { value: 5, approx: false },
      arrival: ["King Mswati III International Airport"],
      date: "2026-07-14",
    },
  },
  {
    id: "d3-en-009",
    lang: "en",
    style: "wire",
    title: `Eight men deported by US reach Juba after weeks in limbo`,
    published: "2026-05-15",
    text: `JUBA (Wire) — Eight men removed from the United States landed at Juba International Airport on Monday, ending weeks of legal wrangling over whether Washington could send them to a country with which most of them have no ties.

Only one of the eight is South Sudanese. The others come from Myanmar, Cuba, Mexico, Vietnam and Laos, according to U.S. officials, who described all of them as convicted of serious crimes.

The men had been held for more than a month at a U.S. military base in the Horn of Africa while lawyers argued their case in a Massachusetts court.

South Sudan's foreign ministry said the men were "in good condition" and under the care of the national security service. It did not say how long they would stay.

"They don't speak the language, they know nobody here," said Deng Mabior, who runs a small legal aid group in the capital. "What is expected to happen to them?"

The U.S. State Department declined to comment on any arrangement with the government in Juba.

Human rights monitors said they had asked to visit the men but had not been given access by Thursday evening.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SS"],
      nationalities: ["MM", "CU", "MX", "VN", "LA"],
      people: { value: 8, approx: false },
      arrival: ["Juba International Airport"],
      date: "2026-05-11",
    },
  },
  {
    id: "d3-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: `Kigali confirms deal to receive up to 250 migrants from US`,
    published: "2025-08-22",
    text: `KIGALI — Rwanda will accept up to 250 migrants deported from the United States under an agreement concluded with Washington, government spokesperson Aline Uwase said on Tuesday.

Rwanda retains the right to approve each person proposed for resettlement, she said, and those accepted will receive workforce training, health care and accommodation.

"Nearly every Rwandan family has known displacement," Uwase said. "Our values are founded on reintegration."

She did not say when the first group would arrive.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["RW"],
      people: null,
      date: "2025-08-19",
    },
  },
  {
    id: "d3-en-011",
    lang: "en",
    style: "receiving-country-local",
    title: `Uganda agrees to receive third-country deportees`,
    published: "2026-08-21",
    text: `KAMPALA — Uganda has agreed to take in third-country nationals removed from the United States who may not obtain asylum there, the Ministry of Foreign Affairs announced on Thursday.

Permanent secretary Joseph Okello said the arrangement was temporary and would not cover people with criminal records or unaccompanied minors. Uganda, he added, would prefer that people of African nationalities be sent.

Opposition lawmakers demanded that the agreement be tabled before Parliament.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["UG"],
      people: null,
      date: "2026-08-20",
    },
  },
  {
    id: "d3-en-012",
    lang: "en",
    style: "receiving-country-local",
    title: `Eleven men deported from US arrive in Paro`,
    published: "2026-09-18",
    text: `Eleven men deported from the United States landed at Paro International Airport on Sunday, the Department of Immigration said.

The men, most of whom left the country as children and grew up in refugee camps abroad, were met by officials and taken to Thimphu for document checks.

A department official said the government was "examining each case". Relatives in the capital said some of the men had lived in Pennsylvania and Ohio for more than a decade.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BT"],
      people: { value: 11, approx: false },
      arrival: ["Paro International Airport"],
      date: "2026-09-13",
    },
  },
  {
    id: "d3-en-013",
    lang: "en",
    style: "receiving-country-local",
    title: `Lao nationals returned from the United States`,
    published: "2026-10-09",
    text: `Twenty-nine Lao nationals returned from the United States arrived at Wattay International Airport in Vientiane on 6 October, the Ministry of Public Security said.

The returnees were received by officials from the Immigration Department and the Lao Red Cross and underwent health checks before being handed over to their families and local authorities in their home provinces.

The ministry said Laos and the United States are working together on the orderly return of Lao citizens who have completed legal procedures in the US.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["LA"],
      people: { value: 29, approx: false },
      arrival: ["Wattay International Airport"],
      date: "2026-10-06",
    },
  },
  {
    id: "d3-en-014",
    lang: "en",
    style: "receiving-country-local",
    title: `Cambodians deported from US land at Techo airport`,
    published: "2025-07-11",
    text: `PHNOM PENH — About two dozen Cambodians deported from the United States landed at Techo International Airport on Thursday, a spokesman for the General Department of Immigration said.

Most had arrived in America as refugee children in the 1980s and were ordered removed after criminal convictions, advocates said. Some do not speak Khmer.

The spokesman, Lt. Gen. Sok Veasna, said the returnees would stay briefly at a reception center in the capital while their identity documents are issued.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 24, approx: true },
      arrival: ["Techo International Airport"],
      date: "2025-07-10",
    },
  },
  {
    id: "d3-en-015",
    lang: "en",
    style: "receiving-country-local",
    title: `Nine deportees arrive from US`,
    published: "2026-01-16",
    text: `Nine Fijians deported from the United States arrived at Nadi International Airport on Wednesday.

They travelled on a charter that left Los Angeles on Monday evening, a Fiji Immigration Department spokesperson said. All nine have been released to their families after interviews with police.

The department said it was working with community groups on reintegration.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["FJ"],
      people: { value: 9, approx: false },
      departure: ["Los Angeles"],
      arrival: ["Nadi International Airport"],
      date: "2026-01-14",
    },
  },
  {
    id: "d3-en-016",
    lang: "en",
    style: "receiving-country-local",
    title: `38 deportees from US arrive at Norman Manley`,
    published: "2025-05-09",
    text: `Thirty-eight Jamaicans deported from the United States arrived at the Norman Manley International Airport in Kingston on Thursday.

The group, made up of 35 men and three women, was processed by the Passport, Immigration and Citizenship Agency and the police before being released.

Most of the deportees hail from St Catherine and Clarendon, according to the Ministry of National Security. At least twelve had served sentences for drug offences in the US.

The charter originated in Miami and made no other stops, officials said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 38, approx: false },
      departure: ["Miami"],
      arrival: ["Norman Manley International Airport"],
      date: "2025-05-08",
    },
  },
  {
    id: "d3-en-017",
    lang: "en",
    style: "wire",
    title: `Kosovo to shelter migrants deported by US`,
    published: "2026-06-12",
    text: `PRISTINA (Wire) — Kosovo's government on Wednesday approved a U.S. request to temporarily shelter up to 50 third-country nationals deported from the United States, a cabinet decision showed.

The people will stay for up to a year while they await return to their own countries, the decision said. It did not say which nationalities would be sent.

Deputy prime minister Arta Berisha said the move reflected Kosovo's "gratitude to a strategic ally".`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["XK"],
      people: null,
      date: "2026-06-10",
    },
  },
  {
    id: "d3-en-018",
    lang: "en",
    style: "us-local",
    title: `Removal flight from Valley carries Haitians to Cap-Haïtien`,
    published: "2025-03-14",
    text: `HARLINGEN — More than 40 Haitians were flown out of Valley International Airport on Thursday morning on an ICE charter, the first flight to Haiti from the Rio Grande Valley this year.

The plane landed in Cap-Haïtien a little after 1 p.m., according to a Haitian migration official reached by phone. Flights to Port-au-Prince remain suspended because of gang violence around the capital's airport.

Local volunteers who watch the tarmac said they counted three families among the passengers.

ICE's field office in Harlingen referred questions to the agency's headquarters, which did not reply by press time.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 40, approx: true },
      departure: ["Valley International Airport"],
      arrival: ["Cap-Haïtien"],
      date: "2025-03-13",
    },
  },
  {
    id: "d3-en-019",
    lang: "en",
    style: "us-local",
    title: `Alexandria charter carries 88 Brazilians to Belo Horizonte`,
    published: "2026-02-20",
    text: `ALEXANDRIA, La. — Shackled at the wrists and ankles, the men climbed the stairs of a white Boeing 767 parked on the far side of Alexandria International Airport early Wednesday.

By evening they were in Brazil. The plane landed at Confins airport outside Belo Horizonte, the capital of Minas Gerais, shortly after 8 p.m. local time, Brazil's federal police said.

In all, 88 Brazilian citizens were aboard, including a dozen women. Brazil's human rights ministry sent a team to the airport to receive them.

The flight was the fourth of its kind from central Louisiana this year. Alexandria has become one of ICE's busiest hubs since a staging facility opened next to the airport.

In January, an earlier flight to Brazil caused a diplomatic dispute after passengers said they had been kept handcuffed during a long layover with no air conditioning.

This time, the Brazilian foreign ministry said, the restraints were removed before landing.

Airport director Rhonda Lemoine said the airport did not control the flights. "We are a public-use airport," she said. "We don't decide who flies out of here."

Advocates in Alexandria said they would keep counting the buses that bring detainees to the tarmac.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 88, approx: false },
      departure: ["Alexandria International Airport"],
      arrival: ["Belo Horizonte"],
      date: "2026-02-18",
    },
  },
  {
    id: "d3-en-020",
    lang: "en",
    style: "near-miss",
    title: `German charter returns rejected asylum seekers to Lagos`,
    published: "2026-03-13",
    text: `A charter flight organised by German federal police landed in Lagos on Tuesday with 41 Nigerians whose asylum claims had been rejected, officials said.

The flight left Düsseldorf in the morning and was coordinated with the European border agency Frontex. Nigeria's immigration service said the returnees were profiled at the airport and released.

Germany has stepped up returns to West Africa this year under pressure to reduce the number of people with no right to stay.`,
    expect: { relevant: false },
  },
  {
    id: "d3-en-021",
    lang: "en",
    style: "near-miss",
    title: `ICE moves detainees from Miami to Louisiana facility`,
    published: "2025-09-19",
    text: `About 70 people held at the Krome detention center in Miami were flown to a processing facility in central Louisiana on Wednesday, ICE said, as it tries to ease crowding in South Florida.

Attorneys said they learned of the transfer only after their clients had left. "Now I have to drive twelve hours to see my client," said immigration lawyer Marisol Ventura.

The agency said the transfers were routine and that all detainees retain access to counsel.`,
    expect: { relevant: false },
  },
  {
    id: "d3-en-022",
    lang: "en",
    style: "near-miss",
    title: `Appeals court weighs limits on third-country removals`,
    published: "2026-04-10",
    text: `A federal appeals court heard arguments on Tuesday over whether the government must give migrants a chance to raise fears of torture before deporting them to a country other than their own.

Lawyers for a group of detainees told the three-judge panel that people had been given only hours' notice. A Justice Department attorney said the law allows removal to any country willing to accept a person.

The court did not say when it would rule.`,
    expect: { relevant: false },
  },
  {
    id: "d3-en-023",
    lang: "en",
    style: "near-miss",
    title: `New nonstop from Miami to Tegucigalpa starts in June`,
    published: "2025-05-09",
    text: `A low-cost carrier will launch a daily nonstop between Miami and Toncontín International Airport in Tegucigalpa on June 2, the airline said on Thursday.

The route, aimed at Honduran families in South Florida, will use a 186-seat Airbus. Introductory fares start at $159 each way.

Honduran tourism officials said the flight would help bring visitors to the country's Caribbean coast.`,
    expect: { relevant: false },
  },
  {
    id: "d3-en-024",
    lang: "en",
    style: "near-miss",
    title: `Removals rose in fiscal year, ICE report says`,
    published: "2026-01-16",
    text: `ICE removed more people in the last fiscal year than in any year since 2014, according to an annual report released on Thursday. Mexico, Guatemala, Honduras and El Salvador again accounted for most removals, while the number sent to India, Colombia and Ecuador also rose.

The report said several countries still decline to take back their citizens promptly, and it counted more than 1,700 removal flights during the year.

Advocates said the figures hid long stays in detention before removal.`,
    expect: { relevant: false },
  },
  {
    id: "d3-es-001",
    lang: "es",
    style: "receiving-country-local",
    title: `Llegan a Toncontín 142 hondureños retornados desde Houston`,
    published: "2025-02-21",
    text: `Tegucigalpa. Ciento cuarenta y dos compatriotas deportados desde Estados Unidos aterrizaron el pasado martes en el aeropuerto internacional de Toncontín, en un vuelo fletado por el ICE que despegó de Houston, Texas.

Según el Centro de Atención al Migrante Retornado (CAMR), del grupo formaban parte 21 mujeres y seis menores que viajaban con sus madres.

«Aquí los recibimos con comida caliente y una llamada a la familia», dijo la coordinadora Iris Zelaya. Los retornados originarios de Olancho y El Paraíso fueron trasladados en buses de la Secretaría de Relaciones Exteriores.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 142, approx: false },
      departure: ["Houston, Texas"],
      arrival: ["Toncontín"],
      date: "2025-02-18",
    },
  },
  {
    id: "d3-es-002",
    lang: "es",
    style: "migration-office-bulletin",
    title: `IGM recibe vuelo con 97 guatemaltecos procedente de Brownsville`,
    published: "2025-04-04",
    text: `El Instituto Guatemalteco de Migración informa que este jueves aterrizó en el aeropuerto internacional La Aurora un vuelo procedente de Brownsville, Texas, con 97 guatemaltecos retornados.

Del total, 81 son hombres y 16 mujeres. Todos recibieron atención en el Centro de Recepción de Retornados, donde se les entregó un kit de higiene y se verificó su identidad.

El IGM recuerda que en lo que va del año se han recibido 412 vuelos de retorno.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 97, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["La Aurora"],
      date: "2025-04-03",
    },
  },
  {
    id: "d3-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: `Llegan a El Salvador unos 200 venezolanos enviados por Washington`,
    published: "2026-03-27",
    text: `San Salvador. Un avión con unos 200 migrantes venezolanos expulsados por Estados Unidos aterrizó en la madrugada del domingo en el aeropuerto de Comalapa, informó el Ministerio de Seguridad salvadoreño.

Los venezolanos fueron trasladados bajo fuerte custodia a un centro penitenciario, según el acuerdo por el que El Salvador recibe a cambio un pago del gobierno estadounidense.

La aeronave había salido de Texas la noche anterior. Familiares en Caracas denunciaron que no fueron informados del destino de sus parientes.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: ["VE"],
      people: { value: 200, approx: true },
      departure: ["Texas"],
      arrival: ["Comalapa"],
      date: "2026-03-22",
    },
  },
  {
    id: "d3-es-004",
    lang: "es",
    style: "receiving-country-local",
    title: `Aterrizó en El Dorado vuelo con 110 colombianos deportados`,
    published: "2025-06-20",
    text: `Bogotá. Un avión de la Fuerza Aeroespacial Colombiana aterrizó el miércoles en el aeropuerto El Dorado con 110 connacionales deportados desde Estados Unidos.

La aeronave partió de San Diego, California, y fue recibida por funcionarios de Migración Colombia y de la Cancillería, que verificaron los antecedentes de cada pasajero.

Entre los retornados había 19 mujeres y cuatro menores de edad. Dos personas quedaron a disposición de la Fiscalía por tener órdenes de captura vigentes.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 110, approx: false },
      departure: ["San Diego, California"],
      arrival: ["El Dorado"],
      date: "2025-06-18",
    },
  },
  {
    id: "d3-es-005",
    lang: "es",
    style: "receiving-country-local",
    title: `Cerca de 120 ecuatorianos llegan deportados a Latacunga`,
    published: "2025-08-08",
    text: `Latacunga. Alrededor de 120 ecuatorianos deportados desde Estados Unidos arribaron este jueves al aeropuerto Cotopaxi, en un vuelo procedente de Harlingen, Texas.

El Ministerio de Relaciones Exteriores y Movilidad Humana instaló un punto de atención en la terminal, donde los retornados recibieron alimentación y orientación sobre programas de emprendimiento.

La mayoría proviene de las provincias de Azuay, Cañar y Morona Santiago, según la Cancillería.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 120, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["Latacunga"],
      date: "2025-08-07",
    },
  },
  {
    id: "d3-es-006",
    lang: "es",
    style: "receiving-country-local",
    title: `Casi 150 peruanos retornan en vuelo desde Luisiana`,
    published: "2025-10-03",
    text: `Lima. Casi 150 peruanos expulsados de Estados Unidos llegaron el pasado miércoles al aeropuerto internacional Jorge Chávez, en el Callao, informó la Superintendencia Nacional de Migraciones.

El vuelo había despegado de Alexandria, Luisiana, la madrugada del mismo día.

Migraciones señaló que los compatriotas pasaron control de identidad y que ninguno registraba requisitorias. El Ministerio de la Mujer atendió a tres familias con niños.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 150, approx: true },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Jorge Chávez"],
      date: "2025-10-01",
    },
  },
  {
    id: "d3-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: `Retornan a la patria 175 connacionales en nuevo vuelo del Plan Vuelta a la Patria`,
    published: "2025-12-05",
    text: `Caracas. Como parte del Plan Vuelta a la Patria, este jueves regresó al país un nuevo grupo de venezolanos que se encontraban en Estados Unidos.

El vuelo, operado por la aerolínea estatal, tocó tierra a las 4:15 de la tarde en el aeropuerto internacional Simón Bolívar de Maiquetía, en el estado La Guaira.

A bordo venían 175 connacionales: 139 hombres, 31 mujeres y cinco niños, detalló el ministro del Poder Popular para Relaciones Interiores en su cuenta de redes sociales.

La aeronave había despegado horas antes de El Paso, Texas, donde los migrantes permanecían en centros de detención del ICE.

En la terminal, los retornados fueron atendidos por personal de salud, que realizó pruebas médicas y entregó medicamentos a quienes los necesitaban.

«Les decimos a nuestros hermanos que Venezuela los espera con los brazos abiertos», expresó la viceministra Yolimar Castro ante las cámaras de la televisora estatal.

Con este son ya 41 los vuelos de retorno recibidos en el año, según cifras oficiales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 175, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Maiquetía"],
      date: "2025-12-04",
    },
  },
  {
    id: "d3-es-008",
    lang: "es",
    style: "receiving-country-local",
    title: `Más de 60 dominicanos llegan deportados al AILA`,
    published: "2026-01-30",
    text: `Santo Domingo. Más de 60 dominicanos deportados desde Estados Unidos arribaron el martes al Aeropuerto Internacional de Las Américas, en un vuelo procedente de Miami, Florida.

La Dirección General de Migración informó que los repatriados fueron entrevistados por agentes de la Dirección Nacional de Control de Drogas y de la Policía. Según la fuente, varios cumplieron condenas en cárceles estadounidenses.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 60, approx: true },
      departure: ["Miami, Florida"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-01-27",
    },
  },
  {
    id: "d3-es-009",
    lang: "es",
    style: "migration-office-bulletin",
    title: `Arriba al AICM vuelo de repatriación con 132 connacionales`,
    published: "2026-05-29",
    text: `Ciudad de México. El 26 de mayo llegó al Aeropuerto Internacional de la Ciudad de México un vuelo de repatriación con 132 mexicanos procedentes de El Paso, Texas, dentro del programa de repatriación al interior.

Personal del Instituto Nacional de Migración y de la Secretaría de Relaciones Exteriores entregó a cada persona una constancia de repatriación, así como información sobre empleo y afiliación a programas sociales.

Los connacionales son originarios principalmente de Guerrero, Michoacán y el Estado de México.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 132, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional de la Ciudad de México"],
      date: "2026-05-26",
    },
  },
  {
    id: "d3-es-010",
    lang: "es",
    style: "receiving-country-local",
    title: `Costa Rica recibirá a migrantes de terceros países deportados por EE. UU.`,
    published: "2026-07-31",
    text: `San José. El Gobierno de Costa Rica acordó recibir hasta 200 migrantes de terceros países deportados por Estados Unidos, anunció este miércoles la Presidencia.

Las personas llegarán en vuelos comerciales y serán alojadas temporalmente en el Centro de Atención Temporal de Migrantes, en la zona sur, hasta su retorno a sus países de origen, con apoyo de la Organización Internacional para las Migraciones.

El costo del operativo será cubierto por Washington, según el comunicado.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CR"],
      people: null,
      date: "2026-07-29",
    },
  },
  {
    id: "d3-es-011",
    lang: "es",
    style: "spanish-outlet",
    title: `Aterriza en Tocumen tercer vuelo con migrantes asiáticos deportados por EE. UU.`,
    published: "2026-09-04",
    text: `Ciudad de Panamá (Agencia). Un avión con 119 migrantes procedentes de China, Uzbekistán, India, Pakistán, Nepal, Afganistán y Vietnam aterrizó el jueves en el aeropuerto de Tocumen, el tercero enviado por Estados Unidos en virtud del acuerdo de tránsito firmado con Panamá.

Ninguno de los pasajeros es panameño. Las autoridades los trasladaron a un albergue en la provincia de Darién mientras se organiza su regreso a sus países.

El ministro de Seguridad, Rogelio Quintero, aseguró que «Panamá no será un destino final» y que el costo corre por cuenta de Washington.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "UZ", "IN", "PK", "NP", "AF", "VN"],
      people: { value: 119, approx: false },
      arrival: ["Tocumen"],
      date: "2026-09-03",
    },
  },
  {
    id: "d3-es-012",
    lang: "es",
    style: "spanish-outlet",
    title: `Cerca de cien nicaragüenses deportados llegan a Managua en vuelo desde Luisiana`,
    published: "2026-11-06",
    text: `Un vuelo con cerca de cien nicaragüenses deportados por Estados Unidos aterrizó el pasado lunes en el Aeropuerto Internacional Augusto C. Sandino de Managua.

Los retornados fueron recibidos por la Dirección General de Migración y Extranjería, que no divulgó el número exacto ni facilitó el acceso a la prensa independiente.

Según el registro de vuelos, el avión partió de Alexandria, Luisiana.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NI"],
      people: { value: 100, approx: true },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Augusto C. Sandino"],
      date: "2026-11-02",
    },
  },
  {
    id: "d3-es-013",
    lang: "es",
    style: "receiving-country-local",
    title: `Sesenta y tres bolivianos llegan expulsados desde Estados Unidos`,
    published: "2026-05-29",
    text: `Santa Cruz. Sesenta y tres bolivianos expulsados de Estados Unidos arribaron el sábado 23 de mayo al aeropuerto internacional Viru Viru, confirmó la Dirección General de Migración.

Se trata del primer vuelo de este tipo que llega al país en lo que va del año. Los connacionales fueron recibidos por personal de la Cancillería y de la Defensoría del Pueblo.

«Muchos salieron de Cochabamba y Santa Cruz buscando trabajo y hoy vuelven con lo puesto», lamentó el defensor departamental, Óscar Rivero.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      people: { value: 63, approx: false },
      arrival: ["Viru Viru"],
      date: "2026-05-23",
    },
  },
  {
    id: "d3-es-014",
    lang: "es",
    style: "us-spanish-tv",
    title: `Sale de Miami vuelo con 42 cubanos deportados rumbo a La Habana`,
    published: "2025-06-20",
    text: `Miami. Un vuelo de deportación con 42 cubanos despegó el jueves del Aeropuerto Internacional de Miami con destino a La Habana, confirmó a nuestra cadena una fuente del ICE.

Horas después, el Ministerio del Interior de Cuba informó que la aeronave había aterrizado en el aeropuerto José Martí y que entre los devueltos había cuatro mujeres.

Es el tercer vuelo de este tipo en lo que va de año, en virtud de los acuerdos migratorios entre ambos países. Abogados de inmigración en el sur de Florida piden a las familias que revisen el estatus de sus casos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 42, approx: false },
      departure: ["Aeropuerto Internacional de Miami"],
      arrival: ["José Martí"],
      date: "2025-06-19",
    },
  },
  {
    id: "d3-es-015",
    lang: "es",
    style: "near-miss",
    title: `España deporta a 58 colombianos en un vuelo desde Madrid`,
    published: "2026-01-30",
    text: `Madrid. La Policía Nacional española ejecutó el miércoles un vuelo de repatriación desde el aeropuerto de Barajas con 58 ciudadanos colombianos en situación irregular, que aterrizó esa noche en Bogotá.

La operación fue coordinada con la agencia europea Frontex. Organizaciones de derechos humanos criticaron que algunos de los expulsados llevaban años residiendo en España.`,
    expect: { relevant: false },
  },
  {
    id: "d3-es-016",
    lang: "es",
    style: "near-miss",
    title: `México envía en avión a 130 guatemaltecos desde Tapachula`,
    published: "2025-10-03",
    text: `Tapachula. El Instituto Nacional de Migración trasladó el martes en un vuelo desde Tapachula a 130 guatemaltecos que fueron detenidos en Chiapas sin documentos, y que aterrizaron en la capital guatemalteca al mediodía.

El INM indicó que los extranjeros fueron retornados a su país «de manera asistida». En lo que va del año, México ha devuelto a más de 30 mil centroamericanos.`,
    expect: { relevant: false },
  },
  {
    id: "d3-es-017",
    lang: "es",
    style: "near-miss",
    title: `La fuga de capitales se aceleró antes de las elecciones`,
    published: "2025-08-08",
    text: `Buenos Aires. La salida de dólares del sistema financiero sumó 2.400 millones en julio, la mayor en un año, según datos del Banco Central. Economistas hablan de un nuevo «vuelo hacia la calidad» de los ahorristas, que retiran sus depósitos y compran moneda estadounidense.

Analistas atribuyeron el movimiento a la incertidumbre política y a la expectativa de una devaluación después de octubre.`,
    expect: { relevant: false },
  },
  {
    id: "d3-es-018",
    lang: "es",
    style: "near-miss",
    title: `Juez frena la deportación de una estudiante hondureña en Nueva Orleans`,
    published: "2026-03-27",
    text: `Nueva Orleans. Un juez federal ordenó el jueves suspender temporalmente la deportación de una estudiante hondureña de 20 años detenida por el ICE mientras se resuelve su petición de asilo.

La defensa alegó que la joven corría peligro si era enviada a Honduras. El juez dio al gobierno diez días para responder.`,
    expect: { relevant: false },
  },
  {
    id: "d3-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: `中美移民执法合作再推进 116名非法移民乘包机被遣返`,
    published: "2026-01-20",
    text: `本报北京1月20日电（记者 郑立新）记者从公安部获悉，本月18日，一架载有116名中国籍非法移民的遣返包机降落在沈阳桃仙国际机场，中方有关部门在机场完成了身份核验和接收工作。

据介绍，该包机从得克萨斯州出发，经停阿拉斯加加油后飞抵沈阳。遣返前，中美双方通过警务合作渠道对全部人员的身份进行了逐一核实。

公安部有关负责人表示，被遣返人员中有部分人涉嫌组织他人偷越国（边）境，公安机关将依法调查处理。该负责人提醒，“走线”偷渡风险极高，切勿轻信蛇头。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 116, approx: false },
      departure: ["得克萨斯州"],
      arrival: ["沈阳桃仙国际机场"],
      date: "2026-01-18",
    },
  },
  {
    id: "d3-zh-002",
    lang: "zh",
    style: "chinese-outlet",
    title: `又一架遣返包机飞抵福州 一百余名福建籍人士被送回`,
    published: "2025-11-21",
    text: `【侨报讯】据多名知情人士向本报透露，上周四，美国移民和海关执法局（ICE）安排的一架包机将一百余名在美国没有合法身份的华人送回中国。

消息人士称，这些人此前分别关押在路易斯安那州和新泽西州的移民拘留中心，登机前被集中转押至路易斯安那州亚历山大市。包机于当地时间清晨起飞。

飞机最终抵达福州长乐国际机场。一名被遣返者的亲属陈女士说，她的弟弟前年经南美“走线”入境，庇护申请今年夏天被驳回。“我们一直以为还能上诉，没想到这么快就被送上飞机。”

纽约华埠一名移民律师提醒，收到最终递解令的人应尽快寻求法律协助。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["亚历山大市"],
      arrival: ["福州长乐国际机场"],
      date: "2025-11-13",
    },
  },
  {
    id: "d3-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: `近百名中国公民被遣返抵沪`,
    published: "2025-11-05",
    text: `11月3日晚，一架美方遣返航班降落在上海浦东国际机场，机上近百名中国籍人员被移交给中方。

上海边检总站工作人员在远机位对被遣返人员逐一进行了查验。据了解，该航班从洛杉矶起飞，全程约13小时。

这是今年秋季以来抵达上海的第二架此类航班。上海边检总站表示，将配合有关部门做好后续工作。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["洛杉矶"],
      arrival: ["上海浦东国际机场"],
      date: "2025-11-03",
    },
  },
  {
    id: "d3-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: `美国将119名亚洲移民遣送至巴拿马 其中包括中国公民`,
    published: "2026-02-15",
    text: `【本报综合报道】巴拿马安全部长办公室证实，本月13日，一架美国军用运输机载着119名来自亚洲多国的移民降落在巴拿马城托库门国际机场。

据巴方公布的名单，这批人中有中国、印度、尼泊尔和巴基斯坦籍人士，他们在美国均已被下达递解令，但因各种原因未能直接遣返原籍国。

巴拿马官员表示，这些人将被暂时安置在达连省的一处收容中心，之后由国际移民组织协助返回各自国家。人权组织批评这一安排缺乏透明度。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "IN", "NP", "PK"],
      people: { value: 119, approx: false },
      arrival: ["巴拿马城托库门国际机场"],
      date: "2026-02-13",
    },
  },
  {
    id: "d3-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: `美方据报计划下月再派遣返包机赴华`,
    published: "2026-04-10",
    text: `【星岛综合讯】据两名熟悉安排的美国官员透露，美国国土安全部计划下月再向中国派出一架大型遣返包机，这将是今年以来的第三架。

官员称，航班的具体日期和人数尚未确定，目的地可能是广州。国土安全部发言人拒绝置评，只表示“遣返行动将依法持续进行”。

中国外交部发言人此前在例行记者会上表示，中方愿同美方开展移民遣返合作，但要求美方提供核实所需的身份信息。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: null,
      date: "2026-05",
    },
  },
  {
    id: "d3-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: `委内瑞拉宣布恢复接收美国遣返航班`,
    published: "2026-03-19",
    text: `新华社加拉加斯3月18日电（记者 马宁）委内瑞拉政府18日发表公报，宣布恢复接收从美国遣返的委内瑞拉公民的航班。

公报说，委方此前因双边关系紧张暂停接收遣返航班。经过双方接触，委政府决定“为保障同胞权益”重新开放接收渠道，首批航班预计将降落在迈克蒂亚国际机场。

公报未说明首批航班的时间和人数。美国国务院尚未就此发表评论。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      date: "2026-03-18",
    },
  },
  {
    id: "d3-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: `美军机遣返112名印度非法移民抵达阿姆利则`,
    published: "2026-03-06",
    text: `新华社新德里3月6日电 据印度媒体报道，一架载有112名印度非法移民的美国军用运输机当地时间5日下午降落在旁遮普邦阿姆利则。

报道说，这架C-17运输机从美国得克萨斯州圣安东尼奥起飞。被遣返者大多来自旁遮普邦、哈里亚纳邦和古吉拉特邦。

印度反对党批评政府未能阻止美方给被遣返者戴上手铐脚镣。印度外交部表示，已就被遣返者的待遇问题与美方进行沟通。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 112, approx: false },
      departure: ["圣安东尼奥"],
      arrival: ["阿姆利则"],
      date: "2026-03-05",
    },
  },
  {
    id: "d3-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: `一架遣返航班先后降落危地马拉城和圣萨尔瓦多`,
    published: "2026-05-08",
    text: `【本报讯】美国移民和海关执法局（ICE）本周三安排一架遣返航班，先后将被遣返者送往危地马拉和萨尔瓦多。

据危地马拉移民局介绍，飞机首先降落在危地马拉城，约70名危地马拉人下机；随后飞往圣萨尔瓦多，其余约60人下机。两地官员均表示，被遣返者在机场接受了体检和登记。

该航班从路易斯安那州亚历山大起飞。中美洲国家近来几乎每天都有此类航班抵达。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT", "SV"],
      people: { value: 130, approx: true },
      departure: ["亚历山大"],
      arrival: ["危地马拉城", "圣萨尔瓦多"],
      date: "2026-05-06",
    },
  },
  {
    id: "d3-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: `逾百名華人遭遣返 包機自德州起飛抵達廣州`,
    published: "2025-12-06",
    text: `【世界日報訊】美國移民及海關執法局（ICE）週四以包機將逾百名中國籍人士遣返，這是入冬以來第二架飛往中國的遣返包機。

據了解，包機從德州起飛，被遣返者多數來自福建及浙江，此前關押在德州及路易斯安那州的拘留中心。

包機最終抵達廣州白雲國際機場。一名熟悉內情的律師說，部分人直到上機前一天才接到通知，家屬來不及安排。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["德州"],
      arrival: ["廣州白雲國際機場"],
      date: "2025-12-04",
    },
  },
  {
    id: "d3-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: `美遣返班機載82名瓜地馬拉移民抵達`,
    published: "2025-09-30",
    text: `（中央社瓜地馬拉市29日綜合外電報導）瓜地馬拉移民局表示，一架載有82名瓜地馬拉移民的美國遣返班機今天（週一）抵達瓜地馬拉市。

移民局發言人說，這批人中有11名未成年人，全部在美國南部邊境遭到攔截。班機從亞利桑那州梅薩起飛。

瓜國政府表示，今年以來已接收超過4萬名從美國遣返的國民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 82, approx: false },
      departure: ["梅薩"],
      arrival: ["瓜地馬拉市"],
      date: "2025-09-29",
    },
  },
  {
    id: "d3-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: `二百多名內地人被美國遣返 包機抵深圳`,
    published: "2025-11-20",
    text: `【香港綜合報道】美國國土安全部證實，11月18日一架遣返包機將二百多名中國內地人送返，包機降落深圳寶安國際機場。

消息指，包機從加州起飛，被遣返者大部分是近兩年經墨西哥邊境入境美國的人士，其中包括數十名女性。

美國國土安全部在聲明中說，遣返行動是與中方「緊密協調」下進行，並稱將繼續遣返沒有合法居留依據的人。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 200, approx: true },
      departure: ["加州"],
      arrival: ["深圳寶安國際機場"],
      date: "2025-11-18",
    },
  },
  {
    id: "d3-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: `美國將200名亞洲移民遣送哥斯大黎加`,
    published: "2026-02-12",
    text: `【星島日報訊】哥斯大黎加政府表示，一架載有200名移民的美國班機週三降落聖荷西胡安聖瑪麗亞國際機場，機上人員來自中國、烏茲別克和阿富汗等國。

哥國官員說，這批移民將被送往南部邊境附近的臨時收容中心，之後在國際移民組織協助下返回原籍國，費用由美方負擔。

人權團體質疑，這些人在哥國的法律地位不明，也無法獲得律師協助。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "UZ", "AF"],
      people: { value: 200, approx: false },
      arrival: ["聖荷西胡安聖瑪麗亞國際機場"],
      date: "2026-02-11",
    },
  },
  {
    id: "d3-zh-013",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: `委內瑞拉遣返班機降落邁克蒂亞 190人返國`,
    published: "2025-10-11",
    text: `（中央社卡拉卡斯10日綜合外電報導）委內瑞拉政府表示，一架載有190名委內瑞拉人的遣返班機10日降落在卡拉卡斯附近的邁克蒂亞國際機場。

委國內政部長說，班機從德州艾爾帕索起飛，是本月第三班。政府人員在機場為返國者提供醫療檢查。

美委兩國雖無正式外交關係，但今年以來遣返班機大致每週運行。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 190, approx: false },
      departure: ["艾爾帕索"],
      arrival: ["邁克蒂亞國際機場"],
      date: "2025-10-10",
    },
  },
  {
    id: "d3-zh-014",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: `88名巴西人搭遣返班機返國`,
    published: "2025-10-04",
    text: `【明報專訊】巴西外交部表示，一架美國遣返班機週五載著88名巴西人抵達米納斯吉拉斯州首府貝洛奧里藏特。

巴西外交部說，班機從路易斯安那州亞歷山德里亞起飛，途中在北部城市經停。部分乘客下機時向記者表示，在機上全程被上手銬。

巴西政府此前曾就遣返者待遇向美方提出抗議。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 88, approx: false },
      departure: ["亞歷山德里亞"],
      arrival: ["貝洛奧里藏特"],
      date: "2025-10-03",
    },
  },
  {
    id: "d3-zh-015",
    lang: "zh",
    style: "near-miss",
    title: `“天网”行动再传捷报 外逃职务犯罪嫌疑人被引渡回国`,
    published: "2025-12-10",
    text: `据中央纪委国家监委网站消息，在“天网2025”行动中，外逃12年的职务犯罪嫌疑人刘某某日前被从柬埔寨引渡回国。

刘某某原系某省国有企业财务负责人，涉嫌贪污公款后潜逃出境。经中柬两国执法部门合作，刘某某于本月8日乘民航班机被押解抵达北京首都国际机场。

有关负责人表示，将持续开展追逃追赃，决不让腐败分子逍遥法外。`,
    expect: { relevant: false },
  },
  {
    id: "d3-zh-016",
    lang: "zh",
    style: "near-miss",
    title: `泰国包机遣返300余名涉诈中国籍人员`,
    published: "2026-01-15",
    text: `【本报讯】泰国移民局13日安排三架包机，将从缅甸妙瓦底一带解救和移交的300余名涉嫌电信诈骗的中国籍人员遣返回国，飞机从泰国湄索起飞，降落在南京禄口国际机场。

中国公安部表示，这些人员将依法接受调查。中泰缅三方近月来持续开展联合打击电诈行动。`,
    expect: { relevant: false },
  },
  {
    id: "d3-zh-017",
    lang: "zh",
    style: "near-miss",
    title: `冬季旅游包机密集抵达三亚`,
    published: "2025-12-20",
    text: `随着冬季旅游旺季到来，来自俄罗斯、哈萨克斯坦等国的旅游包机密集抵达三亚凤凰国际机场。仅本周四一天，就有6架国际包机落地，载客一千余人。

三亚市旅游部门表示，今年冬季预计将新开通多条国际包机航线。`,
    expect: { relevant: false },
  },
  {
    id: "d3-zh-018",
    lang: "zh",
    style: "near-miss",
    title: `美国调整签证面谈豁免政策 中国申请人需留意`,
    published: "2025-09-02",
    text: `【侨报讯】美国国务院宣布，自9月2日起，大多数非移民签证申请人将不再享受面谈豁免，须亲自前往使领馆面谈。

移民律师提醒，此举可能导致排期延长，计划赴美留学或探亲的中国申请人应提前预约。新规不影响外交和公务签证。`,
    expect: { relevant: false },
  },
];
