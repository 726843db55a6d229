// Held-out news corpus no. 15 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT15C: CorpusArticle[] = [
  {
    id: "h15c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "一百零九名被美方遣返人员乘包机抵达福州",
    published: "2025-11-20",
    text: `东南晨讯福州11月20日电（记者 林晓澜）记者从福建省有关部门获悉，一架载有一百零九名被美国遣返的中国籍人员的包机，本月18日晚间降落福州长乐国际机场。

据介绍，该包机由美国移民和海关执法局安排，自埃尔帕索起飞，经停一次后飞抵福州。被遣返人员大多来自福州、莆田、宁德等地，其中女性二十一人。

有关部门工作人员在现场对遣返人员进行了身份核查和健康检查。一名负责接收工作的官员表示：“我们依法依规做好接收工作，同时坚决打击组织、运送他人偷越国（边）境的违法犯罪活动。”

据公开数据，过去一年中，美方已向中国遣返多批人员。今年上半年，另有两批共约二百七十人分别经广州和上海入境。

相关部门提醒，通过所谓“走线”方式偷渡美国风险极高，不少人在途中遭遇抢劫、被困甚至丧命。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 109, approx: false },
      departure: ["埃尔帕索"],
      arrival: ["福州长乐国际机场"],
      date: "2025-11-18",
    },
  },
  {
    id: "h15c-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國第三國遣返再擴大 約三十名非洲、亞洲移民被送往烏干達",
    published: "2026-03-12",
    text: `【寰島新聞網／國際中心綜合報導】美國川普政府推動的「第三國遣返」再添新例。烏干達內政部官員證實，一架美方包機上週二降落恩德培國際機場，機上約三十名被遣返者沒有一人是烏干達公民。

據烏干達官員透露，這批人來自厄利垂亞、索馬利亞與阿富汗，其中最年輕的只有十九歲。他們抵達後被安置在首都坎帕拉近郊的一處接待中心，由國際組織協助處理庇護申請。

烏干達去年與美方簽署協議，同意接收無法被遣返回原籍國的第三國人士，但強調不接受有犯罪紀錄者及無人陪伴的未成年人。一名不願具名的烏干達外交官員說：「我們按照協議辦事，每一個案例都經過審查。」

人權團體則批評此類安排。非洲難民權益聯盟發言人奧凱洛（Moses Okello）表示，這些人與烏干達毫無關聯，「把人送到一個陌生的國家，等於把問題轉嫁給別人」。

美國國土安全部過去一年已將數百名移民送往中美洲、非洲等地的第三國，包括哥斯大黎加、巴拿馬與南蘇丹。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["ER", "SO", "AF"],
      people: { value: 30, approx: true },
      departure: [],
      arrival: ["恩德培國際機場"],
      date: "2026-03-03",
    },
  },
  {
    id: "h15c-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返包機抵胡志明市 逾百越南人返國",
    published: "2025-06-27",
    text: `（本報綜合外電）越南公安部消息指，一班由美國移民及海關執法局安排的包機周三（25日）從德州起飛，降落胡志明市新山一國際機場，機上載有逾一百名被遣返的越南公民。

越南官方媒體引述公安部出入境管理局官員說，這批人員大部分於近年偷渡或逾期居留美國，抵埗後須接受身份核實，部分人將被送回原籍省份，包括河靜、義安等地。

河內與華盛頓於2020年簽署備忘錄，就遣返1995年後抵美的越南人訂定程序。據統計，去年全年美方遣返越南人約一千二百人，今年至今已超過九百人。

一名在機場接機的婦人對記者說：「兒子去了美國五年，今天終於見到他，雖然不是這樣回來我們想要的。」

分析指，隨着美國加緊執法，越南、柬埔寨及老撾等東南亞國家近月接收的遣返航班明顯增加。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 100, approx: true },
      departure: ["德州"],
      arrival: ["新山一國際機場"],
      date: "2025-06-25",
    },
  },
  {
    id: "h15c-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "蒙古国同意接收美方遣返的本国公民",
    published: "2026-01-09",
    text: `北方环球社乌兰巴托1月9日电（通讯员 巴特尔）蒙古国外交部8日发表声明说，蒙方已同意接收被美国当局遣返的蒙古国公民，双方将通过外交渠道核实身份并安排回国事宜。

声明说，蒙古国政府“始终关心在海外的本国公民的合法权益”，愿在尊重人权和国际法的基础上与美方开展移民事务合作。声明未透露首批遣返的时间和人数。

据蒙古国国家统计部门数据，目前在美国生活的蒙古国公民约有三万人，其中相当一部分集中在芝加哥、丹佛和华盛顿特区周边。

此前有美国媒体报道，美方曾将蒙古国列入“遣返合作不足”的国家名单，并考虑对其公民实施签证限制。蒙古国议员冈巴特（化名）表示，此次表态“有助于避免签证制裁影响普通留学生和商务人员”。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-08",
    },
  },
  {
    id: "h15c-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美擬下週一遣返約六十名印尼人 雅加達已準備接收",
    published: "2025-09-04",
    text: `【南洋觀察報／綜合報導】印尼外交部發言人周四表示，美國當局已通知印尼方面，將於下週一以包機遣返約六十名印尼公民，班機預計從亞利桑那州梅薩起飛，降落雅加達蘇加諾-哈達國際機場。

發言人說，印尼駐洛杉磯及休士頓總領事館已派員探視待遣返者，確認他們的身份並提供必要協助。「我們希望確保每位公民在返國過程中得到人道對待。」

據了解，這批人多數為逾期居留者，部分人在美國已生活超過十年。印尼官員表示，返國者抵達後將由社會事務部安排臨時住宿和交通。

印尼與美國近年在移民事務上的合作持續增加。去年美方共遣返約四百名印尼人，大部分搭乘商業航班分批返國，包機遣返仍屬少見。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["ID"],
      people: { value: 60, approx: true },
      departure: ["亞利桑那州梅薩"],
      arrival: ["雅加達蘇加諾-哈達國際機場"],
      date: "2025-09-08",
    },
  },
  {
    id: "h15c-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再遣返四十七名俄罗斯人 包机飞抵莫斯科",
    published: "2026-05-21",
    text: `美华时报讯（记者 周启明）据俄罗斯媒体报道，一架载有四十七名俄罗斯公民的美国移民局包机周二从路易斯安那州亚历山大市起飞，经停冰岛后降落莫斯科伏努科沃机场。

这些人大多是在2022年之后经墨西哥进入美国并申请庇护的俄罗斯人，其庇护申请已被移民法庭驳回。俄方人权机构一名代表说，部分人担心回国后因逃避兵役而受到追究。

据报道，这是今年以来美方第三次以包机方式向俄罗斯遣返人员。前两次分别在一月和三月，共遣返约九十人。

在洛杉矶从事移民法律服务的律师陈蔚然表示，俄罗斯籍当事人的案件近来明显增多，“很多人以为庇护申请只是时间问题，但现在驳回率上升得很快”。

美国移民和海关执法局未就此次航班发表评论。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RU"],
      people: { value: 47, approx: false },
      departure: ["路易斯安那州亚历山大市"],
      arrival: ["伏努科沃机场"],
      date: "2026-05-19",
    },
  },
  {
    id: "h15c-zh-007",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "哥倫比亞宣布暫停接收美國遣返航班",
    published: "2025-12-03",
    text: `濠江日報訊 據外電報道，哥倫比亞總統府週一發表聲明，宣布即日起暫停接收美國的遣返包機，直至雙方就被遣返者的待遇達成新的安排。

聲明指，近期有被遣返者反映在航程中全程被戴上手銬腳鐐，哥國政府認為此做法「有損公民尊嚴」。聲明同時表示，哥倫比亞願意以本國空軍飛機接回在美國的公民。

哥倫比亞今年至今已接收超過一百班美方遣返航班，被遣返者逾一萬三千人，是拉丁美洲接收人數最多的國家之一，僅次於墨西哥、危地馬拉和洪都拉斯。

美國國務院一名發言人回應稱，美方「已知悉相關聲明」，並希望哥方履行接收本國公民的國際義務。分析人士指，兩國今年初曾因類似問題爆發外交風波，最終哥方讓步。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-12-01",
    },
  },
  {
    id: "h15c-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "近二百名孟加拉国人被美国遣返",
    published: "2026-02-14",
    text: `狮城联合报讯 孟加拉国内政部官员说，美国本月11日以包机遣返近二百名孟加拉国公民，班机降落达卡沙阿贾拉勒国际机场。

这名官员说，被遣返者中有不少人曾支付高达三万美元给中介，经南美洲辗转抵达美墨边境。孟加拉国警方已在机场为部分人员录取口供，以追查人口走私网络。

孟加拉国是近年经“达连隘口”北上美国人数增长较快的南亚国家之一。根据巴拿马当局的数据，去年经该路线北上的孟加拉国人超过四千人，仅次于印度和尼泊尔的南亚移民。

一名返国男子对当地电视台说，他在得州拘留中心关了七个月，“钱都花光了，回来什么都没有”。孟加拉国政府表示，将为返国人员提供职业培训。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 200, approx: true },
      departure: [],
      arrival: ["达卡沙阿贾拉勒国际机场"],
      date: "2026-02-11",
    },
  },
  {
    id: "h15c-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "二十三名大馬人遭美遣返 包機抵吉隆坡",
    published: "2025-08-08",
    text: `（星港快訊）馬來西亞移民局證實，美國移民當局上週五安排包機，從休士頓遣返二十三名馬來西亞公民，班機於當地時間凌晨抵達吉隆坡國際機場。

移民局總監在聲明中說，這批人全部為成年男性，多數是持旅遊簽證入境美國後逾期滯留，其中兩人曾在美國涉及刑事案件。

馬來西亞外交部表示，大馬駐美使館事前已與美方溝通，確認所有人的國籍。外交部同時提醒國人，切勿相信以「高薪工作」為名的非法赴美中介。

據悉，美方過去多以商業航班分批遣返馬來西亞人，今次以包機方式集體遣返，在當地引起關注。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MY"],
      people: { value: 23, approx: false },
      departure: ["休士頓"],
      arrival: ["吉隆坡國際機場"],
      date: "2025-08-01",
    },
  },
  {
    id: "h15c-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "委內瑞拉、宏都拉斯移民被送往薩爾瓦多？美包機再引爭議",
    published: "2026-04-17",
    text: `【台北環球日報／國際新聞組】一架美國國土安全部包機本月14日從德州哈林根起飛，將一百八十多名移民送往薩爾瓦多。薩國政府表示，機上人員包括委內瑞拉人與宏都拉斯人，沒有薩爾瓦多公民。

薩爾瓦多安全部長辦公室在社群媒體上發布影片，顯示被遣返者在聖薩爾瓦多國際機場下機後，被押上巴士送往收容設施。薩國官員稱，其中部分人被美方指為幫派成員，但未提供具體證據。

美國與薩爾瓦多去年達成協議，由薩方接收部分第三國人士，美方則提供資金支持。人權組織「中美洲正義觀察」指出，許多被送往薩國的人「從未被任何法院定罪」。

委內瑞拉外交部發表聲明，譴責此舉「綁架」委國公民，並要求美方將他們送回委內瑞拉。宏都拉斯政府則表示，正透過領事管道了解本國公民的情況。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: ["VE", "HN"],
      people: { value: 180, approx: true },
      departure: ["德州哈林根"],
      arrival: ["聖薩爾瓦多國際機場"],
      date: "2026-04-14",
    },
  },
  {
    id: "h15c-zh-011",
    lang: "zh",
    style: "chinese-outlet",
    title: "尼加拉瓜接收一百三十五名美方遣返人员",
    published: "2025-10-05",
    text: `寰球简讯 尼加拉瓜移民局消息，10月2日，一架美国遣返包机降落马那瓜，机上共有一百三十五名尼加拉瓜公民。

尼加拉瓜方面说，这是本月第一架来自美国的遣返航班。今年以来，尼加拉瓜已接收约四十架次遣返航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NI"],
      people: { value: 135, approx: false },
      departure: [],
      arrival: ["马那瓜"],
      date: "2025-10-02",
    },
  },
  {
    id: "h15c-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "日本入管厅包机遣返四十余名斯里兰卡籍滞留者",
    published: "2025-07-18",
    text: `东瀛华报讯 日本出入国在留管理厅17日宣布，当天以包机方式将四十余名非法滞留的斯里兰卡籍人员从东京羽田机场遣返科伦坡。

入管厅说，这批人员均已收到驱逐出境令，其中部分人曾多次申请难民认定未获批准。日本自2023年修订《出入国管理法》后，限制难民申请者反复申请以阻止遣返。

日本律师团体批评说，包机遣返过程中存在强制措施，要求政府公开相关信息。入管厅表示，整个过程“依法妥善实施”。

据统计，日本去年共以包机方式实施遣返五次，涉及越南、泰国、斯里兰卡和菲律宾等国人员。`,
    expect: { relevant: false },
  },
  {
    id: "h15c-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "移民署專案遣返 二十七名逾期印尼移工搭機返國",
    published: "2026-06-05",
    text: `【寶島民生報／記者 許雅婷 桃園報導】內政部移民署今天表示，經過兩個月的專案查緝，已將二十七名逾期居留的印尼籍移工，分批搭乘商業航班從桃園國際機場遣返雅加達。

移民署北區事務大隊指出，這批移工多數在逃離原雇主後，於中部的農場及工地非法打工，其中最長逾期居留達六年。移民署依規定對他們處以罰鍰，並列入禁止入境名單。

移民署官員說：「我們鼓勵逾期者主動到案，可從輕處理。」據統計，今年一至五月全台已有超過八千名逾期外來人口主動到案，以越南、印尼及菲律賓籍為最多。

移民署也提醒雇主，非法僱用外籍人士最高可處新台幣七十五萬元罰鍰。`,
    expect: { relevant: false },
  },
  {
    id: "h15c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "二百余名电诈犯罪嫌疑人被包机押解回国",
    published: "2025-09-26",
    text: `本报讯（记者 王骁）公安部25日通报，在中缅双方执法部门密切配合下，二百余名中国籍电信网络诈骗犯罪嫌疑人当日分乘四架包机，从缅甸妙瓦底附近的泰国湄索机场被押解回国，降落在南京和郑州。

公安部有关负责人表示，这是今年以来从缅北、缅甸东部地区押解嫌疑人人数较多的一次。专案组民警全程押解，落地后立即开展审讯和取证工作。

据介绍，今年以来，公安机关会同缅甸、泰国、柬埔寨等国执法部门，已累计抓获并遣返电诈犯罪嫌疑人五千余名。

该负责人强调，公安机关将持续保持高压态势，坚决铲除境外电诈窝点。`,
    expect: { relevant: false },
  },
  {
    id: "h15c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "美国移民法庭积压案件突破三百八十万宗",
    published: "2026-02-27",
    text: `美洲侨报讯（记者 李嘉欣）根据一家大学研究机构最新公布的数据，截至今年1月底，美国移民法庭积压的待审案件已超过三百八十万宗，平均每宗案件需等待近四年才能结案。

报告显示，纽约、休斯敦和迈阿密是积压最严重的地区。华人当事人的案件主要集中在纽约和洛杉矶，其中大多为庇护申请。报告还指出，过去一年庇护申请的批准率下降约十个百分点。

纽约执业的移民律师黄建国说，不少当事人等了三四年仍未排到开庭日期，“这段时间他们处于法律上的灰色地带，心理压力非常大”。

司法部下属的移民审查执行办公室表示，正在招聘更多移民法官以缓解积压。过去一年新增法官约六十名，但也有一批法官离职。`,
    expect: { relevant: false },
  },
  {
    id: "h15c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "美國擴大入境限制 港人赴美旅遊受影響嗎？",
    published: "2025-07-03",
    text: `（維港財經日報）美國國務院日前宣布擴大入境限制，新增多個國家的公民將被暫停發放部分類別的簽證。名單主要涉及非洲及中東國家，香港特區護照持有人暫不受影響。

多間旅行社表示，暑假赴美旅行團查詢量未有明顯下降，但有客人擔心入境時被加強盤問。一名旅行社負責人說：「我們會提醒客人帶齊酒店訂單及回程機票。」

另外，美國駐港總領事館表示，學生簽證面談已恢復正常排期，但申請人須公開社交媒體帳戶以供審查。

有學者指出，近年美國收緊移民及簽證政策，對留學及商務往來造成一定影響。去年獲發美國學生簽證的香港學生約三千人。`,
    expect: { relevant: false },
  },
  {
    id: "h15c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "圣地亚哥边境一周逮捕逾百名中国籍移民",
    published: "2025-04-11",
    text: `北美华声网讯 据美国海关和边境保护局透露，上周在加州圣地亚哥边境地区，共有一百多名中国籍移民在越境后被边境巡逻队拦截，其中包括十余名儿童。

这些人大多在厄瓜多尔入境南美，随后经中美洲和墨西哥北上，从提华纳附近的边境墙缺口进入美国。被拦截后，他们被送往附近的处理中心，部分人随后被转押至移民拘留设施。

一名曾被拘留的福建籍男子向本网讲述，拘留中心“又冷又挤，每天只能吃两顿饭”。他在获释后正在等待移民法庭开庭。

移民律师提醒，通过非法途径入境者的庇护申请难度越来越大，一旦被下达遣返令，可能面临被遣返回国的风险。`,
    expect: { relevant: false },
  },
  {
    id: "h15c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "南韓法務部包機遣返一百五十名泰國非法滯留者",
    published: "2026-05-08",
    text: `【澳門新聞週報】據韓聯社報道，南韓法務部本週三動用包機，將約一百五十名非法滯留的泰國人從仁川機場遣返曼谷。這是南韓今年首次以包機方式集中遣返外國人。

南韓法務部表示，這批泰國人大多以免簽方式入境後在農村及建築工地非法打工，被當地人稱為「幽靈勞工」。目前在南韓非法滯留的泰國人估計超過十四萬，佔非法滯留外國人總數近一半。

泰國勞工部官員說，將為返國者提供就業輔導。法務部則表示，今年內將繼續加強查緝，並考慮對越南、蒙古等國籍人士實施類似措施。`,
    expect: { relevant: false },
  },
  {
    id: "h15c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "大马移民局遣返逾三百名缅甸籍非法移民",
    published: "2025-12-17",
    text: `南国商报讯 马来西亚移民局总监周二说，该局本月已分两批将三百多名缅甸籍非法移民遣返回国，其中一批由缅甸海军舰艇从吉打州接回，另一批搭乘包机从吉隆坡飞往仰光。

他说，这些人是在过去数月于雪兰莪、柔佛和槟城等地的突击检查中被逮捕，此前被关押在各地的移民拘留营。

人权组织对此表示关注，指出部分被遣返者可能在缅甸面临迫害。移民局回应称，所有遣返者均为自愿返国，并获得缅甸驻马大使馆的确认。

据统计，今年马来西亚已遣返约四万名非法移民，主要为印尼、孟加拉国和缅甸籍人士。`,
    expect: { relevant: false },
  },
  {
    id: "h15c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "加拿大边境服务局遣返一名中国籍男子",
    published: "2026-03-25",
    text: `枫华日报讯（记者 何思源）加拿大边境服务局23日证实，一名因涉嫌在国内经济犯罪而被通缉的中国籍男子，已被从温哥华遣返回中国。该男子由两名边境服务局官员陪同，搭乘商业航班飞往北京。

据了解，该男子于2016年持旅游签证入境加拿大，随后申请难民身份被拒，其后多次上诉均未成功。联邦法院本月初驳回了他暂缓遣返的最后申请。

边境服务局发言人说，该局每年遣返约一万五千人，“所有遣返都依照《移民及难民保护法》进行”。

温哥华一名移民顾问表示，类似案件近年来有所增加，但每一宗都需要经过漫长的法律程序。`,
    expect: { relevant: false },
  },
  {
    id: "h15c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "'They came home with nothing': 62 Filipinos deported from US",
    published: "2026-06-10",
    text: `MANILA — Sixty-two Filipinos removed by United States immigration authorities arrived on Monday aboard a chartered aircraft, the Bureau of Immigration said, in what officials described as the largest single group of deportees from America this year.

"The flight left Tacoma, Washington, and touched down at the Ninoy Aquino International Airport shortly before dawn. All sixty-two were processed and turned over to their families or to the social welfare department," bureau spokesperson Rhodora Villaceran told the Manila Evening Ledger. "Most of them had overstayed visas. Eleven had criminal records in the US, and we are checking whether any of them have pending cases here."

Villaceran said the group included nine women and no minors. Officials from the Department of Migrant Workers were on hand to offer livelihood assistance and temporary shelter in Pasay City.

The Philippine embassy in Washington has said that some 300 Filipinos are currently in the custody of US Immigration and Customs Enforcement, up from fewer than 70 a year earlier. Advocates in California and Hawaii have urged Manila to do more to provide lawyers for detained nationals.

"Some of these people lived in America for twenty years. They came home with nothing, not even a change of clothes," said Arnel Bautista of the migrant group Kapit-Bahay Abroad, who met several returnees at the airport.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 62, approx: false },
      departure: ["Tacoma, Washington"],
      arrival: ["Ninoy Aquino International Airport"],
      date: "2026-06-08",
    },
  },
  {
    id: "h15c-en-002",
    lang: "en",
    style: "wire",
    title: "US flies 14 African and Iranian deportees to Congo under third-country deal",
    published: "2026-07-22",
    text: `KINSHASA, July 22 (Equator Wire) - The United States deported fourteen men from Cameroon, Ghana and Iran to the Democratic Republic of Congo last Thursday, Congolese officials said on Wednesday, the first flight under an agreement that allows Washington to send migrants to Congo even when they are not Congolese.

The men landed at N'djili International Airport and were taken to a hotel under police guard, a spokesman for the Congolese interior ministry said. None of them had any known ties to the country.

Lawyers for two of the Cameroonians said their clients had pending claims for protection in the US and had been given less than a day's notice. "They were told to sign a paper in English and French, and by the next morning they were in the air," one lawyer, Beatrice Ndongo, said by telephone.

The Trump administration has struck similar arrangements with countries including Rwanda, Eswatini, Ghana and South Sudan. US officials say such agreements are needed because some countries refuse or delay taking back their own citizens.

Congo's government has said it will receive no more than 50 people a year under the deal, and that it is being paid an undisclosed sum to cover housing and integration costs.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CD"],
      nationalities: ["CM", "GH", "IR"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["N'djili International Airport"],
      date: "2026-07-16",
    },
  },
  {
    id: "h15c-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Another US deportation flight lands in Punjab; families wait outside airport",
    published: "2025-03-06",
    text: `AMRITSAR: The families began gathering at the gates before midnight, some holding photographs, some holding nothing but a mobile phone with a number that no longer answered. Gurmeet Kaur, 58, had not seen her son since he left the village of Bhullar four years ago with the help of an agent who charged the family 45 lakh rupees.

By morning she had him back. He was one of about 110 Indians sent home by the United States on a military transport aircraft that took off from Texas and landed in Amritsar, the fourth such flight since February.

Officials of the Punjab police said most of those on board were from Punjab, Haryana and Gujarat, with smaller numbers from Uttar Pradesh and Himachal Pradesh. Several said they had been shackled for most of the journey, a claim the US embassy in New Delhi did not directly address.

The aircraft touched down at around 10.40 pm on Wednesday, district officials said, and the returnees were released after questioning by immigration and intelligence officials in the early hours of Thursday.

Punjab's government has set up a special investigation team to pursue the travel agents involved. Since January, more than 30 cases have been registered against agents in the Doaba region alone.

"I will not let him go again, even if he says he wants to," Kaur said, standing in the car park as her son slept in the back seat of a relative's car.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 110, approx: true },
      departure: ["Texas"],
      arrival: ["Amritsar"],
      date: "2025-03-05",
    },
  },
  {
    id: "h15c-en-004",
    lang: "en",
    style: "radio-bulletin",
    title: "Nine Tongans deported from the United States arrive home",
    published: "2025-11-28",
    text: `NUKU'ALOFA (Pacific Morning Bulletin) — Nine Tongan men deported from the United States arrived at Fua'amotu International Airport this morning on a charter flight from Honolulu, the Ministry of Police has confirmed.

A police spokesman said the men had served prison sentences in the US and would be met by probation officers and church representatives. He said the ministry was notified of the flight only five days ago.

Community leaders have again called for better support for returnees, many of whom left Tonga as young children. Tonga has received more than 60 deportees from the US, Australia and New Zealand so far this year.

In other news, the Ministry of Health says the measles vaccination campaign in Vava'u will continue into next week.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TO"],
      people: { value: 9, approx: false },
      departure: ["Honolulu"],
      arrival: ["Fua'amotu International Airport"],
      date: "2025-11-28",
    },
  },
  {
    id: "h15c-en-005",
    lang: "en",
    style: "wire",
    title: "Georgia to resume taking deportation flights from US after three-month pause",
    published: "2026-08-19",
    text: `TBILISI/HONG KONG (Harbour Global News) - Georgia will resume accepting its citizens deported from the United States, the interior ministry in Tbilisi said on Tuesday, ending a three-month pause that followed a dispute over how returnees were identified.

In a statement, the ministry said the two sides had agreed on a new procedure under which Georgian consular officers would confirm the identity of each person before a flight is scheduled. It did not say when the first flight would take place or how many people were awaiting removal.

Georgian officials halted acceptance of US removal flights in May after, they said, at least two people without Georgian citizenship were put on a flight to Tbilisi. Washington said at the time that the error had been corrected.

Georgian nationals have made up a growing share of asylum applicants in the US and in the European Union. Germany, Ireland and France have carried out several charter removals of Georgians this year.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-08-18",
    },
  },
  {
    id: "h15c-en-006",
    lang: "en",
    style: "explainer",
    title: "Q&A: Why is the US about to deport dozens of people to Laos?",
    published: "2026-01-30",
    text: `BANGKOK (Mekong Review Online) — Laos has told diplomats that it expects a chartered deportation flight from the United States in February. Here is what we know.

What is happening? According to two officials in Vientiane, US Immigration and Customs Enforcement has asked to fly around 40 Lao nationals home next month. The aircraft is expected to land at Wattay International Airport. No exact date has been given.

Who are the deportees? Most are believed to be long-term US residents who came as children of refugees after 1975 and later lost their status after criminal convictions. Many speak little or no Lao.

Why now? For years Laos accepted only a handful of deportees. Washington imposed visa restrictions on Lao officials in 2024 and has pressed Vientiane, along with Cambodia, Myanmar and Vietnam, to take back more people.

What happens on arrival? Lao officials say returnees will be held briefly for identity checks and then released to relatives, if any can be found. Community groups in Minnesota and California say some have no family left in Laos at all.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["LA"],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["Wattay International Airport"],
      date: "2026-02",
    },
  },
  {
    id: "h15c-en-007",
    lang: "en",
    style: "wire",
    title: "Jordan receives 23 Syrian, Iraqi and Yemeni deportees from US",
    published: "2025-10-16",
    text: `SINGAPORE/AMMAN (Straits Ledger) – Twenty-three men from Syria, Iraq and Yemen were flown from Mesa, Arizona, to Jordan on October 13 under an arrangement between Amman and Washington, Jordanian government sources said on Thursday.

The men arrived at Queen Alia International Airport and were transferred to a facility run with the help of an international aid agency, the sources said. Jordan had agreed earlier this year to take in a limited number of third-country nationals who could not be returned to their home countries.

The US Department of Homeland Security said in a statement that all of those removed "had final orders of removal and had been afforded due process." It did not name the nationalities.

Jordan hosts more than 600,000 registered Syrian refugees. Rights groups questioned whether the kingdom could absorb more people, and said the deportees risked being sent on to Syria.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JO"],
      nationalities: ["SY", "IQ", "YE"],
      people: { value: 23, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Queen Alia International Airport"],
      date: "2025-10-13",
    },
  },
  {
    id: "h15c-en-008",
    lang: "en",
    style: "near-miss",
    title: "Fourteen Samoans deported from New Zealand arrive in Apia",
    published: "2026-09-02",
    text: `APIA (Samoa Weekly Observer) — Fourteen Samoans deported from New Zealand arrived at Faleolo International Airport on Monday on a scheduled flight from Auckland, the Ministry of Police said.

Immigration New Zealand said the group had been removed after serving sentences or overstaying their visas. Samoa has received more than 100 deportees from New Zealand and Australia in the past twelve months.

A reintegration programme run by the Samoa Returnees Charitable Trust will help the men find work and housing.`,
    expect: { relevant: false },
  },
  {
    id: "h15c-en-009",
    lang: "en",
    style: "opinion",
    title: "Opinion: Manila must stop treating its deported citizens as an afterthought",
    published: "2025-05-14",
    text: `By Teresita Almonte-Cruz

Every few months a new figure arrives from Washington: so many Filipinos detained, so many with final orders, so many "awaiting processing." The numbers are offered as reassurance. They should be read as a warning.

There are an estimated 350,000 Filipinos living in the United States without legal status. Most work in hospitals, care homes, kitchens and cruise ships. Many have lived there for decades. If even a fraction of them are removed, our government will face a homecoming it has done nothing to prepare for.

Other countries are not waiting. Mexico and Guatemala have set up reception centres at their airports. Our consulates, by contrast, still rely on overworked staff and a hotline that rings out.

The Department of Foreign Affairs should publish monthly data on detained and deported nationals, fund lawyers for those in detention, and build a serious reintegration programme. None of this is charity. It is the least a state owes its citizens.

The author is a former labour attaché and teaches migration policy in Quezon City.`,
    expect: { relevant: false },
  },
  {
    id: "h15c-en-010",
    lang: "en",
    style: "near-miss",
    title: "US appeals court limits rapid third-country removals",
    published: "2026-10-07",
    text: `HONG KONG (Pearl River Post) – A US federal appeals court ruled on Tuesday that the government must give migrants at least ten days' notice and a chance to raise fears of torture before deporting them to a country that is not their own.

The three-judge panel said the administration's policy of removing people to third countries with as little as six hours' notice violated federal law. The Department of Justice said it was reviewing the decision and could seek a rehearing.

The ruling does not stop removals to migrants' own countries. Lawyers for detainees from Vietnam, Cambodia and China said it could, however, delay plans to send some of their clients to countries in Africa and Central America.

Immigration courts in the US currently face a backlog of more than 3.5 million cases.`,
    expect: { relevant: false },
  },
];
