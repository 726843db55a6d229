// Held-out news corpus no. 20 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT20B: CorpusArticle[] = [
  {
    id: "h20b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Otro avión con deportados desde Estados Unidos llega a Maiquetía",
    published: "2025-06-14",
    text: `CARACAS.– Un nuevo vuelo de repatriación procedente de Estados Unidos tocó tierra el pasado jueves en Maiquetía, en medio de la angustia de cientos de familias que siguen sin noticias de parientes recluidos en centros migratorios de Texas y Luisiana.

La aeronave, contratada por el Servicio de Inmigración y Control de Aduanas (ICE), despegó de Phoenix de madrugada y aterrizó poco después del mediodía, según un comunicado que el Ministerio de Interior difundió al caer la tarde.

A bordo viajaban 178 venezolanos: 151 hombres, 22 mujeres y cinco menores que regresaron junto a sus madres. Todos pasaron por controles médicos y de identidad en la terminal antes de reunirse con sus familiares.

«Muchos llevaban meses sin poder llamar a nadie», contó a este diario Yelitza Marcano, que esperaba a su sobrino desde las cinco de la mañana frente al aeropuerto. «Lo único que pedimos es verlo llegar entero».

Con este, ya son 41 los vuelos directos desde que ambos gobiernos retomaron los traslados en marzo. El anterior, a finales de mayo, trajo a 190 personas. Por otra parte, Washington ha enviado este año a más de 250 venezolanos a una cárcel de máxima seguridad en El Salvador, un caso que sigue abierto en los tribunales estadounidenses.

Organizaciones de derechos humanos en Caracas pidieron publicar la lista completa de retornados y garantizar que nadie quede detenido a su llegada sin una orden judicial.

Diario del Litoral / Redacción`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 178, approx: false },
      departure: ["Phoenix"],
      arrival: ["Maiquetía"],
      date: "2025-06-12",
    },
  },
  {
    id: "h20b-es-002",
    lang: "es",
    style: "receiving-country-local",
    title: "Unos 130 guatemaltecos retornan en vuelo desde Luisiana",
    published: "2025-02-25",
    text: `CIUDAD DE GUATEMALA – Alrededor de 130 guatemaltecos regresaron este martes al país a bordo de un vuelo contratado por las autoridades migratorias de Estados Unidos, que despegó de Alexandria, en el estado de Luisiana, antes del amanecer.

El avión aterrizó a las 10:40 horas en el aeropuerto La Aurora y rodó hacia el área militar, donde el Instituto Guatemalteco de Migración (IGM) tiene su Centro de Recepción de Retornados. El IGM habló de «un aproximado de 130 personas» y dijo que la cifra exacta se conocería al terminar el registro.

Entre los recién llegados había al menos una docena de mujeres. La mayoría es originaria de Huehuetenango, San Marcos y Quiché, según el personal de la Secretaría de Bienestar Social que les entregó café, pan dulce y un kit de higiene.

No es el único vuelo de los últimos días: el jueves pasado aterrizó otro avión, procedente de El Paso, Texas, con 88 connacionales, entre ellos seis grupos familiares.

«Nos dijeron que nos llevaban a otro centro de detención y cuando nos dimos cuenta ya íbamos en el aire», relató Edvin, de 26 años, que trabajaba en una planta avícola de Misisipi y pidió no publicar su apellido.

De acuerdo con el IGM, en lo que va de febrero han llegado por vía aérea unos 3.400 guatemaltecos expulsados de Estados Unidos, y no se descartan vuelos en fin de semana. El Gobierno, además, mantiene conversaciones con Washington sobre la posible recepción de ciudadanos de otros países de la región.

(Radio local)`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 130, approx: true },
      departure: ["Alexandria"],
      arrival: ["La Aurora"],
      date: "2025-02-25",
    },
  },
  {
    id: "h20b-es-003",
    lang: "es",
    style: "receiving-country-local",
    title: "Migración anuncia otro vuelo con retornados para el miércoles",
    published: "2025-03-08",
    text: `SAN PEDRO SULA – El Instituto Nacional de Migración (INM) informó que el próximo miércoles llegará al aeropuerto Ramón Villeda Morales un nuevo vuelo con hondureños deportados desde Estados Unidos.

La aeronave saldrá de Houston, Texas, según la notificación que las autoridades estadounidenses remitieron a la Cancillería. «Todavía no tenemos el manifiesto definitivo; nos hablan de cerca de un centenar de compatriotas», explicó a periodistas la subdirectora del INM, Karla Bonilla.

El Centro de Atención al Migrante Retornado, que funciona en la misma terminal, ya prepara la logística: revisión médica, alimentación, llamadas a familiares y el pago del bono de apoyo que el Gobierno entrega a cada retornado para su traslado.

Solo en la semana que termina aterrizaron tres vuelos con un total de 318 personas, y en lo que va del año más de 6.000 hondureños han sido devueltos desde Estados Unidos y México, la mayoría por vía aérea. Por tierra, los autobuses que llegan desde México a la frontera de Corinto suman varios cientos por semana.

Bonilla pidió a las familias no acudir al aeropuerto sin confirmación previa. «Las listas cambian hasta el último momento; a veces una persona viene y a veces la dejan para el siguiente vuelo», dijo.

La Cancillería, por su parte, aseguró que el país está dispuesto a recibir aviones incluso de noche y en fines de semana, y que negocia con Washington que los retornados no viajen esposados.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["HN"],
      people: { value: 100, approx: true },
      departure: ["Houston"],
      arrival: ["Ramón Villeda Morales"],
      date: "2025-03-12",
    },
  },
  {
    id: "h20b-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "Caracas volverá a aceptar vuelos de deportados desde Estados Unidos",
    published: "2024-10-22",
    text: `CARACAS.– El Gobierno venezolano anunció este lunes que reanudará la recepción de aviones con connacionales deportados desde Estados Unidos, interrumpida desde comienzos de año en medio del deterioro de las relaciones entre ambos países.

En un comunicado leído en la televisión estatal, la Cancillería aseguró que los traslados se harán «en el marco del programa de retorno» y con «plenas garantías para los compatriotas». El texto no precisó cuándo aterrizará el primer avión ni cuántas personas vendrán en él.

Venezuela había dejado de aceptar los vuelos semanas después de que Washington restableciera sanciones sobre el sector petrolero. Entre octubre del año pasado y enero llegaron a Maiquetía catorce vuelos con cerca de 2.000 personas, según cifras oficiales de entonces.

Un portavoz del Departamento de Seguridad Nacional (DHS) consultado por este medio dijo que la agencia «tomaba nota» del anuncio y que seguiría «trabajando con los socios de la región». Mientras tanto, los vuelos hacia Colombia, Ecuador y Guatemala se han mantenido con normalidad.

Para el politólogo Ramón Esteves, profesor en una universidad caraqueña, el anuncio es «una señal hacia Washington antes de cualquier negociación sobre licencias petroleras». «Recibir deportados le cuesta poco al Gobierno y le permite mostrarse cooperativo», opinó.

En Estados Unidos, abogados de inmigración advirtieron que muchos venezolanos con órdenes de deportación pendientes podrían ser detenidos en las próximas semanas y recomendaron revisar el estado de sus casos.

Crónica del Caribe`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-10-21",
    },
  },
  {
    id: "h20b-es-005",
    lang: "es",
    style: "receiving-country-local",
    title: "Guatemala recibe a extranjeros expulsados por EE. UU. bajo el acuerdo de tercer país",
    published: "2025-08-30",
    text: `CIUDAD DE GUATEMALA – Por primera vez desde que se firmó el nuevo acuerdo migratorio con Washington, un avión con deportados que no son guatemaltecos aterrizó el viernes 29 de agosto en la base de la Fuerza Aérea Guatemalteca.

El vuelo, contratado por el Servicio de Inmigración y Control de Aduanas (ICE), despegó de Harlingen, en el sur de Texas, y llegó pasado el mediodía. Los pasajeros fueron llevados en autobuses a un albergue de la zona 5, donde permanecerán mientras se gestiona su regreso a sus países de origen.

Según el Instituto Guatemalteco de Migración, a bordo venían treinta y ocho extranjeros: veintiún nicaragüenses, once cubanos y seis ecuatorianos. Todos son adultos y ninguno tiene procesos pendientes en Guatemala, precisó la institución.

Horas antes había llegado a la misma base un vuelo ordinario con 112 guatemaltecos deportados desde Luisiana, que fueron atendidos en el Centro de Recepción de Retornados como cada semana.

La diputada opositora Mirna Toj criticó que el Ejecutivo no haya presentado el texto del acuerdo al Congreso. «No sabemos cuántas personas vamos a recibir, por cuánto tiempo ni quién paga», declaró.

El canciller defendió el mecanismo como «temporal y humanitario» y recordó que Honduras y Costa Rica han aceptado esquemas similares. Estados Unidos cubrirá, según el Gobierno, los costos de alojamiento y del traslado final.

Diario del Litoral`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["NI", "CU", "EC"],
      people: { value: 38, approx: false },
      departure: ["Harlingen"],
      arrival: ["Fuerza Aérea Guatemalteca"],
      date: "2025-08-29",
    },
  },
  {
    id: "h20b-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Retornan venezolanos desde El Paso en un vuelo dominical",
    published: "2025-09-22",
    text: `LA GUAIRA.– Con aplausos de funcionarios y llanto de familiares fue recibido el domingo un avión con migrantes venezolanos deportados desde Estados Unidos, el primero que llega en fin de semana desde que se retomaron los traslados.

La aeronave, operada por una empresa contratista del Gobierno estadounidense, partió de El Paso, Texas, e hizo una escala técnica antes de aterrizar en el Aeropuerto Internacional Simón Bolívar cerca de las cuatro de la tarde.

Los pasajeros pasaron por revisión médica y por el registro de los cuerpos de seguridad. Tres de ellos quedaron a la orden de la Fiscalía por tener solicitudes de captura vigentes, informaron fuentes policiales.

«Hoy hemos recibido a 212 hermanos y hermanas, 187 hombres y 25 mujeres, que vuelven a su patria», declaró ante la prensa el viceministro de Política Interior, Ernesto Villalba, en la rampa de la terminal.

En lo que va de septiembre han aterrizado siete vuelos de este tipo; el del lunes pasado trajo a 167 personas. Washington mantiene además vuelos regulares de deportación a Colombia, Ecuador y Perú, varios de ellos con venezolanos que tenían residencia en esos países.

Fuera del aeropuerto, Marbelis Guevara esperaba a su hijo con una pancarta. «Lo detuvieron en Denver yendo al trabajo», contó. «Dos meses sin saber de él, y hoy me avisan por un mensaje que viene en este avión».

Crónica del Caribe`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 212, approx: false },
      departure: ["El Paso"],
      arrival: ["Aeropuerto Internacional Simón Bolívar"],
      date: "2025-09-21",
    },
  },
  {
    id: "h20b-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: "Aterriza en Palmerola vuelo con hondureños deportados",
    published: "2024-05-17",
    text: `COMAYAGUA – Un avión con hondureños deportados desde Estados Unidos aterrizó este viernes en la base aérea de Palmerola, y no en San Pedro Sula como es habitual, debido a trabajos de mantenimiento en la pista del aeropuerto del norte.

El vuelo llegó procedente de Luisiana pasadas las nueve de la mañana. Las autoridades del Instituto Nacional de Migración no precisaron cuántas personas venían a bordo; solo indicaron que todos eran hombres adultos y que algunos habían pasado más de un año en centros de detención.

Del otro lado de la malla, decenas de familias esperaban desde la madrugada. «Me avisaron anoche, pero nadie me dijo si él venía en este o en el de la otra semana», contó Dilcia Rivera, que viajó desde Siguatepeque para recoger a su esposo.

Los retornados fueron trasladados en autobuses a San Pedro Sula, donde el Centro de Atención al Migrante Retornado les dio alimentación y asistencia médica antes de que siguieran a sus comunidades.

La semana pasada llegaron dos vuelos con 214 personas en total, y por vía terrestre ingresan a diario cientos de hondureños devueltos desde México. Según cifras oficiales, en lo que va del año más de 12.000 compatriotas han sido retornados.

El Conadeh pidió al Gobierno reforzar la atención psicológica y la protección de quienes huyeron por amenazas de pandillas y ahora vuelven a los mismos barrios.

(Radio local)`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: null,
      departure: ["Luisiana"],
      arrival: ["Palmerola"],
      date: "2024-05-17",
    },
  },
  {
    id: "h20b-es-008",
    lang: "es",
    style: "near-miss",
    title: "Llegan a Maiquetía 224 venezolanos desde Lima con el plan Vuelta a la Patria",
    published: "2024-07-05",
    text: `CARACAS.– Un total de 224 venezolanos que vivían en Perú regresaron este jueves al país en un vuelo del plan Vuelta a la Patria, el programa oficial de retorno voluntario y gratuito.

El Airbus de la aerolínea estatal despegó del aeropuerto Jorge Chávez, en Lima, y aterrizó en Maiquetía a media tarde. Entre los pasajeros había 61 niños y 14 adultos mayores, detalló la Cancillería, que publicó fotografías de la llegada en sus redes sociales.

«Hoy vuelven a casa con alegría, por decisión propia», afirmó en el aeropuerto la cónsul en Lima, Vivian Rondón, quien explicó que los inscritos habían solicitado el regreso en la sede diplomática hace meses.

Desde su creación, el plan ha realizado más de 170 vuelos y ha traído a unos 31.000 venezolanos desde una veintena de países, la mayoría de Perú, Chile, Ecuador y Brasil. El mes pasado salió un vuelo similar desde Santiago de Chile con 117 personas.

El contraste con los aviones que llegan de Estados Unidos es notable: esos traslados, ejecutados por las autoridades migratorias estadounidenses con personas expulsadas, están suspendidos desde febrero y no se han reanudado.

Luis Matos, albañil de 38 años, dijo que cinco años en Lima le bastaron. «Allá trabajé mucho y mandé lo que pude, pero mis hijos crecieron sin mí», contó con su bolso al hombro.

Diario del Litoral`,
    expect: { relevant: false },
  },
  {
    id: "h20b-es-009",
    lang: "es",
    style: "near-miss",
    title: "México devuelve en avión a 126 hondureños retenidos en Tapachula",
    published: "2026-04-16",
    text: `SAN PEDRO SULA – Un total de 126 hondureños que habían sido retenidos por las autoridades mexicanas en el estado de Chiapas llegaron el miércoles al aeropuerto Ramón Villeda Morales en un vuelo fletado por el Instituto Nacional de Migración de México.

El avión despegó de Tapachula por la mañana. Según la Cancillería hondureña, la mayoría de los pasajeros formaba parte de un grupo que intentó avanzar hacia el norte a comienzos de mes y fue detenido en retenes de carretera antes de llegar a Oaxaca.

Estos retornos no tienen relación con los vuelos de deportación que envía Estados Unidos, aclaró el Instituto Nacional de Migración hondureño: son operaciones del Gobierno mexicano, que también devuelve cada semana a cientos de personas por vía terrestre a través de la frontera de Corinto.

«Nos agarraron a todos juntos en un autobús; a los que no tenían papeles los bajaron», relató Josué, de 19 años, originario de Choloma. Dijo que había pagado 2.500 dólares a un guía para llegar a la frontera con Texas.

México ha intensificado los controles en su frontera sur tras acuerdos con Washington, y organizaciones de derechos humanos denuncian detenciones prolongadas en estaciones migratorias saturadas.

En lo que va de 2026, según cifras oficiales, más de 9.000 hondureños han sido retornados desde México y Estados Unidos por aire y por tierra.

(Radio local)`,
    expect: { relevant: false },
  },
  {
    id: "h20b-es-010",
    lang: "es",
    style: "near-miss",
    title: "Seis años después del vuelo de regreso: los deportados que atienden llamadas en inglés",
    published: "2026-11-08",
    text: `CIUDAD DE GUATEMALA – En un edificio de vidrio de la zona 10, Byron Ajú contesta llamadas de clientes de una empresa de telefonía de Ohio. Habla un inglés sin acento, aprendido en once años de vida en Atlanta, y casi nadie al otro lado de la línea sospecha que está en Guatemala.

Ajú llegó de regreso en marzo de 2020, en un vuelo de ICE que aterrizó en la Fuerza Aérea Guatemalteca con más de cien deportados, días antes de que la pandemia cerrara el aeropuerto. «Bajé con una bolsa de plástico y los zapatos sin cordones», recuerda. «No conocía a nadie en la capital».

Hoy forma parte de una fuerza laboral de miles de retornados que sostienen la industria de centros de llamadas del país. Según la asociación empresarial del sector, uno de cada cuatro agentes bilingües vivió en Estados Unidos, y muchos fueron deportados.

El salario, de unos 700 dólares mensuales, es alto para Guatemala pero muy inferior a lo que ganaban allá. «La mayoría no piensa volver a irse, pero tampoco termina de estar aquí», resume la psicóloga Ana Lucía Pop, que atiende a retornados en una organización de la zona 1.

Ajú tiene dos hijas en Georgia a las que ve por videollamada cada domingo. La mayor cumplirá quince años en diciembre. «Le voy a cantar por la cámara», dice, y vuelve a ponerse los auriculares.

Diario del Litoral / Reportaje`,
    expect: { relevant: false },
  },
  {
    id: "h20b-zh-001",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美再派包機遣返中國籍人士 今年第四班",
    published: "2025-11-20",
    text: `（海峽晚鐘記者林韋廷台北20日電）美國國土安全部（DHS）今天證實，移民暨海關執法局（ICE）本月18日以大型包機將一批沒有合法居留身分的中國籍人士遣送回國，班機當天稍晚降落福州。

國土安全部發言人在回覆本報的電子郵件中表示，這次航班載有「約120名」中國公民，多數是近兩年從美墨邊境非法入境、已接獲最終遣返令的成年人，其中包括少數女性。

這是今年以來美方第四度派出遣返中國籍人士的專機。前三班分別在3月、6月及8月起飛，其中6月那班載有130人。在此之前，美方已有多年未以包機方式將中國移民成批送回。

中國外交部發言人此前在例行記者會上表示，中方一貫反對任何形式的非法移民，願與美方在遣返問題上開展合作，前提是當事人身分經過核實。

在紐約執業的移民律師陳嘉瑜受訪時說，近月來詢問的客戶明顯增加，「很多人以為只要案子還在上訴就不會被抓，其實只要有最終遣返令，隨時可能被安排上機」。她建議當事人盡早確認自己的案件狀態。

美方統計顯示，本財年國土安全部已向逾150個國家執行遣返航班。僅本週，ICE也分別向印度、厄瓜多及哥倫比亞派出班機。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 120, approx: true },
      departure: [],
      arrival: ["福州"],
      date: "2025-11-18",
    },
  },
  {
    id: "h20b-zh-002",
    lang: "zh",
    style: "us-chinese-community",
    title: "ICE又一架遣返航班飞往中国 人数未公布",
    published: "2024-12-06",
    text: `【太平洋侨讯】美国移民和海关执法局（ICE）本周二安排一架包机，从得州将一批没有合法身份的中国公民遣返，航班目的地为上海。这是今年以来美方第三次以包机方式向中国遣返人员。

国土安全部在周四发布的简短声明中没有透露机上人数，只表示这些人“均已用尽法律救济途径”，并称此举体现了美中两国在打击非法移民和人口走私方面的持续合作。

今年春天的首班包机载有约130人，当时被视为多年来首次大规模遣返。第二班在10月中旬执行，同样未公布人数。

消息在华人社区引起关注。法拉盛一家移民服务中心的负责人周慧玲说，本周已有好几位家长打电话来，询问被关押在得州拘留中心的子女是否也在名单上。“大家最担心的是连告别的机会都没有。”

洛杉矶移民律师黄子轩提醒，收到驱逐令但仍在美国的人应立即与律师联系，确认是否还有申请重审或暂缓遣返的可能，“不要等到被带走才想办法”。

据国会研究数据，2024财年在南部边境被拦截的中国籍人士超过3万人次，远高于疫情前水平。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: ["得州"],
      arrival: ["上海"],
      date: "2024-12-03",
    },
  },
  {
    id: "h20b-zh-003",
    lang: "zh",
    style: "singapore-chinese",
    title: "美军机再送印度非法移民返国",
    published: "2025-07-10",
    text: `（狮城观察综合讯）一架美国空军C-17运输机本周二（8日）下午降落在印度旁遮普邦阿姆利则的国际机场，机上载有从美国遣返的印度籍非法移民。这是美国今年第三次动用军机把印度人送回国。

飞机从得克萨斯州圣安东尼奥起飞，途中经停加油，全程超过20小时。印度媒体的直播画面显示，遣返者下机后被带往机场内临时设置的审查区，由移民官员和邦警方逐一核对身份。

据旁遮普邦警方透露，这批遣返者共一百一十六人，其中男性九十八人、女性十八人，大多来自旁遮普、哈里亚纳和古吉拉特三邦，不少人是通过中介辗转多国，最后从墨西哥越境进入美国的。

旁遮普邦海外印侨事务部长古尔米特·辛格在机场对记者说，邦政府会彻查涉嫌诱骗青年出国的非法中介，“有的家庭为此卖掉了土地，最后换来的是一张遣返令”。

今年2月，首架遣返军机把104名印度人送抵同一机场，部分遣返者称全程被戴上手铐脚镣，在印度国内引发强烈反弹。反对党国大党议员再次要求政府向美方交涉，确保遣返者获得“有尊严的对待”。

印度外交部表示，只要身份经过核实，印方会接收所有被遣返的本国公民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 116, approx: false },
      departure: ["圣安东尼奥"],
      arrival: ["阿姆利则"],
      date: "2025-07-08",
    },
  },
  {
    id: "h20b-zh-004",
    lang: "zh",
    style: "malaysian-chinese",
    title: "逾百越南人遭美遣返 包机抵新山一机场",
    published: "2025-04-26",
    text: `（椰风快讯综合报道）越南公安部出入境管理局表示，一架从美国起飞的遣返包机周四降落新山一国际机场，机上逾百名越南公民下机后随即接受身份核查和健康检查。

越方没有公布确切人数，只说“超过一百人”，其中大部分是已在美国服完刑期、随后被移民当局拘押的成年男子，也有少数是近年才入境美国的年轻人。

这是今年以来美国第二次以包机把越南人成批送回。今年1月，另一架航班把约70名越南人送抵河内内排机场。

根据越美两国2008年签署的协议，1995年7月12日以前抵美的越南人原则上不在遣返之列，但美国政府近月来多次要求越方放宽这一限制。加州橙县小西贡的社区组织担心，数以千计在越战结束后以难民身份赴美的越南人会因旧案被遣送。

在大马，越南驻吉隆坡大使馆同日也提醒在马务工的越南公民遵守本地移民法规。大马移民局数据显示，今年首季被捕的非法外劳中，越南籍约占一成。

越南外交部发言人此前表示，越方愿在“人道与法律框架内”与美方合作，接收经核实身份的公民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["新山一国际机场"],
      date: "2025-04-24",
    },
  },
  {
    id: "h20b-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "史瓦帝尼再收美國遣送的第三國人士",
    published: "2025-10-07",
    text: `（海峽晚鐘國際新聞中心綜合報導）南部非洲王國史瓦帝尼政府今天證實，美國又一架遣送班機已於週一（6日）抵達史瓦帝尼，這是該國第二度接收並非本國籍的被遣返者。

史瓦帝尼矯正署發表聲明說，這批人將被安置在矯正設施內，直到能夠轉送回各自的母國為止，目前健康狀況良好。

根據聲明，機上共有十人，分別來自越南、柬埔寨和牙買加，全數為成年男性。美方先前表示，被送往史瓦帝尼的人都曾在美國犯下重罪，且原籍國拒絕或遲遲不肯接收。

今年7月，史瓦帝尼首度接收5名由美國遣送的第三國人士。此外，南蘇丹曾接收8人，盧安達則在8月接收首批7人。

當地人權律師恩柯西·杜貝受訪時批評，政府至今未公開與華府簽署的協議內容，「這些人在史瓦帝尼沒有任何罪名，卻被關在監獄裡，這在法律上站不住腳」。他說，已有民間團體向法院提起訴訟。

美國國務院未立即回應置評請求。川普政府近月來與多個非洲及中美洲國家洽談類似安排，以加快遣返無法直接送回原籍國的移民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "KH", "JM"],
      people: { value: 10, approx: false },
      departure: [],
      arrival: ["史瓦帝尼"],
      date: "2025-10-06",
    },
  },
  {
    id: "h20b-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "卢旺达证实接收又一批美国遣送人员",
    published: "2025-09-03",
    text: `卢旺达政府发言人办公室周二发布消息说，一架载有被美国驱逐人员的包机上周五降落基加利，这批人已被转往政府安排的住所。

发言人没有透露这批人的具体人数，只说他们分别来自索马里、厄立特里亚和老挝，均已通过卢方的背景审查，“将获得职业培训、医疗和住房方面的支持”。

据知情人士透露，包机从美国路易斯安那州起飞，途中在西非短暂经停加油。美国国土安全部没有就此置评。

根据卢美两国今年8月初达成的安排，卢旺达同意最多接收250名从美国遣送的第三国人员，首批7人已于8月中旬抵达。卢方表示，其中有人希望返回原籍国，也有人打算留在卢旺达生活。

批评人士认为，把移民送往与其毫无联系的国家，可能让他们陷入语言不通、缺乏法律援助的困境。一名在美国代理相关案件的律师说，她的当事人直到登机前几个小时才被告知目的地。

近几个月，美国还把被驱逐者送往南苏丹和埃斯瓦蒂尼，乌干达也表示愿意在一定条件下接收。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["SO", "ER", "LA"],
      people: null,
      departure: ["路易斯安那州"],
      arrival: ["基加利"],
      date: "2025-08-29",
    },
  },
  {
    id: "h20b-zh-007",
    lang: "zh",
    style: "hk-outlet",
    title: "烏干達同意接收美國遣送的第三國移民",
    published: "2025-08-22",
    text: `【港島日訊】東非國家烏干達外交部周四（21日）發表聲明，證實已與美國達成協議，同意接收在美國無法獲得庇護、又不願返回原籍國的第三國公民。

聲明指，協議屬「臨時安排」，烏方將優先接收非洲國家公民，並表明不會接收有刑事紀錄的人士及無人陪伴的未成年人。至於協議何時生效、首批人員何時抵達，聲明未有交代。

烏干達外交部常任秘書在聲明中形容，這是兩國在移民問題上「務實合作」的一部分，但同時強調烏干達本身已收容超過170萬名難民，承受能力有限。

美國國務院發言人表示，不會評論與其他國家政府的具體溝通，但重申執行移民法是政府的首要任務。

特朗普政府今年以來積極尋求第三國協助遣返。盧旺達本月中接收了首批7人，南部非洲的史瓦帝尼7月接收5人，南蘇丹亦曾接收8人。人權組織批評，這類安排令被遣送者陷入法律真空，亦可能違反國際法中的不遣返原則。

烏干達反對派議員則質疑政府未經國會審議便簽署協議，要求公開條款內容。`,
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
    id: "h20b-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "外交部：中方愿接收经核实身份的被遣返人员",
    published: "2025-04-16",
    text: `外交部发言人15日在例行记者会上回答提问时表示，中方一贯坚决反对任何形式的非法移民，对于美方提出的遣返要求，只要核实是中国公民，中方愿意接收。

发言人说，中方始终本着建设性态度与美方开展移民遣返合作，同时希望美方尊重事实，停止借题发挥，不要将移民问题政治化。

此前，美国国土安全部一名官员在国会听证会上称，部分国家在签发旅行证件方面“拖延”，点名包括中国在内的若干国家，并暗示可能采取签证限制措施。

去年以来，美方已多次派出包机向中国遣返人员。去年6月的首班包机载有116人，此后又有数班陆续执行，但美方大多没有公布人数。

分析人士认为，中方这一表态延续了一贯立场，但在中美贸易摩擦升温之际公开重申，有意向外界展示合作姿态。美国一家智库的研究员对本报表示，遣返合作是两国为数不多仍在正常运转的沟通渠道之一。

据美方统计，2024财年在美墨边境被拦截的中国籍人士约3.8万人次。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-04-15",
    },
  },
  {
    id: "h20b-zh-009",
    lang: "zh",
    style: "us-chinese-community",
    title: "越南鬆口 同意個案接收1995年前抵美者",
    published: "2025-05-30",
    text: `【東岸僑聲訊】越南外交部發言人週四在河內表示，越方將以「個案審查」方式，考慮接收1995年7月以前抵達美國、目前已被下令遣返的越南公民，這是越方多年來首次公開鬆動此一立場。

發言人說，越南願意在「尊重人道、符合雙方法律」的基礎上與美方合作，每一個案都須經越方核實身分及在越南的戶籍資料後才會發出旅行證件。她沒有說明首批人員何時可能被送回，也未提及人數。

根據越美兩國2008年簽署的協議，越戰結束後至1995年兩國建交前抵美的越南人原則上不會被遣返。美國政府近年多次要求越方放寬，2020年雙方曾簽署補充備忘錄，但實際執行有限。

消息傳到加州橙縣小西貢，社區一片憂慮。越裔社區組織負責人阮美蘭說，許多人在少年時期犯下的案子早已服完刑期，「他們在美國成家立業幾十年，越南對他們來說是一個陌生的國家」。

移民律師提醒，持有舊遣返令的越南裔人士應盡快整理過往的定罪紀錄，評估是否可以申請撤銷判決或特赦，以降低被遣返的風險。

今年以來，美方已有數班包機把越南人送回胡志明市和河內，但乘客均為1995年以後抵美者。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-05-29",
    },
  },
  {
    id: "h20b-zh-010",
    lang: "zh",
    style: "singapore-chinese",
    title: "美方将再安排包机 遣返148名印度人",
    published: "2026-02-11",
    text: `（狮城观察新德里讯）印度外交部发言人周三在例行简报会上说，美方已正式通知印方，将于本周六安排一架包机，把148名身份经过核实的印度公民遣返回国。

发言人说，航班将从亚利桑那州凤凰城起飞，预计降落新德里，与去年多次使用军机飞往阿姆利则不同，这次是民航包机。印方已要求美方确保遣返者在飞行途中“得到有尊严的对待”，不得全程使用镣铐。

据印方掌握的名单，这批人大多来自古吉拉特邦和哈里亚纳邦，其中包括十余名女性。各邦政府已派员前往机场协助安置，并会对涉嫌非法移民中介的线索展开调查。

去年，美国共向印度执行了十多班遣返航班，最大一班载有逾200人。印度反对党多次在国会质询政府，批评其在对美交涉中过于被动。

美国驻新德里大使馆发言人表示，美国将继续执行移民法，没有合法留美依据的人将被遣返，同时鼓励通过合法途径赴美。

分析人士指出，印美贸易谈判正进入关键阶段，印方在遣返问题上的配合态度，被视为改善双边关系的一张牌。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["IN"],
      people: { value: 148, approx: false },
      departure: ["凤凰城"],
      arrival: ["新德里"],
      date: "2026-02-14",
    },
  },
  {
    id: "h20b-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "哥斯大黎加將收美國遣送的亞洲與中亞移民",
    published: "2025-02-19",
    text: `（海峽晚鐘記者綜合外電報導）哥斯大黎加總統府今天表示，一架載有被美國遣送的多國移民的班機，預計20日（週四）降落首都聖荷西，哥國將以「中轉國」身分暫時收容這批人，再協助他們返回原籍國。

總統府聲明指出，這架班機預計載有約180人，主要來自烏茲別克、哈薩克及印度，其中包括數十名兒童。他們抵達後將被巴士送往南部靠近巴拿馬邊境的臨時收容所，並在六週內搭機返國，相關費用全數由美國政府負擔。

哥國公安部副部長在記者會上強調，這是「短期、人道的合作」，收容所將有國際組織人員駐點，確保移民獲得醫療與基本照顧。

中美洲鄰國巴拿馬上週已接收首批一百多名被美國遣送的第三國人士，暫時安置在巴拿馬市一家飯店，部分人在窗戶貼上求救字條，引發國際關注。瓜地馬拉也已同意擔任類似角色。

人權團體批評，美國把難以直接遣返的移民轉送到中美洲，等於把責任推給財政有限的小國。哥國在野黨議員則要求政府公開與華府協議的全文。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CR"],
      nationalities: ["UZ", "KZ", "IN"],
      people: { value: 180, approx: true },
      departure: [],
      arrival: ["聖荷西"],
      date: "2025-02-20",
    },
  },
  {
    id: "h20b-zh-012",
    lang: "zh",
    style: "hk-outlet",
    title: "消息指美國下月再派包機遣返中國籍人士",
    published: "2026-05-20",
    text: `【港島日訊】有熟悉美國移民執法的消息人士向本報透露，美國國土安全部計劃下月再安排一班大型包機，把約80名沒有合法居留身分的中國籍人士遣送回內地，確實日期仍待兩國有關部門最後確認。

消息人士稱，名單上的人大多來自福建、浙江兩省，部分人已在美國生活超過十年，遣返令多年前已經生效，但因旅行證件未獲簽發而一直未能執行。今年以來，中方加快了核實身分的速度，令積壓個案逐步得到處理。

今年3月，美方曾以包機送回約150名中國籍人士，為今年首班。國土安全部當時發表的聲明稱，雙方在遣返及打擊人口走私方面的合作「持續而有效」。

本港一名處理跨境家庭個案的社工表示，近月不少在港親屬查詢在美家人的情況，「很多人根本不知道家人已被拘留，直至收到對方從拘留中心打來的電話」。

國土安全部發言人回應查詢時表示，基於安全考慮，不會事先公開遣返航班的安排。中國駐美使館則未有回覆。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: { value: 80, approx: true },
      departure: [],
      arrival: [],
      date: "2026-06",
    },
  },
  {
    id: "h20b-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: "巴拿马再接收美国遣送移民 机上有中国籍人士",
    published: "2025-03-08",
    text: `巴拿马公共安全部周五说，一架美国政府包机周四抵达托库门国际机场，机上载有被美国遣送的多国移民。这是巴拿马根据与美国的协议，作为“中转国”接收的第四批被遣送者。

巴拿马移民局负责人在记者会上介绍，这批人共一百零七名，来自中国、印度、尼泊尔和斯里兰卡，其中中国籍三十一人。他们下机后被巴士送往达连省的一处收容营地，等待国际组织协助安排返回原籍国。

与上月被安置在首都酒店的首批移民不同，这次抵达的人员直接被送往营地。巴拿马官员说，营地有医疗人员和联合国机构工作人员驻守，移民可以自愿选择回国时间，但在此期间不得自行离开。

2月中旬以来，美国已分三批把近300人遣送到巴拿马，其中一名中国籍女子曾从酒店出逃，后被警方寻回。

中国驻巴拿马使馆表示，已派员了解情况，将在核实身份后为中国公民办理回国手续。使馆同时提醒在美华人，不要轻信蛇头关于“偷渡美国”的宣传。

人权组织批评，营地位置偏远，移民难以获得律师协助，有人担心回国后遭受迫害。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "IN", "NP", "LK"],
      people: { value: 107, approx: false },
      departure: [],
      arrival: ["托库门国际机场"],
      date: "2025-03-06",
    },
  },
  {
    id: "h20b-zh-014",
    lang: "zh",
    style: "us-chinese-community",
    title: "遣返中國籍人士包機週二起飛 約130人被送回",
    published: "2026-08-15",
    text: `【東岸僑聲訊】美國國土安全部週五證實，移民及海關執法局（ICE）週二（11日）以包機從新澤西州紐瓦克將一批中國籍人士遣返，班機降落廈門。

國土安全部在聲明中說，機上約130人都已接獲最終遣返令，其中不少人是在紐約、新澤西一帶的執法行動中被捕，部分人在拘留中心待了超過半年。

就在前一天，另一架遣返班機週一從路易斯安那州起飛，把48名越南籍人士送到河內。國土安全部表示，兩班航班是本財年亞洲方向遣返行動的一部分。

消息在法拉盛和日落公園的福建籍社區迅速傳開。一位不願具名的餐館老闆說，他的一名廚師上個月在上班途中被帶走，「家裡人到現在都不知道他是不是在這班飛機上」。

紐約華人移民權益組織負責人林志雄呼籲，有遣返令在身的人應立即尋求法律協助，並提醒社區不要輕信聲稱能「花錢撤銷遣返令」的中介。

據國土安全部數據，本財年至今已遣返中國籍人士逾2000人，是過去五年同期最高。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 130, approx: true },
      departure: ["紐瓦克"],
      arrival: ["廈門"],
      date: "2026-08-11",
    },
  },
  {
    id: "h20b-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "包机押解 162名电诈嫌疑人从柬埔寨被押解回国",
    published: "2024-04-12",
    text: `4月11日晚，随着一架中国民航包机降落在杭州萧山国际机场，162名在柬埔寨落网的中国籍电信网络诈骗犯罪嫌疑人被浙江公安机关押解回国。

此次行动由公安部统一组织指挥。浙江省公安厅抽调百余名民警组成押解工作组，当天上午乘包机飞赴金边，与柬方执法部门完成交接后当晚返航。全程实行“一对一”押解，嫌疑人下机后被分别押往各地公安机关接受审查。

据介绍，这批嫌疑人涉及全国多个省份的数百起诈骗案件，涉案金额超过2亿元。今年以来，中柬两国警方持续深化执法合作，已先后从柬埔寨、缅甸和菲律宾押解涉诈人员回国。

公安部有关负责人表示，境外不是法外之地，将继续加大国际执法合作力度，坚决铲除跨境诈骗窝点。

值得注意的是，近日有网民把此次行动与美国近期派包机遣返中国籍非法移民的消息混为一谈。警方澄清，两者性质完全不同，此次押解对象均为涉嫌刑事犯罪的人员。

公安机关提醒广大群众，切勿轻信境外高薪招聘信息，避免落入诈骗陷阱。`,
    expect: { relevant: false },
  },
  {
    id: "h20b-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "日本包機強制遣返 斯里蘭卡與越南籍共40人",
    published: "2024-06-21",
    text: `（海峽晚鐘東京21日綜合報導）日本出入國在留管理廳昨天宣布，已以包機將拒絕離境的斯里蘭卡籍28人及越南籍12人強制遣送回國，費用約4000萬日圓。

根據入管廳說明，這批人年齡介於22歲至61歲，都已接獲退去強制令，但長期拒絕自行回國，其中滯留最久者已在日本生活超過20年。包機從東京羽田機場起飛，先飛往胡志明市，再轉往可倫坡。

這是日本自2013年開始以包機集體遣返以來的第九次。去年修正的入管法上路後，多次申請難民認定者不再一律暫停遣返，入管廳表示，今後將持續以包機方式處理「送還忌避者」。

支援在日外國人的團體批評，部分被遣返者的配偶或子女具有日本國籍，當局卻未給予充分時間處理家庭問題，「這是把人從家裡連根拔起」。

與日本相比，美國近年使用包機遣返的規模大得多，國土安全部每年執行上千班國際遣返航班。台灣移民署則表示，國內仍以個別安排民航班機遣送為主，目前沒有包機計畫。`,
    expect: { relevant: false },
  },
  {
    id: "h20b-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "首班旅游包机抵塞班 两百余名游客入境",
    published: "2024-11-09",
    text: `11月8日上午，一架从广州白云国际机场起飞的旅游包机降落在美属北马里亚纳群岛塞班岛，218名中国游客顺利入境，这是今年冬季旅游旺季开通的首班定期包机。

据承办此次包机的旅行社介绍，根据当地针对中国游客的免签入境政策，游客可停留最多14天。美国海关与边境保护局在机场增派了人手，游客通关时间平均不到20分钟。

北马里亚纳群岛旅游局局长在接机仪式上表示，中国一直是当地最重要的客源市场之一，希望今冬每周能有四到六班包机往返广州、上海和北京。

不过，美方近期收紧了对免签政策的审查。今年以来，有少数中国游客因逾期停留或试图从塞班转往关岛而被拘留并遣返，当地移民部门提醒游客务必按时离境。

一名来自佛山的游客说，这是她第一次出境游，“不用办签证，价格也合适，就带爸妈一起来了”。

业内人士预计，若包机航线保持稳定，今年冬季赴塞班的中国游客有望突破3万人次。`,
    expect: { relevant: false },
  },
  {
    id: "h20b-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "福州直飛紐約航線下月開通 每週三班",
    published: "2026-03-27",
    text: `【東岸僑聲訊】閩海航空週四宣布，福州長樂國際機場直飛紐約甘迺迪國際機場的航線將於4月中旬開通，初期每週三班，使用寬體客機執飛，單程飛行時間約15小時。

這是疫情後首條恢復的福州至美東直航航線。航空公司表示，紐約地區有大量福建籍僑胞，過去往返家鄉多需經上海、香港或台北轉機，新航線可望節省半天以上的時間。

紐約福建同鄉會會長鄭國強說，不少老僑多年沒有回鄉，「直航以後，清明和春節回去祭祖方便很多」。他也提醒鄉親，出行前應確認自己的移民身分和證件有效，身分未定者不要貿然出境。

過去幾年，美國移民當局的遣返包機多次降落福州，但航空公司強調，新航線為一般商業客運航班，與任何遣返安排無關。

美國交通部今年初批准中美兩國航空公司增加往返航班，目前每週中美直航航班約為疫情前的三分之一。業界預計，隨著商務和探親需求回升，暑假期間票價可能明顯上漲。`,
    expect: { relevant: false },
  },
  {
    id: "h20b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "移民局包机遣返 近300名孟加拉非法外劳",
    published: "2025-12-12",
    text: `（椰风快讯吉隆坡讯）大马移民局周四以包机将286名孟加拉籍非法外劳遣返回国，这是本年度规模最大的一次集体遣返行动。

移民局总监拿督阿兹米说，这批人分别来自武吉加里尔、士毛月等多个扣留营，大部分是签证逾期或持假准证工作的外劳。包机从吉隆坡国际机场起飞，当天下午抵达达卡。

他表示，今年至今移民局已遣返超过4万名非法外国人，主要来自印尼、孟加拉、缅甸和印度。由于各扣留营长期超额，当局将在明年继续以包机方式加快遣返。

“我们也呼吁雇主不要聘用非法外劳，否则将面对严厉对付。”阿兹米说，今年已有逾千名雇主被提控。

孟加拉驻马最高专员署表示，已为所有遣返者办妥旅行证件，并会在达卡机场为他们提供基本援助。

国际上，美国近月也大规模动用包机和军机遣返非法移民，包括把印度、中国籍人士送回原籍国，引发多国人权组织关注。大马人权委员会则提醒，遣返过程须确保被扣留者获得人道对待。`,
    expect: { relevant: false },
  },
  {
    id: "h20b-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "美最高法院准政府恢復第三國遣返 移民律師憂「無處申訴」",
    published: "2025-06-25",
    text: `（太平洋僑訊）美國聯邦最高法院週一以6比3裁定，暫時解除下級法院對第三國遣返設下的限制，允許國土安全部在不給予當事人充分申訴機會的情況下，將移民遣送至非其原籍國的國家。

下級法院今年春天曾下令，政府在把移民送往第三國之前，必須以書面告知當事人，並給予至少十五天時間提出「可能遭受酷刑」的主張。最高法院多數意見未說明理由，三名自由派大法官則發表措辭強烈的不同意見書。

消息傳出後，多名在加州和紐約執業的華裔移民律師表示憂慮。律師吳孟潔說，她代理的數名中國籍當事人早已有遣返令，但中方遲遲未發旅行證件，「現在政府可以把他們送到一個完全陌生的國家，而我們幾乎沒有時間介入」。

國土安全部在聲明中歡迎裁決，稱將「迅速恢復」相關行動，但未透露具體計畫。

據移民研究機構統計，截至今年5月，全美約有140萬人持有最終遣返令，其中中國籍約10萬人。

移民權益團體呼籲有遣返令在身的人盡快與律師聯絡，確認自己的案件是否仍有救濟途徑。`,
    expect: { relevant: false },
  },
];
