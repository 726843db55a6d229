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

The UK and Albania signed a returns agreement in 2022.`,
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

export const HOLDOUT3: CorpusArticle[] = [...EN];
