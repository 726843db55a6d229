// Held-out news corpus no. 10 (part b). Only ever SCORED, never tuned to: nobody may adjust the
// extractor to these articles. Written by a writer who read only app/domain/news-corpus/types.ts (not
// the extractor, its tests, the other corpus files or docs/alerts.md). Every name, quote and number in
// these articles is invented; no sentence is taken from any outlet.

import type { CorpusArticle } from "./types";

export const HOLDOUT10B: CorpusArticle[] = [
  {
    id: "h10b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "国家移民管理局：一批非法滞留美国的中国籍人员被遣返回国",
    published: "2025-06-13",
    text: `本报北京6月13日电（记者 郑立帆）记者从国家移民管理局获悉，6月12日下午，一架美方包机载着87名非法滞留美国的中国籍人员降落在广州白云国际机场。这是今年以来我国接收的第四批自美遣返人员。

国家移民管理局有关负责人表示，经核查，上述人员均为中国公民，大多通过“走线”方式经第三国非法进入美国，其中不少人曾向偷渡中介支付数万元至二十余万元不等的费用。移民管理机构已会同公安、卫生健康等部门做好接收和后续处置工作。

该负责人说，近年来，我国坚决打击组织、运送他人偷渡等违法犯罪活动，仅去年一年就侦破相关案件1400余起，抓获犯罪嫌疑人3100余名。“我们提醒广大群众，切勿轻信‘包过境、包就业’的虚假承诺，”他说，“非法移民之路风险极高，最终难逃被遣返的结局。”

据了解，中美双方自去年以来已多次开展遣返合作。美方公布的数据显示，上一财年美国南部边境查获的中国籍人员超过3.2万人次，较疫情前增长逾十倍。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 87, approx: false },
      departure: [],
      arrival: ["广州白云国际机场"],
      date: "2025-06-12",
    },
  },
  {
    id: "h10b-zh-002",
    lang: "zh",
    style: "near-miss",
    title: "日本包機遣返斯里蘭卡籍逾期居留者 入管廳：今年第三度",
    published: "2025-09-26",
    text: `（中央社記者林孟潔東京26日專電）日本出入國在留管理廳今天表示，一架包機25日晚間從成田機場起飛，將41名遭強制出境處分的斯里蘭卡籍人士送返可倫坡，這是日本今年第三度以包機方式執行集體遣返。

入管廳官員說，這批人當中多數是逾期居留，也有數人曾多次申請難民認定遭駁回。依照去年6月施行的修正入管法，申請難民認定三次以上者原則上不再暫停遣返程序。

據統計，日本去年共有約7200人被強制出境，其中以越南、泰國、中國籍居多；以包機方式集體遣返的對象國則包括斯里蘭卡、菲律賓與越南。

支援外籍人士的團體「共生之橋」代表佐藤由紀批評，政府「只看數字，不看每個人背後的處境」。她指出，與美國、英國近年動輒上百人的遣返包機相比，日本規模雖小，但程序透明度同樣不足。`,
    expect: { relevant: false },
  },
  {
    id: "h10b-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返機載逾百亞洲移民抵哥斯達黎加 包括中國及阿富汗人",
    published: "2026-02-20",
    text: `【本報綜合報道】一架由美國聖地牙哥起飛的遣返航班，周四晚降落哥斯達黎加首都聖荷西的胡安·聖瑪利亞國際機場，機上約有一百四十名移民，分別來自中國、阿富汗、伊朗及越南等國，當中近半數是未成年人。

哥斯達黎加副內政部長拉米雷斯（Óscar Ramírez Vega）表示，這批移民抵埗後隨即被安排乘旅遊巴前往南部邊境附近的臨時收容中心，最長可留置六星期，期間由國際移民組織協助安排返回原籍國，費用全數由美方承擔。

「我們不是終點站，只是一個中轉站，」拉米雷斯對記者說。他強調，哥國不會強迫任何人返回可能遭受迫害的國家。

人權組織則質疑，部分移民根本不知道自己被送往何處。一名代表收容者的律師透露，有伊朗籍婦女直至飛機降落才得知目的地是中美洲。

巴拿馬上周亦接收了一批來自第三國的被遣返者，人數約三百人，部分人其後被轉送至達連省的營地。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "AF", "IR", "VN"],
      people: { value: 140, approx: true },
      departure: ["聖地牙哥"],
      arrival: ["胡安·聖瑪利亞國際機場"],
      date: "2026-02-19",
    },
  },
  {
    id: "h10b-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国遣返包机抵塔什干 机上还有吉尔吉斯和哈萨克公民",
    published: "2025-11-03",
    text: `（塔什干综合电）乌兹别克斯坦外交部发言人图尔苏诺夫昨天在社交媒体上说，一架从纽约起飞的美方遣返包机周六晚间降落塔什干国际机场，机上共有92人。

发言人说，机上除了乌兹别克公民之外，还有11名吉尔吉斯斯坦公民和6名哈萨克斯坦公民，他们将在塔什干稍作停留后经陆路或转机返回本国。他形容这次行动“体现了两国在移民领域的互信”。

美国驻乌兹别克斯坦大使馆在声明中感谢乌方的配合，并重申没有合法居留依据的人将被遣返。使馆没有透露包机费用由哪一方承担。

据美方去年底公布的数字，有最终遣返令的中亚国家公民中，乌兹别克斯坦人约有1100名，人数居五国之首。塔吉克斯坦今年春季也曾接收过类似的美方包机。

分析人士指出，中亚各国近年与华盛顿的关系持续升温，在遣返问题上的合作被视为双方“务实外交”的一部分。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      nationalities: ["KG", "KZ"],
      people: { value: 92, approx: false },
      departure: ["纽约"],
      arrival: ["塔什干国际机场"],
      date: "2025-11-01",
    },
  },
  {
    id: "h10b-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "寮國同意接收美國遣返者 雙方簽署合作備忘錄",
    published: "2025-08-08",
    text: `（中央社記者吳冠廷曼谷8日專電）寮國外交部7日發表聲明指出，寮國政府已與美國簽署移民事務合作備忘錄，同意接收經核實身分、在美國被法院裁定遣返的寮國公民。

聲明說，雙方將建立身分查核與旅行證件核發機制，「以人道、有序的方式」處理遣返事宜。聲明未提及首批遣返的時間與人數。

根據美國移民及海關執法局（ICE）資料，目前約有4100名寮國籍人士持有最終遣返令，其中許多人是1980年代以難民身分隨家人赴美、後來因刑事案件喪失居留資格的苗族與寮族後裔。

寮國過去長期以無法確認身分為由，拒絕簽發旅行證件，美國曾因此對寮國官員實施簽證限制。鄰近的柬埔寨與緬甸也曾因類似原因被華府點名。

旅居美國明尼蘇達州的苗族社群團體對消息表達憂慮。一名社團負責人說：「很多人一輩子沒去過寮國，連寮語都不會說。」`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["LA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-07",
    },
  },
  {
    id: "h10b-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方将派包机遣返印尼籍移民 预计下周四抵达雅加达",
    published: "2026-03-18",
    text: `【本报讯】印度尼西亚外交部领事司官员周二表示，美国移民与海关执法局（ICE）计划于下周四派出一架包机，将约六十名印尼公民从路易斯安那州送返雅加达苏加诺-哈达国际机场。

这名官员说，印尼驻华盛顿和驻洛杉矶使领馆已完成对相关人员的身份核实，其中大部分人是签证逾期滞留者，少数人有刑事记录。“我们的首要任务是确保同胞得到有尊严的对待，”他说。

据估计，目前在美国无合法身份的印尼人约有两万人，主要集中在加州、纽约州和宾夕法尼亚州。过去两年，印尼籍被遣返者大多搭乘商业航班分批回国，以包机方式集体遣返尚属少见。

纽约一个印尼侨团的负责人苏蒂奥诺说，近几个月来社区里人心惶惶，“有人连超市都不敢去”。他呼吁同乡主动咨询律师，了解自己的权利。

东南亚其他国家中，菲律宾和越南今年也先后接收过美方遣返航班。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["ID"],
      people: { value: 60, approx: true },
      departure: ["路易斯安那州"],
      arrival: ["苏加诺-哈达国际机场"],
      date: "2026-03-26",
    },
  },
  {
    id: "h10b-zh-007",
    lang: "zh",
    style: "near-miss",
    title: "移民局遣返逾千缅甸非法移民 分批乘包机及船只离境",
    published: "2025-10-15",
    text: `（吉隆坡14日讯）大马移民局总监拿督扎卡里亚今日在记者会上宣布，移民局将在本月内分三批遣返1180名缅甸籍非法移民，首批420人已于今早乘搭包机从吉隆坡国际机场飞往仰光。

他说，其余两批将分别从巴生港和槟城乘船离境。这些人大多是在全国各地扣留营被关押超过半年的非法入境者，当中包括约90名妇女和儿童。

扎卡里亚表示，今年首九个月，移民局已遣返超过3万5000名外籍非法移民，主要来自印尼、缅甸、孟加拉和菲律宾。“扣留营的容量有限，我们必须加快遣返，”他说。

对于有非政府组织质疑部分缅甸人回国后可能面临危险，他回应说，遣返对象都是“自愿回国”或已完成相关法律程序者，联合国难民署登记的难民不在遣返之列。

另一方面，他也提到美国近月以第三国安置方式处理遣返个案的做法，但强调大马“目前没有接获任何相关要求”。`,
    expect: { relevant: false },
  },
  {
    id: "h10b-zh-008",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "【新聞簡報】美國遣返航班抵河內 載約百名越南人",
    published: "2025-04-22",
    text: `早晨新聞簡報，現在是早上八點正。

首先是國際新聞。越南外交部表示，一架美國移民及海關執法局的包機今日凌晨降落河內內排國際機場，機上約有一百名越南公民，是今年以來第二班由美國飛抵越南的遣返航班。越方說，當局已為抵達者辦理入境手續並安排返回原籍省份。根據兩國2008年簽署的協議，1995年以前抵美的越南人原則上不在遣返之列。

泰國方面，北部清邁一帶連日暴雨，當局表示已有約三千戶居民需要疏散。

本地消息，天文台預測今日大致多雲，有一兩陣驟雨，最高氣溫約二十七度。

下一節新聞簡報在九點正。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["河內內排國際機場"],
      date: "2025-04-22",
    },
  },
  {
    id: "h10b-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "一百二十余名塔吉克斯坦公民被美国遣返 包机抵达杜尚别",
    published: "2025-12-09",
    text: `据塔吉克斯坦官方通讯社报道，本月7日清晨，一架由美方安排的包机在杜尚别国际机场降落，机上载有一百二十余名在美国非法滞留或被法院下令遣返的塔吉克斯坦公民。

报道说，包机从亚利桑那州梅萨起飞，中途经停加油，全程飞行约二十小时。塔吉克斯坦移民局和内务部派员在机场为抵达者办理手续，其中数人因在国内涉嫌刑事案件被警方带走问话。

塔吉克斯坦外交部副部长拉希莫夫说，政府“欢迎同胞回家”，同时呼吁仍在海外的公民遵守所在国法律。他透露，目前仍有约三百名塔吉克斯坦人在美国移民拘留设施中等待处理。

多年来，塔吉克斯坦劳务移民主要流向俄罗斯，但近年来经土耳其、墨西哥等地前往美国的人数明显增加。今年早些时候，邻国乌兹别克斯坦曾自费包机接回一批本国及周边国家公民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TJ"],
      people: { value: 120, approx: true },
      departure: ["亚利桑那州梅萨"],
      arrival: ["杜尚别国际机场"],
      date: "2025-12-07",
    },
  },
  {
    id: "h10b-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "蒙古国与美国就遣返合作达成一致",
    published: "2026-01-16",
    text: `本报乌兰巴托1月15日电（记者 巴特尔）蒙古国外交部15日宣布，蒙方已同意接收在美国被裁定遣返的蒙古国公民，并将与美方建立定期的身份核查机制。

蒙古国外交部发言人在新闻发布会上说，双方经过数月磋商，就遣返人员的身份确认、旅行证件签发和接收安排达成共识。他表示，遣返将“分批、有序”进行，具体时间将另行通知。

据蒙方估算，目前在美国居住的蒙古国公民约有3万人，其中持有最终遣返令者约数百名。近年来，不少蒙古国年轻人以旅游签证赴美后逾期滞留，主要在芝加哥、丹佛和旧金山湾区打工。

分析人士认为，这一决定与美方此前宣布可能对部分国家收紧签证有关。哈萨克斯坦、吉尔吉斯斯坦等中亚国家去年已先后与美方达成类似安排。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-15",
    },
  },
  {
    id: "h10b-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "「我們接回的是自己的孩子」東加警方談美國遣返航班",
    published: "2025-07-30",
    text: `（綜合外電報導）「上週六從檀香山飛來的那架包機，把二十七名同胞送回富阿阿莫圖國際機場。我們接回的是自己的孩子，不是罪犯，」東加王國警察總監塔烏法（Sione Taufa）週二在努瓜婁發（Nuku'alofa）接受電台訪問時這麼說。

塔烏法說：「他們當中有人十歲不到就跟著父母去了美國，現在三十多歲才第一次回到這裡，很多人連東加語都說不流利。我們已經和教會、家屬一起準備了住處，也會協助他們找工作。」

他坦言，警方同時會掌握其中有暴力犯罪紀錄者的動向。「社會需要安全，這些年輕人也需要機會，兩者並不衝突，」他說。

東加人口約十萬，另有數萬人旅居美國、紐西蘭和澳洲。鄰國薩摩亞去年也曾接收數批自美國遣返的公民，當地官員曾呼籲國際援助以協助安置。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TO"],
      people: { value: 27, approx: false },
      departure: ["檀香山"],
      arrival: ["富阿阿莫圖國際機場"],
      date: "2025-07-26",
    },
  },
  {
    id: "h10b-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "又一架美国遣返航班降落阿姆利则 旁遮普邦官员称机上多为年轻男性",
    published: "2025-03-03",
    text: `（新德里综合报道）印度旁遮普邦官员证实，又一架载有被美国遣返的印度公民的航班近日降落在阿姆利则，这是近一个多月来抵达该市的第四架同类航班。

旁遮普邦一名警官说，机上共有112名印度公民，其中来自哈里亚纳邦的有45人，旁遮普邦33人，古吉拉特邦21人，其余来自北方邦、马哈拉施特拉邦等地。他们当中绝大多数是二三十岁的男性，多人向警方表示曾向中介支付四五百万卢比的“路费”。

据机场方面透露，这架从圣安东尼奥起飞的航班于周六深夜降落斯里古鲁拉姆达斯吉国际机场，抵达者在完成入境和背景审查后于次日凌晨陆续离开。

此前三架航班共遣返了约三百三十人。有返回者称在飞行途中被戴上手铐和脚镣，印度反对党就此在议会提出质询。外交部长回应说，政府已要求美方在遣返过程中“不得虐待”印度公民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 112, approx: false },
      departure: ["圣安东尼奥"],
      arrival: ["斯里古鲁拉姆达斯吉国际机场"],
      date: "2025-03-01",
    },
  },
  {
    id: "h10b-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "中国留学生入境洛杉矶遭拒 被安排搭乘民航班机返沪",
    published: "2025-09-05",
    text: `（本报洛杉矶讯）一名持F-1学生签证、准备到南加州一所大学攻读硕士的中国籍女生，本周二抵达洛杉矶国际机场后在入境检查时被拒，随后被海关与边境保护局（CBP）人员安排搭乘一班民航客机返回上海浦东。

据协助家属的律师王启明说，这名22岁的学生在二次检查中被询问长达六个小时，手机也被检查，最终以“入境目的存疑”为由被撤销签证。“她没有任何违法记录，学校的录取和奖学金文件也都齐全，”王启明说。

中国驻洛杉矶总领馆发言人表示，已关注到此事，并提醒赴美留学人员出行前做好准备。今年以来，类似的个案在洛杉矶、旧金山、休斯敦等口岸已发生多起。

CBP在回复媒体查询时表示，不对个案发表评论，但强调入境检查官员“有权依法决定任何旅客是否可获准入境”。`,
    expect: { relevant: false },
  },
  {
    id: "h10b-zh-014",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美擬本月底派包機遣返菲律賓人 馬尼拉：已備妥接收",
    published: "2026-05-12",
    text: `【本報訊】菲律賓移民局今日表示，已接獲美國國土安全部通知，一架載有約80名菲律賓人的遣返包機預定本月28日從艾爾帕索起飛，飛抵馬尼拉尼諾伊·阿基諾國際機場。

移民局發言人桑多瓦爾（Dana Sandoval）說，局方已聯同海外勞工部、社會福利部及警方成立接收小組，抵達者將獲發交通津貼，並可申請就業及心理輔導服務。「他們是我們的同胞，無論因何原因回來，都應該得到尊重，」她說。

菲律賓外交部估計，在美國沒有合法身份的菲律賓人約有35萬，是亞洲第三大無證移民群體，僅次於印度人及中國人。外交部上月已呼籲旅美菲人「切勿鋌而走險」，並提供法律諮詢熱線。

美方自去年起加強遣返亞洲國家公民，除菲律賓外，亦曾向越南、印尼及柬埔寨派出包機。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["PH"],
      people: { value: 80, approx: true },
      departure: ["艾爾帕索"],
      arrival: ["尼諾伊·阿基諾國際機場"],
      date: "2026-05-28",
    },
  },
  {
    id: "h10b-zh-015",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国第三国遣返再添一例 加纳接收十九名西非国家公民",
    published: "2025-09-12",
    text: `（阿克拉综合电）加纳外交部长在周四的记者会上证实，一架美方包机周三降落在阿克拉科托卡国际机场，将十九名被美国遣返的西非国家公民送抵加纳，其中包括尼日利亚人、冈比亚人和多哥人，没有一名加纳公民。

外长说，这批人将在加纳短暂停留，再由加纳方面协助经陆路或航空返回各自的国家。“西共体公民在成员国之间享有自由流动的权利，我们这样做是出于地区团结，”他说，并强调加纳没有从美方获得任何金钱回报。

据律师透露，这架包机从路易斯安那州亚历山大起飞，机上部分人曾获美国移民法官裁定不得遣返回原籍国，他们的代理律师已向联邦法院提出紧急动议。

美国国务院发言人表示，美方“感谢加纳的合作”。过去数月，美国已将数十名第三国公民送往南苏丹、卢旺达和埃斯瓦蒂尼等国，引发人权组织强烈批评。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM", "TG"],
      people: { value: 19, approx: false },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["科托卡国际机场"],
      date: "2025-09-10",
    },
  },
  {
    id: "h10b-zh-016",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方遣返包机抵达莫斯科 机上约四十名俄罗斯公民",
    published: "2026-04-25",
    text: `（莫斯科综合消息）俄罗斯外交部领事司消息人士证实，一架载有约四十名被美国遣返的俄罗斯公民的包机于当地时间24日晚降落莫斯科伏努科沃机场。

据俄媒报道，该包机从得克萨斯州埃尔帕索起飞，中途在埃及开罗经停后飞往莫斯科，机上人员大多是近年经墨西哥边境入境美国并申请庇护被拒者，其中包括数名逃避兵役的年轻男子。

一名人权律师表示，他的委托人曾在美国移民法庭陈述回国后可能因拒服兵役而遭起诉，但仍被驳回。“我们担心他们一下飞机就会被带走，”这名律师说。

俄罗斯外交部发言人此前表示，俄方“一贯愿意接收本国公民”，但批评美方拘留期间条件恶劣。去年以来，美俄之间的遣返航班已有多次，每次人数从二三十人到五十多人不等。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RU"],
      people: { value: 40, approx: true },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["伏努科沃机场"],
      date: "2026-04-24",
    },
  },
  {
    id: "h10b-zh-017",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "【即時更新】ICE包機遣返中國籍移民 降落福州",
    published: "2025-12-20",
    text: `【最新】（更新於美東時間20日上午7:45）本報記者向國土安全部求證，該部發言人僅表示「遣返行動依法進行」，未透露人數。

（更新於美東時間20日上午6:20）一名熟悉情況的人士向本報透露，機上約有九十多名中國籍人士，多數來自福建、浙江兩省，但這一說法未獲官方證實。

（更新於美東時間20日上午5:05）航班追蹤網站資料顯示，這架由ICE租用的波音767包機，已於北京時間20日下午降落福州長樂國際機場。包機此前從德州起飛。

（原文）據倡議團體「邊境觀察」追蹤，一架ICE包機正飛往中國，機上載有被遣返的中國籍移民。這將是本財年第三架飛往中國的大型遣返包機。

背景：美方數據顯示，過去一年在南部邊境被攔截的中國籍人士人數較前一年下降約四成。法拉盛一名移民律師說，近期不少當事人接到ICE約談通知，「社區裡的焦慮感明顯上升」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 90, approx: true },
      departure: ["德州"],
      arrival: ["福州長樂國際機場"],
      date: "2025-12-20",
    },
  },
  {
    id: "h10b-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "评论｜遣返数字背后，是谁在为“走线”买单",
    published: "2025-02-18",
    text: `作者：林一舟（媒体评论员）

每隔一段时间，关于“美国遣返多少人”的数字就会刷屏一次：一个财年十几万、二十几万，遣返航班飞往一百多个国家。数字越大，似乎越能说明某种“决心”。但数字本身，从来讲不清一个家庭为此付出了什么。

笔者接触过的不少“走线”者，出发前把老家的房子抵押了，又向亲戚借了几十万元。他们在厄瓜多尔落地，穿越达连丛林，在墨西哥被敲诈，最后在边境被拘留。等待他们的，很可能是一纸遣返令和一笔永远还不清的债。

真正应该被追问的，是那些在社交平台上兜售“美国梦”的中介。他们承诺“包过境”，收费动辄二三十万元，出了事便消失得无影无踪。打击偷渡链条，比统计遣返人数更重要。

当然，合法、有序的移民渠道同样需要拓宽。如果留学、工作、团聚的路越来越窄，铤而走险的人只会越来越多。数字会一直更新，但如果源头不变，故事也不会改变。`,
    expect: { relevant: false },
  },
  {
    id: "h10b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "問答：美國移民法庭積壓逾三百萬宗 被拘留者要等多久？",
    published: "2026-03-05",
    text: `美國移民法庭的待審案件數量持續高企。本報整理幾個常見問題，協助讀者了解現況。

問：現時積壓的案件有多少？
答：根據雪城大學數據中心的統計，截至今年1月，全美移民法庭待審案件約有三百二十萬宗，法官人數則約七百名，平均每名法官要處理四千多宗案件。

問：被拘留的人要等多久才能見到法官？
答：被拘留者的案件會優先排期，一般在數星期至數月內安排首次聆訊；沒有被拘留的人，首次聆訊可能要等兩三年，部分地區甚至排到2029年以後。

問：如果敗訴，是否會立即被遣返？
答：當事人可在三十天內向移民上訴委員會提出上訴，上訴期間一般不會執行遣返。但若被判處「快速遣返」，程序則大大縮短。

問：華人應該注意什麼？
答：律師建議，收到出庭通知後務必按時出席，缺席者往往會被缺席判決遣返；同時應妥善保存所有入境和申請文件，並盡早尋求合資格律師的協助。`,
    expect: { relevant: false },
  },
  {
    id: "h10b-zh-020",
    lang: "zh",
    style: "chinese-outlet",
    title: "四十年后“回到”金边：一名柬裔被遣返者的第一个早晨",
    published: "2025-05-28",
    text: `金边的早晨六点，天已经热了起来。四十三岁的索万·陈坐在一家接待中心的塑料椅上，手里攥着一个透明文件袋，里面是他全部的证件：一张美国加州驾照的复印件，和一张柬埔寨政府刚刚签发的临时身份证明。

“我两岁离开泰国的难民营，在加州长大，”他用夹着西班牙语口音的英语说，“我不会写高棉文，这里我一个人也不认识。”

索万是被美国遣返的31名柬埔寨人之一。他们搭乘的包机于5月23日降落金边国际机场，机上大多是童年时随家人以难民身份赴美、成年后因刑事定罪而失去绿卡的男子。索万二十岁时因参与一起抢劫被判入狱，出狱后在一家汽车修理厂工作了十五年，结婚生子，直到今年春天在例行报到时被移民局拘留。

接待中心负责人说，过去二十年，已有一千多名柬埔寨裔被美国遣返。“头三个月最难熬，”她说，“语言、工作、住处，还有和家人分离的痛苦。”

索万的妻子和两个孩子仍在加州斯托克顿。每天晚上，他会在网吧给他们打视频电话。“孩子问我什么时候回家，”他说，“我不知道怎么回答。”`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 31, approx: false },
      departure: [],
      arrival: ["金边国际机场"],
      date: "2025-05-23",
    },
  },
  {
    id: "h10b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan a Villahermosa 136 connacionales deportados desde Texas",
    published: "2025-02-27",
    text: `Villahermosa, Tab. — Un avión con 136 mexicanos repatriados por el gobierno de Estados Unidos aterrizó la tarde de este miércoles en el Aeropuerto Internacional Carlos Rovirosa Pérez, en la capital tabasqueña, informó el Instituto Nacional de Migración (INM).

La aeronave, operada por una aerolínea contratada por el Servicio de Inmigración y Control de Aduanas (ICE), despegó por la mañana de El Paso, Texas. Entre los pasajeros viajaban 119 hombres y 17 mujeres, en su mayoría originarios de Chiapas, Veracruz, Oaxaca y del propio Tabasco.

A su llegada, los connacionales recibieron una constancia de repatriación, atención médica, una llamada telefónica gratuita y boletos de autobús para volver a sus comunidades. Personal del Servicio Nacional de Empleo instaló un módulo con vacantes en la región. "Aquí nadie se va con las manos vacías", aseguró la delegada estatal del INM, Marisol Cornelio Ávalos.

Según cifras de la Unidad de Política Migratoria, en enero fueron repatriados desde Estados Unidos poco más de 17 mil mexicanos, la gran mayoría por vía terrestre a través de puntos como Tijuana, Ciudad Juárez y Nuevo Laredo. Los vuelos al interior del país, como el de este miércoles, suelen reservarse para personas originarias del sur y del centro.

Organizaciones que monitorean estos traslados señalaron que en la misma semana otras dos aeronaves partieron de Luisiana con guatemaltecos y hondureños.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 136, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional Carlos Rovirosa Pérez"],
      date: "2025-02-26",
    },
  },
  {
    id: "h10b-es-002",
    lang: "es",
    style: "government-communique",
    title: "IGM recibe vuelo con 118 guatemaltecos retornados",
    published: "2025-08-19",
    text: `Guatemala, 19 de agosto de 2025. Este martes, el Instituto Guatemalteco de Migración (IGM) recibió un vuelo procedente de Alexandria, Luisiana, Estados Unidos, con ciento dieciocho personas guatemaltecas retornadas, de las cuales ciento cuatro son hombres y catorce son mujeres. La aeronave aterrizó en la Fuerza Aérea Guatemalteca, donde las personas fueron atendidas en el Centro de Recepción de Retornados con alimentación, atención médica y orientación laboral.

Del 1 de enero al 18 de agosto, el IGM ha registrado 41 mil 237 guatemaltecos retornados desde Estados Unidos en 322 vuelos, así como 9 mil 560 retornados desde México por vía terrestre. El IGM reitera su compromiso de garantizar un retorno digno, seguro y ordenado a todos los connacionales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 118, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Fuerza Aérea Guatemalteca"],
      date: "2025-08-19",
    },
  },
  {
    id: "h10b-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Más de 120 deportados desde Estados Unidos llegaron a Latacunga en un nuevo vuelo",
    published: "2025-10-06",
    text: `Quito. Un nuevo vuelo con ecuatorianos deportados desde Estados Unidos aterrizó en el aeropuerto internacional Cotopaxi, en Latacunga. Según el Ministerio de Relaciones Exteriores y Movilidad Humana, a bordo llegaron más de 120 personas, entre ellas once mujeres.

Funcionarios de la Cancillería, de la Policía Nacional y del Ministerio de Salud recibieron a los connacionales, que pasaron por controles migratorios y judiciales antes de reunirse con sus familiares. Dos de ellos tenían órdenes de detención vigentes en el país y quedaron a cargo de la Policía.

La aeronave, procedente de Harlingen, Texas, tocó tierra el sábado 4 de octubre pasadas las 14:00. Es el octavo vuelo de este tipo que llega al Cotopaxi en lo que va del segundo semestre.

"Les pedimos a nuestros compatriotas que no arriesguen su vida en manos de coyoteros", dijo el viceministro de Movilidad Humana, Andrés Paredes Chiriboga, quien recordó que en 2024 se registraron más de 90 vuelos de deportación hacia Ecuador.

Ecuador es, junto con Colombia y Perú, uno de los países sudamericanos que más vuelos de este tipo reciben. La mayoría de los deportados proviene de las provincias de Azuay, Cañar y Morona Santiago.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 120, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["aeropuerto internacional Cotopaxi"],
      date: "2025-10-04",
    },
  },
  {
    id: "h10b-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Venezuela suspende la recepción de vuelos de deportación desde EE. UU.",
    published: "2024-10-22",
    text: `Bogotá. El Gobierno venezolano anunció este lunes que suspende "hasta nuevo aviso" la recepción de vuelos con migrantes deportados desde Estados Unidos, en respuesta a lo que calificó como "nuevas medidas coercitivas" de Washington contra el sector petrolero.

"No vamos a seguir colaborando con un gobierno que castiga a nuestro pueblo mientras nos pide favores", afirmó el vicecanciller para América del Norte, Tomás Alvarado Rengifo, en un comunicado leído en la televisión estatal.

Desde que se reanudaron hace un año, unos cuarenta vuelos han trasladado a más de seis mil venezolanos desde ciudades como Harlingen y El Paso, según cifras de organizaciones que siguen estos traslados. El último había llegado a comienzos de mes.

La decisión complica los planes del Departamento de Seguridad Nacional, que tiene a varios miles de venezolanos con órdenes finales de deportación. Analistas consultados por este diario no descartan que Washington busque enviarlos a terceros países.

Colombia, que acoge a casi tres millones de venezolanos, no se pronunció sobre la medida.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-10-21",
    },
  },
  {
    id: "h10b-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Panamá recibe a un centenar de migrantes asiáticos y africanos expulsados por EE UU",
    published: "2026-06-10",
    text: `Ciudad de Panamá. Un avión militar estadounidense con un centenar de migrantes procedentes de India, Nepal, Sri Lanka y Camerún aterrizó el martes en el aeropuerto internacional de Tocumen, según confirmó el Servicio Nacional de Migración de Panamá. El vuelo había despegado de una base en Texas.

Ninguno de los pasajeros es panameño. En virtud del acuerdo firmado con Washington, el Gobierno de Panamá se comprometió a alojarlos de forma temporal mientras se organiza su regreso a sus países de origen, con la asistencia de la Organización Internacional para las Migraciones (OIM) y con cargo a Estados Unidos.

"Panamá cumple su palabra, pero no será un depósito de personas", declaró el director de Migración, Eduardo Quirós Bernal, quien precisó que los recién llegados fueron trasladados a un albergue en la provincia de Darién.

Organizaciones de derechos humanos y la oficina regional del Acnur expresaron su preocupación por la falta de acceso de los migrantes a abogados y por la posibilidad de que algunos sean devueltos a países donde corren peligro.

Costa Rica y Guatemala han suscrito arreglos similares con la Administración estadounidense. En Europa, varios Gobiernos, entre ellos el italiano, exploran fórmulas parecidas para trasladar a solicitantes de asilo a terceros países.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["IN", "NP", "LK", "CM"],
      people: { value: 100, approx: true },
      departure: ["Texas"],
      arrival: ["aeropuerto internacional de Tocumen"],
      date: "2026-06-09",
    },
  },
  {
    id: "h10b-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Un nuevo vuelo con argentinos deportados de Estados Unidos llegará este jueves a Ezeiza",
    published: "2026-02-10",
    text: `Un avión contratado por el Servicio de Inmigración y Control de Aduanas (ICE) de Estados Unidos aterrizará este jueves en el Aeropuerto Internacional de Ezeiza con al menos 18 argentinos deportados, según informaron a este medio fuentes de la Cancillería.

La aeronave, un Boeing 767 de una compañía chárter, saldrá de Mesa, Arizona, y se espera que toque suelo argentino durante la madrugada. La Dirección Nacional de Migraciones y la Policía de Seguridad Aeroportuaria preparan un operativo de recepción en la terminal de vuelos privados.

"Se trata de personas que en su mayoría ingresaron a Estados Unidos como turistas y se quedaron más tiempo del permitido; algunos tienen causas penales allá", explicó un funcionario que pidió reserva de su nombre.

Será el tercer vuelo de estas características desde septiembre. En los anteriores llegaron 12 y 21 argentinos, respectivamente, tras escalas en otros países de la región.

Según estimaciones consulares, viven en Estados Unidos unos 250.000 argentinos, de los cuales una parte no tiene la documentación en regla.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["AR"],
      people: { value: 18, approx: true },
      departure: ["Mesa, Arizona"],
      arrival: ["Aeropuerto Internacional de Ezeiza"],
      date: "2026-02-12",
    },
  },
  {
    id: "h10b-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "¿Vuelven los vuelos de deportación a Cuba? La Habana dice que sí",
    published: "2024-04-25",
    text: `MIAMI. El Gobierno cubano confirmó el miércoles que volverá a aceptar vuelos de deportación procedentes de Estados Unidos, suspendidos desde hace seis meses en medio de desacuerdos sobre el número de personas y los trámites consulares.

"Cuba reafirma su disposición a recibir a sus ciudadanos que hayan sido objeto de una orden de deportación, de acuerdo con los compromisos bilaterales", señaló en un comunicado el Ministerio de Relaciones Exteriores, que no precisó cuándo aterrizará el primer avión.

Los vuelos, que hasta octubre llegaban una vez al mes, trasladaron en 2023 a alrededor de 1.100 cubanos, según datos recopilados por organizaciones de exiliados. Más de 420.000 cubanos llegaron a la frontera sur de Estados Unidos en los dos últimos años fiscales, la mayor ola migratoria desde la isla en seis décadas.

Abogados de inmigración en el sur de la Florida advirtieron que la reanudación afecta sobre todo a quienes entraron sin parole y tienen una orden final. "Ahora el riesgo es real", dijo la abogada Yamilé Ortega Cruz a nuestro canal. "Quien tenga una cita con ICE debe ir acompañado de un abogado".

El Departamento de Seguridad Nacional no respondió a la solicitud de comentarios.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CU"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-04-24",
    },
  },
  {
    id: "h10b-es-008",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un avión para devolver a 47 mauritanos desde Canarias",
    published: "2025-11-20",
    text: `Las Palmas de Gran Canaria. Un avión fletado por el Ministerio del Interior despegó este jueves del aeropuerto de Gran Canaria con 47 ciudadanos mauritanos a bordo con destino a Nuakchot, en la primera repatriación de este tipo desde el verano, según fuentes policiales.

Los migrantes habían llegado a las islas en cayuco en las últimas semanas y permanecían en el Centro de Internamiento de Extranjeros de Barranco Seco. Viajaban escoltados por agentes de la Policía Nacional.

En lo que va de año han llegado a Canarias por vía marítima más de 38.000 personas, una cifra inferior a la de 2024 pero aún muy por encima de la media de la última década. Mauritania, Senegal y Malí son los principales países de origen.

La Comisión Española de Ayuda al Refugiado (CEAR) criticó la operación y recordó que varios de los expulsados habían manifestado su intención de pedir protección internacional. Interior defiende que todas las devoluciones se ajustan a la ley y a los acuerdos bilaterales.

El Gobierno insiste en que su modelo "nada tiene que ver" con las deportaciones masivas de Estados Unidos, aunque las ONG sostienen que la tendencia europea apunta en la misma dirección.`,
    expect: { relevant: false },
  },
  {
    id: "h10b-es-009",
    lang: "es",
    style: "near-miss",
    title: "INM traslada en vuelo a 131 hondureños desde Tapachula",
    published: "2024-09-12",
    text: `Tapachula, Chis. El Instituto Nacional de Migración (INM) trasladó este jueves por vía aérea a 131 ciudadanos hondureños desde el aeropuerto internacional de Tapachula hasta San Pedro Sula, como parte del programa de retorno asistido acordado con el gobierno de Honduras.

Los migrantes, entre ellos 23 menores de edad acompañados, habían sido localizados en operativos en Chiapas y Oaxaca y permanecían en la estación migratoria Siglo XXI. El INM aseguró que todos firmaron su consentimiento para regresar.

En lo que va del año, México ha devuelto a más de 18 mil centroamericanos a sus países, principalmente por vía terrestre hacia Guatemala. Los vuelos se reservan para hondureños y salvadoreños por la distancia.

Defensores de migrantes en la frontera sur señalaron que muchos de los retornados intentaban llegar a Estados Unidos y que varios ya lo habían intentado antes. "Los vamos a volver a ver aquí en un mes", dijo el sacerdote Heyman Vázquez Gordillo, del albergue Belén.`,
    expect: { relevant: false },
  },
  {
    id: "h10b-es-010",
    lang: "es",
    style: "near-miss",
    title: "American Airlines suma un vuelo diario entre Miami y Montevideo",
    published: "2026-07-01",
    text: `Montevideo. American Airlines anunció este miércoles que a partir del 15 de diciembre operará un vuelo diario sin escalas entre Miami y el Aeropuerto Internacional de Carrasco, en lo que constituye la primera ruta directa de la compañía con Uruguay en casi una década.

La ruta se operará con un Boeing 787-8 con capacidad para 234 pasajeros. El Ministerio de Turismo estima que la conexión podría sumar unos 40.000 visitantes estadounidenses por año y facilitar los viajes de la colectividad uruguaya en Estados Unidos, que ronda las 60.000 personas.

"Es una excelente noticia para el turismo, para los negocios y para las familias", dijo la ministra de Turismo, Carolina Bentancor Silva, en la presentación realizada en la Torre Ejecutiva.

La conexión se suma a las rutas que ya ofrecen otras aerolíneas desde São Paulo, Buenos Aires, Panamá y Madrid. El aeropuerto de Carrasco movilizó 2,3 millones de pasajeros el año pasado.`,
    expect: { relevant: false },
  },
];
