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
  {
    id: "h7a-en-013",
    lang: "en",
    style: "near-miss",
    title: "Worcester man deported to Ghana after 20 years in Massachusetts",
    published: "2024-11-15",
    text: `WORCESTER, Mass. — Kwabena Ofori-Mensah, a 47-year-old home health aide who had lived in Worcester for two decades, was deported to Ghana this week, his lawyer said.

Ofori-Mensah was put on a commercial flight from New York's John F. Kennedy International Airport to Accra on Tuesday, escorted by two Immigration and Customs Enforcement officers, attorney Rachel Lindqvist said. He had been detained since September, when he was arrested outside his apartment on Pleasant Street.

He had overstayed a visitor visa in 2004 and was ordered removed in absentia in 2009 after a hearing notice was mailed to an old address, Lindqvist said. A motion to reopen his case was denied last month.

"He has two U.S. citizen daughters in middle school. They watched him being taken away," she said.

An ICE spokesperson said Ofori-Mensah "was removed pursuant to a final order issued by an immigration judge."

Friends at the Ghanaian community church he attended have raised more than $18,000 to support his family. Massachusetts is home to an estimated 15,000 people of Ghanaian origin.`,
    expect: { relevant: false },
  },
  {
    id: "h7a-en-014",
    lang: "en",
    style: "near-miss",
    title: "Japan deports 31 Sri Lankans on chartered flight",
    published: "2026-01-30",
    text: `COLOMBO — Thirty-one Sri Lankans deported from Japan arrived at Bandaranaike International Airport in Katunayake on Wednesday aboard a chartered aircraft, the Department of Immigration and Emigration said.

Japan's Immigration Services Agency said the group included people who had overstayed visas or whose asylum applications had been rejected three or more times, the first category allowed to be removed under the amended Immigration Control Act that took effect in 2024.

It was the second charter Japan has used to return Sri Lankans; a first flight in 2023 carried 44 people. Tokyo has also organised similar flights to the Philippines and Turkey.

The returnees were questioned by the Criminal Investigation Department before being released to relatives. A spokesman for the Foreign Employment Bureau said they would be eligible for its reintegration programme.

Sri Lankan rights activists in Japan questioned whether some of the returnees had been given a fair hearing. The death of a Sri Lankan woman in a Nagoya detention facility in 2021 continues to shape debate on Japan's immigration system.`,
    expect: { relevant: false },
  },
  {
    id: "h7a-en-015",
    lang: "en",
    style: "near-miss",
    title: "Immigration court backlog tops 3.6 million cases as new judges lag",
    published: "2024-12-06",
    text: `WASHINGTON — The number of cases pending before the nation's immigration courts passed 3.6 million at the end of November, according to an analysis of Justice Department data released on Thursday, leaving many asylum seekers waiting four years or more for a first hearing.

The Executive Office for Immigration Review has about 730 judges, meaning each carries an average caseload of nearly 5,000 matters. Courts in Houston, New York and Miami account for more than a quarter of the backlog.

"A case filed today in some courts will not be heard until 2029," said Ellen Marchetti, a former immigration judge who now teaches at a law school in Philadelphia. "That delay hurts people with strong claims and people with weak ones."

Asylum grant rates varied widely by nationality. Applicants from Venezuela, Afghanistan and Russia were granted protection in a majority of decided cases, while those from Guatemala, Honduras and El Salvador were granted in fewer than one in five.

The analysis also found that ICE carried out roughly 270,000 removals in the fiscal year that ended in September, the highest total in a decade, though it did not break the figure down by country or means of transport.

Congress has repeatedly discussed funding for more judges, but no bill has passed.`,
    expect: { relevant: false },
  },
  {
    id: "h7a-en-016",
    lang: "en",
    style: "receiving-country-local",
    title: "Cambodia to resume taking back nationals deported from the US",
    published: "2026-03-28",
    text: `PHNOM PENH — Cambodia will again issue travel documents to citizens ordered deported from the United States, the Ministry of Interior said on Thursday, ending a pause that began in 2024 and led Washington to restrict some visas for Cambodian officials.

A ministry spokesman, Touch Sokhom, said the decision followed talks with the US Embassy on "humane procedures" for returnees, including advance notice and help for those with no family in the country. He did not say how many people would be returned or when the first flight would arrive.

"Cambodia has never refused its own people. We wanted to make sure they are treated properly," Touch Sokhom said.

Most Cambodians with US removal orders arrived as refugee children in the 1980s and were later convicted of crimes, often as teenagers. Advocates in California and Massachusetts estimate that about 1,900 people are affected.

More than 800 Cambodians were deported from the United States between 2002 and 2023 under a repatriation agreement signed in 2002, according to a Phnom Penh-based organisation that assists returnees.

The US Embassy welcomed the announcement and said visa restrictions would be reviewed.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KH"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-26",
    },
  },
  {
    id: "h7a-en-017",
    lang: "en",
    style: "wire",
    title: "US deportation flight lands in northern Haiti as capital's airport stays shut",
    published: "2025-09-12",
    text: `CAP-HAÏTIEN, Haiti — A U.S. deportation flight carrying nearly 60 Haitians landed on Thursday in the northern city of Cap-Haïtien, the International Organization for Migration said, as the main airport in Port-au-Prince remains closed because of gang violence.

The flight left Miami in the morning and touched down at Cap-Haïtien International Airport shortly after noon, an IOM official said. Returnees received a small cash grant, hygiene kits and a bus ticket, though many said they had no safe place to go.

"I left Haiti in 2021 because of the gangs. Now I come back and the gangs have taken more," said a 38-year-old woman from the Croix-des-Bouquets area who declined to give her name.

Toussaint Louverture International Airport in Port-au-Prince has been closed to most commercial traffic since gunmen fired on passenger aircraft last year. The United Nations has urged all countries to halt forced returns to Haiti.

The neighbouring Dominican Republic deported more than 25,000 Haitians by land in August alone, according to the IOM, far more than the few hundred returned from the United States so far this year.

The Department of Homeland Security said removals are carried out "consistent with U.S. law" and that each person had a final order of removal.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      nationalities: [],
      people: { value: 60, approx: true },
      departure: ["Miami"],
      arrival: ["Cap-Haïtien International Airport"],
      date: "2025-09-11",
    },
  },
  {
    id: "h7a-en-018",
    lang: "en",
    style: "receiving-country-local",
    title: "US military aircraft with 131 deportees to land in Amritsar on Saturday",
    published: "2026-02-06",
    text: `CHANDIGARH — A US Air Force transport aircraft carrying 131 Indian nationals deported from the United States is expected to land at Sri Guru Ram Dass Jee International Airport in Amritsar on Saturday, Punjab police officials said on Friday.

The C-17 is scheduled to take off from San Antonio, Texas, on Friday evening US time, one official said. The passengers are said to include 67 people from Punjab, 38 from Haryana and 19 from Gujarat, with the rest from Uttar Pradesh, Maharashtra and Himachal Pradesh.

Punjab's NRI affairs minister, Gurpreet Singh Dhillon, said the state would set up help desks at the airport. "These are our children. Many were cheated by travel agents and we will go after those agents," he said.

The Ministry of External Affairs said this week that India would "accept the return of its nationals after verification" and that it was working with Washington to ensure returnees are treated with dignity. Opposition MPs have objected to the use of military aircraft and to reports that deportees on earlier flights were shackled.

Three military flights brought back several hundred Indians in February last year. Official figures show more than 3,200 Indians were deported from the US in 2025, most of them on chartered civilian aircraft.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["IN"],
      nationalities: [],
      people: { value: 131, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2026-02-07",
    },
  },
  {
    id: "h7a-en-019",
    lang: "en",
    style: "near-miss",
    title: "Inspectors find overcrowding, mold at south Georgia immigration detention center",
    published: "2025-05-21",
    text: `FOLKSTON, Ga. — Federal inspectors who made an unannounced visit to the immigration detention center outside Folkston found dormitories holding up to 40 percent more people than they were designed for, black mold in two shower areas and delays of up to three weeks for medical requests, according to a report released Tuesday.

The facility, run by a private contractor under an agreement with Immigration and Customs Enforcement, held about 2,850 detainees on the day of the visit in March, inspectors wrote. Some detainees said they had slept on mattresses on the floor for more than a week.

"The conditions we documented pose a risk to the health and safety of detainees and staff," the report said. It made 14 recommendations, including hiring more nurses and limiting intake until repairs are complete.

The contractor said in a statement that it had already replaced ventilation equipment and added medical staff. ICE said it "takes the findings seriously."

Lawyers who visit the center said many clients are held for months while they await removal to countries in Central America or fight their cases. "The longer people are held, the worse it gets," said Dolores Aguirre-Banks, a staff attorney at a legal aid group in Savannah.

The county's two members of the state legislature have asked for a follow-up inspection within 90 days.`,
    expect: { relevant: false },
  },
  {
    id: "h7a-en-020",
    lang: "en",
    style: "wire",
    title: "Vietnam confirms return of 103 citizens on US flight",
    published: "2026-04-02",
    text: `HANOI, April 2 — Vietnam's foreign ministry said on Wednesday that 103 Vietnamese citizens deported from the United States had arrived at Tan Son Nhat International Airport in Ho Chi Minh City on Monday, the largest single group returned from the U.S. in several years.

Ministry spokeswoman Doan Minh Chau told a regular news briefing that the returnees had been "received in accordance with the agreement between the two countries" and that local authorities would help them settle. She did not give details of their backgrounds.

The aircraft flew from Seattle, a person familiar with the flight said. Many of those on board had been held at the immigration detention center in Tacoma, Washington.

Under a 2008 agreement, Vietnam generally did not accept Vietnamese who arrived in the United States before July 1995, when diplomatic relations were restored. A 2020 memorandum opened a path for some of them to be returned case by case, and advocates say more of the recent deportees fall into that group.

About 8,000 Vietnamese nationals in the United States have final orders of removal, according to community organisations. Washington has also sent several Vietnamese men to third countries, including South Sudan and Eswatini, when Hanoi did not issue documents.

"For people who left as infants, Vietnam is a foreign country," said a community advocate in San Jose, California.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      nationalities: [],
      people: { value: 103, approx: false },
      departure: ["Seattle"],
      arrival: ["Tan Son Nhat International Airport"],
      date: "2026-03-30",
    },
  },
  {
    id: "h7a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan a Managua 96 nicaragüenses deportados desde Estados Unidos",
    published: "2024-10-18",
    text: `MANAGUA — Un vuelo fletado por el Servicio de Inmigración y Control de Aduanas de Estados Unidos (ICE) aterrizó este jueves en el Aeropuerto Internacional Augusto C. Sandino con 96 nicaragüenses deportados, según confirmaron fuentes de la Dirección General de Migración y Extranjería.

La aeronave, procedente de Harlingen, Texas, tocó tierra poco antes de las dos de la tarde. Entre los retornados había 81 hombres y 15 mujeres, todos mayores de edad, detalló un funcionario que pidió no ser identificado porque no estaba autorizado a hablar con la prensa.

Familiares que esperaban en las afueras de la terminal dijeron que no se les permitió acercarse. "Nos avisaron por una llamada que venía en este vuelo, pero aquí nadie nos dice nada", contó Maritza Obando, que viajó desde Chinandega para recibir a su hermano.

Es el cuarto vuelo de deportación que llega a Nicaragua en lo que va de octubre. Organizaciones de nicaragüenses en el exilio calculan que más de 2.300 connacionales han sido devueltos por vía aérea desde Estados Unidos este año.

Al mismo tiempo, Managua sigue recibiendo vuelos chárter procedentes de Haití y Cuba cuyos pasajeros continúan luego por tierra hacia la frontera con Honduras, una ruta que Washington ha criticado en reiteradas ocasiones. Costa Rica, por su parte, acoge a más de 200.000 solicitantes de refugio nicaragüenses.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NI"],
      nationalities: [],
      people: { value: 96, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional Augusto C. Sandino"],
      date: "2024-10-17",
    },
  },
  {
    id: "h7a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Cerca de 120 ecuatorianos deportados arriban a Latacunga",
    published: "2025-12-19",
    text: `LATACUNGA — Cerca de 120 ecuatorianos deportados desde Estados Unidos regresaron esta semana al país, en el que fue el tercer vuelo de retorno de diciembre, informó el Ministerio de Relaciones Exteriores y Movilidad Humana.

Según la Cancillería, el grupo estaba integrado mayoritariamente por hombres jóvenes de las provincias de Azuay, Cañar y Chimborazo, que habían sido detenidos tras cruzar de manera irregular la frontera sur estadounidense.

El avión aterrizó el martes 16 de diciembre a las 10:40 en el Aeropuerto Internacional Cotopaxi, donde personal de la Cancillería, de la Policía Nacional y del Ministerio de Salud brindó atención a los retornados. Luego fueron trasladados en buses hacia Cuenca y Quito.

"Volver así duele, pero estoy vivo", dijo Wilson Tenesaca, de 26 años, quien pagó 15.000 dólares a un coyote para llegar a Estados Unidos a través de Panamá y México.

De acuerdo con cifras oficiales, en 2025 han llegado al país más de 9.500 ecuatorianos deportados en vuelos desde Estados Unidos, frente a unos 7.000 en 2024. México también ha devuelto a cientos de ecuatorianos por vía aérea desde Villahermosa.

La Cancillería recordó que los retornados pueden acceder a programas de reinserción laboral y a créditos de BanEcuador.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      nationalities: [],
      people: { value: 120, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional Cotopaxi"],
      date: "2025-12-16",
    },
  },
  {
    id: "h7a-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay acepta recibir a extranjeros expulsados por Estados Unidos",
    published: "2026-07-09",
    text: `ASUNCIÓN — El Gobierno paraguayo confirmó este miércoles que aceptará recibir a ciudadanos de otros países expulsados por Estados Unidos, en el marco de un acuerdo firmado con Washington que había sido negociado en reserva durante varios meses.

El canciller interino, Rodrigo Benítez Ayala, explicó en conferencia de prensa que Paraguay recibirá "un número limitado" de personas, que no tengan antecedentes penales, y que podrán solicitar protección en el país. El acuerdo fija un máximo de 50 personas por año, aunque el funcionario no precisó cuándo llegaría el primer grupo.

"Paraguay es un país solidario y un aliado confiable de los Estados Unidos", sostuvo Benítez Ayala, quien negó que el acuerdo incluya contrapartidas económicas.

Legisladores de la oposición pidieron que el texto sea remitido al Congreso para su ratificación. La Coordinadora de Derechos Humanos del Paraguay advirtió que el país "no cuenta con la infraestructura para atender a solicitantes de refugio de otros continentes".

Con este anuncio, Paraguay se suma a otros países de la región, como Panamá, Costa Rica, Guatemala y Honduras, que en el último año aceptaron recibir a migrantes de terceras nacionalidades deportados por Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-07-08",
    },
  },
  {
    id: "h7a-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Repatrían a 94 dominicanos desde Estados Unidos; llegaron por el AILA",
    published: "2025-11-27",
    text: `SANTO DOMINGO — Noventa y cuatro ciudadanos dominicanos deportados por Estados Unidos llegaron este martes al país en un vuelo especial del Servicio de Inmigración y Control de Aduanas (ICE) procedente de Alexandria, Luisiana.

La aeronave aterrizó en el Aeropuerto Internacional de Las Américas, donde los repatriados, 87 hombres y siete mujeres, fueron recibidos por agentes de la Dirección General de Migración y del Cuerpo Especializado de Seguridad Aeroportuaria.

De acuerdo con las autoridades, una parte del grupo había ingresado de forma irregular a territorio estadounidense a través de México, mientras que otros cumplieron condenas por narcotráfico, robo y falsificación de documentos.

Tras su llegada, los deportados fueron trasladados al centro de acogida de Haina, en San Cristóbal, para el proceso de depuración antes de ser entregados a sus familiares.

Con este grupo, ya son más de 2.800 los dominicanos repatriados desde Estados Unidos en lo que va de 2025, según registros de Migración. En todo 2024 la cifra fue de unos 3.100.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      nationalities: [],
      people: { value: 94, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2025-11-25",
    },
  },
  {
    id: "h7a-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Guatemala recibe a 41 hondureños y salvadoreños deportados por EE. UU.",
    published: "2026-05-29",
    text: `CIUDAD DE GUATEMALA — El Instituto Guatemalteco de Migración (IGM) informó que 41 personas de nacionalidad hondureña y salvadoreña deportadas por Estados Unidos ingresaron al país la noche del miércoles, en cumplimiento del acuerdo que permite a Washington enviar a Guatemala a migrantes de otros países de la región.

El grupo llegó a la Base de la Fuerza Aérea Guatemalteca, en la zona 13 capitalina, a bordo de un vuelo procedente de Brownsville, Texas. Según el IGM, 29 eran hondureños y 12 salvadoreños; todos eran adultos.

Tras ser registrados, los extranjeros fueron trasladados en buses hacia los puestos fronterizos de Agua Caliente, en Esquipulas, y de San Cristóbal, en Jutiapa, desde donde continuarían hacia sus países de origen, explicó la portavoz del instituto, Claudia Recinos Path.

Ese mismo día aterrizaron otros dos vuelos con 211 guatemaltecos retornados, con lo que la cifra de connacionales deportados por vía aérea en 2026 supera los 24.000.

Organizaciones de migrantes cuestionaron que Guatemala asuma el traslado de ciudadanos de otros países. "El Estado no tiene capacidad ni para atender a los propios", afirmó un representante de la Mesa Nacional para las Migraciones.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["HN", "SV"],
      people: { value: 41, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2026-05-27",
    },
  },
  {
    id: "h7a-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Vuelo con 128 peruanos deportados llegará este sábado al Callao",
    published: "2025-08-14",
    text: `LIMA — Un vuelo con 128 peruanos deportados desde Estados Unidos aterrizará el sábado en el Aeropuerto Internacional Jorge Chávez, informó este jueves el Ministerio de Relaciones Exteriores.

Según el comunicado, la aeronave partirá de Miami y traerá a 109 hombres y 19 mujeres que se encontraban en centros de detención migratoria de Florida, Georgia y Luisiana. La Cancillería coordinó con la Superintendencia Nacional de Migraciones y la Policía Nacional la recepción de los connacionales.

"Vamos a garantizar que cada peruano que retorne reciba un trato digno y orientación para reinsertarse", declaró el viceministro de Comunidades Peruanas en el Exterior, Jorge Arriola Quispe.

Será el segundo vuelo de este tipo en agosto. El 2 de agosto llegaron 97 peruanos en un avión fletado desde Texas. Según Migraciones, en lo que va del año más de 1.600 peruanos han sido deportados desde Estados Unidos, la mayoría tras cruzar la frontera con México.

Se estima que alrededor de un millón de peruanos residen en territorio estadounidense, buena parte de ellos en Nueva Jersey, Florida y California.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["PE"],
      nationalities: [],
      people: { value: 128, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2025-08-16",
    },
  },
  {
    id: "h7a-es-007",
    lang: "es",
    style: "near-miss",
    title: "México devuelve por vía aérea a decenas de guatemaltecos desde Villahermosa",
    published: "2026-03-19",
    text: `VILLAHERMOSA — El Instituto Nacional de Migración (INM) de México trasladó este miércoles por vía aérea a decenas de guatemaltecos desde el aeropuerto de Villahermosa, Tabasco, hacia la Ciudad de Guatemala, como parte de los operativos de retorno asistido que el gobierno mexicano realiza cada semana.

De acuerdo con el Instituto Guatemalteco de Migración, en el vuelo viajaban 118 personas, entre ellas 23 menores de edad no acompañados, que fueron recibidas en el Centro de Recepción de Retornados de la Fuerza Aérea.

La mayoría había sido detenida en Chiapas y Tabasco mientras intentaba avanzar hacia la frontera norte de México. "Nos agarraron en un retén cerca de Palenque", relató un joven de Huehuetenango.

En lo que va del año, México ha devuelto a más de 6.000 guatemaltecos por vía aérea y terrestre, según datos oficiales. Por separado, los vuelos procedentes de Estados Unidos siguen llegando a razón de tres o cuatro por semana.

El INM también realiza vuelos de retorno hacia Honduras y El Salvador desde Tapachula y la Ciudad de México.`,
    expect: { relevant: false },
  },
  {
    id: "h7a-es-008",
    lang: "es",
    style: "us-spanish-press",
    title: "Llega a La Habana nuevo vuelo de deportación con medio centenar de cubanos",
    published: "2025-10-23",
    text: `MIAMI — Un nuevo vuelo de deportación con medio centenar de cubanos aterrizó este jueves en el Aeropuerto Internacional José Martí de La Habana, según informó el Ministerio del Interior de Cuba (MININT) en su perfil oficial.

Es el decimotercer vuelo de devolución desde Estados Unidos en lo que va de 2025, de acuerdo con el conteo oficial cubano, que asegura que más de 1.300 personas han sido retornadas por vía aérea este año. El MININT señaló que tres de los retornados fueron detenidos a su llegada por tener causas pendientes en la isla.

Las devoluciones se realizan al amparo de los acuerdos migratorios firmados entre ambos países en la década de 1990, que se reanudaron tras la pausa provocada por la pandemia. Washington presiona desde hace años para que La Habana acepte también a cubanos con órdenes de deportación antiguas, algo que el gobierno de la isla ha aceptado solo caso por caso.

"Mi primo tenía su I-220A y fue a su cita con ICE; de ahí no salió", contó a este diario una residente de Hialeah que pidió reserva de su nombre.

Paralelamente, México y las Bahamas también devuelven a cubanos interceptados en su territorio o en el mar, aunque en números menores.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      nationalities: [],
      people: { value: 50, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2025-10-23",
    },
  },
  {
    id: "h7a-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Brasil recibe otro vuelo con 88 deportados desde Estados Unidos",
    published: "2026-01-23",
    text: `MONTEVIDEO — Brasil recibió esta semana un nuevo vuelo con 88 ciudadanos brasileños deportados desde Estados Unidos, informó el Ministerio de Derechos Humanos de ese país, en medio de un debate regional sobre el trato a los migrantes expulsados.

La aeronave despegó desde Luisiana y, tras una escala técnica en Fortaleza, aterrizó el miércoles 21 en el Aeropuerto Internacional de Confins, en la región metropolitana de Belo Horizonte. A diferencia de lo ocurrido el año pasado, los pasajeros viajaron sin esposas en el tramo final, según el gobierno brasileño.

"Exigimos que nuestros ciudadanos sean tratados con dignidad durante todo el trayecto", dijo una portavoz de la cancillería en Brasilia.

Desde comienzos de 2025, más de 3.000 brasileños han sido deportados desde Estados Unidos en vuelos fletados, la mayoría oriundos de Minas Gerais y Goiás.

En Uruguay, donde el número de deportados es mucho menor, los ciudadanos expulsados desde Estados Unidos suelen regresar en vuelos comerciales con escala en Panamá o Miami, según la Dirección Nacional de Migración. Argentina, en cambio, firmó en diciembre un memorando de cooperación migratoria con Washington.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      nationalities: [],
      people: { value: 88, approx: false },
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional de Confins"],
      date: "2026-01-21",
    },
  },
  {
    id: "h7a-es-010",
    lang: "es",
    style: "near-miss",
    title: "Chile expulsa a 62 extranjeros en vuelo de la FACh a Colombia y Perú",
    published: "2025-04-04",
    text: `SANTIAGO — Un avión de la Fuerza Aérea de Chile (FACh) despegó este jueves desde el Grupo de Aviación N° 10, en Santiago, con 62 extranjeros expulsados por resolución administrativa o judicial, informó el Servicio Nacional de Migraciones.

El vuelo hizo una primera parada en Lima, donde descendieron 17 ciudadanos peruanos, y continuó luego hacia Bogotá con 45 colombianos. Entre los expulsados había personas condenadas por tráfico de drogas, robo con violencia y receptación, según el gobierno.

"Quien venga a Chile a delinquir será expulsado", afirmó la directora del servicio, Mariela Contreras Vial, en el aeropuerto.

Es el tercer vuelo de expulsión de 2025. El gobierno chileno aún negocia con Caracas la reanudación de los vuelos hacia Venezuela, suspendidos desde 2024 por la ruptura de relaciones consulares.

Organizaciones de migrantes criticaron que algunas expulsiones se ejecutaran sin que los afectados hubieran agotado los recursos judiciales. Decenas de recursos de amparo se encuentran pendientes ante la Corte Suprema.`,
    expect: { relevant: false },
  },
];
