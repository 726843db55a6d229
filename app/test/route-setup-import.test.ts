// The first-run import (/setup/import, issue 18): only with the setup code, only while no firm exists,
// a real export of a small firm imported with its reset links, bad input refused with nothing written.
// The answer comes as a redirect and a page load (the same with or without JavaScript), shown once.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getSqlite, runMigrations } from "#db/client";
import { writeFirmExport } from "~/models/firm-export.server";
import { MAX_WEB_IMPORT_BYTES } from "~/models/firm-import.server";
import { bodyLimitForRequest, DEFAULT_BODY_LIMIT } from "~/server/body-limit";
import { makeClient, makeFirm, makeUser } from "~/test/fixtures";

type Fn = (args: never) => unknown;
const route = async (file: string) =>
  (await import(/* @vite-ignore */ path.resolve("app/routes", file))) as { loader: Fn; action: Fn };
const { action, loader } = await route("setup_.import.tsx");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-setup-import-"));
const workerDb = process.env.DATABASE_PATH!;
const savedCode = process.env.CASEWATCH_SETUP_CODE;
process.env.CASEWATCH_SETUP_CODE = "ABC123-DEF456-789ABC";
afterAll(() => {
  process.env.DATABASE_PATH = workerDb;
  if (savedCode === undefined) delete process.env.CASEWATCH_SETUP_CODE;
  else process.env.CASEWATCH_SETUP_CODE = savedCode;
  fs.rmSync(dir, { recursive: true, force: true });
});

function freshDb(name: string) {
  const file = path.join(dir, `${name}.db`);
  runMigrations(file);
  process.env.DATABASE_PATH = file;
  return file;
}
const count = (table: string) =>
  (getSqlite().prepare(`select count(*) from "${table}"`).pluck().get() as number) ?? 0;

let ip = 0;
async function post(parts: [string, string | Blob, string?][] | null) {
  const headers = new Headers({ "user-agent": "vitest" });
  let body: FormData | string;
  if (parts) {
    body = new FormData();
    for (const [k, v, name] of parts) {
      if (typeof v === "string") body.append(k, v);
      else body.append(k, v, name);
    }
  } else {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = "setupCode=x";
  }
  const request = new Request("http://localhost/setup/import", { method: "POST", headers, body });
  try {
    const out = (await action({
      request,
      params: {},
      context: { clientIp: `127.0.9.${++ip}`, cspNonce: "n", requestId: "t" },
    } as never)) as { data: Record<string, unknown>; init?: { status?: number } };
    return { status: out.init?.status ?? 200, body: out.data as never as Answer };
  } catch (e) {
    if (e instanceof Response)
      return {
        status: e.status,
        location: e.headers.get("location"),
        cookie: e.headers.get("set-cookie"),
        body: null,
      };
    throw e;
  }
}

type Loaded = { data: { maxMb: number; imported: Answer | null }; init?: { headers?: HeadersInit } };
/** The page as a browser loads it (a plain GET, with the cookies it holds). */
async function load(cookie?: string | null): Promise<Loaded | { status: number; location: string | null }> {
  const headers = new Headers({ "user-agent": "vitest" });
  if (cookie) headers.set("cookie", cookie.split(";")[0]!);
  try {
    return (await (loader as (a: unknown) => Promise<Loaded>)({
      request: new Request("http://localhost/setup/import", { headers }),
      params: {},
      context: {},
    })) as Loaded;
  } catch (e) {
    if (e instanceof Response) return { status: e.status, location: e.headers.get("location") };
    throw e;
  }
}
type Answer = {
  ok: boolean;
  errors?: { setupCode?: string; file?: string };
  formError?: string;
  name?: string;
  rows?: number;
  counts?: { table: string; rows: number }[];
  links?: { displayName: string; email: string | null; url: string }[];
};

async function smallFirmExport() {
  freshDb("source");
  const firmId = makeFirm("Small Move Firm");
  await makeUser(firmId, "admin", { email: "boss@small-move.test" });
  await makeUser(firmId, "lawyer", { email: "lawyer@small-move.test" });
  makeClient(firmId, { familyName: "Moved", givenNames: "Client" });
  const zip = path.join(dir, "small.zip");
  await writeFirmExport(firmId, zip, { file: process.env.DATABASE_PATH });
  return new Blob([fs.readFileSync(zip)]);
}

describe("first-run import", () => {
  it("refuses bad input with 400 and writes nothing, imports a real export, then is closed", async () => {
    const file = await smallFirmExport();
    freshDb("target");
    const code = process.env.CASEWATCH_SETUP_CODE!;
    expect(((await load()) as Loaded).data).toEqual({ maxMb: 100, imported: null });

    const bad: [string, Awaited<ReturnType<typeof post>>, "setupCode" | "file" | "formError", RegExp][] = [
      [
        "wrong code",
        await post([
          ["setupCode", "WRONG-CODE"],
          ["file", file, "e.zip"],
        ]),
        "setupCode",
        /not right/,
      ],
      ["no code", await post([["file", file, "e.zip"]]), "setupCode", /Enter the setup code/],
      ["not multipart", await post(null), "file", /Choose the export file/],
      ["no file", await post([["setupCode", code]]), "file", /Choose the export file/],
      [
        "not a zip",
        await post([
          ["setupCode", code],
          ["file", new Blob(["a,b\n1,2\n"]), "list.csv"],
        ]),
        "file",
        /Nothing was imported\. .*ZIP/,
      ],
    ];
    for (const [label, r, field, message] of bad) {
      expect(r.status, label).toBe(400);
      const text = field === "formError" ? r.body?.formError : r.body?.errors?.[field];
      expect(text, label).toMatch(message);
    }
    for (const t of ["firms", "users", "clients", "audit_log", "password_resets"])
      expect(count(t), t).toBe(0);
    // The wrong code counts against the same limit as /setup.
    expect(
      getSqlite().prepare("select count(*) from auth_failures where bucket like 'setup:ip:%'").pluck().get(),
    ).toBe(1);

    // Nobody can be signed in yet: the export's body limit is for anyone, but only while no firm exists.
    expect(await bodyLimitForRequest("/setup/import", undefined)).toBe(MAX_WEB_IMPORT_BYTES + 1024 * 1024);
    const ok = await post([
      ["setupCode", ` ${code.toLowerCase()} `],
      ["file", file, "small.zip"],
    ]);
    // Answered with a redirect to the same page, its answer kept behind an HttpOnly cookie: a browser
    // without JavaScript follows it as one with does, and a reload re-submits nothing.
    expect(ok.status).toBe(302);
    const redirected = ok as { location?: string | null; cookie?: string | null };
    expect(redirected.location).toBe("/setup/import");
    expect(redirected.cookie).toMatch(
      /^casewatch_setup_import=[0-9a-z]{20,}; Path=\/; HttpOnly; SameSite=Lax/,
    );
    // Another browser (no cookie) is sent to sign in: a firm exists.
    expect(await load()).toMatchObject({ status: 302, location: "/login" });
    expect(await load("casewatch_setup_import=not-the-token")).toMatchObject({
      status: 302,
      location: "/login",
    });
    const page = (await load(redirected.cookie)) as Loaded;
    const shown = page.data.imported!;
    expect(new Headers(page.init?.headers).get("cache-control")).toBe("no-store");
    expect(new Headers(page.init?.headers).get("set-cookie")).toMatch(/casewatch_setup_import=; .*Max-Age=0/);
    expect(shown.name).toBe("Small Move Firm");
    expect(shown.counts).toContainEqual({ table: "clients", rows: 1 });
    expect(shown.counts).toContainEqual({ table: "users", rows: 2 });
    expect(shown.links?.map((l) => l.email).sort()).toEqual([
      "boss@small-move.test",
      "lawyer@small-move.test",
    ]);
    for (const l of shown.links!) expect(l.url).toMatch(/^http:\/\/localhost\/reset-password\/[0-9a-z]+$/);
    // Shown once: the same cookie again finds nothing, and setup is over.
    expect(await load(redirected.cookie)).toMatchObject({ status: 302, location: "/login" });
    expect(count("firms")).toBe(1);
    expect(count("clients")).toBe(1);
    expect(count("password_resets")).toBe(2);
    expect(
      getSqlite().prepare("select count(*) from audit_log where action = 'firm.imported'").pluck().get(),
    ).toBe(1);

    // A firm exists now: setup is over, the same refusal as /setup, and nothing more is imported.
    const again = await post([
      ["setupCode", code],
      ["file", file, "small.zip"],
    ]);
    expect(again.status).toBe(302);
    expect((again as { location?: string | null }).location).toBe("/login");
    expect(count("firms")).toBe(1);
    expect(await bodyLimitForRequest("/setup/import", undefined)).toBe(DEFAULT_BODY_LIMIT);
    expect(await load()).toMatchObject({ status: 302, location: "/login" });
  }, 60_000);
});
