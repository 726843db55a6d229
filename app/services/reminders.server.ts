import { randomBytes } from "node:crypto";
import { and, eq, lt, lte, or, isNull } from "drizzle-orm";
import { getDb } from "#db/client";
import { checkIns, notificationOutbox } from "#db/schema";
import { smsSendTime, isQuietTime } from "~/domain/sms-quiet-hours";
import { activeOptOut, recordProviderOptOut } from "~/models/sms.server";
import { sendMail } from "./mailer.server";
import { findEarlierSend, isOptOutCode, sendSms, SmsSendError } from "./sms.server";
import { env } from "~/utils/env.server";

// The delivery worker. At least once: a row is claimed (status "sending", with a token and a time),
// sent, then marked sent. A worker that dies between claim and mark leaves the row "sending"; after the
// lease it is claimed again and sent again with the same Message-ID. That window, between the mail
// server's acceptance and our commit, is the only place a duplicate can arise (docs/reminders.md).
export const LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 5;
type NotificationOutbox = typeof notificationOutbox.$inferSelect;
const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 6 * 3600_000];

export type Claimed = { id: string; token: string };

export function claimDue(now = new Date(), limit = 20): Claimed[] {
  const db = getDb();
  const nowIso = now.toISOString();
  const leaseExpired = new Date(now.getTime() - LEASE_MS).toISOString();
  return db.transaction((tx) => {
    const rows = tx
      .select({ id: notificationOutbox.id })
      .from(notificationOutbox)
      .where(
        or(
          and(
            eq(notificationOutbox.status, "pending"),
            lte(notificationOutbox.dueAt, nowIso),
            or(isNull(notificationOutbox.nextAttemptAt), lte(notificationOutbox.nextAttemptAt, nowIso)),
          ),
          and(eq(notificationOutbox.status, "sending"), lt(notificationOutbox.claimedAt, leaseExpired)),
        ),
      )
      .orderBy(notificationOutbox.dueAt)
      .limit(limit)
      .all();
    const claimed: Claimed[] = [];
    for (const r of rows) {
      const token = randomBytes(8).toString("hex");
      tx.update(notificationOutbox)
        .set({ status: "sending", claimedAt: nowIso, claimToken: token, updatedAt: nowIso })
        .where(eq(notificationOutbox.id, r.id))
        .run();
      claimed.push({ id: r.id, token });
    }
    return claimed;
  });
}

export type DeliveryResult = "sent" | "retry" | "failed" | "lost_claim";

export async function deliver(c: Claimed, now = new Date()): Promise<DeliveryResult> {
  const db = getDb();
  const row = db.select().from(notificationOutbox).where(eq(notificationOutbox.id, c.id)).get();
  if (!row || row.claimToken !== c.token || row.status !== "sending") return "lost_claim";
  if (row.channel === "sms") return deliverSms(row, c, now);
  try {
    await sendMail({
      firmId: row.firmId,
      to: row.toAddress,
      subject: row.subject,
      text: row.body,
      messageId: row.messageId,
    });
  } catch (e) {
    const attempts = row.attempts + 1;
    const failed = attempts >= MAX_ATTEMPTS;
    db.update(notificationOutbox)
      .set({
        status: failed ? "failed" : "pending",
        attempts,
        nextAttemptAt: failed
          ? null
          : new Date(
              now.getTime() + BACKOFF_MS[Math.min(attempts - 1, BACKOFF_MS.length - 1)]!,
            ).toISOString(),
        lastError: (e instanceof Error ? e.message : String(e)).slice(0, 300),
        claimToken: null,
        updatedAt: now.toISOString(),
      })
      .where(and(eq(notificationOutbox.id, c.id), eq(notificationOutbox.claimToken, c.token)))
      .run();
    return failed ? "failed" : "retry";
  }
  db.update(notificationOutbox)
    .set({
      status: "sent",
      sentAt: now.toISOString(),
      attempts: row.attempts + 1,
      claimToken: null,
      updatedAt: now.toISOString(),
    })
    .where(and(eq(notificationOutbox.id, c.id), eq(notificationOutbox.claimToken, c.token)))
    .run();
  return "sent";
}

const backoffAt = (now: Date, attempts: number) =>
  new Date(now.getTime() + BACKOFF_MS[Math.min(attempts - 1, BACKOFF_MS.length - 1)]!).toISOString();

/**
 * A text message, by the same claim / send / commit protocol as mail, with one more step: the moment
 * the provider is called is committed first (send_started_at). A row claimed again with that mark and
 * no SID is a send in doubt: the provider's own list of messages to the number is asked before
 * anything is sent again; if it cannot say, the text goes again marked "possible duplicate".
 */
async function deliverSms(row: NotificationOutbox, c: Claimed, now: Date): Promise<DeliveryResult> {
  const db = getDb();
  const mine = and(eq(notificationOutbox.id, c.id), eq(notificationOutbox.claimToken, c.token));
  const stamp = now.toISOString();
  const finish = (set: Partial<NotificationOutbox>) =>
    db
      .update(notificationOutbox)
      .set({ claimToken: null, updatedAt: stamp, ...set })
      .where(mine)
      .run();
  // Opted out since it was queued: never sent.
  if (activeOptOut(db, row.firmId, row.toAddress)) {
    finish({
      status: "failed",
      lastError: "opted out (the client answered STOP)",
      deliveryError: "opted out",
    });
    return "failed";
  }
  // A retry (or a worker that was down) must not buzz a phone at night either.
  const zone = row.checkInId ? checkInZone(row.checkInId) : null;
  if (zone && isQuietTime(now, zone.timeZone)) {
    const at = smsSendTime(now, zone.timeZone, new Date(zone.startsAt));
    if (at.getTime() > now.getTime()) {
      finish({ status: "pending", nextAttemptAt: at.toISOString() });
      return "retry";
    }
  }
  const message = { firmId: row.firmId, to: row.toAddress, body: row.body, messageId: row.messageId };
  let possibleDuplicate = row.possibleDuplicate;
  if (row.sendStartedAt && !row.providerSid) {
    try {
      const earlier = await findEarlierSend(message, new Date(row.sendStartedAt));
      if (earlier) {
        finish({
          status: "sent",
          providerSid: earlier,
          deliveryState: row.deliveryState ?? "sent",
          sentAt: row.sendStartedAt,
          attempts: row.attempts + 1,
        });
        return "sent";
      }
    } catch {
      // The provider cannot tell us: better two reminders than none, and the paralegal is told.
      possibleDuplicate = true;
    }
  }
  db.update(notificationOutbox)
    .set({ sendStartedAt: stamp, possibleDuplicate, updatedAt: stamp })
    .where(mine)
    .run();
  try {
    const sent = await sendSms(message);
    finish({
      status: "sent",
      sentAt: stamp,
      attempts: row.attempts + 1,
      providerSid: sent.sid,
      deliveryState: sent.state,
      deliveryError: null,
      lastError: null,
      segments: sent.segments,
    });
    return "sent";
  } catch (e) {
    const err = e instanceof SmsSendError ? e : new SmsSendError(String(e), null, false, true);
    const attempts = row.attempts + 1;
    if (isOptOutCode(err.code)) recordProviderOptOut(row.firmId, row.toAddress, now);
    const failed = err.permanent || attempts >= MAX_ATTEMPTS;
    finish({
      status: failed ? "failed" : "pending",
      attempts,
      nextAttemptAt: failed ? null : backoffAt(now, attempts),
      lastError: err.message.slice(0, 300),
      deliveryError: failed ? err.message.slice(0, 300) : null,
      // An answer from the provider means no message was made; no answer leaves the send in doubt.
      sendStartedAt: err.inDoubt ? stamp : null,
    });
    return failed ? "failed" : "retry";
  }
}

function checkInZone(checkInId: string) {
  return getDb()
    .select({ timeZone: checkIns.timeZone, startsAt: checkIns.startsAt })
    .from(checkIns)
    .where(eq(checkIns.id, checkInId))
    .get();
}

export async function runOnce(now = new Date()): Promise<{ sent: number; retry: number; failed: number }> {
  const out = { sent: 0, retry: 0, failed: 0 };
  for (;;) {
    const batch = claimDue(now);
    if (!batch.length) return out;
    for (const c of batch) {
      const r = await deliver(c, now);
      if (r === "sent" || r === "retry" || r === "failed") out[r]++;
    }
  }
}

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | null = null;

/** Polls the outbox every 15 seconds (REMINDER_POLL_MS). */
export function startReminderWorker(log: (msg: string, o: object) => void): void {
  const tick = () => {
    if (running) return;
    running = runOnce()
      .then((r) => {
        if (r.sent || r.retry || r.failed) log("reminders delivered", r);
      })
      .catch((e) => console.error("reminder worker", e instanceof Error ? e.message : e))
      .finally(() => (running = null));
  };
  timer = setInterval(tick, env.reminderPollMs);
  timer.unref();
  setTimeout(tick, 1000).unref();
}

/** Stops polling and waits for the batch in flight (for a graceful stop). */
export async function stopReminderWorker(): Promise<void> {
  if (timer) clearInterval(timer);
  await running;
}
