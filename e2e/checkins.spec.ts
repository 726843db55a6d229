import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, clientIdByANumber, db, insertCheckIn } from "./fixtures";
import { expectNoSeriousAxeViolations, signIn, signOut } from "./helpers";

test("a paralegal schedules a recurring check-in, records 'attended' with the next date, and a missed one shows on the dashboard", async ({
  page,
}) => {
  const clientId = clientIdByANumber("A203332211"); // Ana Lucía Gómez, in proceedings
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto(`/clients/${clientId}`);
  await page.getByText("Schedule a check-in").click();
  await page.getByLabel("Check-in kind").selectOption({ label: "ICE ERO office visit" });
  await page.getByLabel("Reporting order").selectOption({ label: "Order of Recognizance (I-220A)" });
  await page.getByLabel("Office", { exact: true }).selectOption({ label: "ICE ERO Newark Field Office" });
  await page.getByLabel("Check-in date").fill("2027-02-22");
  await page.getByLabel("Local time").fill("09:00");
  await page.getByLabel("Repeat").selectOption({ label: "Every N weeks" });
  await page.getByLabel("Every").fill("4");
  await page.getByLabel("Or times").fill("3");
  await page.getByRole("button", { name: "Schedule check-in" }).click();
  await expect(page.getByText("3 check-ins scheduled, each at 09:00 local time.")).toBeVisible();
  const list = page.getByRole("list", { name: "Check-ins, newest first" });
  // The same 09:00 on both sides of the DST change, with the zone named.
  await expect(list).toContainText("Mon 22 Feb 2027, 09:00 EST (America/New York)");
  await expect(list).toContainText("Mon 22 Mar 2027, 09:00 EDT (America/New York)");
  await expect(list).toContainText("Mon 19 Apr 2027, 09:00 EDT (America/New York)");
  await expectNoSeriousAxeViolations(page);

  // A check-in this morning: the officer sets the next date.
  const past = insertCheckIn({
    clientId,
    startsAt: new Date(Date.now() - 2 * 3600_000),
    timeZone: "America/New_York",
    officeId: "ero-newark",
  });
  await page.reload();
  const form = page.getByRole("form", { name: /Outcome of the check-in of/ }).first();
  await form.getByLabel("Check-in outcome").selectOption("attended");
  await form.getByLabel("Next date").fill("2027-06-07");
  await form.getByRole("button", { name: "Save outcome" }).click();
  await expect(
    page.getByText(/Attended recorded for the check-in of .*; the next one \(2027-06-07\) is scheduled/),
  ).toBeVisible();
  await expect(list).toContainText("Mon 7 Jun 2027");
  expect(past).toBeTruthy();

  // A missed one.
  insertCheckIn({
    clientId,
    startsAt: new Date(Date.now() - 26 * 3600_000),
    timeZone: "America/New_York",
    officeId: "ero-newark",
  });
  await page.goto("/check-ins");
  const overdue = page.getByRole("list", { name: "Overdue" });
  const mine = overdue.getByRole("listitem").filter({ hasText: "Gómez, Ana Lucía" }).first();
  await mine.getByLabel("Check-in outcome").selectOption("missed");
  await mine.getByRole("button", { name: "Save outcome" }).click();
  await expect(page.getByText(/Missed recorded/)).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("list", { name: "Missed check-ins" })).toContainText("Gómez, Ana Lucía");
});

test("an unconfirmed check-in warns on the dashboard until the paralegal confirms the client came home", async ({
  page,
}) => {
  const clientId = clientIdByANumber("A217770456"); // Jing Huang
  // A phone report 5 hours ago, in a zone where that is still today.
  const zone = ["America/New_York", "Europe/London", "Asia/Tokyo", "Pacific/Kiritimati"].find((z) => {
    const hour = Number(
      new Intl.DateTimeFormat("en-GB", { timeZone: z, hour: "2-digit", hourCycle: "h23" }).format(new Date()),
    );
    return hour >= 6;
  })!;
  insertCheckIn({
    clientId,
    startsAt: new Date(Date.now() - 5 * 3600_000),
    timeZone: zone,
    kind: "isap_phone",
  });
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto("/dashboard");
  const warning = page.getByRole("alert").filter({ hasText: "not been confirmed home" });
  await expect(warning).toContainText("Huang, Jing");
  await page.goto("/check-ins");
  await expectNoSeriousAxeViolations(page);
  await page
    .getByRole("list", { name: "Not yet confirmed home" })
    .getByRole("button", { name: "Confirm Jing Huang came home safe" })
    .click();
  await expect(page.getByText("Recorded: the client is safe after the check-in.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("alert").filter({ hasText: "Huang, Jing" })).toHaveCount(0);
});

test("an office closed for a day: its check-ins move to another date, each one logged", async ({ page }) => {
  const a = clientIdByANumber("A204445566"); // Jean Robert Pierre
  const b = clientIdByANumber("A219990011"); // Olena Kovalenko
  insertCheckIn({
    clientId: a,
    startsAt: new Date("2027-03-03T14:00:00Z"),
    timeZone: "America/New_York",
    officeId: "ero-philadelphia",
  });
  insertCheckIn({
    clientId: b,
    startsAt: new Date("2027-03-03T18:30:00Z"),
    timeZone: "America/New_York",
    officeId: "ero-philadelphia",
  });
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto("/check-ins");
  await page.getByLabel("Closed office").selectOption({ label: "ICE ERO Philadelphia Field Office" });
  await page.getByLabel("Closed on").fill("2027-03-03");
  await page.getByLabel("Move to").fill("2027-03-05");
  await page.getByLabel("Why").fill("Office closed: snow");
  await page.getByRole("button", { name: "Move check-ins" }).click();
  await expect(page.getByText("2 check-ins moved from 2027-03-03 to 2027-03-05")).toBeVisible();
  await page.goto(`/clients/${b}`);
  const list = page.getByRole("list", { name: "Check-ins, newest first" });
  await expect(list).toContainText("Fri 5 Mar 2027, 13:30 EST (America/New York)");
  await expect(list.getByRole("listitem").filter({ hasText: "Wed 3 Mar 2027" })).toContainText("Rescheduled");
  await expect(page.getByRole("table", { name: "Changes to this client" })).toContainText(
    "moved a check-in (office closed)",
  );
});

test("the reminder for a Chinese-speaking client reaches the demo mailbox in Chinese, after consent", async ({
  page,
}) => {
  const clientId = clientIdByANumber("A208334120"); // Mei Lin, prefers Simplified Chinese
  const d = db();
  d.prepare("update clients set email = 'mei.lin@example.org' where id = ?").run(clientId);
  d.close();
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto(`/clients/${clientId}`);
  await page.getByRole("button", { name: "Client agrees to reminders" }).click();
  await expect(page.getByText("Recorded: the client agreed to reminders.")).toBeVisible();
  // A check-in a little under a day away: its one-day reminder is due now.
  const at = new Date(Date.now() + 23.5 * 3600_000);
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/New_York",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const g = (t: string) => parts.find((p) => p.type === t)!.value;
  await page.getByText("Schedule a check-in").click();
  await page
    .getByLabel("Office", { exact: true })
    .selectOption({ label: "ICE ERO New York City Field Office" });
  await page.getByLabel("Check-in date").fill(`${g("year")}-${g("month")}-${g("day")}`);
  await page.getByLabel("Local time").fill(`${g("hour")}:${g("minute")}`);
  await page.getByRole("button", { name: "Schedule check-in" }).click();
  // Outside office hours or on a holiday, the form asks once more.
  await expect(page.getByText("Check-in scheduled.").or(page.getByText("Schedule it anyway"))).toBeVisible();
  if (await page.getByText("Schedule it anyway").isVisible()) {
    await page.getByLabel("Schedule it anyway").check();
    await page.getByRole("button", { name: "Schedule check-in" }).click();
  }
  await expect(page.getByText("Check-in scheduled.")).toBeVisible();
  // The reminder went to the client's own address, so only an admin sees it in the demo mailbox (a
  // paralegal sees only mail to themselves). Her seeded check-in may be a week away, so a 7-day
  // reminder can arrive too: open each until the one-day reminder is found.
  await signOut(page);
  await signIn(page, "admin@demo.test", DEMO_PASSWORD);
  await expect(async () => {
    await page.goto("/dev/mailbox");
    const links = page.getByRole("link", { name: /预约提醒\s*to mei\.lin@example\.org/ });
    const n = await links.count();
    expect(n).toBeGreaterThan(0);
    let found = false;
    for (let i = 0; i < n && !found; i++) {
      await page.goto("/dev/mailbox");
      await page
        .getByRole("link", { name: /预约提醒\s*to mei\.lin@example\.org/ })
        .nth(i)
        .click({ timeout: 2000 });
      found = await page.getByText(/您明天有一个报到预约/).isVisible();
    }
    expect(found).toBe(true);
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText(/您明天有一个报到预约/)).toBeVisible();
  await expect(page.getByText(/26 Federal Plaza/)).toBeVisible();
});

test("the month calendar shows check-ins and hearings, and the private .ics link works without a session until revoked", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  await page.goto("/calendar");
  await expect(page.getByRole("heading", { name: "Calendar", exact: true })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link").first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Week view" }).click();
  await expect(page).toHaveURL(/view=week/);
  await page.goto("/calendar");
  await page.getByRole("button", { name: "Make my calendar link" }).click();
  const url = (await page.getByTestId("feed-url").textContent())!.trim();
  expect(url).toMatch(/\/calendar\/feed\/[a-z2-7]{32}\.ics$/);
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.get(new URL(url).pathname);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/calendar");
  const body = await res.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toMatch(/SUMMARY:Check-in: [A-Z]\. [A-Z]\./);
  expect(body).not.toMatch(/A\d{9}/);
  await page.getByRole("button", { name: "Turn the link off" }).click();
  await expect(page.getByText("Your calendar link no longer works.")).toBeVisible();
  expect((await anonymous.get(new URL(url).pathname)).status()).toBe(404);
  await anonymous.dispose();
});

test("an address the queue cannot show says what it shows instead, with the filters left open", async ({
  page,
}) => {
  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  // A bookmarked link to an office the firm no longer has, and a kind Casewatch does not know.
  await page.goto("/check-ins?office=ero-nowhere&kind=weekly-phone");
  const said = page.getByRole("status").filter({ hasText: "not one of this firm's" });
  await expect(said).toContainText(
    "The office in the address is not one of this firm's: showing any office.",
  );
  await expect(said).toContainText("The kind of check-in in the address is not one Casewatch knows");
  await expect(page.getByLabel("Office", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("");
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: "docs/screenshots/check-ins-address-problems.png" });
});
