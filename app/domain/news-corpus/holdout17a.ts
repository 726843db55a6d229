// Held-out news corpus no. 17 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT17A: CorpusArticle[] = [
  {
    id: "h17a-en-001",
    lang: "en",
    style: "dhs-release",
    title: "ICE conducts removal flight to Mauritania",
    published: "2025-03-14",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement, in coordination with the Department of Homeland Security and U.S. Customs and Border Protection, carried out a removal flight to Mauritania on March 12, returning 118 Mauritanian nationals who had been ordered removed by immigration judges.

The charter departed Alexandria, Louisiana, and landed in Nouakchott, where the passengers were handed over to Mauritanian authorities. According to ICE, every one of them had entered the United States unlawfully in 2023 or 2024, and most were apprehended after crossing the Southwest border between ports of entry.

"Each person on this flight had a full hearing before an immigration judge," said Dana Whitcomb, deputy assistant director of ICE Air Operations. "When a final order is issued, we carry it out, and we thank the government of Mauritania for working with us on these returns."

The removal is the third to Mauritania since October. ICE has also flown removal missions this fiscal year to Senegal, Guinea, Angola, India and Uzbekistan, alongside the routine flights it operates every week to Mexico and Central America.

Noncitizens in removal proceedings receive due process in the immigration courts run by the Justice Department's Executive Office for Immigration Review. For reasons of operational security, the agency does not announce flights before they take place.

ICE Air Operations moves detained noncitizens on chartered aircraft and commercial airlines in support of field offices across the country. In fiscal year 2024, Enforcement and Removal Operations carried out more than 260,000 removals to upward of 190 countries.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      nationalities: [],
      people: { value: 118, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Nouakchott"],
      date: "2025-03-12",
    },
  },
  {
    id: "h17a-en-002",
    lang: "en",
    style: "wire",
    title: "US deportation charter stops in Dakar, then Conakry",
    published: "2025-11-13",
    text: `DAKAR, Senegal (Sahel Press Service) — A plane chartered by U.S. immigration authorities landed in Dakar on Tuesday with Senegalese citizens deported from the United States, then flew on to Conakry to drop off Guineans, officials in both capitals said.

The aircraft had taken off from Louisiana, where U.S. Immigration and Customs Enforcement runs a large staging center for removals to Africa and Latin America. It arrived at Blaise Diagne International Airport shortly after dawn and spent about two hours on the ground before leaving for Guinea.

"We were told there were about 140 passengers for the two stops together, nearly all of them men under 35," said Aminata Sarr, who coordinates a reception desk for returnees run by a Dakar charity. "Many left Senegal through Nicaragua two years ago and spent everything their families had on the journey."

Senegal's interior ministry confirmed the arrival but gave no breakdown. In Conakry, a spokesman for the Guinean foreign ministry said the returnees had been "received with dignity" and taken to a transit center, without saying how many there were.

West African migration to the U.S. southern border rose sharply in 2023, when travel agents in Dakar, Nouakchott and Conakry sold packages routing migrants through Turkey and Central America. Mauritania has received several removal flights since then, and a charter to Senegal in May carried roughly 100 people.

Rights groups in Senegal have asked the government to publish the terms under which it accepts the flights. "People come home with nothing, sometimes still in the clothes they were arrested in," Sarr said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN", "GN"],
      nationalities: [],
      people: { value: 140, approx: true },
      departure: ["Louisiana"],
      arrival: ["Dakar", "Conakry"],
      date: "2025-11-11",
    },
  },
  {
    id: "h17a-en-003",
    lang: "en",
    style: "wire",
    title: "Second group of third-country deportees sent to Cameroon",
    published: "2026-03-04",
    text: `YAOUNDÉ, Cameroon (Central Africa Wire) — The United States has sent another group of migrants who are not Cameroonian citizens to Cameroon, lawyers for some of them said on Tuesday, describing a flight that landed in the capital on Monday.

The group is made up of eight men and three women — eleven people in all — from Sierra Leone, Ethiopia, Eritrea and Zimbabwe, according to Brigitte Ndongo, a Yaoundé lawyer who said she had spoken by telephone with two of them. None had ever lived in Cameroon, she said, and several had won protection orders from U.S. immigration judges that barred their return to their own countries.

"They only learned where they were going once they were already chained inside the plane," Ndongo said. "Now they are in a guarded building and nobody will tell them what happens next."

The plane left from Louisiana, according to Marcus Heller, a U.S.-based attorney who represents one of the Eritreans. It was the second such transfer this year: in January, seven Africans of other nationalities were flown to Yaoundé on a similar charter, and at least two of them have since been sent on to their home countries.

Cameroon's government has not announced any agreement with Washington, and a spokesman for the Ministry of External Relations declined to comment. A U.S. official who asked not to be named confirmed that "a removal flight to Cameroon took place this week" but would not give details.

Washington has reached or sought similar arrangements with Eswatini, Rwanda, Ghana, Equatorial Guinea and South Sudan. Critics in Cameroon say the deals are negotiated in secret and leave the deportees in legal limbo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      nationalities: ["SL", "ET", "ER", "ZW"],
      people: { value: 11, approx: false },
      departure: ["Louisiana"],
      arrival: ["Yaoundé"],
      date: "2026-03-02",
    },
  },
  {
    id: "h17a-en-004",
    lang: "en",
    style: "us-local",
    title: "Alexandria airport sees steady stream of ICE charters",
    published: "2025-05-10",
    text: `By Renée Thibodeaux, Central Louisiana Ledger

ALEXANDRIA — A white Boeing 737 with no markings beyond a thin blue stripe taxied to the far end of the ramp at Alexandria International Airport on Thursday afternoon, where two buses from the nearby ICE staging facility sat waiting.

Within the hour the jet was airborne for San Pedro Sula, Honduras, according to flight-tracking data reviewed by the Ledger. It was one of more than a dozen removal flights to leave the former England Air Force Base so far this month.

Neither ICE nor Honduras' national migration institute had said by Friday evening how many people were aboard. An ICE spokesman, answering questions by email, said the agency "does not discuss individual flight manifests" and pointed the Ledger to its annual statistics.

For people who live near the airport, the flights have become part of the background noise. "You hear them early and you hear them late," said Curtis Lamarque, who runs a tire shop off England Drive. "Some days it's three or four."

Volunteers with a regional immigrant-rights network, who log departures using public transponder data, counted 58 flights operated for ICE out of Alexandria in April, up from 41 in March. The most frequent destinations were Guatemala City, San Pedro Sula and Tegucigalpa, followed by Bogotá and Santo Domingo.

The staging facility, run by a private contractor, holds detainees for a few days before they are flown out. Parish officials have welcomed the jobs, though the police jury has asked the airport authority for more information about the bus traffic.

"We're a small airport doing a very big federal job," said airport spokeswoman Jolene Fontenot. "Our part is the runway. What happens on the plane is up to the government."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      nationalities: [],
      people: null,
      departure: ["Alexandria International Airport"],
      arrival: ["San Pedro Sula"],
      date: "2025-05-08",
    },
  },
  {
    id: "h17a-en-005",
    lang: "en",
    style: "us-local",
    title: "Guatemala-bound removal flight leaves Harlingen, second of the week",
    published: "2024-10-19",
    text: `By Marisol Treviño, Valley Courier-Gazette

HARLINGEN — Federal officers loaded a chartered jet at Valley International Airport before sunrise Friday for a flight to Guatemala City, the second deportation flight to leave Harlingen this week.

Guatemala's migration institute said later in the day that 132 of its citizens had arrived on the plane, 19 of them women. Officials met the passengers at the airport with sandwiches, water and free bus rides to the western highlands, where many of them come from.

On Monday, a separate flight from the same airport carried 97 Salvadorans to San Salvador, according to El Salvador's foreign ministry.

Most of those flown out of Harlingen are held beforehand at the Port Isabel Detention Center in nearby Los Fresnos, a sprawling ICE facility near the coast. Attorneys who work there say transfers to the airport often happen with only a few hours' warning.

"I had a client call me at two in the morning to say they were putting him on a bus," said Ana Lucía Cárdenas, a Brownsville immigration lawyer. "By the time I had his file open, he was in the air."

Valley International is one of several South Texas airports ICE uses for removals to Central America, along with airports in Brownsville, Laredo and San Antonio. Airport director Glen Ashby said charter operations bring in landing fees but are a small share of the airport's traffic.

The Guatemalan government received more than 50,000 deportees by air from the United States in the last fiscal year, according to its own figures.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: [],
      people: { value: 132, approx: false },
      departure: ["Harlingen"],
      arrival: ["Guatemala City"],
      date: "2024-10-18",
    },
  },
  {
    id: "h17a-en-006",
    lang: "en",
    style: "us-local",
    title: "Another deportation flight to Venezuela departs Mesa",
    published: "2025-07-25",
    text: `By Kyle Ostrander, Mesa Daily Record

MESA — A charter jet working for U.S. Immigration and Customs Enforcement left Phoenix-Mesa Gateway Airport on Wednesday morning bound for Venezuela, continuing a run of twice-weekly removal flights that has turned the former air base in the southeast Valley into the main departure point for deportations to Caracas.

The flight followed the routine of dozens before it: detainees bused in from processing centers, a short wait on the tarmac, and a nonstop trip of roughly five and a half hours to Simón Bolívar International Airport at Maiquetía, on the coast below the Venezuelan capital.

Gateway officials said they do not comment on individual charter operations. ICE did not respond to a request for comment.

In Caracas, Venezuela's interior ministry said that nearly 180 migrants had come home on the flight, which it presented as part of its state-run repatriation program. It said the group included 14 children traveling with their parents.

The flights from Mesa began in February after Washington and Caracas, which do not have formal diplomatic relations, reached an understanding on returns. Venezuela says more than 9,000 of its citizens have been brought back from the United States this way since then, a figure the Record could not verify.

Gateway also handles occasional removal charters to Guatemala and Honduras. Residents of the neighborhoods under the flight path say they have learned to tell the deportation jets apart from the budget airlines that use the field.

"They leave at the same time, they never have a logo," said Dolores Quintanilla, who lives a mile from the runway. "You just know."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      nationalities: [],
      people: { value: 180, approx: true },
      departure: ["Phoenix-Mesa Gateway Airport"],
      arrival: ["Maiquetía"],
      date: "2025-07-23",
    },
  },
  {
    id: "h17a-en-007",
    lang: "en",
    style: "us-local",
    title: "ICE sends monthly deportation flight to Havana",
    published: "2025-06-27",
    text: `By Alina Ferrer, Biscayne Courier

MIAMI — A chartered plane carrying Cuban nationals with final orders of removal took off from Miami International Airport on Thursday morning and landed in Havana a little over an hour later, the latest of the roughly monthly flights the two governments agreed to years ago.

"One hundred and four Cuban nationals were removed on today's flight," ICE spokeswoman Lorena Baptiste said in an emailed statement, adding that several of them had criminal convictions in Florida.

Cuba's interior ministry, in a note read on state television, said the returnees had been examined by health workers and interviewed by immigration officers on arrival, and that three were under investigation for having left the island illegally by boat.

The flights are separate from the Coast Guard's repatriations at sea. Last week a cutter returned 38 Cubans picked up in the Florida Straits to the port of Bahía de Cabañas, west of Havana, the Coast Guard said.

For South Florida's Cuban American community, the flights remain a sore subject. "Every month someone after Mass asks me to find out whether a nephew or a cousin was on the plane," said the Rev. Tomás Urquiaga, a priest in Hialeah. "Usually we hear from Havana before we hear from anyone here."

Havana has at times accepted only a fraction of the Cubans Washington wants to deport, and tens of thousands of Cubans in the United States have final removal orders that have never been carried out, according to federal court filings.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      nationalities: [],
      people: { value: 104, approx: false },
      departure: ["Miami International Airport"],
      arrival: ["Havana"],
      date: "2025-06-26",
    },
  },
  {
    id: "h17a-en-008",
    lang: "en",
    style: "us-local",
    title: "Air Force jet to fly Ecuadorian detainees out of El Paso on Friday",
    published: "2025-02-18",
    text: `By Héctor Lozano, Borderland Post

EL PASO — A U.S. Air Force C-17 is scheduled to depart Biggs Army Airfield on Friday carrying about 80 Ecuadorian migrants to Quito, two officials familiar with the plans told the Borderland Post on Monday.

The flight would be the first military deportation flight to Ecuador since the Pentagon began lending aircraft to the Department of Homeland Security last month. Military planes have already flown detainees out of El Paso to Guatemala, Honduras and Colombia, and to the naval station at Guantánamo Bay, Cuba.

Ecuador's foreign ministry said in a short statement that it "has been informed of a return operation in the coming days" and that consular staff would be on hand to receive its citizens. It gave neither a date nor a number.

One of the officials cautioned that the schedule could still change. "These missions get moved around up to the last minute, depending on aircraft and crews," the official said, speaking on condition of anonymity because the plans had not been made public.

Advocates in El Paso say the military flights are far more expensive than the commercial charters ICE has long used. Per hour of flying, a C-17 costs several times what a leased airliner does, according to budget documents cited by members of Congress.

The detainees are being held at a processing site on Fort Bliss that opened in January, said Graciela Montes of the Paso del Norte Migrant Defense Project. "Families call us asking if their son is on the list for Friday, and we simply don't know," she said.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["EC"],
      nationalities: [],
      people: { value: 80, approx: true },
      departure: ["Biggs Army Airfield"],
      arrival: ["Quito"],
      date: "2025-02-21",
    },
  },
  {
    id: "h17a-en-009",
    lang: "en",
    style: "wire",
    title: "Deported Brazilians reach Minas Gerais after stop in Fortaleza",
    published: "2025-08-16",
    text: `BELO HORIZONTE, Brazil (Southern Cone News Service) — A plane chartered by U.S. immigration authorities landed at Confins International Airport outside Belo Horizonte late on Friday, completing a trip from Louisiana that included a stop in the northeastern city of Fortaleza.

Brazil's human rights ministry said more than 90 Brazilians had been deported on the flight, several families with small children among them. About a third left the plane in Fortaleza, where federal police checked documents and had the restraints removed, the ministry said, before the aircraft continued south.

"The stop in Fortaleza means fewer hours in handcuffs for people who have hurt nobody," said ministry official Juliana Prates, who met the group at Confins. "That was our demand, and the Americans accepted it."

Brazil and the United States signed an agreement in 2018 under which chartered deportation flights land in Brazil, most of them at Confins, which is close to Governador Valadares and other towns in Minas Gerais with long histories of emigration to the United States.

The arrangement came under strain in January, when passengers on an earlier flight complained of being shackled for the whole journey and of a failed air-conditioning system during an unplanned stop in Manaus. Brasília protested to the U.S. embassy, and the two sides later agreed on the new routing.

Passengers who spoke to reporters on Friday night described the treatment on board as correct but cold. "Nobody hit anyone, but nobody told us anything either," said Wellington Souza, 34, who had lived in Massachusetts for six years.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      nationalities: [],
      people: { value: 90, approx: true },
      departure: ["Louisiana"],
      arrival: ["Fortaleza", "Confins"],
      date: "2025-08-15",
    },
  },
  {
    id: "h17a-en-010",
    lang: "en",
    style: "wire",
    title: "Angola agrees to receive some non-Angolan deportees from US",
    published: "2026-05-20",
    text: `LUANDA, Angola (Atlantic Coast Wire) — Angola has agreed to take in a limited number of people deported from the United States who are not Angolan citizens, the foreign ministry said on Tuesday, making it the latest African government to join Washington's third-country removal program.

In a statement, the ministry said the arrangement would cover only nationals of other African countries, would be applied case by case and would exclude anyone convicted of violent crimes. It said Angola would take "no more than 100 people in the first year" and that the United States would pay for housing and onward travel.

"Angola is acting out of solidarity with African brothers and sisters in a difficult situation. We are not a warehouse for anyone," ministry spokesman Adérito Manuel told a state radio program. He did not say when the first transfers would happen.

The U.S. embassy in Luanda welcomed the decision as "a sign of a mature partnership" and said it would keep working with Angolan authorities on the return of Angola's own citizens, dozens of whom have been sent home on multi-stop charters to West and Central Africa since 2023.

Eswatini, Rwanda, Ghana, Equatorial Guinea and Cameroon have already received deportees from other countries, while Burkina Faso publicly turned down a U.S. request last year.

Opposition lawmakers in Luanda said parliament had not been consulted. "We learned about this from a press release," said deputy Filomena Cassoma. "Angolans deserve to know what our government was offered in exchange."`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["AO"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-05-19",
    },
  },
  {
    id: "h17a-en-011",
    lang: "en",
    style: "wire",
    title: "Rights group says US flew East Africans to Equatorial Guinea",
    published: "2025-12-05",
    text: `MALABO, Equatorial Guinea (Gulf of Guinea Wire) — The United States deported a group of East Africans to Equatorial Guinea on Thanksgiving Day, a rights organization and a lawyer for two of the deportees said this week, in what appears to be the first such transfer to the Central African country.

The group arrived in Malabo on the night of Nov. 27 aboard a charter that had left from Texas, said Paulina Okafor of the Migrant Justice Network for Africa, a Nairobi-based advocacy group. She said she had confirmed the identities of about a dozen people from Kenya, Uganda and Sudan.

"Several of them had won their cases in immigration court. They had papers saying they could not be sent home," Okafor said. "Instead they were sent to a country where they know nobody and do not speak the language."

Equatorial Guinea's government acknowledged "the reception of a small number of foreign nationals under an agreement with a friendly country" but gave no figure. A hotel employee in Malabo said the group was being kept in a guarded wing and was not allowed to leave.

Officials in Malabo had said in the spring that they were in talks with Washington about accepting African deportees, on condition that the United States pay for their housing and reintegration. Earlier this year, a handful of Equatoguinean citizens were returned from the United States on a small private jet.

The U.S. State Department said it does not comment on diplomatic arrangements with other governments but that removals to third countries "comply fully with U.S. law."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GQ"],
      nationalities: ["KE", "UG", "SD"],
      people: { value: 12, approx: true },
      departure: ["Texas"],
      arrival: ["Malabo"],
      date: "2025-11-27",
    },
  },
  {
    id: "h17a-en-012",
    lang: "en",
    style: "wire",
    title: "Ghana confirms new group of West Africans sent from US",
    published: "2026-06-10",
    text: `ACCRA, Ghana (Gulf of Guinea Wire) — Ghana's government said on Tuesday that it had admitted another group of West Africans deported by the United States, and that most of them had already been taken by road to their home countries.

Nineteen people — eleven Nigerians, five Liberians and three Togolese — arrived in Accra on Saturday aboard a U.S. military transport plane, Deputy Foreign Minister Kwabena Asante-Boakye told reporters. None of them is Ghanaian.

"We received them under the ECOWAS rules on free movement, as fellow West Africans, and we have helped them continue their journey," Asante-Boakye said. He said two of the Liberians were still in Accra for medical checks.

Lawyers in the United States who represent some of the group said at least four had been granted protection by U.S. immigration judges because they feared persecution at home. "Routing them through Accra does not change where they end up," said Daniel Whitfield, a Washington-based attorney.

Ghana first agreed last year to take in West Africans removed from the United States, a decision that drew criticism at home after some deportees said they had been held for days at a military camp outside the capital.

Officials in Lomé and Monrovia said they had not been told in advance about the transfer. Nigeria's foreign ministry said it was "seeking clarity" on how many of its citizens had been sent to Ghana since the arrangement began.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "LR", "TG"],
      people: { value: 19, approx: false },
      departure: [],
      arrival: ["Accra"],
      date: "2026-06-06",
    },
  },
  {
    id: "h17a-en-013",
    lang: "en",
    style: "wire",
    title: "Guinea to accept US deportation flights again",
    published: "2024-09-26",
    text: `CONAKRY, Guinea (Sahel Press Service) — Guinea will once again accept charter flights carrying its citizens deported from the United States, the government said on Wednesday, ending a standoff that had led Washington to restrict visas for Guinean officials.

Government spokesman Ibrahima Kourouma said on state television that consular teams would resume interviewing Guineans held in U.S. detention and issuing the travel documents needed for their return. "Guinea has never refused its children. We only asked that the process respect their dignity," he said.

U.S. officials had accused Conakry of stalling for more than a year on requests to identify its nationals, and earlier this year added Guinea to a short list of countries it considers uncooperative on returns. The embassy in Conakry said on Wednesday that it "welcomes the government's commitment" and would review the visa restrictions.

According to U.S. figures, about 2,000 Guineans in the United States have final orders of removal. Many arrived in recent years through Central America and the Mexican border, part of a wider rise in West African migration that also brought large numbers of Senegalese and Mauritanians.

Neither government said when the first flight would take place. Under past practice, Guineans were flown on multi-stop charters that also stopped in Dakar or Nouakchott.

Families in Conakry reacted with unease. "My brother has children in Ohio," said Mariama Diallo, a market trader in the Madina district. "For the government this is diplomacy. For us it is a family torn in two."`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GN"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-09-25",
    },
  },
  {
    id: "h17a-en-014",
    lang: "en",
    style: "wire",
    title: "Chad braces for first deportation charter from US",
    published: "2026-09-03",
    text: `N'DJAMENA, Chad (Sahel Press Service) — Chad expects to receive its first charter flight of citizens deported from the United States before the end of September, an official at the ministry responsible for Chadians abroad said on Wednesday.

The plane will land in N'Djamena, said the official, who asked not to be named because the date had not been made public. "We have received a list, but it is not final, and the Americans can add or remove names until the last day," he said. He declined to say how many people were on it.

Until now, the small number of Chadians deported from the United States have been sent home individually on commercial flights through Paris or Addis Ababa, according to diplomats in the capital.

Relations between the two countries have been tense since Chad was included in a U.S. travel ban last year. N'Djamena responded at the time by suspending visas for American citizens, though it later eased that measure for business travelers.

The U.S. embassy said in a message to reporters that it "does not discuss the operational details of removals" but that Chad had "agreed to meet its obligation to accept the return of its nationals."

Chad's interior ministry said returnees would be screened at the airport and given a small sum for transport to their home regions. Aid workers said reception capacity in the capital was already stretched by refugees who have crossed from Sudan.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["TD"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: ["N'Djamena"],
      date: "2026-09",
    },
  },
  {
    id: "h17a-en-015",
    lang: "en",
    style: "us-local",
    title: "Families wait for word after ICE flight leaves San Antonio for El Salvador",
    published: "2024-12-06",
    text: `By Rubén Galindo, Alamo City Chronicle

SAN ANTONIO — Marta Escobar learned her son had been deported the way many families do: from a photo posted online by a government in another country.

On Tuesday, a chartered jet left San Antonio International Airport for San Salvador with Salvadoran detainees aboard, according to flight records and a statement from El Salvador's migration directorate, which posted pictures of the arrivals being processed in San Salvador. In one of them, Escobar recognized the gray sweatshirt her son, Óscar, had been wearing when he was arrested in October.

"Nobody called me. Not the detention center, not the lawyer, nobody," Escobar said in her kitchen on the South Side. "I found my own son on a government web page."

ICE did not say how many people were on the flight. The agency said in a statement that it "routinely conducts removal flights from Texas to Central America" and that all those removed had final orders.

Detainees from South Texas are usually held at the processing center in Pearsall, about an hour southwest of the city, before being bused to the airport. Lawyers there say the pace of removals has been steady through the fall, with flights to Guatemala and Honduras several times a week and to El Salvador less often.

El Salvador received about 12,000 deportees from the United States by air in the fiscal year that ended in September, according to figures shared by its consulate in Houston.

Escobar said her son had called from a relative's house outside San Salvador on Wednesday. "He's safe. That's all I needed to hear," she said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: [],
      people: null,
      departure: ["San Antonio International Airport"],
      arrival: ["San Salvador"],
      date: "2024-12-03",
    },
  },
  {
    id: "h17a-en-016",
    lang: "en",
    style: "near-miss",
    title: "Deportations rose sharply in fiscal 2025, ICE figures show",
    published: "2025-12-19",
    text: `WASHINGTON (Capitol Wire Service) — U.S. Immigration and Customs Enforcement removed about 330,000 people in the fiscal year that ended Sept. 30, the highest total in more than a decade, according to figures the agency released on Thursday.

Mexico again accounted for the largest share, followed by Guatemala, Honduras and El Salvador. Removals to South America rose steeply, led by Colombia, Ecuador, Venezuela and Brazil, and removals to Africa roughly doubled, with Mauritania, Senegal, Angola and Nigeria at the top of that list.

ICE Air Operations flew more than 1,900 removal flights during the year, the agency said, about a third of them to countries outside the Western Hemisphere. It did not break down the figures by airport, though outside trackers have long identified Alexandria, Louisiana; Harlingen and El Paso, Texas; and Mesa, Arizona, as the busiest departure points.

"The numbers are high, but the capacity to hold and move people is the real story," said Rachel Odum, a researcher at a Washington policy institute who studies immigration enforcement. "Detention beds and aircraft are the limit, not arrests."

The totals include a few hundred people sent to countries other than their own under agreements with governments such as Eswatini, South Sudan and Ghana, a practice that remains the subject of litigation.

The Department of Homeland Security said the figures showed that "the law is being enforced." Immigrant advocates said the data understated the human toll, because they do not count people who left on their own after losing their cases.`,
    expect: { relevant: false },
  },
  {
    id: "h17a-en-017",
    lang: "en",
    style: "near-miss",
    title: "ICE Newark removes Brazilian man wanted for homicide",
    published: "2026-04-24",
    text: `NEWARK, N.J. — Officers with U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations Newark removed a 41-year-old Brazilian national wanted in his home country for homicide on April 22.

Officers escorted the man aboard a commercial flight from Newark Liberty International Airport to São Paulo, where he was handed over to the Brazilian Federal Police on arrival.

A court in the state of Goiás issued a warrant for his arrest in 2019 in connection with the killing of a man outside a bar in Anápolis. According to ICE, he entered the United States on a tourist visa later that year and did not depart when it expired. ERO Newark officers arrested him in Elizabeth in January, and an immigration judge ordered him removed in March.

"Our communities are not a hiding place for people running from serious charges in their own countries," said ERO Newark Field Office Director Paul Kessler. "We are glad to return him to face justice in Brazil."

ERO Newark covers the state of New Jersey. The office has removed several foreign fugitives this year to Brazil, Colombia, Ecuador and Portugal, each of them on scheduled commercial flights with an officer escort.

ICE works with foreign governments to locate and remove fugitives wanted for crimes abroad, often on the basis of notices circulated through international police channels.`,
    expect: { relevant: false },
  },
  {
    id: "h17a-en-018",
    lang: "en",
    style: "near-miss",
    title: "Spain flies Mauritanian migrants home from Canary Islands",
    published: "2025-09-26",
    text: `NOUAKCHOTT, Mauritania (Sahel Press Service) — A plane chartered by Spain's interior ministry landed in Nouakchott on Thursday with 62 Mauritanians who had reached the Canary Islands by boat this summer, Mauritanian police said.

The men were flown from Gran Canaria after Spanish courts rejected their asylum claims, a spokesman for the Spanish government delegation in the islands said. It was the fourth such return flight this year under a readmission arrangement between Madrid and Nouakchott.

Mauritania has become a key partner for Spain and the European Union on migration since it signed a partnership with Brussels last year that included funding for coast guard patrols and job programs. Most boats reaching the Canaries now leave from Mauritanian beaches, though many passengers are from Mali, Senegal and Guinea.

Nouakchott is also used to receiving deportees from much farther away. In 2024 the United States sent several charters to Mauritania carrying hundreds of young men who had tried to reach America through Nicaragua and Mexico, and U.S. officials have said more removals are likely.

"Whether it is Spain or America, the story is the same: they sold everything, and they come back with nothing," said Cheikh Ould Ahmedou, who runs a small association for returnees in the Arafat district.

Spanish officials say return flights are a deterrent. Rights groups in the Canaries say some of those sent back on Thursday had not had access to a lawyer before their appeals were decided.`,
    expect: { relevant: false },
  },
  {
    id: "h17a-en-019",
    lang: "en",
    style: "near-miss",
    title: "New nonstop to link Belo Horizonte and Orlando from December",
    published: "2026-08-12",
    text: `BELO HORIZONTE, Brazil (Southern Cone News Service) — A Brazilian carrier will begin nonstop flights between Belo Horizonte's Confins airport and Orlando, Florida, in December, the first direct link between Minas Gerais and the United States in nearly a decade.

Aerovia Brasil said on Tuesday that it would fly the route three times a week with a wide-body jet of about 280 seats, aiming at families visiting relatives in Florida and Massachusetts and at tourists bound for the theme parks.

"Minas has one of the largest communities of Brazilians in America, and until now they have had to connect in São Paulo or Panama," the airline's commercial director, Renata Guimarães, said at a launch event. "This changes that."

For many in the state, Confins is better known as the airport where U.S. deportation charters usually land, a reputation local officials are eager to change. The airport's operator said the new route would bring an estimated 90,000 passengers a year and create about 150 jobs.

Travel agents in Governador Valadares, a city that has sent emigrants to the United States since the 1960s, welcomed the news but warned that high visa refusal rates would limit demand. "A direct flight does not help if the consulate says no," said agent Marcos Tavares.

The first flight is scheduled for Dec. 12. Tickets went on sale on Tuesday evening.`,
    expect: { relevant: false },
  },
  {
    id: "h17a-en-020",
    lang: "en",
    style: "near-miss",
    title: "Judge orders notice before migrants are deported to countries they never lived in",
    published: "2026-10-07",
    text: `BOSTON (Capitol Wire Service) — A federal judge ruled on Tuesday that the government must give migrants written notice and a real chance to raise fears of harm before deporting them to countries other than their own, dealing a setback to one of the administration's signature enforcement tactics.

U.S. District Judge Eleanor Marsh said in a 64-page opinion that the Department of Homeland Security had sent people to third countries "with no more warning than the sound of the bus engine," and ordered it to provide at least 10 days' notice and a screening interview in each case.

The class-action suit was brought on behalf of detainees who had won protection from removal to their home countries, many of them from Cameroon, Eritrea and Ethiopia. Lawyers for the plaintiffs said some had later been flown to Cameroon or Equatorial Guinea, countries with which they had no ties.

"This ruling does not stop anyone from being deported," said plaintiffs' attorney Samuel Ortiz. "It says that before the government puts you on a plane to a country you have never seen, it has to tell you and listen to you."

The Justice Department said it would appeal. A DHS spokeswoman called the decision "another attempt by an activist judge to keep dangerous aliens in American communities."

The Supreme Court last year allowed third-country removals to resume while similar litigation continued, and legal experts said the new order could be narrowed on appeal. Immigration lawyers in Louisiana and Texas said they would ask detention centers to begin giving the required notices immediately.`,
    expect: { relevant: false },
  },
  {
    id: "h17a-es-001",
    lang: "es",
    style: "receiving-country-local",
    title: "Aterriza en Maiquetía un vuelo con más de 200 deportados desde Arizona",
    published: "2025-10-17",
    text: `CARACAS (Crónica de La Guaira).– Un avión fletado por el Gobierno de Estados Unidos aterrizó este viernes en el Aeropuerto Internacional Simón Bolívar de Maiquetía con más de 200 venezolanos deportados, informó el Ministerio de Interior a través de sus redes sociales.

La aeronave, operada por una aerolínea contratada por el Servicio de Inmigración y Control de Aduanas (ICE), despegó de Arizona a primera hora de la mañana y tocó tierra pasadas las cuatro de la tarde. Según el despacho, entre los pasajeros había mujeres y al menos nueve niños.

Horas antes, la misma terminal había recibido otro vuelo, este de la aerolínea estatal Conviasa, con 312 connacionales que regresaron de manera voluntaria desde Ciudad de México dentro del programa oficial de retorno. Las autoridades presentaron ambas llegadas como parte de una misma jornada de reencuentro.

"Vienen a su casa, donde nadie los va a tratar como delincuentes", dijo a la prensa el viceministro Rafael Contreras, quien recibió a los deportados en la pista junto a funcionarios de salud y de identificación.

Desde febrero, cuando Caracas y Washington acordaron reanudar las devoluciones pese a no tener relaciones diplomáticas, los vuelos desde territorio estadounidense llegan por lo general dos veces por semana, los miércoles y los viernes. El Gobierno asegura que más de 12.000 venezolanos han vuelto por esta vía, cifra que no ha podido ser verificada de forma independiente.

Organizaciones de derechos humanos han pedido información sobre los retornados que fueron acusados en Estados Unidos de pertenecer a bandas criminales, y sobre el destino de quienes fueron enviados a terceros países antes de que se restablecieran los vuelos directos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      nationalities: [],
      people: { value: 200, approx: true },
      departure: ["Arizona"],
      arrival: ["Maiquetía"],
      date: "2025-10-17",
    },
  },
  {
    id: "h17a-es-002",
    lang: "es",
    style: "receiving-country-local",
    title: "Familias deportadas desde EE.UU. llegan a Palmerola",
    published: "2025-04-23",
    text: `COMAYAGUA (Crónica Comayagüense).– La base aérea de Palmerola recibió este martes un nuevo vuelo de unidades familiares deportadas desde Estados Unidos, el segundo de este tipo en lo que va de abril.

Según el Centro de Atención al Migrante Retornado, en la aeronave, que despegó de Alexandria, Luisiana, viajaban ochenta y seis personas: 29 mujeres, 26 hombres y 31 menores de edad, la mayoría originarios de Olancho, Yoro y Francisco Morazán.

A su llegada, los retornados fueron atendidos por personal de la Dirección de Niñez, Adolescencia y Familia, de la Cruz Roja y de Salud, que revisó el estado de los niños. Todos recibieron alimentación, un kit de higiene y transporte hacia las terminales de buses de Tegucigalpa y San Pedro Sula.

"Nos agarraron en la casa, a las cinco de la mañana, con los niños dormidos", relató Yessenia Matute, de 27 años, originaria de Juticalpa, mientras cargaba a su hija de dos años. "Allá dejamos todo, la ropa, los muebles, el trabajo."

El Instituto Nacional de Migración informó que en lo que va del año más de 11.000 hondureños han sido retornados desde Estados Unidos y México, por vía aérea y terrestre. La mayoría de los vuelos con adultos llega al aeropuerto Ramón Villeda Morales, en La Lima, mientras que Palmerola se reserva principalmente para familias.

Las autoridades prevén que la cifra de retornados siga en aumento en los próximos meses, y organizaciones de la sociedad civil han pedido reforzar los programas de reinserción laboral en los municipios de origen.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      nationalities: [],
      people: { value: 86, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Palmerola"],
      date: "2025-04-22",
    },
  },
  {
    id: "h17a-es-003",
    lang: "es",
    style: "receiving-country-local",
    title: "Llega a Guatemala vuelo con deportados de tres nacionalidades",
    published: "2025-12-15",
    text: `CIUDAD DE GUATEMALA (Semanario Altiplano Hoy).– El Instituto Guatemalteco de Migración (IGM) informó que el pasado jueves aterrizó en el aeropuerto La Aurora un vuelo procedente de Brownsville, Texas, con 68 personas deportadas por Estados Unidos, entre ellas siete que no son guatemaltecas.

De acuerdo con el reporte oficial, en el avión viajaban 61 guatemaltecos, cinco hondureños y dos salvadoreños. Los extranjeros fueron trasladados a un albergue temporal en la capital y serán llevados por vía terrestre a sus países en los próximos días, con apoyo de sus consulados.

Es la segunda vez que Guatemala recibe a ciudadanos de otros países en un vuelo de deportación desde Estados Unidos. La primera ocurrió en octubre, cuando llegaron tres hondureños junto a un grupo de connacionales. El Gobierno ha descrito estas recepciones como un "gesto humanitario" dentro de los compromisos migratorios asumidos con Washington este año.

"Guatemala no se está convirtiendo en un centro de detención. Son personas de la región que estarán aquí unas horas o unos días, y seguirán hacia su casa", explicó el director del IGM, Hugo Marroquín, en una conferencia de prensa.

Los guatemaltecos retornados pasaron por el Centro de Recepción de Retornados, donde recibieron atención médica, una llamada telefónica y orientación sobre programas de empleo.

La Procuraduría de los Derechos Humanos pidió al Ejecutivo hacer públicos los términos del acuerdo y garantizar que ninguna persona extranjera permanezca retenida sin una base legal clara.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["HN", "SV"],
      people: { value: 68, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["La Aurora"],
      date: "2025-12-11",
    },
  },
  {
    id: "h17a-es-004",
    lang: "es",
    style: "receiving-country-local",
    title: "Cancillería confirma vuelo con deportados desde Houston para el próximo lunes",
    published: "2026-04-08",
    text: `BOGOTÁ (Noticias Sabana Hoy).– La Cancillería informó este miércoles que el próximo lunes llegará a Bogotá un vuelo con alrededor de 130 colombianos deportados desde Houston, Texas, y que un equipo de Migración Colombia y del Instituto Colombiano de Bienestar Familiar estará en el aeropuerto para recibirlos.

Según el comunicado, el grupo incluye familias con niños, por lo que se dispuso un espacio especial para su atención y la presencia de personal médico. La entidad no precisó la hora de llegada.

La semana pasada aterrizó en El Dorado otro avión, procedente de El Paso, con 112 connacionales, en su mayoría hombres jóvenes detenidos en la frontera. En ese vuelo, según relataron algunos pasajeros, los deportados viajaron esposados hasta minutos antes del aterrizaje.

"Le hemos pedido a las autoridades estadounidenses que se garantice un trato digno durante todo el trayecto, y así lo hemos reiterado para el vuelo del lunes", dijo la vicecanciller encargada de asuntos migratorios, Lucía Arboleda.

Colombia recibió en 2025 más de 15.000 ciudadanos deportados desde Estados Unidos, de acuerdo con cifras oficiales, lo que la ubica entre los principales destinos de los vuelos de deportación en Sudamérica, junto con Ecuador y Venezuela.

Migración Colombia recordó que las personas que lleguen con asuntos pendientes ante la justicia serán puestas a disposición de las autoridades, y que los demás podrán continuar hacia sus ciudades de origen.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CO"],
      nationalities: [],
      people: { value: 130, approx: true },
      departure: ["Houston, Texas"],
      arrival: ["Bogotá"],
      date: "2026-04-13",
    },
  },
  {
    id: "h17a-es-005",
    lang: "es",
    style: "receiving-country-local",
    title: "Honduras recibirá a migrantes de otros países deportados por EE.UU.",
    published: "2026-07-15",
    text: `TEGUCIGALPA (Voz Catracha Semanal).– El Gobierno de Honduras confirmó este martes que aceptará recibir a ciudadanos de otras nacionalidades deportados por Estados Unidos, en el marco de un acuerdo de cooperación migratoria firmado con Washington.

La Secretaría de Relaciones Exteriores detalló en un comunicado que el compromiso se limita a personas de países centroamericanos y del Caribe que no tengan antecedentes penales graves, y que su estancia en el país será "temporal", mientras se gestiona su traslado a sus naciones de origen.

"Honduras no va a recibir a nadie sin conocer su perfil. Cada caso será revisado por nuestras autoridades", afirmó el vicecanciller Óscar Funes en una entrevista radial. El funcionario no precisó cuándo llegará el primer grupo ni cuántas personas se espera recibir.

Con este paso, Honduras se suma a Guatemala, Costa Rica y Panamá, que ya han aceptado a deportados de terceros países enviados por Estados Unidos. A cambio, según el comunicado, Washington apoyará con fondos la ampliación de los centros de atención al migrante retornado.

Diputados de oposición criticaron que el acuerdo no haya sido presentado al Congreso Nacional. "El país apenas puede atender a sus propios retornados", dijo la diputada Karla Mejía, quien recordó que cada semana llegan varios vuelos con hondureños deportados a San Pedro Sula.

El Instituto Nacional de Migración reporta que en lo que va de 2026 han sido retornados más de 20.000 hondureños, la mayoría desde Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["HN"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-07-14",
    },
  },
  {
    id: "h17a-es-006",
    lang: "es",
    style: "receiving-country-local",
    title: "Llega a Bogotá otro vuelo con colombianos deportados; no se revelaron cifras",
    published: "2026-02-12",
    text: `BOGOTÁ (radio local).– Un avión con colombianos deportados desde Estados Unidos aterrizó la noche del miércoles en Bogotá, procedente de El Paso, Texas, confirmaron fuentes de Migración Colombia, que sin embargo no entregaron el número de pasajeros.

"Fue un vuelo completo, pero la cifra oficial la dará la Cancillería", dijo a esta emisora un funcionario de la entidad que pidió no ser identificado. Hasta el cierre de esta edición, la Cancillería no había publicado un balance.

En las afueras de la terminal, decenas de familiares esperaron durante horas. Entre ellos estaba Gloria Pinzón, que viajó desde Tunja para recibir a su sobrino. "Nos avisaron ayer al mediodía, por una llamada desde el centro de detención. No sabemos si viene bien", contó.

Los deportados pasaron por los controles migratorios y, según la misma fuente, quienes no tenían requerimientos judiciales pudieron salir al terminar la madrugada. Algunos fueron trasladados en buses a terminales de transporte para seguir hacia Cali, Medellín y Pereira.

Colombia recibió el año pasado más de 14.000 deportados desde Estados Unidos, una cifra que incluye vuelos militares y chárter. Este año los vuelos han llegado con regularidad, aunque el Gobierno ha dejado de publicar los datos de cada operación.

La Defensoría del Pueblo pidió a las autoridades informar con anticipación a las familias sobre la llegada de sus parientes, para evitar largas esperas en el aeropuerto.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      nationalities: [],
      people: null,
      departure: ["El Paso, Texas"],
      arrival: ["Bogotá"],
      date: "2026-02-11",
    },
  },
  {
    id: "h17a-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Deportan a nicaragüenses desde Miami; familias en Florida piden respuestas",
    published: "2026-11-03",
    text: `MIAMI (Noticiero Bahía 27).– Un vuelo con nicaragüenses deportados salió el sábado del Aeropuerto Internacional de Miami con destino a Managua, según confirmaron familiares de varios detenidos que estaban recluidos en el centro de procesamiento de Krome.

El Gobierno de Nicaragua informó sobre la llegada en un comunicado leído en los medios oficiales: «Recibimos este sábado a 97 hermanos nicaragüenses que fueron deportados desde los Estados Unidos y que ya se encuentran con sus familias».

En Miami, la noticia llegó por pedazos. "Mi esposo me llamó el viernes en la noche y me dijo que lo iban a mover. Después ya no contestó", contó entre lágrimas Rosa Icaza, que vive en Sweetwater con sus dos hijos. "Me enteré de que estaba en Managua por un primo de allá."

La abogada de inmigración Teresa Valle explicó que muchos de los deportados habían llegado con el permiso humanitario que el Gobierno federal canceló el año pasado, y que varios tenían solicitudes de asilo pendientes. "Hay casos en los que la orden de deportación se dictó sin que la persona tuviera representación", afirmó.

El Servicio de Inmigración y Control de Aduanas (ICE) no respondió a las preguntas de este noticiero. En ocasiones anteriores, la agencia ha dicho que no comenta sobre vuelos específicos por razones de seguridad.

Desde Miami también salen con frecuencia vuelos de deportación hacia Honduras, Guatemala y Haití, además de los vuelos mensuales a Cuba.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NI"],
      nationalities: [],
      people: { value: 97, approx: false },
      departure: ["Aeropuerto Internacional de Miami"],
      arrival: ["Managua"],
      date: "2026-10-31",
    },
  },
  {
    id: "h17a-es-008",
    lang: "es",
    style: "near-miss",
    title: "El INM traslada en avión a 134 guatemaltecos desde Tabasco",
    published: "2025-03-28",
    text: `VILLAHERMOSA (Gaceta del Usumacinta).– El Instituto Nacional de Migración (INM) deportó este jueves por vía aérea a 134 guatemaltecos que permanecían en estaciones migratorias de Tabasco y Chiapas, informó la dependencia en un comunicado.

El vuelo, contratado por el Gobierno de México, despegó del aeropuerto de Villahermosa poco después de las diez de la mañana y aterrizó en la Ciudad de Guatemala una hora más tarde. A bordo viajaban 102 hombres y 32 mujeres, todos mayores de edad, acompañados por agentes federales.

Según el INM, las personas habían sido detenidas en los últimos días en operativos en carreteras del sureste, cuando intentaban llegar a la frontera norte. "Se respetaron en todo momento sus derechos humanos y se les brindó asistencia consular", señaló el instituto.

México realiza este tipo de traslados aéreos y terrestres de manera periódica hacia Guatemala, Honduras y El Salvador. En años anteriores, además, el aeropuerto de Villahermosa fue utilizado por vuelos del Servicio de Inmigración y Control de Aduanas (ICE) de Estados Unidos que trasladaban a centroamericanos expulsados por la frontera.

Organizaciones civiles de Tabasco denunciaron que en las estaciones migratorias persiste el hacinamiento. "Hay gente que pasa semanas esperando un vuelo sin saber nada de su caso", dijo Elvira Hernández, del colectivo Frontera Digna.

El Gobierno guatemalteco informó que los retornados fueron atendidos en el centro de recepción de la capital y que varios de ellos viajaron después a Huehuetenango y San Marcos.`,
    expect: { relevant: false },
  },
  {
    id: "h17a-es-009",
    lang: "es",
    style: "near-miss",
    title: "Regresan 210 venezolanos desde Santiago de Chile en vuelo de retorno voluntario",
    published: "2026-05-06",
    text: `CARACAS (Crónica de La Guaira).– Un avión de la aerolínea estatal Conviasa aterrizó este martes en Maiquetía con 210 venezolanos que decidieron regresar de manera voluntaria desde Chile, dentro del programa oficial de retorno, informó el Ministerio de Relaciones Exteriores.

Se trata del tercer vuelo de este tipo desde Santiago en lo que va del año. Entre los pasajeros había 64 niños, muchos de ellos nacidos en Chile, que pisaban Venezuela por primera vez.

"Allá trabajé seis años en la construcción, pero ya no alcanzaba ni para el alquiler", contó José Gregorio Villalba, de 38 años, quien viajó con su esposa y sus tres hijos. "Aquí por lo menos está la familia."

El programa, que el Gobierno presenta como una respuesta humanitaria a la xenofobia que sufren los migrantes en la región, ha traído también a venezolanos desde Perú, Ecuador y Colombia. Las autoridades no cobran el pasaje a los beneficiarios.

Los retornos desde Sudamérica son distintos de los vuelos que llegan desde Estados Unidos, donde las personas son deportadas por orden de un juez. Esos vuelos, que salen de Arizona, llegan a Maiquetía por lo general dos veces a la semana.

Organizaciones de migrantes en Santiago advirtieron que algunos de los que regresan lo hacen tras perder el empleo o recibir órdenes de expulsión de las autoridades chilenas, por lo que pidieron no presentar todos los retornos como voluntarios.`,
    expect: { relevant: false },
  },
  {
    id: "h17a-es-010",
    lang: "es",
    style: "near-miss",
    title: "Cinco años después de la deportación: volver a empezar en Olancho",
    published: "2026-11-20",
    text: `JUTICALPA (Diario del Valle de Sula).– Cuando Marvin Andino bajó del avión en San Pedro Sula, en marzo de 2021, traía una bolsa plástica con dos camisas, un cargador de teléfono y una carpeta con los papeles de su caso. Había vivido once años en Houston.

Hoy, a los 42 años, Andino tiene un taller de soldadura a la orilla de la carretera que sale de Juticalpa hacia Catacamas. Emplea a dos muchachos del barrio y, según dice, gana "lo justo para vivir tranquilo".

"Los primeros meses fueron los peores. Uno se siente fracasado, como si la gente le viera en la cara que lo sacaron", recuerda mientras corta una lámina. "Lo que me salvó fue que mi mamá seguía aquí."

Su historia no es la más común. Un estudio de una universidad pública hondureña sobre retornados en Olancho encontró que cuatro de cada diez volvieron a intentar el viaje hacia el norte en los tres años siguientes a su deportación, y que la mayoría nunca recibió apoyo estatal más allá de la bienvenida en el aeropuerto.

En el mismo barrio viven otros tres hombres deportados desde Estados Unidos en los últimos años. Uno de ellos volvió a irse en 2024 y no se sabe de él desde que cruzó Guatemala.

Andino dice que no piensa regresar a Estados Unidos, aunque sus dos hijos mayores siguen en Texas. "Los veo por videollamada los domingos. Ellos tienen papeles, yo tengo el taller. Cada quien con lo que le tocó", dice.`,
    expect: { relevant: false },
  },
];
