// The staff pages of text messages: the admin's provider settings (the token never comes back; a test
// text goes to the fake provider on 127.0.0.1) and a client's consent to texts. What the loaders send
// is checked, and every bad input is a 400 with the typed values kept.
import path from "node:path";
import type { ActionFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, smsConsents, smsInbound, smsSettings } from "#db/schema";
import { createId } from "~/utils/crypto.server";
import { scheduleCheckIns } from "~/models/checkin.server";
import { recordInbound } from "~/models/sms.server";
import { startFakeTwilio, type FakeTwilio } from "./fake-twilio";
import { makeClient, makeFirm, makeUser, sessionCookie } from "./fixtures";
import { callRoute } from "./route-call";

type Fn = (args: ActionFunctionArgs) => Promise<unknown>;
type Route = { loader: Fn; action: Fn };
let settings: Route;
let texts: Route;
let queue: Route;
let clientPage: Route;
let paralegalId: string;
let fake: FakeTwilio;
let firm: string;
let admin: string;
let paralegal: string;
let otherAdmin: string;
let clientId: string;
const ACCOUNT = "AC" + "a".repeat(32);
const TOKEN = "b".repeat(32);

beforeAll(async () => {
  const load = async (f: string) =>
    (await import(/* @vite-ignore */ path.resolve(`app/routes/${f}`))) as Route;
  settings = await load("_staff.settings.sms.tsx");
  texts = await load("_staff.clients.$id_.text-messages.tsx");
  queue = await load("_staff.check-ins.tsx");
  clientPage = await load("_staff.clients.$id.tsx");
  fake = await startFakeTwilio(ACCOUNT, TOKEN);
  process.env.TWILIO_API_BASE = fake.url;
  process.env.SMS_SECRET_KEY = "a test key that is long enough";
  firm = makeFirm("SMS pages firm");
  admin = await sessionCookie((await makeUser(firm, "admin")).id);
  paralegalId = (await makeUser(firm, "paralegal")).id;
  paralegal = await sessionCookie(paralegalId);
  otherAdmin = await sessionCookie((await makeUser(makeFirm("Other SMS firm"), "admin")).id);
  clientId = makeClient(firm, {
    familyName: "Pérez",
    givenNames: "Luis",
    phone: "(917) 555-0142",
    nationalities: ["MX"],
  });
});
afterAll(async () => {
  delete process.env.TWILIO_API_BASE;
  delete process.env.SMS_SECRET_KEY;
  await fake.close();
});

const saveForm = (over: Record<string, string> = {}) => ({
  intent: "save",
  accountSid: ACCOUNT,
  authToken: TOKEN,
  fromNumber: "+1 212 555 0199",
  messagingServiceSid: "",
  ...over,
});

describe("SMS settings", () => {
  it("is for admins only", async () => {
    expect((await callRoute(settings.loader as never, "/settings/sms", { cookie: paralegal })).status).toBe(
      403,
    );
    expect(
      (await callRoute(settings.action as never, "/settings/sms", { cookie: paralegal, form: saveForm() }))
        .status,
    ).toBe(403);
  });

  it("refuses bad values with 400, field messages and the typed values (never the token)", async () => {
    const r = await callRoute(settings.action as never, "/settings/sms", {
      cookie: admin,
      form: saveForm({ accountSid: "XX123", fromNumber: "", authToken: "short" }),
    });
    expect(r.status).toBe(400);
    const body = r.body as { errors: Record<string, string>; values: Record<string, string> };
    expect(body.errors.accountSid).toMatch(/AC followed by 32/);
    expect(body.errors.authToken).toBeDefined();
    expect(body.values.accountSid).toBe("XX123");
    expect(JSON.stringify(body)).not.toContain("short");
    const badFrom = await callRoute(settings.action as never, "/settings/sms", {
      cookie: admin,
      form: saveForm({ fromNumber: "12" }),
    });
    expect(badFrom.status).toBe(400);
    const noIntent = await callRoute(settings.action as never, "/settings/sms", {
      cookie: admin,
      form: { intent: "x" },
    });
    expect(noIntent.status).toBe(400);
    expect(getDb().select().from(smsSettings).where(eq(smsSettings.firmId, firm)).all()).toHaveLength(0);
  });

  it("stores the token encrypted, never sends it back, and keeps it when the field is left blank", async () => {
    const r = await callRoute(settings.action as never, "/settings/sms", { cookie: admin, form: saveForm() });
    expect(r.status).toBe(302);
    const row = getDb().select().from(smsSettings).where(eq(smsSettings.firmId, firm)).get()!;
    expect(row.authTokenCipher).not.toContain(TOKEN);
    expect(row.fromNumber).toBe("+12125550199");
    const page = await callRoute(settings.loader as never, "/settings/sms", { cookie: admin });
    expect(JSON.stringify(page.body)).not.toContain(TOKEN);
    expect(JSON.stringify(page.body)).not.toContain(row.authTokenCipher);
    expect((page.body as { settings: { hasAuthToken: boolean } }).settings.hasAuthToken).toBe(true);
    // The audit entry records that the token changed, not the token.
    const audits = getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "firm.sms_settings_changed"))
      .all();
    expect(JSON.stringify(audits)).not.toContain(TOKEN);
    // Blank token: kept.
    await callRoute(settings.action as never, "/settings/sms", {
      cookie: admin,
      form: saveForm({ authToken: "" }),
    });
    expect(
      getDb().select().from(smsSettings).where(eq(smsSettings.firmId, firm)).get()!.authTokenCipher,
    ).toBe(row.authTokenCipher);
    // Another firm's admin sees none of it.
    const other = await callRoute(settings.loader as never, "/settings/sms", { cookie: otherAdmin });
    expect((other.body as { settings: unknown }).settings).toBeNull();
  });

  it("sends a test text through the firm's account to the fake provider; a bad number is a 400", async () => {
    const bad = await callRoute(settings.action as never, "/settings/sms", {
      cookie: admin,
      form: { intent: "test", phone: "hello" },
    });
    expect(bad.status).toBe(400);
    expect((bad.body as { values: Record<string, string> }).values.phone).toBe("hello");
    const r = await callRoute(settings.action as never, "/settings/sms", {
      cookie: admin,
      form: { intent: "test", phone: "(646) 555-0100" },
    });
    expect(r.status).toBe(302);
    const sent = fake.messages.filter((m) => m.to === "+16465550100");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.from).toBe("+12125550199");
    expect(
      getDb().select().from(smsSettings).where(eq(smsSettings.firmId, firm)).get()!.lastTestResult,
    ).toMatch(/accepted/);
  });
});

describe("a client's consent to texts", () => {
  const url = () => `/clients/${clientId}/text-messages`;
  it("400 for a number that is not one, with the typed values kept; nothing recorded", async () => {
    const forms: Record<string, string>[] = [
      { intent: "consent", consent: "yes", phone: "123", country: "US" },
      { intent: "consent", consent: "maybe", phone: "+12125550100", country: "US" },
      { intent: "consent", consent: "yes", phone: "+12125550100", country: "usa" },
      { intent: "other" },
    ];
    for (const form of forms) {
      const r = await callRoute(texts.action as never, url(), {
        cookie: paralegal,
        form,
        params: { id: clientId },
      });
      expect([form, r.status]).toEqual([form, 400]);
    }
    const r = await callRoute(texts.action as never, url(), {
      cookie: paralegal,
      form: { intent: "consent", consent: "yes", phone: "123", country: "US" },
      params: { id: clientId },
    });
    expect((r.body as { values: Record<string, string> }).values.phone).toBe("123");
    expect(getDb().select().from(smsConsents).where(eq(smsConsents.clientId, clientId)).all()).toHaveLength(
      0,
    );
  });

  it("records consent in E.164 with the country chosen, audited; the loader returns it", async () => {
    const r = await callRoute(texts.action as never, url(), {
      cookie: paralegal,
      form: { intent: "consent", consent: "yes", phone: "(917) 555-0142", country: "US" },
      params: { id: clientId },
    });
    expect(r.status).toBe(302);
    const page = await callRoute(texts.loader as never, url(), {
      cookie: paralegal,
      params: { id: clientId },
    });
    const body = page.body as {
      consent: { phoneE164: string; consent: boolean };
      defaults: { countries: { code: string }[] };
    };
    expect(body.consent).toMatchObject({ phoneE164: "+19175550142", consent: true });
    expect(body.defaults.countries.map((c) => c.code)).toEqual(["US", "MX"]);
    expect(
      getDb().select().from(auditLog).where(eq(auditLog.action, "client.sms_agreed")).all().length,
    ).toBeGreaterThan(0);
    // A Mexican number typed the Mexican way.
    await callRoute(texts.action as never, url(), {
      cookie: paralegal,
      form: { intent: "consent", consent: "yes", phone: "55 1234 5678", country: "MX" },
      params: { id: clientId },
    });
    expect(
      getDb().select().from(smsConsents).where(eq(smsConsents.clientId, clientId)).get()!.phoneE164,
    ).toBe("+525512345678");
  });

  it("another firm's staff get 404; a client's text is marked read only by the firm", async () => {
    expect(
      (await callRoute(texts.loader as never, url(), { cookie: otherAdmin, params: { id: clientId } }))
        .status,
    ).toBe(404);
    const id = createId();
    getDb()
      .insert(smsInbound)
      .values({
        id,
        firmId: firm,
        clientId,
        fromPhone: "+525512345678",
        body: "¿Puedo llevar a mi hijo?",
        meaning: "message",
        providerSid: `SM${id}`,
        receivedAt: new Date().toISOString(),
      })
      .run();
    const page = await callRoute(texts.loader as never, url(), {
      cookie: paralegal,
      params: { id: clientId },
    });
    expect((page.body as { texts: { id: string }[] }).texts.map((t) => t.id)).toContain(id);
    const bad = await callRoute(texts.action as never, url(), {
      cookie: paralegal,
      form: { intent: "read", textId: "nope" },
      params: { id: clientId },
    });
    expect(bad.status).toBe(404);
    const ok = await callRoute(texts.action as never, url(), {
      cookie: paralegal,
      form: { intent: "read", textId: id },
      params: { id: clientId },
    });
    expect(ok.status).toBe(302);
    expect(getDb().select().from(smsInbound).where(eq(smsInbound.id, id)).get()!.seenAt).not.toBeNull();
  });
  it("shows each text reminder's segments before it goes", async () => {
    const [checkInId] = scheduleCheckIns({ id: paralegalId, firmId: firm, ip: null }, clientId, {
      kind: "ero_office",
      reportingOrder: "i220b",
      officeId: "ero-new-york",
      timeZone: "America/New_York",
      bring: null,
      lawyerAccompanies: false,
      notes: null,
      recurrence: null,
      date: new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(
        new Date(Date.now() + 20 * 86_400_000),
      ),
      time: "10:00",
    });
    expect(checkInId).toBeDefined();
    const page = await callRoute(texts.loader as never, url(), {
      cookie: paralegal,
      params: { id: clientId },
    });
    const reminders = (
      page.body as { reminders: { status: string; body: string; segmentsInWords: string }[] }
    ).reminders.filter((r) => r.status === "pending");
    expect(reminders.length).toBeGreaterThan(0);
    for (const r of reminders) {
      expect(r.segmentsInWords).toMatch(/^\d+ segments? \(GSM-7/);
      expect(r.body).not.toMatch(/\bICE\b/);
    }
  });

  it("a client's message (not a keyword) is shown on the client's page and in the check-ins queue", async () => {
    const r = recordInbound({
      firmId: firm,
      from: "+525512345678",
      to: null,
      body: "¿A qué hora abren?",
      sid: `SM${createId()}`,
    });
    expect(r?.meaning).toBe("message");
    const onQueue = await callRoute(queue.loader as never, "/check-ins", { cookie: paralegal });
    expect(onQueue.status).toBe(200);
    const unread = (onQueue.body as { unreadTexts: { body: string; clientId: string | null }[] }).unreadTexts;
    expect(unread.find((t) => t.body === "¿A qué hora abren?")?.clientId).toBe(clientId);
    const onPage = await callRoute(clientPage.loader as never, `/clients/${clientId}`, {
      cookie: paralegal,
      params: { id: clientId },
    });
    expect(onPage.status).toBe(200);
    expect((onPage.body as { clientTexts: { body: string }[] }).clientTexts.map((t) => t.body)).toContain(
      "¿A qué hora abren?",
    );
    // Another firm's queue does not show it.
    const theirs = await callRoute(queue.loader as never, "/check-ins", { cookie: otherAdmin });
    expect(JSON.stringify((theirs.body as { unreadTexts: unknown }).unreadTexts)).not.toContain("abren");
  });

  it("refuses another firm's client id and another firm's message id on every action", async () => {
    const before = getDb().select().from(smsConsents).all().length;
    const foreign = await callRoute(texts.action as never, url(), {
      cookie: otherAdmin,
      form: { intent: "consent", consent: "no", phone: "+12125550100", country: "US" },
      params: { id: clientId },
    });
    expect(foreign.status).toBe(404);
    expect(getDb().select().from(smsConsents).all().length).toBe(before);
    const otherFirm = makeFirm("Third SMS firm");
    const theirClient = makeClient(otherFirm);
    const theirText = createId();
    getDb()
      .insert(smsInbound)
      .values({
        id: theirText,
        firmId: otherFirm,
        clientId: theirClient,
        fromPhone: "+12125550177",
        body: "theirs",
        meaning: "message",
        providerSid: `SM${theirText}`,
        receivedAt: new Date().toISOString(),
      })
      .run();
    const viaOurClient = await callRoute(texts.action as never, url(), {
      cookie: paralegal,
      form: { intent: "read", textId: theirText },
      params: { id: clientId },
    });
    expect(viaOurClient.status).toBe(404);
    const viaTheirClient = await callRoute(texts.action as never, `/clients/${theirClient}/text-messages`, {
      cookie: paralegal,
      form: { intent: "read", textId: theirText },
      params: { id: theirClient },
    });
    expect(viaTheirClient.status).toBe(404);
    expect(getDb().select().from(smsInbound).where(eq(smsInbound.id, theirText)).get()!.seenAt).toBeNull();
  });
});
