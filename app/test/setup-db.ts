// Each Vitest worker gets its own SQLite file built from the migrations (never a mocked database).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDb, runMigrations } from "#db/client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-test-"));
process.env.DATABASE_PATH = path.join(dir, `worker-${process.env.VITEST_POOL_ID ?? "0"}.db`);
runMigrations();

afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
