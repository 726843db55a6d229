// Every setting the server reads, in one place, with its default. Documented in README.md.
// Nothing else reads process.env (eslint.config.js holds to it; tests and bench/ set it): each setting is a
// getter, read when it is used, so a test that changes a variable at run time is seen at once.
import path from "node:path";

const DEFAULT_DATABASE = "./data/casewatch.db";
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export const env = {
  /** The SQLite file (DATABASE_PATH), resolved against the working directory. */
  get databasePath() {
    return path.resolve(process.env.DATABASE_PATH ?? DEFAULT_DATABASE);
  },
  /**
   * Points this process at another database (a CLI's --db, a test's fresh file). Written to the process
   * environment, so every copy of this module (the dev server's Vite build has its own) sees it.
   */
  setDatabasePath(file: string) {
    process.env.DATABASE_PATH = file;
  },
  get sqliteBusyTimeoutMs() {
    return Number(process.env.SQLITE_BUSY_TIMEOUT_MS ?? 5000);
  },
  get sqliteCacheMb() {
    return Number(process.env.SQLITE_CACHE_MB ?? 64);
  },
  /** Where case documents are stored by content hash (docs/documents.md): FILES_DIR, else `files/` beside the database. */
  get filesDir() {
    return env.filesDirFor(env.databasePath);
  },
  /** The documents' directory of a given database file (a backup's, a restore's): FILES_DIR, else `files/` beside it. */
  filesDirFor(dbFile: string) {
    return path.resolve(process.env.FILES_DIR || path.join(path.dirname(path.resolve(dbFile)), "files"));
  },
  get isProduction() {
    return process.env.NODE_ENV === "production";
  },
  /** Demo mode: the /dev/mailbox page and the demo banner. Only CASEWATCH_DEMO=1 turns it on. */
  get demo() {
    return process.env.CASEWATCH_DEMO === "1";
  },
  // The HTTP server (app/server/main.ts) and the worker (app/services/worker.ts).
  get logLevel(): (typeof LOG_LEVELS)[number] {
    return (process.env.LOG_LEVEL ?? "info") as (typeof LOG_LEVELS)[number];
  },
  get port() {
    return Number(process.env.PORT ?? 3000);
  },
  get host() {
    return process.env.HOST ?? "0.0.0.0";
  },
  /** Express's "trust proxy" (TRUST_PROXY, passed as written), or null to trust no proxy. */
  get trustProxy() {
    return process.env.TRUST_PROXY || null;
  },
  get shutdownTimeoutMs() {
    return Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
  },
  /**
   * Strict-Transport-Security: in production unless COOKIE_SECURE=false. Unlike cookieSecure, never on a
   * development server (COOKIE_SECURE=true there would pin localhost to https in the browser).
   */
  get strictTransportSecurity() {
    return process.env.COOKIE_SECURE === "false" ? false : env.isProduction;
  },
  /** DAILY_REFRESH=off only for benchmarks on a data set made for another day. */
  get dailyRefresh() {
    return process.env.DAILY_REFRESH !== "off";
  },
  get reminderWorker() {
    return process.env.REMINDER_WORKER !== "off";
  },
  /** Who fetches the feeds: the web server (the default), `npm run worker` (FEED_SCHEDULER=worker), or nobody (=off). */
  get feedScheduler(): "server" | "worker" | "off" {
    const v = process.env.FEED_SCHEDULER;
    return v === "off" ? "off" : v === "worker" ? "worker" : "server";
  },
  /** SETUP_TOKEN: the first-run setup code the operator chose, or null (a fresh one is printed at start). */
  get setupToken() {
    return process.env.SETUP_TOKEN || null;
  },
  /** The first-run setup code in force: the one chosen at start (setSetupCode), else SETUP_TOKEN. */
  get setupCode() {
    return process.env.CASEWATCH_SETUP_CODE ?? process.env.SETUP_TOKEN ?? null;
  },
  /** Kept in the process environment so the Remix build (its own copy of this module in dev) sees what main.ts chose. */
  setSetupCode(code: string) {
    process.env.CASEWATCH_SETUP_CODE = code;
  },
  /** The directory a CLI was started from (npm sets INIT_CWD; `npm run` itself runs in the project's). */
  get invocationDir() {
    return process.env.INIT_CWD ?? process.cwd();
  },
  get appOrigin() {
    return process.env.APP_ORIGIN?.replace(/\/+$/, "") || null;
  },
  /** Secure cookies (and the __Host- prefix) in production, unless COOKIE_SECURE=false. */
  get cookieSecure() {
    if (process.env.COOKIE_SECURE === "false") return false;
    if (process.env.COOKIE_SECURE === "true") return true;
    return process.env.NODE_ENV === "production";
  },
  get sessionIdleMinutes() {
    return int("SESSION_IDLE_MINUTES", 30);
  },
  get sessionAbsoluteHours() {
    return int("SESSION_ABSOLUTE_HOURS", 12);
  },
  get rateLimitAccountMax() {
    return int("RATE_LIMIT_ACCOUNT_MAX", 10);
  },
  get rateLimitIpMax() {
    return int("RATE_LIMIT_IP_MAX", 100);
  },
  get rateLimitWindowMinutes() {
    return int("RATE_LIMIT_WINDOW_MINUTES", 15);
  },
  get smtpUrl() {
    return process.env.SMTP_URL || null;
  },
  get mailFrom() {
    return process.env.MAIL_FROM || "Casewatch <no-reply@casewatch.invalid>";
  },
  // Text messages (docs/sms.md). Without SMS_PROVIDER=twilio and an account, texts go to the mailbox.
  get smsProvider() {
    return process.env.SMS_PROVIDER === "twilio" ? ("twilio" as const) : null;
  },
  get twilioAccountSid() {
    return process.env.TWILIO_ACCOUNT_SID || null;
  },
  get twilioAuthToken() {
    return process.env.TWILIO_AUTH_TOKEN || null;
  },
  /** The sending number (E.164); or a Messaging Service SID ("MG…") in TWILIO_MESSAGING_SERVICE_SID. */
  get twilioFrom() {
    return process.env.TWILIO_FROM || null;
  },
  get twilioMessagingServiceSid() {
    return process.env.TWILIO_MESSAGING_SERVICE_SID || null;
  },
  /** Tests and local fakes only: the provider's API on a loopback address (anything else is ignored). */
  get twilioApiBase() {
    return process.env.TWILIO_API_BASE || null;
  },
  /** Encrypts the auth token an admin enters on /settings/sms; without it the token must come from env. */
  get smsSecretKey() {
    return process.env.SMS_SECRET_KEY || null;
  },
  /** The installation's time zone (FIRM_TIME_ZONE), for firms that chose none; null: the built-in default. */
  get firmTimeZone() {
    return process.env.FIRM_TIME_ZONE || null;
  },
  /** Days before a check-in that reminders go out ("7,1"); parsed by the reminders model. */
  get reminderOffsetsDays() {
    return process.env.REMINDER_OFFSETS_DAYS;
  },
  // Background work (app/services/). A number as written, so 0 still means "off" where it does.
  get reminderPollMs() {
    return asNumber("REMINDER_POLL_MS", 15_000);
  },
  get feedPollMs() {
    return asNumber("FEED_POLL_MS", 60_000);
  },
  get feedTimeoutMs(): number | null {
    return process.env.FEED_TIMEOUT_MS === undefined ? null : Number(process.env.FEED_TIMEOUT_MS);
  },
  /** Hosts a feed may be fetched from although private (comma-separated); tests and local set-ups. */
  get feedAllowPrivateHosts() {
    return process.env.FEED_ALLOW_PRIVATE_HOSTS;
  },
  get backupDir() {
    return process.env.BACKUP_DIR || null;
  },
  /** The firm (slug) whose admins take backups on the web, "none", or unset (docs/decisions/014). */
  get backupOperatorFirm() {
    return process.env.BACKUP_OPERATOR_FIRM?.trim() || null;
  },
  get backupKeep() {
    return asNumber("BACKUP_KEEP", 14);
  },
  /** Hours between scheduled backups; 0 turns them off. */
  get backupIntervalHours() {
    return asNumber("BACKUP_INTERVAL_HOURS", 24);
  },
};

function asNumber(name: string, fallback: number): number {
  return Number(process.env[name] ?? fallback);
}

/**
 * The settings that would otherwise fail later with a stack trace (a port that is not one, an unknown log
 * level, a number that is not a number), each in words. The server and the worker check them first.
 */
export function envProblems(): string[] {
  const problems: string[] = [];
  const set = (name: string) => process.env[name] !== undefined;
  if (!LOG_LEVELS.includes(env.logLevel))
    problems.push(`LOG_LEVEL is "${process.env.LOG_LEVEL}"; use one of ${LOG_LEVELS.join(", ")}.`);
  if (set("PORT") && !(Number.isInteger(env.port) && env.port >= 0 && env.port <= 65535))
    problems.push(`PORT is "${process.env.PORT}"; use a port number from 0 to 65535.`);
  const numbers: [string, number | null][] = [
    ["SHUTDOWN_TIMEOUT_MS", env.shutdownTimeoutMs],
    ["SQLITE_BUSY_TIMEOUT_MS", env.sqliteBusyTimeoutMs],
    ["SQLITE_CACHE_MB", env.sqliteCacheMb],
    ["REMINDER_POLL_MS", env.reminderPollMs],
    ["FEED_POLL_MS", env.feedPollMs],
    ["FEED_TIMEOUT_MS", env.feedTimeoutMs],
    ["BACKUP_KEEP", env.backupKeep],
    ["BACKUP_INTERVAL_HOURS", env.backupIntervalHours],
  ];
  for (const [name, value] of numbers)
    if (set(name) && value !== null && !Number.isFinite(value))
      problems.push(`${name} is "${process.env[name]}"; use a number.`);
  return problems;
}

/** At start: a bad setting is said in words and the process stops, before anything is opened. */
export function exitOnEnvProblems(service: string): void {
  const problems = envProblems();
  if (problems.length === 0) return;
  console.error(`${service} cannot start: the environment has settings it cannot use.`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
