// The forms on the one way (docs/forms.md): a refused form is a 400 (409 for an edit that lost a race)
// in the one FormFailure shape, with the field's message, the values as typed, and nothing saved.
import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "#db/client";
import { ALERT_INTENTS } from "~/utils/alert-page";
import { CLIENT_CHECK_IN_INTENTS, EVENT_INTENTS, TRAVEL_DOCUMENT_INTENTS } from "~/utils/client-page-intents";
import {
  makeAlert,
  makeCheckIn,
  makeClient,
  makeClientWithEvent,
  makeFirm,
  makeUser,
  sessionCookie,
} from "./fixtures";
import { postClientPage, refusal, route, tablesSnapshot, type Failure } from "./refusals";
import { callRoute } from "./route-call";

/** Every row of the tables these forms write, so "saved nothing" is checked, not assumed. */
const snapshot = () =>
  tablesSnapshot(["clients", "removal_events", "travel_documents", "check_ins", "audit_log"]);

let firm: string;
let cookie: string;

beforeAll(async () => {
  firm = makeFirm("Form refusals firm");
  cookie = await sessionCookie((await makeUser(firm, "lawyer")).id);
});

describe("new client and edit client", () => {
  it("refuses a new client with a bad email: 400, the message by the field, the typed values kept", async () => {
    const action = await route("_staff.clients.new.tsx");
    const before = snapshot();
    const r = await callRoute(action as never, "/clients/new", {
      cookie,
      form: { familyName: "Quispe", givenNames: "Rosa", email: "rosa at example", notes: "Typed note" },
    });
    const body = refusal(r);
    expect(body.errors.email).toMatch(/email address/);
    expect(body.values).toMatchObject({
      familyName: "Quispe",
      email: "rosa at example",
      notes: "Typed note",
    });
    expect(body.formError).toMatch(/need attention/);
    expect(snapshot()).toBe(before);
  });

  it("refuses an edit with a bad phone and keeps the typed values; an out-of-date version is a 409", async () => {
    const action = await route("_staff.clients.$id_.edit.tsx");
    const id = makeClient(firm, { familyName: "Mamani", givenNames: "Luis" });
    const post = (form: Record<string, string>) =>
      callRoute(action as never, `/clients/${id}/edit`, { cookie, form, params: { id } });
    const before = snapshot();
    const bad = refusal(await post({ version: "1", familyName: "Mamani", givenNames: "Luis", phone: "12" }));
    expect(bad.errors.phone).toMatch(/area code/);
    expect(bad.values).toMatchObject({ familyName: "Mamani", phone: "12" });
    const stale = refusal(await post({ version: "99", familyName: "Mamani", givenNames: "Luisa" }), 409);
    expect(stale.formError).toMatch(/^Not saved/);
    expect(stale.values.givenNames).toBe("Luisa");
    expect(snapshot()).toBe(before);
  });
});

describe("the event form (recording an event on the client page, correcting one)", () => {
  it("refuses an event with no outcome: 400, the message by the field, the typed values kept", async () => {
    const action = await route("_staff.clients.$id.tsx");
    const id = makeClient(firm, { familyName: "Huaman", givenNames: "Eva" });
    const before = snapshot();
    const r = await callRoute(action as never, `/clients/${id}`, {
      cookie,
      params: { id },
      form: {
        intent: EVENT_INTENTS.add,
        type: "ij_decision",
        effectiveDate: "2026-03-02",
        court: "Typed court",
        outcome: "",
      },
    });
    const body = refusal(r);
    expect(body.errors.outcome).toBe("Choose the outcome.");
    expect(body.values).toMatchObject({ court: "Typed court", effectiveDate: "2026-03-02" });
    expect(snapshot()).toBe(before);
  });

  it("refuses a correction with a bad date, and a changed kind of event, keeping what was typed", async () => {
    const action = await route("_staff.clients.$id_.events.$eventId.tsx");
    const { clientId, eventId } = makeClientWithEvent(firm);
    const post = (form: Record<string, string>) =>
      callRoute(action as never, `/clients/${clientId}/events/${eventId}`, {
        cookie,
        form: { version: "1", ...form },
        params: { id: clientId, eventId },
      });
    const before = snapshot();
    const bad = refusal(await post({ type: "nta_filed", effectiveDate: "10/01/2024", notes: "Typed" }));
    expect(bad.errors.effectiveDate).toMatch(/YYYY-MM-DD/);
    expect(bad.values).toMatchObject({ effectiveDate: "10/01/2024", notes: "Typed" });
    const kind = refusal(
      await post({ type: "final_order", effectiveDate: "2024-01-10", finalOrderBasis: "appeal_waived" }),
    );
    expect(kind.formError).toMatch(/cannot change/);
    expect(snapshot()).toBe(before);
  });
});

describe("travel documents, check-in outcome, changing a check-in", () => {
  const clientPage = (id: string, form: Record<string, string>) => postClientPage(cookie, id, form);

  it("refuses a travel document that expires before it was issued, keeping what was typed", async () => {
    const id = makeClient(firm, { familyName: "Condori", givenNames: "Ana" });
    const before = snapshot();
    const body = refusal(
      await clientPage(id, {
        intent: TRAVEL_DOCUMENT_INTENTS.add,
        kind: "passport",
        number: "E7654321",
        issueDate: "2024-05-01",
        expiryDate: "2020-05-01",
        state: "valid",
        effectiveDate: "2026-01-02",
      }),
    );
    expect(body.errors.expiryDate).toBe("The expiry date is before the issue date.");
    expect(body.values).toMatchObject({ number: "E7654321", expiryDate: "2020-05-01" });
    expect(body.formError).toMatch(/need attention/);
    expect(snapshot()).toBe(before);
  });

  it("refuses a change of a document's state with no date, keeping the note and which document", async () => {
    const id = makeClient(firm, { familyName: "Apaza", givenNames: "Ines" });
    const added = await clientPage(id, {
      intent: TRAVEL_DOCUMENT_INTENTS.add,
      kind: "passport",
      state: "valid",
      effectiveDate: "2026-01-02",
    });
    expect(added.status).toBe(302);
    const documentId = (
      getSqlite().prepare("select id from travel_documents where client_id = ?").get(id) as { id: string }
    ).id;
    const before = snapshot();
    const body = refusal(
      await clientPage(id, {
        intent: TRAVEL_DOCUMENT_INTENTS.change,
        documentId,
        state: "expired",
        holder: "client",
        effectiveDate: "",
        note: "Typed note",
      }),
    );
    expect(body.errors.effectiveDate).toBe("As of is required.");
    expect(body.values).toMatchObject({ documentId, note: "Typed note" });
    expect(snapshot()).toBe(before);
  });

  it("refuses a 'rescheduled' outcome with no new date: 400, the message, the notes kept", async () => {
    const id = makeClient(firm, { familyName: "Choque", givenNames: "Raul" });
    const checkInId = makeCheckIn(firm, id);
    const before = snapshot();
    const body = refusal(
      await clientPage(id, {
        intent: CLIENT_CHECK_IN_INTENTS.outcome,
        checkInId,
        outcome: "rescheduled",
        notes: "Officer moved it",
      }),
    );
    expect(body.errors.nextDate).toBe("Enter the new date.");
    expect(body.values).toMatchObject({ checkInId, notes: "Officer moved it" });
    expect((body as Failure & { checkInId: string }).checkInId).toBe(checkInId);
    expect(snapshot()).toBe(before);
  });

  it("refuses a changed check-in with a bad time, keeping what was typed; a lost race is a 409", async () => {
    const action = await route("_staff.check-ins_.$id.tsx");
    const id = makeClient(firm, { familyName: "Mayta", givenNames: "Sara" });
    const checkInId = makeCheckIn(firm, id);
    const post = (form: Record<string, string>) =>
      callRoute(action as never, `/check-ins/${checkInId}`, { cookie, form, params: { id: checkInId } });
    const before = snapshot();
    const bad = refusal(await post({ version: "1", date: "2027-01-12", time: "9am", bring: "Typed" }));
    expect(bad.errors.time).toMatch(/HH:MM/);
    expect(bad.values).toMatchObject({ date: "2027-01-12", time: "9am", bring: "Typed" });
    const stale = refusal(
      await post({ version: "7", date: "2027-01-12", time: "10:00", timeZone: "America/New_York" }),
      409,
    );
    expect(stale.formError).toMatch(/^Not saved/);
    expect(stale.values.date).toBe("2027-01-12");
    expect(snapshot()).toBe(before);
  });
});

describe("the alert correction form", () => {
  it("refuses an unknown country: 400, the message by the field, every typed value kept", async () => {
    const action = await route("_staff.alerts.$id.tsx");
    const id = makeAlert(firm);
    const before = snapshot();
    const body = refusal(
      await callRoute(action as never, `/alerts/${id}`, {
        cookie,
        params: { id },
        form: {
          intent: ALERT_INTENTS.correct,
          version: "1",
          relevant: "yes",
          kind: "flight",
          countries: "Narnia",
          peopleCount: "116",
          departure: "Typed airport",
        },
      }),
    );
    expect(body.errors.countries).toMatch(/^Not a country: Narnia/);
    expect(body.values).toMatchObject({
      countries: "Narnia",
      peopleCount: "116",
      departure: "Typed airport",
    });
    expect(body.formError).toMatch(/need attention/);
    expect(snapshot()).toBe(before);
  });
});

describe("settings: adding an office", () => {
  it("refuses an office that closes before it opens: 400, the message, the typed values kept", async () => {
    const action = await route("_staff.settings.offices.tsx");
    const before = JSON.stringify(getSqlite().prepare("select * from offices order by rowid").all());
    const body = refusal(
      await callRoute(action as never, "/settings/offices", {
        cookie,
        form: {
          kind: "isap",
          name: "Typed ISAP office",
          address: "1 Main St",
          timeZone: "America/Chicago",
          openDays: "12345",
          opens: "16:00",
          closes: "08:00",
        },
      }),
    );
    expect(body.errors.closes).toBe("Closes before it opens.");
    expect(body.values).toMatchObject({ name: "Typed ISAP office", timeZone: "America/Chicago" });
    expect(JSON.stringify(getSqlite().prepare("select * from offices order by rowid").all())).toBe(before);
  });
});

describe("settings: entering a closure day", () => {
  it("refuses a closure with no reason, and a second one on the same day, keeping what was typed", async () => {
    const action = await route("_staff.settings.closures.tsx");
    const post = (form: Record<string, string>) =>
      callRoute(action as never, "/settings/closures", { cookie, form });
    const before = snapshot();
    const bad = refusal(await post({ date: "2027-02-03", reason: "  " }));
    expect(bad.errors.reason).toMatch(/Reason/);
    expect(bad.values.date).toBe("2027-02-03");
    expect(snapshot()).toBe(before);
    expect((await post({ date: "2027-02-04", reason: "Snow" })).status).toBe(302);
    const twice = refusal(await post({ date: "2027-02-04", reason: "Snow again" }));
    expect(twice.errors.date).toBe("A closure is already entered for this day.");
    expect(twice.values.reason).toBe("Snow again");
  });
});

describe("settings: the firm", () => {
  it("refuses a bad email: 400, the message by the field, the typed name kept, nothing saved", async () => {
    const action = await route("_staff.settings.firm.tsx");
    const admin = await sessionCookie((await makeUser(firm, "admin")).id);
    const before = JSON.stringify(getSqlite().prepare("select * from firms where id = ?").get(firm));
    const body = refusal(
      await callRoute(action as never, "/settings/firm", {
        cookie: admin,
        form: { name: "Typed firm name", email: "office at example", timeZone: "America/New_York" },
      }),
    );
    expect(body.errors.email).toBe("Enter an email address like office@example.org.");
    expect(body.values).toMatchObject({ name: "Typed firm name", email: "office at example" });
    expect(JSON.stringify(getSqlite().prepare("select * from firms where id = ?").get(firm))).toBe(before);
  });
});
