// Held-out news corpus no. 17 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT17B: CorpusArticle[] = [
  {
    id: "h17b-es-001",
    lang: "es",
    style: "receiving-country-local",
    title: "Llega al Callao un nuevo grupo de peruanos expulsados de EE.UU.",
    published: "2025-10-10",
    text: `Callao, 10 de octubre (Diario del Pacífico Sur). — Con bolsas plásticas en las manos y zapatillas sin pasadores, un nuevo contingente de compatriotas devueltos por Estados Unidos descendió la tarde de este jueves de un avión fletado que se estacionó en la rampa del Grupo Aéreo N.° 8 de la Fuerza Aérea del Perú.

La aeronave había despegado horas antes de Alexandria, una pequeña ciudad de Luisiana donde el Servicio de Inmigración y Control de Aduanas (ICE) concentra a los detenidos sudamericanos antes de su salida.

Según el parte de la Superintendencia Nacional de Migraciones, a bordo viajaron 118 peruanos: 97 varones y 21 mujeres. Ninguno registraba requisitorias vigentes, de modo que tras el control de identidad todos quedaron libres para reunirse con sus familiares, que aguardaban desde el mediodía a las afueras de la base.

"Me agarraron saliendo de una obra en Carolina del Norte. Once años allá y ahora regreso con lo puesto", contó a este diario un albañil de 44 años, natural de Huancayo, que prefirió no dar su nombre.

La Cancillería recordó que en septiembre aterrizaron otros dos vuelos similares, con 64 y 131 personas respectivamente, y que el ritmo de retornos forzosos casi se ha duplicado frente al año pasado. En la región, Chile y Colombia también reciben aviones con frecuencia casi semanal.

Los retornados recibieron orientación para afiliarse al Seguro Integral de Salud y a las bolsas de empleo del Ministerio de Trabajo. Un módulo de la Beneficencia entregó kits de higiene y pasajes de bus a quienes debían continuar viaje hacia provincias.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 118, approx: false },
      departure: ["Alexandria"],
      arrival: ["Grupo Aéreo N.° 8"],
      date: "2025-10-09",
    },
  },
  {
    id: "h17b-es-002",
    lang: "es",
    style: "receiving-country-local",
    title: "Segundo avión de la semana con deportados aterriza en Latacunga",
    published: "2026-01-22",
    text: `Latacunga (El Vigía Andino). — Pasadas las diez de la noche del miércoles, un Boeing 737 sin logotipos comerciales tocó pista en el aeropuerto internacional Cotopaxi, en Latacunga, con el segundo grupo de ecuatorianos deportados por Estados Unidos en apenas tres días.

El vuelo partió de El Paso, Texas, según confirmó el Ministerio de Relaciones Exteriores y Movilidad Humana en un escueto mensaje en redes sociales. La cartera no precisó la cifra exacta, pero funcionarios de Migración presentes en la terminal hablaron de alrededor de 90 personas, entre ellas una decena de mujeres y tres adolescentes que viajaban con sus padres.

El lunes, otro avión procedente de Harlingen había dejado en el aeropuerto José Joaquín de Olmedo de Guayaquil a 131 connacionales. Ese vuelo forma parte de la frecuencia habitual de dos salidas semanales que el ICE mantiene hacia Ecuador desde hace más de una década; el de Latacunga, en cambio, fue notificado con menos de un día de anticipación.

"Nos despertaron a las cuatro de la mañana para que alistemos las cosas. No sabíamos si íbamos a Quito o a Guayaquil", relató Wilson, de 29 años, oriundo de Cañar, mientras esperaba el bus que lo llevaría a Azogues.

En el área de llegadas, personal del Ministerio de Salud realizó chequeos básicos y la Cancillería ofreció un bono de movilización a quienes no tenían cómo volver a sus cantones. Varias familias de Cotopaxi y Tungurahua esperaban en los exteriores desde la tarde, sin información oficial sobre la hora de arribo.

Organizaciones de migrantes estiman que en lo que va de enero han llegado al país unos 1.400 deportados desde territorio estadounidense, la mayoría por Guayaquil.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 90, approx: true },
      departure: ["El Paso"],
      arrival: ["Latacunga"],
      date: "2026-01-21",
    },
  },
  {
    id: "h17b-es-003",
    lang: "es",
    style: "receiving-country-local",
    title: "Repatrian a sesenta y siete dominicanos en vuelo desde Luisiana",
    published: "2025-06-11",
    text: `SANTO DOMINGO ESTE. — Sesenta y siete dominicanos deportados por las autoridades migratorias de Estados Unidos llegaron este martes al país a bordo de un avión arrendado por el ICE, en lo que ya se ha vuelto una rutina semanal en la zona de carga de la terminal.

El grupo, integrado por cincuenta y nueve hombres y ocho mujeres, fue entregado en la rampa noroeste del Aeropuerto Internacional de Las Américas a agentes de la Dirección General de Migración y del Cuerpo Especializado de Seguridad Aeroportuaria. El avión había salido en la mañana de Alexandria, Luisiana.

De acuerdo con fuentes migratorias consultadas por Noticiero Quisqueya Hoy, al menos veinte de los retornados habían cumplido condenas en cárceles federales por narcotráfico, robo y falsificación de documentos. El resto fue detenido en operativos en Nueva Jersey, Massachusetts y Pensilvania por permanecer sin estatus legal.

Tras el protocolo de recepción, los repatriados fueron llevados en autobuses al centro de acogida de Haina, en San Cristóbal, donde serán entrevistados y cotejados con los registros de la Policía Nacional. Quienes no tengan casos pendientes serán entregados a sus parientes en las próximas 48 horas.

Con este vuelo, la cifra de dominicanos devueltos desde Estados Unidos en lo que va de 2025 supera los 1.100, según estimaciones de la propia DGM. La semana pasada llegaron otros 74 en un avión similar.

Un portavoz de la embajada estadounidense declinó ofrecer detalles sobre el calendario de vuelos, aunque empleados del aeropuerto indicaron que se mantiene el esquema de un avión cada martes.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 67, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2025-06-10",
    },
  },
  {
    id: "h17b-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: "El Minint da cuenta de otro avión con cubanos devueltos por Washington",
    published: "2026-04-27",
    text: `La Habana (Isla Abierta). — El Ministerio del Interior recurrió a su nota de siempre para informar de la llegada, el pasado jueves, de un nuevo avión con cubanos deportados desde territorio estadounidense al Aeropuerto Internacional José Martí.

"En la jornada de hoy arribaron al país, conforme a los compromisos bilaterales en materia migratoria, un total de 83 personas en situación irregular, de ellas 71 hombres y 12 mujeres", señaló el texto oficial, que añadió que dos de los recién llegados quedaron bajo custodia por presuntos delitos cometidos antes de abandonar la Isla.

El comunicado no precisó desde qué ciudad despegó la aeronave ni qué aerolínea operó el trayecto. Fotografías difundidas en perfiles afines al Gobierno muestran a los retornados bajando por una escalerilla frente a dos ómnibus azules.

En lo que va de año, las autoridades cubanas contabilizan más de 1.300 devoluciones desde distintos países. La gran mayoría corresponde a balseros interceptados en el estrecho de la Florida por la Guardia Costera y entregados por mar en el puerto de Orozco, en Artemisa; México, Bahamas y Caimán aportan grupos más pequeños.

Familiares en Hialeah consultados por este medio dijeron que varios de los deportados llevaban años con una orden de expulsión pendiente y se presentaban cada cierto tiempo ante el ICE. "Fue a su cita de marzo y ya no salió", contó la hermana de uno de ellos.

La nota oficial terminó con la advertencia habitual sobre los peligros de lanzarse al mar y reiteró que La Habana seguirá recibiendo a quienes sean devueltos "por las vías acordadas".`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 83, approx: false },
      departure: [],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2026-04-23",
    },
  },
  {
    id: "h17b-es-005",
    lang: "es",
    style: "receiving-country-local",
    title: "Costa Rica recibe otro vuelo con migrantes asiáticos expulsados por Washington",
    published: "2026-07-03",
    text: `San José (Semanario Central). — Un avión fletado por el Gobierno de Estados Unidos aterrizó la tarde del jueves 2 de julio en la Base Dos del Aeropuerto Internacional Juan Santamaría con un nuevo grupo de extranjeros deportados que no son costarricenses y que permanecerán temporalmente en el país.

La Dirección General de Migración y Extranjería informó que viajaban "más de 80 personas" procedentes de China, India, Uzbekistán y Nepal, entre ellas varias familias con niños pequeños. El vuelo había despegado a media mañana desde Texas, según el itinerario compartido con las autoridades locales.

Al pie de la aeronave esperaban tres autobuses que trasladaron al grupo, con escolta de la Fuerza Pública, hacia el Centro de Atención Temporal a Migrantes en Corredores, en la zona sur, donde la Organización Internacional para las Migraciones gestionará su retorno o, en algunos casos, una solicitud de refugio.

"Costa Rica no es una cárcel para nadie; somos un puente mientras cada persona resuelve su regreso", defendió el viceministro de Gobernación, Esteban Quirós, en conferencia de prensa. Según el funcionario, Washington cubre la totalidad de los gastos de alojamiento, alimentación y boletos aéreos.

Es la tercera operación de este tipo desde que el país aceptó colaborar con la Casa Blanca. En febrero de 2025 llegaron dos vuelos desde San Diego, California, con 135 y 65 personas, casi la mitad de ellas menores de edad. Panamá, por su parte, alojó ese mismo mes a unos 300 deportados asiáticos en un hotel de su capital.

La Defensoría de los Habitantes anunció que enviará observadores al centro de Corredores para verificar las condiciones, tras las quejas por falta de acceso a abogados que se registraron el año pasado.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "IN", "UZ", "NP"],
      people: { value: 80, approx: true },
      departure: ["Texas"],
      arrival: ["Aeropuerto Internacional Juan Santamaría"],
      date: "2026-07-02",
    },
  },
  {
    id: "h17b-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Panamá cierra la puerta a nuevos vuelos de deportados de otras nacionalidades",
    published: "2026-02-17",
    text: `Ciudad de Panamá (Crónica del Istmo). — El Gobierno panameño no volverá a aceptar aviones de Estados Unidos con migrantes de terceros países, anunció este lunes el Ministerio de Seguridad Pública al término de una reunión de gabinete.

La decisión pone fin al arreglo que convirtió al país en escala para extranjeros expulsados por Washington que no podían ser enviados directamente a sus naciones. Según el comunicado, Panamá seguirá recibiendo "sin ninguna restricción" a sus propios ciudadanos deportados, pero "no asumirá más la custodia de personas ajenas a la nación".

El ministro consejero Raúl Batista explicó en rueda de prensa que el Estado adelantó recursos propios en seguridad y atención médica que no fueron reembolsados a tiempo, y que la experiencia del hotel capitalino y del albergue de San Vicente, en Darién, dejó "un costo político y humano que no vamos a repetir".

A lo largo de 2025, varios vuelos trajeron a cerca de 400 personas de Irán, India, Nepal, Sri Lanka, Afganistán y China, entre otros países. Una parte regresó voluntariamente con apoyo de la OIM; otras decenas fueron liberadas con un salvoconducto temporal y varias siguen en el país.

La Embajada de Estados Unidos no comentó la medida. Diplomáticos consultados por este medio recordaron que Costa Rica, Guatemala y Honduras mantienen entendimientos parecidos, y que Washington ha negociado con gobiernos africanos y del Pacífico para trasladar a deportados cuyos países se niegan a recibirlos.

Organizaciones de derechos humanos celebraron el anuncio, aunque pidieron aclarar la situación de quienes permanecen en territorio panameño.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-16",
    },
  },
  {
    id: "h17b-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: "Cancillería alista la recepción de bolivianos que serán deportados desde EE.UU.",
    published: "2025-11-19",
    text: `La Paz (Altiplano Digital). — Un vuelo con unos 40 bolivianos expulsados de Estados Unidos aterrizará el próximo martes 25 de noviembre en el aeropuerto internacional Viru Viru, en Santa Cruz, informó este miércoles el viceministro de Gestión Consular en conferencia de prensa.

Será el primer traslado colectivo de connacionales en un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE). Hasta ahora, las deportaciones hacia Bolivia se hacían de a uno, en vuelos comerciales con escala en Miami o Panamá y bajo custodia de agentes estadounidenses.

"Hablamos de alrededor de cuarenta personas; la cifra puede moverse hasta el último momento porque algunos casos todavía tienen recursos pendientes ante un juez", precisó la autoridad. La mayoría proviene de Cochabamba y permanece en centros de detención de Texas y Virginia; la aeronave saldría desde Texas.

La Cancillería coordina con la Dirección General de Migración, la Policía y el Servicio Departamental de Gestión Social un protocolo de recepción que incluye atención médica, verificación de antecedentes y transporte hacia los departamentos de origen.

Según datos del consulado en Washington, hay más de 150 bolivianos bajo custodia migratoria en Estados Unidos. En febrero, tres ciudadanos fueron devueltos por separado, dos a Santa Cruz y uno a Cochabamba.

Familiares agrupados en la asociación Retorno Digno pidieron que se publique con anticipación la lista de pasajeros. "Nos enteramos por las redes, nadie nos llama", lamentó su vocera, Marlene Choque.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["BO"],
      people: { value: 40, approx: true },
      departure: ["Texas"],
      arrival: ["Viru Viru"],
      date: "2025-11-25",
    },
  },
  {
    id: "h17b-es-008",
    lang: "es",
    style: "spanish-outlet",
    title: "Paraguay acepta recibir a solicitantes de asilo enviados por Estados Unidos",
    published: "2025-08-15",
    text: `Asunción (Correo Guaraní). — El Gobierno paraguayo firmó este jueves con Estados Unidos un acuerdo por el cual el país podrá recibir a extranjeros de otras nacionalidades que hayan pedido protección en territorio estadounidense y cuyos casos Washington decida no tramitar.

El documento, suscrito en la sede de la Cancillería Nacional ante una delegación del Departamento de Estado, convierte a Paraguay en "tercer país seguro": las personas trasladadas podrán solicitar refugio aquí, pero ya no en Estados Unidos. El texto no fija cuántas serán ni cuándo llegaría el primer grupo.

Un alto funcionario de la Cancillería, que pidió reserva de su nombre, aseguró que "no se trata de abrir la puerta a delincuentes" y que cada caso será evaluado por la Comisión Nacional de Refugiados antes de autorizar el ingreso. "Paraguay tiene tradición de acogida y la vamos a cuidar", agregó.

La firma se produce en plena ofensiva de la Casa Blanca para trasladar a migrantes a países que no son los suyos. Honduras y Guatemala ya tienen compromisos similares, y en África Uganda y Ruanda anunciaron arreglos parecidos en las últimas semanas.

Para los paraguayos en situación irregular en Estados Unidos, el acuerdo no cambia nada: siguen siendo devueltos en vuelos comerciales que llegan al aeropuerto Silvio Pettirossi, casi siempre de a uno o de a dos, según la Dirección General de Migraciones.

La senadora opositora Liz Benítez cuestionó que el Ejecutivo no haya enviado el texto al Congreso. "Estamos aceptando compromisos internacionales sin ningún debate", dijo, y anunció un pedido de informes.`,
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
    id: "h17b-es-009",
    lang: "es",
    style: "near-miss",
    title: "Migración despacha vuelo con extranjeros condenados hacia Colombia y Ecuador",
    published: "2026-05-20",
    text: `San José (Semanario Central). — La Dirección General de Migración y Extranjería (DGME) ejecutó este martes su segunda deportación aérea masiva del año: un avión partió del Aeropuerto Internacional Juan Santamaría con 31 extranjeros que terminaron de cumplir condenas en cárceles costarricenses.

La aeronave hizo una primera parada en Bogotá, donde fueron entregados 22 colombianos sentenciados por narcotráfico, robo agravado y pesca ilegal, y continuó hacia Guayaquil con otros nueve ecuatorianos, según detalló la institución en un comunicado.

El operativo estuvo a cargo de la Policía Profesional de Migración y contó con recursos, asesoría técnica y apoyo logístico del Gobierno de Estados Unidos, que financió el alquiler del avión. "Quien viene a delinquir a Costa Rica debe saber que al terminar su pena se va", dijo el director de la Policía de Migración, Andrés Solano.

En marzo, un vuelo similar trasladó a 37 personas a Panamá, Colombia y Ecuador. Las autoridades señalaron que la meta es realizar al menos cuatro operaciones de este tipo en 2026.

Organizaciones de derechos humanos recordaron que varios de los expulsados tenían hijos costarricenses y pidieron que se evalúe el arraigo familiar antes de cada salida.

La DGME aclaró que estas deportaciones no tienen relación con el programa por el cual Costa Rica aceptó alojar temporalmente a migrantes enviados por Washington, ni con los retornos de ticos desde Estados Unidos, que se realizan en vuelos comerciales.`,
    expect: { relevant: false },
  },
  {
    id: "h17b-es-010",
    lang: "es",
    style: "near-miss",
    title: "Diez años después del avión: la segunda vida de los deportados en Villa Mella",
    published: "2024-09-08",
    text: `Santo Domingo Norte (Noticiero Quisqueya Hoy). — Ramón Peguero todavía guarda la bolsa transparente con la que bajó del avión en 2014. Adentro hay un cepillo de dientes, una copia de su orden de deportación y la foto de una hija que hoy tiene 17 años y vive en el Bronx.

Peguero es uno de los once socios de una cooperativa de motoconchos fundada por hombres devueltos desde Estados Unidos. Todos llegaron en alguno de los aviones de los martes al aeropuerto de Las Américas, y casi todos tardaron años en conseguir un empleo formal. "Aquí uno carga un letrero invisible que dice deportado", resume.

Según registros de la Dirección General de Migración, más de 40.000 dominicanos han sido repatriados desde territorio estadounidense desde 2010, una parte con condenas cumplidas y otra por faltas migratorias. No existe un programa estatal de reinserción con presupuesto propio; la ayuda depende de iglesias y de organizaciones como la que preside la psicóloga Yokasta Mejía.

"El primer año es el más duro: no tienen cédula actualizada, no conocen el barrio, muchos ni hablan bien el español", explica Mejía, cuya fundación atiende a unas 300 personas al año en Villa Mella y Los Alcarrizos.

La cooperativa empezó con tres motores prestados. Hoy tiene catorce, una cuenta bancaria y un acuerdo con un colmado que les sirve de base. Peguero habla con su hija cada domingo por videollamada. "Ella quiere venir a conocer. Yo no puedo volver allá nunca", dice, y se acomoda el casco.`,
    expect: { relevant: false },
  },
  {
    id: "h17b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "一批被美方遣返的中国籍非法移民抵达福州",
    published: "2025-04-20",
    text: `闽江晨讯 记者 林晓雯 本报福州4月20日讯 记者从福建出入境边防检查总站获悉，本月18日凌晨，一架由美国移民和海关执法局（ICE）包租的遣返航班从洛杉矶起飞，经停安克雷奇加油后，降落在福州长乐国际机场。

据介绍，此次美方共遣返中国籍人员132名，其中男性117名、女性15名，绝大多数为近两年经中美洲"走线"非法进入美国的福建、浙江籍人员。移民管理警察登机核验身份后，依法对相关人员逐一进行了登记和询问。

国家移民管理局有关负责人表示，中方一贯坚决反对和打击各种形式的偷渡活动，对经核实确属中国公民的被遣返人员，将依照国际惯例予以接收，并依法追究组织、运送他人偷越国（边）境人员的法律责任。

这是今年以来抵达福建的第三批美方遣返人员。今年1月和3月，另有两班包机分别降落福州和上海，合计遣返约260人。

记者了解到，部分被遣返人员赴美前曾向"蛇头"支付二十万元至三十万元不等的费用，不少家庭因此背上沉重债务。长乐区相关乡镇已安排专人对返乡人员开展回访，并提供就业信息。

警方提醒，切勿轻信"蛇头""包过境、包身份"之类的虚假宣传，偷渡不仅可能人财两空，还将被依法追究责任。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 132, approx: false },
      departure: ["洛杉矶"],
      arrival: ["福州长乐国际机场"],
      date: "2025-04-18",
    },
  },
  {
    id: "h17b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再派包機遣返中國籍移民 國土安全部未公布人數",
    published: "2024-08-29",
    text: `（寰宇通訊社華盛頓28日綜合外電報導）美國國土安全部（DHS）今天發布聲明表示，移民暨海關執法局（ICE）已於週二以一架大型包機，將一批在美國沒有合法居留依據的中國籍人士遣返中國，這是今年夏天美中恢復遣返合作後的又一班次。

聲明並未說明機上人數、起飛地點或在中國降落的城市，僅強調相關行動是與中國公安部及國家移民管理局「密切協調」下完成。

國土安全部表示，自6月初南部邊境新規上路以來，已向逾百個國家執行數百架次遣返航班。發言人在聲明中重申，不具留美法律依據者將被「迅速送回」，呼籲有意偷渡者別被人口販運集團的話術所騙。

美中上一次大規模包機遣返是在今年6月底的一個週末，當時有116人被送回中國，為2018年以來首見。分析人士指出，北京過去常以身分查核為由拖延接收，美方也曾為此對中國籍人士的簽證祭出限制。

根據美國海關暨邊境保護局的數據，2023財政年度在美墨邊境遭攔截的中國公民超過3萬7000人次，約為前一年的10倍，是增長最快的族群之一。

華府智庫學者指出，遣返航班的節奏將取決於兩國整體關係走向，若貿易與科技摩擦升溫，相關合作也可能再度停擺。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: ["中國"],
      date: "2024-08-27",
    },
  },
  {
    id: "h17b-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再將十名外籍人士遞解至史瓦帝尼 越柬寮籍居多",
    published: "2026-03-14",
    text: `【維港日報訊】非洲南部內陸小國史瓦帝尼（Eswatini）政府發言人13日證實，一架由美國政府安排的航班已於本月12日抵達該國，機上載有十名被美國遞解出境、但並非史瓦帝尼公民的男子。

發言人表示，這十人分別來自越南、柬埔寨、老撾及中國，美方指他們在美國曾因嚴重刑事罪行被定罪，原籍國「拒絕或遲遲未有」接收。他們抵埗後已被送往首都墨巴本附近一所懲教設施暫時羈押，當局會與國際移民組織商討將他們送返原居地。

據美國法庭文件顯示，該航班從路易斯安那州起飛。代表其中兩名越南籍男子的美國律師稱，當事人直至登機前數小時才獲告知目的地，根本來不及提出申請。

這是史瓦帝尼第二度接收美國的「第三國遞解」人士。去年7月，首批五名分別來自越南、牙買加、老撾、古巴及也門的男子被送抵當地。南蘇丹、盧旺達、加納及烏干達亦先後與華府達成類似安排。

史瓦帝尼國內公民團體批評政府「拿主權換取美國好感」，並入稟法院要求公開與美方簽署的協議內容。政府則堅稱有關安排屬「人道合作」，所有開支由美方承擔。

人權組織指出，史瓦帝尼是非洲僅存的絕對君主制國家之一，監獄環境欠佳，被遞解者在當地缺乏律師協助，難以提出申訴。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "KH", "LA", "CN"],
      people: { value: 10, approx: false },
      departure: ["路易斯安那州"],
      arrival: ["史瓦帝尼"],
      date: "2026-03-12",
    },
  },
  {
    id: "h17b-zh-004",
    lang: "zh",
    style: "overseas-chinese-outlet",
    title: "法拉盛多个家庭证实亲人被包机遣返上海",
    published: "2025-12-16",
    text: `【美东华声报记者周安琪纽约报道】皇后区法拉盛多个福建、浙江籍家庭本周向本报证实，他们原本关押在德州移民拘留中心的亲属，已于本月12日搭乘美国移民和海关执法局（ICE）安排、从德州起飞的包机被遣返回国，航班降落在上海浦东国际机场。

在缅街经营外卖店的陈女士说，她的弟弟前年经厄瓜多尔、墨西哥"走线"入境，庇护申请被拒后于今年9月被捕。"他11号晚上打电话说第二天就要走，后来是我妈去上海把他接回家的。"

据多名家属转述，同机被遣返的约一百二十人，大多来自福建长乐、连江和浙江温州、丽水一带，也有少数来自东北和四川。ICE截至发稿未回应本报查询，也未公布具体人数。

移民律师郭振华指出，今年以来美方向中国派出遣返包机的频率明显增加，目前已知至少有五班，分别降落在福州、上海和广州。他提醒，已收到最终递解令的当事人若仍有上诉或重开案件的可能，应尽快咨询律师，"不要等到被带上飞机才想办法"。

郭振华说，近来也有当事人被ICE告知可能被送往中美洲或非洲的第三国，但目前尚未在他代理的华人案件中真正发生。

社区团体"福建同乡互助会"表示，将于本周六在法拉盛举办免费法律讲座，协助家属了解递解程序和申诉途径。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 120, approx: true },
      departure: ["德州"],
      arrival: ["上海浦东国际机场"],
      date: "2025-12-12",
    },
  },
  {
    id: "h17b-zh-005",
    lang: "zh",
    style: "overseas-chinese-outlet",
    title: "美方拟本月16日再派包机 逾百名中国籍人员将被遣返广州",
    published: "2026-06-09",
    text: `【南洋华文网综合报道】据美国移民和海关执法局（ICE）向部分律师和被拘留者发出的通知，美方计划于6月16日派出一架遣返包机，从路易斯安那州亚历山德里亚起飞，将逾百名已收到最终递解令的中国籍人员送往广州白云国际机场。

多名代理此类案件的律师证实，名单上的当事人近日已陆续从加州、新泽西和佐治亚州的拘留设施被集中转移。其中一名律师说："通知上写的是广州，这跟以往多半送福州不太一样，可能是因为这批人里广东、广西籍的比例比较高。"

ICE发言人以"出于行动安全考虑"为由，拒绝确认航班日期与人数，只表示该局"持续与中国有关部门合作，遣返在美国没有合法居留依据的人员"。

若成行，这将是今年第四班飞往中国的遣返包机。3月和5月，美方分别向福州和上海派出包机，官方均未公布人数，但据当事人估算各有一百余人。

中国外交部此前多次表示，中方愿与美方在遣返非法移民问题上开展合作，但强调须以核实身份为前提。

移民权益团体呼吁，名单上的当事人如仍有庇护上诉在审，应立即联系律师申请暂缓递解。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["路易斯安那州亚历山德里亚"],
      arrival: ["广州白云国际机场"],
      date: "2026-06-16",
    },
  },
  {
    id: "h17b-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "外交部：中方愿接收经核实的被遣返中国公民",
    published: "2025-02-11",
    text: `北辰时讯北京2月11日电 外交部发言人10日在例行记者会上回答有关提问时表示，对于经核实确属中国公民、且在美国没有合法居留依据的人员，中方愿意接收其返回，并将继续与美方在移民执法领域保持沟通与合作。

有记者问，据美方媒体报道，美国新政府正准备大幅增加遣返中国籍非法移民的包机班次，中方是否会配合。发言人说，中方坚决反对任何形式的非法移民和偷渡活动，一贯依法打击组织他人偷越国（边）境的违法犯罪，"在核实身份的前提下，我们愿意接回中国公民"。

发言人同时表示，希望美方"以事实为依据"，不要借移民问题对中国进行污名化，也不应将遣返合作与其他议题挂钩。

据美方统计，目前约有3.7万名中国公民持有美国移民法庭的最终递解令。去年6月至今年1月，美国国土安全部共向中国派出五班大型遣返包机，累计遣返五百余人，是2018年以来规模最大的一轮合作。

分析人士认为，中方此番表态意在释放稳定信号。美国国务院去年曾将中国列入"不合作国家"名单，并威胁对相关官员实施签证限制。

美国驻华使馆当天在社交媒体上回应称，欢迎中方表态，期待双方"尽快安排更多航班"。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-02-10",
    },
  },
  {
    id: "h17b-zh-007",
    lang: "zh",
    style: "wire",
    title: "乌干达接收首批美国遣送的第三国人员",
    published: "2026-09-05",
    text: `【寰球快讯社坎帕拉9月4日电】乌干达外交部4日发表声明说，根据与美国达成的临时安排，一架载有约二十名非乌干达籍人员的美国政府航班已于本周三降落在恩德培国际机场。

声明说，这批人员来自厄立特里亚、索马里和埃塞俄比亚，均为在美国申请庇护未获批准、又不愿或无法返回原籍国的成年人，均无刑事犯罪记录，也不包括无人陪伴的未成年人。航班从亚利桑那州起飞。

乌方表示，这些人员将被安置在坎帕拉郊区一处由联合国难民署协助管理的接待设施，可在当地申请难民身份。外交部常务秘书在声明中强调，乌干达"优先接收非洲兄弟"，并将逐案审核美方提交的名单。

乌干达去年8月与美国达成这一协议，但此后一年多迟迟没有人员抵达。此前，美国已先后把被驱逐者送往南苏丹、卢旺达、加纳和埃斯瓦蒂尼等非洲国家，引发人权组织批评。

美国国土安全部尚未就此次航班发表评论。据美媒此前报道，美方曾打算把部分中国籍庇护申请人送往乌干达，但去年底已撤回相关做法。

坎帕拉一名人权律师对本社记者说，乌干达本身已收容近两百万难民，"再增加一批人，压力最终还是落在地方社区身上"。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["ER", "SO", "ET"],
      people: { value: 20, approx: true },
      departure: ["亚利桑那州"],
      arrival: ["恩德培国际机场"],
      date: "2026-09-02",
    },
  },
  {
    id: "h17b-zh-008",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "巴拿馬再接收美國遣送航班 機上有中國及印度籍人士",
    published: "2025-11-13",
    text: `【港聞速遞】巴拿馬安全部週三證實，一架美國政府包機已於週二晚抵達托庫門國際機場，機上112名被美國驅逐的外國人當中，包括中國、印度、尼泊爾及阿富汗籍人士，他們將暫時安置於達連省的移民收容站。

安全部在社交平台發文指，這批人在美國已用盡法律程序，但原籍國未能及時簽發旅行證件，故由巴拿馬擔任「過境橋樑」。機上並無巴拿馬公民。

據巴拿馬移民局提供的資料，機上中國籍人士約佔三成，其餘多為印度及尼泊爾人，另有少數阿富汗家庭。國際移民組織（IOM）表示，會向願意回國者提供機票及協助，不願回國者可在巴拿馬提出庇護申請。

本年2月，巴拿馬曾分三班接收近300名第三國被驅逐者，當時他們被安置在首都一家酒店，有人在窗上貼出求救字句，一名中國籍女子更一度逃離，引起國際關注。其後部分人被轉往達連的聖維森特收容站。

美國國務院發言人表示，巴拿馬是美國在移民問題上的「重要夥伴」，美方承擔全部相關費用。

人權團體批評，被送往巴拿馬的人士缺乏法律援助，部分人在收容站滯留超過一個月，形同「境外羈押」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "IN", "NP", "AF"],
      people: { value: 112, approx: false },
      departure: [],
      arrival: ["托庫門國際機場"],
      date: "2025-11-11",
    },
  },
  {
    id: "h17b-zh-009",
    lang: "zh",
    style: "overseas-chinese-outlet",
    title: "一周内第二班 美方遣返包机首次降落沈阳",
    published: "2026-11-06",
    text: `【北美新侨网综合报道】多名知情人士及被遣返者家属透露，美国移民和海关执法局（ICE）安排的一架遣返包机于周三（4日）下午降落在沈阳桃仙国际机场，机上人员主要为辽宁、吉林和黑龙江籍。这是美方首次把遣返航班直接飞往东北地区。

ICE与中国国家移民管理局均未公布这班飞机的人数。一名家属说，他的表弟此前关在新泽西州伊丽莎白的拘留中心，上月底被转走，"只知道一起走的人不少，具体多少他自己也说不清"。

就在一周前的10月28日，另一架ICE包机从亚利桑那州梅萨起飞，将96名中国籍人员送回浙江温州。那班航班的人数由美国驻华使馆在社交媒体上公布，使馆称这是"双方持续合作的成果"。

近年来，经南美"走线"赴美的东北籍人员明显增多，不少人落脚纽约、新泽西，从事美甲、装修和餐馆工作。纽约一家东北同乡会负责人表示，最近几周会里不断接到求助电话，"很多人以前觉得遣返只跟福建人有关，现在轮到自己了"。

移民律师提醒，收到最终递解令但仍有法律救济途径的当事人，应尽早申请暂缓递解；已获释放、定期向ICE报到者，也应随身携带律师联系方式。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: ["沈阳桃仙国际机场"],
      date: "2026-11-04",
    },
  },
  {
    id: "h17b-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美包機遣返一百零七名中國籍人士 降落溫州",
    published: "2024-11-22",
    text: `【楓葉華報綜合報導】美國國土安全部一名發言人向本報證實，移民及海關執法局（ICE）一架自亞利桑那州梅薩起飛的包機，本月19日降落溫州龍灣國際機場，機上共有一百零七名被遣返的中國籍人士。

發言人說，這批人全部持有移民法官簽發的最終遞解令，其中包括數名曾在美國觸犯刑事罪行者。這是美方今年第四度以大型包機將中國籍人士送返，也是首次選擇溫州作為落地城市。

溫州僑鄉文成、瑞安一帶近年赴美人數激增。當地一名僑務工作者透過電話表示，被遣返者抵達後由邊檢及公安部門逐一登記，「大部分人當天就被家人接走，也有少數被留下問話」。

加拿大方面，邊境服務局（CBSA）今年也加快遣返在加逾期居留的中國公民，但多以商業航班個別押送，每次一至兩人，與美國的包機模式不同。大溫哥華地區的移民顧問指出，部分原本打算由美國北上加拿大申請庇護的中國人，已因兩國收緊政策而卻步。

美國海關及邊境保護局數據顯示，2024財政年度在美墨邊境遭攔截的中國公民仍超過3萬人次。華府方面表示，未來數月將「持續與中方協調」安排更多航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 107, approx: false },
      departure: ["亞利桑那州梅薩"],
      arrival: ["溫州龍灣國際機場"],
      date: "2024-11-19",
    },
  },
  {
    id: "h17b-zh-011",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方遣返航班首次降落长沙",
    published: "2026-08-25",
    text: `湘中都市快报讯（记者 彭思远）24日晚9时许，一架由美国移民和海关执法局（ICE）包租的遣返航班降落在长沙黄花国际机场。这是美方遣返中国籍非法移民的包机首次在湖南落地。

记者从长沙边检站了解到，机上被遣返人员以湖南籍为主，另有部分来自江西、湖北和广西。移民管理警察在停机坪对人员逐一核验身份，随后由属地公安机关接回。官方未公布此次遣返的具体人数。

长沙边检站有关负责人介绍，该站提前制定了接收预案，开辟专门通道，并协调机场、海关、卫健等部门做好现场保障工作。

近年来，湖南邵阳、娄底等地陆续出现经第三国"走线"赴美的情况，部分人员被境外偷渡组织以"打工月入三万"为诱饵招募。当地公安机关表示，将对组织、协助偷渡的违法犯罪行为深挖彻查。

今年5月，黄花机场曾迎来另一架包机，从柬埔寨押解62名电信网络诈骗犯罪嫌疑人回国；去年底，该机场还接收过一批从缅甸妙瓦底遣返的涉诈人员。

警方再次提醒，"走线"途中风险极高，偷渡者不仅可能遭遇抢劫、勒索甚至人身伤害，回国后还将依法承担相应责任。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: ["长沙黄花国际机场"],
      date: "2026-08-24",
    },
  },
  {
    id: "h17b-zh-012",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美據報下週再派包機遣返中國移民 料約130人送返福州",
    published: "2025-07-17",
    text: `【港島快訊】據美國移民律師及被拘留者家屬透露，美國移民及海關執法局（ICE）已通知部分中國籍被拘留人士，將於下週二以包機把他們從加州遣返福州，名單上約有130人。

一名在洛杉磯執業的華裔律師向本報表示，她至少有四名當事人近日收到口頭通知，「他們被要求簽署旅行證件確認書，時間點和過去幾班包機出發前的做法一樣」。

ICE未回應本報查詢。按慣例，該局通常在航班完成後才對外公布，而且經常不披露人數。

若成行，這將是特朗普今年1月再度上任以來，美方第三次以大型包機將中國籍人士送返。前兩班分別於3月及5月起飛，據中國國家移民管理局事後通報，兩班合共遣返約250人，主要為福建籍。

福州長樂一帶多條村落近年被稱為「美國村」，當地不少家庭有成員經中南美洲「走線」赴美。有村民在社交平台留言說，已準備好到機場接人，「總比在拘留所關著好」。

分析指出，中美在遣返問題上的合作時斷時續，北京一方面表示願意接收經核實的公民，另一方面也不時以核查程序為由延緩進度。香港學者認為，關稅談判氣氛好轉，或是近期航班加密的原因之一。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: { value: 130, approx: true },
      departure: ["加州"],
      arrival: ["福州"],
      date: "2025-07-22",
    },
  },
  {
    id: "h17b-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: "老挝同意加快接收被美国遣返公民",
    published: "2025-10-08",
    text: `【寰球快讯社万象10月7日电】老挝外交部周一发表声明说，老方已与美国就遣返问题达成谅解，同意加快为持有美国最终递解令的老挝公民签发旅行证件，并接受美方以包机方式分批送返。

声明说，老挝政府"一贯重视保护海外公民的合法权益"，将在核实身份后接收相关人员，并为他们返乡后的安置提供协助。声明没有透露首批人员的抵达时间和人数。

据美方统计，约有4800名老挝公民持有美国移民法庭的最终递解令，其中多数是上世纪七八十年代作为难民赴美的苗族等群体的后代，部分人从未在老挝生活过。由于老方长期拖延签发证件，美国国土安全部曾将老挝列为"不合作国家"，并威胁对其官员实施签证限制。

今年7月，美国曾将一名老挝籍男子连同越南、牙买加、古巴、也门籍人员一起送往非洲国家埃斯瓦蒂尼，引发外界关注。

美国明尼苏达州和加利福尼亚州的苗族社区对这一消息表示担忧。一名社区组织负责人说，许多被列入递解名单的人"在美国成家立业已有几十年，被送回一个完全陌生的国家，等于第二次流亡"。

美国驻老挝使馆表示欢迎老方的决定，称这是两国"务实合作的又一成果"。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["LA"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-10-06",
    },
  },
  {
    id: "h17b-zh-014",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美方包機遣返近百名中國人抵廣州",
    published: "2024-12-14",
    text: `（台島晨報國際新聞中心綜合報導）美國國土安全部13日發布簡短聲明指出，移民暨海關執法局（ICE）週四安排一架包機，從德州艾爾帕索將「近百名」在美國沒有合法居留依據的中國籍人士遣返，班機降落於廣州白雲國際機場。

這是美中今年6月恢復遣返合作以來，第四架將中國籍人士送返的大型包機，也是首度在廣東落地。前三班分別在6月、10月及11月執行，其中只有前兩班公布人數，分別為116人與131人。

國土安全部在聲明中強調，相關行動「再次證明」美國正與中國及其他國際夥伴合作，打擊人口走私與非正常移民，並呼籲有意冒險偷渡的人「不要相信蛇頭的謊言」。

中國國家移民管理局尚未就此發表回應。廣州當地媒體未見相關報導。

據美國海關暨邊境保護局統計，今年11月在美墨邊境被攔截的中國公民已降至不到900人次，遠低於去年高峰時每月逾5000人次。美方官員將此歸功於6月生效的庇護限制措施及遣返航班的嚇阻效果。

即將上任的川普政府已揚言擴大遞解規模。移民律師預料，明年起中國籍人士的遣返航班將更為頻繁，而在美已有家庭、工作但身分未定的人士，恐將首當其衝。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["德州艾爾帕索"],
      arrival: ["廣州白雲國際機場"],
      date: "2024-12-12",
    },
  },
  {
    id: "h17b-zh-015",
    lang: "zh",
    style: "overseas-chinese-outlet",
    title: "被遣返者电话里说：那班飞机一百三十多人",
    published: "2025-09-06",
    text: `【北美新侨网记者林佩珊纽约报道】"落地的时候天还没亮，下飞机就有人点名，一个一个对照片。"9月3日被遣返回福州的小郑，周五通过微信语音向本报讲述了他的经历。

小郑今年26岁，长乐人，2023年经厄瓜多尔、哥伦比亚穿越达连丛林进入美国，在纽约一家餐馆做了一年多厨工。今年6月，他在例行报到时被移民和海关执法局（ICE）当场扣留，随后被转押到路易斯安那州。

他说，9月3日那班包机从路易斯安那州亚历山德里亚起飞，中途在阿拉斯加加油，最后降落福州长乐国际机场。"我们那班飞机上一百三十多人，大部分是福建的，也有几个东北和河南的，一路上手脚都铐着。"

ICE和中国国家移民管理局均未公布这次遣返的人数。据本报统计，这是今年以来第五班飞往中国的遣返包机，此前的四班分别降落在福州、上海和广州。

小郑说，到家后派出所找他谈了一次话，要求他说明当初是谁组织出境，"暂时没事，但护照被收了"。他为了出国向亲戚借的28万元，现在一分也没还上。

在法拉盛提供法律援助的义工组织表示，最近几周每天都接到十几个询问电话，多是家属打听亲人是否已被送上飞机。该组织建议家属尽快为被拘留者准备好国内身份证明材料，避免在机场滞留。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 130, approx: true },
      departure: ["路易斯安那州亚历山德里亚"],
      arrival: ["福州长乐国际机场"],
      date: "2025-09-03",
    },
  },
  {
    id: "h17b-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "又一批涉诈犯罪嫌疑人从泰国湄索乘包机押解回国",
    published: "2026-01-18",
    text: `北辰时讯北京1月18日电 记者从公安部获悉，在中缅泰三方执法部门密切配合下，1月16日至17日，共有487名在缅甸妙瓦底从事电信网络诈骗的中国籍犯罪嫌疑人，经泰国湄索机场分批乘坐国内航空公司包机被押解回国。

据介绍，此次押解行动共动用包机11架次，航班分别降落南京禄口、昆明长水和郑州新郑国际机场。专案组民警全程随机押解，落地后犯罪嫌疑人即被移交办案地公安机关依法审查。

公安部有关负责人表示，上述人员中有多名诈骗集团骨干和"金主"，部分人员身负多起命案线索，将依法从严惩处。

这是继去年2月以来规模较大的一次集中押解。去年同期，曾有逾千名涉诈人员分16架次航班从湄索遣返回国。

公安部提醒广大群众，切勿轻信境外"高薪招聘"信息，以免落入诈骗和人口贩卖陷阱。对于仍滞留在缅北、妙瓦底等地的人员，公安机关将持续加大追逃力度，敦促其尽快投案自首。

泰国移民局官员在湄索对媒体表示，泰方将继续为相关遣返提供过境便利，但要求各国承担全部运输费用。另有约200名印度尼西亚和越南籍人员也在同一周内经湄索返回各自国家。`,
    expect: { relevant: false },
  },
  {
    id: "h17b-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "洛杉矶—福州直飞航线下月开通 侨乡往返有望提速",
    published: "2026-02-24",
    text: `闽江晨讯 记者 郑雅婷 福州至洛杉矶的定期直飞航线将于3月29日开通。记者昨日从闽海航空获悉，该航线计划每周执飞3班，使用波音787宽体客机，单程飞行时间约13小时。

这将是福州长乐国际机场开通的第二条美国直飞航线。此前，旅客往返福州与美国西海岸，大多需要经上海、广州或台北转机，全程往往超过20个小时。

闽海航空相关负责人介绍，福建在美侨胞超过百万人，其中相当一部分集中在加州和纽约。航线开通后，将主要服务探亲、留学和商务客流，"春节、清明等传统节日的需求尤其旺盛"。

业内人士指出，中美之间的航班数量仍远低于2019年水平，目前每周往返直航约百班，不及疫情前的三成。美国交通部对中方航空公司航班的限制尚未完全放开，新航线能否如期加密仍存变数。

长乐机场近年来国际业务增长较快，除定期客运航班外，也承担过多批次的撤侨、包机等保障任务。机场方面表示，将在T2航站楼为美国航线设置专门值机柜台，并优化边检通关流程。

福州市侨联表示，欢迎直飞航线开通，希望航空公司在票价上更多考虑老年侨胞的实际需要。`,
    expect: { relevant: false },
  },
  {
    id: "h17b-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "美聯邦法官裁定 遞解至第三國前須給予移民申訴機會",
    published: "2025-04-20",
    text: `（寰宇通訊社波士頓19日綜合外電報導）美國麻薩諸塞州聯邦地區法院一名法官18日裁定，國土安全部在將移民遞解至非其原籍國的「第三國」之前，必須以書面通知當事人，並給予至少15天時間，讓他們有機會主張在當地可能遭受迫害或酷刑。

這項初步禁制令適用於全美各地已收到最終遞解令的移民。法官在判決書中指出，政府近期將部分移民在未經充分通知的情況下送往陌生國家，「可能造成無法彌補的傷害」。

國土安全部發言人批評判決「嚴重妨礙執法」，並表示司法部將提出上訴，必要時一路打到最高法院。

移民權益團體則表示，這是川普政府擴大第三國遞解政策以來，法院首次在全國範圍內設下程序門檻。代表原告的律師說，涉案者來自越南、古巴、瓜地馬拉等國，其中部分人在美國已居住數十年。

另一方面，美國移民法庭的積壓案件已超過370萬件，平均等待時間超過兩年。司法部本月初宣布增聘法官，但律師公會指出，新增人手仍遠不足以消化案量。

在美國的華人社區中，不少持有遞解令、定期向移民局報到的人士也密切關注此案。紐約一名移民律師表示，已有多名中國籍當事人詢問自己是否可能被送往第三國，「這項裁決至少讓他們多了一點準備時間」。`,
    expect: { relevant: false },
  },
  {
    id: "h17b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "从纽约后厨到福清鱼排：一名被遣返青年的两年",
    published: "2026-11-20",
    text: `南洋华文网特稿 清晨五点，福清江阴港外的海面上雾还没散，28岁的阿杰已经在自家鱼排上撒完了第一轮饲料。两年前，他还在纽约曼哈顿一家日料店的后厨切三文鱼。

阿杰是2023年春天出发的。他先飞到厄瓜多尔，再跟着向导一路向北，在达连丛林里走了四天。到美国后，他申请庇护，白天打工，晚上学英语，以为"熬几年就有身份了"。2024年夏天，一纸递解令让一切戛然而止，一班美方包机把他送回了长乐。

"下飞机的那一刻，我脑子是空的。"阿杰说。家里为他出国借的30多万元还欠着一半，村里人见面都问"什么时候再去"，他只能笑笑。

回乡后的头半年，他几乎不出门。后来在表哥的带动下，他承包了两口鱼排，养大黄鱼和鲈鱼。今年行情不错，他估算年底能还上十万元债。

福清当地一名社工介绍，近两年从美国被遣返的本地青年有数百人，多数人面临债务、就业和心理落差三重压力，"有人很快找到了工作，也有人又开始打听新的出境路线"。

问他还想不想去美国，阿杰望着海面沉默了很久。"想过。但我妈说，人回来了就好。"`,
    expect: { relevant: false },
  },
  {
    id: "h17b-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "外逃11年职务犯罪嫌疑人被美方遣返回国",
    published: "2024-06-13",
    text: `北辰时讯北京6月13日电 记者从中央反腐败协调小组国际追逃追赃工作办公室获悉，涉嫌挪用公款罪的外逃人员、某省属国有企业原财务负责人许某，日前被美国执法部门遣返回国。12日，许某在专案组民警押解下，搭乘一架民航班机抵达北京首都国际机场，随即被移交办案机关。

据介绍，许某于2013年利用职务便利挪用公款数千万元后潜逃美国。此后多年，中方通过执法合作渠道持续向美方提供证据。美国移民和海关执法局（ICE）今年初以其违反移民法为由将其逮捕，移民法官随后下达遣返令。

追逃办有关负责人表示，这是今年以来从美国成功遣返的第二名重点外逃人员，体现了中美执法合作的积极成果，"无论逃到哪里，都将被绳之以法"。

据统计，"天网"行动开展以来，已从100多个国家和地区追回外逃人员1.2万余名，其中不少人是通过遣返、引渡或劝返方式归案。

有分析指出，中美执法部门在追逃、禁毒等领域的沟通近来有所恢复，但在其他议题上仍存在明显分歧。

办案机关表示，将依法对许某涉嫌犯罪问题开展审查。`,
    expect: { relevant: false },
  },
];
