import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { mailMessages, notificationOutbox } from "#db/schema";
import { editCheckIn, getCheckIn, recordOutcome, scheduleCheckIns } from "~/models/checkin.server";
import { createClient, setReminderConsent } from "~/models/client.server";
import type { Actor } from "~/models/actor";
import { setSmsConsent } from "~/models/sms.server";
import { startFakeSmtp } from "~/test/fake-smtp";
import { makeFirm, makeUser } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";
import { sendMail } from "./mailer.server";
import { claimDue, deliver, LEASE_MS, runOnce } from "./reminders.server";

let actor: Actor;
let firmId: string;
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

async function clientWithConsent(lang = "zh-Hans") {
  const { id: paralegal } = await makeUser(firmId, "paralegal");
  const r = createClient(
    actor,
    clientFormSchema.parse({
      familyName: "Chen",
      givenNames: "Wei",
      email: `wei-${Math.random()}@example.org`,
      preferredLanguage: lang,
      paralegalId: paralegal,
    }),
  );
  if (!r.ok) throw new Error("x");
  setReminderConsent(actor, r.id, true, "staff");
  return r.id;
}
const inDays = (d: number, from = Date.now()) => new Date(from + d * 86_400_000);
const local = (dt: Date) => {
  const p = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/New_York",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(dt);
  const g = (t: string) => p.find((x) => x.type === t)!.value;
  return { date: `${g("year")}-${g("month")}-${g("day")}`, time: `${g("hour")}:${g("minute")}` };
};
const rowsFor = (checkInId: string) =>
  getDb().select().from(notificationOutbox).where(eq(notificationOutbox.checkInId, checkInId)).all();

beforeAll(async () => {
  firmId = makeFirm("Reminder firm");
  actor = { id: (await makeUser(firmId, "lawyer")).id, firmId, ip: null };
});
afterEach(() => {
  delete process.env.SMTP_URL;
});

describe("reminders", () => {
  it("creates one reminder per offset and recipient, in the client's language, only after consent", async () => {
    const clientId = await clientWithConsent();
    const at = local(inDays(10));
    const [id] = scheduleCheckIns(actor, clientId, { ...base, date: at.date, time: at.time });
    const rows = rowsFor(id!);
    expect(rows.map((r) => r.dedupeKey.split(":").slice(2, 4).join(":")).sort()).toEqual([
      "1d:client",
      "1d:staff",
      "7d:client",
      "7d:staff",
    ]);
    const client1d = rows.find((r) => r.dedupeKey.endsWith("1d:client"))!;
    expect(client1d.subject).toBe("预约提醒");
    expect(client1d.body).toContain("您明天有一个报到预约");
    expect(client1d.status).toBe("pending");

    setReminderConsent(actor, clientId, false, "client");
    expect(
      rowsFor(id!)
        .filter((r) => r.recipientKind === "client")
        .map((r) => r.status),
    ).toEqual(["cancelled", "cancelled"]);
    expect(
      rowsFor(id!)
        .filter((r) => r.recipientKind === "staff")
        .map((r) => r.status),
    ).toEqual(["pending", "pending"]);
  });

  it("moves pending reminders when the check-in moves, and cancels them when it is cancelled", async () => {
    const clientId = await clientWithConsent("es");
    const at = local(inDays(12));
    const [id] = scheduleCheckIns(actor, clientId, { ...base, date: at.date, time: "09:00" });
    const before = rowsFor(id!).find((r) => r.dedupeKey.endsWith("1d:client"))!;
    const c = getCheckIn(firmId, id!)!;
    const later = local(inDays(14));
    expect(editCheckIn(actor, id!, c.version, { ...base, date: later.date, time: "11:00" }, "one")).toBe(
      "ok",
    );
    const after = rowsFor(id!).find((r) => r.dedupeKey.endsWith("1d:client"))!;
    expect(after.id).toBe(before.id);
    expect(Date.parse(after.dueAt) - Date.parse(before.dueAt)).toBe(2 * 86_400_000 + 2 * 3600_000);
    expect(after.subject).toBe("Recordatorio de cita");
    recordOutcome(actor, id!, {
      outcome: "cancelled",
      notes: null,
      nextDate: null,
      nextTime: null,
      rescheduledBy: null,
    });
    expect(rowsFor(id!).every((r) => r.status === "cancelled")).toBe(true);
  });

  it("survives a worker killed between claim and send: no loss, sent once", async () => {
    const clientId = await clientWithConsent();
    const at = local(inDays(3));
    const [id] = scheduleCheckIns(actor, clientId, { ...base, date: at.date, time: at.time });
    const due = new Date(
      Date.parse(rowsFor(id!).find((r) => r.dedupeKey.endsWith("1d:client"))!.dueAt) + 1000,
    );
    const claimed = claimDue(due);
    expect(claimed.length).toBeGreaterThanOrEqual(2);
    // The worker dies here: nothing was sent. Within the lease nobody else takes the rows…
    expect(
      claimDue(new Date(due.getTime() + 60_000)).filter((c) => claimed.some((x) => x.id === c.id)),
    ).toEqual([]);
    // …after it, the next run delivers them.
    const after = new Date(due.getTime() + LEASE_MS + 1000);
    await runOnce(after);
    const mine = rowsFor(id!).filter((r) => r.dedupeKey.includes(":1d:"));
    expect(mine.map((r) => r.status)).toEqual(["sent", "sent"]);
    for (const r of mine)
      expect(
        getDb().select().from(mailMessages).where(eq(mailMessages.messageId, r.messageId)).all(),
      ).toHaveLength(1);
    // The late claim of the dead worker cannot mark anything twice.
    expect(await deliver(claimed[0]!, after)).toBe("lost_claim");
  });

  it("a crash after the mail server accepted but before our commit resends with the same Message-ID", async () => {
    const smtp = await startFakeSmtp();
    process.env.SMTP_URL = smtp.url;
    try {
      const clientId = await clientWithConsent();
      const at = local(inDays(3));
      const [id] = scheduleCheckIns(actor, clientId, { ...base, date: at.date, time: at.time });
      const row = rowsFor(id!).find((r) => r.dedupeKey.endsWith("1d:client"))!;
      const due = new Date(Date.parse(row.dueAt) + 1000);
      const claimed = claimDue(due).find((c) => c.id === row.id)!;
      // Sent, then the process dies before recording it.
      await sendMail({
        firmId,
        to: row.toAddress,
        subject: row.subject,
        text: row.body,
        messageId: row.messageId,
      });
      await runOnce(new Date(due.getTime() + LEASE_MS + 1000));
      const copies = smtp.messages.filter((m) => m.includes(row.messageId));
      expect(copies).toHaveLength(2);
      expect(copies.every((m) => /Subject: =\?UTF-8\?/i.test(m) || m.includes("预约提醒"))).toBe(true);
      expect(claimed).toBeTruthy();
      expect(rowsFor(id!).find((r) => r.id === row.id)!.status).toBe("sent");
    } finally {
      await smtp.close();
    }
  });

  it("retries a failed send with backoff and shows it as failed after the last try", async () => {
    // A loopback port with nothing listening: the connection is refused.
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    const clientId = await clientWithConsent("en");
    const at = local(inDays(3));
    const [id] = scheduleCheckIns(actor, clientId, { ...base, date: at.date, time: at.time });
    const row = rowsFor(id!).find((r) => r.dedupeKey.endsWith("1d:client"))!;
    let t = Date.parse(row.dueAt) + 1000;
    for (let i = 0; i < 5; i++) {
      await runOnce(new Date(t));
      t += 7 * 3600_000;
    }
    const final = rowsFor(id!).find((r) => r.id === row.id)!;
    expect(final.status).toBe("failed");
    expect(final.attempts).toBe(5);
    expect(final.lastError).toBeTruthy();
  });

  it("texts only after SMS consent, never in quiet hours, and stops them when that consent is withdrawn", async () => {
    const clientId = await clientWithConsent("es");
    const at = local(inDays(9));
    // 07:00 at the office: the 1-day text would be due at 07:00 the day before, inside quiet hours.
    const [id] = scheduleCheckIns(actor, clientId, { ...base, date: at.date, time: "07:00" });
    expect(rowsFor(id!).filter((r) => r.channel === "sms")).toHaveLength(0);
    expect(setSmsConsent(actor, clientId, { consent: true, phoneE164: "+12125550177", via: "staff" })).toBe(
      true,
    );
    const sms = rowsFor(id!).filter((r) => r.channel === "sms");
    expect(sms.map((r) => r.dedupeKey.split(":")[2]).sort()).toEqual(["1d", "7d"].sort());
    const oneDay = sms.find((r) => r.dedupeKey.includes(":1d:"))!;
    expect(oneDay.toAddress).toBe("+12125550177");
    expect(oneDay.segments).toBeGreaterThanOrEqual(1);
    expect(oneDay.body).toContain("mañana");
    // Held until 08:00 in the office's zone, one hour after the email.
    const email = rowsFor(id!).find((r) => r.dedupeKey.endsWith("1d:client"))!;
    expect(Date.parse(oneDay.dueAt) - Date.parse(email.dueAt)).toBe(3600_000);
    expect(local(new Date(oneDay.dueAt)).time).toBe("08:00");
    setSmsConsent(actor, clientId, { consent: false, phoneE164: "+12125550177", via: "staff" });
    expect(
      rowsFor(id!)
        .filter((r) => r.channel === "sms")
        .map((r) => r.status),
    ).toEqual(["cancelled", "cancelled"]);
    expect(rowsFor(id!).find((r) => r.id === email.id)!.status).toBe("pending");
  });
});
