// Backups hold the case documents' files with the database that names them, and restore puts both back.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { LocalFileStore } from "~/services/file-store.server";
import { backupFilesDir, backupTo, filesDirFor, restoreFrom, storedFilePath } from "./backup";
import { openSqlite, runMigrations } from "./client";

const made: string[] = [];
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-backup-files-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});
const sha = (b: Uint8Array | Buffer) => createHash("sha256").update(b).digest("hex");

/** Stores bytes as the local file store does: `<root>/<first two hex digits>/<sha256>`, 0600 in 0700. */
const store = (root: string) => ({
  async put(bytes: Buffer) {
    const sha256 = sha(bytes);
    const file = storedFilePath(root, sha256);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    return { sha256, size: bytes.byteLength };
  },
  async delete(sha256: string) {
    fs.rmSync(storedFilePath(root, sha256), { force: true });
  },
});

/** A live database with a client and `n` documents, their files in a local store beside it. */
async function liveWithDocuments(dir: string, n: number) {
  const file = path.join(dir, "live.db");
  runMigrations(file);
  const db = openSqlite(file);
  db.prepare("insert into firms (id, name, slug) values ('f1', 'Firm', 'firm')").run();
  db.prepare(
    "insert into clients (id, firm_id, family_name, given_names) values ('c1', 'f1', 'Chen', 'Wei')",
  ).run();
  const filesDir = path.join(dir, "files");
  const files = store(filesDir);
  const insert = db.prepare(
    `insert into documents (id, firm_id, client_id, title, kind, sha256, size_bytes, mime_type, original_name, source, deleted_at)
     values (?, 'f1', 'c1', ?, 'other', ?, ?, 'application/pdf', 'paper.pdf', ?, ?)`,
  );
  for (let i = 0; i < n; i++) {
    const bytes = Buffer.from(`%PDF-1.4 paper number ${i} ${"x".repeat(i * 100)}`);
    const stored = await files.put(bytes);
    // A deleted (not yet purged) document keeps its file, so the backup keeps it too.
    insert.run(
      `d${i}`,
      `Paper ${i}`,
      stored.sha256,
      stored.size,
      i % 2 ? "client" : "staff",
      i === 3 ? "2026-12-01" : null,
    );
  }
  return { file, db, filesDir, store: files };
}

function rowsOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("select id, sha256, size_bytes from documents order by id").all() as {
      id: string;
      sha256: string;
      size_bytes: number;
    }[];
  } finally {
    db.close();
  }
}

describe("backups with the documents' files", () => {
  it("backs up the files the database names; after the files are lost, restore puts back every one with its hash", async () => {
    const dir = tmp();
    const { file, db, filesDir, store } = await liveWithDocuments(dir, 6);
    // A file no row names (an upload that crashed before its row): not part of the backup.
    const orphan = await store.put(Buffer.from("an orphan nobody names"));
    const backup = path.join(dir, "backups", "b.db");
    const r = await backupTo(db, backup, { filesDir });
    db.close();
    expect(r.integrity).toBe("ok");
    expect(r.files.count).toBe(6);
    expect(r.files.dir).toBe(backupFilesDir(backup));
    expect(fs.existsSync(storedFilePath(r.files.dir, orphan.sha256))).toBe(false);
    expect(fs.statSync(r.files.dir).mode & 0o777).toBe(0o700);

    // The disk of the file store is lost (and the database with it).
    fs.rmSync(filesDir, { recursive: true, force: true });
    fs.rmSync(file);
    const restored = restoreFrom(backup, file, { filesDir });
    expect(restored).toMatchObject({ ok: true, files: { restored: 6, present: 0 } });

    const rows = rowsOf(file);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const bytes = fs.readFileSync(storedFilePath(filesDir, row.sha256));
      expect(sha(bytes), row.id).toBe(row.sha256);
      expect(bytes.byteLength, row.id).toBe(row.size_bytes);
    }
    // The app's own store reads them back where it looks for them.
    const appStore = new LocalFileStore(filesDir);
    for (const row of rows) expect(sha(await appStore.read(row.sha256))).toBe(row.sha256);
  });

  it("keeps a file that is removed from the store after the backup (it holds its own link or copy)", async () => {
    const dir = tmp();
    const { db, filesDir, store } = await liveWithDocuments(dir, 2);
    const backup = path.join(dir, "b.db");
    const r = await backupTo(db, backup, { filesDir });
    const [first] = rowsOf(backup);
    // As a purge does: the row goes, then the file.
    db.prepare("delete from documents where id = ?").run(first!.id);
    await store.delete(first!.sha256);
    db.close();
    expect(sha(fs.readFileSync(storedFilePath(r.files.dir, first!.sha256)))).toBe(first!.sha256);
  });

  it("fails a backup whose database names a file the store has lost, and leaves nothing half-made", async () => {
    const dir = tmp();
    const { db, filesDir } = await liveWithDocuments(dir, 3);
    const [lost] = rowsOf(db.name);
    fs.rmSync(storedFilePath(filesDir, lost!.sha256));
    const backup = path.join(dir, "b.db");
    await expect(backupTo(db, backup, { filesDir })).rejects.toThrow(
      /1 document file the database names is missing/,
    );
    db.close();
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("b.db"))).toEqual([]);
  });

  it("restore refuses, changing nothing, when a named file is neither in the backup nor in the store", async () => {
    const dir = tmp();
    const { file, db, filesDir } = await liveWithDocuments(dir, 3);
    const backup = path.join(dir, "b.db");
    await backupTo(db, backup, { filesDir });
    db.prepare(
      "insert into clients (id, firm_id, family_name, given_names) values ('c2', 'f1', 'Later', 'X')",
    ).run();
    db.close();
    const [gone] = rowsOf(backup);
    fs.rmSync(storedFilePath(backupFilesDir(backup), gone!.sha256));
    fs.rmSync(storedFilePath(filesDir, gone!.sha256));
    // A file damaged in the backup counts as missing too.
    const [, damaged] = rowsOf(backup);
    fs.writeFileSync(storedFilePath(backupFilesDir(backup), damaged!.sha256), "not the paper");
    fs.rmSync(storedFilePath(filesDir, damaged!.sha256));
    const before = fs.readFileSync(file);
    const r = restoreFrom(backup, file, { filesDir });
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining("2 document files") });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(storedFilePath(filesDir, damaged!.sha256))).toBe(false);
  });

  it("a backup of a database without documents restores as before; FILES_DIR defaults to files/ beside the database", async () => {
    const dir = tmp();
    const file = path.join(dir, "live.db");
    runMigrations(file);
    const db = openSqlite(file);
    db.prepare("insert into firms (id, name, slug) values ('f1', 'Firm', 'firm')").run();
    const backup = path.join(dir, "b.db");
    const saved = process.env.FILES_DIR;
    delete process.env.FILES_DIR;
    try {
      expect(filesDirFor(file)).toBe(path.join(dir, "files"));
      const r = await backupTo(db, backup);
      expect(r.files.count).toBe(0);
      db.close();
      expect(restoreFrom(backup, path.join(dir, "other.db"))).toMatchObject({ ok: true });
    } finally {
      if (saved !== undefined) process.env.FILES_DIR = saved;
    }
  });
});
