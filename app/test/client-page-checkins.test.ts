// The client page's check-in forms act only on the check-ins of the client in the URL: an outcome or a
// "came home safe" posted with another client's check-in (same firm) is 404 and changes nothing, and a
// second outcome on the same check-in is refused with the first one kept.
import path from "node:path";
import type { ActionFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "#db/client";
import { CLIENT_CHECK_IN_INTENTS } from "~/utils/client-page-intents";
import { makeCheckIn, makeClient, makeFirm, makeUser, sessionCookie } from "./fixtures";
import { callRoute } from "./route-call";

type Action = (args: ActionFunctionArgs) => Promise<unknown>;
let action: Action;
let cookie: string;
let mine: string;
let other: string;
let othersCheckIn: string;

/** Every row of the tables a check-in action writes, so "changes nothing" is checked, not assumed. */
function snapshot(): string {
  const db = getSqlite();
  return ["check_ins", "clients", "audit_log", "notification_outbox"]
    .map((t) => JSON.stringify(db.prepare(`select * from ${t} order by rowid`).all()))
    .join("|");
}

const post = (clientId: string, form: Record<string, string>) =>
  callRoute(action as never, `/clients/${clientId}`, { form, cookie, params: { id: clientId } });

beforeAll(async () => {
  action = (
    (await import(/* @vite-ignore */ path.resolve("app/routes/_staff.clients.$id.tsx"))) as {
      action: Action;
    }
  ).action;
  const firm = makeFirm("Check-in scope firm");
  cookie = await sessionCookie((await makeUser(firm, "paralegal")).id);
  mine = makeClient(firm, { familyName: "Ortiz", givenNames: "Ana" });
  other = makeClient(firm, { familyName: "Mensah", givenNames: "Kofi" });
  othersCheckIn = makeCheckIn(firm, other);
});

describe("client page: check-in actions", () => {
  it("refuses an outcome for a check-in of another client of the firm (404) and changes nothing", async () => {
    const before = snapshot();
    const r = await post(mine, {
      intent: CLIENT_CHECK_IN_INTENTS.outcome,
      checkInId: othersCheckIn,
      outcome: "detained",
    });
    expect(r.status).toBe(404);
    expect(snapshot()).toBe(before);
  });

  it("refuses 'came home safe' for a check-in of another client (404) and changes nothing", async () => {
    const before = snapshot();
    const r = await post(mine, { intent: CLIENT_CHECK_IN_INTENTS.confirmSafe, checkInId: othersCheckIn });
    expect(r.status).toBe(404);
    expect(snapshot()).toBe(before);
  });

  it("records the outcome on the right client's page, then refuses a second one and keeps the first", async () => {
    const first = await post(other, {
      intent: CLIENT_CHECK_IN_INTENTS.outcome,
      checkInId: othersCheckIn,
      outcome: "attended",
      notes: "Reported on time",
    });
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe(`/clients/${other}#check-ins`);
    const before = snapshot();
    const second = await post(other, {
      intent: CLIENT_CHECK_IN_INTENTS.outcome,
      checkInId: othersCheckIn,
      outcome: "detained",
    });
    expect(second.status).toBe(400);
    expect(second.body).toMatchObject({
      intent: CLIENT_CHECK_IN_INTENTS.outcome,
      checkInId: othersCheckIn,
      formError: "This check-in already has an outcome (attended); reload the page.",
    });
    expect(snapshot()).toBe(before);
    const row = getSqlite()
      .prepare("select status, outcome_notes n from check_ins where id = ?")
      .get(othersCheckIn) as { status: string; n: string };
    expect(row).toEqual({ status: "attended", n: "Reported on time" });
  });
});
