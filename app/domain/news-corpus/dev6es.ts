// Development set dev6es: Spanish near misses and flights, written by a writer who read only types.ts.
// Every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const DEV6_ES: CorpusArticle[] = [
  {
    id: "d6es-001",
    lang: "es",
    style: "near-miss",
    title: "El INM retorna por vía aérea a 118 hondureños desde Villahermosa",
    published: "2024-07-25",
    text: `VILLAHERMOSA, Tab.— El Instituto Nacional de Migración (INM) informó que este miércoles despegó del Aeropuerto Internacional Carlos Rovirosa Pérez una aeronave con 118 personas de nacionalidad hondureña que se encontraban en situación migratoria irregular en territorio mexicano.

De acuerdo con la dependencia, la mayoría de los pasajeros eran familias con niñas y niños que habían sido localizados en Tabasco y Chiapas mientras avanzaban hacia la frontera norte con la intención de llegar a Estados Unidos. El vuelo aterrizó poco antes del mediodía en San Pedro Sula, donde los retornados fueron recibidos por personal del gobierno hondureño.

"El retorno asistido se hizo en coordinación con el consulado de Honduras y con pleno respeto a los derechos humanos", señaló en un comunicado Rogelio Bastida Ochoa, titular de la oficina del INM en Tabasco. Agentes federales de migración y elementos de la Guardia Nacional acompañaron a los connacionales hondureños durante el trayecto.

Se trata del segundo traslado aéreo de este tipo que sale de Villahermosa en lo que va del mes. El instituto no descartó nuevas operaciones en las próximas semanas ante el aumento de detenciones en la frontera sur.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-002",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegan 128 guatemaltecos deportados en vuelo procedente de Luisiana",
    published: "2025-03-12",
    text: `Un total de 128 guatemaltecos deportados desde Estados Unidos llegaron este martes a la Base de la Fuerza Aérea Guatemalteca, en la Ciudad de Guatemala, a bordo de un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE) que despegó de Alexandria, Luisiana.

Según el registro del Instituto Guatemalteco de Migración (IGM), en el avión viajaban 97 hombres, 24 mujeres y siete menores de edad acompañados por sus padres. Los retornados pasaron por un control médico y por la verificación de antecedentes antes de salir al área donde los esperaban sus familiares.

"Muchos traen apenas una bolsa con sus papeles; nosotros les damos un refrigerio, una llamada telefónica y orientación para volver a sus comunidades", explicó Mirna Toc Ajanel, coordinadora del área de recepción del IGM.

Entre los deportados figuraba Eliseo, de 34 años y originario de Huehuetenango, quien relató que fue detenido en una obra de construcción en Nueva Orleans hace cinco semanas. "No me dio tiempo de despedirme de nadie", dijo mientras buscaba con la mirada a su hermana entre la gente.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 128, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Base de la Fuerza Aérea Guatemalteca", "Ciudad de Guatemala"],
      date: "2025-03-11",
    },
  },
  {
    id: "d6es-003",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un avión desde Lanzarote para devolver a 46 mauritanos",
    published: "2024-12-11",
    text: `ARRECIFE.— Un avión fletado por el Ministerio del Interior despegó este martes del aeropuerto de Lanzarote con 46 ciudadanos mauritanos que habían llegado a Canarias en cayuco durante las últimas semanas, según confirmaron fuentes de la Delegación del Gobierno en el archipiélago.

La operación, financiada en parte por la agencia europea Frontex, se realizó bajo el acuerdo de readmisión vigente entre España y Mauritania. El aparato aterrizó a media tarde en Nuakchot, donde las autoridades mauritanas se hicieron cargo de sus connacionales tras un control de identidad en la propia pista.

Organizaciones como la plataforma Acoge Atlántico criticaron la rapidez del procedimiento. "Hay personas que no tuvieron tiempo de ver a un abogado ni de pedir protección internacional", denunció su portavoz, Ainhoa Quevedo Rial.

En lo que va de año han llegado a las islas más de 40.000 personas por vía marítima. Interior sostiene que los retornos se limitan a quienes tienen una orden de devolución firme y que seguirán programándose vuelos a medida que lo permita la cooperación con los países de origen.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-004",
    lang: "es",
    style: "near-miss",
    title: "Jueza federal en Boston frena las deportaciones a terceros países sin aviso previo",
    published: "2025-04-24",
    text: `BOSTON.— Una jueza federal ordenó este miércoles al gobierno de Estados Unidos que suspenda la deportación de inmigrantes a países distintos del suyo sin antes notificarles por escrito y darles la oportunidad de alegar que corren peligro en el lugar de destino.

La magistrada Helen Marchetti-Cole consideró que los demandantes, un grupo de inmigrantes detenidos por el Servicio de Inmigración y Control de Aduanas (ICE), demostraron que podrían sufrir "un daño irreparable" si son enviados a naciones con las que no tienen ningún vínculo. La orden tiene alcance nacional mientras avanza el litigio.

"Nuestros clientes vivían con el miedo de que en cualquier madrugada los subieran a un avión rumbo a un país que ni conocen", dijo a este diario la abogada Rosario Villaseñor, de la Coalición de Defensa del Inmigrante de Nueva Inglaterra.

El Departamento de Seguridad Nacional calificó el fallo de "activismo judicial" y anunció que lo apelará ante el Primer Circuito. La decisión no impide las deportaciones de personas a su propio país de nacionalidad, aclararon juristas consultados.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-005",
    lang: "es",
    style: "receiving-country-local",
    title: "Más de 130 catrachos retornados aterrizan en San Pedro Sula desde Texas",
    published: "2024-11-21",
    text: `SAN PEDRO SULA.— Más de 130 hondureños deportados desde Estados Unidos arribaron la mañana de este jueves al Aeropuerto Internacional Ramón Villeda Morales, de San Pedro Sula, en un vuelo que partió de Harlingen, Texas.

Los compatriotas fueron conducidos al Centro de Atención al Migrante Retornado (CAMR), donde recibieron atención médica, alimentación y apoyo para trasladarse a sus lugares de origen. Personal de la Cancillería indicó que la mayoría eran hombres jóvenes detenidos en la frontera en los últimos meses.

"Yo pagué casi 9,000 dólares para llegar y me agarraron a los dos días", contó Walter, un joven de 22 años de Olancho, quien aseguró que por ahora no piensa volver a intentarlo.

La vicecanciller para asuntos consulares, Dunia Echeverría, informó que en la semana se esperan al menos dos vuelos más con retornados, aunque no precisó las fechas. En lo que va del año, según el Observatorio Consular y Migratorio, han sido retornados más de 24,000 hondureños desde Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 130, approx: true },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales", "San Pedro Sula"],
      date: "2024-11-21",
    },
  },
  {
    id: "d6es-006",
    lang: "es",
    style: "near-miss",
    title: "Cada semana aterrizan en Miami cientos de haitianos con permiso humanitario",
    published: "2024-04-18",
    text: `MIAMI.— En la zona de llegadas internacionales del aeropuerto de Miami, los abrazos se repiten cada tarde. Desde que entró en vigor el programa de permiso humanitario (parole) para cubanos, haitianos, nicaragüenses y venezolanos, cientos de haitianos aterrizan cada semana en vuelos comerciales procedentes de Puerto Príncipe, Santo Domingo y Panamá.

A diferencia de quienes cruzan la frontera, los beneficiarios viajan con un patrocinador en Estados Unidos y con la autorización de viaje aprobada de antemano por el Departamento de Seguridad Nacional. Al llegar pasan una inspección de la Oficina de Aduanas y Protección Fronteriza y salen con un permiso de estadía de dos años.

"Mi hija estuvo esperando once meses. Hoy por fin la tengo aquí", dijo Marie-Claude Estimé, residente de North Miami, mientras sostenía un cartel con el nombre de la joven.

Grupos restriccionistas han demandado al gobierno federal para anular el programa, y organizaciones comunitarias temen que, si prospera el litigio, muchos de estos recién llegados queden expuestos a órdenes de deportación. Por ahora, las autoridades aseguran que los vuelos de beneficiarios seguirán llegando con normalidad.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-007",
    lang: "es",
    style: "near-miss",
    title: "Panamá expulsa en vuelo a 29 colombianos que cruzaron el Darién",
    published: "2024-09-20",
    text: `CIUDAD DE PANAMÁ.— El Servicio Nacional de Migración (SNM) y el Servicio Nacional de Fronteras (SENAFRONT) ejecutaron este jueves un vuelo de expulsión con 29 ciudadanos colombianos que ingresaron de forma irregular a Panamá a través de la selva del Darién.

La aeronave despegó del aeropuerto Marcos A. Gelabert, en Albrook, y aterrizó dos horas después en Medellín, donde los expulsados fueron entregados a Migración Colombia. Según el SNM, varios de ellos tenían antecedentes penales en su país.

El vuelo forma parte del programa de retornos acordado en julio entre Panamá y Estados Unidos, por el cual Washington cubre el costo de las operaciones aéreas que el Gobierno panameño organiza desde su territorio. "Panamá dejó de ser un pasillo abierto", afirmó el director de Migración, Abdiel Santamaría Pinzón.

Es la cuarta operación de este tipo desde que se firmó el memorando. Las anteriores tuvieron como destino Ecuador y la propia Colombia, y las autoridades panameñas prevén ampliar los destinos a otros países de la región.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-008",
    lang: "es",
    style: "receiving-country-local",
    title: "Costa Rica recibe vuelo con 104 migrantes de seis países deportados por EE. UU.",
    published: "2026-01-16",
    text: `ALAJUELA.— Un avión con 104 migrantes de India, China, Nepal, Kazajistán, Turquía y Armenia, deportados por Estados Unidos, aterrizó este jueves en el Aeropuerto Internacional Juan Santamaría, en Alajuela, informó la Dirección General de Migración y Extranjería (DGME).

El vuelo salió de San Diego, California, en el marco del acuerdo por el cual Costa Rica acepta recibir temporalmente a extranjeros expulsados por Washington mientras se gestiona su regreso a sus países de origen. Entre los pasajeros había 21 menores de edad, según la DGME.

Tras el desembarque, los migrantes fueron trasladados en autobuses al Centro de Atención Temporal al Migrante (CATEM), en la zona sur del país, donde permanecerán bajo custodia de la Policía Profesional de Migración. La Organización Internacional para las Migraciones (OIM) se encargará de los trámites para su retorno, financiados por el gobierno estadounidense.

"Costa Rica cumple un papel de puente, no de destino final", declaró el viceministro de Gobernación, Esteban Arias Quirós. Defensores de derechos humanos, en cambio, cuestionaron que algunas de estas personas habían pedido asilo en Estados Unidos y no pudieron completar su proceso.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["IN", "CN", "NP", "KZ", "TR", "AM"],
      people: { value: 104, approx: false },
      departure: ["San Diego, California"],
      arrival: ["Aeropuerto Internacional Juan Santamaría", "Alajuela"],
      date: "2026-01-15",
    },
  },
  {
    id: "d6es-009",
    lang: "es",
    style: "near-miss",
    title: "Guatemala cerró 2025 con 214 vuelos de retornados desde Estados Unidos",
    published: "2026-01-05",
    text: `El Instituto Guatemalteco de Migración (IGM) presentó este lunes su balance anual: durante 2025 el país recibió 214 vuelos con guatemaltecos deportados desde Estados Unidos, en los que regresaron 38,406 personas, una cifra inferior a la del año anterior.

Según el informe, los meses con más llegadas fueron marzo y octubre, y la mayoría de los retornados procedían de centros de detención en Texas, Luisiana y Arizona. Los departamentos con más deportados fueron Huehuetenango, San Marcos y Quiché.

El director del IGM, Otto René Sical, atribuyó la baja a la reducción de cruces en la frontera, más que a un cambio en la política de expulsiones. "Hay menos personas saliendo, y eso se refleja en los números", explicó en conferencia de prensa.

El documento también recoge que 1,212 menores no acompañados fueron retornados por vía aérea durante el año y atendidos por la Secretaría de Bienestar Social. Para 2026, el instituto proyecta ampliar la capacidad de su área de recepción en la capital.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-010",
    lang: "es",
    style: "near-miss",
    title: "Sale de Tapachula una caravana de unos 2,000 migrantes rumbo al norte",
    published: "2024-10-21",
    text: `TAPACHULA, Chis.— Alrededor de 2,000 migrantes, en su mayoría venezolanos, cubanos y hondureños, salieron la madrugada de este domingo del parque Bicentenario en una nueva caravana con dirección a la Ciudad de México y, en última instancia, a la frontera con Estados Unidos.

Los participantes dijeron estar cansados de esperar meses una cita para tramitar su solicitud de refugio. "Aquí no hay trabajo y la cita nunca llega", dijo Yorman Castillo, un venezolano que viaja con su esposa y dos hijos.

Elementos de la Guardia Nacional y agentes del Instituto Nacional de Migración acompañaron a distancia el avance del contingente por la carretera costera, sin intervenir. En caravanas anteriores, las autoridades ofrecieron trasladar a parte de los migrantes en autobuses a otros estados del país.

Varios de los caminantes reconocieron el temor a ser detenidos por ICE y deportados una vez que crucen, pero aseguraron que prefieren correr el riesgo. "Peor es quedarse aquí sin nada", resumió una mujer hondureña.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-011",
    lang: "es",
    style: "receiving-country-local",
    title: "Repatrían al interior a 134 mexicanos en vuelo desde El Paso",
    published: "2025-08-18",
    text: `CIUDAD DE MÉXICO.— Un total de 134 connacionales deportados por Estados Unidos aterrizaron el pasado sábado en el Aeropuerto Internacional de la Ciudad de México (AICM), en un vuelo procedente de El Paso, Texas, como parte del programa de repatriación al interior.

La Secretaría de Relaciones Exteriores informó que el grupo estaba formado por 119 hombres y 15 mujeres, originarios principalmente de Guerrero, Oaxaca, Puebla y el Estado de México. En la terminal 1 fueron recibidos por personal del Instituto Nacional de Migración y de la estrategia federal de atención a mexicanos repatriados.

A cada uno se le entregó una constancia de repatriación, que sirve como identificación temporal, así como un apoyo económico para transporte y la posibilidad de inscribirse en programas de empleo. "Lo primero que les preguntamos es si tienen a dónde llegar", comentó Lucía Anaya Robles, funcionaria del módulo de atención en el aeropuerto.

El programa busca evitar que las personas repatriadas queden en ciudades fronterizas del norte, donde son más vulnerables al crimen organizado. De acuerdo con la cancillería, es el sexto vuelo de este tipo que llega a la capital en lo que va de agosto.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 134, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Aeropuerto Internacional de la Ciudad de México", "Ciudad de México"],
      date: "2025-08-16",
    },
  },
  {
    id: "d6es-012",
    lang: "es",
    style: "near-miss",
    title: "Entregan a la Policía a dominicano buscado por homicidio tras ser deportado en vuelo comercial",
    published: "2024-10-30",
    text: `SANTO DOMINGO.— Agentes de la Policía Nacional arrestaron este martes en el Aeropuerto Internacional de Las Américas a Rafael Antonio Cuevas Mena, de 41 años, buscado desde 2016 por un homicidio cometido en San Francisco de Macorís.

Cuevas Mena llegó al país deportado desde Estados Unidos en un vuelo comercial de pasajeros procedente de Nueva York, escoltado por dos agentes del Servicio de Inmigración y Control de Aduanas (ICE). Al descender del avión fue entregado a las autoridades dominicanas en una sala de la Dirección General de Migración.

Según la Procuraduría, el hombre salió del país de manera irregular poco después del crimen y vivió varios años en el Bronx con una identidad falsa, hasta que fue detenido por una infracción de tránsito y se descubrió su situación migratoria.

El detenido fue trasladado a la sede policial del Cibao, donde será presentado ante un juez para que se le conozca medida de coerción. Familiares de la víctima se presentaron en el aeropuerto para exigir justicia.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-013",
    lang: "es",
    style: "near-miss",
    title: "Regresan a Maiquetía 212 venezolanos desde Santiago de Chile por el Plan Vuelta a la Patria",
    published: "2024-02-22",
    text: `Un avión de Conviasa con 212 venezolanos procedentes de Santiago de Chile aterrizó la noche de este miércoles en el Aeropuerto Internacional Simón Bolívar de Maiquetía, como parte del Plan Vuelta a la Patria, informó el Ministerio para Relaciones Exteriores.

Entre los retornados había 64 niños y adolescentes, así como varias mujeres embarazadas y personas con enfermedades crónicas, según la cancillería. "Estos connacionales decidieron volver por voluntad propia tras sufrir xenofobia y precariedad en el exterior", escribió en redes el viceministro Rander Quintero.

Al llegar, los pasajeros recibieron atención médica y fueron registrados para acceder a programas sociales. Muchos de ellos residían en Chile desde hace más de cinco años y perdieron su empleo en los últimos meses.

Desde su creación en 2018, el plan ha trasladado a miles de venezolanos desde distintos países de la región. El gobierno anunció que en marzo habrá nuevas salidas desde Buenos Aires y Lima.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-014",
    lang: "es",
    style: "government-release",
    title: "Migración anuncia la llegada de un vuelo con unos 90 dominicanos deportados desde Newark",
    published: "2024-09-09",
    text: `La Dirección General de Migración (DGM) informó este lunes que el próximo jueves 12 de septiembre aterrizará en el Aeropuerto Internacional de Las Américas un vuelo con unos 90 dominicanos deportados desde Estados Unidos, procedente de Newark, Nueva Jersey.

Según la comunicación recibida de las autoridades estadounidenses, la mayoría de los pasajeros fueron detenidos en Nueva Jersey, Nueva York y Pensilvania. La institución indicó que alrededor de una tercera parte tiene antecedentes penales en Estados Unidos.

"Estamos preparados para recibir a nuestros compatriotas con dignidad y para verificar si alguno tiene cuentas pendientes con la justicia dominicana", expresó el vocero de la DGM, Mayobanex Sención.

Los retornados serán recibidos en el Centro de Atención al Deportado de la terminal, donde la Policía Nacional y la Procuraduría revisarán sus expedientes. La DGM recordó a los familiares que podrán esperarlos en el área de salida una vez concluido el proceso de registro.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["DO"],
      people: { value: 90, approx: true },
      departure: ["Newark, Nueva Jersey"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2024-09-12",
    },
  },
  {
    id: "d6es-015",
    lang: "es",
    style: "near-miss",
    title: "ICE detiene a 74 personas en un operativo de tres días en Charlotte",
    published: "2025-06-12",
    text: `CHARLOTTE, Carolina del Norte.— Agentes del Servicio de Inmigración y Control de Aduanas (ICE) arrestaron a 74 inmigrantes durante un operativo de tres días en Charlotte y sus alrededores, confirmó este miércoles la oficina regional de la agencia.

Según ICE, 31 de los detenidos tenían condenas penales y el resto se encontraba en el país sin autorización o con órdenes de deportación pendientes. Entre los arrestados hay ciudadanos de México, Guatemala, Honduras, El Salvador y Venezuela.

Testigos relataron que los agentes se apostaron a primera hora frente a complejos de apartamentos y en las inmediaciones de una tienda de materiales de construcción. "Se llevaron a mi vecino cuando iba a trabajar, ni siquiera pudo avisar a su esposa", contó una residente del barrio de East Charlotte que pidió no ser identificada.

Los detenidos fueron trasladados a centros de procesamiento en Georgia, donde esperarán la resolución de sus casos. Grupos de apoyo al inmigrante instalaron una línea telefónica para que las familias puedan localizar a sus parientes y recibir orientación legal.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-016",
    lang: "es",
    style: "government-release",
    title: "DGME recibe a 87 salvadoreños retornados desde Dallas",
    published: "2025-06-05",
    text: `COMUNICADO. La Dirección General de Migración y Extranjería (DGME) informa que este miércoles 4 de junio se recibió en el Aeropuerto Internacional de El Salvador San Óscar Arnulfo Romero un vuelo procedente de Dallas, Texas, con 87 compatriotas retornados desde los Estados Unidos de América.

Del total, 71 son hombres y 16 son mujeres. Todos fueron atendidos por el personal de la Dirección de Atención al Migrante, que verificó su identidad y les brindó asistencia médica, alimentación y orientación sobre los programas de reinserción disponibles.

La Policía Nacional Civil realizó la revisión de antecedentes correspondiente. Tres de los retornados tenían órdenes de captura vigentes en el país y quedaron a disposición de las autoridades competentes.

La DGME reitera su compromiso de garantizar un retorno ordenado, seguro y digno para todos los salvadoreños que regresan al territorio nacional.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 87, approx: false },
      departure: ["Dallas, Texas"],
      arrival: ["Aeropuerto Internacional de El Salvador San Óscar Arnulfo Romero"],
      date: "2025-06-04",
    },
  },
  {
    id: "d6es-017",
    lang: "es",
    style: "near-miss",
    title: "Perú expulsa a 52 venezolanos en un vuelo chárter con destino a Caracas",
    published: "2024-03-14",
    text: `LIMA.— La Superintendencia Nacional de Migraciones expulsó este miércoles a 52 ciudadanos venezolanos que tenían procesos por delitos o que permanecían en el país pese a tener una orden de salida, informó la institución.

Los extranjeros fueron trasladados desde un local de la Policía Nacional hasta el Aeropuerto Internacional Jorge Chávez, en el Callao, donde abordaron un vuelo chárter que aterrizó horas más tarde en Caracas. Agentes de la Dirección de Migraciones de la PNP los custodiaron durante todo el trayecto.

"Quien viene al Perú a delinquir tiene que saber que será expulsado", declaró el superintendente, Ricardo Valverde Cisneros, quien precisó que los expulsados no podrán volver a ingresar al país durante quince años.

Con esta operación, ya son más de 600 los extranjeros expulsados por vía aérea desde enero. Migraciones anunció que en abril se realizará un nuevo vuelo con ciudadanos de otras nacionalidades.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-018",
    lang: "es",
    style: "near-miss",
    title: "Consulado de Honduras en Houston abre oficina para atender a connacionales detenidos",
    published: "2025-03-27",
    text: `HOUSTON.— El Consulado General de Honduras en Houston inauguró este miércoles una oficina dedicada exclusivamente a atender a hondureños detenidos por el Servicio de Inmigración y Control de Aduanas (ICE) en Texas y a sus familias.

La nueva sede, ubicada en el suroeste de la ciudad, contará con cuatro funcionarios consulares y dos abogados que visitarán los centros de detención de Conroe, Montgomery y Port Isabel. Allí tramitarán documentos de viaje, verificarán las condiciones de los detenidos y ofrecerán orientación sobre sus casos.

"Muchas familias no saben dónde está su ser querido hasta que ya lo deportaron. Queremos acompañarlos desde el primer día", dijo la cónsul general, Karla Mejía Bonilla, durante el acto de apertura.

La oficina también atenderá llamadas de hondureños que quieran preparar un plan familiar ante una posible detención, como la designación de tutores para hijos menores. El consulado estima que en Texas viven unos 200,000 hondureños, muchos de ellos sin estatus migratorio regular.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-019",
    lang: "es",
    style: "receiving-country-local",
    title: "Aterriza en El Dorado vuelo con cerca de 110 colombianos deportados desde Houston",
    published: "2025-02-03",
    text: `BOGOTÁ.— Alrededor de 110 colombianos deportados desde Estados Unidos llegaron el domingo al Aeropuerto Internacional El Dorado, en Bogotá, en un vuelo chárter que despegó de Houston, Texas, confirmó Migración Colombia.

Los connacionales fueron recibidos en el Puesto de Control Migratorio del terminal, donde funcionarios verificaron su identidad y la Policía revisó si tenían requerimientos judiciales. Ninguno quedó detenido, según el reporte oficial.

"Nos dijeron que volvíamos a casa y casi nadie durmió en el avión", relató Yeison, un joven de Pereira que fue detenido en Texas después de cruzar la frontera en noviembre.

La Cancillería informó que brindará acompañamiento a los retornados que lo soliciten a través de su programa de atención a migrantes. Migración Colombia indicó que, en lo que va del año, han llegado al país varios vuelos con deportados y que seguirá informando sobre nuevas llegadas.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 110, approx: true },
      departure: ["Houston, Texas"],
      arrival: ["Aeropuerto Internacional El Dorado", "Bogotá"],
      date: "2025-02-02",
    },
  },
  {
    id: "d6es-020",
    lang: "es",
    style: "near-miss",
    title: "Fuerza Aérea Mexicana repatria a 143 connacionales varados en Jamaica tras el huracán Orla",
    published: "2025-10-31",
    text: `Un avión de la Fuerza Aérea Mexicana con 143 connacionales que quedaron varados en Jamaica tras el paso del huracán Orla aterrizó este jueves en el Aeropuerto Internacional Felipe Ángeles, informó la Secretaría de Relaciones Exteriores.

Los repatriados, en su mayoría turistas y trabajadores de hoteles en Montego Bay, llevaban cinco días sin poder salir de la isla debido al cierre de los aeropuertos y a los daños en la red eléctrica. La embajada de México en Kingston organizó su traslado por carretera hasta el aeropuerto, una vez que se reabrió a vuelos humanitarios.

"Pasamos dos noches en el piso de un gimnasio sin agua ni luz. Ver el avión con la bandera fue un alivio", dijo Renata Villagómez, una enfermera de Puebla que estaba de vacaciones con su familia.

En el mismo vuelo viajaron doce ciudadanos de Guatemala, Colombia y Estados Unidos que solicitaron apoyo a las autoridades mexicanas. La cancillería indicó que sigue en contacto con otros mexicanos que permanecen en la isla y que no descarta un segundo vuelo de evacuación.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-021",
    lang: "es",
    style: "wire",
    title: "Bolivia acepta recibir vuelos de deportación desde Estados Unidos",
    published: "2026-02-04",
    text: `LA PAZ.— El gobierno de Bolivia anunció este martes que aceptará recibir vuelos chárter con ciudadanos bolivianos deportados desde Estados Unidos, tras más de una década en la que los retornos se hacían solo en vuelos comerciales y de forma individual.

El canciller boliviano, Mauricio Quiroga Salinas, explicó que el acuerdo fue alcanzado con el Departamento de Seguridad Nacional tras varias semanas de negociaciones y que incluye garantías de "trato digno" y aviso previo a las autoridades bolivianas sobre cada operación.

"Vamos a recibir a nuestros compatriotas con los brazos abiertos y con un plan de reinserción", afirmó Quiroga en conferencia de prensa. El funcionario no precisó cuándo llegará el primer vuelo ni cuántas personas podrían ser retornadas, aunque fuentes diplomáticas estiman que hay varios cientos de bolivianos con órdenes finales de deportación.

El anuncio llega en medio del restablecimiento pleno de relaciones entre La Paz y Washington. Organizaciones de migrantes bolivianos en Virginia y Maryland pidieron al gobierno que también refuerce la asistencia consular a quienes siguen detenidos.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BO"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-02-03",
    },
  },
  {
    id: "d6es-022",
    lang: "es",
    style: "near-miss",
    title: "Honduras lanza programa de empleo para retornados en cinco ciudades",
    published: "2025-09-16",
    text: `TEGUCIGALPA.— La Secretaría de Relaciones Exteriores y la Secretaría de Trabajo presentaron este lunes el programa "Raíces de Vuelta", que busca colocar en empleos formales a hondureños retornados desde Estados Unidos y México en San Pedro Sula, Tegucigalpa, La Ceiba, Choluteca y Comayagua.

La iniciativa ofrecerá cursos de formación técnica de tres meses, certificación de habilidades adquiridas en el extranjero, como la construcción o la soldadura, y capital semilla de hasta 30,000 lempiras para pequeños negocios. Las empresas que contraten a retornados recibirán incentivos fiscales.

"El que regresa trae experiencia, muchas veces habla inglés y sabe trabajar duro. Hay que aprovecharlo", afirmó la ministra de Trabajo, Olga Banegas Cruz.

Los interesados podrán inscribirse en las oficinas municipales de atención al migrante retornado o a través de una plataforma en línea. El gobierno espera beneficiar a unas 5,000 personas en el primer año, con apoyo financiero de la cooperación internacional.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-023",
    lang: "es",
    style: "us-spanish-press",
    title: "Despega desde Mesa un vuelo de ICE con ecuatorianos deportados",
    published: "2024-06-14",
    text: `PHOENIX.— Un vuelo contratado por el Servicio de Inmigración y Control de Aduanas (ICE) despegó el jueves por la mañana del aeropuerto Phoenix-Mesa Gateway, en Mesa, Arizona, con ciudadanos ecuatorianos deportados rumbo a Quito, según confirmaron a este semanario activistas que vigilan las operaciones aéreas de la agencia.

ICE no reveló cuántas personas iban a bordo. Un portavoz se limitó a señalar que la agencia "lleva a cabo vuelos de expulsión de manera rutinaria" hacia países que aceptan a sus nacionales, y que todos los pasajeros tenían órdenes finales de deportación.

Miembros de la organización Vigilia Aérea del Desierto, que registran cada salida desde la pista, dijeron haber visto subir al avión a varios hombres con cadenas en la cintura. "Entre ellos había padres de familia que llevaban años aquí", dijo su coordinador, Tomás Echeverría.

La Cancillería de Ecuador confirmó más tarde que el vuelo aterrizó en la capital ecuatoriana por la noche y que los retornados fueron atendidos por personal consular y del Ministerio de Inclusión Económica y Social.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: null,
      departure: ["Phoenix-Mesa Gateway", "Mesa, Arizona"],
      arrival: ["Quito"],
      date: "2024-06-13",
    },
  },
  {
    id: "d6es-024",
    lang: "es",
    style: "near-miss",
    title: "Guatemala expulsa a 41 cubanos en un vuelo hacia La Habana",
    published: "2025-05-08",
    text: `El Instituto Guatemalteco de Migración (IGM) informó que este miércoles expulsó por vía aérea a 41 ciudadanos cubanos que fueron localizados en situación irregular en el departamento de Petén cuando intentaban avanzar hacia México y, desde allí, hacia Estados Unidos.

Los migrantes permanecieron varios días en el Centro de Atención Migratoria para Extranjeros, en la zona 5 de la capital, antes de ser llevados al aeropuerto La Aurora, donde abordaron un avión que aterrizó por la tarde en La Habana. La operación se coordinó con la embajada de Cuba.

"Guatemala no puede ser un corredor para redes de tráfico de personas", dijo la subdirectora del IGM, Sandra Chacón Pérez, quien agradeció el apoyo de la Policía Nacional Civil en la custodia de los extranjeros.

En lo que va del año, el IGM ha expulsado a más de 1,800 extranjeros de distintas nacionalidades, la mayoría por vía terrestre hacia Honduras. Los vuelos directos a Cuba son menos frecuentes y dependen de la disponibilidad de aeronaves, según la institución.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-025",
    lang: "es",
    style: "near-miss",
    title: "Simulacro de emergencia pone a prueba la respuesta del aeropuerto internacional de El Salvador",
    published: "2025-11-26",
    text: `Más de 300 personas, entre bomberos, socorristas, personal aeroportuario y agentes de migración, participaron este martes en un simulacro de emergencia en el Aeropuerto Internacional de El Salvador, en el que se recreó el aterrizaje forzoso de un avión con 120 pasajeros a bordo.

El ejercicio comenzó a las 9:00 a. m., cuando la torre de control declaró la emergencia de una aeronave ficticia procedente de Texas. En cuestión de minutos, los equipos de rescate llegaron a la pista, donde voluntarios maquillados simulaban heridas de distinta gravedad.

Entre los participantes estuvo el personal de la Dirección de Atención al Migrante, que normalmente recibe a los retornados en la terminal, y que en esta ocasión ensayó la identificación y el registro de víctimas. "Nuestro equipo conoce bien los protocolos de recepción; hoy practicamos qué hacer si algo sale mal", explicó su coordinadora, Gabriela Rivas Mármol.

La Comisión Ejecutiva Portuaria Autónoma indicó que este tipo de simulacros se realiza cada dos años, como lo exige la Organización de Aviación Civil Internacional, y que los resultados servirán para ajustar los tiempos de respuesta.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-026",
    lang: "es",
    style: "us-spanish-press",
    title: "Vuelo con 177 venezolanos deportados sale de San Antonio rumbo a Maiquetía",
    published: "2025-04-10",
    text: `MIAMI.— Un avión con 177 venezolanos deportados desde Estados Unidos despegó este miércoles de San Antonio, Texas, y aterrizó por la noche en el Aeropuerto Internacional Simón Bolívar de Maiquetía, según confirmaron el Departamento de Seguridad Nacional y el gobierno venezolano.

Se trata de uno de los vuelos realizados bajo el entendimiento alcanzado entre Washington y Caracas para reanudar las deportaciones directas. De acuerdo con el DHS, varios de los pasajeros tenían antecedentes penales, aunque no precisó cuántos.

En Doral, familiares de algunos de los deportados se enteraron por redes sociales. "Mi sobrino tenía su caso de asilo abierto y aun así lo montaron en ese avión", lamentó Carmen Luisa Briceño, residente de la ciudad desde hace ocho años.

El Ministerio de Interior venezolano informó que los retornados fueron sometidos a controles médicos y a una revisión de antecedentes antes de reunirse con sus familiares. Abogados de inmigración en el sur de Florida recomendaron a los venezolanos con procesos pendientes mantener al día su documentación y asistir a todas sus citas.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 177, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Aeropuerto Internacional Simón Bolívar", "Maiquetía"],
      date: "2025-04-09",
    },
  },
  {
    id: "d6es-027",
    lang: "es",
    style: "near-miss",
    title: "Seis años después de su deportación, Julián levantó una panadería en Zacatecas",
    published: "2026-03-09",
    text: `JEREZ, Zac.— Julián Carrillo Ortega vivió 17 años en Denver. Trabajó en techos, en cocinas y en una planta empacadora, hasta que una mañana de 2020 agentes de ICE lo detuvieron afuera de su casa. Semanas después, con una bolsa de plástico y la ropa que llevaba puesta, bajó de un avión en Guadalajara.

Hoy, a sus 46 años, es dueño de La Espiga del Norte, una panadería en el centro de Jerez que emplea a cinco personas, tres de ellas también retornadas de Estados Unidos. "Los primeros meses no quería salir de la casa. Sentía vergüenza, como si hubiera fracasado", recuerda mientras acomoda las conchas en la vitrina.

Su esposa y sus dos hijos, ambos ciudadanos estadounidenses, se quedaron en Colorado. Los visita por videollamada cada noche y, una vez al año, ellos viajan a México durante las vacaciones de verano.

Carrillo asegura que ya no piensa en volver al norte. "Allá aprendí a trabajar duro; aquí aprendí que también se puede salir adelante", dice. Su historia forma parte de una serie de este diario sobre la vida de los mexicanos deportados años después de su regreso.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-028",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegan al Callao 62 peruanos deportados en vuelo desde Luisiana",
    published: "2025-10-03",
    text: `CALLAO.— Un grupo de 62 peruanos deportados desde Estados Unidos llegó el jueves 2 de octubre al Aeropuerto Internacional Jorge Chávez, en el Callao, a bordo de un vuelo que partió de Alexandria, Luisiana, informó la Superintendencia Nacional de Migraciones.

Los compatriotas, 50 hombres y 12 mujeres, fueron recibidos en una zona reservada del terminal por personal de Migraciones, de la Cancillería y de la Policía Nacional, que verificó si alguno registraba requisitorias. Dos de ellos fueron detenidos por tener órdenes de captura pendientes.

"Estuve cuatro meses en un centro de detención en Luisiana. Solo quería que esto terminara", contó Julio, de 29 años, natural de Chiclayo, que había ingresado a Estados Unidos por la frontera con México a inicios de año.

La Cancillería recordó que los peruanos retornados pueden acudir a las oficinas de la Dirección de Protección y Asistencia al Nacional para recibir orientación sobre empleo, salud y trámites de documentos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 62, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional Jorge Chávez", "Callao"],
      date: "2025-10-02",
    },
  },
  {
    id: "d6es-029",
    lang: "es",
    style: "near-miss",
    title: "Gobierno uruguayo desmiente la llegada de un vuelo con deportados de otras nacionalidades",
    published: "2026-02-18",
    text: `MONTEVIDEO.— El Ministerio del Interior desmintió este martes la versión que circuló en redes sociales según la cual un avión con deportados de distintas nacionalidades procedente de Estados Unidos aterrizaría esta semana en el Aeropuerto Internacional de Carrasco.

"No existe ningún vuelo programado ni ningún acuerdo de ese tipo con Estados Unidos. Es información falsa", afirmó la subsecretaria del Interior, Valeria Olivera Sosa, quien pidió a la población no compartir mensajes sin fuente.

El rumor comenzó con un audio de WhatsApp que aseguraba que Uruguay se había comprometido a recibir "cientos de migrantes expulsados" por Washington, y se difundió después en varias cuentas con miles de seguidores. La Cancillería también negó que se hubiera discutido la cuestión en las conversaciones recientes con la embajada estadounidense.

Según datos oficiales, los uruguayos deportados desde Estados Unidos son pocos cada año y regresan en vuelos comerciales. El ministerio señaló que cualquier cambio en esa situación sería comunicado de forma oficial.`,
    expect: { relevant: false },
  },
  {
    id: "d6es-030",
    lang: "es",
    style: "wire",
    title: "Aterriza en Cabo Haitiano un vuelo con 58 haitianos deportados desde Miami",
    published: "2024-05-16",
    text: `SANTO DOMINGO.— Un avión con 58 haitianos deportados desde Estados Unidos aterrizó el miércoles en el aeropuerto de Cabo Haitiano, en el norte de Haití, luego de despegar de Miami, informaron la Oficina Nacional de Migración haitiana y organizaciones humanitarias.

El vuelo fue desviado a Cabo Haitiano porque el aeropuerto de Puerto Príncipe permanece cerrado por la violencia de las pandillas. Entre los deportados había 14 mujeres y seis niños, según la Organización Internacional para las Migraciones, que les entregó kits de higiene y dinero para transporte.

"Mandar a gente de vuelta a Haití en este momento es ponerla en peligro", criticó Jean-Robert Fénelon, portavoz de una red de organizaciones haitianas en Florida, que pidió a Washington suspender las deportaciones.

El Departamento de Seguridad Nacional sostuvo que los deportados no tenían base legal para permanecer en el país. Es el segundo vuelo de este tipo que llega a Haití en lo que va de mes, pese a los llamados de la ONU a detener los retornos forzosos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 58, approx: false },
      departure: ["Miami"],
      arrival: ["Cabo Haitiano"],
      date: "2024-05-15",
    },
  },
];
