import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

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
