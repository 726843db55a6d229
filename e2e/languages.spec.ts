import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { DEMO_PASSWORD, db } from "./fixtures";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

// The client's page in each of the thirteen languages, read from the client's record: lang (and dir for
// Arabic) on <html>, a known translated sentence, no serious axe finding, and a 375 px screenshot for the
// docs (SCREENSHOTS=1). Then the sign-in, forgot- and reset-password pages in the browser's language.
const LANGUAGES = ["en", "zh-Hans", "zh-Hant", "es", "ht", "pt", "vi", "ru", "uk", "ar", "pa", "hi", "fr"];
const catalog = (lang: string) =>
  JSON.parse(readFileSync(`app/locales/${lang}.json`, "utf8")) as Record<string, string>;

/** Sets the demo client's language on their record; answers the one it replaced. */
function setLanguage(lang: string): string {
  const d = db();
  const where = "id = (select client_id from users where email = 'client@demo.test')";
  const before = d.prepare(`select preferred_language as l from clients where ${where}`).get() as {
    l: string;
  };
  d.prepare(`update clients set preferred_language = ? where ${where}`).run(lang);
  d.close();
  return before.l;
}

// A sentence each page must show, written here rather than read from the catalogs, so that a catalog
// that lost its translation (or a page that fell back to English) fails.
const DANGER: Record<string, string> = {
  en: "Missing an appointment is dangerous: it can lead to arrest.",
  "zh-Hans": "错过预约很危险：可能导致被逮捕。",
  "zh-Hant": "錯過預約很危險：可能會被逮捕。",
  es: "Faltar a una cita es peligroso: puede llevar a un arresto.",
  ht: "Rate yon randevou danjere: yo ka arete ou.",
  pt: "Faltar a um comparecimento é perigoso: pode levar à prisão.",
  vi: "Bỏ lỡ lần trình diện rất nguy hiểm: quý vị có thể bị bắt.",
  ru: "Пропустить явку опасно: это может привести к аресту.",
  uk: "Пропустити явку небезпечно: це може призвести до арешту.",
  ar: "التغيب عن الموعد خطير: قد يؤدي إلى القبض عليك.",
  pa: "ਹਾਜ਼ਰੀ ਛੱਡਣਾ ਖ਼ਤਰਨਾਕ ਹੈ: ਇਸ ਨਾਲ ਗ੍ਰਿਫ਼ਤਾਰੀ ਹੋ ਸਕਦੀ ਹੈ।",
  hi: "हाज़िरी छोड़ना ख़तरनाक है: इससे गिरफ़्तारी हो सकती है।",
  fr: "Manquer un rendez-vous est dangereux : cela peut mener à une arrestation.",
};

// One test per language: the client's record says the language, the client signs in (a fresh browser
// that asks for English), and /me is in that language.
for (const lang of LANGUAGES) {
  test(`${lang}: a client whose record says ${lang} signs in and reads /me in it`, async ({
    browser,
    baseURL,
  }) => {
    const original = setLanguage(lang);
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 375, height: 812 },
      locale: "en-US",
    });
    const page = await context.newPage();
    try {
      const t = catalog(lang);
      await signIn(page, "client@demo.test", DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/me$/);
      const html = page.locator("html");
      await expect(html).toHaveAttribute("lang", lang);
      await expect(html).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      await expect(page.getByText(DANGER[lang]!, { exact: false })).toBeVisible();
      const checkIn = page.getByRole("region", { name: t["portal.nextCheckIn"] });
      await expect(checkIn).toBeVisible();
      // The office is in New York: its zone in the language's words, never an offset.
      await expect(checkIn).toContainText(t["zone.eastern"]!);
      await expect(checkIn).not.toContainText(/GMT|UTC/);
      await expect(page.getByRole("region", { name: t["portal.safety"] })).toContainText(
        t["portal.emergencyContacts"]!,
      );
      await expect(page.getByRole("link", { name: new RegExp(t["portal.callFirm"]!) })).toBeVisible();
      // The A-number and the firm's phone stay left to right, also inside Arabic.
      await expect(page.locator('bdi[dir="ltr"]').filter({ hasText: /\d{3}-?\d{3}-?\d{3}/ })).not.toHaveCount(
        0,
      );
      await expectNoSeriousAxeViolations(page);
      if (process.env.SCREENSHOTS) {
        const png = await page.screenshot({ fullPage: true });
        // A palette keeps each page near 80 kB instead of 250.
        writeFileSync(`docs/screenshots/me-${lang}.png`, await sharp(png).png({ palette: true }).toBuffer());
      }
    } finally {
      setLanguage(original);
      await context.close();
    }
  });
}

test("the language menu wins over the record for the session; a failing page says so in the language", async ({
  browser,
  baseURL,
}) => {
  const original = setLanguage("ar");
  const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  try {
    await signIn(page, "client@demo.test", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
    // Something that fails below /me (here an unknown message) is answered in the client's language.
    await page.goto("/me/messages/no-such-message");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByText(catalog("ar")["portal.errorSafe"]!)).toBeVisible();
    await expect(page.getByRole("link", { name: /555/ })).toBeVisible();

    await page.goto("/me");
    await page.getByText(/اللغة · Language/).click();
    await page.getByRole("link", { name: "Українська" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await page.goto("/me");
    await expect(page.getByRole("heading", { name: catalog("uk")["portal.nextCheckIn"] })).toBeVisible();
  } finally {
    setLanguage(original);
    await context.close();
  }
});

test("a client signs in on a page in their browser's language, and is told a wrong password in it", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 375, height: 812 },
    locale: "es-MX",
  });
  const page = await context.newPage();
  try {
    const es = catalog("es");
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { name: es["signin.title"] })).toBeVisible();
    await page.getByLabel(es["signin.identifier"]!).fill("client@demo.test");
    await page.getByLabel(es["signin.password"]!).fill("not the password at all");
    await page.getByRole("button", { name: es["signin.submit"] }).click();
    await expect(page.getByText(es["signin.wrong"]!)).toBeVisible();
    // What was typed is kept.
    await expect(page.getByLabel(es["signin.identifier"]!)).toHaveValue("client@demo.test");

    // Arabic from the picker: right to left, and the same form signs the client in.
    await page.getByText(/Idioma · Language/).click();
    await page.getByRole("link", { name: "العربية" }).click();
    const ar = catalog("ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { name: ar["signin.title"] })).toBeVisible();
    // The Spanish refusal does not stay on the Arabic page.
    await expect(page.getByText(es["signin.wrong"]!)).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    if (process.env.SCREENSHOTS)
      writeFileSync(
        "docs/screenshots/sign-in-ar.png",
        await sharp(await page.screenshot({ fullPage: true }))
          .png({ palette: true })
          .toBuffer(),
      );
    await page.getByLabel(ar["signin.identifier"]!).fill("client@demo.test");
    await page.getByLabel(ar["signin.password"]!).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: ar["signin.submit"] }).click();
    await expect(page).toHaveURL(/\/me$/);
  } finally {
    await context.close();
  }
});

test("the forgot-password page passes axe in Russian and in Arabic (right to left)", async ({
  browser,
  baseURL,
}) => {
  for (const locale of ["ru-RU", "ar"]) {
    const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 812 }, locale });
    try {
      const page = await context.newPage();
      await page.goto("/forgot-password");
      await expect(page.locator("html")).toHaveAttribute("lang", locale.slice(0, 2));
      await expectNoSeriousAxeViolations(page);
    } finally {
      await context.close();
    }
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a client who forgot their password is answered in their browser's language, and so is the link", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 375, height: 812 },
      locale: "ru-RU",
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    try {
      const ru = catalog("ru");
      await page.goto("/login");
      await page.getByRole("link", { name: ru["signin.forgot"] }).click();
      await expect(page).toHaveURL(/\/forgot-password$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");
      await expect(page.getByRole("heading", { name: "Сменить пароль" })).toBeVisible();
      await page.getByLabel(ru["reset.email"]!).fill("client@demo.test");
      await page.getByRole("button", { name: ru["reset.send"] }).click();
      await expect(page.getByRole("status")).toHaveText(ru["reset.sent"]!);

      const d = db();
      const mail = d
        .prepare(
          "select subject, body_text as body from mail_messages where to_address = 'client@demo.test' order by rowid desc limit 1",
        )
        .get() as { subject: string; body: string };
      d.close();
      expect(mail.subject).toBe("Выберите новый пароль Casewatch");
      const link = mail.body.match(/https?:\/\/\S+\/reset-password\/\S+\?lng=ru/)![0];

      // Opened on another device whose browser asks for Arabic: the link's language wins.
      const other = await browser.newContext({ baseURL, locale: "ar", javaScriptEnabled: false });
      const phone = await other.newPage();
      await phone.goto(new URL(link).pathname + new URL(link).search);
      await expect(phone.locator("html")).toHaveAttribute("lang", "ru");
      await expect(phone.getByRole("heading", { name: ru["reset.chooseTitle"] })).toBeVisible();
      // A common password of the right length: the browser lets it through, the server refuses it in Russian.
      await phone.getByLabel(ru["reset.newPassword"]!).fill("password1234");
      await phone.getByRole("button", { name: ru["reset.save"] }).click();
      await expect(phone.getByText(ru["password.common"]!)).toBeVisible();

      // The Arabic page, right to left, from the menu.
      await phone.getByText(/Язык · Language/).click();
      await phone.getByRole("link", { name: "العربية" }).click();
      await expect(phone.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(phone.getByRole("heading", { name: catalog("ar")["reset.chooseTitle"] })).toBeVisible();
      if (process.env.SCREENSHOTS)
        writeFileSync(
          "docs/screenshots/reset-password-ar.png",
          await sharp(await phone.screenshot({ fullPage: true }))
            .png({ palette: true })
            .toBuffer(),
        );
      await other.close();
    } finally {
      await context.close();
    }
  });
});
