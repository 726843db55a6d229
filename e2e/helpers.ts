import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function signIn(page: Page, identifier: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email or phone").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Wait for the answer itself: a page that is already idle would let the next navigation overtake the
  // sign-in post. Either we leave /login (signed in, or on to the two-step page), or an error shows.
  await Promise.race([
    page.waitForURL((u) => u.pathname !== "/login", { timeout: 20_000 }),
    page.getByRole("alert").first().waitFor({ timeout: 20_000 }),
  ]).catch(() => undefined);
  await page.waitForLoadState("networkidle");
}

export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
}

/** Signs out and waits until the sign-in page is back (a navigation started now could race the next one). */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await page.waitForURL(/\/login$/);
}
