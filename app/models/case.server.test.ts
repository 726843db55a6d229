// The writes to a client's case history: each keeps the history (nothing a lawyer entered is overwritten
// without a trace), writes its audit entry and recomputes the client's derived values in the same
// transaction, and reaches only the actor's firm and the client named.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, clients, deadlineMarks, hearings, travelDocuments } from "#db/schema";
import { makeClient, makeFirm, makeUser } from "~/test/fixtures";
import {
  addClosure,
  addHearing,
  addRemovalEvent,
  addTravelDocument,
  cancelHearing,
  changeTravelDocumentState,
  correctRemovalEvent,
  getRemovalEvent,
  listHearings,
  listRemovalEvents,
  listTravelDocuments,
  markDeadline,
  postponeHearing,
  type TravelDocInput,
} from "./case.server";
import type { Actor } from "./actor";

let actor: Actor;
let stranger: Actor;
let clientId: string;
let otherClientId: string;

const client = (id: string) => getDb().select().from(clients).where(eq(clients.id, id)).get()!;
const audits = (id: string) =>
  getDb()
    .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(eq(auditLog.entityId, id))
    .all();
const nta = {
  type: "nta_filed",
  effectiveDate: "2024-01-10",
  details: {},
  court: "New York Broadway",
  notes: null,
  source: "eoir_portal",
  verifiedOn: null,
} as const;
const hearing = {
  hearingType: "master",
  court: "New York Broadway",
  judge: null,
  date: "2027-03-02",
  time: "09:00",
  timeZone: "America/New_York",
  mode: "in_person",
  notes: null,
} as const;
const passport: TravelDocInput = {
  kind: "passport",
  issuingCountry: "CN",
  number: "E12345678",
  issueDate: "2020-01-01",
  expiryDate: "2030-01-01",
  holder: "client",
  state: "valid",
  notes: null,
};

beforeAll(async () => {
  const firm = makeFirm();
  actor = { id: (await makeUser(firm, "lawyer")).id, firmId: firm, ip: "127.0.0.1" };
  const otherFirm = makeFirm();
  stranger = { id: (await makeUser(otherFirm, "lawyer")).id, firmId: otherFirm, ip: null };
  clientId = makeClient(firm, { familyName: "Huang", givenNames: "Li" });
  otherClientId = makeClient(firm, { familyName: "Okafor", givenNames: "Ada" });
});

describe("removal events", () => {
  it("adds an event, audited, and recomputes the client's status in the same step", () => {
    const version = client(clientId).version;
    const id = addRemovalEvent(actor, clientId, nta);
    expect(listRemovalEvents(actor.firmId, clientId).map((e) => e.id)).toEqual([id]);
    const c = client(clientId);
    expect(c.version).toBe(version + 1);
    expect(c.removalPhase).toBe("in_proceedings");
    expect(audits(clientId).at(-1)).toMatchObject({ action: "event.created", after: { eventId: id } });
    expect(listRemovalEvents(stranger.firmId, clientId)).toEqual([]);
    expect(getRemovalEvent(actor.firmId, clientId, id)?.type).toBe("nta_filed");
    expect(getRemovalEvent(actor.firmId, otherClientId, id)).toBeUndefined();
    expect(getRemovalEvent(stranger.firmId, clientId, id)).toBeUndefined();
  });

  it("corrects an event only on its own client, at the version read, and audits the old value", () => {
    const [event] = listRemovalEvents(actor.firmId, clientId);
    const fixed = { ...nta, effectiveDate: "2024-01-11" };
    expect(correctRemovalEvent(actor, otherClientId, event!.id, event!.version, fixed)).toBe("not_found");
    expect(correctRemovalEvent(stranger, clientId, event!.id, event!.version, fixed)).toBe("not_found");
    expect(correctRemovalEvent(actor, clientId, event!.id, event!.version + 1, fixed)).toBe("conflict");
    expect(correctRemovalEvent(actor, clientId, event!.id, event!.version, fixed)).toBe("ok");
    // Two people saving the same copy: the second is a conflict, not a silent overwrite.
    expect(correctRemovalEvent(actor, clientId, event!.id, event!.version, nta)).toBe("conflict");
    expect(listRemovalEvents(actor.firmId, clientId)[0]!.effectiveDate).toBe("2024-01-11");
    expect(audits(clientId).at(-1)).toMatchObject({
      action: "event.corrected",
      before: { effectiveDate: "2024-01-10" },
      after: { effectiveDate: "2024-01-11" },
    });
  });
});

describe("hearings", () => {
  it("postpones a hearing keeping the old date, and refuses another client's hearing", () => {
    const id = addHearing(actor, clientId, hearing);
    expect(postponeHearing(actor, otherClientId, id, { date: "2027-04-01", time: null }, "x")).toBe(false);
    expect(postponeHearing(stranger, clientId, id, { date: "2027-04-01", time: null }, "x")).toBe(false);
    expect(postponeHearing(actor, clientId, id, { date: "2027-04-06", time: "13:00" }, "Court closed")).toBe(
      true,
    );
    const [h] = listHearings(actor.firmId, clientId);
    expect([h!.date, h!.time]).toEqual(["2027-04-06", "13:00"]);
    expect(h!.postponements.map((p) => [p.fromDate, p.fromTime, p.toDate, p.reason])).toEqual([
      ["2027-03-02", "09:00", "2027-04-06", "Court closed"],
    ]);
    expect(audits(clientId).at(-1)).toMatchObject({
      action: "hearing.postponed",
      before: { date: "2027-03-02" },
    });
  });

  it("cancels a hearing once, keeping its notes and the reason", () => {
    const id = addHearing(actor, clientId, { ...hearing, notes: "Bring the I-589" });
    expect(cancelHearing(stranger, clientId, id, "Vacated")).toBe(false);
    expect(cancelHearing(actor, clientId, id, "Vacated")).toBe(true);
    expect(cancelHearing(actor, clientId, id, "Again")).toBe(false);
    const row = getDb().select().from(hearings).where(eq(hearings.id, id)).get()!;
    expect([row.cancelled, row.notes]).toEqual([true, "Bring the I-589\nCancelled: Vacated"]);
    expect(listHearings(stranger.firmId, clientId)).toEqual([]);
  });
});

describe("travel documents", () => {
  it("records a document with its first history entry, never the number in the audit log", () => {
    const id = addTravelDocument(actor, clientId, passport, "2024-02-01");
    const [doc] = listTravelDocuments(actor.firmId, clientId);
    expect(doc!.id).toBe(id);
    expect(doc!.history.map((h) => [h.state, h.effectiveDate, h.note])).toEqual([
      ["valid", "2024-02-01", "Recorded"],
    ]);
    const entry = audits(clientId).at(-1)!;
    expect(entry.action).toBe("travel_document.created");
    expect(JSON.stringify(entry.after)).not.toContain("E12345678");
    expect(listTravelDocuments(stranger.firmId, clientId)).toEqual([]);
  });

  it("changes the state with a history entry; the expiry stays unless a new one is given", () => {
    const [doc] = listTravelDocuments(actor.firmId, clientId);
    const change = {
      state: "surrendered_to_ice" as const,
      holder: "ice" as const,
      effectiveDate: "2024-03-01",
      note: "Taken at check-in",
    };
    expect(changeTravelDocumentState(actor, otherClientId, doc!.id, change)).toBe(false);
    expect(changeTravelDocumentState(stranger, clientId, doc!.id, change)).toBe(false);
    expect(changeTravelDocumentState(actor, clientId, doc!.id, change)).toBe(true);
    let row = getDb().select().from(travelDocuments).where(eq(travelDocuments.id, doc!.id)).get()!;
    expect([row.state, row.holder, row.expiryDate]).toEqual(["surrendered_to_ice", "ice", "2030-01-01"]);
    expect(
      changeTravelDocumentState(actor, clientId, doc!.id, {
        ...change,
        expiryDate: "2031-05-05",
        note: null,
      }),
    ).toBe(true);
    row = getDb().select().from(travelDocuments).where(eq(travelDocuments.id, doc!.id)).get()!;
    expect(row.expiryDate).toBe("2031-05-05");
    expect(listTravelDocuments(actor.firmId, clientId)[0]!.history).toHaveLength(3);
    expect(audits(clientId).at(-1)).toMatchObject({
      action: "travel_document.changed",
      before: { state: "surrendered_to_ice", expiryDate: "2030-01-01" },
      after: { expiryDate: "2031-05-05" },
    });
  });
});

describe("deadline marks and closures", () => {
  it("marks a deadline, replaces the mark, and reopening removes it; each step audited with the one before", () => {
    const mark = () =>
      getDb()
        .select()
        .from(deadlineMarks)
        .where(and(eq(deadlineMarks.clientId, clientId), eq(deadlineMarks.key, "pfr")))
        .all();
    markDeadline(actor, clientId, "pfr", "done", "Filed on time");
    expect(mark().map((m) => [m.mark, m.note])).toEqual([["done", "Filed on time"]]);
    markDeadline(actor, clientId, "pfr", "not_applicable", null);
    expect(mark().map((m) => m.mark)).toEqual(["not_applicable"]);
    markDeadline(actor, clientId, "pfr", "open", null);
    expect(mark()).toEqual([]);
    expect(
      audits(clientId)
        .filter((a) => a.action === "deadline.marked")
        .map((a) => [(a.before as { mark: string }).mark, (a.after as { mark: string }).mark]),
    ).toEqual([
      ["open", "done"],
      ["done", "not_applicable"],
      ["not_applicable", "open"],
    ]);
  });

  it("adds a closure day once per date", () => {
    expect(addClosure(actor, "2027-02-15", "Snow")).toBe("ok");
    expect(addClosure(actor, "2027-02-15", "Snow again")).toBe("exists");
    expect(addClosure(stranger, "2027-02-15", "Their own closure")).toBe("ok");
  });
});
