// Every setting the server reads, in one place, with its default. Documented in README.md.
import path from "node:path";

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export const env = {
  /** Where case documents are stored by content hash (docs/documents.md): FILES_DIR, else `files/` beside the database. */
  get filesDir() {
    const db = path.resolve(process.env.DATABASE_PATH ?? "./data/casewatch.db");
    return path.resolve(process.env.FILES_DIR || path.join(path.dirname(db), "files"));
  },
  get isProduction() {
    return process.env.NODE_ENV === "production";
  },
  /** Demo mode: the /dev/mailbox page and the demo banner. Only CASEWATCH_DEMO=1 turns it on. */
  get demo() {
    return process.env.CASEWATCH_DEMO === "1";
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
