import type { CorpusArticle } from "./types";

// Second holdout set, written for this project in its own words by a writer who has not read the
// extractor; kept out of tuning. Every name, quote and number is invented.
export const HOLDOUT2: CorpusArticle[] = [
  {
    id: "h2-en-001",
    lang: "en",
    style: "wire",
    title: `Senegal receives 74 nationals on US removal charter`,
    published: "2026-01-09",
    text: `DAKAR (Wire) — Seventy-four Senegalese men removed from the United States landed at Blaise Diagne International Airport on Wednesday, the foreign ministry said.

The charter had left Alexandria, Louisiana, the evening before. Officials said the returnees would get a small allowance and bus fare home.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SN"],
      people: { value: 74, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Blaise Diagne International Airport"],
      date: "2026-01-07",
    },
  },
  {
    id: "h2-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: `Deportees from America arrive in Nouakchott`,
    published: "2025-12-12",
    text: `About 110 Mauritanians deported from the United States arrived in Nouakchott on Wednesday.

Most had crossed into the US through Nicaragua and Mexico, relatives said. Police questioned several of them at the airport before releasing them.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MR"],
      people: { value: 110, approx: true },
      arrival: ["Nouakchott"],
      date: "2025-12-10",
    },
  },
  {
    id: "h2-en-003",
    lang: "en",
    style: "near-miss",
    title: `Bahamas repatriates 98 Haitians`,
    published: "2026-03-04",
    text: `NASSAU — The Bahamas Department of Immigration flew 98 Haitian migrants back to Cap-Haïtien on Monday, days after their sloop was intercepted off Inagua.

Officials said a further repatriation flight would follow once more people were processed at the detention centre.`,
    expect: { relevant: false },
  },
  {
    id: "h2-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: `Llegan 47 paraguayos deportados desde Estados Unidos`,
    published: "2026-02-06",
    text: `Asunción. Un vuelo con 47 paraguayos deportados aterrizó el martes en el aeropuerto Silvio Pettirossi, informó la Dirección General de Migraciones.

La aeronave había partido de Luisiana. Entre los retornados hay seis mujeres, según el organismo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PY"],
      people: { value: 47, approx: false },
      departure: ["Luisiana"],
      arrival: ["aeropuerto Silvio Pettirossi"],
      date: "2026-02-03",
    },
  },
  {
    id: "h2-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: `87名非法移民乘遣返包机抵达天津`,
    published: "2026-01-12",
    text: `记者从国家移民管理局获悉，本月9日，一架载有87名中国籍非法移民的遣返包机降落在天津滨海国际机场。

据介绍，该包机从新泽西州纽瓦克出发。中方已提前核实全部人员身份。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 87, approx: false },
      departure: ["纽瓦克"],
      arrival: ["天津滨海国际机场"],
      date: "2026-01-09",
    },
  },
  {
    id: "h2-en-006",
    lang: "en",
    style: "wire",
    title: `Ghana screens about 60 deportees flown in from the United States`,
    published: "2025-11-20",
    text: `ACCRA, Nov 20 (Wire) — About 60 Ghanaian nationals deported from the United States arrived at Kotoka International Airport on Tuesday aboard a chartered jet, immigration officials said.

The aircraft had taken off from Alexandria, Louisiana, on Monday evening and stopped to refuel at Shannon in Ireland before flying on to Accra, according to flight-tracking records seen by Wire.

Kwabena Asare-Mensah, a spokesman for the Ghana Immigration Service, said officers questioned each returnee and took fingerprints before handing them over to waiting relatives or to the disaster management agency. "Many of them came off the plane with one bag, some with nothing at all," he said.

The service would not give an exact figure for the flight. It said a second group was expected before the end of the year but gave no date.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GH"],
      people: { value: 60, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Kotoka International Airport"],
      date: "2025-11-18",
    },
  },
  {
    id: "h2-en-007",
    lang: "en",
    style: "receiving-country-local",
    title: `Third US military flight with deportees touches down in Amritsar`,
    published: "2025-03-14",
    text: `AMRITSAR: A US Air Force transport plane carrying Indian nationals removed from the United States landed at Sri Guru Ram Dass Jee International Airport late on Wednesday night, the third such arrival in the city since the start of the year.

The aircraft had left El Paso, Texas, more than 20 hours earlier, with a refuelling halt on the way, a senior police officer said.

According to the passenger list shared with the state government, 112 people were on board, among them 17 women and nine minors. Of the 112, 47 are from Punjab, 38 from Haryana and 21 from Gujarat; the remaining six come from Uttar Pradesh, Maharashtra and Delhi.

Immigration and police officials took nearly five hours to complete formalities. Several families had been waiting outside the arrival hall since the afternoon. Harjinder Kaur, whose nephew was among the returnees, said the family had mortgaged two acres of land to pay an agent. "He was in a camp in Texas for two months. Now he is back and we still owe the money," she said.

Two men wanted in a cheating case registered in Kapurthala were detained by Punjab Police on arrival, officials said.

State NRI affairs minister Gurpreet Sandhu repeated his objection to the choice of the Amritsar airport for every flight. "Not all of them are Punjabis. Why does the plane always come here?" he told reporters.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 112, approx: false },
      departure: ["El Paso, Texas"],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2025-03-12",
    },
  },
  {
    id: "h2-en-008",
    lang: "en",
    style: "wire",
    title: `Costa Rica takes in 131 third-country deportees from US flight`,
    published: "2026-03-05",
    text: `SAN JOSÉ (Wire) — A US government charter carrying 131 migrants from Uzbekistan, China, Afghanistan, Russia and India landed at Juan Santamaría International Airport on March 3, Costa Rica's migration directorate said on Thursday.

The plane had departed from San Diego, California. Slightly more than half of those on board were children travelling with their parents, deputy security minister Rodolfo Quesada told a news conference.

None of the passengers is Costa Rican. Under an arrangement with Washington, the group was taken by bus to a temporary shelter near the Panamanian border, where they may stay for up to six weeks while the International Organization for Migration arranges their return home or a move to another country.

"They are not detainees in the criminal sense, but they cannot leave the centre on their own," Quesada said. The United States is paying for the accommodation and for the onward flights, he added.

Rights lawyers in San José have asked the constitutional court to review the agreement.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["UZ", "CN", "AF", "RU", "IN"],
      people: { value: 131, approx: false },
      departure: ["San Diego, California"],
      arrival: ["Juan Santamaría International Airport"],
      date: "2026-03-03",
    },
  },
  {
    id: "h2-en-009",
    lang: "en",
    style: "dhs-release",
    title: `ICE completes removal flight to Central Asia`,
    published: "2025-10-08",
    text: `WASHINGTON — U.S. Immigration and Customs Enforcement conducted a removal flight to Uzbekistan and Tajikistan on Monday, October 6, the Department of Homeland Security announced.

The charter departed from Mesa, Arizona, and landed first in Tashkent before continuing to Dushanbe.

In total, 88 noncitizens were removed: 61 Uzbek nationals and 27 Tajik nationals. Each had received a final order of removal from an immigration judge or had no lawful basis to remain in the United States, the department said. Eleven of them had criminal convictions in the United States, including for assault and fraud.

"This mission shows that distance is not a barrier to enforcing the law," said Marisol Keane, field office director for Enforcement and Removal Operations in Phoenix. "We will continue to work with our foreign partners to return people who have been ordered removed."

The department thanked the governments of both countries for issuing travel documents. It did not say when the next flight to the region would take place.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["UZ", "TJ"],
      people: { value: 88, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Tashkent", "Dushanbe"],
      date: "2025-10-06",
    },
  },
  {
    id: "h2-en-010",
    lang: "en",
    style: "near-miss",
    title: `Home Office charter flies 43 people to Jamaica despite protests`,
    published: "2026-02-17",
    text: `LONDON — A Home Office charter flight carrying 43 people left Stansted airport for Kingston late on Monday, the government said, after last-minute legal challenges removed nine others from the passenger list.

Campaigners held a vigil outside the airport perimeter. The Home Office said everyone on board had been convicted of offences in Britain and had exhausted their appeals.

"Foreign criminals who have no right to be here will be removed," a spokesperson said. Jamaican officials confirmed they would receive the group at Norman Manley International Airport.

It was the second such flight from the UK to the Caribbean this winter.`,
    expect: { relevant: false },
  },
  {
    id: "h2-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: `Retornan 118 hondureños en vuelo de deportación desde Luisiana`,
    published: "2025-07-19",
    text: `San Pedro Sula. Un total de 118 hondureños deportados desde Estados Unidos aterrizaron el pasado martes en el Aeropuerto Internacional Ramón Villeda Morales, informó la Secretaría de Relaciones Exteriores.

El vuelo, fletado por el Servicio de Inmigración y Control de Aduanas (ICE), despegó de Alexandria, Luisiana, a primera hora de la mañana. Entre los retornados venían 14 mujeres y nueve menores de edad que viajaban con sus padres.

Tras descender del avión, los connacionales fueron llevados en autobuses al Centro de Atención al Migrante Retornado, donde recibieron atención médica, alimentación y una llamada telefónica a sus familias. Cada adulto recibió además un bono de 100 dólares del programa "Volver con Dignidad".

"Nadie debe sentir vergüenza por regresar; este es su país", dijo la vicecanciller Marta Lucía Ordóñez, quien encabezó la recepción.

En lo que va del año, más de 21.000 hondureños han sido retornados desde Estados Unidos por vía aérea, según datos del Observatorio Consular y Migratorio.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HN"],
      people: { value: 118, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional Ramón Villeda Morales"],
      date: "2025-07-15",
    },
  },
  {
    id: "h2-es-003",
    lang: "es",
    style: "spanish-outlet",
    title: `Guatemala recibe por primera vez a deportados salvadoreños en un vuelo de EE. UU.`,
    published: "2025-12-02",
    text: `Ciudad de Guatemala. El Instituto Guatemalteco de Migración (IGM) informó que este lunes atendió la llegada de un vuelo con 64 personas deportadas desde Estados Unidos, de las cuales 61 son guatemaltecas y tres salvadoreñas.

La aeronave aterrizó en las instalaciones de la Fuerza Aérea Guatemalteca, en la zona 13 capitalina, procedente de Mesa, Arizona.

Es la primera vez que el país recibe en un vuelo de deportación a personas de otra nacionalidad. Los tres salvadoreños fueron trasladados a un centro de atención para migrantes extranjeros, desde donde serán conducidos por tierra hasta la frontera de Pedro de Alvarado.

Los guatemaltecos pasaron al Centro de Recepción de Retornados para completar su registro. Allí recibieron un refrigerio, un kit de higiene y orientación sobre programas de empleo, indicó la portavoz del IGM, Claudia Xiloj.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      nationalities: ["SV"],
      people: { value: 64, approx: false },
      departure: ["Mesa, Arizona"],
      arrival: ["Fuerza Aérea Guatemalteca"],
      date: "2025-12-01",
    },
  },
  {
    id: "h2-es-004",
    lang: "es",
    style: "spanish-outlet",
    title: `Arriban a Maiquetía 178 venezolanos deportados desde Texas`,
    published: "2026-04-24",
    text: `Caracas. Un avión con 178 venezolanos deportados desde Estados Unidos aterrizó la noche del jueves en el Aeropuerto Internacional Simón Bolívar de Maiquetía, en el estado La Guaira, como parte del Plan Vuelta a la Patria.

Según una nota del Ministerio de Interior, el grupo está conformado por 140 hombres, 25 mujeres y 13 niños y niñas.

La aeronave, de matrícula estadounidense, despegó de Harlingen, Texas, y tocó tierra venezolana pasadas las 10 de la noche. Los repatriados pasaron por el control migratorio y luego fueron evaluados por personal de salud antes de reunirse con sus familiares en la terminal internacional.

La coordinadora del plan, Yelitza Marcano, afirmó que con este ya son 96 los vuelos recibidos desde la reanudación del programa. "Seguiremos trayendo a cada venezolano que quiera volver o que sea expulsado", dijo.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VE"],
      people: { value: 178, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["Aeropuerto Internacional Simón Bolívar de Maiquetía"],
      date: "2026-04-23",
    },
  },
  {
    id: "h2-es-005",
    lang: "es",
    style: "spanish-outlet",
    title: `Nuevo vuelo de la Fuerza Aeroespacial trae a 97 colombianos deportados`,
    published: "2026-05-12",
    text: `Bogotá. Noventa y siete colombianos deportados desde Estados Unidos llegaron el domingo 10 de mayo a la base de Catam, en Bogotá, a bordo de un Boeing 737 de la Fuerza Aeroespacial Colombiana.

Del total, 81 son hombres y 16 mujeres, informó Migración Colombia. No viajaban menores de edad.

El avión salió de Alexandria, Luisiana, y cubrió la ruta en poco más de diez horas, con una escala técnica en San Andrés. Los gastos del traslado corren por cuenta del Estado colombiano, según la Cancillería.

A su llegada, los connacionales fueron recibidos por la directora encargada de Migración Colombia, Ana Milena Restrepo, y por funcionarios de la Defensoría del Pueblo. Tras el control migratorio, cuatro personas fueron dejadas a disposición de la Policía por tener órdenes de captura vigentes.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 97, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Catam"],
      date: "2026-05-10",
    },
  },
  {
    id: "h2-es-006",
    lang: "es",
    style: "near-miss",
    title: `México devuelve por avión a 136 hondureños detenidos en Chiapas`,
    published: "2025-09-30",
    text: `Tapachula. El Instituto Nacional de Migración (INM) trasladó este lunes en un vuelo desde Tapachula hasta San Pedro Sula a 136 personas de nacionalidad hondureña que habían sido detenidas en operativos en Chiapas y Oaxaca.

El organismo explicó que se trata de una "asistencia al retorno" coordinada con el consulado de Honduras. Entre los pasajeros había 22 menores de edad acompañados.

Organizaciones de la sociedad civil en Tapachula denunciaron que varios de los devueltos tenían citas pendientes con la Comisión Mexicana de Ayuda a Refugiados.`,
    expect: { relevant: false },
  },
  {
    id: "h2-zh-002",
    lang: "zh",
    style: "chinese-outlet",
    title: `112名中国籍非法移民乘遣返包机抵达广州`,
    published: "2026-06-03",
    text: `本报讯 记者从国家移民管理局了解到，上周四，一架载有112名中国籍非法移民的遣返包机降落在广州白云国际机场。

据介绍，该包机由美国移民和海关执法局安排，从洛杉矶起飞。被遣返人员大多经由南美洲和墨西哥辗转偷渡入境美国，其中不少人向蛇头支付了高额费用。

国家移民管理局有关负责人表示，中美双方执法部门在遣返前已逐一核实人员身份，全部人员抵达后依法接受了入境检查。该负责人提醒，偷渡不仅违法，而且沿途风险极大，切勿轻信"走线"广告。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 112, approx: false },
      departure: ["洛杉矶"],
      arrival: ["广州白云国际机场"],
      date: "2026-05-28",
    },
  },
  {
    id: "h2-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: `美國再派包機遣返中國籍人士 未公布人數`,
    published: "2026-01-27",
    text: `（本報記者林志遠華盛頓26日電）美國國土安全部26日表示，已於24日透過移民暨海關執法局（ICE）派出一架大型遣返包機，將一批在美國沒有合法居留依據的中國籍人士遣返回中國。

國土安全部在聲明中並未公布機上人數，也沒有說明班機的起降地點。聲明僅指出，這次行動是與中國相關部門密切協調的結果，雙方將繼續合作打擊人口走私。

這是今年以來第二架飛往中國的遣返包機。國土安全部發言人表示：「沒有合法身分留在美國的人將被遣返，不要相信蛇頭的謊言。」`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      date: "2026-01-24",
    },
  },
  {
    id: "h2-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: `约120名多国移民被美方遣送至巴拿马`,
    published: "2025-08-21",
    text: `本报巴拿马城电 本月19日，一架美国政府包机载着约120名移民降落在巴拿马城托库门国际机场。这些人分别来自中国、乌兹别克斯坦、巴基斯坦、阿富汗和尼泊尔，均不是巴拿马公民。

巴拿马公共安全部长表示，该航班从美国得克萨斯州圣安东尼奥起飞，机上人员将暂时安置在首都一家酒店，由警方看守，之后在国际移民组织协助下陆续返回各自国家，费用由美方承担。

据了解，这是巴拿马根据与美国达成的协议接收的第三批第三国遣返人员。人权组织对安置条件表示担忧，并呼吁巴方允许律师探视。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "UZ", "PK", "AF", "NP"],
      people: { value: 120, approx: true },
      departure: ["圣安东尼奥"],
      arrival: ["托库门国际机场"],
      date: "2025-08-19",
    },
  },
  {
    id: "h2-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: `美遣返班機抵胡志明市 一百零二名越南人返國`,
    published: "2026-07-09",
    text: `越南公安部表示，一架載有一百零二名越南公民的美國遣返班機，週二上午降落在胡志明市新山一國際機場。

據越方說明，該班機由德州艾爾帕索起飛，途中在關島停留加油。機上人員多數是在美國逾期居留或被判刑後遭下令遞解出境者，其中包括八名女性。

越南外交部發言人表示，越方已事先核實全部人員身分，並依照雙方協議接收。部分返國者抵達後即由家屬接回，另有數人因在國內涉案被警方帶走調查。

自今年初以來，美國已安排四架遣返班機飛往越南。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 102, approx: false },
      departure: ["艾爾帕索"],
      arrival: ["新山一國際機場"],
      date: "2026-07-07",
    },
  },
  {
    id: "h2-zh-006",
    lang: "zh",
    style: "near-miss",
    title: `日本入管厅包机遣返44名斯里兰卡人`,
    published: "2025-05-22",
    text: `据日本媒体报道，日本出入国在留管理厅20日安排包机，将44名滞留日本的斯里兰卡籍人员从东京成田机场遣返至科伦坡。

这些人大多签证过期，部分人曾多次申请难民身份未获批准。入管厅表示，这是今年第二次以包机方式集中遣返外国人。日本律师团体批评此举剥夺了当事人提起诉讼的机会。`,
    expect: { relevant: false },
  },
  {
    id: "h2-en-011",
    lang: "en",
    style: "receiving-country-local",
    title: `Ninety-six Haitians sent back to Cap-Haïtien on removal flight`,
    published: "2025-06-11",
    text: `CAP-HAÏTIEN — Ninety-six Haitians deported from the United States arrived at Cap-Haïtien International Airport on Tuesday, according to the National Migration Office, the second such flight to the northern city in a month.

The plane came from Miami. Police officers lined the tarmac as the passengers, including 17 women, walked to a processing tent set up beside the terminal. Several covered their faces with towels or sweatshirts.

One man, who gave only his first name, Jonas, said he had lived in Massachusetts for eleven years and was arrested when he went to renew a work permit. "My children are still there. I don't know anybody here anymore," he said.

Officials from the migration office handed each returnee a hygiene kit and the equivalent of about 40 dollars. Those from Port-au-Prince were told it was not safe to travel south by road and were offered places in a church shelter in the city.

Rights groups have urged Washington to halt removals to Haiti while armed groups control most of the capital.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["HT"],
      people: { value: 96, approx: false },
      departure: ["Miami"],
      arrival: ["Cap-Haïtien International Airport"],
      date: "2025-06-10",
    },
  },
  {
    id: "h2-en-012",
    lang: "en",
    style: "near-miss",
    title: `ICE report: removals rose to a decade high in fiscal 2026`,
    published: "2026-10-02",
    text: `WASHINGTON — Immigration and Customs Enforcement removed more people in the fiscal year that ended on September 30 than in any year since 2014, according to figures the agency released on Thursday.

The agency said it carried out about 1,540 international removal flights to more than 120 countries. Mexico, Guatemala, Honduras and El Salvador again accounted for most removals, followed by Colombia, Ecuador and India.

Analysts at the Migration Data Lab in Austin cautioned that the agency now counts some returns at the border differently, which makes comparison with earlier years difficult. "The headline number is real, but it is not measured the way it was five years ago," said the lab's director, Priya Raman.

The report does not break down removals by month or by airport.`,
    expect: { relevant: false },
  },
  {
    id: "h2-en-013",
    lang: "en",
    style: "wire",
    title: `Deportation flight brings 83 Brazilians to the northeast`,
    published: "2025-10-25",
    text: `BRASÍLIA (Wire) — A US-chartered plane carrying 83 Brazilians deported from the United States landed in Recife on Friday night, the federal government said, the first such flight to end its journey in the northeast.

Most removal flights from the United States have touched down at Confins, outside Belo Horizonte, where the government runs a reception post. Officials said this one was routed to Pernambuco because many of the passengers come from the region.

The aircraft left Alexandria, Louisiana, on Friday morning. Of the 83 returnees, 71 are men and 12 are women, the human rights ministry said. Federal police detained one man on an outstanding warrant.

Brazil has received more than 2,000 deportees on charter flights so far this year.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BR"],
      people: { value: 83, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Recife"],
      date: "2025-10-24",
    },
  },
  {
    id: "h2-en-014",
    lang: "en",
    style: "near-miss",
    title: `Nigerian pastor deported on commercial flight after 19 years in Ohio`,
    published: "2026-02-13",
    text: `COLUMBUS, Ohio — A Nigerian pastor who had lived in Columbus for 19 years was deported on Wednesday, his lawyer said, after an appeals court declined to pause his removal.

Emmanuel Adeyemi-Cole, 52, was escorted by two ICE officers onto a scheduled commercial flight from Chicago to Lagos by way of Paris, attorney Rachel Dunmore said. Members of his congregation gathered outside the ICE field office on Thursday to pray for him.

Adeyemi-Cole was detained in October at a routine check-in. His wife and two sons, all US citizens, remain in Ohio.`,
    expect: { relevant: false },
  },
  {
    id: "h2-en-015",
    lang: "en",
    style: "receiving-country-local",
    title: `Guinea prepares to receive about 50 nationals on US removal flight`,
    published: "2025-12-18",
    text: `CONAKRY — The government said on Thursday that a US charter carrying about 50 Guinean nationals ordered removed from the United States is scheduled to land at Gbessia International Airport on Saturday.

The flight is expected to leave Alexandria, Louisiana, on Friday, Minister for Guineans Abroad Mamadou Saliou Bah told state radio. He said a reception team from the ministry, the police and the Red Cross would meet the returnees and provide transport to their home prefectures.

The minister gave no exact number, saying the final list could still change. It would be the first removal flight to Guinea since March.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["GN"],
      people: { value: 50, approx: true },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Gbessia International Airport"],
      date: "2025-12-20",
    },
  },
  {
    id: "h2-en-016",
    lang: "en",
    style: "wire",
    title: `Tonga agrees to resume taking back nationals removed from US`,
    published: "2026-03-21",
    text: `NUKU'ALOFA (Wire) — Tonga has agreed to resume accepting its citizens deported from the United States, ending a pause of almost two years, the kingdom's foreign ministry announced on Thursday.

The ministry said it had signed a memorandum with US officials that requires advance notice of at least 30 days and medical records for anyone with health needs. Previous removals had caused concern in Tonga after several deportees with long prison records arrived without warning, police commissioner Sione Fifita said.

The ministry did not say when the first returns under the new arrangement would take place or how many people were waiting in US custody. Most removals to Tonga take place on commercial flights through Auckland or Fiji.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["TO"],
      people: null,
      date: "2026-03-19",
    },
  },
  {
    id: "h2-en-017",
    lang: "en",
    style: "receiving-country-local",
    title: `More than 40 deportees land at Norman Manley`,
    published: "2025-06-27",
    text: `KINGSTON — More than 40 Jamaicans deported from the United States arrived at Norman Manley International Airport on Thursday on a charter flight from Miami, the Ministry of National Security said.

Officers from the Passport, Immigration and Citizenship Agency and the police processed the group in a closed area of the terminal. The ministry said several had served prison sentences in the US, but it did not say how many.

Community groups in St Catherine have asked for more money for the reintegration programme, which offers counselling and help with identity papers. "People come back after 20, 30 years and they don't even have a birth certificate," said Dorothy Bailey of the Open Door Returnee Network.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["JM"],
      people: { value: 40, approx: true },
      departure: ["Miami"],
      arrival: ["Norman Manley International Airport"],
      date: "2025-06-26",
    },
  },
  {
    id: "h2-es-007",
    lang: "es",
    style: "spanish-outlet",
    title: `Llegan al AILA 87 dominicanos deportados desde Estados Unidos`,
    published: "2025-08-07",
    text: `Santo Domingo. Un vuelo con 87 dominicanos deportados desde Estados Unidos aterrizó el miércoles en el AILA, informó la Dirección General de Migración.

El avión salió de Alexandria, Luisiana, y llegó a la terminal de Punta Caucedo pasadas las 2:00 de la tarde. De los repatriados, 31 tenían antecedentes penales en territorio estadounidense, principalmente por delitos relacionados con drogas, según la entidad.

Los retornados fueron recibidos por agentes de Migración, de la Policía Nacional y de la Dirección Nacional de Control de Drogas, que verificaron sus datos antes de permitirles salir. Varias familias esperaban desde temprano en el estacionamiento.

"Mi hermano pasó 14 años allá y vuelve sin nada", comentó Yokasta Peralta, residente en Villa Mella.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["DO"],
      people: { value: 87, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["AILA"],
      date: "2025-08-06",
    },
  },
  {
    id: "h2-es-008",
    lang: "es",
    style: "spanish-outlet",
    title: `Un centenar de peruanos deportados llega al Callao`,
    published: "2026-05-29",
    text: `Lima. Un centenar de peruanos expulsados de Estados Unidos llegó este jueves al aeropuerto internacional Jorge Chávez, en el Callao, en un vuelo fletado por las autoridades migratorias estadounidenses que partió de Houston.

La Superintendencia Nacional de Migraciones no precisó la cifra exacta. Fuentes del aeropuerto indicaron que la mayoría son varones jóvenes que intentaron cruzar la frontera por México en los últimos meses.

Tras pasar el control migratorio, los deportados recibieron orientación de la Cancillería sobre programas de reinserción laboral. Algunos salieron por la puerta de vuelos nacionales para evitar a la prensa.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PE"],
      people: { value: 100, approx: true },
      departure: ["Houston"],
      arrival: ["aeropuerto internacional Jorge Chávez"],
      date: "2026-05-28",
    },
  },
  {
    id: "h2-es-009",
    lang: "es",
    style: "near-miss",
    title: `Honduras cierra octubre con más de 27.000 retornados en el año`,
    published: "2025-11-06",
    text: `Tegucigalpa. Honduras acumula 27.450 connacionales retornados entre enero y octubre, un 18 % más que en el mismo periodo del año pasado, según el Observatorio Consular y Migratorio.

De ese total, 19.800 llegaron desde Estados Unidos por vía aérea y el resto desde México y Guatemala, principalmente por tierra. Octubre fue el mes con más llegadas, con 3.210 personas.

La vicecanciller para asuntos consulares, Rebeca Matamoros, dijo que el gobierno ampliará el centro de atención de La Lima para reducir los tiempos de espera.`,
    expect: { relevant: false },
  },
  {
    id: "h2-es-010",
    lang: "es",
    style: "spanish-outlet",
    title: `Costa Rica dejará de recibir vuelos con deportados de otros países`,
    published: "2026-04-09",
    text: `San José. El Gobierno de Costa Rica anunció este miércoles que no aceptará más vuelos de deportación desde Estados Unidos con migrantes de terceros países, tras varios meses de críticas por las condiciones en el centro de atención temporal de la zona sur.

El ministro de Seguridad, Álvaro Chinchilla, explicó que el país seguirá recibiendo a costarricenses expulsados, pero que el acuerdo firmado el año pasado para alojar a personas de otras nacionalidades "cumplió su propósito" y no será renovado.

Las últimas 38 personas que permanecían en el albergue fueron trasladadas la semana pasada a sus países de origen, según la Dirección General de Migración.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CR"],
      people: null,
      date: "2026-04-08",
    },
  },
  {
    id: "h2-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: `约40名哈萨克斯坦公民被美国遣返回国`,
    published: "2025-07-03",
    text: `综合哈萨克斯坦媒体报道，6月30日，一架美国移民和海关执法局的包机将约40名哈萨克斯坦公民遣返回国，飞机降落在阿拉木图国际机场。

哈萨克斯坦外交部表示，该航班从美国亚利桑那州梅萨起飞，中途在德国经停加油。被遣返者多为近两年经由墨西哥边境非法进入美国的年轻男子，部分人曾申请庇护但被驳回。

外交部发言人称，哈方已为全部人员办理临时证件，并提醒国民不要相信中介"保证入境"的承诺。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KZ"],
      people: { value: 40, approx: true },
      departure: ["梅萨"],
      arrival: ["阿拉木图国际机场"],
      date: "2025-06-30",
    },
  },
  {
    id: "h2-zh-008",
    lang: "zh",
    style: "near-miss",
    title: `美國收緊庇護審查 新規下月生效`,
    published: "2026-06-25",
    text: `美國司法部與國土安全部24日聯合公布新規，要求在邊境提出庇護申請者須先通過更嚴格的「可信恐懼」面談，否則將被快速遞解。新規預計7月下旬生效。

移民律師周佩君表示，新規將使許多華人申請者更難進入移民法庭程序。「過去有機會向法官陳述理由，現在可能在面談階段就被拒絕。」

多個移民權益團體已表示將提起訴訟，要求法院暫停實施。`,
    expect: { relevant: false },
  },
  {
    id: "h2-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: `卢旺达接收7名美国遣送的第三国移民`,
    published: "2025-09-12",
    text: `据卢旺达政府发言人介绍，本周三，7名从美国遣送出境的移民乘坐包机抵达基加利。

这7人分别来自古巴、老挝和索马里，均非卢旺达公民。发言人表示，根据卢美双方此前达成的安排，这些人将暂住在由政府提供的住所内，国际移民组织将为他们提供职业培训和心理辅导，他们也可以选择申请返回原籍国。

美国国土安全部未就此次航班发表评论。人权组织批评称，把移民送往与其毫无关联的国家，可能使他们陷入长期无身份的困境。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["RW"],
      nationalities: ["CU", "LA", "SO"],
      people: { value: 7, approx: false },
      arrival: ["基加利"],
      date: "2025-09-10",
    },
  },
  {
    id: "h2-zh-010",
    lang: "zh",
    style: "chinese-outlet",
    title: `乌干达同意接收美国遣送的第三国人员`,
    published: "2026-01-15",
    text: `乌干达外交部14日发表声明，宣布同意接收在美国无合法身份、且本国不愿接收的第三国人员，但有犯罪记录者和无人陪伴的未成年人除外。

声明说，乌方倾向于接收来自非洲国家的人员，具体安排将由两国有关部门另行商定。声明没有透露首批人员何时抵达，也没有说明人数。

乌干达反对派议员批评政府在未经议会讨论的情况下作出决定。美国国务院对乌方的合作表示欢迎。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["UG"],
      people: null,
      date: "2026-01-14",
    },
  },
  {
    id: "h2-en-018",
    lang: "en",
    style: "near-miss",
    title: `Immigration court backlog tops 3.7 million cases`,
    published: "2026-02-26",
    text: `The backlog in the nation's immigration courts passed 3.7 million pending cases at the end of January, according to an analysis of court records by a university research centre released on Wednesday.

Median wait times for a first hearing have grown to almost four years in some courts, including those in New York, Houston and Miami. The Justice Department has hired 60 new immigration judges since the autumn, but dismissed or reassigned nearly as many.

"Every time a judge leaves, hundreds of cases go back to the end of the line," said Leonard Whitcomb, a retired judge who now trains lawyers in Baltimore. Lawyers said the delays leave clients unable to plan their lives for years.

The Executive Office for Immigration Review said it was testing a scheduling system meant to cut the number of postponed hearings.`,
    expect: { relevant: false },
  },
  {
    id: "h2-en-019",
    lang: "en",
    style: "us-local",
    title: `Harlingen airport sees another ICE charter to Guatemala`,
    published: "2025-12-29",
    text: `HARLINGEN, Texas — A chartered jet carrying 135 Guatemalan nationals left Valley International Airport in Harlingen on Monday morning bound for Guatemala City, an ICE spokesperson confirmed.

Buses from the Port Isabel detention centre pulled onto the apron shortly after 6 a.m. Detainees in grey sweatshirts climbed the stairs in single file while contract guards checked names against a list. The plane was airborne before 8.

ICE flies out of the airport several times a week, mostly to Central America, and the agency's use of the terminal has become a regular sight for travellers and airport workers. "You get used to it, but you never stop noticing," said a baggage handler who asked not to be named.

The agency did not say how many of the 135 had criminal records. Local advocates from the Rio Grande Valley Accompaniment Project said at least two people on the flight had pending appeals.

Guatemalan officials were expected to receive the group at the air force base in the capital.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GT"],
      people: { value: 135, approx: false },
      departure: ["Valley International Airport"],
      arrival: ["Guatemala City"],
      date: "2025-12-29",
    },
  },
  {
    id: "h2-en-020",
    lang: "en",
    style: "receiving-country-local",
    title: `'We sold everything': Nepali returnees describe the long road back from America`,
    published: "2026-07-22",
    text: `KATHMANDU — Shortly before dawn on Sunday, a group of young men in identical grey tracksuits walked out of the international arrivals gate at Tribhuvan International Airport, blinking at the television cameras. Some carried clear plastic bags holding a few papers; most carried nothing.

They were Nepali nationals deported from the United States, and for many of them the journey home had lasted longer than the journey out. The chartered plane had left Alexandria, Louisiana, more than a day earlier and stopped twice to refuel, once in the Azores and once in the Gulf.

According to the Department of Immigration, the 28 returnees had all crossed into the US from Mexico in the past two years. Most had flown first to Brazil or Ecuador on tourist visas and then travelled north overland, paying brokers between 40,000 and 70,000 dollars.

"We sold the land, we sold the buffalo, my father took a loan from three people," said Bikash Tamang, 24, from Sindhupalchok. He spent seven months in a detention centre in Louisiana before his asylum claim was rejected. "Now I come back with a debt and no job."

Officials from the Foreign Employment Board and the police interviewed each returnee about the agents they had used. Assistant spokesperson Sunita Ghimire said investigators had opened cases against four manpower companies named in the interviews.

The government has been criticised for offering little help after arrival. Returnees receive a bus fare and a short counselling session; there is no programme to help them repay loans or find work. Rights worker Anjana Shrestha said several families had been threatened by moneylenders within days of a son coming home.

It was the third group of deportees to arrive from the United States this year. Officials said they had been told to expect another flight before the end of the monsoon, but had not been given a date.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 28, approx: false },
      departure: ["Alexandria, Louisiana"],
      arrival: ["Tribhuvan International Airport"],
      date: "2026-07-19",
    },
  },
  {
    id: "h2-en-021",
    lang: "en",
    style: "near-miss",
    title: `Travel ban widened to seven more countries`,
    published: "2025-10-16",
    text: `WASHINGTON — The White House on Wednesday added seven countries to its list of nations whose citizens face full or partial limits on entering the United States, including Turkmenistan, Burundi and Sierra Leone.

The proclamation takes effect on November 1 and applies to new visa applicants only. Green card holders and people with valid visas are exempt, officials said.

Airlines were told to expect updated guidance on boarding checks. Refugee agencies warned that families who had been waiting years to reunite would be separated further.`,
    expect: { relevant: false },
  },
  {
    id: "h2-en-022",
    lang: "en",
    style: "wire",
    title: `US removal flight drops deportees in Tbilisi and Yerevan`,
    published: "2026-03-12",
    text: `TBILISI (Wire) — A US immigration charter carrying 84 people deported from the United States landed at Tbilisi International Airport on Tuesday before flying on to Yerevan, officials in both countries said.

Georgia's interior ministry said 61 of the passengers were Georgian citizens. The remaining 23, all Armenian nationals, stayed on board for the short hop to the Armenian capital, where the migration service confirmed their arrival later that evening.

The plane had departed from Newark, New Jersey. Most of those on board had entered the US through the southern border after flying to Mexico, officials said, a route that became popular in the Caucasus after 2022.

Georgian deputy interior minister Levan Kiknadze said returnees with no criminal record were free to go home. Three men were detained on outstanding warrants.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["GE", "AM"],
      people: { value: 84, approx: false },
      departure: ["Newark, New Jersey"],
      arrival: ["Tbilisi International Airport", "Yerevan"],
      date: "2026-03-10",
    },
  },
  {
    id: "h2-en-023",
    lang: "en",
    style: "near-miss",
    title: `Louisiana parish approves expansion of immigration detention centre`,
    published: "2025-05-08",
    text: `JENA, La. — The LaSalle Parish police jury voted 6-2 on Tuesday to let a private contractor add 600 beds to the immigration detention centre outside Jena, despite objections from residents who packed the meeting room.

Supporters said the expansion would bring about 150 jobs. Opponents raised concerns about water supply and about reports of crowding at the facility last winter.

The contractor, Pinebrook Correctional Services, said construction could begin in July.

Related: Removal flight carrying 120 Guatemalans lands at La Aurora`,
    expect: { relevant: false },
  },
  {
    id: "h2-es-011",
    lang: "es",
    style: "spanish-outlet",
    title: `Setenta y ocho salvadoreños retornan en vuelo desde Dallas`,
    published: "2026-08-14",
    text: `San Luis Talpa. Setenta y ocho salvadoreños deportados desde Estados Unidos aterrizaron este viernes en Comalapa, en un vuelo procedente de Dallas, Texas, informó la Dirección General de Migración y Extranjería.

Los connacionales fueron recibidos en el centro de atención a la población retornada, donde pasaron controles de identidad y recibieron un refrigerio. La Policía verificó que ninguno tuviera cuentas pendientes con la justicia.

Según Migración, en el grupo venían 63 hombres y 15 mujeres. En lo que va de agosto han llegado seis vuelos con deportados.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SV"],
      people: { value: 78, approx: false },
      departure: ["Dallas, Texas"],
      arrival: ["Comalapa"],
      date: "2026-08-14",
    },
  },
  {
    id: "h2-es-012",
    lang: "es",
    style: "near-miss",
    title: `España repatría en un vuelo a 42 mauritanos llegados a Canarias`,
    published: "2025-11-13",
    text: `Madrid. El Ministerio del Interior repatrió este miércoles a 42 ciudadanos mauritanos en un vuelo que despegó de Gran Canaria con destino a Nuakchot, según fuentes policiales.

Los migrantes habían llegado en cayuco a El Hierro durante el verano y permanecían en un centro de internamiento de extranjeros. Es el tercer vuelo de este tipo hacia Mauritania en lo que va de año.

Organizaciones de defensa de los migrantes criticaron la rapidez del procedimiento y denunciaron que al menos cinco de los repatriados no pudieron hablar con un abogado antes de embarcar.`,
    expect: { relevant: false },
  },
  {
    id: "h2-es-013",
    lang: "es",
    style: "spanish-outlet",
    title: `Llegará este sábado a Santiago un vuelo con 23 chilenos deportados`,
    published: "2026-09-03",
    text: `Santiago. Un vuelo fletado por el Gobierno de Estados Unidos con 23 chilenos deportados aterrizará este sábado en el aeropuerto Arturo Merino Benítez, confirmó el subsecretario del Interior, Felipe Araneda.

Será la primera vez que Chile recibe a un grupo de deportados en un vuelo especial; hasta ahora los expulsados regresaban en vuelos comerciales. Araneda explicó que la Policía de Investigaciones revisará los antecedentes de cada pasajero a su llegada.

De acuerdo con la Cancillería, la mayoría de los deportados ingresó a Estados Unidos con visa de turista y permaneció más tiempo del permitido. Al menos cuatro tienen condenas en ese país.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CL"],
      people: { value: 23, approx: false },
      arrival: ["aeropuerto Arturo Merino Benítez"],
      date: "2026-09-05",
    },
  },
  {
    id: "h2-es-014",
    lang: "es",
    style: "spanish-outlet",
    title: `Aterriza en Villahermosa vuelo con 129 mexicanos repatriados`,
    published: "2026-10-21",
    text: `Villahermosa, Tabasco. Un vuelo con 129 connacionales repatriados por las autoridades de Estados Unidos llegó el lunes 19 de octubre al aeropuerto de esta ciudad, como parte del programa de repatriación al interior.

La aeronave despegó de Brownsville, Texas. Personal del Instituto Nacional de Migración entregó a cada persona una constancia de repatriación, un apoyo económico para el transporte y una tarjeta del programa "Regreso a Casa", explicó la delegada en Tabasco, Leticia Ovando.

La mayoría de los repatriados es originaria de Tabasco, Chiapas y Veracruz. Entre ellos había 11 mujeres.

El objetivo de estos vuelos, indicó la funcionaria, es evitar que los deportados sean abandonados en ciudades fronterizas, donde quedan expuestos a grupos criminales.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["MX"],
      people: { value: 129, approx: false },
      departure: ["Brownsville, Texas"],
      arrival: ["Villahermosa"],
      date: "2026-10-19",
    },
  },
  {
    id: "h2-es-015",
    lang: "es",
    style: "spanish-outlet",
    title: `Ciento diecisiete ecuatorianos deportados llegan a Guayaquil`,
    published: "2025-04-15",
    text: `Guayaquil. Ciento diecisiete ecuatorianos deportados desde Estados Unidos arribaron este martes al aeropuerto José Joaquín de Olmedo, en un vuelo chárter procedente de Harlingen, Texas, informó la Cancillería.

El avión aterrizó a las 12:40. Los pasajeros, la mayoría oriundos de Azuay, Cañar y Guayas, salieron por la puerta de arribos internacionales con pequeñas fundas de documentos. Varios se cubrieron el rostro.

"Me agarraron a los tres días de haber cruzado; gasté todo lo que tenía", contó Wilmer, de 29 años, de Biblián.

Los vuelos con deportados llegan a Guayaquil dos veces por semana. En lo que va del año, la Cancillería contabiliza 21 vuelos.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EC"],
      people: { value: 117, approx: false },
      departure: ["Harlingen, Texas"],
      arrival: ["aeropuerto José Joaquín de Olmedo"],
      date: "2025-04-15",
    },
  },
  {
    id: "h2-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: `ICE包機遣返逾百名華人 降落長樂機場`,
    published: "2026-09-16",
    text: `（本報記者陳雅婷紐約報導）據多名知情人士透露，美國移民及海關執法局（ICE）本月12日安排包機，將逾百名沒有合法身分的中國公民遣返回國，班機從紐澤西州紐華克起飛，最終降落在福州長樂機場。

一名在法拉盛執業的移民律師表示，她的三名客戶都在這班飛機上，其中一人在美國生活了十多年，上月在例行報到時被拘留。「家屬直到飛機起飛後才接到電話。」

國土安全部證實12日執行了一班飛往中國的遣返航班，但未公布具體人數。據了解，機上人員多為福建籍。

律師提醒，已收到遞解令的人士應儘早諮詢律師，了解是否還有上訴或重新開案的機會。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["紐華克"],
      arrival: ["福州長樂機場"],
      date: "2026-09-12",
    },
  },
  {
    id: "h2-zh-012",
    lang: "zh",
    style: "near-miss",
    title: `美航宣布开通达拉斯直飞危地马拉城航线`,
    published: "2026-08-28",
    text: `美国航空27日宣布，将于今年12月起开通达拉斯—沃斯堡至危地马拉城的每日直飞航班，使用波音737机型。

该公司表示，中美洲探亲和旅游需求持续增长，新航线将方便当地侨民往返。目前美国航空已运营飞往圣萨尔瓦多、特古西加尔巴和圣佩德罗苏拉的航线。

业内人士认为，随着美国与中美洲国家经贸往来增加，更多航空公司可能加密该地区航班。`,
    expect: { relevant: false },
  },
  {
    id: "h2-zh-013",
    lang: "zh",
    style: "chinese-outlet",
    title: `约30名柬埔寨人被美国遣返抵达金边`,
    published: "2025-09-30",
    text: `据柬埔寨内政部消息，9月27日，约30名柬埔寨籍人员搭乘美国移民和海关执法局安排的包机降落在金边。

这些人大多在幼年时随家人以难民身份移居美国，成年后因刑事案件被判刑，服刑期满后被下令遣返。其中一些人从未在柬埔寨生活过，也不会说高棉语。

内政部官员说，该包机从路易斯安那州亚历山大起飞，途中经停关岛。当地一家非政府组织将为返国者提供临时住所和语言培训。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 30, approx: true },
      departure: ["亚历山大"],
      arrival: ["金边"],
      date: "2025-09-27",
    },
  },
  {
    id: "h2-zh-014",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: `被遣返三個月後 福建青年談「走線」夢碎`,
    published: "2025-12-10",
    text: `今年9月，一架載有61名中國籍人士的美國遣返包機降落在深圳寶安國際機場，25歲的阿傑就是其中之一。

他告訴本報，2024年初他經厄瓜多爾、哥倫比亞一路北上，花了將近兩個月才抵達美墨邊境，隨後在德州被邊境巡邏隊攔下。在拘留中心待了一年多後，他的庇護申請被駁回。

「家裡為了我借了二十多萬人民幣，現在只能在工廠打工慢慢還。」阿傑說，同機返回的人大多和他一樣來自福建和浙江。

他說，抵達後當地公安對每個人做了筆錄，詢問偷渡路線和介紹人，之後才讓家屬接回。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 61, approx: false },
      arrival: ["深圳寶安國際機場"],
      date: "2025-09",
    },
  },
];
