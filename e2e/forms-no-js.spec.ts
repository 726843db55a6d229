// Every form works without JavaScript (docs/forms.md): a plain POST that the server refuses comes back as
// the page again, with the message beside the field and what was typed still in it.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";
import { signIn } from "./helpers";

test.use({ javaScriptEnabled: false });

test("the new-client form, refused and then corrected, without JavaScript", async ({ page }) => {
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/clients/new");
  await page.getByLabel("Family name").fill("Nojs");
  await page.getByLabel("Given names").fill("Plain");
  await page.getByLabel("Email").fill("plain at example");
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();
  await expect(page.getByText("Some fields need attention")).toBeVisible();
  await expect(page.getByLabel("Family name")).toHaveValue("Nojs");
  await expect(page.getByLabel("Email")).toHaveValue("plain at example");
  await page.getByLabel("Email").fill("plain@example.org");
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { name: /Plain Nojs/ })).toBeVisible();

  await page.getByRole("link", { name: "Edit details" }).click();
  await page.getByLabel("Phone").fill("12");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/Enter a phone number with its area code/)).toBeVisible();
  await expect(page.getByLabel("Phone")).toHaveValue("12");
  await expect(page.getByLabel("Email")).toHaveValue("plain@example.org");
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
