// The queue and alert forms on the one way (docs/forms.md): a refused form is a 400 in the one FormFailure
// shape, with the field's message, the values as typed, and nothing saved.
import { beforeAll, describe, expect, it } from "vitest";
import { makeFirm, makeUser, sessionCookie } from "./fixtures";
import { route, tablesSnapshot, type Failure } from "./refusals";
import { callRoute } from "./route-call";

const snapshot = () => tablesSnapshot(["articles", "alerts", "audit_log"]);

let cookie: string;

beforeAll(async () => {
  const firm = makeFirm("Queue and alert refusals firm");
  cookie = await sessionCookie((await makeUser(firm, "lawyer")).id);
});

describe("pasting an article", () => {
  it("refuses a bad address: 400, the message by the field, the typed values kept, nothing saved", async () => {
    const action = await route("_staff.alerts.new.tsx");
    const before = snapshot();
    const r = await callRoute(action as never, "/alerts/new", {
      cookie,
      form: { title: "Typed title", url: "not an address", publishedOn: "2026-03-02", text: "Typed text" },
    });
    expect(r.status).toBe(400);
    const body = r.body as Failure;
    expect(body.ok).toBe(false);
    expect(body.errors.url).toBeTruthy();
    expect(body.errors.title).toBeUndefined();
    expect(body.values).toMatchObject({ title: "Typed title", url: "not an address", text: "Typed text" });
    expect(body).toHaveProperty("formError");
    expect(snapshot()).toBe(before);
  });
});
