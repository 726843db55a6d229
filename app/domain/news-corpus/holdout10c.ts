// Held-out news corpus no. 10 (part c). Only ever SCORED, never tuned to: nobody adjusts the
// extractor to make these articles pass. Written by a writer who read only types.ts (not the
// extractor, its tests, docs/alerts.md or any other corpus file). Every outlet-style, name, quote
// and number below is invented; real places, agencies and airports appear only as settings.
import type { CorpusArticle } from "./types";

export const HOLDOUT10C: CorpusArticle[] = [
  {
    id: "h10c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再派包机遣返中国籍移民 一百二十余人降落福州",
    published: "2025-09-26",
    text: `【本报讯】美国国土安全部(DHS)25日发布简短声明称,移民与海关执法局(ICE)本月23日执行了一架大型包机遣返任务,将一百二十余名在美国没有合法居留依据的中国籍成年人送回中国。据知情人士透露,航班当天从路易斯安那州亚历山大起飞,中途在阿拉斯加经停加油,最终降落福州长乐国际机场。

声明没有透露被遣返者的籍贯,但侨社普遍认为其中福建籍人士占多数。纽约法拉盛一家移民律师事务所的合伙人郑文浩对本报说,本周已有三户客户家属打电话询问亲人是否在机上。"很多家庭是从老家亲戚那里才知道人已经落地了,律师反而是最后一个知道的。"

这是今年以来美方公开确认的第四架飞往中国的遣返包机。DHS数据显示,2025财年截至8月底,ICE共向全球一百六十多个国家执行了超过一千四百架次遣返航班,其中飞往危地马拉、洪都拉斯和墨西哥的航班占了大头。

声明引述ICE执法与遣返行动部门一名负责人的话说:"没有合法身份留在美国的人,不论来自哪个国家,都将依法被遣返。"中国外交部此前多次表示,中方一贯反对任何形式的非法移民,愿在核实身份的基础上接收被遣返的中国公民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 120, approx: true },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["福州长乐国际机场"],
      date: "2025-09-23",
    },
  },
  {
    id: "h10c-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返包機飛抵瀋陽 約130名中國籍人士被送回",
    published: "2026-01-23",
    text: `(中央社記者林宜臻北京23日電)美國駐中國大使館今天透過微信公眾號證實,美國國土安全部上週五派出一架大型遣返包機,將約130名在美國缺乏合法居留身分的中國籍人士送回中國,班機降落遼寧瀋陽桃仙國際機場。

大使館貼文未說明班機從美國哪個城市起飛,也沒有公布被遣返者的性別與年齡結構。貼文寫道:「偷渡中介許諾的美國夢,只會讓你背上一身債務,最後被送回原點。」

這是美方首度公開一架遣返包機以中國東北城市為目的地。過去兩年公開的同類班機,多半降落福州、廣州或上海。一名熟悉中美執法合作的學者對中央社表示,遼寧、吉林籍人士近年經「走線」赴美人數明顯增加,美方選擇瀋陽,顯示機上人員籍貫較集中。

美國海關及邊境保護局(CBP)數據顯示,中國籍人士在美墨邊境遭攔查的人次,已從2024財年高峰時的逾3萬7000人次,降至2025財年的不到9000人次。

中國外交部發言人在例行記者會上被問及此事時表示,中方堅決打擊偷渡犯罪,對經核實的中國籍非法移民,中方一貫予以接收。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 130, approx: true },
      departure: [],
      arrival: ["瀋陽桃仙國際機場"],
      date: "2026-01-16",
    },
  },
  {
    id: "h10c-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "在美三十年 一夜回到西貢:越南遣返者的第一天",
    published: "2025-06-13",
    text: `五十八歲的阮文德(化名)走出胡志明市新山一國際機場的特別通道時,手上只拎着一個透明膠袋,裏面是一本過期的加州駕照、兩張家人照片和一盒未開封的降血壓藥。他說,上一次站在這片土地上,他還只是一個十九歲、準備搭漁船出海的少年。

他是美國移民及海關執法局(ICE)包機遣返的九十七名越南人之一。機上大多數是中年男子,不少人已在美國住了二三十年,在德州休斯頓或加州聖荷西經營過美甲店、修車廠,有孩子在美國出生。

越南公安部轄下出入境管理局向本報證實,班機於本月10日下午降落,所有人經身分核查後由家屬或地方政府接走。有四人因在越南沒有任何親屬,被暫時安置在市郊一間社會福利中心。

按照美越兩國2008年簽署的協議,1995年7月以前抵達美國的越南人原則上不會被遣返,但美方去年起對協議的解釋明顯收緊。據美國移民律師估計,目前約有八千六百名越南籍人士持有最終遣返令,其中相當一部分正是戰後難民。

在胡志明市協助遣返者的民間團體負責人黎氏蓉說,剛下機的人最怕的不是警察,而是「不知道怎麼重新做一個越南人」。她說:「很多人連身分證上的地址都寫不出來,越南話也只剩下小時候那幾句。」

阮文德說,他在美國的太太和兩個女兒還不知道他已經落地。「我下機後第一件事,是借別人的電話報平安。」`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 97, approx: false },
      departure: [],
      arrival: ["新山一國際機場"],
      date: "2025-06-10",
    },
  },
  {
    id: "h10c-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国将十名第三国人士遣送至埃斯瓦蒂尼 机上有一名大马男子",
    published: "2025-07-18",
    text: `(墨巴本综合电)非洲南部内陆小国埃斯瓦蒂尼政府发言人周三证实,一架美国政府包机已于周二晚间降落该国姆斯瓦蒂三世国王国际机场,机上十名被美国遣送的男子均非埃斯瓦蒂尼公民,分别来自越南、老挝和马来西亚。

发言人说,这批人将被安置在首都墨巴本附近的一处隔离设施内,"直到他们能够被送回各自的祖国为止",但未说明期限。她表示,接收安排是埃斯瓦蒂尼与美国政府"长期合作"的一部分,美方将承担全部费用。

美国国土安全部在社交媒体上发文称,这十人都曾在美国被判犯有严重罪行,其原籍国"拒绝接回"。不过,越南和老挝外交部均未就此置评。

我国外交部昨日发表文告说,已注意到有关报道,正通过驻比勒陀利亚高级专员公署核实该名男子的身份,"如确认为我国公民,将依法提供领事协助"。据了解,该男子早年以学生签证赴美,后来在加州定居。

美国最高法院今年6月裁定,政府可在一定条件下把被遣返者送往与其无关的第三国。人权组织批评,这类安排让当事人落在既不会说当地语言、又无法联系律师的国家。此前已有数名男子被送往另一个非洲国家。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "LA", "MY"],
      people: { value: 10, approx: false },
      departure: [],
      arrival: ["姆斯瓦蒂三世国王国际机场"],
      date: "2025-07-15",
    },
  },
  {
    id: "h10c-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "「他們已在我們手中」 薩爾瓦多再收美國遣送委內瑞拉人",
    published: "2026-02-12",
    text: `(綜合外電報導)薩爾瓦多安全部長羅德里戈.梅希亞週三在社群平台發布一段約一分鐘的影片,畫面中數十名剃了光頭、雙手上銬的男子被押下飛機。梅希亞在影片中說:「今天凌晨,一百一十二名由美國送來的外國囚犯已經在科馬拉帕機場落地,絕大多數是委內瑞拉人,另有幾名哥倫比亞人。他們會直接被送進反恐監獄,在那裏服完刑期。」

梅希亞說:「我們和華府的協議很清楚:他們付錢,我們負責看管。薩爾瓦多人民不必為此多付一分錢。」他沒有透露美方支付的金額。

根據航班追蹤網站的紀錄,這架包機自德州哈靈根起飛,飛行約三小時。美國國土安全部隨後證實了這次遣送,但拒絕評論被遣送者的具體罪名。

委內瑞拉外交部晚間發表聲明,譴責美國與薩爾瓦多「把委內瑞拉移民當成商品交易」,要求立即把人送回卡拉卡斯。哥倫比亞外交部則表示,正在向薩方確認機上哥倫比亞公民的人數和身分。

這是美國去年起將委內瑞拉人送往薩爾瓦多關押以來的又一批。人權團體估計,至今已有數百名委內瑞拉男子經由這種安排進入薩國監獄,其中不少人的家屬表示,親人在美國並無犯罪紀錄。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: ["VE", "CO"],
      people: { value: 112, approx: false },
      departure: ["德州哈靈根"],
      arrival: ["科馬拉帕機場"],
      date: "2026-02-11",
    },
  },
  {
    id: "h10c-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "【五點新聞】寮國同意恢復接收美國遣返人士",
    published: "2025-11-07",
    text: `各位聽眾,這裏是五點鐘新聞。首先是國際消息。寮國外交部今日發表聲明,宣布同意恢復接收被美國法院下令遣返的寮國公民,並會在三十日內向美方提交核發旅行證件的新程序。聲明說,寮方「願意在尊重人道原則的前提下」與美國合作。

美國國務院發言人其後表示歡迎,並稱美方會「相應檢討」二〇一八年起對寮國部分官員實施的簽證限制。兩國多年來因寮方拖延簽發旅行證件而關係緊張,美方估計目前有約四千七百名寮國人持有最終遣返令,當中不少是越戰後以難民身分赴美的苗族人。

在美國明尼蘇達州及加州的苗族社區團體今日發表聯合聲明,批評寮國政府的決定「讓數千個家庭一夜之間陷入恐慌」,呼籲美國國會介入。

本地消息:天文台表示,東北季候風會在明日抵達廣東沿岸,本港氣溫會下降至攝氏十九度左右。以上是五點鐘新聞。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["LA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-11-07",
    },
  },
  {
    id: "h10c-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "蒙古国拒绝美方请求 不接收第三国被遣返者",
    published: "2026-03-05",
    text: `(乌兰巴托综合电)蒙古国外交部周二(3日)晚间发表声明,明确拒绝美国提出的由蒙古接收"第三国被遣返人员"的请求。声明说,蒙古国"只会接收经核实身份的本国公民",不会为其他国家的公民提供临时安置。

据蒙古媒体报道,美方去年底通过外交渠道提出,希望蒙古接收一批原籍中亚和南亚国家、但原籍国拒绝或拖延接收的被遣返者,并表示愿意提供资金援助。蒙古国会外交与安全委员会一名议员对记者说,政府在内部讨论了近三个月,"最终认为这与蒙古作为内陆国家的安全利益不符"。

美国驻乌兰巴托大使馆发言人回应称,美方"尊重蒙古的主权决定",两国在执法领域的合作不受影响。

近一年来,美国已与数个非洲和中美洲国家达成类似安排。分析人士指出,蒙古夹在中俄两个大国之间,在涉及安全的议题上一向谨慎,此次拒绝并不令人意外。据蒙古外交部统计,目前在美国的蒙古公民约有两万人,其中持最终遣返令的不到三百人。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-03",
    },
  },
  {
    id: "h10c-zh-008",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美擬下月包機遣返逾百印尼人 雅加達籌備接收",
    published: "2025-10-16",
    text: `【本報綜合報道】印尼移民及矯正部一名官員周三對記者表示,美國已透過外交照會通知印尼政府,計劃於下月中旬以一架包機遣返逾一百名印尼籍人士,班機預計降落雅加達蘇加諾-哈達國際機場。這將是近年首架專程飛往印尼的美國遣返包機。

該官員說,名單上的人大多以旅遊或船員簽證入境美國後逾期居留,亦有少數人曾在美國被判刑。印尼方面正逐一核對身分,並要求美方在起飛前最少七日提供完整名單。

印尼駐華盛頓大使館表示,已派出領事人員到新澤西州及加州的拘留中心探訪部分當事人。大使館估計,在美國沒有合法身分的印尼人約有一萬五千人。

印尼是香港外籍家庭傭工的主要來源國之一,在港印傭約十五萬人。本地印尼社團負責人表示,消息傳出後,已有在港印傭詢問在美親屬會否受影響。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["ID"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["蘇加諾-哈達國際機場"],
      date: "2025-11",
    },
  },
  {
    id: "h10c-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国包机遣返四十余名韩国人 抵达仁川",
    published: "2025-08-29",
    text: `据韩国法务部27日发布的消息,一架美国移民与海关执法局(ICE)的包机26日下午抵达仁川国际机场,机上载有四十余名被美方遣返的韩国公民。韩方称,这架飞机从佐治亚州亚特兰大起飞,途中没有经停。

韩国外交部发言人表示,这批人中多数属于签证逾期滞留,也有人是在美国工作场所突击检查中被捕。韩方已在机场设立临时服务台,为当事人提供心理咨询和交通协助。

韩国媒体援引美国国土安全部的估算称,在美国没有合法身份的韩国人约有十四万。韩国国内舆论对此反应强烈,有在野党议员批评政府"对盟友的粗暴做法保持沉默"。

观察人士认为,美国政府在移民问题上对盟友也毫不手软。今年以来,美方已先后向日本、菲律宾等亚太国家遣返数批人员,但专程飞往韩国的包机尚属少见。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KR"],
      people: { value: 40, approx: true },
      departure: ["佐治亚州亚特兰大"],
      arrival: ["仁川国际机场"],
      date: "2025-08-26",
    },
  },
  {
    id: "h10c-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "问答:美国遣返航班为何飞往中亚?杜尚别那架飞机上有谁?",
    published: "2026-04-09",
    text: `本周,一架美国遣返包机降落塔吉克斯坦首都的消息在澳洲中亚裔社区中引起关注。本报整理了读者最关心的几个问题。

问:到底发生了什么?
答:塔吉克斯坦内务部证实,上周二,一架美国移民与海关执法局包机从得克萨斯州埃尔帕索起飞,降落杜尚别国际机场,机上载有五十六名塔吉克斯坦公民。内务部说,所有人在机场接受了身份核查和问询,其中三人因涉嫌参与境外极端组织被当局带走。

问:这些人是怎么到美国的?
答:据塔方介绍,他们大多经土耳其、巴西辗转到达墨西哥,再从美墨边境入境申请庇护,庇护申请被驳回后遭遣返。

问:这是第一次吗?
答:不是。去年美方曾有两架包机飞往乌兹别克斯坦,但专门飞往塔吉克斯坦的包机较为少见。美国国土安全部称,2025财年共有约八百名中亚国家公民被遣返。

问:和澳洲有什么关系?
答:没有直接关系。澳大利亚内政部的数据显示,澳洲每年遣返的非法滞留者约一万人,去向以马来西亚、中国和越南为主,极少涉及中亚。但本地中亚裔社团担心,美国的做法可能影响其他国家对庇护申请的审查尺度。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TJ"],
      people: { value: 56, approx: false },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["杜尚别国际机场"],
      date: "2026-03-31",
    },
  },
  {
    id: "h10c-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返三十一名泰國人 昨抵曼谷",
    published: "2025-12-04",
    text: `【本報訊】美國移民及海關執法局一架包機昨日(三日)抵達曼谷的素萬那普機場,機上三十一名泰國籍人士因逾期居留或在美國被定罪而遭遣返。泰國移民局表示,當中四人在泰國另有未了案件,落機後即被警方帶走。

泰國勞工部指出,今年以來經商業航班及包機從美國被遣返的泰國人已逾六百人,多數曾在加州及拉斯維加斯的餐飲業工作。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TH"],
      people: { value: 31, approx: false },
      departure: [],
      arrival: ["素萬那普機場"],
      date: "2025-12-03",
    },
  },
  {
    id: "h10c-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "入境處以包機遣送五十六名越南人離港",
    published: "2025-05-22",
    text: `入境事務處今日(五月二十二日)以包機方式,把五十六名越南籍人士遣送返回越南。他們包括非法入境者、逾期居留人士,以及免遣返聲請已被拒絕的人士。包機今早九時許由香港國際機場起飛,中午前抵達河內內排國際機場。

入境處發言人表示,處方一直與越南當局保持緊密聯繫,以盡快遣送免遣返聲請不獲確立的人士離港。是次行動由四十名入境處人員全程押解,行動順利完成,押解人員於同日返港。

發言人說,今年首四個月,入境處共遣送約一千二百名免遣返聲請不獲確立人士離港,較去年同期增加約一成。入境處會繼續以包機及定期航班執行遣送工作,並嚴厲打擊非法入境及非法受僱。`,
    expect: { relevant: false },
  },
  {
    id: "h10c-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "一百八十六名电诈犯罪嫌疑人从柬埔寨被押解回国",
    published: "2026-05-14",
    text: `记者13日从公安部获悉,12日晚,随着两架中国民航包机相继降落南京禄口国际机场,一百八十六名在柬埔寨西哈努克省落网的中国籍电信网络诈骗犯罪嫌疑人被江苏公安机关押解回国。

据介绍,今年3月以来,中柬两国警方在西哈努克港、柴桢等地联合开展清查行动,先后捣毁诈骗窝点十余处。此次押解回国的嫌疑人涉及全国二十多个省区市的三千余起诈骗案件,涉案金额超过四亿元。

执行押解任务的一百二十名民警当天下午乘包机抵达金边,与柬方完成人员、证据交接后连夜返回。公安部有关负责人表示,将继续深化与东南亚国家的执法合作,对境外诈骗集团保持高压态势。

公安机关提醒,切勿轻信所谓"境外高薪招聘"信息,以免落入违法犯罪陷阱。`,
    expect: { relevant: false },
  },
  {
    id: "h10c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "移民署:今年遣返逾萬名失聯移工 印尼越南居多",
    published: "2024-12-12",
    text: `(本報記者陳冠宇台北報導)內政部移民署今天公布統計,今年一月至十一月共遣返失聯移工及逾期停留外籍人士一萬零四百餘人,較去年同期增加約百分之八,其中越南籍約五千九百人、印尼籍約三千四百人,其餘為菲律賓及泰國籍。

移民署指出,絕大多數遣返者搭乘一般定期航班離境,由收容所人員押送至桃園機場。針對部分人數較多的案件,移民署今年曾兩度與越南航空合作,以包機方式從桃園直飛河內。

移民署副署長黃志遠表示,許多失聯移工是受仲介或網路群組誘惑而離開雇主,「以為到外面可以賺更多,最後換來的是被收容和遣返」。他呼籲雇主與仲介加強管理,並提醒民眾雇用失聯移工最高可處新台幣七十五萬元罰鍰。

移民署也說明,自明年起將擴大「自行到案」專案,凡主動投案者可免收容並降低罰鍰,盼減少收容所擁擠情況。`,
    expect: { relevant: false },
  },
  {
    id: "h10c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "联邦上诉法院裁定政府须为拘留移民提供保释听证 移民法庭积压逾三百七十万件",
    published: "2025-04-17",
    text: `【本报旧金山讯】美国联邦第九巡回上诉法院15日以二比一作出裁决,认定联邦政府不得在未举行保释听证的情况下,将已在美国境内居住一定时间的移民无限期拘留。裁决适用于加州、华盛顿州、亚利桑那州等九个州的移民拘留设施。

代表原告的移民权益组织律师何嘉欣说,裁决将影响数千名被拘留者,其中包括一些在湾区被捕的华人。"很多人在美国住了十几年,有孩子、有房贷,却因为一个多年前的遣返令被关了半年,连一次见法官的机会都没有。"

司法部发言人表示正在研究判决,不排除上诉至联邦最高法院。

根据司法部移民审查执行办公室(EOIR)的最新数据,全美移民法庭积压案件已超过三百七十万件,平均每名法官手上有近五千宗案件,一宗庇护案从立案到判决平均需要四年以上。近年来虽然遣返人数有所上升,但积压规模仍在扩大。

旧金山湾区多个华人社团计划本周末举办免费法律讲座,向民众讲解裁决的影响。`,
    expect: { relevant: false },
  },
  {
    id: "h10c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "日本入管廳包機遣返四十四名斯里蘭卡人",
    published: "2024-11-21",
    text: `(東京綜合報導)日本出入國在留管理廳今天宣布,已於本月19日以包機方式,將四十四名逾期居留或難民申請遭駁回的斯里蘭卡籍人士遣返,班機從成田機場起飛,當晚抵達可倫坡的班達拉奈克國際機場。這是日本今年第三次以包機執行大規模遣返。

去年修訂的《出入國管理及難民認定法》規定,難民申請被駁回三次以上者,原則上不再暫停遣返程序。入管廳統計,修法後至今年十月,已有約二千三百人依新規定被遣送出境,以斯里蘭卡、土耳其、越南籍居多。

東京一個支援難民的律師團體批評,部分被遣返者在日本居住超過十年,子女在日本出生、只會說日語,「包機遣返讓家庭被硬生生拆散」。

入管廳回應,當局已個別審查每個案件,對有在日出生子女的家庭曾給予特別在留許可。`,
    expect: { relevant: false },
  },
  {
    id: "h10c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "澳洲内政部包机遣返二十九名新西兰籍“501”人士",
    published: "2026-06-19",
    text: `【本报讯】澳大利亚内政部本周三以包机方式,将二十九名依《移民法》第501条被取消签证的新西兰公民从珀斯遣送至奥克兰。这些人大多曾在澳洲被判刑,部分人自幼随家人移居澳洲,在新西兰已没有亲属。

新西兰总理办公室发表声明,对澳方"单方面加快遣返节奏"表示失望,并称此类遣返"把澳洲社会造成的问题出口到新西兰"。澳洲内政部长则回应,政府有责任保护澳洲社区安全,"在澳洲犯下严重罪行的非公民必须离开"。

根据澳洲内政部数据,过去一个财年共有约一千一百人因品格理由被取消签证并遣返,其中新西兰籍约占四成,其次为越南、英国和中国籍。

悉尼一名华人移民代理提醒,持临时签证的华人若在澳洲涉及刑事案件,同样可能面临签证被取消的后果,"即使只是醉驾或家暴案件,也应尽早寻求法律意见"。`,
    expect: { relevant: false },
  },
  {
    id: "h10c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "评论:“走线”的尽头,真的是美国梦吗?",
    published: "2026-01-23",
    text: `在圣地亚哥以东的奥泰梅萨拘留中心,关着一百多名说普通话的人。他们中有四川的厨师、河南的装修工、东北的下岗职工,也有带着孩子的年轻母亲。他们花了二三十万元人民币,从厄瓜多尔一路北上,穿过达连丛林和中美洲六个国家,最后在美墨边境的铁丝网前举起双手。

我上个月去那里探访时,一位来自福建长乐、四十出头的男子对我说:"蛇头说过了边境就能打工还债,没人告诉我们要在这里关半年。"他至今没有见到移民法官,也不知道自己的庇护申请有几成希望。

数字不会说谎。2023财年,美国边境执法部门在美墨边境拦截的中国籍人士超过三万七千人次;一年之后,这个数字开始回落,但仍有数以千计的人滞留在拘留中心或移民法庭的漫长排期里。

我无意评判每个人出走的理由。但必须有人把"走线"的真实代价说清楚:债务、暴力、漫长的拘留,以及随时可能到来的遣返。国内的亲友在转发"成功上岸"视频的同时,也应该看看那些没有出现在视频里的人。

(作者为旅美自由撰稿人,文章仅代表个人观点。)`,
    expect: { relevant: false },
  },
  {
    id: "h10c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "美國擴大簽證保證金試行 赴美旅客最高須繳一萬五千美元",
    published: "2025-08-29",
    text: `(本報華盛頓記者周士傑報導)美國國務院週三在《聯邦公報》公告,將把商務及觀光簽證(B-1/B-2)保證金試行計畫擴大至更多國家,申請人視情況須繳交五千至一萬五千美元的保證金,若按期離境即可全額退還。

國務院表示,試行對象為簽證逾期居留率偏高、或申請人身分審查資訊不足的國家,首批名單包括數個非洲及中亞國家,未來可能陸續增加。台灣因適用免簽證計畫,國人以觀光或商務目的赴美停留九十天以內,不受影響。

國務院資料顯示,2024財年持B類簽證入境美國後逾期未離境者約有四十萬人,其中部分國家的逾期率超過百分之二十。

旅行業者提醒,國人若非以免簽證計畫赴美,例如需要長期停留或曾遭拒簽者,仍應及早辦理簽證,並留意美方近期加強社群媒體帳號審查的新規定。`,
    expect: { relevant: false },
  },
  {
    id: "h10c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "外逃十一年 “红通人员”被美方遣返回国",
    published: "2025-10-16",
    text: `记者15日从中央反腐败协调小组国际追逃追赃工作办公室获悉,在中美执法部门密切合作下,外逃十一年的"红通人员"、某省原国有企业财务负责人王某日前被美方遣返回国。王某于14日晚乘坐民航班机抵达北京首都国际机场,由办案人员押解,随即被依法采取强制措施。

据介绍,王某涉嫌贪污公款三千余万元,2014年持旅游签证出逃美国,后被列入国际刑警组织红色通缉令名单。美方移民部门去年以其违反移民法为由将其逮捕,移民法官随后作出遣返裁定。

该负责人表示,这是今年以来从美国追回的第五名外逃人员。"天网"行动启动以来,已从一百二十多个国家和地区追回外逃人员一万余人。`,
    expect: { relevant: false },
  },
  {
    id: "h10c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "More than 60 Filipino deportees from US land in Clark",
    published: "2025-11-07",
    text: `CLARK FREEPORT, Pampanga — More than 60 Filipinos deported by the United States arrived at Clark International Airport on a chartered plane on Wednesday afternoon, the Bureau of Immigration (BI) said yesterday.

BI port operations chief Ramon dela Paz said the aircraft, contracted by US Immigration and Customs Enforcement, took off from El Paso and made a refuelling stop in Guam before landing in Pampanga shortly after 3 p.m. Most of the passengers were men in their thirties and forties, he said, and several had lived in California and Nevada for more than a decade.

"Some of them were met by relatives, some had nobody," Dela Paz said. "We coordinated with the DSWD so that those without families have somewhere to sleep tonight."

Four of the returnees were flagged on arrival for pending cases in the Philippines and were turned over to the National Bureau of Investigation, the BI said.

The Department of Foreign Affairs estimates that around 350,000 Filipinos in the US lack legal status. The DFA has said the embassy in Washington handled close to 1,200 deportation cases in the first nine months of the year, most of them returned on commercial flights to Manila.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 60, approx: true },
      departure: ["El Paso"],
      arrival: ["Clark International Airport"],
      date: "2025-11-05",
    },
  },
  {
    id: "h10c-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Another US deportation flight with about 120 Indians due in Amritsar on Saturday",
    published: "2026-02-12",
    text: `CHANDIGARH: A US aircraft carrying around 120 Indian nationals being deported from the United States is expected to land at Sri Guru Ram Dass Jee International Airport in Amritsar on Saturday, officials in the Punjab government said on Thursday.

The flight would be the third such charter to Amritsar this winter. Officials said a list shared by the Ministry of External Affairs showed that most of those on board were from Punjab and Haryana, with smaller numbers from Gujarat and Uttar Pradesh.

"We have asked district police to set up help desks at the airport and to make sure families are informed before the plane lands," a senior officer said, asking not to be named. He said the state would again insist that deportees not be handcuffed on board, an issue that caused an uproar after an earlier flight.

Punjab's NRI affairs minister Gurmeet Singh Sandhawalia said many of those returning had paid agents between Rs 40 lakh and Rs 60 lakh for the so-called "donkey route" through Central America. "These are families that sold land to send a son abroad. Now the son is coming back with nothing," he said.

According to figures placed before Parliament last year, more than 3,000 Indians were removed from the US in 2025 on chartered and commercial flights.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["IN"],
      people: { value: 120, approx: true },
      departure: [],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2026-02-14",
    },
  },
  {
    id: "h10c-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Indians, Nepalis among 24 flown to Rwanda by US under third-country deal",
    published: "2025-09-26",
    text: `NEW DELHI: Twenty-four people deported by the United States, among them Indian, Nepali and Sri Lankan nationals, were flown to Rwanda on Sunday under an arrangement that allows Washington to send migrants to a country other than their own, officials in Kigali said.

A Rwandan government spokesperson said the group landed at Kigali International Airport on a charter that had departed from Mesa, Arizona, and would be accommodated in a guesthouse on the outskirts of the capital while the International Organization for Migration helped them decide whether to go home or stay.

The Ministry of External Affairs said on Thursday it was "in touch with the Rwandan authorities" and that the High Commission in Kigali had requested consular access to the Indians in the group. It did not say how many Indians were on the flight. Nepal's foreign ministry said at least five of the deportees were Nepali citizens.

Rwanda agreed earlier this year to take in up to a few hundred people removed from the US, receiving a grant in return. Human rights lawyers in Delhi said the arrangement left deportees "stranded in a country with which they have no connection" and questioned why the US had not sent Indian nationals directly to India, which regularly receives removal flights.

US data show that India was among the top ten destinations for ICE removals in the 2024 fiscal year, with more than 1,500 people sent back.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["IN", "NP", "LK"],
      people: { value: 24, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Kigali International Airport"],
      date: "2025-09-21",
    },
  },
  {
    id: "h10c-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "Sent home to a home he barely knows",
    published: "2026-03-05",
    text: `NUKU'ALOFA — Sione Taufa does not remember the last time he ate taro. He left Tonga when he was four, grew up in Salt Lake City, played high school football in Utah and worked for eleven years laying carpet. On his first night back in the kingdom, he said, he sat outside his aunt's house in Kolomotu'a and could not understand half of what the neighbours were saying.

"Everyone keeps telling me I'm home," the 38-year-old said. "But home for me is a cul-de-sac in West Valley."

Taufa was one of nine Tongan men deported by the United States who arrived at Fua'amotu International Airport on Monday on a flight chartered by US Immigration and Customs Enforcement. The plane had left Los Angeles and refuelled in Pago Pago, police said.

Police spokesman Inspector Viliami Fonua said all nine had served sentences in the US for offences ranging from drug possession to assault. They were processed by immigration and police officers at the airport before being released to family members.

Church leaders and the Tonga Returnees Support Network have warned for years that the country lacks a programme to help deportees find work and housing. More than 1,000 people have been deported to Tonga from the United States, Australia and New Zealand over the past two decades, according to figures compiled by the network.

"We cannot just pick them up at the airport and wish them luck," said the network's coordinator, 'Ana Lolohea. "Some of these boys have never driven on the left side of the road."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TO"],
      people: { value: 9, approx: false },
      departure: ["Los Angeles"],
      arrival: ["Fua'amotu International Airport"],
      date: "2026-03-02",
    },
  },
  {
    id: "h10c-en-005",
    lang: "en",
    style: "receiving-country-local",
    title: "Palau puts US third-country transfers on hold pending Senate review",
    published: "2026-05-14",
    text: `KOROR — Palau has suspended its arrangement to receive third-country nationals removed from the United States until the Senate completes a review of the agreement, President's Office spokesperson Lorenza Ngiraked said on Tuesday.

The arrangement, signed last year, allowed the US to send a limited number of people who could not be returned to their home countries to Palau, where they would be allowed to work. No transfers have taken place so far, Ngiraked said.

"The President has listened to the concerns raised by our traditional leaders and by the Senate," she said in a statement. "Until the review is concluded, Palau will not accept any transfers."

Several senators had argued that the island nation of about 18,000 people did not have the housing, health services or police capacity to support the arrivals. Supporters of the deal had pointed to US funding for Palau's hospital and infrastructure under the Compact of Free Association.

The US Embassy in Koror said it "respects Palau's democratic process" and looked forward to continued cooperation on migration.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PW"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-05-12",
    },
  },
  {
    id: "h10c-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "LIVE: Deportation flight from US arrives in Phnom Penh",
    published: "2025-12-04",
    text: `08:15 Good morning. We are following the arrival of a US government charter carrying Cambodian nationals deported from the United States. The General Department of Immigration says the plane is due at Techo International Airport at around 9.30 a.m.

09:42 The aircraft, a white Boeing 737 with no airline livery, has touched down at Techo International Airport. Immigration police vehicles are lined up beside the apron.

10:05 Immigration spokesman Keo Vannak tells reporters that 34 Cambodian nationals were on board, all men. "They are Cambodian citizens and they are welcome to come home," he says. "They will be interviewed and then handed to their families."

10:30 Relatives waiting outside the terminal. A woman from Kampong Cham says her brother left for the US as a refugee child in 1981 and was detained in Texas in July. She has not seen him for 27 years.

11:10 Background: Cambodia and the US signed a repatriation agreement in 2002. Advocacy groups say about 1,000 Cambodians have been deported from the US since then, most of them people who arrived as refugees after the Khmer Rouge period. This is the second charter to Phnom Penh this year; the earlier one, in April, carried 29 people.

11:45 That's it from us for now. The returnees are being taken by bus to a reception centre run by an NGO in the city.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 34, approx: false },
      departure: [],
      arrival: ["Techo International Airport"],
      date: "2025-12-04",
    },
  },
  {
    id: "h10c-en-007",
    lang: "en",
    style: "wire",
    title: "Pacific bulletin: US deportation charter stops in Fiji and Samoa",
    published: "2024-12-12",
    text: `A chartered US deportation flight carrying 14 people, eight Fijians and six Samoans, touched down at Nadi International Airport early on Wednesday before continuing to Faleolo International Airport later the same day, officials in both countries have confirmed.

Fiji's Immigration Department said the eight Fijian men had been flown from Honolulu and were met by police and social welfare officers. In Apia, the Ministry of Police said the six Samoans would stay with relatives and report to the Samoa Returnees Charitable Trust. In other news from the region, Vanuatu's parliament has passed its 2025 budget, and Tonga's weather service has issued a heavy rain warning for Vava'u.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["FJ", "WS"],
      people: { value: 14, approx: false },
      departure: ["Honolulu"],
      arrival: ["Nadi International Airport", "Faleolo International Airport"],
      date: "2024-12-11",
    },
  },
  {
    id: "h10c-en-008",
    lang: "en",
    style: "near-miss",
    title: "Hong Kong lessor's jets end up on US deportation charters",
    published: "2025-04-17",
    text: `HONG KONG — Shares in Harbourline Aviation Capital fell 3 per cent on Wednesday after a US advocacy group said that two Boeing 737s owned by the Hong Kong-listed aircraft lessor were being flown by an American charter operator that holds contracts for Immigration and Customs Enforcement removal flights.

Harbourline said in a filing to the stock exchange that the aircraft were leased to the operator in 2022 under a standard lease and that it "does not direct or control the use of leased aircraft by its customers". The company said the two jets accounted for less than 1 per cent of its fleet of 214 aircraft.

The advocacy group, which tracks flight data, said ICE-contracted carriers flew more than 1,500 removal flights in 2024. It is urging investors in lessors in Hong Kong, Dublin and Singapore to press for disclosure of how their aircraft are used.

Analysts at a local brokerage said the episode was unlikely to affect earnings but could complicate the company's plans to raise US dollar bonds later this year.`,
    expect: { relevant: false },
  },
  {
    id: "h10c-en-009",
    lang: "en",
    style: "near-miss",
    title: "BI arrests US deportee wanted for estafa at NAIA",
    published: "2026-06-19",
    text: `MANILA — A Filipino man deported from the United States was arrested by the Bureau of Immigration (BI) upon his arrival at the Ninoy Aquino International Airport on Tuesday on an outstanding warrant for estafa, the bureau said yesterday.

BI spokesperson Maricel Tuazon said the 46-year-old man, whose name was withheld, arrived on a commercial flight from San Francisco escorted by two US immigration officers. He had been ordered removed by a US immigration judge after overstaying a tourist visa for nine years.

The man is wanted by a Quezon City court in connection with an investment scam that allegedly defrauded more than 80 people of ₱35 million in 2016. He was turned over to the National Bureau of Investigation.

"Leaving the country does not erase your liabilities," the spokesperson said.`,
    expect: { relevant: false },
  },
  {
    id: "h10c-en-010",
    lang: "en",
    style: "near-miss",
    title: "1,563 Indians deported from US so far this year, MEA tells Rajya Sabha",
    published: "2025-07-18",
    text: `NEW DELHI: A total of 1,563 Indian nationals have been deported from the United States between January 1 and June 30 this year, the Ministry of External Affairs told the Rajya Sabha on Thursday in a written reply.

Minister of State Arvind Menon said the deportees had been returned "on chartered as well as commercial flights" and that the government had taken up with the US the treatment of deportees, including the use of restraints. He said 2024 had seen 1,368 removals from the US to India for the whole year.

The reply also listed deportations of Indians from other countries during the same period, including 1,004 from Saudi Arabia, 612 from the UAE and 144 from the United Kingdom.

Opposition members demanded a discussion on the figures, saying the government should do more to act against travel agents who send young people abroad on fraudulent documents. The Chair did not allow the discussion.`,
    expect: { relevant: false },
  },
];
