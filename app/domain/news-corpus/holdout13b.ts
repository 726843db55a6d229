// Held-out news corpus no. 13 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or any other corpus file).
// Every name, quote and number in these articles is invented; no sentence is copied from any outlet.
import type { CorpusArticle } from "./types";

export const HOLDOUT13B: CorpusArticle[] = [
  {
    id: "h13b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方再派包机遣返中国籍非法移民 一百二十余人抵福州",
    published: "2025-06-12",
    text: `本报福州6月11日电（记者 林晓岚）记者从福建省出入境边防检查总站获悉，一架载有被美方遣返的中国籍人员的包机于6月10日下午降落福州长乐国际机场，机上共有120余名中国公民。

据介绍，这批人员大多于过去两年间经由南美、墨西哥等地非法进入美国，其中以福建、浙江籍居多。边检部门按照相关程序对人员逐一进行了身份核验，并移交属地公安机关处置。

国家移民管理局有关负责人表示，中方一贯坚决反对和打击任何形式的非法移民和偷渡活动，愿同各国在移民执法领域开展合作，对经核实确属中国公民的遣返人员予以接收。该负责人同时提醒，出境务工、留学、旅游应通过合法渠道，切勿轻信“蛇头”的“包过”承诺。

美国国土安全部此前公布的数据显示，2024财年美方在西南边境共“遭遇”中国籍人员逾三万七千人次，较两年前增长约十倍。今年以来，美方已多次通过商业航班和包机方式向中国遣返人员。

一位不愿具名的乘客家属在机场外对记者说，家里为了送他出去借了将近三十万元，“现在人回来了，债还在”。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 120, approx: true },
      departure: [],
      arrival: ["福州长乐国际机场"],
      date: "2025-06-10",
    },
  },
  {
    id: "h13b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返班機抵烏蘭巴托 37名蒙古公民返國",
    published: "2025-09-05",
    text: `（中央通訊社記者 許家維 烏蘭巴托4日綜合外電報導）蒙古國外交部今天證實，一架由美國移民暨海關執法局（ICE）安排的遣返班機，美國時間3日從亞利桑那州梅薩起飛，經停阿拉斯加安克拉治加油後，於當地時間4日清晨降落烏蘭巴托成吉思汗國際機場，機上載有37名蒙古公民。

蒙古外交部發言人巴特包勒德（Batbold Tserendorj）在記者會上表示，這37人全數為成年人，其中8人為女性，均已在美國移民法庭獲得最終遣返令。他說，蒙古駐舊金山總領事館事前已為其中多人補發旅行文件。

這是今年以來美國首度以包機方式將蒙古人送返。過去蒙古籍遭遣返者多半搭乘商業航班，經首爾或北京轉機返國。

根據蒙古國家統計局資料，目前居住在美國的蒙古人約有三萬人，主要集中在芝加哥、丹佛與華府地區。蒙古勞工與社會保障部表示，將為返國者提供為期三個月的就業媒合服務。

美國國土安全部未就本次航班發表聲明。該部上月曾表示，本財政年度已執行逾一千二百架次國際遣返航班，目的地遍及一百五十多個國家。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MN"],
      people: { value: 37, approx: false },
      departure: ["亞利桑那州梅薩"],
      arrival: ["成吉思汗國際機場"],
      date: "2025-09-03",
    },
  },
  {
    id: "h13b-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再将西非多国被遣返者送往加纳 阿克拉称系“区域团结”",
    published: "2025-10-17",
    text: `【联合早报讯】加纳政府证实，美国本周三将14名来自西非其他国家的被遣返者送抵首都阿克拉，这是加纳与美方达成接收协议后的又一批人员。

加纳新闻部长阿多·门萨（Kwame Addo-Mensah）在社交媒体上发文说，这批人员包括尼日利亚人、冈比亚人和多哥人，飞机在阿克拉科托卡国际机场降落后，他们被安置在首都郊区一处政府设施，“随后将在国际移民组织协助下返回各自的国家”。

门萨强调，加纳接收这些人员是出于“区域团结”，并非出于经济利益，“西非国家经济共同体的公民本来就可以自由进入加纳”。他没有透露美国是否为此向加纳提供资金。

美国国务院一名发言人对本报表示，第三国接收安排“完全合法”，并称美方“感谢加纳的合作”。然而，多名人权律师批评，部分被遣返者在美国仍有未决的庇护申请，却在几乎没有事先通知的情况下被送上飞机。

据当地媒体统计，自今年9月以来，加纳已先后接收至少四批来自美国的非加纳籍人员，总人数超过五十人。此前乌干达、卢旺达和埃斯瓦蒂尼等非洲国家也与美国签订了类似协议。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM", "TG"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["阿克拉科托卡国际机场"],
      date: "2025-10-15",
    },
  },
  {
    id: "h13b-zh-004",
    lang: "zh",
    style: "near-miss",
    title: "日本入管局包機強制遣返 斯里蘭卡、土耳其籍逾期居留者",
    published: "2026-02-13",
    text: `（明報東京專電）日本出入國在留管理廳（入管局）12日宣布，該局當日以包機方式，將44名逾期居留或遭拒絕難民認定的外籍人士強制遣返，其中以斯里蘭卡籍和土耳其籍為主。這是日本今年第二次以包機方式執行集體遣返。

入管局表示，包機從成田機場起飛，先後降落科倫坡和伊斯坦堡。入管局官員在記者會上說：「這些人均已用盡所有法律救濟程序，遣返是依法執行。」

日本自2024年修訂《出入國管理及難民認定法》後，申請難民認定第三次以上者原則上可被遣返。支援團體批評，部分被遣返者在日本出生的子女已就讀當地小學，遣返行動令家庭分離。

入管局數據顯示，去年日本共強制遣返外國人約七千八百人，較前年增加兩成。日本政府目標是在2030年前將逾期居留人數減半。

另據報道，美國近月也頻繁以包機遣返亞洲國家公民，但日本官員強調，兩國制度不同，「不宜相提並論」。`,
    expect: { relevant: false },
  },
  {
    id: "h13b-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "消息：ICE下周二将再派包机遣返中国籍人员 约百人在列",
    published: "2026-03-05",
    text: `【美东时间3月4日讯】据多名知情律师向本报透露，美国移民和海关执法局（ICE）计划于下周二从洛杉矶派出一架大型遣返包机，将约100名中国籍被拘留者遣返回国，航班预计降落广州白云国际机场。

纽约华埠一家移民律师事务所的合伙人郑立言说，本周已有数名客户的家属接到拘留中心通知，要求尽快送来随身衣物和现金。“通知里没写日期，但被拘留的人都在传是下周二，”他说。

ICE发言人在回复本报查询时表示，出于“行动安全”考虑，不会事先公布遣返航班的具体时间和人数，但确认“与中国的遣返合作正常进行”。

若航班如期起飞，这将是今年第三架飞往中国的大型遣返包机。去年全年，美方共向中国派出至少九架包机，另有数百人搭乘商业航班被遣返。

律师提醒，手上仍有上诉或动议程序的当事人应尽快联系代理律师，必要时可向联邦法院申请暂缓遣返令。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["洛杉矶"],
      arrival: ["广州白云国际机场"],
      date: "2026-03-10",
    },
  },
  {
    id: "h13b-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "拒當美國「中轉站」 哈薩克：不接收非本國籍被遣返者",
    published: "2026-02-11",
    text: `（自由時報國際新聞中心／綜合報導）哈薩克外交部10日發表聲明，表示哈國「不會接收任何非哈薩克公民的被遣返者」，婉拒了美國希望哈國作為第三國接收遣返移民的請求。

聲明指出，哈國將繼續依照雙邊協議接收經核實身分的本國公民，但「哈薩克不是其他國家移民問題的轉運站」。外交部發言人賽里克拜耶夫（Aidos Serikbayev）在阿斯塔納受訪時補充，美方是在去年底透過外交管道提出此一構想，「我們經過審慎評估後作出決定」。

據美國媒體報導，川普政府過去一年已與烏干達、迦納、帕勞、薩爾瓦多等十多國洽談或簽署第三國遣返安排，部分中亞國家也在接觸名單之中。鄰國烏茲別克去年曾接收過一批他國公民，引發國內爭議。

美國國務院尚未回應哈國的聲明。分析人士認為，哈薩克在俄羅斯、中國與西方之間奉行「多向量」外交，不願在移民議題上過度向華府靠攏。

美國國土安全部資料顯示，2025財政年度共有約一千四百名哈薩克公民遭美國遣返，多數搭乘經伊斯坦堡轉機的商業航班。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KZ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-10",
    },
  },
  {
    id: "h13b-zh-007",
    lang: "zh",
    style: "near-miss",
    title: "大马移民局遣返逾千名缅甸非法移民 首批搭包机抵仰光",
    published: "2025-11-06",
    text: `（吉隆坡5日讯）大马移民局总监拿督沙哈鲁丁今日宣布，移民局本周起分批遣返共1180名缅甸籍非法移民，首批286人已于昨日搭乘包机从吉隆坡国际机场飞抵仰光。

他在布城移民局总部召开记者会时说，这些人均曾在各州移民扣留营被扣留超过六个月，“遣返费用由政府承担，每人约一千五百令吉”。他透露，第二批和第三批将在本月内完成。

移民局数据显示，截至10月底，全国各移民扣留营共扣留约一万六千名外籍人士，其中缅甸籍、印尼籍和孟加拉籍占大多数。沙哈鲁丁说，扣留营“长期超额”，遣返是纾解压力的必要措施。

人权组织则呼吁大马政府暂停遣返罗兴亚人，指他们在缅甸面临迫害风险。沙哈鲁丁回应说，本次遣返对象“不包括持联合国难民署证件者”。

另外，移民局今年也协助泰国、越南等国驻马使馆安排其公民搭乘商业航班返国，总数逾两万人。`,
    expect: { relevant: false },
  },
  {
    id: "h13b-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "乌兹别克斯坦接收131名自美国遣返公民",
    published: "2025-12-04",
    text: `新华社塔什干12月3日电（记者 马骁）乌兹别克斯坦移民署3日发布消息说，一架从美国得克萨斯州埃尔帕索起飞的遣返航班当天凌晨抵达塔什干国际机场，131名乌兹别克斯坦公民随机返回。

消息说，返国人员在机场接受了体检和登记，当局为他们提供了前往各州的交通补贴。移民署表示，政府将继续通过“国家劳务移民计划”帮助返国人员在国内或赴其他国家合法就业。

乌兹别克斯坦外交部此前表示，乌方与美方在遣返问题上保持“建设性沟通”。据当地媒体报道，今年以来已有超过两千名乌兹别克斯坦公民被美方遣返，主要来自美国南部边境的拘留设施。

同日，乌兹别克斯坦移民署还通报，另有一批约四十名公民将于本月中旬从俄罗斯返国。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 131, approx: false },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["塔什干国际机场"],
      date: "2025-12-03",
    },
  },
  {
    id: "h13b-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "新聞快報：美遣返機今晨抵伊斯蘭堡 另有本港天氣及交通消息",
    published: "2026-01-20",
    text: `【早晨新聞 07:00】以下是今日的國際新聞摘要。

巴基斯坦內政部表示，一架美國遣返包機今日凌晨降落伊斯蘭堡國際機場，機上約有四十名巴基斯坦人，包括數名婦女。包機由德州起飛，途經德國中途停留加油。聯邦調查局（巴基斯坦）人員在機場為返國者辦理入境手續，其中兩人因涉及偽造旅行證件被即時扣留。

內政部發言人表示，部分返國者持有偽造的他國護照，當局會追查背後的偷渡網絡。巴基斯坦去年有超過九百人遭美國遣返，當局估計經中美洲前往美國的巴基斯坦人每人支付人蛇集團約四萬美元。

另外，阿富汗塔利班政府表示，本月從伊朗及巴基斯坦返回的阿富汗人超過十二萬，聯合國難民署呼籲國際社會增加援助。

本港方面，天文台表示，一股東北季候風今日抵達，市區最低氣溫約十三度。運輸署提醒，東區走廊往筲箕灣方向今早有車輛故障，交通擠塞。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PK"],
      people: { value: 40, approx: true },
      departure: ["德州"],
      arrival: ["伊斯蘭堡國際機場"],
      date: "2026-01-20",
    },
  },
  {
    id: "h13b-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "评论：ICE拘留人数创新高，“效率”背后的代价谁来承担？",
    published: "2025-09-22",
    text: `美国移民和海关执法局（ICE）最新公布的数据显示，截至9月中旬，全美移民拘留设施关押人数已超过六万一千人，创下有记录以来的最高水平。其中近七成人没有任何刑事定罪记录。

支持者称，这是“恢复移民法秩序”的必然结果；批评者则指出，拘留设施严重超员，医疗资源不足，今年已有至少十九人在ICE羁押期间死亡。佐治亚州、路易斯安那州和得克萨斯州的多处设施被指床位不足，部分被拘留者只能睡在地板上。

移民法庭的积压案件则超过三百七十万宗。一名在休斯顿执业的华裔律师对笔者说，她的客户从被捕到第一次见到法官，平均要等四个多月，“很多人还没机会申请庇护，就已经签了自愿离境”。

数字不会说话，但数字背后是一个个家庭。在追求“效率”的同时，美国的移民执法是否还能兼顾正当程序？这或许是比拘留人数更值得关注的问题。

（作者为旅美时事评论员，文章仅代表个人观点）`,
    expect: { relevant: false },
  },
  {
    id: "h13b-zh-011",
    lang: "zh",
    style: "near-miss",
    title: "移民署專案查緝 27名越籍逃逸移工搭機遣返",
    published: "2025-07-30",
    text: `（聯合報記者 陳怡君／桃園報導）內政部移民署北區事務大隊執行「安居專案」，近一個月查獲逾期居留及逃逸外籍移工共112人，其中27名越南籍人士已於昨天搭乘華航商業班機從桃園機場遣返河內。

移民署表示，這批越籍人士多在桃園、新竹一帶的工廠及營造工地非法工作，部分人已逃逸超過五年。移民署北區事務大隊長黃文德說：「逃逸移工非法工作不僅缺乏勞健保保障，一旦發生職災，求償無門。」

移民署統計，截至今年6月底，全台行蹤不明外籍移工約九萬一千人，其中越南籍約占六成，其次為印尼籍及菲律賓籍。移民署呼籲雇主切勿聘僱來路不明的外籍人士，違者最高可處新台幣七十五萬元罰鍰。

另外，移民署也提醒，逾期居留者若主動到案，可適用較低罰鍰並縮短禁止入境期間。`,
    expect: { relevant: false },
  },
  {
    id: "h13b-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "帕劳接收首批美国第三国遣返人员 九人来自中国、越南和老挝",
    published: "2025-11-21",
    text: `【星岛日报综合报道】太平洋岛国帕劳政府发言人周四证实，首批经美国安排送往帕劳的第三国遣返人员已于周二抵达，共九人，分别来自中国、越南和老挝。

发言人恩吉拉凯（Elbuchel Ngirakesau）表示，这九人均为成年男性，乘坐美方安排的包机在帕劳国际机场降落，目前已入住首都梅莱凯奥克附近的一处临时住所。“他们在这里可以合法工作，帕劳会提供基本的语言和职业培训，”他说。

帕劳与美国今年8月签署备忘录，同意在未来一年内接收最多75名“原籍国无法或不愿接收”的人员。帕劳总统府当时表示，协议附带美方对帕劳医疗和基础设施的援助，但未公布金额。

帕劳人口仅约一万八千人，反对派议员批评，政府在未经国会充分审议的情况下签署协议，“把国家变成美国移民政策的一环”。

美国此前已将第三国人员送往南苏丹、埃斯瓦蒂尼、卢旺达、加纳等国，部分安排仍在美国联邦法院受到挑战。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PW"],
      nationalities: ["CN", "VN", "LA"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["帕劳国际机场"],
      date: "2025-11-18",
    },
  },
  {
    id: "h13b-zh-013",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "33名韓國人遭美遣返 包機抵仁川",
    published: "2026-04-16",
    text: `（綜合報導）南韓外交部15日表示，美國移民暨海關執法局安排的一架遣返包機，14日自路易斯安那州亞歷山德里亞起飛，於韓國時間15日下午抵達仁川國際機場，機上共有33名韓國公民。

外交部官員指出，這些人多數是簽證逾期居留，另有數人因刑事案件服刑期滿後遭移送出境。南韓駐休士頓及亞特蘭大總領事館事前派員探視，並協助部分人聯繫家屬。

這是近十年來美國首次以專機遣返韓國人。去年美國移民當局在喬治亞州一處電池工廠工地拘捕三百多名韓國籍工人，事後南韓政府自行派出大韓航空包機接回，引發兩國外交風波。外交部強調，本次遣返與該事件「性質完全不同」。

據南韓法務部統計，目前在美國無合法身分的韓國人估計約有十四萬人，為亞洲國家中人數較多者之一。

一名在機場等候的家屬向韓聯社表示，哥哥在洛杉磯住了十八年，「連孩子都在那裡出生，現在一家人分隔兩地」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KR"],
      people: { value: 33, approx: false },
      departure: ["路易斯安那州亞歷山德里亞"],
      arrival: ["仁川國際機場"],
      date: "2026-04-14",
    },
  },
  {
    id: "h13b-zh-014",
    lang: "zh",
    style: "chinese-outlet",
    title: "从皇后区到浦东：一个被遣返者的十四天",
    published: "2025-08-30",
    text: `凌晨五点，老吴蹲在浦东机场到达层外的台阶上，手里捏着一只装着换洗衣服的塑料袋。他今年四十七岁，在纽约皇后区的一家中餐馆做了九年厨师。两周前，他在去上班的路上被移民执法人员拦下，“连围裙都没来得及脱”。

老吴的故事并不罕见。他被带到新泽西一处拘留中心，随后又被转移到加州。他说，在那里，同一个监室里有来自福建、河北、四川的几十个人，“大家都在问，什么时候飞”。

答案在一个周二的深夜揭晓。据多名同机返回者描述，8月26日，一架包机从洛杉矶起飞，载着八十多名中国籍人员，于北京时间次日清晨降落上海浦东国际机场。美国国土安全部事后只确认“本周执行了一次飞往中国的遣返航班”，没有公布人数。

上海边检部门在机场为返回人员办理了入境手续。一名工作人员对记者说，近年来这类航班“每隔一两个月就有一次”，有时降落上海，有时降落福州或广州。

老吴在美国还欠着一万多美元的偷渡费。“钱还没还完，人先回来了，”他说。他打算先回江西老家，之后“再想办法”。

据美方统计，2025财年前十个月，共有约两千三百名中国公民被遣返，人数为2018年以来最高。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 80, approx: true },
      departure: ["洛杉矶"],
      arrival: ["上海浦东国际机场"],
      date: "2025-08-26",
    },
  },
  {
    id: "h13b-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "外逃十一年 “红通”嫌犯自美被遣返归案",
    published: "2026-05-21",
    text: `本报北京5月20日电 记者从中央追逃办获悉，在中美执法部门密切合作下，外逃美国十一年的职务犯罪嫌疑人、某省原国有企业财务负责人钱某某日前被美方遣返回国，并于19日搭乘国际商业航班抵达北京首都国际机场，随即被办案机关押解。

据介绍，钱某某涉嫌贪污公款约四千三百万元，2015年持旅游签证赴美后逾期滞留。中方于2016年通过国际刑警组织对其发布红色通缉令。美国移民法官去年裁定将其遣返。

中央追逃办有关负责人表示，这是今年以来从美国遣返的第二名“红通”人员。“天网2026”行动开展以来，已从六十多个国家和地区追回外逃人员九百余人。

该负责人说，中方愿与美方在移民执法和司法协助领域进一步加强合作。`,
    expect: { relevant: false },
  },
  {
    id: "h13b-zh-016",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "斯里蘭卡逾五十人遭美遣返 科倫坡機場設專區接待",
    published: "2026-05-08",
    text: `（香港01綜合報道）斯里蘭卡外交部周三表示，一架美國移民當局的遣返包機於本週二晚間降落班達拉奈克國際機場，機上載有逾五十名斯里蘭卡公民，當局在機場設立專區辦理入境及健康檢查。

斯里蘭卡刑事調查局人員在機場逐一訊問返國者，以追查協助他們經由南美洲偷渡赴美的中介。一名官員透露，部分人向中介支付了高達二千五百萬盧比的費用，「許多家庭為此抵押了房屋和土地」。

這是今年第二架自美國飛抵科倫坡的遣返航班。斯里蘭卡外國就業局表示，將為返國者提供微型貸款及技能訓練。

另一方面，斯里蘭卡今年也從馬爾地夫、阿聯酋及意大利遣返超過三千名非法居留者，大部分乘搭商業航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["LK"],
      people: { value: 50, approx: true },
      departure: [],
      arrival: ["班達拉奈克國際機場"],
      date: "2026-05-05",
    },
  },
  {
    id: "h13b-zh-017",
    lang: "zh",
    style: "chinese-outlet",
    title: "老挝同意接收 美方首架遣返包机拟下月飞万象",
    published: "2025-07-22",
    text: `【泰国世界日报讯】老挝外交部官员21日向本报证实，美国计划于下月派出一架遣返包机，将约三十名已被美国移民法庭下令遣返的老挝籍人员送回国，航班预计在万象降落。

这名官员说，老美双方已就遣返人员的身份核实程序达成一致，首批名单上的人大多是上世纪八十年代随家人以难民身份赴美、后因刑事案件失去绿卡者，“其中有些人一句老挝话都不会说”。

美国此前多次批评老挝在接收被遣返者方面“不合作”，并在2018年对老挝部分官员实施签证限制。据美国移民和海关执法局资料，目前约有四千六百名持最终遣返令的老挝籍人士仍在美国境内，其中大部分未被拘留。

在明尼苏达州和加州的老挝裔及苗族社区，消息引发不安。一名社区组织负责人说，许多人在美国生活了四十年，“送回去等于流放”。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["LA"],
      people: { value: 30, approx: true },
      departure: [],
      arrival: ["万象"],
      date: "2025-08",
    },
  },
  {
    id: "h13b-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "美擬對多國旅客收取簽證保證金 台灣不在名單內",
    published: "2025-08-07",
    text: `（中央社華盛頓6日專電）美國國務院今天在《聯邦公報》公布一項為期12個月的試行計畫，將要求部分國家申請商務及觀光簽證（B1/B2）的旅客繳交最高1萬5000美元保證金，以降低逾期居留比例。

國務院表示，名單將以簽證逾期居留率偏高、且護照審查機制不足的國家為主，首批包括非洲及亞洲數國，具體名單將在計畫生效前另行公告。旅客若依規定按時離境，保證金將全數退還。

外交部北美司表示，台灣自2012年起已納入美國免簽證計畫（VWP），國人以觀光或商務目的赴美停留90天以內者無須申請簽證，不受此次措施影響。

旅遊業者指出，美國近年陸續提高簽證規費並新增「簽證誠信費」，赴美旅遊成本明顯上升，部分東南亞旅客已轉往日本及韓國。`,
    expect: { relevant: false },
  },
  {
    id: "h13b-zh-019",
    lang: "zh",
    style: "chinese-outlet",
    title: "委内瑞拉宣布暂停接收美国遣返航班",
    published: "2025-12-18",
    text: `【法新社加拉加斯12月17日电】委内瑞拉政府17日宣布，即日起暂停接收来自美国的遣返航班，理由是美方“单方面取消”了原定本周抵达的一架航班，并对委方民航设施实施“敌对行动”。

委内瑞拉外交部在声明中说，“回归祖国计划”下的所有航班将暂停，直至美方“恢复尊重”。今年以来，已有约一万四千名委内瑞拉人搭乘八十多架航班从美国返回迈克蒂亚机场。美国国务院尚未回应。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-12-17",
    },
  },
  {
    id: "h13b-zh-020",
    lang: "zh",
    style: "chinese-outlet",
    title: "27名印尼公民自美遣返 周一抵雅加达",
    published: "2026-06-03",
    text: `（《国际日报》雅加达讯）印尼外交部保护海外公民司司长朱迪·哈托诺周二在记者会上说，27名被美国遣返的印尼公民周一搭乘美方包机从路易斯安那州出发，在苏加诺-哈达国际机场降落，外交部和移民总局派员在机场接应。

哈托诺说，27人中有21名男性和6名女性，大部分是以船员或旅游签证入境美国后逾期滞留，其中4人曾在美国服刑。他表示，印尼驻纽约和洛杉矶总领事馆在遣返前已与当事人取得联系。

这是印尼今年首次接收来自美国的遣返包机。印尼外交部数据显示，去年共有约三百名印尼公民被美国遣返，多数通过商业航班经东京或首尔转机回国。

哈托诺同时提醒，在马来西亚、沙特阿拉伯等国无证务工的印尼公民人数依然庞大，仅马来西亚去年就遣返了逾两万名印尼人。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ID"],
      people: { value: 27, approx: false },
      departure: ["路易斯安那州"],
      arrival: ["苏加诺-哈达国际机场"],
      date: "2026-06-01",
    },
  },
  {
    id: "h13b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan a Viru Viru más de 90 bolivianos deportados desde Estados Unidos",
    published: "2025-11-19",
    text: `SANTA CRUZ. — Más de 90 ciudadanos bolivianos expulsados por las autoridades migratorias de Estados Unidos aterrizaron este martes en el aeropuerto internacional Viru Viru, en un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE) que despegó de Harlingen, Texas.

La Dirección General de Migración (Digemig) informó que los connacionales fueron recibidos en la terminal de carga, donde personal del Ministerio de Salud realizó controles médicos y funcionarios de la Cancillería les entregaron un kit de higiene y un pasaje terrestre hacia sus departamentos de origen.

"La mayoría había ingresado por la frontera con México en los últimos dos años; ninguno tiene antecedentes penales en Bolivia", explicó a la prensa el director departamental de Migración, Rolando Quispe Arancibia.

Se trata del tercer vuelo con deportados que llega a Bolivia en lo que va del año. Según datos oficiales, en 2024 fueron devueltos desde Estados Unidos unos 640 bolivianos, la mayoría en vuelos comerciales vía Lima o Bogotá.

Entre los recién llegados había familias de Cochabamba y del norte de Potosí. "Vendimos la camioneta para irnos y volvemos sin nada", contó una mujer que viajó con sus dos hijos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      people: { value: 90, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["aeropuerto internacional Viru Viru"],
      date: "2025-11-18",
    },
  },
  {
    id: "h13b-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Aterrizó en Ezeiza un nuevo vuelo con doce argentinos deportados",
    published: "2026-02-26",
    text: `Doce argentinos deportados por el gobierno de Estados Unidos llegaron en la madrugada del miércoles al Aeropuerto Internacional de Ezeiza a bordo de un avión chárter contratado por las autoridades migratorias norteamericanas.

La aeronave había partido horas antes desde Alexandria, Luisiana, e hizo una escala técnica en Panamá antes de completar el trayecto. Los pasajeros descendieron por una terminal reservada y fueron atendidos por personal de la Dirección Nacional de Migraciones, que verificó su documentación.

Fuentes de la Cancillería indicaron que siete de los doce tenían causas penales menores en Estados Unidos y que el resto había permanecido en el país con la visa vencida. "Es un número muy bajo comparado con otros países de la región", señaló un funcionario consultado por este diario.

Es el quinto vuelo de este tipo que llega a la Argentina desde septiembre. En el mismo período, según cifras oficiales estadounidenses, Colombia, Ecuador y Perú recibieron cada uno más de cuarenta vuelos de deportación.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AR"],
      people: { value: 12, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Ezeiza"],
      date: "2026-02-25",
    },
  },
  {
    id: "h13b-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Panamá recibe a 87 deportados de Sri Lanka, Camerún y Kirguistán",
    published: "2025-10-02",
    text: `MADRID/PANAMÁ. — Un avión con 87 migrantes expulsados por Estados Unidos que no son panameños aterrizó el lunes en el Aeropuerto Internacional de Tocumen, informó este jueves el Ministerio de Seguridad Pública de Panamá, en virtud del acuerdo de "país puente" suscrito con Washington.

Según el comunicado, a bordo viajaban ciudadanos de Sri Lanka, Camerún y Kirguistán, entre ellos once menores de edad. El ministro de Seguridad, Ernesto Villarreal Ponce, afirmó que permanecerán en un albergue de la provincia de Darién "el tiempo mínimo necesario" hasta que la Organización Internacional para las Migraciones (OIM) gestione su retorno.

"Panamá no es un centro de detención; es un país que coopera", declaró Villarreal ante la Asamblea Nacional. Organizaciones de derechos humanos denunciaron que varios de los deportados tenían solicitudes de asilo pendientes en Estados Unidos.

A principios de año, Panamá y Costa Rica acogieron a varios centenares de migrantes asiáticos enviados desde Estados Unidos. Desde entonces, Guatemala, El Salvador y Honduras han firmado acuerdos similares, aunque con cupos menores.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["LK", "CM", "KG"],
      people: { value: 87, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional de Tocumen"],
      date: "2025-09-29",
    },
  },
  {
    id: "h13b-es-004",
    lang: "es",
    style: "near-miss",
    title: "INM deporta por vía aérea a 230 centroamericanos desde Tapachula",
    published: "2025-04-24",
    text: `CIUDAD DE MÉXICO. — El Instituto Nacional de Migración (INM) informó que este miércoles deportó a 230 personas originarias de Honduras y Guatemala en dos vuelos que partieron del aeropuerto de Tapachula, Chiapas, con destino a San Pedro Sula y Ciudad de Guatemala.

En un comunicado, el INM precisó que los extranjeros habían sido localizados en distintos puntos de Chiapas y Oaxaca sin documentos que acreditaran su estancia regular en el país. "Se respetaron en todo momento sus derechos humanos", subrayó la dependencia.

En lo que va de 2025, México ha devuelto a más de 18 mil personas extranjeras a sus países de origen, principalmente por vía terrestre. Al mismo tiempo, el país ha recibido a más de 40 mil connacionales deportados desde Estados Unidos, sobre todo a través de los puentes fronterizos de Tamaulipas y Chihuahua.

La presidenta Claudia Sheinbaum reiteró en su conferencia matutina que México "no es un tercer país seguro" y que sólo acepta, por razones humanitarias, a ciertos migrantes de otras nacionalidades devueltos por la frontera norte.`,
    expect: { relevant: false },
  },
  {
    id: "h13b-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "ICE prepara para el jueves un nuevo vuelo de deportación a Cuba",
    published: "2026-01-27",
    text: `MIAMI — El Servicio de Inmigración y Control de Aduanas (ICE) tiene previsto realizar el próximo jueves un vuelo de deportación con alrededor de un centenar de cubanos, que despegará de Miami con destino al aeropuerto José Martí de La Habana, según informaron a este canal abogados de inmigración y familiares de detenidos.

El Ministerio del Interior de Cuba (Minint) suele confirmar la llegada de estos vuelos el mismo día y difundir el número de "migrantes irregulares devueltos". En su último parte, correspondiente a diciembre, La Habana informó de 104 personas retornadas.

"Mi esposo me llamó anoche desde Krome y me dijo que ya le dieron la ropa para el viaje", relató a nuestra cadena una mujer de Hialeah que pidió no ser identificada. El abogado Raúl Echevarría Soto recomendó a las familias revisar de inmediato si el caso tiene un recurso pendiente ante la Junta de Apelaciones de Inmigración.

Desde 2023 los vuelos de deportación a Cuba se realizan con frecuencia aproximadamente mensual. ICE no comenta públicamente la programación de los vuelos por razones de seguridad operativa.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CU"],
      people: { value: 100, approx: true },
      departure: ["Miami"],
      arrival: ["aeropuerto José Martí"],
      date: "2026-01-29",
    },
  },
  {
    id: "h13b-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Una veintena de chilenos deportados desde EE.UU. llegó a Pudahuel",
    published: "2025-08-14",
    text: `Una veintena de compatriotas expulsados por Estados Unidos aterrizó este miércoles en el aeropuerto Arturo Merino Benítez, en un vuelo que salió de Mesa, Arizona.

La Policía de Investigaciones (PDI) confirmó que dos de los retornados mantenían órdenes de detención vigentes en Chile por delitos de robo con violencia y fueron puestos a disposición del tribunal de garantía correspondiente.

El subsecretario del Interior, Matías Cárdenas Vial, dijo a Radio Cooperativa que el Gobierno fue notificado "con la debida antelación" y que el procedimiento se realizó "sin incidentes". Consultado por la cifra exacta, respondió: "Son alrededor de veinte; la PDI entregará el número final".

Según el Departamento de Seguridad Nacional estadounidense, desde enero más de 300 chilenos han sido removidos, la mayoría vinculados a las llamadas "bandas de turismo delictivo" que operan en barrios residenciales de California y Nueva York.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CL"],
      people: { value: 20, approx: true },
      departure: ["Mesa, Arizona"],
      arrival: ["aeropuerto Arturo Merino Benítez"],
      date: "2025-08-13",
    },
  },
  {
    id: "h13b-es-007",
    lang: "es",
    style: "near-miss",
    title: "Uruguayo detenido por ICE fue deportado en un vuelo comercial",
    published: "2025-03-13",
    text: `MONTEVIDEO. — Un ciudadano uruguayo de 34 años que había sido detenido por agentes de inmigración en Nueva Jersey llegó este jueves al Aeropuerto Internacional de Carrasco en un vuelo comercial con escala en Panamá, custodiado por dos oficiales estadounidenses hasta la escala.

La Cancillería informó que el hombre, oriundo de Salto, vivía en Estados Unidos desde 2017 y trabajaba en la construcción. Su familia denunció que fue arrestado a la salida de una audiencia judicial por una infracción de tránsito.

El consulado uruguayo en Nueva York atiende actualmente unos 15 casos de compatriotas detenidos por ICE, según el vicecanciller. "No hay vuelos especiales previstos hacia Uruguay; los retornos se hacen de forma individual", aclaró.`,
    expect: { relevant: false },
  },
  {
    id: "h13b-es-008",
    lang: "es",
    style: "spanish-outlet",
    title: "¿Qué significa el acuerdo para que Ecuador reciba deportados de otros países?",
    published: "2025-07-09",
    text: `QUITO. — El Gobierno ecuatoriano anunció el martes que aceptará recibir a migrantes de terceros países deportados por Estados Unidos, tras la firma de un memorando de entendimiento en Washington. Estas son las claves.

¿Qué se firmó? Un acuerdo de "tercer país seguro" por el cual Ecuador podrá acoger a solicitantes de asilo de otras nacionalidades que Estados Unidos decida no procesar en su territorio. La canciller, Gabriela Sommerfeld Ruiz, dijo que el número será "limitado y previamente acordado".

¿Cuántas personas llegarán? El texto no fija una cifra. Fuentes del Ministerio del Interior hablaron de "algunos cientos al año", pero no hay confirmación oficial.

¿Cambia algo para los ecuatorianos en EE.UU.? No directamente. Ecuador sigue recibiendo vuelos con connacionales deportados: solo en junio llegaron 31 vuelos a Quito y Guayaquil con unas 3.900 personas, según la Cancillería.

¿Qué dicen los críticos? La Defensoría del Pueblo advirtió que el país no cuenta con capacidad de albergue suficiente y que la medida podría violar la Constitución, que prohíbe las expulsiones colectivas.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["EC"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-08",
    },
  },
  {
    id: "h13b-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Retornan 120 dominicanos en vuelo desde Newark",
    published: "2026-03-20",
    text: `SANTO DOMINGO. — Ciento veinte dominicanos deportados desde Estados Unidos llegaron el jueves al Aeropuerto Internacional de Las Américas en un vuelo procedente de Newark, informó la Dirección General de Migración (DGM).

De acuerdo con la institución, 37 de los repatriados cumplieron condenas en cárceles estadounidenses por delitos relacionados con drogas, armas y fraude; los demás fueron devueltos por violaciones migratorias. Todos fueron entrevistados por la Dirección Nacional de Control de Drogas y la Policía Nacional antes de salir del recinto.

El director de Migración, general Leonardo Castaños Medina, sostuvo que el país "recibe a sus hijos con dignidad" y anunció que la semana próxima se espera otro vuelo, procedente de Luisiana.

En lo que va de año, la DGM contabiliza 1.940 dominicanos repatriados desde Estados Unidos, frente a los 1.210 del mismo periodo de 2025. En paralelo, el país ha deportado a más de 90 mil haitianos por la frontera terrestre.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 120, approx: false },
      departure: ["Newark"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-03-19",
    },
  },
  {
    id: "h13b-es-010",
    lang: "es",
    style: "spanish-outlet",
    title: "EE.UU. deporta a unos 70 senegaleses en un vuelo a Dakar",
    published: "2025-05-15",
    text: `DAKAR, 15 May. (EFE).- Unos 70 ciudadanos senegaleses expulsados de Estados Unidos aterrizaron el martes en el aeropuerto Blaise Diagne, a unos 50 kilómetros de Dakar, en un vuelo chárter que despegó de Alexandria, según confirmaron fuentes del Ministerio de Integración Africana y Asuntos Exteriores.

La mayoría de los deportados habían llegado a Estados Unidos a través de Nicaragua y la frontera mexicana, una ruta que se popularizó entre jóvenes senegaleses en 2023 como alternativa a la peligrosa travesía en cayuco hacia Canarias.

"Muchos vendieron su ganado o se endeudaron con familiares", explicó a EFE Moussa Diallo Ndiaye, responsable de una asociación de retornados en Thiès.

En 2024, España repatrió a Senegal y Mauritania a cerca de un millar de personas llegadas en cayuco, mientras que Estados Unidos realizó al menos cinco vuelos de deportación a Dakar, según organizaciones locales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN"],
      people: { value: 70, approx: true },
      departure: ["Alexandria"],
      arrival: ["aeropuerto Blaise Diagne"],
      date: "2025-05-13",
    },
  },
];
