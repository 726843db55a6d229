// Casewatch's HTTP server: our own small Express app around the Remix handler, so that every
// response gets a per-request CSP nonce and security headers (remix-serve cannot do that).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { withDbFailures } from "./db-failures";
import { createRemixHandler } from "./remix-handler";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { pino } from "pino";
import { count } from "drizzle-orm";
import { closeDb, databasePath, getDb, optimizeDb, runMigrations } from "#db/client";
import { firms } from "#db/schema";
import { isSameOriginRequest } from "~/utils/origin.server";
import { startDailyRefresh, stopDailyRefresh } from "~/services/daily.server";
import { startReminderWorker, stopReminderWorker } from "~/services/reminders.server";
import { startFeedScheduler, stopFeedScheduler } from "~/services/feeds.server";
import { startScheduledBackups, stopScheduledBackups } from "~/services/backups.server";
import { pidFileFor } from "#db/backup";
import fs from "node:fs";
import { createSetupCode } from "~/utils/setup.server";
import { redactUrlForLog } from "~/utils/log-redaction.server";
import { env, exitOnEnvProblems } from "~/utils/env.server";

// Every setting comes from env (app/utils/env.server.ts); a bad one is said in words before anything starts.
exitOnEnvProblems("Casewatch");
const log = pino({ level: env.logLevel, base: { service: "casewatch" } });
const production = env.isProduction;

runMigrations();
optimizeDb(true);
log.info({ database: databasePath() }, "database ready (migrations applied, statistics current)");
// Tells `npm run restore` that this database is in use.
const pidFile = pidFileFor(databasePath());
fs.writeFileSync(pidFile, String(process.pid));
process.on("exit", () => fs.rmSync(pidFile, { force: true }));

const firmCount = getDb().select({ n: count() }).from(firms).get()?.n ?? 0;
if (firmCount === 0) {
  const code = createSetupCode();
  // The console is the only place this code appears: whoever reaches a fresh server first cannot claim it.
  console.log(`\n  Casewatch first-run setup: open /setup and enter this setup code: ${code}\n`);
}

const app = express();
app.disable("x-powered-by");
if (env.trustProxy) app.set("trust proxy", env.trustProxy);

app.use((req, res, next) => {
  res.locals.requestId = (req.get("x-request-id") ?? "").slice(0, 64) || randomBytes(8).toString("hex");
  res.locals.cspNonce = randomBytes(16).toString("base64");
  res.setHeader("X-Request-Id", res.locals.requestId as string);
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    // Path only: query strings can hold names typed into search, and logs carry no client data. Secret
    // tokens in paths (calendar feeds, portal, invitation and reset links) are redacted.
    const entry = {
      reqId: res.locals.requestId,
      method: req.method,
      path: redactUrlForLog(req.path).slice(0, 200),
      status: res.statusCode,
      ms: Number(process.hrtime.bigint() - started) / 1e6,
    };
    // A server error is logged at error level whatever LOG_LEVEL hides, so no 5xx goes unexplained.
    if (res.statusCode >= 500) log.error(entry, "request answered with a server error");
    else log.info(entry, "request");
  });
  next();
});

app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": production ? ["'self'"] : ["'self'", "ws:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    strictTransportSecurity: env.strictTransportSecurity
      ? { maxAge: 31536000, includeSubDomains: true }
      : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" },
  }),
);

// Refuse state-changing requests that do not come from our own pages (CSRF).
app.use((req, res, next) => {
  // The SMS provider's webhooks come from no page of ours; their request signature is checked instead.
  if (req.method === "POST" && (req.path === "/sms/inbound" || req.path === "/sms/status")) return next();
  const ok = isSameOriginRequest({
    method: req.method,
    origin: req.get("origin"),
    secFetchSite: req.get("sec-fetch-site"),
    selfOrigin: `${req.protocol}://${req.get("host")}`,
    appOrigin: env.appOrigin,
  });
  if (ok) return next();
  log.warn(
    { reqId: res.locals.requestId, path: redactUrlForLog(req.path).slice(0, 200) },
    "cross-origin request refused",
  );
  res
    .status(403)
    .type("text/plain")
    .send(
      "This request was refused because it did not come from a Casewatch page. Go back, reload the page and try again.",
    );
});

app.use(compression());

// A write SQLite refuses (locked, disk full, read-only) is answered 503 in words (app/server/db-failures.ts).
const logDbFailure = (kind: string, where: Record<string, unknown>) =>
  log.error({ ...where, kind }, "database refused a write; answered 503");
let build: ServerBuild | (() => Promise<ServerBuild>);
if (production) {
  const root = path.resolve("build");
  app.use("/assets", express.static(path.join(root, "client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "client"), { maxAge: "1h" }));
  build = withDbFailures((await import(path.join(root, "server/index.js"))) as ServerBuild, logDbFailure);
} else {
  const vite = await import("vite");
  const viteDevServer = await vite.createServer({ server: { middlewareMode: true } });
  app.use(viteDevServer.middlewares);
  build = () =>
    (viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>).then((b) =>
      withDbFailures(b, logDbFailure),
    );
}
app.use(express.static("public", { maxAge: "1h" }));

// Pages and their data may carry client data: never cached by the browser or a proxy.
app.use((_req, res, next) => {
  res.setHeader("Cache-Control", "no-store");
  next();
});

// Every request body is read here, capped by its route's limit (app/server/body-limit.ts), before Remix runs.
app.all(
  "*",
  createRemixHandler({
    build,
    mode: production ? "production" : "development",
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      requestId: res.locals.requestId as string,
      clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown",
    }),
  }),
);

// DAILY_REFRESH=off only for benchmarks on a data set made for another day.
if (env.dailyRefresh) startDailyRefresh((msg, n) => log.info({ clients: n }, msg));
if (env.reminderWorker) startReminderWorker((msg, o) => log.info(o, msg));
// Feeds are fetched here unless FEED_SCHEDULER=off, or =worker to leave them to `npm run worker`.
if (env.feedScheduler === "server")
  startFeedScheduler((msg, runs) =>
    log.info(
      {
        feeds: runs.map((r) => ({
          id: r.feedId,
          status: r.status,
          newArticles: r.newArticles,
          newAlerts: r.newAlerts,
          skipped: r.skipped,
        })),
      },
      msg,
    ),
  );
startScheduledBackups((msg, o) => log.info(o, msg));

const { port, host } = env;
const server = app.listen(port, host, () => {
  log.info({ port }, `Casewatch listening on http://localhost:${port}`);
});

function shutdown(signal: string) {
  log.info({ signal }, "stopping: no new requests, finishing those in flight");
  stopDailyRefresh();
  const timer = setTimeout(() => {
    log.warn("in-flight requests did not finish in time; exiting");
    closeDb();
    process.exit(0);
  }, env.shutdownTimeoutMs);
  timer.unref();
  server.close(() => {
    void Promise.all([stopReminderWorker(), stopScheduledBackups(), stopFeedScheduler()]).finally(() => {
      closeDb();
      log.info("stopped cleanly");
      process.exit(0);
    });
  });
  server.closeIdleConnections?.();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
