// Articles written for the extractor's tests (not copied from any outlet): removal flights, planned
// flights and policy changes across more than ten countries, said in different ways, and near misses
// that mention deportation, flights or countries without reporting a removal flight.
import type { ReportKind } from "./flight-extraction";

export type ArticleCase = {
  name: string;
  title: string;
  published: string;
  text: string;
  expect: {
    relevant: boolean;
    kind?: ReportKind;
    countries?: string[];
    eventDate?: string | null;
    people?: number | null;
    approx?: [number, number];
    departure?: string[];
    arrival?: string[];
    flightTypes?: string[];
  };
};

export const ARTICLES: ArticleCase[] = [
  {
    name: "China, charter from Texas to Shenyang",
    title: "ICE charter flight returns Chinese nationals to China",
    published: "2024-06-25",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement removed 116 Chinese nationals on a charter flight that departed from Texas and landed in Shenyang on Sunday, the Department of Homeland Security said.

About 100,000 Chinese nationals had final removal orders as of November 2023, according to the agency. It was the first large charter flight to China since 2018.`,
    expect: { relevant: true, kind: "flight", countries: ["CN"], eventDate: "2024-06-23", people: 116, departure: ["Texas"], arrival: ["Shenyang"], flightTypes: ["charter"] },
  },
  {
    name: "China, policy: will receive confirmed nationals",
    title: "China says it will receive repatriates confirmed as mainland nationals",
    published: "2025-01-22",
    text: `China's foreign ministry said on Tuesday it would receive repatriates confirmed as mainland nationals after verification. The statement came after ICE had sent five charter flights to China in a few months, and as Washington threatened visa sanctions against countries that do not take back their citizens.`,
    expect: { relevant: true, kind: "policy", countries: ["CN"], eventDate: "2025-01-21" },
  },
  {
    name: "Guatemala, landed yesterday with a count",
    title: "Deportation flight lands in Guatemala City",
    published: "2025-02-14",
    text: `A flight carrying 130 Guatemalan migrants deported from the United States landed at La Aurora airport in Guatemala City yesterday, officials said. Families waited outside the reception centre for hours.`,
    expect: { relevant: true, kind: "flight", countries: ["GT"], eventDate: "2025-02-13", people: 130 },
  },
  {
    name: "Honduras, ICE Air from Louisiana, more than 200",
    title: "Hondurans flown home on ICE Air",
    published: "2024-11-08",
    text: `More than 200 Hondurans were flown home to Honduras on Thursday on two ICE Air flights from Alexandria, Louisiana, landing in San Pedro Sula.`,
    expect: { relevant: true, kind: "flight", countries: ["HN"], eventDate: "2024-11-07", people: 200, departure: ["Alexandria, Louisiana"], arrival: ["San Pedro Sula"], flightTypes: ["ice_air"] },
  },
  {
    name: "El Salvador, planned next week from Harlingen",
    title: "ICE plans removal flight to El Salvador next week",
    published: "2025-03-05",
    text: `Immigration officials are planning a removal flight to El Salvador next week, according to two people familiar with the plans. The flight is expected to carry about 90 Salvadoran deportees from Harlingen, Texas.`,
    expect: { relevant: true, kind: "planned_flight", countries: ["SV"], eventDate: "2025-03-10", people: 90, departure: ["Harlingen, Texas"] },
  },
  {
    name: "India, military aircraft to Amritsar",
    title: "US military aircraft deports Indian migrants to Amritsar",
    published: "2025-02-06",
    text: `A U.S. Air Force C-17 carrying 104 Indian nationals landed in Amritsar on Wednesday, the first use of a military plane for deportations to India.`,
    expect: { relevant: true, kind: "flight", countries: ["IN"], eventDate: "2025-02-05", people: 104, arrival: ["Amritsar"], flightTypes: ["military"] },
  },
  {
    name: "Colombia, policy after a tariff threat",
    title: "Colombia agrees to accept deportation flights after tariff threat",
    published: "2025-01-27",
    text: `Colombia agreed to accept deportees on U.S. military aircraft late Sunday after the White House threatened tariffs and visa sanctions. Two planes had been turned back earlier in the day.`,
    expect: { relevant: true, kind: "policy", countries: ["CO"], eventDate: "2025-01-26" },
  },
  {
    name: "Venezuelans sent to El Salvador (third country)",
    title: "US deports Venezuelans to El Salvador",
    published: "2025-03-17",
    text: `The United States deported more than 250 Venezuelan migrants to El Salvador over the weekend on three flights, officials in San Salvador said on Monday.`,
    expect: { relevant: true, kind: "flight", countries: ["VE", "SV"], people: 250 },
  },
  {
    name: "Mexico, flights to Villahermosa this week",
    title: "Deportation flights carrying Mexican nationals land in Villahermosa",
    published: "2025-01-30",
    text: `Two deportation flights carrying Mexican nationals landed in Villahermosa this week, the National Migration Institute said.`,
    expect: { relevant: true, kind: "flight", countries: ["MX"], eventDate: "2025-01-27", arrival: ["Villahermosa"] },
  },
  {
    name: "Haiti, removal flights despite violence",
    title: "Deportation flights to Haiti resume",
    published: "2024-04-19",
    text: `The Department of Homeland Security sent a removal flight to Haiti on Thursday, returning 52 Haitians to Port-au-Prince despite gang violence in the capital.`,
    expect: { relevant: true, kind: "flight", countries: ["HT"], eventDate: "2024-04-18", people: 52, arrival: ["Port-au-Prince"] },
  },
  {
    name: "Ecuador, charter arrived in Guayaquil",
    title: "Ecuador receives deportees from the US",
    published: "2024-09-10",
    text: `A charter flight with 120 Ecuadorians deported from the U.S. arrived in Guayaquil on Monday, the foreign ministry said.`,
    expect: { relevant: true, kind: "flight", countries: ["EC"], eventDate: "2024-09-09", people: 120, arrival: ["Guayaquil"], flightTypes: ["charter"] },
  },
  {
    name: "Vietnam, agreement and last month's flight",
    title: "First deportation flight to Vietnam under new agreement",
    published: "2025-04-02",
    text: `Vietnam has agreed to take back its citizens who arrived in the US before 1995, officials said. The first flight under the memorandum of understanding carried 30 Vietnamese nationals to Ho Chi Minh City last month.`,
    expect: { relevant: true, kind: "flight", countries: ["VN"], eventDate: "2025-03", people: 30, arrival: ["Ho Chi Minh City"] },
  },
  {
    name: "Brazil, landed in Confins on Friday",
    title: "Brazilian deportees arrive in Belo Horizonte",
    published: "2025-01-25",
    text: `A flight carrying 88 Brazilians deported from the United States landed in Confins, near Belo Horizonte, on Friday night. Passengers said they were handcuffed during the flight.`,
    expect: { relevant: true, kind: "flight", countries: ["BR"], eventDate: "2025-01-24", people: 88, arrival: ["Confins"] },
  },
  {
    name: "Guatemala, hundreds in a month (monitoring report)",
    title: "Monthly report: ICE Air flights to Guatemala in March",
    published: "2025-04-03",
    text: `ICE Air flights carried hundreds of Guatemalans back to Guatemala in March, according to a monthly flight-monitoring report.`,
    expect: { relevant: true, kind: "flight", countries: ["GT"], eventDate: "2025-03", people: null, approx: [200, 999], flightTypes: ["ice_air"] },
  },
  {
    name: "Honduras, with a meeting in Mexico City in passing",
    title: "Removal flight to Honduras comes days after regional talks",
    published: "2025-02-20",
    text: `A removal flight carrying 95 Honduran nationals landed in Tegucigalpa on Tuesday. The flight came days after officials from Honduras, Guatemala and the United States held talks at a regional meeting in Mexico City on migration.`,
    expect: { relevant: true, kind: "flight", countries: ["HN"], eventDate: "2025-02-18", people: 95, arrival: ["Tegucigalpa"] },
  },
  {
    name: "Mauritania, planned this June",
    title: "DHS to send deportation flight to Mauritania this June",
    published: "2025-05-10",
    text: `The Department of Homeland Security will send a deportation flight to Mauritania this June, a spokesperson said, the first since dozens of Mauritanian migrants arrived at the southern border last year.`,
    expect: { relevant: true, kind: "planned_flight", countries: ["MR"], eventDate: "2025-06" },
  },
  {
    name: "China, last week, chartered plane",
    title: "Second deportation flight to China in two months",
    published: "2024-10-31",
    text: `Last week, a chartered plane took more than 100 Chinese adults from the United States to China, DHS said. Officials did not say where it landed.`,
    expect: { relevant: true, kind: "flight", countries: ["CN"], eventDate: "2024-10-21", people: 100, flightTypes: ["charter"] },
  },
  {
    name: "Eritrea, refusal and visa sanctions",
    title: "US imposes visa sanctions on Eritrea over deportees",
    published: "2024-08-15",
    text: `The State Department imposed visa sanctions on Eritrea on Wednesday after the country refused to accept deportees, calling it recalcitrant. Eritrea's government said it had not been consulted.`,
    expect: { relevant: true, kind: "policy", countries: ["ER"], eventDate: "2024-08-14" },
  },
  {
    name: "Uzbekistan and Tajikistan, one charter",
    title: "Flight to Tashkent carries Uzbek and Tajik deportees",
    published: "2025-06-12",
    text: `A charter flight carrying 131 Uzbek and Tajik nationals deported from the United States landed in Tashkent on June 10 before continuing to Dushanbe.`,
    expect: { relevant: true, kind: "flight", countries: ["UZ", "TJ"], eventDate: "2025-06-10", people: 131, arrival: ["Tashkent", "Dushanbe"], flightTypes: ["charter"] },
  },
  {
    name: "Ghana accepts West Africans (third country)",
    title: "Ghana agrees to receive West African deportees",
    published: "2025-09-15",
    text: `Ghana has agreed to receive deportees from other West African countries, the president said, after a first flight landed in Accra last week carrying 14 Nigerians and Gambians.`,
    expect: { relevant: true, kind: "policy", countries: ["GH", "NG", "GM"] },
  },
  {
    name: "Cuba, Miami to Havana",
    title: "ICE removes Cuban nationals on flight to Havana",
    published: "2025-04-25",
    text: `ICE removed 40 Cuban nationals on a charter flight from Miami to Havana on Thursday, the agency said.`,
    expect: { relevant: true, kind: "flight", countries: ["CU"], eventDate: "2025-04-24", people: 40, departure: ["Miami"], arrival: ["Havana"], flightTypes: ["charter"] },
  },
  {
    name: "Nicaragua, date written in full",
    title: "Nicaraguans repatriated on commercial flights",
    published: "2024-12-02",
    text: `Nicaragua's government said 75 Nicaraguans were repatriated from the United States on commercial flights to Managua on November 28, 2024.`,
    expect: { relevant: true, kind: "flight", countries: ["NI"], eventDate: "2024-11-28", people: 75, arrival: ["Managua"], flightTypes: ["commercial"] },
  },
  {
    name: "Peru, dozens, on Saturday",
    title: "Dozens of Peruvians deported on ICE flight to Lima",
    published: "2025-05-19",
    text: `Dozens of Peruvian migrants were deported on Saturday aboard an ICE flight that landed at Jorge Chávez airport in Lima.`,
    expect: { relevant: true, kind: "flight", countries: ["PE"], eventDate: "2025-05-17", people: null, approx: [24, 99] },
  },
  {
    name: "Dominican Republic, planned tomorrow",
    title: "Removal flight to Santo Domingo set for tomorrow",
    published: "2025-07-08",
    text: `A removal flight carrying about 110 Dominican nationals is scheduled to depart from Newark tomorrow for Santo Domingo, advocates said.`,
    expect: { relevant: true, kind: "planned_flight", countries: ["DO"], eventDate: "2025-07-09", people: 110, departure: ["Newark"] },
  },

  // Near misses: the words are there, the removal flight is not.
  {
    name: "A judge halts one deportation",
    title: "Judge halts deportation of Chinese activist",
    published: "2025-03-03",
    text: `A federal judge on Monday halted the deportation of a Chinese dissident who feared persecution, citing due process. Lawyers said he had lived in New York for twenty years.`,
    expect: { relevant: false },
  },
  {
    name: "An airline adds flights",
    title: "Airline adds flights to Guatemala City",
    published: "2025-03-03",
    text: `Avianca will add three weekly flights from Miami to Guatemala City starting in June, the airline said. Tickets go on sale on Friday.`,
    expect: { relevant: false },
  },
  {
    name: "A restaurant owner fights a removal order",
    title: "Mexican restaurant owner fights deportation order",
    published: "2025-02-11",
    text: `A Mexican restaurant owner in Chicago is fighting a deportation order after two decades in the city. His customers started a petition.`,
    expect: { relevant: false },
  },
  {
    name: "Students fly home for the holidays",
    title: "Flights between the US and China resume",
    published: "2024-12-20",
    text: `Many Chinese students returned home on flights to Shanghai for the holidays. Airlines added capacity as demand rose.`,
    expect: { relevant: false },
  },
  {
    name: "A legal clinic opens",
    title: "Deportation defense clinic opens in Houston",
    published: "2025-01-09",
    text: `A new clinic in Houston will offer free help to people facing deportation, including Honduran and Salvadoran families. Volunteers will staff it on weekends.`,
    expect: { relevant: false },
  },
  {
    name: "Congress debates funding",
    title: "Senate debates deportation funding",
    published: "2025-05-01",
    text: `The bill would fund more detention beds and deportation flights, lawmakers said. A vote is expected next month.`,
    expect: { relevant: false },
  },
  {
    name: "Trade talks with tariffs",
    title: "Chinese and US negotiators meet in Geneva",
    published: "2025-05-12",
    text: `Chinese officials met US negotiators in Geneva to discuss tariffs on steel and electronics. Both sides called the talks productive.`,
    expect: { relevant: false },
  },
  {
    name: "A statistic without a flight",
    title: "Study: deportations to Mexico rose",
    published: "2024-03-14",
    text: `Deportations to Mexico rose 20% in fiscal 2023, a study by a university research centre found.`,
    expect: { relevant: false },
  },
  {
    name: "One man flies back to see his children",
    title: "Guatemalan father reunited with his children",
    published: "2025-06-02",
    text: `Juan, a Guatemalan father of three who was deported to Guatemala last year, flew back to Houston on Saturday on a visa to see his children.`,
    expect: { relevant: false },
  },
  {
    name: "A regional meeting on migration",
    title: "Regional meeting on migration in Mexico City",
    published: "2025-04-22",
    text: `Officials from Mexico, Guatemala and Honduras met in Mexico City to discuss migration and deportation policy. No agreement was announced.`,
    expect: { relevant: false },
  },
  {
    name: "One man deported by mistake",
    title: "Judge orders government to facilitate return of deported man",
    published: "2025-04-11",
    text: `A federal judge ordered the government to facilitate the return of a Maryland man who was deported to El Salvador by mistake on a flight in March.`,
    expect: { relevant: false },
  },
  {
    name: "Migrants waiting at the border",
    title: "Haitian migrants wait in Tijuana",
    published: "2024-10-02",
    text: `Hundreds of Haitian migrants waited at the border crossing in Tijuana on Tuesday for appointments.`,
    expect: { relevant: false },
  },
  {
    name: "A plane crash",
    title: "Plane crash in Peru kills six",
    published: "2025-01-15",
    text: `A small plane crashed near Cusco on Tuesday, killing six people, Peruvian authorities said.`,
    expect: { relevant: false },
  },
  {
    name: "Detention numbers",
    title: "ICE detention reaches record",
    published: "2025-12-01",
    text: `ICE held more than 60,000 people in detention in November, and deportations rose, according to agency data.`,
    expect: { relevant: false },
  },
  {
    name: "An investment visit",
    title: "Guatemala's president visits the White House",
    published: "2025-06-20",
    text: `President Arévalo said Guatemala would accept more investment in ports and roads after meeting officials in Washington.`,
    expect: { relevant: false },
  },
  {
    name: "An airline on-time report",
    title: "Airline reports on-time flights to Bogotá",
    published: "2025-08-08",
    text: `Flights from Miami to Bogotá arrived on time 91% of the time in July, the carrier said, as Colombian travellers returned from holidays.`,
    expect: { relevant: false },
  },
];
