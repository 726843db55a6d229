import { and, eq, isNull, lt, or } from "drizzle-orm";
import { getDb, optimizeDb } from "#db/client";
import { clients, firms } from "#db/schema";
import { firmToday, refreshClient } from "~/models/client-derived.server";
import { deleteExpiredSessions } from "~/utils/session.server";
import { sweepOrphanFiles } from "~/models/documents.server";

// Time alone changes a client's status and risk (a stay ends, a document expires, an appeal window
// closes), so every client whose derived values were computed before today is recomputed, in batches
// of short transactions that leave room for requests between them. "Today" is each firm's own date
// (a firm in Guam reaches the new day fourteen or fifteen hours before one in New York).
export async function refreshStaleClients(
  opts: { batch?: number; asOf?: string; firmId?: string; now?: Date } = {},
): Promise<number> {
  const db = getDb();
  const firmIds = opts.firmId
    ? [opts.firmId]
    : db
        .select({ id: firms.id })
        .from(firms)
        .all()
        .map((f) => f.id);
  let done = 0;
  for (const firmId of firmIds)
    done += await refreshFirm(firmId, opts.asOf ?? firmToday(firmId, opts.now), opts.batch ?? 200);
  return done;
}

async function refreshFirm(firmId: string, asOf: string, batch: number): Promise<number> {
  const db = getDb();
  let done = 0;
  for (;;) {
    const stale = db
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.firmId, firmId), or(isNull(clients.derivedOn), lt(clients.derivedOn, asOf))))
      .limit(batch)
      .all();
    if (!stale.length) return done;
    db.transaction((tx) => {
      for (const c of stale) refreshClient(tx, firmId, c.id, asOf, { touch: false });
    });
    done += stale.length;
    // Let requests in between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

let timer: NodeJS.Timeout | undefined;

/** Runs now, then every hour (a cheap check when nothing is stale); the date rolls over at midnight in the firm's zone. */
export function startDailyRefresh(log: (msg: string, n: number) => void): void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const n = await refreshStaleClients();
      if (n) log("recomputed status and risk of clients for the new day", n);
      // Expired sessions are refused anyway; this keeps the table from growing without end.
      await deleteExpiredSessions();
      // Files of uploads cut short between the file and its row (a crash): gone once an hour old (ADR 023).
      const swept = await sweepOrphanFiles();
      if (swept.removed.length) log("removed stored files that no document names", swept.removed.length);
      optimizeDb();
    } catch (e) {
      console.error("daily refresh failed", e instanceof Error ? e.message : e);
    } finally {
      running = false;
    }
  };
  setTimeout(run, 2000).unref();
  timer = setInterval(run, 3600_000);
  timer.unref();
}

export function stopDailyRefresh(): void {
  if (timer) clearInterval(timer);
}
