// The client's "Send your lawyer a photo of a paper" (/me/documents) and the papers they may open
// (/me/documents/:id): the action against real multipart bodies, refusals in the client's language (never a
// 500), the row and audit entry of a paper sent, and the scoping of every read to the client themself.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getSqlite } from "#db/client";
import { auditLog, documents } from "#db/schema";
import { CLIENT_PAPER_TITLE, newClientPapers } from "~/models/client-documents.server";
import { deleteDocument, markDocumentReviewed, uploadDocument } from "~/models/documents.server";
import { fileStore } from "~/services/file-store.server";
import { translate } from "~/utils/i18n";
import { exeBytes, jpegWithGps, samplePdf } from "./document-samples";
import { makeClient, makeFirm, makeUser, sessionCookie } from "./fixtures";
import { callRoute } from "./route-call";

type Fn = (args: ActionFunctionArgs & LoaderFunctionArgs) => Promise<unknown>;
let action: Fn;
let listLoader: Fn;
let fileLoader: Fn;

let firmId: string;
let clientId: string;
let clientUserId: string;
let cookie: string;
let otherClientId: string;
let otherCookie: string;
let lawyer: { id: string; firmId: string; ip: null };
let lawyerCookie: string;
let foreignShared: string;
let foreignClientId: string;

const es = (key: Parameters<typeof translate>[1]) => translate("es", key, { mb: 15, n: 200 });

function multipart(form: FormData, who = cookie): Request {
  return new Request("http://localhost/me/documents", {
    method: "POST",
    headers: { cookie: who },
    body: form,
  });
}
function paperForm(bytes: Uint8Array | Buffer | null, name = "foto.jpg", note = "") {
  const form = new FormData();
  form.append("file", new File(bytes ? [bytes as BlobPart] : [], name, { type: "image/jpeg" }));
  form.append("note", note);
  return form;
}
async function send(request: Request) {
  try {
    const out = (await action({
      request,
      params: {},
      context: { clientIp: "127.0.0.9", cspNonce: "n", requestId: "t" },
    })) as unknown;
    if (out instanceof Response)
      return { status: out.status, location: out.headers.get("location"), body: null };
    const d = out as {
      data: { errors: Record<string, string>; values: Record<string, string> };
      init?: { status?: number };
    };
    return { status: d.init?.status ?? 200, location: null, body: d.data };
  } catch (e) {
    if (e instanceof Response) return { status: e.status, location: e.headers.get("location"), body: null };
    return { status: 500, location: null, body: { errors: { thrown: String(e) }, values: {} } };
  }
}
const count = () =>
  (getSqlite().prepare("select count(*) n from documents where client_id = ?").get(clientId) as { n: number })
    .n;

async function staffDoc(cid: string, shared: boolean, title = "Hearing notice") {
  const r = await uploadDocument(lawyer, cid, {
    title,
    kind: "nta",
    documentDate: "2026-11-02",
    bytes: samplePdf(title),
    originalName: "notice.pdf",
    sharedWithClient: shared,
  });
  if (!r.ok) throw new Error(r.reason);
  return r.id;
}

beforeAll(async () => {
  action = (await import("~/routes/me.documents")).action as Fn;
  listLoader = (await import("~/routes/me.documents")).loader as Fn;
  fileLoader = (await import("~/routes/me.documents.$id")).loader as Fn;
  firmId = makeFirm("Papers firm");
  clientId = makeClient(firmId, { familyName: "García", givenNames: "Ana", preferredLanguage: "es" });
  const u = await makeUser(firmId, "client", { clientId });
  clientUserId = u.id;
  cookie = await sessionCookie(u.id);
  otherClientId = makeClient(firmId, { familyName: "Other", givenNames: "Client", preferredLanguage: "es" });
  otherCookie = await sessionCookie((await makeUser(firmId, "client", { clientId: otherClientId })).id);
  const l = await makeUser(firmId, "lawyer");
  lawyer = { id: l.id, firmId, ip: null };
  lawyerCookie = await sessionCookie(l.id);
  const foreignFirm = makeFirm("Foreign firm");
  foreignClientId = makeClient(foreignFirm);
  const fl = await makeUser(foreignFirm, "lawyer");
  const r = await uploadDocument({ id: fl.id, firmId: foreignFirm, ip: null }, foreignClientId, {
    title: "Foreign",
    kind: "other",
    documentDate: null,
    bytes: samplePdf("foreign"),
    originalName: "f.pdf",
    sharedWithClient: true,
  });
  if (!r.ok) throw new Error(r.reason);
  foreignShared = r.id;
});

describe("/me/documents: a client sends a paper", () => {
  it("stores a good photo as the client's, new for staff, audited, without its GPS, and confirms it", async () => {
    const before = count();
    const photo = await jpegWithGps();
    const r = await send(
      multipart(paperForm(photo, "IMG_2041.jpg", "  El oficial me dio   una fecha nueva ")),
    );
    expect(r.status).toBe(302);
    expect(r.location).toMatch(/^\/me\/documents\?sent=[\w-]+#sent$/);
    expect(count()).toBe(before + 1);
    const id = decodeURIComponent(/sent=([^#]+)/.exec(r.location!)![1]!);
    const row = getDb().select().from(documents).where(eq(documents.id, id)).get()!;
    expect(row).toMatchObject({
      firmId,
      clientId,
      source: "client",
      needsReview: true,
      sharedWithClient: false,
      uploadedBy: clientUserId,
      title: "El oficial me dio una fecha nueva",
      kind: "other",
      mimeType: "image/jpeg",
      originalName: "IMG_2041.jpg",
    });
    const stored = await fileStore().read(row.sha256);
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from("HOME-ADDRESS-MARKER"))).toBe(false);
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, clientId), eq(auditLog.action, "document.uploaded")))
      .all()
      .at(-1)!;
    expect(audit.actorUserId).toBe(clientUserId);
    expect(audit.firmId).toBe(firmId);
    expect((audit.after as { documentId: string }).documentId).toBe(id);

    // The confirmation, in Spanish on the page, only for the client's own paper.
    const page = await callRoute(listLoader as never, `/me/documents?sent=${id}`, { cookie });
    expect(page.body).toMatchObject({ sent: true });
    const papers = (page.body as { papers: { sent: { id: string; title: string | null }[] } }).papers;
    expect(papers.sent.map((p) => p.id)).toContain(id);
    const others = await callRoute(listLoader as never, `/me/documents?sent=${id}`, { cookie: otherCookie });
    expect(others.body).toMatchObject({ sent: false });
    expect((others.body as { papers: { sent: unknown[] } }).papers.sent).toEqual([]);
  });

  it("with no note, the paper gets staff's default title and the client sees it untitled", async () => {
    const r = await send(multipart(paperForm(samplePdf("appointment"), "cita.pdf")));
    expect(r.status).toBe(302);
    const id = decodeURIComponent(/sent=([^#]+)/.exec(r.location!)![1]!);
    expect(getDb().select().from(documents).where(eq(documents.id, id)).get()!.title).toBe(
      CLIENT_PAPER_TITLE,
    );
    const page = await callRoute(listLoader as never, "/me/documents", { cookie });
    const sent = (page.body as { papers: { sent: { id: string; title: string | null }[] } }).papers.sent;
    expect(sent.find((p) => p.id === id)?.title).toBeNull();
  });

  it.each([
    [
      "a Windows program renamed .jpg",
      () => paperForm(exeBytes(), "foto.jpg"),
      "file",
      "portal.papers.wrongType",
    ],
    [
      "a Windows program renamed .pdf",
      () => paperForm(exeBytes(), "orden.pdf"),
      "file",
      "portal.papers.wrongType",
    ],
    ["an empty file", () => paperForm(null, "foto.jpg"), "file", "portal.papers.empty"],
    ["no file chosen", () => paperForm(null, ""), "file", "portal.papers.noFile"],
    [
      "a file over 15 MB",
      () => paperForm(new Uint8Array(15 * 1024 * 1024 + 1).fill(0xff), "grande.jpg"),
      "file",
      "portal.papers.tooBig",
    ],
    [
      "a photo that is damaged",
      () =>
        paperForm(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]), "rota.jpg"),
      "file",
      "portal.papers.unreadable",
    ],
    [
      "a note of 201 characters",
      () => paperForm(samplePdf(), "a.pdf", "x".repeat(201)),
      "note",
      "portal.papers.noteTooLong",
    ],
  ] as const)("refuses %s in Spanish with a 400, storing nothing", async (_name, make, field, key) => {
    const before = count();
    const r = await send(multipart(make()));
    expect(r.status).toBe(400);
    expect(r.body?.errors[field]).toBe(es(key));
    expect(count()).toBe(before);
  });

  it("keeps the note the client typed when the file is refused", async () => {
    const r = await send(multipart(paperForm(exeBytes(), "x.pdf", "Mi cita nueva")));
    expect(r.status).toBe(400);
    expect(r.body?.values.note).toBe("Mi cita nueva");
  });

  it.each([
    [
      "broken multipart",
      () =>
        new Request("http://localhost/me/documents", {
          method: "POST",
          headers: { cookie, "content-type": "multipart/form-data; boundary=x" },
          body:
            '--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n' + "y".repeat(5000),
        }),
    ],
    [
      "multipart without a boundary",
      () =>
        new Request("http://localhost/me/documents", {
          method: "POST",
          headers: { cookie, "content-type": "multipart/form-data" },
          body: "hello",
        }),
    ],
    [
      "a urlencoded form",
      () =>
        new Request("http://localhost/me/documents", {
          method: "POST",
          headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
          body: "file=x&note=y",
        }),
    ],
    [
      "two files",
      () => {
        const f = paperForm(samplePdf(), "a.pdf");
        f.append("file", new File([samplePdf() as BlobPart], "b.pdf"));
        return multipart(f);
      },
    ],
  ])("answers %s with a 400 in Spanish, never a 500", async (_name, make) => {
    const before = count();
    const r = await send(make());
    expect(r.status).toBe(400);
    expect(r.body?.errors.file).toBe(es("portal.papers.broken"));
    expect(count()).toBe(before);
  });

  it("is the client's own: a staff member is sent to the dashboard, nobody signed in to the sign-in page", async () => {
    const before = count();
    const staff = await send(multipart(paperForm(samplePdf()), lawyerCookie));
    expect(staff).toMatchObject({ status: 302, location: "/dashboard" });
    const anonymous = await send(
      new Request("http://localhost/me/documents", { method: "POST", body: paperForm(samplePdf()) }),
    );
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login/);
    expect(count()).toBe(before);
  });
});

describe("/me/documents/:id: the papers a client may open", () => {
  it("opens a paper the office shared, audited as the client's view; another client's, a staff-only, a deleted or another firm's is 404", async () => {
    const shared = await staffDoc(clientId, true, "Aviso de audiencia");
    const staffOnly = await staffDoc(clientId, false, "Internal memo");
    const deleted = await staffDoc(clientId, true, "Withdrawn");
    expect(deleteDocument(lawyer, clientId, deleted)).toBe("ok");
    const othersShared = await staffDoc(otherClientId, true, "Someone else's");

    const open = await callRoute(fileLoader as never, `/me/documents/${shared}`, {
      cookie,
      params: { id: shared },
    });
    expect(open.status).toBe(200);
    expect(open.headers.get("content-type")).toBe("application/pdf");
    expect(open.headers.get("content-disposition")).toMatch(/^inline; filename="notice.pdf"/);
    expect(open.headers.get("content-security-policy")).toBe("sandbox");
    expect(open.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await open.response!.arrayBuffer()).toString("latin1")).toContain(
      "Aviso de audiencia",
    );
    const download = await callRoute(fileLoader as never, `/me/documents/${shared}?download=1`, {
      cookie,
      params: { id: shared },
    });
    expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
    const audits = getDb()
      .select({ action: auditLog.action, actor: auditLog.actorUserId, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.entityId, clientId))
      .all()
      .filter((a) => (a.after as { documentId?: string } | null)?.documentId === shared)
      .map((a) => `${a.action} ${a.actor === clientUserId ? "client" : "staff"}`);
    expect(audits).toEqual(expect.arrayContaining(["document.viewed client", "document.downloaded client"]));

    for (const id of [staffOnly, deleted, othersShared, foreignShared, "nope", "x".repeat(500)]) {
      const r = await callRoute(fileLoader as never, `/me/documents/${id}`, { cookie, params: { id } });
      expect(r.status, id).toBe(404);
    }
    // The other client cannot open this client's shared paper either.
    const cross = await callRoute(fileLoader as never, `/me/documents/${shared}`, {
      cookie: otherCookie,
      params: { id: shared },
    });
    expect(cross.status).toBe(404);
    // Staff open papers through the client page's route, not the client's.
    const staff = await callRoute(fileLoader as never, `/me/documents/${shared}`, {
      cookie: lawyerCookie,
      params: { id: shared },
    });
    expect(staff.status).toBe(302);
  });

  it("lists on /me what the office shared (not staff-only or deleted ones) beside what the client sent", async () => {
    const page = await callRoute(listLoader as never, "/me/documents", { cookie });
    const papers = (
      page.body as { papers: { sent: { title: string | null }[]; shared: { title: string | null }[] } }
    ).papers;
    const shared = papers.shared.map((p) => p.title);
    expect(shared).toContain("Aviso de audiencia");
    expect(shared).not.toContain("Internal memo");
    expect(shared).not.toContain("Withdrawn");
    expect(shared).not.toContain("Someone else's");
    expect(papers.sent.length).toBeGreaterThan(0);
  });
});

describe("the check-ins queue's new papers from clients", () => {
  it("lists the firm's unreviewed client uploads, newest first, until one is reviewed", async () => {
    const before = newClientPapers(firmId);
    expect(before.rows.every((r) => r.clientId === clientId || r.clientId === otherClientId)).toBe(true);
    expect(before.total).toBeGreaterThan(0);
    const top = before.rows[0]!;
    expect(top).toMatchObject({ givenNames: "Ana", familyName: "García" });
    expect(markDocumentReviewed(lawyer, top.clientId, top.id)).toBe("ok");
    const after = newClientPapers(firmId);
    expect(after.rows.map((r) => r.id)).not.toContain(top.id);
    expect(after.total).toBe(before.total - 1);
  });

  it("reads the partial index of unreviewed papers", () => {
    const plan = getSqlite()
      .prepare(
        `explain query plan select "documents"."id" from "documents" inner join "clients" on ("clients"."id" = "documents"."client_id" and "clients"."firm_id" = "documents"."firm_id") where ("documents"."firm_id" = ? and "documents"."needs_review" = 1 and "documents"."deleted_at" is null) order by "documents"."created_at" desc limit 10`,
      )
      .all(firmId) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" | ")).toMatch(/documents USING INDEX documents_needs_review_idx/);
  });
});
