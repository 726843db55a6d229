// Held-out news corpus no. 21 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT21B: CorpusArticle[] = [
  {
    id: "h21b-es-001",
    lang: "es",
    style: "receiving-country-local",
    title: "Llegan a Latacunga 116 ecuatorianos deportados desde Texas",
    published: "2025-03-14",
    text: `Un avión contratado por el Servicio de Inmigración y Control de Aduanas de Estados Unidos (ICE) aterrizó la noche del miércoles en el aeropuerto internacional Cotopaxi, en Latacunga, con ciento dieciséis ciudadanos ecuatorianos que habían sido detenidos tras cruzar la frontera sur de ese país.

La aeronave despegó a media tarde de Harlingen, Texas, y tocó pista poco antes de las 22:00, según confirmó la Cancillería en un comunicado difundido el jueves. Del total de pasajeros, 94 eran hombres y 22 mujeres; no viajaban menores de edad.

En la terminal los esperaban funcionarios del Viceministerio de Movilidad Humana, que tomaron datos, entregaron kits de higiene y ofrecieron transporte hacia Quito, Ambato y Riobamba. «Algunos llegan sin un dólar y sin teléfono; lo primero es que puedan avisar a su familia», explicó Marisol Quishpe Andrango, coordinadora del punto de atención.

Es el sexto vuelo de este tipo que recibe la provincia de Cotopaxi en lo que va del año. Las autoridades locales pidieron al Gobierno central más recursos para la acogida, porque muchos de los retornados no tienen dónde pasar la primera noche.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 116, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Latacunga"],
      date: "2025-03-12",
    },
  },
  {
    id: "h21b-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Costa Rica recibe otro vuelo con migrantes de Asia expulsados por Estados Unidos",
    published: "2025-11-20",
    text: `Cerca de noventa personas originarias de Uzbekistán, Afganistán, China y Rusia llegaron el martes a Costa Rica a bordo de un vuelo fletado por el gobierno estadounidense, en el marco del compromiso del país centroamericano de servir de «puente» para extranjeros que Washington no logra devolver directamente a sus naciones.

El avión salió de San Diego, California, de madrugada y aterrizó cerca del mediodía en el aeropuerto Juan Santamaría. Desde allí, los migrantes —entre ellos una veintena de niños— fueron llevados en autobuses a un centro de atención temporal en la zona sur del país.

La Dirección General de Migración y Extranjería no dio una cifra exacta. En conferencia de prensa, el viceministro Esteban Calvo Ureña se limitó a decir que «son menos de cien» y que el costo de la estadía «lo cubre íntegramente Estados Unidos».

Abogados de la organización Puentes sin Muros presentaron un recurso de hábeas corpus ante la Sala Constitucional por considerar que los extranjeros permanecen retenidos sin orden judicial. «Nadie les ha explicado cuánto tiempo van a estar aquí ni adónde irán después», dijo la abogada Ximena Porras Leiva.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["UZ", "AF", "CN", "RU"],
      people: { value: 90, approx: true },
      departure: ["San Diego, California"],
      arrival: ["aeropuerto Juan Santamaría"],
      date: "2025-11-18",
    },
  },
  {
    id: "h21b-es-003",
    lang: "es",
    style: "receiving-country-local",
    title: "Dos aviones con deportados desde EE. UU. aterrizaron en Bogotá y Rionegro",
    published: "2026-02-05",
    text: `Migración Colombia confirmó que este miércoles 4 de febrero llegaron al país dos aeronaves con connacionales deportados desde Estados Unidos, una al aeropuerto El Dorado de Bogotá y otra al José María Córdova, en Rionegro (Antioquia).

El primer vuelo partió de El Paso (Texas) con 109 pasajeros; el segundo, procedente de Houston, traía a 103. En total fueron 212 colombianos, entre ellos nueve mujeres embarazadas y catorce personas con requerimientos judiciales pendientes en Colombia, que quedaron a disposición de la Fiscalía.

«Se verificó uno por uno que no hubiera esposas ni malos tratos durante el trayecto», aseguró la directora regional Luz Dary Cárdenas Mora, quien recordó que desde enero el país ha recibido 31 vuelos de este tipo.

Los retornados recibieron atención médica y orientación del programa de acogida de la Cancillería. La mayoría fue recogida por familiares en las terminales; otros pidieron apoyo para seguir hacia Pereira, Cali y Bucaramanga.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 212, approx: false },
      departure: ["El Paso", "Houston"],
      arrival: ["Bogotá", "Rionegro"],
      date: "2026-02-04",
    },
  },
  {
    id: "h21b-es-004",
    lang: "es",
    style: "wire",
    title: "Venezuela volverá a recibir vuelos de repatriados desde Estados Unidos",
    published: "2026-01-10",
    text: `CARACAS, 10 ene (Agencia Meridiana) — El Gobierno de Venezuela anunció el viernes que volverá a aceptar los vuelos con migrantes venezolanos deportados por Estados Unidos, tras casi dos meses de suspensión por la crisis diplomática entre ambos países.

El anuncio lo hizo el ministro de Comunicación, Aurelio Bastidas Rengifo, en un acto transmitido por la televisión estatal. «Nuestros hermanos que sean expulsados de forma injusta serán recibidos con los brazos abiertos», dijo, sin precisar cuándo llegará el primer avión ni cuántas personas se esperan.

Washington no había comentado la decisión hasta la tarde del sábado. Fuentes diplomáticas citadas por esta agencia indicaron que los vuelos podrían retomarse «en cuestión de semanas».

Entre febrero y noviembre del año pasado, Venezuela recibió unas 90 aeronaves con repatriados procedentes de territorio estadounidense, según cifras oficiales.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VE"],
      people: null,
      departure: [],
      arrival: [],
      date: "2026-01-09",
    },
  },
  {
    id: "h21b-es-005",
    lang: "es",
    style: "receiving-country-local",
    title: "Repatrian a 64 dominicanos en vuelo procedente de Luisiana",
    published: "2024-06-11",
    text: `Sesenta y cuatro dominicanos deportados desde Estados Unidos llegaron este martes al Aeropuerto Internacional de Las Américas (AILA) en un vuelo chárter que salió de Alexandria, Luisiana.

De acuerdo con la Dirección General de Migración, 51 de los repatriados tenían condenas en territorio estadounidense por delitos que van desde tráfico de drogas hasta violencia doméstica, mientras que el resto fue deportado por violaciones migratorias.

Los recién llegados fueron entrevistados por agentes antinarcóticos y de la Policía Nacional antes de ser entregados a sus familiares, que aguardaban desde temprano en el parqueo de la terminal.

«Mi hermano lleva veinte años allá, tiene hijos nacidos allá; esto es una tragedia», comentó Yokasta Peralta Beltré, residente en Boca Chica, mientras esperaba bajo el sol.

El organismo precisó que en lo que va de año han sido repatriados por vía aérea unos 1.900 ciudadanos, en vuelos que llegan casi cada semana.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 64, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Las Américas"],
      date: "2024-06-11",
    },
  },
  {
    id: "h21b-es-006",
    lang: "es",
    style: "spanish-outlet",
    title: "Más de 150 peruanos deportados llegaron al Callao en un vuelo desde Miami",
    published: "2025-11-02",
    text: `Un vuelo con más de 150 ciudadanos peruanos expulsados de Estados Unidos aterrizó el pasado 28 de octubre en el aeropuerto Jorge Chávez, informó este domingo la Superintendencia Nacional de Migraciones, que hasta ahora había mantenido reserva sobre la operación.

Según el reporte oficial, la aeronave despegó del aeropuerto internacional de Miami y llegó al Callao en horas de la madrugada. La entidad no precisó la cifra exacta de pasajeros ni cuántos tenían antecedentes, aunque fuentes del sector Interior indicaron que la mayoría eran varones de entre 20 y 35 años.

Los deportados fueron recibidos por personal de la Cancillería y de la Policía Nacional, que revisó si tenían requisitorias pendientes. Dos de ellos quedaron detenidos por órdenes de captura vigentes.

Con este son ya cinco los vuelos de deportación llegados al Perú en el año, frente a los dos de todo 2024, según un recuento de este medio.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 150, approx: true },
      departure: ["Miami"],
      arrival: ["aeropuerto Jorge Chávez"],
      date: "2025-10-28",
    },
  },
  {
    id: "h21b-es-007",
    lang: "es",
    style: "wire",
    title: "Uganda recibe a once deportados de EE. UU. que no son ugandeses",
    published: "2025-12-03",
    text: `KAMPALA — Un avión fletado por el Gobierno de Estados Unidos aterrizó el domingo en el aeropuerto de Entebbe con once hombres de nacionalidad paquistaní, yemení, cubana y hondureña, según confirmó este miércoles el Ministerio de Asuntos Exteriores de Uganda.

Es la primera entrega de este tipo desde que Kampala y Washington firmaron un acuerdo temporal para el traslado de extranjeros que no pueden ser devueltos a su país. El vuelo había salido de Luisiana e hizo una escala técnica en Dakar, de acuerdo con datos de seguimiento aéreo consultados por activistas.

«Uganda no será el vertedero de nadie; estas personas recibirán un trato digno mientras se estudian sus casos», dijo el secretario permanente Joseph Okello Mbabazi. La cancillería no aclaró dónde permanecen alojados.

Organizaciones de derechos humanos de la capital ugandesa denunciaron que al menos dos de los hombres tenían solicitudes de protección pendientes en Estados Unidos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UG"],
      nationalities: ["PK", "YE", "CU", "HN"],
      people: { value: 11, approx: false },
      departure: ["Luisiana"],
      arrival: ["Entebbe"],
      date: "2025-11-30",
    },
  },
  {
    id: "h21b-es-008",
    lang: "es",
    style: "receiving-country-local",
    title: "Brasil espera para el viernes un nuevo vuelo con deportados, esta vez en Fortaleza",
    published: "2025-07-22",
    text: `El Gobierno brasileño prevé recibir el próximo viernes un vuelo con unos cien ciudadanos deportados desde Estados Unidos que, por primera vez, aterrizará en Fortaleza, capital del estado de Ceará, en lugar de Confins, en Minas Gerais, informó el Ministerio de Derechos Humanos.

El cambio responde a una petición de Brasilia para que los connacionales del nordeste no tengan que recorrer miles de kilómetros por carretera para volver a casa, explicó a la prensa la secretaria Renata Albuquerque Farias.

Después del episodio de comienzos de año, cuando un grupo de deportados llegó esposado a Manaos y el Gobierno protestó formalmente, ambos países pactaron un protocolo que prohíbe el uso de grilletes una vez que el avión entra en espacio aéreo brasileño.

En el aeropuerto Pinto Martins se habilitará un puesto de acogida con atención médica, psicológica y de documentación. Las autoridades no informaron desde qué ciudad estadounidense despegará la aeronave.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["BR"],
      people: { value: 100, approx: true },
      departure: [],
      arrival: ["Fortaleza"],
      date: "2025-07-25",
    },
  },
  {
    id: "h21b-es-009",
    lang: "es",
    style: "dhs-release",
    title: "ICE repatría a 41 ciudadanos haitianos",
    published: "2024-04-11",
    text: `MIAMI — Funcionarios de Operaciones de Control y Deportación (ERO) del Servicio de Inmigración y Control de Aduanas de EE. UU. (ICE) repatriaron el 9 de abril a cuarenta y un ciudadanos haitianos en un vuelo de expulsión que partió de Miami con destino a Cabo Haitiano, Haití.

Entre los expulsados había personas con condenas por homicidio, agresión agravada y delitos relacionados con drogas. Todos contaban con órdenes definitivas de expulsión dictadas por jueces de inmigración.

«Seguimos aplicando la ley de manera segura y humana, en coordinación con el Gobierno de Haití», declaró el director interino de la oficina de ERO en Miami, Raymond D. Castellano.

ICE lleva a cabo cada año miles de expulsiones a más de 150 países. Los vuelos de repatriación a Haití se realizan tras consultas con las autoridades haitianas y con socios internacionales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 41, approx: false },
      departure: ["Miami"],
      arrival: ["Cabo Haitiano"],
      date: "2024-04-09",
    },
  },
  {
    id: "h21b-es-010",
    lang: "es",
    style: "wire",
    title: "Un vuelo de deportación de EE. UU. deja a 73 personas en Tiflis y Ereván",
    published: "2025-09-17",
    text: `TIFLIS — Un avión fletado por las autoridades migratorias estadounidenses aterrizó el lunes en la capital georgiana con 41 ciudadanos de Georgia y continuó horas después hacia Ereván, donde desembarcaron otros 32 armenios, informaron los ministerios del Interior de ambos países. En total, 73 personas fueron devueltas en la operación.

Fue el primer vuelo conjunto de este tipo hacia el Cáucaso Sur. El aparato procedía de Newark, en el estado de Nueva Jersey, e hizo una escala técnica en Shannon (Irlanda).

En Tiflis, la policía de fronteras comprobó los documentos de los deportados y los dejó marchar sin cargos. «Son ciudadanos georgianos y aquí tienen su casa», declaró el viceministro Nodar Beridze.

El Servicio de Migración de Armenia dijo que la mayoría de los retornados había intentado entrar en Estados Unidos por la frontera con México en 2023 y 2024, tras volar a Cancún o Tijuana.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE", "AM"],
      people: { value: 73, approx: false },
      departure: ["Newark"],
      arrival: ["Tiflis", "Ereván"],
      date: "2025-09-15",
    },
  },
  {
    id: "h21b-es-011",
    lang: "es",
    style: "receiving-country-local",
    title: "Honduras suma 212 vuelos de retornados en el año; ayer llegaron 118 más",
    published: "2024-10-09",
    text: `Un total de 118 hondureños, entre ellos 17 menores que viajaban con sus padres, llegaron ayer al aeropuerto internacional Ramón Villeda Morales, de San Pedro Sula, en un vuelo procedente de Brownsville, Texas, informó el Centro de Atención al Migrante Retornado (CAMR).

Con esta aeronave ya son 212 los vuelos de deportados recibidos en el país desde enero, la mayoría desde Estados Unidos y unos pocos desde México, de acuerdo con el observatorio consular de la Cancillería. En el mismo periodo han retornado por vía aérea más de 21.000 personas.

La directora del CAMR, Karla Yamileth Zelaya, pidió a las empresas de la zona norte que abran plazas para los retornados. «Vienen con experiencia en construcción, jardinería y cocina; lo que no tienen es por dónde empezar», afirmó.

Las autoridades esperan otros tres vuelos antes de que termine la semana.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 118, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["San Pedro Sula"],
      date: "2024-10-08",
    },
  },
  {
    id: "h21b-es-012",
    lang: "es",
    style: "wire",
    title: "Paraguay firma con EE. UU. un acuerdo para acoger a solicitantes de asilo de otros países",
    published: "2025-08-16",
    text: `ASUNCIÓN — El Gobierno paraguayo firmó el jueves 14 de agosto con Estados Unidos un acuerdo de «tercer país seguro» por el cual aceptará recibir a extranjeros que hayan pedido asilo en territorio estadounidense, confirmó la Cancillería.

El texto, rubricado en Washington por el canciller Hernán Benítez Cabral, prevé que Paraguay acoja a un número limitado de personas por año, aunque la cifra no se hizo pública. Tampoco se informó cuándo podría llegar el primer grupo ni si los traslados se harán en vuelos chárter o comerciales.

Legisladores de la oposición pidieron que el acuerdo pase por el Congreso. «No se puede convertir al país en la sala de espera de Estados Unidos sin debate», dijo la senadora Mirta Giménez Ocampo.

Paraguay se suma así a otros países de la región que en los últimos meses han aceptado recibir a migrantes de terceras nacionalidades expulsados por Washington.`,
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
    id: "h21b-es-013",
    lang: "es",
    style: "receiving-country-local",
    title: "Arriba a La Habana un nuevo vuelo con migrantes irregulares devueltos por EE. UU.",
    published: "2026-03-19",
    text: `Un grupo de 97 migrantes irregulares cubanos, devueltos por las autoridades de Estados Unidos, arribó este jueves al Aeropuerto Internacional José Martí, de La Habana, informó el Ministerio del Interior en su perfil oficial.

Se trata de la duodécima operación de devolución por vía aérea en lo que va de año. Con ella suman 1 046 los cubanos retornados desde territorio estadounidense desde enero, precisó la nota.

Del total de arribados, 81 son hombres y 16 mujeres. Tres de ellos fueron identificados como presuntos autores de delitos cometidos antes de su salida ilegal del país y serán sometidos a proceso penal.

El vuelo, operado por una aerolínea chárter contratada por el ICE, procedía de Miami. El Ministerio reiteró su apuesta por una migración regular y ordenada, y alertó de nuevo sobre los riesgos de las salidas por mar.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CU"],
      people: { value: 97, approx: false },
      departure: ["Miami"],
      arrival: ["La Habana"],
      date: "2026-03-19",
    },
  },
  {
    id: "h21b-es-014",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un vuelo de deportación desde Gran Canaria a Nuakchot con 52 migrantes",
    published: "2025-05-21",
    text: `El Ministerio del Interior llevó a cabo el martes un vuelo de deportación desde el aeropuerto de Gran Canaria con destino a Nuakchot, la capital de Mauritania, en el que fueron expulsadas 52 personas llegadas a Canarias en cayuco durante las últimas semanas, según fuentes policiales.

A bordo viajaban ciudadanos mauritanos, pero también malienses y senegaleses, en aplicación del acuerdo de readmisión que ambos países mantienen desde hace años y que permite devolver a Mauritania a extranjeros que hayan transitado por su territorio.

La ONG Frontera Sur Solidaria criticó la falta de información. «Sabemos que había al menos una decena de malienses, y Malí está en guerra», dijo su portavoz, Lucía Hernández Cabrera.

A diferencia de los vuelos que Estados Unidos envía casi a diario a Centroamérica y que se anuncian en comunicados oficiales, Interior no comenta estas operaciones. Según la ONG, en lo que va de año se han fletado al menos seis vuelos similares, dos de ellos coordinados por la agencia europea Frontex.`,
    expect: { relevant: false },
  },
  {
    id: "h21b-es-015",
    lang: "es",
    style: "near-miss",
    title: "El INM traslada en avión a 130 hondureños desde Tapachula",
    published: "2025-02-27",
    text: `El Instituto Nacional de Migración (INM) trasladó este miércoles a 130 ciudadanos hondureños en un vuelo que despegó del aeropuerto de Tapachula, Chiapas, con destino a San Pedro Sula, como parte de lo que el organismo llama «retorno asistido».

Los migrantes habían sido localizados en la Ciudad de México, Puebla y Oaxaca mientras intentaban avanzar hacia la frontera norte. Muchos de ellos, según el INM, renunciaron a seguir el viaje después de que Estados Unidos cerrara en enero las vías de cita para pedir asilo.

«No es una deportación, es un regreso voluntario y digno», sostuvo el delegado del instituto en Chiapas, Ramiro Escobedo Tovar. Defensores de migrantes en la frontera sur lo ponen en duda y aseguran que varios de los trasladados pasaron semanas en una estación migratoria.

El INM ha realizado vuelos parecidos hacia Guatemala, El Salvador y Honduras desde el año pasado, además de traslados en autobús hasta Ciudad Hidalgo.`,
    expect: { relevant: false },
  },
  {
    id: "h21b-es-016",
    lang: "es",
    style: "near-miss",
    title: "Las deportaciones desde Estados Unidos marcaron un récord en 2025, según un centro de estudios",
    published: "2026-01-28",
    text: `Las expulsiones de migrantes desde Estados Unidos alcanzaron en 2025 su nivel más alto en más de una década, según un informe publicado este miércoles por el Instituto Fronteras Abiertas, un centro de estudios con sede en Washington.

El documento calcula que el Gobierno federal expulsó a alrededor de 412.000 personas durante el año, un 27 % más que en 2024. México, Guatemala y Honduras siguen siendo los principales destinos, pero el informe destaca el fuerte aumento de las devoluciones a países de Sudamérica y de Asia.

Los autores señalan además que la cantidad de vuelos de expulsión creció un 38 % y que cada vez más personas son enviadas a países que no son el suyo. «El sistema se ha vuelto más rápido, pero también menos transparente», resumió la coautora del estudio, Verónica Salgado Ruiz.

El Departamento de Seguridad Nacional no respondió a las conclusiones del informe, aunque en diciembre aseguró que sus cifras propias «superan todas las expectativas».`,
    expect: { relevant: false },
  },
  {
    id: "h21b-es-017",
    lang: "es",
    style: "near-miss",
    title: "Deportan a Chile a un exconcejal acusado de fraude; viajó escoltado en un vuelo comercial",
    published: "2025-06-05",
    text: `El exconcejal Rodrigo Alarcón Vidal, prófugo desde 2021 por un presunto fraude en la compra de luminarias municipales, fue deportado desde Estados Unidos y llegó la mañana del miércoles al aeropuerto de Santiago en un vuelo regular procedente de Miami, escoltado por dos agentes estadounidenses.

Alarcón había sido detenido en marzo en Orlando, Florida, por permanecer en el país con la visa vencida. Tras renunciar a una audiencia ante un juez de inmigración, aceptó su expulsión, según explicó su abogada, Paula Soto Meneses.

Al bajar del avión fue entregado a la Policía de Investigaciones, que lo trasladó directamente a un juzgado de garantía para la audiencia de formalización. La Fiscalía pedirá prisión preventiva.

«Esto demuestra que la cooperación con Estados Unidos funciona», dijo a la prensa el subsecretario del Interior, que no quiso detallar cuántos chilenos más esperan su deportación.`,
    expect: { relevant: false },
  },
  {
    id: "h21b-es-018",
    lang: "es",
    style: "near-miss",
    title: "Los tribunales de inmigración acumulan más de 3,4 millones de casos pendientes",
    published: "2024-09-12",
    text: `Los tribunales de inmigración de Estados Unidos cerraron agosto con más de 3,4 millones de casos sin resolver, una cifra que se ha multiplicado en los últimos cinco años y que obliga a muchos migrantes a esperar hasta 2029 para su primera audiencia, según datos analizados por la Clínica de Derecho Migratorio de la Universidad de Westbrook.

En Houston, uno de los tribunales más saturados, cada juez tiene asignados de media unos 5.000 expedientes. «Tengo clientes que llevan cuatro años esperando y todavía no saben si se pueden quedar o si recibirán una orden de deportación», explicó la abogada Daniela Ferrer Quintana.

La Oficina Ejecutiva de Revisión de Casos de Inmigración ha contratado a más de un centenar de jueces desde 2022, pero los expertos coinciden en que el ritmo de nuevos casos sigue siendo mayor que la capacidad de resolverlos.

Grupos de defensa piden al Congreso más fondos para abogados de oficio, ya que casi la mitad de los solicitantes comparece sin representación legal.`,
    expect: { relevant: false },
  },
  {
    id: "h21b-es-019",
    lang: "es",
    style: "near-miss",
    title: "La aerolínea chárter que trabaja para el ICE duplica sus ingresos",
    published: "2025-08-07",
    text: `Skyline Air Partners, una de las compañías chárter que operan vuelos para el Servicio de Inmigración y Control de Aduanas (ICE), informó el miércoles que sus ingresos del segundo trimestre se duplicaron con respecto al mismo periodo del año anterior, hasta alcanzar 188 millones de dólares.

La empresa, con base en Arizona, atribuyó el aumento a la ampliación de sus contratos gubernamentales, que ya representan cerca del 60 % de sus horas de vuelo. También anunció la compra de cuatro aviones Boeing 737 adicionales.

Analistas del sector advierten, sin embargo, de que la dependencia de un solo cliente es un riesgo. «Si cambia la política migratoria, cambia su negocio de la noche a la mañana», señaló el consultor aeronáutico Tomás Ibarra Lugo.

Varias organizaciones de derechos humanos convocaron protestas frente a la sede de la compañía y pidieron a sus inversores que se desvinculen.`,
    expect: { relevant: false },
  },
  {
    id: "h21b-es-020",
    lang: "es",
    style: "near-miss",
    title: "EE. UU. amplía las restricciones de visado a ciudadanos de nueve países",
    published: "2026-02-18",
    text: `El Departamento de Estado anunció el martes nuevas restricciones para la emisión de visados a ciudadanos de nueve países de África, Asia y el Caribe, entre ellos Haití, Laos y Sierra Leona, en lo que la Casa Blanca describió como una medida de «seguridad nacional».

Según la proclamación, los consulados dejarán de tramitar visados de turismo y de estudiante para los nacionales de esos países a partir del 1 de marzo, aunque se mantendrán excepciones para diplomáticos, deportistas y familiares directos de ciudadanos estadounidenses.

El Gobierno argumentó que varios de los países afectados «no cooperan» en la identificación de sus ciudadanos ni en la emisión de documentos de viaje. La proclamación no modifica los vuelos de repatriación ya programados, precisó un portavoz.

Organizaciones de la diáspora haitiana en Miami y Nueva York calificaron la medida de discriminatoria y anunciaron que la recurrirán ante los tribunales.`,
    expect: { relevant: false },
  },
  {
    id: "h21b-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美方包机遣返一百二十名中国籍非法移民 航班降落福州",
    published: "2025-04-15",
    text: `据美国驻华使馆微信公众号消息,美国国土安全部上周五通过移民与海关执法局(ICE)安排包机,将一百二十名在美国没有合法居留依据的中国籍人员遣返回国。航班从洛杉矶起飞,降落在福州长乐国际机场。

中方有关部门在机场完成了身份核查和入境手续。据知情人士透露,这批人员大多来自福建、浙江两省,其中不少人是在前年经由南美洲“走线”进入美国的。

这是今年以来美方第三次以大型包机方式向中国遣返非法移民。美国使馆在声明中表示,美方将继续与中方合作打击偷渡和人口走私活动,并呼吁有意前往美国的人“不要轻信蛇头的谎言”。

旅美华人律师周文涛对本报表示,近几个月来被拘押的中国籍寻求庇护者明显增多,“有些人的庇护案还在审理中,就收到了遣返通知”。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 120, approx: false },
      departure: ["洛杉矶"],
      arrival: ["福州"],
      date: "2025-04-11",
    },
  },
  {
    id: "h21b-zh-002",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返班機抵達河內 約80名越南人被送回國",
    published: "2025-06-20",
    text: `(寰宇新聞網綜合報導)越南外交部20日證實,一架由美國移民及海關執法局(ICE)包租的遣返班機已於本月18日降落河內內排國際機場,機上約80名越南公民因不具合法居留身分遭遣送回國。

越方發言人表示,這批人員均經越南駐美使領館核實國籍,抵達後由公安部門辦理入境手續並進行審查,「確認沒有刑事案件後,將交由家屬接回」。

據了解,班機自德州聖安東尼奧起飛,途經夏威夷檀香山加油。美越兩國此前的協議對早年抵美的越南人設有特別保護,但近來華府頻頻施壓,要求河內接收更多人。

越南旅美社團「同心會」負責人阮氏蘭對本報表示,許多被遣返者在美國已生活十多年,「有人連越南話都說不太流利了」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 80, approx: true },
      departure: ["聖安東尼奧"],
      arrival: ["河內"],
      date: "2025-06-18",
    },
  },
  {
    id: "h21b-zh-003",
    lang: "zh",
    style: "chinese-outlet",
    title: "卢旺达接收九名美国遣送的第三国移民",
    published: "2025-10-02",
    text: `【本报综合报道】卢旺达政府发言人办公室周四证实,九名被美国驱逐出境的外国人已于周二乘坐美方安排的航班抵达首都基加利。他们分别来自伊拉克、索马里和老挝,均非卢旺达公民。

卢方表示,这是根据今年与华盛顿签署的双边协议进行的又一批移交,协议的接收上限没有对外公布。发言人称,这些人将由国际组织协助安置,可以选择留在卢旺达接受职业培训,也可以申请返回原籍国。

美国国土安全部未就航班细节置评。人权组织则批评说,被遣送者中至少有一人曾获得美国移民法官“不得遣返至原籍国”的裁决,如今被送往一个毫无关联的第三国,等于变相绕开了司法保护。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["IQ", "SO", "LA"],
      people: { value: 9, approx: false },
      departure: [],
      arrival: ["基加利"],
      date: "2025-09-30",
    },
  },
  {
    id: "h21b-zh-004",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "尼日利亞拒絕接收美國遣送的第三國被驅逐者",
    published: "2025-07-16",
    text: `【本報訊】尼日利亞外交部長阿德巴約·奧孔庫沃週一在首都阿布賈表示,該國不會接受美國把其他國家的被驅逐人士送往尼日利亞,「我們自己要處理的問題已經夠多了」。

據報道,華府近期向多個西非國家施壓,要求它們接收無法遣返原籍國的移民,其中包括部分曾在美國服刑的人士。奧孔庫沃說,尼日利亞「不會成為別人的收容所」。

美方近期同時收緊了對尼日利亞公民的簽證政策,不少分析人士認為兩者存在關聯。奧孔庫沃則強調,經核實身分的尼日利亞公民仍可照常被遣返回國。

美國國務院發言人回應稱,華府「尊重各國主權」,但會繼續與非洲夥伴商討移民合作。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["NG"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-07-14",
    },
  },
  {
    id: "h21b-zh-005",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国遣返包机先后降落新德里和加德满都 近200人被送回",
    published: "2024-10-28",
    text: `美国国土安全部日前发布消息称,一架遣返包机于10月25日从得克萨斯州埃尔帕索起飞,先后降落在印度首都新德里和尼泊尔首都加德满都,将近200名没有合法留美依据的印度和尼泊尔公民送回国。

声明没有公布两国人员各自的数量。印度外交部发言人在例行记者会上表示,所有被遣返者的身份均已由印方核实,“印度一贯反对非法移民,愿意接收经核实的本国公民”。

近年来,经由中美洲陆路前往美国的南亚移民大幅增加,一些旁遮普邦和古吉拉特邦的家庭为此支付了高昂的中介费。

尼泊尔移民局官员透露,在加德满都下机的人员以年轻男性为主,多数人在过去两年间取道墨西哥入境美国。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN", "NP"],
      people: { value: 200, approx: true },
      departure: ["埃尔帕索"],
      arrival: ["新德里", "加德满都"],
      date: "2024-10-25",
    },
  },
  {
    id: "h21b-zh-006",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國遣返班機飛抵中亞 吉爾吉斯、哈薩克共四十九人返國",
    published: "2025-05-12",
    text: `(環亞日報綜合外電)吉爾吉斯外交部表示,一架美國移民及海關執法局安排的遣返班機上週四從路易斯安那州亞歷山大起飛,抵達首都比什凱克的瑪納斯國際機場,機上有三十一名吉爾吉斯公民;飛機隨後續飛哈薩克最大城市阿拉木圖,再放下十八名哈薩克人,兩國合計四十九人。

吉方表示,這些人多數在美國並無犯罪紀錄,而是因庇護申請遭駁回或逾期居留而被下令離境。哈薩克內政部則說,將協助返國者辦理證件並登記就業。

近年中亞國家前往美國的移民人數迅速上升,不少人先飛往土耳其,再轉往墨西哥,最後越境進入美國。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KG", "KZ"],
      people: { value: 49, approx: false },
      departure: ["亞歷山大"],
      arrival: ["比什凱克", "阿拉木圖"],
      date: "2025-05-08",
    },
  },
  {
    id: "h21b-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "牙买加证实:美方遣返包机本周四抵达金斯敦",
    published: "2026-01-13",
    text: `牙买加国家安全部周二证实,一架载有约四十名牙买加公民的美国遣返包机将于本周四降落金斯敦诺曼·曼利国际机场。

国家安全部长在议会答询时说,被遣返者中约有一半在美国有刑事定罪记录,政府已安排警方和社会服务部门在机场对接,“确保他们不会流落街头”。

据当地媒体报道,去年全年牙买加接收了二十多架来自美国的遣返航班。一些社区领袖担心,大批长年在美生活、与本地社会联系薄弱的人回国,可能加剧治安问题。

美国驻金斯敦大使馆未回应媒体询问。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["JM"],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["金斯敦"],
      date: "2026-01-15",
    },
  },
  {
    id: "h21b-zh-008",
    lang: "zh",
    style: "near-miss",
    title: "英國內政部包機遣返 數十名越南籍移民被送回河內",
    published: "2024-11-22",
    text: `(本報倫敦電)英國內政部證實,一架遣返包機週三從倫敦斯坦斯特德機場起飛,將數十名沒有合法居留權的越南籍人士送回河內。這是今年以來英國第四次以包機方式向越南遣返移民。

內政部發言人表示,機上人員包括偷渡入境者、逾期居留者及刑滿釋放人員,「所有人都已用盡上訴途徑」。英方沒有公布確切人數,但慈善機構估計約有四十人。

近年乘小艇橫渡英倫海峽的越南人明顯增多。英國政府表示,將仿效美國等國的做法,加快與來源國簽訂遣返協議。

多個人權團體批評,部分被遣返者可能是人口販運的受害者,在返國後面臨再次被剝削的風險。`,
    expect: { relevant: false },
  },
  {
    id: "h21b-zh-009",
    lang: "zh",
    style: "near-miss",
    title: "在美滞留二十年 华裔男子被押上民航班机遣返广州",
    published: "2025-09-03",
    text: `据美国移民与海关执法局(ICE)旧金山办公室消息,一名在美国非法滞留二十余年的中国籍男子日前被押解登上一架民航客机,从旧金山国际机场飞往广州,在两名执法人员陪同下被遣返回国。

这名男子姓林,现年五十六岁,2003年持旅游签证入境后逾期未归,期间曾申请政治庇护但遭驳回。今年七月,他在奥克兰住所附近被捕。

林某的女儿对本报记者说,父亲在唐人街餐馆工作多年,从未违法,“他连回去住哪里都不知道”。

移民律师何嘉敏表示,近来类似的“个案遣返”明显增多,被遣返者多数搭乘普通商业航班,而非包机。`,
    expect: { relevant: false },
  },
  {
    id: "h21b-zh-010",
    lang: "zh",
    style: "near-miss",
    title: "旧金山—上海直飞航线复航 入境盘查趋严令旅客忐忑",
    published: "2026-03-05",
    text: `一家美国航空公司宣布,将从四月起恢复旧金山至上海浦东的每日直飞航班,这是该航线停飞多年后首次全面复航。届时中美之间每周的客运航班将增至约一百班。

航空业人士表示,商务和留学需求回升是复航的主要原因,不过机票价格短期内仍会维持高位。

与此同时,不少中国旅客反映美国口岸的入境盘查明显趋严。有留学生在社交媒体上说,自己在入境时被带进小房间询问数小时,“最怕的是直接被遣返上回程的飞机”。

华人社区组织提醒旅客,入境时应如实回答问题,并随身携带录取通知书、工作证明等文件。`,
    expect: { relevant: false },
  },
];
