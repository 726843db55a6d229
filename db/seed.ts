// `npm run db:seed`: the demo firm. Idempotent: every row is looked up by a stable key first, so a
// second run changes nothing. Never run as part of a server start.
import { and, eq } from "drizzle-orm";
import { hashPassword } from "../app/utils/password.server";
import { databasePath, getDb, runMigrations, closeDb } from "./client";
import { auditLog, clients, firms, users, type Role } from "./schema";
import { randomBytes } from "node:crypto";

export const DEMO_PASSWORD = "casewatch-demo";
export const DEMO_FIRM = { name: "Demo Immigration Law", slug: "demo", phone: "+1 (212) 555-0142", email: "office@demo.test" };

const id = () => randomBytes(12).toString("hex").slice(0, 20);

export const DEMO_CLIENTS = [
  { familyName: "Chen", givenNames: "Wei", nativeName: "陈伟", aNumber: "A201456789", preferredLanguage: "zh-Hans" },
  { familyName: "Lin", givenNames: "Mei", nativeName: "林美", aNumber: "A208334120", preferredLanguage: "zh-Hans" },
  { familyName: "Zhang", givenNames: "Xiaoming", nativeName: "张小明", aNumber: "A209871234", preferredLanguage: "zh-Hans" },
  { familyName: "Wang", givenNames: "Fang", nativeName: "王芳", aNumber: "A087654321", preferredLanguage: "zh-Hans" },
  { familyName: "Liu", givenNames: "Yang", nativeName: "刘洋", aNumber: "A215550987", preferredLanguage: "zh-Hans" },
  { familyName: "López Hernández", givenNames: "María José", nativeName: null, aNumber: "A212345678", preferredLanguage: "es" },
  { familyName: "Ramírez", givenNames: "Carlos", nativeName: null, aNumber: "A219876540", preferredLanguage: "es" },
  { familyName: "Gómez", givenNames: "Ana Lucía", nativeName: null, aNumber: "A203332211", preferredLanguage: "es" },
  { familyName: "Castillo", givenNames: "José Luis", nativeName: null, aNumber: "A206667788", preferredLanguage: "es" },
  { familyName: "Singh", givenNames: "Harpreet", nativeName: "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", aNumber: "A214443322", preferredLanguage: "pa" },
  { familyName: "Patel", givenNames: "Rajesh", nativeName: "राजेश पटेल", aNumber: "A217778899", preferredLanguage: "hi" },
  { familyName: "Jean-Baptiste", givenNames: "Marie", nativeName: null, aNumber: "A211112233", preferredLanguage: "ht" },
  { familyName: "Pierre", givenNames: "Jean Robert", nativeName: null, aNumber: "A204445566", preferredLanguage: "ht" },
  { familyName: "Ivanov", givenNames: "Dmitri", nativeName: "Дмитрий Иванов", aNumber: "A218889900", preferredLanguage: "ru" },
] as const;

export async function seed(): Promise<void> {
  runMigrations();
  const db = getDb();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  db.transaction((tx) => {
    let firm = tx.select().from(firms).where(eq(firms.slug, DEMO_FIRM.slug)).get();
    if (!firm) {
      firm = tx.insert(firms).values({ id: id(), ...DEMO_FIRM }).returning().get();
      tx.insert(auditLog).values({ firmId: firm.id, action: "firm.created", entityType: "firm", entityId: firm.id, after: { name: firm.name, slug: firm.slug, by: "seed" }, at: new Date().toISOString() }).run();
    }
    const firmId = firm.id;

    for (const c of DEMO_CLIENTS) {
      const exists = tx.select({ id: clients.id }).from(clients).where(and(eq(clients.firmId, firmId), eq(clients.aNumber, c.aNumber))).get();
      if (!exists) tx.insert(clients).values({ id: id(), firmId, ...c }).run();
    }
    const portalClient = tx.select({ id: clients.id }).from(clients).where(and(eq(clients.firmId, firmId), eq(clients.aNumber, DEMO_CLIENTS[0].aNumber))).get()!;

    const accounts: { email: string; displayName: string; role: Role; clientId?: string }[] = [
      { email: "admin@demo.test", displayName: "Alex Admin", role: "admin" },
      { email: "lawyer@demo.test", displayName: "Laura Lawyer", role: "lawyer" },
      { email: "paralegal@demo.test", displayName: "Pedro Paralegal", role: "paralegal" },
      { email: "client@demo.test", displayName: "Wei Chen", role: "client", clientId: portalClient.id },
    ];
    for (const a of accounts) {
      const exists = tx.select({ id: users.id }).from(users).where(eq(users.email, a.email)).get();
      if (exists) continue;
      const userId = id();
      tx.insert(users).values({ id: userId, firmId, email: a.email, displayName: a.displayName, role: a.role, clientId: a.clientId ?? null, passwordHash, passwordChangedAt: new Date().toISOString() }).run();
      tx.insert(auditLog).values({ firmId, action: "user.created", entityType: "user", entityId: userId, after: { email: a.email, role: a.role, by: "seed" }, at: new Date().toISOString() }).run();
    }
  });
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").pop()!);
if (isMain) {
  await seed();
  closeDb();
  console.log(`Demo firm "${DEMO_FIRM.name}" (slug ${DEMO_FIRM.slug}) is in ${databasePath()}. Sign in as admin@demo.test, lawyer@demo.test, paralegal@demo.test or client@demo.test with the password ${DEMO_PASSWORD}.`);
}
