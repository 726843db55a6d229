// Request bodies are capped before they are read (app/server/body-limit.ts): against the production
// server over loopback, oversized bodies, with a declared length, streamed without one, or with a length
// that lies, are answered 413 (or, for a lying length, refused as the malformed request it is) and the
// server's memory stays flat. Needs the server build (`npm run build`).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_BODY_LIMIT } from "~/server/body-limit";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const PORT = Number(process.env.BODY_LIMIT_PORT ?? 3241);
const base = `http://127.0.0.1:${PORT}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-body-limit-"));
const dbFile = path.join(dir, "limits.db");
const logFile = path.join(dir, "server.log");
const MB = 1024 * 1024;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  PORT: String(PORT),
  HOST: "127.0.0.1",
  DATABASE_PATH: dbFile,
  COOKIE_SECURE: "false",
  CASEWATCH_DEMO: "1",
  REMINDER_WORKER: "off",
  FEED_SCHEDULER: "off",
  BACKUP_INTERVAL_HOURS: "0",
  DAILY_REFRESH: "off",
  RATE_LIMIT_IP_MAX: "1000000",
  RATE_LIMIT_ACCOUNT_MAX: "1000000",
  LOG_LEVEL: "info",
  SETUP_TOKEN: "unused-setup-code",
};

let server: ChildProcess;
let actionPaths: string[] = [];
let adminCookie = "";
let seq = 0;

type Answer = {
  id: string;
  status: number | null;
  head: string;
  error: string | null;
  ms: number;
  sent: number;
};
type Mode =
  | { kind: "declared"; declared: number; send: number }
  | { kind: "chunked"; send: number }
  | { kind: "lying"; declared: number; send: number };

/**
 * A POST written by hand on a raw socket, so the body can be anything (no length, a false length). It
 * stops sending once an answer arrives or the server closes the connection.
 */
function post(urlPath: string, mode: Mode, extra: Record<string, string> = {}): Promise<Answer> {
  const id = `bl-${process.pid}-${seq++}`;
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = net.connect(PORT, "127.0.0.1");
    let received = "";
    let sent = 0;
    let finished = false;
    let error: string | null = null;
    const headers: Record<string, string> = {
      host: `127.0.0.1:${PORT}`,
      origin: base,
      "content-type": "application/x-www-form-urlencoded",
      "x-request-id": id,
      ...extra,
    };
    if (mode.kind === "chunked") headers["transfer-encoding"] = "chunked";
    else headers["content-length"] = String(mode.declared);
    const chunk = Buffer.alloc(256 * 1024, "a");
    const done = () => {
      if (finished) return;
      finished = true;
      socket.destroy();
      const m = /^HTTP\/1\.1 (\d{3})/.exec(received);
      resolve({
        id,
        status: m ? Number(m[1]) : null,
        head: received.slice(0, 4000),
        error,
        ms: Date.now() - started,
        sent,
      });
    };
    socket.setTimeout(60_000, () => {
      error = "timeout";
      done();
    });
    socket.on("data", (d: Buffer) => {
      received += d.toString("latin1");
      // The whole answer is in once its body has arrived; a 413 is small.
      if (/\r\n\r\n/.test(received) && received.length > 200) setTimeout(done, 50);
    });
    socket.on("error", (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.on("close", done);
    socket.on("connect", () => {
      socket.write(
        `POST ${urlPath} HTTP/1.1\r\n${Object.entries(headers)
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join("")}\r\n`,
      );
      const pump = () => {
        while (!finished && !socket.destroyed && received.length === 0 && sent < mode.send) {
          const n = Math.min(chunk.length, mode.send - sent);
          sent += n;
          const piece = n === chunk.length ? chunk : chunk.subarray(0, n);
          const ok =
            mode.kind === "chunked"
              ? socket.write(
                  Buffer.concat([Buffer.from(`${n.toString(16)}\r\n`), piece, Buffer.from("\r\n")]),
                )
              : socket.write(piece);
          if (!ok) return void socket.once("drain", pump);
        }
        if (!finished && !socket.destroyed && received.length === 0 && mode.kind === "chunked")
          socket.write("0\r\n\r\n");
      };
      pump();
    });
  });
}

function rssMb(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/** The status the server logged for each request id (the log line is written when the answer is). */
function loggedStatuses(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of fs.readFileSync(logFile, "utf8").split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const e = JSON.parse(line) as { reqId?: string; status?: number };
      if (e.reqId && typeof e.status === "number") out.set(e.reqId, e.status);
    } catch {
      /* not a log line */
    }
  }
  return out;
}

/** 413 seen by the client, or, when the connection closed under the client's writes, 413 in the server's log. */
async function expect413(answers: Answer[]) {
  await new Promise((r) => setTimeout(r, 300));
  const logged = loggedStatuses();
  const wrong = answers
    .filter((a) => (a.status ?? logged.get(a.id)) !== 413)
    .map((a) => `${a.id}: client saw ${a.status ?? a.error}, log says ${logged.get(a.id)}`);
  expect(wrong).toEqual([]);
}

beforeAll(async () => {
  const buildPath = path.join(ROOT, "build/server/index.js");
  if (!fs.existsSync(buildPath))
    throw new Error("Run `npm run build` first: this test reads the server build's routes.");
  const build = (await import(/* @vite-ignore */ buildPath)) as ServerBuild;
  const urlOf = (routeId: string) => {
    const parts: string[] = [];
    for (
      let r: ServerBuild["routes"][string] | undefined = build.routes[routeId];
      r;
      r = r.parentId ? build.routes[r.parentId] : undefined
    )
      if (r.path) parts.unshift(r.path);
    return "/" + parts.join("/").replace(/:(\w+)/g, "x") + (build.routes[routeId]!.index ? "?index" : "");
  };
  actionPaths = Object.keys(build.routes)
    .filter((id) => typeof build.routes[id]!.module.action === "function")
    .map(urlOf)
    .sort();
  await new Promise<void>((resolve, reject) => {
    const p = spawn(process.execPath, [TSX, path.join(ROOT, "db/seed.ts")], {
      cwd: ROOT,
      env,
      stdio: "ignore",
    });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed exited ${code}`))));
  });
  const out = fs.openSync(logFile, "a");
  // One process (tsx as a loader), so /proc/<pid> is the server's own memory.
  server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "app/server/main.ts")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", out, out],
  });
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const res = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ identifier: "admin@demo.test", password: "casewatch-demo" }).toString(),
  });
  adminCookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  expect(res.status).toBeLessThan(400);
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => {
    if (!server || server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("request body limits, over loopback", () => {
  it("finds the action routes in the build", () => {
    expect(actionPaths.length).toBeGreaterThan(20);
    expect(actionPaths).toContain("/login");
    expect(actionPaths).toContain("/clients/import");
  });

  it("answers 413 to every action route for a declared length over its limit, without reading the body", async () => {
    const answers: Answer[] = [];
    for (const p of actionPaths) {
      answers.push(await post(p, { kind: "declared", declared: 300 * MB, send: 2 * MB }));
      answers.push(
        await post(p, { kind: "declared", declared: 300 * MB, send: 2 * MB }, { cookie: adminCookie }),
      );
    }
    await expect413(answers);
    const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
    console.log(
      `declared-length 413s: ${answers.length}, median ${ms[Math.floor(ms.length / 2)]} ms, slowest ${ms.at(-1)} ms`,
    );
  }, 120_000);

  it("answers 413 to every action route for a streamed body with no length, as soon as it passes the limit", async () => {
    const answers: Answer[] = [];
    for (const p of actionPaths) answers.push(await post(p, { kind: "chunked", send: 30 * MB }));
    await expect413(answers);
    // The server stopped taking the body soon after the limit: the client never got to send it all.
    for (const a of answers) expect(a.sent).toBeLessThan(30 * MB);
  }, 120_000);

  it("keeps its memory flat under 20 streamed bodies of 50 MB, 4 at a time, every one answered 413", async () => {
    const targets = [
      "/login",
      "/setup",
      "/forgot-password",
      "/clients/import",
      "/alerts/new",
      "/clients/new",
    ];
    const before = rssMb(server.pid!);
    const answers: Answer[] = [];
    for (let round = 0; round < 5; round++) {
      answers.push(
        ...(await Promise.all(
          [0, 1, 2, 3].map((i) =>
            post(
              targets[(round * 4 + i) % targets.length]!,
              { kind: "chunked", send: 50 * MB },
              i % 2 ? { cookie: adminCookie } : {},
            ),
          ),
        )),
      );
    }
    const after = rssMb(server.pid!);
    await expect413(answers);
    console.log(
      `RSS before ${before.rss.toFixed(0)} MB, after ${after.rss.toFixed(0)} MB (peak ${before.peak.toFixed(0)} → ${after.peak.toFixed(0)} MB); ${answers.length} answers, slowest ${Math.max(...answers.map((a) => a.ms))} ms`,
    );
    // A generous bound: the signed-in requests to the two upload routes may each hold up to 21-23 MB.
    expect(after.rss - before.rss).toBeLessThan(100);
  }, 180_000);

  it("a length that lies (1 kB declared, 50 MB sent) is read as 1 kB; the rest is refused as a broken request, never a 5xx", async () => {
    const before = rssMb(server.pid!);
    const answers: Answer[] = [];
    for (const p of ["/login", "/clients/new", "/setup", "/clients/import"])
      for (let i = 0; i < 5; i++)
        answers.push(await post(p, { kind: "lying", declared: 1024, send: 50 * MB }));
    const after = rssMb(server.pid!);
    for (const a of answers) if (a.status !== null) expect(a.status).toBeLessThan(500);
    console.log(
      `lying length: answers ${[...new Set(answers.map((a) => a.status ?? a.error))].join(", ")}; RSS ${before.rss.toFixed(0)} → ${after.rss.toFixed(0)} MB`,
    );
    expect(after.rss - before.rss).toBeLessThan(100);
  }, 180_000);

  it("gives the upload routes their own limit, to signed-in staff only", async () => {
    const body = (n: number) => ({ kind: "declared" as const, declared: n, send: n });
    // 5 MB to the CSV import: over the default, within the import's limit for staff.
    const staff = await post("/clients/import", body(5 * MB), { cookie: adminCookie });
    expect(staff.status).not.toBe(413);
    const anonymous = await post("/clients/import", body(5 * MB));
    expect(anonymous.status).toBe(413);
    // Over the import's own limit (20 MB file + 1 MB), staff get 413 too.
    const tooBig = await post(
      "/clients/import",
      { kind: "declared", declared: 22 * MB, send: MB },
      { cookie: adminCookie },
    );
    expect(tooBig.status).toBe(413);
    // Just under the default limit is read and judged by the route as usual.
    const small = await post("/login", body(DEFAULT_BODY_LIMIT - 10));
    expect(small.status).not.toBe(413);
    expect(small.status).toBeLessThan(500);
  }, 60_000);

  it("gives /me/documents the document limit for a signed-in client, and the default to anyone else", async () => {
    const res = await fetch(`${base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
      body: new URLSearchParams({ identifier: "client@demo.test", password: "casewatch-demo" }).toString(),
    });
    expect(res.status).toBeLessThan(400);
    const clientCookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const body = (n: number) => ({ kind: "declared" as const, declared: n, send: n });
    // A 5 MB phone photo: over the default, within the paper limit (15 MB + 1 MB) for the client.
    expect((await post("/me/documents", body(5 * MB), { cookie: clientCookie })).status).not.toBe(413);
    expect((await post("/me/documents", body(5 * MB))).status).toBe(413);
    // The client's larger limit is for that route only.
    expect((await post("/me", body(5 * MB), { cookie: clientCookie })).status).toBe(413);
    const over = await post(
      "/me/documents",
      { kind: "declared", declared: 17 * MB, send: MB },
      { cookie: clientCookie },
    );
    expect(over.status).toBe(413);
  }, 60_000);

  it("says so in words: a page for a browser, text for anything else, and no stack trace", async () => {
    const page = await post(
      "/login",
      { kind: "declared", declared: 300 * MB, send: 0 },
      { accept: "text/html,application/xhtml+xml" },
    );
    expect(page.status).toBe(413);
    expect(page.head).toMatch(/content-type: text\/html/i);
    expect(page.head).toContain("Too large to send");
    expect(page.head).toContain("at most 1 MB");
    const text = await post(
      "/login.data",
      { kind: "declared", declared: 300 * MB, send: 0 },
      { accept: "*/*" },
    );
    expect(text.status).toBe(413);
    expect(text.head).toMatch(/content-type: text\/plain/i);
    expect(text.head).toContain("nothing was saved");
    for (const a of [page, text]) expect(a.head).not.toMatch(/\bat .+:\d+:\d+\)|node_modules|Error:/);
  }, 30_000);
});
