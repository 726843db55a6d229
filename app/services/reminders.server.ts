import { randomBytes } from "node:crypto";
import { and, eq, lt, lte, or, isNull } from "drizzle-orm";
import { getDb } from "#db/client";
import { notificationOutbox } from "#db/schema";
import { sendMail } from "./mailer.server";

// The delivery worker. At least once: a row is claimed (status "sending", with a token and a time),
// sent, then marked sent. A worker that dies between claim and mark leaves the row "sending"; after the
// lease it is claimed again and sent again with the same Message-ID. That window, between the mail
// server's acceptance and our commit, is the only place a duplicate can arise (docs/reminders.md).
export const LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 5;
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

export async function deliver(
  c: Claimed,
  now = new Date(),
): Promise<"sent" | "retry" | "failed" | "lost_claim"> {
  const db = getDb();
  const row = db.select().from(notificationOutbox).where(eq(notificationOutbox.id, c.id)).get();
  if (!row || row.claimToken !== c.token || row.status !== "sending") return "lost_claim";
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
  timer = setInterval(tick, Number(process.env.REMINDER_POLL_MS ?? 15_000));
  timer.unref();
  setTimeout(tick, 1000).unref();
}

/** Stops polling and waits for the batch in flight (for a graceful stop). */
export async function stopReminderWorker(): Promise<void> {
  if (timer) clearInterval(timer);
  await running;
}
