// Held-out news corpus no. 9 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, docs/alerts.md or any other
// corpus file). Every name, quote and number in these articles is invented; no sentence is copied from
// any outlet.
import type { CorpusArticle } from "./types";

export const HOLDOUT9B: CorpusArticle[] = [
  {
    id: "h9b-zh-001",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再派包機遣返中國籍移民 逾百人降落福州",
    published: "2025-03-14",
    text: `（本報記者林語彤華盛頓13日專電）美國國土安全部13日證實，一架由移民暨海關執法局（ICE）安排的大型包機，已於11日將逾百名在美國缺乏合法居留依據的中國籍人士送回中國，班機降落福建福州長樂國際機場。

國土安全部發言人柯蘭德在書面聲明中表示，這次遣返「再次說明美方與中國相關部門在移民執法上的合作仍在持續」，並呼籲有意偷渡者「不要把積蓄交給人蛇集團」。聲明未透露確切人數，也未說明班機從哪一座機場起飛。

這是去年夏天以來美方第四度以大型包機遣返中國籍人士。上一次是在去年12月，當時一百零九人搭機降落廣州白雲國際機場；更早之前的兩班則分別送回約一百二十人與九十餘人。

中國外交部發言人在北京例行記者會上被問及此事時說，中方「一貫反對一切形式的非法移民」，願意在核實身分後接收中國公民，但也希望美方「以事實為依據，不要將移民問題政治化」。

根據美國海關暨邊境保護局的統計，2024財政年度在南部邊境被攔查的中國籍人士約有三萬八千人次，雖較前一年略降，仍遠高於五年前的水準。移民律師指出，不少人在被捕後申請庇護，案件在移民法庭排隊等待的時間動輒數年。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["福州長樂國際機場"],
      date: "2025-03-11",
    },
  },
  {
    id: "h9b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返機抵河內 一百三十二名越南人返國",
    published: "2025-06-20",
    text: `【本報綜合報道】越南公安部昨日發布消息，一架由美國移民及海關執法局安排的包機周三抵達河內內排國際機場，機上共有一百三十二名被美國遣返的越南公民，當中包括十一名婦女。

消息指，班機由德州聖安東尼奧起飛，途中曾於阿拉斯加安克雷奇加油。抵埗後，當局為全部人員辦理入境及身分核實手續，其中四人因涉及國內未了結案件，被即場帶走協助調查。

越南與美國在2008年簽署遣返備忘錄，當時雙方同意，1995年7月以前抵美的越南人原則上不在遣返之列。不過美國近月多次派機，被遣返者之中亦有部分人早年以難民身分入境。維權組織估計，在美國持有最終遞解令的越南籍人士逾八千人。

今年四月，另一班遣返機曾將四十餘名越南人送返胡志明市新山一國際機場。美國國土安全部當時表示，此類航班「將定期進行」。

一名在加州橙縣執業的越裔律師向本報表示，不少當事人在美國已生活二三十年，「他們的子女是美國公民，越南對他們而言反而是陌生的地方」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 132, approx: false },
      departure: ["德州聖安東尼奧"],
      arrival: ["內排國際機場"],
      date: "2025-06-18",
    },
  },
  {
    id: "h9b-zh-003",
    lang: "zh",
    style: "chinese-outlet-singapore-brief",
    title: "37名印尼人遭美国遣返 抵达雅加达",
    published: "2025-08-07",
    text: `（雅加达综合电）载有37名印尼公民的美国移民与海关执法局包机，6日晚抵达雅加达苏加诺－哈达国际机场。印尼外交部保护海外公民司司长普特拉在机场对记者说，这批人大多来自东爪哇和北苏拉威西，在美国因逾期居留或无证工作被捕。

普特拉说，另有约20名印尼公民的遣返案件仍在处理中，外交部将“逐一核实身份，确保他们回国后获得必要协助”。据印尼驻美使馆估计，在美国无合法身份的印尼人约有数万名，其中不少人持旅游签证入境后滞留。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ID"],
      people: { value: 37, approx: false },
      departure: [],
      arrival: ["苏加诺－哈达国际机场"],
      date: "2025-08-06",
    },
  },
  {
    id: "h9b-zh-004",
    lang: "zh",
    style: "chinese-outlet-malaysia",
    title: "外交部：美方下周包机遣返27大马人",
    published: "2026-02-11",
    text: `（布城11日讯）外交部副部长拿督陈俊斌今日证实，美国移民与海关执法局将于本月18日（星期三）以包机方式，把27名在美国被拘留的大马公民遣送回国，班机预计当天傍晚抵达吉隆坡国际机场（KLIA）。

他在国会大厦回答记者提问时说，这架包机将从路易斯安那州亚历山大市起飞，机上除了大马人之外，是否有其他国家的乘客，美方尚未告知。“我们驻华盛顿大使馆已与每一位当事人接触，其中大部分是持旅游签证入境后逾期居留的年轻人。”

陈俊斌说，这27人当中有19人来自柔佛、槟城和雪兰莪，其余来自沙巴和砂拉越。外交部和移民局将在机场设立专门柜台，协助他们办理入境手续并联系家人。

他也提醒国人，切勿轻信网上“到美国打工月入上万令吉”的广告。“过去一年，我们接获超过一百宗国人在海外受骗的投诉，不只是美国，还有柬埔寨和缅甸。”

另一方面，大马移民局去年共遣返约五万六千名非法外劳，主要是印尼、孟加拉和缅甸籍人士。移民局总监表示，今年将增加遣返航班班次，以缓解各地扣留营过于拥挤的情况。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["MY"],
      people: { value: 27, approx: false },
      departure: ["路易斯安那州亚历山大市"],
      arrival: ["吉隆坡国际机场"],
      date: "2026-02-18",
    },
  },
  {
    id: "h9b-zh-005",
    lang: "zh",
    style: "chinese-outlet-government-communique",
    title: "国家移民管理局接收一批自美遣返中国籍非法移民",
    published: "2025-11-03",
    text: `11月1日，国家移民管理局会同公安部有关部门，在上海浦东国际机场接收了美方以包机方式遣返的139名中国籍非法移民。经核查，上述人员均系经由第三国非法入境美国，其中部分人员涉嫌参与组织、运送他人偷越国（边）境活动。

国家移民管理局新闻发言人表示，打击非法移民和跨境违法犯罪活动符合中美双方共同利益。中方一贯坚持在核实身份的基础上接收被遣返的中国公民，同时敦促有关国家切实保障被遣返人员的合法权益。

发言人介绍，今年以来，国家移民管理局已会同有关部门依法接收自多个国家遣返的非法移民和涉诈人员，其中仅9月份就通过6架次包机从东南亚某国押解回国涉诈犯罪嫌疑人600余名。

发言人提醒广大群众，切勿听信“走线”“偷渡致富”等虚假宣传，不要以身试法。对组织、运送他人偷越国（边）境的“蛇头”，公安机关将依法严厉打击。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 139, approx: false },
      departure: [],
      arrival: ["上海浦东国际机场"],
      date: "2025-11-01",
    },
  },
  {
    id: "h9b-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet-taiwan",
    title: "帛琉同意接收美國遣送第三國人士 外交部：尊重友邦決定",
    published: "2025-07-24",
    text: `〔記者黃詠晴／台北報導〕我國友邦帛琉總統府23日發布聲明，宣布已與美國政府簽署備忘錄，同意接收遭美國遞解出境、但無法遣返原籍國的第三國人士，初期以每年最多六十人為限，美方將負擔安置、住宿與職業訓練費用。

聲明表示，接收對象僅限於無重大犯罪紀錄的成年人，帛琉政府保有逐案審查與拒絕的權利。總統府發言人蘇萊在記者會上說：「這是基於我們與美國長年的自由聯繫關係，而不是一筆交易。」

不過，帛琉國會部分議員對此表達疑慮。參議員歐布萊特指出，帛琉全國人口不到兩萬人，醫療與住房資源有限，「政府應該先把細節公開，讓人民知道這些人從哪裡來、會住在哪裡」。

我國外交部昨晚回應，台灣尊重帛琉作為主權國家所做的決定，雙方各項合作計畫「不受影響」。外交部並表示，駐帛琉大使館將持續關注後續發展。

美國近月已與多個國家洽談類似安排，據美國媒體報導，接觸對象遍及非洲、中美洲與太平洋地區。先前已有南蘇丹、史瓦帝尼等國接收被美國遣送的第三國人士。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PW"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-23",
    },
  },
  {
    id: "h9b-zh-007",
    lang: "zh",
    style: "chinese-outlet-us-overseas-press",
    title: "七名移民被遣送卢旺达 律师：当事人与当地毫无关系",
    published: "2025-09-18",
    text: `【本报记者许晨阳纽约报道】美国国土安全部本周证实，上周六（13日）一架由移民与海关执法局租用的小型包机降落非洲国家卢旺达，机上是七名已获最终遣返令、但原籍国拒绝或迟迟不接收的移民。

据代理其中两人的律师团体透露，这七人当中有三人是越南籍，两人是老挝籍，另外两人是古巴籍。班机从亚利桑那州凤凰城起飞，经停西班牙加那利群岛加油后，于当地时间下午降落基加利国际机场。卢旺达政府发言人随后表示，这批人将被安置在政府指定的住所，并可申请工作许可。

“我的当事人在美国住了二十六年，从来没有去过非洲，”代理一名越南籍男子的律师陈慧敏说，“他连当地说什么语言都不知道。”她说，当事人十几年前因盗窃罪服刑，出狱后一直按时向移民局报到。

卢旺达今年早些时候与华盛顿达成协议，同意在未来数年内接收最多二百名被美国遣返的第三国人士。此前，美国已分别向南苏丹和埃斯瓦蒂尼遣送过类似人员。国土安全部在声明中称，这些国家“愿意承担国际责任”，并指出被遣送者“都是罪犯，不应留在美国社区”。

移民权益团体则批评，第三国遣返让当事人难以获得律师协助，也可能使他们面临再次被转送的风险。联邦法院目前仍有数起相关诉讼在审理中。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["VN", "LA", "CU"],
      people: { value: 7, approx: false },
      departure: ["亚利桑那州凤凰城"],
      arrival: ["基加利国际机场"],
      date: "2025-09-13",
    },
  },
  {
    id: "h9b-zh-008",
    lang: "zh",
    style: "traditional-chinese-outlet-hk-radio-bulletin",
    title: "【午間新聞】美國包機遣返約三十名蒙古公民",
    published: "2026-01-09",
    text: `各位聽眾，午間新聞。美國移民及海關執法局一架包機今日凌晨降落蒙古首都烏蘭巴托成吉思汗國際機場，機上約有三十名被美國遣返的蒙古公民。蒙古外交部表示，這是兩國首次以包機方式執行遣返，當局已安排專人在機場協助他們辦理入境手續。

蒙古外交部發言人巴特爾說，被遣返者大多持學生或旅遊簽證赴美後逾期居留，當中最年輕的只有十九歲。

另外，本港入境處今日表示，過去一星期共遣返十二名越南籍非法入境者及六名逾期逗留的東南亞人士，全部經陸路或商業航班離境。

天氣方面，天文台預測今日大致天晴，早上寒冷，市區最低氣溫約十一度。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MN"],
      people: { value: 30, approx: true },
      departure: [],
      arrival: ["成吉思汗國際機場"],
      date: "2026-01-09",
    },
  },
  {
    id: "h9b-zh-009",
    lang: "zh",
    style: "near-miss",
    title: "日本包机遣返44名斯里兰卡人 为今年第二次",
    published: "2025-05-22",
    text: `【本报东京5月21日电】日本出入国在留管理厅21日宣布，该厅于20日以包机方式，将44名在日本逾期居留或被拒绝难民认定的斯里兰卡籍人士遣返回国。班机从成田机场起飞，于当天晚上抵达科伦坡班达拉奈克国际机场。

这是日本今年第二次使用包机集中遣返外国人。今年2月，日本曾将30余名菲律宾籍人士送回马尼拉。出入国在留管理厅官员表示，包机可以“降低护送成本，并避免在商业航班上引发其他乘客不安”。

日本修订后的《出入国管理及难民认定法》去年6月全面施行，申请难民认定三次以上者原则上可被遣返。支援团体批评，此举使部分真正需要保护的人面临危险。

据统计，截至去年底，日本境内被下达遣返令但拒绝离境者约有三千人，其中斯里兰卡籍、土耳其籍和越南籍人数最多。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h9b-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "移民署專案遣返失聯移工 18名印尼籍搭機離台",
    published: "2024-12-05",
    text: `〔記者潘怡安／桃園報導〕內政部移民署北區事務大隊今天表示，日前在新北、桃園等地查獲的18名逃逸外籍移工，已於本週陸續從桃園國際機場搭乘商業班機遣返印尼，其中最後一批6人今天上午登機。

移民署說，這些移工多在工廠或農地非法打工，最長失聯超過四年。移民署依法處以罰鍰並管制再入國，雇用他們的業者與仲介也將依《就業服務法》移送裁罰。

移民署統計，目前全台失聯移工人數約九萬人，以越南籍最多，其次為印尼籍與菲律賓籍。移民署呼籲失聯移工主動到案，可適用較低的罰鍰並縮短禁止入國期間。

此外，移民署今年也與越南、泰國等國駐台單位合作，協助超過一千名自行到案的移工返國。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h9b-zh-011",
    lang: "zh",
    style: "chinese-outlet-qa-explainer",
    title: "美国遣返包机为何频频飞往中国？一文读懂",
    published: "2025-10-16",
    text: `问：最近又有遣返包机飞往中国了吗？
答：是的。本周二（14日），又一架由美国移民与海关执法局安排的包机降落天津滨海国际机场，机上约有一百二十名中国籍人员。追踪遣返航班的美国非营利组织称，这架飞机从得克萨斯州哈灵根起飞，途经阿拉斯加安克雷奇。美国国土安全部事后发表声明确认了这次航班，但没有透露具体人数。

问：这是今年的第几架？
答：据公开报道统计，这是今年以来第六架飞往中国的大型遣返包机。此前的航班分别降落在广州、福州、上海和沈阳等地，每架人数在八十至一百四十人之间。

问：被遣返的都是哪些人？
答：主要是经南美和墨西哥“走线”入境美国、庇护申请被驳回或已获最终遣返令的人员，也有一些是签证逾期者。移民律师王立新说，不少人背负十几万元人民币的债务，“回国后首先要面对的就是还钱”。

问：中国为什么配合？
答：中国外交部多次表示，中方坚决反对非法移民，愿与各国开展执法合作，接收经核实身份的中国公民。分析人士认为，这也与两国在禁毒、执法等领域的对话有关。

问：接下来还会有吗？
答：美国官员表示，遣返航班“将持续进行”。据美方数据，目前仍有数万名中国籍人士持有最终遣返令。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 120, approx: true },
      departure: ["得克萨斯州哈灵根"],
      arrival: ["天津滨海国际机场"],
      date: "2025-10-14",
    },
  },
  {
    id: "h9b-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet-feature",
    title: "從路易斯安那到素萬那普：一位泰國廚師的歸途",
    published: "2026-03-26",
    text: `【特派記者鄭雅文曼谷報導】凌晨四點，三十八歲的頌猜拎著一個透明塑膠袋走出入境大廳，袋子裡只有一件外套、一本泰英對照的聖經和一張已經失效的加州駕照。他在洛杉磯一間泰式餐廳當了十四年廚師，直到去年秋天在一次例行報到時被移民官員當場拘留。

頌猜是三月二十三日（週一）搭乘美國移民及海關執法局包機返國的二十餘名泰國人之一。這架班機從路易斯安那州亞歷山卓起飛，經停關島後降落曼谷素萬那普機場。泰國外交部領事司事後證實了這次航班，但只說機上「多數為男性勞工」。

「我在飛機上一直想，要怎麼跟媽媽解釋，」頌猜說。他的母親住在烏隆府，至今仍以為他在美國過得很好。

泰國勞工部的資料顯示，目前在美國無合法身分的泰國人估計約有一萬五千名，多數集中在加州與德州的餐飲業。過去幾年也曾發生多起泰國農工在美國遭人口販運的案件，其中一宗涉及逾兩百名受害者。

泰國外交部表示，將與美方保持聯繫，確保後續遣返「有序且人道」。今年稍早，另有八名泰國人經商業航班分批被遣返。

頌猜說，他打算先回鄉下幫忙種稻，「也許再開一間小吃店，但絕對不會再偷偷出國了」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TH"],
      people: { value: 20, approx: true },
      departure: ["路易斯安那州亞歷山卓"],
      arrival: ["素萬那普機場"],
      date: "2026-03-23",
    },
  },
  {
    id: "h9b-zh-013",
    lang: "zh",
    style: "chinese-outlet-singapore",
    title: "老挝暂停为美方遣返对象签发旅行证件",
    published: "2025-04-30",
    text: `（万象综合讯）老挝外交部29日表示，老挝将暂时停止为美国要求遣返的老挝裔人士签发旅行证件，直至两国就遣返对象的身份核实程序达成新的共识。这意味着美国移民与海关执法局短期内将无法把这批人员送回老挝。

老挝外交部发言人宋蓬在例行记者会上说，美方近月提交的遣返名单中，有相当一部分人“出生于泰国难民营，从未在老挝生活过，也没有任何老挝身份记录”。她说：“我们不能接收一个无法证明是老挝公民的人。”

据美国官方数据，目前持有最终遣返令的老挝籍人士约有四千七百人，其中多数是上世纪七八十年代以难民身份抵美的苗族及老族家庭成员。去年，美方曾以商业航班分批遣返约六十人。

美国国务院尚未对老挝的决定作出回应。2018年，美国曾以“拒绝接收被遣返公民”为由，对老挝、柬埔寨、缅甸和厄立特里亚等国部分官员实施签证限制。

分析人士指出，老挝此举可能招致华盛顿施压，但万象同时也在与美方洽谈未爆弹清除援助等合作项目，双方“都有谈判空间”。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["LA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-04-29",
    },
  },
  {
    id: "h9b-zh-014",
    lang: "zh",
    style: "chinese-outlet-us-overseas-press",
    title: "移民局拟月底包机遣返柬埔寨裔 长堤社区忧心忡忡",
    published: "2025-12-12",
    text: `【本报记者周佩玲洛杉矶报道】多名移民律师和社区组织本周透露，美国移民与海关执法局计划在本月底安排一架包机，从得克萨斯州埃尔帕索将约四十名柬埔寨籍人士遣返金边。目前已有数人从加州长堤及麻省洛厄尔被转押至得州的拘留中心。

“我们接到的电话一天比一天多，”东南亚裔权益组织负责人林素华说，“很多人是小时候跟着父母逃难来的，在美国住了三四十年。”她说，被拘留者中不少人曾在九十年代因轻罪服刑，此后多年按规定向移民局报到。

柬埔寨与美国于2002年签署遣返协议。据统计，自那以来已有一千多名柬埔寨裔人士被遣返。去年3月的一架包机曾将二十八人送回金边。

柬埔寨内政部一名官员对本报表示，金边方面“已收到美方通知”，但尚未确认航班的具体日期和人数。美国移民与海关执法局则以“出于安全考虑”为由，拒绝评论具体航班安排。

律师提醒当事人家属，尽快整理当事人的刑事记录和居留文件，部分案件或可申请重新审理。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["KH"],
      people: { value: 40, approx: true },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["金边"],
      date: "2025-12",
    },
  },
  {
    id: "h9b-zh-015",
    lang: "zh",
    style: "traditional-chinese-outlet-taiwan",
    title: "美國再將11名第三國人士遣送史瓦帝尼 我友邦承受壓力",
    published: "2026-04-17",
    text: `〔駐非洲特派記者吳冠廷／綜合報導〕美國國土安全部證實，本週二又有一架遣返班機降落我國非洲友邦史瓦帝尼的恩史瓦帝三世國際機場，機上載有十一名被美國遞解出境、但無法遣返原籍國的第三國人士，包括四名越南籍、三名柬埔寨籍、兩名古巴籍及兩名葉門籍男子。

史瓦帝尼政府發言人馬蘇庫在聲明中表示，這批人已被送往首都墨巴本郊區的矯正設施，「直到他們能被安全地送回各自的國家為止」。聲明並強調，這是依據與美方的協議進行，費用全數由美國負擔。

這是史瓦帝尼第三度接收美國遣送的第三國人士。去年7月首批五人抵達時，曾引發當地律師公會與人權團體強烈抗議；去年10月又有十人被送達。當地一名律師說，部分被遣送者至今未能會見律師。

美國國土安全部表示，這些人都曾在美國犯下重罪，「他們的原籍國拒絕接收，因此我們與願意合作的夥伴國家共同處理」。

我國外交部回應時表示，台史邦誼穩固，對於史國與第三國之間的安排不便評論。台灣在史瓦帝尼設有醫療及農業技術團，目前運作正常。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "KH", "CU", "YE"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["恩史瓦帝三世國際機場"],
      date: "2026-04-14",
    },
  },
  {
    id: "h9b-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "大马移民局包机遣返逾两百缅甸非法移民",
    published: "2025-10-16",
    text: `（吉隆坡15日讯）马来西亚移民局今日表示，该局已于14日以两架包机，将212名缅甸籍非法移民从吉隆坡国际机场遣返至仰光，这是今年以来规模最大的一次集体遣返行动。

移民局总监拿督鲁斯兰说，这批人原被扣留在雪兰莪、霹雳和吉打的移民扣留营，部分人已被扣留超过一年。“遣返费用由缅甸政府和本局共同承担。”

鲁斯兰透露，今年首九个月移民局共遣返约四万二千名外籍人士，其中印尼籍最多，其次为孟加拉籍和缅甸籍。目前全国扣留营仍关押约一万五千人。

人权组织则呼吁政府审慎处理缅甸籍人士的遣返，指出当中可能有人是因逃避战乱而来，应交由联合国难民署进行甄别。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h9b-zh-017",
    lang: "zh",
    style: "chinese-outlet-quote-led",
    title: "巴基斯坦官员：“58名同胞已经从美国回到家”",
    published: "2026-05-08",
    text: `“周四上午，一架从美国得克萨斯州达拉斯起飞的包机载着58名巴基斯坦公民降落在伊斯兰堡国际机场，”巴基斯坦内政部联邦调查局移民事务负责人阿里夫·汗7日晚间对媒体说，“他们全部经过身份核实，其中9人因涉嫌使用伪造证件出境，已被移交调查。”

阿里夫·汗说：“这些人大多数是通过人贩子经海湾国家、南美辗转抵达美国边境的，每人付了三百万到五百万卢比不等。我们希望这次遣返能让更多年轻人明白，这条路走不通。”

他还说，内政部正与美方协调下一批遣返，“名单上还有一百多人”，但具体时间尚未确定。

据巴基斯坦官方统计，去年共有约三千名巴基斯坦人从欧洲、海湾国家和美国被遣返，其中从沙特阿拉伯遣返的人数最多。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PK"],
      people: { value: 58, approx: false },
      departure: ["得克萨斯州达拉斯"],
      arrival: ["伊斯兰堡国际机场"],
      date: "2026-05-07",
    },
  },
  {
    id: "h9b-zh-018",
    lang: "zh",
    style: "traditional-chinese-outlet-hk",
    title: "美遣返機抵馬尼拉 八十多名菲律賓人返國",
    published: "2025-10-02",
    text: `【本報訊】菲律賓外交部昨日證實，一架由美國移民及海關執法局安排的包機本周一降落馬尼拉尼諾伊·阿基諾國際機場，機上八十多名被遣返的菲律賓人已全部入境。班機由加州起飛，途中曾停留夏威夷。

菲律賓外交部副部長德拉克魯斯表示，被遣返者當中有二十餘人持有美國刑事紀錄，其餘多為逾期居留者。當局已安排社福部及海外勞工福利署人員在機場提供臨時住宿和交通津貼。

德拉克魯斯說，目前估計在美國沒有合法身分的菲律賓人約有三十七萬，政府「不希望看到大規模遣返」，但會尊重美國的法律程序。他呼籲在美菲人若收到移民法庭通知，應盡快聯絡領事館。

菲律賓是全球最大的勞務輸出國之一，約有十八萬菲律賓人在香港從事家務工作。近月也有菲律賓人從日本、南韓等地被遣返，但規模較小。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 80, approx: true },
      departure: ["加州"],
      arrival: ["尼諾伊·阿基諾國際機場"],
      date: "2025-09-29",
    },
  },
  {
    id: "h9b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "华裔男子遭遣返搭民航班机回国 家属：事前毫无通知",
    published: "2026-06-05",
    text: `【本报记者何思远纽约报道】居住在纽约法拉盛的福建籍男子陈某（52岁）本月初在曼哈顿联邦大楼例行报到时被移民官员拘留，三天后即被押上一架飞往北京的民航班机遣返。其妻子3日向本报表示，全家事前“完全没有收到任何通知”。

陈某2001年持旅游签证入境，庇护申请于2010年被驳回，此后一直按规定每年报到。他的律师说，当事人的两个孩子都是美国公民，正在申请的暂缓遣返案件尚未获得答复。

移民与海关执法局纽约办公室在回复本报查询时表示，当事人持有有效的最终遣返令，遣返“依法执行”。

纽约华人社区组织统计，今年以来已有至少二十多名华人在例行报到时被拘留，多数被转押至新泽西州和路易斯安那州的拘留中心。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h9b-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "【評論】遣返數字背後，是一個個被拆散的家庭",
    published: "2025-08-29",
    text: `文／梁子健（資深移民律師）

每當美國國土安全部發布新的遣返統計，新聞標題總是聚焦在數字上：一個財政年度遣返幾十萬人、航班飛往一百多個國家、「創下十年新高」。但在我的辦公室裡，這些數字是一張張哭紅的臉。

上個月，一位在美國生活了二十年的客戶問我：「如果我被送回去，我的女兒怎麼辦？」她的女兒今年十一歲，是美國公民，英文是她唯一流利的語言。這樣的問題，我沒有好的答案。

移民法庭目前積壓的案件已超過三百七十萬宗，一宗庇護案件從立案到判決，平均要等四年以上。當程序這麼漫長，卻又可以在一次例行報到後就突然結束，人們對法律的信任只會愈來愈低。

我並不是主張開放邊境。任何國家都有權決定誰可以留下。但執法應該有優先順序，應該把資源放在真正危害社會的人身上，而不是那些每年按時報到、繳稅、養家的普通人。

政府若真想解決問題，就該增加移民法官、讓程序加快，而不是只以遣返人數作為政績。數字會被遺忘，但被拆散的家庭不會。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h9b-es-001",
    lang: "es",
    style: "spanish-outlet-chile",
    title: "Una veintena de chilenos deportados desde Estados Unidos aterriza en Santiago",
    published: "2024-11-14",
    text: `Una veintena de ciudadanos chilenos expulsados por las autoridades migratorias de Estados Unidos llegó en la madrugada del miércoles al aeropuerto Arturo Merino Benítez, en un vuelo chárter contratado por el Servicio de Inmigración y Control de Aduanas (ICE) que había despegado de Miami horas antes.

Según informó la Policía de Investigaciones (PDI), los pasajeros fueron sometidos a un control de identidad en la zona de llegadas internacionales y tres de ellos quedaron a disposición de la justicia por tener órdenes de detención vigentes por delitos cometidos en Chile antes de emigrar.

"Se trata de un procedimiento que se coordina con bastante anticipación con la embajada estadounidense", explicó el subprefecto Rodrigo Valenzuela, de la Jefatura Nacional de Migraciones. Añadió que la mayoría de los retornados había ingresado a Estados Unidos con el programa de exención de visas y permaneció más tiempo del autorizado.

La llegada del vuelo coincide con el debate sobre el programa Visa Waiver, del que Chile forma parte desde 2014 y que Washington ha advertido que podría revisar si aumentan los casos de chilenos vinculados a robos a viviendas en ciudades como Los Ángeles o Houston.

En paralelo, el Gobierno chileno ha concretado este año siete vuelos de expulsión propios, en aviones de la Fuerza Aérea, con más de 900 extranjeros, principalmente venezolanos, colombianos y peruanos condenados por delitos en el país.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CL"],
      people: { value: 20, approx: true },
      departure: ["Miami"],
      arrival: ["aeropuerto Arturo Merino Benítez"],
      date: "2024-11-13",
    },
  },
  {
    id: "h9b-es-002",
    lang: "es",
    style: "spanish-outlet-ecuador",
    title: "¿Quiénes son los 113 ecuatorianos que llegaron deportados a Latacunga?",
    published: "2025-01-30",
    text: `Eran las 14:20 del martes 28 de enero cuando el avión blanco, sin logotipos visibles, tocó la pista del aeropuerto Cotopaxi, en Latacunga. A bordo venían 113 ecuatorianos deportados por Estados Unidos: 94 hombres y 19 mujeres, según el reporte que la Cancillería difundió esa misma noche.

La aeronave había partido de Mesa, Arizona, con una escala técnica en Panamá. Al bajar, los migrantes fueron recibidos por personal del Ministerio de Relaciones Exteriores y Movilidad Humana, que les entregó un kit de alimentos y les ofreció transporte hasta la terminal terrestre de Latacunga.

La mayoría proviene de Azuay, Cañar y Morona Santiago, provincias con una larga tradición migratoria. "Pagué 17.000 dólares al coyote y me agarraron a los tres días de cruzar", contó Wilson, de 27 años, oriundo de Biblián, mientras esperaba a su hermano en el estacionamiento.

Según cifras oficiales, en 2024 Ecuador recibió 72 vuelos de deportación desde Estados Unidos con más de 8.000 personas. La Cancillería prevé que esa cifra aumente este año, aunque no ha precisado cuántos vuelos están programados para febrero.

El viceministro de Movilidad Humana, Andrés Castillo, pidió a los ecuatorianos que piensen en emigrar que "no arriesguen su vida ni su patrimonio" y recordó que existen programas de reinserción laboral para los retornados.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 113, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["aeropuerto Cotopaxi"],
      date: "2025-01-28",
    },
  },
  {
    id: "h9b-es-003",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un vuelo para devolver a 52 mauritanos llegados en cayuco a Canarias",
    published: "2026-02-20",
    text: `El Ministerio del Interior ha repatriado este jueves a 52 ciudadanos mauritanos que habían llegado a Canarias en cayuco durante las últimas semanas, en un vuelo fletado que despegó del aeropuerto de Gran Canaria con destino a Nuadibú, según han confirmado fuentes policiales.

Se trata del tercer vuelo de devolución a Mauritania en lo que va de año, en virtud del acuerdo de readmisión firmado entre Madrid y Nuakchot. Los migrantes, todos varones adultos, habían permanecido en el Centro de Atención Temporal de Extranjeros de Lanzarote antes de ser trasladados a Gran Canaria.

Organizaciones como CEAR han criticado la rapidez de las devoluciones y alertan de que algunos de los repatriados podrían tener derecho a protección internacional. "No se garantiza una entrevista individualizada con asistencia letrada", señaló una portavoz de la organización.

Según datos del Ministerio del Interior, en 2025 llegaron a Canarias de forma irregular algo más de 31.000 personas, un descenso notable respecto al año anterior, atribuido en parte a la cooperación con Mauritania y Senegal en el control de las salidas.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h9b-es-004",
    lang: "es",
    style: "spanish-outlet-mexico-live-blog",
    title: "EN VIVO | Llega a Villahermosa vuelo con connacionales deportados de EU",
    published: "2025-07-08",
    text: `07:45 — Buenos días. Seguimos desde el Aeropuerto Internacional Carlos Rovirosa Pérez, en Villahermosa, la llegada de un nuevo vuelo de repatriación desde Estados Unidos. Personal del Instituto Nacional de Migración (INM) y del programa "México te abraza" ya instaló mesas de atención en la terminal de carga.

08:30 — Fuentes de la Secretaría de Gobernación confirman que el avión despegó de madrugada de Brownsville, Texas. No se ha informado oficialmente cuántas personas vienen a bordo.

09:52 — Aterriza el vuelo. Un funcionario del INM confirma a este medio que a bordo vienen 136 connacionales, 121 hombres y 15 mujeres, la mayoría originarios de Veracruz, Chiapas y Oaxaca.

10:40 — Los repatriados reciben una tarjeta del programa Bienestar con 2 mil pesos, una constancia de repatriación y la opción de trasladarse en autobús a sus estados de origen.

11:15 — Recordamos que la semana pasada llegó otro vuelo similar a Tapachula con 128 personas. Según el INM, en lo que va del año se han recibido más de 70 mil mexicanos repatriados por vía terrestre y aérea, la gran mayoría por los cruces fronterizos de Tamaulipas y Baja California.

11:30 — Hasta aquí nuestra cobertura en vivo. Gracias por acompañarnos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 136, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Aeropuerto Internacional Carlos Rovirosa Pérez"],
      date: "2025-07-08",
    },
  },
  {
    id: "h9b-es-005",
    lang: "es",
    style: "near-miss",
    title: "INM devuelve a 117 venezolanos en vuelo desde Villahermosa a Caracas",
    published: "2025-09-30",
    text: `El Instituto Nacional de Migración (INM) informó que el lunes devolvió a su país a 117 ciudadanos venezolanos en un vuelo que despegó del aeropuerto de Villahermosa, Tabasco, con destino a Maiquetía, como parte del programa de retorno asistido que México mantiene con el Gobierno de Venezuela.

De acuerdo con el comunicado, los migrantes habían sido localizados en los estados de Chiapas, Tabasco y Veracruz sin documentos que acreditaran su estancia regular en el país. Todos firmaron su conformidad con el retorno, aseguró el instituto.

Es el quinto vuelo de este tipo en el año. En los anteriores, el INM trasladó a más de 500 venezolanos, además de grupos de colombianos y ecuatorianos devueltos a Bogotá y Guayaquil.

Organizaciones defensoras de migrantes en Tapachula señalaron que muchos de los devueltos habían desistido de llegar a la frontera norte ante el endurecimiento de las políticas de Estados Unidos, y que algunos esperaban regularizar su situación en México.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h9b-es-006",
    lang: "es",
    style: "spanish-outlet-uruguay",
    title: "Llegará el jueves a Carrasco el primer vuelo con uruguayos deportados de Estados Unidos",
    published: "2026-03-03",
    text: `Once uruguayos expulsados por Estados Unidos llegarán este jueves al Aeropuerto Internacional de Carrasco en un vuelo chárter contratado por el Servicio de Inmigración y Control de Aduanas (ICE), según confirmó a este diario la Dirección General para Asuntos Consulares y Vinculación de la Cancillería.

Será la primera vez que un avión fletado por el gobierno estadounidense aterrice en Uruguay con deportados. Hasta ahora, los pocos uruguayos expulsados regresaban en vuelos comerciales, acompañados por agentes, con escala en Panamá o San Pablo.

El avión saldrá de Alexandria, Luisiana, y hará una escala técnica para cargar combustible antes de llegar a Montevideo. Según la Cancillería, ocho de los once tienen entre 25 y 40 años y la mayoría ingresó a Estados Unidos con visa de turista y se quedó a trabajar en la construcción o en la gastronomía.

"Vamos a estar en el aeropuerto con el equipo del Mides para darles una primera atención y facilitar el contacto con sus familias", dijo la directora general, Lucía Fernández.

Se estima que unos 30.000 uruguayos viven en situación irregular en Estados Unidos, sobre todo en Nueva Jersey y Florida. En 2025 fueron deportados 74 uruguayos, casi el doble que el año anterior.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["UY"],
      people: { value: 11, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Carrasco"],
      date: "2026-03-05",
    },
  },
  {
    id: "h9b-es-007",
    lang: "es",
    style: "spanish-outlet-us-tv",
    title: "Venezuela reanudará la recepción de vuelos de deportación desde EEUU",
    published: "2025-06-11",
    text: `El gobierno de Venezuela anunció este martes que reanudará la recepción de vuelos con migrantes venezolanos deportados desde Estados Unidos, dos semanas después de haberla suspendido en protesta por lo que calificó como "tratos crueles" a sus connacionales en centros de detención estadounidenses.

El anuncio lo hizo el ministro de Relaciones Exteriores en un mensaje transmitido por la televisión estatal, en el que afirmó que la decisión se tomó "por razones humanitarias, para traer de vuelta a nuestros hermanos que están secuestrados en cárceles del norte". No precisó cuándo aterrizará el próximo avión.

La suspensión había dejado en el limbo a cientos de venezolanos con órdenes de deportación que permanecían en centros de detención de Texas y Luisiana, según abogados consultados por nuestro equipo de noticias.

Desde febrero, cuando se restablecieron los vuelos directos tras años de interrupción, han llegado al aeropuerto de Maiquetía más de una veintena de aviones con deportados, de acuerdo con cifras del programa oficial Vuelta a la Patria. Otros venezolanos fueron enviados a terceros países, entre ellos El Salvador y Honduras.

El Departamento de Seguridad Nacional (DHS) no respondió de inmediato a una solicitud de comentarios. En anteriores ocasiones, el gobierno del presidente Donald Trump ha amenazado con sanciones a los países que se nieguen a recibir a sus ciudadanos deportados.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-06-10",
    },
  },
  {
    id: "h9b-es-008",
    lang: "es",
    style: "spanish-outlet-cuba-government-communique",
    title: "Nota informativa del Ministerio del Interior sobre la devolución de migrantes irregulares",
    published: "2026-04-24",
    text: `El Ministerio del Interior informa que el 23 de abril, por vía aérea, fueron devueltos a Cuba 43 migrantes irregulares desde los Estados Unidos, en correspondencia con los acuerdos migratorios vigentes entre ambos países. El vuelo arribó al Aeropuerto Internacional José Martí, de La Habana.

Del total de retornados, 37 son hombres y 6 mujeres. Tres de ellos fueron identificados como presuntos autores de hechos delictivos cometidos antes de su salida ilegal del país, por lo que quedaron a disposición de los órganos de instrucción.

Con esta operación suman 19 las devoluciones realizadas en el presente año desde los Estados Unidos, Bahamas, México, Islas Caimán y República Dominicana, con un total de 1 215 migrantes irregulares retornados por vías aérea y marítima.

El Ministerio del Interior reitera su disposición a cumplir con los compromisos bilaterales en materia migratoria y alerta sobre los peligros de las salidas ilegales, que ponen en riesgo la vida de las personas y estimulan el tráfico de migrantes.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 43, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2026-04-23",
    },
  },
  {
    id: "h9b-es-009",
    lang: "es",
    style: "spanish-outlet-paraguay",
    title: "Paraguay firma con Estados Unidos un acuerdo para recibir solicitantes de asilo de otros países",
    published: "2025-11-27",
    text: `El Gobierno paraguayo firmó el miércoles en Asunción un acuerdo con Estados Unidos por el cual el país se compromete a recibir a solicitantes de asilo de otras nacionalidades que Washington decida trasladar, mientras se tramitan sus pedidos de protección.

El documento fue rubricado por el canciller y por el subsecretario de Estado adjunto para Asuntos del Hemisferio Occidental en una ceremonia breve en el Palacio de López. Según la Cancillería, el acuerdo "no implica la instalación de centros de detención" y establece que Paraguay podrá rechazar casos individuales por razones de seguridad.

El texto no fija un número de personas ni una fecha para los primeros traslados. Fuentes diplomáticas indicaron que en una primera etapa se trataría de "grupos reducidos", principalmente de familias de origen latinoamericano.

La oposición cuestionó la falta de debate en el Congreso. "Paraguay no tiene hoy capacidad para atender a su propia población vulnerable", dijo la senadora Mirta Benítez, del Partido Liberal Radical Auténtico.

Con este convenio, Paraguay se suma a Guatemala, Honduras y Uganda, entre otros países que en los últimos meses aceptaron acuerdos similares con la administración de Donald Trump.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-11-26",
    },
  },
  {
    id: "h9b-es-010",
    lang: "es",
    style: "spanish-outlet-honduras",
    title: "Aterriza en Palmerola vuelo con 64 migrantes de Venezuela, Nicaragua y Cuba enviados por EE. UU.",
    published: "2026-01-21",
    text: `COMAYAGUA. Un avión contratado por el Servicio de Inmigración y Control de Aduanas de Estados Unidos aterrizó el lunes en el Aeropuerto Internacional de Palmerola con 64 migrantes que no son hondureños: 38 venezolanos, 17 nicaragüenses y 9 cubanos, informó el Instituto Nacional de Migración (INM).

La aeronave había salido de Harlingen, Texas. Es el segundo vuelo de este tipo desde que Honduras aceptó, en virtud de un acuerdo con Washington, servir de país de tránsito para migrantes de terceros países mientras se gestiona su retorno a sus naciones de origen.

Según el INM, los extranjeros fueron trasladados en autobuses a un albergue temporal en Tegucigalpa, donde recibirán atención de la Organización Internacional para las Migraciones (OIM). Los venezolanos deberían continuar hacia Caracas en un vuelo de conexión en los próximos días; no hay fecha para los nicaragüenses ni para los cubanos.

Ese mismo día llegaron a San Pedro Sula otros dos vuelos con 112 hondureños retornados, lo que elevó a más de 2.300 las personas recibidas en lo que va de enero, según el Centro de Atención al Migrante Retornado.

"Honduras está cumpliendo con su palabra, pero necesitamos que la cooperación prometida llegue", declaró el viceministro de Seguridad, Carlos Ordóñez, en el aeropuerto.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      nationalities: ["VE", "NI", "CU"],
      people: { value: 64, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional de Palmerola"],
      date: "2026-01-19",
    },
  },
];
