// Held-out news corpus no. 14 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT14B: CorpusArticle[] = [
  {
    id: "h14b-zh-001",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再派包機遣返中國籍人士 班機降落廣州",
    published: "2025-11-21",
    text: `(本報記者林遠帆北京21日電)美國駐中國大使館今天透過微信公眾號表示,美國國土安全部19日透過移民暨海關執法局派出大型包機,將逾百名沒有合法留美依據的中國籍人士遣返,班機降落廣州白雲國際機場。

館方並未說明確切人數,僅稱這是今年以來第4架前往中國的大型遣返航班。長期追蹤遣返航班的民間團體「航跡觀察」指出,這架班機從艾爾帕索起飛,途中未經停其他國家。

館方聲明說:「不要相信人口販運者的謊言,沒有合法居留依據的人將被遣返。」聲明並提到,美方本財年已向超過130個國家執行國際遣返航班,目的地包括哥倫比亞、厄瓜多、埃及與烏茲別克。

根據美國海關及邊境保護局的數據,上一財年在南部邊境遭攔查的中國籍人士約有2萬1000人次,較前一年下降近四成。中國外交部發言人被問及此事時表示,中方「願與美方在移民執法領域保持溝通」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["艾爾帕索"],
      arrival: ["廣州白雲國際機場"],
      date: "2025-11-19",
    },
  },
  {
    id: "h14b-zh-002",
    lang: "zh",
    style: "chinese-outlet",
    title: "国家移民管理局:依法接收一批自美遣返人员",
    published: "2025-06-13",
    text: `国家移民管理局12日发布消息称,6月10日,美方以包机方式向我方遣返93名经核实确认为中国公民的非法移民,包机于当日下午降落福州长乐国际机场。

据介绍,上述人员均系通过非法途径偷渡入境美国或在美逾期滞留,其中多数人员来自福建、浙江等地。移民管理部门已依法对其进行身份核查和相关处理,对其中涉嫌组织、运送他人偷越国(边)境的人员,将依法追究刑事责任。

国家移民管理局有关负责人表示,中方一贯坚决反对和打击任何形式的非法移民和偷渡活动,愿与各国在移民执法领域开展务实合作。今年以来,移民管理部门已累计接收自多个国家遣返人员412名。

该负责人提醒广大群众,切勿轻信“蛇头”花言巧语,偷渡不仅违法,途中更面临生命危险。据统计,去年全国共侦办组织偷越国(边)境案件1800余起。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 93, approx: false },
      departure: [],
      arrival: ["福州长乐国际机场"],
      date: "2025-06-10",
    },
  },
  {
    id: "h14b-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "約六十名泰國人遭美遣返 包機抵素萬那普機場",
    published: "2026-02-07",
    text: `【本報訊】一架載有約六十名泰國公民的美國移民及海關執法局包機,週四深夜抵達曼谷素萬那普機場,泰國外交部派員在機場協助辦理入境手續。

泰國外交部發言人差納·蓬西里今日在記者會上表示,這批人大多在美國逾期居留或非法入境,其中有數人曾在美國服刑。「我們的責任是確保他們安全、有尊嚴地回家。」他說,部分人已由家屬接回,其餘人由社會發展部安排臨時住宿。

據泰國媒體引述航班追蹤資料,班機從路易斯安那州亞歷山德里亞起飛,中途在阿拉斯加安克拉治加油。

這是今年第一架直飛泰國的遣返包機。去年美方透過商業航班及包機遣返的泰國人共約420人,遠少於同期遣返至越南、菲律賓的人數。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TH"],
      people: { value: 60, approx: true },
      departure: ["路易斯安那州亞歷山德里亞"],
      arrival: ["曼谷素萬那普機場"],
      date: "2026-02-05",
    },
  },
  {
    id: "h14b-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国遣返包机抵达阿姆利则 138名印度人返国",
    published: "2026-03-18",
    text: `(新德里综合电)一架美国政府租用的遣返包机周一晚间降落印度旁遮普邦阿姆利则,机上共有138名印度公民,其中多数来自旁遮普邦和古吉拉特邦。

印度外交部发言人拉凯什·梅赫拉周二说,政府已核实所有人员的国籍,“我们与美方保持密切沟通,确保他们在遣返过程中受到人道对待”。他并说,今年以来已有约1100名印度人从美国被遣返,其中大部分搭乘商业航班。

据当地媒体报道,这架包机从得克萨斯州圣安东尼奥起飞,飞行约十八个小时。抵达后,旁遮普邦警方对部分人员进行了问询,以查明协助他们偷渡的中介。

一名来自贾兰达尔的青年向记者表示,他的家人为这趟“驴道”之旅支付了约450万卢比。“我在亚利桑那的拘留中心待了七个月,”他说,“现在什么都没有了。”

分析人士指出,印度是美国遣返航班的主要目的地之一,仅次于墨西哥和中美洲国家。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 138, approx: false },
      departure: ["得克萨斯州圣安东尼奥"],
      arrival: ["阿姆利则"],
      date: "2026-03-16",
    },
  },
  {
    id: "h14b-zh-005",
    lang: "zh",
    style: "near-miss",
    title: "日本包機強制遣返 斯里蘭卡籍逾期居留者33人",
    published: "2025-09-26",
    text: `(東京綜合報導)日本出入國在留管理廳25日宣布,已於24日以包機方式,將33名遭下令驅逐出境的斯里蘭卡籍人士從成田機場遣送回可倫坡。這是日本今年第二度動用包機執行集體遣返。

入管廳官員表示,這批人多數在日本逾期居留超過三年,部分人曾多次申請難民認定遭駁回。根據去年修正施行的出入國管理法,申請難民認定三次以上者原則上不再暫停遣返程序。

人權團體批評,包機遣返時未給予當事人足夠時間聯絡律師。日本律師聯合會一名律師說:「有人在前一天晚上才被告知。」

日本去年共強制遣返約7600名外國人,大多透過一般商業航班離境。`,
    expect: { relevant: false },
  },
  {
    id: "h14b-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "遭移民局拘押的韩国公民将乘包机返国",
    published: "2026-04-09",
    text: `(侨报讯)韩国外交部8日表示,一批遭美国移民和海关执法局拘押的韩国公民将于下周三搭乘包机返回韩国,人数约两百名。

韩方官员说,包机预计从亚特兰大哈兹菲尔德-杰克逊国际机场起飞,直飞仁川国际机场。这批人员多数在佐治亚州一处工业园区的建设工地被查获,持短期商务签证或免签入境,被认定从事未经授权的工作。

韩国外交部第一次官在首尔对记者说:“政府将全力确保国民尽快平安回国,并与美方协商,避免他们今后再次赴美时受到不利影响。”

这批人员中有部分人选择“自愿离境”,以免留下遣返记录。据统计,去年有约5000名韩国人被美方拒绝入境或遣返,较前一年增加约三成。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["KR"],
      people: { value: 200, approx: true },
      departure: ["亚特兰大哈兹菲尔德-杰克逊国际机场"],
      arrival: ["仁川国际机场"],
      date: "2026-04-15",
    },
  },
  {
    id: "h14b-zh-007",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "非洲多國公民遭美國送往喀麥隆 律師:當事人從未去過當地",
    published: "2026-01-24",
    text: `(本報綜合外電報導)美國上週末將十一名來自非洲多國的被遣返者送往喀麥隆,而他們都不是喀麥隆公民。代表其中數人的律師批評,美方在未充分審查他們遭受迫害風險的情況下,就將他們送往「從未踏足的國家」。

據了解,這批人包括剛果民主共和國、迦納及烏干達籍人士,其中至少三人曾獲移民法官裁定,不得遣返回原籍國。

美國國土安全部在聲明中說,第三國遣返是「完全合法」的做法,並感謝喀麥隆政府的合作。喀麥隆政府至今未公開回應。

律師艾琳·馬卡維說,遣返班機於1月17日(星期六)從路易斯安那州起飛,降落雅溫得恩西馬倫國際機場,當事人隨即被帶往一處由政府管理的設施。「他們的手機被收走,我們已經四天聯絡不上。」

過去一年,美方已與赤道幾內亞、盧安達、烏干達等十多個國家達成接收第三國公民的協議,部分協議內容並未公開。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      nationalities: ["CD", "GH", "UG"],
      people: { value: 11, approx: false },
      departure: ["路易斯安那州"],
      arrival: ["雅溫得恩西馬倫國際機場"],
      date: "2026-01-17",
    },
  },
  {
    id: "h14b-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "孟加拉国同意接收美方遣返的本国公民",
    published: "2025-12-02",
    text: `(达卡2日电)孟加拉国外交部1日宣布,在完成身份核实后,孟方同意接收被美国下令遣返的孟加拉国公民,双方将就包机安排保持协商。

外交部发言人塔里克·侯赛因在例行记者会上说,孟方此前一直要求美方提供完整的身份资料,“凡是经核实确属孟加拉国公民的人,我们都会接收”。他没有透露首批遣返的人数和时间。

美国国务院上月曾警告,若孟方继续拖延签发旅行证件,可能对孟加拉国公民实施签证限制。据美方统计,目前约有3400名孟加拉国公民已收到最终遣返令但尚未离境。

孟加拉国在海外务工人员超过一千万,侨汇是该国重要的外汇来源。分析人士认为,达卡此举意在避免与华盛顿的关系进一步紧张。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BD"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-12-01",
    },
  },
  {
    id: "h14b-zh-009",
    lang: "zh",
    style: "near-miss",
    title: "移民局遣返152名缅甸籍非法外劳",
    published: "2026-02-26",
    text: `(吉隆坡25日讯)大马移民局今日发文告说,该局已于本月24日将152名缅甸籍非法外劳从吉隆坡国际机场遣送回仰光,这批人员此前分别被扣留在雪兰莪和森美兰的移民扣留营。

移民局总监拿督鲁斯兰指出,他们大多持过期准证或无证入境,部分人被扣留超过六个月。“遣返费用由缅甸驻大马大使馆及雇主共同承担,政府没有动用公帑。”

根据移民局数据,今年首两个月全国共遣返约9800名非法移民,主要来自印尼、孟加拉和缅甸。鲁斯兰也提醒雇主切勿聘用非法外劳,违者可被罚款每名外劳最高5万令吉。`,
    expect: { relevant: false },
  },
  {
    id: "h14b-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "問答/美國遣返包機怎麼飛?誰付錢?",
    published: "2026-08-03",
    text: `【記者陳思妤/綜合報導】美國移民執法力度加大,遣返包機頻繁起降。許多讀者好奇:這些飛機是誰在開?一趟要花多少錢?本報整理常見問題。

問:遣返包機由誰營運?
答:美國移民及海關執法局(ICE)本身沒有大型機隊,主要向幾家民營包機公司租用波音737、767等客機,機組由航空公司提供,機上則有執法人員隨行。

問:一趟要花多少錢?
答:依據國會預算文件,一小時飛行成本約在1萬至2萬美元之間,長途航線一趟可達數十萬美元。上一財年ICE共執行約1900架次遣返航班。

問:被遣返者會戴手銬嗎?
答:通常會使用手銬及腰鏈,抵達目的地前解除。人權團體長期批評此做法不人道。

問:台灣人也會被包機遣返嗎?
答:台灣籍人士人數少,一般搭乘商業航班返台,至今未有專程飛往台灣的遣返包機紀錄。`,
    expect: { relevant: false },
  },
  {
    id: "h14b-zh-011",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方包机遣返约80名土耳其公民",
    published: "2025-08-30",
    text: `据土耳其媒体报道,美国移民和海关执法局本周四安排一架包机,将约80名土耳其公民遣返至伊斯坦布尔机场。这是今年以来第三架飞往土耳其的遣返航班。

土耳其外交部消息人士说,这批人员大多经墨西哥边境非法入境美国,其中部分人曾申请庇护遭拒。包机从亚利桑那州梅萨起飞,在爱尔兰香农经停加油后抵达伊斯坦布尔。

近两年来,经拉美“走线”赴美的土耳其人数量明显增加。美国海关与边境保护局数据显示,2023财年在西南边境被拦截的土耳其人超过一万五千人次。

土耳其一家移民研究机构的研究员说,经济困难和高通胀是促使年轻人冒险出走的主要原因。“很多人卖掉房子和车,就为了凑出给中间人的钱。”`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TR"],
      people: { value: 80, approx: true },
      departure: ["亚利桑那州梅萨"],
      arrival: ["伊斯坦布尔机场"],
      date: "2025-08-28",
    },
  },
  {
    id: "h14b-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "新聞快報:美國遣返一百零二名古巴人",
    published: "2025-12-11",
    text: `【電台新聞快報 下午四時】美國今日(星期四)派出包機,把一百零二名古巴人從佛羅里達州邁阿密遣返夏灣拿何塞·馬蒂國際機場。古巴內政部表示,這是今年第十一班由美國飛抵古巴的遣返航班,機上有八十九名男子及十三名女子。

其他消息:立法會今日三讀通過修訂條例草案;天文台預測明日氣溫介乎十七至二十一度,市區天色大致良好。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 102, approx: false },
      departure: ["佛羅里達州邁阿密"],
      arrival: ["夏灣拿何塞·馬蒂國際機場"],
      date: "2025-12-11",
    },
  },
  {
    id: "h14b-zh-013",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "寮國恢復接收美方遣返人員 結束近兩年僵局",
    published: "2026-05-14",
    text: `(中央社曼谷14日綜合外電報導)寮國政府週二與美國簽署諒解備忘錄,同意恢復接收遭美國下令遣返的寮國籍人士,結束雙方近兩年的僵局。

寮國外交部在聲明中說,雙方將建立身分核實機制,由寮國駐美使館在30天內核發旅行文件。聲明未提及首批遣返人數與時間。

美國先前以寮國拒絕合作為由,對部分寮國官員實施簽證限制。據美方資料,目前約有4800名寮國籍人士已收到最終遣返令,其中許多人是1970年代末以難民身分赴美、從未取得公民身分的長者。

在明尼蘇達州與加州的寮國裔社區對此表示憂心。一名社區組織負責人說:「很多人在美國住了四十多年,根本不會講寮語。」`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["LA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-05-12",
    },
  },
  {
    id: "h14b-zh-014",
    lang: "zh",
    style: "chinese-outlet",
    title: "约150名尼日利亚人被美国遣返 抵达拉各斯",
    published: "2026-03-06",
    text: `(非洲华侨周报讯)尼日利亚国家移民局官员说,一架载有约150名尼日利亚公民的美国遣返包机于3月4日清晨抵达拉各斯穆尔塔拉·穆罕默德国际机场。

尼日利亚海外侨民委员会主席阿迪萨·奥卢沃莱表示,这批人中有不少人在美国生活超过十年,“有人下飞机时只穿着拖鞋,身上一分钱都没有”。委员会为每人提供了少量交通补贴。

这是今年第二架从美国飞抵尼日利亚的遣返航班。尼日利亚政府此前拒绝接收非尼日利亚籍的第三国公民,外交部长曾公开表示“尼日利亚已有足够多自己的问题”。

据统计,目前在美国面临遣返的尼日利亚人约有3600名。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NG"],
      people: { value: 150, approx: true },
      departure: [],
      arrival: ["拉各斯穆尔塔拉·穆罕默德国际机场"],
      date: "2026-03-04",
    },
  },
  {
    id: "h14b-zh-015",
    lang: "zh",
    style: "chinese-outlet",
    title: "哈萨克斯坦接收一批自美遣返公民",
    published: "2026-07-03",
    text: `哈萨克斯坦外交部2日通报,6月下旬,二十余名哈萨克斯坦公民被美国遣返,乘坐包机抵达阿拉木图。

外交部发言人说,这些人员因违反美国移民法规被拘留,哈方领事官员在遣返前已与每个人见面。“所有人都已安全返回,并与家人团聚。”发言人没有说明包机从美国哪个城市起飞。

近年来,中亚国家公民经墨西哥非法进入美国的人数上升。美国去年向乌兹别克斯坦、吉尔吉斯斯坦和塔吉克斯坦也分别派出过遣返航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KZ"],
      people: { value: 20, approx: true },
      departure: [],
      arrival: ["阿拉木图"],
      date: "2026-06",
    },
  },
  {
    id: "h14b-zh-016",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "約兩百名中、烏、阿籍移民被美送往哥斯大黎加",
    published: "2026-07-21",
    text: `(本報記者何冠廷/綜合報導)哥斯大黎加政府證實,一架美國包機週日降落首都聖荷西的胡安·聖瑪利亞國際機場,機上約兩百名移民均非哥斯大黎加人,包括中國、烏茲別克及阿富汗籍人士,其中有數十名兒童。

哥國公安部副部長說,這批移民將被送往南部靠近巴拿馬邊境的臨時移民照護中心,由國際移民組織協助安排返回原籍國或前往其他國家。「哥斯大黎加是一座橋樑,不是終點。」

這是哥國與美國達成協議後接收的第三批第三國移民。人權律師批評,這些人在照護中心內行動受限,且無法獲得法律諮詢。

一名來自喀布爾的女子透過電話受訪時說,她在德州被拘留兩個月,「他們只說要去中美洲,沒說是哪個國家」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "UZ", "AF"],
      people: { value: 200, approx: true },
      departure: [],
      arrival: ["胡安·聖瑪利亞國際機場"],
      date: "2026-07-19",
    },
  },
  {
    id: "h14b-zh-017",
    lang: "zh",
    style: "chinese-outlet",
    title: "26名蒙古国公民被美国遣返回国",
    published: "2025-10-17",
    text: `(乌兰巴托讯)蒙古国外交部领事司16日说,一架美国移民和海关执法局包机于当地时间14日降落乌兰巴托成吉思汗国际机场,26名蒙古国公民随机返回。

领事司官员说,这批人员大多以旅游签证赴美后逾期滞留,多在芝加哥、旧金山一带打工。包机从华盛顿州塔科马起飞,途经韩国仁川加油。

这是美方首次派出直飞蒙古国的遣返包机。此前被遣返的蒙古国公民均搭乘经首尔或北京转机的商业航班。据蒙方估计,目前在美国的蒙古国公民约有2.5万人,其中相当一部分身份不合法。

一位在机场迎接儿子的母亲说:“他走的时候说三年就回来,结果去了八年。”`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MN"],
      people: { value: 26, approx: false },
      departure: ["华盛顿州塔科马"],
      arrival: ["乌兰巴托成吉思汗国际机场"],
      date: "2025-10-14",
    },
  },
  {
    id: "h14b-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "东航加密上海至洛杉矶航线 每周增至14班",
    published: "2026-03-27",
    text: `(本报记者 王嘉怡)记者从东方航空获悉,自3月29日夏秋航季起,东航上海浦东至洛杉矶航线将由每周7班增至每周14班,使用波音777-300ER执飞。

东航相关负责人表示,随着中美航班逐步恢复,跨太平洋客流持续回升,春节以来该航线平均客座率超过85%。届时东航每周往返中美的客运航班将达到42班。

业内人士指出,中美直航航班总量仍不及疫情前的三分之一,机票价格依然偏高。中国民航局此前表示,将与美方继续保持沟通,推动航班有序增加。`,
    expect: { relevant: false },
  },
  {
    id: "h14b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "移民署專案查緝 遣返逾期居留移工57人",
    published: "2026-06-18",
    text: `【記者張育誠/桃園報導】內政部移民署今天表示,上月起執行「安居專案」,共查獲逾期居留外籍人士213人,其中57名印尼及越南籍移工已於近日搭乘商業航班從桃園國際機場遣返出境。

移民署北區事務大隊長說,這些人多數逃離原雇主後在工地、農場非法打工,平均在台逾期居留約兩年。依規定,自行到案者可從輕處罰,並縮短禁止入國期間。

移民署統計,目前全台行蹤不明移工約9萬人,以印尼籍最多,越南籍次之。`,
    expect: { relevant: false },
  },
  {
    id: "h14b-zh-020",
    lang: "zh",
    style: "chinese-outlet",
    title: "越南接收87名自美遣返公民",
    published: "2026-01-08",
    text: `据越南外交部7日举行的例行记者会消息,去年12月29日,87名越南公民搭乘美国包机从得克萨斯州沃思堡抵达河内内排国际机场。

外交部发言人说,越方一贯按照2008年与美方签署、2020年修订的遣返协议,接收经核实的越南公民。她强调,越方“坚决反对利用移民问题进行政治操弄”,并要求美方保障越南公民的合法权益。

据美方数据,目前在美国有约8000名越南公民已收到最终遣返令,其中多数人在1995年越美建交前就已抵美。根据协议,1995年7月12日之前抵美者原则上不在遣返之列。

去年全年,美国共向越南派出遣返包机9架次。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 87, approx: false },
      departure: ["得克萨斯州沃思堡"],
      arrival: ["河内内排国际机场"],
      date: "2025-12-29",
    },
  },
  {
    id: "h14b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegó a Ezeiza un nuevo vuelo con argentinos deportados por Estados Unidos",
    published: "2026-03-12",
    text: `Diecinueve ciudadanos argentinos deportados por Estados Unidos llegaron esta madrugada al Aeropuerto Internacional de Ezeiza a bordo de un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE), en lo que constituye el quinto operativo de este tipo desde septiembre.

La aeronave, un Boeing 767 con capacidad para más de doscientos pasajeros, había despegado el miércoles por la tarde desde Alexandria, Luisiana, y tocó tierra a las 4.40. Los repatriados salieron por la terminal de vuelos privados, donde los esperaban algunos familiares.

Según fuentes de la Cancillería, once de los diecinueve no registran antecedentes penales y fueron detenidos por permanecer en el país con la visa vencida. "Se brindó asistencia consular en todas las etapas", señaló un vocero de la embajada argentina en Washington.

Uno de los deportados, un hombre de 34 años oriundo de Rosario, contó que vivió nueve años en Miami. "Tenía trabajo, alquilaba un departamento. Me pararon por una luz de freno", dijo.

Desde que comenzaron los vuelos fletados, unos 140 argentinos fueron devueltos al país, una cifra menor frente a los miles de brasileños y colombianos expulsados en el mismo período.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AR"],
      people: { value: 19, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Ezeiza"],
      date: "2026-03-12",
    },
  },
  {
    id: "h14b-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Cancillería confirma vuelo con chilenos expulsados desde EE.UU. para la próxima semana",
    published: "2026-05-20",
    text: `El Ministerio de Relaciones Exteriores confirmó este miércoles que un vuelo con cerca de cuarenta chilenos deportados desde Estados Unidos aterrizará el próximo lunes en el aeropuerto Arturo Merino Benítez, en Santiago.

La subsecretaria Paula Irarrázaval explicó que se trata de personas que permanecían detenidas en centros del ICE en Texas y Nueva Jersey, y que la mayoría ya agotó sus recursos ante tribunales migratorios. "Estamos coordinando con la PDI para que la recepción sea ordenada y se respeten los derechos de todos", afirmó.

No se informó desde qué ciudad estadounidense despegará la aeronave. Según la PDI, algunos de los repatriados mantienen órdenes de detención pendientes en Chile por delitos de robo, por lo que serán puestos a disposición de los tribunales al llegar.

Chile dejó de figurar en el programa de exención de visas para viajes cortos hace dos años luego de que Washington detectara bandas de "turistas del delito" que robaban viviendas en California. Desde entonces, unos 310 chilenos han sido expulsados, en su mayoría en vuelos comerciales.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CL"],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["aeropuerto Arturo Merino Benítez"],
      date: "2026-05-25",
    },
  },
  {
    id: "h14b-es-003",
    lang: "es",
    style: "receiving-country-local",
    title: "Aterriza en El Dorado vuelo con 112 colombianos deportados",
    published: "2025-10-16",
    text: `Un total de 112 colombianos deportados desde Estados Unidos llegaron el martes al aeropuerto El Dorado de Bogotá en un vuelo chárter procedente de Houston, informó Migración Colombia.

Entre los pasajeros había 14 mujeres y tres menores de edad que viajaban con sus madres. La entidad indicó que todos fueron sometidos a verificación de antecedentes y que ninguno tenía requerimientos judiciales en el país.

"Vamos a seguir recibiendo a nuestros connacionales con dignidad", dijo la directora de Migración Colombia, Carolina Betancur, quien recordó que en lo que va del año han llegado al país 214 vuelos de deportación desde territorio estadounidense, con algo más de 24.000 personas.

La mayoría de los retornados son del Valle del Cauca, Antioquia y Risaralda. Varios de ellos dijeron haber pagado hasta 12.000 dólares a coyotes para cruzar desde México.

El Gobierno mantiene además un programa de atención en el aeropuerto con el SENA y el Ministerio del Trabajo para ofrecer empleo a quienes regresan.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 112, approx: false },
      departure: ["Houston"],
      arrival: ["aeropuerto El Dorado"],
      date: "2025-10-14",
    },
  },
  {
    id: "h14b-es-004",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un avión para devolver a 48 mauritanos llegados en cayuco a Canarias",
    published: "2025-11-06",
    text: `El Ministerio del Interior repatrió este miércoles a 48 ciudadanos mauritanos en un vuelo fletado que despegó del aeropuerto de Gran Canaria con destino a Nuakchot, según confirmaron fuentes policiales.

Los repatriados habían llegado en las últimas semanas a El Hierro y Lanzarote a bordo de cayucos y se encontraban en el centro de internamiento de extranjeros de Barranco Seco. Es el tercer vuelo de este tipo hacia Mauritania en lo que va de año, en virtud del acuerdo bilateral de readmisión.

Organizaciones como CEAR criticaron la rapidez del procedimiento. "Hay personas que no han podido formalizar su solicitud de asilo", denunció una portavoz.

En lo que va de 2025 han llegado a Canarias por vía marítima más de 38.000 personas, sobre todo de Malí, Senegal y Mauritania.`,
    expect: { relevant: false },
  },
  {
    id: "h14b-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "EU envía a Tapachula a 135 extranjeros deportados; México los recibe 'por razones humanitarias'",
    published: "2025-07-24",
    text: `Un avión del gobierno estadounidense con 135 migrantes de Cuba, Venezuela y Haití aterrizó el martes en el aeropuerto de Tapachula, Chiapas, luego de despegar de El Paso, Texas, confirmó el Instituto Nacional de Migración (INM).

Ninguno de los pasajeros es mexicano. La Secretaría de Relaciones Exteriores explicó en un comunicado que México los acepta "por razones humanitarias" y que se les ofrecerá una tarjeta de visitante o, si lo desean, apoyo para regresar a sus países.

Activistas del Centro de Derechos Humanos Fray Matías de Córdova denunciaron que muchos de los recién llegados fueron trasladados en autobuses a albergues saturados. "Tapachula ya no tiene dónde meter a más gente", dijo su coordinadora.

En lo que va del año, México ha recibido por vía terrestre a más de 9 mil extranjeros expulsados por Estados Unidos, principalmente por los cruces de Ciudad Juárez y Nuevo Laredo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      nationalities: ["CU", "VE", "HT"],
      people: { value: 135, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["aeropuerto de Tapachula"],
      date: "2025-07-22",
    },
  },
  {
    id: "h14b-es-006",
    lang: "es",
    style: "wire",
    title: "Venezuela suspende la recepción de vuelos de deportados desde Estados Unidos",
    published: "2026-10-02",
    text: `CARACAS, 2 oct (EFE).- El Gobierno venezolano anunció este jueves que suspende "hasta nuevo aviso" la recepción de vuelos con migrantes deportados desde Estados Unidos, en respuesta a lo que calificó como "maltratos" a sus ciudadanos durante los traslados.

El ministro de Interior, en una declaración transmitida por la televisión estatal, afirmó que no se autorizarán nuevos aterrizajes en el aeropuerto de Maiquetía mientras Washington no ofrezca "garantías de trato digno". No precisó cuántas personas esperaban ser repatriadas.

Desde febrero, más de 70 vuelos han trasladado a Venezuela a unos 15.000 migrantes dentro del plan oficial Vuelta a la Patria, según cifras del propio Gobierno.

El Departamento de Seguridad Nacional estadounidense no respondió de inmediato a una solicitud de comentarios.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-10-01",
    },
  },
  {
    id: "h14b-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: "Retornan 76 guatemaltecos en vuelo desde Texas",
    published: "2026-06-10",
    text: `Setenta y seis guatemaltecos deportados por Estados Unidos arribaron este miércoles a la Base de la Fuerza Aérea Guatemalteca, en la zona 13 capitalina, informó el Instituto Guatemalteco de Migración (IGM).

El vuelo procedía de Brownsville, Texas. Entre los retornados había 61 hombres, 12 mujeres y tres menores no acompañados, que fueron entregados a la Secretaría de Bienestar Social.

Según el IGM, en lo que va de 2026 han llegado al país 412 vuelos con deportados, con un total de 51.903 personas, una cifra ligeramente inferior a la del mismo período del año pasado. Otros 18.000 guatemaltecos han sido devueltos por tierra desde México.

El programa "Guatemala te abraza" ofrece a los retornados un bono de transporte y orientación laboral en la misma terminal.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 76, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2026-06-10",
    },
  },
  {
    id: "h14b-es-008",
    lang: "es",
    style: "near-miss",
    title: "Deportan a salvadoreño que vivió 22 años en Los Ángeles; viajó en un vuelo comercial",
    published: "2026-04-22",
    text: `LOS ÁNGELES.- Ernesto Villalta, un padre de tres hijos que llevaba 22 años en el sur de California, fue deportado el lunes a El Salvador en un vuelo comercial, escoltado por dos agentes de ICE, confirmó su abogada a nuestra cadena.

Villalta había sido detenido en marzo durante una cita de rutina en las oficinas de inmigración en el centro de Los Ángeles. Su abogada, Mariela Ochoa, dijo que presentó una moción para reabrir el caso que aún no había sido resuelta. "Lo sacaron del país antes de que el juez pudiera leerla", lamentó.

Su hija mayor, de 17 años, dijo entre lágrimas que la familia intentará reunirse con él en San Salvador durante el verano. ICE indicó en un comunicado que Villalta tenía una orden final de deportación desde 2011.`,
    expect: { relevant: false },
  },
  {
    id: "h14b-es-009",
    lang: "es",
    style: "receiving-country-local",
    title: "Cerca de 150 peruanos deportados llegan al Jorge Chávez",
    published: "2026-09-15",
    text: `Cerca de 150 peruanos expulsados de Estados Unidos llegaron al país en un vuelo especial que aterrizó el domingo por la noche en el Aeropuerto Internacional Jorge Chávez, en el Callao, informó la Superintendencia Nacional de Migraciones.

La cancillería indicó que personal consular acompañó el proceso y que los compatriotas recibieron atención médica y psicológica a su llegada. Once de ellos tenían requisitorias vigentes y fueron puestos a disposición de la Policía.

Es el cuarto vuelo de este tipo en lo que va del año. Según datos oficiales, unos 2.300 peruanos han sido deportados desde enero, frente a poco más de 1.100 en todo 2024.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 150, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2026-09-13",
    },
  },
  {
    id: "h14b-es-010",
    lang: "es",
    style: "receiving-country-local",
    title: "Migración recibe a 58 dominicanos repatriados",
    published: "2026-02-19",
    text: `SANTO DOMINGO.- La Dirección General de Migración recibió ayer a 58 dominicanos repatriados desde Estados Unidos en un vuelo procedente de Newark, Nueva Jersey, que aterrizó en el Aeropuerto Internacional de Las Américas.

De acuerdo con la institución, 21 de los repatriados tenían antecedentes por delitos relacionados con drogas. Todos fueron entrevistados por agentes de la DNCD antes de salir de la terminal.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 58, approx: false },
      departure: ["Newark, Nueva Jersey"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-02-18",
    },
  },
];
