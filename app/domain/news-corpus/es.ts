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

Se trata del vuelo número 52 del programa en 2025 y del 38 procedente de territorio estadounidense desde que Caracas reanudó los vuelos en febrero, tras un acuerdo con el enviado especial de la Casa Blanca, según cifras oficiales.`,
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
    text: `Tapachula, Chiapas. La mañana de este jueves arribó al Aeropuerto Internacional de Tapachula un avión procedente de Texas con ciento veintiún connacionales deportados por el Gobierno de los Estados Unidos: 104 hombres, 15 mujeres y dos menores de edad.

Agentes de la Oficina de Aduanas y Protección Fronteriza (CBP) resguardaron el vuelo y, tras el aterrizaje, entregaron a los repatriados al personal del Instituto Nacional de Migración (INM).

Las y los mexicanos recibieron atención médica, una tarjeta del Bienestar con 2 mil pesos del programa «México te abraza» y transporte hacia sus estados de origen, principalmente Guerrero, Oaxaca y Veracruz.

Con este suman 21 los vuelos con repatriados que llegan a esta ciudad fronteriza desde enero. Las autoridades insistieron en que en estos aviones solo vienen personas de nacionalidad mexicana.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 121, approx: false },
      departure: ["El Paso"],
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

Con ello, Panamá se negó a recibir un cuarto avión que, según la prensa estadounidense, ya estaba programado.

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
  {
    id: "es-021",
    lang: "es",
    style: "receiving-country-local",
    title: `Bukele confirma llegada de 52 venezolanos y siete pandilleros salvadoreños enviados por EE.UU.`,
    published: "2025-04-13",
    text: `El presidente Nayib Bukele confirmó este domingo la llegada al país de un nuevo grupo de deportados enviados por Estados Unidos, que fueron trasladados de inmediato al Centro de Confinamiento del Terrorismo (Cecot), en Tecoluca.

En total aterrizaron 59 personas en el Aeropuerto Internacional de El Salvador: 52 ciudadanos venezolanos señalados por Washington de pertenecer al Tren de Aragua y siete salvadoreños identificados como miembros de la MS-13, según el mensaje publicado por el mandatario en X, acompañado de un video de los reos rapados y engrilletados.

«Seguimos avanzando en la lucha contra el crimen organizado transnacional», escribió Bukele. El Gobierno no informó desde qué ciudad estadounidense salió el vuelo ni por cuánto tiempo permanecerán los venezolanos bajo custodia salvadoreña.

Familiares de varios de los venezolanos denunciaron en Caracas que sus parientes no tenían antecedentes penales y que fueron incluidos en la lista por sus tatuajes. Organizaciones de derechos humanos han pedido acceso al penal, hasta ahora sin respuesta.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      nationalities: ["VE"],
      people: { value: 59, approx: false },
      arrival: ["Aeropuerto Internacional de El Salvador"],
      date: "2025-04-13",
    },
  },
  {
    id: "es-022",
    lang: "es",
    style: "receiving-country-local",
    title: `Honduras facilita trasbordo de 186 venezolanos deportados en Palmerola`,
    published: "2025-05-06",
    text: `Comayagua. Un avión procedente de El Paso, Texas, aterrizó este martes en la base aérea José Enrique Soto Cano, en Palmerola, con 186 migrantes venezolanos deportados por Estados Unidos, que fueron trasbordados a una aeronave de la estatal Conviasa con destino a Caracas.

La Cancillería hondureña explicó en un comunicado que la operación de «trasbordo humanitario» duró poco más de dos horas y se realizó «de manera ordenada y segura», con la participación de la Secretaría de Defensa y de personal de ambas embajadas.

«Los compatriotas venezolanos no pisaron la terminal ni se quedaron en albergues; es un cambio de avión», aclaró el vicecanciller Óscar Mejía, quien negó que Honduras se esté convirtiendo en un tercer país seguro.

Es la cuarta operación de este tipo en la base de Palmerola desde febrero. Venezuela y Estados Unidos no tienen relaciones diplomáticas desde 2019, lo que ha obligado a buscar escalas intermedias para los retornos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN", "VE"],
      nationalities: ["VE"],
      people: { value: 186, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Palmerola"],
      date: "2025-05-06",
    },
  },
  {
    id: "es-023",
    lang: "es",
    style: "receiving-country-local",
    title: `Guatemala recibirá a deportados de otras nacionalidades, anuncia Arévalo`,
    published: "2025-02-05",
    text: `El presidente Bernardo Arévalo anunció este miércoles que Guatemala aceptará recibir a migrantes de otras nacionalidades expulsados por Estados Unidos, para luego devolverlos a sus países de origen con fondos estadounidenses, y que ampliará en un 40 % el número de vuelos de deportación de guatemaltecos.

El anuncio se produjo tras una reunión en el Palacio Nacional con el secretario de Estado estadounidense. «Guatemala será un punto de paso, no un destino final. Los costos correrán por cuenta de Washington», afirmó el mandatario en conferencia de prensa.

Arévalo no precisó cuántos extranjeros llegarían ni de qué países, aunque fuentes de la Cancillería citaron a hondureños, salvadoreños y nicaragüenses como los grupos previstos.

En 2024, Guatemala recibió más de 400 vuelos con connacionales retornados desde Estados Unidos, según el Instituto Guatemalteco de Migración.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GT"],
      people: null,
      date: "2025-02-05",
    },
  },
  {
    id: "es-024",
    lang: "es",
    style: "spanish-outlet",
    title: `Cuatro vuelos de deportación en un día: ICE envía a más de 500 inmigrantes a Centroamérica y Ecuador`,
    published: "2025-06-03",
    text: `El Servicio de Inmigración y Control de Aduanas (ICE) despegó este martes desde el aeropuerto de Alexandria, Luisiana, cuatro vuelos de deportación con destino a Guatemala, Honduras, El Salvador y Ecuador, con más de 500 inmigrantes a bordo, según datos de monitoreo aéreo compartidos con este canal.

Los aviones aterrizaron a lo largo del día en Ciudad de Guatemala, San Pedro Sula, San Salvador y Guayaquil. La agencia federal no ha divulgado cuántas personas viajaban en cada aeronave.

«Lo que antes era una semana de vuelos ahora se hace en una sola jornada», dijo a Noticias 23 el investigador Marcos Villalta, que sigue las operaciones de ICE Air desde hace siete años.

Abogados de inmigración consultados recomiendan a las familias que tengan un ser querido detenido verificar a diario el localizador en línea de ICE, ya que los traslados a Luisiana suelen ser la antesala de la deportación.

Si usted o un familiar tiene una orden de deportación, consulte con un abogado antes de firmar cualquier documento.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT", "HN", "SV", "EC"],
      people: { value: 500, approx: true },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Ciudad de Guatemala", "San Pedro Sula", "San Salvador", "Guayaquil"],
      date: "2025-06-03",
    },
  },
  {
    id: "es-025",
    lang: "es",
    style: "wire",
    title: `Ruanda recibe a siete deportados de Estados Unidos, ninguno ruandés`,
    published: "2025-08-28",
    text: `Nairobi, 28 ago (EFE).- El Gobierno de Ruanda confirmó este jueves que recibió a siete personas deportadas por Estados Unidos, las primeras en llegar al país africano en virtud del acuerdo migratorio firmado con Washington a comienzos de mes.

Los deportados, ciudadanos de la República Democrática del Congo, Somalia y Eritrea, llegaron a Kigali a mediados de agosto y se encuentran alojados en una residencia gestionada por una organización internacional, indicó en un comunicado la portavoz adjunta del Ejecutivo, Alice Uwase.

«Tres de ellos han expresado su deseo de regresar a sus países y cuatro quieren quedarse en Ruanda», señaló la portavoz, quien no dio detalles sobre los antecedentes de las personas.

Ruanda se comprometió a aceptar hasta 250 migrantes expulsados por Estados Unidos, a cambio de una subvención cuyo monto no se ha hecho público. Kigali ya había firmado en 2022 un acuerdo similar con el Reino Unido, que nunca llegó a aplicarse.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["CD", "SO", "ER"],
      people: { value: 7, approx: false },
      arrival: ["Kigali"],
      date: "2025-08",
    },
  },
  {
    id: "es-026",
    lang: "es",
    style: "wire",
    title: `Esuatini acoge a diez nuevos deportados desde EE.UU. en una zona aislada`,
    published: "2025-10-14",
    text: `Johannesburgo, 14 oct (AFP).- El reino de Esuatini confirmó este martes la llegada de diez deportados enviados por Estados Unidos, el segundo grupo que recibe este pequeño país del sur de África desde julio.

Los hombres, originarios de Vietnam, Filipinas, Camboya, Cuba, Chad y Etiopía, aterrizaron el lunes en el aeropuerto internacional Rey Mswati III a bordo de un avión fletado por el Departamento de Seguridad Nacional, según el comunicado del Gobierno suazi.

Las autoridades aseguraron que los deportados «serán mantenidos en un área segura, separada de la población» mientras se gestiona su regreso a sus países de origen con ayuda de la Organización Internacional para las Migraciones.

Grupos de la sociedad civil de Esuatini, la última monarquía absoluta de África, presentaron una demanda ante el Tribunal Superior para frenar los traslados, al considerar que el acuerdo con Washington nunca fue sometido al Parlamento.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "PH", "KH", "CU", "TD", "ET"],
      people: { value: 10, approx: false },
      arrival: ["Rey Mswati III"],
      date: "2025-10-13",
    },
  },
  {
    id: "es-027",
    lang: "es",
    style: "wire",
    title: `Ghana acepta a deportados de África Occidental: llegan catorce nigerianos y un gambiano`,
    published: "2025-09-11",
    text: `Acra, 11 sep (EFE).- Ghana recibió a catorce migrantes deportados por Estados Unidos, trece de ellos nigerianos y uno gambiano, en un vuelo que aterrizó el viernes pasado en el aeropuerto internacional Kotoka de Acra, confirmó este jueves el presidente John Dramani Mahama.

Mahama explicó que su Gobierno aceptó una petición de Washington para recibir a ciudadanos de países de África Occidental, con los que Ghana comparte la libre circulación en el marco de la Cedeao. «No necesitan visado para estar aquí; los ayudaremos a volver a casa», declaró.

Según abogados que representan a varios de los deportados, el nigeriano y el gambiano habían obtenido en Estados Unidos protección judicial contra la devolución a sus países, por lo que el traslado a Ghana «es una forma de eludir esas órdenes».

El Gobierno nigeriano no se ha pronunciado sobre la llegada de sus ciudadanos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      nationalities: ["NG", "GM"],
      people: { value: 14, approx: false },
      arrival: ["Kotoka"],
      date: "2025-09-05",
    },
  },
  {
    id: "es-028",
    lang: "es",
    style: "receiving-country-local",
    title: `Paraguay firma con EE.UU. un acuerdo para recibir a solicitantes de asilo de otros países`,
    published: "2025-08-15",
    text: `Asunción. El Gobierno paraguayo firmó este jueves en Washington un acuerdo de «tercer país seguro» con Estados Unidos, por el cual Paraguay podrá recibir a solicitantes de asilo de otras nacionalidades que se encuentran en territorio estadounidense, informó la Cancillería Nacional.

El canciller explicó que el convenio todavía debe pasar por el Congreso y que no establece cifras ni plazos. «Paraguay evaluará cada caso y no recibirá a personas con antecedentes criminales», aseguró en una entrevista con una radio local.

La oposición cuestionó que el texto no se haya hecho público y pidió la comparecencia del canciller ante la Comisión de Relaciones Exteriores del Senado.

Estados Unidos ha firmado acuerdos similares este año con países de Centroamérica y de África, en el marco de su política de deportaciones a terceros países.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["PY"],
      people: null,
      date: "2025-08-14",
    },
  },
  {
    id: "es-029",
    lang: "es",
    style: "wire",
    title: `EE.UU. deporta a 52 haitianos a Cabo Haitiano pese a la crisis de violencia`,
    published: "2024-04-18",
    text: `Santo Domingo, 18 abr (EFE).- Estados Unidos deportó este jueves a cincuenta y dos haitianos en un vuelo que aterrizó en la principal ciudad del norte del país, ante el cierre del aeropuerto de Puerto Príncipe por los ataques de las bandas armadas, informó la Oficina Nacional de Migración (ONM) de Haití.

El avión, procedente de Miami, llevaba a 44 hombres y 8 mujeres, según la ONM, que los recibió con el apoyo de la Organización Internacional para las Migraciones (OIM).

Organizaciones de derechos humanos criticaron la reanudación de las deportaciones en plena emergencia. «Enviar personas a un país donde las pandillas controlan la capital es condenarlas al desplazamiento», dijo la coordinadora de una red de acogida en Cabo Haitiano.

Según la OIM, más de 360.000 haitianos se encuentran desplazados dentro del país por la violencia.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 52, approx: false },
      departure: ["Miami"],
      arrival: ["Cabo Haitiano"],
      date: "2024-04-18",
    },
  },
  {
    id: "es-030",
    lang: "es",
    style: "receiving-country-local",
    title: `Pese a la alerta por COVID-19, Toncontín recibirá mañana un vuelo con retornados`,
    published: "2020-03-10",
    text: `Tegucigalpa. Más de un centenar de hondureños deportados desde Estados Unidos llegarán mañana miércoles al Aeropuerto Internacional Toncontín, confirmó este martes la Dirección de Protección al Hondureño Migrante de la Cancillería.

El vuelo saldrá de Houston, Texas, y es uno de los tres que se esperan esta semana. Las autoridades sanitarias instalarán un filtro en la terminal para tomar la temperatura a cada retornado antes de su traslado al Centro de Atención al Migrante Retornado.

«No hemos recibido ninguna notificación de casos sospechosos entre los deportados, pero vamos a extremar las medidas», dijo la viceministra de Salud, Norma Cálix.

Diputados de oposición pidieron suspender temporalmente la recepción de vuelos hasta conocer el estado de salud de los detenidos en los centros migratorios estadounidenses.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["HN"],
      people: { value: 100, approx: true },
      departure: ["Houston, Texas"],
      arrival: ["Toncontín"],
      date: "2020-03-11",
    },
  },
  {
    id: "es-031",
    lang: "es",
    style: "migration-office-bulletin",
    title: `Llegan a Rionegro 97 colombianos deportados desde Orlando`,
    published: "2025-11-20",
    text: `Migración Colombia informa que este jueves fueron recibidos en el Aeropuerto Internacional José María Córdova, de Rionegro (Antioquia), 97 connacionales retornados por las autoridades migratorias de los Estados Unidos.

El grupo, conformado por 78 hombres y 19 mujeres, fue atendido por oficiales de Migración Colombia, la Policía Nacional, la Gobernación de Antioquia y el ICBF, que verificaron la identidad y la situación judicial de cada persona.

Es el quinto vuelo de este tipo que aterriza en el oriente antioqueño desde septiembre, cuando se habilitó esta terminal como punto de llegada alterno a Bogotá para descongestionar El Dorado.

La entidad recuerda a los colombianos en el exterior que pueden inscribirse en el Registro Único de Retornados para acceder a los beneficios de la Ley 1565 de 2012.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 97, approx: false },
      departure: ["Orlando"],
      arrival: ["José María Córdova"],
      date: "2025-11-20",
    },
  },
  {
    id: "es-032",
    lang: "es",
    style: "receiving-country-local",
    title: `Ciento veinte ecuatorianos deportados aterrizan en Latacunga`,
    published: "2022-12-07",
    text: `Latacunga. Un avión con ciento veinte ecuatorianos deportados de Estados Unidos aterrizó el pasado domingo en el aeropuerto Cotopaxi, en la primera operación de este tipo en la terminal de la Sierra centro.

El vuelo salió de Mesa, Arizona, la madrugada del mismo domingo. A bordo viajaban 102 hombres y 18 mujeres, la mayoría oriundos de Cañar, Azuay, Chimborazo y Cotopaxi, informó la Coordinación Zonal 3 de la Cancillería.

«Para las familias de la Sierra es un alivio no tener que viajar hasta Guayaquil a recibirlos», comentó Segundo Chiluisa, que esperaba a su sobrino en los exteriores del aeropuerto.

Según cifras oficiales, en 2022 más de 5.000 ecuatorianos han sido deportados en vuelos desde Estados Unidos, la cifra más alta de la última década.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 120, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Cotopaxi"],
      date: "2022-12-04",
    },
  },
  {
    id: "es-033",
    lang: "es",
    style: "receiving-country-local",
    title: `México negó el aterrizaje de un avión militar de EE.UU. con deportados, según reportes`,
    published: "2025-01-24",
    text: `Ciudad de México. El Gobierno mexicano no autorizó el jueves el aterrizaje de un avión de transporte militar C-17 de Estados Unidos que debía traer a personas deportadas, de acuerdo con funcionarios estadounidenses citados por medios de ese país.

La Secretaría de Relaciones Exteriores evitó confirmar o desmentir la negativa. En un breve comunicado, se limitó a asegurar que México «siempre aceptará la llegada de mexicanas y mexicanos con los brazos abiertos» y que mantiene «una muy buena relación» con Washington en materia migratoria.

La Casa Blanca calificó el episodio como «un asunto administrativo ya resuelto» y destacó que México recibió ese mismo día cuatro vuelos de deportación en aviones civiles.

La presidenta ha reiterado que su Gobierno no está de acuerdo con la reactivación del programa «Quédate en México».`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["MX"],
      people: null,
      date: "2025-01-23",
    },
  },
  {
    id: "es-034",
    lang: "es",
    style: "wire",
    title: `Cuba aceptará de nuevo vuelos de deportación desde Estados Unidos`,
    published: "2022-11-30",
    text: `La Habana, 30 nov (EFE).- El Gobierno de Cuba informó este miércoles que aceptará la reanudación de los vuelos de deportación de ciudadanos cubanos desde Estados Unidos, suspendidos desde principios de 2020 por la pandemia de covid-19.

Así lo comunicó el subdirector de Asuntos Consulares y de Cubanos Residentes en el Exterior del Ministerio de Relaciones Exteriores (Minrex), quien precisó que las devoluciones se harán «en cumplimiento de los acuerdos migratorios bilaterales vigentes».

El funcionario no dio una fecha para el primer vuelo ni precisó cuántas personas serán devueltas. Fuentes diplomáticas estadounidenses indicaron que las operaciones se concentrarán en cubanos detenidos en la frontera con México que no tengan una vía legal para permanecer.

En el año fiscal 2022, las autoridades fronterizas estadounidenses registraron más de 220.000 encuentros con migrantes cubanos, una cifra sin precedentes.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CU"],
      people: null,
      date: "2022-11-30",
    },
  },
  {
    id: "es-035",
    lang: "es",
    style: "receiving-country-local",
    title: `Avión militar estadounidense aterriza en Comalapa con una veintena de salvadoreños`,
    published: "2025-03-05",
    text: `Un avión C-17 de la Fuerza Aérea de Estados Unidos aterrizó este miércoles en el aeropuerto de Comalapa con una veintena de salvadoreños deportados, en el primer vuelo militar con connacionales que recibe el país durante la actual administración estadounidense.

La aeronave despegó de Fort Bliss, en El Paso, Texas, según confirmó la Embajada de Estados Unidos en San Salvador, que no precisó la cifra exacta de pasajeros.

Los retornados fueron recibidos por personal de la DGME y trasladados a la Gerencia de Atención al Migrante, donde se les tomaron datos biométricos. La Policía Nacional Civil verificó si alguno tenía antecedentes o vínculos con pandillas.

La viceministra de Diáspora insistió en que el país no ha registrado «deportaciones masivas» y que el número de vuelos se mantiene dentro del promedio de años anteriores.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 20, approx: true },
      departure: ["Fort Bliss"],
      arrival: ["Comalapa"],
      date: "2025-03-05",
    },
  },
  {
    id: "es-036",
    lang: "es",
    style: "receiving-country-local",
    title: `Tres vuelos con 367 guatemaltecos retornados llegan en una sola jornada`,
    published: "2025-02-10",
    text: `Tres vuelos con un total de 367 guatemaltecos deportados desde Estados Unidos aterrizaron este lunes en la Base Aérea La Aurora, la cifra más alta en un solo día en lo que va del año, según el Instituto Guatemalteco de Migración.

Dos de las aeronaves procedían de Laredo, Texas, y la tercera de El Paso. Entre los retornados había 41 mujeres y 12 menores no acompañados, que fueron entregados a la Secretaría de Bienestar Social.

La vicepresidenta Karin Herrera recibió a uno de los grupos al pie de la escalerilla. «Bienvenidos a su casa, paisanos», les dijo antes de que pasaran al salón de recepción, donde les entregaron un refrigerio y una tarjeta telefónica.

El programa «Retorno al Hogar» ofrece a los deportados capacitación técnica e intermediación laboral en sus municipios de origen. Las autoridades prevén que el ritmo de vuelos se mantenga durante febrero.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 367, approx: false },
      departure: ["Laredo, Texas", "El Paso"],
      arrival: ["La Aurora"],
      date: "2025-02-10",
    },
  },
  {
    id: "es-037",
    lang: "es",
    style: "wire",
    title: `Guatemala suspende la recepción de vuelos de deportados por el coronavirus`,
    published: "2020-03-17",
    text: `Ciudad de Guatemala, 17 mar (EFE).- El Gobierno de Guatemala anunció este martes que suspende de manera temporal la recepción de vuelos con guatemaltecos deportados desde Estados Unidos, después de que uno de los retornados en un vuelo de la semana pasada diera positivo por el nuevo coronavirus.

El canciller informó que la medida regirá «hasta que las autoridades estadounidenses garanticen que los deportados han sido evaluados antes de abordar». También quedan en pausa los traslados de solicitantes de asilo de otros países previstos en el acuerdo de cooperación firmado con Washington en 2019.

Guatemala recibió en 2019 cerca de 54.000 connacionales en vuelos procedentes de Estados Unidos, según datos del Instituto Guatemalteco de Migración.

El Departamento de Seguridad Nacional estadounidense dijo que está «en contacto con el Gobierno guatemalteco» para reanudar los vuelos lo antes posible.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["GT"],
      people: null,
      date: "2020-03-17",
    },
  },
  {
    id: "es-038",
    lang: "es",
    style: "receiving-country-local",
    title: `El Perú recibirá en marzo tres vuelos con unos 400 connacionales deportados`,
    published: "2025-02-27",
    text: `Lima. El Gobierno de Estados Unidos enviará en marzo tres vuelos con unos 400 peruanos deportados, informó este jueves el canciller ante la Comisión de Relaciones Exteriores del Congreso.

Según explicó, las autoridades estadounidenses comunicaron a la embajada en Washington que se trata de personas detenidas en la frontera y en centros de Texas, California y Arizona, y que las fechas exactas de los vuelos se confirmarán con una semana de anticipación.

«Vamos a tener un equipo multisectorial esperando a cada compatriota: salud, Reniec, Trabajo y el Ministerio de la Mujer», dijo el ministro, quien descartó que los retornados enfrenten algún proceso en el Perú por haber ingresado irregularmente a Estados Unidos.

Desde agosto de 2022, más de 12.000 peruanos han sido deportados desde Estados Unidos en un centenar de vuelos chárter, según cifras de la Cancillería.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["PE"],
      people: { value: 400, approx: true },
      date: "2025-03",
    },
  },
  {
    id: "es-039",
    lang: "es",
    style: "near-miss",
    title: `INM devuelve en autobuses a 312 centroamericanos y fleta un avión a San Pedro Sula`,
    published: "2019-07-18",
    text: `Tapachula, Chiapas. El Instituto Nacional de Migración (INM) devolvió este jueves a sus países a 312 migrantes centroamericanos que habían sido detenidos en Chiapas y Oaxaca, como parte de los compromisos asumidos por México para contener el flujo hacia la frontera norte.

Del total, 247 guatemaltecos y salvadoreños fueron trasladados en ocho autobuses desde la estación migratoria Siglo XXI hasta el puente fronterizo de Ciudad Hidalgo, mientras que 65 hondureños salieron en un avión fletado por el Gobierno mexicano desde Villahermosa con destino al aeropuerto Ramón Villeda Morales, en San Pedro Sula.

El comisionado del INM afirmó que en lo que va de julio México ha deportado a más de 20.000 extranjeros, la mayoría de Honduras, Guatemala y El Salvador. «Todos los retornos se hacen con respeto a sus derechos humanos», aseguró.

Organizaciones civiles de Tapachula denunciaron hacinamiento en la estación Siglo XXI y pidieron acceso para observadores independientes.`,
    expect: { relevant: false },
  },
  {
    id: "es-040",
    lang: "es",
    style: "near-miss",
    title: `Interior fleta un vuelo desde Lanzarote para repatriar a 48 migrantes a Mauritania`,
    published: "2024-09-26",
    text: `Madrid. El Ministerio del Interior repatrió este jueves a 48 migrantes mauritanos y senegaleses en un vuelo chárter que despegó del aeropuerto de Lanzarote con destino a Nuakchot, informaron fuentes policiales.

Los deportados habían llegado a Canarias en cayuco durante las últimas semanas y contaban con órdenes de devolución. Viajaron escoltados por agentes de la Unidad Central de Expulsiones y Repatriaciones (UCER) de la Policía Nacional.

España mantiene acuerdos de readmisión con Mauritania y Senegal que permiten este tipo de operaciones, cofinanciadas por la agencia europea Frontex. En lo que va de año, más de 30.000 personas han llegado por vía marítima al archipiélago, según datos del propio ministerio.

ONG como la Comisión Española de Ayuda al Refugiado (CEAR) criticaron la rapidez de los procedimientos y advirtieron de que algunos de los expulsados podrían haber tenido derecho a pedir protección internacional.`,
    expect: { relevant: false },
  },
  {
    id: "es-041",
    lang: "es",
    style: "near-miss",
    title: `Remesas a Guatemala alcanzan récord pese al temor a las deportaciones masivas`,
    published: "2026-01-15",
    text: `Guatemala. Las remesas familiares enviadas por guatemaltecos en el exterior sumaron 25.480 millones de dólares en 2025, un alza del 18,6 % respecto al año anterior, informó el Banco de Guatemala (Banguat).

Analistas atribuyen parte del aumento al temor de los migrantes a ser deportados: «Muchos están enviando sus ahorros por si los detienen», explicó el economista Julio Pineda, quien recordó que el país recibió el año pasado más de 470 vuelos con retornados desde Estados Unidos.

La entrada en vigor del impuesto estadounidense del 1 % a los envíos de efectivo también impulsó transferencias anticipadas en diciembre, el mes con mayor flujo de la historia, con 2.540 millones de dólares.

Las remesas equivalen a cerca de una quinta parte del producto interno bruto de Guatemala y sostienen el consumo de más de dos millones de hogares, según el Banguat.`,
    expect: { relevant: false },
  },
  {
    id: "es-042",
    lang: "es",
    style: "near-miss",
    title: `Congreso debate reforma a la ley de protección de migrantes retornados`,
    published: "2025-03-27",
    text: `Tegucigalpa. El Congreso Nacional inició este jueves el debate de una reforma a la Ley de Protección de los Hondureños Migrantes y sus Familiares, que busca ampliar el fondo de atención a retornados ante el aumento de los vuelos con deportados desde Estados Unidos.

La iniciativa propone destinar el 2 % de la recaudación por servicios consulares a programas de reinserción laboral y crear oficinas municipales de atención al migrante retornado en los 18 departamentos. «Cada semana llegan entre cinco y siete vuelos; los municipios no tienen cómo atender a esa gente», argumentó la diputada proponente.

La bancada opositora pidió que la reforma incluya una auditoría al programa «Hermano, hermana, vuelve a casa», que entrega bonos a los deportados, y cuestionó que el Ejecutivo no haya presentado cifras de cuántos beneficiarios han recibido el capital semilla prometido.

El dictamen será discutido en una segunda sesión la próxima semana.`,
    expect: { relevant: false },
  },
  {
    id: "es-043",
    lang: "es",
    style: "near-miss",
    title: `Avión de la Fuerza Aérea de EE.UU. llega a Soto Cano con ayuda para damnificados por Eta`,
    published: "2020-11-06",
    text: `Comayagua. Un avión C-17 de la Fuerza Aérea de Estados Unidos, procedente de Miami, aterrizó este viernes en la base aérea José Enrique Soto Cano, en Palmerola, con 14 toneladas de ayuda humanitaria para las familias afectadas por el huracán Eta en el norte de Honduras.

La carga incluye kits de higiene, plásticos para techos, purificadores de agua y alimentos no perecederos, informó la Embajada de Estados Unidos en Tegucigalpa. Desde la base, helicópteros de la Fuerza de Tarea Conjunta Bravo han evacuado a más de 300 personas atrapadas por las inundaciones en el valle de Sula.

La Comisión Permanente de Contingencias (Copeco) reporta al menos 57 muertos y más de 1,6 millones de damnificados. El aeropuerto Ramón Villeda Morales, en San Pedro Sula, permanece cerrado porque la pista quedó bajo el agua.

El Gobierno hondureño solicitó a Washington que otorgue el Estatus de Protección Temporal (TPS) a los hondureños que viven en Estados Unidos ante la magnitud del desastre.`,
    expect: { relevant: false },
  },
  {
    id: "es-044",
    lang: "es",
    style: "near-miss",
    title: `Deportan al Perú a exoficial acusado de desapariciones; llegó en vuelo comercial`,
    published: "2021-06-10",
    text: `Lima. Un exoficial del Ejército acusado de participar en la desaparición de campesinos en Ayacucho durante la década de 1980 fue deportado este jueves desde Estados Unidos y entregado a la Policía Nacional en el Aeropuerto Internacional Jorge Chávez.

El hombre, de 67 años, llegó en un vuelo comercial procedente de Miami escoltado por dos agentes del Servicio de Inmigración y Control de Aduanas (ICE), informó la Fiscalía. Vivía desde 1993 en Florida, donde fue detenido en 2019 por mentir en su solicitud de residencia.

«Es un paso importante para las familias que esperan justicia desde hace casi cuarenta años», dijo la abogada de la Coordinadora Nacional de Derechos Humanos.

El deportado fue trasladado a la sede de la Dirección de Investigación Criminal, donde se le notificó la orden de captura dictada por un juzgado de Huamanga.`,
    expect: { relevant: false },
  },
  {
    id: "es-045",
    lang: "es",
    style: "near-miss",
    title: `ICE deportó a más de 271.000 personas en el año fiscal; varios países se resisten a recibirlas`,
    published: "2024-12-19",
    text: `El Servicio de Inmigración y Control de Aduanas (ICE) deportó a 271.484 personas a 192 países durante el año fiscal 2024, la cifra más alta en una década, según su informe anual divulgado este jueves.

México, Guatemala, Honduras y El Salvador concentraron la mayoría de las expulsiones, seguidos de Colombia, Ecuador y Perú. La agencia realizó en total unos 1.500 vuelos de deportación, incluidos varios a destinos lejanos como India, Senegal, Mauritania y Uzbekistán.

El informe señala que una quincena de países, entre ellos Venezuela, Cuba y Nicaragua, se muestran «poco cooperativos» a la hora de aceptar el regreso de sus ciudadanos, lo que deja a miles de personas con órdenes finales de deportación sin posibilidad de ser expulsadas. Más de 1,4 millones de inmigrantes tienen una orden final pero no están bajo custodia.

Expertos consultados por este canal advirtieron que la capacidad de vuelos de ICE Air sería el principal cuello de botella para el plan de deportaciones masivas anunciado por el presidente electo.`,
    expect: { relevant: false },
  },
  {
    id: "es-046",
    lang: "es",
    style: "near-miss",
    title: `Llegan a Maiquetía 298 venezolanos repatriados desde Ciudad de México`,
    published: "2025-11-12",
    text: `Un avión de la aerolínea estatal Conviasa aterrizó este miércoles en el Aeropuerto Internacional Simón Bolívar de Maiquetía con 298 venezolanos que se encontraban en México, en un nuevo vuelo del Plan Vuelta a la Patria.

El canciller recibió a los repatriados —241 hombres, 39 mujeres y 18 niños— y afirmó que se trata de personas que «decidieron regresar» tras no poder cruzar la frontera hacia Estados Unidos. La mayoría llevaba meses varada en Ciudad de México, Monterrey y Tapachula.

Según el Gobierno venezolano, en lo que va de año más de 17.000 connacionales han regresado por esta vía, la mayoría en vuelos procedentes de Estados Unidos, con los que el programa se alterna dos veces por semana.

El funcionario aseguró que el Estado facilitará a los recién llegados su incorporación a los planes de empleo y vivienda.`,
    expect: { relevant: false },
  },
];
