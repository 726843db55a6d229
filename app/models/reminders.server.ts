import { and, desc, eq, gte, inArray, isNull, notInArray } from "drizzle-orm";
import { getDb, type Db, type Tx } from "#db/client";
import {
  checkIns,
  clients,
  firms,
  notificationOutbox,
  offices,
  smsConsents,
  smsOptOuts,
  users,
} from "#db/schema";
import {
  clientReminder,
  parseOffsets,
  reminderLanguage,
  smsReminder,
  staffReminder,
} from "~/domain/reminder-messages";
import { smsSendTime } from "~/domain/sms-quiet-hours";
import { countSegments } from "~/domain/sms-segments";
import { createId } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";

// Reminders are rows in the outbox, kept in step with the check-in inside the same transaction: moving
// a check-in moves its pending reminders, cancelling it cancels them.
export function syncReminders(tx: Db | Tx, checkInId: string, now = new Date()): void {
  const c = tx.select().from(checkIns).where(eq(checkIns.id, checkInId)).get();
  if (!c) return;
  const pendingOfThis = and(
    eq(notificationOutbox.checkInId, c.id),
    inArray(notificationOutbox.status, ["pending", "failed"]),
  );
  const stamp = now.toISOString();
  if (c.status !== "scheduled") {
    tx.update(notificationOutbox).set({ status: "cancelled", updatedAt: stamp }).where(pendingOfThis).run();
    return;
  }
  const client = tx.select().from(clients).where(eq(clients.id, c.clientId)).get();
  const firm = tx.select().from(firms).where(eq(firms.id, c.firmId)).get();
  if (!client || !firm) return;
  const office = c.officeId ? tx.select().from(offices).where(eq(offices.id, c.officeId)).get() : undefined;
  const paralegal = client.paralegalId
    ? tx
        .select()
        .from(users)
        .where(and(eq(users.id, client.paralegalId), eq(users.active, true)))
        .get()
    : undefined;
  const place = office ? `${office.name}, ${office.address}` : null;
  // Texts need their own consent (not the email one) and a number that has not answered STOP.
  const sms = tx
    .select()
    .from(smsConsents)
    .where(and(eq(smsConsents.clientId, client.id), eq(smsConsents.firmId, c.firmId)))
    .get();
  const smsNumber =
    sms?.consent &&
    !tx
      .select({ id: smsOptOuts.id })
      .from(smsOptOuts)
      .where(
        and(
          eq(smsOptOuts.firmId, c.firmId),
          eq(smsOptOuts.phoneE164, sms.phoneE164),
          isNull(smsOptOuts.resumedAt),
        ),
      )
      .get()
      ? sms.phoneE164
      : null;
  const wanted: {
    key: string;
    channel: "email" | "sms";
    segments: number | null;
    kind: "client" | "staff";
    userId: string | null;
    to: string;
    language: string;
    subject: string;
    body: string;
    dueAt: string;
  }[] = [];
  for (const days of parseOffsets(env.reminderOffsetsDays)) {
    const due = new Date(Date.parse(c.startsAt) - days * 86_400_000);
    // A reminder whose moment passed more than an hour ago is not sent late (a 7-day reminder for a check-in in 2 days).
    if (due.getTime() < now.getTime() - 3600_000) continue;
    const facts = {
      startsAt: c.startsAt,
      timeZone: c.timeZone,
      place,
      bring: c.bring,
      firmName: firm.name,
      firmPhone: firm.phone,
      daysBefore: days,
    };
    if (client.reminderConsent && client.email) {
      const lang = reminderLanguage(client.preferredLanguage);
      const m = clientReminder(lang, facts);
      wanted.push({
        key: `checkin:${c.id}:${days}d:client`,
        channel: "email",
        segments: null,
        kind: "client",
        userId: null,
        to: client.email,
        language: lang,
        ...m,
        dueAt: due.toISOString(),
      });
    }
    if (smsNumber) {
      const lang = reminderLanguage(client.preferredLanguage);
      const body = smsReminder(lang, {
        startsAt: c.startsAt,
        timeZone: c.timeZone,
        address: office?.address ?? null,
        firmName: firm.name,
        firmPhone: firm.phone,
        daysBefore: days,
      });
      wanted.push({
        key: `checkin:${c.id}:${days}d:client-sms`,
        channel: "sms",
        segments: countSegments(body).segments,
        kind: "client",
        userId: null,
        to: smsNumber,
        language: lang,
        subject: "Text message",
        body,
        // The office's zone stands for the client's: they live where they report.
        dueAt: smsSendTime(due, c.timeZone, new Date(c.startsAt)).toISOString(),
      });
    }
    if (paralegal?.email) {
      const m = staffReminder(`${client.givenNames} ${client.familyName}`, {
        ...facts,
        lawyerAccompanies: c.lawyerAccompanies,
      });
      wanted.push({
        key: `checkin:${c.id}:${days}d:staff:${paralegal.id}`,
        channel: "email",
        segments: null,
        kind: "staff",
        userId: paralegal.id,
        to: paralegal.email,
        language: "en",
        ...m,
        dueAt: due.toISOString(),
      });
    }
  }
  const keys = wanted.map((w) => w.key);
  // Anything no longer wanted (consent withdrawn, paralegal changed, offset passed) is cancelled.
  tx.update(notificationOutbox)
    .set({ status: "cancelled", updatedAt: stamp })
    .where(keys.length ? and(pendingOfThis, notInArray(notificationOutbox.dedupeKey, keys)) : pendingOfThis)
    .run();
  for (const w of wanted) {
    const existing = tx
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.dedupeKey, w.key))
      .get();
    if (!existing) {
      const id = createId();
      tx.insert(notificationOutbox)
        .values({
          id,
          firmId: c.firmId,
          dedupeKey: w.key,
          checkInId: c.id,
          clientId: c.clientId,
          recipientUserId: w.userId,
          recipientKind: w.kind,
          channel: w.channel,
          segments: w.segments,
          toAddress: w.to,
          language: w.language,
          subject: w.subject,
          body: w.body,
          dueAt: w.dueAt,
          messageId: `<reminder.${id}@casewatch>`,
        })
        .run();
    } else if (
      existing.status === "pending" ||
      existing.status === "cancelled" ||
      existing.status === "failed"
    ) {
      tx.update(notificationOutbox)
        .set({
          status: "pending",
          toAddress: w.to,
          language: w.language,
          subject: w.subject,
          body: w.body,
          segments: w.segments,
          dueAt: w.dueAt,
          attempts: existing.status === "failed" ? 0 : existing.attempts,
          nextAttemptAt: null,
          updatedAt: stamp,
        })
        .where(eq(notificationOutbox.id, existing.id))
        .run();
    }
    // Already sent (or being sent): left as it is.
  }
}

/** After a consent change or a new paralegal: every future check-in of the client. */
export function syncClientReminders(tx: Db | Tx, clientId: string, now = new Date()): void {
  const future = tx
    .select({ id: checkIns.id })
    .from(checkIns)
    .where(
      and(
        eq(checkIns.clientId, clientId),
        eq(checkIns.status, "scheduled"),
        gte(checkIns.startsAt, now.toISOString()),
      ),
    )
    .all();
  for (const c of future) syncReminders(tx, c.id, now);
}

/** The client's latest reminders with their delivery state, for the client page. */
export function listClientReminders(firmId: string, clientId: string) {
  return getDb()
    .select({
      id: notificationOutbox.id,
      recipientKind: notificationOutbox.recipientKind,
      toAddress: notificationOutbox.toAddress,
      subject: notificationOutbox.subject,
      dueAt: notificationOutbox.dueAt,
      status: notificationOutbox.status,
      attempts: notificationOutbox.attempts,
      lastError: notificationOutbox.lastError,
      language: notificationOutbox.language,
      channel: notificationOutbox.channel,
      segments: notificationOutbox.segments,
      deliveryState: notificationOutbox.deliveryState,
      deliveryError: notificationOutbox.deliveryError,
      possibleDuplicate: notificationOutbox.possibleDuplicate,
    })
    .from(notificationOutbox)
    .where(and(eq(notificationOutbox.firmId, firmId), eq(notificationOutbox.clientId, clientId)))
    .orderBy(desc(notificationOutbox.dueAt))
    .limit(20)
    .all();
}
