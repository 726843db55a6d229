import { and, count, eq, gt, lt } from "drizzle-orm";
import { getDb } from "#db/client";
import { authFailures } from "#db/schema";
import { env } from "./env.server";

// Failures are rows, so limits hold across restarts. Per account tightly (10 in 15 minutes by default),
// per IP loosely (100): a whole office shares one address.
export type Buckets = { account?: string | null; ip?: string | null };

function windowStart(): string {
  return new Date(Date.now() - env.rateLimitWindowMinutes * 60_000).toISOString();
}

function failuresSince(bucket: string, since: string): number {
  const row = getDb()
    .select({ n: count() })
    .from(authFailures)
    .where(and(eq(authFailures.bucket, bucket), gt(authFailures.at, since)))
    .get();
  return row?.n ?? 0;
}

export function isRateLimited(kind: string, buckets: Buckets): boolean {
  const since = windowStart();
  if (
    buckets.account &&
    failuresSince(`${kind}:account:${buckets.account}`, since) >= env.rateLimitAccountMax
  )
    return true;
  if (buckets.ip && failuresSince(`${kind}:ip:${buckets.ip}`, since) >= env.rateLimitIpMax) return true;
  return false;
}

export function recordFailure(kind: string, buckets: Buckets): void {
  const db = getDb();
  const at = new Date().toISOString();
  const since = windowStart();
  db.transaction((tx) => {
    for (const [scope, key] of Object.entries(buckets)) {
      if (!key) continue;
      const bucket = `${kind}:${scope}:${key}`;
      tx.delete(authFailures)
        .where(and(eq(authFailures.bucket, bucket), lt(authFailures.at, since)))
        .run();
      tx.insert(authFailures).values({ bucket, at }).run();
    }
  });
}

export function clearFailures(kind: string, account: string): void {
  getDb()
    .delete(authFailures)
    .where(eq(authFailures.bucket, `${kind}:account:${account}`))
    .run();
}

export function rateLimitMessage(): string {
  return `Too many attempts. For your security this is paused for ${env.rateLimitWindowMinutes} minutes; try again later or ask your firm's admin.`;
}
