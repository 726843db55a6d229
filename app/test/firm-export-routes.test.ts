// The export, import and spreadsheet routes: who may use them, and bad input answered 400 with a message.
import path from "node:path";
import { desc, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, firms } from "#db/schema";
import { makeClient, makeFirm, makeUser, sessionCookie } from "~/test/fixtures";
import { callRoute } from "~/test/route-call";

// Route modules are loaded by path: nothing imports a route module by name (lint), tests call them.
type Fn = Parameters<typeof callRoute>[0];
const route = async (file: string) =>
  (await import(/* @vite-ignore */ path.resolve("app/routes", file))) as { loader: Fn; action: Fn };
const { loader: csvLoader } = await route("_staff.export.$entity[.]csv.tsx");
const { loader: exportPage } = await route("_staff.settings.export.tsx");
const { loader: zipLoader } = await route("_staff.settings.export[.]zip.tsx");
const { action: importAction, loader: importPage } = await route("_staff.settings.import.tsx");

const firmId = makeFirm("Export Routes Firm");
const slug = getDb().select({ slug: firms.slug }).from(firms).where(eq(firms.id, firmId)).get()!.slug;
const saved = process.env.BACKUP_OPERATOR_FIRM;
process.env.BACKUP_OPERATOR_FIRM = slug;
afterAll(() => {
  if (saved === undefined) delete process.env.BACKUP_OPERATOR_FIRM;
  else process.env.BACKUP_OPERATOR_FIRM = saved;
});

async function cookies() {
  const admin = await sessionCookie((await makeUser(firmId, "admin")).id);
  const lawyer = await sessionCookie((await makeUser(firmId, "lawyer")).id);
  const otherFirm = makeFirm("Another firm");
  const otherAdmin = await sessionCookie((await makeUser(otherFirm, "admin")).id);
  return { admin, lawyer, otherAdmin };
}

async function postMultipart(cookie: string, parts: [string, string | Blob, string?][] | null, raw?: string) {
  const headers = new Headers({ cookie, "user-agent": "vitest" });
  let body: FormData | string;
  if (parts) {
    const form = new FormData();
    for (const [k, v, name] of parts) {
      if (typeof v === "string") form.append(k, v);
      else form.append(k, v, name);
    }
    body = form;
  } else {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = raw ?? "";
  }
  const request = new Request("http://localhost/settings/import", { method: "POST", headers, body });
  try {
    const out = (await importAction({
      request,
      params: {},
      context: { clientIp: "127.0.0.9", cspNonce: "n", requestId: "t" },
    } as never)) as { data: { ok: boolean; formError?: string }; init?: { status?: number } };
    return { status: out.init?.status ?? 200, body: out.data };
  } catch (e) {
    if (e instanceof Response) return { status: e.status, body: null };
    return { status: 500, body: { ok: false, formError: String(e) } };
  }
}

describe("firm export routes", () => {
  it("are for admins; spreadsheets for staff, with formula cells escaped", async () => {
    const c = await cookies();
    makeClient(firmId, { familyName: '=HYPERLINK("http://x")', givenNames: "+Eve" });
    expect((await callRoute(exportPage, "/settings/export", { cookie: c.lawyer })).status).toBe(403);
    expect((await callRoute(zipLoader, "/settings/export.zip", { cookie: c.lawyer })).status).toBe(403);
    expect((await callRoute(importPage, "/settings/import", { cookie: c.lawyer })).status).toBe(403);
    const page = await callRoute(exportPage, "/settings/export", { cookie: c.admin });
    expect(page.status).toBe(200);
    expect((page.body as { counts: { table: string; rows: number }[] }).counts).toContainEqual({
      table: "clients",
      rows: 1,
    });

    const csv = await callRoute(csvLoader, "/export/clients.csv", {
      cookie: c.lawyer,
      params: { entity: "clients" },
    });
    expect(csv.status).toBe(200);
    const text = await csv.response!.text();
    expect(text).toContain(`"'=HYPERLINK(""http://x"")",'+Eve`);
    expect(
      (await callRoute(csvLoader, "/export/secrets.csv", { cookie: c.lawyer, params: { entity: "secrets" } }))
        .status,
    ).toBe(404);
    for (const entity of ["events", "hearings", "travel-documents", "check-ins", "deadlines"]) {
      const r = await callRoute(csvLoader, `/export/${entity}.csv`, { cookie: c.admin, params: { entity } });
      expect(r.status).toBe(200);
      expect((await r.response!.text()).replace(/^\uFEFF/, "").startsWith("Family name,Given names")).toBe(
        true,
      );
    }

    const zip = await callRoute(zipLoader, "/settings/export.zip", { cookie: c.admin });
    expect(zip.status).toBe(200);
    const bytes = new Uint8Array(await zip.response!.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    await new Promise((r) => setTimeout(r, 50));
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.firmId, firmId))
      .orderBy(desc(auditLog.id))
      .get()!;
    expect(audit.action).toBe("firm.exported");
    expect((audit.after as { rows: Record<string, number> }).rows.clients).toBe(1);
  });

  it("the import answers bad input with 400 and a message, and only the installation's operator may import", async () => {
    const c = await cookies();
    const cases: [string, Awaited<ReturnType<typeof postMultipart>>, RegExp][] = [
      ["not multipart", await postMultipart(c.admin, null, "file=x"), /Choose the export file/],
      ["no file", await postMultipart(c.admin, [["slug", ""]]), /Choose the export file/],
      [
        "empty file",
        await postMultipart(c.admin, [["file", new Blob([]), "e.zip"]]),
        /Choose the export file/,
      ],
      [
        "not a zip",
        await postMultipart(c.admin, [["file", new Blob(["a,b\n1,2\n"]), "list.csv"]]),
        /not a ZIP/,
      ],
      [
        "bad slug",
        await postMultipart(c.admin, [
          ["slug", "Not A Slug!"],
          ["file", new Blob(["x"]), "x.zip"],
        ]),
        /short name/,
      ],
    ];
    for (const [label, r, message] of cases) {
      expect(r.status, label).toBe(400);
      expect(r.body?.formError, label).toMatch(message);
    }
    expect((await postMultipart(c.otherAdmin, [["file", new Blob(["x"]), "x.zip"]])).status).toBe(403);
    expect((await postMultipart(c.lawyer, [["file", new Blob(["x"]), "x.zip"]])).status).toBe(403);
  });
});
