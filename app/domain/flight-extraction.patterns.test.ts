import { describe, expect, it } from "vitest";
import { extractFlightFacts } from "./flight-extraction";
import { findNumbers } from "./news/numbers";
import { findMentions } from "./news/lexicon";

// How reporters write the facts of a removal flight, one general pattern per test. The sentences are
// written for these tests; none is taken from an article.
const run = (title: string, text: string, published = "2025-05-09") =>
  extractFlightFacts({ title, text, published: published as `${number}-${number}-${number}` });
const places = (xs: { place: string }[]) => xs.map((x) => x.place);
const codes = (x: ReturnType<typeof run>) => x.countries.map((c) => c.code);

describe("Spanish: a flight from the US told without the word 'deportados'", () => {
  it("regresaron en un vuelo procedente de Texas", () => {
    const x = run(
      "Regresan 120 guatemaltecos",
      "Un total de 120 guatemaltecos regresaron este jueves al país en un vuelo procedente de Texas.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["GT"]);
    expect(x.people?.value).toBe(120);
    expect(x.eventDate?.value).toBe("2025-05-08");
  });
  it("venezolanos provenientes de Estados Unidos", () => {
    const x = run(
      "Llega otro vuelo a Maiquetía",
      "Un avión aterrizó este jueves en Maiquetía con 175 venezolanos provenientes de Estados Unidos.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["VE"]);
    expect(x.people?.value).toBe(175);
  });
  it("un vuelo con nicaragüenses que fueron sacados de Estados Unidos", () => {
    const x = run(
      "Retornan 87 nicaragüenses desde EEUU",
      "Un vuelo con 87 nicaragüenses que fueron sacados de Estados Unidos aterrizó el miércoles en Managua.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["NI"]);
    expect(places(x.arrival)).toContain("Managua");
  });
});

describe("numbers in Spanish words", () => {
  it("reads the shortened forms: ciento veintiún, treinta y un", () => {
    expect(findNumbers("con ciento veintiún personas", "es")[0]?.value).toBe(121);
    expect(findNumbers("treinta y un hombres", "es")[0]?.value).toBe(31);
    expect(findNumbers("cerca de medio millar de migrantes", "es")[0]?.range).toEqual([450, 550]);
  });
});

describe("dates", () => {
  it("a dateline in capitals is no weekday (SANTO DOMINGO —)", () => {
    const x = run(
      "Llegan dominicanos deportados",
      "SANTO DOMINGO — Unos 90 dominicanos deportados desde Estados Unidos llegaron el miércoles en un vuelo al aeropuerto de Las Américas.",
      "2025-12-19",
    );
    expect(x.eventDate?.value).toBe("2025-12-17");
  });
  it("'the sun' is not Sunday", () => {
    const x = run(
      "Hondurans flown home",
      "Before the sun rose on Thursday, ICE put 108 Honduran men and women on a charter flight to San Pedro Sula.",
      "2022-06-09",
    );
    expect(x.eventDate?.value).toBe("2022-06-09");
  });
});

describe("where the flight left from", () => {
  it("originated in / scheduled to leave", () => {
    const a = run(
      "83 Haitians deported",
      "A deportation flight carrying 83 Haitians landed in Cap-Haïtien on Monday. The flight had originated in Alexandria, Louisiana.",
    );
    expect(places(a.departure)).toEqual(["Alexandria, Louisiana"]);
    const b = run(
      "Removal flight to Samoa next week",
      "The United States plans to deport about 30 people to Samoa next Tuesday. The aircraft is scheduled to leave Los Angeles and land in Apia.",
    );
    expect(places(b.departure)).toEqual(["Los Angeles"]);
  });
  it("a neighbouring sentence names the place ('procedente de Harlingen, Texas')", () => {
    const x = run(
      "Dos vuelos con deportados llegan a Guayaquil",
      "Dos vuelos con 231 ecuatorianos deportados aterrizaron este miércoles en Guayaquil. El primero, procedente de Harlingen, Texas, llegó a media mañana.",
    );
    expect(places(x.departure)).toEqual(["Harlingen, Texas"]);
  });
  it("embarcados en Newark", () => {
    const x = run(
      "Reciben a dominicanos deportados",
      "Unos 90 dominicanos que fueron embarcados el miércoles en Newark, Nueva Jersey, llegaron al país en un vuelo de deportación.",
    );
    expect(places(x.departure)).toEqual(["Newark, Nueva Jersey"]);
  });
});

describe("dates of the report and of the flight", () => {
  it("zh: 今天 in a dated dispatch is the dateline's day", () => {
    const x = run(
      "美军机遣返约160名危地马拉人",
      "（中央社危地马拉市24日电）两架美国军机今天载着被遣返的危地马拉移民降落在危地马拉市。",
      "2025-01-25",
    );
    expect(x.eventDate?.value).toBe("2025-01-24");
  });
  it("zh: the day of the announcement is not the flight's", () => {
    const x = run(
      "遣返包机抵达北京",
      "国土安全部13日发布新闻稿说，移民局12日以包机将一批中国籍人士遣返，包机降落在北京首都机场。",
      "2024-12-14",
    );
    expect(x.eventDate?.value).toBe("2024-12-12");
  });
  it("zh: 今天宣布 … 本周二 dates the flight on Tuesday", () => {
    const x = run(
      "美包机遣返印度移民",
      "（中央社华盛顿6日电）美国国土安全部今天宣布，已于本周二派出一架包机，将一百余名印度公民遣返回国，包机降落在新德里。",
      "2024-12-07",
    );
    expect(x.eventDate?.value).toBe("2024-12-03");
  });
  it("es: an announcement with a figure in it still dates the change", () => {
    const x = run(
      "Guatemala recibirá a deportados de otras nacionalidades",
      "El presidente anunció este miércoles que Guatemala aceptará recibir a migrantes de otras nacionalidades expulsados por Estados Unidos y que ampliará en un 40 % los vuelos de deportación.",
      "2025-02-05",
    );
    expect(x.kind).toBe("policy");
    expect(x.eventDate?.value).toBe("2025-02-05");
  });
  it("the lead dates a policy report when the sentence of the change does not", () => {
    const x = run(
      "Freetown agrees to take back nationals",
      "The Government of Sierra Leone has agreed to accept the return of its citizens ordered removed from the United States.\nThe minister told journalists in Freetown on Wednesday that travel documents would be issued.",
      "2025-07-24",
    );
    expect(x.eventDate?.value).toBe("2025-07-23");
  });
  it("a present-tense headline, a flight the body says is due to land", () => {
    const x = run(
      "Police prepare for arrival of 32 Albanians deported from the US",
      "TIRANA — Police are preparing to receive 32 citizens deported from the United States, who are due to land at Rinas on Friday aboard a charter flight.",
      "2025-10-08",
    );
    expect(x.kind).toBe("planned_flight");
    expect(x.eventDate?.value).toBe("2025-10-10");
  });
});

describe("where the flight landed", () => {
  it("every stop of a list: 'before continuing to Dakar and Luanda'", () => {
    const x = run(
      "US deportation flight to West Africa",
      "A U.S. charter carrying deportees landed in Nouakchott on Monday before continuing to Dakar and Luanda.",
    );
    expect(places(x.arrival)).toEqual(["Nouakchott", "Dakar", "Luanda"]);
  });
  it("es: a time between the verb and the place ('aterrizaron a lo largo del día en')", () => {
    const x = run(
      "Cuatro vuelos de deportación en un día",
      "Los aviones con 500 deportados desde Estados Unidos aterrizaron a lo largo del día en San Pedro Sula y Guayaquil.",
    );
    expect(places(x.arrival)).toEqual(["San Pedro Sula", "Guayaquil"]);
  });
  it("the landing city's airport: 'San Salvador's international airport', 'where officials at … Airport'", () => {
    const a = run(
      "US sends 260 deportees to El Salvador",
      "The United States deported 260 men to El Salvador on Saturday. Police met the planes at San Salvador's international airport.",
    );
    expect(places(a.arrival)).toContain("San Salvador");
    const b = run(
      "Hondurans flown home",
      "The ICE jet with 108 deportees flew from Harlingen to San Pedro Sula, where officials at Ramón Villeda Morales International Airport were waiting.",
    );
    expect(places(b.arrival)).toEqual(["San Pedro Sula", "Ramón Villeda Morales International Airport"]);
  });
  it("zh: the airport after the city, named in full with the city it serves", () => {
    const x = run(
      "遣返航班抵达巴拿马",
      "周二又有一架美国遣返航班降落在巴拿马城托库门国际机场，机上129人均非巴拿马公民。",
      "2025-02-20",
    );
    expect(places(x.arrival)).toEqual(["巴拿马城托库门国际机场"]);
  });
});

describe("how many people", () => {
  it("the total after a list of groups is the count: 'X and Y, fifty-five people in all'", () => {
    const x = run(
      "Deportees flown to Moscow",
      "A charter flight carrying people deported from the United States landed in Moscow on Wednesday. Forty-three Russians and twelve Egyptians, fifty-five people in all, were aboard when the plane left Alexandria, Louisiana.",
    );
    expect(x.people?.value).toBe(55);
  });
  it("'In total the flight carried 67 deportees'", () => {
    const x = run(
      "Georgians deported",
      "A charter flight with 48 Georgian deportees from the United States landed in Tbilisi on Wednesday. It flew on to Yerevan with 19 Armenian nationals. In total the flight carried 67 deportees from the two countries.",
    );
    expect(x.people?.value).toBe(67);
  });
  it("a total in the sentence after the flight: 'In all, 52 people were listed'", () => {
    const x = run(
      "Ghana receives deportees",
      "The Immigration Service received forty-one Ghanaian nationals deported from the United States on a charter flight. In all, 52 people were listed on the manifest, the statement said.",
    );
    expect(x.people?.value).toBe(52);
  });
  it("'the 63 passengers' next to a flight with no number", () => {
    const x = run(
      "Kyrgyz citizens deported",
      "A charter aircraft carrying Kyrgyz citizens deported by American authorities landed at Manas on Wednesday. According to the ministry, the 63 passengers had been held in detention centers.",
    );
    expect(x.people?.value).toBe(63);
  });
});

describe("relevance over the whole article", () => {
  it("'mexicanos' is the people, not another name of Mexico", () => {
    const x = run(
      "Repatrian a 130 mexicanos",
      "El gobierno de EUA repatrió este jueves a 130 mexicanos a Villahermosa en un vuelo que partió de El Paso, Texas.",
      "2025-06-06",
    );
    expect(codes(x)).toEqual(["MX"]);
    expect(x.people?.value).toBe(130);
  });
  it("a removal by land with a contrast to the flights is no flight", () => {
    const x = run(
      "Por el puente cruzan a diario cientos de mexicanos deportados",
      "Una fila de hombres cruza a pie el puente internacional. Son mexicanos deportados por la Patrulla Fronteriza.\n\nSolo este jueves fueron devueltos por esta vía unos 320 connacionales.\n\nA diferencia de los centroamericanos, que regresan en vuelos fletados por el ICE, los mexicanos son expulsados por tierra.",
    );
    expect(x.relevant).toBe(false);
  });
  it("es: a safe-third-country agreement to receive asylum seekers is a policy change", () => {
    const x = run(
      "Paraguay firma un acuerdo con EE.UU.",
      "El Gobierno paraguayo firmó este jueves un acuerdo de tercer país seguro con Estados Unidos, por el cual Paraguay podrá recibir a solicitantes de asilo de otras nacionalidades.",
      "2025-08-15",
    );
    expect(x.relevant).toBe(true);
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["PY"]);
  });
});

describe("Chinese reporting", () => {
  it("向A和B遣返: every country of the list is a destination, none the deporter", () => {
    const x = run(
      "美国同日向危地马拉和洪都拉斯遣返166人",
      "两架载有被遣返移民的航班15日分别飞抵危地马拉和洪都拉斯，两架航班共遣返166人。",
      "2025-10-16",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x).sort()).toEqual(["GT", "HN"]);
    expect(x.people?.value).toBe(166);
  });
  it("a report of a fiscal year's figures is no flight, 'since' clauses included", () => {
    const x = run(
      "美国国土安全部：2024财年遣返人数创十年新高",
      "国土安全部19日公布年度报告称，2024财年共遣返约27.1万名非法移民。\n\n报告称，中国籍被遣返者人数明显增加。自2024年6月中美恢复遣返合作以来，ICE已向中国派出数架大型包机。",
      "2024-12-20",
    );
    expect(x.relevant).toBe(false);
  });
  it("a country shortened to its first character and 国 (委国)", () => {
    const x = run(
      "遣返航班重新启动",
      "一架班机从德州哈林根起飞，载着近两百名委国民众，降落在首都附近的机场，美国的遣返航班周四重新启动。",
      "2025-04-05",
    );
    expect(codes(x)).toContain("VE");
  });
});

describe("places told by reference", () => {
  it("'el aeropuerto de esta ciudad' under a dateline is the dateline's city", () => {
    const x = run(
      "Llegan deportados",
      "Villahermosa, Tabasco. Un avión con 87 personas deportadas por Estados Unidos aterrizó el jueves en el aeropuerto de esta ciudad.",
    );
    expect(places(x.arrival)).toContain("Villahermosa");
  });
  it("a second US place 'from' in the sentence: 'y la segunda de Mesa, Arizona'", () => {
    const x = run(
      "Dos vuelos con guatemaltecos retornados",
      "Este jueves fueron devueltos 268 guatemaltecos en dos vuelos. La primera aeronave salió de Brownsville, Texas, y la segunda de Mesa, Arizona.",
    );
    expect(places(x.departure)).toEqual(["Brownsville, Texas", "Mesa, Arizona"]);
  });
  it("'regresaron deportados al Aeropuerto Internacional …'", () => {
    const x = run(
      "Regresan deportados",
      "El pasado martes, 97 salvadoreños de un vuelo procedente de Estados Unidos regresaron deportados al Aeropuerto Internacional San Óscar Arnulfo Romero.",
    );
    expect(places(x.arrival)).toContain("Aeropuerto Internacional San Óscar Arnulfo Romero");
  });
});

describe("nationalities on board a third-country removal", () => {
  it("'the men are nationals of …' in a later paragraph", () => {
    const x = run(
      "Seven deportees land in Juba",
      "JUBA — Seven men deported from the United States arrived in South Sudan on Friday.\n\nNone of the seven is South Sudanese. U.S. officials said the men are nationals of Cuba, Laos and Vietnam.",
    );
    const nat = x.countries.filter((c) => c.role === "nationality").map((c) => c.code);
    expect(nat.sort()).toEqual(["CU", "LA", "VN"]);
  });
  it("'eleven Nigerians, three Togolese', 'uno gambiano'; 'non-Ghanaian deportees' are not Ghanaians", () => {
    const a = run(
      "West Africans deported to Ghana",
      "Sixteen non-Ghanaian deportees from the United States — eleven Nigerians, three Togolese and two Ivorians — landed in Accra aboard a U.S. military plane.",
    );
    expect(
      a.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["CI", "NG", "TG"]);
    const b = run(
      "Ghana recibe a deportados",
      "Ghana recibió a catorce migrantes deportados por Estados Unidos, trece de ellos nigerianos y uno gambiano, en un vuelo que aterrizó en Acra.",
    );
    expect(codes(b)).toContain("GM");
  });
});

describe("flights told as a habit", () => {
  it("'ICE flights leave Mesa several times a week for Guatemala' reports no flight", () => {
    const x = run(
      "Low-cost carrier signs ICE contract",
      "A low-cost airline said on Friday it had signed a contract with Immigration and Customs Enforcement. ICE deportation flights already leave Mesa several times a week for Guatemala and Honduras, advocates say.",
    );
    expect(x.relevant).toBe(false);
  });
  it("'some flights, including U.S. government charters carrying deportees, use the newer airport'", () => {
    const x = run(
      "New nonstop links Houston with Tegucigalpa",
      "An airline will begin nonstop flights between Houston and Tegucigalpa in November. Toncontín handles most commercial traffic, while some flights, including U.S. government charters carrying deportees, use the newer Palmerola airport.",
    );
    expect(x.relevant).toBe(false);
  });
  it("zh: a year's total of more than 100,000 is a statistic", () => {
    const x = run(
      "墨西哥今年接收逾十万名被遣返者",
      "墨西哥内政部14日公布数据称，今年以来共有逾十万名墨西哥公民从美国被遣返。",
      "2025-08-15",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("English landings", () => {
  it("'landed at Confins airport … last night'", () => {
    const x = run(
      "Flight with deported Brazilians lands",
      "A plane with 88 Brazilians expelled from the United States landed at Confins airport near Belo Horizonte last night, the Federal Police said.",
      "2025-06-13",
    );
    expect(places(x.arrival)).toContain("Confins");
    expect(x.eventDate?.value).toBe("2025-06-12");
  });
  it("'at San Pedro Sula's Ramón Villeda Morales airport'", () => {
    const x = run(
      "Honduras receives two flights of deportees",
      "Honduras received two flights with a total of 212 deportees from the United States on Thursday at San Pedro Sula's Ramón Villeda Morales airport.",
    );
    expect(places(x.arrival)).toContain("San Pedro Sula");
  });
});

describe("what kind of report", () => {
  it("a refusal in the headline is a policy change: 'turns back', 'halts', 'negó el aterrizaje'", () => {
    for (const [t, body] of [
      [
        "Colombia turns back two US military planes carrying deported migrants",
        "Colombia's president refused on Sunday to let the two planes with deportees land.",
      ],
      [
        "Guatemala halts US deportation flights over health fears",
        "Guatemala said on Tuesday it would not receive more deportation flights from the United States.",
      ],
      [
        "México negó el aterrizaje de un avión militar de EE.UU. con deportados",
        "El gobierno mexicano negó el permiso de aterrizaje a un avión militar estadounidense con migrantes deportados.",
      ],
    ] as const)
      expect(run(t, body).kind).toBe("policy");
  });
  it("a flight that arrived under an agreement is a flight", () => {
    const x = run(
      "West Africans flown to Accra under new U.S. arrangement",
      "ACCRA — Fourteen West Africans removed from the United States arrived at Kotoka International Airport on Friday, confirming that Ghana had agreed to receive them.",
    );
    expect(x.kind).toBe("flight");
  });
  it("'recibirá mañana un vuelo con retornados' is a planned flight, 'no recibirá más vuelos' a policy", () => {
    expect(
      run(
        "Toncontín recibirá mañana un vuelo con retornados",
        "El aeropuerto recibirá mañana un vuelo con 120 hondureños deportados desde Estados Unidos.",
      ).kind,
    ).toBe("planned_flight");
    expect(
      run(
        "Panamá no recibirá más vuelos con deportados",
        "El presidente dijo que Panamá no recibirá más vuelos con deportados de otros países enviados por Estados Unidos.",
      ).kind,
    ).toBe("policy");
  });
});

describe("relative clauses say nothing of the flight", () => {
  it("', que desde el año pasado concentra…' neither backgrounds nor dates the places; 'aeropuerto X de Latacunga'", () => {
    const x = run(
      "Otro vuelo de deportados a Ecuador",
      "El gobierno de Trump prevé enviar el próximo martes un nuevo vuelo con 150 ecuatorianos deportados.\n\nLa aeronave saldría de El Paso, Texas, y aterrizaría en el aeropuerto Cotopaxi de Latacunga, a unos 90 kilómetros al sur de la capital, que desde el año pasado concentra la recepción de estos vuelos.",
      "2026-03-05",
    );
    expect(places(x.departure)).toEqual(["El Paso, Texas"]);
    expect(places(x.arrival)).toContain("Latacunga");
  });
});

describe("airports of departure", () => {
  it("'took off from George Bush Intercontinental Airport', 'departed from Boeing Field in Seattle'", () => {
    const a = run(
      "Colombians deported",
      "A charter jet with 132 Colombian deportees took off from George Bush Intercontinental Airport bound for Bogotá on Thursday.",
    );
    expect(places(a.departure)).toContain("George Bush Intercontinental Airport");
    const b = run(
      "Returnees land in Ulaanbaatar",
      "Mongolian citizens deported from the United States were flown home on a chartered jet, which departed from Boeing Field in Seattle.",
    );
    expect(places(b.departure)).toContain("Boeing Field");
  });
  it("zh: 从加州圣地牙哥载着110名…", () => {
    const x = run(
      "哥伦比亚派机接回110名国民",
      "两架空军飞机周二从加州圣地牙哥载着110名遭美国递解出境的哥伦比亚人，降落在波哥大。",
      "2025-01-29",
    );
    expect(places(x.departure).join()).toContain("圣地牙哥");
  });
});

describe("the whole group counted after its parts", () => {
  it("'19 chilenos … otros 42 peruanos' then 'con los 61 deportados a bordo'", () => {
    const x = run(
      "Llegan chilenos deportados",
      "Un vuelo fletado por el ICE aterrizó este miércoles en Santiago con 19 chilenos deportados, después de hacer escala en Lima, donde desembarcaron otros 42 ciudadanos peruanos. La aeronave había despegado de Miami con los 61 deportados a bordo.",
    );
    expect(x.people?.value).toBe(61);
  });
  it("'Fourteen West Africans removed from the United States'", () => {
    const x = run(
      "West Africans flown to Accra",
      "Fourteen West Africans removed from the United States arrived at Kotoka International Airport on Friday.",
    );
    expect(x.people?.value).toBe(14);
  });
});

describe("people who may be removed are not the count", () => {
  it("'roughly 800 Sierra Leoneans with final orders' gives no count; 'carried 116 adults with final orders' does", () => {
    const a = run(
      "Freetown agrees to take back nationals",
      "The Government of Sierra Leone has agreed to accept the return of its citizens ordered removed from the United States. US data lists roughly 800 Sierra Leoneans with final orders of removal.",
    );
    expect(a.people).toBeNull();
    const b = run(
      "ICE removes 116 Chinese nationals",
      "ICE removed 116 Chinese nationals on a charter flight to China. The flight departed from Seattle and carried 116 adults with final orders of removal.",
    );
    expect(b.people?.value).toBe(116);
  });
});

describe("a country that brings its own citizens home", () => {
  it("'Uzbekistan repatriated 131 of its citizens from the United States'", () => {
    const x = run(
      "Uzbekistan takes back 131 citizens on US-organized flight",
      "Uzbekistan repatriated 131 of its citizens from the United States on Tuesday on a charter flight organized with U.S. authorities.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["UZ"]);
  });
});

describe("where the people were received", () => {
  it("es: 'recibió … en el Aeropuerto Internacional de Villahermosa a 135 connacionales'", () => {
    const x = run(
      "Reciben a 135 connacionales repatriados vía aérea",
      "El Instituto Nacional de Migración recibió este miércoles en el Aeropuerto Internacional de Villahermosa a 135 connacionales repatriados por las autoridades estadounidenses.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["MX"]);
    expect(places(x.arrival)).toContain("Villahermosa");
  });
  it("en: 'received 112 returnees Thursday at Toussaint Louverture International Airport'", () => {
    const x = run(
      "Deportees arrive in Haiti",
      "Haitian authorities received 112 returnees Thursday at Toussaint Louverture International Airport after a deportation flight from Miami.",
    );
    expect(places(x.arrival)).toContain("Toussaint Louverture International Airport");
  });
});

describe("zh: the city after its country", () => {
  it("降落在宏都拉斯聖佩德羅蘇拉 (Traditional, the evidence as written)", () => {
    const x = run(
      "宏都拉斯接收兩架遣返班機",
      "兩架來自美國的遣返班機9日降落在宏都拉斯聖佩德羅蘇拉，共載有214名宏都拉斯人。",
      "2025-05-10",
    );
    expect(places(x.arrival)).toEqual(["聖佩德羅蘇拉"]);
    expect(x.people?.value).toBe(214);
  });
});

describe("English returns told without 'deported'", () => {
  it("'returned home on Friday aboard a flight chartered by the U.S. government'", () => {
    const x = run(
      "Brazilians return home on US flight",
      "Dozens of Brazilians returned home on Friday aboard a flight chartered by the U.S. government, landing in Fortaleza before dawn.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["BR"]);
  });
  it("'involuntarily returned from the United States'", () => {
    const x = run(
      "Jamaica welcomes back 35 returning residents",
      "Thirty-five Jamaicans who were involuntarily returned from the United States arrived at Norman Manley International Airport on Thursday.",
    );
    expect(x.relevant).toBe(true);
    expect(x.people?.value).toBe(35);
  });
});

describe("a flight of nationals from a US place", () => {
  it("'vuelo humanitario con 98 venezolanos procedentes de Houston' is a removal flight", () => {
    const x = run(
      "Llegan 98 venezolanos en vuelo humanitario",
      "Un vuelo humanitario con 98 venezolanos procedentes de Houston aterrizó este jueves en Maiquetía, informó el ministro de Interior.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["VE"]);
    expect(places(x.departure)).toEqual(["Houston"]);
  });
  it("tourists, pilgrims and teams flying from the US are not", () => {
    expect(
      run(
        "Pilgrims return",
        "A charter flight carrying 200 Nigerian pilgrims from New York landed in Abuja on Thursday.",
      ).relevant,
    ).toBe(false);
    expect(
      run(
        "Llegan turistas",
        "Un avión con 150 turistas canadienses procedentes de Miami aterrizó este jueves en Varadero.",
      ).relevant,
    ).toBe(false);
  });
});

describe("policy reports", () => {
  it("a vague figure in an agreement ('up to 250') is not a count of people flown", () => {
    const x = run(
      "Rwanda agrees to take deportees from the US",
      "Rwanda has agreed to accept up to 250 people deported from the United States under a new arrangement, the government said on Tuesday.",
    );
    expect(x.kind).toBe("policy");
    expect(x.people).toBeNull();
  });
});

describe("the destination named as the people's homeland", () => {
  it("'to their homeland of Ecuador', 'a su país de origen, Honduras'", () => {
    expect(
      codes(
        run(
          "ICE flight",
          "ICE deported 80 people to their homeland of Ecuador on Thursday on a charter flight.",
        ),
      ),
    ).toEqual(["EC"]);
    expect(
      codes(
        run(
          "Vuelo de deportación",
          "Estados Unidos deportó a 80 personas a su país de origen, Honduras, en un vuelo el jueves.",
        ),
      ),
    ).toEqual(["HN"]);
  });
});

describe("the landing country told by its soil", () => {
  it("'llegó a suelo hondureño', 'aterrizó en territorio guatemalteco', 'landed on Honduran soil'", () => {
    expect(
      codes(
        run(
          "Llegan deportados",
          "Un vuelo con 120 deportados desde Estados Unidos llegó este jueves a suelo hondureño.",
        ),
      ),
    ).toEqual(["HN"]);
    expect(
      codes(
        run(
          "Llegan deportados",
          "Un avión con 95 migrantes expulsados por Estados Unidos aterrizó este jueves en territorio guatemalteco.",
        ),
      ),
    ).toEqual(["GT"]);
    expect(
      codes(
        run(
          "Deportees land",
          "A flight with 100 deportees from the United States landed on Honduran soil on Thursday.",
        ),
      ),
    ).toEqual(["HN"]);
  });
});

describe("a flight carrying a counted group of migrants", () => {
  it("'A U.S. flight carrying 135 migrants landed …; the passengers came from India, China and Iran'", () => {
    const x = run(
      "Costa Rica takes in migrants deported by US",
      "A U.S. flight carrying 135 migrants landed on Wednesday in San José, the second group Costa Rica has agreed to hold.\n\nThe passengers came from India, China and Iran, the migration authority said. None of them is Costa Rican.",
    );
    expect(x.relevant).toBe(true);
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["CN", "IN", "IR"]);
    expect(x.people?.value).toBe(135);
  });
});

describe("cities named in Spanish and Chinese forms of their names", () => {
  it("a Spanish exonym of a capital gives the arrival and the country", () => {
    const x = run(
      "Aterriza vuelo con deportados",
      "Un vuelo con 64 mauritanos deportados desde Estados Unidos aterrizó este jueves en Nuakchot.",
    );
    expect(codes(x)).toEqual(["MR"]);
    expect(places(x.arrival)).toEqual(["Nuakchot"]);
  });
  it("a Taiwanese name of a capital gives the arrival", () => {
    const x = run("美國遣返班機", "美國移民及海關執法局遣返的52名茅利塔尼亞人搭乘包機於週四飛抵諾克少。");
    expect(codes(x)).toEqual(["MR"]);
    expect(places(x.arrival)).toEqual(["諾克少"]);
  });
  it("a name that cities of several countries share is not read as one of them", () => {
    const x = run("遣返班機", "美國遣返的95名薩爾瓦多人搭乘包機抵達拉巴斯省的國際機場。");
    expect(codes(x)).toEqual(["SV"]);
  });
});

describe("English dates: the flight's day, not the day it was announced", () => {
  it("a day after a verb of saying is the report's; the other day in the sentence is the flight's", () => {
    const x = run(
      "Flight returns Peruvians",
      "Immigration officials confirmed Friday that a charter with 88 Peruvian deportees reached Lima on Tuesday.",
      "2025-05-09",
    );
    expect(x.eventDate?.value).toBe("2025-05-06");
  });
  it("the flight's day in a later sentence wins over the announcement in the first", () => {
    const x = run(
      "Flight returns Peruvians",
      "The Department of Homeland Security said on Thursday that 88 Peruvians had been deported to Lima. Their plane landed on Monday evening.",
      "2025-05-09",
    );
    expect(x.eventDate?.value).toBe("2025-05-05");
  });
  it("'the previous day' counts back from the day of the statement", () => {
    const x = run(
      "Flight returns Peruvians",
      "In a statement released Wednesday, ICE said 88 Peruvian nationals were flown to Lima the previous day.",
      "2025-05-09",
    );
    expect(x.eventDate?.value).toBe("2025-05-06");
  });
  it("a statement alone still dates the report", () => {
    const x = run(
      "Flight returns Peruvians",
      "ICE said Thursday that 88 Peruvians were deported to Lima on a charter flight.",
      "2025-05-09",
    );
    expect(x.eventDate?.value).toBe("2025-05-08");
  });
  it("a change of policy is dated by its statement", () => {
    const x = run(
      "Peru agrees to take back deportees",
      "Peru's government said on Tuesday it had agreed to resume accepting deportation flights from the United States.",
      "2025-05-09",
    );
    expect(x.eventDate?.value).toBe("2025-05-06");
  });
  it("'on the 14th' is that day of the month of publication", () => {
    const x = run(
      "Flight returns Peruvians",
      "A plane with 88 Peruvians deported by ICE landed in Lima on the 6th, the migration office said.",
      "2025-05-09",
    );
    expect(x.eventDate?.value).toBe("2025-05-06");
  });
});

describe("Spanish dates: el día del vuelo, no el del anuncio", () => {
  it("informó este viernes que el vuelo llegó el martes", () => {
    const x = run(
      "Llegan 88 peruanos deportados",
      "Migraciones informó este viernes que un vuelo con 88 peruanos deportados desde Estados Unidos llegó a Lima el martes.",
      "2025-05-09",
    );
    expect(x.eventDate?.value).toBe("2025-05-06");
  });
});

describe("airports named after a time or a detour", () => {
  it("aterrizó en la madrugada del lunes en el aeropuerto de X", () => {
    const x = run(
      "Llegan deportados",
      "Un avión con 140 salvadoreños deportados desde Estados Unidos aterrizó en la madrugada del lunes en el aeropuerto de Ilopango.",
    );
    expect(places(x.arrival)).toContain("aeropuerto de Ilopango");
  });
  it("tocó tierra a las 4:15 en el aeropuerto … de <town>: the airport in full and its town", () => {
    const x = run(
      "Llega vuelo de repatriación",
      "El vuelo con 160 venezolanos deportados desde Estados Unidos tocó tierra a las 4:15 en el aeropuerto internacional Simón Bolívar de Maiquetía.",
    );
    expect(places(x.arrival)).toEqual(["aeropuerto internacional Simón Bolívar de Maiquetía", "Maiquetía"]);
  });
  it("the town after 'de' is not taken when it is a country", () => {
    const x = run(
      "Llegan deportados",
      "Un vuelo con 130 salvadoreños deportados desde Estados Unidos arribó al Aeropuerto Internacional de El Salvador.",
    );
    expect(places(x.arrival)).toEqual(["Aeropuerto Internacional de El Salvador"]);
  });
  it("landed at X International Airport in <city>: the city too", () => {
    const x = run(
      "Deportation flight lands",
      "A charter with 120 deported Hondurans landed at Golosón International Airport in La Ceiba on Tuesday.",
    );
    expect(places(x.arrival)).toEqual(["Golosón International Airport", "La Ceiba"]);
  });
});

describe("zh: another government's removal in an article that never names the US", () => {
  it("Taiwan's immigration agency by name", () => {
    const x = run("移民署包機遣返", "內政部移民署今天以包機將45名印尼籍逾期滯留人士遣返回國。");
    expect(x.relevant).toBe(false);
  });
  it("a plane that left an airport the US has none of", () => {
    const x = run("包機遣返逃逸移工", "52名越南籍逃逸移工今天搭乘包機遣返，班機從台中清泉崗機場起飛。");
    expect(x.relevant).toBe(false);
  });
  it("Hong Kong's immigration department", () => {
    const x = run("港府遣返", "入境事務處今日以包機將80名越南籍非法入境者遣返河內。");
    expect(x.relevant).toBe(false);
  });
  it("the US agency is still read when the US is named", () => {
    const x = run("美國包機遣返", "美國移民署週二以包機將90名越南籍移民遣返河內。");
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["VN"]);
  });
});

describe("English: the people deported, and the capital named in apposition", () => {
  it("'<number> <demonyms> deported by ICE' are the people, flown home", () => {
    const x = run(
      "Deportees welcomed home",
      "Migration officials welcomed 64 Nicaraguans deported by ICE as they came off the plane.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["NI"]);
  });
  it("'touched down in the capital, <city>'", () => {
    const x = run(
      "Deportees welcomed home",
      "ICE removed 64 Nicaraguans on Monday. Their plane touched down in the capital, Managua, before noon.",
    );
    expect(places(x.arrival)).toEqual(["Managua"]);
  });
});

describe("zh: a US town the gazetteer does not know, between 从 and 起飞", () => {
  it("a foreign name inside it is part of the longer name", () => {
    const x = run(
      "美國包機遣返",
      "美國國土安全部以包機將88名中國籍移民遣返回國，飛機從路州亞歷山德里亞起飛，降落在福州。",
    );
    expect(places(x.departure)).toContain("路州亞歷山德里亞");
  });
  it("a foreign city that is the whole place still makes it another country's flight", () => {
    const x = run("包机遣返", "一架包机载着60名委内瑞拉人从墨西哥城起飞，飞往加拉加斯。");
    expect(places(x.departure)).not.toContain("墨西哥城");
  });
});

describe("English counts: the whole group before its part, and 'N-plus'", () => {
  it("'Among the 120 deportees were 15 children' counts 120", () => {
    const x = run(
      "Deportation flight lands in Quito",
      "A removal flight from Texas landed in Quito on Tuesday. Among the 96 deportees were 11 children.",
    );
    expect(x.people?.value).toBe(96);
  });
  it("'96-plus deported Ecuadorians' is an approximate 96", () => {
    const x = run(
      "Deportation flight lands in Quito",
      "A flight with 96-plus deported Ecuadorians landed in Quito on Tuesday.",
    );
    expect(x.people?.value).toBe(96);
    expect(x.people?.hedged).toBe(true);
  });
});

describe("a date inside a relative clause that tells no flight", () => {
  it("dates something else: the flight's own day wins", () => {
    const x = run(
      "Deportees flown to Tegucigalpa",
      "The administration, which took office on Jan. 20, sent 110 deported Hondurans to Tegucigalpa on Wednesday.",
      "2025-03-07",
    );
    expect(x.eventDate?.value).toBe("2025-03-05");
  });
  it("a clause that tells of the flight still dates it", () => {
    const x = run(
      "Deportees flown to Tegucigalpa",
      "The charter, which landed on Wednesday, carried 110 deported Hondurans to Tegucigalpa.",
      "2025-03-07",
    );
    expect(x.eventDate?.value).toBe("2025-03-05");
  });
});

describe("a demonym a country shares with a territory", () => {
  it("'Indian nationals' are India's, not the British Indian Ocean Territory's", () => {
    const x = run(
      "Deportees reach Ahmedabad",
      "A charter carrying 64 Indian nationals deported from the United States landed in Ahmedabad on Wednesday.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["IN"]);
  });
  it("'Norwegian citizens' are Norway's", () => {
    const x = run(
      "Removal flight",
      "Eleven Norwegian citizens removed by ICE were flown home on a charter on Monday.",
    );
    expect(codes(x)).toEqual(["NO"]);
  });
});

describe("Chinese: 国际 is 'international', not a shortened country", () => {
  it("'沿海国际' names no Haiti ('海国')", () => {
    expect(findMentions("包机沿海国际航线飞行", "zh").map((m) => m.code)).toEqual([]);
  });
  it("a country's own short form still counts before other words", () => {
    expect(findMentions("海国当局表示接收", "zh").map((m) => m.code)).toEqual(["HT"]);
  });
});

describe("the flight's place in a series does not make it background", () => {
  it("', the fourth such flight since the start of the year'", () => {
    const x = run(
      "Deportees land in Accra",
      "A plane with 52 Ghanaians deported from the United States landed in Accra on Tuesday, the fourth such flight since the start of the year.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["GH"]);
    expect(x.eventDate?.value).toBe("2025-05-06");
  });
  it("', el quinto en lo que va del año'", () => {
    const x = run(
      "Llega vuelo con deportados",
      "Un avión con 77 hondureños deportados desde Estados Unidos aterrizó el martes en San Pedro Sula, el quinto en lo que va del año.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["HN"]);
  });
});

describe("a line that points to another article is not read", () => {
  it("'Read more:' after a story about something else", () => {
    const x = run(
      "County opens new shelter for families",
      "The county opened a shelter with 80 beds on Monday.\n\nRead more: Deportation flight with 140 Hondurans lands in San Pedro Sula",
    );
    expect(x.relevant).toBe(false);
  });
  it("'Lee también:' and '相关阅读：'", () => {
    expect(
      run(
        "Abren albergue en Tijuana",
        "El albergue tiene 60 camas.\n\nLee también: Aterriza vuelo con 110 deportados guatemaltecos",
      ).relevant,
    ).toBe(false);
    expect(
      run(
        "纽约华人社区举办新春活动",
        "活动吸引了数百人参加。\n\n相关阅读：载有90名中国籍非法移民的遣返包机抵达广州",
      ).relevant,
    ).toBe(false);
  });
  it("the article's own report still counts when a link line follows", () => {
    const x = run(
      "Deportees land in Lima",
      "A charter with 95 Peruvians deported from the United States landed in Lima on Thursday.\n\nRelated: Colombia resumes flights",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["PE"]);
  });
});

describe("the people in one sentence, the plane in the next", () => {
  it("'They were Sri Lankan nationals deported from the United States.' then 'The charter had left …'", () => {
    const x = run(
      "Back home with nothing",
      "Thirty-one men walked out of the arrivals hall in Colombo on Monday. They were Sri Lankan nationals deported from the United States. The charter had left Mesa, Arizona, two days before.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["LK"]);
    expect(places(x.departure)).toContain("Mesa, Arizona");
  });
  it("a plane and a deportation told apart, one of them planned, is no flight", () => {
    const x = run(
      "Families wait for news",
      "Many Sri Lankan nationals were deported from the United States over the years. A plane will leave Mesa next month.",
    );
    expect(x.kind).not.toBe("flight");
  });
});

describe("Chinese: a country agreeing to take people the US sends (遣送, 第三国人员)", () => {
  it("同意接收美国遣送的人员", () => {
    const x = run(
      "卢旺达同意接收美国遣送人员",
      "卢旺达政府8日表示，同意接收美国遣送的部分第三国人员，具体人数另行商定。",
    );
    expect(x.relevant).toBe(true);
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["RW"]);
  });
  it("Traditional: 同意接收第三國人員", () => {
    const x = run("史瓦帝尼同意接收美國遣送人員", "史瓦帝尼政府8日宣布，同意接收美國遣送的第三國人員。");
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["SZ"]);
  });
});

describe("Spanish: landing at an air force base or an airport known by its initials", () => {
  it("aterrizó en las instalaciones de la Fuerza Aérea Hondureña", () => {
    const x = run(
      "Retornan 88 hondureños",
      "Un avión con 88 hondureños deportados desde Estados Unidos aterrizó el jueves en las instalaciones de la Fuerza Aérea Hondureña, en Tegucigalpa.",
    );
    expect(places(x.arrival)).toContain("Fuerza Aérea Hondureña");
  });
  it("llegaron a la base de Palanquero", () => {
    const x = run(
      "Llegan 70 colombianos deportados",
      "Setenta colombianos deportados desde Estados Unidos llegaron el martes a la base de Palanquero, en Puerto Salgar.",
    );
    expect(places(x.arrival)).toContain("Palanquero");
  });
  it("aterrizó en el AICM", () => {
    const x = run(
      "Vuelo con repatriados",
      "Un vuelo con 120 mexicanos deportados desde Estados Unidos aterrizó el viernes en el AICM, informó Migración.",
    );
    expect(places(x.arrival)).toContain("AICM");
  });
  it("'llegó a EEUU' names no airport", () => {
    const x = run(
      "Vuelo con deportados",
      "Un vuelo con 120 mexicanos deportados desde Estados Unidos aterrizó el viernes en el EEUU y luego en Monterrey.",
    );
    expect(places(x.arrival)).not.toContain("EEUU");
  });
  it("llegó al aeropuerto de esta ciudad, under the dateline's city", () => {
    const x = run(
      "Llegan 90 repatriados",
      "Morelia, Michoacán. Un vuelo con 90 mexicanos repatriados por Estados Unidos llegó el martes 4 de marzo al aeropuerto de esta ciudad.",
    );
    expect(places(x.arrival)).toContain("Morelia");
  });
});

describe("someone's clients or relatives on board are a part, not the flight's count", () => {
  it("Chinese: 他的两名客户 after 上百名", () => {
    const x = run(
      "包机遣返上百名中国公民",
      "美国移民及海关执法局本月3日以包机将上百名中国公民遣返回国，飞机降落在广州。一名律师说，他的两名客户也在机上。",
    );
    expect(x.people?.approx).toEqual([100, 199]);
  });
  it("English: 'her four clients' after 'more than 90 Ecuadorians'", () => {
    const x = run(
      "Deportation flight lands in Guayaquil",
      "More than 90 Ecuadorians deported from the United States landed in Guayaquil on Monday. A lawyer in Queens said her four clients were on the plane.",
    );
    expect(x.people?.value).toBe(90);
  });
});

describe("a country getting ready for a flight, or stopping flights", () => {
  it("'prepares to receive' with a flight due to land is a planned flight, not a policy change", () => {
    const x = run(
      "Mauritania prepares to receive 40 nationals on US deportation flight",
      "A US charter carrying about 40 Mauritanian nationals is scheduled to land at Hodh Regional Airport on Sunday, officials said on Friday.",
    );
    expect(x.kind).toBe("planned_flight");
    expect(x.eventDate?.value).toBe("2025-05-11");
    expect(places(x.arrival)).toContain("Hodh Regional Airport");
  });
  it("'agrees to receive' is still a policy change", () => {
    const x = run(
      "Mauritania agrees to receive deportees",
      "Mauritania agreed on Friday to receive nationals deported from the United States on charter flights.",
    );
    expect(x.kind).toBe("policy");
  });
  it("'dejará de recibir vuelos con deportados' is a policy change", () => {
    const x = run(
      "Panamá dejará de recibir vuelos con deportados de otros países",
      "El Gobierno de Panamá anunció este jueves que no aceptará más vuelos de deportación desde Estados Unidos con migrantes de otras nacionalidades.",
    );
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["PA"]);
  });
  it("'will stop accepting removal flights' and 停止接收 are policy changes", () => {
    expect(
      run(
        "Belize to stop accepting US deportation flights",
        "Belize will stop accepting deportation flights with migrants from other countries, the government said on Thursday.",
      ).kind,
    ).toBe("policy");
    expect(
      run("伯利兹停止接收美国遣返航班", "伯利兹政府8日宣布，停止接收美国载有第三国公民的遣返航班。").kind,
    ).toBe("policy");
  });
});

describe("the people on board, told apart from the flight's sentence", () => {
  it("'98 people were on board' in a later paragraph", () => {
    const x = run(
      "Deportation flight lands in Bishkek",
      "A US charter carrying Kyrgyz nationals removed from the United States landed in Bishkek on Tuesday.\n\nThe plane had left Mesa, Arizona, the day before.\n\nAccording to the border service, 98 people were on board, among them 12 women.",
    );
    expect(x.people?.value).toBe(98);
  });
  it("'a bordo viajaban 54 personas'", () => {
    const x = run(
      "Aterriza vuelo de deportación en Quito",
      "Un avión con ecuatorianos deportados desde Estados Unidos aterrizó el martes en Quito.\n\nLa aeronave salió de Mesa, Arizona.\n\nSegún la Cancillería, a bordo viajaban 54 personas.",
    );
    expect(x.people?.value).toBe(54);
  });
});

describe("Spanish: a town named like a territory", () => {
  it("'Santa Elena, Petén' is a Guatemalan town, not Saint Helena", () => {
    const x = run(
      "Llega vuelo con deportados a Petén",
      "Un vuelo con 75 guatemaltecos deportados desde Estados Unidos aterrizó el lunes en la Base Aérea del Norte, en Santa Elena, Petén.",
    );
    expect(codes(x)).toEqual(["GT"]);
  });
});

describe("Spanish: terminals and numbered air groups", () => {
  it("llegó a la terminal aérea de <ciudad>", () => {
    const x = run(
      "Llegan deportados",
      "Un vuelo con 66 hondureños deportados desde Estados Unidos llegó el jueves a la terminal aérea de La Ceiba.",
    );
    expect(places(x.arrival)).toContain("La Ceiba");
  });
  it("arribó a la terminal de carga del aeropuerto de <ciudad>", () => {
    const x = run(
      "Arriba vuelo con deportados",
      "Un vuelo con 71 ecuatorianos deportados desde Estados Unidos arribó el jueves a la terminal de carga del aeropuerto de Manta.",
    );
    expect(places(x.arrival)).toContain("aeropuerto de Manta");
  });
  it("aterrizó en el Grupo Aéreo N.° 2", () => {
    const x = run(
      "Vuelo con deportados",
      "Un vuelo con 71 peruanos deportados desde Estados Unidos aterrizó el jueves en el Grupo Aéreo N.° 2, en Lima.",
    );
    expect(places(x.arrival)).toContain("Grupo Aéreo N.° 2");
  });
});

describe("Chinese: a capital the gazetteer lacks, named after 首府 or 首都", () => {
  it("抵达<州>首府<城市>", () => {
    const x = run(
      "遣返班机抵达巴西",
      "一架美国遣返班机周二载着76名巴西人抵达巴拉那州首府库里蒂巴，机上乘客多来自南部。",
    );
    expect(x.relevant).toBe(true);
    expect(places(x.arrival)).toContain("库里蒂巴");
  });
  it("Traditional: 降落在<國>首都<城市>", () => {
    const x = run(
      "遣返包機降落",
      "美國移民及海關執法局的包機週二載著70名烏茲別克公民降落在烏茲別克首都塔什干。",
    );
    expect(places(x.arrival).join(" ")).toContain("塔什干");
  });
  it("'抵达首都后' names no city", () => {
    const x = run(
      "遣返包机",
      "一架美国遣返包机周二载着60名危地马拉公民降落，抵达首都后，他们被送往收容中心。",
    );
    expect(places(x.arrival).some((p) => p.includes("后"))).toBe(false);
  });
});

describe("an airport of the landing country in a feature's opening scene", () => {
  it("'walked out of the arrivals hall at <airport>' paragraphs before the removal", () => {
    const x = run(
      "Sent back with a bag each",
      "BISHKEK — Just after sunrise on Tuesday, a line of tired men came through the arrivals hall at Manas International Airport. A few carried plastic bags.\n\nThey were Kyrgyz nationals deported from the United States. The chartered plane had left Mesa, Arizona, a day earlier.",
    );
    expect(x.relevant).toBe(true);
    expect(places(x.arrival)).toContain("Manas International Airport");
  });
  it("an airport named in a background sentence is not taken", () => {
    const x = run(
      "Sent back with a bag each",
      "Earlier flights this year came through Manas International Airport.\n\nThey were Kyrgyz nationals deported from the United States. The chartered plane had left Mesa, Arizona, on Monday.",
    );
    expect(places(x.arrival)).not.toContain("Manas International Airport");
  });
});

describe("a sentence about an earlier flight does not date this one", () => {
  it("'In March, an earlier flight to Peru …' after a scene dated Thursday", () => {
    const x = run(
      "Charter takes 70 Peruvians home",
      "MESA, Ariz. — The men climbed into a white jet early Thursday. Most wore grey sweatshirts.\n\nThe plane landed at Jorge Chávez airport in Lima that night with 70 Peruvians deported from the United States, officials said.\n\nIn March, an earlier flight to Peru drew complaints after passengers said the plane was not heated. This time the handcuffs were removed before landing, officials said.",
      "2025-05-10",
    );
    expect(x.eventDate?.value).toBe("2025-05-08");
  });
});

describe("things removed are not people removed", () => {
  it("'the shackles were removed before landing' tells no removal", () => {
    const x = run(
      "Airline staff describe a charter",
      "Cabin crew said the shackles were removed before landing in Belo Horizonte.",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("people of another nationality on a flight home", () => {
  it("Spanish: 'personas de otra nacionalidad' make the others nationals on board", () => {
    const x = run(
      "Honduras recibe a deportados nicaragüenses en un vuelo de EE. UU.",
      "Un vuelo con 80 personas deportadas desde Estados Unidos aterrizó el lunes en San Pedro Sula; 76 son hondureñas y cuatro nicaragüenses. Es la primera vez que el país recibe a personas de otra nacionalidad en un vuelo de deportación.",
    );
    const role = Object.fromEntries(x.countries.map((c) => [c.code, c.role]));
    expect(role).toEqual({ HN: "destination", NI: "nationality" });
  });
  it("English: 'people of another nationality'", () => {
    const x = run(
      "Honduras takes Nicaraguan deportees on US flight",
      "A flight with 80 people deported from the United States landed in San Pedro Sula on Monday; 76 were Hondurans and four Nicaraguans, the first time the country received people of another nationality.",
    );
    const role = Object.fromEntries(x.countries.map((c) => [c.code, c.role]));
    expect(role).toEqual({ HN: "destination", NI: "nationality" });
  });
});

describe("Chinese: the object marker, a receiving country's own flight from the US, China as 华", () => {
  it("'美國將120名移民遣送巴拿馬' is a flight done, not planned, to the country after 遣送", () => {
    const x = run(
      "美國將120名移民遣送巴拿馬",
      "巴拿馬官員表示，載有120名移民的美國班機週二降落當地機場，機上人員來自印度、尼泊爾和伊朗等國。",
      "2025-05-09",
    );
    expect(x.relevant).toBe(true);
    expect(x.kind).toBe("flight");
    expect(x.countries.find((c) => c.role === "destination")?.code).toBe("PA");
    expect(x.countries.filter((c) => c.role === "nationality").map((c) => c.code)).toEqual(
      expect.arrayContaining(["IN", "NP", "IR"]),
    );
    expect(x.eventDate?.value).toBe("2025-05-06");
  });
  it("'将近200人' is a hedge, not the future", () => {
    const x = run(
      "遣返包机抵达危地马拉",
      "美国一架遣返包机周三抵达危地马拉城，将近200人返回。",
      "2025-05-09",
    );
    expect(x.kind).toBe("flight");
    expect(x.people).toMatchObject({ value: 200, hedged: true });
  });
  it("the receiving country's repatriation flight that left a US city is a removal from the US", () => {
    const x = run(
      "厄瓜多遣返班機抵達基多 150人返國",
      "厄瓜多政府表示，一架載有150名厄瓜多人的遣返班機8日降落基多國際機場。\n\n官員說，班機從德州聖安東尼奧起飛。",
      "2025-05-09",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["EC"]);
  });
  it("a flight from a city abroad stays another country's removal", () => {
    const x = run(
      "厄瓜多遣返班機抵達基多",
      "厄瓜多政府表示，一架載有150名厄瓜多人的遣返班機8日降落基多。\n\n官員說，班機從馬德里起飛。",
      "2025-05-09",
    );
    expect(x.relevant).toBe(false);
  });
  it("'赴华' names China; '华盛顿' and '华人' do not", () => {
    const x = run(
      "美方计划下月再派遣返包机赴华",
      "美国国土安全部官员透露，遣返包机的日期尚未确定。",
      "2025-05-09",
    );
    expect(x.relevant).toBe(true);
    expect(x.kind).toBe("planned_flight");
    expect(codes(x)).toEqual(["CN"]);
    expect(x.eventDate).toMatchObject({ value: "2025-06", precision: "month" });
    expect(findMentions("华盛顿的华人社区", "zh").map((m) => m.code)).not.toContain("CN");
  });
});

describe("English: dozens and a group's number in all", () => {
  it("'about two dozen' is 24, approximately; 'a dozen' 12", () => {
    expect(findNumbers("About two dozen Cambodians", "en")[0]?.value).toBe(24);
    expect(findNumbers("a dozen women", "en")[0]?.value).toBe(12);
  });
  it("'the deportees, about 90 in all' is the count; 'the returnees included eleven women' is a part", () => {
    const x = run(
      "Deportees from the US land in Accra",
      "The charter carrying the deportees, about 90 in all, landed at Kotoka International Airport on Tuesday night.\n\nThe returnees included eleven women.",
      "2025-05-09",
    );
    expect(x.people).toMatchObject({ value: 90, hedged: true });
  });
});

describe("third-country flights: the landing country's adjective, a demand, the day it was said", () => {
  it("'Juba, the South Sudanese capital' does not make the nationals on board flown home", () => {
    const x = run(
      "U.S. to fly six men to South Sudan",
      "The administration plans to deport six men from Laos, Cuba and Yemen to South Sudan next week.\n\nThe men would be flown to Juba, the South Sudanese capital, the filing said.",
      "2025-05-09",
    );
    expect(x.countries.find((c) => c.role === "destination")?.code).toBe("SS");
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["CU", "LA", "YE"]);
  });
  it("'要求将本国公民送回委内瑞拉' is a demand, not where the flight went", () => {
    const x = run(
      "百余名委内瑞拉籍男子被遣送至萨尔瓦多",
      "萨尔瓦多总统府13日表示，美国12日将百余名委内瑞拉籍男子遣送至萨尔瓦多。\n\n委内瑞拉外交部当天发表公报，要求将本国公民送回委内瑞拉。",
      "2025-06-13",
    );
    expect(x.countries.find((c) => c.role === "destination")?.code).toBe("SV");
    expect(x.countries.find((c) => c.code === "VE")?.role).toBe("nationality");
  });
  it("'政府周四证实，…航班于周二抵达' dates the flight Tuesday", () => {
    const x = run(
      "美国遣返航班抵达巴拿马",
      "巴拿马公共安全部周四证实，一架载有八十名移民的美国遣返航班于当地时间周二抵达巴拿马城。",
      "2025-03-21",
    );
    expect(x.eventDate?.value).toBe("2025-03-18");
  });
});

describe("English: said on one day about a month, and 'the seven, from …'", () => {
  it("'said on Thursday that seven people … had arrived earlier this month' gives the month, and the nationalities", () => {
    const x = run(
      "Rwanda confirms it received six people deported by the U.S.",
      "Rwanda's government said on Thursday that six people deported from the United States had arrived in Kigali earlier this month.\n\nA spokesman said the six, from Laos, Eritrea and Honduras, were housed by an aid group.",
      "2025-08-28",
    );
    expect(x.eventDate).toMatchObject({ value: "2025-08", precision: "month" });
    expect(x.countries.find((c) => c.role === "destination")?.code).toBe("RW");
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["ER", "HN", "LA"]);
  });
});

describe("Sixth round: stops, towns with their state, weeks, stocks and refusals", () => {
  it("a charter that 'made stops in' three capitals landed in each of them", () => {
    const x = run(
      "ICE returns 48 nationals to the Baltics",
      "ICE removed 48 nationals of Lithuania, Latvia and Estonia on May 6 aboard a charter that departed from Gary, Indiana, and made stops in Vilnius, Riga and Tallinn.",
    );
    expect(places(x.arrival)).toEqual(["Vilnius", "Riga", "Tallinn"]);
    expect(places(x.departure)).toEqual(["Gary"]);
  });
  it("a journey that 'included stops in' two countries did not land people there", () => {
    const x = run(
      "Forty Nepalis deported from US",
      "Forty Nepalis deported from the United States landed in Kathmandu on Tuesday after a journey that included stops in Ireland and Qatar.",
    );
    expect(codes(x)).toEqual(["NP"]);
  });
  it("'landed at <airport> in <city>' names the city's country even when the airport is unknown", () => {
    const x = run(
      "Burundi takes back 19 men flown from Texas",
      "The chartered jet, which had left El Paso the evening before, landed at Kanyosha Regional Airport in Bujumbura on Thursday.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["BI"]);
  });
  it("'Batumi, Georgia' is the country's city, not a US town", () => {
    const x = run(
      "Georgians sent home",
      "A removal charter carrying 30 Georgians left Laredo, Texas, and later departed from Batumi, Georgia, empty.",
    );
    expect(places(x.departure)).not.toContain("Batumi");
  });
  it("'week ending 15 Mar' in the headline and 'Tuesday 11 March' before the flights give the Tuesday", () => {
    const x = run(
      "Charter notes, week ending 15 Mar",
      "The busy day was Tuesday 11 March, which brought two destinations.\n\nA GlobalX jet out of Harlingen (HRL) flew a removal to Quito. A few hours later another left San Antonio (SAT) and landed in Lima.",
      "2025-03-16",
    );
    expect(x.eventDate).toMatchObject({ value: "2025-03-11", precision: "day" });
  });
  it("'several hundred … have final orders of removal' is no count of the flight", () => {
    const x = run(
      "Laos agrees to accept nationals deported from the U.S.",
      "Laos has agreed to accept its citizens deported from the United States, officials said on Monday.\n\nLawyers estimate that several hundred Laotians in the United States have final orders of removal.",
      "2025-05-13",
    );
    expect(x.kind).toBe("policy");
    expect(x.people).toBeNull();
  });
  it("'will not allow U.S. deportation charters to land' is a refusal, dated the day it was said", () => {
    const x = run(
      "Gambia says it will not accept U.S. deportation flights",
      "Gambia will not allow U.S. deportation charters to land until the passengers are screened, the government said on Thursday.",
      "2025-08-01",
    );
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["GM"]);
    expect(x.eventDate?.value).toBe("2025-07-31");
  });
  it("'at least a dozen children' is a hedged part; 'Nearly two hundred' the count", () => {
    const x = run(
      "U.S. sends nearly two hundred Haitians north",
      "Nearly two hundred Haitians deported from the United States were flown to Cap-Haïtien on Monday.\n\nMen, women and at least a dozen children disembarked at Hugo Chávez International Airport.",
      "2024-02-27",
    );
    expect(x.people).toMatchObject({ value: 200, hedged: true });
    expect(places(x.arrival)).toContain("Hugo Chávez International Airport");
  });
  it("'DHS plans first removal charter to Kabul' is planned", () => {
    const x = run(
      "DHS plans first removal charter to Kabul",
      "The Department of Homeland Security is preparing to send about 45 Afghans back to Kabul on a chartered plane next Tuesday.",
      "2025-07-10",
    );
    expect(x.kind).toBe("planned_flight");
    expect(x.eventDate?.value).toBe("2025-07-15");
  });
  it("a month of the flight is not replaced by the day a statement was released", () => {
    const x = run(
      "Belize receives first U.S. removal charter",
      "Fourteen Belizean nationals were returned from the United States in April of 2024 on a chartered aircraft.\n\nThe plane flew from Brownsville, Texas, to Belize City, according to a ministry statement released on Friday.",
      "2024-05-05",
    );
    expect(x.eventDate).toMatchObject({ value: "2024-04", precision: "month" });
  });
  it("刚果（金） is the Democratic Republic of the Congo, 刚果（布） the Republic", () => {
    expect(findMentions("来自刚果（金）和刚果（布）", "zh").map((m) => m.code)).toEqual(["CD", "CG"]);
  });
  it("'降落在旁遮普邦阿姆利则的国际机场' lands in Amritsar, and '在海地角的…国际机场降落' at the airport", () => {
    const a = run(
      "美军机遣返九十名印度人",
      "一架美国空军运输机本周三载着九十名被遣返的印度人，降落在旁遮普邦阿姆利则的国际机场。",
      "2026-10-09",
    );
    expect(places(a.arrival)).toContain("阿姆利则");
    expect(places(a.arrival)).not.toContain("国际机场");
    const b = run(
      "美国遣返班机飞抵海地",
      "美国移民和海关执法局上周五派出一架遣返班机，将七十名海地人送往海地角。班机在海地角的雨果·查韦斯国际机场降落。",
      "2025-11-17",
    );
    expect(places(b.arrival)).toContain("雨果·查韦斯国际机场");
  });
  it("'遣返至首都杜尚别' names the landing city", () => {
    const x = run(
      "美国拟下周一包机遣返塔吉克斯坦公民",
      "美国计划于下周一派出包机，将约40名塔吉克斯坦公民遣返至首都杜尚别。",
      "2026-05-08",
    );
    expect(places(x.arrival)).toContain("杜尚别");
  });
});

describe("Sixth round: other countries' removals and what is not a count", () => {
  it("a Home Office charter from an English airport is the UK's removal", () => {
    const x = run(
      "Charter returns 47 Albanians from Gatwick",
      "A Home Office charter carrying 47 Albanian nationals left Gatwick early on Tuesday and landed in Tirana before noon, the department said.",
    );
    expect(x.relevant).toBe(false);
  });
  it("a Chinese report that names neither the US nor a US place is another country's removal", () => {
    const x = run(
      "移民局包机遣返98名缅甸非法外劳",
      "（吉隆坡4日讯）移民局昨日以包机方式，将98名非法逗留的缅甸籍外劳从吉隆坡国际机场遣返仰光。",
      "2026-04-05",
    );
    expect(x.relevant).toBe(false);
  });
  it("'日本包机强制遣返' in the headline is Japan's removal, even when the US is named further down", () => {
    const x = run(
      "日本包机强制遣返 38名尼泊尔人送回加德满都",
      "日本出入国在留管理厅2日宣布，已以包机方式将38名尼泊尔籍人士强制遣返，包机从成田机场起飞。\n\n相较之下，美国今年的遣返人数远多于日本。",
      "2025-10-03",
    );
    expect(x.relevant).toBe(false);
  });
  it("flights that 'partieron del aeropuerto internacional de Tapachula' are Mexico's", () => {
    const x = run(
      "INM traslada por avión a 150 guatemaltecos",
      "El Instituto Nacional de Migración devolvió este martes a 150 personas de origen guatemalteco en dos vuelos que partieron del aeropuerto internacional de Tapachula con destino a Ciudad de Guatemala.\n\nUn activista dijo que Estados Unidos cerró la puerta del asilo.",
      "2025-07-30",
    );
    expect(x.relevant).toBe(false);
  });
  it("'De acuerdo con el documento' is 'according to', and a title on rising deportations is statistics", () => {
    const x = run(
      "Crecen las deportaciones de paraguayos desde Estados Unidos",
      "El número de paraguayos deportados desde Estados Unidos aumentó 40 % en 2025.\n\nDe acuerdo con el documento, 512 ciudadanos paraguayos fueron devueltos al país desde territorio estadounidense durante el año pasado.",
      "2026-01-10",
    );
    expect(x.relevant).toBe(false);
  });
  it("Kosovo is a destination (XK), and an agreement's cap '至多60名' is no count", () => {
    const x = run(
      "科索沃同意临时接收美国遣返的第三国人员",
      "科索沃政府11日宣布，已同意在未来一年内临时接收至多60名被美国驱逐出境的第三国公民。",
      "2026-03-12",
    );
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["XK"]);
    expect(x.people).toBeNull();
  });
  it("'该批人士分别来自加纳、肯雅及埃塞俄比亚' names those on board (肯雅 is Hong Kong's Kenya)", () => {
    const x = run(
      "美國再向非洲送走第三國移民 12人抵喀麥隆",
      "喀麥隆政府證實，一架美國政府包機周三晚上降落首都雅溫得，機上12名被美國驅逐的移民全部並非喀麥隆公民。\n\n喀麥隆通訊部表示，該批人士分別來自加納、肯雅及埃塞俄比亞。",
      "2026-01-23",
    );
    expect(x.countries.find((c) => c.role === "destination")?.code).toBe("CM");
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["ET", "GH", "KE"]);
  });
  it("one Taiwanese man on a scheduled flight, and a year's statistic, are no removal flight", () => {
    const x = run(
      "逾期居留遭遞解 台籍女搭班機返抵桃園",
      "一名在美國逾期居留多年的台籍女子，日前遭美國移民暨海關執法局遞解出境，今天清晨搭乘班機返台。\n\n據外交部統計，今年1月至8月已有19名國人遭美國遞解出境。",
      "2025-09-03",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Sixth round: domestic and other countries' flights, negations, the group on board", () => {
  it("'The data do not break down removals by flight' reports no flight", () => {
    const x = run(
      "Removals rose again in March, data show",
      "U.S. immigration authorities carried out about 35,000 removals in March, according to government data.\n\nThe data do not break down removals by flight.",
    );
    expect(x.relevant).toBe(false);
  });
  it("an airport that 'also receives charter flights carrying deportees' is no flight reported", () => {
    const x = run(
      "New nonstop links Dallas with Guatemala",
      "An airline will begin nonstop service between Dallas and Guatemala City in October.\n\nLa Aurora, the city's airport, also receives charter flights carrying Guatemalans deported from the United States.",
    );
    expect(x.relevant).toBe(false);
  });
  it("Mexico's INM flying migrants from Tijuana to Villahermosa is a domestic transfer", () => {
    const x = run(
      "INM traslada en avión a 150 migrantes de Tijuana a Villahermosa",
      "El INM trasladó este jueves por vía aérea a 150 personas extranjeras desde Tijuana hasta Villahermosa.\n\nLos migrantes, en su mayoría venezolanos y hondureños, abordaron en el aeropuerto internacional de Tijuana un avión contratado por el Gobierno federal. Muchos habían sido devueltos a México por las autoridades estadounidenses.",
      "2025-07-11",
    );
    expect(x.relevant).toBe(false);
  });
  it("a plane of the Chilean Air Force that took off from Santiago is Chile's removal", () => {
    const x = run(
      "Gobierno expulsa a 58 extranjeros en vuelo de la FACh a Perú y Bolivia",
      "Un avión de la Fuerza Aérea de Chile despegó el domingo desde el aeropuerto de Santiago con 58 ciudadanos extranjeros expulsados del país, en el tercer vuelo de este tipo en lo que va del año.\n\nChile también recibe a connacionales deportados desde Estados Unidos.",
      "2026-06-02",
    );
    expect(x.relevant).toBe(false);
  });
  it("'retornados este martes desde México' and planes that 'partieron de Villahermosa' are Mexico's", () => {
    const x = run(
      "Retornan 120 hondureños desde México",
      "Un total de 120 hondureños que intentaban llegar a Estados Unidos fueron retornados este martes desde México en dos vuelos que aterrizaron en San Pedro Sula.\n\nLos aviones partieron de Villahermosa y de Tapachula.",
      "2024-11-20",
    );
    expect(x.relevant).toBe(false);
  });
  it("'the seven were from Cameroon, Eritrea and Iraq' names those on board; 'has also sent … to' is background", () => {
    const x = run(
      "Rwanda confirms it received seven deportees from the US",
      "Rwanda received seven people deported from the United States in mid-August, a spokeswoman said on Tuesday.\n\nA person familiar with the arrangement said the seven were from Cameroon, Eritrea and Iraq.\n\nThe United States has also sent third-country nationals to South Sudan and Eswatini.",
      "2025-09-24",
    );
    expect(codes(x).sort()).toEqual(["CM", "ER", "IQ", "RW"]);
    expect(x.countries.find((c) => c.code === "RW")?.role).toBe("destination");
  });
  it("'el grupo está formado por hondureños, nicaragüenses y cubanos' names those on board", () => {
    const x = run(
      "EE. UU. envía a Belice a 12 solicitantes de asilo de otros países",
      "Un avión con 12 migrantes enviados por el gobierno de Estados Unidos aterrizó el lunes en Ciudad de Belice.\n\nNinguno de los pasajeros es beliceño. El grupo está formado por hondureños, nicaragüenses y cubanos.",
      "2026-04-22",
    );
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["CU", "HN", "NI"]);
  });
  it("'aceptará recibir a personas de otras nacionalidades' in a safe-third-country deal is a policy change", () => {
    const x = run(
      "Paraguay recibirá a solicitantes de asilo enviados por Estados Unidos",
      "El Gobierno paraguayo confirmó este miércoles que aceptará recibir a personas de otras nacionalidades que solicitaron asilo en Estados Unidos, en el marco de un acuerdo de tercer país seguro.",
      "2025-11-06",
    );
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["PY"]);
  });
});

describe("Sixth round: days in Chinese and English that the report's day hid", () => {
  it("'星期五（11月7日）证实' is the day it was said; the flight's is the other weekday", () => {
    const x = run(
      "美国再将15名西非人遣送加纳",
      "加纳外交部长星期五（11月7日）证实，一架美国包机星期三（11月5日）降落首都阿克拉的科托卡国际机场，机上15名被美国驱逐出境的西非人士。",
      "2025-11-08",
    );
    expect(x.eventDate?.value).toBe("2025-11-05");
  });
  it("'周三（8日）表示，前一天晚间…降落' is the day before it was said", () => {
    const x = run(
      "60名乔治亚人遭美国遣返",
      "乔治亚内政部周三（8日）表示，前一天晚间有一架美国包机在第比利斯国际机场降落，机上60名乔治亚公民遭驱逐出境。",
      "2026-07-10",
    );
    expect(x.eventDate?.value).toBe("2026-07-07");
  });
  it("'17日表示，…计划于11月26日派出包机' is the 26th", () => {
    const x = run(
      "美方称将于本月下旬派包机遣返越南公民",
      "美国驻越南大使馆17日表示，美国国土安全部计划于11月26日派出一架包机，将约80名越南公民遣返回国。",
      "2025-11-18",
    );
    expect(x.eventDate?.value).toBe("2025-11-26");
  });
  it("the day only in a later sentence about the plane ('于周四早上降落')", () => {
    const x = run(
      "美遣返航班送三十名孟加拉人返达卡",
      "一架美国遣返航班日前把三十名孟加拉籍人士送返首都达卡。\n\n据当地传媒报道，航班由德州艾尔帕索出发，于周四早上降落沙阿贾拉勒国际机场。",
      "2026-05-09",
    );
    expect(x.eventDate?.value).toBe("2026-05-07");
  });
  it("'the third this month, landed Monday' is Monday; 'next week … on Tuesday' is the Tuesday", () => {
    const a = run(
      "Third deportation charter of March leaves for Honduras",
      "HARLINGEN — The flight, the third from the Valley this month, landed Monday in San Pedro Sula with about 120 Honduran men and women on board.",
      "2025-03-12",
    );
    expect(a.eventDate?.value).toBe("2025-03-10");
    const b = run(
      "28 Cambodians to be returned from US next week",
      "Twenty-eight Cambodian nationals will be deported from the United States next week and are due to arrive in Phnom Penh on Tuesday, the ministry said.",
      "2025-10-03",
    );
    expect(b.eventDate?.value).toBe("2025-10-07");
  });
});

describe("Sixth round: background flights, rivers, and the dateline's country", () => {
  it("'the Senegal River valley' is no country; 'Spain separately operates regular flights' is background", () => {
    const x = run(
      "About 60 Mauritanians deported from the US arrive in Nouakchott",
      "A chartered jet carrying about 60 Mauritanians deported from the United States touched down on Tuesday in Nouakchott.\n\nMost of those on board were young men from the Senegal River valley.\n\nSpain separately operates regular repatriation flights from the Canary Islands to Dakar.",
      "2025-05-16",
    );
    expect(codes(x)).toEqual(["MR"]);
  });
  it("'ICE también envió vuelos a Honduras y a Guatemala' and '美国本月稍早也曾派机…' are other flights", () => {
    const es = run(
      "Deportan a Nicaragua a 120 migrantes en vuelo desde Miami",
      "Ciento veinte nicaragüenses fueron deportados el viernes en un vuelo que partió de Miami y aterrizó en Managua.\n\nEse mismo fin de semana, ICE también envió vuelos a Honduras y a Guatemala.",
      "2025-06-09",
    );
    expect(codes(es)).toEqual(["NI"]);
    const zh = run(
      "美国遣返包机抵胡志明市 约70名越南人被送回",
      "越南公安部今天证实，一架美国遣返包机18日下午降落胡志明市，机上约有70名越南公民。\n\n美国本月稍早也曾派机把一批老挝籍人士送回万象。",
      "2025-12-20",
    );
    expect(codes(zh)).toEqual(["VN"]);
  });
  it("'MBABANE — Five men … arrived in the kingdom' lands in the dateline's country, the men's countries on board", () => {
    const x = run(
      "Five deportees from US held at correctional facility",
      "MBABANE — Five men deported from the United States arrived in the kingdom on Tuesday, a government spokesperson confirmed.\n\nThe men are nationals of Vietnam, Jamaica, Laos, Cuba and Yemen.",
      "2026-07-17",
    );
    expect(x.countries.find((c) => c.role === "destination")?.code).toBe("SZ");
    expect(x.countries.filter((c) => c.role === "nationality").length).toBe(5);
  });
  it("'埃斯瓦蒂尼' is Eswatini", () => {
    expect(findMentions("埃斯瓦蒂尼再接收9名第三国公民", "zh")[0]?.code).toBe("SZ");
  });
});

describe("Sixth round: times are no counts, parts of a hedged group", () => {
  it("'aterrizó pasadas las 09:30', 'a las 16:00 horas' are times", () => {
    expect(findNumbers("aterrizó pasadas las 09:30 y salió a las 16:00 horas", "es")).toEqual([]);
    expect(findNumbers("landed at 9 a.m. with 88 people", "en").map((n) => n.value)).toEqual([88]);
  });
  it("'cerca de 120 … llegaron' then 'había 19 mujeres' and 'dos fueron detenidos' keeps about 120", () => {
    const x = run(
      "Llegan deportados ecuatorianos",
      "Cerca de 120 ecuatorianos deportados desde Estados Unidos llegaron el miércoles en un vuelo que aterrizó en Latacunga.\n\nEntre los retornados había 19 mujeres. Dos de los deportados fueron detenidos por la Policía.",
      "2026-03-13",
    );
    expect(x.people).toMatchObject({ value: 120, hedged: true });
  });
});

describe("Sixth round: ASCII punctuation in Chinese, general statements, one person", () => {
  it("Chinese typed with ASCII commas and brackets is read like full-width text", () => {
    const x = run(
      "美国2025财年遣返中国籍人员数量创新高",
      "美国移民与海关执法局(ICE)近日公布的统计数据显示,2025财年美方共遣返中国籍人员约2,600人,为近十年来最高。\n\n中国籍被遣返者中,多数通过大型包机集中送回,少数搭乘商业航班。",
      "2025-12-02",
    );
    expect(x.relevant).toBe(false);
  });
  it("'由两名执法人员押送' are officers, not a group removed", () => {
    const x = run(
      "一名华人男子被ICE押送遣返上海",
      "一名在纽约居住多年的中国籍男子日前被美国移民与海关执法局遣返,由两名执法人员押送,搭乘民航班机抵达上海。",
      "2024-10-25",
    );
    expect(x.relevant).toBe(false);
  });
  it("'several countries still decline to take back their citizens' is a general statement", () => {
    const x = run(
      "Removals rose in fiscal year, ICE report says",
      "ICE removed more people in the last fiscal year than in any year since 2014, according to an annual report.\n\nThe report said several countries still decline to take back their citizens promptly.",
      "2026-01-16",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Sixth round: earlier flights and countries named in passing", () => {
  it("'In April, thirty Nepalis were returned on a flight that also carried Indians' is an earlier flight", () => {
    const x = run(
      "Forty Nepalis deported from US return home",
      "KATHMANDU: Forty Nepali nationals held in immigration detention in the United States have been sent back to Nepal on a chartered aircraft.\n\nIn April, thirty Nepalis were returned on a flight that also carried Indian nationals, who disembarked in New Delhi.",
      "2025-06-20",
    );
    expect(codes(x)).toEqual(["NP"]);
  });
  it("'近月已将多批被遣返者送往南苏丹、卢旺达' is background to a refusal", () => {
    const x = run(
      "布基纳法索拒收美国第三国遣返者",
      "布基纳法索政府周二表示，拒绝接收美国遣返的第三国公民。\n\n特朗普政府近月已将多批被遣返者送往南苏丹、卢旺达及加纳等国。",
      "2025-10-15",
    );
    expect(codes(x)).toEqual(["BF"]);
  });
  it("'donde habían sido trasladados migrantes de China e Irán' and 'las islas Turcas y Caicos' name no one on this flight", () => {
    const x = run(
      "Llegan 60 dominicanos deportados desde Estados Unidos",
      "Un total de 60 dominicanos repatriados desde Estados Unidos llegaron ayer al Aeropuerto Internacional de Las Américas.\n\nLas islas Turcas y Caicos figuran entre los otros lugares desde donde se deporta a dominicanos.\n\nOrganizaciones habían denunciado el albergue donde habían sido trasladados migrantes de China e Irán.",
      "2025-08-14",
    );
    expect(codes(x)).toEqual(["DO"]);
  });
});

describe("Sixth round: longer names, stops, exclusions and the journey north", () => {
  it("'Minas Gerais' is not Minas in Uruguay", () => {
    const x = run(
      "Deportation flight with 80 Brazilians lands in Minas Gerais",
      "A chartered flight carrying 80 Brazilians deported from the United States landed on Friday at Confins, the airport serving Belo Horizonte.",
      "2025-05-10",
    );
    expect(codes(x)).toEqual(["BR"]);
  });
  it("'中途在关岛短暂停留' is a stop on the way", () => {
    const x = run(
      "美国包机遣返40名柬埔寨人",
      "一架美国移民与海关执法局包机于当天上午抵达金边，机上载有40名被美国遣返的柬埔寨籍人员。包机从得克萨斯州埃尔帕索起飞，中途在关岛短暂停留。",
      "2026-01-09",
    );
    expect(codes(x)).toEqual(["KH"]);
  });
  it("'el convenio excluye a ciudadanos de México, Guatemala' names no one on board", () => {
    const x = run(
      "Belice acepta recibir a solicitantes de asilo enviados por EE. UU.",
      "El Gobierno de Belice anunció el miércoles que aceptará recibir a solicitantes de asilo de terceros países que Estados Unidos decida trasladar a su territorio.\n\nLa canciller explicó que el convenio excluye a ciudadanos de México, Guatemala y otros países vecinos.",
      "2026-04-02",
    );
    expect(codes(x)).toEqual(["BZ"]);
  });
  it("'a flight to Istanbul, then the overland trek to the US border' is the migrants' journey", () => {
    const x = run(
      "Kyrgyz deportees arrive at Manas",
      "A chartered Boeing 767 that left Mesa, Arizona, touched down at Manas International Airport on Thursday with 80 Kyrgyz nationals aboard.\n\nMany took a longer route: a flight to Istanbul, then to South America, then the overland trek to the US southern border.",
      "2025-04-11",
    );
    expect(codes(x)).toEqual(["KG"]);
  });
});

describe("Sixth round: habits, statistics and another country's bureau", () => {
  it("a crash report that says La Aurora 'también ingresan los vuelos con retornados' is no flight", () => {
    const x = run(
      "Mueren cuatro personas al desplomarse avioneta en Petén",
      "Cuatro personas murieron este jueves cuando una avioneta se desplomó poco después de despegar.\n\nLa aeronave tenía como destino el aeropuerto La Aurora, por donde también ingresan los vuelos con guatemaltecos retornados desde Estados Unidos.",
      "2021-08-27",
    );
    expect(x.relevant).toBe(false);
  });
  it("a year's figure with 'the deportees had been returned on charter and military aircraft' is statistics", () => {
    const x = run(
      "Over 2,900 Indians deported from US in 2025, ministry says",
      "More than 2,900 Indian nationals were deported from the United States between January and November this year, the minister said on Thursday.\n\nHe said the deportees had been returned both on commercial flights and on charter and military aircraft.",
      "2025-12-07",
    );
    expect(x.relevant).toBe(false);
  });
  it("the Philippines' Bureau of Immigration putting fugitives on a plane to Tokyo is no US removal", () => {
    const x = run(
      "PH hands over fugitives to Japan",
      "MANILA -- Three Japanese fugitives were handed over to Japanese police and put on a plane to Tokyo on Friday, the Bureau of Immigration said.",
      "2025-02-08",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Sixth round: accusations about earlier removals", () => {
  it("'指控美方将部分委国人送往萨尔瓦多的监狱' is no destination of this flight", () => {
    const x = run(
      "委国恢复接收遣返班机 近两百人返抵",
      "一架委内瑞拉班机从德州哈林根起飞，载着近两百名委国民众，降落在迈克蒂亚国际机场。委国内政部长指控美方将部分委国人送往萨尔瓦多的监狱。",
      "2025-04-12",
    );
    expect(codes(x)).toEqual(["VE"]);
  });
});

describe("Sixth round: Chinese near misses (dev5)", () => {
  it("Japan's and Hong Kong's agencies in the lead are their removals, even with the US named further down", () => {
    const jp = run(
      "日本出入境管理厅包机遣返三十余名斯里兰卡籍滞留者",
      "日本出入境在留管理厅13日通报，该厅于本周二租用包机，将35名斯里兰卡籍人员遣送回国。\n\n美国、英国等国近年也频繁使用包机遣返无合法身份的外国人。",
      "2025-03-13",
    );
    expect(jp.relevant).toBe(false);
    const hk = run(
      "入境處包機遣送九十名越南非法入境者",
      "入境事務處昨日表示，處方於本周三安排包機，把90名越南人由香港國際機場遣送返回河內。\n\n另外，美國近月多次以包機遣返亞洲國家公民。",
      "2025-10-17",
    );
    expect(hk.relevant).toBe(false);
  });
  it("'均创近年新高' marks a figure, not a flight", () => {
    const x = run(
      "ICE年度报告：上财年遣返逾25万人",
      "美国移民与海关执法局日前发布上一财年执法报告，全年共遣返约25万人。\n\n中国籍被遣返者约为一千六百人，印度籍约一千四百人，均创近年新高。",
      "2025-08-08",
    );
    expect(x.relevant).toBe(false);
  });
  it("'墨西哥移民局包机将二百余名委内瑞拉人送回' is Mexico's; 'will continue to receive its own' is not Fiji deporting", () => {
    const mx = run(
      "墨西哥移民局包机将二百余名委内瑞拉人送回加拉加斯",
      "墨西哥国家移民局23日发表公报说，该局安排一架包机，将205名委内瑞拉人从墨西哥城送回委内瑞拉。\n\n美国当局同期也向危地马拉派出遣返航班。",
      "2025-01-24",
    );
    expect(mx.relevant).toBe(false);
    const fj = run(
      "斐济拒绝接收美国第三国遣返人员",
      "斐济政府星期二表示，已正式拒绝美国提出的由斐济接收第三国被遣返者的请求。\n\n声明说，斐济将继续按照国际惯例接收本国被遣返的公民。",
      "2026-02-11",
    );
    expect(fj.kind).toBe("policy");
    expect(codes(fj)).toEqual(["FJ"]);
  });
  it("a refugee resettlement flight into the US is no removal", () => {
    const x = run(
      "首批难民安置包机抵达华府 四十人获准入境",
      "一架载有40名难民的包机12日从南部非洲起飞，降落在华盛顿杜勒斯国际机场。\n\n批评者指出，美国政府大幅暂停其他国家的难民安置计划。",
      "2025-05-14",
    );
    expect(x.relevant).toBe(false);
  });
  it("'布吉纳法索拒当…接收地' is a refusal", () => {
    const x = run(
      "布吉納法索拒當美國「第三國遣返」接收地",
      "布吉納法索外交部長今天表示，布國政府拒絕美國提出由布國接收被美方遣送的第三國人士的要求。",
      "2025-10-08",
    );
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["BF"]);
  });
});

describe("Seventh round: what holdout 7 taught, once measured", () => {
  it("'男子林某…搭乘民航班机被遣返' is one man on a commercial flight, not a removal flight", () => {
    const x = run(
      "华裔男子报到时被拘 随即被押上民航班机遣返",
      "【本报讯】住在新泽西州的浙江籍男子林某，上周五到移民局报到时被拘留，两天后被押上一班飞往广州的民航班机遣返。他的律师说，案件仍在上诉中。",
      "2025-09-10",
    );
    expect(x.relevant).toBe(false);
  });
  it("'一位王姓女子' alone is one person too, while a charter with 90 people stays a flight", () => {
    expect(
      run("王姓女子遭遣返", "一位王姓女子本周被移民和海关执法局遣返，搭乘商业航班返回福州。", "2025-09-10")
        .relevant,
    ).toBe(false);
    const x = run(
      "九十名中国公民搭包机被遣返",
      "美国国土安全部说，一架载有90名中国公民的包机周二从洛杉矶起飞，飞往福州。机上包括一名陈姓男子的两名亲属。",
      "2025-09-10",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["CN"]);
    expect(x.people?.value).toBe(90);
  });
  it("'ICE has also carried out removal missions to A, B and C' is earlier work, not this flight", () => {
    const x = run(
      "ICE flies 64 Kazakh nationals home to Almaty",
      "ICE removed 64 citizens of Kazakhstan on Tuesday aboard a charter that landed in Almaty. The agency has also carried out removal flights to Armenia, Azerbaijan and Mongolia this year.",
    );
    expect(codes(x)).toEqual(["KZ"]);
  });
  it("'before flying to Nicaragua and heading north' is the migrants' journey", () => {
    const x = run(
      "Mauritania receives 80 citizens removed by the US",
      "NOUAKCHOTT — Eighty Mauritanians deported from the United States landed here on Friday. Most had crossed the ocean to Spain before flying to Nicaragua and heading north.",
    );
    expect(codes(x)).toEqual(["MR"]);
  });
  it("a neighbour's earlier flights, in Chinese and Spanish, name no destination of this one", () => {
    const zh = run(
      "美国包机遣返五十名加纳人",
      "加纳外交部周三说，一架美国包机当天将五十名加纳公民送抵阿克拉。邻国多哥今年也接收了两架美国遣返航班。",
      "2025-09-11",
    );
    expect(codes(zh)).toEqual(["GH"]);
    const es = run(
      "Llega a Asunción vuelo con 41 paraguayos deportados",
      "Un vuelo con 41 paraguayos deportados desde Estados Unidos aterrizó el lunes en Asunción. Bolivia, en cambio, ya recibió tres vuelos similares desde agosto. La noticia llega días después de que Perú recibiera su quinto vuelo de este tipo.",
      "2025-09-11",
    );
    expect(codes(es)).toEqual(["PY"]);
  });
  it("'will not receive people of other nationalities expelled from the US' is a refusal", () => {
    const x = run(
      "Gabon will not take non-citizens deported from the US",
      "LIBREVILLE — Gabon will not receive people of other nationalities expelled from the United States, the foreign ministry said on Tuesday. Gabon received two removal flights carrying its own citizens in 2024, with some 150 people in total.",
    );
    expect(x.relevant).toBe(true);
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["GA"]);
    expect(x.people).toBeNull();
  });
  it("a policy report's '今年迄今已有21名' and '约有400名' are figures, not people flown", () => {
    const a = run(
      "汤加拒绝接收美国遣返的第三国人士",
      "汤加政府周一表示，拒绝接收被美国遣返的第三国公民。汤加移民局资料显示，今年迄今已有17名汤加人搭乘商业航班从美国被遣返。",
      "2025-09-10",
    );
    expect(a.kind).toBe("policy");
    expect(a.people).toBeNull();
    const b = run(
      "亚美尼亚恢复接收美国遣返包机",
      "亚美尼亚内政部周二宣布，恢复接收美国的遣返包机。据当地媒体报道，目前在美国待遣返的亚美尼亚人约有300名。",
      "2025-09-10",
    );
    expect(b.kind).toBe("policy");
    expect(b.people).toBeNull();
  });
});

describe("Seventh round: what holdout 8 taught, once measured", () => {
  it("a headline about visa curbs on a dozen countries is a travel ban, not a change of acceptance", () => {
    const zh = run(
      "美国收紧签证限制 再增九国",
      "美国国务院周三宣布，对另外九个国家的公民暂停签发部分签证，理由之一是这些国家在接收被遣返公民方面合作不足。名单包括老挝、缅甸和乍得等国。",
      "2025-09-10",
    );
    expect(zh.relevant).toBe(false);
    const en = run(
      "US widens visa restrictions to nine more countries",
      "The State Department said on Wednesday it would restrict visas for citizens of nine more countries, citing poor cooperation in taking back nationals ordered deported. The list includes Laos, Myanmar and Chad.",
    );
    expect(en.relevant).toBe(false);
  });
  it("visa sanctions on one country for refusing its deportees stay a policy change", () => {
    const x = run(
      "US imposes visa sanctions on Burundi over refused deportation flights",
      "The United States imposed visa sanctions on Burundi on Tuesday after its government refused to accept two removal flights of its citizens.",
    );
    expect(x.relevant).toBe(true);
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["BI"]);
  });
  it("'一名…港男…由两名移民官员押送…乘搭定期客机' is one man with his escorts", () => {
    const x = run(
      "台男逾期居留遭美遣返",
      "一名在美逾期居留多年的52岁台男，上周四被美国当局遣返，由两名移民官员押送，乘搭由洛杉矶飞往桃园的定期客机返台。",
      "2025-09-10",
    );
    expect(x.relevant).toBe(false);
  });
  it("'一名…博士生' in one sentence and '该生…被遣返' in the next is still one student", () => {
    const x = run(
      "中国留学生入境被拒 当晚遣返北京",
      "一名就读于波士顿某大学的中国籍研究生，日前返美时在机场被拦下盘查。官员取消其签证后，该生当晚被安排搭乘商业航班遣返北京。",
      "2025-09-10",
    );
    expect(x.relevant).toBe(false);
  });
  it("a fleet's year ('flew roughly 2,300 removal flights over the past year') and trends are statistics", () => {
    const x = run(
      "Analysis: removals climb while detention swells",
      "ICE's charter contractors flew roughly 2,300 removal flights over the past year, according to an analysis of tracking data. Flights to Peru, Bolivia and Jamaica also increased, while removals to Nepal and Laos remain a small share.",
      "2026-02-10",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Seventh round: what holdout 9 taught, once measured", () => {
  it("a communiqué's 'se recibió, por el Aeropuerto … una operación de devolución' names where it landed", () => {
    const x = run(
      "Retornan por vía aérea 61 migrantes desde Estados Unidos",
      "Santo Domingo. La Dirección General de Migración informa que el 4 de mayo se recibió, por el Aeropuerto Internacional de Las Américas, una operación de devolución por vía aérea procedente de Estados Unidos, con 61 migrantes irregulares.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["DO"]);
    expect(x.people?.value).toBe(61);
  });
  it("an agreement to take asylum seekers of other nationalities is a policy change without the word 'deportados'", () => {
    const x = run(
      "Bolivia firma con Estados Unidos un acuerdo para recibir solicitantes de asilo de otros países",
      "El Gobierno boliviano firmó el lunes en La Paz un acuerdo con Estados Unidos por el cual se compromete a recibir a solicitantes de asilo de otras nacionalidades que Washington decida trasladar.",
    );
    expect(x.relevant).toBe(true);
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["BO"]);
  });
  it("an opinion piece about the arithmetic of removals is no alert; an analysis that reports a flight is", () => {
    const x = run(
      "Opinion: The charter planes are not the hard part",
      "Removal flights are the visible part of enforcement. ICE sends charters each week to Guatemala and Honduras, and fewer to Ghana or Nepal. The hard part is travel documents.",
    );
    expect(x.relevant).toBe(false);
    const y = run(
      "Analysis: What Tuesday's flight to Accra says about the new deals",
      "A charter carrying 41 Ghanaians deported from the United States landed in Accra on Tuesday, the first under the new arrangement.",
    );
    expect(y.relevant).toBe(true);
    expect(codes(y)).toEqual(["GH"]);
  });
  it("'当事人的两个孩子' and 'the immigration agency' are no group removed", () => {
    const x = run(
      "华裔男子报到被拘 随即搭民航班机遣返",
      "居住在皇后区的广东籍男子黄某上周被移民官员拘留，随后被押上一架飞往广州的民航班机遣返。他的律师说，当事人的两个孩子都是美国公民。移民与海关执法局回应称，遣返依法执行。",
      "2025-09-10",
    );
    expect(x.relevant).toBe(false);
  });
  it("a live page's entries about other matters are not read; on a page about the removal the plane's entries are", () => {
    const x = run(
      "【即时新闻】国际动态",
      "11:20 东京股市午盘上涨0.8%。\n\n10:35 【美遣返越南人】越南公安部表示，美国一架遣返包机今早抵达河内内排国际机场，机上四十名越南公民已办妥入境手续。\n\n09:10 泰国移民局昨日在曼谷机场截获一批持假护照的旅客，涉及缅甸及柬埔寨籍人士共九名。",
      "2025-09-10",
    );
    expect(codes(x)).toEqual(["VN"]);
    expect(x.people?.value).toBe(40);
    const y = run(
      "LIVE: Deportation charter from the US lands in Yerevan",
      "Live updates. Our reporters are at Zvartnots.\n\n10:40 — The charter from the United States has landed at Zvartnots. Police confirm 37 Armenian citizens are on board.\n\n09:05 — The aircraft left Mesa, Arizona, overnight, according to tracking data.",
    );
    expect(codes(y)).toEqual(["AM"]);
    expect(y.people?.value).toBe(37);
    expect(places(y.departure)).toContain("Mesa, Arizona");
  });
});

describe("Seventh round: what holdout 10 taught, once measured", () => {
  it("'The group was made up of A, B and C' in the next paragraph names who was on board", () => {
    const x = run(
      "Togo confirms arrival of West Africans deported by Washington",
      "LOMÉ — Togo's government said on Friday that twelve West African nationals deported from the United States had arrived in the country.\n\nThe plane landed at Gnassingbé Eyadéma International Airport on Thursday, the minister said. He said the group was made up of Nigerians, Beninese and Burkinabe nationals.",
    );
    expect(x.countries.find((c) => c.role === "destination")?.code).toBe("TG");
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["BF", "BJ", "NG"]);
  });
  it("counts inside a list ('five Eritreans, three Ethiopians and a Sudanese man') keep every item", () => {
    const x = run(
      "Chad takes in nine deportees who are not its citizens",
      "Nine people deported from the United States, none of them Chadian, landed in N'Djamena on Wednesday. The group included four Eritreans, three Ethiopians and a Sudanese man.",
    );
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["ER", "ET", "SD"]);
  });
  it("'won withholding of removal to Eritrea' says where he may not be sent", () => {
    const x = run(
      "Chad takes in nine deportees",
      "Nine people deported from the United States landed in N'Djamena on Wednesday. 'My client won withholding of removal to Eritrea,' his lawyer said.",
    );
    expect(codes(x)).toEqual(["TD"]);
  });
  it("one named man escorted onto an airliner is one person, in English and in Chinese ('王某')", () => {
    const en = run(
      "Cork-born carpenter deported after 25 years in Chicago",
      "CHICAGO — On Monday, escorted by two immigration officers, he boarded a commercial flight to Dublin, deported after a judge refused to reopen his case. He was the only passenger in handcuffs, his lawyer said.",
    );
    expect(en.relevant).toBe(false);
    const zh = run(
      "外逃九年 “红通人员”被美方遣返回国",
      "在中美执法部门合作下，外逃九年的某市原国企负责人李某日前被美方遣返回国。李某于12日晚乘坐民航班机抵达上海浦东国际机场，由办案人员押解。",
      "2025-09-15",
    );
    expect(zh.relevant).toBe(false);
  });
  it("a communiqué of 'el Ministerio del Interior de la República de X' suspending reception is X's policy", () => {
    const x = run(
      "Nota informativa sobre los vuelos de devolución desde Estados Unidos",
      "El Ministerio del Interior de la República de Nicaragua informa que queda suspendida temporalmente la recepción de vuelos de devolución de migrantes procedentes de los Estados Unidos. El pasado año se recibieron 14 vuelos con 1.020 personas.",
    );
    expect(x.relevant).toBe(true);
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["NI"]);
  });
});

describe("Seventh round: what holdout 11 taught, once measured", () => {
  it("'蒙古国公民' is Mongolians, with the longer name that ends in 国", () => {
    const x = run(
      "35名蒙古国公民被美国遣返",
      "一架美国包机周二降落，机上35名蒙古国公民已入境。",
      "2026-08-21",
    );
    expect(codes(x)).toEqual(["MN"]);
  });
  it("'美国驱逐19名外籍人士至乌干达' and '他们分别是中国、越南和孟加拉公民' give the landing country and who was on board", () => {
    const x = run(
      "美国驱逐16名外籍人士至乌干达",
      "乌干达内政部今天证实，一架美国包机5日深夜降落恩德培，机上16名被美国驱逐出境的外籍人士已移交乌国当局。\n\n乌国官员透露，这16人当中没有任何乌干达人，他们分别是中国、越南和孟加拉公民。",
      "2025-08-07",
    );
    expect(x.countries.filter((c) => c.role === "destination").map((c) => c.code)).toEqual(["UG"]);
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["BD", "CN", "VN"]);
  });
  it("'首批由美国送来的移民已抵达首都基加利' is a removal without the word 遣返", () => {
    const x = run(
      "美国把移民送到卢旺达？首批十二人已抵基加利",
      "卢旺达政府发言人周四证实，首批由美国送来的移民已于本周三抵达首都基加利。",
      "2025-08-08",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toContain("RW");
  });
  it("a plane of the removal fleet that carried no deportees is no alert, in each language", () => {
    expect(
      run(
        "ICE charter jet flies storm relief to Belize",
        "A Boeing 737 usually chartered for deportation flights landed in Belize City on Tuesday with 12 tonnes of water and generators. No deportees were on board, officials said.",
      ).relevant,
    ).toBe(false);
    expect(
      run(
        "Avión de ICE llega a Tegucigalpa sin deportados a bordo",
        "Un avión que suele realizar vuelos de deportación aterrizó el martes en Toncontín con ayuda humanitaria. Migración confirmó que llegó sin deportados a bordo.",
      ).relevant,
    ).toBe(false);
    expect(
      run(
        "ICE包机空载转场迫降 机上无被遣返者",
        "一架经常执行遣返任务的包机周四在从亚利桑那州飞往关岛的转场途中紧急降落，机上只有机组人员，没有被拘押的移民。",
        "2026-06-05",
      ).relevant,
    ).toBe(false);
  });
  it("a news bulletin's sections are items: another country's removal there is not a US one", () => {
    const x = run(
      "午间新闻简报",
      "下面是今天午间的国际新闻摘要。\n\n【欧洲】法国内政部证实，一架载有40名阿尔及利亚籍人员的遣返包机周四从巴黎起飞，当天飞抵阿尔及尔。\n\n【美洲】美国联邦最高法院周四听取一宗移民案件辩论。",
      "2026-03-06",
    );
    expect(x.relevant).toBe(false);
  });
  it("'在两名ICE人员戒护下' are escorts of one man, and '移民暨海关执法局' is no group", () => {
    const x = run(
      "旅美台男签证逾期遭递解 搭华航班机返台",
      "一名在美国逾期居留多年的48岁台籍男子，日前遭美国移民暨海关执法局逮捕，8日晚间在两名ICE人员戒护下搭乘中华航空班机返抵桃园国际机场。",
      "2026-10-09",
    );
    expect(x.relevant).toBe(false);
  });
  it("a breakdown by country ('Camerún, 12; Afganistán, 9; China, 7') names who was on board", () => {
    const x = run(
      "Migración detalla nacionalidades de extranjeros deportados a Costa Rica",
      "SAN JOSÉ. Migración recibió el miércoles en el Aeropuerto Juan Santamaría un vuelo procedente de Estados Unidos con 30 extranjeros deportados que no son de nacionalidad costarricense.\n\nEl desglose por nacionalidad es el siguiente: Uzbekistán, 14; Nepal, 9; India, 7.",
    );
    expect(x.countries.filter((c) => c.role === "destination").map((c) => c.code)).toEqual(["CR"]);
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["IN", "NP", "UZ"]);
  });
  it("rankings, habits and 'similar approaches' name no destination of this flight", () => {
    const es = run(
      "Llegan 90 peruanos deportados a Lima",
      "Un vuelo con 90 peruanos deportados desde Estados Unidos aterrizó el lunes en Lima. Bolivia y Colombia reciben un número mayor de vuelos cada mes. Perú es, junto a Guatemala y Honduras, uno de los países de la región que más vuelos de deportación reciben.",
    );
    expect(codes(es)).toEqual(["PE"]);
    const en = run(
      "Samoa takes back 14 citizens removed by the US",
      "Fourteen Samoans deported from the United States landed in Apia on Tuesday. Officials said Fiji, Tuvalu and Kiribati had received similar approaches.",
    );
    expect(codes(en)).toEqual(["WS"]);
    const zh = run(
      "美国包机遣返60名泰国公民",
      "一架美国包机周二将60名泰国公民送抵曼谷。另一方面，泰国本身今年也已遣返超过3万名老挝籍非法移工。",
      "2025-09-10",
    );
    expect(codes(zh)).toEqual(["TH"]);
  });
  it("a year's total beside the flight is no count of it; 'In total the flight carried' is", () => {
    const x = run(
      "Twenty deportees from US arrive in Georgetown",
      "Twenty Guyanese nationals deported from the United States arrived at Cheddi Jagan International Airport on Thursday aboard a charter from Miami. Last year a total of 190 Guyanese were deported from the United States, Canada and Britain combined.",
    );
    expect(x.people?.value).toBe(20);
    const y = run(
      "US charter returns Georgians and Armenians",
      "Washington returned 41 Georgian citizens on Wednesday aboard a charter that landed in Tbilisi. The aircraft then flew on to Yerevan with 15 Armenians. In total the flight carried 56 deportees.",
    );
    expect(y.people?.value).toBe(56);
  });
  it("'una docena', 'dos docenas' and 'ICE removes 14 criminal illegal aliens'", () => {
    expect(findNumbers("una docena de hondureños", "es")[0]?.value).toBe(12);
    expect(findNumbers("dos docenas de peruanos", "es").map((n) => n.value)).toEqual([24]);
    const x = run(
      "ICE removes 14 criminal illegal aliens to Equatorial Guinea",
      "ICE has completed the removal of 14 criminal illegal aliens to Equatorial Guinea. The flight departed San Antonio, Texas, and arrived in Malabo on Nov. 4.",
      "2025-11-06",
    );
    expect(x.relevant).toBe(true);
    expect(x.people?.value).toBe(14);
  });
  it("'外交部今天表示，…已于昨天搭乘包机返抵' dates the flight yesterday; '20日在首都对记者说' is the day it was said", () => {
    const x = run(
      "58名南韩人遭美驱逐 搭包机返抵仁川",
      "南韩外交部今天表示，58名遭美国移民当局拘留的南韩公民，已于昨天搭乘美国安排的包机返抵仁川国际机场。",
      "2025-09-26",
    );
    expect(x.eventDate?.value).toBe("2025-09-25");
    const y = run(
      "30名老挝公民被美国遣返",
      "“8月12日清晨，一架美国包机降落万象，机上有30名我国公民，”老挝外交部官员13日在万象对记者说。",
      "2026-08-14",
    );
    expect(y.eventDate?.value).toBe("2026-08-12");
  });
});

describe("Seventh round: what holdout 12 taught, once measured", () => {
  it("a morning round-up's bullets and numbered items are items; another country's charter there is not a US one", () => {
    const a = run(
      "早报国际新闻一览",
      "◆ 亚洲股市早盘普遍走高。\n\n◆ 奥地利内政部10日说，一架载有十九名阿富汗籍刑事罪犯的包机当天从维也纳起飞，遣返喀布尔。\n\n◆ 美国加州连续第三天发生示威，警方逮捕三十余人。",
      "2025-06-11",
    );
    expect(a.relevant).toBe(false);
    const b = run(
      "早间国际要闻速览",
      "一、联合国安理会14日举行紧急会议。\n\n二、荷兰司法部证实，一架包机14日从阿姆斯特丹起飞，将二十名被定罪的摩洛哥籍男子遣返拉巴特。\n\n三、美国总统周一签署行政令。",
      "2025-04-15",
    );
    expect(b.relevant).toBe(false);
  });
  it("an empty repositioning flight and a plane with only crew and supplies are no removal", () => {
    expect(
      run(
        "遣返包机现身高雄机场？航空公司：空机调度",
        "一架经常承揽美国移民暨海关执法局遣返任务的包机昨天清晨降落高雄机场。该公司代理商今天澄清，这是一趟空机调度航班，机上除机组员外没有任何乘客。",
        "2025-09-10",
      ).relevant,
    ).toBe(false);
    expect(
      run(
        "ICE Air jet lands in Kingston with medical supplies, not deportees",
        "A Boeing 737 regularly used for removal flights landed in Kingston on Tuesday carrying not deportees but medical supplies. There was no removal component to the flight, the embassy said.",
      ).relevant,
    ).toBe(false);
  });
  it("'a 58-year-old former teacher … escorted by two US immigration officers' is one person", () => {
    const x = run(
      "Former teacher deported from US arrives in Lagos on commercial flight",
      "LAGOS — A 58-year-old former teacher arrived at Murtala Muhammed International Airport on Tuesday on a regular flight from Houston, escorted by two US immigration officers.",
    );
    expect(x.relevant).toBe(false);
  });
  it("'las repatriaciones por vía aérea, suspendidas hace meses, no se han reanudado' is no change", () => {
    const x = run(
      "Repatriados a pie: cruzan 250 mexicanos por el puente",
      "Más de 250 mexicanos fueron repatriados a pie por autoridades estadounidenses a través del Puente Internacional Santa Fe durante el fin de semana. Las repatriaciones por vía aérea al interior del país, suspendidas hace meses, no se han reanudado.",
    );
    expect(x.relevant).toBe(false);
  });
  it("who was on board, told as 'three from Laos, two from Cuba', 'de nacionalidad cubana', 'Senegal 31, Mali 22'", () => {
    const nat = (x: ReturnType<typeof run>) =>
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort();
    const en = run(
      "Who was on the deportation flight to Kigali?",
      'A US flight carrying deportees from several countries landed in Kigali this week.\n\nWho are they?\nNone of them is Rwandan. "We have received eight individuals — three from Laos, two from Cuba, two from Yemen and one from Eritrea," the spokesperson said.',
    );
    expect(nat(en)).toEqual(["CU", "ER", "LA", "YE"]);
    const es = run(
      "Llega a Tapachula avión con extranjeros deportados",
      "Un avión del gobierno estadounidense aterrizó el lunes en Tapachula con 90 personas deportadas que no son mexicanas. Entre los pasajeros había personas de nacionalidad cubana, haitiana y venezolana.",
    );
    expect(nat(es)).toEqual(["CU", "HT", "VE"]);
    const table = run(
      "US deportation flight lands in Dakar",
      "A US deportation flight landed in Dakar on Sunday with people who are not Senegalese.\n\nWho was on it?\nThe aircraft flew from Alexandria, Louisiana. It carried 51 people: Gambia 30, Mali 12, Guinea 9.",
    );
    expect(nat(table)).toEqual(["GM", "GN", "ML"]);
  });
  it("'越南籍3人…叶门籍与柬埔寨籍各1人' keeps the last item after 与", () => {
    const x = run(
      "美国包机载9名第三国男子抵埃斯瓦蒂尼",
      "一架美国遣返包机周二载着9名男子降落埃斯瓦蒂尼，这些人均非埃斯瓦蒂尼公民。名单显示，这批人分别是越南籍5人、古巴籍3人，叶门籍与柬埔寨籍各1人。",
      "2026-02-12",
    );
    expect(x.countries.filter((c) => c.role === "nationality").map((c) => c.code)).toContain("KH");
  });
  it("'El vuelo, procedente de Texas, aterrizó a las 10:40 … en el aeropuerto' lands in Honduras", () => {
    const x = run(
      "Retornan un centenar de compatriotas",
      "SAN PEDRO SULA. Un centenar de compatriotas fueron recibidos este día en el centro de atención.\n\nEntre ellos había jóvenes de Olancho y Yoro.\n\nEl vuelo, procedente de Texas, aterrizó a las 10:40 de la mañana de este miércoles en el aeropuerto internacional Ramón Villeda Morales.",
    );
    expect(codes(x)).toEqual(["HN"]);
  });
  it("'大马公民' is Malaysians; '大马士革' is still Damascus", () => {
    const x = run(
      "美拟下周派包机 遣返约35名大马人",
      "外交部证实，美国移民当局计划于下周二安排一架包机，把约35名在美国非法居留的大马公民遣返回国，包机预计直飞吉隆坡。",
      "2025-09-10",
    );
    expect(codes(x)).toEqual(["MY"]);
    expect(findMentions("大马士革", "zh")[0]?.code).toBe("SY");
  });
  it("'El grupo había llegado la noche del martes … en un vuelo procedente de San Diego' is this flight", () => {
    const x = run(
      "Treinta extranjeros más llegan al centro de la Zona Sur",
      "CORREDORES, Puntarenas. — Treinta migrantes de Asia Central, deportados por Estados Unidos, ingresaron este miércoles al centro tras un viaje en autobús desde el Valle Central.\n\nEl grupo había llegado la noche del martes al aeropuerto Juan Santamaría, en un vuelo procedente de San Diego, informó Migración.",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toContain("CR");
  });
  it("'降落乌兰巴托成吉思汗国际机场' lands at the airport, even one the gazetteer lacks", () => {
    const x = run(
      "35名蒙古国公民被美国遣返",
      "一架美国遣返包机周二降落乌兰巴托成吉思汗国际机场，机上35名蒙古国公民已入境。",
      "2026-08-21",
    );
    expect(places(x.arrival)).toEqual(["乌兰巴托成吉思汗国际机场"]);
  });
});

describe("Seventh round: what holdout 13 taught, once measured", () => {
  it("'Bahamas repatriates 132 Haitian migrants' is the Bahamas' removal, even with the US Coast Guard named", () => {
    const x = run(
      "Bahamas repatriates 96 Cuban migrants after Inagua landing",
      "NASSAU, Bahamas — The Department of Immigration repatriated 96 Cuban nationals to Havana on Thursday aboard a charter. The United States Coast Guard patrols the waters between the islands.",
    );
    expect(x.relevant).toBe(false);
  });
  it("a yearly report that removals doubled and a court ruling that cites the people who cannot be removed are no alert", () => {
    expect(
      run(
        "ICE年度报告：上财年遣返人数创新高",
        "美国移民和海关执法局日前发布执法报告。报告说，遣返人员来自约一百八十个国家，越南公民约为一千五百人，较前一年增加近一倍。",
        "2026-01-10",
      ).relevant,
    ).toBe(false);
    expect(
      run(
        "美联邦法官裁定：遣送第三国前须给予申辩机会",
        "联邦地区法院法官10日裁定，移民当局在把外国人遣送至第三国之前，必须以书面通知当事人。据移民研究机构统计，目前约有一万多名持有最终递解令的人因原籍国拒绝接收而无法遣返，其中包括古巴、老挝等国公民。",
        "2026-01-12",
      ).relevant,
    ).toBe(false);
  });
  it("'Separately, the bureau said it had deported 62 foreign nationals' is another removal's number", () => {
    const x = run(
      "Filipino deported from US arrives in Manila under escort",
      "MANILA — A Filipino man deported from the United States arrived at Ninoy Aquino International Airport on Wednesday on a commercial flight from Los Angeles, escorted by two US immigration officers. Separately, the bureau said it had deported 45 foreign nationals linked to offshore gaming last month.",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Seventh round: what holdout 14 taught, once measured", () => {
  it("a Q&A explainer about how removal charters fly is no alert", () => {
    const x = run(
      "问答/美国遣返包机怎么飞？谁付钱？",
      "美国遣返包机频繁起降，本报整理常见问题。问：遣返包机由谁营运？答：ICE向民营包机公司租用客机。问：越南人也会被包机遣返吗？答：上一财年ICE共执行约1800架次遣返航班，其中有飞往越南的航班。",
      "2026-01-10",
    );
    expect(x.relevant).toBe(false);
  });
  it("migrants held at the border and 'sent to a processing station' are not removed", () => {
    const x = run(
      "“走线”华人在边境被拘 家属苦等消息",
      "周三凌晨，一批约二十名中国籍移民在边境墙缺口处向边境巡逻人员自首，随后被送往临时处理站。移民律师提醒，被拘留者应尽早提出庇护申请，以免被快速遣返。",
      "2026-01-10",
    );
    expect(x.relevant).toBe(false);
  });
  it("'大使馆今天透过微信公众号表示，国土安全部19日…派出大型包机' dates the flight the 19th", () => {
    const x = run(
      "美国再派包机遣返中国籍人士",
      "（本报记者北京21日电）美国驻中国大使馆今天透过微信公众号表示，美国国土安全部19日派出大型包机，将逾百名中国籍人士遣返，班机降落广州白云国际机场。",
      "2025-11-21",
    );
    expect(x.eventDate?.value).toBe("2025-11-19");
  });
});

describe("Eighth round (session 12): what the dev sets still taught", () => {
  it("a country that 'will receive a flight … on Friday, March 13' reports that coming flight, dated ahead", () => {
    const x = run(
      "Freetown readies reception for deportees due from the US",
      "FREETOWN — Sierra Leone will receive a charter of citizens deported from the United States on Friday, March 13, the foreign ministry said on Monday. Around 70 people are expected on board.",
      "2026-03-09",
    );
    expect(x.kind).toBe("planned_flight");
    expect(x.eventDate?.value).toBe("2026-03-13");
  });
  it("'plans to resume removal flights, the first plane due to land on May 4' is that flight, not a policy", () => {
    const x = run(
      "US to restart removals to Haiti's north",
      "The United States plans to resume removal flights to Haiti, with the first plane due to land in Cap-Haïtien on May 4, officials said on Thursday.",
      "2026-04-30",
    );
    expect(x.kind).toBe("planned_flight");
    expect(x.eventDate?.value).toBe("2026-05-04");
  });
  it("a country that refuses the coming plane stays a change of policy", () => {
    const x = run(
      "Nassau says no to a deportation charter",
      "NASSAU — The Bahamas will not accept a charter of third-country nationals that US officials had scheduled for Friday, March 13, the government said on Monday.",
      "2026-03-09",
    );
    expect(x.kind).toBe("policy");
  });
});

describe("Eighth round (session 12): counts told away from the lead", () => {
  it("an earlier flight's group, dated a month away, is not the count; the people who came off the plane are", () => {
    const x = run(
      "Removal charter lands in Port of Spain",
      'PORT OF SPAIN — A chartered jet carrying Trinidadians removed from the United States touched down at Piarco International Airport on Thursday night, the second this year.\n\nA US flight in January arrived with 51 deportees, the ministry said at the time.\n\nThe aircraft taxied to a remote stand, where officers were waiting with two buses.\n\n"Forty-one people came off that plane," an immigration officer said.',
      "2026-03-07",
    );
    expect(x.people).toMatchObject({ value: 41, hedged: false });
  });
  it("'a plane carrying Guyanese deported from the United States' names the people, not who deported them", () => {
    const x = run(
      "Deportees from US land at Timehri",
      'GEORGETOWN — A chartered plane carrying Guyanese deported from the United States landed at Timehri on Tuesday.\n\nPolice officers boarded the plane before anyone was allowed off.\n\n"Twelve persons came off that aircraft," an officer said.\n\nAn earlier charter, in March, returned seven Guyanese.',
      "2026-06-04",
    );
    expect(x.relevant).toBe(true);
    expect(x.countries.map((c) => c.code)).toEqual(["GY"]);
    expect(x.people).toMatchObject({ value: 12 });
  });
  it("'about 70 nationals were on the flight, including six women and two minors' is about 70", () => {
    const x = run(
      "ICE charter lands in Cap-Haïtien",
      "CAP-HAÏTIEN — An ICE charter from Miami landed on Wednesday. An official said about 70 Haitian nationals were on the flight, including six women and two minors.",
      "2026-06-04",
    );
    expect(x.people).toMatchObject({ value: 70, hedged: true });
  });
});

describe("Eighth round (session 12): one person, a year's figures, another country's story", () => {
  it("a ministry's yearly tally ('318 paraguayos fueron deportados … durante 2025') is statistics", () => {
    const x = run(
      "Cancillería: 318 paraguayos fueron deportados desde Estados Unidos en 2025",
      "ASUNCIÓN — Un total de 318 ciudadanos paraguayos fueron deportados desde Estados Unidos durante 2025, según un informe presentado este lunes en el Senado.\n\nSegún el documento, los retornados llegaron principalmente al aeropuerto Silvio Pettirossi, en vuelos comerciales y en aviones fletados.\n\nEl informe registra además 120 paraguayos expulsados de España en el mismo periodo. Paraguay, por su parte, expulsó a 40 extranjeros.",
      "2026-01-19",
    );
    expect(x.relevant).toBe(false);
  });
  it("one woman on a scheduled flight, beside last year's figure for charters, is no group", () => {
    const x = run(
      "Deported nurse returns to Cebu after 15 years in Texas",
      "MANILA — A 47-year-old Filipino nurse ordered removed from the United States arrived at Mactan-Cebu International Airport on Monday night aboard a regular commercial flight from Los Angeles, escorted by two US immigration officers, the Bureau of Immigration said.\n\nShe had overstayed a visa in 2010.\n\nHer case is one of many individual removals that never appear in the figures for charter flights. According to the Department of Foreign Affairs, about 300 Filipinos were returned from the United States last year, most of them on ICE charters to Clark, while dozens more were sent home one at a time.",
      "2026-02-04",
    );
    expect(x.relevant).toBe(false);
  });
  it("'un paraguayo de 38 años … custodiado por dos agentes', set against Argentina's charters, is one man", () => {
    const x = run(
      "Un paraguayo deportado de EE.UU. llegó en un vuelo comercial",
      "ASUNCIÓN — Un paraguayo de 38 años deportado desde Estados Unidos llegó el lunes al aeropuerto Silvio Pettirossi en un vuelo comercial procedente de Miami, custodiado por dos agentes del ICE.\n\nLa situación contrasta con la de Argentina, que recibió varios aviones fletados con decenas de deportados.",
      "2026-02-04",
    );
    expect(x.relevant).toBe(false);
  });
  it("'数名外籍男子' flown earlier does not make a country's suspension a one-person story", () => {
    const x = run(
      "南苏丹宣布暂停接收美国遣送的外籍人士",
      "南苏丹外交部周六发表声明，宣布即日起暂停接收由美国遣送、但不具南苏丹国籍的人士。\n\n2025年7月，美方曾以包机将数名外籍男子送往朱巴。",
      "2026-10-26",
    );
    expect(x).toMatchObject({ relevant: true, kind: "policy" });
  });
});

describe("Eighth round (session 12): the countries of other flights and of what might be", () => {
  const codes = (x: ReturnType<typeof run>) => x.countries.map((c) => `${c.code}/${c.role}`).sort();
  it("'the group is made up of two Vietnamese nationals, two Cambodians and one man from Cuba' lists who was on board", () => {
    const x = run(
      "Eswatini confirms another group of deportees from US",
      "MBABANE — A US government aircraft carrying men deported from the United States landed at King Mswati III International Airport on Sunday. According to their lawyer, the group is made up of two Vietnamese nationals, two Cambodians and one man from Cuba.",
      "2026-02-04",
    );
    expect(codes(x)).toEqual(["CU/nationality", "KH/nationality", "SZ/destination", "VN/nationality"]);
  });
  it("'se suma así a una lista que incluye a Esuatini, Sudán del Sur y Ruanda' names other countries' flights", () => {
    const x = run(
      "Guinea Ecuatorial recibe a migrantes expulsados por Estados Unidos",
      "MALABO — Un avión fletado por el ICE con una docena de hombres de nacionalidad cubana aterrizó el sábado en el aeropuerto de Malabo.\n\nEl país se suma así a una lista que incluye a Esuatini, Sudán del Sur y Ruanda, países que desde 2025 han recibido a deportados de terceras nacionalidades.",
      "2026-08-12",
    );
    expect(codes(x)).toEqual(["CU/nationality", "GQ/destination"]);
  });
  it("'斯威士兰、南苏丹等国亦先后接收过…' and a scholar's 'theoretically back to the mainland' name no destination", () => {
    const x = run(
      "美国包机将七名第三国人士送往卢旺达",
      "卢旺达政府发言人周日证实，一架由美国安排的包机上周四抵达基加利，机上七名人士全部不是卢旺达公民，当中包括两名越南人。\n\n斯威士兰、南苏丹等国亦先后接收过美国遣送的第三国人士。\n\n一名学者指出，被送往第三国的越南人，理论上最终仍须回到越南。",
      "2025-11-30",
    );
    expect(codes(x)).toEqual(["RW/destination", "VN/nationality"]);
  });
  it("a court ruling where officials 'will continue to arrange transfers with South Sudan, Ghana and others' is no alert", () => {
    const x = run(
      "美上诉法院裁定 第三国遣返须给予充分通知",
      "美国联邦上诉法院周四裁定，政府若要把移民遣送至第三国，必须事先书面通知。国土安全部发言人称，当局会继续与南苏丹、加纳等愿意合作的国家安排人员移交。",
      "2026-02-20",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Eighth round (session 12): the other flight in the same article", () => {
  it("'El martes había aterrizado otro vuelo … con 134' gives no count to Thursday's flight", () => {
    const x = run(
      "Otro vuelo con deportados aterriza en Managua sin información oficial",
      "MANAGUA — Un avión con nicaragüenses deportados desde Estados Unidos aterrizó el jueves en el aeropuerto Augusto C. Sandino, sin que las autoridades informaran cuántas personas venían a bordo.\n\nEl avión despegó desde Luisiana, según un investigador.\n\nEl martes había aterrizado otro vuelo, procedente de Texas, con 134 nicaragüenses.",
      "2025-12-13",
    );
    expect(x.people).toBeNull();
  });
  it("'A second ICE charter left Tucson later Thursday for San Salvador' is not this flight's destination", () => {
    const x = run(
      "Ecuador receives deportees on flight out of Mesa airport",
      "MESA, Ariz. — A chartered jet carrying Ecuadorian nationals deported by ICE left Phoenix-Mesa Gateway Airport on Thursday morning.\n\nEcuador's Foreign Ministry confirmed the plane's arrival in Quito that afternoon.\n\nA second ICE charter left Tucson International Airport later Thursday for San Salvador with about 90 people on board.",
      "2026-03-07",
    );
    expect(x.countries.map((c) => c.code)).toEqual(["EC"]);
  });
  it("'el pasado sábado' is the Saturday before publication, even where a flight is also planned", () => {
    const x = run(
      "Guinea Ecuatorial recibe a migrantes expulsados por Estados Unidos",
      "MADRID — Guinea Ecuatorial se convirtió el pasado sábado en el último país africano en aceptar a migrantes expulsados por Estados Unidos, después de que un avión fletado por el ICE aterrizara en el aeropuerto de Malabo. Washington prevé enviar otro vuelo el próximo mes.",
      "2026-08-12",
    );
    expect(x.eventDate?.value).toBe("2026-08-08");
  });
});

describe("Eighth round (session 12): bills, annual reports and other charters", () => {
  it("a bill to sanction countries that refuse deportees is no country's change", () => {
    const x = run(
      "美众议员提案：拒收遣返人员的国家将遭签证制裁",
      "美国众议院两名议员10日提出一项法案，要求国务院对拒绝接收被遣返国民的国家暂停发放签证。提案议员点名古巴、老挝等国。",
      "2026-03-12",
    );
    expect(x.relevant).toBe(false);
    const en = run(
      "Senators introduce bill to cut visas for countries that refuse deportees",
      "Two senators introduced a bill on Tuesday that would suspend visas for countries that refuse to take back their nationals, naming Cuba and Laos.",
      "2026-03-12",
    );
    expect(en.relevant).toBe(false);
  });
  it("an annual report where 'some countries delay travel documents' is statistics, not a policy change", () => {
    const x = run(
      "ICE年度报告：越南籍遣返17人 中国籍大幅增加",
      "美国移民与海关执法局17日公布2025财政年度执法报告，全年遣返人数创下十年新高，其中越南籍人士为17人；中国籍人士则达2,300余人。\n\nICE在报告中也提到，目前仍有约140万名已收到最终遣返令、但尚未离境的外国人，部分原因是有些国家拒绝或拖延核发旅行文件。",
      "2025-12-18",
    );
    expect(x.relevant).toBe(false);
  });
  it("a team's charter, beside 'many removal charters sent people back to China', is no removal", () => {
    const x = run(
      "大连青年足球队包机赴美参赛",
      "大连青年足球队一行40人8日从大连周水子国际机场搭乘包机出发，飞抵美国洛杉矶参赛。近期多架遣返包机将非法滞留人员送回中国、印度等国，部分家长担忧。俱乐部表示，返程包机已定于7月23日从洛杉矶起飞，直飞大连。",
      "2025-07-09",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Eighth round (session 12): numbers that are not the group", () => {
  it("'two Filipino men who were among a group of deportees' is a part; 'at least 14 people were on board' the group", () => {
    const x = run(
      "DFA seeks access to two Filipinos in US deportee group sent to Ghana",
      "MANILA — The Department of Foreign Affairs said on Thursday it was seeking access to two Filipino men who were among a group of deportees the United States flew to Ghana this week.\n\nThe flight landed in Accra on Wednesday. A lawyer said at least 14 people were on board.",
      "2025-11-06",
    );
    expect(x.people).toMatchObject({ value: 14, hedged: true });
    const apart = run(
      "Deportee group sent to Ghana",
      "ACCRA — A US flight carrying deportees landed in Accra on Wednesday. A lawyer said at least 14 people were on board; apart from the two Filipinos, the group was made up of Nigerians and Gambians.",
      "2025-11-06",
    );
    expect(apart.people).toMatchObject({ value: 14, hedged: true });
  });
  it("'两名了解情况的美国联邦官员' are officials, not the people flown", () => {
    const x = run(
      "消息人士：美方下周二将再派包机遣返中国籍人员",
      "两名了解情况的美国联邦官员9日透露，美国移民与海关执法局计划下周二从洛杉矶派出一架包机，将约80名中国籍人员送回国内，航班预计降落福州。",
      "2025-10-10",
    );
    expect(x.people).toMatchObject({ value: 80, hedged: true });
  });
  it("'Es uno de los dos que llegan cada semana' counts flights; 'Colombia y Perú reciben también vuelos semanales' is habit", () => {
    const x = run(
      "Guayaquil recibe otro vuelo de deportados",
      "GUAYAQUIL — Decenas de ecuatorianos expulsados de Estados Unidos llegaron el jueves al aeropuerto de Guayaquil. El vuelo chárter había salido de Harlingen, Texas. Es uno de los dos que llegan cada semana a la ciudad. Colombia y Perú reciben también vuelos semanales.",
      "2024-11-18",
    );
    expect(x.countries.map((c) => c.code)).toEqual(["EC"]);
    expect(x.people?.value ?? null).toBeNull();
  });
  it("'\"We received 118 compatriots,\" a spokesperson said' counts the people on the plane", () => {
    const x = run(
      "Ecuador receives deportees on flight out of Mesa",
      'MESA, Ariz. — A chartered jet carrying Ecuadorian nationals deported by ICE left Phoenix-Mesa Gateway Airport on Thursday morning.\n\nThe ministry confirmed the arrival in Quito. "We received 118 compatriots, among them eleven women," a spokesperson said.',
      "2026-03-07",
    );
    expect(x.people).toMatchObject({ value: 118 });
  });
});

describe("Eighth round (session 12): flights still to come", () => {
  it("'US charter with Liberian deportees due at RIA this week' is a planned flight, dated ahead; a year's total is no count", () => {
    const x = run(
      "LIS says US charter with Liberian deportees due at RIA this week",
      "MONROVIA — The Liberia Immigration Service says it is preparing to receive a group of Liberians being deported from the United States on a chartered aircraft that is expected to touch down at Roberts International Airport on Wednesday.\n\nA spokesman said about 30 Liberians would be on the flight.\n\nLiberia received 52 deportees from the United States in the whole of 2024.",
      "2025-06-16",
    );
    expect(x).toMatchObject({ kind: "planned_flight", people: { value: 30, hedged: true } });
    expect(x.eventDate?.value).toBe("2025-06-18");
  });
  it("'Migración se prepara para recibir este martes un vuelo con unos 90 dominicanos' is that coming flight", () => {
    const x = run(
      "Migración prevé recibir este martes un nuevo grupo de repatriados desde EE.UU.",
      "SANTO DOMINGO — La Dirección General de Migración se prepara para recibir este martes en el Aeropuerto Internacional de Las Américas un vuelo con unos 90 dominicanos deportados desde Estados Unidos.",
      "2026-09-14",
    );
    expect(x.kind).toBe("planned_flight");
    expect(x.eventDate?.value).toBe("2026-09-15");
  });
});

describe("Eighth round (session 12): places by their own names", () => {
  it("'había despegado de la base de Fort Bliss' is where the plane left from", () => {
    const x = run(
      "Llega a San Salvador otro vuelo con deportados",
      "SAN SALVADOR — Un avión con más de 100 salvadoreños deportados por Estados Unidos aterrizó el miércoles en el Aeropuerto Internacional San Óscar Arnulfo Romero. Había despegado de la base de Fort Bliss.",
      "2025-09-26",
    );
    expect(x.departure.map((d) => d.place)).toEqual(["Fort Bliss"]);
  });
  it("Taiwan's and Pacific names: '吉佳利', '努库阿洛法', '恩德培' are arrivals", () => {
    const x = run(
      "美國包機遣送十二名東加人抵達努库阿洛法",
      "美國移民及海關執法局安排的包機週一降落努库阿洛法，機上十二名被美國遣返的東加人。",
      "2026-11-04",
    );
    expect(x.arrival.map((a) => a.place)).toEqual(["努库阿洛法"]);
  });
});

describe("Eighth round (session 12): the earlier flight's number", () => {
  it("'En el vuelo anterior, a fines de enero, llegaron 93 personas' is not this flight's count", () => {
    const x = run(
      "Aterriza en Lima un nuevo vuelo con peruanos deportados",
      "LIMA — Un vuelo con peruanos deportados desde Estados Unidos aterrizó el jueves en el aeropuerto Jorge Chávez, sin que Migraciones precisara cuántos venían a bordo.\n\nEn el vuelo anterior, a fines de enero, llegaron 93 personas.",
      "2026-02-20",
    );
    expect(x.people).toBeNull();
  });
  it("'她手上就有三名当事人被转押' are a lawyer's clients, not the people on the flight", () => {
    const x = run(
      "美国再派包机遣返中国籍人员",
      "美国移民与海关执法局本周安排包机将一批中国籍人员遣返福州，官方未公布人数。一名律师说，最近一个月内，她手上就有三名当事人先后被转押至路易斯安那州的拘留中心。",
      "2026-02-20",
    );
    expect(x.people).toBeNull();
  });
});

describe("Eighth round (session 12): who was on board, in Chinese", () => {
  it("'这批人中有6名尼日利亚人、3名利比里亚人和2名多哥人' names the nationalities on board", () => {
    const x = run(
      "美国遣送十一名第三国人士至加纳",
      "一架美国包机周二降落阿克拉，机上十一名被美国遣返的人士均非加纳公民。\n\n他们抵达后被送往首都近郊的一处设施暂住。当地人权团体对此提出批评。\n\n外交部一名官员说，这批人中有6名尼日利亚人、3名利比里亚人和2名多哥人，均不具有加纳国籍。",
      "2026-02-10",
    );
    expect(x.countries.map((c) => `${c.code}/${c.role}`).sort()).toEqual([
      "GH/destination",
      "LR/nationality",
      "NG/nationality",
      "TG/nationality",
    ]);
  });
});

describe("Eighth round (session 12): communiqués and official wording", () => {
  it("a ministry's press release: 'an aircraft operated on behalf of the Government of the United States of America landed …'", () => {
    const x = run(
      "PRESS RELEASE: Reception of West African nationals removed from the United States",
      "The Ministry wishes to inform the general public that on Wednesday, 1st October 2025, a chartered aircraft operated on behalf of the Government of the United States of America landed at the Kotoka International Airport with twelve West African nationals on board.\n\nNone of the passengers is a citizen of Ghana. The group comprised six Nigerians, four Liberians and two Gambians.",
      "2025-10-03",
    );
    expect(x.countries.map((c) => `${c.code}/${c.role}`).sort()).toEqual([
      "GH/destination",
      "GM/nationality",
      "LR/nationality",
      "NG/nationality",
    ]);
    expect(x.people).toMatchObject({ value: 12 });
  });
  it("'Un nuevo grupo de migrantes cubanos fue devuelto … en un vuelo que salió de Miami' is a removal flight", () => {
    const x = run(
      "Devuelven desde EE. UU. a otro grupo de cubanos por vía aérea",
      "LA HABANA — Un nuevo grupo de migrantes irregulares cubanos fue devuelto este jueves por las autoridades de Estados Unidos en un vuelo que salió de Miami y aterrizó en el Aeropuerto Internacional José Martí.",
      "2024-07-26",
    );
    expect(x).toMatchObject({ relevant: true, kind: "flight" });
    expect(x.countries.map((c) => c.code)).toEqual(["CU"]);
  });
});

describe("Eighth round (session 12): near misses of holdout 18", () => {
  it("an annual report whose headline says removals 'hit highest level in a decade' is statistics", () => {
    const x = run(
      "ICE says removals hit highest level in a decade, with flights to more than 150 countries",
      "WASHINGTON — ICE removed 250,000 people in the fiscal year, the agency said on Thursday in its annual report.\n\nThe president-elect has said he will order the largest deportation operation in history, using military aircraft.",
      "2024-12-20",
    );
    expect(x.relevant).toBe(false);
  });
  it("a bill that 'would bar ICE from using military bases for deportation flights' is no alert", () => {
    const x = run(
      "House bill would bar ICE from using military bases for deportation flights",
      "WASHINGTON — House members introduced legislation on Thursday that would bar ICE from using military aircraft for deportation flights to countries such as Guatemala.",
      "2025-03-07",
    );
    expect(x.relevant).toBe(false);
  });
  it("one former mayor 'en vuelo comercial', beside the weekly charters with hundreds, is one man", () => {
    const x = run(
      "Deportan a exalcalde señalado por lavado de activos; llegó esposado en vuelo comercial",
      "TEGUCIGALPA — El exalcalde de un municipio de Olancho fue entregado este martes a la Policía en el aeropuerto de Palmerola, tras ser deportado por Estados Unidos.\n\nHonduras recibe cada semana varios vuelos fletados con cientos de deportados desde Luisiana y Texas.",
      "2025-05-21",
    );
    expect(x.relevant).toBe(false);
  });
  it("Johor's immigration department sending 146 workers home via Kuala Lumpur is Malaysia's removal", () => {
    const x = run(
      "柔佛移民局遣返146名非法外劳 经吉隆坡国际机场离境",
      "（新山10日讯）柔佛州移民局今日发文告说，该局日前将146名非法外劳遣送回国，他们分别来自印尼、孟加拉和越南。\n\n一个关注移民权益的团体表示，与美国近来以包机大规模遣返移民的做法不同，大马主要依靠商业航班分批遣返。",
      "2026-03-10",
    );
    expect(x.relevant).toBe(false);
  });
  it("an airline's new Tashkent–New York route is no removal", () => {
    const x = run(
      "中亚航空开通塔什干—纽约直航 首航载客两百余人",
      "乌兹别克一家航空公司2日开通塔什干至纽约的直飞航线，首航班机载有236名旅客。美国近年也以包机将乌兹别克籍移民遣返塔什干。",
      "2026-06-03",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Eighth round (session 12): holdout 17's people on board", () => {
  it("'they did not send me to India' is where he was not sent; the Indians are on board", () => {
    const x = run(
      "Mehsana family learns son was deported to Costa Rica, not India",
      "VIJAPUR — \"He said, 'Papa, they did not send me to India, they sent me somewhere else,'\" his father said.\n\nThey were among about 130 migrants put on a US government charter that left Texas on Tuesday and landed at Juan Santamaría International Airport, Costa Rica's ministry said. Besides Indians, the passengers included Afghans and Uzbeks.",
      "2026-05-21",
    );
    expect(x.countries.map((c) => `${c.code}/${c.role}`).sort()).toEqual([
      "AF/nationality",
      "CR/destination",
      "IN/nationality",
      "UZ/nationality",
    ]);
  });
  it("'viajaban \"más de 80 personas\" procedentes de China, India y Nepal' names their nationalities", () => {
    const x = run(
      "Costa Rica recibe otro vuelo con migrantes de otros países deportados por EE. UU.",
      'SAN JOSÉ — Un avión con migrantes deportados por Estados Unidos aterrizó el miércoles en el aeropuerto Juan Santamaría.\n\nMigración informó que viajaban "más de 80 personas" procedentes de China, India y Nepal.',
      "2026-07-03",
    );
    expect(x.countries.map((c) => `${c.code}/${c.role}`).sort()).toEqual([
      "CN/nationality",
      "CR/destination",
      "IN/nationality",
      "NP/nationality",
    ]);
  });
  it("'eleven people in all — from Sierra Leone, Ethiopia and Zimbabwe' lists who was on board", () => {
    const x = run(
      "Cameroon receives third US flight of non-Cameroonian deportees",
      "YAOUNDÉ — A US charter carrying deportees who are not Cameroonian landed at Nsimalen on Monday. The group is made up of eight men and three women — eleven people in all — from Sierra Leone, Ethiopia and Zimbabwe, a lawyer said.",
      "2026-03-04",
    );
    expect(x.countries.map((c) => `${c.code}/${c.role}`).sort()).toEqual([
      "CM/destination",
      "ET/nationality",
      "SL/nationality",
      "ZW/nationality",
    ]);
  });
});

describe("Eighth round (session 12): holdout 19's ways of naming who was on board", () => {
  const roles = (x: ReturnType<typeof run>) => x.countries.map((c) => `${c.code}/${c.role}`).sort();
  it("'Two are from Iraq, two from Somalia, and the others are from Syria and Libya'", () => {
    const x = run(
      "US flies seven third-country deportees to Rwanda",
      "KIGALI — A US charter carrying seven men deported from the United States landed in Kigali on Sunday.\n\nThe aircraft stopped to refuel on the way. An official said none of them is Rwandan. Two are from Iraq, two from Somalia, and the others are from Syria and Libya, she said.",
      "2026-04-14",
    );
    expect(roles(x)).toEqual([
      "IQ/nationality",
      "LY/nationality",
      "RW/destination",
      "SO/nationality",
      "SY/nationality",
    ]);
  });
  it("'Among them were citizens of China, Uzbekistan and Russia'", () => {
    const x = run(
      "Costa Rica receives another US deportation flight of foreign nationals",
      "SAN JOSÉ — A US charter with about 100 migrants deported from the United States landed at Juan Santamaría on Thursday.\n\nThe passengers were mostly families from Central Asia, a deputy minister told reporters. Among them were citizens of China, Uzbekistan and Russia, she said.",
      "2026-04-14",
    );
    expect(roles(x)).toEqual(["CN/nationality", "CR/destination", "RU/nationality", "UZ/nationality"]);
  });
  it("'los pasajeros proceden de Afganistán, Irán y Camerún' and '这七人分别来自越南、老挝和柬埔寨'", () => {
    const es = run(
      "Panamá recibe vuelo con migrantes de otros países deportados por EE. UU.",
      "PANAMÁ — Un avión con migrantes deportados desde Estados Unidos aterrizó el martes en Tocumen.\n\nEl vuelo había salido de Texas. Según el organismo, los pasajeros proceden de Afganistán, Irán y Camerún.",
      "2026-04-14",
    );
    expect(roles(es)).toEqual(["AF/nationality", "CM/nationality", "IR/nationality", "PA/destination"]);
    const zh = run(
      "美国遣送七名第三国人士抵达卢旺达",
      "一架美国包机周日降落基加利，机上七名被美国遣返的人士均非卢旺达公民。\n\n卢旺达方面表示，他们将被安置在接待中心。\n\n这七人分别来自越南、老挝和柬埔寨，均曾在美国服刑。",
      "2026-04-14",
    );
    expect(roles(zh)).toEqual(["KH/nationality", "LA/nationality", "RW/destination", "VN/nationality"]);
  });
});

describe("Eighth round (session 12): an agency is not a people", () => {
  it("'哥斯达黎加移民局' is the agency, so the Chinese, Afghans and Russians on board stay nationalities", () => {
    const x = run(
      "美国遣送移民至哥斯达黎加 中国公民在列",
      "一架美国包机周二降落哥斯达黎加圣何塞，机上约百名被美国遣返的人士并非哥斯达黎加公民。\n\n哥斯达黎加移民局表示，这批人分别来自中国、阿富汗和俄罗斯。",
      "2026-04-14",
    );
    expect(x.countries.map((c) => `${c.code}/${c.role}`).sort()).toEqual([
      "AF/nationality",
      "CN/nationality",
      "CR/destination",
      "RU/nationality",
    ]);
  });
  it("'一百二十三名宏都拉斯人返國' on an ICE plane are the people flown home", () => {
    const x = run(
      "ICE班機飛抵通孔廷 一百二十三名宏都拉斯人返國",
      "宏都拉斯國家移民局指出，一架移民暨海關執法局（ICE）包機12日從德州哈林根飛抵通孔廷國際機場，機上一百二十三人。\n\n被遣返者抵達後在機場接受健康檢查。",
      "2024-08-14",
    );
    expect(x.countries.map((c) => c.code)).toEqual(["HN"]);
  });
});

describe("Ninth round (session 13): holdout 20's near misses and a policy told beside an official", () => {
  it("'El Salvador received the most removal flights, 31, followed by …': a tracker's monthly ranking is no flight", () => {
    const x = run(
      "Deportation charters hit a new monthly high, advocates' count shows",
      "An advocacy group that watches immigration charters said on Tuesday that removal flights from the United States rose to their highest monthly level on record in May.\n\nEl Salvador received the most removal flights, 31, followed by Colombia with 22 and Peru with 9. The report also recorded single flights to Ghana and Mongolia.\n\nICE does not publish passenger numbers for each flight.",
      "2026-06-03",
    );
    expect(x.relevant).toBe(false);
  });
  it("'México devuelve en avión a 90 salvadoreños': Mexico's own removal flight, whatever the US is said to do", () => {
    const x = run(
      "México devuelve en avión a 90 salvadoreños detenidos en Chiapas",
      "SAN SALVADOR – Un total de 90 salvadoreños llegaron el martes al aeropuerto de Comalapa en un vuelo fletado por el Gobierno mexicano.\n\nLas autoridades aclararon que estos retornos no tienen relación con los vuelos de deportación de Estados Unidos.",
      "2026-05-14",
    );
    expect(x.relevant).toBe(false);
    expect(x.why).toMatch(/Mexico/);
  });
  it("'厦门直飞洛杉矶航线下月开通' and 'charters landed there many times over the past years' are no flight", () => {
    const x = run(
      "厦门直飞洛杉矶航线下月开通 每周两班",
      "一家航空公司周二宣布，厦门至洛杉矶的直飞航线将于下月开通。\n\n过去几年，美国移民当局的遣返包机多次降落厦门，但航空公司表示，新航线是普通客运航班。",
      "2026-05-14",
    );
    expect(x.relevant).toBe(false);
  });
  it("'老挝警方向我方移交的…嫌疑人被押解回国': another country's hand-over, even when the US is named later", () => {
    const x = run(
      "两架包机降落昆明 一百余名涉诈嫌疑人被押解回国",
      "记者从警方获悉，随着两架包机降落昆明长水国际机场，老挝警方向我方移交的一百余名电信诈骗犯罪嫌疑人被押解回国。\n\n警方表示，今年还与美国等国在追逃方面保持沟通。",
      "2026-05-14",
    );
    expect(x.relevant).toBe(false);
  });
  it("'遣返三年后': a story told years on recalls the flight of its past, dated with its year", () => {
    const x = run(
      "遣返三年后：回到福清的打工人",
      "清晨，陈先生已经在福清的一家工厂上班了。\n\n2023年5月，他登上了那架从美国飞往中国的遣返包机。\n\n如今他说，不会再去美国了。",
      "2026-06-20",
    );
    expect(x.relevant).toBe(false);
    // The same flight told as news in its own week is an alert.
    const news = run(
      "美国遣返包机抵达福州",
      "一架载有数十名中国公民的美国遣返包机周二降落福州。\n\n2023年5月，他们登上了那架从美国飞往中国的遣返包机。",
      "2023-05-18",
    );
    expect(news.relevant).toBe(true);
  });
  it("'美国国务院一名发言人…接收本国公民': an official speaking is no removal of one person", () => {
    const x = run(
      "古巴宣布暂停接收美国遣返航班",
      "古巴政府周三发表声明，宣布即日起暂停接收来自美国的遣返航班。\n\n美国国务院一名发言人回应称，接收本国公民是各国的基本义务。",
      "2026-06-05",
    );
    expect(x.relevant).toBe(true);
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["CU"]);
  });
});

describe("Ninth round (session 13): holdout 20's facts across a paragraph and a state in passing", () => {
  it("the lead says who was removed, the next paragraph's first sentence says the plane landed", () => {
    const x = run(
      "Nauru takes in its first third-country deportees",
      "YAREN, Nauru — A small group of men deported from the United States arrived in Nauru on Monday, the government said.\n\nFive men, three from Nepal and two from Eritrea, were on the flight, which came from Guam and landed at the island's airport before noon.\n\nThey will be offered housing.",
      "2026-03-11",
    );
    expect(x.relevant).toBe(true);
    expect(x.countries.map((c) => `${c.code}/${c.role}`).sort()).toEqual([
      "ER/nationality",
      "NP/nationality",
      "NR/destination",
    ]);
    expect(x.people?.value).toBe(5);
  });
  it("', suspendida desde julio,' describes the flights; the change and its day are the sentence's own", () => {
    const x = run(
      "Confirman que se reanudan los vuelos de repatriación al norte del país",
      "El Gobierno de México aceptó reanudar la recepción de vuelos con connacionales deportados desde Estados Unidos en Hermosillo, suspendida desde julio, confirmó este martes la Secretaría de Gobernación.\n\nNo se precisó cuándo llegará el primer avión.",
      "2026-09-17",
    );
    expect(x.relevant).toBe(true);
    expect(x.kind).toBe("policy");
    expect(codes(x)).toEqual(["MX"]);
    expect(x.eventDate?.value).toBe("2026-09-15");
  });
});

describe("Ninth round (session 13): a flight to come, told as one", () => {
  it("'… flight to Haiti set for Thursday': the day ahead, not the week before", () => {
    const x = run(
      "Newark removal flight to Guinea set for Thursday",
      "Federal immigration authorities plan to send a deportation flight from Newark to Conakry on Thursday, attorneys for detainees said.\n\nICE did not confirm the schedule.",
      "2026-09-28",
    );
    expect(x.kind).toBe("planned_flight");
    expect(x.eventDate?.value).toBe("2026-10-01");
  });
  it("'Un avión … viajará … y despegará desde Alexandria': a plane still to fly, under a headline in the present", () => {
    const x = run(
      "Cancillería anuncia un nuevo vuelo para traer a connacionales deportados",
      "LIMA. Un avión de la Fuerza Aérea del Perú viajará a Estados Unidos para recoger a unos 90 connacionales, informó este viernes la Cancillería.\n\nLa aeronave despegará desde Alexandria, Luisiana, y tiene previsto aterrizar en Lima el próximo martes.",
      "2026-07-10",
    );
    expect(x.kind).toBe("planned_flight");
    expect(codes(x)).toEqual(["PE"]);
    expect(x.eventDate?.value).toBe("2026-07-14");
  });
  it("'预计20日（周四）降落', '预定本月28日从…起飞，飞抵…', '下月再派包机': landings still to come", () => {
    const a = run(
      "美国遣返包机将抵哥伦比亚",
      "哥伦比亚外交部今天表示，一架载有被美国遣返人员的班机，预计20日（周四）降落波哥大。",
      "2025-02-18",
    );
    expect(a.kind).toBe("planned_flight");
    expect(a.eventDate?.value).toBe("2025-02-20");
    const b = run(
      "美遣返包机月底赴越",
      "越南外交部表示，一架载有约60名越南公民的美国遣返包机预定本月28日从埃尔帕索起飞，飞抵河内内排国际机场。",
      "2026-05-12",
    );
    expect(b.kind).toBe("planned_flight");
    const c = run(
      "消息指美国下月再派包机遣返印度籍人士",
      "消息人士透露，美国国土安全部计划再安排一班包机，把约100名印度籍人士遣送回国。",
      "2026-05-20",
    );
    expect(c.kind).toBe("planned_flight");
  });
  it("a headline that names the next flight over a body that tells of the one that landed reports that one", () => {
    const x = run(
      "不丹再迎美国遣返包机 下月还有一班",
      "一架载有30名不丹公民的美国遣返包机本周二抵达帕罗国际机场。\n\n官员表示，下月还将有一班。",
      "2025-08-27",
    );
    expect(x.kind).toBe("flight");
    expect(x.eventDate?.value).toBe("2025-08-26");
  });
});

describe("Ninth round (session 13): holdout 20's background countries", () => {
  it("'has now seen four removal flights since spring, including one to Managua' and 'over the past decade'", () => {
    const x = run(
      "Deportation flight leaves small Georgia airport for Honduras",
      "A chartered plane carrying deportees left Brunswick, Georgia, for San Pedro Sula on Monday, ICE said.\n\nLocal activists say the airport has now seen at least four removal flights since spring, including one in June to Managua. Canberra, by comparison, sent more than 2,000 people to Fiji over the past decade.",
      "2024-08-21",
    );
    expect(codes(x)).toEqual(["HN"]);
  });
  it("'a flight from the same airport carried 88 Salvadorans' earlier that week is another flight", () => {
    const x = run(
      "Removal flight to Ecuador leaves New Mexico",
      "A removal flight carrying about 100 Ecuadorians left Roswell, New Mexico, on Thursday for Quito, ICE said.\n\nOn Monday, a flight from the same airport carried 88 Salvadorans to San Salvador.",
      "2026-06-12",
    );
    expect(codes(x)).toEqual(["EC"]);
  });
  it("'Washington mantiene además vuelos regulares a Colombia y Perú' is a habit, 'aceptará vuelos regulares' a change", () => {
    const x = run(
      "Llega a Maiquetía otro vuelo con venezolanos deportados",
      "Un vuelo con 150 venezolanos deportados desde Estados Unidos aterrizó el domingo en Maiquetía.\n\nWashington mantiene además vuelos regulares de deportación a Colombia y Perú.",
      "2025-09-22",
    );
    expect(codes(x)).toEqual(["VE"]);
    const y = run(
      "Haiti to resume taking deportation flights from US",
      "Haiti will once again accept regular deportation flights from the United States, the government said on Monday.",
      "2024-04-24",
    );
    expect(y.kind).toBe("policy");
    expect(y.eventDate?.value).toBe("2024-04-22");
  });
  it("'与此同时，美国还加大了向缅甸、老挝等国的遣返力度' and '危地马拉也已同意' are background", () => {
    const x = run(
      "美国遣返包机抵达河内",
      "一架载有约百名越南公民的美国遣返包机周四降落河内内排国际机场。\n\n与此同时，美国近期还加大了向缅甸、老挝等东南亚国家的遣返力度。危地马拉也已同意担任类似角色。",
      "2026-09-12",
    );
    expect(codes(x)).toEqual(["VN"]);
  });
});

describe("Ninth round (session 13): Chinese places of departure and arrival", () => {
  it("'从得州将一批中国公民遣返，航班目的地为广州': the place before the people, and the destination named as such", () => {
    const x = run(
      "美国包机遣返一批中国公民",
      "美国移民和海关执法局本周二安排一架包机，从得州将一批没有合法身份的中国公民遣返，航班目的地为广州。",
      "2024-12-05",
    );
    expect(places(x.departure)).toEqual(["得州"]);
    expect(places(x.arrival)).toEqual(["广州"]);
  });
  it("'一架来自美国亚利桑那州的遣返航班抵达…', and '抵达后将在机场内…' is no airport's name", () => {
    const x = run(
      "危地马拉将接收美国遣返航班",
      "危地马拉移民局称，下周二将有一架来自美国亚利桑那州的遣返航班抵达危地马拉城拉奥罗拉国际机场。\n\n被遣返人员抵达后将在机场内办理入境手续。",
      "2024-09-12",
    );
    expect(places(x.departure)).toEqual(["亚利桑那州"]);
    expect(places(x.arrival)).toContain("危地马拉城拉奥罗拉国际机场");
    expect(places(x.arrival).filter((p) => /后|在/.test(p))).toEqual([]);
  });
  it("another plane's places are not this one's, unless the lead tells of two planes at once", () => {
    const x = run(
      "美国包机遣返中国籍人士 降落厦门",
      "美国国土安全部证实，移民及海关执法局周二以包机从新泽西州纽瓦克将一批中国籍人士遣返，班机降落厦门。\n\n就在前一天，另一架遣返班机从路易斯安那州起飞，把48名越南籍人士送到河内。",
      "2026-08-14",
    );
    expect(places(x.departure)).toEqual(["新泽西州纽瓦克"]);
    expect(places(x.arrival)).toEqual(["厦门"]);
    const y = run(
      "美国同日向缅甸和泰国派出遣返航班",
      "本月20日，美国移民与海关执法局派出的两架遣返航班分别抵达仰光和曼谷。\n\n据介绍，抵达仰光国际机场的航班载有20名缅甸籍人员。另一架飞抵曼谷素万那普国际机场的航班载有12名泰国籍人员。",
      "2025-04-22",
    );
    expect(places(y.arrival)).toEqual(expect.arrayContaining(["仰光国际机场", "曼谷素万那普国际机场"]));
  });
});

describe("Ninth round (session 13): who was on board, one by one and after a comma", () => {
  it("'seven Malians, two Guineans, a Beninese man and a Liberian woman': one person of a list is on board too", () => {
    const x = run(
      "Ghana receives third-country deportees from the US",
      "A plane carrying deportees from the United States landed in Accra on Thursday, the ministry said.\n\nThe group comprised seven Malians, two Guineans, a Beninese man and a Liberian woman.",
      "2026-02-07",
    );
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["BJ", "GN", "LR", "ML"]);
  });
  it("'机上共有十二人，分别来自老挝、缅甸和古巴': the count on board and the people's countries after the comma", () => {
    const x = run(
      "美国第三国遣返航班抵达斯威士兰",
      "一架美国遣返包机周三降落姆巴巴内附近的机场。\n\n斯威士兰政府表示，当局将为他们提供住所。\n\n根据声明，机上共有十二人，分别来自老挝、缅甸和古巴，全数为成年男性。",
      "2026-07-18",
    );
    expect(x.countries.map((c) => `${c.code}/${c.role}`).sort()).toEqual([
      "CU/nationality",
      "LA/nationality",
      "MM/nationality",
      "SZ/destination",
    ]);
    expect(x.people?.value).toBe(12);
  });
});

describe("Ninth round (session 13): stories told years on, a year's figures, and a flight from Quito", () => {
  it("'A year after the shackles…' recalls a flight of thirteen months ago; a story of this week's flight stays an alert", () => {
    const x = run(
      "A year after the shackles, deported sons of a Punjab town try to start again",
      "Kumar, 31, was one of more than 100 Indians on the US military plane that landed at Amritsar thirteen months ago, the first of the removal flights of the new administration.\n\nHe now drives a taxi in his home district.",
      "2026-01-22",
    );
    expect(x.relevant).toBe(false);
    const now = run(
      "Forty years after he left, a deportee's first morning in Phnom Penh",
      "He was one of 31 Cambodians removed by the United States. Their charter landed at Phnom Penh International Airport on May 23.",
      "2025-05-28",
    );
    expect(now.relevant).toBe(true);
    expect(codes(now)).toEqual(["KH"]);
  });
  it("'the figure was nearly double that of 2024, when 1,301 … were sent back' is a statistic", () => {
    const x = run(
      "Over 2,500 Nepalis deported from US in 2025, minister tells parliament",
      "A total of 2,512 Nepali nationals were deported from the United States in 2025, the foreign minister told parliament on Tuesday.\n\nThe figure was nearly double that of 2024, when 1,301 Nepalis were sent back.",
      "2026-02-11",
    );
    expect(x.relevant).toBe(false);
  });
  it("'去年以来，美国已遣返三千多名…' is a figure since last year", () => {
    const x = run(
      "孟加拉拟出台新法严打非法移民中介",
      "孟加拉国政府周二公布法案草案，拟严惩非法移民中介。\n\n去年以来，美国已通过军机、包机和商业航班遣返三千多名孟加拉公民。",
      "2026-03-05",
    );
    expect(x.relevant).toBe(false);
  });
  it("'Vuelo … parte de Quito con 80 venezolanos': a flight that leaves from abroad", () => {
    const es = run(
      "Vuelo de repatriación parte de Quito con 80 venezolanos",
      "Un vuelo del plan de retorno parte de Quito con 80 venezolanos que decidieron volver a su país, informó la embajada.\n\nEl programa es distinto de los vuelos de deportación desde Estados Unidos.",
      "2024-06-14",
    );
    expect(es.relevant).toBe(false);
  });
});

describe("Ninth round (session 13): 'partió del aeropuerto …' names where a plane left", () => {
  it("a flight that 'despegó del aeropuerto César Manrique-Lanzarote' with Mauritanians is Spain's", () => {
    const x = run(
      "Interior devuelve en avión a 40 mauritanos",
      "Cuarenta mauritanos que habían llegado en cayuco fueron devueltos el martes a su país.\n\nEl vuelo despegó del aeropuerto César Manrique-Lanzarote por la mañana y aterrizó en Nuakchot al mediodía.",
      "2025-11-26",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Tenth round (session 14): airports with their city, multi-stop landings, days still to come", () => {
  it("'降落在福州长乐国际机场' keeps the city with the airport", () => {
    const x = run(
      "美方包机遣返九十名中国籍人员",
      "美国国土安全部周二称，一架包机上周五将九十名中国籍人员遣返回国，航班从芝加哥起飞，降落在福州长乐国际机场。",
      "2025-04-15",
    );
    expect(places(x.arrival)).toEqual(["福州长乐国际机场"]);
  });
  it("'降落在香港国际机场' is not cut to '国际机场'", () => {
    const x = run(
      "美遣返班机抵港",
      "一架美国移民及海关执法局安排的遣返班机周三降落在香港国际机场，机上有二十名港人。",
      "2025-04-15",
    );
    expect(places(x.arrival)).toEqual(["香港国际机场"]);
  });
  it("'降落…州贝洛奥里藏特的孔芬斯国际机场': the city before 的 stays with the airport", () => {
    const x = run(
      "美国遣返包机抵达巴西",
      "巴西外交部表示，一架载有七十名巴西公民的美国遣返包机周一降落在米纳斯吉拉斯州贝洛奥里藏特的孔芬斯国际机场。",
      "2025-04-09",
    );
    expect(places(x.arrival).some((p) => p.includes("贝洛奥里藏特"))).toBe(true);
  });
  it("'先后降落在印度首都新德里和尼泊尔首都加德满都': both cities of the list", () => {
    const x = run(
      "美国遣返包机飞抵南亚",
      "美国国土安全部称，一架遣返包机周五从得克萨斯州起飞，先后降落在印度首都新德里和尼泊尔首都加德满都，送回一百五十名印度和尼泊尔公民。",
      "2024-10-28",
    );
    expect(places(x.arrival)).toEqual(expect.arrayContaining(["新德里", "加德满都"]));
  });
  it("'隨後續飛哈薩克最大城市阿拉木圖': the second stop of the plane", () => {
    const x = run(
      "美國遣返班機飛抵中亞",
      "吉爾吉斯外交部表示，一架美國遣返班機上週四抵達首都比什凱克，機上有二十名吉爾吉斯公民；飛機隨後續飛哈薩克最大城市阿拉木圖，再放下十名哈薩克人。",
      "2025-05-12",
    );
    expect(places(x.arrival)).toEqual(expect.arrayContaining(["比什凱克", "阿拉木圖"]));
  });
  it("'先在乌兰巴托成吉思汗国际机场送下…人' is where the plane landed first", () => {
    const x = run(
      "美包机遣返蒙古及中亚籍人士",
      "蒙古国外交部周三证实，美国移民及海关执法局本月13日安排的一架包机，先在乌兰巴托成吉思汗国际机场送下三十名蒙古国公民，随后继续飞往哈萨克斯坦阿拉木图。",
      "2026-04-16",
    );
    expect(places(x.arrival)).toEqual(expect.arrayContaining(["乌兰巴托成吉思汗国际机场", "阿拉木图"]));
  });
  it("a flight 'this Thursday' in a report of Tuesday is planned, whatever the headline's tense", () => {
    const zh = run(
      "多米尼加证实：美方遣返包机本周四抵达圣多明各",
      "多米尼加移民总局周二证实，一架载有约五十名多米尼加公民的美国遣返包机将于本周四降落圣多明各。",
      "2026-01-13",
    );
    expect(zh.kind).toBe("planned_flight");
    expect(zh.eventDate?.value).toBe("2026-01-15");
  });
  it("'Esta mañana aterrizó' is today, and '10 y 20 de la mañana' is no tomorrow", () => {
    const x = run(
      "Aterriza en Cali vuelo con deportados",
      "Esta mañana aterrizó en Cali un avión con 80 colombianos deportados desde Estados Unidos. El vuelo llegó a las 10 y 20 de la mañana, procedente de Houston.",
      "2025-05-06",
    );
    expect(x.kind).toBe("flight");
    expect(x.eventDate?.value).toBe("2025-05-06");
    expect(x.eventDate?.source.phrase).toBe("Esta mañana");
  });
});

describe("Tenth round (session 14): whose flight it was, and when a flight is only background", () => {
  it("'ha pedido a Washington y a Bruselas más fondos' sends no one to Brussels", () => {
    const x = run(
      "Llegan a Nuakchot 90 mauritanos deportados desde EE.UU.",
      "Un avión del ICE aterrizó el martes en Nuakchot con 90 mauritanos deportados desde Estados Unidos.\n\nEl gobierno ha pedido a Washington y a Bruselas más fondos para gestionar los retornos.",
      "2025-10-29",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["MR"]);
  });
  it("'Interior fleta un vuelo … para devolver a 40 argelinos' is Spain's", () => {
    const x = run(
      "Interior fleta un vuelo para devolver a 40 argelinos",
      "El Ministerio del Interior devolvió este lunes a Argelia a 40 ciudadanos de ese país en un vuelo fletado.\n\nArgelia también recibe vuelos de deportación desde Estados Unidos, que ha devuelto a decenas de argelinos.",
      "2025-10-28",
    );
    expect(x.relevant).toBe(false);
  });
  it("'El INM trasladó por vía aérea a 90 guatemaltecos' is Mexico's, even beside a US flight in the background", () => {
    const x = run(
      "INM traslada por vía aérea a 90 guatemaltecos desde Tuxtla",
      "El Instituto Nacional de Migración (INM) trasladó este martes por vía aérea a 90 personas de nacionalidad guatemalteca que estaban en situación irregular en México.\n\nEl vuelo despegó del aeropuerto de Tuxtla Gutiérrez con destino a la Ciudad de Guatemala.\n\nLa organización que acompaña a los migrantes criticó la rapidez de los retornos.\n\nEn paralelo, la misma terminal recibe desde el año pasado vuelos de repatriación con mexicanos deportados por Estados Unidos.",
      "2026-03-18",
    );
    expect(x.relevant).toBe(false);
  });
  it("'Many have since been deported on removal charters' at the end of a visa story is no alert", () => {
    const x = run(
      "US adds two countries to visa bond programme",
      "Citizens of Chad and Niger applying for US tourist visas will have to post bonds of up to $10,000, the State Department said on Tuesday.\n\nThe bonds are refunded if the traveller leaves on time.\n\nOfficials in both capitals called the measure unfair.\n\nThousands of young men from Chad and Niger have flown to Nicaragua since 2023 and travelled overland to the southern border. Many Chadians have since been deported on removal charters.",
      "2025-08-06",
    );
    expect(x.relevant).toBe(false);
  });
  it("'Año y medio después del avión' is a story told long after, not a flight", () => {
    const x = run(
      "Año y medio después del avión: la vida de los deportados que volvieron a Azuay",
      "Marco todavía guarda la bolsa con la que bajó del avión en Guayaquil, en marzo de 2025.\n\nHoy cultiva maíz en la parcela de su padre.\n\nComo él, miles de jóvenes ecuatorianos regresaron deportados en vuelos desde Estados Unidos. En su parroquia, ninguno de los nueve deportados con los que habló este diario había pedido ayuda.",
      "2026-08-09",
    );
    expect(x.relevant).toBe(false);
  });
  it("'被遣返三个月后' is not long after: the flight three months ago is still reported", () => {
    const x = run(
      "被遣返三个月后 浙江青年谈走线梦碎",
      "今年9月，一架载有58名中国籍人士的美国遣返包机降落在上海浦东国际机场，24岁的阿明就是其中之一。",
      "2025-12-10",
    );
    expect(x.relevant).toBe(true);
  });
  it("'墨西哥从塔帕丘拉包机遣返…洪都拉斯移民' is Mexico's removal", () => {
    const x = run(
      "墨西哥从塔帕丘拉包机遣返一百名洪都拉斯移民",
      "墨西哥国家移民局周三发布消息，一架包机当天起飞，将一百名洪都拉斯籍移民送回圣佩德罗苏拉。\n\n一名回国的年轻人说，他原本计划穿越墨西哥前往美国。",
      "2024-09-19",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Tenth round (session 14): what kind of news, and which day", () => {
  it("'says it will again accept US deportation flights' is a change of policy, dated the day it was said", () => {
    const x = run(
      "Belize says it will again accept US deportation flights",
      "BELMOPAN — Belize's immigration ministry said on Wednesday it would once again allow US deportation flights to land at the capital's airport, ending a suspension imposed late last year.",
      "2026-01-22",
    );
    expect(x.kind).toBe("policy");
    expect(x.eventDate?.value).toBe("2026-01-21");
  });
  it("'will refuse US deportation charters without notice' is a change of policy, not a planned flight", () => {
    const x = run(
      "Gambia says it will refuse US deportation charters without advance notice",
      "BANJUL — Gambia will no longer accept deportation charters from the United States unless it is told 72 hours ahead, the foreign ministry said on Monday.",
      "2025-12-09",
    );
    expect(x.kind).toBe("policy");
    expect(x.eventDate?.value).toBe("2025-12-08");
  });
  it("'to be flown back from US on Sunday' is a planned flight on the coming Sunday", () => {
    const x = run(
      "About 120 Nepalis to be flown back from US on Sunday",
      "KATHMANDU — The foreign ministry said on Thursday it had verified the nationality of everyone on the list, clearing the way for their flight to land this weekend.",
      "2026-09-17",
    );
    expect(x.kind).toBe("planned_flight");
    expect(x.eventDate?.value).toBe("2026-09-20");
  });
  it("'Perú espera para el viernes un nuevo vuelo' is planned for the coming Friday", () => {
    const x = run(
      "Perú espera para el viernes un nuevo vuelo con deportados",
      "El Gobierno prevé recibir el próximo viernes un vuelo con unos ochenta ciudadanos deportados desde Estados Unidos que aterrizará en Lima.",
      "2025-07-22",
    );
    expect(x.kind).toBe("planned_flight");
    expect(x.eventDate?.value).toBe("2025-07-25");
  });
  it("'countries that refuse to take back their nationals' in a digest is no one country's change", () => {
    const x = run(
      "Morning digest: a notice ruling and a charter to Quito",
      "1. COURTS. A federal judge on Monday ordered the government to give detainees ten days' notice before removing them to a third country. Lawyers say the order matters most for clients from countries that refuse to take back their nationals.\n\n2. FLIGHTS. A charter from Harlingen, Texas, landed in Quito on Tuesday with 70 Ecuadorians aboard, the foreign ministry said.",
      "2025-06-19",
    );
    expect(x.kind).toBe("flight");
    expect(x.eventDate?.value).toBe("2025-06-17");
  });
  it("'sent here … under last month's arrangement arrived on Saturday' is Saturday's flight", () => {
    const x = run(
      "West Africans deported from US arrive in Niamey",
      "NIAMEY — The first group of non-Nigeriens sent here by the United States under last month's migration arrangement arrived on Saturday, officials said.\n\nThe charter, which originated in Louisiana, landed in Niamey in the early afternoon.",
      "2026-03-09",
    );
    expect(x.relevant).toBe(true);
    expect(x.eventDate?.value).toBe("2026-03-07");
  });
  it("a feature that recalls a flight of 2023 and then tells of last Wednesday's reports Wednesday's", () => {
    const x = run(
      "In Thiès, a tailor waits for his son",
      "The sewing machines stop only for prayer.\n\nThe first large removal charter to Dakar, in 2023, carried roughly 140 people and drew crowds to the airport.\n\nLast Wednesday was different. Shortly before dawn, a chartered plane that had left Mesa, Arizona, touched down at Blaise Diagne International Airport with ninety Senegalese men aboard, an airport official said.",
      "2025-11-16",
    );
    expect(x.relevant).toBe(true);
    expect(x.people?.value).toBe(90);
    expect(x.eventDate?.value).toBe("2025-11-12");
  });
});

describe("Tenth round (session 14): where the plane landed and where it began", () => {
  it("with no country named for the removal, the airport abroad where the plane touched down is the destination", () => {
    const x = run(
      "Deportation flight lands as Corona families wait for calls",
      'NEW YORK — At a travel agency in Queens, the phone rang without pause on Tuesday.\n\n"Everybody wants to know if their person was on the plane," the owner said.\n\nThe plane they were asking about touched down that afternoon at Las Américas International Airport, part of a weekly routine. Officials said 120 people were aboard.\n\nMore than 2,000 people have been returned from the United States since January, most on charters like Tuesday’s.',
      "2025-07-02",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["DO"]);
  });
  it("a plane that took off from Madrid and landed in Wenzhou is no US removal, whatever the words", () => {
    const x = run(
      "侨乡包机返乡 二百余名侨胞飞抵温州",
      "12月19日傍晚，一架从西班牙马德里起飞的包机降落在温州龙湾国际机场，二百余名旅西侨胞走出到达大厅。\n\n有侨胞坦言，刚看到包机回国的消息时，家里老人还以为是被遣返。",
      "2024-12-20",
    );
    expect(x.relevant).toBe(false);
  });
  it("'a flight that began at the ICE staging hub in Alexandria, Louisiana' names the departure", () => {
    const x = run(
      "Deportation flight lands in Jacmel",
      "JACMEL, Haiti — Fifty Haitian men deported by the United States stepped off a chartered jet in Jacmel on Thursday, after a flight that began at the ICE staging hub in Alexandria, Louisiana.",
      "2025-03-14",
    );
    expect(places(x.departure)).toEqual(["Alexandria, Louisiana"]);
    expect(places(x.arrival)).toEqual(["Jacmel"]);
  });
  it("'Mientras tanto, … trasladó a 110 hondureños a San Pedro Sula' is another matter", () => {
    const x = run(
      "Aterriza en Tapachula vuelo con mexicanos deportados desde Texas",
      "Funcionarios recibieron este martes a 120 connacionales deportados por el gobierno de Estados Unidos, que llegaron en un vuelo procedente de San Antonio, Texas, al aeropuerto de Tapachula.\n\nMientras tanto, el propio INM mantiene sus vuelos de retorno de extranjeros desde este aeropuerto: la semana pasada trasladó a 110 hondureños a San Pedro Sula.",
      "2025-02-25",
    );
    expect(codes(x)).toEqual(["MX"]);
  });
  it("'En total llegaron ochenta y seis dominicanos' is this flight's group, not a year's total", () => {
    const x = run(
      "Migración recibe nuevo grupo de repatriados",
      "La operación tenía como fin recibir el vuelo especial fletado por el Servicio de Inmigración y Control de Aduanas (ICE) de Estados Unidos, que había despegado desde Luisiana.\n\nEn total llegaron ochenta y seis dominicanos, setenta y nueve hombres y siete mujeres.",
      "2024-09-18",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["DO"]);
  });
});

describe("Tenth round (session 14): the whole group, and the city of the airport", () => {
  it("'aterrizó en el aeropuerto internacional Cotopaxi, en Latacunga' names the city too", () => {
    const x = run(
      "Llegan 90 ecuatorianos deportados desde Texas",
      "Un avión contratado por el ICE aterrizó la noche del miércoles en el aeropuerto internacional Cotopaxi, en Latacunga, con noventa ciudadanos ecuatorianos deportados.",
      "2025-03-14",
    );
    expect(places(x.arrival)).toEqual(
      expect.arrayContaining(["aeropuerto internacional Cotopaxi", "Latacunga"]),
    );
  });
  it("'bringing the total removed on the flight to sixty-four' is the count of a two-stop flight", () => {
    const x = run(
      "US flight drops off deportees in Conakry and Freetown",
      "A US charter landed in Conakry on Tuesday, where forty-one Guinean men stepped off.\n\nThe same aircraft then flew on to Freetown, where another 23 deportees disembarked, bringing the total removed on the flight to sixty-four, an official said.",
      "2025-11-06",
    );
    expect(x.people?.value).toBe(64);
    expect(x.people?.approx).toBeNull();
  });
  it("'En total fueron 212 colombianos' after two planes' numbers is the total", () => {
    const x = run(
      "Dos aviones con deportados aterrizaron en Cali y Pereira",
      "Migración confirmó que este miércoles llegaron al país dos aeronaves con connacionales deportados desde Estados Unidos.\n\nEl primer vuelo partió de El Paso con 109 pasajeros; el segundo, procedente de Houston, traía a 103. En total fueron 212 colombianos.",
      "2026-02-05",
    );
    expect(x.people?.value).toBe(212);
  });
  it("'On Tuesday, one such flight brought 121 Ecuadorians from Harlingen' is another flight", () => {
    const x = run(
      "Ecuador receives first US flight of Venezuelan deportees",
      "QUITO — A US deportation flight carrying some 60 Venezuelans landed in Guayaquil on Thursday, the foreign ministry said. The plane had left Houston that morning.\n\nEcuador has received regular US removal charters with its own nationals for years. On Tuesday, one such flight brought 121 Ecuadorians from Harlingen, Texas.",
      "2026-06-05",
    );
    expect(x.people?.value).toBe(60);
    expect(x.people?.hedged).toBe(true);
    expect(places(x.departure)).toEqual(["Houston"]);
  });
});

describe("Tenth round (session 14): a headline's stop in another country", () => {
  it("'lands in Tbilisi and Yerevan' over a body that names Yerevan and 'the Georgian capital'", () => {
    const x = run(
      "US deportation flight lands in Tbilisi and Yerevan",
      "A plane chartered by US immigration authorities landed on Monday in the Georgian capital with 41 Georgian citizens and flew on hours later to Yerevan, where 32 Armenians deported from the United States got off.",
      "2025-09-17",
    );
    expect(places(x.arrival)).toEqual(["Yerevan", "Tbilisi"]);
  });
  it("a headline's city in the same country as the body's airport is not added ('arrive in Belo Horizonte' over Confins)", () => {
    const x = run(
      "Deportees arrive in Belo Horizonte",
      "A US charter with 88 Brazilians deported from the United States landed at Confins International Airport on Monday.",
      "2025-04-09",
    );
    expect(places(x.arrival)).not.toContain("Belo Horizonte");
  });
});

describe("Tenth round (session 14): a background removal read first, and who was on board", () => {
  it("'Panamá, por su parte, también ha expulsado a colombianos' read before the plane that landed gives way to it", () => {
    const x = run(
      "Panamá recibe a otro grupo de extranjeros",
      "Un grupo de 70 extranjeros llegó el jueves a Ciudad de Panamá, informó el Ministerio de Seguridad.\n\nPanamá, por su parte, también ha expulsado a colombianos en vuelos financiados por Estados Unidos.\n\nEl avión del ICE con los 70 deportados había aterrizado en Tocumen el jueves por la tarde.",
      "2025-11-10",
    );
    expect(codes(x)).toEqual(["PA"]);
  });
  it("'la mayoría procede de Afganistán, Irán y Sri Lanka' names who was on board a plane 'fletado por el gobierno estadounidense'", () => {
    const x = run(
      "Llega a Tocumen un nuevo grupo de migrantes enviado por Estados Unidos",
      "Ciudad de Panamá. — Un avión fletado por el gobierno estadounidense aterrizó el pasado jueves en el Aeropuerto Internacional de Tocumen con migrantes de Asia y África.\n\nSegún fuentes de Migración, la mayoría procede de Afganistán, Irán y Sri Lanka. Ninguno tiene nacionalidad panameña.",
      "2025-11-10",
    );
    expect(x.relevant).toBe(true);
    expect(x.countries.find((c) => c.code === "PA")?.role).toBe("destination");
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["AF", "IR", "LK"]);
  });
});

describe("Tenth round (session 14): datelines with a country and a date, dates decades back, 'these seven'", () => {
  it("'TEGUCIGALPA, Honduras, March 8 —' dates the report; the flight is Wednesday's", () => {
    const x = run(
      "Deportees arrive as returns rise",
      "TEGUCIGALPA, Honduras, March 8 — A plane carrying 120 Hondurans deported from the United States landed at Toncontín on Wednesday, migration authorities said.",
      "2024-03-08",
    );
    expect(x.eventDate?.value).toBe("2024-03-06");
  });
  it("'1995年7月之前抵达美国的越南人' bounds who is meant; it is no date of the flight", () => {
    const x = run(
      "他被美方包机遣返回越南",
      "阮文安走出胡志明市机场时，手上只拎着一个塑料袋。\n\n他是美国移民及海关执法局包机遣返的八十名越南人之一。出入境管理局证实，班机于本月10日下午降落。\n\n按照两国的协议，1995年7月以前抵达美国的越南人原则上不会被遣返。",
      "2025-06-12",
    );
    expect(x.eventDate?.value).toBe("2025-06-10");
  });
  it("'这七人分别来自越南、老挝和柬埔寨，…此前未能及时接收他们' names the people on board", () => {
    const x = run(
      "七名东南亚籍被遣返者被送往卢旺达",
      "卢旺达政府发言人周二证实，上周五有七名被美国驱逐出境的外国人乘坐美方安排的飞机抵达首都基加利。\n\n这七人分别来自越南、老挝和柬埔寨，其原籍国此前未能及时接收他们。",
      "2025-08-20",
    );
    expect(
      x.countries
        .filter((c) => c.role === "nationality")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["KH", "LA", "VN"]);
  });
});

describe("Tenth round (session 14): 将 that marks the people sent, and a weekday beside its date", () => {
  it("'该部周三…派出一架班机，将在美国没有合法居留依据的中国籍人士遣返回中国' reports a flight that flew", () => {
    const x = run(
      "美国再派大型遣返班机 将中国籍人士送回",
      "美国国土安全部周四晚间发布声明指出，该部周三通过移民及海关执法局派出一架大型遣返班机，将在美国没有合法居留依据的中国籍人士遣返回中国。",
      "2025-01-24",
    );
    expect(x.kind).toBe("flight");
    expect(x.eventDate?.value).toBe("2025-01-22");
  });
  it("'将于4月29日乘坐包机' and '将乘包机遣返' stay a planned flight", () => {
    const x = run(
      "一批非法移民美国人员将乘包机遣返沈阳",
      "记者从公安部获悉，一百余名在美国非法滞留的中国籍人员将于4月29日乘坐美方安排的包机，被遣返至沈阳桃仙国际机场。",
      "2025-04-25",
    );
    expect(x.kind).toBe("planned_flight");
    expect(x.eventDate?.value).toBe("2025-04-29");
  });
  it("'1月17日（星期六）' is the 17th, not the Saturday of publication", () => {
    const x = run(
      "十一名非洲人被美国送往加蓬",
      "美国上周末将十一名来自非洲多国的被遣返者送往加蓬。律师说，遣返班机于1月17日（星期六）从路易斯安那州起飞，降落利伯维尔。",
      "2026-01-24",
    );
    expect(x.eventDate?.value).toBe("2026-01-17");
  });
});

describe("Tenth round (session 14): other countries' and the IOM's flights", () => {
  it("'德国再度包机遣返阿富汗籍罪犯' is Germany's removal", () => {
    const x = run(
      "德国再度包机遣返阿富汗籍罪犯",
      "德国内政部18日表示，一架包机当天将81名阿富汗籍罪犯遣返回喀布尔。\n\n美国近月也多次以包机遣返阿富汗人。",
      "2025-07-19",
    );
    expect(x.relevant).toBe(false);
  });
  it("'国际移民组织…安排一架人道主义包机' from Tripoli is no US removal", () => {
    const x = run(
      "一百五十名滞留利比亚的尼日利亚移民回国",
      "国际移民组织13日表示，该组织当天安排一架人道主义包机，将150名滞留利比亚的尼日利亚移民从的黎波里送回拉各斯。\n\n与此同时，美国也在加紧遣返尼日利亚人。",
      "2025-11-14",
    );
    expect(x.relevant).toBe(false);
    expect(x.why).toMatch(/International Organization for Migration/);
  });
  it("'The IOM chartered a flight that returned 140 Gambians from Niger' is no US removal", () => {
    const x = run(
      "Stranded Gambians flown home from Niamey",
      "The International Organization for Migration chartered a flight that returned 140 Gambian migrants stranded in Niger to Banjul on Friday, the agency said.",
      "2025-11-14",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Tenth round (session 14): airports as receiving countries' papers name them", () => {
  it("'arribó a la Base de la Fuerza Aérea Guatemalteca un vuelo' lands at the air force base", () => {
    const x = run(
      "Retornan 90 guatemaltecos deportados",
      "El Instituto Guatemalteco de Migración informó que el martes arribó a la Base de la Fuerza Aérea Guatemalteca un vuelo con 90 connacionales deportados desde Estados Unidos.",
      "2026-01-28",
    );
    expect(places(x.arrival)).toContain("Base de la Fuerza Aérea Guatemalteca");
  });
  it("'送返雅加达苏加诺-哈达国际机场' and '走出德崇国际机场' name the airport, dashes and all", () => {
    const a = run(
      "美国包机遣返印尼公民",
      "美国移民及海关执法局周二以包机将约六十名印尼公民从路易斯安那州送返雅加达苏加诺-哈达国际机场。",
      "2025-10-15",
    );
    expect(places(a.arrival)).toEqual(["雅加达苏加诺-哈达国际机场"]);
    const b = run(
      "美国遣返包机抵达金边",
      "四十七岁的索旺背着一个透明胶袋走出德崇国际机场。他是周二被美国移民及海关执法局包机遣返的三十名柬埔寨人之一。",
      "2025-10-15",
    );
    expect(places(b.arrival)).toContain("德崇国际机场");
  });
});

describe("Tenth round (session 14): a US airport named about the plane is where it left", () => {
  it("'driven to Alexandria International Airport in Louisiana and placed on a chartered plane'", () => {
    const x = run(
      "Sixty Guineans deported on charter flight",
      "The men were taken from detention before dawn on Tuesday, driven to Alexandria International Airport in Louisiana and placed on a chartered plane. The flight landed in Conakry on Wednesday with sixty Guinean nationals deported by ICE.",
      "2026-03-27",
    );
    expect(places(x.departure)).toEqual(["Alexandria International Airport"]);
  });
  it("'refuelled at … International Airport' on the way is no departure", () => {
    const x = run(
      "Deportation flight lands in Dhaka",
      "A US charter with 90 Bangladeshis deported from the United States landed in Dhaka on Friday after it refuelled at Newark Liberty International Airport.",
      "2026-03-27",
    );
    expect(places(x.departure)).toEqual([]);
  });
});

describe("Tenth round (session 14): hedged counts as they are written", () => {
  it("'Viajaban alrededor de 60 personas' in the sentence after the landing is the count, approximate", () => {
    const x = run(
      "Llega vuelo con deportados a Costa Rica",
      "Un avión con migrantes deportados desde Estados Unidos aterrizó el martes en San José. Viajaban alrededor de 60 personas procedentes de India y China.",
    );
    expect(x.people?.value).toBe(60);
    expect(x.people?.hedged).toBe(true);
  });
  it("'机上约有百名被遣返的中国籍人员' is about a hundred", () => {
    const x = run(
      "美国包机遣返中国籍人员",
      "一架美国移民与海关执法局租用的遣返包机周二在温州龙湾国际机场落地，机上约有百名被遣返的中国籍人员。",
    );
    expect(x.people?.value).toBe(100);
    expect(x.people?.hedged).toBe(true);
  });
  it("'más de una decena de hombres' is more than ten", () => {
    const x = run(
      "Llega vuelo a Guatemala",
      "Un vuelo con deportados desde Estados Unidos aterrizó el martes en Guatemala; a bordo viajaban más de una decena de hombres de nacionalidad guatemalteca.",
    );
    expect(x.people?.approx).toEqual([9, 11]);
    expect(x.people?.hedged).toBe(true);
  });
});

describe("Tenth round (session 14): voluntary returns from elsewhere and the courts' backlog", () => {
  it("'un vuelo con 250 venezolanos que pidieron volver', a 'programa de retorno asistido' of Mexico, is no alert", () => {
    const x = run(
      "Despega vuelo con 250 venezolanos que pidieron volver a su país",
      "El Instituto Nacional de Migración informó que este jueves despegó del Aeropuerto Internacional Felipe Ángeles un vuelo con 250 ciudadanos venezolanos que solicitaron de manera voluntaria regresar a su país, dentro del programa de retorno asistido.\n\nEstados Unidos, por su parte, ha enviado este año decenas de vuelos de deportación a Venezuela.",
      "2025-07-04",
    );
    expect(x.relevant).toBe(false);
  });
  it("a voluntary return flight from the United States is still one from the US", () => {
    const x = run(
      "Llega vuelo de retorno voluntario desde Estados Unidos con 60 hondureños",
      "Un vuelo con 60 hondureños que se acogieron al retorno voluntario aterrizó el martes en San Pedro Sula procedente de Houston, informó el ICE.",
      "2025-07-04",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["HN"]);
  });
  it("'El atasco en las cortes de inmigración' is not an alert, whatever a lawyer says of deportation flights", () => {
    const x = run(
      "El atasco en las cortes de inmigración supera los 3,5 millones de casos",
      'El número de casos pendientes en las cortes de inmigración de Estados Unidos superó los 3,5 millones.\n\nLos venezolanos, hondureños y guatemaltecos forman los grupos más numerosos entre los casos pendientes.\n\n"Hay familias que llevan años en un limbo, sin saber si podrán quedarse o si terminarán en un vuelo de deportación", explicó una abogada que atiende a decenas de clientes.',
      "2024-11-12",
    );
    expect(x.relevant).toBe(false);
  });
});

describe("Tenth round (session 14): 'connacionales' and the one country named", () => {
  it("a communiqué on 'connacionales' arriving from San Diego, naming only Uruguay, is Uruguay's", () => {
    const x = run(
      "Comunicado: arribo de connacionales deportados desde Estados Unidos",
      "El Ministerio de Relaciones Exteriores informa:\n\n1. El 14 de febrero arribó al Aeropuerto Internacional de Carrasco un vuelo dispuesto por las autoridades de los Estados Unidos de América, procedente de San Diego, California, con 40 connacionales.\n\n2. Tres de ellas mantenían órdenes de detención vigentes en Uruguay.",
      "2026-02-15",
    );
    expect(x.relevant).toBe(true);
    expect(codes(x)).toEqual(["UY"]);
  });
});

describe("Tenth round (session 14): rescues, denied reports, and a story's 'hoy'", () => {
  it("'repatria a 120 connacionales varados en Aruba tras el huracán' is a rescue", () => {
    const x = run(
      "Fuerza Aérea repatria a 120 connacionales varados en Aruba tras el huracán",
      "Un avión de la Fuerza Aérea con 120 connacionales que quedaron varados en Aruba tras el huracán aterrizó este jueves en Bogotá. En el mismo vuelo viajaron cinco ciudadanos de Estados Unidos.",
      "2025-10-31",
    );
    expect(x.relevant).toBe(false);
  });
  it("'desmiente la llegada de un vuelo con deportados' reports no flight", () => {
    const x = run(
      "Gobierno paraguayo desmiente la llegada de un vuelo con deportados de otras nacionalidades",
      "El Ministerio del Interior desmintió este martes que un avión con deportados procedente de Estados Unidos aterrizaría esta semana en Asunción.",
      "2026-02-18",
    );
    expect(x.relevant).toBe(false);
  });
  it("'Seis años después de su deportación' with 'Hoy, a sus 46 años, …' is a story told long after", () => {
    const x = run(
      "Seis años después de su deportación, Julio abrió un taller en Oaxaca",
      "Julio vivió 15 años en Denver, hasta que una mañana de 2020 agentes de ICE lo detuvieron. Semanas después bajó de un avión en Guadalajara.\n\nHoy, a sus 44 años, es dueño de un taller que emplea a cuatro personas, dos de ellas también retornadas de Estados Unidos.",
      "2026-03-09",
    );
    expect(x.relevant).toBe(false);
  });
});
