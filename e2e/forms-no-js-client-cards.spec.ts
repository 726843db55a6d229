// The client page's remaining cards without JavaScript (docs/forms.md): scheduling a check-in and
// postponing a hearing are plain POSTs; a refusal comes back as the page again with the message beside
// the field and what was typed still in it, and the corrected form is saved.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, db, demoFirmId } from "./fixtures";
import { signIn } from "./helpers";

test.use({ javaScriptEnabled: false });

/** A client of the demo firm of this spec's own, with one master calendar hearing, so no other spec sees it. */
function clientWithHearing(): string {
  const firmId = demoFirmId();
  const clientId = randomBytes(10).toString("hex");
  const d = db();
  try {
    d.prepare("insert into clients (id, firm_id, family_name, given_names) values (?, ?, ?, ?)").run(
      clientId,
      firmId,
      "Nojscards",
      "Plain",
    );
    d.prepare(
      "insert into hearings (id, firm_id, client_id, hearing_type, court, date, time, time_zone) values (?, ?, ?, 'master', 'Newark Immigration Court', '2027-05-05', '09:00', 'America/New_York')",
    ).run(randomBytes(10).toString("hex"), firmId, clientId);
  } finally {
    d.close();
  }
  return clientId;
}

test("scheduling a check-in and postponing a hearing, refused then accepted, without JavaScript", async ({
  page,
}) => {
  const clientId = clientWithHearing();
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto(`/clients/${clientId}`);

  // Scheduling a check-in: no date is refused, what was typed stays.
  await page.getByText("Schedule a check-in").click();
  let schedule = page.getByRole("form", { name: "Schedule a check-in" });
  await schedule.getByLabel("Local time").fill("10:00");
  await schedule.getByLabel("What to bring").fill("Typed list to bring");
  await schedule.getByLabel("Check-in notes").fill("Typed check-in notes");
  await schedule.getByRole("button", { name: "Schedule check-in" }).click();
  schedule = page.getByRole("form", { name: "Schedule a check-in" });
  await expect(schedule.getByText("Date is required.")).toBeVisible();
  await expect(schedule.getByText("Some fields need attention.")).toBeVisible();
  await expect(schedule.getByLabel("Check-in date")).toHaveAttribute("aria-invalid", "true");
  await expect(schedule.getByLabel("What to bring")).toHaveValue("Typed list to bring");
  await expect(schedule.getByLabel("Check-in notes")).toHaveValue("Typed check-in notes");
  await expect(schedule.getByLabel("Local time")).toHaveValue("10:00");
  // Corrected (a Tuesday, in the office's hours): saved.
  await schedule.getByLabel("Check-in date").fill("2027-03-09");
  await schedule.getByRole("button", { name: "Schedule check-in" }).click();
  await expect(page.getByText("Check-in scheduled.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Check-ins, newest first" })).toContainText(
    "Tue 9 Mar 2027, 10:00",
  );

  // Postponing the hearing: no reason is refused, the new date typed stays.
  await page.getByText("Postpone or cancel").click();
  let postpone = page.getByRole("form", { name: /^Postpone or cancel the hearing of/ });
  await postpone.getByLabel("New date").fill("2027-06-01");
  await postpone.getByLabel("New time").fill("13:30");
  await postpone.getByRole("button", { name: "Postpone", exact: true }).click();
  postpone = page.getByRole("form", { name: /^Postpone or cancel the hearing of/ });
  await expect(postpone.getByText("Reason is required.")).toBeVisible();
  await expect(postpone.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await expect(postpone.getByLabel("New date")).toHaveValue("2027-06-01");
  await expect(postpone.getByLabel("New time")).toHaveValue("13:30");
  // Corrected: saved, and the old date is kept.
  await postpone.getByLabel("Reason").fill("Court closed for weather");
  await postpone.getByRole("button", { name: "Postpone", exact: true }).click();
  await expect(page.getByText("Postponement recorded; the old date is kept.")).toBeVisible();
  await expect(
    page.getByText(/^Postponed from .* 09:00 to .* 13:30: Court closed for weather$/),
  ).toBeVisible();
});
