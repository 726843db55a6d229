// Held-out news corpus no. 15 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or the other corpus files);
// every outlet, name, quote and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT15B: CorpusArticle[] = [
  {
    id: "h15b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "一批被美方遣返人员乘包机抵达广州",
    published: "2025-03-14",
    text: `本报广州3月14日电（记者 罗文清）3月12日下午，一架从美国起飞的包机降落在广州白云国际机场，机上116名中国籍非法移民被美方遣返回国。

据公安部出入境管理部门介绍，这批人员均经过身份核查，相关部门已依法进行接收和后续处置。有关负责人表示，中方一贯坚决反对和打击各种形式的非法移民活动，愿同各国加强执法合作。

去年以来，中美双方在遣返问题上保持沟通。有统计显示，2024年全年共有数百名中国籍人员经包机或商业航班被遣返，其中大部分来自福建、浙江等地。

该负责人同时提醒，通过所谓“走线”等方式偷渡出境风险极高，不少人在途经巴拿马、墨西哥时遭遇抢劫甚至人身伤害。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 116, approx: false },
      departure: [],
      arrival: ["广州白云国际机场"],
      date: "2025-03-12",
    },
  },
  {
    id: "h15b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返包機抵胡志明市　約一百三十名越南人返國",
    published: "2025-06-20",
    text: `【港聞綜合報道】越南外交部周五證實，一架載有約一百三十名越南籍人士的美國移民及海關執法局（ICE）包機，已於本周三從德州起飛，並於當地時間晚上降落新山一國際機場。

越方發言人黎氏秋表示，當局已按雙方二〇〇八年簽訂的遣返協議接收該批人士，並會核實他們的身份及原居地。她強調，越南只接收經核實的本國公民。

據非政府組織統計，今年首五個月美國已向亞洲國家安排至少十一班遣返航班，目的地包括印度、中國及菲律賓。

一名在機場外等候的婦人向記者表示，她的弟弟在加州居住了十七年，「他連一句再見都來不及說」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 130, approx: true },
      departure: ["德州"],
      arrival: ["新山一國際機場"],
      date: "2025-06-18",
    },
  },
  {
    id: "h15b-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國第三國遣返再擴大　十四名西非人士被送往迦納",
    published: "2025-09-08",
    text: `（本報綜合外電）迦納政府6日晚間證實，一架美國政府安排的航班當天抵達首都阿克拉，機上共有14名被美國遣返的西非人士，他們分別來自奈及利亞、甘比亞與多哥，並非迦納公民。

迦納外交部長在記者會上表示，迦納是基於「區域團結」同意提供過境安排，這些人將在當局協助下返回各自國家。他並未說明美方是否提供任何補償。

人權團體批評，美國近月來把移民送往與他們毫無關係的國家，先前已有人被送往南蘇丹及愛斯瓦帝尼。律師指出，部分當事人在美國法院仍有未決的庇護案件。

美國國土安全部則在聲明中說，相關人員均已收到最終遞解令，「第三國遣返是完全合法的手段」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM", "TG"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["阿克拉"],
      date: "2025-09-06",
    },
  },
  {
    id: "h15b-zh-004",
    lang: "zh",
    style: "near-miss",
    title: "日本入管局包机遣返四十余名斯里兰卡人",
    published: "2025-11-02",
    text: `【东京综合消息】日本出入国在留管理厅1日宣布，当天以包机方式将43名逾期滞留的斯里兰卡籍人员从成田机场遣返至科伦坡。这是日本今年第三次实施集体遣返包机。

入管厅官员表示，这些人员大多在日本滞留超过三年，部分人曾多次申请难民认定未获批准。根据去年修订的《出入国管理法》，第三次申请难民的人员原则上不再暂停遣返程序。

日本律师协会对此提出批评，认为修法后遣返速度明显加快，“当事人没有得到充分的申辩机会”。

另据统计，日本2024年共遣返外国人约七千人，其中越南籍人数最多。`,
    expect: { relevant: false },
  },
  {
    id: "h15b-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "吉尔吉斯斯坦同意恢复接收美方遣返的本国公民",
    published: "2025-04-23",
    text: `【比什凯克讯】吉尔吉斯斯坦外交部22日发表声明，宣布同意恢复接收被美国驱逐出境的本国公民，并将与美方就遣返航班安排进行技术磋商。

声明说，吉方此前因身份核查程序问题暂停了相关接收工作，目前双方已就核查机制达成一致。外交部副部长阿斯克尔别克·图尔松诺夫表示，“每一位公民的合法权利都将得到保障”。

据吉方数据，目前在美国被下达驱逐令的吉尔吉斯斯坦公民约有四百人。邻国哈萨克斯坦和乌兹别克斯坦此前已接收过美方安排的遣返航班。

分析人士认为，此举也与吉方希望在签证和劳务合作等问题上改善对美关系有关。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-04-22",
    },
  },
  {
    id: "h15b-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "四十多名柬埔寨人遭美國遣返　抵達德崇國際機場",
    published: "2025-10-17",
    text: `【本報訊】柬埔寨內政部發言人周四表示，一架美國包機當日從路易斯安那州亞歷山德里亞起飛，經停阿拉斯加後，於周四深夜抵達金邊德崇國際機場，機上有四十多名柬埔寨籍人士。

發言人說，被遣返者大多是上世紀八十年代隨家人以難民身份赴美的人，其中不少人在美國曾有刑事紀錄，「他們當中有人從未在柬埔寨生活過」。

柬美兩國於二〇〇二年簽署遣返備忘錄，至今已有逾千名柬埔寨人被遣返。當地非政府組織表示，將為這批人提供臨時住宿及語言課程。

同一周，美方亦安排了飛往寮國的航班，但寮國當局未公布人數。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 40, approx: true },
      departure: ["路易斯安那州亞歷山德里亞"],
      arrival: ["德崇國際機場"],
      date: "2025-10-16",
    },
  },
  {
    id: "h15b-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "尼泊尔：美方遣返包机预计下周抵达加德满都",
    published: "2025-12-03",
    text: `【本报综合报道】尼泊尔内政部3日表示，美国方面已通知尼方，一架载有约60名尼泊尔公民的遣返包机将于12月9日抵达加德满都特里布万国际机场。

内政部发言人拉姆·普拉萨德·奥利说，尼方已成立由移民局、警方和外交部组成的工作组，负责被遣返者的身份核实与安置。他说，“我们要求美方确保当事人在转运过程中得到人道对待。”

据尼泊尔媒体报道，近年来经中美洲陆路偷渡赴美的尼泊尔人数明显增加，不少人向中介支付了超过五万美元的费用。今年早些时候，已有数十名尼泊尔人经商业航班陆续被遣返。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["NP"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["加德满都特里布万国际机场"],
      date: "2025-12-09",
    },
  },
  {
    id: "h15b-zh-008",
    lang: "zh",
    style: "near-miss",
    title: "马来西亚移民局遣返逾百名缅甸籍非法移民",
    published: "2025-05-27",
    text: `（吉隆坡26日讯）大马移民局总监表示，当局今日从吉隆坡国际机场以包机遣返共114名缅甸籍非法移民，他们此前被关押在雪兰莪州的移民扣留中心。

他说，今年至今移民局已遣返超过三万名外籍非法移民，主要来自印尼、孟加拉及缅甸。当局会继续加强对非法雇佣外劳的执法行动。

人权组织则呼吁政府暂停遣返缅甸人，指当地局势仍不稳定，被遣返者可能面临迫害。`,
    expect: { relevant: false },
  },
  {
    id: "h15b-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國將八名非洲移民送往烏干達　人權團體譴責",
    published: "2025-08-26",
    text: `【本報綜合外電】烏干達政府證實，上週五有八名被美國遞解出境的移民搭乘美方安排的航班抵達恩德培國際機場。這些人分別來自剛果民主共和國、索馬利亞及厄利垂亞，無一人是烏干達公民。

烏干達外交部常務秘書歐奇恩‧穆薩比表示，烏方是根據與美國達成的臨時協議接收這批人，「他們將獲得住所和基本照顧，直到找到長遠方案」。他拒絕透露協議是否涉及金錢。

美國今年已陸續把第三國人士送往中美洲及非洲多國。難民律師說，其中至少兩人曾在美國表示擔心被送回母國後遭迫害。

據聯合國難民署統計，烏干達本身已收容約一百八十萬名難民，是非洲收容難民最多的國家。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["CD", "SO", "ER"],
      people: { value: 8, approx: false },
      departure: [],
      arrival: ["恩德培國際機場"],
      date: "2025-08-22",
    },
  },
  {
    id: "h15b-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "伊拉克拒绝接收美方遣返航班",
    published: "2025-06-03",
    text: `【巴格达综合消息】伊拉克外交部2日发表声明，表示伊方不会接收美国单方面安排的遣返包机，除非美方事先提交每名被遣返者的完整身份资料并获得伊方核实。

声明称，伊拉克“尊重国际法，但不能接受未经协商的集体遣返”。一名不愿具名的官员透露，美方原计划本月初派出一架载有数十名伊拉克人的航班，目前已被搁置。

据美国移民部门数据，目前约有一千余名伊拉克公民持有最终驱逐令，其中不少人是迦勒底基督徒，居住在密歇根州。此前，伊朗和阿富汗也曾因类似问题拖延接收遣返人员。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["IQ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-06-02",
    },
  },
  {
    id: "h15b-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "馬紹爾群島同意接收美國遣返的第三國人士",
    published: "2026-02-27",
    text: `【本報太平洋專訊】馬紹爾群島政府26日宣布，同意接收一定數量被美國遞解出境、但無法返回原籍國的第三國人士，成為繼帛琉之後另一個與美方達成此類安排的太平洋島國。

總統府發言人在首都馬久羅表示，每年接收人數上限為二十人，且不包括有暴力犯罪紀錄者。「我們與美國有特殊的自由聯繫關係，這是基於夥伴精神的決定。」

當地反對派議員批評，這個人口僅約四萬的國家醫療和住房資源緊張，政府事前未諮詢國會。

美國國務院發言人稱讚這項協議，並說美方會提供「適當支援」，但未說明具體金額。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MH"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-26",
    },
  },
  {
    id: "h15b-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美俄協調遣返　約三十名俄羅斯人將搭包機返莫斯科",
    published: "2026-01-20",
    text: `【香港綜合電】俄羅斯外交部領事司表示，美方已通知莫斯科，一架載有約三十名俄羅斯公民的遣返包機將於本月二十八日從亞利桑那州起飛，預計在莫斯科伏努科沃機場降落。

俄方官員說，這批人大多是近兩年經墨西哥邊境入境美國並申請庇護被拒的人，其中包括數名逃避兵役者。人權組織擔心，他們回國後可能面臨刑事追訴。

去年美俄之間曾有一班類似航班，經埃及開羅轉機。俄方表示，今次將是直航。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["RU"],
      people: { value: 30, approx: true },
      departure: ["亞利桑那州"],
      arrival: ["莫斯科伏努科沃機場"],
      date: "2026-01-28",
    },
  },
  {
    id: "h15b-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "移民署專案遣返　逾六十名逃逸移工搭機返印尼",
    published: "2025-07-18",
    text: `【台北訊】內政部移民署17日表示，本月執行專案遣返，將六十三名逾期居留及行方不明的印尼籍移工，自桃園國際機場分批送返雅加達。

移民署官員指出，今年上半年共查獲逃逸外籍移工約一萬二千人，以越南籍最多，其次為印尼及菲律賓。署方呼籲雇主勿非法僱用，違者最高可處新台幣七十五萬元罰鍰。

一名移工團體代表說，很多人逃逸是因為仲介費過高或受到雇主不當對待，「遣返不能解決根本問題」。`,
    expect: { relevant: false },
  },
  {
    id: "h15b-zh-014",
    lang: "zh",
    style: "chinese-outlet",
    title: "逾20名老挝籍人员被美国遣返抵达万象",
    published: "2026-01-15",
    text: `（本报万象综合讯）老挝外交部新闻司周四证实，一架美国移民及海关执法局包机周二从亚利桑那州梅萨起飞，载着逾20名老挝籍人员抵达万象瓦岱国际机场。

官员说，这些人多为上世纪越战后以难民身份移居美国的苗族和老族家庭后代，在美国因刑事案件被判驱逐。老挝方面将协助他们与国内亲属取得联系。

有美国社区组织估计，目前在美国持有最终驱逐令的老挝人约有四千多名。邻国柬埔寨和越南近年也陆续接收了美方遣返人员。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["LA"],
      people: { value: 20, approx: true },
      departure: ["亚利桑那州梅萨"],
      arrival: ["万象瓦岱国际机场"],
      date: "2026-01-13",
    },
  },
  {
    id: "h15b-zh-015",
    lang: "zh",
    style: "radio-bulletin",
    title: "【简讯】27名泰国公民被美国遣返回国",
    published: "2025-10-22",
    text: `本台消息：泰国外交部今天表示，一架载有27名泰国公民的美国遣返航班于今天清晨降落曼谷素万那普机场，被遣返者在完成入境手续后已各自返家。

外交部发言人说，这是今年第二批从美国集中遣返的泰国人。本台将继续关注。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TH"],
      people: { value: 27, approx: false },
      departure: [],
      arrival: ["曼谷素万那普机场"],
      date: "2025-10-22",
    },
  },
  {
    id: "h15b-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "移民法庭积案突破三百万件　华人申请庇护者等待更久",
    published: "2025-04-08",
    text: `【本报纽约讯】根据一家研究机构最新发布的数据，美国移民法庭的积压案件已超过三百万件，平均每宗案件需要等待四年以上才能得到裁决。

纽约法拉盛一名执业移民律师对记者说，她的当事人中不少人在2019年提出庇护申请，至今仍未排上听证日期。“有人等着等着，孩子都上中学了。”

数据显示，在各国申请人中，来自中国、委内瑞拉和印度的申请人数位居前列。中国申请人的庇护获批率约为三成，高于平均水平。

专家指出，联邦政府虽增聘法官，但新增案件速度更快，积案短期内难以明显减少。`,
    expect: { relevant: false },
  },
  {
    id: "h15b-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "在美居住二十年的福建男子被遣返　搭乘民航班机回国",
    published: "2025-09-30",
    text: `【本报旧金山讯】在旧金山湾区生活了二十年的福建籍男子郑某，日前在移民局例行报到时被拘留，上周已被押送搭乘一班民航航班经东京转机返回中国。

郑某的妻子说，丈夫多年来每年按时报到，从未有过犯罪记录，“我们以为一直报到就没事”。他们的两个孩子都在美国出生。

律师表示，近几个月持有旧驱逐令的人士在报到时被拘留的情况明显增多，建议相关人士尽早咨询专业律师。`,
    expect: { relevant: false },
  },
  {
    id: "h15b-zh-018",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国遣返航班飞抵墨西哥比亚埃尔莫萨",
    published: "2026-02-12",
    text: `【本报墨西哥城电】墨西哥国家移民局表示，本周一一架从加利福尼亚州圣迭戈起飞的美国航班降落在塔巴斯科州首府比亚埃尔莫萨，机上共有135名墨西哥公民。

国家移民局说，被遣返者在机场获得了身份证明文件和前往原籍州的交通补助，其中大部分来自恰帕斯、瓦哈卡和格雷罗等南部州。

墨西哥总统府此前表示，“墨西哥拥抱你”计划已接待了十余万名从美国返回的公民。墨方同时也接收了部分被美国遣返的中美洲人，但本次航班上均为墨西哥籍人士。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 135, approx: false },
      departure: ["加利福尼亚州圣迭戈"],
      arrival: ["比亚埃尔莫萨"],
      date: "2026-02-09",
    },
  },
  {
    id: "h15b-zh-019",
    lang: "zh",
    style: "qa-explainer",
    title: "问答：遣返包机是怎么回事？",
    published: "2025-11-28",
    text: `问：最近一班遣返包机是什么情况？

答：据福建省边检部门介绍，上周日一架美方包机降落福州长乐国际机场，机上共有98名中国籍人员，均为在美国被判驱逐出境者。

问：这些人是从哪里出发的？

答：边检部门没有公布起飞地点。以往包机多从得克萨斯州或路易斯安那州的拘留中心附近机场起飞。

问：今后还会有类似航班吗？

答：有关部门表示，中方将继续依照国际惯例接收经核实的本国公民，但未透露下一班的时间。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 98, approx: false },
      departure: [],
      arrival: ["福州长乐国际机场"],
      date: "2025-11-23",
    },
  },
  {
    id: "h15b-zh-020",
    lang: "zh",
    style: "chinese-outlet",
    title: "近50名印尼人遭美国遣返抵达雅加达",
    published: "2025-12-16",
    text: `（雅加达16日综合电）印尼外交部保护海外公民局官员说，一架载有近50名印尼公民的美国遣返航班，已于15日晚间抵达雅加达苏加诺－哈达国际机场。

官员表示，这批人大多在美国签证逾期滞留，也有少数人庇护申请被驳回。外交部已安排他们接受健康检查，并协助返回东爪哇、北苏拉威西等原籍地。

据印尼驻美使馆统计，今年以来被美国遣返的印尼人已超过三百人，远高于去年全年。马来西亚和菲律宾也报告了类似的增长趋势。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ID"],
      people: { value: 50, approx: true },
      departure: [],
      arrival: ["雅加达苏加诺－哈达国际机场"],
      date: "2025-12-15",
    },
  },
  {
    id: "h15b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Retornan 128 guatemaltecos en vuelo procedente de Luisiana",
    published: "2025-02-19",
    text: `GUATEMALA. Un total de 128 guatemaltecos deportados desde Estados Unidos aterrizaron este martes en la Base de la Fuerza Aérea Guatemalteca, en la capital, informó el Instituto Guatemalteco de Migración (IGM).

El vuelo despegó de Alexandria, Luisiana, y traía a 97 hombres, 24 mujeres y siete menores de edad, detalló la institución en sus redes sociales.

Con este vuelo suman 41 los vuelos de retorno recibidos en lo que va del año, según datos oficiales. En 2024 el país recibió a más de 60 mil connacionales por vía aérea.

A su llegada, los retornados recibieron alimentos, una llamada telefónica y orientación sobre programas de empleo del Ministerio de Trabajo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 128, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2025-02-18",
    },
  },
  {
    id: "h15b-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Cerca de un centenar de hondureños llegan deportados a San Pedro Sula",
    published: "2025-08-09",
    text: `SAN PEDRO SULA, Honduras.- Cerca de un centenar de hondureños retornados desde Estados Unidos arribaron la tarde del viernes al aeropuerto internacional Ramón Villeda Morales, según el Centro de Atención al Migrante Retornado (CAMR).

La aeronave, contratada por el Servicio de Inmigración y Control de Aduanas (ICE), salió de Harlingen, Texas. Entre los pasajeros venían varias familias con niños pequeños.

"Muchos de ellos llevaban menos de un año en Estados Unidos", dijo la coordinadora del centro, Marlen Zepeda. Añadió que el país ha recibido este año alrededor de 24,000 retornados por vía aérea y terrestre, incluyendo los que llegan desde México por la frontera de Corinto.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 100, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["aeropuerto internacional Ramón Villeda Morales"],
      date: "2025-08-08",
    },
  },
  {
    id: "h15b-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Ciento diez ecuatorianos deportados arriban a Quito",
    published: "2025-07-04",
    text: `QUITO (Agencia Andina de Noticias Ciudadanas). Ciento diez ecuatorianos que fueron deportados por Estados Unidos llegaron al aeropuerto Mariscal Sucre de Quito, informó la Cancillería.

El vuelo aterrizó el miércoles 2 de julio poco antes de la medianoche. Los connacionales fueron recibidos por funcionarios del Viceministerio de Movilidad Humana, que les entregó kits de higiene y pasajes para regresar a sus provincias, en su mayoría Azuay, Cañar y Guayas.

Según la Cancillería, en el primer semestre del año Ecuador recibió 58 vuelos de deportación, frente a 41 en el mismo periodo de 2024. Colombia y Perú también han registrado aumentos, aunque menores.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 110, approx: false },
      departure: [],
      arrival: ["aeropuerto Mariscal Sucre"],
      date: "2025-07-02",
    },
  },
  {
    id: "h15b-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Llega a Maiquetía un nuevo vuelo con casi 180 venezolanos deportados desde EE UU",
    published: "2025-05-11",
    text: `Madrid / Caracas. Un avión con casi 180 migrantes venezolanos expulsados de Estados Unidos aterrizó este sábado en el Aeropuerto Internacional Simón Bolívar de Maiquetía, según confirmó el Gobierno venezolano a través de un comunicado.

La aeronave partió de El Paso y es la decimocuarta de este tipo desde que ambos países reanudaron los vuelos en febrero, dentro del llamado plan Vuelta a la Patria. Caracas asegura que más de 5.000 venezolanos han regresado por esta vía.

La llegada se produce mientras en Washington sigue el debate judicial sobre el envío de venezolanos a una cárcel de El Salvador. "Nuestros compatriotas no son delincuentes", dijo un portavoz del Ministerio de Interior en el aeropuerto.

En España, donde residen más de 400.000 venezolanos, las asociaciones de la diáspora siguen con preocupación estas deportaciones.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 180, approx: true },
      departure: ["El Paso"],
      arrival: ["Aeropuerto Internacional Simón Bolívar de Maiquetía"],
      date: "2025-05-10",
    },
  },
  {
    id: "h15b-es-005",
    lang: "es",
    style: "near-miss",
    title: "INM traslada por vía aérea a 143 guatemaltecos desde Tapachula",
    published: "2025-03-27",
    text: `TAPACHULA, Chis.- El Instituto Nacional de Migración (INM) informó que este miércoles realizó un vuelo de retorno asistido desde el aeropuerto de Tapachula hacia la Ciudad de Guatemala con 143 personas de nacionalidad guatemalteca que se encontraban en estaciones migratorias del sureste del país.

El organismo precisó que se trata de una operación propia del Gobierno de México, coordinada con el consulado guatemalteco, y que en lo que va del año se han efectuado 19 traslados similares hacia Guatemala, Honduras y El Salvador.

Organizaciones defensoras de migrantes en Chiapas cuestionaron que muchas de estas personas habían solicitado refugio ante la Comisión Mexicana de Ayuda a Refugiados y sus trámites seguían abiertos.`,
    expect: { relevant: false },
  },
  {
    id: "h15b-es-006",
    lang: "es",
    style: "near-miss",
    title: "Chile concreta nuevo vuelo de expulsión con 88 extranjeros",
    published: "2025-10-31",
    text: `SANTIAGO. La Policía de Investigaciones (PDI) materializó este jueves un nuevo vuelo de expulsión administrativa y judicial con 88 ciudadanos extranjeros, en su mayoría colombianos y peruanos, que despegó desde Iquique con destino a Bogotá y Lima.

El subsecretario del Interior destacó que en lo que va del año suman más de 1.900 expulsados y recordó que el país aún no logra reanudar los vuelos hacia Venezuela por la falta de relaciones consulares.

"Quien comete delitos en Chile no tiene cabida en nuestro país", señaló la autoridad en la losa del aeropuerto. Los expulsados tendrán prohibición de ingreso por un periodo que varía entre diez y veinte años.`,
    expect: { relevant: false },
  },
  {
    id: "h15b-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Panamá recibe a más de 110 migrantes de Asia deportados por EE.UU.",
    published: "2026-04-09",
    text: `CIUDAD DE PANAMÁ (Despacho de Noticias del Istmo). Más de 110 migrantes de China, Uzbekistán, Afganistán e Irán, expulsados por Estados Unidos, llegaron el miércoles al Aeropuerto Internacional de Tocumen en un vuelo militar estadounidense, confirmó el Ministerio de Seguridad Pública.

Ninguno de los pasajeros es panameño. Según el acuerdo firmado entre ambos gobiernos, Panamá sirve como "puente" y los migrantes permanecerán temporalmente en un albergue de la provincia de Darién hasta ser enviados a sus países, con costos cubiertos por Washington.

El ministro Ricardo Almengor dijo que "Panamá no será un centro de detención permanente". Un grupo de abogados anunció que presentará un habeas corpus colectivo ante la Corte Suprema.

El año pasado Costa Rica aceptó un arreglo similar y recibió a unas 200 personas, entre ellas niños.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "UZ", "AF", "IR"],
      people: { value: 110, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional de Tocumen"],
      date: "2026-04-08",
    },
  },
  {
    id: "h15b-es-008",
    lang: "es",
    style: "spanish-outlet",
    title: "Cuarenta y dos cubanos devueltos por Estados Unidos llegan a La Habana",
    published: "2026-03-06",
    text: `LA HABANA (Servicio Informativo Caribeño). Un total de cuarenta y dos migrantes irregulares cubanos fueron devueltos por Estados Unidos el jueves en un vuelo que aterrizó en el Aeropuerto Internacional José Martí, informó el Ministerio del Interior.

Según la nota oficial, el grupo estaba integrado por 35 hombres y siete mujeres; tres de ellos fueron identificados como presuntos autores de delitos antes de su salida del país y quedaron a disposición de las autoridades.

Con esta operación suman ocho los vuelos de devolución procedentes de Estados Unidos en lo que va de año. A ello se suman las devoluciones por vía marítima desde Bahamas, Islas Caimán y México.

La parte cubana reiteró que las causas de la emigración irregular están vinculadas al embargo económico.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 42, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2026-03-05",
    },
  },
  {
    id: "h15b-es-009",
    lang: "es",
    style: "us-spanish-tv",
    title: "¿Quiénes iban en el vuelo de deportación que llegó a El Salvador este jueves?",
    published: "2025-09-19",
    text: `Un avión fletado por ICE con 77 salvadoreños deportados aterrizó este jueves en el Aeropuerto Internacional Monseñor Óscar Arnulfo Romero, en San Luis Talpa, según confirmó la Dirección General de Migración y Extranjería.

El vuelo había despegado horas antes de Alexandria, Luisiana. De acuerdo con familiares consultados por Noticias Estelar 48, al menos cinco de los pasajeros vivían en Houston y tenían hijos ciudadanos estadounidenses.

"Me llamó desde el centro de detención el lunes y ya no supe más", contó Delmy Arévalo, cuyo esposo iba en el vuelo. La mujer dijo que trabajaba en la construcción desde hacía doce años.

Las autoridades salvadoreñas indicaron que este año han recibido unos 9,000 connacionales deportados, cifra menor a la de Guatemala y Honduras.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 77, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional Monseñor Óscar Arnulfo Romero"],
      date: "2025-09-18",
    },
  },
  {
    id: "h15b-es-010",
    lang: "es",
    style: "spanish-outlet",
    title: "Repatrian a 95 dominicanos desde Estados Unidos",
    published: "2026-05-14",
    text: `SANTO DOMINGO. La Dirección General de Migración (DGM) recibió ayer a 95 dominicanos repatriados desde Estados Unidos, quienes llegaron al Aeropuerto Internacional de Las Américas en un vuelo procedente de Miami.

Del total, 21 habían cumplido condenas en cárceles estadounidenses por delitos vinculados al narcotráfico y fueron entregados a la Policía Nacional para su registro, según la DGM.

La institución recordó que en 2025 el país recibió más de 3,500 repatriados por esa vía. Mientras tanto, la DGM continúa sus operativos de deportación de haitianos indocumentados en la frontera, que superan los 200,000 en el último año.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 95, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-05-13",
    },
  },
];
