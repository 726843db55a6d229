// `npm run db:seed`: the demo firm. Idempotent: every row is looked up by a stable key first (firm slug,
// user email, client A-number), so a second run changes nothing. Never run as part of a server start.
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { addDays, todayIn } from "../app/domain/dates";
import type { EventDetails, EventType } from "../app/domain/removal-events";
import { addHearing, addRemovalEvent, addTravelDocument } from "../app/models/case.server";
import { recordOutcome, scheduleCheckIns } from "../app/models/checkin.server";
import { utcToZoned } from "../app/domain/zoned-time";
import { createClient } from "../app/models/client.server";
import type { Actor } from "../app/models/actor";
import { ingestArticle } from "../app/models/alerts.server";
import { refreshStaleClients } from "../app/services/daily.server";
import { clientFormSchema } from "../app/utils/client-schema";
import { hashPassword } from "../app/utils/password.server";
import { closeDb, databasePath, getDb, runMigrations } from "./client";
import { auditLog, checkIns, clientMessages, clients, firms, users, type Role } from "./schema";

export const DEMO_PASSWORD = "casewatch-demo";
export const DEMO_FIRM = {
  name: "Demo Immigration Law",
  slug: "demo",
  phone: "+1 (212) 555-0142",
  email: "office@demo.test",
};

const id = () => randomBytes(12).toString("hex").slice(0, 20);

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
  | "dhs_appeal"
  | "remanded"
  | "reinstated"
  | "vd_appeal";

type DemoClient = {
  familyName: string;
  givenNames: string;
  nativeName?: string;
  aNumber: string;
  nationalities: string;
  preferredLanguage: string;
  phone?: string;
  scenario: Scenario;
  detained?: string;
  notes?: string;
};

export const DEMO_CLIENTS: DemoClient[] = [
  {
    familyName: "Chen",
    givenNames: "Wei",
    nativeName: "陈伟",
    aNumber: "A201456789",
    nationalities: "CN",
    preferredLanguage: "zh-Hans",
    phone: "+1 (718) 555-0101",
    scenario: "final_passport",
    notes: "Prefers calls after 6 pm. Brother in Flushing can interpret.",
  },
  {
    familyName: "Lin",
    givenNames: "Mei",
    nativeName: "林美",
    aNumber: "A208334120",
    nationalities: "CN",
    preferredLanguage: "zh-Hans",
    phone: "+1 (718) 555-0102",
    scenario: "final_stayed",
  },
  {
    familyName: "Zhang",
    givenNames: "Xiaoming",
    nativeName: "张小明",
    aNumber: "A209871234",
    nationalities: "CN",
    preferredLanguage: "zh-Hans",
    scenario: "final_td_issued",
  },
  {
    familyName: "Wang",
    givenNames: "Fang",
    nativeName: "王芳",
    aNumber: "A087654321",
    nationalities: "CN",
    preferredLanguage: "zh-Hans",
    scenario: "final",
  },
  {
    familyName: "Liu",
    givenNames: "Yang",
    nativeName: "刘洋",
    aNumber: "A215550987",
    nationalities: "CN",
    preferredLanguage: "zh-Hans",
    scenario: "appeal",
  },
  {
    familyName: "Zhao",
    givenNames: "Lei",
    nativeName: "赵磊",
    aNumber: "A216660123",
    nationalities: "CN",
    preferredLanguage: "zh-Hans",
    scenario: "withholding",
  },
  {
    familyName: "Huang",
    givenNames: "Jing",
    nativeName: "黄静",
    aNumber: "A217770456",
    nationalities: "CN",
    preferredLanguage: "zh-Hans",
    scenario: "proceedings",
  },
  {
    familyName: "Wu",
    givenNames: "Hao",
    nativeName: "吴昊",
    aNumber: "A218880789",
    nationalities: "CN",
    preferredLanguage: "zh-Hans",
    scenario: "final",
    detained: "Elizabeth Detention Center",
  },
  {
    familyName: "López Hernández",
    givenNames: "María José",
    aNumber: "A212345678",
    nationalities: "MX",
    preferredLanguage: "es",
    phone: "+1 (347) 555-0110",
    scenario: "vd",
  },
  {
    familyName: "Ramírez",
    givenNames: "Carlos",
    aNumber: "A219876540",
    nationalities: "GT",
    preferredLanguage: "es",
    scenario: "in_absentia",
  },
  {
    familyName: "Gómez",
    givenNames: "Ana Lucía",
    aNumber: "A203332211",
    nationalities: "HN",
    preferredLanguage: "es",
    scenario: "proceedings",
  },
  {
    familyName: "Castillo",
    givenNames: "José Luis",
    aNumber: "A206667788",
    nationalities: "SV",
    preferredLanguage: "es",
    scenario: "asylum",
  },
  {
    familyName: "Morales",
    givenNames: "Rosa",
    aNumber: "A207778899",
    nationalities: "GT",
    preferredLanguage: "es",
    scenario: "ij_order",
  },
  {
    familyName: "Herrera",
    givenNames: "Luis Fernando",
    aNumber: "A205554433",
    nationalities: "CO",
    preferredLanguage: "es",
    scenario: "mtr",
  },
  {
    familyName: "Vargas",
    givenNames: "Daniela",
    aNumber: "A204443322",
    nationalities: "VE",
    preferredLanguage: "es",
    scenario: "final_stayed",
  },
  {
    familyName: "Cruz",
    givenNames: "Miguel Ángel",
    aNumber: "A202221100",
    nationalities: "HN",
    preferredLanguage: "es",
    scenario: "final",
    detained: "Orange County Jail",
  },
  {
    familyName: "Singh",
    givenNames: "Harpreet",
    nativeName: "ਹਰਪ੍ਰੀਤ ਸਿੰਘ",
    aNumber: "A214443322",
    nationalities: "IN",
    preferredLanguage: "pa",
    scenario: "appeal",
  },
  {
    familyName: "Patel",
    givenNames: "Rajesh",
    nativeName: "राजेश पटेल",
    aNumber: "A217778899",
    nationalities: "IN",
    preferredLanguage: "hi",
    scenario: "proceedings",
  },
  {
    familyName: "Kumar",
    givenNames: "Sunita",
    nativeName: "सुनीता कुमार",
    aNumber: "A213334455",
    nationalities: "IN",
    preferredLanguage: "hi",
    scenario: "final_passport",
  },
  {
    familyName: "Jean-Baptiste",
    givenNames: "Marie",
    aNumber: "A211112233",
    nationalities: "HT",
    preferredLanguage: "ht",
    scenario: "final",
  },
  {
    familyName: "Pierre",
    givenNames: "Jean Robert",
    aNumber: "A204445566",
    nationalities: "HT",
    preferredLanguage: "ht",
    scenario: "proceedings",
  },
  {
    familyName: "Joseph",
    givenNames: "Widelene",
    aNumber: "A210009988",
    nationalities: "HT",
    preferredLanguage: "ht",
    scenario: "final_stayed",
  },
  {
    familyName: "Ivanov",
    givenNames: "Dmitri",
    nativeName: "Дмитрий Иванов",
    aNumber: "A218889900",
    nationalities: "RU",
    preferredLanguage: "ru",
    scenario: "ij_order",
  },
  {
    familyName: "Kovalenko",
    givenNames: "Olena",
    nativeName: "Олена Коваленко",
    aNumber: "A219990011",
    nationalities: "UA",
    preferredLanguage: "uk",
    scenario: "proceedings",
  },
  {
    familyName: "Nguyen",
    givenNames: "Thi Lan",
    aNumber: "A200112233",
    nationalities: "VN",
    preferredLanguage: "vi",
    scenario: "final",
  },
  {
    familyName: "Silva",
    givenNames: "João",
    aNumber: "A201223344",
    nationalities: "BR",
    preferredLanguage: "pt",
    scenario: "in_absentia",
  },
  {
    familyName: "Diallo",
    givenNames: "Mamadou",
    aNumber: "A202334455",
    nationalities: "GN",
    preferredLanguage: "fr",
    scenario: "withholding",
  },
  {
    familyName: "Rahman",
    givenNames: "Abdul",
    nativeName: "আব্দুল রহমান",
    aNumber: "A203445566",
    nationalities: "BD",
    preferredLanguage: "bn",
    scenario: "asylum",
  },
  {
    familyName: "Okafor",
    givenNames: "Chinedu",
    aNumber: "A205667788",
    nationalities: "NG",
    preferredLanguage: "en",
    scenario: "final_td_issued",
  },
  {
    familyName: "Haddad",
    givenNames: "Yusuf",
    nativeName: "يوسف حداد",
    aNumber: "A206778899",
    nationalities: "SY",
    preferredLanguage: "ar",
    scenario: "final_stayed",
  },
  // Issue 16: one client in each situation the status machine learned (appended, so earlier clients keep their places).
  {
    familyName: "Mendoza",
    givenNames: "Lucía",
    aNumber: "A220110022",
    nationalities: "SV",
    preferredLanguage: "es",
    scenario: "dhs_appeal",
    notes: "Asylum granted; DHS appealed. Keep in touch about the BIA briefing schedule.",
  },
  {
    familyName: "Tesfaye",
    givenNames: "Abebe",
    aNumber: "A220220033",
    nationalities: "ET",
    preferredLanguage: "en",
    scenario: "remanded",
  },
  {
    familyName: "Reyes",
    givenNames: "Óscar",
    aNumber: "A220330044",
    nationalities: "HN",
    preferredLanguage: "es",
    scenario: "reinstated",
    detained: "Moshannon Valley Processing Center",
    notes: "Prior order reinstated on re-entry; said he fears return.",
  },
  {
    familyName: "Mensah",
    givenNames: "Kwame",
    aNumber: "A220440055",
    nationalities: "GH",
    preferredLanguage: "en",
    scenario: "vd_appeal",
  },
];

const COURT = "New York Broadway Immigration Court";

function history(s: Scenario, today: string): { type: EventType; daysAgo: number; details?: EventDetails }[] {
  const nta = { type: "nta_filed" as const, daysAgo: 900 };
  const master = { type: "master_hearing" as const, daysAgo: 700 };
  const ijOrder = (daysAgo: number, details: EventDetails = {}) => ({
    type: "ij_decision" as const,
    daysAgo,
    details: { outcome: "removal_ordered", decisionForm: "oral" as const, ...details },
  });
  const stayEnd = (days: number) => addDays(today, days);
  switch (s) {
    case "proceedings":
      return [nta, master];
    case "ij_order":
      return [nta, master, ijOrder(12)];
    case "appeal":
      return [nta, master, ijOrder(200), { type: "bia_appeal_filed", daysAgo: 180 }];
    case "final":
    case "final_passport":
    case "final_td_issued":
      return [
        nta,
        master,
        ijOrder(500),
        { type: "bia_appeal_filed", daysAgo: 480 },
        { type: "bia_decision", daysAgo: 20, details: { outcome: "dismissed" } },
      ];
    case "final_stayed":
      return [
        nta,
        master,
        ijOrder(600, { appealWaived: true }),
        { type: "stay_requested", daysAgo: 120, details: { stayKind: "ice_i246" } },
        {
          type: "stay_granted",
          daysAgo: 90,
          details: { stayKind: "ice_i246", endDate: stayEnd(s === "final_stayed" ? 180 : 20) },
        },
      ];
    case "in_absentia":
      return [nta, { type: "in_absentia_order", daysAgo: 150 }];
    case "withholding":
      return [
        nta,
        master,
        {
          type: "ij_decision",
          daysAgo: 400,
          details: { outcome: "withholding_granted", appealWaived: true },
        },
      ];
    case "asylum":
      return [
        nta,
        master,
        { type: "ij_decision", daysAgo: 60, details: { outcome: "relief_granted", reliefKind: "asylum" } },
      ];
    case "vd":
      return [
        nta,
        master,
        {
          type: "ij_decision",
          daysAgo: 3,
          details: {
            outcome: "vd_granted",
            endDate: addDays(today, 57),
            vdStage: "conclusion",
            decisionForm: "oral",
          },
        },
      ];
    case "mtr":
      return [
        nta,
        { type: "in_absentia_order", daysAgo: 300 },
        { type: "mtr_filed", daysAgo: 30, details: { motionBasis: "rescind_no_notice" } },
      ];
    case "dhs_appeal":
      return [
        nta,
        master,
        {
          type: "ij_decision",
          daysAgo: 120,
          details: { outcome: "relief_granted", reliefKind: "asylum", decisionForm: "oral" },
        },
        { type: "bia_appeal_filed", daysAgo: 95, details: { appealedBy: "dhs" } },
      ];
    case "remanded":
      return [
        nta,
        master,
        ijOrder(400),
        { type: "bia_appeal_filed", daysAgo: 380, details: { appealedBy: "respondent" } },
        { type: "bia_decision", daysAgo: 25, details: { outcome: "remanded" } },
      ];
    case "reinstated":
      return [
        { type: "final_order", daysAgo: 12, details: { finalOrderBasis: "reinstatement" } },
        {
          type: "fear_screening",
          daysAgo: 4,
          details: { fearKind: "reasonable", outcome: "positive", screeningStage: "asylum_officer" },
        },
      ];
    case "vd_appeal":
      return [
        nta,
        master,
        {
          type: "ij_decision",
          daysAgo: 40,
          details: {
            outcome: "vd_granted",
            endDate: addDays(today, 20),
            vdStage: "conclusion",
            decisionForm: "oral",
          },
        },
        { type: "vd_bond_posted", daysAgo: 37 },
        { type: "bia_appeal_filed", daysAgo: 25, details: { appealedBy: "respondent" } },
      ];
  }
}

export async function seed(): Promise<void> {
  runMigrations();
  const db = getDb();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = todayIn("America/New_York");

  let firm = db.select().from(firms).where(eq(firms.slug, DEMO_FIRM.slug)).get();
  if (!firm) {
    firm = db
      .insert(firms)
      .values({ id: id(), ...DEMO_FIRM })
      .returning()
      .get();
    db.insert(auditLog)
      .values({
        firmId: firm.id,
        action: "firm.created",
        entityType: "firm",
        entityId: firm.id,
        after: { name: firm.name, slug: firm.slug, by: "seed" },
        at: new Date().toISOString(),
      })
      .run();
  }
  const firmId = firm.id;
  const staff: { email: string; displayName: string; role: Role }[] = [
    { email: "admin@demo.test", displayName: "Alex Admin", role: "admin" },
    { email: "lawyer@demo.test", displayName: "Laura Lawyer", role: "lawyer" },
    { email: "paralegal@demo.test", displayName: "Pedro Paralegal", role: "paralegal" },
  ];
  for (const a of staff) {
    if (db.select({ id: users.id }).from(users).where(eq(users.email, a.email)).get()) continue;
    const userId = id();
    db.insert(users)
      .values({
        id: userId,
        firmId,
        email: a.email,
        displayName: a.displayName,
        role: a.role,
        passwordHash,
        passwordChangedAt: new Date().toISOString(),
      })
      .run();
    db.insert(auditLog)
      .values({
        firmId,
        action: "user.created",
        entityType: "user",
        entityId: userId,
        after: { email: a.email, role: a.role, by: "seed" },
        at: new Date().toISOString(),
      })
      .run();
  }
  const userId = (email: string) =>
    db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
  const lawyer = userId("lawyer@demo.test");
  const paralegal = userId("paralegal@demo.test");
  const actor: Actor = { id: userId("admin@demo.test"), firmId, ip: null };

  for (const c of DEMO_CLIENTS) {
    if (
      db
        .select({ id: clients.id })
        .from(clients)
        .where(and(eq(clients.firmId, firmId), eq(clients.aNumber, c.aNumber)))
        .get()
    )
      continue;
    const input = clientFormSchema.parse({
      familyName: c.familyName,
      givenNames: c.givenNames,
      nativeName: c.nativeName ?? "",
      aNumber: c.aNumber,
      nationalities: c.nationalities,
      countryOfBirth: c.nationalities,
      preferredLanguage: c.preferredLanguage,
      phone: c.phone ?? "",
      detentionStatus: c.detained
        ? "detained"
        : c.scenario === "final_stayed" || c.scenario === "withholding"
          ? "released"
          : "not_detained",
      detentionFacility: c.detained ?? "",
      detentionSince: c.detained
        ? addDays(today, -10)
        : c.scenario === "final_stayed" || c.scenario === "withholding"
          ? addDays(today, -300)
          : "",
      releaseForm: c.scenario === "final_stayed" || c.scenario === "withholding" ? "i220b" : "",
      lawyerId: lawyer,
      paralegalId: paralegal,
      notes: c.notes ?? "",
      emergencyContacts: c.scenario.startsWith("final") ? "Sister — (718) 555-0199" : "",
    });
    const created = createClient(actor, input);
    if (!created.ok) throw new Error(`seed: could not create ${c.familyName}`);
    for (const e of history(c.scenario, today)) {
      const details = { ...(e.details ?? {}) };
      if (details.outcome === "withholding_granted") details.protectedCountry = c.nationalities;
      addRemovalEvent(actor, created.id, {
        type: e.type,
        effectiveDate: addDays(today, -e.daysAgo),
        details,
        court: COURT,
        notes: null,
        source: e.daysAgo < 30 ? "eoir_portal" : "court_notice",
        verifiedOn: addDays(today, -Math.min(e.daysAgo, 14)),
      });
    }
    if (c.scenario === "final_passport")
      addTravelDocument(
        actor,
        created.id,
        {
          kind: "passport",
          issuingCountry: c.nationalities,
          number: `E${c.aNumber.slice(2)}`,
          issueDate: addDays(today, -1500),
          expiryDate: addDays(today, 700),
          holder: "client",
          state: "valid",
          notes: null,
        },
        addDays(today, -30),
      );
    if (c.scenario === "final_td_issued")
      addTravelDocument(
        actor,
        created.id,
        {
          kind: "consular_travel_document",
          issuingCountry: c.nationalities,
          number: `TD${c.aNumber.slice(4)}`,
          issueDate: addDays(today, -5),
          expiryDate: addDays(today, 60),
          holder: "ice",
          state: "issued",
          notes: "Issued after a consular interview.",
        },
        addDays(today, -5),
      );
    if (c.scenario === "final")
      addTravelDocument(
        actor,
        created.id,
        {
          kind: "passport",
          issuingCountry: c.nationalities,
          number: null,
          issueDate: null,
          expiryDate: null,
          holder: "unknown",
          state: "verification_pending",
          notes: "ICE sent an I-217 to the consulate.",
        },
        addDays(today, -40),
      );
    if (c.scenario === "proceedings" || c.scenario === "ij_order")
      addHearing(actor, created.id, {
        hearingType: c.scenario === "proceedings" ? "individual" : "master",
        court: COURT,
        judge: "Hon. R. Alvarez",
        date: addDays(today, 20 + (c.aNumber.charCodeAt(8) % 40)),
        time: "09:00",
        timeZone: "America/New_York",
        mode: "in_person",
        notes: null,
      });
  }
  // Check-ins for clients under supervision: past ones with outcomes, the next ones, a few overdue, and
  // (when the seed runs after 04:00 in New York) one this morning nobody has confirmed yet.
  const offices = ["ero-new-york", "ero-newark", "ero-new-york", "ero-philadelphia"];
  const supervised = db
    .select({
      id: clients.id,
      aNumber: clients.aNumber,
      phase: clients.removalPhase,
      detained: clients.detentionStatus,
    })
    .from(clients)
    .where(eq(clients.firmId, firmId))
    .all()
    .filter((c) => c.phase === "final_order" && c.detained !== "detained");
  const nyNow = utcToZoned(new Date(), "America/New_York");
  supervised.forEach((c, i) => {
    if (db.select({ id: checkIns.id }).from(checkIns).where(eq(checkIns.clientId, c.id)).limit(1).get())
      return;
    const officeId = offices[i % offices.length]!;
    const kind = i % 5 === 4 ? ("isap_app" as const) : ("ero_office" as const);
    const base = {
      kind,
      reportingOrder: kind === "isap_app" ? "isap" : "i220b",
      officeId: kind === "isap_app" ? null : officeId,
      timeZone: "America/New_York",
      bring: "I-220B, passport or ID, proof of travel-document applications, appointment letter",
      lawyerAccompanies: i % 3 === 0,
      notes: null,
    };
    const [past] = scheduleCheckIns(actor, c.id, {
      ...base,
      date: addDays(today, -60 - i),
      time: "09:00",
      recurrence: null,
    });
    recordOutcome(actor, past!, {
      outcome: "attended",
      notes: "Routine; officer set the next date.",
      nextDate: i % 4 === 1 ? addDays(today, -2 - i) : addDays(today, 3 + i * 2),
      nextTime: i % 2 ? "10:00" : "09:00",
      rescheduledBy: null,
    });
    if (i === 2) {
      const [missed] = scheduleCheckIns(actor, c.id, {
        ...base,
        date: addDays(today, -9),
        time: "09:00",
        recurrence: null,
      });
      recordOutcome(actor, missed!, {
        outcome: "missed",
        notes: "Client afraid after news of a removal flight; did not go.",
        nextDate: null,
        nextTime: null,
        rescheduledBy: null,
      });
    }
    if (i === 0 && nyNow.time >= "04:00") {
      const h = Math.max(0, Number(nyNow.time.slice(0, 2)) - 5);
      scheduleCheckIns(actor, c.id, {
        ...base,
        date: today,
        time: `${String(h).padStart(2, "0")}:${nyNow.time.slice(3)}`,
        recurrence: null,
      });
    }
    if (i === 3)
      scheduleCheckIns(actor, c.id, {
        ...base,
        date: addDays(today, 10),
        time: "09:00",
        recurrence: { every: 4, unit: "weeks", count: 6 },
      });
  });

  // The client account: Wei Chen's own status page, with a message from his lawyer and a safety plan.
  const wei = db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.firmId, firmId), eq(clients.aNumber, "A201456789")))
    .get()!;
  if (!db.select({ id: users.id }).from(users).where(eq(users.email, "client@demo.test")).get()) {
    db.insert(users)
      .values({
        id: id(),
        firmId,
        email: "client@demo.test",
        displayName: "Wei Chen",
        role: "client",
        clientId: wei.id,
        passwordHash,
        passwordChangedAt: new Date().toISOString(),
      })
      .run();
    db.update(clients)
      .set({
        email: "client@demo.test",
        tags: ["priority", "interpreter-needed"],
        childrenCare: "His sister Lin Chen picks up the children (718) 555-0199.",
        powerOfAttorneyOnFile: true,
      })
      .where(eq(clients.id, wei.id))
      .run();
  }
  if (
    !db
      .select({ id: clientMessages.id })
      .from(clientMessages)
      .where(eq(clientMessages.clientId, wei.id))
      .get()
  ) {
    db.insert(clientMessages)
      .values({
        id: id(),
        firmId,
        clientId: wei.id,
        authorId: lawyer,
        body: "陈先生您好：我们已经提交了暂缓遣返的申请。下次报到时我会陪您一起去。请带上护照。 — Laura (Dear Mr Chen: we filed a request for a stay of removal. I will go with you to your next check-in. Please bring your passport.)",
      })
      .run();
  }

  // Derived values first (an upgraded database has them pending), so the alerts match on today's tiers.
  await refreshStaleClients();
  // Two alerts, as if pasted by the lawyer (re-seeding finds them as duplicates by their text).
  const demoArticles = [
    {
      title: "Deportation flight lands in Guatemala City",
      url: "https://news.example/demo/guatemala-flight",
      publishedOn: addDays(today, -2),
      body: "A flight carrying 130 Guatemalan migrants deported from the United States landed at La Aurora airport in Guatemala City yesterday, officials said. The ICE Air charter had left from Alexandria, Louisiana.\n\nFamilies waited outside the reception centre for hours.",
    },
    {
      title: "China says it will receive repatriates confirmed as mainland nationals",
      url: "https://news.example/demo/china-policy",
      publishedOn: addDays(today, -20),
      body: "China's foreign ministry said on Tuesday it would receive repatriates confirmed as mainland nationals after verification. The statement came after ICE had sent several charter flights to China in a few months.",
    },
  ];
  for (const a of demoArticles)
    ingestArticle({ id: lawyer, firmId }, { source: "pasted", ...a }, { withMatches: false });
}

const isMain =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").pop()!);
if (isMain) {
  await seed();
  closeDb();
  console.log(
    `Demo firm "${DEMO_FIRM.name}" (slug ${DEMO_FIRM.slug}) is in ${databasePath()}. Sign in as admin@demo.test, lawyer@demo.test, paralegal@demo.test or client@demo.test with the password ${DEMO_PASSWORD}.`,
  );
}
