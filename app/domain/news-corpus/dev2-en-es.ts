import type { CorpusArticle } from "./types";

export const ARTICLES_DEV2_EN_ES: CorpusArticle[] = [
  {
    id: "d2-en-001",
    lang: "en",
    style: "wire",
    title: "Central Asian migrants flown home as Washington widens removals beyond the Americas",
    published: "2025-06-14",
    text: `BISHKEK — For most of the past decade, the men from Osh and Jalal-Abad who went looking for work abroad went north, to building sites in Moscow and Yekaterinburg. A growing number in recent years took a longer and costlier route: a flight to Istanbul, then to South America, then the overland trek through Central America to the US southern border.

That route is now running in reverse. The Trump administration has pressed governments far from the Western Hemisphere to take back their citizens, and officials in the Kyrgyz capital said this spring that they would "cooperate fully" with American requests for travel documents, a shift from years of slow paperwork that US diplomats had complained about privately.

A chartered Boeing 767 that left Mesa, Arizona, touched down at Manas International Airport on Thursday afternoon with 87 people aboard, according to the Kyrgyz Ministry of Labour, Social Security and Migration. Sixty-one of them, all Kyrgyz citizens, were processed in a closed terminal and released to relatives. The aircraft then continued to Tashkent with the remaining passengers, Uzbek nationals, an Uzbek border official confirmed by telephone.

Ministry spokeswoman Aizhan Temirbekova said none of those who arrived were wanted at home on criminal charges, and that each was given a small cash grant and a SIM card. "These are our citizens. We do not ask why they left; we ask how we can help them stay," she said.

Remittances, most of them from Russia, still account for roughly a fifth of Kyrgyzstan's economy, according to the World Bank. Analysts in Bishkek say the numbers heading to the United States remain modest by comparison, but that the money families borrowed to pay smugglers — often $15,000 or more — leaves many returnees in debt.

Immigration and Customs Enforcement did not respond to a request for comment on the flight.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KG", "UZ"],
      people: { value: 87, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Manas International Airport", "Tashkent"],
      date: "2025-06-12",
    },
  },
  {
    id: "d2-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Deportees from America arrive in Tbilisi; second leg takes Armenians on to Yerevan",
    published: "2025-03-07",
    text: `Washington sent 60 people back to Georgia's capital on Thursday, the Interior Ministry said, in what officials described as the largest single return of Georgian citizens from the United States.

The plane touched down in Tbilisi before dawn on Thursday and was met by ministry staff, border police and a team from the migration agency's reintegration service. Passengers were escorted off the aircraft in small groups; several carried their belongings in clear plastic bags.

The charter did not end its journey in Georgia. It carried 74 people in all, and the remaining 14 passengers stayed on board for a short hop across the border to Yerevan, where Armenian officials confirmed their arrival later in the morning.

Deputy Interior Minister Levan Chkheidze told reporters the returnees had "exhausted every legal avenue" in the American courts. Most had entered the United States through Mexico in 2022 and 2023, he said, when Georgians became one of the fastest-growing nationalities encountered at the southern border.

Opposition lawmakers questioned why the government had not negotiated more time for people with pending appeals. The ministry said it had no role in American legal proceedings.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE", "AM"],
      people: { value: 74, approx: false },
      arrival: ["Tbilisi", "Yerevan"],
      date: "2025-03-06",
    },
  },
  {
    id: "d2-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Returnees from U.S. land in Ulaanbaatar",
    published: "2025-10-22",
    text: `ULAANBAATAR — Mongolian citizens deported from the United States were repatriated aboard a chartered jet on Monday, the Ministry of Foreign Affairs said in a brief statement posted to its website.

The statement did not say how many people were on the aircraft, which departed from Boeing Field in Seattle and refuelled in Anchorage before landing at Chinggis Khaan International Airport, about 50 kilometres south of the Mongolian capital, Ulaanbaatar.

Consular officials had met with the detainees at facilities in Washington state and Colorado in September, the ministry said, to confirm their identities and issue emergency travel documents.

In a later briefing, a ministry spokesman said the group of 23 included four women. He said all had been examined by doctors on arrival and that none required hospital treatment.

The number of Mongolians living in the United States, many in Chicago, Denver and the San Francisco Bay Area, has grown sharply over the past fifteen years. Community groups in the US say many entered on visitor or student visas and overstayed.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MN"],
      people: { value: 23, approx: false },
      departure: ["Boeing Field"],
      arrival: ["Chinggis Khaan International Airport"],
      date: "2025-10-20",
    },
  },
  {
    id: "d2-en-004",
    lang: "en",
    style: "us-local",
    title: "Workers detained in Georgia plant raid put on a plane to Seoul",
    published: "2024-11-29",
    text: `ATLANTA — Thirty-one South Korean nationals detained during an immigration sweep at a battery components plant in southeast Georgia were flown out of the country on Wednesday, their attorneys said.

The men were taken by bus from the Stewart Detention Center in Lumpkin to Hartsfield-Jackson Atlanta International Airport, where they were put on a plane chartered by U.S. officials. The flight landed at Incheon International Airport on Thursday local time, South Korea's Foreign Ministry said.

Lawyers for several of the workers said their clients had been sent to the plant by a subcontractor on business visas and had been told the paperwork allowed them to install equipment. "They believed they were here legally," said attorney Grace Yoon, who represents six of the men.

Immigration and Customs Enforcement said in a statement that the workers "were removed pursuant to final orders" and that the agency "will continue to enforce the law at worksites across the state."

The plant's owner said it was reviewing its hiring practices. Seoul has asked Washington to create a dedicated visa category for technicians sent to build factories in the United States.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KR"],
      people: { value: 31, approx: false },
      departure: ["Hartsfield-Jackson Atlanta International Airport"],
      arrival: ["Incheon International Airport"],
      date: "2024-11-27",
    },
  },
  {
    id: "d2-en-005",
    lang: "en",
    style: "wire",
    title: "Panama receives a planeload of deportees from Asia and Africa",
    published: "2025-02-18",
    text: `PANAMA CITY — For years, Panama's relationship with migration was defined by the Darién, the roadless jungle on its border with Colombia through which more than half a million people passed in 2023 alone on their way north. Panamanian officials grew used to counting arrivals at the reception camps in Lajas Blancas and San Vicente.

Since January, the traffic has changed direction. With crossings at the US border at historic lows and the Trump administration pressing governments across the region to help with removals, Panama agreed during a visit by the US secretary of state to act as a staging point for deportees from countries that are far away or slow to issue travel documents.

A planeload of 119 migrants expelled by the United States arrived at Tocumen International Airport on Saturday, Panama's Security Ministry said, the first flight under an arrangement in which the Central American country serves as a bridge for people Washington cannot easily send home.

The deportees, nationals of Nepal, Iran, Uzbekistan, Cameroon and Afghanistan, were taken by bus to a hotel in the capital, where they are being held under police guard until flights to their home countries can be arranged, officials said.

"Panama is not a detention centre for the United States," President José Raúl Mulino said at his weekly news conference, while defending the deal as a way to keep cooperation with Washington on track. The cost of onward travel will be borne by the US government, he said.

Human rights lawyers in Panama said several of those on board, including Iranian Christians and Afghans who had worked with US forces, feared persecution if returned. The UN refugee agency said it had asked for access to the group.

Panama's migration service said a second flight was expected later in the month but gave no details.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["NP", "IR", "UZ", "CM", "AF"],
      people: { value: 119, approx: false },
      arrival: ["Tocumen International Airport"],
      date: "2025-02-15",
    },
  },
  {
    id: "d2-en-006",
    lang: "en",
    style: "wire",
    title: "Costa Rica takes in 135 migrants deported by Washington",
    published: "2025-04-25",
    text: `SAN JOSÉ — Costa Rica on Thursday received 135 people sent from the United States, among them dozens of children, in the country's first experience as a transit point for third-country removals.

The passengers were handed over to Costa Rican migration officers at Juan Santamaría International Airport after a flight from San Diego. Officials said they came from China, Afghanistan, Russia and Ghana, and that most had crossed into the US from Mexico in recent months.

From the airport the group was taken by bus to a temporary migrant centre near the Panamanian border, a journey of about eight hours. The International Organization for Migration will help arrange their return home, the government said.

Vice Minister Omer Badilla said Costa Rica had agreed to the transfer "as a gesture of cooperation" and that Washington would cover all costs. Critics in the Legislative Assembly said the government had not published the terms of the agreement.

Parents among the group told local reporters they had not been allowed to see a judge before being flown out.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "AF", "RU", "GH"],
      people: { value: 135, approx: false },
      departure: ["San Diego"],
      arrival: ["Juan Santamaría International Airport"],
      date: "2025-04-24",
    },
  },
  {
    id: "d2-en-007",
    lang: "en",
    style: "wire",
    title: "Five men deported to Eswatini held in isolation, government says",
    published: "2025-07-17",
    text: `MBABANE — Five men deported by the United States arrived in Eswatini on Tuesday and are being held in isolation units at a correctional facility, a government spokesperson said, adding that the kingdom intends to send them on to their own countries "in due course".

The men, from Vietnam, Jamaica, Laos, Cuba and Yemen, were described by the Department of Homeland Security as convicted criminals "so uniquely barbaric that their home countries refused to take them back". Their plane landed at King Mswati III International Airport, east of the capital.

Eswatini's acting government spokesperson, Thabile Mdluli, said the arrangement followed "months of robust high-level engagements" with Washington, but declined to say what the country would receive in return.

Civil society groups in the absolute monarchy, Africa's last, said they had not been consulted and questioned whether the country had the facilities to hold foreign prisoners. A lawyer for one of the men said his client had completed his sentence in the US years ago.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "JM", "LA", "CU", "YE"],
      people: { value: 5, approx: false },
      arrival: ["King Mswati III International Airport"],
      date: "2025-07-15",
    },
  },
  {
    id: "d2-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "Fourteen West Africans flown to Accra under new U.S. arrangement",
    published: "2025-09-03",
    text: `ACCRA — Fourteen West Africans removed from the United States arrived at Kotoka International Airport on Friday, Ghana's foreign minister said, confirming for the first time that the country had agreed to accept non-Ghanaians deported by American immigration authorities.

Minister Samuel Okudzeto Ablakwa told reporters that the group, Nigerians and a Gambian, would be helped to travel home by road. "We are all ECOWAS citizens; they do not need visas to come here," he said, describing the arrangement as one between neighbours.

The government said it had accepted the transfer on humanitarian grounds and that it had received no payment. The minority in parliament demanded that the agreement be laid before the house.

Lawyers in the United States said at least four of the group had been granted protection from return to their home countries by immigration judges, and accused the Trump administration of using Ghana to get around those orders. The Department of Homeland Security did not comment.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM"],
      people: { value: 14, approx: false },
      arrival: ["Kotoka International Airport"],
      date: "2025-08-29",
    },
  },
  {
    id: "d2-en-009",
    lang: "en",
    style: "wire",
    title: "Rwanda agrees to take up to 250 migrants removed from the United States",
    published: "2025-08-09",
    text: `KIGALI — Rwanda will accept up to 250 migrants deported from the United States, a government spokeswoman said on Tuesday, making the East African nation the latest to sign on to the Trump administration's push to send people to countries other than their own.

Yolande Makolo said Rwanda would have the right to approve each person proposed for resettlement and that those accepted would receive workforce training, health care and accommodation. "Nearly every Rwandan family has known the hardship of displacement," she said.

No date has been given for the first transfers. The agreement was signed in Kigali in June, according to a Rwandan official who was not authorised to speak publicly.

Rwanda previously agreed to receive asylum seekers from Britain under a plan that was struck down by the UK Supreme Court and later scrapped by the Labour government. Some of the money paid by London under that deal was never returned.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["RW"],
      people: null,
      date: "2025-08-05",
    },
  },
  {
    id: "d2-en-010",
    lang: "en",
    style: "wire",
    title: "Mauritania signs memorandum to take back nationals ordered removed",
    published: "2026-01-16",
    text: `NOUAKCHOTT — Mauritania signed a memorandum on Wednesday to take back its nationals who have been ordered removed from the United States, ending months of friction in which Washington threatened visa restrictions on Mauritanian officials.

Under the agreement, the West African country's embassy will issue travel documents within 30 days of a request and accept charter flights into Nouakchott, according to a copy seen by reporters. In exchange, the US will fund a reintegration programme run with the International Organization for Migration.

Mauritanians became one of the largest African groups crossing the US southern border in 2023, many of them flying to Nicaragua and travelling north by land. Community leaders in Ohio, where thousands have settled around Columbus and Cincinnati, said the deal had spread fear.

"People here came because of slavery and discrimination at home," said Oumar Ly, who runs a community association in Columbus. "Now the government is making it easier to send them back."`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MR"],
      people: null,
      date: "2026-01-14",
    },
  },
  {
    id: "d2-en-011",
    lang: "en",
    style: "wire",
    title: "Freetown stops accepting U.S. charter flights, officials say",
    published: "2019-05-23",
    text: `FREETOWN — Sierra Leone has stopped accepting deportation charters from the United States until Washington agrees to give more notice and allow consular interviews, two officials in the foreign ministry said.

The decision was communicated to the US embassy on Monday, one of the officials said. It came days after a flight carrying Sierra Leoneans was cancelled at short notice, and amid a dispute over the visa sanctions the State Department imposed on some Sierra Leonean officials in 2017 for failing to cooperate on removals.

Sierra Leone will still take back citizens returned individually on commercial flights, the officials said. "We are not refusing our people. We are refusing to be treated like a warehouse," one of them said.

The US embassy said it did not comment on diplomatic communications. An Immigration and Customs Enforcement spokesman said about 70 Sierra Leoneans were in custody with final orders of removal.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SL"],
      people: null,
      date: "2019-05-20",
    },
  },
  {
    id: "d2-en-012",
    lang: "en",
    style: "us-local",
    title: "Three removal flights leave Alexandria in a single day",
    published: "2020-07-02",
    text: `ALEXANDRIA, La. — Three removal flights left from Alexandria International Airport on Tuesday, carrying roughly 400 people in all to Peru, Ecuador and Senegal, according to flight tracking data and immigration advocates who monitor the airport.

The hub in central Louisiana, where ICE leases space next to the terminal, has become one of the busiest points in the country for such flights. Detainees arrive by bus from facilities across the state — Jena, Pine Prairie, Basile — and are walked across the tarmac in handcuffs and leg shackles.

The first plane landed in Lima shortly after noon. A second touched down in Guayaquil, Ecuador's largest city. The third, a longer flight with a fuel stop in Cape Verde, reached Blaise Diagne International Airport, outside Dakar, early the next morning.

Advocates have raised concerns about the flights during the coronavirus pandemic, saying several deportees have later tested positive in their home countries. ICE says all detainees are screened before boarding.

"We see the buses come in, and we know what's about to happen," said Mary Broussard, a volunteer with a local faith group that watches the flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE", "EC", "SN"],
      people: { value: 400, approx: true },
      departure: ["Alexandria International Airport"],
      arrival: ["Lima", "Guayaquil", "Blaise Diagne International Airport"],
      date: "2020-06-30",
    },
  },
  {
    id: "d2-en-013",
    lang: "en",
    style: "receiving-country-local",
    title: "Congolese returnees from America received at N'djili",
    published: "2025-12-11",
    text: `KINSHASA — A charter flight carrying Congolese citizens removed from the United States landed at N'djili International Airport on Friday, the Directorate General of Migration said.

Officials from the DGM and the Ministry of Social Affairs met the passengers on the tarmac. Several said they had lived in the United States for more than ten years, in Texas, Maine and Ohio, and had children who remained there.

Caption: Some of the 44 passengers — 38 bound for Kinshasa and six for Brazzaville — wait at N'djili before the plane crossed the river.

After the stop in Kinshasa, the aircraft flew the short distance across the Congo River to Maya-Maya airport in Brazzaville, where the six citizens of the Republic of Congo disembarked, an airport source there said.

The DGM said returnees would be allowed to go home after identity checks and would be offered help through a programme run with the International Organization for Migration. A returnee who gave his name only as Patrick said he had been detained for eight months in Louisiana. "I have nothing here now. My life was there," he said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CD", "CG"],
      people: { value: 44, approx: false },
      arrival: ["N'djili International Airport", "Maya-Maya"],
      date: "2025-12-05",
    },
  },
  {
    id: "d2-en-014",
    lang: "en",
    style: "wire",
    title: "Guineans and Ivorians returned home aboard U.S. charter",
    published: "2021-03-19",
    text: `CONAKRY — Forty-three Guineans and Ivorians returned home aboard a charter flight from the United States on Wednesday, officials in both countries said, the first such flight to West Africa since President Joe Biden took office promising to review deportation policy.

The plane, which departed from Miami, stopped first in Conakry, where 29 Guinean nationals disembarked, and then flew on to Abidjan, the Ivorian Foreign Ministry said.

Guinea's Ministry of Guineans Abroad said the returnees were given a meal and transport money. Relatives waited outside the airport for hours.

Immigrant rights groups in New York, where many West Africans live, had urged the new administration to halt the flight, arguing that the coronavirus pandemic made travel and detention dangerous. ICE said it continued to prioritise people who posed threats to public safety.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GN", "CI"],
      people: { value: 43, approx: false },
      departure: ["Miami"],
      arrival: ["Conakry", "Abidjan"],
      date: "2021-03-17",
    },
  },
  {
    id: "d2-en-015",
    lang: "en",
    style: "receiving-country-local",
    title: "Vietnamese deportees arrive at Tan Son Nhat as Hanoi softens stance",
    published: "2019-06-10",
    text: `HO CHI MINH CITY — Sixty-four Vietnamese citizens were put on a plane by American immigration authorities in May and flown to Tan Son Nhat International Airport, the Ministry of Public Security said, in one of the largest such returns since the two countries signed a repatriation agreement in 2008.

Vietnam has long insisted that the 2008 agreement does not cover people who arrived in the United States before the normalisation of relations in July 1995. The returnees in May all arrived after that date, the ministry said.

In the past, Hanoi has accepted only a handful of deportees each year, frustrating officials in Washington, who in 2017 began pressing Vietnam to take back thousands of older immigrants, many of them refugees from the war era with criminal convictions.

Community leaders in Orange County, California, home to the largest Vietnamese population outside Vietnam, said they feared the May flight signalled a broader change.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 64, approx: false },
      arrival: ["Tan Son Nhat International Airport"],
      date: "2019-05",
    },
  },
  {
    id: "d2-en-016",
    lang: "en",
    style: "wire",
    title: "Rare removal flight to Tonga and Samoa scheduled for next week",
    published: "2026-02-20",
    text: `NUKU'ALOFA — The United States plans to send about 30 people back to Tonga and Samoa on a charter flight next Tuesday, officials in both Pacific nations said, in what would be the first dedicated removal flight to the region in several years.

Most of those on the flight are Tongan, according to Tonga's Ministry of Foreign Affairs, which said it had been notified by US officials this week. The aircraft is scheduled to leave Los Angeles, land at Fua'amotu International Airport and continue to Apia.

Pacific governments have long been uneasy about deportees from the United States, New Zealand and Australia, many of whom left as children and have few links to the islands. Police in Nuku'alofa have in the past blamed returnees for a rise in organised crime.

Tonga's police commissioner said officers would meet the flight and that returnees with criminal records would be required to report weekly.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["TO", "WS"],
      people: { value: 30, approx: true },
      departure: ["Los Angeles"],
      arrival: ["Fua'amotu International Airport", "Apia"],
      date: "2026-02-24",
    },
  },
  {
    id: "d2-en-017",
    lang: "en",
    style: "wire",
    title: "Judge orders deportation plane turned around; it lands in Honduras anyway",
    published: "2025-10-04",
    text: `A federal judge in Boston on Thursday ordered the government to turn around a plane carrying Honduran deportees, but the aircraft had already landed by the time the order was issued, according to court filings and Honduran officials.

U.S. District Judge Maria Sorokin said the administration had removed at least two of the passengers in violation of an earlier order barring their deportation while their cases were pending. Government lawyers told the court the flight had departed from Harlingen, Texas, at 9:40 a.m. and that "it was not practicable" to recall it.

The aircraft landed at Ramón Villeda Morales International Airport in San Pedro Sula with 128 people aboard, Honduras' National Migration Institute said. Returnees were processed at the centre for returned migrants next to the airport.

The judge ordered the government to file a declaration by Monday explaining what steps it would take to bring the two men back to the United States.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 128, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Ramón Villeda Morales International Airport"],
      date: "2025-10-02",
    },
  },
  {
    id: "d2-en-018",
    lang: "en",
    style: "near-miss",
    title: "Senators grill ICE over cost of deportation flights",
    published: "2025-11-05",
    text: `WASHINGTON — Democrats on the Senate Homeland Security Committee pressed the acting director of Immigration and Customs Enforcement on Wednesday over the rising cost of removal flights, which they said had more than doubled since January.

Senator Gary Peters cited internal figures showing the agency had operated more than 1,600 removal flights in the fiscal year, to destinations including Guatemala, Honduras, Ecuador, India and Uzbekistan. A single charter to Africa, he said, could cost more than $600,000, while a planeload of 135 people to Central America cost about $110,000.

"Taxpayers deserve to know why we are flying military aircraft to Guatemala City when a commercial charter costs a fraction of the price," Peters said.

The acting director said the agency chose aircraft based on availability and security, and that the number of people with final removal orders — about 1.4 million — meant that flights would continue at current levels. He declined to discuss specific upcoming flights, citing operational security.

Republicans on the committee defended the spending, saying the administration was enforcing laws that previous governments had ignored.`,
    expect: { relevant: false },
  },
  {
    id: "d2-en-019",
    lang: "en",
    style: "near-miss",
    title: "Low-cost carrier signs contract to fly ICE detainees from Mesa",
    published: "2025-01-31",
    text: `MESA, Ariz. — A low-cost airline that built its business on flights to smaller leisure destinations has signed a contract to operate removal flights for Immigration and Customs Enforcement from a new base at Phoenix-Mesa Gateway Airport, the company said on Friday.

The carrier will station three Boeing 737s in Mesa beginning in the spring, flying detainees to destinations the government designates, chief executive Andrew Levy said in a message to staff. He said the contract would provide "stable year-round revenue" as the company works to return to profitability.

The company did not say how many flights it expected to operate. ICE flights already leave Mesa several times a week for Guatemala, Honduras and El Salvador, according to advocates who track them.

The decision drew an immediate backlash online, and a petition calling on customers to boycott the airline gathered more than 20,000 signatures in a day. The flight attendants' union said it had not been consulted.`,
    expect: { relevant: false },
  },
  {
    id: "d2-en-020",
    lang: "en",
    style: "near-miss",
    title: "Flight attendants' union complains of conditions on deportation charters",
    published: "2025-07-26",
    text: `The union representing flight attendants at a charter airline that flies deportees for the federal government filed a complaint on Saturday with the Federal Aviation Administration, saying crews were being scheduled for duty periods that broke federal rest rules.

The Association of Flight Attendants said members working removal flights were routinely kept on duty for more than 16 hours on multi-stop trips through Central and South America, with no access to proper rest facilities during turnarounds in cities such as Guatemala City, Tegucigalpa and Bogotá.

The complaint also said attendants had been asked to serve meals to passengers who remained shackled at the wrists and ankles, and that crews had not been trained in what to do in an emergency evacuation with restrained passengers.

"Our members did not sign up to be jailers," union president Sara Nelson said.

The airline said it complied with all FAA regulations and that security on board was the responsibility of government contractors. ICE referred questions to the airline.`,
    expect: { relevant: false },
  },
  {
    id: "d2-en-021",
    lang: "en",
    style: "near-miss",
    title: "Hundreds sent back across the bridge at Nogales each day",
    published: "2023-09-08",
    text: `NOGALES, Ariz. — Every morning before sunrise, Border Patrol buses pull up to the DeConcini port of entry, and the group of 58 men and women inside are walked through a metal gate and handed over to Mexican immigration officers on the other side.

It is one of the least visible parts of the US removal system. Unlike the charter flights that carry Central Americans home from Texas and Louisiana, most Mexicans are sent packing by land, often within hours of their arrest.

On a recent Thursday, the Kino Border Initiative, a shelter just south of the line, served breakfast to about 200 people expelled overnight. Many had been caught in the desert near Sasabe; some said they had lived in Phoenix for years before a traffic stop.

Mexican officials in Sonora say the flow of returnees has strained shelters and public services. A federal programme offers bus tickets home to the interior of Mexico, but many people stay near the border hoping to cross again.`,
    expect: { relevant: false },
  },
  {
    id: "d2-en-022",
    lang: "en",
    style: "near-miss",
    title: "Twelve killed as plane crashes on approach to Toncontín",
    published: "2025-04-02",
    text: `TEGUCIGALPA — A twin-engine plane crashed on approach to Toncontín International Airport on Tuesday evening, killing 12 of the 14 people aboard, Honduras' civil aviation agency said.

The aircraft, operated by a regional airline, was arriving from Roatán in heavy rain when it clipped a hillside about two kilometres from the runway, officials said. Two passengers were taken to hospital with serious injuries.

Toncontín, set in a valley ringed by mountains, is regarded by pilots as one of the most challenging airports in the Americas. International airlines moved most of their flights to Palmerola, north of the Honduran capital, after it opened in 2021, though some charter traffic, including removal flights from the United States, still lands at the older airport.

President Xiomara Castro declared three days of national mourning. The national transport safety board said it would work with the aircraft's manufacturer to determine the cause.`,
    expect: { relevant: false },
  },
  {
    id: "d2-en-023",
    lang: "en",
    style: "near-miss",
    title: "In Guatemala, a programme helps deportees put their skills to work",
    published: "2024-10-10",
    text: `QUETZALTENANGO, Guatemala — Erwin Ajpop spent eleven years framing houses in North Carolina before he was deported. Now he teaches carpentry to teenagers at a training centre in the western highlands, under a programme that matches returned migrants with employers who need the skills they learned abroad.

The programme, run by the government's migrant affairs office with funding from foreign donors, has placed about 1,900 people in jobs since it began two years ago, its director said. It offers certification for construction, English-language call centre work and cooking.

Guatemala received more than 60,000 deportees last year, most of them on charter flights from the United States that land at the air force base next to the capital's airport. Officials say the stigma of deportation makes it hard for returnees to find work, and that many try to migrate again within months.

"They come back with knowledge, not only with debts," the director said. "Our job is to make sure that knowledge is not wasted."

Ajpop said he still thinks about going north. "My daughter is there. But here, at least, I am useful."`,
    expect: { relevant: false },
  },
  {
    id: "d2-en-024",
    lang: "en",
    style: "near-miss",
    title: "Japan charters plane to deport 44 Sri Lankans",
    published: "2026-03-12",
    text: `TOKYO — Japan's Immigration Services Agency chartered a plane to deport 44 Sri Lankans on Thursday, the largest group removal the country has carried out, as the government pushes to cut the number of foreigners who remain after their visas expire.

The flight left Narita airport in the morning and landed in Colombo in the evening, an agency official said. Immigration officers escorted the deportees, who had all been refused refugee status or had overstayed work visas.

Japan has used chartered flights for removals only a handful of times, mostly to the Philippines, Vietnam and Sri Lanka. The justice ministry announced last year a plan to halve the number of people living in the country without status by 2030.

The death of a Sri Lankan woman, Wishma Sandamali, in a Nagoya detention facility in 2021 led to widespread criticism of the immigration system and remains a sensitive issue in relations between the two countries.`,
    expect: { relevant: false },
  },
  {
    id: "d2-es-001",
    lang: "es",
    style: "receiving-country-local",
    title: "Setenta y dos hondureños arribaron repatriados a la capital",
    published: "2025-01-24",
    text: `TEGUCIGALPA — La llegada de hondureños retornados desde el norte se ha vuelto parte de la rutina de la capital hondureña. Cada semana, las familias se agolpan frente a la verja del Centro de Atención al Migrante Retornado con carteles escritos a mano y bolsas con ropa limpia.

El Gobierno ha insistido en que el país "está preparado" para recibir a sus connacionales, aunque organizaciones de sociedad civil advierten que los albergues están al límite y que el bono de reinserción, de unos 100 dólares, apenas alcanza para el pasaje de regreso a los departamentos del occidente.

El pasado jueves, setenta y dos hondureños arribaron repatriados en un vuelo fletado por autoridades estadounidenses que despegó desde Alexandria, Luisiana, y aterrizó a media tarde en Toncontín. Entre ellos venían nueve mujeres y cuatro menores de edad acompañados por sus madres, según el Instituto Nacional de Migración.

La viceministra de Asuntos Consulares, Antonia Zelaya, explicó que los retornados recibieron atención médica, un refrigerio y orientación sobre programas de empleo. "Nadie sale de aquí sin saber a dónde acudir", aseguró.

Varios de los recién llegados contaron que habían sido detenidos en redadas en Houston y Nueva Orleans. Uno de ellos, originario de Olancho, dijo que llevaba siete años trabajando en la construcción y que dejó a dos hijos nacidos en Estados Unidos.

En lo que va del año, Honduras ha recibido más de 4.000 retornados por vía aérea, de acuerdo con cifras oficiales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 72, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Toncontín"],
      date: "2025-01-23",
    },
  },
  {
    id: "d2-es-002",
    lang: "es",
    style: "receiving-country-local",
    title: "Dos vuelos con guatemaltecos retornados llegan en un mismo día",
    published: "2025-02-06",
    text: `GUATEMALA — Este jueves fueron devueltos al país 268 guatemaltecos en dos vuelos procedentes de Estados Unidos, informó el Instituto Guatemalteco de Migración (IGM).

La primera aeronave salió de Brownsville, Texas, y la segunda de Mesa, Arizona. Ambas aterrizaron en la terminal de la Fuerza Aérea Guatemalteca, contigua al aeropuerto capitalino La Aurora, donde los retornados fueron recibidos por personal del IGM, de la Secretaría de Bienestar Social y de la Procuraduría de los Derechos Humanos.

Según el desglose oficial, en los vuelos venían 231 hombres y 37 mujeres. No se reportaron menores no acompañados.

Las autoridades recordaron que el programa "Guatemala te abraza" ofrece a los retornados transporte a sus departamentos de origen, una tarjeta con saldo para alimentos y asesoría para buscar empleo.

El presidente Bernardo Arévalo ha dicho que el país recibirá "con dignidad" a todos los connacionales y que mantiene diálogo con el gobierno de Trump para que los vuelos se programen con anticipación.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 268, approx: false },
      departure: ["Brownsville, Texas", "Mesa, Arizona"],
      arrival: ["La Aurora"],
      date: "2025-02-06",
    },
  },
  {
    id: "d2-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Washington acusa a Managua de bloquear los vuelos de deportación",
    published: "2025-05-15",
    text: `MIAMI — El Departamento de Estado denunció el lunes que el gobierno de Nicaragua ha puesto trabas a la recepción de sus ciudadanos deportados desde Estados Unidos, al negar en las últimas semanas los permisos de aterrizaje de al menos tres vuelos fletados por el Servicio de Inmigración y Control de Aduanas (ICE).

Según un portavoz del Departamento, el régimen de Daniel Ortega y Rosario Murillo "exige condiciones que ningún otro país de la región impone", como listas con semanas de antelación y la exclusión de opositores políticos que, según Managua, "perdieron la nacionalidad".

La administración estadounidense advirtió que podría restringir visados a funcionarios nicaragüenses si la situación no cambia. Nicaragua no respondió a las solicitudes de comentario.

Miles de nicaragüenses emigraron a Estados Unidos desde la represión de las protestas de 2018; muchos entraron con el programa de permiso humanitario que el gobierno de Trump canceló este año.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["NI"],
      people: null,
      date: "2025-05-12",
    },
  },
  {
    id: "d2-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Colombia condiciona la recepción de deportados y luego autoriza los vuelos",
    published: "2024-08-22",
    text: `BOGOTÁ — El gobierno colombiano autorizó el aterrizaje de los vuelos de deportación procedentes de Estados Unidos tras recibir garantías de que los connacionales viajarán sin esposas, anunció el miércoles la Cancillería.

Durante casi dos semanas, Colombia condicionó la recepción de los aviones a un protocolo de "trato digno" que incluía la presencia de funcionarios de Migración Colombia en la pista y la entrega previa de la lista de pasajeros. Dos vuelos previstos para El Dorado fueron aplazados mientras duró la negociación.

"No recibimos delincuentes, recibimos colombianos", dijo el canciller en una rueda de prensa en el Palacio de San Carlos. Añadió que las autoridades estadounidenses aceptaron retirar las restricciones físicas antes del despegue.

Según cifras oficiales, más de 14.000 colombianos han sido deportados por vía aérea desde Estados Unidos en lo que va del año.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CO"],
      people: null,
      date: "2024-08-21",
    },
  },
  {
    id: "d2-es-005",
    lang: "es",
    style: "receiving-country-local",
    title: "Llega a Viru Viru el primer vuelo con bolivianos deportados",
    published: "2025-06-27",
    text: `SANTA CRUZ — Con 72 personas a bordo, aterrizó el miércoles 25 de junio en el aeropuerto internacional Viru Viru el primer vuelo fletado por el gobierno de Estados Unidos para trasladar a ciudadanos bolivianos con órdenes de deportación.

La Dirección General de Migración precisó que el contingente estaba conformado por 58 hombres y 14 mujeres, la mayoría procedentes de Cochabamba y Santa Cruz, que habían sido detenidos en Virginia, Maryland y Texas.

Tras los controles migratorios y sanitarios, los deportados fueron trasladados a un ambiente del aeropuerto donde los esperaban sus familiares. Algunos salieron con el rostro cubierto; otros se abrazaron largo rato con sus madres.

Hasta ahora, los bolivianos expulsados de Estados Unidos regresaban de forma individual en vuelos comerciales. El Ministerio de Relaciones Exteriores dijo que fue notificado del operativo con diez días de anticipación.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      people: { value: 72, approx: false },
      arrival: ["Viru Viru"],
      date: "2025-06-25",
    },
  },
  {
    id: "d2-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Venezuela suspende la recepción de vuelos con repatriados",
    published: "2025-10-17",
    text: `CARACAS — El gobierno venezolano suspendió temporalmente la recepción de los vuelos de repatriación procedentes de Estados Unidos, anunció el martes el presidente de la Asamblea Nacional, Jorge Rodríguez, en respuesta a los ataques militares estadounidenses contra embarcaciones en el Caribe.

Rodríguez afirmó que el plan "Vuelta a la Patria" seguirá trayendo a venezolanos desde otros países, pero que los aviones de la aerolínea estatal Conviasa no volverán a Harlingen, Texas, "hasta que cese la agresión".

Desde febrero, más de 13.000 venezolanos han regresado en vuelos directos desde Estados Unidos, según cifras del gobierno de Caracas, la mayoría con escala en el aeropuerto de Maiquetía.

Washington no comentó de inmediato el anuncio. Analistas señalaron que la suspensión deja en el limbo a miles de venezolanos detenidos en centros del ICE con órdenes finales de deportación.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      date: "2025-10-14",
    },
  },
  {
    id: "d2-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: "Aterriza en Villahermosa vuelo con migrantes de otras nacionalidades enviados desde EU",
    published: "2023-04-12",
    text: `VILLAHERMOSA — Un avión con ciento doce migrantes cubanos, haitianos y venezolanos enviados de vuelta por el gobierno de Estados Unidos aterrizó el lunes 10 de abril en el aeropuerto internacional Carlos Rovirosa Pérez, confirmó el Instituto Nacional de Migración (INM).

Se trata de personas que cruzaron de manera irregular a territorio estadounidense y que, bajo un acuerdo entre ambos gobiernos, pueden ser devueltas a México cuando sus países de origen no las reciben con rapidez.

El INM indicó que los extranjeros fueron trasladados en autobuses a la estación migratoria de la ciudad, donde se les ofreció un permiso temporal o el retorno asistido. Organizaciones de defensa de migrantes en Tabasco criticaron que se les traslade lejos de la frontera norte, donde muchos tienen citas pendientes para solicitar asilo.

La Secretaría de Relaciones Exteriores aseguró que México recibe a estas personas "por razones humanitarias".`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      nationalities: ["CU", "HT", "VE"],
      people: { value: 112, approx: false },
      arrival: ["Carlos Rovirosa Pérez"],
      date: "2023-04-10",
    },
  },
  {
    id: "d2-es-008",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay acepta recibir a deportados de terceros países, con condiciones",
    published: "2025-09-11",
    text: `ASUNCIÓN — Paraguay firmó el martes un acuerdo con Estados Unidos para recibir a solicitantes de asilo de otras nacionalidades que Washington no quiera procesar en su territorio, pero condicionó la recepción a que las personas no tengan antecedentes penales y a que su número sea acordado caso por caso.

El canciller Rubén Ramírez Lezcano explicó en conferencia de prensa que el país "no será un depósito" de migrantes y que cada traslado deberá contar con la aprobación previa de la Dirección General de Migraciones.

El acuerdo, que deberá ser ratificado por el Congreso, no establece una fecha para los primeros vuelos. Legisladores de la oposición cuestionaron que el Ejecutivo haya negociado el texto sin consultar al Parlamento.

Paraguay se suma así a otros países de la región, como Guatemala, Honduras y Panamá, que han aceptado acuerdos similares con la administración estadounidense.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      date: "2025-09-09",
    },
  },
  {
    id: "d2-es-009",
    lang: "es",
    style: "receiving-country-local",
    title: "Doce uruguayos entre los deportados de un vuelo con escalas en Guayaquil y Santiago",
    published: "2026-01-09",
    text: `MONTEVIDEO — Doce uruguayos deportados desde Estados Unidos llegaron en la noche del jueves al aeropuerto internacional de Carrasco, en la última etapa de un vuelo fletado por el Servicio de Inmigración y Control de Aduanas que recorrió buena parte de Sudamérica.

El avión, un Boeing 767 de Omni Air International, partió en la mañana del jueves desde Alexandria, Luisiana. Hizo una primera escala en Guayaquil, donde bajaron los pasajeros ecuatorianos, y una segunda en Santiago de Chile, donde descendieron ciudadanos chilenos, antes de aterrizar en Carrasco a las 23.40.

Según la Dirección Nacional de Migración, la aeronave llevaba 96 deportados en total al salir de Luisiana.

Los uruguayos fueron recibidos en una sala reservada por funcionarios de Cancillería y luego se reunieron con sus familias. Uno de ellos, de 31 años, contó que fue detenido en Nueva Jersey tras vencer su visa de turista.

Es la primera vez que un vuelo de deportación estadounidense llega a Uruguay; hasta ahora los expulsados regresaban en vuelos comerciales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC", "CL", "UY"],
      people: { value: 96, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Guayaquil", "Santiago de Chile", "Carrasco"],
      date: "2026-01-08",
    },
  },
  {
    id: "d2-es-010",
    lang: "es",
    style: "receiving-country-local",
    title: "Regresan a La Habana 41 migrantes irregulares desde EE.UU.",
    published: "2024-05-03",
    text: `LA HABANA — Un total de 41 migrantes irregulares regresaron deportados este jueves en un vuelo procedente de Estados Unidos que aterrizó en el aeropuerto internacional José Martí, informó el Ministerio del Interior.

Entre los retornados había 35 hombres y 6 mujeres. Tres de ellos fueron identificados como presuntos autores de delitos cometidos antes de salir del país y quedaron a disposición de las autoridades, según la nota oficial.

Con esta operación suman 12 los vuelos de devolución de este tipo en lo que va de año, en cumplimiento de los acuerdos migratorios vigentes entre ambos países, señaló el Minint.

La administración estadounidense reanudó los vuelos mensuales de deportación a Cuba en abril de 2023, tras una pausa de más de dos años por la pandemia.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 41, approx: false },
      arrival: ["José Martí"],
      date: "2024-05-02",
    },
  },
  {
    id: "d2-es-011",
    lang: "es",
    style: "receiving-country-local",
    title: "Reciben en Las Américas a unos 90 dominicanos deportados",
    published: "2025-12-19",
    text: `SANTO DOMINGO — Unos 90 dominicanos que fueron embarcados el miércoles en Newark, Nueva Jersey, llegaron en la tarde de ese mismo día al Aeropuerto Internacional de Las Américas, en un vuelo de deportación del gobierno estadounidense.

La Dirección General de Migración y la Dirección Nacional de Control de Drogas recibieron a los pasajeros en el área de carga del aeropuerto, donde fueron identificados y entrevistados. Las autoridades informaron que 17 de ellos tenían antecedentes penales en Estados Unidos, principalmente por delitos relacionados con drogas.

Los demás fueron entregados a sus familiares después de completar el registro.

El Ministerio de Relaciones Exteriores recordó que la República Dominicana recibe vuelos de este tipo de forma regular y que los retornados pueden acogerse al programa de reinserción del Consejo Nacional para las Comunidades Dominicanas en el Exterior.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 90, approx: true },
      departure: ["Newark, Nueva Jersey"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2025-12-17",
    },
  },
  {
    id: "d2-es-012",
    lang: "es",
    style: "spanish-outlet",
    title: "El gobierno de Trump prevé enviar otro vuelo de deportados a Ecuador la próxima semana",
    published: "2026-03-05",
    text: `QUITO — El gobierno de Trump prevé enviar el próximo martes 10 de marzo un nuevo vuelo con alrededor de 150 ecuatorianos deportados, informó la Cancillería ecuatoriana, que dijo haber sido notificada por la embajada de Estados Unidos.

La aeronave saldría de El Paso, Texas, y aterrizaría en el aeropuerto Cotopaxi de Latacunga, a unos 90 kilómetros al sur de la capital, que desde el año pasado concentra la recepción de estos vuelos.

El viceministro de Movilidad Humana explicó que en el aeropuerto se instalará un punto de atención con personal del Registro Civil, del Ministerio de Salud y de la Policía. "Queremos que cada persona salga con su documento de identidad y con información sobre empleo", dijo.

Ecuador es, después de los países de Centroamérica, uno de los principales destinos de los vuelos de deportación desde Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["EC"],
      people: { value: 150, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Latacunga"],
      date: "2026-03-10",
    },
  },
  {
    id: "d2-es-013",
    lang: "es",
    style: "receiving-country-local",
    title: "Retornados salvadoreños denuncian largas detenciones en Texas",
    published: "2025-08-21",
    text: `SAN LUIS TALPA, La Paz — La mañana comenzó con lluvia en la zona costera, y en el estacionamiento del aeropuerto un grupo de madres esperaba con paraguas y termos de café. Algunas llevaban más de un año sin ver a sus hijos. Vendedores de pupusas y de chips telefónicos se acercaban a los autos con la esperanza de hacer su primera venta del día.

En los últimos meses, la administración estadounidense ha intensificado las deportaciones hacia Centroamérica, y el gobierno del presidente Nayib Bukele ha mantenido una cooperación estrecha con Washington, que incluye la recepción de detenidos en el Centro de Confinamiento del Terrorismo. Organizaciones de derechos humanos han cuestionado ese acuerdo, mientras que el Ejecutivo lo presenta como una muestra de la confianza entre ambos gobiernos y como parte de su política de seguridad.

El pasado martes, los 97 pasajeros de un vuelo procedente de Estados Unidos regresaron deportados al Aeropuerto Internacional San Óscar Arnulfo Romero. La Dirección General de Migración y Extranjería informó que el avión había despegado de San Antonio, Texas.

Varios de los retornados contaron que pasaron entre cuatro y nueve meses en centros de detención en Texas antes de ser embarcados. "Nos trataban como si fuéramos criminales, y yo solo trabajaba en techos", dijo un hombre de 38 años, originario de Usulután.

Personal de la Dirección de Atención al Migrante entregó a cada persona un kit de higiene y una llamada telefónica gratuita.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 97, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Aeropuerto Internacional San Óscar Arnulfo Romero"],
      date: "2025-08-19",
    },
  },
  {
    id: "d2-es-014",
    lang: "es",
    style: "spanish-outlet",
    title: "Más de cien haitianos enviados de vuelta a Cabo Haitiano pese a la violencia",
    published: "2022-06-24",
    text: `PUERTO PRÍNCIPE — Más de cien haitianos fueron enviados de vuelta a su país el 22 de junio en un vuelo que partió de Miami y aterrizó en Cabo Haitiano, en el norte, según la Oficina Nacional de Migración.

Las autoridades estadounidenses han desviado algunos vuelos hacia esa ciudad porque la violencia de las pandillas alrededor de la capital vuelve riesgosos los traslados desde el aeropuerto Toussaint Louverture.

Organizaciones humanitarias pidieron suspender las deportaciones a Haití, donde el Programa Mundial de Alimentos estima que casi la mitad de la población padece hambre aguda. La Organización Internacional para las Migraciones entregó a los recién llegados comida, agua y un pequeño apoyo en efectivo.

Desde septiembre del año pasado, más de 25.000 haitianos han sido expulsados desde Estados Unidos por vía aérea, según cifras de la OIM.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 100, approx: true },
      departure: ["Miami"],
      arrival: ["Cabo Haitiano"],
      date: "2022-06-22",
    },
  },
  {
    id: "d2-es-015",
    lang: "es",
    style: "near-miss",
    title: "Por el puente Paso del Norte cruzan a diario cientos de mexicanos deportados",
    published: "2020-11-13",
    text: `CIUDAD JUÁREZ — Poco después de las seis de la mañana, una fila de hombres con cordones quitados de los zapatos cruza a pie el puente internacional Paso del Norte. Son mexicanos deportados por la Patrulla Fronteriza, entregados a agentes del Instituto Nacional de Migración en la línea divisoria.

Solo este jueves fueron devueltos por esta vía unos 320 connacionales, según la oficina de atención a repatriados del gobierno de Chihuahua, que les ofrece una constancia de repatriación, una llamada telefónica y un boleto de autobús.

A diferencia de los centroamericanos, que regresan en vuelos fletados por el ICE, los mexicanos son expulsados casi siempre por tierra, muchas veces pocas horas después de su detención. Con la pandemia, el número de devoluciones inmediatas bajo el Título 42 se disparó.

Albergues de la ciudad advierten que muchos de los repatriados no son de Chihuahua y se quedan en Juárez sin recursos, a la espera de intentar cruzar otra vez.`,
    expect: { relevant: false },
  },
  {
    id: "d2-es-016",
    lang: "es",
    style: "near-miss",
    title: "México retorna por vía aérea a 130 hondureños desde Villahermosa",
    published: "2025-07-03",
    text: `VILLAHERMOSA — El Instituto Nacional de Migración (INM) retornó este jueves a 130 ciudadanos hondureños en un vuelo que despegó del aeropuerto de Villahermosa con destino a San Pedro Sula, como parte de los operativos de "retorno asistido" que el gobierno mexicano realiza con sus vecinos del sur.

Los migrantes habían sido localizados en Tabasco, Chiapas y Veracruz en las últimas semanas, la mayoría viajando en tractocamiones rumbo a la frontera norte, informó el INM en un comunicado.

El aterrizaje en el aeropuerto Ramón Villeda Morales se produjo sin incidentes, y los retornados fueron atendidos en el Centro de Atención al Migrante Retornado, que también recibe los vuelos procedentes de Estados Unidos.

México ha incrementado este tipo de vuelos desde que la presión de Washington para contener los flujos migratorios se intensificó. Organizaciones defensoras acusan al INM de devolver a personas que buscaban protección internacional.`,
    expect: { relevant: false },
  },
  {
    id: "d2-es-017",
    lang: "es",
    style: "near-miss",
    title: "Taller de repostería da una segunda oportunidad a retornados en San Pedro Sula",
    published: "2024-02-16",
    text: `SAN PEDRO SULA — En una cocina prestada por una parroquia de la colonia Rivera Hernández, una docena de hombres y mujeres amasan pan dulce bajo la mirada de Marleny Castro, una chef que pasó quince años en restaurantes de Nueva Orleans antes de ser deportada.

El taller forma parte de un programa de reinserción financiado por la cooperación internacional que, desde 2022, ha capacitado a unas 800 personas retornadas en oficios como repostería, mecánica y soldadura, y les entrega capital semilla para abrir pequeños negocios.

Honduras recibió el año pasado a más de 50.000 retornados desde Estados Unidos y México, según el Observatorio Consular y Migratorio. Muchos llegan sin documentos, con deudas y con el estigma de haber sido "deportados".

"Aquí nadie pregunta por qué te regresaron, sino qué sabes hacer", dice Castro. Cuatro de sus alumnas ya venden pasteles por encargo a través de redes sociales.`,
    expect: { relevant: false },
  },
  {
    id: "d2-es-018",
    lang: "es",
    style: "near-miss",
    title: "Mueren cinco personas al desplomarse avioneta en Petén",
    published: "2021-08-27",
    text: `FLORES, Petén — Cinco personas murieron este jueves cuando una avioneta bimotor se desplomó poco después de despegar de una pista privada en Sayaxché, informó la Dirección General de Aeronáutica Civil.

La aeronave, con matrícula guatemalteca, tenía como destino el aeropuerto capitalino La Aurora, por donde también ingresan los vuelos con guatemaltecos retornados desde Estados Unidos. A bordo viajaban el piloto y cuatro pasajeros, todos originarios de la región, según los bomberos voluntarios.

Las autoridades no descartan que el mal tiempo haya influido en el accidente. El Ministerio Público abrió una investigación y la Policía Nacional Civil acordonó el área.

Es el segundo accidente aéreo en Petén en lo que va del año.`,
    expect: { relevant: false },
  },
  {
    id: "d2-es-019",
    lang: "es",
    style: "near-miss",
    title: "España fleta un avión para devolver a 58 migrantes a Mauritania",
    published: "2024-10-10",
    text: `MADRID — El Ministerio del Interior fletó este jueves un avión para devolver a Nuakchot a un grupo de 58 migrantes mauritanos que habían llegado en cayuco a Canarias durante el verano, informaron fuentes policiales.

El vuelo despegó de Gran Canaria escoltado por agentes de la Policía Nacional y con un observador del Defensor del Pueblo a bordo, en el marco del acuerdo de readmisión que España mantiene con Mauritania desde 2003.

Las llegadas irregulares a Canarias se han más que duplicado este año, y Mauritania se ha convertido en el principal punto de partida de las embarcaciones. La Unión Europea firmó en febrero un acuerdo de 210 millones de euros con Nuakchot para reforzar el control de sus costas.

ONG como la Comisión Española de Ayuda al Refugiado criticaron las devoluciones por la situación en la vecina región del Sahel.`,
    expect: { relevant: false },
  },
  {
    id: "d2-es-020",
    lang: "es",
    style: "near-miss",
    title: "Aerolínea lanza ruta directa entre San Salvador y Houston",
    published: "2025-05-30",
    text: `SAN SALVADOR — Una aerolínea de bajo costo inaugurará el 1 de julio una ruta directa entre el Aeropuerto Internacional San Óscar Arnulfo Romero y Houston, con cuatro frecuencias semanales, anunció este viernes la Comisión Ejecutiva Portuaria Autónoma.

La empresa estima transportar unos 90.000 pasajeros en el primer año, la mayoría salvadoreños residentes en Texas que visitan a sus familias. Houston es la ciudad estadounidense con la segunda mayor comunidad salvadoreña, después de Los Ángeles.

Hasta ahora, la mayoría de los vuelos que llegan desde Texas a la terminal son comerciales con escala o vuelos de deportación fletados por el gobierno estadounidense, que aterrizan varias veces por semana en una zona separada del aeropuerto.

El ministro de Turismo dijo que la nueva ruta "conecta a nuestra diáspora con su tierra" y que espera anunciar pronto otra conexión hacia Dallas.`,
    expect: { relevant: false },
  },
];
