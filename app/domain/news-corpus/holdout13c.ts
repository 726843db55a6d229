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
  {
    id: "h13c-zh-011",
    lang: "zh",
    style: "near-miss",
    title: "日本出入国在留管理厅包机遣返四十余名斯里兰卡人",
    published: "2025-12-12",
    text: `【东京讯】日本出入国在留管理厅10日宣布,已于9日用包机将四十四名非法滞留日本的斯里兰卡籍人员从成田机场遣返科伦坡。这是日本今年第二次以包机方式集体遣返外国人。

入管厅表示,这批人员中有十一人曾多次申请难民认定遭拒,另有数人有刑事犯罪记录。依据2024年施行的修正《入管法》,第三次以上申请难民者原则上不再暂停遣返程序。

支援团体"移民与难民之声"负责人批评说,部分被遣返者在日本生活超过十年,子女在日本出生长大,"强制遣返将家庭拆散"。

据统计,截至去年底,日本约有七万多名非法滞留外国人,其中越南籍、泰国籍和韩国籍居多。入管厅称,将继续推进对拒绝回国者的强制遣返。`,
    expect: { relevant: false },
  },
  {
    id: "h13c-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "南韓法務部包機遣返逾百名越南非法勞工",
    published: "2025-09-19",
    text: `【本報首爾專電】南韓法務部昨日表示,該部出入境管理本部上週在京畿道、忠清南道等地展開聯合取締,拘捕非法滯留外國人,其中一百零六名越南籍人士已於本週三乘坐包機從仁川國際機場遣返河內。

法務部官員說,這批越南人多數以季節性勞工或留學簽證入境,逾期後在農場及建築工地打黑工。南韓目前估計約有四十萬名非法滯留者,政府計劃年內將取締力度提高三成。

越南駐首爾大使館表示,已派員到機場協助,並提醒在韓越南人遵守當地法律。另外,南韓上月亦遣返了一批泰國和蒙古籍人士,但未公布人數。

有勞工團體批評,政府一方面依賴外籍勞工,一方面加強驅逐,「政策自相矛盾」。`,
    expect: { relevant: false },
  },
  {
    id: "h13c-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "二百余名电诈犯罪嫌疑人被押解回国",
    published: "2025-04-25",
    text: `央视新闻消息,4月23日,公安部组织江苏、广东、四川等地公安机关,从缅甸妙瓦底地区将二百一十三名电信网络诈骗犯罪嫌疑人分两批乘包机押解回国,分别降落南京禄口国际机场和广州白云国际机场。

公安部刑侦局负责人介绍,此次行动是中缅泰三国执法合作的又一成果。经泰国借道转运后,嫌疑人被移交中方,其中有多名诈骗集团骨干成员及在逃人员。

今年以来,公安部已会同相关国家执法部门,从缅甸、柬埔寨、老挝等地押解回国涉诈嫌疑人员一千余名。

警方提醒,境外以"高薪招聘"为诱饵的虚假广告往往是诈骗团伙的陷阱,切勿轻信。`,
    expect: { relevant: false },
  },
  {
    id: "h13c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "ICE年度报告:上财年遣返人数创十年新高",
    published: "2026-01-16",
    text: `【侨报讯】美国移民和海关执法局(ICE)日前发布2025财年执法报告,显示该局在截至去年9月30日的财年中共遣返约三十三万人,为近十年来最高,其中墨西哥、危地马拉、洪都拉斯三国公民合计占六成以上。

报告说,遣返人员来自约一百九十个国家,中国公民约为两千八百人,较前一年增加近一倍。被遣返者中约四成有刑事定罪记录。

报告同时显示,ICE羁押人数一度超过六万人,平均羁押时间为四十二天。移民法庭积压案件仍有约三百七十万宗。

洛杉矶华人移民律师黄佳欣表示,数字增加与执法重点改变有关,"过去主要针对有犯罪记录的人,现在只要有递解令就可能被遣返"。她建议有未决案件的华人及时出庭,避免缺席判决。`,
    expect: { relevant: false },
  },
  {
    id: "h13c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "美聯邦法官裁定:遣送第三國前須給予申辯機會",
    published: "2025-06-12",
    text: `(中央社華盛頓11日綜合外電報導)美國麻薩諸塞州聯邦地區法院法官10日裁定,移民當局在把外國人遣送至非其原籍的「第三國」之前,必須以書面通知當事人,並給予至少15天時間表達在該國可能遭受酷刑的疑慮。

這項裁決源於多名移民律師提起的集體訴訟。原告指控,當局曾在僅提前數小時通知的情況下,準備把數名亞洲籍人士送往非洲國家。法官在判決書中寫道,「正當程序不能因為行政便利而被犧牲」。

司法部表示將提出上訴。國土安全部發言人則批評判決「妨礙政府遣返危險罪犯」。

據移民研究機構統計,目前約有一萬多名持有最終遞解令的人,因原籍國拒絕接收而無法遣返,其中包括古巴、寮國、越南等國公民。`,
    expect: { relevant: false },
  },
  {
    id: "h13c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "圣地亚哥边境再现中国“走线”人群 多人被关押等候庭审",
    published: "2024-12-05",
    text: `【本报圣地亚哥讯】本周初,美墨边境圣地亚哥段一处隔离墙缺口外,又有数十名中国籍移民在寒风中等待边境巡逻队处理。他们大多从厄瓜多尔入境南美,再经哥伦比亚、巴拿马达连丛林一路北上。

来自四川的陈先生说,他花了约二十万元人民币,走了四十多天。"在墨西哥被抢了两次,手机也没了。"他目前被关押在奥泰梅萨拘留中心,等待移民法官审理他的庇护申请。

边境巡逻队圣地亚哥分区数据显示,本财年截至11月,该区拦截中国公民约六千人次,与去年同期相比下降约四成。专家认为,下降与巴拿马、墨西哥加强拦截有关。

本地华人社团表示,已组织志愿者为获释人员提供临时住所和法律咨询。`,
    expect: { relevant: false },
  },
  {
    id: "h13c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "美国收紧免面谈签证 新加坡申请人须预留更多时间",
    published: "2025-07-03",
    text: `(联合早报讯)美国国务院宣布,自9月2日起,大多数非移民签证申请人必须亲自到使领馆面谈,此前适用于部分续签者的"免面谈"安排将大幅收窄。

美国驻新加坡大使馆在网站上提醒,申请学生签证、工作签证的居民应尽早预约,目前面谈等候时间约为三周。新加坡公民赴美旅游可继续通过ESTA免签入境,不受影响。

旅行社业者表示,近期前往美国的商务和留学咨询明显增加,部分家长担心签证审查趋严,影响孩子秋季入学。

另据美国国务院数据,2024财年共签发约一千零四十万份非移民签证,其中中国、印度和墨西哥申请人数居前。`,
    expect: { relevant: false },
  },
  {
    id: "h13c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "移民署專案包機 遣返132名失聯移工返印尼",
    published: "2026-03-20",
    text: `〔記者許家榮/桃園報導〕內政部移民署今天表示,為紓解收容所壓力,移民署與印尼駐台北經濟貿易代表處合作,昨天以專案包機從桃園國際機場遣返132名逾期居留的印尼籍失聯移工,班機已平安抵達雅加達。

移民署國境事務大隊指出,這批移工多數在台從事看護或漁業工作,因雇主問題或欠債而逃逸,被查獲後收容於宜蘭、南投等收容所。移民署說,包機費用由受收容人自付部分、其餘由專案經費支應。

統計顯示,截至今年2月底,全台行方不明外籍移工約9萬3000人,其中越南籍最多,其次為印尼籍和菲律賓籍。

移民署呼籲,逾期停留的外國人主動到案,可從寬處理並免收容。`,
    expect: { relevant: false },
  },
  {
    id: "h13c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "大马移民局遣返逾三百名外劳 孟加拉籍占多数",
    published: "2025-10-24",
    text: `(吉隆坡23日讯)马来西亚移民局总监拿督扎卡利亚今天表示,该局本周从雪兰莪州武吉加里尔扣留中心遣返三百二十四名非法外劳,包括孟加拉籍二百零一人、缅甸籍七十八人和印尼籍四十五人,分别乘搭商业及包机航班离境。

他在记者会上说,今年首九个月,移民局共展开逾一万次取缔行动,逮捕约四万名非法入境者及逾期逗留者,已遣返其中三万二千人。

他呼吁雇主切勿聘请没有准证的外劳,违者可被罚款或监禁。"移民局将持续在建筑工地、餐馆和种植园进行突击检查。"

另外,他透露当局正与孟加拉驻马高级专员署商讨,加快为无证件者签发旅行文件。`,
    expect: { relevant: false },
  },
  {
    id: "h13c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "【評論】遞解出境不應成為外交籌碼",
    published: "2026-05-08",
    text: `近年美國把遞解出境當作一把外交鑰匙,用關稅、簽證和援助去敲開一個又一個國家的大門,要求它們接收自己的國民,甚至接收別國的國民。這種做法或許在短期內見效,長遠卻損害了國際移民秩序。

首先,遞解本應是法律程序的終點,而非談判桌上的籌碼。當一個國家接收一批與它毫無關係的外國人,換來的是關稅寬減或軍援,那些被送走的人便淪為交易品。

其次,小國的承受力有限。太平洋、中美洲、非洲不少國家本已面對失業和治安壓力,額外接收被遞解者,只會把問題轉嫁給最脆弱的社群。

香港作為國際城市,過去也處理過越南船民等棘手問題,深知遣返涉及的人道考量。筆者認為,國際社會應該推動一套透明、可問責的遣返標準,而不是讓強權單方面定規矩。

(作者為本港大學法律學院客座講師,文章只代表作者個人意見)`,
    expect: { relevant: false },
  },
  {
    id: "h13c-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Twelve men deported by US to Palau under third-country deal",
    published: "2025-12-12",
    text: `KOROR — Twelve men deported by the United States, none of them Palauan, landed at Roman Tmetuchl International Airport on Wednesday afternoon, the first arrivals under the arrangement the government in Ngerulmud signed with Washington earlier this year.

The Ministry of Justice said the group consisted of five Chinese nationals, four Vietnamese and three Bangladeshis. All had final orders of removal in the US and their home countries had not issued travel documents, a ministry statement said.

"They are not criminals being dumped on us. They have been screened, and they will be allowed to work," Justice Minister Ernestine Rengiil told reporters at the airport. She said the men would stay in rented housing in Airai and receive a monthly allowance funded by the US.

Several members of the Olbiil Era Kelulau have opposed the arrangement, arguing that Palau, with a population of about 18,000, could not absorb arrivals whose language and culture were foreign to it. Senator Kerai Ngiraked said the Senate had never voted on the agreement.

The US Embassy in Koror did not say where the flight had originated. Under the deal, Palau has said it will accept no more than 75 people over the agreement's first phase.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PW"],
      nationalities: ["CN", "VN", "BD"],
      people: { value: 12, approx: false },
      departure: [],
      arrival: ["Roman Tmetuchl International Airport"],
      date: "2025-12-10",
    },
  },
  {
    id: "h13c-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "US deportation charter due at Jacksons next week",
    published: "2024-12-05",
    text: `PORT MORESBY: A chartered aircraft carrying about 30 Papua New Guineans deported from the United States is expected to land at Jacksons International Airport next Tuesday, December 10, the Immigration and Citizenship Authority (ICA) says.

ICA chief migration officer Stanis Wapi said yesterday the authority had received the passenger list from the US Embassy and was working with police and the Department of Foreign Affairs to verify each person's identity and home province.

"Most of these people overstayed student or visitor visas, and a small number have served prison terms in America. We will receive them, and we ask families to be patient," Mr Wapi said. He said the flight would leave from Los Angeles and stop in Guam.

It would be the first group removal of PNG citizens from the US by charter. In previous years deportees have returned individually on commercial flights via Brisbane or Manila.

Mr Wapi said ICA was also handling the removal of 41 foreign nationals, mostly from Asia, who were found working illegally in logging camps in Western Province.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["PG"],
      people: { value: 30, approx: true },
      departure: ["Los Angeles"],
      arrival: ["Jacksons International Airport"],
      date: "2024-12-10",
    },
  },
  {
    id: "h13c-en-005",
    lang: "en",
    style: "wire",
    title: "Georgia takes in Russians, Armenians and Iranians deported from US",
    published: "2026-04-09",
    text: `TBILISI (Asia Wire) — Georgia received more than 40 people of other nationalities who had been deported from the United States, landing at Tbilisi International Airport on Monday, the Georgian interior ministry said on Wednesday, in the largest such transfer to the South Caucasus so far.

The ministry said those on board were citizens of Russia, Armenia and Iran, and that most had entered the United States through Mexico after 2022. The charter had left Louisiana on Sunday evening, it said.

"Georgia is fulfilling its obligations under the memorandum with the United States. These persons will be given the opportunity to return to their countries or to apply for residence," deputy interior minister Levan Khutsishvili said in a statement.

Opposition politicians in Tbilisi accused the government of accepting the transfers in exchange for easing US pressure over a contested foreign agents law. Rights group Open Caucasus said several of the Russians had fled military mobilisation and feared extradition.

Georgia has itself returned about 900 foreign nationals this year, mostly to Turkey, India and Egypt, according to ministry data.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      nationalities: ["RU", "AM", "IR"],
      people: { value: 40, approx: true },
      departure: ["Louisiana"],
      arrival: ["Tbilisi International Airport"],
      date: "2026-04-06",
    },
  },
  {
    id: "h13c-en-006",
    lang: "en",
    style: "wire",
    title: "Iraq agrees to take back nationals ordered deported by US",
    published: "2025-10-24",
    text: `SINGAPORE/BAGHDAD — Iraq has agreed to accept its citizens ordered removed from the United States, including on charter flights, its foreign ministry said on Thursday, ending years of reluctance that left hundreds of Iraqis in legal limbo in America.

A ministry spokesman said consular staff in Washington and Detroit would issue travel documents "after verification of nationality", and that returnees would not face penalties for having left the country. He gave no date for a first flight and did not say how many people were covered.

US officials had pressed Baghdad for months, at one point threatening visa sanctions. Advocacy groups in Michigan, home to a large Iraqi Chaldean community, said many of those affected had lived in the US for decades and feared persecution as Christians.

About 1,400 Iraqis held final orders of removal as of last year, according to figures cited in US court filings.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["IQ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-10-23",
    },
  },
  {
    id: "h13c-en-007",
    lang: "en",
    style: "radio-bulletin",
    title: "Morning bulletin: deportees from US land in Kathmandu",
    published: "2025-05-30",
    text: `Good morning, here are the headlines. Twenty-three Nepali citizens deported from the United States arrived at Tribhuvan International Airport this morning on a flight arranged by the US government. Department of Immigration spokesperson Tikaram Dhakal told us: "They arrived at around 6am, we completed their documents, and police have taken statements to find the manpower agents who sent them."

Officials say most of the group had paid between 60 and 80 lakh rupees to brokers to reach the US through South and Central America. In other news, the Election Commission has announced the schedule for local by-elections, and heavy rain is forecast across Koshi and Madhesh provinces over the weekend.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 23, approx: false },
      departure: [],
      arrival: ["Tribhuvan International Airport"],
      date: "2025-05-30",
    },
  },
  {
    id: "h13c-en-008",
    lang: "en",
    style: "near-miss",
    title: "Australia sends another 501 charter of deportees to Auckland",
    published: "2026-02-13",
    text: `AUCKLAND — A chartered flight carrying 38 New Zealanders deported from Australia under section 501 of its Migration Act landed in Auckland on Thursday, the latest in a series of removals that has strained relations between Wellington and Canberra.

Police said 14 of the deportees would be subject to special monitoring conditions because of serious offending in Australia. Several had lived across the Tasman since early childhood.

"This is exporting people, not problems," said Filipa Taumalolo of a returnees' support trust. Prime Minister's office sources said the matter would be raised again at the next leaders' meeting.

Australia cancelled the visas of about 1,100 non-citizens on character grounds in the last financial year, Home Affairs figures show, with New Zealanders the largest group, ahead of Britons and Vietnamese.`,
    expect: { relevant: false },
  },
  {
    id: "h13c-en-009",
    lang: "en",
    style: "near-miss",
    title: "Air India to launch Delhi–Dallas nonstop flights",
    published: "2025-01-22",
    text: `NEW DELHI: Air India will start nonstop flights between Delhi and Dallas Fort Worth from April, the airline said on Wednesday, adding a sixth US destination to its network as it takes delivery of more wide-body aircraft.

The thrice-weekly service will use a Boeing 777-200LR and take about 16 hours westbound. The airline said demand from the Indian diaspora in Texas and business travel in the technology sector justified the route.

Air India already flies to New York, Newark, Chicago, San Francisco and Washington. Rival carriers from the Gulf currently carry most of the traffic between India and Texas with one stop.

Analysts said the launch could face headwinds from the closure of Pakistani airspace, which has lengthened some routes to North America.`,
    expect: { relevant: false },
  },
  {
    id: "h13c-en-010",
    lang: "en",
    style: "near-miss",
    title: "Filipino deported from US arrives at NAIA under escort",
    published: "2024-11-14",
    text: `MANILA — A Filipino man deported from the United States for overstaying arrived at the Ninoy Aquino International Airport Terminal 3 on Wednesday on a commercial flight from San Francisco, escorted by two US immigration officers, the Bureau of Immigration said.

The BI said the man, a former caregiver from Pangasinan, had lived in California for 19 years and had an old conviction for driving under the influence. He was turned over to his relatives after processing.

BI spokesperson Rhea Bautista said such individual removals happen "almost every week" and that the bureau coordinates with the US Embassy for each one. She urged Filipinos abroad to regularise their status.

Separately, the BI said it had deported 62 foreign nationals linked to offshore gaming operations last month.`,
    expect: { relevant: false },
  },
];
