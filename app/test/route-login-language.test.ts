// Clients sign in on the same page as staff: the page, its refusals and the invitation's password rules
// are in the browser's language (or one picked with ?lng=), and only the sign-in page's words are sent.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { clients, users } from "#db/schema";
import { passwordProblem } from "~/domain/password-policy";
import { createPortalInvite } from "~/models/portal.server";
import { makeFirm, makeUser } from "~/test/fixtures";
import { callRoute } from "~/test/route-call";
import { createId } from "~/utils/crypto.server";
import { CATALOGS, PORTAL_LANGUAGES } from "~/utils/i18n";
import { action as loginAction, loader as loginLoader } from "~/routes/login";
import { action as inviteAction } from "~/routes/portal.$token";

type SignInData = { lang: string; htmlLang: string; dir: string; dict: Record<string, string> };
type Refusal = {
  formError?: string;
  values?: Record<string, string>;
  fieldErrors?: Record<string, string[]>;
};

beforeAll(() => {
  makeFirm("Sign-in language firm");
});

describe("the sign-in page", () => {
  it("is in English for an English browser", async () => {
    const res = await callRoute(loginLoader, "/login", { headers: { "accept-language": "en-US,en;q=0.9" } });
    const d = res.body as SignInData;
    expect(d.lang).toBe("en");
    expect(d.dir).toBe("ltr");
    expect(d.dict["signin.title"]).toBe("Sign in");
  });

  it("follows Accept-Language, Traditional Chinese for zh-TW, and sends only its own words", async () => {
    const res = await callRoute(loginLoader, "/login", { headers: { "accept-language": "zh-TW,zh;q=0.8" } });
    const d = res.body as SignInData;
    expect(d.lang).toBe("zh-Hant");
    expect(d.dict["signin.title"]).toBe("登入");
    const keys = Object.keys(d.dict);
    expect(keys.every((k) => k.startsWith("signin.") || k === "portal.language")).toBe(true);
    // Nothing of the case page (status words, messages) goes to someone who has not signed in.
    expect(keys.some((k) => k.startsWith("status."))).toBe(false);
  });

  it("takes a language picked with ?lng=, right to left for Arabic, and remembers it", async () => {
    const res = await callRoute(loginLoader, "/login?lng=ar", { headers: { "accept-language": "en" } });
    const d = res.body as SignInData;
    expect(d.lang).toBe("ar");
    expect(d.dir).toBe("rtl");
    expect(d.htmlLang).toBe("ar");
    expect(res.headers.get("set-cookie")).toMatch(/casewatch_lng=/);
  });

  it("is translated in every language, not English left in place", () => {
    // Plural forms differ by language (tested with the other catalogs); the plain words are checked here.
    const keys = Object.keys(CATALOGS.en).filter(
      (k) => (k.startsWith("signin.") || k.startsWith("password.")) && !k.includes("_"),
    );
    expect(keys.length).toBeGreaterThanOrEqual(15);
    for (const lang of PORTAL_LANGUAGES.filter((l) => l !== "en"))
      for (const key of keys) {
        expect(CATALOGS[lang][key], `${lang} ${key}`).toBeTruthy();
        expect(CATALOGS[lang][key], `${lang} ${key}`).not.toBe(CATALOGS.en[key]);
      }
  });

  it("refuses a wrong password in the browser's language, keeping what was typed", async () => {
    const res = await callRoute(loginAction, "/login", {
      form: { identifier: "nobody@test.invalid", password: "not the password" },
      headers: { "accept-language": "es-MX,es;q=0.9" },
    });
    expect(res.status).toBe(400);
    const body = res.body as Refusal;
    expect(body.formError).toBe("El correo electrónico o el teléfono, o la contraseña, no son correctos.");
    expect(JSON.stringify(body)).toContain("nobody@test.invalid");
  });

  it("gives field messages in the browser's language", async () => {
    const res = await callRoute(loginAction, "/login", {
      form: { identifier: "", password: "" },
      headers: { "accept-language": "ru" },
    });
    expect(res.status).toBe(400);
    const text = JSON.stringify(res.body);
    expect(text).toContain("Введите пароль.");
    expect(text).toContain("Введите адрес эл. почты или номер телефона.");
  });
});

describe("password rules in the client's language", () => {
  it("are written from the catalogs, English unchanged for staff", () => {
    expect(passwordProblem("short")).toBe("Use at least 12 characters (a few words make a good password).");
    expect(passwordProblem("short", {}, "es")).toBe(
      "Use al menos 12 caracteres (unas cuantas palabras forman una buena contraseña).",
    );
    expect(passwordProblem("password1234", {}, "zh-Hans")).toBe(
      "这个密码是最常见的密码之一，很容易被猜到。请换一个。",
    );
    expect(passwordProblem("a long and unusual passphrase", {}, "uk")).toBeNull();
  });

  it("refuse a short password on the invitation page in the invitation's language", async () => {
    const firm = makeFirm("Invite language firm");
    const staff = await makeUser(firm, "paralegal");
    const client = await makeUser(firm, "client", { email: `client-${createId()}@test.invalid` });
    const email = getDb().select({ email: users.email }).from(users).where(eq(users.id, client.id)).get()!
      .email;
    getDb()
      .update(clients)
      .set({ email, preferredLanguage: "pt" })
      .where(eq(clients.id, client.clientId!))
      .run();
    const token = createPortalInvite({ id: staff.id, firmId: firm, ip: null }, client.clientId!);
    const res = await callRoute(inviteAction, `/portal/${token}`, {
      form: { password: "curta" },
      params: { token },
      headers: { "accept-language": "en" },
    });
    expect(res.status).toBe(400);
    // The one refusal shape (docs/forms.md): the message by its field.
    expect((res.body as { errors: Record<string, string> }).errors.password).toBe(
      "Use pelo menos 12 caracteres (algumas palavras juntas formam uma boa senha).",
    );
  });
});
