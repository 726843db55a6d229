// npm run bench:data -- --clients 100000 --out bench/.data/100k.db [--seed 7]
//
// A deterministic, realistic database for the benchmarks: the first firm ("Demo Immigration Law", slug
// demo, with the demo accounts of `npm run db:seed`) holds the clients; two small firms stand beside it
// so firm scoping is exercised. Per 100,000 clients: 60 nationalities with names in their own scripts,
// about 400,000 removal events, 1,000,000 check-ins over five years, 200,000 travel documents and
// 20,000 articles (2,000 of them alerts, matched to clients the way the app matches them).
// Derived values (status, deadlines, risk, flight tier) are computed with the app's own domain code.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { addDays, type IsoDate } from "../app/domain/dates";
import { computeDeadlines, deadlineUrgency } from "../app/domain/deadlines";
import { flightProfile, FLIGHT_RANK } from "../app/domain/flight-risk";
import type { EventDetails, EventType, RemovalEvent } from "../app/domain/removal-events";
import { deriveRemovalStatus } from "../app/domain/removal-status";
import { computeRisk, RISK_RANK } from "../app/domain/risk";
import { searchTerms } from "../app/domain/search-terms";
import { fillNameTokens } from "../app/models/name-tokens.server";
import { overallTravelDocState, type TravelDocument } from "../app/domain/travel-documents";
import { zonedToUtc } from "../app/domain/zoned-time";
import { hashPassword } from "../app/utils/password.server";
import { article } from "./lib/articles";
import { rng } from "./lib/random";

function args() {
  const a = process.argv.slice(2);
  const get = (k: string) => {
    const i = a.indexOf(`--${k}`);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const clients = Number(get("clients") ?? "1000");
  const out = get("out");
  if (!out || !Number.isInteger(clients) || clients < 100) {
    console.error(
      "usage: npm run bench:data -- --clients <n ≥ 100> --out <file.db> [--seed <n>] [--today YYYY-MM-DD]",
    );
    process.exit(2);
  }
  return {
    clients,
    out: path.resolve(process.env.INIT_CWD ?? process.cwd(), out),
    seed: Number(get("seed") ?? "7"),
    today: get("today") ?? new Date().toISOString().slice(0, 10),
  };
}

// Nationalities: weight, language, and (family, given) pools; native-script names where the script is not Latin.
type Pool = { w: number; lang: string; fam: string[]; giv: string[]; native?: [string, string][] };
const ES_FAM = [
  "García",
  "Hernández",
  "López",
  "Martínez",
  "Ramírez",
  "Cruz",
  "Morales",
  "Gómez",
  "Pérez",
  "Flores",
  "Reyes",
  "Castillo",
];
const ES_GIV = [
  "María José",
  "Carlos",
  "Ana Lucía",
  "José",
  "Rosa",
  "Miguel Ángel",
  "Luis",
  "Carmen",
  "Juan Pablo",
  "Sofía",
];
const FR_FAM = [
  "Diallo",
  "Traoré",
  "Camara",
  "Baptiste",
  "Pierre",
  "Jean-Louis",
  "Ndiaye",
  "Sow",
  "Koné",
  "Mbemba",
];
const FR_GIV = ["Mamadou", "Fatoumata", "Jean", "Marie", "Ibrahima", "Aïssatou", "Jacques", "Nadège"];
const EN_FAM = [
  "Okafor",
  "Mensah",
  "Campbell",
  "Brown",
  "Kamara",
  "Boateng",
  "Otieno",
  "Williams",
  "Adeyemi",
];
const EN_GIV = ["Chinedu", "Ama", "Marcus", "Grace", "Kwame", "Esther", "Daniel", "Blessing"];
const AR: [string, string][] = [
  ["Haddad Yusuf", "يوسف حداد"],
  ["Khalil Omar", "عمر خليل"],
  ["Mansour Layla", "ليلى منصور"],
  ["Saleh Ahmad", "أحمد صالح"],
  ["Nasser Huda", "هدى ناصر"],
  ["Aziz Karim", "كريم عزيز"],
];
const CY: [string, string][] = [
  ["Ivanov Dmitri", "Дмитрий Иванов"],
  ["Kovalenko Olena", "Олена Коваленко"],
  ["Petrov Sergei", "Сергей Петров"],
  ["Sokolova Anna", "Анна Соколова"],
  ["Rakhimov Timur", "Тимур Рахимов"],
  ["Nazarova Dilnoza", "Дилноза Назарова"],
];
const CN: [string, string][] = [
  ["Chen Wei", "陈伟"],
  ["Lin Mei", "林美"],
  ["Zhang Xiaoming", "张小明"],
  ["Wang Fang", "王芳"],
  ["Liu Yang", "刘洋"],
  ["Zhao Lei", "赵磊"],
  ["Huang Jing", "黄静"],
  ["Wu Hao", "吴昊"],
  ["Zheng Li", "郑丽"],
  ["Sun Qiang", "孙强"],
];
const HI: [string, string][] = [
  ["Kumar Sunita", "सुनीता कुमार"],
  ["Singh Harpreet", "हरप्रीत सिंह"],
  ["Patel Raj", "राज पटेल"],
  ["Sharma Priya", "प्रिया शर्मा"],
  ["Thapa Bikash", "बिकास थापा"],
];
const POOLS: Record<string, Pool> = {
  MX: { w: 18, lang: "es", fam: ES_FAM, giv: ES_GIV },
  GT: { w: 12, lang: "es", fam: ES_FAM, giv: ES_GIV },
  HN: { w: 10, lang: "es", fam: ES_FAM, giv: ES_GIV },
  SV: { w: 7, lang: "es", fam: ES_FAM, giv: ES_GIV },
  NI: { w: 2, lang: "es", fam: ES_FAM, giv: ES_GIV },
  CO: { w: 3, lang: "es", fam: ES_FAM, giv: ES_GIV },
  EC: { w: 3, lang: "es", fam: ES_FAM, giv: ES_GIV },
  VE: { w: 4, lang: "es", fam: ES_FAM, giv: ES_GIV },
  PE: { w: 1, lang: "es", fam: ES_FAM, giv: ES_GIV },
  DO: { w: 2, lang: "es", fam: ES_FAM, giv: ES_GIV },
  CU: { w: 2, lang: "es", fam: ES_FAM, giv: ES_GIV },
  BO: { w: 0.5, lang: "es", fam: ES_FAM, giv: ES_GIV },
  CR: { w: 0.3, lang: "es", fam: ES_FAM, giv: ES_GIV },
  PA: { w: 0.3, lang: "es", fam: ES_FAM, giv: ES_GIV },
  AR: { w: 0.3, lang: "es", fam: ES_FAM, giv: ES_GIV },
  CL: { w: 0.3, lang: "es", fam: ES_FAM, giv: ES_GIV },
  BR: {
    w: 2,
    lang: "pt",
    fam: ["Silva", "Santos", "Oliveira", "Souza", "Costa"],
    giv: ["João", "Ana", "Pedro", "Luíza", "Thiago"],
  },
  HT: { w: 3, lang: "ht", fam: FR_FAM, giv: FR_GIV },
  SN: { w: 0.8, lang: "fr", fam: FR_FAM, giv: FR_GIV },
  GN: { w: 0.8, lang: "fr", fam: FR_FAM, giv: FR_GIV },
  ML: { w: 0.5, lang: "fr", fam: FR_FAM, giv: FR_GIV },
  CM: { w: 0.5, lang: "fr", fam: FR_FAM, giv: FR_GIV },
  CI: { w: 0.3, lang: "fr", fam: FR_FAM, giv: FR_GIV },
  MR: { w: 0.8, lang: "ar", fam: FR_FAM, giv: FR_GIV },
  CD: { w: 0.5, lang: "fr", fam: FR_FAM, giv: FR_GIV },
  JM: { w: 1, lang: "en", fam: EN_FAM, giv: EN_GIV },
  NG: { w: 1, lang: "en", fam: EN_FAM, giv: EN_GIV },
  GH: { w: 0.8, lang: "en", fam: EN_FAM, giv: EN_GIV },
  KE: { w: 0.3, lang: "en", fam: EN_FAM, giv: EN_GIV },
  LR: { w: 0.3, lang: "en", fam: EN_FAM, giv: EN_GIV },
  SL: { w: 0.3, lang: "en", fam: EN_FAM, giv: EN_GIV },
  GY: { w: 0.3, lang: "en", fam: EN_FAM, giv: EN_GIV },
  TT: { w: 0.3, lang: "en", fam: EN_FAM, giv: EN_GIV },
  CN: { w: 8, lang: "zh-Hans", fam: [], giv: [], native: CN },
  IN: { w: 4, lang: "hi", fam: [], giv: [], native: HI },
  NP: { w: 0.8, lang: "ne", fam: [], giv: [], native: HI },
  VN: {
    w: 1,
    lang: "vi",
    fam: ["Nguyễn", "Trần", "Lê", "Phạm"],
    giv: ["Thị Lan", "Văn Minh", "Thu Hà", "Quốc Bảo"],
  },
  KR: {
    w: 0.3,
    lang: "ko",
    fam: [],
    giv: [],
    native: [
      ["Kim Min-jun", "김민준"],
      ["Lee Seo-yeon", "이서연"],
      ["Park Ji-ho", "박지호"],
    ],
  },
  BD: {
    w: 0.8,
    lang: "bn",
    fam: [],
    giv: [],
    native: [
      ["Rahman Abdul", "আব্দুল রহমান"],
      ["Akter Nasrin", "নাসরিন আক্তার"],
      ["Hossain Rafiq", "রফিক হোসেন"],
    ],
  },
  PK: {
    w: 0.8,
    lang: "ur",
    fam: [],
    giv: [],
    native: [
      ["Khan Imran", "عمران خان"],
      ["Bibi Ayesha", "عائشہ بی بی"],
      ["Ahmed Bilal", "بلال احمد"],
    ],
  },
  AF: {
    w: 0.5,
    lang: "fa",
    fam: [],
    giv: [],
    native: [
      ["Ahmadi Farid", "فرید احمدی"],
      ["Rahimi Zahra", "زهرا رحیمی"],
    ],
  },
  SY: { w: 0.3, lang: "ar", fam: [], giv: [], native: AR },
  IQ: { w: 0.3, lang: "ar", fam: [], giv: [], native: AR },
  EG: { w: 0.5, lang: "ar", fam: [], giv: [], native: AR },
  MA: { w: 0.3, lang: "ar", fam: [], giv: [], native: AR },
  YE: { w: 0.3, lang: "ar", fam: [], giv: [], native: AR },
  JO: { w: 0.2, lang: "ar", fam: [], giv: [], native: AR },
  RU: { w: 1.5, lang: "ru", fam: [], giv: [], native: CY },
  UA: { w: 1, lang: "uk", fam: [], giv: [], native: CY },
  UZ: { w: 0.8, lang: "uz", fam: [], giv: [], native: CY },
  TJ: { w: 0.5, lang: "tg", fam: [], giv: [], native: CY },
  KG: { w: 0.3, lang: "ky", fam: [], giv: [], native: CY },
  KZ: { w: 0.3, lang: "kk", fam: [], giv: [], native: CY },
  GE: {
    w: 0.3,
    lang: "ka",
    fam: [],
    giv: [],
    native: [
      ["Beridze Giorgi", "გიორგი ბერიძე"],
      ["Kapanadze Nino", "ნინო კაპანაძე"],
    ],
  },
  AM: {
    w: 0.2,
    lang: "hy",
    fam: [],
    giv: [],
    native: [
      ["Petrosyan Armen", "Արմեն Պետրոսյան"],
      ["Hakobyan Ani", "Անի Հակոբյան"],
    ],
  },
  ER: {
    w: 0.5,
    lang: "ti",
    fam: [],
    giv: [],
    native: [
      ["Tesfaye Yonas", "ዮናስ ተስፋዬ"],
      ["Haile Selam", "ሰላም ኃይሌ"],
    ],
  },
  ET: {
    w: 0.5,
    lang: "am",
    fam: [],
    giv: [],
    native: [
      ["Bekele Abebe", "አበበ በቀለ"],
      ["Alemu Hana", "ሃና አለሙ"],
    ],
  },
  TR: {
    w: 0.5,
    lang: "tr",
    fam: ["Yılmaz", "Kaya", "Demir", "Şahin"],
    giv: ["Mehmet", "Ayşe", "Emre", "Zeynep"],
  },
  RO: { w: 0.5, lang: "ro", fam: ["Popescu", "Ionescu", "Stan"], giv: ["Andrei", "Elena", "Mihai"] },
  AL: { w: 0.3, lang: "sq", fam: ["Hoxha", "Shehu", "Krasniqi"], giv: ["Arben", "Elira", "Besnik"] },
  KH: {
    w: 0.3,
    lang: "km",
    fam: [],
    giv: [],
    native: [
      ["Sok Dara", "សុខ ដារ៉ា"],
      ["Chan Sophea", "ចាន់ សុភា"],
    ],
  },
  MM: {
    w: 0.3,
    lang: "my",
    fam: [],
    giv: [],
    native: [
      ["Aung Kyaw", "ကျော်အောင်"],
      ["Thandar Hnin", "နှင်းသန္တာ"],
    ],
  },
  PH: { w: 0.5, lang: "tl", fam: ["Santos", "Reyes", "dela Cruz"], giv: ["Maria", "Jose", "Angelica"] },
  SO: { w: 0.5, lang: "so", fam: ["Mohamed", "Ali", "Hassan"], giv: ["Abdi", "Hodan", "Faadumo"] },
};
const NATIONALITIES = Object.entries(POOLS).map(([c, p]) => [c, p.w] as const);

type Scenario =
  | "proceedings"
  | "ij_order"
  | "appeal"
  | "final"
  | "final_stayed"
  | "final_passport"
  | "final_td_issued"
  | "in_absentia"
  | "withholding"
  | "asylum"
  | "vd"
  | "mtr"
  | "none";
const SCENARIOS: [Scenario, number][] = [
  ["proceedings", 28],
  ["ij_order", 4],
  ["appeal", 8],
  ["final", 16],
  ["final_stayed", 8],
  ["final_passport", 6],
  ["final_td_issued", 3],
  ["in_absentia", 10],
  ["withholding", 4],
  ["asylum", 6],
  ["vd", 2],
  ["mtr", 3],
  ["none", 2],
];
const SUPERVISED: Scenario[] = [
  "final",
  "final_stayed",
  "final_passport",
  "final_td_issued",
  "in_absentia",
  "withholding",
  "mtr",
];

function history(
  s: Scenario,
  today: IsoDate,
  f: number,
  r: ReturnType<typeof rng>,
): { type: EventType; date: IsoDate; details?: EventDetails }[] {
  const ago = (d: number) => addDays(today, -Math.round(d * f));
  const nta = { type: "nta_filed" as const, date: ago(1200) };
  const master = { type: "master_hearing" as const, date: ago(1000) };
  const ij = (d: number, details: EventDetails = {}) => ({
    type: "ij_decision" as const,
    date: ago(d),
    details: { outcome: "removal_ordered", decisionForm: "oral" as const, ...details },
  });
  switch (s) {
    case "none":
      return [];
    case "proceedings":
      return [nta, master];
    case "ij_order":
      return [
        nta,
        master,
        {
          type: "ij_decision",
          date: addDays(today, -r.int(1, 25)),
          details: { outcome: "removal_ordered", decisionForm: "oral" },
        },
      ];
    case "appeal":
      return [nta, master, ij(300), { type: "bia_appeal_filed", date: ago(280) }];
    case "final":
    case "final_passport":
    case "final_td_issued":
      return [
        nta,
        master,
        ij(700),
        { type: "bia_appeal_filed", date: ago(680) },
        { type: "bia_decision", date: ago(200), details: { outcome: "dismissed" } },
      ];
    case "final_stayed":
      return [
        nta,
        master,
        ij(800, { appealWaived: true }),
        { type: "stay_requested", date: ago(160), details: { stayKind: "ice_i246" } },
        {
          type: "stay_granted",
          date: ago(120),
          details: { stayKind: "ice_i246", endDate: addDays(today, r.int(-30, 400)) },
        },
      ];
    case "in_absentia":
      return [nta, { type: "in_absentia_order", date: ago(500) }];
    case "withholding":
      return [
        nta,
        master,
        {
          type: "ij_decision",
          date: ago(600),
          details: { outcome: "withholding_granted", appealWaived: true },
        },
      ];
    case "asylum":
      return [
        nta,
        master,
        { type: "ij_decision", date: ago(300), details: { outcome: "relief_granted", reliefKind: "asylum" } },
      ];
    case "vd":
      return [
        nta,
        master,
        {
          type: "ij_decision",
          date: addDays(today, -r.int(1, 40)),
          details: {
            outcome: "vd_granted",
            endDate: addDays(today, r.int(10, 60)),
            vdStage: "conclusion",
            decisionForm: "oral",
          },
        },
      ];
    case "mtr":
      return [
        nta,
        { type: "in_absentia_order", date: ago(600) },
        { type: "mtr_filed", date: ago(40), details: { motionBasis: "rescind_no_notice" } },
      ];
  }
}

async function main() {
  const { clients: N, out, seed, today } = args();
  const t0 = performance.now();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  for (const f of [out, `${out}-wal`, `${out}-shm`]) fs.rmSync(f, { force: true });
  process.env.DATABASE_PATH = out;
  const { runMigrations } = await import("../db/client");
  runMigrations(out);
  const db = new Database(out);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("foreign_keys = OFF");
  db.pragma("cache_size = -200000");
  const r = rng(seed);
  const passwordHash = await hashPassword("casewatch-demo");
  const now = new Date(`${today}T15:00:00Z`).toISOString();
  const offices = db.prepare("select id, name, time_zone as tz from offices where firm_id is null").all() as {
    id: string;
    name: string;
    tz: string;
  }[];

  const ins = {
    firm: db.prepare("insert into firms (id, name, slug) values (?, ?, ?)"),
    user: db.prepare(
      "insert into users (id, firm_id, email, display_name, role, password_hash, client_id, password_changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    client:
      db.prepare(`insert into clients (id, firm_id, family_name, given_names, native_name, a_number, date_of_birth, sex, nationalities, country_of_birth, preferred_language, phone,
      detention_status, detention_facility, detention_since, lawyer_id, paralegal_id, removal_phase, removal_label, final_order_since, travel_doc_state, travel_doc_label, risk_tier, risk_rank, risk_reasons,
      next_deadline, alert_tier, alert_rank, alert_note, next_check_in, next_check_in_office, derived_on, last_change_at, created_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    nat: db.prepare(
      "insert into client_nationalities (client_id, firm_id, country, alert_rank, sort_name, lawyer_id) values (?, ?, ?, ?, ?, ?)",
    ),
    search: db.prepare("insert into client_search (client_id, firm_id, terms) values (?, ?, ?)"),
    searchMap: db.prepare("insert into client_search_map (client_id, fts_rowid) values (?, ?)"),
    event: db.prepare(
      "insert into removal_events (id, firm_id, client_id, seq, type, effective_date, details, source, created_at) values (?, ?, ?, ?, ?, ?, ?, 'court_notice', ?)",
    ),
    doc: db.prepare(
      "insert into travel_documents (id, firm_id, client_id, kind, issuing_country, number, issue_date, expiry_date, holder, state, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    deadline: db.prepare(
      "insert into client_deadlines (firm_id, client_id, key, kind, label, due, state) values (?, ?, ?, ?, ?, ?, ?)",
    ),
    checkIn:
      db.prepare(`insert into check_ins (id, firm_id, client_id, kind, reporting_order, office_id, starts_at, time_zone, local_date, local_time, status, outcome_at, rescheduled_by, safe_confirmed_at, created_at)
      values (?, ?, ?, 'ero_office', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  };

  const utcCache = new Map<string, string>();
  const utc = (date: IsoDate, time: string, tz: string) => {
    const k = `${date}|${time}|${tz}`;
    let v = utcCache.get(k);
    if (!v) utcCache.set(k, (v = zonedToUtc(date, time, tz).toISOString()));
    return v;
  };

  const counts = {
    clients: 0,
    events: 0,
    docs: 0,
    checkIns: 0,
    deadlines: 0,
    articles: 0,
    alerts: 0,
    matches: 0,
  };
  const firmsToMake = [
    { id: "firm-demo", name: "Demo Immigration Law", slug: "demo", clients: N, demo: true },
    {
      id: "firm-second",
      name: "Second Street Legal Aid",
      slug: "second-street",
      clients: Math.max(50, Math.round(N / 100)),
      demo: false,
    },
    {
      id: "firm-third",
      name: "Third Avenue Defenders",
      slug: "third-avenue",
      clients: Math.max(50, Math.round(N / 100)),
      demo: false,
    },
  ];
  let aSeq = 0;
  for (const firm of firmsToMake) {
    ins.firm.run(firm.id, firm.name, firm.slug);
    const lawyers: string[] = [];
    const paralegals: string[] = [];
    const mkUser = (email: string, name: string, role: string, clientId: string | null = null) => {
      const id = r.id();
      ins.user.run(id, firm.id, email, name, role, passwordHash, clientId, now);
      return id;
    };
    if (firm.demo) {
      mkUser("admin@demo.test", "Alex Admin", "admin");
      lawyers.push(mkUser("lawyer@demo.test", "Laura Lawyer", "lawyer"));
      paralegals.push(mkUser("paralegal@demo.test", "Pedro Paralegal", "paralegal"));
    } else mkUser(`admin@${firm.slug}.test`, `${firm.name} admin`, "admin");
    for (let i = lawyers.length; i < Math.max(2, Math.round(firm.clients / 2500)); i++)
      lawyers.push(mkUser(`lawyer${i}@${firm.slug}.test`, `Lawyer ${i}`, "lawyer"));
    for (let i = paralegals.length; i < Math.max(2, Math.round(firm.clients / 1200)); i++)
      paralegals.push(mkUser(`paralegal${i}@${firm.slug}.test`, `Paralegal ${i}`, "paralegal"));

    const BATCH = 2000;
    let clientUserFor: string | null = null;
    for (let start = 0; start < firm.clients; start += BATCH) {
      db.transaction(() => {
        for (let i = start; i < Math.min(firm.clients, start + BATCH); i++) {
          const id = r.id();
          const nat = r.weighted(NATIONALITIES);
          const pool = POOLS[nat]!;
          let family: string;
          let given: string;
          let native: string | null = null;
          if (pool.native) {
            const [latin, nat2] = r.pick(pool.native);
            [family, given] = [latin.split(" ")[0]!, latin.split(" ").slice(1).join(" ")];
            native = nat2;
          } else [family, given] = [r.pick(pool.fam), r.pick(pool.giv)];
          const scenario = r.weighted(SCENARIOS);
          const f = 0.6 + r.next() * 0.8;
          const aNumber = `A${String(200000000 + aSeq++).padStart(9, "0")}`;
          const evs = history(scenario, today, f, r);
          const events: RemovalEvent[] = evs.map((e, k) => ({
            id: r.id(),
            type: e.type,
            effectiveDate: e.date,
            details: e.details ?? {},
            seq: k + 1,
          }));
          for (const e of events)
            ins.event.run(e.id, firm.id, id, e.seq, e.type, e.effectiveDate, JSON.stringify(e.details), now);
          counts.events += events.length;
          // Travel documents: two on average.
          const docs: TravelDocument[] = [];
          const passportState =
            scenario === "final_passport"
              ? "valid"
              : r.weighted([
                  ["valid", 3],
                  ["expired", 3],
                  ["none", 2],
                  ["unknown", 2],
                ] as const);
          docs.push({
            id: r.id(),
            kind: "passport",
            issuingCountry: nat,
            state: passportState,
            holder: r.pick(["client", "firm", "ice"] as const),
            issueDate: addDays(today, -r.int(800, 3000)),
            expiryDate:
              passportState === "valid"
                ? addDays(today, r.int(30, 2500))
                : passportState === "expired"
                  ? addDays(today, -r.int(10, 900))
                  : null,
          } as TravelDocument);
          if (SUPERVISED.includes(scenario) || r.chance(0.7)) {
            const st =
              scenario === "final_td_issued"
                ? "issued"
                : r.weighted([
                    ["i229a_served", 2],
                    ["client_applied", 2],
                    ["ice_requested", 2],
                    ["verification_pending", 2],
                    ["consular_interview", 1],
                    ["refused", 1],
                  ] as const);
            docs.push({
              id: r.id(),
              kind: "consular_travel_document",
              issuingCountry: nat,
              state: st,
              holder: st === "issued" ? "ice" : "consulate",
              issueDate: st === "issued" ? addDays(today, -r.int(5, 60)) : null,
              expiryDate: st === "issued" ? addDays(today, r.int(20, 120)) : null,
            } as TravelDocument);
          }
          for (const d of docs)
            ins.doc.run(
              d.id,
              firm.id,
              id,
              d.kind,
              d.issuingCountry,
              d.kind === "passport" && d.state !== "none" ? `E${r.int(10000000, 99999999)}` : null,
              d.issueDate,
              d.expiryDate,
              d.holder,
              d.state,
              now,
            );
          counts.docs += docs.length;
          // Check-ins every ~90 days for five years for those under supervision (about 20 each), the next one scheduled.
          let missed = 0;
          let nextCheckIn: { date: IsoDate; office: string } | null = null;
          const office = r.pick(offices);
          if (SUPERVISED.includes(scenario)) {
            let d = addDays(today, -1825 + r.int(0, 60));
            const time = `${String(r.int(8, 14)).padStart(2, "0")}:${r.pick(["00", "30"])}`;
            while (d <= addDays(today, 100)) {
              const past = d < today;
              const status = past
                ? r.weighted([
                    ["attended", 92],
                    ["rescheduled", 4],
                    ["missed", 3],
                    ["cancelled", 1],
                  ] as const)
                : "scheduled";
              if (status === "missed" && d >= addDays(today, -365)) missed++;
              const startsAt = utc(d, time, office.tz);
              ins.checkIn.run(
                r.id(),
                firm.id,
                id,
                scenario === "withholding" ? "i220b" : "i220b",
                office.id,
                startsAt,
                office.tz,
                d,
                time,
                status,
                past ? startsAt : null,
                status === "rescheduled" ? "ice" : null,
                status === "attended" ? startsAt : null,
                now,
              );
              counts.checkIns++;
              if (!past && !nextCheckIn) nextCheckIn = { date: d, office: office.id };
              d = addDays(d, r.int(80, 100));
            }
          }
          const detained = SUPERVISED.includes(scenario) && r.chance(0.03);
          const status = deriveRemovalStatus(events, today);
          const travelDoc = overallTravelDocState(docs, today);
          const checkIns = { missedLastYear: missed, nextCheckIn: nextCheckIn?.date ?? null };
          const detention = detained
            ? ({
                status: "detained",
                facility: "Elizabeth Detention Center",
                since: addDays(today, -r.int(1, 90)),
              } as const)
            : ({ status: "not_detained" } as const);
          const risk = computeRisk({ status, travelDoc, detention, checkIns, asOf: today });
          const flight = flightProfile({ status, travelDoc, detention, checkIns, risk, asOf: today });
          const deadlines = computeDeadlines(events, status, []);
          let nextDeadline: string | null = null;
          for (const dl of deadlines) {
            const u = deadlineUrgency(dl, today);
            const state = u === "superseded" || u === "met" || u === "lapsed" ? u : "open";
            ins.deadline.run(firm.id, id, dl.key, dl.kind, dl.label, dl.due, state);
            counts.deadlines++;
            if (state === "open" && (!nextDeadline || dl.due < nextDeadline)) nextDeadline = dl.due;
          }
          const lawyerId = r.pick(lawyers);
          const phone = `+1${r.int(200, 989)}555${String(r.int(0, 9999)).padStart(4, "0")}`;
          const officeName = nextCheckIn ? office.name : null;
          ins.client.run(
            id,
            firm.id,
            family,
            given,
            native,
            aNumber,
            addDays("1960-01-01", r.int(0, 16000)),
            r.pick(["female", "male"]),
            JSON.stringify([nat]),
            nat,
            pool.lang,
            phone,
            detention.status,
            detained ? detention.facility : null,
            detained ? detention.since : null,
            lawyerId,
            r.pick(paralegals),
            status.phase,
            status.label,
            status.finalOrder?.since ?? null,
            travelDoc.state,
            travelDoc.label,
            risk.tier,
            RISK_RANK[risk.tier],
            JSON.stringify(risk.reasons),
            nextDeadline,
            flight.tier,
            FLIGHT_RANK[flight.tier],
            flight.note,
            nextCheckIn?.date ?? null,
            officeName,
            today,
            now,
            now,
          );
          ins.nat.run(id, firm.id, nat, FLIGHT_RANK[flight.tier], `${family} ${given}`, lawyerId);
          ins.searchMap.run(
            id,
            ins.search.run(
              id,
              firm.id,
              searchTerms({
                familyName: family,
                givenNames: given,
                nativeName: native,
                otherNames: null,
                aNumber,
                phone,
              }),
            ).lastInsertRowid,
          );
          counts.clients++;
          if (firm.demo && !clientUserFor && nat === "CN" && scenario === "final_passport")
            clientUserFor = id;
        }
      })();
    }
    if (firm.demo) {
      clientUserFor ??= db
        .prepare("select id from clients where firm_id = ? limit 1")
        .pluck()
        .get(firm.id) as string;
      db.prepare("update clients set email = 'client@demo.test' where id = ?").run(clientUserFor);
      mkUser("client@demo.test", "Demo Client", "client", clientUserFor);
    }
  }
  // The search words in name order, from client_search as it now stands (as migration 0010 does).
  fillNameTokens(db);
  const tClients = performance.now();
  console.error(`clients, events, documents, check-ins: ${((tClients - t0) / 1000).toFixed(1)} s`);

  // Articles: 20 per 100 clients, a tenth of them alerts, through the app's own ingestion (extraction and matching).
  db.close();
  const { ingestArticle } = await import("../app/models/alerts.server");
  const { getSqlite } = await import("../db/client");
  getSqlite().pragma("synchronous = OFF");
  const nArticles = Math.round(N / 5);
  const ar = rng(seed + 1);
  const firmIds = ["firm-demo", "firm-second", "firm-third"];
  for (let i = 0; i < nArticles; i++) {
    const a = article(ar, i, ar.chance(0.1), addDays(today, -1825), 1825);
    const firmId = i % 20 === 0 ? firmIds[1 + (i % 2)]! : "firm-demo";
    const res = ingestArticle(
      { id: null, firmId },
      { source: "feed", title: a.title, url: a.url, publishedOn: a.publishedOn, body: a.body },
      { withMatches: false, now: new Date(`${a.publishedOn}T12:00:00Z`) },
    );
    counts.articles++;
    if (res.alertId) counts.alerts++;
  }
  counts.matches = getSqlite().prepare("select count(*) from alert_matches").pluck().get() as number;
  // The lawyers' notifications of these old alerts count as delivered long ago: a server started on the
  // data set must not spend the benchmark sending them.
  getSqlite().prepare("update notification_outbox set status = 'sent', sent_at = created_at").run();
  getSqlite().pragma("wal_checkpoint(TRUNCATE)");
  getSqlite().exec("analyze");
  const size = fs.statSync(out).size;
  console.error(`articles and alerts: ${((performance.now() - tClients) / 1000).toFixed(1)} s`);
  console.log(
    JSON.stringify({
      out,
      seed,
      today,
      ...counts,
      sizeMB: Math.round(size / 1e6),
      seconds: Math.round((performance.now() - t0) / 100) / 10,
    }),
  );
}

await main();
