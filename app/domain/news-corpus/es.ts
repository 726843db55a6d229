import type { CorpusArticle } from "./types";

// Spanish-language articles, written for this project in its own words. They are modelled on how
// receiving countries' papers and migration offices (Honduras, Guatemala, El Salvador, Nicaragua,
// Venezuela, Colombia, Ecuador, República Dominicana, Perú, Bolivia, Cuba, México, Costa Rica, Panamá,
// Chile, Brasil…), US Spanish-language television and EFE/AFP-style wires write about removal flights.
// Every name, official, quote and number is invented. ids es-001…es-038 are relevant, es-039…es-046 are
// near misses.
export const ARTICLES_ES: CorpusArticle[] = [
  {
    id: "es-001",
    lang: "es",
    style: "receiving-country-local",
    title: `Aterriza en La Lima vuelo con 135 hondureños deportados desde Luisiana`,
    published: "2025-03-11",
    text: `San Pedro Sula. Un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE) aterrizó este martes en el Aeropuerto Internacional Ramón Villeda Morales con 135 compatriotas retornados desde Estados Unidos.

La aeronave salió de Alexandria, Luisiana, poco después de las seis de la mañana y tocó pista en La Lima, Cortés, a las 10:40, según confirmó el Instituto Nacional de Migración (INM). Del total, 119 son hombres y 16 mujeres; en esta ocasión no viajaban menores de edad.

Los connacionales fueron trasladados en buses al Centro de Atención al Migrante Retornado (CAMR), donde recibieron un refrigerio, evaluación médica y la orientación del programa «Hermano, hermana, vuelve a casa», que entrega un bono de 100 dólares a cada persona.

«Muchos llevaban meses detenidos en centros de Texas y Luisiana; algunos ni siquiera pudieron avisar a la familia», explicó a este rotativo Gladys Maradiaga, coordinadora del CAMR.

En lo que va del año, Honduras ha recibido más de 7,800 retornados por vía aérea y terrestre, según cifras oficiales, la mayoría procedentes de Estados Unidos y México.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 135, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Ramón Villeda Morales"],
      date: "2025-03-11",
    },
  },
  {
    id: "es-002",
    lang: "es",
    style: "migration-office-bulletin",
    title: `Retornan 118 guatemaltecos en vuelo procedente de Mesa, Arizona`,
    published: "2025-02-15",
    text: `Guatemala, 15 de febrero de 2025. El Instituto Guatemalteco de Migración (IGM) informa que el 14 de febrero arribó al Centro de Recepción de Retornados, ubicado en las instalaciones de la Fuerza Aérea Guatemalteca, un vuelo procedente de Mesa, Arizona, Estados Unidos, con ciento dieciocho connacionales a bordo.

El grupo estuvo integrado por 96 hombres, 19 mujeres y 3 menores de edad acompañados por sus padres. A su llegada, los retornados recibieron atención médica, apoyo psicológico, una llamada telefónica y orientación para tramitar su Documento Personal de Identificación (DPI) en la mesa del Registro Nacional de las Personas.

Durante el proceso de verificación se identificó a una persona con orden de captura vigente por el delito de extorsión, por lo que fue puesta a disposición de la Policía Nacional Civil.

El IGM reitera su compromiso de garantizar un retorno seguro, digno y ordenado de las personas guatemaltecas y recuerda que el programa «Guatemala te abraza» ofrece capacitación laboral y acompañamiento en sus comunidades de origen.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 118, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Fuerza Aérea Guatemalteca"],
      date: "2025-02-14",
    },
  },
  {
    id: "es-003",
    lang: "es",
    style: "receiving-country-local",
    title: `Migración recibe a ciento doce salvadoreños deportados desde Texas`,
    published: "2024-08-26",
    text: `La Dirección General de Migración y Extranjería (DGME) atendió el pasado jueves a ciento doce salvadoreños que retornaron al país en un vuelo federal procedente de Harlingen, Texas.

La aeronave aterrizó pasado el mediodía en el Aeropuerto Internacional Monseñor Óscar Arnulfo Romero, desde donde los compatriotas fueron trasladados en autobuses a la Gerencia de Atención al Migrante, en San Salvador. Allí se les brindó alimentación, revisión médica y la posibilidad de llamar a sus familiares.

Entre los retornados había catorce mujeres. La mayoría había sido detenida en la frontera en los últimos tres meses, según explicó el gerente de atención, Rodrigo Alvarenga. «Vienen cansados, pero tranquilos; varios ya tienen quien los espere afuera», comentó.

De acuerdo con datos de la DGME, en lo que va de 2024 han ingresado al país más de 9,300 personas retornadas desde Estados Unidos y México, la mayoría por vía aérea.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 112, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Monseñor Óscar Arnulfo Romero"],
      date: "2024-08-22",
    },
  },
  {
    id: "es-004",
    lang: "es",
    style: "receiving-country-independent",
    title: `Nuevo vuelo con deportados nicaragüenses hizo escala en Guantánamo`,
    published: "2025-06-14",
    text: `Un avión de la aerolínea GlobalX con unos 140 nicaragüenses deportados de Estados Unidos aterrizó el jueves 12 de junio en el Aeropuerto Internacional Augusto C. Sandino, en Managua, según datos de monitoreo aéreo revisados por este medio.

El Airbus A320 despegó de Alexandria, Luisiana, a primera hora de la mañana e hizo una parada en la base naval de Guantánamo, Cuba, donde subieron al menos una docena de detenidos nicaragüenses, antes de continuar su ruta hacia Managua. Tocó tierra pasado el mediodía, hora local.

Como en ocasiones anteriores, el régimen de Daniel Ortega y Rosario Murillo no informó oficialmente de la llegada. La aeronave fue dirigida a la rampa de vuelos privados, lejos de la terminal de pasajeros, y los deportados salieron en microbuses sin contacto con la prensa.

Con este, suman al menos diecisiete los vuelos con deportados nicaragüenses en lo que va de 2025, con cerca de 2,000 personas en total, según el conteo de este diario basado en fuentes del Gobierno estadounidense.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NI"],
      people: { value: 140, approx: true },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Augusto C. Sandino"],
      date: "2025-06-12",
    },
  },
  {
    id: "es-005",
    lang: "es",
    style: "receiving-country-government",
    title: `Llegan a Maiquetía 212 connacionales en un nuevo vuelo de la Gran Misión Vuelta a la Patria`,
    published: "2025-07-25",
    text: `Este viernes aterrizó en el Aeropuerto Internacional Simón Bolívar de Maiquetía una aeronave de la empresa Eastern Airlines procedente de Phoenix, Arizona, con 212 ciudadanos venezolanos repatriados desde Estados Unidos.

De acuerdo con el balance difundido por el Ministerio del Poder Popular para Relaciones Interiores, Justicia y Paz, retornaron 181 hombres, 22 mujeres y 9 niños y niñas, quienes fueron recibidos por funcionarios de salud, del Saime y de los órganos de seguridad ciudadana «cumpliendo todos los protocolos para un feliz reencuentro».

«Ningún venezolano es un delincuente por haber migrado. Aquí los esperamos con los brazos abiertos», declaró desde la terminal el viceministro Héctor Manrique.

Se trata del vuelo número 52 del programa en 2025 y del 38 procedente de territorio estadounidense desde que se reactivaron los retornos en febrero, según cifras oficiales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 212, approx: false },
      departure: ["Phoenix, Arizona"],
      arrival: ["Maiquetía"],
      date: "2025-07-25",
    },
  },
  {
    id: "es-006",
    lang: "es",
    style: "wire",
    title: `Venezuela suspende la recepción de vuelos de deportación procedentes de EE.UU.`,
    published: "2024-02-13",
    text: `Caracas, 13 feb (EFE).- El Gobierno de Venezuela anunció este martes que deja de recibir, «hasta nuevo aviso», los vuelos de repatriación de migrantes venezolanos procedentes de Estados Unidos, en respuesta a la decisión de Washington de restablecer sanciones contra el sector aurífero y petrolero del país.

La vicepresidenta ejecutiva leyó un comunicado en el que calificó la medida estadounidense de «chantaje» y aseguró que Caracas no seguirá facilitando los retornos «mientras persista la agresión económica». No precisó cuántos vuelos quedaban programados.

Los vuelos directos de deportación entre ambos países se habían reanudado en octubre pasado tras años de interrupción. Desde entonces llegaron a Maiquetía alrededor de una docena de aviones con más de 1.500 venezolanos, según estimaciones de organizaciones que monitorean las operaciones del Servicio de Inmigración y Control de Aduanas (ICE).

El Departamento de Estado no respondió de inmediato a una solicitud de comentarios.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      date: "2024-02-13",
    },
  },
  {
    id: "es-007",
    lang: "es",
    style: "receiving-country-local",
    title: `Petro desautoriza la llegada de aviones militares estadounidenses con colombianos deportados`,
    published: "2025-01-26",
    text: `Bogotá. El presidente Gustavo Petro anunció en la madrugada de este domingo que no autorizó el aterrizaje en territorio colombiano de dos aviones militares de Estados Unidos que traían a connacionales deportados, y exigió un «protocolo de trato digno» antes de aceptar nuevos vuelos.

«Un migrante no es un delincuente y no lo recibiremos esposado en un avión de guerra», escribió el mandatario en su cuenta de X, donde precisó que Colombia sí recibirá a sus ciudadanos «en aviones civiles y sin grilletes».

Según fuentes de la Cancillería consultadas por este diario, las aeronaves ya contaban con un permiso de sobrevuelo emitido días atrás. La decisión provocó la reacción inmediata de la Casa Blanca, que amenazó con aranceles y restricciones de visados a funcionarios colombianos.

Durante 2024, Colombia recibió cerca de 475 vuelos de deportación desde Estados Unidos, de acuerdo con cifras de Migración Colombia.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CO"],
      people: null,
      date: "2025-01-26",
    },
  },
  {
    id: "es-008",
    lang: "es",
    style: "migration-office-bulletin",
    title: `Migración Colombia recibió en El Dorado a 142 connacionales deportados`,
    published: "2025-04-09",
    text: `Este miércoles aterrizó en el Aeropuerto Internacional El Dorado, de Bogotá, un vuelo procedente de Houston, Texas, con ciento cuarenta y dos colombianos retornados por las autoridades migratorias de los Estados Unidos.

Funcionarios de Migración Colombia realizaron el control de ingreso y la verificación de antecedentes. Dos de los pasajeros tenían requerimientos judiciales vigentes y fueron dejados a disposición de la Policía Nacional.

Los demás recibieron orientación del Plan Retorno, que incluye acompañamiento psicosocial, rutas de empleo del Servicio Público de Empleo y apoyo para la expedición de documentos.

«La Cancillería ha estado presente en cada llegada para garantizar que el regreso de nuestros compatriotas se haga con dignidad», dijo la directora de Asuntos Migratorios, Paola Jaramillo.

Colombia es, junto con Guatemala y Honduras, uno de los países que más vuelos de deportación recibe desde territorio estadounidense.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 142, approx: false },
      departure: ["Houston, Texas"],
      arrival: ["El Dorado"],
      date: "2025-04-09",
    },
  },
  {
    id: "es-009",
    lang: "es",
    style: "receiving-country-local",
    title: `Dos vuelos con ecuatorianos deportados llegan a Guayaquil en una misma jornada`,
    published: "2025-05-21",
    text: `Dos vuelos con un total de 231 ecuatorianos deportados aterrizaron este miércoles en el aeropuerto José Joaquín de Olmedo de Guayaquil, informó el Ministerio de Relaciones Exteriores y Movilidad Humana.

El primero, procedente de Harlingen, Texas, llegó a media mañana; el segundo salió de Alexandria, Luisiana, y tocó tierra pasadas las 17:00. En ambos casos los pasajeros fueron recibidos por personal de la Coordinación Zonal 8 de la Cancillería, que activó los protocolos interinstitucionales de atención.

«No se trata de residentes con papeles en regla, sino de personas interceptadas al intentar ingresar de forma irregular», recalcó la Cancillería en un comunicado.

Ecuador recibe vuelos de deportación de Estados Unidos de manera regular desde 2005. En 2024 llegaron por esta vía unos 13.600 compatriotas, frente a los 18.400 de 2023, de acuerdo con registros oficiales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 231, approx: false },
      departure: ["Harlingen, Texas", "Alexandria, Luisiana"],
      arrival: ["José Joaquín de Olmedo"],
      date: "2025-05-21",
    },
  },
  {
    id: "es-010",
    lang: "es",
    style: "receiving-country-local",
    title: `EE.UU. repatria a 88 dominicanos; suman 2,412 en lo que va de año`,
    published: "2023-10-17",
    text: `Santo Domingo. Un grupo de ochenta y ocho dominicanos deportados por el Servicio de Inmigración y Control de Aduanas de los Estados Unidos llegó este martes al Aeropuerto Internacional de Las Américas José Francisco Peña Gómez, en un avión fletado procedente de Alexandria, Luisiana.

Los repatriados, 81 hombres y 7 mujeres, fueron recibidos en la rampa de carga por agentes de la Dirección General de Migración (DGM), la Policía Nacional y el Cuerpo Especializado en Seguridad Aeroportuaria y de la Aviación Civil (CESAC).

Según fuentes migratorias, una parte del grupo cumplió condenas en cárceles estadounidenses por narcotráfico, robo y falsificación de documentos, mientras que otros fueron detenidos por violar las leyes de inmigración.

Desde la terminal fueron llevados en dos minibuses al centro de acogida de la DGM en Haina, provincia San Cristóbal, donde serán depurados antes de ser entregados a sus familiares.

Con este grupo se eleva a 2,412 el número de dominicanos repatriados desde Estados Unidos en 2023.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 88, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Las Américas"],
      date: "2023-10-17",
    },
  },
  {
    id: "es-011",
    lang: "es",
    style: "receiving-country-local",
    title: `Llegan al Callao 98 peruanos deportados; la Cancillería había anunciado 130`,
    published: "2025-03-20",
    text: `Un avión con noventa y ocho peruanos deportados por Estados Unidos aterrizó la tarde de este jueves en el Grupo Aéreo N.° 8 de la Fuerza Aérea del Perú, en el Callao. El vuelo procedía de San Antonio, Texas.

La Cancillería había informado el lunes que serían 130 los connacionales a bordo, pero la cifra se redujo por «ajustes de último momento en el proceso migratorio», según explicó el vocero de Torre Tagle. Entre los retornados había 21 mujeres y ningún menor de edad.

Tras pasar el control migratorio y de requisitorias, los compatriotas fueron afiliados al Seguro Integral de Salud y recibieron información sobre bolsas de trabajo del Ministerio de Trabajo y Promoción del Empleo.

Afuera de la base, decenas de familiares esperaban con carteles. «Mi hermano estuvo tres meses detenido y recién el martes supimos que venía», contó Rosa Huamán, llegada desde Huancayo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 98, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Grupo Aéreo N.° 8"],
      date: "2025-03-20",
    },
  },
  {
    id: "es-012",
    lang: "es",
    style: "receiving-country-local",
    title: `Cancillería: un vuelo con 47 bolivianos deportados llegará el jueves a Viru Viru`,
    published: "2025-03-18",
    text: `Santa Cruz. Un grupo de 47 ciudadanos bolivianos que permanecían en centros de detención migratoria de Estados Unidos será deportado esta semana en un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE), informó este martes el viceministro de Gestión Consular, Marcelo Quiroga.

La aeronave saldrá de Miami y tiene previsto aterrizar el jueves en el aeropuerto internacional Viru Viru. «Es la primera vez en años que se organiza un vuelo exclusivo para connacionales; hasta ahora las deportaciones se hacían en vuelos comerciales, de dos en dos», explicó la autoridad.

Según el viceministro, la mayoría de los deportados son varones de entre 20 y 40 años, oriundos de Cochabamba, Santa Cruz y Potosí. La Cancillería coordina con la Dirección General de Migración y el Ministerio de Salud un punto de atención en la terminal aérea.

Se estima que unos 150.000 bolivianos residen en Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["BO"],
      people: { value: 47, approx: false },
      departure: ["Miami"],
      arrival: ["Viru Viru"],
      date: "2025-03-20",
    },
  },
  {
    id: "es-013",
    lang: "es",
    style: "migration-office-bulletin",
    title: `Retornan a Cuba 71 migrantes irregulares procedentes de Estados Unidos`,
    published: "2024-05-23",
    text: `En cumplimiento de los acuerdos migratorios bilaterales, este jueves 23 de mayo fueron devueltos a Cuba 71 migrantes irregulares, 63 hombres y 8 mujeres, en un vuelo procedente de Estados Unidos que arribó al Aeropuerto Internacional José Martí de La Habana, informó el Ministerio del Interior (Minint).

Del total, 19 habían salido ilegalmente del país por vía marítima y el resto viajó al exterior de forma legal para luego incorporarse a rutas irregulares hacia territorio estadounidense.

Dos de los retornados fueron conducidos al órgano de instrucción por encontrarse en libertad condicional al momento de su salida.

Con esta operación suman 42 las devoluciones realizadas desde diferentes países del área en lo que va de año, con un total de 1.021 migrantes, precisó el Minint, que reiteró el compromiso de Cuba con una migración regular, segura y ordenada.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 71, approx: false },
      arrival: ["José Martí"],
      date: "2024-05-23",
    },
  },
  {
    id: "es-014",
    lang: "es",
    style: "receiving-country-local",
    title: `Arriba a Tapachula otro avión con mexicanos repatriados desde El Paso`,
    published: "2025-04-24",
    text: `Tapachula, Chiapas. La mañana de este jueves arribó al Aeropuerto Internacional de Tapachula un avión procedente de El Paso, Texas, con ciento veintiún connacionales deportados por el Gobierno de los Estados Unidos: 104 hombres, 15 mujeres y dos menores de edad.

Agentes de la Oficina de Aduanas y Protección Fronteriza (CBP) resguardaron el vuelo y, tras el aterrizaje, entregaron a los repatriados al personal del Instituto Nacional de Migración (INM).

Las y los mexicanos recibieron atención médica, una tarjeta del Bienestar con 2 mil pesos del programa «México te abraza» y transporte hacia sus estados de origen, principalmente Guerrero, Oaxaca y Veracruz.

Con este suman 21 los vuelos con repatriados que llegan a esta ciudad fronteriza desde enero. Las autoridades insistieron en que en estos aviones solo vienen personas de nacionalidad mexicana.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 121, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Tapachula"],
      date: "2025-04-24",
    },
  },
  {
    id: "es-015",
    lang: "es",
    style: "receiving-country-local",
    title: `Aterriza en Villahermosa vuelo con extranjeros deportados por EE.UU.`,
    published: "2025-09-12",
    text: `Villahermosa, Tabasco. Un avión con 87 personas de Venezuela, Cuba, Haití y Nicaragua deportadas por Estados Unidos aterrizó el jueves en el aeropuerto de esta ciudad, en la primera operación de este tipo que el Gobierno federal reconoce abiertamente en el sureste.

El vuelo, operado por una aerolínea contratada por el ICE, despegó de Harlingen, Texas. Ninguno de los pasajeros es mexicano, confirmó a este diario un funcionario del Instituto Nacional de Migración que pidió no ser identificado.

La Secretaría de Gobernación explicó en un comunicado que México recibe a estos extranjeros «por razones humanitarias» y que les ofrecerá la posibilidad de regularizarse o de regresar a sus países con apoyo de la Organización Internacional para las Migraciones.

Los deportados fueron trasladados en autobuses a una estación migratoria en las afueras de la capital tabasqueña.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      nationalities: ["VE", "CU", "HT", "NI"],
      people: { value: 87, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Villahermosa"],
      date: "2025-09-11",
    },
  },
  {
    id: "es-016",
    lang: "es",
    style: "receiving-country-local",
    title: `Costa Rica recibe el segundo vuelo con migrantes de terceros países`,
    published: "2025-02-25",
    text: `San José. Sesenta y cinco migrantes deportados por Estados Unidos llegaron este martes al Aeropuerto Internacional Juan Santamaría, en el segundo vuelo que Costa Rica acepta como «país puente» para personas que no son costarricenses.

El avión, procedente de San Antonio, Texas, trajo a ciudadanos de China, India, Nepal, Rusia, Armenia, Kazajistán y Marruecos, entre ellos 28 menores de edad que viajaban con sus familias, detalló el viceministro de Seguridad, Esteban Quesada.

Desde la terminal, los extranjeros fueron trasladados en autobuses al Centro de Atención Temporal a Migrantes (CATEM) de Corredores, en la zona sur, donde permanecerán bajo supervisión de la Organización Internacional para las Migraciones mientras se gestiona su retorno.

El Gobierno estadounidense cubrirá los gastos de la estancia. Con este grupo, Costa Rica completa el compromiso de recibir hasta 200 personas, asumido la semana pasada tras una solicitud de Washington.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["CN", "IN", "NP", "RU", "AM", "KZ", "MA"],
      people: { value: 65, approx: false },
      departure: ["San Antonio, Texas"],
      arrival: ["Juan Santamaría"],
      date: "2025-02-25",
    },
  },
  {
    id: "es-017",
    lang: "es",
    style: "wire",
    title: `Llega a Panamá un tercer avión con deportados asiáticos y africanos`,
    published: "2025-02-16",
    text: `Ciudad de Panamá, 16 feb (AFP).- Un tercer avión con migrantes expulsados por Estados Unidos aterrizó este domingo en el aeropuerto de Howard, en las afueras de la capital panameña, con ciento doce personas a bordo, informó el Ministerio de Seguridad.

Los pasajeros, afganos, iraníes, esrilanqueses, turcos, cameruneses y etíopes, habían despegado de Texas en un avión de la Fuerza Aérea estadounidense, según el comunicado oficial.

Panamá aceptó servir de «puente» para extranjeros cuyos países ponen trabas para recibirlos de vuelta directamente desde territorio estadounidense. Los recién llegados serán alojados temporalmente en un hotel de la capital antes de su traslado a la estación de recepción de San Vicente, en Darién.

«Son personas en tránsito; Panamá no se convertirá en su destino final», insistió el ministro de Seguridad en una rueda de prensa. La Organización Internacional para las Migraciones gestionará los vuelos de retorno, financiados por Washington.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["AF", "IR", "LK", "TR", "CM", "ET"],
      people: { value: 112, approx: false },
      departure: ["Texas"],
      arrival: ["Howard"],
      date: "2025-02-16",
    },
  },
  {
    id: "es-018",
    lang: "es",
    style: "receiving-country-local",
    title: `Mulino: «Panamá no recibirá más vuelos con deportados de otros países»`,
    published: "2025-03-06",
    text: `El presidente José Raúl Mulino aseguró este jueves que Panamá no aceptará nuevos vuelos con migrantes de terceros países expulsados por Estados Unidos, una vez concluida la operación de tránsito pactada en febrero con Washington.

«Cumplimos con lo acordado. No habrá un cuarto avión, ni un quinto. Panamá no es un depósito de personas», dijo el mandatario en su conferencia de prensa semanal, en la que fue consultado por las críticas de organismos de derechos humanos a las condiciones de la estación de San Vicente, en Darién.

Mulino precisó que del grupo recibido el mes pasado quedan en territorio panameño alrededor de 110 extranjeros que no han aceptado el retorno voluntario y a quienes se les otorgó un permiso humanitario temporal.

La Embajada de Estados Unidos no se pronunció sobre las declaraciones.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PA"],
      people: null,
      date: "2025-03-06",
    },
  },
  {
    id: "es-019",
    lang: "es",
    style: "wire",
    title: `Vuelo con deportados desde EE.UU. llega a Santiago tras dejar a 42 peruanos en Lima`,
    published: "2025-10-08",
    text: `Santiago de Chile, 8 oct (EFE).- Un vuelo fletado por el Servicio de Inmigración y Control de Aduanas (ICE) de Estados Unidos aterrizó este miércoles en el Aeropuerto Internacional Arturo Merino Benítez con 19 chilenos deportados, después de hacer escala en Lima, donde desembarcaron otros 42 ciudadanos peruanos.

La aeronave había despegado de Miami con los 61 deportados a bordo, confirmó la Policía de Investigaciones (PDI), que realizó el control migratorio en la capital chilena. En el aeropuerto Jorge Chávez, la Cancillería peruana recibió a sus connacionales con un equipo de asistencia social.

Es la primera vez que Chile recibe un vuelo de deportación compartido con otro país. Hasta ahora, los chilenos expulsados de Estados Unidos regresaban en vuelos comerciales, en grupos pequeños y escoltados por agentes federales.

Según el Ministerio del Interior chileno, tres de los deportados tenían órdenes de detención pendientes en el país.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE", "CL"],
      people: { value: 61, approx: false },
      departure: ["Miami"],
      arrival: ["Jorge Chávez", "Arturo Merino Benítez"],
      date: "2025-10-08",
    },
  },
  {
    id: "es-020",
    lang: "es",
    style: "wire",
    title: `Un avión con ciento once brasileños deportados aterriza en Fortaleza`,
    published: "2025-05-16",
    text: `São Paulo, 16 may (EFE).- Un avión con ciento once brasileños deportados desde Estados Unidos aterrizó este viernes en el Aeropuerto Internacional Pinto Martins de Fortaleza, en el noreste del país, informó el Ministerio de Derechos Humanos y Ciudadanía.

La aeronave, contratada por las autoridades migratorias estadounidenses, había despegado la noche anterior de Alexandria, Luisiana, e hizo una parada técnica en San Juan de Puerto Rico.

Desde que el Gobierno de Luiz Inácio Lula da Silva cambió el punto de llegada a Fortaleza, los deportados ya no sobrevuelan el territorio brasileño esposados: las esposas se retiran en cuanto el avión toca tierra. La mayoría de los pasajeros seguirá viaje a Belo Horizonte en un avión de la Fuerza Aérea Brasileña.

La Policía Federal detuvo a uno de los recién llegados, sobre quien pesaba una orden de captura por tráfico de personas.

Es el séptimo vuelo de deportación que llega a Brasil en lo que va de año.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 111, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Pinto Martins"],
      date: "2025-05-16",
    },
  },
];
