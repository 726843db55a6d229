// Held-out news corpus no. 20 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT20C: CorpusArticle[] = [
  {
    id: "h20c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "Thirty-eight back on home soil after monthly US removal charter",
    published: "2025-06-27",
    text: `KINGSTON, Jamaica — Families began gathering outside the police processing area well before noon, some holding hand-lettered signs, others pacing along the fence as the heat built through the afternoon.

By the time the last of the returnees walked out it was almost dark. Thirty-eight Jamaicans, thirty-three men and five women, were handed over to local authorities yesterday after a chartered aircraft operated for US Immigration and Customs Enforcement touched down at Norman Manley International Airport shortly after 11 a.m.

The arrival was the latest of the regular removal flights the United States sends to the island, usually on the last Thursday of the month. Officials from the Ministry of National Security said most of those on board had completed prison sentences in America, while a smaller number had been ordered out for overstaying visas.

"Some of these men left here as teenagers. They come back with a plastic bag and a phone number, if they are lucky," said Lorraine Whitfield-Banton, who volunteers with a church group that meets deportees with a meal and bus fare. "We try to make that first day a little less frightening."

One man in his fifties, who asked not to be named, said he had lived in the Bronx for 31 years and had not set foot in Jamaica since 1994. "My grandchildren are over there. I don't know anybody here," he said, clutching a paper envelope of documents.

The flight comes two months after a Home Office charter from Britain returned eleven people in April, a far smaller operation that still drew protests outside a detention centre near Heathrow. Figures tabled in Parliament earlier this year showed that more than 1,100 Jamaicans were removed from the United States during 2024, and officials privately expect that total to be passed well before December.

The ministry said all of the returnees had been processed and released to relatives or placed in shelters by evening.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 38, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport"],
      date: "2025-06-26",
    },
  },
  {
    id: "h20c-en-002",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter leaves Stansted for Tirana with 41 on board",
    published: "2024-03-15",
    text: `A chartered removal flight carrying 41 Albanian nationals left Stansted Airport in the early hours of Wednesday, the Home Office has confirmed, the fourth such operation to Tirana since the start of the year.

Officials said the group included 29 people with criminal convictions and 12 whose asylum claims had been refused. Three others who had been due to fly were taken off the list after last-minute legal challenges at the High Court.

A Home Office spokesperson said: "We will not hesitate to remove those with no right to be here. Charter flights are one of the tools we use, and more are planned." A separate charter to Hanoi is understood to be pencilled in for next month.

Campaigners from a migrant support network in Essex said several of those removed had lived in Britain for more than a decade. "People were told on Monday and were on a plane by Wednesday. That is not enough time to see a lawyer," said volunteer Priya Maddox-Lane.

The operations are part of a returns agreement struck with Tirana in late 2022, under which Albanian officials travel to the UK to help confirm identities. Government figures show enforced returns to Albania rose to just over 5,000 in the year to December.

Ministers have pointed to other countries to defend the approach. In the United States, Immigration and Customs Enforcement carried out well over 140,000 removals in its last fiscal year, many of them on charter flights to Central America, while Sweden and Germany have both expanded their own return flights.

Opposition MPs said the figures showed the government was "chasing headlines", arguing that the asylum backlog, still above 90,000 cases, was the real test.`,
    expect: { relevant: false },
  },
  {
    id: "h20c-en-003",
    lang: "en",
    style: "near-miss",
    title: "Twenty-seven removed to Nigeria on Garda-escorted charter from Dublin",
    published: "2025-11-20",
    text: `Twenty-seven people have been deported from Ireland to Nigeria on a charter flight that left Dublin Airport on Tuesday night, the Department of Justice said.

The group, made up of 19 men, five women and three children travelling with their parents, landed in Lagos yesterday morning. They were accompanied by members of the Garda National Immigration Bureau, a doctor, an interpreter and an independent human rights monitor.

It is the seventh charter removal carried out by the State this year and the first to a West African country since the contract for chartered aircraft was renewed in the summer. The department put the cost of the aircraft at a little over €240,000, with other costs still to be invoiced.

"Where a person has been refused protection and has exhausted the appeals open to them, the deportation order must be respected," a department spokesperson said. "We continue to encourage people to take up the voluntary return supports that are available."

Refugee advocates criticised the timing. "Two of the children were in the middle of their school term in Cork," said Fiona Gallagher-Obi of a migrant rights group. "Their classmates found out from a WhatsApp message."

The operation comes as governments across the Atlantic take a harder line. The United States has sent a string of ICE charters to West Africa this year and has reached arrangements with Ghana and other states to accept deportees who are not their own citizens, while the UK has resumed group removals to Nigeria after a pause.

Figures published last month show more than 3,100 deportation orders have been signed in Ireland so far this year, although only a fraction have been enforced.`,
    expect: { relevant: false },
  },
  {
    id: "h20c-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Montreal Haitians watch anxiously as another US flight lands in Cap-Haïtien",
    published: "2026-02-11",
    text: `MONTREAL — For Marie-Ange Desrosiers, the news came through a voice message from a cousin in Cap-Haïtien: her nephew, detained in Florida since October, had been on the plane.

The aircraft, chartered by US Immigration and Customs Enforcement, left Miami on Monday morning and landed in Cap-Haïtien shortly before 1 p.m., according to Haiti's Office National de la Migration. The office said about 100 Haitian nationals were on board, among them a handful of women and at least two teenagers travelling with a parent.

It was the second removal flight to Cap-Haïtien in a month. A charter in mid-January returned 58 people, and the main airport in Port-au-Prince has been closed to most traffic for long stretches because of gang violence, leaving the north as the only practical arrival point.

"They step off the plane with nothing, into a city that is already full of people who fled the capital," said Jean-Robert Alcindor, who coordinates a diaspora aid committee in Montreal's Saint-Michel district. "We send what we can, but it is never enough."

In Canada, an administrative deferral of removals to Haiti remains in place, and community groups in Quebec have urged Ottawa to speak out against the US flights. A spokesperson for the federal immigration minister said Canada "does not comment on the enforcement decisions of other countries."

Desrosiers said her nephew had called from a borrowed phone at the airport. "He said they gave him a bottle of water and a sandwich," she said. "Then he asked me where he was supposed to sleep."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 100, approx: true },
      departure: ["Miami"],
      arrival: ["Cap-Haïtien"],
      date: "2026-02-09",
    },
  },
  {
    id: "h20c-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "US removal charter to stop in Apia and Nuku'alofa this month",
    published: "2025-09-05",
    text: `A chartered aircraft carrying people being deported from the United States is scheduled to land in Samoa and Tonga later this month, Pacific officials have confirmed, in what would be the largest single US removal operation to the region in years.

Tonga's Ministry of Police and Immigration said the flight was expected to leave Honolulu on 16 September, stopping first in Apia before continuing to Nuku'alofa the same day. Officials were told to prepare for about 40 people in total, most of them Tongan, with a smaller group of Samoans to be handed over at the first stop.

"We have received a list, and our teams are working through it name by name," a senior Tongan immigration official told reporters in Nuku'alofa on Thursday. "Some of these people have not been home since they were children."

The announcement has revived concern in both countries about the return of people with long criminal records. Tongan police have linked earlier deportees from the US, New Zealand and Australia to the growth of methamphetamine networks on Tongatapu.

Australia's own removals under section 501 of the Migration Act have long strained relations in the region; Canberra sent more than 2,000 people to New Zealand alone over the past decade. Leaked US immigration data published earlier this year suggested roughly 170 Tongans and several dozen Samoans had final removal orders in the United States.

Samoa's Prime Minister's office said it would provide temporary accommodation and counselling on arrival. Reintegration groups in Apia said they had asked for the full list in advance but had so far been given only numbers.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["WS", "TO"],
      people: { value: 40, approx: true },
      departure: ["Honolulu"],
      arrival: ["Apia", "Nuku'alofa"],
      date: "2025-09-16",
    },
  },
  {
    id: "h20c-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Georgetown agrees to receive some non-Guyanese deported by Washington",
    published: "2026-01-16",
    text: `GEORGETOWN — Guyana will accept a limited number of people deported from the United States who are not Guyanese citizens, the government announced on Wednesday, becoming the latest Caribbean state to sign on to Washington's push for third-country removals.

In a statement, the Ministry of Foreign Affairs said the arrangement would apply to "a small number of individuals" with no criminal convictions, who would be housed temporarily while the International Organization for Migration helped arrange their onward return. It did not say when the first arrivals were expected or how many people would be involved over the life of the agreement.

"This is a humanitarian arrangement with a close partner, not a prison transfer," the ministry said. Officials declined to say what, if anything, Guyana would receive in return.

Opposition legislators demanded that the text be laid before the National Assembly. "We are a small country. We deserve to know who is coming and who is paying," said opposition MP Desmond Ramcharran.

Guyana already receives its own nationals on regular ICE charters to Cheddi Jagan International Airport. The most recent, on January 8, returned 23 Guyanese, according to the Guyana Police Force, while a flight in December carried 31.

Several other states in the region have reached similar understandings with Washington over the past year, and human rights groups have warned that small countries lack the shelters and legal services to handle people with no ties to them. Regional leaders are expected to discuss the issue at the next CARICOM heads of government meeting.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-14",
    },
  },
  {
    id: "h20c-en-007",
    lang: "en",
    style: "wire",
    title: "Ghana takes in 14 West Africans deported from US, none of them Ghanaian",
    published: "2025-12-12",
    text: `ACCRA, Dec 12 — A US government-chartered plane carrying 14 West African deportees, none of them Ghanaian citizens, landed at Kotoka International Airport on Wednesday, Ghana's foreign ministry said, the third such transfer under an arrangement with Washington.

The group comprised nine Nigerians, three Gambians, a Togolese man and a Liberian woman, the ministry said in a statement late on Thursday. The flight originated in Louisiana, according to a lawyer representing two of the deportees.

Ghana has said it agreed to receive West African nationals removed from the United States on humanitarian grounds, citing free movement rules within the regional bloc ECOWAS. Officials say the deportees are given the option of being bussed to their home countries.

"My client has never been to Ghana in his life. He was told on Monday night that he was going to Accra, not Lagos," said the lawyer, Abena Osei-Kufuor, who said she had not yet been allowed to see him at the facility where the group is being held.

An earlier group of 11 arrived in October, and a first group landed in September. Rights organisations have questioned whether those transferred have had a chance to raise fears of persecution before being moved.

Nigeria's foreign ministry said it was "seeking clarity" on why its citizens had not been returned directly. Washington has pursued similar third-country deals with Eswatini, Rwanda, South Sudan and Uganda as it seeks to remove people whose home governments are slow to issue travel documents.

The US Department of Homeland Security did not immediately respond to a request for comment.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM", "TG", "LR"],
      people: { value: 14, approx: false },
      departure: ["Louisiana"],
      arrival: ["Kotoka International Airport"],
      date: "2025-12-10",
    },
  },
  {
    id: "h20c-en-008",
    lang: "en",
    style: "receiving-country-local",
    title: "More than 20 nationals deported from US arrive at Piarco",
    published: "2024-06-28",
    text: `PORT OF SPAIN — More than 20 Trinidad and Tobago nationals deported from the United States arrived at Piarco International Airport on Tuesday on a charter flight that originated in Alexandria, Louisiana, the Ministry of National Security has confirmed.

The returnees, mostly men, were escorted by US immigration officers and handed over to the police and the immigration division for processing. A ministry official said some had served sentences for drug and firearms offences, while others had simply overstayed.

"The majority have family here, and those who do not will be assisted by the ministry's deportee reintegration unit," the official said, declining to give an exact number.

A second US charter, which landed at Cheddi Jagan International Airport in Guyana the following day, returned 16 Guyanese, according to authorities in Georgetown. Regional officials say such flights now arrive in the southern Caribbean roughly every month.

The arrivals come as Trinidad and Tobago carries out its own deportations. Last week the government sent 112 Venezuelan migrants back across the Gulf of Paria by ferry, a move criticised by refugee agencies.

Social worker Anthony Baptiste-Mohammed, who has met deportees at the airport for years, said the support on offer remained thin. "A man lands with one set of clothes and a criminal record he already paid for abroad. Employers won't touch him," he said. "Then we are surprised when some of them drift into trouble."

The ministry said the returnees were released to relatives after processing and that none was wanted for offences in Trinidad and Tobago.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TT"],
      people: { value: 20, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Piarco International Airport"],
      date: "2024-06-25",
    },
  },
  {
    id: "h20c-en-009",
    lang: "en",
    style: "near-miss",
    title: "Border Force flies 31 Sri Lankans home after boat intercepted off WA",
    published: "2024-08-22",
    text: `Thirty-one Sri Lankan men who reached Australian waters by boat earlier this month have been returned to Colombo on a chartered flight, the Australian Border Force has confirmed.

The group was intercepted north-west of the Kimberley coast and taken to Christmas Island, where officials said each man was screened before the flight departed on Tuesday. The commander of Operation Sovereign Borders declined to comment on operational details, but a statement said "no one who attempts an illegal maritime voyage will be allowed to settle in Australia."

It is the third boat turnback or return operation to Sri Lanka this year. Sri Lankan police said the men would be questioned about the people-smuggling network that organised the voyage, which began from a fishing harbour near Chilaw.

Refugee advocates in Perth said the on-water screening process gave asylum seekers little chance to explain their fears. "These are interviews done in hours, sometimes through a phone interpreter," said Hannah Lindqvist-Rao of a refugee legal service.

The Home Affairs department has also continued removals of non-citizens whose visas were cancelled on character grounds, sending several hundred people to New Zealand over the past year, a practice that has strained ties with Wellington.

Comparisons with the United States have featured in the debate. US Immigration and Customs Enforcement has carried out thousands of removal flights this year, and opposition figures in Canberra have pointed to them as evidence that Australia's numbers are small. Advocates counter that Australia's offshore processing regime is among the harshest in the world.`,
    expect: { relevant: false },
  },
  {
    id: "h20c-en-010",
    lang: "en",
    style: "diaspora-outlet",
    title: "Punjab families wait at Amritsar as another US removal flight lands",
    published: "2026-04-18",
    text: `LONDON / AMRITSAR — The arrivals hall at Amritsar's international airport has become a familiar place for some families in Punjab. On Thursday it filled again.

Relatives had travelled from Kapurthala, Jalandhar and Gurdaspur after word spread through village WhatsApp groups that a plane carrying people deported from the United States was due in the early afternoon.

Many of those waiting had borrowed heavily to send a son or brother on the so-called "donkey route" through Latin America. "We sold two acres for his journey. Now he is coming back and the land is gone," said Harjinder Kaur, 58, from a village near Phagwara.

Punjab police officials said about 110 Indian nationals were aboard the chartered flight, which left from Texas and landed in Amritsar shortly after 2 p.m. Most were men from Punjab, Haryana and Gujarat, with a small number of women. Officials said the returnees were questioned about the agents who had organised their travel before being released.

The flight follows a run of US military and charter flights that brought back several hundred Indians to Amritsar in early 2025, some of whom said they had been shackled for the whole journey, prompting protests in Parliament in New Delhi.

Here in Britain, community groups in Southall and Wolverhampton say the US flights have deepened fears among families with relatives who entered the UK irregularly. The UK and India signed a migration partnership in 2021 that includes returns, though removals to India from Britain are carried out mostly on scheduled flights.

India's Ministry of External Affairs said it would "continue to cooperate with the US on the return of verified Indian nationals" while pressing for them to be treated with dignity.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 110, approx: true },
      departure: ["Texas"],
      arrival: ["Amritsar"],
      date: "2026-04-16",
    },
  },
  {
    id: "h20c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "中美移民执法部门合作 一百三十一名中国籍非法移民被遣返回国",
    published: "2024-12-03",
    text: `记者从国家移民管理局获悉,11月30日,在中美两国移民执法部门密切配合下,一架遣返包机从美国洛杉矶起飞,于当日深夜降落福州长乐国际机场,一百三十一名经双方核实身份的中国籍非法移民被遣返回国。

据介绍,此次被遣返人员中,绝大多数系近年来经由第三国辗转偷渡入境美国,部分人员还涉嫌参与组织、运送他人偷越国(边)境等违法犯罪活动。入境后,福建边检等部门依法对相关人员开展查验和询问工作,公安机关将依法追究其中涉嫌违法犯罪人员的法律责任。

国家移民管理局有关负责人表示,中方一贯坚决反对任何形式的非法移民活动,依法打击组织偷私渡违法犯罪,愿同各国在平等互利基础上开展移民执法合作,对经核实确属中国籍的非法移民予以接收。

今年以来,中美两国在遣返领域的合作有所恢复。此前,美方已于6月、10月分别派出包机,遣返中国籍非法移民。美国国土安全部公布的数据显示,本财年以来,美方已向全球一百四十多个国家执行了数百架次遣返航班。

该负责人同时提醒,境外“蛇头”往往以“出国打工挣大钱”“走线快速拿身份”等话术进行诱骗,偷渡途中风险极高,不少人在雨林、沙漠中遭遇抢劫甚至丧命。广大群众切勿轻信,切勿以身试法,以免人财两空。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 131, approx: false },
      departure: ["洛杉矶"],
      arrival: ["福州长乐国际机场"],
      date: "2024-11-30",
    },
  },
  {
    id: "h20c-zh-002",
    lang: "zh",
    style: "chinese-outlet",
    title: "“走线”之后是遣返:又一批中国籍人员被美方包机送回",
    published: "2025-04-14",
    text: `本报讯(记者 郑文涛)从南美“免签”国家出发,穿越达连隘口,再经墨西哥进入美国——这条被称为“走线”的偷渡路线,近两年在部分社交平台上被包装成“低成本移民捷径”。然而,越来越多的“走线客”正以另一种方式回到国内。

记者近日从相关部门了解到,美国移民和海关执法局(ICE)近期继续执行对华遣返任务,遣返对象主要为非法入境且无合法居留依据的中国籍人员。

上周四,一架美方遣返包机从得克萨斯州起飞,经停安克雷奇加油后,降落在上海浦东国际机场,近百名中国籍人员随机抵达。据知情人士透露,机上人员年龄多在二十岁至四十岁之间,来自福建、浙江、四川、河南等地,其中不少人入境美国不足一年。

一位曾在墨西哥边境接待过中国“走线客”的华人志愿者告诉记者,很多人出发前向亲友借款十几万元甚至数十万元,“被遣返后不仅钱没了,还背上一身债”。

美国海关与边境保护局此前公布的数据显示,2023财年在美国南部边境被拦截的中国籍人员超过三万人次,2024财年虽有所回落,但仍处于历史高位。美方官员多次表示,将继续通过包机方式,加快遣返无合法留美依据的人员。

有关部门提醒,偷越国(边)境属违法行为,组织、运送他人偷越国(边)境更将被追究刑事责任。对于被遣返回国的人员,公安机关将依法调查其出境经过,并深挖背后的组织者和中介链条。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["得克萨斯州"],
      arrival: ["上海浦东国际机场"],
      date: "2025-04-10",
    },
  },
  {
    id: "h20c-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再向哥斯达黎加遣送第三国移民 机上有中国籍人员",
    published: "2025-03-07",
    text: `据哥斯达黎加政府消息,本月4日,一架由美国政府包租的飞机从加利福尼亚州圣迭戈起飞,降落在哥斯达黎加首都附近的胡安·圣玛丽亚国际机场,机上载有200余名被美国遣送的移民。这是哥斯达黎加接收的第二批来自美国的第三国移民。

哥斯达黎加安全部门表示,这批人员主要来自中国、印度、乌兹别克斯坦和阿富汗等国,其中包括数十名未成年人。他们下机后被大巴送往位于该国南部、靠近巴拿马边境的一处临时移民接待中心,在那里等待国际移民组织协助安排返回原籍国。

哥斯达黎加总统府此前表示,接收这些移民是应美方请求作出的“过渡性安排”,所需费用由美方承担,人员在哥停留时间原则上不超过六周。

一名在接待中心从事援助工作的当地人士对记者说,中心条件简陋,不少人语言不通,“很多中国籍移民不知道自己接下来会被送往哪里,也联系不上家人”。

上月,巴拿马已接收了近300名从美国遣送的多国移民,其中部分人随后被转移至达连省的营地。人权组织批评称,美方将无法直接遣返的人员转移至中美洲国家,实质上是把责任转嫁给小国。

美国国土安全部在一份简短声明中表示,相关行动“符合美国法律和国际义务”,并感谢哥斯达黎加和巴拿马等伙伴国家的合作。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "IN", "UZ", "AF"],
      people: { value: 200, approx: true },
      departure: ["圣迭戈"],
      arrival: ["胡安·圣玛丽亚国际机场"],
      date: "2025-03-04",
    },
  },
  {
    id: "h20c-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "巴拿马再接收美方遣送的第三国移民 人数未公布",
    published: "2026-03-20",
    text: `据巴拿马媒体报道,本周二,一架美国移民和海关执法局(ICE)包机降落在巴拿马城托库门国际机场,机上人员均为被美国遣送、但并非巴拿马公民的外国移民。

巴拿马公共安全部一名官员证实,这批移民分别来自中国、尼泊尔和喀麦隆,抵达后已被移交巴拿马移民局。对于具体人数,巴方以“涉及人员隐私和安全”为由未予公布,美方亦未作说明。

巴拿马公共安全部官员埃斯特万·卡里略在接受当地电台采访时表示,巴方将按照去年与美方达成的谅解备忘录处理相关人员,“他们不会被长期羁押,我们会与国际移民组织合作,尽快安排他们返回本国或前往愿意接收他们的国家”。

巴拿马自去年起多次接收美方遣送的第三国移民。据统计,邻国哥斯达黎加也先后接收过数批类似人员,其中一批达两百余人。一些移民曾被安置在达连省的临时营地,引发人权组织强烈批评。

旅居巴拿马的一位华人侨领告诉记者,当地侨社已注意到机上有中国籍人员,正在与中国驻巴拿马大使馆保持联系,“希望他们能尽快回国,不要滞留在这里”。

分析人士指出,美国近年来加大了向第三国遣送移民的力度,对于原籍国拒绝或拖延接收的人员,美方倾向于先将其转移至中美洲或非洲国家,再由当地协助遣返。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "NP", "CM"],
      people: null,
      departure: [],
      arrival: ["巴拿马城托库门国际机场"],
      date: "2026-03-17",
    },
  },
  {
    id: "h20c-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "外交部:中方愿接收经核实的中国籍非法移民",
    published: "2025-05-23",
    text: `外交部发言人22日在例行记者会上回答记者提问时表示,中方坚决反对任何形式的非法移民,对于美方提出的遣返请求,只要经核实确属中国公民,中方将予以接收。

有记者问:美国国土安全部近日表示,希望中方加快核实被羁押中国籍人员的身份,以便安排更多遣返航班。中方对此有何回应?

发言人表示,打击非法移民是国际社会的共同责任。中方一贯本着负责任的态度,与包括美国在内的有关国家开展移民执法合作,在核实身份的基础上接收被遣返的中国公民。“我们希望美方本着建设性态度,同中方相向而行,通过对话协商妥善处理有关问题,同时切实保障被遣返人员的合法权益。”

据了解,中美两国于2024年恢复遣返合作,此后美方陆续派出多架次遣返包机。美方数据显示,目前仍有数万名被下达最终遣返令的中国籍人员在美国境内,部分人员因身份核实问题长期滞留。

美国国土安全部一名官员此前在国会听证会上称,中方在核实身份方面的配合“有所改善,但仍不够快”。中方则多次强调,身份核实需要严格按照程序进行,以防止非中国公民被错误遣返至中国。

发言人最后表示,中方也呼吁美方停止将移民问题政治化,为两国开展执法合作营造良好氛围。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-05-22",
    },
  },
  {
    id: "h20c-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "委内瑞拉宣布暂停接收美国遣返航班",
    published: "2026-06-05",
    text: `据委内瑞拉国家电视台消息,委内瑞拉政府4日发表声明,宣布即日起暂停接收来自美国的遣返航班,直至两国就“被遣返人员的待遇和财产问题”达成新的安排。

声明说,近几个月来,部分被遣返的委内瑞拉公民在美国羁押期间遭受“有辱人格的对待”,其个人财物和积蓄也未能随人返还。委方已多次通过外交渠道提出交涉,但未获回应,“在此情况下,委内瑞拉不得不暂停相关合作”。

自去年初恢复以来,美方遣返委内瑞拉人的航班一般降落在首都加拉加斯附近的迈克蒂亚西蒙·玻利瓦尔国际机场,高峰时期每周多达三至四班。委方移民部门统计,仅上个月就有十二架次遣返航班抵达,累计送回两千余人。

美国国务院一名发言人回应称,接收本国公民是每个主权国家的基本义务,美方“将考虑采取一切可用手段”,包括签证限制等措施,促使委方恢复合作。有分析人士指出,美方可能转而通过第三国中转的方式继续遣送委内瑞拉籍人员。

委内瑞拉移民问题专家卡洛斯·门多萨·里瓦斯对本台记者表示,此次暂停更多是一种谈判姿态,“双方都有继续合作的需要,关键在于条件”。

目前尚不清楚已在美国待遣返的委内瑞拉人将如何安置。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-06-04",
    },
  },
  {
    id: "h20c-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方拟于本月下旬再派包机遣返中国籍人员",
    published: "2026-07-09",
    text: `美国驻华使馆8日通过其社交媒体账号发布消息称,美国国土安全部计划于本月下旬派出一架大型遣返包机,从纽约起飞,将一批在美国无合法居留依据的中国籍人员遣返至福州。

使馆在消息中说,此次行动是美中两国移民执法部门“持续合作的又一体现”,美方将继续执行移民法,对没有合法理由留在美国的人予以遣返,并再次提醒有意偷渡者“不要相信人口走私者的谎言”。消息未透露具体起飞日期和机上人数。

据了解,今年5月,美方曾派出一架包机将140名中国籍人员遣返回国,那次航班同样降落在福州。知情人士称,本月航班涉及的人员目前主要羁押在美国东北部的几处移民拘留中心,其中相当一部分来自福建。

纽约华埠一家移民律师事务所的律师林志恒对记者表示,近期已有多名客户的家属来电咨询,“有些人的案件还在上诉,家属很担心会被临时列入名单”。他建议相关人员尽快与律师确认案件状态。

国家移民管理局此前表示,对经核实身份的中国籍非法移民,中方将依法予以接收,并对其中涉嫌组织偷渡等违法犯罪的人员依法追究责任。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: null,
      departure: ["纽约"],
      arrival: ["福州"],
      date: "2026-07",
    },
  },
  {
    id: "h20c-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "危地马拉移民局:下周二将接收一班美国遣返航班",
    published: "2024-09-13",
    text: `危地马拉移民局12日发布通告称,该局已接到美方通知,下周二将有一架来自美国亚利桑那州的遣返航班抵达危地马拉城拉奥罗拉国际机场,预计机上载有一百三十人左右,全部为危地马拉籍。

通告说,移民局已会同外交部、社会福利部门以及国际移民组织做好接待准备,被遣返人员抵达后将在机场内的“归国移民接待中心”办理入境手续,领取简单的生活物资,并可免费拨打电话联系家人。

危地马拉是接收美国遣返航班最多的国家之一。据移民局统计,今年以来已有超过四百架次遣返航班从美国飞抵危地马拉,共送回四万余人。仅本月上旬,就有五班航班先后抵达,其中一班载有一百四十余人。

移民局局长办公室一名官员在接受记者采访时说:“我们的首要任务是让同胞有尊严地回家。很多人离开时欠下了债,回来后面临很大的经济压力,我们正在与企业合作,为他们提供就业培训。”

在当地经商的华人告诉记者,危地马拉城近年来偶尔也有中国人经此“走线”北上,但被美方遣返至危地马拉的基本都是本国公民,“中国籍的一般是直接包机送回国内”。

通告最后提醒民众,切勿轻信所谓“保证过境”的中介承诺,以免遭受人财两失。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["GT"],
      people: { value: 130, approx: true },
      departure: ["亚利桑那州"],
      arrival: ["危地马拉城拉奥罗拉国际机场"],
      date: "2024-09-17",
    },
  },
  {
    id: "h20c-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国本周再派包机遣返中国籍人员 人数未公布",
    published: "2025-10-24",
    text: `美国国土安全部23日发表声明称,本月21日,美国移民和海关执法局派出一架大型遣返包机,从芝加哥起飞,将一批没有合法居留依据的中国籍人员遣返回国。航班当天晚间降落在厦门高崎国际机场。声明没有公布此次遣返的具体人数。

这是美方今年以来第七次以包机方式对华遣返。声明称,这一行动表明美方与中国有关部门在打击非法移民、打击人口走私方面“保持着务实合作”。

同一周内,美方还执行了另一班飞往东南亚的遣返航班。据越南外交部消息,本月22日,一架美方包机将九十余名越南籍人员送抵胡志明市新山一国际机场。越方表示,被遣返人员均已办理入境手续,并由地方政府协助返乡。

有在美华人律师向本报表示,近几个月来,不少已获最终遣返令、但此前因身份核实等原因未能成行的中国籍当事人,突然被转移至芝加哥、新泽西等地的拘留设施,“家属往往是在人上飞机之后才得到消息”。

美方数据显示,2025财年,美国移民和海关执法局共执行遣返航班数千架次,遣返目的地覆盖一百五十多个国家。业内人士预计,对华遣返航班的频率今后还将进一步提高。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: ["芝加哥"],
      arrival: ["厦门高崎国际机场"],
      date: "2025-10-21",
    },
  },
  {
    id: "h20c-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美再遣送80名移民至薩爾瓦多 多數為委內瑞拉人",
    published: "2025-08-15",
    text: `(綜合外電報導)薩爾瓦多政府證實,一架由美國移民及海關執法局(ICE)包租的飛機週三從德州哈林根起飛,降落在聖薩爾瓦多國際機場,將80名被美國遣送的移民移交薩方。這批人並非薩爾瓦多公民,其中大多數為委內瑞拉人,另有數名哥倫比亞人和尼加拉瓜人。

薩爾瓦多總統府發言人在社群媒體上表示,這些人「涉及嚴重犯罪或幫派活動」,將被關押在該國的高度戒備監獄,費用依照與美方的協議由美國支付。美國國土安全部則稱,相關人員均已獲得最終遣返令。

今年3月,美國曾援引《外敵法》,將逾200名被指涉及委內瑞拉幫派的男子送往薩爾瓦多關押,此事在美國引發多起訴訟,聯邦法院至今仍在審理相關案件。人權團體指出,部分被送走的人並無犯罪紀錄,家屬甚至無從得知他們的下落。

一名代表多名委內瑞拉籍被遣送者的移民律師對本報表示,他的當事人在週一晚間才被告知要「轉移設施」,「沒有人告訴他們目的地是另一個國家」。

委內瑞拉外交部發表聲明,譴責美薩兩國「把委內瑞拉移民當作商品交易」,要求將相關人員直接遣返委內瑞拉。分析人士認為,在美委兩國遣返合作時斷時續的背景下,華府可能更加依賴薩爾瓦多等第三國。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: ["VE", "CO", "NI"],
      people: { value: 80, approx: false },
      departure: ["德州哈林根"],
      arrival: ["聖薩爾瓦多國際機場"],
      date: "2025-08-13",
    },
  },
  {
    id: "h20c-zh-011",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方包机遣返一百余名越南籍人员",
    published: "2026-09-12",
    text: `据越南媒体报道,本月10日,一架美国移民和海关执法局包机从加利福尼亚州起飞,降落在河内内排国际机场,将一百余名越南籍人员遣返回国。这是今年以来美国对越南执行的第五次遣返包机。

越南公安部出入境管理局有关负责人表示,被遣返人员在入境时接受了身份核查和健康检查,其中部分人员系在美国服刑期满后被移交移民部门,也有人因签证逾期而被遣返。越方将协助他们返回原籍地,并为有需要的人提供临时住宿。

根据越美两国此前签署的遣返协议,1995年7月越美建交之前抵达美国的越南人原则上不在遣返范围之内。但近年来,美方多次寻求扩大适用范围,越方则表示将“在个案基础上”予以考虑。

与此同时,美国近期还加大了向柬埔寨、老挝等东南亚国家的遣返力度。一位长期关注越南裔社区的美国学者对记者表示,加州橙县等地的越南裔家庭普遍感到焦虑,“很多人在美国生活了二三十年,子女都是美国公民”。

越南外交部发言人此前在例行记者会上表示,越方愿同美方继续开展合作,在充分核实身份的基础上接收越南公民,同时希望美方保障相关人员的合法权益。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 100, approx: true },
      departure: ["加利福尼亚州"],
      arrival: ["河内内排国际机场"],
      date: "2026-09-10",
    },
  },
  {
    id: "h20c-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "卢旺达证实接收七名美方遣送的第三国人员",
    published: "2026-10-23",
    text: `卢旺达政府发言人办公室日前证实,上周六,一架美国政府安排的航班抵达基加利,七名被美国遣送的外国人在当地下机。他们均非卢旺达公民。

据发言人办公室介绍,这七人中包括三名厄立特里亚人、两名索马里人和两名伊朗人,均已在美国被下达最终遣返令,但因各种原因无法被遣返回原籍国。卢方表示,将在国际移民组织协助下为他们提供住宿、医疗和职业培训,“他们可以选择留在卢旺达,也可以选择前往其他国家”。

卢旺达与美国去年达成协议,同意接收最多数百名从美国遣送的第三国人员,美方为此提供资金支持。此前,卢旺达已分批接收过数批人员。

人权组织对此提出批评,认为部分被遣送者可能在卢旺达面临进一步被转送的风险。一名代表其中一位伊朗籍男子的美国律师表示,其当事人在美国生活了十余年,“直到登机前几个小时才知道目的地是卢旺达”。

近一年来,美国已先后与乌干达、埃斯瓦蒂尼、南苏丹、加纳等多个非洲国家达成类似安排。美方称,这些国家是“安全的第三国”,相关遣送行动符合美国法律。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["ER", "SO", "IR"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["基加利"],
      date: "2026-10-17",
    },
  },
  {
    id: "h20c-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: "一批被美方遣返人员抵穗 边检部门依法查验",
    published: "2026-05-27",
    text: `本报讯(记者 陈嘉怡 通讯员 粤边宣)记者从广东边检部门获悉,上周五,一架美方遣返包机从洛杉矶起飞,跨越太平洋后降落在广州白云国际机场,机上一批中国籍人员被美方遣返回国。

据介绍,白云机场边检站提前制定工作方案,在航班落地后迅速组织警力,对被遣返人员逐一开展身份核查、证件查验和信息登记,整个查验工作持续到次日凌晨。边检部门未透露此次被遣返的人数。

边检站有关负责人表示,经初步询问,这批人员大多通过非法途径进入美国,部分人是在近两年内经南美、中美洲辗转偷渡入境。对于其中涉嫌组织、运送他人偷越国(边)境的人员,边检部门已依法移交公安机关作进一步调查。

这是今年以来第二架降落广州的美方遣返包机。此前,美方对华遣返航班多降落在福州、上海等地。

广东省公安厅出入境管理部门提醒,近期境外仍有不法分子借“高薪务工”“快速移民”等名义招揽人员偷渡出境。偷越国(边)境不仅违法,而且途中风险极大,一旦被查获将被依法处理。群众如发现相关线索,可及时向公安机关举报。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: ["洛杉矶"],
      arrival: ["广州白云国际机场"],
      date: "2026-05-22",
    },
  },
  {
    id: "h20c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "四架包机降落南京 三百余名涉诈犯罪嫌疑人被押解回国",
    published: "2024-10-25",
    text: `记者从公安部获悉,10月23日晚至24日凌晨,随着四架中国民航包机相继降落南京禄口国际机场,柬埔寨警方向我方移交的三百余名中国籍电信网络诈骗犯罪嫌疑人被押解回国。

据介绍,今年以来,中柬两国警方深化执法合作,对柬埔寨西哈努克省等地的电诈窝点开展集中清查,抓获大批犯罪嫌疑人。经双方核实身份后,公安部组织江苏公安机关民警赴柬执行包机押解任务。民警在飞机上全程看管,嫌疑人落地后即被移交办案单位。

公安部有关负责人表示,电信网络诈骗犯罪严重侵害人民群众财产安全,公安机关将继续加强与东南亚各国的执法合作,全力缉捕在逃犯罪嫌疑人。“境外不是法外之地,任何人都不要心存侥幸。”

据统计,今年1月至9月,全国公安机关已从缅甸、柬埔寨、老挝、菲律宾等国押解回国涉诈犯罪嫌疑人一万余名。其中,仅缅北地区就移交了数千人。

此外,公安部还与美国、加拿大等国在追逃追赃领域保持沟通,今年已有数名外逃人员被遣返或劝返回国。

公安机关提醒,广大群众务必提高警惕,切勿轻信境外高薪招聘信息,以免落入诈骗集团陷阱,沦为诈骗工具甚至遭受人身伤害。`,
    expect: { relevant: false },
  },
  {
    id: "h20c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "国家移民管理局:去年遣返“三非”外国人逾万人次",
    published: "2025-01-31",
    text: `国家移民管理局近日通报2024年移民管理工作情况。通报显示,2024年全国移民管理机构持续开展打击整治“三非”(非法入境、非法居留、非法就业)外国人专项行动,共查处“三非”外国人4.2万人次,依法遣返1.3万人次。

通报说,在遣返工作中,各地移民管理机构综合运用民航、陆路口岸等多种方式,对违法外国人依法实施遣送出境。其中,针对滇桂边境地区的越南、缅甸籍非法入境人员,移民管理机构与邻国边境管理部门建立了定期交接机制;对于部分人数较为集中的遣返对象,还组织了包机遣返,去年共执行包机遣返任务十余批次。

国家移民管理局有关负责人表示,打击非法移民是维护国家安全和社会稳定的重要举措。下一步,移民管理机构将继续完善遣返工作机制,推动与周边国家和主要来源国签订遣返合作协议,提高遣返效率。

通报还披露,2024年全国边检机关共查验出入境人员6亿多人次,同比增长四成以上;外国人入境人次也明显回升,其中通过免签政策入境的外国人超过两千万人次。

该负责人强调,中国欢迎外国人依法来华旅游、经商、学习和工作,同时也将依法处理违法违规人员。他提醒在华外国人遵守中国法律,按规定办理居留手续,不要从事与签证种类不符的活动。`,
    expect: { relevant: false },
  },
  {
    id: "h20c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "美国移民法院积压案件突破四百万件 遣返人数创新高",
    published: "2026-11-06",
    text: `据美国锡拉丘兹大学一研究机构本周发布的数据,截至2026年10月底,美国各地移民法院待审案件已突破四百万件,再创历史纪录。与此同时,美国移民和海关执法局(ICE)公布的2026财年数据显示,该财年共遣返约四十二万人,同样为近十余年来的最高水平。

报告指出,移民法官人数增长远远跟不上新案件的增长速度。目前全美约有七百名移民法官,平均每人手头积压案件超过五千件,一些庇护申请人的首次听证被排到了2029年以后。

ICE方面表示,2026财年,其航空行动部门每月执行的国际遣返航班多达数百架次,主要目的地包括墨西哥、危地马拉、洪都拉斯、萨尔瓦多和哥伦比亚,遣往亚洲国家的人数也明显增加,其中包括中国、印度和越南。

移民律师协会一名负责人对本报表示,积压导致大量当事人在等待中失去工作许可,“一边是法院排不上号,一边是执法部门加快抓人,很多家庭处于极度不确定之中”。

美国国会近期正在讨论一项拨款法案,拟新增数百个移民法官职位,但该法案能否在年底前通过仍存在变数。有分析认为,即使法案通过,积压问题在短期内也难以根本缓解。

在纽约、洛杉矶等华人聚居城市,近期前往移民律师事务所咨询的华人明显增多。律师建议,有在审案件的当事人务必按时出庭,并保持联系方式畅通。`,
    expect: { relevant: false },
  },
  {
    id: "h20c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "洛杉矶—福州直航航线开通 首航载客二百余人",
    published: "2024-11-19",
    text: `本报讯 17日晚,海鸥航空一架宽体客机从美国洛杉矶国际机场起飞,经过约十四个小时飞行,于北京时间18日凌晨平稳降落在福州长乐国际机场,标志着洛杉矶至福州直航航线正式开通。首航航班载客二百余人,客座率超过九成。

据介绍,该航线初期每周执飞两班,计划于明年春运前加密至每周四班。航空公司有关负责人表示,福建是著名侨乡,在美闽籍侨胞众多,此前旅客往返需经上海、广州等地中转,“直航开通后,侨胞回乡可以节省大半天时间”。

在长乐机场到达大厅,不少旅客的家人早早前来接机。来自长乐区某镇的陈女士说,她的儿子在洛杉矶经营餐馆,已经五年没有回家,“这次直飞回来,一家人终于能一起过年了”。

福州边检站表示,针对航线开通,边检部门增派了警力,开设侨胞专用通道,确保旅客快速通关。

近年来,中美之间的直航航班数量逐步恢复,但仍远低于疫情前水平。民航业内人士分析,随着两国人员往来需求回升,更多航空公司有望加入中美航线的竞争。

据悉,海鸥航空还计划在明年开通纽约至福州航线,目前正在办理相关审批手续。`,
    expect: { relevant: false },
  },
  {
    id: "h20c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "德国再派包机遣返阿富汗籍罪犯",
    published: "2025-07-21",
    text: `据德国联邦内政部消息,18日上午,一架包机从德国莱比锡机场起飞,将73名阿富汗籍男子遣返至阿富汗首都喀布尔。这是德国自2021年阿富汗塔利班重新掌权以来第二次向该国执行遣返飞行。

德国内政部长在声明中表示,此次被遣返的人员均为在德国犯有严重罪行、且已被法院判决须离境的阿富汗人。“对于严重犯罪者,德国不会成为他们的避风港。”据德媒报道,每名被遣返者离境时获发一千欧元现金。

由于德国与塔利班政权没有正式外交关系,此次行动由卡塔尔居中协调。德国政府发言人强调,此举“不代表德国承认塔利班政权”。

德国首次向阿富汗执行遣返包机是在2024年8月,当时遣返了二十余人。此后,德国国内围绕难民和移民问题的争论持续升温,多地发生的恶性刑事案件进一步推动联邦政府收紧移民政策。

难民援助组织对此提出批评,认为阿富汗人权状况堪忧,被遣返者可能面临迫害。联合国难民署也重申,不应将任何人强制遣返至可能遭受严重人权侵害的地方。

欧洲多国近年来纷纷收紧移民政策。与此同时,大西洋彼岸的美国也大幅增加遣返航班数量,并与多国签署第三国遣送协议,引发国际社会广泛关注。`,
    expect: { relevant: false },
  },
  {
    id: "h20c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "外逃十二年的职务犯罪嫌疑人被美方遣返回国",
    published: "2025-09-19",
    text: `记者从中央追逃办获悉,在中美两国执法部门合作下,外逃美国十二年的职务犯罪嫌疑人王某某日前被美方遣返回国。17日,王某某乘坐民航航班抵达北京首都国际机场,随即被办案机关依法采取强制措施。

据介绍,王某某原系某省一国有企业财务负责人,涉嫌贪污、挪用公款数千万元,于2013年经香港出境后外逃美国。案发后,国际刑警组织对其发布红色通缉令。此后,中方通过执法合作渠道,向美方提供了王某某涉嫌违法犯罪的相关证据,并请求美方依法将其遣返。

据悉,王某某在美期间因非法居留被美国移民和海关执法局羁押,经美国移民法院审理,被裁定遣返。美方执法人员将其押送至机场,移交中方工作组,由工作组全程押解乘坐民航客机回国。

中央追逃办有关负责人表示,此案是今年“天网行动”取得的又一重要成果,再次表明无论逃到哪里,外逃人员都难逃法网。今年以来,“天网行动”已从九十多个国家和地区追回外逃人员一千余人。

该负责人同时呼吁尚在境外的外逃人员,认清形势,尽快回国投案自首,争取从宽处理。`,
    expect: { relevant: false },
  },
  {
    id: "h20c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "遣返两年后:回到长乐的“走线客”",
    published: "2026-08-21",
    text: `清晨六点,林建华已经在长乐区一个镇上的五金店里卸货了。三十四岁的他,两年前还在美国纽约皇后区的一家中餐馆后厨打工。

2024年6月,林建华登上了那架从美国飞往中国的遣返包机。那是中美两国时隔多年恢复遣返合作后的第一架大型包机。“上飞机前一天才知道,手机、行李都是后来家里人托人寄回来的。”他说。

为了“走线”去美国,林建华家里前后花了近四十万元,其中大部分是向亲戚借的。从厄瓜多尔出发,穿越达连雨林,再到墨西哥、美国边境,他在路上走了两个多月。“最怕的是在雨林里,有人掉进河里就再没上来。”

在美国的一年多里,他几乎没有攒下钱,大部分收入都用来还债。被遣返回国后,他先是在家里待了半年,“不敢出门,觉得没脸见人”。后来在一位远房表哥的介绍下,才来到五金店上班,每月收入四千多元。

长乐是著名侨乡,当地几乎家家户户都有亲戚在海外。镇上一位村干部告诉记者,近两年村里陆续有十几个被美方遣返的年轻人回来,“大多数人都在慢慢还债,也有人又想办法出去了”。

如今,林建华还剩十多万元的债务没有还清。他说,自己已经不再想去美国了,“踏踏实实在家门口挣钱,起码晚上睡得着”。`,
    expect: { relevant: false },
  },
];
