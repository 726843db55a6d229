import { defineConfig, devices } from "@playwright/test";

// Three production servers, each on its own fresh database: a seeded demo firm for most tests, an
// empty one for the first-run setup test, and an empty one the firm import moves the demo firm to.
// Debian's Chromium only (no browser downloads here).
import { IMPORT_PORT, MAIN_PORT, MAIN_SERVER_LOG, SETUP_PORT, SETUP_TOKEN } from "./e2e/ports";

const serverEnv = {
  NODE_ENV: "production",
  CASEWATCH_DEMO: "1",
  // Every test signs in from 127.0.0.1; the per-account limits stay at their defaults.
  RATE_LIMIT_IP_MAX: "100000",
  LOG_LEVEL: "warn",
  REMINDER_POLL_MS: "1000",
  // Signs the SMS provider's webhooks in e2e/sms.spec.ts (texts still go to the demo mailbox).
  TWILIO_AUTH_TOKEN: "e2e-webhook-signing-token",
};

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${MAIN_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // Its log goes to a file, at info level (every request), so e2e/log-secrets.spec.ts can read what it wrote.
      command: `node_modules/.bin/tsx db/seed.ts && node_modules/.bin/tsx app/server/main.ts >> ${MAIN_SERVER_LOG} 2>&1`,
      port: MAIN_PORT,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv, LOG_LEVEL: "info", PORT: String(MAIN_PORT), DATABASE_PATH: "e2e/.data/main.db" },
    },
    {
      command: "node_modules/.bin/tsx app/server/main.ts",
      port: SETUP_PORT,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv, PORT: String(SETUP_PORT), DATABASE_PATH: "e2e/.data/setup.db", SETUP_TOKEN },
    },
    {
      command: "node_modules/.bin/tsx app/server/main.ts",
      port: IMPORT_PORT,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv, PORT: String(IMPORT_PORT), DATABASE_PATH: "e2e/.data/import.db", SETUP_TOKEN },
    },
  ],
});
