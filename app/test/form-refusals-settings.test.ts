// The settings pages' forms on the one way (docs/forms.md): a refused form is a 400 (429 for a rate
// limit) in the one FormFailure shape, with the field's message, what was typed (never a password, a
// code or a token), and no row changed.
import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "#db/client";
import { makeFirm, makeUser, sessionCookie, TEST_PASSWORD } from "./fixtures";
import { refusal, route, tablesSnapshot } from "./refusals";
import { callRoute } from "./route-call";

/** Every row of the tables these forms write, so "changed nothing" is checked, not assumed. */
const snapshot = () =>
  tablesSnapshot([
    "feeds",
    "users",
    "invites",
    "sessions",
    "recovery_codes",
    "portal_texts",
    "sms_settings",
    "backups",
    "audit_log",
    "mail_messages",
  ]);

let firm: string;
let admin: string;
let lawyer: string;

beforeAll(async () => {
  firm = makeFirm("Settings refusals firm");
  admin = await sessionCookie((await makeUser(firm, "admin")).id);
  lawyer = await sessionCookie((await makeUser(firm, "lawyer")).id);
});

const post = async (file: string, url: string, cookie: string, form: Record<string, string>) =>
  callRoute((await route(file)) as never, url, { cookie, form });

describe("settings: feeds", () => {
  it("refuses a feed address that is not http(s): 400, the message by the field, the typed values kept", async () => {
    const before = snapshot();
    const body = refusal(
      await post("_staff.settings.feeds.tsx", "/settings/feeds", admin, {
        intent: "add",
        url: "ftp://example.org/feed.xml",
        title: "Typed feed name",
        intervalMinutes: "180",
      }),
    );
    expect(body.errors.url).toBe("Enter an address starting with http:// or https://.");
    expect(body.values).toMatchObject({
      url: "ftp://example.org/feed.xml",
      title: "Typed feed name",
      intervalMinutes: "180",
    });
    const interval = refusal(
      await post("_staff.settings.feeds.tsx", "/settings/feeds", admin, {
        intent: "add",
        url: "http://127.0.0.1:9/feed.xml",
        intervalMinutes: "7",
      }),
    );
    expect(interval.errors.intervalMinutes).toBe("Choose how often to fetch.");
    const row = refusal(
      await post("_staff.settings.feeds.tsx", "/settings/feeds", admin, { intent: "pause", feedId: "" }),
    );
    expect(row.formError).toBe("Choose a feed.");
    const elsewhere = refusal(
      await post("_staff.settings.feeds.tsx", "/settings/feeds", admin, { intent: "pause", feedId: "nope" }),
    );
    expect(elsewhere.formError).toBe("That feed is not on this firm's list.");
    expect(snapshot()).toBe(before);
  });
});

describe("settings: profile and password", () => {
  it("refuses a blank name: 400, the message by the field, nothing saved", async () => {
    const before = snapshot();
    const body = refusal(
      await post("_staff.settings._index.tsx", "/settings", lawyer, {
        intent: "profile",
        displayName: "   ",
      }),
    );
    expect(body.errors.displayName).toBe("Your name is required.");
    expect(body.values).toMatchObject({ intent: "profile", displayName: "   " });
    expect(snapshot()).toBe(before);
  });

  it("refuses a wrong current password and a weak new one, and never sends a password back", async () => {
    const before = snapshot();
    const wrong = refusal(
      await post("_staff.settings._index.tsx", "/settings", lawyer, {
        intent: "password",
        currentPassword: "not the password typed",
        newPassword: "a new password long enough 7",
      }),
    );
    expect(wrong.errors.currentPassword).toBe("That is not your current password.");
    const weak = refusal(
      await post("_staff.settings._index.tsx", "/settings", lawyer, {
        intent: "password",
        currentPassword: TEST_PASSWORD,
        newPassword: "short",
      }),
    );
    expect(weak.errors.newPassword).toBeTruthy();
    const missing = refusal(
      await post("_staff.settings._index.tsx", "/settings", lawyer, {
        intent: "password",
        currentPassword: "",
      }),
    );
    expect(missing.errors).toMatchObject({
      currentPassword: "Current password is required.",
      newPassword: "New password is required.",
    });
    for (const body of [wrong, weak, missing]) {
      expect(Object.keys(body.values)).not.toContain("currentPassword");
      expect(Object.keys(body.values)).not.toContain("newPassword");
      expect(JSON.stringify(body)).not.toMatch(/not the password typed|long enough 7|test password/);
    }
    expect(snapshot()).toBe(before);
  });
});

describe("settings: users", () => {
  const users = (form: Record<string, string>, cookie = admin) =>
    post("_staff.settings.users.tsx", "/settings/users", cookie, form);

  it("refuses an invitation with a bad email or an address in use, keeping the typed name and role", async () => {
    await makeUser(firm, "paralegal", { email: "taken-settings@example.org" });
    const before = snapshot();
    const bad = refusal(
      await users({
        intent: "invite",
        displayName: "Typed Person",
        email: "typed at example",
        role: "lawyer",
      }),
    );
    expect(bad.errors.email).toBe("Enter an email address like name@example.org.");
    expect(bad.values).toMatchObject({
      displayName: "Typed Person",
      email: "typed at example",
      role: "lawyer",
    });
    const inUse = refusal(
      await users({
        intent: "invite",
        displayName: "Typed Again",
        email: "Taken-Settings@example.org",
        role: "paralegal",
      }),
    );
    expect(inUse.errors.email).toBe("Someone already has an account with this address.");
    expect(inUse.values.displayName).toBe("Typed Again");
    expect(snapshot()).toBe(before);
  });

  it("refuses a role that is not one, and the last admin's own change, with the message and the row", async () => {
    const paralegal = await makeUser(firm, "paralegal");
    const adminRow = getSqlite()
      .prepare("select id from users where firm_id = ? and role = 'admin'")
      .get(firm) as { id: string };
    const before = snapshot();
    const role = refusal(await users({ intent: "role", userId: paralegal.id, role: "owner" }));
    expect(role.errors.role).toBe("Choose a role.");
    expect(role.formError).toBe("Choose a role.");
    expect(role.values).toMatchObject({ userId: paralegal.id, role: "owner" });
    const self = refusal(await users({ intent: "role", userId: adminRow.id, role: "lawyer" }));
    expect(self.formError).toBe("The firm needs at least one admin. Make someone else admin first.");
    const off = refusal(await users({ intent: "deactivate", userId: adminRow.id }));
    expect(off.formError).toBe("You cannot deactivate your own account.");
    expect(refusal(await users({ intent: "nonsense" })).formError).toBe("Unknown action.");
    expect(snapshot()).toBe(before);
  });
});

describe("settings: portal texts", () => {
  const texts = (form: Record<string, string>) =>
    post("_staff.settings.portal-texts.tsx", "/settings/portal-texts", lawyer, form);

  it("refuses an empty text and an over-long review by the field, keeping what was typed", async () => {
    const before = snapshot();
    const empty = refusal(await texts({ intent: "save", language: "es", key: "status.none", text: "   " }));
    expect(empty.errors.text).toBe("The text must be 1 to 2,000 characters.");
    expect(empty.values).toMatchObject({ language: "es", key: "status.none" });
    const review = refusal(
      await texts({ intent: "approve", language: "es", key: "catalog.review", text: "R".repeat(201) }),
    );
    expect(review.errors.text).toBe("Write who reviewed the translation (1 to 200 characters).");
    expect(review.values.text).toBe("R".repeat(201));
    const unknown = refusal(
      await texts({ intent: "save", language: "en", key: "catalog.review", text: "x" }),
    );
    expect(unknown.formError).toBe("Unknown text.");
    expect(snapshot()).toBe(before);
  });
});

describe("settings: two-step sign-in", () => {
  it("refuses a missing code by the field and a wrong one, never sending the code back", async () => {
    const me = await sessionCookie((await makeUser(firm, "paralegal")).id);
    const security = (form: Record<string, string>) =>
      post("_staff.settings.security.tsx", "/settings/security", me, form);
    expect((await security({ intent: "start" })).status).toBe(302);
    const before = snapshot();
    const missing = refusal(await security({ intent: "confirm", code: "  " }));
    expect(missing.errors.code).toBe("Enter the 6-digit code your app shows now.");
    const wrong = refusal(await security({ intent: "confirm", code: "000111" }));
    expect(wrong.formError).toMatch(/^That code is not right/);
    for (const body of [missing, wrong]) {
      expect(Object.keys(body.values)).not.toContain("code");
      expect(JSON.stringify(body)).not.toContain("000111");
    }
    expect(snapshot()).toBe(before);
  });
});
