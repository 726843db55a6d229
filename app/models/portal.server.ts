import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb, prepared } from "#db/client";
import {
  checkIns,
  clientMessages,
  clients,
  offices,
  portalInvites,
  portalTexts,
  users,
  type Client,
} from "#db/schema";
import { formatANumber } from "~/domain/a-number";
import { passwordProblem } from "~/domain/password-policy";
import { zonedToUtc } from "~/domain/zoned-time";
import { writeAudit } from "~/utils/audit.server";
import { createId, createToken, isoIn, sha256Hex } from "~/utils/crypto.server";
import { formatDateFor, formatInstantFor, isolate, translate, type PortalLanguage } from "~/utils/i18n";
import { hashPassword } from "~/utils/password.server";
import { endSessionsIn } from "~/utils/session.server";
import { deriveRemovalStatus } from "~/domain/removal-status";
import { overallTravelDocState } from "~/domain/travel-documents";
import { firmToday, loadClosures, loadDocs, loadEvents } from "./client-derived.server";
import type { Actor } from "./actor";

export const PORTAL_INVITE_DAYS = 7;
export const PORTAL_TEXT_KEYS = [
  "status.none",
  "status.in_proceedings",
  "status.ij_order",
  "status.appeal_pending",
  "status.final_order",
  "status.final_order_stayed",
  "status.voluntary_departure",
  "status.admin_closed",
  "status.closed_favourable",
  "status.terminated",
  "status.removed",
  "detained.default",
] as const;

/** The firm's approved wording if there is one, else the shipped text marked as awaiting review. */
export function portalText(
  firmId: string,
  lang: PortalLanguage,
  key: string,
  vars: Record<string, string> = {},
) {
  const row = prepared(
    "select text, approved_at as approvedAt from portal_texts where firm_id = ? and language = ? and key = ?",
  ).get(firmId, lang, key) as { text: string; approvedAt: string | null } | undefined;
  if (row?.approvedAt)
    return {
      text: row.text.replace(/\{(\w+)\}/g, (_m, v: string) => vars[v] ?? ""),
      approved: true,
      asOf: row.approvedAt.slice(0, 10),
    };
  return { text: translate(lang, key, vars), approved: false, asOf: null };
}

function statusKey(phase: string, stayed: boolean): string {
  if (phase === "final_order" && stayed) return "status.final_order_stayed";
  return `status.${phase}`;
}

/** What the client's pages need on every page: the client's language and their lawyer's name. */
export function portalLayoutData(firmId: string, clientId: string) {
  const client = prepared(
    "select preferred_language as preferredLanguage, lawyer_id as lawyerId from clients where id = ? and firm_id = ?",
  ).get(clientId, firmId) as { preferredLanguage: string; lawyerId: string | null } | undefined;
  if (!client) return undefined;
  const lawyer = client.lawyerId
    ? (prepared("select display_name as name from users where id = ? and firm_id = ?").get(
        client.lawyerId,
        firmId,
      ) as { name: string } | undefined)
    : undefined;
  return { preferredLanguage: client.preferredLanguage, lawyerName: lawyer?.name ?? null };
}

/** The signed-in client's own record, or undefined if it is not in their firm. */
export function portalClient(firmId: string, clientId: string): Client | undefined {
  return getDb()
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.firmId, firmId)))
    .get();
}

/**
 * Everything the client's own page shows, chosen field by field: never staff notes, tags, risk,
 * other clients or audit entries.
 */
export function portalData(client: Client, lang: PortalLanguage, now = new Date()) {
  const db = getDb();
  const today = firmToday(client.firmId);
  // Only what the page says: the removal status and the travel documents' state (not deadlines, risk or
  // the check-in record, which computeDerived also works out: a third of this page's time).
  const s = deriveRemovalStatus(loadEvents(db, client.id), today, loadClosures(db, client.firmId));
  const travelDoc = overallTravelDocState(loadDocs(db, client.id), today);
  const stayUntil = s.activeStay?.until ?? null;
  const status = portalText(client.firmId, lang, statusKey(s.phase, Boolean(s.activeStay && s.finalOrder)), {
    // Isolated, so an Arabic date keeps its own order inside the sentence.
    date: stayUntil
      ? isolate(lang, formatDateFor(lang, stayUntil))
      : s.voluntaryDeparture?.departBy
        ? isolate(lang, formatDateFor(lang, s.voluntaryDeparture.departBy))
        : "",
  });
  // The client's page is the one a client opens most, often on a slow phone: its reads are prepared
  // statements (drizzle building them each time was a fifth of the page's time).
  const next = prepared(
    `select c.id, c.starts_at as startsAt, c.time_zone as timeZone, c.bring, c.client_will_attend_at as willAttendAt, o.name as officeName, o.address
     from check_ins c left join offices o on o.id = c.office_id
     where c.client_id = ? and c.status = 'scheduled' and c.starts_at >= ? order by c.starts_at limit 1`,
  ).get(client.id, new Date(now.getTime() - 3600_000).toISOString()) as
    | {
        id: string;
        startsAt: string;
        timeZone: string;
        bring: string | null;
        willAttendAt: string | null;
        officeName: string | null;
        address: string | null;
      }
    | undefined;
  const hearing = prepared(
    "select court, date, time, time_zone as timeZone, mode from hearings where client_id = ? and cancelled = 0 and date >= ? order by date limit 1",
  ).get(client.id, today) as
    { court: string; date: string; time: string | null; timeZone: string; mode: string } | undefined;
  const messages = prepared(
    "select id, body, created_at as createdAt, read_at as readAt from client_messages where client_id = ? order by created_at desc limit 20",
  ).all(client.id) as {
    id: string;
    body: string;
    createdAt: string;
    readAt: string | null;
  }[];
  const detained = portalText(client.firmId, lang, "detained.default");
  const asOf = (t: { asOf: string | null }) => (t.asOf ? formatDateFor(lang, t.asOf) : null);
  return {
    name: `${client.givenNames} ${client.familyName}`,
    nativeName: client.nativeName,
    aNumber: client.aNumber ? formatANumber(client.aNumber) : null,
    status: { ...status, asOf: asOf(status) },
    nextCheckIn: next
      ? {
          id: next.id,
          when: formatInstantFor(lang, next.startsAt, next.timeZone),
          place: next.officeName ? `${next.officeName}, ${next.address}` : null,
          mapUrl: next.address
            ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(next.address)}`
            : null,
          bring: next.bring,
          willAttend: Boolean(next.willAttendAt),
        }
      : null,
    nextHearing: hearing
      ? {
          court: hearing.court,
          when: hearing.time
            ? formatInstantFor(
                lang,
                zonedToUtc(hearing.date, hearing.time, hearing.timeZone).toISOString(),
                hearing.timeZone,
              )
            : formatDateFor(lang, hearing.date),
          mode: hearing.mode,
        }
      : null,
    travel: translate(lang, `travel.${travelDoc.state}`),
    messages: messages.map((m) => ({
      id: m.id,
      excerpt: m.body.length > 140 ? `${m.body.slice(0, 140)}…` : m.body,
      date: formatDateFor(lang, m.createdAt.slice(0, 10)),
      read: Boolean(m.readAt),
    })),
    unreadCount: messages.filter((m) => !m.readAt).length,
    safety: {
      emergencyContacts: client.emergencyContacts,
      childrenCare: client.childrenCare,
      powerOfAttorney: client.powerOfAttorneyOnFile,
    },
    detained: { ...detained, asOf: asOf(detained) },
  };
}

export function clientMessage(clientId: string, messageId: string) {
  return getDb()
    .select({
      id: clientMessages.id,
      body: clientMessages.body,
      createdAt: clientMessages.createdAt,
      readAt: clientMessages.readAt,
    })
    .from(clientMessages)
    .where(and(eq(clientMessages.id, messageId), eq(clientMessages.clientId, clientId)))
    .get();
}

export function markMessageRead(
  user: { id: string; firmId: string; clientId: string },
  messageId: string,
  ip: string | null,
): boolean {
  return getDb().transaction((tx) => {
    const m = tx
      .select()
      .from(clientMessages)
      .where(and(eq(clientMessages.id, messageId), eq(clientMessages.clientId, user.clientId)))
      .get();
    if (!m) return false;
    if (!m.readAt) {
      tx.update(clientMessages)
        .set({ readAt: new Date().toISOString() })
        .where(eq(clientMessages.id, m.id))
        .run();
      writeAudit(tx, {
        firmId: user.firmId,
        actorUserId: user.id,
        action: "message.read",
        entityType: "client",
        entityId: user.clientId,
        after: { messageId },
        ip,
      });
    }
    return true;
  });
}

export function clientCheckIn(clientId: string, checkInId: string) {
  return getDb()
    .select({
      id: checkIns.id,
      startsAt: checkIns.startsAt,
      timeZone: checkIns.timeZone,
      bring: checkIns.bring,
      status: checkIns.status,
      willAttendAt: checkIns.clientWillAttendAt,
      officeName: offices.name,
      address: offices.address,
    })
    .from(checkIns)
    .leftJoin(offices, eq(offices.id, checkIns.officeId))
    .where(and(eq(checkIns.id, checkInId), eq(checkIns.clientId, clientId)))
    .get();
}

export function confirmAttendance(
  user: { id: string; firmId: string; clientId: string },
  checkInId: string,
  ip: string | null,
): boolean {
  return getDb().transaction((tx) => {
    const c = tx
      .select()
      .from(checkIns)
      .where(
        and(
          eq(checkIns.id, checkInId),
          eq(checkIns.clientId, user.clientId),
          eq(checkIns.status, "scheduled"),
        ),
      )
      .get();
    if (!c) return false;
    tx.update(checkIns)
      .set({ clientWillAttendAt: new Date().toISOString() })
      .where(eq(checkIns.id, c.id))
      .run();
    writeAudit(tx, {
      firmId: user.firmId,
      actorUserId: user.id,
      action: "checkin.client_will_attend",
      entityType: "client",
      entityId: user.clientId,
      after: { checkInId },
      ip,
    });
    return true;
  });
}

// ---- Staff side ----

export function portalStatus(firmId: string, clientId: string) {
  const db = getDb();
  const user = db
    .select({ id: users.id, active: users.active, email: users.email, phone: users.phone })
    .from(users)
    .where(and(eq(users.firmId, firmId), eq(users.clientId, clientId)))
    .get();
  const invite = db
    .select({ id: portalInvites.id, expiresAt: portalInvites.expiresAt })
    .from(portalInvites)
    .where(
      and(
        eq(portalInvites.clientId, clientId),
        isNull(portalInvites.acceptedAt),
        isNull(portalInvites.revokedAt),
        gt(portalInvites.expiresAt, new Date().toISOString()),
      ),
    )
    .get();
  const messages = db
    .select({
      id: clientMessages.id,
      body: clientMessages.body,
      createdAt: clientMessages.createdAt,
      readAt: clientMessages.readAt,
      author: users.displayName,
    })
    .from(clientMessages)
    .leftJoin(users, eq(users.id, clientMessages.authorId))
    .where(and(eq(clientMessages.firmId, firmId), eq(clientMessages.clientId, clientId)))
    .orderBy(desc(clientMessages.createdAt))
    .limit(50)
    .all();
  return { user: user ?? null, pendingInvite: invite ?? null, messages };
}

export function createPortalInvite(actor: Actor, clientId: string): string {
  const token = createToken();
  getDb().transaction((tx) => {
    tx.update(portalInvites)
      .set({ revokedAt: new Date().toISOString() })
      .where(
        and(
          eq(portalInvites.clientId, clientId),
          isNull(portalInvites.acceptedAt),
          isNull(portalInvites.revokedAt),
        ),
      )
      .run();
    tx.insert(portalInvites)
      .values({
        id: createId(),
        firmId: actor.firmId,
        clientId,
        tokenHash: sha256Hex(token),
        expiresAt: isoIn(PORTAL_INVITE_DAYS * 86_400_000),
        createdBy: actor.id,
      })
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "portal.invited",
      entityType: "client",
      entityId: clientId,
      ip: actor.ip,
    });
  });
  return token;
}

export function findPortalInvite(token: string | undefined) {
  if (!token || token.length > 100) return undefined;
  return getDb()
    .select({
      id: portalInvites.id,
      firmId: portalInvites.firmId,
      clientId: portalInvites.clientId,
      expiresAt: portalInvites.expiresAt,
      language: clients.preferredLanguage,
      email: clients.email,
      phone: clients.phone,
      givenNames: clients.givenNames,
    })
    .from(portalInvites)
    .innerJoin(clients, eq(clients.id, portalInvites.clientId))
    .where(
      and(
        eq(portalInvites.tokenHash, sha256Hex(token)),
        isNull(portalInvites.acceptedAt),
        isNull(portalInvites.revokedAt),
        gt(portalInvites.expiresAt, new Date().toISOString()),
      ),
    )
    .get();
}

export type AcceptResult =
  { ok: true; userId: string; firmId: string } | { ok: false; field?: string; message: string };

export async function acceptPortalInvite(
  token: string,
  password: string,
  ip: string | null,
  lang: PortalLanguage = "en",
): Promise<AcceptResult> {
  const invite = findPortalInvite(token);
  if (!invite) return { ok: false, message: "invalid" };
  if (!invite.email && !invite.phone) return { ok: false, message: translate(lang, "invite.noContact") };
  const problem = passwordProblem(password, { email: invite.email }, lang);
  if (problem) return { ok: false, field: "password", message: problem };
  const hash = await hashPassword(password);
  const now = new Date().toISOString();
  return getDb().transaction((tx) => {
    const res = tx
      .update(portalInvites)
      .set({ acceptedAt: now })
      .where(and(eq(portalInvites.id, invite.id), isNull(portalInvites.acceptedAt)))
      .run();
    if (res.changes !== 1) return { ok: false, message: "invalid" } as const;
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.clientId, invite.clientId)).get();
    let userId: string;
    let sessionsEnded = 0;
    if (existing) {
      userId = existing.id;
      tx.update(users)
        .set({
          passwordHash: hash,
          active: true,
          email: invite.email,
          phone: invite.phone,
          passwordChangedAt: now,
          updatedAt: now,
        })
        .where(eq(users.id, userId))
        .run();
      // A new password ends every session of the old one (a phone left at a detention centre, say);
      // the caller then starts the one session this acceptance hands out.
      sessionsEnded = endSessionsIn(tx, userId);
    } else {
      userId = createId();
      const taken =
        (invite.email &&
          tx.select({ id: users.id }).from(users).where(eq(users.email, invite.email)).get()) ||
        (invite.phone && tx.select({ id: users.id }).from(users).where(eq(users.phone, invite.phone)).get());
      if (taken)
        return {
          ok: false,
          message: "Another account already uses this email or phone. Ask your lawyer's office.",
        } as const;
      tx.insert(users)
        .values({
          id: userId,
          firmId: invite.firmId,
          role: "client",
          clientId: invite.clientId,
          email: invite.email,
          phone: invite.phone,
          displayName: invite.givenNames,
          passwordHash: hash,
          passwordChangedAt: now,
        })
        .run();
    }
    writeAudit(tx, {
      firmId: invite.firmId,
      actorUserId: userId,
      action: "portal.accepted",
      entityType: "client",
      entityId: invite.clientId,
      after: { sessionsEnded },
      ip,
    });
    return { ok: true, userId, firmId: invite.firmId } as const;
  });
}

/** Ends the client's access: the account is deactivated, its sessions end, pending invitations are revoked. */
export function revokePortalAccess(actor: Actor, clientId: string): void {
  getDb().transaction((tx) => {
    const u = tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.firmId, actor.firmId), eq(users.clientId, clientId)))
      .get();
    if (u) {
      tx.update(users)
        .set({ active: false, updatedAt: new Date().toISOString() })
        .where(eq(users.id, u.id))
        .run();
      endSessionsIn(tx, u.id);
    }
    tx.update(portalInvites)
      .set({ revokedAt: new Date().toISOString() })
      .where(
        and(
          eq(portalInvites.clientId, clientId),
          isNull(portalInvites.acceptedAt),
          isNull(portalInvites.revokedAt),
        ),
      )
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "portal.revoked",
      entityType: "client",
      entityId: clientId,
      ip: actor.ip,
    });
  });
}

export function postClientMessage(actor: Actor, clientId: string, body: string): void {
  getDb().transaction((tx) => {
    const id = createId();
    tx.insert(clientMessages).values({ id, firmId: actor.firmId, clientId, authorId: actor.id, body }).run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "message.posted",
      entityType: "client",
      entityId: clientId,
      after: { messageId: id, body },
      ip: actor.ip,
    });
  });
}

export function savePortalText(
  actor: Actor & { role: string },
  lang: string,
  key: string,
  text: string,
  approve: boolean,
): void {
  const now = new Date().toISOString();
  getDb().transaction((tx) => {
    const before = tx
      .select()
      .from(portalTexts)
      .where(
        and(eq(portalTexts.firmId, actor.firmId), eq(portalTexts.language, lang), eq(portalTexts.key, key)),
      )
      .get();
    const values = {
      text,
      updatedBy: actor.id,
      updatedAt: now,
      approvedBy: approve ? actor.id : null,
      approvedAt: approve ? now : null,
    };
    if (before)
      tx.update(portalTexts)
        .set(values)
        .where(
          and(eq(portalTexts.firmId, actor.firmId), eq(portalTexts.language, lang), eq(portalTexts.key, key)),
        )
        .run();
    else
      tx.insert(portalTexts)
        .values({ firmId: actor.firmId, language: lang, key, ...values })
        .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: approve ? "portal.text_approved" : "portal.text_saved",
      entityType: "firm",
      entityId: actor.firmId,
      before: before ? { key, lang, text: before.text, approved: Boolean(before.approvedAt) } : null,
      after: { key, lang, text, approved: approve },
      ip: actor.ip,
    });
  });
}

export function listPortalTexts(firmId: string) {
  return getDb().select().from(portalTexts).where(eq(portalTexts.firmId, firmId)).all();
}
