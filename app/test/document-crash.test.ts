// The crash rule (ADR 023): a process killed between writing a document's file and committing its row
// leaves no row (so never a row without its file) and a file that the sweep removes once it is an hour
// old (so never a permanent orphan). The kill is a real SIGKILL of a child process on the same database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { documents } from "#db/schema";
import { sweepOrphanFiles } from "~/models/documents.server";
import { LocalFileStore } from "~/services/file-store.server";
import { env } from "~/utils/env.server";
import { makeClientWithEvent, makeFirm, makeUser } from "./fixtures";

describe("a crash between the file and the row", () => {
  it("leaves neither a row without a file nor, after the sweep, a file without a row", async () => {
    const firmId = makeFirm("Crash Firm");
    const user = await makeUser(firmId, "lawyer");
    const { clientId } = makeClientWithEvent(firmId);
    const rowsBefore = getDb().select().from(documents).where(eq(documents.firmId, firmId)).all();
    const child = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        path.resolve("app/test/children/upload-and-die.ts"),
        firmId,
        user.id,
        clientId,
        "crash-1",
      ],
      { env: { ...process.env }, encoding: "utf8", timeout: 60_000 },
    );
    expect(child.signal).toBe("SIGKILL");
    expect(child.stdout).not.toContain("row committed");
    const sha256 = /stored ([0-9a-f]{64})/.exec(child.stdout)?.[1];
    expect(sha256).toBeDefined();

    // "After restart": this process opens the same database and file store the child used.
    const store = new LocalFileStore(env.filesDir);
    expect(getDb().select().from(documents).where(eq(documents.firmId, firmId)).all()).toEqual(rowsBefore);
    expect(fs.existsSync(path.join(env.filesDir, sha256!.slice(0, 2), sha256!))).toBe(true);
    // Every row that exists has its file.
    for (const row of getDb().select().from(documents).all())
      expect(await store.exists(row.sha256)).toBe(true);

    // Within the hour the orphan is kept (its row could still be on its way); after it, it is removed.
    expect((await sweepOrphanFiles(store)).removed).not.toContain(sha256);
    const swept = await sweepOrphanFiles(store, { now: Date.now() + 61 * 60_000 });
    expect(swept.removed).toContain(sha256);
    expect(await store.exists(sha256!)).toBe(false);
  }, 90_000);
});
