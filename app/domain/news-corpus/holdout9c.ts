// Held-out news corpus no. 9 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, other corpus files or
// docs/alerts.md). Every name, quote and number in these articles is invented; the outlets are styles,
// not real publications, and no sentence is copied from any real report.
import type { CorpusArticle } from "./types";

export const HOLDOUT9C: CorpusArticle[] = [
  {
    id: "h9c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "一批被美方遣返人员抵达福州",
    published: "2025-03-14",
    text: `记者从福建省出入境边防检查部门获悉,本月12日下午,一架由美国移民和海关执法局安排的包机降落在福州长乐国际机场,一百一十余名被美方遣返的中国籍人员随机抵达。边检、公安、卫健等部门在机场完成了身份核查和入境手续办理。

据介绍,此次被遣返人员大多来自福州、长乐、连江等地,年龄在十九岁至五十六岁之间,多数是近两年经第三国辗转偷渡赴美。省公安厅有关负责人表示,公安机关将依法对其中涉嫌组织、运送他人偷越国(边)境的人员开展调查,并提醒广大群众切勿轻信蛇头“包过境”的谎言。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 110, approx: true },
      departure: [],
      arrival: ["福州长乐国际机场"],
      date: "2025-03-12",
    },
  },
  {
    id: "h9c-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美第三國遣返擴及南美 14名亞洲籍移民送抵巴拉圭",
    published: "2025-11-20",
    text: `(中央通訊社記者傅啟明聖保羅19日綜合外電報導)巴拉圭內政部今天證實,一架美國政府租用的包機18日深夜降落在首都亞松森的西爾維奧·佩蒂羅西國際機場,機上14名被美國遣返的移民均非巴拉圭公民,其中6人為中國籍、5人為越南籍、3人為寮國籍。

巴拉圭內政部次長艾斯皮諾薩(Rodrigo Espinoza)在記者會上說,這些人將暫時安置在首都近郊的一處收容設施,「巴拉圭會在國際移民組織協助下,陪同他們申請返回原籍國或前往願意接納的國家」。他拒絕透露美方為此支付的金額。

根據一名代表其中兩名越南籍男子的美國律師說法,包機是從路易斯安那州亞歷山卓起飛,途中曾在巴拿馬短暫停留加油。這名律師說,他的當事人直到登機前幾小時才被告知目的地。

巴拉圭今年8月與華府簽署所謂「安全第三國」協議,是繼哥斯大黎加、巴拿馬之後,又一個接收非本國籍遣返者的拉丁美洲國家。美國國土安全部近來也陸續把數十名非洲與亞洲籍人士送往烏干達、盧安達等國。

巴拉圭反對派參議員羅梅羅(Lucía Romero)批評政府「把國家變成美國的候機室」,並要求內政部公開協議全文。(編輯:林佳蓉)1141120`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY"],
      nationalities: ["CN", "VN", "LA"],
      people: { value: 14, approx: false },
      departure: ["路易斯安那州亞歷山卓"],
      arrival: ["西爾維奧·佩蒂羅西國際機場"],
      date: "2025-11-18",
    },
  },
  {
    id: "h9c-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返包機飛抵胡志明市 約130越南人「兩手空空」返鄉",
    published: "2026-02-07",
    text: `【本報綜合報道】越南官方媒體引述胡志明市公安局消息指,美國一架遣返包機本周四抵達新山一國際機場,機上約一百三十名越南籍人士,是今年以來規模最大的一批由美國遣返的越南人。

報道指,包機由德州起飛,機上大部分人於一九九五年之後赴美,其中不少人在美國有刑事紀錄。越南外交部發言人在例行記者會上表示,越方「按照雙方二〇〇八年簽署的協議及後續安排」接收有關公民,並會核實每一人的身份。

一名在機場外等候的婦人向當地記者說,丈夫在加州生活了二十多年,「他落機時只有一個膠袋,裏面是幾件衫」。

據美國移民及海關執法局數字,上一個財政年度共有逾一千名越南人被遣返,數字較前年多出近一倍;同期被遣返回柬埔寨及老撾的人數亦有上升。香港亦有關注團體表示,部分在港越南裔人士擔心海外親屬會被波及。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 130, approx: true },
      departure: ["德州"],
      arrival: ["新山一國際機場"],
      date: "2026-02-05",
    },
  },
  {
    id: "h9c-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国拟下周包机遣返泰国籍人士 侨社关注",
    published: "2025-08-22",
    text: `本报讯 据两名知情的移民律师透露,美国移民和海关执法局(ICE)已通知部分被羁押的泰国籍当事人,一架遣返包机预定于本月28日从亚利桑那州梅萨起飞,直飞曼谷素万那普国际机场,机上预计载有约五十名泰国籍人士。

洛杉矶泰国城一家社区服务中心的负责人通猜说,这几天不断有家属上门询问,“很多人在这里住了十几年,孩子是美国公民,家里突然只剩下母亲一个人。”

ICE发言人在回复本报查询时表示,出于行动安全考虑,不会事先公布具体航班信息,但强调“所有被遣返者均已获得移民法官的最终遣返令”。

泰国外交部领事司此前表示,已与美方就身份核实保持沟通,抵达人员将由移民警察和社会发展与人类安全部共同接待。据统计,2024财年被美国遣返的泰国公民不足两百人,远低于被遣返的菲律宾、印度公民人数。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["TH"],
      people: { value: 50, approx: true },
      departure: ["亚利桑那州梅萨"],
      arrival: ["曼谷素万那普国际机场"],
      date: "2025-08-28",
    },
  },
  {
    id: "h9c-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "帛琉同意接收美國遣返第三國人士 總統府:限非暴力犯",
    published: "2025-09-03",
    text: `(本報記者許嘉文/綜合報導)台灣的太平洋友邦帛琉總統府2日發布新聞稿,宣布與美國簽署一份為期兩年的備忘錄,同意接收被美國下令遣返、但原籍國拒收或無法遣返的第三國籍人士。

新聞稿指出,帛琉每年最多接收75人,且僅限「無暴力犯罪紀錄者」,美方將提供住宿、職業訓練及醫療所需經費。帛琉總統府發言人恩吉拉(Maria Ngiraked)表示,這項安排「是基於與美國長久以來的自由聯繫關係」,帛琉將保有逐案審查的權利。

消息在帛琉國內引發討論。一名科羅(Koror)的商家受訪時說,帛琉人口不到兩萬人,「一下子多幾十個陌生人,大家心裡都會擔心」。

美國國務院稍早已與多個國家洽談類似安排,據了解包括中美洲的宏都拉斯、瓜地馬拉,以及非洲的盧安達等國。外交部對此表示,尊重友邦的主權決定。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PW"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-02",
    },
  },
  {
    id: "h9c-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "美包机先后飞抵乌兰巴托和阿拉木图 遣返五十名中亚及蒙古籍人士",
    published: "2026-04-16",
    text: `(本报乌兰巴托综合电)蒙古国外交部周三证实,美国移民及海关执法局本月13日安排的一架包机,先在乌兰巴托成吉思汗国际机场送下41名蒙古国公民,随后继续飞往哈萨克斯坦阿拉木图,移交另外9名哈萨克斯坦籍人士,整批遣返人数共50人。

蒙古外交部领事司长巴特巴雅尔说,这些公民多数持旅游或学生签证入境美国后逾期居留,“他们在美国没有犯罪记录,我们已安排家属到机场接人。”

哈萨克斯坦内务部移民局也在官网发文,表示9人入境时“一切正常”,其中两人因国内另有案件被带走问话。

分析人士指出,近年经由中美洲和墨西哥前往美国的中亚及蒙古移民明显增加。美国海关与边境保护局数据显示,2024财年在西南边境被拦截的蒙古籍人士超过三千人次,乌兹别克斯坦、塔吉克斯坦籍人数也创下新高。

新加坡国立大学一名研究中亚移民的学者认为,一架包机串联两个国家,“说明美方正在设法压低远程遣返的成本”。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MN", "KZ"],
      people: { value: 50, approx: false },
      departure: [],
      arrival: ["乌兰巴托成吉思汗国际机场", "阿拉木图"],
      date: "2026-04-13",
    },
  },
  {
    id: "h9c-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "柬埔寨恢复接收美国遣返人员 此前暂停近半年",
    published: "2024-12-10",
    text: `(金边9日讯)柬埔寨内政部周一(9日)发表公报,宣布即日起恢复接收被美国遣返的柬埔寨籍公民,结束自今年6月以来的暂停状态。

公报说,柬美双方经过数轮磋商,就遣返人员的身份核实程序、事先通报时间以及抵达后的安置安排达成新的共识。内政部国务秘书索·维萨在记者会上表示:“柬埔寨从来没有拒绝自己的公民回家,我们要求的只是有秩序、有尊严的安排。”

柬方今年年中以美方“通报时间过短、部分人员身份资料不全”为由,暂停签发旅行证件,导致数十名已获遣返令的柬埔寨人滞留在美国移民拘留中心。美国国务院随后一度威胁对柬埔寨部分官员实施签证限制。

据柬埔寨非政府组织统计,2002年以来已有超过一千名柬埔寨裔人士被美国遣返,其中许多人幼年时随家人以难民身份赴美,对柬埔寨几乎没有记忆。

另据本报了解,马来西亚、泰国等邻国近期也在与美方讨论遣返合作问题,但尚未对外公布细节。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KH"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-12-09",
    },
  },
  {
    id: "h9c-zh-008",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "凌晨的桃仙機場:近二百人從美國被遣返瀋陽",
    published: "2026-06-30",
    text: `【本報駐瀋陽特派員報道】凌晨三時,瀋陽桃仙國際機場國際到達廳外的停車場已停滿了旅遊巴士。四十八歲的劉姓男子裹著一件不合身的灰色外套,跟在幾名邊檢人員後面走出通道,他說自己在紐約法拉盛的餐館做了六年廚師,「一覺醒來就回到東北了」。

這是本月二十七日降落桃仙機場的一架美國遣返包機上的一幕。據遼寧省公安廳發布的通報,包機共載有近二百名中國籍人員,絕大多數來自遼寧、吉林及黑龍江三省,另有少數來自山東和河北。

通報指,遣返人員已全部完成入境檢疫和身份核查,其中十四人因涉嫌偷越國(邊)境或其他刑事案件被依法留置審查,其餘人員由戶籍地派出所接回。

近年東北地區經「走線」赴美的人數明顯增加。一名不願具名的瀋陽旅行社職員說,前幾年不少人先飛往厄瓜多爾,再經哥倫比亞、巴拿馬北上,每人花費動輒二三十萬元人民幣。

澳門一間研究移民政策的學術機構分析,美方今年起明顯加密對華遣返航班,過去多以福州、廣州為目的地,近月則開始分散到北方城市。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 200, approx: true },
      departure: [],
      arrival: ["瀋陽桃仙國際機場"],
      date: "2026-06-27",
    },
  },
  {
    id: "h9c-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美委遣返航班再起飛 179人抵卡拉卡斯外港機場",
    published: "2025-10-25",
    text: `〔國際新聞中心/綜合報導〕委內瑞拉政府週五晚間宣布,又有一百七十九名委內瑞拉公民搭乘美方安排的遣返航班返國,飛機當晚降落在首都卡拉卡斯附近邁克蒂亞的西蒙玻利瓦國際機場。

委內瑞拉內政部長在社群平台上發布影片,畫面中可見旅客步下舷梯後向迎接的官員揮手。他說,這是今年以來的第四十餘班遣返航班,「我們的同胞正在從帝國主義的迫害中回家」。

據美國國土安全部一名官員表示,這架班機是從德州哈林根起飛,由一家與移民及海關執法局簽約的民營包機公司執行。機上包括十二名婦女和三名未成年人。

今年上半年,美委兩國因遣返問題多次交惡,委國曾一度拒絕讓美國包機降落。據估計,目前仍有數十萬名委內瑞拉人在美國失去暫時保護身分(TPS),可能面臨遣返。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 179, approx: false },
      departure: ["德州哈林根"],
      arrival: ["西蒙玻利瓦國際機場"],
      date: "2025-10-24",
    },
  },
  {
    id: "h9c-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "八名被美国遣返的“第三国”移民送抵乌干达 其中三人为中国籍",
    published: "2025-12-02",
    text: `【本报悉尼讯】乌干达内政部证实,一架来自美国的遣返航班上周六(11月29日)降落在恩德培国际机场,机上八名遣返人员均不是乌干达公民,包括三名中国籍、三名尼泊尔籍和两名厄立特里亚籍男子。

悉尼一名代理难民案件的华人律师告诉本报,其中一名来自福建的男子曾在澳大利亚留学,后赴美申请庇护被拒,“他家人是在社交媒体上看到新闻,才知道他被送到了非洲”。

乌干达今年8月与美国达成协议,同意接收原籍国无法接收、且没有犯罪记录的第三国人士。乌方内政部发言人表示,八人已被安置在坎帕拉的一处政府设施,联合国难民署将评估他们的保护需求。

美国近几个月已陆续把第三国移民送往南苏丹、卢旺达、加纳和埃斯瓦蒂尼等国。人权团体批评,这些安排“把遣返变成了外包”。澳大利亚难民委员会也提醒在澳华人,切勿轻信经第三国“转签”赴美的中介广告。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["CN", "NP", "ER"],
      people: { value: 8, approx: false },
      departure: [],
      arrival: ["恩德培国际机场"],
      date: "2025-11-29",
    },
  },
  {
    id: "h9c-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "【即時新聞直播】9月19日 國際動態",
    published: "2024-09-19",
    text: `11:58 日股午市收市,日經平均指數升1.2%,報37,580點。

10:42 【美遣返印尼人】印尼移民總局表示,美國一架遣返包機今早抵達雅加達蘇加諾-哈達國際機場,機上三十二名印尼籍人士全部已辦妥入境手續。據悉包機昨晚由西雅圖起飛,途經關島加油。移民總局發言人稱,該批人士大多在美國逾期居留,部分曾在阿拉斯加漁船工作。

09:15 菲律賓氣象部門表示,熱帶風暴「巴碧」預計周末橫過呂宋島北部,當局已暫停來往馬尼拉與台灣部分航班。

08:30 泰國移民局昨日在素萬那普機場截獲一批持假護照的旅客,涉及緬甸及老撾籍人士共十一名。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ID"],
      people: { value: 32, approx: false },
      departure: ["西雅圖"],
      arrival: ["雅加達蘇加諾-哈達國際機場"],
      date: "2024-09-19",
    },
  },
  {
    id: "h9c-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "又有186名电诈犯罪嫌疑人从柬埔寨被押解回国",
    published: "2025-05-21",
    text: `记者20日从公安部获悉,在中柬两国警方密切配合下,公安部近日组织浙江、江西两地公安机关,分乘两架中国民航包机,将186名涉嫌电信网络诈骗的中国籍犯罪嫌疑人从柬埔寨西哈努克港押解回国。包机于19日凌晨分别降落在杭州萧山国际机场和南昌昌北国际机场。

据介绍,这批犯罪嫌疑人涉及案件1300余起,涉案金额逾4亿元。今年以来,中国警方已会同柬埔寨、老挝、缅甸等国警方,先后将5000余名涉诈犯罪嫌疑人押解回国。

公安部有关负责人表示,将继续深化国际执法合作,坚决摧毁境外诈骗窝点。警方提醒,切勿轻信境外高薪招聘信息。`,
    expect: { relevant: false },
  },
  {
    id: "h9c-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "日本入管包機強制遣返 斯里蘭卡、泰國籍共38人",
    published: "2025-02-27",
    text: `(中央通訊社記者鍾宜庭東京27日專電)日本出入國在留管理廳今天宣布,已於25日以民間包機將拒絕離境的斯里蘭卡籍及泰國籍共38人強制遣返。包機從成田機場起飛,先飛往曼谷,再前往可倫坡。

入管廳表示,這批人年齡介於22歲至63歲,其中在日本滯留最久者長達26年,遣返費用約4000萬日圓,由國庫負擔。這是日本自2013年開始採用包機集體遣返以來的第9次。

支援外國人的團體「移民連線」批評,部分被遣返者有配偶或子女是日本籍,「家庭被硬生生拆散」。入管廳則強調,所有對象均已用盡法律救濟程序,且不包括正在申請難民認定者。

日本去年修正入管法後,第三次以上申請難民者可被遣返,引發人權團體疑慮。根據官方統計,去年被強制遣返出境的外國人約1萬名,以越南、中國、泰國籍居多。`,
    expect: { relevant: false },
  },
  {
    id: "h9c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "南韓大規模掃蕩非法勞工 一個月遣返逾三千人",
    published: "2024-11-06",
    text: `【本報綜合報道】南韓法務部昨日公布,十月份聯合警方及僱傭勞動部在全國展開的非法滯留外國人集中取締行動中,共查獲四千二百多人,其中逾三千人已被強制出境,主要來自泰國、越南、蒙古及烏茲別克。

法務部表示,大部分被遣返者是搭乘民航班機從仁川機場離境,另有約二百名泰國籍人士乘坐包機返回曼谷。法務部長官在記者會上說,政府會「對僱用非法勞工的業主加重罰款」。

南韓目前非法滯留外國人估計超過四十萬人,不少在農村及漁船工作。京畿道一名花農向記者抱怨,「抓走了工人,明年春天沒人幫手」。

有本地勞工團體則指出,部分泰國勞工是在旅遊免簽制度下入境後逾期逗留,兩國正商討收緊電子旅遊許可制度。`,
    expect: { relevant: false },
  },
  {
    id: "h9c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "圣地亚哥边境一夜拦下六十多名中国人 多数仍在拘留中心等候庇护面谈",
    published: "2024-04-18",
    text: `本报记者 周曼宁 圣地亚哥报道

凌晨两点,圣地亚哥以东约四十英里的杰昆巴(Jacumba)山谷气温只有华氏四十度。边境巡逻人员在一处铁丝网缺口附近,拦下了一群刚刚翻越边境的移民,其中六十多人是中国籍,年龄最小的只有七岁。

来自四川的王先生告诉记者,他从厄瓜多尔出发,步行、乘车加坐船,用了五十二天才走到这里。“蛇头说过了墙就是美国,其他的不用管。”

据美国海关与边境保护局统计,本财年前六个月,在西南边境被拦截的中国籍移民已超过两万人次,是去年同期的三倍多。其中多数人被送往加州和亚利桑那州的拘留设施,等候“可信恐惧”面谈,部分人获释后前往纽约、洛杉矶等地。

移民律师陈丽华说,这些人中“最终能获得庇护的是少数”,但由于移民法庭积压案件超过三百万宗,许多人要等上好几年才会有结果。她提醒,切勿把“获释”误解为“合法身份”。`,
    expect: { relevant: false },
  },
  {
    id: "h9c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "联邦法官裁定:遣返至第三国前须给予充分通知",
    published: "2025-04-25",
    text: `【侨报综合报道】马萨诸塞州联邦地区法院法官周三裁定,联邦政府在把移民遣返至其原籍国以外的“第三国”之前,必须以书面方式通知当事人,并给予其提出酷刑风险主张的机会。

该诉讼由数名分别来自危地马拉、古巴和越南的移民提起。原告律师表示,部分当事人在毫无预警的情况下被告知将被送往墨西哥或萨尔瓦多,“连给家人打电话的时间都没有”。

司法部表示将提出上诉,国土安全部发言人则称,该裁决“妨碍了行政部门执行移民法的权力”。

法律界人士指出,这一裁决并不阻止遣返本身,但将影响数千宗待处理案件。目前美国移民法庭积压案件约三百七十万宗,平均每宗需要等待近四年才能结案。`,
    expect: { relevant: false },
  },
  {
    id: "h9c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "美國擴大簽證保證金試行 台灣旅客不受影響?",
    published: "2025-08-07",
    text: `(記者黃于庭/台北報導)美國國務院5日公告,將自本月20日起試行為期一年的「簽證保證金」計畫,部分國家申請B1/B2商務及觀光簽證者,可能被要求繳交5000至15000美元保證金,依規定如期離境者可全額退還。

外交部領事事務局表示,台灣是美國免簽計畫(VWP)成員,國人持電子旅行授權(ESTA)赴美不在此次計畫範圍內。首波適用國家主要是簽證逾期居留率偏高的非洲及中亞國家。

旅行業者指出,今年暑假赴美團體旅遊人數較去年同期減少約一成,主因是匯率及機票價格,而非簽證問題。但也有業者提醒,近來入境審查趨嚴,旅客應備妥回程機票與住宿證明,避免在機場被拒絕入境並原機遣返。

美國在台協會(AIT)則重申,美方歡迎合法旅客,「簽證是一種特權而非權利」。`,
    expect: { relevant: false },
  },
  {
    id: "h9c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "加拿大边境服务局:去年遣返逾1.6万人 创近十年新高",
    published: "2025-03-05",
    text: `(本报温哥华讯)加拿大边境服务局(CBSA)日前公布,2024年共将一万六千多名外国公民遣送出境,创近十年来新高,其中包括数百名被认定“对公共安全构成威胁”的人士。

数据显示,被遣返人数最多的国家依次为墨西哥、印度、哥伦比亚和美国,中国籍人士约五百人。边境服务局去年还三次包机,把被拒庇护申请者送回墨西哥城和波哥大。

移民部长表示,政府将继续加快处理积压的庇护申请,同时对未能合法留加者“依法遣返”。大温地区一名华人移民顾问说,近期有不少留学生因工签到期而咨询身份问题,“很多人误以为可以一直申请延期”。

另外,加拿大与美国去年修订《安全第三国协议》后,从美国经陆路非正规入境加拿大的人数大幅下降。`,
    expect: { relevant: false },
  },
  {
    id: "h9c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "【專欄】遣返數字背後,是誰在算帳?",
    published: "2025-06-16",
    text: `文/鄭雅如(旅美媒體工作者)

每隔幾天,我的手機就會收到一則推播:國土安全部又宣布一個「創紀錄」的數字。逮捕多少人、遣返多少人、每週多少架次航班。數字越來越大,人的臉孔卻越來越模糊。

在洛杉磯,我認識一位來自桃園的阿姨。她十幾年前以觀光簽證入境,之後一直在華人超市工作。她沒有犯罪紀錄,繳稅,也在教會當志工。她問我:「如果有一天他們來敲門,我該打給誰?」我答不出來。

政府說,大規模遣返是為了「恢復法治」。但移民法庭積案數百萬宗,法官人手不足,許多人連一次出庭的機會都還沒有。把「快」當成唯一目標,代價往往由最沒有發言權的人承擔。

台灣社會談美國移民政策,常只看見簽證、免簽與留學。其實在美國的無證台灣人雖然不多,卻同樣活在這套制度的陰影之下。我們或許無力改變華府的政策,但至少可以不把「遣返」只當成一串數字。`,
    expect: { relevant: false },
  },
  {
    id: "h9c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "马国移民局遣返近千名印尼和缅甸非法移民",
    published: "2024-10-24",
    text: `(吉隆坡23日讯)马来西亚移民局今天表示,本月以来已通过海路和航空方式,将九百八十多名非法移民遣返回印度尼西亚和缅甸,其中大部分是在柔佛、雪兰莪的种植园和建筑工地被捕。

移民局总监说,印尼籍人士主要从马六甲港乘坐渡轮返回杜迈,缅甸籍人士则搭乘包机从吉隆坡国际机场飞往仰光。“他们在扣留营里平均待了四个月,遣返费用部分由其所属国家大使馆承担。”

目前全国十多个移民扣留营关押着约一万五千人,超出容量近三成。人权组织多次呼吁政府改善扣留营条件,特别是妇女与儿童的处境。

新加坡人力部同日也公布,今年首三季有两千多名外籍劳工因违规被吊销工作准证并遣送回国。`,
    expect: { relevant: false },
  },
  {
    id: "h9c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "Nine deportees from US land at Faleolo",
    published: "2025-07-11",
    text: `Nine Samoan men deported from the United States arrived at Faleolo International Airport on Wednesday afternoon aboard a chartered aircraft that had left Honolulu earlier in the day, the Ministry of Police, Prisons and Corrections has confirmed.

Assistant Commissioner Tuala Fepulea'i Leota said the men, aged between 24 and 51, were met by police officers and staff of the Ministry of Justice, and were released to their families after processing. "Some of them left Samoa as little boys. They do not speak the language well and they have no land to go back to," he said.

Seven of the nine had served prison sentences in California, Utah and Hawaii for offences including drug possession and assault, according to documents provided by United States authorities. The other two had overstayed visitor visas.

Samoa received 31 deportees from the US in the whole of last year, and a further 18 from New Zealand and Australia. Church leaders have called for a reintegration centre similar to the one operating in Tonga.

The arrivals come weeks after neighbouring American Samoa tightened its own entry rules for travellers from Apia.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["WS"],
      people: { value: 9, approx: false },
      departure: ["Honolulu"],
      arrival: ["Faleolo International Airport"],
      date: "2025-07-09",
    },
  },
  {
    id: "h9c-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Eleven Tongans to be deported from US next week, police told",
    published: "2026-01-20",
    text: `NUKU'ALOFA – Tonga Police say they have been formally notified by United States immigration authorities that eleven Tongan nationals will be returned to the Kingdom next Monday on a US government charter flying from Los Angeles.

The flight is due to land at Fua'amotu International Airport in the early afternoon. Police Commander 'Ofa Taufahema said the notice, received three weeks in advance under an arrangement with the US Embassy, included the criminal records of eight of the men.

"We will not treat them as criminals on arrival. They have done their time. But we must know who is coming so we can help them and protect our communities," he said.

The Dare to Hope reintegration centre in Kolofo'ou, which houses returnees for up to three months, said it had six beds available and was asking churches for help with the rest.

Tonga received 27 deportees from the United States in 2025, up from 19 the year before, according to Ministry of Foreign Affairs figures. New Zealand and Australia deported another 40 between them.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["TO"],
      people: { value: 11, approx: false },
      departure: ["Los Angeles"],
      arrival: ["Fua'amotu International Airport"],
      date: "2026-01-26",
    },
  },
  {
    id: "h9c-en-003",
    lang: "en",
    style: "wire",
    title: "US deports more than 60 Pakistanis on charter flight",
    published: "2025-05-08",
    text: `ISLAMABAD: More than 60 Pakistani nationals deported from the United States arrived in the federal capital on a chartered aircraft late on Tuesday, officials of the Federal Investigation Agency (FIA) said.

The aircraft touched down at Islamabad International Airport shortly before midnight. An FIA immigration official, speaking on condition of anonymity, said most of the deportees were from Gujranwala, Mandi Bahauddin and Sialkot districts and had entered the US illegally through Mexico after flying to Brazil or Ecuador.

"Their data has been entered and those wanted in human smuggling cases will be interrogated," the official said. Passengers were allowed to leave after biometric verification.

The deportations come as the FIA steps up a crackdown on agents who charge between Rs4 million and Rs6 million for the so-called "donkey route" to the US and Europe. Last month, the agency said it had arrested 47 agents in Punjab alone.

Separately, Pakistan has received around 2,000 of its nationals deported from Gulf states since January, most on scheduled commercial flights.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PK"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["Islamabad International Airport"],
      date: "2025-05-06",
    },
  },
  {
    id: "h9c-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "'I thought I would die there': 74 Filipino deportees arrive at Clark",
    published: "2024-11-15",
    text: `CLARK FREEPORT, Pampanga — Marlon, 43, stepped off the plane in a borrowed jacket, holding a brown envelope with his release papers. The last time he saw the Philippines he was nine years old.

He was one of seventy-four Filipinos who arrived at the Clark International Airport on Thursday morning aboard a charter flight that left Seattle on Wednesday, according to the Bureau of Immigration (BI). The group, 69 men and five women, had been held at a detention centre in Tacoma, Washington, before their removal.

"I thought I would die there, in that place," Marlon said, asking that his surname not be used. He said he had lived in Stockton, California, and worked in a warehouse until he was picked up by immigration agents in March.

BI spokesperson Dana Sandoval-Ramos said all 74 underwent documentation and were checked against the bureau's derogatory records. Three were turned over to the National Bureau of Investigation because of pending warrants in the Philippines.

The Department of Migrant Workers said it had prepared financial aid and transport to the provinces. The US Embassy in Manila said removals of Filipino nationals have risen this year but did not give figures. Around 370,000 Filipinos are believed to be living in the US without legal status.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 74, approx: false },
      departure: ["Seattle"],
      arrival: ["Clark International Airport"],
      date: "2024-11-14",
    },
  },
  {
    id: "h9c-en-005",
    lang: "en",
    style: "wire",
    title: "Papua New Guinea rejects US request to take third-country deportees",
    published: "2025-08-14",
    text: `PORT MORESBY — Papua New Guinea will not accept people deported from the United States who are not its citizens, the Prime Minister's office said on Wednesday, ending weeks of speculation about a possible deal with Washington.

"Papua New Guinea has enough challenges of its own. We cannot become a holding place for people from other countries," the office said in a statement, adding that the government had informed the US Embassy of its decision "in a spirit of friendship".

The statement said PNG would continue to accept its own nationals ordered removed from the US, a number it described as "very small".

Washington has in recent months sent deportees from Asia, Africa and Latin America to third countries including Eswatini, Rwanda and South Sudan, and has approached several Pacific governments. Palau and the Federated States of Micronesia have been named in regional media as also being in talks.

Opposition MPs had raised concerns after a Sydney newspaper reported that the US had offered development funding in return. Memories of the Australian-funded offshore processing centre on Manus Island, closed in 2017, still weigh heavily on public debate.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-13",
    },
  },
  {
    id: "h9c-en-006",
    lang: "en",
    style: "explainer",
    title: "Why did the US fly about 40 people to Laos this week? What we know",
    published: "2026-03-05",
    text: `A US government charter carrying about 40 Lao nationals landed at Wattay International Airport in Vientiane on Monday, one of the largest single removals to the country in years. Here is what we know.

Who was on board?
Lao officials said the group was made up largely of men who had gone to the US as children with refugee families in the 1980s and 1990s, and who had later lost their permanent residency after criminal convictions. Community groups in Minnesota and California say several had not lived in Laos since they were toddlers.

Where did the flight leave from?
Advocates tracking the aircraft said it departed from El Paso, Texas, and refuelled in Anchorage and Tokyo before reaching Vientiane.

Why now?
Laos had for years issued few travel documents for people ordered removed from the US. Washington imposed visa restrictions on Lao officials in 2018 and has since pressed Vientiane to speed up identity checks. A joint statement late last year said the two sides had agreed on a "working procedure".

What happens next?
The Ministry of Labour and Social Welfare said returnees would receive temporary housing and an identity card. Hong Kong-based researchers who study Southeast Asian deportees say the harder part is language: many speak little Lao. Cambodia and Vietnam, which accept US deportees under older agreements, have faced similar problems.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["LA"],
      people: { value: 40, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Wattay International Airport"],
      date: "2026-03-02",
    },
  },
  {
    id: "h9c-en-007",
    lang: "en",
    style: "wire",
    title: "'They were told Kigali an hour before take-off,' lawyer says of US deportees",
    published: "2025-10-02",
    text: `SINGAPORE — "My clients were told they were going to Rwanda about an hour before the plane took off. One of them asked the officer where Rwanda was," said Hana Werner, a US immigration lawyer who represents two of seven men deported from the United States to the central African country.

Werner, speaking by phone from Chicago, said the seven — two Afghans, three Iranians and two Vietnamese — had all won protection from being returned to their home countries but were nonetheless ordered removed. "They are now in a country none of them has ever seen."

The Rwandan government confirmed in a short statement that seven "migrants from the United States" had arrived at Kigali International Airport on Sunday and were being housed in a facility run with the International Organization for Migration.

Rwanda agreed this year to receive up to 250 deportees from the US under an arrangement that includes funding for job training. Vietnam's foreign ministry said it had not been consulted about its citizens being sent to a third country.

The US Department of Homeland Security did not respond to a request for comment. The agency has previously said third-country removals are used when home countries "refuse to take back their own citizens".`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["AF", "IR", "VN"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["Kigali International Airport"],
      date: "2025-09-28",
    },
  },
  {
    id: "h9c-en-008",
    lang: "en",
    style: "near-miss",
    title: "Australia flies 23 '501' deportees to Auckland on charter",
    published: "2025-06-05",
    text: `AUCKLAND — Twenty-three New Zealanders deported from Australia under the controversial "section 501" character test arrived at Auckland Airport on Tuesday aboard a charter flight from Brisbane, New Zealand police said.

The group, all men, were met by police and reintegration staff. Eleven will be subject to special monitoring orders because of their criminal histories. Several had lived in Australia since early childhood.

The Prime Minister's office said New Zealand continued to raise the "corrosive" policy with Canberra. Australia has deported more than 3,000 New Zealanders since the character test was tightened in 2014. Pacific nations including Tonga and Samoa have voiced similar concerns about deportees from Australia and the United States.`,
    expect: { relevant: false },
  },
  {
    id: "h9c-en-009",
    lang: "en",
    style: "near-miss",
    title: "BI deports 142 Chinese workers from shut offshore gaming hub",
    published: "2025-01-29",
    text: `MANILA — The Bureau of Immigration (BI) deported 142 Chinese nationals arrested in a raid on a closed offshore gaming hub in Pampanga, sending them home on a Philippine Airlines flight from the Ninoy Aquino International Airport to Shanghai on Tuesday.

BI Commissioner Arturo Villaluz said the deportees had been found working without permits after the government's ban on offshore gaming operators took effect. "They are now blacklisted and cannot return," he said.

The bureau said it had deported more than 1,100 foreigners linked to such operations since July, most of them Chinese, Vietnamese and Indonesian nationals. A further 60 are awaiting deportation once their travel documents are issued by their embassies.`,
    expect: { relevant: false },
  },
  {
    id: "h9c-en-010",
    lang: "en",
    style: "near-miss",
    title: "Hyderabad student sent back from Chicago airport after visa query",
    published: "2025-09-12",
    text: `HYDERABAD: A 23-year-old student from Hyderabad who had been admitted to a master's programme in Illinois was denied entry at Chicago's O'Hare airport and put on a commercial flight back to India, arriving at Rajiv Gandhi International Airport on Thursday, his family said.

His father, a government school teacher, said US border officers questioned his son for nearly seven hours about his bank documents before cancelling his F-1 visa. "We had spent everything on his fees. He came back with only his backpack," he said.

Consultants in the city said at least a dozen similar cases had been reported since August, as US authorities tighten checks on student visas. The US Consulate in Hyderabad said it does not comment on individual cases. More than 3.3 lakh Indian students were enrolled in US universities last academic year, the largest group of international students.`,
    expect: { relevant: false },
  },
];
