// Held-out news corpus no. 18 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT18C: CorpusArticle[] = [
  {
    id: "h18c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "Families wait at the fence as returnees from the US are processed at Fua'amotu",
    published: "2025-09-12",
    text: `NUKU'ALOFA — Relatives were already lined up behind the perimeter fence at Fua'amotu International Airport before dawn on Tuesday, some holding cardboard signs with names written in marker pen, when a chartered jet carrying men deported from the United States rolled up to the terminal.

The aircraft had been arranged by US Immigration and Customs Enforcement. It took off from Mesa, Arizona, and stopped in Honolulu to refuel, according to a police officer at the airport who asked not to be named because he was not authorised to speak to the press.

Nineteen Tongan nationals were on board, the Ministry of Police said in a two-line statement issued later that morning. All were adult men, and most had served prison terms in California, Utah and Texas before being handed to immigration custody.

"Some of these men left Tonga when they were two or three years old. They cannot speak Tongan and they have no house to go to," said Sione Vaipulu, who runs a church-backed reintegration programme in Kolofo'ou. "We will help where we can, but the government has to plan for this, because there will be more."

It was the first group removal to the kingdom this year. Figures published by ICE in the spring showed 61 Tongans were removed during the 2024 fiscal year, almost all of them one at a time on scheduled flights through Auckland.

Samoa received a similar charter in June carrying eleven of its citizens, and officials in Suva said last month that Fiji expected a larger group before the end of the year.

The men were interviewed by immigration officers and released to relatives after several hours. Police said none was being held.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TO"],
      people: { value: 19, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Fua'amotu International Airport"],
      date: "2025-09-09",
    },
  },
  {
    id: "h18c-en-002",
    lang: "en",
    style: "near-miss",
    title: "Removal flight to Tirana carries 61 as Home Office steps up charters",
    published: "2024-10-04",
    text: `LONDON — A Home Office charter carrying 61 people removed from the United Kingdom touched down at Tirana International Airport on Thursday morning, the department said, the third flight to Albania since the end of August.

The aircraft left Stansted shortly after dawn. According to the Home Office, 44 of those on board were foreign national offenders who had served sentences for crimes including drug supply and burglary. The rest had overstayed visas or entered the country without permission, among them five men who crossed the Channel in small boats in the spring.

"Those with no right to be here will be returned, and returned quickly," a Home Office spokesperson said, adding that further flights to Albania, Vietnam and several other countries were planned before the end of the year.

Albanian police met the plane on the tarmac and took the men for identity checks before releasing them, a border police spokesman in Tirana said.

The British programme remains small next to the one run across the Atlantic. US Immigration and Customs Enforcement routinely operates well over a hundred removal flights a month, most of them to Mexico and Central America, and British officials have privately studied how the American agency contracts its charter airlines.

Campaigners at the Fair Removals Network said at least two people on Thursday's flight had legal claims that had not yet been decided. "People are being put on planes before a judge has looked at their case," said its director, Harriet Okonjo.

The Home Office said every person removed had "exhausted their rights of appeal or had no outstanding claim".`,
    expect: { relevant: false },
  },
  {
    id: "h18c-en-003",
    lang: "en",
    style: "wire",
    title: "Ghana takes in another group of West Africans deported by the US",
    published: "2025-11-20",
    text: `ACCRA, Nov 20 — Ghana has received a new group of West African migrants deported from the United States, the Ministry of Foreign Affairs confirmed on Thursday, days after opposition lawmakers demanded that the government publish the terms of its arrangement with Washington.

A ministry spokeswoman, Efua Mensah-Bonsu, told reporters the group was "being looked after in a facility outside the capital" and would be helped to travel on to their own countries. She would not say how long they would remain in Ghana.

According to two airport workers and a lawyer who represents several of the deportees, roughly 40 people arrived at Kotoka International Airport late on Monday aboard a charter that had taken off from Louisiana. The lawyer, Kwabena Asante-Darko, said his clients included Nigerians, Gambians and Liberians, none of whom had ever lived in Ghana.

"They were told on Sunday night that they were going to Africa. Not to Lagos, not to Banjul — just Africa," he said. "Now they are in a country that is not theirs, with no phone and no money."

Ghana's government said in September that it had agreed to accept West African nationals removed from the US, arguing that citizens of the ECOWAS bloc may enter one another's countries without visas. The first such flight, in September, carried eleven people, officials said at the time.

The United States has also sent deportees who are not citizens to Eswatini, Rwanda and South Sudan this year, drawing criticism from rights groups who say the arrangements leave people without access to lawyers.

The US Department of Homeland Security did not respond to a request for comment.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM", "LR"],
      people: { value: 40, approx: true },
      departure: ["Louisiana"],
      arrival: ["Kotoka International Airport"],
      date: "2025-11-17",
    },
  },
  {
    id: "h18c-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Majuro prepares housing ahead of US removal charter",
    published: "2026-03-02",
    text: `MAJURO — Government agencies spent the weekend preparing rooms at a former school compound in Delap after the US Embassy told the Ministry of Foreign Affairs and Trade that a deportation charter would arrive later this week.

In a notice circulated to community leaders on Saturday and seen by this newspaper, the ministry said the plane was expected to land at Amata Kabua International Airport on Thursday. Officials were told to expect about 30 people, the notice said, "most with criminal convictions in the United States and some with serious medical needs."

It would be the largest group of Marshallese ever returned from the US at one time. Until now, people removed to the islands have almost always travelled alone, escorted by officers on scheduled commercial flights through Honolulu and Guam.

The charter is being organised by US Immigration and Customs Enforcement from Hawaii, according to the notice. ICE did not reply to emailed questions.

Under the Compact of Free Association, Marshallese citizens may live and work in the United States without a visa, but they can be removed if convicted of certain crimes. Advocates in Springdale, Arkansas, home to one of the largest Marshallese communities outside the islands, say arrests have risen sharply over the past year.

"We are not against the law," said Neilani Jibas of the Majuro Returnees Council. "We are asking for time. Thirty people, some who have never lived here, arriving on one morning with no jobs — that is a lot for a small island."

Health officials said the returnees would be screened for tuberculosis on arrival and offered two weeks of temporary accommodation.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["MH"],
      people: { value: 30, approx: true },
      departure: ["Hawaii"],
      arrival: ["Amata Kabua International Airport"],
      date: "2026-03-05",
    },
  },
  {
    id: "h18c-en-005",
    lang: "en",
    style: "near-miss",
    title: "Removals to Pacific nations climb, ICE annual figures show",
    published: "2025-01-10",
    text: `HONOLULU — Removals of Pacific Islanders from the United States rose for a third straight year in fiscal 2024, according to figures in Immigration and Customs Enforcement's annual report, with Tonga, Samoa and the Federated States of Micronesia accounting for most of the increase.

ICE removed 61 people to Tonga in the twelve months to September, up from 39 a year earlier, the report shows. Removals to Samoa rose to 27 and to Micronesia to 44. Fiji recorded 58, roughly level with 2023.

The report does not say how the individuals travelled. Community advocates in Hawaii say most are escorted on scheduled commercial flights, although the agency has in past years arranged occasional charters to the region.

Nationwide, ICE reported close to 270,000 removals in the fiscal year, its highest total in a decade, to more than 190 countries. Mexico, Guatemala and Honduras remained the top destinations, followed by Ecuador and Colombia.

"These numbers are people, and on a small island every one of them is somebody's cousin," said Losa Fonoti, who runs a returnee support group in Kalihi. Families often learn of a relative's removal only after the person has landed, she said.

ICE's Honolulu office said in an emailed statement that removals "are carried out in accordance with final orders issued by an immigration judge" and that the agency coordinates with consulates "to ensure a safe return."

Members of Hawaii's congressional delegation have asked the agency to publish quarterly figures broken down by Pacific nation, and to tell island governments in advance when people with serious medical conditions are being sent home.`,
    expect: { relevant: false },
  },
  {
    id: "h18c-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Fiji will not host other countries' deportees, ministry says",
    published: "2025-08-15",
    text: `SUVA — Fiji will not accept people deported from the United States who are not Fijian citizens, the Ministry of Immigration said on Wednesday, ending weeks of speculation about a request from Washington.

"Fiji will continue to receive its own citizens, as it always has," Permanent Secretary Mereoni Tuilau said in a statement. "But we are not in a position to take in nationals of third countries, and we have informed our partners of that decision."

The statement did not say when the request was made or how many people it concerned. Two officials familiar with the discussions said the United States had asked several Pacific governments in June whether they would take deportees whose home countries refused to accept them or could not be reached.

Palau agreed in principle earlier this year to take a limited number of such people, and Eswatini, South Sudan and Rwanda in Africa have each received flights. Officials in Port Moresby have said Papua New Guinea is still studying a similar request.

Opposition lawmaker Viliame Naulu welcomed the decision but said the government should also explain how it treats Fijians sent back from America. According to ministry figures, 58 Fijians were removed from the US in the year to September, most on scheduled flights via Los Angeles to Nadi.

Church leaders in Suva, who had urged the government to refuse, said they would keep supporting returnees through the existing resettlement programme.

The US Embassy in Suva said it "respects the sovereign decisions of our Pacific partners" and would continue working with Fiji on migration issues.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["FJ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-13",
    },
  },
  {
    id: "h18c-en-007",
    lang: "en",
    style: "wire",
    title: "Deportees arrive in San Pedro Sula as returns to Honduras rise",
    published: "2024-03-08",
    text: `SAN PEDRO SULA, Honduras, March 8 — A plane carrying 128 Hondurans deported from the United States landed at Ramón Villeda Morales International Airport on Wednesday, the country's migration authorities said, part of what officials describe as a steady increase in returns since January.

The flight left Alexandria, Louisiana, in the morning and arrived shortly after 1 p.m. local time. Of the 128, 19 were women; there were no children on board, the National Migration Institute said.

Staff at the airport's reception centre for returned migrants handed out sandwiches, a phone call home and bus fare. Several men still wore the grey sweatshirts issued in detention.

"Most of them were picked up on the way to work in Houston and Dallas. They had been there eight, ten years," said Maritza Euceda, a volunteer who has met returning flights for more than a decade. "They come down the stairs and ask me what day it is."

Honduras has received more than 5,100 returnees by air so far this year, up from about 4,300 at the same point in 2023, according to figures compiled by a migration observatory in Tegucigalpa.

The day before, on Tuesday, a separate ICE flight took 97 Guatemalans from Texas to Guatemala City, Guatemala's migration institute reported. El Salvador received two flights the same week, its government said, without giving numbers.

Honduran officials have asked Washington for more notice before flights so that relatives can be told in time to meet them.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 128, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Ramón Villeda Morales International Airport"],
      date: "2024-03-06",
    },
  },
  {
    id: "h18c-en-008",
    lang: "en",
    style: "near-miss",
    title: "Minneapolis cook deported to Kyrgyzstan on commercial flight, family says",
    published: "2026-06-19",
    text: `MINNEAPOLIS — Nurlan Abdykadyrov spent fourteen years building a following for his plov and samsa at a stall in a Lake Street market. On Tuesday he was escorted by two immigration officers onto a commercial flight from Minneapolis–St. Paul International Airport to Istanbul, the first leg of a journey that ended in Bishkek the next morning.

His wife, Aigerim, said she learned he had been moved only when he called her from the gate. "He said, 'They are sending me now. Take care of the children,'" she said. "That was the whole conversation."

Abdykadyrov, 41, arrived in 2012 on a student visa that later lapsed. He had checked in with ICE every year since an immigration judge ordered him removed in 2019, his lawyer, Daniel Herrera-Voss, said, and had a motion pending to reopen his case.

"This was one man on a scheduled flight, not a charter, not a headline," Herrera-Voss said. "But for this family it is the end of the world."

An ICE spokesperson confirmed the removal and said Abdykadyrov "received all appropriate legal process."

Kyrgyz officials have said several hundred citizens were returned from the United States over the past year, some individually and some in groups. The country's migration service said it had not been told in advance of Abdykadyrov's arrival.

Friends have started a fundraiser to keep the stall open, and his eldest son, 17, has taken over the weekend shifts.`,
    expect: { relevant: false },
  },
  {
    id: "h18c-en-009",
    lang: "en",
    style: "wire",
    title: "Deportation flight from US reaches Iran, state media say",
    published: "2026-02-16",
    text: `DUBAI, Feb 16 — A flight carrying Iranian citizens deported from the United States arrived in Iran early on Saturday, Iranian state media reported, the third such transfer since Washington and Tehran reached a rare understanding on removals last year.

The reports did not say how many people were on board. An official in the foreign ministry's consular department said on state television that the returnees had been "received with respect" and would be free to go home after identity checks.

Flight-tracking data showed that the chartered Boeing 767 had left Arizona and stopped in Kuwait before continuing to Imam Khomeini International Airport, where it landed shortly before 4 a.m. local time.

The first flight under the arrangement, in September, carried about 90 Iranians, and a second in November around 40, according to Iranian officials. Both were handled quietly by the two governments, which have no diplomatic relations.

Rights groups have said that some Iranians on earlier flights, including converts to Christianity and people who took part in protests, could face prosecution at home. A lawyer in California who represents two men believed to have been on Saturday's flight said he had not been able to reach them.

The US Department of Homeland Security declined to comment on the flight. A department spokesperson said last month that the agency "removes individuals with final orders to every country that accepts them."

The United States has also stepped up removals to Iraq and Egypt in recent months, according to Iraqi and Egyptian officials.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IR"],
      people: null,
      departure: ["Arizona"],
      arrival: ["Imam Khomeini International Airport"],
      date: "2026-02-14",
    },
  },
  {
    id: "h18c-en-010",
    lang: "en",
    style: "near-miss",
    title: "Senate bill would put medics on long deportation flights and require public flight data",
    published: "2026-09-24",
    text: `WASHINGTON — Two senators from opposite parties introduced legislation on Tuesday that would require Immigration and Customs Enforcement to publish monthly figures on its removal flights and to place a licensed medical professional on any deportation flight scheduled to last more than six hours.

The measure follows reports of detainees falling ill on long-haul charters to Africa and South Asia, including a man who lost consciousness on a flight to West Africa in the spring and was attended to by contract guards with no medical training, according to a complaint filed by his lawyers.

Under the bill, ICE would have to report, within 30 days of the end of each month, how many removal flights it operated, where they went, how many people were on board and whether restraints were used. Pregnant women and children could not be shackled.

"We can argue about immigration policy all day. Nobody should argue that a person should be chained for twenty hours with no doctor on the plane," one of the sponsors said at a news conference.

Independent trackers estimate that ICE operated about 1,900 removal flights in the fiscal year that ends Sept. 30, a record. The agency does not publish its own count.

The Department of Homeland Security said it would review the proposal, adding that "ICE flights already meet or exceed federal aviation safety standards."

The bill faces uncertain prospects. A similar House measure introduced last year never received a committee vote, and leaders of the Senate Homeland Security committee have not said whether they will hold a hearing.`,
    expect: { relevant: false },
  },
  {
    id: "h18c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再派包机遣返中国籍人员 国土安全部未公布人数",
    published: "2026-04-22",
    text: `【本报综合报道】美国国土安全部（DHS）21日在官网发布简短声明称，该部下属的移民和海关执法局（ICE）本月18日执行了一架大型包机遣返任务，将一批在美国没有合法居留依据的中国籍人员送回中国。

声明没有透露机上人数，也没有说明航班降落的具体城市。据熟悉ICE航班安排的一名移民律师透露，该航班从得克萨斯州起飞，中途在阿拉斯加经停加油。

这是今年以来美方公开确认的第二架对华遣返包机。今年2月，美国驻华使馆曾在社交媒体上表示，一架包机将“一百余名”中国公民遣返回国。

国土安全部在声明中重申，美方将继续与中国公安部、国家移民管理局等部门合作，“打击非法移民和人口走私”，并呼吁有意偷渡者“不要相信蛇头的谎言”。

中国外交部发言人此前在例行记者会上表示，中方一贯反对一切形式的非法移民，愿同美方在移民执法领域开展对话与合作，对经核实的中国公民予以接收。

纽约法拉盛一名从事移民法律服务的周姓律师对本报说，近几个月来，他已接到十多宗当事人被突然转押至得州拘留中心的求助。“很多人连家属都来不及通知，就被送上了飞机。”

据美国海关与边境保护局的数据，近三个财年在美墨边境被拦截的中国公民累计超过八万人次。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: ["得克萨斯州"],
      arrival: ["中国"],
      date: "2026-04-18",
    },
  },
  {
    id: "h18c-zh-002",
    lang: "zh",
    style: "near-miss",
    title: "柔佛移民局遣返146名非法外劳 经吉隆坡国际机场离境",
    published: "2025-06-11",
    text: `（新山10日讯）柔佛州移民局今日发文告说，该局日前将关押在北干那那移民扣留营的146名非法外劳遣送回国，他们分别来自印尼、孟加拉、缅甸和越南。

州移民局局长在文告中指出，这批外劳包括98名男子、41名女子及7名孩童，他们在服完刑期或缴清罚款后，于本月8日分两批经吉隆坡国际机场第一及第二航站楼搭乘民航班机离境；另有部分印尼籍人士则从斯达令劳特渡轮码头乘船返回巴淡岛。

“他们抵触了1959/63年移民法令及1963年移民条例下的各项罪行，所有人已被列入黑名单，今后禁止再入境我国。”

他说，遣返费用由外劳本身、其雇主或所属国大使馆承担，移民局只负责押送至机场和码头。

根据移民局总部的数据，全国今年首五个月共遣返约一万五千名非法外劳，比去年同期增加近两成，其中印尼籍占最多。

另一方面，本地一个关注移民权益的团体表示，与美国近来以包机大规模遣返移民的做法不同，大马主要依靠商业航班分批遣返，扣留营人满为患的问题并未因此缓解。该团体呼吁政府加快与来源国的证件核实程序，缩短外劳在扣留营的滞留时间。`,
    expect: { relevant: false },
  },
  {
    id: "h18c-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "乌兹别克斯坦又一批在美滞留公民乘包机回国",
    published: "2025-05-23",
    text: `【本报塔什干讯】乌兹别克斯坦外交部新闻发言人21日深夜在社交媒体上发文称，在乌美两国主管部门协调下，又一批在美国非法滞留的乌兹别克斯坦公民当天晚间乘包机回到祖国。

这是今年以来乌方确认的第三架来自美国的遣返包机。3月和4月的两架航班分别运送了约一百三十人和九十余人，当时均在国内引起不小关注。

发言人介绍，本次航班共运送八十七名乌兹别克斯坦公民，其中包括六名女性。航班由美国一家包机公司执飞，从亚利桑那州梅萨起飞，途中在美国东海岸和罗马尼亚经停，于当地时间21日晚十时许降落塔什干国际机场。

据现场工作人员介绍，返回人员在机场接受了身份核查和健康检查，随后由家属接走。外交部方面表示，对外劳务移民署将为有需要的人提供职业培训和就业咨询。

一名在机场等候儿子的中年妇女对记者说，儿子两年前经土耳其和墨西哥辗转进入美国，家里为此借了近两万美元。“人能平安回来就好，钱以后慢慢还。”

乌兹别克斯坦官方此前多次表示，愿与美方在“安全、有尊严的返回”方面保持合作。据乌方估计，目前仍有数千名乌兹别克斯坦公民在美国面临遣返程序。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 87, approx: false },
      departure: ["亚利桑那州梅萨"],
      arrival: ["塔什干国际机场"],
      date: "2025-05-21",
    },
  },
  {
    id: "h18c-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "卢旺达再接收一批美国遣返的第三国人员",
    published: "2025-12-03",
    text: `【本报讯】卢旺达政府发言人办公室周二证实，一架载有从美国遣返人员的航班已于周一晚间降落在基加利国际机场，机上约十名乘客均不是卢旺达公民。

发言人在声明中说，这批人员来自刚果（金）、索马里和越南等国，抵达后被安置在基加利郊区一处由国际移民组织协助运营的接待设施，“可以选择留在卢旺达接受培训和就业，也可以在协助下返回原籍国”。

卢旺达今年夏天与美国达成协议，同意接收部分无法被遣返回原籍国的人员，美方则为此提供资金支持。8月中旬，首批七人抵达基加利，此后双方一直未公布后续安排。

美国国土安全部没有回应本报的置评请求。一名代表其中两人的美国律师表示，当事人直到登机前数小时才被告知目的地，“他们一生从未踏足非洲中部”。

人权组织批评这种“第三国遣返”做法，认为当事人在陌生国家缺乏法律援助和语言支持。卢旺达政府则表示，该国有接收难民和移民的经验，会保障相关人员的基本权利。

除卢旺达外，美国今年还向南苏丹、埃斯瓦蒂尼和加纳等非洲国家送去过第三国遣返人员。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["CD", "SO", "VN"],
      people: { value: 10, approx: true },
      departure: [],
      arrival: ["基加利国际机场"],
      date: "2025-12-01",
    },
  },
  {
    id: "h18c-zh-005",
    lang: "zh",
    style: "near-miss",
    title: "日本時隔兩年再以包機強制遣返 45名斯里蘭卡及孟加拉籍人士離境",
    published: "2025-02-20",
    text: `（東京綜合報導）日本出入國在留管理廳19日宣布，已於18日以包機將45名非法滯留的外籍人士強制遣返，其中斯里蘭卡籍38人、孟加拉籍7人。這是該廳時隔兩年再度實施包機集體遣返。

包機從成田機場起飛，先降落達卡沙迦拉爾國際機場，再飛往可倫坡班達拉奈克國際機場。入管廳表示，遣返對象為24歲至61歲的男女，多數人已收到退去強制令卻長期拒絕自行離境，最長在日本滯留超過二十年。此次包機費用約4200萬日圓。

入管廳說明，依據2024年6月施行的修正《出入國管理及難民認定法》，第三次以上提出難民申請者原則上不再停止遣返程序，此次對象中有數人屬於這種情況。

支援外籍人士的團體當天在東京召開記者會，批評當局「在當事人仍有訴訟意願時就把人送走」。一名團體成員說，其中一名斯里蘭卡男子的日籍妻子直到丈夫登機後才接到通知。

據統計，日本去年共強制遣返約五千六百人，其中大多數人是搭乘一般商業航班自費離境，包機遣返僅佔極少數。與美國、英國動輒每月數十架的遣返包機相比，日本的規模仍相當有限。`,
    expect: { relevant: false },
  },
  {
    id: "h18c-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返班機再抵巴拿馬 機上多為中國、烏茲別克及阿富汗籍",
    published: "2026-01-14",
    text: `（本報記者陳怡安／綜合報導）巴拿馬安全部12日證實，一架從美國德州起飛的遣返班機當天下午降落在托庫門國際機場，機上逾百名乘客均非巴拿馬公民，主要來自中國、烏茲別克和阿富汗。

巴拿馬安全部長在記者會上表示，這些人將被轉往東部達連省的一處臨時收容站，由國際移民組織（IOM）協助安排返回原籍國；不願返國者可以申請在巴拿馬短期停留。

這是巴拿馬去年與美方簽署備忘錄、同意擔任遣返「中轉國」以來的第二架班機。首架班機去年2月抵達時載有九十多人，其中不少人至今仍滯留在收容站。

據悉，美方已通知巴方，另一架班機最快將於下週抵達，但尚未說明機上人員的國籍。

中國駐巴拿馬大使館表示，正與巴方核實機上中國公民的身分，將依法依規安排接收。人權團體則批評，美國與巴拿馬的安排是「把人當包裹一樣轉手」，當事人在收容站內難以聯繫律師。

巴拿馬政府強調，所有費用均由美方承擔，巴方「不會讓收容站成為永久營地」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "UZ", "AF"],
      people: { value: 100, approx: true },
      departure: ["德州"],
      arrival: ["托庫門國際機場"],
      date: "2026-01-12",
    },
  },
  {
    id: "h18c-zh-007",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "帛琉將迎首批美國遣送第三國人士 預計8月初抵達",
    published: "2026-07-20",
    text: `（本報記者林書涵／綜合報導）帛琉總統府20日表示，根據帛琉與美國去年底簽署的協議，首批由美國遣送、但並非帛琉公民的第三國人士，預計將於8月初搭乘美國政府安排的包機從關島飛抵帛琉。

總統府發言人在記者會上說，美方已提供初步名單，這批人士主要為越南籍與寮國籍，均無暴力犯罪紀錄，「抵達後將依協議在帛琉合法工作，填補當地勞動力缺口」。至於人數，發言人僅表示「規模不大」，沒有透露具體數字。

帛琉人口不到兩萬，長期面臨勞動力不足的問題。根據協議，美方將提供經費，協助帛琉改善醫院及公共服務設施。

這項協議在帛琉國會引發爭議。部分參議員質疑政府沒有充分說明接收對象的背景，也擔心相關安排影響帛琉與美國《自由聯合協定》的關係。一名參議員對本報表示：「我們支持盟友，但國會有權知道來的是誰。」

帛琉是台灣在太平洋的友邦之一。外交部官員表示，尊重帛琉政府的主權決定，雙方既有的醫療與觀光合作不受影響。

美國過去一年已將第三國人士遣送至非洲及中美洲多國，帛琉將是第一個實際接收這類人士的太平洋島國。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["PW"],
      nationalities: ["VN", "LA"],
      people: null,
      departure: ["關島"],
      arrival: ["帛琉"],
      date: "2026-08",
    },
  },
  {
    id: "h18c-zh-008",
    lang: "zh",
    style: "near-miss",
    title: "墨西哥移民局包机遣返135名洪都拉斯移民",
    published: "2024-05-17",
    text: `（本报墨西哥城16日电）墨西哥国家移民局15日发表公报称，该局当天从南部恰帕斯州塔帕丘拉国际机场派出一架包机，将135名洪都拉斯籍移民遣返回国。航班于当地时间中午降落在圣佩德罗苏拉拉蒙·比列达·莫拉莱斯国际机场。

公报说，这批移民包括91名男性和44名女性，他们此前在墨西哥北部和中部多个州因没有合法证件被拦截，随后被集中转送至塔帕丘拉的移民站。

墨西哥今年以来已向危地马拉、洪都拉斯和萨尔瓦多遣返了两万多人，其中大部分通过陆路送回危地马拉，空运遣返约占一成。移民局表示，将继续与中美洲各国合作，“以安全、有序的方式”送返移民。

洪都拉斯外交部在机场设立了接待点，为返回人员提供餐食和交通补助。一名在机场接受采访的年轻男子说，他在墨西哥城附近被拦下时，距离美国边境还有两千多公里。

分析人士指出，在美国大选临近之际，墨西哥明显加强了对北上移民的拦截。美国方面则长期以包机方式遣返中美洲移民，两国官员本月在华盛顿就边境合作举行了会谈。`,
    expect: { relevant: false },
  },
  {
    id: "h18c-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "塔吉克斯坦称美国遣返包机本周六抵达杜尚别",
    published: "2026-10-14",
    text: `【本报综合报道】塔吉克斯坦外交部13日在官网发布消息称，一架载有约60名塔吉克斯坦公民的美国包机预计将于本周六抵达杜尚别国际机场。这些人均因在美国非法居留或签证过期而被下达遣返令。

消息说，航班将从路易斯安那州起飞，中途经停德国和土耳其加油。塔吉克斯坦驻美国使馆已为没有有效护照的人员签发了回国证明。

这将是今年以来美国向塔吉克斯坦派出的第二架遣返包机。今年6月的首架包机共送回四十一人，当时塔方在机场设立了临时接待点，为返回人员提供咨询和交通安排。

塔吉克斯坦劳动、移民和就业部一名官员表示，大部分返回人员此前在美国从事货运驾驶和建筑工作，回国后可以登记参加政府组织的职业培训，“国家欢迎每一位公民回家”。

在中亚地区，乌兹别克斯坦和吉尔吉斯斯坦近一年来也多次接收来自美国的遣返航班。据乌方公布的数据，仅今年上半年就有超过四百名乌兹别克斯坦公民被从美国遣返。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["TJ"],
      people: { value: 60, approx: true },
      departure: ["路易斯安那州"],
      arrival: ["杜尚别国际机场"],
      date: "2026-10-17",
    },
  },
  {
    id: "h18c-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "委内瑞拉宣布暂停接收美国遣返航班",
    published: "2024-04-23",
    text: `【本报综合报道】委内瑞拉外交部周日发表公报，宣布即日起暂停接收从美国起飞的遣返航班，以回应美国政府上周决定不再延长对委石油和天然气行业的制裁豁免。

公报称，美方的决定是“对委内瑞拉人民的经济侵略”，委方“不会再配合华盛顿的移民政策”，直至美方“纠正错误”。公报没有说明暂停措施将持续多久。

自去年10月两国恢复遣返合作以来，美国移民和海关执法局已执行了二十多架直飞委内瑞拉的遣返航班。最近一架于本月17日降落在迈克蒂亚国际机场，载有约一百三十名委内瑞拉人。

美国国务院一名发言人表示，美方“注意到”委方的声明，将继续通过外交渠道与委方沟通，同时强调“没有合法居留依据的人将被遣返”。

分析人士认为，暂停接收遣返航班将使美方在处理大量委内瑞拉籍移民时面临更大困难。过去一年，在美墨边境被拦截的委内瑞拉人超过二十五万人次，其中相当一部分已被下达遣返令。

在佛罗里达州多拉尔经营餐馆的委内瑞拉人卡洛斯对本报说，侨民社区对这一消息“心情复杂”：“有人松了一口气，也有人担心美国会换别的办法。”`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-04-21",
    },
  },
  {
    id: "h18c-zh-011",
    lang: "zh",
    style: "near-miss",
    title: "两百余名委内瑞拉人从利马搭乘“回归祖国”航班回国",
    published: "2025-10-09",
    text: `【本报综合报道】据委内瑞拉政府消息，一架执行“回归祖国计划”的航班8日从秘鲁首都利马豪尔赫·查韦斯国际机场起飞，将218名自愿回国的委内瑞拉人送抵加拉加斯迈克蒂亚国际机场。

这是该计划今年从秘鲁执行的第五趟航班。乘客多为在秘鲁生活多年的务工者及其家属，其中有61名未成年人。他们此前在委内瑞拉驻秘鲁使馆登记，自愿申请回国，机票费用由委方承担。

一名带着两个孩子的母亲在登机前说，她在利马做了六年街头小贩，“房租越来越贵，孩子也想念外婆，是时候回家了”。

委内瑞拉政府称，该计划自2018年启动以来，已帮助约十万人从南美多国回国。秘鲁移民局表示，这些人均为自愿离境，不属于驱逐出境，今后仍可依法再次入境秘鲁。

今年以来，委内瑞拉国营航空公司也曾多次前往美国接回被遣返者，但委方强调，从秘鲁、智利等国出发的“回归祖国”航班均为自愿性质，与遣返无关。

据联合国相关机构估计，目前仍有约一百五十万委内瑞拉人生活在秘鲁。`,
    expect: { relevant: false },
  },
  {
    id: "h18c-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "哈薩克同意恢復接收美方遣返的本國公民",
    published: "2024-08-09",
    text: `（本報綜合外電報導）哈薩克外交部發言人8日在例行記者會上表示，經過數月磋商，哈方已同意恢復接收由美方遣返、並經核實身分的哈薩克公民。

發言人說，今年3月起，雙方因身分核實程序和遣返名單出現分歧，暫停了包機遣返的安排。「我們的立場一貫明確：凡經確認是哈薩克公民的人，國家都會接收。但我們需要準確的資料。」

根據雙方新的安排，美方將提前至少30天向哈薩克駐美使領館提交遣返名單，由內政部移民部門核查。發言人透露，首架包機最快可能在9月執行，但具體日期仍待確定。

去年12月，一架美方包機曾將約五十名哈薩克公民送回阿拉木圖，那也是雙方暫停合作前的最後一班。

在中亞國家中，烏茲別克和吉爾吉斯近年也與美方建立了類似的遣返合作機制。據估計，目前在美國面臨遣返程序的哈薩克公民約有數百人，其中多數是經墨西哥邊境入境後申請庇護未獲批准者。

美國駐阿斯塔納大使館對哈方的決定表示歡迎，稱這是兩國「在移民領域務實合作的又一例證」。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KZ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-08-08",
    },
  },
  {
    id: "h18c-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "首批自海地撤离中国公民乘包机抵达广州",
    published: "2024-03-27",
    text: `【本报讯】记者从有关方面获悉，首批从海地撤离的中国公民26日晚乘坐包机抵达广州白云国际机场，共87人，其中包括11名儿童。

据介绍，由于海地首都太子港局势持续动荡、机场长时间关闭，这批中国公民先由陆路转移至邻国多米尼加，随后在当地集中，乘坐中方安排的包机从圣多明各美洲国际机场起飞，经停马德里后飞抵广州。

中国驻多米尼加使馆工作人员全程协助撤离工作。一名在太子港经营建材生意十多年的福建籍商人说，离开前几天，店铺附近几乎每晚都能听到枪声。“货和店都顾不上了，先保住人。”

外交部领事司表示，仍有部分中国公民因各种原因留在海地，使馆将继续与他们保持联系，必要时安排后续撤离。外交部再次提醒中国公民暂勿前往海地。

连日来，美国、加拿大和多个欧洲国家也通过直升机和包机从海地撤离本国公民及使馆人员。美国国务院表示，已协助数百名美国公民离开海地。`,
    expect: { relevant: false },
  },
  {
    id: "h18c-zh-014",
    lang: "zh",
    style: "chinese-outlet",
    title: "危地马拉接收134名被美国遣返移民",
    published: "2024-01-26",
    text: `【本报危地马拉城讯】危地马拉移民局周三晚间发布消息称，一架载有134名危地马拉籍被遣返者的美国航班当天下午降落在危地马拉城拉奥罗拉国际机场。

移民局说，航班由美国移民和海关执法局安排，从路易斯安那州亚历山大起飞，机上有108名男性和26名女性，均为成年人。返回人员在机场的归国移民接待中心领取了食品、衣物和一张回家的长途车票。

移民局数据显示，今年1月1日至今，危地马拉已通过空运接收了三千多名从美国遣返的本国公民，比去年同期增加约一成。

周二，另一架美国遣返航班降落在邻国洪都拉斯的圣佩德罗苏拉，机上有112名洪都拉斯人。洪都拉斯外交部表示，预计该国今年接收的被遣返者人数将超过去年。

在机场外等候丈夫的玛丽亚说，丈夫在休斯敦的建筑工地干了七年，上个月在上班路上被拘留。“他说过几年就回来，没想到是这样回来的。”

危地马拉政府表示，正在与美方商讨为返回人员提供更多就业培训，并希望美方在每架航班起飞前至少提前48小时通报名单。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 134, approx: false },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["危地马拉城拉奥罗拉国际机场"],
      date: "2024-01-24",
    },
  },
  {
    id: "h18c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "聯邦法官裁定：ICE遣送第三國前須給予書面通知與申訴時間",
    published: "2026-01-30",
    text: `（本報記者吳承翰／波士頓報導）麻州聯邦地區法院法官29日裁定，移民及海關執法局（ICE）在將移民遣送至非其原籍國的「第三國」之前，必須以當事人能理解的語言提供書面通知，並給予至少15天時間提出遭受迫害或酷刑的恐懼主張。

此案由數名面臨第三國遣送的移民提起集體訴訟，原告包括來自古巴、越南和寮國的人士。原告律師指出，過去一年中，有多名當事人在接到通知後不到24小時，就被送上飛往南蘇丹、史瓦帝尼等國的班機，完全沒有機會向法官陳述。

法官在長達62頁的判決書中寫道，政府執行移民法的權力「不能凌駕於最基本的正當程序之上」。判決適用於全國，但不影響已經完成的遣送。

國土安全部發言人表示將立即提出上訴，並稱判決「讓危險的罪犯繼續留在美國社區」。

紐約一名專門處理華人移民案件的律師說，近幾個月已有數名中國籍當事人收到可能被遣送至第三國的通知，「這項判決至少讓他們有時間找律師」。她提醒有遣返令在身的移民，應隨身攜帶律師聯絡方式。`,
    expect: { relevant: false },
  },
  {
    id: "h18c-zh-016",
    lang: "zh",
    style: "chinese-outlet",
    title: "毛里塔尼亚接收一批从美国遣返的本国公民",
    published: "2024-09-16",
    text: `【本报综合报道】回到努瓦克肖特的第三天，27岁的穆罕默德还没有想好怎么向邻居解释这两年的去向。为了去美国，家里卖掉了二十多头骆驼，凑了将近一万美元。

“我在得州的拘留中心待了五个月，最后什么也没留下。”他对当地记者说。

和许多同乡一样，他先乘飞机前往尼加拉瓜，再经陆路穿越中美洲和墨西哥抵达美墨边境。这条路线在过去两年间吸引了成千上万的毛里塔尼亚青年。

据毛里塔尼亚内政部在社交媒体上发布的消息，上周五，一架美国遣返航班从布利斯堡军事基地起飞，降落在努瓦克肖特国际机场，将近一百五十名毛里塔尼亚公民乘机回国，穆罕默德就是其中之一。返回人员抵达后接受了身份核查，随后由家属接回。

这是今年以来第四架从美国直飞努瓦克肖特的遣返航班。今年6月，美国还向邻国塞内加尔派出过一架遣返航班，机上有一百多人。

毛里塔尼亚政府表示，将与国际移民组织合作，为返回人员提供小额创业资助。反对派人士则呼吁政府正视青年失业问题，“否则今天回来的人，明天还会再走”。

美国海关与边境保护局的数据显示，上一财年在南部边境被拦截的毛里塔尼亚人超过一万人次，较前一年增长数倍。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 150, approx: true },
      departure: ["布利斯堡军事基地"],
      arrival: ["努瓦克肖特国际机场"],
      date: "2024-09-13",
    },
  },
  {
    id: "h18c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "被遣返两年后：一名长乐青年的“重新开始”",
    published: "2026-08-12",
    text: `【本报记者 郑晓岚】下午三点，福州长乐一条老街上的奶茶店刚刚忙过一阵。28岁的店主阿杰擦着柜台，说起两年前那段经历，语气已经很平静。

2023年春天，他跟着同乡经厄瓜多尔、哥伦比亚一路“走线”，花了两个多月才抵达美墨边境，随后在得州被拘留。一年后，他和一百多名同胞一起被包机送回国内。“下飞机的时候，最怕的是见到我妈。”

为了出国，家里向亲戚借了四十多万元，至今还有一半没有还清。阿杰说，回来后他先在工厂打工，去年才用攒下的钱和朋友合伙开了这家店，每月收入勉强够还债。

和他同一批回来的人里，有人重新学了手艺，有人去了广东打工，也有人还在打听“别的路子”。当地一名社工告诉记者，被遣返人员最大的困难不是找工作，而是面对周围人的眼光。

近两年里，美方又陆续派出多架遣返包机，村里时常有人“突然回来了”。阿杰说，他现在常劝想出去的年轻人先算清楚账：“路上的钱、欠下的债、家里人的担心，都要算进去。”

店门口的小黑板上，写着他新推出的饮品名字——“回家”。`,
    expect: { relevant: false },
  },
  {
    id: "h18c-zh-018",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美方遣返包機抵安曼 約旦外交部：返國人員均已核實身分",
    published: "2026-11-06",
    text: `（本報綜合報導）約旦外交部週四晚間證實，一架載有被美國遣返之約旦公民的包機，已於當天下午降落在安曼阿利亞王后國際機場。

外交部發言人表示，所有返國人員在起飛前均已由約旦駐美使館核實身分，抵達後在機場完成入境及健康檢查，隨後由家屬接回。發言人強調，約旦「一向接收經確認的本國公民」，此次遣返是兩國長期合作的一部分。

根據外交部提供的資料，這架包機共載有約九十名約旦公民，多數是簽證逾期者，也有少數曾在美國服刑。包機從德州艾爾帕索起飛，途中在愛爾蘭香農機場經停加油。

這是約旦首次接收來自美國的大型遣返包機。此前，約旦籍人士多以個別方式，由執法人員押送搭乘商業航班返國。

近一年來，美方已陸續向中東多國派出遣返包機，包括伊朗、伊拉克和埃及。伊拉克政府上月表示，今年已從美國接收超過三百名本國公民。

安曼一名人權律師說，部分返國人員在美國已生活十多年，子女是美國公民，「家庭因此被拆散，這是數字背後看不到的代價」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JO"],
      people: { value: 90, approx: true },
      departure: ["德州艾爾帕索"],
      arrival: ["安曼阿利亞王后國際機場"],
      date: "2026-11-05",
    },
  },
  {
    id: "h18c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "中亞民營航空開通塔什干—紐約直航 首航載客兩百餘人",
    published: "2025-07-03",
    text: `（本報綜合報導）烏茲別克民營航空公司「撒馬爾罕之星」2日正式開通塔什干至紐約的直飛航線，首航班機載有236名旅客，從塔什干國際機場起飛，經過約十二小時飛行後降落紐約甘迺迪國際機場。

該公司表示，新航線每週執飛兩班，使用一架租賃的寬體客機，初期以探親旅客和留學生為主要客源。公司負責人在首航儀式上說，紐約及周邊地區居住著數萬名烏茲別克僑民，「過去他們回家至少要轉機一次，現在可以一趟飛到」。

烏茲別克交通部官員表示，政府正積極推動與美國的航空往來，希望吸引更多美國遊客前往撒馬爾罕、布哈拉等古城。

值得一提的是，過去一年裡，塔什干機場也多次迎來美方安排的遣返包機。有航空業人士認為，兩國航空往來增加，反映雙邊關係整體升溫，但也有僑民團體提醒，持旅遊簽證赴美者應注意不要逾期停留。

據了解，該公司計劃明年再開通塔什干至芝加哥的航線，目前正等待美國相關部門審批。`,
    expect: { relevant: false },
  },
  {
    id: "h18c-zh-020",
    lang: "zh",
    style: "chinese-outlet",
    title: "厄瓜多尔外交部官员赴机场迎接被遣返同胞",
    published: "2025-03-28",
    text: `【本报综合报道】27日上午，一架从美国得克萨斯州哈灵根起飞的遣返航班降落在厄瓜多尔瓜亚基尔何塞·华金·德奥尔梅多国际机场。厄瓜多尔外交与人员流动部一名副部长当天亲自到机场迎接。

“今天我们迎回了一百一十二位同胞，他们中有人离开家乡已经超过十年。”这名副部长对在场记者说，“国家不会抛下任何一个人。”

据了解，厄瓜多尔是南美洲接收美国遣返航班最多的国家之一，近几个月几乎每周都有两到三架航班抵达瓜亚基尔或基多。返回人员在机场可以领取身份证件补办指引和一次性交通补助。

在机场出口处，一名老人举着写有孙子名字的纸牌等了三个多小时。“他走的时候才十九岁，现在回来，我都快认不出了。”

厄瓜多尔政府去年推出一项计划，为被遣返人员提供小额贷款和技能培训，但反对派议员批评该计划覆盖面太小，申请手续繁琐。

据厄瓜多尔官方统计，去年全年共有一万七千多名厄瓜多尔公民被从美国遣返，人数创历史新高。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 112, approx: false },
      departure: ["得克萨斯州哈灵根"],
      arrival: ["瓜亚基尔何塞·华金·德奥尔梅多国际机场"],
      date: "2025-03-27",
    },
  },
];
