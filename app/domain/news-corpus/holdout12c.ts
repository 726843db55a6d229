// Held-out news corpus no. 12 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, other corpus files or
// docs/alerts.md). Every outlet style is imitated, never copied: every name, quote and number is invented.

import type { CorpusArticle } from "./types";

export const HOLDOUT12C: CorpusArticle[] = [
  {
    id: "h12c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "百余名亚裔移民被送往厄瓜多尔 华人律师：家属至今联系不上",
    published: "2026-03-12",
    text: `【本报纽约讯】记者 林思远

上周五，一架由美国移民与海关执法局（ICE）包租的客机从得州埃尔帕索起飞，当天晚间降落在厄瓜多尔首都基多的马里斯卡尔·苏克雷国际机场。据多名知情律师向本报证实，机上被遣送者没有一人是厄瓜多尔公民。

根据厄瓜多尔外交部事后公布的名单摘要，这一航班共载有一百零三人：中国籍四十一人、印度籍三十七人、尼泊尔籍二十五人。厄方称，上述人员将在当地“临时安置”，可自行申请庇护或安排返回原籍国。

法拉盛华人移民律师周晓岚说，她代理的三名福建籍当事人原本在等候上诉，“周四晚上还在拘留所打电话，周六家属再打就没人接了”。她表示，当事人此前从未去过南美，也不会说西班牙语。

国土安全部发言人在回应本报询问时只表示，所有被遣送者“均已获得最终遣返令”，并称与“伙伴国家”的合作“符合美国法律”。

去年以来，美国已与多个拉美和非洲国家签订接收第三国公民的安排。移民倡导团体统计，仅今年一、二月，经第三国安置的遣送者就超过九百人，其中华人约占一成。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      nationalities: ["CN", "IN", "NP"],
      people: { value: 103, approx: false },
      departure: ["埃尔帕索"],
      arrival: ["马里斯卡尔·苏克雷国际机场"],
      date: "2026-03-06",
    },
  },
  {
    id: "h12c-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美第三國遣送再添一例 14名男子被送抵烏干達",
    published: "2025-11-21",
    text: `（中央通訊社記者吳孟哲奈洛比20日專電）烏干達內政部今天證實，一架來自美國的遣送專機已於18日深夜降落恩德比國際機場，機上14名男子全數被移交烏國移民當局，暫時安置於首都坎帕拉近郊一處政府設施。

烏干達內政部常務次長奧凱洛（Samuel Okello）在記者會上說：「這些人是阿富汗、伊朗和厄利垂亞籍男子，沒有一個是烏干達人。我們依照與華府的協議收容他們，並會協助他們提出庇護申請。」

據了解，這架專機從美國路易斯安那州亞歷山卓起飛，中途在西班牙加那利群島加油。美國國土安全部尚未就此發表聲明。

烏干達今年8月與美方達成協議，同意在「不接收有刑事前科者、不接收無人陪伴兒童」的前提下，接收在美國申請庇護遭拒的第三國人士。當時外界估計，每年名額最多數百人。

人權觀察組織東非研究員蘭加（Peter Langa）批評，烏干達本身已收容逾180萬名來自南蘇丹、剛果民主共和國等地的難民，「再接收一批語言、文化都陌生的人，只會讓本就吃緊的系統更加不堪重負」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["AF", "IR", "ER"],
      people: { value: 14, approx: false },
      departure: ["路易斯安那州亞歷山卓"],
      arrival: ["恩德比國際機場"],
      date: "2025-11-18",
    },
  },
  {
    id: "h12c-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "格魯吉亞點頭 同意接收美國遣送的第三國人士",
    published: "2026-05-06",
    text: `【本報綜合外電】位於高加索的格魯吉亞周一（4日）宣布，已與美國簽署一份為期兩年的諒解備忘錄，同意接收被美國下令遣送、但原籍國拒絕收回的外國人，每年上限一百人。

格魯吉亞外交部發言人察利澤（Nino Tsalidze）在第比利斯表示，協議「純屬人道考量」，受接收者須通過格方安全審查，並可在當地申請居留或轉往他國。她拒絕透露美方是否提供任何經濟補償。

消息一出，格魯吉亞反對派即批評政府「拿國家主權換取華府好感」。有議員指，格國去年才收緊對部分中亞國家公民的免簽政策，如今卻願意為美國收容身份不明的人。

美國國務院同日發表簡短聲明，感謝格魯吉亞「在遏止非法移民方面的合作」，並稱美方正與「十多個國家」進行類似磋商。

分析指，這是美國首次在前蘇聯地區取得第三國遣送安排。此前，美方已與中美洲及非洲多國簽署類似協議，去年至今經此途徑遣送者估計逾二千人。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-05-04",
    },
  },
  {
    id: "h12c-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "一批非法滞留美国人员被遣返回闽",
    published: "2025-09-18",
    text: `本报福州9月17日电（记者 陈立峰 通讯员 郑晖）记者从福建省公安厅获悉，9月16日，一百三十二名在美国非法滞留的中国籍人员乘坐美方包机抵达福州长乐国际机场，被依法接收。

据介绍，这是今年以来经中美双方核实身份后实施的第四批集中遣返。遣返人员中，男性一百零七名、女性二十五名，绝大多数来自福清、长乐、连江等地，多数系通过“走线”方式经第三国偷渡入境美国。

省公安厅出入境管理部门负责人表示，公安机关将对遣返人员依法开展调查，对组织、运送他人偷越国（边）境的违法犯罪人员坚决依法打击。

该负责人提醒广大群众，切勿轻信“走线”“包过”等虚假宣传。“偷渡之路风险极大，有人在雨林中受伤，有人被蛇头扣押勒索，最终还是要被遣返，人财两空。”

据统计，2024年以来，全国公安机关共侦破组织偷越国（边）境案件一千余起。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 132, approx: false },
      departure: [],
      arrival: ["福州长乐国际机场"],
      date: "2025-09-16",
    },
  },
  {
    id: "h12c-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国包机遣返中亚移民 经停阿拉木图飞抵塔什干",
    published: "2026-01-23",
    text: `（早报讯）美国本周三派出一架遣返包机，把约九十名哈萨克斯坦和乌兹别克斯坦公民送回国。

据哈萨克斯坦内务部发布的消息，包机从美国亚利桑那州梅萨起飞，首先降落阿拉木图，让三十余名哈萨克斯坦公民下机，随后继续飞往乌兹别克斯坦首都塔什干。乌兹别克斯坦外交部称，其余人员“均已确认国籍”，在机场完成手续后已与家属团聚。

近两年，经墨西哥边境进入美国的中亚移民人数明显上升。美国海关与边境保护局数据显示，2024财年在西南边境遇到的乌兹别克斯坦籍人员超过一万二千人次，哈萨克斯坦籍则约四千人次。

哈萨克斯坦内务部副部长叶尔兰·萨特巴耶夫说，被遣返人员中没有通缉犯，“他们大多是去打工的年轻人，被中介骗了钱”。

这已是两国今年首次接收美国遣返包机。去年十月，曾有一架包机把约一百二十名塔吉克斯坦和吉尔吉斯斯坦公民送返杜尚别和比什凯克。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KZ", "UZ"],
      people: { value: 90, approx: true },
      departure: ["亚利桑那州梅萨"],
      arrival: ["阿拉木图", "塔什干"],
      date: "2026-01-21",
    },
  },
  {
    id: "h12c-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "委國態度大轉彎 宣布恢復接收美方遣返航班",
    published: "2026-06-10",
    text: `〔國際新聞中心／綜合報導〕委內瑞拉政府8日晚間宣布，將恢復接收美國遣送回國的委內瑞拉公民，結束長達近三個月的中斷。

委內瑞拉外交部在聲明中表示，經與美方「坦誠磋商」，雙方同意「在尊重移民尊嚴的前提下」恢復遣返航班，首班預計最快本週末由委國國營航空執飛。聲明並未說明每週班次或人數。

今年3月，委國以美方「羞辱性對待」被遣送者為由，宣布暫停接收遣返班機。在此之前，雙方自去年起已累計執行逾六十班遣返航班，把超過一萬四千名委內瑞拉人送回首都卡拉卡斯近郊的邁克蒂亞國際機場。

美國國務院發言人證實已收到委方通知，但強調美方「從未停止執行移民法」，暫停期間部分委內瑞拉人經第三國被遣送出境。

分析人士指出，委國近期面臨石油出口制裁壓力，恢復接收遣返者可能是與華府改善關係的籌碼之一。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-06-08",
    },
  },
  {
    id: "h12c-zh-007",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "七人被送往南蘇丹 無一人是南蘇丹公民",
    published: "2025-12-03",
    text: `【本報訊】美國再度把非南蘇丹籍人士遣送到這個東非國家。南蘇丹外交部昨日確認，一架美國政府包機已將七名外國男子送抵首都朱巴國際機場。

據南蘇丹官方通報，機上七人的國籍分別為：緬甸二人、越南二人、古巴一人、老撾一人、墨西哥一人。通報稱，七人均在美國犯有刑事罪行並服刑完畢，其原籍國拒絕或拖延接收。

南蘇丹外交部發言人馬約克（James Mayok）表示，七人目前由當局「妥善看管」，南蘇丹將協助他們「最終返回各自國家」。

代理其中一名越南籍男子的美國律師透露，當事人在德州被帶上飛機前幾個小時才得知目的地，「他連南蘇丹在哪裡都不知道」。

〔圖片說明〕上月三十日，被美國遣送的七名男子抵達朱巴後，在南蘇丹警員陪同下步出機場。（資料圖片）

南蘇丹自2011年獨立後內戰頻仍，聯合國估計境內仍有逾二百萬人流離失所。澳門多名關注人權的學者批評，把人送往此類國家「明顯違反不遣返原則」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SS"],
      nationalities: ["MM", "VN", "CU", "LA", "MX"],
      people: { value: 7, approx: false },
      departure: ["德州"],
      arrival: ["朱巴國際機場"],
      date: "2025-11-30",
    },
  },
  {
    id: "h12c-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "美拟下周派包机 遣返约40名大马人",
    published: "2026-02-17",
    text: `（吉隆坡17日讯）外交部证实，美国移民当局计划于下周二安排一架包机，把约40名在美国非法居留或签证逾期的大马公民遣返回国，包机预计从路易斯安那州起飞，直飞吉隆坡国际机场。

外交部在文告中说，驻华盛顿大使馆已为相关人士办妥紧急旅行证件，移民局与警方将在机场设立专门柜台，为抵达者办理入境及背景核查。

“大部分人是逾期居留，少数涉及刑事案件。”外交部副部长拿督林国华受询时说，政府会确保同胞获得公平对待，并协助他们与家人联系。

据美国移民与海关执法局数据，2025财年共有一百八十六名马来西亚公民被遣返，多数搭乘商业航班分批回国，以包机集体遣返尚属首次。

另一方面，移民局也提醒国人，切勿通过非法途径前往美国打工，以免被列入黑名单，日后无法再申请签证。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["MY"],
      people: { value: 40, approx: true },
      departure: ["路易斯安那州"],
      arrival: ["吉隆坡国际机场"],
      date: "2026-02-24",
    },
  },
  {
    id: "h12c-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "经停开罗 美国遣返包机把64名俄罗斯人送回莫斯科",
    published: "2025-10-30",
    text: `【多伦多综合讯】俄罗斯媒体报道，一架载有六十四名俄罗斯公民的美国遣返包机，本月二十七日降落莫斯科多莫杰多沃机场。这是美俄关系紧张以来罕见的遣返合作。

报道说，包机从美国路易斯安那州亚历山大起飞，途中经停埃及开罗加油。被遣返者中有多人曾在美国申请政治庇护但被拒，其中包括数名以逃避征兵为由申请保护的年轻男子。

俄罗斯内务部移民总局表示，所有人员在机场接受了例行检查，“没有人被拘留”。但有人权组织称，至少两名被遣返者在入境后被带去问话。

一名不愿具名的被遣返者家属告诉媒体：“他在德州拘留中心待了十一个月，最后两天才被告知要上飞机。”

美国国土安全部未公开评论此事。据统计，2022年以来经墨西哥进入美国的俄罗斯人超过五万人次，加拿大方面同期收到的俄罗斯籍庇护申请也增加约三成。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RU"],
      people: { value: 64, approx: false },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["莫斯科多莫杰多沃机场"],
      date: "2025-10-27",
    },
  },
  {
    id: "h12c-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "塞內加爾拒當美國「第三國」 不收非本國籍遣送者",
    published: "2026-04-15",
    text: `（中央社記者黃詠晴巴黎14日專電）西非國家塞內加爾外交部14日發表聲明，明確拒絕美國要求其接收非塞內加爾籍被遣送者的提議，並表示只會接收「經核實身份的本國公民」。

聲明指出，美方近月透過外交管道多次探詢，希望塞內加爾比照部分非洲國家，接收在美國遭下令遣送、但原籍國不願收回的西非人士。塞國外交部形容這一安排「與塞內加爾的主權和價值觀不符」。

塞內加爾總理府一名官員向法新社表示：「我們不是別人的拘留所。」

據統計，過去兩年經尼加拉瓜「走線」前往美墨邊境的塞內加爾人以萬計，美國自2024年起已多次派機將塞國公民遣返達卡。聲明表示，這類本國公民的遣返航班「不受影響」。

同一時間，鄰國茅利塔尼亞則傳出正與美方洽談類似安排，但茅國政府尚未證實。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-14",
    },
  },
  {
    id: "h12c-zh-011",
    lang: "zh",
    style: "near-miss",
    title: "入境處租專機 遣返38名越南籍免遣返聲請不獲確立者",
    published: "2026-07-08",
    text: `入境事務處今日（7月8日）租用專機，將38名越南籍非法入境者遣返河內。該批人士包括26名男子及12名女子，年齡介乎19至57歲，全部曾在香港提出免遣返聲請但不獲確立，其中9人曾干犯刑事罪行並已刑滿出獄。

入境處亦派員乘搭同一專機執行押解任務，確保遣返行動安全順利，有關人員於同日返港。

入境處發言人表示，會繼續與聲請人主要來源國政府、航空公司及其他部門保持密切聯繫，盡快將聲請不獲確立者遣離香港。今年首六個月，入境處共遣送約一千二百名聲請不獲確立者離港，較去年同期上升約一成半。

〔相片說明〕被遣返人士在入境處人員押送下登上專機。入境處圖片`,
    expect: { relevant: false },
  },
  {
    id: "h12c-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "包机押解 二百一十名电诈犯罪嫌疑人从缅甸妙瓦底押解回国",
    published: "2025-08-26",
    text: `新华社昆明8月25日电（记者 段丽华）记者从公安部获悉，在中缅两国执法部门密切协作下，8月25日，二百一十名电信网络诈骗犯罪嫌疑人从缅甸妙瓦底经泰国湄索，乘坐我方包机被押解回国，抵达昆明长水国际机场。

公安部有关负责人表示，这是今年以来公安部组织的第六批大规模境外押解行动。此前，已有四千余名犯罪嫌疑人从缅北、柬埔寨等地被移交中方。

该负责人介绍，本批嫌疑人中有相当一部分曾以“高薪招聘”为诱饵，诱骗他人出境从事诈骗活动，涉及案件遍布全国二十余个省份。

公安机关将依法对押解回国人员开展审查，坚决打掉诈骗集团的组织者、骨干成员和幕后“金主”。`,
    expect: { relevant: false },
  },
  {
    id: "h12c-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "日本入管廳包機遣返 斯里蘭卡、尼泊爾籍共44人",
    published: "2026-09-11",
    text: `（中央社記者楊佩君東京11日專電）日本出入國在留管理廳今天公布，本月9日以包機方式，將逾期居留或難民申請遭駁回的斯里蘭卡籍與尼泊爾籍共44人強制遣送回國，包機從成田機場起飛，先後降落可倫坡與加德滿都。

這是日本自修正《入管法》、限制難民申請者反覆申請以來，規模最大的一次集體遣送。入管廳表示，44人中有11人曾申請難民認定三次以上。

日本律師聯合會發表聲明批評，部分遣送者在日本生活超過十年，子女在日本出生長大，「強行拆散家庭有違人道」。

日本法務大臣在記者會上則說，遣送「依法進行」，政府將持續推動「零非法居留」的目標。據統計，截至今年6月，日本境內非法居留外國人約七萬三千人，越南籍居首。`,
    expect: { relevant: false },
  },
  {
    id: "h12c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "观点｜遣返数字背后，是一个个被拆散的华人家庭",
    published: "2026-10-02",
    text: `【纽约侨报评论】作者 何嘉文

美国国土安全部上月发布的年度报告称，2026财年迄今被遣返的外国人已超过四十万，其中中国籍约两千八百人，是十年来最高。官员们把这些数字当作政绩，反复在电视上念诵。

可在法拉盛、布鲁克林八大道，这些数字是另一副模样：一家小餐馆的厨师某天没来上班，一个孩子的父亲在移民局例行报到后再也没回家。律师事务所的电话从早响到晚，很多人问的只是同一句话：“我现在还能去报到吗？”

移民法庭积压的案件已逾三百五十万宗，一个庇护案件平均要等四年以上。制度一面让人苦等多年，一面又在等待中突然执行遣返令，这本身就值得反思。

笔者并不认为非法入境应当被鼓励。但一个成熟的法治国家，应当让程序本身有尊严：让当事人有律师、让法官有时间、让家属知道亲人被送往何处。

数字可以堆成政绩，家庭却无法在统计表里重新团聚。`,
    expect: { relevant: false },
  },
  {
    id: "h12c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "澳洲包机遣返 十二名汤加籍“501”人员返回努库阿洛法",
    published: "2024-12-19",
    text: `【澳洲新快报讯】澳大利亚内政部证实，本周二以一架包机将十二名因刑事定罪被取消签证的汤加籍男子遣返汤加首都努库阿洛法。

这些人员均属于所谓“501类”遣返，即依据《移民法》第501条以“品格原因”被取消签证者。内政部发言人说，十二人在澳洲累计服刑超过四十年，罪名包括伤害、毒品走私等。

汤加警察部长在当地电台表示，政府已安排社会工作者协助他们重新融入社区，“有些人离开汤加时还是婴儿，连汤加语都不会说”。

新西兰方面近年一直批评澳洲的501遣返政策，称其把在澳洲长大的人“出口”到他们并不熟悉的国家。据统计，2014年以来澳洲已依该条款遣返逾一万名外国人，其中新西兰籍占一半以上。`,
    expect: { relevant: false },
  },
  {
    id: "h12c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "美軍機降落關島 官方澄清：機上沒有被遣送者",
    published: "2026-02-17",
    text: `【星島綜合報道】一架美國空軍C-17運輸機周日（15日）降落關島安德森空軍基地，社交媒體隨即流傳「美國把移民運到關島羈押」的說法。關島總督辦公室周一澄清，機上只載有颱風災後重建物資和工程人員，「沒有任何被遣送者」。

傳言源於網上一段機場影片，片中可見多名身穿制服的人員列隊下機。總督辦公室發言人說，這些是來自夏威夷的國民警衛隊工兵，將協助修復上月受颱風破壞的輸電設施。

美國國土安全部亦表示，目前沒有在關島設立移民羈押設施的計劃。不過，去年確曾有報道指，華府研究在太平洋屬地安置部分無法遣返者的可行性。

關島參議員對謠言迅速擴散表示憂慮，呼籲市民「轉發前先查證」。`,
    expect: { relevant: false },
  },
  {
    id: "h12c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "韩国派包机 从柬埔寨接回64名涉诈骗国民",
    published: "2025-10-30",
    text: `（联合早报首尔电）韩国政府上周六派出包机，把64名因涉嫌参与网络诈骗而在柬埔寨被拘留的韩国公民接回国。包机降落仁川国际机场后，警方随即对全部人员执行逮捕。

韩国外交部说，这批人是在金边和西哈努克港一带的诈骗园区被柬埔寨警方查获的。据悉，他们当中不少人自称是被“高薪工作”招揽出国，抵达后遭扣押护照、被迫从事诈骗。

韩国警察厅表示，将逐一厘清每个人究竟是受害者还是共犯。今年以来，韩国已向柬方请求协助遣返超过二百名本国公民。

柬埔寨内政部则称，将继续与中国、韩国、日本、泰国等国合作，打击跨国电诈集团。`,
    expect: { relevant: false },
  },
  {
    id: "h12c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "雨林之后是铁丝网：圣地亚哥边境华人“走线客”的四十八小时",
    published: "2025-08-26",
    text: `【美国侨报特稿】记者 梁栋

凌晨四点，加州圣地亚哥以东的山坡上还很冷。二十九岁的小郑裹着一条边境巡逻队发的银色保温毯，蹲在边境墙下的泥地里，身边是来自厄瓜多尔、哥伦比亚、土耳其的几十个陌生人。“我们在等车，”他说，“没人知道车会把我们拉到哪里。”

小郑来自浙江温州，三个月前从上海飞到厄瓜多尔，再一路北上，穿过达连雨林和中美洲五个国家。他说，这一路花了将近三十万元人民币，“一半是借的”。

据美国海关与边境保护局数据，本财年至今在西南边境遇到的中国籍人员约一万八千人次，较上一财年下降近四成，但仍远高于疫情前。

被带走后，小郑被关进圣地亚哥附近的奥泰梅萨拘留中心。两天后，他获准打电话给在纽约的表哥，说自己已经递交了庇护申请，下一次出庭时间还没定。

移民律师提醒，即使递交了庇护申请，被拒后仍可能面临遣返，“走线从来不是一条保证留下的路”。`,
    expect: { relevant: false },
  },
  {
    id: "h12c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "美國擴大簽證保證金試行名單 旅客赴美前須留意",
    published: "2026-06-10",
    text: `〔記者陳怡蓁／台北報導〕美國國務院宣布，自下月起擴大「簽證保證金」試行計畫，新增十二個國家，申請B1/B2商務觀光簽證者可能須繳交五千至一萬五千美元保證金，以確保如期離境。

美國在台協會表示，台灣適用免簽證計畫（VWP），不在名單之列，但持有其他國家護照的在台人士應自行確認。新增國家以非洲及中亞國家為主，國務院稱其逾期居留率「長期偏高」。

旅行業者指出，保證金制度若進一步擴大，恐影響部分國家赴美留學與商務往來。據美國國土安全部統計，2024財年持B類簽證入境後逾期未離境者約四十萬人。

國務院同時提醒，違反簽證條件者將被列入紀錄，日後申請任何美國簽證都可能被拒。`,
    expect: { relevant: false },
  },
  {
    id: "h12c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "早间国际要闻速览",
    published: "2026-04-15",
    text: `【国际要闻｜4月15日】

一、联合国安理会14日就加沙人道局势举行紧急会议，多国呼吁立即开放更多过境口岸。

二、德国内政部证实，一架包机14日从莱比锡起飞，将二十八名被定罪的阿富汗籍男子遣返喀布尔。这是德国自2024年以来第三次向阿富汗实施遣返。

三、日本央行维持利率不变，日元对美元汇率小幅走强。

四、美国总统周一签署行政令，要求各联邦机构在三十天内提交削减开支方案。

五、巴西亚马孙地区持续干旱，马瑙斯河段水位降至历史低点。`,
    expect: { relevant: false },
  },
  {
    id: "h12c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "Some 60 Filipinos sent home from US on chartered jet",
    published: "2026-05-08",
    text: `MANILA — Some 60 Filipinos deported from the United States landed at the Ninoy Aquino International Airport on Wednesday aboard a plane chartered by US Immigration and Customs Enforcement, the Bureau of Immigration (BI) said.

BI spokesperson Ma. Lourdes Cabrera said the returnees, most of them men in their thirties and forties, were processed at a separate holding area in Terminal 1 before being released to relatives or to social workers from the Department of Social Welfare and Development.

"Many of them have lived in California or Nevada for more than a decade. Some have children there who are US citizens," Cabrera said. She added that four of the returnees had standing warrants in the Philippines and were turned over to the police.

It was the second such charter this year. In February, a flight carrying 47 Filipinos landed at the Clark International Airport in Pampanga. The Department of Foreign Affairs estimates that around 370,000 Filipinos are living in the US without legal status.

Migrant rights group Balikbayan Watch urged the government to provide the returnees with livelihood help, noting that several had left the country as teenagers and "have no home to go back to."

CORRECTION: An earlier version of this story said the flight arrived on Tuesday. It arrived on Wednesday.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["Ninoy Aquino International Airport"],
      date: "2026-05-06",
    },
  },
  {
    id: "h12c-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Seven deportees from US arrive at Fua'amotu",
    published: "2025-07-25",
    text: `NUKU'ALOFA — "We received seven men from the United States last night, and all seven have been handed to their families or to the reintegration programme," Police Commander Tevita Fifita told reporters on Friday morning, confirming that a US Immigration and Customs Enforcement charter had landed at Fua'amotu International Airport on Thursday night after leaving Honolulu in the afternoon.

"Some of them left Tonga when they were two or three years old. They have served their sentences over there. Our job now is to make sure they settle and do not fall back into trouble," Commander Fifita said. He said the men had been convicted in Utah, California and Hawaii of offences including assault and burglary, and that the Ministry of Justice had received their records a month ago.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TO"],
      people: { value: 7, approx: false },
      departure: ["Honolulu"],
      arrival: ["Fua'amotu International Airport"],
      date: "2025-07-24",
    },
  },
  {
    id: "h12c-en-003",
    lang: "en",
    style: "wire",
    title: "Ghana takes in 19 West Africans deported by US",
    published: "2026-08-14",
    text: `ACCRA — A group of 19 West Africans deported by the United States arrived at Kotoka International Airport on Wednesday, Ghana's foreign ministry said, the latest transfer under a deal in which Accra accepts regional nationals Washington cannot send home directly. The group were citizens of Nigeria, Togo, Liberia and Gambia, the ministry said.

Ghana's government has said the arrangement is limited to West Africans, who may enter Ghana without a visa under regional rules, and that those received may stay or travel onward. Opposition lawmakers have challenged the deal in court, saying it was never put before parliament.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "TG", "LR", "GM"],
      people: { value: 19, approx: false },
      departure: [],
      arrival: ["Kotoka International Airport"],
      date: "2026-08-12",
    },
  },
  {
    id: "h12c-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Another US flight with Indian deportees due in Amritsar this weekend",
    published: "2025-02-13",
    text: `CHANDIGARH: A second US military aircraft carrying Indians deported from the United States is expected to land at Sri Guru Ram Dass Jee International Airport in Amritsar on Saturday, senior Punjab officials said on Thursday.

Around 120 people are likely to be on board, most of them from Punjab, Haryana and Gujarat, according to a list shared with the state government by the Ministry of External Affairs. The aircraft will depart from Texas, officials said.

Punjab's NRI affairs minister Harpal Singh Grewal said counters had been set up at the airport for police verification and that buses would take the deportees to their home districts. "Nobody will be treated as a criminal for having been cheated by travel agents," he said.

The first flight, which landed earlier this month, brought back 104 Indians and triggered protests in Parliament over reports that the deportees had been handcuffed through the journey. Opposition MPs have demanded to know why the government did not insist on a civilian charter.

Police in Punjab have registered more than 20 cases against so-called "donkey route" agents since the first flight, officials said.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["IN"],
      people: { value: 120, approx: true },
      departure: ["Texas"],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2025-02-15",
    },
  },
  {
    id: "h12c-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "Back to a country they barely know",
    published: "2026-03-20",
    text: `Vietnam receives about 110 deportees from the United States, many of whom left as refugee children decades ago

HANOI — Nguyen Van Thanh stood at the arrivals gate with a plastic bag holding two shirts, a toothbrush and a photograph of his daughter in Orange County. He is 52. He last saw Vietnam when he was six, from the deck of a fishing boat.

"I remember the smell of the sea and my mother crying," he said, blinking in the humid air outside Noi Bai International Airport. "That is all I remember."

Thanh was one of about 110 Vietnamese nationals removed from the United States on a charter flight from Seattle that landed on Monday, according to Vietnam's Ministry of Public Security. Most had lived in the US for decades; many, like Thanh, arrived as refugees after 1975 and later lost their green cards after criminal convictions.

For years, a 2008 agreement between Hanoi and Washington shielded those who had arrived before 1995 from deportation. That protection has effectively ended, lawyers say, and Vietnamese officials have accepted several flights since late last year.

The returnees face practical hurdles: few speak fluent Vietnamese, many have no living relatives in the country, and their US criminal records can make employers wary. A Hanoi-based charity, Nha Moi, says it has housed more than 300 returnees since 2024.

Thanh served nine years for a robbery he committed at 24. He says he has been clean for two decades. "I paid for what I did," he said. "I just did not know the bill would come twice."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 110, approx: true },
      departure: ["Seattle"],
      arrival: ["Noi Bai International Airport"],
      date: "2026-03-16",
    },
  },
  {
    id: "h12c-en-006",
    lang: "en",
    style: "radio-bulletin",
    title: "Pacific news bulletin: Marshall Islands halts US deportee arrivals",
    published: "2026-11-12",
    text: `Here are the headlines in our Pacific bulletin this hour.

The Marshall Islands government has suspended the acceptance of deportees from the United States until further notice. Foreign Minister Kalani Jibas told Parliament in Majuro on Tuesday that the country's reintegration services were "overwhelmed", after dozens of Marshallese were returned this year, many with serious criminal records. She said Majuro had asked Washington for funding for housing and counselling before any further removals take place.

In Fiji, the Reserve Bank has left its overnight policy rate unchanged at 0.25 percent, citing steady tourism receipts.

And in Papua New Guinea, heavy rain has cut the Highlands Highway near Kundiawa for a second day. Motorists are being told to avoid the area.

That's the bulletin. More news at the top of the hour.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MH"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-11-10",
    },
  },
  {
    id: "h12c-en-007",
    lang: "en",
    style: "explainer",
    title: "Who was on the US deportation flight to Mauritania? What we know",
    published: "2026-01-09",
    text: `NEW DELHI — A US deportation flight that landed in Nouakchott on Sunday has drawn attention in India because four Indian nationals were on board. Here is what we know.

Where did the flight go, and who was on it?
The aircraft, chartered by US Immigration and Customs Enforcement, flew from Alexandria, Louisiana, to the Mauritanian capital. According to a passenger breakdown published by Mauritania's interior ministry, it carried 66 people: Senegal 31, Mali 22, Guinea 9, India 4. No Mauritanians were aboard.

Why Mauritania?
Many West Africans and a smaller number of South Asians reached the US border by flying to Nicaragua and travelling north. Mauritania agreed last year to receive some third-country nationals, reportedly in exchange for development funding.

What happens to the Indians now?
The Ministry of External Affairs said the embassy in Dakar, which is accredited to Mauritania, is in touch with the four men and will issue emergency travel documents so they can return to India.

Has this happened before?
Yes. Mauritanian authorities say at least three similar flights arrived in 2025, carrying more than 200 people in all.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      nationalities: ["SN", "ML", "GN", "IN"],
      people: { value: 66, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Nouakchott"],
      date: "2026-01-04",
    },
  },
  {
    id: "h12c-en-008",
    lang: "en",
    style: "near-miss",
    title: "Malaysia sends 150 Myanmar nationals home by navy ship",
    published: "2024-11-06",
    text: `KUALA LUMPUR — Malaysia's Immigration Department repatriated 150 Myanmar nationals on Tuesday aboard a Royal Malaysian Navy vessel that sailed from Lumut, Perak, to Yangon, the department's director-general said.

The group, held at immigration depots in Perak and Selangor for offences including overstaying and working without permits, included 18 women and nine children. Myanmar's embassy issued travel documents for all of them.

Human rights groups said some of those returned could face persecution, pointing to reports that earlier returnees had been detained on arrival. The department said every person had been screened and none had a pending refugee claim with the UN refugee agency.

Malaysia deported more than 36,000 foreigners in the first nine months of the year, mostly from Indonesia, Bangladesh and Myanmar, according to official figures.`,
    expect: { relevant: false },
  },
  {
    id: "h12c-en-009",
    lang: "en",
    style: "near-miss",
    title: "Former nurse deported from US arrives in Manila on commercial flight",
    published: "2025-06-18",
    text: `MANILA — A 61-year-old former nurse who lived in the United States for 30 years arrived at Ninoy Aquino International Airport on Tuesday on a regular Philippine Airlines flight from Los Angeles, escorted by two US immigration officers, after losing a long fight against her deportation.

Relatives said Rosario Dimaculangan had been detained in April at a routine check-in with immigration authorities in San Diego. Her lawyer said she had a removal order dating from 2009 that was never enforced while she cared for her late husband.

"She paid taxes, she worked in hospitals during the pandemic, and they put her on a plane like a criminal," her niece told reporters at the terminal.

The Department of Foreign Affairs said consular officers in Los Angeles had visited her twice in detention.`,
    expect: { relevant: false },
  },
  {
    id: "h12c-en-010",
    lang: "en",
    style: "near-miss",
    title: "Turned back on foot: Indians among migrants walked across into Mexico",
    published: "2025-03-27",
    text: `NEW DELHI — At least nine Indian nationals were among a group of around 200 migrants that US Border Patrol agents walked across the pedestrian bridge at Nogales into Mexico this week, according to a Mexican migrant shelter that took some of them in.

The group, most of them Mexicans and Guatemalans, had been held briefly in Arizona before being returned on foot, the shelter's director said. Mexican authorities have agreed to accept some non-Mexicans at land crossings, though India has not confirmed any arrangement.

An Indian embassy official in Mexico City said the embassy was "verifying reports" and would help any Indian citizen who asked for consular help. The men, from Haryana and Punjab, told volunteers they had paid agents more than Rs 40 lakh each for the journey.

Separately, the government told Parliament this month that 388 Indians had been returned from the US on deportation flights since January.`,
    expect: { relevant: false },
  },
];
