import { and, asc, eq, isNull, lte, or } from "drizzle-orm";
import { getDb } from "#db/client";
import { articles, feeds } from "#db/schema";
import { parseFeed } from "~/domain/feed-parse";
import { safeHttpUrl } from "~/domain/html-text";
import { decodeText } from "~/domain/text-encoding";
import { safeFetch, type FetchOptions } from "~/services/safe-fetch.server";
import { writeAudit } from "~/utils/audit.server";
import { createId } from "~/utils/crypto.server";
import { ingestArticles } from "./alerts.server";
import type { Actor } from "./actor";
import { firmToday } from "./client-derived.server";

export function listFeeds(firmId: string) {
  return getDb().select().from(feeds).where(eq(feeds.firmId, firmId)).orderBy(asc(feeds.createdAt)).all();
}

export function addFeed(
  actor: Actor,
  input: { url: string; title: string | null; intervalMinutes: number },
): { ok: true; id: string } | { ok: false; errors: Record<string, string> } {
  const url = safeHttpUrl(input.url);
  if (!url)
    return { ok: false, errors: { url: "Enter an http:// or https:// address of an RSS or Atom feed." } };
  const db = getDb();
  return db.transaction((tx) => {
    if (
      tx
        .select({ id: feeds.id })
        .from(feeds)
        .where(and(eq(feeds.firmId, actor.firmId), eq(feeds.url, url)))
        .get()
    )
      return { ok: false as const, errors: { url: "This feed is already on the list." } };
    const id = createId();
    tx.insert(feeds)
      .values({
        id,
        firmId: actor.firmId,
        url,
        title: input.title,
        intervalMinutes: input.intervalMinutes,
        createdBy: actor.id,
      })
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "feed.added",
      entityType: "feed",
      entityId: id,
      after: { url, title: input.title, intervalMinutes: input.intervalMinutes },
      ip: actor.ip ?? null,
    });
    return { ok: true as const, id };
  });
}

export function setFeedActive(actor: Actor, feedId: string, active: boolean): boolean {
  return getDb().transaction((tx) => {
    const f = tx
      .select()
      .from(feeds)
      .where(and(eq(feeds.id, feedId), eq(feeds.firmId, actor.firmId)))
      .get();
    if (!f) return false;
    tx.update(feeds)
      .set({ active, nextFetchAt: active ? null : f.nextFetchAt })
      .where(eq(feeds.id, feedId))
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: active ? "feed.resumed" : "feed.paused",
      entityType: "feed",
      entityId: feedId,
      before: { active: f.active },
      after: { active },
      ip: actor.ip ?? null,
    });
    return true;
  });
}

export function removeFeed(actor: Actor, feedId: string): boolean {
  return getDb().transaction((tx) => {
    const f = tx
      .select()
      .from(feeds)
      .where(and(eq(feeds.id, feedId), eq(feeds.firmId, actor.firmId)))
      .get();
    if (!f) return false;
    // Articles and alerts already read from the feed stay; they only lose the link to it.
    tx.update(articles).set({ feedId: null }).where(eq(articles.feedId, feedId)).run();
    tx.delete(feeds).where(eq(feeds.id, feedId)).run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "feed.removed",
      entityType: "feed",
      entityId: feedId,
      before: { url: f.url, title: f.title },
      ip: actor.ip ?? null,
    });
    return true;
  });
}

export type FeedRun = {
  feedId: string;
  url: string;
  status: "ok" | "not_modified" | "refused" | "error";
  message: string;
  items: number;
  newArticles: number;
  newAlerts: number;
  duplicates: number;
  skipped: number;
};

/** Fetches one feed now and ingests its new items. Never throws: what went wrong is stored on the feed in words. */
export async function runFeed(
  firmId: string,
  feedId: string,
  opts: FetchOptions = {},
  now = new Date(),
): Promise<FeedRun | null> {
  const db = getDb();
  const f = db
    .select()
    .from(feeds)
    .where(and(eq(feeds.id, feedId), eq(feeds.firmId, firmId)))
    .get();
  if (!f) return null;
  const run: FeedRun = {
    feedId,
    url: f.url,
    status: "ok",
    message: "",
    items: 0,
    newArticles: 0,
    newAlerts: 0,
    duplicates: 0,
    skipped: 0,
  };
  let etag = f.etag;
  let lastModified = f.lastModified;
  let title = f.title;
  try {
    const res = await safeFetch(f.url, { etag: f.etag, lastModified: f.lastModified, ...opts });
    if (res.status === "not_modified") {
      run.status = "not_modified";
      run.message = "Not changed since the last fetch (HTTP 304).";
    } else if (res.status !== "ok") {
      run.status = res.status;
      run.message = res.message;
    } else {
      // From the bytes: the HTTP charset, else the XML declaration (ISO-8859-1 feeds are common in Latin America).
      const decoded = decodeText(res.bytes, { contentType: res.contentType, kind: "xml" });
      const parsed = parseFeed(decoded.text, firmToday(firmId));
      if (!parsed.ok) {
        run.status = "refused";
        run.message = parsed.message;
      } else {
        etag = res.etag;
        lastModified = res.lastModified;
        title ??= parsed.title;
        run.items = parsed.items.length;
        run.skipped = parsed.skipped;
        // In batches of 20 items per transaction, letting requests in between batches.
        for (let i = 0; i < parsed.items.length; i += 20) {
          for (const r of ingestArticles(
            { id: null, firmId },
            parsed.items.slice(i, i + 20).map((item) => ({ source: "feed" as const, feedId, ...item })),
            { withMatches: false, now },
          )) {
            if (r.duplicate) run.duplicates++;
            else {
              run.newArticles++;
              if (r.alertId) run.newAlerts++;
            }
          }
          await new Promise((resolve) => setImmediate(resolve));
        }
        run.message = `${run.items} item${run.items === 1 ? "" : "s"}: ${run.newArticles} new, ${run.newAlerts} alert${run.newAlerts === 1 ? "" : "s"}, ${run.duplicates} already seen${run.skipped ? `, ${run.skipped} unreadable skipped` : ""}.${decoded.note ? ` ${decoded.note}` : ""}`;
      }
    }
  } catch (e) {
    run.status = "error";
    run.message = `The fetch failed (${e instanceof Error ? e.message.slice(0, 200) : "unknown error"}).`;
  }
  db.update(feeds)
    .set({
      etag,
      lastModified,
      title,
      lastFetchAt: now.toISOString(),
      lastStatus: run.status,
      lastError: run.status === "ok" || run.status === "not_modified" ? null : run.message,
      lastNew: run.newArticles,
      lastSkipped: run.skipped,
      nextFetchAt: new Date(now.getTime() + f.intervalMinutes * 60_000).toISOString(),
    })
    .where(eq(feeds.id, feedId))
    .run();
  return run;
}

export async function runFirmFeeds(firmId: string, opts: FetchOptions = {}): Promise<FeedRun[]> {
  const out: FeedRun[] = [];
  for (const f of listFeeds(firmId).filter((x) => x.active)) {
    const r = await runFeed(firmId, f.id, opts);
    if (r) out.push(r);
  }
  return out;
}

/** Every active feed whose time has come, one after another. */
export async function runDueFeeds(now = new Date()): Promise<FeedRun[]> {
  const due = getDb()
    .select({ id: feeds.id, firmId: feeds.firmId })
    .from(feeds)
    .where(
      and(eq(feeds.active, true), or(isNull(feeds.nextFetchAt), lte(feeds.nextFetchAt, now.toISOString()))),
    )
    .all();
  const out: FeedRun[] = [];
  for (const f of due) {
    const r = await runFeed(f.firmId, f.id, {}, now);
    if (r) out.push(r);
  }
  return out;
}
