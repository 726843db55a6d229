// Held-out news corpus no. 7 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, docs/alerts.md or any other
// corpus file). Every outlet style is imitated, never copied: every name, quote and number is invented.
// 20 articles in Chinese (Simplified and Traditional) and 10 in Spanish, including near misses.

import type { CorpusArticle } from "./types";

export const HOLDOUT7B: CorpusArticle[] = [
  {
    id: "h7b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方再派包机遣返中国籍人员 航班周二降落广州",
    published: "2025-03-13",
    text: `【本报讯】美国国土安全部12日发表声明称，美国移民和海关执法局（ICE）本周二执行了一次大型包机遣返任务，将一百余名在美国没有合法居留依据的中国公民送回国内。据一名了解航班安排的人士透露，飞机当天深夜降落在广州白云国际机场。

声明没有公布准确人数，也没有说明航班从美国哪座城市起飞。国土安全部发言人莉迪亚·奥斯本在声明中说：“凡是无权留在美国的人，都会被送回原籍国，任何中介的承诺都改变不了这一点。”

这是今年以来第二架飞往中国的大型遣返航班。去年夏天的首架包机载有约一百二十人，此后双方一度中断合作，直到去年年底才恢复。

根据国土安全部公布的数据，2024财年美方共遣返或遣送逾27万人，航班飞往140多个国家，其中包括哥伦比亚、危地马拉、厄瓜多尔和印度。

纽约法拉盛执业的移民律师郑立衡对本报表示，过去一周他的事务所接到了二十多个家属来电，询问被拘留亲人是否在这架航班上。“很多家庭直到人落地后才接到电话，”他说。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["广州白云国际机场"],
      date: "2025-03-11",
    },
  },
  {
    id: "h7b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返班機抵胡志明市 97名越南人返國",
    published: "2025-06-19",
    text: `（中央社記者林思妤河內19日專電）越南公安部昨天證實，一架載有97名越南公民的美國遣返班機17日上午降落胡志明市新山一國際機場，這是今年以來美方第三度以包機將越南人送返。

據越南媒體引述公安部出入境管理局官員說法，這架班機從美國路易斯安那州亞歷山卓起飛，途中在阿拉斯加安克拉治短暫加油。機上97人中有11名女性，均已持有美國移民法官核發的最終遣返令。

越南外交部發言人范氏秋蘭在例行記者會上表示，越方「一貫依照兩國之間的協議，接收經核實身分的越南公民」，並呼籲國人不要輕信非法仲介。

美國國土安全部資料顯示，目前仍有約8000名越南籍人士持有最終遣返令但尚未被遣返，其中許多人是1995年兩國建交前入境美國。寮國與柬埔寨近年也面臨美方要求加快接收本國公民的壓力。

越南勞動榮軍社會部表示，返國者將先接受健康檢查，之後由各省協助安置與職業輔導。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 97, approx: false },
      departure: ["路易斯安那州亞歷山卓"],
      arrival: ["新山一國際機場"],
      date: "2025-06-17",
    },
  },
  {
    id: "h7b-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再送第三國移民到非洲 烏干達接收11人",
    published: "2025-09-25",
    text: `美國總統特朗普重返白宮後，積極尋求第三國接收無法遣返原籍國的移民。烏干達內政部周三（24日）發表聲明，確認一架由美國德州起飛的包機已於周二晚降落恩德培國際機場，機上共有11名被美國驅逐出境的非烏干達籍人士。

聲明指出，這批人分別來自索馬里、厄立特里亞及巴基斯坦，全部為成年男性，抵埗後已被送往首都坎帕拉近郊一處臨時設施，由國際移民組織（IOM）人員協助評估。烏干達內政部常任秘書奧凱洛（Patrick Okello）稱，當局「不會接收有刑事紀錄的人士或無人陪伴的未成年人」。

報道指，烏干達是繼南蘇丹、盧旺達及埃斯瓦蒂尼之後，又一個接收美國第三國遣返者的非洲國家。埃斯瓦蒂尼早前接收的一批人來自古巴、老撾及也門，其中部分人已被送返原籍國。

人權組織批評有關安排不透明。總部設於坎帕拉的「難民法律援助中心」主任納卡圖（Grace Nakatu）表示：「這些人被送到一個他們從未到過、語言不通的國家，卻沒有人告訴他們要留多久。」

美國國務院發言人拒絕評論具體航班，只表示執行移民法是政府的首要任務。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["SO", "ER", "PK"],
      people: { value: 11, approx: false },
      departure: ["德州"],
      arrival: ["恩德培國際機場"],
      date: "2025-09-23",
    },
  },
  {
    id: "h7b-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "近四十名尼泊尔人遭美国遣返 抵达加德满都",
    published: "2025-12-05",
    text: `（加德满都综合电）尼泊尔移民局4日说，一架美国政府租用的包机当天中午降落加德满都特里布万国际机场，把近四十名在美国非法滞留的尼泊尔公民送回国。

移民局官员拉杰什·塔帕对记者说，这些人大多是过去两年经南美洲和墨西哥辗转偷渡入境美国的年轻男性，“有人为这趟路付给中介超过5万美元，最后两手空空回来”。

尼泊尔外交部估计，目前仍有约1200名尼泊尔人在美国收到最终遣返令。外交部发言人说，政府已要求驻华盛顿使馆加快核实身份，以便“有序、有尊严地”接回国民。

这是今年以来第二架从美国直飞加德满都的遣返包机。邻国印度今年已多次接收美国军机和包机遣返的公民，不丁则表示目前没有类似情况。

据当地媒体报道，返国者在机场接受了简单的健康检查，随后由家属接走。部分人表示，他们仍欠着当地放贷人的债务。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["特里布万国际机场"],
      date: "2025-12-04",
    },
  },
  {
    id: "h7b-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "美包机遣返68孟加拉人 抵达达卡后数人被警方问话",
    published: "2026-02-11",
    text: `（达卡10日讯）孟加拉内政部周二表示，一架从美国路易斯安那州起飞的包机于周一凌晨抵达达卡沙阿贾拉勒国际机场，机上载有68名被美国驱逐出境的孟加拉人。

内政部发言人说，其中5人因涉嫌伪造证件，在下机后被机场警方带走问话，其余人在完成登记后获准离开。一名返国者对当地电视台说，他在美国拘留中心被关了十一个月，“到最后一天才知道飞机要去哪里”。

孟加拉海外就业部数据显示，去年共有约2300名孟加拉人从各国被遣返，其中来自美国的人数较前年增加近一倍。

另一方面，马来西亚移民局近月也频繁突击检查工地，拘捕了数百名持过期准证的孟加拉籍劳工，相关遣返工作仍在进行中。

孟加拉移民权益组织负责人沙米姆·拉赫曼呼吁政府为返国者提供再就业培训，“否则他们很快又会寻找新的偷渡路线”。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 68, approx: false },
      departure: ["路易斯安那州"],
      arrival: ["达卡沙阿贾拉勒国际机场"],
      date: "2026-02-09",
    },
  },
  {
    id: "h7b-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "拒當美國遣返中繼站 斐濟婉拒接收第三國人士",
    published: "2025-07-30",
    text: `〔國際新聞中心／綜合報導〕南太平洋島國斐濟總理辦公室29日發表聲明，表示已正式回覆美方，拒絕接收被美國遣返的第三國公民，理由是斐濟「沒有足夠的收容設施，也無法保障這些人的權益」。

聲明說，美國國務院本月初透過外交管道詢問斐濟是否願意暫時安置一批無法遣返原籍國的移民。斐濟內閣經討論後一致決定拒絕，但強調斐濟將「一如既往」接收經核實身分的本國公民。

斐濟移民局資料顯示，今年迄今已有21名斐濟人搭乘商業航班從美國被遣返，多數是簽證逾期居留者。

據報導，美方近月也曾與其他太平洋島國接觸。澳洲國立大學太平洋事務研究員柯琳‧華特斯（Colleen Walters）分析，斐濟的決定反映島國對主權議題的敏感，「這些國家與美國關係密切，但不希望被視為可以隨意安置他國人民的地方」。

美國駐蘇瓦大使館則回應，美方尊重斐濟的決定，雙方在其他領域的合作不受影響。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["FJ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-29",
    },
  },
  {
    id: "h7b-zh-007",
    lang: "zh",
    style: "near-miss",
    title: "日本入管厅包机遣返30名斯里兰卡籍人员",
    published: "2026-04-22",
    text: `（东京21日电）日本出入国在留管理厅21日宣布，当天使用包机将30名在日本非法滞留的斯里兰卡籍人员从成田机场遣返科伦坡。这是日本今年第二次使用包机集中遣返外国人。

入管厅表示，这30人均已收到退去强制令，其中部分人曾多次申请难民认定未获批准。根据2024年施行的修订版《入管法》，申请难民认定三次以上者原则上不再暂停遣返程序。

日本支援难民团体批评称，修法后被强制遣返的人数明显增加，“有人在日本生活了十几年，孩子在日本上学”。

入管厅统计显示，去年日本共强制遣返外国人约9000人，主要来自越南、中国、泰国和菲律宾。今年2月，日本曾以包机方式将一批土耳其籍人员遣返伊斯坦布尔。`,
    expect: { relevant: false },
  },
  {
    id: "h7b-zh-008",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美擬下周包機遣返約80名烏茲別克人",
    published: "2025-10-16",
    text: `烏茲別克外交部周三（15日）表示，美國當局已通知塔什干，將於下周二（21日）安排一架包機，把約80名烏茲別克公民從美國亞利桑那州遣送返國，班機預計在當地時間晚上抵達塔什干。

外交部領事司司長烏斯曼諾夫（Bakhtiyor Usmonov）在記者會上說，駐美使館已逐一核實機上人員的身分，「他們回國後不會因為非法出境而受到刑事追究」。

今年以來，已有數百名烏茲別克人從美國被遣返，部分人曾與哈薩克斯坦及吉爾吉斯公民同乘一班飛機。烏茲別克官方估計，目前在美國移民拘留設施中的烏茲別克人仍有約600人。

中亞國家近年成為經南美洲偷渡美國的主要來源地之一。塔什干一名社會學者表示，不少年輕人是為了逃避國內低薪，「把全家的積蓄交給了中介」。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["UZ"],
      people: { value: 80, approx: true },
      departure: ["亞利桑那州"],
      arrival: ["塔什干"],
      date: "2025-10-21",
    },
  },
  {
    id: "h7b-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国将48名多国移民遣送哥斯达黎加 包括19名中国公民",
    published: "2026-01-23",
    text: `【本报综合报道】哥斯达黎加公共安全部周四（22日）证实，一架从亚利桑那州梅萨起飞的美国包机已于周三晚间降落首都圣何塞附近的胡安·圣玛丽亚国际机场，机上48人均非哥斯达黎加公民。

据该部副部长马里奥·塞迪略介绍，这批人来自中国、越南和尼泊尔，其中中国公民19人，另有多名儿童随父母同行。他们下机后被大巴送往南部靠近巴拿马边境的临时移民收容中心，最长可停留六周，等待安排返回原籍国或前往其他国家。

这是哥斯达黎加第二次以“中转国”身份接收美国遣送的第三国移民。去年首批抵达的人员中有不少来自中亚和印度，一度引发当地人权团体抗议。巴拿马和危地马拉也曾与美方达成类似安排。

旧金山湾区一个华人互助组织的负责人向本报表示，已有数个家庭联系他们，称亲属被关押数月后突然失联，“最后才知道人被送到了中美洲”。

美国国土安全部在回应媒体询问时表示，所有被遣送者均已“用尽法律救济途径”，相关费用由美方承担。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "VN", "NP"],
      people: { value: 48, approx: false },
      departure: ["亚利桑那州梅萨"],
      arrival: ["胡安·圣玛丽亚国际机场"],
      date: "2026-01-21",
    },
  },
  {
    id: "h7b-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "皇后区华人男子遭押解搭民航班机遣返 家属称“毫无预警”",
    published: "2025-05-15",
    text: `【本报纽约讯】在纽约皇后区居住近二十年的福建籍男子陈某，本周二在例行前往移民和海关执法局（ICE）报到时被当场拘留，随后由两名执法人员押解，搭乘一班从纽约肯尼迪机场飞往上海的商业航班被遣返。

陈某的妻子对本报记者说，丈夫多年前申请庇护被拒后一直按时报到，“这次也只是像平常一样去签个字，人就再也没回来”。她说，家中两个孩子都在美国出生。

代理此案的律师魏子谦表示，当事人虽然有最终遣返令，但家属已提交重新审理申请，“ICE在法院作出决定之前就把人送走，程序上存在问题”。

ICE纽约办公室发言人在电子邮件中回应称，该男子“已用尽所有法律途径”，遣返依法执行。

据非营利组织统计，今年以来纽约市已有数十名华人在ICE报到时被拘留，不少人被转押至新泽西或路易斯安那州的拘留中心。`,
    expect: { relevant: false },
  },
  {
    id: "h7b-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返班機抵太子港 52名海地人返國",
    published: "2026-03-06",
    text: `（中央社紐約5日綜合外電報導）海地國家移民局表示，一架美國移民及海關執法局（ICE）包機今天下午降落首都太子港圖桑盧維杜爾國際機場，機上載有52名被美國遣返的海地人，其中包括7名婦女。

這架班機從佛羅里達州邁阿密起飛。移民局官員說，返國者在機場接受國際移民組織（IOM）登記後，每人獲發少量現金與衛生用品，但許多人表示不知道能去哪裡，因為原本居住的社區已被幫派控制。

聯合國統計，海地境內流離失所人數已超過100萬。人權團體多次呼籲美國暫停遣返海地人，但美方表示將繼續依法執行。

鄰國多明尼加去年也遣返了數以萬計的海地人，多數經由陸路邊境口岸送回。

美國國土安全部去年宣布終止海地人的暫時保護身分（TPS），相關訴訟仍在聯邦法院審理中。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 52, approx: false },
      departure: ["佛羅里達州邁阿密"],
      arrival: ["圖桑盧維杜爾國際機場"],
      date: "2026-03-05",
    },
  },
  {
    id: "h7b-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "国家移民管理局：接收美方遣返中国籍非法移民一百三十二名",
    published: "2025-11-20",
    text: `国家移民管理局20日发布消息，为维护正常出入境管理秩序、遏制偷渡活动，移民管理部门近日会同公安、外交等部门，通过包机方式，接收了自美方遣返的中国籍非法移民和刑事犯罪嫌疑人共一百三十二名。

消息称，经核查，上述人员均为非法入境或非法滞留美国的中国公民，其中部分人员涉嫌组织偷渡、诈骗等犯罪。相关人员已依法移交有关部门处理。

国家移民管理局有关负责人表示，中方一贯坚决反对并打击任何形式的非法移民和偷渡活动，愿与包括美国在内的各国开展移民执法合作，同时希望美方客观看待和处理相关问题，保障遣返人员的合法权益。

据了解，这批人员于11月18日乘包机抵达上海浦东国际机场。这是今年以来中方第四次通过包机接收自美方遣返的人员。

今年1至10月，全国移民管理机构共破获妨害国（边）境管理犯罪案件1.2万余起，查处偷渡人员3.6万余人。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 132, approx: false },
      departure: [],
      arrival: ["上海浦东国际机场"],
      date: "2025-11-18",
    },
  },
  {
    id: "h7b-zh-013",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "停擺三個月後 格魯吉亞恢復接收美國遣返航班",
    published: "2026-06-10",
    text: `格魯吉亞內務部周二（9日）宣布，即日起恢復接收美國的遣返包機，結束自今年3月起的暫停安排。

內務部在聲明中表示，格方與美國國土安全部經過多輪磋商，雙方同意今後每班包機只搭載「已核實為格魯吉亞公民」的人士，美方亦承諾提前至少10日提供名單。今年3月，格方因美方一度試圖在航班上加入非格魯吉亞籍人士而暫停接收。

據格魯吉亞媒體報道，目前在美國待遣返的格魯吉亞人約有400名。暫停期間，部分人改由商業航班經伊斯坦堡轉機返國。

同處南高加索的亞美尼亞及阿塞拜疆近年亦有公民被美國遣返，但兩國至今未有接收包機的公開安排。

第比利斯一名人權律師批評，政府在談判中「沒有向公眾交代任何細節」，要求國會公開相關備忘錄全文。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-06-09",
    },
  },
  {
    id: "h7b-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "移民局再遣返逾200名印尼非法外劳",
    published: "2025-08-14",
    text: `（吉隆坡13日讯）大马移民局总监拿督扎卡利亚今日表示，该局本周一从巴生港以渡轮方式，将逾200名印尼籍非法外劳遣返至苏门答腊的杜迈港，另有45人则搭乘商业航班从吉隆坡国际机场飞返雅加达。

他在记者会上说，这批人均已在各地扣留营服完刑期。今年首7个月，移民局共遣返约4万名非法外劳，其中以印尼、孟加拉及缅甸籍最多。

扎卡利亚指出，扣留营目前收容人数超过1万6000人，已接近上限，“我们会与来源国使馆加强合作，加快遣返程序”。

他也提醒雇主切勿聘用无证外劳，违者可被罚款最高5万令吉或监禁。`,
    expect: { relevant: false },
  },
  {
    id: "h7b-zh-015",
    lang: "zh",
    style: "chinese-outlet",
    title: "逾百名毛里塔尼亚人乘美方包机被遣返回国",
    published: "2026-05-28",
    text: `新华社努瓦克肖特5月27日电 毛里塔尼亚内政部27日发表公报说，逾百名在美国非法滞留的毛里塔尼亚公民26日乘美方包机抵达首都努瓦克肖特-乌姆图恩斯国际机场。

公报说，毛方已在机场设立临时接待点，为返国人员提供登记、体检和交通补助。内政部官员表示，这是今年以来美方第三次向毛里塔尼亚派出遣返包机。

2023年以来，大批毛里塔尼亚年轻人先乘飞机前往尼加拉瓜，再经中美洲和墨西哥陆路北上进入美国。据美方统计，仅2023财年在美墨边境被拦截的毛里塔尼亚人就超过1.5万人次。

毛里塔尼亚政府近年与欧盟签署移民合作协议，加强对经大西洋前往西班牙加那利群岛的偷渡船只的拦截。邻国塞内加尔也面临类似的人口外流问题。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["努瓦克肖特-乌姆图恩斯国际机场"],
      date: "2026-05-26",
    },
  },
  {
    id: "h7b-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "德國包機遣返28名阿富汗罪犯 人權團體批評",
    published: "2025-04-24",
    text: `（中央社柏林23日綜合外電報導）德國內政部今天證實，一架包機當天清晨從萊比錫起飛，將28名已被定罪的阿富汗籍男子遣返喀布爾。這是德國自塔利班重掌政權以來第二次直接遣返阿富汗人。

德國內政部長在聲明中說，這些人都曾因重罪在德國服刑，「保護民眾安全是政府的首要責任」。德方表示，遣返行動透過卡達居中協調，德國與塔利班政權並無直接外交往來。

德國難民權益組織批評，阿富汗人權狀況持續惡化，遣返可能讓當事人面臨酷刑。

根據德國聯邦統計局資料，目前在德國的阿富汗人約有44萬，其中約1萬1000人負有離境義務。奧地利與瑞士也曾表示正在研究類似做法。`,
    expect: { relevant: false },
  },
  {
    id: "h7b-zh-017",
    lang: "zh",
    style: "chinese-outlet",
    title: "喀麦隆：美方拟月底派包机遣返约六十名国民",
    published: "2026-09-17",
    text: `（雅温得综合报道）喀麦隆对外关系部16日发表公报称，美国方面已正式通知喀方，计划于9月29日派出一架包机，将约六十名在美国被下达遣返令的喀麦隆公民送回国内。

公报说，包机预计从路易斯安那州亚历山德里亚起飞，降落在喀麦隆经济首都杜阿拉。喀方驻华盛顿使馆正在核实有关人员身份。

这一消息在喀麦隆国内引发关注。不少被遣返者来自局势动荡的西北和西南英语区，当地人权组织担心他们回国后可能遭到拘押。2024年，一批被遣返的喀麦隆人曾在抵达后被安全部门带走问话。

喀麦隆反对党议员要求政府公开与美方的合作细节。公报未说明这是否为今年首次此类包机。邻国尼日利亚今年也接收了多架美国遣返航班。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CM"],
      people: { value: 60, approx: true },
      departure: ["路易斯安那州亚历山德里亚"],
      arrival: ["杜阿拉"],
      date: "2026-09-29",
    },
  },
  {
    id: "h7b-zh-018",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "46名牙買加人被美國遣返 抵達金斯敦",
    published: "2025-02-27",
    text: `加勒比海島國牙買加國家安全部周三發表聲明，證實一架美國包機已於上周五降落首都金斯敦的諾曼·曼利國際機場，機上載有46名被美國遣返的牙買加人。

聲明指，這批人中有38名男性及8名女性，當中部分人有刑事紀錄。牙買加國家安全部長戴維森（Horace Davidson）表示，政府會為返國者提供住宿及職業培訓，「他們是我們的公民，我們有責任協助他們重新融入社會」。

牙買加每年從美國、英國及加拿大接收數百名被遣返者。英國內政部去年亦曾以包機遣返數十名牙買加籍罪犯，引起當地社會爭議。

有本地社福機構指出，不少被遣返者自幼隨家人移居海外，在牙買加已無親人，返國後難以找到工作。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 46, approx: false },
      departure: [],
      arrival: ["諾曼·曼利國際機場"],
      date: "2025-02-21",
    },
  },
  {
    id: "h7b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "得州拘留中心华人被拘者投诉条件恶劣 律师呼吁调查",
    published: "2026-07-09",
    text: `【本报休斯敦讯】数名被关押在得克萨斯州一处移民拘留中心的华人通过律师向本报反映，中心内牢房拥挤、空调失灵，部分人连续多日只能睡在地上。

代理其中三人的律师黄慧琳说，她上周探视时发现，一间原本设计容纳40人的牢房里关了约90人，“有人高血压发作，等了两天才见到医生”。她已向国土安全部民权与公民自由办公室提交投诉。

移民和海关执法局（ICE）在声明中表示，所有拘留设施都“符合联邦标准”，被拘留者可以随时获得医疗服务。

据统计，目前全美移民拘留人数已超过6万人，创历史新高。移民权益团体指出，华人被拘者普遍面临语言障碍，难以理解法律程序。

黄慧琳说，她的当事人都在等待移民法官就庇护申请作出裁决，下一次开庭时间排到了明年春天。`,
    expect: { relevant: false },
  },
  {
    id: "h7b-zh-020",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "科索沃接收首批美國遣送第三國人士 共9人",
    published: "2025-10-30",
    text: `（中央社記者陳柏宇布魯塞爾29日專電）巴爾幹半島國家科索沃內政部今天證實，首批由美國遣送的第三國人士已於28日抵達首都普里斯提納的亞當·雅沙里國際機場，共9人。

內政部在聲明中說，這9人分別來自摩洛哥、突尼西亞及阿爾及利亞，將在科索沃暫時停留，直到能返回原籍國或前往其他國家。科索沃政府今年稍早同意在一年內接收最多50名美國遣送的第三國人士。

科索沃總理辦公室一名官員表示，這項安排「體現科索沃與美國的戰略夥伴關係」，美方將承擔相關費用。科索沃自2008年宣布獨立以來，一直高度依賴美國的政治支持。

不過，當地人權團體質疑，政府未公開協議內容，也未說明這些人的法律地位。鄰國阿爾巴尼亞和北馬其頓則表示，目前沒有類似計畫。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["XK"],
      nationalities: ["MA", "TN", "DZ"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["亞當·雅沙里國際機場"],
      date: "2025-10-28",
    },
  },
  {
    id: "h7b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan a Villahermosa 132 connacionales deportados desde El Paso",
    published: "2026-08-20",
    text: `Villahermosa, Tabasco.- Ciento treinta y dos mexicanos deportados por el gobierno de Estados Unidos arribaron la tarde de este miércoles al Aeropuerto Internacional Carlos Rovirosa Pérez, en un vuelo procedente de El Paso, Texas, informó la oficina de representación del Instituto Nacional de Migración (INM) en la entidad.

De acuerdo con el reporte oficial, en la aeronave viajaban 104 hombres, 21 mujeres y siete menores de edad, originarios principalmente de Veracruz, Chiapas, Oaxaca y el propio Tabasco. A su llegada fueron recibidos por personal del INM, de la Secretaría de Bienestar y del DIF estatal.

"Se les brindó atención médica, alimentos y la tarjeta del programa de apoyo a connacionales repatriados", explicó Rosalba Cárdenas Ulín, encargada de la oficina del INM en Tabasco, quien añadió que quienes lo solicitaron fueron trasladados a la central de autobuses.

Se trata del tercer vuelo de repatriación que recibe la capital tabasqueña en lo que va de agosto. Según cifras de la Unidad de Política Migratoria, entre enero y julio de este año México recibió a más de 98 mil connacionales devueltos desde Estados Unidos, la mayoría por vía terrestre a través de puntos fronterizos como Tijuana, Ciudad Juárez y Nuevo Laredo.

Organizaciones civiles de la región señalaron que muchos de los deportados llegan sin documentos de identidad, lo que dificulta su reincorporación laboral.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 132, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional Carlos Rovirosa Pérez"],
      date: "2026-08-19",
    },
  },
  {
    id: "h7b-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Arriba a Viru Viru un nuevo vuelo con bolivianos deportados de EE.UU.",
    published: "2024-10-03",
    text: `SANTA CRUZ | Un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE) de Estados Unidos aterrizó el martes por la noche en el aeropuerto internacional Viru Viru con un grupo de compatriotas deportados, confirmó la Dirección General de Migración (Digemig).

La aeronave partió desde Houston y, según la información preliminar, realizó una escala técnica en Panamá antes de llegar a territorio boliviano. El director de Digemig, Mauricio Quiroga Aranibar, precisó ayer que a bordo viajaban 64 bolivianos, entre ellos nueve mujeres.

"Ninguno de ellos tiene orden de aprehensión pendiente en el país; todos fueron entregados a sus familias después de los controles de rigor", afirmó Quiroga en conferencia de prensa.

La Cancillería informó que en lo que va del año se han registrado 412 retornos forzosos de bolivianos desde Estados Unidos, frente a 287 en todo 2023. La mayoría había ingresado a ese país por la frontera con México tras atravesar Perú, Ecuador y Centroamérica.

En paralelo, el Gobierno recordó que Chile y Argentina también ejecutan expulsiones administrativas de ciudadanos bolivianos, aunque esas devoluciones se realizan en su mayoría por vía terrestre.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      people: { value: 64, approx: false },
      departure: ["Houston"],
      arrival: ["aeropuerto internacional Viru Viru"],
      date: "2024-10-01",
    },
  },
  {
    id: "h7b-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay recibe a compatriotas deportados en un vuelo fletado por Washington",
    published: "2025-12-18",
    text: `ASUNCIÓN (enviado especial) | El gobierno paraguayo confirmó la llegada de unos treinta ciudadanos deportados desde Estados Unidos, en lo que constituye el primer vuelo chárter de ese tipo que aterriza en el país vecino en lo que va del año.

Según la Dirección General de Migraciones, el grupo arribó al aeropuerto Silvio Pettirossi, en Luque, y fue recibido por funcionarios de la Cancillería y de la Secretaría de Desarrollo para Repatriados. Las autoridades no precisaron desde qué ciudad estadounidense partió la aeronave.

El avión tocó tierra el lunes de madrugada, detalló el viceministro de Relaciones Exteriores, Óscar Benítez Rolón, quien aseguró que "todos recibieron un trato digno" y que ninguno presentaba antecedentes penales en Paraguay.

El episodio reavivó en Montevideo la discusión sobre un eventual vuelo hacia Uruguay. Hasta ahora, los uruguayos expulsados por Estados Unidos regresaron en vuelos comerciales, en cifras que la Cancillería uruguaya califica de "muy bajas". Argentina, en cambio, ya recibió varios vuelos especiales en el aeropuerto de Ezeiza desde setiembre.

En Paraguay, organizaciones de migrantes estiman que cerca de 1.800 paraguayos tienen procesos abiertos ante tribunales migratorios estadounidenses.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY"],
      people: { value: 30, approx: true },
      departure: [],
      arrival: ["aeropuerto Silvio Pettirossi"],
      date: "2025-12-15",
    },
  },
  {
    id: "h7b-es-004",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un avión para devolver a Mauritania a 42 migrantes llegados a Canarias",
    published: "2026-03-26",
    text: `MADRID | El Ministerio del Interior devolvió este miércoles a Nuakchot a 42 ciudadanos mauritanos que habían llegado en cayuco a la isla de El Hierro a comienzos de mes, en un vuelo fletado que despegó del aeropuerto de Gran Canaria, según confirmaron fuentes policiales.

Se trata de la cuarta operación de este tipo en lo que va de año, en el marco del acuerdo de readmisión firmado entre España y Mauritania. Los migrantes fueron escoltados por agentes de la Policía Nacional durante todo el trayecto.

La Comisión Española de Ayuda al Refugiado (CEAR) criticó la rapidez de las devoluciones. "Muchas de estas personas no han tenido acceso real a un abogado", lamentó su portavoz, Irene Salvatierra.

Según datos del Ministerio, en 2025 llegaron a Canarias por vía marítima más de 41.000 personas, la mayoría procedentes de Malí, Senegal y Mauritania. Italia y Grecia, por su parte, han intensificado también sus vuelos de retorno hacia el norte de África.`,
    expect: { relevant: false },
  },
  {
    id: "h7b-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "EE.UU. envía a México un vuelo con cubanos, venezolanos y nicaragüenses",
    published: "2025-09-04",
    text: `Un avión con 87 migrantes que no son mexicanos aterrizó el martes en el Aeropuerto Internacional Felipe Ángeles (AIFA), en el Estado de México, como parte del acuerdo por el cual el gobierno mexicano acepta recibir a ciudadanos de otros países expulsados por Estados Unidos, confirmaron a este medio dos funcionarios federales.

El vuelo despegó de Harlingen, Texas. A bordo viajaban 41 cubanos, 33 venezolanos y 13 nicaragüenses, según un documento interno del Instituto Nacional de Migración (INM) al que tuvimos acceso.

"Nos dijeron que íbamos para Miami y terminamos en México", relató por teléfono Yaniel, un cubano de 29 años que pidió no dar su apellido. Tras su llegada, los migrantes fueron trasladados en autobuses a un albergue en el norte del país, donde se les ofreció un permiso temporal de estancia.

La Secretaría de Relaciones Exteriores sostuvo en un comunicado que México recibe a estas personas "por razones humanitarias" y que Estados Unidos cubre los costos de traslado. La dependencia no respondió a preguntas sobre cuántos vuelos similares se han realizado este año.

Abogados de inmigración en Houston y San Antonio advirtieron que muchos de sus clientes cubanos tenían casos pendientes ante la corte cuando fueron detenidos. Honduras y Guatemala también han aceptado recibir a personas de otras nacionalidades en meses recientes.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      nationalities: ["CU", "VE", "NI"],
      people: { value: 87, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional Felipe Ángeles"],
      date: "2025-09-02",
    },
  },
  {
    id: "h7b-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Más de 150 peruanos deportados llegan al Jorge Chávez en vuelo desde Luisiana",
    published: "2026-10-15",
    text: `Lima.- Más de 150 peruanos expulsados de Estados Unidos arribaron en la madrugada de este jueves al Aeropuerto Internacional Jorge Chávez, en el Callao, a bordo de un vuelo chárter que despegó desde Luisiana, informó la Superintendencia Nacional de Migraciones.

Entre los retornados hay adultos mayores y al menos tres personas que requirieron atención médica al descender de la aeronave, según precisó el vocero de Migraciones, Julio César Paredes Quispe. "Se activó el protocolo de recepción con apoyo de la Policía Nacional y del Ministerio de la Mujer", indicó.

En lo que va del año, 4.210 compatriotas han sido deportados desde Estados Unidos, casi el doble que en el mismo periodo del año pasado. La mayoría había ingresado por la frontera sur estadounidense tras viajar por tierra desde Ecuador y Colombia.

La Cancillería recordó que los connacionales que enfrentan procesos migratorios pueden acudir a los consulados en Nueva Jersey, Miami y Los Ángeles para recibir orientación legal.

Familiares que esperaban en el exterior del terminal denunciaron que no recibieron información oficial sobre la hora de llegada del avión.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 150, approx: true },
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2026-10-15",
    },
  },
  {
    id: "h7b-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Ecuador aceptará recibir a deportados de otras nacionalidades enviados por EE.UU.",
    published: "2026-11-05",
    text: `QUITO.- La Cancillería ecuatoriana anunció este miércoles que el país aceptará recibir, de forma temporal, a ciudadanos de terceros países deportados por Estados Unidos, en virtud de un memorando de entendimiento suscrito con Washington.

Según el comunicado oficial, Ecuador acogerá a un máximo de 300 personas durante los próximos doce meses, quienes permanecerán en el país mientras se tramita su retorno a sus naciones de origen. El documento no especifica de qué nacionalidades serán ni cuándo llegaría el primer vuelo.

La canciller subrogante, Mariela Pazmiño Rivadeneira, defendió la decisión y sostuvo que se trata de "un gesto de cooperación con un socio estratégico" que no implica costos para el Estado ecuatoriano.

La oposición en la Asamblea Nacional pidió que el acuerdo sea remitido a la Corte Constitucional. "Ecuador no puede convertirse en la sala de espera de las deportaciones de otro país", dijo el asambleísta Fabricio Egas.

El anuncio llega semanas después de que Paraguay y Honduras firmaran arreglos similares. Ecuador recibe además vuelos regulares con sus propios ciudadanos deportados: en lo que va del año han llegado más de 120 vuelos a Quito y Guayaquil.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["EC"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-11-04",
    },
  },
  {
    id: "h7b-es-008",
    lang: "es",
    style: "near-miss",
    title: "INM deporta a 118 hondureños desde Tapachula",
    published: "2024-11-08",
    text: `Tapachula, Chiapas.- El Instituto Nacional de Migración (INM) informó que este jueves 118 personas de nacionalidad hondureña fueron devueltas a su país en un vuelo que despegó del Aeropuerto Internacional de Tapachula con destino a San Pedro Sula.

El retorno asistido se realizó con apoyo de la Guardia Nacional y bajo supervisión de la Comisión Nacional de los Derechos Humanos, precisó el organismo en un comunicado.

Los migrantes habían sido detectados en distintos puntos de Chiapas y Oaxaca cuando intentaban avanzar hacia la frontera norte. En lo que va del año, el INM ha devuelto a más de 29 mil centroamericanos, principalmente de Guatemala, Honduras y El Salvador.

Activistas de la región cuestionaron las condiciones en la estación migratoria Siglo XXI, donde permanecieron los hondureños antes de su traslado.`,
    expect: { relevant: false },
  },
  {
    id: "h7b-es-009",
    lang: "es",
    style: "spanish-outlet",
    title: "Confirman que el martes llegará a Santiago un vuelo con chilenos deportados desde EE.UU.",
    published: "2026-02-19",
    text: `SANTIAGO.- El Ministerio del Interior confirmó este jueves que el próximo martes 24 aterrizará en el Aeropuerto Arturo Merino Benítez un vuelo fletado por el gobierno estadounidense con alrededor de 40 compatriotas expulsados de ese país.

La subsecretaria del Interior, Paula Ortúzar Lagos, detalló que la aeronave saldrá desde Texas y que la lista definitiva de pasajeros aún está siendo verificada por el consulado general de Chile en Houston. "Vamos a recibirlos con un protocolo que incluye control de identidad, atención de salud y orientación social", afirmó.

Será el primer vuelo chárter de deportación que llega a Chile. Hasta ahora, los chilenos expulsados regresaban de manera individual en vuelos comerciales, con un promedio de 15 casos al mes durante 2025.

La noticia se conoce días después de que Argentina recibiera su quinto vuelo de este tipo en Ezeiza. En Chile, la discusión se cruza con el debate sobre la permanencia del país en el programa de exención de visas de Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CL"],
      people: { value: 40, approx: true },
      departure: ["Texas"],
      arrival: ["Aeropuerto Arturo Merino Benítez"],
      date: "2026-02-24",
    },
  },
  {
    id: "h7b-es-010",
    lang: "es",
    style: "near-miss",
    title: "Juez federal frena deportaciones a terceros países sin aviso previo",
    published: "2025-06-25",
    text: `Un juez federal en Boston ordenó este martes al gobierno que notifique por escrito a los inmigrantes, con al menos diez días de anticipación, antes de deportarlos a un país que no sea el suyo, en un fallo que abogados calificaron como "un respiro" para miles de familias.

La decisión del juez responde a una demanda colectiva presentada por organizaciones de derechos de los inmigrantes. En su fallo, el magistrado señaló que enviar a personas a países donde podrían sufrir daños sin darles la oportunidad de objetar "vulnera el debido proceso".

El Departamento de Seguridad Nacional anunció que apelará. Una portavoz dijo que la orden "pone en riesgo la seguridad pública" y dificulta la expulsión de personas con condenas penales.

Mientras tanto, las cortes de inmigración acumulan más de 3,7 millones de casos pendientes, según datos de la Universidad de Syracuse, y la espera promedio para una audiencia supera los cuatro años en ciudades como Los Ángeles, Houston y Nueva York.

Si usted tiene dudas sobre su caso, los expertos recomiendan consultar a un abogado de inmigración acreditado y no firmar documentos que no entienda.`,
    expect: { relevant: false },
  },
];
