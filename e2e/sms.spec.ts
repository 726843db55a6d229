import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import twilio from "twilio";
import { DEMO_PASSWORD, db, demoFirmId } from "./fixtures";
import { MAIN_PORT } from "./ports";
import { expectNoSeriousAxeViolations, signIn, signOut } from "./helpers";

// The signing token the e2e server is started with (playwright.config.ts): in demo mode texts go to
// the mailbox, but a reply still has to carry the provider's signature.
const WEBHOOK_TOKEN = "e2e-webhook-signing-token";

/** Wall-clock date and time in a zone, as the schedule form wants them. */
function localParts(at: Date, zone: string) {
  const p = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const g = (t: string) => p.find((x) => x.type === t)!.value;
  return { date: `${g("year")}-${g("month")}-${g("day")}`, time: `${g("hour")}:${g("minute")}` };
}

test("a phone-only Spanish client: consent, a check-in, the text in the demo mailbox, and a '1' reply confirms it", async ({
  page,
}) => {
  const phoneDigits = String(1000 + Math.floor(Math.random() * 8999));
  const e164 = `+1917555${phoneDigits}`;
  const clientId = randomBytes(10).toString("hex");
  const d = db();
  d.prepare(
    "insert into clients (id, firm_id, family_name, given_names, preferred_language, phone) values (?, ?, ?, ?, 'es', ?)",
  ).run(clientId, demoFirmId(), "Quispe", "Rosa", `(917) 555-${phoneDigits}`);
  d.close();

  await signIn(page, "paralegal@demo.test", DEMO_PASSWORD);
  // Consent to texts, recorded by staff on the client's behalf.
  await page.goto(`/clients/${clientId}/text-messages`);
  await expect(page.getByRole("heading", { name: "Text messages · Rosa Quispe" })).toBeVisible();
  await expect(page.getByLabel("Mobile number")).toHaveValue(`(917) 555-${phoneDigits}`);
  await page.getByLabel("agreed to reminders by text").check();
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByText(`Consent to texts recorded for ${e164}`)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // A phone report tomorrow, 10 minutes short of 24 hours from now, in a zone where it is day now (no
  // text goes between 21:00 and 08:00 in the client's zone): the one-day reminder is due at once.
  const zones = [
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Pacific/Honolulu",
    "Pacific/Guam",
    "America/Puerto_Rico",
  ];
  const now = new Date();
  const zone = zones.find((z) => {
    const t = localParts(now, z).time;
    return t >= "08:15" && t <= "20:30";
  });
  const at = localParts(new Date(now.getTime() + 24 * 3600_000 - 10 * 60_000), zone ?? "America/Puerto_Rico");
  await page.goto(`/clients/${clientId}`);
  await page.getByText("Schedule a check-in").click();
  await page.getByLabel("Check-in kind").selectOption({ label: "ISAP phone report" });
  await page.getByLabel("Office", { exact: true }).selectOption({ label: "No office (phone or app)" });
  await page.getByLabel("Check-in date").fill(at.date);
  await page.getByLabel("Local time").fill(at.time);
  await page.getByLabel("Time zone (no office)").selectOption(zone ?? "America/Puerto_Rico");
  await page.getByRole("button", { name: "Schedule check-in" }).click();
  // The toast itself: the page around it may also say "check-in" and "scheduled".
  await expect(page.getByText("Check-in scheduled.", { exact: true })).toBeVisible();

  if (zone) {
    // The worker (polling every second in the e2e server) texts it; in demo mode it lands in the mailbox.
    await expect(async () => {
      await page.goto("/dev/mailbox");
      await expect(
        page.getByRole("list", { name: "Messages" }).getByRole("link", { name: new RegExp(`to \\${e164}`) }),
      ).toBeVisible();
    }).toPass({ timeout: 15_000 });
    await page
      .getByRole("link", { name: new RegExp(`to \\${e164}`) })
      .first()
      .click();
    await expect(page.getByText(/su cita es mañana/)).toBeVisible();
    await expect(page.getByText(/Responda 1 si va a ir/)).toBeVisible();
    await expect(page.getByText(/segment.*GSM-7/)).toBeVisible();
    await expect(page.getByText(/\bICE\b/)).toHaveCount(0);
    await page.screenshot({ path: "docs/screenshots/sms-mailbox.png" });
  } else {
    // Between 11:00 and 12:00 UTC it is night in every supported zone: the text waits for 08:00.
    await page.goto(`/clients/${clientId}/text-messages`);
    await expect(page.getByRole("list", { name: "Text reminders" })).toContainText("Scheduled");
  }

  // The client answers "1": the provider posts it, signed, to /sms/inbound.
  const url = `http://localhost:${MAIN_PORT}/sms/inbound`;
  const params = {
    MessageSid: `SM${randomBytes(16).toString("hex")}`,
    From: e164,
    To: "+12125550199",
    Body: "1",
  };
  const forged = await page.request.post(url, {
    form: params,
    headers: { "X-Twilio-Signature": twilio.getExpectedTwilioSignature("wrong", url, params) },
  });
  expect(forged.status()).toBe(403);
  const reply = await page.request.post(url, {
    form: params,
    headers: { "X-Twilio-Signature": twilio.getExpectedTwilioSignature(WEBHOOK_TOKEN, url, params) },
  });
  expect(reply.status()).toBe(200);
  expect(await reply.text()).toContain("gracias");

  await page.goto(`/clients/${clientId}/text-messages`);
  await expect(page.getByRole("list", { name: "Texts from the client" })).toContainText(
    "Replied “I will be there”",
  );
  if (zone) await expect(page.getByRole("list", { name: "Text reminders" })).toContainText("Delivered");
  await page.screenshot({ path: "docs/screenshots/sms-client-texts.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: "docs/screenshots/sms-client-texts-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByText("Client said: “I will be there”")).toBeVisible();

  // Anything else is a message for staff: on the check-ins queue and the client's page until read.
  const question = {
    ...params,
    MessageSid: `SM${randomBytes(16).toString("hex")}`,
    Body: "¿Puedo llevar a mi hijo?",
  };
  const asked = await page.request.post(url, {
    form: question,
    headers: { "X-Twilio-Signature": twilio.getExpectedTwilioSignature(WEBHOOK_TOKEN, url, question) },
  });
  expect(asked.status()).toBe(200);
  await page.goto("/check-ins");
  const unread = page.getByRole("region", { name: /Messages from clients/ });
  await expect(unread).toContainText("Rosa Quispe");
  await expect(unread).toContainText("¿Puedo llevar a mi hijo?");
  await page.goto(`/clients/${clientId}`);
  const texts = page.getByRole("list", { name: "Texts from the client" });
  await expect(texts).toContainText("¿Puedo llevar a mi hijo?");
  await texts.getByRole("button", { name: "Mark read" }).click();
  await expect(page.getByText("Marked as read.")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/clients/${clientId}$`));
  await page.goto("/check-ins");
  await expect(page.getByText("¿Puedo llevar a mi hijo?")).toHaveCount(0);
  await signOut(page);

  // The admin's provider settings: a bad Account SID is refused in words, with the typed value kept.
  await signIn(page, "admin@demo.test", DEMO_PASSWORD);
  await page.goto("/settings/sms");
  await expect(page.getByText("Demo mode: every text goes to the demo mailbox")).toBeVisible();
  await page.getByLabel("Account SID").fill("AC123");
  await page.getByLabel("Sending number").fill("+12125550199");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText(/An Account SID is AC followed by 32/)).toBeVisible();
  await expect(page.getByLabel("Account SID")).toHaveValue("AC123");
  await expect(page.getByText(/1 segment \(GSM-7/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: "docs/screenshots/sms-settings.png", fullPage: true });
});
