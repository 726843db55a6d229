// Every form works without JavaScript (docs/forms.md): a plain POST that the server refuses comes back as
// the page again, with the message beside the field and what was typed still in it.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, clientIdByANumber, insertCheckIn } from "./fixtures";
import { signIn } from "./helpers";

test.use({ javaScriptEnabled: false });

test("the new-client form, refused and then corrected, without JavaScript", async ({ page }) => {
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/clients/new");
  await page.getByLabel("Family name").fill("Nojs");
  await page.getByLabel("Given names").fill("Plain");
  await page.getByLabel("Email", { exact: true }).fill("plain at example");
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();
  await expect(page.getByText("Some fields need attention")).toBeVisible();
  await expect(page.getByLabel("Family name")).toHaveValue("Nojs");
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("plain at example");
  await page.getByLabel("Email", { exact: true }).fill("plain@example.org");
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { name: /Plain Nojs/ })).toBeVisible();

  await page.getByRole("link", { name: "Edit details" }).click();
  await page.getByLabel("Phone", { exact: true }).fill("12");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/Enter a phone number with its area code/)).toBeVisible();
  await expect(page.getByLabel("Phone", { exact: true })).toHaveValue("12");
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("plain@example.org");
});

test("the event form on the client page and the correction page, refused without JavaScript", async ({
  page,
}) => {
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/clients?q=Gomez");
  await page.getByRole("link", { name: "Gómez, Ana Lucía" }).click();
  const clientUrl = page.url();
  await page.getByLabel("What happened?").selectOption({ label: "Immigration judge decision" });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Date it took effect").fill("2026-03-02");
  await page.getByLabel("Court or office").fill("Typed court");
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByText("Choose the outcome.")).toBeVisible();
  await expect(page.getByLabel("Court or office")).toHaveValue("Typed court");
  await expect(page.getByLabel("Date it took effect")).toHaveValue("2026-03-02");

  await page.goto(clientUrl);
  await page
    .getByRole("link", { name: /^Correct / })
    .first()
    .click();
  await page.getByLabel("Notes").fill("Typed while correcting");
  await page.getByLabel("Date it took effect").fill("");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByText("Date it took effect is required.")).toBeVisible();
  await expect(page.getByLabel("Notes")).toHaveValue("Typed while correcting");
});

test("a travel document, a check-in outcome and a changed check-in, refused without JavaScript", async ({
  page,
}) => {
  const clientId = clientIdByANumber("A203332211"); // Ana Lucía Gómez
  insertCheckIn({
    clientId,
    startsAt: new Date(Date.now() - 26 * 3600_000),
    timeZone: "America/New_York",
    officeId: "ero-newark",
  });
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto(`/clients/${clientId}`);

  await page.getByText("Add a travel document").click();
  await page.getByLabel("Document number").fill("E1112223");
  await page.getByLabel("Issued on").fill("2024-05-01");
  await page.getByLabel("Expires on").fill("2020-05-01");
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page.getByText("The expiry date is before the issue date.")).toBeVisible();
  await expect(page.getByLabel("Document number")).toHaveValue("E1112223");

  const outcome = page.getByRole("form", { name: /Outcome of the check-in of/ }).first();
  await outcome.getByLabel("Check-in outcome").selectOption("rescheduled");
  await outcome.getByLabel("Outcome notes").fill("Officer moved it");
  await outcome.getByRole("button", { name: "Save outcome" }).click();
  const again = page.getByRole("form", { name: /Outcome of the check-in of/ }).first();
  await expect(again.getByText("Enter the new date.")).toBeVisible();
  await expect(again.getByLabel("Outcome notes")).toHaveValue("Officer moved it");
  await expect(again.getByLabel("Check-in outcome")).toHaveValue("rescheduled");

  await page
    .getByRole("link", { name: /^Change the check-in of/ })
    .first()
    .click();
  await page.getByLabel("What to bring").fill("Typed list");
  await page.getByLabel("Local time").fill("");
  await page.getByRole("button", { name: "Save change" }).click();
  await expect(page.getByText(/enter the time as HH:MM/)).toBeVisible();
  await expect(page.getByLabel("What to bring")).toHaveValue("Typed list");
});

test("the alert correction form, refused without JavaScript", async ({ page }) => {
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/alerts");
  await page
    .locator("li a[href^='/alerts/']:not([href='/alerts/new']):not([href^='/alerts/countries'])")
    .first()
    .click();
  await page.getByText("Correct the facts").click();
  const countries = page.getByRole("textbox", { name: "Destination countries" });
  const departure = page.getByRole("textbox", { name: "Departure" });
  await countries.fill("Narnia");
  await departure.fill("Typed airport");
  await page.getByRole("button", { name: "Save corrections" }).click();
  await expect(page.getByText(/^Not a country: Narnia/)).toBeVisible();
  await expect(countries).toHaveValue("Narnia");
  await expect(departure).toHaveValue("Typed airport");
});

test("adding an office, refused without JavaScript", async ({ page }) => {
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/settings/offices");
  await page.getByLabel("Name").fill("Typed ISAP office");
  await page.getByLabel("Address").fill("1 Main St");
  await page.getByLabel("Opens").fill("16:00");
  await page.getByLabel("Closes").fill("08:00");
  await page.getByRole("button", { name: "Add office" }).click();
  await expect(page.getByText("Closes before it opens.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Typed ISAP office");
});

test("a closure day and the firm settings, refused without JavaScript", async ({ page }) => {
  await signIn(page, "admin@demo.test", DEMO_PASSWORD);
  await page.goto("/settings/closures");
  await page.getByLabel("Date", { exact: true }).fill("2027-02-03");
  await page.getByRole("button", { name: "Enter closure" }).click();
  await expect(page.getByText("Reason is required.")).toBeVisible();
  await expect(page.getByLabel("Date", { exact: true })).toHaveValue("2027-02-03");

  await page.goto("/settings/firm");
  await page.getByLabel("Phone", { exact: true }).fill("(212) 555-0100");
  await page.getByLabel("Email", { exact: true }).fill("office at example");
  await page.getByRole("button", { name: "Save firm settings" }).click();
  await expect(page.getByText("Enter an email address like office@example.org.")).toBeVisible();
  await expect(page.getByLabel("Phone", { exact: true })).toHaveValue("(212) 555-0100");
});
