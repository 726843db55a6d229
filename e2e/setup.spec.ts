import { expect, test } from "@playwright/test";
import { SETUP_PORT, SETUP_TOKEN } from "./ports";

test.use({ baseURL: `http://localhost:${SETUP_PORT}` });

test("first run: the setup page needs the console's code, then creates the firm and its admin", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up Casewatch" })).toBeVisible();

  // The other way in: move a firm here from an export file (a wrong code is refused, nothing imported).
  await page.getByRole("link", { name: "import an export file" }).click();
  await expect(page.getByRole("heading", { name: "Move a firm to this server" })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "docs/screenshots/setup-import.png", fullPage: true });
  await page.getByLabel("Setup code").fill("wrong-code");
  await page.getByLabel("Export file (.zip)").setInputFiles({
    name: "export.zip",
    mimeType: "application/zip",
    buffer: Buffer.from("not a zip"),
  });
  await page.getByRole("button", { name: "Import firm" }).click();
  await expect(page.getByText("That setup code is not right")).toBeVisible();
  await page.getByRole("link", { name: "Create a new firm instead" }).click();
  await expect(page.getByRole("heading", { name: "Set up Casewatch" })).toBeVisible();

  await page.getByLabel("Setup code").fill("wrong-code");
  await page.getByLabel("Firm name").fill("Rivera & Okafor Immigration");
  await page.getByLabel("Short name").fill("rivera-okafor");
  await page.getByLabel("Your name").fill("Ana Rivera");
  await page.getByLabel("Email").fill("ana@rivera-okafor.test");
  await page.getByLabel("Password").fill("a long passphrase for setup");
  await page.getByRole("button", { name: "Create firm" }).click();
  await expect(page.getByText("That setup code is not right")).toBeVisible();
  // The typed values are kept.
  await expect(page.getByLabel("Firm name")).toHaveValue("Rivera & Okafor Immigration");

  await page.getByLabel("Setup code").fill(SETUP_TOKEN);
  await page.getByLabel("Password").fill("password1234");
  await page.getByRole("button", { name: "Create firm" }).click();
  await expect(page.getByText("most common")).toBeVisible();

  await page.getByLabel("Setup code").fill(SETUP_TOKEN);
  await page.getByLabel("Password").fill("a long passphrase for setup");
  await page.getByRole("button", { name: "Create firm" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByText("Rivera & Okafor Immigration").first()).toBeVisible();

  // Setup is over: nobody can claim the server again.
  await page.goto("/setup");
  await expect(page).not.toHaveURL(/\/setup$/);
});
