// Held-out news corpus no. 12 (part b): only ever SCORED, never tuned to. Written by a writer who read
// only types.ts (not the extractor, its tests, docs/alerts.md or any other corpus file). Every outlet
// style is imitated, not copied: every name, quote and number in these articles is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT12B: CorpusArticle[] = [
  {
    id: "h12b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "国家移民管理局：一百零八名被美方遣返人员乘包机抵闽",
    published: "2025-10-23",
    text: `本报福州10月23日电 记者从国家移民管理局获悉，10月21日，一架载有美方遣返的中国籍非法移民的包机在福州长乐国际机场降落，机上共计一百零八人，均经双方核实身份。

据介绍，此批人员多数系近两年经中南美洲“走线”非法进入美国，在美被拘押后被裁定遣返。公安机关已依法对其中涉嫌组织、运送他人偷越国（边）境的三名人员开展调查。

移民管理局有关负责人表示，中方一贯坚决反对任何形式的非法移民，愿同美方继续开展遣返合作，对经核实属于中国公民的，将按照国际惯例予以接收。

这位负责人提醒，今年以来，全国移民管理机构共破获妨害国（边）境管理犯罪案件两千余起，部分“蛇头”以“免签转机”“包过境”为诱饵收取高额费用。去年同期，经由第三国偷渡赴美被查获人员为一千六百余人次。

据悉，这是本年度第四批从美国遣返的集中航班，前三批分别于三月、六月和八月抵达。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 108, approx: false },
      departure: [],
      arrival: ["福州长乐国际机场"],
      date: "2025-10-21",
    },
  },
  {
    id: "h12b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美第三國遣返再啟 9男子被送往史瓦帝尼",
    published: "2026-02-12",
    text: `（中央社約翰尼斯堡11日綜合外電報導）南部非洲內陸王國史瓦帝尼政府今天證實，一架美國包機於週二載著9名男子降落恩史瓦帝三世國王國際機場，這些人均非史瓦帝尼公民，目前被安置於監所的隔離區。

史瓦帝尼代理政府發言人恩湯比（Lindiwe Nhlambo）在記者會上說，這些人「只是過境」，政府將與美方及相關國際組織協調，把他們送回各自的母國。她拒絕透露美方為此支付的金額。

根據美國國土安全部在社群平台發布的說明，這架飛機從路易斯安那州亞歷山卓起飛，途中在維德角加油。機上男子全都在美國有刑事定罪紀錄，國土安全部稱他們的母國「拒絕接回」。

國土安全部公布的名單顯示，這批人分別是越南籍3人、寮國籍2人、古巴籍2人，葉門籍與柬埔寨籍各1人。

史瓦帝尼反對派團體批評政府「把國家變成別人的拘留所」，並揚言向高等法院聲請禁制令。去年7月以來，美國已陸續將第三國人士送往南蘇丹、盧安達、迦納等非洲國家，總數超過60人。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "LA", "CU", "YE", "KH"],
      people: { value: 9, approx: false },
      departure: ["路易斯安那州亞歷山卓"],
      arrival: ["恩史瓦帝三世國王國際機場"],
      date: "2026-02-10",
    },
  },
  {
    id: "h12b-zh-003",
    lang: "zh",
    style: "chinese-outlet-singapore",
    title: "美国遣返47名泰国人 包机抵素万那普",
    published: "2025-06-06",
    text: `（曼谷综合讯）泰国外交部发言人尼空德昨天下午说，一架载有47名泰国公民的美国移民与海关执法局包机，昨天（5日）傍晚降落素万那普机场。这是今年第一趟从美国直飞泰国的遣返航班。

据泰国媒体报道，包机从美国埃尔帕索起飞，途中在关岛停留加油，飞行时间超过20小时。机上乘客以男性为主，多数是逾期居留的旅游签证持有者，也有人在美国涉及轻微刑事案件。

尼空德说：“他们都是我们的同胞，我们会确保他们得到应有的照顾。”他透露，外交部已安排社会发展与人类安全部人员在机场提供协助，并协助当事人联系家属。

泰国官方数据显示，目前约有3000名泰国人在美国收到最终遣返令。另一方面，马来西亚今年首五个月已把约1万2000名外国非法劳工遣送出境，其中包括数百名泰国人，他们主要经由陆路关卡返国。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TH"],
      people: { value: 47, approx: false },
      departure: ["埃尔帕索"],
      arrival: ["素万那普机场"],
      date: "2025-06-05",
    },
  },
  {
    id: "h12b-zh-004",
    lang: "zh",
    style: "traditional-chinese-outlet-hk",
    title: "哈薩克證實 美遣返包機下周二飛抵阿拉木圖",
    published: "2026-04-17",
    text: `【明訊】哈薩克外交部發言人周四在阿斯塔納表示，美國當局將安排一班包機，把約六十名在美國非法逗留的哈薩克公民遣送回國，飛機預計下周二抵達阿拉木圖。

發言人稱，機上人員的身份已由哈薩克駐美使領館逐一核對，當中大部分人是經墨西哥陸路入境美國後被扣押。他說，外交部會在機場設立協助點，「確保同胞安全、有尊嚴地回家」。

去年，美方曾以同類包機把一百多名中亞國家公民送往塔什干，當中包括哈薩克人、吉爾吉斯人和烏茲別克人。哈薩克當局其後表示，希望今後能由美方直接飛抵本國。

據哈薩克內務部統計，目前約有四百名哈薩克公民在美國移民拘留設施內等候處理。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["KZ"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["阿拉木圖"],
      date: "2026-04-21",
    },
  },
  {
    id: "h12b-zh-005",
    lang: "zh",
    style: "overseas-chinese-us",
    title: "卢旺达接收首批七名美国遣送第三国人员",
    published: "2025-08-01",
    text: `【侨报讯】卢旺达政府发言人马库卢（Yvette Makulu）周四证实，首批7名由美国遣送的第三国人员已于本周二抵达基加利国际机场，目前由国际移民组织协助安置在基加利市郊的一处住所。

马库卢说，这批人中有3名牙买加人、2名越南人，另有伊拉克人和古巴人各1名。她强调，卢旺达依据与华盛顿签署的协议，最多可接收250人，“每一个人都会经过我们的审查”。

美国国土安全部未就此次航班的出发地和费用置评。根据法庭文件，这7人此前关押在路易斯安那州和得克萨斯州的拘留中心，均已收到最终遣返令，但其原籍国未能及时签发旅行证件。

移民律师刘明哲对本报表示，华人社区中也有持有“暂缓遣返”身份的人，“他们现在担心的不是回中国，而是被送到一个完全陌生的国家”。他建议当事人尽快咨询律师，了解是否可以就第三国遣返提出恐惧申诉。

今年以来，美国已把第三国人员送往萨尔瓦多、哥斯达黎加、巴拿马、南苏丹等地。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["JM", "VN", "IQ", "CU"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["基加利国际机场"],
      date: "2025-07-29",
    },
  },
  {
    id: "h12b-zh-006",
    lang: "zh",
    style: "chinese-outlet-malaysia",
    title: "五十三名印尼人遭美国驱逐出境",
    published: "2026-01-09",
    text: `（雅加达8日讯）印尼移民总局周三（7日）证实，一批共五十三名印尼公民被美国驱逐出境，他们乘搭的包机当天午夜前降落雅加达苏加诺-哈达国际机场。

移民总局发言人说，这批人从美国新泽西州纽瓦克起飞，当中包括十一名女性，多数原籍东爪哇和北苏拉威西，在美国从事餐饮及建筑工作，签证过期后遭扣留。

“部分人在美国生活超过十年，孩子都在那里出生。”一名在机场迎接弟弟的家属对记者说，“他只带了一个塑料袋回来。”

另一方面，我国（马来西亚）移民局上月也把超过一千二百名印尼非法外劳经由柔佛和沙巴的港口遣返，这是区域内规模较大的遣返行动之一。印尼外交部表示，将继续与美方沟通，争取让被遣返者有更多时间处理在美财产。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ID"],
      people: { value: 53, approx: false },
      departure: ["新泽西州纽瓦克"],
      arrival: ["苏加诺-哈达国际机场"],
      date: "2026-01-07",
    },
  },
  {
    id: "h12b-zh-007",
    lang: "zh",
    style: "traditional-chinese-outlet-taiwan",
    title: "美伊罕見合作 百餘伊朗人被遣返德黑蘭",
    published: "2025-12-05",
    text: `〔國際新聞中心／綜合報導〕伊朗外交部領事司官員週四證實，一架載有約一百二十名伊朗人的遣返包機，已於當地時間週三深夜抵達德黑蘭伊瑪目何梅尼國際機場。這是今年第二批從美國遣返的伊朗人。

據伊朗官媒報導，包機從路易斯安那州起飛，在卡達杜哈停留數小時後，由伊朗方面安排的飛機接手最後一段航程。美國國土安全部未對此置評。

領事司官員表示，機上多數人是近年經墨西哥邊境入境美國、申請庇護被拒者，「他們回國後不會因離境方式受到追究」。不過人權團體質疑，部分人曾在美國公開批評伊朗政府，返國後恐面臨風險。

今年9月首批遣返時，機上約有四十五人。美伊兩國沒有正式外交關係，相關安排據報是透過瑞士與卡達居中協調。美國移民暨海關執法局資料顯示，目前約有兩千名伊朗籍人士持有最終遣返令。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IR"],
      people: { value: 120, approx: true },
      departure: ["路易斯安那州"],
      arrival: ["德黑蘭伊瑪目何梅尼國際機場"],
      date: "2025-12-03",
    },
  },
  {
    id: "h12b-zh-008",
    lang: "zh",
    style: "near-miss",
    title: "日本出入境管理局包机遣返斯里兰卡籍滞留者",
    published: "2025-07-11",
    text: `据日本共同社报道，日本出入国在留管理厅10日宣布，已于本月8日以包机方式将三十四名斯里兰卡籍非法滞留者遣送回国。这是该厅今年第三次实施集体包机遣返。

包机从东京羽田机场起飞，降落科伦坡班达拉奈克国际机场。入管厅说，这些人大多签证过期多年，部分人曾多次申请难民认定未获批准。根据2024年施行的修订法，第三次申请难民认定者原则上不再停止遣返程序。

日本支援团体批评，集体遣返“剥夺了当事人向法院求助的机会”。入管厅则表示，每一名被遣返者都已获得充分的法律程序保障。

截至去年底，日本有约七万名外国人处于非法滞留状态，其中越南籍人数最多。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h12b-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet-hk",
    title: "寮國恢復接收美國遣返人士",
    published: "2025-11-14",
    text: `【綜合報道】東南亞國家寮國外交部本周三發表聲明，表示經與美方磋商後，同意恢復接收由美國遣返的寮國籍人士，但要求每宗個案都須事先由寮方核實國籍。

寮國過去多年以證件不全為由，拒絕為大部分在美國有遣返令的寮國裔人士簽發旅行證件。美國國務院今年早前曾警告，若寮方繼續不合作，將考慮暫停向寮國官員發出部分簽證。

聲明未透露首批人員何時啟程。據美國移民暨海關執法局早前公布的數字，約有四千八百名寮國籍人士持有最終遣返令，其中不少人在1980年代以難民身份幼年赴美，從未在寮國生活。

明尼蘇達州和加州的苗族社區團體表示，消息令不少家庭「夜不能寐」，呼籲當事人盡快尋求法律意見。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["LA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-11-12",
    },
  },
  {
    id: "h12b-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "遣返包機現身桃園機場？航空公司：空機調度",
    published: "2026-03-27",
    text: `〔記者林怡萱／桃園報導〕一架經常承攬美國移民暨海關執法局遣返任務的美籍包機航空公司客機，昨天清晨降落桃園國際機場，網路上隨即流傳「美國把台灣人遣返回來」的說法。該公司台灣代理商今天澄清，這是一趟空機調度航班，機上除機組員外沒有任何乘客。

代理商表示，這架波音767是從關島飛抵桃園，停留期間將進行例行維修，之後前往馬尼拉承接一批旅行團包機。內政部移民署也說，近期並無接獲美方遣返國人的通知。

移民署統計，去年全年由美國遣返回台的國人不到二十人，全數搭乘一般民航班機，並由航警局協助入境手續。

民航局提醒，民眾在社群平台看到未經證實的航班資訊，應先查證再轉傳。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h12b-zh-011",
    lang: "zh",
    style: "near-miss",
    title: "滞留巴拿马的十七名尼泊尔人返抵加德满都",
    published: "2025-03-21",
    text: `（加德满都综合消息）尼泊尔外交部20日说，此前被美国送往巴拿马、在当地滞留一个多月的十七名尼泊尔公民，当天分两批搭乘商业航班经多哈转机，返抵加德满都特里布万国际机场。机票由国际移民组织资助。

这批人是上月随美国遣返航班抵达巴拿马城的约三百名亚洲籍人士的一部分，曾被安置在巴拿马城一家酒店和达连省的收容营地。外交部发言人说，尼泊尔驻华盛顿大使馆为他们签发了旅行证件。

“我们在营地里不知道自己会被送去哪里，”一名来自奇特旺县的年轻人在机场对记者说，“现在终于回家了。”

据巴拿马当局介绍，仍有数十名来自伊朗、阿富汗和中国等国的人员留在当地，等待第三国安置或自愿返回。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h12b-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet-taiwan",
    title: "美遣返班機抵利馬 112名秘魯人返國",
    published: "2026-05-22",
    text: `（中央社利馬21日綜合外電報導）秘魯國家移民局表示，一架載有112名秘魯人的美國遣返班機今天清晨降落利馬豪爾赫．查維茲國際機場，班機自德州哈林根起飛，這是本月第三架抵達秘魯的遣返班機。

移民局說，其中5人因在秘魯有未結案的通緝令，入境後即交由警方處理；其餘旅客在家屬陪同下離開機場。今年迄今已有約2900名秘魯人從美國被遣返。（譯者：陳韻如／核稿：王淑芬）1150522`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 112, approx: false },
      departure: ["德州哈林根"],
      arrival: ["利馬豪爾赫．查維茲國際機場"],
      date: "2026-05-21",
    },
  },
  {
    id: "h12b-zh-013",
    lang: "zh",
    style: "live-blog",
    title: "【实时更新】美国遣返航班经开罗飞抵莫斯科",
    published: "2025-09-19",
    text: `本页面持续更新。最后更新：北京时间19日17:20。

07:15 据飞行追踪网站显示，一架由美国包机公司运营的波音767客机从亚利桑那州梅萨起飞后，已于莫斯科时间凌晨在开罗经停加油。据未经证实的消息，机上约有五十人。

09:02 俄罗斯外交部发言人在例行吹风会上被问及此事，仅表示“俄方一贯主张以文明方式处理本国公民回国问题”，没有证实航班细节。

10:48 飞机降落莫斯科伏努科沃机场。现场画面显示，乘客在边防人员引导下分批走出到达厅，多数只背着一个双肩包。

图：19日上午，从美国被遣返的俄罗斯公民抵达伏努科沃机场。（视频截图）

13:30 俄罗斯驻美国大使馆在社交媒体发文：本次航班共遣返俄公民四十八人，其中包括六名女性，所有人均已办妥入境手续。使馆称，部分人此前在美国申请庇护被驳回。

15:05 背景：2024财年美国共遣返俄罗斯籍人员约三百人，大多经由第三国转机回国；此次为近年罕见的直航包机。同一时期，美国对乌克兰籍人员的遣返则基本暂停。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RU"],
      people: { value: 48, approx: false },
      departure: ["亚利桑那州梅萨"],
      arrival: ["莫斯科伏努科沃机场"],
      date: "2025-09-19",
    },
  },
  {
    id: "h12b-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "早报国际新闻一览（6月11日）",
    published: "2025-06-11",
    text: `◆ 美联储官员暗示年内或再降息一次，亚洲股市早盘普遍走高，日经指数升0.8%。

◆ 德国联邦内政部10日说，一架载有二十八名阿富汗籍刑事罪犯的包机当天从莱比锡起飞，经卡塔尔转机遣返喀布尔。这是塔利班重新掌权以来德国第三次实施此类遣返。

◆ 美国加州洛杉矶连续第四天发生反对移民突击搜查的示威，警方逮捕四十余人。联邦政府调派国民警卫队协助维持秩序。

◆ 印尼巴厘岛一艘观光船翻覆，两名外国游客失踪，搜救仍在进行。

◆ 菲律宾与越南就南中国海渔业合作签署谅解备忘录。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h12b-zh-015",
    lang: "zh",
    style: "traditional-chinese-outlet-hk",
    title: "美包機送中亞三國公民抵塔什干",
    published: "2026-08-07",
    text: `【綜合報道】烏茲別克外交部周二晚發表聲明，證實美方安排的一班遣返包機已於周一抵達塔什干國際機場，機上除烏茲別克公民外，還有來自鄰近兩國的人士，將由烏方協助經陸路轉送回國。

聲明列出機上人員：烏茲別克公民，82人；吉爾吉斯公民，31人；哈薩克公民，18人；合共131人。

據了解，包機從紐約起飛，途經冰島和喬治亞加油。烏茲別克外交部發言人表示，今次安排是「中亞國家與美國合作的又一例子」，費用由美方承擔。

吉爾吉斯外交部其後表示，已派員到塔什干接應本國公民，預計他們本周內可經陸路口岸返抵比什凱克。哈薩克方面則未有回應。

去年，烏茲別克曾自費包機，從美國接回一百多名中亞國家公民，美國國土安全部當時公開致謝。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      nationalities: ["KG", "KZ"],
      people: { value: 131, approx: false },
      departure: ["紐約"],
      arrival: ["塔什干國際機場"],
      date: "2026-08-03",
    },
  },
  {
    id: "h12b-zh-016",
    lang: "zh",
    style: "feature",
    title: "从西雅图到乌兰巴托：一个蒙古国家庭的“美国梦”落地",
    published: "2026-09-04",
    text: `晚上十点，成吉思汗国际机场到达厅的灯光有些刺眼。三十四岁的巴特尔拖着一只没有轮子的旅行袋走出来，看到等了四个小时的母亲，愣了几秒才开口：“妈，我回来了。”

巴特尔六年前持旅游签证去了美国，在华盛顿州一家汽车修理厂打工，签证过期后一直没有离开。今年三月，他在上班路上被移民执法人员拦下，此后辗转关押在塔科马的拘留中心。

“他们告诉我，只能在西雅图上机，什么都不许带。”他说。和他同机回国的共有二十多名蒙古国公民，最年轻的只有十九岁。蒙古国外交部证实，这架美方包机于周二晚抵达，是今年第二次从美国直飞乌兰巴托的遣返航班。

据蒙古国劳动和社会保障部统计，目前在美国居住的蒙古国公民约有三万人，其中相当一部分没有合法身份。同期，韩国是蒙古国人最主要的海外务工目的地，去年约有四千名蒙古国人被韩国遣返，多数搭乘定期航班回国。

巴特尔说，他还欠着一万多美元的中介费。“明天先去找份工作，”他看着窗外的夜色，“别的以后再说。”

在机场外，民间组织“归途”的志愿者为刚下飞机的人准备了热奶茶和临时电话卡。负责人娜仁花说，过去一年她们接待过从美国、韩国、日本和土耳其回来的被遣返者，“从美国回来的人最难，他们在那边待得最久，欠的钱也最多”。她估计，今年从美国被遣返的蒙古国人已超过一百五十人，其中大多数搭乘定期航班经首尔或北京转机回国，包机只占少数。

蒙古国外交部一名官员表示，蒙方正与美方磋商，希望今后遣返航班能够提前更长时间通知家属。这名官员说，外交部今年已经为在美国被拘押的公民办理了四百余份旅行证件。

更正：本文早前版本误称该航班于周一抵达，实为周二。特此更正。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MN"],
      people: { value: 20, approx: true },
      departure: ["西雅图"],
      arrival: ["成吉思汗国际机场"],
      date: "2026-09-01",
    },
  },
  {
    id: "h12b-zh-017",
    lang: "zh",
    style: "traditional-chinese-outlet-taiwan-qa",
    title: "美國遣返包機首度直飛伊斯坦堡？一次看懂",
    published: "2025-04-25",
    text: `問：發生了什麼事？

答：土耳其內政部移民管理總局週三發布新聞稿說，一架美國包機當天載著一百零四名土耳其公民降落伊斯坦堡機場。這是美國首次以包機把土耳其籍人士直接遣返回國，過去多半是讓當事人搭乘一般商業航班。

問：這些人是誰？

答：新聞稿說，機上人員「在美國違反移民法規」，其中多數是近兩年經墨西哥邊境入境、申請庇護未獲准者。美方沒有公布飛機從哪個城市起飛。

問：為什麼現在才有包機？

答：美國國土安全部數據顯示，2023財年在美墨邊境被攔查的土耳其籍人士超過一萬五千人次，比前一年多出數倍。人數暴增後，以商業航班逐一遣返的成本與時間都大幅上升。

問：其他國家呢？

答：同一時期，美國也增加飛往印度、烏茲別克、喬治亞等國的包機。歐盟國家方面，德國今年也已多次把土耳其籍人士遣送出境，但那是德國自己的遣返行動。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TR"],
      people: { value: 104, approx: false },
      departure: [],
      arrival: ["伊斯坦堡機場"],
      date: "2025-04-23",
    },
  },
  {
    id: "h12b-zh-018",
    lang: "zh",
    style: "opinion-near-miss",
    title: "言论：遣返数字背后，是一个个被切断的人生",
    published: "2026-01-27",
    text: `美国国土安全部最近公布，上一财年共执行遣返超过三十万人次，遣返航班逾一千八百架次，飞往一百六十多个国家。官员们把这些数字当作成绩单，在记者会上反复宣读。

然而，数字不会告诉我们，一位在新泽西住了二十年的厨师怎样在一夜之间失去工作、房子和孩子的抚养权；也不会告诉我们，那些被送往从未踏足的第三国的人，如何在陌生的语言和法律之间挣扎。

执法本身无可厚非。任何国家都有权决定谁可以留下。但程序正义同样是法治的一部分：当上诉期限被压缩、律师会见被拖延、遣返通知只提前几个小时送达，所谓“依法遣返”就只剩下“遣返”二字。

东南亚各国的侨社与其为统计数字争辩，不如把力气放在实处：帮助同乡了解自己的权利，及早寻求法律协助，保存好每一份文件。

（作者是新加坡国立大学法律学院兼职讲师）`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h12b-zh-019",
    lang: "zh",
    style: "dhs-release-chinese",
    title: "美国国土安全部继续向中华人民共和国派出大型遣返航班",
    published: "2025-03-14",
    text: `通过美国移民和海关执法局（ICE），美国国土安全部（DHS）近日再次派出大型遣返航班，将没有留美法律依据的中国籍人员遣返回国。这是过去九个月内第六架此类航班。

此次行动再次证明，美国国土安全部与中华人民共和国有关部门保持着务实合作，共同减少和阻止非法移民，并打击人口贩运网络。

我们的信息是明确的：不要相信人口贩运者的谎言。没有留美法律依据的人将被遣返。

据悉，该航班于3月11日飞抵中国。自2024年6月以来，美国国土安全部已向一百四十多个国家执行了逾一千架次国际遣返航班，目的地包括哥伦比亚、厄瓜多尔、秘鲁、埃及、毛里塔尼亚、塞内加尔、乌兹别克斯坦和印度等。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: ["中国"],
      date: "2025-03-11",
    },
  },
  {
    id: "h12b-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "外逃十二年职务犯罪嫌疑人被美方遣返回国",
    published: "2024-12-10",
    text: `记者从中央反腐败协调小组国际追逃追赃工作办公室获悉，在中美执法部门密切合作下，外逃十二年的职务犯罪嫌疑人、某省原国有企业财务负责人王某于12月8日被美方遣返回国，当日由专案组押解乘坐民航班机从洛杉矶抵达北京首都国际机场。

王某2012年携款潜逃美国，涉嫌贪污公款逾三千万元。2015年，国际刑警组织对其发布红色通缉令。美方移民部门2023年将其拘押，移民法官随后裁定将其遣返。

有关负责人表示，这是今年第九名从美国被遣返或劝返的外逃人员。天网行动开展以来，已有两千余名外逃人员从一百多个国家和地区被追回。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h12b-es-001",
    lang: "es",
    style: "spanish-outlet-chile",
    title: "Llega a Santiago nuevo vuelo con chilenos expulsados de Estados Unidos",
    published: "2026-07-10",
    text: `Treinta y ocho connacionales venían a bordo; cuatro quedaron a disposición de la justicia por órdenes de detención pendientes

Un vuelo chárter con chilenos expulsados por las autoridades migratorias estadounidenses aterrizó la madrugada de este jueves en el aeropuerto Arturo Merino Benítez, en lo que el Ministerio del Interior describió como "un procedimiento coordinado y sin incidentes".

La aeronave despegó desde Mesa, Arizona, y realizó una escala técnica antes de llegar a la capital pasadas las 04:10. Tras el control migratorio a cargo de la Policía de Investigaciones, los pasajeros fueron saliendo de a poco por la terminal de carga, donde los esperaban familiares.

"Nos trataron como delincuentes desde que nos subieron al bus hasta que nos sacaron las esposas sobre el Pacífico", relató un hombre de 41 años, oriundo de Rancagua, que vivió once años en Houston.

Es el sexto vuelo de este tipo desde mayo del año pasado. Según cifras de Interior, ya suman 412 los chilenos devueltos por esta vía, de los cuales algo más de la mitad tenía causas penales en Estados Unidos. En paralelo, el Gobierno ha concretado ocho vuelos de expulsión de extranjeros desde Chile, principalmente hacia Colombia y Perú.

En la terminal, la escena se repitió como en los vuelos anteriores: madres con termos de café, hermanos que viajaron desde Talca o Antofagasta sin saber con certeza si su familiar venía en la lista, y funcionarios del Servicio de Registro Civil instalados en una mesa plegable para entregar cédulas provisorias a quienes llegaban sin documentos. "Me avisaron por WhatsApp a las once de la noche. No sabía ni a qué hora aterrizaba", contó una mujer que esperaba a su hijo de 26 años.

La Cancillería sostiene que cada vuelo se coordina con al menos diez días de anticipación y que los consulados en Houston, Los Ángeles y Miami entrevistan a los detenidos antes de emitir los salvoconductos. Sin embargo, la Corporación de Asistencia Judicial y dos agrupaciones de familiares han reclamado que la información llega tarde y de forma incompleta.

Desde la oposición, un diputado de la comisión de Relaciones Exteriores pidió "reciprocidad" y recordó que Estados Unidos mantiene a Chile en el programa de exención de visas, con más de 300 mil viajeros chilenos al año. El subsecretario del Interior respondió que el país "no va a poner en riesgo" ese beneficio y que la cooperación migratoria "es parte de una relación madura".

Los expertos consultados coinciden en que el número de chilenos expulsados sigue siendo bajo en comparación con otros países de la región. Solo en el último mes, Guatemala recibió más de 60 vuelos y Honduras cerca de 40, según datos de sus respectivos institutos de migración. Ecuador y Colombia, en tanto, reciben entre dos y cuatro aviones por semana.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CL"],
      people: { value: 38, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["aeropuerto Arturo Merino Benítez"],
      date: "2026-07-09",
    },
  },
  {
    id: "h12b-es-002",
    lang: "es",
    style: "spanish-outlet-argentina",
    title: "Deportaciones: el miércoles llega a Ezeiza otro avión fletado por Washington",
    published: "2025-09-15",
    text: `Un avión contratado por el Servicio de Inmigración y Control de Aduanas (ICE) de Estados Unidos traerá el miércoles a Ezeiza a unos veinte argentinos que fueron detenidos por su situación migratoria irregular, según confirmaron a este diario fuentes de la Cancillería.

La aeronave saldrá de Alexandria, Luisiana, y hará una escala técnica antes de cruzar el continente. Se prevé que aterrice de madrugada y que los pasajeros sean recibidos en la terminal privada, lejos de la zona de arribos.

"No hay ningún operativo especial. Es un regreso ordenado, igual que el anterior", dijo un vocero de la Dirección Nacional de Migraciones, que no quiso precisar si alguno de los deportados tiene causas abiertas en el país.

En el primer vuelo de este tipo, la semana pasada, volvieron diez argentinos. Hasta entonces, los expulsados regresaban en vuelos comerciales, solos y con un custodio.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["AR"],
      people: { value: 20, approx: true },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Ezeiza"],
      date: "2025-09-17",
    },
  },
  {
    id: "h12b-es-003",
    lang: "es",
    style: "spanish-outlet-bolivia",
    title: "Bolivia aceptará vuelos de deportación desde Estados Unidos",
    published: "2026-10-05",
    text: `LA PAZ. El Gobierno boliviano anunció este domingo que aceptará recibir vuelos con ciudadanos deportados desde Estados Unidos, tras varias semanas de negociaciones entre la Cancillería y el Departamento de Seguridad Nacional.

El viceministro de Gestión Institucional y Consular explicó en conferencia de prensa que los connacionales "serán recibidos con dignidad" y que el Estado exigirá que viajen sin grilletes en territorio boliviano. Hasta ahora, los bolivianos deportados volvían en vuelos comerciales, casi siempre con escala en Miami o Lima.

Según datos consulares, alrededor de 1.300 bolivianos tienen una orden final de deportación en Estados Unidos. La mayoría reside en Virginia, Maryland y el área de Washington.

El anuncio llega un mes después de que Washington amenazara con restringir visados a funcionarios de países que, a su juicio, no cooperaban con las devoluciones. Perú y Colombia reciben vuelos semanales desde hace años.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-10-04",
    },
  },
  {
    id: "h12b-es-004",
    lang: "es",
    style: "spanish-outlet-spain",
    title: "Cuba suspende la recepción de vuelos de deportados desde Estados Unidos",
    published: "2025-05-14",
    text: `El Gobierno cubano anunció el martes que suspende "hasta nuevo aviso" la recepción de vuelos de deportación procedentes de Estados Unidos, en respuesta a lo que calificó como "medidas hostiles" de Washington contra la isla, entre ellas nuevas restricciones de visados a funcionarios.

El viceministro de Relaciones Exteriores afirmó en una nota oficial que La Habana "ha cumplido escrupulosamente" los acuerdos migratorios bilaterales y que la decisión no afecta a los cubanos que deseen regresar por su cuenta. El último vuelo, con 82 personas a bordo, aterrizó el 24 de abril en el aeropuerto José Martí.

El Departamento de Seguridad Nacional no respondió a las preguntas de este periódico. Según cifras oficiales estadounidenses, más de 42.000 cubanos tienen una orden final de expulsión.

En Madrid, la Delegación del Gobierno recordó que España tramitó el año pasado unas 3.000 solicitudes de protección internacional de ciudadanos cubanos, la cifra más alta de la última década.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CU"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-05-13",
    },
  },
  {
    id: "h12b-es-005",
    lang: "es",
    style: "radio-bulletin",
    title: "Noticiero de las 19:00",
    published: "2026-01-27",
    text: `Buenas noches. Estos son los titulares.

Esta tarde llegó al aeropuerto Cotopaxi, en Latacunga, un vuelo con ciento dieciséis ecuatorianos deportados desde Harlingen, Texas. La Cancillería informó que entre los retornados hay nueve menores de edad y que todos recibieron atención médica y un kit de alimentos. Es el segundo vuelo que llega al país en lo que va de semana.

En Guayaquil, la lluvia de la madrugada dejó calles anegadas en el sur de la ciudad; el Municipio reporta tres sectores sin energía eléctrica.

En deportes, Independiente del Valle venció dos a cero a su rival en el amistoso disputado en Sangolquí.

Y el INAMHI pronostica cielos parcialmente nublados para mañana en la Sierra centro. Esto fue el noticiero de las siete.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 116, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["aeropuerto Cotopaxi"],
      date: "2026-01-27",
    },
  },
  {
    id: "h12b-es-006",
    lang: "es",
    style: "us-spanish-tv",
    title: '"Venezolanos, colombianos y un nicaragüense": El Salvador recibe otro vuelo de EEUU',
    published: "2025-03-04",
    text: `El ministro de Justicia y Seguridad de El Salvador confirmó este lunes la llegada de un nuevo grupo de extranjeros enviados por el Gobierno de Estados Unidos al sistema penitenciario salvadoreño.

"Anoche aterrizaron en el Aeropuerto Internacional San Óscar Arnulfo Romero 64 hombres: venezolanos, colombianos y un nicaragüense. Todos fueron trasladados de inmediato al centro de confinamiento", escribió el funcionario en su cuenta de X, junto a un video de los detenidos con la cabeza rapada.

Washington no ha divulgado cuánto paga a San Salvador por cada persona recibida. Organizaciones de derechos humanos han denunciado que varios de los enviados no tenían antecedentes penales ni en Estados Unidos ni en sus países.

Abogados de inmigración en Houston y Miami consultados por este canal recomiendan a las familias buscar el número de registro (A-number) de su ser querido en el localizador de detenidos del ICE. Si ya no aparece, "hay que asumir que pudo haber sido trasladado", advirtió una de ellas.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: ["VE", "CO", "NI"],
      people: { value: 64, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional San Óscar Arnulfo Romero"],
      date: "2025-03-02",
    },
  },
  {
    id: "h12b-es-007",
    lang: "es",
    style: "near-miss",
    title: "INM devuelve en autobuses a 240 guatemaltecos por Ciudad Hidalgo",
    published: "2026-02-03",
    text: `TAPACHULA, Chis. El Instituto Nacional de Migración (INM) devolvió este lunes a 240 ciudadanos guatemaltecos por el puente fronterizo de Ciudad Hidalgo, en un operativo que comenzó antes del amanecer con seis autobuses escoltados por la Guardia Nacional.

Los migrantes habían sido asegurados en distintos puntos de Chiapas y Oaxaca durante la última semana. Del lado guatemalteco, personal del Instituto Guatemalteco de Migración los recibió en Tecún Umán, donde se les ofreció alimentación y transporte a sus comunidades.

Según la Unidad de Política Migratoria, en 2025 México devolvió por vía terrestre a más de 60 mil centroamericanos, la mayoría guatemaltecos y hondureños. Organizaciones civiles denunciaron que algunos de los devueltos tenían trámites de refugio pendientes ante la COMAR.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h12b-es-008",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un vuelo de repatriación a Nuakchot desde Lanzarote",
    published: "2025-11-26",
    text: `El Ministerio del Interior fletó este martes un avión para repatriar a 46 ciudadanos mauritanos que habían llegado en cayuco a Canarias en las últimas semanas, según fuentes policiales consultadas por este periódico.

El vuelo despegó del aeropuerto César Manrique-Lanzarote a primera hora de la mañana y aterrizó en Nuakchot poco después del mediodía. Cada repatriado viajó acompañado por dos agentes de la Policía Nacional.

Es el tercer vuelo de estas características en lo que va de mes. ONG como CEAR critican que las devoluciones se hagan "sin garantías suficientes de acceso al asilo". En lo que va de año han llegado a Canarias más de 40.000 personas por vía marítima, la mayoría de Malí, Senegal y Mauritania.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h12b-es-009",
    lang: "es",
    style: "spanish-outlet-mexico",
    title: "Aterriza en Villahermosa avión de EU con extranjeros no mexicanos",
    published: "2026-11-18",
    text: `VILLAHERMOSA, Tab. Un avión del gobierno estadounidense aterrizó la tarde del lunes en el aeropuerto internacional Carlos Rovirosa Pérez con alrededor de 130 personas deportadas que no son mexicanas, confirmaron autoridades migratorias a este medio.

La aeronave partió de El Paso y, a diferencia de los vuelos habituales que llevan a connacionales al Aeropuerto Internacional de la Ciudad de México, en esta ocasión transportó a extranjeros que México aceptó recibir "por razones humanitarias", de acuerdo con la Secretaría de Gobernación.

Entre los pasajeros, que fueron trasladados en autobuses a una estación migratoria, había personas de nacionalidad cubana, hondureña y venezolana, entre ellas varias familias con niños pequeños.

El INM no precisó cuánto tiempo permanecerán en Tabasco ni si serán enviados a sus países. En lo que va del año, México ha recibido más de 9 mil extranjeros deportados por Estados Unidos, según cifras de la propia dependencia.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      nationalities: ["CU", "HN", "VE"],
      people: { value: 130, approx: true },
      departure: ["El Paso"],
      arrival: ["aeropuerto internacional Carlos Rovirosa Pérez"],
      date: "2026-11-16",
    },
  },
  {
    id: "h12b-es-010",
    lang: "es",
    style: "spanish-outlet-dominican-quote",
    title: 'Migración: "Recibimos a ochenta y siete dominicanos"',
    published: "2024-12-13",
    text: `"Este jueves recibimos en el Aeropuerto Internacional de Las Américas a ochenta y siete dominicanos repatriados desde Estados Unidos en un vuelo que salió de Miami. Todos fueron entrevistados por nuestro personal y por la Dirección Nacional de Control de Drogas, y ninguno tenía cuentas pendientes con la justicia dominicana", declaró el director general de Migración en un comunicado.

El funcionario añadió que entre los repatriados había once mujeres y que la mayoría había residido en Nueva York, Nueva Jersey y Massachusetts. "Les damos la bienvenida y les pedimos que se acerquen a los programas de reinserción laboral", dijo.

En lo que va de año, el país ha recibido más de 3.500 repatriados desde Estados Unidos, de acuerdo con la institución. Por su parte, la República Dominicana ha deportado a más de 250.000 haitianos en el mismo período, en su mayoría por la frontera terrestre.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 87, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2024-12-12",
    },
  },
];
