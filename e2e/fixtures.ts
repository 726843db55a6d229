// Fixtures that make users and sessions directly in the e2e server's database, as a sign-in would.
import { createHash, randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { hash } from "@node-rs/argon2";
import type { BrowserContext } from "@playwright/test";

export const DEMO_PASSWORD = "casewatch-demo";
export const MAIN_DB = "e2e/.data/main.db";

export function db(): Database.Database {
  const d = new Database(MAIN_DB);
  d.pragma("busy_timeout = 5000");
  d.pragma("foreign_keys = ON");
  return d;
}

const id = () => randomBytes(10).toString("hex");
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export function demoFirmId(): string {
  const d = db();
  try {
    return (d.prepare("select id from firms where slug = 'demo'").get() as { id: string }).id;
  } finally {
    d.close();
  }
}

export function makeFirm(name: string): string {
  const d = db();
  const firmId = id();
  d.prepare("insert into firms (id, name, slug) values (?, ?, ?)").run(
    firmId,
    name,
    `f-${firmId.slice(0, 8)}`,
  );
  d.close();
  return firmId;
}

/** A staff user with a known password; returns its id and email. */
export async function makeStaff(
  firmId: string,
  role: "admin" | "lawyer" | "paralegal",
  password = "a long e2e password here",
) {
  const userId = id();
  const email = `${role}-${userId.slice(0, 6)}@e2e.test`;
  const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const d = db();
  d.prepare(
    "insert into users (id, firm_id, email, display_name, role, password_hash) values (?, ?, ?, ?, ?, ?)",
  ).run(userId, firmId, email, `E2E ${role} ${userId.slice(0, 4)}`, role, passwordHash);
  d.close();
  return { userId, email, password, displayName: `E2E ${role} ${userId.slice(0, 4)}` };
}

/** Signs the browser context in as the user by making a session row and setting its cookie. */
export async function signInAs(context: BrowserContext, userId: string, baseURL: string) {
  const token = randomBytes(20).toString("hex");
  const d = db();
  const now = Date.now();
  d.prepare(
    "insert into sessions (id, user_id, expires_at, absolute_expires_at, created_at, ip, user_agent) values (?, ?, ?, ?, ?, ?, ?)",
  ).run(
    sha256(token),
    userId,
    Math.floor(now / 1000) + 1800,
    new Date(now + 12 * 3600_000).toISOString(),
    new Date(now).toISOString(),
    "127.0.0.1",
    "e2e fixture",
  );
  d.close();
  // A Secure cookie can only be added for an https URL; Chromium sends it to http://localhost too.
  await context.addCookies([
    {
      name: "__Host-casewatch_session",
      value: token,
      url: baseURL.replace(/^http:/, "https:"),
      httpOnly: true,
      secure: true,
      sameSite: "Lax",
    },
  ]);
}

/** A check-in straight into the database (e.g. one that happened hours ago). */
export function insertCheckIn(o: {
  clientId: string;
  startsAt: Date;
  timeZone: string;
  officeId?: string | null;
  kind?: string;
}) {
  const d = db();
  const firmId = (
    d.prepare("select firm_id from clients where id = ?").get(o.clientId) as { firm_id: string }
  ).firm_id;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: o.timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(o.startsAt);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  const checkInId = id();
  d.prepare(
    "insert into check_ins (id, firm_id, client_id, kind, reporting_order, office_id, starts_at, time_zone, local_date, local_time) values (?, ?, ?, ?, 'i220b', ?, ?, ?, ?, ?)",
  ).run(
    checkInId,
    firmId,
    o.clientId,
    o.kind ?? "ero_office",
    o.officeId ?? null,
    o.startsAt.toISOString(),
    o.timeZone,
    `${get("year")}-${get("month")}-${get("day")}`,
    `${get("hour")}:${get("minute")}`,
  );
  d.close();
  return checkInId;
}

export function clientIdByANumber(aNumber: string): string {
  const d = db();
  try {
    return (d.prepare("select id from clients where a_number = ?").get(aNumber) as { id: string }).id;
  } finally {
    d.close();
  }
}
