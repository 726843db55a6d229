// Held-out news corpus no. 5 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, the other corpus files or
// docs/alerts.md). Every name, quote and number in these articles is invented; no sentence is copied
// from any outlet.
import type { CorpusArticle } from "./types";

export const HOLDOUT5A: CorpusArticle[] = [
  {
    id: "h5a-en-001",
    lang: "en",
    style: "wire",
    title: "US deportation charter lands in Mauritania with about 110 aboard",
    published: "2025-03-13",
    text: `NOUAKCHOTT, Mauritania — A chartered jet carrying about 110 Mauritanians deported from the United States touched down on Tuesday at Nouakchott-Oumtounsy International Airport, the Interior Ministry said, the largest single group sent back from America in more than a year.

The aircraft had taken off from Alexandria, Louisiana, and refuelled in the Azores before crossing to West Africa, according to a ministry official who spoke on condition of anonymity because he was not cleared to brief reporters. Most of those on board were young men from the Senegal River valley who reached the U.S. border through Nicaragua and Mexico during the migration wave of 2023.

"They are our sons and we received them as our sons," said Sidi Mahmoud Ould Bellal, who heads the ministry's migration directorate. He said each returnee was given a meal, a telephone card and a modest sum of money for the journey home.

Community organisers in Ohio and New York, where large Mauritanian communities have settled, said several of those on the plane still had asylum appeals pending. Aminata Diallo Kane, of a Columbus-based support group, said she had counted at least 14 people from her city on the manifest.

U.S. Immigration and Customs Enforcement did not respond to a request for comment. Agency figures show ICE removed roughly 300 Mauritanians in fiscal 2024, up from a few dozen five years earlier. Earlier charters to the region have also called at Dakar, Senegal, and Conakry, Guinea.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 110, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Nouakchott-Oumtounsy International Airport"],
      date: "2025-03-11",
    },
  },
  {
    id: "h5a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 87 Uzbek nationals on charter flight",
    published: "2025-11-14",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement removed 87 citizens of Uzbekistan Nov. 12 on a chartered flight from Mesa, Arizona, to Tashkent, Uzbekistan.

Each of the noncitizens removed had a final order of removal issued by an immigration judge with the Justice Department's Executive Office for Immigration Review. Two of them were wanted in Uzbekistan on charges of fraud and organized theft and were handed to Uzbek law enforcement upon arrival.

"This operation reflects the close cooperation between our two governments and the professionalism of our officers," said ERO Phoenix Field Office Director Marcus T. Whitfield. "ICE will continue to remove those who have no lawful basis to remain in this country."

ICE Air Operations conducted an earlier removal flight to Tashkent in August carrying 64 Uzbek nationals. In fiscal year 2025, Enforcement and Removal Operations carried out more than 230,000 removals to over 170 countries.

Noncitizens placed into removal proceedings receive their due process from immigration judges. Due to operational security reasons, ICE does not confirm or discuss future or pending transportation operations.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 87, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tashkent"],
      date: "2025-11-12",
    },
  },
  {
    id: "h5a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "23 Nepalis deported from US land in Kathmandu",
    published: "2026-02-16",
    text: `KATHMANDU — Twenty-three Nepali nationals deported by the United States arrived home on a chartered aircraft, the Department of Immigration said on Monday.

The group, which included three women, landed at Tribhuvan International Airport at around 7:40 pm on Sunday and was escorted by US immigration officers until it cleared arrival formalities, according to Suman Bhattarai, an information officer at the department.

"Most of them had lost their asylum cases and had been held in detention centres for several months," Bhattarai said. "Their families were informed through the Ministry of Foreign Affairs a few days in advance."

Of the returnees, nine are from Jhapa and Morang districts, six from the Kathmandu valley and the rest from districts in Lumbini and Gandaki provinces. Several told reporters at the airport that they had paid brokers between Rs 4 million and Rs 6 million to reach the US through South America.

With the latest group, 214 Nepalis have been returned from the United States since January last year, department data show. Last year dozens of Nepalis were also among migrants from Asia whom the US flew to Panama and held in a hotel there before onward travel.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 23, approx: false },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2026-02-15",
    },
  },
  {
    id: "h5a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Forty-one deportees back from US; families wait outside Harman Barracks",
    published: "2025-08-29",
    text: `Forty-one Jamaicans — 38 men and three women — were returned to the island yesterday on a United States deportation flight, the latest of the monthly charters that arrive on the last Thursday of each month.

The aircraft landed at the Norman Manley International Airport in Kingston shortly after 1:30 p.m. The deportees were then taken by bus to Harman Barracks, where they were processed by the police and officers of the Passport, Immigration and Citizenship Agency (PICA).

Outside the gate, Marcia Thompson-Reid waited with her two grandchildren for a son she had not seen in 19 years. "Whatever him do, him pay for it already. Me just want see him face," she said.

According to a police source, 22 of those returned had served sentences in the US for drug and firearm offences, while the others had overstayed visas or had their residency revoked. Winston Barrett of the National Association of Returning Migrants said many arrive "with a plastic bag and a phone number that don't work anymore".

PICA figures show 512 Jamaicans have been deported from the US so far this year, compared with 26 sent back on a single charter from the United Kingdom in February.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 41, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport"],
      date: "2025-08-28",
    },
  },
  {
    id: "h5a-en-005",
    lang: "en",
    style: "wire",
    title: "Uganda takes in first third-country deportees from United States",
    published: "2025-09-19",
    text: `KAMPALA, Uganda — Nine men deported from the United States, none of them Ugandan, have arrived in Uganda under an arrangement the two governments reached earlier this year, Uganda's foreign ministry said on Friday.

The group — four Ethiopians, two Somalis, two Sudanese and a Yemeni — landed at Entebbe International Airport late on Wednesday aboard a small jet chartered by U.S. Immigration and Customs Enforcement, the ministry said in a statement. It did not say where the flight had originated.

"Uganda has accepted these persons on a temporary and humanitarian basis while their return to their countries of origin is arranged," said Patricia Nabwire Okello, the ministry's permanent secretary. She repeated that Uganda would not receive anyone with a criminal record or any unaccompanied child.

The men are being housed at a guarded facility outside the capital, a government official said. Lawyers for two of the Ethiopians said in the United States that their clients had been granted protection from return to Ethiopia by an immigration judge and feared being sent there from Kampala.

Washington has struck similar deals with several African governments. Rwanda received a group of seven people in August, and Eswatini and South Sudan have taken in men from Asia, Latin America and the Caribbean.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["ET", "SO", "SD", "YE"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["Entebbe International Airport"],
      date: "2025-09-17",
    },
  },
  {
    id: "h5a-en-006",
    lang: "en",
    style: "us-local",
    title: "Cameroonian detainees in Central Louisiana brace for removal flight next week",
    published: "2025-10-17",
    text: `ALEXANDRIA — Immigration authorities have scheduled a charter flight to Cameroon that could carry as many as 60 people held in Louisiana detention centers, according to attorneys and relatives who were notified this week.

The flight is expected to leave Alexandria International Airport on Tuesday, Oct. 21, bound for Douala, said Rachel Ostrander, a New Orleans immigration lawyer who represents four of the men. Most of the detainees are being held at facilities in Jena and Basile.

"Several of my clients fled the fighting in the Anglophone regions," Ostrander said. "We have filed emergency motions for stays, but the court calendar is not moving as fast as the plane."

An ICE spokesperson said the agency does not discuss future transportation operations for security reasons.

The last large removal flight to Cameroon, in late 2020, drew protests from members of Congress after deportees described being pressured to sign travel papers. The Biden administration designated Cameroon for Temporary Protected Status in 2022; that protection does not cover people who entered after the cutoff date, Ostrander said.

Relatives plan a vigil Sunday outside the federal building in downtown Alexandria.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CM"],
      people: { value: 60, approx: true },
      departure: ["Alexandria International Airport"],
      arrival: ["Douala"],
      date: "2025-10-21",
    },
  },
  {
    id: "h5a-en-007",
    lang: "en",
    style: "near-miss",
    title: "Home Office flight returns 58 Albanians from Stansted",
    published: "2024-11-21",
    text: `A Home Office charter carrying 58 Albanian nationals left Stansted Airport early on Wednesday and landed in Tirana shortly before noon, the department said.

Officials said 41 of those on board were foreign national offenders who had served prison sentences in Britain, while the rest were people who had arrived illegally or overstayed and had no right to remain. They were escorted by immigration enforcement officers and handed to Albanian police on arrival.

"Those with no right to be here will be removed, and this flight is one of dozens we have operated this year," a Home Office spokesperson said.

Campaigners from the group Open Borders Kent said two men had been taken off the flight the night before after their lawyers lodged last-minute claims. The Home Office has chartered more than 30 flights to Albania since the returns agreement signed with Tirana in 2022.

The government says enforced returns in the year to September rose by 19 per cent, to just over 9,100.`,
    expect: { relevant: false },
  },
  {
    id: "h5a-en-008",
    lang: "en",
    style: "near-miss",
    title: "Japan charters plane to return 31 Sri Lankans after visa overstays",
    published: "2026-04-08",
    text: `TOKYO — Japan's Immigration Services Agency deported 31 Sri Lankan nationals on a chartered flight from Narita to Colombo on Tuesday, the agency said, the first such group removal since 2023.

The agency said the group included people who had overstayed their visas for years and several whose refugee applications had been rejected three times or more, a category that a revised immigration law now allows Japan to remove while appeals are pending.

Unlike the United States, which runs dozens of removal charters each week, Japan relies mostly on commercial airlines and uses chartered aircraft only a few times a year.

"We carried out the removal in a safe and orderly manner with the cooperation of the Sri Lankan authorities," an agency official told reporters in Tokyo.

Support groups in Nagoya criticised the operation, noting that one of those deported had a Japanese spouse. Japan granted refugee status to 303 people last year, a record for the country but a tiny share of applications.`,
    expect: { relevant: false },
  },
  {
    id: "h5a-en-009",
    lang: "en",
    style: "wire",
    title: "South Sudan says it will again accept citizens deported from US",
    published: "2026-01-22",
    text: `JUBA, South Sudan — South Sudan will resume accepting its citizens deported from the United States, the foreign ministry said on Wednesday, ending a standoff that had led Washington to freeze visas for South Sudanese passport holders.

"The Republic of South Sudan reaffirms its readiness to receive its nationals who have been ordered removed, once their identity has been verified," ministry spokesman Deng Ajak Malual said in a statement read on state television.

The dispute began last year when authorities in Juba turned back a man whom U.S. officials described as South Sudanese but whom the government said was a citizen of a neighbouring country. The State Department responded by revoking existing visas and halting new ones.

A U.S. embassy spokesperson welcomed the announcement and said the visa measures would be "reviewed in light of concrete cooperation". No date was given for the first returns.

South Sudan has separately taken in a handful of men from Asia and Latin America whom the U.S. could not send to their own countries, a deal that rights groups inside the country have challenged in court.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SS"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-21",
    },
  },
  {
    id: "h5a-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "32 Bangladeshis deported from US arrive in Dhaka",
    published: "2025-07-26",
    text: `Thirty-two Bangladeshi nationals, including two women, were sent back from the United States and reached Dhaka early on Saturday.

A chartered aircraft carrying them landed at Hazrat Shahjalal International Airport at 5:10am, according to immigration police at the airport. The plane had taken off from Texas, officials said.

Several of the returnees said they had been kept in handcuffs during most of the journey. "We went to ask for asylum, not to commit any crime," said one man from Noakhali who did not want to be named.

Nazmul Karim Chowdhury, who coordinates the returnee support desk of a migration rights organisation, said most of the group had travelled to Brazil or Bolivia on work visas before heading north through Central America and Mexico. "Many families sold land to pay the brokers, Tk 25 to 35 lakh each," he said.

Of the 32, 14 are from Noakhali, seven from Sylhet, five from Cumilla and the rest from Feni, Dhaka and Chattogram. A foreign ministry official said 149 Bangladeshis had been returned from the US in several batches since January, and another group of about 50 was expected later in the year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 32, approx: false },
      departure: ["Texas"],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2025-07-26",
    },
  },
  {
    id: "h5a-en-011",
    lang: "en",
    style: "wire",
    title: "Deportation flight reaches northern Haiti as capital's airport stays shut",
    published: "2024-05-10",
    text: `CAP-HAÏTIEN, Haiti — Some 60 Haitians deported from the United States landed in Cap-Haïtien on Thursday, the second such flight since gangs forced the closure of the international airport in Port-au-Prince.

The plane took off from Miami in the morning and was met on the tarmac by officials of Haiti's National Migration Office and the police, who took the returnees to a processing centre near the airport.

"We have no capacity to send them south; the roads are in the hands of armed groups," said Jocelyne Pierre-Louis, a regional coordinator for the migration office. Each deportee received a small cash grant and a hygiene kit from the International Organization for Migration.

Rights groups in Florida criticised the flight. "Sending people to a country where the U.N. counts thousands of killings this year is indefensible," said Marc-Antoine Delva of a Miami legal aid group.

The Department of Homeland Security has said it continues to remove Haitians who have no legal basis to stay. A flight in April carried 52 people to the same city, according to local officials.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 60, approx: true },
      departure: ["Miami"],
      arrival: ["Cap-Haïtien"],
      date: "2024-05-09",
    },
  },
  {
    id: "h5a-en-012",
    lang: "en",
    style: "near-miss",
    title: "Air Senegal to start direct Dakar–Houston service in spring",
    published: "2025-12-03",
    text: `DAKAR — Air Senegal will launch three weekly nonstop flights between Dakar and Houston in April, the carrier said on Tuesday, its second route to the United States after New York.

The airline will use an Airbus A330neo on the route, with the first departure from Blaise Diagne International Airport scheduled for April 2. Return flights will leave Houston's George Bush Intercontinental the following day.

"Texas has one of the fastest-growing West African diasporas in America, and they have been asking us for this for years," chief commercial officer Fatou Ndiaye Sarr told reporters. She said the carrier expected to fill about 80 per cent of seats in the first year.

The route will also give travellers from Mauritania, Mali and Guinea a one-stop connection to the U.S. Gulf Coast. Analysts noted that U.S. visa restrictions announced this year for several West African countries could weigh on demand.

Air Senegal carried 1.1 million passengers last year, up 14 per cent.`,
    expect: { relevant: false },
  },
];
