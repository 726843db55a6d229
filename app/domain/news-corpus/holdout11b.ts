// Held-out news corpus no. 11 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or any other corpus file).
// Every name, quote and number in these articles is invented; no sentence is taken from any outlet.

import type { CorpusArticle } from "./types";

export const HOLDOUT11B: CorpusArticle[] = [
  {
    id: "h11b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方再派包机遣返中国籍非法移民 一百余人抵福州",
    published: "2025-06-19",
    text: `本报讯 据美国驻华使馆微信公众号消息，美国国土安全部移民与海关执法局（ICE）安排的一架大型遣返包机于17日抵达福州长乐国际机场，机上载有一百余名在美国没有合法居留依据的中国籍人员。

使馆在消息中称，这是双方在打击非法移民和人口偷运方面“务实合作的又一体现”，但未透露航班从美国哪座城市起飞。今年4月的一班遣返航班载有87人，去年全年美方共组织了6架次类似航班。

据美方统计，2024财年美国南部边境与中国籍人员的“遭遇”次数超过3万次，较前一年有所下降。国内有关部门此前表示，中方坚决反对一切形式的非法移民，愿与美方继续开展遣返合作。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["福州长乐国际机场"],
      date: "2025-06-17",
    },
  },
  {
    id: "h11b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國驅逐19名外籍人士至烏干達 人權團體批「轉嫁責任」",
    published: "2025-08-07",
    text: `（中央社坎帕拉6日綜合外電報導）烏干達內政部今天證實，一架美國移民暨海關執法局（ICE）包機5日深夜降落恩德培國際機場，機上19名遭美國驅逐出境的外籍人士已被移交烏國當局，暫時安置在首都近郊一處收容設施。

內政部常務次長穆塞奎拉（Joseph Musekwira）在記者會上說，烏干達是「基於人道立場」同意接收，美方將負擔這些人的食宿與後續返鄉費用。他拒絕說明雙方協議的期限，也未回答烏國是否還會接收更多航班。

據路透社取得的一份美國政府文件，這架飛機是從亞利桑那州梅薩起飛，中途曾在西非停留加油。

烏國官員私下透露，這19人當中沒有任何烏干達人，他們分別是中國、越南、孟加拉和厄利垂亞公民，其中多人在美國曾有刑事定罪紀錄。

總部設在奈洛比的人權組織「東非移民正義」批評，美國把本國的移民執法責任「轉嫁」給非洲國家。今年稍早，美國也曾將8人送往南蘇丹、5人送往史瓦帝尼，引發當地輿論譁然。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["CN", "VN", "BD", "ER"],
      people: { value: 19, approx: false },
      departure: ["亞利桑那州梅薩"],
      arrival: ["恩德培國際機場"],
      date: "2025-08-05",
    },
  },
  {
    id: "h11b-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美周三遣返約百名越南人 抵新山一機場",
    published: "2025-11-21",
    text: `【明報專訊】越南外交部發言人周四在例行記者會上確認，一架美國包機周三由加州安大略起飛，載着約100名越南公民飛抵胡志明市新山一國際機場，當中部分人在1995年越美建交前已移居美國。

發言人范氏秋香表示，越方是按照兩國2008年簽署、其後修訂的遣返協議接收相關人士，並「對每一個案進行核實」。她沒有透露機上人數的確切數字，只說「約一百人」。

美國移民及海關執法局數據顯示，截至今年9月底，全美仍有約8600名持有最終遞解令的越南籍人士，大部分因刑事案件被下令遣返。過去兩年，美方平均每季安排一至兩班前往越南的包機。

在加州橙縣小西貢，社區組織「家園連線」負責人陳文德說，有家庭直到航班起飛前一天才得知親人被轉押德州。他說：「很多人在這裏住了三四十年，越南對他們而言是陌生的地方。」`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 100, approx: true },
      departure: ["加州安大略"],
      arrival: ["新山一國際機場"],
      date: "2025-11-19",
    },
  },
  {
    id: "h11b-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "42名印尼公民遭美国遣返 印尼外交部：已提供领事协助",
    published: "2026-02-12",
    text: `（雅加达讯）印尼外交部昨天发表文告，证实共有42名印尼公民被美国当局遣返，其中包括5名妇女。外交部公民保护司司长朱达·努格拉哈说，使馆人员在整个过程中提供了领事协助，“所有人抵达时健康状况良好”。

据文告，这批人此前分别被关押在得克萨斯州和路易斯安那州的移民拘留中心，多数是签证逾期滞留或非法入境。印尼驻华盛顿大使馆表示，目前仍有约300名印尼人在美国面临遣返程序。

遣返包机是从路易斯安那州亚历山大起飞，途经阿拉斯加安克雷奇加油，于本周二下午降落雅加达苏加诺－哈达国际机场。移民总局官员在机场为他们办理了入境手续，随后由各省政府派车接回原籍。

另据本报了解，邻国菲律宾今年1月也接收了一班来自美国的遣返航班，机上有60多名菲律宾人。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ID"],
      people: { value: 42, approx: false },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["苏加诺－哈达国际机场"],
      date: "2026-02-10",
    },
  },
  {
    id: "h11b-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "内长：大马不会接收美国遣返的第三国公民",
    published: "2025-10-02",
    text: `（吉隆坡1日讯）内政部长拿督斯里赛夫丁今日在国会下议院答复议员提问时强调，马来西亚不会同意接收被美国驱逐出境、但并非大马公民的外国人，“我国不是任何国家的中转站”。

他说，美方近月曾通过外交渠道探询大马是否愿意临时安置部分来自第三国的被遣返者，但政府经过考量后已正式回绝。“我们会继续依照国际惯例接回自己的公民，但不会为其他国家的移民问题承担责任。”

赛夫丁透露，今年1月至8月，共有73名大马公民从美国被遣返，全部是搭乘商业航班回国。他也提到，目前仍有超过15万名非法外劳在大马境内，政府本身的遣返工作已相当繁重。

反对党议员在辩论中追问，美国是否以关税谈判向大马施压，赛夫丁回应称“两件事没有关联”。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-10-01",
    },
  },
  {
    id: "h11b-zh-006",
    lang: "zh",
    style: "near-miss",
    title: "日本入管包機遣返44名斯里蘭卡人 創單次新高",
    published: "2026-01-23",
    text: `（中央社東京23日專電）日本出入國在留管理廳今天宣布，該廳21日以包機方式將44名非法滯留的斯里蘭卡籍人士強制遣返，是日本歷來單次遣返斯里蘭卡人數最多的一次。

據日本放送協會（NHK）報導，包機從成田機場起飛，當地時間同日晚間抵達可倫坡班達拉奈克國際機場，由約120名入管職員隨機戒護。遣返者當中有部分人曾多次申請難民認定遭駁回。

日本自2024年修正入管法後，限制難民申請者反覆申請以拖延遣返，去年全年以包機遣返的外籍人士共達312人，對象包括泰國、越南、菲律賓及土耳其籍人士。

人權團體批評，修法後日本遣返速度加快，但審查程序仍不透明。入管廳則回應，所有人都已「經過充分的法律程序」。`,
    expect: { relevant: false },
  },
  {
    id: "h11b-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "ICE拟下周包机遣返约130名华人 律师吁当事人及早寻求法律协助",
    published: "2026-04-09",
    text: `【本报洛杉矶讯】多名移民律师向本报透露，联邦移民与海关执法局（ICE）计划于下周二从洛杉矶起飞一架包机，将约130名持有最终递解令的中国籍人士遣返回国，航班预计降落广州白云国际机场。

华人律师林志恒说，他的两名客户本周已被从阿德兰托拘留中心转押至洛杉矶附近，“通常转押就意味着航班已经排定”。他建议尚有未决上诉的当事人立即联系律师，申请紧急暂缓递解。

ICE洛杉矶外勤办公室回复本报查询时表示，出于安全考虑，不会事先公布遣返航班的时间和人数。

自去年以来，美方已组织至少9架次遣返中国公民的大型包机，最近一班在今年2月，载有112人。中国驻洛杉矶总领馆此前表示，将“依法依规”核实相关人员身份。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: { value: 130, approx: true },
      departure: ["洛杉矶"],
      arrival: ["广州白云国际机场"],
      date: "2026-04-14",
    },
  },
  {
    id: "h11b-zh-008",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "【特稿】被送到巴拉圭的人：「我從沒想過會來南美洲」",
    published: "2025-07-25",
    text: `亞松森市郊一間三星級酒店的走廊盡頭，33歲的哈米德坐在床邊，反覆翻看手機裏女兒的照片。兩個月前，他還在加州一間貨倉開叉車；如今他身處一個語言不通、舉目無親的國家。「我從沒想過會來南美洲，」他說，「我連巴拉圭在地圖上哪裏都不知道。」

哈米德是上周六被美國移民及海關執法局（ICE）包機送抵巴拉圭的二十六名男子之一。據巴拉圭內政部提供的資料，這批人全部是阿富汗、伊朗和烏茲別克籍男子，在美國都已被下令遞解，但原籍國拒絕或無法接收。

這架飛機由德州起飛，降落西爾維奧·佩蒂羅西國際機場後，眾人隨即被巴士送往酒店，由警察看守。巴拉圭政府今年較早時與華盛頓簽署「安全第三國」協議，承諾接收部分在美國申請庇護的外國人。

巴拉圭內政部長恩里克·貝納維德斯對本報表示，這些人可以在巴拉圭申請庇護，亦可選擇由國際移民組織協助返回原籍國。「我們不是監獄，」他說，「但我們也不會讓他們自由離開，直到身份核實完成。」

聯合國難民署駐當地代表則表示，已有至少11人提出庇護申請。哈米德說，他不敢回阿富汗，「回去就是死路一條」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY"],
      nationalities: ["AF", "IR", "UZ"],
      people: { value: 26, approx: false },
      departure: ["德州"],
      arrival: ["西爾維奧·佩蒂羅西國際機場"],
      date: "2025-07-19",
    },
  },
  {
    id: "h11b-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "三十七名缅甸公民被美国遣返回国",
    published: "2026-05-15",
    text: `新华社仰光5月14日电 缅甸移民与人口部14日发布消息说，三十七名在美国滞留的缅甸公民13日乘坐美方安排的包机抵达仰光国际机场，其中男性31人、女性6人。

消息说，这些人大多通过墨西哥非法进入美国，在美被拘押期间由缅甸驻美使馆核实身份。抵达后，有关部门为他们进行了健康检查并办理了入境手续。

缅甸移民与人口部官员表示，自2025年以来，缅方已分四批接收从美国遣返的本国公民共计160余人。另据缅甸劳工部门统计，目前仍有数十万缅甸人在泰国、马来西亚等国务工。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MM"],
      people: { value: 37, approx: false },
      departure: [],
      arrival: ["仰光国际机场"],
      date: "2026-05-13",
    },
  },
  {
    id: "h11b-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "又一批涉诈嫌疑人从缅甸妙瓦底经泰国押解回国",
    published: "2025-09-26",
    text: `本报讯 记者从公安部获悉，在中缅泰三方执法部门密切配合下，又有218名在缅甸妙瓦底地区从事电信网络诈骗活动的中国籍犯罪嫌疑人24日经泰国湄索被押解回国，分乘4架包机降落南京禄口国际机场。

这是今年以来第七批从缅甸妙瓦底遣返的涉诈人员。公安部刑侦局负责人介绍，截至目前，已累计有超过5000名涉诈嫌疑人从缅北和妙瓦底地区被移交中方。

该负责人表示，公安机关将依法对押解回国人员开展审查，同时继续深化国际执法合作，“坚决铲除境外诈骗窝点”。他也提醒群众，切勿轻信境外“高薪招聘”信息。`,
    expect: { relevant: false },
  },
  {
    id: "h11b-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "64名南韓人遭美驅逐 搭ICE包機返抵仁川",
    published: "2025-09-26",
    text: `（中央社首爾26日綜合外電報導）南韓外交部今天表示，64名遭美國移民當局逮捕、拘留的南韓公民，已於昨天搭乘美國移民暨海關執法局（ICE）安排的包機返抵仁川國際機場。

據韓聯社報導，這架包機從路易斯安那州出發，機上南韓人多數是簽證逾期滯留者，也有數人持有非法入境紀錄。外交部在聲明中說，駐美各館處已在拘留期間提供領事探視，並協助家屬聯繫。

南韓國會外交統一委員會一名議員質疑，政府在事前並未充分掌握美方動向。外交部第一次官則回應，美方「依照既定程序」事先通知了首爾。

根據南韓法務部資料，目前在美國的無證南韓人估計約有15萬人，是亞洲國家中人數較多的群體之一。另有約300名南韓工人本月初在喬治亞州一處工地遭移民突擊檢查後，已以自願離境方式搭乘韓國包機返國，不在此次遣返人數之內。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KR"],
      people: { value: 64, approx: false },
      departure: ["路易斯安那州"],
      arrival: ["仁川國際機場"],
      date: "2025-09-25",
    },
  },
  {
    id: "h11b-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "老挝宣布恢复接收美方遣返人员",
    published: "2024-11-08",
    text: `（万象讯）老挝外交部7日发表声明，宣布恢复接收被美国下令遣返的老挝公民，结束了长达数年的暂停状态。

声明说，老挝政府在与美方进行多轮磋商后，决定“在核实国籍的基础上”逐步接收相关人员，并将为返回者提供安置协助。声明未透露首批接收的时间和人数。

美国国务院此前曾以老挝拒绝接收本国公民为由，对老挝部分官员实施签证限制。据美国移民与海关执法局数据，目前约有4800名老挝籍人士持有最终递解令，其中不少人是在上世纪70年代末以难民身份进入美国的苗族及老族后裔。

美国明尼苏达州和加州的苗族社区组织对此表示担忧，认为许多人在老挝已无亲属，“回去将难以生存”。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["LA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-11-07",
    },
  },
  {
    id: "h11b-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "午间新闻简报（3月6日）",
    published: "2026-03-06",
    text: `各位听众，下面是今天午间的国际新闻摘要。

【欧洲】英国内政部证实，一架载有29名越南籍人员的遣返包机周四从伦敦斯坦斯特德机场起飞，当天飞抵河内内排国际机场。内政部说，这些人均为非法入境或签证逾期者。今年以来，英国已向越南、阿尔巴尼亚等国遣返超过1100人。

【中东】伊朗与沙特外长在多哈会晤，双方同意恢复两国间的直航航班，首批航线预计下月开通。

【美洲】美国联邦最高法院周四听取一宗涉及临时保护身份（TPS）的案件辩论，预计6月前作出裁决。

【亚太】澳大利亚政府宣布，将把学生签证申请费再提高15%，新规定7月1日起生效。

以上是今天的午间新闻简报。`,
    expect: { relevant: false },
  },
  {
    id: "h11b-zh-014",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "逾五十名泰國人遭美遣返 泰外交部：多數為逾期滯留",
    published: "2025-12-12",
    text: `（中央社曼谷12日專電）泰國外交部今天證實，美國移民暨海關執法局（ICE）日前以包機將逾五十名泰國公民遣返回國，這是今年以來美方第三度以專機方式遣返泰國人。

外交部領事司司長蓬帕·西里汶在記者會上說，這批泰國人大多是持觀光或學生簽證入境美國後逾期滯留，部分人在拉斯維加斯和洛杉磯的餐館打工。「他們不是罪犯，」蓬帕說，「但他們違反了美國的移民法規。」

據外交部提供的資料，班機是在本月9日清晨由德州艾爾帕索起飛後，當晚抵達曼谷蘇凡納布機場，移民警察與社會發展暨人類安全部官員在機場接應。

泰國勞工部估計，目前在美國無合法身份的泰國人約有3萬人。另一方面，泰國本身今年也已遣返超過4萬名柬埔寨及緬甸籍非法移工。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TH"],
      people: { value: 50, approx: true },
      departure: ["德州艾爾帕索"],
      arrival: ["蘇凡納布機場"],
      date: "2025-12-09",
    },
  },
  {
    id: "h11b-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "ICE租用客机空载转场途中迫降安克雷奇 机上无被遣返者",
    published: "2026-06-05",
    text: `【本报综合报道】美国联邦航空管理局（FAA）周四证实，一架经常执行移民与海关执法局（ICE）遣返任务的波音737包机，4日在从西雅图飞往关岛的转场途中因液压系统故障，紧急降落阿拉斯加州安克雷奇泰德·史蒂文斯国际机场。

FAA发言人说，飞机当时处于空载状态，机上只有6名机组人员，“没有乘客，也没有被拘押的移民”。飞机安全降落，无人受伤。

执飞该航班的包机公司表示，这架飞机原定在关岛接受例行维护，下周才会重新投入运营。ICE拒绝评论该机今后的任务安排。

据移民权益组织“见证边境”统计，今年5月ICE包机共执行了约1900个航段，其中遣返国际航班约340个，创下历史新高。`,
    expect: { relevant: false },
  },
  {
    id: "h11b-zh-016",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国将10名第三国人士送往卢旺达 包括一名中国公民",
    published: "2025-05-30",
    text: `【侨报讯】卢旺达政府发言人周四对媒体证实，一架美国政府包机周三抵达基加利国际机场，将10名被美国驱逐出境的外国人交由卢方安置。这是卢旺达与美国今年签署接收协议以来的首批人员。

据卢旺达移民与出入境总局提供的名单，这10人中伊朗籍4人、阿富汗籍3人、塔吉克斯坦籍2人、中国籍1人，全部为成年男性。发言人说，他们将在基加利一处政府招待所暂住，并可申请在卢旺达工作。

美国国土安全部在声明中说，这批人的原籍国“拒绝及时接收”，航班从新泽西州纽瓦克起飞。声明未说明卢方获得的资金安排，但此前有报道称美方承诺提供一笔数百万美元的“融入援助”。

一名代理其中一位伊朗籍男子的纽约律师说，当事人是基督徒，若被送回伊朗可能遭受迫害，“把他送到卢旺达只是把问题推到了另一个大陆”。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["IR", "AF", "TJ", "CN"],
      people: { value: 10, approx: false },
      departure: ["新泽西州纽瓦克"],
      arrival: ["基加利国际机场"],
      date: "2025-05-28",
    },
  },
  {
    id: "h11b-zh-017",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "東加暫停接收美國遣返者 首相：須先談好安置配套",
    published: "2026-07-17",
    text: `（綜合報導）南太平洋島國東加王國政府週三宣布，即日起暫停接收由美國遣返的人員，直到雙方就返國者的安置與社會融入達成新的安排為止。

東加首相辦公室在聲明中表示，過去兩年有超過200名東加籍人士從美國被遣返，其中不少人自幼在美國長大，回國後既無親屬可依靠，也不會說東加語，「部分人很快就捲入毒品和暴力案件」。

首相在努瓜婁發對記者說：「我們不是拒絕自己的國民，但我們需要時間、資源和美方的合作。」他透露，美方原本計劃本月底再派一架包機，目前已告知華盛頓暫緩。

鄰國薩摩亞與斐濟近年也多次向美、澳、紐三國反映類似問題。美國駐斐濟大使館表示，已注意到東加方面的決定，將「透過外交管道妥善處理」。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["TO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-07-15",
    },
  },
  {
    id: "h11b-zh-018",
    lang: "zh",
    style: "chinese-outlet",
    title: "近40名蒙古国公民被美国遣返",
    published: "2026-08-21",
    text: `“8月19日清晨，一架美国移民与海关执法局的包机降落在成吉思汗国际机场，机上有近40名我国公民，”蒙古国外交部领事司司长巴特额尔登·其米德20日在乌兰巴托对记者说，“他们大多是持旅游签证入境美国后逾期滞留，也有人是从墨西哥边境进入美国的。我们的领事官员全程陪同，所有人都已经和家人团聚。”

巴特额尔登说，这批人在美国多个移民拘留中心等待遣返的时间从两个月到一年不等，“有的人连行李都没能带回来”。

据蒙方统计，目前在美国生活的蒙古国公民约有3万人，主要集中在芝加哥、旧金山湾区和华盛顿特区周边，其中无合法身份者估计有数千人。蒙古国议会一名议员呼吁政府为返回者提供就业培训。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MN"],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["成吉思汗国际机场"],
      date: "2026-08-19",
    },
  },
  {
    id: "h11b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "旅美台男簽證逾期遭遞解 搭華航班機返抵桃園",
    published: "2026-10-09",
    text: `（記者許家銘／桃園報導）一名在美國紐約逾期居留多年的52歲台籍男子，日前遭美國移民暨海關執法局（ICE）逮捕並下令遞解出境，8日晚間在兩名ICE人員戒護下，搭乘中華航空自紐約甘迺迪機場起飛的班機返抵桃園國際機場。

外交部領事事務局表示，駐紐約辦事處在男子遭拘押期間曾前往探視，並協助聯繫在台家屬。男子抵台後由家人接回，未涉及國內刑案。

外交部統計，今年1月至9月共有37名國人從美國被遣返，全部是搭乘一般商業航班返國。外交部提醒，國人赴美應遵守簽證規定，切勿逾期滯留或非法打工。`,
    expect: { relevant: false },
  },
  {
    id: "h11b-zh-020",
    lang: "zh",
    style: "chinese-outlet",
    title: "尼泊尔准备接收约90名被美国遣返的公民",
    published: "2026-09-11",
    text: `（加德满都讯）尼泊尔内政部10日表示，美国方面已正式通知，一架载有约90名尼泊尔公民的遣返包机将从得克萨斯州埃尔帕索出发，预计下周四抵达加德满都特里布万国际机场。

内政部发言人说，移民局、警方和卫生部门已成立联合工作组，准备在机场设立专门通道，为返回者办理入境、核查身份并提供临时住宿。部分返回者的家属已从偏远山区赶到首都等候。

据尼泊尔外交部统计，过去一年已有约600名尼泊尔人从美国被遣返，大多数人花费数百万卢比，经中南美洲陆路偷渡进入美国。内政部官员提醒民众，不要相信中介关于“轻松进入美国”的承诺。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["NP"],
      people: { value: 90, approx: true },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["特里布万国际机场"],
      date: "2026-09-17",
    },
  },
  {
    id: "h11b-es-001",
    lang: "es",
    style: "near-miss",
    title: "INM traslada en autobuses a 212 guatemaltecos hasta la frontera sur",
    published: "2025-03-14",
    text: `TAPACHULA, Chis.— El Instituto Nacional de Migración (INM) trasladó este jueves en una caravana de seis autobuses a 212 migrantes guatemaltecos desde la estación migratoria Siglo XXI hasta el puente fronterizo Rodolfo Robles, en Ciudad Hidalgo, donde fueron entregados a las autoridades de Guatemala.

De acuerdo con fuentes del instituto, entre los retornados había 41 menores de edad, la mayoría acompañados por sus padres. Del lado guatemalteco, en Tecún Umán, personal del Instituto Guatemalteco de Migración los registró y les ofreció alimentos y transporte a sus departamentos de origen.

En lo que va del año, México ha devuelto por vía terrestre a más de 9 mil centroamericanos, según cifras de la Unidad de Política Migratoria. Activistas de la región denunciaron que muchos de los trasladados tenían citas pendientes ante la Comisión Mexicana de Ayuda a Refugiados.

"Nos subieron al camión a las cinco de la mañana y nadie nos explicó nada", contó Elvira, originaria de San Marcos, al cruzar el puente.`,
    expect: { relevant: false },
  },
  {
    id: "h11b-es-002",
    lang: "es",
    style: "spanish-outlet",
    title:
      "Llega a Villahermosa vuelo de EU con 135 extranjeros; México los recibe 'por razones humanitarias'",
    published: "2025-06-19",
    text: `VILLAHERMOSA, Tab.— Un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE) de Estados Unidos aterrizó el martes en el Aeropuerto Internacional de Villahermosa con 135 personas que no son mexicanas, en el primer vuelo de este tipo que México acepta en lo que va del año.

La aeronave despegó de Harlingen, Texas, y los pasajeros fueron recibidos por personal del Instituto Nacional de Migración, que los trasladó en autobuses a un albergue temporal en la capital tabasqueña.

Según una tarjeta informativa de la Secretaría de Gobernación, la composición del vuelo fue la siguiente: Cuba, 61; Venezuela, 38; Haití, 22; Nicaragua, 14.

La Cancillería explicó que México los recibe "por razones humanitarias" y que a cada persona se le ofrecerá una tarjeta de visitante o el traslado a su país, a elección. Organizaciones como Sin Fronteras cuestionaron que el acuerdo con Washington nunca se haya hecho público.

Desde enero, México ha recibido además a más de 38 mil connacionales deportados por tierra y aire desde Estados Unidos, la mayoría por los puentes de Tijuana, Ciudad Juárez y Nuevo Laredo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      nationalities: ["CU", "VE", "HT", "NI"],
      people: { value: 135, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional de Villahermosa"],
      date: "2025-06-17",
    },
  },
  {
    id: "h11b-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Ciento dieciocho ecuatorianos deportados llegan a Quito",
    published: "2025-08-07",
    text: `QUITO.— Ciento dieciocho ecuatorianos deportados por Estados Unidos arribaron este miércoles al Aeropuerto Internacional Mariscal Sucre, en Tababela, en un vuelo que partió de Mesa, Arizona, informó la Cancillería.

Entre los retornados hay 19 mujeres y tres adolescentes que viajaban con sus madres. Funcionarios del Ministerio de Inclusión Económica y Social les entregaron kits de alimentación y, a quienes lo solicitaron, pasajes terrestres hacia Azuay, Cañar y Morona Santiago, las provincias con mayor migración irregular.

"Muchos vendieron sus terrenos para pagar a los coyoteros; vuelven con deudas de 15 o 20 mil dólares", dijo a este diario Marcelo Quizhpi, de la Pastoral de Movilidad Humana de Cuenca.

Es el quinto vuelo con ecuatorianos deportados que llega al país en julio y agosto. Según datos oficiales, en 2024 fueron retornados desde Estados Unidos más de 11 mil ecuatorianos, mientras otros 2 mil lo fueron desde México.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 118, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Aeropuerto Internacional Mariscal Sucre"],
      date: "2025-08-06",
    },
  },
  {
    id: "h11b-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "El regreso de Javiera: la madrugada en que 23 chilenos volvieron deportados",
    published: "2025-11-21",
    text: `Javiera Alarcón bajó la escalerilla con una bolsa plástica transparente en la mano: dentro, una chaqueta, un cargador de celular y la carpeta con su orden de deportación. Eran las 4.40 de la madrugada y en la losa del Aeropuerto Arturo Merino Benítez hacía nueve grados. "Siete años en Nueva Jersey y esto es lo que traigo", dijo, levantando la bolsa.

Javiera fue una de los 23 chilenos que llegaron el domingo 16 en un vuelo chárter contratado por el gobierno estadounidense, que salió de Alexandria, Luisiana, e hizo escalas en Bogotá y Lima para dejar a ciudadanos colombianos y peruanos.

La Policía de Investigaciones (PDI) revisó los antecedentes de cada pasajero: dos de ellos tenían órdenes de detención vigentes en Chile por robo con intimidación y quedaron a disposición de un tribunal de garantía. El resto salió por una puerta lateral, donde esperaban familiares.

Según la Cancillería, este año han sido deportados desde Estados Unidos 96 chilenos, frente a 41 en todo 2024. Buena parte había entrado con la exención de visa y se había quedado más de los 90 días permitidos.

Javiera no sabe qué hará. "Mis hijos siguen allá con su papá", dice. "Lo primero es dormir. Después, ver cómo vuelvo a empezar".`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CL"],
      people: { value: 23, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Arturo Merino Benítez"],
      date: "2025-11-16",
    },
  },
  {
    id: "h11b-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Uruguay rechaza recibir a migrantes de otros países expulsados por Estados Unidos",
    published: "2026-02-12",
    text: `MONTEVIDEO.— El gobierno uruguayo comunicó el miércoles a la embajada de Estados Unidos que no aceptará recibir a ciudadanos de terceros países deportados por Washington, confirmó el canciller Martín Ferrer en conferencia de prensa en la Torre Ejecutiva.

"Uruguay seguirá recibiendo a sus nacionales, como siempre lo ha hecho, pero no vamos a ser un país de tránsito ni de depósito para personas de otras nacionalidades", afirmó Ferrer. Según el canciller, la propuesta estadounidense, recibida en diciembre, planteaba alojar temporalmente a grupos de hasta 50 personas.

La decisión fue respaldada por el Frente Amplio y por parte de la oposición, aunque el senador colorado Andrés Ojeda advirtió que podría "complicar la agenda comercial" con Estados Unidos.

En la región, Paraguay y Argentina ya firmaron acuerdos similares con Washington, mientras que Brasil y Colombia han rechazado propuestas de este tipo. En 2025 fueron deportados desde Estados Unidos 58 uruguayos, todos en vuelos comerciales.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["UY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-11",
    },
  },
  {
    id: "h11b-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Llega a Venezuela un nuevo vuelo con unos 180 deportados desde EE.UU.",
    published: "2026-04-09",
    text: `Caracas, 9 abr (EFE).- Un avión con unos 180 migrantes venezolanos deportados desde Estados Unidos aterrizó este jueves en el aeropuerto de Maiquetía, procedente de El Paso, informó el Ministerio de Interior venezolano en su canal de Telegram.

Se trata del cuarto vuelo de repatriación en lo que va de abril y del número 112 desde que se reanudaron estas operaciones en febrero de 2025, según el recuento oficial, que cifra en más de 19.000 los venezolanos retornados por esta vía. EFE`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 180, approx: true },
      departure: ["El Paso"],
      arrival: ["Maiquetía"],
      date: "2026-04-09",
    },
  },
  {
    id: "h11b-es-007",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un vuelo desde Madrid para repatriar a 47 mauritanos",
    published: "2025-10-02",
    text: `MADRID.— El Ministerio del Interior repatrió este miércoles a 47 ciudadanos mauritanos en un vuelo chárter que despegó del aeropuerto Adolfo Suárez Madrid-Barajas con destino a Nuadibú, según fuentes policiales consultadas por este periódico.

Los repatriados habían llegado a Canarias en cayuco durante el verano y permanecían en los Centros de Internamiento de Extranjeros (CIE) de Aluche y Barranco Seco. El vuelo, cofinanciado por la agencia europea Frontex, fue escoltado por 94 agentes de la Policía Nacional.

España firmó en 2024 un memorando con Nuakchot para reforzar el control de salidas. En lo que va de año han llegado a Canarias más de 31.000 personas por vía marítima, un 40 % menos que en el mismo periodo de 2024.

La ONG CEAR criticó que varios de los expulsados tenían solicitudes de asilo en trámite, algo que Interior niega.`,
    expect: { relevant: false },
  },
  {
    id: "h11b-es-008",
    lang: "es",
    style: "spanish-outlet",
    title: "Guatemala recibe vuelo de EEUU con 40 hondureños y nicaragüenses",
    published: "2026-01-23",
    text: `CIUDAD DE GUATEMALA — Un vuelo de deportación procedente de Alexandria, Luisiana, aterrizó el jueves en la base de la Fuerza Aérea Guatemalteca con 40 migrantes, ninguno de ellos guatemalteco, en aplicación del acuerdo de cooperación migratoria firmado entre ambos gobiernos el año pasado.

"Recibimos a 31 hondureños y 9 nicaragüenses; a todos se les brindó alimentación, atención médica y la posibilidad de comunicarse con sus familias", dijo a Noticias Telemundo el director del Instituto Guatemalteco de Migración, Danilo Rivera.

Los hondureños fueron trasladados por tierra hasta la frontera de Corinto, mientras que los nicaragüenses permanecerán en un centro de atención de la zona 5 hasta que se coordine su retorno, explicó Rivera.

Ese mismo día llegaron a la capital guatemalteca otros dos vuelos con 267 guatemaltecos deportados, según el instituto, que en 2025 contabilizó más de 60.000 retornados desde Estados Unidos.

Abogados de inmigración en Houston consultados por este medio señalaron que varios de los nicaragüenses tenían casos de asilo abiertos y desconocían que serían enviados a un tercer país.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["HN", "NI"],
      people: { value: 40, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Fuerza Aérea Guatemalteca"],
      date: "2026-01-22",
    },
  },
  {
    id: "h11b-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Nota informativa del Ministerio del Interior",
    published: "2025-07-25",
    text: `En cumplimiento de los Acuerdos Migratorios vigentes entre la República de Cuba y los Estados Unidos de América, el Ministerio del Interior informa que el próximo lunes 28 de julio arribará al Aeropuerto Internacional José Martí, de La Habana, un vuelo de devolución con 104 migrantes irregulares procedentes de ese país.

Los retornados serán recibidos por las autoridades competentes, que verificarán su identidad y su situación legal. Aquellos que hayan cometido delitos antes de su salida ilegal del territorio nacional serán puestos a disposición de los órganos correspondientes.

Con esta operación ascienden a 27 los vuelos de devolución recibidos en el año, con un total de 2 531 personas. El Ministerio del Interior reitera su rechazo a la emigración irregular y a las acciones de las redes de tráfico de personas.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CU"],
      people: { value: 104, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2025-07-28",
    },
  },
  {
    id: "h11b-es-010",
    lang: "es",
    style: "near-miss",
    title: "¿Por qué los tribunales migratorios de EE.UU. tienen casi cuatro millones de casos pendientes?",
    published: "2026-05-15",
    text: `¿Cuántos casos esperan ser resueltos? Según los últimos datos de la Oficina Ejecutiva de Revisión de Casos de Inmigración (EOIR), el atraso supera los 3,8 millones de expedientes, frente a menos de un millón en 2018. En promedio, un caso de asilo tarda más de cuatro años en llegar a una audiencia final.

¿Cuántos jueces hay? Alrededor de 690, aunque el gobierno despidió o trasladó a más de un centenar en el último año. Cada juez tiene en promedio unos 5.500 casos asignados.

¿Qué pasa con los argentinos? La organización Abogados del Sur, con sede en Buenos Aires, estima que unos 4.000 argentinos tienen procesos abiertos, la mayoría por haber permanecido en el país más tiempo del que autorizaba su visa de turista.

¿Hay soluciones? Expertos consultados por este diario coinciden en que sin más jueces y sin representación legal gratuita el atraso seguirá creciendo. "El sistema está diseñado para que la gente se rinda", opinó la abogada Lucía Ferraro, que litiga en Miami.`,
    expect: { relevant: false },
  },
];
