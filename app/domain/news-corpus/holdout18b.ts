// Held-out news corpus no. 18 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT18B: CorpusArticle[] = [
  {
    id: "h18b-es-001",
    lang: "es",
    style: "migration-institute-bulletin",
    title: "Boletín informativo: retorno aéreo de connacionales desde Estados Unidos",
    published: "2024-03-12",
    text: `INSTITUTO NACIONAL DE MIGRACIÓN — Boletín n.º 47/2024

San Pedro Sula, Cortés. El Instituto Nacional de Migración (INM) informa a la ciudadanía que este martes se recibió en el Centro de Atención al Migrante Retornado (CAMR) del Aeropuerto Internacional Ramón Villeda Morales un vuelo procedente de Alexandria, Luisiana, contratado por el Servicio de Inmigración y Control de Aduanas de los Estados Unidos (ICE).

En la aeronave retornaron 112 hondureños: 97 hombres y 15 mujeres, todos mayores de edad. Según la evaluación preliminar del personal de la Secretaría de Salud, ninguno de los connacionales presentó problemas de salud de consideración.

Como parte del protocolo de recepción, las personas retornadas recibieron alimentación, una llamada telefónica gratuita, orientación sobre los programas de reinserción laboral y transporte hacia la terminal de autobuses de la ciudad.

El INM recuerda que en lo que va del año han retornado por vía aérea más de 5,800 hondureños desde Estados Unidos, y que por vía terrestre, desde México y Guatemala, han ingresado otros 4,100 a través de los puntos de Corinto y Agua Caliente.

La institución reitera a la población que no arriesgue su vida ni la de sus hijos en la ruta migratoria irregular y que se informe únicamente por los canales oficiales. Los familiares que deseen confirmar la llegada de una persona pueden comunicarse con la línea gratuita del CAMR en horario de oficina.

Departamento de Comunicación Institucional, INM.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 112, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2024-03-12",
    },
  },
  {
    id: "h18b-es-002",
    lang: "es",
    style: "radio-website",
    title: "Otro avión con retornados aterriza en la capital; ya van dos en menos de 24 horas",
    published: "2025-06-20",
    text: `Por Redacción Cumbre Quetzal Radio | 20 de junio de 2025, 14:35

Guatemala. Pasado el mediodía de este viernes tocó pista en la Base de la Fuerza Aérea Guatemalteca, en la zona 13, un vuelo fletado por las autoridades estadounidenses con unos 130 guatemaltecos deportados, según confirmó a esta emisora una fuente del Instituto Guatemalteco de Migración (IGM).

La aeronave despegó a primera hora desde Harlingen, Texas. El desglose exacto de hombres, mujeres y menores no acompañados se conocerá en el informe de la tarde, indicó la fuente, que pidió no ser identificada porque no está autorizada para dar declaraciones.

Se trata del segundo vuelo en menos de un día. El jueves por la noche había aterrizado otra aeronave, procedente de Alexandria, Luisiana, con 141 connacionales, en su mayoría originarios de Huehuetenango, San Marcos y Quiché.

Desde temprano, varias familias aguardaban frente al Centro de Recepción de Retornados. "Mi hijo me llamó del centro de detención hace una semana y me dijo que ya lo iban a mandar, pero nunca nos dijeron el día", contó a nuestra unidad móvil doña Elvira Coxaj, quien viajó de madrugada desde Totonicapán.

De acuerdo con los registros del IGM, en lo que va de 2025 el país ha recibido más de 27 mil personas retornadas por vía aérea desde Estados Unidos, sin contar a los guatemaltecos expulsados por tierra desde México.

Las autoridades adelantaron que para la próxima semana están programados al menos seis vuelos más. Siga nuestra transmisión en vivo en el 101.7 FM para más detalles.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 130, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2025-06-20",
    },
  },
  {
    id: "h18b-es-003",
    lang: "es",
    style: "caribbean-outlet",
    title: "Migración recibe nuevo grupo de repatriados; varios habían cumplido condenas por drogas",
    published: "2024-09-18",
    text: `SANTO DOMINGO ESTE. — Agentes de la Dirección General de Migración (DGM) y del Cuerpo Especializado de Seguridad Aeroportuaria y de la Aviación Civil (Cesac) desplegaron el martes un amplio dispositivo en la rampa norte del Aeropuerto Internacional de Las Américas (AILA).

La operación, que se repite casi todas las semanas, tenía como fin recibir el vuelo especial fletado por el Servicio de Inmigración y Control de Aduanas (ICE) de Estados Unidos, que había despegado desde Luisiana a media mañana.

En total llegaron ochenta y seis dominicanos, setenta y nueve hombres y siete mujeres, informó una fuente de la DGM. Al menos una veintena había pagado penas en cárceles estadounidenses por tráfico de sustancias controladas, robo o fraude documental.

Tras bajar del avión, los repatriados fueron llevados en autobuses al Centro Vacacional de Haina, en San Cristóbal, donde se completa el registro y la depuración de antecedentes. Dos de ellos quedaron a disposición del Ministerio Público por tener órdenes de arresto pendientes en el país.

Con este grupo suman más de 1,900 los criollos deportados desde Estados Unidos en lo que va de 2024, según cifras preliminares que maneja la DGM, aunque la institución no ha precisado cuántos de ellos llegaron en vuelos comerciales.

Mientras tanto, en la frontera, la misma DGM reportó esta semana la deportación de más de 2,300 haitianos indocumentados por los puntos de Dajabón, Elías Piña y Jimaní, operaciones que no guardan relación con los vuelos procedentes de Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 86, approx: false },
      departure: ["Luisiana"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2024-09-17",
    },
  },
  {
    id: "h18b-es-004",
    lang: "es",
    style: "central-american-outlet",
    title: "Guatemala aceptará a deportados de otras nacionalidades enviados por EE. UU.",
    published: "2026-02-04",
    text: `Ciudad de Guatemala. — El Ministerio de Relaciones Exteriores (Minex) anunció este martes que Guatemala aceptará recibir a ciudadanos de otros países deportados por Estados Unidos, en calidad de país de tránsito, mientras se gestiona su retorno definitivo a sus naciones de origen.

La decisión quedó plasmada en un memorando de entendimiento firmado en Washington por el vicecanciller Rodrigo Samayoa Pinelo y funcionarios del Departamento de Seguridad Nacional. Según el Minex, los gastos de traslado, alojamiento y retorno correrán por cuenta del gobierno estadounidense.

"No se trata de que Guatemala se convierta en un destino para personas de otros países; será una estancia breve y supervisada", dijo Samayoa Pinelo en conferencia de prensa. El funcionario no precisó cuántas personas se recibirán ni a partir de qué fecha.

Organizaciones como la Pastoral de Movilidad Humana expresaron preocupación. "El país no tiene albergues suficientes ni para sus propios retornados", advirtió su coordinadora, Lucrecia Ajú.

Guatemala recibe cada semana entre quince y veinte vuelos con connacionales deportados desde Texas y Luisiana, y el Instituto Guatemalteco de Migración ha reconocido que su centro de recepción opera al límite de su capacidad.

Con este acuerdo, el país se suma a Panamá y Costa Rica, que el año pasado aceptaron alojar temporalmente a migrantes de Asia y África expulsados por Washington.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GT"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-03",
    },
  },
  {
    id: "h18b-es-005",
    lang: "es",
    style: "central-american-outlet",
    title: "Llega a Tocumen un nuevo grupo de migrantes extracontinentales enviado por Estados Unidos",
    published: "2025-11-10",
    text: `Ciudad de Panamá. — Un avión fletado por el gobierno estadounidense aterrizó el pasado jueves en el Aeropuerto Internacional de Tocumen con migrantes de Asia y África que habían sido detenidos en territorio norteamericano y a quienes Washington no ha podido devolver directamente a sus países.

El Ministerio de Seguridad Pública confirmó la llegada durante el fin de semana, en un comunicado de apenas cuatro líneas que no incluía cifras. Fue el viceministro Aurelio Castrellón quien, consultado por este medio, dio el dato: "Recibimos alrededor de 70 personas, entre ellas varias familias con niños pequeños".

Según fuentes de Migración, la mayoría procede de Afganistán, Irán y Sri Lanka; también viajaban algunos ciudadanos de Camerún. Ninguno tiene nacionalidad panameña.

Los recién llegados fueron trasladados a un albergue en la provincia de Darién, donde permanecerán mientras la Organización Internacional para las Migraciones gestiona su retorno voluntario o mientras buscan protección en otro país.

El episodio recuerda al de febrero, cuando un grupo numeroso de extranjeros, en su mayoría chinos, indios, nepalíes y vietnamitas, fue alojado primero en un hotel de la capital y luego en un campamento cerca de la selva. Panamá, por su parte, también ha expulsado por su cuenta a colombianos y ecuatorianos en vuelos financiados por Estados Unidos bajo un memorando firmado en 2024.

"Panamá se ha convertido en una sala de espera sin reglas claras", opinó la abogada Marisol Tejeira, de una clínica jurídica universitaria que asesora a varios de los recién llegados.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["AF", "IR", "LK", "CM"],
      people: { value: 70, approx: true },
      departure: [],
      arrival: ["Aeropuerto Internacional de Tocumen"],
      date: "2025-11-06",
    },
  },
  {
    id: "h18b-es-006",
    lang: "es",
    style: "central-american-outlet",
    title: "Confirman vuelo militar con deportados para la próxima semana",
    published: "2026-05-15",
    text: `COMAYAGUA. — La directora del Instituto Nacional de Migración (INM), Karla Bustillo, confirmó este viernes que el próximo miércoles aterrizará en el Aeropuerto Internacional de Palmerola un avión de la Fuerza Aérea de Estados Unidos con hondureños deportados.

La aeronave saldrá de El Paso, Texas, según la notificación que recibió la Cancillería. "Todavía no nos han dicho cuántos compatriotas vienen; normalmente lo sabemos un día antes", explicó Bustillo en conferencia de prensa.

Esta semana el país ya recibió cuatro vuelos chárter con un total de 431 retornados, todos atendidos en el Centro de Atención al Migrante Retornado de San Pedro Sula. El vuelo militar es adicional a esa programación regular, precisó la funcionaria.

Los aviones militares suelen traer a personas detenidas recientemente en la frontera o en operativos dentro de Estados Unidos, mientras que los chárter trasladan a quienes llevaban meses en centros de detención.

Bustillo pidió a las familias no acudir a Palmerola, ya que la recepción se hará en la zona militar del aeropuerto y los retornados serán llevados en autobuses hacia Tegucigalpa y San Pedro Sula, donde recibirán un bono de reinserción.

En lo que va del año, según el INM, más de 11 mil hondureños han sido devueltos desde Estados Unidos y México. La institución calcula que unos 200 mil connacionales en territorio estadounidense tienen una orden de deportación pendiente.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["HN"],
      people: null,
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional de Palmerola"],
      date: "2026-05-20",
    },
  },
  {
    id: "h18b-es-007",
    lang: "es",
    style: "caribbean-outlet",
    title: "Devuelven desde EE. UU. a otro grupo de cubanos por vía aérea",
    published: "2024-07-26",
    text: `LA HABANA. — Un nuevo grupo de migrantes irregulares cubanos fue devuelto este jueves por las autoridades de Estados Unidos en un vuelo que salió de Miami y aterrizó en el Aeropuerto Internacional José Martí, informó el Ministerio del Interior (Minint) en su espacio habitual de la televisión nacional.

La nota oficial no precisó en un primer momento cuántas personas venían a bordo. Horas más tarde, el teniente coronel Rubén Almaguer Sosa, de la Dirección de Identificación, Inmigración y Extranjería, ofreció el detalle: "Hoy recibimos a 42 compatriotas, 37 hombres y 5 mujeres, y tres de ellos serán investigados por hechos delictivos cometidos antes de su salida ilegal del país".

Es la sexta operación de este tipo en lo que va de año, según el recuento oficial, y se realiza al amparo de los acuerdos migratorios bilaterales vigentes entre La Habana y Washington.

Por vía marítima, la Guardia Costera estadounidense entregó la semana pasada en el puerto de Orozco, en Artemisa, a 31 balseros interceptados en el estrecho de la Florida. Desde enero, las devoluciones por mar superan el medio millar, afirmó el Minint.

En las calles de Centro Habana el tema divide opiniones. "Hay quien lo vendió todo para irse por Nicaragua y ahora está de vuelta sin nada", comentó Yanelis, vecina de Cayo Hueso que prefirió no dar su apellido.

Las autoridades cubanas sostienen que la Ley de Ajuste Cubano estimula la salida irregular; Washington, por su parte, atribuye el éxodo a la crisis económica de la isla.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 42, approx: false },
      departure: ["Miami"],
      arrival: ["Aeropuerto Internacional José Martí"],
      date: "2024-07-25",
    },
  },
  {
    id: "h18b-es-008",
    lang: "es",
    style: "near-miss",
    title: "Aterriza vuelo con 128 hondureños deportados desde México",
    published: "2025-03-07",
    text: `SAN PEDRO SULA. — Un avión contratado por el Instituto Nacional de Migración de México aterrizó la mañana de este viernes en el Aeropuerto Internacional Ramón Villeda Morales con 128 hondureños que habían sido detenidos en los estados de Chiapas y Tabasco cuando intentaban avanzar hacia la frontera norte.

El vuelo partió de Villahermosa poco después de las seis de la mañana. Aunque la mayoría viajaba con la intención de cruzar hacia Estados Unidos, ninguno llegó a pisar territorio estadounidense, precisó el subdirector del INM hondureño, Óscar Rivera Mejía.

"Son compatriotas que se quedaron a medio camino; México los retuvo y los devolvió directamente", dijo Rivera Mejía a la prensa en la pista. Entre los retornados había 19 mujeres y 11 menores de edad acompañados por sus madres.

Este tipo de traslados aéreos desde México se ha vuelto más frecuente desde que Washington endureció su política fronteriza. En paralelo continúan llegando los vuelos de ICE desde Luisiana y Texas, aunque para esta semana no se había programado ninguno, según la Cancillería.

En lo que va del año, unos 3,900 hondureños han regresado desde México por vía aérea y terrestre. Muchos de ellos, según organizaciones de la sociedad civil, vuelven a intentar el viaje en pocas semanas.

"Aquí no hay trabajo; el que se regresa hoy, mañana ya está buscando otra vez al coyote", resumió Dilcia Aguilar, madre de dos niños que llegó en el vuelo de este viernes.`,
    expect: { relevant: false },
  },
  {
    id: "h18b-es-009",
    lang: "es",
    style: "near-miss",
    title: "Regresan desde Santiago de Chile 189 venezolanos en vuelo de retorno voluntario",
    published: "2024-11-22",
    text: `LA GUAIRA. — Un total de 189 venezolanos que residían en Chile llegaron la noche del jueves al Aeropuerto Internacional de Maiquetía a bordo de un avión de Conviasa, como parte del plan gubernamental de retorno voluntario.

La aeronave despegó del aeropuerto Arturo Merino Benítez, en Santiago, tras varias semanas de inscripciones en el consulado venezolano. Los pasajeros, entre ellos 47 niños, viajaron sin costo y con todo su equipaje.

"Nadie nos obligó; allá el alquiler se volvió imposible y preferimos volver con la familia", contó Yorgelis Parra, enfermera de 34 años originaria de Barquisimeto, mientras esperaba a su madre en la zona de llegadas.

Las autoridades venezolanas insisten en que estos vuelos no son deportaciones. A diferencia de los vuelos de expulsión que Estados Unidos ha operado de forma intermitente hacia Venezuela, en este caso los pasajeros se registraron por voluntad propia y pueden volver a salir del país cuando lo deseen.

Según el Ministerio de Relaciones Exteriores, desde 2018 más de 35 mil personas han regresado mediante el plan desde Chile, Perú, Ecuador, Argentina y Brasil. Organizaciones independientes cuestionan esas cifras y señalan que el número de venezolanos que sigue emigrando es muy superior.

En Chile, donde viven más de medio millón de venezolanos, el gobierno ha endurecido los controles en la frontera norte y ha realizado expulsiones administrativas en aviones de la Fuerza Aérea chilena, un mecanismo distinto al de este vuelo.`,
    expect: { relevant: false },
  },
  {
    id: "h18b-es-010",
    lang: "es",
    style: "near-miss",
    title: "Deportan a exalcalde señalado por lavado de activos; llegó esposado en vuelo comercial",
    published: "2026-08-19",
    text: `TEGUCIGALPA. — El exalcalde de un municipio de Olancho, Efraín Maradiaga Cruz, fue entregado la tarde de este martes a la Policía Nacional en el Aeropuerto Internacional de Palmerola, tras ser deportado por las autoridades de Estados Unidos.

Maradiaga viajó en un vuelo comercial de línea procedente de Houston, escoltado por dos agentes del Servicio de Inmigración y Control de Aduanas (ICE). Al bajar fue conducido directamente a una patrulla, sin que los periodistas pudieran acercarse.

El exedil, de 58 años, era buscado desde 2022 por un juzgado de Tegucigalpa por los delitos de lavado de activos y fraude. Había ingresado a Estados Unidos con visa de turista y permanecía en Texas con su estatus vencido hasta que fue arrestado en marzo durante una revisión de tránsito.

"Hoy mismo será puesto a la orden del juez competente", declaró el portavoz de la Dirección Policial de Investigaciones, subcomisionado Wilmer Cáceres.

Honduras recibe cada semana varios vuelos fletados con cientos de deportados desde Luisiana y Texas, pero las personas con causas penales de alto perfil suelen llegar en aerolíneas comerciales y bajo custodia individual, explicaron fuentes migratorias.

La familia del exalcalde, a través de su abogado, aseguró que el proceso en su contra tiene motivaciones políticas y que demostrará su inocencia en los tribunales.`,
    expect: { relevant: false },
  },
  {
    id: "h18b-zh-001",
    lang: "zh",
    style: "news-flash",
    title: "快讯｜美方遣返包机抵达福州",
    published: "2024-08-20",
    text: `【海峡晨讯】记者从福建省公安厅出入境管理局获悉，本月18日，一架由美国国土安全部安排的遣返包机降落在福州长乐国际机场，机上共有100余名经核实身份的中国籍非法移民，相关人员已由公安机关依法接收，涉嫌组织偷渡的线索正在进一步调查中。

据介绍，这是今年以来福州口岸第二次整批接收自美国遣返的人员，更多情况将另行发布。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["福州长乐国际机场"],
      date: "2024-08-18",
    },
  },
  {
    id: "h18b-zh-002",
    lang: "zh",
    style: "official-notice",
    title: "广州市公安局出入境管理支队关于依法接收美方遣返人员的情况通报",
    published: "2025-11-08",
    text: `2025年11月6日，美国国土安全部移民与海关执法局（ICE）安排的遣返包机自美国路易斯安那州起飞，抵达广州白云国际机场。我局会同海关、边检等部门，依法接收经身份核实的中国籍遣返人员87名，其中男性71名、女性16名。

经初步查明，上述人员大多于2023年至2024年间在“蛇头”组织下，取道南美洲、中美洲多国，最终从美墨边境非法进入美国。公安机关已对涉嫌组织、运送他人偷越国（边）境的相关人员立案侦查，并将依法追究其法律责任。

在此郑重提醒广大群众：偷渡行为严重违反我国法律法规，往往人财两空，途中还可能遭受抢劫、拘禁甚至人身伤害。对组织、运送偷渡的违法犯罪分子，公安机关将坚决依法打击，绝不姑息。

欢迎群众积极举报偷私渡违法犯罪线索。对提供重要线索的举报人，公安机关将依照有关规定予以奖励，并严格保密。举报电话：110。

依照中美双方有关共识，我国将继续接收经核实身份的中国籍非法移民。

广州市公安局出入境管理支队
2025年11月8日`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 87, approx: false },
      departure: ["路易斯安那州"],
      arrival: ["广州白云国际机场"],
      date: "2025-11-06",
    },
  },
  {
    id: "h18b-zh-003",
    lang: "zh",
    style: "overseas-chinese-outlet",
    title: "法拉盛一个家庭的等待：丈夫被押上遣返包机之后",
    published: "2026-01-13",
    text: `【东岸华声周报记者 梁思远 纽约报道】一月的法拉盛寒风刺骨。在缅街附近一栋老旧公寓的三楼，37岁的陈女士（化名）把手机放在饭桌正中，屏幕一亮就伸手去抓。她说，自从丈夫去年十月被转押到新泽西州一处移民拘留中心之后，这成了她改不掉的习惯。

丈夫林某来自福建长乐，2023年经厄瓜多尔、墨西哥“走线”入境美国，此后在皇后区一家餐馆当厨工。去年秋天，他在一次例行报到时被移民与海关执法局（ICE）当场拘留。家里为他请的律师提出庇护申请，但在移民法庭第二次开庭时被驳回。

“律师说还可以上诉，可是钱已经花光了。”陈女士说，两个孩子一个读小学，一个还不到三岁。

上周六清晨，她接到丈夫从拘留中心打来的最后一通电话，他只说了一句“要上飞机了”。据一名了解情况的联邦官员向本报透露，当天从洛杉矶起飞的遣返包机上约有120名中国籍人士，其中不少人此前被关押在加州、新泽西州和路易斯安那州的拘留设施。两天后，陈女士收到丈夫的微信：飞机已在福州降落，他正在接受当地公安机关的询问。

国土安全部没有对外公布这次航班的详情。自2024年中美恢复遣返合作以来，已有多架大型包机把中国籍非法移民送回国内；同一时期，ICE的包机也频繁飞往印度、厄瓜多尔、哥伦比亚和毛里塔尼亚等国。

法拉盛一家移民服务机构的社工何文静表示，近几个月前来求助的家庭明显增多。“很多人以为只要还在打官司就不会被遣返，但只要有最终递解令，随时可能被安排上飞机。”她建议有案在身的移民尽早与律师核实案件状态，并提前做好家庭的应急安排。

陈女士说，她暂时不打算回国。“孩子在这里出生，我得先让他们把书读完。”`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 120, approx: true },
      departure: ["洛杉矶"],
      arrival: ["福州"],
      date: "2026-01-10",
    },
  },
  {
    id: "h18b-zh-004",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美軍機再遣返印度非法移民 一百一十餘人抵阿姆利則",
    published: "2025-03-06",
    text: `【香江快報綜合報道】一架美國空軍C-17運輸機週三（5日）下午降落印度旁遮普邦阿姆利則的國際機場，機上載有一百一十餘名被美國驅逐出境的印度籍人士。這是特朗普重返白宮以來，美方第四次以軍機把印度非法移民送返。

旁遮普邦警方表示，被遣返者主要來自旁遮普、哈里亞納及古吉拉特三個邦，另有少數來自北方邦。他們抵埗後在機場接受身份核查及問話，大部分人於當晚由家人接走。

據印度官員透露，飛機前一日從德州起飛，途中曾停留加油，全程超過二十小時。

上月首班軍機抵達時，機上人員被扣上手銬腳鐐的畫面在印度國內引起軒然大波，反對派議員在國會外示威，要求莫迪政府向華府提出抗議。印度外交部其後表示，已就遣返人員的待遇向美方表達關注。

對於今次航班，新德里方面態度低調。外交部發言人只稱，印方一貫反對非法移民，凡經核實的印度公民都會被接收回國。

分析指出，美國移民部門手上仍有大批印度籍人士的遣返個案，預計未來數月會有更多航班。據了解，不少被遣返者曾向中介支付數以百萬盧比計的費用，經中美洲輾轉進入美國，如今債台高築。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 110, approx: true },
      departure: ["德州"],
      arrival: ["阿姆利則"],
      date: "2025-03-05",
    },
  },
  {
    id: "h18b-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國第三國遣返再擴大 又一批亞洲籍受刑人被送往史瓦帝尼",
    published: "2026-06-16",
    text: `【寶島晨星網記者蔡孟哲／綜合外電報導】美國國土安全部（DHS）證實，一架載運遭驅逐移民的航班週一抵達南部非洲內陸王國史瓦帝尼。這是美方啟動「第三國遣返」以來，第三批被送往當地的非史瓦帝尼籍人士。

DHS發言人在社群平台上表示，機上共十名男子，包括四名越南人、三名寮國人、兩名菲律賓人及一名柬埔寨人，全都曾在美國因暴力或性犯罪被定罪，「他們的母國拒絕接收」。航班由路易斯安那州起飛。

史瓦帝尼政府發言人在聲明中確認已接收這批人員，並表示他們將被安置在「安全設施」中，直到可以被送回原籍國為止，但未說明需要多久。

人權團體批評，史瓦帝尼與美國之間的協議內容至今未公開，先前被送去的人長期遭單獨關押，律師也無法會面。一名代表其中兩名越南籍男子的美國律師說，他直到飛機落地後才得知客戶已被帶走。

除了史瓦帝尼，美方過去一年也曾把遭驅逐者送到南蘇丹、盧安達、迦納等非洲國家；在中美洲，則有巴拿馬、哥斯大黎加與瓜地馬拉同意充當中轉地。

外交部提醒旅美國人務必遵守當地移民法規，如遇執法問題，可就近聯繫駐外館處尋求協助。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "LA", "PH", "KH"],
      people: { value: 10, approx: false },
      departure: ["路易斯安那州"],
      arrival: ["史瓦帝尼"],
      date: "2026-06-15",
    },
  },
  {
    id: "h18b-zh-006",
    lang: "zh",
    style: "overseas-chinese-outlet",
    title: "美国遣返航班抵金边 柬裔社区忧心忡忡",
    published: "2025-12-02",
    text: `（吉隆坡华文晨讯 综合报道）柬埔寨内政部移民总局证实，一架由美国移民与海关执法局（ICE）安排的遣返航班上周四降落金边，机上为在美国被判有罪或持有驱逐令的柬埔寨籍人士。柬方没有透露人数，只说“已按双边协议接收并完成身份核查”。

被遣返者当中，不少人是上世纪八十年代随父母以难民身份赴美、在加州长滩或马萨诸塞州洛厄尔长大的柬裔，有人离开柬埔寨时尚在襁褓，几乎不会说高棉语。金边一家协助回归者的民间组织负责人索潘娜说，他们通常在抵达后的头几周最难熬：“没有身份证，没有亲人，也找不到工作。”

柬埔寨与美国早在本世纪初就签署了遣返备忘录，此后数以百计的柬裔陆续被送回。近年金边一度放缓接收，但今年以来航班频率明显回升。

在本地区，马来西亚移民局本月也宣布，今年已遣返逾三万名非法外劳，主要来自印尼、孟加拉国和缅甸，大部分经陆路或商业航班离境；泰国方面则继续把被拘留的缅甸人经湄索口岸遣送回国。

分析人士认为，美国扩大遣返对象的做法，可能让东南亚其他国家面临类似压力。越南和老挝在美国同样有大量持最终递解令的侨民，相关谈判一直在进行。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: null,
      departure: [],
      arrival: ["金边"],
      date: "2025-11-27",
    },
  },
  {
    id: "h18b-zh-007",
    lang: "zh",
    style: "round-up",
    title: "一周移民要闻：德国巴伐利亚包机遣返格鲁吉亚人 美国再送百余名危地马拉人回国",
    published: "2024-05-27",
    text: `【莱茵华人周讯编辑部】本周移民与难民领域要闻汇总如下：

一、德国：巴伐利亚州内政部周三通报，一架从慕尼黑起飞的包机将43名庇护申请被拒的格鲁吉亚人送回第比利斯。今年以来，该州已组织11次此类集体遣返。联邦层面，执政联盟仍在讨论是否恢复向阿富汗遣返刑事罪犯。

二、英国：《卢旺达安全法》通过后，首批飞往基加利的航班至今仍未起飞。首相在竞选活动中表示，若能连任，航班将在七月起飞；主要反对党则承诺上台后废除该计划。

三、美国：据危地马拉移民研究所消息，美国移民与海关执法局（ICE）周五安排一架包机从路易斯安那州亚历山大起飞，将约135名危地马拉人送回危地马拉城。危方说，近来每周有十余个遣返航班从美国抵达，接待中心压力持续上升。

四、意大利：政府在阿尔巴尼亚兴建的两处移民收容中心原定本月启用，现已推迟到秋季，反对派批评项目耗资过巨。

五、华人社区：法国多个省的移民局提醒，续办居留须提前在网上预约，逾期未办者可能面临罚款，甚至影响日后入籍申请。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 135, approx: true },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["危地马拉城"],
      date: "2024-05-24",
    },
  },
  {
    id: "h18b-zh-008",
    lang: "zh",
    style: "q-and-a",
    title: "问答｜美军机把约二十名西非人送到加纳，这是怎么回事？",
    published: "2026-03-18",
    text: `【江畔都市讯国际新闻部】3月14日，一架美国军用运输机降落在阿克拉科托卡国际机场，机上约有二十名被美国驱逐出境的西非人。加纳政府事后证实了此事。围绕这次遣返，本报整理了读者最关心的几个问题。

问：这些人是加纳人吗？

答：不是。据代理其中部分人的美国律师说，这批人主要来自尼日利亚、塞拉利昂和利比里亚，没有一人持有加纳国籍。加纳方面表示，他们将在当地短暂停留，再由加纳协助经陆路或航班返回各自国家。

问：美国为什么不把他们直接送回原籍国？

答：美方没有公开解释。律师指出，其中一些人此前在美国移民法庭获得了“暂缓遣返”的保护，法官认定他们回国可能遭受迫害，美国不能直接把他们送回母国，于是改送第三国。批评者认为，这等于绕开了法庭的保护令。

问：加纳为什么愿意接收？

答：加纳政府称，这是出于人道主义考虑，也符合西非国家之间人员自由流动的安排，并未获得额外好处。不过外界注意到，协议达成前后，美方放宽了对加纳公民的签证限制。

问：此前还有哪些国家接收过类似人员？

答：非洲的南苏丹、卢旺达、斯威士兰，中美洲的巴拿马、哥斯达黎加和危地马拉，都曾接收或同意接收被美国遣返的第三国人员。

问：这会影响在美华人吗？

答：目前被送往第三国的中国籍人士为数不多，但律师提醒，持有最终递解令的人应尽早咨询，了解自己是否可能被列入此类航班。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "SL", "LR"],
      people: { value: 20, approx: true },
      departure: [],
      arrival: ["阿克拉科托卡国际机场"],
      date: "2026-03-14",
    },
  },
  {
    id: "h18b-zh-009",
    lang: "zh",
    style: "near-miss",
    title: "评论｜“大遣返”的账，算得清吗？",
    published: "2025-02-28",
    text: `【北美侨声·评论版 特约评论员 周衡】新政府上台一个多月，“史上最大规模遣返”的口号已经喊得震天响。电视画面里，戴着镣铐的人排队登上军用运输机；社交媒体上，官员们晒出一张又一张航班照片。但如果把镜头拉远一点，这笔账其实很难算清。

先说钱。军机执行遣返任务的每小时成本，远高于民航包机；把一个人从得克萨斯送到南亚，按一些国会助理的粗略估算，花费可能是普通包机的数倍。移民与海关执法局（ICE）的拘留床位早已饱和，新增的拘留设施同样要钱。国会若不追加拨款，这场运动很快就会撞上预算的天花板。

再说人。过去一个财年，美国从境内和边境一共遣返了二十余万人，这个数字与“数以百万计”的承诺相去甚远。原因并不复杂：移民法庭积压案件超过三百万宗，大多数人在拿到最终递解令之前，法律上就不能被送走。

还要说外交。危地马拉、印度、哥伦比亚这些遣返大国，各有各的国内政治。接收本国公民是国际义务，但以什么方式接收、接收多少、何时接收，永远是可以谈判的筹码。

对华人社区来说，最现实的提醒是：不要被口号吓倒，也不要心存侥幸。有案在身的人，应当弄清自己的案件处于哪个阶段，按时出庭、按时报到，并准备好家庭的应急方案。遣返从来不是一句口号，而是一张张具体的法律文书。`,
    expect: { relevant: false },
  },
  {
    id: "h18b-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: "委内瑞拉：美国遣返航班本周六恢复直飞",
    published: "2026-09-09",
    text: `【岭南新报讯】委内瑞拉内政部9日在社交媒体发布消息说，一架由美方包租的遣返航班将于本周六从美国得克萨斯州哈灵根起飞，直飞迈克蒂亚国际机场。这将是两国上月就恢复遣返航班达成一致后的首个直飞航班。内政部没有透露机上将有多少人。

内政部称，相关部门已在机场设立接待点，将为返回人员提供体检、身份登记和交通服务。对于有犯罪记录的人员，将移交司法部门处理。

今年以来，委美之间的遣返安排几经波折。年初，部分委内瑞拉人经洪都拉斯中转返回；春季，美方一度暂停航班。据委方统计，今年已有约一万名委内瑞拉人从美国和墨西哥返回。

委内瑞拉旅居海外的人口估计超过七百万，主要分布在哥伦比亚、秘鲁、巴西、智利和美国。美国此前终止了数十万委内瑞拉人的临时保护身份（TPS），不少人因此失去合法居留资格。

分析人士指出，直飞航班恢复后，遣返所需时间将大大缩短，未来每周可能有两到三班。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["VE"],
      people: null,
      departure: ["得克萨斯州哈灵根"],
      arrival: ["迈克蒂亚国际机场"],
      date: "2026-09-12",
    },
  },
  {
    id: "h18b-zh-011",
    lang: "zh",
    style: "overseas-chinese-outlet",
    title: "卢旺达称本月底将接收首批由美国遣返的第三国移民",
    published: "2025-07-22",
    text: `【塞纳华声周刊讯】卢旺达政府一名女发言人21日在基加利对记者表示，卢方预计在本月底之前接收首批由美国遣返的外国移民，人数在十人左右。

这名发言人说，这批人员并非卢旺达公民，将在抵达基加利后由卢方安排住所，并提供职业培训和医疗服务，部分人也可以选择返回原籍国。她没有透露这些人的国籍，也没有说明他们在美国是否有犯罪记录。

卢旺达与美国本月初签署协议，同意接收一定数量被美国驱逐的第三国国民。这并非卢旺达首次与西方国家达成类似安排。数年前，卢旺达曾与英国签署协议，接收在英国申请庇护的人，但该计划因英国法院裁决和政府更迭最终被放弃，始终没有一架航班起飞。

在欧洲，多个欧盟国家近来也在探讨把庇护申请被拒者送往欧盟以外“返回中心”的设想，意大利与阿尔巴尼亚的合作被视为先例。法国内政部尚未表态是否跟进。

人权组织批评，把移民送往与其毫无联系的国家，可能使他们陷入长期滞留、求助无门的境地。美国方面则表示，这类协议有助于遣返那些“母国拒绝接收”的人员。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["RW"],
      nationalities: [],
      people: { value: 10, approx: true },
      departure: [],
      arrival: ["基加利"],
      date: "2025-07",
    },
  },
  {
    id: "h18b-zh-012",
    lang: "zh",
    style: "near-miss",
    title: "包机押解！126名电诈犯罪嫌疑人从柬埔寨被押解回国",
    published: "2024-06-12",
    text: `【天府晚讯讯】6月11日凌晨，一架从柬埔寨西哈努克起飞的包机平稳降落在成都天府国际机场，126名电信网络诈骗犯罪嫌疑人被押解回国。

据省公安厅介绍，这批嫌疑人涉嫌在境外参与针对国内群众的“杀猪盘”、冒充客服退款等诈骗活动，涉案金额超过两亿元。此次押解行动由公安部统一部署，我省公安机关与柬埔寨执法部门密切配合，历时两个多月完成。

机舱门打开后，嫌疑人在民警押解下逐一走下舷梯，随即被带上等候在停机坪的警车。现场民警介绍，每名嫌疑人均由两名民警负责押送，全程佩戴头套和手铐。

今年以来，我国警方已先后从缅甸、柬埔寨、老挝、菲律宾等国押解回国一千余名电诈嫌疑人。办案民警表示，此类行动属于刑事司法协作，与一些国家以移民执法名义实施的遣返在性质上完全不同。

公安机关提醒，对“高薪招聘”“出国务工包吃住”等信息务必提高警惕，切勿轻信“轻松月入过万”的说法，以免落入犯罪团伙设下的圈套。`,
    expect: { relevant: false },
  },
  {
    id: "h18b-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: "委内瑞拉宣布暂停接收美国遣返航班",
    published: "2026-10-15",
    text: `【东方瞭望报讯】委内瑞拉外交部14日发表公报，宣布即日起暂停接收来自美国的遣返航班，理由是美方“单方面”对委石油出口实施新的限制措施，“违背了双方在移民问题上的谅解”。

公报说，委方“始终愿意接回自己的同胞”，但在美方“改变敌对做法”之前，不会再批准美国政府包租的飞机降落。公报没有说明已经排定的航班将如何处理。

美国国土安全部尚未回应。一名不愿具名的美国官员对媒体表示，华盛顿“将评估所有选项”，包括对委方官员实施签证限制。

今年以来，美委之间的遣返航班大体维持每周一到两班，多数从得克萨斯州起飞，降落在迈克蒂亚国际机场。据委方统计，通过这一渠道返回的人数已超过一万五千人。

这不是委内瑞拉第一次叫停遣返航班。两年前，委方也曾在美方恢复制裁后宣布暂停，航班中断长达数月。

分析人士认为，委方此举意在以移民合作为筹码，换取美方在制裁问题上的让步。而对于在美国持有最终递解令的委内瑞拉人来说，遣返暂停可能意味着被送往第三国的风险上升。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-10-14",
    },
  },
  {
    id: "h18b-zh-014",
    lang: "zh",
    style: "chinese-outlet",
    title: "112名哥伦比亚人被美方遣返回国 哥外交部称将保障其权益",
    published: "2024-10-30",
    text: `【中原国际快报综合报道】据哥伦比亚移民局消息，一架载有112名哥伦比亚籍人员的美国遣返航班，当地时间周二下午从美国得克萨斯州休斯敦飞抵首都波哥大埃尔多拉多国际机场。

这批人员中有男性89人、女性23人，其中6人因在哥伦比亚国内涉嫌犯罪，一下飞机就被警方带走，其余人员在完成登记后离开机场。

这是本月第二架从美国飞抵哥伦比亚的遣返航班。本月上旬，另一架航班载着98人降落在西部城市佩雷拉。

哥伦比亚外交部表示，将确保被遣返同胞受到“有尊严的对待”，并在机场为他们提供心理辅导、就业信息和交通补助。

据哥方统计，今年以来已有逾一万名哥伦比亚人经航空渠道从美国返回，哥伦比亚已成为美国遣返航班的主要目的地之一，仅次于墨西哥和中美洲北部三国。

与此同时，哥伦比亚也是过境移民的重要通道。每年都有大量来自委内瑞拉、厄瓜多尔、海地以及亚洲和非洲的移民经哥伦比亚穿越达连丛林北上。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 112, approx: false },
      departure: ["得克萨斯州休斯敦"],
      arrival: ["波哥大埃尔多拉多国际机场"],
      date: "2024-10-29",
    },
  },
  {
    id: "h18b-zh-015",
    lang: "zh",
    style: "near-miss",
    title: "被遣返七年后：一个福清青年的“第二次出发”",
    published: "2025-09-30",
    text: `【闽中侨乡周刊记者 郑晓岚】清晨五点，福清江镜镇的海鲜批发市场已经人声鼎沸。32岁的阿杰（化名）穿着雨靴，在自家档口里把一筐筐蛏子过秤、装箱。很难想象，七年前的这个时候，他正坐在一架从美国飞回福州的遣返包机上，双手戴着塑料束带。

2016年，阿杰经香港、南美辗转进入美国，在新泽西一家自助餐馆打工。两年后，他在一次交通检查中被发现没有合法身份，随即被移民与海关执法局拘留。“关了五个月，最后一次听证不到十分钟就结束了。”他回忆说，那架包机上大多是福建老乡，一落地就被带去做笔录。

回乡后的头两年最难。家里为送他出国借的三十多万元还没还清，村里人看他的眼神也变了。“有人说我是‘白跑一趟’，我自己也这么觉得。”后来，他跟着舅舅学做海鲜生意，从摆地摊开始，去年终于盘下了一个档口。

江镜镇一位村干部告诉记者，过去二十多年，镇上先后有数百人偷渡出国，其中不少人被遣返回来。近一年多来，美方恢复了包机遣返，村里又有几户人家接到亲人被送回的消息。“现在年轻人出去的少了，国内机会多了，大家也算明白了。”

阿杰的女儿今年上小学。问他还想不想再去美国，他笑着摇头：“要去，也是带她去旅游，走正门。”`,
    expect: { relevant: false },
  },
  {
    id: "h18b-zh-016",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "帛琉同意接收美國遣返的第三國人士 總統府：基於盟友責任",
    published: "2026-04-22",
    text: `【南風島嶼報記者王柏翰／綜合報導】太平洋友邦帛琉政府週二宣布，已與美國簽署合作備忘錄，同意接收少量遭美國驅逐出境、但無法被遣返回原籍國的第三國人士。帛琉與美國簽有自由聯繫協定，國防由美方負責。

帛琉總統府在聲明中表示，此舉「基於與美國長期的盟友關係與共同責任」，被接收者將在帛琉從事勞動工作，以填補當地人力短缺，並強調不會接收有暴力犯罪紀錄的人。聲明未透露人數及首批人員抵達的時間。

帛琉國會部分議員對此表達不滿，認為政府未經充分諮詢即做出決定。一名參議員表示：「我們是一個只有一萬多人的國家，任何人口變動都會帶來衝擊。」

美方近一年來積極尋求第三國合作，已有中美洲、非洲多國同意接收遭驅逐者。同樣位於太平洋的另一友邦馬紹爾群島則尚未表態。

我國外交部表示，尊重帛琉與美國之間的雙邊安排，台帛之間的各項合作不受影響。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PW"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-21",
    },
  },
  {
    id: "h18b-zh-017",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再派大型遣返航班送中國籍人士回國 人數未公布",
    published: "2026-07-19",
    text: `【維港晨光報綜合報道】美國駐華大使館昨晚（18日）透過其社交媒體帳號發文稱，美國國土安全部16日經由移民及海關執法局（ICE）安排一架大型遣返航班，將一批在美國沒有合法居留依據的中國籍人士送返中國。

使館沒有透露航班人數、起飛地點及降落城市，只表示行動是美方「與中國及其他國際夥伴合作打擊非法移民」的一部分，並重申「不要相信人蛇集團的謊言」。

中國外交部發言人其後回應時表示，中方一貫反對任何形式的非法移民，願在核實身份後接收被遣返的中國公民，同時希望美方「停止炒作」。

自中美兩國於2024年恢復遣返合作以來，美方已多次派出包機。香港入境事務處則指出，香港居民不在上述遣返安排之列，持特區護照人士如在海外遇上入境問題，可聯絡入境處協助在外香港居民小組。

另外，美國近月亦有包機飛往越南、印度及毛里塔尼亞等國。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: ["中國"],
      date: "2026-07-16",
    },
  },
  {
    id: "h18b-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "英國內政部包機遣返越南人 工黨政府上台後規模最大",
    published: "2024-12-05",
    text: `【港灣即時通綜合報道】英國內政部週三公布，一架包機本週從倫敦斯坦斯特德機場起飛，將71名沒有合法居留權的越南人送回河內，當中包括多名曾因種植大麻等罪行入獄的人士。內政部形容，這是工黨政府今年七月上台以來規模最大的一次單一遣返航班。

內政大臣在聲明中表示，政府會「堅定執行移民法」，同時打擊偷渡小艇背後的蛇頭網絡。今年以來，經英倫海峽乘小艇抵英的人數已超過三萬，越南人是人數最多的群體之一。

人權組織批評，部分被遣返者是人口販運的受害者，被迫在英國的大麻工場工作，應獲得保護而非遣返。

英國的遣返行動近來備受關注，部分原因是美國候任總統特朗普揚言上任後推行「大規模遣返」。有分析認為，歐洲多國可能跟隨美國收緊政策，但英國官員強調，兩國的法律制度和執行方式截然不同。

越南外交部表示，將在核實身份後接收本國公民，並協助他們重新融入社會。`,
    expect: { relevant: false },
  },
  {
    id: "h18b-zh-019",
    lang: "zh",
    style: "overseas-chinese-outlet",
    title: "美再送一批第三国移民到哥斯达黎加 机上有中国籍人士",
    published: "2026-11-05",
    text: `【金门湾华人通讯讯】哥斯达黎加公共安全部证实，11月3日，一架美国政府包租的飞机从得克萨斯州圣安东尼奥起飞，降落在首都圣何塞附近的胡安·圣玛丽亚国际机场，机上载有130多名被美国驱逐出境的外国移民。

据哥方介绍，这批移民来自中国、乌兹别克斯坦和阿富汗，其中包括二十多名未成年人。他们抵达后被大巴送往南部靠近巴拿马边境的临时移民接待中心，将在那里等待国际移民组织协助安排返回原籍国。

这是今年以来哥斯达黎加接收的第二批此类人员，美方承担全部费用。

一名在旧金山执业的华裔移民律师对本报说，她的一名福建籍当事人就在这架飞机上。“他的庇护案还在上诉，我们提出了紧急暂缓申请，但还没等到法院裁定，人就被转走了。”她说，当事人目前能通过接待中心的电话与家人联系。

去年二月，巴拿马和哥斯达黎加先后接收了数百名被美国遣返的亚洲移民，其中包括不少中国人。部分人后来从巴拿马搭机被送回中国，另一些人拒绝回国，在当地申请庇护。

律师提醒，持有最终递解令的华人如担心被送往第三国，应尽快与律师联系，了解是否有机会以“恐惧”为由提出申诉。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "UZ", "AF"],
      people: { value: 130, approx: true },
      departure: ["得克萨斯州圣安东尼奥"],
      arrival: ["胡安·圣玛丽亚国际机场"],
      date: "2026-11-03",
    },
  },
  {
    id: "h18b-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "美国扩大入境限制名单 缅甸老挝等国公民赴美签证受阻",
    published: "2026-02-20",
    text: `【狮城早讯 综合报道】美国国务院19日宣布，将从3月1日起扩大入境限制名单，新增多个亚洲和非洲国家。其中，缅甸、老挝公民申请赴美旅游、留学和商务签证将被全面暂停，柬埔寨公民则须接受额外的安全审查。

国务院在公告中说，相关国家在护照安全、信息共享和签证逾期滞留率等方面“未达到美方标准”。已持有有效签证的人士不受影响，但续签时将按新规办理。

这一决定在东南亚引起强烈反应。仰光一家留学中介的负责人说，已有二十多名学生拿到美国大学录取通知书，却不知道能否如期入学。“家长们每天打电话来问，我们也没有答案。”

老挝外交部表示对此“深感遗憾”，希望通过外交渠道与美方沟通。新加坡政府则重申，本国公民赴美不受影响。

分析人士指出，这是美国自去年以来第三次扩大入境限制。与此同时，移民与海关执法局（ICE）近来也加强了对签证逾期滞留者的执法，东南亚各国驻美使领馆纷纷提醒本国公民注意签证有效期，避免逾期逗留。`,
    expect: { relevant: false },
  },
];
