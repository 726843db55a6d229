import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { env } from "~/utils/env.server";

// Where the bytes of case documents live (docs/documents.md, ADR 023). Files are named by the SHA-256 of
// their content, so the same paper uploaded twice is stored once and a file can never be swapped for
// another under the same name. The database row that points at a file is written only after the file is
// durably in place; a file that no row names is an orphan that sweepOrphans removes once it is an hour old.
// A second store (S3-compatible object storage) implements the same interface.

export type StoredFile = { sha256: string; size: number };

export interface FileStore {
  /** Stores the bytes (durably, before it returns) and answers their hash and size. Idempotent. */
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** A stream of the file's bytes; rejects with code ENOENT when there is no such file. */
  open(sha256: string): Promise<Readable>;
  read(sha256: string): Promise<Buffer>;
  exists(sha256: string): Promise<boolean>;
  /** Removes the file; nothing happens when it is not there. */
  delete(sha256: string): Promise<void>;
  /** Every stored file with the time it was last written (put again of the same bytes counts). */
  list(): AsyncIterable<{ sha256: string; modifiedAt: Date }>;
  /** Temporary files left by a put that never finished (a crash), with their age. */
  listTemporary?(): AsyncIterable<{ name: string; modifiedAt: Date }>;
  removeTemporary?(name: string): Promise<void>;
}

const HASH = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function isSha256(value: string): boolean {
  return HASH.test(value);
}

/** Files in `<root>/<first two hex digits>/<hash>`, written as temp file → fsync → rename → fsync dir. */
export class LocalFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!HASH.test(sha256)) throw new Error("Not a SHA-256 hash.");
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async put(bytes: Uint8Array): Promise<StoredFile> {
    const sha256 = sha256Hex(bytes);
    const target = this.pathOf(sha256);
    const dir = path.dirname(target);
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
    try {
      // Already stored: the same bytes. Touch it, so the orphan sweep sees it as young while the row that
      // will name it is being written.
      const now = new Date();
      await fsp.utimes(target, now, now);
      return { sha256, size: bytes.byteLength };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    // The temporary file is in the same directory, so the rename is atomic (same file system).
    const temp = path.join(dir, `.${sha256}.${randomBytes(6).toString("hex")}.tmp`);
    const handle = await fsp.open(temp, "wx", 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fsp.rename(temp, target);
    } catch (e) {
      await fsp.rm(temp, { force: true });
      throw e;
    }
    await syncDir(dir);
    return { sha256, size: bytes.byteLength };
  }

  async open(sha256: string): Promise<Readable> {
    const file = this.pathOf(sha256);
    // Opened first, so a missing file is a rejection here rather than an error event mid-response.
    const handle = await fsp.open(file, "r");
    return handle.createReadStream();
  }

  async read(sha256: string): Promise<Buffer> {
    return fsp.readFile(this.pathOf(sha256));
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await fsp.access(this.pathOf(sha256), fs.constants.F_OK);
      return true;
    } catch {
      return false;
    }
  }

  async delete(sha256: string): Promise<void> {
    const file = this.pathOf(sha256);
    await fsp.rm(file, { force: true });
    await syncDir(path.dirname(file)).catch(() => undefined);
  }

  async *list(): AsyncIterable<{ sha256: string; modifiedAt: Date }> {
    for (const shard of await readDirSafe(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const name of await readDirSafe(path.join(this.root, shard))) {
        if (!HASH.test(name) || !name.startsWith(shard)) continue;
        const stat = await fsp.stat(path.join(this.root, shard, name)).catch(() => null);
        if (stat?.isFile()) yield { sha256: name, modifiedAt: stat.mtime };
      }
    }
  }

  async *listTemporary(): AsyncIterable<{ name: string; modifiedAt: Date }> {
    for (const shard of await readDirSafe(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const name of await readDirSafe(path.join(this.root, shard))) {
        if (!/^\.[0-9a-f]{64}\.[0-9a-f]{12}\.tmp$/.test(name)) continue;
        const stat = await fsp.stat(path.join(this.root, shard, name)).catch(() => null);
        if (stat?.isFile()) yield { name: `${shard}/${name}`, modifiedAt: stat.mtime };
      }
    }
  }

  async removeTemporary(name: string): Promise<void> {
    if (!/^[0-9a-f]{2}\/\.[0-9a-f]{64}\.[0-9a-f]{12}\.tmp$/.test(name)) return;
    await fsp.rm(path.join(this.root, name), { force: true });
  }
}

async function readDirSafe(dir: string): Promise<string[]> {
  try {
    return await fsp.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
}

/** Makes a rename or unlink in the directory durable (the entry itself, not only the file's bytes). */
async function syncDir(dir: string): Promise<void> {
  const handle = await fsp.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

let current: { root: string; store: FileStore } | undefined;

/** The installation's file store: local files under FILES_DIR (default `files/` beside the database). */
export function fileStore(): FileStore {
  const root = env.filesDir;
  if (!current || current.root !== root) current = { root, store: new LocalFileStore(root) };
  return current.store;
}

/** Tests (and a future S3 store): use this store instead of the local one. */
export function setFileStore(store: FileStore | undefined): void {
  current = store ? { root: env.filesDir, store } : undefined;
}

export const ORPHAN_AGE_MS = 60 * 60 * 1000;

/**
 * Removes stored files that no row names and that were last written more than `olderThanMs` ago (an upload
 * that crashed between the file and its row), and temporary files of puts that never finished. `isReferenced`
 * asks the database. The age rule keeps a file whose row is being committed right now.
 */
export async function sweepOrphans(
  store: FileStore,
  isReferenced: (sha256: string) => boolean,
  { olderThanMs = ORPHAN_AGE_MS, now = Date.now() }: { olderThanMs?: number; now?: number } = {},
): Promise<{ removed: string[]; temporaryRemoved: number }> {
  const removed: string[] = [];
  const cutoff = now - olderThanMs;
  const candidates: string[] = [];
  for await (const f of store.list()) {
    if (f.modifiedAt.getTime() < cutoff && !isReferenced(f.sha256)) candidates.push(f.sha256);
  }
  for (const sha256 of candidates) {
    // Asked again just before: an upload of the same bytes may have named it since the listing.
    if (isReferenced(sha256)) continue;
    await store.delete(sha256);
    removed.push(sha256);
  }
  let temporaryRemoved = 0;
  if (store.listTemporary && store.removeTemporary) {
    const stale: string[] = [];
    for await (const t of store.listTemporary()) if (t.modifiedAt.getTime() < cutoff) stale.push(t.name);
    for (const name of stale) {
      await store.removeTemporary(name);
      temporaryRemoved++;
    }
  }
  return { removed, temporaryRemoved };
}
