// The alert page's match forms, the new-article page's promote and upload forms, the check-ins queue's
// "office closed for a day" and the calendar's link buttons on the one way (docs/forms.md): a refused form
// is a 400 in the one FormFailure shape, with the field's message, what was typed (never a file), and no
// row changed; a good one still saves, audited.
import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "#db/client";
import { ingestArticle } from "~/models/alerts.server";
import { addOffice, scheduleCheckIns } from "~/models/checkin.server";
import { createClient } from "~/models/client.server";
import { ALERT_INTENTS } from "~/utils/alert-page";
import { NEW_ARTICLE_INTENTS } from "~/utils/alert-schemas";
import { CALENDAR_INTENTS } from "~/utils/calendar-schemas";
import { clientFormSchema } from "~/utils/client-schema";
import { QUEUE_INTENTS } from "~/utils/queue-schemas";
import { makeAlert, makeClient, makeFirm, makeUser, sessionCookie } from "./fixtures";
import { refusal, route, tablesSnapshot } from "./refusals";
import { callRoute, nextIp, type RouteAnswer } from "./route-call";

/** Every row of the tables these forms write (alert_matches has no rowid: ordered by its key). */
const snapshot = () =>
  [
    tablesSnapshot([
      "articles",
      "alerts",
      "alert_countries",
      "timeline_notes",
      "clients",
      "check_ins",
      "calendar_feeds",
      "notification_outbox",
      "audit_log",
    ]),
    JSON.stringify(getSqlite().prepare("select * from alert_matches order by alert_id, client_id").all()),
  ].join("|");

const auditMark = () =>
  (getSqlite().prepare("select coalesce(max(rowid), 0) m from audit_log").get() as { m: number }).m;
const auditSince = (mark: number) =>
  (getSqlite().prepare("select action from audit_log where rowid > ?").all(mark) as { action: string }[]).map(
    (r) => r.action,
  );

let firm: string;
let lawyer: string;
let paralegal: string;
let alertId: string;
let clientId: string;
let notOnAlert: string;
let articleId: string;
let officeId: string;
let otherOfficeId: string;

beforeAll(async () => {
  firm = makeFirm("Alert and queue refusals firm");
  const lawyerId = (await makeUser(firm, "lawyer")).id;
  lawyer = await sessionCookie(lawyerId);
  paralegal = await sessionCookie((await makeUser(firm, "paralegal")).id);
  const actor = { id: lawyerId, firmId: firm, ip: "127.0.0.1" };
  const created = createClient(
    actor,
    clientFormSchema.parse({ familyName: "Zhang", givenNames: "Li", nationalities: "CN" }),
  );
  if (!created.ok) throw new Error("fixture client not created");
  clientId = created.id;
  notOnAlert = makeClient(firm, { familyName: "Nowhere", givenNames: "Ann" });
  alertId = makeAlert(firm);
  articleId = ingestArticle(actor, {
    source: "pasted",
    title: `Weather report ${Date.now()}`,
    body: "Rain is expected across the city on Tuesday, with clear skies by the weekend.",
    publishedOn: "2026-11-02",
  }).articleId;
  const office = {
    kind: "other" as const,
    address: "1 Main St",
    timeZone: "America/New_York",
    openDays: "12345",
    opens: "08:00",
    closes: "16:00",
  };
  officeId = addOffice(actor, { ...office, name: "Refusals office" });
  const otherFirm = makeFirm("Another firm");
  const otherAdmin = (await makeUser(otherFirm, "admin")).id;
  otherOfficeId = addOffice(
    { id: otherAdmin, firmId: otherFirm, ip: "127.0.0.1" },
    {
      ...office,
      name: "Elsewhere office",
    },
  );
  scheduleCheckIns(actor, clientId, {
    kind: "ero_office",
    reportingOrder: "i220b",
    officeId,
    timeZone: "America/New_York",
    date: "2027-05-04",
    time: "10:00",
    bring: null,
    lawyerAccompanies: false,
    notes: null,
    recurrence: null,
  });
});

const post = async (
  file: string,
  url: string,
  form: Record<string, string> | [string, string][],
  cookie = lawyer,
  params = {},
) => callRoute((await route(file)) as never, url, { cookie, form, params });

describe("the alert page: marking a client reviewed", () => {
  const review = (form: Record<string, string> | [string, string][]) =>
    post("_staff.alerts.$id.tsx", `/alerts/${alertId}`, form, paralegal, { id: alertId });

  it("refuses a missing or foreign client with a message for the form, keeping the client it names", async () => {
    const before = snapshot();
    const none = refusal(await review({ intent: ALERT_INTENTS.review, clientId: "" }));
    expect(none.formError).toBe("Choose a client on this alert.");
    expect(none.errors.clientId).toBe("Client is required.");
    expect(none.values).toMatchObject({ intent: ALERT_INTENTS.review, clientId: "" });
    const away = refusal(await review({ intent: ALERT_INTENTS.review, clientId: notOnAlert }));
    expect(away.formError).toBe("That client is not on this alert.");
    expect((away as unknown as { clientId: string; intent: string }).clientId).toBe(notOnAlert);
    expect((away as unknown as { intent: string }).intent).toBe(ALERT_INTENTS.review);
    const twice = refusal(
      await review([
        ["intent", ALERT_INTENTS.review],
        ["clientId", clientId],
        ["clientId", notOnAlert],
      ]),
    );
    expect(twice.formError).toBe("Choose a client on this alert.");
    expect(snapshot()).toBe(before);
  });

  it("marks a client on the alert reviewed and undoes it, each audited", async () => {
    const mark = auditMark();
    const r = await review({ intent: ALERT_INTENTS.review, clientId });
    expect(r.status).toBe(302);
    expect(r.headers.get("location")).toBe(`/alerts/${alertId}#client-${clientId}`);
    const row = () =>
      getSqlite()
        .prepare("select reviewed_at from alert_matches where alert_id = ? and client_id = ?")
        .get(alertId, clientId) as { reviewed_at: string | null };
    expect(row().reviewed_at).toBeTruthy();
    expect((await review({ intent: ALERT_INTENTS.unreview, clientId })).status).toBe(302);
    expect(row().reviewed_at).toBeNull();
    expect(auditSince(mark)).toEqual(["alert.match_reviewed", "alert.match_reopened"]);
  });
});

describe("the alert page: a note on a client's timeline", () => {
  const note = (form: Record<string, string> | [string, string][]) =>
    post("_staff.alerts.$id.tsx", `/alerts/${alertId}`, form, lawyer, { id: alertId });

  it("refuses an empty, a too long or a doubled note: the message by the field, what was typed kept", async () => {
    const before = snapshot();
    const empty = refusal(await note({ intent: ALERT_INTENTS.note, clientId, body: "   " }));
    expect(empty.errors.body).toBe("Note is required.");
    expect(empty.values).toMatchObject({ intent: ALERT_INTENTS.note, clientId, body: "   " });
    expect((empty as unknown as { clientId: string }).clientId).toBe(clientId);
    expect(empty.formError).toBeNull();
    const long = refusal(await note({ intent: ALERT_INTENTS.note, clientId, body: "x".repeat(2001) }));
    expect(long.errors.body).toBe("Note must be at most 2000 characters.");
    const twice = refusal(
      await note([
        ["intent", ALERT_INTENTS.note],
        ["clientId", clientId],
        ["body", "Typed once"],
        ["body", "Typed twice"],
      ]),
    );
    expect(twice.errors.body).toBeTruthy();
    expect(twice.values.body).toBe("Typed once");
    const elsewhere = refusal(
      await note({ intent: ALERT_INTENTS.note, clientId: "not-a-client", body: "Typed for nobody" }),
    );
    expect(elsewhere.formError).toBe("That client is not in this firm.");
    expect(elsewhere.values.body).toBe("Typed for nobody");
    expect(snapshot()).toBe(before);
  });

  it("adds a good note to the client's timeline, audited", async () => {
    const mark = auditMark();
    const r = await note({ intent: ALERT_INTENTS.note, clientId, body: "  Called Li about the flight.  " });
    expect(r.status).toBe(302);
    const row = getSqlite()
      .prepare("select body, alert_id from timeline_notes where client_id = ? order by rowid desc")
      .get(clientId) as { body: string; alert_id: string };
    expect(row).toEqual({ body: "Called Li about the flight.", alert_id: alertId });
    expect(auditSince(mark)).toEqual(["timeline.note_added"]);
  });
});

describe("the new-article page: make it an alert anyway", () => {
  const promote = (form: Record<string, string>) => post("_staff.alerts.new.tsx", "/alerts/new", form);

  it("refuses an unknown or missing country with the card again, the message by the field, nothing saved", async () => {
    const before = snapshot();
    const form = { intent: NEW_ARTICLE_INTENTS.promote, articleId, kind: "flight" };
    const narnia = refusal(await promote({ ...form, countries: "Narnia" }));
    expect(narnia.errors.countries).toBe("Not a country: Narnia.");
    expect(narnia.values).toMatchObject({ articleId, kind: "flight", countries: "Narnia" });
    const card = (narnia as unknown as { notRelevant: { articleId: string; why: string } }).notRelevant;
    expect(card).toMatchObject({ articleId, why: "Not a country: Narnia." });
    const none = refusal(await promote({ ...form, countries: "  " }));
    expect(none.errors.countries).toBe("Name at least one destination country.");
    const kind = refusal(await promote({ ...form, kind: "rumour", countries: "Guatemala" }));
    expect(kind.errors.kind).toBe("Choose the kind of report.");
    expect(kind.values.countries).toBe("Guatemala");
    const noArticle = refusal(await promote({ ...form, articleId: "", countries: "Guatemala" }));
    expect(noArticle.formError).toBe("Article is required.");
    const gone = refusal(await promote({ ...form, articleId: "not-an-article", countries: "GT" }), 404);
    expect(gone.formError).toBe("That article is not in this firm's list.");
    expect(snapshot()).toBe(before);
  });

  it("makes the alert for the countries named, audited", async () => {
    const mark = auditMark();
    const r = await promote({
      intent: NEW_ARTICLE_INTENTS.promote,
      articleId,
      kind: "flight",
      countries: "China, GT",
    });
    expect(r.status).toBe(302);
    const made = getSqlite()
      .prepare("select id, countries from alerts where article_id = ?")
      .get(articleId) as {
      id: string;
      countries: string;
    };
    expect(r.headers.get("location")).toBe(`/alerts/${made.id}`);
    expect((JSON.parse(made.countries) as string[]).sort()).toEqual(["CN", "GT"]);
    expect(auditSince(mark)).toContain("alert.created");
  });
});

describe("the new-article page: uploading a file", () => {
  /** The upload as the browser sends it: multipart, with the file's bytes. */
  async function upload(parts: [string, string | Blob, string?][]): Promise<RouteAnswer> {
    const body = new FormData();
    for (const [k, v, name] of parts) {
      if (typeof v === "string") body.append(k, v);
      else body.append(k, v, name);
    }
    const request = new Request("http://localhost/alerts/new", {
      method: "POST",
      headers: { cookie: lawyer, "user-agent": "vitest" },
      body,
    });
    const action = await route("_staff.alerts.new.tsx");
    const out = (await action({
      request,
      params: {},
      context: { clientIp: nextIp(), cspNonce: "n", requestId: "t" },
    })) as unknown;
    if (out instanceof Response)
      return { status: out.status, headers: out.headers, body: null, response: out };
    const d = out as { data: unknown; init?: { status?: number } | null };
    return { status: d.init?.status ?? 200, headers: new Headers(), body: d.data, response: null };
  }
  const text = (s: string) => new Blob([s], { type: "text/plain" });
  const FLIGHT = "ICE flew 90 Hondurans to San Pedro Sula on a removal flight on Tuesday.";

  it("refuses a missing file, a PDF, a bad date and a form without its intent, never sending a file back", async () => {
    const before = snapshot();
    const typed: [string, string][] = [
      ["intent", NEW_ARTICLE_INTENTS.upload],
      ["uploadTitle", "Typed upload title"],
      ["uploadPublishedOn", "2026-11-03"],
    ];
    const pdf = refusal(await upload([...typed, ["file", text(FLIGHT), "flight.pdf"]]));
    expect(pdf.errors.file).toBe(
      "Only .txt and .html files can be read. Save a PDF or e-mail as text first.",
    );
    expect(pdf.values).toMatchObject({ uploadTitle: "Typed upload title", uploadPublishedOn: "2026-11-03" });
    expect(pdf.values).not.toHaveProperty("file");
    expect(JSON.stringify(pdf)).not.toContain("Hondurans");
    const none = refusal(await upload(typed));
    expect(none.errors.file).toBe("Choose a .txt or .html file.");
    const emptyFile = refusal(await upload([...typed, ["file", text(""), "empty.txt"]]));
    expect(emptyFile.errors.file).toBe("Choose a .txt or .html file.");
    const date = refusal(
      await upload([
        ["intent", NEW_ARTICLE_INTENTS.upload],
        ["uploadTitle", "Typed upload title"],
        ["uploadPublishedOn", "3 Nov"],
        ["file", text(FLIGHT), "flight.txt"],
      ]),
    );
    expect(date.errors.uploadPublishedOn).toBe("Publication date: enter a date as YYYY-MM-DD.");
    expect(date.values.uploadPublishedOn).toBe("3 Nov");
    const noIntent = refusal(
      await upload([
        ["uploadTitle", "Typed"],
        ["file", text(FLIGHT), "flight.txt"],
      ]),
    );
    expect(noIntent.formError).toBe("This form could not be read. Reload the page and try again.");
    expect(snapshot()).toBe(before);
  });

  it("reads a good .txt file into an alert, audited", async () => {
    const mark = auditMark();
    const r = await upload([
      ["intent", NEW_ARTICLE_INTENTS.upload],
      ["uploadTitle", `Honduras flight ${Date.now()}`],
      ["uploadPublishedOn", "2026-11-03"],
      ["file", text(FLIGHT), "news.txt"],
    ]);
    expect(r.status).toBe(302);
    expect(r.headers.get("location")).toMatch(/^\/alerts\/[^/]+$/);
    expect(auditSince(mark)).toContain("alert.created");
  });
});

describe("the check-ins queue: an office closed for a day", () => {
  const closed = (form: Record<string, string>) =>
    post("_staff.check-ins.tsx", "/check-ins", form, paralegal);
  const good = {
    intent: QUEUE_INTENTS.officeClosed,
    fromDate: "2027-05-04",
    toDate: "2027-05-06",
    reason: "Office closed: snow",
  };

  it("refuses the same day, no reason, another firm's office and a day with nothing on it, keeping what was typed", async () => {
    const before = snapshot();
    const same = refusal(await closed({ ...good, officeId, toDate: "2027-05-04" }));
    expect(same.errors.toDate).toBe("Choose a different day.");
    expect(same.values).toMatchObject({
      officeId,
      fromDate: "2027-05-04",
      toDate: "2027-05-04",
      reason: good.reason,
    });
    const why = refusal(await closed({ ...good, officeId, reason: "  " }));
    expect(why.errors.reason).toBe("Say why (e.g. office closed: weather).");
    expect(why.values.toDate).toBe("2027-05-06");
    const noOffice = refusal(await closed({ ...good, officeId: "" }));
    expect(noOffice.errors.officeId).toBe("Choose the office.");
    const elsewhere = refusal(await closed({ ...good, officeId: otherOfficeId }));
    expect(elsewhere.errors.officeId).toBe("Choose an office from the list.");
    expect(elsewhere.values.reason).toBe(good.reason);
    const empty = refusal(await closed({ ...good, officeId, fromDate: "2027-05-05" }));
    expect(empty.errors.fromDate).toBe("No scheduled check-ins at that office on that day.");
    const date = refusal(await closed({ ...good, officeId, fromDate: "05/04/2027" }));
    expect(date.errors.fromDate).toBe("Closed on: enter a date as YYYY-MM-DD.");
    for (const b of [same, why, noOffice, elsewhere, empty, date])
      expect((b as unknown as { intent: string }).intent).toBe(QUEUE_INTENTS.officeClosed);
    expect(snapshot()).toBe(before);
  });

  it("moves the day's check-ins, each audited", async () => {
    const mark = auditMark();
    const r = await closed({ ...good, officeId });
    expect(r.status).toBe(302);
    const moved = getSqlite()
      .prepare("select local_date, status from check_ins where client_id = ? order by local_date")
      .all(clientId);
    expect(moved).toEqual([
      { local_date: "2027-05-04", status: "rescheduled" },
      { local_date: "2027-05-06", status: "scheduled" },
    ]);
    expect(auditSince(mark)).toEqual(["checkin.bulk_rescheduled"]);
  });
});

describe("the calendar: the private link's buttons", () => {
  const feed = (form: Record<string, string>) => post("_staff.calendar.tsx", "/calendar", form);

  it("refuses an unknown button in the one shape, nothing made", async () => {
    const before = snapshot();
    const body = refusal(await feed({ intent: "nonsense" }));
    expect(body.formError).toBe("Unknown action.");
    expect(body.errors.intent).toBe("Unknown action.");
    expect(body.values).toEqual({ intent: "nonsense" });
    expect(refusal(await feed({})).formError).toBe("Unknown action.");
    expect(snapshot()).toBe(before);
  });

  it("makes a link (shown once) and turns it off, each audited", async () => {
    const mark = auditMark();
    const made = await feed({ intent: CALENDAR_INTENTS.regenerateFeed });
    expect(made.status).toBe(200);
    expect((made.body as { feedUrl: string }).feedUrl).toMatch(/\/calendar\/feed\/[a-z2-7]{32}\.ics$/);
    const off = await feed({ intent: CALENDAR_INTENTS.revokeFeed });
    expect(off.status).toBe(302);
    expect(auditSince(mark)).toEqual(["calendar.feed_created", "calendar.feed_revoked"]);
  });
});

describe("the calendar: its address", () => {
  type Page = {
    view: string;
    anchor: string;
    today: string;
    filters: { staff: string | null; office: string | null };
    problems: string[];
  };
  const load = async (search: string) => {
    const { loader } = (await import("~/routes/_staff.calendar")) as {
      loader: Parameters<typeof callRoute>[0];
    };
    const r = await callRoute(loader, `/calendar${search}`, { cookie: lawyer });
    expect(r.status).toBe(200);
    return r.body as Page;
  };

  it("says what it could not show and what it shows instead, instead of ignoring it", async () => {
    const bad = await load(`?view=year&date=2027-02-30&staff=${"s".repeat(41)}&office=nowhere`);
    expect(bad.problems).toEqual([
      "The calendar shows a month or a week: showing the month.",
      "The date in the address is not a date (YYYY-MM-DD): showing today.",
      "The staff member in the address is not in this firm: showing everyone.",
      "The office in the address is not one of this firm's: showing any office.",
    ]);
    expect(bad).toMatchObject({ view: "month", filters: { staff: null, office: null } });
    expect(bad.anchor).toBe(bad.today);
    const foreign = await load(`?office=${otherOfficeId}`);
    expect(foreign.problems).toEqual([
      "The office in the address is not one of this firm's: showing any office.",
    ]);
  });

  it("keeps the links and the filter form's own values working, an empty choice meaning everyone", async () => {
    const good = await load(`?view=week&date=2027-05-04&staff=&office=${officeId}`);
    expect(good.problems).toEqual([]);
    expect(good).toMatchObject({
      view: "week",
      anchor: "2027-05-04",
      filters: { staff: null, office: officeId },
    });
    expect((await load("")).problems).toEqual([]);
  });
});

describe("the check-ins queue: its address", () => {
  type Page = {
    filters: { paralegal: string | null; office: string | null; kind: string | null };
    problems: string[];
    search: string;
    week: { all: boolean };
  };
  const load = async (search: string) => {
    const { loader } = (await import("~/routes/_staff.check-ins")) as {
      loader: Parameters<typeof callRoute>[0];
    };
    const r = await callRoute(loader, `/check-ins${search}`, { cookie: lawyer });
    expect(r.status).toBe(200);
    return r.body as Page;
  };

  it("says what it could not show and shows everything instead, never an empty queue under 'Anyone'", async () => {
    const stranger = (await makeUser(makeFirm("A third firm"), "paralegal")).id;
    const bad = await load(`?paralegal=${stranger}&office=${otherOfficeId}&kind=home-visit&show=everything`);
    expect([...bad.problems].sort()).toEqual(
      [
        "The paralegal in the address is not in this firm: showing anyone's check-ins.",
        "The office in the address is not one of this firm's: showing any office.",
        "The kind of check-in in the address is not one Casewatch knows: showing every kind.",
        "The list in the address is not one of the queue's: showing the first of each.",
      ].sort(),
    );
    expect(bad.filters).toEqual({ paralegal: null, office: null, kind: null });
    // The "show all" links do not carry the dropped values on.
    expect(bad.search).toBe("?");
    const long = await load(`?paralegal=${"p".repeat(41)}`);
    expect(long.problems).toEqual([
      "The paralegal in the address is not in this firm: showing anyone's check-ins.",
    ]);
  });

  it("keeps the filter form's own values, an empty choice meaning anyone", async () => {
    const good = await load(`?paralegal=&office=${officeId}&kind=ero_office&show=week`);
    expect(good.problems).toEqual([]);
    expect(good.filters).toEqual({ paralegal: null, office: officeId, kind: "ero_office" });
    expect(good.week.all).toBe(true);
    expect(good.search).toBe(`?office=${officeId}&kind=ero_office&show=week`);
    expect((await load("")).problems).toEqual([]);
  });
});
