// Test fixtures: rows made directly in the worker's SQLite file, and sessions made the way sign-in makes them.
import { getDb } from "#db/client";
import {
  checkIns,
  clientMessages,
  clients,
  firms,
  mailMessages,
  removalEvents,
  users,
  type Role,
} from "#db/schema";
import { ingestArticle } from "~/models/alerts.server";
import { createId } from "~/utils/crypto.server";
import { hashPassword } from "~/utils/password.server";
import { createSession, sessionCookieName } from "~/utils/session.server";

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

export function makeFirm(name = "Test Firm") {
  const id = createId();
  getDb()
    .insert(firms)
    .values({ id, name, slug: `firm-${unique()}` })
    .run();
  return id;
}

export function makeClient(firmId: string, over: Partial<typeof clients.$inferInsert> = {}) {
  const id = createId();
  getDb()
    .insert(clients)
    .values({ id, firmId, familyName: "Chen", givenNames: "Wei", ...over })
    .run();
  return id;
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "a test password that is long";

export async function makeUser(firmId: string, role: Role, over: Partial<typeof users.$inferInsert> = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const id = createId();
  const clientId = role === "client" ? (over.clientId ?? makeClient(firmId)) : null;
  getDb()
    .insert(users)
    .values({
      id,
      firmId,
      role,
      clientId,
      email: `${role}-${unique()}@test.invalid`,
      displayName: `${role} ${unique()}`,
      passwordHash: await cachedHash,
      ...over,
    })
    .run();
  return { id, clientId };
}

/** A Cookie header for a fresh session of the user. */
export async function sessionCookie(userId: string): Promise<string> {
  const { cookie } = await createSession(userId, { ip: "127.0.0.1", userAgent: "vitest" });
  const token = cookie.split(";")[0]!.split("=")[1]!;
  return `${sessionCookieName()}=${token}`;
}

export function makeMail(firmId: string) {
  const id = createId();
  getDb()
    .insert(mailMessages)
    .values({
      id,
      firmId,
      toAddress: "x@test.invalid",
      subject: "Test",
      bodyText: "Body",
      messageId: `<${id}@test>`,
    })
    .run();
  return id;
}

export function makeClientWithEvent(firmId: string) {
  const clientId = makeClient(firmId, { familyName: "Routetest", givenNames: "Ana" });
  const eventId = createId();
  getDb()
    .insert(removalEvents)
    .values({ id: eventId, firmId, clientId, seq: 1, type: "nta_filed", effectiveDate: "2024-01-10" })
    .run();
  return { clientId, eventId };
}

export function makeCheckIn(firmId: string, clientId: string) {
  const id = createId();
  getDb()
    .insert(checkIns)
    .values({
      id,
      firmId,
      clientId,
      kind: "ero_office",
      reportingOrder: "i220b",
      officeId: "ero-new-york",
      startsAt: "2027-01-05T14:00:00.000Z",
      timeZone: "America/New_York",
      localDate: "2027-01-05",
      localTime: "09:00",
    })
    .run();
  return id;
}

export function makeMessage(firmId: string, clientId: string, body = "A message for the client") {
  const id = createId();
  getDb().insert(clientMessages).values({ id, firmId, clientId, body }).run();
  return id;
}

/** An alert about a removal flight to China, made the way a pasted article makes one. */
export function makeAlert(firmId: string) {
  const r = ingestArticle(
    { id: null, firmId },
    {
      source: "pasted",
      title: `Charter flight returns Chinese nationals ${unique()}`,
      body: `ICE removed 116 Chinese nationals on a charter flight that landed in Shenyang on Sunday. ${unique()}`,
      publishedOn: "2024-06-25",
    },
  );
  if (!r.alertId) throw new Error("the fixture article was not judged relevant");
  return r.alertId;
}
