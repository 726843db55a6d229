import type { CorpusArticle } from "./types";

export const ARTICLES_DEV2_ZH_EN: CorpusArticle[] = [
  // ───────────── Chinese, Simplified ─────────────
  {
    id: "d2-zh-001",
    lang: "zh",
    style: "chinese-outlet-xinhua-wire",
    title: "一批被美方遣返的非法移民抵闽",
    published: "2025-03-13",
    text: `新华社福州3月13日电（记者 林晓岚）记者从福建省公安厅出入境管理局获悉，一批因非法滞留被美方遣送回国的人员，北京时间12日凌晨搭乘包机抵达福州长乐国际机场，一行88人。

据介绍，上述人员均经公安部和国家移民管理局逐一核实，确认具有中国国籍。入境后，边检、卫健等部门依规办理了入境查验和健康检查手续，相关地方公安机关将对其中涉嫌组织、运送他人偷越国（边）境的人员依法调查处理。

福建省公安厅有关负责人表示，近年来，少数不法分子以“出国打工”“快速拿身份”为诱饵，组织人员经第三国辗转偷渡，不仅骗取高额费用，还使偷渡人员面临人身安全风险。公安机关将持续保持对偷渡犯罪的高压严打态势。

该负责人提醒广大群众，切勿轻信蛇头谎言，通过合法途径出国务工、留学和旅行。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 88, approx: false },
      arrival: ["福州长乐国际机场"],
      date: "2025-03-12",
    },
  },
  {
    id: "d2-zh-002",
    lang: "zh",
    style: "chinese-outlet-chinanews",
    title: "温州：102名偷渡人员被遣返 蛇头同机押回",
    published: "2025-06-12",
    text: `中新网温州6月12日电 温州市公安局12日通报，经中美执法部门协作，共计一百零二名非法滞留美国的中国籍人员昨日下午被送回国内，包机降落在温州龙湾国际机场。

通报说，这架包机从路易斯安那州亚历山大起飞，途中经停一次加油。机上除偷渡人员外，还有两名被美国执法部门抓获、涉嫌组织偷越国境的犯罪嫌疑人，已由警方当场依法采取刑事强制措施。

温州是我国重点侨乡之一。警方介绍，部分偷渡人员称，自己在出境前向中介支付了二三十万元不等的“路费”，经南美多国辗转抵达美墨边境，途中多次遭遇抢劫。

据了解，这是今年以来温州接收的第二批被遣返人员。公安机关将对相关偷渡链条深挖彻查。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 102, approx: false },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["温州龙湾国际机场"],
      date: "2025-06-11",
    },
  },
  {
    id: "d2-zh-003",
    lang: "zh",
    style: "chinese-outlet-overseas-edition-policy",
    title: "中美恢复非法移民遣返合作",
    published: "2024-05-23",
    text: `本报北京5月23日电 国家移民管理局新闻发言人21日在例行发布会上表示，经与美方多轮工作磋商，双方同意恢复非法移民遣返合作，中方将对经核实确属中国公民的非法移民予以接返。

发言人说，打击偷渡、非法移民是国际社会的共同责任。中方一贯坚持依法打击偷渡犯罪，愿在相互尊重、平等互利的基础上，与美方开展移民执法合作，也希望美方切实履行承诺，不将移民问题政治化。

这位发言人同时强调，遣返合作须严格遵守国籍核实程序，美方应提供充分的身份信息，中方将按照程序逐一核查。

分析人士指出，自2018年以来，双方遣返合作基本处于停滞状态。美方曾多次指责中方“不配合”接收被驱逐者，中方则认为美方提供的材料不完整、核查周期长。此次表态意味着相关包机航班有望在未来数月内恢复。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CN"],
      people: null,
      date: "2024-05-21",
    },
  },
  {
    id: "d2-zh-004",
    lang: "zh",
    style: "near-miss",
    title: "境外追逃：206名电诈嫌犯从柬埔寨被押解回国",
    published: "2024-09-18",
    text: `据公安部消息，在中柬两国执法部门密切配合下，206名电信网络诈骗犯罪嫌疑人17日分乘两架包机，从柬埔寨西哈努克港被押解回国，分别降落在郑州新郑国际机场和南宁吴圩国际机场。

据了解，这些嫌疑人长期藏匿在柬埔寨境内的诈骗园区，针对国内群众实施“刷单返利”“冒充客服”等诈骗，涉案金额逾3亿元。此次押解行动是今年以来规模最大的一次境外集中遣返。

公安部刑侦局有关负责人表示，无论犯罪分子逃到哪里，公安机关都将坚决追逃到底。今年以来，公安机关已会同缅甸、老挝、菲律宾等国执法部门，先后从东南亚押解回国电诈嫌犯四千余名。

警方提醒，凡是以“高薪招聘”为名诱骗出境到东南亚务工的，都要高度警惕。`,
    expect: { relevant: false },
  },
  {
    id: "d2-zh-005",
    lang: "zh",
    style: "singapore-chinese-outlet",
    title: "美国首次把亚洲移民送往哥斯达黎加",
    published: "2025-02-22",
    text: `（圣何塞综合电）一架载有128名非法移民的美国包机星期四（2月20日）降落在哥斯达黎加首都圣何塞的胡安·圣玛丽亚国际机场。这批人并非哥斯达黎加公民，而是来自乌兹别克斯坦、阿富汗、中国、越南和格鲁吉亚。

哥国总统府在声明中说，该国同意充当“中转桥梁”，由美方承担全部费用，国际移民组织协助将这批人安置在南部边境附近的临时收容中心，之后再安排他们返回各自的原籍国。

据了解，包机从得克萨斯州起飞。机上有数十名未成年人，其中最小的只有两岁。

特朗普政府上台后，加大了向中美洲国家遣送第三国公民的力度。此前巴拿马已先后接收数批类似人员。人权组织批评说，这些人在收容中心里无法获得律师协助，处境堪忧。

哥斯达黎加公安部长表示，第二批约150人预计在下周抵达。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["UZ", "AF", "CN", "VN", "GE"],
      people: { value: 128, approx: false },
      departure: ["得克萨斯州"],
      arrival: ["胡安·圣玛丽亚国际机场"],
      date: "2025-02-20",
    },
  },
  {
    id: "d2-zh-006",
    lang: "zh",
    style: "wechat-explainer",
    title: "被美国遣返后，回国要经历什么？一文讲清",
    published: "2025-04-20",
    text: `最近后台很多读者留言问：家里亲戚在美国被抓了，会不会被直接送回来？回来以后要不要坐牢？今天我们就来把这件事讲清楚。

首先，什么叫“遣返”？简单说，就是一个人在美国没有合法身份，被移民法官下达了最终驱逐令，或者签署了自愿离境文件，美方就会安排把他送回国籍国。以前很多人以为中国人不会被遣返，因为“两国不合作”，但这个说法早就过时了。

其次，怎么回来？一般有两种方式：一种是移民局的人员押送，坐普通民航航班；另一种是包机，一次送几十甚至上百人。包机的情况下，落地后会由边检、公安统一接收，逐一核实身份。

那实际情况是怎样的？据我们了解，本月初就有一架包机载着百余名被遣返人员落地广州白云国际机场，不少人是从墨西哥边境“走线”过去的，在美国待了还不到一年。

最后，回来以后会怎样？如果只是偷渡本人，一般会被处以罚款或行政拘留；如果参与组织偷渡，就要追究刑事责任了。

所以，“走线”真的不是一条捷径。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      arrival: ["广州白云国际机场"],
      date: "2025-04",
    },
  },
  {
    id: "d2-zh-007",
    lang: "zh",
    style: "chinese-outlet-chinanews-latam",
    title: "美国同日向危地马拉和洪都拉斯遣返166人",
    published: "2025-10-16",
    text: `中新网10月16日电 综合外媒报道，美国当地时间15日，两架载有被遣返移民的航班分别飞抵危地马拉和洪都拉斯，两架航班共遣返166人。

据危地马拉移民局介绍，第一架航班从得克萨斯州埃尔帕索起飞，载有92名危地马拉人，降落在首都危地马拉城的拉奥罗拉国际机场，其中包括11名妇女。

另一架航班载有74名洪都拉斯人，降落在该国北部工业城市圣佩德罗苏拉。洪都拉斯外交部表示，政府为返回者提供了交通补贴和就业咨询服务。

危地马拉总统阿雷瓦洛此前表示，危方愿意接收被遣返的本国公民，但希望美方以“有尊严的方式”执行遣返。今年以来，危地马拉已接收来自美国的遣返航班逾百架次。

分析人士指出，中美洲三国是美国遣返航班最主要的目的地，侨汇收入占这些国家经济总量的两成左右。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT", "HN"],
      people: { value: 166, approx: false },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["拉奥罗拉国际机场", "圣佩德罗苏拉"],
      date: "2025-10-15",
    },
  },
  {
    id: "d2-zh-008",
    lang: "zh",
    style: "near-miss",
    title: "日本包机强制遣返43名越南籍非法滞留者",
    published: "2025-12-04",
    text: `据日本媒体报道，日本出入国在留管理厅当地时间周二租用包机，将43名非法滞留的越南籍人员强制遣返回国，包机从东京成田机场起飞，降落在河内内排国际机场。

这批人员大多是以“技能实习生”身份赴日，后因逃离实习单位、签证过期而滞留。入管厅表示，其中部分人曾多次拒绝遣返，并在收容设施中长期滞留。

日本自2023年修改《入管法》后，对多次申请难民认定的人员也可执行遣返，国内人权团体批评此举违反“不驱回原则”。

数据显示，截至去年底，在日非法滞留外国人约为7.5万人，其中越南籍最多，其次为泰国籍和韩国籍。入管厅计划明年再组织数次包机遣返。`,
    expect: { relevant: false },
  },
  {
    id: "d2-zh-009",
    lang: "zh",
    style: "chinese-outlet-xinhua-wire",
    title: "又一架美国遣返航班抵达巴西",
    published: "2025-08-09",
    text: `新华社里约热内卢8月9日电（记者 陈宇航）巴西人权与公民事务部发布消息说，一架载有111名巴西公民的美国遣返航班当地时间周五降落在米纳斯吉拉斯州的孔芬斯国际机场。

消息说，航班从路易斯安那州亚历山大起飞。巴方派出联邦警察、社工和医疗人员在机场接收，并为需要前往其他州的人员安排了转运航班。与年初引发外交风波的那次航班不同，此次被遣返人员下机前已被解除手铐。

今年1月，一架遣返航班因机械故障临时降落在亚马孙州首府马瑙斯，部分巴西人被戴着手铐脚镣带下飞机，巴西政府随即提出强烈抗议，并召见美国临时代办。此后双方就遣返程序进行了磋商。

巴西外交部表示，巴方将继续接收本国公民，但坚持遣返过程必须尊重基本人权。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 111, approx: false },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["孔芬斯国际机场"],
      date: "2025-08-08",
    },
  },
  {
    id: "d2-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "数据：美国本财年已遣返逾30万人 遣返包机数量创新高",
    published: "2025-09-12",
    text: `据美国国土安全部公布的最新数据，2025财年前11个月，美移民局共遣返非法移民逾30万人，执行国际遣返航班超过1500架次，航班数量创历史新高。

数据显示，墨西哥、危地马拉、洪都拉斯、萨尔瓦多仍是遣返人数最多的国家，合计占总数的七成以上。与此同时，被遣返至印度、中国、乌兹别克斯坦、毛里塔尼亚等“远程目的地”的人数也明显增加。

美国智库移民政策研究所的研究员指出，遣返人数的增长一方面得益于包机合同的扩大，另一方面也与部分国家放宽接收条件有关。不过，目前仍有十余个国家被美方列为“不合作”或“有不合作风险”的国家。

该研究员还说，移民法庭积压案件已超过350万件，若不大幅增加法官人数，遣返速度很难继续提高。`,
    expect: { relevant: false },
  },
  {
    id: "d2-zh-011",
    lang: "zh",
    style: "chinese-outlet-global-times",
    title: "127名被遣返人员前天返抵上海",
    published: "2025-11-20",
    text: `据上海出入境边防检查总站消息，前天，一批在美国非法滞留的中国籍人员被美方遣返，搭乘包机返抵上海浦东国际机场。

边检部门介绍，这批人员共127人，以来自福建、浙江、四川等地的青壮年男性为主，在美滞留时间多在一到三年之间。边检民警依法对其逐一查验，移交属地公安机关处理。

对于近期美方频繁发布“遣返中国非法移民”的消息，外交部发言人此前回应说，中方坚决反对一切形式的非法移民，对经核实确属中国公民的，中方将予以接收。同时，中方也希望美方停止借移民问题对华进行政治操弄，停止对在美中国公民的歧视性盘查。

有专家向本报表示，中美在移民执法方面的务实合作符合双方利益，但美方动辄将合作“政治化包装”的做法不利于合作的长期开展。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 127, approx: false },
      arrival: ["上海浦东国际机场"],
      date: "2025-11-18",
    },
  },

  // ───────────── Chinese, Traditional ─────────────
  {
    id: "d2-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet-singtao",
    title: "美遣返包機抵長沙 一行九十二人",
    published: "2025-07-09",
    text: `【星島綜合報道】美國移民及海關執法局（ICE）週一再派包機，將一批沒有合法居留身份的中國公民遣送回國。據湖南當地消息，包機從德州埃爾帕索起飛，一行九十二人，於當地時間深夜降落長沙黃花國際機場。

這是特朗普政府第二任期內第四架飛往中國大陸的遣返包機，也是首次在湖南落地。過往的遣返航班多降落福州、廣州等沿海城市。

美國國土安全部在聲明中稱，此次行動「與中方有關部門密切協調」，並重申沒有合法依據留在美國的人將被迅速遣返。聲明未透露遣返人員的具體背景，僅表示部分人有刑事紀錄。

有在紐約法拉盛執業的移民律師對本報表示，近月不少華人客戶在例行報到時被當場拘押，「以前可能一拖幾年，現在幾個月就上了飛機」。該律師建議，持有遞解令的人應盡早諮詢律師，評估是否仍有上訴或重新開案的空間。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 92, approx: false },
      departure: ["德州埃爾帕索"],
      arrival: ["長沙黃花國際機場"],
      date: "2025-07-07",
    },
  },
  {
    id: "d2-zh-013",
    lang: "zh",
    style: "traditional-chinese-outlet-mingpao",
    title: "中國、尼泊爾等國移民被送往巴拿馬 暫押叢林收容營",
    published: "2025-03-06",
    text: `【明報專訊】巴拿馬政府證實，美方上週五再將一批非巴拿馬籍的移民送抵該國，包機降落首都的托庫門國際機場。機上131人分別來自中國、尼泊爾、巴基斯坦和阿富汗，入境後隨即被巴士送往鄰近哥倫比亞邊境的達連省臨時收容營。

巴拿馬總統穆利諾此前與美國國務卿會面後同意擔任「過境國」，由美方支付遣送費用，國際移民組織負責協助這些人返回原籍國。然而，據人權組織了解，不少人不願回國，部分人表示回國將面臨宗教或政治迫害。

一名來自四川、曾在德州拘留中心關押三個月的男子透過律師向本報表示，他登機前並不知道目的地，「以為是回中國，下飛機才知道是巴拿馬」。

巴拿馬安全部長表示，收容營條件「符合人道標準」，但拒絕透露營內現有人數。有律師已向美洲人權委員會提出申訴。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "NP", "PK", "AF"],
      people: { value: 131, approx: false },
      arrival: ["托庫門國際機場"],
      date: "2025-02-28",
    },
  },
  {
    id: "d2-zh-014",
    lang: "zh",
    style: "traditional-chinese-outlet-liberty-times",
    title: "委國恢復接收遣返班機 近兩百人返抵",
    published: "2025-04-05",
    text: `〔國際新聞中心／綜合報導〕委內瑞拉與美國就遣返問題一度鬧僵後，兩國遣返航班週四重新啟動。一架委內瑞拉國營航空（Conviasa）的班機從德州哈林根起飛，載著近兩百名委國民眾，降落在首都卡拉卡斯近郊的邁克蒂亞國際機場。

委國內政部長在機場對媒體表示，這些同胞「終於擺脫了美國的迫害」，並指控美方將部分委國人送往薩爾瓦多的監獄，是「綁架行為」。

上月，美方以委國未按協議接收被遣返者為由，撤銷了雪佛龍公司在委國的經營許可，馬杜洛政府隨即宣布暫停接收遣返班機。經過數週的私下協商，雙方才同意恢復航班。

據統計，自今年2月以來，已有數千名委內瑞拉人被遣返回國。委國政府在機場設立了專門的接待站，為返國者提供健康檢查與身分文件補辦服務。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 200, approx: true },
      departure: ["德州哈林根"],
      arrival: ["邁克蒂亞國際機場"],
      date: "2025-04-03",
    },
  },
  {
    id: "d2-zh-015",
    lang: "zh",
    style: "traditional-chinese-outlet-cna",
    title: "美包機遣返106名哥倫比亞人 首度降落麥德林",
    published: "2025-06-18",
    text: `（中央社波哥大18日綜合外電報導）哥倫比亞移民局表示，一架美方包機16日載著106名哥倫比亞人抵達該國第二大城麥德林，這是今年首架不在首都波哥大降落的遣返班機。

移民局聲明說，包機從亞利桑那州梅薩起飛，機上有19名婦女和4名未成年人，全數由哥國移民官員接收並完成身分核對，其中3人因在國內有待決的刑事案件，被警方帶走。

哥倫比亞總統裴卓今年初曾拒絕美國軍機降落，雙方一度爆發關稅爭端，後來哥國改派空軍飛機前往美國接返本國公民，才平息風波。此後遣返航班大致恢復正常，但多改由民用包機執行。

移民局官員指出，安蒂奧基亞省是哥國出境移民最多的地區之一，在麥德林落地可減少返國者轉機的負擔。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 106, approx: false },
      departure: ["亞利桑那州梅薩"],
      arrival: ["麥德林"],
      date: "2025-06-16",
    },
  },
  {
    id: "d2-zh-016",
    lang: "zh",
    style: "traditional-chinese-outlet-world-journal",
    title: "洛杉磯起飛 遣返包機抵首都機場",
    published: "2024-12-14",
    text: `【本報洛杉磯訊】國土安全部13日發布新聞稿說，美國移民局12日以大型包機將一批沒有合法身分的中國籍人士遣返，這是今年第四架遣華包機。

據知情人士透露，這架包機從洛杉磯國際機場起飛，直飛北京，抵達首都機場後，由中方邊檢人員逐一核驗身分。國土安全部未公布人數，但知情人士說機上有「六十多人」，多數人曾在南加州的餐館和建築工地打工。

華人社團負責人表示，近期社區中有不少家庭收到親友被拘押的消息，有人在法院出庭後被帶走。他呼籲僑胞保持冷靜，留意自己的移民案件進度，並盡早尋求合格律師的協助。

國土安全部在新聞稿中表示，將繼續與中國公安部和國家移民管理局合作，安排更多遣返航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 60, approx: true },
      departure: ["洛杉磯國際機場"],
      arrival: ["首都機場"],
      date: "2024-12-12",
    },
  },
  {
    id: "d2-zh-017",
    lang: "zh",
    style: "traditional-chinese-outlet-voa-policy",
    title: "南蘇丹改口 同意接收美國遣送的第三國公民",
    published: "2025-05-21",
    text: `（美國之音）南蘇丹外交部週二發表聲明，表示在「與美方進行建設性對話」之後，同意接收美國遣送的非南蘇丹籍人士，並承諾為他們提供臨時安置。

此前，南蘇丹曾拒絕一名據稱是南蘇丹公民的男子入境，理由是其護照資料與本人不符。美方隨即宣布撤銷所有南蘇丹護照持有人的簽證，並暫停向南蘇丹人發放新簽證。

分析人士認為，南蘇丹的態度轉變與簽證制裁直接相關。特朗普政府近月來積極尋求與非洲、中亞國家簽署接收第三國被遣返者的協議，盧安達、烏干達等國已表示願意商談。

人權團體批評說，把人遣送到與其毫無關聯、且仍處於武裝衝突中的國家，違反了國際法中的不驅回原則。美國聯邦法院已有法官對此類遣送提出質疑。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SS"],
      people: null,
      date: "2025-05-20",
    },
  },
  {
    id: "d2-zh-018",
    lang: "zh",
    style: "traditional-chinese-outlet-epochtimes",
    title: "一百五十餘名偷渡者被押解回國 包機落地成都",
    published: "2025-09-03",
    text: `【大紀元2025年9月3日訊】美國國土安全部證實，前天一架遣返包機將一百五十餘名在美國非法滯留的中國大陸人押解回國，飛機降落在成都天府國際機場。這是今年以來第一架在中國西南地區落地的遣返航班。

據了解，這批人當中有不少人是近兩年經「走線」從墨西哥邊境入境的年輕人，也有少數人在美國滯留超過十年。中共當局未對此次遣返發表評論，官方媒體也未作報導。

旅美時事評論員表示，中共過去長期拖延核發旅行證件，導致大量持有遞解令的中國公民無法被遣返，「現在中共經濟下行，又面臨美方簽證制裁的壓力，才不得不配合」。

有四川網友在社交媒體上透露，有被遣返的親戚一落地就被帶去派出所問話，手機也被查看，「問得最多的是在美國有沒有參加什麼組織」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 150, approx: true },
      arrival: ["成都天府國際機場"],
      date: "2025-09-01",
    },
  },
  {
    id: "d2-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "中方包機接返滯留同胞 三百餘人抵京",
    published: "2025-06-24",
    text: `【星島綜合報道】中國外交部領事司表示，受地區衝突影響，首批從伊朗撤離、經土庫曼斯坦陸路出境的中國公民，當地時間週一搭乘包機從阿什哈巴德起飛，返抵北京首都國際機場，一行三百餘人。

領事司說，中方已先後組織多批中國公民從德黑蘭等地經陸路撤離至亞美尼亞、土庫曼斯坦等鄰國，並安排包機接返。駐伊朗使館提醒仍在伊中國公民，盡快通過陸路口岸離境。

此次接返的人員中，包括在伊朗從事工程建設的企業員工、留學生和遊客。有人表示，從德黑蘭到邊境口岸走了十多個小時，「看到國旗的那一刻才真正放下心來」。

外交部發言人說，中方將繼續全力保障海外中國公民的生命安全，並呼籲有關各方盡快停火。`,
    expect: { relevant: false },
  },
  {
    id: "d2-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "中國博士生洛杉磯入境遭拒 單獨被送回上海",
    published: "2025-03-15",
    text: `〔國際新聞中心／綜合報導〕一名持有效F-1簽證、在美國東岸大學攻讀物理學博士的中國籍學生，日前寒假結束返美時，在洛杉磯國際機場被海關與邊境保護局（CBP）官員盤問長達八小時，其手機和電腦遭到檢查，最終被拒絕入境，簽證也被當場註銷，隨後被安排搭乘下一班民航航班送回上海。

中國外交部發言人表示，美方執法人員「無端盤查、騷擾和遣返」中國留學生，中方已向美方提出嚴正交涉。

CBP在回應媒體詢問時說，不對個案發表評論，但表示所有入境旅客都須接受檢查，官員有權拒絕不符合入境條件者入境。

據中國駐美使館統計，近一年來已有數十名中國留學生在美國口岸遭類似遣返。留學顧問建議學生出行前清理電子設備中的敏感內容。`,
    expect: { relevant: false },
  },
  {
    id: "d2-zh-021",
    lang: "zh",
    style: "near-miss",
    title: "南韓大規模取締非法滯留 一百四十名泰國人被驅逐",
    published: "2025-11-07",
    text: `（中央社首爾7日專電）南韓法務部7日表示，上月在京畿道、忠清南道等地的農場與工廠展開聯合取締行動，查獲非法滯留外國人逾600人，其中140名泰國籍人士已於昨日搭乘包機從仁川機場被遣送回國。

法務部說，此次被驅逐者大多以免簽方式入境觀光後逾期滯留打工，部分人已在南韓滯留超過五年。對於僱用非法滯留者的業者，當局將處以罰款。

南韓目前非法滯留外國人約42萬人，以泰國籍最多。泰國政府近年多次呼籲南韓放寬簽證審查，但南韓入境審查仍以嚴格著稱，在泰國社群媒體上常引發抱怨。

另外，法務部也表示，將與越南、菲律賓等國協商，擴大季節性外籍勞工計畫，以填補農村勞動力缺口。`,
    expect: { relevant: false },
  },
  {
    id: "d2-zh-022",
    lang: "zh",
    style: "near-miss",
    title: "美國擴大簽證保證金試行 逾期滯留率高國家受影響",
    published: "2025-08-06",
    text: `【本報華盛頓訊】美國國務院宣布，將於本月20日起試行旅遊及商務簽證保證金制度，來自逾期滯留率較高國家的申請人，可能須繳交5000至1萬5000美元不等的保證金，方能獲發B1/B2簽證。

國務院表示，首批適用的國家包括馬拉威、尚比亞等非洲國家，未來名單將視逾期滯留數據調整。若簽證持有人按期離境，保證金將全數退還；若逾期滯留或申請轉換身分，保證金將被沒收。

移民政策專家指出，此舉與特朗普政府加強遣返、收緊移民的整體政策方向一致。美方近來也對不配合接收被遣返者的國家祭出簽證限制，迫使多國同意恢復遣返航班。

旅行業者則擔心，保證金制度將嚴重影響非洲與亞洲旅客赴美觀光及參加商務會議的意願。`,
    expect: { relevant: false },
  },

  // ───────────── English, outlets in Asia, Africa, Eastern Europe, the Pacific ─────────────
  {
    id: "d2-wen-001",
    lang: "en",
    style: "wire-xinhua-english",
    title: "Kyrgyzstan receives nationals deported from U.S.",
    published: "2025-10-09",
    text: `BISHKEK, Oct. 9 (Xinhua) -- A charter aircraft carrying Kyrgyz citizens deported by American authorities landed at Manas International Airport in the Kyrgyz capital on Wednesday, the country's Ministry of Foreign Affairs said.

According to the ministry, the 63 passengers had been held in immigration detention centers in several U.S. states. Most had entered the United States through its southern border after travelling to Mexico via Türkiye and Central America.

Consular officials and representatives of the State Migration Service met the group at the airport. Those who had lost their identity documents were issued temporary papers, the statement said.

Kyrgyzstan has seen a sharp rise in labor migration to the United States in recent years, alongside the far larger flows to Russia and Kazakhstan. Remittances accounted for nearly a quarter of the country's GDP last year, according to the National Bank.

The ministry urged citizens to use only legal channels for travel and employment abroad.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KG"],
      people: { value: 63, approx: false },
      arrival: ["Manas International Airport"],
      date: "2025-10-08",
    },
  },
  {
    id: "d2-wen-002",
    lang: "en",
    style: "receiving-country-local-the-hindu",
    title: "Another U.S. military aircraft with deportees lands in Amritsar",
    published: "2025-02-16",
    text: `A U.S. Air Force C-17 carrying a hundred and twelve Indian nationals deported from the United States landed at Sri Guru Ram Dass Jee International Airport in Amritsar late on Saturday, the second such flight in two days.

Officials said the aircraft had taken off from San Antonio, Texas. The deportees included 44 from Haryana, 33 from Gujarat and 31 from Punjab, with the rest from Uttar Pradesh, Himachal Pradesh and Goa. After immigration and background checks, they were taken to their home districts in police vehicles.

Several of the returnees told reporters they had paid agents between ₹30 lakh and ₹50 lakh for the "donkey route" through Latin America, and were caught within days of crossing the border.

The Opposition again raised the issue of deportees being shackled on board. External Affairs Ministry officials said India had taken up the matter of treatment of the deportees with Washington.

The Punjab Chief Minister questioned why the flights were being routed only to Amritsar, saying it gave the impression that the State was responsible for illegal migration.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 112, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2025-02-15",
    },
  },
  {
    id: "d2-wen-003",
    lang: "en",
    style: "receiving-country-local-dawn",
    title: "FIA takes custody of deportees flown in from US",
    published: "2025-11-27",
    text: `ISLAMABAD: The Federal Investigation Agency (FIA) took into custody thirty-four Pakistani nationals who were flown home by American authorities on a chartered aircraft on Wednesday, officials said.

An FIA spokesman said the men had been removed from the United States after their asylum claims were rejected or their visas expired. "Each of them will be interviewed to identify the agents and human smugglers who facilitated their travel," he said.

The chartered plane landed at Islamabad International Airport shortly after noon. According to airport sources, it had earlier stopped in Doha to refuel.

The spokesman said several deportees had travelled on visit visas to Brazil before making their way north overland, while others had overstayed student visas. Cases have been registered against at least five agents in Gujranwala and Mandi Bahauddin.

Separately, the FIA's immigration wing said more than 5,000 Pakistanis had been deported from Gulf countries so far this year, mostly for begging and visa violations.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PK"],
      people: { value: 34, approx: false },
      arrival: ["Islamabad International Airport"],
      date: "2025-11-26",
    },
  },
  {
    id: "d2-wen-004",
    lang: "en",
    style: "receiving-country-local-daily-star",
    title: "39 Bangladeshis deported from US return on chartered flight",
    published: "2026-01-15",
    text: `A group of Bangladeshi nationals deported from the United States returned home yesterday on a chartered aircraft, the third such flight in six months.

The plane touched down at Hazrat Shahjalal International Airport around 10:30am, according to the Armed Police Battalion at the airport. The returnees were received by officials of the Expatriates' Welfare Ministry and the Airport Police.

BRAC Migration Programme, which provided the returnees with emergency support including food, transport money and temporary accommodation, said most had travelled to the US via Brazil, Bolivia and Mexico after paying brokers between Tk 25 lakh and Tk 40 lakh.

"I sold my family's land to go. Now I am back with nothing," said one returnee from Noakhali, who asked not to be named.

Migration experts said the government should pursue the brokers and provide reintegration support, as many returnees face heavy debts.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 39, approx: false },
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2026-01-14",
    },
  },
  {
    id: "d2-wen-005",
    lang: "en",
    style: "receiving-country-local-kathmandu-post",
    title: "Nineteen Nepalis among deportees on US charter that stopped in Delhi",
    published: "2025-03-01",
    text: `Nineteen Nepalis deported from the United States arrived at Tribhuvan International Airport on Saturday morning aboard a charter aircraft that had first dropped off Indian nationals in New Delhi.

According to officials at the Department of Immigration, the aircraft carried 104 deportees in all: 85 Indians, who disembarked in the Indian capital, and the 19 Nepalis. The flight had departed from Alexandria, Louisiana.

The Nepalis, most of them in their twenties and thirties, were handed over to the Nepal Police's Human Trafficking Investigation Bureau for questioning. Officials said the bureau wants to trace the manpower agents and brokers who charged them up to Rs 7 million each for the journey.

"Most of them flew to Dubai or Istanbul on tourist visas, then went on to South America," a bureau official said.

Nepal has no formal deportation agreement with the US, but the embassy in Washington issues travel documents after verifying nationality. Nepali migrants in the US, including those on Temporary Protected Status, have been anxious since the administration moved to end TPS for Nepal.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP", "IN"],
      people: { value: 104, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Tribhuvan International Airport", "New Delhi"],
      date: "2025-03-01",
    },
  },
  {
    id: "d2-wen-006",
    lang: "en",
    style: "receiving-country-local-vnexpress",
    title: "Vietnam receives 132 citizens from US",
    published: "2025-05-14",
    text: `Vietnam on Tuesday received 132 citizens who had been living in the U.S. without legal status, the Ministry of Public Security said.

The group arrived at Noi Bai International Airport in the capital on a flight arranged by U.S. immigration authorities under a 2008 agreement between the two countries on the return of Vietnamese citizens.

Police said they verified the identities of all those returned and completed entry procedures. Several people were wanted in Vietnam for fraud and for organizing illegal emigration, and were taken into custody.

The 2008 agreement covers only Vietnamese who arrived in the U.S. after July 12, 1995, when the two countries established diplomatic relations. Those who came earlier, many of them refugees after the war, have long been considered outside its scope, though Washington has pressed Hanoi in recent years to accept them as well.

The ministry said Vietnam "consistently opposes illegal migration" and would continue to cooperate with the U.S. on the matter.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 132, approx: false },
      arrival: ["Noi Bai International Airport"],
      date: "2025-05-13",
    },
  },
  {
    id: "d2-wen-007",
    lang: "en",
    style: "receiving-country-local-khmer-times",
    title: "Returnee centre ready for Cambodians sent back from America",
    published: "2025-08-26",
    text: `The Ministry of Interior's General Department of Immigration has asked partner organisations to prepare housing and counselling for another group expected "in the coming months", after twenty-two Cambodian nationals were put on a plane in the United States and flown home last Thursday.

The group landed at Techo International Airport, according to the department's spokesman, who said all had served prison sentences in the US before being ordered removed. Most had arrived in America as children with refugee families in the 1980s and speak little Khmer.

The Khmer Vulnerability Aid Organisation (KVAO), which has helped returnees since the first removals in 2002, said it would provide each of them with temporary shelter, language classes and help finding work.

Cambodia suspended acceptance of deportees for a time in 2017, prompting Washington to impose visa sanctions on senior officials. The two countries later resumed cooperation under their 2002 repatriation agreement.

More than 1,000 Cambodians have been returned from the US since the agreement was signed.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 22, approx: false },
      arrival: ["Techo International Airport"],
      date: "2025-08-21",
    },
  },
  {
    id: "d2-wen-008",
    lang: "en",
    style: "near-miss",
    title: "Cambodia deports 251 Chinese online scam suspects",
    published: "2025-07-30",
    text: `Cambodian authorities yesterday deported 251 Chinese nationals arrested in a crackdown on online scam compounds in Preah Sihanouk province, putting them on two charter flights from Phnom Penh to China.

General Department of Immigration spokesman Keo Vanthan said the suspects were handed over to Chinese police officers at the airport under cooperation between the two countries' law enforcement agencies. The flights were bound for Guangzhou and Chengdu.

The suspects were among more than 2,000 foreigners, including Vietnamese, Indonesians and Thais, detained in raids ordered by Prime Minister Hun Manet last month. Deportations of other nationals will follow, the spokesman said.

Cambodia has faced international criticism, including from the United States, over the scale of scam operations on its soil, which rights groups say rely on trafficked workers.`,
    expect: { relevant: false },
  },
  {
    id: "d2-wen-009",
    lang: "en",
    style: "receiving-country-local-gna",
    title: "Ghana receives first batch of West Africans deported by US",
    published: "2025-09-08",
    text: `Accra, Sept. 8, GNA - Eleven West African nationals removed from the United States arrived at the Kotoka International Airport on Friday under an arrangement in which Ghana agreed to receive non-Ghanaian deportees from the sub-region.

A government spokesperson, Kwame Asante-Boadu, told journalists that the group comprised nationals of Nigeria, Togo, Liberia, Sierra Leone and Mali. None of them were Ghanaians.

He said the government accepted the arrangement on humanitarian grounds and in line with the ECOWAS protocol on free movement, which allows citizens of member states to enter Ghana without visas. "They will be supported to return to their respective countries," he said.

The Minority in Parliament demanded that the agreement be brought before the House for ratification, arguing that Ghana should not become "a dumping ground" for people the US wants to expel.

Lawyers for some of the deportees said their clients had been granted protection from removal to their home countries by US immigration judges and feared being sent on.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "TG", "LR", "SL", "ML"],
      people: { value: 11, approx: false },
      arrival: ["Kotoka International Airport"],
      date: "2025-09-05",
    },
  },
  {
    id: "d2-wen-010",
    lang: "en",
    style: "receiving-country-local-premium-times-policy",
    title: "Nigeria rejects US request to accept Venezuelan deportees",
    published: "2025-07-12",
    text: `Nigeria will not accept third-country nationals deported from the United States, the Ministry of Foreign Affairs said in a statement on Thursday, after reports that Washington had asked Abuja to take in Venezuelans held in American detention centres.

"Nigeria is not in a position to serve as a holding ground for persons who are not its citizens," ministry spokesperson Ngozi Adeyemi-Bello said in the statement, adding that the country "has its own considerable social and security challenges".

The statement came days after the US reduced the validity of most non-immigrant visas issued to Nigerians to three months, single entry. The State Department said the change reflected reciprocity concerns, but some officials in Abuja linked it to the deportation issue.

The ministry said Nigeria would continue to receive its own citizens once their nationality had been verified, and that several hundred Nigerians had been returned from the US in recent years.

The Trump administration has approached a number of African states, including Rwanda, Eswatini and South Sudan, about accepting deportees from other countries.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["NG"],
      people: null,
      date: "2025-07-10",
    },
  },
  {
    id: "d2-wen-011",
    lang: "en",
    style: "rferl",
    title: "Deportation Flight From U.S. Lands In Tashkent, Continues To Dushanbe",
    published: "2025-06-27",
    text: `A U.S. charter flight carrying 119 people -- 92 Uzbeks and 27 Tajiks -- landed in Tashkent on June 25 before continuing to Dushanbe, officials in both countries said.

The flight had departed from Mesa, Arizona, according to flight-tracking data reviewed by RFE/RL's Uzbek Service. Uzbekistan's Foreign Ministry said its citizens had "returned voluntarily" under an agreement with Washington, a description rejected by relatives of several of those on board, who said they had been detained for months.

In Dushanbe, the 27 Tajik citizens were questioned by the State Committee for National Security before being released, according to a source at the airport. Tajik authorities have in the past prosecuted returning migrants over alleged links to banned opposition groups.

Central Asian migrants increasingly travel to the United States through Latin America. Uzbeks were among the largest groups of non-Latin American migrants detained at the U.S. southern border in 2023 and 2024.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ", "TJ"],
      people: { value: 119, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tashkent", "Dushanbe"],
      date: "2025-06-25",
    },
  },
  {
    id: "d2-wen-012",
    lang: "en",
    style: "receiving-country-local-civil-georgia",
    title: "Dozens of Georgians Sent Home From the United States",
    published: "2025-10-31",
    text: `Washington sent 56 people back to Georgia's capital on Thursday, the Interior Ministry said, in what it described as the fourth joint return operation with US immigration authorities this year.

The plane touched down in Tbilisi before dawn. According to the ministry, the returnees included people whose asylum applications had been rejected and others who had been ordered removed by immigration courts.

Interior Ministry officials said the operation was carried out "in full compliance with the readmission framework" and that the returnees had been provided with reintegration information by the State Commission on Migration Issues.

Opposition politicians said the growing number of Georgians seeking asylum in the US and Europe reflected the country's deepening political crisis. The ruling Georgian Dream party rejected the claim, saying most migrants left for economic reasons.

Georgia has been among the top countries of origin for asylum applications in several EU states, which has prompted discussion in Brussels of suspending visa-free travel for Georgian citizens.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 56, approx: false },
      arrival: ["Tbilisi"],
      date: "2025-10-30",
    },
  },
  {
    id: "d2-wen-013",
    lang: "en",
    style: "receiving-country-local-fiji-times",
    title: "US deportees arrive at Nadi",
    published: "2026-02-11",
    text: `NINETEEN Fijians deported from the United States arrived at Nadi International Airport on Tuesday on a charter flight from Honolulu.

Immigration Department officials confirmed the arrival, saying the deportees were processed by immigration and police before being released to their families.

Police said seven of the returnees had served prison terms in the US for offences including drug trafficking and assault. "We are aware of concerns in our communities and we will monitor those with serious criminal histories," a senior officer said.

Community leaders in Lautoka and Nadi said many of the returnees left Fiji as children and have few relatives in the country.

The Ministry of Foreign Affairs said Fiji had a duty to accept its own citizens but wanted advance notice of their criminal records. Tonga and Samoa have raised similar concerns in the past, saying the arrival of deportees with criminal histories has contributed to rising drug use across the Pacific.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["FJ"],
      people: { value: 19, approx: false },
      departure: ["Honolulu"],
      arrival: ["Nadi International Airport"],
      date: "2026-02-10",
    },
  },
  {
    id: "d2-wen-014",
    lang: "en",
    style: "wire-xinhua-english",
    title: "Eswatini receives six third-country deportees from U.S.",
    published: "2025-10-08",
    text: `MBABANE, Oct. 8 (Xinhua) -- Six men deported from the United States arrived in Eswatini on Tuesday, the government said, the second group of third-country nationals the southern African kingdom has accepted under an agreement with Washington.

A government spokesperson said the men, nationals of Laos, Yemen, Haiti and Cuba, landed at King Mswati III International Airport and were taken to a secure facility, where they will be held until arrangements are made to return them to their countries of origin.

The spokesperson said the men had been convicted of serious crimes in the United States, and that Eswatini was cooperating with the International Organization for Migration on their onward transfer.

Civil society groups in Eswatini have challenged the agreement in court, arguing that it was concluded without consultation and that the country lacks the capacity to hold foreign detainees.

The U.S. has made similar arrangements with Rwanda, Uganda and South Sudan.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["LA", "YE", "HT", "CU"],
      people: { value: 6, approx: false },
      arrival: ["King Mswati III International Airport"],
      date: "2025-10-07",
    },
  },
  {
    id: "d2-wen-015",
    lang: "en",
    style: "near-miss",
    title: "Japan deports 44 Sri Lankans on chartered plane",
    published: "2025-06-05",
    text: `TOKYO, June 5 (Kyodo) -- Japan's Immigration Services Agency deported 44 Sri Lankan nationals on a chartered plane on Wednesday, the largest group removal since the revised immigration law took effect, the agency said.

The plane left Narita airport for Colombo carrying the Sri Lankans, who had overstayed their visas or had deportation orders, escorted by about 80 immigration officers. Some had applied for refugee status three times or more.

Under the revised law, which came into force in June 2024, people who have applied for refugee status three or more times can be deported while their applications are pending, unless they present reasonable grounds.

Support groups criticized the deportation, saying some of those removed had lived in Japan for over a decade and had children attending Japanese schools.

The agency said it plans to carry out more charter deportations to countries such as Vietnam, the Philippines and Turkey.`,
    expect: { relevant: false },
  },
  {
    id: "d2-wen-016",
    lang: "en",
    style: "near-miss",
    title: "Malaysia sends back 180 undocumented Indonesian workers",
    published: "2025-04-17",
    text: `Around 180 undocumented Indonesian migrant workers were deported from Malaysia on Wednesday, arriving in Dumai, Riau, by ferry from Port Klang, the Indonesian Migrant Worker Protection Agency (BP2MI) said.

Most of the returnees had worked on plantations and construction sites in Selangor and Johor and were detained in immigration depots for several months before being sent home. Another group of 95 was flown from Kota Kinabalu to Makassar on Tuesday.

The agency said it would help the returnees travel to their home regions in Sumatra, Java and Nusa Tenggara. Rights groups have long criticized conditions in Malaysian detention depots, reporting overcrowding and deaths.

Separately, the Indonesian Embassy in Washington said it had received reports of several Indonesian students whose U.S. visas had been revoked, and advised them to contact the embassy for assistance.`,
    expect: { relevant: false },
  },
  {
    id: "d2-wen-017",
    lang: "en",
    style: "near-miss",
    title: "PH hands over 'Luffy'-linked fugitives to Japan",
    published: "2025-02-08",
    text: `MANILA -- Four Japanese fugitives wanted in connection with a string of robberies and fraud in Japan were handed over to Japanese police and put on a plane to Tokyo on Friday, the Bureau of Immigration (BI) said.

BI Commissioner said the four were escorted to Ninoy Aquino International Airport and boarded a Japan Airlines flight with Japanese police officers, who arrested them on board once the aircraft left Philippine airspace.

The men had been detained at the BI's facility in Taguig for more than a year while facing local charges, which delayed their deportation.

The bureau said it had deported 1,203 foreigners last year, mostly Chinese nationals linked to Philippine offshore gaming operators (POGOs), and that more than 300 others were awaiting deportation.

Immigration officials also reminded Filipinos planning to work abroad to avoid illegal recruiters, citing cases of Filipinos trafficked to scam hubs in Myanmar and Cambodia.`,
    expect: { relevant: false },
  },
  {
    id: "d2-wen-018",
    lang: "en",
    style: "near-miss",
    title: "Immigration deports 120 Ethiopians on chartered flight",
    published: "2025-11-19",
    text: `Dar es Salaam. The Immigration Department has deported 120 Ethiopian nationals who entered the country illegally, flying them from Julius Nyerere International Airport to Addis Ababa on a chartered plane on Monday.

Immigration spokesperson Rehema Mwinyi said the Ethiopians were arrested in Mbeya and Njombe regions while trying to travel south towards Malawi and South Africa. Most had served prison sentences for unlawful entry before the deportation.

"The government, in collaboration with the Ethiopian embassy and the International Organization for Migration, bore the cost of the flight," she said.

Tanzania is a transit route for thousands of Ethiopians, mostly young men, heading to South Africa each year. Human rights groups say many die on the journey, suffocating in trucks or drowning when boats capsize on Lake Malawi.

The spokesperson said the department had deported more than 3,000 foreigners since January, and warned transporters found carrying illegal migrants that their vehicles would be confiscated.`,
    expect: { relevant: false },
  },
];
