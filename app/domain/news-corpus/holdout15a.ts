// Held-out news corpus no. 15 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, number and outlet is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT15A: CorpusArticle[] = [
  {
    id: "h15a-en-001",
    lang: "en",
    style: "wire",
    title: "U.S. deportation charter lands in Angola with 87 aboard",
    published: "2025-11-14",
    text: `LUANDA, Nov 14 (Meridian Wire) - A chartered aircraft carrying 87 Angolan nationals deported from the United States landed at Luanda's 4 de Fevereiro International Airport on Wednesday, Angola's migration service said.

The flight departed from Alexandria, Louisiana, and made a refuelling stop in Cape Verde, according to flight-tracking data reviewed by Meridian Wire. A spokesman for the Servico de Migracao e Estrangeiros, Armindo Cacuaco, said the returnees were "received with dignity" and given a meal and transport money.

It was the second such flight to Angola this year. In March, a smaller group of 19 was returned via a connecting flight through Johannesburg.

U.S. Immigration and Customs Enforcement has sharply increased removals to African countries over the past 12 months, with charters also reaching Ghana, Senegal and Mauritania. ICE says it removed more than 270,000 people worldwide in the last fiscal year.

Relatives waited outside the terminal for hours. "My brother left in 2016, and they told us only yesterday that he was coming," said Dulce Kiala, 41.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AO"],
      people: { value: 87, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["4 de Fevereiro International Airport"],
      date: "2025-11-12",
    },
  },
  {
    id: "h15a-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Eleven deportees from US arrive in Kigali under migration deal",
    published: "2025-08-19",
    text: `KIGALI - Eleven migrants deported by the United States arrived in Rwanda on Sunday, the first group to be received under the arrangement the two governments signed earlier this year, officials confirmed on Monday.

The group comprised six Cameroonians, three Uzbeks and two Eritreans, according to a statement from the Ministry of Foreign Affairs and International Cooperation. None of them is Rwandan. They landed at Kigali International Airport aboard a chartered jet and were taken to a reception facility in Kicukiro District.

"Rwanda has a long history of giving people a second chance," government spokesperson Doreen Mukamana told The Kigali Observer. "These individuals will receive accommodation, health care and training while their situation is assessed."

Under the arrangement, Rwanda has said it could eventually receive up to 250 people, with the option of accepting or declining each case. Washington has concluded similar deals in recent months with countries in Central America and southern Africa.

Rights groups in Nairobi and Kampala criticised the transfer, noting that Rwanda had previously been the destination of a cancelled British scheme to send asylum seekers there.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["CM", "UZ", "ER"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["Kigali International Airport"],
      date: "2025-08-17",
    },
  },
  {
    id: "h15a-en-003",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 34 Moldovan nationals on charter flight",
    published: "2025-10-02",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement (ICE) Enforcement and Removal Operations (ERO) removed 34 Moldovan nationals to Chisinau, Moldova, on Sept. 30, via a charter flight coordinated by ICE Air Operations.

The flight departed from Mesa, Arizona. Among those removed were individuals with final orders of removal issued by immigration judges, including seven with criminal convictions for offenses such as burglary and driving under the influence.

"ERO continues to work closely with our foreign partners to ensure the safe and orderly removal of those who have no lawful basis to remain in the United States," said ERO Phoenix Field Office Director Harlan W. Beckett.

ICE works with the Department of State and foreign governments to obtain travel documents. In fiscal year 2025, ICE conducted removal flights to more than 190 countries, including Romania, Ukraine and Georgia.

Members of the public can report suspicious activity by calling the ICE tip line.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MD"],
      people: { value: 34, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Chisinau"],
      date: "2025-09-30",
    },
  },
  {
    id: "h15a-en-004",
    lang: "en",
    style: "us-local",
    title: "Valley detainees await rare charter flight to West Africa",
    published: "2026-02-10",
    text: `HARLINGEN — More than 60 men held at detention centers across South Texas are scheduled to be flown to Mali on Thursday, according to attorneys and a family member who spoke to the Rio Grande Ledger.

The charter is expected to leave from Harlingen and land in Bamako after a stop in Dakar, said Patricia Olvera, a lawyer with a Brownsville legal aid clinic who represents four of the men. "Some of them have pending motions. We are asking the court to act before the plane leaves," Olvera said.

ICE declined to comment on the flight, citing operational security, but said in a statement that it "removes noncitizens with final orders in accordance with U.S. law."

Deportations to West Africa have grown since last year, when flights to Mauritania and Senegal became more common. Nationwide, immigration courts have a backlog of roughly 3.4 million cases.

One detainee's cousin, who asked that only her first name, Aminata, be used, said her relative had lived in Houston for nine years. "He does not even have a phone number for anyone in Bamako anymore," she said.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["ML"],
      people: { value: 60, approx: true },
      departure: ["Harlingen"],
      arrival: ["Bamako"],
      date: "2026-02-12",
    },
  },
  {
    id: "h15a-en-005",
    lang: "en",
    style: "near-miss",
    title: "Turkey deports 226 Afghans on charter from Istanbul",
    published: "2025-05-07",
    text: `ISTANBUL (Anatolian Courier) - Turkish authorities deported 226 Afghan nationals on a charter flight from Istanbul Airport to Kabul on Tuesday, the Presidency of Migration Management said.

The migrants had been detained in operations in Istanbul, Van and Erzurum over the past month for irregular entry, the agency said in a statement. It was the ninth such flight this year.

Turkey has removed more than 41,000 irregular migrants so far in 2025, including Pakistanis, Syrians and Afghans, according to official figures. Officials said deportations would continue "without pause".

Aid groups have urged Ankara to halt returns to Afghanistan, where they say returnees face hardship. The United States and European Union countries have also faced criticism over removals to the region.`,
    expect: { relevant: false },
  },
  {
    id: "h15a-en-006",
    lang: "en",
    style: "wire",
    title: "Kazakhstan agrees to take back citizens on US removal charters",
    published: "2026-03-05",
    text: `ASTANA, March 5 (Steppe Newswire) - Kazakhstan has agreed to accept its citizens deported from the United States on direct charter flights, the Foreign Ministry said on Tuesday, in a shift from the previous practice of returning them individually on commercial airlines.

Ministry spokesman Yerlan Sadykov told reporters in Astana that the arrangement was reached after consultations with the U.S. Department of Homeland Security and would cover Kazakh nationals with final removal orders. He did not say when the first flight would take place or how many people would be on it.

"Every citizen of Kazakhstan has the right to return home, and the state will meet them," Sadykov said.

U.S. figures show about 1,100 Kazakh citizens were in removal proceedings at the end of last year. Washington has reached similar understandings with Uzbekistan and Kyrgyzstan, whose citizens have been flown home on charters via Istanbul.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KZ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-03",
    },
  },
  {
    id: "h15a-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: "Fifty-two returned to Cap-Haitien as deportations continue",
    published: "2025-06-24",
    text: `CAP-HAITIEN — Fifty-two Haitian nationals deported from the United States were processed by the Office National de la Migration after their flight from Miami arrived in the northern city, officials said, despite repeated calls from aid agencies for a pause.

Of the group, 44 were men, six were women and two were children, according to ONM coordinator Jean-Robert Desamour. Each received a hygiene kit and 5,000 gourdes.

"We cannot refuse our own people. But the country is not in a condition to receive them properly," Desamour said.

The plane touched down at Hugo Chavez International Airport shortly after 1 p.m. on Monday. Flights had been diverted north from Port-au-Prince since gang violence shut the capital's airport last year.

The Dominican Republic, which shares the island with Haiti, deported more than 270,000 Haitians by land last year, a separate figure from the U.S. removals.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 52, approx: false },
      departure: ["Miami"],
      arrival: ["Hugo Chavez International Airport"],
      date: "2025-06-23",
    },
  },
  {
    id: "h15a-en-008",
    lang: "en",
    style: "near-miss",
    title: "Romanian man deported from Chicago after overstaying visa",
    published: "2025-09-12",
    text: `CHICAGO — A Romanian man who overstayed a tourist visa by more than a decade was deported this week on a commercial flight to Bucharest, his attorney said.

Mihai Dobrescu, 46, was escorted by two ICE officers on a scheduled connecting flight through Frankfurt and handed to Romanian border police at Henri Coanda airport on Wednesday, said lawyer Kathryn Mallory.

Dobrescu, a carpenter in suburban Des Plaines, was arrested at a routine check-in in July. "He has two U.S.-citizen children and no criminal record," Mallory said.

ICE said in a statement that Dobrescu had received a final order of removal in 2019. Romanians make up a small share of removals from the Chicago area, where most cases involve Mexican and Guatemalan nationals.`,
    expect: { relevant: false },
  },
  {
    id: "h15a-en-009",
    lang: "en",
    style: "receiving-country-local",
    title: "Nearly 120 Nepalis deported from US arrive in Kathmandu",
    published: "2025-12-08",
    text: `KATHMANDU — Nearly 120 Nepali citizens deported from the United States landed at Tribhuvan International Airport on Saturday evening aboard a chartered aircraft, the Department of Immigration said.

The flight had departed from El Paso, Texas, the department said, and stopped in Doha. Most of the returnees had crossed into the US via Mexico after travelling through South America, a route that brokers in Nepal charge up to Rs 6 million to arrange.

"We have asked the police to investigate the agents who sent them," said the department's information officer, Sushila Gurung. Families gathered at the arrivals hall late into the night.

Earlier this year, 23 Nepalis were returned in small groups on scheduled flights. According to the Ministry of Foreign Affairs, about 3,000 Nepalis are estimated to be in US immigration detention or removal proceedings. Neighbouring India has received several larger flights since February.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 120, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Tribhuvan International Airport"],
      date: "2025-12-06",
    },
  },
  {
    id: "h15a-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "43 deportees from US processed at Norman Manley",
    published: "2026-01-16",
    text: `KINGSTON — Forty-three Jamaicans deported from the United States arrived at the Norman Manley International Airport on Thursday, the Ministry of National Security has confirmed.

The group, made up of 40 men and three women, was processed by the Jamaica Constabulary Force and the Passport, Immigration and Citizenship Agency. Police said 17 of them had criminal records in the US.

"Our focus is reintegration. Many of these persons left Jamaica as children," said Marlene Thompson-Reid of the returnee support programme in Kingston.

Jamaica received about 1,200 deported persons from the US, the UK and Canada in 2025. A separate charter from the United Kingdom is expected next month, officials said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 43, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport"],
      date: "2026-01-15",
    },
  },
  {
    id: "h15a-en-011",
    lang: "en",
    style: "near-miss",
    title: "UK Home Office charter returns 31 to Jamaica",
    published: "2025-04-25",
    text: `KINGSTON — A Home Office charter flight from Birmingham carrying 31 people landed in Kingston on Wednesday, the latest in a series of removals from the United Kingdom that have drawn protests in London.

The Jamaican High Commission in London said it had interviewed each deportee before the flight. Campaigners said at least five had lived in Britain since childhood.

"This is the wrong approach for a country with deep Commonwealth ties," said Delroy Banton of a Brixton support group.

Jamaica also receives regular deportees from the United States and Canada, mostly on scheduled flights. British officials said the UK removed more than 9,000 foreign nationals in the year to March.`,
    expect: { relevant: false },
  },
  {
    id: "h15a-en-012",
    lang: "en",
    style: "wire",
    title: "Eswatini receives 14 men deported by US from third countries",
    published: "2026-08-01",
    text: `MBABANE, Aug 1 (Meridian Wire) - Eswatini has received 14 men deported by the United States, none of them Swazi citizens, the government said, in the third such transfer to the southern African kingdom.

The men, from Vietnam, Cambodia and Sudan, arrived at King Mswati III International Airport on July 29 on a U.S. government-chartered plane and were being held at a correctional facility outside the capital, government spokesperson Thembi Dlamini said.

"They will be kept in isolated units until they can be sent to their countries of origin," Dlamini said, adding that Eswatini was working with the International Organization for Migration.

Lawyers in Mbabane have challenged the legality of earlier transfers in the High Court. South Africa and Lesotho have expressed concern about the arrangement, and civil society groups said no details of the agreement had been made public.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "KH", "SD"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["King Mswati III International Airport"],
      date: "2026-07-29",
    },
  },
];
