import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import path from "node:path";
import { and, desc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "#db/client";
import { auditLog, clientDeadlines, clients, firms } from "#db/schema";
import { deadlineUrgency } from "~/domain/deadlines";
import { addRemovalEvent } from "~/models/case.server";
import { firmTimeZone, firmToday } from "~/models/client-derived.server";
import { createClient } from "~/models/client.server";
import { refreshStaleClients } from "~/services/daily.server";
import { makeFirm, makeUser, sessionCookie } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";

// Route modules are loaded by path: nothing imports a route module by name (lint), tests call them.
type RouteFn = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
const route = async (file: string) =>
  (await import(/* @vite-ignore */ path.resolve("app/routes", file))) as { loader: RouteFn; action: RouteFn };
const { loader: deadlinesLoader } = await route("_staff.deadlines.tsx");
const { action, loader } = await route("_staff.settings.firm.tsx");

// 15:30 UTC on 1 March 2026: 10:30 in New York, already 01:30 on 2 March in Guam.
const INSTANT = new Date("2026-03-01T15:30:00Z");

function args(
  cookie: string,
  url: string,
  body?: Record<string, string>,
): LoaderFunctionArgs & ActionFunctionArgs {
  const headers = new Headers({ cookie, "user-agent": "vitest" });
  if (body) headers.set("content-type", "application/x-www-form-urlencoded");
  const request = new Request(
    `http://localhost${url}`,
    body ? { method: "POST", headers, body: new URLSearchParams(body).toString() } : { headers },
  );
  // A new context per call: the signed-in user is cached per context.
  return {
    request,
    params: {},
    context: { cspNonce: "n", requestId: "t", clientIp: "127.0.0.7" },
  } as LoaderFunctionArgs & ActionFunctionArgs;
}

async function post(cookie: string, body: Record<string, string>) {
  try {
    const r = await action(args(cookie, "/settings/firm", body));
    if (r instanceof Response) return { status: r.status, location: r.headers.get("location"), data: null };
    const d = r as unknown as {
      init?: { status?: number };
      data: { errors: Record<string, string>; values: Record<string, string> };
    };
    return { status: d.init?.status ?? 200, location: null, data: d.data };
  } catch (e) {
    if (e instanceof Response) return { status: e.status, location: null, data: null };
    throw e;
  }
}

const form = (timeZone: string) => ({ name: "Island Immigration Law", phone: "", email: "", timeZone });

/** A firm with an admin, a lawyer and one client whose BIA appeal is due Monday 2 March 2026 (an oral IJ order of 31 January). */
async function firmWithDeadline(name: string) {
  const firmId = makeFirm(name);
  const admin = await sessionCookie((await makeUser(firmId, "admin")).id);
  const { id: lawyerId } = await makeUser(firmId, "lawyer");
  const lawyer = await sessionCookie(lawyerId);
  return {
    firmId,
    admin,
    lawyer,
    addClient() {
      const actor = { id: lawyerId, firmId, displayName: "L", ip: null };
      const created = createClient(
        actor,
        clientFormSchema.parse({ familyName: "Santos", givenNames: "Maria", nationalities: "PH" }),
      );
      if (!created.ok) throw new Error("not created");
      addRemovalEvent(actor, created.id, {
        type: "nta_filed",
        effectiveDate: "2025-06-02",
        details: {},
        court: null,
        notes: null,
        source: "other",
        verifiedOn: null,
      });
      addRemovalEvent(actor, created.id, {
        type: "ij_decision",
        effectiveDate: "2026-01-31",
        details: { outcome: "removal_ordered", decisionForm: "oral" },
        court: null,
        notes: null,
        source: "other",
        verifiedOn: null,
      });
      return created.id;
    },
  };
}

const derivedOn = (clientId: string) =>
  getDb().select({ d: clients.derivedOn }).from(clients).where(eq(clients.id, clientId)).get()!.d;
const appealDue = (clientId: string) =>
  getDb()
    .select({ due: clientDeadlines.due, state: clientDeadlines.state })
    .from(clientDeadlines)
    .where(and(eq(clientDeadlines.clientId, clientId), eq(clientDeadlines.kind, "bia_appeal")))
    .get();
const lastAudit = (firmId: string) =>
  getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.firmId, firmId), eq(auditLog.action, "firm.settings_changed")))
    .orderBy(desc(auditLog.id))
    .get();

afterEach(() => {
  vi.useRealTimers();
});

describe("today in the firm's time zone", () => {
  it("a Guam firm sees a deadline due 2 March as due today while a New York firm at the same instant sees it due tomorrow", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: INSTANT });
    const guam = await firmWithDeadline("Guam firm");
    const ny = await firmWithDeadline("New York firm");
    expect((await post(guam.admin, form("Pacific/Guam"))).status).toBe(302);
    const guamClient = guam.addClient();
    const nyClient = ny.addClient();

    expect(firmToday(guam.firmId)).toBe("2026-03-02");
    expect(firmToday(ny.firmId)).toBe("2026-03-01");
    expect(appealDue(guamClient)).toEqual({ due: "2026-03-02", state: "open" });
    expect(derivedOn(guamClient)).toBe("2026-03-02");
    expect(derivedOn(nyClient)).toBe("2026-03-01");

    const g = (await deadlinesLoader(args(guam.lawyer, "/deadlines"))) as {
      today: string;
      rows: { clientId: string; due: string; daysLeft: number }[];
    };
    const n = (await deadlinesLoader(args(ny.lawyer, "/deadlines"))) as typeof g;
    expect(g.today).toBe("2026-03-02");
    expect(g.rows.find((r) => r.clientId === guamClient)).toMatchObject({ due: "2026-03-02", daysLeft: 0 });
    expect(n.today).toBe("2026-03-01");
    expect(n.rows.find((r) => r.clientId === nyClient)).toMatchObject({ due: "2026-03-02", daysLeft: 1 });

    // The same rule the cached state uses: overdue the next day in Guam, still due in New York.
    const d = { due: "2026-03-02" } as Parameters<typeof deadlineUrgency>[0];
    expect(deadlineUrgency(d, firmToday(guam.firmId, new Date("2026-03-02T15:30:00Z")))).toBe("overdue");
    expect(deadlineUrgency(d, firmToday(ny.firmId, new Date("2026-03-02T15:30:00Z")))).toBe("due_soon");
  });

  it("the daily refresh reaches each firm's new day at its own midnight", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: INSTANT });
    const guam = await firmWithDeadline("Guam firm 2");
    const ny = await firmWithDeadline("New York firm 2");
    expect((await post(guam.admin, form("Pacific/Guam"))).status).toBe(302);
    const guamClient = guam.addClient();
    const nyClient = ny.addClient();
    // 14:30 UTC on 2 March: past midnight in Guam (00:30 on the 3rd), still the 2nd in New York.
    await refreshStaleClients({ now: new Date("2026-03-02T14:30:00Z") });
    expect(derivedOn(guamClient)).toBe("2026-03-03");
    expect(appealDue(guamClient)?.state).toBe("open"); // overdue, not yet lapsed: still open in the list
    expect(derivedOn(nyClient)).toBe("2026-03-02");
  });

  it("without a zone of its own a firm follows FIRM_TIME_ZONE, else New York", async () => {
    const firmId = makeFirm("No zone chosen");
    const saved = process.env.FIRM_TIME_ZONE;
    try {
      process.env.FIRM_TIME_ZONE = "Pacific/Honolulu";
      expect(firmTimeZone(firmId)).toBe("Pacific/Honolulu");
      expect(firmToday(firmId, new Date("2026-03-02T09:00:00Z"))).toBe("2026-03-01");
      delete process.env.FIRM_TIME_ZONE;
      expect(firmTimeZone(firmId)).toBe("America/New_York");
      // A stored zone this runtime does not know falls back instead of failing every page.
      getDb().update(firms).set({ timeZone: "Mars/Olympus_Mons" }).where(eq(firms.id, firmId)).run();
      expect(firmTimeZone(firmId)).toBe("America/New_York");
    } finally {
      if (saved === undefined) delete process.env.FIRM_TIME_ZONE;
      else process.env.FIRM_TIME_ZONE = saved;
    }
  });
});

describe("Settings → Firm: time zone", () => {
  it("saves the zone with an audit row and recomputes the firm's clients against the new date", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: INSTANT });
    const f = await firmWithDeadline("Saipan firm");
    const clientId = f.addClient();
    expect(derivedOn(clientId)).toBe("2026-03-01");
    const page = (await loader(args(f.admin, "/settings/firm"))) as {
      firm: { timeZone: string };
      zones: string[];
    };
    expect(page.firm.timeZone).toBe("America/New_York");
    expect(page.zones).toEqual(
      expect.arrayContaining([
        "Pacific/Guam",
        "Pacific/Saipan",
        "Pacific/Honolulu",
        "America/Anchorage",
        "America/Puerto_Rico",
        "America/Chicago",
        "America/Los_Angeles",
      ]),
    );

    const r = await post(f.admin, form("Pacific/Saipan"));
    expect(r).toMatchObject({ status: 302, location: "/settings/firm" });
    expect(getDb().select({ tz: firms.timeZone }).from(firms).where(eq(firms.id, f.firmId)).get()!.tz).toBe(
      "Pacific/Saipan",
    );
    // Recomputed before the answer: the client's values are as of Saipan's date.
    expect(derivedOn(clientId)).toBe("2026-03-02");
    const audit = lastAudit(f.firmId)!;
    expect(audit.ip).toBe("127.0.0.7");
    expect(audit.before).toMatchObject({ timeZone: "America/New_York" });
    expect(audit.after).toMatchObject({ timeZone: "Pacific/Saipan", name: "Island Immigration Law" });

    // Back to New York, a day behind: the cache dated Saipan's 2 March is recomputed too, not left "fresh".
    expect((await post(f.admin, form("America/New_York"))).status).toBe(302);
    expect(derivedOn(clientId)).toBe("2026-03-01");
    expect(lastAudit(f.firmId)!.before).toMatchObject({ timeZone: "Pacific/Saipan" });
  });

  it("refuses a zone outside the list, an unknown zone and none, with the message and the typed values, changing nothing", async () => {
    const f = await firmWithDeadline("Validating firm");
    const before = lastAudit(f.firmId);
    for (const [body, message] of [
      [form("Europe/London"), "Choose the firm's time zone from the list."],
      [form("Pacific/Atlantis"), "Choose the firm's time zone from the list."],
      [
        { name: "Island Immigration Law", phone: "", email: "" },
        "Choose the firm's time zone from the list.",
      ],
    ] as const) {
      const r = await post(f.admin, body);
      expect(r.status).toBe(400);
      expect(r.data?.errors.timeZone).toBe(message);
      expect(r.data?.values.name).toBe("Island Immigration Law");
    }
    const row = getDb()
      .select({ name: firms.name, tz: firms.timeZone })
      .from(firms)
      .where(eq(firms.id, f.firmId))
      .get()!;
    expect(row).toEqual({ name: "Validating firm", tz: null });
    expect(lastAudit(f.firmId)).toEqual(before);
  });

  it("keeps a zone set by the installation that is not on the list when the name is saved", async () => {
    const saved = process.env.FIRM_TIME_ZONE;
    try {
      process.env.FIRM_TIME_ZONE = "America/Boise";
      const f = await firmWithDeadline("Idaho firm");
      const page = (await loader(args(f.admin, "/settings/firm"))) as {
        firm: { timeZone: string };
        zones: string[];
      };
      expect(page.firm.timeZone).toBe("America/Boise");
      expect(page.zones[0]).toBe("America/Boise");
      expect((await post(f.admin, form("America/Boise"))).status).toBe(302);
      expect(getDb().select({ tz: firms.timeZone }).from(firms).where(eq(firms.id, f.firmId)).get()!.tz).toBe(
        "America/Boise",
      );
      // Another zone off the list is still refused.
      expect((await post(f.admin, form("America/Indiana/Knox"))).status).toBe(400);
    } finally {
      if (saved === undefined) delete process.env.FIRM_TIME_ZONE;
      else process.env.FIRM_TIME_ZONE = saved;
    }
  });

  it("is for admins only", async () => {
    const f = await firmWithDeadline("Permission firm");
    expect((await post(f.lawyer, form("Pacific/Guam"))).status).toBe(403);
    expect(
      getDb().select({ tz: firms.timeZone }).from(firms).where(eq(firms.id, f.firmId)).get()!.tz,
    ).toBeNull();
  });
});
