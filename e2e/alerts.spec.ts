import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

const DEMO_PASSWORD = "casewatch-demo";

test("a lawyer pastes a China flight report, sees the Chinese clients with final orders first, reviews one, notes it on the timeline, and the mailbox has the notification", async ({ page }) => {
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.getByRole("link", { name: /^Alerts/ }).first().click();
  await page.getByRole("link", { name: "Add an article" }).click();
  const stamp = Date.now();
  await page.getByLabel("Title", { exact: true }).fill(`Second charter flight this month takes Chinese nationals home (${stamp})`);
  await page.getByLabel("Publication date", { exact: true }).fill("2026-11-26");
  await page.getByLabel("Article text").fill(
    `U.S. Immigration and Customs Enforcement removed 131 Chinese nationals on Tuesday on a charter flight that left from Harlingen, Texas and landed in Guangzhou, the Department of Homeland Security said. Officials met in Geneva last week to discuss trade. Ref ${stamp}.`,
  );
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(page.getByRole("heading", { name: /Second charter flight this month/ })).toBeVisible();
  const alertPath = new URL(page.url()).pathname;
  expect(alertPath).toMatch(/^\/alerts\/\w+$/);

  // The facts, each with its sentence; Switzerland (a meeting place) is not a destination.
  const facts = page.locator("#facts");
  await expect(facts.getByText("2026-11-24", { exact: true })).toBeVisible();
  await expect(facts.getByText("131 people")).toBeVisible();
  await expect(facts.getByText("Harlingen, Texas").first()).toBeVisible();
  await expect(facts.getByText("Guangzhou", { exact: true }).first()).toBeVisible();
  await expect(facts.getByText("Switzerland")).toHaveCount(0);

  // Affected clients: the first are critical Chinese nationals with a final order, with their reasons.
  const list = page.getByRole("list", { name: "Affected clients, highest tier first" });
  const first = list.getByRole("listitem").first();
  await expect(first.getByText("Critical")).toBeVisible();
  await expect(first.getByRole("list", { name: /^Why / })).toContainText("Chinese national.");
  await expect(first.getByRole("list", { name: /^Why / })).toContainText(/Final order since \d{4}-\d{2}-\d{2}, no stay\./);
  await expect(list.getByRole("link", { name: "Wei Chen", exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Mark Wei Chen reviewed" }).click();
  await expect(page.getByText("Marked reviewed.")).toBeVisible();
  await expect(page.getByText(/Reviewed by Laura Lawyer/)).toBeVisible();

  await page.getByText("Add a note to Wei Chen's timeline").click();
  await page.getByLabel("Note for Wei Chen").fill("Called Mr Chen about the Guangzhou flight; he will bring his passport to the lawyer.");
  await page.getByRole("button", { name: "Add note" }).first().click();
  await expect(page.getByText("Note added to the client's timeline.")).toBeVisible();
  await page.getByRole("link", { name: "Open Wei Chen" }).click();
  await expect(page.getByRole("list", { name: "Timeline notes, newest first" })).toContainText("Called Mr Chen about the Guangzhou flight");
  await expect(page.getByRole("list", { name: "Alerts this client is on" })).toContainText("Second charter flight this month");

  // The notification reaches the lawyer through the outbox within the worker's poll.
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await page.getByRole("link", { name: /Casewatch alert: China/ }).first().click({ timeout: 2000 });
    await expect(page.getByText(alertPath)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});

test("an article that is not about a flight is kept without an alert, and staff can make it one", async ({ page }) => {
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto("/alerts/new");
  await page.getByLabel("Title", { exact: true }).fill(`Judge halts deportation of Guatemalan activist ${Date.now()}`);
  await page.getByLabel("Article text").fill("A federal judge on Monday halted the deportation of a Guatemalan activist, citing due process.");
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(page.getByText("Not judged to be about a removal flight")).toBeVisible();
  await page.getByRole("button", { name: "Make it an alert anyway" }).click();
  await expect(page.getByText("Name at least one destination country.").first()).toBeVisible();
  await page.getByLabel("Destination countries").fill("Guatemala");
  await page.getByRole("button", { name: "Make it an alert anyway" }).click();
  await expect(page.getByText("Alert created from the article.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Affected clients, highest tier first" }).getByRole("link", { name: "Carlos Ramírez", exact: true })).toBeVisible();
});

test("bad input on the paste form is answered in words and keeps what was typed", async ({ page }) => {
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto("/alerts/new");
  await page.getByLabel("Title", { exact: true }).fill("A title that stays");
  await page.getByLabel("Address of the article").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(page.getByText("Article text is required.")).toBeVisible();
  await expect(page.getByText(/enter an address starting with http/)).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("A title that stays");
});

test("an admin adds a feed; one on an internal address is refused with the reason in words", async ({ page }) => {
  await signIn(page, "admin@demo.test", DEMO_PASSWORD);
  await page.goto("/settings/feeds");
  await page.getByLabel("Feed address").fill("ftp://example.org/feed");
  await page.getByRole("button", { name: "Add feed" }).click();
  await expect(page.getByText("Enter an address starting with http:// or https://.")).toBeVisible();
  // Loopback, not on FEED_ALLOW_PRIVATE_HOSTS: refused before any connection is made.
  await page.getByLabel("Feed address").fill("http://127.0.0.1:9/feed.xml");
  await page.getByLabel("Name").fill("Internal test feed");
  await page.getByRole("button", { name: "Add feed" }).click();
  await expect(page.getByText(/Feed added/)).toBeVisible();
  await page.getByRole("button", { name: "Fetch Internal test feed now" }).click();
  await expect(page.getByRole("list", { name: "Feeds" })).toContainText("private or internal network (127.0.0.1)");
  await expect(page.getByRole("list", { name: "Feeds" })).toContainText("Refused");
  await page.getByRole("button", { name: "Pause Internal test feed" }).click();
  await expect(page.getByRole("list", { name: "Feeds" })).toContainText("Paused");
  await page.getByRole("button", { name: "Remove Internal test feed" }).click();
  await expect(page.getByText("No feeds yet.")).toBeVisible();
});
