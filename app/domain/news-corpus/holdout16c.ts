// Held-out news corpus no. 16 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.

import type { CorpusArticle } from "./types";

export const HOLDOUT16C: CorpusArticle[] = [
  {
    id: "h16c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "Another group of citizens returned from the United States, ministry says",
    published: "2026-02-12",
    text: `TASHKENT — A chartered aircraft carrying Uzbek nationals deported from the United States landed late on Tuesday, the Ministry of Foreign Affairs said on Wednesday, describing the operation as "another example of practical cooperation" with Washington.

Passengers were met on the apron by officers of the Migration Agency and the State Security Service, who checked documents and took fingerprints before releasing most of them to relatives waiting in the arrivals hall.

The ministry said 58 citizens were on the flight. Nearly all were men between 20 and 40 who had crossed into the US from Mexico and then spent months in detention centres in Louisiana, Georgia and Pennsylvania while their cases went through immigration courts.

The plane left Mesa, Arizona, and made two refuelling stops in Europe before reaching Tashkent International Airport, according to a person who monitors charter traffic for a regional aviation forum.

It is at least the tenth removal flight to Uzbekistan since early 2025. In December a similar charter brought back 47 people, and last spring the government paid for a New York flight that also carried citizens of Kyrgyzstan and Kazakhstan, who continued home overland.

"Young people are still being told that the road through Mexico leads to good money. It leads to a cell, and then to this airport," said Jasur Nematov, a deputy head of the ministry's consular department. He urged families to report recruiters who promise easy entry to the United States.

The US Embassy in Tashkent said in a statement that it valued the government's "close partnership" and that people without a legal basis to remain in the United States would continue to be removed. Around 300 Uzbek citizens remain in US immigration custody, according to figures the ministry released in January.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 58, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tashkent International Airport"],
      date: "2026-02-10",
    },
  },
  {
    id: "h16c-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Families wait for hours as US deportees reach Fua'amotu",
    published: "2025-07-21",
    text: `NUKU'ALOFA — Relatives sat in the shade of the car park outside Fua'amotu International Airport for most of Friday afternoon, some holding cardboard signs with names written in marker pen, others simply watching the empty runway.

The men they were waiting for had been put on a charter in Los Angeles by US Immigration and Customs Enforcement. When the aircraft finally touched down just after four o'clock, police walked the passengers into a side building before any family member could get close.

Eleven Tongan men were on board, the Ministry of Police confirmed on Saturday. "All eleven have completed their prison terms in the United States. They are not wanted for anything here, and they can go home once the paperwork is done," Superintendent Viliami Taufa told reporters.

Officials said the youngest was 24 and the oldest 61. At least three had left Tonga before their fifth birthday and speak little Tongan, according to a volunteer with the Fakafo'ou Returnees Network, a church-backed group that offers the new arrivals a bed for their first weeks.

"Some of them have not been on this island since they were babies. They land here with a plastic bag and an American accent," said the volunteer, Losana Fifita. "The families are willing, but they need help too."

Tonga also receives deportees from New Zealand and Australia. Government figures show 64 people were sent to the kingdom from the three countries last year, the majority of them from New Zealand, and officials have repeatedly asked partners for at least three weeks' notice before each arrival.

The ministry said it had received the American passenger list twelve days before Friday's flight.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TO"],
      people: { value: 11, approx: false },
      departure: ["Los Angeles"],
      arrival: ["Fua'amotu International Airport"],
      date: "2025-07-18",
    },
  },
  {
    id: "h16c-en-003",
    lang: "en",
    style: "near-miss",
    title: "Romania flies 31 rejected asylum seekers home on joint charter",
    published: "2025-05-15",
    text: `BUCHAREST — Romania's General Inspectorate for Immigration said on Wednesday it had removed 31 foreign nationals whose asylum claims had been turned down, putting them on a charter that left Henri Coandă International Airport for Islamabad with a stop in Kathmandu.

The group was made up of 19 Pakistanis and 12 Nepalis, most of whom had entered Romania on work visas and then stopped turning up at the employers who had sponsored them. They were escorted by 46 Romanian officers, and the flight was co-financed by the European Union's border agency.

"Some of them had paid agents to take them on to Western Europe, and a few told us they had hoped one day to reach the United States through Latin America," said Andreea Munteanu, a spokeswoman for the inspectorate. "This operation sends a clear signal that a work visa is not a ticket to somewhere else."

The inspectorate removed 1,160 foreigners in 2024, up from 870 a year earlier, most of them on scheduled flights. Charter operations remain rare and are usually organised jointly with other member states.

Romanian citizens themselves are occasionally removed from abroad. Data published in December by US Immigration and Customs Enforcement showed 58 Romanians were deported from the United States in the 2024 fiscal year, almost all of them individually on commercial flights, a figure that has barely changed in five years.

Rights groups in Bucharest have asked the government to publish how many of those removed this year had legal representation before their claims were rejected.`,
    expect: { relevant: false },
  },
  {
    id: "h16c-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "DFA seeks access to two Filipinos in US deportee group sent to Ghana",
    published: "2025-11-06",
    text: `MANILA — The Department of Foreign Affairs said on Thursday it was trying to get consular access to two Filipino men who were among a group of deportees the United States flew to Ghana this week, although neither has any connection to the West African country.

The flight, which left from Alexandria, Louisiana, landed in Accra on Wednesday, according to a Ghanaian lawyer who represents several of the passengers. She said at least 14 people were on board and that none of them were Ghanaian citizens; apart from the two Filipinos, the group was made up of Nigerians and Gambians.

"They were taken off the plane in handcuffs and driven to a facility outside the city. Nobody has told us how long they will be held there or where they are supposed to go next," the lawyer, Abena Owusu-Mensah, said by telephone.

DFA spokesperson Maria Celeste Dacanay said the Philippine embassy in Abuja, which also covers Ghana, had been told to send a consul to Accra "as soon as the host government allows it." She said both men had finished prison sentences in the United States and that their families in Cavite and Iloilo had been informed.

Philippine officials have now counted four Filipinos sent to so-called third countries since July. Separately, 212 Filipinos were deported straight to Manila on US charter flights in the first nine months of the year, according to the Bureau of Immigration.

Washington has reached similar arrangements with several African governments, including Eswatini, Rwanda and South Sudan, to take people whose home countries are slow to issue travel documents.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["PH", "NG", "GM"],
      people: { value: 14, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Accra"],
      date: "2025-11-05",
    },
  },
  {
    id: "h16c-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "US deportation charter due in Tbilisi this week, Interior Ministry says",
    published: "2026-04-14",
    text: `TBILISI — Georgia's Interior Ministry said on Tuesday that a charter flight organised by US immigration authorities is scheduled to land at Tbilisi International Airport on Thursday with Georgian citizens ordered deported from the United States.

The ministry gave few details, but a spokeswoman said border police would meet the aircraft and that anyone facing criminal proceedings at home would be handed to investigators on the spot.

"We have been told there will be about 30 of our citizens on board," said the spokeswoman, Nino Beridze. "Most of them applied for asylum in America and were refused. They are coming back to their own country, and the state will treat them as citizens."

Thousands of Georgians travelled to the United States through Mexico after 2022, many on the advice of middlemen who charged up to $15,000 for the journey. A smaller US flight in January brought back 19 people.

Europe has been sending people back for longer. Germany alone flew four charters to Tbilisi last year carrying more than 300 rejected asylum seekers, and Greece and France have run their own flights.

Opposition lawmakers have asked the government to say whether it is paying any part of the American operation. The ministry did not answer that question on Tuesday.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["GE"],
      people: { value: 30, approx: true },
      departure: [],
      arrival: ["Tbilisi International Airport"],
      date: "2026-04-16",
    },
  },
  {
    id: "h16c-en-006",
    lang: "en",
    style: "near-miss",
    title: "Deported caregiver returns to Pampanga after 19 years in California",
    published: "2026-01-09",
    text: `MANILA — A 52-year-old Filipino caregiver ordered removed from the United States arrived at Ninoy Aquino International Airport on Wednesday night aboard a regular commercial flight from San Francisco, escorted by two US immigration officers, the Bureau of Immigration said.

The woman, who asked that only her first name, Rosalinda, be used, had overstayed a tourist visa in 2007 and spent the next 19 years looking after elderly patients in Sacramento. She was detained in October after a routine check-in with immigration authorities and was held in a facility in the Central Valley until her removal.

"I sat in the last row with the two officers. The other passengers were watching movies. Nobody knew," she said at the airport, where her sister and a nephew were waiting with a bag of pandesal.

The Bureau of Immigration said she had no criminal record in either country and was free to go after a short interview. Officials said the US escorts handed over her travel documents and boarded the return leg the next morning.

Her case is one of many individual removals that never appear in the figures for charter flights. According to the Department of Foreign Affairs, about 340 Filipinos were returned from the United States last year, most of them on ICE charters to Clark, while dozens more were sent home one at a time on scheduled airlines.

Rosalinda said she planned to go home to Pampanga and look for work. "I am good at my job," she said. "Maybe someone here needs me."`,
    expect: { relevant: false },
  },
  {
    id: "h16c-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: "Kyrgyz deportees back from US via Manas",
    published: "2025-09-29",
    text: `BISHKEK — Kyrgyz citizens deported from the United States arrived home on Sunday on a charter that landed at Manas International Airport, the Foreign Ministry said, in a brief statement that did not say how many people were on board.

The aircraft had departed from El Paso, Texas, and stopped in Shannon, Ireland, and in Baku before reaching the capital, according to airport staff.

A consular official who met the group on arrival gave the only figure. "We received twenty-three of our citizens this morning, all of them men, all in reasonable health," said Talant Asanbekov, who heads the ministry's department for citizens abroad. "Some of them had not seen their families for three years."

Most had been detained after crossing the US southern border in 2023 and 2024 and had lost their asylum cases, Asanbekov said. Several had spent more than a year in detention in New Mexico and Colorado.

The ministry believes around 150 Kyrgyz citizens are still held in US immigration custody. In the spring, a number of Kyrgyz nationals came home on a New York–Tashkent charter organised by neighbouring Uzbekistan and continued their journey by road.

Migration within the region remains a far larger issue for Kyrgyz families. Russia expelled more than 1,400 Kyrgyz migrant workers in the first half of the year, according to the ministry, most of them over document violations, and many more have been refused entry at Russian airports.

"America is a long way and very expensive. When it goes wrong, the whole family pays the debt," Asanbekov said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KG"],
      people: { value: 23, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Manas International Airport"],
      date: "2025-09-28",
    },
  },
  {
    id: "h16c-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "US deportees reach Techo airport days after Vietnam receives its own flight",
    published: "2026-06-05",
    text: `PHNOM PENH — A US government charter carrying Cambodian nationals deported from the United States landed at Techo International Airport on Wednesday morning, the Interior Ministry's General Department of Identification said.

Nearly 40 people were on the plane, which had taken off from Texas, a department spokesman said, adding that an exact figure would be released once processing was complete. All but two were men, and most had left Cambodia as small children or had been born in refugee camps along the Thai border.

Under a 2002 agreement with Washington, Cambodia accepts citizens who lose their US residency after a felony conviction. More than 1,000 people have been returned under the arrangement, many of whom arrive with no Khmer and no relatives they can name.

"The first week is the hardest. They do not know how to cross the road here," said Sok Dara, who runs the Kampuchea Returnee Assistance Centre, where most of Wednesday's arrivals will stay for up to three months.

The flight came two days after a separate ICE charter landed at Tan Son Nhat International Airport in Ho Chi Minh City with some 90 Vietnamese nationals, according to Vietnam's Foreign Ministry. Diplomats in Phnom Penh said the two operations were scheduled independently and did not share an aircraft.

Cambodia has in the past asked the United States to revise the agreement so that people with long-settled families in America can stay. A foreign ministry official said this week that the request "remains on the table."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 40, approx: true },
      departure: ["Texas"],
      arrival: ["Techo International Airport"],
      date: "2026-06-03",
    },
  },
  {
    id: "h16c-en-009",
    lang: "en",
    style: "near-miss",
    title: "Twelve years after he was sent back, a deportee runs Apia's youth league",
    published: "2026-10-02",
    text: `APIA — Every Saturday morning Tavita Leiataua unlocks a shipping container at the edge of a village field, pulls out two bags of rugby balls and waits for the boys to arrive.

Twelve years ago he was the one being collected. He stepped off a chartered flight at Faleolo in 2014 with handcuff marks on his wrists, deported from the United States after serving four years in a California prison for assault. He had left Samoa at the age of three.

"I didn't know how to ask for a bus. I didn't know which cousins were mine," he said, laughing now. "My grandmother took one look at me and said, you talk like television."

A returnee trust set up in 2011 has helped more than 200 people in his position, most of them sent from New Zealand, Australia and the United States. Its director said the hardest cases are men who were deported after decades abroad and have no family willing to take them in.

Leiataua found work first as a driver, then as an assistant coach at a secondary school. The youth league he started in 2019 now has 14 teams and a waiting list.

He still has a daughter in Sacramento whom he has not seen in person since she was six. They talk on video calls on Sundays. "She asks if I am angry at America," he said. "I tell her I was angry at me."

Samoan officials say numbers of arrivals have been steady in recent years. The trust is asking the government for money to open a second house on Savai'i.`,
    expect: { relevant: false },
  },
  {
    id: "h16c-en-010",
    lang: "en",
    style: "wire",
    title: "Moldova agrees to take some third-country deportees from the US",
    published: "2026-08-20",
    text: `CHISINAU — Moldova's government on Tuesday approved an agreement with the United States under which the country will receive a limited number of foreign nationals deported from the US whose own countries will not take them back, the State Chancellery said.

Under the arrangement, those sent to Moldova will be housed at a temporary accommodation centre run by the Migration and Asylum Bureau outside the capital while international organisations try to arrange their onward travel. People with convictions for violent crimes will not be accepted, the chancellery said, and Moldova will have the right to refuse individual cases.

The government did not say how much Washington would pay or when the first people might arrive. A spokesman said the details of financial support were "still being finalised."

"We are being asked to solve someone else's problem, and we are doing it quietly, without a vote in parliament," said Victor Cojocaru, an opposition member of the legislature's foreign affairs committee.

The United States has signed comparable deals with a number of countries, among them Eswatini, Rwanda, Uganda and Kosovo, as it tries to speed up removals of people it cannot easily return home. Rights groups say some of those sent abroad have been detained for months without access to lawyers.

Moldovan citizens themselves are occasionally removed from the US, usually one at a time on commercial flights. A foreign ministry official said that process would not be affected by Tuesday's decision.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MD"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-08-18",
    },
  },
  {
    id: "h16c-zh-001",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美再派大型包機遣返中國籍人士 人數未公布",
    published: "2025-03-27",
    text: `（本報華盛頓26日綜合報導）美國國土安全部26日發布簡短聲明指出，移民暨海關執法局（ICE）已於當地時間24日執行一趟大型包機遣返任務，將一批「在美國沒有合法居留依據」的中國籍人士送回中國。

聲明並未說明機上人數、起飛地點或降落城市，只強調行動是在與中國公安部及國家移民管理局「密切協調下」完成，並再次警告有意偷渡的人「不要相信蛇頭的話」。

這是川普今年1月重返白宮後，美方首度公開證實以包機遣返中國籍人士。前一任政府在去年曾多次派出類似航班，其中一班載有百餘人，被視為2018年以來雙方在遣返問題上恢復合作的訊號。

中國外交部發言人在北京例行記者會上被問及此事時表示，中方「一貫反對非法移民」，會在核實身分後接收確屬中國公民的被遣返人員，但未證實任何航班細節。

根據美國海關暨邊境保護局的數據，過去兩個財政年度在美墨邊境被攔下的中國籍人士累計超過7萬人，不少人先飛往厄瓜多，再經哥倫比亞、巴拿馬一路北上。

紐約法拉盛一名移民律師林志恆受訪表示，近兩週已有多名當事人家屬來電詢問親人是否在名單上。「ICE通常事後才通知，家屬只能乾等，有時人已經到了福建，律師這邊還不知道。」`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-03-24",
    },
  },
  {
    id: "h16c-zh-002",
    lang: "zh",
    style: "near-miss",
    title: "移民署專案包機 148名越籍失聯移工今晨離台",
    published: "2025-04-17",
    text: `（本報記者桃園報導）內政部移民署今天（17日）清晨執行專案包機遣返，將148名收容中的越南籍失聯移工及逾期居留者，自桃園國際機場送往河內內排國際機場。這是移民署今年第二度以包機方式遣送越南籍受收容人。

移民署北區事務大隊大隊長許文彬表示，這批受收容人分別來自宜蘭、新竹及南投收容所，多數在台灣失聯超過兩年，也有人因護照過期多年、無力自購機票而長期滯留收容所。「包機可以一次處理大量個案，減輕收容所壓力，也節省逐一訂位的行政成本。」

許文彬說，移民署的遣返仍以當事人自行購票出境為主，包機屬於例外。今年以來美國大規模遣返移民的新聞引起不少民眾關注，他強調兩者性質不同，台灣遣送的對象都已完成罰鍰或司法程序，並由越方事先核發旅行文件。

根據移民署統計，去年全年共遣送逾1萬2千名外來人口出境，其中越南籍約占六成，印尼籍次之。行蹤不明移工人數則仍在9萬人上下徘徊。

移民署也提醒雇主，非法聘僱失聯移工最高可處75萬元罰鍰，5年內再犯將涉及刑責。`,
    expect: { relevant: false },
  },
  {
    id: "h16c-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再送第三國人士往盧旺達 兩名內地男子在列",
    published: "2025-12-01",
    text: `【本報綜合報道】盧旺達政府發言人周日證實，一架由美國安排的包機上周四抵達首都基加利，機上七名被美國驅逐出境的人士全部不是盧旺達公民，當中包括兩名中國內地男子。

發言人表示，其餘五人分別為三名越南人及兩名老撾人。他們在美國均已服完刑期，但原籍國未有在限期內發出旅行證件。七人目前暫住基加利市郊一所由國際組織協助營運的宿舍，「可以自由活動，但須定期報到」。

據了解，包機從美國亞利桑那州起飛，中途曾在塞內加爾加油。美國國土安全部未有回應本報查詢。

盧旺達今年8月與特朗普政府達成協議，同意接收部分美方無法遣返原籍國的人士，以換取發展援助。首批人士於8月中抵達，人數當時並未公布。斯威士蘭、南蘇丹及加納等國亦先後接收過美國遣送的第三國人士。

中國外交部發言人被問及兩名內地男子的情況時表示，中方正在了解，並稱中方「一貫願意接收經核實的中國公民」。有在美國代表其中一人的律師則向本報表示，其當事人早已向美方提出願意返回福建，「不明白為何要繞到非洲」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["CN", "VN", "LA"],
      people: { value: 7, approx: false },
      departure: ["亞利桑那州"],
      arrival: ["基加利"],
      date: "2025-11-27",
    },
  },
  {
    id: "h16c-zh-004",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返包機抵越南 越方證實約120人",
    published: "2026-03-19",
    text: `（本報綜合外電報導）越南外交部發言人18日在例行記者會上證實，一架載運越南籍被遣返者的美國包機17日降落胡志明市新山一國際機場，機上約120人，「均為在美國已收到最終遣返令的越南公民」。

發言人表示，班機自德州起飛，越方已依照兩國2008年簽署的遣返協議逐一核對身分，抵達者在機場接受公安與衛生單位檢查後，大多由家屬接回，少數因在越南另有案件而被帶走調查。

值得注意的是，就在同一週，另一架ICE包機15日將63名菲律賓籍人士送抵馬尼拉，菲律賓移民局表示其中多數具犯罪紀錄。兩班航班由不同航空公司執飛，並非同一架飛機。

越美2008年的協議原本排除1995年7月以前抵美的越南人，但美方近年不斷要求河內放寬，越方至今未公開表態。旅美越裔社團擔心，一旦協議鬆動，將有數千名早年以難民身分赴美、後來因案失去綠卡的長者面臨遣返。

胡志明市一名前來接機的婦人受訪說，丈夫在加州生活了22年，「孩子都在美國，他一個人回來，連身分證都要重辦」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 120, approx: true },
      departure: ["德州"],
      arrival: ["胡志明市新山一國際機場"],
      date: "2026-03-17",
    },
  },
  {
    id: "h16c-zh-005",
    lang: "zh",
    style: "near-miss",
    title: "美上訴法院裁定 第三國遣返須給予充分通知",
    published: "2026-02-20",
    text: `【本報綜合報道】美國聯邦第一巡迴上訴法院周四裁定，政府若要把移民遣送至其原籍國以外的「第三國」，必須事先以當事人明白的語言書面通知，並給予合理時間提出恐懼遭迫害的主張，不能只提前數小時告知。

三人合議庭以二比一維持下級法院的部分禁制令。多數意見指出，部分被遣往非洲國家的人士在登機前根本不知道目的地，「這與正當程序的基本要求不符」。持不同意見的法官則認為，移民事務屬行政部門權限，法院不應過度介入。

司法部表示將考慮向最高法院上訴。國土安全部發言人則稱，裁決「不會影響大部分遣返行動」，當局會繼續與南蘇丹、斯威士蘭、加納等願意合作的國家安排人員移交。

代表原告的移民律師關敏儀接受本報訪問時說，裁決至少讓當事人「有機會說一句話」。她指出，美國移民法庭積壓的案件已超過300萬宗，許多人等候多年才獲排期，一旦敗訴，往往在極短時間內被送走。

據非政府組織統計，自去年夏天以來，美方已把至少數十名第三國人士送往非洲及中美洲，其中包括越南、老撾、古巴及也門國民。`,
    expect: { relevant: false },
  },
  {
    id: "h16c-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "帛琉同意接收美國遣送的第三國人士 參議院反彈",
    published: "2026-05-08",
    text: `（本報記者綜合報導）我國友邦帛琉總統府7日宣布，已與美國簽署合作備忘錄，同意接收被美國驅逐出境、但無法遣返原籍國的第三國人士，這是太平洋島國中首度有國家公開接受這類安排。

總統府聲明表示，來者必須沒有暴力犯罪紀錄，抵達後可依規定在帛琉合法工作，以填補觀光業及營建業的人力缺口；美方則將提供經費，協助帛琉強化移民管理與社會服務。聲明未說明人數上限，也沒有公布首批人士預計何時抵達。

消息一出，帛琉參議院多名議員表達不滿。參議員伊諾斯（Tomas Inos）說，帛琉人口不到兩萬，「我們連自己的醫療與住房都還吃緊，這樣的大事應該先經過國會」。

外交部表示，帛琉是主權國家，台方尊重其與美方的合作決定，並將持續透過既有計畫協助帛琉發展。

川普政府去年起陸續與多國達成類似協議，包括另一友邦史瓦帝尼，以及盧安達、烏干達和瓜地馬拉等國。人權團體批評，部分被送往第三國的人士在當地遭長期羈押，無法接觸律師。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PW"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-05-07",
    },
  },
  {
    id: "h16c-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "消息人士：美方下周二将再派包机遣返中国籍人员",
    published: "2025-10-10",
    text: `【本报讯】两名了解情况的美国联邦官员9日向本报透露，美国移民与海关执法局（ICE）计划下周二从洛杉矶派出一架包机，将约80名已获最终遣返令的中国籍人员送回国内，航班预计降落福州。

其中一名官员说，名单在起飞前仍可能变动，“有人临时提出上诉，也有人健康状况不适合长途飞行”。这批人员目前主要关押在加州阿德兰托及亚利桑那州的拘留中心，多数是近两年从美墨边境入境后被捕。

今年以来，美方已至少两次以包机遣返中国籍人员，但国土安全部均在航班完成后才发布消息，且未公布人数。若本次航班如期执行，将是今年规模较大的一次。

中国驻美国大使馆截至发稿时未回应本报询问。中方过去曾表示，愿在核实身份后接收被遣返的中国公民，同时反对“将移民问题政治化”。

在洛杉矶执业的移民律师王立群说，近日已有多名当事人被从拘留中心转移到南加州，“通常这就是要上飞机的信号”。她建议家属尽快确认亲人的拘留地点，并准备好国内的联系方式。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: { value: 80, approx: true },
      departure: ["洛杉矶"],
      arrival: ["福州"],
      date: "2025-10-14",
    },
  },
  {
    id: "h16c-zh-008",
    lang: "zh",
    style: "near-miss",
    title: "ICE年度報告：台灣籍遣返17人 中國籍大幅增加",
    published: "2025-12-18",
    text: `（本報華盛頓17日專電）美國移民暨海關執法局（ICE）17日公布2025財政年度執法報告，全年遣返人數創下十年新高，其中台灣籍人士為17人，與前一年相近；中國籍人士則達2,300餘人，較前一年增加約四成。

報告顯示，ICE本財年共執行約1,900架次國際遣返航班，目的地以墨西哥、瓜地馬拉、宏都拉斯為大宗，亞洲國家中以印度、中國、越南人數最多。報告並未逐一列出各航班的日期或機上人數。

駐美國台北經濟文化代表處表示，被遣返的台灣籍人士多為逾期居留或觸犯刑案，代表處均依個案提供協助，並未發現集體遣返的情形。「國人若收到移民法庭通知，務必依時出庭，並尋求專業律師協助。」

移民政策研究者指出，台灣籍人數多年來維持在二、三十人以下，主要是因為國人赴美多持免簽或合法簽證，即使逾期，多半也會自行離境。相較之下，經中南美洲陸路偷渡的中國籍人士近年激增，成為遣返人數上升的主因。

ICE在報告中也提到，目前仍有約140萬名已收到最終遣返令、但尚未離境的外國人，部分原因是有些國家拒絕或拖延核發旅行文件。`,
    expect: { relevant: false },
  },
  {
    id: "h16c-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國包機遣返三十七名菲律賓人 降落克拉克",
    published: "2025-06-12",
    text: `（本報綜合報導）菲律賓移民局11日表示，一架美國移民暨海關執法局（ICE）包機週三上午降落邦板牙省的克拉克國際機場，機上三十七名菲律賓籍男女在美國服完刑期後遭驅逐出境。

移民局發言人維拉弗洛（Ramon Villaflor）說，這批人涉及的罪名包括竊盜、毒品與家暴，但在菲律賓並無待審案件，完成指紋比對與健康檢查後，已由社會福利部人員協助聯繫家屬。機上共有四名女性，年紀最大的一人已68歲。

班機自路易斯安那州亞歷山卓起飛，途中在關島加油。據了解，乘客在飛行途中全程戴著手銬，直到進入菲律賓領空才解開。

這是今年第三批從美國以包機送回菲律賓的人員，前兩批分別有44人和29人。菲律賓外交部表示，目前仍有數百名菲律賓人在美國移民拘留中心等待遣返，外交部已要求美方提前通知每一批人員名單。

一名在機場等候哥哥的女子說，哥哥9歲就隨母親移民加州，「他連塔加洛語都說不好，我們會慢慢教他」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 37, approx: false },
      departure: ["路易斯安那州亞歷山卓"],
      arrival: ["克拉克國際機場"],
      date: "2025-06-11",
    },
  },
  {
    id: "h16c-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "英国包机遣返四十余名越南人 抵达河内",
    published: "2026-04-28",
    text: `【本报综合报道】英国内政部27日表示，一架包机26日从伦敦斯坦斯特德机场起飞，将43名越南籍非法移民及刑满释放人员遣返河内内排国际机场。这是英国今年第四次以包机方式遣返越南籍人员。

内政部称，这批人中有17人曾在英国因种植大麻或人口偷运被定罪，其余人的庇护申请均已被驳回。所有人均由越方事先核实身份并签发旅行证件，随行押解人员超过80名。

英国政府近年将打击小船偷渡英吉利海峡列为优先事项，越南籍人士一度是偷渡人数最多的群体之一。内政部数据显示，去年英国共向越南遣返约1,100人，其中大部分搭乘定期航班。

越南外交部表示，越方愿与英方合作，“在保障公民合法权益的前提下”接收经核实的越南公民。

分析人士指出，英国的做法与美国移民与海关执法局近来频繁派出遣返航班有相似之处，但英方遣返的规模要小得多，且多与欧盟边境管理局协调执行。英国移民律师协会则批评，部分当事人在被押上飞机前数小时才获通知，来不及申请司法复核。`,
    expect: { relevant: false },
  },
  {
    id: "h16c-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返機抵阿姆利則 逾百印度人返國",
    published: "2025-08-18",
    text: `【本報綜合報道】一架載有被美國驅逐印度公民的包機周六（16日）降落阿姆利則機場，印度外交部表示，機上逾百人，大部分來自旁遮普邦、哈里亞納邦及古吉拉特邦，不少人是經「驢子路線」繞道中南美洲偷渡入境美國。

外交部發言人在新德里表示，班機由美國德州聖安東尼奧起飛，印方已事先核實所有乘客的國籍。他說，政府已要求美方「以尊重的方式」對待被遣返者，避免再出現乘客全程被扣上手銬腳鐐的情況。

同日另一架美國移民及海關執法局包機則把約五十名巴基斯坦人送抵伊斯蘭堡，巴基斯坦內政部證實了有關航班，但未透露乘客背景。兩班航機由不同航空公司營運。

今年2月起，美方曾多次以軍機送返印度人，引起國會反對派強烈抗議，批評政府未有為國民爭取尊嚴。據印度官方數字，今年以來已有逾二千名印度公民被美國遣返。

旁遮普邦警方表示，已在機場設立臨時服務台，協助返國者回鄉，並呼籲他們舉報收取巨額費用的非法移民中介。一名返國者向記者表示，家人為了他的旅程借了四百萬盧比，「現在人回來了，債還在」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 100, approx: true },
      departure: ["德州聖安東尼奧"],
      arrival: ["阿姆利則機場"],
      date: "2025-08-16",
    },
  },
  {
    id: "h16c-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "中華成棒隊包機赴美移地訓練 抵達鳳凰城",
    published: "2026-02-25",
    text: `（本報記者桃園報導）中華成棒代表隊一行62人24日晚間搭乘包機從桃園國際機場出發，當地時間同日下午抵達美國亞利桑那州鳳凰城，展開為期三週的移地訓練，並將與多支美國職棒小聯盟球隊進行熱身賽。

領隊陳國樑表示，這次選擇包機，是因為球具與器材多達兩百餘件，若搭乘一般航班，轉機與托運都不方便。「球員下了飛機就直接上巴士，到球場旁的飯店休息，明天一早開始練球。」

由於美國近來收緊簽證審查，代表隊出發前一個月便完成所有人員的簽證申請。陳國樑說，有兩名防護員一度被要求補件，所幸最後都順利取得簽證，「移民官在入境時問得很仔細，但整體過程順利」。

另外，一名外籍體能教練因護照換發作業延誤，將改搭定期航班於週末與球隊會合。

代表隊預計3月中旬返台，屆時也將以包機返國。中華棒協表示，移地訓練期間所有熱身賽都將在網路上直播。`,
    expect: { relevant: false },
  },
  {
    id: "h16c-zh-013",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "哥斯大黎加再收美國遣送移民 中國、俄羅斯籍在列",
    published: "2026-07-03",
    text: `（本報綜合外電報導）哥斯大黎加南部邊境附近的一座臨時移民照護中心，2日清晨陸續駛入多輛巴士。下車的男女老少拖著透明塑膠袋，裡面裝著毛毯和少量衣物，許多人說不出自己身在何處。

這座中心原本用來安置北上途中的移民，如今卻成了被美國送回拉丁美洲的外國人的中轉站。人權團體志工表示，部分人連一句西班牙語都不會說，只能靠手機翻譯溝通。

哥斯大黎加公安部2日證實，這些人並非哥斯大黎加公民，而是分別來自中國、俄羅斯、伊朗及阿富汗，他們將在中心停留至多90天，由國際組織協助返回原籍國或申請前往其他國家。

公安部表示，載運這批人的美國包機1日晚間降落聖荷西胡安桑塔瑪利亞國際機場，機上約兩百人。據了解，班機自德州布利斯堡基地起飛。

哥國政府去年初曾兩度接收類似航班，當時遭到國內律師團體提告，憲法法院後來要求政府保障當事人的人身自由與法律諮詢權利。

一名來自伊朗的男子透過翻譯說，他在美國申請庇護被拒後，只被告知「要搭飛機」，直到降落才知道目的地。「我不能回伊朗，也不知道在這裡能做什麼。」`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "RU", "IR", "AF"],
      people: { value: 200, approx: true },
      departure: ["德州布利斯堡基地"],
      arrival: ["聖荷西胡安桑塔瑪利亞國際機場"],
      date: "2026-07-01",
    },
  },
  {
    id: "h16c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "柬埔寨遣返37名台籍詐騙嫌犯 包機凌晨抵桃園",
    published: "2025-08-07",
    text: `（本報記者桃園報導）刑事警察局今天（7日）凌晨從柬埔寨押回37名涉嫌參與跨境詐騙集團的台籍嫌犯。包機6日深夜自金邊起飛，今天凌晨2時許降落桃園國際機場，嫌犯一下機便由專案人員戴上頭套押解，分批移送各地檢署偵辦。

刑事局指出，這批嫌犯多數在去年至今年間以「高薪工作」名義被招募前往柬埔寨西港，實際上在園區內從事假投資、假交友詐騙，被害人遍及台灣、中國大陸及東南亞。柬國警方今年6月突襲園區，查獲包括台灣、中國、越南及印尼等國人士逾千人。

刑事局長表示，這次是透過外交部、駐胡志明市辦事處及柬方多次協商，才得以包機方式一次遣返。「仍有部分國人滯留柬國，我們會持續爭取讓他們返台接受司法調查。」

據統計，近兩年自東南亞遣返的台籍詐騙嫌犯已逾500人，其中以柬埔寨、緬甸兩地最多。警方呼籲民眾勿輕信網路上「出國工作、月入十萬」的廣告，以免淪為詐騙集團的車手或打手。`,
    expect: { relevant: false },
  },
  {
    id: "h16c-zh-015",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣送一批外籍人士往烏干達 據報有內地居民",
    published: "2026-09-23",
    text: `【本報訊】烏干達內政部周二發表聲明，證實一架由美國安排的包機21日晚上降落恩德培國際機場，機上一批被美國驅逐出境的人士均非烏干達公民，分別來自印度、斯里蘭卡及中國內地。

聲明沒有交代人數，只表示有關人士「身體狀況良好」，已被送往首都近郊的一處設施暫住，待國際組織協助安排返回原籍國或前往其他國家。

根據烏干達去年與美國達成的協議，該國只接收沒有刑事紀錄的成年人，不接收無人陪伴的未成年人，並希望優先接收非洲國家的人士。今次航班以亞洲人為主，在當地引起議論，反對派議員質疑政府「為了美元出賣原則」。

美國國土安全部未有就航班發表聲明。除烏干達外，美方近一年亦曾把第三國人士送往盧旺達、加納及赤道幾內亞等地。

本澳一名研究國際移民的學者指出，被送往第三國的內地居民，理論上最終仍須回到內地，「繞這一圈，多半只是因為旅行證件辦得慢」。治安警察局表示，未有資料顯示事件涉及澳門居民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["IN", "LK", "CN"],
      people: null,
      departure: [],
      arrival: ["恩德培國際機場"],
      date: "2026-09-21",
    },
  },
  {
    id: "h16c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "美擴大入境禁令新增多國 特區護照不受影響",
    published: "2026-06-12",
    text: `【本報綜合報道】美國白宮10日公布總統公告，把全面或部分入境限制擴大至另外七個國家，包括寮國、緬甸及數個非洲國家，新措施將於本月下旬生效。公告列出的理由之一，是部分國家「長期拒絕或拖延接收被美國下令遣返的本國國民」。

公告指出，其中一國目前積壓逾千名已收到最終遣返令、但未獲發旅行證件的國民，美方多次交涉未果。受限制國家的公民除持有既有有效簽證者外，將無法申請大部分類別的移民及非移民簽證。

特區政府保安局表示，澳門特區護照持有人不在限制名單之內，赴美簽證安排維持不變，呼籲居民如有疑問，可直接向美國駐港澳領事機構查詢。

旅遊業界人士則擔心，美國入境政策接連收緊，或令部分旅客對赴美卻步。本澳一間旅行社負責人說，今年暑假赴美旅行團報名人數按年減少約兩成，「客人最常問的是，到了機場會不會被拒入境、被遣返」。

人權團體批評，以遣返合作作為簽證制裁的理由，最終受影響的是無辜的學生和探親家庭。`,
    expect: { relevant: false },
  },
  {
    id: "h16c-zh-017",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "南蘇丹宣布暫停接收美國遣送的外籍人士",
    published: "2026-10-26",
    text: `（本報綜合外電報導）南蘇丹外交部週六發表聲明，宣布即日起暫停接收由美國遣送、但不具南蘇丹國籍的人士，直到雙方就「費用、安置與最終去向」重新談妥條件為止。

聲明指出，過去一年多來抵達朱巴的第三國人士中，有人至今仍滯留在政府的安置設施內，原籍國遲遲不願發給旅行文件，「南蘇丹不能成為他國的收容所」。聲明同時強調，遣返南蘇丹本國公民的安排不受影響。

美國國務院發言人回應表示，華府「注意到」相關聲明，將透過外交管道與南蘇丹政府溝通，並稱美方一向履行協議中的承諾。

2025年7月，美方曾以包機將數名外籍男子從吉布地的美軍基地送往朱巴，事前引發一連串訴訟，也讓南蘇丹成為第三國遣返爭議的焦點。此後，南蘇丹又陸續接收過數批人士，但政府從未公布確切人數。

分析人士認為，南蘇丹此舉可能是為了在援助與簽證問題上向美方施壓。去年4月，美國曾一度撤銷南蘇丹公民的簽證，理由正是朱巴拒收被遣返的本國國民，後來雙方關係才逐漸緩和。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SS"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-10-24",
    },
  },
  {
    id: "h16c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "【社論】把人送往第三國，友邦該如何自處",
    published: "2025-09-15",
    text: `美國政府今年以來積極推動所謂「第三國遣返」，把原籍國不願或無法接收的移民，送往與當事人毫無淵源的國家。從中美洲到非洲，願意配合的國家名單越來越長，其中也包括我們的友邦。

站在華府的角度，這是解決遣返僵局的務實辦法；但對接收國而言，問題遠比一紙協議複雜。這些人抵達後住在哪裡、能否工作、多久之後可以離開，往往沒有清楚答案。小國的行政與司法量能有限，一旦安置出了差錯，承擔後果的是當地社會，而不是做決定的強權。

台灣與史瓦帝尼、帛琉等友邦關係密切，我們無權也不應干涉他國的主權決定。然而，作為長期夥伴，台灣可以做的，是在醫療、職訓與移民管理上提供實質協助，讓友邦在與大國談判時，有更多籌碼和選擇，而不是只能被動接受。

另一方面，台灣自身也面臨數萬名失聯移工與逾期居留者的問題。我們要求他國尊重人權與正當程序，自己在收容與遣送時，也應經得起同樣的檢驗。

移民問題沒有簡單的解方。把人送得越遠，不代表問題就此消失，只是換了一個地方、換了一群人去面對。`,
    expect: { relevant: false },
  },
  {
    id: "h16c-zh-019",
    lang: "zh",
    style: "chinese-outlet",
    title: "汤加警方：美方拟于11月派包机遣返一批汤加籍人员",
    published: "2026-10-15",
    text: `【本报奥克兰讯】汤加警察部14日表示，已接获美国方面通知，美国移民与海关执法局（ICE）计划于11月安排一架包机，把一批在美国服刑期满、已获遣返令的汤加籍人员送回努库阿洛法，具体人数与日期尚待双方确认。

警察部发言人说，汤方已要求美方至少提前三周提供完整名单及每个人的犯罪记录与健康资料，以便联系家属并安排住处。“有些人离开汤加时还是婴儿，在这里没有认识的人，我们必须事先做好准备。”

汤加每年都会接收来自美国、新西兰和澳大利亚的被遣返者。据汤加政府数字，去年新西兰遣返汤加籍人员58人，澳大利亚31人，美国则以包机和商业航班合计送回二十余人。

在奥克兰的汤加社区领袖表示，不少被遣返者的父母和子女仍留在海外，“家庭被拆散，回去的人很容易再走上歧路”。当地一个教会团体正为即将抵达的人员募集衣物和生活用品。

美国驻斐济大使馆（兼管汤加事务）未就此置评。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["TO"],
      people: null,
      departure: [],
      arrival: ["努库阿洛法"],
      date: "2026-11",
    },
  },
  {
    id: "h16c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "美参议员提案：拒收遣返人员的国家将遭签证制裁",
    published: "2026-03-05",
    text: `【本报华盛顿讯】美国参议院两名共和党议员4日提出一项法案，要求国务院对拒绝或拖延接收被遣返国民的国家自动暂停发放签证，并削减对其的部分援助。法案尚需经过委员会审议，能否通过仍是未知数。

根据法案文本，国土安全部须每季度向国会提交“不合作国家”名单，凡连续两个季度被列入名单的国家，其公民将无法申请大部分类别的美国签证。提案议员在声明中点名中国、古巴、老挝及厄立特里亚等国，称这些国家“长期拿遣返问题与美国讨价还价”。

据美国移民与海关执法局数据，目前有约140万名已收到最终遣返令的外国人仍滞留美国，其中不少人因原籍国不发旅行证件而无法被遣返，仅中国籍就有约3万人。

民主党议员则批评，法案将使留学生、商务人士和探亲家庭成为“外交角力的人质”，而且现行法律已授权国务院采取类似措施，无需另立新法。

移民政策分析人士指出，即便法案通过，各国的实际回应也难以预料。“有些国家会妥协，有些则会以其他方式反制。”`,
    expect: { relevant: false },
  },
];
