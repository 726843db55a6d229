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
];
