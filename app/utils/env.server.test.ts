// The settings module: read when used (a variable set at run time is seen at once), with the defaults the
// server had when main.ts read them itself, and a bad value said in words instead of a crash at start.
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { env, envProblems } from "./env.server";

const NAMES = [
  "PORT",
  "HOST",
  "LOG_LEVEL",
  "SHUTDOWN_TIMEOUT_MS",
  "SQLITE_CACHE_MB",
  "SQLITE_BUSY_TIMEOUT_MS",
  "REMINDER_POLL_MS",
  "FEED_TIMEOUT_MS",
  "FEED_SCHEDULER",
  "DAILY_REFRESH",
  "REMINDER_WORKER",
  "COOKIE_SECURE",
  "NODE_ENV",
  "TRUST_PROXY",
  "SETUP_TOKEN",
  "CASEWATCH_SETUP_CODE",
  "FILES_DIR",
] as const;
const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]));
afterEach(() => {
  for (const n of NAMES) {
    if (saved[n] === undefined) delete process.env[n];
    else (process.env as Record<string, string>)[n] = saved[n]!;
  }
});
const unset = (...names: (typeof NAMES)[number][]) => names.forEach((n) => delete process.env[n]);

describe("env", () => {
  it("gives the server's defaults when nothing is set", () => {
    unset(
      "PORT",
      "HOST",
      "LOG_LEVEL",
      "SHUTDOWN_TIMEOUT_MS",
      "FEED_SCHEDULER",
      "DAILY_REFRESH",
      "TRUST_PROXY",
    );
    expect(env.port).toBe(3000);
    expect(env.host).toBe("0.0.0.0");
    expect(env.logLevel).toBe("info");
    expect(env.shutdownTimeoutMs).toBe(10_000);
    expect(env.feedScheduler).toBe("server");
    expect(env.dailyRefresh).toBe(true);
    expect(env.trustProxy).toBeNull();
    expect(envProblems()).toEqual([]);
  });

  it("reads a variable when it is used, not when the module was loaded", () => {
    const before = env.databasePath;
    env.setDatabasePath("/tmp/casewatch-env-test.db");
    try {
      expect(env.databasePath).toBe("/tmp/casewatch-env-test.db");
      expect(env.filesDir).toBe("/tmp/files");
      process.env.FILES_DIR = "/srv/docs";
      expect(env.filesDir).toBe("/srv/docs");
      expect(env.filesDirFor("/elsewhere/x.db")).toBe("/srv/docs");
      delete process.env.FILES_DIR;
      expect(env.filesDirFor("rel/x.db")).toBe(path.resolve("rel/files"));
    } finally {
      env.setDatabasePath(before);
    }
    process.env.FEED_SCHEDULER = "worker";
    expect(env.feedScheduler).toBe("worker");
    process.env.FEED_SCHEDULER = "off";
    expect(env.feedScheduler).toBe("off");
    process.env.FEED_SCHEDULER = "anything else";
    expect(env.feedScheduler).toBe("server");
  });

  it("sends Strict-Transport-Security in production only, unless COOKIE_SECURE=false", () => {
    process.env.NODE_ENV = "production";
    unset("COOKIE_SECURE");
    expect(env.strictTransportSecurity).toBe(true);
    process.env.COOKIE_SECURE = "false";
    expect(env.strictTransportSecurity).toBe(false);
    process.env.NODE_ENV = "development";
    process.env.COOKIE_SECURE = "true";
    expect(env.strictTransportSecurity).toBe(false);
    expect(env.cookieSecure).toBe(true);
  });

  it("takes the setup code chosen at start, else SETUP_TOKEN", () => {
    unset("CASEWATCH_SETUP_CODE", "SETUP_TOKEN");
    expect(env.setupCode).toBeNull();
    process.env.SETUP_TOKEN = "operator-chose";
    expect(env.setupCode).toBe("operator-chose");
    env.setSetupCode("ABC-123");
    expect(env.setupCode).toBe("ABC-123");
    expect(process.env.CASEWATCH_SETUP_CODE).toBe("ABC-123");
  });

  it("says each bad value in words", () => {
    process.env.PORT = "eighty";
    process.env.LOG_LEVEL = "loud";
    process.env.SQLITE_CACHE_MB = "lots";
    process.env.FEED_TIMEOUT_MS = "soon";
    process.env.SHUTDOWN_TIMEOUT_MS = "10000";
    expect(envProblems()).toEqual([
      'LOG_LEVEL is "loud"; use one of fatal, error, warn, info, debug, trace, silent.',
      'PORT is "eighty"; use a port number from 0 to 65535.',
      'SQLITE_CACHE_MB is "lots"; use a number.',
      'FEED_TIMEOUT_MS is "soon"; use a number.',
    ]);
    process.env.PORT = "70000";
    unset("LOG_LEVEL", "SQLITE_CACHE_MB", "FEED_TIMEOUT_MS");
    expect(envProblems()).toEqual(['PORT is "70000"; use a port number from 0 to 65535.']);
    process.env.PORT = "3210";
    expect(envProblems()).toEqual([]);
  });
});
