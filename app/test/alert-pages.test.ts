import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { getAlert, ingestArticle } from "~/models/alerts.server";
import { makeFirm, makeUser, sessionCookie } from "~/test/fixtures";
import { callRoute } from "~/test/route-call";
import { action as alertAction, loader as alertLoader } from "~/routes/_staff.alerts.$id";
import { loader as inboxLoader } from "~/routes/_staff.alerts._index";
import { loader as countriesLoader } from "~/routes/_staff.alerts.countries";

// The alert pages' loader data: roles, certainty and language for the page, the reader's corrections tally.
let firm: string;
let cookie: string;
let otherCookie: string;
let alertId: string;
let userId: string;

const PANAMA = {
  title: "US military plane lands in Panama with deportees from Asia",
  body: "A US military plane landed in Panama City on Thursday with about 119 migrants from China, Uzbekistan, Nepal and Iran, deported by the United States to a third country.",
  publishedOn: "2026-11-27",
};

beforeAll(async () => {
  firm = makeFirm();
  userId = (await makeUser(firm, "paralegal")).id;
  cookie = await sessionCookie(userId);
  otherCookie = await sessionCookie((await makeUser(makeFirm(), "lawyer")).id);
  alertId = ingestArticle({ id: userId, firmId: firm }, { source: "pasted", ...PANAMA }).alertId!;
  ingestArticle(
    { id: userId, firmId: firm },
    {
      source: "feed",
      guid: `pt-${Date.now()}`,
      title: "Voo com deportados chega a Confins",
      body: "Um avião com 88 brasileiros deportados dos Estados Unidos pousou no aeroporto de Confins na sexta-feira, segundo a Polícia Federal. O governo pediu explicações.",
      publishedOn: "2026-11-27",
    },
  );
});

type AlertData = {
  alert: { countries: string[]; onBoard: string[]; version: number };
  article: { language: { code: string; read: boolean } };
  facts: {
    countries: { code: string; role: string; certainty: string }[];
    people: { hedged: boolean } | null;
  };
};

describe("the alert page's data", () => {
  it("gives the roles, how sure each country is, the hedge and the language", async () => {
    const r = await callRoute(alertLoader, `/alerts/${alertId}`, { cookie, params: { id: alertId } });
    expect(r.status).toBe(200);
    const d = r.body as AlertData;
    expect(d.alert.countries[0]).toBe("PA");
    expect(d.alert.onBoard).toEqual(expect.arrayContaining(["CN", "NP"]));
    expect(d.article.language).toMatchObject({ code: "en", read: true });
    expect(d.facts.countries.find((c) => c.code === "PA")).toMatchObject({
      role: "destination",
      certainty: "reported",
    });
    expect(d.facts.countries.find((c) => c.code === "NP")).toMatchObject({
      role: "nationality",
      certainty: "possible",
    });
    expect(d.facts.people?.hedged).toBe(true);
  });

  it("fills in the defaults for facts stored before roles were read", async () => {
    getDb().run(
      sql`update alerts set facts = json_remove(json_remove(json_remove(facts, '$.countries[0].role'), '$.countries[0].certainty'), '$.people.hedged', '$.language') where id = ${alertId}`,
    );
    getDb().run(
      sql`update articles set language = null where id = (select article_id from alerts where id = ${alertId})`,
    );
    const d = (await callRoute(alertLoader, `/alerts/${alertId}`, { cookie, params: { id: alertId } }))
      .body as AlertData;
    expect(d.facts.countries[0]).toMatchObject({ code: "PA", role: "destination", certainty: "reported" });
    expect(d.facts.people?.hedged).toBe(false);
    expect(d.article.language).toEqual({ code: "en", name: "English", read: true });
  });

  it("is refused to another firm", async () => {
    expect(
      (await callRoute(alertLoader, `/alerts/${alertId}`, { cookie: otherCookie, params: { id: alertId } }))
        .status,
    ).toBe(404);
  });

  it("takes the correction form's on-board list, and refuses a country given both roles or no landing country", async () => {
    const form = (over: Record<string, string>) => ({
      intent: "correct",
      version: String(getAlert(firm, alertId)!.alert.version),
      relevant: "yes",
      kind: "flight",
      countries: "Panama",
      onBoard: "Nepal, Iran",
      eventDate: "",
      peopleCount: "",
      peopleMin: "",
      peopleMax: "",
      departure: "",
      arrival: "",
      flightTypes: "",
      ...over,
    });
    const both = await callRoute(alertAction, `/alerts/${alertId}`, {
      cookie,
      params: { id: alertId },
      form: form({ onBoard: "Nepal, Panama" }),
    });
    expect(both.status).toBe(400);
    expect((both.body as { errors: Record<string, string> }).errors.onBoard).toMatch(
      /^Panama: either where the flight landed or on board/,
    );
    const none = await callRoute(alertAction, `/alerts/${alertId}`, {
      cookie,
      params: { id: alertId },
      form: form({ countries: "" }),
    });
    expect((none.body as { errors: Record<string, string> }).errors.countries).toMatch(
      /Name the country the flight landed in/,
    );
    const bad = await callRoute(alertAction, `/alerts/${alertId}`, {
      cookie,
      params: { id: alertId },
      form: form({ onBoard: "Narnia" }),
    });
    expect((bad.body as { errors: Record<string, string> }).errors.onBoard).toMatch(/Not a country: Narnia/);
    expect(getAlert(firm, alertId)!.alert.version).toBe(1);
    const ok = await callRoute(alertAction, `/alerts/${alertId}`, {
      cookie,
      params: { id: alertId },
      form: form({}),
    });
    expect(ok.status).toBe(302);
    expect(getAlert(firm, alertId)!.alert).toMatchObject({
      countries: ["PA", "NP", "IR"],
      onBoard: ["NP", "IR"],
    });
  });
});

describe("the inbox's data", () => {
  type Inbox = {
    rows: { id: string; onBoard: string[]; language: { code: string } }[];
    trust: { corrected: number; alerts: number; byKind: Record<string, number> } | null;
    notRead: { title: string; language: { name: string } }[];
  };
  it("tallies this firm's corrections and lists the articles not read", async () => {
    const d = (await callRoute(inboxLoader, "/alerts", { cookie })).body as Inbox;
    expect(d.rows.find((r) => r.id === alertId)).toMatchObject({
      onBoard: ["NP", "IR"],
      language: { code: "en" },
    });
    expect(d.trust).toMatchObject({
      alerts: 1,
      corrected: 1,
      byKind: { countryRemoved: 1, countryAdded: 0, roleChanged: 0 },
    });
    expect(d.notRead.map((a) => [a.title, a.language.name])).toEqual([
      ["Voo com deportados chega a Confins", "Portuguese"],
    ]);
    const other = (await callRoute(inboxLoader, "/alerts", { cookie: otherCookie })).body as Inbox;
    expect(other.rows).toHaveLength(0);
    expect(other.notRead).toHaveLength(0);
  });
});

describe("the by-country view's data", () => {
  type View = {
    rows: { code: string; totalAlerts: number; totalOnBoard: number; alerts: number[]; onBoard: number[] }[];
  };
  it("counts a third-country removal as a landing for Panama and as on board for the nationalities, never as landing there", async () => {
    const d = (await callRoute(countriesLoader, "/alerts/countries", { cookie })).body as View;
    const of = (code: string) => d.rows.find((r) => r.code === code);
    expect(of("PA")).toMatchObject({ totalAlerts: 1, totalOnBoard: 0 });
    expect(of("NP")).toMatchObject({ totalAlerts: 0, totalOnBoard: 1 });
    expect(of("IR")).toMatchObject({ totalAlerts: 0, totalOnBoard: 1 });
    expect(of("NP")!.onBoard.at(-1)).toBe(1);
    const other = (await callRoute(countriesLoader, "/alerts/countries", { cookie: otherCookie }))
      .body as View;
    expect(other.rows.find((r) => r.code === "PA")).toBeUndefined();
  });
});

describe("the language tag of the article's words", () => {
  it("tags Traditional Chinese zh-Hant and Simplified zh-Hans", async () => {
    const actor = { id: userId, firmId: firm };
    const hant = ingestArticle(actor, {
      source: "pasted",
      title: "美國遣返包機抵達瀋陽",
      body: "美國移民及海關執法局週二以包機將116名中國非法移民遣返至瀋陽。",
      publishedOn: "2026-11-24",
    });
    const hans = ingestArticle(actor, {
      source: "pasted",
      title: "美国遣返包机抵达广州",
      body: "美国移民和海关执法局周四用包机将87名中国非法移民遣返至广州。",
      publishedOn: "2026-11-26",
    });
    expect(hant.alertId && hans.alertId).toBeTruthy();
    const lang = async (id: string) =>
      (
        (await callRoute(alertLoader, `/alerts/${id}`, { cookie, params: { id } })).body as {
          article: { lang: string };
        }
      ).article.lang;
    expect(await lang(hant.alertId!)).toBe("zh-Hant");
    expect(await lang(hans.alertId!)).toBe("zh-Hans");
    const inbox = (await callRoute(inboxLoader, "/alerts", { cookie })).body as {
      rows: { id: string; lang: string }[];
    };
    expect(inbox.rows.find((r) => r.id === hant.alertId)?.lang).toBe("zh-Hant");
  });
});
