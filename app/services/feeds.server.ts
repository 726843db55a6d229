// The feed schedule: every minute (FEED_POLL_MS) it fetches the feeds whose time has come, one run at a
// time. Started by the web server, or by the worker when FEED_SCHEDULER=worker.
import { runDueFeeds, type FeedRun } from "~/models/feeds.server";
import { env } from "~/utils/env.server";

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | null = null;

/** Checks for due feeds every minute (FEED_POLL_MS). */
export function startFeedScheduler(log: (msg: string, runs: FeedRun[]) => void): void {
  const tick = () => {
    if (running) return;
    running = runDueFeeds()
      .then((runs) => {
        if (runs.length) log("fetched feeds", runs);
      })
      .catch((e) => console.error("feed run failed", e instanceof Error ? e.message : e))
      .finally(() => {
        running = null;
      });
  };
  timer = setInterval(tick, env.feedPollMs);
  timer.unref();
  setTimeout(tick, 5000).unref();
}

/** Stops the schedule and waits for a fetch in progress (for a graceful stop). */
export async function stopFeedScheduler(): Promise<void> {
  if (timer) clearInterval(timer);
  await running;
}
