import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, db } from "./fixtures";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

async function recordEvent(page: Page, what: string, date: string, fill?: () => Promise<void>) {
  await page.getByLabel("What happened?").selectOption({ label: what });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Date it took effect").fill(date);
  if (fill) await fill();
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "recorded" })).toBeVisible();
}

test("a lawyer follows a case from NTA to a final order, with its deadline, documents and search", async ({
  page,
}) => {
  const digits = String(Date.now()).slice(-9);
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/clients/new");
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Family name").fill("Chen");
  await page.getByLabel("Given names").fill("Jian");
  await page.getByLabel("Name in own script").fill("陈建");
  await page.getByLabel("A-number").fill(`A${digits}`);
  await page.getByLabel("Nationalities").fill("China");
  await page.getByLabel("Preferred language").selectOption("zh-Hans");
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { name: /Jian Chen/ })).toBeVisible();
  await expect(
    page.getByText("In proceedings").or(page.getByText("No removal case recorded")).first(),
  ).toBeVisible();
  const clientUrl = page.url();

  await recordEvent(page, "Notice to Appear filed", "2024-01-10");
  await recordEvent(page, "Immigration judge decision", "2025-06-02", async () => {
    await page.getByLabel("Outcome").selectOption({ label: "Removal ordered" });
  });
  await recordEvent(page, "Appeal filed with the BIA", "2025-06-20");
  await expect(page.getByText("Appeal pending at BIA").first()).toBeVisible();
  await recordEvent(page, "BIA decision", "2026-11-20", async () => {
    await page.getByLabel("Outcome").selectOption({ label: "Appeal dismissed" });
  });
  await expect(
    page.getByRole("region", { name: /Jian Chen/ }).getByText("Final order", { exact: true }),
  ).toBeVisible();
  const pfr = page
    .getByRole("list", { name: "Deadlines" })
    .getByRole("listitem")
    .filter({ hasText: "Petition for review" });
  // 30 days from 2026-11-20 is Sun 20 Dec 2026: rolled to Monday.
  await expect(pfr).toContainText("Mon 21 Dec 2026");
  await expect(pfr).toContainText("INA 242(b)(1)");
  await expect(pfr).toContainText("Verify");
  await expect(pfr).toContainText("2026-12-20 is a Sunday");

  // A passport, then ICE asks the consulate for a travel document.
  await page.getByText("Add a travel document").click();
  await page.getByLabel("Document kind").selectOption({ label: "Passport" });
  await page.getByLabel("Document number").fill("E12345678");
  await page.getByLabel("Expires on").fill("2029-05-01");
  await page.getByLabel("State", { exact: true }).selectOption({ label: "Valid" });
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page.getByText("Passport recorded.")).toBeVisible();
  await expect(page.getByText("•••• 5678")).toBeVisible();
  await page.getByText("Add a travel document").click();
  await page.getByLabel("Document kind").selectOption({ label: "Consular travel document" });
  await page
    .getByLabel("State", { exact: true })
    .selectOption({ label: "ICE requested a travel document (I-217)" });
  await page.getByLabel("Who holds it").selectOption({ label: "Consulate" });
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page.getByText("Consular travel document recorded.")).toBeVisible();
  await expect(page.getByText("Passport: valid until 2029-05-01").first()).toBeVisible();
  // Final order, no stay, valid passport: critical, with the reasons in words.
  await expect(page.getByRole("region", { name: /Jian Chen/ }).getByText("Critical")).toBeVisible();
  await expect(page.getByText("Final order since 2026-11-20, no stay.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Found by 陈, by the A-number typed without the A and with dashes, and by filter.
  for (const q of ["陈", digits, `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`]) {
    await page.goto(`/clients?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("link", { name: "Chen, Jian" }), `search ${q}`).toBeVisible();
  }
  await page.goto("/clients");
  await page.getByLabel("Nationality").selectOption({ label: "China" });
  await page.getByLabel("Risk").selectOption({ label: "Critical" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/nationality=CN/);
  await expect(page.getByRole("link", { name: "Chen, Jian" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Lin, Mei" })).toHaveCount(0); // stayed: elevated, not critical
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Nationality: China");
  await expectNoSeriousAxeViolations(page);

  // The same A-number again is refused, with a link to the record.
  await page.goto("/clients/new");
  await page.getByLabel("Family name").fill("Chen");
  await page.getByLabel("Given names").fill("J.");
  await page.getByLabel("A-number").fill(digits);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByText("Another client of this firm already has this A-number.")).toBeVisible();
  await page.getByRole("alert").getByRole("link", { name: "Jian Chen" }).click();
  await expect(page).toHaveURL(clientUrl);
});

test("an asylum grant that DHS appeals stays open and at risk, and the BIA can order removal", async ({
  page,
}) => {
  const digits = String(Date.now() + 7).slice(-9);
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/clients/new");
  await page.getByLabel("Family name").fill("Arévalo");
  await page.getByLabel("Given names").fill("Marta");
  await page.getByLabel("A-number").fill(`A${digits}`);
  await page.getByLabel("Nationalities").fill("El Salvador");
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { name: /Marta Arévalo/ })).toBeVisible();
  const summary = page.getByRole("region", { name: /Marta Arévalo/ });

  await recordEvent(page, "Notice to Appear filed", "2024-01-10");
  await recordEvent(page, "Immigration judge decision", "2026-11-02", async () => {
    await page.getByLabel("Outcome").selectOption({ label: "Relief granted" });
    await page.getByLabel("Relief (if granted)").selectOption({ label: "Asylum" });
  });
  await recordEvent(page, "Appeal filed with the BIA", "2026-11-20", async () => {
    await page.getByLabel("Who appealed").selectOption({ label: "DHS (the government)" });
  });
  await expect(summary.getByText("DHS appeal pending at the BIA (IJ: asylum granted)")).toBeVisible();
  await expect(summary.getByText("Elevated")).toBeVisible();
  await expect(page.getByText(/DHS appealed the immigration judge's decision/)).toBeVisible();

  // Sustained without saying what the BIA ordered: refused at the field, with the typed date kept.
  await page.getByLabel("What happened?").selectOption({ label: "BIA decision" });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Date it took effect").fill("2026-11-30");
  await page.getByLabel("Outcome").selectOption({ label: "Appeal sustained" });
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByText("Choose what the BIA ordered when it sustained the appeal.")).toBeVisible();
  await expect(page.getByLabel("Date it took effect")).toHaveValue("2026-11-30");
  await page
    .getByLabel("What the BIA ordered (if sustained)")
    .selectOption({ label: "Removal ordered (final order)" });
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "recorded" })).toBeVisible();
  await expect(summary.getByText("Final order", { exact: true })).toBeVisible();
  const pfr = page
    .getByRole("list", { name: "Deadlines" })
    .getByRole("listitem")
    .filter({ hasText: "Petition for review" });
  // 30 days from Mon 30 Nov 2026 is Wed 30 Dec 2026.
  await expect(pfr).toContainText("Wed 30 Dec 2026");
  await expect(pfr).toContainText("INA 242(b)(1)");
  await expectNoSeriousAxeViolations(page);
});

test("recording a motion for a client with a live voluntary-departure grant warns first", async ({
  page,
}) => {
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/clients?q=Hern%C3%A1ndez");
  await page.getByRole("link", { name: "López Hernández, María José" }).click();
  await page.getByLabel("What happened?").selectOption({ label: "Motion to reopen filed" });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Date it took effect").fill("2026-12-01");
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(
    page.getByText(/live voluntary departure grant.*ends it \(8 CFR 1240\.26\(e\)\(1\), \(i\)\)/),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Case events, newest first" })).not.toContainText(
    "Motion to reopen filed",
  );
});

test("a paralegal imports a CSV with three bad rows and sees each listed", async ({ page }) => {
  const n = String(Date.now()).slice(-7);
  const csv = [
    "Family name,Given names,Chinese name,A-number,Nationality,Language",
    `Sun,Li,孙丽,A30${n},China,Chinese`,
    `"Méndez, Jr.","Luis ""Lucho""",,A31${n},Mexico,Spanish`,
    `Okoro,"Ada\nGrace",,A32${n},Nigeria,English`,
    ",NoFamily,,,Mexico,Spanish",
    "Bad,Number,,A123,Mexico,Spanish",
    "Bad,Country,,,Atlantis,Spanish",
  ].join("\r\n");
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto("/clients/import");
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("CSV file").setInputFiles({
    name: "from-spreadsheet.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("\uFEFF" + csv, "utf8"),
  });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { name: "Import from-spreadsheet.csv" })).toBeVisible();
  await expect(page.getByText("6 rows · 3 ready · 3 with errors")).toBeVisible();
  const errors = page.getByRole("table", { name: "Rows with errors" });
  await expect(errors.getByRole("row")).toHaveCount(4);
  await expect(errors).toContainText("Family name is required.");
  await expect(errors).toContainText("An A-number has 8 or 9 digits; this has 3.");
  await expect(errors).toContainText("Not a country we know: Atlantis");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Import clients" }).click();
  await expect(page.getByText("3 clients imported.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the rows with errors (CSV)" })).toBeVisible();
  await page.goto("/clients?q=%E5%AD%99");
  await expect(page.getByRole("link", { name: "Sun, Li" })).toBeVisible();
});

test("a concurrent edit is refused with who changed it, and nothing is overwritten", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/clients?q=Gomez");
  await page.getByRole("link", { name: "Gómez, Ana Lucía" }).click();
  await page.getByRole("link", { name: "Edit details" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  const editUrl = page.url();

  const other = await browser.newContext({ baseURL });
  const p2 = await other.newPage();
  await signIn(p2, "paralegal@demo.test", DEMO_PASSWORD);
  await p2.goto(editUrl);
  await p2.getByLabel("Phone").fill("(917) 555-0123");
  await p2.getByRole("button", { name: "Save changes" }).click();
  await expect(p2.getByText("The client's details were saved.")).toBeVisible();

  await page.getByLabel("Phone").fill("(646) 555-0999");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByText(/Not saved: this client was changed by Pedro Paralegal at \d\d:\d\d/),
  ).toBeVisible();
  await expect(page.getByLabel("Phone")).toHaveValue("(646) 555-0999");
  const d = db();
  const phone = (
    d.prepare("select phone from clients where family_name = 'Gómez'").get() as { phone: string }
  ).phone;
  d.close();
  expect(phone).toBe("+19175550123");
  await other.close();
});

test("a client user gets 403 on every case page, and on its data", async ({ page }) => {
  const d = db();
  const someone = (d.prepare("select id from clients where a_number = 'A208334120'").get() as { id: string })
    .id;
  d.close();
  await signIn(page, "client@demo.test", DEMO_PASSWORD);
  for (const url of [
    "/clients",
    `/clients/${someone}`,
    `/clients/${someone}/edit`,
    "/clients/new",
    "/clients/import",
    "/deadlines",
    "/clients/export.csv",
  ]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(403);
  }
  const data = await page.request.get(`/clients/${someone}.data`);
  expect(data.status()).toBe(403);
  expect(await data.text()).not.toContain("Lin");
});
