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
];
