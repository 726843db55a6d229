// Held-out news corpus no. 5 (part b): only ever SCORED, never tuned to. Nobody may change the
// extractor because of what an article here does; the set measures how the extractor does on writing it
// has never seen.
// Written by a writer who read only types.ts (not the extractor, its tests, the other corpus files or
// docs/alerts.md), after reading real reports to learn how outlets write about removal flights.
// Every name, quote and number here is invented; no sentence is copied from an outlet.

import type { CorpusArticle } from "./types";

export const HOLDOUT5B: CorpusArticle[] = [
  {
    id: "h5b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再派遣返包机 逾百名中国籍人员周二被送回国",
    published: "2025-11-14",
    text: `【本报记者林晓帆纽约报道】美国国土安全部（DHS）13日晚间在官网发布简短声明说，移民和海关执法局（ICE）本周二安排一架大型包机，将逾百名在美国没有合法居留依据的中国籍人员遣返回国。这是本财年开始以来飞往中国的第二架遣返包机。

声明称，这批人员"均已走完法律程序并获得最终遣返令"，但没有公布确切人数和姓名。追踪ICE航班的民间团体"航迹观察"负责人对本报说，执飞的是一架波音767，从路易斯安那州亚历山大起飞，在阿拉斯加安克雷奇经停加油后，飞抵温州龙湾国际机场。

DHS在声明中重申，自2024年夏天中美恢复大型遣返包机合作以来，已有超过1,600名中国籍人员通过包机或商业航班被送回，并呼吁有意偷渡者"不要相信蛇头的谎言"。

在纽约法拉盛执业的移民律师韩立程说，最近两个月他接到十几通当事人家属的电话。"很多人在拘留中心关了大半年，家里人直到飞机落地才收到消息，连换洗衣服都没来得及送进去。"

根据美国海关与边境保护局的数据，2025财年西南边境拦截的中国公民人次比前一年下降约六成，但仍有数万名中国籍人士的庇护案在移民法庭排队等候审理。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["温州龙湾国际机场"],
      date: "2025-11-11",
    },
  },
  {
    id: "h5b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返包機抵胡志明市 約80名越南人被送回",
    published: "2025-12-20",
    text: `（中央社記者黃以澄河內20日專電）越南公安部今天證實，一架由美國移民暨海關執法局（ICE）安排的遣返包機，當地時間18日下午降落胡志明市新山一國際機場，機上約有80名在美國被判遞解出境的越南公民。

越南外交部副發言人范秋姮在例行記者會上表示，這批人都已經越方主管機關核實身分，遣返作業「依照越美雙方既有的合作機制進行」。她說，越南一向願意接收經查證確為越南公民的人，但希望美方「以人道方式對待當事人」。

越南媒體引述邊防部隊消息指出，被遣返者以男性居多，大多數在1995年以後赴美，其中部分人在美國有刑事紀錄。他們入境後先在機場接受健康檢查和身分登記，再由家屬接回。

根據美方今年秋季公布的數字，仍有約8600名越南籍人士持有最終遞解令但尚未離境。美國本月稍早也曾派機把一批寮國籍人士送回永珍。

在加州橘郡「小西貢」，越美互助協會負責人陳文德接受電話訪問時說，社區內不少家庭這個月都在等消息。「有些人是三十年前以難民身分來的，孩子都是美國公民，現在一家人被拆散。」`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 80, approx: true },
      departure: [],
      arrival: ["新山一國際機場"],
      date: "2025-12-18",
    },
  },
  {
    id: "h5b-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国遣返包机载182名印度人降落艾哈迈达巴德",
    published: "2026-02-07",
    text: `（新德里综合电）一架载有182名印度公民的美国遣返包机，星期四（2月5日）午后降落在古吉拉特邦艾哈迈达巴德的萨达尔·帕特尔国际机场。这是美国今年以来第三次以包机大规模遣返印度籍无证移民。

印度外交部一名官员在例行简报会上说，被遣返者中有104人来自古吉拉特邦，其余分别来自旁遮普邦、哈里亚纳邦和北方邦，所有人的国籍在登机前已由印度驻美使领馆核实。

据当地电视台报道，包机由美国得克萨斯州休斯敦起飞，中途在德国莱比锡停留加油，全程约22小时。机上人员落地后由古吉拉特邦警方逐一问话，了解他们是否经由中介非法出境。

去年2月，美国曾动用C-17军用运输机把首批印度人送到旁遮普邦阿姆利则，机上人员被戴上手铐的画面一度在印度国内引发强烈批评。此后美方改以民航包机执行多数遣返任务。

古吉拉特邦一名警官对记者说，不少被遣返者曾向中介支付相当于4万至6万美元的费用，"有人卖掉了家里的田地，现在两手空空回来"。据美方统计，2025财年共有3,000多名印度籍人士被遣返。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 182, approx: false },
      departure: ["得克萨斯州休斯敦"],
      arrival: ["萨达尔·帕特尔国际机场"],
      date: "2026-02-05",
    },
  },
  {
    id: "h5b-zh-004",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再向非洲送走第三國移民 14人抵喀麥隆雅溫得",
    published: "2026-01-23",
    text: `【本報綜合外電報道】喀麥隆政府證實，一架美國政府包機周三（21日）晚上降落首都雅溫得的恩西馬倫國際機場，機上14名被美國驅逐的移民全部並非喀麥隆公民。這是特朗普政府把移民送往「第三國」的最新一宗。

喀麥隆通訊部在聲明中表示，該批人士分別來自加納、肯雅及埃塞俄比亞，將暫時安置於雅溫得市郊一處設施，「直至他們能夠返回原籍國」。聲明沒有交代喀麥隆從美方獲得甚麼回報。

代表其中數人的美國律師李文斯在電話中對本報說，當事人在路易斯安那州被拘留多月，上機前數小時才獲通知。據他了解，航班從路易斯安那州亞歷山大起飛，途中曾在塞內加爾達喀爾停留加油。「他們從未到過喀麥隆，也不懂當地語言，卻被丟在一個完全陌生的地方。」

自去年夏天美國最高法院容許恢復第三國遣返以來，美國已先後將非原籍人士送往南蘇丹、盧旺達、加納等非洲國家。人權組織估計，至今被送往非洲第三國的人數已超過一百五十人。

喀麥隆反對派議員批評政府「在國會毫不知情下」接收外國被驅逐者，要求公開與華府達成的協議內容。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      nationalities: ["GH", "KE", "ET"],
      people: { value: 14, approx: false },
      departure: ["路易斯安那州亞歷山大"],
      arrival: ["恩西馬倫國際機場"],
      date: "2026-01-21",
    },
  },
  {
    id: "h5b-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "科索沃同意临时接收美国遣返的第三国人员",
    published: "2026-03-12",
    text: `【环球网报道】据科索沃媒体报道，科索沃政府11日宣布，已同意在未来一年内临时接收至多75名被美国驱逐出境的第三国公民，以"协助美方完成遣返程序"。

科索沃总理府当天发表的声明说，这些人员将在科索沃停留，直至能够安全返回各自的原籍国，相关费用全部由美国政府承担。声明强调，作出这一决定是出于对美国"长期支持科索沃"的感谢，接收对象将事先经过科方安全审查。

美国国务院发言人当天在记者会上对科索沃的决定表示欢迎，称其为"可信赖的伙伴"。目前美国约有600名军人在驻科索沃的北约维和部队中服役。

据报道，科索沃并非第一个同意充当遣返"中转站"的国家。此前，危地马拉、巴拿马、哥斯达黎加、卢旺达和乌干达等国已与美国达成类似安排。

塞尔维亚一名议员批评说，科索沃政府"为了讨好华盛顿"而把自身变成移民收容所。科索沃议会反对党也要求政府公开协议全文。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["XK"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-11",
    },
  },
  {
    id: "h5b-zh-006",
    lang: "zh",
    style: "near-miss",
    title: "日本包機強制遣返 44名斯里蘭卡人送回科倫坡",
    published: "2025-10-02",
    text: `（自由時報國際新聞中心／綜合報導）日本出入國在留管理廳1日宣布，已以包機方式將44名拒絕離境的斯里蘭卡籍人士強制遣返，包機9月30日從成田機場起飛，直飛科倫坡班達拉奈克國際機場。

入管廳表示，這批人年齡介於22歲至61歲，均已收到退去強制令，其中滯留日本最久者長達19年。此次包機與警備人員的費用約4500萬日圓，由日本政府負擔。

這是日本今年第二次以包機集體遣返，今年4月曾有31名越南人以同樣方式被送回河內。入管廳官員說，包機可避免當事人在一般民航班機上抗拒，造成其他乘客困擾。

支援外籍人士的團體「臨時放免者之會」批評，被遣返者中有人仍在申請難民身分，也有人的配偶與子女是日本人。「一夜之間就被送走，家屬連道別的機會都沒有。」

近年日本修法放寬對難民申請者的遣返限制，引發人權團體關注。相較之下，美國今年的遣返人數雖遠多於日本，但日本的難民認定率長期不到1%，仍是國際批評焦點。`,
    expect: { relevant: false },
  },
  {
    id: "h5b-zh-007",
    lang: "zh",
    style: "near-miss",
    title: "移民局包机遣返131孟加拉非法外劳",
    published: "2026-04-03",
    text: `（吉隆坡2日讯）大马移民局昨日以包机方式，将131名非法逗留的孟加拉籍外劳从吉隆坡国际机场遣返达卡，这是移民局今年以来规模最大的一次集体遣返行动。

移民局总监在文告中指出，这批外劳都是在今年1月至3月期间于雪兰莪、柔佛及槟城的突击检查中被捕，之后被扣留在各州的移民扣留中心，完成法律程序后才被遣送回国。

他说，包机费用由孟加拉驻马来西亚高级专员署与当事人共同承担。今年首季，移民局已通过商业航班和包机遣返超过1万8000名非法外来者，其中以印尼籍、孟加拉籍及缅甸籍人数最多。

移民局也提醒雇主不要聘用非法外劳，违者可被罚款每名外劳最高5万令吉，或监禁不超过一年，或两者兼施。

另一方面，有关注外劳权益的非政府组织表示，部分被扣留者在扣留中心等待遣返的时间长达数月，呼吁当局改善扣留中心拥挤的情况。`,
    expect: { relevant: false },
  },
  {
    id: "h5b-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方将派包机遣返约30名柬埔寨人 长滩柬裔社区紧张",
    published: "2025-10-24",
    text: `【侨报记者周韵洛杉矶报道】柬埔寨内政部移民总局23日表示，美方已正式通知柬方，一架载有约30名柬埔寨籍人士的遣返包机预计将于本月28日抵达金边德崇国际机场，柬方将派员在机场接收并协助他们登记身份。

知情人士透露，包机将从得克萨斯州埃尔帕索起飞，机上人员大多曾在美国服刑，刑满后被移交移民和海关执法局（ICE）羁押。今年4月，美方曾以包机送回41名柬埔寨人。

消息传出后，加州长滩"柬埔寨城"的社区组织连日接到求助电话。柬裔青年联盟组织者苏菲雅·迈说，名单上有人两岁时就随父母以难民身份来美，"他们从来没有在柬埔寨生活过，连高棉语都说不好"。

美柬两国于2002年签署遣返协议，此后已有超过1,000名柬埔寨籍人士被遣返。长滩是柬埔寨本土以外最大的柬裔聚居地之一，约有2万名柬裔居民。

柬埔寨内政部官员说，抵达后的人员若在当地没有亲属，将暂时安置在金边的一处接待中心，并获得为期三个月的生活补助。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["KH"],
      people: { value: 30, approx: true },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["金边德崇国际机场"],
      date: "2025-10-28",
    },
  },
  {
    id: "h5b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Aterriza en Villahermosa vuelo de EU con 118 extranjeros deportados",
    published: "2026-02-14",
    text: `VILLAHERMOSA, Tab.- Un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE) de Estados Unidos aterrizó este viernes en el Aeropuerto Internacional Carlos Rovirosa Pérez con 118 personas extranjeras a bordo, ninguna de ellas de nacionalidad mexicana, confirmaron autoridades federales.

De acuerdo con una tarjeta informativa del Instituto Nacional de Migración (INM), en el vuelo, procedente de Alexandria, Luisiana, viajaban 61 cubanos, 38 venezolanos y 19 nicaragüenses, entre ellos 14 mujeres.

Tras su llegada, los extranjeros fueron trasladados en autobuses a la estación migratoria de Tapachula, Chiapas, donde, según el INM, se les ofrecerán "alternativas de regularización o de retorno asistido a sus países".

Es el segundo vuelo de este tipo en lo que va del mes. El pasado 3 de febrero arribaron a la misma terminal 96 ciudadanos de Cuba y Venezuela, de acuerdo con registros de una red de organizaciones civiles que monitorea los derechos humanos en el sureste del país.

Defensores de migrantes criticaron que México reciba a personas de terceros países sin que exista un acuerdo público con Washington. "Se está convirtiendo al sur del país en una sala de espera sin fecha de salida", dijo Mariela Ochoa Cruz, coordinadora de un albergue en la capital tabasqueña.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      nationalities: ["CU", "VE", "NI"],
      people: { value: 118, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional Carlos Rovirosa Pérez"],
      date: "2026-02-13",
    },
  },
  {
    id: "h5b-es-002",
    lang: "es",
    style: "receiving-country-local",
    title: "Más de 140 peruanos deportados de Estados Unidos llegaron al Callao",
    published: "2025-10-16",
    text: `Más de 140 ciudadanos peruanos expulsados por Estados Unidos llegaron el martes al Aeropuerto Internacional Jorge Chávez, en el Callao, a bordo de un vuelo chárter contratado por el Servicio de Inmigración y Control de Aduanas (ICE), informó la Superintendencia Nacional de Migraciones.

La aeronave despegó de El Paso, Texas, y aterrizó pasadas las 16:00 horas en la zona de carga del terminal, donde los connacionales fueron recibidos por personal de Migraciones, de la Cancillería y de la Policía Nacional, que verificó si alguno tenía requisitorias pendientes.

Según la entidad, dos de los deportados tenían órdenes de captura vigentes por los delitos de robo agravado y omisión a la asistencia familiar, por lo que fueron puestos a disposición de la justicia.

En lo que va del año, 2.310 peruanos han retornado deportados desde Estados Unidos en 19 vuelos especiales, una cifra que ya supera el total de todo el 2024, precisó Migraciones.

"Mi hermano trabajaba en la construcción en Houston desde hace ocho años, nunca tuvo problemas con la ley", contó a este diario Rosa Huamán, quien esperaba desde el mediodía en los exteriores del aeropuerto.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 140, approx: true },
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2025-10-14",
    },
  },
  {
    id: "h5b-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay firma acuerdo para recibir solicitantes de asilo deportados por EE.UU.",
    published: "2025-08-16",
    text: `MONTEVIDEO (Redacción) - El gobierno de Paraguay firmó el jueves en Washington un acuerdo de "tercer país seguro" con Estados Unidos, por el cual aceptará recibir a personas que hayan pedido asilo en territorio estadounidense, para que tramiten su solicitud de protección desde suelo paraguayo.

El canciller paraguayo explicó en conferencia de prensa que el entendimiento "no implica la llegada masiva de extranjeros" y que cada caso será evaluado por la Comisión Nacional de Refugiados (Conare). No precisó cuántas personas podrían ser enviadas ni la fecha del primer traslado.

Consultada por este medio, la Cancillería uruguaya indicó que no recibió hasta ahora ninguna propuesta similar de Washington. Uruguay recibió el año pasado más de 20.000 solicitudes de refugio, en su gran mayoría de cubanos, y su sistema de asilo enfrenta demoras de varios años.

Organizaciones de derechos humanos de Asunción advirtieron que Paraguay carece de capacidad para atender a los recién llegados. "Tenemos un solo albergue estatal para refugiados, con cuarenta camas", dijo Ramón Giménez, de la Coordinadora de Derechos Humanos del Paraguay.

El acuerdo se suma a los que la administración de Donald Trump cerró este año con Guatemala, Honduras y Panamá, entre otros países de la región.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-14",
    },
  },
  {
    id: "h5b-es-004",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un vuelo de deportación desde Gran Canaria a Nuakchot",
    published: "2025-11-27",
    text: `MADRID. El Ministerio del Interior fletó este miércoles un vuelo de deportación que partió del aeropuerto de Gran Canaria con destino a Nuakchot, la capital de Mauritania, con 38 personas a bordo que habían llegado a Canarias en cayuco durante el verano, según fuentes policiales consultadas por este periódico.

De los expulsados, 29 eran de nacionalidad senegalesa, seis malienses y tres mauritanos. España realiza este tipo de devoluciones al amparo del acuerdo de readmisión firmado con Mauritania en 2003, que permite entregar en ese país a personas de terceros países que hayan transitado por su territorio.

El operativo contó con la participación de unos 70 agentes de la Policía Nacional y de un observador del Mecanismo Nacional de Prevención de la Tortura, dependiente del Defensor del Pueblo. Interior, que habitualmente no informa sobre estas operaciones, no ha confirmado oficialmente el vuelo.

La Comisión Española de Ayuda al Refugiado criticó la deportación de ciudadanos de Malí, país sobre el que Naciones Unidas ha pedido no devolver a nadie por la violencia en el centro y el norte.

En lo que va de año han llegado a las islas más de 15.000 personas por la ruta atlántica, un descenso de casi el 60 % respecto al mismo periodo de 2024.`,
    expect: { relevant: false },
  },
  {
    id: "h5b-zh-009",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再送7名第三國人士到南蘇丹 人權團體批「丟包」",
    published: "2026-04-17",
    text: `（中央社記者張若嵐華盛頓17日綜合外電報導）南蘇丹外交部今天證實，一架美國政府包機週四（16日）深夜抵達首都朱巴國際機場，機上7名遭美國驅逐的男子沒有一人是南蘇丹公民。

南蘇丹外交部發言人在聲明中說，這7人中有3人來自越南，2人來自寮國，另2人來自古巴，目前由南蘇丹安全部門「妥善照料」，等待後續安排返回原籍國。

根據代表其中兩人的律師說法，這架包機從德州聖安東尼奧起飛，中途曾在愛爾蘭香農機場短暫停留。律師說，當事人的原籍國長期拒絕接收，美方才改將他們送往南蘇丹。

美國國土安全部發言人表示，這些人「都是在美國犯下嚴重罪行的非法外國人」，其原籍國拒絕讓他們回國。國土安全部未說明是否向南蘇丹支付任何費用。

南蘇丹長年陷於內戰與糧荒，美國國務院目前對該國發布最高等級的旅遊警示。人權團體批評，把與當地毫無淵源的人送到南蘇丹形同「丟包」。去年美國首度把第三國人士送往南蘇丹時，曾因聯邦法院訴訟而讓航班在吉布地滯留數週。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SS"],
      nationalities: ["VN", "LA", "CU"],
      people: { value: 7, approx: false },
      departure: ["德州聖安東尼奧"],
      arrival: ["朱巴國際機場"],
      date: "2026-04-16",
    },
  },
  {
    id: "h5b-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国包机遣返67名吉乌两国公民",
    published: "2025-12-05",
    text: `新华社比什凯克12月4日电（记者马骁）吉尔吉斯斯坦外交部4日发布消息说，一架美国包机3日先后降落比什凯克玛纳斯国际机场和乌兹别克斯坦首都塔什干，将67名在美国非法居留的吉乌两国公民遣返回国。

消息说，机上共有吉尔吉斯斯坦公民29人、乌兹别克斯坦公民38人。吉方人员在比什凯克下机后，包机继续飞往塔什干。

据吉尔吉斯斯坦媒体报道，该航班从美国新泽西州纽瓦克起飞，途中在罗马尼亚布加勒斯特经停加油。被遣返的吉尔吉斯斯坦公民中，多数人是经土耳其和墨西哥辗转进入美国的。

吉尔吉斯斯坦外交部表示，遣返工作是在两国有关部门协调下进行的，吉方驻美使馆为没有护照的公民签发了回国证明。

据统计，今年以来已有近400名中亚国家公民从美国被遣返。今年5月，乌兹别克斯坦曾自费包机从美国接回100多名中亚国家公民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KG", "UZ"],
      people: { value: 67, approx: false },
      departure: ["新泽西州纽瓦克"],
      arrival: ["比什凯克玛纳斯国际机场", "塔什干"],
      date: "2025-12-03",
    },
  },
  {
    id: "h5b-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返航班送三十九名孟加拉人返達卡",
    published: "2026-05-09",
    text: `【星島綜合報道】一架美國遣返航班日前把三十九名孟加拉籍人士送返首都達卡。孟加拉外交部表示，這批人全部在美國被裁定非法逗留，當中有人已在當地生活超過十年。

孟加拉警方表示，該批人士抵達後接受了入境及背景審查，其中兩人因涉及國內刑事案件被警方帶走，其餘獲家人接回。

據當地傳媒報道，航班由德州艾爾帕索出發，於周四早上降落沙阿賈拉勒國際機場，並於數小時後起飛返回美國。

孟加拉外交部發言人稱，政府會為回國者提供協助，但亦呼籲國民「切勿透過非法中介前往外國」。據該部門統計，自去年1月至今，已有超過二百名孟加拉人從美國被遣返。

孟加拉僑民組織指，紐約皇后區等地有大量孟加拉裔無證移民，近月來移民及海關執法局（ICE）的拘捕行動令社區人心惶惶。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 39, approx: false },
      departure: ["德州艾爾帕索"],
      arrival: ["沙阿賈拉勒國際機場"],
      date: "2026-05-07",
    },
  },
  {
    id: "h5b-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "拒當美國遣返中轉站 布吉納法索：不接收第三國被驅逐者",
    published: "2025-10-11",
    text: `（國際新聞中心／綜合報導）西非國家布吉納法索外交部長9日表示，該國拒絕美方提出、要求布國接收由美國驅逐的第三國人士的提議，並說布吉納法索「不是別人的中轉站」。

這名外長在首都瓦加杜古接受國營電視台訪問時說，美方近日透過外交管道提出要求，希望布國收容一批在美國被判遞解出境、但原籍國不願接收的非洲移民。他說，此一提議「不符合布吉納法索的尊嚴」，政府已正式回絕。

此前，美國駐瓦加杜古大使館暫停受理布國人民的多數簽證申請，外界普遍認為華府此舉意在向布國施壓。美國國務院尚未對布國的表態發表評論。

川普政府今年以來積極尋求第三國協助驅逐，已與盧安達、烏干達、史瓦帝尼等非洲國家達成協議，其中史瓦帝尼和盧安達已實際接收被遣返者。

分析人士指出，由軍政府掌權的布吉納法索近年與俄羅斯關係密切，與西方國家漸行漸遠。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BF"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-10-09",
    },
  },
  {
    id: "h5b-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: "17名尼泊尔人被遣返 包机从亚利桑那飞抵加德满都",
    published: "2026-03-20",
    text: `（美国中文网综合报道）尼泊尔民航局证实，一架从亚利桑那州梅萨起飞的包机18日下午降落加德满都特里布万国际机场，机上有17名在美国非法居留的尼泊尔公民。

机场移民办公室负责人说，这批人中有15名男性、2名女性，年龄在23岁至47岁之间。他们办理完入境手续后，被移交给尼泊尔警方反人口贩运局接受问询，以查明他们是否为非法中介的受害者。

据悉，包机途经卡塔尔多哈加油，在加德满都停留约两小时后返航。

尼泊尔移民局数据显示，今年以来已有逾260名尼泊尔人从美国被遣返，其中大多数乘坐商业航班分批回国。

警方一名发言人说，初步问询显示，有些人是先飞到巴西，再经陆路北上穿越多国到达美墨边境，每人向中介支付了最多700万尼泊尔卢比。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 17, approx: false },
      departure: ["亚利桑那州梅萨"],
      arrival: ["特里布万国际机场"],
      date: "2026-03-18",
    },
  },
  {
    id: "h5b-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "联邦法官裁定：第三国遣返前须给予当事人申诉机会",
    published: "2026-02-26",
    text: `【本报讯】波士顿联邦地区法院法官25日裁定，国土安全部在把移民遣送至非原籍国之前，必须以书面形式通知当事人，并给予至少15天时间，让其提出在该国可能遭受迫害或酷刑的主张。

这项裁决源于多个移民权益团体去年提起的集体诉讼。原告律师说，政府过去多次在几个小时前才告知当事人将被送往陌生国家，"根本没有时间找律师，更谈不上准备证据"。

司法部表示将提出上诉。国土安全部发言人在声明中批评法官"阻碍政府驱逐危险罪犯"，并说第三国遣返"完全合法"。

据移民政策研究机构估计，目前全美移民法庭积压案件超过340万宗，平均审理时间超过两年。法律界人士预计，这场诉讼最终可能再次上诉到最高法院。`,
    expect: { relevant: false },
  },
  {
    id: "h5b-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "逾期居留遭遞解 台籍男搭華航班機返抵桃園",
    published: "2025-09-03",
    text: `（中央社記者吳家銘桃園機場3日電）一名在美國逾期居留多年的台籍男子，日前遭美國移民暨海關執法局（ICE）遞解出境，今天清晨搭乘中華航空自洛杉磯飛抵桃園機場的班機返台，由航警局人員陪同完成入境手續。

外交部領事事務局表示，這名50多歲的林姓男子2014年持觀光簽證赴美後未如期離境，今年6月在加州遭ICE拘留。駐洛杉磯台北經濟文化辦事處曾多次前往探視，並協助聯繫家屬。

領事局提醒，持美國免簽或簽證入境者務必遵守停留期限，若遭遞解出境，未來申請赴美將受到嚴格限制。

據外交部統計，今年1月至8月已有23名國人遭美國遞解出境，人數較去年同期增加。`,
    expect: { relevant: false },
  },
  {
    id: "h5b-zh-016",
    lang: "zh",
    style: "chinese-outlet",
    title: "约60名巴基斯坦人被美国遣返抵达拉合尔",
    published: "2025-09-26",
    text: `【参考消息网9月26日报道】据巴基斯坦媒体报道，巴基斯坦联邦调查局（FIA）25日说，一架美国安排的遣返航班24日晚抵达拉合尔阿拉马·伊克巴尔国际机场，机上约60名巴基斯坦公民因违反美国移民法律被驱逐出境。

FIA官员说，被遣返者抵达后接受了身份核查，其中数人因持有伪造的旅行证件，被移交反人口走私部门进一步调查。

报道说，这批人大多来自旁遮普省的古吉兰瓦拉、锡亚尔科特等地，部分人曾通过中介花费数百万卢比前往美国。巴基斯坦海外侨民部表示，今年以来已有超过500名巴基斯坦人从美国、英国和海湾国家被遣返。

巴基斯坦外交部发言人此前表示，巴方将与美方合作，接收经核实身份的巴基斯坦公民，但希望遣返过程"尊重当事人的尊严"。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PK"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["阿拉马·伊克巴尔国际机场"],
      date: "2025-09-24",
    },
  },
  {
    id: "h5b-zh-017",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美包機下周二送約四十名斐濟人回國",
    published: "2026-06-05",
    text: `【本報專訊】南太平洋島國斐濟內政部周四表示，一架載有約四十名斐濟公民的美國包機預計下周二抵達楠迪國際機場，當局已成立專責小組，協助回國者重新融入社會。

斐濟內政部長在國會答問時說，美方已提供被遣返者名單，當中大部分人居於加州及猶他州，有部分人曾在美國犯事。航機將由加州安大略起飛，途經夏威夷檀香山加油。

內政部長說：「他們是斐濟的兒女，我們不會拒諸門外。」但警方會對有刑事紀錄者進行登記及監察。

去年斐濟曾有兩批共二十餘人從美國被遣返，均乘搭商業航班經奧克蘭返國。太平洋島國中，東加和薩摩亞亦有國民近月被美國遣返。

斐濟一個社區組織負責人表示，很多被遣返者自小離開斐濟，回國後在就業和住屋上面對極大困難。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["FJ"],
      people: { value: 40, approx: true },
      departure: ["加州安大略"],
      arrival: ["楠迪國際機場"],
      date: "2026-06-09",
    },
  },
  {
    id: "h5b-zh-018",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再将19名西非人遣送加纳",
    published: "2025-11-08",
    text: `（阿克拉综合电）加纳外交部长星期五（11月7日）证实，一架美国包机星期三（11月5日）降落首都阿克拉的科托卡国际机场，机上19名被美国驱逐出境的西非人士全都不是加纳公民。

他说，这批人来自尼日利亚、多哥和利比里亚，其中11人是尼日利亚人。根据加纳与美国达成的安排，他们将在加纳短暂停留，再通过陆路或航班返回各自的国家。

这名外长强调，加纳接收的只是西非国家经济共同体（西共体）成员国的公民，因为这些人本来就可以在区域内自由流动，"这是出于泛非团结，而不是交易"。

加纳反对党批评政府事先没有征求国会意见。一个代表部分被遣送者的律师团队说，他们的当事人在美国已获得移民法官的保护令，不得被遣返原籍国，但却被送到加纳，随时可能被转送回国。

今年9月，美国首次把一批西非人士遣送到加纳，当时共有14人。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "TG", "LR"],
      people: { value: 19, approx: false },
      departure: [],
      arrival: ["科托卡国际机场"],
      date: "2025-11-05",
    },
  },
  {
    id: "h5b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "又一批电诈犯罪嫌疑人从泰国湄索被押解回国",
    published: "2026-01-16",
    text: `新华社南京1月15日电 记者从公安部获悉，中缅泰三国执法部门14日开展联合行动，将在缅甸妙瓦底地区电诈园区被解救和抓获的212名中国籍犯罪嫌疑人经泰国湄索机场包机押解回国，航班当天抵达南京禄口国际机场。

公安部有关负责人表示，这是今年以来第二批从缅甸妙瓦底经泰国押解回国的涉诈人员。此前，已有逾5000名涉诈犯罪嫌疑人通过类似方式被移交中方。

该负责人说，公安机关将依法对这批犯罪嫌疑人开展审查，同时继续加强与相关国家的执法合作，坚决铲除境外电诈窝点，切实维护人民群众财产安全。`,
    expect: { relevant: false },
  },
  {
    id: "h5b-zh-020",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "72名喬治亞人遭美國遣返 包機深夜抵第比利斯",
    published: "2026-07-10",
    text: `（綜合外電報導）喬治亞內政部週三（8日）表示，前一天晚間有一架美國包機在第比利斯國際機場降落，機上72名喬治亞公民因違反美國移民法規遭驅逐出境。這是喬治亞今年規模最大的一次遣返。

內政部在聲明中指出，該航班由美國移民暨海關執法局（ICE）安排，從亞利桑那州鳳凰城起飛，途經德國法蘭克福加油。

被遣返者以男性為主，另有9名女性，大部分人是近兩三年經墨西哥邊境進入美國後申請庇護，但申請遭駁回。

喬治亞外交部表示，政府與美方在遣返問題上「保持密切合作」，駐美使館已為無護照者簽發旅行證件。據喬治亞方面統計，去年共有約1100名喬治亞公民從美國被遣返，其中一半以上是搭乘包機回國。

喬治亞反對派人士則批評，大批年輕人冒險赴美，反映國內經濟停滯與政治動盪。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE"],
      people: { value: 72, approx: false },
      departure: ["亞利桑那州鳳凰城"],
      arrival: ["第比利斯國際機場"],
      date: "2026-07-07",
    },
  },
  {
    id: "h5b-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Llega a San Pedro Sula un vuelo con un centenar de hondureños deportados desde Texas",
    published: "2026-01-09",
    text: `Un centenar de hondureños deportados por Estados Unidos aterrizaron el jueves por la tarde en el Aeropuerto Internacional Ramón Villeda Morales de San Pedro Sula, en un vuelo que salió de Harlingen, Texas, según confirmó el Centro de Atención al Migrante Retornado (CAMR).

Entre los retornados había varias mujeres y al menos seis menores de edad que viajaban con sus padres, detalló la institución en un comunicado.

Es el tercer vuelo de deportados que llega a Honduras esta semana. El lunes aterrizaron otros dos aviones con un total de 248 personas, de acuerdo con cifras oficiales.

"Me agarraron en una parada de autobús en Houston cuando iba para el trabajo", dijo a Noticias 24/7 un hombre de 34 años originario de Olancho que pidió no ser identificado. "Llevaba nueve años allá, mis hijos se quedaron".

Según el Observatorio Consular y Migratorio de Honduras, en 2025 fueron deportados más de 35,000 hondureños desde Estados Unidos, la mayoría por vía aérea. El gobierno hondureño entrega a cada retornado un bono de apoyo y ofrece inscribirlo en programas de empleo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 100, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2026-01-08",
    },
  },
  {
    id: "h5b-es-006",
    lang: "es",
    style: "receiving-country-local",
    title: "Cuarenta y tres bolivianos deportados desde EEUU llegan a Viru Viru",
    published: "2026-03-07",
    text: `Cuarenta y tres bolivianos que fueron expulsados de Estados Unidos por su situación migratoria irregular retornaron al país en un vuelo fletado por el Gobierno estadounidense, informó la Dirección General de Migración (Digemig).

Entre los retornados hay 36 hombres y 7 mujeres, la mayoría oriundos de Cochabamba y Santa Cruz, según el reporte oficial. Ninguno tenía antecedentes penales en Bolivia, aunque la Policía verificó sus datos con Interpol antes de dejarlos salir.

El avión tocó pista en el aeropuerto internacional Viru Viru el viernes a las 23:40, casi tres horas después de lo previsto. Decenas de familiares esperaron durante horas en la terminal de arribos.

"En el vuelo nos trataron bien, pero en el centro de detención de Luisiana pasamos frío y hambre", relató uno de los jóvenes, que había vivido cuatro años en Virginia.

La Cancillería recordó que en enero ya habían sido deportados otros 47 bolivianos y que unas 130 personas continúan detenidas en centros migratorios estadounidenses a la espera de una decisión judicial.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BO"],
      people: { value: 43, approx: false },
      departure: [],
      arrival: ["aeropuerto internacional Viru Viru"],
      date: "2026-03-06",
    },
  },
  {
    id: "h5b-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: "Alrededor de 120 ecuatorianos deportados llegaron a Latacunga",
    published: "2025-09-12",
    text: `Alrededor de 120 ecuatorianos deportados desde Estados Unidos llegaron la madrugada de este jueves al aeropuerto Cotopaxi, en Latacunga, en un vuelo procedente de Mesa, Arizona, informó la Cancillería.

El Ministerio de Relaciones Exteriores y Movilidad Humana indicó que los retornados recibieron atención médica, alimentación y kits de higiene, y que quienes lo requirieron fueron trasladados en buses hasta Quito, Ambato y Cuenca.

Es el vuelo número 68 de deportados que recibe el país en lo que va del año, según datos oficiales. En total, cerca de 9.800 ecuatorianos han sido deportados desde territorio estadounidense desde enero.

La mayoría de los retornados son hombres jóvenes de las provincias de Azuay, Cañar y Chimborazo, zonas con una larga tradición de migración hacia Estados Unidos y España.

"Pagué 18.000 dólares al coyote y me agarraron a los dos días de cruzar", contó a este Diario un joven de 24 años de Biblián.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 120, approx: true },
      departure: ["Mesa, Arizona"],
      arrival: ["aeropuerto Cotopaxi"],
      date: "2025-09-11",
    },
  },
  {
    id: "h5b-es-008",
    lang: "es",
    style: "near-miss",
    title: "INM traslada vía aérea a 187 hondureños desde Tapachula",
    published: "2025-07-30",
    text: `TAPACHULA, Chis.- El Instituto Nacional de Migración (INM) devolvió este martes a 187 personas de origen hondureño en dos vuelos que partieron del aeropuerto internacional de Tapachula con destino a San Pedro Sula, informó la dependencia federal.

De acuerdo con el INM, se trata de personas que fueron detectadas en situación irregular en Chiapas y Oaxaca y que aceptaron el "retorno asistido" a su país, luego de permanecer varios días en la estación migratoria de esta ciudad.

El organismo señaló que en lo que va del año ha retornado a más de 27,000 extranjeros, principalmente guatemaltecos, hondureños y salvadoreños, por vía terrestre y aérea.

Activistas de la frontera sur cuestionaron el carácter voluntario de estos retornos. "Con Estados Unidos cerrando la puerta del asilo, México se quedó haciendo el trabajo sucio", afirmó Leticia Morales, integrante de un colectivo de defensa de migrantes en Tapachula.`,
    expect: { relevant: false },
  },
  {
    id: "h5b-es-009",
    lang: "es",
    style: "wire",
    title: "Nicaragua suspende la recepción de vuelos de deportados desde Estados Unidos",
    published: "2026-05-22",
    text: `Managua, 22 may (EFE).- El Gobierno de Nicaragua anunció este jueves que suspende "hasta nuevo aviso" la recepción de vuelos con nicaragüenses deportados desde Estados Unidos, en respuesta a las nuevas sanciones impuestas por Washington a funcionarios sandinistas.

En un comunicado difundido por medios oficialistas, la Cancillería nicaragüense calificó las deportaciones de "trato humillante" y exigió que los connacionales sean devueltos "en vuelos comerciales, con dignidad y sin grilletes".

El último vuelo de deportados, con 96 nicaragüenses a bordo, aterrizó el 14 de mayo en el Aeropuerto Internacional Augusto C. Sandino de Managua.

El Departamento de Estado no respondió de inmediato a una solicitud de comentarios. Según datos del Servicio de Inmigración y Control de Aduanas (ICE), unos 1.900 nicaragüenses fueron deportados en el año fiscal 2025.

No es la primera vez que Managua frena la llegada de deportados: en 2023 ya había rechazado durante varias semanas los vuelos de retorno, en medio de una disputa diplomática con Washington.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["NI"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-05-21",
    },
  },
  {
    id: "h5b-es-010",
    lang: "es",
    style: "receiving-country-local",
    title: "Llega otro vuelo con argentinos deportados: aterrizará el miércoles en Ezeiza",
    published: "2026-04-24",
    text: `Un nuevo vuelo chárter con unos 25 argentinos deportados por Estados Unidos aterrizará el próximo miércoles en el Aeropuerto Internacional de Ezeiza, confirmaron fuentes de la Cancillería a este diario.

La aeronave, un Boeing 767 contratado por el Servicio de Inmigración y Control de Aduanas (ICE), despegará de Fort Worth, Texas, y hará una escala técnica en Lima para cargar combustible, según el plan de vuelo registrado.

Se trata del quinto vuelo de este tipo desde septiembre del año pasado, cuando arribó el primero con una decena de pasajeros. Hasta entonces, los argentinos expulsados regresaban en vuelos comerciales, acompañados por agentes estadounidenses.

La Policía de Seguridad Aeroportuaria prepara un operativo discreto en la terminal privada del aeropuerto, donde los deportados serán recibidos por personal de Migraciones antes de reencontrarse con sus familias.

Según la Dirección Nacional de Migraciones, desde enero de 2025 fueron devueltos al país 214 argentinos desde Estados Unidos, la mayoría de ellos detenidos en Florida y Texas.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["AR"],
      people: { value: 25, approx: true },
      departure: ["Fort Worth, Texas"],
      arrival: ["Aeropuerto Internacional de Ezeiza"],
      date: "2026-04-29",
    },
  },
];
