// Held-out news corpus no. 22 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT22C: CorpusArticle[] = [
  // ───────────────────────────── Chinese, Simplified ─────────────────────────────
  {
    id: "h22c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方再派大型遣返包机 一百二十七名中国籍人员抵穗",
    published: "2025-11-14",
    text: `【南岭晚报讯】记者从有关方面获悉，一架由美国移民与海关执法局（ICE）安排的遣返包机本周三抵达广州白云国际机场，机上共有一百二十七名被美方认定没有合法居留依据的中国籍人员。

据了解，该航班从得克萨斯州起飞，中途经停一次加油，全程飞行约十九个小时。这是今年以来美方向中国内地派出的第五架次大型遣返包机，执飞航班号为GXA7314。

广东边检部门工作人员在机坪完成人员交接和证件核验。一位不愿具名的知情人士说，被遣返者中年龄最小的二十岁，最大的六十三岁，多数人是近两年经南美洲和墨西哥“走线”入境美国的。

中方有关部门此前多次表示，中方一贯反对任何形式的非法移民，对经核实确属中国公民的被遣返人员予以接收。

美国国土安全部一名发言人在书面回应中称，美方将继续与包括中国在内的国际伙伴合作，遣返没有合法身份留在美国的人员。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 127, approx: false },
      departure: ["得克萨斯州"],
      arrival: ["广州白云国际机场"],
      date: "2025-11-12",
    },
  },
  {
    id: "h22c-zh-002",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方拟再遣返一批福建籍人员 包机预计降落福州长乐机场",
    published: "2026-01-20",
    text: `据多名在押人员家属和纽约华人移民律师透露，美国移民与海关执法局正在筹备新一架前往中国的遣返包机，预计下周四从路易斯安那州亚历山大起飞，目的地为福州长乐国际机场。

知情人士称，此次计划遣返约九十人，绝大多数来自福建长乐、连江、福清等地，其中不少人在纽约法拉盛和布鲁克林一带打工多年，有的已在美国生活超过十年。

纽约执业移民律师郑立帆告诉本报，他的三名当事人上周被转押至路易斯安那州的拘留中心，“一旦被转到亚历山大，基本就意味着快要上飞机了”。他说，其中一人仍有未结的上诉，律所正紧急申请暂缓遣返。

截至发稿，美国国土安全部未回应本报查询，也未公布具体航班信息。福州市相关部门工作人员表示，尚未接到正式通知，“如有航班，会按既定程序做好接收工作”。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: { value: 90, approx: true },
      departure: ["亚历山大"],
      arrival: ["福州长乐国际机场"],
      date: "2026-01-29",
    },
  },
  {
    id: "h22c-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国一架遣返包机抵达胡志明市",
    published: "2025-08-08",
    text: `据越南媒体报道，一架载有被美国遣返的越南公民的包机，于当地时间周四上午抵达胡志明市新山一国际机场。

越南公安部出入境管理局通报说，机上共有男性七十三名、女性十九名，均持有越南驻美使领馆核发的旅行证件。越方在机场为他们办理了入境手续，并进行了健康检查。

该航班前一天从美国亚利桑那州梅萨起飞，途中在关岛短暂停留。越方通报未说明被遣返者在美国的具体情况，但表示其中部分人曾在美国服刑。

越南外交部副发言人范清和在例行记者会上表示，越方将继续按照两国间的现有安排，接收经核实身份的越南公民，同时要求美方保障当事人的合法权益。

据美国移民律师估计，目前仍有数千名越南籍人员持有最终遣返令，其中许多人是在1995年之前抵达美国的。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 92, approx: false },
      departure: ["梅萨"],
      arrival: ["胡志明市新山一国际机场"],
      date: "2025-08-07",
    },
  },
  {
    id: "h22c-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "老挝宣布暂停接收美方遣返包机",
    published: "2025-09-17",
    text: `老挝外交部昨天发表声明，表示在双方就身份核查程序达成一致之前，老方将暂停接收美国以包机方式遣返的人员，并已拒绝美方一架遣返包机的降落申请。

声明说，美方近期提交的遣返名单中，有相当一部分人在老挝没有任何户籍记录，其中不少是上世纪七八十年代随家人离开老挝的难民的后代，“老方无法确认其老挝国籍”。

美国国务院一名官员回应称，美方对老挝的决定“深感失望”，并表示不排除依据美国移民法对老挝公民采取签证限制措施。

东南亚问题学者指出，老挝此前长期只零星接收美方经商业航班遣返的个别人员，大规模包机遣返本身就在当地引发争议。此次表态意味着原本处于推进中的遣返安排出现逆转。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["LA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-16",
    },
  },
  {
    id: "h22c-zh-005",
    lang: "zh",
    style: "singapore-chinese",
    title: "美遣返包机飞抵雅加达 印尼接回64名公民",
    published: "2025-05-23",
    text: `（雅加达综合电）印度尼西亚外交部证实，一架载有64名印尼公民的美国遣返包机，本月20日晚间降落在雅加达苏加诺－哈达国际机场。

印尼外交部海外公民保护司司长尤迪·普拉塞提约说，这批人多数是签证逾期后在美国滞留多年的务工人员，其中有11人曾在美国服刑。他说，印尼驻美使领馆此前已逐一核实了他们的身份。

包机由美国移民与海关执法局安排，从新泽西州纽瓦克起飞，途中在迪拜加油。印尼移民总局表示，所有人抵达后接受了身份核查，随后陆续由家属接走。

新加坡一所大学研究东南亚人口流动的学者林慧敏受访时说，美方近年较少使用包机向东南亚国家集中遣返，此次航班显示美方正在扩大遣返范围，区域内其他国家也可能面临类似安排。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ID"],
      people: { value: 64, approx: false },
      departure: ["纽瓦克"],
      arrival: ["雅加达苏加诺－哈达国际机场"],
      date: "2025-05-20",
    },
  },
  {
    id: "h22c-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "哥斯达黎加接收美方遣送的第三国移民 其中包括中国籍人员",
    published: "2025-03-05",
    text: `据哥斯达黎加政府通报，今年2月下旬，一架美国遣返包机降落在哥斯达黎加首都圣何塞，机上逾百名移民均不是哥斯达黎加公民。

通报说，这批移民来自中国、乌兹别克斯坦、阿富汗和印度等国，其中包括数十名未成年人。抵达后，他们被大巴送往该国南部靠近巴拿马边境的一处临时移民接待中心。

据了解，该航班从得克萨斯州圣安东尼奥起飞。哥斯达黎加总统府此前表示，相关费用由美方全额承担，移民将在接待中心等待国际组织协助其返回原籍国。

人权组织“中美洲移民观察”负责人卡拉·门多萨批评说，接待中心条件简陋，许多人不清楚自己为何被送到一个从未到过的国家，“他们既不能离开，也不知道要等多久”。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "UZ", "AF", "IN"],
      people: { value: 100, approx: true },
      departure: ["圣安东尼奥"],
      arrival: ["圣何塞"],
      date: "2025-02",
    },
  },
  {
    id: "h22c-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "美遣返航班先后降落阿姆利则和加德满都",
    published: "2025-06-20",
    text: `据印度和尼泊尔媒体报道，一架美国移民与海关执法局租用的遣返包机上周五先后降落在印度旁遮普邦阿姆利则和尼泊尔首都加德满都，共遣返一百五十八人。

该航班从得州埃尔帕索起飞。旁遮普邦警方称，飞机在阿姆利则机场停留约三小时，一百三十七名印度籍人员在此下机，其余二十一名尼泊尔公民随机继续飞往加德满都特里布万国际机场。

印度被遣返者大多来自旁遮普、哈里亚纳和古吉拉特三个邦。当地警方表示，将对协助他们非法出境的中介展开调查。

尼泊尔内政部发言人拉姆·普拉萨德·夏尔马说，这是尼泊尔首次迎接从美国直飞而来的遣返航班，被遣返者在机场接受问询后已陆续返回家乡。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN", "NP"],
      people: { value: 158, approx: false },
      departure: ["埃尔帕索"],
      arrival: ["阿姆利则", "加德满都"],
      date: "2025-06-13",
    },
  },
  {
    id: "h22c-zh-008",
    lang: "zh",
    style: "malaysian-chinese",
    title: "美国将7名第三国人员遣送卢旺达 其中一人为大马公民",
    published: "2025-08-28",
    text: `（吉隆坡综合讯）卢旺达政府发言人证实，一架美国遣返航班本周一抵达卢旺达首都基加利，机上7名被遣送者均不是卢旺达公民。

据了解，这7人分别来自马来西亚、伊拉克、老挝和萨尔瓦多。其中的大马籍男子现年41岁，祖籍霹雳怡保，少年时随家人移居美国加州，曾因持械抢劫罪入狱服刑。

外交部在文告中说，已指示相关驻外使馆了解该名公民的情况，并将提供必要的领事协助。其家属受访时表示，直到航班起飞后才从律师口中得知他被送往非洲，“我们连卢旺达在哪里都要上网查”。

卢旺达政府表示，这批人将由当地一家国际组织安置，提供住宿和职业培训；若本人愿意，也可协助其返回原籍国。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["MY", "IQ", "LA", "SV"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["基加利"],
      date: "2025-08-25",
    },
  },
  {
    id: "h22c-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "蒙古国同意恢复接收美方遣返人员",
    published: "2026-03-12",
    text: `蒙古国外交部10日发布公告说，经与美国国土安全部磋商，蒙方同意恢复接收从美国遣返的本国公民，包括以包机方式集中遣返的人员。

公告说，蒙方此前因身份核查程序存在分歧，自去年秋季起暂停接收美方包机。根据新达成的安排，美方将在航班起飞前至少三十天向蒙方提供遣返名单，蒙方则在二十天内完成核查。

美国驻乌兰巴托大使馆在社交媒体上对此表示欢迎，称这一安排“体现了两国在边境安全领域的务实合作”。

据美国移民与海关执法局公布的数据，目前约有四百多名蒙古国公民已收到最终遣返令。公告未透露首架包机的具体时间。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-10",
    },
  },
  {
    id: "h22c-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "三百一十二名涉缅北电诈犯罪嫌疑人乘包机被押解回国",
    published: "2025-03-21",
    text: `记者从公安部获悉，在中缅泰三方执法合作框架下，三百一十二名涉嫌在缅甸妙瓦底地区从事电信网络诈骗的中国籍犯罪嫌疑人，昨天分乘四架包机从泰国湄索机场被押解回国，降落在南京禄口国际机场。

据介绍，这批犯罪嫌疑人此前被缅甸地方武装移交给泰方，经泰方遣返程序后由中方警方接收。包机每架配备约五十名押解民警，全程实施严密管控。

公安部有关负责人表示，今年以来，已有数千名涉诈嫌疑人从缅甸、柬埔寨等地被遣返或押解回国，相关案件正在依法侦办。

该负责人提醒，境外“高薪招聘”多为诈骗陷阱，切勿轻信偷渡出境，一旦涉诈，必将受到法律严惩。`,
    expect: { relevant: false },
  },
  {
    id: "h22c-zh-011",
    lang: "zh",
    style: "near-miss",
    title: "2025年全国移民管理机构共遣返非法入境外国人逾万名",
    published: "2026-01-15",
    text: `国家移民管理局今天举行新闻发布会，通报2025年移民管理工作情况。据介绍，全年共查处非法入境、非法居留、非法就业外国人四万余人次，依法遣返出境一万一千余人。

发言人介绍，全年共组织包机遣返二十三架次，主要遣返对象为在边境地区非法务工的邻国人员。其中规模最大的一次包机遣返，一次性将两百余名外国人从云南遣返出境。

发布会还通报，全年与东南亚国家开展联合执法，从柬埔寨、缅甸、菲律宾等国押解涉诈犯罪嫌疑人回国五千余名，打击组织偷渡团伙三百余个。

发言人说，2026年将继续严厉打击妨害国（边）境管理违法犯罪，同时优化外国人入境便利措施。`,
    expect: { relevant: false },
  },
  {
    id: "h22c-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "日本首次包机集中遣返中国籍逾期居留者 航班降落上海浦东",
    published: "2025-10-17",
    text: `（东京综合电）日本出入国在留管理厅证实，一架载有五十三名中国籍人员的包机本周三从东京成田机场起飞，当天下午降落在上海浦东国际机场。这是日方首次以包机方式集中遣返中国籍逾期居留者。

入管厅说，这批人大多以技能实习或留学签证入境日本，签证到期后继续滞留务工，部分人曾多次拒绝自行离境。过去日方主要安排此类人员搭乘定期民航班机回国。

日本法务省官员表示，包机遣返能减少在收容设施的长期羁押，今后将视情况扩大使用。日本支援外国人团体则批评，部分人仍有难民认定申请尚未审结。

中国驻日本大使馆表示，已就相关人员的身份核实与日方保持沟通，并提醒在日中国公民遵守当地法律，合法居留。`,
    expect: { relevant: false },
  },

  // ───────────────────────────── Chinese, Traditional ─────────────────────────────
  {
    id: "h22c-zh-013",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國包機遣返中國籍非法移民 首次降落長春",
    published: "2025-07-24",
    text: `（本報綜合報導）美國駐中國大使館23日在其微信公眾號發文指出，美國國土安全部當地時間週二派出大型遣返包機，將逾百名沒有合法居留依據的中國籍人員遣返回國，航班降落吉林長春龍嘉國際機場。

使館表示，這是美方今年第三架次飛往中國大陸的大型遣返航班，也是首次選擇東北城市作為降落地點。據知情人士透露，航班是從加州起飛。

使館在貼文中重申，美國將持續執行移民法，呼籲有意非法入境者不要被人口販運集團的說詞誤導，並稱美中雙方在打擊偷渡網絡方面「保持溝通」。

台灣一名研究兩岸移民議題的學者分析，美方近年陸續將航班安排至廣州、上海以外的城市，可能與被遣返者的戶籍分布有關。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["加州"],
      arrival: ["長春龍嘉國際機場"],
      date: "2025-07-22",
    },
  },
  {
    id: "h22c-zh-014",
    lang: "zh",
    style: "hk-outlet",
    title: "美再遣九名第三國男子往斯威士蘭",
    published: "2026-02-11",
    text: `【本報訊】非洲南部內陸國斯威士蘭政府證實，美國上周五再有一班遣返航班抵達該國，機上九名男子全部不是斯威士蘭國民。

斯威士蘭政府發言人馬蘇庫表示，這批人分別來自菲律賓、柬埔寨、也門及埃塞俄比亞，已被送往首都姆巴巴內附近一所懲教設施羈押，直至當局安排他們返回原籍國為止。

美國國土安全部在社交平台發文稱，這些人「罪行嚴重，原籍國拒絕接收」，並感謝斯威士蘭政府合作。

當地人權組織已就美斯兩國的協議向高等法院提出司法覆核，指協議從未公開，被遣送者亦無法與律師會面。香港一名研究國際難民法的大學講師接受本報查詢時說，把人送往與其毫無關係的第三國，「等同把責任轉嫁給最沒有能力承擔的國家」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["PH", "KH", "YE", "ET"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["斯威士蘭"],
      date: "2026-02-06",
    },
  },
  {
    id: "h22c-zh-015",
    lang: "zh",
    style: "us-chinese-community",
    title: "法拉盛多名華人被遣返 ICE包機直飛瀋陽",
    published: "2025-12-05",
    text: `（本報記者林曉薇紐約報導）多名家屬向本報證實，美國移民及海關執法局（ICE）12月2日安排包機從佛羅里達州邁阿密起飛，將一批中國籍人士遣返回國。

根據ICE事後發布的資料，機上共有男性八十八人、女性十七人，年齡介於19至66歲，全部持有移民法官簽發的最終遞解令，其中部分人有刑事紀錄。

包機途經阿拉斯加安克雷奇加油後，降落瀋陽桃仙國際機場。家住法拉盛的王女士說，丈夫在例行報到時被拘留，三週後就被送上飛機，「連見最後一面的機會都沒有，兩個孩子還在上小學」。

華埠一名移民律師提醒，持有遞解令的民眾應盡快諮詢專業律師，了解是否仍有重新開案或申請暫緩遞解的空間，切勿輕信收費「包辦身分」的中介。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 105, approx: false },
      departure: ["邁阿密"],
      arrival: ["瀋陽桃仙國際機場"],
      date: "2025-12-02",
    },
  },
  {
    id: "h22c-zh-016",
    lang: "zh",
    style: "us-chinese-community",
    title: "巴拿馬接收美國遣送的亞洲移民 機上含中國籍",
    published: "2025-02-15",
    text: `據巴拿馬政府公布，一架美國軍方包機12日降落巴拿馬市托庫門國際機場，載有近兩百名來自亞洲多國的移民。

巴拿馬公共安全部長費爾南多·阿吉拉爾說，這批移民來自中國、阿富汗、斯里蘭卡和伊朗等國，目前暫時安置在首都一家酒店，等候國際移民組織協助他們返回原籍國；不願返回者將被轉往達連省的一處營地。

據了解，包機是從德州起飛。巴拿馬政府強調，此次接收是與美方合作的「過境安排」，所需費用全部由美國承擔。

舊金山一家華人移民服務機構負責人說，已有多名在巴拿馬的中國籍移民家屬來電求助，「很多人怕被送回國，但又不知道在巴拿馬能向誰申請保護」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "AF", "LK", "IR"],
      people: { value: 200, approx: true },
      departure: ["德州"],
      arrival: ["巴拿馬市托庫門國際機場"],
      date: "2025-02-12",
    },
  },
  {
    id: "h22c-zh-017",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再派遣返包機赴天津 未公布人數",
    published: "2026-04-17",
    text: `美國國土安全部16日發布新聞稿表示，上週五一架移民及海關執法局（ICE）包機從喬治亞州起飛，將一批沒有合法身分的中國公民遣返回國，航班降落天津濱海國際機場。

新聞稿未透露遣返人數，僅稱這是本財年第三架次飛往中國的大型遣返航班。根據航班追蹤網站資料，執飛的是一架註冊編號N278GX的波音737型客機，航班代號GXA1458，飛行時間約十六小時。

中國國家移民管理局當天未就此發表評論。大陸外交部過去曾表示，中方願與美方開展遣返合作，前提是經核實確屬中國公民。

本報記者詢問美國在台協會，對方表示不評論其他國家的遣返事務。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: ["喬治亞州"],
      arrival: ["天津濱海國際機場"],
      date: "2026-04-10",
    },
  },
  {
    id: "h22c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "英內政部包機遣返八十多名越南人 降落河內內排機場",
    published: "2025-11-20",
    text: `【本報綜合外電】英國內政部證實，一架載有八十多名越南人的遣返包機本周二從倫敦斯坦斯特德機場起飛，翌日抵達河內內排國際機場。這是英國今年第六次以包機方式遣返越南籍非法移民。

內政部表示，機上人員大多是乘小艇橫渡英倫海峽抵英、庇護申請被拒者，亦有部分人曾在大麻種植場工作並被定罪。內政大臣在聲明中稱，「沒有權利留在英國的人將被迅速遣返」。

越南公安部出入境管理局說，已為被遣返者辦理入境手續，並會追查組織偷渡的犯罪集團。

英國難民慈善團體批評，部分被遣返者可能是人口販運的受害人，當局在包機起飛前未有充分評估其風險。`,
    expect: { relevant: false },
  },
  {
    id: "h22c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "外交部包機撤僑 百餘名國人今晚降落桃園",
    published: "2026-01-09",
    text: `（本報記者陳冠宇桃園報導）因中東局勢急遽升溫，外交部安排的撤僑包機今晚自約旦安曼起飛，預計明天清晨降落桃園國際機場，機上載有一百一十四名國人及其外籍配偶、子女。

外交部說，這批民眾原本分散在以色列、約旦等地，部分人是赴當地工作的移工仲介人員與朝聖團員。外交部駐外人員先協助他們經陸路抵達安曼，再搭乘包機返國。

外交部發言人表示，搭乘撤僑包機的費用將比照過去做法，由民眾負擔相當於經濟艙機票的金額，其餘由政府吸收。

另外，交通部民航局指出，國籍航空飛往中東的定期航班目前維持正常營運，但已暫停飛越部分空域。`,
    expect: { relevant: false },
  },
  {
    id: "h22c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "華裔男子遭ICE押上民航班機 遣返上海",
    published: "2025-09-26",
    text: `（本報記者周慧蘭洛杉磯報導）在南加州經營餐館近十年的中國籍男子劉姓業者，上週四由兩名移民及海關執法局（ICE）官員押送，從洛杉磯國際機場搭乘一般民航班機被遣返上海。

劉的律師表示，當事人2016年持旅遊簽證入境後逾期居留，庇護申請遭駁回，去年收到最終遞解令，今年8月在例行報到時被拘留。律師說，ICE此次並未安排包機，而是購買商業航班機票，由官員全程陪同至上海浦東國際機場。

劉的妻子在社群媒體上發起聯署，希望社區協助照顧餐館和兩名在美國出生的子女。她說：「他只是一個人被帶走，但我們一家人的生活全變了。」

移民律師提醒，近來ICE對持有遞解令者的執法明顯加強，華人民眾如收到相關文件，應盡早尋求法律協助。`,
    expect: { relevant: false },
  },

  // ───────────────────────────── English ─────────────────────────────
  {
    id: "h22c-en-001",
    lang: "en",
    style: "wire",
    title: "U.S. deportation flight drops Uzbeks in Tashkent, Kyrgyz in Bishkek",
    published: "2025-10-02",
    text: `TASHKENT, Oct 1 (Meridian Wire) – A charter flight carrying 87 people deported from the United States landed in the Uzbek capital on Tuesday before continuing to neighbouring Kyrgyzstan, officials in both countries said.

Of those on board, 61 were Uzbek nationals who left the aircraft in Tashkent, while 26 Kyrgyz citizens stayed on for the short hop to Bishkek's Manas International Airport, Kyrgyzstan's foreign ministry said in a statement.

The flight originated in Mesa, Arizona, and made a refuelling stop in Shannon, Ireland, according to flight-tracking data reviewed by Meridian Wire.

"Our citizens were met by representatives of the migration service and returned to their families," Uzbek foreign ministry spokesman Dilshod Rakhimov told reporters. He said Tashkent would keep working with Washington on "the orderly return" of nationals without legal status in the United States.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ", "KG"],
      people: { value: 87, approx: false },
      departure: ["Mesa"],
      arrival: ["Tashkent", "Bishkek"],
      date: "2025-09-30",
    },
  },
  {
    id: "h22c-en-002",
    lang: "en",
    style: "dhs-release",
    title: "ICE Removes Indian Nationals on Charter Flight to New Delhi",
    published: "2025-10-24",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement, in coordination with the Department of Homeland Security and the Government of India, removed 118 adult men and 24 adult women to India on Oct. 22 aboard a charter flight that departed from Harlingen, Texas.

The flight landed in New Delhi, where the individuals were transferred to the custody of Indian authorities. All had received final orders of removal from an immigration judge, and several had criminal convictions for offenses including fraud and human smuggling.

"This removal reflects the strong partnership between the United States and India and our shared commitment to safe, orderly and lawful migration," said ERO Harlingen Field Office Director Marisol Treviño.

ICE conducts removal flights to more than 150 countries each year. In fiscal year 2025, the agency operated more than 1,800 international removal flights, with India among the top ten destinations outside the Western Hemisphere.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 142, approx: false },
      departure: ["Harlingen"],
      arrival: ["New Delhi"],
      date: "2025-10-22",
    },
  },
  {
    id: "h22c-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "First group of third-country deportees from U.S. arrives in Pristina",
    published: "2025-11-03",
    text: `PRISTINA – Four men deported from the United States under an agreement that allows Washington to send migrants of other nationalities to Kosovo arrived at Pristina International Airport on Saturday, the Ministry of Internal Affairs said.

None of the four is a citizen of Kosovo. According to the ministry, the group comprised two Salvadorans, a Honduran and an Eritrean, all of whom had been held in U.S. immigration detention after their countries of origin declined to issue travel documents.

The men were flown in on a chartered jet that left from Newark, New Jersey, a ministry official told the Pristina Daily Observer on condition of anonymity. They were taken to a reception centre near the capital, where they will be allowed to apply for temporary residence.

The government agreed earlier this year to take in up to 50 such people for a period of one year. Opposition lawmakers have demanded that the text of the arrangement be published.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["XK"],
      nationalities: ["SV", "HN", "ER"],
      people: { value: 4, approx: false },
      departure: ["Newark"],
      arrival: ["Pristina International Airport"],
      date: "2025-11-01",
    },
  },
  {
    id: "h22c-en-004",
    lang: "en",
    style: "wire",
    title: "Uganda agrees to take third-country deportees from U.S., with conditions",
    published: "2025-08-21",
    text: `KAMPALA, Aug 20 (Equator News Service) – Uganda said on Wednesday it had agreed to accept people deported from the United States who are not Ugandan citizens, provided they have no criminal records and are not unaccompanied minors.

The foreign ministry described the deal as a "temporary arrangement" and said Uganda would prefer that those sent to the country be of African origin. It did not say how many people it expected to receive or when the first flight would arrive.

A U.S. State Department spokesperson said Washington welcomed Uganda's "partnership on managing irregular migration" but declined to discuss details.

Ugandan opposition figures criticised the agreement as opaque, while a Kampala-based refugee rights group said the country already hosts more than 1.7 million refugees and lacks the capacity to absorb deportees from elsewhere.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["UG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-20",
    },
  },
  {
    id: "h22c-en-005",
    lang: "en",
    style: "us-local",
    title: "Families scramble as ICE readies removal flight to Manila",
    published: "2026-02-03",
    text: `ADELANTO, Calif. — Relatives of Filipino detainees held at the Adelanto ICE Processing Center say they have been told that a charter flight to Manila will leave before the end of the month.

At least 60 Filipino nationals are expected to be aboard, according to immigration attorney Rowena Dizon, who represents nine of them. She said detention officers had begun collecting travel documents from the Philippine consulate in Los Angeles last week.

The plane is expected to depart from Ontario International Airport, two people familiar with the plans said. An ICE spokesperson declined to confirm a date, citing "operational security," but said the agency "routinely removes individuals with final orders to their countries of citizenship."

"My father has been here 31 years," said Joanna Reyes, 24, of Carson. "We found out about the flight from another family in the visiting room, not from ICE."`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["PH"],
      people: { value: 60, approx: true },
      departure: ["Ontario International Airport"],
      arrival: ["Manila"],
      date: "2026-02",
    },
  },
  {
    id: "h22c-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "41 Cambodians deported from US land at Techo airport",
    published: "2025-09-12",
    text: `PHNOM PENH – Forty-one Cambodian nationals deported from the United States, including three women, arrived at Techo International Airport yesterday afternoon, the General Department of Immigration said.

The group had been flown from Louisiana on a U.S. government-chartered aircraft, the department said, adding that all had been issued Cambodian travel documents after their identities were confirmed by the embassy in Washington.

Interior Ministry spokesman Sok Vannarith said the returnees would receive temporary identity papers and be referred to a local organisation, Returnee Bridge Cambodia, for help with housing and job training.

Many of those sent back were born in Thai refugee camps or arrived in the United States as young children in the 1980s, and some speak little Khmer, the organisation's director said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 41, approx: false },
      departure: ["Louisiana"],
      arrival: ["Techo International Airport"],
      date: "2025-09-11",
    },
  },
  {
    id: "h22c-en-007",
    lang: "en",
    style: "near-miss",
    title: "Home Office charter to Kingston carries 43 deportees despite legal challenges",
    published: "2025-06-12",
    text: `LONDON — A Home Office charter flight carrying 43 people landed in Kingston, Jamaica, on Wednesday after last-minute legal challenges removed more than a dozen others from the passenger list, campaigners said.

The flight left Birmingham Airport shortly after midnight. The Home Office said everyone on board had been convicted of serious offences in Britain and had exhausted their appeal rights.

"Foreign criminals who abuse our hospitality should be in no doubt that we will remove them," a Home Office minister said in a statement.

Jamaica's Ministry of National Security said the deportees were processed at Norman Manley International Airport and released to relatives. Charities in Britain said several of the men had lived in the UK since childhood and had British-born children.`,
    expect: { relevant: false },
  },
  {
    id: "h22c-en-008",
    lang: "en",
    style: "near-miss",
    title: "CBSA removes 27 to India on chartered flight from Toronto",
    published: "2025-12-10",
    text: `TORONTO — The Canada Border Services Agency said Tuesday it had removed 27 Indian nationals on a chartered aircraft that departed Toronto Pearson International Airport for New Delhi, the agency's first large group removal to South Asia in several years.

A CBSA spokesperson said the individuals were "inadmissible to Canada" and that most had overstayed study or visitor permits, while several had criminal convictions. The agency escorted the group with officers on board.

Immigration lawyers in Brampton said the use of a charter marked a shift from Canada's usual practice of putting deportees on scheduled commercial flights, one at a time.

The removal comes as Ottawa faces pressure to reduce a backlog of more than 30,000 removal orders that have yet to be enforced.`,
    expect: { relevant: false },
  },
  {
    id: "h22c-en-009",
    lang: "en",
    style: "near-miss",
    title: "Opinion: The deportation flights nobody sees",
    published: "2026-03-30",
    text: `Every week, somewhere in the American South, a leased jet with no markings taxis to the far end of a regional airport. Shackled men and women climb the stairs. Hours later the plane lands in a capital most of its passengers have not seen in decades, and then it turns around.

We have built a quiet airline of removal, and almost no one asks what it costs. Charter contracts run into the hundreds of millions of dollars a year. Crews work under nondisclosure agreements. Passengers often learn their destination only on the tarmac.

None of this is new. Administrations of both parties have used charters for years. What has changed is the scale, and our collective decision to look away.

Congress should at least require that these flights be reported publicly, with the number of people on board and where they land. If we are going to deport people in our name, we should be willing to count them.

The writer is a former airline dispatcher and a volunteer with an immigrant legal aid group in Atlanta.`,
    expect: { relevant: false },
  },
  {
    id: "h22c-en-010",
    lang: "en",
    style: "near-miss",
    title: "Mexico flies 130 Hondurans home from Villahermosa",
    published: "2025-04-16",
    text: `VILLAHERMOSA, Mexico — Mexico's National Migration Institute said a chartered plane carrying 130 Honduran migrants took off from Villahermosa on Tuesday and landed in San Pedro Sula about two hours later.

The migrants had been detained at checkpoints in Tabasco and Chiapas while travelling north toward the U.S. border, the institute said. It described the flight as an "assisted return" carried out in coordination with the Honduran government.

Honduran officials at Ramón Villeda Morales International Airport said the returnees, including 22 children, received food, medical checks and a small cash payment before boarding buses to their home towns.

Mexican authorities have stepped up such flights this year as fewer migrants attempt to reach the United States, the institute said, adding that it had carried out more than 40 air returns to Central America since January.`,
    expect: { relevant: false },
  },
];
