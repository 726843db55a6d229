// Counts over a whole firm (clients per status, per risk tier, in a filtered list) cost a scan of an
// index with an entry per client: 10-60 ms at 100,000 clients, on every page view. They are kept here
// for up to a minute and dropped at once when a client changes in this process (every client write
// goes through refreshClient, which calls clientsChanged). A change made by another process (the
// worker's daily refresh, the command line) shows within the minute. docs/performance.md.
const TTL_MS = 60_000;
const MAX_ENTRIES = 2000;
let version = 0;
const cache = new Map<string, { version: number; at: number; value: unknown }>();

export function clientsChanged(): void {
  version++;
}

export function cachedCount<T>(key: string, compute: () => T, now = Date.now()): T {
  const hit = cache.get(key);
  if (hit && hit.version === version && now - hit.at < TTL_MS) return hit.value as T;
  const value = compute();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { version, at: now, value });
  return value;
}
