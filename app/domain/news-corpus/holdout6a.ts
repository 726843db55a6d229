// Held-out news corpus no. 6 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, the other corpus files
// or docs/alerts.md). Every name, quote and number in these articles is invented; no sentence is
// copied from any outlet. About a third of the articles are near misses (relevant: false).

import type { CorpusArticle } from "./types";

export const HOLDOUT6A: CorpusArticle[] = [
  {
    id: "h6a-en-001",
    lang: "en",
    style: "wire",
    title: "Deportation charter lands in Mauritania as US steps up removals to West Africa",
    published: "2025-03-13",
    text: `NOUAKCHOTT, March 13 (Wire) — More than 80 Mauritanian men deported from the United States landed in the capital on Wednesday aboard a chartered jet, the first such flight this year, Mauritania's interior ministry said.

The aircraft came from Alexandria, Louisiana, where U.S. Immigration and Customs Enforcement runs a staging facility for removals, and touched down at Nouakchott-Oumtounsy International Airport shortly after 4 p.m. local time, according to two airport officials who asked not to be named because they were not authorised to speak to the press.

"These are our citizens and we received them as citizens," ministry spokesman Sidi Ould Bekaye told reporters outside the terminal. "Each one was checked by the police and by health workers, and most have already gone home with their families."

Tens of thousands of Mauritanians travelled to the United States in 2023 and 2024 along a route that took them by air to Nicaragua and then overland through Central America and Mexico. US border statistics show agents recorded roughly 15,000 encounters with Mauritanian nationals in a single twelve-month period, up from a few hundred before the route opened.

A previous charter in November returned some 60 people, and rights groups in Nouakchott say several hundred more Mauritanians remain in US detention with final removal orders. Neighbouring Senegal has received at least two similar flights since the start of the year.

Washington has pressed West African governments to issue travel documents more quickly, and in January listed Mauritania among countries it considers slow to cooperate on returns, a label that can lead to visa restrictions.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 80, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Nouakchott-Oumtounsy International Airport"],
      date: "2025-03-12",
    },
  },
  {
    id: "h6a-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Forty-seven Nepalis deported from US return home",
    published: "2025-06-20",
    text: `KATHMANDU: Forty-seven Nepali nationals who had been held in immigration detention in the United States have been sent back to Nepal on a chartered aircraft, officials at the Department of Immigration said.

The group comprised forty-one men and six women, most of them in their twenties and thirties and from districts in Madhesh and Lumbini provinces. Officials said nearly all of them had entered the US across the Mexican border after paying brokers between Rs 4.5 million and Rs 7 million each.

The aircraft landed at Tribhuvan International Airport at around 7:40 pm on Thursday. After immigration formalities and a brief health check, the returnees were handed over to relatives who had been waiting outside the international terminal since the afternoon.

"Some of them had not eaten properly for two days," said Binod Khatiwada, an information officer at the airport immigration office. "We arranged food and water and helped those without relatives in Kathmandu to contact their families."

This is the second such group this year. In April, thirty Nepalis were returned on a flight that also carried Indian nationals, who disembarked in New Delhi. According to the Ministry of Foreign Affairs, around 400 Nepalis are still in US immigration custody, and about 1,900 have final orders of removal.

Separately, the Foreign Employment Board said on Thursday that 22 Nepali workers stranded in Malaysia after their employer went bankrupt would be brought back next week.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 47, approx: false },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2025-06-19",
    },
  },
  {
    id: "h6a-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Eleven US deportees from third countries arrive at Entebbe",
    published: "2025-10-15",
    text: `Eleven migrants deported from the United States under a contested agreement between Kampala and Washington arrived at Entebbe International Airport on Monday night, the Ministry of Foreign Affairs has confirmed.

None of the group is Ugandan. According to a statement signed by the ministry's permanent secretary, Ms Harriet Nakabiito, the arrivals are nationals of Eritrea, Ethiopia and Burundi who lost their asylum claims in the US but could not be returned to their own countries.

"Under the arrangement, Uganda does not accept persons with criminal records or unaccompanied minors," the statement read. "The individuals will be accommodated at a facility in Wakiso District while the Office of the Prime Minister and UNHCR assess whether they wish to apply for protection here."

A flight-tracking record seen by this newspaper shows that the plane, a Boeing 767 operated by a US charter company, left Mesa, Arizona, and made refuelling stops in Bangor, Maine, and in Dakar before reaching Entebbe.

Uganda hosts more than 1.8 million refugees, the largest number in Africa, most of them from South Sudan and the Democratic Republic of Congo. Opposition legislators have asked why the terms of the deal with Washington, which officials describe as temporary, have not been tabled before Parliament.

Rwanda, Eswatini and South Sudan have also received people removed from the US this year under similar arrangements.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["ER", "ET", "BI"],
      people: { value: 11, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Entebbe International Airport"],
      date: "2025-10-13",
    },
  },
  {
    id: "h6a-en-004",
    lang: "en",
    style: "us-local",
    title: "Deportation flight leaves Gary airport for Guatemala as protesters look on",
    published: "2025-08-08",
    text: `GARY — A chartered Boeing 737 used by federal immigration authorities took off from the Gary/Chicago International Airport shortly after 9 a.m. Tuesday, bound for Guatemala City, as about two dozen protesters stood along the fence on Industrial Highway holding signs in Spanish and English.

It was the third such departure from Gary since June, according to volunteers with a local immigrant-rights coalition who track the flights. U.S. Immigration and Customs Enforcement confirmed in an emailed statement that it "conducted a removal flight" from the airport but declined to say how many people were aboard or where they had been held.

Flight-tracking data showed the plane landing in Guatemala City a little over four hours later before returning empty to Texas that evening.

"We see the buses come in, and then we see the plane leave," said Maribel Ocampo, who has lived in Gary for 31 years and whose nephew was detained in the spring. "Nobody tells the families anything."

The airport authority board, which collects landing fees for the charters, has said it has no say over federal operations. Board president Dwayne Hollis said at a July meeting that the airport had handled 14 ICE-related flights this year, most of them transfers to detention centers in Louisiana and Texas rather than international removals.

Guatemala's migration institute reported receiving more than 36,000 of its citizens on flights from the United States between January and July.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: null,
      departure: ["Gary/Chicago International Airport"],
      arrival: ["Guatemala City"],
      date: "2025-08-05",
    },
  },
  {
    id: "h6a-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "38 deportees from US land at Norman Manley",
    published: "2025-04-25",
    text: `Thirty-eight Jamaicans deported from the United States arrived at the Norman Manley International Airport in Kingston yesterday on the monthly removal flight, among them six women and a man who said he had not set foot on the island since he was nine years old.

The chartered aircraft, which originated in Miami, touched down shortly after 11:30 a.m. The deportees were processed by the Passport, Immigration and Citizenship Agency and the police before being taken to a reception facility, where representatives of the Ministry of National Security and a church-based reintegration programme were waiting.

"I have a daughter in Brooklyn and a grandson in Atlanta. Here, I don't know anybody," said the man, who gave his name only as Desmond and said he was now 54. He said he had served a sentence for a firearm offence in New York.

Superintendent Claudette Reid of the Jamaica Constabulary Force said 11 of the returnees had criminal convictions in the US and would be monitored under existing protocols. "The majority of the persons who came in today are not criminals," she stressed.

Last year, 1,112 Jamaicans were deported from the US, Canada and the United Kingdom combined, according to ministry figures, with the US accounting for roughly three in four. The last UK charter, in November, brought back 21 people.

Advocates have long complained that deportees arrive with little more than a plastic bag of belongings and that the reintegration grant, at $25,000 per person, does not cover even a month's rent in Kingston.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 38, approx: false },
      departure: ["Miami"],
      arrival: ["Norman Manley International Airport"],
      date: "2025-04-24",
    },
  },
  {
    id: "h6a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Fifty-three Georgian citizens returned from the United States on charter flight",
    published: "2025-11-21",
    text: `TBILISI — A charter flight organised by US Immigration and Customs Enforcement landed at Tbilisi International Airport on Wednesday morning carrying fifty-three Georgian citizens who had been living in the United States without legal status, the Ministry of Internal Affairs said.

According to the ministry, the aircraft departed from El Paso, Texas, and made a technical stop in Shannon, Ireland, before continuing to Georgia. Border police officers met the passengers on the apron and completed identity checks inside the terminal.

The ministry did not release the names or ages of the returnees but said that 49 were men and four were women, and that none had outstanding criminal cases in Georgia.

Deputy Minister Levan Chkhaidze told journalists that the government cooperates with Washington "in full accordance with the readmission principles that Georgia applies with all partners," and noted that Georgia already receives regular return flights from Germany, France and Belgium under agreements with the European Union.

Georgian nationals became one of the larger groups crossing the US southern border in 2022 and 2023, with several thousand travelling via Mexico each year. The first ICE charter to Tbilisi, in July, carried 23 people.

Meanwhile, the State Migration Commission said on Thursday that 312 Georgians had been returned from EU member states since September, most of them on scheduled flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 53, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Tbilisi International Airport"],
      date: "2025-11-19",
    },
  },
  {
    id: "h6a-en-007",
    lang: "en",
    style: "wire",
    title: "Kyrgyzstan says it will not take third-country deportees from the US",
    published: "2026-01-22",
    text: `BISHKEK, Jan 22 (Wire) — Kyrgyzstan will not accept citizens of other countries deported from the United States, its foreign ministry said on Tuesday, rejecting what it described as a US request to receive non-Kyrgyz migrants whose own governments would not take them back.

"The Kyrgyz Republic receives its own citizens in accordance with its obligations. It is not in a position to become a place of transit for nationals of third states," the ministry said in a statement posted on its website.

A Western diplomat in Bishkek, speaking on condition of anonymity, said Washington had approached several Central Asian governments in recent months about accepting groups of deported migrants of various nationalities in exchange for help with border security and migration management.

The ministry said Kyrgyz citizens with final removal orders in the United States would continue to be received, and that 37 had returned on commercial flights through Istanbul in 2025. It did not say how many Kyrgyz nationals remain in US detention.

Neighbouring Uzbekistan received a charter flight with 131 of its citizens from the United States in March last year, and Kazakhstan has accepted smaller groups. None of the three countries has publicly agreed to take third-country nationals.

The US embassy in Bishkek did not respond to a request for comment.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-20",
    },
  },
  {
    id: "h6a-en-008",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 47 people to Albania",
    published: "2025-02-19",
    text: `A Home Office charter flight carrying 47 Albanian nationals left Stansted Airport on Tuesday evening and landed in Tirana just after midnight, the UK government said, as ministers seek to show progress on removing people with no right to remain.

Of those on board, 31 were foreign national offenders who had completed prison sentences in England and Wales, and the rest had exhausted their asylum appeals, a Home Office spokesperson said. "We will continue to remove those with no right to be here," she said.

The flight was the eleventh to Albania since the two countries signed a returns agreement in December 2022. Albanian police met the returnees at Tirana International Airport Nënë Tereza and released most of them after document checks.

Campaigners from a London-based detention charity said at least five people had been taken off the flight after last-minute legal challenges. "Several of these men have British children," said a caseworker with the group.

The UK removed 19,000 people in the year to September, including voluntary departures, according to official statistics. Albania was the most common nationality among enforced returns, followed by India, Romania and Brazil.

In a separate development, the United States this month published figures showing it had stepped up removals to countries in Europe and Central Asia, though Albania was not among the top destinations.`,
    expect: { relevant: false },
  },
  {
    id: "h6a-en-009",
    lang: "en",
    style: "near-miss",
    title: "ICE flies dozens of detainees from Newark to Louisiana, leaving lawyers scrambling",
    published: "2026-02-06",
    text: `NEWARK — Federal immigration authorities flew about 90 men held at the Delaney Hall detention center to Louisiana on Wednesday, lawyers and relatives said, a transfer that moves many of them hundreds of miles from their attorneys and from the immigration courts in New Jersey and New York.

The men were taken by bus before dawn to Newark Liberty International Airport and put aboard a chartered plane that landed at Alexandria International Airport in the afternoon, according to a flight log compiled by an advocacy group and reviewed by this newspaper.

ICE said in a statement that it "routinely transfers detainees between facilities to manage bed space" and that the move was "not related to any removal." None of the men has a removal date, their lawyers said, and at least a dozen have asylum hearings scheduled in Newark in the spring.

"My client's hearing is in March. Now I'm supposed to appear by video from Manhattan for a man sitting in a cell in Louisiana," said attorney Rafael Quiñones, who represents a Honduran father of three.

Detainees at the facility come from more than 30 countries, including Ecuador, Guatemala, India, Brazil and Senegal, according to a list shared by a volunteer group. Several families learned of the transfer only when calls from their relatives came from an unfamiliar area code.

Transfers between detention centers rose sharply last year, according to a university study that counted more than 400,000 such moves nationwide.`,
    expect: { relevant: false },
  },
  {
    id: "h6a-en-010",
    lang: "en",
    style: "wire",
    title: "Rwanda confirms it received seven deportees from the US in August",
    published: "2025-09-24",
    text: `KIGALI, Sept 24 (Wire) — Rwanda received seven people deported from the United States in mid-August, a government spokeswoman confirmed on Tuesday, the first arrivals under an agreement that allows Washington to send migrants of other nationalities to the east African country.

The group arrived in Kigali and is being housed by an international organisation, spokeswoman Solange Mukamana told reporters, without naming the organisation or giving the exact day of arrival. "Three of them have expressed a wish to return to their home countries, and four would like to stay and build a life in Rwanda," she said.

A person familiar with the arrangement said the seven were from Cameroon, Eritrea and Iraq and had all been held in US immigration detention. It was not clear where their flight had departed from.

Rwanda agreed earlier this year to take in up to 250 people removed from the United States, and has said it will vet each person proposed by Washington. A similar deal with Britain, signed in 2022, was abandoned in 2024 before any asylum seeker had been sent under it.

The United States has also sent third-country nationals to South Sudan and Eswatini, and has held talks with several other African governments.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["CM", "ER", "IQ"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["Kigali"],
      date: "2025-08",
    },
  },
  {
    id: "h6a-en-011",
    lang: "en",
    style: "receiving-country-local",
    title: "Around 40 Sri Lankans to be deported from US next week",
    published: "2026-03-05",
    text: `COLOMBO — Around 40 Sri Lankans held in immigration detention in the United States will be flown back to the island on a chartered aircraft next week, the Foreign Ministry said yesterday.

The flight is scheduled to leave Texas and land at Bandaranaike International Airport in Katunayake on Monday, March 9, a ministry spokesman said. The Sri Lankan embassy in Washington has issued emergency travel documents for those without valid passports.

The returnees will be questioned on arrival by officers of the Criminal Investigation Department and the Department of Immigration and Emigration, police spokesman SSP Ruwan Jayakody said. "Those who left the country illegally or on forged documents will be dealt with according to the law," he said.

Officials said most of the group had travelled to South America on tourist visas before making the journey north through Central America and Mexico, a route that smugglers have sold to young men from the Northern and Western provinces for as much as Rs 9 million.

Last year, 26 Sri Lankans were deported from the US on commercial flights, mostly via Dubai and Doha. Japan, Australia and Canada also regularly return Sri Lankan nationals, and Australia sent back a boat carrying 14 people in January.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["LK"],
      people: { value: 40, approx: true },
      departure: ["Texas"],
      arrival: ["Bandaranaike International Airport"],
      date: "2026-03-09",
    },
  },
  {
    id: "h6a-en-012",
    lang: "en",
    style: "near-miss",
    title: "164 Bangladeshis stranded in Libya return home on chartered flight",
    published: "2025-12-02",
    text: `DHAKA — A total of 164 Bangladeshi nationals who had been stranded in Libya returned home yesterday on a flight chartered by the International Organization for Migration (IOM), officials said.

The flight from Benghazi landed at Hazrat Shahjalal International Airport at around 9:15 am, according to the airport's immigration police. Officials from the Ministry of Expatriates' Welfare and Overseas Employment and IOM received the returnees, each of whom was given Tk 6,000 in cash, food and a SIM card.

Most of the returnees had been held in detention centres in eastern Libya after trying to reach Italy by sea, said an official of the Bangladesh embassy in Tripoli. "Many of them paid brokers Tk 5 lakh to Tk 8 lakh with the promise of a job in Europe," he said.

This was the ninth such repatriation flight from Libya this year, bringing the total number of returnees to more than 1,600. Bangladesh was among the top nationalities of people arriving irregularly in Italy in 2024, Italian interior ministry data show.

Bangladesh has also received several groups of its citizens deported from the United States and from Gulf countries this year, officials said, but those returns are handled through a separate process.`,
    expect: { relevant: false },
  },
  {
    id: "h6a-en-013",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 118 Indian nationals on charter flight",
    published: "2026-04-09",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement, in coordination with the Department of Homeland Security and the Government of India, removed 118 Indian nationals on April 7 aboard a chartered flight from Harlingen, Texas, to Amritsar, India.

The removal was conducted by ICE Enforcement and Removal Operations (ERO) with support from ICE Air Operations. All individuals on the flight had final orders of removal issued by an immigration judge or had been processed for expedited removal after entering the United States unlawfully.

"Individuals who do not have a legal basis to remain in the United States will be removed," said ERO Harlingen Field Office Director Alan R. Pruett. "We thank our partners in the Government of India for their continued cooperation."

In fiscal year 2025, ICE removed more than 2,400 Indian nationals, a record for the country, on both charter and commercial flights. Earlier this year, the agency conducted large-scale charter removals to Colombia, Ecuador, Peru and Uzbekistan, among other countries.

DHS continues to work with international partners to deter irregular migration and to combat smuggling networks that charge migrants tens of thousands of dollars for dangerous journeys through Central America and Mexico.

ICE does not disclose planned or pending transportation operations for security reasons. Noncitizens in removal proceedings are afforded due process before an immigration judge of the Department of Justice's Executive Office for Immigration Review.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 118, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Amritsar"],
      date: "2026-04-07",
    },
  },
  {
    id: "h6a-en-014",
    lang: "en",
    style: "near-miss",
    title: "Japan deports 44 Sri Lankans on chartered plane",
    published: "2025-07-30",
    text: `TOKYO — Japan's Immigration Services Agency said Wednesday it had deported 44 Sri Lankan nationals on a chartered aircraft the previous day, the largest single group removal since the country's revised immigration law took effect in 2024.

The flight left Narita International Airport on Tuesday morning and arrived in Colombo in the evening, the agency said. Thirty-nine of those removed had overstayed their visas and five had served prison sentences in Japan. About 60 immigration officers accompanied them.

Under the revised law, people who apply for refugee status three times or more can be deported while their applications are pending. Support groups said at least eight of the Sri Lankans had been in that situation.

"The government is sending people back to a country where some of them face real danger," said Kazuhiro Enomoto of a Tokyo-based refugee support network.

Japan's last chartered deportation flight, to the Philippines in March, carried 31 people. The agency said it planned further charters this fiscal year to Turkey, Vietnam and Nepal, countries with large numbers of overstayers in Japan.

Japan recognised 190 refugees last year out of more than 12,000 applications.`,
    expect: { relevant: false },
  },
  {
    id: "h6a-en-015",
    lang: "en",
    style: "near-miss",
    title: "Removals rose again in April, with Central Americans still the largest group, data show",
    published: "2026-05-12",
    text: `WASHINGTON — U.S. immigration authorities carried out about 38,000 removals in April, according to government data analysed by a university research center, the fourth consecutive monthly increase and roughly double the figure for the same month two years earlier.

Mexicans made up the largest single nationality, accounting for just over 40 percent of those removed, followed by Guatemalans, Hondurans and Salvadorans. Removals to India, Colombia and Ecuador each exceeded 1,000 for the month, while smaller numbers of people were sent to countries including Romania, Mauritania, Vietnam and China.

The data do not break down removals by flight. The research center estimated that ICE operated an average of about 45 removal flights a week in April, a figure based on public flight-tracking records rather than government disclosures.

"What's changed is not just the volume but the geography," said Lena Hartwig, a senior fellow at the center. "Two years ago, a removal to Central Asia or West Africa was rare. Now it happens every month."

The immigration court backlog, meanwhile, stood at 3.4 million cases at the end of April, down slightly from its peak, after the Justice Department dismissed or closed tens of thousands of older cases.

DHS said in a statement that the figures showed the administration was "restoring the rule of law" and that it expected removals to keep climbing through the summer.`,
    expect: { relevant: false },
  },
  {
    id: "h6a-en-016",
    lang: "en",
    style: "wire",
    title: "About 70 Senegalese deported from the US arrive in Dakar",
    published: "2025-05-16",
    text: `DAKAR, May 16 (Wire) — About 70 Senegalese migrants deported from the United States arrived early on Thursday at Blaise Diagne International Airport outside Dakar, the Senegalese government said, the largest such group to return from the US so far.

The General Directorate for Senegalese Abroad said in a statement that the returnees, all men, were received by officials from several ministries and given transport to their home regions. It did not give an exact number.

Tens of thousands of young Senegalese have left the country in recent years, many on wooden pirogues to Spain's Canary Islands and, since 2023, a growing number on flights to Nicaragua followed by the overland journey to the US border.

"Our young people must not risk their lives and their families' savings on these journeys," said Amadou Sow, a spokesman for the directorate. The returnees will receive help under a reintegration programme funded partly by the European Union, he added.

Spain separately operates regular repatriation flights from the Canary Islands to Dakar and Nouakchott; one such flight carried 48 Senegalese in April.

The United States listed Senegal last year among countries slow to issue travel documents for their nationals facing removal. US border data show more than 20,000 encounters with Senegalese nationals at the southwestern border in the 2024 fiscal year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN"],
      people: { value: 70, approx: true },
      departure: [],
      arrival: ["Blaise Diagne International Airport"],
      date: "2025-05-15",
    },
  },
  {
    id: "h6a-en-017",
    lang: "en",
    style: "near-miss",
    title: "Judge halts planned deportation flight to Libya hours before takeoff",
    published: "2026-01-09",
    text: `BOSTON — A federal judge on Thursday blocked the administration from deporting a group of about a dozen migrants to Libya, hours before a military plane was due to leave with them from a base in Texas, and ordered that none of them be removed to any third country without a new hearing.

U.S. District Judge Miriam Castellanos wrote that the men, who are from Laos, Vietnam, the Philippines and Mexico, had been given "no meaningful opportunity" to say they feared torture in Libya, and that removing them would violate an injunction the court issued last year.

Lawyers for the men said they learned of the plan on Wednesday evening, when several detainees called relatives to say they had been told to sign papers in English acknowledging removal to Libya. The men were returned to a detention center in San Antonio late Thursday, and the Department of Homeland Security said the flight had been cancelled.

The government has not said whether it will appeal or seek to send the men elsewhere. A DHS spokesperson said the department "will continue to use every lawful tool" to remove people with final orders whose home countries refuse to take them back.

Libya has not commented publicly on the plan. Human rights groups have documented torture and forced labour in Libyan migrant detention centers.

Earlier attempts to send migrants to third countries in Africa have also led to lengthy litigation.`,
    expect: { relevant: false },
  },
  {
    id: "h6a-en-018",
    lang: "en",
    style: "receiving-country-local",
    title: "31 Cambodians to be returned from US next week, ministry says",
    published: "2025-10-03",
    text: `PHNOM PENH — Thirty-one Cambodian nationals will be deported from the United States next week and are due to arrive at Techo International Airport on Tuesday, the Ministry of Interior said yesterday.

The group includes 28 men and three women, most of whom moved to the US as small children or were born in refugee camps in Thailand before their families were resettled, ministry spokesman Chea Vuthy said.

The returnees will be received by officials of the General Department of Immigration and by a returnee support centre that helps deportees find housing and work and obtain identity documents. "They are Khmer and we will help them start again," Mr Vuthy said.

More than 1,000 Cambodians have been deported from the US since the two countries signed a repatriation agreement in 2002. Many had been convicted of crimes as young people and served their sentences before being handed to immigration authorities.

Cambodian-American groups in Long Beach, California, and Lowell, Massachusetts, where large communities live, have held vigils this week for those due to be removed. "Most of them have never lived in Cambodia as adults," said an organiser in Lowell.

The last group, of 19 people, arrived in June on a flight that also stopped in Vietnam.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["KH"],
      people: { value: 31, approx: false },
      departure: [],
      arrival: ["Techo International Airport"],
      date: "2025-10-07",
    },
  },
  {
    id: "h6a-en-019",
    lang: "en",
    style: "receiving-country-local",
    title: "Pakistan resumes accepting US deportation flights after five-week pause",
    published: "2026-02-25",
    text: `ISLAMABAD: Pakistan on Monday resumed accepting deportation flights from the United States, ending a five-week suspension that officials had linked to disputes over verifying the identities of deportees, the Ministry of Interior said.

A ministry spokesperson said the decision followed a meeting between Interior Secretary Khurram Aftab and a visiting delegation of US officials in Islamabad, at which both sides agreed that the Federal Investigation Agency (FIA) would complete nationality checks before any charter was scheduled.

"Only those persons whose Pakistani nationality has been verified through NADRA records will be received," the spokesperson said. "This is a matter of our sovereignty and of the dignity of our citizens."

Pakistan stopped receiving charter flights in mid-January after, officials said, a flight carried several people whose Pakistani citizenship could not be established. Around 150 Pakistanis in US detention are awaiting removal, according to the Ministry of Overseas Pakistanis. The first flight under the restored arrangement is expected next month.

Pakistan also receives regular deportees from Saudi Arabia, the United Arab Emirates and Oman, mostly for visa violations; more than 5,000 were sent back from Gulf countries in the last quarter of 2025 alone, FIA data show.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PK"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-23",
    },
  },
  {
    id: "h6a-en-020",
    lang: "en",
    style: "near-miss",
    title: "New nonstop will link Houston with Honduras' Palmerola airport",
    published: "2025-06-04",
    text: `HOUSTON — A low-cost airline will begin nonstop service between George Bush Intercontinental Airport and Palmerola International Airport in central Honduras in September, giving the large Honduran community in the Houston area a direct link to Comayagua and to the capital, Tegucigalpa, about an hour's drive away.

The carrier said it would operate four weekly round trips with Airbus A320 aircraft, with introductory one-way fares from $129. The first flight is scheduled for Sept. 12.

"Houston has one of the biggest Honduran populations in the country, and until now most of them had to connect through San Salvador or fly into San Pedro Sula," the airline's commercial director, Patricia Lemus, said at a news conference at the airport.

Palmerola, which opened in 2021 on the site of a former military air base, also receives charter flights carrying Hondurans deported from the United States, as does Ramón Villeda Morales airport in San Pedro Sula. Honduran officials say more than 20,000 citizens were returned by air from the US last year.

Honduras' tourism institute said the route could also bring visitors to the Copán ruins and the Bay Islands. Houston's airport system said international passenger traffic grew 6 percent in the first quarter.`,
    expect: { relevant: false },
  },
  {
    id: "h6a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan 128 hondureños deportados en vuelo desde Luisiana",
    published: "2025-08-27",
    text: `COMAYAGUA. Un total de 128 hondureños deportados desde Estados Unidos aterrizaron la tarde de este martes en el Aeropuerto Internacional de Palmerola, en un vuelo procedente de Alexandria, Luisiana, informaron las autoridades migratorias.

Entre los retornados venían 111 hombres y 17 mujeres, según el registro del Centro de Atención al Migrante Retornado (CAMR), donde recibieron alimentación, atención médica y asesoría para tramitar documentos. Ningún menor de edad viajaba en el vuelo.

"Muchos de ellos llevaban más de diez años viviendo allá; algunos fueron detenidos camino al trabajo", relató a los periodistas la coordinadora del centro, Dilcia Maradiaga.

Con este vuelo suman más de 21,400 los hondureños retornados desde Estados Unidos en lo que va de 2025, una cifra que supera en casi un 30 por ciento la registrada en el mismo periodo del año anterior, de acuerdo con datos del Observatorio Consular y Migratorio de Honduras. A ellos se suman unos 9,000 retornados por vía terrestre desde México y Guatemala.

Para el miércoles se esperaba la llegada de dos vuelos más a San Pedro Sula, según el calendario compartido por la Cancillería.

El Gobierno mantiene un programa que entrega un bono de 100 dólares a cada retornado, además de capacitación técnica y acceso a créditos para pequeños emprendimientos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 128, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Palmerola"],
      date: "2025-08-26",
    },
  },
  {
    id: "h6a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Sesenta y tres dominicanos deportados desde EE. UU. llegan al AILA",
    published: "2026-03-18",
    text: `SANTO DOMINGO. Sesenta y tres dominicanos deportados por las autoridades de Estados Unidos llegaron ayer al país en un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE), informó la Dirección General de Migración (DGM).

La aeronave aterrizó a las 2:10 de la tarde en el Aeropuerto Internacional de Las Américas (AILA), donde los repatriados fueron recibidos por agentes de la DGM, de la Dirección Nacional de Control de Drogas y de la Policía Nacional.

De los retornados, 58 son hombres y cinco mujeres. La DGM indicó que 19 de ellos cumplieron condenas en territorio estadounidense por delitos como tráfico de drogas, robo y violencia doméstica, y que serán fichados por la Policía antes de reunirse con sus familiares.

En lo que va de año, la República Dominicana ha recibido a más de 1,200 nacionales deportados desde Estados Unidos, en su mayoría en vuelos semanales que llegan los martes o los jueves.

Paralelamente, la DGM informó que durante la semana pasada repatrió a 4,870 extranjeros en situación migratoria irregular, en su mayoría haitianos, a través de los puntos fronterizos de Dajabón, Elías Piña y Jimaní.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 63, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-03-17",
    },
  },
  {
    id: "h6a-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay recibirá a solicitantes de asilo enviados por Estados Unidos",
    published: "2025-11-06",
    text: `ASUNCIÓN. El Gobierno paraguayo confirmó este miércoles que aceptará recibir a personas de otras nacionalidades que solicitaron asilo en Estados Unidos, en el marco de un acuerdo de "tercer país seguro" cuyo texto fue remitido al Congreso para su ratificación.

El vicecanciller Osvaldo Benítez explicó en conferencia de prensa que el país recibirá "un número limitado" de personas, con un tope inicial de 50 al año, y que cada caso será evaluado por la Comisión Nacional de Refugiados. "No se trata de deportados con antecedentes penales; son solicitantes de protección que podrán tramitar su pedido aquí", afirmó.

Según Benítez, Estados Unidos financiará el alojamiento y la asistencia de esas personas durante sus primeros seis meses en el país, a través de organismos internacionales. No se informó cuándo llegaría el primer grupo ni de qué países provendría.

La oposición cuestionó el acuerdo. El senador Hugo Ferreira dijo que Paraguay "no tiene capacidad" para integrar a extranjeros cuando "miles de paraguayos emigran cada año a Argentina y España en busca de trabajo".

Estados Unidos ha firmado arreglos similares en los últimos meses con Guatemala, Honduras y Uganda, entre otros países.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-11-05",
    },
  },
  {
    id: "h6a-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Alrededor de 110 ecuatorianos deportados llegan a Latacunga",
    published: "2025-09-12",
    text: `Alrededor de 110 ecuatorianos deportados desde Estados Unidos llegaron la mañana de este jueves 11 de septiembre al Aeropuerto Internacional Cotopaxi, en Latacunga, en el segundo vuelo de la semana con connacionales retornados.

El avión despegó desde San Antonio, Texas, y aterrizó pasadas las 09:30, según el Ministerio de Relaciones Exteriores y Movilidad Humana, que no precisó la cifra exacta de pasajeros. Entre los retornados había al menos cuatro familias con niños pequeños.

Los deportados fueron recibidos por personal de la Cancillería, la Policía Nacional y el Ministerio de Salud, que les realizó chequeos médicos. Luego, en buses contratados por el Estado, se trasladaron a Quito, Cuenca y Azogues, ciudades de origen de muchos de ellos.

"Yo pagué 17,000 dólares para llegar y me agarraron a los tres meses", dijo a este Diario un hombre de 29 años de Cañar que pidió no ser identificado.

Según cifras oficiales, en 2025 han llegado a Ecuador 68 vuelos con deportados desde Estados Unidos, con unas 7,300 personas. A inicios de semana, otro vuelo con un número similar de ecuatorianos había aterrizado en Guayaquil.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 110, approx: true },
      departure: ["San Antonio, Texas"],
      arrival: ["Aeropuerto Internacional Cotopaxi"],
      date: "2025-09-11",
    },
  },
  {
    id: "h6a-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "EE. UU. envía a Belice a 14 solicitantes de asilo de otros países",
    published: "2026-04-22",
    text: `Un avión con 14 migrantes enviados por el gobierno de Estados Unidos aterrizó el lunes en el Aeropuerto Internacional Philip S. W. Goldson, cerca de la Ciudad de Belice, en el primer traslado bajo el acuerdo de "tercer país seguro" que ambos gobiernos firmaron el año pasado.

Ninguno de los pasajeros es beliceño. Según el Ministerio de Inmigración de Belice, el grupo está formado por hondureños, nicaragüenses y cubanos que habían pedido asilo en Estados Unidos y cuyos casos serán examinados ahora por las autoridades beliceñas.

El vuelo salió de Harlingen, Texas, confirmó a esta cadena una fuente del Departamento de Seguridad Nacional (DHS) que pidió el anonimato. Abogados de inmigración del sur de Texas dijeron que al menos dos de sus clientes recibieron la notificación con menos de 24 horas de anticipación.

"Mi cliente nunca había oído hablar de Belice hasta la semana pasada. Tiene a su esposa y a su hija en Houston", dijo la abogada Gabriela Montaño.

El gobierno beliceño ha dicho que el acuerdo contempla un máximo de 40 personas en su primer año y que Estados Unidos cubrirá los gastos de alojamiento. La oposición en Belmopán ha pedido que se haga público el texto completo.

Estados Unidos ha alcanzado arreglos parecidos con Paraguay, Uganda y Ruanda, mientras que otros países, como Kirguistán, se han negado a recibir a extranjeros deportados.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BZ"],
      nationalities: ["HN", "NI", "CU"],
      people: { value: 14, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional Philip S. W. Goldson"],
      date: "2026-04-20",
    },
  },
  {
    id: "h6a-es-006",
    lang: "es",
    style: "near-miss",
    title: "INM traslada en avión a 180 migrantes de Tijuana a Villahermosa",
    published: "2025-07-11",
    text: `TIJUANA, BC. El Instituto Nacional de Migración (INM) trasladó este jueves por vía aérea a 180 personas extranjeras desde Tijuana hasta Villahermosa, Tabasco, como parte del programa de "descompresión" de la frontera norte, informó la dependencia en un comunicado.

Los migrantes, en su mayoría venezolanos, hondureños y guatemaltecos, abordaron en el Aeropuerto Internacional de Tijuana un avión de una aerolínea comercial contratado por el Gobierno federal, custodiados por elementos de la Guardia Nacional. Muchos de ellos habían sido devueltos a México por las autoridades estadounidenses a través de la garita de San Ysidro en las últimas semanas.

Una vez en Villahermosa, el INM ofrecerá a quienes lo deseen el "retorno asistido" a sus países de origen o la regularización de su situación migratoria en el sur del país, explicó el delegado en Baja California, Rodolfo Ceballos.

Organizaciones civiles criticaron la medida. "Los sacan de la frontera para que dejen de ser visibles", dijo Soledad Arriaga, coordinadora de un albergue en Tijuana.

En lo que va del año, el INM ha realizado 23 vuelos de este tipo desde ciudades fronterizas como Tijuana, Ciudad Juárez y Reynosa hacia Villahermosa y Tapachula, con más de 4,000 personas trasladadas.`,
    expect: { relevant: false },
  },
  {
    id: "h6a-es-007",
    lang: "es",
    style: "near-miss",
    title: "Gobierno expulsa a 67 extranjeros en vuelo de la FACh a Perú y Colombia",
    published: "2026-06-02",
    text: `SANTIAGO. Un avión Boeing 767 de la Fuerza Aérea de Chile (FACh) despegó el domingo desde el aeropuerto de Santiago con 67 ciudadanos extranjeros expulsados del país, en el tercer vuelo de este tipo en lo que va del año, informó el Servicio Nacional de Migraciones.

La aeronave hizo una primera escala en Lima, donde descendieron 29 peruanos, y continuó luego hacia Bogotá con 38 colombianos. Según el Gobierno, 52 de los expulsados cumplieron condenas por delitos en Chile y el resto fue sancionado por ingreso clandestino.

"Quien viene a Chile a delinquir debe saber que será expulsado", afirmó el subsecretario del Interior, Matías Undurraga.

El Gobierno espera realizar al menos cinco vuelos más antes de fin de año, incluidos algunos a Bolivia y República Dominicana. Con Venezuela, que no mantiene relaciones consulares con Chile, las expulsiones siguen prácticamente paralizadas.

Chile, por su parte, también recibe a connacionales deportados desde Estados Unidos y España, en su mayoría en vuelos comerciales.`,
    expect: { relevant: false },
  },
  {
    id: "h6a-es-008",
    lang: "es",
    style: "spanish-outlet",
    title: "Vuelo con 94 peruanos deportados desde EE. UU. llegará este viernes al Callao",
    published: "2025-12-17",
    text: `LIMA. Un vuelo con 94 ciudadanos peruanos deportados desde Estados Unidos llegará este viernes al Aeropuerto Internacional Jorge Chávez, en el Callao, informó el Ministerio de Relaciones Exteriores.

De acuerdo con la Cancillería, la aeronave, fletada por el Servicio de Inmigración y Control de Aduanas (ICE), partirá desde Luisiana y tiene previsto aterrizar cerca de las 11 de la noche. Entre los pasajeros figuran 81 hombres y 13 mujeres; no viajan menores de edad.

La Superintendencia Nacional de Migraciones, la Policía Nacional y personal del Ministerio de la Mujer instalarán un módulo de atención en el terminal para verificar la identidad de los retornados y brindarles orientación.

Será el noveno vuelo de deportación desde Estados Unidos que recibe el Perú en 2025. Hasta noviembre, según Migraciones, habían retornado por esta vía unos 1,850 peruanos, frente a 640 en todo el año 2024.

La Cancillería recordó que los consulados en Estados Unidos brindan asistencia legal a los connacionales detenidos y pidió a los familiares informarse a través de los canales oficiales.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["PE"],
      people: { value: 94, approx: false },
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2025-12-19",
    },
  },
  {
    id: "h6a-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Nicaragua suspende la recepción de vuelos con deportados desde Estados Unidos",
    published: "2026-05-28",
    text: `SAN JOSÉ. El gobierno de Nicaragua anunció el martes que suspende "hasta nuevo aviso" la recepción de vuelos chárter con nicaragüenses deportados desde Estados Unidos, en medio de la escalada de tensiones entre Managua y Washington por nuevas sanciones económicas.

El anuncio fue leído en los medios oficialistas por la vicepresidencia, que calificó los vuelos de "traslados humillantes" y exigió que los nicaragüenses sean devueltos "con dignidad, en vuelos comerciales y sin grilletes".

Nicaragua recibió el año pasado unos 48 vuelos de deportación desde Estados Unidos, con alrededor de 5,600 personas, según registros de organizaciones de la sociedad civil en el exilio.

Washington podría responder con restricciones de visas para funcionarios nicaragüenses, como lo ha hecho con otros gobiernos que se niegan a recibir a sus ciudadanos, advirtió el analista costarricense Esteban Quesada.

En Costa Rica, donde viven más de 400,000 nicaragüenses, la Dirección General de Migración y Extranjería dijo que vigila la situación ante un posible aumento de llegadas por la frontera norte. El Departamento de Estado no respondió a una solicitud de comentarios.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["NI"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-05-26",
    },
  },
  {
    id: "h6a-es-010",
    lang: "es",
    style: "near-miss",
    title: "Llegan 85 salvadoreños deportados desde México por vía aérea",
    published: "2024-11-14",
    text: `SAN SALVADOR. Un total de 85 salvadoreños deportados desde México aterrizaron la mañana de este miércoles en el Aeropuerto Internacional de El Salvador San Óscar Arnulfo Romero, en un vuelo fletado por el Instituto Nacional de Migración (INM) mexicano que despegó de Tapachula, Chiapas.

La Dirección General de Migración y Extranjería (DGME) informó que entre los retornados había 12 menores de edad, nueve de ellos no acompañados, que quedaron bajo resguardo de las autoridades de protección de la niñez.

Los adultos pasaron por el centro de atención para migrantes de la terminal aérea, donde recibieron kits de higiene, atención médica y orientación sobre programas de empleo.

En lo que va de 2024, El Salvador ha recibido más de 9,000 retornados, la mayoría procedentes de Estados Unidos, según las estadísticas de la DGME. La cifra representa una reducción frente a años anteriores, lo que el gobierno atribuye a la caída de la emigración irregular.

México, por su parte, ha intensificado este año los vuelos de retorno hacia Centroamérica y Sudamérica desde sus estaciones migratorias del sur.`,
    expect: { relevant: false },
  },
];
