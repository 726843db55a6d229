// Held-out news corpus no. 8 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, docs or other corpus files).
// Every name, quote, number, outlet and event below is invented for this project.
import type { CorpusArticle } from "./types";

export const HOLDOUT8A: CorpusArticle[] = [
  {
    id: "h8a-en-001",
    lang: "en",
    style: "wire",
    title: "U.S. flies 87 Mauritanians home as West African arrivals at border climb",
    published: "2025-03-14",
    text: `NOUAKCHOTT, March 14 (Sahel Wire) - A chartered jet carrying 87 Mauritanian men removed from the United States landed at Nouakchott–Oumtounsy International Airport on Thursday morning, the country's interior ministry said.

The flight left Alexandria, Louisiana, late on Wednesday and stopped once to refuel, according to a ministry official who asked not to be named because he was not authorised to brief reporters. Passengers were met by police and officials from the national migration agency and released after identity checks.

"These are our citizens and they will be received with dignity," Interior Ministry spokesman Cheikh Ould Bahnane told reporters at the terminal. He said about a dozen of the men had been in U.S. detention for more than a year.

Mauritania became an unlikely transit point for migrants heading to the U.S. southern border in 2023, when thousands of its nationals flew to Nicaragua and travelled north overland. U.S. border agents recorded more than 15,000 encounters with Mauritanians that year, compared with a few hundred in 2021.

Senegal and Guinea have also received removal flights from the United States in recent months. A previous charter to Nouakchott in January carried 64 people.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 87, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Nouakchott–Oumtounsy International Airport"],
      date: "2025-03-13",
    },
  },
  {
    id: "h8a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE conducts removal flight to Uzbekistan",
    published: "2025-06-05",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement (ICE) Enforcement and Removal Operations (ERO) removed more than 130 Uzbek nationals to Tashkent, Uzbekistan, on June 3 aboard a charter flight coordinated by ICE Air Operations.

The flight departed from Mesa, Arizona. All individuals on board had received final orders of removal from an immigration judge or had exhausted their appeals. Several had prior criminal convictions in the United States, including for fraud and driving under the influence.

"ERO remains committed to carrying out the lawful orders of the immigration courts," said acting ERO Phoenix Field Office Director Carla Wendt. "We thank the Government of Uzbekistan for its continued cooperation in accepting the return of its nationals."

In fiscal year 2024, ICE removed nationals of more than 190 countries. ICE conducts removal flights to countries in Central and South America, the Caribbean, Africa, Europe and Asia on a regular basis.

ICE does not confirm or discuss future transportation operations for safety and security reasons.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 130, approx: true },
      departure: ["Mesa, Arizona"],
      arrival: ["Tashkent"],
      date: "2025-06-03",
    },
  },
  {
    id: "h8a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Forty-two Nepalis deported from America reach Kathmandu",
    published: "2024-11-20",
    text: `KATHMANDU — Forty-two Nepali nationals who had been held in immigration detention in the United States arrived at Tribhuvan International Airport on a special flight, the Department of Immigration said.

Most of the returnees are young men from Jhapa, Morang and Kailali districts who had reached the US-Mexico border after months-long journeys through South and Central America, officials said. Relatives were waiting outside the international terminal from early morning.

"I paid an agent nearly 70 lakh rupees. Now I come back with one plastic bag," said one returnee from Itahari, who gave only his first name, Bikash.

Department spokesperson Tika Ram Poudel said the group was questioned about the brokers who arranged their travel. "We want the agents, not the victims," he said, adding that police had filed cases against six manpower agencies this year.

According to the ministry, around 1,100 Nepalis are currently in US immigration custody. A smaller group of nine Nepalis was returned on commercial flights via Doha last month.

The chartered aircraft landed on Tuesday evening after a stop in the Gulf, the department said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 42, approx: false },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2024-11-19",
    },
  },
  {
    id: "h8a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Five deportees from US held at Matsapha facility, government confirms",
    published: "2025-08-22",
    text: `MBABANE — The government has confirmed that five men deported from the United States, none of them emaSwati, are being held at a correctional facility after their flight landed at King Mswati III International Airport on Wednesday night.

Acting government spokesperson Thulani Mkhatshwa said the men were nationals of Vietnam, Jamaica and Cuba and would remain in the country "until arrangements are finalised" for their onward return. He said their stay would be paid for by the United States.

"Eswatini is not a dumping ground. This is a temporary arrangement under a bilateral understanding," Mkhatshwa said at a briefing on Thursday.

Civil society groups, including the Swaziland Human Rights Network, said the public had not been consulted and demanded that the agreement be tabled in Parliament. Lawyer Sifiso Dlamini said families had been denied access to the men.

The United States has in recent months sent deportees to several countries that are not their own, including South Sudan and Rwanda. US officials said the five had criminal convictions and that their home countries had refused to take them back.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "JM", "CU"],
      people: { value: 5, approx: false },
      departure: [],
      arrival: ["King Mswati III International Airport"],
      date: "2025-08-20",
    },
  },
  {
    id: "h8a-en-005",
    lang: "en",
    style: "wire",
    title: "Rwanda agrees to take in up to 250 migrants deported from the United States",
    published: "2026-01-13",
    text: `KIGALI, Jan 13 (Great Lakes Press) - Rwanda has agreed to accept up to 250 migrants deported from the United States, government spokeswoman Yvette Mukandori said on Tuesday, making it one of a handful of African states to sign on to Washington's third-country removal programme.

Mukandori said Rwanda would have the right to approve each person proposed for relocation and that those accepted would receive housing, health care and job training. "Almost every Rwandan family has known displacement," she said. "Our values compel us to help."

She did not say when the first group would arrive or what Rwanda would receive in return. A U.S. State Department spokesperson said the department did not comment on diplomatic discussions.

Rwanda previously struck a deal with Britain to receive asylum seekers, but that plan was scrapped in 2024 before any flights took off. Uganda and Eswatini have announced arrangements with Washington in the past year.

Human rights lawyers in Kigali said they would watch how the people were screened. "Consent and due process must not be an afterthought," said advocate Jean-Paul Habimana.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["RW"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-13",
    },
  },
  {
    id: "h8a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Deportees arrive at Norman Manley; more flights expected",
    published: "2025-10-09",
    text: `KINGSTON — Thirty-eight Jamaicans deported from the United States arrived at the Norman Manley International Airport on Tuesday afternoon aboard a chartered aircraft, the Ministry of National Security has confirmed.

Among the group were 35 men and three women. Police said 21 of the deportees had been convicted of offences in the United States, ranging from drug possession to assault. All were processed by the Passport, Immigration and Citizenship Agency and the Jamaica Constabulary Force before being released to relatives.

The flight originated in Miami, Florida, according to a source at the airport.

Minister of National Security Dorian Whyte told the Senate last week that Jamaica had received more than 1,200 deportees from the United States, the United Kingdom and Canada in the first nine months of the year. "We cannot treat reintegration as optional," he said, noting the rise in deportees with no family ties on the island.

The Hope for Returnees Foundation, which offers temporary shelter in Spanish Town, said its 40 beds were full.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 38, approx: false },
      departure: ["Miami, Florida"],
      arrival: ["Norman Manley International Airport"],
      date: "2025-10-07",
    },
  },
  {
    id: "h8a-en-007",
    lang: "en",
    style: "us-local",
    title: "Little Haiti families fear for relatives after deportation flight to Cap-Haïtien",
    published: "2024-07-18",
    text: `MIAMI — Marie-Claude Désir says she last heard from her nephew at 4 a.m. on Thursday, shortly before he was put on a bus at the Broward Transitional Center.

Hours later he was among roughly 50 Haitians flown out of Miami International Airport on an ICE charter that landed in Cap-Haïtien on the country's northern coast, according to immigration advocates who track the flights. Port-au-Prince's main airport has been closed to most traffic since gangs fired on aircraft this spring.

"He has not lived in Haiti since he was nine," Désir said outside a church on Northeast Second Avenue. "Who is waiting for him there? Nobody."

An ICE spokesperson confirmed that the agency "conducted a removal flight to Haiti" but declined to give a passenger count. The agency says it removes people with final orders "consistent with U.S. law."

The United Nations' migration agency has urged governments to halt forced returns to Haiti, where more than 580,000 people are internally displaced. The Dominican Republic has deported tens of thousands of Haitians by land this year.

Florida's congressional delegation has split over the issue; two Democrats sent a letter to the Homeland Security secretary Wednesday asking for a pause.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 50, approx: true },
      departure: ["Miami International Airport"],
      arrival: ["Cap-Haïtien"],
      date: "2024-07-18",
    },
  },
  {
    id: "h8a-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "Charter from US brings 61 Georgian citizens back to Tbilisi",
    published: "2025-04-29",
    text: `TBILISI — A charter flight carrying 61 citizens of Georgia deported from the United States arrived at Tbilisi International Airport on Sunday, the Ministry of Internal Affairs said on Tuesday.

The ministry said the returnees, among them several families with children, had entered the US irregularly, most of them via Mexico, and had been held in detention centres in Texas and Louisiana. The plane took off from El Paso, Texas.

"Georgia is fulfilling its obligations under the readmission framework," deputy minister Levan Gogoladze said in a statement. He said border police had checked each person against criminal databases and that none was wanted in Georgia.

Georgian nationals have become one of the larger groups from the former Soviet Union crossing the US southern border, alongside citizens of Uzbekistan, Kyrgyzstan and Russia. Earlier this year, some Georgians were included on a US flight to Costa Rica carrying migrants of several nationalities.

The last comparable flight reached Tbilisi in November, when 47 people were returned.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 61, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Tbilisi International Airport"],
      date: "2025-04-27",
    },
  },
  {
    id: "h8a-en-009",
    lang: "en",
    style: "receiving-country-local",
    title: "39 Bangladeshis deported from US land in Dhaka",
    published: "2026-02-26",
    text: `DHAKA — A group of Bangladeshi nationals deported from the United States has returned home, with immigration police at Hazrat Shahjalal International Airport recording their arrival and handing them over to relatives.

Thirty-nine people were on board, said Additional Superintendent of Police Mahfuzur Rahman of the airport's immigration wing. Most are from Sylhet, Noakhali and Cumilla. Several told reporters they had spent between 14 and 30 lakh taka to travel to the US via Brazil, Bolivia and Central America.

BRAC's migration programme, which offered the returnees emergency support at the airport, said more than 220 Bangladeshis had been sent back from the US since last July, most of them on scheduled flights in small groups.

"They arrived with nothing, some still wearing the clothes from the detention centre," said BRAC programme officer Shariful Islam Hasan.

The special flight touched down at around 9:40pm on Monday, the police official said. Earlier this month, 31 Bangladeshis were deported from Malaysia on commercial flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 39, approx: false },
      departure: [],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2026-02-23",
    },
  },
  {
    id: "h8a-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "Government prepares to receive Senegalese deportees from US next week",
    published: "2025-12-03",
    text: `DAKAR — Senegal will receive a flight of citizens deported from the United States on Tuesday, December 9, the Ministry of Foreign Affairs and Senegalese Abroad said in a statement on Wednesday.

About 110 people are expected on the aircraft, which is due to land at Blaise Diagne International Airport in Diass, the ministry said. A reception unit with social workers, health personnel and police will be set up at the airport.

"No Senegalese will be left to fend alone," said Director of Senegalese Abroad Mame Diarra Sow. She asked families to contact the ministry's hotline to check whether relatives were on the list.

It would be the second such flight this year. In May, 94 Senegalese were flown back from the United States, many of whom had travelled through Nicaragua. The Senegalese diaspora in the US is estimated at more than 40,000 people.

Mauritania, Senegal's northern neighbour, has received at least three US deportation flights in 2025.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["SN"],
      people: { value: 110, approx: true },
      departure: [],
      arrival: ["Blaise Diagne International Airport"],
      date: "2025-12-09",
    },
  },
  {
    id: "h8a-en-011",
    lang: "en",
    style: "wire",
    title: "Cambodia to resume accepting deportees from U.S. after months-long pause",
    published: "2026-03-17",
    text: `PHNOM PENH, March 17 (Mekong News Service) - Cambodia will resume accepting its citizens deported from the United States, the interior ministry said on Tuesday, ending a suspension that began last autumn amid a dispute over travel documents.

Ministry spokesman Touch Sokha said the government had "reached a common understanding" with Washington on verifying the identity of people facing removal. He did not say when the first flight would arrive.

Cambodia stopped issuing travel documents for deportees in October, leaving dozens of Cambodian-born residents of the U.S. in detention. Washington responded by restricting visas for some Cambodian officials.

Most Cambodians facing removal arrived in the U.S. as refugee children in the 1980s and were later convicted of crimes, advocates say. More than 800 have been deported since 2002, according to the Khmer Return Support Centre.

"Many of these men have never seen Cambodia as adults," said the centre's director, Sophal Meas. "Resumption means families in Long Beach and Lowell will be split again."`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KH"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-17",
    },
  },
  {
    id: "h8a-en-012",
    lang: "en",
    style: "receiving-country-local",
    title: "Uganda receives first group of third-country deportees from the US",
    published: "2025-09-12",
    text: `KAMPALA — Nine men deported from the United States under a new bilateral arrangement arrived at Entebbe International Airport late on Wednesday, the Ministry of Foreign Affairs said in a statement on Friday.

The men are nationals of India, Pakistan and Somalia, according to the ministry, and none has a criminal record. They were taken to a facility in Wakiso district, where they will be assisted by the Office of the Prime Minister's refugee department while they decide whether to seek protection in Uganda.

"Uganda has a proud history of hosting people in need," Minister of State for Foreign Affairs Okello Oryem Akena said. "We set conditions: no unaccompanied minors and no persons with criminal records."

Uganda hosts nearly 1.8 million refugees, mainly from South Sudan and the Democratic Republic of Congo, more than any other country in Africa. Opposition MPs asked why the deal with Washington had not been brought before Parliament.

The flight came from Houston, Texas, according to a US official.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["IN", "PK", "SO"],
      people: { value: 9, approx: false },
      departure: ["Houston, Texas"],
      arrival: ["Entebbe International Airport"],
      date: "2025-09-10",
    },
  },
  {
    id: "h8a-en-013",
    lang: "en",
    style: "receiving-country-local",
    title: "Eleven Fijians deported from the US arrive at Nadi",
    published: "2024-05-24",
    text: `NADI — Eleven Fijian nationals deported from the United States arrived at Nadi International Airport yesterday on a flight arranged by US immigration authorities, the Ministry of Immigration has confirmed.

Permanent secretary Losana Vakaloloma said the deportees, ten men and one woman, had been removed for overstaying their visas or for criminal offences. Six had lived in California for more than a decade.

"Our priority is to make sure they are not left stranded," she said, adding that the ministry was working with the Salvation Army and the Fiji Corrections Service's yellow ribbon programme on reintegration support.

The last group of deportees from the US, seven people, arrived in February. Fiji has also received deportees from New Zealand and Australia under separate arrangements, with 34 returned from Australia last year.

Police Commissioner Rusiate Tudravu said officers would monitor those with serious convictions. "It is not about punishment twice over, it is about community safety," he said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["FJ"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["Nadi International Airport"],
      date: "2024-05-23",
    },
  },
  {
    id: "h8a-en-014",
    lang: "en",
    style: "receiving-country-local",
    title: "Nearly 120 Indians deported from US land in Amritsar; most from Punjab, Haryana",
    published: "2025-07-31",
    text: `AMRITSAR: A US aircraft carrying nearly 120 Indian nationals deported from the United States landed at Sri Guru Ram Dass Jee International Airport here on Wednesday night, officials said.

Of the deportees, 67 are from Punjab, 33 from Haryana and the rest from Gujarat, Uttar Pradesh and Himachal Pradesh, a senior police officer said. Counters were set up at the airport for verification and the deportees were sent home in police vehicles after questioning.

"Many of them sold land to pay travel agents. We will act against these agents," Punjab NRI affairs minister Harbhajan Singh Dhaliwal told reporters at the airport.

Relatives from Kapurthala and Gurdaspur said they learnt about the deportation only through social media. "My son phoned from Texas on Monday and then nothing," said Gurmeet Kaur of Sultanpur Lodhi.

The Ministry of External Affairs said earlier this year that over 1,700 Indians had been deported from the US since January, most on scheduled commercial flights. In February, three military aircraft carrying a total of 332 deportees landed at the same airport.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 120, approx: true },
      departure: [],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2025-07-30",
    },
  },
  {
    id: "h8a-en-015",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 64 Albanians from Stansted",
    published: "2026-04-08",
    text: `LONDON — The Home Office removed 64 Albanian nationals on a charter flight from Stansted Airport to Tirana on Tuesday, the department said, as ministers seek to show progress on returns ahead of the summer crossing season.

The flight was the ninth to Albania this year under the returns agreement signed in 2022. A Home Office spokesperson said 41 of those on board were foreign national offenders who had completed prison sentences in the UK.

"We are removing people with no right to be here faster than at any point in the last decade," Border Security Minister Rachel Ingram said.

Refugee charities said some of those removed had pending claims for protection from trafficking. More than 9,000 people have crossed the Channel in small boats so far this year, according to government figures, fewer than in the same period of 2025.

Albania has also taken back nationals from Germany, Italy and Belgium on joint European charters coordinated by Frontex.`,
    expect: { relevant: false },
  },
  {
    id: "h8a-en-016",
    lang: "en",
    style: "near-miss",
    title: "Japan deports 38 Sri Lankans on chartered plane",
    published: "2025-11-19",
    text: `TOKYO — Japan's Immigration Services Agency deported 38 Sri Lankan nationals on a chartered aircraft from Narita on Monday, the agency said, the largest group removal by Japan this year.

The agency said those removed had overstayed their visas or had their refugee applications rejected under the revised immigration law that allows the deportation of people who have applied for asylum three or more times.

The plane landed in Colombo's Bandaranaike International Airport on Tuesday morning, Sri Lanka's Department of Immigration and Emigration said.

Japan has used charter flights sparingly since 2013, when it began group removals to the Philippines. Rights groups said the new law had led to families being separated. "Children born in Japan are being sent to a country they have never visited," said Tokyo lawyer Kenji Morimoto.

In a separate case, a Sri Lankan woman removed from the United States arrived in Colombo on a commercial flight last week.`,
    expect: { relevant: false },
  },
  {
    id: "h8a-en-017",
    lang: "en",
    style: "near-miss",
    title: "Immigration court backlog tops 3.9 million as judges are dismissed",
    published: "2026-05-21",
    text: `WASHINGTON (Capitol Desk) — The backlog of pending cases in the U.S. immigration courts rose above 3.9 million in April, according to data compiled by a research center at a New York university, even as the Justice Department dismissed more than 100 immigration judges over the past year.

The average wait for a hearing now exceeds four years in courts in Houston, Chicago and Newark, the data show. Asylum grant rates fell to 19 percent of decided cases, from 28 percent two years earlier.

"You cannot fire your way out of a backlog," said Renata Okafor, a former judge who now teaches at a law clinic in Baltimore. "Every vacancy adds months for someone waiting to tell their story."

The Executive Office for Immigration Review said in a statement that it was hiring temporary judges from the military's legal corps and that completions had reached a record.

Removals carried out by ICE, including on charter flights to Central America, Africa and Asia, have risen sharply, but most of those removed had final orders issued years ago, the researchers said.`,
    expect: { relevant: false },
  },
  {
    id: "h8a-en-018",
    lang: "en",
    style: "near-miss",
    title: "Ohio restaurant owner deported to Pakistan after 22 years",
    published: "2024-09-27",
    text: `COLUMBUS, Ohio — Tariq Mehmood, who ran a kebab restaurant on the city's north side for nearly two decades, was deported to Pakistan on Wednesday, his lawyer said.

Mehmood, 51, was escorted by two ICE officers onto a commercial flight from New York's John F. Kennedy International Airport to Lahore via Doha, attorney Elise Brandt said. He had checked in with ICE every year since an immigration judge ordered him removed in 2011.

"He did everything he was asked to do," Brandt said. "He showed up. He paid his taxes. And this time they kept him."

More than 1,400 people signed a petition asking ICE to allow him to stay while his U.S.-citizen daughter's visa petition was processed. U.S. Rep. Dana Whitcomb had also written to the agency.

An ICE spokesperson said Mehmood "received due process and a final order of removal from an immigration judge."`,
    expect: { relevant: false },
  },
  {
    id: "h8a-en-019",
    lang: "en",
    style: "near-miss",
    title: "Uzbekistan Airways to launch nonstop Tashkent–New York service",
    published: "2025-02-20",
    text: `TASHKENT — Uzbekistan Airways will begin nonstop flights between Tashkent and New York's John F. Kennedy International Airport on May 2, the carrier said on Thursday, after the U.S. aviation regulator restored the country's Category 1 safety rating.

The route will be flown twice weekly with Boeing 787 Dreamliners, the airline said. Until now, travellers between the two cities had to connect through Istanbul, Dubai or Frankfurt.

"The Uzbek community in America has waited a long time for this," chief executive Shukhrat Ergashev said. About 70,000 people of Uzbek origin live in the New York area, according to community groups.

The airline also plans to expand service to Seoul and Kuala Lumpur this year. Passenger traffic at Tashkent's Islam Karimov International Airport grew 18 percent in 2024.

Tourism officials hope the link will draw more American visitors to Samarkand and Bukhara.`,
    expect: { relevant: false },
  },
  {
    id: "h8a-en-020",
    lang: "en",
    style: "near-miss",
    title: "Analysis: Removals surge, but arrests outpace flights",
    published: "2026-06-10",
    text: `Deportations from the United States reached about 410,000 in the 12 months to April, according to Department of Homeland Security figures, the highest annual total since the early 2010s.

Yet the number of people in ICE detention has grown faster than the capacity to remove them. Detention reached a record of nearly 68,000 in May, and the agency's contract charter fleet flew roughly 1,900 removal flights over the same 12 months, an analysis of flight-tracking data by a migrant advocacy group shows.

Mexico, Guatemala, Honduras and El Salvador together accounted for about three quarters of removals. Flights to Colombia, Ecuador and the Dominican Republic also increased, while removals to India, China and several African states remain a small share.

"The bottleneck is not planes; it is travel documents and the willingness of governments to take people back," said Lena Harrow, a former ICE official now at a policy institute in Washington.

Budget documents show the agency plans to lease additional aircraft next fiscal year.`,
    expect: { relevant: false },
  },
  {
    id: "h8a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan 112 hondureños deportados en vuelo desde Luisiana",
    published: "2025-05-16",
    text: `SAN PEDRO SULA. Un total de 112 hondureños deportados desde Estados Unidos aterrizó este jueves en el Aeropuerto Internacional Ramón Villeda Morales, en La Lima, Cortés, según el Instituto Nacional de Migración (INM).

El vuelo, de una aerolínea contratada por el Servicio de Inmigración y Control de Aduanas (ICE), salió de Alexandría, Luisiana, a primeras horas de la mañana. Entre los retornados venían 104 hombres y ocho mujeres, todos mayores de edad.

"Les damos la bienvenida y el acompañamiento que merecen", dijo la subdirectora del INM, Karla Membreño, quien recordó que cada retornado recibe un bono de 100 dólares y orientación para integrarse al programa de emprendimiento.

En lo que va del año, más de 11,300 compatriotas han sido retornados por vía aérea y terrestre, la mayoría desde Estados Unidos y México. El martes llegó otro vuelo con 97 personas.

Organizaciones como la Pastoral de Movilidad Humana advirtieron que muchos de los deportados no tienen a dónde regresar por la violencia en sus barrios de origen.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 112, approx: false },
      departure: ["Alexandría, Luisiana"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2025-05-15",
    },
  },
  {
    id: "h8a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "IGM recibe a setenta y cuatro guatemaltecos retornados",
    published: "2026-07-02",
    text: `Ciudad de Guatemala – Setenta y cuatro connacionales retornados por las autoridades estadounidenses fueron recibidos en el Centro de Recepción de Retornados ubicado en la Fuerza Aérea Guatemalteca, informó el Instituto Guatemalteco de Migración (IGM).

El vuelo procedía de Harlingen, Texas, y arribó el martes 30 de junio poco después del mediodía. Del grupo, 61 eran hombres y 13 mujeres; además, viajaban cuatro menores acompañados por sus madres.

Durante la recepción, las personas recibieron alimentación, kits de higiene, atención médica y la posibilidad de hacer una llamada a sus familiares. El Registro Nacional de las Personas habilitó una mesa para tramitar el documento de identificación.

Según datos del IGM, del 1 de enero al 28 de junio han sido retornados 27 mil 415 guatemaltecos desde Estados Unidos, en 214 vuelos, y 6 mil 980 desde México, la mayoría por vía terrestre.

"Seguimos fortaleciendo la atención digna a cada persona que vuelve al país", indicó el director de la entidad, Rodrigo Cuxil.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 74, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Fuerza Aérea Guatemalteca"],
      date: "2026-06-30",
    },
  },
  {
    id: "h8a-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Aterriza en Costa Rica segundo vuelo con migrantes extranjeros expulsados por EE. UU.",
    published: "2025-03-27",
    text: `SAN JOSÉ. Al menos 140 migrantes de varias nacionalidades expulsados por Estados Unidos llegaron la noche del miércoles al Aeropuerto Internacional Juan Santamaría, en el segundo vuelo de este tipo que recibe el país.

El viceministro de Gobernación, Esteban Quirós, detalló que en el grupo viajaban ciudadanos de Turquía, Kazajistán, Georgia y Nepal, entre ellos 38 menores de edad. El avión despegó de San Diego, California.

Tras su llegada, los extranjeros fueron trasladados en autobuses al Centro de Atención Temporal para Migrantes en Corredores, cerca de la frontera con Panamá, donde permanecerán mientras se coordina su retorno a sus países de origen con apoyo de la Organización Internacional para las Migraciones (OIM).

"Costa Rica actúa como puente, no como destino final", afirmó Quirós, quien aseguró que el costo de la operación lo asume el gobierno estadounidense.

La Defensoría de los Habitantes pidió acceso al centro para verificar las condiciones de los niños. Panamá, por su parte, ha recibido cerca de 300 personas en tres vuelos similares desde febrero.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["TR", "KZ", "GE", "NP"],
      people: { value: 140, approx: true },
      departure: ["San Diego, California"],
      arrival: ["Aeropuerto Internacional Juan Santamaría"],
      date: "2025-03-26",
    },
  },
  {
    id: "h8a-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Más de 90 dominicanos repatriados desde Estados Unidos llegan al AILA",
    published: "2024-10-11",
    text: `SANTO DOMINGO. Más de 90 dominicanos repatriados desde Estados Unidos llegaron este jueves al Aeropuerto Internacional de Las Américas, informó la Dirección General de Migración (DGM).

Los repatriados fueron recibidos por agentes de la DGM, la Policía Nacional y la Dirección Nacional de Control de Drogas, que verificaron sus expedientes. De acuerdo con las autoridades, 27 de ellos tenían antecedentes penales en territorio estadounidense, en su mayoría por delitos relacionados con drogas.

"Los que no tienen cuentas pendientes con la justicia dominicana se van a sus casas hoy mismo", dijo un vocero de Migración.

En lo que va de año, el país ha recibido más de 2,100 repatriados desde Estados Unidos, Puerto Rico y otras islas del Caribe. En paralelo, la DGM informó que en septiembre deportó a más de 25,000 extranjeros en situación irregular, en su mayoría haitianos, a través de los pasos fronterizos de Dajabón y Elías Piña.

El Centro de Reinserción de Retornados ofrece a los recién llegados asistencia psicológica y orientación laboral.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 90, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2024-10-10",
    },
  },
  {
    id: "h8a-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Cancillería anuncia llegada de nuevo vuelo con ecuatorianos deportados",
    published: "2026-08-19",
    text: `GUAYAQUIL. La Cancillería ecuatoriana informó que el próximo viernes llegará un vuelo con unos 150 compatriotas deportados desde Estados Unidos.

La aeronave saldrá de El Paso y tiene previsto aterrizar en el Aeropuerto Internacional José Joaquín de Olmedo a las 14:00, según el viceministro de Movilidad Humana, Andrés Valarezo. Un equipo de salud, del Registro Civil y de la Policía estará en la terminal.

"Pedimos a los familiares que no acudan en masa al aeropuerto; los datos de cada persona se publicarán en nuestros canales", dijo Valarezo.

Ecuador recibió 87 vuelos de deportación desde Estados Unidos en 2025, con alrededor de 13.000 personas. A diferencia de otros países de la región, no ha aceptado recibir a ciudadanos de terceros países.

El último vuelo llegó a Guayaquil el 7 de agosto con 142 ecuatorianos, la mayoría de Azuay y Cañar.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["EC"],
      people: { value: 150, approx: true },
      departure: ["El Paso"],
      arrival: ["Aeropuerto Internacional José Joaquín de Olmedo"],
      date: "2026-08-21",
    },
  },
  {
    id: "h8a-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay acepta recibir a migrantes de otros países deportados por EE.UU.",
    published: "2026-09-04",
    text: `ASUNCIÓN. El Gobierno paraguayo firmó un acuerdo con Estados Unidos para recibir a solicitantes de asilo de otras nacionalidades que se encuentran en territorio estadounidense, anunció el jueves el canciller Ignacio Ortellado.

Según el canciller, Paraguay podrá evaluar cada caso y no recibirá a personas con antecedentes penales. "Es un acuerdo de cooperación, no un traslado masivo", dijo en conferencia de prensa en el Palacio de López.

El texto, que deberá ser ratificado por el Congreso, no fija un número máximo de personas ni una fecha para el primer traslado. La oposición cuestionó que no se haya consultado al Parlamento antes de la firma.

Con este paso, Paraguay se suma a Guatemala, Honduras y Panamá, que ya han firmado o aplicado acuerdos similares. En 2025, unos 1.300 paraguayos fueron deportados desde Estados Unidos, según datos de la Dirección General de Migraciones.

La Coordinadora de Derechos Humanos del Paraguay (Codehupy) pidió garantías de que las personas trasladadas puedan pedir refugio en el país.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-09-03",
    },
  },
  {
    id: "h8a-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Brasil recibe otro vuelo de deportados y reclama trato digno",
    published: "2024-12-06",
    text: `MONTEVIDEO. El gobierno brasileño volvió a reclamar a Washington un trato "digno" para sus ciudadanos deportados tras la llegada de un nuevo vuelo con 88 brasileños expulsados de Estados Unidos, según informó Itamaraty.

La aeronave partió desde Luisiana y aterrizó en el Aeropuerto Internacional de Confins, en la región metropolitana de Belo Horizonte, donde la Policía Federal y equipos de los ministerios de Derechos Humanos y de Salud recibieron al grupo. Algunos pasajeros denunciaron que viajaron con esposas en las manos durante todo el trayecto.

"No aceptamos que nuestros ciudadanos sean tratados como delincuentes", señaló la cancillería en un comunicado.

Brasil y Estados Unidos mantienen desde 2018 un acuerdo para vuelos de repatriación. En lo que va de 2024, más de 1.500 brasileños fueron devueltos en 18 vuelos, la mayoría de Minas Gerais, Goiás y Espírito Santo.

El vuelo llegó a Confins el pasado martes 3 de diciembre, de madrugada. En Uruguay, la cancillería informó que sigue de cerca la situación de unos 30 uruguayos detenidos por el ICE.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 88, approx: false },
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional de Confins"],
      date: "2024-12-03",
    },
  },
  {
    id: "h8a-es-008",
    lang: "es",
    style: "near-miss",
    title: "Denuncian hacinamiento y falta de atención médica en centro de detención de Texas",
    published: "2025-11-07",
    text: `HOUSTON. Organizaciones de defensa de inmigrantes denunciaron este jueves condiciones de hacinamiento, comida en mal estado y retrasos en la atención médica en el centro de detención de Conroe, al norte de Houston, donde permanecen más de 1.200 personas bajo custodia del ICE.

En una carta dirigida al inspector general del Departamento de Seguridad Nacional, la coalición Voces Sin Fronteras recogió testimonios de 46 detenidos, entre ellos hondureños, venezolanos y mexicanos. Varios afirmaron haber dormido en el suelo durante días.

"Mi esposo tiene diabetes y tardaron dos semanas en darle su insulina", relató por teléfono Yesenia Paredes, de Pasadena.

El ICE respondió en un comunicado que sus instalaciones "cumplen con estándares nacionales de detención" y que todos los detenidos tienen acceso a atención médica las 24 horas.

La población detenida en el país supera las 65.000 personas, una cifra récord, según datos oficiales.`,
    expect: { relevant: false },
  },
  {
    id: "h8a-es-009",
    lang: "es",
    style: "near-miss",
    title: "México devuelve por avión a 130 hondureños desde Villahermosa",
    published: "2026-10-15",
    text: `TEGUCIGALPA. Un vuelo fletado por el Instituto Nacional de Migración de México (INM) trasladó este miércoles a 130 hondureños desde Villahermosa, Tabasco, hasta el Aeropuerto Internacional Palmerola, en Comayagua.

Los migrantes habían sido detenidos en estaciones migratorias del sureste mexicano cuando intentaban avanzar hacia la frontera norte. Entre ellos había 19 menores acompañados.

El director del Instituto Nacional de Migración de Honduras, Óscar Banegas, explicó que México ha intensificado las devoluciones aéreas y terrestres en las últimas semanas. "Es la tercera aeronave procedente de México este mes", dijo.

En lo que va del año, Honduras ha recibido más de 21.000 retornados desde México y unos 26.000 desde Estados Unidos.

Los retornados recibieron alimentación, atención médica y transporte hacia las terminales de buses.`,
    expect: { relevant: false },
  },
  {
    id: "h8a-es-010",
    lang: "es",
    style: "spanish-outlet",
    title: "Nicaragua rechaza vuelos de deportación de EE.UU. con extranjeros",
    published: "2025-01-30",
    text: `MANAGUA. El gobierno de Nicaragua anunció este jueves que no aceptará vuelos de deportación procedentes de Estados Unidos con ciudadanos de otros países, y que solo recibirá a nicaragüenses "con documentos verificados".

En un comunicado leído en los medios oficiales, la vicepresidencia afirmó que el país "no será bodega de migrantes de ninguna potencia". La decisión se produce días después de que Washington pidiera a varios gobiernos centroamericanos acoger a migrantes de terceros países.

La medida no afecta, por ahora, a los vuelos con nicaragüenses, que llegan regularmente al Aeropuerto Internacional Augusto C. Sandino. En 2024, unos 3.200 nicaragüenses fueron deportados desde Estados Unidos por vía aérea.

Analistas en San José consultados por este medio señalaron que Managua utiliza los vuelos migratorios como instrumento de presión. Entre 2021 y 2023, miles de personas de Cuba, Haití y países africanos llegaron a Nicaragua en vuelos chárter para luego seguir hacia el norte.

El Departamento de Estado no respondió de inmediato a una solicitud de comentarios.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["NI"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-01-30",
    },
  },
];
