import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, clientIdByANumber, db } from "./fixtures";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

test("the demo client's page and its data hold the message, and none of the staff-only fields", async ({
  page,
}) => {
  await signIn(page, "client@demo.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  const html = await (await page.request.get("/me")).text();
  const data = await (await page.request.get("/me.data")).text();
  for (const body of [html, data]) {
    expect(body).toContain("我们已经提交了暂缓遣返的申请"); // the client-visible message
    expect(body).not.toContain("Prefers calls after 6 pm"); // staff notes
    expect(body).not.toContain("interpreter-needed"); // internal tags
    expect(body).not.toMatch(/riskTier|riskReasons|"critical"|Critical/); // risk
    expect(body).not.toContain("María José"); // other clients
    expect(body).not.toContain("client.created"); // audit entries
  }
  // Staff pages answer 403, even their data URLs.
  for (const url of ["/dashboard", "/clients", "/check-ins", "/dashboard.data"])
    expect((await page.request.get(url)).status(), url).toBe(403);
});

test("staff invite a client, who sets a password, reads their case in Chinese, switches to English, confirms attendance and reads the message; staff see both; revoking ends the session", async ({
  page,
  browser,
  baseURL,
}) => {
  const clientId = clientIdByANumber("A216660123"); // Lei Zhao, prefers Chinese, under supervision
  const d = db();
  d.prepare("update clients set email = 'lei.zhao@example.org' where id = ?").run(clientId);
  const other = d
    .prepare(
      "select m.id from client_messages m join clients c on c.id = m.client_id where c.a_number = 'A201456789'",
    )
    .get() as { id: string };
  d.close();

  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto(`/clients/${clientId}#portal`);
  await page
    .getByLabel("Message to the client")
    .fill("赵先生：您的下一次报到我们会陪同。 / We will go with you to your next check-in.");
  await page.getByRole("button", { name: "Post message" }).click();
  await expect(page.getByText("Message posted on the client's page.")).toBeVisible();
  await page.getByRole("button", { name: "Give portal access" }).click();
  const link = (await page.getByTestId("portal-invite-link").textContent())!.trim();
  await page.getByRole("link", { name: "Open the printable sheet" }).click();
  await expect(page.getByRole("heading", { name: "您的私人案件页面" })).toBeVisible();
  await expect(page.getByRole("img", { name: link })).toBeVisible();

  const clientContext = await browser.newContext({ baseURL, viewport: { width: 375, height: 800 } });
  const c = await clientContext.newPage();
  await c.goto(new URL(link).pathname);
  await expect(c.getByRole("heading", { name: "您的私人案件页面" })).toBeVisible();
  await c.getByLabel("密码").fill("赵磊的很长的密码非常非常安全");
  await c.getByRole("button", { name: "设置我的密码" }).click();
  await expect(c).toHaveURL(/\/me$/);
  await expect(c.getByRole("heading", { name: /您好，Lei Zhao/ })).toBeVisible();
  await expect(c.getByRole("region", { name: "您的案件现在的情况" })).toContainText("最终遣返令");
  await expect(c.getByRole("region", { name: "律师给您的消息" })).toContainText("您的下一次报到我们会陪同");
  await expect(c.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expectNoSeriousAxeViolations(c);

  await c.getByText(/语言 · Language/).click();
  await c.getByRole("link", { name: "English" }).click();
  await expect(c.getByRole("heading", { name: /Hello, Lei Zhao/ })).toBeVisible();
  await expect(c.getByRole("region", { name: "Where your case is now" })).toContainText(
    "final order of removal",
  );
  await expectNoSeriousAxeViolations(c);
  // The choice is remembered for the session.
  await c.goto("/me");
  await expect(c.getByRole("heading", { name: /Hello, Lei Zhao/ })).toBeVisible();
  await c.goto("/me?lng=es");
  await expect(c.getByRole("heading", { name: /Hola, Lei Zhao/ })).toBeVisible();
  await expectNoSeriousAxeViolations(c);
  await c.goto("/me?lng=en");

  const next = c.getByRole("region", { name: "Your next appointment with ICE" });
  await next.getByLabel("I will be there").check();
  await next.getByRole("button", { name: "I will be there" }).click();
  await expect(c.getByText("Thank you. Your lawyer's office knows you plan to go.")).toBeVisible();
  await expect(c.getByText("You told us you will be there.")).toBeVisible();
  await c.getByRole("region", { name: "Messages from your lawyer" }).getByRole("link").first().click();
  await c.getByRole("button", { name: "I have read this" }).click();
  await expect(c.getByRole("status").filter({ hasText: "Read" })).toBeVisible();

  // Nothing else is theirs.
  for (const url of ["/clients", `/clients/${clientId}`, "/settings/users"])
    expect((await c.request.get(url)).status(), url).toBe(403);
  expect((await c.request.get(`/me/messages/${other.id}`)).status()).toBe(404);
  expect((await c.request.get(`/me/messages/${other.id}.data`)).status()).toBe(404);

  // Staff see both.
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByRole("list", { name: "Messages to the client" })).toContainText("read ");
  await expect(page.getByRole("list", { name: "Check-ins, newest first" })).toContainText(
    "Client said: “I will be there”",
  );

  await page.getByRole("button", { name: "Revoke portal access" }).click();
  await expect(page.getByText("Portal access revoked")).toBeVisible();
  await c.goto("/me");
  await expect(c).toHaveURL(/\/login/);
  await clientContext.close();
});
