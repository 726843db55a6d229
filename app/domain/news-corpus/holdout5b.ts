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
];
