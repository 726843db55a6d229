// Held-out news corpus no. 14 (part b): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT14B: CorpusArticle[] = [
  {
    id: "h14b-zh-001",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美國再派包機遣返中國籍人士 班機降落廣州",
    published: "2025-11-21",
    text: `(本報記者林遠帆北京21日電)美國駐中國大使館今天透過微信公眾號表示,美國國土安全部19日透過移民暨海關執法局派出大型包機,將逾百名沒有合法留美依據的中國籍人士遣返,班機降落廣州白雲國際機場。

館方並未說明確切人數,僅稱這是今年以來第4架前往中國的大型遣返航班。長期追蹤遣返航班的民間團體「航跡觀察」指出,這架班機從艾爾帕索起飛,途中未經停其他國家。

館方聲明說:「不要相信人口販運者的謊言,沒有合法居留依據的人將被遣返。」聲明並提到,美方本財年已向超過130個國家執行國際遣返航班,目的地包括哥倫比亞、厄瓜多、埃及與烏茲別克。

根據美國海關及邊境保護局的數據,上一財年在南部邊境遭攔查的中國籍人士約有2萬1000人次,較前一年下降近四成。中國外交部發言人被問及此事時表示,中方「願與美方在移民執法領域保持溝通」。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 100, approx: true },
      departure: ["艾爾帕索"],
      arrival: ["廣州白雲國際機場"],
      date: "2025-11-19",
    },
  },
  {
    id: "h14b-zh-002",
    lang: "zh",
    style: "chinese-outlet",
    title: "国家移民管理局:依法接收一批自美遣返人员",
    published: "2025-06-13",
    text: `国家移民管理局12日发布消息称,6月10日,美方以包机方式向我方遣返93名经核实确认为中国公民的非法移民,包机于当日下午降落福州长乐国际机场。

据介绍,上述人员均系通过非法途径偷渡入境美国或在美逾期滞留,其中多数人员来自福建、浙江等地。移民管理部门已依法对其进行身份核查和相关处理,对其中涉嫌组织、运送他人偷越国(边)境的人员,将依法追究刑事责任。

国家移民管理局有关负责人表示,中方一贯坚决反对和打击任何形式的非法移民和偷渡活动,愿与各国在移民执法领域开展务实合作。今年以来,移民管理部门已累计接收自多个国家遣返人员412名。

该负责人提醒广大群众,切勿轻信“蛇头”花言巧语,偷渡不仅违法,途中更面临生命危险。据统计,去年全国共侦办组织偷越国(边)境案件1800余起。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: { value: 93, approx: false },
      departure: [],
      arrival: ["福州长乐国际机场"],
      date: "2025-06-10",
    },
  },
  {
    id: "h14b-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "約六十名泰國人遭美遣返 包機抵素萬那普機場",
    published: "2026-02-07",
    text: `【本報訊】一架載有約六十名泰國公民的美國移民及海關執法局包機,週四深夜抵達曼谷素萬那普機場,泰國外交部派員在機場協助辦理入境手續。

泰國外交部發言人差納·蓬西里今日在記者會上表示,這批人大多在美國逾期居留或非法入境,其中有數人曾在美國服刑。「我們的責任是確保他們安全、有尊嚴地回家。」他說,部分人已由家屬接回,其餘人由社會發展部安排臨時住宿。

據泰國媒體引述航班追蹤資料,班機從路易斯安那州亞歷山德里亞起飛,中途在阿拉斯加安克拉治加油。

這是今年第一架直飛泰國的遣返包機。去年美方透過商業航班及包機遣返的泰國人共約420人,遠少於同期遣返至越南、菲律賓的人數。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["TH"],
      people: { value: 60, approx: true },
      departure: ["路易斯安那州亞歷山德里亞"],
      arrival: ["曼谷素萬那普機場"],
      date: "2026-02-05",
    },
  },
  {
    id: "h14b-zh-004",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国遣返包机抵达阿姆利则 138名印度人返国",
    published: "2026-03-18",
    text: `(新德里综合电)一架美国政府租用的遣返包机周一晚间降落印度旁遮普邦阿姆利则,机上共有138名印度公民,其中多数来自旁遮普邦和古吉拉特邦。

印度外交部发言人拉凯什·梅赫拉周二说,政府已核实所有人员的国籍,“我们与美方保持密切沟通,确保他们在遣返过程中受到人道对待”。他并说,今年以来已有约1100名印度人从美国被遣返,其中大部分搭乘商业航班。

据当地媒体报道,这架包机从得克萨斯州圣安东尼奥起飞,飞行约十八个小时。抵达后,旁遮普邦警方对部分人员进行了问询,以查明协助他们偷渡的中介。

一名来自贾兰达尔的青年向记者表示,他的家人为这趟“驴道”之旅支付了约450万卢比。“我在亚利桑那的拘留中心待了七个月,”他说,“现在什么都没有了。”

分析人士指出,印度是美国遣返航班的主要目的地之一,仅次于墨西哥和中美洲国家。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 138, approx: false },
      departure: ["得克萨斯州圣安东尼奥"],
      arrival: ["阿姆利则"],
      date: "2026-03-16",
    },
  },
  {
    id: "h14b-zh-005",
    lang: "zh",
    style: "near-miss",
    title: "日本包機強制遣返 斯里蘭卡籍逾期居留者33人",
    published: "2025-09-26",
    text: `(東京綜合報導)日本出入國在留管理廳25日宣布,已於24日以包機方式,將33名遭下令驅逐出境的斯里蘭卡籍人士從成田機場遣送回可倫坡。這是日本今年第二度動用包機執行集體遣返。

入管廳官員表示,這批人多數在日本逾期居留超過三年,部分人曾多次申請難民認定遭駁回。根據去年修正施行的出入國管理法,申請難民認定三次以上者原則上不再暫停遣返程序。

人權團體批評,包機遣返時未給予當事人足夠時間聯絡律師。日本律師聯合會一名律師說:「有人在前一天晚上才被告知。」

日本去年共強制遣返約7600名外國人,大多透過一般商業航班離境。`,
    expect: { relevant: false },
  },
  {
    id: "h14b-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "遭移民局拘押的韩国公民将乘包机返国",
    published: "2026-04-09",
    text: `(侨报讯)韩国外交部8日表示,一批遭美国移民和海关执法局拘押的韩国公民将于下周三搭乘包机返回韩国,人数约两百名。

韩方官员说,包机预计从亚特兰大哈兹菲尔德-杰克逊国际机场起飞,直飞仁川国际机场。这批人员多数在佐治亚州一处工业园区的建设工地被查获,持短期商务签证或免签入境,被认定从事未经授权的工作。

韩国外交部第一次官在首尔对记者说:“政府将全力确保国民尽快平安回国,并与美方协商,避免他们今后再次赴美时受到不利影响。”

这批人员中有部分人选择“自愿离境”,以免留下遣返记录。据统计,去年有约5000名韩国人被美方拒绝入境或遣返,较前一年增加约三成。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["KR"],
      people: { value: 200, approx: true },
      departure: ["亚特兰大哈兹菲尔德-杰克逊国际机场"],
      arrival: ["仁川国际机场"],
      date: "2026-04-15",
    },
  },
  {
    id: "h14b-zh-007",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "非洲多國公民遭美國送往喀麥隆 律師:當事人從未去過當地",
    published: "2026-01-24",
    text: `(本報綜合外電報導)美國上週末將十一名來自非洲多國的被遣返者送往喀麥隆,而他們都不是喀麥隆公民。代表其中數人的律師批評,美方在未充分審查他們遭受迫害風險的情況下,就將他們送往「從未踏足的國家」。

據了解,這批人包括剛果民主共和國、迦納及烏干達籍人士,其中至少三人曾獲移民法官裁定,不得遣返回原籍國。

美國國土安全部在聲明中說,第三國遣返是「完全合法」的做法,並感謝喀麥隆政府的合作。喀麥隆政府至今未公開回應。

律師艾琳·馬卡維說,遣返班機於1月17日(星期六)從路易斯安那州起飛,降落雅溫得恩西馬倫國際機場,當事人隨即被帶往一處由政府管理的設施。「他們的手機被收走,我們已經四天聯絡不上。」

過去一年,美方已與赤道幾內亞、盧安達、烏干達等十多個國家達成接收第三國公民的協議,部分協議內容並未公開。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CM"],
      nationalities: ["CD", "GH", "UG"],
      people: { value: 11, approx: false },
      departure: ["路易斯安那州"],
      arrival: ["雅溫得恩西馬倫國際機場"],
      date: "2026-01-17",
    },
  },
  {
    id: "h14b-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "孟加拉国同意接收美方遣返的本国公民",
    published: "2025-12-02",
    text: `(达卡2日电)孟加拉国外交部1日宣布,在完成身份核实后,孟方同意接收被美国下令遣返的孟加拉国公民,双方将就包机安排保持协商。

外交部发言人塔里克·侯赛因在例行记者会上说,孟方此前一直要求美方提供完整的身份资料,“凡是经核实确属孟加拉国公民的人,我们都会接收”。他没有透露首批遣返的人数和时间。

美国国务院上月曾警告,若孟方继续拖延签发旅行证件,可能对孟加拉国公民实施签证限制。据美方统计,目前约有3400名孟加拉国公民已收到最终遣返令但尚未离境。

孟加拉国在海外务工人员超过一千万,侨汇是该国重要的外汇来源。分析人士认为,达卡此举意在避免与华盛顿的关系进一步紧张。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["BD"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-12-01",
    },
  },
  {
    id: "h14b-es-001",
    lang: "es",
    style: "spanish-outlet",
    title: "Llegó a Ezeiza un nuevo vuelo con argentinos deportados por Estados Unidos",
    published: "2026-03-12",
    text: `Diecinueve ciudadanos argentinos deportados por Estados Unidos llegaron esta madrugada al Aeropuerto Internacional de Ezeiza a bordo de un avión fletado por el Servicio de Inmigración y Control de Aduanas (ICE), en lo que constituye el quinto operativo de este tipo desde septiembre.

La aeronave, un Boeing 767 con capacidad para más de doscientos pasajeros, había despegado el miércoles por la tarde desde Alexandria, Luisiana, y tocó tierra a las 4.40. Los repatriados salieron por la terminal de vuelos privados, donde los esperaban algunos familiares.

Según fuentes de la Cancillería, once de los diecinueve no registran antecedentes penales y fueron detenidos por permanecer en el país con la visa vencida. "Se brindó asistencia consular en todas las etapas", señaló un vocero de la embajada argentina en Washington.

Uno de los deportados, un hombre de 34 años oriundo de Rosario, contó que vivió nueve años en Miami. "Tenía trabajo, alquilaba un departamento. Me pararon por una luz de freno", dijo.

Desde que comenzaron los vuelos fletados, unos 140 argentinos fueron devueltos al país, una cifra menor frente a los miles de brasileños y colombianos expulsados en el mismo período.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["AR"],
      people: { value: 19, approx: false },
      departure: ["Alexandria, Luisiana"],
      arrival: ["Aeropuerto Internacional de Ezeiza"],
      date: "2026-03-12",
    },
  },
  {
    id: "h14b-es-002",
    lang: "es",
    style: "spanish-outlet",
    title: "Cancillería confirma vuelo con chilenos expulsados desde EE.UU. para la próxima semana",
    published: "2026-05-20",
    text: `El Ministerio de Relaciones Exteriores confirmó este miércoles que un vuelo con cerca de cuarenta chilenos deportados desde Estados Unidos aterrizará el próximo lunes en el aeropuerto Arturo Merino Benítez, en Santiago.

La subsecretaria Paula Irarrázaval explicó que se trata de personas que permanecían detenidas en centros del ICE en Texas y Nueva Jersey, y que la mayoría ya agotó sus recursos ante tribunales migratorios. "Estamos coordinando con la PDI para que la recepción sea ordenada y se respeten los derechos de todos", afirmó.

No se informó desde qué ciudad estadounidense despegará la aeronave. Según la PDI, algunos de los repatriados mantienen órdenes de detención pendientes en Chile por delitos de robo, por lo que serán puestos a disposición de los tribunales al llegar.

Chile dejó de figurar en el programa de exención de visas para viajes cortos hace dos años luego de que Washington detectara bandas de "turistas del delito" que robaban viviendas en California. Desde entonces, unos 310 chilenos han sido expulsados, en su mayoría en vuelos comerciales.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["CL"],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["aeropuerto Arturo Merino Benítez"],
      date: "2026-05-25",
    },
  },
  {
    id: "h14b-es-003",
    lang: "es",
    style: "receiving-country-local",
    title: "Aterriza en El Dorado vuelo con 112 colombianos deportados",
    published: "2025-10-16",
    text: `Un total de 112 colombianos deportados desde Estados Unidos llegaron el martes al aeropuerto El Dorado de Bogotá en un vuelo chárter procedente de Houston, informó Migración Colombia.

Entre los pasajeros había 14 mujeres y tres menores de edad que viajaban con sus madres. La entidad indicó que todos fueron sometidos a verificación de antecedentes y que ninguno tenía requerimientos judiciales en el país.

"Vamos a seguir recibiendo a nuestros connacionales con dignidad", dijo la directora de Migración Colombia, Carolina Betancur, quien recordó que en lo que va del año han llegado al país 214 vuelos de deportación desde territorio estadounidense, con algo más de 24.000 personas.

La mayoría de los retornados son del Valle del Cauca, Antioquia y Risaralda. Varios de ellos dijeron haber pagado hasta 12.000 dólares a coyotes para cruzar desde México.

El Gobierno mantiene además un programa de atención en el aeropuerto con el SENA y el Ministerio del Trabajo para ofrecer empleo a quienes regresan.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CO"],
      people: { value: 112, approx: false },
      departure: ["Houston"],
      arrival: ["aeropuerto El Dorado"],
      date: "2025-10-14",
    },
  },
  {
    id: "h14b-es-004",
    lang: "es",
    style: "near-miss",
    title: "Interior fleta un avión para devolver a 48 mauritanos llegados en cayuco a Canarias",
    published: "2025-11-06",
    text: `El Ministerio del Interior repatrió este miércoles a 48 ciudadanos mauritanos en un vuelo fletado que despegó del aeropuerto de Gran Canaria con destino a Nuakchot, según confirmaron fuentes policiales.

Los repatriados habían llegado en las últimas semanas a El Hierro y Lanzarote a bordo de cayucos y se encontraban en el centro de internamiento de extranjeros de Barranco Seco. Es el tercer vuelo de este tipo hacia Mauritania en lo que va de año, en virtud del acuerdo bilateral de readmisión.

Organizaciones como CEAR criticaron la rapidez del procedimiento. "Hay personas que no han podido formalizar su solicitud de asilo", denunció una portavoz.

En lo que va de 2025 han llegado a Canarias por vía marítima más de 38.000 personas, sobre todo de Malí, Senegal y Mauritania.`,
    expect: { relevant: false },
  },
];
