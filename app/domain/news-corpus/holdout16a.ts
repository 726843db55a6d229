// Held-out news corpus no. 16 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT16A: CorpusArticle[] = [
  {
    id: "h16a-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "Second US deportation charter of the year lands at Norman Manley",
    published: "2025-03-01",
    text: `KINGSTON, Jamaica — A chartered jet carrying Jamaicans removed from the United States touched down at the Norman Manley International Airport on Thursday afternoon, the second such arrival of the year.

The aircraft taxied to a remote stand on the western side of the airfield, where officers of the Jamaica Constabulary Force and the Passport, Immigration and Citizenship Agency were waiting with two buses. The returnees were driven to a police facility in the Corporate Area for interviews, fingerprinting and checks for outstanding warrants.

A senior officer at the airport told the Harbour Street Courier that sixty-three people were on board, fifty-nine men and four women. "Some of them left this island as toddlers and are meeting it again as grown men in handcuffs," said the officer, who was not authorised to speak publicly.

The first US flight of 2025 arrived in January with 48 deportees, according to figures circulated by the Ministry of National Security at the time. Officials have said they expect the American charters roughly once a month, usually towards the end of the month.

Jamaica also continues to receive smaller numbers of nationals from the United Kingdom and Canada, most of them on scheduled commercial flights. A British government charter in 2024 brought home 40 men after a late court challenge cut its manifest.

Outside the processing centre on Thursday evening, a handful of relatives waited behind a chain-link fence. "Nobody from government called me. I saw a video on WhatsApp and I just came," said Pauline Gordon, who had travelled from Spanish Town to collect a nephew she had not seen in 22 years.

The charity Second Chance Homecoming said it had beds available for returnees with no family to receive them and would keep counsellors at the centre through the weekend.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 63, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport"],
      date: "2025-02-27",
    },
  },
  {
    id: "h16a-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Returnees from Florida processed at Cap-Haïtien airport as US removals continue",
    published: "2025-08-14",
    text: `CAP-HAÏTIEN — Haitian police in riot gear lined the tarmac on Wednesday as a US Immigration and Customs Enforcement charter rolled to a stop in Cap-Haïtien, the northern port city whose airport has become the country's main gateway since gang violence closed Port-au-Prince to most flights.

The plane had taken off from Miami shortly after dawn. Officials of the Office National de la Migration received the passengers in a tent beside the terminal, where each was handed a hygiene kit, a meal and a small cash allowance for the journey home.

An ONM official who declined to be named said more than 80 Haitian nationals were on the flight, including nine women and three people who had completed prison sentences in the United States. Those with criminal records will be interviewed by the judicial police before release, the official said.

The flight was the fourth to reach Cap-Haïtien since June. A charter in late July brought 61 people, and advocates in Florida say more are coming as temporary protections for Haitians wind down.

Haiti is absorbing returns from several directions at once. The neighbouring Dominican Republic said last week that it had expelled more than 30,000 Haitians through land border crossings in July alone, while the Turks and Caicos Islands and the Bahamas have kept up their own repatriation voyages and flights.

"They come back with nothing, into a country that cannot protect the people who never left," said Roselaure Jean-Baptiste, who runs a small reception programme for returnees in the north. "We give them a phone call home and a bus ticket. That is all we have."

Several of the deportees covered their faces with T-shirts as they walked to waiting vans. One man, who said he had lived in Orlando for six years, said he had no idea where he would sleep that night.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 80, approx: true },
      departure: ["Miami"],
      arrival: ["Cap-Haïtien"],
      date: "2025-08-13",
    },
  },
  {
    id: "h16a-en-003",
    lang: "en",
    style: "near-miss",
    title: "Britain's latest removal charter brings 38 Jamaicans to Kingston",
    published: "2025-09-18",
    text: `KINGSTON, Jamaica — Thirty-eight Jamaicans removed from the United Kingdom arrived at the Norman Manley International Airport on Wednesday morning aboard a charter flight arranged by the British Home Office, the Ministry of National Security has confirmed.

The aircraft left Birmingham late on Tuesday. The Home Office had originally listed 55 people for removal, but 17 were taken off the flight after lawyers lodged last-minute claims, several of them under modern slavery legislation.

Those who arrived, all but two of them men, were processed by the police and the Passport, Immigration and Citizenship Agency at a facility in St Andrew before being released to relatives. The ministry said eleven had served sentences for serious offences in Britain.

British officials describe the passengers on such flights as foreign national offenders. Campaigners in London say many left Jamaica as children and have few ties to the island. "We have a man on that plane who came to Britain at the age of four," said Yvonne Clarke of the Families Apart campaign.

The UK charters are separate from the removals Jamaica receives from the United States, which arrive roughly once a month on aircraft contracted by US Immigration and Customs Enforcement and are generally larger. Canada also returns a smaller number of Jamaicans each year on commercial airlines.

The Ministry of National Security said it would continue to work with the British High Commission on reintegration support. A reception programme paid for by the UK gives returnees a small grant, two weeks of accommodation and help obtaining identity documents.

Relatives waiting outside the processing centre were kept back by police as the returnees left in vans with tinted windows.`,
    expect: { relevant: false },
  },
  {
    id: "h16a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Eswatini confirms third group of deportees from US, all foreign nationals",
    published: "2025-11-04",
    text: `MBABANE — A US government aircraft carrying men deported from the United States landed at King Mswati III International Airport on Sunday, the government confirmed on Tuesday, making Eswatini one of the few countries to have accepted repeated transfers of people who are not its citizens.

In a brief statement, acting government spokesperson Nomvula Shongwe said seven men had arrived and had been taken to a "secure facility" where they would stay "until their onward return can be arranged". She said none of them was a Swazi national.

According to a US-based attorney who represents two of the men, the group is made up of two Vietnamese nationals, two Cambodians, and one man each from Cuba, Yemen and Laos. "My client learned where he was going when the plane's door opened," the attorney, Mark Ellery, said by telephone from California.

The kingdom took in five men in July and a further ten in early October under an arrangement with Washington whose terms have never been published. Local human rights lawyers have asked the High Court in Mbabane to declare the deal unlawful; the case is due to be heard next month.

Elsewhere on the continent, South Sudan, Rwanda and Ghana have each received people removed from the United States who were not their own nationals, while Nigeria has publicly refused to do so.

Opposition figures in Eswatini say the government has given no account of what it received in return. "We are told these are dangerous men, and in the same breath we are told it is none of our business," said Sipho Magagula of the Lubombo Democratic Forum, a pro-democracy group.

The US Department of Homeland Security did not respond to a request for comment on Tuesday.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "KH", "CU", "YE", "LA"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["King Mswati III International Airport"],
      date: "2025-11-02",
    },
  },
  {
    id: "h16a-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "Ghana will no longer take non-Ghanaian deportees from US, minister tells Parliament",
    published: "2026-02-12",
    text: `ACCRA — Ghana has stopped accepting West African nationals deported from the United States, the Minister for Foreign Affairs told Parliament on Wednesday, ending an arrangement that had drawn lawsuits at home and complaints from neighbouring governments.

"Our obligation is to our own citizens. We have informed our partners in Washington that, with immediate effect, Ghana will receive only Ghanaian nationals," the minister said in answer to a question from the Minority.

The arrangement, announced in September last year, allowed US authorities to fly nationals of other ECOWAS states to Accra, from where they were expected to travel on to their home countries by road. At least four groups arrived under it, the largest numbering more than 40 people, according to figures cited in the House. Most were Nigerians; others came from Togo, Liberia, Mali and The Gambia.

Civil society organisations challenged the deal in the High Court, arguing that several of the deportees had been held for weeks at a military facility near Accra without access to lawyers. A ruling is still pending.

The minister said Ghanaians removed from the United States would continue to be received "as they always have been", and that a flight carrying Ghanaian nationals had been handled at Kotoka International Airport last month without incident.

Opposition MP Kwabena Adusei-Mensah welcomed the decision but said the government should publish what it had been offered. "Ghana should never have been a transit lounge for other people's deportees," he said.

The US Embassy in Accra said it was aware of the minister's remarks and would "continue to engage" with the government.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GH"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-11",
    },
  },
  {
    id: "h16a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "LIS says US charter with Liberian deportees due at RIA this week",
    published: "2025-06-16",
    text: `MONROVIA — The Liberia Immigration Service (LIS) says it is preparing to receive a group of Liberians being deported from the United States on a chartered aircraft that is expected to touch down at Roberts International Airport on Wednesday.

LIS spokesman Col. Emmanuel Kollie told reporters at the agency's Broad Street headquarters on Monday that about 30 Liberians would be on the flight, though the final figure could change "up to the last minute" because some of them still had appeals pending in American courts.

"We have done this before and we are ready. Once they land, they will come straight here for profiling, and a family member will have to sign for each one of them," Kollie said.

He said US authorities had informed the government through the Ministry of Foreign Affairs but had not provided details of the offences for which the deportees were being removed. Past groups have included people convicted of robbery, assault and drug offences, as well as some who simply overstayed their visas.

Liberia received 52 deportees from the United States in the whole of 2024, most of them in small groups on commercial airlines. The last charter, in March, brought 19 people, four fewer than had been announced, after late stays were granted.

Relatives gathered outside the LIS compound on Monday afternoon looking for information. "They told us nothing. We only heard it on the radio," said Musu Flomo, whose brother has been in immigration detention since January.

The LIS said it would run a two-week counselling programme for the returnees and appealed to families not to turn them away.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["LR"],
      people: { value: 30, approx: true },
      departure: [],
      arrival: ["Roberts International Airport"],
      date: "2025-06-18",
    },
  },
  {
    id: "h16a-en-007",
    lang: "en",
    style: "near-miss",
    title: "San Antonio immigration court backlog climbs past 90,000 cases",
    published: "2025-02-26",
    text: `SAN ANTONIO — The immigration court in downtown San Antonio now has more than 90,000 pending cases, according to federal data released this month, leaving some asylum seekers waiting until 2029 for a first hearing before a judge.

The figure, drawn from the Justice Department's Executive Office for Immigration Review, is an increase of about 14 percent over the past year. The court has 11 judges, two fewer than it had in 2023, after retirements that have not been filled.

"We have clients who filed in 2021 and still do not have a merits date," said Alejandra Cantú, a staff attorney at a nonprofit legal clinic on the West Side. "Meanwhile, the detained docket moves in weeks."

That detained docket has grown sharply since January as Immigration and Customs Enforcement expands arrests in the interior. People held at detention centers in Pearsall and Dilley can have their cases decided within a month, and those ordered removed are often flown out of the region within days. ICE says its removals have risen every month since October.

On Tuesday, an immigration judge in San Antonio denied bond to a Honduran father of three who has lived in the city for 12 years and has no criminal record, ruling that he posed a flight risk. His attorney said he would appeal to the Board of Immigration Appeals.

Local officials say the backlog has ripple effects, from school enrollment to county health clinics. Bexar County commissioners are scheduled to discuss money for legal representation next week.

The Executive Office for Immigration Review did not respond to a request for comment.`,
    expect: { relevant: false },
  },
  {
    id: "h16a-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "Police confirm new batch of Sierra Leoneans returned from America",
    published: "2025-10-13",
    text: `FREETOWN — Sierra Leone Police on Monday confirmed the arrival of a new group of citizens deported from the United States, saying the returnees were being screened at the Criminal Investigations Department before being handed over to relatives.

The group landed at Lungi on 9 October aboard a US government charter that had departed from Alexandria, Louisiana, according to Assistant Superintendent Fatmata Conteh of the Transnational Organised Crime Unit.

Speaking at a press briefing in Freetown, ASP Conteh said nearly 40 Sierra Leoneans were on the aircraft. Most had been detained for immigration violations, she said, while a smaller number had served prison terms in the United States.

"Being sent home is not an offence here. These are our brothers and sisters and we will treat them with dignity," she said, adding that anyone without family in the country would be referred to the Ministry of Social Welfare.

Police figures show that 44 Sierra Leoneans were returned from the US between February and September, almost all of them on commercial flights through Brussels or Casablanca. The United Kingdom and several European Union states returned smaller numbers over the same period.

Officials have warned that as many as 1,500 more could follow before the end of the year, a figure that has alarmed reintegration groups already stretched by thin funding.

Abu Bakarr Sesay of the returnee support group Home Again Salone said his organisation had been given no advance notice of the October flight. "We had people sleeping at the CID compound because no one came for them," he said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SL"],
      people: { value: 40, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Lungi"],
      date: "2025-10-09",
    },
  },
  {
    id: "h16a-en-009",
    lang: "en",
    style: "receiving-country-local",
    title: "US deportees arrive at CJIA under tight security",
    published: "2025-07-03",
    text: `GEORGETOWN — A chartered aircraft carrying Guyanese deported from the United States landed at the Cheddi Jagan International Airport, Timehri, shortly after 2.30 pm on Tuesday, and its passengers were escorted in a police bus to the Criminal Investigation Department headquarters at Eve Leary.

Officers of the Guyana Police Force and the Immigration Department boarded the plane before anyone was allowed off, checking names against a list supplied in advance by the US Embassy.

"Sixteen persons came off that aircraft, fourteen men and two women," a senior police officer told this newspaper at the airport. "They will be processed, and those who have family will be released to them. Those with serious records will be monitored."

Relatives gathered in the car park said they had been told to go to Eve Leary instead. "I reach here since twelve o'clock. Now they telling me go to town," said a woman from Linden who gave her name only as Sharmaine.

The government has repeatedly said it will accept Guyanese nationals returned by Washington, but it has rejected suggestions that it agreed to take deportees of other nationalities. Officials told a press conference earlier this year that no deal of that kind existed.

An earlier charter, in April, returned nine Guyanese, and others have arrived in ones and twos on commercial flights from New York and Miami.

Social workers from a faith-based group were at CID headquarters on Tuesday evening offering meals and phone calls. One returnee, a man in his fifties who said he had lived in Queens for 31 years, said he had not been to Guyana since he was a teenager.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GY"],
      people: { value: 16, approx: false },
      departure: [],
      arrival: ["Cheddi Jagan International Airport"],
      date: "2025-07-01",
    },
  },
  {
    id: "h16a-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "Bahamas turns down US request to accept third-country deportees",
    published: "2025-03-20",
    text: `NASSAU — The Bahamas has rejected a request from the United States to receive migrants from other countries who are being deported by Washington, the Office of the Prime Minister said on Tuesday.

In a statement, the office said the government had "carefully reviewed" the proposal, which was presented through diplomatic channels last month, and concluded that the country did not have the capacity to take in people who are not Bahamian citizens.

"The Bahamas will continue to cooperate with the United States on border security and on the return of our own nationals. We will not, however, become a destination for the nationals of other states," the statement said.

The decision sets The Bahamas apart from Costa Rica and Panama, which have agreed to host deportees from Asia and elsewhere while their onward travel is arranged, and comes days after Washington warned of visa consequences for governments it considers uncooperative on removals.

The Bahamas itself repatriates hundreds of irregular migrants each year, most of them Haitians and Cubans, on charter flights from Nassau to Cap-Haïtien and Havana. The Department of Immigration said it removed 1,142 people in 2024.

Bahamians deported from the US, typically a few dozen a year, come home on commercial flights through Lynden Pindling International Airport.

Opposition members in the House of Assembly said they supported the decision but asked why the government had taken weeks to disclose the request. "The public learned of it from American newspapers," said one senior opposition figure.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BS"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-03-18",
    },
  },
  {
    id: "h16a-en-011",
    lang: "en",
    style: "near-miss",
    title: "Alexandria International adds nonstop service to Orlando",
    published: "2026-04-15",
    text: `ALEXANDRIA, La. — Central Louisiana travelers will soon be able to fly nonstop to Orlando, airport officials announced Wednesday, the first new leisure route at Alexandria International Airport in more than five years.

SunPelican Airways will fly the route twice weekly starting June 4, using 186-seat Airbus jets, with introductory one-way fares of $79. The airline is also weighing service to Nashville, an airport spokesperson said.

"This is about giving families in Cenla an easier way to get to the beach and the theme parks without driving to New Orleans or Houston," airport executive director Raymond Thibodeaux said at a news conference in the terminal.

The airport, a former Air Force base, is better known nationally as one of the busiest hubs for deportation flights run by U.S. Immigration and Customs Enforcement. A private operator runs a staging facility for detainees beside the runway, and charter jets leave several times a day for Central America, the Caribbean and beyond.

Thibodeaux said the ICE operation, which brings in landing fees and ground-handling revenue, does not compete with passenger service for gate space. "They're on the other side of the field. Our passengers never see it," he said.

Some residents said they were pleased with the new route but uneasy about the airport's reputation. "When I tell people where I fly out of, they say, 'Isn't that where they send the deportation planes?'" said Kendra Lavergne of Pineville.

Tickets for the Orlando route go on sale Friday. The airport also offers daily flights to Dallas–Fort Worth, Houston and Atlanta.`,
    expect: { relevant: false },
  },
  {
    id: "h16a-en-012",
    lang: "en",
    style: "us-local",
    title: "ICE charter departs Alexandria for Honduras, flight trackers say",
    published: "2025-05-09",
    text: `ALEXANDRIA, La. (Cenla 9 News) — Another deportation flight lifted off from Alexandria International Airport on Thursday morning, this time bound for Honduras, according to flight-tracking data and a statement from the Honduran government.

The Boeing 737, operated by a charter contractor for U.S. Immigration and Customs Enforcement, left the central Louisiana airport a little after 7 a.m. and landed in San Pedro Sula just under three hours later.

Honduras' National Migration Institute said in a social media post that more than 100 Hondurans returned on the flight, among them several families with young children. The agency said each returnee received a hot meal, a medical check and help reaching relatives.

Alexandria has become one of the busiest hubs in ICE's air network. Detainees are bused in from detention centers across Louisiana, Mississippi and Texas to a staging facility beside the runway before boarding flights to Central America, the Caribbean and, increasingly, South America and Africa.

A volunteer who has tracked ICE flights for several years told Cenla 9 News that the airport handled more than 40 removal departures in April alone, including flights to Guatemala City, San Salvador and Bogotá.

Airport officials referred questions to ICE. An ICE spokesperson said the agency does not comment on specific flights for operational security reasons but that "removal operations are conducted in accordance with U.S. law."

Residents near the airport say the flights have become part of the background. "You hear them early, you see the buses. Nobody around here talks about it much anymore," said Darnell Broussard, who lives off Highway 1.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 100, approx: true },
      departure: ["Alexandria International Airport"],
      arrival: ["San Pedro Sula"],
      date: "2025-05-08",
    },
  },
  {
    id: "h16a-en-013",
    lang: "en",
    style: "us-local",
    title: "Ecuador receives deportees on flight out of Mesa airport",
    published: "2026-03-07",
    text: `MESA, Ariz. (Valley 12 News) — A chartered jet carrying Ecuadorian nationals deported by U.S. Immigration and Customs Enforcement left Phoenix-Mesa Gateway Airport on Thursday morning, the latest in a steady stream of removal flights from the East Valley airfield.

Ecuador's Foreign Ministry confirmed the plane's arrival in Quito that afternoon. "We received 118 compatriots, among them eleven women, and all of them have been attended to by our consular and health teams," a ministry spokesperson said in a statement shared with Valley 12 News.

The flight was tracked by members of a Phoenix faith coalition that holds monthly vigils near the airport's perimeter fence. "We come out so that someone sees them go," said coalition member Teresa Luján. "They are not numbers to us."

ICE has used Mesa Gateway for removal flights for years, alongside its hubs in Louisiana and south Texas. Detainees are usually driven in from processing centers in Eloy and Florence.

A second ICE charter left Tucson International Airport later Thursday for San Salvador with about 90 people on board, according to the coalition's tracking. The two departures bring the number of removal flights from Arizona airports this year to at least 37, the group says.

Mesa Gateway officials said the airport has no role in immigration enforcement and simply leases ramp space to charter operators, as it does for airlines and private aviation.

ICE did not respond to questions about either flight.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 118, approx: false },
      departure: ["Phoenix-Mesa Gateway Airport"],
      arrival: ["Quito"],
      date: "2026-03-05",
    },
  },
  {
    id: "h16a-en-014",
    lang: "en",
    style: "us-local",
    title: "Advocates: ICE plans Thursday removal flight to Cameroon from North Texas",
    published: "2025-12-02",
    text: `FORT WORTH, Texas — Immigration advocates say U.S. Immigration and Customs Enforcement has scheduled a charter flight to Cameroon for Thursday, and that detainees held at facilities across Texas have been moved in recent days to prepare for it.

The plane is expected to depart from Fort Worth Alliance Airport and fly to Douala, Cameroon's economic capital, with a refuelling stop, according to the Texas Cameroonian Advocacy Network, which said it had spoken with several detainees and their families.

About 60 Cameroonian men and women are expected to be on board, the group said. Many fled the country's English-speaking regions, where fighting between separatists and government forces has killed thousands since 2017.

"These are people who told an asylum officer they would be killed if they were sent back, and some of them are being put on that plane anyway," said the network's coordinator, Esther Ndip.

ICE does not confirm upcoming flights. In a statement, the agency said that individuals with final orders of removal "have received due process" and that removals are carried out "in accordance with U.S. law."

On Monday, a federal judge in Houston denied an emergency request to halt the removal of one detainee, a 34-year-old former teacher from Bamenda, ruling that the court lacked jurisdiction.

Earlier charters to Cameroon, in 2020 and 2022, drew international criticism after some deportees said they had been detained on arrival. Human rights researchers reported at the time that several had gone into hiding.

The Cameroonian embassy in Washington did not respond to a request for comment.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CM"],
      people: { value: 60, approx: true },
      departure: ["Fort Worth Alliance Airport"],
      arrival: ["Douala"],
      date: "2025-12-04",
    },
  },
  {
    id: "h16a-en-015",
    lang: "en",
    style: "near-miss",
    title: "Immigration Division returns 96 Venezuelans on Piarco charter",
    published: "2026-07-09",
    text: `PORT OF SPAIN — Ninety-six Venezuelan nationals were repatriated on Wednesday on a charter flight from Piarco International Airport to Caracas, the Ministry of National Security said, in the largest single removal operation carried out by Trinidad and Tobago this year.

The group, which included 14 women and six children, had been held at the Immigration Detention Centre in Aripo, some of them for more than a year. The flight was arranged with the Venezuelan authorities and paid for by the Government of Trinidad and Tobago, the ministry said.

"Those who enter our borders illegally will be returned. We will do it lawfully and humanely, but we will do it," the minister said at a post-Cabinet briefing on Thursday.

Refugee advocates questioned whether all of those removed had been given a chance to claim protection. "At least three people on that list had pending asylum applications," said Dr. Anita Rampersad of the advocacy group Refugee Rights Caribbean. "A charter flight is not a screening process."

The government says there are more than 30,000 Venezuelans living in Trinidad and Tobago, many of whom registered under a 2019 amnesty that has been renewed several times.

Trinidad and Tobago has itself received several groups of nationals deported from the United States in recent months, and the government has said it will continue to accept its own citizens sent home by Washington.

The ministry said further repatriation flights to Venezuela were planned but gave no dates.`,
    expect: { relevant: false },
  },
  {
    id: "h16a-en-016",
    lang: "en",
    style: "live-blog",
    title: "Live updates: Immigration enforcement, Thursday, April 24",
    published: "2025-04-24",
    text: `Follow along for the latest on immigration enforcement, court rulings and removals. All times Eastern.

5:20 p.m. — A federal appeals court declined to lift a lower court order requiring the government to give detainees notice before removing them to a country other than their own. The administration is expected to seek further review.

3:45 p.m. — DHS said in a release that ICE made more than 1,100 arrests nationwide on Wednesday, a figure the department described as a single-day high for the year. The number could not be independently verified.

1:10 p.m. — Immigration attorneys in New Jersey say a detention center in Newark was placed on lockdown overnight after a disturbance. ICE said no one was seriously hurt.

11:35 a.m. — KEY UPDATE: Deportation flight lands in Lagos. A U.S. government charter carrying roughly 70 Nigerian nationals landed at Murtala Muhammed International Airport in Lagos this morning, Nigeria's National Emergency Management Agency said.

Officials from NEMA, the Nigeria Immigration Service and the police received the returnees at the airport's cargo terminal, where they were given a small stipend and transport money, the agency said. It is the first charter removal to Nigeria this year. Nigeria has said it will receive its own citizens but has turned down requests to take nationals of other countries.

"We are receiving our own," a NEMA official told our correspondent in Lagos. "Nobody else."

9:00 a.m. — Good morning. Yesterday the State Department said it was reviewing visa policy for several countries it considers slow to take back their nationals. We'll be following reaction throughout the day.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NG"],
      people: { value: 70, approx: true },
      departure: [],
      arrival: ["Murtala Muhammed International Airport"],
      date: "2025-04-24",
    },
  },
  {
    id: "h16a-en-017",
    lang: "en",
    style: "receiving-country-local",
    title: "Kenyans deported from US arrive at JKIA aboard charter",
    published: "2025-09-29",
    text: `NAIROBI — A group of Kenyans deported from the United States arrived at Jomo Kenyatta International Airport early Saturday aboard a chartered aircraft, immigration officials said, in what appears to be the first direct removal flight from the US to Kenya this year.

The plane, which had flown from Texas with a refuelling stop in West Africa, parked on a cargo apron away from the passenger terminals. The returnees were escorted to an immigration office inside the airport for documentation before being released.

The Directorate of Immigration Services declined to say how many people were on board. A statement from the State Department for Diaspora Affairs said only that "a number of Kenyan citizens" had been "received and assisted", and urged Kenyans abroad to regularise their status.

Families who had waited through the night on the airport's access road said they had been given little information. "My son called from detention on Wednesday and said they had been told to pack. After that, nothing," said Jane Wairimu, a trader from Nakuru.

US immigration data published earlier this year showed about 1,300 Kenyans with final removal orders who were not in detention. Most deportations to Kenya are carried out on scheduled commercial flights via Europe or the Middle East, often with one or two passengers at a time escorted by US officers.

Kenya deports foreigners of its own, mainly for immigration violations; the Interior ministry said it removed 2,400 people last year.

Members of Parliament from a diaspora caucus called on the government to set up a reception desk at JKIA with counsellors and transport support. "These are our people. They should not land and be left at the gate," one MP said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KE"],
      people: null,
      departure: ["Texas"],
      arrival: ["Jomo Kenyatta International Airport"],
      date: "2025-09-27",
    },
  },
  {
    id: "h16a-en-018",
    lang: "en",
    style: "receiving-country-local",
    title: "Juba confirms second group of foreign deportees from US",
    published: "2026-05-21",
    text: `JUBA — South Sudan's Ministry of Foreign Affairs and International Cooperation has confirmed that it received a group of men deported by the United States who are not South Sudanese citizens, the second such transfer since July last year.

Ministry spokesperson Achol Deng Ajak told reporters on Wednesday that the men landed at Juba International Airport in late April on a US government flight and were "in the custody of the competent authorities" while arrangements were made to return them to their own countries.

She said the group included nationals of Myanmar, Laos and Mexico but declined to say how many men there were or what crimes, if any, they had been convicted of. "The number is not the issue. The issue is that South Sudan honours its commitments," she said.

In July 2025, eight men deported from the US, only one of them South Sudanese, arrived in Juba after being held for weeks at a US military base in Djibouti during a legal battle in American courts.

Civil society activists in Juba have criticised the transfers, warning that the country, which is struggling with economic collapse and renewed fighting, cannot safely hold people from other continents. "We cannot feed our own soldiers and now we are running a holding centre for America," said Peter Lado of the Juba Civic Platform.

The government has sought the lifting of US visa restrictions on South Sudanese passport holders, imposed last year, and has denied that the transfers were part of any deal.

The US Embassy in Juba declined to comment.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SS"],
      nationalities: ["MM", "LA", "MX"],
      people: null,
      departure: [],
      arrival: ["Juba International Airport"],
      date: "2026-04",
    },
  },
  {
    id: "h16a-en-019",
    lang: "en",
    style: "near-miss",
    title: "New US visa limits leave Sierra Leonean students in limbo",
    published: "2026-01-08",
    text: `FREETOWN — Hundreds of Sierra Leonean students admitted to American universities for the coming semester say they do not know whether they will be able to travel, after new US restrictions suspending most student and visitor visas for the country's citizens took effect on 1 January.

In a notice posted on its website, the US Embassy in Freetown said the measures reflected "high rates of visa overstays" and "insufficient cooperation in accepting the return of nationals ordered removed from the United States". Immigrant visas for close relatives of US citizens are not affected.

The Ministry of Foreign Affairs and International Cooperation said it was "engaging constructively" with Washington and disputed the embassy's account, saying Sierra Leone had received every citizen the US had sent back last year, on charters as well as on commercial flights.

According to embassy figures, about 15 percent of Sierra Leoneans who entered the US on student visas in 2024 failed to leave on time. Liberia, Guinea and several other African countries face similar limits.

For students such as Fatu Kamara, 19, who won a partial scholarship to study nursing in Ohio, the timing could hardly be worse. "I sold my laptop to pay for the application fees. Now they say maybe next year," she said outside the embassy on Tuesday.

Education agents in Freetown estimate that around 310 students were due to travel before March. Some are now applying to universities in Ghana, Canada and Turkey instead.

The embassy said applicants with existing valid visas could still travel and that the restrictions would be reviewed every 180 days.`,
    expect: { relevant: false },
  },
  {
    id: "h16a-en-020",
    lang: "en",
    style: "receiving-country-local",
    title: "Another group of West African deportees from US lands in Accra",
    published: "2025-11-15",
    text: `ACCRA — A US government-chartered aircraft carrying West African nationals deported from the United States landed at Kotoka International Airport on Friday, bringing to four the number of such groups Ghana has received since agreeing to the arrangement in September.

The passengers, Nigerian, Togolese, Liberian and Malian nationals, were taken from the airport to a military facility on the outskirts of the capital, according to lawyers who have represented earlier deportees.

Government officials have not published a figure. But an official at the Ghana Immigration Service, speaking on condition of anonymity, said at least 40 people were on the aircraft, which had flown from Louisiana. That would make it the largest group so far; the first, in September, numbered 14.

"They have been told they will be helped to go home. In practice they are sitting in a camp waiting for buses," said Adwoa Sarpong, a human rights lawyer who has filed a suit challenging the arrangement at the High Court in Accra.

The government has defended the policy by pointing to ECOWAS rules that allow citizens of member states to travel freely within the region. Critics say that argument ignores the fact that several deportees had told US immigration judges they feared persecution at home.

Nigeria, whose nationals have made up most of the deportees sent to Ghana, has said it will receive its own citizens but will not accept people of other nationalities removed from the US.

Ghana's Ministry of Foreign Affairs did not respond to requests for comment on Friday's arrival.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "TG", "LR", "ML"],
      people: { value: 40, approx: true },
      departure: ["Louisiana"],
      arrival: ["Kotoka International Airport"],
      date: "2025-11-14",
    },
  },
  {
    id: "h16a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Guinea Ecuatorial recibe a migrantes expulsados por Estados Unidos que no son ciudadanos suyos",
    published: "2026-08-12",
    text: `MADRID (Redacción Internacional) — Guinea Ecuatorial se convirtió el pasado sábado en el último país africano en aceptar a migrantes expulsados por Estados Unidos que no tienen su nacionalidad, después de que un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE) aterrizara en el aeropuerto de Malabo.

Según fuentes diplomáticas consultadas por esta redacción, a bordo viajaban más de una decena de hombres de nacionalidad cubana, nicaragüense y eritrea, todos con órdenes de expulsión definitivas dictadas por jueces estadounidenses. El aparato había despegado de Luisiana.

El Gobierno de Malabo no ha hecho declaraciones públicas sobre la llegada ni sobre los términos del acuerdo con Washington, que según la oposición en el exilio incluiría contrapartidas económicas. "Nadie en el país sabe dónde están esos hombres ni cuánto tiempo se van a quedar", afirmó desde Madrid Salvador Esono, portavoz de una plataforma de exiliados guineanos.

Un abogado de Miami que representa a uno de los cubanos, Ramón Echevarría, explicó por teléfono que su cliente fue notificado del destino con menos de un día de antelación. "Le dijeron África. No le dijeron qué país hasta que estaba subiendo al avión", dijo.

La antigua colonia española se suma así a una lista que incluye a Esuatini, Sudán del Sur, Ruanda y Ghana, países que desde 2025 han recibido a grupos de deportados de terceras nacionalidades. En julio de aquel año, ocho hombres fueron enviados a Sudán del Sur tras semanas retenidos en una base militar en Yibuti.

Organizaciones de derechos humanos advierten de que Guinea Ecuatorial carece de un sistema de asilo operativo y de que los expulsados podrían quedar en un limbo legal. El Ministerio de Asuntos Exteriores español declinó comentar.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GQ"],
      nationalities: ["CU", "NI", "ER"],
      people: { value: 10, approx: true },
      departure: ["Luisiana"],
      arrival: ["Malabo"],
      date: "2026-08-08",
    },
  },
  {
    id: "h16a-es-002",
    lang: "es",
    style: "near-miss",
    title: "Interior repatría en un vuelo fletado a 62 mauritanos llegados a Canarias",
    published: "2025-05-21",
    text: `MADRID — El Ministerio del Interior repatrió este martes a 62 ciudadanos mauritanos en un vuelo fletado que despegó del aeropuerto de Gran Canaria con destino a Nuadibú, en el norte de Mauritania, según fuentes policiales.

Los migrantes, todos varones adultos, habían llegado en cayuco a El Hierro y Lanzarote en las últimas semanas y permanecían en centros de internamiento de extranjeros a la espera de la ejecución de sus órdenes de devolución. Agentes de la Comisaría General de Extranjería y Fronteras los escoltaron durante el trayecto.

Se trata del tercer vuelo de estas características a Mauritania en lo que va de año, al amparo del acuerdo de readmisión que ambos países firmaron hace más de dos décadas. Los dos anteriores trasladaron a 48 y 55 personas, respectivamente.

La organización Puertas Abiertas Canarias criticó la rapidez de los procedimientos. "Hay personas que no han podido hablar con un abogado más de diez minutos antes de subir al avión", denunció su coordinadora, Lucía Perdomo.

El operativo coincide con la multiplicación de los vuelos de deportación de Estados Unidos, que desde enero ha enviado aviones a buena parte de América Latina y ha recurrido a terceros países como Panamá o Costa Rica para alojar a migrantes de otros continentes. En Europa, Italia y Alemania también han intensificado sus retornos forzosos.

Fuentes de Interior subrayaron que la cooperación con Nuakchot ha permitido reducir las salidas de embarcaciones desde la costa mauritana en un 30% respecto al año pasado, una cifra que las ONG consideran engañosa porque las rutas se han desplazado hacia el sur.`,
    expect: { relevant: false },
  },
  {
    id: "h16a-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Venezuela reanuda la recepción de vuelos de deportados desde Estados Unidos",
    published: "2026-10-06",
    text: `MADRID (Redacción Internacional) — El Gobierno venezolano anunció este lunes que volverá a aceptar los vuelos con migrantes deportados desde Estados Unidos, suspendidos desde principios de septiembre por un desacuerdo con Washington sobre los permisos de sobrevuelo y la tripulación de los aviones.

En un comunicado leído en la televisión estatal, el Ministerio de Relaciones Exteriores indicó que la decisión responde "al deber de proteger a nuestros compatriotas" y que los traslados se retomarán "en los próximos días" dentro del programa oficial de retorno, que el Gobierno presenta como una iniciativa humanitaria.

La suspensión había dejado varados en centros de detención estadounidenses a cientos de venezolanos con órdenes de expulsión definitivas. Según cifras del propio programa, desde febrero de 2025 han regresado al país más de 15.000 personas en unos 90 vuelos, la mayoría procedentes de Texas y Arizona. El último antes de la interrupción, a finales de agosto, trajo a 179 personas.

Washington no confirmó de inmediato el acuerdo. Un portavoz del Departamento de Seguridad Nacional se limitó a señalar que "todo país tiene la obligación de recibir a sus nacionales".

Analistas consultados por esta redacción creen que Caracas busca rebajar la tensión tras el endurecimiento de las sanciones. "El retorno de migrantes es una de las pocas cartas que tiene el Gobierno para negociar", apuntó la politóloga Inés Barrios, de una universidad madrileña.

Mientras tanto, Colombia, Ecuador y Perú han seguido recibiendo vuelos de deportación con regularidad, y Panamá y Costa Rica mantienen sus acuerdos para alojar temporalmente a migrantes de otras nacionalidades.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-10-05",
    },
  },
  {
    id: "h16a-es-004",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegó a Ezeiza un nuevo vuelo con argentinos deportados de Estados Unidos",
    published: "2025-11-27",
    text: `BUENOS AIRES — Un avión fletado por el Gobierno de Estados Unidos aterrizó en la madrugada de este jueves en el Aeropuerto Internacional de Ezeiza con ciudadanos argentinos expulsados de ese país, en el tercer operativo de este tipo desde septiembre.

La aeronave, un Boeing 767 de una compañía chárter contratada por el ICE, había despegado desde Alexandria, Luisiana, e hizo una escala técnica en Lima antes de completar el trayecto. Tocó pista a las 4.40 y se dirigió a una plataforma alejada de la terminal de pasajeros.

A bordo viajaban veintitrés argentinos, diecinueve hombres y cuatro mujeres, según confirmaron fuentes de la Dirección Nacional de Migraciones. Ninguno tenía pedido de captura vigente en el país, aunque dos registraban antecedentes penales en Estados Unidos.

Los deportados completaron los trámites en un sector privado del aeropuerto y salieron de a uno, cerca de las siete de la mañana. Algunos se taparon la cara con capuchas al cruzar frente a las cámaras.

"Lo único que quiero es dormir en una cama", dijo a este diario un hombre de 32 años oriundo de Mar del Plata que había vivido cinco años en Nueva Jersey. Su madre lo esperaba desde la medianoche con un termo de mate.

El primer vuelo, a mediados de septiembre, había traído a 14 personas y el segundo, en octubre, a 11. Además, la Cancillería estima que otros 60 argentinos fueron devueltos este año en vuelos comerciales, en grupos pequeños y custodiados por agentes estadounidenses.

Desde el Ministerio de Relaciones Exteriores señalaron que los consulados brindaron asistencia a los detenidos y que el operativo "se desarrolló con normalidad".`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AR"],
      people: { value: 23, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Ezeiza"],
      date: "2025-11-27",
    },
  },
  {
    id: "h16a-es-005",
    lang: "es",
    style: "receiving-country-local",
    title: "Retornan a Cuba 112 migrantes irregulares en vuelo desde Estados Unidos",
    published: "2026-06-15",
    text: `LA HABANA — Como parte de los acuerdos migratorios entre La Habana y Washington, el pasado jueves fueron devueltos a Cuba 112 migrantes irregulares, 95 hombres y 17 mujeres, en un vuelo procedente de Estados Unidos que aterrizó en el Aeropuerto Internacional José Martí, informó el Ministerio del Interior.

Según la nota oficial, tres de los retornados fueron puestos a disposición de los órganos de investigación por tener causas penales pendientes en la isla. Otro fue detenido por haber abandonado el país de forma ilegal mientras cumplía una sanción en libertad condicional.

Con esta operación suman 34 devoluciones desde distintos países de la región en lo que va de año, con un total de 1 987 personas, precisó el ministerio, que reiteró su rechazo a "las salidas ilegales que ponen en riesgo la vida".

El anterior vuelo desde territorio estadounidense, el 21 de mayo, había traído a 98 personas. Entre ambas fechas, guardafronteras recibieron en el puerto de Orozco, en Artemisa, a 41 balseros devueltos por las autoridades de Bahamas.

A la salida de la terminal, familiares esperaban bajo el sol con bolsas de comida. "Mi hijo se fue por Nicaragua hace tres años. Ahora vuelve sin nada, pero vuelve vivo", dijo una señora llegada desde Matanzas que pidió no dar su nombre.

Las autoridades cubanas sostienen que la política de Washington de negar visados fomenta la emigración irregular, mientras que el Departamento de Seguridad Nacional insiste en que los vuelos continuarán con frecuencia mensual o mayor.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 112, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2026-06-11",
    },
  },
  {
    id: "h16a-es-006",
    lang: "es",
    style: "near-miss",
    title: "Un uruguayo deportado de EE.UU. llegó a Carrasco en un vuelo comercial, custodiado por agentes",
    published: "2026-03-24",
    text: `MONTEVIDEO — Un uruguayo de 41 años deportado desde Estados Unidos llegó el domingo al Aeropuerto Internacional de Carrasco en un vuelo comercial procedente de Miami, acompañado por dos agentes del Servicio de Inmigración y Control de Aduanas (ICE) que lo entregaron a la Dirección Nacional de Migración.

El hombre, que vivió 19 años en Nueva Jersey y trabajaba en la construcción, fue detenido en enero durante un control de tránsito. Según su familia, tenía un trámite de residencia en curso cuando un juez ordenó su expulsión.

"Viajó sentado en la última fila, con los agentes al lado. No lo esposaron, pero tampoco lo dejaron levantarse solo", contó su hermana, Graciela, que lo esperó en el hall de arribos junto a sus dos sobrinas.

Uruguay no recibe vuelos chárter de deportación: los expulsados llegan de a uno o en parejas, en vuelos regulares y con escolta. Según la Oficina de Asistencia al Compatriota de la Cancillería, en 2025 fueron deportados al menos 35 uruguayos desde Estados Unidos, el doble que el año anterior, y en los primeros meses de 2026 ya van nueve.

La situación contrasta con la de Argentina, que desde septiembre pasado recibió varios aviones fletados por Washington con decenas de deportados en el aeropuerto de Ezeiza.

El ministro de Relaciones Exteriores dijo en el Parlamento que los consulados en Nueva York y Miami reforzaron la asistencia a los detenidos, aunque admitió que el país "no tiene forma de frenar" las deportaciones. "Lo que podemos hacer es acompañar", afirmó.`,
    expect: { relevant: false },
  },
  {
    id: "h16a-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: "Otro vuelo con deportados aterriza en Managua sin información oficial",
    published: "2025-12-13",
    text: `MANAGUA — Un avión con nicaragüenses deportados desde Estados Unidos aterrizó el jueves en el Aeropuerto Internacional Augusto C. Sandino, el segundo en una misma semana, sin que las autoridades informaran cuántas personas venían a bordo.

El Airbus A320, operado por una aerolínea contratada por el Servicio de Inmigración y Control de Aduanas (ICE), despegó desde Luisiana y se estacionó en la rampa de vuelos privados, lejos de la terminal de pasajeros, según un investigador independiente que monitorea los vuelos de deportación y pidió no ser identificado.

"Llegan, los suben a buses de Migración y se acabó. No hay comunicado, no hay lista, nada", dijo el investigador a este medio.

El martes había aterrizado otro vuelo, procedente de Texas, con 134 nicaragüenses, de acuerdo con una fuente del Departamento de Estado citada por organizaciones de exiliados en Costa Rica. Para el vuelo del jueves no se conoce ninguna cifra.

Desde enero, Nicaragua ha recibido más de 40 vuelos de deportación desde Estados Unidos, con unos 5.000 retornados, según ese mismo monitoreo. El Gobierno no publica datos y los medios oficialistas rara vez mencionan las llegadas.

A la par, el aeropuerto de Managua sigue recibiendo vuelos chárter con migrantes de Cuba, Haití y otros países que usan Nicaragua como trampolín hacia el norte, una ruta que Washington ha intentado cerrar con sanciones a las aerolíneas.

Familiares que esperaban fuera del aeropuerto dijeron haberse enterado por llamadas de los propios deportados desde los centros de detención. "Mi esposo me habló el martes. Me dijo que viajaba esta semana y ya no supe más", relató una mujer de Chinandega.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NI"],
      people: null,
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional Augusto C. Sandino"],
      date: "2025-12-11",
    },
  },
  {
    id: "h16a-es-008",
    lang: "es",
    style: "receiving-country-local",
    title: "Migración prevé recibir este martes un nuevo grupo de repatriados desde EE.UU.",
    published: "2026-09-14",
    text: `SANTO DOMINGO — La Dirección General de Migración (DGM) se prepara para recibir este martes en el Aeropuerto Internacional de Las Américas un vuelo con unos 90 dominicanos deportados desde Estados Unidos, informaron fuentes aeroportuarias.

El avión, fletado por el Servicio de Inmigración y Control de Aduanas (ICE), saldrá de Luisiana y, como es habitual, será recibido en la rampa de carga de la terminal por agentes de Migración, de la Policía Nacional y del Cuerpo Especializado de Seguridad Aeroportuaria.

"Nos notificaron la lista el viernes. Todavía puede cambiar, porque siempre hay alguno que consigue una suspensión a última hora", explicó un funcionario de la DGM que habló bajo condición de anonimato.

Una vez en tierra, los repatriados serán trasladados al centro de acogida de Haina, en San Cristóbal, donde se verificará si tienen causas pendientes con la justicia dominicana antes de entregarlos a sus familiares.

El vuelo de la semana pasada trajo a 104 personas, en su mayoría hombres que habían cumplido condenas en cárceles federales por narcotráfico, robo y fraude. En lo que va de año, más de 3.100 dominicanos han sido repatriados desde Estados Unidos, según registros de Migración.

Al mismo tiempo, la República Dominicana mantiene su propia campaña de deportaciones de haitianos indocumentados, que el Gobierno cifra en más de 200.000 en los últimos doce meses, casi todas por los pasos fronterizos de Dajabón, Elías Piña y Jimaní.

Organizaciones de apoyo a retornados pidieron más recursos para la reinserción laboral de quienes llegan sin vínculos en el país.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["DO"],
      people: { value: 90, approx: true },
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-09-15",
    },
  },
  {
    id: "h16a-es-009",
    lang: "es",
    style: "near-miss",
    title: "Cancillería: 412 bolivianos fueron deportados desde Estados Unidos en 2025",
    published: "2026-01-20",
    text: `LA PAZ — Un total de 412 ciudadanos bolivianos fueron deportados desde Estados Unidos durante 2025, más del doble que el año anterior, según un informe de la Cancillería presentado este martes ante la Comisión de Política Internacional de la Cámara de Diputados.

El documento señala que en 2024 se registraron 187 casos. La mayoría de los deportados del último año había ingresado a territorio estadounidense por la frontera con México, y cerca de un 20% tenía antecedentes penales en ese país.

De acuerdo con el informe, los retornados llegaron principalmente al aeropuerto de Viru Viru, en Santa Cruz, y al de El Alto, tanto en vuelos comerciales con escolta como en aviones fletados que hicieron escalas en varios países de la región. El texto no detalla fechas ni número de vuelos.

"Estamos hablando de familias enteras que vuelven sin nada. El Estado tiene que prepararse para recibirlas", dijo el viceministro de Gestión Institucional y Consular, Marco Antonio Quiroga, quien pidió a los diputados fondos para un programa de reinserción.

Estados Unidos no es el único origen. El informe contabiliza además 236 bolivianos expulsados de Chile y 95 de España en el mismo periodo. Bolivia, por su parte, expulsó a 58 extranjeros, la mayoría por delitos vinculados al narcotráfico.

Diputados de oposición criticaron que la Cancillería no haya habilitado oficinas de atención en los aeropuertos. "Se enteran por redes sociales de que su hijo viene en camino", afirmó la legisladora cruceña Paola Rivero.

La Cancillería anunció que este año abrirá un registro de retornados para ofrecer orientación laboral y apoyo psicológico.`,
    expect: { relevant: false },
  },
  {
    id: "h16a-es-010",
    lang: "es",
    style: "receiving-country-local",
    title: "Un nuevo vuelo con chilenos deportados desde EE.UU. llegará esta madrugada a Santiago",
    published: "2026-11-19",
    text: `SANTIAGO — El Ministerio del Interior confirmó que un vuelo chárter con ciudadanos chilenos expulsados por Estados Unidos aterrizará en la madrugada de este viernes en el Aeropuerto Internacional Arturo Merino Benítez, aunque no precisó cuántas personas viajan a bordo.

La aeronave, contratada por el Servicio de Inmigración y Control de Aduanas (ICE), partirá desde Luisiana y hará una escala técnica en Lima, según la información entregada por la cartera a los familiares que se acercaron a consultar.

"No nos dan nombres ni cifras. Solo sabemos que viene un avión", reclamó Javiera Contreras, que viajó desde Rancagua con la esperanza de reencontrarse con su pareja, detenido en Florida desde julio.

Como en los operativos anteriores, la Policía de Investigaciones realizará el control migratorio en la losa y el Registro Civil verificará la identidad de cada pasajero. Quienes mantengan órdenes de detención vigentes serán puestos a disposición de los tribunales.

Será el tercer vuelo de este tipo en 2026. El de marzo trajo a 31 personas y el de julio, a 26. Durante 2025 llegaron seis vuelos con un total cercano a 190 chilenos, la mayoría por haber excedido el plazo del programa de exención de visas.

En paralelo, el Gobierno chileno ejecuta sus propias expulsiones de extranjeros: este mes, un avión de la Fuerza Aérea trasladó a 58 personas condenadas por delitos a Perú y Colombia.

El subsecretario del Interior dijo que la coordinación con Washington "ha funcionado bien" y pidió a los chilenos en Estados Unidos regularizar su situación.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CL"],
      people: null,
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional Arturo Merino Benítez"],
      date: "2026-11-20",
    },
  },
];
