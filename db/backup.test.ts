import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupTo, checkDatabaseFile, pidFileFor, restoreFrom } from "./backup";
import { openSqlite, runMigrations } from "./client";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-backup-"));

function freshDb(dir: string) {
  const file = path.join(dir, "live.db");
  runMigrations(file);
  const db = openSqlite(file);
  db.prepare("insert into firms (id, name, slug) values ('f1', 'Firm', 'firm')").run();
  return { file, db };
}

describe("backups", () => {
  it("an online backup taken while writers run holds every write committed before it began, and passes integrity_check", async () => {
    const dir = tmp();
    const { file, db } = freshDb(dir);
    const insert = db.prepare(
      "insert into clients (id, firm_id, family_name, given_names) values (?, 'f1', 'W', 'G')",
    );
    for (let i = 0; i < 2000; i++) insert.run(`before-${i}`);
    // A second connection keeps writing while the backup copies pages.
    const writer = openSqlite(file);
    const w = writer.prepare(
      "insert into clients (id, firm_id, family_name, given_names) values (?, 'f1', 'D', 'G')",
    );
    let n = 0;
    const timer = setInterval(() => {
      for (let i = 0; i < 50; i++) w.run(`during-${n++}`);
    }, 1);
    const dest = path.join(dir, "backup.db");
    const r = await backupTo(db, dest);
    clearInterval(timer);
    expect(r.integrity).toBe("ok");
    const copy = new Database(dest, { readonly: true });
    expect(
      (copy.prepare("select count(*) n from clients where id like 'before-%'").get() as { n: number }).n,
    ).toBe(2000);
    copy.close();
    writer.close();
    db.close();
    expect(n).toBeGreaterThan(0);
  });

  it("restore refuses a damaged file, a non-Casewatch file and a newer schema, with a clear reason", () => {
    const dir = tmp();
    const bad = path.join(dir, "bad.db");
    fs.writeFileSync(bad, "this is not a database at all".repeat(100));
    expect(checkDatabaseFile(bad)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("could not be read"),
    });

    const other = path.join(dir, "other.db");
    const o = new Database(other);
    o.exec("create table t (x)");
    o.close();
    expect(checkDatabaseFile(other)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("not a Casewatch one"),
    });

    const { file, db } = freshDb(dir);
    db.prepare("insert into __drizzle_migrations (hash, created_at) values ('from-the-future', 1)").run();
    db.close();
    expect(checkDatabaseFile(file)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("newer Casewatch"),
    });
    expect(restoreFrom(file, path.join(dir, "target.db"))).toMatchObject({ ok: false });
  });

  it("restores into a stopped instance, keeping the old file; refuses while a server runs", async () => {
    const dir = tmp();
    const { file, db } = freshDb(dir);
    db.prepare(
      "insert into clients (id, firm_id, family_name, given_names) values ('kept', 'f1', 'K', 'G')",
    ).run();
    const backup = path.join(dir, "b.db");
    await backupTo(db, backup);
    db.prepare(
      "insert into clients (id, firm_id, family_name, given_names) values ('after', 'f1', 'A', 'G')",
    ).run();
    db.close();

    fs.writeFileSync(pidFileFor(file), String(process.pid));
    expect(restoreFrom(backup, file)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("is running"),
    });
    fs.rmSync(pidFileFor(file));

    const r = restoreFrom(backup, file);
    expect(r.ok).toBe(true);
    const restored = new Database(file, { readonly: true });
    expect(restored.prepare("select id from clients order by id").all()).toEqual([{ id: "kept" }]);
    restored.close();
    if (r.ok && r.keptOld) expect(fs.existsSync(r.keptOld)).toBe(true);
  });
});
