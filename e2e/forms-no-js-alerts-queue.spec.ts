// The alert page's note form and the check-ins queue's "office closed for a day" work without JavaScript
// (docs/forms.md): a plain POST the server refuses comes back as the page, with the message beside the
// field and what was typed still in it; corrected, it saves.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, clientIdByANumber, insertCheckIn } from "./fixtures";
import { signIn } from "./helpers";

test.use({ javaScriptEnabled: false });

test("a note on an alert page, refused and then added, without JavaScript", async ({ page }) => {
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/alerts/new");
  const title = `Charter flight takes Chinese nationals home, no script ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Publication date", { exact: true }).fill("2026-11-26");
  await page
    .getByLabel("Article text")
    .fill(
      "U.S. Immigration and Customs Enforcement removed 118 Chinese nationals on Tuesday on a charter flight that landed in Guangzhou, the Department of Homeland Security said.",
    );
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.getByText("Add a note to Wei Chen's timeline").click();
  const note = page.getByRole("textbox", { name: "Note for Wei Chen" });
  const tooLong = `Called Wei about the flight. ${"x".repeat(2000)}`;
  await note.fill(tooLong);
  await page.getByRole("button", { name: "Add note" }).click();
  const again = page.getByRole("textbox", { name: "Note for Wei Chen" });
  await expect(page.getByText("Note must be at most 2000 characters.")).toBeVisible();
  await expect(again).toHaveValue(tooLong);
  await expect(again).toHaveAttribute("aria-invalid", "true");

  await again.fill("Called Wei about the flight; no JavaScript.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added to the client's timeline.")).toBeVisible();
  await page.getByRole("link", { name: "Open Wei Chen" }).click();
  await expect(page.getByRole("list", { name: "Timeline notes, newest first" })).toContainText(
    "Called Wei about the flight; no JavaScript.",
  );
});

test("an office closed for a day, refused and then moved, without JavaScript", async ({ page }) => {
  insertCheckIn({
    clientId: clientIdByANumber("A204445566"), // Jean Robert Pierre
    startsAt: new Date("2027-06-09T14:00:00Z"),
    timeZone: "America/New_York",
    officeId: "ero-philadelphia",
  });
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto("/check-ins");
  await page.getByLabel("Closed office").selectOption({ label: "ICE ERO Philadelphia Field Office" });
  await page.getByLabel("Closed on").fill("2027-06-09");
  await page.getByLabel("Move to").fill("2027-06-09");
  await page.getByLabel("Why").fill("Office closed: flooding");
  await page.getByRole("button", { name: "Move check-ins" }).click();
  await expect(page.getByText("Choose a different day.")).toBeVisible();
  await expect(page.getByLabel("Move to")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Why")).toHaveValue("Office closed: flooding");
  await expect(page.getByLabel("Closed on")).toHaveValue("2027-06-09");
  await expect(page.getByLabel("Closed office")).toHaveValue("ero-philadelphia");

  await page.getByLabel("Move to").fill("2027-06-11");
  await page.getByRole("button", { name: "Move check-ins" }).click();
  await expect(page.getByText(/check-ins? moved from 2027-06-09 to 2027-06-11/)).toBeVisible();
});
