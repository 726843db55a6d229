import type { Readable } from "node:stream";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "#db/client";
import { clients, documents, type DocumentRow } from "#db/schema";
import { MAX_DOCUMENT_BYTES } from "~/domain/case-documents";
import { getDocument, listDocumentsForClient, openDocument, uploadDocument } from "~/models/documents.server";
import { sniffDocumentType } from "~/services/document-safety.server";
import { formatDateFor, isolate, type PortalLanguage } from "~/utils/i18n";
import type { Actor } from "./actor";

// The client's side of case documents (docs/documents.md, "From the client's phone"): a paper the client
// sends from /me, what they see of their own papers and of those the office shared, and the check-ins
// queue's list of papers nobody on staff has looked at yet. Storage, safety and audit are the documents
// model's (uploadDocument, openDocument); this module scopes every call to the signed-in client.

/** What a client's paper is called until someone on staff gives it a title, when the client wrote no note. */
export const CLIENT_PAPER_TITLE = "Paper sent by the client";
export const MAX_CLIENT_NOTE = 200;

/** Why a paper was refused, as a code the page turns into the client's language. */
export type ClientPaperRefusal =
  "no-file" | "empty" | "too-big" | "wrong-type" | "unreadable" | "note-too-long";

export type ClientPaper = { bytes: Uint8Array; name: string; note: string };

/**
 * Stores a paper the client sent: as source "client", so it is new (needs review) for staff; audited as
 * the client's upload. Checked here first in the order the client can act on (empty, size, type), then by
 * uploadDocument, which sniffs, strips the photo's metadata and stores it.
 */
export async function sendPaperFromClient(
  actor: Actor & { clientId: string },
  paper: ClientPaper,
): Promise<{ ok: true; id: string } | { ok: false; refusal: ClientPaperRefusal }> {
  const note = paper.note.trim().replace(/\s+/g, " ");
  if (Array.from(note).length > MAX_CLIENT_NOTE) return { ok: false, refusal: "note-too-long" };
  if (paper.bytes.byteLength === 0) return { ok: false, refusal: "empty" };
  if (paper.bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, refusal: "too-big" };
  if (!(await sniffDocumentType(paper.bytes)).ok) return { ok: false, refusal: "wrong-type" };
  const r = await uploadDocument(actor, actor.clientId, {
    title: note || CLIENT_PAPER_TITLE,
    kind: "other",
    documentDate: null,
    bytes: paper.bytes,
    originalName: paper.name,
    source: "client",
  });
  // The bytes passed the type check, so what is left is a photo that cannot be decoded (damaged, too many pixels).
  return r.ok ? { ok: true, id: r.id } : { ok: false, refusal: "unreadable" };
}

export type PaperItem = { id: string; title: string | null; date: string; kind: "photo" | "pdf" };

/** The client's papers for /me: those they sent and those the office shared, newest first, dates in their language. */
export function papersForClient(firmId: string, clientId: string, lang: PortalLanguage, limit = 50) {
  const rows = listDocumentsForClient(firmId, clientId);
  const item = (d: (typeof rows)[number], at: string): PaperItem => ({
    id: d.id,
    // The default title is staff's word for an untitled paper: the page says it in the client's language.
    title: d.title === CLIENT_PAPER_TITLE ? null : d.title,
    date: isolate(lang, formatDateFor(lang, at.slice(0, 10))),
    kind: d.mimeType === "application/pdf" ? "pdf" : "photo",
  });
  return {
    sent: rows
      .filter((d) => d.source === "client")
      .slice(0, limit)
      .map((d) => item(d, d.createdAt)),
    // A paper the client sent and the office then shared back is listed once, with what they sent.
    shared: rows
      .filter((d) => d.source !== "client" && d.sharedWithClient)
      .slice(0, limit)
      .map((d) => item(d, d.documentDate ?? d.createdAt)),
  };
}

/** One of this client's own papers (one they sent), or undefined: for the "sent" confirmation. */
export function sentPaper(firmId: string, clientId: string, documentId: string): DocumentRow | undefined {
  const d = getDocument(firmId, clientId, documentId);
  return d && d.source === "client" ? d : undefined;
}

/**
 * A paper's bytes for the client: only one of their own (firm and client from the session, never from the
 * URL) that the office shared with them or that they sent; anything else is undefined (the route's 404),
 * as for an id that does not exist. The view or download is audited by openDocument.
 */
export async function openPaperForClient(
  actor: Actor & { clientId: string },
  documentId: string,
  how: "view" | "download",
): Promise<{ document: DocumentRow; stream: Readable } | undefined> {
  const d = getDocument(actor.firmId, actor.clientId, documentId);
  if (!d || !(d.sharedWithClient || d.source === "client")) return undefined;
  return openDocument(actor, actor.clientId, documentId, how);
}

export const NEW_PAPERS_SHOWN = 10;
const NEW_PAPERS_COUNTED = 100;

/**
 * Papers from clients that nobody on staff has reviewed, newest first, for the check-ins queue: at most
 * NEW_PAPERS_SHOWN rows and a count that stops at NEW_PAPERS_COUNTED. Both read the partial index
 * documents_needs_review_idx (firm, created_at where needs_review = 1 and deleted_at is null), whose
 * condition is written out literally so SQLite can use it; the client's name comes by primary key.
 */
export function newClientPapers(firmId: string) {
  const db = getDb();
  const unreviewed = and(
    eq(documents.firmId, firmId),
    sql`${documents.needsReview} = 1 and ${documents.deletedAt} is null`,
  );
  const rows = db
    .select({
      id: documents.id,
      clientId: documents.clientId,
      title: documents.title,
      mimeType: documents.mimeType,
      createdAt: documents.createdAt,
      checkInId: documents.checkInId,
      givenNames: clients.givenNames,
      familyName: clients.familyName,
    })
    .from(documents)
    .innerJoin(clients, and(eq(clients.id, documents.clientId), eq(clients.firmId, documents.firmId)))
    .where(unreviewed)
    .orderBy(desc(documents.createdAt))
    .limit(NEW_PAPERS_SHOWN)
    .all();
  const counted =
    rows.length < NEW_PAPERS_SHOWN
      ? rows.length
      : (db
          .select({ n: sql<number>`count(*)` })
          .from(
            db
              .select({ one: sql`1` })
              .from(documents)
              .where(unreviewed)
              .limit(NEW_PAPERS_COUNTED + 1)
              .as("unreviewed"),
          )
          .get()?.n ?? rows.length);
  return {
    rows: rows.map((r) => ({ ...r, title: r.title === CLIENT_PAPER_TITLE ? null : r.title })),
    total: Math.min(counted, NEW_PAPERS_COUNTED),
    more: counted > NEW_PAPERS_COUNTED,
  };
}
