// Text messages on the staff side: consent (apart from the email consent), opt-outs, what clients
// texted us and what Casewatch made of it, delivery states from the provider, and the firm's provider
// settings. Every query is scoped to the firm; every change to case data is audited in its transaction.
import { and, asc, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "#db/client";
import {
  checkIns,
  clients,
  firms,
  notificationOutbox,
  smsConsents,
  smsInbound,
  smsOptOuts,
  smsSettings,
  users,
} from "#db/schema";
import { reminderLanguage, type ReminderLanguage, type SmsReplyKind } from "~/domain/reminder-messages";
import { classifyInbound, keywordLanguage, type InboundMeaning } from "~/domain/sms-keywords";
import { writeAudit } from "~/utils/audit.server";
import { createId } from "~/utils/crypto.server";
import type { Actor } from "./actor";
import { syncClientReminders } from "./reminders.server";

// ---- Consent ----

export function getSmsConsent(firmId: string, clientId: string) {
  const c = getDb()
    .select()
    .from(smsConsents)
    .where(and(eq(smsConsents.clientId, clientId), eq(smsConsents.firmId, firmId)))
    .get();
  if (!c) return null;
  const optOut = activeOptOut(getDb(), firmId, c.phoneE164);
  return {
    phoneE164: c.phoneE164,
    consent: c.consent,
    consentSource: c.consentSource,
    consentAt: c.consentAt,
    optedOutAt: optOut?.optedOutAt ?? null,
    optedOutKeyword: optOut?.keyword ?? null,
  };
}

export function activeOptOut(tx: Db | Tx, firmId: string, phoneE164: string) {
  return tx
    .select()
    .from(smsOptOuts)
    .where(
      and(eq(smsOptOuts.firmId, firmId), eq(smsOptOuts.phoneE164, phoneE164), isNull(smsOptOuts.resumedAt)),
    )
    .orderBy(desc(smsOptOuts.optedOutAt))
    .get();
}

/**
 * Texts to this number stop now: the opt-out is recorded (once) and every text not yet sent to the
 * number is cancelled, whoever it was for. The one way an opt-out is written (a STOP, the provider's
 * opt-out answer to a send, a status callback that says so).
 */
export function recordOptOut(
  tx: Db | Tx,
  input: { firmId: string; phoneE164: string; keyword: string; providerSid: string | null; at: string },
): void {
  if (!activeOptOut(tx, input.firmId, input.phoneE164))
    tx.insert(smsOptOuts)
      .values({
        id: createId(),
        firmId: input.firmId,
        phoneE164: input.phoneE164,
        keyword: input.keyword.trim().slice(0, 40),
        optedOutAt: input.at,
        providerSid: input.providerSid,
      })
      .run();
  tx.update(notificationOutbox)
    .set({ status: "cancelled", lastError: "opted out (the client answered STOP)", updatedAt: input.at })
    .where(
      and(
        eq(notificationOutbox.firmId, input.firmId),
        eq(notificationOutbox.channel, "sms"),
        eq(notificationOutbox.toAddress, input.phoneE164),
        inArray(notificationOutbox.status, ["pending", "failed"]),
      ),
    )
    .run();
}

/** Records (or withdraws) consent to text messages at this number; false when the client is not the firm's. */
export function setSmsConsent(
  actor: Actor,
  clientId: string,
  input: { consent: boolean; phoneE164: string; via: "staff" | "client" },
): boolean {
  return getDb().transaction((tx) => {
    const client = tx
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.id, clientId), eq(clients.firmId, actor.firmId)))
      .get();
    if (!client) return false;
    const before = tx.select().from(smsConsents).where(eq(smsConsents.clientId, clientId)).get();
    const at = new Date().toISOString();
    const row = {
      phoneE164: input.phoneE164,
      consent: input.consent,
      consentSource: input.via,
      consentAt: at,
      recordedBy: actor.id,
    };
    if (before) tx.update(smsConsents).set(row).where(eq(smsConsents.clientId, clientId)).run();
    else
      tx.insert(smsConsents)
        .values({ clientId, firmId: actor.firmId, ...row })
        .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: input.consent ? "client.sms_agreed" : "client.sms_withdrawn",
      entityType: "client",
      entityId: clientId,
      before: before ? { consent: before.consent, phone: before.phoneE164 } : null,
      after: { consent: input.consent, phone: input.phoneE164, recordedVia: input.via },
      ip: actor.ip,
    });
    syncClientReminders(tx, clientId);
    return true;
  });
}

// ---- Inbound texts ----

export type InboundResult = {
  duplicate: boolean;
  meaning: InboundMeaning;
  reply: SmsReplyKind | null;
  language: ReminderLanguage;
  firmName: string | null;
  firmPhone: string | null;
};

/** The language to answer an unknown number in: the language of the keyword it wrote, else its script. */
function languageOfKeyword(body: string): ReminderLanguage {
  const lang = keywordLanguage(body);
  if (lang) return reminderLanguage(lang);
  return /\p{Script=Han}/u.test(body) ? "zh-Hans" : "en";
}

/** The client this number belongs to: the firm's, or (for the installation's account) any firm without its own. */
function findSender(tx: Db | Tx, firmId: string | null, from: string) {
  const where = firmId
    ? and(eq(smsConsents.phoneE164, from), eq(smsConsents.firmId, firmId))
    : and(
        eq(smsConsents.phoneE164, from),
        sql`not exists (select 1 from sms_settings s where s.firm_id = ${smsConsents.firmId})`,
      );
  return tx
    .select({
      clientId: smsConsents.clientId,
      firmId: smsConsents.firmId,
      language: clients.preferredLanguage,
    })
    .from(smsConsents)
    .innerJoin(clients, eq(clients.id, smsConsents.clientId))
    .where(where)
    .orderBy(desc(smsConsents.consentAt))
    .get();
}

/**
 * One text a client sent, recorded once (the provider may deliver a webhook twice), with what it
 * does: STOP and its kin stop texts to the number at once; START resumes them; "1"/"YES"/"SÍ"/"是"
 * is "I will be there" on the client's next check-in, as the portal's button records it; anything
 * else waits for the paralegal on the client's page and in the check-ins queue.
 */
export function recordInbound(input: {
  firmId: string | null;
  from: string;
  to: string | null;
  body: string;
  sid: string;
  now?: Date;
}): InboundResult | null {
  const now = input.now ?? new Date();
  const at = now.toISOString();
  const meaning = classifyInbound(input.body);
  return getDb().transaction((tx) => {
    const sender = findSender(tx, input.firmId, input.from);
    const firmId = sender?.firmId ?? input.firmId;
    // A number no firm knows, on the installation's account: nothing to record it under.
    if (!firmId) return null;
    const firm = tx.select().from(firms).where(eq(firms.id, firmId)).get();
    if (!firm) return null;
    const language = sender ? reminderLanguage(sender.language) : languageOfKeyword(input.body);
    const base = { language, firmName: firm.name, firmPhone: firm.phone };
    const seen = tx.select().from(smsInbound).where(eq(smsInbound.providerSid, input.sid)).get();
    if (seen) return { duplicate: true, meaning: seen.meaning, reply: null, ...base };

    let reply: SmsReplyKind | null = null;
    let checkInId: string | null = null;
    let recorded: InboundMeaning = meaning;
    // The installation's number is shared by every firm without its own: a STOP to it ends the texts
    // of each of those firms that has this number, not only the one whose client it is.
    const firmsOfNumber =
      input.firmId === null && (meaning === "stop" || meaning === "start")
        ? [
            ...new Set([
              firmId,
              ...tx
                .select({ firmId: smsConsents.firmId })
                .from(smsConsents)
                .where(
                  and(
                    eq(smsConsents.phoneE164, input.from),
                    sql`not exists (select 1 from sms_settings s where s.firm_id = ${smsConsents.firmId})`,
                  ),
                )
                .all()
                .map((r) => r.firmId),
            ]),
          ]
        : [firmId];
    if (meaning === "stop") {
      for (const f of firmsOfNumber)
        recordOptOut(tx, {
          firmId: f,
          phoneE164: input.from,
          keyword: input.body,
          providerSid: input.sid,
          at,
        });
      reply = "stop";
    } else if (meaning === "start") {
      tx.update(smsOptOuts)
        .set({ resumedAt: at })
        .where(
          and(
            inArray(smsOptOuts.firmId, firmsOfNumber),
            eq(smsOptOuts.phoneE164, input.from),
            isNull(smsOptOuts.resumedAt),
          ),
        )
        .run();
      reply = "start";
    } else if (meaning === "help") {
      reply = "help";
    } else if (meaning === "confirm") {
      const next = sender
        ? tx
            .select({ id: checkIns.id })
            .from(checkIns)
            .where(
              and(
                eq(checkIns.clientId, sender.clientId),
                eq(checkIns.firmId, firmId),
                eq(checkIns.status, "scheduled"),
                // A reply on the morning of the check-in still counts.
                gte(checkIns.startsAt, new Date(now.getTime() - 6 * 3600_000).toISOString()),
              ),
            )
            .orderBy(asc(checkIns.startsAt))
            .get()
        : undefined;
      if (next) {
        checkInId = next.id;
        // As the portal's button records it: the client's own account is the actor when they have one.
        const portalUser = tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.clientId, sender!.clientId), eq(users.firmId, firmId)))
          .get();
        tx.update(checkIns).set({ clientWillAttendAt: at }).where(eq(checkIns.id, next.id)).run();
        writeAudit(tx, {
          firmId,
          actorUserId: portalUser?.id ?? null,
          action: "checkin.client_will_attend",
          entityType: "client",
          entityId: sender!.clientId,
          after: { checkInId: next.id, via: "sms" },
        });
        reply = "confirmed";
      } else {
        // Nothing to confirm: staff should see it as a message.
        recorded = "message";
        reply = "nothing_to_confirm";
      }
    }
    tx.insert(smsInbound)
      .values({
        id: createId(),
        firmId,
        clientId: sender?.clientId ?? null,
        checkInId,
        fromPhone: input.from,
        toPhone: input.to,
        body: input.body.slice(0, 1600),
        meaning: recorded,
        providerSid: input.sid,
        receivedAt: at,
      })
      .run();
    if (meaning === "stop" || meaning === "start")
      for (const f of firmsOfNumber) {
        const clientIds = tx
          .select({ clientId: smsConsents.clientId })
          .from(smsConsents)
          .where(and(eq(smsConsents.firmId, f), eq(smsConsents.phoneE164, input.from)))
          .all()
          .map((r) => r.clientId);
        writeAudit(tx, {
          firmId: f,
          actorUserId: null,
          action: meaning === "stop" ? "client.sms_opted_out" : "client.sms_resumed",
          entityType: "client",
          entityId: f === firmId ? (sender?.clientId ?? clientIds[0] ?? null) : (clientIds[0] ?? null),
          after: { phone: input.from, keyword: input.body.trim().slice(0, 40) },
        });
        for (const id of clientIds) syncClientReminders(tx, id, now);
      }
    return { duplicate: false, meaning: recorded, reply, ...base };
  });
}

/** What a client texted (not the keywords), newest first, for the client's page. */
export function listClientTexts(firmId: string, clientId: string, limit = 20) {
  return getDb()
    .select({
      id: smsInbound.id,
      body: smsInbound.body,
      meaning: smsInbound.meaning,
      receivedAt: smsInbound.receivedAt,
      seenAt: smsInbound.seenAt,
      checkInId: smsInbound.checkInId,
    })
    .from(smsInbound)
    .where(and(eq(smsInbound.firmId, firmId), eq(smsInbound.clientId, clientId)))
    .orderBy(desc(smsInbound.receivedAt))
    .limit(limit)
    .all();
}

/** Messages from clients nobody has marked as read, for the check-ins queue. */
export function listUnreadClientTexts(firmId: string, limit = 25) {
  return getDb()
    .select({
      id: smsInbound.id,
      body: smsInbound.body,
      receivedAt: smsInbound.receivedAt,
      fromPhone: smsInbound.fromPhone,
      clientId: smsInbound.clientId,
      givenNames: clients.givenNames,
      familyName: clients.familyName,
    })
    .from(smsInbound)
    .leftJoin(clients, eq(clients.id, smsInbound.clientId))
    .where(and(eq(smsInbound.firmId, firmId), eq(smsInbound.meaning, "message"), isNull(smsInbound.seenAt)))
    .orderBy(desc(smsInbound.receivedAt))
    .limit(limit)
    .all();
}

/** Marks one of this client's texts read; false when it is not theirs (or not the firm's). */
export function markClientTextRead(actor: Actor, clientId: string, id: string): boolean {
  if (!id || id.length > 40) return false;
  return getDb().transaction((tx) => {
    const m = tx
      .select()
      .from(smsInbound)
      .where(
        and(eq(smsInbound.id, id), eq(smsInbound.firmId, actor.firmId), eq(smsInbound.clientId, clientId)),
      )
      .get();
    if (!m) return false;
    if (m.seenAt) return true;
    tx.update(smsInbound)
      .set({ seenAt: new Date().toISOString(), seenBy: actor.id })
      .where(eq(smsInbound.id, id))
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "client.sms_read",
      entityType: "client",
      entityId: m.clientId,
      after: { smsId: id },
      ip: actor.ip,
    });
    return true;
  });
}

// ---- Outgoing texts and their delivery ----

/** The client's text reminders with their state in words, for the client's page. */
export function listClientSmsReminders(firmId: string, clientId: string, limit = 10) {
  return getDb()
    .select({
      id: notificationOutbox.id,
      toAddress: notificationOutbox.toAddress,
      body: notificationOutbox.body,
      dueAt: notificationOutbox.dueAt,
      status: notificationOutbox.status,
      segments: notificationOutbox.segments,
      deliveryState: notificationOutbox.deliveryState,
      deliveryError: notificationOutbox.deliveryError,
      lastError: notificationOutbox.lastError,
      possibleDuplicate: notificationOutbox.possibleDuplicate,
      sentAt: notificationOutbox.sentAt,
    })
    .from(notificationOutbox)
    .where(
      and(
        eq(notificationOutbox.firmId, firmId),
        eq(notificationOutbox.clientId, clientId),
        eq(notificationOutbox.channel, "sms"),
      ),
    )
    .orderBy(desc(notificationOutbox.dueAt))
    .limit(limit)
    .all();
}

const FINAL_FAILURES = new Set(["undelivered", "failed"]);
// How far along a message is. Callbacks can arrive out of order ("sent" after "delivered"): a state
// never goes back, and a final one (delivered, undelivered, failed, canceled) is changed only by "read".
const RANK: Record<string, number> = {
  accepted: 0,
  scheduled: 0,
  queued: 1,
  sending: 2,
  sent: 3,
  delivered: 4,
  undelivered: 4,
  failed: 4,
  canceled: 4,
  read: 5,
};
const STATES = Object.keys(RANK);

/**
 * A delivery-status callback: the message's state as the provider saw it. Returns false when no
 * message of the firm (or, for the installation's account, of any firm without its own) has that SID.
 */
export function applyDeliveryStatus(input: {
  firmId: string | null;
  sid: string;
  state: string;
  errorCode: number | null;
  errorWords: string | null;
}): boolean {
  if (!STATES.includes(input.state)) return false;
  return getDb().transaction((tx) => {
    const row = tx
      .select()
      .from(notificationOutbox)
      .where(
        and(
          eq(notificationOutbox.providerSid, input.sid),
          input.firmId
            ? eq(notificationOutbox.firmId, input.firmId)
            : sql`not exists (select 1 from sms_settings s where s.firm_id = ${notificationOutbox.firmId})`,
        ),
      )
      .get();
    if (!row) return false;
    const at = new Date().toISOString();
    const current = row.deliveryState ? (RANK[row.deliveryState] ?? -1) : -1;
    if (RANK[input.state]! > current) {
      const failed = FINAL_FAILURES.has(input.state);
      tx.update(notificationOutbox)
        .set({
          deliveryState: input.state,
          deliveryError: failed ? (input.errorWords ?? "not delivered") : null,
          ...(failed ? { status: "failed" as const, lastError: input.errorWords ?? "not delivered" } : {}),
          updatedAt: at,
        })
        .where(eq(notificationOutbox.id, row.id))
        .run();
    }
    // The carrier says the number opted out: recorded as a STOP would be.
    if (input.errorCode === 21610)
      recordOptOut(tx, {
        firmId: row.firmId,
        phoneE164: row.toAddress,
        keyword: "provider",
        providerSid: input.sid,
        at,
      });
    return true;
  });
}

/** The provider's opt-out answer to a send (error 21610) recorded as an opt-out of the number. */
export function recordProviderOptOut(firmId: string, phoneE164: string, at = new Date()): void {
  getDb().transaction((tx) =>
    recordOptOut(tx, { firmId, phoneE164, keyword: "provider", providerSid: null, at: at.toISOString() }),
  );
}

// ---- Settings ----

/** What the settings page may show: never the token, only whether one is stored. */
export function smsSettingsView(firmId: string) {
  const s = getDb().select().from(smsSettings).where(eq(smsSettings.firmId, firmId)).get();
  if (!s) return null;
  return {
    accountSid: s.accountSid,
    fromNumber: s.fromNumber,
    messagingServiceSid: s.messagingServiceSid,
    hasAuthToken: Boolean(s.authTokenCipher),
    lastTestAt: s.lastTestAt,
    lastTestResult: s.lastTestResult,
    updatedAt: s.updatedAt,
  };
}

/** Saves the account; a blank token keeps the stored one. False when there is no token to keep. */
export function saveSmsSettings(
  actor: Actor,
  input: {
    accountSid: string;
    authTokenCipher: string | null;
    fromNumber: string | null;
    messagingServiceSid: string | null;
  },
): boolean {
  return getDb().transaction((tx) => {
    const before = tx.select().from(smsSettings).where(eq(smsSettings.firmId, actor.firmId)).get();
    const cipher = input.authTokenCipher ?? before?.authTokenCipher;
    if (!cipher) return false;
    const row = {
      accountSid: input.accountSid,
      authTokenCipher: cipher,
      fromNumber: input.fromNumber,
      messagingServiceSid: input.messagingServiceSid,
      updatedBy: actor.id,
      updatedAt: new Date().toISOString(),
    };
    if (before) tx.update(smsSettings).set(row).where(eq(smsSettings.firmId, actor.firmId)).run();
    else
      tx.insert(smsSettings)
        .values({ firmId: actor.firmId, ...row })
        .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "firm.sms_settings_changed",
      entityType: "firm",
      entityId: actor.firmId,
      before: before
        ? {
            accountSid: before.accountSid,
            fromNumber: before.fromNumber,
            messagingServiceSid: before.messagingServiceSid,
          }
        : null,
      after: {
        accountSid: input.accountSid,
        fromNumber: input.fromNumber,
        messagingServiceSid: input.messagingServiceSid,
        authTokenChanged: input.authTokenCipher !== null,
      },
      ip: actor.ip,
    });
    return true;
  });
}

export function recordSmsTest(actor: Actor, result: string): void {
  getDb().transaction((tx) => {
    tx.update(smsSettings)
      .set({ lastTestAt: new Date().toISOString(), lastTestResult: result.slice(0, 300) })
      .where(eq(smsSettings.firmId, actor.firmId))
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "firm.sms_test_sent",
      entityType: "firm",
      entityId: actor.firmId,
      after: { result: result.slice(0, 300) },
      ip: actor.ip,
    });
  });
}

/** The client's phone, and the countries on their record, for the consent form's defaults. */
export function smsConsentDefaults(firmId: string, clientId: string) {
  const c = getDb()
    .select({
      phone: clients.phone,
      nationalities: clients.nationalities,
      countryOfBirth: clients.countryOfBirth,
      language: clients.preferredLanguage,
    })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.firmId, firmId)))
    .get();
  if (!c) return null;
  const countries = [
    ...new Set(["US", ...c.nationalities, ...(c.countryOfBirth ? [c.countryOfBirth] : [])]),
  ].filter((x) => /^[A-Z]{2}$/.test(x) && x !== "XX");
  return { phone: c.phone, countries, language: c.language };
}

export type { InboundMeaning };
