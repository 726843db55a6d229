// Held-out news corpus no. 21 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT21C: CorpusArticle[] = [
  // ───────────────────────────── Chinese ─────────────────────────────
  {
    id: "h21c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方包机遣返一百零八名中国籍人员 航班本周二降落福州",
    published: "2025-03-14",
    text: `【海峡时讯网讯】美国国土安全部13日对外表示，一架由移民与海关执法局（ICE）安排的大型包机已于本周二将一百零八名中国籍人员遣返回国，航班降落在福州长乐国际机场。

据美方通报，这批人员均已被移民法官裁定最终遣返，其中多数是近两年经美墨边境非法入境者，另有少数为签证逾期滞留人员。包机从得克萨斯州起飞，途中在阿拉斯加安克雷奇短暂经停加油。

国土安全部发言人在声明中称，此次行动是双方在打击非法移民和人口走私方面开展合作的又一体现。声明没有透露包机的机型和费用。

福建当地一名参与接收工作的人士向本网透露，落地人员按程序接受了身份核查和健康检查，随后由户籍所在地派员接回。他说，被遣返者大多来自福清、长乐和连江一带。

这是自去年以来美方第五次以包机方式向中国遣返非法移民。此前几次航班的人数从数十人到一百余人不等。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 108, approx: false },
      departure: ["得克萨斯州"],
      arrival: ["福州长乐国际机场"],
      date: "2025-03-11",
    },
  },
  {
    id: "h21c-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返班機抵胡志明市 約130名越南人返國",
    published: "2025-06-20",
    text: `（南洋通訊社記者林佩瑜河內20日專電）越南公安部出入境管理局今天證實，一架美國移民暨海關執法局（ICE）包機18日下午降落胡志明市新山一國際機場，機上載有約130名遭美方遣返的越南公民。

越方官員表示，這批人員中有數十人曾在美國服刑，落地後由公安與衛生部門進行檢疫和身分核對，大部分人當晚即獲准返回家鄉。

根據美越兩國多年前簽署的遣返協議，早年抵美的部分越南人原則上不在遣返之列。越南外交部發言人在例行記者會上說，越方是「依據協議並在核實國籍後」接收公民。

據了解，這架包機前一天從路易斯安那州亞歷山大起飛，中途曾在關島加油。今年以來，美方已向越南派出至少四架類似班機。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 130, approx: true },
      departure: ["亞歷山大"],
      arrival: ["胡志明市"],
      date: "2025-06-18",
    },
  },
  {
    id: "h21c-zh-003",
    lang: "zh",
    style: "near-miss",
    title: "入境處租專機 遣返二十六名越南籍免遣返聲請不確立者",
    published: "2025-07-24",
    text: `【港聞速遞】入境事務處昨日（7月23日）執行遣送行動，租用專機將二十六名越南籍非法入境者遣返河內，當中包括十四名男子及十二名女子，年齡介乎二十至五十八歲。

入境處發言人表示，該批人士曾在香港提出免遣返聲請但不獲確立，部分人曾因干犯刑事罪行被判監，服刑期滿後被羈押候遣。入境處亦派員乘搭同一專機執行押解任務，確保行動安全順利。

發言人指出，今年首七個月入境處已執行九次同類遣送行動，合共遣離逾二百人。當局會繼續與主要來源國政府及航空公司保持聯繫，盡快將聲請不確立人士遣離香港。`,
    expect: { relevant: false },
  },
  {
    id: "h21c-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "卢旺达接收美国遣送的十一名第三国人员",
    published: "2025-09-02",
    text: `【非洲华侨周报综合报道】卢旺达政府发言人办公室周一发表声明说，一架美国政府安排的航班上周五抵达首都基加利，机上十一名被美方驱逐出境的人员均不是卢旺达公民。

声明称，这十一人分别来自索马里、厄立特里亚和也门。卢方将为他们提供临时住所、医疗和职业培训，并由国际移民组织协助评估其后续去向。声明没有说明航班从美国哪座城市起飞。

卢旺达与美国今年夏天签署协议，同意在逐案审核的前提下接收部分无法被遣返原籍国的人员。分析人士指出，这是协议生效后已知的第二批抵达者。

人权组织批评这一做法，认为当事人在美国没有获得充分机会就被送往第三国提出异议。美国国务院对此未予置评。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["SO", "ER", "YE"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["基加利"],
      date: "2025-08-29",
    },
  },
  {
    id: "h21c-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返包機抵新德里 逾一百五十名印度人返國",
    published: "2025-10-27",
    text: `【港島日報專訊】印度外交部發言人表示，一架美國國土安全部包機上週六清晨降落新德里英迪拉甘地國際機場，逾一百五十名印度籍人士被遣返回國，當中包括十多名女性。

據印度媒體引述機場消息，該航班由亞利桑那州梅薩起飛，途經西班牙加油後飛抵印度，全程超過二十小時。被遣返者大多來自旁遮普邦、哈里亞納邦及古吉拉特邦，落地後由各邦警方逐一核對身分。

發言人稱，印方一貫反對非法移民，凡經核實為印度公民者均會接收。他又透露，兩國正就另一批約三百人的名單進行核查。

反對派議員則批評，被遣返者在航程中全程戴上手銬，要求政府向美方交涉。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 150, approx: true },
      departure: ["梅薩"],
      arrival: ["新德里"],
      date: "2025-10-25",
    },
  },
  {
    id: "h21c-zh-006",
    lang: "zh",
    style: "near-miss",
    title: "美国土安全部公布财年数据：遣返人数创近年新高",
    published: "2025-12-18",
    text: `【环球速报讯】美国国土安全部本周公布的年度执法报告显示，在截至9月30日的2025财年，移民与海关执法局共将约三十一万人遣返出境，人数为近十年来最高。

报告称，遣返对象涉及一百七十多个国家，墨西哥、危地马拉和洪都拉斯位列前三。全年共执行逾一千七百架次国际遣返航班，比上一财年增加约四成。

报告同时披露，在被遣返者中，有刑事定罪记录者约占一半。移民权益团体质疑，政府为追求数字，大量拘押并无犯罪记录的长期居民。

国会预算办公室此前估计，维持目前的遣返规模，每年需要额外拨款数十亿美元。多名议员表示，将在明年初的拨款听证会上要求执法部门说明航班合同的开支。`,
    expect: { relevant: false },
  },
  {
    id: "h21c-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "委内瑞拉宣布恢复接收美国遣返航班",
    published: "2026-01-12",
    text: `【拉美观察网讯】委内瑞拉政府周六晚间发表公报，宣布将恢复接收从美国遣返的本国公民，此前相关航班已中断近两个月。

公报称，双方技术团队经过多轮磋商，就航班频次、人员身份核实以及落地后的安置程序达成一致，首批航班预计在未来数周内抵达，具体日期尚待确定。

委内瑞拉外交部一名官员说，政府将通过专门的返乡计划为返回者提供交通和基本生活帮助。他拒绝透露每班航班可搭载的人数。

美国方面尚未对此发表评论。去年以来，两国曾多次交替暂停和恢复遣返合作。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-10",
    },
  },
  {
    id: "h21c-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "美遣返包机经停阿拉木图飞塔什干 八十七名中亚移民被送返",
    published: "2026-02-13",
    text: `【美中时报记者周立衡综合报道】美国移民与海关执法局（ICE）一架遣返包机2月11日从新泽西州纽瓦克起飞，先后降落哈萨克斯坦阿拉木图和乌兹别克斯坦首都塔什干，将八十七名中亚籍人士送回原籍国。

据哈萨克斯坦外交部通报，机上有三十一名哈萨克斯坦公民在阿拉木图下机，其余五十六人为乌兹别克斯坦公民，在塔什干入境。两国均表示，这些人员此前已被美国移民法庭下达最终遣返令。

近年来，经南美转道墨西哥进入美国的中亚移民人数明显上升。纽约一位代理多起中亚客户案件的移民律师对本报说，不少当事人在庇护申请被驳回后随即被羁押，“从收到通知到上飞机，有的只有几天时间”。

乌兹别克斯坦移民署表示，返回者将获得就业咨询，部分人还可以申请政府提供的小额创业贷款。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KZ", "UZ"],
      people: { value: 87, approx: false },
      departure: ["纽瓦克"],
      arrival: ["阿拉木图", "塔什干"],
      date: "2026-02-11",
    },
  },
  {
    id: "h21c-zh-009",
    lang: "zh",
    style: "near-miss",
    title: "法拉盛男子遭移民局押解 搭民航班機遣返上海",
    published: "2024-11-22",
    text: `【北美僑聲報訊】一名在紐約法拉盛居住近十年的中國籍男子，日前在例行報到時被移民暨海關執法局（ICE）當場扣押，並於本週二由兩名探員押解，搭乘一班普通民航客機經舊金山轉機返回上海。

該男子的妹妹對本報表示，哥哥多年前庇護申請被拒，其後一直按規定定期報到，「沒想到這次去了就沒再回來」。她說，家人直到他登機前數小時才接到電話。

代理此案的律師指出，當事人雖已有最終遞解令，但曾提出重新審理動議，法院尚未作出裁決。律師批評執法部門「不等法院結果就急著送人走」。

移民局發言人回覆本報詢問時僅表示，該局依照聯邦法律執行遞解令，不會評論個別案件。`,
    expect: { relevant: false },
  },
  {
    id: "h21c-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返班機降落米納斯州 88名巴西人返國",
    published: "2025-04-09",
    text: `（寰宇新聞網聖保羅9日綜合外電）巴西外交部表示，一架載有88名巴西公民的美國遣返包機於週一晚間降落米納斯吉拉斯州貝洛奧里藏特的孔芬斯國際機場，這是今年以來第六架抵達巴西的同類班機。

巴西官員說，這批人員中有七名未成年人，是隨家長一同被遣返。聯邦警察在機場為每人辦理入境手續，人權部門則派員提供心理與法律協助。

班機從路易斯安那州起飛。今年初曾有遣返者抱怨在飛行途中遭上銬，引發巴西政府向美方抗議，此後兩國同意成立工作小組，檢討遣返程序。

巴西司法部一名官員表示，被遣返者多來自米納斯吉拉斯州和戈亞斯州，政府已安排巴士將他們送往各地。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 88, approx: false },
      departure: ["路易斯安那州"],
      arrival: ["貝洛奧里藏特"],
      date: "2025-04-07",
    },
  },
  {
    id: "h21c-zh-011",
    lang: "zh",
    style: "chinese-outlet",
    title: "两百余名亚洲移民被美方送至巴拿马 暂住首都酒店",
    published: "2025-02-15",
    text: `【中南美侨讯】巴拿马安全部长本周四在记者会上证实，一架美国军方运输机本周三降落巴拿马城托库门国际机场，机上两百余名被美国驱逐的移民均非巴拿马公民。

据巴方介绍，这批人主要来自中国、阿富汗、乌兹别克斯坦和伊朗，目前被临时安置在首都一家酒店，随后可能转往达连省的一处营地，等待国际移民组织安排回国或前往其他国家。

部长说，根据巴拿马与美国达成的谅解，美方承担全部费用，巴拿马只是“中转桥梁”。他表示，未来几周可能还会有两到三架类似航班。

据悉，这架飞机从得克萨斯州圣安东尼奥附近的一处空军基地起飞。有被安置者通过律师向媒体表示，担心回到原籍国后遭受迫害。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "AF", "UZ", "IR"],
      people: { value: 200, approx: true },
      departure: ["圣安东尼奥"],
      arrival: ["巴拿马城"],
      date: "2025-02-12",
    },
  },
  {
    id: "h21c-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "墨西哥从塔帕丘拉包机遣返一百四十名洪都拉斯移民",
    published: "2024-09-19",
    text: `【拉美华人报讯】墨西哥国家移民局周三发布消息，一架包机当天从恰帕斯州塔帕丘拉起飞，将一百四十名洪都拉斯籍移民送回圣佩德罗苏拉。这些人是在墨西哥南部被查获的，均未持有合法入境或居留证件。

移民局表示，今年以来已从南部边境地区以空运和陆路方式遣返中美洲移民数万人次，以减轻北部边境的压力。

洪都拉斯外交部在圣佩德罗苏拉机场设立接待点，为返回者提供食物和交通补助。一名回国的年轻人说，他原本计划穿越墨西哥前往美国，但在距危地马拉边境不远的地方就被拦下。

人权组织批评墨西哥当局在拘留中心关押移民的条件恶劣，呼吁在遣返前给予申请庇护的机会。`,
    expect: { relevant: false },
  },
  {
    id: "h21c-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: "孟加拉国称美方将派包机遣返约六十名公民",
    published: "2026-03-10",
    text: `【南亚快讯】孟加拉国外交部发言人周一表示，美国方面已通知达卡，一架载有约六十名孟加拉国公民的遣返包机预计于本月18日抵达达卡沙阿贾拉勒国际机场。

发言人说，这些人的国籍已由孟方驻美使领馆逐一核实，多数人是在过去两年内经中美洲陆路进入美国的。政府将在机场设立专门柜台，协助他们联系家人。

孟加拉国民间组织“归途援助中心”负责人指出，许多人出国前向中介支付了高达数百万塔卡的费用，返乡后背负沉重债务，呼吁政府提供再就业支持。

今年早些时候，美方曾通过商业航班分批遣返少量孟加拉国人，此次将是近年来首次以包机方式集中遣返。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["BD"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["达卡"],
      date: "2026-03-18",
    },
  },
  {
    id: "h21c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "美擴大旅行禁令 再有七國公民暫停入境",
    published: "2025-12-05",
    text: `（環球日報華盛頓4日綜合報導）白宮週四發布公告，宣布擴大旅行禁令範圍，再將七個國家的公民列入全面或部分暫停入境名單，新規定將於下週一生效。

公告稱，相關國家在身分資料共享、護照安全以及接收本國被遞解公民方面「配合不足」，因此被列入限制名單。已持有有效簽證者不受影響，但新簽證申請將暫停受理。

多個被點名國家的政府表示遺憾，其中一國外交部稱將召見美國大使要求說明。旅遊業者則擔心，禁令將衝擊明年在北美舉行的大型體育賽事期間的旅客往來。

移民律師提醒，受影響國家的綠卡持有人出境前應諮詢專業意見，以免返美時遭遇額外盤查。`,
    expect: { relevant: false },
  },
  {
    id: "h21c-zh-015",
    lang: "zh",
    style: "chinese-outlet",
    title: "厄瓜多尔本月第四架美国遣返航班抵达基多",
    published: "2025-05-30",
    text: `【拉美华人报讯】厄瓜多尔外交和人口流动部通报，一架来自美国的遣返航班本周二上午抵达基多马里斯卡尔·苏克雷国际机场，机上载有一百一十二名厄瓜多尔公民，其中包括十九名女性。

这是本月抵达厄瓜多尔的第四架美国遣返航班。据该部统计，今年1月至5月，已有三十余架次航班将约四千名厄瓜多尔人送回国内。

航班从得克萨斯州哈灵根起飞。厄方工作人员在机场为返回者提供饮水、食物和电话服务，并登记他们的就业意愿。

来自阿苏艾省的一名三十多岁男子对当地媒体说，他在新泽西州一家餐馆打工三年，上个月在上班途中被拘留，“连跟房东道别的机会都没有”。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 112, approx: false },
      departure: ["哈灵根"],
      arrival: ["基多"],
      date: "2025-05-27",
    },
  },
  {
    id: "h21c-zh-016",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "布基納法索拒當美國遣返「中轉站」",
    published: "2026-04-16",
    text: `【港島日報綜合報道】布基納法索外交部長週二在首都瓦加杜古表示，該國拒絕美國提出的要求，不會接收從美國遣返、但並非布國公民的第三國人士。

外長稱，美方曾在雙邊會談中提議，由布基納法索接收部分來自其他非洲國家的被驅逐者，並以放寬簽證限制作為交換。他形容這一建議「有損國家尊嚴」，強調布國只會依正常程序接收本國公民。

美國駐瓦加杜古大使館日前暫停了部分簽證服務。分析人士認為，此舉與雙方在遣返問題上的分歧有關。

近月來，已有數個非洲國家同意與美方合作接收第三國人士，但也有國家公開表示拒絕。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BF"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-14",
    },
  },
  {
    id: "h21c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "福州至纽约直航下月恢复 每周执飞三班",
    published: "2026-02-03",
    text: `【闽都财经讯】一家国内航空公司日前宣布，将于3月下旬恢复福州长乐国际机场至纽约肯尼迪国际机场的直飞航线，初期每周执飞三班，使用宽体客机。

航空公司相关负责人表示，福建是著名侨乡，旅美乡亲众多，探亲、留学和商务往来需求稳定，恢复直航可省去在上海或北京转机的麻烦。航线开通初期票价预计较转机航班略高。

业内人士分析，近年来美国移民执法趋严，侨乡赴美的出行结构有所变化，探亲和短期商务旅客比例上升。航空公司希望借助春季出行高峰提升客座率。

长乐机场方面透露，今年还计划新增两条东南亚航线，并扩建国际到达大厅。`,
    expect: { relevant: false },
  },
  {
    id: "h21c-zh-018",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国向赤道几内亚遣送六名非洲第三国人员 当地称出于人道考虑",
    published: "2025-08-21",
    text: `【非洲华侨周报讯】赤道几内亚政府新闻办公室发布消息称，本月19日，一架美国包机在马拉博国际机场降落，将六名被美国驱逐出境的非洲人士移交赤几方面。

消息称，这六人分别持有喀麦隆、中非共和国和刚果（金）国籍，他们在美国已服完刑期，但原籍国迟迟没有签发旅行证件。赤几方面表示接收他们是“出于人道考虑”，并将协助他们返回各自国家。

美国国土安全部在回复本报询问时仅表示，该部“依法将没有合法身份的外国人移送至愿意接收的国家”，没有确认航班细节。

一名在马拉博经营建材生意的华商说，当地对此事议论不多，“大家更关心的是油价和签证”。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GQ"],
      nationalities: ["CM", "CF", "CD"],
      people: { value: 6, approx: false },
      departure: [],
      arrival: ["马拉博"],
      date: "2025-08-19",
    },
  },
  {
    id: "h21c-zh-019",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返包機飛抵第比利斯 四十名喬治亞人返國",
    published: "2024-06-14",
    text: `（環球日報記者陳柏宏綜合報導）喬治亞內政部13日證實，一架美國移民暨海關執法局（ICE）包機當天抵達首都第比利斯國際機場，機上四十名喬治亞公民遭美方遣返。

內政部聲明指出，這批人大多在過去一年經墨西哥邊境非法入境美國，庇護申請均遭駁回。他們落地後接受身分查驗，無人遭到拘留。

據了解，包機自德州艾爾帕索起飛。喬治亞官方說，這是今年第二架從美國直接飛抵的遣返班機。

喬治亞近年赴美人數激增，許多人先飛往南美，再一路北上。當地一名人權律師表示，部分被遣返者在美國已有家庭，「這樣的分離對孩子影響很大」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 40, approx: false },
      departure: ["艾爾帕索"],
      arrival: ["第比利斯"],
      date: "2024-06-13",
    },
  },
  {
    id: "h21c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "联邦法官裁定：向第三国遣送前须给予当事人申辩机会",
    published: "2025-11-14",
    text: `【美中时报讯】波士顿一名联邦地区法官周四作出裁决，要求联邦政府在将移民遣送至其原籍国以外的第三国之前，必须以书面形式告知当事人，并给予至少十五天时间提出可能遭受酷刑或迫害的主张。

法官在长达六十多页的判决书中写道，程序上的基本保障“不能因为执法效率而被省略”。司法部表示将提出上诉。

与此同时，全国移民法庭积压案件已超过三百七十万宗，许多庇护申请人要等待数年才能获得首次听证。一名在纽约执业的华裔移民律师对本报说，积压让当事人长期处于不确定状态，“有人等了五年，还没见过法官”。

律师建议，收到遣送通知的移民应尽快联系代理律师，确认自己是否符合申请暂缓遣送的条件。`,
    expect: { relevant: false },
  },

  // ───────────────────────────── English ─────────────────────────────
  {
    id: "h21c-en-001",
    lang: "en",
    style: "wire",
    title: "U.S. removal flight drops off deportees in Dakar and Nouakchott",
    published: "2025-11-06",
    text: `DAKAR, Senegal (Sahel Wire) — A U.S. Immigration and Customs Enforcement charter landed at Blaise Diagne International Airport outside Dakar on Tuesday, where forty-one Senegalese men stepped off under the watch of national police.

The same aircraft then flew on to Nouakchott, the Mauritanian capital, where another 23 deportees disembarked, bringing the total removed on the flight to sixty-four, according to a Senegalese interior ministry official who asked not to be named because he was not authorized to speak publicly.

The plane had left Alexandria, Louisiana, late on Monday, the official said. Most of those on board had entered the United States through Nicaragua and Mexico in 2023 and 2024, a route that became popular among West African migrants after airlines began selling cheap multi-leg tickets.

Mame Diarra Touré, who runs a reintegration program in the Dakar suburb of Pikine, said her staff met the group with food and phone cards. "Some of them left with debts of several million CFA francs," she said. "Coming back empty-handed is very hard for the families."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN", "MR"],
      people: { value: 64, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Dakar", "Nouakchott"],
      date: "2025-11-04",
    },
  },
  {
    id: "h21c-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Deportees from US arrive at Norman Manley, met by reintegration officers",
    published: "2024-10-03",
    text: `KINGSTON — Thirty-one men and six women deported from the United States arrived at the Norman Manley International Airport yesterday on a chartered flight, the Ministry of National Security has confirmed.

The returnees were processed by immigration and police personnel before being handed over to officers of the Reintegration Support Unit, who provided them with care packages and transport allowances to reach their home parishes.

A senior ministry official told the Island Record that the majority had been living in Florida, Georgia and New York, and that several had been in the US for more than two decades. "Some of these people left Jamaica as small children," he said. "They have no one here."

The official said the Government continues to engage Washington on advance notice of criminal records, so that parish police are not caught off guard. Deportation charters from the United States arrive roughly once a month, he added.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 37, approx: false },
      departure: [],
      arrival: ["Norman Manley International Airport"],
      date: "2024-10-02",
    },
  },
  {
    id: "h21c-en-003",
    lang: "en",
    style: "near-miss",
    title: "Austria charters flight to return 38 Nigerians after asylum rejections",
    published: "2025-09-11",
    text: `VIENNA (Danube Press) — Austrian authorities deported 38 Nigerian nationals on a chartered flight from Vienna to Lagos on Wednesday, the interior ministry said, in what it described as a joint operation coordinated with the European Union's border agency.

All of those on board had exhausted their appeals against asylum rejections, according to a ministry spokesman, Lukas Brandstetter. Police officers and a medical team accompanied the group, and an independent monitor from a human rights body was present on the aircraft.

The operation is the third of its kind from Austria this year. Officials in Vienna have said they want to increase the number of returns to West Africa, and they credit improved cooperation with Nigerian consular staff in identifying nationals.

Refugee advocates criticized the timing, saying at least two of the deportees had pending applications for residence on humanitarian grounds.`,
    expect: { relevant: false },
  },
  {
    id: "h21c-en-004",
    lang: "en",
    style: "dhs-release",
    title: "ICE removes 163 Colombian nationals on charter flight",
    published: "2025-08-14",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement's Enforcement and Removal Operations (ERO) removed 163 Colombian nationals on August 12 aboard a charter flight from El Paso, Texas, to Bogotá, Colombia.

Among those removed were individuals with prior convictions for drug trafficking, assault and driving under the influence, as well as individuals who were encountered at the southwest border and ordered removed by an immigration judge.

"Every removal flight reflects the hard work of our officers and the close cooperation of our foreign partners," said ERO El Paso Field Office Director Renata Holloway. "We will continue to enforce final orders of removal issued by the nation's immigration courts."

ERO has conducted more than 40 removal flights to Colombia so far this fiscal year. ICE works with the Department of State and foreign governments to obtain travel documents and coordinate removals worldwide.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 163, approx: false },
      departure: ["El Paso"],
      arrival: ["Bogotá"],
      date: "2025-08-12",
    },
  },
  {
    id: "h21c-en-005",
    lang: "en",
    style: "wire",
    title: "Costa Rica takes in nearly 200 migrants from Asia and former Soviet states deported by US",
    published: "2025-03-22",
    text: `SAN JOSÉ, Costa Rica (Isthmus News Service) — A U.S. flight carrying nearly 200 deported migrants, none of them Costa Rican, landed at Juan Santamaría International Airport on Thursday afternoon, the country's migration directorate said.

The passengers came from Russia, Kazakhstan, China, Afghanistan and Armenia, among other countries, deputy migration director Esteban Quirós told reporters. They were taken by bus to a temporary migrant care center near the Panamanian border, where they will remain while the International Organization for Migration arranges their return home or resettlement elsewhere.

Costa Rica agreed last month to serve as a "bridge" for people whose home countries are slow to accept deportation flights directly from the United States, with Washington covering all costs. The plane left San Diego early Thursday, according to flight-tracking data reviewed by the agency.

Lawyers for several of the migrants say their clients were never told where they were being sent. "They boarded thinking they were going home," said attorney Valeria Montoya, who represents a family of four from Armenia.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["RU", "KZ", "CN", "AF", "AM"],
      people: { value: 200, approx: true },
      departure: ["San Diego"],
      arrival: ["Juan Santamaría International Airport"],
      date: "2025-03-20",
    },
  },
  {
    id: "h21c-en-006",
    lang: "en",
    style: "near-miss",
    title: "Immigration court backlog tops 3.6 million cases as judges retire",
    published: "2024-12-10",
    text: `The number of cases pending before the nation's immigration courts has climbed past 3.6 million, according to new figures from the Justice Department's Executive Office for Immigration Review, as a wave of judge retirements leaves some courtrooms unstaffed.

In Houston and Newark, respondents who file for asylum today are being scheduled for hearings in 2029 or later, attorneys say. "My clients are told to come back in five years, and in the meantime their lives are on hold," said Priya Ramaswamy, a lawyer with a legal aid group in New Jersey.

The agency hired more than 100 new judges over the past two years, but retirements and resignations have offset most of the gains. A bill to fund 300 additional judgeships has stalled in Congress.

Analysts note that the backlog also slows removals: people cannot be deported until their cases are resolved, and many wait in detention or under supervision for years.`,
    expect: { relevant: false },
  },
  {
    id: "h21c-en-007",
    lang: "en",
    style: "wire",
    title: "Cuba says it will again accept monthly US deportation flights",
    published: "2026-05-19",
    text: `HAVANA (Caribbean Wire) — Cuba's Interior Ministry said on Monday that it would resume accepting monthly deportation flights from the United States, ending a suspension that had lasted since late last year.

In a statement read on state television, the ministry said the decision followed "technical talks" with U.S. officials and was consistent with migration accords signed by the two countries. It did not say when the first flight would arrive or how many people it would carry.

The ministry had halted the flights, citing fuel shortages and the strain on reception centers. U.S. officials had complained that thousands of Cubans with final removal orders were being held in detention because their country would not take them back.

Cuban migration expert Ileana Rabelo said the announcement was likely tied to broader negotiations. "Havana rarely gives something without asking for something in return," she said.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CU"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-05-18",
    },
  },
  {
    id: "h21c-en-008",
    lang: "en",
    style: "us-local",
    title: "ICE flight carries 52 Haitians from Miami as advocates protest",
    published: "2024-04-19",
    text: `MIAMI — A chartered Immigration and Customs Enforcement flight carrying fifty-two Haitian nationals took off from Miami International Airport on Thursday morning bound for Cap-Haïtien, in northern Haiti, the agency confirmed.

It was the first removal flight to Haiti in several weeks. Flights to Port-au-Prince have been on hold because gang violence has repeatedly closed the capital's main airport, so ICE has shifted removals to the northern city.

About two dozen protesters gathered outside the airport's cargo area before dawn, holding signs calling for a halt to deportations. "We are sending people back into a country where armed groups control the roads," said Rev. Jean-Baptiste Ferrand, pastor of a Little Haiti congregation.

An ICE spokesperson said everyone on board had a final order of removal and that the agency "continues to assess conditions in Haiti." Haitian officials in Cap-Haïtien said the returnees would receive a small cash grant and a hygiene kit.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 52, approx: false },
      departure: ["Miami International Airport"],
      arrival: ["Cap-Haïtien"],
      date: "2024-04-18",
    },
  },
  {
    id: "h21c-en-009",
    lang: "en",
    style: "near-miss",
    title: "Charter carrier's profit jumps on government contracts",
    published: "2026-01-29",
    text: `Northstar Aviation Group, a charter airline based in Tulsa, Oklahoma, reported fourth-quarter net income of $14.2 million on Wednesday, more than double a year earlier, as demand from sports teams, tour operators and government agencies kept its fleet busy.

Chief executive Dana Whitcombe told analysts that government work, including flights for federal immigration authorities, accounted for roughly a third of revenue. She declined to give details, citing confidentiality clauses in the contracts.

Shares rose 6 percent in afternoon trading. The company said it plans to add four narrow-body jets this year and is considering new routes to leisure destinations in Mexico and the Caribbean.

Some investors have raised concerns about reputational risk. A shareholder proposal asking the board to report on the human rights impact of its government charters will be voted on at the annual meeting in May.`,
    expect: { relevant: false },
  },
  {
    id: "h21c-en-010",
    lang: "en",
    style: "receiving-country-local",
    title: "Peru expects US deportation flight with about 130 citizens next month",
    published: "2026-02-20",
    text: `LIMA — Peru's foreign ministry said on Thursday that a U.S. government charter carrying about 130 Peruvian nationals is expected to land at Jorge Chávez International Airport in Lima on March 3.

The flight is scheduled to depart from Mesa, Arizona, the ministry said in a statement, and will be the first removal flight to Peru this year. Consular officials have already verified the identities of those on the list, most of whom entered the United States in the past three years.

The ministry said it would set up a reception area at the airport with staff from the national migration office, the labor ministry and the police. Returnees with outstanding arrest warrants in Peru will be handed over to the courts.

Rosa Huamán, whose son is expected to be on the flight, said the family had not spoken to him in two weeks. "We just want to know he is all right," she said.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["PE"],
      people: { value: 130, approx: true },
      departure: ["Mesa, Arizona"],
      arrival: ["Lima"],
      date: "2026-03-03",
    },
  },
];
