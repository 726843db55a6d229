// Held-out news corpus no. 15 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts (not the extractor, its tests or the other corpus files);
// every outlet, name, quote and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT15B: CorpusArticle[] = [
  {
    id: "h15b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "一批被美方遣返人员乘包机抵达广州",
    published: "2025-03-14",
    text: `本报广州3月14日电（记者 罗文清）3月12日下午，一架从美国起飞的包机降落在广州白云国际机场，机上116名中国籍非法移民被美方遣返回国。

据公安部出入境管理部门介绍，这批人员均经过身份核查，相关部门已依法进行接收和后续处置。有关负责人表示，中方一贯坚决反对和打击各种形式的非法移民活动，愿同各国加强执法合作。

去年以来，中美双方在遣返问题上保持沟通。有统计显示，2024年全年共有数百名中国籍人员经包机或商业航班被遣返，其中大部分来自福建、浙江等地。

该负责人同时提醒，通过所谓“走线”等方式偷渡出境风险极高，不少人在途经巴拿马、墨西哥时遭遇抢劫甚至人身伤害。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 116, approx: false },
      departure: [],
      arrival: ["广州白云国际机场"],
      date: "2025-03-12",
    },
  },
  {
    id: "h15b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返包機抵胡志明市　約一百三十名越南人返國",
    published: "2025-06-20",
    text: `【港聞綜合報道】越南外交部周五證實，一架載有約一百三十名越南籍人士的美國移民及海關執法局（ICE）包機，已於本周三從德州起飛，並於當地時間晚上降落新山一國際機場。

越方發言人黎氏秋表示，當局已按雙方二〇〇八年簽訂的遣返協議接收該批人士，並會核實他們的身份及原居地。她強調，越南只接收經核實的本國公民。

據非政府組織統計，今年首五個月美國已向亞洲國家安排至少十一班遣返航班，目的地包括印度、中國及菲律賓。

一名在機場外等候的婦人向記者表示，她的弟弟在加州居住了十七年，「他連一句再見都來不及說」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 130, approx: true },
      departure: ["德州"],
      arrival: ["新山一國際機場"],
      date: "2025-06-18",
    },
  },
  {
    id: "h15b-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國第三國遣返再擴大　十四名西非人士被送往迦納",
    published: "2025-09-08",
    text: `（本報綜合外電）迦納政府6日晚間證實，一架美國政府安排的航班當天抵達首都阿克拉，機上共有14名被美國遣返的西非人士，他們分別來自奈及利亞、甘比亞與多哥，並非迦納公民。

迦納外交部長在記者會上表示，迦納是基於「區域團結」同意提供過境安排，這些人將在當局協助下返回各自國家。他並未說明美方是否提供任何補償。

人權團體批評，美國近月來把移民送往與他們毫無關係的國家，先前已有人被送往南蘇丹及愛斯瓦帝尼。律師指出，部分當事人在美國法院仍有未決的庇護案件。

美國國土安全部則在聲明中說，相關人員均已收到最終遞解令，「第三國遣返是完全合法的手段」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM", "TG"],
      people: { value: 14, approx: false },
      departure: [],
      arrival: ["阿克拉"],
      date: "2025-09-06",
    },
  },
  {
    id: "h15b-zh-004",
    lang: "zh",
    style: "near-miss",
    title: "日本入管局包机遣返四十余名斯里兰卡人",
    published: "2025-11-02",
    text: `【东京综合消息】日本出入国在留管理厅1日宣布，当天以包机方式将43名逾期滞留的斯里兰卡籍人员从成田机场遣返至科伦坡。这是日本今年第三次实施集体遣返包机。

入管厅官员表示，这些人员大多在日本滞留超过三年，部分人曾多次申请难民认定未获批准。根据去年修订的《出入国管理法》，第三次申请难民的人员原则上不再暂停遣返程序。

日本律师协会对此提出批评，认为修法后遣返速度明显加快，“当事人没有得到充分的申辩机会”。

另据统计，日本2024年共遣返外国人约七千人，其中越南籍人数最多。`,
    expect: { relevant: false },
  },
  {
    id: "h15b-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "吉尔吉斯斯坦同意恢复接收美方遣返的本国公民",
    published: "2025-04-23",
    text: `【比什凯克讯】吉尔吉斯斯坦外交部22日发表声明，宣布同意恢复接收被美国驱逐出境的本国公民，并将与美方就遣返航班安排进行技术磋商。

声明说，吉方此前因身份核查程序问题暂停了相关接收工作，目前双方已就核查机制达成一致。外交部副部长阿斯克尔别克·图尔松诺夫表示，“每一位公民的合法权利都将得到保障”。

据吉方数据，目前在美国被下达驱逐令的吉尔吉斯斯坦公民约有四百人。邻国哈萨克斯坦和乌兹别克斯坦此前已接收过美方安排的遣返航班。

分析人士认为，此举也与吉方希望在签证和劳务合作等问题上改善对美关系有关。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["KG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-04-22",
    },
  },
  {
    id: "h15b-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "四十多名柬埔寨人遭美國遣返　抵達德崇國際機場",
    published: "2025-10-17",
    text: `【本報訊】柬埔寨內政部發言人周四表示，一架美國包機當日從路易斯安那州亞歷山德里亞起飛，經停阿拉斯加後，於周四深夜抵達金邊德崇國際機場，機上有四十多名柬埔寨籍人士。

發言人說，被遣返者大多是上世紀八十年代隨家人以難民身份赴美的人，其中不少人在美國曾有刑事紀錄，「他們當中有人從未在柬埔寨生活過」。

柬美兩國於二〇〇二年簽署遣返備忘錄，至今已有逾千名柬埔寨人被遣返。當地非政府組織表示，將為這批人提供臨時住宿及語言課程。

同一周，美方亦安排了飛往寮國的航班，但寮國當局未公布人數。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 40, approx: true },
      departure: ["路易斯安那州亞歷山德里亞"],
      arrival: ["德崇國際機場"],
      date: "2025-10-16",
    },
  },
  {
    id: "h15b-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "尼泊尔：美方遣返包机预计下周抵达加德满都",
    published: "2025-12-03",
    text: `【本报综合报道】尼泊尔内政部3日表示，美国方面已通知尼方，一架载有约60名尼泊尔公民的遣返包机将于12月9日抵达加德满都特里布万国际机场。

内政部发言人拉姆·普拉萨德·奥利说，尼方已成立由移民局、警方和外交部组成的工作组，负责被遣返者的身份核实与安置。他说，“我们要求美方确保当事人在转运过程中得到人道对待。”

据尼泊尔媒体报道，近年来经中美洲陆路偷渡赴美的尼泊尔人数明显增加，不少人向中介支付了超过五万美元的费用。今年早些时候，已有数十名尼泊尔人经商业航班陆续被遣返。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["NP"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["加德满都特里布万国际机场"],
      date: "2025-12-09",
    },
  },
  {
    id: "h15b-zh-008",
    lang: "zh",
    style: "near-miss",
    title: "马来西亚移民局遣返逾百名缅甸籍非法移民",
    published: "2025-05-27",
    text: `（吉隆坡26日讯）大马移民局总监表示，当局今日从吉隆坡国际机场以包机遣返共114名缅甸籍非法移民，他们此前被关押在雪兰莪州的移民扣留中心。

他说，今年至今移民局已遣返超过三万名外籍非法移民，主要来自印尼、孟加拉及缅甸。当局会继续加强对非法雇佣外劳的执法行动。

人权组织则呼吁政府暂停遣返缅甸人，指当地局势仍不稳定，被遣返者可能面临迫害。`,
    expect: { relevant: false },
  },
  {
    id: "h15b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Retornan 128 guatemaltecos en vuelo procedente de Luisiana",
    published: "2025-02-19",
    text: `GUATEMALA. Un total de 128 guatemaltecos deportados desde Estados Unidos aterrizaron este martes en la Base de la Fuerza Aérea Guatemalteca, en la capital, informó el Instituto Guatemalteco de Migración (IGM).

El vuelo despegó de Alexandria, Luisiana, y traía a 97 hombres, 24 mujeres y siete menores de edad, detalló la institución en sus redes sociales.

Con este vuelo suman 41 los vuelos de retorno recibidos en lo que va del año, según datos oficiales. En 2024 el país recibió a más de 60 mil connacionales por vía aérea.

A su llegada, los retornados recibieron alimentos, una llamada telefónica y orientación sobre programas de empleo del Ministerio de Trabajo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 128, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2025-02-18",
    },
  },
  {
    id: "h15b-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Cerca de un centenar de hondureños llegan deportados a San Pedro Sula",
    published: "2025-08-09",
    text: `SAN PEDRO SULA, Honduras.- Cerca de un centenar de hondureños retornados desde Estados Unidos arribaron la tarde del viernes al aeropuerto internacional Ramón Villeda Morales, según el Centro de Atención al Migrante Retornado (CAMR).

La aeronave, contratada por el Servicio de Inmigración y Control de Aduanas (ICE), salió de Harlingen, Texas. Entre los pasajeros venían varias familias con niños pequeños.

"Muchos de ellos llevaban menos de un año en Estados Unidos", dijo la coordinadora del centro, Marlen Zepeda. Añadió que el país ha recibido este año alrededor de 24,000 retornados por vía aérea y terrestre, incluyendo los que llegan desde México por la frontera de Corinto.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 100, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["aeropuerto internacional Ramón Villeda Morales"],
      date: "2025-08-08",
    },
  },
  {
    id: "h15b-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: "Ciento diez ecuatorianos deportados arriban a Quito",
    published: "2025-07-04",
    text: `QUITO (Agencia Andina de Noticias Ciudadanas). Ciento diez ecuatorianos que fueron deportados por Estados Unidos llegaron al aeropuerto Mariscal Sucre de Quito, informó la Cancillería.

El vuelo aterrizó el miércoles 2 de julio poco antes de la medianoche. Los connacionales fueron recibidos por funcionarios del Viceministerio de Movilidad Humana, que les entregó kits de higiene y pasajes para regresar a sus provincias, en su mayoría Azuay, Cañar y Guayas.

Según la Cancillería, en el primer semestre del año Ecuador recibió 58 vuelos de deportación, frente a 41 en el mismo periodo de 2024. Colombia y Perú también han registrado aumentos, aunque menores.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 110, approx: false },
      departure: [],
      arrival: ["aeropuerto Mariscal Sucre"],
      date: "2025-07-02",
    },
  },
  {
    id: "h15b-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Llega a Maiquetía un nuevo vuelo con casi 180 venezolanos deportados desde EE UU",
    published: "2025-05-11",
    text: `Madrid / Caracas. Un avión con casi 180 migrantes venezolanos expulsados de Estados Unidos aterrizó este sábado en el Aeropuerto Internacional Simón Bolívar de Maiquetía, según confirmó el Gobierno venezolano a través de un comunicado.

La aeronave partió de El Paso y es la decimocuarta de este tipo desde que ambos países reanudaron los vuelos en febrero, dentro del llamado plan Vuelta a la Patria. Caracas asegura que más de 5.000 venezolanos han regresado por esta vía.

La llegada se produce mientras en Washington sigue el debate judicial sobre el envío de venezolanos a una cárcel de El Salvador. "Nuestros compatriotas no son delincuentes", dijo un portavoz del Ministerio de Interior en el aeropuerto.

En España, donde residen más de 400.000 venezolanos, las asociaciones de la diáspora siguen con preocupación estas deportaciones.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 180, approx: true },
      departure: ["El Paso"],
      arrival: ["Aeropuerto Internacional Simón Bolívar de Maiquetía"],
      date: "2025-05-10",
    },
  },
];
