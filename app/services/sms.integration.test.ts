// Text reminders and replies against a fake of the provider's REST API on 127.0.0.1 (never the real
// service): send, retry with backoff, a crash between send and commit, opt-out, inbound replies with a
// valid and a forged signature, and delivery-status callbacks.
import twilio from "twilio";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, checkIns, notificationOutbox, smsInbound, smsOptOuts } from "#db/schema";
import { scheduleCheckIns } from "~/models/checkin.server";
import { createClient } from "~/models/client.server";
import { PORTAL_LANGUAGES } from "~/domain/languages";
import { KEYWORDS } from "~/domain/sms-keywords";
import { confirmAttendance } from "~/models/portal.server";
import type { Actor } from "~/models/actor";
import { getSmsConsent, listUnreadClientTexts, setSmsConsent } from "~/models/sms.server";
import { startFakeTwilio, type FakeTwilio } from "~/test/fake-twilio";
import { makeFirm, makeUser } from "~/test/fixtures";
import { users } from "#db/schema";
import { clientFormSchema } from "~/utils/client-schema";
import { claimDue, deliver, LEASE_MS, runOnce } from "./reminders.server";
import { sendSms } from "./sms.server";
import { handleInboundSms, handleSmsStatus } from "./sms-webhooks.server";

const ACCOUNT = "AC" + "1".repeat(32);
const TOKEN = "fake-auth-token-for-tests";
let fake: FakeTwilio;
let actor: Actor;
let firmId: string;
let phoneSeq = 100;

const base = {
  kind: "ero_office" as const,
  reportingOrder: "i220b",
  officeId: "ero-new-york",
  timeZone: "America/New_York",
  bring: "I-220B",
  lawyerAccompanies: false,
  notes: null,
  recurrence: null,
};

function localDate(d: Date) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(d);
}

/** A phone-only Spanish client with SMS consent and one check-in in 10 days at 10:00; returns its SMS rows. */
function phoneClient(
  lang = "es",
  as: Actor = actor,
  phone = `+1212555${String(phoneSeq++).padStart(4, "0")}`,
) {
  const r = createClient(
    as,
    clientFormSchema.parse({ familyName: "García", givenNames: "Ana", preferredLanguage: lang, phone }),
  );
  if (!r.ok) throw new Error("client");
  expect(setSmsConsent(as, r.id, { consent: true, phoneE164: phone, via: "staff" })).toBe(true);
  const [checkInId] = scheduleCheckIns(as, r.id, {
    ...base,
    date: localDate(new Date(Date.now() + 10 * 86_400_000)),
    time: "10:00",
  });
  return { clientId: r.id, checkInId: checkInId!, phone };
}

const smsRows = (checkInId: string) =>
  getDb()
    .select()
    .from(notificationOutbox)
    .where(and(eq(notificationOutbox.checkInId, checkInId), eq(notificationOutbox.channel, "sms")))
    .all()
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));

/** Delivers only this check-in's texts due by `at` (other tests' rows stay out of the way). */
async function deliverFor(checkInId: string, at: Date) {
  const out: string[] = [];
  for (const c of claimDue(at, 500)) {
    const row = getDb().select().from(notificationOutbox).where(eq(notificationOutbox.id, c.id)).get()!;
    if (row.checkInId !== checkInId || row.channel !== "sms") {
      getDb()
        .update(notificationOutbox)
        .set({ status: "pending", claimToken: null })
        .where(eq(notificationOutbox.id, c.id))
        .run();
      continue;
    }
    out.push(await deliver(c, at));
  }
  return out;
}

function signed(path: string, params: Record<string, string>, token = TOKEN) {
  const url = `http://localhost${path}`;
  const signature = twilio.getExpectedTwilioSignature(token, url, params);
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
    body: new URLSearchParams(params).toString(),
  });
}
const call = (fn: (r: Request) => Promise<Response>, request: Request) => fn(request);
const inboundAction = handleInboundSms;
const statusAction = handleSmsStatus;
let sidSeq = 0;
const inboundSid = () => `SM${(++sidSeq).toString(16).padStart(32, "0")}`;

beforeAll(async () => {
  fake = await startFakeTwilio(ACCOUNT, TOKEN);
  Object.assign(process.env, {
    SMS_PROVIDER: "twilio",
    TWILIO_ACCOUNT_SID: ACCOUNT,
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_FROM: "+12125550199",
    TWILIO_API_BASE: fake.url,
    REMINDER_OFFSETS_DAYS: "1",
  });
  delete process.env.CASEWATCH_DEMO;
  firmId = makeFirm("SMS firm");
  actor = { id: (await makeUser(firmId, "paralegal")).id, firmId, ip: null };
});
afterAll(async () => {
  for (const k of [
    "SMS_PROVIDER",
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "TWILIO_FROM",
    "TWILIO_API_BASE",
    "REMINDER_OFFSETS_DAYS",
  ])
    delete process.env[k];
  await fake.close();
});
beforeEach(() => {
  fake.failLists(false);
  fake.setClock(() => new Date());
});

describe("sending through the provider", () => {
  it("sends a consented client's reminder once, in Spanish, and stores the provider's SID", async () => {
    const { checkInId, phone } = phoneClient();
    const [row] = smsRows(checkInId);
    expect(row).toBeDefined();
    expect(row!.body).toContain("mañana");
    expect(row!.body).not.toMatch(/\bICE\b/);
    expect(row!.segments).toBeGreaterThanOrEqual(1);
    const at = new Date(Date.parse(row!.dueAt) + 1000);
    expect(await deliverFor(checkInId, at)).toEqual(["sent"]);
    const sent = fake.messages.filter((m) => m.to === phone);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toBe(row!.body);
    expect(sent[0]!.from).toBe("+12125550199");
    const after = smsRows(checkInId)[0]!;
    expect(after.status).toBe("sent");
    expect(after.providerSid).toBe(sent[0]!.sid);
    expect(after.deliveryState).toBe("queued");
    // Nothing more to send for it.
    expect(await deliverFor(checkInId, new Date(at.getTime() + LEASE_MS * 2))).toEqual([]);
    expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(1);
  });

  it("retries a provider error later (backoff), then sends", async () => {
    const { checkInId, phone } = phoneClient();
    const at = new Date(Date.parse(smsRows(checkInId)[0]!.dueAt) + 1000);
    fake.failNext({ kind: "error", status: 503, code: 20503, message: "Service unavailable" });
    expect(await deliverFor(checkInId, at)).toEqual(["retry"]);
    const row = smsRows(checkInId)[0]!;
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(Date.parse(row.nextAttemptAt!) - at.getTime()).toBe(60_000);
    expect(row.lastError).toContain("Service unavailable");
    expect(row.sendStartedAt).toBeNull();
    // Not before the backoff has passed.
    expect(await deliverFor(checkInId, new Date(at.getTime() + 30_000))).toEqual([]);
    expect(await deliverFor(checkInId, new Date(at.getTime() + 61_000))).toEqual(["sent"]);
    expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(1);
  });

  it("after a crash between the provider's answer and the commit, finds the text sent and does not send it again", async () => {
    const { checkInId, phone } = phoneClient();
    const due = new Date(Date.parse(smsRows(checkInId)[0]!.dueAt) + 1000);
    fake.setClock(() => due);
    // The worker claims, marks the send as started, the provider accepts, and the process dies.
    const claimed = claimDue(due, 500).filter(
      (c) =>
        getDb().select().from(notificationOutbox).where(eq(notificationOutbox.id, c.id)).get()!.checkInId ===
        checkInId,
    );
    expect(claimed).toHaveLength(1);
    const row = smsRows(checkInId)[0]!;
    getDb()
      .update(notificationOutbox)
      .set({ sendStartedAt: due.toISOString() })
      .where(eq(notificationOutbox.id, row.id))
      .run();
    await sendSms({ firmId, to: row.toAddress, body: row.body, messageId: row.messageId });
    expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(1);
    // After the lease, another worker claims it again.
    const later = new Date(due.getTime() + LEASE_MS + 1000);
    expect(await deliverFor(checkInId, later)).toEqual(["sent"]);
    expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(1);
    const after = smsRows(checkInId)[0]!;
    expect(after.status).toBe("sent");
    expect(after.providerSid).toBe(fake.messages.find((m) => m.to === phone)!.sid);
    expect(after.possibleDuplicate).toBe(false);
  });

  it("a dropped connection leaves the send in doubt; the next attempt finds it instead of doubling", async () => {
    const { checkInId, phone } = phoneClient();
    const at = new Date(Date.parse(smsRows(checkInId)[0]!.dueAt) + 1000);
    fake.setClock(() => at);
    fake.failNext({ kind: "drop" });
    expect(await deliverFor(checkInId, at)).toEqual(["retry"]);
    expect(smsRows(checkInId)[0]!.sendStartedAt).not.toBeNull();
    expect(await deliverFor(checkInId, new Date(at.getTime() + 61_000))).toEqual(["sent"]);
    expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(1);
  });

  it("when the provider cannot say whether the first send went, sends again and reports a possible duplicate", async () => {
    const { checkInId, phone } = phoneClient();
    const at = new Date(Date.parse(smsRows(checkInId)[0]!.dueAt) + 1000);
    fake.failNext({ kind: "drop" });
    expect(await deliverFor(checkInId, at)).toEqual(["retry"]);
    fake.failLists(true);
    expect(await deliverFor(checkInId, new Date(at.getTime() + 61_000))).toEqual(["sent"]);
    expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(2);
    expect(smsRows(checkInId)[0]!.possibleDuplicate).toBe(true);
  });

  it("an opted-out number fails at once with the reason in words, and is recorded as opted out", async () => {
    const { checkInId, phone } = phoneClient();
    fake.optedOut.add(phone);
    const at = new Date(Date.parse(smsRows(checkInId)[0]!.dueAt) + 1000);
    expect(await deliverFor(checkInId, at)).toEqual(["failed"]);
    const row = smsRows(checkInId)[0]!;
    expect(row.status).toBe("failed");
    expect(row.deliveryError).toMatch(/opted out/);
    expect(getDb().select().from(smsOptOuts).where(eq(smsOptOuts.phoneE164, phone)).all()).toHaveLength(1);
  });

  it("the provider's opt-out answer to one text cancels the other texts waiting for that number", async () => {
    const { checkInId, phone, clientId } = phoneClient();
    const [second] = scheduleCheckIns(actor, clientId, {
      ...base,
      date: localDate(new Date(Date.now() + 12 * 86_400_000)),
      time: "10:00",
    });
    expect(smsRows(second!)[0]!.status).toBe("pending");
    fake.optedOut.add(phone);
    const at = new Date(Date.parse(smsRows(checkInId)[0]!.dueAt) + 1000);
    expect(await deliverFor(checkInId, at)).toEqual(["failed"]);
    expect(smsRows(second!)[0]!.status).toBe("cancelled");
    expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(0);
  });

  it("a text claimed at night (a worker that was down) waits for 08:00 in the client's zone", async () => {
    const { checkInId, phone } = phoneClient();
    const row = smsRows(checkInId)[0]!;
    // 23:30 in New York on the evening before the reminder was due: nothing goes, it waits for 08:00.
    const night = new Date(Date.parse(row.dueAt) - 86_400_000);
    const local = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(night);
    const { zonedToUtc } = await import("~/domain/zoned-time");
    const at = zonedToUtc(local as never, "23:30", "America/New_York");
    getDb()
      .update(notificationOutbox)
      .set({ dueAt: new Date(at.getTime() - 60_000).toISOString() })
      .where(eq(notificationOutbox.id, row.id))
      .run();
    expect(await deliverFor(checkInId, at)).toEqual(["retry"]);
    const after = smsRows(checkInId)[0]!;
    expect(after.status).toBe("pending");
    const next = new Date(after.nextAttemptAt!);
    expect(
      new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", timeStyle: "short" }).format(next),
    ).toBe("08:00");
    expect(next.getTime() - at.getTime()).toBe(8.5 * 3600_000);
    expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(0);
  });

  it("sends nothing without SMS consent, even with a phone and email consent", async () => {
    const r = createClient(
      actor,
      clientFormSchema.parse({ familyName: "Li", givenNames: "Na", phone: "+12125559999" }),
    );
    if (!r.ok) throw new Error("client");
    const [id] = scheduleCheckIns(actor, r.id, {
      ...base,
      date: localDate(new Date(Date.now() + 9 * 86_400_000)),
      time: "10:00",
    });
    expect(smsRows(id!)).toHaveLength(0);
  });
});

describe("replies", () => {
  it("refuses a forged signature with 403 and records nothing", async () => {
    const { phone } = phoneClient();
    const params = {
      AccountSid: ACCOUNT,
      MessageSid: inboundSid(),
      From: phone,
      To: "+12125550199",
      Body: "1",
    };
    const forged = signed("/sms/inbound", params, "not-the-token");
    expect((await call(inboundAction, forged)).status).toBe(403);
    const tampered = signed("/sms/inbound", params);
    const body = new URLSearchParams({ ...params, Body: "STOP" }).toString();
    const swapped = new Request(tampered.url, { method: "POST", headers: tampered.headers, body });
    expect((await call(inboundAction, swapped)).status).toBe(403);
    const unsigned = new Request("http://localhost/sms/inbound", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(params).toString(),
    });
    expect((await call(inboundAction, unsigned)).status).toBe(403);
    expect(getDb().select().from(smsInbound).where(eq(smsInbound.fromPhone, phone)).all()).toHaveLength(0);
  });

  it("a signed '1' records 'I will be there' on the check-in, answers in Spanish, and a repeat is recorded once", async () => {
    const { checkInId, phone, clientId } = phoneClient();
    const params = {
      AccountSid: ACCOUNT,
      MessageSid: inboundSid(),
      From: phone,
      To: "+12125550199",
      Body: "1",
    };
    const res = await call(inboundAction, signed("/sms/inbound", params));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("xml");
    expect(await res.text()).toContain("gracias");
    const c = getDb().select().from(checkIns).where(eq(checkIns.id, checkInId)).get()!;
    expect(c.clientWillAttendAt).not.toBeNull();
    const audits = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "checkin.client_will_attend"), eq(auditLog.entityId, clientId)))
      .all();
    expect(audits).toHaveLength(1);
    const again = await call(inboundAction, signed("/sms/inbound", params));
    expect(again.status).toBe(200);
    expect(await again.text()).not.toContain("<Message>");
    expect(getDb().select().from(smsInbound).where(eq(smsInbound.fromPhone, phone)).all()).toHaveLength(1);
  });

  it("'SÍ' and '是' confirm too; anything else waits for staff as a message from the client", async () => {
    const es = phoneClient();
    await call(
      inboundAction,
      signed("/sms/inbound", { AccountSid: ACCOUNT, MessageSid: inboundSid(), From: es.phone, Body: "¡SÍ!" }),
    );
    expect(
      getDb().select().from(checkIns).where(eq(checkIns.id, es.checkInId)).get()!.clientWillAttendAt,
    ).not.toBeNull();
    const zh = phoneClient("zh-Hans");
    const r = await call(
      inboundAction,
      signed("/sms/inbound", { AccountSid: ACCOUNT, MessageSid: inboundSid(), From: zh.phone, Body: "是" }),
    );
    expect(await r.text()).toContain("谢谢");
    const other = phoneClient();
    const res = await call(
      inboundAction,
      signed("/sms/inbound", {
        AccountSid: ACCOUNT,
        MessageSid: inboundSid(),
        From: other.phone,
        Body: "No puedo ir, mi hijo está enfermo",
      }),
    );
    expect(await res.text()).not.toContain("<Message>");
    expect(
      getDb().select().from(checkIns).where(eq(checkIns.id, other.checkInId)).get()!.clientWillAttendAt,
    ).toBeNull();
    const unread = listUnreadClientTexts(firmId);
    expect(unread.find((m) => m.clientId === other.clientId)?.body).toBe("No puedo ir, mi hijo está enfermo");
    // Another firm sees none of it.
    expect(listUnreadClientTexts(makeFirm("Other"))).toHaveLength(0);
  });

  it("ALTO stops texts at once and is recorded; START resumes them; HELP is answered", async () => {
    const { checkInId, phone, clientId } = phoneClient();
    expect(smsRows(checkInId)[0]!.status).toBe("pending");
    const stop = await call(
      inboundAction,
      signed("/sms/inbound", { AccountSid: ACCOUNT, MessageSid: inboundSid(), From: phone, Body: "ALTO" }),
    );
    expect(await stop.text()).toContain("START");
    expect(smsRows(checkInId)[0]!.status).toBe("cancelled");
    expect(getSmsConsent(firmId, clientId)!.optedOutAt).not.toBeNull();
    const help = await call(
      inboundAction,
      signed("/sms/inbound", { AccountSid: ACCOUNT, MessageSid: inboundSid(), From: phone, Body: "AYUDA" }),
    );
    expect(await help.text()).toContain("Responda 1");
    const start = await call(
      inboundAction,
      signed("/sms/inbound", { AccountSid: ACCOUNT, MessageSid: inboundSid(), From: phone, Body: "START" }),
    );
    expect(start.status).toBe(200);
    expect(getSmsConsent(firmId, clientId)!.optedOutAt).toBeNull();
    expect(smsRows(checkInId)[0]!.status).toBe("pending");
  });

  it.each(PORTAL_LANGUAGES)(
    "%s: the stop word ends texts at once (recorded, pending cancelled); START and HELP are answered",
    async (lang) => {
      const { checkInId, phone, clientId } = phoneClient(lang);
      const send = (Body: string) =>
        call(
          inboundAction,
          signed("/sms/inbound", { AccountSid: ACCOUNT, MessageSid: inboundSid(), From: phone, Body }),
        );
      const words = KEYWORDS[lang];
      expect(smsRows(checkInId)[0]!.status).toBe("pending");
      const stop = await send(words.stop[0]!.toUpperCase());
      expect(stop.status).toBe(200);
      expect(await stop.text()).toContain("<Message>");
      expect(smsRows(checkInId)[0]!.status).toBe("cancelled");
      expect(getSmsConsent(firmId, clientId)!.optedOutAt).not.toBeNull();
      expect(
        getDb()
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, "client.sms_opted_out"), eq(auditLog.entityId, clientId)))
          .all(),
      ).toHaveLength(1);
      const help = await send(words.help[0]!);
      expect(await help.text()).toContain("<Message>");
      const start = await send(words.start[0]!);
      expect(await start.text()).toContain("<Message>");
      expect(getSmsConsent(firmId, clientId)!.optedOutAt).toBeNull();
      expect(smsRows(checkInId)[0]!.status).toBe("pending");
    },
  );

  it("a STOP to the installation's number ends the texts of every firm that has the number", async () => {
    const other = makeFirm("Second SMS firm");
    const otherActor: Actor = { id: (await makeUser(other, "paralegal")).id, firmId: other, ip: null };
    const mine = phoneClient("en");
    const theirs = phoneClient("en", otherActor, mine.phone);
    expect(smsRows(theirs.checkInId)[0]!.status).toBe("pending");
    await call(
      inboundAction,
      signed("/sms/inbound", {
        AccountSid: ACCOUNT,
        MessageSid: inboundSid(),
        From: mine.phone,
        Body: "STOP",
      }),
    );
    expect(smsRows(mine.checkInId)[0]!.status).toBe("cancelled");
    expect(smsRows(theirs.checkInId)[0]!.status).toBe("cancelled");
    expect(getSmsConsent(other, theirs.clientId)!.optedOutAt).not.toBeNull();
    await call(
      inboundAction,
      signed("/sms/inbound", {
        AccountSid: ACCOUNT,
        MessageSid: inboundSid(),
        From: mine.phone,
        Body: "START",
      }),
    );
    expect(smsRows(theirs.checkInId)[0]!.status).toBe("pending");
  });

  it("'1' records 'I will be there' as the portal's button does: same state, same audit entry, the client as actor", async () => {
    const byText = phoneClient();
    const byButton = phoneClient();
    const userOf = async (clientId: string) => (await makeUser(firmId, "client", { clientId })).id;
    const textUser = await userOf(byText.clientId);
    const buttonUser = await userOf(byButton.clientId);
    expect(
      confirmAttendance({ id: buttonUser, firmId, clientId: byButton.clientId }, byButton.checkInId, null),
    ).toBe(true);
    await call(
      inboundAction,
      signed("/sms/inbound", {
        AccountSid: ACCOUNT,
        MessageSid: inboundSid(),
        From: byText.phone,
        Body: "1",
      }),
    );
    const state = (id: string) => {
      const c = getDb().select().from(checkIns).where(eq(checkIns.id, id)).get()!;
      return { status: c.status, confirmed: c.clientWillAttendAt !== null };
    };
    expect(state(byText.checkInId)).toEqual(state(byButton.checkInId));
    expect(state(byText.checkInId)).toEqual({ status: "scheduled", confirmed: true });
    const entry = (clientId: string) => {
      const a = getDb()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "checkin.client_will_attend"), eq(auditLog.entityId, clientId)))
        .all();
      expect(a).toHaveLength(1);
      return a[0]!;
    };
    const t = entry(byText.clientId);
    const b = entry(byButton.clientId);
    expect([t.entityType, t.firmId, t.actorUserId]).toEqual([b.entityType, b.firmId, textUser]);
    expect(b.actorUserId).toBe(buttonUser);
    expect((t.after as { checkInId: string }).checkInId).toBe(byText.checkInId);
    expect(getDb().select().from(users).where(eq(users.id, textUser)).get()!.clientId).toBe(byText.clientId);
  });

  it("400 for a signed request without a usable sender", async () => {
    const res = await call(
      inboundAction,
      signed("/sms/inbound", { AccountSid: ACCOUNT, MessageSid: inboundSid(), From: "nobody", Body: "1" }),
    );
    expect(res.status).toBe(400);
    const noSid = await call(
      inboundAction,
      signed("/sms/inbound", { AccountSid: ACCOUNT, From: "+12125550100", Body: "1" }),
    );
    expect(noSid.status).toBe(400);
    const notForm = new Request("http://localhost/sms/inbound", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect((await call(inboundAction, notForm)).status).toBe(400);
  });
});

describe("delivery-status callbacks", () => {
  it("update the message's state; an undelivered one shows the reason in words", async () => {
    const { checkInId } = phoneClient();
    const at = new Date(Date.parse(smsRows(checkInId)[0]!.dueAt) + 1000);
    expect(await deliverFor(checkInId, at)).toEqual(["sent"]);
    const sid = smsRows(checkInId)[0]!.providerSid!;
    const ok = await call(
      statusAction,
      signed("/sms/status", { AccountSid: ACCOUNT, MessageSid: sid, MessageStatus: "sent" }),
    );
    expect(ok.status).toBe(204);
    expect(smsRows(checkInId)[0]!.deliveryState).toBe("sent");
    await call(
      statusAction,
      signed("/sms/status", {
        AccountSid: ACCOUNT,
        MessageSid: sid,
        MessageStatus: "undelivered",
        ErrorCode: "30003",
      }),
    );
    const row = smsRows(checkInId)[0]!;
    expect(row.deliveryState).toBe("undelivered");
    expect(row.deliveryError).toMatch(/number not reachable/);
    expect(row.status).toBe("failed");
    const forged = signed(
      "/sms/status",
      { AccountSid: ACCOUNT, MessageSid: sid, MessageStatus: "delivered" },
      "wrong",
    );
    expect((await call(statusAction, forged)).status).toBe(403);
    expect(smsRows(checkInId)[0]!.deliveryState).toBe("undelivered");
    const bad = await call(
      statusAction,
      signed("/sms/status", { AccountSid: ACCOUNT, MessageSid: sid, MessageStatus: "<b>" }),
    );
    expect(bad.status).toBe(400);
  });
});

describe("delivery-status callbacks, out of order", () => {
  it("a late 'sent' after 'delivered' does not take the state back; an opted-out callback cancels what waits", async () => {
    const { checkInId, phone, clientId } = phoneClient();
    const [second] = scheduleCheckIns(actor, clientId, {
      ...base,
      date: localDate(new Date(Date.now() + 12 * 86_400_000)),
      time: "10:00",
    });
    const at = new Date(Date.parse(smsRows(checkInId)[0]!.dueAt) + 1000);
    expect(await deliverFor(checkInId, at)).toEqual(["sent"]);
    const sid = smsRows(checkInId)[0]!.providerSid!;
    const status = (MessageStatus: string, ErrorCode?: string) =>
      call(
        statusAction,
        signed("/sms/status", {
          AccountSid: ACCOUNT,
          MessageSid: sid,
          MessageStatus,
          ...(ErrorCode ? { ErrorCode } : {}),
        }),
      );
    expect((await status("delivered")).status).toBe(204);
    expect((await status("sent")).status).toBe(204);
    expect(smsRows(checkInId)[0]!.deliveryState).toBe("delivered");
    expect(smsRows(checkInId)[0]!.status).toBe("sent");
    // The carrier reports the number opted out (21610): recorded, and the next text is cancelled.
    await status("undelivered", "21610");
    expect(getSmsConsent(firmId, clientId)!.optedOutAt).not.toBeNull();
    expect(smsRows(second!)[0]!.status).toBe("cancelled");
    void phone;
  });
});

// runOnce is the worker's loop; one pass with nothing due does nothing.
it("the worker loop runs", async () => {
  expect(await runOnce(new Date(0))).toEqual({ sent: 0, retry: 0, failed: 0 });
});
