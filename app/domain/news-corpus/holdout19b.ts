// Held-out news corpus no. 19 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT19B: CorpusArticle[] = [
  {
    id: "h19b-es-001",
    lang: "es",
    style: "receiving-country-local",
    title: "Retornan ciento veintiocho connacionales en vuelo desde Luisiana",
    published: "2025-03-14",
    text: `CIUDAD DE GUATEMALA (Diario del Altiplano). — Ciento veintiocho guatemaltecos expulsados por Estados Unidos llegaron el pasado miércoles a la Fuerza Aérea Guatemalteca, en la zona 13 capitalina, a bordo de un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE).

La aeronave despegó de Alexandria, Luisiana, pasadas las seis de la mañana y tocó tierra poco antes del mediodía. Entre los retornados había once mujeres y tres menores que viajaban con sus madres, según el Instituto Guatemalteco de Migración.

"Les damos un refrigerio, una llamada gratuita y orientación para buscar empleo; muchos llegan sin un centavo", explicó Mirna Choc, coordinadora del centro de recepción.

En lo que va de marzo han aterrizado en el país diecinueve vuelos de este tipo. La semana anterior, otro avión con unos 135 hondureños había hecho escala técnica en la capital antes de seguir hacia San Pedro Sula, recordó la institución.

Las autoridades reiteraron que quienes tengan antecedentes pendientes son entregados a la Policía Nacional Civil al bajar del avión.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 128, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Fuerza Aérea Guatemalteca"],
      date: "2025-03-12",
    },
  },
  {
    id: "h19b-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Segundo avión con deportados en dos días llega a San Pedro Sula",
    published: "2025-05-20",
    text: `SAN PEDRO SULA (Noticiero del Valle). — Por segundo día consecutivo, Honduras recibió a compatriotas deportados por vía aérea desde Estados Unidos.

Este martes aterrizó en el aeropuerto internacional Ramón Villeda Morales un vuelo con más de 140 personas procedentes de Texas, de acuerdo con el Centro de Atención al Migrante Retornado (CAMR). La mayoría son hombres jóvenes de Cortés, Yoro y Atlántida.

El lunes, otro avión había dejado a 97 hondureños en la base aérea de Palmerola, en Comayagua. Ese vuelo, según fuentes de Cancillería, había partido de Harlingen.

"Estamos recibiendo prácticamente un vuelo diario; la capacidad del centro está al límite", admitió la subdirectora del CAMR, Gladys Mejía, quien pidió más apoyo de las alcaldías para trasladar a los retornados a sus comunidades.

Datos oficiales indican que en lo que va del año más de 11.000 hondureños han sido devueltos desde territorio estadounidense y mexicano, por aire y por tierra.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 140, approx: true },
      departure: ["Texas"],
      arrival: ["aeropuerto internacional Ramón Villeda Morales"],
      date: "2025-05-20",
    },
  },
  {
    id: "h19b-es-003",
    lang: "es",
    style: "receiving-country-local",
    title: "Costa Rica recibe a migrantes asiáticos expulsados por Washington",
    published: "2025-02-21",
    text: `SAN JOSÉ (La Voz del Valle Central). — Un avión contratado por el gobierno estadounidense aterrizó el jueves en el Aeropuerto Internacional Juan Santamaría con unos 135 migrantes que no son costarricenses y que Estados Unidos no pudo devolver directamente a sus países.

Según la Dirección General de Migración y Extranjería, a bordo viajaban ciudadanos de China, India, Uzbekistán y Afganistán, entre ellos una veintena de niños. Tras los controles, fueron llevados en autobuses al Centro de Atención Temporal de Migrantes, cerca de la frontera con Panamá.

"Costa Rica actúa como puente; Estados Unidos cubre todos los gastos y la Organización Internacional para las Migraciones gestionará su retorno", dijo el viceministro Rodrigo Araya.

Panamá recibió días atrás tres aviones semejantes con cerca de 300 personas. El gobierno costarricense indicó que se espera un segundo vuelo la próxima semana, aunque no dio fecha.

Organizaciones de derechos humanos cuestionaron que los migrantes no hayan tenido acceso a abogados antes de salir de California.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "IN", "UZ", "AF"],
      people: { value: 135, approx: true },
      departure: ["California"],
      arrival: ["Aeropuerto Internacional Juan Santamaría"],
      date: "2025-02-20",
    },
  },
  {
    id: "h19b-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Cancillería confirma vuelo de deportados para el lunes",
    published: "2025-06-26",
    text: `BOGOTÁ (Crónica Andina). — La Cancillería colombiana confirmó que el próximo lunes llegará a El Dorado un avión con unos 90 connacionales expulsados por Estados Unidos, el primero desde que ambos gobiernos revisaron el protocolo de recepción.

El vuelo saldrá de Houston, Texas, y será operado por una aerolínea contratada por el Departamento de Seguridad Nacional, precisó el comunicado. Migración Colombia dispondrá de un módulo especial en la terminal para verificar identidades y antecedentes.

"Queremos que nuestros compatriotas lleguen con dignidad, sin esposas y con acompañamiento", afirmó la directora de asuntos migratorios, Paula Ardila.

A comienzos de año, la negativa inicial de Bogotá a aceptar dos aviones militares estadounidenses desató una breve crisis diplomática. Desde entonces han llegado al país más de 120 vuelos, la mayoría a Bogotá y algunos a Medellín y Cali.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CO"],
      people: { value: 90, approx: true },
      departure: ["Houston, Texas"],
      arrival: ["El Dorado"],
      date: "2025-06-30",
    },
  },
  {
    id: "h19b-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Caracas anuncia que volverá a recibir vuelos de repatriación desde EE. UU.",
    published: "2026-02-10",
    text: `CARACAS (Semanario El Puente). — El gobierno venezolano anunció este martes que reanudará la recepción de aviones con migrantes deportados desde Estados Unidos, tras casi dos meses de suspensión.

El canciller explicó en rueda de prensa que los equipos técnicos de ambos países acordaron un nuevo calendario y que los vuelos podrán aterrizar otra vez en Maiquetía "en los próximos días". No precisó cuántas personas serían devueltas ni la frecuencia de las operaciones.

"Cada venezolano que regresa es bienvenido a su patria; lo que rechazamos es el trato humillante", declaró el funcionario.

Durante 2025, según cifras oficiales, Venezuela recibió más de 90 aviones procedentes de Estados Unidos y de México. La interrupción de diciembre se produjo cuando Washington canceló un vuelo que ya estaba programado.

Analistas consultados por este semanario consideraron que el acuerdo responde también a la presión de las familias de detenidos en centros de Texas y Luisiana.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-10",
    },
  },
  {
    id: "h19b-es-006",
    lang: "es",
    style: "receiving-country-local",
    title: '"Volvimos con lo puesto": retornados relatan su llegada a Guayaquil',
    published: "2024-10-05",
    text: `GUAYAQUIL (Ecos del Guayas). — Con bolsas de plástico transparentes y sin cordones en los zapatos, un grupo de ecuatorianos descendió la mañana del 3 de octubre de un avión blanco sin logotipos en el aeropuerto José Joaquín de Olmedo.

El vuelo, organizado por el ICE, había salido de Mesa, Arizona. El Ministerio de Relaciones Exteriores no emitió cifras, pero el cónsul encargado de la recepción, Julio Cedeño, las dio a este diario: "Llegaron 112 compatriotas, entre ellos nueve mujeres; ninguno menor de edad".

Varios contaron que pasaron semanas en centros de detención de Arizona y Nuevo México. "Vendí el carro para pagar al coyote y ahora vuelvo sin nada", dijo Byron, de 27 años, originario de Cañar.

Ecuador es uno de los países con más vuelos de retorno desde Estados Unidos en 2024; solo en septiembre llegaron catorce, según la cancillería. Colombia y Perú también han visto crecer estas operaciones.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 112, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["aeropuerto José Joaquín de Olmedo"],
      date: "2024-10-03",
    },
  },
  {
    id: "h19b-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: "Llega a Las Américas otro vuelo con dominicanos deportados",
    published: "2024-08-12",
    text: `SANTO DOMINGO (Agencia Caribe Hoy). — Un nuevo grupo de dominicanos deportados desde Estados Unidos arribó el pasado viernes al Aeropuerto Internacional de Las Américas, informó la Dirección General de Migración.

La entidad no precisó cuántas personas venían en el avión ni desde qué ciudad partió. Solo indicó que los retornados fueron recibidos por agentes de la Dirección Nacional de Control de Drogas y de la Policía Nacional para revisar si tenían casos pendientes.

"Es un procedimiento rutinario; se verifica la identidad, se entrega un certificado y cada uno se va con su familia", explicó un vocero migratorio que pidió no ser identificado.

En 2023, la República Dominicana recibió más de 2.300 deportados desde territorio estadounidense, buena parte por delitos relacionados con drogas, según estadísticas oficiales. Haití, el país vecino, también recibe vuelos semanales, aunque con frecuentes suspensiones por la inseguridad en Puerto Príncipe.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: null,
      departure: [],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2024-08-09",
    },
  },
  {
    id: "h19b-es-008",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un avión para devolver a Mauritania a 48 migrantes llegados en cayuco",
    published: "2025-11-06",
    text: `LAS PALMAS DE GRAN CANARIA (Diario del Atlántico Sur). — El Ministerio del Interior español expulsó el miércoles a 48 ciudadanos mauritanos en un vuelo chárter que despegó del aeropuerto de Gran Canaria con destino a Nuakchot, según fuentes policiales.

Los migrantes habían llegado a El Hierro en dos cayucos a finales de octubre y permanecían en el centro de internamiento de extranjeros de Barranco Seco. Los acompañaban más de 90 agentes de la Policía Nacional.

"Estas devoluciones se hacen en el marco del acuerdo bilateral y con todas las garantías", aseguró un portavoz de la Delegación del Gobierno.

ONG como Voces del Estrecho denunciaron que al menos dos de los expulsados tenían solicitudes de asilo pendientes. España realiza este tipo de vuelos a Mauritania y Senegal de forma periódica; en 2024 organizó catorce, frente a los nueve del año anterior.

Mientras tanto, los traslados de migrantes menores desde Canarias a la península siguen enfrentando al Gobierno central con varias comunidades autónomas.`,
    expect: { relevant: false },
  },
  {
    id: "h19b-es-009",
    lang: "es",
    style: "near-miss",
    title: "Récord de deportaciones: Honduras suma 87 vuelos desde EE. UU. en el año",
    published: "2025-09-02",
    text: `TEGUCIGALPA (Revista Frontera Sur). — Honduras cerró agosto con 87 vuelos de deportación procedentes de Estados Unidos en lo que va de 2025, una cifra que ya supera la de todo el año anterior, según el Observatorio Consular y Migratorio.

En total, más de 23.000 hondureños han sido retornados por vía aérea y terrestre. El 64 % son hombres de entre 18 y 35 años y casi un tercio había vivido más de cinco años en territorio estadounidense.

"El perfil cambió: ya no son solo personas recién llegadas a la frontera, sino trabajadores con años en Texas, Florida o Carolina del Norte", señaló la investigadora Claudia Ferrera.

El informe también recoge las remesas, que crecieron un 19 % en el primer semestre, en parte porque muchos migrantes enviaron sus ahorros ante el temor a ser detenidos.

Guatemala y El Salvador reportan tendencias similares. El gobierno hondureño prometió ampliar el programa "Hermano, vuelve a casa", que ofrece capital semilla a los retornados, aunque las organizaciones civiles cuestionan su alcance.`,
    expect: { relevant: false },
  },
  {
    id: "h19b-es-010",
    lang: "es",
    style: "near-miss",
    title: "Deportan a activista peruano en un vuelo comercial desde Miami",
    published: "2026-05-19",
    text: `LIMA (Portal Ciudadano). — El activista peruano Ernesto Villanueva, detenido por el ICE en marzo tras una protesta frente a un centro de detención en Florida, fue deportado el domingo a Lima en un vuelo comercial regular que salió de Miami.

Villanueva, de 41 años, llegó al aeropuerto Jorge Chávez escoltado por dos agentes estadounidenses que lo entregaron a la Policía de Migraciones. Horas después quedó en libertad y se reunió con su madre en el terminal.

"Me sacaron de madrugada, sin avisar a mi abogada. Viví dieciséis años allá y mis hijos se quedaron en Orlando", dijo a la prensa.

Su defensa sostiene que una apelación seguía pendiente ante la Junta de Apelaciones de Inmigración. El consulado peruano en Miami confirmó que había seguido el caso.

El Perú recibió en 2025 cerca de 40 vuelos fletados por Estados Unidos con centenares de peruanos, pero las expulsiones individuales en aviones comerciales siguen siendo frecuentes para casos de alto perfil.`,
    expect: { relevant: false },
  },
  {
    id: "h19b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "又一批非法滞美人员乘包机被遣返回国",
    published: "2025-04-22",
    text: `本报讯（东南侨讯记者 林晓岚）记者从有关方面获悉，本月18日，一架由美国移民和海关执法局安排的包机降落在广州白云国际机场，机上一百余名中国籍人员被遣返回国。

据了解，这批人员大多通过"走线"方式经中南美洲非法进入美国，部分人在美国滞留已超过两年。公安机关在机场依法对其进行了身份核查，其中涉嫌组织偷渡的人员已被依法处理。

美国国土安全部此前表示，将继续与中方移民管理部门协调安排遣返航班。国家移民管理局相关负责人提醒，"走线"赴美不仅花费高昂，更面临人身安全风险，"不要轻信蛇头的承诺"。

这是今年以来美方第三次向中国派出大型遣返包机。2024年6月，美方曾遣返116名中国公民，那是自2018年以来的首次大型包机遣返。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["广州白云国际机场"],
      date: "2025-04-18",
    },
  },
  {
    id: "h19b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再派大型遣返班機 將中國籍人士送回",
    published: "2025-01-24",
    text: `（寶島時報記者陳怡君綜合報導）美國國土安全部（DHS）週四晚間發布聲明指出，該部週三透過移民暨海關執法局（ICE）派出一架大型遣返班機，將在美國沒有合法居留依據的中國籍人士遣返回中國。

聲明並未說明此次遣返的人數，也沒有提及班機自何處起飛、降落在中國哪座城市。

國土安全部在聲明中重申，美方將繼續與中國有關部門合作，打擊人口走私網絡，「不要相信走私集團的謊言」。

這是美方在八個月內第五度派出前往中國的大型包機。觀察人士指出，美中在移民遣返議題上的合作，是兩國關係緊張下少數仍在運作的管道之一。

根據美國海關暨邊境保護局資料，2024財政年度在美墨邊境遭攔截的中國籍人士超過三萬人次，較前一年略有下降；同期厄瓜多、哥倫比亞等國的遣返班機數量則明顯增加。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-01-22",
    },
  },
  {
    id: "h19b-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国将亚洲移民遣送至巴拿马 其中包括中国公民",
    published: "2025-02-15",
    text: `【南洋视点报巴拿马城专电】巴拿马政府证实，本月13日又有一架美国政府包机降落在托库门国际机场，机上约120名非巴拿马籍移民被美方遣送至此。

巴拿马安全部长在记者会上表示，这批人来自中国、尼泊尔、印度和巴基斯坦，他们将被暂时安置在达连省的一处收容营地，等待国际移民组织协助他们返回原籍国。包机据悉从得克萨斯州起飞。

"巴拿马只是一个过境桥梁，所有费用由美国承担。"这位部长说。

据当地华人社团负责人黄志明透露，机上有十多名中国公民，其中包括两名带着孩子的母亲。"他们的手机被收走，很多人连家里都联系不上。"

本月早些时候，已有两架类似的航班抵达巴拿马；哥斯达黎加也同意接收来自美国的第三国移民。人权组织批评这种做法剥夺了当事人申请庇护的权利。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "NP", "IN", "PK"],
      people: { value: 120, approx: true },
      departure: ["得克萨斯州"],
      arrival: ["托库门国际机场"],
      date: "2025-02-13",
    },
  },
  {
    id: "h19b-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "七名东南亚籍被遣返者被送往卢旺达",
    published: "2025-08-20",
    text: `（吉隆坡星洲时事综合报道）卢旺达政府发言人周二证实，上周五有七名被美国驱逐出境的外国人乘坐美方安排的飞机抵达首都基加利。

这七人分别来自越南、老挝和柬埔寨，均曾在美国因刑事案件服刑，其原籍国此前未能及时接收他们。卢旺达方面表示，他们将被安置在一家由政府管理的接待中心，并可获得职业培训和医疗服务。

"卢旺达同意接收最多250名来自美国的被驱逐者，我们会逐一审核每一个人。"这名发言人说。

美国国土安全部近月来陆续把无法遣返回原籍国的人员送往第三国，包括南苏丹和埃斯瓦蒂尼。今年7月，一架载有五名男子的航班降落在埃斯瓦蒂尼，引发当地民间团体抗议。

本地越南裔社团人士担心，类似做法未来可能扩大到在马来西亚有亲属的东南亚移民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["VN", "LA", "KH"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["基加利"],
      date: "2025-08-15",
    },
  },
  {
    id: "h19b-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美方擬下月再派包機 遣返中國籍人士",
    published: "2025-11-28",
    text: `【港島觀察報訊】美國國土安全部官員向本報證實，美方正與中國國家移民管理局協調，計劃於12月上旬再派出一架大型包機，將約一百名中國籍人士遣返回國。

該官員表示，班機預計從德州出發，但具體日期與降落城市仍有待雙方確認。「只要中方同意接收，我們就會執行。」他說。

消息人士透露，被列入名單者多數已被移民法官下令遞解，部分人在紐約、洛杉磯的拘留中心等待多月。

今年以來，美方已多次派機遣返中國公民，但公開人數的情況並不多見。今年4月的一班包機約有一百餘人，當時降落在廣州。

香港大學一名研究移民政策的學者認為，隨著美國擴大遣返行動，中美雙方在此議題上的配合程度，將成為觀察兩國關係的指標之一。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["德州"],
      arrival: [],
      date: "2025-12",
    },
  },
  {
    id: "h19b-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "外交部：中方愿继续接收经核实的被遣返人员",
    published: "2026-03-07",
    text: `（华夏快讯北京电）外交部发言人周四在例行记者会上回答提问时表示，中方愿在核实身份的前提下，继续接收从美国遣返的中国籍非法移民，并将与美方就遣返航班的安排保持沟通。

发言人说："中方一贯反对任何形式的非法移民，对于经核实确属中国公民的，中方将予以接收。"她同时强调，美方应当"以人道方式对待当事人，保障其基本权利"。

此前有美国媒体报道称，美方积压了数千名持有最终遣返令的中国籍人员，因身份核实进展缓慢而无法安排包机。

一名不愿具名的分析人士指出，这番表态意味着去年下半年一度放缓的遣返合作有望恢复。2024年至2025年间，美方曾多次派出大型包机飞往中国，其中首班载有116人。

同一场记者会上，发言人还就菲律宾、日本等议题回答了提问。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-03-05",
    },
  },
  {
    id: "h19b-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "乌干达同意接收美国遣送的第三国移民",
    published: "2025-08-23",
    text: `（狮城联合时报综合外电）乌干达外交部8月21日发表声明，宣布已与美国达成一项临时协议，同意接收那些无法被遣返回原籍国的第三国移民。

声明说，乌干达不会接收有刑事记录的人员，也不接受无人陪伴的未成年人，并倾向于接收来自非洲国家的人。声明没有说明预计接收的人数，也没有提到首批人员何时抵达。

乌干达一名反对派议员批评说："我们自己的难民营已经人满为患，政府却替别人收拾烂摊子。"

特朗普政府近几个月来积极寻求第三国合作。此前，美方已把数名男子送往南苏丹和埃斯瓦蒂尼，卢旺达也表示愿意接收至多250人。新加坡国立大学一名国际法学者认为，这类安排在法律上仍存在相当争议。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["UG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-21",
    },
  },
  {
    id: "h19b-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "逾130名越南公民搭乘美方包机返抵胡志明市",
    published: "2025-09-30",
    text: `【西贡侨报讯】越南公安部出入境管理局消息，9月27日，一架从美国路易斯安那州亚历山大起飞的包机降落在胡志明市新山一国际机场，逾130名被美国驱逐出境的越南公民返抵国内。

出入境管理局表示，这批人员均已完成身份核实，其中大部分是1995年后赴美的人，少数人曾在美国服刑。他们在机场接受健康检查后，由各省公安机关接回原籍。

在机场外等候的阮氏兰说，她的弟弟在美国生活了十二年，"他出门前只来得及给我打了一个电话"。

根据2008年签署的美越遣返协议，1995年7月12日之前抵达美国的越南人原则上不在遣返范围内，但近年来美方不断施压要求放宽。今年早些时候，美国还把数名越南籍男子送往南苏丹，引发越南社区强烈关注。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 130, approx: true },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["胡志明市新山一国际机场"],
      date: "2025-09-27",
    },
  },
  {
    id: "h19b-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "美军机遣返近两百名印度人 抵达阿姆利则",
    published: "2025-06-13",
    text: `（欧洲华人导报综合报道）印度旁遮普邦官员证实，一架美国军用运输机本周三降落在阿姆利则的机场，机上载有近两百名被美国驱逐出境的印度公民。

飞机据报从得克萨斯州圣安东尼奥起飞，途中在德国拉姆施泰因空军基地短暂停留加油。被遣返者大多来自旁遮普邦、哈里亚纳邦和古吉拉特邦，其中有数十名妇女。

有被遣返者对当地媒体称，他们在整个航程中被戴上手铐和脚镣，"连上厕所都要申请"。印度外交部发言人表示，已就被遣返者的待遇问题向美方表达关切。

这是今年以来美国第四次以军机遣返印度公民。与此同时，英国和德国也在加快遣返来自南亚的非法移民，伦敦本月初就安排了一班飞往伊斯兰堡的包机。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 200, approx: true },
      departure: ["得克萨斯州圣安东尼奥"],
      arrival: ["阿姆利则"],
      date: "2025-06-11",
    },
  },
  {
    id: "h19b-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "一週兩班遣返機 華人社區憂心",
    published: "2025-07-19",
    text: `（美西華聲報記者黃凱文洛杉磯報導）本週洛杉磯地區接連傳出移民遣返航班的消息，讓不少華人家庭人心惶惶。

據知情人士透露，週四一架由移民暨海關執法局（ICE）安排的包機從洛杉磯起飛，機上八十餘名中國籍人士被遣返回中國。其中一名來自福建的男子，是在聖蓋博谷一家餐館上班時被帶走的。

「我們到現在都聯絡不上他，」男子的表姐說，「只知道他已經在那架飛機上。」

而在本週一，另一班包機載著約九十名厄瓜多人從同一地區飛往基多，當地拉丁裔組織也在聯邦大樓前舉行抗議。

華人社區服務中心主任李美華提醒，收到遞解令的民眾應盡快尋求律師協助，「不要以為只是例行約談就掉以輕心」。中心本月已接到超過六十通相關諮詢電話。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 80, approx: true },
      departure: ["洛杉磯"],
      arrival: [],
      date: "2025-07-17",
    },
  },
  {
    id: "h19b-zh-011",
    lang: "zh",
    style: "chinese-outlet",
    title: "柬埔寨接收一批从美国遣返的公民",
    published: "2025-05-10",
    text: `（金边华商日报讯）柬埔寨内政部移民总局发布消息称，5月8日，一批被美国驱逐出境的柬埔寨公民搭乘美方安排的航班抵达金边国际机场。

移民总局没有公布这批人员的具体人数，只表示他们均持有柬埔寨身份证明，已由"回国者援助组织"接待，协助他们办理身份证件并寻找住所。

许多被遣返者自幼随家人以难民身份移居美国，对柬埔寨几乎一无所知。一名社工说："有人连高棉语都不会说，下飞机后第一件事是问我们哪里可以换美元。"

自2002年两国签署遣返备忘录以来，已有超过一千名柬埔寨人从美国被遣返。今年以来，美国也加快了对老挝、越南等国公民的遣返，部分无法回国者被送往第三国。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: null,
      departure: [],
      arrival: ["金边国际机场"],
      date: "2025-05-08",
    },
  },
  {
    id: "h19b-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "第二班美国包机抵达哥斯达黎加 机上有中国公民",
    published: "2025-02-26",
    text: `（美东侨报综合报道）哥斯达黎加移民总局表示，周二又有一架美国政府包机降落在胡安·圣玛丽亚国际机场，约二百名来自其他国家的移民被美方遣送至此。

据哥方介绍，这批人中有来自中国、俄罗斯和阿富汗的公民，其中约八十人是未成年人。他们下机后被送往南部边境附近的临时收容中心，之后将在国际移民组织协助下返回原籍国或前往其他国家。

"我们只是帮美国一个忙，这些人不会留在哥斯达黎加。"该国总统府一名官员说。

上周四，首班类似航班已运送约135人抵达同一机场。两班飞机均由美国承担费用。

一名在收容中心做义工的华人说，部分中国籍移民表示宁愿留在中美洲也不愿回国，"但他们不知道接下来会怎样"。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "RU", "AF"],
      people: { value: 200, approx: true },
      departure: [],
      arrival: ["胡安·圣玛丽亚国际机场"],
      date: "2025-02-25",
    },
  },
  {
    id: "h19b-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: "印尼将迎来首班美国遣返包机",
    published: "2026-04-16",
    text: `（狮城晨讯雅加达电）印度尼西亚法律与人权部移民总局周三表示，一架载有约60名印尼公民的美国遣返包机将于下周二抵达雅加达苏加诺—哈达国际机场。

移民总局发言人说，这是美国首次以包机方式集中遣返印尼公民，此前被驱逐者大多搭乘商业航班分批回国。包机将从亚利桑那州起飞。

"我们已经准备好接机程序，包括健康检查和心理辅导。"这名发言人说。他补充说，名单上的人大多是签证逾期滞留者，也有少数人曾在美国申请庇护被拒。

印尼驻美大使馆近月来多次派员探视被拘留的公民。另据统计，去年共有约300名印尼人从美国被遣返，远少于菲律宾和越南。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["ID"],
      people: { value: 60, approx: true },
      departure: ["亚利桑那州"],
      arrival: ["雅加达苏加诺—哈达国际机场"],
      date: "2026-04-21",
    },
  },
  {
    id: "h19b-zh-014",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "遣返包機抵滬 家屬機場外苦候",
    published: "2026-06-05",
    text: `（濠江時事報綜合報導）本月三日清晨，一架自美國起飛的包機降落在上海浦東國際機場。據網上流傳的影片，一批中國籍被遣返人員在公安人員陪同下，從專用通道離開機場。

美國國土安全部並未公布細節，但一名參與接收工作的人員在接受訪問時透露：「這班飛機上一共九十四人，大部分是福建和浙江人，也有幾名來自東北。」

據了解，班機從紐約州的一處機場起飛，途中在阿拉斯加安克雷奇加油。

一名在機場外等候的婦女說，丈夫三年前經墨西哥入境美國，去年在紐約法拉盛被捕，「今天終於可以見到他，但錢都沒了」。

澳門一名旅遊業人士表示，類似遣返新聞近來頻繁出現，已有本澳居民向旅行社查詢赴美簽證是否會受影響。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 94, approx: false },
      departure: ["紐約州"],
      arrival: ["上海浦東國際機場"],
      date: "2026-06-03",
    },
  },
  {
    id: "h19b-zh-015",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方称上周末遣返137名中国籍人员",
    published: "2026-01-14",
    text: `（北美华商周报讯）美国国土安全部周二发布新闻稿称，上周六该部通过移民和海关执法局（ICE）从得克萨斯州埃尔帕索派出一架包机，共遣返了137名中国籍人员。

新闻稿说，这批人员均已被移民法官下达最终遣返令，其中有17人有刑事犯罪记录。新闻稿没有说明包机降落在中国哪座城市。

国土安全部一名官员在声明中表示："我们与中国国家移民管理局的合作仍在继续，那些没有合法依据留在美国的人将被迅速遣返。"

去年全年，美国共向中国派出约十架大型遣返包机。美方同时表示，正在与其他亚洲国家洽谈，以安排更多类似航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 137, approx: false },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: [],
      date: "2026-01-10",
    },
  },
  {
    id: "h19b-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "移民局包机遣返逾200名非法外劳",
    published: "2025-12-04",
    text: `（大马新闻网报道）马来西亚移民局周三宣布，当局通过包机把逾200名非法外劳遣返回原籍国，他们是在过去三个月的综合执法行动中被逮捕的。

移民局总监表示，这批外劳包括印尼籍、孟加拉籍和缅甸籍人士，其中约30名是中国籍，他们从吉隆坡国际机场分批出发。"我们不会容忍任何人逾期居留或非法工作。"他说。

他补充说，目前全国各扣留营仍有超过一万名外籍人士等待遣返，政府正与各国驻马使馆协调，加快核发旅行证件。

当局也提醒雇主，若被发现聘请非法外劳，将面临高额罚款甚至监禁。

与此同时，有本地华团关注到美国近来大规模遣返移民的消息，呼吁在美大马人确保身份合法。`,
    expect: { relevant: false },
  },
  {
    id: "h19b-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "移民法庭积压案件逾三百万 华人申请庇护者苦等",
    published: "2025-10-15",
    text: `（纽约侨声报记者 周立群）根据雪城大学一项追踪数据，美国移民法庭积压的案件已超过三百四十万宗，创历史新高，其中华人庇护申请者的平均等待时间超过四年。

在法拉盛一家律师事务所，前来咨询的人排到了门外。律师陈家豪说："很多客户最担心的是，某天去ICE报到就被扣留，接着被送上遣返航班。"

数据显示，2025财年中国籍申请者的庇护获批率约为三成，低于前几年水平。与此同时，移民法官人数不增反减，部分法官已提前退休。

一名联邦法官本月裁定，政府不得在未通知律师的情况下将庇护申请者转移至外州拘留中心，但司法部已表示将提出上诉。

陈家豪建议，有案件在身的民众务必保存好所有文件，并定期与律师确认开庭时间，以免错过听证而被缺席判决遣返。`,
    expect: { relevant: false },
  },
  {
    id: "h19b-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "中国包机从缅甸接回数百名涉诈人员",
    published: "2025-03-12",
    text: `（华夏快讯昆明电）3月11日，中国公安部组织的三架包机从泰国湄索起飞，将在缅甸妙瓦底电诈园区被解救的数百名中国籍人员押解回国，飞机降落在南京禄口国际机场。

公安部表示，这批人员中既有被骗入园区的受害者，也有涉嫌参与电信网络诈骗的犯罪嫌疑人，将依法甄别处理。此前一周，已有约二百人经同一路线回国。

"无论逃到哪里，都将被依法追究。"一名参与行动的民警说。

这次行动得到泰国和缅甸有关方面的配合。据报道，园区中还有来自印度、越南、印尼等国的数千名外籍人员等待遣返，各国正陆续派机接回本国公民。

专家提醒，海外"高薪招聘"陷阱频现，民众应通过正规渠道求职。`,
    expect: { relevant: false },
  },
  {
    id: "h19b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "中國留學生入境遭拒 搭民航班機被遣送回國",
    published: "2025-04-02",
    text: `（台北新聞雜誌社記者吳俊宏綜合報導）一名就讀於麻州某大學的中國留學生，上週末從上海返美時在波士頓洛根國際機場遭海關人員盤查數小時，隨後被取消簽證，並被安排搭乘民航班機遣送回上海。

這名姓張的學生透過友人發表聲明說，自己在入境時被要求交出手機，「他們翻看了我的微信聊天紀錄，問了很多和專業無關的問題」。

中國駐美使館表示，已就此事向美方提出交涉，要求美方「停止無端盤查、騷擾中國留學生」。美國國務院則回應稱，不對個別簽證案件發表評論。

據不完全統計，過去一年已有十多名中國留學生在美國機場遭遣返。留學顧問提醒，赴美前應確保所有文件齊全，並事先了解入境時可能遇到的情況。

此外，美國近期也收緊了部分國家公民的簽證審查，台灣留學生則暫未受到明顯影響。`,
    expect: { relevant: false },
  },
  {
    id: "h19b-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "被遣返五年后：长乐“美国村”的返乡人",
    published: "2026-09-08",
    text: `（欧华观察周刊特稿）福建长乐的一个村子里，一栋栋装修豪华却空无一人的楼房，见证了当地三十年来的赴美潮。

四十二岁的郑师傅2021年从美国被遣返回国。他在纽约的中餐馆做了十一年厨师，如今在镇上开了一家小面馆。"刚回来那两年，晚上都睡不着，总觉得欠了亲戚一大笔钱。"他说。

像他这样的返乡人，在村里并不少见。据村干部估计，近五年来至少有四五十人从美国被遣返，其中不少是2024年以后乘坐美方包机回来的。

有人重新找到了工作，有人再次借钱准备"走线"。村里一名小学老师说，孩子们最常问的问题仍然是"美国是什么样子"。

郑师傅说，他不打算再去了，"但我儿子还是想去，我管不住"。`,
    expect: { relevant: false },
  },
];
