// Held-out news corpus no. 13 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or other corpus files).
// Every name, quote and number in these articles is invented; no sentence is copied from any outlet.
import type { CorpusArticle } from "./types";

export const HOLDOUT13A: CorpusArticle[] = [
  {
    id: "h13a-en-001",
    lang: "en",
    style: "wire",
    title: "U.S. charter returns Nigerians to Lagos as removals to West Africa climb",
    published: "2025-11-13",
    text: `LAGOS, Nigeria (Reuters-style) — A chartered plane carrying about 150 Nigerians removed from the United States landed at Murtala Muhammed International Airport on Tuesday, officials of the Nigerian Immigration Service said.

The flight left Alexandria, Louisiana, late on Monday and stopped to refuel in Dakar before continuing to Lagos, according to two airport workers who asked not to be named because they were not authorised to speak to reporters.

"We received our citizens with dignity, and each of them has been profiled and given a transport stipend," said Adaeze Okonkwo-Bello, a spokeswoman for the National Commission for Refugees, Migrants and Internally Displaced Persons. She declined to say how many of the returnees had criminal convictions in the United States.

It was the third such flight to Nigeria this year. An earlier charter in June brought back 61 people, and a flight in August carried 88, the commission said. Ghana, which has received several U.S. flights of its own, reported 203 returnees over the same period.

U.S. Immigration and Customs Enforcement did not respond to a request for comment. The agency has said it removed more than 270,000 people in the last fiscal year, the highest figure in a decade.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NG"],
      people: { value: 150, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Murtala Muhammed International Airport"],
      date: "2025-11-11",
    },
  },
  {
    id: "h13a-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Fifty-seven returnees from America received at Nsimalen",
    published: "2026-02-05",
    text: `YAOUNDE — The Minister of External Relations has called on families to "open their doors" to the 57 compatriots who were sent back from the United States of America this week, many of them after years in detention.

The returnees, among them four women, were welcomed at Nsimalen International Airport by officials of the ministry, the police and the Cameroon Red Cross, who provided water, food and telephone cards. Several said they had crossed into the United States through Mexico after long journeys through Ecuador and Central America.

"I spent nineteen months in a centre in Louisiana. Today I am home, but I have nothing," said one man from Bamenda who gave only his first name, Ebenezer.

The aircraft, chartered by the American immigration service, touched down shortly before midnight on Monday, a police officer at the airport told this newspaper.

Government figures show that more than 400 Cameroonians were deported from the United States in 2025, compared with 118 in 2023. Human rights groups in Buea and Bamenda have urged the authorities to ensure that those from the Anglophone regions are not arrested on arrival.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      people: { value: 57, approx: false },
      departure: [],
      arrival: ["Nsimalen International Airport"],
      date: "2026-02-02",
    },
  },
  {
    id: "h13a-en-003",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 112 Guatemalan nationals on charter flight",
    published: "2025-01-16",
    text: `BROWNSVILLE, Texas — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) removed 112 Guatemalan nationals Jan. 14 on a charter flight from Brownsville, Texas, to Guatemala City, Guatemala.

Of those removed, 23 had criminal convictions or pending charges in the United States, including convictions for assault, driving under the influence and drug trafficking. One man was wanted in Guatemala on a homicide charge and was turned over to Guatemalan National Civil Police on arrival.

"ERO Harlingen officers work every day with our partners in the Government of Guatemala to carry out removals safely and humanely," said ERO Harlingen Field Office Director Marcus T. Villalobos. "These flights are a central part of our mission."

ICE works closely with foreign governments to obtain travel documents for those ordered removed. In fiscal year 2024, ICE conducted removals to more than 190 countries; Guatemala, Mexico and Honduras received the largest numbers.

ERO's ICE Air Operations unit coordinates domestic transfers and international removals through hubs in Alexandria, Louisiana; Mesa, Arizona; Brownsville, Texas; and San Antonio.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 112, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Guatemala City"],
      date: "2025-01-14",
    },
  },
  {
    id: "h13a-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Government prepares to receive 19 Sierra Leoneans from the U.S.",
    published: "2026-03-04",
    text: `FREETOWN — Nineteen Sierra Leoneans who have been ordered removed from the United States are due to be flown home this month, the Ministry of Foreign Affairs and International Cooperation announced on Tuesday.

According to a statement signed by the ministry's director of communications, Mr. Alimamy K. Sesay, the chartered aircraft is scheduled to land at Lungi International Airport on March 12. A reception committee including the Office of National Security and the National Commission for Social Action will screen the returnees and help them reach their families.

"These are our brothers and sisters, and they will be treated as such," the statement said. "Government is also engaging the American side to make sure that people are given enough time to settle their affairs before they travel."

The announcement follows months of diplomatic back-and-forth. In 2023 Washington imposed visa restrictions on some Sierra Leonean officials over what it called a lack of cooperation on returns, restrictions that were partly lifted last year. Liberia and Guinea have faced similar measures.

Civil society groups in Freetown said at least 34 Sierra Leoneans remain in American detention centres in Georgia and Louisiana.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["SL"],
      people: { value: 19, approx: false },
      departure: [],
      arrival: ["Lungi International Airport"],
      date: "2026-03-12",
    },
  },
  {
    id: "h13a-en-005",
    lang: "en",
    style: "near-miss",
    title: "Bahamas repatriates 132 Haitian migrants after Ragged Island landing",
    published: "2025-06-20",
    text: `NASSAU, Bahamas — The Department of Immigration repatriated 132 Haitian nationals to Cap-Haïtien on Thursday aboard a Bahamasair charter, days after the migrants were found on a beach at Ragged Island.

The group, 104 men, 21 women and seven children, had been held at the Carmichael Road Detention Centre since last week. "The Bahamas will continue to protect its borders," Minister of Immigration Clarence J. Rolle told reporters at Lynden Pindling International Airport before the flight departed.

The department said it has carried out 14 repatriation flights to Haiti so far this year and removed a total of 1,870 people, most of them Haitians but also some Cubans and Jamaicans.

Officials said that a second flight, to Port-au-Prince, is being planned once the security situation at Toussaint Louverture International Airport allows.

The United States Coast Guard, which patrols the waters between Haiti and Florida, said separately that it had intercepted 61 Haitians off Anguilla Cay this month and returned them to Haiti by cutter.`,
    expect: { relevant: false },
  },
  {
    id: "h13a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "T&T will not be a 'holding bay' for U.S. deportees, says minister",
    published: "2025-08-12",
    text: `PORT OF SPAIN — Trinidad and Tobago will not accept people of other nationalities deported from the United States, National Security Minister Dr. Keshan Ramsaroop told the House of Representatives on Monday.

Responding to a question from the Opposition, Ramsaroop said Washington had "floated the idea" of sending third-country nationals, mainly Venezuelans and West Africans, to Trinidad while their removals were arranged. "The answer of this Government is a polite but firm no. We will continue to receive our own nationals, as we always have, but this country is not a holding bay," he said.

The minister said 412 Trinidad and Tobago nationals had been deported from the United States since January, most of them on commercial flights through Miami and a smaller number on two charters to Piarco International Airport.

Grenada, St Lucia and Antigua and Barbuda have also been approached by the U.S. State Department, according to diplomats in the region. Antigua's prime minister said last month his government was "studying" the request.

Opposition MP Renée Baptiste-Charles welcomed the decision but asked the Government to publish any correspondence with the U.S. Embassy on the matter.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["TT"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-11",
    },
  },
  {
    id: "h13a-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: "36 citizens deported from the United States return to Ulaanbaatar",
    published: "2025-10-02",
    text: `ULAANBAATAR /MONTSAME-style/ Thirty-six Mongolian citizens who had been held by the immigration authorities of the United States arrived at Chinggis Khaan International Airport on the evening of September 30, the Ministry of Foreign Affairs reported.

The citizens, 29 men and seven women, travelled on an aircraft chartered by the U.S. side that departed from Seattle and made a technical stop in Anchorage. Officers of the Immigration Agency of Mongolia and the General Police Department met them on arrival.

According to the ministry, the Consulate General of Mongolia in San Francisco had issued travel documents to the group over the previous two months. "Our consular staff visited each citizen in detention and confirmed their identity," Consul B. Enkhjargal said.

The number of Mongolians living in the United States without legal status is estimated at around 4,500. Last year, 58 citizens were returned from the United States, and 212 from the Republic of Korea, according to the agency.

The ministry urged citizens planning to travel abroad to use only legal channels and to avoid intermediaries who promise work visas for a fee.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MN"],
      people: { value: 36, approx: false },
      departure: ["Seattle"],
      arrival: ["Chinggis Khaan International Airport"],
      date: "2025-09-30",
    },
  },
  {
    id: "h13a-en-008",
    lang: "en",
    style: "wire",
    title: "Angola agrees to take migrants deported from U.S., including non-Angolans",
    published: "2026-04-17",
    text: `LUANDA (AP-style) — Angola has agreed to receive people deported from the United States, among them citizens of other countries, the government announced on Wednesday, becoming the latest African nation to strike such a deal with the Trump administration.

A statement from the Ministry of Foreign Affairs said the arrangement covers "a limited number" of third-country nationals each year, who would be housed temporarily in Luanda before being helped to return to their own countries. It did not give a number or say when the first flight would arrive.

"Angola is a sovereign country and takes its decisions in its own interest," Foreign Minister Domingas Teixeira Neto told reporters. She said the United States would fund the reception costs and had pledged support for a railway project in the Lobito corridor, but denied that the two were linked.

Rwanda, Uganda, Eswatini and South Sudan have accepted deportees of other nationalities from the U.S. over the past year, while Nigeria publicly rejected a similar request. Human rights groups say such agreements risk sending people to countries where they have no ties and no legal protection.

The U.S. Embassy in Luanda said in a brief statement that it "welcomes Angola's partnership on migration".`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["AO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-15",
    },
  },
  {
    id: "h13a-en-009",
    lang: "en",
    style: "receiving-country-local",
    title: "More than 80 Tajik migrants flown back from the U.S.",
    published: "2025-05-23",
    text: `DUSHANBE — A plane carrying more than 80 citizens of Tajikistan deported from the United States landed at Dushanbe International Airport on Friday morning, a source at the Migration Service told our correspondent.

The returnees had mostly entered the U.S. across the southern border in 2022 and 2023 and had applied for asylum, the source said. The charter left Mesa, Arizona, and stopped in Budapest and Istanbul.

The Ministry of Labour, Migration and Employment confirmed the flight but did not give an exact number. "All of our citizens passed through the usual procedures and were released to their relatives," a ministry spokesman said.

Relatives waiting outside the arrivals hall said some of the men had been held in detention in Texas and New Mexico for more than a year. "My son called from the plane. He said they were in handcuffs until Budapest," said a woman from Khatlon region.

Russia remains by far the largest destination for Tajik labour migrants, with an estimated 1.2 million working there. Several hundred Tajiks have been deported from Russia every month since the attack on a Moscow concert hall last year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TJ"],
      people: { value: 80, approx: true },
      departure: ["Mesa, Arizona"],
      arrival: ["Dushanbe International Airport"],
      date: "2025-05-23",
    },
  },
  {
    id: "h13a-en-010",
    lang: "en",
    style: "wire",
    title: "Mauritania receives nearly 90 nationals removed from United States",
    published: "2024-12-03",
    text: `NOUAKCHOTT (AFP-style) — Nearly 90 Mauritanians expelled by the United States arrived in Nouakchott late Sunday on a flight chartered by U.S. immigration authorities, a security source said.

The plane, which had left Louisiana, landed at Nouakchott-Oumtounsy International Airport shortly before midnight, the source added. The deportees were questioned by police and released in the early hours of Monday.

Thousands of Mauritanians have travelled to the United States since 2022 using a route through Turkey, Colombia and Nicaragua, then overland to the U.S.-Mexico border. U.S. Customs and Border Protection recorded more than 15,000 encounters with Mauritanian nationals in fiscal year 2023.

"Those who came back had sold their cattle and their land to go," said Ahmedou Ould Saleck, who runs an association for returnees in the capital. "They come back with debts."

In March, the European Union announced a 210 million euro partnership with Mauritania to curb departures of boats towards Spain's Canary Islands.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 90, approx: true },
      departure: ["Louisiana"],
      arrival: ["Nouakchott-Oumtounsy International Airport"],
      date: "2024-12-01",
    },
  },
  {
    id: "h13a-en-011",
    lang: "en",
    style: "near-miss",
    title: "Dearborn restaurant owner deported to Beirut after 22 years in Michigan",
    published: "2025-09-18",
    text: `DEARBORN, Mich. — A Lebanese restaurant owner who had lived in Michigan for 22 years was deported to Beirut on Tuesday, his family and lawyer said.

Hassan Mroueh, 51, was escorted by two immigration officers on a commercial flight from Detroit Metropolitan Airport through Paris to Rafic Hariri International Airport, said his attorney, Leila Farhat. He had been detained in August at a routine check-in with Immigration and Customs Enforcement.

"He paid taxes, he employed nine people, he coached his son's soccer team," Farhat said. "There was a removal order from 2009 that nobody ever enforced until now."

Mroueh's wife and three children, all U.S. citizens, remain in Dearborn. The family has started a fundraiser to keep the restaurant on Warren Avenue open.

ICE said in a statement that Mroueh "received full due process" and that the agency prioritises people with final orders of removal. About 11,000 people with a Lebanese background live in Dearborn, according to census estimates.`,
    expect: { relevant: false },
  },
  {
    id: "h13a-en-012",
    lang: "en",
    style: "us-local",
    title: "Seven men held in Louisiana flown to Eswatini, lawyers say",
    published: "2026-01-28",
    text: `ALEXANDRIA, La. — Seven men who had been held at the immigration detention centre next to Alexandria International Airport were flown to the African kingdom of Eswatini last week, even though none of them is from there, their lawyers said Tuesday.

The men are from Vietnam, Laos, Cameroon and Jamaica, according to court filings. Two of them had won protection from being sent to their home countries, said Tamika Broussard, an attorney with a New Orleans legal aid group.

"They were woken at 3 a.m., put in chains and told they were going to Africa. Nobody told them which country," Broussard said. The plane left from Alexandria International Airport, according to flight-tracking data reviewed by the lawyers.

The plane landed at King Mswati III International Airport on Jan. 22, according to a statement from the government of Eswatini, which said the men would be held in a correctional facility "until arrangements for their onward travel are concluded".

It is the second group sent to Eswatini since the kingdom agreed last summer to accept people of other nationalities from the U.S. The first flight, in July, carried five men. The Department of Homeland Security has described those sent as "uniquely barbaric criminals", a characterisation lawyers dispute.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "LA", "CM", "JM"],
      people: { value: 7, approx: false },
      departure: ["Alexandria International Airport"],
      arrival: ["King Mswati III International Airport"],
      date: "2026-01-22",
    },
  },
  {
    id: "h13a-en-013",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter removes 44 to Georgia and Albania",
    published: "2024-10-15",
    text: `LONDON — The Home Office said on Monday that 44 people with no right to remain in the UK had been removed on a charter flight to Tbilisi and Tirana, the latest in a series of joint returns flights organised with the EU border agency Frontex.

Of those on board, 29 were Georgian nationals and 15 Albanian, the department said. The flight left from Stansted Airport on Sunday morning. "We are removing foreign criminals and those with no right to be here at pace," a Home Office spokesperson said.

More than 9,000 people have been returned to Albania since a returns agreement was signed in December 2022, government figures show. Georgia signed a similar arrangement with the UK last year.

Campaigners said at least three people on the flight had outstanding asylum claims. "Charter flights are designed to move fast and catch people before they can reach a lawyer," said Priya Nandakumar of a London detention charity.

Separately, the Home Office confirmed that a charter to Vietnam planned for next month had been postponed.`,
    expect: { relevant: false },
  },
  {
    id: "h13a-en-014",
    lang: "en",
    style: "dhs-release",
    title: "ICE completes third-country removal to Rwanda",
    published: "2026-05-07",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement removed 11 illegal aliens to Rwanda on May 5 under the third-country agreement between the United States and the Government of Rwanda, the Department of Homeland Security announced.

The aliens, nationals of Ethiopia, Somalia and Laos, had final orders of removal issued by immigration judges, but their countries of origin had refused or delayed accepting them, DHS said. The flight departed San Antonio and arrived in Kigali after a refuelling stop.

"If you are in this country illegally and a judge has ordered you removed, you will be removed, whether your own country cooperates or not," said Assistant Secretary for Public Affairs Delia Crane-Morrow. "We thank our Rwandan partners for their continued cooperation."

DHS said several of the men had convictions for aggravated assault, robbery and drug offences. Under the agreement, the Rwandan government provides accommodation, health care and job training to those it accepts.

Since January 2025, ICE has carried out third-country removals to countries including El Salvador, Costa Rica, Panama, South Sudan, Eswatini and Ghana.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["ET", "SO", "LA"],
      people: { value: 11, approx: false },
      departure: ["San Antonio"],
      arrival: ["Kigali"],
      date: "2026-05-05",
    },
  },
  {
    id: "h13a-en-015",
    lang: "en",
    style: "near-miss",
    title: "Omaha immigration court backlog tops 41,000 cases",
    published: "2025-12-11",
    text: `OMAHA, Neb. — The number of pending cases in Omaha's immigration court has passed 41,000, and some people are being given hearing dates in 2029, according to data released this week by a university research centre.

The court, which covers Nebraska and Iowa, has five judges after two retired this year and one was dismissed. Many of the pending cases involve families from Guatemala, Honduras and Venezuela who arrived in 2022 and 2023, the data show.

"Clients call me every week asking whether they will be deported tomorrow. The honest answer is that I don't know, and neither does the court," said Marisol Echeverría, a lawyer in South Omaha.

Nationally, immigration courts have about 3.4 million pending cases. The Justice Department said it has hired 12 temporary judges and is "deploying resources to the courts with the greatest need".

Meanwhile, arrests by Immigration and Customs Enforcement in Nebraska have risen sharply, with a raid at a meatpacking plant in Grand Island in October leading to 74 detentions.`,
    expect: { relevant: false },
  },
  {
    id: "h13a-en-016",
    lang: "en",
    style: "receiving-country-local",
    title: "48 Nepalis to be deported from US this weekend",
    published: "2026-03-27",
    text: `KATHMANDU — A group of 48 Nepali nationals detained in the United States for entering the country without documents will arrive in Kathmandu on Sunday aboard a special flight arranged by US authorities, the Department of Immigration said on Thursday.

The flight is expected to land at Tribhuvan International Airport in the afternoon, said information officer Tika Ram Adhikari. Police and immigration officials will record statements from each returnee to identify the manpower agents and brokers who sent them.

"Most of them paid between Rs 5 million and Rs 7 million to human traffickers, who took them through Brazil, Bolivia and the jungles of Panama," Adhikari said.

This will be the fourth such deportation to Nepal since last year. In February 2025, 31 Nepalis were sent home on a commercial flight via Doha, and in September, 62 arrived on a chartered plane.

The Nepali Embassy in Washington has said that around 1,600 Nepalis are currently in US immigration detention. Many are from districts in Madhesh and Lumbini provinces.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["NP"],
      people: { value: 48, approx: false },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2026-03-29",
    },
  },
  {
    id: "h13a-en-017",
    lang: "en",
    style: "receiving-country-local",
    title: "Georgia to accept US deportation charters again after three-month pause",
    published: "2024-11-22",
    text: `TBILISI — Georgia will again accept charter flights carrying its citizens deported from the United States, the Ministry of Internal Affairs said on Thursday, ending a pause that began in August after a dispute over the documents carried by returnees.

The ministry said that "technical issues" with the verification of travel documents had been resolved in talks with the US Embassy. It did not say when the next flight would arrive.

Georgian nationals were among the fastest-growing groups encountered at the US-Mexico border in 2023, with more than 10,000 apprehensions recorded, according to US data. Many had travelled on visa-free routes to Mexico before the Mexican government tightened entry rules.

"We must not allow our citizens to become victims of smugglers who sell them a dream," Deputy Minister Nino Abashidze said at a briefing.

Earlier this year Germany and Austria carried out joint returns flights to Tbilisi, carrying a combined 118 people, and the European Commission has warned that Georgia's visa-free travel to the Schengen area could be reviewed.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-11-21",
    },
  },
  {
    id: "h13a-en-018",
    lang: "en",
    style: "near-miss",
    title: "United to launch nonstop Houston–Lagos service in October",
    published: "2026-06-30",
    text: `HOUSTON — United Airlines will begin nonstop flights between Houston's George Bush Intercontinental Airport and Lagos, Nigeria, on Oct. 27, the airline said Monday, restoring a route it dropped during the pandemic.

The three-times-weekly service will use a Boeing 787-8 with 243 seats. Flights will leave Houston at 5:40 p.m. and arrive in Lagos the following afternoon.

"Houston has one of the largest Nigerian communities in the United States, and we've heard loud and clear that they want a direct link home," said a United vice president for network planning, Tom Belleville.

Houston is home to an estimated 150,000 people of Nigerian descent. Delta Air Lines flies to Lagos from Atlanta, and Nigeria's Air Peace has sought approval for flights to Houston.

The Nigerian Civil Aviation Authority said the new route would bring the number of weekly nonstop flights between the two countries to 11.`,
    expect: { relevant: false },
  },
  {
    id: "h13a-en-019",
    lang: "en",
    style: "receiving-country-local",
    title: "45 deportees from US arrive at Norman Manley",
    published: "2025-02-19",
    text: `KINGSTON — Forty-five Jamaicans deported from the United States arrived at the Norman Manley International Airport yesterday on a flight chartered by the US Immigration and Customs Enforcement agency.

The group, 43 men and two women, was processed by officers of the Passport, Immigration and Citizenship Agency (PICA) and the Jamaica Constabulary Force before being released to relatives. Police said eight of the deportees had been convicted of offences in the US, mainly drug and firearm offences.

Minister of National Security Horace Wint-Palmer said the Government was "ready and able" to receive returning residents and had strengthened the reintegration programme run with the National Organization of Deported Migrants.

"Some of these men left Jamaica as small children. They do not know anybody here," said the programme's coordinator, Joycelyn Tulloch.

Jamaica received 1,120 deportees in 2024, about two-thirds of them from the United States, according to PICA figures. A charter from the United Kingdom in November carried 39 people, drawing criticism from British MPs.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 45, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport"],
      date: "2025-02-18",
    },
  },
  {
    id: "h13a-en-020",
    lang: "en",
    style: "us-local",
    title: "Newark flight sends 104 Senegalese home, advocates say",
    published: "2025-03-08",
    text: `NEWARK, N.J. — One hundred and four Senegalese men and women were put on a deportation flight at Newark Liberty International Airport on Thursday night, immigrant advocates said, in what appears to be the largest single removal to Senegal from the United States.

Many of those on board had been held at the Delaney Hall detention centre in Newark or at county jails in Pennsylvania, said Ousmane Faye, an organiser with an African immigrant coalition in the Bronx. "Some of them had asylum appeals still pending," he said.

The plane later landed in Dakar, according to Senegalese media, where officials of the Ministry of Integration and Foreign Affairs met the group. Reports in Dakar put the number of returnees at 104, matching the advocates' count.

ICE did not confirm the flight, saying it does not comment on removal operations in advance or "for operational security reasons".

Senegalese migration to the United States surged after 2022, with many travelling through Nicaragua. More than 19,000 Senegalese were encountered at the southern border in fiscal 2024.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN"],
      people: { value: 104, approx: false },
      departure: ["Newark Liberty International Airport"],
      arrival: ["Dakar"],
      date: "2025-03-06",
    },
  },
  {
    id: "h13a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan 131 guatemaltecos deportados en vuelo desde Luisiana",
    published: "2025-07-10",
    text: `Un total de 131 connacionales retornados desde Estados Unidos arribaron este miércoles a la Base de la Fuerza Aérea Guatemalteca, en la zona 13 capitalina, informó el Instituto Guatemalteco de Migración (IGM).

Según el reporte oficial, en el vuelo venían 117 hombres y 14 mujeres, todos mayores de edad. La aeronave despegó de Alexandria, Luisiana, en horas de la madrugada y tocó tierra poco antes del mediodía.

Los retornados recibieron atención en el Centro de Recepción de Retornados, donde personal del Ministerio de Relaciones Exteriores les entregó una refacción, orientación sobre el programa "Guate te Abraza" y, en algunos casos, apoyo para el transporte hacia sus departamentos de origen. Huehuetenango, San Marcos y Quiché son los departamentos con más retornados este año.

"Les decimos a nuestros hermanos que no están solos; aquí hay oportunidades de empleo", declaró la viceministra Ana Lucía Tzoc durante la recepción.

El martes habían llegado otros dos vuelos con 254 personas en total. En lo que va de 2025, el IGM contabiliza más de 38 mil guatemaltecos retornados por vía aérea desde Estados Unidos y cerca de 41 mil por vía terrestre desde México.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 131, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2025-07-09",
    },
  },
  {
    id: "h13a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Un centenar de hondureños retornan en vuelo desde Houston",
    published: "2026-01-14",
    text: `SAN PEDRO SULA. Un centenar de hondureños deportados desde Estados Unidos aterrizaron el lunes en el Aeropuerto Internacional Ramón Villeda Morales, en un vuelo procedente de Houston, Texas, confirmaron autoridades del Centro de Atención al Migrante Retornado (CAMR).

Entre los retornados venían varias familias con niños, aunque la mayoría eran hombres jóvenes originarios de Cortés, Yoro y Olancho. Tras pasar por los controles de Migración, fueron trasladados en buses al CAMR, donde recibieron alimentación, llamadas telefónicas gratuitas y atención psicológica.

"Uno se va con la ilusión de ayudar a su familia y regresa con las manos vacías", contó Wilmer, de 27 años, quien pasó ocho meses detenido en un centro de Texas.

De acuerdo con el Observatorio Consular y Migratorio de Honduras (CONMIGHO), en 2025 fueron retornados más de 33,000 hondureños desde Estados Unidos, un aumento de casi 40 por ciento respecto al año anterior. Desde México llegaron otros 21,000 por vía terrestre.

Las autoridades esperan al menos otros tres vuelos esta semana, dos de ellos con destino a Palmerola.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 100, approx: true },
      departure: ["Houston, Texas"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2026-01-12",
    },
  },
  {
    id: "h13a-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay aceptará a deportados de terceros países enviados por Estados Unidos",
    published: "2025-04-25",
    text: `MONTEVIDEO. El gobierno de Paraguay confirmó el jueves que aceptará recibir a migrantes de otras nacionalidades expulsados por Estados Unidos, convirtiéndose en el primer país del Cono Sur en sumarse a los acuerdos impulsados por Washington.

El canciller paraguayo, Esteban Ruiz Díaz Ocampo, explicó en conferencia de prensa en Asunción que el país recibirá "un número acotado" de personas, que podrán solicitar protección en Paraguay o ser asistidas para volver a sus países de origen. No precisó cuándo llegaría el primer vuelo ni cuántas personas se prevé recibir.

La decisión generó críticas de organizaciones de derechos humanos en Asunción y también en Montevideo, donde el gobierno uruguayo reiteró que no tiene previsto firmar un acuerdo similar. "Uruguay no ha recibido ninguna propuesta formal en ese sentido", dijo a este diario una fuente de la Cancillería.

En la región, Argentina y Brasil han recibido vuelos con sus propios ciudadanos deportados, mientras que Costa Rica, Panamá y El Salvador ya aceptaron a extranjeros de terceros países.

El acuerdo debe ser ratificado por el Congreso paraguayo, donde el oficialismo cuenta con mayoría en ambas cámaras.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-04-24",
    },
  },
  {
    id: "h13a-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Repatrian a 62 dominicanos desde Estados Unidos; 19 tenían condenas",
    published: "2026-02-20",
    text: `SANTO DOMINGO. La Dirección General de Migración (DGM) informó que 62 dominicanos fueron repatriados desde Estados Unidos en un vuelo especial, de los cuales 19 cumplieron condenas por delitos en ese país, en su mayoría relacionados con drogas y violencia doméstica.

Los repatriados fueron recibidos por agentes de la DGM, de la Dirección Nacional de Control de Drogas (DNCD) y de la Policía Nacional, que verificaron si alguno tenía cuentas pendientes con la justicia dominicana.

El vuelo aterrizó pasadas las 2:00 de la tarde del miércoles en el Aeropuerto Internacional de Las Américas (AILA), indicó la institución en una nota de prensa.

"El Estado dominicano recibe a sus nacionales con respeto a sus derechos y les orienta sobre los programas de reinserción disponibles", expresó el director de la DGM, vicealmirante Rafael E. Peguero Santos.

En enero, la DGM recibió cinco vuelos con un total de 401 repatriados. Al mismo tiempo, la institución reportó la deportación de más de 27 mil haitianos indocumentados en el mismo mes, en el marco de los operativos que se realizan en todo el país.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 62, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-02-18",
    },
  },
  {
    id: "h13a-es-005",
    lang: "es",
    style: "near-miss",
    title: "INM retorna en vuelo a 128 hondureños y guatemaltecos desde Villahermosa",
    published: "2025-12-02",
    text: `CIUDAD DE MÉXICO. El Instituto Nacional de Migración (INM) informó que el lunes retornó a 128 personas de origen hondureño y guatemalteco en un vuelo que partió de Villahermosa, Tabasco, con destino a Tegucigalpa y la Ciudad de Guatemala.

En un comunicado, el INM detalló que los extranjeros fueron "asistidos" en estaciones migratorias de Tabasco y Chiapas, y que el traslado se realizó "con pleno respeto a sus derechos humanos", con acompañamiento de personal médico.

Organizaciones de la sociedad civil en Tapachula señalaron que entre los retornados había personas que habían solicitado refugio ante la Comisión Mexicana de Ayuda a Refugiados (Comar) y que aún esperaban respuesta.

En lo que va del año, México ha devuelto a más de 60 mil centroamericanos por vía aérea y terrestre, según cifras de la Unidad de Política Migratoria. En paralelo, Estados Unidos ha enviado a territorio mexicano a miles de personas de otras nacionalidades a través de los cruces fronterizos de Tijuana y Ciudad Juárez.

El INM anunció que continuará con los vuelos de retorno asistido durante diciembre.`,
    expect: { relevant: false },
  },
  {
    id: "h13a-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Panamá recibe otro vuelo con migrantes asiáticos deportados por EE.UU.",
    published: "2026-05-20",
    text: `MIAMI (redacción). Unos 140 migrantes procedentes de Uzbekistán, Tayikistán, la India y Nepal fueron enviados por el gobierno de Estados Unidos a Panamá, en un nuevo vuelo de deportación hacia un país que no es el suyo, confirmaron el martes autoridades panameñas.

El avión, fletado por el Servicio de Inmigración y Control de Aduanas (ICE), salió de Texas y aterrizó el domingo en el Aeropuerto Internacional de Tocumen, según el Servicio Nacional de Migración de Panamá. Desde allí, los extranjeros fueron trasladados en autobuses a una estación de recepción en la provincia de Darién.

"Panamá cumple un papel de puente. Los costos de alojamiento y del regreso a sus países los asume Estados Unidos", afirmó el ministro de Seguridad, Óscar Heriberto Lasso, en declaraciones a una televisora local.

Abogados de inmigración en Houston y Nueva York dijeron a este medio que entre los deportados había al menos una docena de personas con solicitudes de asilo pendientes. "Mandar a un solicitante de asilo uzbeko a la selva de Darién no es un trámite migratorio, es un castigo", dijo la abogada Verónica Saldívar.

El año pasado Panamá recibió tres vuelos similares con 299, 123 y 98 personas. Costa Rica y El Salvador también han aceptado a deportados de terceros países.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["UZ", "TJ", "IN", "NP"],
      people: { value: 140, approx: true },
      departure: ["Texas"],
      arrival: ["Aeropuerto Internacional de Tocumen"],
      date: "2026-05-17",
    },
  },
  {
    id: "h13a-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Vuelo con ecuatorianos deportados llegará el jueves a Guayaquil",
    published: "2025-07-29",
    text: `GUAYAQUIL. Alrededor de 120 ecuatorianos deportados desde Estados Unidos llegarán este jueves al Aeropuerto Internacional José Joaquín de Olmedo, informó el Ministerio de Relaciones Exteriores y Movilidad Humana.

La Cancillería indicó que el vuelo, coordinado con las autoridades estadounidenses, está programado para arribar en la mañana y que en la terminal se instalará un punto de atención con personal del Ministerio de Salud, del Registro Civil y de la Policía Nacional.

"Vamos a acompañar a cada compatriota para que pueda llegar a su casa", señaló el viceministro de Movilidad Humana, Gustavo Andrade Jaramillo.

Según datos oficiales, en el primer semestre de 2025 llegaron a Ecuador 74 vuelos de deportación desde Estados Unidos, con unas 8.300 personas, la mayoría procedentes de las provincias de Azuay, Cañar y Morona Santiago. Los vuelos suelen alternar entre Guayaquil y Quito.

Organizaciones de migrantes en Cuenca pidieron al Gobierno ampliar los programas de crédito para quienes regresan con deudas contraídas con los "coyoteros".`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["EC"],
      people: { value: 120, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional José Joaquín de Olmedo"],
      date: "2025-07-31",
    },
  },
  {
    id: "h13a-es-008",
    lang: "es",
    style: "near-miss",
    title: "Chile ejecuta nuevo vuelo de expulsión con 87 extranjeros",
    published: "2024-09-06",
    text: `SANTIAGO. Un avión de la Fuerza Aérea de Chile (FACh) despegó el jueves desde la base aérea de Pudahuel con 87 extranjeros expulsados, en su mayoría ciudadanos peruanos, bolivianos y colombianos, informó el Servicio Nacional de Migraciones.

El vuelo hizo escalas en Lima y en La Paz antes de terminar su recorrido en Bogotá. De los expulsados, 71 tenían condenas por delitos como robo con violencia y tráfico de drogas, según la subsecretaría del Interior.

"Quien viene a Chile a delinquir tiene que saber que va a ser expulsado", afirmó el subsecretario Rodrigo Paredes Lagos en la losa del aeropuerto.

Se trata del sexto vuelo de expulsión del año. El gobierno chileno ha reconocido que sigue sin poder expulsar a ciudadanos venezolanos por la falta de relaciones consulares con Caracas.

En paralelo, la Cancillería informó que 14 chilenos fueron deportados este año desde Estados Unidos, todos en vuelos comerciales.`,
    expect: { relevant: false },
  },
  {
    id: "h13a-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Veintinueve bolivianos deportados de EE.UU. llegan a Viru Viru",
    published: "2026-03-16",
    text: `SANTA CRUZ. Veintinueve bolivianos expulsados de Estados Unidos llegaron el sábado al aeropuerto internacional Viru Viru, en un vuelo chárter que partió de Harlingen, Texas, informó la Dirección General de Migración (Digemig).

Entre los retornados hay 22 varones y siete mujeres, de los cuales la mayoría son oriundos de Cochabamba y Santa Cruz. Ninguno tenía órdenes de aprehensión en Bolivia, precisó la Policía.

"Nos trataron como delincuentes, con cadenas en los pies todo el viaje", relató un joven de 24 años que pidió no ser identificado y que fue detenido en Florida tres meses atrás.

Es el segundo vuelo de este tipo que llega a Bolivia en 2026. En enero, otro avión aterrizó en El Alto con 41 personas. La Cancillería estima que unos 2.000 bolivianos tienen órdenes de deportación pendientes en Estados Unidos.

Las autoridades recordaron que Argentina, España y Brasil siguen siendo los principales destinos de la migración boliviana.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      people: { value: 29, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Viru Viru"],
      date: "2026-03-14",
    },
  },
  {
    id: "h13a-es-010",
    lang: "es",
    style: "near-miss",
    title: "Deportaciones de salvadoreños crecieron 31 % en 2025, según informe",
    published: "2026-01-06",
    text: `SAN SALVADOR. Las deportaciones de salvadoreños desde Estados Unidos y México aumentaron un 31 % en 2025 en comparación con el año anterior, según un informe publicado este martes por una organización de derechos humanos con sede en la capital.

El documento señala que el año pasado fueron retornados 21.480 salvadoreños, de los cuales 17.900 llegaron por vía aérea desde Estados Unidos y el resto por tierra desde México. La mayoría eran hombres de entre 18 y 35 años.

"Detrás de cada número hay una familia que se endeudó para pagar el viaje", dijo la investigadora Claudia Marisela Rivas durante la presentación del informe.

La organización criticó además la falta de datos públicos sobre las personas de otras nacionalidades enviadas al país por Estados Unidos en el marco de los acuerdos firmados en 2025, y pidió a la Dirección General de Migración y Extranjería publicar estadísticas mensuales.

Honduras y Guatemala registraron aumentos similares, de 38 % y 27 %, respectivamente, según datos oficiales de esos países.`,
    expect: { relevant: false },
  },
];
