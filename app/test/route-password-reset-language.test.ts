// Clients who forget their password reach the forgot- and reset-password pages from the sign-in page:
// both speak the sign-in page's language (a picked ?lng=, its cookie, else Accept-Language), send only
// their own words, refuse in that language, and the reset mail and the link in it keep the language.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { mailMessages, passwordResets } from "#db/schema";
import { makeFirm, makeUser } from "~/test/fixtures";
import { callRoute } from "~/test/route-call";
import { createId, createToken, isoIn, sha256Hex } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";
import { CATALOGS, PORTAL_LANGUAGES, translate } from "~/utils/i18n";
import { recordFailure } from "~/utils/rate-limit.server";
import { action as forgotAction, loader as forgotLoader } from "~/routes/forgot-password";
import { action as resetAction, loader as resetLoader } from "~/routes/reset-password.$token";

type PageData = {
  lang: string;
  htmlLang: string;
  dir: string;
  dict: Record<string, string>;
  valid?: boolean;
};
type Refusal = {
  ok: false;
  errors: Record<string, string>;
  values: Record<string, string>;
  formError: string | null;
};

let firm: string;
let clientEmail: string;
let clientUserId: string;

beforeAll(async () => {
  firm = makeFirm("Reset language firm");
  clientEmail = `client-${createId()}@test.invalid`;
  clientUserId = (await makeUser(firm, "client", { email: clientEmail })).id;
});

/** Runs `send` and answers the one mail to `to` it added. */
async function mailFrom(to: string, send: () => Promise<unknown>) {
  const ids = () =>
    new Set(
      getDb()
        .select({ id: mailMessages.id })
        .from(mailMessages)
        .where(eq(mailMessages.toAddress, to))
        .all()
        .map((m) => m.id),
    );
  const before = ids();
  await send();
  const added = [...ids()].filter((id) => !before.has(id));
  expect(added).toHaveLength(1);
  return getDb().select().from(mailMessages).where(eq(mailMessages.id, added[0]!)).get()!;
}

function resetToken(userId: string): string {
  const token = createToken();
  getDb()
    .insert(passwordResets)
    .values({ id: createId(), userId, tokenHash: sha256Hex(token), expiresAt: isoIn(3600_000) })
    .run();
  return token;
}

describe("the forgot-password page", () => {
  it("follows Accept-Language and sends only its own words", async () => {
    const res = await callRoute(forgotLoader, "/forgot-password", {
      headers: { "accept-language": "es-MX,es;q=0.9" },
    });
    const d = res.body as PageData;
    expect([d.lang, d.htmlLang, d.dir]).toEqual(["es", "es", "ltr"]);
    expect(d.dict["reset.forgotTitle"]).toBe("Cambiar su contraseña");
    const keys = Object.keys(d.dict);
    expect(keys.every((k) => k.startsWith("reset.") || k === "portal.language")).toBe(true);
    expect(keys.some((k) => k.startsWith("status.") || k.startsWith("signin."))).toBe(false);
  });

  it("is English for an English browser, and takes Traditional Chinese for zh-TW", async () => {
    const en = (
      await callRoute(forgotLoader, "/forgot-password", { headers: { "accept-language": "en-US" } })
    ).body as PageData;
    expect(en.dict["reset.send"]).toBe("Send reset link");
    const tw = (
      await callRoute(forgotLoader, "/forgot-password", { headers: { "accept-language": "zh-TW" } })
    ).body as PageData;
    expect(tw.lang).toBe("zh-Hant");
    expect(tw.dict["reset.forgotTitle"]).toBe("重設密碼");
  });

  it("takes the language picked on the sign-in page (its cookie), right to left for Arabic", async () => {
    const picked = await callRoute(forgotLoader, "/forgot-password?lng=ar", {
      headers: { "accept-language": "en" },
    });
    expect((picked.body as PageData).dir).toBe("rtl");
    const cookie = picked.headers.get("set-cookie")!.split(";")[0]!;
    expect(cookie).toMatch(/^casewatch_lng=/);
    const later = await callRoute(forgotLoader, "/forgot-password", {
      cookie,
      headers: { "accept-language": "en" },
    });
    expect([(later.body as PageData).lang, (later.body as PageData).dir]).toEqual(["ar", "rtl"]);
  });

  it("refuses an empty or malformed address in the page's language, keeping what was typed", async () => {
    const empty = await callRoute(forgotAction, "/forgot-password", {
      form: { email: "" },
      headers: { "accept-language": "ru" },
    });
    expect(empty.status).toBe(400);
    expect((empty.body as Refusal).errors.email).toBe("Введите адрес эл. почты.");
    const bad = await callRoute(forgotAction, "/forgot-password", {
      form: { email: "not an address" },
      headers: { "accept-language": "vi" },
    });
    expect(bad.status).toBe(400);
    const body = bad.body as Refusal;
    expect(body.errors.email).toBe("Hãy nhập một địa chỉ email như ten@example.org.");
    expect(body.values.email).toBe("not an address");
  });

  it("answers the same for an unknown address and a real one; the mail and its link keep the language", async () => {
    const before = getDb().select().from(mailMessages).all().length;
    const unknown = await callRoute(forgotAction, "/forgot-password", {
      form: { email: "nobody-at-all@test.invalid" },
      headers: { "accept-language": "pt-BR" },
    });
    expect(unknown.status).toBe(200);
    expect(getDb().select().from(mailMessages).all().length).toBe(before);
    let real: Awaited<ReturnType<typeof callRoute>> | undefined;
    const mail = await mailFrom(clientEmail, async () => {
      real = await callRoute(forgotAction, "/forgot-password", {
        form: { email: clientEmail.toUpperCase() },
        headers: { "accept-language": "pt-BR" },
      });
    });
    expect(real?.status).toBe(200);
    expect(real?.body).toEqual(unknown.body);
    expect(mail.subject).toBe("Escolha uma senha nova do Casewatch");
    expect(mail.bodyText).toContain("Se não foi você, ignore esta mensagem");
    expect(mail.bodyText).toMatch(/\/reset-password\/\S+\?lng=pt\n/);
  });

  it("keeps the link left to right inside an Arabic mail, and adds nothing to an English one", async () => {
    for (const [lang, accept] of [
      ["ar", "ar-EG"],
      ["en", "en-US"],
    ] as const) {
      const mail = await mailFrom(clientEmail, () =>
        callRoute(forgotAction, "/forgot-password", {
          form: { email: clientEmail },
          headers: { "accept-language": accept },
        }),
      );
      expect(mail.subject).toBe(CATALOGS[lang]["reset.mailSubject"]);
      if (lang === "ar")
        expect(mail.bodyText).toMatch(/\u2066http:\/\/\S+\/reset-password\/\S+\?lng=ar\u2069/);
      else {
        expect(mail.bodyText).toMatch(/\nhttp:\/\/\S+\/reset-password\/[^\s?]+\n/);
        expect(mail.bodyText).not.toMatch(/[\u2066-\u2069]/);
      }
    }
  });

  it("pauses after too many requests, saying so in the language's plural form", async () => {
    const email = `paused-${createId()}@test.invalid`;
    for (let i = 0; i < env.rateLimitAccountMax; i++) recordFailure("reset", { account: email });
    const res = await callRoute(forgotAction, "/forgot-password", {
      form: { email },
      headers: { "accept-language": "uk" },
    });
    expect(res.status).toBe(429);
    expect((res.body as Refusal).formError).toBe(
      translate("uk", "reset.tooMany", { count: env.rateLimitWindowMinutes }),
    );
    expect((res.body as Refusal).formError).toMatch(/^Забагато спроб/);
    expect((res.body as Refusal).values.email).toBe(email);
  });
});

describe("the reset-password page", () => {
  it("opens in the language the mail's link carries, and says when a link is dead in the browser's", async () => {
    const token = resetToken(clientUserId);
    const open = await callRoute(resetLoader, `/reset-password/${token}?lng=hi`, {
      params: { token },
      headers: { "accept-language": "en" },
    });
    const d = open.body as PageData;
    expect([d.valid, d.lang, d.dir]).toEqual([true, "hi", "ltr"]);
    expect(d.dict["reset.chooseTitle"]).toBe("नया पासवर्ड चुनें");
    expect(Object.keys(d.dict).every((k) => k.startsWith("reset.") || k === "portal.language")).toBe(true);
    const dead = await callRoute(resetLoader, "/reset-password/made-up", {
      params: { token: "made-up" },
      headers: { "accept-language": "pa-IN" },
    });
    expect([(dead.body as PageData).valid, (dead.body as PageData).lang]).toEqual([false, "pa"]);
  });

  it("refuses an empty, a weak and a made-up link's password in the page's language", async () => {
    const token = resetToken(clientUserId);
    const empty = await callRoute(resetAction, `/reset-password/${token}`, {
      form: { password: "" },
      params: { token },
      headers: { "accept-language": "fr-CA" },
    });
    expect(empty.status).toBe(400);
    expect((empty.body as Refusal).errors.password).toBe("Écrivez un nouveau mot de passe.");
    const weak = await callRoute(resetAction, `/reset-password/${token}`, {
      form: { password: "short" },
      params: { token },
      headers: { "accept-language": "uk" },
    });
    expect(weak.status).toBe(400);
    expect((weak.body as Refusal).errors.password).toBe(
      "Використайте щонайменше 12 символів (кілька слів — добрий пароль).",
    );
    // A password is never sent back.
    expect(JSON.stringify(weak.body)).not.toContain("short");
    const madeUp = await callRoute(resetAction, "/reset-password/made-up", {
      form: { password: "a brand new long passphrase" },
      params: { token: "made-up" },
      headers: { "accept-language": "ar" },
    });
    expect(madeUp.status).toBe(400);
    expect((madeUp.body as Refusal).formError).toBe(
      "انتهت صلاحية هذا الرابط أو استُخدم من قبل. اطلب رابطًا جديدًا.",
    );
  });

  it("sets the password and says so, on the sign-in page, in the page's language", async () => {
    const token = resetToken(clientUserId);
    const res = await callRoute(resetAction, `/reset-password/${token}?lng=ru`, {
      form: { password: "a brand new long passphrase" },
      params: { token },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/login");
    const toast = res.headers.get("set-cookie")!.match(/=([^;]+)/)![1]!;
    expect(JSON.parse(Buffer.from(toast, "base64url").toString("utf8")).message).toBe(
      "Пароль изменён. Войдите с новым паролем.",
    );
  });

  it("has every word of both pages translated in all 13 languages", () => {
    const keys = Object.keys(CATALOGS.en).filter((k) => k.startsWith("reset.") && !k.includes("_"));
    expect(keys.length).toBe(24);
    for (const lang of PORTAL_LANGUAGES.filter((l) => l !== "en"))
      for (const key of keys) {
        expect(CATALOGS[lang][key], `${lang} ${key}`).toBeTruthy();
        expect(CATALOGS[lang][key], `${lang} ${key}`).not.toBe(CATALOGS.en[key]);
      }
  });
});
