// What the client page's loader hands the cards: the recent part of a long history with its count,
// the next scheduled check-in, and nothing of another client.
import { beforeAll, describe, expect, it } from "vitest";
import { makeCheckIn, makeClient, makeFirm, makeUser } from "~/test/fixtures";
import { addRemovalEvent } from "./case.server";
import { clientPageView, RECENT_EVENTS } from "./client-page.server";
import { getClient } from "./client.server";
import type { Actor } from "./actor";

let actor: Actor;
let clientId: string;
let otherId: string;

beforeAll(async () => {
  const firm = makeFirm();
  actor = { id: (await makeUser(firm, "paralegal")).id, firmId: firm, ip: null };
  clientId = makeClient(firm, { familyName: "Nguyen", givenNames: "Lan", preferredLanguage: "vi" });
  otherId = makeClient(firm, { familyName: "Sato", givenNames: "Ken" });
  for (let i = 0; i < RECENT_EVENTS + 5; i++)
    addRemovalEvent(actor, clientId, {
      type: "master_hearing",
      effectiveDate: `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      details: {},
      court: null,
      notes: `Entry ${i}`,
      source: "other",
      verifiedOn: null,
    });
  makeCheckIn(firm, clientId);
  makeCheckIn(firm, otherId);
});

describe("clientPageView", () => {
  it("shows the recent events with the total, and all of them when asked", () => {
    const c = getClient(actor.firmId, clientId)!;
    const page = clientPageView(c, { now: new Date("2026-12-01T00:00:00Z") });
    expect(page.events).toHaveLength(RECENT_EVENTS);
    expect(page.eventTotal).toBe(RECENT_EVENTS + 5);
    expect(clientPageView(c, { allEvents: true }).events).toHaveLength(RECENT_EVENTS + 5);
  });

  it("holds only this client's check-ins, the next one, and says the portal is not in their language", () => {
    const c = getClient(actor.firmId, clientId)!;
    const page = clientPageView(c, { now: new Date("2026-12-01T00:00:00Z") });
    expect(page.checkIns.map((ci) => ci.clientId)).toEqual([clientId]);
    expect(page.checkInTotal).toBe(1);
    expect(page.nextCheckIn?.localDate).toBe("2027-01-05");
    expect(clientPageView(c, { now: new Date("2027-02-01T00:00:00Z") }).nextCheckIn).toBeNull();
    expect(page.client.languageName).toBeTruthy();
    expect(typeof page.portal.translated).toBe("boolean");
  });
});
