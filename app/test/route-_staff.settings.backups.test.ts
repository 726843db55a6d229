import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, runMigrations } from "#db/client";
import { auditLog, backups, firms } from "#db/schema";
import { backupOperatorFirmId, runBackup } from "~/services/backups.server";
import { makeFirm, makeUser, sessionCookie } from "~/test/fixtures";
import { action, loader } from "~/routes/_staff.settings.backups";

// Backups copy the whole installation: a firm's admin who is not the operator must learn nothing of it.
let demoAdmin: string;
let otherAdmin: string;
let demoSlug: string;
let dir: string;

function args(cookie: string, method = "GET"): LoaderFunctionArgs & ActionFunctionArgs {
  const headers = new Headers({ cookie, "user-agent": "vitest" });
  if (method === "POST") headers.set("content-type", "application/x-www-form-urlencoded");
  const request = new Request("http://localhost/settings/backups", {
    method,
    headers,
    ...(method === "POST" ? { body: "intent=backup" } : {}),
  });
  return {
    request,
    params: {},
    context: { cspNonce: "n", requestId: "t", clientIp: "127.0.0.1" },
  } as LoaderFunctionArgs & ActionFunctionArgs;
}

async function status(p: Promise<unknown>): Promise<number> {
  try {
    const r = await p;
    return r instanceof Response ? r.status : 200;
  } catch (e) {
    if (e instanceof Response) return e.status;
    throw e;
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-backups-route-"));
  process.env.BACKUP_DIR = path.join(dir, "backups");
  const demo = makeFirm("Demo firm");
  const other = makeFirm("Second firm");
  demoSlug = getDb().select({ slug: firms.slug }).from(firms).where(eq(firms.id, demo)).get()!.slug;
  demoAdmin = await sessionCookie((await makeUser(demo, "admin")).id);
  otherAdmin = await sessionCookie((await makeUser(other, "admin")).id);
  process.env.BACKUP_OPERATOR_FIRM = demoSlug;
  const r = await runBackup("scheduled");
  expect(r.ok).toBe(true);
});

afterEach(() => {
  process.env.BACKUP_OPERATOR_FIRM = demoSlug;
});

describe("backups are the installation's, not a firm's", () => {
  it("a second firm's admin gets a page that holds nothing of the installation", async () => {
    const d = (await loader(args(otherAdmin))) as Record<string, unknown>;
    expect(d).toEqual({ operator: false });
    const text = JSON.stringify(d);
    expect(text).not.toContain(dir);
    expect(text).not.toContain("casewatch-");
  });

  it("a second firm's admin cannot start a backup: 403, nothing copied, the refusal audited in their firm", async () => {
    const before = getDb().select().from(backups).all().length;
    expect(await status(action(args(otherAdmin, "POST")))).toBe(403);
    expect(getDb().select().from(backups).all().length).toBe(before);
  });

  it("the operator firm's admin sees the files, the directory and the installation's audit entries", async () => {
    const d = (await loader(args(demoAdmin))) as {
      operator: boolean;
      dir: string;
      backups: { file: string }[];
      audit: { action: string }[];
    };
    expect(d.operator).toBe(true);
    expect(d.dir).toBe(process.env.BACKUP_DIR);
    expect(d.backups.length).toBeGreaterThan(0);
    expect(d.audit.map((a) => a.action)).toEqual(expect.arrayContaining(["backup.started", "backup.taken"]));
  });

  it("a backup from the page is audited at installation level (no firm), and its file is 0600 in a 0700 directory", async () => {
    const before = getDb().select({ id: auditLog.id }).from(auditLog).all().length;
    expect(await status(action(args(demoAdmin, "POST")))).toBe(302);
    const entries = getDb().select().from(auditLog).all().slice(before);
    const backupEntries = entries.filter((e) => e.action.startsWith("backup."));
    expect(backupEntries.map((e) => e.action)).toEqual(["backup.started", "backup.taken"]);
    for (const e of backupEntries) expect(e.firmId).toBeNull();
    expect((fs.statSync(process.env.BACKUP_DIR!).mode & 0o777).toString(8)).toBe("700");
    // Each backup is a .db file and its documents' files directory (<file>.files/): files 0600, directories 0700.
    const files = fs.readdirSync(process.env.BACKUP_DIR!, { recursive: true }) as string[];
    expect(files.some((f) => f.endsWith(".db"))).toBe(true);
    expect(files.some((f) => f.endsWith(".db.files"))).toBe(true);
    for (const f of files) {
      const stat = fs.statSync(path.join(process.env.BACKUP_DIR!, f));
      expect((stat.mode & 0o777).toString(8), f).toBe(stat.isDirectory() ? "700" : "600");
    }
  });

  it("files an older version left world-readable are tightened at the next backup", async () => {
    const old = path.join(process.env.BACKUP_DIR!, "casewatch-2020-01-01T00-00-00-000Z.db");
    fs.writeFileSync(old, "", { mode: 0o644 });
    fs.chmodSync(old, 0o644);
    fs.chmodSync(process.env.BACKUP_DIR!, 0o755);
    expect((await runBackup("scheduled")).ok).toBe(true);
    expect((fs.statSync(process.env.BACKUP_DIR!).mode & 0o777).toString(8)).toBe("700");
    if (fs.existsSync(old)) expect((fs.statSync(old).mode & 0o777).toString(8)).toBe("600");
  });

  it("BACKUP_OPERATOR_FIRM=none, or unset on an installation with several firms, leaves backups to the command line", async () => {
    process.env.BACKUP_OPERATOR_FIRM = "none";
    expect(await loader(args(demoAdmin))).toEqual({ operator: false });
    delete process.env.BACKUP_OPERATOR_FIRM;
    expect(backupOperatorFirmId()).toBeNull();
    expect(await loader(args(demoAdmin))).toEqual({ operator: false });
    expect(await status(action(args(demoAdmin, "POST")))).toBe(403);
  });

  it("unset on a single-firm installation, that firm's admins are the operator", () => {
    const saved = process.env.DATABASE_PATH;
    const file = path.join(dir, "single.db");
    delete process.env.BACKUP_OPERATOR_FIRM;
    try {
      process.env.DATABASE_PATH = file;
      runMigrations(file);
      const only = makeFirm("The only firm");
      expect(backupOperatorFirmId()).toBe(only);
      makeFirm("A second firm");
      expect(backupOperatorFirmId()).toBeNull();
    } finally {
      closeDb();
      process.env.DATABASE_PATH = saved;
    }
  });
});
