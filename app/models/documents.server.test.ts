// Case documents against a real database built from the migrations: scoping across firms and clients
// (another firm's or client's id is "not found"), an audit entry with every write, view and download,
// soft delete and the admin's purge, and the orphan sweep.
import { and, eq } from "drizzle-orm";
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, documents, removalEvents } from "#db/schema";
import { LocalFileStore } from "~/services/file-store.server";
import { exeBytes, jpegWithGps, samplePdf } from "~/test/document-samples";
import { makeClientWithEvent, makeFirm, makeUser } from "~/test/fixtures";
import { env } from "~/utils/env.server";
import {
  attachDocument,
  caseDocumentsView,
  deleteDocument,
  getDocument,
  listClientDocuments,
  openDocument,
  purgeDocument,
  setEventVerifiedBy,
  sweepOrphanFiles,
  updateDocument,
  uploadDocument,
} from "./documents.server";

type A = { id: string; firmId: string; role: string; ip: null };
let lawyer: A;
let admin: A;
let stranger: A;
let clientId: string;
let eventId: string;
let otherClientId: string;
let foreignClientId: string;
let foreignEventId: string;
const store = () => new LocalFileStore(env.filesDir);

const actions = (cid: string) =>
  getDb()
    .select({ action: auditLog.action, after: auditLog.after, actor: auditLog.actorUserId })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, cid), eq(auditLog.entityType, "client")))
    .all();

async function upload(actor: A, cid: string, bytes: Uint8Array = samplePdf(), name = "order.pdf") {
  const r = await uploadDocument(actor, cid, {
    title: "IJ order",
    kind: "ij_order",
    documentDate: "2025-02-03",
    bytes,
    originalName: name,
  });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

beforeAll(async () => {
  const firm = makeFirm("Docs Firm");
  const other = makeFirm("Other Firm");
  const as = async (firmId: string, role: "lawyer" | "admin") => {
    const u = await makeUser(firmId, role);
    return { id: u.id, firmId, role, ip: null };
  };
  lawyer = await as(firm, "lawyer");
  admin = await as(firm, "admin");
  stranger = await as(other, "lawyer");
  ({ clientId, eventId } = makeClientWithEvent(firm));
  otherClientId = makeClientWithEvent(firm).clientId;
  ({ clientId: foreignClientId, eventId: foreignEventId } = makeClientWithEvent(other));
});

describe("upload", () => {
  it("stores the file by its hash beside the database, then the row with its audit entry", async () => {
    const r = await upload(lawyer, clientId);
    const row = getDocument(lawyer.firmId, clientId, r.id)!;
    expect(row).toMatchObject({ mimeType: "application/pdf", originalName: "order.pdf", source: "staff" });
    expect(fs.existsSync(`${env.filesDir}/${r.sha256.slice(0, 2)}/${r.sha256}`)).toBe(true);
    expect(env.filesDir.startsWith(process.env.DATABASE_PATH!.replace(/[^/]+$/, ""))).toBe(true);
    expect(actions(clientId).filter((a) => a.action === "document.uploaded")).toHaveLength(1);
  });

  it("stores a photo without its EXIF, and refuses a program renamed .pdf, writing nothing", async () => {
    const photo = await upload(lawyer, clientId, await jpegWithGps(), "IMG_0001.jpg");
    const bytes = await store().read(photo.sha256);
    expect(bytes.includes(Buffer.from("HOME-ADDRESS-MARKER"))).toBe(false);
    const before = getDb().select().from(documents).all().length;
    const bad = await uploadDocument(lawyer, clientId, {
      title: "x",
      kind: "other",
      documentDate: null,
      bytes: exeBytes(),
      originalName: "order.pdf",
    });
    expect(bad).toEqual({ ok: false, field: "file", reason: expect.stringContaining("Windows program") });
    expect(getDb().select().from(documents).all().length).toBe(before);
  });

  it("refuses a link to another client's or another firm's event", async () => {
    const input = {
      title: "x",
      kind: "other" as const,
      documentDate: null,
      bytes: samplePdf("l"),
      originalName: "a.pdf",
    };
    const r = await uploadDocument(lawyer, clientId, { ...input, links: { eventId: foreignEventId } });
    expect(r).toMatchObject({ ok: false, field: "eventId" });
  });
});

describe("scoping", () => {
  it("answers not found for another firm's id and for another client's id", async () => {
    const r = await upload(lawyer, clientId, samplePdf("scoping"));
    expect(getDocument(stranger.firmId, clientId, r.id)).toBeUndefined();
    expect(getDocument(lawyer.firmId, otherClientId, r.id)).toBeUndefined();
    expect(await openDocument(stranger, foreignClientId, r.id, "download")).toBeUndefined();
    expect(await openDocument(lawyer, otherClientId, r.id, "view")).toBeUndefined();
    expect(updateDocument(stranger, clientId, r.id, { title: "t", kind: "other", documentDate: null })).toBe(
      "not_found",
    );
    expect(deleteDocument(lawyer, otherClientId, r.id)).toBe("not_found");
    expect(listClientDocuments(stranger.firmId, clientId)).toEqual([]);
  });
});

describe("views, attachments and the timeline", () => {
  it("audits a view and a download, and shows the document on its event", async () => {
    const r = await upload(lawyer, clientId, samplePdf("timeline"));
    const opened = await openDocument(lawyer, clientId, r.id, "view");
    expect(opened?.document.id).toBe(r.id);
    opened?.stream.destroy();
    (await openDocument(lawyer, clientId, r.id, "download"))?.stream.destroy();
    const log = actions(clientId).map((a) => a.action);
    expect(log).toContain("document.viewed");
    expect(log).toContain("document.downloaded");
    expect(attachDocument(lawyer, clientId, r.id, { eventId })).toBe("ok");
    expect(setEventVerifiedBy(lawyer, clientId, eventId, r.id, "2025-03-01")).toBe("ok");
    const view = caseDocumentsView(lawyer.firmId, clientId);
    expect(view.byEvent[eventId]?.map((d) => d.id)).toContain(r.id);
    const ev = getDb().select().from(removalEvents).where(eq(removalEvents.id, eventId)).get()!;
    expect(ev).toMatchObject({ verifiedDocumentId: r.id, verifiedOn: "2025-03-01" });
    expect(actions(clientId).map((a) => a.action)).toContain("document.attached");
  });
});

describe("soft delete and purge", () => {
  it("hides a deleted document, lets only an admin purge it, and removes the file once unreferenced", async () => {
    const bytes = samplePdf("purge me");
    const a = await upload(lawyer, clientId, bytes);
    const b = await upload(lawyer, otherClientId, bytes); // the same bytes, one file
    expect(a.sha256).toBe(b.sha256);
    expect(deleteDocument(lawyer, clientId, a.id)).toBe("ok");
    expect(getDocument(lawyer.firmId, clientId, a.id)).toBeUndefined();
    expect(getDocument(lawyer.firmId, clientId, a.id, { includeDeleted: true })?.deletedBy).toBe(lawyer.id);
    expect(await purgeDocument(lawyer, clientId, a.id)).toBe("forbidden");
    expect(await purgeDocument(admin, clientId, b.id)).toBe("not_found"); // wrong client
    expect(await purgeDocument(admin, otherClientId, b.id)).toBe("not_deleted");
    expect(await purgeDocument(admin, clientId, a.id)).toBe("ok");
    expect(await store().exists(a.sha256)).toBe(true); // b still names it
    deleteDocument(lawyer, otherClientId, b.id);
    expect(await purgeDocument(admin, otherClientId, b.id)).toBe("ok");
    expect(await store().exists(a.sha256)).toBe(false);
    expect(actions(clientId).map((x) => x.action)).toEqual(
      expect.arrayContaining(["document.deleted", "document.purged"]),
    );
  });
});

describe("orphan sweep", () => {
  it("removes a file no row names once it is an hour old, and keeps named and young files", async () => {
    const named = await upload(lawyer, clientId, samplePdf("named"));
    const orphan = await store().put(samplePdf("orphan"));
    // Just written: younger than an hour, so kept (its row may be committing right now).
    expect((await sweepOrphanFiles(store())).removed).not.toContain(orphan.sha256);
    const later = Date.now() + 2 * 3600_000;
    const r = await sweepOrphanFiles(store(), { now: later, olderThanMs: 3600_000 });
    expect(r.removed).toContain(orphan.sha256);
    expect(r.removed).not.toContain(named.sha256);
    expect(await store().exists(named.sha256)).toBe(true);
    expect(await store().exists(orphan.sha256)).toBe(false);
    const again = await sweepOrphanFiles(store(), { now: later });
    expect(again.removed).toEqual([]);
  });
});
