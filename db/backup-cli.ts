// npm run backup -- <file>   an online backup of DATABASE_PATH (the server may keep running), with the
//                            documents' files it names in <file>.files/
// npm run restore -- <file>  restore a checked backup (and its files, into FILES_DIR) into a stopped instance
import path from "node:path";
import { databasePath, openSqlite } from "./client";
import { backupTo, filesDirFor, restoreFrom } from "./backup";

const [mode, file] = process.argv.slice(2);
if ((mode !== "backup" && mode !== "restore") || !file) {
  console.error("usage: npm run backup -- <file>   |   npm run restore -- <file>");
  process.exit(2);
}
const db = databasePath();
const filesDir = filesDirFor(db);
if (mode === "backup") {
  const sqlite = openSqlite(db);
  try {
    const r = await backupTo(sqlite, file, { filesDir });
    // Audited at installation level (no firm): the operator's record of who copied every firm's data.
    sqlite
      .prepare(
        "insert into audit_log (firm_id, actor_user_id, action, entity_type, entity_id, after, at) values (null, null, 'backup.taken', 'backup', null, ?, ?)",
      )
      .run(
        JSON.stringify({
          kind: "command line",
          file: path.resolve(file),
          ok: true,
          sizeBytes: r.sizeBytes,
          integrity: r.integrity,
          files: r.files.count,
          filesBytes: r.files.bytes,
        }),
        new Date().toISOString(),
      );
    console.log(
      `Backed up ${db} to ${file}: ${(r.sizeBytes / 1024).toFixed(0)} KiB, integrity ${r.integrity}, schema version ${r.schemaVersion}; ${r.files.count} document file${r.files.count === 1 ? "" : "s"} (${(r.files.bytes / 1024).toFixed(0)} KiB, each checked against its hash) in ${r.files.dir}.`,
    );
  } catch (e) {
    console.error(`Backup failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  } finally {
    sqlite.close();
  }
} else {
  const r = restoreFrom(file, db, { filesDir });
  if (!r.ok) {
    console.error(`Not restored: ${r.reason}`);
    process.exit(1);
  }
  console.log(
    `Restored ${file} into ${db}, and its document files into ${filesDir} (${r.files.restored} put back, ${r.files.present} already there).${r.keptOld ? ` The previous database is kept at ${r.keptOld}.` : ""} Start the server to use it.`,
  );
}
