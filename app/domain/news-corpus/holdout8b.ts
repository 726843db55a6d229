// Held-out news corpus no. 8 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests, docs/alerts.md or any
// other corpus file). Every name, quote and number in these articles is invented; no sentence is
// taken from any outlet.
import type { CorpusArticle } from "./types";

export const HOLDOUT8B: CorpusArticle[] = [
  {
    id: "h8b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方遣返包机抵穗 一百一十七名中国籍人员完成移交",
    published: "2025-03-14",
    text: `本报广州3月14日电（记者 韦振川）记者从广东边检总站获悉，一架载有一百一十七名中国籍人员的美国遣返包机，于3月12日晚9时许降落广州白云国际机场。这批人员均系在美国非法入境或逾期滞留、经美国移民法庭裁定须离境者。

据介绍，该包机由美国移民与海关执法局（ICE）租用，从得克萨斯州埃尔帕索起飞，中途在阿拉斯加安克雷奇经停加油，全程飞行约十九个小时。机上另有三十余名美方执法人员随行。

广东边检总站有关负责人表示，边检、公安、卫健等部门提前制定接收方案，对遣返人员逐一核验身份、开展健康检查。“核查工作持续到次日凌晨，整体秩序平稳。”该负责人说。

公开资料显示，自去年夏天以来，美方已先后派出四架大型包机遣返中国籍人员，其中一架降落上海，其余降落福州和广州。美国国土安全部此前称，2024财年在美国南部边境被拦截的中国公民超过三万七千人次，较前一年有所下降。

中方多次表示，中方坚决反对一切形式的非法移民，愿同美方开展遣返合作，但前提是经核实确属中国公民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      nationalities: [],
      people: { value: 117, approx: false },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["广州白云国际机场"],
      date: "2025-03-12",
    },
  },
  {
    id: "h8b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返第三國移民 142人飛抵哥斯大黎加 含烏茲別克與尼泊爾籍",
    published: "2025-04-10",
    text: `（本報聖荷西10日綜合外電報導）一架載有142名移民的美國遣返班機9日下午降落哥斯大黎加首都附近的胡安聖塔瑪麗亞國際機場，機上乘客並非哥斯大黎加人，而是來自烏茲別克、尼泊爾、中國與阿富汗等國，其中約四成是未成年人。

哥國公安部副部長貝塔隆（Marco Betalón）受訪指出，班機從加州聖地牙哥起飛，這批移民將由巴士送往靠近巴拿馬邊境的臨時移民照護中心，最長可停留六週，等待美方安排返回原籍國。他說：「我們是在協助一個友好的鄰邦，所有費用都由美國政府負擔。」

人權團體對此表達關切。當地一個法律扶助組織的律師莫拉萊斯（Inés Morales）說，部分移民曾表示在原籍國遭到迫害，「他們在美國還沒有機會讓法官聽完自己的故事，就被送到一個完全陌生的國家」。

哥斯大黎加是繼巴拿馬之後，第二個同意暫時收容美方遣返第三國人士的中美洲國家。巴拿馬上月曾收容兩百多名類似的移民，部分人被移往達連省的偏遠營地。國際移民組織表示，將為願意返鄉的人提供協助。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["UZ", "NP", "CN", "AF"],
      people: { value: 142, approx: false },
      departure: ["加州聖地牙哥"],
      arrival: ["胡安聖塔瑪麗亞國際機場"],
      date: "2025-04-09",
    },
  },
  {
    id: "h8b-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國包機遣返八十六名越南人 內排機場設專區接收",
    published: "2025-05-22",
    text: `【本報訊】越南公安部昨日（21日）晚間證實，一架美國移民及海關執法局包機當日中午降落內排國際機場，機上共有八十六名越南公民，全部為在美國被判定須遣返的人士。

越南公安部出入境管理局一名官員表示，當局在機場設立專區，逐一核對身份文件並進行健康檢查，其後讓家屬接回。他說，這批人中有十一人曾在美國服刑，其餘多為簽證逾期或非法入境。

根據越美兩國早年簽訂的遣返協議，一九九五年以前抵達美國的越南人原則上不在遣返之列。美國國土安全部資料顯示，目前仍有約八千名越南籍人士持有最終遣返令，但多年來越方每年只接收數百人。

河內一名研究東南亞移民的學者阮氏蘭（Nguyễn Thị Lan）表示，美方近月明顯加快遣返步伐，「越南政府在貿易談判的壓力下，接收態度比過去積極」。美國駐越南大使館未回應本報查詢。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      nationalities: [],
      people: { value: 86, approx: false },
      departure: [],
      arrival: ["內排國際機場"],
      date: "2025-05-21",
    },
  },
  {
    id: "h8b-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "消息人士：美将再派包机遣返约150名印度人 下周二起飞",
    published: "2025-06-06",
    text: `【本报讯】据两名知情的国土安全部官员透露，美国移民与海关执法局（ICE）计划下周二从新墨西哥州罗斯韦尔派出一架遣返包机，将约150名印度公民送回旁遮普邦阿姆利则。这将是今年以来第四架直飞印度的遣返航班。

官员说，机上人员大多来自旁遮普邦和古吉拉特邦，多数人是在过去一年经由墨西哥非法越境后被捕。具体人数仍可能因临时法律程序而变动。

印度外交部发言人在新德里回应记者提问时表示，印方已对名单上的人员完成国籍核实，“我们接收经核实的印度公民，同时希望他们在遣返过程中得到有尊严的对待”。

今年早些时候，一架美国军机将一百余名印度人遣返阿姆利则，部分人被戴上手铐脚镣的画面在印度国内引发强烈批评。美国海关与边境保护局数据显示，2024财年在美墨边境和美加边境被拦截的印度公民合计接近九万人次。

湾区一名印度裔移民律师对本报说，他代理的三名客户已接到通知，“家属都在焦急等待，却不知道他们下飞机后会面对什么”。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["IN"],
      nationalities: [],
      people: { value: 150, approx: true },
      departure: ["新墨西哥州罗斯韦尔"],
      arrival: ["阿姆利则"],
      date: "2025-06-10",
    },
  },
  {
    id: "h8b-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "柬埔寨同意接收美国遣返人员 金边称将按个案核实国籍",
    published: "2025-07-18",
    text: `（金边综合电）柬埔寨外交与国际合作部星期四（7月17日）发表声明，证实柬方已同意恢复接收被美国下令遣返的柬埔寨公民，并将与美国国土安全部建立定期核实机制。

声明说，柬方将对美方提交的每一份名单“逐人核实国籍与身份”，确认无误后再签发旅行证件。声明没有透露首批人数或航班日期。

柬埔寨曾在2017年一度拒绝签发旅行证件，美国随后对柬埔寨部分官员实施签证限制。外界估计，目前在美国持有最终遣返令的柬埔寨裔人士约有一千九百人，其中不少人幼年随父母以难民身份抵美。

新加坡国立大学一名东南亚问题学者受访时说，金边此时松口，与美柬关税谈判进入关键阶段有关。“这是一种政治姿态，实际能遣返多少人，还要看后续执行。”

美国驻柬埔寨大使馆在社交媒体上表示欢迎柬方决定，称双方将“以安全、有序的方式”推进合作。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KH"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-17",
    },
  },
  {
    id: "h8b-zh-006",
    lang: "zh",
    style: "near-miss",
    title: "移民局包机遣返213名孟加拉非法外劳",
    published: "2025-08-21",
    text: `（吉隆坡21日讯）大马移民局昨日以包机方式，从吉隆坡国际机场遣返213名孟加拉籍非法外劳返回达卡，这是今年以来规模最大的一次集体遣返行动。

移民局总监拿督再鲁在文告中说，这批外劳是在今年4月至7月间于雪兰莪、柔佛及槟城的多次突击检查中被捕，此前一直被扣留在移民扣留营。他说，遣返费用由雇主及外劳本身承担。

据统计，今年首7个月，移民局共遣返超过四万一千名非法外籍人士，其中以印尼籍最多，其次为孟加拉、缅甸及尼泊尔籍。

再鲁指出，当局将继续加强执法，并提醒雇主切勿非法聘用无证外劳，违者可被判罚款或监禁。他也提到，美国近来加大遣返力度，不少原本计划赴美的南亚劳工转而滞留东南亚，“这也给我国执法带来压力”。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h8b-zh-007",
    lang: "zh",
    style: "near-miss",
    title: "移民署首度包機遣返 96名越南籍逃逸移工返胡志明市",
    published: "2025-09-12",
    text: `（本報桃園12日電）內政部移民署今天上午以包機方式，從桃園國際機場遣返96名越南籍逃逸移工及逾期居留者返回胡志明市，這是移民署首次採用包機執行集體遣返。

移民署北區事務大隊長陳志遠表示，這批人多數是在今年上半年專案查緝中到案，過去多以民航班機分批遣送，但因收容所床位吃緊，才決定改以包機方式一次處理。他說，費用由政府先行墊付，再向當事人追償。

根據移民署統計，目前在台行蹤不明的外籍移工約九萬人，其中越南籍超過五萬人。移民署也提醒民眾，切勿非法僱用或容留逃逸移工，違者最高可處新台幣七十五萬元罰鍰。

移民署強調，此次遣返與美國近期的大規模遣返行動無關，純屬國內執法作業。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h8b-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "乌兹别克斯坦接收美国遣返航班 逾130名公民回国",
    published: "2025-10-03",
    text: `【本报综合报道】乌兹别克斯坦外交部发表通报称，一批在美国被裁定遣返的乌兹别克斯坦公民已乘坐美方安排的包机回国，总人数逾130名。乌方表示，所有人抵达后均接受了身份核验，并将获得就业和社会适应方面的帮助。

据乌兹别克斯坦媒体报道，该包机从亚利桑那州梅萨起飞，经停德国莱比锡后，降落塔什干伊斯兰·卡里莫夫国际机场。乌兹别克斯坦移民局一名官员说，返回人员中多数为二十至三十五岁的男性，来自费尔干纳、撒马尔罕等地。

通报说，该航班于周三清晨抵达塔什干。这是今年以来美方第二次向乌兹别克斯坦派出遣返包机，首次在春季，当时机上人员不足百人。

近年来，经土耳其、南美转道墨西哥进入美国的中亚移民明显增多。美国海关与边境保护局数据显示，仅2023财年，在美国南部边境被拦截的乌兹别克斯坦人就超过一万七千人次。乌方此前已表示，愿与美方合作，“确保公民以合法、有序方式回国”。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      nationalities: [],
      people: { value: 130, approx: true },
      departure: ["亚利桑那州梅萨"],
      arrival: ["塔什干伊斯兰·卡里莫夫国际机场"],
      date: "2025-10-01",
    },
  },
  {
    id: "h8b-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國將十一名第三國移民送往南蘇丹 人權組織批「丟包」",
    published: "2025-11-07",
    text: `【本報綜合報道】美國國土安全部證實，本週三（5日）已將十一名被判定遣返、但原籍國拒絕或無法接收的移民，以包機送往南蘇丹首都朱巴。這批人分別來自緬甸、寮國、厄利垂亞與越南，沒有一人是南蘇丹公民。

國土安全部發言人在聲明中說，這些人都曾在美國觸犯刑事罪行，「他們的祖國不願接回他們，我們不會讓他們繼續留在美國社區」。聲明沒有說明班機從何處起飛。

班機降落朱巴國際機場後，南蘇丹外交部表示，這批人將暫時安置在政府指定的設施，當局正與相關國家聯繫，研究後續安排。一名南蘇丹官員私下透露，政府對於如何照顧這些人「幾乎沒有任何準備」。

移民權益團體批評，南蘇丹長年內戰、人道危機嚴重，美國國務院本身就建議國民勿前往當地旅遊。一名代表其中兩人的律師說：「這不是遣返，這是把人丟包到一個他們毫無聯繫的國家。」

美國最高法院今年稍早曾允許政府在一定條件下，將移民遣送至非原籍的第三國，相關訴訟仍在下級法院審理中。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SS"],
      nationalities: ["MM", "LA", "ER", "VN"],
      people: { value: 11, approx: false },
      departure: [],
      arrival: ["朱巴國際機場"],
      date: "2025-11-05",
    },
  },
  {
    id: "h8b-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "近百名尼泊尔人被美国遣返 加德满都机场家属守候",
    published: "2025-11-20",
    text: `本网加德满都11月20日讯 尼泊尔内政部发言人表示，一架美方遣返包机18日凌晨降落在首都加德满都的特里布万国际机场，近百名尼泊尔公民随机回国。

发言人说，包机从美国路易斯安那州亚历山大起飞，经停卡塔尔多哈。由于抵达时间较晚，当局在机场临时设置了休息区，并为无法当晚返回家乡的人安排住宿。

据当地媒体报道，机场外聚集了数百名从各地赶来的家属。一名来自奇特旺县的父亲说，儿子三年前花了约四百万尼泊尔卢比，通过中介经南美洲辗转前往美国，“钱没了，人总算平安回来了”。

尼泊尔外交部此前透露，目前在美国被拘押、等待遣返的尼泊尔公民约有四百人。另据估计，每年通过非正规渠道前往美国的尼泊尔人超过五千人。尼政府表示，将加大打击非法中介力度。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      nationalities: [],
      people: { value: 100, approx: true },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["特里布万国际机场"],
      date: "2025-11-18",
    },
  },
  {
    id: "h8b-zh-011",
    lang: "zh",
    style: "near-miss",
    title: "移民法庭积案逾390万宗 华人庇护申请平均等候超四年",
    published: "2025-12-05",
    text: `【本报纽约讯】根据锡拉丘兹大学一个研究机构最新公布的数据，截至11月底，美国移民法庭待审案件已超过390万宗，创历史新高。其中，涉及中国籍当事人的案件约有十四万宗，平均等候时间超过四年。

报告显示，纽约移民法庭积案数量居全国之首，超过三十万宗，其次为迈阿密和休斯敦。过去一年，移民法官共作出约七十万宗裁决，其中约三成为缺席裁定遣返。

法拉盛一名执业二十年的移民律师对本报表示，近月不少客户接到提前开庭通知，“很多人连律师都还没找好，就要面对法官”。她提醒民众务必更新地址，以免错过开庭通知。

司法部移民审查执行办公室称，今年已新增约一百名移民法官，目标是在三年内将积案减少三分之一。不过，也有数十名法官在过去一年离职或被解雇。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h8b-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "盧安達同意再收容美國遣返第三國人士 上限一百人",
    published: "2026-01-16",
    text: `（本報基加利16日綜合外電報導）盧安達政府發言人昨天（15日）宣布，盧安達已與美國達成新協議，同意再接收最多一百名由美國遣返、但並非盧安達籍的移民，並為他們提供職業訓練與住宿。

發言人馬庫巴（Yolande Makuba）在記者會上說，盧安達將「逐一審核」美方提交的名單，有權拒絕任何人入境，「我們不會接收曾犯下性侵兒童等重罪的人」。她沒有說明首批人員何時抵達。

這是盧安達與美國去年簽署類似安排後的第二份協議。據了解，根據第一份協議，已有不到二十人被送抵盧安達，其中部分人已選擇返回原籍國。

非洲多國近年陸續與美方商談收容第三國遣返人士，烏干達與史瓦帝尼也曾表態願意合作，但奈及利亞明確拒絕。人權觀察人士指出，這類協議缺乏透明度，美國經援與簽證政策往往是談判籌碼。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["RW"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-15",
    },
  },
  {
    id: "h8b-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: "巴西接收新一批美国遣返人员 联邦警察称过程平稳",
    published: "2026-02-13",
    text: `【本报综合报道】巴西联邦警察周四发表声明说，一架载有94名巴西公民的美国遣返包机，本周二晚间降落在米纳斯吉拉斯州的孔芬斯国际机场。声明称，机上人员未戴手铐下机，随后在机场接受身份登记和体检。

据巴西媒体报道，该包机由美国移民与海关执法局租用，从得克萨斯州沃斯堡起飞，中途在巴拿马加油。机上多数乘客来自米纳斯吉拉斯州和戈亚斯州，其中包括七名儿童。

巴西人权部一名官员表示，政府在机场设立了人道接待站，为返回者提供食品、电话和前往各地的交通。“我们的首要任务是确保同胞受到有尊严的对待。”她说。

去年初，一架降落在亚马孙州马瑙斯的美方遣返航班因乘客被戴手铐、机上空调故障等问题，引发巴西政府强烈抗议。此后两国就遣返程序多次磋商。据巴西外交部统计，去年全年共有约两千三百名巴西人被美国以包机遣返，分乘二十余个航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      nationalities: [],
      people: { value: 94, approx: false },
      departure: ["得克萨斯州沃斯堡"],
      arrival: ["孔芬斯国际机场"],
      date: "2026-02-10",
    },
  },
  {
    id: "h8b-zh-014",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美再派大型包機遣返中國非法移民 未公布人數",
    published: "2026-03-06",
    text: `【本報訊】美國駐華大使館昨晚在其微信公眾號發文表示，美國國土安全部日前透過移民及海關執法局，派出大型包機將一批在美國沒有合法居留依據的中國公民遣返回國。

大使館未公布這次遣返的具體人數，也沒有說明班機的起飛及降落地點。聲明重申，美方將持續執行移民法，「不要相信人蛇集團的謊言」，沒有合法依據留在美國的人將被迅速遣返。

根據大使館的說法，這架包機是在本週二執行任務，是今年以來第二架飛往中國的大型遣返航班。

美國國土安全部資料顯示，過去一年半內美方已向中國派出近十架大型遣返包機，遠多於此前數年。北京方面則多次表示，願意在核實身份的前提下接收被遣返的中國公民，並呼籲美方停止將移民問題政治化。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-03",
    },
  },
  {
    id: "h8b-zh-015",
    lang: "zh",
    style: "chinese-outlet",
    title: "毛里塔尼亚将迎美国遣返包机 约八十人预计本月21日抵达",
    published: "2026-04-09",
    text: `【本报讯】毛里塔尼亚内政和权力下放部周三发布公告说，一架载有约八十名毛里塔尼亚公民的美国遣返包机预计于本月21日抵达首都努瓦克肖特翁图恩西国际机场。公告呼吁家属通过各地省政府登记，以便届时接人。

公告说，毛方已对美方提供的名单进行核实，确认名单上的人员均为毛里塔尼亚公民。这将是今年以来第一架直飞毛里塔尼亚的美方遣返航班。

近两年，大批毛里塔尼亚青年先乘飞机前往尼加拉瓜，再经中美洲和墨西哥陆路北上，越境进入美国。当地社会学者估计，仅2023年就有超过一万五千名毛里塔尼亚人以这种方式抵达美国，许多人变卖了家里的牲畜和土地筹措路费。

毛里塔尼亚一个侨民权益组织负责人对媒体表示，不少即将被遣返的人在美国有待审的庇护申请，“他们回来后面对的是债务和失业，政府应当提供切实的帮助”。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["MR"],
      nationalities: [],
      people: { value: 80, approx: true },
      departure: [],
      arrival: ["努瓦克肖特翁图恩西国际机场"],
      date: "2026-04-21",
    },
  },
  {
    id: "h8b-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "舊金山華裔男子遭遣返 搭民航班機返上海",
    published: "2026-05-15",
    text: `【本報舊金山訊】在灣區居住近二十年的華裔男子林國樑（化名）日前在出席移民局例行報到時被拘留，兩週後被移民及海關執法局人員押送登上一班飛往上海的民航班機，家人直到他抵達浦東後才接到電話。

林國樑的女兒說，父親多年前申請政治庇護被拒，此後一直按規定每年報到，「他沒有任何犯罪紀錄，每年都去，這次卻再也沒有回家」。她說，父親離開時只帶了一個背包。

代理此案的移民律師表示，近月不少持有遣返令、但多年來獲准在美居住的華人在報到時被拘，其中多數被安排搭乘民航班機個別遣返，而非包機。她建議有類似情況的民眾提前諮詢律師，準備好相關文件。

移民及海關執法局舊金山辦公室回覆本報查詢時表示，該局依法執行最終遣返令，不評論個案。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h8b-zh-017",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国将十名第三国移民送往斯威士兰 当地反对党要求公开协议",
    published: "2026-06-12",
    text: `（综合电）斯威士兰政府发言人星期四证实，一架美国包机星期三（6月10日）降落在苏丹国王姆斯瓦蒂三世国际机场，将十名被美国下令遣返的外国男子送抵该国。这些人分别来自越南、埃塞俄比亚、索马里和古巴，均非斯威士兰公民。

发言人说，这些人将被暂时安置在一处惩教设施内，斯威士兰将与国际移民组织合作，把他们送回各自的原籍国。他强调，此次安排“不会对斯威士兰公民构成任何威胁”。

美国国土安全部在社交媒体上称，这些人都曾在美国被判犯有重罪，原籍国“拒绝接回这些罪犯”。国土安全部没有说明包机从美国哪个机场起飞。

斯威士兰反对党和公民团体对此提出批评，要求政府公开与美方签署的协议内容，并说明美方提供了多少资金。一名当地律师说：“我们连这些人是谁、犯了什么罪都不知道。”

去年，斯威士兰首次接收美国遣返的第三国人士，当时人数为五人。非洲另有多个国家正与美方洽谈类似安排。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "ET", "SO", "CU"],
      people: { value: 10, approx: false },
      departure: [],
      arrival: ["苏丹国王姆斯瓦蒂三世国际机场"],
      date: "2026-06-10",
    },
  },
  {
    id: "h8b-zh-018",
    lang: "zh",
    style: "chinese-outlet",
    title: "四十三名牙买加人被美国遣返 金斯敦警方接收",
    published: "2026-07-10",
    text: `【环球资讯】据牙买加当地媒体报道，当地时间8日下午，一架美国移民与海关执法局包机从佛罗里达州迈阿密起飞，降落在金斯敦诺曼·曼利国际机场，机上共有四十三名被遣返的牙买加人。

牙买加警方表示，这批人中有十九人在美国有犯罪记录，警方已对他们进行登记，并将根据情况实施监控。其余人员主要因签证过期或非法居留被遣返。

牙买加国家安全部长在议会回答质询时说，今年以来已有逾六百名牙买加人被美国、英国和加拿大遣返，政府正与非政府组织合作，帮助他们重新融入社会。他同时呼吁外国政府在遣返前提供更完整的个人资料。

有分析指出，随着美国扩大遣返规模，加勒比地区国家面临越来越大的安置压力。海地、多米尼加等国近月也频繁接收美方遣返航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      nationalities: [],
      people: { value: 43, approx: false },
      departure: ["佛罗里达州迈阿密"],
      arrival: ["金斯敦诺曼·曼利国际机场"],
      date: "2026-07-08",
    },
  },
  {
    id: "h8b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "英国包机遣返阿尔巴尼亚籍人员 今年已逾五千人",
    published: "2026-08-14",
    text: `【本报伦敦电】英国内政部周四宣布，一架包机当天从伦敦斯坦斯特德机场起飞，将一百零二名阿尔巴尼亚籍人员遣返地拉那。内政部称，其中包括六十余名外籍罪犯。

内政部发言人说，自两国签署遣返合作协议以来，已有逾五千名阿尔巴尼亚人被遣返或自愿离开英国。“我们将继续打击非法移民，确保没有合法居留权的人尽快离开。”

据统计，今年上半年，乘小艇横渡英吉利海峡抵达英国的移民超过两万人，其中阿尔巴尼亚籍人数较前几年大幅下降，而来自越南、厄立特里亚和阿富汗的人数明显上升。

一些难民组织批评英国政府过度依赖包机遣返，认为部分被遣返者在阿尔巴尼亚可能面临人口贩卖集团的报复。有评论将英国的做法与美国近期的大规模遣返相比较，但英方官员表示两者“不可同日而语”。`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h8b-zh-020",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返一百零四名土耳其人 伊斯坦堡機場深夜接機",
    published: "2026-09-04",
    text: `【本報訊】土耳其內政部週三發表聲明，證實一架美方遣返包機週二晚間降落伊斯坦堡機場，機上共有一百零四名土耳其公民，這是今年以來規模最大的一次。

聲明指出，包機從新澤西州紐瓦克起飛，抵達後所有人均接受移民局與警方的身份核查，其中三人因在土耳其境內遭通緝而被當場拘留。

近年不少土耳其人先以免簽或旅遊簽證飛往墨西哥，再從美墨邊境偷越入境。美國海關及邊境保護局數據顯示，2023財年在南部邊境被攔截的土耳其公民一度超過一萬五千人次，其後因墨西哥收緊簽證而回落。

伊斯坦堡一名移民問題研究者說，這些人多數是為了工作機會而離開，「經濟困境沒有改變，很多人還會再想辦法出去」。土耳其外交部則表示，將繼續與美方合作，確保遣返過程符合人道原則。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TR"],
      nationalities: [],
      people: { value: 104, approx: false },
      departure: ["新澤西州紐瓦克"],
      arrival: ["伊斯坦堡機場"],
      date: "2026-09-01",
    },
  },
  {
    id: "h8b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegan a Villahermosa 135 connacionales repatriados desde Houston",
    published: "2024-11-15",
    text: `VILLAHERMOSA, Tab.— Un total de 135 mexicanos deportados por Estados Unidos arribaron este jueves al Aeropuerto Internacional Carlos Rovirosa Pérez, a bordo de un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE) que despegó de Houston, Texas, informó el Instituto Nacional de Migración (INM).

De acuerdo con la dependencia, entre los repatriados había 112 hombres y 23 mujeres, originarios principalmente de Chiapas, Oaxaca, Veracruz y Guerrero. A su llegada recibieron una constancia de repatriación, alimentos, atención médica y apoyo para trasladarse a la central de autobuses.

“Muchos llevaban años allá; algunos ni siquiera tenían contacto con su familia en México”, relató Rosalba Chablé, voluntaria de una organización que apoya a personas retornadas en la capital tabasqueña.

Los vuelos forman parte del Procedimiento de Repatriación al Interior de México, mediante el cual el gobierno estadounidense traslada a connacionales a ciudades del sur del país para alejarlos de la frontera. En lo que va del año, según cifras oficiales, más de 160 mil mexicanos han sido repatriados desde Estados Unidos por distintas vías, la gran mayoría por puentes fronterizos terrestres.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      nationalities: [],
      people: { value: 135, approx: false },
      departure: ["Houston, Texas"],
      arrival: ["Aeropuerto Internacional Carlos Rovirosa Pérez"],
      date: "2024-11-14",
    },
  },
  {
    id: "h8b-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Más de 120 peruanos deportados de EE.UU. regresan al país",
    published: "2024-12-06",
    text: `Lima.— Más de 120 ciudadanos peruanos que fueron deportados por las autoridades migratorias de Estados Unidos llegaron al Aeropuerto Internacional Jorge Chávez, en el Callao, según confirmó la Superintendencia Nacional de Migraciones.

La entidad precisó que el grupo estaba conformado en su mayoría por varones de entre 20 y 40 años, naturales de Lima, Junín, Áncash y La Libertad. Tras pasar el control migratorio, fueron atendidos por personal de la Cancillería y del Ministerio de Salud.

El vuelo, operado por una aerolínea contratada por el gobierno estadounidense, partió de Alexandria, Luisiana. Aterrizó en la capital el miércoles por la noche, con casi dos horas de retraso.

Según cifras de la Oficina de Aduanas y Protección Fronteriza (CBP), en el año fiscal 2024 se registraron más de 40 mil encuentros con ciudadanos peruanos en la frontera sur estadounidense, una cifra muy superior a la de hace cinco años. Expertos atribuyen el aumento a la crisis económica y a la inseguridad en varias regiones del país.

“Volver así es duro, pero al menos estoy con mi madre”, comentó a la salida un joven de Huancayo que prefirió no dar su nombre.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      nationalities: [],
      people: { value: 120, approx: true },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2024-12-04",
    },
  },
  {
    id: "h8b-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Cuarenta y dos bolivianos deportados desde Estados Unidos llegan a Viru Viru",
    published: "2025-01-30",
    text: `SANTA CRUZ.— Cuarenta y dos bolivianos expulsados de Estados Unidos aterrizaron en la madrugada de este jueves en el aeropuerto internacional Viru Viru, en un vuelo chárter procedente de San Antonio, Texas, informó la Dirección General de Migración.

El director departamental de Migración, Ramiro Quispe Aliaga, explicó que el grupo estaba formado por 37 hombres y cinco mujeres, y que ninguno registraba órdenes de aprehensión pendientes en el país. “Se les brindó orientación y se verificó su identidad; todos pudieron retirarse con sus familiares”, indicó.

Es el segundo vuelo de este tipo que llega a Bolivia en lo que va de la gestión. El anterior, a inicios de mes, trajo a una treintena de connacionales a El Alto.

La Cancillería recordó que cerca de un millón de bolivianos viven en el exterior, la mayoría en Argentina, España y Brasil, y que en Estados Unidos residen alrededor de cien mil. El Consulado en Washington habilitó una línea telefónica para familias que buscan información sobre connacionales detenidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      nationalities: [],
      people: { value: 42, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["aeropuerto internacional Viru Viru"],
      date: "2025-01-30",
    },
  },
  {
    id: "h8b-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay se prepara para recibir un vuelo con deportados desde EE.UU.",
    published: "2025-02-27",
    text: `MONTEVIDEO (Redacción Regional).— El gobierno paraguayo confirmó que el próximo martes llegará al aeropuerto Silvio Pettirossi un vuelo fletado por Estados Unidos con unos 60 paraguayos deportados, el primero de estas características que recibirá el país vecino.

Según informó la Dirección Nacional de Migraciones de Paraguay, los ciudadanos serán recibidos por equipos de la Cancillería, del Ministerio de Salud y de la Secretaría de Desarrollo para Repatriados. No se informó desde qué ciudad estadounidense despegará la aeronave.

Hasta ahora, los paraguayos deportados regresaban en vuelos comerciales, por lo general vía Panamá o San Pablo. Asunción y Washington firmaron en diciembre un memorando de cooperación migratoria que, entre otros puntos, prevé este tipo de operativos.

En Uruguay, en tanto, la Cancillería indicó que no ha recibido notificación de vuelos similares y que los pocos uruguayos expulsados de Estados Unidos en los últimos meses —menos de una decena— llegaron a Carrasco en líneas regulares. Argentina, por su parte, no ha recibido vuelos de deportados en lo que va del año.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["PY"],
      nationalities: [],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["aeropuerto Silvio Pettirossi"],
      date: "2025-03-04",
    },
  },
  {
    id: "h8b-es-005",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un avión para devolver a 38 migrantes a Mauritania desde Canarias",
    published: "2025-03-28",
    text: `MADRID.— El Ministerio del Interior ha devuelto este jueves a Nuakchot a 38 ciudadanos mauritanos que habían llegado en cayuco a las islas Canarias en las últimas semanas, en un vuelo fletado que despegó desde el aeropuerto de Gran Canaria, según fuentes policiales.

Se trata de la tercera repatriación de este tipo en lo que va de año, en el marco del acuerdo de readmisión vigente entre España y Mauritania. Los migrantes fueron custodiados por agentes de la Policía Nacional durante todo el trayecto.

Organizaciones como la Comisión Española de Ayuda al Refugiado cuestionaron la rapidez del procedimiento y denunciaron que varios de los devueltos no pudieron entrevistarse con un abogado. Interior sostiene que todos contaron con asistencia letrada.

En 2024 llegaron a Canarias por vía marítima más de 46.000 personas, una cifra récord. Mauritania se ha convertido en el principal punto de partida de la ruta atlántica, por delante de Senegal y Gambia. Bruselas, que firmó con Nuakchot un acuerdo de 210 millones de euros, observa con atención estas operaciones, muy distintas en escala de las deportaciones masivas anunciadas en Estados Unidos.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h8b-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Honduras recibe vuelo de EEUU con venezolanos, nicaragüenses y cubanos",
    published: "2025-06-20",
    text: `Un avión con 163 migrantes de Venezuela, Nicaragua y Cuba deportados por Estados Unidos aterrizó el miércoles en el Aeropuerto Internacional Ramón Villeda Morales, en San Pedro Sula, en el marco del acuerdo por el que Honduras acepta recibir temporalmente a ciudadanos de terceros países, reportó nuestra corresponsalía.

El vuelo partió de El Paso, Texas, según el registro de seguimiento aéreo. El Instituto Nacional de Migración (INM) hondureño informó que los migrantes permanecerán en un albergue en Cortés mientras se gestiona su traslado a sus países de origen o a otro destino, y que Washington cubrirá los gastos.

“Honduras no es un centro de detención; les brindamos alojamiento digno por un tiempo limitado”, dijo a nuestro canal el vicecanciller Eduardo Pinel Suazo. Organizaciones de derechos humanos, en cambio, advirtieron que varios de los nicaragüenses tienen solicitudes de asilo pendientes y temen ser devueltos a Managua.

Ese mismo día llegaron a la base aérea de Palmerola otros dos vuelos con 287 hondureños retornados desde Estados Unidos. En lo que va del año, Honduras ha recibido a más de 15.000 connacionales deportados por vía aérea.

Abogados de inmigración en Houston y Miami consultados por esta cadena recomiendan a las familias de migrantes detenidos que verifiquen a diario el localizador en línea de ICE, ya que los traslados se producen con poca antelación.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      nationalities: ["VE", "NI", "CU"],
      people: { value: 163, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2025-06-18",
    },
  },
  {
    id: "h8b-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Colombia reanuda la recepción de vuelos con deportados desde Estados Unidos",
    published: "2025-09-12",
    text: `BOGOTÁ.— La Cancillería anunció este jueves que Colombia volverá a recibir los vuelos con connacionales deportados desde Estados Unidos, que estaban suspendidos desde hacía tres semanas por diferencias sobre el trato a los pasajeros.

En un comunicado, el Ministerio de Relaciones Exteriores señaló que se alcanzó un acuerdo con el Departamento de Seguridad Nacional para que los colombianos viajen sin esposas y con acompañamiento de funcionarios consulares. No se precisó cuándo aterrizará el primer vuelo tras la reanudación.

Migración Colombia estima que, durante la suspensión, más de 1.800 colombianos quedaron retenidos en centros de detención estadounidenses a la espera de ser trasladados. En lo que va del año han llegado al país 142 vuelos de deportación, la mayoría a Bogotá y Rionegro.

La decisión fue recibida con alivio por familias en el Valle del Cauca y Risaralda, departamentos con alta migración hacia Estados Unidos. “Lo único que pedimos es que los traten como personas”, dijo Luz Dary Ocampo, madre de un joven detenido en Georgia.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CO"],
      nationalities: [],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-11",
    },
  },
  {
    id: "h8b-es-008",
    lang: "es",
    style: "spanish-outlet",
    title: "Alrededor de 110 ecuatorianos deportados llegan a Latacunga",
    published: "2025-10-03",
    text: `QUITO.— Alrededor de 110 ecuatorianos deportados por Estados Unidos llegaron el martes al aeropuerto Cotopaxi, en Latacunga, informó el Ministerio de Relaciones Exteriores y Movilidad Humana.

La Cancillería indicó que los retornados, en su mayoría hombres de las provincias de Azuay, Cañar y Guayas, recibieron atención médica, kits de aseo y asesoría para reinsertarse en el mercado laboral. Algunos de ellos permanecieron más de seis meses en centros de detención.

Es el quinto vuelo de deportación que llega al país en septiembre. Según datos oficiales, desde enero han retornado por esta vía más de 7.000 ecuatorianos, frente a unos 4.500 en el mismo periodo del año anterior.

El viceministro de Movilidad Humana, Andrés Tapia Villacrés, pidió a los ciudadanos no arriesgar su vida en la ruta irregular: “La selva del Darién y los coyotes no son el camino”. La ruta a través de Panamá se ha reducido notablemente este año, aunque persisten salidas por Centroamérica y México.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      nationalities: [],
      people: { value: 110, approx: true },
      departure: [],
      arrival: ["aeropuerto Cotopaxi"],
      date: "2025-09-30",
    },
  },
  {
    id: "h8b-es-009",
    lang: "es",
    style: "near-miss",
    title: "INM devuelve en vuelo a 130 hondureños desde Tapachula",
    published: "2026-01-16",
    text: `TAPACHULA, Chis.— El Instituto Nacional de Migración (INM) informó que este jueves trasladó vía aérea a 130 personas de nacionalidad hondureña desde el aeropuerto de Tapachula hasta San Pedro Sula, como parte de sus operativos de retorno asistido.

Los extranjeros habían sido localizados en distintos puntos de Chiapas y Oaxaca y permanecían en la estación migratoria Siglo XXI. El INM precisó que el vuelo fue cubierto con recursos del gobierno mexicano y que los migrantes fueron acompañados por personal de la Guardia Nacional.

En 2025, México devolvió a sus países de origen a más de 90 mil extranjeros, principalmente de Guatemala, Honduras y El Salvador, según cifras de la Unidad de Política Migratoria.

Defensores de derechos humanos en la frontera sur señalaron que, mientras Estados Unidos endurece sus deportaciones, México intensifica los retornos desde su territorio, lo que ha dejado a muchos migrantes varados en Tapachula sin poder avanzar ni regresar.`,
    expect: {
      relevant: false,
    },
  },
  {
    id: "h8b-es-010",
    lang: "es",
    style: "near-miss",
    title: "Gobierno chileno concreta nuevo vuelo de expulsión con 62 extranjeros",
    published: "2026-02-13",
    text: `SANTIAGO.— Un avión de la Fuerza Aérea de Chile despegó este jueves desde la base aérea de Pudahuel con 62 extranjeros expulsados del país, en su mayoría colombianos, peruanos y bolivianos con condenas por delitos, informó el Servicio Nacional de Migraciones.

La aeronave hizo escalas en Lima y Bogotá antes de seguir a Santa Cruz de la Sierra. El director del servicio, Gonzalo Ibáñez Arancibia, afirmó que la medida busca “enviar una señal clara a quienes vienen a delinquir”.

Con este operativo, suman más de 2.300 las expulsiones materializadas desde el inicio de la actual administración, entre vuelos institucionales y vuelos comerciales. El gobierno anunció que en marzo se realizará otro vuelo con destino a Venezuela, pese a que Caracas no ha confirmado su autorización.

La Defensoría de la Niñez pidió revisar los casos de padres con hijos nacidos en Chile. Parlamentarios de oposición, por su parte, compararon el procedimiento con las deportaciones masivas de Estados Unidos, algo que el Ejecutivo rechazó.`,
    expect: {
      relevant: false,
    },
  },
];
