import type { CorpusArticle } from "./types";

// US-side English reporting of removal flights: wire copy, DHS/ICE releases, local papers near the
// departure airports (Texas, Louisiana, Arizona, Florida, New Jersey, Maryland), TV station websites and
// advocacy-group flight trackers. Every article, name, number and quote is invented for this corpus.
export const ARTICLES_EN_US: CorpusArticle[] = [
  {
    id: "en-us-001",
    lang: "en",
    style: "wire",
    title: "US deportation flight returns roughly 130 Guatemalans as removals climb",
    published: "2023-03-15",
    text: `GUATEMALA CITY — A chartered jet carrying roughly 130 Guatemalan men and women deported from the United States landed Tuesday at La Aurora International Airport, where migration officials handed each returnee a paper bag with water, a sandwich and a phone card.

The flight had departed Alexandria, La., shortly after dawn, according to Guatemala's Migration Institute, which said it was the fourth U.S. removal flight to reach the capital this week. Officials did not say how many of those aboard had criminal records.

"Many of them left owing 80,000 or 100,000 quetzales to the smuggler, and now they come back with nothing but the clothes they were arrested in," said Marta Elena Chután, a volunteer with a church group that waits outside the airport's reception center most mornings.

Guatemala is consistently among the top destinations of ICE Air, the charter network run by U.S. Immigration and Customs Enforcement. Tens of thousands of Guatemalans are removed each year, most of them on flights from Texas and Louisiana.

The government has asked Washington for more notice before each flight so that families in rural departments such as Huehuetenango and San Marcos can make the long bus trip to meet their relatives.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 130, approx: true },
      departure: ["Alexandria, La."],
      arrival: ["La Aurora"],
      date: "2023-03-14",
    },
  },
  {
    id: "en-us-002",
    lang: "en",
    style: "us-local",
    title: "Hondurans shackled for pre-dawn flight out of Harlingen",
    published: "2022-06-09",
    text: `HARLINGEN — Before the sun cleared the palms along the airport road on Thursday, a hundred and eight Honduran men and women walked in a slow line from three white buses to a waiting Boeing 737 at Valley International Airport.

Their wrists were cuffed and chains ran down to their ankles. Officers with Immigration and Customs Enforcement patted each one down at the foot of the boarding stairs, a process that took nearly forty minutes.

The jet flew from Harlingen to San Pedro Sula, where Honduran officials at Ramón Villeda Morales International Airport were waiting to process the group, an ICE spokeswoman said. Most had been held at detention centers in Port Isabel and Raymondville after being arrested near the river.

Harlingen has become one of the busiest ICE Air hubs in the country since the agency shifted its South Texas operation here from Brownsville. The airport's aviation director, Rolando Sáenz, said the charters do not disrupt commercial service. "They use the far side of the field and they are gone before the first morning departure," he said.

A handful of volunteers from a faith-based monitoring group stood along the fence line with hand-lettered signs in Spanish. "We count the buses because nobody else tells us anything," said organizer Patricia Lumbreras, 71.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 108, approx: false },
      departure: ["Valley International Airport"],
      arrival: ["Ramón Villeda Morales"],
      date: "2022-06-09",
    },
  },
  {
    id: "en-us-003",
    lang: "en",
    style: "dhs-release",
    title: "ICE conducts removal flights to South America and West Africa June 12",
    published: "2024-06-14",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement, a component agency of the Department of Homeland Security, working in close coordination with U.S. Customs and Border Protection, facilitated removal flights on June 12 to Ecuador, Peru, Mauritania and Senegal. Single adults and family units were among those removed. Noncitizens who arrive without a legal basis to remain in the United States are processed and removed quickly, consistent with U.S. law.

Since May 12, 2023, DHS has removed or returned more than 640,000 individuals, the vast majority of whom crossed the Southwest Border, including more than 100,000 individual family members.

In keeping with standard practice, the United States ensures that all noncitizens without a legal basis to remain are screened for valid protection claims and withholding of removal in accordance with U.S. law and international obligations. This applies to all noncitizens regardless of nationality.

Noncitizens placed into removal proceedings present their claims for relief or protection before immigration judges in the immigration courts administered by the Justice Department's Executive Office for Immigration Review. For operational security reasons, ICE does not confirm or discuss future or pending transportation operations.

B-roll of removal flights is available on DVIDS.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC", "PE", "MR", "SN"],
      people: null,
      date: "2024-06-12",
    },
  },
  {
    id: "en-us-004",
    lang: "en",
    style: "wire",
    title: "Panama takes in deportees from Asia and Africa on US military plane",
    published: "2025-02-14",
    text: `PANAMA CITY — Nearly 130 migrants from countries including China, Uzbekistan, Nepal, Iran, Afghanistan and Cameroon arrived in Panama aboard a U.S. military aircraft on Thursday, the first group sent under an arrangement in which the Central American country serves as a way station for deportees whose home governments are slow to take them back.

The plane, which originated in Texas, landed at Tocumen International Airport shortly after 1 p.m., Panama's Security Ministry said. The deportees were taken by bus to a hotel in the capital under police guard.

"Panama is a bridge, not a destination," Security Minister Rogelio Quintana told reporters at the airport. "Nobody will stay here longer than necessary." He said the United States would cover all costs, including onward flights arranged with the help of the International Organization for Migration.

Some of those aboard told relatives by phone that they had asked for asylum in the United States and had not been told where they were being taken until they were over the Gulf of Mexico. Rights groups said the arrangement risked sending people back to persecution without a proper hearing.

Two more flights are expected in the coming days, bringing the total to roughly 360 people, officials said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "UZ", "NP", "IR", "AF", "CM"],
      people: { value: 130, approx: true },
      departure: ["Texas"],
      arrival: ["Tocumen"],
      date: "2025-02-13",
    },
  },
  {
    id: "en-us-005",
    lang: "en",
    style: "tv-station",
    title: "Deportation flight from San Diego lands in Costa Rica with migrants from Central Asia",
    published: "2025-02-21",
    text: `SAN DIEGO (KSDT) — A deportation flight that left San Diego on Thursday morning landed hours later in San José, Costa Rica, carrying 131 people who are not Costa Rican, 64 of them children, Costa Rican officials said.

The passengers are nationals of Uzbekistan, China, Afghanistan, Armenia and Russia, among other countries, according to Costa Rica's vice minister of the interior, who met the plane on the tarmac. Many had been held at the Otay Mesa Detention Center after crossing the border east of Tijuana, family members told KSDT.

It is the first time Costa Rica has agreed to receive deportees of other nationalities on behalf of the United States. The migrants were to be taken by bus to a temporary care center in the southern canton of Corredores, near the Panamanian border, where they may be held for up to six weeks while flights to their home countries are arranged.

"My sister called me from the bus. She did not know what country she was in," said a San Diego man who asked that his name not be used because of his own immigration case.

Costa Rica's president described the arrangement as help for "our powerful neighbor to the north" and said no money had changed hands. A second flight is not yet scheduled.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["UZ", "CN", "AF", "AM", "RU"],
      people: { value: 131, approx: false },
      departure: ["San Diego"],
      arrival: ["San José"],
      date: "2025-02-20",
    },
  },
  {
    id: "en-us-006",
    lang: "en",
    style: "wire",
    title: "Second US 'third-country' deportation flight lands in Eswatini",
    published: "2025-10-07",
    text: `MBABANE, Eswatini — A U.S. deportation flight carrying about 10 men from Asia and the Caribbean landed early Monday in Eswatini, the second such transfer to the small southern African kingdom under the Trump administration's program of removals to countries other than the deportees' own.

A U.S.-based lawyer who represents two of the men said the group included nationals of Vietnam, Laos, the Philippines and Cuba. He said they had been held at an ICE staging facility in Alexandria, Louisiana, and that the plane left there on Friday night, stopping in San Juan, Puerto Rico, in Dakar and in Luanda before reaching King Mswati III International Airport.

Eswatini's government confirmed it had received "a group of inmates" from the United States but did not give their nationalities. In a statement over the weekend it said it had agreed to take up to 11 people in October and that they would be held in a correctional facility until they could be returned home.

The first group sent to Eswatini, in July, included men from Jamaica and Yemen. Their lawyers say they have been held for months without charge and without access to counsel.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "LA", "PH", "CU"],
      people: { value: 10, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["King Mswati III International Airport"],
      date: "2025-10-06",
    },
  },
  {
    id: "en-us-007",
    lang: "en",
    style: "wire",
    title: "Men deported by US arrive in South Sudan after weeks in limbo",
    published: "2025-07-06",
    text: `JUBA, South Sudan — Seven men deported from the United States arrived in South Sudan's capital on Friday night, ending weeks in which they were held at a U.S. military base in the Horn of Africa while lawyers fought over whether they could be sent to a country none of them calls home.

None of the seven is South Sudanese. U.S. officials said the men are nationals of Cuba, Myanmar, Laos, Vietnam and Sudan who had been convicted of violent crimes in the United States and whose own governments would not promptly take them back.

South Sudan's foreign ministry said in a brief statement that the men were "in the custody of the relevant authorities" and that their next destination would be decided later. Journalists were not allowed near the aircraft when it landed in Juba.

The transfer went ahead after the U.S. Supreme Court lifted a lower-court order that had required the government to give migrants a meaningful chance to object before being sent to a third country.

South Sudan, which has been at war with itself for much of its 14 years of independence, is under a U.S. travel advisory warning Americans not to go there because of crime, kidnapping and armed conflict.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SS"],
      nationalities: ["CU", "MM", "LA", "VN", "SD"],
      people: { value: 7, approx: false },
      arrival: ["Juba"],
      date: "2025-07-04",
    },
  },
  {
    id: "en-us-008",
    lang: "en",
    style: "wire",
    title: "Rwanda confirms arrival of first migrants deported by the United States",
    published: "2025-08-28",
    text: `KIGALI, Rwanda — Rwanda has received seven people deported from the United States under an agreement signed this summer, a government spokeswoman said Thursday, adding that the group arrived in Kigali in mid-August.

The spokeswoman did not give their nationalities. She said three of the seven had asked to return to their home countries, while four wished to stay and build a life in Rwanda, where they are being housed by an international organization and receive visits from social workers and health staff.

Under the deal, Rwanda said it could accept up to 250 people removed from the United States, but it would have the right to approve each person proposed for transfer. Officials have said they will not take anyone convicted of child sex offenses.

Rwanda has presented itself as a willing partner on migration before. A separate plan under which it would have received asylum seekers from Britain was scrapped in 2024 after no one was ever flown there.

The Trump administration has struck or sought similar arrangements with several African governments as it looks for places to send migrants whose own countries refuse or delay their return.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      people: { value: 7, approx: false },
      arrival: ["Kigali"],
      date: "2025-08",
    },
  },
  {
    id: "en-us-009",
    lang: "en",
    style: "wire",
    title: "Ghana takes in second group of West Africans removed by US",
    published: "2025-11-05",
    text: `ACCRA, Ghana — A second group of West Africans deported from the United States arrived in Ghana on Tuesday night, the government said, as the country keeps to a deal that lets Washington send it nationals of neighboring states.

Sixteen deportees — eleven Nigerians, three Togolese and two Liberians — landed at Kotoka International Airport aboard a U.S. military cargo plane that had flown from Louisiana, according to a lawyer for several of the men and a statement from Ghana's Ministry of Foreign Affairs.

"Our brothers and sisters from the sub-region do not need a visa to enter Ghana, so we see no reason to turn them away," the ministry's spokesman, Kwabena Asante-Mensah, said. He said they would be helped to travel home by road.

Lawyers in Accra have gone to court to challenge the arrangement, saying some of those sent in the first group had protection orders in the United States that barred their return to their own countries.

Nigeria has said publicly that it will not accept citizens of other countries deported from the United States.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "TG", "LR"],
      people: { value: 16, approx: false },
      departure: ["Louisiana"],
      arrival: ["Kotoka"],
      date: "2025-11-04",
    },
  },
  {
    id: "en-us-010",
    lang: "en",
    style: "wire",
    title: "US sends 260 deportees, most of them Venezuelan, to El Salvador prison",
    published: "2025-03-17",
    text: `SAN SALVADOR — The United States sent 260 men to El Salvador on Saturday, most of them Venezuelans the Trump administration accuses of belonging to a transnational gang, and they were taken straight to a maximum-security prison, El Salvador's president said.

He wrote on social media that 241 Venezuelans and 19 Salvadorans had arrived. Salvadoran police in riot gear met the planes at San Salvador's international airport and loaded the men, heads shaved and hands bound, onto armored buses.

Flight-tracking data showed the charters took off from Harlingen, Texas, on Saturday afternoon, hours after a federal judge in Washington ordered that any planes carrying people removed under the Alien Enemies Act be turned around. The administration said the order came too late because the aircraft had already left U.S. airspace.

Family members in Venezuela and in the United States said some of the men had no criminal record and had been singled out because of tattoos. The Venezuelan government called the transfer a kidnapping.

El Salvador's government said the United States would pay a fee to hold the prisoners for a year, renewable.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: ["VE"],
      people: { value: 260, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["San Salvador"],
      date: "2025-03-15",
    },
  },
  {
    id: "en-us-011",
    lang: "en",
    style: "dhs-release",
    title: "ICE, Mexico continue Interior Repatriation Initiative with flight to Villahermosa",
    published: "2019-08-08",
    text: `EL PASO, Texas — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) repatriated 136 Mexican nationals Aug. 6 through the Interior Repatriation Initiative (IRI), a joint program of the governments of the United States and Mexico.

The charter flight departed El Paso International Airport and arrived in Villahermosa, Tabasco, where the government of Mexico provided ground transportation to participants' home communities.

The IRI returns Mexican nationals to the interior of Mexico rather than to border cities, where returnees can fall prey to smugglers and criminal organizations. Returning people closer to their places of origin increases the likelihood that they will reintegrate and reduces repeated attempts to cross the border illegally.

"This initiative shows what the two governments can accomplish together," said ERO El Paso Field Office Director Gregory Naylor. "It is safer for those being returned and for the officers who carry out these operations."

The initiative began as a pilot program in 2012 and was made permanent in April 2013. In fiscal year 2018, ERO conducted more than 250,000 removals, of which more than 140,000 were Mexican nationals.

ICE will continue IRI flights as needed.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 136, approx: false },
      departure: ["El Paso International Airport"],
      arrival: ["Villahermosa"],
      date: "2019-08-06",
    },
  },
  {
    id: "en-us-012",
    lang: "en",
    style: "us-local",
    title: "Mesa airport charter carries Michoacán natives home",
    published: "2020-02-27",
    text: `MESA — Ninety-four Mexican men boarded a charter jet at Phoenix-Mesa Gateway Airport on Wednesday morning for a flight that took them not to the border, but deep into Mexico: to Morelia, the capital of Michoacán.

The flight was part of a repatriation program the U.S. and Mexican governments say keeps deportees out of the hands of cartels in border cities like Nogales and Ciudad Juárez. Federal officials said all 94 had final orders of removal and had been held at the Florence and Eloy detention centers in Pinal County.

Mesa is home to ICE Air Operations, the arm of Immigration and Customs Enforcement that schedules the agency's charters nationwide. Most East Valley residents never notice the flights, which use a remote apron on the airport's east side.

"I drive past every day and had no idea," said Lorena Vásquez, who owns a taquería on Williams Field Road. "My cousin was sent back to Tijuana in 2017 and spent three weeks trying to get home to Uruapan. Landing in Morelia is a lot better than that."

Gateway Airport handled a record 1.6 million passengers last year, mostly on Allegiant flights to the Midwest.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 94, approx: false },
      departure: ["Phoenix-Mesa Gateway Airport"],
      arrival: ["Morelia"],
      date: "2020-02-26",
    },
  },
  {
    id: "en-us-013",
    lang: "en",
    style: "wire",
    title: "Colombia turns back two US military planes carrying deported migrants",
    published: "2025-01-27",
    text: `BOGOTÁ — Colombia refused on Sunday to let two U.S. military aircraft carrying deported Colombians land, its president said, in the sharpest pushback yet by a Latin American government against the Trump administration's deportation drive.

"A migrant is not a criminal," the president wrote on social media. "Our compatriots will come home on civilian aircraft, treated as people and not as prisoners." He said the government was ready to send its own presidential plane to bring them back.

Washington responded within hours, announcing emergency tariffs on Colombian goods and visa restrictions on Colombian officials. Late on Sunday the White House said Bogotá had agreed to accept all deportees "without limitation or delay," including on military aircraft, and that the tariffs would be held in reserve.

Colombia's foreign minister said the impasse had been "overcome" and that the government would keep receiving its nationals with dignity. It was not immediately clear when the two flights would be rescheduled.

Colombia took in more than 120 deportation flights from the United States last year, more than any country outside Central America and Mexico.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CO"],
      people: null,
      date: "2025-01-26",
    },
  },
  {
    id: "en-us-014",
    lang: "en",
    style: "tv-station",
    title: "132 Colombians deported on early-morning charter out of Houston",
    published: "2023-06-02",
    text: `HOUSTON (KHTX) — A charter jet took off from George Bush Intercontinental Airport bound for Bogotá on Thursday morning with Colombian men and women aboard, the latest removal flight since the end of the Title 42 border policy.

Immigration and Customs Enforcement officials allowed reporters onto a remote cargo ramp to watch the passengers, most of them in gray sweatsuits, climb the stairs one at a time after being searched. The agency said all of them had been encountered at the border in the past month and had gone through expedited removal.

"They have had their due process," an ICE deportation officer told reporters. "This is the consequence of crossing between the ports of entry."

Colombians have become one of the fastest-growing groups arriving at the southern border, many flying to Mexico first and then making their way north. Advocates at a Houston legal aid clinic said some of the people they represent were never able to speak with a lawyer before their credible-fear interviews.

ICE declined to say how many flights to Colombia it has run this year or what each one costs.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 132, approx: false },
      departure: ["George Bush Intercontinental Airport"],
      arrival: ["Bogotá"],
      date: "2023-06-01",
    },
  },
  {
    id: "en-us-015",
    lang: "en",
    style: "advocacy-tracker",
    title: "ICE Air weekly: the Lima surge continues",
    published: "2024-05-17",
    text: `ICE Air Weekly Activity — week of May 13, 2024

The headline this week is Peru. On Wednesday, May 15, three charters carrying about 400 Peruvians reached Lima's Jorge Chávez airport within roughly six hours of each other. One left from Alexandria, one from Harlingen and one from Miami; the Miami plane stopped briefly in Panama for fuel on the way down.

Three flights to one South American country on a single day is something we have not recorded before. It is consistent with what Peruvian officials told the press last month about a backlog of cases that had been waiting for travel documents.

Overall, we counted 36 removal flights this week, in line with the six-week average, and 94 domestic shuffle legs between detention centers. Weekend numbers may be revised once we finish reviewing the ADS-B data.

As always: ICE does not publish its flight schedule, and our numbers are estimates built from public tracking data and reports from volunteers on the ground. Passenger counts come from receiving-country officials when they are available. If you see something at your local airport, write to us.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 400, approx: true },
      departure: ["Alexandria", "Harlingen", "Miami"],
      arrival: ["Jorge Chávez"],
      date: "2024-05-15",
    },
  },
];
