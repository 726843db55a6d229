// `npm run worker`: the background jobs on their own (reminder delivery, the daily refresh and, with
// FEED_SCHEDULER=worker, the feed fetches), for an
// installation that runs them apart from the web server. Safe to run beside the server's own worker:
// claims are taken in a transaction, so a message is delivered by one of them.
import { pino } from "pino";
import { closeDb, runMigrations } from "#db/client";
import { startDailyRefresh, stopDailyRefresh } from "./daily.server";
import { startFeedScheduler, stopFeedScheduler } from "~/services/feeds.server";
import { startReminderWorker, stopReminderWorker } from "./reminders.server";
import { env, exitOnEnvProblems } from "~/utils/env.server";

exitOnEnvProblems("The Casewatch worker");
const log = pino({ level: env.logLevel, base: { service: "casewatch-worker" } });
runMigrations();
startReminderWorker((msg, o) => log.info(o, msg));
startDailyRefresh((msg, n) => log.info({ clients: n }, msg));
if (env.feedScheduler === "worker")
  startFeedScheduler((msg, runs) =>
    log.info({ feeds: runs.map((r) => ({ id: r.feedId, status: r.status, newAlerts: r.newAlerts })) }, msg),
  );
log.info("worker started");
const keepAlive = setInterval(() => {}, 1 << 30);

async function stop(signal: string) {
  log.info({ signal }, "worker stopping");
  clearInterval(keepAlive);
  stopDailyRefresh();
  await Promise.all([stopReminderWorker(), stopFeedScheduler()]);
  closeDb();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
