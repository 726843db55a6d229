// A write SQLite refuses — locked past the busy timeout, disk full, read-only — is answered 503 in words
// with the typed values kept, and changes nothing. Through the server build, wrapped as the server wraps it.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, databasePath, getSqlite } from "#db/client";
import { withDbFailures } from "~/server/db-failures";
import { createToken } from "~/utils/crypto.server";
import { makeFirm, makeUser, sessionCookie } from "./fixtures";

let handler: ReturnType<typeof createRequestHandler>;
let cookie: string;
const logged: string[] = [];

beforeAll(async () => {
  const buildPath = path.resolve("build/server/index.js");
  if (!fs.existsSync(buildPath)) throw new Error("Run `npm run build` first.");
  // A short busy timeout so a held lock is felt at once.
  closeDb();
  process.env.SQLITE_BUSY_TIMEOUT_MS = "200";
  const build = withDbFailures((await import(/* @vite-ignore */ buildPath)) as ServerBuild, (kind) =>
    logged.push(kind),
  );
  handler = createRequestHandler(build, "production");
  const firm = makeFirm("Failure firm");
  cookie = await sessionCookie((await makeUser(firm, "lawyer")).id);
});

afterAll(() => {
  delete process.env.SQLITE_BUSY_TIMEOUT_MS;
  closeDb();
});

const clients = () => getSqlite().prepare("select count(*) from clients").pluck().get() as number;
const post = (body: Record<string, string>) =>
  handler(
    new Request("http://localhost/clients/new", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ creationKey: createToken(), ...body }).toString(),
    }),
    { cspNonce: "n", requestId: "req-1", clientIp: "127.0.0.1" },
  );

describe("a write the database refuses", () => {
  it("while another process holds the write lock: 503, the message, the typed values, nothing saved", async () => {
    const before = clients();
    const other = new Database(databasePath());
    other.exec("BEGIN EXCLUSIVE");
    try {
      const res = await post({ familyName: "Lockedout", givenNames: "Typed Name", nationalities: "CN" });
      expect(res.status).toBe(503);
      const html = await res.text();
      expect(html).toContain("Not saved: the database was busy for too long");
      expect(html).toContain("Lockedout");
      expect(html).toContain("Typed Name");
      expect(html).not.toMatch(/SqliteError|at .*\.js:\d+/);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(clients()).toBe(before);
    expect(logged).toContain("busy");
  });

  it("when the disk is full: 503 and nothing saved", async () => {
    const before = clients();
    const db = getSqlite();
    const pages = db.pragma("page_count", { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    try {
      const res = await post({
        familyName: "Fulldisk",
        givenNames: "Kept",
        nationalities: "MX",
        notes: "x".repeat(4000),
      });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("the server's disk is full");
    } finally {
      db.pragma("max_page_count = 1073741823");
    }
    expect(clients()).toBe(before);
  });

  it("when the database is read-only: 503 and nothing saved", async () => {
    const before = clients();
    getSqlite().pragma("query_only = ON");
    try {
      const res = await post({ familyName: "Readonly", givenNames: "Kept", nationalities: "MX" });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("cannot be written to right now");
    } finally {
      getSqlite().pragma("query_only = OFF");
    }
    expect(clients()).toBe(before);
    // And the same form saves once the database is back.
    const ok = await post({ familyName: "Readonly", givenNames: "Kept", nationalities: "MX" });
    expect(ok.status).toBeLessThan(400);
    expect(clients()).toBe(before + 1);
  });
});

describe("recognising database failures", () => {
  it("sees through a wrapped driver error, and ignores other errors", async () => {
    const { dbFailureKind } = await import("~/server/db-failures");
    expect(
      dbFailureKind(
        Object.assign(new Error("Failed query"), {
          cause: Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }),
        }),
      ),
    ).toBe("busy");
    expect(dbFailureKind(Object.assign(new Error("x"), { code: "SQLITE_FULL" }))).toBe("full");
    expect(dbFailureKind(Object.assign(new Error("x"), { code: "SQLITE_CONSTRAINT_UNIQUE" }))).toBeNull();
    expect(dbFailureKind(new Error("plain"))).toBeNull();
  });
});
