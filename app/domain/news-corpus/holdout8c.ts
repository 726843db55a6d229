// Held-out news corpus no. 8 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, docs or other corpus files).
// Every name, quote and number in these articles is invented; no sentence is copied from any outlet.
import type { CorpusArticle } from "./types";

export const HOLDOUT8C: CorpusArticle[] = [
  {
    id: "h8c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "一批被美方遣返的中国籍非法移民乘包机抵闽",
    published: "2025-11-20",
    text: `记者从福建省公安厅出入境管理部门获悉，本月18日，一架载有一百三十二名被美方遣返中国籍非法移民的包机平稳降落在福州长乐国际机场。

据介绍，这批人员均经中美双方执法部门逐一核实身份，确认为中国公民。飞机落地后，边检、卫生检疫等部门按照既定程序完成了交接、查验和登记工作。

有关负责人表示，这些人员大多是受“蛇头”蛊惑，经南美、中美洲辗转偷渡至美国，途中多次遭遇勒索和人身危险。“偷渡不是捷径，而是陷阱。”该负责人说。

今年以来，我国已先后接收多批美方遣返人员，累计逾八百人。公安机关同时加大了对组织偷渡犯罪的打击力度，前十个月共破获相关案件四十余起。

据悉，此前部分偷渡人员取道厄瓜多尔、哥伦比亚和墨西哥进入美国，单人支付的费用最高可达二十余万元人民币。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 132, approx: false },
      departure: [],
      arrival: ["福州长乐国际机场"],
      date: "2025-11-18",
    },
  },
  {
    id: "h8c-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返班機降落盧安達 7人來自伊拉克、索馬利亞、寮國",
    published: "2025-08-30",
    text: `（華府綜合外電報導）美國國土安全部29日證實，一架第三國遣返航班已於當地時間28日晚間降落盧安達首都吉佳利，機上共有7名男子，分別來自伊拉克、索馬利亞及寮國，均曾在美國遭判刑。

國土安全部發言人柯蘭德（Marissa Coland）在聲明中說，這些人的原籍國「長期拒絕或拖延」接回本國公民，因此美方依據與盧安達達成的安排，將他們送往當地。班機是從路易斯安那州亞歷山卓出發。

盧安達政府發言人穆卡西（Yvette Mukasi）表示，這批人抵達後將暫住於吉佳利的一處接待設施，由國際組織協助提供職業訓練與心理輔導。她強調，盧安達有權逐案審查每名人士。

人權團體批評，被送往第三國的人往往與當地毫無淵源，語言不通。美國公民自由聯盟一名律師指出，其中至少一人的家人仍住在明尼蘇達州。

今年以來，美國已把數百名無法遣返原籍國的人送往中美洲及非洲多國，包括哥斯大黎加、巴拿馬與南蘇丹。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["IQ", "SO", "LA"],
      people: { value: 7, approx: false },
      departure: ["路易斯安那州亞歷山卓"],
      arrival: ["吉佳利"],
      date: "2025-08-28",
    },
  },
  {
    id: "h8c-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "移民局拟下周派包机 遣返约百名越南籍人士",
    published: "2026-03-05",
    text: `【本报洛杉矶讯】多名越南裔社区律师本周向本报证实，美国移民及海关执法局（ICE）计划于下周二从加州派出一架包机，将约一百名越南籍人士遣返至胡志明市的新山一国际机场。

律师黎明辉（Huy Le）说，他代理的两名当事人上周在阿德兰托拘留中心接到通知，要求签署旅行证件。“他们在美国住了二十多年，孩子都是美国公民，”他说，“家属现在每天都在打电话求助。”

按照美越两国此前的协议，1995年7月12日以前抵美的越南人原则上不在遣返之列，但近一年来执法部门对这一条款的解读明显收紧。橙县一个越南裔团体估计，全美约有八千名越南人持有最终递解令。

ICE发言人在回复本报查询时表示，出于安全原因，不评论具体航班安排，但强调机构“依法执行法院作出的递解令”。

去年全年，ICE共执行飞往越南的遣返航班六班，另有部分人员搭乘商业航班经首尔转机回国。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["VN"],
      people: { value: 100, approx: true },
      departure: ["加州"],
      arrival: ["新山一国际机场"],
      date: "2026-03-10",
    },
  },
  {
    id: "h8c-zh-004",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "格魯吉亞同意接收美國遣送的第三國人士",
    published: "2026-01-15",
    text: `【本報訊】格魯吉亞政府周三宣布，已與美國簽署一份諒解備忘錄，同意接收部分被美國遣返、但原籍國拒絕接收的第三國公民，成為高加索地區首個作出類似承諾的國家。

格魯吉亞內政部副部長巴爾季澤（Levan Bardidze）在第比利斯記者會上表示，接收對象須經格方逐一審批，有嚴重暴力罪行紀錄者不在其列。他又說，美方將提供資金，協助建立臨時住宿及語言培訓設施。

反對派議員隨即批評協議「未經國會辯論」，並質疑政府以此換取美國放寬對格魯吉亞官員的簽證限制。美國駐格魯吉亞大使館未有回應本報查詢。

近年赴美尋求庇護的格魯吉亞人大增，美方統計顯示，上一財政年度在南部邊境被截查的格魯吉亞公民逾九千人次。分析人士指，格方此舉或有意改善與華府的關係。

此前，烏干達、科索沃及巴拉圭等國亦曾宣布類似安排，但實際接收人數至今不多。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-14",
    },
  },
  {
    id: "h8c-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "逾60孟加拉国公民遭美国遣返 抵达达卡",
    published: "2025-06-14",
    text: `（早报讯）一架载有逾60名孟加拉国公民的美国遣返航班，本周四晚降落在首都达卡的沙阿贾拉勒国际机场，这是今年以来孟加拉国接收的第三批美方遣返人员。

据孟加拉国警方透露，该航班从美国得克萨斯州出发，中途在德国短暂加油。被遣返者多为二三十岁的男子，大部分来自锡尔赫特和诺阿卡利等地区，曾以“旅游签证”前往南美，再一路北上抵达美墨边境。

孟加拉国外交部发言人拉赫曼当天表示，政府已向每名被遣返者提供临时交通补贴，并将配合调查涉嫌组织非法出境的中介。“我们欢迎同胞回家，但也希望年轻人不要再被虚假承诺所骗。”他说。

一名被遣返的28岁男子向当地媒体透露，他为这趟旅程向中介支付了约180万塔卡，途经巴西、秘鲁、巴拿马等七八个国家，最终在亚利桑那州被捕。

国际移民组织数据显示，过去五年约有1.2万名孟加拉国人经“美洲路线”非法前往美国，其中不少人滞留在墨西哥。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 60, approx: true },
      departure: ["得克萨斯州"],
      arrival: ["沙阿贾拉勒国际机场"],
      date: "2025-06-12",
    },
  },
  {
    id: "h8c-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "海地宣布暫停接收美國遣返航班三十日",
    published: "2025-05-10",
    text: `綜合外電報道，海地過渡總統委員會於八日宣布，基於首都太子港治安急劇惡化，即日起暫停接收來自美國的遣返航班，為期三十日，期滿後再作檢討。

委員會在聲明中指出，國內仍有逾百萬人流離失所，部分被遣返者落地後「無處可去」，甚至遭幫派招攬。聲明又說，海地政府並非拒絕同胞回國，而是希望美方「給予喘息空間」。

美國國務院一名發言人回應時稱，華府對海地的決定「感到失望」，並正透過外交渠道溝通。據悉，上月曾有兩架美國包機先後抵達海地北部城市海地角，合共載有約一百八十人。

澳門一間關注海外勞工的民間團體負責人向本報表示，本澳亦有少量海地籍人士，團體會留意事態發展。

分析指，海地的決定或影響美方於多米尼加共和國及巴哈馬的相關安排，兩國近年亦大規模遣返海地移民。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["HT"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-05-08",
    },
  },
  {
    id: "h8c-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国包机把十一名外国人送往喀麦隆 含中国籍人士",
    published: "2026-02-07",
    text: `（综合讯）喀麦隆政府证实，一架美国包机上周日抵达首都雅温得，机上共有十一人，分别来自中国、乌兹别克斯坦和俄罗斯，全部都不是喀麦隆公民。

喀麦隆通讯部长在电视讲话中说，接收这批人员属“临时人道安排”，他们将在一家由政府指定的酒店居住，等候国际移民组织协助安排下一步去向。部长未透露美方是否提供经费。

据代表其中两人的美国律师陈嘉怡（Jiayi Chen）说，她的当事人事前只获告知将被“转移”，直到登机后才知道目的地是非洲。“他们不会说法语，也不会说英语，在当地完全没有亲人。”

报道指出，美方近月来已把数批来自亚洲和东欧的人员送往非洲国家，赤道几内亚和加纳也曾接收类似航班。美国国土安全部则表示，这些人的原籍国“未能及时签发旅行证件”。

大马华人移民关注组织发言人表示，事件反映出第三国遣返的不透明，呼吁各国政府公开相关协议内容。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      nationalities: ["CN", "UZ", "RU"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["雅温得"],
      date: "2026-02-01",
    },
  },
  {
    id: "h8c-zh-008",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "近50尼泊爾人遭美遣返 班機抵加德滿都",
    published: "2025-10-03",
    text: `（國際中心／綜合報導）尼泊爾內政部表示，一架載有近50名尼泊爾人的美國遣返班機，1日清晨抵達加德滿都的特里布萬國際機場。這是今年以來美方第二度以包機方式將尼泊爾人送回國。

據尼泊爾媒體報導，班機是從德州艾爾帕索起飛，途中在愛爾蘭香農停留加油。被遣返者以20至35歲男性居多，其中3人為女性。他們下機後由警方逐一登記，並詢問是否遭人口販運集團詐騙。

尼泊爾外交部官員說，近年經中南美洲「驢子路線」偷渡赴美的尼泊爾人大幅增加，「很多家庭為此賣掉田地，背負數百萬盧比的債務」。

一名來自奇特旺的被遣返男子受訪時說，他花了約11個月才抵達美墨邊境，曾在巴拿馬達連隘口的叢林中走了6天。「我只想回家見媽媽。」

根據美方資料，2024財政年度共有逾1,600名尼泊爾人被美國遣返，大部分是搭乘商業航班。印度與孟加拉今年也陸續接收多批美國遣返包機。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 50, approx: true },
      departure: ["德州艾爾帕索"],
      arrival: ["特里布萬國際機場"],
      date: "2025-10-01",
    },
  },
  {
    id: "h8c-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国拟本月底首派遣返包机直飞吉尔吉斯斯坦",
    published: "2026-04-22",
    text: `【无忧资讯综合】据吉尔吉斯斯坦外交部周二晚发布的消息，美国国土安全部已通知吉方，计划于本月底派出首架遣返包机，直飞比什凯克的玛纳斯国际机场，遣返持有最终递解令的吉尔吉斯斯坦公民。

吉外交部在声明中说，具体人数尚待双方核对身份后确定，吉方已在机场设立临时接待点，为回国人员提供法律咨询和就业信息。

过去两年，经土耳其、巴西和墨西哥辗转入境美国的中亚移民人数明显上升。美国海关与边境保护局数据显示，上一财年在边境被截查的吉尔吉斯斯坦公民约四千人次，乌兹别克斯坦和塔吉克斯坦公民也各有数千人次。

多伦多一名中亚社区组织者向本网表示，不少吉尔吉斯斯坦人在美国被拒后曾考虑转往加拿大申请庇护，“但现在越境的风险越来越大”。

美国驻比什凯克大使馆在回复媒体查询时仅表示，美方与吉方“就移民问题保持密切合作”。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["KG"],
      people: null,
      departure: [],
      arrival: ["玛纳斯国际机场"],
      date: "2026-04",
    },
  },
  {
    id: "h8c-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "37牙買加男子被美遣返 包機抵京士頓",
    published: "2025-12-06",
    text: `【星島綜合報道】一架美國移民及海關執法局（ICE）包機周四下午降落牙買加首都京士頓的諾曼·曼利國際機場，機上三十七名牙買加籍男子全數被移交當地警方登記。

牙買加國家安全部表示，這批人士中有二十一人在美國曾被定罪，罪名包括販毒及持械行劫，當局會按既定程序對他們進行背景審查。包機由佛羅里達州邁阿密起飛，飛行約一小時四十分鐘。

負責協助被遣返者重新融入社會的一個本地慈善團體總幹事布朗（Denise Browne）說，許多人自孩童時期已移居美國，「在牙買加連一個親人的電話也沒有」。她呼籲政府增撥資源提供臨時住所。

牙買加今年已接收約九百名被美國遣返的國民，較去年同期增加約三成。與此同時，英國亦在今年秋季安排包機，將數十名牙買加籍罪犯遣返金斯敦。

加勒比海其他國家如千里達及托巴哥、巴哈馬，近月亦表示接收的被遣返人數明顯上升。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 37, approx: false },
      departure: ["佛羅里達州邁阿密"],
      arrival: ["諾曼·曼利國際機場"],
      date: "2025-12-04",
    },
  },
  {
    id: "h8c-zh-011",
    lang: "zh",
    style: "chinese-outlet",
    title: "乌兹别克斯坦接收一批美国遣返人员",
    published: "2026-03-27",
    text: `据乌兹别克斯坦移民署消息，一架美方包机25日晚间降落在首都塔什干的伊斯兰·卡里莫夫国际机场，机上共有八十六名被美国遣返的乌兹别克斯坦公民。

移民署发言人表示，回国人员入境后接受了边防和卫生检查，随后由各州政府派车接回原籍地。其中十余人因涉嫌在国内有未了结案件，被交由执法部门进一步调查。

乌兹别克斯坦总统府下属的对外劳务移民局同日宣布，将为回国人员提供免费职业培训，并优先推荐前往韩国、英国等国的合法务工项目。

据统计，近三年来有数万名乌兹别克斯坦人经土耳其、中美洲等地前往美国，其中相当一部分在美墨边境被捕。去年，美国曾向塔什干派出两架类似航班，共遣返约二百人。

分析人士认为，随着美国扩大遣返范围，哈萨克斯坦、塔吉克斯坦等中亚国家也可能迎来更多遣返航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 86, approx: false },
      departure: [],
      arrival: ["伊斯兰·卡里莫夫国际机场"],
      date: "2026-03-25",
    },
  },
  {
    id: "h8c-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "入境處租專機 遣返41名越南籍免遣返聲請不獲確立人士",
    published: "2025-11-27",
    text: `【本報訊】入境事務處昨日（26日）租用專機，將41名越南籍免遣返聲請不獲確立人士遣返越南河內。該批人士包括33名男子及8名女子，年齡介乎19至57歲，其中9人為刑滿出獄人士。

入境處發言人表示，由於部分遣返人士曾干犯刑事罪行，處方亦派員乘搭同一專機執行押解任務，人員已於同日返港。今年首十個月，入境處共遣送約2,300名聲請不獲確立人士離港，較去年同期上升一成半。

發言人強調，處方會繼續與聲請人主要來源國政府及航空公司保持緊密聯繫，加快遣送程序。目前仍有約800宗免遣返聲請個案在上訴委員會排期處理。

據了解，近年免遣返聲請人主要來自越南、巴基斯坦、印度、孟加拉及印尼。另外，美國、英國等地亦不時有港人因移民身份問題被當地遣返，惟數目不多。`,
    expect: { relevant: false },
  },
  {
    id: "h8c-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "公安机关包机押解一百五十七名电诈犯罪嫌疑人回国",
    published: "2025-09-19",
    text: `本报讯 记者从公安部获悉，9月17日，在中柬两国执法部门密切配合下，一百五十七名电信网络诈骗犯罪嫌疑人从柬埔寨西哈努克港被押解回国，乘坐的包机于当日深夜降落郑州新郑国际机场。

据介绍，这批犯罪嫌疑人涉嫌针对国内群众实施“刷单返利”“虚假投资理财”等诈骗，涉案金额逾三亿元。专案组前期赴柬开展工作近两个月，会同柬方先后捣毁窝点六处。

公安部刑侦局有关负责人表示，今年以来，公安机关已会同缅甸、柬埔寨、老挝、菲律宾等国执法部门，从境外押解电诈犯罪嫌疑人累计超过五千名。

该负责人提醒，境外高薪招聘多为诈骗陷阱，切勿轻信“月入数万”的虚假广告。与此同时，美国、泰国等国近期亦加大对跨境诈骗的打击力度。`,
    expect: { relevant: false },
  },
  {
    id: "h8c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "日本出入境在留管理廳包機 遣返斯里蘭卡及土耳其籍人士",
    published: "2026-02-24",
    text: `（中央社東京24日電）日本出入境在留管理廳今天表示，該廳上週租用包機，將逾期居留的斯里蘭卡及土耳其籍人士共四十二人強制遣返，是今年首次以包機方式執行大規模遣返。

據日本媒體報導，包機從成田機場起飛，先飛往可倫坡，再轉往伊斯坦堡。被遣返者當中有十一人曾多次申請難民認定但遭駁回。根據去年生效的修正《出入國管理法》，第三次以上申請難民認定者原則上可被遣返。

日本律師聯合會批評，當局未充分考慮當事人在日本的家庭狀況，其中一名土耳其籍庫德族男子的妻小均在埼玉縣居住。

法務省統計顯示，2025年日本強制遣返外國人約八千人，其中以越南、中國及泰國籍居多。日本政府表示，將在年內再安排數次包機遣返。

另外，美國近月大規模派出遣返航班，亦引起日本國內對移民政策的討論。`,
    expect: { relevant: false },
  },
  {
    id: "h8c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "澳洲包机遣返二十多名新西兰籍罪犯 引新方不满",
    published: "2025-08-07",
    text: `【澳洲新闻综合】澳大利亚内政部证实，一架包机本周二从布里斯班起飞，将二十多名因犯罪被取消签证的新西兰公民遣返奥克兰。这是澳方今年第四次以包机方式执行此类遣返。

根据澳洲移民法第501条，非公民若被判处十二个月或以上监禁，签证可被取消。新西兰总理办公室发言人表示，许多被遣返者自幼在澳洲长大，与新西兰“几乎没有联系”，澳方做法“有违两国传统友谊”。

澳洲内政部长则回应说，政府首要职责是保障社区安全，并称自2014年以来已有约三千名新西兰人因此被遣返。

华人社区律师林志远表示，近年也有持中国、越南护照的长期居民因类似条款被取消签证，提醒华人新移民留意法律风险。

另据报道，美国同期亦向太平洋岛国派出遣返航班，汤加和萨摩亚对此表达关注。`,
    expect: { relevant: false },
  },
  {
    id: "h8c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "移民法庭积案突破三百八十万宗 华人庇护获批率下滑",
    published: "2026-01-29",
    text: `【侨报记者综合报道】根据锡拉丘兹大学交易记录信息交换中心（TRAC）最新数据，截至去年12月底，全美移民法庭积压案件已超过三百八十万宗，平均等待时间约为四年。

数据显示，上一财年中国籍庇护申请人的获批率约为百分之三十一，较前一年下降近十个百分点；印度、厄瓜多尔和哥伦比亚籍申请人的获批率也有不同程度下降。纽约和旧金山移民法庭的积案量居全国前列。

纽约移民律师王立平表示，新政府上任后大幅增加“快速审理”案件，一些当事人在没有律师的情况下就被下达递解令。“很多人连听证通知都没收到。”他说。

司法部行政移民审查办公室则表示，今年计划新增一百二十名移民法官，以缓解积案压力。

律师提醒，收到递解令的华人应尽快寻求专业法律意见，避免错过上诉期限。`,
    expect: { relevant: false },
  },
  {
    id: "h8c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "美擴大簽證限制至十多國 東南亞及非洲國家受影響",
    published: "2025-12-19",
    text: `（國際中心／綜合外電）美國國務院18日宣布，自明年1月起擴大簽證限制措施，對另外十二個國家的公民暫停或限制簽發部分類別簽證，理由是這些國家的逾期居留率偏高，或在接收被遣返公民方面「合作不足」。

新名單包括寮國、緬甸、獅子山、厄利垂亞等國，部分國家的學生及交流訪問簽證也將受限。國務院表示，名單會每半年檢討一次。

台灣旅遊業者表示，措施不涉及台灣旅客，赴美免簽計畫（ESTA）維持不變。不過，業者提醒民眾，美方近月加強入境查驗，旅客應確保行程及文件齊全。

學者分析，華府愈來愈常把簽證政策與遣返合作掛鉤，先前已有多國因拒收被遣返者而遭簽證制裁。

另外，美國國土安全部同日公布，上一財政年度共遣返逾三十萬人，為十年來新高。`,
    expect: { relevant: false },
  },
  {
    id: "h8c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "新泽西拘留中心数十名华人绝食抗议 律师称等待遣返逾半年",
    published: "2026-05-14",
    text: `【本报纽约讯】新泽西州伊丽莎白市一家移民拘留中心的数十名中国籍被拘留者，自本周一起展开绝食，抗议拘留条件恶劣及长期得不到移民法官听证。

代理其中五人的律师赵明（Ming Zhao）说，他的当事人大多是去年经墨西哥入境后被捕，有的已被拘留超过七个月，至今“既没有获释，也没有被遣返”。他说，中心内空调经常失灵，医疗服务也严重不足。

移民及海关执法局（ICE）发言人回应称，该机构尊重被拘留者表达意见的权利，并会对绝食者进行医疗监测，但否认存在系统性问题。

据统计，目前全美移民拘留设施关押人数约六万人，创历史新高。华人社区团体呼吁国会议员前往视察，并为家属设立援助热线。

与此同时，得克萨斯州和路易斯安那州多家拘留中心近月也传出类似抗议。`,
    expect: { relevant: false },
  },
  {
    id: "h8c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "港男逾期居留被美遣返 乘客機返港",
    published: "2025-07-03",
    text: `【本報訊】一名早年赴美讀書、其後逾期居留的46歲港男，前日（1日）被美國當局遣返，由兩名移民官員押送，乘搭由三藩市飛往香港的定期客機返港。

據悉，該名姓何男子2003年持學生簽證赴美，畢業後一直留在加州從事餐飲工作，去年在一次交通截查中被揭發身份問題，其後被移民法官頒下遞解令。

何的胞妹接受本報訪問時說，兄長在美國生活了二十多年，「香港已經沒有屋住」，家人正為他安排臨時居所。

入境處回應查詢時表示，處方會按既定程序處理被外地遣返的香港居民，但不評論個別個案。

美國移民及海關執法局數據顯示，上一財政年度被遣返至香港的人數不足五十人，遠低於遣返至中國內地的人數。`,
    expect: { relevant: false },
  },
  {
    id: "h8c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "评论：大规模遣返能否解决美国移民难题",
    published: "2026-06-02",
    text: `过去一年，“大规模遣返”成为美国政治中最常被提起的词汇之一。白宫多次宣称，遣返人数已达到二十年来的最高水平；批评者则认为，这些数字掩盖了程序正义的缺失。

从数据看，美国国土安全部上一财年共执行遣返约三十二万人次，其中墨西哥、危地马拉、洪都拉斯和萨尔瓦多四国公民占了六成以上。飞往亚洲和非洲的长途包机虽然数量有限，但单次成本往往高达数十万美元。

笔者认为，遣返只能解决“存量”问题的一小部分。美国境内约有一千一百万无证移民，其中相当多人已在当地生活十年以上，与社区、雇主和家庭深度交织。一味强调数字，只会让农业、建筑和养老等行业的用工缺口进一步扩大。

更值得关注的是，部分遣返对象被送往与其毫无关联的“第三国”，这在国际法层面引发不小争议。欧洲一些国家近年也在探索类似的“离岸处理”模式，但成效有限。

移民问题的根本出路，仍在于推动国会通过全面移民改革，在边境执法与合法渠道之间找到平衡。（作者为旧金山华人时政评论员）`,
    expect: { relevant: false },
  },
  {
    id: "h8c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "48 Pinoys deported from US land at NAIA",
    published: "2026-02-14",
    text: `MANILA, Philippines — Forty-eight Filipinos deported from the United States arrived at the Ninoy Aquino International Airport on Thursday night aboard a chartered flight, the Bureau of Immigration (BI) said.

BI spokesperson Ramon Dizon said the returnees, 41 men and seven women, were processed by immigration officers and screened against the bureau's derogatory list before being turned over to the Department of Migrant Workers and the Overseas Workers Welfare Administration for assistance.

The flight, which left from Mesa, Arizona, made a refueling stop in Guam, according to a source at the airport who asked not to be named.

"Many of them overstayed their visas or were caught working without authorization. Some have been in the US for more than fifteen years," Dizon said. Three of the returnees were flagged for pending cases in the Philippines and were handed to the National Bureau of Investigation.

The Department of Foreign Affairs estimates that about 370,000 Filipinos are living in the US without legal status. Last year, 216 Filipinos were removed from the US, mostly on commercial flights through Tokyo and Seoul.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 48, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Ninoy Aquino International Airport"],
      date: "2026-02-12",
    },
  },
  {
    id: "h8c-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Another US plane with deportees touches down in Delhi; Haryana, Punjab youth among them",
    published: "2025-03-09",
    text: `NEW DELHI: A chartered aircraft carrying around 180 Indian nationals deported by the United States landed at the Indira Gandhi International Airport in the national capital, officials said on Sunday.

Of those on board, 71 are from Haryana, 54 from Punjab and 29 from Gujarat, with the rest from Uttar Pradesh, Himachal Pradesh and Delhi, according to a list shared with state governments. Most are aged between 19 and 32.

The plane touched down shortly after 2 am on Saturday after a long-haul journey that had begun in El Paso, Texas, with a refuelling halt in Europe, officials said. Unlike the military flights that landed in Amritsar last month, this was a civilian charter.

Deportees were questioned by the Intelligence Bureau and state police before being allowed to leave. Haryana sent buses to ferry its residents home, while a Punjab police team stayed back to record statements about the travel agents involved.

"We spent Rs 45 lakh and lost everything," said Gurpreet, a 24-year-old from Kurukshetra district, who said he had crossed six countries including Guatemala and Mexico before being arrested near the US border.

The Ministry of External Affairs said in Parliament last week that 3,258 Indians had been sent back from the US since 2009, and that New Delhi was working with Washington to ensure deportees were not mistreated.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 180, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Indira Gandhi International Airport"],
      date: "2025-03-08",
    },
  },
  {
    id: "h8c-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Palau agrees to take third-country deportees from US",
    published: "2025-09-12",
    text: `KOROR — Palau will accept a limited number of people deported from the United States who cannot be returned to their home countries, the President's office announced on Wednesday, following weeks of closed-door talks with US officials.

In a statement, the Office of the President said the arrangement would be "temporary, small in scale and subject to Palau's laws," and that each case would be reviewed by the Ministry of Justice before arrival. No timetable or numbers were given.

Senator Josephine Ngirmang said the Olbiil Era Kelulau had not been consulted and called for the agreement to be tabled. "We are a nation of 18,000 people. We need to know who is coming and who will pay," she said.

The US Embassy in Koror said Washington valued Palau's partnership and noted the two countries' long-standing Compact of Free Association, under which the US provides more than US$800 million in assistance over twenty years.

Palau joins a short list of countries, including Rwanda, Eswatini and South Sudan, that have accepted third-country deportees from the US this year. Neighbouring Micronesia and the Marshall Islands have not said whether they have been approached.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PW"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-10",
    },
  },
  {
    id: "h8c-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Fourteen Fijians to be deported from US next week",
    published: "2026-06-18",
    text: `SUVA — Fourteen Fijian nationals held in US immigration detention are expected to arrive at Nadi International Airport next Wednesday on a chartered flight from Los Angeles, the Ministry of Home Affairs has confirmed.

Permanent Secretary Apisalome Vuniwai said the ministry had been notified by US authorities through the Fiji Embassy in Washington. "We have a reintegration team ready. Some of these individuals have not been home for more than twenty years," he said.

The group includes two women, and at least four of the men have served prison sentences in California for drug and assault offences, according to the ministry.

Police Commissioner Iliesa Tuilau said officers would meet the flight and that those with criminal records would be required to report to their nearest police station weekly for six months.

Fiji received 63 deportees from the US, Australia and New Zealand last year, most of them on commercial flights. Community leaders in Lautoka have raised concerns about a rise in drug-related crime they link to returnees.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["FJ"],
      people: { value: 14, approx: false },
      departure: ["Los Angeles"],
      arrival: ["Nadi International Airport"],
      date: "2026-06-24",
    },
  },
  {
    id: "h8c-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "23 Sri Lankans deported from US arrive at BIA",
    published: "2025-07-19",
    text: `A group of 23 Sri Lankans deported from the United States arrived at the Bandaranaike International Airport yesterday (18) on a special flight, Airport police said.

The deportees, all men aged between 22 and 48, were questioned by officers of the Criminal Investigation Department's (CID) human trafficking unit about the agents who had arranged their journeys. The flight had departed from Arizona and stopped in Qatar, officials said.

According to police, most of the group had travelled to Brazil or Ecuador on tourist visas last year before making their way north through Central America. Several told investigators they had paid between Rs. 6 million and Rs. 9 million to agents in Negombo and Chilaw.

Public Security Ministry officials said they would not be charged but could be called as witnesses in cases against the agents.

The Foreign Employment Bureau warned the public against offers of "guaranteed entry" to the US or Canada. Last month, 17 Sri Lankans were deported from Italy and another 9 from Romania for overstaying work permits.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["LK"],
      people: { value: 23, approx: false },
      departure: ["Arizona"],
      arrival: ["Bandaranaike International Airport"],
      date: "2025-07-18",
    },
  },
  {
    id: "h8c-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Cambodia to resume taking back nationals removed by US after year-long pause",
    published: "2026-05-08",
    text: `PHNOM PENH — Cambodia will resume accepting its citizens deported from the United States, the Ministry of Interior said on Thursday, ending a pause of more than a year that had drawn visa sanctions from Washington.

Ministry spokesman Chhay Sopheak told reporters the decision followed a new memorandum agreed with the US Embassy that allows Cambodian officials to interview each person before travel documents are issued. "We will receive our people with dignity and we will verify every case," he said.

Cambodia stopped issuing the documents in early 2025 after a dispute over the return of long-term US residents, many of whom arrived as refugee children in the 1980s. The US responded by restricting some visas for Cambodian officials.

The Khmer Vulnerability Aid Organisation, which helps returnees find housing and work, estimates that about 1,900 Cambodians in the US have final removal orders. Its director said the group had received no word on when the first flight might arrive.

Laos and Myanmar remain among the countries Washington lists as uncooperative on removals.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KH"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-05-07",
    },
  },
  {
    id: "h8c-en-007",
    lang: "en",
    style: "wire",
    title: "Ghana receives West Africans deported by US under new arrangement",
    published: "2025-09-10",
    text: `ACCRA — Nineteen West Africans deported from the United States arrived in Ghana on Monday, the government said, the first group received under an arrangement with Washington to take in nationals of neighbouring countries.

The group — eleven Nigerians, six Liberians and two men from Togo — landed at Kotoka International Airport aboard a US government-chartered aircraft, Ghana's foreign ministry said in a statement on Tuesday. None of them is Ghanaian.

Foreign Minister Kwabena Asante-Mensah said Ghana had agreed to the arrangement "in the spirit of ECOWAS free movement" and that those who arrived would be helped to travel on to their own countries by road. He said the US would bear the costs.

Lawyers for at least four of the men said in a filing in a federal court in Washington that their clients had pending claims for protection and had been given less than a day's notice. A spokesperson for the US Department of Homeland Security declined to comment on individual cases.

The US has sent people to a number of third countries this year, including Eswatini, South Sudan and Rwanda. Nigeria's immigration service said it was working with Ghanaian authorities to verify the identities of its citizens.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "LR", "TG"],
      people: { value: 19, approx: false },
      departure: [],
      arrival: ["Kotoka International Airport"],
      date: "2025-09-08",
    },
  },
  {
    id: "h8c-en-008",
    lang: "en",
    style: "near-miss",
    title: "Japan deports 38 on chartered flight to Sri Lanka and Pakistan",
    published: "2026-03-11",
    text: `TOKYO — Japan's Immigration Services Agency said on Tuesday it had deported 38 foreign nationals on a chartered flight to Colombo and Islamabad, the largest such operation since the revised immigration law took effect.

The group included 22 Sri Lankans and 16 Pakistanis, several of whom had applied for refugee status three or more times. Under the revised law, repeat applicants can be removed while their claims are pending.

Support groups in Tokyo said at least two of those deported had Japanese-born children. "Families are being split in the name of efficiency," said Mariko Tanabe of a lawyers' network that assists asylum seekers.

The agency said it deported 7,800 people in 2025, up from 6,100 the year before, and would continue charter operations to Vietnam, Thailand and the Philippines this year.

Japan recognised 190 refugees last year, a fraction of the number accepted by Germany or Canada.`,
    expect: { relevant: false },
  },
  {
    id: "h8c-en-009",
    lang: "en",
    style: "near-miss",
    title: "Fugitive wanted in US for fraud deported from Manila",
    published: "2025-10-22",
    text: `MANILA — The Bureau of Immigration (BI) has deported an American man wanted in California for investment fraud, sending him back on a commercial flight to Los Angeles on Monday, the bureau said.

The 52-year-old, who had been living in Angeles City since 2022, was arrested by BI agents in July on the basis of a US federal warrant. He is accused of defrauding more than 200 investors of about US$14 million through a fake cryptocurrency fund.

"Foreign fugitives will find no refuge in the Philippines," BI Commissioner Alfredo Santiago said. The man was escorted by two US marshals on the Philippine Airlines flight and was placed on the bureau's blacklist.

The BI said it had deported 412 foreign fugitives so far this year, mostly Chinese, South Korean and Japanese nationals linked to online scam hubs.`,
    expect: { relevant: false },
  },
  {
    id: "h8c-en-010",
    lang: "en",
    style: "near-miss",
    title: "Malaysia sends home 130 Bangladeshi workers in immigration crackdown",
    published: "2025-11-04",
    text: `KUALA LUMPUR — The Immigration Department deported 130 Bangladeshi nationals on two flights from Kuala Lumpur International Airport to Dhaka on Sunday, following raids on construction sites in Selangor and Johor.

Immigration director-general Datuk Zakaria Hashim said the men had overstayed their permits or worked without valid documents. "Employers who hire undocumented workers will also face action," he said, adding that 28 employers had been charged since September.

Malaysia has deported more than 42,000 foreigners this year, mainly Indonesians, Bangladeshis, Myanmar nationals and Indians, according to department figures.

The Bangladesh High Commission in Kuala Lumpur said it had issued emergency travel passes for the group and urged the Malaysian government to speed up a recalibration programme for migrant workers.

Separately, the United States has stepped up deportation flights to South Asia this year, with charter flights landing in India, Nepal and Bangladesh.`,
    expect: { relevant: false },
  },
];
