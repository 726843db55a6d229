// The forms of the sessions, backups and import settings, a client's text messages, the client import, and
// the client's own pages on the one way (docs/forms.md): a refused form is a 400 (404 for a record that is
// not there) in the one FormFailure shape, with the field's message (in the client's language on the
// client's pages), what was typed (never a password or a file), and no row changed; a good one still saves,
// audited.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "#db/client";
import { writeFirmExport } from "~/models/firm-export.server";
import { createPortalInvite } from "~/models/portal.server";
import { translate } from "~/utils/i18n";
import { sessionIdForToken } from "~/utils/session.server";
import { exeBytes, samplePdf } from "./document-samples";
import { makeCheckIn, makeClient, makeFirm, makeMessage, makeUser, sessionCookie } from "./fixtures";
import { refusal, route, tablesSnapshot, type Action } from "./refusals";
import { callRoute, nextIp, type RouteAnswer } from "./route-call";

/** Every row of the tables these forms write, so "changed nothing" is checked, not assumed. */
const snapshot = () =>
  tablesSnapshot([
    "firms",
    "users",
    "sessions",
    "backups",
    "clients",
    "import_uploads",
    "sms_consents",
    "sms_inbound",
    "check_ins",
    "client_messages",
    "portal_invites",
    "audit_log",
  ]);

const db = () => getSqlite();
const auditCount = (action: string) =>
  db().prepare("select count(*) from audit_log where action = ?").pluck().get(action) as number;

let firm: string;
let firmSlug: string;
let admin: string;
let paralegal: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-refusals-pages-"));
const saved = { operator: process.env.BACKUP_OPERATOR_FIRM, dir: process.env.BACKUP_DIR };

beforeAll(async () => {
  firm = makeFirm("Pages refusals firm");
  firmSlug = db().prepare("select slug from firms where id = ?").pluck().get(firm) as string;
  admin = await sessionCookie((await makeUser(firm, "admin")).id);
  paralegal = await sessionCookie((await makeUser(firm, "paralegal")).id);
  // This firm looks after the installation's backups and imports (ADR 014).
  process.env.BACKUP_OPERATOR_FIRM = firmSlug;
  process.env.BACKUP_DIR = path.join(dir, "backups");
});

afterAll(() => {
  for (const [name, value] of [
    ["BACKUP_OPERATOR_FIRM", saved.operator],
    ["BACKUP_DIR", saved.dir],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = async (
  file: string,
  url: string,
  cookie: string | undefined,
  form: Record<string, string>,
  params: Record<string, string> = {},
) => callRoute((await route(file)) as never, url, { cookie, form, params });

/** A multipart POST (a file upload), answered as callRoute answers. */
async function postMultipart(
  file: string,
  url: string,
  cookie: string,
  parts: [string, string | Blob, string?][],
): Promise<RouteAnswer> {
  const action: Action = await route(file);
  const body = new FormData();
  for (const [k, v, name] of parts) {
    if (typeof v === "string") body.append(k, v);
    else body.append(k, v, name);
  }
  const request = new Request(`http://localhost${url}`, {
    method: "POST",
    headers: { cookie, "user-agent": "vitest" },
    body,
  });
  try {
    const out = (await action({
      request,
      params: {},
      context: { clientIp: nextIp(), cspNonce: "n", requestId: "t" },
    } as never)) as unknown;
    if (out instanceof Response)
      return { status: out.status, headers: out.headers, body: null, response: out };
    const d = out as { data: unknown; init?: { status?: number } | null };
    return { status: d.init?.status ?? 200, headers: new Headers(), body: d.data, response: null };
  } catch (e) {
    if (e instanceof Response) return { status: e.status, headers: e.headers, body: null, response: e };
    return { status: 500, headers: new Headers(), body: String(e), response: null };
  }
}

describe("settings: sessions", () => {
  it("refuses a session reference that is not one, and one that is gone; ends one's own other session", async () => {
    const me = await makeUser(firm, "lawyer");
    const current = await sessionCookie(me.id);
    const other = await sessionCookie(me.id);
    const otherId = sessionIdForToken(other.split("=")[1]!);
    const sessions = (form: Record<string, string>) =>
      post("_staff.settings.sessions.tsx", "/settings/sessions", current, form);
    const before = snapshot();
    const bad = refusal(await sessions({ intent: "end", ref: "not-a-ref" }));
    expect(bad.formError).toBe("Unknown action.");
    expect(bad.values).toMatchObject({ intent: "end", ref: "not-a-ref" });
    const gone = refusal(await sessions({ intent: "end", ref: "0123456789abcdef" }), 404);
    expect(gone.formError).toBe("That session has already ended.");
    expect(gone.values.ref).toBe("0123456789abcdef");
    expect(refusal(await sessions({ intent: "nonsense" })).formError).toBe("Unknown action.");
    expect(snapshot()).toBe(before);

    const audits = auditCount("auth.session_ended");
    const ok = await sessions({ intent: "end", ref: otherId.slice(0, 16) });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe("/settings/sessions");
    expect(db().prepare("select count(*) from sessions where id = ?").pluck().get(otherId)).toBe(0);
    expect(auditCount("auth.session_ended")).toBe(audits + 1);
  });
});

describe("settings: backups", () => {
  it("refuses an unknown button without copying anything; 'Back up now' takes one, audited", async () => {
    const before = snapshot();
    const bad = refusal(
      await post("_staff.settings.backups.tsx", "/settings/backups", admin, { intent: "restore" }),
    );
    expect(bad.formError).toBe("Unknown action.");
    expect(bad.values).toEqual({ intent: "restore" });
    expect(snapshot()).toBe(before);

    const taken = auditCount("backup.taken");
    const ok = await post("_staff.settings.backups.tsx", "/settings/backups", admin, { intent: "backup" });
    expect(ok.status).toBe(302);
    expect(auditCount("backup.taken")).toBe(taken + 1);
  });
});

describe("settings: import a firm", () => {
  it("refuses a bad short name by the field, keeping the typed names and never the file; imports a real export", async () => {
    const before = snapshot();
    const bad = refusal(
      await postMultipart("_staff.settings.import.tsx", "/settings/import", admin, [
        ["slug", "Not A Slug!"],
        ["name", "Typed Firm Name"],
        ["file", new Blob(["PK not really"]), "typed.zip"],
      ]),
    );
    const slugMessage = "The short name takes lower-case letters, digits and dashes (2 to 63).";
    expect(bad.errors.slug).toBe(slugMessage);
    expect(bad.formError).toBe(slugMessage);
    expect(bad.values).toEqual({ slug: "Not A Slug!", name: "Typed Firm Name" });
    const noFile = refusal(
      await postMultipart("_staff.settings.import.tsx", "/settings/import", admin, [
        ["name", "N".repeat(121)],
        ["file", new Blob([]), ""],
      ]),
    );
    expect(noFile.errors).toMatchObject({
      name: "The firm's name is at most 120 characters.",
      file: "Choose the export file (.zip) to upload.",
    });
    expect(noFile.values).toEqual({ slug: "", name: "N".repeat(121) });
    expect(snapshot()).toBe(before);

    // A firm without users, so that importing it here never clashes on a sign-in.
    const zip = path.join(dir, "moving.zip");
    await writeFirmExport(makeFirm("Moving pages firm"), zip);
    const imported = auditCount("firm.imported");
    const ok = await postMultipart("_staff.settings.import.tsx", "/settings/import", admin, [
      ["slug", "moved-pages-firm"],
      ["file", new Blob([fs.readFileSync(zip)]), "moving.zip"],
    ]);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, slug: "moved-pages-firm" });
    expect(db().prepare("select count(*) from firms where slug = 'moved-pages-firm'").pluck().get()).toBe(1);
    expect(auditCount("firm.imported")).toBeGreaterThan(imported);
  });
});

describe("a client's text messages", () => {
  it("refuses a number that is not one and a consent not chosen by the field, keeping what was typed", async () => {
    const clientId = makeClient(firm, { familyName: "Texto", givenNames: "Ana", phone: "(917) 555-0142" });
    const url = `/clients/${clientId}/text-messages`;
    const texts = (form: Record<string, string>) =>
      post("_staff.clients.$id_.text-messages.tsx", url, paralegal, form, { id: clientId });
    const before = snapshot();
    const number = refusal(await texts({ intent: "consent", consent: "yes", phone: "123", country: "US" }));
    expect(number.errors.phone).toBeTruthy();
    expect(number.values).toMatchObject({ intent: "consent", consent: "yes", phone: "123", country: "US" });
    const consent = refusal(
      await texts({ intent: "consent", consent: "maybe", phone: "+12125550100", country: "US" }),
    );
    expect(consent.errors.consent).toBe("Choose whether the client agreed to texts.");
    expect(consent.values.phone).toBe("+12125550100");
    const country = refusal(
      await texts({ intent: "consent", consent: "no", phone: "212 555 0100", country: "usa" }),
    );
    expect(country.errors.country).toBe("Choose the country of the number.");
    const read = refusal(await texts({ intent: "read", textId: "" }));
    expect(read.formError).toBe("Choose a text from the client.");
    expect(refusal(await texts({ intent: "other" })).formError).toBe(
      "This form could not be read. Reload the page and try again.",
    );
    expect(snapshot()).toBe(before);

    const agreed = auditCount("client.sms_agreed");
    const ok = await texts({ intent: "consent", consent: "yes", phone: "(917) 555-0142", country: "US" });
    expect(ok.status).toBe(302);
    expect(
      db().prepare("select phone_e164 from sms_consents where client_id = ?").pluck().get(clientId),
    ).toBe("+19175550142");
    expect(auditCount("client.sms_agreed")).toBe(agreed + 1);
  });
});

describe("client import", () => {
  it("refuses an upload without a file or not in UTF-8 by the field, and an import without the name columns", async () => {
    const before = snapshot();
    const none = refusal(
      await postMultipart("_staff.clients.import.tsx", "/clients/import", paralegal, [
        ["file", new Blob([]), ""],
      ]),
    );
    expect(none.errors.file).toBe("Choose a CSV file to upload.");
    expect(none.values).toEqual({});
    const latin1 = refusal(
      await postMultipart("_staff.clients.import.tsx", "/clients/import", paralegal, [
        ["file", new Blob([new Uint8Array([0x4e, 0xfa, 0x6f, 0x0a])]), "latin1.csv"],
      ]),
    );
    expect(latin1.errors.file).toMatch(/^The file is not UTF-8 text\./);
    expect(JSON.stringify(latin1)).not.toContain("latin1.csv");
    expect(snapshot()).toBe(before);

    const upload = await postMultipart("_staff.clients.import.tsx", "/clients/import", paralegal, [
      ["file", new Blob(["Family name,Given names\r\nImportado,Uno\r\nImportado,Dos\r\n"]), "two.csv"],
    ]);
    expect(upload.status).toBe(302);
    const uploadId = new URL(upload.headers.get("location")!, "http://localhost").searchParams.get("upload")!;
    const map = (form: Record<string, string>) =>
      post("_staff.clients.import.tsx", "/clients/import", paralegal, { upload: uploadId, ...form });
    const afterUpload = snapshot();
    const names = refusal(await map({ intent: "import", map_givenNames: "1", mode: "all" }));
    expect(names.errors.map_familyName).toBe(
      "Choose the columns that hold the family name and the given names.",
    );
    expect(names.values).toMatchObject({ upload: uploadId, map_givenNames: "1", mode: "all" });
    const outside = refusal(await map({ intent: "import", map_familyName: "7", map_givenNames: "1" }));
    expect(outside.errors.map_familyName).toBe(
      "Choose the columns that hold the family name and the given names.",
    );
    const intent = refusal(await map({ intent: "nonsense", map_familyName: "0", map_givenNames: "1" }));
    expect(intent.formError).toBe("Unknown action.");
    expect(snapshot()).toBe(afterUpload);

    const imported = auditCount("client.imported");
    const ok = await map({ intent: "import", map_familyName: "0", map_givenNames: "1", mode: "valid" });
    expect(ok.status).toBe(200);
    expect((ok.body as { result: { imported: number } }).result.imported).toBe(2);
    expect(auditCount("client.imported")).toBeGreaterThan(imported);
  });
});

describe("the client's own page (/me), in the client's language", () => {
  it("refuses 'I will be there' without the box ticked, in Spanish; a check-in not theirs is not found", async () => {
    const clientId = makeClient(firm, { familyName: "Propia", givenNames: "Rosa", preferredLanguage: "es" });
    const client = await sessionCookie((await makeUser(firm, "client", { clientId })).id);
    const checkInId = makeCheckIn(firm, clientId);
    const theirs = makeCheckIn(firm, makeClient(firm));
    const messageId = makeMessage(firm, clientId);
    const me = (form: Record<string, string>) => post("me._index.tsx", "/me?index", client, form);
    const before = snapshot();
    const unticked = refusal(await me({ intent: "will-attend", id: checkInId }));
    expect(unticked.errors.confirm).toBe(translate("es", "portal.willAttendTick"));
    expect(unticked.errors.confirm).toBe("Marque la casilla para decir que va a ir.");
    expect(unticked.values).toEqual({ intent: "will-attend", id: checkInId });
    expect((await me({ intent: "will-attend", id: theirs, confirm: "on" })).status).toBe(404);
    expect((await me({ intent: "will-attend", id: theirs })).status).toBe(404);
    const noMessage = refusal(await me({ intent: "mark-read", id: "" }));
    expect(noMessage.errors.id).toBe(translate("es", "portal.errorTitle"));
    expect(refusal(await me({ intent: "nonsense" })).formError).toBe(translate("es", "portal.errorTitle"));
    expect(snapshot()).toBe(before);

    const will = auditCount("checkin.client_will_attend");
    const ok = await me({ intent: "will-attend", id: checkInId, confirm: "on" });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe("/me");
    expect(
      db().prepare("select client_will_attend_at from check_ins where id = ?").pluck().get(checkInId),
    ).toBeTruthy();
    expect(auditCount("checkin.client_will_attend")).toBe(will + 1);
    const read = auditCount("message.read");
    expect((await me({ intent: "mark-read", id: messageId })).status).toBe(302);
    expect(auditCount("message.read")).toBe(read + 1);
  });
});

describe("a paper sent from the client's page (/me/documents), in the client's language", () => {
  it("refuses no file and an over-long note by their fields, in Spanish, keeping the note; a PDF is sent", async () => {
    const clientId = makeClient(firm, { familyName: "Papeles", givenNames: "Eva", preferredLanguage: "es" });
    const client = await sessionCookie((await makeUser(firm, "client", { clientId })).id);
    const papers = (parts: [string, string | Blob, string?][]) =>
      postMultipart("me.documents.tsx", "/me/documents", client, parts);
    const before = snapshot();
    const documentsBefore = db().prepare("select count(*) from documents").pluck().get();
    const long = "Nota ".repeat(41);
    const bad = refusal(
      await papers([
        ["file", new Blob([]), ""],
        ["note", long],
      ]),
    );
    expect(bad.errors).toEqual({
      file: translate("es", "portal.papers.noFile"),
      note: translate("es", "portal.papers.noteTooLong", { n: 200 }),
    });
    expect(bad.values).toEqual({ note: long });
    const program = refusal(
      await papers([
        ["file", new Blob([exeBytes() as BlobPart]), "foto.jpg"],
        ["note", "Una fecha nueva"],
      ]),
    );
    expect(program.errors.file).toBe(translate("es", "portal.papers.wrongType"));
    expect(program.values).toEqual({ note: "Una fecha nueva" });
    expect(JSON.stringify(program)).not.toContain("foto.jpg");
    expect(snapshot()).toBe(before);
    expect(db().prepare("select count(*) from documents").pluck().get()).toBe(documentsBefore);

    const uploaded = auditCount("document.uploaded");
    const ok = await papers([
      ["file", new Blob([samplePdf() as BlobPart]), "orden.pdf"],
      ["note", "La orden"],
    ]);
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toMatch(/^\/me\/documents\?sent=/);
    expect(auditCount("document.uploaded")).toBe(uploaded + 1);
  });
});

describe("the portal invitation (/portal/:token), in the client's language", () => {
  it("refuses an empty and a common password by the field, in Spanish, never sending one back; a good one signs in", async () => {
    const clientId = makeClient(firm, {
      familyName: "Invitada",
      givenNames: "Luz",
      preferredLanguage: "es",
      email: `luz-${Date.now()}@test.invalid`,
    });
    const staff = await makeUser(firm, "paralegal");
    const token = createPortalInvite({ id: staff.id, firmId: firm, ip: null }, clientId);
    const invite = (form: Record<string, string>) =>
      post("portal.$token.tsx", `/portal/${token}`, undefined, form, { token });
    const before = snapshot();
    const empty = refusal(await invite({ password: "" }));
    expect(empty.errors.password).toBe(translate("es", "password.short", { n: 12 }));
    const common = refusal(await invite({ password: "password1234" }));
    expect(common.errors.password).toBe(translate("es", "password.common"));
    for (const body of [empty, common]) {
      expect(body.values).toEqual({});
      expect(JSON.stringify(body)).not.toContain("password1234");
    }
    const dead = refusal(
      await post(
        "portal.$token.tsx",
        "/portal/no-such-token",
        undefined,
        { password: "x" },
        { token: "no-such-token" },
      ),
    );
    expect(dead.formError).toBe(translate("en", "invite.invalid"));
    expect(snapshot()).toBe(before);

    const accepted = auditCount("portal.accepted");
    const ok = await invite({ password: "una contraseña larga y segura de Luz" });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe("/me");
    expect(auditCount("portal.accepted")).toBe(accepted + 1);
  });
});
