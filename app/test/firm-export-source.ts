// The source side of the firm round trip (app/test/firm-export.test.ts): a firm brought to what this
// version of the app derives (the generator's values can lag), plus the history the export must carry
// that a seed or the generator does not make: sent, failed, cancelled, in-doubt and overdue reminders
// by email and text (one with a one-time link in its body), and an audit entry with ids written every
// way a detail can hold them. Run in a child process for the generated 1,000-client firm, so its
// minutes of work overlap the tests that do not need it:
//   node --import tsx app/test/firm-export-source.ts <database file> <firm slug> <now ISO>
import { createHash } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { eq } from "drizzle-orm";
import { closeDb, getDb, getSqlite } from "#db/client";
import { clients } from "#db/schema";
import { firmToday, refreshClient } from "~/models/client-derived.server";
import {
  deleteDocument,
  setEventVerifiedBy,
  uploadDocument,
  type UploadInput,
} from "~/models/documents.server";
import { syncClientReminders } from "~/models/reminders.server";
import { writeAudit } from "~/utils/audit.server";
import { createId, createToken } from "~/utils/crypto.server";

/** The audit entry whose details name the firm's rows in every shape a detail can take ("notAnId" marks it). */
export const AUDIT_FIXTURE_ACTION = "client.updated";

export type SourceFacts = {
  firmId: string;
  /** The ids the audit fixture names, by what they are. */
  named: { clientId: string; checkInId: string; userId: string; eventId: string };
  /** Documents added (two share one file; one is a client's upload, deleted since), and their files. */
  documents: { nta: string; order: string; fromClient: string; files: string[] };
  /** Outbox rows added, by the state they were added in. */
  outbox: Record<"sent" | "sentSms" | "failed" | "cancelled" | "overdue" | "sending" | "linked", string>;
};

/** Two small PDFs (a document's type is read from its bytes: "%PDF-"). */
const pdf = (text: string) =>
  new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );

export async function prepareSource(file: string, slug: string, now: Date): Promise<SourceFacts> {
  process.env.DATABASE_PATH = file;
  const sqlite = getSqlite();
  const firmId = sqlite.prepare("select id from firms where slug = ?").pluck().get(slug) as string;
  getDb().transaction((tx) => {
    const asOf = firmToday(firmId, now);
    for (const c of tx.select({ id: clients.id }).from(clients).where(eq(clients.firmId, firmId)).all()) {
      refreshClient(tx, firmId, c.id, asOf, { touch: false });
      syncClientReminders(tx, c.id, now);
    }
  });
  const one = (sql: string, ...args: unknown[]) =>
    sqlite.prepare(sql).get(firmId, ...args) as Record<string, string | null> | undefined;
  // A past check-in: the rebuild after an import leaves its history alone, as the old server did.
  const checkIn = one(
    "select id, client_id from check_ins where firm_id = ? and starts_at < ? order by starts_at desc, id limit 1",
    now.toISOString(),
  ) as { id: string; client_id: string };
  const user = one(
    "select id, email from users where firm_id = ? and role = 'paralegal' order by id limit 1",
  ) as { id: string; email: string | null };
  const event = one("select id, client_id from removal_events where firm_id = ? order by id limit 1") as {
    id: string;
    client_id: string;
  };
  const client = one("select id, phone from clients where firm_id = ? and id = ?", checkIn.client_id) as {
    id: string;
    phone: string | null;
  };

  const at = (hoursFromNow: number) => new Date(now.getTime() + hoursFromNow * 3600_000).toISOString();
  const insert = sqlite.prepare(
    `insert into notification_outbox (id, firm_id, dedupe_key, check_in_id, client_id, recipient_user_id,
       recipient_kind, channel, to_address, language, subject, body, due_at, status, attempts, next_attempt_at,
       claimed_at, claim_token, last_error, message_id, sent_at, send_started_at, provider_sid, delivery_state,
       delivery_error, segments, possible_duplicate, created_at, updated_at)
     values (@id, @firm, @key, @checkIn, @client, @user, @kind, @channel, @to, 'en', @subject, @body, @due,
       @status, @attempts, null, @claimedAt, @claimToken, @lastError, @messageId, @sentAt, @sendStartedAt,
       @sid, @delivery, null, @segments, 0, @created, @updated)`,
  );
  const outbox = {} as SourceFacts["outbox"];
  const add = (
    name: keyof SourceFacts["outbox"],
    o: {
      status: string;
      due: number;
      channel?: "email" | "sms";
      body?: string;
      sent?: boolean;
      lastError?: string | null;
      claimed?: boolean;
    },
  ) => {
    const id = createId();
    const channel = o.channel ?? "email";
    insert.run({
      id,
      firm: firmId,
      key: `history:${checkIn.id}:${name}:staff:${user.id}`,
      checkIn: checkIn.id,
      client: client.id,
      user: channel === "email" ? user.id : null,
      kind: channel === "email" ? "staff" : "client",
      channel,
      to: channel === "email" ? (user.email ?? "paralegal@example.test") : (client.phone ?? "+15555550100"),
      subject: channel === "email" ? `Check-in reminder (${name})` : "Text message",
      body: o.body ?? `Reminder (${name}): your check-in is soon.`,
      due: at(o.due),
      status: o.status,
      attempts: o.sent || o.status === "failed" ? 1 : 0,
      claimedAt: o.claimed ? at(o.due) : null,
      claimToken: o.claimed ? "0123456789abcdef" : null,
      lastError: o.lastError ?? null,
      messageId: `<reminder.${id}@casewatch>`,
      sentAt: o.sent ? at(o.due) : null,
      sendStartedAt: channel === "sms" && (o.sent || o.claimed) ? at(o.due) : null,
      sid: channel === "sms" && o.sent ? "SM0123456789abcdef0123456789abcdef" : null,
      delivery: channel === "sms" && o.sent ? "delivered" : null,
      segments: channel === "sms" ? 1 : null,
      created: at(o.due - 240),
      updated: o.sent ? at(o.due) : null,
    });
    outbox[name] = id;
  };
  add("sent", { status: "sent", due: -72, sent: true });
  add("sentSms", { status: "sent", due: -48, channel: "sms", sent: true });
  add("failed", { status: "failed", due: -30, lastError: "550 mailbox unavailable" });
  add("cancelled", { status: "cancelled", due: -20 });
  add("overdue", { status: "pending", due: -0.5 });
  add("sending", { status: "sending", due: -0.2, channel: "sms", claimed: true });
  add("linked", {
    status: "sent",
    due: -10,
    sent: true,
    body: "Choose your password: https://old.example.test/reset-password/abcdefghijklmnopqrstuvwxyz234567 (once).",
  });

  // Papers on the client of the first event: the NTA the event was verified against, the same file
  // filed again as the judge's order (one stored file, two rows), and a client's upload, deleted since.
  const lawyer = one(
    "select id from users where firm_id = ? and role in ('lawyer', 'admin') order by role desc, id limit 1",
  ) as { id: string };
  const actor = { id: lawyer.id, firmId, ip: null };
  const upload = async (title: string, bytes: Uint8Array, more: Partial<UploadInput> = {}) => {
    const r = await uploadDocument(actor, event.client_id, {
      title,
      kind: "nta",
      documentDate: "2024-03-01",
      bytes,
      originalName: `${title}.pdf`,
      ...more,
    });
    if (!r.ok) throw new Error(`fixture document: ${r.reason}`);
    return r;
  };
  const nta = await upload("Notice to Appear", pdf("nta"), { links: { eventId: event.id } });
  const order = await upload("Order of the immigration judge", pdf("nta"), {
    kind: "ij_order",
    sharedWithClient: true,
  });
  const fromClient = await upload("Paper from the check-in", pdf("slip"), { source: "client" });
  if (setEventVerifiedBy(actor, event.client_id, event.id, nta.id, "2024-03-02") !== "ok")
    throw new Error("fixture: verify the event by its document");
  if (deleteDocument(actor, event.client_id, fromClient.id) !== "ok")
    throw new Error("fixture: delete the client's upload");

  // Pending invitations, a colleague's and the client's: their links' hashes never leave (NOT NULL
  // columns the import fills with a hash nobody holds), the rest of each row travels.
  // (Written directly: the models that make them read the password list, which this child process,
  // run by tsx without Vite, cannot import.)
  const hash = () => createHash("sha256").update(createToken()).digest("hex");
  const nowIso = now.toISOString();
  sqlite
    .prepare(
      `insert into invites (id, firm_id, email, display_name, role, token_hash, expires_at, created_by, created_at)
       values (?, ?, ?, 'Invited colleague', 'paralegal', ?, ?, ?, ?)`,
    )
    .run(createId(), firmId, `colleague-${createId()}@example.test`, hash(), at(72), lawyer.id, nowIso);
  sqlite
    .prepare(
      `insert into portal_invites (id, firm_id, client_id, token_hash, expires_at, created_by, created_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(createId(), firmId, client.id, hash(), at(72), lawyer.id, nowIso);

  getDb().transaction((tx) =>
    writeAudit(tx, {
      firmId,
      actorUserId: user.id,
      action: AUDIT_FIXTURE_ACTION,
      entityType: "client",
      entityId: client.id,
      before: { clientId: client.id, list: [checkIn.id, `${event.id}:voluntary_departure`] },
      after: {
        note: `Moved check-in ${checkIn.id} of client ${client.id} (by ${user.id}).`,
        [client.id]: { by_user: `user_${user.id}`, csv: `${checkIn.id},${client.id}` },
        notAnId: "abcdefghijklmnopqrst",
      },
      ip: null,
    }),
  );
  return {
    firmId,
    named: {
      clientId: client.id,
      checkInId: checkIn.id,
      userId: user.id,
      eventId: event.id,
    },
    outbox,
    documents: {
      nta: nta.id,
      order: order.id,
      fromClient: fromClient.id,
      files: [...new Set([nta.sha256, order.sha256, fromClient.sha256])].sort(),
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [file, slug, now] = process.argv.slice(2);
  const facts = await prepareSource(path.resolve(file!), slug!, new Date(now!));
  closeDb();
  process.stdout.write(JSON.stringify(facts));
}
