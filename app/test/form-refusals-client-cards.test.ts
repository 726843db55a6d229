// The client page's remaining cards on the one way (docs/forms.md): scheduling a check-in, postponing or
// cancelling a hearing, marking a deadline, the client's agreement to reminders, and portal access. A
// refused form is a 400 in the one FormFailure shape, with the field's message (or the form's), what was
// typed, and no row changed; the same form filled in well still saves, and the change is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "#db/client";
import { derivedToday } from "~/models/client-page.server";
import { getClient } from "~/models/client.server";
import {
  CLIENT_CHECK_IN_INTENTS,
  DEADLINE_INTENTS,
  EVENT_INTENTS,
  HEARING_INTENTS,
  PORTAL_INTENTS,
} from "~/utils/client-page-intents";
import { makeClient, makeFirm, makeUser, sessionCookie } from "./fixtures";
import { postClientPage, refusal, tablesSnapshot } from "./refusals";

/** Every row of the tables these forms write, so "changed nothing" is checked, not assumed. */
const snapshot = () =>
  tablesSnapshot([
    "clients",
    "check_ins",
    "check_in_series",
    "hearings",
    "hearing_postponements",
    "deadline_marks",
    "portal_invites",
    "users",
    "notification_outbox",
    "audit_log",
  ]);

let firm: string;
let cookie: string;

beforeAll(async () => {
  firm = makeFirm("Client cards refusals firm");
  cookie = await sessionCookie((await makeUser(firm, "paralegal")).id);
});

const clientPage = (id: string, form: Record<string, string> | [string, string][]) =>
  postClientPage(cookie, id, form);

/** The audit entries of one kind for the firm. */
const audited = (action: string) =>
  (
    getSqlite()
      .prepare("select count(*) as n from audit_log where firm_id = ? and action = ?")
      .get(firm, action) as { n: number }
  ).n;

describe("scheduling a check-in", () => {
  it("refuses a missing date and a bad time: 400, the messages by the fields, the typed values kept", async () => {
    const id = makeClient(firm, { familyName: "Quispe", givenNames: "Rosa" });
    const before = snapshot();
    const body = refusal(
      await clientPage(id, {
        intent: CLIENT_CHECK_IN_INTENTS.schedule,
        kind: "ero_office",
        reportingOrder: "i220a",
        officeId: "ero-new-york",
        date: "",
        time: "9am",
        bring: "Typed list to bring",
        notes: "Typed notes",
        lawyerAccompanies: "on",
      }),
    );
    expect(body.errors.date).toBe("Date is required.");
    expect(body.errors.time).toBe("Time: enter the time as HH:MM (24-hour), e.g. 09:00.");
    expect(body.formError).toBe("Some fields need attention.");
    expect(body.values).toMatchObject({
      reportingOrder: "i220a",
      officeId: "ero-new-york",
      time: "9am",
      bring: "Typed list to bring",
      notes: "Typed notes",
      lawyerAccompanies: "on",
    });
    const office = refusal(
      await clientPage(id, {
        intent: CLIENT_CHECK_IN_INTENTS.schedule,
        kind: "ero_office",
        reportingOrder: "i220b",
        officeId: "no-such-office",
        date: "2027-03-09",
        time: "10:00",
      }),
    );
    expect(office.errors.officeId).toBe("Choose an office from the list.");
    expect(office.values).toMatchObject({ officeId: "no-such-office", date: "2027-03-09", time: "10:00" });
    const series = refusal(
      await clientPage(id, {
        intent: CLIENT_CHECK_IN_INTENTS.schedule,
        kind: "isap_phone",
        reportingOrder: "i220b",
        timeZone: "America/Chicago",
        date: "2027-03-09",
        time: "10:00",
        repeat: "weeks",
        every: "2",
      }),
    );
    expect(series.errors.until).toBe("Say until when, or how many times.");
    expect(series.values).toMatchObject({ timeZone: "America/Chicago", repeat: "weeks", every: "2" });
    // A field sent twice is refused, not read as its first value.
    const twice = refusal(
      await clientPage(id, [
        ["intent", CLIENT_CHECK_IN_INTENTS.schedule],
        ["kind", "ero_office"],
        ["reportingOrder", "i220b"],
        ["officeId", "ero-new-york"],
        ["date", "2027-03-09"],
        ["date", "2027-03-10"],
        ["time", "10:00"],
      ]),
    );
    expect(twice.errors.date).toBeTruthy();
    expect(snapshot()).toBe(before);
  });

  it("asks once about the warnings, then schedules it and audits it", async () => {
    const id = makeClient(firm, { familyName: "Mamani", givenNames: "Luis" });
    const form = {
      intent: CLIENT_CHECK_IN_INTENTS.schedule,
      kind: "ero_office",
      reportingOrder: "i220b",
      officeId: "ero-new-york",
      // A Sunday: the office is closed, so the action warns first.
      date: "2027-03-07",
      time: "10:00",
      bring: "I-220B",
    };
    const before = snapshot();
    const warned = refusal(await clientPage(id, form));
    expect((warned as { warnings?: string[] }).warnings?.length).toBeGreaterThan(0);
    expect(warned.values).toMatchObject({ date: "2027-03-07", bring: "I-220B" });
    expect(snapshot()).toBe(before);
    const audits = audited("checkin.scheduled");
    const saved = await clientPage(id, { ...form, confirmWarnings: "on" });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`/clients/${id}#check-ins`);
    const rows = getSqlite()
      .prepare("select local_date as d, local_time as t from check_ins where client_id = ?")
      .all(id);
    expect(rows).toEqual([{ d: "2027-03-07", t: "10:00" }]);
    expect(audited("checkin.scheduled")).toBe(audits + 1);
  });
});

describe("postponing or cancelling a hearing", () => {
  const addHearing = async (id: string) => {
    const added = await clientPage(id, {
      intent: HEARING_INTENTS.add,
      hearingType: "master",
      court: "Newark Immigration Court",
      date: "2027-05-05",
      time: "09:00",
      timeZone: "America/New_York",
    });
    expect(added.status).toBe(302);
    return (getSqlite().prepare("select id from hearings where client_id = ?").get(id) as { id: string }).id;
  };

  it("refuses a postponement with no date, no reason and a bad time, keeping what was typed", async () => {
    const id = makeClient(firm, { familyName: "Huanca", givenNames: "Elena" });
    const hearingId = await addHearing(id);
    const before = snapshot();
    const body = refusal(
      await clientPage(id, {
        intent: HEARING_INTENTS.postpone,
        hearingId,
        toDate: "",
        toTime: "9am",
        reason: "   ",
      }),
    );
    expect(body.errors).toMatchObject({
      toDate: "New date is required.",
      toTime: "Enter the time as HH:MM (24-hour).",
      reason: "Reason is required.",
    });
    expect(body.values).toMatchObject({ intent: HEARING_INTENTS.postpone, hearingId, toTime: "9am" });
    const long = refusal(
      await clientPage(id, {
        intent: HEARING_INTENTS.postpone,
        hearingId,
        toDate: "2027-06-01",
        reason: "r".repeat(501),
      }),
    );
    expect(long.errors.reason).toBe("Reason must be at most 500 characters.");
    expect(long.values.toDate).toBe("2027-06-01");
    // Both buttons at once is no answer to which one was meant.
    const both = refusal(
      await clientPage(id, [
        ["intent", HEARING_INTENTS.postpone],
        ["intent", HEARING_INTENTS.cancel],
        ["hearingId", hearingId],
        ["toDate", "2027-06-01"],
        ["reason", "Court closed"],
      ]),
    );
    expect(both.errors.intent).toBe("Unknown action.");
    expect(snapshot()).toBe(before);
  });

  it("postpones (the old date kept) and cancels without a reason, each audited", async () => {
    const id = makeClient(firm, { familyName: "Ticona", givenNames: "Pablo" });
    const hearingId = await addHearing(id);
    const postponed = audited("hearing.postponed");
    const moved = await clientPage(id, {
      intent: HEARING_INTENTS.postpone,
      hearingId,
      toDate: "2027-06-01",
      toTime: "13:30",
      reason: "Court closed",
    });
    expect(moved.status).toBe(302);
    expect(moved.headers.get("location")).toBe(`/clients/${id}#hearings`);
    expect(
      getSqlite()
        .prepare(
          "select from_date as f, to_date as t, to_time as tt, reason from hearing_postponements where hearing_id = ?",
        )
        .all(hearingId),
    ).toEqual([{ f: "2027-05-05", t: "2027-06-01", tt: "13:30", reason: "Court closed" }]);
    expect(audited("hearing.postponed")).toBe(postponed + 1);

    const cancelled = audited("hearing.cancelled");
    // A cancellation needs no date or reason: the postponement's checks do not apply to it.
    const gone = await clientPage(id, { intent: HEARING_INTENTS.cancel, hearingId, toDate: "", reason: "" });
    expect(gone.status).toBe(302);
    const h = getSqlite().prepare("select cancelled, notes from hearings where id = ?").get(hearingId) as {
      cancelled: number;
      notes: string;
    };
    expect(h.cancelled).toBe(1);
    expect(h.notes).toContain("Cancelled: No reason given");
    expect(audited("hearing.cancelled")).toBe(cancelled + 1);
  });
});

describe("marking a deadline", () => {
  it("refuses an unknown mark and a missing key: 400, the message under the field, nothing saved; then marks it", async () => {
    const id = makeClient(firm, { familyName: "Condo", givenNames: "Julia" });
    const event = await clientPage(id, {
      intent: EVENT_INTENTS.add,
      type: "ij_decision",
      outcome: "removal_ordered",
      decisionForm: "oral",
      effectiveDate: new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10),
    });
    expect(event.status).toBe(302);
    const key = derivedToday(getClient(firm, id)!).deadlines[0]?.key;
    expect(key).toBeTruthy();
    const before = snapshot();
    const bad = refusal(await clientPage(id, { intent: DEADLINE_INTENTS.mark, key: key!, mark: "finished" }));
    expect(bad.errors.mark).toBeTruthy();
    expect(bad.values).toMatchObject({ key, mark: "finished" });
    const noKey = refusal(await clientPage(id, { intent: DEADLINE_INTENTS.mark, mark: "done" }));
    expect(noKey.errors.key).toBeTruthy();
    expect(noKey.values).toMatchObject({ mark: "done" });
    expect(snapshot()).toBe(before);

    const marks = audited("deadline.marked");
    const done = await clientPage(id, { intent: DEADLINE_INTENTS.mark, key: key!, mark: "done" });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe(`/clients/${id}#deadlines`);
    expect(
      getSqlite().prepare("select mark from deadline_marks where client_id = ? and key = ?").get(id, key),
    ).toEqual({ mark: "done" });
    expect(audited("deadline.marked")).toBe(marks + 1);
  });
});

describe("the client's agreement to reminders", () => {
  it("refuses consent for a client with no email, keeping who gave it; with an email it is recorded", async () => {
    const id = makeClient(firm, { familyName: "Flores", givenNames: "Nina" });
    const before = snapshot();
    const body = refusal(
      await clientPage(id, {
        intent: CLIENT_CHECK_IN_INTENTS.reminderConsent,
        consent: "yes",
        via: "client",
      }),
    );
    expect(body.formError).toBe("Add the client's email address first: reminders go by email.");
    expect(body.values).toMatchObject({ consent: "yes", via: "client" });
    expect(snapshot()).toBe(before);

    getSqlite().prepare("update clients set email = 'nina.flores@example.org' where id = ?").run(id);
    const agreed = audited("client.reminders_agreed");
    const saved = await clientPage(id, {
      intent: CLIENT_CHECK_IN_INTENTS.reminderConsent,
      consent: "yes",
      via: "client",
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`/clients/${id}#check-ins`);
    expect(
      getSqlite()
        .prepare("select reminder_consent as c, reminder_consent_by as by from clients where id = ?")
        .get(id),
    ).toEqual({ c: 1, by: "client" });
    expect(audited("client.reminders_agreed")).toBe(agreed + 1);
  });
});

describe("portal access", () => {
  it("refuses a link for a client with no email or phone, and a form with both buttons; then gives and revokes access", async () => {
    const id = makeClient(firm, { familyName: "Vargas", givenNames: "Teo" });
    const before = snapshot();
    const none = refusal(await clientPage(id, { intent: PORTAL_INTENTS.invite }));
    expect(none.formError).toBe("Add the client's email or phone first: they sign in with one of them.");
    expect(none.values).toMatchObject({ intent: PORTAL_INTENTS.invite });
    const both = refusal(
      await clientPage(id, [
        ["intent", PORTAL_INTENTS.invite],
        ["intent", PORTAL_INTENTS.revoke],
      ]),
    );
    expect(both.errors.intent).toBe("Unknown action.");
    expect(both.formError).toBe("Unknown action.");
    expect(snapshot()).toBe(before);

    getSqlite().prepare("update clients set email = 'teo.vargas@example.org' where id = ?").run(id);
    const invited = audited("portal.invited");
    const link = await clientPage(id, { intent: PORTAL_INTENTS.invite });
    expect(link.status).toBe(200);
    expect((link.body as { portalLink?: string }).portalLink).toMatch(/\/portal\/\S+$/);
    expect(
      getSqlite().prepare("select count(*) as n from portal_invites where client_id = ?").get(id),
    ).toEqual({ n: 1 });
    expect(audited("portal.invited")).toBe(invited + 1);

    const revoked = audited("portal.revoked");
    const off = await clientPage(id, { intent: PORTAL_INTENTS.revoke });
    expect(off.status).toBe(302);
    expect(off.headers.get("location")).toBe(`/clients/${id}#portal`);
    expect(audited("portal.revoked")).toBe(revoked + 1);
  });
});
