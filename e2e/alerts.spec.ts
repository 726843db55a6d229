import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

const DEMO_PASSWORD = "casewatch-demo";

/** signIn, then wait until the sign-in has left /login: a goto started earlier races the redirect to the dashboard. */
async function signedIn(page: Page, who: string) {
  await signIn(page, who, DEMO_PASSWORD);
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

/**
 * The page at a desktop and a phone width, for a person to look at. CW_SCREENSHOTS=<dir> puts both in that
 * directory and the desktop one in docs/screenshots too.
 */
async function screenshots(page: Page, name: string, outputPath: (name: string) => string) {
  const dir = process.env.CW_SCREENSHOTS;
  const toast = page.getByRole("button", { name: "Dismiss message" });
  if (await toast.isVisible()) await toast.click();
  for (const [width, suffix] of [
    [1280, ""],
    [375, "-phone"],
  ] as const) {
    await page.setViewportSize({ width, height: 1000 });
    const file = `${name}${suffix}.png`;
    await page.screenshot({ path: dir ? `${dir}/${file}` : outputPath(file) });
    if (dir && !suffix) await page.screenshot({ path: `docs/screenshots/${file}` });
    // The facts, further down on a phone.
    if (suffix)
      await page.locator("#facts").screenshot({
        path: dir ? `${dir}/${name}${suffix}-facts.png` : outputPath(`${name}${suffix}-facts.png`),
      });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a lawyer pastes a China flight report, sees the Chinese clients with final orders first, reviews one, notes it on the timeline, and the mailbox has the notification", async ({
  page,
}, testInfo) => {
  await signedIn(page, "lawyer@demo.test");
  await page
    .getByRole("link", { name: /^Alerts/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Add an article" }).click();
  await page
    .getByLabel("Title", { exact: true })
    .fill("Second charter flight this month takes Chinese nationals home");
  await page.getByLabel("Publication date", { exact: true }).fill("2026-11-26");
  await page
    .getByLabel("Article text")
    .fill(
      `U.S. Immigration and Customs Enforcement removed 131 Chinese nationals on Tuesday on a charter flight that left from Harlingen, Texas and landed in Guangzhou, the Department of Homeland Security said. Officials met in Geneva last week to discuss trade.`,
    );
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(page.getByRole("heading", { name: /Second charter flight this month/ })).toBeVisible();
  const alertPath = new URL(page.url()).pathname;
  expect(alertPath).toMatch(/^\/alerts\/\w+$/);
  await screenshots(page, "alert", (n) => testInfo.outputPath(n));

  // The facts, each with its sentence; Switzerland (a meeting place) is not a destination.
  const facts = page.locator("#facts");
  await expect(facts.getByText("2026-11-24", { exact: true })).toBeVisible();
  await expect(facts.getByText("131 people")).toBeVisible();
  await expect(facts.getByText("Harlingen, Texas").first()).toBeVisible();
  await expect(facts.getByText("Guangzhou", { exact: true }).first()).toBeVisible();
  await expect(facts.getByText("Switzerland")).toHaveCount(0);

  // Affected clients: the first are critical Chinese nationals with a final order, with their reasons.
  const list = page.getByRole("list", { name: "Affected clients, highest tier first" });
  const first = list.getByRole("listitem").first();
  await expect(first.getByText("Critical")).toBeVisible();
  await expect(first.getByRole("list", { name: /^Why / })).toContainText("Chinese national.");
  await expect(first.getByRole("list", { name: /^Why / })).toContainText(
    /Final order since \d{4}-\d{2}-\d{2}, no stay\./,
  );
  await expect(list.getByRole("link", { name: "Wei Chen", exact: true })).toBeVisible();
  await expect(page.getByText("Written in English; shown as written.")).toBeVisible();
  await expect(page.locator("#facts blockquote [lang=en]").first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Mark Wei Chen reviewed" }).click();
  await expect(page.getByText("Marked reviewed.")).toBeVisible();
  await expect(page.getByText(/Reviewed by Laura Lawyer/)).toBeVisible();

  await page.getByText("Add a note to Wei Chen's timeline").click();
  await page
    .getByLabel("Note for Wei Chen")
    .fill("Called Mr Chen about the Guangzhou flight; he will bring his passport to the lawyer.");
  await page.getByRole("button", { name: "Add note" }).first().click();
  await expect(page.getByText("Note added to the client's timeline.")).toBeVisible();
  await page.getByRole("link", { name: "Open Wei Chen" }).click();
  await expect(page.getByRole("list", { name: "Timeline notes, newest first" })).toContainText(
    "Called Mr Chen about the Guangzhou flight",
  );
  await expect(page.getByRole("list", { name: "Alerts this client is on" })).toContainText(
    "Second charter flight this month",
  );

  // The notification reaches the lawyer through the outbox within the worker's poll.
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await page
      .getByRole("link", { name: /Casewatch alert: China/ })
      .first()
      .click({ timeout: 2000 });
    await expect(page.getByText(alertPath)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});

test("an article that is not about a flight is kept without an alert, and staff can make it one", async ({
  page,
}) => {
  await signedIn(page, "paralegal@demo.test");
  await page.goto("/alerts/new");
  await page
    .getByLabel("Title", { exact: true })
    .fill(`Judge halts deportation of Guatemalan activist ${Date.now()}`);
  await page
    .getByLabel("Article text")
    .fill("A federal judge on Monday halted the deportation of a Guatemalan activist, citing due process.");
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(page.getByText("Not judged to be about a removal flight")).toBeVisible();
  await page.getByRole("button", { name: "Make it an alert anyway" }).click();
  await expect(page.getByText("Name at least one destination country.").first()).toBeVisible();
  await page.getByLabel("Destination countries").fill("Guatemala");
  await page.getByRole("button", { name: "Make it an alert anyway" }).click();
  await expect(page.getByText("Alert created from the article.")).toBeVisible();
  await expect(
    page
      .getByRole("list", { name: "Affected clients, highest tier first" })
      .getByRole("link", { name: "Carlos Ramírez", exact: true }),
  ).toBeVisible();
});

test("bad input on the paste form is answered in words and keeps what was typed", async ({ page }) => {
  await signedIn(page, "paralegal@demo.test");
  await page.goto("/alerts/new");
  await page.getByLabel("Title", { exact: true }).fill("A title that stays");
  await page.getByLabel("Address of the article").fill("javascript:alert(1)");
  // Leaving the field shows its message first (checked as a field is left), as a person would see it.
  await page.getByLabel("Address of the article").press("Tab");
  await expect(page.getByText(/enter an address starting with http/)).toBeVisible();
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(page.getByText("Article text is required.")).toBeVisible();
  await expect(page.getByText(/enter an address starting with http/)).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("A title that stays");
});

test("an admin adds a feed; one on an internal address is refused with the reason in words", async ({
  page,
}) => {
  await signedIn(page, "admin@demo.test");
  await page.goto("/settings/feeds");
  await page.getByLabel("Feed address").fill("ftp://example.org/feed");
  await page.getByRole("button", { name: "Add feed" }).click();
  await expect(page.getByText("Enter an address starting with http:// or https://.")).toBeVisible();
  // Loopback, not on FEED_ALLOW_PRIVATE_HOSTS: refused before any connection is made.
  await page.getByLabel("Feed address").fill("http://127.0.0.1:9/feed.xml");
  await page.getByLabel("Name").fill("Internal test feed");
  await page.getByRole("button", { name: "Add feed" }).click();
  await expect(page.getByText(/Feed added/)).toBeVisible();
  await page.getByRole("button", { name: "Fetch Internal test feed now" }).click();
  await expect(page.getByRole("list", { name: "Feeds" })).toContainText(
    "private or internal network (127.0.0.1)",
  );
  await expect(page.getByRole("list", { name: "Feeds" })).toContainText("Refused");
  await page.getByRole("button", { name: "Pause Internal test feed" }).click();
  await expect(page.getByRole("list", { name: "Feeds" })).toContainText("Paused");
  await page.getByRole("button", { name: "Remove Internal test feed" }).click();
  await expect(page.getByText("No feeds yet.")).toBeVisible();
});

test("a third-country removal: the landing country and those on board, each country's clients matched with the reason, and staff can say who was on board", async ({
  page,
}, testInfo) => {
  await signedIn(page, "lawyer@demo.test");
  await page.goto("/alerts/new");
  await page
    .getByLabel("Title", { exact: true })
    .fill("Military flight leaves deportees from five countries in Panama");
  await page.getByLabel("Publication date", { exact: true }).fill("2026-11-27");
  await page
    .getByLabel("Article text")
    .fill(
      `A US military plane landed in Panama City on Thursday with 119 migrants from China, India, Uzbekistan, Nepal and Iran, deported by the United States to a third country. Panamanian officials said the group would be held at a camp near the Darién jungle until flights home could be arranged.`,
    );
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /leaves deportees from five countries/ }),
  ).toBeVisible();

  // The header and the facts say which country the flight landed in and who was on board.
  await expect(
    page.getByText("Landing country: Panama · On board: China, India, Uzbekistan, Nepal, Iran"),
  ).toBeVisible();
  const facts = page.locator("#facts");
  await expect(facts.getByRole("list", { name: "Landing country" })).toContainText("Panama");
  const onBoard = facts.getByRole("list", { name: "On board" });
  await expect(onBoard).toContainText("China");
  await expect(onBoard).toContainText("Nepal");
  // Nepal was read only from the list of nationalities: the page says so in words.
  await expect(
    onBoard.getByRole("listitem").filter({ has: page.getByText("Nepal", { exact: true }) }),
  ).toContainText("possible — read only from a list");
  await expect(
    onBoard.getByRole("listitem").filter({ has: page.getByText("China", { exact: true }) }),
  ).not.toContainText("possible");

  // Clients of the nationalities on board are on the alert, and read why.
  const list = page.getByRole("list", { name: "Affected clients, highest tier first" });
  await expect(list.getByRole("link", { name: "Wei Chen", exact: true })).toBeVisible();
  await expect(list.getByRole("link", { name: "Sunita Kumar", exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Why Wei Chen is on this alert" })).toContainText(
    "On board: the flight carried Chinese nationals to Panama, a third country.",
  );
  await expect(page.getByRole("list", { name: "Why Sunita Kumar is on this alert" })).toContainText(
    "On board: the flight carried Indian nationals to Panama, a third country.",
  );
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, "alert-third-country", (n) => testInfo.outputPath(n));

  // Staff add Haiti as a nationality on board: the Haitian clients join, and the correction is shown.
  await page.getByText("Correct the facts").click();
  await expect(page.getByLabel("Destination countries")).toHaveValue("PA");
  const field = page.getByLabel("On board: nationalities flown to a third country");
  await field.fill(`${await field.inputValue()}, Haiti`);
  await page.getByRole("button", { name: "Save corrections" }).click();
  await expect(page.getByText("Facts corrected; the affected clients were matched again.")).toBeVisible();
  await expect(
    page.getByText("Landing country: Panama · On board: China, India, Uzbekistan, Nepal, Iran, Haiti"),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Why Marie Jean-Baptiste is on this alert" })).toContainText(
    "On board: the flight carried Haitian nationals to Panama, a third country.",
  );
  await expect(
    facts
      .getByRole("list", { name: "On board" })
      .getByRole("listitem")
      .filter({ has: page.getByText("Haiti", { exact: true }) }),
  ).toContainText("added by staff");

  // A country in both places is refused in words, with what was typed kept.
  await page.getByText("Correct the facts").click();
  await page.getByLabel("On board: nationalities flown to a third country").fill("Nepal, Panama");
  await page.getByRole("button", { name: "Save corrections" }).click();
  await expect(page.getByText("Panama: either where the flight landed or on board, not both.")).toBeVisible();
  await expect(page.getByLabel("On board: nationalities flown to a third country")).toHaveValue(
    "Nepal, Panama",
  );

  // The inbox shows the roles, and how often staff corrected the reader.
  await page.goto("/alerts");
  await expect(
    page.getByRole("list", { name: "Alerts, newest first" }).getByRole("listitem").first(),
  ).toContainText("Landing country: Panama · On board:");
  const trust = page.getByRole("region", { name: "How far to trust the reader" });
  // This alert's correction, and the article made an alert by hand in the test above.
  await expect(trust).toContainText(/staff corrected 2 alerts \(of \d+ alerts in that time\)/);
  await expect(trust.getByRole("list", { name: "Corrections by kind" })).toContainText("country added: 1");
  await expect(trust.getByRole("list", { name: "Corrections by kind" })).toContainText(
    "relevance overturned: 1 (1 missed by the reader)",
  );

  // By country: the flight counts as a landing for Panama and as "on board" for Nepal, not as a landing there.
  await page.goto("/alerts/countries");
  const table = page.getByRole("table", { name: "Alerts and clients per country" });
  await expect(
    table.getByRole("columnheader", { name: "Its nationals on board a flight to another country" }),
  ).toBeVisible();
  await expect(
    table.getByRole("img", { name: /^Nepal: nationals on board [1-9]\d* third-country removals/ }),
  ).toBeVisible();
  await expect(table.getByRole("img", { name: /^Nepal: 0 flights landing/ })).toBeVisible();
  await expect(table.getByRole("img", { name: /^Panama: [1-9]\d* flights landing/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  if (process.env.CW_SCREENSHOTS) await page.screenshot({ path: "docs/screenshots/alerts-countries.png" });
});

test("languages: a Spanish report is shown in Spanish with lang set and its hedged count said in words; a Portuguese one is listed as not read", async ({
  page,
}) => {
  await signedIn(page, "paralegal@demo.test");
  await page.goto("/alerts/new");
  const stamp = Date.now();
  await page
    .getByLabel("Title", { exact: true })
    .fill(`Llega a Guatemala un vuelo con más de 130 deportados (${stamp})`);
  await page
    .getByLabel("Article text")
    .fill(
      `Un vuelo con más de 130 guatemaltecos deportados desde Estados Unidos aterrizó el martes en la Ciudad de Guatemala, informó el Instituto Guatemalteco de Migración. Los retornados fueron recibidos en la Fuerza Aérea. Ref ${stamp}.`,
    );
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Llega a Guatemala/ })).toHaveAttribute(
    "lang",
    "es",
  );
  const facts = page.locator("#facts");
  await expect(page.getByText("Written in Spanish; shown as written.")).toBeVisible();
  await expect(facts.getByText(/“más de 130”\s*, as reported — not an exact number/)).toBeVisible();
  await expect(
    facts.locator("blockquote [lang=es]").filter({ hasText: "guatemaltecos deportados" }).first(),
  ).toBeVisible();
  await expect(
    page.locator("[lang=es]").filter({ hasText: "Instituto Guatemalteco de Migración" }).first(),
  ).toBeVisible();
  // Labels stay in English.
  await expect(facts.getByText("How many people")).toBeVisible();
  await expect(
    page
      .getByRole("list", { name: "Affected clients, highest tier first" })
      .getByRole("link", { name: "Carlos Ramírez", exact: true }),
  ).toBeVisible();

  await page.goto("/alerts/new");
  await page.getByLabel("Title", { exact: true }).fill(`Voo com deportados pousa em Confins (${stamp})`);
  await page
    .getByLabel("Article text")
    .fill(
      `Um avião com 88 brasileiros deportados dos Estados Unidos pousou no aeroporto de Confins na sexta-feira. Os passageiros relataram que foram algemados durante o voo, segundo a Polícia Federal. O governo brasileiro pediu explicações. Ref ${stamp}.`,
    );
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(
    page.getByRole("heading", {
      name: "Not read: written in Portuguese — Casewatch reads English, Spanish and Chinese",
    }),
  ).toBeVisible();
  await page.goto("/alerts");
  const notRead = page.getByRole("list", { name: "Articles not read" });
  await expect(
    notRead.getByRole("listitem").filter({ hasText: "Voo com deportados pousa em Confins" }),
  ).toContainText("Not read: written in Portuguese — Casewatch reads English, Spanish and Chinese");
  await expectNoSeriousAxeViolations(page);
  // Staff can still make it an alert, naming the country.
  const row = notRead.getByRole("listitem").filter({ hasText: "Voo com deportados pousa em Confins" });
  await row.getByRole("textbox").fill("Brazil");
  await row.getByRole("button", { name: "Make it an alert" }).click();
  await expect(page.getByText("Alert created from the article.")).toBeVisible();
  await expect(
    page
      .getByRole("list", { name: "Affected clients, highest tier first" })
      .getByRole("link", { name: "João Silva", exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/Written in Portuguese — not read by Casewatch/)).toBeVisible();
});
