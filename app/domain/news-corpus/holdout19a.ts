// Held-out news corpus no. 19 (part a): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT19A: CorpusArticle[] = [
  {
    id: "h19a-en-001",
    lang: "en",
    style: "wire",
    title: "Rwanda takes in men the US could not send home",
    published: "2025-08-20",
    text: `KIGALI (Continental Wire Service) — Rwandan officials confirmed on Tuesday that a small group of men removed from the United States is being housed at a government-run facility outside the capital, days after their plane touched down at Kigali International Airport.

Seven men were aboard the aircraft, which landed on Sunday after a refuelling stop in West Africa, according to a spokeswoman for Rwanda's Directorate General of Immigration and Emigration. She said none of them is Rwandan. Two are from Iraq, two from Somalia, and the others are from Syria, Eritrea and Libya, she said.

A US official, speaking on condition of anonymity, said the flight had left Louisiana late on Friday.

The arrivals are the first under an arrangement in which Kigali said it could receive up to 250 people deported from the US. Rwanda previously hosted a short-lived scheme for asylum seekers from Britain, which was scrapped before any flight took off.

Washington has in recent months sent similar groups to South Sudan and Eswatini, drawing criticism from rights lawyers, who say the men have little chance to contest their transfer.

"They will receive accommodation, health care and, if they wish, vocational training," the Rwandan spokeswoman said. "Nobody is being held in a cell."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["IQ", "SO", "SY", "ER", "LY"],
      people: { value: 7, approx: false },
      departure: ["Louisiana"],
      arrival: ["Kigali International Airport"],
      date: "2025-08-17",
    },
  },
  {
    id: "h19a-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Deportees processed at Timehri after US charter",
    published: "2024-05-15",
    text: `By Staff Reporter, Demerara Evening Post

Immigration and police officers spent much of Tuesday afternoon processing a group of men who arrived at the Cheddi Jagan International Airport aboard a chartered aircraft contracted by the United States government.

The plane, which local aviation sources said had stopped in Port of Spain before reaching Guyana, was met on the tarmac by officials of the Ministry of Home Affairs.

Twenty-three Guyanese nationals were on board, a ministry official confirmed last evening. Most had served prison sentences in the United States, while a handful had overstayed visitor visas, the official said.

Relatives waited for hours outside the arrivals hall. "My brother left when he was fourteen. He doesn't know anybody here except me," said one woman from Linden, who declined to give her name.

The arrival is the second such charter this year. In February, 18 men were returned in a similar operation, and officials say commercial removals of individuals happen almost every week.

The Home Affairs ministry said the returnees would be interviewed and released to relatives where possible, while those with nowhere to stay would be referred to a church-run shelter in Georgetown.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GY"],
      people: { value: 23, approx: false },
      departure: [],
      arrival: ["Cheddi Jagan International Airport"],
      date: "2024-05-14",
    },
  },
  {
    id: "h19a-en-003",
    lang: "en",
    style: "us-local",
    title: "Valley families say relatives were on India-bound deportation plane",
    published: "2026-03-06",
    text: `MESA, Ariz. (Channel 9 Sonoran Report) — For three families in the East Valley, the first sign came in the form of a phone call from a number in India.

Relatives told our station that loved ones held at a detention center in Florence were among the passengers on a removal flight that left Phoenix-Mesa Gateway Airport on Thursday bound for New Delhi.

Federal immigration authorities confirmed the flight in a brief statement, saying it carried more than 100 Indian nationals who had final orders of removal. The agency did not say how many had criminal records.

"He has been here nineteen years. His kids were born in Chandler," said Harpreet, whose brother-in-law was on the plane and who asked us not to use her last name.

It is at least the fourth such charter to India since last spring. An earlier flight in January stopped in Amritsar, according to advocacy groups who track the planes.

Immigration attorneys in Phoenix said they have seen a sharp rise in detentions of Indian nationals, many of whom had pending asylum claims. A spokesperson for the Consulate General of India in San Francisco said consular staff had verified the identity of each passenger before departure.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 100, approx: true },
      departure: ["Phoenix-Mesa Gateway Airport"],
      arrival: ["New Delhi"],
      date: "2026-03-05",
    },
  },
  {
    id: "h19a-en-004",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 87 Mauritanian nationals on charter flight",
    published: "2025-01-17",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations (ERO), conducted a removal flight to Mauritania on Jan. 14, 2025, returning 87 Mauritanian nationals who had received final orders of removal from an immigration judge.

The flight departed from Alexandria, Louisiana, and arrived at Nouakchott–Oumtounsy International Airport. Officials of the government of Mauritania received the passengers on arrival.

"ERO continues to work closely with our foreign partners to ensure the lawful and orderly return of noncitizens who have no legal basis to remain in the United States," said a senior ERO official in New Orleans.

ICE routinely conducts removal flights to countries around the world. In fiscal year 2024, ERO removed more than 270,000 noncitizens to more than 190 countries, including charter operations to Colombia, Ecuador, Senegal and Uzbekistan.

Noncitizens placed into removal proceedings receive due process in immigration court, which is overseen by the Department of Justice's Executive Office for Immigration Review.

ICE does not confirm planned or pending transportation operations for reasons of operational security.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 87, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Nouakchott–Oumtounsy International Airport"],
      date: "2025-01-14",
    },
  },
  {
    id: "h19a-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "'Just glad to breathe the air': tears at Norman Manley as deportees return",
    published: "2025-11-28",
    text: `KINGSTON — The men came out of the processing area in twos and threes, some clutching clear plastic bags holding everything they owned.

They had landed at the Norman Manley International Airport yesterday morning on a charter flight from the United States, part of the routine monthly removals that have taken place on the last Thursday of each month for years.

A senior official at the Ministry of National Security said 41 Jamaicans were on the flight, among them three women. Most had completed prison terms in the US, he said.

"Mi just glad to breathe the air," said one man in his fifties, who told the Island Courier he had lived in Hartford, Connecticut, for three decades.

The flight came two weeks after a separate charter from the United Kingdom brought 17 Jamaicans back to the island, a removal that prompted protests outside the British High Commission.

Officials from a state-backed reintegration programme were on hand to offer transport money and referrals to shelters. Advocates say the number of returnees without family support on the island has grown steadily, with many having left Jamaica as children.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 41, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport"],
      date: "2025-11-27",
    },
  },
  {
    id: "h19a-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Government prepares for US charter of returnees",
    published: "2026-06-08",
    text: `DAKAR — Senegal's Ministry of Foreign Affairs and Senegalese Abroad said on Sunday it had been informed by Washington of a deportation flight that is scheduled to land in Dakar on Thursday.

About 60 Senegalese nationals are expected to be on board, the ministry said in a statement, adding that consular officials had interviewed each of them in detention centres in Louisiana and Texas.

The plane will land at Blaise Diagne International Airport, where a reception team including social workers and health staff will be present, according to the statement.

It would be the first charter flight to Senegal this year. Last year, US authorities removed several hundred Senegalese, most on commercial flights through Europe, and a charter in October carried 72 people.

The announcement has revived a debate about the thousands of young Senegalese who made the long journey to the US southern border via Nicaragua in 2023 and 2024.

"These are our children, and we will receive them with dignity," said Ousmane Faye, a ministry adviser quoted by Radio Teranga Plus. He said the government was in talks with the International Organization for Migration on reintegration support.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["SN"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["Dakar", "Blaise Diagne International Airport"],
      date: "2026-06-11",
    },
  },
  {
    id: "h19a-en-007",
    lang: "en",
    style: "wire",
    title: "Belize signs deal to host third-country deportees",
    published: "2026-02-12",
    text: `BELMOPAN (Caribbean Wire) — Belize has agreed to receive migrants deported from the United States who are not Belizean citizens, the government announced on Wednesday, becoming the latest Central American state to sign such an arrangement with Washington.

Under the agreement, signed by the ministers of foreign affairs and home affairs, Belize will consider requests to accept nationals of other countries in the region whom the US cannot return to their countries of origin. The government said each case would be reviewed individually and that Belize would not accept anyone considered a security risk.

The statement did not say how many people might be sent, or when a first transfer would take place.

Opposition lawmakers criticised the deal as having been negotiated in secret. "We are a small country with limited resources," one opposition senator told reporters.

Washington has struck similar arrangements over the past year with Panama, Costa Rica, Guatemala and Paraguay, as well as with several African states. Officials in the US embassy in Belmopan referred questions to the Department of State.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BZ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-11",
    },
  },
  {
    id: "h19a-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "Abuja says no to third-country deportees",
    published: "2025-09-05",
    text: `ABUJA — Nigeria will not accept people deported from the United States who are not Nigerian citizens, the Minister of Foreign Affairs said on Thursday, rejecting what she described as pressure from Washington.

"We have enough problems of our own. Nigeria cannot become a holding ground for people from other nations," the minister told journalists after a closed-door meeting with lawmakers.

Her remarks followed reports that US officials had asked several West African governments to receive deportees from third countries, including Venezuelans held in US detention.

The minister said Nigeria would continue to cooperate on the return of its own nationals. A charter flight carrying Nigerians removed from the US landed in Lagos in March, and smaller groups return regularly on commercial flights.

Analysts in Abuja said the government was also trying to secure a reversal of new US visa restrictions on Nigerian travellers, which took effect in July.

Ghana, which borders Togo and lies to Nigeria's west, said last month it had received a group of West Africans removed from the US, a move that drew criticism from civil-society groups in Accra.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["NG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-04",
    },
  },
  {
    id: "h19a-en-009",
    lang: "en",
    style: "wire",
    title: "Costa Rica receives migrants from Asia flown in by US",
    published: "2025-02-21",
    text: `SAN JOSÉ (Isthmus Press) — A plane carrying migrants deported by the United States landed at Juan Santamaría International Airport on Thursday, Costa Rican officials said, the first of two flights the country has agreed to take.

The passengers were mostly families from Central Asia and South Asia, Deputy Interior Minister Laura Quesada Arce told reporters. Among them were citizens of China, Uzbekistan, Afghanistan and Russia, she said.

"There were about 200 people on this first plane, including a large number of children," Quesada said, adding that they would be taken by bus to a migrant reception centre near the Panama border.

The United States will pay for their stay, which Costa Rica says will last no more than six weeks while arrangements are made for them to go home.

Panama received a similar group of about 300 migrants last week, some of whom were held in a hotel in the capital before being moved to a camp in the Darién province.

A second flight to San José is expected early next week, officials said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "UZ", "AF", "RU"],
      people: { value: 200, approx: true },
      departure: [],
      arrival: ["Juan Santamaría International Airport"],
      date: "2025-02-20",
    },
  },
  {
    id: "h19a-en-010",
    lang: "en",
    style: "feature",
    title: "At the airport in Cap-Haïtien, a shelter of plastic chairs",
    published: "2024-10-26",
    text: `CAP-HAÏTIEN, Haiti — The waiting room is a concrete shed with a corrugated roof, a water cooler and four rows of plastic chairs. On Saturday morning, every one of them was taken.

Those sitting there had just come off a white charter jet that taxied to a stop beside the shed shortly after nine. Officers of Haiti's National Office for Migration handed out bottles of water and small envelopes of cash for bus fare.

"Fifty-two people this morning, men, women and some little ones," said Jean-Robert Alcindor, a migration office coordinator, counting names on a clipboard. "Every time, we think it will be the last one, and then another plane comes."

Flights from the United States have been diverted to the northern city since the airport in Port-au-Prince was closed by gang violence. Aid workers say most arrivals have no family in the north and no way to reach the capital safely.

A woman in a pink sweatshirt said she had spent two years in Florida. She held her daughter's hand and asked a reporter whether buses were running to Gonaïves.

The United Nations has repeatedly urged countries to halt forced returns to Haiti, citing the country's deteriorating security. The Dominican Republic, which shares the island, has deported tens of thousands of Haitians across the land border this year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 52, approx: false },
      departure: [],
      arrival: ["Cap-Haïtien"],
      date: "2024-10-26",
    },
  },
  {
    id: "h19a-en-011",
    lang: "en",
    style: "brief",
    title: "Brazilians land in Confins on US flight",
    published: "2026-07-30",
    text: `BELO HORIZONTE — Nearly 90 Brazilians deported from the United States arrived at Confins airport on Monday evening, the Federal Police said.

The flight left Alexandria, Louisiana, in the morning. Brazil's government again objected to the use of handcuffs on board, a dispute that has flared repeatedly since early last year.

A previous flight this month, on July 11, carried 104 people to the same airport, the ministry of human rights said.

Passengers were met by staff of a federal reception post set up at the terminal, where they received meals, phone cards and help with onward travel to their home states, most of them in Minas Gerais, Goiás and Rondônia.

Brasília and Washington agreed last year that deportees would no longer be restrained once the aircraft entered Brazilian airspace, but lawyers for several passengers said the rule was not followed on Monday. The Foreign Ministry said it would ask the US embassy for an explanation.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 90, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Confins"],
      date: "2026-07-27",
    },
  },
  {
    id: "h19a-en-012",
    lang: "en",
    style: "receiving-country-local",
    title: "Second group of West Africans from US arrives at Kotoka",
    published: "2025-09-12",
    text: `ACCRA — By Gold Coast Daily reporter

Ghana on Friday received another group of West African nationals deported from the United States, the Ministry of Foreign Affairs confirmed, despite an ongoing court challenge to the arrangement.

The men arrived at Kotoka International Airport in the early hours aboard a chartered aircraft, according to an airport official. The ministry said fourteen people were on board, nine of them Nigerians and the rest from The Gambia.

"We are doing this out of solidarity with our brothers in the sub-region, not for money," the ministry's director of communications said. He said those arriving would be helped to travel to their home countries by road.

The transfer comes barely a week after a separate charter brought 40 Ghanaians home from the US, a flight that officials described as a routine removal of citizens with final deportation orders.

Lawyers for a civil-rights group told this paper that they would ask the High Court to halt any further transfers until Parliament has reviewed the memorandum of understanding with Washington.

Officials in Lagos and Banjul did not respond to requests for comment.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["Kotoka International Airport"],
      date: "2025-09-12",
    },
  },
  {
    id: "h19a-en-013",
    lang: "en",
    style: "wire",
    title: "Uzbekistan to receive US deportation charter this month",
    published: "2026-10-02",
    text: `TASHKENT (Silk Road Newswire) — Uzbekistan's Foreign Ministry said on Thursday it was preparing to receive a charter flight carrying citizens deported from the United States later this month.

The aircraft will land in Tashkent, a ministry spokesman said, without giving a date or saying how many people would be aboard.

"Our consular service has been working on the documentation of each citizen," the spokesman told a weekly briefing. "They will be met at the airport and offered assistance."

Uzbek nationals were among the largest groups of Central Asians encountered at the US southern border in recent years, and Washington has used charter flights to Tashkent since 2023. In March, a flight carried 131 Uzbeks, some of whom had been held in detention in Texas for more than a year.

Kyrgyzstan and Tajikistan have also received removal flights from the United States, according to advocacy groups, though neither government has disclosed figures.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["UZ"],
      people: null,
      departure: [],
      arrival: ["Tashkent"],
      date: "2026-10",
    },
  },
  {
    id: "h19a-en-014",
    lang: "en",
    style: "wire",
    title: "Vietnam confirms return of citizens from US",
    published: "2024-12-09",
    text: `HANOI (Mekong News Agency) — A group of Vietnamese citizens removed from the United States landed at Tan Son Nhat International Airport in Ho Chi Minh City on Friday, the Ministry of Public Security said on Monday.

The ministry did not disclose how many people were on the flight. It said the returnees had been received "in accordance with the agreement between the two countries" and that border police had completed identity checks.

Hanoi and Washington signed a memorandum in 2020 governing the return of Vietnamese who arrived in the US after 1995. Earlier arrivals, many of whom came as refugees after the war, are largely protected from deportation under a 2008 agreement.

Rights groups in California have called on the US government not to deport long-time residents with families in the country. Laos and Cambodia, which have also received deportees from the US, have at times resisted accepting returns.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: null,
      departure: [],
      arrival: ["Tan Son Nhat International Airport", "Ho Chi Minh City"],
      date: "2024-12-06",
    },
  },
  {
    id: "h19a-en-015",
    lang: "en",
    style: "wire",
    title: "Cuba to resume taking deportation flights from US",
    published: "2024-04-24",
    text: `HAVANA (Caribbean Wire) — Cuba will once again accept regular deportation flights from the United States, the Cuban government said on Monday, ending a pause that began last year.

The Interior Ministry said in a statement that the resumption followed technical talks between the two governments on migration held in Washington earlier this month. It did not say when the first flight would arrive or how many people would be returned.

"Cuba reiterates its commitment to safe, orderly and regular migration," the statement said, while again blaming US sanctions for the exodus of recent years.

The United States has carried out occasional monthly removal flights to Havana since April 2023, but Cuban officials had stopped accepting them for several months. Hundreds of thousands of Cubans have entered the United States since 2022, many through Nicaragua.

Mexico, which has taken in some Cubans removed from the US under past arrangements, said it had not been consulted.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CU"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-04-22",
    },
  },
  {
    id: "h19a-en-016",
    lang: "en",
    style: "near-miss",
    title: "ICE annual report: removals hit highest level in a decade",
    published: "2025-12-19",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement removed more people in the fiscal year ending Sept. 30 than at any point in the past decade, according to figures released by the agency on Thursday.

ICE said it carried out more than 330,000 removals to some 190 countries, up from about 271,000 the year before. Mexico, Guatemala, Honduras and El Salvador again accounted for the largest share, followed by Colombia, Ecuador and India.

The agency said it operated an average of more than 60 removal flights a week at the peak of its operations, relying on a fleet of contracted charter aircraft based in Louisiana, Texas and Arizona.

Critics noted that the share of people removed with no criminal record had grown. "These numbers tell you who is being swept up," said Dana Whitlock, a policy analyst at an immigrant advocacy group in Washington.

The report also showed that ICE's detention population reached a record 66,000 people in August, and that the average length of stay in detention rose to 48 days.

Congress approved billions of dollars in additional enforcement funding earlier this year, and the agency said it expected removals to increase further in the current fiscal year.`,
    expect: { relevant: false },
  },
  {
    id: "h19a-en-017",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter returns 43 to Albania and Kosovo",
    published: "2025-06-11",
    text: `LONDON — A chartered plane carrying 43 people removed from Britain left Stansted Airport on Tuesday bound for Tirana, with a stop in Pristina, the Home Office said.

The passengers, 38 Albanians and five Kosovars, included people convicted of drug offences and others whose asylum claims had been refused, according to a government statement.

"We will not hesitate to remove those who have no right to be here," a Home Office minister said. The government said more than 5,000 Albanians had been returned since an agreement with Tirana in late 2022.

Campaigners gathered outside the airport to protest against the flight, saying some of those on board had lived in the UK for years.

The UK has also stepped up removal charters to Vietnam and Nigeria this year, while several EU states, including Germany and Sweden, have resumed regular flights to Iraq.

The charter was the fifth to the Western Balkans this year.`,
    expect: { relevant: false },
  },
  {
    id: "h19a-en-018",
    lang: "en",
    style: "near-miss",
    title: "Queens pastor deported to Lagos after 22 years in US",
    published: "2026-05-04",
    text: `NEW YORK (Borough Ledger) — A Nigerian-born pastor who led a small congregation in Jamaica, Queens, for more than a decade was deported on Friday, his family said, after losing a final appeal in his immigration case.

Emmanuel Adeyemi-Cole, 54, was escorted by two ICE officers onto a scheduled commercial flight from John F. Kennedy International Airport to Lagos, according to his wife, who said she learned of the removal only when he called from the gate.

"They did not even let us say goodbye," she said at a vigil outside the church on Saturday.

Adeyemi-Cole overstayed a visitor visa in 2004. His lawyer said a 2011 removal order had never been enforced until he was detained at a routine check-in in March.

Members of the congregation said they planned to keep the church open. Several hundred people signed a petition asking New York's congressional delegation to intervene.

ICE said in a statement that Adeyemi-Cole had received "full due process" and had been removed in accordance with a final order from an immigration judge.`,
    expect: { relevant: false },
  },
  {
    id: "h19a-en-019",
    lang: "en",
    style: "near-miss",
    title: "Charter airline that flies for ICE adds Cancún route from Mesa",
    published: "2026-09-15",
    text: `MESA, Ariz. (Valley Business Weekly) — Meridian Skies, a charter and leisure carrier best known for flying contracts for federal immigration authorities, said on Monday it would begin twice-weekly flights from Phoenix-Mesa Gateway Airport to Cancún in December.

The airline, which operates a fleet of 14 Boeing 737 jets, said the route would be its first scheduled international service. Fares will start at $149 one way.

Meridian's chief executive, Colin Barrow, said the company wanted to "diversify" its business. Roughly 60% of its revenue last year came from government work, including deportation flights to Central America and the Caribbean, according to filings.

Activists who have protested outside the airline's Mesa hangar said they would urge travellers to boycott the new service. "You can't separate the vacation flights from the deportation flights. It's the same planes," said one organiser.

The airline said it also plans to add charter service for college sports teams and tour groups next year.`,
    expect: { relevant: false },
  },
  {
    id: "h19a-en-020",
    lang: "en",
    style: "near-miss",
    title: "Opinion: Ten years after the plane, Marvin is still waiting to come home",
    published: "2024-07-08",
    text: `By Teresa Langford, contributing columnist

Marvin was 31 when he stepped off a deportation flight in San Salvador in the summer of 2014. He had lived in Houston since he was six. He spoke Spanish like a schoolboy and English like a Texan.

I met him last month in a call centre outside the capital, where he earns about $400 a month answering customer complaints for an American phone company. He is good at it. He sounds like he is calling from Katy.

Marvin is not unusual. Tens of thousands of people deported from the United States over the past two decades now live in countries they barely remember. Many end up in exactly this kind of job, because their one marketable skill is the accent of the country that expelled them.

Our immigration debate focuses on numbers: how many crossed, how many were removed, how many flights took off from Louisiana or Texas each week. We rarely follow the story past the airport.

We should. Marvin's two daughters, both American citizens, are now teenagers in Texas. He has seen them four times, always in a hotel lobby in San Salvador. Any serious immigration reform should include a path back for people like him, who were raised here and punished twice.`,
    expect: { relevant: false },
  },
  {
    id: "h19a-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Regresan al país 132 peruanos deportados desde Estados Unidos",
    published: "2025-05-10",
    text: `LIMA (Diario Rimense) — Un nuevo grupo de connacionales expulsados por las autoridades migratorias estadounidenses llegó al aeropuerto internacional Jorge Chávez el pasado jueves, en un vuelo fletado por el Gobierno de Estados Unidos.

La aeronave, procedente de Luisiana, aterrizó poco antes de la medianoche y estacionó en una zona alejada de la terminal de pasajeros, según personal del terminal aéreo.

De acuerdo con la Superintendencia Nacional de Migraciones, a bordo viajaban 132 peruanos, entre ellos 19 mujeres. Ninguno de ellos tenía requisitorias pendientes en el país, precisó la entidad.

"Nos trataron bien en el vuelo, pero nos tuvieron esposados hasta que llegamos a Lima", relató a este diario un joven de 24 años natural de Huancayo que había cruzado la frontera por México hace dos años.

Se trata del tercer vuelo de este tipo en lo que va del año. En marzo, otro avión trajo a 118 personas, mientras que decenas más han retornado en vuelos comerciales.

La Cancillería informó que mantiene contacto permanente con los consulados en Estados Unidos para asistir a los peruanos detenidos, cuyo número estima en más de 1.500.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 132, approx: false },
      departure: ["Luisiana"],
      arrival: ["aeropuerto internacional Jorge Chávez"],
      date: "2025-05-08",
    },
  },
  {
    id: "h19a-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Segundo vuelo de deportados en la semana llega a Latacunga",
    published: "2024-08-23",
    text: `QUITO (Pregón Andino) — Por segunda vez en la misma semana, un avión con ecuatorianos deportados desde Estados Unidos aterrizó en el aeropuerto Cotopaxi, en Latacunga.

El vuelo llegó este miércoles al mediodía con alrededor de 120 personas a bordo, según informó el Ministerio de Relaciones Exteriores y Movilidad Humana. La mayoría eran hombres jóvenes de las provincias de Azuay, Cañar y Morona Santiago.

El lunes, otro vuelo había traído a 98 ecuatorianos al mismo aeropuerto, que desde hace años recibe casi todas las operaciones de retorno forzoso procedentes de Estados Unidos.

"Muchos llegan sin un centavo y con deudas con los coyoteros", explicó Rosa Guamán, voluntaria de una fundación que ofrece transporte y alimentación a los retornados en la terminal.

Funcionarios de la Cancillería entregaron a los recién llegados un kit de higiene y les informaron sobre programas de reinserción laboral. Según cifras oficiales, en lo que va de 2024 han llegado más de 60 vuelos de deportación a Ecuador.

La migración irregular de ecuatorianos hacia el norte se disparó tras la pandemia. Colombia y Perú también han registrado un aumento de vuelos de retorno desde Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 120, approx: true },
      departure: [],
      arrival: ["aeropuerto Cotopaxi", "Latacunga"],
      date: "2024-08-21",
    },
  },
  {
    id: "h19a-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Panamá recibe otro vuelo con migrantes extracontinentales expulsados por EE.UU.",
    published: "2026-01-15",
    text: `CIUDAD DE PANAMÁ (La Gaceta Canalera) — Más de un centenar de migrantes de Asia y África deportados por Estados Unidos llegaron el martes al Aeropuerto Internacional de Tocumen, informó el Servicio Nacional de Migración.

Según el organismo, los pasajeros proceden de Afganistán, Irán y Camerún, y ninguno tiene nacionalidad panameña. Serán trasladados a una estación de recepción en la provincia de Darién mientras se gestiona su retorno a sus países de origen.

"Panamá cumple con su compromiso como país puente, pero los costos los asume Estados Unidos", dijo el ministro de Seguridad en una conferencia de prensa.

El año pasado, el país centroamericano recibió tres vuelos similares con cerca de 300 personas en total, varias de las cuales denunciaron haber sido retenidas en un hotel sin acceso a abogados.

Organizaciones de derechos humanos pidieron al Gobierno aclarar el estatus legal de los recién llegados. Costa Rica, que firmó un acuerdo parecido, no ha recibido nuevos vuelos desde febrero de 2025.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["AF", "IR", "CM"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional de Tocumen"],
      date: "2026-01-13",
    },
  },
  {
    id: "h19a-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegará el miércoles a Ezeiza un nuevo vuelo con argentinos deportados",
    published: "2025-11-17",
    text: `BUENOS AIRES (Diario Ribera del Plata) — Una veintena de argentinos expulsados de Estados Unidos arribarán este miércoles al Aeropuerto Internacional de Ezeiza en un avión contratado por el Servicio de Inmigración y Control de Aduanas (ICE), según confirmaron fuentes de la Cancillería.

La aeronave partirá desde Fort Worth, Texas, y realizará escalas en Bogotá y en Asunción antes de completar su recorrido, de acuerdo con la información de seguimiento de vuelos difundida por sitios especializados.

Será el quinto vuelo de este tipo desde septiembre. Hasta el año pasado, los argentinos deportados regresaban en vuelos comerciales, en pequeños grupos o de manera individual.

"Es un procedimiento ordenado y la Cancillería brinda asistencia consular a cada uno", señaló un vocero oficial, que evitó precisar si entre los pasajeros hay personas con antecedentes penales.

La Dirección Nacional de Migraciones dispondrá personal en la terminal para el control documental, mientras que la Policía de Seguridad Aeroportuaria no prevé un operativo especial.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["AR"],
      people: { value: 20, approx: true },
      departure: ["Fort Worth, Texas"],
      arrival: ["Aeropuerto Internacional de Ezeiza"],
      date: "2025-11-19",
    },
  },
  {
    id: "h19a-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay aceptará a deportados de terceros países enviados por Washington",
    published: "2026-04-21",
    text: `ASUNCIÓN (Crónica Guaraní) — El Gobierno paraguayo firmó este lunes un acuerdo con Estados Unidos por el cual aceptará recibir a migrantes de otras nacionalidades expulsados por las autoridades estadounidenses, informó el Ministerio de Relaciones Exteriores.

Según el comunicado, Paraguay analizará "caso por caso" las solicitudes y podrá rechazar a personas con antecedentes de violencia. El texto no establece cuántas personas podrían llegar ni cuándo se realizaría un primer traslado.

El canciller defendió el pacto como parte de una "alianza estratégica" con Washington. La oposición, en cambio, anunció que pedirá su tratamiento en el Congreso.

Con este acuerdo, Paraguay se suma a una lista de países de la región que han aceptado funcionar como destino para migrantes que Estados Unidos no puede devolver a sus países de origen, entre ellos Panamá, Costa Rica, Guatemala y Honduras.

Organizaciones sociales recordaron que el país carece de una red de albergues capaz de atender a un número grande de llegadas.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-20",
    },
  },
  {
    id: "h19a-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "El Dorado recibe vuelo con colombianos expulsados de Estados Unidos",
    published: "2024-03-04",
    text: `BOGOTÁ (Radio Sabana Alta) — Migración Colombia confirmó la llegada de un vuelo con connacionales deportados desde Estados Unidos, que aterrizó el pasado domingo en el aeropuerto El Dorado de la capital.

El avión había despegado desde Houston en la mañana. De acuerdo con la entidad, en él viajaban ciento diez colombianos, de los cuales doce eran mujeres y ocho eran menores de edad que viajaban con sus padres.

A su llegada, los pasajeros pasaron por controles migratorios y judiciales. Dos de ellos fueron puestos a disposición de la Fiscalía por tener órdenes de captura vigentes, indicó la autoridad migratoria.

"Hay mucha gente que vendió todo para irse, y ahora vuelve sin nada", comentó un funcionario del aeropuerto que pidió no ser identificado.

Colombia es uno de los países que más vuelos de retorno reciben desde Estados Unidos, con una frecuencia de varios aviones por semana. Ecuador y Perú también han visto crecer estas operaciones en los últimos meses.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 110, approx: false },
      departure: ["Houston"],
      arrival: ["aeropuerto El Dorado"],
      date: "2024-03-03",
    },
  },
  {
    id: "h19a-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Dominicanos retornados denuncian trato en centros de detención",
    published: "2026-03-16",
    text: `SANTO DOMINGO (El Faro Quisqueyano) — Varios de los dominicanos que llegaron al país en un vuelo de deportación procedente de Estados Unidos denunciaron haber pasado semanas en centros de detención con frío extremo y comida escasa.

El avión aterrizó el 14 de marzo en el Aeropuerto Internacional de Las Américas, donde los recién llegados fueron recibidos por agentes de la Dirección General de Migración y de la Policía Nacional.

Las autoridades no precisaron cuántas personas venían a bordo. Fuentes del aeropuerto se limitaron a decir que se trataba de "un grupo de dominicanos" con órdenes finales de deportación.

"Dormimos en el piso durante días, con la luz encendida todo el tiempo", relató una mujer de San Francisco de Macorís que vivió nueve años en Nueva Jersey.

La República Dominicana, que a su vez deporta cada año a decenas de miles de haitianos por la frontera terrestre, recibe con regularidad vuelos de retorno desde Estados Unidos. Organizaciones de la diáspora en Nueva York han pedido al Gobierno una mayor asistencia consular para los detenidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: null,
      departure: [],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-03-14",
    },
  },
  {
    id: "h19a-es-008",
    lang: "es",
    style: "near-miss",
    title: "México deporta en avión a 180 hondureños desde Tapachula",
    published: "2025-03-27",
    text: `TAPACHULA, Chiapas (Eco Fronterizo del Soconusco) — El Instituto Nacional de Migración (INM) trasladó por vía aérea a 180 ciudadanos hondureños desde el aeropuerto de Tapachula hasta San Pedro Sula, como parte de los operativos de retorno asistido que realiza el Gobierno mexicano.

El vuelo, operado con un avión fletado por la dependencia mexicana, despegó la mañana del miércoles y aterrizó en el aeropuerto Ramón Villeda Morales sin contratiempos, informó el INM en un comunicado.

Las autoridades señalaron que los migrantes habían sido detenidos en distintos puntos de Chiapas y Oaxaca cuando intentaban avanzar hacia la frontera norte.

En las últimas semanas, México ha intensificado sus deportaciones de centroamericanos, venezolanos y cubanos, mientras Estados Unidos presiona para reducir las llegadas a su frontera. El INM afirmó que en lo que va del año ha devuelto a más de 14.000 personas a sus países de origen.

Organizaciones defensoras de migrantes en Tapachula denunciaron que muchos de los deportados no tuvieron oportunidad de solicitar refugio en México.`,
    expect: { relevant: false },
  },
  {
    id: "h19a-es-009",
    lang: "es",
    style: "near-miss",
    title: "El atasco en las cortes de inmigración supera los 3,7 millones de casos",
    published: "2024-11-12",
    text: `MIAMI (Semanario Brisa Sureña) — El número de casos pendientes en las cortes de inmigración de Estados Unidos superó los 3,7 millones, según un informe publicado el lunes por un centro de investigación universitario.

De acuerdo con el estudio, un migrante que hoy inicia su proceso debe esperar en promedio más de cuatro años para una audiencia final. En tribunales como los de Miami, Nueva York y Houston la espera puede superar los cinco años.

Los venezolanos, hondureños, guatemaltecos y colombianos forman los grupos más numerosos entre los casos pendientes, seguidos de ecuatorianos y cubanos.

"Hay familias que llevan años en un limbo, sin saber si podrán quedarse o si terminarán en un vuelo de deportación", explicó la abogada Mariela Fontán, quien atiende a decenas de clientes en Hialeah.

El informe señala que el sistema cuenta con unos 700 jueces, una cifra insuficiente para reducir el rezago. El Congreso ha debatido en varias ocasiones aumentar la plantilla, sin llegar a un acuerdo.

Los expertos advierten que las deportaciones aceleradas, que evitan pasar por un juez, podrían aumentar el próximo año.`,
    expect: { relevant: false },
  },
  {
    id: "h19a-es-010",
    lang: "es",
    style: "near-miss",
    title: "Vuelo de retorno voluntario trae a 95 venezolanos desde Santiago",
    published: "2025-07-07",
    text: `CARACAS (Diario Guaraira) — Un avión con 95 venezolanos que vivían en Chile aterrizó este domingo en el aeropuerto internacional de Maiquetía, como parte de un programa de retorno voluntario impulsado por el Gobierno venezolano.

Los viajeros, en su mayoría familias con niños, se inscribieron por su propia voluntad en el consulado de Santiago para regresar al país sin costo, informaron las autoridades.

"Allá ya no había trabajo y el arriendo se volvió imposible", contó Yusmary, de 34 años, al bajar del avión con sus dos hijos.

El programa ha organizado vuelos similares desde Perú, Ecuador y Argentina. Las autoridades venezolanas aseguran que más de 30.000 personas han regresado por esta vía desde su creación.

Paralelamente, Venezuela sigue recibiendo vuelos de deportación desde Estados Unidos, aunque estos no forman parte del programa voluntario y se coordinan por canales distintos.

Las organizaciones de migrantes en Chile advirtieron que muchos retornados vuelven a emigrar a los pocos meses por la falta de oportunidades en el país.`,
    expect: { relevant: false },
  },
];
