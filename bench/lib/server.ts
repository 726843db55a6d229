// Starts the production server (the build in build/) on a database file, signs in, and stops it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type Running = { proc: ChildProcess; base: string; pid: number; stop: () => Promise<void> };

const ROOT = path.resolve(import.meta.dirname, "../..");

export function ensureBuild(): void {
  if (fs.existsSync(path.join(ROOT, "build/server/index.js"))) return;
  throw new Error("No build: run `npm run build` first (npm run bench does).");
}

export async function startServer(
  dbFile: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<Running> {
  // One process: tsx as a loader (its CLI would run the server as a child, and measure the wrong RSS).
  const proc = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "app/server/main.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: dbFile,
      COOKIE_SECURE: "false",
      REMINDER_WORKER: "off",
      FEED_SCHEDULER: "off",
      BACKUP_INTERVAL_HOURS: "0",
      RATE_LIMIT_IP_MAX: "100000000",
      RATE_LIMIT_ACCOUNT_MAX: "100000000",
      LOG_LEVEL: "warn",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (proc.exitCode !== null) throw new Error(`the server exited with ${proc.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    proc,
    base,
    pid: proc.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once("exit", () => resolve());
        proc.kill("SIGTERM");
      }),
  };
}

/** Signs in with the form, as a browser does; returns the Cookie header value. */
export async function signIn(base: string, email: string, password = "casewatch-demo"): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ identifier: email, password }).toString(),
  });
  const set = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.startsWith("toast"));
  if (res.status !== 302 && res.status !== 303) throw new Error(`sign-in as ${email} answered ${res.status}`);
  return set.join("; ");
}

/** Peak resident memory (VmHWM) of the server process (spawned as one process, above), in MB. */
export function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}
