// The client's own pages, a client's text messages and the sessions settings work without JavaScript
// (docs/forms.md): a plain POST the server refuses comes back as the page again, with the message beside
// the field (in the client's language on the client's pages) and what was typed still in it (never a
// password); a good one is accepted.
import { randomBytes, createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { DEMO_PASSWORD, clientIdByANumber, db, insertCheckIn } from "./fixtures";
import { signIn } from "./helpers";

test.use({ javaScriptEnabled: false });

/** The short reference the sessions page shows for the demo admin's newest session. */
function newestAdminSessionRef(): string {
  const d = db();
  try {
    const row = d
      .prepare(
        "select s.id from sessions s join users u on u.id = s.user_id where u.email = 'admin@demo.test' order by s.created_at desc, s.rowid desc limit 1",
      )
      .get() as { id: string };
    return row.id.slice(0, 16);
  } finally {
    d.close();
  }
}

const catalog = (lang: string) =>
  JSON.parse(readFileSync(`app/locales/${lang}.json`, "utf8")) as Record<string, string>;

test("a client accepts their invitation, says they will attend and sends a paper, in Spanish, without JavaScript", async ({
  browser,
  baseURL,
}) => {
  const es = catalog("es");
  const clientId = clientIdByANumber("A207778899"); // Rosa Morales, prefers Spanish
  const token = randomBytes(24).toString("hex");
  const d = db();
  const firmId = (d.prepare("select firm_id from clients where id = ?").get(clientId) as { firm_id: string })
    .firm_id;
  d.prepare("update clients set email = 'rosa.morales@e2e.test' where id = ?").run(clientId);
  d.prepare(
    "insert into portal_invites (id, firm_id, client_id, token_hash, expires_at) values (?, ?, ?, ?, ?)",
  ).run(
    randomBytes(10).toString("hex"),
    firmId,
    clientId,
    createHash("sha256").update(token).digest("hex"),
    new Date(Date.now() + 86_400_000).toISOString(),
  );
  d.close();
  insertCheckIn({
    clientId,
    startsAt: new Date(Date.now() + 2 * 86_400_000),
    timeZone: "America/New_York",
    officeId: "ero-newark",
  });

  // A phone whose browser asks for English: the invitation's language (the client's) wins.
  const context = await browser.newContext({
    baseURL,
    locale: "en-US",
    javaScriptEnabled: false,
    viewport: { width: 375, height: 812 },
  });
  const page = await context.newPage();
  try {
    await page.goto(`/portal/${token}`);
    await expect(page.getByRole("heading", { name: es["invite.title"] })).toBeVisible();
    const password = page.getByLabel(es["invite.password"]!);
    // Long enough for the browser, too common for the server: refused by the field, in Spanish.
    await password.fill("password1234");
    await page.getByRole("button", { name: es["invite.submit"] }).click();
    await expect(page.getByText(es["password.common"]!)).toBeVisible();
    await expect(password).toHaveAttribute("aria-invalid", "true");
    // A password is never sent back, so the field is empty again.
    await expect(password).toHaveValue("");
    await password.fill("una contraseña larga para Rosa Morales");
    await page.getByRole("button", { name: es["invite.submit"] }).click();
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("heading", { name: /Hola, Rosa/ })).toBeVisible();

    const next = page.getByRole("region", { name: es["portal.nextCheckIn"] });
    await next.getByLabel(es["portal.willAttend"]!).check();
    await next.getByRole("button", { name: es["portal.willAttend"] }).click();
    await expect(page.getByText(es["portal.willAttendSaved"]!)).toBeVisible();
    await expect(next.getByText(es["portal.willAttendDone"]!)).toBeVisible();

    // A paper from /me: a program renamed .jpg is refused by the file field, in Spanish, the note kept.
    const card = page.getByRole("region", { name: es["portal.papers.title"] });
    const file = card.getByLabel(es["portal.papers.file"]!);
    const note = card.getByLabel(es["portal.papers.note"]!);
    const program = Buffer.alloc(512);
    program.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    await file.setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: program });
    await note.fill("Me dieron otra fecha");
    await card.getByRole("button", { name: es["portal.papers.send"] }).click();
    const refused = page.getByRole("region", { name: es["portal.papers.title"] });
    await expect(refused.getByText(es["portal.papers.wrongType"]!)).toBeVisible();
    await expect(refused.getByLabel(es["portal.papers.file"]!)).toHaveAttribute("aria-invalid", "true");
    await expect(refused.getByLabel(es["portal.papers.note"]!)).toHaveValue("Me dieron otra fecha");
    // The photo itself: accepted, and the office has it.
    const photo = await sharp({ create: { width: 300, height: 400, channels: 3, background: "#f4f1ea" } })
      .jpeg({ quality: 80 })
      .toBuffer();
    await refused
      .getByLabel(es["portal.papers.file"]!)
      .setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: photo });
    await refused.getByRole("button", { name: es["portal.papers.send"] }).click();
    await expect(page.getByRole("heading", { name: new RegExp(es["portal.papers.sent"]!) })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("a client's consent to texts, refused and then recorded, without JavaScript", async ({ page }) => {
  const clientId = clientIdByANumber("A206667788"); // José Luis Castillo
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto(`/clients/${clientId}/text-messages`);
  const phone = page.getByLabel("Mobile number");
  await phone.fill("123");
  await page.getByLabel("agreed to reminders by text").check();
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByText(/^This is not a valid phone number for US\./)).toBeVisible();
  await expect(phone).toHaveValue("123");
  await expect(page.getByLabel("Country of the number")).toHaveValue("US");
  await expect(page.getByLabel("agreed to reminders by text")).toBeChecked();

  await phone.fill("(347) 555-0177");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(
    page.getByText("Consent to texts recorded for +13475550177; reminders will be texted."),
  ).toBeVisible();
});

test("signing out a session that already ended is refused, other sessions are signed out, without JavaScript", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "admin@demo.test", DEMO_PASSWORD);
  const elsewhere = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const other = await elsewhere.newPage();
  try {
    await signIn(other, "admin@demo.test", DEMO_PASSWORD);
    const otherRef = newestAdminSessionRef();
    await page.goto("/settings/sessions");
    const sessions = page.getByRole("table", { name: "Your sessions" });
    // The other browser's row: its form carries the session's short reference (the page shows no more).
    const otherRow = sessions
      .getByRole("row")
      .filter({ has: page.locator(`input[name="ref"][value="${otherRef}"]`) });
    await expect(otherRow.getByRole("button", { name: /^Sign out / })).toBeVisible();

    // The other browser signs out while this page still shows its session.
    await other.getByRole("button", { name: "Sign out" }).first().click();
    await other.waitForURL(/\/login$/);
    await otherRow.getByRole("button", { name: /^Sign out / }).click();
    await expect(page.getByText("That session has already ended.")).toBeVisible();

    // Signed in elsewhere again, then every other session is signed out from here.
    await signIn(other, "admin@demo.test", DEMO_PASSWORD);
    await page.goto("/settings/sessions");
    await page.getByRole("button", { name: "Sign out all other sessions" }).click();
    await expect(page.getByText("Your other sessions were signed out.")).toBeVisible();
    await expect(
      sessions
        .getByRole("row")
        .filter({ hasNot: page.getByText("This browser") })
        .getByRole("button", { name: /^Sign out / }),
    ).toHaveCount(0);
    await other.goto("/settings/sessions");
    await expect(other).toHaveURL(/\/login/);
  } finally {
    await elsewhere.close();
  }
});
