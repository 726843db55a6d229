import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { DEMO_PASSWORD, db } from "./fixtures";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

// The client's page in each of the thirteen languages, read from the client's record: lang (and dir for
// Arabic) on <html>, translated headings, no serious axe finding, and a 375 px screenshot for the docs.
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

test("a client reads their page in each of the 13 languages, Arabic right to left", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const original = setLanguage("en");
  const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  try {
    await signIn(page, "client@demo.test", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
    for (const lang of LANGUAGES) {
      await test.step(lang, async () => {
        setLanguage(lang);
        const t = catalog(lang);
        await page.goto("/me");
        const html = page.locator("html");
        await expect(html).toHaveAttribute("lang", lang);
        await expect(html).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
        await expect(page.getByRole("region", { name: t["portal.nextCheckIn"] })).toBeVisible();
        await expect(page.getByRole("region", { name: t["portal.safety"] })).toContainText(
          t["portal.emergencyContacts"]!,
        );
        await expect(page.getByRole("link", { name: new RegExp(t["portal.callFirm"]!) })).toBeVisible();
        await expectNoSeriousAxeViolations(page);
        if (process.env.SCREENSHOTS) {
          const png = await page.screenshot({ fullPage: true });
          // A palette keeps each page near 80 kB instead of 250.
          writeFileSync(
            `docs/screenshots/me-${lang}.png`,
            await sharp(png).png({ palette: true }).toBuffer(),
          );
        }
      });
    }

    // The picker: a language chosen on the page wins over the record for the rest of the session.
    setLanguage("ar");
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
