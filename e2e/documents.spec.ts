import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

// Issue 22: a lawyer uploads the judge's order on the client's page, attaches it to the IJ decision, sees
// it as the event's source document on the timeline, and opens it through the authorised route.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test("a lawyer attaches the IJ order to the IJ decision and opens it from the timeline", async ({ page }) => {
  const digits = String(Date.now()).slice(-9);
  await signIn(page, "lawyer@demo.test", DEMO_PASSWORD);
  await page.goto("/clients/new");
  await page.getByLabel("Family name").fill("Morales");
  await page.getByLabel("Given names").fill("Lucía");
  await page.getByLabel("A-number").fill(`A${digits}`);
  await page.getByLabel("Nationalities").fill("Guatemala");
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { name: /Lucía Morales/ })).toBeVisible();

  await page.getByLabel("What happened?").selectOption({ label: "Immigration judge decision" });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Date it took effect").fill("2025-06-02");
  await page.getByLabel("Outcome").selectOption({ label: "Removal ordered" });
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "recorded" })).toBeVisible();

  // A wrong file first: refused next to the field, what was typed kept.
  await page.getByText("Upload a document").click();
  const form = page.locator("form#upload-document");
  await form.getByLabel("File").setInputFiles({
    name: "order.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("not a pdf at all"),
  });
  await form.getByLabel("Title").fill("IJ order of 2 June");
  await form.getByLabel("Kind").selectOption({ label: "Immigration judge's order" });
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText(/not a file type Casewatch keeps/)).toBeVisible();
  await expect(page.locator("form#upload-document").getByLabel("Title")).toHaveValue("IJ order of 2 June");

  const again = page.locator("form#upload-document");
  await again
    .getByLabel("File")
    .setInputFiles({ name: "ij-order.pdf", mimeType: "application/pdf", buffer: PDF });
  await again.getByLabel("Date on the document").fill("2025-06-02");
  await again.getByLabel("Supports").selectOption({ label: "2025-06-02 — Immigration judge decision" });
  await again.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Document uploaded" })).toBeVisible();

  const timeline = page.locator("#timeline");
  const source = timeline.getByRole("link", { name: "IJ order of 2 June" });
  await expect(timeline.getByText("Source document:")).toBeVisible();
  await expect(source).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await timeline.screenshot({ path: "docs/screenshots/documents.png" });

  // Opening it: the authorised route, inline but sandboxed and never sniffed; a download by default.
  const href = (await source.getAttribute("href"))!;
  const inline = await page.request.get(href);
  expect(inline.status()).toBe(200);
  expect(inline.headers()["content-type"]).toBe("application/pdf");
  expect(inline.headers()["content-security-policy"]).toContain("sandbox");
  // The server's own header layer sends nosniff on every answer too; each value must be nosniff.
  const nosniff = (inline.headers()["x-content-type-options"] ?? "").split(/,\s*/);
  expect(nosniff.length).toBeGreaterThan(0);
  expect(nosniff.every((v) => v === "nosniff")).toBe(true);
  expect(inline.headers()["content-disposition"]).toMatch(/^inline; filename="ij-order.pdf"/);
  expect(Buffer.from(await inline.body()).equals(PDF)).toBe(true);
  const download = await page.request.get(href.replace("?inline=1", ""));
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  const popup = page.waitForEvent("popup");
  await source.click();
  expect((await popup).url()).toContain(href);

  // Signed out, the same address is not served.
  await page.context().clearCookies();
  const anonymous = await page.request.get(href, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(302);
});
