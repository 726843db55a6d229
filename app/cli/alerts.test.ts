import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { articles, firms } from "#db/schema";
import { addRemovalEvent } from "~/models/case.server";
import { createClient } from "~/models/client.server";
import { makeFirm, makeUser } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";

const run = promisify(execFile);
// Written for this test: one paragraph over 200 characters, with no headline above it.
const LEDE =
  "U.S. immigration authorities removed 116 Chinese nationals on a charter flight that departed from Texas and landed in Shenyang on Sunday, the agency said in a statement on Monday, adding that it was the third such flight to China this year.";
const root = path.resolve(import.meta.dirname, "../..");
let slug: string;
let dir: string;

// The command as a user runs it: a separate process on the same SQLite file, the file named relative to
// the directory the command was typed in (INIT_CWD).
async function alerts(args: string[]) {
  try {
    const r = await run(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "app/cli/alerts.ts"), ...args],
      { cwd: root, env: { ...process.env, INIT_CWD: dir } },
    );
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

beforeAll(async () => {
  const firmId = makeFirm();
  slug = getDb().select().from(firms).where(eq(firms.id, firmId)).get()!.slug;
  const lawyer = (await makeUser(firmId, "lawyer")).id;
  const actor = { id: lawyer, firmId, displayName: "L", ip: null };
  const r = createClient(
    actor,
    clientFormSchema.parse({
      familyName: "Clitest",
      givenNames: "Jun",
      nationalities: "CN",
      lawyerId: lawyer,
    }),
  );
  if (!r.ok) throw new Error("client");
  addRemovalEvent(actor, r.id, {
    type: "in_absentia_order",
    effectiveDate: "2024-01-05",
    details: {},
    court: null,
    notes: null,
    source: "other",
    verifiedOn: null,
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-cli-"));
  fs.writeFileSync(
    path.join(dir, "china.txt"),
    "ICE charter flight returns Chinese nationals to China\n\nICE removed 116 Chinese nationals on a charter flight that departed from Texas and landed in Shenyang on Sunday.\n",
  );
  fs.writeFileSync(
    path.join(dir, "no-headline.txt"),
    `${LEDE}\n\nThe agency did not say how many of the passengers had final orders.\n`,
  );
  // Windows-1252 bytes, declared by the page's meta tag; a related-stories box names another country's flight.
  fs.writeFileSync(
    path.join(dir, "latin.html"),
    iconv.encode(
      `<!doctype html><html><head><meta charset="windows-1252"><title>Vuelo de deportación llega a Guatemala – Diario</title></head><body><nav><a href="/">Portada</a> <a href="/mundo">Mundo</a></nav><article><h1>Vuelo con 130 guatemaltecos deportados aterriza en la capital</h1><p>Un vuelo con 130 migrantes guatemaltecos deportados desde Estados Unidos aterrizó el martes en la Ciudad de Guatemala, informó el Instituto Guatemalteco de Migración.</p><aside class="related"><h2>También le puede interesar</h2><ul><li><a href="/hn">Aterriza en San Pedro Sula un vuelo con 95 hondureños deportados</a></li></ul></aside><p>Las familias esperaron durante horas en la base aérea; la señora Núñez llegó desde Quetzaltenango.</p></article><footer>© Diario. Todos los derechos reservados.</footer></body></html>`,
      "win1252",
    ),
  );
  fs.writeFileSync(
    path.join(dir, "crash.html"),
    "<html><body><h1>Plane crash in Peru</h1><p>A small plane crashed near Cusco on Tuesday.</p><script>x()</script></body></html>",
  );
});

// Each case starts the command (tsx compiling it) once or more: seconds each on a busy two-core machine.
describe("npm run alerts", { timeout: 90_000 }, () => {
  it("ingests a relative file and prints exactly one JSON object with the facts and matches", async () => {
    const r = await alerts([
      "ingest",
      "--firm",
      slug,
      "--file",
      "china.txt",
      "--published",
      "2024-06-25",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(Object.keys(answer)).toEqual([
      "alertId",
      "duplicate",
      "relevant",
      "kind",
      "countries",
      "eventDate",
      "peopleCount",
      "peopleCountApprox",
      "departure",
      "arrival",
      "matches",
    ]);
    expect(answer).toMatchObject({
      duplicate: false,
      relevant: true,
      kind: "flight",
      countries: ["CN"],
      eventDate: "2024-06-23",
      peopleCount: 116,
      peopleCountApprox: null,
      departure: ["Texas"],
      arrival: ["Shenyang"],
    });
    expect(answer.alertId).toEqual(expect.any(String));
    expect(answer.matches).toEqual([
      {
        clientId: expect.any(String),
        name: "Jun Clitest",
        tier: "high",
        reasons: expect.arrayContaining(["Chinese national.", "Final order since 2024-01-05, no stay."]),
      },
    ]);
    const again = JSON.parse(
      (await alerts(["ingest", "--firm", slug, "--file", "china.txt", "--published", "2024-06-25", "--json"]))
        .stdout,
    );
    expect(again).toMatchObject({ duplicate: true, alertId: answer.alertId, countries: ["CN"] });
  });

  it("reads HTML files as text and answers irrelevant articles with a null alert", async () => {
    const r = await alerts(["ingest", "--firm", slug, "--file", "crash.html", "--json"]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      alertId: null,
      relevant: false,
      kind: "other",
      countries: [],
      matches: [],
    });
  });

  it("keeps a first line longer than a headline in the body, whole, when no --title is given", async () => {
    const r = await alerts([
      "ingest",
      "--firm",
      slug,
      "--file",
      "no-headline.txt",
      "--published",
      "2024-06-25",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer).toMatchObject({ relevant: true, countries: ["CN"] });
    const art = getDb()
      .select()
      .from(articles)
      .where(
        eq(articles.body, `${LEDE}\n\nThe agency did not say how many of the passengers had final orders.`),
      )
      .get();
    expect(art?.title).toBe(
      "U.S. immigration authorities removed 116 Chinese nationals on a charter flight that departed from Texas and landed in…",
    );
  });

  it("reads a Windows-1252 page by its meta charset and keeps only the article", async () => {
    const r = await alerts([
      "ingest",
      "--firm",
      slug,
      "--file",
      "latin.html",
      "--published",
      "2024-06-26",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ relevant: true, countries: ["GT"] });
    const art = getDb()
      .select()
      .from(articles)
      .where(eq(articles.title, "Vuelo con 130 guatemaltecos deportados aterriza en la capital"))
      .get()!;
    expect(art.body).toContain("la señora Núñez llegó desde Quetzaltenango");
    expect(art.body).not.toMatch(/\uFFFD|hondureños|Portada|derechos reservados/);
  });

  it("exits 2 with a usage line for bad arguments, 1 for other failures", async () => {
    for (const args of [
      [],
      ["ingest"],
      ["ingest", "--firm", slug],
      ["ingest", "--firm", slug, "--file", "china.txt", "--published", "June"],
      ["ingest", "--firm", slug, "--file", "china.txt", "--bogus", "x"],
      ["explode"],
    ]) {
      const r = await alerts(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^usage: npm run -s alerts -- ingest/m);
      expect(r.stdout).toBe("");
    }
    expect((await alerts(["ingest", "--firm", "no-such-firm", "--file", "china.txt", "--json"])).code).toBe(
      1,
    );
    expect((await alerts(["ingest", "--firm", slug, "--file", "missing.txt", "--json"])).code).toBe(1);
  });
});
