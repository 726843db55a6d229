import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { alertMatches, auditLog, notificationOutbox, timelineNotes } from "#db/schema";
import { makeFirm, makeUser } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";
import { addRemovalEvent, addTravelDocument } from "./case.server";
import {
  addTimelineNote,
  correctAlert,
  getAlert,
  ingestArticle,
  listAlerts,
  listMatches,
  markAlertRead,
  reviewMatch,
} from "./alerts.server";
import { createClient } from "./client.server";
import type { Actor } from "./actor";

let actor: Actor;
let otherFirm: string;
const ids: Record<string, string> = {};
let lawyerId: string;

const CHINA = {
  title: "ICE charter flight returns Chinese nationals to China",
  body: "U.S. Immigration and Customs Enforcement removed 116 Chinese nationals on a charter flight that departed from Texas and landed in Shenyang on Sunday, the Department of Homeland Security said.",
  publishedOn: "2024-06-25",
};
const ev = (type: string, effectiveDate: string, details: Record<string, unknown> = {}) => ({
  type: type as "nta_filed",
  effectiveDate,
  details,
  court: null,
  notes: null,
  source: "other" as const,
  verifiedOn: null,
});

function client(name: string, over: Record<string, string> = {}) {
  const r = createClient(
    actor,
    clientFormSchema.parse({ familyName: name, givenNames: "Test", nationalities: "CN", lawyerId, ...over }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r));
  ids[name] = r.id;
  return r.id;
}

beforeAll(async () => {
  const firm = makeFirm();
  lawyerId = (await makeUser(firm, "lawyer")).id;
  actor = { id: lawyerId, firmId: firm, ip: null };
  // Final order, no stay, valid passport: critical.
  addRemovalEvent(actor, client("Final"), ev("in_absentia_order", "2024-03-02"));
  addTravelDocument(
    actor,
    ids.Final!,
    {
      kind: "passport",
      issuingCountry: "CN",
      number: null,
      issueDate: "2020-01-01",
      expiryDate: "2030-01-01",
      holder: "client",
      state: "valid",
      notes: null,
    },
    "2024-03-10",
  );
  // Final order with a stay: elevated.
  addRemovalEvent(actor, client("Stayed"), ev("in_absentia_order", "2023-01-02"));
  addRemovalEvent(
    actor,
    ids.Stayed!,
    ev("stay_granted", "2024-01-05", { stayKind: "ice_i246", endDate: "2099-01-01" }),
  );
  // In proceedings: low.
  addRemovalEvent(actor, client("Proceedings"), ev("nta_filed", "2024-01-05"));
  // Withholding granted: stays in, with the reason.
  addRemovalEvent(
    actor,
    client("Withholding"),
    ev("protection_granted", "2022-05-01", { protectionKind: "withholding", protectedCountry: "CN" }),
  );
  // Asylum granted: left out.
  addRemovalEvent(actor, client("Asylee"), ev("relief_granted", "2022-05-01", { reliefKind: "asylum" }));
  // No nationality recorded, born in China: matched by birth.
  addRemovalEvent(
    actor,
    client("Born", { nationalities: "", countryOfBirth: "CN" }),
    ev("in_absentia_order", "2024-02-01"),
  );
  // Another country: not matched.
  addRemovalEvent(actor, client("Mexican", { nationalities: "MX" }), ev("in_absentia_order", "2024-02-01"));
  otherFirm = makeFirm();
  const otherActor = { ...actor, firmId: otherFirm, id: (await makeUser(otherFirm, "lawyer")).id };
  const r = createClient(
    otherActor,
    clientFormSchema.parse({ familyName: "Elsewhere", givenNames: "X", nationalities: "CN" }),
  );
  if (r.ok) addRemovalEvent(otherActor, r.id, ev("in_absentia_order", "2024-02-01"));
});

describe("ingesting an article", () => {
  let alertId: string;
  it("creates one alert with the clients it puts at risk, tiers and reasons", () => {
    const res = ingestArticle({ id: actor.id, firmId: actor.firmId }, { source: "pasted", ...CHINA });
    expect(res).toMatchObject({
      duplicate: false,
      relevant: true,
      kind: "flight",
      countries: ["CN"],
      eventDate: "2024-06-23",
      peopleCount: 116,
      departure: ["Texas"],
      arrival: ["Shenyang"],
    });
    alertId = res.alertId!;
    const byName = Object.fromEntries(res.matches.map((m) => [m.name.split(" ")[1], m]));
    expect(Object.keys(byName).sort()).toEqual(["Born", "Final", "Proceedings", "Stayed", "Withholding"]);
    expect(byName.Final!.tier).toBe("critical");
    expect(byName.Final!.reasons[0]).toBe("Chinese national.");
    expect(byName.Final!.reasons.join(" ")).toMatch(/Final order since 2024-03-02, no stay/);
    expect(byName.Final!.reasons.join(" ")).toMatch(/Passport: valid until 2030-01-01/);
    expect(byName.Stayed!.tier).toBe("elevated");
    expect(byName.Proceedings!.tier).toBe("low");
    expect(byName.Withholding!.tier).toBe("elevated");
    expect(byName.Withholding!.reasons.join(" ")).toMatch(
      /Withholding of removal bars removal to China.*third country/,
    );
    expect(byName.Born!.reasons[0]).toBe("Born in China (no nationality recorded).");
    expect(res.matches[0]!.tier).toBe("critical");
  });

  it("answers a second ingestion of the same article as a duplicate, by text, URL or GUID", () => {
    const again = ingestArticle({ id: actor.id, firmId: actor.firmId }, { source: "cli", ...CHINA });
    expect(again).toMatchObject({ duplicate: true, alertId, countries: ["CN"], peopleCount: 116 });
    const u1 = ingestArticle(
      { id: null, firmId: actor.firmId },
      {
        source: "feed",
        guid: "g-1",
        url: "https://news.example/a?utm_source=x",
        title: "Something else",
        body: "Different text about a deportation flight to Haiti carrying 40 Haitians.",
        publishedOn: "2024-06-01",
      },
    );
    expect(u1.duplicate).toBe(false);
    expect(
      ingestArticle(
        { id: null, firmId: actor.firmId },
        {
          source: "feed",
          guid: "g-2",
          url: "https://NEWS.example/a#x",
          title: "T",
          body: "other",
          publishedOn: "2024-06-01",
        },
      ).duplicate,
    ).toBe(true);
    expect(
      ingestArticle(
        { id: null, firmId: actor.firmId },
        { source: "feed", guid: "g-1", url: null, title: "T2", body: "other 2", publishedOn: "2024-06-01" },
      ).duplicate,
    ).toBe(true);
  });

  it("keeps irrelevant articles without an alert", () => {
    const res = ingestArticle(
      { id: actor.id, firmId: actor.firmId },
      {
        source: "pasted",
        title: "Airline adds flights to Beijing",
        body: "An airline will add three weekly flights from Newark to Beijing.",
        publishedOn: "2024-06-01",
      },
    );
    expect(res).toMatchObject({ relevant: false, alertId: null, kind: "other", matches: [] });
  });

  it("tells the assigned lawyer once, without client names, and audits the alert", () => {
    const mail = getDb()
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.dedupeKey, `alert:${alertId}:lawyer:${lawyerId}`))
      .all();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toMatch(/China/);
    expect(mail[0]!.body).toMatch(/1 critical, 1 high/);
    expect(mail[0]!.body).not.toMatch(/Final|Born/);
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "alert.created"), eq(auditLog.entityId, alertId)))
        .all(),
    ).toHaveLength(1);
  });

  it("adds a client whose case changes within 30 days, flagged as new", () => {
    const before = listMatches(getDb(), actor.firmId, alertId).rows.find(
      (m) => m.clientId === ids.Proceedings,
    );
    expect(before?.tier).toBe("low");
    addRemovalEvent(actor, ids.Proceedings!, ev("in_absentia_order", "2024-06-26"));
    const after = listMatches(getDb(), actor.firmId, alertId).rows.find(
      (m) => m.clientId === ids.Proceedings,
    )!;
    expect(after.tier).toBe("high");
    expect(after.isNew).toBe(true);
    const newcomer = client("Newcomer");
    addRemovalEvent(actor, newcomer, ev("in_absentia_order", "2024-06-27"));
    expect(
      listMatches(getDb(), actor.firmId, alertId).rows.find((m) => m.clientId === newcomer),
    ).toMatchObject({ isNew: true, tier: "high" });
    expect(
      getDb()
        .select()
        .from(notificationOutbox)
        .where(eq(notificationOutbox.dedupeKey, `alert:${alertId}:client:${newcomer}:lawyer:${lawyerId}`))
        .all(),
    ).toHaveLength(1);
  });

  it("reviews a match and adds a timeline note, both audited", () => {
    expect(reviewMatch({ id: actor.id!, firmId: actor.firmId }, alertId, ids.Final!, true)).toBe(true);
    expect(
      getDb()
        .select()
        .from(alertMatches)
        .where(and(eq(alertMatches.alertId, alertId), eq(alertMatches.clientId, ids.Final!)))
        .get()?.reviewedBy,
    ).toBe(actor.id);
    const noteId = addTimelineNote(
      { id: actor.id!, firmId: actor.firmId },
      ids.Final!,
      "Called about the China flight.",
      alertId,
    );
    expect(getDb().select().from(timelineNotes).where(eq(timelineNotes.id, noteId!)).get()?.body).toBe(
      "Called about the China flight.",
    );
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "timeline.note_added"), eq(auditLog.entityId, ids.Final!)))
        .all(),
    ).toHaveLength(1);
  });

  it("re-matches when staff correct the countries, and refuses another firm", () => {
    const a = getAlert(actor.firmId, alertId)!.alert;
    expect(
      correctAlert({ id: actor.id!, firmId: otherFirm }, alertId, a.version, {
        relevant: true,
        kind: "flight",
        countries: ["MX"],
        eventDate: null,
        peopleCount: null,
        peopleMin: null,
        peopleMax: null,
        departure: [],
        arrival: [],
        flightTypes: [],
      }),
    ).toBe("missing");
    expect(
      correctAlert({ id: actor.id!, firmId: actor.firmId }, alertId, a.version, {
        relevant: true,
        kind: "flight",
        countries: ["CN", "MX"],
        eventDate: "2024-06-23",
        peopleCount: 116,
        peopleMin: null,
        peopleMax: null,
        departure: ["Texas"],
        arrival: ["Shenyang"],
        flightTypes: ["charter"],
      }),
    ).toBe("ok");
    const names = listMatches(getDb(), actor.firmId, alertId).rows.map((m) => m.name);
    expect(names).toContain("Test Mexican");
    expect(
      listMatches(getDb(), actor.firmId, alertId).rows.find((m) => m.clientId === ids.Final)?.reviewedAt,
    ).toBeTruthy();
    expect(
      correctAlert({ id: actor.id!, firmId: actor.firmId }, alertId, a.version, {
        relevant: true,
        kind: "flight",
        countries: ["CN"],
        eventDate: null,
        peopleCount: null,
        peopleMin: null,
        peopleMax: null,
        departure: [],
        arrival: [],
        flightTypes: [],
      }),
    ).toBe("conflict");
  });

  it("lists alerts per firm with the reader's unread state and filters", () => {
    expect(listAlerts(otherFirm, actor.id!, {}, null).rows).toHaveLength(0);
    expect(listAlerts(actor.firmId, actor.id!, { state: "unread" }, null).rows.map((r) => r.id)).toContain(
      alertId,
    );
    markAlertRead(actor.firmId, actor.id!, alertId);
    expect(
      listAlerts(actor.firmId, actor.id!, { state: "unread" }, null).rows.map((r) => r.id),
    ).not.toContain(alertId);
    expect(
      listAlerts(actor.firmId, actor.id!, { country: "CN", tier: "critical" }, null).rows.map((r) => r.id),
    ).toEqual([alertId]);
    expect(listAlerts(actor.firmId, actor.id!, { country: "HT" }, null).rows.map((r) => r.id)).not.toContain(
      alertId,
    );
    expect(listMatches(getDb(), otherFirm, alertId).rows).toHaveLength(0);
  });
});

describe("a renamed client", () => {
  it("keeps their place and their review on the alert", async () => {
    const { updateClient, getClient } = await import("./client.server");
    const alertId = listAlerts(actor.firmId, actor.id!, { country: "CN" }, null).rows.at(-1)!.id;
    const before = getClient(actor.firmId, ids.Stayed!)!;
    expect(reviewMatch({ id: actor.id!, firmId: actor.firmId }, alertId, ids.Stayed!, true)).toBe(true);
    const r = updateClient(
      actor,
      ids.Stayed!,
      before.version,
      clientFormSchema.parse({
        familyName: "Stayed-Renamed",
        givenNames: "Test",
        nationalities: "CN",
        lawyerId,
      }),
    );
    expect(r.ok).toBe(true);
    const row = listMatches(getDb(), actor.firmId, alertId).rows.find((m) => m.clientId === ids.Stayed);
    expect(row).toMatchObject({ name: "Test Stayed-Renamed", reviewedBy: expect.any(String) });
    expect(reviewMatch({ id: actor.id!, firmId: actor.firmId }, alertId, ids.Stayed!, false)).toBe(true);
  });
});
