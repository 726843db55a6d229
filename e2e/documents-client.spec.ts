import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { db, demoFirmId, insertCheckIn, makeStaff, signInAs } from "./fixtures";
import { expectNoSeriousAxeViolations } from "./helpers";

// Issue 22, from the client's phone: a client on a 375 px phone, in Spanish, photographs the paper an
// officer gave them and sends it from /me; a program renamed .jpg is refused in Spanish; the paralegal sees
// the paper as new in the check-ins queue and on the client's page, attaches it to the check-in and marks
// it reviewed, and it leaves the queue.

const shots = "docs/screenshots";

/** A Spanish-speaking client of the demo firm with a check-in this morning, and their portal account. */
function spanishClient() {
  const firmId = demoFirmId();
  const clientId = randomBytes(10).toString("hex");
  const userId = randomBytes(10).toString("hex");
  const d = db();
  d.prepare(
    "insert into clients (id, firm_id, family_name, given_names, preferred_language) values (?, ?, 'Rojas Peña', 'Lucía', 'es')",
  ).run(clientId, firmId);
  d.prepare(
    "insert into users (id, firm_id, email, display_name, role, client_id) values (?, ?, ?, 'Lucía Rojas Peña', 'client', ?)",
  ).run(userId, firmId, `lucia-${userId.slice(0, 6)}@e2e.test`, clientId);
  d.close();
  const checkInId = insertCheckIn({
    clientId,
    startsAt: new Date(Date.now() - 3 * 3600_000),
    timeZone: "America/New_York",
    officeId: "ero-new-york",
  });
  return { firmId, clientId, userId, checkInId };
}

test("a client on a phone sends a photo of a paper in Spanish; the paralegal sees it as new and attaches it to the check-in", async ({
  browser,
  baseURL,
}) => {
  const { firmId, clientId, userId, checkInId } = spanishClient();
  // A photo of a paper, made here: a white page with a dark band, as a phone would save it.
  const photo = await sharp({ create: { width: 600, height: 800, channels: 3, background: "#f4f1ea" } })
    .composite([
      {
        input: await sharp({ create: { width: 480, height: 60, channels: 3, background: "#222" } })
          .png()
          .toBuffer(),
        top: 120,
        left: 60,
      },
    ])
    .jpeg({ quality: 80 })
    .toBuffer();

  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 800 }, locale: "es-US" });
  await signInAs(phone, userId, baseURL!);
  const c = await phone.newPage();
  await c.goto("/me");
  const card = c.getByRole("region", { name: "Envíe a su abogado una foto de un documento" });
  await expect(card).toBeVisible();
  const input = card.getByLabel("Foto o PDF del documento");
  await expect(input).toHaveAttribute("accept", "image/*,application/pdf");
  await expect(input).toHaveAttribute("capture", "environment");
  await expect(card.getByText("Todavía no ha enviado ningún documento.")).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await c.screenshot({ path: `${shots}/me-papers-es.png`, fullPage: true });
  await expectNoSeriousAxeViolations(c);

  // A program renamed .jpg is refused, in Spanish, with the note kept.
  const exe = Buffer.alloc(512);
  exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  await input.setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: exe });
  await card.getByLabel("Una nota corta (puede dejarla en blanco)").fill("Me dieron una fecha nueva");
  await card.getByRole("button", { name: "Enviar a mi abogado" }).click();
  await expect(c.getByRole("alert").filter({ hasText: "no es una foto ni un PDF" })).toBeVisible();
  await expect(c.getByLabel("Una nota corta (puede dejarla en blanco)")).toHaveValue(
    "Me dieron una fecha nueva",
  );
  await c.screenshot({ path: `${shots}/me-paper-refused-es.png`, fullPage: true });

  // The photo itself.
  await c.getByLabel("Foto o PDF del documento").setInputFiles({
    name: "IMG_20261203_0915.jpg",
    mimeType: "image/jpeg",
    buffer: photo,
  });
  await c.getByRole("button", { name: "Enviar a mi abogado" }).click();
  await expect(c).toHaveURL(/\/me\/documents\?sent=/);
  await expect(c.getByRole("heading", { name: /La oficina de su abogado ya lo tiene/ })).toBeVisible();
  await expect(c.getByRole("link", { name: "Abrir: Me dieron una fecha nueva" })).toBeVisible();
  // The form is empty again, ready for another paper.
  await expect(c.getByLabel("Una nota corta (puede dejarla en blanco)")).toHaveValue("");
  await c.screenshot({ path: `${shots}/me-paper-sent-es.png`, fullPage: true });
  await expectNoSeriousAxeViolations(c);

  const d = db();
  const row = d
    .prepare("select id, source, needs_review, mime_type, uploaded_by from documents where client_id = ?")
    .get(clientId) as {
    id: string;
    source: string;
    needs_review: number;
    mime_type: string;
    uploaded_by: string;
  };
  d.close();
  expect(row).toMatchObject({
    source: "client",
    needs_review: 1,
    mime_type: "image/jpeg",
    uploaded_by: userId,
  });

  // The paralegal, on the check-ins queue: the paper is new.
  const paralegal = await makeStaff(firmId, "paralegal");
  const office = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  await signInAs(office, paralegal.userId, baseURL!);
  const p = await office.newPage();
  await p.goto("/check-ins");
  const papers = p.getByRole("region", { name: /New papers from clients/ });
  await expect(papers).toBeVisible();
  const mine = papers.getByRole("listitem").filter({ hasText: "Lucía Rojas Peña" });
  await expect(mine).toContainText("Me dieron una fecha nueva");
  await papers.screenshot({ path: `${shots}/check-ins-new-papers.png` });

  // On the client's page it is marked new and from the client; attached to this morning's check-in, then reviewed.
  await mine.getByRole("link", { name: "Lucía Rojas Peña" }).click();
  await expect(p).toHaveURL(new RegExp(`/clients/${clientId}`));
  const doc = p.locator("#documents li").filter({ hasText: "Me dieron una fecha nueva" }).first();
  await expect(doc.getByText("New", { exact: true })).toBeVisible();
  await expect(doc.getByText("From the client")).toBeVisible();
  await doc.getByText("Attach, edit or delete").click();
  await doc.getByLabel("Supports").selectOption(`checkin:${checkInId}`);
  await doc.getByRole("button", { name: "Attach" }).click();
  await expect(p.getByText("Document attached.")).toBeVisible();
  const again = p.locator("#documents li").filter({ hasText: "Me dieron una fecha nueva" }).first();
  await again.getByText("Attach, edit or delete").click();
  await again.getByRole("button", { name: "Mark reviewed" }).click();
  await expect(p.getByText("Marked reviewed.")).toBeVisible();
  await p.locator("#documents").screenshot({ path: `${shots}/client-documents-attached.png` });

  const after = db();
  const attached = after
    .prepare("select check_in_id, needs_review, reviewed_by from documents where id = ?")
    .get(row.id) as { check_in_id: string; needs_review: number; reviewed_by: string };
  after.close();
  expect(attached).toEqual({ check_in_id: checkInId, needs_review: 0, reviewed_by: paralegal.userId });

  await p.goto("/check-ins");
  await expect(p.getByRole("listitem").filter({ hasText: "Me dieron una fecha nueva" })).toHaveCount(0);
  await phone.close();
  await office.close();
});
