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
];
