import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import ical from "node-ical";
import { getDb, getSqlite, MIGRATIONS_DIR, runMigrations } from "#db/client";
import { checkIns } from "#db/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { addHearing } from "./case.server";
import {
  activeFeed,
  checkInDayTotals,
  DAY_TOTAL_CAP,
  feedCalendar,
  feedOwner,
  regenerateFeed,
  revokeFeed,
} from "./calendar.server";
import { editCheckIn, getCheckIn, recordOutcome, scheduleCheckIns } from "./checkin.server";
import { createClient } from "./client.server";
import type { Actor } from "./actor";
import { makeClient, makeFirm, makeUser } from "~/test/fixtures";
import { createId } from "~/utils/crypto.server";
import { clientFormSchema } from "~/utils/client-schema";

let paralegal: Actor & { displayName: string };
let ids: string[] = [];
let hearingId: string;

beforeAll(async () => {
  const firm = makeFirm("Feed firm");
  const u = await makeUser(firm, "paralegal", { displayName: "Pat Paralegal" });
  paralegal = { id: u.id, firmId: firm, displayName: "Pat Paralegal", ip: null };
  const r = createClient(
    paralegal,
    clientFormSchema.parse({
      familyName: "Chen",
      givenNames: "Wei",
      aNumber: "A201456789",
      paralegalId: u.id,
    }),
  );
  if (!r.ok) throw new Error("x");
  const other = createClient(
    paralegal,
    clientFormSchema.parse({ familyName: "Other", givenNames: "Person" }),
  );
  if (!other.ok) throw new Error("x");
  const base = {
    kind: "ero_office" as const,
    reportingOrder: "i220b",
    officeId: "ero-new-york",
    timeZone: "America/New_York",
    bring: null,
    lawyerAccompanies: false,
    notes: null,
  };
  ids = scheduleCheckIns(paralegal, r.id, {
    ...base,
    date: "2027-03-01",
    time: "09:00",
    recurrence: { every: 2, unit: "weeks", count: 2 },
  });
  // Someone else's client: not in Pat's feed.
  scheduleCheckIns(paralegal, other.id, { ...base, date: "2027-03-01", time: "10:00", recurrence: null });
  hearingId = addHearing(paralegal, r.id, {
    hearingType: "master",
    court: "New York Broadway Immigration Court",
    judge: null,
    date: "2027-03-10",
    time: "08:30",
    timeZone: "America/New_York",
    mode: "in_person",
    notes: null,
  });
});

function parse(text: string) {
  return Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
}

describe("iCalendar feed", () => {
  const now = new Date("2027-02-01T12:00:00Z");

  it("parses with an independent parser: times across DST, stable UIDs, initials only, no A-number", () => {
    const text = feedCalendar(
      { userId: paralegal.id, firmId: paralegal.firmId, displayName: paralegal.displayName },
      now,
    );
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).not.toContain("A201456789");
    expect(text).not.toContain("201-456-789");
    expect(text).not.toContain("Chen");
    const events = parse(text);
    expect(events.map((e) => e.uid).sort()).toEqual(
      [
        `check-in-${ids[0]}@casewatch`,
        `check-in-${ids[1]}@casewatch`,
        `hearing-${hearingId}@casewatch`,
      ].sort(),
    );
    const first = events.find((e) => e.uid === `check-in-${ids[0]}@casewatch`)!;
    const second = events.find((e) => e.uid === `check-in-${ids[1]}@casewatch`)!;
    // 1 March 2027 09:00 EST = 14:00 UTC; 15 March is after the change to EDT: 13:00 UTC.
    expect(new Date(first.start).toISOString()).toBe("2027-03-01T14:00:00.000Z");
    expect(new Date(second.start).toISOString()).toBe("2027-03-15T13:00:00.000Z");
    expect(first.summary).toBe("Check-in: W. C.");
    const hearing = events.find((e) => e.uid === `hearing-${hearingId}@casewatch`)!;
    expect(new Date(hearing.start).toISOString()).toBe("2027-03-10T13:30:00.000Z");
  });

  it("a moved check-in keeps its UID with a higher SEQUENCE; a rescheduled one is cancelled and its new date appears", () => {
    const c = getCheckIn(paralegal.firmId, ids[0]!)!;
    editCheckIn(
      paralegal,
      c.id,
      c.version,
      {
        date: "2027-03-02",
        time: "11:00",
        officeId: "ero-new-york",
        timeZone: "America/New_York",
        bring: null,
        lawyerAccompanies: false,
        notes: null,
      },
      "one",
    );
    const r = recordOutcome(paralegal, ids[1]!, {
      outcome: "rescheduled",
      notes: null,
      nextDate: "2027-03-22",
      nextTime: null,
      rescheduledBy: "ice",
    });
    const events = parse(
      feedCalendar(
        { userId: paralegal.id, firmId: paralegal.firmId, displayName: paralegal.displayName },
        now,
      ),
    );
    const moved = events.find((e) => e.uid === `check-in-${ids[0]}@casewatch`)!;
    expect(new Date(moved.start).toISOString()).toBe("2027-03-02T16:00:00.000Z");
    expect(Number(moved.sequence)).toBeGreaterThan(c.version);
    const old = events.find((e) => e.uid === `check-in-${ids[1]}@casewatch`)!;
    expect(old.status).toBe("CANCELLED");
    if (!r.ok) throw new Error("x");
    expect(
      new Date(events.find((e) => e.uid === `check-in-${r.nextId}@casewatch`)!.start).toISOString(),
    ).toBe("2027-03-22T13:00:00.000Z");
  });

  it("is reached only by its current token", () => {
    const t1 = regenerateFeed(paralegal);
    expect(feedOwner(t1)?.userId).toBe(paralegal.id);
    const t2 = regenerateFeed(paralegal);
    expect(feedOwner(t1)).toBeUndefined();
    expect(feedOwner(t2)?.userId).toBe(paralegal.id);
    expect(activeFeed(paralegal.id)).toBeDefined();
    revokeFeed(paralegal);
    expect(feedOwner(t2)).toBeUndefined();
    expect(feedOwner("not-a-token")).toBeUndefined();
  });

  it("stores only the token's SHA-256 and tells the page nothing secret", () => {
    const token = regenerateFeed(paralegal);
    const rows = getSqlite()
      .prepare("select * from calendar_feeds where user_id = ?")
      .all(paralegal.id) as Record<string, unknown>[];
    // No column of any feed row holds the token (the whole row is searched, whatever its columns are called).
    for (const row of rows) expect(JSON.stringify(row)).not.toContain(token);
    expect(rows.some((r) => r.token_hash === createHash("sha256").update(token).digest("hex"))).toBe(true);
    const shown = activeFeed(paralegal.id)!;
    expect(JSON.stringify(shown)).not.toContain(token);
    expect(Object.keys(shown).sort()).toEqual(["createdAt", "id", "lastUsedAt"]);
  });

  it("records when the feed was last read, at most every ten minutes", () => {
    const token = regenerateFeed(paralegal);
    expect(activeFeed(paralegal.id)?.lastUsedAt).toBeNull();
    feedOwner(token, new Date("2027-02-01T12:00:00Z"));
    expect(activeFeed(paralegal.id)?.lastUsedAt).toBe("2027-02-01T12:00:00.000Z");
    feedOwner(token, new Date("2027-02-01T12:05:00Z"));
    expect(activeFeed(paralegal.id)?.lastUsedAt).toBe("2027-02-01T12:00:00.000Z");
    feedOwner(token, new Date("2027-02-01T12:11:00Z"));
    expect(activeFeed(paralegal.id)?.lastUsedAt).toBe("2027-02-01T12:11:00.000Z");
  });
});

describe("migrating stored feed tokens", () => {
  it("hashes the tokens of an older database, so existing links keep working", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-feed-migration-"));
    const file = path.join(dir, "old.db");
    try {
      // A database at the schema before feed tokens were hashed (the first 11 migrations), with a plain token.
      const old = new Database(file);
      const journal = JSON.parse(
        fs.readFileSync(path.join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8"),
      ) as { entries: { tag: string; when: number }[] };
      const before = journal.entries.findIndex((e) => e.tag.endsWith("_calendar_feed_token_hash"));
      expect(before).toBeGreaterThan(0);
      old.exec(
        "create table __drizzle_migrations (id integer primary key autoincrement, hash text not null, created_at numeric)",
      );
      for (const e of journal.entries.slice(0, before)) {
        const sqlText = fs.readFileSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`), "utf8");
        for (const stmt of sqlText.split("--> statement-breakpoint")) if (stmt.trim()) old.exec(stmt);
        const hash = createHash("sha256").update(sqlText).digest("hex");
        old.prepare("insert into __drizzle_migrations (hash, created_at) values (?, ?)").run(hash, e.when);
      }
      const firmId = "oldfirm";
      old.prepare("insert into firms (id, name, slug) values (?, ?, ?)").run(firmId, "Old firm", "old-firm");
      old
        .prepare("insert into users (id, firm_id, email, display_name, role) values (?, ?, ?, ?, ?)")
        .run("olduser", firmId, "old@example.test", "Old User", "paralegal");
      const token = "abcdefghijklmnopqrstuvwxyz234567";
      old
        .prepare("insert into calendar_feeds (id, user_id, token) values (?, ?, ?)")
        .run("oldfeed", "olduser", token);
      old.close();
      runMigrations(file);
      const db = new Database(file, { readonly: true });
      const row = db.prepare("select * from calendar_feeds where id = 'oldfeed'").get() as Record<
        string,
        unknown
      >;
      db.close();
      expect(row.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
      expect(JSON.stringify(row)).not.toContain(token);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the month view's day counts", () => {
  it("counts each day exactly up to the cap, reports a busier day as over it, and counts only the firm's", () => {
    const firm = makeFirm("Busy day firm");
    const elsewhere = makeFirm("Another firm");
    const mine = makeClient(firm, { familyName: "Busy", givenNames: "B" });
    const theirs = makeClient(elsewhere, { familyName: "Theirs", givenNames: "T" });
    const rows: (typeof checkIns.$inferInsert)[] = [];
    const add = (firmId: string, clientId: string, day: string, n: number, status = "scheduled") => {
      for (let i = 0; i < n; i++)
        rows.push({
          id: createId(),
          firmId,
          clientId,
          kind: "ero_office",
          reportingOrder: "i220b",
          officeId: "ero-new-york",
          startsAt: `${day}T${String(13 + (i % 8)).padStart(2, "0")}:00:00.000Z`,
          timeZone: "America/New_York",
          localDate: day,
          localTime: `${String(9 + (i % 8)).padStart(2, "0")}:00`,
          status: status as "scheduled",
        });
    };
    add(firm, mine, "2027-05-04", DAY_TOTAL_CAP + 10);
    add(firm, mine, "2027-05-05", DAY_TOTAL_CAP);
    add(firm, mine, "2027-05-06", 3);
    add(firm, mine, "2027-05-06", 2, "cancelled"); // not shown, not counted
    add(elsewhere, theirs, "2027-05-06", 40);
    getDb().insert(checkIns).values(rows).run();
    const totals = checkInDayTotals(firm, "2027-04-26", "2027-06-07");
    expect(totals).toEqual({
      "2027-05-04": DAY_TOTAL_CAP + 1,
      "2027-05-05": DAY_TOTAL_CAP,
      "2027-05-06": 3,
    });
    expect(checkInDayTotals(elsewhere, "2027-04-26", "2027-06-07")).toEqual({ "2027-05-06": 40 });
    expect(checkInDayTotals(firm, "2027-05-06", "2027-05-06")).toEqual({});
  });
});
