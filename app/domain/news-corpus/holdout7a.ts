// Held-out news corpus no. 7 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, the other corpus files or
// docs/alerts.md). Every name, quote and number in these articles is invented; no sentence is copied
// from any outlet.
import type { CorpusArticle } from "./types";

export const HOLDOUT7A: CorpusArticle[] = [
  {
    id: "h7a-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "87 returnees from America land in Nouakchott as US tightens the border",
    published: "2025-11-14",
    text: `NOUAKCHOTT — A chartered aircraft carrying Mauritanian nationals expelled from the United States touched down at Nouakchott–Oumtounsy International Airport before dawn, the Ministry of the Interior said in a statement read on state radio.

The ministry put the number of passengers at 87, all of them men aged between 19 and 54. Officers of the General Directorate of National Security met the group on the apron and took them to a reception hall, where they were registered, given a meal and allowed to telephone relatives.

According to a diplomatic source, the plane left Alexandria, Louisiana, and reached the Mauritanian capital early on Wednesday after a refuelling stop in the Azores.

It is the third such flight this year. In March a group of 31 came home on a plane that had first stopped in Dakar to return Senegalese nationals, and a flight in July brought back 64 people. Community associations in the United States estimate that more than 15,000 Mauritanians reached the US southern border by way of Nicaragua between 2022 and 2024.

"We are asking our young people not to gamble everything on this road," ministry spokesman Ahmedou Ould Sidi Baba said. "The State receives every citizen with dignity, but the route through Central America is a trap."

Relatives gathered outside the airport fence said several of the men had spent more than a year in detention centres in Louisiana and Mississippi before their removal.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      nationalities: [],
      people: { value: 87, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Nouakchott–Oumtounsy International Airport"],
      date: "2025-11-12",
    },
  },
  {
    id: "h7a-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 112 Uzbek nationals on charter flight to Tashkent",
    published: "2025-10-09",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement removed 112 citizens of Uzbekistan on Oct. 7 aboard a charter flight that departed from Mesa, Arizona, and arrived in Tashkent, the agency announced today.

Each of the noncitizens removed had received a final order of removal from a federal immigration judge. Nine of them had criminal convictions or pending charges in the United States, including for aggravated assault, driving under the influence and wire fraud.

"This mission reflects our continued close cooperation with the Government of Uzbekistan on the safe and orderly return of its citizens," said Warren K. Dallimore, acting assistant director for ICE Air Operations. "Those without a lawful basis to remain in the United States will be returned home."

Officers from the ICE Enforcement and Removal Operations field offices in Phoenix, San Diego and Chicago escorted the flight. The Embassy of the Republic of Uzbekistan in Washington issued travel documents for every passenger.

In recent months ICE has also carried out removal missions to Kazakhstan, Kyrgyzstan and Tajikistan. In fiscal year 2024, ERO conducted removals to more than 190 countries.

For operational security reasons, ICE does not announce future removal flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      nationalities: [],
      people: { value: 112, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tashkent"],
      date: "2025-10-07",
    },
  },
  {
    id: "h7a-en-003",
    lang: "en",
    style: "wire",
    title: "Rwanda takes in 14 more people deported by the US from other countries",
    published: "2026-02-20",
    text: `KIGALI, Feb 20 — Fourteen migrants deported from the United States arrived in Rwanda late on Tuesday, a government spokesman said, the largest group so far to reach the East African country under an arrangement with Washington to accept people who are not Rwandan.

The group included nationals of Somalia, Eritrea, Yemen and Colombia, deputy government spokesman Alain Mugiraneza told reporters in Kigali on Thursday. None of them had any previous link to Rwanda, he said.

They are being housed in a guest facility run with the help of an international organisation and will be offered health care, vocational training and the right to work. "Those who choose to stay will be helped to build a life here. Those who wish to go home will be assisted to do so," Mugiraneza said.

Rwanda agreed last year to accept up to 250 people removed from the United States. A first group of seven arrived in August and a second group of ten in November. The Department of Homeland Security did not respond to a request for comment.

Flight-tracking data showed a chartered Boeing 737 that had left San Antonio, Texas, landing at Kigali International Airport shortly before midnight on Tuesday after a refuelling stop in Dakar.

Washington has sent people to third countries including Eswatini, South Sudan and Ghana since the Supreme Court cleared the way for such removals, drawing criticism from rights groups, who say deportees often have little chance to raise fears of persecution.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["SO", "ER", "YE", "CO"],
      people: { value: 14, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Kigali International Airport"],
      date: "2026-02-17",
    },
  },
  {
    id: "h7a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Fifty-three deportees back on the island from the US",
    published: "2025-09-25",
    text: `Fifty-three Jamaicans deported from the United States arrived at the Norman Manley International Airport this morning on the regular monthly removal flight, the Ministry of National Security has confirmed.

The group, forty-eight men and five women, was processed by immigration officers and members of the Jamaica Constabulary Force before being taken to a police facility in Kingston for further checks. Police said 21 of the returnees had served sentences in American federal or state prisons, for offences ranging from drug trafficking to firearm possession.

Today's flight is the ninth of the year. Ministry figures show that 612 Jamaicans were returned from the United States between January and August, up from 403 in the same period last year. A separate charter from the United Kingdom brought 11 deportees to Kingston in June.

State Minister Delroy Whitter said the government was "fully aware of the public's concerns" and that every returnee with a criminal record would be monitored. "We have an obligation to receive our citizens, and we will meet it," he said.

"Many of these persons left Jamaica as children," said Pastor Hyacinth Gordon-Lyle, who runs a reintegration programme in Spanish Town. "They come back to a place they barely know, with no papers and no one waiting for them."

Relatives who gathered outside the processing centre said they had learned of the flight only two days earlier.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      nationalities: [],
      people: { value: 53, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport"],
      date: "2025-09-25",
    },
  },
  {
    id: "h7a-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "Some 40 Bangladeshis deported from US land in Dhaka",
    published: "2026-01-22",
    text: `DHAKA — Some 40 Bangladeshi nationals deported from the United States returned home on Monday night on a special flight, airport and police officials said.

The returnees landed at Hazrat Shahjalal International Airport shortly after 11pm and were questioned by the Airport Armed Police Battalion before being handed over to relatives. An immigration police official, speaking on condition of anonymity, said the final list was still being checked.

Most of the men had travelled to the United States through Brazil, Bolivia and Central America, paying brokers between Tk 25 lakh and Tk 40 lakh each, according to the migration programme of a leading development organisation. More than 220 Bangladeshis have been deported from the US since January last year, the organisation said.

"My son sold our land to go. Now he comes back with one bag," said Rahima Khatun, who had travelled from Sylhet to meet him.

Separately, 57 Bangladeshi workers were returned from Malaysia last week after raids on construction sites near Kuala Lumpur, the expatriates' welfare ministry said.

Officials said the government would offer reintegration loans to returnees through the Probashi Kallyan Bank.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      nationalities: [],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2026-01-19",
    },
  },
  {
    id: "h7a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Charter with 46 Georgian citizens deported from US lands in Tbilisi",
    published: "2025-12-03",
    text: `TBILISI — A charter flight carrying forty-six Georgian citizens deported from the United States landed at Shota Rustaveli Tbilisi International Airport on Tuesday, the Ministry of Internal Affairs said.

The aircraft departed from El Paso, Texas, the ministry said in a statement, adding that all of the returnees had entered the United States irregularly across the border with Mexico in 2023 and 2024. Border police checked their documents on arrival and none was detained.

Georgians were among the fastest-growing nationalities encountered at the US southern border two years ago, when thousands flew to Mexico on tourist visas and then crossed on foot. US authorities have since sent several removal flights to Tbilisi.

"This is a painful lesson, but I do not regret trying," said one returnee, a 31-year-old from Kutaisi who gave only his first name, Levan.

The return comes as European governments also step up removals. In November, a joint charter organised by Germany and Austria returned 63 Georgians from Düsseldorf, and Brussels has warned that Georgia's visa-free access to the Schengen area could be reviewed.

The ministry did not say whether further flights from the United States were planned.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      nationalities: [],
      people: { value: 46, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Shota Rustaveli Tbilisi International Airport"],
      date: "2025-12-02",
    },
  },
  {
    id: "h7a-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: "Senegal says it will not take non-citizens deported from the US",
    published: "2026-03-11",
    text: `DAKAR — Senegal will not receive people of other nationalities expelled from the United States, the Ministry of African Integration and Foreign Affairs said in a statement on Monday, rejecting what it described as a request made by Washington in January.

"Senegal will continue to welcome its own citizens who are returned, in dignity, as it always has. It will not become a waiting room for the nationals of other states," the statement said.

The United States has in the past year sent people who are not citizens of the receiving country to Ghana, Eswatini, Rwanda, South Sudan and Equatorial Guinea, and has pressed several other African governments to sign similar arrangements. Nigeria publicly turned down such a request last year.

A Western diplomat in Dakar said the American proposal had included development assistance and help with border management. The US Embassy declined to comment on what it called "private diplomatic exchanges".

Senegal received three removal flights carrying its own nationals from the United States in 2025, with some 300 people in total, according to the ministry. Many had left on pirogues for the Canary Islands before flying to Nicaragua and heading north.

Civil society groups welcomed the decision. "Our country has its own challenges; it cannot carry the burden of another country's politics," said Fatou Diagne Sarr of the Dakar-based rights group Jubbanti.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SN"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-09",
    },
  },
  {
    id: "h7a-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "Around 60 Nepalis to be flown home from US on Sunday",
    published: "2025-08-29",
    text: `KATHMANDU — Around 60 Nepali nationals held in US immigration detention are scheduled to arrive in Kathmandu on Sunday aboard a chartered aircraft, the Department of Immigration said on Thursday.

Department spokesperson Sujan Adhikari said the US Embassy had informed the department by letter about ten days ago. The aircraft is expected to land at Tribhuvan International Airport at around 2 pm, he said, but the final number would be known only once it arrives. The letter did not say where the aircraft would depart from.

"Some names on the first list have already been removed, so the figure may change," Adhikari said.

On arrival, the returnees will be handed over to the Anti-Human Trafficking Bureau of Nepal Police, which questions deportees about the brokers who arranged their journeys. Most are believed to have reached the United States overland from Brazil or Ecuador after paying agents as much as Rs 7 million.

More than 210 Nepalis have been deported from the United States since January, including 18 this month who travelled on commercial flights via Doha, according to the department.

Families in Jhapa and Rupandehi districts told reporters they had been unable to contact their relatives for several weeks.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["NP"],
      nationalities: [],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2025-08-31",
    },
  },
  {
    id: "h7a-en-009",
    lang: "en",
    style: "us-local",
    title: "Twin Cities families say relatives were on Wednesday's deportation flight to Somalia",
    published: "2026-04-17",
    text: `MINNEAPOLIS — At least a dozen men with ties to Minnesota were among the passengers on a deportation flight that landed in Mogadishu this week, according to relatives and a community advocate.

The flight carried 58 Somali nationals, a Somali government official in Mogadishu said by phone. It left Alexandria, La., and landed at Aden Adde International Airport on Wednesday afternoon, he said.

Abdirizak Warsame of the Cedar-Riverside Family Network said families began calling him last week after detainees at the Sherburne County jail were moved to Louisiana. "Some of these men came here as toddlers. They have never seen Somalia," he said.

One of the men, a 34-year-old father of three from Burnsville, had a removal order dating to 2011 and had checked in with immigration officers every year since, his sister said. He was arrested at one of those check-ins in February.

An ICE spokesperson confirmed that the agency "conducted a removal flight to Somalia" but did not give a number, citing operational security.

Minnesota is home to the largest Somali community in the United States, estimated at more than 80,000 people. The last removal flight to Somalia, in December, carried 37 people, according to advocates who track flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SO"],
      nationalities: [],
      people: { value: 58, approx: false },
      departure: ["Alexandria, La."],
      arrival: ["Aden Adde International Airport"],
      date: "2026-04-15",
    },
  },
  {
    id: "h7a-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "Entebbe receives 22 third-country deportees from US",
    published: "2026-05-08",
    text: `KAMPALA — Twenty-two foreign nationals deported from the United States arrived at Entebbe International Airport on Thursday afternoon under the bilateral arrangement Uganda signed with Washington last year, the Ministry of Foreign Affairs said.

None of the group is Ugandan. A ministry statement said they were citizens of India, Eritrea, Sudan and Afghanistan, and that they would be accommodated in a facility in Wakiso district while their cases are assessed.

"Uganda set clear conditions: no persons with criminal records and no unaccompanied minors. Those conditions were respected," Permanent Secretary Edith Nakalema Ssebuliba told journalists. The flight originated in Houston, she said.

The agreement, announced in August 2025, allows Uganda to receive people who cannot or will not be returned to their own countries. A first group of five arrived in February. Opposition legislators have demanded that the full text be tabled in Parliament.

Uganda already hosts more than 1.8 million refugees, most of them from South Sudan and the Democratic Republic of Congo, making it the largest refugee-hosting country in Africa.

The UN refugee agency said it had asked for access to the new arrivals to determine whether any of them needed international protection.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["IN", "ER", "SD", "AF"],
      people: { value: 22, approx: false },
      departure: ["Houston"],
      arrival: ["Entebbe International Airport"],
      date: "2026-05-07",
    },
  },
  {
    id: "h7a-en-011",
    lang: "en",
    style: "receiving-country-local",
    title: "Kosovo confirms arrival of first group under US transfer deal",
    published: "2026-06-12",
    text: `PRISTINA — Kosovo's Ministry of Internal Affairs confirmed on Thursday that eight people deported from the United States arrived at Adem Jashari Pristina International Airport on Saturday, June 6, the first transfer under an agreement the two governments signed last year.

The eight are nationals of Uzbekistan, Russia, Cameroon and Venezuela, a ministry spokeswoman, Blerta Krasniqi-Hoxha, said. They are being housed in a reception centre near the capital and may apply for temporary residence.

Under the arrangement, Kosovo agreed to host up to 50 people for a period of one year while the United States works to return them to their own countries or to another state. Officials in Pristina have presented the deal as a gesture to the country's most important ally.

"Kosovo knows what it means to need the help of friends," Krasniqi-Hoxha said. "This is a limited and temporary commitment."

Opposition parties criticised the government for confirming the arrival only five days later. "Citizens learned about it from social media," said Arben Gashi, a member of the Assembly.

Kosovo's own citizens gained visa-free travel to the Schengen area in January 2024, and several thousand Kosovars still live in the United States, most of them legally.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["XK"],
      nationalities: ["UZ", "RU", "CM", "VE"],
      people: { value: 8, approx: false },
      departure: [],
      arrival: ["Adem Jashari Pristina International Airport"],
      date: "2026-06-06",
    },
  },
  {
    id: "h7a-en-012",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 74 to Albania",
    published: "2025-10-31",
    text: `LONDON — A Home Office charter flight carrying 74 Albanian nationals left Stansted Airport for Tirana on Thursday, the government said, the latest in a series of returns under the 2022 agreement between the two countries.

Those on board included foreign national offenders and people who had arrived in small boats across the Channel, the Home Office said. The flight landed at Tirana International Airport Nënë Tereza in the early afternoon.

"We will continue to remove those with no right to be here," a Home Office minister said in a statement.

Albanians made up a large share of small-boat arrivals in 2022 but their numbers have since fallen sharply. More than 5,000 Albanians have been returned from the UK since the deal was signed, according to official figures.

Refugee charities said some of those removed had been victims of trafficking. The Albanian Interior Ministry said returnees would be offered help finding work.

The United States, by contrast, removed fewer than 100 Albanians in the last fiscal year, almost all of them on commercial flights.`,
    expect: { relevant: false },
  },
];
