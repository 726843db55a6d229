import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { alertCountries, alerts, auditLog, notificationOutbox } from "#db/schema";
import { makeFirm, makeUser } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";
import { addRemovalEvent } from "./case.server";
import {
  correctAlert,
  correctionStats,
  getAlert,
  ingestArticle,
  listMatches,
  notReadArticles,
  promoteArticle,
} from "./alerts.server";
import { createClient } from "./client.server";
import type { Actor } from "./actor";

// Third-country removals, unsure facts, articles in a language not read, and the corrections tally.
let actor: Actor;
let otherActor: Actor;
let lawyerId: string;
const ids: Record<string, string> = {};

export const PANAMA = {
  title: "US military plane lands in Panama with deportees from Asia",
  body: "A US military plane landed in Panama City on Thursday with 119 migrants from China, Uzbekistan, Nepal and Iran, deported by the United States to a third country. Panamanian officials said the migrants would be held at a camp near the Darién jungle.",
  publishedOn: "2026-11-27",
};
const PORTUGUESE = {
  title: "Voo com deportados chega a Belo Horizonte",
  body: "Um avião com 88 brasileiros deportados dos Estados Unidos pousou no aeroporto de Confins na sexta-feira. Os passageiros relataram que foram algemados durante o voo, segundo a Polícia Federal. O governo brasileiro pediu explicações.",
  publishedOn: "2026-11-27",
};
const ev = (type: string, effectiveDate: string) => ({
  type: type as "in_absentia_order",
  effectiveDate,
  details: {},
  court: null,
  notes: null,
  source: "other" as const,
  verifiedOn: null,
});

function client(name: string, nationalities: string, a: Actor = actor) {
  const r = createClient(
    a,
    clientFormSchema.parse({
      familyName: name,
      givenNames: "Test",
      nationalities,
      lawyerId: a === actor ? lawyerId : undefined,
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r));
  ids[name] = r.id;
  addRemovalEvent(a, r.id, ev("in_absentia_order", "2024-03-02"));
  return r.id;
}

beforeAll(async () => {
  const firm = makeFirm();
  lawyerId = (await makeUser(firm, "lawyer")).id;
  actor = { id: lawyerId, firmId: firm, displayName: "L", ip: null } as Actor;
  client("Nepali", "NP");
  client("Panamanian", "PA");
  client("Iranian", "IR");
  client("Mexican", "MX");
  client("Honduran", "HN");
  const other = makeFirm();
  otherActor = {
    id: (await makeUser(other, "lawyer")).id,
    firmId: other,
    displayName: "O",
    ip: null,
  } as Actor;
  client("ElsewhereNepali", "NP", otherActor);
});

describe("a third-country removal", () => {
  let alertId: string;
  it("matches the landing country's clients and every nationality on board, and stores which is which", () => {
    const r = ingestArticle(actor, { source: "pasted", ...PANAMA });
    expect(r.relevant).toBe(true);
    alertId = r.alertId!;
    expect(r.countries[0]).toBe("PA");
    expect(new Set(r.countries)).toEqual(new Set(["PA", "CN", "UZ", "NP", "IR"]));
    expect(new Set(r.onBoard)).toEqual(new Set(["CN", "UZ", "NP", "IR"]));
    expect(r.language).toEqual({ code: "en", name: "English", read: true });
    const a = getAlert(actor.firmId, alertId)!.alert;
    expect(a.onBoard).toEqual(r.onBoard);
    expect(
      getDb()
        .select()
        .from(alertCountries)
        .where(eq(alertCountries.alertId, alertId))
        .all()
        .map((c) => c.country)
        .sort(),
    ).toEqual(["CN", "IR", "NP", "PA", "UZ"]);
    const byName = Object.fromEntries(r.matches.map((m) => [m.name.split(" ")[1], m]));
    expect(Object.keys(byName).sort()).toEqual(["Iranian", "Nepali", "Panamanian"]);
    expect(byName.Nepali!.reasons.slice(0, 2)).toEqual([
      "Nepali national.",
      "On board: the flight carried Nepali nationals to Panama, a third country.",
    ]);
    expect(byName.Panamanian!.reasons[1]).toMatch(
      /^Landing country: the flight went to Panama, their own country/,
    );
    // A final order with no travel document: high for a flight home, critical on board a flight to a third
    // country, which needs no document from their own country (flight-risk.ts, ADR 008).
    expect(byName.Panamanian!.tier).toBe("high");
    expect(byName.Nepali!.tier).toBe("critical");
    expect(byName.Iranian!.tier).toBe("critical");
    expect(byName.Nepali!.reasons.at(-1)).toMatch(/no travel document from their own country is needed/);
    expect(byName.Panamanian!.reasons.at(-1)).not.toMatch(/third country/);
    // Another firm's Nepali client is not on this firm's alert.
    expect(r.matches.some((m) => m.clientId === ids.ElsewhereNepali)).toBe(false);
  });

  it("names the landing country and those on board in the lawyer's message, and audits the roles", () => {
    const mail = getDb()
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.dedupeKey, `alert:${alertId}:lawyer:${lawyerId}`))
      .get()!;
    expect(mail.subject).toMatch(/^Casewatch alert: Panama \(on board: .*Nepal.*\) — 3 of your clients/);
    expect(mail.body).toMatch(/2 critical, 1 high/);
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "alert.created"), eq(auditLog.entityId, alertId)))
      .get()!;
    expect((audit.after as { onBoard: string[] }).onBoard).toEqual(expect.arrayContaining(["NP", "IR"]));
  });

  it("keeps roles through a correction of one country list; a country staff add is a landing country", () => {
    const a = getAlert(actor.firmId, alertId)!.alert;
    // One list (an older form): Iran dropped, Honduras added.
    const res = correctAlert(actor, alertId, a.version, {
      relevant: true,
      kind: "flight",
      countries: ["PA", "CN", "UZ", "NP", "HN"],
      eventDate: a.eventDate,
      peopleCount: a.peopleCount,
      peopleMin: null,
      peopleMax: null,
      departure: a.departure,
      arrival: a.arrival,
      flightTypes: a.flightTypes,
    });
    expect(res).toBe("ok");
    const b = getAlert(actor.firmId, alertId)!.alert;
    expect(b.onBoard.sort()).toEqual(["CN", "NP", "UZ"]);
    expect(b.countries.slice(0, 2)).toEqual(["PA", "HN"]);
    const rows = listMatches(getDb(), actor.firmId, alertId).rows;
    expect(rows.map((m) => m.name).sort()).toEqual(["Test Honduran", "Test Nepali", "Test Panamanian"]);
    expect(rows.find((m) => m.clientId === ids.Honduran)!.reasons[1]).toMatch(/^Landing country/);
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "alert.corrected"), eq(auditLog.entityId, alertId)))
      .get()!;
    expect((audit.before as { onBoard: string[] }).onBoard).toContain("IR");
    expect((audit.after as { onBoard: string[] }).onBoard).not.toContain("IR");
  });

  it("takes staff's word on who was on board", () => {
    const a = getAlert(actor.firmId, alertId)!.alert;
    expect(
      correctAlert(actor, alertId, a.version, {
        relevant: true,
        kind: "flight",
        countries: ["PA"],
        onBoard: ["NP", "HN", "IR"],
        eventDate: a.eventDate,
        peopleCount: a.peopleCount,
        peopleMin: null,
        peopleMax: null,
        departure: a.departure,
        arrival: a.arrival,
        flightTypes: a.flightTypes,
      }),
    ).toBe("ok");
    const b = getAlert(actor.firmId, alertId)!.alert;
    expect(b).toMatchObject({ countries: ["PA", "NP", "HN", "IR"], onBoard: ["NP", "HN", "IR"] });
    expect(Object.keys(b.corrected)).toEqual(expect.arrayContaining(["countries", "onBoard"]));
    const hn = listMatches(getDb(), actor.firmId, alertId).rows.find((m) => m.clientId === ids.Honduran)!;
    expect(hn.reasons[1]).toBe("On board: the flight carried Honduran nationals to Panama, a third country.");
  });
});

describe("facts stored before roles, certainty and languages were read", () => {
  it("reads an alert whose facts lack them as destinations only, in English", () => {
    const r = ingestArticle(actor, {
      source: "pasted",
      title: "ICE flight returns Mexicans",
      body: `ICE removed 130 Mexican nationals on a charter flight that landed in Villahermosa on Sunday. Ref ${Date.now()}.`,
      publishedOn: "2026-11-27",
    });
    const id = r.alertId!;
    // As an alert of the earlier reader was stored: no role, certainty, hedge or language; no on_board.
    getDb().run(
      sql`update alerts set on_board = '[]', facts = json_remove(json_remove(json_remove(facts, '$.language'), '$.countries[0].role'), '$.countries[0].certainty') where id = ${id}`,
    );
    getDb().run(sql`update articles set language = null where id = ${r.articleId}`);
    const stored = getAlert(actor.firmId, id)!;
    expect((stored.alert.facts as { countries: object[] }).countries[0]).not.toHaveProperty("role");
    const m = listMatches(getDb(), actor.firmId, id).rows.find((x) => x.clientId === ids.Mexican)!;
    expect(m.reasons[0]).toBe("Mexican national.");
    expect(m.reasons.join(" ")).not.toMatch(/On board|Landing country/);
  });
});

describe("an article in a language Casewatch does not read", () => {
  it("is stored with its language and listed as not read, for its own firm only", () => {
    const r = ingestArticle(actor, { source: "feed", guid: `pt-${Date.now()}`, ...PORTUGUESE });
    expect(r).toMatchObject({
      relevant: false,
      alertId: null,
      language: { name: "Portuguese", read: false },
    });
    expect(r.why).toMatch(/^Written in Portuguese/);
    const list = notReadArticles(actor.firmId);
    expect(list.map((a) => a.id)).toContain(r.articleId);
    expect(list.find((a) => a.id === r.articleId)!.language.name).toBe("Portuguese");
    expect(notReadArticles(otherActor.firmId).map((a) => a.id)).not.toContain(r.articleId);
    // Read articles are not in that list.
    expect(list.every((a) => !a.language.read)).toBe(true);
  });
});

describe("how far to trust the reader", () => {
  it("counts the firm's corrections of the last 90 days by kind, from the audit entries", async () => {
    const firm = makeFirm();
    const me = { id: (await makeUser(firm, "paralegal")).id, firmId: firm, ip: null };
    const ingest = (title: string, body: string) =>
      ingestArticle(me, { source: "pasted", title, body, publishedOn: "2026-11-27" });
    const a1 = ingest(
      "Charter to Guatemala",
      "ICE removed 130 Guatemalan nationals on a charter flight that landed in Guatemala City on Sunday.",
    ).alertId!;
    const a2 = ingest(
      "Charter to Honduras",
      "ICE removed 99 Honduran nationals on a charter flight that landed in San Pedro Sula on Monday.",
    ).alertId!;
    ingest(
      "Charter to El Salvador",
      "ICE removed 80 Salvadoran nationals on a charter flight that landed in San Salvador on Tuesday.",
    );
    const set = ingest(
      "Judge halts deportation",
      "A federal judge halted the deportation of a Guatemalan activist on Monday.",
    );
    expect(set.relevant).toBe(false);
    const v = (id: string) => getAlert(firm, id)!.alert;
    const same = (id: string) => {
      const a = v(id);
      return {
        relevant: true,
        kind: a.kind as "flight",
        countries: a.countries,
        eventDate: a.eventDate,
        peopleCount: a.peopleCount,
        peopleMin: a.peopleMin,
        peopleMax: a.peopleMax,
        departure: a.departure,
        arrival: a.arrival,
        flightTypes: a.flightTypes,
      };
    };
    expect(
      correctAlert(me, a1, v(a1).version, { ...same(a1), countries: ["GT", "MX"], peopleCount: 131 }),
    ).toBe("ok");
    expect(correctAlert(me, a1, v(a1).version, { ...same(a1), eventDate: "2026-11-20" })).toBe("ok");
    expect(correctAlert(me, a2, v(a2).version, { ...same(a2), relevant: false, countries: [] })).toBe("ok");
    promoteArticle(me, set.articleId, "flight", ["GT"]);
    // Another firm's correction does not count here.
    const otherAlert = ingestArticle(otherActor, {
      source: "pasted",
      title: "Charter to Guatemala",
      body: `ICE removed 40 Guatemalan nationals on a charter flight that landed in Guatemala City. ${Date.now()}`,
      publishedOn: "2026-11-27",
    }).alertId!;
    const oa = getAlert(otherActor.firmId, otherAlert)!.alert;
    correctAlert(otherActor, otherAlert, oa.version, {
      relevant: true,
      kind: "flight",
      countries: ["GT", "SV"],
      eventDate: null,
      peopleCount: null,
      peopleMin: null,
      peopleMax: null,
      departure: [],
      arrival: [],
      flightTypes: [],
    });

    const s = correctionStats(firm);
    expect(s).toMatchObject({ days: 90, alerts: 4, corrected: 3, missed: 1, falseAlarms: 1 });
    expect(s.byKind).toMatchObject({
      relevanceOverturned: 2,
      countryAdded: 1,
      countryRemoved: 0,
      countChanged: 1,
      dateChanged: 1,
      placeChanged: 0,
    });

    // Corrections older than the window are left out (the audit log is append-only: move the window instead).
    const later = (d: number) => new Date(Date.now() + d * 86_400_000);
    expect(correctionStats(firm, { now: later(89) })).toMatchObject({ corrected: 3 });
    expect(correctionStats(firm, { now: later(91) })).toMatchObject({
      alerts: 0,
      corrected: 0,
      byKind: { relevanceOverturned: 0, countryAdded: 0 },
    });
    expect(
      getDb()
        .select({ n: sql<number>`count(*)` })
        .from(alerts)
        .where(eq(alerts.firmId, firm))
        .get()!.n,
    ).toBe(4);
  });
});
