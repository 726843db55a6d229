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
    text: `PANAMA CITY — Nearly 130 migrants from countries including China, Uzbekistan, Nepal, Iran, Afghanistan, Cameroon and the Democratic Republic of Congo arrived in Panama aboard a U.S. military aircraft on Thursday, the first group sent under an arrangement in which the Central American country serves as a way station for deportees whose home governments are slow to take them back.

The plane, which originated in Texas, landed at Tocumen International Airport shortly after 1 p.m., Panama's Security Ministry said. The deportees were taken by bus to a hotel in the capital under police guard.

"Panama is a bridge, not a destination," Security Minister Rogelio Quintana told reporters at the airport. "Nobody will stay here longer than necessary." He said the United States would cover all costs, including onward flights arranged with the help of the International Organization for Migration.

Some of those aboard told relatives by phone that they had asked for asylum in the United States and had not been told where they were being taken until they were over the Gulf of Mexico. Rights groups said the arrangement risked sending people back to persecution without a proper hearing.

Two more flights are expected in the coming days, bringing the total to roughly 360 people, officials said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "UZ", "NP", "IR", "AF", "CM", "CD"],
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

A U.S.-based lawyer who represents two of the men said the group included nationals of Vietnam, Laos, the Philippines and Cuba. He said they had been held at an ICE staging facility in Alexandria, Louisiana, and that the plane left there late last week, stopping in San Juan, Puerto Rico, in Dakar and in Luanda before reaching King Mswati III International Airport.

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

Sixteen deportees — eleven Nigerians, three Togolese and two Ivorians — landed at Kotoka International Airport aboard a U.S. military cargo plane that had flown from Louisiana, according to a lawyer for several of the men and a statement from Ghana's Ministry of Foreign Affairs.

"Our brothers and sisters from the sub-region do not need a visa to enter Ghana, so we see no reason to turn them away," the ministry's spokesman, Kwabena Asante-Mensah, said. He said they would be helped to travel home by road.

Lawyers in Accra have gone to court to challenge the arrangement, saying some of those sent in the first group had protection orders in the United States that barred their return to their own countries.

Nigeria has said publicly that it will not accept citizens of other countries deported from the United States.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "TG", "CI"],
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

El Salvador's government said the United States would pay a fee to hold the prisoners for a year, renewable.

The prison, opened in 2023 in the countryside east of the capital, was built to hold up to 40,000 inmates and is the centerpiece of a crackdown on gangs under a state of emergency that has been extended every month for three years. More than 80,000 people have been arrested under the emergency rules, and human rights groups have documented hundreds of deaths in custody. The government says homicides have fallen to their lowest level in decades, and the president's approval ratings remain among the highest in the hemisphere.

"We asked for a list of names and nobody will give it to us," said the mother of a 24-year-old barber from Maracay who had been detained in Texas since January. "I only know he is there because I recognized his tattoo in the video."`,
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
  {
    id: "en-us-016",
    lang: "en",
    style: "wire",
    title: "Venezuela agrees to resume taking deportation flights from US",
    published: "2025-03-22",
    text: `CARACAS — Venezuela's government said on Saturday it had reached an agreement with the United States to resume accepting repatriation flights carrying Venezuelan migrants, two weeks after it suspended them in a dispute over oil licenses.

The head of the Venezuelan negotiating team said on state television that the first flight under the renewed arrangement would arrive on Sunday. "Migrating is not a crime, and we will bring every one of our compatriots home," he said.

Caracas had halted the flights on March 8 after Washington moved to revoke a license that let a U.S. oil company operate in the country. U.S. officials had accused Venezuela of dragging its feet on taking back its nationals, while Venezuelan officials said the United States had broken its commitments.

The agreement also comes days after the United States sent more than 200 Venezuelan men to a prison in El Salvador, a move the Venezuelan government has denounced as a kidnapping and which is being challenged in U.S. federal court.

Nearly 8 million Venezuelans have left their country over the past decade, according to United Nations figures, most of them to other South American nations.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      date: "2025-03-22",
    },
  },
  {
    id: "en-us-017",
    lang: "en",
    style: "tv-station",
    title: "Deportation flight to Venezuela leaves El Paso as direct removals restart",
    published: "2023-10-19",
    text: `EL PASO, Texas (KEPT) — Nearly 130 Venezuelans who crossed the border illegally were flown out of El Paso International Airport on Wednesday aboard a charter bound for Caracas, the second flight since the federal government restarted direct removals to Venezuela this month.

Video released by the Department of Homeland Security showed men in sweatshirts and a smaller number of women walking from buses to the plane under a gray morning sky. Border Patrol officials said everyone aboard had been processed in the El Paso Sector within the past three weeks.

The plane landed at Simón Bolívar International Airport in Maiquetía, outside Caracas, that afternoon, according to Venezuelan state television, which showed returnees being greeted by officials from a government program for returning migrants.

El Paso's shelters have seen their numbers fall in recent weeks, though city officials warn that could change quickly. "We are still seeing hundreds of releases a day," a city spokeswoman said.

For years the United States sent almost no one back to Venezuela because the two governments do not have diplomatic relations. The new flights are the result of an agreement reached earlier this month.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 130, approx: true },
      departure: ["El Paso International Airport"],
      arrival: ["Simón Bolívar"],
      date: "2023-10-18",
    },
  },
  {
    id: "en-us-018",
    lang: "en",
    style: "us-local",
    title: "Brownsville flight returns Haitians to Cap-Haïtien",
    published: "2024-05-10",
    text: `BROWNSVILLE — Fifty-one Haitians deported from the United States reached Cap-Haïtien on Thursday aboard a charter that departed Brownsville-South Padre Island International Airport before 7 a.m., according to Haiti's national migration office and a volunteer who watched the plane leave.

The flight was the second to Haiti in three weeks. The airport in Port-au-Prince has been closed for months because of gang violence, so U.S. removal flights now land in the northern city instead.

"They brought them in two vans, men first, then about a dozen women," said Brenda Olvera, a retired teacher from Los Fresnos who has photographed ICE Air departures from the Brownsville airport since 2020. "One of the women was holding her hands over her face the whole time."

Haitian officials said the returnees were screened by police and then released to relatives or to a reception center run by a humanitarian organization.

Immigrant advocates in South Texas and Miami condemned the deportations, pointing out that the U.S. government has warned its own citizens not to travel to Haiti and has extended Temporary Protected Status for Haitians already living in the United States.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 51, approx: false },
      departure: ["Brownsville-South Padre Island International Airport"],
      arrival: ["Cap-Haïtien"],
      date: "2024-05-09",
    },
  },
  {
    id: "en-us-019",
    lang: "en",
    style: "us-local",
    title: "Monthly deportation flight carries 47 Cubans from Miami to Havana",
    published: "2024-04-25",
    text: `MIAMI — Forty-seven Cubans were deported to the island on Wednesday on a U.S. government charter that left from Miami International Airport in the morning and landed at José Martí International Airport in Havana about an hour later, Cuba's Interior Ministry said.

The ministry said the group, 41 men and 6 women, included three people who had been detained for "crimes" after leaving the country illegally and who would face investigation. The others were released to relatives after health checks.

Flights to Cuba resumed last year after a pause of nearly three years, part of an agreement between Washington and Havana that also restored some consular services. Since then, a plane has left South Florida roughly once a month.

"My nephew called me from Krome on Monday and said they told him to pack," said a Hialeah woman whose relative was on the flight. "He crossed at Eagle Pass in 2022. He never had a court date he could go to because the notice went to the wrong address."

More than 425,000 Cubans arrived at the U.S. southern border between October 2021 and last fall, the largest exodus from the island in six decades.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 47, approx: false },
      departure: ["Miami International Airport"],
      arrival: ["José Martí"],
      date: "2024-04-24",
    },
  },
  {
    id: "en-us-020",
    lang: "en",
    style: "tv-station",
    title: "Newark charter returns Dominicans to Santo Domingo",
    published: "2024-08-22",
    text: `NEWARK, N.J. (WNJE) — A charter flight with 93 Dominican nationals left from Newark Liberty International Airport on Tuesday afternoon and touched down that evening at Las Américas International Airport outside Santo Domingo, Dominican migration authorities said.

The Dominican Republic's migration directorate said 81 men and 12 women were aboard and that 29 of them had criminal convictions in the United States, mostly for drug offenses. All were interviewed by police and immigration officers before being released.

Among those on the plane was a 38-year-old Paterson man who had lived in New Jersey since he was a teenager, his wife told WNJE. She said he was arrested outside their home in July when he went to move his car.

"He has two kids who were born here. He pays taxes. I don't know what I am going to tell them," she said.

ICE's Newark field office covers all of New Jersey and holds detainees at the Delaney Hall facility and in county jails. An agency spokesperson said removal flights are scheduled "based on operational needs" and declined to say how often they leave from Newark.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 93, approx: false },
      departure: ["Newark Liberty International Airport"],
      arrival: ["Las Américas"],
      date: "2024-08-20",
    },
  },
  {
    id: "en-us-021",
    lang: "en",
    style: "dhs-release",
    title: "DHS conducts fourth large charter removal flight to the People's Republic of China",
    published: "2024-12-05",
    text: `WASHINGTON — On Dec. 3, the U.S. Department of Homeland Security, through U.S. Immigration and Customs Enforcement, conducted a large charter removal flight of Chinese nationals to the People's Republic of China. The flight departed from Seattle and carried 116 adults with final orders of removal. It was the fourth such flight since June and was coordinated with the PRC's National Immigration Administration.

"We will continue to remove individuals who do not have a legal basis to remain in the United States," said a senior DHS official. "Smugglers lie to migrants about what awaits them at the border."

DHS regularly engages with foreign governments to accept the return of their nationals. Since June 4, DHS has operated more than 700 international repatriation flights to more than 150 countries, including Colombia, Ecuador, Peru, Egypt, Mauritania, Senegal, Uzbekistan and India. DHS removed or returned more people in fiscal year 2024 than in any year since fiscal year 2010.

Encounters of PRC nationals between ports of entry at the Southwest Border have fallen by more than half since the spring.

For operational security reasons, ICE does not discuss future removal flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 116, approx: false },
      departure: ["Seattle"],
      date: "2024-12-03",
    },
  },
  {
    id: "en-us-022",
    lang: "en",
    style: "wire",
    title: "Another US military plane lands in Amritsar with deported Indians",
    published: "2025-03-04",
    text: `AMRITSAR, India — Ninety-seven Indians deported from the United States landed at the airport in Amritsar late on Monday aboard a U.S. Air Force C-17, the latest in a series of military deportation flights that has stirred anger in Punjab.

The aircraft had taken off from San Antonio, Texas, and refueled twice on the way, an official of the state government said. Most of those aboard were from Punjab, Haryana and Gujarat; twelve were women and seven were minors.

Relatives waited outside the arrivals hall past midnight. "He sold two acres to pay the agent," said Gurmeet Kaur, whose 22-year-old son was on the flight. "They told us it would be easy. Now there is nothing left."

Police said they had opened cases against several travel agents accused of sending young men on the so-called donkey route through South and Central America.

The state's chief minister has objected to the flights landing in Amritsar, saying the choice of the holy city unfairly paints Punjab as the source of illegal migration. India's foreign ministry says it is working with U.S. authorities to verify the nationality of others awaiting removal.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 97, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Amritsar"],
      date: "2025-03-03",
    },
  },
  {
    id: "en-us-023",
    lang: "en",
    style: "wire",
    title: "Vietnam receives deportees on rare US charter",
    published: "2025-04-16",
    text: `HO CHI MINH CITY — About 40 Vietnamese nationals deported from the United States arrived at Tan Son Nhat International Airport on Tuesday, one of the largest groups returned to Vietnam in a single flight, according to state media.

Vietnamese police met the plane and took the returnees to a quarantine and processing area, the reports said. Officials did not say when or where the flight had originated.

Under a 2008 agreement, people who arrived in the United States before July 1995 were generally not subject to removal to Vietnam.

About 8,000 Vietnamese nationals in the United States have final orders of removal, according to government figures.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 40, approx: true },
      arrival: ["Tan Son Nhat"],
      date: "2025-04-15",
    },
  },
  {
    id: "en-us-024",
    lang: "en",
    style: "advocacy-tracker",
    title: "Flight watch: Mesa to Tashkent and Bishkek",
    published: "2025-05-14",
    text: `Long-haul removal flight, Central Asia.

On Monday a widebody charter under contract to ICE departed Mesa, Arizona, at 9:14 p.m. local time. After a refueling stop in Shannon, Ireland, it reached Tashkent, Uzbekistan, and then flew on to Bishkek in Kyrgyzstan before returning empty via Istanbul.

ICE confirmed to us that 88 Uzbeks and 31 Kyrgyz were aboard, 119 people in all. That matches what the Uzbek consulate in New York posted on its Telegram channel, which thanked "the American side for humane treatment" of its citizens.

This is the third flight to Tashkent this year by our count, and the first to continue to Bishkek. Central Asians have been a growing share of single adults crossing the border near San Diego and in the Tucson Sector since 2023, many of them flying to Mexico through Istanbul.

Why Mesa? The detainees were mostly held at the Eloy and Florence facilities. Flights to Europe, Africa and Asia have also left recently from Alexandria, Louisiana, and from San Antonio.

Data: ADS-B track, plus reports from two volunteers at the Gateway fence line.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ", "KG"],
      people: { value: 119, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tashkent", "Bishkek"],
      date: "2025-05-12",
    },
  },
  {
    id: "en-us-025",
    lang: "en",
    style: "wire",
    title: "US deportation flight stops in Cairo, then carries Russians to Moscow",
    published: "2025-06-12",
    text: `MOSCOW — A charter flight carrying people deported from the United States landed at Moscow's Vnukovo airport on Wednesday after first dropping off a group of Egyptians in Cairo, according to Russian state media and flight-tracking data.

Forty-three Russians and twelve Egyptians, fifty-five people in all, were aboard when the plane left Alexandria, Louisiana, a U.S. official said on condition of anonymity because the flight had not been announced.

Russian border officers questioned the returnees at the airport, state media reported. A lawyer for two of the men said both had fled Russia in 2022 to avoid being mobilized for the war in Ukraine and had lost their asylum cases in immigration court. "They are afraid of what comes next," the lawyer said. "One of them has already received a summons."

It was the second removal flight to Russia this year, after years in which deportations were rare because of strained relations and a lack of direct air links.

Hundreds of Russian citizens are believed to be in ICE detention. Most crossed the U.S.-Mexico border after flying to Mexico, often through Turkey or the United Arab Emirates.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EG", "RU"],
      people: { value: 55, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Cairo", "Vnukovo"],
      date: "2025-06-11",
    },
  },
  {
    id: "en-us-026",
    lang: "en",
    style: "us-local",
    title: "BWI charter flies Romanian nationals home",
    published: "2021-11-22",
    text: `LINTHICUM, Md. — Thirty-eight Romanian nationals were deported last Tuesday on a charter flight that left from Baltimore, Immigration and Customs Enforcement said in a statement released over the weekend.

The plane landed at Henri Coandă International Airport outside Bucharest, where Romanian border police took custody of the group, the agency said. Eleven of the 38 had been convicted of crimes in the United States, including fraud and theft, according to ICE.

The agency did not say where the others had been living. Immigration attorneys in Maryland said a number of Romanian Roma families who sought asylum after crossing the southern border in 2019 have been settled in the Baltimore area and in Montgomery County.

"Several of them did not have lawyers at their hearings," said Adina Petrescu, who volunteers as an interpreter at the Baltimore immigration court. "The judge asks them questions and they do not understand why they need documents from a police station in a village back home."

ICE's Baltimore field office oversees enforcement in Maryland. It said removal flights to Europe are typically consolidated at a handful of East Coast airports.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RO"],
      people: { value: 38, approx: false },
      departure: ["Baltimore"],
      arrival: ["Henri Coandă"],
      date: "2021-11-16",
    },
  },
  {
    id: "en-us-027",
    lang: "en",
    style: "wire",
    title: "US deportation flight carries Mauritanians, Senegalese and Angolans home",
    published: "2024-03-20",
    text: `NOUAKCHOTT, Mauritania — A U.S. charter carrying deportees landed in Nouakchott on Monday before continuing to Dakar and Luanda, the U.S. Embassy said, the third removal flight to West Africa since December.

More than 100 people were aboard when the flight took off from Alexandria International Airport in central Louisiana, the embassy said in a post on social media, the majority of them Mauritanian men who had reached the U.S. border by flying to Nicaragua and traveling north through Mexico.

"The United States does not pay deportees or their governments," the embassy wrote, adding that migrants who cross unlawfully receive "an impartial judicial review" of their claims before being returned.

Mauritanian activists in Ohio and New York, home to the largest Mauritanian communities in the United States, said some of those removed had been in the country only a few months and were Black Mauritanians who fear discrimination at home.

The number of Mauritanians arriving at the southern border rose sharply last year after social media videos advertised the route through Nicaragua, which does not require visas from many African countries.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR", "SN", "AO"],
      people: { value: 100, approx: true },
      departure: ["Alexandria International Airport"],
      arrival: ["Nouakchott", "Dakar", "Luanda"],
      date: "2024-03-18",
    },
  },
  {
    id: "en-us-028",
    lang: "en",
    style: "wire",
    title: "Brazilians deported from US land in Minas Gerais",
    published: "2025-08-21",
    text: `BELO HORIZONTE, Brazil — Ninety-seven Brazilians deported from the United States arrived on Wednesday at Confins airport outside Belo Horizonte, Brazil's federal police said, on a charter flight from Houston.

Federal police officers boarded the aircraft on arrival and removed handcuffs from the passengers, a practice Brazil adopted after complaints about the treatment of deportees earlier in the year. Officials from the human rights ministry set up a reception point with food, phone chargers and bus tickets for people heading to the interior of Minas Gerais and to Goiás.

In January, a flight that was bound for Belo Horizonte made an unscheduled stop in Manaus, where passengers said they had been kept in the cabin for hours without air conditioning. That episode led Brasília to demand that deportees not be shackled on Brazilian soil.

Minas Gerais, and in particular the region around Governador Valadares, has sent emigrants to the United States for decades. Remittances from Massachusetts and New Jersey support entire neighborhoods in some towns.

The federal police said it was the eleventh such flight this year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 97, approx: false },
      departure: ["Houston"],
      arrival: ["Confins"],
      date: "2025-08-20",
    },
  },
  {
    id: "en-us-029",
    lang: "en",
    style: "advocacy-tracker",
    title: "Flight alert: ICE charter expected to leave San Antonio for Istanbul, Amman and Cairo",
    published: "2025-09-24",
    text: `Heads-up for our network.

We are tracking a long-haul charter that ICE has scheduled to depart Kelly Field in San Antonio on Friday. According to two sources familiar with the booking, the aircraft will make stops in Istanbul, Amman and Cairo to hand over Turkish, Jordanian and Egyptian nationals before returning to the United States via Shannon.

One source told us that roughly 70 people are on the manifest. We cannot independently confirm that number and it may change; manifests are often cut at the last minute when a judge grants a stay or a travel document does not arrive.

If you represent someone from Turkey, Jordan or Egypt who is detained at the South Texas facilities in Pearsall or Dilley, or at the staging center in Alexandria, check on them today. Emergency stay motions need to be filed before the plane leaves.

We will post the actual departure time and track once the plane is airborne. Previous long-haul flights from Kelly Field this year went to Mauritania and Senegal in February and to India in June.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["TR", "JO", "EG"],
      people: { value: 70, approx: true },
      departure: ["Kelly Field"],
      arrival: ["Istanbul", "Amman", "Cairo"],
      date: "2025-09-26",
    },
  },
  {
    id: "en-us-030",
    lang: "en",
    style: "wire",
    title: "Guatemala halts US deportation flights over coronavirus fears",
    published: "2020-03-17",
    text: `GUATEMALA CITY — Guatemala suspended deportation flights from the United States on Tuesday, the foreign ministry said, after health officials warned that returnees could bring the new coronavirus into a country with few intensive care beds.

The ministry said it had informed the U.S. Embassy that the country would not receive any flights of deported migrants "until further notice" and that the measure would be reviewed with U.S. authorities in the coming days. Guatemala closed its borders to foreign travelers on Monday.

The decision came after three flights from Texas and Arizona arrived last week carrying people who had been held in crowded detention centers. Health Minister Julio Cáceres Morán said none of the returnees had tested positive so far, but that the government could not risk it.

The U.S. Department of Homeland Security did not immediately comment. Guatemala is one of the largest recipients of U.S. deportees; more than 50,000 were returned by air last year.

Honduras and El Salvador have also restricted air travel, but neither has said it would turn away U.S. removal flights.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GT"],
      people: null,
      date: "2020-03-17",
    },
  },
  {
    id: "en-us-031",
    lang: "en",
    style: "near-miss",
    title: "Spain charters flight to return 58 migrants to Mauritania",
    published: "2023-07-14",
    text: `MADRID — Spain flew 58 migrants to Nouakchott on Thursday on a charter operated by a regional airline, the first removal flight from Spain to Mauritania in more than two years, a Spanish group that monitors deportations said.

The plane left Madrid in the morning and stopped in Murcia and in Las Palmas de Gran Canaria to pick up more passengers before landing in the Mauritanian capital in the evening, the group said. Most of those aboard had reached the Canary Islands by boat.

Under a bilateral agreement, Mauritania accepts not only its own citizens but also people of other West African nationalities whom Spain believes set off from the Mauritanian coast. Advocates say that means Malians, Senegalese and Guineans can be left in a country they only passed through.

The Spanish Interior Ministry declined to confirm the number of people aboard.

Arrivals in the Canaries rose sharply this year as departures shifted south from Morocco to Mauritania and Senegal. The United States has also stepped up removals to Mauritania in recent months, as more Mauritanians reach the U.S. border through Nicaragua.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-032",
    lang: "en",
    style: "near-miss",
    title: "Mexico flies 130 Hondurans home from Villahermosa as it tightens its southern border",
    published: "2024-02-08",
    text: `VILLAHERMOSA, Mexico — Mexico's National Migration Institute flew 130 Honduran migrants from Villahermosa to San Pedro Sula on Wednesday, the latest of what it calls "assisted returns" as the government tries to reduce the number of people reaching the U.S. border.

The institute said in a statement that the group had been detained in Tabasco and Chiapas over the previous two weeks and had agreed to return. A Honduran consular official was on the tarmac at Villahermosa's airport to check documents.

Mexico has also been busing thousands of migrants from its northern border cities to the south of the country, a practice critics call a revolving door because many simply start north again.

The Biden administration has pressed Mexico to do more to stop migrants before they reach the Rio Grande, and officials from both countries met in Washington last month to discuss enforcement.

Honduran officials said they received 1,917 returnees by air and land from Mexico in January, compared with 2,430 from the United States over the same period.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-033",
    lang: "en",
    style: "near-miss",
    title: "ICE report: removals rose to 271,000 last fiscal year",
    published: "2024-12-19",
    text: `WASHINGTON — Immigration and Customs Enforcement removed more than 271,000 people to 192 countries in the fiscal year that ended Sept. 30, the highest annual total in a decade, according to the agency's annual report released Thursday.

Mexico, Guatemala, Honduras and El Salvador accounted for most removals, but the report highlighted a sharp rise in deportations to countries farther away, including Colombia, Ecuador, Peru, India, China and Mauritania. ICE said it operated more than 1,500 removal flights during the year.

The agency said it still faced obstacles with a number of governments that decline to take back their citizens or take months to issue travel documents. It named Cuba, Laos, Eritrea and Venezuela among countries it considers uncooperative, though it did not say whether that designation had changed.

About 1.4 million noncitizens have final orders of removal but are not in detention, the report said, most of them living in the interior of the country.

Immigrant rights groups said the numbers showed that the outgoing administration had deported more people in a single year than its predecessor did in any year of its term. ICE's budget request for next year seeks funding for 41,500 detention beds.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-034",
    lang: "en",
    style: "near-miss",
    title: "Passaic restaurant owner deported to Ecuador on commercial flight",
    published: "2025-04-09",
    text: `PASSAIC, N.J. — A restaurant owner who had lived in Passaic for 19 years was deported to Ecuador on Tuesday, his family said, flown on a commercial flight through Miami with two ICE officers escorting him.

Luis Alberto Guamán, 46, was detained in February at a routine check-in at ICE's Newark office. His lawyer, Rachel Okafor, said an immigration judge had ordered him removed in 2011 after he missed a hearing because the notice went to an old address, and that a motion to reopen the case was still pending.

"He landed in Guayaquil with a plastic bag and the phone number of a cousin he has not seen since 2006," said his daughter, Daniela, 20, a nursing student at William Paterson University.

Guamán's restaurant on Main Avenue, which serves encebollado and seco de chivo, was closed on Wednesday with a handwritten sign in the window that read "Gracias, Passaic."

Supporters have started an online fundraiser to help the family keep the business open. Ecuadorians are among the largest immigrant groups in Passaic County.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-035",
    lang: "en",
    style: "near-miss",
    title: "Harlingen immigration court backlog tops 40,000 cases",
    published: "2023-09-12",
    text: `HARLINGEN — The immigration court in Harlingen now has more than 40,000 pending cases, nearly double the number two years ago, and some hearings are being scheduled for 2027, according to data from a Syracuse University research center.

Five judges hear cases at the court on Harlingen's west side, which serves the Rio Grande Valley. Most respondents are from Honduras, Guatemala, Venezuela and Mexico, and fewer than a third have lawyers.

"People wait years for a decision and in the meantime they build a life," said Sister Norma Villarreal, who runs a legal orientation program in San Benito. "Then the judge orders removal and it all comes apart in an afternoon."

The court's docket has grown as more people released at the border are assigned to courts near where they were processed. Federal officials have promised new judges, but hiring has not kept pace.

Valley International Airport, a few miles from the courthouse, is one of the main hubs for ICE deportation flights to Central and South America. The airport's commercial passenger numbers, meanwhile, rose 11 percent last year.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-036",
    lang: "en",
    style: "near-miss",
    title: "New nonstop links Houston with San Salvador and Tegucigalpa",
    published: "2024-06-26",
    text: `HOUSTON — A Central American carrier will begin nonstop flights between Houston's William P. Hobby Airport and San Salvador on Oct. 3 and add a second route to Tegucigalpa's Toncontín airport in November, the airline announced Wednesday.

The San Salvador flight will operate daily on a 186-seat Airbus A321neo, and the Tegucigalpa service four times a week. Introductory one-way fares start at $159.

Houston has one of the largest Salvadoran and Honduran communities in the country, and travel agents say demand for affordable flights spikes around Christmas and Holy Week. "For years people had to connect in Miami or drive to Mexico," said Carlos Interiano, who runs a travel agency on the Gulfton side of town.

The announcement comes as both countries court the diaspora. El Salvador's government has promoted a program encouraging emigrants to invest back home, and Honduras has cut fees for returning nationals bringing in household goods.

Toncontín, long known for its difficult approach between mountains, handles most commercial traffic to the Honduran capital, while some flights, including U.S. government charters carrying deportees, use the newer Palmerola airport north of the city.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-037",
    lang: "en",
    style: "near-miss",
    title: "Travel ban on 12 countries takes effect; airlines warn passengers",
    published: "2025-06-09",
    text: `WASHINGTON — A presidential proclamation barring most travelers from 12 countries took effect early Monday, and airlines told customers from the affected nations that they would be denied boarding on flights to the United States unless they qualify for an exception.

The full ban applies to nationals of Afghanistan, Myanmar, Chad, the Republic of the Congo, Equatorial Guinea, Eritrea, Haiti, Iran, Libya, Somalia, Sudan and Yemen. Partial restrictions apply to seven other countries, including Cuba, Venezuela, Laos and Sierra Leone.

The White House said several of the countries had high rates of visa overstays or had declined to take back their citizens who were ordered deported. Officials did not specify which.

At Miami International Airport, a Haitian family with a valid immigrant visa said they had been told at check-in in Port-au-Prince last week that their flight might be their last chance. "We got on the plane on Friday. My cousin's family has the same visa and now they cannot come," said Jean-Robert Pierre-Louis.

Lawful permanent residents and people who already hold visas are exempt, according to the proclamation. Refugee groups said they would challenge it in court.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-038",
    lang: "en",
    style: "near-miss",
    title: "ICE arrests 58 at Pasadena construction site",
    published: "2025-04-24",
    text: `PASADENA, Texas (KHTX) — Federal immigration agents arrested 58 workers at a construction site off Spencer Highway on Wednesday morning in one of the largest worksite operations in the Houston area this year, Immigration and Customs Enforcement said.

Agents with Homeland Security Investigations, backed by Border Patrol and local police, surrounded the site of a planned apartment complex shortly after 7 a.m. Witnesses said several workers ran into a drainage ditch behind the property before being caught.

ICE said those arrested were nationals of Mexico, Honduras, Guatemala, El Salvador and Venezuela and that 11 had previous deportation orders. They were taken to the agency's processing center in Conroe. "Those with final orders will be removed," a spokesperson said. "Others will see an immigration judge."

The general contractor said in a statement that it uses E-Verify and was cooperating with investigators.

Advocates set up a hotline for families on Wednesday afternoon. "We had mothers calling who didn't know if their husbands were still in Texas," said Ana Lucía Ríos of a Houston workers' center.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-039",
    lang: "en",
    style: "near-miss",
    title: "Charter flights bring stranded Americans home from hurricane-hit Jamaica",
    published: "2025-10-31",
    text: `FORT LAUDERDALE, Fla. (WSFT) — Three charter flights arranged by the State Department landed at Fort Lauderdale-Hollywood International Airport on Thursday carrying about 420 U.S. citizens who had been stranded in Jamaica after a Category 5 hurricane tore across the island earlier this week.

The flights left Montego Bay's Sangster International Airport, which reopened for relief and departure flights on Wednesday after its terminal was damaged by wind and flooding. Passengers described days without power or running water at resorts along the north coast.

"We slept in a ballroom with 300 people," said Tamara Hollis of Coral Springs, who was on her honeymoon. "When they said there was a plane, people started clapping."

More departure flights are planned over the weekend, the State Department said. Americans still in Jamaica were urged to register with the embassy in Kingston.

Jamaica's government said more than 25 people were killed and tens of thousands remain in shelters. Relief groups in South Florida, home to one of the largest Jamaican communities in the United States, are collecting water, generators and tarps.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-040",
    lang: "en",
    style: "near-miss",
    title: "Guatemala's national team flies home from Houston after Gold Cup exit",
    published: "2023-07-05",
    text: `HOUSTON — Guatemala's national soccer team flew out of George Bush Intercontinental Airport on Tuesday, a day after a quarterfinal loss ended its best Gold Cup run in more than a decade.

The 26 players and about 15 staff members boarded a chartered flight to La Aurora International Airport in Guatemala City, where the federation said fans were planning a welcome at the terminal. Several players based with U.S. clubs stayed behind.

"We showed that Guatemala can compete with anyone in the region," the coach told reporters before the team left its hotel near the Galleria. "The people here in Houston made us feel like we were playing at home."

More than 60,000 fans, most of them Guatemalan immigrants from Texas and Louisiana, attended the team's group-stage match at NRG Stadium. Some had driven through the night from New Orleans.

For many in the crowd the tournament was a rare chance to wave the blue-and-white flag in public. "Some of my friends didn't come because they are afraid of ICE at the stadium," said one fan from Pasadena who asked not to be named.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-041",
    lang: "en",
    style: "near-miss",
    title: "Honduras opens consulate in McAllen to assist nationals in detention",
    published: "2024-11-13",
    text: `McALLEN, Texas — Honduras opened a consulate in McAllen on Wednesday, its second in Texas, saying it wants to be closer to the thousands of Hondurans held in South Texas detention centers and to those who appear before the immigration court in Harlingen.

The consul general, Dilcia Maradiaga, said staff would visit detention facilities in Port Isabel, Raymondville and Pearsall every week and help detainees obtain identity documents. "Many of our compatriots have no one. We want them to know that their country is here," she said at a ribbon-cutting attended by the mayor.

The consulate will also offer passports, birth certificate registrations and notary services for the Rio Grande Valley's Honduran community, estimated at more than 40,000 people.

Honduras received more than 300 deportation flights from the United States last year, most of them landing in San Pedro Sula, according to the Honduran foreign ministry. Officials said the new office would not be involved in scheduling flights.

The consulate is on North 10th Street and will be open weekdays from 8 a.m. to 4 p.m.`,
    expect: { relevant: false },
  },
  {
    id: "en-us-042",
    lang: "en",
    style: "near-miss",
    title: "Remittances to Guatemala hit record as deportation fears spur transfers",
    published: "2025-06-05",
    text: `GUATEMALA CITY — Guatemalans abroad sent home a record $2.3 billion in May, the central bank said Thursday, as migrants in the United States rushed to move their savings amid fears of deportation and a proposed tax on money transfers.

Remittances rose 21 percent from a year earlier. Economists said the increase reflected both precaution — people sending savings home before they could be detained — and worries about a remittance tax being debated in Congress.

"People are calling us and saying, 'Send everything, I don't know if I will be here next month,'" said the manager of a money transfer office in Huehuetenango.

Remittances account for about a fifth of Guatemala's economy. Most come from the United States, where an estimated 3 million people of Guatemalan origin live.

Guatemala received 22 deportation flights in May, according to migration institute figures, roughly the same as in April, and the government says it is preparing reception centers for larger numbers. The finance minister said the country could absorb a slowdown in remittances "for a few months," but not a sharp drop.`,
    expect: { relevant: false },
  },
];
