// The check-ins queue runs the same number of SQL statements whatever the firm's size (issue 21): a firm
// with 20 check-ins and one with 400, spread over the four sections, cost one request the same count of
// statements, and each section still holds its exact total and its first 25 rows.
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getSqlite } from "#db/client";
import { checkIns } from "#db/schema";
import { utcToZoned } from "~/domain/zoned-time";
import { createId } from "~/utils/crypto.server";
import { makeClient, makeFirm, makeUser, sessionCookie } from "./fixtures";
import { callRoute } from "./route-call";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;
type Section = { rows: { id: string }[]; total: number };
type Queue = Record<"overdue" | "unconfirmed" | "today" | "week", Section>;
let loader: Loader;

// A zone where five hours ago was still today, so the "not yet confirmed home" rows are today there.
const now = new Date();
const ZONE =
  ["Pacific/Honolulu", "America/Los_Angeles", "America/New_York", "Pacific/Guam"].find(
    (z) => utcToZoned(new Date(now.getTime() - 5 * 3600_000), z).date === utcToZoned(now, z).date,
  ) ?? "America/New_York";

/** A firm of `n` check-ins, a quarter in each section, over n/10 clients. */
async function firmOf(n: number) {
  const firm = makeFirm(`Queue of ${n}`);
  const cookie = await sessionCookie((await makeUser(firm, "paralegal")).id);
  const people = Array.from({ length: Math.max(2, n / 10) }, (_, i) =>
    makeClient(firm, { familyName: `Client${i}`, givenNames: "Q" }),
  );
  const hours = (h: number) => new Date(now.getTime() + h * 3600_000);
  const kinds = [
    { starts: () => hours(-48), status: "scheduled" as const, safe: false }, // overdue
    { starts: () => hours(-5), status: "attended" as const, safe: false }, // not yet confirmed home
    { starts: () => hours(-5), status: "attended" as const, safe: true }, // today, confirmed
    { starts: (i: number) => hours(72 + (i % 48)), status: "scheduled" as const, safe: false }, // this week
  ];
  const rows = Array.from({ length: n }, (_, i) => {
    const k = kinds[i % 4]!;
    const at = k.starts(i);
    const local = utcToZoned(at, ZONE);
    return {
      id: createId(),
      firmId: firm,
      clientId: people[i % people.length]!,
      kind: "ero_office",
      reportingOrder: "i220b",
      officeId: "ero-new-york",
      startsAt: at.toISOString(),
      timeZone: ZONE,
      localDate: local.date,
      localTime: local.time,
      status: k.status,
      safeConfirmedAt: k.safe ? at.toISOString() : null,
    };
  });
  for (let i = 0; i < rows.length; i += 100)
    getDb()
      .insert(checkIns)
      .values(rows.slice(i, i + 100))
      .run();
  return cookie;
}

/** Runs one queue request and counts every statement executed on the app's connection meanwhile. */
async function countedRequest(cookie: string) {
  const sqlite = getSqlite();
  const stmtProto = Object.getPrototypeOf(sqlite.prepare("select 1")) as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  const dbProto = Object.getPrototypeOf(sqlite) as Record<string, (...a: unknown[]) => unknown>;
  const saved: [Record<string, (...a: unknown[]) => unknown>, string, (...a: unknown[]) => unknown][] = [];
  let statements = 0;
  const wrap = (proto: Record<string, (...a: unknown[]) => unknown>, name: string) => {
    const orig = proto[name]!;
    saved.push([proto, name, orig]);
    proto[name] = function (this: unknown, ...a: unknown[]) {
      statements++;
      return orig.apply(this, a);
    };
  };
  for (const m of ["all", "get", "run", "iterate"]) wrap(stmtProto, m);
  wrap(dbProto, "exec");
  try {
    const r = await callRoute(loader as never, "/check-ins", { cookie });
    expect(r.status).toBe(200);
    return { statements, queue: r.body as Queue };
  } finally {
    for (const [proto, name, orig] of saved) proto[name] = orig;
  }
}

beforeAll(async () => {
  loader = (
    (await import(/* @vite-ignore */ path.resolve("app/routes/_staff.check-ins.tsx"))) as { loader: Loader }
  ).loader;
});

describe("check-ins queue: statements per request", () => {
  it("runs as many statements for a firm of 400 check-ins as for one of 20", async () => {
    const small = await firmOf(20);
    const large = await firmOf(400);
    // Warm both (the first request of a session may refresh it), then count.
    await countedRequest(small);
    await countedRequest(large);
    const s = await countedRequest(small);
    const l = await countedRequest(large);
    expect(s.statements).toBeGreaterThan(0);
    expect(l.statements).toBe(s.statements);
    expect(l.statements).toBeLessThanOrEqual(25);
    // The sections are still exact: totals of the whole section, first 25 rows shown.
    for (const name of ["overdue", "unconfirmed", "today", "week"] as const) {
      expect(s.queue[name].total, name).toBe(5);
      expect(s.queue[name].rows, name).toHaveLength(5);
      expect(l.queue[name].total, name).toBe(100);
      expect(l.queue[name].rows, name).toHaveLength(25);
    }
  });
});
