// The dashboard, the calendar's month and the alert inbox run the same number of SQL statements whatever
// the firm's size, and their statements read through the indexes meant for them (issue 21's follow-up,
// docs/performance.md "Run 10"): a firm of a few rows and one of many cost one request the same count,
// and no statement scans a whole table or picks an index that walks the firm's history.
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getSqlite } from "#db/client";
import { auditLog, checkIns, clientDeadlines, hearings } from "#db/schema";
import { addDays } from "~/domain/dates";
import { utcToZoned } from "~/domain/zoned-time";
import { createId } from "~/utils/crypto.server";
import { makeAlert, makeClient, makeFirm, makeUser, sessionCookie } from "./fixtures";
import { callRoute } from "./route-call";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;
type Seen = { source: string; args: unknown[] };
const loaders: Record<string, Loader> = {};
const ZONE = "America/New_York";
const now = new Date();
const today = utcToZoned(now, ZONE).date;

/**
 * A firm at a scale: `k` clients, and per client a missed check-in this month and one a year ago, a
 * check-in on each of four days of this month (one an hour ago, nobody confirmed home), a hearing, two
 * open deadlines (one overdue); `alerts` alerts, and as many alert audit entries of the reader's own.
 */
async function firmOf(k: number, alerts: number) {
  const firm = makeFirm(`Pages of ${k}`);
  getSqlite().prepare("update firms set time_zone = ? where id = ?").run(ZONE, firm);
  const cookie = await sessionCookie((await makeUser(firm, "paralegal")).id);
  const hours = (h: number) => new Date(now.getTime() + h * 3600_000);
  const rows: (typeof checkIns.$inferInsert)[] = [];
  const checkIn = (clientId: string, at: Date, status: "scheduled" | "missed" | "attended") => {
    const local = utcToZoned(at, ZONE);
    rows.push({
      id: createId(),
      firmId: firm,
      clientId,
      kind: "ero_office",
      reportingOrder: "i220b",
      officeId: "ero-new-york",
      startsAt: at.toISOString(),
      timeZone: ZONE,
      localDate: local.date,
      localTime: local.time,
      status,
    });
  };
  for (let i = 0; i < k; i++) {
    const c = makeClient(firm, { familyName: `Client${i}`, givenNames: "P" });
    checkIn(c, hours(-24 * (1 + (i % 20))), "missed");
    checkIn(c, hours(-24 * 365), "missed");
    checkIn(c, hours(-1), "attended");
    for (const d of [2, 5, 9]) checkIn(c, hours(24 * d + (i % 5)), "scheduled");
    getDb()
      .insert(hearings)
      .values({
        id: createId(),
        firmId: firm,
        clientId: c,
        hearingType: "master",
        court: "New York Immigration Court",
        date: addDays(today, 3 + (i % 10)),
        time: "09:00",
        timeZone: ZONE,
      })
      .run();
    getDb()
      .insert(clientDeadlines)
      .values([
        {
          firmId: firm,
          clientId: c,
          key: "a",
          kind: "appeal",
          label: "Appeal",
          due: addDays(today, -3),
          state: "open",
        },
        {
          firmId: firm,
          clientId: c,
          key: "b",
          kind: "motion",
          label: "Motion",
          due: addDays(today, 2),
          state: "open",
        },
      ])
      .run();
  }
  for (let i = 0; i < rows.length; i += 100)
    getDb()
      .insert(checkIns)
      .values(rows.slice(i, i + 100))
      .run();
  for (let i = 0; i < alerts; i++) makeAlert(firm);
  // The reader's own alert entries (the ones the correction summary must not read one by one).
  getDb()
    .insert(auditLog)
    .values(
      Array.from({ length: alerts * 3 }, () => ({
        firmId: firm,
        actorUserId: null,
        action: "alert.created",
        entityType: "alert",
        entityId: createId(),
        after: { kind: "removal_flight", countries: ["CN"] },
        at: now.toISOString(),
      })),
    )
    .run();
  return cookie;
}

/** Runs one request of a page's loader and records every statement executed on the app's connection. */
async function recorded(page: string, cookie: string) {
  const sqlite = getSqlite();
  const stmtProto = Object.getPrototypeOf(sqlite.prepare("select 1")) as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  const dbProto = Object.getPrototypeOf(sqlite) as Record<string, (...a: unknown[]) => unknown>;
  const saved: [Record<string, (...a: unknown[]) => unknown>, string, (...a: unknown[]) => unknown][] = [];
  const seen: Seen[] = [];
  const wrap = (proto: Record<string, (...a: unknown[]) => unknown>, name: string) => {
    const orig = proto[name]!;
    saved.push([proto, name, orig]);
    proto[name] = function (this: { source?: string }, ...a: unknown[]) {
      seen.push({ source: this.source ?? String(a[0]), args: a });
      return orig.apply(this, a);
    };
  };
  for (const m of ["all", "get", "run", "iterate"]) wrap(stmtProto, m);
  wrap(dbProto, "exec");
  try {
    const route = page.split("?")[0]!;
    const r = await callRoute(loaders[route] as never, page, { cookie });
    expect(r.status, page).toBe(200);
    return seen;
  } finally {
    for (const [proto, name, orig] of saved) proto[name] = orig;
  }
}

const PAGES = ["/dashboard", `/calendar?date=${today}`, "/alerts"];
const FILES: Record<string, string> = {
  "/dashboard": "app/routes/_staff.dashboard.tsx",
  "/calendar": "app/routes/_staff.calendar.tsx",
  "/alerts": "app/routes/_staff.alerts._index.tsx",
};

/** EXPLAIN QUERY PLAN of a recorded statement, its steps joined by " | ". */
function planOf(s: Seen): string {
  const flat = s.args.length === 1 && Array.isArray(s.args[0]) ? (s.args[0] as unknown[]) : s.args;
  return (
    getSqlite()
      .prepare(`explain query plan ${s.source}`)
      .all(...flat) as { detail: string }[]
  )
    .map((p) => p.detail)
    .join(" | ");
}

let small: string;
let large: string;
beforeAll(async () => {
  for (const [route, file] of Object.entries(FILES))
    loaders[route] = ((await import(/* @vite-ignore */ path.resolve(file))) as { loader: Loader }).loader;
  small = await firmOf(3, 1);
  large = await firmOf(60, 8);
}, 60_000);

describe("dashboard, calendar and alert inbox: statements per request", () => {
  for (const page of PAGES)
    it(`${page.split("?")[0]} runs as many statements for a firm of 60 clients as for one of 3`, async () => {
      // Warm both (the first request of a session may refresh it), then count.
      await recorded(page, small);
      await recorded(page, large);
      const s = await recorded(page, small);
      const l = await recorded(page, large);
      expect(s.length).toBeGreaterThan(0);
      // The same statements, but for the length of an "in (?, ?, …)" list of the ids read before.
      const shape = (xs: Seen[]) => xs.map((x) => x.source.replace(/\?(, \?)+/g, "?…"));
      expect(shape(l)).toEqual(shape(s));
      expect(l.length).toBeLessThanOrEqual(16);
    });
});

// Plans are checked twice: on the migrated file as it is (no statistics), and with the planner's
// statistics of the 102,000-client data set (bench/data.ts, then ANALYZE), the ones a big firm's server
// plans with. What a plan must not do: scan a table, or read check-ins, alerts or audit entries through
// an index that does not bound the read by the rows shown.
const STATS_100K: [string, string, string][] = [
  ["alerts", "alerts_article_id_unique", "1953 1"],
  ["alerts", "alerts_firm_created_idx", "1953 977 2 1"],
  ["alerts", "alerts_firm_rank_idx", "1953 977 651 2"],
  ["alerts", "sqlite_autoindex_alerts_1", "1953 1"],
  ["articles", "articles_firm_created_idx", "20000 10000 8"],
  ["articles", "articles_firm_guid_unique", "0 0 0"],
  ["articles", "articles_firm_hash_unique", "20000 10000 1"],
  ["articles", "articles_firm_not_read_idx", "0 0 0"],
  ["articles", "articles_firm_url_unique", "20000 10000 1"],
  ["articles", "sqlite_autoindex_articles_1", "20000 1"],
  ["audit_log", "audit_actor_idx", "1954 977 652 1"],
  ["audit_log", "audit_alert_review_idx", "0 0 0"],
  ["audit_log", "audit_entity_idx", "1954 977 652 1 1"],
  ["audit_log", "audit_firm_at_idx", "1954 977 1"],
  ["check_ins", "check_ins_client_idx", "1099092 22 1"],
  ["check_ins", "check_ins_firm_day_idx", "1099092 366364 195 20 11 5 1"],
  ["check_ins", "check_ins_firm_starts_idx", "1099092 366364 20"],
  ["check_ins", "check_ins_firm_status_idx", "1099092 366364 73273 11"],
  ["check_ins", "check_ins_office_day_idx", "1099092 366364 14655 17"],
  ["check_ins", "check_ins_scheduled_idx", "57968 19323 20 20 7 1"],
  ["check_ins", "check_ins_series_idx", "1099092 1099092 29"],
  ["check_ins", "check_ins_unconfirmed_idx", "141266 47089 5 3 3 2"],
  ["check_ins", "sqlite_autoindex_check_ins_1", "1099092 1"],
  ["client_deadlines", "client_deadlines_firm_due_idx", "193786 64596 16149 58"],
  ["client_deadlines", "sqlite_autoindex_client_deadlines_1", "193786 3 1"],
  ["clients", "clients_firm_anumber_unique", "102000 34000 1"],
  ["clients", "clients_firm_birth_country_idx", "0 0 0"],
  ["clients", "clients_firm_change_idx", "102000 34000 34000 1"],
  ["clients", "clients_firm_deadline_idx", "102000 34000 166 1"],
  ["clients", "clients_firm_detention_idx", "102000 34000 17000"],
  ["clients", "clients_firm_lawyer_idx", "102000 34000 2319"],
  ["clients", "clients_firm_name_idx", "102000 34000 347 104 1 1"],
  ["clients", "clients_firm_paralegal_idx", "102000 34000 1173"],
  ["clients", "clients_firm_phase_idx", "102000 34000 4858 1"],
  ["clients", "clients_firm_phone_idx", "102000 34000 1"],
  ["clients", "clients_firm_risk_idx", "102000 34000 6800 1"],
  ["clients", "clients_firm_traveldoc_idx", "102000 34000 3091"],
  ["clients", "sqlite_autoindex_clients_1", "102000 1"],
  ["offices", "offices_firm_idx", "25 25 1"],
  ["offices", "sqlite_autoindex_offices_1", "25 1"],
  ["users", "sqlite_autoindex_users_1", "135 1"],
  ["users", "users_client_unique", "135 68"],
  ["users", "users_email_unique", "135 1"],
  ["users", "users_firm_idx", "135 45 14"],
  ["users", "users_phone_unique", "135 135"],
];

/** Each page's statements that grow with the firm if read the wrong way, and the plan each must have. */
const HOT: Record<string, { name: string; sql: RegExp; plan: RegExp }[]> = {
  "/dashboard": [
    {
      name: "missed in the last 30 days",
      sql: /"check_ins"\."status" = \? and "check_ins"\."starts_at" >= \?.*order by "check_ins"\."starts_at" desc/,
      plan: /^SEARCH check_ins USING INDEX check_ins_firm_status_idx \(firm_id=\? AND status=\? AND starts_at>\?\) \| SEARCH clients/,
    },
    {
      name: "not confirmed home",
      sql: /"check_ins"\."safe_confirmed_at" is null\) order by/,
      plan: /check_ins_unconfirmed_idx \(firm_id=\? AND starts_at>\? AND starts_at<\?\)/,
    },
    {
      name: "overdue deadlines",
      sql: /"client_deadlines"\."due" < \?\) order by/,
      plan: /^SEARCH client_deadlines USING INDEX client_deadlines_firm_due_idx \(firm_id=\? AND state=\? AND due<\?\)/,
    },
  ],
  "/calendar": [
    {
      name: "four a day",
      sql: /^select id from \(select "check_ins"\."id" as id/,
      plan: /check_ins_firm_day_idx \(firm_id=\? AND local_date=\?\)/,
    },
    {
      name: "+N more",
      sql: /^select \? as day, count\(\*\) as n from \(select 1 from "check_ins"/,
      // One bounded read per day (at most DAY_TOTAL_CAP + 1 index entries), never the six weeks' range.
      plan: /^(?!.*local_date>).*SEARCH check_ins USING COVERING INDEX check_ins_firm_day_idx \(firm_id=\? AND local_date=\?\)/,
    },
  ],
  "/alerts": [
    {
      name: "newest first",
      sql: /where "alerts"\."firm_id" = \? order by "alerts"\."created_at" desc/,
      plan: /^SEARCH alerts USING INDEX alerts_firm_created_idx \(firm_id=\?\)/,
    },
    {
      name: "reader corrections",
      sql: /from "audit_log"/,
      plan: /^SEARCH audit_log USING INDEX audit_alert_review_idx \(firm_id=\? AND at>\?\)$/,
    },
  ],
};

function assertPlans(page: string, seen: Seen[]) {
  const found = new Set<string>();
  for (const s of seen) {
    if (!/^\s*(select|with)/i.test(s.source)) continue;
    const plan = planOf(s);
    const where = `${plan}\n  for: ${s.source.slice(0, 300)}`;
    expect(plan, where).not.toMatch(
      /\bSCAN (check_ins|clients|alerts|articles|audit_log|client_deadlines|hearings)\b(?! USING)/,
    );
    for (const h of HOT[page] ?? [])
      if (h.sql.test(s.source)) {
        found.add(h.name);
        expect(plan, `${h.name}: ${where}`).toMatch(h.plan);
        expect(plan, `${h.name}: ${where}`).not.toMatch(/TEMP B-TREE/);
      }
  }
  expect([...found].sort(), page).toEqual((HOT[page] ?? []).map((h) => h.name).sort());
}

describe("dashboard, calendar and alert inbox: query plans", () => {
  for (const page of PAGES)
    it(`${page.split("?")[0]} reads through bounded index ranges, with and without statistics`, async () => {
      const route = page.split("?")[0]!;
      assertPlans(route, await recorded(page, large));
      const sqlite = getSqlite();
      sqlite.exec("analyze");
      sqlite.exec("delete from sqlite_stat1; delete from sqlite_stat4");
      const put = sqlite.prepare("insert into sqlite_stat1 (tbl, idx, stat) values (?, ?, ?)");
      for (const r of STATS_100K) put.run(...r);
      sqlite.exec("analyze sqlite_schema"); // reloads the statistics into the planner
      try {
        assertPlans(route, await recorded(page, large));
      } finally {
        sqlite.exec("delete from sqlite_stat1; delete from sqlite_stat4; analyze sqlite_schema");
      }
    });
});

describe("dashboard: missed check-ins of the last 30 days", () => {
  it("keeps one on the first of the 30 local days in a zone 14 hours ahead of UTC, not the day before", async () => {
    const { recentlyMissedCheckIns } = await import("~/models/dashboard.server");
    const firm = makeFirm("Missed at the edge");
    const c = makeClient(firm, { familyName: "Edge", givenNames: "K" });
    const first = addDays(today, -30);
    const at = (date: string, time: string, startsAt: string) => ({
      id: createId(),
      firmId: firm,
      clientId: c,
      kind: "ero_office" as const,
      reportingOrder: "i220b" as const,
      officeId: null,
      startsAt,
      timeZone: "Pacific/Kiritimati",
      localDate: date,
      localTime: time,
      status: "missed" as const,
    });
    // 00:30 on the first day there is 10:30 UTC the day before; 23:30 the day before is 09:30 UTC.
    const inside = at(first, "00:30", `${addDays(first, -1)}T10:30:00.000Z`);
    const outside = at(addDays(first, -1), "23:30", `${addDays(first, -1)}T09:30:00.000Z`);
    getDb().insert(checkIns).values([inside, outside]).run();
    expect(recentlyMissedCheckIns(firm, today).map((r) => r.id)).toEqual([inside.id]);
  });
});
