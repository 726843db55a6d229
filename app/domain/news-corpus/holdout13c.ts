// Held-out news corpus no. 13 (part c). Only ever SCORED, never tuned to.
// Written by a writer who read only app/domain/news-corpus/types.ts (not the extractor, its tests,
// the other corpus files or docs/alerts.md). Every outlet style is imitated, never copied: every name,
// quote and number in these articles is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT13C: CorpusArticle[] = [
  {
    id: "h13c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再派包机遣返中国籍非法移民 一百二十余人抵达福州",
    published: "2025-03-14",
    text: `【本报纽约讯】美国国土安全部(DHS)13日发表声明称,美国移民和海关执法局(ICE)本月11日安排一架大型包机,将一百二十余名在美国没有合法居留依据的中国籍人员遣返回国。

据知情人士透露,该航班从路易斯安那州亚历山大市起飞,经停阿拉斯加安克雷奇加油后,于北京时间12日凌晨降落福州长乐国际机场。机上人员多数来自福建长乐、连江和福清一带,另有少数来自浙江温州和辽宁。

国土安全部在声明中没有公布具体人数,只表示这是本财年第三架飞往中国的遣返包机。声明说:"没有合法身份留在美国的人将被迅速遣返,不要把钱交给蛇头。"

纽约华埠一名长期代理移民案件的律师郑启明对本报表示,近几周他接到不少焦急家属的电话。"很多人是在法庭缺席后被下了递解令,家人直到飞机落地才知道消息。"他说。

根据海关与边境保护局(CBP)公布的数据,2024财年在西南边境被拦截的中国公民约为三万七千人次,较前一年有所下降。国土安全部去年曾表示,自2024年6月以来已向一百四十多个国家执行了约五百架次国际遣返航班,目的地包括哥伦比亚、厄瓜多尔、埃及和印度等。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 120, approx: true },
      departure: ["路易斯安那州亚历山大市"],
      arrival: ["福州长乐国际机场"],
      date: "2025-03-11",
    },
  },
  {
    id: "h13c-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返包機抵河內 約130名越南人返國",
    published: "2025-06-12",
    text: `(中央通訊社記者林語彤河內12日專電)越南外交部今天在例行記者會上證實,一架載有約130名越南公民的美國遣返包機上週四降落河內內排國際機場,越方已依照雙邊協議完成身分核查與入境手續。

越南外交部發言人范秋姮表示,這批公民全數經美國主管機關確認「不具合法居留身分」,越方「本著負責任的態度」接收,並已通知其家屬與所屬省市的公安機關。她未說明班機從美國哪一座城市起飛。

越美兩國於2020年簽署備忘錄,規範1995年以後赴美的越南人遣返程序。據美方統計,目前仍有約8000名越南籍人士持有最終遣返令,但因程序問題長期無法執行。

越南媒體報導,機上多數人來自河靜、乂安等中部省分,不少人是經由第三國輾轉偷渡赴美。另據越南勞動榮軍社會部資料,今年前5個月,已有超過2100名越南公民從英國、日本、南韓等國被遣返或自願返國,美國並非最大來源。

河內一名國際關係學者向中央社表示,越南近年與美國在移民議題上的合作明顯加強,「這與雙方在關稅談判中的互動不無關係」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 130, approx: true },
      departure: [],
      arrival: ["內排國際機場"],
      date: "2025-06-05",
    },
  },
  {
    id: "h13c-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再將第三國移民送往非洲 十四人抵剛果(金)首都",
    published: "2025-08-21",
    text: `【本報綜合外電報道】剛果民主共和國內政部昨日(20日)發表聲明,證實一架由美國政府安排的包機於本週二抵達首都金夏沙的恩吉利國際機場,機上共有十四名被美國遞解出境的外國人,當中無一人是剛果籍。

聲明指,這批人包括越南籍六人、寮國籍五人及古巴籍三人,均在美國被判有罪並服刑期滿,原籍國拒絕或遲遲不肯接收。剛果方面表示,他們暫時被安置在金夏沙市郊一處政府設施,「將在國際移民組織協助下,研究送返原籍國或另行安置的方案」。

美國國土安全部發言人回覆本報查詢時表示,航班從亞利桑那州梅薩起飛,途經西班牙加那利群島加油。「這些人犯下嚴重罪行,不應留在美國社區之中。」

美國今年以來已先後把第三國人士送往南蘇丹、埃斯瓦蒂尼及盧安達等非洲國家,人權組織批評有關安排讓當事人面對語言不通、無身分證明的困境。剛果(金)反對派議員穆坎巴批評政府「用國家主權換取華府的好感」。

據聯合國難民署數字,剛果(金)境內目前已有超過700萬名國內流離失所者,國際組織憂慮當地難以為外來人士提供足夠保護。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CD"],
      nationalities: ["VN", "LA", "CU"],
      people: { value: 14, approx: false },
      departure: ["亞利桑那州梅薩"],
      arrival: ["恩吉利國際機場"],
      date: "2025-08-19",
    },
  },
  {
    id: "h13c-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "蒙古拒绝接收美国遣送的第三国公民",
    published: "2025-11-07",
    text: `(乌兰巴托综合电)蒙古国外交部5日发表声明,表示蒙古"不会接收并非蒙古公民的被遣返人员",正式拒绝了美国方面提出的第三国遣返安排。

声明说,美方数月前通过外交渠道询问,蒙古是否愿意接收部分原籍国不予接收的被递解人士,蒙古政府经过研究后决定不参与。声明强调,蒙古将继续按照国际惯例,接收经核实身份的本国公民。

一名不愿具名的蒙古官员对本报说,乌兰巴托担心此类安排会影响与邻国的关系,"我们也没有能力安置语言、宗教背景完全不同的人"。

美国近月来已与多个国家商谈类似安排,其中一些中美洲和非洲国家已同意接收少量第三国人士。蒙古近年赴美人数明显增加,据蒙古媒体报道,2024年约有四千名蒙古公民在美墨边境被拦截。

新加坡国立大学一名研究中亚问题的学者认为,蒙古此举"在意料之中",小国在大国之间需要保持平衡。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-11-05",
    },
  },
  {
    id: "h13c-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "俄羅斯同意恢復接收美國遣返班機",
    published: "2026-01-16",
    text: `〔國際新聞中心/綜合報導〕俄羅斯外交部週三宣布,莫斯科已與華府達成共識,將恢復接收美國移民當局以包機遣返的俄羅斯公民,雙方在此議題上的合作自2022年以來幾乎中斷。

俄外交部發言人在記者會上說,首批班機「預計近期」安排,俄方將在入境時逐一核實當事人身分,但未透露班機起飛城市與人數。她並表示,俄方要求美方「尊重被遣返者的合法權益」。

美國國土安全部隨後證實消息,稱這項安排「有助於執行數以千計的最終遞解令」。據美方資料,目前約有1800名俄羅斯籍人士持有最終遞解令,其中不少人是在2022年後經墨西哥入境並申請庇護。

分析人士指出,過去幾年俄國人多以商業航班經第三國遣返,或被送往土耳其、亞美尼亞等地自行返國。人權團體警告,部分逃避兵役者一旦回國可能遭到起訴。

另一方面,烏克蘭外交部對此未作評論。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["RU"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-14",
    },
  },
  {
    id: "h13c-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "公安部:一批涉嫌非法移民美国人员将乘包机遣返沈阳",
    published: "2025-04-25",
    text: `新华社北京4月25日电 记者从公安部获悉,经中美双方执法部门核实身份,一百余名在美国非法滞留的中国籍人员将于4月29日乘坐美方安排的包机,被遣返至沈阳桃仙国际机场。

公安部出入境管理局有关负责人表示,中方一贯坚决反对任何形式的非法移民,愿同美方继续开展遣返合作,对经核实的中国公民予以接收。被遣返人员抵达后,将由辽宁、吉林、黑龙江等地公安机关依法处置,涉嫌组织、运送他人偷越国(边)境的,将依法追究刑事责任。

该负责人介绍,2024年以来,中美两国执法部门已合作完成多批次遣返,并联合打掉多个跨国偷渡犯罪团伙。"偷渡不是出路,蛇头的承诺都是陷阱。"

据了解,近年来部分东北地区人员经南美、中美洲"走线"偷渡赴美,途中遭受抢劫、被困雨林等情况时有发生。公安部提醒广大群众通过合法渠道出国。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["沈阳桃仙国际机场"],
      date: "2025-04-29",
    },
  },
  {
    id: "h13c-zh-007",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "八十七名菲律賓人遭美國遞解 包機抵克拉克",
    published: "2024-10-30",
    text: `【本報訊】據菲律賓移民局消息,一架美國移民及海關執法局安排的包機十月二十八日由加州聖地牙哥起飛,載著八十七名遭遞解出境的菲律賓人,於當地時間下午降落邦板牙省克拉克國際機場。

移民局發言人表示,這批人之中有六十一人曾在美國觸犯刑事罪行並已服刑,其餘則屬逾期居留或非法入境。機場方面安排社會福利部、衛生部人員在場協助,部分人由家人接走,部分人被送往臨時收容中心。

菲律賓外交部指出,現時仍有約三十五萬名菲律賓人在美國屬無證身份,但被遞解人數每年只佔極少數。外交部表示會向回國者提供職業培訓及心理輔導。

在澳門工作的菲律賓家務助理團體負責人對本報說,不少同鄉關注事件,「很多人有親戚在美國,擔心下一個就是自己家人」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PH"],
      people: { value: 87, approx: false },
      departure: ["加州聖地牙哥"],
      arrival: ["克拉克國際機場"],
      date: "2024-10-28",
    },
  },
  {
    id: "h13c-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国遣返航班飞抵萨摩亚和汤加 太平洋岛国忧治安压力",
    published: "2026-02-27",
    text: `【澳洲华文报讯】美国移民和海关执法局安排的一架遣返包机上周六从夏威夷檀香山出发,先后降落萨摩亚法莱奥洛国际机场和汤加富阿阿莫图国际机场,共遣返五十一人,其中萨摩亚籍二十九人、汤加籍二十二人。

萨摩亚警察总长在阿皮亚对媒体说,被遣返者中有不少人幼年随家人移居美国,"他们在这里几乎没有亲人,有的人连萨摩亚语都不会说"。他呼吁美方提前提供犯罪记录,以便当地警方做好安排。

汤加政府发言人表示,汤加每年从美国、澳大利亚和新西兰接收的被遣返人员合计约一百人,给这个人口仅十万的国家带来不小压力。

澳大利亚国立大学太平洋研究学者李佩文认为,与澳大利亚依据移民法第501条遣返的做法相似,美国的遣返同样引发岛国不满,"太平洋国家希望在地区论坛上提出这个问题"。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["WS", "TO"],
      people: { value: 51, approx: false },
      departure: ["夏威夷檀香山"],
      arrival: ["法莱奥洛国际机场", "富阿阿莫图国际机场"],
      date: "2026-02-21",
    },
  },
  {
    id: "h13c-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "近六十名印尼人遭美國遣返 抵雅加達",
    published: "2025-09-19",
    text: `(本報雅加達特約記者報道)印尼外交部今日發表聲明,指上週五有近六十名印尼公民乘坐美國政府安排的航班,被遣返回國,在雅加達蘇加諾-哈達國際機場入境。

聲明說,印尼駐洛杉磯及紐約總領事館事前已與美方溝通,確認所有人的國籍。外交部保護海外公民司司長祖基菲表示:「我們已確保他們的基本權利得到保障,包括入境後獲提供臨時住宿及交通。」

據了解,被遣返者主要來自東爪哇、西努沙登加拉等省份,多數人以旅遊簽證入境美國後逾期居留工作。印尼外交部稱,目前約有四千五百名印尼人在美國面臨遞解程序。

香港印尼移工團體發言人對本報表示,事件在本港印尼社群中引起討論,不少人擔心在美親友,「大家都在WhatsApp群組互相提醒」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["ID"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["蘇加諾-哈達國際機場"],
      date: "2025-09-12",
    },
  },
  {
    id: "h13c-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "简讯:美国遣返航班飞抵巴库、杜尚别",
    published: "2026-05-08",
    text: `据阿塞拜疆和塔吉克斯坦官方媒体报道,一架美国遣返包机5月5日从新泽西州纽瓦克起飞,先后降落巴库和杜尚别,机上共有四十七人,其中塔吉克斯坦公民三十八人、阿塞拜疆公民九人。

塔吉克斯坦内务部称,回国人员正在接受身份核查,其中两人因涉嫌在国内犯罪被警方带走。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AZ", "TJ"],
      people: { value: 47, approx: false },
      departure: ["新泽西州纽瓦克"],
      arrival: ["巴库", "杜尚别"],
      date: "2026-05-05",
    },
  },
  {
    id: "h13c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "19 Fijians deported from US arrive in Nadi",
    published: "2025-07-03",
    text: `NINETEEN Fijian nationals deported from the United States arrived at Nadi International Airport on Tuesday night aboard a chartered aircraft that had left Honolulu earlier in the day.

Immigration Department director Semi Tuilau confirmed the arrival yesterday, saying all 19 were men aged between 24 and 58 and that officers from the Fiji Police Force, the Ministry of Health and the Ministry of Women had been on hand to process them.

"Some of these men have been away for more than twenty years. We are working with their families in Ba, Lautoka and Nausori so they have somewhere to go," Mr Tuilau said.

He said 11 of the deportees had criminal convictions in the US, mostly for drug and assault offences, and police would monitor them under the Deportees Reintegration Framework.

Fiji received 64 deportees from the US, Australia and New Zealand last year, according to figures tabled in Parliament in March. Opposition MP Litia Vakarewa said the Government needed to fund more support. "These are our people and we cannot just leave them at the airport," she said.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["FJ"],
      people: { value: 19, approx: false },
      departure: ["Honolulu"],
      arrival: ["Nadi International Airport"],
      date: "2025-07-01",
    },
  },
  {
    id: "h13c-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "US deportation flight with over 110 Indians lands in Amritsar",
    published: "2026-03-20",
    text: `AMRITSAR: A US government charter carrying more than 110 Indian nationals deported for illegal entry or overstay landed at Amritsar's Sri Guru Ram Dass Jee International Airport late on Wednesday, officials said.

The aircraft, which departed El Paso, Texas, made a refuelling stop in Germany before touching down around 11.40pm. Most of the deportees are from Punjab, Haryana and Gujarat, with a few from Uttar Pradesh and Himachal Pradesh, a senior police officer at the airport said.

"Police verification was completed through the night and people were handed over to their families or sent home in state government vehicles," the officer said, adding that three men were detained on the basis of pending cases.

It is the fourth such flight to Amritsar since January, when 96 Indians were flown back. The Ministry of External Affairs has said that around 18,000 Indians in the US have been identified for removal and that New Delhi would "take back all verified nationals".

Families waiting outside the terminal spoke of loans of Rs 40 lakh and more taken to pay agents for the so-called donkey route through Central America. Punjab's NRI affairs minister said the state would register cases against travel agents named by the returnees.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 110, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2026-03-18",
    },
  },
];
