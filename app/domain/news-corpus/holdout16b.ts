// Held-out news corpus no. 16 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.

import type { CorpusArticle } from "./types";

export const HOLDOUT16B: CorpusArticle[] = [
  {
    id: "h16b-es-001",
    lang: "es",
    style: "migration-office-bulletin",
    title: "Boletín informativo: retornan 132 guatemaltecos en nuevo vuelo desde Estados Unidos",
    published: "2025-03-12",
    text: `Ciudad de Guatemala, 12 de marzo de 2025.

El Instituto Guatemalteco de Migración (IGM) informa que en horas de la tarde de este martes se recibió en el Centro de Recepción de Retornados, ubicado en la Base de la Fuerza Aérea Guatemalteca, un nuevo vuelo con connacionales retornados desde los Estados Unidos de América.

La aeronave despegó de Alexandria, Luisiana, y trasladó a 132 guatemaltecos: 97 hombres, 22 mujeres y 13 menores de edad que viajaron acompañados por sus padres. A su llegada, el personal institucional verificó su identidad y les brindó alimentación, atención médica básica y orientación sobre los servicios de reinserción que ofrece el Estado.

Con esta operación suman 41 los vuelos procedentes de Estados Unidos recibidos en lo que va del año. De acuerdo con los registros del IGM, entre el 1 de enero y la fecha han retornado por vía aérea 6,905 personas, mientras que otras 9,412 ingresaron por vía terrestre desde México a través de los puestos fronterizos de Tecún Umán y El Carmen.

Para este jueves se tiene programado un vuelo adicional desde Texas; la institución dará a conocer el número de pasajeros cuando las autoridades estadounidenses remitan el listado correspondiente.

El IGM recuerda a las familias que la información oficial sobre la llegada de sus parientes se publica únicamente en los canales de la institución, y les pide no entregar dinero a personas que ofrecen «agilizar» la salida de los retornados del centro de recepción, ya que ese trámite es gratuito.

Las personas retornadas que deseen inscribirse en los programas de empleo pueden acercarse a las ventanillas del Ministerio de Trabajo habilitadas dentro del mismo centro.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 132, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca"],
      date: "2025-03-11",
    },
  },
  {
    id: "h16b-es-002",
    lang: "es",
    style: "radio-website",
    title: "Llega a la zona norte otro vuelo con hondureños deportados",
    published: "2025-08-21",
    text: `San Pedro Sula, Cortés. (Radio Valle de Sula)

Otro grupo de compatriotas que vivían en Estados Unidos sin documentos volvió al país la mañana de este jueves, en medio de un repunte de las deportaciones que mantiene llenos los albergues de la zona norte.

La aeronave, fletada por las autoridades migratorias estadounidenses, tocó pista en el Aeropuerto Internacional Ramón Villeda Morales poco después de las diez de la mañana, procedente de Texas.

Según estimaciones preliminares del personal del Centro de Atención al Migrante Retornado, a bordo venían alrededor de 90 hondureños, en su mayoría hombres jóvenes originarios de Cortés, Yoro y Olancho. La cifra oficial será publicada por el Instituto Nacional de Migración cuando termine el proceso de registro.

«Muchos vienen sin nada, apenas con la ropa que andaban el día que los agarraron», contó a esta emisora Marlen Euceda, voluntaria de una pastoral que reparte café y baleadas a la salida del centro. «Lo primero que piden es un teléfono para avisarle a la mamá».

La semana pasada aterrizaron otros dos vuelos con un total de 241 personas, y por la vía terrestre, desde México y Guatemala, han ingresado en lo que va de agosto unos 3,100 retornados por los puestos de Corinto y Agua Caliente, según datos de la misma institución.

Las autoridades recordaron que quienes regresan pueden inscribirse en los programas de apoyo que entregan un bono inicial y capital semilla para emprender, aunque varios de los deportados consultados por esta emisora dijeron desconocer los requisitos.

Mientras tanto, en los municipios del valle de Sula crece la preocupación por la capacidad de absorber a tanta gente que vuelve sin empleo y, en muchos casos, con deudas contraídas para pagar el viaje.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 90, approx: true },
      departure: ["Texas"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2025-08-21",
    },
  },
  {
    id: "h16b-es-003",
    lang: "es",
    style: "receiving-country-feature",
    title: "La espera de Rosa Elvira",
    published: "2025-09-26",
    text: `San Luis Talpa, La Paz.

Rosa Elvira Menjívar llegó a las cinco de la mañana con una bolsa de pan dulce y una foto impresa de su hijo, por si acaso no lo reconocía. Hacía once años que no lo veía. Se sentó en una banca de cemento frente al portón lateral de la terminal y no se movió en toda la mañana.

A su alrededor, unas cuarenta familias hacían lo mismo: mirar el cielo, revisar el teléfono, preguntar a los agentes de la Dirección General de Migración y Extranjería si ya había noticias. Nadie les daba una hora exacta.

«Uno no sabe si alegrarse o llorar», decía Rosa Elvira. «Él allá tenía trabajo, tenía su cuartito alquilado en Maryland. Aquí no tiene nada, pero por lo menos lo voy a abrazar».

El avión apareció poco antes del mediodía del pasado miércoles. Había despegado de la base de Fort Bliss y traía a más de 110 salvadoreños, según confirmó después la DGME, que no dio la cifra exacta porque el registro se extendió hasta la tarde. Aterrizó en el Aeropuerto Internacional San Óscar Arnulfo Romero y los pasajeros fueron llevados en buses al centro de atención que funciona dentro de la terminal.

Es el noveno vuelo de este tipo que recibe el país en septiembre. En agosto fueron once, y en total las autoridades contabilizan este año más de 12,000 retornados por vía aérea, una cifra que duplica la de 2024. El país también recibió en marzo a cientos de ciudadanos venezolanos enviados por Washington a una cárcel de máxima seguridad, un caso que sigue discutiéndose en tribunales estadounidenses.

A las tres de la tarde, Rosa Elvira vio salir a su hijo por la puerta lateral. Llevaba una bolsa plástica con papeles y unos zapatos sin cordones. Lo abrazó largo rato, sin decir nada.

«Ya estamos juntos», dijo después, todavía con el pan dulce en la mano. «Lo demás se verá».`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 110, approx: true },
      departure: ["Fort Bliss"],
      arrival: ["Aeropuerto Internacional San Óscar Arnulfo Romero"],
      date: "2025-09-24",
    },
  },
  {
    id: "h16b-es-004",
    lang: "es",
    style: "receiving-country-local",
    title: "México recibirá a extranjeros expulsados por Estados Unidos «por razones humanitarias»",
    published: "2026-04-14",
    text: `Tapachula, Chiapas. (Redacción)

El Gobierno de México aceptará que Estados Unidos le entregue a personas de otras nacionalidades expulsadas de su territorio, siempre que hayan llegado a ese país cruzando la frontera común, informó este lunes la Secretaría de Gobernación.

En un comunicado, la dependencia explicó que la medida se aplicará «por razones humanitarias y de manera temporal», y que los extranjeros recibidos quedarán a cargo del Instituto Nacional de Migración (INM), que les ofrecerá regularizar su estancia o ser trasladados a sus países de origen. El texto no precisó cuántas personas podrían llegar ni por qué puntos se harían las entregas.

Hasta ahora, México solo recibía de forma regular a sus propios connacionales. En el primer trimestre del año fueron repatriados 48,300 mexicanos, la mayoría a pie por los puentes internacionales de Tamaulipas y Chihuahua, y unos 2,600 más en los vuelos del programa de repatriación al interior que aterrizan en Villahermosa y en la capital del país.

Organizaciones civiles de Tapachula advirtieron que los albergues de la ciudad, que ya atienden a miles de solicitantes de asilo, no tienen espacio para más gente. «Nos quieren convertir en la sala de espera de Estados Unidos, y nadie ha venido a preguntarnos cuántas camas tenemos», dijo Aurelio Cancino, coordinador de una casa para migrantes en la colonia Los Laureles.

La Cancillería, por su parte, aseguró que el entendimiento no equivale a un acuerdo de «tercer país seguro» y que México conserva la facultad de rechazar casos concretos. Funcionarios consultados por este diario señalaron que la decisión fue tomada tras varias semanas de conversaciones con Washington sobre aranceles y seguridad fronteriza.

En la frontera sur, la noticia se recibió con cautela. Comerciantes del centro de la ciudad recordaron que la última vez que aumentó de golpe el número de migrantes varados, en 2023, las autoridades municipales tardaron meses en habilitar espacios de atención.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MX"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-04-13",
    },
  },
  {
    id: "h16b-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: "Maiquetía recibe dos vuelos de retorno en una misma jornada",
    published: "2025-10-17",
    text: `La Guaira, 17 de octubre.

Dos aviones con migrantes venezolanos aterrizaron este viernes, con pocas horas de diferencia, en el Aeropuerto Internacional Simón Bolívar de Maiquetía, en la que el Gobierno describió como la jornada de mayor movimiento del programa de retorno en lo que va de mes.

El primero, operado por la aerolínea estatal, llegó a media tarde desde Ciudad de México con 281 connacionales que, según las autoridades, se habían inscrito voluntariamente para volver. Se trata en su mayoría de personas que permanecían varadas en el norte de México después de que se cancelaran sus citas para pedir asilo en la frontera estadounidense.

El segundo vuelo, contratado por el Servicio de Inmigración y Control de Aduanas de Estados Unidos (ICE), despegó de Phoenix, Arizona, y tocó tierra pasadas las siete de la noche. En él venían 174 venezolanos deportados: 151 hombres, 19 mujeres y 4 niños, detalló el Ministerio de Interior en sus redes sociales.

«Cada compatriota que vuelve es recibido con dignidad, venga de donde venga», declaró en la pista un vocero del programa, quien añadió que los recién llegados recibieron atención médica y un refrigerio antes de pasar por los controles de identificación.

Con estos dos aviones, el plan suma 88 vuelos en 2025, de los cuales 67 partieron de territorio estadounidense. Los deportados desde Estados Unidos fueron sometidos además a una revisión de antecedentes por parte de los cuerpos de seguridad antes de reunirse con sus familiares en la zona de llegadas nacionales.

El mecanismo que permite estos traslados se mantiene pese a que Caracas y Washington no tienen relaciones diplomáticas desde 2019, y ha sobrevivido a varias suspensiones temporales. Organizaciones de derechos humanos han pedido que se publique la lista completa de pasajeros de cada vuelo para que las familias puedan saber con anticipación quién regresa.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 174, approx: false },
      departure: ["Phoenix, Arizona"],
      arrival: ["Aeropuerto Internacional Simón Bolívar de Maiquetía"],
      date: "2025-10-17",
    },
  },
  {
    id: "h16b-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Un avión de la Fuerza Aeroespacial irá por colombianos detenidos en San Diego",
    published: "2025-05-08",
    text: `Bogotá. (Redacción Nacional)

La Cancillería confirmó que el próximo martes un avión de la Fuerza Aeroespacial Colombiana despegará hacia Estados Unidos para recoger a un nuevo grupo de connacionales con orden de deportación, en la que será la séptima operación de este tipo desde que se reanudaron los vuelos a comienzos de año.

La aeronave recogerá en San Diego, California, a unos 120 colombianos que permanecen en centros de detención del sur de ese estado, y los traerá directamente a Bogotá, donde serán recibidos por funcionarios de Migración Colombia, del Instituto Colombiano de Bienestar Familiar y de la Defensoría del Pueblo.

«La cifra puede cambiar hasta el último momento, porque siempre hay casos que se caen por trámites judiciales pendientes», explicó la viceministra de Asuntos Multilaterales, Clara Inés Pardo, en una rueda de prensa.

El vuelo anterior, que aterrizó el jueves pasado procedente de Houston, trajo a 98 personas, entre ellas 14 menores de edad. En lo que va de 2025, según cifras oficiales, han regresado al país más de 5,000 colombianos en aviones de la Fuerza Aeroespacial y en vuelos chárter contratados por el Gobierno estadounidense.

El Gobierno insiste en que los connacionales deben viajar sin esposas y con acompañamiento consular. La disputa de enero, cuando Bogotá se negó a recibir dos aviones militares estadounidenses y Washington amenazó con aranceles, dejó como resultado el esquema actual, en el que Colombia asume el costo de buena parte de los traslados.

Las familias que esperan a algún pasajero pueden consultar la lista preliminar en las oficinas de Migración Colombia del aeropuerto o a través de la línea de atención al migrante, informó la entidad.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CO"],
      people: { value: 120, approx: true },
      departure: ["San Diego, California"],
      arrival: ["Bogotá"],
      date: "2025-05-13",
    },
  },
  {
    id: "h16b-es-007",
    lang: "es",
    style: "receiving-country-local",
    title: "«Llegan sin nada»: Guayaquil recibe otro vuelo de deportados",
    published: "2024-11-18",
    text: `Guayaquil.

Con mochilas pequeñas y los cordones de los zapatos en la mano, decenas de ecuatorianos cruzaron la tarde del pasado jueves la puerta de arribos internacionales del aeropuerto de Guayaquil, tras ser expulsados de Estados Unidos.

El vuelo chárter había salido por la mañana de Harlingen, Texas. Es uno de los dos que llegan cada semana a la ciudad desde hace casi dos décadas, según la Cancillería, pero esta vez la llegada coincidió con el anuncio del presidente electo estadounidense de que pondrá en marcha deportaciones masivas a partir de enero.

«Este jueves recibimos a 118 compatriotas, entre ellos once mujeres y tres adolescentes. A todos se les entregó un kit de aseo y se les ofreció atención psicológica», dijo en la terminal la viceministra de Movilidad Humana, Gabriela Ordóñez.

Muchos de los pasajeros habían sido detenidos pocos días después de cruzar la frontera. «Pagué catorce mil dólares y me agarraron a la semana. Ahora debo todo eso y no tengo ni para el bus a Cañar», contó Wilmer, de 24 años, que pidió no publicar su apellido.

En lo que va del año han aterrizado en Guayaquil 78 vuelos de este tipo con más de 9,000 personas, de acuerdo con las estadísticas oficiales. Colombia y Perú reciben también vuelos semanales, y en Quito se han reforzado las oficinas de atención a los retornados que regresan a la Sierra.

Afuera, una decena de familiares aguardaba con carteles escritos a mano. Algunos habían viajado toda la noche desde Azuay y Morona Santiago sin saber con certeza si su pariente venía en el avión.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 118, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Guayaquil"],
      date: "2024-11-14",
    },
  },
  {
    id: "h16b-es-008",
    lang: "es",
    style: "spanish-outlet",
    title: "Nuevo grupo de peruanos deportados llega en avión desde Luisiana",
    published: "2026-02-16",
    text: `Lima.

Un nuevo grupo de peruanos expulsados de Estados Unidos llegó al país la tarde del domingo a bordo de un avión procedente de Luisiana, que aterrizó en el Grupo Aéreo N.° 8 de la Fuerza Aérea del Perú.

La Cancillería confirmó el arribo en un breve comunicado, pero no precisó cuántos connacionales venían en la aeronave. «El número final depende de ajustes que hacen las autoridades estadounidenses hasta minutos antes del despegue», explicó a este diario un funcionario de la dirección de Comunidades Peruanas en el Exterior.

En el vuelo anterior, a fines de enero, llegaron 93 personas, aunque la lista inicial que entregó Washington hablaba de 120. Según la Cancillería, unos 420 peruanos tienen orden final de deportación y esperan en centros de detención de Texas, Luisiana y California.

Desde temprano, familiares de los deportados esperaron en la avenida que bordea la base, sin acceso a la zona de llegada. «Nos dijeron que iban a salir por el aeropuerto, después que por la base, después otra vez por el aeropuerto», se quejó Yesenia Quispe, que buscaba a su esposo, detenido en noviembre en Nueva Jersey.

Tras pasar el control migratorio y la verificación de requisitorias, los retornados fueron trasladados en buses al terminal del Aeropuerto Internacional Jorge Chávez, donde se reencontraron con sus familias. La Cancillería informó que podrán afiliarse al Seguro Integral de Salud y acceder a las bolsas de empleo del Ministerio de Trabajo.

Especialistas en migración recordaron que el ingreso irregular a Estados Unidos no constituye delito en el Perú, por lo que los deportados no enfrentan procesos judiciales a su llegada.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: null,
      departure: ["Luisiana"],
      arrival: ["Grupo Aéreo N.° 8"],
      date: "2026-02-15",
    },
  },
  {
    id: "h16b-es-009",
    lang: "es",
    style: "near-miss",
    title: "Despega del AIFA vuelo con 290 venezolanos que pidieron volver a su país",
    published: "2025-07-04",
    text: `Zumpango, Estado de México.

El Instituto Nacional de Migración (INM) informó que este jueves despegó del Aeropuerto Internacional Felipe Ángeles un vuelo con 290 ciudadanos venezolanos que solicitaron de manera voluntaria regresar a su país, dentro del programa de retorno asistido que México mantiene con el Gobierno de Caracas.

Los pasajeros, 201 hombres, 72 mujeres y 17 menores, llevaban meses en albergues de la Ciudad de México, Monterrey y Ciudad Juárez, a la espera de una cita para pedir asilo en Estados Unidos que nunca llegó. Viajaron en un avión de la aerolínea estatal venezolana, que aterrizó por la noche en Maiquetía.

«No es una deportación. Cada una de estas personas firmó su solicitud de retorno y recibió orientación antes de abordar», subrayó Leticia Barragán, subdirectora de Protección al Migrante del INM.

Es el sexto vuelo de este tipo que sale de México en lo que va del año. En total, unos 1,700 venezolanos han regresado desde territorio mexicano por esta vía, según el instituto, que también organiza traslados aéreos de retorno hacia Honduras y Guatemala desde Tapachula y Villahermosa.

Estados Unidos, por su parte, ha enviado este año decenas de vuelos de deportación directos a Venezuela desde Arizona y Texas; el INM aclaró que no participa en esas operaciones y que ninguno de los pasajeros de este jueves había sido expulsado por las autoridades estadounidenses.

En los albergues de la capital, la noticia del vuelo provocó largas filas de personas que querían anotarse para la siguiente salida, prevista para finales de mes.`,
    expect: { relevant: false },
  },
  {
    id: "h16b-es-010",
    lang: "es",
    style: "near-miss",
    title: "Seis años después del avión: la segunda vida de un deportado en Choloma",
    published: "2026-06-10",
    text: `Choloma, Cortés.

El taller de Elvin Mejía huele a gasolina y a café recalentado. Tiene tres motos desarmadas en el piso, un radio que no se apaga nunca y dos ayudantes que, como él, un día bajaron de un avión con una bolsa plástica por todo equipaje.

Elvin fue deportado en febrero de 2020, en un vuelo desde Houston en el que viajaban otros 130 compatriotas. Había pasado nueve años en Texas colocando techos. «Me agarraron por una luz trasera quebrada», recuerda. «En tres semanas ya estaba aquí, sin un lempira».

Los primeros meses fueron los peores. La pandemia cerró las fábricas de la zona, su esposa se quedó en Estados Unidos con las niñas y él dormía en el cuarto de atrás de la casa de su madre. Pensó en volver a irse, como hicieron dos de sus compañeros de vuelo. Uno lo logró; del otro nadie supo más.

Con un préstamo de una cooperativa compró herramientas usadas y empezó a arreglar motos en la acera. Hoy factura lo suficiente para pagar el alquiler del local y dos salarios. Contrata, sobre todo, a retornados. «Nadie les da trabajo porque dicen que se van a volver a ir. Yo sé lo que es eso».

Según organizaciones locales, en el valle de Sula viven decenas de miles de personas deportadas en la última década, y la mayoría trabaja en la informalidad. Los programas oficiales de reinserción, señalan, alcanzan a una fracción mínima.

Elvin habla con sus hijas por videollamada cada domingo. La mayor cumple quince años en agosto y él no podrá estar. «Eso es lo que no se arregla con ningún taller», dice, y vuelve a meter las manos en el motor.`,
    expect: { relevant: false },
  },
  {
    id: "h16b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "我市接收一批美方遣返偷渡人员 警方提醒切勿轻信“蛇头”",
    published: "2025-11-24",
    text: `本报讯(记者 林晓岚 通讯员 陈闽生)记者昨日从福州市公安局出入境管理部门获悉,本月18日,一架由美国移民和海关执法局(ICE)安排的遣返包机从得克萨斯州起飞,经停后降落在福州长乐国际机场,机上一百一十余名遣返人员在边检民警监护下依次入境。

据介绍,这批人员大多于2023年至2024年间经南美洲、中美洲辗转偷渡至美国,在美被拘押后经司法程序收到最终递解令。入境后,公安机关对相关人员逐一核查身份,并对其中涉嫌组织、运送他人偷越国(边)境的人员依法立案调查。

“有的人在家里借了几十万元交给‘蛇头’,一路上被转手、被勒索,最后还是被送回来,钱和时间全搭进去了。”福州市出入境管理部门一名负责人说。

今年以来,福州边检站已先后接收从日本、加拿大、泰国等国零散遣返的偷渡人员数十批次。去年6月,美国时隔数年恢复向中国派出大型遣返包机,此后此类航班陆续执行,但美方很少公开具体人数和落地城市。

警方提醒广大群众,出境务必通过合法途径办理证件,任何以“包过境”“包身份”“包打工”为名的招揽都涉嫌违法犯罪。如发现组织偷渡线索,可拨打110或向当地出入境管理部门举报。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 110, approx: true },
      departure: ["得克萨斯州"],
      arrival: ["福州长乐国际机场"],
      date: "2025-11-18",
    },
  },
  {
    id: "h16b-zh-002",
    lang: "zh",
    style: "near-miss",
    title: "侨乡包机返乡 二百余名青田籍侨胞从马德里飞抵温州",
    published: "2024-12-20",
    text: `本报讯(记者 叶思远)12月19日傍晚,一架从西班牙马德里起飞的包机平稳降落在温州龙湾国际机场,二百余名青田籍旅西侨胞走出到达大厅,与前来迎接的亲属相拥。

这趟包机由旅西青田同乡会牵头组织,侨胞自愿报名、自费出行。同乡会会长周建伟介绍,近两年欧洲餐饮、批发生意不好做,不少老乡选择提前回国过年,“也有一部分人是打算回来长住,在县里做进口贸易”。

青田县侨办工作人员在机场设立了服务台,为侨胞提供证件咨询、社保接续和子女入学等方面的帮助。据统计,青田县目前有三十余万人旅居世界各地,其中约一半生活在西班牙和意大利。

有侨胞坦言,刚看到“包机回国”的消息时,家里老人还以为是被遣返。“今年以来美国多次包机遣返中国籍非法移民,新闻看多了,难免多想。”侨胞李女士笑着说,“我们是自己买票回家过年的。”

据悉,同乡会还计划在春节后组织返程包机,目前已有一百多人报名。`,
    expect: { relevant: false },
  },
  {
    id: "h16b-zh-003",
    lang: "zh",
    style: "near-miss",
    title: "马来西亚遣返三十余名中国籍违规滞留人员 白云机场边检完成接收",
    published: "2025-05-15",
    text: `本报讯(记者 梁嘉怡)5月13日晚,一架从马来西亚沙巴州亚庇起飞的航班降落在广州白云国际机场,31名因违反马来西亚移民法令被拘留的中国籍人员在当地移民官员押送下抵达,由广州边检站民警依法接收。

据马来西亚沙巴州移民局介绍,这批人员年龄在28岁至66岁之间,大多持旅游签证入境后逾期滞留,在种植园、建筑工地和餐馆打工。其中24人被当地法庭处以罚款,其余人员因年龄较大或患病获免处分。此次遣返通过马方的“非法移民拘留遣返计划”执行,机票费用由当事人或其家属承担。

广州边检站相关负责人表示,接收工作按照既定程序进行,对涉嫌违法犯罪的人员将移交有关部门处理。

值得注意的是,今年以来美国移民和海关执法局(ICE)也多次安排包机遣返中国籍人员,但此次航班与美方无关。业内人士提醒,出国务工应通过正规劳务派遣渠道,切勿以旅游签证打黑工。

马来西亚移民局数据显示,今年前四个月,该国共遣返外籍违规人员逾一万二千人,其中中国籍约四百人。`,
    expect: { relevant: false },
  },
  {
    id: "h16b-zh-004",
    lang: "zh",
    style: "near-miss",
    title: "辽宁海鸥青年篮球队包机赴美 出战洛杉矶夏季邀请赛",
    published: "2025-07-09",
    text: `本报讯(记者 赵一鸣)7月8日上午,辽宁海鸥青年篮球队一行43人从沈阳桃仙国际机场搭乘包机出发,经停后飞抵美国洛杉矶,参加为期两周的夏季邀请赛。这是球队首次包机出征海外赛事。

球队领队王振宇介绍,为了这次出行,俱乐部提前三个月为球员和教练组办理签证,其中两名队员因面签时间推迟,差一点没能赶上。“包机能保证全队一起走,器材、队医设备也方便运输。”

据了解,包机抵达洛杉矶国际机场后,美国海关和边境保护局对全体人员进行了例行入境查验,整个过程约一个半小时。随队翻译说,查验人员仔细询问了每名队员的行程安排和返程时间。

近期,美国移民执法持续收紧,多架遣返包机将非法滞留人员送回中国、印度等国,相关新闻引发部分家长担忧。对此,俱乐部方面表示,球队全部持合法签证出行,返程包机已定于7月23日从洛杉矶起飞,直飞沈阳。

本次邀请赛共有来自美国、加拿大、澳大利亚和中国的16支队伍参加,辽宁海鸥队被分在B组,首战对手为一支加州大学生联队。`,
    expect: { relevant: false },
  },
  {
    id: "h16b-zh-005",
    lang: "zh",
    style: "overseas-chinese-outlet",
    title: "国土安全部:本周再派包机遣返中国籍人士 未公布人数",
    published: "2026-03-13",
    text: `【本报纽约讯】美国国土安全部(DHS)周四发表简短声明称,移民和海关执法局(ICE)已于本周二执行一架飞往中国的大型遣返包机,将一批“在美国没有合法居留依据”的中国公民送回国。这是今年以来第四架飞往中国的同类航班。

声明没有公布机上人数,也没有说明包机从哪里起飞。据法拉盛一位代理多宗递解案件的移民律师透露,其一名当事人的家属证实,包机当天在上海落地,家属已在当地派出所见到当事人。

国土安全部在声明中重申,将继续与中国公安部和国家移民管理局合作,安排更多遣返航班,并呼吁有意偷渡者“不要相信人口走私者的谎言”。

这位不愿具名的律师说,最近一个月内,她手上就有三名当事人先后被转押至路易斯安那州的拘留中心,“这通常意味着遣返在即”。她建议,已收到最终递解令的人士应尽快与律师确认是否还有上诉或重新开庭的可能,切勿错过任何一次报到。

去年6月,ICE曾用一架包机将百余名中国籍人员遣返回国,当时官方罕见地公布了人员的性别和年龄构成。此后的多架航班均未披露具体人数。

法拉盛多个华人社团表示,将于本周末在社区中心举办免费法律讲座,介绍递解程序和被拘押后的权利。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: ["上海"],
      date: "2026-03-10",
    },
  },
  {
    id: "h16b-zh-006",
    lang: "zh",
    style: "overseas-chinese-outlet",
    title: "湾区多名中国籍被拘押者接获通知 下月或搭包机遣返",
    published: "2025-08-27",
    text: `【本报旧金山讯】多名被关押在加州中部一处移民拘留中心的中国籍人士近日接获移民和海关执法局(ICE)的口头通知,当局计划于下月安排包机,将他们遣返中国。

代理其中两宗案件的奥克兰移民律师黄慧敏对本报表示,她的当事人上周在例行探视中告诉她,ICE官员已要求他们“做好准备”,并询问了国内家属的联系方式。“通知没有具体日期,也没有说从哪个机场走,但这种情况通常在一两个月内就会执行。”

ICE北加州办公室回应本报查询时表示,出于安全考虑,该机构不会事先公布遣返航班的时间、地点和人数。

据湾区华人互助组织统计,今年以来该组织接到的中国籍人士被拘押求助个案已超过60宗,远多于去年同期。该组织负责人谭先生说,不少人是多年前入境、一直在餐馆或工地工作的无证移民,“很多人在这里已经成家,孩子是美国公民”。

律师建议,有最终递解令的人士应随身携带律师联系方式,家属应提前准备好身份证明文件的复印件,以便在国内办理落户手续。

该组织将于本周六在旧金山华埠举办讲座,邀请律师讲解拘押与递解程序。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09",
    },
  },
  {
    id: "h16b-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "哥斯达黎加再接收一批美国遣返的第三国移民",
    published: "2026-05-21",
    text: `(圣何塞综合电)哥斯达黎加政府周三晚证实,一架美国政府包机当天下午从得克萨斯州圣安东尼奥起飞,降落在首都圣何塞附近的胡安·圣玛丽亚国际机场,机上一百三十多名移民均不是哥斯达黎加公民。

哥斯达黎加公共安全部一名副部长在记者会上说,这批人来自乌兹别克斯坦、吉尔吉斯斯坦、印度和尼泊尔,其中包括二十多名未成年人。他们随后被大巴送往南部靠近巴拿马边境的一处临时移民收容中心,将在国际移民组织协助下办理返回原籍国的手续,相关费用由美方承担。

这是哥斯达黎加今年第二次以“中转国”身份接收美国遣返的第三国公民。今年2月,另有八十余名来自中亚和西非的移民经同一方式抵达,目前仍有约三十人滞留在收容中心。

当地人权组织批评说,收容中心条件简陋,移民的通讯和会见律师受到限制。一名不愿具名的印度籍移民通过律师向媒体表示:“我们在美国申请了庇护,却被送到一个从来没有想过要来的国家。”

哥方官员则强调,所有人都将在30天内离境,“哥斯达黎加不会成为永久安置地”。巴拿马、危地马拉和洪都拉斯此前也与美国达成过类似安排,其中巴拿马曾一次安置近三百名亚洲移民。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["UZ", "KG", "IN", "NP"],
      people: { value: 130, approx: true },
      departure: ["得克萨斯州圣安东尼奥"],
      arrival: ["胡安·圣玛丽亚国际机场"],
      date: "2026-05-20",
    },
  },
  {
    id: "h16b-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "美遣返航班抵新德里 机上约70名印度人多来自哈里亚纳邦",
    published: "2025-10-20",
    text: `(新德里20日综合电)一架载有被美国驱逐出境的印度公民的包机,周日凌晨降落在新德里英迪拉·甘地国际机场。据当地警方透露,机上约有70名印度人,大部分来自哈里亚纳邦和旁遮普邦,年龄在20岁至45岁之间。

警方说,这批人在机场接受了数小时的身份核查和问询,随后由各自所在县的警察接回。哈里亚纳邦一名警官表示,警方将根据被遣返者的陈述,追查帮助他们经“驴道”偷渡的中介。

一名来自卡尔纳尔县的被遣返者说,他三年前变卖了家里的两英亩土地,花了约400万卢比前往美国,在新泽西一家餐馆做帮厨。“我什么都没带回来,只带回了债。”

印度外交部尚未就此次航班发表评论。今年2月,美军一架C-17运输机曾把104名印度人送到旁遮普邦阿姆利则,被遣返者全程戴着手铐脚镣,在印度国内引发强烈争议。其后数月,又有多架包机陆续抵达,今年以来被美国遣返的印度人已超过两千名。

据报道,部分被遣返者当初是先飞往马来西亚、泰国等东南亚国家,再转机前往南美洲,然后一路北上抵达美墨边境。大马移民局官员日前表示,已加强对持单程机票过境旅客的审查。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 70, approx: true },
      departure: [],
      arrival: ["新德里英迪拉·甘地国际机场"],
      date: "2025-10-19",
    },
  },
  {
    id: "h16b-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "九十七名越南公民被美国遣返 搭包机抵达新山一机场",
    published: "2025-12-05",
    text: `(本报胡志明市讯)据越南公安部出入境管理局消息,12月3日,一架美国移民和海关执法局包机从美国华盛顿州起飞,于当地时间傍晚降落在新山一国际机场,机上共有九十七名越南公民。

出入境管理局说,这些人均已收到美国移民法庭的最终遣返令,其中部分人在美国居住超过十年,有的还有刑事记录。越方有关部门在机场完成身份核验和健康检查后,将他们移交给各自原籍省份的地方政府。

根据越美两国2008年签署、2020年修订的遣返协议,1995年7月12日以前抵达美国的越南人原则上不在遣返之列。但一些越南裔社团说,今年以来已有数名早年抵美的越南人被拘押,并被要求办理旅行证件,引发社区不安。

新冠疫情期间,越南曾多次组织“公民接回航班”,把滞留在美国的数百名留学生、老人和孕妇接回国,单次航班人数多在340人左右。与那些应公民本人申请安排的航班不同,此次航班属强制遣返。

今年7月,美国还曾把一名越南籍男子连同其他国家的四名男子一起送往非洲国家斯威士兰,越方当时表示正在核实相关情况。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 97, approx: false },
      departure: ["华盛顿州"],
      arrival: ["新山一国际机场"],
      date: "2025-12-03",
    },
  },
  {
    id: "h16b-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "委內瑞拉宣布暫停接收美國遣返航班",
    published: "2024-08-10",
    text: `(綜合外電報導)委內瑞拉外交部週五晚間發表聲明,宣布即日起暫停接收從美國飛來的遣返移民航班,理由是華府近日重新對委國石油和金融部門實施制裁,「破壞了雙方去年達成的諒解」。

聲明說,委方自去年10月起,每週接收一至兩班由美國移民及海關執法局安排的遣返航班,累計已接回約一萬二千名同胞。「只要美國繼續以制裁施壓,委內瑞拉將不再為這些航班發放降落許可。」

美國國土安全部回應時表示,遣返合作「符合兩國利益」,美方希望儘快恢復航班,並將透過第三國管道與委方溝通。

分析人士指出,暫停接收將使美國難以把近年大量入境的委內瑞拉移民直接送回國,部分人可能被長時間羈押,或被轉送至願意接收的其他國家。

佛羅里達州一名代理委內瑞拉移民案件的律師說,他的幾名當事人原本預計本月搭機返國,「現在誰也不知道會在拘留中心待多久」。

委內瑞拉過去十年約有七百萬人離開國家,是美洲最大規模的人口外流之一。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2024-08-09",
    },
  },
  {
    id: "h16b-zh-011",
    lang: "zh",
    style: "chinese-outlet",
    title: "哥伦比亚空天军飞机载87名被遣返者回国 第二架预计周四起飞",
    published: "2026-09-16",
    text: `本报驻波哥大记者 孙维宁

当地时间周二晚,一架哥伦比亚空天军的波音737飞机从美国休斯敦起飞后,降落在埃尔多拉多国际机场,载回87名被美国驱逐出境的哥伦比亚公民,其中有11名未成年人。

哥伦比亚外交部说,这批人此前在得克萨斯州的拘留设施中被关押了数周至数月不等。抵达后,移民局、家庭福利署和监察员办公室的工作人员为他们进行了健康检查和身份核查,没有发现有人涉及未结刑事案件。

外交部同时宣布,另一架空天军飞机将于周四从加利福尼亚州圣迭戈起飞,接回约百名哥伦比亚人。按照两国年初商定的安排,此类航班每周执行一到两班,费用主要由哥方承担。

2025年1月,两国曾因美方使用军机遣返、被遣返者戴手铐等问题爆发外交风波,美方一度威胁加征关税。此后,哥伦比亚改用本国空天军飞机接回公民,截至目前已接回5,800余人。

哥伦比亚移民局局长埃斯佩兰萨·莫拉在机场对记者说:“他们不是罪犯,是回家的同胞。”她表示,被遣返者可在机场办理身份证件补办,并登记参加就业培训项目。

据哥方统计,目前仍有约两千名哥伦比亚人在美国各地拘留中心等待遣返。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 87, approx: false },
      departure: ["休斯敦"],
      arrival: ["埃尔多拉多国际机场"],
      date: "2026-09-15",
    },
  },
  {
    id: "h16b-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国遣返航班抵达努瓦克肖特 另经停达喀尔和科纳克里",
    published: "2024-06-14",
    text: `(本报综合报道)美国驻毛里塔尼亚大使馆周四在社交媒体上发文说,一架载有在美国无合法居留身份人员的遣返航班当天抵达毛里塔尼亚首都努瓦克肖特,随后飞往塞内加尔首都达喀尔和几内亚首都科纳克里,送返这两国的公民。

大使馆没有透露机上人数,只表示其中包括“相当数量”的毛里塔尼亚人。这是今年以来美方向该国派出的第三架遣返航班。

近两年,大批毛里塔尼亚青年先乘飞机前往土耳其,再转机至尼加拉瓜,随后经陆路北上抵达美墨边境。美方数据显示,2023财年美国边境执法部门在西南边境遭遇的毛里塔尼亚人超过一万五千人次,而前一年还不到两千。

大使馆在声明中强调,美国政府不向被遣返者或其政府提供经济补偿,但在遣返前会为他们提供食物、临时住所、医疗检查和航空交通。声明还说,每名被遣返者在离开美国之前都经过了独立的司法审查。

努瓦克肖特一名人权活动人士对本报表示,许多被遣返的年轻人为了出行卖掉了牲畜和土地,“回来以后既没有工作,也没有钱再走一次”。

塞内加尔和几内亚政府尚未就此次航班发表评论。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR", "SN", "GN"],
      people: null,
      departure: [],
      arrival: ["努瓦克肖特", "达喀尔", "科纳克里"],
      date: "2024-06-13",
    },
  },
  {
    id: "h16b-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: "五十八名乌兹别克斯坦公民乘包机从美国返回塔什干",
    published: "2025-09-11",
    text: `(本报综合电)乌兹别克斯坦外交部新闻发言人周四说,一架遣返包机周三晚抵达塔什干,五十八名此前在美国非法滞留的乌兹别克斯坦公民返回国内。

据航班追踪网站数据,这架波音767包机从得克萨斯州埃尔帕索起飞,途中在美国东海岸和罗马尼亚经停加油,全程超过24小时。

发言人说,遣返行动是乌方与美国有关部门密切协调组织的,乌兹别克斯坦驻美国使领馆全程跟进,确保同胞“安全、有尊严地回家”。他同时表示,外交部正在核实有关部分乌兹别克斯坦公民被送往第三国的报道。

美国驻塔什干大使馆在一份声明中感谢乌方的合作,称此次航班是美国“持续执行移民法、保护边境安全”的一部分。

这并非美国首次向乌兹别克斯坦派出遣返包机。2023年12月,美方曾一次遣返119人;今年5月,又有一百多名来自乌兹别克斯坦、吉尔吉斯斯坦和哈萨克斯坦的中亚移民搭乘同类航班抵达塔什干。

据美方统计,目前仍有近千名乌兹别克斯坦公民持有最终递解令,但未被拘押。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ"],
      people: { value: 58, approx: false },
      departure: ["得克萨斯州埃尔帕索"],
      arrival: ["塔什干"],
      date: "2025-09-10",
    },
  },
  {
    id: "h16b-zh-014",
    lang: "zh",
    style: "chinese-outlet",
    title: "又一批西非国家公民被美国送抵加纳",
    published: "2026-02-10",
    text: `(本报阿克拉讯)加纳外交部周一证实,一架美国军用运输机上周五降落在阿克拉,机上11名被美国驱逐出境的西非国家公民已被临时安置在首都郊外的一处设施内。这是加纳去年9月同意充当“中转国”以来接收的第三批此类人员。

外交部一名官员说,这批人中有6名尼日利亚人、3名利比里亚人和2名多哥人,均不具有加纳国籍。加方将协助他们经陆路或航空返回各自国家,“预计在两周内完成”。

根据在美国联邦法院提交的文件,这架飞机从路易斯安那州亚历山大起飞,途中在西班牙的一处美军基地停留。代表其中数人的律师说,他们的当事人曾在美国获得“暂缓遣返”保护,不应被送回原籍国,如今却面临“连环遣返”的风险。

加纳反对党议员批评政府在未经议会审议的情况下与美方达成安排,要求公开协议文本。政府发言人则回应说,接收行动“基于泛非团结和人道主义考虑”,加纳没有从中获得任何经济补偿。

此前,斯威士兰、南苏丹和卢旺达等非洲国家也接收过美国遣返的第三国公民,人数从数人到十余人不等。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "LR", "TG"],
      people: { value: 11, approx: false },
      departure: ["路易斯安那州亚历山大"],
      arrival: ["阿克拉"],
      date: "2026-02-06",
    },
  },
  {
    id: "h16b-zh-015",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美遣返包機抵巴拿馬 近兩百名亞洲移民中有華人",
    published: "2026-03-20",
    text: `【本報紐約訊】美國移民及海關執法局(ICE)一架包機週四降落在巴拿馬城的托庫門國際機場,機上近兩百名被驅逐者都不是巴拿馬公民,分別來自中國、印度、尼泊爾、越南和阿富汗。巴拿馬政府表示,這批人將暫時安置在當地,再由國際移民組織協助返回原籍國。

皇后區一名福建籍婦女告訴本報,她的表弟原本關押在新澤西州一處拘留中心,週三深夜突然打電話說「要被送去巴拿馬」,之後便失去聯繫。「他在這邊已經住了六年,護照早就過期了,誰也沒想到會被送去中美洲。」

移民律師周明德分析說,部分中國籍人士缺乏有效身分文件,中方核查需要時間,美方因此選擇先把他們送往願意接收的第三國。「對當事人來說,這意味著要在一個語言不通的地方再等上幾週甚至幾個月。」

這是巴拿馬今年第二次接收此類航班。去年2月,巴拿馬曾在首都一家酒店和達連地區的營地安置近三百名亞洲移民,其中部分人後來同意自願回國,另有數十人拒絕返回,引發人權組織關注。

中國駐巴拿馬使館尚未回應本報查詢。紐約多個華人社團呼籲有親友被拘押的家庭及早諮詢律師,並保存好當事人的身分證明文件。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "IN", "NP", "VN", "AF"],
      people: { value: 200, approx: true },
      departure: [],
      arrival: ["托庫門國際機場"],
      date: "2026-03-19",
    },
  },
  {
    id: "h16b-zh-016",
    lang: "zh",
    style: "chinese-outlet",
    title: "乌干达同意接收美国遣返的第三国移民 附带多项条件",
    published: "2025-08-22",
    text: `(坎帕拉22日综合电)乌干达外交部周四发表声明,确认已与美国达成一项“临时安排”,同意接收在美国无法获得庇护、又不愿或不能返回原籍国的第三国公民。

声明说,乌方不接收有犯罪记录者和无人陪伴的未成年人,并倾向于接收非洲国家公民。声明没有说明乌干达将接收多少人,也没有透露首批人员何时抵达。

乌干达外交部一名常务秘书在接受当地电台采访时说,这一安排“体现了乌干达长期以来接纳难民的传统”。乌干达目前收容了约一百八十万名难民,主要来自南苏丹和刚果(金),是非洲收容难民最多的国家。

反对派议员则质疑政府以此换取美方在贸易和签证问题上的让步,要求外交部向议会说明细节。人权组织担心,被送往乌干达的人可能得不到公正的庇护审查。

美国国务院发言人未直接证实该安排,只表示美方正在与“多个伙伴国家”就第三国遣返进行合作。

此前,美国已将数批第三国移民送往南苏丹和斯威士兰,卢旺达也同意最多接收250名被美国遣返的移民。`,
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
    id: "h16b-zh-017",
    lang: "zh",
    style: "chinese-outlet",
    title: "印度外交部:美方下周再派包机遣返约150名印度公民",
    published: "2026-01-16",
    text: `(新德里16日综合电)印度外交部发言人周五在例行记者会上说,美国方面已正式通知印方,将于下周二安排一架包机,把约150名经核实身份的印度公民遣返回国。据悉,包机将从亚利桑那州梅萨起飞,降落在阿姆利则。

发言人说,所有被遣返者的国籍均已由印方核实,大部分来自旁遮普邦、哈里亚纳邦和古吉拉特邦。“印度反对任何形式的非法移民,但我们要求美方确保被遣返者受到人道对待。”

旁遮普邦政府表示,将在阿姆利则机场设立服务台,为被遣返者提供交通和心理辅导,并协助警方调查组织偷渡的非法中介。

自去年2月起,美国已通过军机和包机把三千多名印度人遣返回国。首架美军C-17运输机载着104人降落阿姆利则时,被遣返者全程戴着手铐脚镣,在印度国内引发强烈抗议,反对党议员一度在议会外示威。

新加坡国立大学一名研究南亚移民的学者指出,印度是近年经中美洲偷渡入美人数增长最快的来源国之一,“遣返航班常态化,对依赖侨汇的农村家庭冲击很大”。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["IN"],
      people: { value: 150, approx: true },
      departure: ["亚利桑那州梅萨"],
      arrival: ["阿姆利则"],
      date: "2026-01-20",
    },
  },
  {
    id: "h16b-zh-018",
    lang: "zh",
    style: "chinese-outlet",
    title: "斯威士兰证实再接收一批美国遣返的第三国公民",
    published: "2025-10-14",
    text: `(约翰内斯堡14日电)斯威士兰政府发言人周一证实,又一批被美国驱逐出境的第三国公民已于周日抵达该国,降落在姆斯瓦蒂三世国王国际机场,随后被送往首都姆巴巴内附近一所戒备森严的惩教设施。

发言人没有透露此次抵达的人数,只说他们来自牙买加、老挝和埃塞俄比亚,将在当地停留至“能够安排返回原籍国为止”,费用由美方承担。

这是继7月首批5人之后,斯威士兰接收的第二批此类人员。首批人员中至今仍有数人被关押,当地律师团体已向高等法院提起诉讼,指控政府在没有法律依据的情况下拘禁他们,且不允许律师会见。

斯威士兰一名反对派人士说,政府在重大事务上“从不向民众解释”,“我们连这些人是谁、犯过什么罪都不知道”。

邻国南非的一些民间组织也表达了担忧,认为这些人可能在获释后经陆路进入南非。南非内政部表示,正在密切关注事态发展,并已加强边境口岸检查。

美国国土安全部此前称,被送往斯威士兰的人都是“原籍国拒绝接收的严重罪犯”。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["JM", "LA", "ET"],
      people: null,
      departure: [],
      arrival: ["姆斯瓦蒂三世国王国际机场"],
      date: "2025-10-12",
    },
  },
  {
    id: "h16b-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "ICE年度報告:上財年遣返中國籍人士逾兩千 灣區律師:收到信件別慌",
    published: "2025-12-18",
    text: `【本報舊金山訊】美國移民及海關執法局(ICE)本週公布的2025財年年度報告顯示,該財年共遣返約三十三萬人,較上一財年增加約一成半,其中被遣返至中國的人數超過兩千人,創下近十年新高。

報告列出的主要遣返目的地依次為墨西哥、瓜地馬拉、宏都拉斯、薩爾瓦多和哥倫比亞,印度、厄瓜多和委內瑞拉也名列前十。報告還說,全年在美國境內逮捕的無證移民中,約四成沒有任何刑事記錄。

對於華人社區關心的問題,舊金山移民律師林佩儀提醒,收到ICE或移民法庭信件不代表馬上會被遣返,「最重要的是看清楚信件內容,按時出庭或報到,並盡快諮詢律師」。她說,近來不少華人因害怕而不敢打開信件,結果錯過開庭日期,被缺席判決遞解出境。

灣區華人互助組織表示,今年接到的諮詢電話是去年的三倍,其中不少是持旅遊簽證逾期居留的長者。該組織計劃明年初在奧克蘭和聖荷西增設兩個法律諮詢點。

ICE在報告中表示,2026財年將繼續擴大拘留設施容量,並「優先遣返有最終遞解令的人士」。`,
    expect: { relevant: false },
  },
  {
    id: "h16b-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "ICE押解一名外逃嫌犯搭民航班机遣返 在北京移交中方",
    published: "2026-11-05",
    text: `【本报纽约讯】美国移民和海关执法局(ICE)周三发布消息称,该局执法人员本周二押解一名59岁的中国籍男子,从纽约肯尼迪国际机场搭乘定期民航班机飞往北京,在北京首都国际机场将其移交中国警方。

据ICE介绍,该男子2014年持旅游签证入境美国后逾期滞留,此前在国内涉嫌集资诈骗,被中方列为重点追缉对象,涉案金额逾亿元人民币。他于今年4月在皇后区被捕,移民法官8月下达了递解令。

ICE纽约外勤办公室负责人在声明中说,此案“体现了美中两国在执法领域的务实合作”。中国公安部同日在其官方社交媒体账号上证实已接收该人员,称将依法追究其刑事责任。

与近年来多次出动的大型遣返包机不同,这类单人押解通常搭乘民航航班,由两至三名执法人员全程陪同,事先不对外公布。

纽约移民律师李国栋表示,对于在原籍国有未决刑事案件的当事人,美方近来倾向于加快处理,“这类案件很难通过庇护申请获得救济”。`,
    expect: { relevant: false },
  },
];
