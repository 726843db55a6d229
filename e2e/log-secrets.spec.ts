import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { clientIdByANumber, DEMO_PASSWORD } from "./fixtures";
import { signIn, signOut } from "./helpers";
import { MAIN_SERVER_LOG } from "./ports";

// Secret links (calendar feed, staff invitation, client portal, password reset) are used here the way
// people use them, then the server's log of this run is searched for every token issued: none may be
// in it. The log must show the requests themselves, with the token redacted.
test("no token issued during the run appears in the server log", async ({
  page,
  browser,
  baseURL,
  playwright,
}) => {
  const tokens: string[] = [];
  const tokenOf = (link: string) => {
    const t = /\/(?:calendar\/feed|invite|portal|reset-password)\/([^/?#.]+)/.exec(link)?.[1];
    expect(t, `a token in ${link}`).toBeTruthy();
    tokens.push(t!);
    return link;
  };
  const anonymous = await browser.newContext({ baseURL });
  const visitor = await anonymous.newPage();

  await signIn(page, "admin@demo.test", DEMO_PASSWORD);
  // Sign-in ends on the dashboard: wait for it, so the next navigation does not race that redirect.
  await page.waitForURL(/\/dashboard/);
  // A staff invitation, opened by the invitee.
  await page.goto("/settings/users");
  await page.getByLabel("Name").fill("Log Check");
  await page.getByLabel("Email").fill(`log-check-${Date.now()}@demo.test`);
  await page.getByLabel("Role", { exact: true }).selectOption("paralegal");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const invite = tokenOf((await page.getByTestId("invite-link").textContent())!.trim());
  await visitor.goto(invite);
  await expect(visitor.getByRole("heading", { name: /Join / })).toBeVisible();

  // A calendar feed, read by a calendar app.
  await page.goto("/calendar");
  await page.getByRole("button", { name: /Make my calendar link|Make a new link/ }).click();
  const feed = tokenOf((await page.getByTestId("feed-url").textContent())!.trim());
  const app = await playwright.request.newContext({ baseURL });
  expect((await app.get(new URL(feed).pathname)).status()).toBe(200);
  await app.dispose();

  // A client's portal link, opened by the client.
  await page.goto(`/clients/${clientIdByANumber("A201456789")}#portal`);
  await page.getByRole("button", { name: /Give portal access|Make a new portal link/ }).click();
  const portal = tokenOf((await page.getByTestId("portal-invite-link").textContent())!.trim());
  await visitor.goto(portal);
  await signOut(page);

  // A password reset, from the mail in the demo mailbox.
  await visitor.goto("/forgot-password");
  await visitor.getByLabel("Email").fill("paralegal@demo.test");
  await visitor.getByRole("button", { name: "Send reset link" }).click();
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.waitForURL(/\/dashboard/);
  await page.goto("/dev/mailbox");
  await page
    .getByRole("link", { name: /Choose a new Casewatch password/ })
    .first()
    .click();
  const mail = page.locator("pre");
  await expect(mail).toContainText("/reset-password/");
  const reset = tokenOf(
    /https?:\/\/\S+\/reset-password\/[a-z0-9]+/.exec((await mail.textContent()) ?? "")![0],
  );
  await visitor.goto(reset);
  await anonymous.close();

  expect(tokens).toHaveLength(4);
  // The log is written as each answer goes out; give the last lines a moment to reach the file.
  await expect(async () => {
    const log = fs.readFileSync(MAIN_SERVER_LOG, "utf8");
    expect(log).toContain('"path":"/calendar/feed/[redacted].ics"');
    expect(log).toContain('"path":"/invite/[redacted]"');
    expect(log).toContain('"path":"/portal/[redacted]"');
    expect(log).toContain('"path":"/reset-password/[redacted]"');
  }).toPass({ timeout: 5_000 });
  const log = fs.readFileSync(MAIN_SERVER_LOG, "utf8");
  for (const t of tokens) expect(log.includes(t), `token ${t.slice(0, 4)}… is in the server log`).toBe(false);
});
