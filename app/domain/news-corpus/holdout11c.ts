// Held-out news corpus no. 11 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or any other corpus file).
// Every name, quote and number in these articles is invented; no sentence is taken from any outlet.

import type { CorpusArticle } from "./types";

export const HOLDOUT11C: CorpusArticle[] = [
  {
    id: "h11c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美移民局包机再遣返一批中国籍人士 航班降落福州长乐",
    published: "2025-11-14",
    text: `【本报纽约讯】美国国土安全部本周四发表简短声明称,美国移民及海关执法局(ICE)本月9日派出一架大型包机,将一百二十余名在美国没有合法居留身份的中国籍人士遣返回国。包机从路易斯安那州亚历山德里亚起飞,途中在阿拉斯加加油,最终降落在福州长乐国际机场。

声明没有透露被遣返者的籍贯和性别构成,但多名熟悉情况的法拉盛社区人士向本报透露,机上不少人来自福建长乐、连江和福清一带,多数是近两年经由厄瓜多尔、哥伦比亚一路"走线"进入美国的青壮年男子。

据本报统计,这是今年以来美方第七次派出专门遣返中国公民的包机。2024财年,美国南部边境执法人员与中国公民的"遭遇"次数一度超过三万七千人次,此后随着边境政策收紧而明显回落。

法拉盛执业的移民律师柯文彬说:"很多人是在例行报到时被当场扣下的,家属往往要过一个星期才知道人已经在飞机上了。"他表示,本月他的事务所已接到十多通类似的求助电话。

国土安全部发言人在声明中重申,没有合法依据留在美国的人"将被迅速遣返",并呼吁有意偷渡者"不要听信蛇头的谎言"。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 120, approx: true },
      departure: ["路易斯安那州亚历山德里亚"],
      arrival: ["福州长乐国际机场"],
      date: "2025-11-09",
    },
  },
  {
    id: "h11c-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美第三國遣返班機飛抵哥斯大黎加 機上多為亞洲籍移民",
    published: "2025-03-01",
    text: `(中央社記者葉承翰聖荷西1日綜合外電報導)一架載有約兩百名移民的美國包機,二月二十七日從德州聖安東尼奧起飛,當天傍晚降落在哥斯大黎加首都近郊的胡安聖瑪利亞國際機場。這批人都不是哥斯大黎加公民,將先安置在南部邊境附近的臨時收容中心,再等候送返原籍國。

哥斯大黎加總統府在聲明中表示,收容與後續送返的費用全數由美方負擔,國際移民組織(IOM)將協助辦理旅行證件。聲明稱,這是哥國「作為區域合作夥伴」的一次性安排。

根據哥國移民總局公布的資料,這批人的國籍分布為:中國籍八十一人、烏茲別克籍四十六人、阿富汗籍二十九人,其餘分別來自尼泊爾、土耳其等國,其中包括十餘名未成年人。

在此之前,巴拿馬已於二月中旬接收過一批類似的第三國移民,人數超過兩百九十人,部分人至今仍滯留在達連省的收容營地。

當地人權團體「邊界之聲」負責人莫拉萊斯批評說:「這些人從未踏進過哥斯大黎加,卻要在這裡等待一個不知何時到來的航班。」`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "UZ", "AF", "NP", "TR"],
      people: { value: 200, approx: true },
      departure: ["德州聖安東尼奧"],
      arrival: ["胡安聖瑪利亞國際機場"],
      date: "2025-02-27",
    },
  },
  {
    id: "h11c-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "柬埔寨宣布暫停接收美國遣返人員 要求先重談協議",
    published: "2025-09-18",
    text: `【本報訊】柬埔寨內政部週二發表聲明,宣布即日起暫停接收由美國遣返的柬埔寨籍人士,直至兩國就被遣返者的身份核實程序和重返社會安排重新達成協議。

聲明指出,部分被遣返者在美國生活超過三十年,「在柬埔寨沒有親人,也不會說高棉語」,地方政府難以安置。內政部發言人蘇帕拉對記者說:「我們不是拒絕自己的國民,而是要求一個有尊嚴、有秩序的程序。」

據柬方統計,今年以來已有三班美國包機降落金邊,合共約一百七十人。美國國務院回應時表示「注意到有關聲明」,並提醒根據美國法律,拒絕接收本國公民的國家可能面臨簽證制裁。

分析人士指出,鄰國老撾和越南近年亦曾就同類問題與美方多次磋商,但至今未有宣布暫停。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KH"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-16",
    },
  },
  {
    id: "h11c-zh-004",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國包機遣返逾百越南人 週二抵胡志明市",
    published: "2025-06-12",
    text: `據越南官方媒體報道,一架由美國移民及海關執法局租用的包機週二(10日)降落胡志明市的新山一國際機場,機上載有一百三十七名越南籍人士,是今年規模最大的一次自美遣返行動。

報道引述越南公安部出入境管理局官員稱,這批人當中有四十二人曾在美國服刑,其餘多為簽證逾期或庇護申請被駁回者。包機由華盛頓州塔科馬起飛,機上另有數十名美方押解人員。

根據越美兩國二○○八年簽署的遣返諒解備忘錄,一九九五年以前抵美的越南人原則上不在遣返之列,但美方近年屢次要求放寬,越方至今未有正式回應。

另外,本港入境處本月初亦租用專機,將二十一名免遣返聲請不獲確立的越南籍非法入境者遣返河內,兩宗行動並無關連。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 137, approx: false },
      departure: ["華盛頓州塔科馬"],
      arrival: ["新山一國際機場"],
      date: "2025-06-10",
    },
  },
  {
    id: "h11c-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国拟下周三派包机遣返逾八十名印尼公民",
    published: "2026-01-15",
    text: `(雅加达综合电)印度尼西亚外交部发言人哈斯布拉今天在例行记者会上说,美国方面已通知印尼,将于下周三派出一架包机,把逾八十名在美国没有合法身份的印尼公民遣返回国。

哈斯布拉说,包机预计从亚利桑那州梅萨起飞,降落雅加达的苏加诺—哈达国际机场,外交部和移民总局将在机场设立接待点,为返国者办理入境手续并提供临时住宿。"他们首先是我们的公民,我们会保障他们的基本权利。"

据印尼驻洛杉矶总领事馆估计,目前在美国非法滞留的印尼人约有一万五千人,多数集中在加州和纽约。去年全年,经由商业航班被个别遣返的印尼公民约为两百三十人。

同一记者会上,发言人也被问及马来西亚近期遣返印尼籍非法劳工一事。他说,两国正就沙巴州拘留营的条件进行沟通,"与美国的安排是两回事"。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["ID"],
      people: { value: 80, approx: true },
      departure: ["亚利桑那州梅萨"],
      arrival: ["苏加诺—哈达国际机场"],
      date: "2026-01-21",
    },
  },
  {
    id: "h11c-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國把移民送到盧安達?首批十五人已抵吉佳利",
    published: "2025-08-08",
    text: `美國與盧安達今年稍早達成的第三國移民安置協議,本週正式啟動。盧安達政府副發言人穆加貝週四證實,首批由美國送來的移民已於本週三抵達首都吉佳利,目前安置在市郊一處由國際組織協助管理的宿舍。

「這批人包括七名南蘇丹人、五名伊拉克人和三名葉門人,他們都是自願接受在盧安達重新開始生活的安排。」穆加貝在記者會上說,並強調盧安達「不會接收有嚴重暴力犯罪紀錄的人」。

美國國土安全部未公開這次航班的起飛地點。根據協議,盧安達最多可接收兩百五十人,美方則提供職業培訓和醫療方面的資金,金額未對外公布。

人權觀察組織批評,這些人在登機前「幾乎沒有機會向法官說明自己的處境」。另一方面,英國前政府當年擬將庇護申請者送往盧安達的計畫,最終在國內法院阻擋下胎死腹中,也讓外界對這次安排格外關注。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["SS", "IQ", "YE"],
      people: { value: 15, approx: false },
      departure: [],
      arrival: ["吉佳利"],
      date: "2025-08-06",
    },
  },
  {
    id: "h11c-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国遣返航班先后降落伊斯兰堡和达卡 共遣返一百四十三人",
    published: "2025-04-24",
    text: `【加国无忧综合报道】美国移民及海关执法局(ICE)上周六执行了一次南亚方向的遣返飞行,一架租用的宽体客机从得克萨斯州埃尔帕索起飞,先后降落巴基斯坦首都伊斯兰堡和孟加拉国首都达卡。

据两国官方通报,这次共遣返一百四十三人,其中九十一名巴基斯坦籍人士在伊斯兰堡下机,其余五十二名孟加拉国籍人士在达卡下机。巴基斯坦联邦调查局(FIA)表示,已对其中十一人启动调查,怀疑他们与人口走私网络有关。

孟加拉国外交部一名官员说:"我们事先收到了名单,并核实了每一个人的身份。"

对加拿大华人读者而言,这类消息并不陌生。加拿大边境服务局(CBSA)数据显示,加拿大2024年共遣返约一万六千人,创近十年新高,但几乎全部通过商业航班执行。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PK", "BD"],
      people: { value: 143, approx: false },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["伊斯兰堡", "达卡"],
      date: "2025-04-19",
    },
  },
  {
    id: "h11c-zh-008",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "委內瑞拉宣布恢復接收美國遣返航班",
    published: "2026-02-06",
    text: `【中通社加拉加斯五日電】委內瑞拉政府四日宣布,恢復接收由美國遣返委內瑞拉公民的包機航班,並表示首班航機將在「未來數日內」抵達。委國此前於去年底以「美方單方面制裁」為由,中止了與美國的遣返合作。

委內瑞拉外交部在聲明中說,恢復合作是「基於保護海外同胞的人道考慮」,並要求美方保障被遣返者在移交前的基本權利。據估計,目前在美國收容設施內等待遣返的委內瑞拉人約有數千人。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-04",
    },
  },
  {
    id: "h11c-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "中美执法合作 一批非法移民被遣返抵达温州",
    published: "2025-12-05",
    text: `新华社杭州12月5日电 记者从浙江省公安厅获悉,12月3日,一架美方包机载着五十余名非法滞留美国的中国籍人员降落温州龙湾国际机场。出入境边防检查机关依法对上述人员进行了身份核查,并移交其户籍所在地公安机关。

据介绍,这批人员大多来自温州、丽水、青田等地,部分人员涉嫌组织他人偷越国(边)境等违法犯罪,公安机关已依法开展调查。

公安部有关负责人表示,中方一贯坚决反对和打击任何形式的非法移民活动,愿同包括美方在内的各国加强移民执法合作。今年以来,公安部已会同有关国家累计接收被遣返的非法移民逾千人。

浙江警方提醒广大群众,切勿轻信"网上代办出国打工"等虚假宣传,以免上当受骗、人财两空。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 50, approx: true },
      departure: [],
      arrival: ["温州龙湾国际机场"],
      date: "2025-12-03",
    },
  },
  {
    id: "h11c-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "他以为会被送回加拉加斯 却在萨尔瓦多下了飞机",
    published: "2025-05-23",
    text: `【世界日报休斯敦讯】周二深夜,住在休斯敦西南区的玛丽莎接到一通陌生号码打来的电话。电话那头是她的丈夫若泽,声音沙哑:"我不在委内瑞拉,我在萨尔瓦多。"这是他被移民局带走十一天后,她第一次听到他的声音。

若泽是本周二从得州哈林根起飞的一架遣返包机上的乘客之一。据萨尔瓦多政府事后公布的消息,这架飞机降落在罗梅罗大主教国际机场,机上近九十人全部是委内瑞拉和尼加拉瓜公民,没有一名萨尔瓦多人。

萨尔瓦多司法部长在社交媒体上写道,这些人将"在本国设施中接受安置,直至另有安排"。美国国土安全部则称,他们的原籍国"拒绝或拖延接收",因此只能送往愿意接收的第三国。

休斯敦华人律师事务所的移民律师黄嘉怡表示,近期亦有华人客户收到可能被送往第三国的书面通知。"以前大家只担心被遣返回国,现在连要去哪个国家都不知道。"`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: ["VE", "NI"],
      people: { value: 90, approx: true },
      departure: ["得州哈林根"],
      arrival: ["罗梅罗大主教国际机场"],
      date: "2025-05-20",
    },
  },
  {
    id: "h11c-zh-011",
    lang: "zh",
    style: "near-miss",
    title: "入境處租專機遣返二十六名越南籍非法入境者",
    published: "2025-10-02",
    text: `入境事務處昨日(十月一日)執行大規模遣送行動,租用專機將二十六名越南籍非法入境者遣返越南河內。該批人士包括十七名男子及九名女子,全部曾在香港提出免遣返聲請但不獲確立,其中八人曾因干犯刑事罪行被判監。

入境處表示,已派員乘搭同一專機執行押解任務,人員於完成任務後當日返港。入境處會繼續與主要來源國政府及航空公司保持聯繫,盡快將聲請不獲確立人士遣離香港。

今年首九個月,入境處共遣送約一千九百名免遣返聲請不獲確立人士離港,較去年同期上升約一成。`,
    expect: { relevant: false },
  },
  {
    id: "h11c-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "中国警方包机将一百零八名电诈犯罪嫌疑人从柬埔寨押解回国",
    published: "2026-03-13",
    text: `记者从公安部获悉,3月11日,在中柬两国执法部门密切配合下,一百零八名电信网络诈骗犯罪嫌疑人被我公安机关从柬埔寨西哈努克港押解回国,包机于当晚降落杭州萧山国际机场。

据介绍,这批犯罪嫌疑人涉及案件三百余起,涉案金额逾二亿元人民币。公安部刑侦局负责人表示,此次押解是今年以来规模最大的一次境外电诈嫌疑人集中遣返行动。

去年以来,公安部先后从缅甸、老挝、菲律宾等国押解电诈犯罪嫌疑人数千名。公安机关将继续深化国际执法合作,坚决铲除境外电诈窝点。`,
    expect: { relevant: false },
  },
  {
    id: "h11c-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "移民署專案遣返六十二名失聯移工 包機自桃園飛雅加達",
    published: "2025-01-23",
    text: `內政部移民署今天表示,為加速處理收容人數偏高的問題,移民署昨天以專案包機方式,將六十二名在台逾期居留的印尼籍失聯移工從桃園國際機場遣送回雅加達,這是移民署今年第一次以包機執行遣返。

移民署北區事務大隊指出,這批人多數在台逾期停留一至三年,主要在中南部從事看護及農業工作,其中五人另涉及刑案,已於服刑期滿後一併遣送。

移民署統計,去年全年共遣返外來人口約一萬一千人,其中越南籍最多,其次為印尼、菲律賓及泰國籍。移民署呼籲雇主切勿非法聘僱失聯移工,違者最高可處新台幣七十五萬元罰鍰。`,
    expect: { relevant: false },
  },
  {
    id: "h11c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "日本入管厅包机遣返四十余名斯里兰卡籍滞留者",
    published: "2026-07-30",
    text: `【东京综合报道】日本出入国在留管理厅28日宣布,已于当天使用包机,将四十余名非法滞留日本的斯里兰卡籍人员从成田机场遣返科伦坡。这是日本自2023年修订《出入国管理法》以来,第三次以包机方式集中遣返同一国籍的人员。

入管厅官员表示,这批人当中有多人曾三次以上申请难民认定未获批准。根据修订后的法律,第三次申请起原则上不再停止遣返程序。

日本律师联合会对此表示关切,认为部分人在日本已有家庭和子女。去年日本共强制遣返外国人约七千三百人,其中以越南、中国和泰国籍居多。`,
    expect: { relevant: false },
  },
  {
    id: "h11c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "美國移民法庭積案破三百七十萬宗 上訴庭裁定須保障聆訊權",
    published: "2025-06-20",
    text: `【本報綜合外電】美國司法部轄下的移民審查執行辦公室(EOIR)最新數據顯示,全國移民法庭待審案件已突破三百七十萬宗,平均每名法官手上積壓逾五千宗案件,一宗庇護案從立案到判決往往需時四年以上。

與此同時,聯邦第九巡迴上訴法院本週三裁定,移民當局不得在未給予當事人出庭機會的情況下,僅憑書面程序下達遞解令。判詞指出,「效率不能凌駕於正當程序之上」。司法部表示正研究是否上訴至最高法院。

在積案當中,中國籍申請人的庇護案件約有十二萬宗,主要集中在紐約和三藩市的移民法庭。移民律師指出,近月不少華人當事人的聆訊日期已被排到二○二九年以後。`,
    expect: { relevant: false },
  },
  {
    id: "h11c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "圣地亚哥边境一夜拘捕三十余名中国移民 部分人被步行遣送回提华纳",
    published: "2026-10-15",
    text: `【本报洛杉矶讯】美国海关与边境保护局(CBP)圣地亚哥分区本周一通报,边境巡逻队周日夜间在杰库巴附近的山区拘捕了三十余名中国籍移民,其中包括四名儿童。这些人据称是在墨西哥一侧的蛇头带领下,从边境墙的缺口钻入美国境内。

CBP称,其中十九名成年人经简短面谈后,当晚即被步行送回圣伊西德罗口岸另一侧的提华纳,其余人员则被转送至奥泰梅萨拘留中心,等待进一步处理。

一名在提华纳接待所做义工的华人牧师说:"他们很多人身上只剩下一部手机,有的连鞋都跑丢了。"据他介绍,接待所近一个月来收留的中国籍移民已超过两百人。

CBP数据显示,本财年截至目前,圣地亚哥分区拘捕的中国籍移民较上年同期下降约四成。`,
    expect: { relevant: false },
  },
  {
    id: "h11c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "美國擴大簽證保證金試點 台灣旅客是否受影響?",
    published: "2024-12-11",
    text: `美國國務院週二公告,將把「商務及觀光簽證保證金」試點計畫擴大至另外十二個國家,申請人最高須繳交一萬五千美元保證金,若依規定按期離境即可全額退還。名單以非洲及中亞國家為主,包括烏茲別克、吉爾吉斯及數個西非國家。

外交部領事事務局表示,台灣屬美國免簽證計畫(VWP)成員,國人以ESTA赴美觀光或商務不受影響。但領務局提醒,持旅遊簽證逾期停留者,日後申請簽證恐遭拒絕,甚至可能被列入禁止入境名單。

據美方統計,二○二三財年台灣旅客的簽證逾期停留率僅約百分之○.四,遠低於許多國家。旅行業者表示,寒假赴美團體的報名情況大致正常。`,
    expect: { relevant: false },
  },
  {
    id: "h11c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "早报简讯:本地、区域要闻一览",
    published: "2025-09-05",
    text: `【本地】陆路交通管理局宣布,汤申—东海岸地铁线第五阶段将于明年第二季通车,沿线新增两个站。

【区域】马来西亚移民局昨天以包机方式,将一百五十六名缅甸籍非法入境者从吉隆坡国际机场遣返仰光。移民局总监表示,这是今年第五次集中遣返缅甸籍人士,全国各扣留站目前仍关押约一万两千名外籍人士。

【国际】美国总统在白宫接见日本首相,双方就关税和半导体合作交换意见。

【天气】气象署预计,未来两周午后将有雷阵雨,部分日子气温可达三十四摄氏度。`,
    expect: { relevant: false },
  },
  {
    id: "h11c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "墨西哥包机遣返一批中国籍人员 航班抵达上海浦东",
    published: "2025-11-28",
    text: `【综合报道】墨西哥国家移民局本周三发布消息称,该局当天派出包机,将六十七名在墨西哥境内被查获的中国籍非法移民遣返中国,航班于当地时间周四清晨降落上海浦东国际机场。

墨方表示,这些人大多是在前往美墨边境途中,于恰帕斯州和瓦哈卡州被拦截的,他们原计划从北部城市蒂华纳进入美国。墨西哥近两年加强了对过境移民的拦截,今年以来已遣返各国移民逾五万人。

中国驻墨西哥大使馆表示,中方始终坚决反对非法移民活动,并提醒中国公民切勿通过"走线"等非法方式前往第三国。`,
    expect: { relevant: false },
  },
  {
    id: "h11c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "評論:遣返數字背後,是一個個被拆散的家庭",
    published: "2026-04-09",
    text: `每隔一段時間,美國國土安全部就會發布一份新聞稿,宣布又有多少「非法外國人」被送離美國。數字越來越大,字眼越來越硬,彷彿每一個數字只是一份報表上的格子。

但對洛杉磯、紐約或休斯敦的移民家庭來說,那些數字意味著餐桌旁空出來的椅子。去年,美國的遣返總數據稱超過三十萬人;中美洲、南美洲乃至亞洲,都有人在機場領回一個多年未見、卻又突然回來的親人。

筆者並不否認國家有權管理邊境。問題是,當遣返變成一種政治表演,當第三國成為「無處可去者」的終點,法律程序就很容易淪為走過場。一個健全的移民制度,應該讓當事人至少有機會在法官面前把話說完。

(作者為旅美移民法研究者,文章僅代表個人觀點)`,
    expect: { relevant: false },
  },
  {
    id: "h11c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "Deportees from US arrive at Fua'amotu after stop in Nadi",
    published: "2025-07-17",
    text: `NUKU'ALOFA — Twelve Tongan men deported from the United States arrived at Fua'amotu International Airport on Tuesday evening aboard a chartered jet that had earlier stopped in Fiji, police have confirmed.

The aircraft, operated for US Immigration and Customs Enforcement, left Honolulu and touched down first at Nadi International Airport, where seven Fijian nationals were handed over to Fiji immigration officers, before continuing to Tonga.

Police spokesperson Inspector Maka Tu'ipulotu said the twelve men were processed at the airport and released to family members who had been waiting outside since the afternoon. "Some of them have not seen Tonga since they were children," he said. "Our job is to make sure they are met by someone."

Figures released by the Ministry of Justice earlier this year show Tonga received 58 deportees in 2024 from the United States, New Zealand and Australia combined, up from 41 the year before. Community groups have repeatedly asked the government for a reintegration programme with housing and job training.

A reintegration conference planned for Nuku'alofa in September is expected to bring together officials from the US Embassy in Suva and church leaders from across the kingdom.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TO", "FJ"],
      people: { value: 19, approx: false },
      departure: ["Honolulu"],
      arrival: ["Nadi International Airport", "Fua'amotu International Airport"],
      date: "2025-07-15",
    },
  },
  {
    id: "h11c-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "DFA: 36 Filipinos on US deportation charter due at NAIA Saturday",
    published: "2026-05-21",
    text: `MANILA — Thirty-six Filipinos ordered removed from the United States are scheduled to arrive at the Ninoy Aquino International Airport on Saturday aboard a charter flight arranged by US immigration authorities, the Department of Foreign Affairs (DFA) said on Thursday.

In a statement, DFA Undersecretary for Migrant Affairs Leonora Bautista-Cruz said the flight would leave from Alexandria, Louisiana, and that welfare officers from the Overseas Workers Welfare Administration would be on hand to provide transport, food packs and temporary shelter to those who need it.

"Most of them overstayed their visas or were working without papers. A handful have criminal records, and we are coordinating with the PNP on those cases," Bautista-Cruz said.

The DFA estimates that some 350,000 Filipinos live in the United States without legal status. Since January, about 190 Filipinos have been sent home individually on commercial flights, the department added, making this the first group charter to Manila this year.

Lawmakers from the House committee on overseas workers have called for a hearing on how the government tracks returnees after they leave the airport.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["PH"],
      people: { value: 36, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Ninoy Aquino International Airport"],
      date: "2026-05-23",
    },
  },
  {
    id: "h11c-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Another US deportation flight brings Indians home; families wait through the night in Delhi",
    published: "2025-02-20",
    text: `NEW DELHI: Outside Terminal 3, Harjeet Kaur held a plastic bag with a shawl and a flask of tea, the only things she had thought to bring. Her nephew, she had been told, was on the plane. "He left in 2023 with an agent who took 45 lakh rupees from us," she said. "Now he is coming back with nothing."

Her nephew was one of more than 150 Indian nationals who were on board a US government charter that departed from Texas and landed at Indira Gandhi International Airport. Officials of the Bureau of Immigration said most of the returnees were from Punjab, Haryana and Gujarat, and that all were allowed to leave after questioning.

The external affairs ministry said it had verified the nationality of every person on the flight in advance. A ministry spokesperson said India "stands ready to take back its citizens who are found to be staying illegally abroad", while urging the US to ensure they were treated with dignity during the journey.

The aircraft touched down at around 11.40 pm on Wednesday, nearly three hours behind schedule, according to airport staff. It was the third such flight this month.

Police in Punjab have registered cases against at least 27 travel agents accused of sending young men on the so-called "donkey route" through Central America.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 150, approx: true },
      departure: ["Texas"],
      arrival: ["Indira Gandhi International Airport"],
      date: "2025-02-19",
    },
  },
  {
    id: "h11c-en-004",
    lang: "en",
    style: "wire",
    title: "Uzbekistan takes in Central Asian men deported by US in third-country deal",
    published: "2026-06-26",
    text: `TASHKENT - A US deportation flight carrying 64 Kazakh, Kyrgyz and Tajik men landed in Tashkent on Thursday, Uzbekistan's foreign ministry said, in the first use of an agreement under which the Central Asian country accepts deportees who are not its citizens.

The ministry said the men would be held at a facility near the capital for up to 30 days while Uzbek authorities arranged onward travel by land to their home countries, which border Uzbekistan. The US had cited delays in obtaining travel documents from the men's own governments.

Washington has signed similar arrangements with several countries in Central America and Africa this year. It has not disclosed what Uzbekistan receives in return, though officials in Tashkent have spoken of expanded visa quotas for Uzbek workers.

Kazakhstan's foreign ministry said it had not been consulted. "Our citizens can be returned to Almaty directly, as they have been many times before," a spokesman said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      nationalities: ["KZ", "KG", "TJ"],
      people: { value: 64, approx: false },
      departure: [],
      arrival: ["Tashkent"],
      date: "2026-06-25",
    },
  },
  {
    id: "h11c-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "Cabinet says no to US request to house other nations' deportees",
    published: "2025-08-29",
    text: `APIA — Samoa will not accept people from other countries deported by the United States, Cabinet decided on Wednesday, rejecting a request from Washington to take in third-country deportees in return for development assistance.

The Prime Minister's press secretary, Tuilagi Fa'amausili, said the government would continue to receive Samoan citizens removed from the US "as we always have", but that the country did not have the facilities or the mandate to hold foreigners on another government's behalf.

"We are a small island nation. We look after our own, and we expect others to do the same," she said.

The US Embassy in Apia declined to comment on the details of the request. Officials said Tonga, Palau and Vanuatu had received similar approaches.

According to immigration figures tabled in Parliament last year, 31 Samoans were deported from the United States between 2020 and 2024, most after serving prison sentences.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["WS"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-27",
    },
  },
  {
    id: "h11c-en-006",
    lang: "en",
    style: "radio-bulletin",
    title: "Pacific news bulletin, Thursday",
    published: "2026-09-10",
    text: `Good evening. Here is the Pacific news.

Palau's immigration office says a US removal flight carrying eight men landed at Roman Tmetuchl International Airport on Tuesday. Acting immigration director Ngiraked Olkeriil told us the men are not Palauans. "They are citizens of Vietnam, Laos and China, and they will stay in government housing while we talk to their embassies," he said. It is the first flight under the arrangement Palau signed with Washington last year.

In Fiji, the finance minister has confirmed the budget will be read a week later than planned, on the 26th.

Australia has deported another New Zealander under its character test, the third this month. The man, who had lived in Queensland since he was four, was flown to Auckland on a commercial flight.

And in Papua New Guinea, a magnitude 5.9 earthquake was felt in Lae this morning. There are no reports of damage.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PW"],
      nationalities: ["VN", "LA", "CN"],
      people: { value: 8, approx: false },
      departure: [],
      arrival: ["Roman Tmetuchl International Airport"],
      date: "2026-09-08",
    },
  },
  {
    id: "h11c-en-007",
    lang: "en",
    style: "explainer",
    title: "Explainer: Why did the US fly dozens of people to Laos this week?",
    published: "2024-11-20",
    text: `What happened?
A chartered aircraft carrying 41 Lao nationals from the United States landed at Wattay International Airport on Monday, according to Laos' foreign ministry. The flight left from El Paso, Texas, and stopped to refuel in Guam.

Who was on board?
Mostly men in their forties and fifties who came to the US as children after the Indochina wars, according to community groups in Minnesota and California. Many had green cards that were revoked after criminal convictions.

Why now?
For years Laos issued travel documents only slowly, and Washington put visa restrictions on Lao officials in 2018 to push for faster cooperation. Diplomats say a working-level agreement reached this summer cleared a backlog of about 4,700 pending cases.

What about Cambodia and Vietnam?
Both have also accepted charter flights in the past, under their own arrangements. Hong Kong, separately, regularly repatriates Vietnamese nationals by charter, which is unrelated to the US programme.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["LA"],
      people: { value: 41, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Wattay International Airport"],
      date: "2024-11-18",
    },
  },
  {
    id: "h11c-en-008",
    lang: "en",
    style: "near-miss",
    title: "Australia charters plane to deport 32 New Zealanders under character test",
    published: "2026-04-09",
    text: `AUCKLAND — Thirty-two New Zealanders deported from Australia arrived at Auckland Airport on Tuesday on a chartered flight from Brisbane, in the largest single group removal across the Tasman in two years.

Australia's Home Affairs department said all had had their visas cancelled under section 501 of the Migration Act, which allows removal of non-citizens who fail a character test. New Zealand police said 14 of the returnees would be subject to supervision orders.

Prime Minister's office officials said they had raised concerns with Canberra about people who had spent most of their lives in Australia. Since 2014, more than 3,000 New Zealanders have been sent home under the policy.`,
    expect: { relevant: false },
  },
  {
    id: "h11c-en-009",
    lang: "en",
    style: "near-miss",
    title: "No deportees on US charter jet at Clark, BI says",
    published: "2025-11-28",
    text: `MANILA — The Bureau of Immigration (BI) on Friday denied social media posts claiming that a US government-chartered aircraft that landed at Clark International Airport on Wednesday was carrying Filipino deportees.

BI spokesperson Dana Sandoval-Reyes said the Boeing 737, which arrived from Guam, carried 96 US military personnel and civilian contractors taking part in joint exercises in Central Luzon. "There was not a single deportee on that flight. Everyone on board was American," she said.

The posts, shared thousands of times, showed a photo of the aircraft beside a line of buses. The BI said Filipinos removed from the US usually return on regular commercial flights, and are met by immigration officers at NAIA.

The bureau urged the public to check official channels before sharing such claims.`,
    expect: { relevant: false },
  },
  {
    id: "h11c-en-010",
    lang: "en",
    style: "near-miss",
    title: "Man deported from US arrested on arrival in Mumbai over visa fraud",
    published: "2025-01-23",
    text: `MUMBAI: A 38-year-old man from Anand in Gujarat who was deported from the United States was arrested by police at Chhatrapati Shivaji Maharaj International Airport on Tuesday, hours after he stepped off a commercial flight from Newark escorted by two US officers.

Police said Ketan Patel had travelled to the US in 2019 on a forged Canadian study permit arranged by an agent in Ahmedabad, who is already in custody. He had been held in a New Jersey detention centre since his arrest last year.

Officials said such individual removals on scheduled flights happen several times a week and are distinct from the group charters that have landed in Delhi and Amritsar.`,
    expect: { relevant: false },
  },
];
