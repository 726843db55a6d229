import type { Readable } from "node:stream";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "#db/client";
import {
  checkIns,
  documents,
  hearings,
  removalEvents,
  travelDocuments,
  users,
  type DocumentKind,
  type DocumentRow,
} from "#db/schema";
import { DOCUMENT_KIND_LABELS } from "~/domain/case-documents";
import { sanitiseDocumentName, nameWithTypeExtension } from "~/domain/document-names";
import { EVENT_LABELS, type EventType } from "~/domain/removal-events";
import { DOC_KIND_LABELS, type DocKind } from "~/domain/travel-documents";
import { can } from "~/domain/permissions";
import { cleanDocument, MAX_DOCUMENT_BYTES, sniffDocumentType } from "~/services/document-safety.server";
import { fileStore, sweepOrphans, type FileStore } from "~/services/file-store.server";
import type { AuditAction } from "~/domain/audit-actions";
import { writeAudit } from "~/utils/audit.server";
import { createId } from "~/utils/crypto.server";
import type { Actor } from "./actor";
import { clientRow } from "./scope.server";

// Case documents: the papers behind a client's case (docs/documents.md, ADR 023). Every read is filtered
// by firm and client; every write is audited in its transaction, and so are views and downloads.
//
// The crash rule: the file is written (durably) before the row, and the row is committed with its audit
// entry in one transaction. A crash before the commit leaves a file no row names, which sweepOrphanFiles
// removes when it is an hour old; a row never exists without its file.

export type DocumentLinks = {
  eventId?: string | null;
  hearingId?: string | null;
  checkInId?: string | null;
  travelDocumentId?: string | null;
};
export type LinkField = keyof DocumentLinks;
export const LINK_FIELDS: readonly LinkField[] = ["eventId", "hearingId", "checkInId", "travelDocumentId"];

export type UploadInput = {
  title: string;
  kind: DocumentKind;
  documentDate: string | null;
  /** The uploaded file's bytes and the name the browser gave it. */
  bytes: Uint8Array;
  originalName: string;
  links?: DocumentLinks;
  /** "client": uploaded by the client from /me (marked new for staff to review). Default "staff". */
  source?: "staff" | "client";
  sharedWithClient?: boolean;
};

export type UploadResult =
  { ok: true; id: string; sha256: string } | { ok: false; field: "file" | LinkField; reason: string };

/** Test hook: runs after the file is stored and before the row's transaction (the crash test stops here). */
let afterFileStored: ((sha256: string) => void | Promise<void>) | undefined;
export function setAfterFileStoredHook(hook: typeof afterFileStored): void {
  afterFileStored = hook;
}

/**
 * Checks, cleans and stores an upload, then writes its row and audit entry. The type is sniffed from the
 * bytes; photos lose their metadata before they are hashed. Refusals come back as { ok: false }.
 */
export async function uploadDocument(
  actor: Actor,
  clientId: string,
  input: UploadInput,
  store: FileStore = fileStore(),
): Promise<UploadResult> {
  if (input.bytes.byteLength === 0) return { ok: false, field: "file", reason: "The file is empty." };
  if (input.bytes.byteLength > MAX_DOCUMENT_BYTES)
    return {
      ok: false,
      field: "file",
      reason: `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
    };
  const sniffed = await sniffDocumentType(input.bytes);
  if (!sniffed.ok) return { ok: false, field: "file", reason: sniffed.reason };
  const cleaned = await cleanDocument(input.bytes, sniffed.mimeType);
  if (!cleaned.ok) return { ok: false, field: "file", reason: cleaned.reason };
  const links = input.links ?? {};
  const badLink = checkLinks(actor.firmId, clientId, links);
  if (badLink) return { ok: false, ...badLink };

  const stored = await store.put(cleaned.bytes);
  if (afterFileStored) await afterFileStored(stored.sha256);
  const id = createId();
  const source = input.source ?? "staff";
  const originalName = nameWithTypeExtension(sanitiseDocumentName(input.originalName), cleaned.mimeType);
  const row = {
    id,
    firmId: actor.firmId,
    clientId,
    title: input.title,
    kind: input.kind,
    documentDate: input.documentDate,
    sha256: stored.sha256,
    sizeBytes: stored.size,
    mimeType: cleaned.mimeType,
    originalName,
    eventId: links.eventId ?? null,
    hearingId: links.hearingId ?? null,
    checkInId: links.checkInId ?? null,
    travelDocumentId: links.travelDocumentId ?? null,
    uploadedBy: actor.id,
    source,
    sharedWithClient: input.sharedWithClient ?? false,
    sharedAt: input.sharedWithClient ? new Date().toISOString() : null,
    needsReview: source === "client",
  };
  getDb().transaction((tx) => {
    tx.insert(documents).values(row).run();
    audit(tx, actor, clientId, "document.uploaded", undefined, describe(row));
  });
  // Another request may have removed the same bytes (a purge of the last other row naming them, or the
  // orphan sweep) between the put and the commit: the bytes are still in hand, so put them back.
  if (!(await store.exists(stored.sha256))) await store.put(cleaned.bytes);
  return { ok: true, id, sha256: stored.sha256 };
}

function describe(d: Partial<DocumentRow>) {
  return {
    documentId: d.id,
    title: d.title,
    kind: d.kind,
    documentDate: d.documentDate,
    sha256: d.sha256,
    sizeBytes: d.sizeBytes,
    mimeType: d.mimeType,
    originalName: d.originalName,
    eventId: d.eventId,
    hearingId: d.hearingId,
    checkInId: d.checkInId,
    travelDocumentId: d.travelDocumentId,
    source: d.source,
    sharedWithClient: d.sharedWithClient,
  };
}

function audit(
  tx: Tx | ReturnType<typeof getDb>,
  actor: Actor,
  clientId: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
) {
  writeAudit(tx, {
    firmId: actor.firmId,
    actorUserId: actor.id,
    action,
    entityType: "client",
    entityId: clientId,
    before,
    after,
    ip: actor.ip,
  });
}

/** The link targets must be this client's (and this firm's); answers the first one that is not. */
function checkLinks(
  firmId: string,
  clientId: string,
  links: DocumentLinks,
): { field: LinkField; reason: string } | null {
  const db = getDb();
  const owned = (
    table: typeof removalEvents | typeof hearings | typeof checkIns | typeof travelDocuments,
    id: string,
  ) =>
    id.length <= 40 &&
    db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, id), eq(table.firmId, firmId), eq(table.clientId, clientId)))
      .get() !== undefined;
  if (links.eventId && !owned(removalEvents, links.eventId))
    return { field: "eventId", reason: "Choose one of this client's case events." };
  if (links.hearingId && !owned(hearings, links.hearingId))
    return { field: "hearingId", reason: "Choose one of this client's hearings." };
  if (links.checkInId && !owned(checkIns, links.checkInId))
    return { field: "checkInId", reason: "Choose one of this client's check-ins." };
  if (links.travelDocumentId && !owned(travelDocuments, links.travelDocumentId))
    return { field: "travelDocumentId", reason: "Choose one of this client's travel documents." };
  return null;
}

const listColumns = {
  id: documents.id,
  clientId: documents.clientId,
  title: documents.title,
  kind: documents.kind,
  documentDate: documents.documentDate,
  sizeBytes: documents.sizeBytes,
  mimeType: documents.mimeType,
  originalName: documents.originalName,
  eventId: documents.eventId,
  hearingId: documents.hearingId,
  checkInId: documents.checkInId,
  travelDocumentId: documents.travelDocumentId,
  source: documents.source,
  sharedWithClient: documents.sharedWithClient,
  needsReview: documents.needsReview,
  deletedAt: documents.deletedAt,
  version: documents.version,
  createdAt: documents.createdAt,
  uploadedByName: users.displayName,
};

export type DocumentListItem = ReturnType<typeof listClientDocuments>[number];

/** The client's documents, newest first; deleted ones only when asked (admins see them to purge). */
export function listClientDocuments(
  firmId: string,
  clientId: string,
  { includeDeleted = false }: { includeDeleted?: boolean } = {},
) {
  return getDb()
    .select(listColumns)
    .from(documents)
    .leftJoin(users, eq(users.id, documents.uploadedBy))
    .where(
      and(
        eq(documents.firmId, firmId),
        eq(documents.clientId, clientId),
        includeDeleted ? undefined : isNull(documents.deletedAt),
      ),
    )
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .all();
}

/** What the client may see of their own documents on /me: those shared with them, and their own uploads. */
export function listDocumentsForClient(firmId: string, clientId: string) {
  return getDb()
    .select({
      id: documents.id,
      title: documents.title,
      kind: documents.kind,
      documentDate: documents.documentDate,
      mimeType: documents.mimeType,
      sizeBytes: documents.sizeBytes,
      source: documents.source,
      sharedWithClient: documents.sharedWithClient,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .where(
      and(
        eq(documents.firmId, firmId),
        eq(documents.clientId, clientId),
        isNull(documents.deletedAt),
        sql`(${documents.sharedWithClient} = 1 or ${documents.source} = 'client')`,
      ),
    )
    .orderBy(desc(documents.createdAt))
    .all();
}

/** Client uploads nobody on staff has reviewed yet, across the firm (the check-ins queue's "new"). */
export function listDocumentsNeedingReview(firmId: string, limit = 50) {
  return getDb()
    .select({
      id: documents.id,
      clientId: documents.clientId,
      title: documents.title,
      kind: documents.kind,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .where(and(eq(documents.firmId, firmId), eq(documents.needsReview, true), isNull(documents.deletedAt)))
    .orderBy(desc(documents.createdAt))
    .limit(limit)
    .all();
}

/** The event → its documents (id and title), for the timeline's "Source document". */
export function documentsByEvent(
  firmId: string,
  clientId: string,
): Record<string, { id: string; title: string }[]> {
  const rows = getDb()
    .select({ id: documents.id, title: documents.title, eventId: documents.eventId })
    .from(documents)
    .where(
      and(
        eq(documents.firmId, firmId),
        eq(documents.clientId, clientId),
        isNull(documents.deletedAt),
        sql`${documents.eventId} is not null`,
      ),
    )
    .orderBy(documents.createdAt)
    .all();
  const out: Record<string, { id: string; title: string }[]> = {};
  for (const r of rows) (out[r.eventId as string] ??= []).push({ id: r.id, title: r.title });
  return out;
}

/**
 * One document of this client of this firm, or undefined (another firm's or another client's id, an
 * unknown id, or a deleted one unless `includeDeleted`): the route answers 404 for all of them alike.
 */
export function getDocument(
  firmId: string,
  clientId: string,
  documentId: string,
  { includeDeleted = false }: { includeDeleted?: boolean } = {},
): DocumentRow | undefined {
  if (!documentId || documentId.length > 40) return undefined;
  return getDb()
    .select()
    .from(documents)
    .where(
      and(
        clientRow(documents, firmId, clientId, documentId),
        includeDeleted ? undefined : isNull(documents.deletedAt),
      ),
    )
    .get();
}

export type OpenedDocument = { document: DocumentRow; stream: Readable };

/**
 * The document's bytes for a response, with the view ("inline") or download audited. Undefined when it is
 * not this client's, or its file is missing (which the crash rule says cannot happen; answered 404 anyway).
 */
export async function openDocument(
  actor: Actor,
  clientId: string,
  documentId: string,
  how: "view" | "download",
  store: FileStore = fileStore(),
): Promise<OpenedDocument | undefined> {
  const document = getDocument(actor.firmId, clientId, documentId);
  if (!document) return undefined;
  let stream: Readable;
  try {
    stream = await store.open(document.sha256);
  } catch {
    return undefined;
  }
  audit(getDb(), actor, clientId, how === "view" ? "document.viewed" : "document.downloaded", undefined, {
    documentId,
    title: document.title,
  });
  return { document, stream };
}

export type ChangeResult = "ok" | "not_found" | { field: string; reason: string };

/** Runs a change to one live document of the client in a transaction with its audit entry. */
function change(
  actor: Actor,
  clientId: string,
  documentId: string,
  action: AuditAction,
  makeSet: (current: DocumentRow) => Partial<DocumentRow> | null,
  { includeDeleted = false }: { includeDeleted?: boolean } = {},
): "ok" | "not_found" | "unchanged" {
  return getDb().transaction((tx) => {
    const current = tx
      .select()
      .from(documents)
      .where(
        and(
          clientRow(documents, actor.firmId, clientId, documentId),
          includeDeleted ? undefined : isNull(documents.deletedAt),
        ),
      )
      .get();
    if (!current) return "not_found";
    const set = makeSet(current);
    if (!set) return "unchanged";
    tx.update(documents)
      .set({ ...set, version: sql`${documents.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(documents.id, documentId))
      .run();
    const before: Record<string, unknown> = { documentId };
    const after: Record<string, unknown> = { documentId };
    for (const k of Object.keys(set) as (keyof DocumentRow)[]) {
      before[k] = current[k];
      after[k] = set[k];
    }
    audit(tx, actor, clientId, action, before, after);
    return "ok";
  });
}

/** Attaches the document to an event, hearing, check-in or travel document of the same client. */
export function attachDocument(
  actor: Actor,
  clientId: string,
  documentId: string,
  links: DocumentLinks,
): ChangeResult {
  if (!getDocument(actor.firmId, clientId, documentId)) return "not_found";
  const bad = checkLinks(actor.firmId, clientId, links);
  if (bad) return bad;
  const set: Partial<DocumentRow> = {};
  for (const f of LINK_FIELDS) if (links[f] !== undefined) set[f] = links[f] || null;
  const r = change(actor, clientId, documentId, "document.attached", () =>
    Object.keys(set).length ? set : null,
  );
  return r === "unchanged" ? "ok" : r;
}

export function detachDocument(
  actor: Actor,
  clientId: string,
  documentId: string,
  field: LinkField,
): ChangeResult {
  const r = change(actor, clientId, documentId, "document.detached", (cur) =>
    cur[field] ? { [field]: null } : null,
  );
  return r === "unchanged" ? "ok" : r;
}

export function updateDocument(
  actor: Actor,
  clientId: string,
  documentId: string,
  input: { title: string; kind: DocumentKind; documentDate: string | null },
): ChangeResult {
  const r = change(actor, clientId, documentId, "document.changed", (cur) => {
    const set: Partial<DocumentRow> = {};
    if (cur.title !== input.title) set.title = input.title;
    if (cur.kind !== input.kind) set.kind = input.kind;
    if (cur.documentDate !== input.documentDate) set.documentDate = input.documentDate;
    return Object.keys(set).length ? set : null;
  });
  return r === "unchanged" ? "ok" : r;
}

export function markDocumentReviewed(actor: Actor, clientId: string, documentId: string): ChangeResult {
  const r = change(actor, clientId, documentId, "document.reviewed", (cur) =>
    cur.needsReview
      ? { needsReview: false, reviewedAt: new Date().toISOString(), reviewedBy: actor.id }
      : null,
  );
  return r === "unchanged" ? "ok" : r;
}

export function setDocumentShared(
  actor: Actor,
  clientId: string,
  documentId: string,
  shared: boolean,
): ChangeResult {
  const r = change(actor, clientId, documentId, shared ? "document.shared" : "document.unshared", (cur) =>
    cur.sharedWithClient === shared
      ? null
      : { sharedWithClient: shared, sharedAt: shared ? new Date().toISOString() : null },
  );
  return r === "unchanged" ? "ok" : r;
}

/** Soft delete: the row stays (and its file) until an admin purges it. */
export function deleteDocument(actor: Actor, clientId: string, documentId: string): ChangeResult {
  const r = change(actor, clientId, documentId, "document.deleted", () => ({
    deletedAt: new Date().toISOString(),
    deletedBy: actor.id,
  }));
  return r === "unchanged" ? "ok" : r;
}

/** Brings back a soft-deleted document. */
export function restoreDocument(actor: Actor, clientId: string, documentId: string): ChangeResult {
  const r = change(
    actor,
    clientId,
    documentId,
    "document.restored",
    (cur) => (cur.deletedAt ? { deletedAt: null, deletedBy: null } : null),
    { includeDeleted: true },
  );
  return r === "unchanged" ? "ok" : r;
}

/**
 * Removes a soft-deleted document for good (admins only): the row, then the file if no other row (of any
 * firm) names the same bytes. The audit entry keeps what it was.
 */
export async function purgeDocument(
  actor: Actor & { role: string },
  clientId: string,
  documentId: string,
  store: FileStore = fileStore(),
): Promise<"ok" | "not_found" | "forbidden" | "not_deleted"> {
  if (!can(actor.role, "purge:document")) return "forbidden";
  const result = getDb().transaction((tx) => {
    const current = tx
      .select()
      .from(documents)
      .where(clientRow(documents, actor.firmId, clientId, documentId))
      .get();
    if (!current) return "not_found" as const;
    if (!current.deletedAt) return "not_deleted" as const;
    tx.update(removalEvents)
      .set({ verifiedDocumentId: null })
      .where(and(eq(removalEvents.firmId, actor.firmId), eq(removalEvents.verifiedDocumentId, documentId)))
      .run();
    tx.delete(documents).where(eq(documents.id, documentId)).run();
    audit(tx, actor, clientId, "document.purged", describe(current), undefined);
    const others = tx
      .select({ n: sql<number>`count(*)` })
      .from(documents)
      .where(eq(documents.sha256, current.sha256))
      .get();
    return { sha256: current.sha256, referenced: (others?.n ?? 0) > 0 };
  });
  if (typeof result === "string") return result;
  if (!result.referenced) await store.delete(result.sha256);
  return "ok";
}

/** Sets (or clears) the document an event's "verified" date was checked against, with the date. */
export function setEventVerifiedBy(
  actor: Actor,
  clientId: string,
  eventId: string,
  documentId: string | null,
  verifiedOn: string | null,
): "ok" | "not_found" {
  return getDb().transaction((tx) => {
    const event = tx
      .select({
        id: removalEvents.id,
        verifiedOn: removalEvents.verifiedOn,
        verifiedDocumentId: removalEvents.verifiedDocumentId,
      })
      .from(removalEvents)
      .where(clientRow(removalEvents, actor.firmId, clientId, eventId))
      .get();
    if (!event) return "not_found";
    if (documentId) {
      const doc = tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(clientRow(documents, actor.firmId, clientId, documentId), isNull(documents.deletedAt)))
        .get();
      if (!doc) return "not_found";
    }
    tx.update(removalEvents)
      .set({
        verifiedDocumentId: documentId,
        verifiedOn: verifiedOn ?? event.verifiedOn,
        version: sql`${removalEvents.version} + 1`,
        updatedAt: new Date().toISOString(),
        updatedBy: actor.id,
      })
      .where(eq(removalEvents.id, eventId))
      .run();
    audit(
      tx,
      actor,
      clientId,
      "event.verified_by_document",
      { eventId, verifiedOn: event.verifiedOn, verifiedDocumentId: event.verifiedDocumentId },
      { eventId, verifiedOn: verifiedOn ?? event.verifiedOn, verifiedDocumentId: documentId },
    );
    return "ok";
  });
}

/** Whether any row (of any firm, deleted or not) names these bytes. */
export function isFileReferenced(sha256: string): boolean {
  return (
    getDb()
      .select({ id: documents.id })
      .from(documents)
      .where(eq(documents.sha256, sha256))
      .limit(1)
      .get() !== undefined
  );
}

/** The orphan sweep over the installation's store (server start and the daily job). */
export function sweepOrphanFiles(
  store: FileStore = fileStore(),
  options?: { olderThanMs?: number; now?: number },
) {
  return sweepOrphans(store, isFileReferenced, options);
}

// ---- The client page's Documents card ----

/** Everything the Documents card and the timeline show: the list, what each can be attached to, by event. */
export function caseDocumentsView(
  firmId: string,
  clientId: string,
  { canPurge = false }: { canPurge?: boolean } = {},
) {
  const db = getDb();
  const events = db
    .select({ id: removalEvents.id, type: removalEvents.type, date: removalEvents.effectiveDate })
    .from(removalEvents)
    .where(and(eq(removalEvents.firmId, firmId), eq(removalEvents.clientId, clientId)))
    .orderBy(desc(removalEvents.effectiveDate), desc(removalEvents.seq))
    .all();
  const hearingRows = db
    .select({ id: hearings.id, date: hearings.date, court: hearings.court, type: hearings.hearingType })
    .from(hearings)
    .where(and(eq(hearings.firmId, firmId), eq(hearings.clientId, clientId)))
    .orderBy(desc(hearings.date))
    .all();
  const checkInRows = db
    .select({ id: checkIns.id, date: checkIns.localDate, time: checkIns.localTime, status: checkIns.status })
    .from(checkIns)
    .where(and(eq(checkIns.firmId, firmId), eq(checkIns.clientId, clientId)))
    .orderBy(desc(checkIns.startsAt))
    .limit(200)
    .all();
  const travelRows = db
    .select({ id: travelDocuments.id, kind: travelDocuments.kind, country: travelDocuments.issuingCountry })
    .from(travelDocuments)
    .where(and(eq(travelDocuments.firmId, firmId), eq(travelDocuments.clientId, clientId)))
    .all();
  const targets = {
    event: events.map((e) => ({
      value: `event:${e.id}`,
      label: `${e.date} — ${EVENT_LABELS[e.type as EventType] ?? e.type}`,
    })),
    hearing: hearingRows.map((h) => ({
      value: `hearing:${h.id}`,
      label: `${h.date} — ${h.type === "master" ? "Master calendar" : "Individual"} hearing, ${h.court}`,
    })),
    checkin: checkInRows.map((c) => ({
      value: `checkin:${c.id}`,
      label: `${c.date} ${c.time} — check-in (${c.status})`,
    })),
    travel: travelRows.map((t) => ({
      value: `travel:${t.id}`,
      label: `${DOC_KIND_LABELS[t.kind as DocKind] ?? t.kind}${t.country ? ` (${t.country})` : ""}`,
    })),
  };
  const labelOf = new Map(
    Object.values(targets).flatMap((list) => list.map((o) => [o.value, o.label] as const)),
  );
  const verifiedBy = new Map(
    db
      .select({ id: removalEvents.id, doc: removalEvents.verifiedDocumentId })
      .from(removalEvents)
      .where(and(eq(removalEvents.firmId, firmId), eq(removalEvents.clientId, clientId)))
      .all()
      .filter((e) => e.doc)
      .map((e) => [e.doc as string, e.id] as const),
  );
  const items = listClientDocuments(firmId, clientId, { includeDeleted: canPurge }).map((d) => {
    const supports = d.eventId
      ? `event:${d.eventId}`
      : d.hearingId
        ? `hearing:${d.hearingId}`
        : d.checkInId
          ? `checkin:${d.checkInId}`
          : d.travelDocumentId
            ? `travel:${d.travelDocumentId}`
            : "";
    return {
      ...d,
      kindLabel: DOCUMENT_KIND_LABELS[d.kind],
      supports,
      supportsLabel: supports ? (labelOf.get(supports) ?? null) : null,
      verifiesEvent: verifiedBy.get(d.id) ?? null,
    };
  });
  return { items, targets, byEvent: documentsByEvent(firmId, clientId), canPurge };
}
