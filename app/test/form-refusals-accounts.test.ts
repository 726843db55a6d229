// The account forms on the one way (docs/forms.md): first-run setup and import, accepting a staff
// invitation, the two-step sign-in. A refused form is a 400 in the one FormFailure shape, with the
// field's message and the values as typed (never a password or a code), and nothing changed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ActionFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, getSqlite, runMigrations } from "#db/client";
import { invites, users } from "#db/schema";
import { createId, createToken, sha256Hex } from "~/utils/crypto.server";
import { startTwoFactorChallenge } from "~/utils/login.server";
import { currentStep, generateTotpSecret, totpCodeAt } from "~/utils/totp.server";
import { makeFirm, makeUser } from "./fixtures";
import { refusal, route, tablesSnapshot, type Failure } from "./refusals";
import { callRoute } from "./route-call";

/** Every row of the tables these forms write, so "changed nothing" is checked, not assumed. */
const snapshot = () =>
  tablesSnapshot([
    "firms",
    "users",
    "invites",
    "sessions",
    "login_challenges",
    "recovery_codes",
    "audit_log",
  ]);

/** No secret typed into the form comes back in the values. */
function noSecrets(body: Failure, ...secrets: string[]) {
  for (const key of ["password", "setupCode", "code", "recoveryCode"])
    expect(body.values).not.toHaveProperty(key);
  const sent = JSON.stringify(body.values);
  for (const s of secrets) expect(sent).not.toContain(s);
}

describe("first-run setup and import (a server with no firm yet)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-setup-refusals-"));
  const workerDb = process.env.DATABASE_PATH!;
  const savedCode = process.env.CASEWATCH_SETUP_CODE;
  const CODE = "QWE123-RTY456-UIO789";
  beforeAll(() => {
    const file = path.join(dir, "empty.db");
    runMigrations(file);
    process.env.DATABASE_PATH = file;
    process.env.CASEWATCH_SETUP_CODE = CODE;
  });
  afterAll(() => {
    process.env.DATABASE_PATH = workerDb;
    if (savedCode === undefined) delete process.env.CASEWATCH_SETUP_CODE;
    else process.env.CASEWATCH_SETUP_CODE = savedCode;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const typed = {
    firmName: "Rivera & Okafor",
    firmSlug: "Rivera Okafor!",
    displayName: "Ana Rivera",
    email: "ana@rivera.test",
    password: "a long passphrase for setup",
  };

  it("refuses a bad short name: 400, the message by the field, the typed values kept (no code, no password)", async () => {
    const action = await route("setup.tsx");
    const before = snapshot();
    const body = refusal(await callRoute(action as never, "/setup", { form: { setupCode: CODE, ...typed } }));
    expect(body.errors.firmSlug).toMatch(/lower-case letters/);
    expect(body.values).toEqual({
      firmName: typed.firmName,
      firmSlug: typed.firmSlug,
      displayName: typed.displayName,
      email: typed.email,
    });
    noSecrets(body, CODE, typed.password);
    expect(snapshot()).toBe(before);
  });

  it("refuses a wrong setup code and a common password by their fields, keeping what was typed", async () => {
    const action = await route("setup.tsx");
    const before = snapshot();
    const form = { ...typed, firmSlug: "rivera-okafor" };
    const wrong = refusal(
      await callRoute(action as never, "/setup", { form: { ...form, setupCode: "WRONG-1" } }),
    );
    expect(wrong.errors.setupCode).toMatch(/setup code is not right/);
    expect(wrong.values).toMatchObject({ firmName: typed.firmName, email: typed.email });
    noSecrets(wrong, "WRONG-1", typed.password);
    const weak = refusal(
      await callRoute(action as never, "/setup", {
        form: { ...form, setupCode: CODE, password: "password1234" },
      }),
    );
    expect(weak.errors.password).toMatch(/common/);
    expect(weak.values).toMatchObject({ firmSlug: "rivera-okafor", displayName: typed.displayName });
    noSecrets(weak, CODE, "password1234");
    const none = refusal(await callRoute(action as never, "/setup", { form: { ...form, setupCode: " " } }));
    expect(none.errors.setupCode).toBe("Enter the setup code.");
    expect(snapshot()).toBe(before);
  });

  it("refuses an import with an empty file by its field, without the code coming back", async () => {
    const action = await route("setup_.import.tsx");
    const before = snapshot();
    const body = new FormData();
    body.append("setupCode", CODE);
    body.append("file", new Blob([]), "");
    const request = new Request("http://localhost/setup/import", {
      method: "POST",
      headers: { "user-agent": "vitest" },
      body,
    });
    const out = (await action({
      request,
      params: {},
      context: { clientIp: "127.0.8.1", cspNonce: "n", requestId: "t" },
    })) as { data: Failure; init?: { status?: number } };
    expect(out.init?.status).toBe(400);
    const answer = out.data;
    expect(answer.ok).toBe(false);
    expect(answer.errors.file).toBe("Choose the export file (.zip) to upload.");
    expect(answer).toHaveProperty("formError");
    noSecrets(answer, CODE);
    expect(snapshot()).toBe(before);
  });
});

describe("accepting a staff invitation", () => {
  let token: string;
  let email: string;
  beforeAll(async () => {
    const firm = makeFirm("Invitation refusals firm");
    const admin = await makeUser(firm, "admin");
    token = createToken();
    email = `invited-${Date.now()}@test.invalid`;
    getDb()
      .insert(invites)
      .values({
        id: createId(),
        firmId: firm,
        email,
        displayName: "Paula Nueva",
        role: "paralegal",
        tokenHash: sha256Hex(token),
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
        createdBy: admin.id,
      })
      .run();
  });

  it("refuses a missing name and a common password by their fields, keeping the name, never the password", async () => {
    const action = await route("invite.$token.tsx");
    const post = (form: Record<string, string>) =>
      callRoute(action as never, `/invite/${token}`, { form, params: { token } });
    const before = snapshot();
    const noName = refusal(await post({ displayName: "  ", password: "paula's own long password" }));
    expect(noName.errors.displayName).toBe("Your name is required.");
    expect(noName.values).toEqual({ displayName: "  " });
    noSecrets(noName, "paula's own long password");
    const weak = refusal(await post({ displayName: "Paula N.", password: "password1234" }));
    expect(weak.errors.password).toMatch(/common/);
    expect(weak.values).toEqual({ displayName: "Paula N." });
    noSecrets(weak, "password1234");
    expect(snapshot()).toBe(before);
    // The invitation still works afterwards: nothing was spent.
    expect(
      getSqlite().prepare("select accepted_at from invites where email = ?").pluck().get(email),
    ).toBeNull();
  });

  it("refuses a made-up invitation in the same shape", async () => {
    const action = await route("invite.$token.tsx");
    const body = refusal(
      await callRoute(action as never, "/invite/made-up", {
        form: { displayName: "X", password: "a long enough password" },
        params: { token: "made-up" },
      }),
    );
    expect(body.formError).toMatch(/expired, was revoked or was already used/);
    noSecrets(body, "a long enough password");
  });
});

describe("the two-step sign-in", () => {
  let userId: string;
  let secret: string;
  beforeAll(async () => {
    const firm = makeFirm("Two-step refusals firm");
    userId = (await makeUser(firm, "lawyer")).id;
    secret = generateTotpSecret();
    getDb()
      .update(users)
      .set({ totpSecret: secret, totpEnabledAt: new Date().toISOString() })
      .where(eq(users.id, userId))
      .run();
  });
  const post = (form: Record<string, string>) =>
    callRoute(
      (async (args: ActionFunctionArgs) => (await route("login_.2fa.tsx"))(args)) as never,
      "/login/2fa",
      { form, cookie: startTwoFactorChallenge(userId).split(";")[0]! },
    );

  it("refuses an empty code or recovery code by its field, and changes nothing", async () => {
    const before = snapshot();
    const challenges = getSqlite().prepare("select count(*) from login_challenges").pluck().get() as number;
    const noCode = refusal(await post({ code: " ", redirectTo: "/clients" }));
    expect(noCode.errors.code).toBe("Enter the 6-digit code from your app.");
    expect(noCode.values).toEqual({ redirectTo: "/clients" });
    expect((noCode as Failure & { which?: string }).which).toBe("code");
    const noRecovery = refusal(await post({ recoveryCode: "", redirectTo: "/clients" }));
    expect(noRecovery.errors.recoveryCode).toBe("Enter one of your recovery codes.");
    expect((noRecovery as Failure & { which?: string }).which).toBe("recovery");
    const tooLong = refusal(await post({ code: "1".repeat(21) }));
    expect(tooLong.errors.code).toMatch(/too long/);
    noSecrets(tooLong, "1".repeat(21));
    // Only the three challenges the posts started are new; nothing else was written, no failure counted.
    const after = getSqlite().prepare("select count(*) from login_challenges").pluck().get() as number;
    expect(after - challenges).toBe(3);
    expect(
      getSqlite().prepare("select count(*) from auth_failures where bucket like '2fa:%'").pluck().get(),
    ).toBe(0);
    expect(
      snapshot()
        .split("|")
        .filter((_, i) => i !== 4),
    ).toEqual(before.split("|").filter((_, i) => i !== 4));
  });

  it("refuses a wrong code with the form's message, the code never sent back, and no session made", async () => {
    const wrongCode = totpCodeAt(secret, currentStep() + 50);
    const sessions = () =>
      getSqlite().prepare("select count(*) from sessions where user_id = ?").pluck().get(userId);
    const user = () => JSON.stringify(getSqlite().prepare("select * from users where id = ?").get(userId));
    const [s0, u0] = [sessions(), user()];
    const body = refusal(await post({ code: wrongCode, redirectTo: "/clients" }));
    expect(body.formError).toMatch(/^That code is not right/);
    expect(body.values).toEqual({ redirectTo: "/clients" });
    noSecrets(body, wrongCode);
    const rec = refusal(await post({ recoveryCode: "aaaa-bbbb-cccc" }));
    expect(rec.formError).toBe("That recovery code is not right, or it was already used.");
    noSecrets(rec, "aaaa-bbbb-cccc");
    expect(sessions()).toBe(s0);
    expect(user()).toBe(u0);
  });
});
