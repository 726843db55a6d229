// Crashes, load and a backup during load, against the real production server over HTTP.
// Short form in `npm test`; `npm run test:soak` runs the long form (RELIABILITY=soak): 20 kills and ten
// minutes of load. Figures of the last soak are in docs/operations.md.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// Each "new client" post is a fresh form: its own creation key.
import { createToken } from "~/utils/crypto.server";

const SOAK = process.env.RELIABILITY === "soak";
const KILLS = SOAK ? 20 : 4;
const LOAD_SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? (SOAK ? 600 : 15));
const SESSIONS = 50;
const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const PORT = Number(process.env.RELIABILITY_PORT ?? 3236);
const base = `http://127.0.0.1:${PORT}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-reliability-"));
const dbFile = path.join(dir, "rel.db");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  PORT: String(PORT),
  HOST: "127.0.0.1",
  DATABASE_PATH: dbFile,
  COOKIE_SECURE: "false",
  CASEWATCH_DEMO: "1",
  REMINDER_POLL_MS: "200",
  FEED_SCHEDULER: "off",
  BACKUP_INTERVAL_HOURS: "0",
  RATE_LIMIT_IP_MAX: "1000000",
  RATE_LIMIT_ACCOUNT_MAX: "1000000",
  LOG_LEVEL: "fatal",
  SETUP_TOKEN: "unused",
};
let server: ChildProcess | null = null;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function start() {
  // One process (tsx as a loader, not its CLI, which would run the server as a child a SIGKILL misses).
  // RELIABILITY_LOG=<file> keeps the server's error log, to find the cause of a failure.
  const logTo = process.env.RELIABILITY_LOG ? fs.openSync(process.env.RELIABILITY_LOG, "a") : "ignore";
  server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "app/server/main.ts")], {
    cwd: ROOT,
    env: { ...env, ...(process.env.RELIABILITY_LOG ? { LOG_LEVEL: "error" } : {}) },
    stdio: ["ignore", logTo, logTo],
  });
  // Up to a minute: a restart on a loaded 2-core machine compiles the server with tsx again.
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      /* starting */
    }
    await sleep(50);
  }
  throw new Error("the server did not start");
}
function kill(signal: NodeJS.Signals) {
  const p = server;
  server = null;
  return new Promise<void>((resolve) => {
    if (!p || p.exitCode !== null) return resolve();
    p.once("exit", () => resolve());
    p.kill(signal);
  });
}
async function signIn(email: string): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ identifier: email, password: "casewatch-demo" }).toString(),
  });
  if (res.status >= 400) throw new Error(`sign-in answered ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
/** A form post; "acked" when the server answered 2xx/3xx. Network errors (the server was killed) are not acked. */
async function post(
  cookie: string,
  url: string,
  body: Record<string, string>,
): Promise<{ status: number | null }> {
  try {
    const res = await fetch(`${base}${url}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base, cookie },
      body: new URLSearchParams(body).toString(),
    });
    await res.arrayBuffer();
    // A redirect to the sign-in page is a refusal, not an acknowledgement.
    if (res.status >= 300 && res.status < 400 && /\/login/.test(res.headers.get("location") ?? ""))
      return { status: 401 };
    return { status: res.status };
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    postErrors.add(cause?.code ?? cause?.message ?? String(e));
    return { status: null };
  }
}
const postErrors = new Set<string>();
const acked = (s: number | null) => s !== null && s < 400;
const open = () => new Database(dbFile, { readonly: true });

let clientId: string;
const checkIns: string[] = [];

beforeAll(async () => {
  // A seeded firm, plus scheduled check-ins to record outcomes on and reminders due now.
  await new Promise<void>((resolve, reject) => {
    const p = spawn(process.execPath, [TSX, path.join(ROOT, "db/seed.ts")], {
      cwd: ROOT,
      env,
      stdio: "ignore",
    });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed exited ${code}`))));
  });
  const db = new Database(dbFile);
  clientId = db.prepare("select id from clients where a_number = 'A201456789'").pluck().get() as string;
  const insert = db.prepare(
    "insert into check_ins (id, firm_id, client_id, kind, reporting_order, office_id, starts_at, time_zone, local_date, local_time, status) select ?, firm_id, id, 'ero_office', 'i220b', 'ero-new-york', '2027-03-01T14:00:00.000Z', 'America/New_York', '2027-03-01', '09:00', 'scheduled' from clients where id = ?",
  );
  for (let i = 0; i < 400; i++) {
    const id = `rel-checkin-${i}`;
    insert.run(id, clientId);
    checkIns.push(id);
  }
  // Reminders the worker must deliver across the crashes: due now, each with a stable Message-ID.
  const outbox = db.prepare(
    "insert into notification_outbox (id, firm_id, dedupe_key, recipient_kind, to_address, language, subject, body, due_at, message_id) select ?, firm_id, ?, 'staff', 'paralegal@demo.test', 'en', 'Reliability reminder', 'x', strftime('%Y-%m-%dT%H:%M:%fZ','now'), ? from clients where id = ?",
  );
  for (let i = 0; i < 150; i++) outbox.run(`rel-mail-${i}`, `rel:${i}`, `<rel.${i}@casewatch>`, clientId);
  db.close();
}, 60_000);

afterAll(async () => {
  await kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("reliability over HTTP", () => {
  it(
    `loses no acknowledged write across ${KILLS} SIGKILLs, and delivers every reminder`,
    async () => {
      await start();
      const cookie = await signIn("paralegal@demo.test");
      const ackedClients: string[] = [];
      const ackedNotes: string[] = [];
      const ackedOutcomes: string[] = [];
      let stop = false;
      let next = 0;
      const writer = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const name = `Crash${w}x${i}`;
          if (
            acked(
              (
                await post(cookie, "/clients/new", {
                  familyName: name,
                  givenNames: "Writer",
                  nationalities: "MX",
                  preferredLanguage: "es",
                  creationKey: createToken(),
                })
              ).status,
            )
          )
            ackedClients.push(name);
          const note = `crash-note-${w}-${i}`;
          if (
            acked(
              (
                await post(cookie, `/clients/${clientId}`, {
                  intent: "add-event",
                  type: "master_hearing",
                  effectiveDate: "2026-11-02",
                  notes: note,
                  source: "other",
                })
              ).status,
            )
          )
            ackedNotes.push(note);
          const id = checkIns[next++ % checkIns.length]!;
          if (
            acked(
              (
                await post(cookie, "/check-ins", {
                  intent: "checkin-outcome",
                  checkInId: id,
                  outcome: "attended",
                })
              ).status,
            )
          )
            ackedOutcomes.push(id);
          if (server === null) await sleep(100);
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      for (let k = 0; k < KILLS; k++) {
        await sleep(300 + Math.floor(Math.random() * 900));
        await kill("SIGKILL");
        await start();
      }
      stop = true;
      await Promise.all(writers);
      // Let the reminder worker finish what the crashes interrupted (its lease is 5 minutes in real
      // life; a claimed-but-unsent row after a kill is retried after that lease, so we count it below).
      await sleep(1500);
      await kill("SIGTERM");

      const db = open();
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const names = db
        .prepare(
          "select family_name n, count(*) c from clients where family_name like 'Crash%' group by family_name",
        )
        .all() as { n: string; c: number }[];
      const byName = new Map(names.map((r) => [r.n, r.c]));
      expect(ackedClients.length).toBeGreaterThan(10);
      for (const n of ackedClients) expect([n, byName.get(n)]).toEqual([n, 1]);
      const notes = new Set(
        db
          .prepare("select notes from removal_events where notes like 'crash-note-%'")
          .pluck()
          .all() as string[],
      );
      for (const n of ackedNotes) expect(notes.has(n), n).toBe(true);
      const noteCount = db
        .prepare("select count(*) from removal_events where notes like 'crash-note-%'")
        .pluck()
        .get() as number;
      expect(noteCount).toBe(notes.size);
      const statuses = new Map(
        (
          db.prepare("select id, status from check_ins where id like 'rel-checkin-%'").all() as {
            id: string;
            status: string;
          }[]
        ).map((r) => [r.id, r.status]),
      );
      for (const id of ackedOutcomes) expect(statuses.get(id)).toBe("attended");
      // Reminders: each one sent, or still claimed by a worker that was killed (sent again after its
      // lease); delivered at most once per Message-ID except inside the documented window.
      const outbox = db
        .prepare(
          "select status, count(*) c from notification_outbox where dedupe_key like 'rel:%' group by status",
        )
        .all() as { status: string; c: number }[];
      const count = (st: string) => outbox.find((r) => r.status === st)?.c ?? 0;
      // None failed or cancelled; all are sent, or held by a killed worker's claim, or still queued.
      expect(count("sent") + count("sending") + count("pending")).toBe(150);
      expect(count("sent")).toBeGreaterThan(75);
      const delivered = db
        .prepare(
          "select message_id m, count(*) c from mail_messages where message_id like '<rel.%' group by message_id",
        )
        .all() as { m: string; c: number }[];
      const duplicates = delivered.reduce((n, r) => n + r.c - 1, 0);
      const sent = outbox.find((r) => r.status === "sent")?.c ?? 0;
      expect(delivered.length).toBeGreaterThanOrEqual(sent);
      expect(duplicates).toBeLessThanOrEqual(KILLS * 20);
      db.close();
      console.log(
        `crash test: ${KILLS} kills; acknowledged ${ackedClients.length} clients, ${ackedNotes.length} events, ${ackedOutcomes.length} outcomes, all present once; reminders ${sent} sent, ${delivered.length} delivered, ${duplicates} duplicates (same Message-ID)`,
      );
    },
    180_000 + KILLS * 10_000,
  );

  it(
    `serves ${SESSIONS} signed-in sessions reading and writing for ${LOAD_SECONDS} s with no 5xx, and a backup taken during it restores with every write acknowledged before it`,
    async () => {
      await start();
      const cookies = await Promise.all(
        Array.from({ length: SESSIONS }, () => signIn("paralegal@demo.test")),
      );
      postErrors.clear();
      const statuses: Record<number, number> = {};
      const ackedWrites: { name: string; at: number }[] = [];
      const end = Date.now() + LOAD_SECONDS * 1000;
      let requests = 0;
      const networkErrors = new Set<string>();
      const session = async (cookie: string, s: number) => {
        for (let i = 0; Date.now() < end; i++) {
          let status: number | null;
          if (i % 3 === 0) {
            const name = `Load${s}x${i}`;
            status = (
              await post(cookie, "/clients/new", {
                familyName: name,
                givenNames: "Session",
                nationalities: "GT",
                creationKey: createToken(),
              })
            ).status;
            if (acked(status)) ackedWrites.push({ name, at: Date.now() });
          } else {
            const url = ["/dashboard", "/clients", "/check-ins", `/clients/${clientId}`][(i + s) % 4]!;
            try {
              const res = await fetch(`${base}${url}`, { headers: { cookie } });
              await res.arrayBuffer();
              status = res.status;
            } catch (e) {
              status = null;
              const cause = (e as { cause?: { code?: string; message?: string } }).cause;
              networkErrors.add(cause?.code ?? cause?.message ?? String(e));
            }
          }
          requests++;
          statuses[status ?? 0] = (statuses[status ?? 0] ?? 0) + 1;
        }
      };
      const load = cookies.map(session);
      // The backup, halfway through.
      await sleep((LOAD_SECONDS * 1000) / 2);
      const backupStart = Date.now();
      const backupFile = path.join(dir, "during-load.db");
      await new Promise<void>((resolve, reject) => {
        const p = spawn(process.execPath, [TSX, path.join(ROOT, "db/backup-cli.ts"), "backup", backupFile], {
          cwd: ROOT,
          env,
          stdio: "ignore",
        });
        p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`backup exited ${code}`))));
      });
      await Promise.all(load);
      await kill("SIGTERM");
      const fiveXx = Object.entries(statuses)
        .filter(([s]) => Number(s) >= 500 || Number(s) === 0)
        .reduce((n, [, c]) => n + c, 0);
      expect(
        fiveXx,
        `statuses ${JSON.stringify(statuses)}; network errors: ${[...networkErrors, ...postErrors].join(", ")}`,
      ).toBe(0);
      const db = open();
      const present = new Set(
        db
          .prepare("select family_name from clients where family_name like 'Load%'")
          .pluck()
          .all() as string[],
      );
      expect(ackedWrites.length).toBeGreaterThan(SESSIONS / 2);
      for (const w of ackedWrites) expect(present.has(w.name), w.name).toBe(true);
      db.close();
      // Restore the backup into a fresh place (the restore refuses a running server's file) and check it.
      const restored = path.join(dir, "restored.db");
      await new Promise<void>((resolve, reject) => {
        const p = spawn(process.execPath, [TSX, path.join(ROOT, "db/backup-cli.ts"), "restore", backupFile], {
          cwd: ROOT,
          env: { ...env, DATABASE_PATH: restored },
          stdio: "ignore",
        });
        p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`restore exited ${code}`))));
      });
      const r = new Database(restored, { readonly: true });
      expect(r.pragma("integrity_check", { simple: true })).toBe("ok");
      const inBackup = new Set(
        r.prepare("select family_name from clients where family_name like 'Load%'").pluck().all() as string[],
      );
      const before = ackedWrites.filter((w) => w.at < backupStart);
      for (const w of before) expect(inBackup.has(w.name), w.name).toBe(true);
      r.close();
      console.log(
        `load test: ${SESSIONS} sessions, ${LOAD_SECONDS} s, ${requests} requests (${JSON.stringify(statuses)}), ${ackedWrites.length} writes acknowledged and present; backup during load restored with integrity ok and all ${before.length} writes acknowledged before it`,
      );
    },
    120_000 + LOAD_SECONDS * 1000,
  );
});
