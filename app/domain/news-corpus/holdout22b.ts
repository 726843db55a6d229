// Held-out news corpus no. 22 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT22B: CorpusArticle[] = [
  {
    id: "h22b-es-001",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegan 124 hondureños retornados en un vuelo procedente de Luisiana",
    published: "2025-02-26",
    text: `SAN PEDRO SULA. Un nuevo vuelo con compatriotas deportados desde Estados Unidos aterrizó este martes a las 11:40 de la mañana en el Aeropuerto Internacional Ramón Villeda Morales, en el municipio de La Lima, Cortés.

Según el Instituto Nacional de Migración (INM), el grupo estaba integrado por 91 hombres, 24 mujeres y nueve menores de edad que viajaban con sus madres. Fue el tercer vuelo de retornados que recibe la terminal en lo que va de la semana.

La aeronave, identificada con el número de vuelo 4417, había despegado en la madrugada desde Alexandria, en el estado de Luisiana, donde el Servicio de Inmigración y Control de Aduanas (ICE) concentra a buena parte de los detenidos que esperan su expulsión.

Tras descender del avión, los retornados fueron llevados en buses al Centro de Atención al Migrante Retornado, donde recibieron un refrigerio, una evaluación médica y orientación sobre los apoyos de reinserción. "La mayoría viene con lo que trae puesto y con una bolsa de plástico", comentó Dilcia Maradiaga, voluntaria de la pastoral de movilidad humana.

El portavoz del INM, Ernesto Bustillo, indicó que al menos 15 de los deportados son originarios de Olancho y que varios tenían más de una década viviendo en Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 124, approx: false },
      departure: ["Alexandria"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2025-02-25",
    },
  },
  {
    id: "h22b-es-002",
    lang: "es",
    style: "near-miss",
    title: "México envía en vuelo a 138 hondureños retornados; aterrizaron en San Pedro Sula",
    published: "2025-03-03",
    text: `Un avión fletado por el Instituto Nacional de Migración (INM) de México aterrizó la mañana de este lunes en el Aeropuerto Internacional Ramón Villeda Morales con 138 hondureños que habían sido detenidos en territorio mexicano mientras intentaban avanzar hacia la frontera norte.

El vuelo despegó de Villahermosa, Tabasco, y según las autoridades mexicanas ninguno de los pasajeros había llegado a pisar suelo estadounidense: la mayoría fue interceptada en retenes de Chiapas y Oaxaca durante las últimas dos semanas.

"Son connacionales que venían en tránsito y que México decidió retornar por vía aérea", explicó a este diario Gloria Funes, coordinadora del centro de atención a retornados en La Lima. Entre ellos había 22 mujeres y 17 menores de edad.

Las autoridades hondureñas recordaron que, además de los vuelos procedentes de Estados Unidos, el país recibe cada semana autobuses y aviones con deportados desde México, una ruta que ha crecido desde que se endurecieron los controles en el sur mexicano.

Los retornados recibieron alimentación, atención médica y un boleto de autobús hacia sus comunidades de origen.`,
    expect: { relevant: false },
  },
  {
    id: "h22b-es-003",
    lang: "es",
    style: "wire",
    title: "Guatemala recibe a ciento veintiséis deportados en un vuelo desde el sur de Texas",
    published: "2025-05-14",
    text: `Ciudad de Guatemala, 14 may (ACN).- Ciento veintiséis guatemaltecos deportados por Estados Unidos llegaron este miércoles a la Base de la Fuerza Aérea Guatemalteca, en la zona 13 de la capital, a bordo de un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE).

La aeronave había salido de Brownsville, en el extremo sur de Texas, y tocó tierra poco después del mediodía, informó el Instituto Guatemalteco de Migración (IGM) en un escueto comunicado.

De acuerdo con el IGM, con este suman 118 los vuelos de deportados recibidos en 2025 y más de 14.300 las personas retornadas por vía aérea desde enero.

Los recién llegados pasaron por el centro de recepción de retornados, donde personal del Ministerio de Desarrollo Social les entregó un kit de higiene y un pasaje de bus. Un funcionario que pidió no ser identificado dijo que se espera otro vuelo antes del fin de semana.

"Nos tratan como números, pero cada uno trae su historia", dijo a ACN Rigoberto Xitumul, de 34 años, originario de Totonicapán, que vivió nueve años en Houston.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 126, approx: false },
      departure: ["Brownsville"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2025-05-14",
    },
  },
  {
    id: "h22b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方再派包机遣返一百一十七名中国籍人员 航班本周一降落广州",
    published: "2025-08-20",
    text: `【本报综合报道】美国驻华大使馆20日通过官方微信公众号发文称，美国国土安全部下属的移民与海关执法局（ICE）本周一使用一架大型包机，将一百一十七名在美国没有合法居留身份的中国公民遣返回国。

据了解，包机于北京时间周一下午降落在广州白云国际机场，中方边检和公安部门在机场完成了人员交接。使馆的声明没有说明航班从美国哪座城市起飞。

声明称，这是美方今年以来第四次以包机方式向中国遣返非法移民，"体现了双方在打击非法移民和人口走私方面的持续合作"。

被遣返者中，不少人是近两年经"走线"从美墨边境入境的。一位在纽约法拉盛从事移民法律服务的人士对本报表示，部分当事人此前已放弃上诉，"拿到最终递解令之后，等的就只是一个航班"。

中方有关部门此前多次表示，坚决打击各种形式的偷渡活动，愿同有关国家在遣返问题上开展执法合作。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 117, approx: false },
      departure: [],
      arrival: ["广州白云国际机场"],
      date: "2025-08-18",
    },
  },
  {
    id: "h22b-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "El Salvador recibe a 47 deportados de otras nacionalidades en un avión de ICE",
    published: "2025-04-12",
    text: `HOUSTON — Un avión contratado por el Servicio de Inmigración y Control de Aduanas (ICE) trasladó el pasado jueves a El Salvador a 47 migrantes que no son salvadoreños, en el marco del acuerdo de "tercer país seguro" que San Salvador y Washington suscribieron a comienzos de año.

Según una lista de pasajeros a la que tuvo acceso La Voz del Golfo, a bordo viajaban 31 venezolanos, nueve nicaragüenses y siete cubanos, todos con órdenes finales de deportación que no habían podido ejecutarse hacia sus países.

La aeronave despegó de Texas antes del amanecer, bajo fuerte custodia, y no hizo escalas.

Horas más tarde aterrizó en el Aeropuerto Internacional de El Salvador San Óscar Arnulfo Romero, en la costa del departamento de La Paz, donde los deportados fueron recibidos por agentes de la Dirección General de Migración y trasladados a un albergue cuya ubicación no se divulgó.

"Hay familias en Houston que no sabían que sus parientes podían terminar en un país que no es el suyo", dijo la abogada de inmigración Marisol Echeverría, quien representa a dos de los venezolanos. "Nos enteramos por una llamada desde el aeropuerto".`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: ["VE", "NI", "CU"],
      people: { value: 47, approx: false },
      departure: ["Texas"],
      arrival: ["Aeropuerto Internacional de El Salvador San Óscar Arnulfo Romero"],
      date: "2025-04-10",
    },
  },
  {
    id: "h22b-es-005",
    lang: "es",
    style: "near-miss",
    title: "Balance 2025: El Salvador recibió 97 vuelos con deportados desde Estados Unidos",
    published: "2026-01-08",
    text: `El Salvador cerró 2025 con 97 vuelos de deportados procedentes de Estados Unidos, casi el doble que el año anterior, según el informe anual de la Dirección General de Migración y Extranjería presentado este jueves.

En total, 11.842 salvadoreños fueron retornados por vía aérea durante el año. El mes con más llegadas fue marzo, con 14 vuelos, mientras que diciembre registró apenas cinco.

El informe detalla que la mayoría de los aviones partieron de Texas y Luisiana y que el 38 % de los retornados tenía entre 18 y 29 años. San Miguel, La Unión y Usulután fueron los departamentos de origen más frecuentes.

"Las cifras nos obligan a pensar la reinserción como política de Estado y no como asistencia de emergencia", señaló el investigador Óscar Menjívar Lara, del Observatorio de Movilidad Humana de una universidad privada.

El documento no incluye proyecciones para 2026, aunque funcionarios consultados anticipan que el ritmo de llegadas se mantendrá en los primeros meses del año.`,
    expect: { relevant: false },
  },
  {
    id: "h22b-zh-002",
    lang: "zh",
    style: "near-miss",
    title: "164名电诈犯罪嫌疑人从柬埔寨被押解回国 包机降落福州",
    published: "2025-06-10",
    text: `6月9日凌晨，一架民航包机缓缓降落在福州长乐国际机场，164名在柬埔寨被查获的中国籍电信网络诈骗犯罪嫌疑人被公安机关从金边押解回国。

据介绍，此次遣返是中柬两国警方执法合作的又一成果。柬方在西哈努克省连续清查多个诈骗窝点后，将相关人员移交中方，福建省公安厅随即组织民警赴柬执行包机押解任务。

押解民警与嫌疑人的比例约为二比一。飞机落地后，嫌疑人被分批带上警车，移交各地公安机关依法审查。

公安部有关负责人表示，今年以来已有数千名涉诈人员从东南亚多国被遣返回国，下一步将继续深化国际执法合作，"境外诈骗窝点打掉一个、遣返一批"。

不少受害者家属当天也赶到机场外等候消息。一位来自莆田的中年男子说，儿子去年被骗到境外，"只要人能回来，该承担什么责任就承担"。`,
    expect: { relevant: false },
  },
  {
    id: "h22b-es-006",
    lang: "es",
    style: "government-communique",
    title: "Cancillería venezolana anuncia la reanudación de los vuelos de retorno desde Estados Unidos",
    published: "2025-08-12",
    text: `COMUNICADO. El Gobierno de la República Bolivariana de Venezuela, a través del Ministerio del Poder Popular para Relaciones Exteriores, informa al pueblo venezolano y a la comunidad internacional que, tras varias jornadas de conversaciones técnicas con representantes del Gobierno de los Estados Unidos, se acordó reanudar los vuelos de retorno de connacionales que se encuentran en situación migratoria irregular en ese país.

Los vuelos, que permanecían suspendidos desde finales de junio, se realizarán bajo el programa Regreso Digno y contarán con la presencia de funcionarios venezolanos a bordo para garantizar el respeto a los derechos humanos de nuestros compatriotas.

La Cancillería recuerda que, desde febrero, más de 9.000 venezolanos han regresado a la Patria en 41 operaciones aéreas, y reitera que ningún ciudadano será tratado como delincuente por el solo hecho de haber emigrado.

Caracas, martes 12 de agosto de 2025.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-08-12",
    },
  },
  {
    id: "h22b-es-007",
    lang: "es",
    style: "wire",
    title: "Aterriza en Bogotá el quinto vuelo del mes con colombianos deportados",
    published: "2024-11-08",
    text: `Bogotá, 8 nov (ACN).- Un total de 112 colombianos expulsados de Estados Unidos llegaron el pasado miércoles al Aeropuerto Internacional El Dorado, en el quinto vuelo de deportación que recibe el país en lo que va de noviembre, informó Migración Colombia.

El avión había despegado horas antes de Houston, donde los pasajeros permanecían en un centro de detención del Servicio de Inmigración y Control de Aduanas (ICE).

De los 112 deportados, 19 son mujeres. La autoridad migratoria precisó que cuatro de ellos tenían órdenes de captura vigentes en Colombia y fueron dejados a disposición de la Fiscalía.

El director regional de Migración Colombia, Andrés Felipe Quintero, aseguró que el procedimiento se cumplió "con normalidad" y que los demás viajeros quedaron en libertad tras la verificación de antecedentes.

Según cifras oficiales, en 2024 han llegado al país 61 vuelos con connacionales deportados desde Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 112, approx: false },
      departure: ["Houston"],
      arrival: ["Aeropuerto Internacional El Dorado"],
      date: "2024-11-06",
    },
  },
  {
    id: "h22b-es-008",
    lang: "es",
    style: "near-miss",
    title: "Panamá deporta a 52 colombianos en un vuelo financiado por Estados Unidos",
    published: "2025-06-04",
    text: `PANAMÁ. El Servicio Nacional de Migración (SNM) de Panamá ejecutó este martes un vuelo de deportación con 52 ciudadanos colombianos que habían ingresado de manera irregular al país a través de la selva del Darién.

La aeronave despegó del aeropuerto Marcos A. Gelabert, en Albrook, y aterrizó en el aeropuerto José María Córdova de Rionegro, en Antioquia, donde los deportados fueron entregados a Migración Colombia.

El vuelo forma parte del programa de retornos que Panamá y Estados Unidos pactaron el año pasado, mediante el cual Washington cubre el costo de los aviones que salen de territorio panameño. Desde entonces, según el SNM, se han realizado 63 operaciones de este tipo hacia Colombia, Ecuador, India y China.

"Quien cruce el Darién de manera ilegal será retornado", advirtió la subdirectora del SNM, Yaritza Caballero, en una rueda de prensa en la capital.

Entre los deportados había 11 personas con antecedentes penales por hurto y tráfico de drogas, según la entidad.`,
    expect: { relevant: false },
  },
  {
    id: "h22b-zh-003",
    lang: "zh",
    style: "us-chinese-community-paper",
    title: "逾百名華人遭ICE包機遣返 航班週五自德州飛往福州",
    published: "2025-11-17",
    text: `【本報紐約訊】記者林佩珊報導──美國移民及海關執法局（ICE）當地時間週五動用一架包機，將逾百名沒有合法身份的中國公民從德州遣送回國，航班目的地為福州長樂國際機場。這是今年以來第六架直飛中國的遣返包機。

多名在曼哈頓華埠及法拉盛居住的家屬向本報證實，親人在週四晚間先從新澤西州的拘留中心被轉送德州，「電話突然打不通，後來才知道已經上了飛機」。

ICE回覆本報查詢時僅表示，遣返行動「依照最終遞解令執行」，未透露確切人數。多個社區團體根據家屬通報估計，機上人數「逾百人」，多數來自福建長樂、連江及福清一帶。

移民律師陳冠宇提醒，仍在上訴或申請重審的當事人，務必確認法院是否已批准暫緩遞解，「沒有暫緩令，隨時可能被排上下一班包機」。

華人社區服務中心表示，本週將在法拉盛舉辦免費法律講座，協助家屬了解遞解程序及如何與已回國的親人聯繫。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["德州"],
      arrival: ["福州長樂國際機場"],
      date: "2025-11-14",
    },
  },
  {
    id: "h22b-es-009",
    lang: "es",
    style: "receiving-country-local",
    title: "Cerca de ciento veinte ecuatorianos deportados llegaron esta madrugada a Guayaquil",
    published: "2025-07-17",
    text: `GUAYAQUIL. Cerca de ciento veinte ecuatorianos deportados desde Estados Unidos arribaron esta madrugada al Aeropuerto Internacional José Joaquín de Olmedo, en un vuelo que aterrizó pasadas las 03:00.

Los viajeros fueron recibidos por personal del Ministerio de Relaciones Exteriores y Movilidad Humana, que instaló un punto de atención en la terminal de carga para entregarles alimentos y facilitarles llamadas a sus familiares.

El avión había partido de Mesa, Arizona, según el registro de seguimiento de vuelos consultado por este diario. Fue el vuelo número 48 con deportados que recibe el país este año.

La Cancillería no precisó la cifra exacta de pasajeros, pero fuentes del aeropuerto indicaron que la mayoría eran hombres jóvenes de las provincias de Azuay, Cañar y Morona Santiago.

"Me agarraron saliendo del trabajo en Phoenix; ni siquiera pude despedirme de mis hijos", relató Wilmer Saquicela, de 29 años, mientras esperaba un bus hacia Cuenca.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 120, approx: true },
      departure: ["Mesa"],
      arrival: ["Aeropuerto Internacional José Joaquín de Olmedo"],
      date: "2025-07-17",
    },
  },
  {
    id: "h22b-es-010",
    lang: "es",
    style: "receiving-country-local",
    title: "Ochenta y seis peruanos deportados llegan al Callao en vuelo fletado por EE.UU.",
    published: "2025-10-11",
    text: `LIMA. Ochenta y seis ciudadanos peruanos deportados por Estados Unidos llegaron el jueves 9 de octubre al Aeropuerto Internacional Jorge Chávez, en el Callao, a bordo de un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE).

La Superintendencia Nacional de Migraciones informó que el grupo estaba conformado mayoritariamente por varones de entre 20 y 45 años, procedentes de Lima, Junín y La Libertad.

El vuelo había despegado de El Paso, Texas, con una breve escala técnica para reabastecer combustible. Es el tercer vuelo de este tipo que llega al país en el segundo semestre.

Personal de la Policía Nacional verificó los antecedentes de cada pasajero al pie de la aeronave. Dos de ellos tenían requisitorias por omisión a la asistencia familiar y fueron conducidos a una comisaría.

La Cancillería peruana indicó que mantiene abierta una línea de orientación para los familiares de connacionales detenidos en Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 86, approx: false },
      departure: ["El Paso"],
      arrival: ["Aeropuerto Internacional Jorge Chávez"],
      date: "2025-10-09",
    },
  },
  {
    id: "h22b-zh-004",
    lang: "zh",
    style: "singapore-chinese-paper",
    title: "美国遣返约80名越南公民 包机本周二抵达胡志明市",
    published: "2026-03-05",
    text: `（本报河内5日讯）越南外交部发言人黎氏秋姮在周四的例行记者会上证实，一架载有约80名越南公民的美国遣返包机本周二抵达胡志明市新山一国际机场。

她说，这些人"均已在美国收到最终遣返令"，越南公安部和移民部门已在机场完成身份核实，并将协助他们返回原籍地。

据了解，包机从美国路易斯安那州亚历山大市起飞，途中曾在关岛作技术性停留加油。

根据越美两国早年签署的遣返协议，越方每年接收一定数量的被遣返者，但数目一直是双方谈判的焦点。美国加州橙县越裔社区团体表示，近月来被拘押的越裔人士明显增多，其中不少人已在美国生活数十年。

越南外交部发言人强调，越方愿与美方"在相互尊重的基础上"处理遣返问题，并确保公民回国后的合法权益。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 80, approx: true },
      departure: ["亚历山大"],
      arrival: ["新山一国际机场"],
      date: "2026-03-03",
    },
  },
  {
    id: "h22b-es-011",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un vuelo para devolver a Marruecos a 58 migrantes llegados a Canarias",
    published: "2025-09-02",
    text: `MADRID. El Ministerio del Interior devolvió este lunes a Marruecos a 58 ciudadanos marroquíes que habían llegado en cayuco a las costas de Lanzarote durante el verano, en un vuelo fletado que despegó del aeropuerto de Gran Canaria y aterrizó en Tánger a media tarde.

Fuentes policiales explicaron que los retornados, todos varones mayores de edad, tenían abiertos expedientes de devolución y permanecían en el Centro de Internamiento de Extranjeros de Barranco Seco.

Es la cuarta operación de este tipo en lo que va de año, en aplicación del acuerdo de readmisión firmado entre España y Marruecos. Los deportados viajaron escoltados por agentes de la Policía Nacional.

Organizaciones como la Red Canaria de Acogida criticaron la rapidez del procedimiento. "Muchos no tuvieron acceso efectivo a un abogado antes de subir al avión", denunció su portavoz, Ainhoa Perdomo.

Interior defendió que todas las devoluciones se realizaron "con plenas garantías" y anunció que habrá nuevos vuelos en otoño.`,
    expect: { relevant: false },
  },
  {
    id: "h22b-es-012",
    lang: "es",
    style: "receiving-country-local",
    title: "Retornan desde Miami 74 hombres y nueve mujeres deportados a República Dominicana",
    published: "2026-01-13",
    text: `SANTO DOMINGO. La Dirección General de Migración recibió este lunes en el Aeropuerto Internacional de Las Américas a un grupo de dominicanos deportados por las autoridades de Estados Unidos: 74 hombres y nueve mujeres.

El vuelo, operado por una aerolínea chárter contratada por el gobierno estadounidense, procedía de Miami y tocó tierra a las 2:15 de la tarde.

Según el informe oficial, 31 de los retornados tenían antecedentes penales en Estados Unidos, principalmente por delitos relacionados con drogas y violencia doméstica. Todos fueron entrevistados por la Dirección Nacional de Control de Drogas y la Policía antes de ser entregados a sus familiares.

Frente a la terminal, varias familias esperaban desde la mañana. "Mi hermano llevaba 22 años allá, tiene tres hijos nacidos en Nueva York", contó Yokasta Almonte, residente en Villa Mella.

La Dirección General de Migración informó que el país recibió en 2025 más de 4.000 nacionales deportados por vía aérea.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 83, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2026-01-12",
    },
  },
  {
    id: "h22b-zh-005",
    lang: "zh",
    style: "wire",
    title: "美方遣返航班载132名印度籍移民降落阿姆利则",
    published: "2025-03-24",
    text: `环讯社新德里3月23日电（记者柯明远）印度外交部23日证实，一架载有一百三十二名印度籍非法移民的美国遣返航班于3月22日晚降落在旁遮普邦阿姆利则。

据印方官员介绍，航班从美国得克萨斯州圣安东尼奥起飞，途中经停德国拉姆施泰因加油。被遣返者包括男性97人、女性26人及未成年人9人，多数来自旁遮普邦、哈里亚纳邦和古吉拉特邦。

这是今年以来第三架飞抵印度的美国遣返航班。此前两架分别载有一百余人和一百一十余人。

印度反对党议员当天在议会外抗议，批评部分被遣返者在飞行途中被戴上手铐。印度外交部发言人表示，政府已就被遣返者的待遇问题向美方表达关切。

旁遮普邦警方在机场设立了临时核查点，对每名被遣返者进行登记，并表示将追查协助他们非法出境的中介。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 132, approx: false },
      departure: ["圣安东尼奥"],
      arrival: ["阿姆利则"],
      date: "2025-03-22",
    },
  },
  {
    id: "h22b-es-013",
    lang: "es",
    style: "wire",
    title: "Bolivia niega el permiso de aterrizaje a aviones militares de EE.UU. con deportados",
    published: "2025-09-15",
    text: `La Paz, 15 sep (ACN).- El Ministerio de Relaciones Exteriores de Bolivia informó el domingo que negó el permiso de aterrizaje a dos aeronaves militares estadounidenses que debían trasladar a ciudadanos bolivianos deportados, y advirtió que solo aceptará retornos en vuelos civiles.

"Bolivia no recibirá a sus hijos esposados en aviones de guerra", señaló el comunicado de la Cancillería, que calificó de "inaceptables" las condiciones en que, según dijo, se había previsto el traslado.

El Gobierno boliviano aseguró que sigue dispuesto a recibir a sus connacionales "con dignidad" y ofreció enviar un avión de la estatal Boliviana de Aviación si Washington lo autoriza.

El Departamento de Estado no había respondido hasta la noche del lunes. Según datos oficiales, unos 2.300 bolivianos han sido deportados desde Estados Unidos en lo que va del año, la mayoría en vuelos comerciales.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-14",
    },
  },
  {
    id: "h22b-zh-006",
    lang: "zh",
    style: "near-miss",
    title: "撤侨包机降落北京 七十余名自海地撤离的中国公民平安回国",
    published: "2025-06-24",
    text: `6月23日晚，一架撤侨包机降落在北京首都国际机场，七十余名此前从海地撤离的中国公民平安回到祖国。

由于海地首都太子港局势持续动荡、机场长期关闭，这批中国公民先由中国驻多米尼加使馆协助，经陆路转移至多米尼加，再从圣多明各搭乘包机回国。

同机回国的一位浙江籍商人说，他在太子港经营建材生意十余年，"枪声就在店门口，能平安回来已经很知足"。

外交部领事司负责人表示，撤离行动期间，使馆工作人员24小时值守，确保每一名有意愿回国的同胞都能登机。目前仍有少量中国公民自愿留在海地，使馆将继续保持联系。

有关部门提醒，近期前往局势动荡地区的中国公民，要密切关注安全提醒，做好应急准备。`,
    expect: { relevant: false },
  },
  {
    id: "h22b-es-014",
    lang: "es",
    style: "near-miss",
    title: "Exalcalde deportado desde EE.UU. llega en vuelo comercial y es capturado en La Aurora",
    published: "2024-10-23",
    text: `GUATEMALA. El exalcalde de San Miguel Chimaltepeque, Efraín Coxaj Ordóñez, fue capturado este martes en el Aeropuerto Internacional La Aurora, minutos después de descender de un vuelo comercial procedente de Miami en el que viajaba deportado por las autoridades estadounidenses.

Coxaj, de 58 años, tenía una orden de aprehensión por el presunto desvío de fondos municipales durante su gestión y había huido a Estados Unidos en 2021. Allí fue detenido en marzo por una infracción migratoria.

El exjefe edil viajó en un asiento regular, escoltado por dos agentes del Servicio de Inmigración y Control de Aduanas (ICE), quienes lo entregaron a la Policía Nacional Civil en la manga del avión.

"Es un caso individual que se coordinó por canales consulares", explicó un portavoz del Ministerio Público, que agradeció la colaboración de las autoridades estadounidenses.

El detenido será presentado ante un juez de Sololá en las próximas horas.`,
    expect: { relevant: false },
  },
  {
    id: "h22b-es-015",
    lang: "es",
    style: "receiving-country-local",
    title: "PDI confirma que en noviembre llegará el primer vuelo de chilenos deportados desde EE.UU.",
    published: "2025-10-21",
    text: `SANTIAGO. La Policía de Investigaciones (PDI) confirmó este martes que durante la primera quincena de noviembre aterrizará en el Aeropuerto Internacional Arturo Merino Benítez el primer vuelo fletado por el gobierno estadounidense exclusivamente con chilenos deportados.

Según el prefecto Rodrigo Valdebenito, jefe de la Jefatura Nacional de Migraciones, a bordo viajarían alrededor de cuarenta connacionales que ya cuentan con órdenes finales de expulsión. "Estamos coordinando con las autoridades estadounidenses la fecha exacta", precisó.

Hasta ahora, los chilenos expulsados de Estados Unidos regresaban en vuelos comerciales, custodiados por agentes estadounidenses, en grupos de dos o tres personas.

La Cancillería indicó que los consulados en Miami, Los Ángeles y Nueva York han prestado asistencia a unas 300 personas detenidas durante el año.

La PDI adelantó que cada pasajero será sometido a un control de identidad y de órdenes judiciales pendientes al llegar al país.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CL"],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional Arturo Merino Benítez"],
      date: "2025-11",
    },
  },
  {
    id: "h22b-zh-007",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返包機飛中亞 近兩百人分別在塔什干及烏蘭巴托下機",
    published: "2025-04-28",
    text: `【本報綜合外電】美國國土安全部證實，一架遣返包機上週六從亞利桑那州梅薩起飛，先後降落烏茲別克首都塔什干及蒙古首都烏蘭巴托，機上近兩百名被遣返者分別為烏茲別克籍和蒙古籍人士。

國土安全部在聲明中表示，這些人均已獲移民法官發出最終遞解令，其中部分人曾在美墨邊境被捕。聲明未提供兩國人數的分項數字。

烏茲別克外交部發言人其後表示，塔什干方面已在機場設立接待點，協助回國者辦理身份手續，「這是雙方在移民事務上合作的一部分」。

蒙古媒體報導，在烏蘭巴托下機的一批人大多是近兩年經中美洲北上、在邊境申請庇護遭拒的年輕人。

分析人士指出，美方近月明顯增加飛往中亞及東亞的長程遣返包機，反映華府希望擴大可直接遣返的國家名單。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ", "MN"],
      people: { value: 200, approx: true },
      departure: ["梅薩"],
      arrival: ["塔什干", "烏蘭巴托"],
      date: "2025-04-26",
    },
  },
  {
    id: "h22b-es-016",
    lang: "es",
    style: "receiving-country-local",
    title: "Con escala en Asunción, llegó a Ezeiza un vuelo con 22 argentinos deportados",
    published: "2026-02-10",
    text: `BUENOS AIRES. Un avión fletado por el gobierno de Estados Unidos aterrizó este martes a las 6.10 en el Aeropuerto Internacional de Ezeiza con 22 argentinos deportados, tras una escala previa en Paraguay.

En total, a bordo viajaban 53 deportados: 31 paraguayos descendieron primero en el Aeropuerto Internacional Silvio Pettirossi, en Asunción, y el resto continuó viaje hacia Buenos Aires.

El vuelo había despegado de San Antonio, Texas, según informaron fuentes de la Policía de Seguridad Aeroportuaria, que no montó un operativo especial porque no hubo pedidos de captura sobre los pasajeros.

Los argentinos salieron por una terminal privada y se reencontraron con sus familias en el estacionamiento. "Estuve siete meses detenido en Texas; lo único que quiero es ver a mi vieja", dijo uno de ellos, de 31 años, oriundo de Quilmes.

La Cancillería argentina informó que brindó asistencia consular a todos los connacionales antes del embarque.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY", "AR"],
      people: { value: 53, approx: false },
      departure: ["San Antonio"],
      arrival: ["Aeropuerto Internacional Silvio Pettirossi", "Aeropuerto Internacional de Ezeiza"],
      date: "2026-02-10",
    },
  },
  {
    id: "h22b-es-017",
    lang: "es",
    style: "near-miss",
    title: "Retorno Productivo: el programa que ayuda a los deportados a emprender en Azuay",
    published: "2025-11-17",
    text: `CUENCA. En un galpón del parque industrial de Cuenca, una veintena de hombres y mujeres aprende a reparar motores de refrigeración. Todos tienen algo en común: fueron deportados desde Estados Unidos en los últimos dos años.

Forman parte de Retorno Productivo, un programa de la Prefectura del Azuay que desde 2024 ofrece capacitación técnica, microcréditos de hasta 3.000 dólares y acompañamiento psicológico a los retornados de la provincia. Según sus coordinadores, 640 personas se han inscrito hasta la fecha.

"Cuando uno baja del avión en Guayaquil no tiene nada: ni trabajo, ni ahorros, ni ganas", cuenta Fausto Guamán, de 41 años, que abrió un taller de soldadura con el crédito del programa.

La coordinadora, Jimena Ochoa Vintimilla, reconoce que la demanda supera los recursos. "Cada semana llegan nuevos vuelos de deportación y nosotros tenemos cupo para cuarenta personas por trimestre", explica.

La Prefectura busca ahora convenios con la cooperación internacional para ampliar el programa a Cañar y Morona Santiago.`,
    expect: { relevant: false },
  },
  {
    id: "h22b-zh-008",
    lang: "zh",
    style: "malaysia-chinese-paper",
    title: "柬内政部：美国遣返航班下周二抵金边 约50名柬籍人士在机上",
    published: "2025-12-03",
    text: `（金边3日讯）柬埔寨内政部移民总局发言人宋索菲周三表示，一架由美国移民与海关执法局安排的遣返航班预计下周二降落金边德崇国际机场，机上约有50名柬埔寨籍人士。

他说，美方已向柬方提交名单，柬方正在逐一核实当事人的国籍和身份，"只有确认是柬埔寨公民，才会同意接收"。据悉，航班将从美国得克萨斯州起飞。

据了解，这批被遣返者中有不少人是上世纪八九十年代以难民身份随家人赴美，后因刑事案件被取消绿卡。他们当中一些人从未在柬埔寨生活过，也不会说高棉语。

柬埔寨社会事务部表示，已在金边安排临时接待中心，为回国者提供住宿、语言课程和就业咨询。

美国加州长堤的柬裔社区组织则呼吁美方暂缓遣返，称部分当事人"在美国只有家，在柬埔寨没有任何亲人"。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["KH"],
      people: { value: 50, approx: true },
      departure: ["得克萨斯州"],
      arrival: ["金边德崇国际机场"],
      date: "2025-12-09",
    },
  },
  {
    id: "h22b-es-018",
    lang: "es",
    style: "government-communique",
    title: "Nota informativa: devolución de 63 migrantes irregulares desde Estados Unidos",
    published: "2024-06-14",
    text: `El Ministerio del Interior informa que este jueves, en el Aeropuerto Internacional José Martí de La Habana, fueron recibidos 63 migrantes irregulares devueltos por las autoridades de los Estados Unidos, 58 hombres y cinco mujeres.

Con esta operación suman 14 las devoluciones por vía aérea realizadas en el año, en cumplimiento de los acuerdos migratorios vigentes entre ambos países.

Del total de retornados, tres fueron identificados como presuntos autores de hechos delictivos cometidos antes de su salida ilegal del país, por lo que quedaron a disposición de los órganos de instrucción.

El Ministerio del Interior reitera su disposición a garantizar una migración regular, ordenada y segura, y alerta sobre los riesgos de las salidas ilegales por mar y por terceros países.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 63, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2024-06-13",
    },
  },
  {
    id: "h22b-zh-009",
    lang: "zh",
    style: "near-miss",
    title: "墨西哥包機遣返一百四十名中國籍移民 航班降落上海浦東",
    published: "2025-01-30",
    text: `【本報綜合報導】墨西哥國家移民局（INM）29日宣布，已以一架包機將一百四十名在墨西哥境內被查獲的中國籍移民遣返回國，航班從墨西哥城費利佩·安赫萊斯國際機場起飛，於北京時間30日清晨降落上海浦東國際機場。

墨方表示，這批人多數是經南美洲輾轉北上、在墨西哥南部恰帕斯州及北部邊境城市被攔截，「他們原本打算進入美國，但尚未越過邊境」。

這是墨西哥今年首次以包機形式向中國遣返移民。中國駐墨西哥大使館派員全程協助，確認每名被遣返者的身份。

墨西哥移民局指出，去年在墨境內被查獲的中國籍人士超過一萬人，較前年增加近三成，墨方將與中方繼續合作打擊人口走私。

分析人士認為，隨著美國收緊邊境政策，滯留墨西哥北部的中國移民人數可能進一步上升。`,
    expect: { relevant: false },
  },
  {
    id: "h22b-es-019",
    lang: "es",
    style: "wire",
    title: "Costa Rica recibe a noventa y dos deportados de Asia Central, el Cáucaso y África",
    published: "2025-03-25",
    text: `San José, 25 mar (ACN).- Noventa y dos migrantes de Kazajistán, Georgia, Nepal y Camerún expulsados por Estados Unidos llegaron el pasado viernes a Costa Rica, que aceptó albergarlos temporalmente mientras se gestiona su regreso a sus países de origen.

De ese grupo, 31 son menores de edad, precisó el Ministerio de Seguridad Pública, que subrayó que ninguno de los adultos tiene antecedentes penales conocidos.

El vuelo, contratado por el Servicio de Inmigración y Control de Aduanas (ICE), despegó de Tucson, Arizona, y aterrizó al final de la tarde en el Aeropuerto Internacional Juan Santamaría.

Desde la terminal aérea, los migrantes fueron trasladados en autobuses a un centro de atención temporal en la zona sur del país, donde la Organización Internacional para las Migraciones (OIM) se encargará de su alimentación y atención médica.

"Costa Rica actúa como un puente, no como destino final", declaró el viceministro de Gobernación, Esteban Arguedas Solís. El gobierno estadounidense cubrirá todos los gastos de la operación.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["KZ", "GE", "NP", "CM"],
      people: { value: 92, approx: false },
      departure: ["Tucson"],
      arrival: ["Aeropuerto Internacional Juan Santamaría"],
      date: "2025-03-21",
    },
  },
  {
    id: "h22b-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國本月初包機遣返百名中國人 先後降落瀋陽、長春",
    published: "2024-10-23",
    text: `【本報綜合報導】美國國土安全部22日發布新聞稿指出，移民及海關執法局（ICE）本月初安排一架包機，將一批在美國境內沒有合法居留身分的中國籍人士遣返，機上男性八十一人、女性十九人。

新聞稿說，包機自加州洛杉磯起飛，先降落瀋陽桃仙國際機場，之後再轉飛長春龍嘉國際機場，被遣返者大多來自遼寧、吉林兩省。

這是繼今年夏天之後，美方再度以大型包機向中國遣返非法移民。國土安全部表示，將持續與中方合作，「讓沒有合法依據留在美國的人盡快返回原籍國」。

中國駐美使館發言人先前表示，中方堅決反對並打擊一切形式的非法移民和偷渡活動，願與美方在移民執法方面開展務實合作。

有學者指出，東北籍人士近年經由第三國赴美的比例明顯上升，與當地就業環境轉差有關。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: false },
      departure: ["洛杉磯"],
      arrival: ["瀋陽桃仙國際機場", "長春龍嘉國際機場"],
      date: "2024-10",
    },
  },
  {
    id: "h22b-es-020",
    lang: "es",
    style: "near-miss",
    title: "Columna | Los aviones que nadie quiere mirar",
    published: "2025-12-03",
    text: `Por Natalia Irías Bendaña

Hay aviones que nunca aparecen en los paneles de llegadas. No tienen puerta asignada ni familiares con carteles de bienvenida. Aterrizan, se abren, y de ellos bajan hombres y mujeres con los cordones de los zapatos en la mano, porque en los centros de detención se los quitaron.

Los vuelos de deportación se han vuelto parte del paisaje centroamericano. Llegan los martes, los jueves, a veces un sábado; salen de Texas o de Luisiana, y casi siempre los recibimos con la misma frase oficial: "retorno digno y ordenado". Pero la dignidad no cabe en un refrigerio y un pasaje de bus.

Los gobiernos de la región han aprendido a contar aviones y a publicar cifras. Lo que no han aprendido es a contar historias: la del albañil que dejó a sus hijos en Dallas, la de la enfermera que no sabe cómo revalidar su título, la del muchacho que llegó a Estados Unidos con tres años y ahora aterriza en un país que no conoce.

Mientras sigamos mirando hacia otro lado cada vez que uno de esos aviones toca tierra, seguiremos siendo cómplices de una política que se diseña en Washington y se paga en nuestras comunidades.

La autora es socióloga y escribe sobre migración.`,
    expect: { relevant: false },
  },
];
