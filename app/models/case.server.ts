import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "#db/client";
import {
  clients,
  closureDays,
  deadlineMarks,
  hearingPostponements,
  hearings,
  removalEvents,
  travelDocumentEvents,
  travelDocuments,
  users,
} from "#db/schema";
import type { EventDetails, EventType, SOURCES } from "~/domain/removal-events";
import type { DocHolder, DocKind, DocState } from "~/domain/travel-documents";
import type { AuditAction } from "~/domain/audit-actions";
import { writeAudit } from "~/utils/audit.server";
import { createId } from "~/utils/crypto.server";
import { refreshClient } from "./client-derived.server";
import type { Actor } from "./actor";
import { clientRow } from "./scope.server";

// Writes to a client's case history. Each runs in one transaction with its audit entry and the
// recomputation of the client's derived values, so a list never shows a status the history does not.

function touchClient(tx: Tx, actor: Actor, clientId: string) {
  tx.update(clients)
    .set({ version: sql`${clients.version} + 1`, updatedAt: new Date().toISOString(), updatedBy: actor.id })
    .where(and(eq(clients.id, clientId), eq(clients.firmId, actor.firmId)))
    .run();
  refreshClient(tx, actor.firmId, clientId);
}

/**
 * The end of every change to a client's case: its audit entry, then the client's version and derived
 * values, in the transaction that made the change.
 */
function recordCaseChange(
  tx: Tx,
  actor: Actor,
  clientId: string,
  action: AuditAction,
  entry: { before?: unknown; after: unknown },
) {
  writeAudit(tx, {
    firmId: actor.firmId,
    actorUserId: actor.id,
    action,
    entityType: "client",
    entityId: clientId,
    ...entry,
    ip: actor.ip,
  });
  touchClient(tx, actor, clientId);
}

export type EventInput = {
  type: EventType;
  effectiveDate: string;
  details: EventDetails;
  court: string | null;
  notes: string | null;
  source: (typeof SOURCES)[number];
  verifiedOn: string | null;
};

export function addRemovalEvent(actor: Actor, clientId: string, input: EventInput): string {
  const id = createId();
  getDb().transaction((tx) => {
    tx.insert(removalEvents)
      .values({
        id,
        firmId: actor.firmId,
        clientId,
        seq: Date.now(),
        ...input,
        details: input.details as Record<string, unknown>,
        createdBy: actor.id,
      })
      .run();
    recordCaseChange(tx, actor, clientId, "event.created", { after: { eventId: id, ...input } });
  });
  return id;
}

/** Corrects an event. The audit log keeps the old value; events are never silently deleted. */
export function correctRemovalEvent(
  actor: Actor,
  clientId: string,
  eventId: string,
  expectedVersion: number,
  input: EventInput,
): "ok" | "not_found" | "conflict" {
  return getDb().transaction((tx) => {
    const current = tx
      .select()
      .from(removalEvents)
      .where(clientRow(removalEvents, actor.firmId, clientId, eventId))
      .get();
    if (!current) return "not_found";
    const res = tx
      .update(removalEvents)
      .set({
        ...input,
        details: input.details as Record<string, unknown>,
        version: sql`${removalEvents.version} + 1`,
        updatedAt: new Date().toISOString(),
        updatedBy: actor.id,
      })
      .where(and(eq(removalEvents.id, eventId), eq(removalEvents.version, expectedVersion)))
      .run();
    if (res.changes !== 1) return "conflict";
    const { type, effectiveDate, details, court, notes, source, verifiedOn } = current;
    recordCaseChange(tx, actor, clientId, "event.corrected", {
      before: { eventId, type, effectiveDate, details, court, notes, source, verifiedOn },
      after: { eventId, ...input },
    });
    return "ok";
  });
}

export function listRemovalEvents(firmId: string, clientId: string) {
  return removalEventRows(firmId, clientId).all();
}

/** One event of the client's, or undefined when it is not this client's (or this firm's). */
export function getRemovalEvent(firmId: string, clientId: string, eventId: string) {
  if (!eventId || eventId.length > 40) return undefined;
  return removalEventRows(firmId, clientId, eventId).get();
}

function removalEventRows(firmId: string, clientId: string, eventId?: string) {
  return getDb()
    .select({
      id: removalEvents.id,
      type: removalEvents.type,
      effectiveDate: removalEvents.effectiveDate,
      details: removalEvents.details,
      court: removalEvents.court,
      notes: removalEvents.notes,
      source: removalEvents.source,
      verifiedOn: removalEvents.verifiedOn,
      version: removalEvents.version,
      seq: removalEvents.seq,
      createdAt: removalEvents.createdAt,
      updatedAt: removalEvents.updatedAt,
      createdBy: users.displayName,
    })
    .from(removalEvents)
    .leftJoin(users, eq(users.id, removalEvents.createdBy))
    .where(
      and(
        eq(removalEvents.firmId, firmId),
        eq(removalEvents.clientId, clientId),
        eventId === undefined ? undefined : eq(removalEvents.id, eventId),
      ),
    )
    .orderBy(desc(removalEvents.effectiveDate), desc(removalEvents.seq));
}

// ---- Hearings ----

export type HearingInput = {
  hearingType: "master" | "individual";
  court: string;
  judge: string | null;
  date: string;
  time: string | null;
  timeZone: string;
  mode: "in_person" | "video" | "phone";
  notes: string | null;
};

export function addHearing(actor: Actor, clientId: string, input: HearingInput): string {
  const id = createId();
  getDb().transaction((tx) => {
    tx.insert(hearings)
      .values({ id, firmId: actor.firmId, clientId, ...input, createdBy: actor.id })
      .run();
    recordCaseChange(tx, actor, clientId, "hearing.created", { after: { hearingId: id, ...input } });
  });
  return id;
}

export function postponeHearing(
  actor: Actor,
  clientId: string,
  hearingId: string,
  to: { date: string; time: string | null },
  reason: string,
): boolean {
  return getDb().transaction((tx) => {
    const h = tx
      .select()
      .from(hearings)
      .where(clientRow(hearings, actor.firmId, clientId, hearingId))
      .get();
    if (!h) return false;
    tx.insert(hearingPostponements)
      .values({
        id: createId(),
        firmId: actor.firmId,
        hearingId,
        fromDate: h.date,
        fromTime: h.time,
        toDate: to.date,
        toTime: to.time,
        reason,
        createdBy: actor.id,
      })
      .run();
    tx.update(hearings)
      .set({
        date: to.date,
        time: to.time,
        version: sql`${hearings.version} + 1`,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(hearings.id, hearingId))
      .run();
    recordCaseChange(tx, actor, clientId, "hearing.postponed", {
      before: { hearingId, date: h.date, time: h.time },
      after: { hearingId, date: to.date, time: to.time, reason },
    });
    return true;
  });
}

export function cancelHearing(actor: Actor, clientId: string, hearingId: string, reason: string): boolean {
  return getDb().transaction((tx) => {
    const h = tx
      .select()
      .from(hearings)
      .where(clientRow(hearings, actor.firmId, clientId, hearingId))
      .get();
    if (!h || h.cancelled) return false;
    tx.update(hearings)
      .set({
        cancelled: true,
        notes: [h.notes, `Cancelled: ${reason}`].filter(Boolean).join("\n"),
        updatedAt: new Date().toISOString(),
      })
      .where(eq(hearings.id, hearingId))
      .run();
    recordCaseChange(tx, actor, clientId, "hearing.cancelled", {
      before: { hearingId, date: h.date },
      after: { hearingId, cancelled: true, reason },
    });
    return true;
  });
}

export function listHearings(firmId: string, clientId: string) {
  const db = getDb();
  const hs = db
    .select()
    .from(hearings)
    .where(and(eq(hearings.firmId, firmId), eq(hearings.clientId, clientId)))
    .orderBy(desc(hearings.date))
    .all();
  const ps = db
    .select()
    .from(hearingPostponements)
    .where(
      and(
        eq(hearingPostponements.firmId, firmId),
        sql`${hearingPostponements.hearingId} in (select id from hearings where client_id = ${clientId})`,
      ),
    )
    .orderBy(asc(hearingPostponements.createdAt))
    .all();
  return hs.map((h) => ({ ...h, postponements: ps.filter((p) => p.hearingId === h.id) }));
}

// ---- Travel documents ----

export type TravelDocInput = {
  kind: DocKind;
  issuingCountry: string | null;
  number: string | null;
  issueDate: string | null;
  expiryDate: string | null;
  holder: DocHolder;
  state: DocState;
  notes: string | null;
};

export function addTravelDocument(
  actor: Actor,
  clientId: string,
  input: TravelDocInput,
  effectiveDate: string,
): string {
  const id = createId();
  getDb().transaction((tx) => {
    tx.insert(travelDocuments)
      .values({ id, firmId: actor.firmId, clientId, ...input, createdBy: actor.id })
      .run();
    tx.insert(travelDocumentEvents)
      .values({
        id: createId(),
        firmId: actor.firmId,
        documentId: id,
        state: input.state,
        holder: input.holder,
        effectiveDate,
        note: "Recorded",
        createdBy: actor.id,
      })
      .run();
    recordCaseChange(tx, actor, clientId, "travel_document.created", {
      after: { documentId: id, ...input, number: input.number ? "(recorded)" : null },
    });
  });
  return id;
}

export function changeTravelDocumentState(
  actor: Actor,
  clientId: string,
  documentId: string,
  change: {
    state: DocState;
    holder: DocHolder;
    effectiveDate: string;
    note: string | null;
    expiryDate?: string | null;
  },
): boolean {
  return getDb().transaction((tx) => {
    const doc = tx
      .select()
      .from(travelDocuments)
      .where(clientRow(travelDocuments, actor.firmId, clientId, documentId))
      .get();
    if (!doc) return false;
    const expiryDate = change.expiryDate === undefined ? doc.expiryDate : change.expiryDate;
    tx.update(travelDocuments)
      .set({
        state: change.state,
        holder: change.holder,
        expiryDate,
        version: sql`${travelDocuments.version} + 1`,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(travelDocuments.id, documentId))
      .run();
    tx.insert(travelDocumentEvents)
      .values({
        id: createId(),
        firmId: actor.firmId,
        documentId,
        state: change.state,
        holder: change.holder,
        effectiveDate: change.effectiveDate,
        note: change.note,
        createdBy: actor.id,
      })
      .run();
    recordCaseChange(tx, actor, clientId, "travel_document.changed", {
      before: { documentId, state: doc.state, holder: doc.holder, expiryDate: doc.expiryDate },
      after: { documentId, state: change.state, holder: change.holder, expiryDate, note: change.note },
    });
    return true;
  });
}

export function listTravelDocuments(firmId: string, clientId: string) {
  const db = getDb();
  const docs = db
    .select()
    .from(travelDocuments)
    .where(and(eq(travelDocuments.firmId, firmId), eq(travelDocuments.clientId, clientId)))
    .orderBy(asc(travelDocuments.createdAt))
    .all();
  const history = db
    .select()
    .from(travelDocumentEvents)
    .where(
      and(
        eq(travelDocumentEvents.firmId, firmId),
        sql`${travelDocumentEvents.documentId} in (select id from travel_documents where client_id = ${clientId})`,
      ),
    )
    .orderBy(desc(travelDocumentEvents.effectiveDate), desc(travelDocumentEvents.createdAt))
    .all();
  return docs.map((d) => ({ ...d, history: history.filter((h) => h.documentId === d.id) }));
}

// ---- Deadline marks and closures ----

export function markDeadline(
  actor: Actor,
  clientId: string,
  key: string,
  mark: "done" | "not_applicable" | "open",
  note: string | null,
): void {
  getDb().transaction((tx) => {
    const before = tx
      .select()
      .from(deadlineMarks)
      .where(
        and(
          eq(deadlineMarks.clientId, clientId),
          eq(deadlineMarks.key, key),
          eq(deadlineMarks.firmId, actor.firmId),
        ),
      )
      .get();
    tx.delete(deadlineMarks)
      .where(
        and(
          eq(deadlineMarks.clientId, clientId),
          eq(deadlineMarks.key, key),
          eq(deadlineMarks.firmId, actor.firmId),
        ),
      )
      .run();
    if (mark !== "open")
      tx.insert(deadlineMarks)
        .values({
          firmId: actor.firmId,
          clientId,
          key,
          mark,
          note,
          markedBy: actor.id,
          markedAt: new Date().toISOString(),
        })
        .run();
    recordCaseChange(tx, actor, clientId, "deadline.marked", {
      before: before ? { key, mark: before.mark, note: before.note } : { key, mark: "open" },
      after: { key, mark, note },
    });
  });
}

export function listClosures(firmId: string) {
  return getDb()
    .select()
    .from(closureDays)
    .where(eq(closureDays.firmId, firmId))
    .orderBy(desc(closureDays.date))
    .all();
}

/** A closure day moves deadlines of every client of the firm: all are recomputed in the same transaction. */
export function addClosure(actor: Actor, date: string, reason: string): "ok" | "exists" {
  return getDb().transaction((tx) => {
    const exists = tx
      .select({ id: closureDays.id })
      .from(closureDays)
      .where(and(eq(closureDays.firmId, actor.firmId), eq(closureDays.date, date)))
      .get();
    if (exists) return "exists";
    const id = createId();
    tx.insert(closureDays).values({ id, firmId: actor.firmId, date, reason, createdBy: actor.id }).run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "closure.created",
      entityType: "firm",
      entityId: actor.firmId,
      after: { date, reason },
      ip: actor.ip,
    });
    const affected = tx
      .select({ id: removalEvents.clientId })
      .from(removalEvents)
      .where(eq(removalEvents.firmId, actor.firmId))
      .groupBy(removalEvents.clientId)
      .all();
    for (const c of affected) refreshClient(tx, actor.firmId, c.id, undefined, { touch: false });
    return "ok";
  });
}
