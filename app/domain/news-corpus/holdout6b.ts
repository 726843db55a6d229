// Held-out news corpus no. 6 (part b): only ever SCORED, never tuned to. Written by a writer who read
// only types.ts (not the extractor, its tests, docs/alerts.md or any other corpus file). Every outlet
// byline, name, quote and number in these articles is invented; no sentence is copied from a real report.

import type { CorpusArticle } from "./types";

export const HOLDOUT6B: CorpusArticle[] = [
  {
    id: "h6b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "埃斯瓦蒂尼再接收9名美国遣返的第三国公民",
    published: "2025-11-14",
    text: `新华社姆巴巴内11月13日电（记者林致远）埃斯瓦蒂尼惩教署13日发表声明说，一架来自美国的包机当地时间周三降落在姆斯瓦蒂三世国王国际机场，机上载有9名被美国驱逐出境的第三国公民。

声明说，这批人员分别为越南籍3人、柬埔寨籍2人、牙买加籍2人，以及巴基斯坦籍和也门籍各1人，均为成年男性。他们抵达后被直接送往首都附近的一处矫正设施，“在等待遣返原籍国期间将与其他在押人员分开关押”。

这是埃斯瓦蒂尼今年第三次接收美国遣返的非本国公民。今年8月，该国首批接收了4人；9月下旬又有6人抵达。惩教署发言人恩科西·德拉米尼对记者表示，此前抵达的人员中已有3人被送回各自国家。

美国国土安全部尚未就此次航班发表评论。美国政府此前称，被送往第三国的人员大多曾在美国犯有严重罪行，其原籍国拒绝或迟迟不予接收。

埃斯瓦蒂尼国内的人权律师对这一安排提出质疑。当地一家律师协会本月初向高等法院提起诉讼，要求公开政府与华盛顿签署的协议文本。据当地媒体报道，协议规定埃斯瓦蒂尼最多可接收160名第三国公民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "KH", "JM", "PK", "YE"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["姆斯瓦蒂三世国王国际机场"],
      date: "2025-11-12",
    },
  },
  {
    id: "h6b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "哥斯大黎加再收美國遣送第三國移民 逾120人抵聖荷西",
    published: "2026-03-06",
    text: `（中央社聖荷西5日綜合外電報導）哥斯大黎加政府表示，一架載有逾120名外籍移民的美國班機今天下午降落在首都聖荷西近郊的胡安聖瑪利亞國際機場，這是哥國今年第二度替美國接收非本國籍的被遣返者。

哥斯大黎加公安部副部長艾斯皮諾薩（Laura Espinoza）在記者會上說，這批移民來自烏茲別克、尼泊爾、伊朗、中國及土耳其等國，其中約三分之一是未成年人。班機從美國加州聖地牙哥起飛，中途未停靠其他國家。

艾斯皮諾薩指出，這些人將搭乘巴士前往南部靠近巴拿馬邊境的科雷多雷斯（Corredores）臨時移民照護中心，最長停留6週，期間由國際移民組織（IOM）協助安排返回原籍國或前往其他願意接納的國家，所有費用由美方負擔。

去年哥斯大黎加曾分兩批接收約200名類似的被遣返者，鄰國巴拿馬收容的人數則更多。人權團體「法律之聲」（Voces Legales）負責人莫拉雷斯說：「這些家庭在美國沒有機會申請庇護，到了這裡又被關在偏遠的營區，這等於把問題外包給小國。」

哥國總統府則強調，這項合作「出於人道考量」，並未附帶任何經濟條件。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["UZ", "NP", "IR", "CN", "TR"],
      people: { value: 120, approx: true },
      departure: ["加州聖地牙哥"],
      arrival: ["胡安聖瑪利亞國際機場"],
      date: "2026-03-05",
    },
  },
  {
    id: "h6b-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "国土安全部：本周又一架包机遣返约130名中国籍人员",
    published: "2025-06-20",
    text: `【本报讯】美国国土安全部（DHS）19日发布消息称，该部下属的移民与海关执法局（ICE）本周二执行了一次大型包机遣返任务，将约130名在美国没有合法居留依据的中国籍成年人送返中国。

据知情人士透露，这架包机从得克萨斯州起飞，经停阿拉斯加安克雷奇加油后，降落在福州长乐国际机场。国土安全部的声明未提及具体机场，也未公布被遣返者的来源地。

声明说，此次行动是美中两国在打击非法移民和人口走私方面持续合作的又一体现。“不要相信蛇头的谎言，”声明写道，“没有合法身份留在美国的人将被迅速遣返。”

这是今年以来第三架专门遣返中国公民的包机。根据国土安全部此前公布的数据，2024财年共有超过1800名中国籍人员被遣返，而同期在美墨边境被拦截的中国公民超过3.5万人次。

纽约法拉盛一名移民律师陈立群表示，近期前来咨询的福建籍客户明显增多，不少人担心自己的庇护申请被驳回后会被列入下一批遣返名单。“很多人以为只要递交了申请就安全了，其实并不是这样。”`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 130, approx: true },
      departure: ["得克萨斯州"],
      arrival: ["福州长乐国际机场"],
      date: "2025-06-17",
    },
  },
  {
    id: "h6b-zh-004",
    lang: "zh",
    style: "near-miss",
    title: "入境處包機遣返99名越南非法入境者",
    published: "2025-08-27",
    text: `香港入境事務處昨日（26日）以包機將99名越南籍非法入境者及逾期居留人士遣返越南。入境處發言人表示，該批人士由入境處人員押送，於早上從香港國際機場出發，中午抵達河內內排國際機場，整個行動順利完成。

發言人說，這是入境處今年第四次以包機方式執行遣返行動。今年首7個月，入境處共遣返約2300名非法入境者，其中越南籍佔逾四成，其次為印尼、巴基斯坦及印度籍人士。

入境處提醒，非法入境及逾期居留屬刑事罪行，僱用不可合法受僱的人士亦屬違法，最高可被判罰款35萬元及監禁3年。

有立法會議員認為，包機遣返可縮短羈留時間、減輕青山灣入境事務中心的壓力，建議入境處增加包機次數。入境處回應指，會視乎個案數目及與來源國的協調情況作出安排。`,
    expect: { relevant: false },
  },
  {
    id: "h6b-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "斐济拒绝接收美国第三国遣返人员",
    published: "2026-02-11",
    text: `（苏瓦综合电）斐济政府星期二（2月10日）表示，已正式拒绝美国提出的由斐济接收第三国被遣返者的请求，成为又一个公开回绝华盛顿此类安排的太平洋岛国。

斐济总理办公室在声明中说，斐济“尊重美国执行本国移民法的权利”，但作为一个资源有限的小岛国，斐济“没有能力安置来自其他国家、与斐济毫无联系的人员”。声明说，斐济将继续按照国际惯例接收本国被遣返的公民。

据知情人士透露，美方去年底通过外交渠道提出请求，希望斐济每年接收最多50名无法遣返原籍国的移民，并承诺提供一笔发展援助作为回报。

美国自去年起积极寻求第三国接收被驱逐者，非洲的乌干达、卢旺达和南苏丹，以及中美洲的哥斯达黎加和巴拿马都已接收过此类人员。太平洋地区的帕劳则在去年同意接收少量人员。

新加坡国立大学一名研究太平洋事务的学者对本报表示，斐济的决定反映出岛国对主权问题的敏感。“这些国家在大国之间寻求平衡，不希望被视为任何一方的后院。”`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["FJ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-10",
    },
  },
  {
    id: "h6b-zh-006",
    lang: "zh",
    style: "near-miss",
    title: "移民署專機遣返 63名越南失聯移工今返鄉",
    published: "2026-01-09",
    text: `〔記者王品涵／桃園報導〕內政部移民署今天上午以專案包機方式，將63名收容期滿的越南籍失聯移工及逾期停留人士自桃園國際機場遣送回越南胡志明市，這也是移民署今年首次執行包機遣返。

移民署北區事務大隊指出，這批人多數在中南部工廠及農場從事非法工作，在台逃逸時間最長達9年，部分人已在宜蘭收容所收容超過兩個月。為避免一般航班機位不足、造成收容時間延長，移民署與越南駐台北經濟文化辦事處協調後包機遣返。

據統計，去年全年移民署共查處失聯移工約2萬1千人，其中越南籍逾半數，印尼籍次之，菲律賓及泰國籍合計約一成。

移民署呼籲雇主切勿非法聘僱，違者可處新台幣15萬元以上、75萬元以下罰鍰；失聯移工若主動到案，可從輕處理並儘速安排返國。`,
    expect: { relevant: false },
  },
  {
    id: "h6b-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "14名第三国移民被美国送抵乌干达",
    published: "2025-12-03",
    text: `（坎帕拉2日讯）乌干达内政部周一证实，一批被美国驱逐出境的第三国移民已于上周六晚间乘坐美方安排的包机抵达恩德培国际机场。

内政部常务秘书穆吉沙（Peter Mugisha）在记者会上说，这批移民共14人，均为非洲国家公民，其中包括来自刚果（金）、厄立特里亚、索马里和埃塞俄比亚的12名男子及两名女子。他强调，这些人没有犯罪记录，也没有无人陪伴的未成年人，“完全符合两国协议规定的条件”。

乌干达今年8月与美国达成临时协议，同意接收在美国未能获得庇护、又不愿返回原籍国的人员。穆吉沙说，这批人将暂住在坎帕拉郊区的一处接待中心，由联合国难民署和国际移民组织协助评估是否留在乌干达。

乌干达目前收容约190万难民，是非洲最大的难民收容国。当地反对派议员批评政府“在难民援助资金即将耗尽的情况下还为美国分担负担”。

另一方面，大马外交部日前回应媒体询问时表示，至今未收到美国要求我国接收第三国遣返人员的任何请求。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["CD", "ER", "SO", "ET"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["恩德培国际机场"],
      date: "2025-11-29",
    },
  },
  {
    id: "h6b-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再遣返97名印度非法移民 包机降落阿姆利则",
    published: "2026-01-22",
    text: `据印度媒体报道，一架载有97名印度公民的美国遣返包机当地时间周三凌晨降落在旁遮普邦阿姆利则的斯里古鲁拉姆达斯吉国际机场。这是今年以来美国遣返印度人的第二架包机。

报道称，这架包机此前从亚利桑那州梅萨起飞，机上人员中来自旁遮普邦的有38人，哈里亚纳邦31人，古吉拉特邦19人，其余来自北方邦、喜马偕尔邦等地。

印度外交部发言人在例行记者会上表示，印方已核实所有被遣返者的身份，“印度一贯反对非法移民，愿意接收经核实的本国公民”。据他介绍，2025年全年约有3200名印度公民从美国被遣返，其中大部分乘坐的是商业航班。

去年初美国曾动用军用运输机遣返印度人，部分被遣返者戴着手铐脚镣的画面在印度国内引发强烈不满。此次航班抵达后，旁遮普邦警方在机场设立了专门通道，帮助被遣返者与家人团聚。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 97, approx: false },
      departure: ["亚利桑那州梅萨"],
      arrival: ["斯里古鲁拉姆达斯吉国际机场"],
      date: "2026-01-21",
    },
  },
  {
    id: "h6b-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "科索沃接收首批美國遣送第三國人士 11人抵普里什蒂納",
    published: "2026-05-16",
    text: `【明報專訊】科索沃內政部周五（15日）表示，一架美國包機當日下午降落普里什蒂納國際機場，機上有11名被美國驅逐出境的第三國公民，是科索沃首次按照與美國的協議接收非本國人士。

內政部長克拉斯尼奇（Arben Krasniqi）在社交媒體發文稱，這批人士分別來自格魯吉亞、亞美尼亞、哈薩克及摩爾多瓦，將在當地一處接待設施暫住最長一年，期間由科索沃政府協助他們返回原籍國或在當地就業。

科索沃去年6月與美國簽署協議，同意在一年內接收最多50名從美國遣送的第三國人士。克拉斯尼奇形容此舉是對「最重要盟友」的回報，並指美方負擔全部費用。

不過，科索沃人權組織批評，政府未有公開協議細節，也未交代這些人是否曾在美國犯罪。布魯塞爾的歐盟官員則表示正「密切留意」事態發展。

美國國務院發言人拒絕評論具體航班，只稱「感謝科索沃的合作」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["XK"],
      nationalities: ["GE", "AM", "KZ", "MD"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["普里什蒂納國際機場"],
      date: "2026-05-15",
    },
  },
  {
    id: "h6b-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "日本包机强制遣返44名斯里兰卡籍滞留者",
    published: "2025-10-30",
    text: `据日本媒体29日报道，日本出入国在留管理厅当天宣布，已于28日使用包机将44名拒绝回国的斯里兰卡籍非法滞留者强制遣返。这是日本时隔两年再次使用包机集体遣返外国人。

报道说，这批人年龄在22岁至61岁之间，在日本滞留时间最长的超过20年。包机从东京羽田机场起飞，直飞科伦坡，整个遣返费用约4100万日元。

日本自2013年起采用包机方式遣返拒绝回国的外国人，此前曾将菲律宾、泰国、越南和孟加拉国籍人员集体送回。支援团体批评，部分被遣返者的家人持有日本国籍，强制遣返“拆散了家庭”。

日本政府此前修订《出入国管理及难民认定法》，允许对第三次提出难民申请者启动遣返程序。出入国在留管理厅表示，今后将继续“依法、有序”地推进遣返工作。`,
    expect: { relevant: false },
  },
  {
    id: "h6b-zh-011",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方称将于本月下旬派包机遣返近90名越南公民",
    published: "2025-11-18",
    text: `中新网11月18日电 据越南媒体报道，美国驻越南大使馆17日表示，美国国土安全部计划于11月26日派出一架包机，将近90名在美国没有合法居留身份的越南公民遣返回国，包机预计降落在河内内排国际机场。

报道称，越南公安部已派员核实这批人员的身份，他们中多数人是在美国服刑期满后被移民部门拘押的，最早的于上世纪90年代赴美。

根据越美两国此前签署的遣返协议，1995年7月12日之前抵达美国的越南公民原则上不在遣返之列，但美方近年来多次要求扩大适用范围。越南外交部发言人表示，越方“将在人道主义原则基础上，与美方就个案进行协商”。

据统计，2025财年美国共向越南遣返约1100人，绝大多数乘坐定期商业航班回国。美国今年夏天曾将数名越南籍男子送往非洲第三国，此事在越南侨界引起广泛关注。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["VN"],
      people: { value: 90, approx: true },
      departure: [],
      arrival: ["河内内排国际机场"],
      date: "2025-11-26",
    },
  },
  {
    id: "h6b-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "瓜地馬拉接收美國遣返中美洲鄰國移民 47人抵瓜京",
    published: "2025-09-25",
    text: `（中央社記者曾文彥墨西哥城24日專電）瓜地馬拉移民局表示，一架專門載運非瓜地馬拉籍移民的美國遣返班機週二抵達瓜地馬拉市的拉奧羅拉國際機場，機上共有四十七人。

移民局長卡斯蒂優（Héctor Castillo）說，這批移民中宏都拉斯籍21人、薩爾瓦多籍14人、尼加拉瓜籍8人、委內瑞拉籍4人。班機從德州哈林根起飛，落地後移民局人員為他們辦理入境手續，再安排巴士送往邊境，由各國領事人員接手。

瓜地馬拉今年6月與美國簽署協議，同意作為「安全第三國」接收來自其他國家的尋求庇護者。瓜國總統府表示，接收人數將「視本國能力而定」，並強調美方承擔交通及食宿費用。

據移民局統計，今年以來已有超過4萬名瓜地馬拉人從美國被遣返，平均每週有6到8架遣返班機抵達拉奧羅拉機場。瓜國政府近期在機場擴建「歸國者接待中心」，提供醫療、心理諮商及就業媒合。

宏都拉斯外交部則表示，將確保本國公民從瓜地馬拉安全返國，並已派遣領事官員前往兩國邊境口岸。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["HN", "SV", "NI", "VE"],
      people: { value: 47, approx: false },
      departure: ["德州哈林根"],
      arrival: ["拉奧羅拉國際機場"],
      date: "2025-09-23",
    },
  },
  {
    id: "h6b-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "ICE包机转移两百余名被拘留者 家属称事先未获通知",
    published: "2026-03-19",
    text: `【本报纽约讯】多名移民家属18日向本报反映，他们关押在新泽西州伊丽莎白拘留中心的亲人于本周一凌晨被移民与海关执法局（ICE）以包机转送至路易斯安那州詹纳市的拘留设施，事先没有任何通知。

据移民权益组织“法拉盛移民之家”了解，这次转移涉及两百余名被拘留者，其中至少30人为华裔，多数来自福建和浙江。包机从纽瓦克自由国际机场起飞，降落在路易斯安那州亚历山大国际机场，之后被拘留者被巴士送往约一小时车程外的拘留中心。

ICE发言人在回复本报的电子邮件中表示，转移是为了“优化拘留床位的使用”，被转移者仍可通过电话及视频与律师联系，其移民案件将改由路易斯安那州的移民法庭审理。

律师李美华指出，转移至南方后，当事人的案件常常被迅速审结，“律师要飞过去开庭，家属也很难探视，很多人因此放弃上诉，最后只能接受遣返”。`,
    expect: { relevant: false },
  },
  {
    id: "h6b-zh-014",
    lang: "zh",
    style: "chinese-outlet",
    title: "43名柬籍人员遭美国遣返 抵达德崇国际机场",
    published: "2026-04-09",
    text: `（本报金边讯）柬埔寨内政部移民总局发言人昨日（8日）表示，一架美国移民与海关执法局（ICE）包机于当天上午抵达金边德崇国际机场，机上载有43名被美国遣返的柬埔寨籍人员。

发言人说，这批人员中有39名男性和4名女性，年龄在24岁至58岁之间，大部分人幼年时随父母以难民身份移居美国，之后因触犯法律而失去永久居留权。包机从得克萨斯州埃尔帕索起飞，中途在关岛短暂停留。

抵达后，被遣返者在机场接受了健康检查和身份登记，随后由非政府组织“回归者援助中心”接往金边市区的临时住所。该中心负责人索坤蒂娅说，许多人在柬埔寨没有亲人，也不会说高棉语，“他们最需要的是住所和一份工作”。

据统计，自2002年柬美签署遣返备忘录以来，已有超过1000名柬埔寨裔人士被美国遣返。柬政府曾一度暂停接收，后又恢复与美方的合作。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 43, approx: false },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["德崇国际机场"],
      date: "2026-04-08",
    },
  },
  {
    id: "h6b-zh-015",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "盧旺達證實再接收九名美國遣送移民",
    published: "2026-02-19",
    text: `【星島綜合報道】盧旺達政府發言人周三（18日）證實，該國本月再接收一批由美國遣送的第三國移民，共九人，國籍涵蓋喀麥隆、布基納法索、布隆迪和伊朗。

發言人穆卡桑加（Claudine Mukasanga）在聲明中說，該批移民於本月14日乘坐美方安排的航班抵達基加利國際機場，目前由國際移民組織安排住宿，並已接受健康檢查。她表示，其中五人希望留在盧旺達生活，其餘四人則要求返回原籍國。

盧旺達去年8月與美國達成協議，同意接收最多250名從美國遣送的移民。盧旺達政府表示，願意留下的人將獲得職業培訓、醫療及住屋支援。

連同今次一批，盧旺達至今已接收約30名美國遣送的移民。美國國務院發言人拒絕透露美方是否向盧旺達提供資金，只表示兩國合作「符合雙方利益」。

批評者則指出，盧旺達過去與英國簽訂的類似計劃最終擱置，質疑該國是否有能力為這些人提供長遠保障。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["CM", "BF", "BI", "IR"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["基加利國際機場"],
      date: "2026-02-14",
    },
  },
  {
    id: "h6b-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "112名电诈犯罪嫌疑人从柬埔寨被押解回国",
    published: "2025-07-15",
    text: `新华社郑州7月14日电 记者从公安部获悉，在中柬两国执法部门密切配合下，112名涉嫌电信网络诈骗犯罪的中国籍嫌疑人14日被从柬埔寨西哈努克省押解回国。载有嫌疑人的包机当天下午降落在郑州新郑国际机场。

据介绍，这批犯罪嫌疑人涉及全国多个省份，主要在柬埔寨境内从事“杀猪盘”、虚假投资理财等诈骗活动，涉案金额超过2亿元人民币。公安机关已对其依法采取刑事强制措施。

今年以来，公安部会同相关国家执法部门，先后从缅甸、柬埔寨、老挝、泰国等国押解电诈犯罪嫌疑人回国。公安部有关负责人表示，将持续深化国际执法合作，坚决打击跨境电信网络诈骗犯罪。`,
    expect: { relevant: false },
  },
  {
    id: "h6b-zh-017",
    lang: "zh",
    style: "chinese-outlet",
    title: "南苏丹同意恢复接收被美国遣返的本国公民",
    published: "2025-05-08",
    text: `新华社朱巴5月7日电（记者周航）南苏丹外交与国际合作部7日发表声明说，南苏丹政府已决定恢复接收被美国遣返的南苏丹公民，并将与美方合作核实相关人员的身份。

声明说，南苏丹政府“重视与美国的长期友好关系”，此前一名被遣返男子的身份存在争议，导致双方在接收问题上出现分歧。经过双方沟通，南苏丹驻华盛顿使馆将为待遣返人员签发旅行证件。

上月初，美国国务卿宣布吊销所有南苏丹护照持有人的美国签证，理由是南苏丹政府未能及时接收被美国驱逐出境的本国公民。美国国务院一名发言人7日表示，美方“注意到南苏丹的积极表态”，将视其实际行动考虑是否调整签证措施。

据估计，目前在美国以临时保护身份居留的南苏丹人约有200人。南苏丹自2013年爆发内战以来，数百万人流离失所，联合国多次警告该国人道主义局势严峻。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["SS"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-05-07",
    },
  },
  {
    id: "h6b-zh-018",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "巴拿馬再收美國遣返亞洲移民 約60人抵托庫門機場",
    published: "2026-07-13",
    text: `〔編譯陳宜君／綜合報導〕巴拿馬公共安全部長週日證實，一架美國遣返班機當天清晨降落在巴拿馬市托庫門國際機場，載有約六十名來自亞洲及中東的移民，其中包括中國、印度、尼泊爾、阿富汗、斯里蘭卡等國籍人士。

部長貝納維德斯（Rubén Benavides）表示，這些移民將先被安置在首都一家由警方看守的旅館，願意自願返國者將在數日內搭乘商業航班離境；拒絕返國的人，則會被送往東部達連省的臨時收容營。

巴拿馬是第一個同意替美國中轉第三國被遣返者的拉美國家，去年初曾分批收容近三百人，其中不少人後來獲准離開營區，自行安排去留。人權組織批評，這些移民在美國未能充分提出庇護申請。

貝納維德斯說，美方負擔所有費用，巴拿馬「只是提供過境協助」。他並透露，今年稍後可能還會有兩架類似班機抵達。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "IN", "NP", "AF", "LK"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["托庫門國際機場"],
      date: "2026-07-12",
    },
  },
  {
    id: "h6b-zh-019",
    lang: "zh",
    style: "chinese-outlet",
    title: "乌兹别克斯坦：美国遣返包机本周四抵达塔什干",
    published: "2026-09-14",
    text: `（综合报道）乌兹别克斯坦外交部新闻局14日表示，一架载有约130名乌兹别克斯坦公民的美国遣返包机预计于本周四抵达塔什干国际机场，乌方已做好接收准备。

新闻局说，这批公民大多是近两年经墨西哥非法进入美国后被拘留的青壮年男子，其中部分人的庇护申请已被美国移民法院驳回。乌驻美使馆已为他们办理了回国证件。

这将是今年美国第三次以包机方式向乌兹别克斯坦遣返人员。今年4月和6月的两架包机分别载有148人和一百余人。据乌方统计，目前仍有约600名乌兹别克斯坦公民被关押在美国各地的移民拘留中心。

乌兹别克斯坦劳动部表示，回国人员将获得就业咨询和职业培训，有意赴韩国、俄罗斯等国从事合法劳务的可优先登记。去年，乌兹别克斯坦经官方渠道外派劳务人员超过10万人。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["UZ"],
      people: { value: 130, approx: true },
      departure: [],
      arrival: ["塔什干国际机场"],
      date: "2026-09-17",
    },
  },
  {
    id: "h6b-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "美國上財年遣返逾32萬人創十年新高 中國籍人數倍增",
    published: "2026-10-21",
    text: `【東方日報綜合報道】美國移民及海關執法局（ICE）周二公布年度報告，2026財年（截至9月30日）共遣返逾32萬名外國人，為近十年最高。其中墨西哥籍佔約四成，其次為瓜地馬拉、洪都拉斯及薩爾瓦多籍。

報告顯示，中國籍被遣返人數由上一財年約2100人增至逾4500人，增幅超過一倍；印度籍則約4000人。ICE表示，遣返航班覆蓋超過180個國家，惟報告並無列出個別航班資料。

移民政策研究所分析員指出，被遣返者中約四成並無刑事定罪紀錄，與政府強調「優先遣返罪犯」的說法有落差。另外，截至9月底，全美移民法庭積壓案件仍超過三百萬宗。

香港學者則認為，美國收緊移民政策，或令部分原計劃赴美的內地人轉往加拿大、澳洲等地。`,
    expect: { relevant: false },
  },
  {
    id: "h6b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan a Tapachula alrededor de 130 mexicanos deportados en vuelo de ICE",
    published: "2026-06-12",
    text: `Tapachula, Chiapas.— Alrededor de 130 connacionales deportados por Estados Unidos arribaron la mañana del jueves al Aeropuerto Internacional de Tapachula a bordo de un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE), informó el Instituto Nacional de Migración (INM).

La aeronave despegó de El Paso, Texas, y aterrizó pasadas las 9:40 horas. Los repatriados, en su mayoría hombres originarios de Chiapas, Oaxaca, Guerrero y Veracruz, fueron recibidos en un módulo del programa México te abraza, donde se les entregó una constancia de repatriación, atención médica y un apoyo económico para regresar a sus comunidades.

Según datos de la Unidad de Política Migratoria, en lo que va del año se han registrado más de 62 mil eventos de repatriación de mexicanos desde Estados Unidos, la mayoría por los puntos fronterizos de Tijuana, Ciudad Juárez y Nuevo Laredo. Los vuelos al interior del país, como el de este jueves, buscan alejar a los deportados de la frontera para reducir los reingresos.

"Me agarraron en una redada en un rancho de Nuevo México; llevaba once años allá", contó Rigoberto, de 43 años, originario de Motozintla, mientras esperaba el autobús hacia la sierra.

La delegación del INM en Chiapas indicó que en las próximas semanas se esperan más vuelos, aunque no precisó fechas ni el número de pasajeros.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 130, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional de Tapachula"],
      date: "2026-06-11",
    },
  },
  {
    id: "h6b-es-002",
    lang: "es",
    style: "receiving-country-local",
    title: "Nuevo vuelo con peruanos deportados desde Estados Unidos llega a Lima",
    published: "2026-08-19",
    text: `Un nuevo grupo de ciento dieciocho compatriotas expulsados de Estados Unidos llegó al país en un vuelo fletado por el Gobierno norteamericano, informó la Superintendencia Nacional de Migraciones.

Según la entidad, la mayoría de los retornados había ingresado a territorio estadounidense por la frontera con México durante los últimos tres años y fue detenida en operativos en Nueva Jersey, Florida y Texas. Entre ellos hay 104 varones y 14 mujeres; ninguno es menor de edad.

El avión, que partió de Miami, aterrizó a las 4:40 de la madrugada del martes en el Aeropuerto Internacional Jorge Chávez, en el Callao. Los deportados pasaron el control migratorio en las instalaciones del Grupo Aéreo N.° 8 de la Fuerza Aérea, donde personal de la Cancillería y del Ministerio de Salud les brindó orientación y una evaluación médica básica.

De acuerdo con cifras oficiales, en lo que va de 2026 más de 3.400 peruanos han sido deportados desde Estados Unidos, frente a los cerca de 2.900 registrados en todo 2025. Chile y España figuran como los siguientes países con más expulsiones de connacionales.

"Ya no hay nada que hacer allá, la cosa está muy fuerte", comentó a la salida del terminal un joven de Huancayo que trabajaba en la construcción en Paterson.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 118, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2026-08-18",
    },
  },
  {
    id: "h6b-es-003",
    lang: "es",
    style: "receiving-country-local",
    title: "Medio centenar de bolivianos deportados de EE.UU. aterriza en Viru Viru",
    published: "2026-11-02",
    text: `Santa Cruz.- Medio centenar de bolivianos expulsados de Estados Unidos llegaron el domingo por la noche al aeropuerto internacional Viru Viru, en un vuelo chárter contratado por el Servicio de Inmigración y Control de Aduanas (ICE) que, según la Dirección General de Migración, despegó desde Houston.

Es el segundo vuelo de este tipo que llega directamente a Bolivia; hasta el año pasado la mayoría de los deportados retornaba en vuelos comerciales vía Miami o Lima. Según la Cancillería, los connacionales proceden principalmente de Cochabamba, Santa Cruz y Potosí, y varios pasaron meses en centros de detención de Luisiana y Texas.

A su llegada, los retornados fueron registrados por Migración y por la Policía, que verificó si tenían órdenes de aprehensión pendientes en el país. Familiares esperaron durante horas en la terminal de llegadas.

"Mi hermano estuvo siete meses encerrado y recién esta semana supimos que venía", dijo Marisol Vaca, que viajó desde Montero.

El viceministro de Gestión Consular, Álvaro Peñaranda, informó que todavía hay alrededor de 140 bolivianos detenidos en Estados Unidos con procesos migratorios abiertos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      people: { value: 50, approx: true },
      departure: ["Houston"],
      arrival: ["aeropuerto internacional Viru Viru"],
      date: "2026-11-01",
    },
  },
  {
    id: "h6b-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay recibió un vuelo con 41 deportados desde Estados Unidos",
    published: "2025-10-14",
    text: `MONTEVIDEO — Un avión fletado por el gobierno de Estados Unidos aterrizó el viernes 10 de octubre en el Aeropuerto Internacional Silvio Pettirossi, en Luque, con 41 ciudadanos paraguayos deportados, según confirmó la Dirección Nacional de Migraciones del país vecino.

Se trata del primer vuelo exclusivo de deportación que llega a Paraguay, que hasta ahora recibía a sus nacionales de a uno o en pequeños grupos a bordo de vuelos comerciales. La Cancillería paraguaya informó que 33 de los retornados son hombres y 8 mujeres, y que ninguno tiene antecedentes penales en Paraguay.

El arribo se produce semanas después de que Asunción firmara con Washington un acuerdo de "tercer país seguro", que permite a Estados Unidos enviar a Paraguay a solicitantes de asilo de otras nacionalidades. El gobierno paraguayo sostuvo que hasta el momento no llegó ningún extranjero bajo ese esquema.

En Uruguay, la Dirección Nacional de Migración indicó que no tiene registro de vuelos de deportación con destino a Montevideo y que los uruguayos expulsados de Estados Unidos —unos 60 en lo que va del año— regresaron en vuelos regulares, en su mayoría con escala en Panamá o San Pablo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY"],
      people: { value: 41, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional Silvio Pettirossi"],
      date: "2025-10-10",
    },
  },
  {
    id: "h6b-es-005",
    lang: "es",
    style: "wire",
    title: "Llega a Nuakchot un vuelo con 87 mauritanos deportados por Estados Unidos",
    published: "2026-03-02",
    text: `Nuakchot, 2 mar (EFE).- Un avión fletado por el Servicio de Inmigración y Control de Aduanas de Estados Unidos (ICE) con 87 mauritanos a bordo aterrizó este lunes en el aeropuerto internacional de Nuakchot-Oumtounsy, informaron a EFE fuentes de la Policía mauritana.

El vuelo, el primero de este año, despegó de Alexandria, Luisiana, según las mismas fuentes, que precisaron que todos los pasajeros son varones de entre 20 y 45 años y que habían entrado en EE.UU. a través de la frontera con México.

Desde 2023, miles de mauritanos han viajado en avión hasta Nicaragua para después recorrer por tierra Centroamérica y México hasta la frontera estadounidense, una ruta que se popularizó en las redes sociales y que las autoridades de Nuakchot intentan frenar.

A su llegada, los deportados fueron identificados por la Dirección General de Seguridad Nacional y posteriormente entregados a sus familias, indicó un funcionario que pidió el anonimato.

Mauritania recibió al menos seis vuelos de deportación desde Estados Unidos el año pasado, más que la mayoría de los países africanos, según organizaciones que siguen estos traslados. El país es también punto de partida de los cayucos que intentan llegar a las islas Canarias, y mantiene con la Unión Europea un acuerdo migratorio millonario. EFE`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 87, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["aeropuerto internacional de Nuakchot-Oumtounsy"],
      date: "2026-03-02",
    },
  },
  {
    id: "h6b-es-006",
    lang: "es",
    style: "us-spanish-tv",
    title: "ICE prevé deportar el jueves a unos 120 nicaragüenses en un vuelo a Managua",
    published: "2024-12-03",
    text: `Un vuelo del Servicio de Inmigración y Control de Aduanas (ICE) con unos 120 nicaragüenses a bordo saldrá el jueves desde Harlingen rumbo al Aeropuerto Internacional Augusto C. Sandino, en Managua, según documentos de la agencia a los que tuvo acceso Noticias 48.

Será el cuarto vuelo de deportación a Nicaragua en lo que va del año fiscal, que comenzó el 1 de octubre. Los documentos indican que la mayoría de los pasajeros fueron detenidos tras cruzar la frontera en el Valle del Río Grande y no lograron pasar la entrevista de miedo creíble.

Abogados de inmigración de Miami consultados por este medio dijeron que varios de sus clientes nicaragüenses recibieron en los últimos días la notificación de traslado al centro de procesamiento de Port Isabel, paso previo habitual a un vuelo de deportación. "Las familias nos llaman desesperadas porque no saben si sus parientes van en ese avión", explicó la abogada Claudia Ortega.

El gobierno de Managua ha aceptado históricamente un número reducido de vuelos de deportación, y el año pasado llegó a rechazar varios, lo que llevó a Washington a imponer restricciones de visa a funcionarios nicaragüenses. ICE no respondió a la solicitud de comentarios de Noticias 48.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["NI"],
      people: { value: 120, approx: true },
      departure: ["Harlingen"],
      arrival: ["Aeropuerto Internacional Augusto C. Sandino"],
      date: "2024-12-05",
    },
  },
  {
    id: "h6b-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Belice acepta recibir a solicitantes de asilo de otros países enviados por EE. UU.",
    published: "2026-04-16",
    text: `El Gobierno de Belice anunció el miércoles que aceptará recibir a solicitantes de asilo de terceros países que Estados Unidos decida trasladar a su territorio, en virtud de un acuerdo de "tercer país seguro" firmado en Washington.

La canciller beliceña, Dorene Whitfield, explicó en una conferencia de prensa en Belmopán que el convenio excluye a ciudadanos de México, Guatemala y otros países vecinos, y que Belice podrá rechazar casos individuales por motivos de seguridad. "No seremos un centro de detención; quienes lleguen podrán solicitar protección aquí conforme a nuestras leyes", afirmó.

El acuerdo no establece una cifra máxima de personas ni una fecha para el primer traslado. Según el texto difundido por la Cancillería, Estados Unidos aportará fondos para fortalecer el departamento de refugiados beliceño.

Guatemala, Honduras, El Salvador y Paraguay ya suscribieron pactos similares con Washington. En Guatemala, el acuerdo firmado el año pasado ha permitido la llegada de varios centenares de personas de otras nacionalidades, según datos del Instituto Guatemalteco de Migración.

La oposición beliceña criticó que el pacto no haya sido sometido a la Asamblea Nacional. "Un país de 400 mil habitantes no puede absorber la crisis migratoria de la región", dijo el diputado Marcus Leslie.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BZ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-15",
    },
  },
  {
    id: "h6b-es-008",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegan al AILA 64 dominicanos deportados desde Estados Unidos",
    published: "2025-08-15",
    text: `SANTO DOMINGO.– Un total de 64 dominicanos repatriados desde Estados Unidos llegaron la tarde de ayer al Aeropuerto Internacional de Las Américas (AILA) en un vuelo procedente de Miami, informó la Dirección General de Migración (DGM).

De los retornados, 21 tenían antecedentes penales en territorio estadounidense por delitos que van desde tráfico de drogas hasta violencia doméstica, precisó la DGM en un comunicado. Los demás fueron deportados por violaciones migratorias, como permanecer en el país tras vencer sus visados.

Los repatriados fueron recibidos por personal de la DGM, la Policía Nacional y la Dirección Nacional de Control de Drogas (DNCD), que los sometieron a un proceso de registro y verificación de antecedentes. Luego fueron entregados a sus familiares, que aguardaban en las afueras de la terminal.

En lo que va de año, la República Dominicana ha recibido más de 2.900 repatriados desde Estados Unidos, en vuelos que llegan por lo general dos veces al mes. Las islas Turcas y Caicos y España figuran entre los otros lugares desde donde se deporta a dominicanos, aunque en cantidades mucho menores.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 64, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2025-08-14",
    },
  },
  {
    id: "h6b-es-009",
    lang: "es",
    style: "near-miss",
    title: "Retornan 142 hondureños desde México en dos vuelos",
    published: "2024-11-20",
    text: `SAN PEDRO SULA.– Un total de 142 hondureños que intentaban llegar a Estados Unidos fueron retornados este martes desde México en dos vuelos del Instituto Nacional de Migración (INM) mexicano que aterrizaron en el aeropuerto internacional Ramón Villeda Morales.

Los aviones partieron de Villahermosa, Tabasco, y de Tapachula, Chiapas. Entre los retornados hay 38 menores de edad, la mayoría acompañados por sus padres, informó la Dirección de Protección al Migrante Hondureño.

Tras su llegada, fueron trasladados al Centro de Atención al Migrante Retornado (CAMR), donde recibieron alimentación, atención médica y un bono para el transporte a sus comunidades de origen.

Según el Observatorio Consular y Migratorio de Honduras, en lo que va de 2024 más de 37.000 hondureños han sido retornados, cerca de la mitad desde México y el resto principalmente desde Estados Unidos.

"Nos agarraron en Veracruz, ya casi llegábamos", lamentó Karla, originaria de Choloma, que viajaba con sus dos hijos.`,
    expect: { relevant: false },
  },
  {
    id: "h6b-es-010",
    lang: "es",
    style: "near-miss",
    title: "Gobierno expulsa a 58 extranjeros en vuelo de la FACh con destino a Perú y Colombia",
    published: "2026-05-27",
    text: `SANTIAGO.– Un avión Boeing 767 de la Fuerza Aérea de Chile (FACh) despegó este martes desde el aeropuerto Arturo Merino Benítez con 58 ciudadanos extranjeros expulsados por orden administrativa o judicial, la mayoría peruanos y colombianos, informó el Servicio Nacional de Migraciones.

El director del servicio, Tomás Riquelme, precisó que 29 de los expulsados tenían condenas por delitos como tráfico de drogas, robo con violencia y homicidio, y que el resto había ingresado de forma clandestina por pasos no habilitados en el norte del país. El avión hizo una primera escala en Lima y luego continuó hacia Bogotá.

Se trata del tercer vuelo de expulsión de este año. Desde 2021, Chile ha expulsado por vía aérea a más de 4.000 personas, según cifras oficiales, aunque la expulsión de venezolanos sigue trabada por la falta de relaciones consulares con Caracas.

El Instituto Nacional de Derechos Humanos pidió garantizar que ninguna de las personas expulsadas tuviera solicitudes de refugio pendientes.`,
    expect: { relevant: false },
  },
];
