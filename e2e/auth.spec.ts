import { expect, test } from "@playwright/test";
import { generateHOTP } from "@oslojs/otp";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { DEMO_PASSWORD, db, demoFirmId, makeFirm, makeStaff, signInAs } from "./fixtures";
import { expectNoSeriousAxeViolations, signIn, signOut } from "./helpers";

test("sign in and sign out", async ({ page }) => {
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fdashboard$/);
});

test("a wrong password gets the same message as an unknown account", async ({ page }) => {
  await signIn(page, "lawyer@demo.test", "not the password at all");
  const message = "The email or phone number, or the password, is not right.";
  await expect(page.getByText(message)).toBeVisible();
  await expect(page.getByLabel("Email or phone")).toHaveValue("lawyer@demo.test");
  await expectNoSeriousAxeViolations(page);
  await signIn(page, "nobody@nowhere.test", "not the password at all");
  await expect(page.getByText(message)).toBeVisible();
});

test("ten failures block the account, even for the right password", async ({ page }) => {
  const user = await makeStaff(demoFirmId(), "paralegal");
  for (let i = 0; i < 10; i++) {
    await signIn(page, user.email, `wrong password number ${i}`);
    await expect(page.getByText("is not right")).toBeVisible();
  }
  await signIn(page, user.email, user.password);
  await expect(page.getByText("Too many attempts")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("in demo mode the sign-in page says it is for trying the product, not for real clients", async ({
  page,
}) => {
  await page.goto("/login");
  const note = page.getByRole("note", { name: "Demo" });
  await expect(note).toContainText("This is a demo, for trying Casewatch.");
  await expect(note).toContainText("Never enter real clients");
});

test("an admin invites a paralegal, who accepts and lands on the dashboard", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "admin@demo.test", DEMO_PASSWORD);
  await page.goto("/settings/users");
  await expectNoSeriousAxeViolations(page);
  const email = `new-paralegal-${Date.now()}@demo.test`;
  await page.getByLabel("Name").fill("Paula Nueva");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("paralegal");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = (await page.getByTestId("invite-link").textContent())!.trim();
  expect(link).toMatch(/\/invite\/[a-z0-9]+$/);
  await expect(page.getByText(email)).toBeVisible();

  // The invitation also went out by mail (the demo mailbox in demo mode). The admin sees it there, but
  // not its link: mail to someone else has its one-time links hidden.
  await page.goto("/dev/mailbox");
  await page
    .getByRole("link", {
      name: new RegExp(
        `You are invited to Demo Immigration Law on Casewatch\\s*to ${email.replace(/[.]/g, "\\.")}`,
      ),
    })
    .click();
  await expect(page.getByText("its links are hidden")).toBeVisible();
  await expect(page.getByText("[link hidden: only the person it was sent to can open it]")).toBeVisible();
  await expect(page.getByText(link)).toHaveCount(0);

  const invitee = await browser.newContext({ baseURL });
  const p2 = await invitee.newPage();
  await p2.goto(link);
  await expect(p2.getByRole("heading", { name: "Join Demo Immigration Law" })).toBeVisible();
  await p2.getByLabel("Password").fill("password1234");
  await p2.getByRole("button", { name: "Create account" }).click();
  await expect(p2.getByText("among the most common")).toBeVisible();
  await p2.getByLabel("Password").fill("paula's own long password");
  await p2.getByRole("button", { name: "Create account" }).click();
  await expect(p2).toHaveURL(/\/dashboard$/);
  await expect(p2.getByText("Paula Nueva").first()).toBeVisible();

  // The link works once.
  const p3 = await (await browser.newContext({ baseURL })).newPage();
  await p3.goto(link);
  await expect(p3.getByRole("heading", { name: "This invitation does not work" })).toBeVisible();
  await invitee.close();
});

test("deactivating a user ends their session at once", async ({ page, browser, baseURL }) => {
  const victim = await makeStaff(demoFirmId(), "lawyer");
  const other = await browser.newContext({ baseURL });
  await signInAs(other, victim.userId, baseURL!);
  const otherPage = await other.newPage();
  await otherPage.goto("/dashboard");
  await expect(otherPage.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  await signIn(page, "admin@demo.test", DEMO_PASSWORD);
  await page.goto("/settings/users");
  await page.getByRole("button", { name: `Deactivate ${victim.displayName}` }).click();
  await expect(page.getByText(`${victim.displayName} was deactivated`)).toBeVisible();

  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/login/);
  // And the password no longer opens the account.
  const p = await (await browser.newContext({ baseURL })).newPage();
  await signIn(p, victim.email, victim.password);
  await expect(p.getByText("is not right")).toBeVisible();
  await other.close();
});

function totpNow(secret: string, offsetSteps = 0): string {
  const step = Math.floor(Date.now() / 1000 / 30) + offsetSteps;
  return generateHOTP(decodeBase32IgnorePadding(secret.replace(/\s+/g, "")), BigInt(step), 6);
}

test("two-step sign-in: enrol, sign in with a code, then with a recovery code", async ({ page }) => {
  const user = await makeStaff(demoFirmId(), "lawyer");
  await signIn(page, user.email, user.password);
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const secret = (await page.getByTestId("totp-secret").textContent())!;
  await page.getByLabel("Code from your app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByText("That code is not right")).toBeVisible();
  await page.getByLabel("Code from your app").fill(totpNow(secret));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  const codeItems = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codeItems).toHaveCount(10);
  const codes = await codeItems.allTextContents();

  await signOut(page);
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/login\/2fa$/);
  // The enrolment code cannot be replayed; the next step's code (allowed clock drift) works.
  await page.getByLabel("Authentication code").fill(totpNow(secret, 1));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await signOut(page);
  await signIn(page, user.email, user.password);
  await page.getByText("Use a recovery code instead").click();
  await page.getByLabel("Recovery code").fill(codes[0]!);
  await page.getByRole("button", { name: "Sign in with recovery code" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // A recovery code works once.
  await signOut(page);
  await signIn(page, user.email, user.password);
  await page.getByText("Use a recovery code instead").click();
  await page.getByLabel("Recovery code").fill(codes[0]!);
  await page.getByRole("button", { name: "Sign in with recovery code" }).click();
  await expect(page.getByText("That recovery code is not right, or it was already used.")).toBeVisible();
});

test("a firm that requires two-step sign-in sends staff without it to set it up", async ({ page }) => {
  const firm = makeFirm("Strict Firm");
  const user = await makeStaff(firm, "admin");
  const d = db();
  d.prepare("update firms set require_2fa = 1 where id = ?").run(firm);
  d.close();
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/settings\/security\?required=1$/);
  await expect(page.getByText("Your firm requires two-step sign-in")).toBeVisible();
  await page.goto("/settings/users");
  await expect(page).toHaveURL(/\/settings\/security\?required=1$/);
});

test("a client user cannot open staff pages", async ({ page }) => {
  await signIn(page, "client@demo.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  // Wei Chen prefers Chinese: his page opens in it.
  await expect(page.getByRole("heading", { name: /您好，Wei Chen/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  for (const url of ["/dashboard", "/settings/users", "/settings/audit", "/dev/mailbox"]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access" })).toBeVisible();
  }
});

test("a user of a second firm cannot open the first firm's records", async ({ page, context, baseURL }) => {
  // A message in the demo firm's mailbox, by its id.
  const d = db();
  const message = { id: `msg-${Date.now()}` };
  d.prepare(
    "insert into mail_messages (id, firm_id, to_address, subject, body_text, message_id) values (?, ?, ?, ?, ?, ?)",
  ).run(
    message.id,
    demoFirmId(),
    "someone@demo.test",
    "Demo firm only",
    "Not for other firms",
    `<${message.id}@e2e>`,
  );
  d.close();
  const outsider = await makeStaff(makeFirm("Other Firm LLP"), "admin");
  await signInAs(context, outsider.userId, baseURL!);
  const res = await page.goto(`/dev/mailbox/${message!.id}`);
  expect(res?.status()).toBe(404);
  await page.goto("/dev/mailbox");
  await expect(page.getByText("No mail yet")).toBeVisible();
  await page.goto("/settings/audit");
  await expect(page.getByText("Laura Lawyer")).toHaveCount(0);
});

test("forgotten password: one answer for every address, a one-hour single-use link that ends all sessions", async ({
  page,
  browser,
  baseURL,
}) => {
  const user = await makeStaff(demoFirmId(), "paralegal");
  const other = await browser.newContext({ baseURL });
  await signInAs(other, user.userId, baseURL!);

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("nobody@nowhere.test");
  await page.getByRole("button", { name: "Send reset link" }).click();
  const answer = page.getByText("If an account uses that address");
  await expect(answer).toBeVisible();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(answer).toBeVisible();

  // The addressee reads the link in their own demo mailbox (still signed in on the other device).
  const mailPage = await other.newPage();
  await mailPage.goto("/dev/mailbox");
  await mailPage
    .getByRole("link", { name: /Choose a new Casewatch password/ })
    .first()
    .click();
  const body = (await mailPage.locator("pre").textContent())!;
  const link = body.match(/https?:\/\/\S+\/reset-password\/\S+/)![0];
  await mailPage.close();
  // Another staff member of the firm does not see it at all.
  const colleague = await browser.newContext({ baseURL });
  const colleaguePage = await colleague.newPage();
  await signIn(colleaguePage, "paralegal@demo.test", DEMO_PASSWORD);
  await colleaguePage.goto("/dev/mailbox");
  await expect(colleaguePage.getByText(`to ${user.email}`)).toHaveCount(0);
  await colleague.close();
  await page.goto(link);
  await page.getByLabel("New password").fill("a brand new long password");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText("Your password was changed")).toBeVisible();

  const otherPage = await other.newPage();
  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/login/);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await signIn(page, user.email, "a brand new long password");
  await expect(page).toHaveURL(/\/dashboard$/);
  await other.close();
});

test("security headers and a per-request CSP nonce", async ({ request }) => {
  const a = await request.get("/login");
  const b = await request.get("/login");
  const csp = a.headers()["content-security-policy"]!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(b.headers()["content-security-policy"]).not.toBe(csp);
  expect(a.headers()["x-content-type-options"]).toBe("nosniff");
  expect(a.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(a.headers()["cache-control"]).toContain("no-store");
  const cross = await request.post("/login", {
    form: { identifier: "x", password: "y" },
    headers: { Origin: "https://evil.example" },
  });
  expect(cross.status()).toBe(403);
  const health = await request.get("/healthz");
  expect(await health.json()).toEqual({ status: "ok" });
});
