import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";
import { IMPORT_PORT, SETUP_TOKEN } from "./ports";

test("an admin downloads the firm export with its progress and sees the spreadsheets", async ({ page }) => {
  await signIn(page, "admin@demo.test", "casewatch-demo");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.goto("/settings/export");
  await expect(page.getByRole("heading", { name: "Export all firm data" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Check-ins (CSV)" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download firm export (ZIP)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Export complete" })).toBeVisible();
  expect((await download).suggestedFilename()).toMatch(/^casewatch-demo-\d{4}-\d{2}-\d{2}\.zip$/);
  await page.getByText("What the file holds").click();
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.screenshot({ path: "docs/screenshots/firm-export.png", fullPage: true });
});

test("the demo firm moves to a fresh server without JavaScript: the reset links are shown once", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "admin@demo.test", "casewatch-demo");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  const file = await page.request.get("/settings/export.zip");
  expect(file.status()).toBe(200);
  const zip = Buffer.from(await file.body());

  // The operator of the new server, in a browser without JavaScript: every step is a plain form post.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: `http://localhost:${IMPORT_PORT}`,
  });
  const operator = await context.newPage();
  await operator.goto("/setup/import");
  await expect(operator.getByRole("heading", { name: "Move a firm to this server" })).toBeVisible();
  await operator.getByLabel("Setup code").fill(SETUP_TOKEN);
  await operator.getByLabel("Export file (.zip)").setInputFiles({
    name: "demo.zip",
    mimeType: "application/zip",
    buffer: zip,
  });
  await operator.getByRole("button", { name: "Import firm" }).click();
  await expect(operator.getByRole("heading", { name: "Firm imported" })).toBeVisible();
  await expect(operator.getByRole("status")).toContainText("Demo Immigration Law");
  const item = operator.getByRole("listitem").filter({ hasText: "admin@demo.test" });
  const link = (await item.locator("code").innerText()).trim();
  expect(link).toMatch(new RegExp(`^http://localhost:${IMPORT_PORT}/reset-password/[0-9a-z]+$`));
  // (No axe here: it runs as a script, and this browser runs none. The page is the same with JavaScript.)
  // The links in the picture are of this test's throwaway server.
  await operator.setViewportSize({ width: 1280, height: 900 });
  await operator.screenshot({ path: "docs/screenshots/setup-import-done.png", fullPage: true });

  // Shown once: loading the page again sends the operator to sign in.
  await operator.goto("/setup/import");
  await expect(operator).toHaveURL(/\/login$/);

  // The admin chooses a password with the link, signs in, and finds the firm's clients.
  await operator.goto(link);
  await operator.getByLabel("New password").fill("a new passphrase after the move");
  await operator.getByRole("button", { name: "Save new password" }).click();
  await expect(operator).toHaveURL(/\/login$/);
  await operator.getByLabel("Email or phone").fill("admin@demo.test");
  await operator.getByLabel("Password").fill("a new passphrase after the move");
  await operator.getByRole("button", { name: "Sign in" }).click();
  await expect(operator).toHaveURL(/\/dashboard$/);
  await operator.goto("/clients");
  await expect(operator.getByRole("link", { name: /Chen/ }).first()).toBeVisible();
  await context.close();
});
