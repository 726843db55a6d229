// Held-out news corpus no. 14 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or any other corpus file).
// Every name, quote and number is invented; no sentence is copied from any outlet.
import type { CorpusArticle } from "./types";

export const HOLDOUT14C: CorpusArticle[] = [
  {
    id: "h14c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "一百一十六名非法移民人员从美国被遣返抵榕",
    published: "2026-03-12",
    text: `本报福州3月12日电（记者 林晓帆）记者从福建省公安厅出入境管理局获悉，本月10日，一架载有一百一十六名中国籍非法移民人员的包机从美国路易斯安那州亚历山大市起飞，经十余小时飞行后降落福州长乐国际机场。

据介绍，此次被遣返人员中，福建籍占七成以上，其余来自浙江、广东等地。他们大多于2023年至2025年间经第三国辗转偷渡入境美国，被美方拘押后经法定程序确认身份。

公安部门有关负责人表示，中方一贯坚决反对任何形式的非法移民和偷渡活动，愿与各国开展遣返合作。“偷渡不是出路，合法出行才有保障。”该负责人说。

统计显示，今年以来福建口岸已接收从多国遣返的非法移民人员三批次，去年全年则接收约九百人。警方同时提醒，部分“蛇头”以“走线”为名收取高额费用，不少人在途中遭遇抢劫甚至伤亡。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 116, approx: false },
      departure: ["路易斯安那州亚历山大市"],
      arrival: ["福州长乐国际机场"],
      date: "2026-03-10",
    },
  },
  {
    id: "h14c-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國包機遣返約130越南人 抵河內內排機場",
    published: "2025-11-21",
    text: `【本報訊】越南官方媒體報道，一班由美國移民及海關執法局（ICE）安排的包機上周五抵達河內內排國際機場，機上載有約一百三十名被遣返的越南公民。

越南外交部發言人范氏玉蘭在周四的例行記者會上證實此事，並稱越方「一貫按照兩國協議，核實並接收無合法居留權的公民」。她指出，當局已為抵步人士安排健康檢查及返鄉交通。

根據一份2008年簽署的越美遣返協議，1995年前抵美的越南人原則上不在遣返之列，但近年美方多次要求擴大適用範圍。有越南裔社區團體估計，目前在美國持有最終遣返令的越南人逾八千人。

本港關注團體則表示，今年以來經香港轉機返越的被遣返者亦有增加，但未有具體數字。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 130, approx: true },
      departure: [],
      arrival: ["內排國際機場"],
      date: "2025-11-14",
    },
  },
  {
    id: "h14c-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美第三國遣返再添一國 23名古巴、剛果、海地籍人士被送往安哥拉",
    published: "2026-05-08",
    text: `（中央社記者張宜蓁華盛頓7日專電）美國國土安全部今天證實，一架遣返包機本週三從德州聖安東尼奧起飛，將23名來自古巴、剛果民主共和國及海地的移民送往非洲國家安哥拉首都羅安達。

國土安全部在聲明中說，這些人「均犯有嚴重罪行，其原籍國拒絕或拖延接收」，因此依據美國與安哥拉上月達成的安排，轉送第三國。聲明未說明他們在安哥拉將獲何種身分。

代表其中數人的律師柯爾曼（Dana Coleman）表示，她的當事人事前僅獲不到24小時通知，「有人連家人都來不及聯絡」。她說，其中一名古巴籍男子已在美國居住超過20年。

美國去年起大幅擴大第三國遣返，已先後將移民送往哥斯大黎加、巴拿馬、薩爾瓦多及多個非洲國家。人權團體估計，迄今遭第三國遣返者累計超過1500人。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AO"],
      nationalities: ["CU", "CD", "HT"],
      people: { value: 23, approx: false },
      departure: ["聖安東尼奧"],
      arrival: ["羅安達"],
      date: "2026-05-06",
    },
  },
  {
    id: "h14c-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "ICE拟下周包机遣返约80名中国公民 华人律师提醒持遣返令者尽快咨询",
    published: "2025-09-18",
    text: `【侨报记者吴嘉宁洛杉矶报道】据多名知情人士及移民律师透露，美国移民和海关执法局（ICE）计划于下周二安排一架包机，从洛杉矶将约80名中国公民遣返回国，航班预计降落广州白云国际机场。

ICE洛杉矶办公室对本报询问未予正面回应，仅表示“不评论具体遣返行动的时间安排”。但据一名被拘押者家属称，其丈夫已于本周一被转移至阿德兰托拘留中心，并被告知“准备登机”。

华人移民律师郑立行表示，近期已接到十余宗类似咨询。“如果当事人手上还有上诉或动议未决，一定要第一时间通知律师。”他说，部分人在美国已生活十年以上，有美国出生的子女。

去年以来，中美双方在遣返问题上恢复合作，今年已有数批包机成行。据美方公布的数据，2024财年被遣返的中国公民超过两千人，较前一年明显增加。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: { value: 80, approx: true },
      departure: ["洛杉矶"],
      arrival: ["广州白云国际机场"],
      date: "2025-09-23",
    },
  },
  {
    id: "h14c-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "寮國暫停接收美方遣返人員 華府揚言簽證制裁",
    published: "2026-01-16",
    text: `【自由時報國際新聞中心／綜合報導】寮國外交部十四日發表聲明，宣布即日起暫停接收由美國遣返的寮國籍人士，理由是美方「未依照雙方共識提供完整身分資料」，並要求重新協商程序。

聲明指出，寮方過去兩年已配合接收數百名被美國遣返者，但近期多批名單中出現出生於泰國難民營、從未持有寮國證件的人士，「寮國無法為無法核實者簽發旅行文件」。

美國國務院發言人隨即回應，若寮國持續拒收，美方將考慮依移民法第243(d)條對寮國官員暫停簽發簽證。據了解，美國境內持最終遣返令的寮國人約有四千五百人，多為越戰後來美的苗族及其後代。

分析人士指出，柬埔寨、緬甸等國過去也曾因類似爭議遭美方施壓，最後多半以恢復接收收場。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["LA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-14",
    },
  },
  {
    id: "h14c-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "逾百名亚洲移民被美国送往哥斯达黎加 包括中国和乌兹别克斯坦公民",
    published: "2025-07-03",
    text: `（联合早报讯）哥斯达黎加政府证实，一批逾100名被美国遣返的移民6月30日搭乘美国军方安排的航班抵达首都圣何塞附近的胡安·圣玛丽亚国际机场，随后被大巴送往南部边境附近的临时移民接待中心。

这批移民包括中国、乌兹别克斯坦、阿富汗和印度公民，其中有多名儿童。哥斯达黎加总统府称，此举是“协助美国这个北方兄弟”，相关费用由美方承担，移民将在当地停留至多六周，等候返回原籍国。

国际移民组织驻当地人员表示，部分移民拒绝返回原籍国，担心遭受迫害，正考虑在当地申请庇护。一名不愿具名的阿富汗男子对记者说：“我们不知道接下来会被送到哪里。”

巴拿马今年早些时候也接收了约300名类似的第三国移民，部分人至今仍滞留在达连省的营地。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "UZ", "AF", "IN"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["胡安·圣玛丽亚国际机场"],
      date: "2025-06-30",
    },
  },
  {
    id: "h14c-zh-007",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返四十二名古巴人抵夏灣拿",
    published: "2026-02-27",
    text: `【澳門日報綜合外電】古巴內政部消息，二月二十六日一架美國海岸防衛隊安排的航班自邁阿密起飛，載送四十二名被遣返的古巴人抵達夏灣拿何塞·馬蒂國際機場，是今年第三批。

內政部稱，機上三十五名男性、七名女性，其中四人曾有刑事紀錄，已交由警方跟進。古方並重申，美國的「濕腳乾腳」政策廢除後，非法移民潮雖一度減少，但美方收緊簽證令更多人鋌而走險。

據古巴官方統計，去年全年經空路及海路被美國遣返的古巴人約一千六百人。另有數百人由墨西哥及巴哈馬遣返。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 42, approx: false },
      departure: ["邁阿密"],
      arrival: ["何塞·馬蒂國際機場"],
      date: "2026-02-26",
    },
  },
  {
    id: "h14c-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "委内瑞拉宣布恢复接收美国遣返航班",
    published: "2025-10-30",
    text: `（加拿大《明报》多伦多讯）委内瑞拉政府周二宣布，将恢复接收由美国遣返的本国公民，结束近两个月的暂停。委方称，双方已就航班安排和人员身份核实“达成新的技术性共识”。

委内瑞拉外交部长在国家电视台讲话时说：“我们的同胞不是罪犯，我们欢迎每一个回家的委内瑞拉人。”他说，首批航班可能在未来数周内恢复，但没有给出具体日期。

此前，委方因美国在加勒比海的军事部署而暂停接收遣返航班。今年上半年，已有约八千名委内瑞拉人经“回归祖国”计划乘包机从美国返回，另有数百人被送往萨尔瓦多关押。

在加拿大，委内瑞拉裔社区人士表示关注事态发展。多伦多一名社区组织者说，不少人有亲属在美国持临时保护身份，担心资格到期后被遣返。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-10-28",
    },
  },
  {
    id: "h14c-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "近二百厄瓜多爾人遭美遣返 抵瓜亞基爾",
    published: "2026-04-22",
    text: `【星島日報訊】厄瓜多爾外交部表示，一架由美國亞利桑那州梅薩起飛的遣返包機，昨日（21日）降落瓜亞基爾，機上載有近二百名厄瓜多爾公民，其中包括數十名婦女。

外交部稱，這是本月第五班遣返航班，當局在機場設立接待點，為抵埗者提供飲用水、電話卡及臨時住宿資訊。副外長說：「我們會陪伴每一位回國的同胞。」

近年厄瓜多爾治安惡化，大量民眾經哥倫比亞、巴拿馬北上。美國海關及邊境保護局數據顯示，上一財年在美墨邊境被截的厄瓜多爾人逾十萬人次。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 200, approx: true },
      departure: ["亞利桑那州梅薩"],
      arrival: ["瓜亞基爾"],
      date: "2026-04-21",
    },
  },
  {
    id: "h14c-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "三名大马人在列 美国第三国遣返航班飞抵危地马拉",
    published: "2025-12-12",
    text: `（吉隆坡12日讯）外交部证实，三名大马公民上周六随一架美国遣返航班被送往中美洲国家危地马拉，目前正由我国驻墨西哥大使馆协助安排返国事宜。

据危地马拉移民局公布，该航班从美国路易斯安那州起飞，共载65人，除大马人外，还有中国及印度籍人士，落地危地马拉城后被安置于移民局临时收容设施。

外交部发言人说：“我们已与危地马拉当局取得联系，确保三人获得领事协助，并尽快安排他们返回马来西亚。”发言人未透露三人的姓名及籍贯。

危地马拉今年与美国签署协议，同意作为“安全第三国”接收非本国籍移民。此前已有多批来自洪都拉斯、萨尔瓦多的移民被送抵。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["MY", "CN", "IN"],
      people: { value: 65, approx: false },
      departure: ["路易斯安那州"],
      arrival: ["危地马拉城"],
      date: "2025-12-06",
    },
  },
  {
    id: "h14c-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "柬埔寨接收二十七名美國遣返者 不少人從未踏足柬國",
    published: "2026-06-05",
    text: `【明報專訊】清晨時分，四十七歲的索旺背着一個透明膠袋走出德崇國際機場的入境大堂，袋裏是他在美國拘留中心發還的衣物和幾封家書。「我五歲就離開了，連高棉話都說得不好。」他說。

索旺是本月三日抵達金邊的二十七名被美國遣返柬埔寨人之一。柬埔寨內政部證實，該批人士乘搭美方安排的包機抵達，大部分為上世紀七八十年代隨家人逃離戰亂、在泰國難民營出生或成長的人。

當地非政府組織「歸鄉援助中心」負責人表示，過去二十年已有逾千名柬裔人士被美國遣返，許多人抵步後無親無故，難以找到工作。

柬埔寨曾於2017年一度拒絕簽發旅行證件，美方其後對柬官員實施簽證制裁，雙方其後恢復合作。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 27, approx: false },
      departure: [],
      arrival: ["德崇國際機場"],
      date: "2026-06-03",
    },
  },
  {
    id: "h14c-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返105名哥倫比亞人 哥國政府派員接機",
    published: "2024-11-15",
    text: `（中央社波哥大14日綜合外電報導）哥倫比亞移民局表示，一架載有105名被遣返者的美國包機十一月十三日從德州哈靈根起飛，當天下午降落波哥大埃爾多拉多國際機場。

移民局長在社群媒體發文說，政府已派員在機場接機，並為返國者提供心理輔導和職業訓練資訊。他說，這批人中有12名未成年人，均與家人同行。

哥倫比亞是美國遣返航班的主要目的地之一。根據移民局統計，今年以來已接收約180班遣返航班，總人數超過1萬5000人。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 105, approx: false },
      departure: ["哈靈根"],
      arrival: ["埃爾多拉多國際機場"],
      date: "2024-11-13",
    },
  },
  {
    id: "h14c-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "移民署包機遣返百餘名逃逸移工 越、印尼籍占多數",
    published: "2025-09-26",
    text: `（中央社記者劉書豪台北26日電）內政部移民署今天表示，為加速收容人返國，移民署本週二首度租用包機，將113名逾期居留及逃逸的越南籍移工自桃園國際機場遣送回河內，另有40餘名印尼籍人士將於下月分批搭乘民航班機返國。

移民署北區事務大隊長說，收容所近期人數一度逼近容量上限，包機可一次處理大量個案，「成本比逐一購票更低」。他並呼籲雇主勿非法僱用失聯移工。

根據移民署統計，目前在台失聯移工約九萬人，其中越南籍約占六成。`,
    expect: { relevant: false },
  },
  {
    id: "h14c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "二百余名电诈犯罪嫌疑人从缅甸妙瓦底押解回国",
    published: "2025-03-14",
    text: `新华社昆明3月14日电 记者从公安部获悉，3月13日，公安部组织4架包机，将二百余名中国籍电信网络诈骗犯罪嫌疑人从缅甸妙瓦底经泰国湄索押解回国，分别降落昆明长水国际机场和南京禄口国际机场。

公安部有关负责人表示，这是中缅泰三方执法合作的又一重要成果。今年以来，已有逾千名涉诈嫌疑人被移交中方。

该负责人说，公安机关将依法对上述人员开展审查，同时继续深化国际执法合作，“坚决铲除境外诈骗窝点”。`,
    expect: { relevant: false },
  },
  {
    id: "h14c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "日本出入國在留管理廳包機 強制遣返44名斯里蘭卡人",
    published: "2026-01-30",
    text: `【共同社東京電】日本出入國在留管理廳宣布，本月二十八日以包機方式從成田機場強制遣返44名斯里蘭卡籍人士，是今年首次集體遣返行動，部分人曾多次申請難民身份遭拒。

日本去年修訂《出入國管理及難民認定法》，容許當局遣返申請難民三次以上者。支援團體批評，包機遣返令部分在日本出生的兒童與家人分離。

據統計，日本去年強制遣返外國人約一萬人，當中以越南、泰國及中國籍為主。香港入境處則表示，本港並無類似的大規模包機遣返安排。`,
    expect: { relevant: false },
  },
  {
    id: "h14c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "评论：移民法庭积压案逾三百万宗，“快速遣返”解决不了问题",
    published: "2026-03-27",
    text: `（美国《世界日报》专栏）联邦法官本周裁定，国土安全部在未给予当事人充分通知的情况下，将移民送往第三国的做法可能违反正当程序，要求政府在执行前至少提前十天告知。这项裁决的影响，或许比许多人想象的更深远。

根据司法部移民复审执行办公室的数据，全美移民法庭积压案件已超过三百四十万宗，平均每名法官手上有四千多个案子。一名华人庇护申请人从递件到开庭，等上五六年并不罕见。

政府希望以扩大“快速遣返”范围来提速，但在笔者看来，这只是把压力从法庭转移到拘留中心。真正需要的，是增加法官编制、恢复法律援助，并让有合理诉求的人能够及时得到听证。

（作者为旧金山执业移民律师，文章仅代表个人观点）`,
    expect: { relevant: false },
  },
  {
    id: "h14c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "澳洲内政部包机遣返逾期滞留者 多名中国公民在列",
    published: "2025-11-07",
    text: `（澳洲《澳华新闻》悉尼讯）澳大利亚内政部证实，上周四一架包机从悉尼起飞，将约六十名签证逾期或被取消签证的非公民遣返回国，其中包括多名中国公民及马来西亚、越南籍人士。

内政部发言人表示，相关人员均已用尽上诉途径。“在澳洲没有合法居留权的人必须离开。”发言人说。

移民代理人士指出，近年因打工被取消学生签证的案例有所增加，建议留学生严格遵守每两周四十八小时的工时限制。澳洲过去一年共遣返非公民约一万两千人，其中大部分搭乘普通民航航班离境。`,
    expect: { relevant: false },
  },
  {
    id: "h14c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "美簽面談豁免再縮緊 AIT：旅客應提早預約",
    published: "2025-10-17",
    text: `【聯合報記者陳品蓉台北報導】美國在台協會（AIT）今天宣布，自下月起，多數非移民簽證申請人將無法再適用面談豁免，包括部分續簽的學生及商務簽證，建議民眾提早預約。

AIT表示，台灣旅客赴美觀光或商務停留90天內仍可透過免簽計畫（ESTA）入境，不受影響。但申請F、J、H等簽證者，預約等候時間可能拉長至數週。

旅行業者說，年底旺季赴美機位已近滿載，長榮、華航美西航線票價較去年同期上漲約一成。`,
    expect: { relevant: false },
  },
  {
    id: "h14c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "“走线”华人在圣地亚哥边境被拘 家属苦等消息",
    published: "2024-05-31",
    text: `【侨报记者何思远圣地亚哥报道】周三凌晨，一批约三十名中国籍移民在圣地亚哥以东的边境墙缺口处向边境巡逻人员自首，随后被送往临时处理站。这是本月以来在该地区被拦截的第七批华人。

来自四川的张女士告诉记者，她丈夫两周前从厄瓜多尔出发“走线”，至今仍被关押在拘留中心，“打电话只能说五分钟”。她说，家里为此借了二十多万元人民币。

美国海关和边境保护局数据显示，本财年前七个月，在西南边境被拦截的中国公民已超过两万四千人次，远超往年。移民律师提醒，被拘留者应尽早提出庇护申请，以免被快速遣返。`,
    expect: { relevant: false },
  },
  {
    id: "h14c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "外逃十二年 “红通人员”王某被遣返回国",
    published: "2026-08-14",
    text: `据中央纪委国家监委网站消息，在中央反腐败协调小组国际追逃追赃和跨境腐败治理工作办公室统筹协调下，外逃12年的“红通人员”、某国有企业原财务总监王某，8月12日被美方遣返回国，搭乘民航班机抵达北京首都国际机场后即被移交办案机关。

经查，王某涉嫌贪污公款逾三千万元，于2014年经香港出逃美国。美方此前以其违反移民法为由将其拘押，并经移民法庭裁定遣返。

“天网2026”行动开展以来，已追回外逃人员八百余名，其中“红通人员”二十一名。`,
    expect: { relevant: false },
  },
  {
    id: "h14c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "58 Filipinos deported from US arrive at NAIA",
    published: "2026-02-20",
    text: `MANILA — Fifty-eight Filipinos removed by United States immigration authorities arrived at the Ninoy Aquino International Airport on Wednesday aboard a chartered aircraft, the Bureau of Immigration (BI) said.

BI spokesperson Rhea Dumalagan said the returnees, 49 men and nine women, were processed at Terminal 1 and turned over to the Department of Migrant Workers and the Overseas Workers Welfare Administration for repatriation assistance. "Many of them have not been home in decades," she said.

The Department of Foreign Affairs said around 370,000 Filipinos are believed to be living in the US without legal status. Last year, fewer than 1,000 were deported, most of them on commercial flights through Guam, Los Angeles or San Francisco.

Senator Paolo Ventura urged the government to prepare livelihood programs for returnees, noting that several of those on board had lived in California and Nevada for more than 20 years.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 58, approx: false },
      departure: [],
      arrival: ["Ninoy Aquino International Airport"],
      date: "2026-02-18",
    },
  },
  {
    id: "h14c-en-002",
    lang: "en",
    style: "wire",
    title: "US deportation flight with about 120 Indians lands in Delhi",
    published: "2025-08-05",
    text: `NEW DELHI — A chartered aircraft carrying about 120 Indian nationals deported from the United States touched down at Indira Gandhi International Airport shortly after 2 a.m. on Monday, officials said, the latest in a series of removal flights to South Asia.

The aircraft had taken off from El Paso, Texas, with a refuelling stop in Europe, according to a person familiar with the arrangements who asked not to be named. Most of the deportees were from Punjab, Haryana and Gujarat, police in those states said.

"We are working closely with the US side to verify the identity of every person," External Affairs Ministry spokesman Arvind Sethi told reporters, adding that India opposed illegal migration "in all its forms".

Opposition politicians renewed criticism of the use of restraints on earlier flights. More than 1,700 Indians have been sent back from the US since January, government figures show, while India's neighbours Nepal and Bangladesh have also received deportees.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 120, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Indira Gandhi International Airport"],
      date: "2025-08-04",
    },
  },
  {
    id: "h14c-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Fourteen deportees return from the United States",
    published: "2026-09-14",
    text: `NUKU'ALOFA — Fourteen Tongan men deported from the United States arrived at Fua'amotu International Airport last Thursday on a chartered flight from Honolulu, the Ministry of Police confirmed.

Police Commander Sione Latu said all fourteen had completed sentences in US prisons for offences ranging from drug possession to assault. "They will be given the support they need, but they will also be monitored," he said.

Community leaders have long argued that deportees, many of whom left Tonga as children, struggle to reintegrate. A 2024 government review counted more than 1,100 people deported to Tonga from the US, New Zealand and Australia over two decades.

The Ministry said it had asked US authorities for earlier notice of future flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TO"],
      people: { value: 14, approx: false },
      departure: ["Honolulu"],
      arrival: ["Fua'amotu International Airport"],
      date: "2026-09-10",
    },
  },
  {
    id: "h14c-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Immigration prepares for arrival of 22 deportees from US in August",
    published: "2026-07-10",
    text: `SUVA — The Fiji Immigration Department says it has been notified that 22 Fijian nationals will be deported from the United States next month on a flight arranged by US Immigration and Customs Enforcement.

Director of Immigration Kelera Naivalu said the group was expected to land at Nadi International Airport in August, although US authorities had not yet confirmed the exact day. "We have set up a reception team with the Ministry of Health and the Fiji Police Force," she said.

The department said most of the 22 had overstayed visas, while a smaller number had criminal convictions. Last year, Fiji received 37 deportees from the US, and a further 60 from Australia and New Zealand combined.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["FJ"],
      people: { value: 22, approx: false },
      departure: [],
      arrival: ["Nadi International Airport"],
      date: "2026-08",
    },
  },
  {
    id: "h14c-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "Cabinet says no to US request on third-country deportees",
    published: "2025-04-09",
    text: `APIA — Samoa will not accept non-Samoan nationals deported from the United States, the Prime Minister's office announced on Monday, after Washington asked several Pacific nations to consider taking migrants whose own countries refuse them.

"Samoa continues to welcome back its own citizens, as we always have, but we are not in a position to receive people from other countries," the statement said. It did not say when the US request had been made.

Diplomatic sources said at least two other Pacific island states had received similar requests. Samoa accepted 19 of its own nationals deported from the US last year.

Opposition MP Taulealo Fepulea'i welcomed the decision, saying the country "does not have the facilities or the resources" for such an arrangement.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["WS"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-04-07",
    },
  },
  {
    id: "h14c-en-006",
    lang: "en",
    style: "wire",
    title: "At least 46 Nepalis deported from US land in Kathmandu",
    published: "2026-10-02",
    text: `KATHMANDU — At least 46 Nepali nationals deported by the United States arrived at Tribhuvan International Airport on Thursday, the Department of Immigration said.

The department said the returnees were handed over to their families after questioning by police about the agents who had arranged their journeys, which for many cost more than Rs 5 million.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 46, approx: true },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2026-10-01",
    },
  },
  {
    id: "h14c-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: "31 Koreans deported from US return to Incheon",
    published: "2024-12-06",
    text: `Thirty-one South Korean nationals removed by US immigration authorities returned home on a chartered flight that landed at Incheon International Airport on Dec. 4, the Ministry of Foreign Affairs said Friday.

The flight departed from Atlanta, Georgia, according to the ministry, which said consular officials from its consulate general there had visited the detainees before departure. Most had overstayed tourist or student visas; four had criminal records.

"We have requested that the US side ensure the human rights of our nationals are respected throughout the process," a ministry official said on condition of anonymity.

According to US data, about 1,400 South Koreans were removed in the previous fiscal year, up from roughly 900 a year earlier. Japan and Taiwan have seen smaller increases.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KR"],
      people: { value: 31, approx: false },
      departure: ["Atlanta, Georgia"],
      arrival: ["Incheon International Airport"],
      date: "2024-12-04",
    },
  },
  {
    id: "h14c-en-008",
    lang: "en",
    style: "near-miss",
    title: "Charter flight brings 501 deportees from Australia to Auckland",
    published: "2026-08-19",
    text: `AUCKLAND — A chartered flight carrying 27 New Zealanders deported from Australia under section 501 of its Migration Act landed in Auckland on Tuesday, police said.

Detective Inspector Mere Whaanga said several of the deportees had gang affiliations and would be subject to return-offender orders. "Our priority is public safety," she said.

More than 3,000 New Zealanders have been sent back from Australia since 2014. The Australian government has said it will give more weight to how long a person has lived in Australia, but critics in Wellington say little has changed.`,
    expect: { relevant: false },
  },
  {
    id: "h14c-en-009",
    lang: "en",
    style: "near-miss",
    title: "Malaysia deports over 100 Myanmar nationals despite court challenge",
    published: "2025-05-23",
    text: `KUALA LUMPUR — Malaysia's Immigration Department sent more than 100 Myanmar nationals home on Thursday on naval vessels and a chartered flight from Kuala Lumpur International Airport to Yangon, rights groups said, despite appeals to halt the removals.

Immigration Director-General Khairul Nizam said those deported had "agreed to return voluntarily" and that none was a registered refugee. Rights groups disputed this, saying some had asylum claims pending with the UN refugee agency.

Malaysia holds about 15,000 people in its immigration detention depots, according to government figures, many of them from Myanmar, Indonesia and Bangladesh.`,
    expect: { relevant: false },
  },
  {
    id: "h14c-en-010",
    lang: "en",
    style: "near-miss",
    title: "Nurse deported from US after 18 years flies home to Cebu",
    published: "2026-11-13",
    text: `CEBU CITY — Marites Abellana, a 52-year-old nurse who had lived in Las Vegas for 18 years, arrived at Mactan-Cebu International Airport on Wednesday after being deported from the United States on a commercial flight, escorted by two immigration officers as far as Tokyo.

Ms. Abellana was detained in July after a routine check-in with immigration authorities, her daughter said. Her asylum application had been denied in 2019. "She was the one who took care of everyone," her daughter told reporters at the arrivals area.

Advocacy groups in the US say check-in arrests have increased sharply this year. The Philippine consulate in San Francisco said it was assisting several other Filipinos in detention.`,
    expect: { relevant: false },
  },
];
