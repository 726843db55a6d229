// Sign-in with a hostile ?redirectTo=: the browser must land on our own site, the answer is never a
// 500, and a session row exists only when its cookie was handed out.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { sessions, users } from "#db/schema";
import { makeFirm, makeUser, TEST_PASSWORD } from "~/test/fixtures";
import { callRoute, cookieFrom } from "~/test/route-call";
import { sessionCookieName } from "~/utils/session.server";
import { currentStep, generateTotpSecret, totpCodeAt } from "~/utils/totp.server";
import { action as loginAction } from "~/routes/login";
import { action as twoFactorAction } from "~/routes/login_.2fa";

const HOSTILE = [
  "/\t/127.0.0.1:4716/phish",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\u0000/evil.example",
  "/clients\nSet-Cookie: x=1",
  "/\\evil.example",
  "\\/evil.example",
  "//evil.example",
  "https://evil.example",
  "javascript:alert(1)",
  "/%2F/evil.example",
  "/\uFF0Fevil.example",
];

async function call(
  fn: typeof loginAction | typeof twoFactorAction,
  url: string,
  form: Record<string, string>,
  cookie?: string,
) {
  return callRoute(fn as Parameters<typeof callRoute>[0], url, { form, cookie });
}

const sessionsOf = (userId: string) =>
  getDb().select().from(sessions).where(eq(sessions.userId, userId)).all();
const cookieOf = (res: { headers: Headers }, name: string) => cookieFrom(res.headers, name);

let firm: string;
beforeAll(() => {
  firm = makeFirm("Redirect firm");
});

async function staffUser() {
  const { id } = await makeUser(firm, "lawyer");
  const email = getDb().select({ email: users.email }).from(users).where(eq(users.id, id)).get()!.email!;
  return { id, email };
}

describe("sign-in with a hostile redirectTo", () => {
  it.each(HOSTILE.map((v) => [JSON.stringify(v), v]))(
    "%s: lands on the user's own page, one session, never a 500",
    async (_l, redirectTo) => {
      const u = await staffUser();
      const res = await call(loginAction, "/login", {
        identifier: u.email,
        password: TEST_PASSWORD,
        redirectTo,
      });
      expect(res.status).toBe(302);
      const location = res.headers.get("location")!;
      expect(location).toBe("/dashboard");
      expect(new URL(location, "http://localhost").origin).toBe("http://localhost");
      // The one session row is the one whose cookie went out.
      expect(sessionsOf(u.id)).toHaveLength(1);
      expect(cookieOf(res, sessionCookieName())).toBeTruthy();
    },
  );

  it.each(HOSTILE.map((v) => [JSON.stringify(v), v]))(
    "%s with a wrong password: 400, no session",
    async (_l, redirectTo) => {
      const u = await staffUser();
      const res = await call(loginAction, "/login", {
        identifier: u.email,
        password: "not the right password",
        redirectTo,
      });
      expect(res.status).toBe(400);
      expect(sessionsOf(u.id)).toHaveLength(0);
    },
  );

  it("still follows a good redirectTo", async () => {
    const u = await staffUser();
    const res = await call(loginAction, "/login", {
      identifier: u.email,
      password: TEST_PASSWORD,
      redirectTo: "/clients?q=a",
    });
    expect(res.headers.get("location")).toBe("/clients?q=a");
  });

  it.each(HOSTILE.map((v) => [JSON.stringify(v), v]))(
    "%s through the two-step sign-in: lands on the user's own page",
    async (_l, redirectTo) => {
      const u = await staffUser();
      const secret = generateTotpSecret();
      getDb()
        .update(users)
        .set({ totpSecret: secret, totpEnabledAt: new Date().toISOString() })
        .where(eq(users.id, u.id))
        .run();
      const first = await call(loginAction, "/login", {
        identifier: u.email,
        password: TEST_PASSWORD,
        redirectTo,
      });
      expect(first.status).toBe(302);
      const to = first.headers.get("location")!;
      expect(to.startsWith("/login/2fa")).toBe(true);
      expect(sessionsOf(u.id)).toHaveLength(0);
      const challenge = cookieOf(first, "casewatch_2fa")!;
      // Whatever the first step passed on, the second step gets the hostile value straight too.
      const res = await call(
        twoFactorAction,
        to,
        { code: totpCodeAt(secret, currentStep()), redirectTo },
        challenge,
      );
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("/dashboard");
      expect(sessionsOf(u.id)).toHaveLength(1);
    },
  );
});

describe("the sign-in page in demo mode", () => {
  it("says in its loader data that it is a demo, and only in demo mode", async () => {
    const { loader } = await import("~/routes/login");
    process.env.CASEWATCH_DEMO = "1";
    try {
      expect((await callRoute(loader as Parameters<typeof callRoute>[0], "/login")).body).toMatchObject({
        demo: true,
      });
    } finally {
      delete process.env.CASEWATCH_DEMO;
    }
    expect((await callRoute(loader as Parameters<typeof callRoute>[0], "/login")).body).toMatchObject({
      demo: false,
    });
  });
});
