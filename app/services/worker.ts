// `npm run worker`: the background jobs on their own (reminder delivery and the daily refresh), for an
// installation that runs them apart from the web server. Safe to run beside the server's own worker:
// claims are taken in a transaction, so a message is delivered by one of them.
import { pino } from "pino";
import { closeDb, runMigrations } from "#db/client";
import { startDailyRefresh, stopDailyRefresh } from "./daily.server";
import { startReminderWorker, stopReminderWorker } from "./reminders.server";

const log = pino({ level: process.env.LOG_LEVEL ?? "info", base: { service: "casewatch-worker" } });
runMigrations();
startReminderWorker((msg, o) => log.info(o, msg));
startDailyRefresh((msg, n) => log.info({ clients: n }, msg));
log.info("worker started");
const keepAlive = setInterval(() => {}, 1 << 30);

async function stop(signal: string) {
  log.info({ signal }, "worker stopping");
  clearInterval(keepAlive);
  stopDailyRefresh();
  await stopReminderWorker();
  closeDb();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
