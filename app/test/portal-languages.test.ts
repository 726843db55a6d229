// The client's pages in the client's language, as the loaders send them, and the staff's record that a
// native speaker reviewed a translation (Settings → Portal texts).
import path from "node:path";
import type { ActionFunctionArgs } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, portalTexts } from "#db/schema";
import { makeClient, makeFirm, makeUser, sessionCookie } from "./fixtures";
import { callRoute } from "./route-call";

type Fn = (args: ActionFunctionArgs) => Promise<unknown>;
type Route = { loader: Fn; action?: Fn };
let me: Route;
let texts: Route;
let firm: string;
let client: string;
let lawyer: string;
let paralegal: string;

beforeAll(async () => {
  const load = async (f: string) =>
    (await import(/* @vite-ignore */ path.resolve(`app/routes/${f}`))) as Route;
  me = await load("me.tsx");
  texts = await load("_staff.settings.portal-texts.tsx");
  firm = makeFirm("Languages firm");
  const clientId = makeClient(firm, { preferredLanguage: "ar" });
  client = await sessionCookie((await makeUser(firm, "client", { clientId })).id);
  lawyer = await sessionCookie((await makeUser(firm, "lawyer")).id);
  paralegal = await sessionCookie((await makeUser(firm, "paralegal")).id);
});

describe("the /me layout", () => {
  it("answers in the language on the client's record, right to left for Arabic, with only that catalog", async () => {
    const r = await callRoute(me.loader as never, "/me", { cookie: client });
    expect(r.status).toBe(200);
    const d = r.body as { lang: string; htmlLang: string; dir: string; dict: Record<string, string> };
    expect([d.lang, d.htmlLang, d.dir]).toEqual(["ar", "ar", "rtl"]);
    expect(d.dict["portal.nextCheckIn"]).toMatch(/^موعدك القادم/);
    expect(JSON.stringify(d.dict)).not.toContain("Your next appointment");
  });

  it("switches with ?lng= and remembers it in a cookie; ignores a language it does not have", async () => {
    const r = await callRoute(me.loader as never, "/me?lng=uk", { cookie: client });
    const d = r.body as { lang: string; dir: string };
    expect([d.lang, d.dir]).toEqual(["uk", "ltr"]);
    expect(r.headers.get("set-cookie")).toMatch(/^casewatch_lng=/);
    const bad = await callRoute(me.loader as never, "/me?lng=xx", { cookie: client });
    expect((bad.body as { lang: string }).lang).toBe("ar");
    expect(bad.headers.get("set-cookie")).toBeNull();
  });

  it("is for the client only, never staff", async () => {
    // Staff are sent to their own pages, never given a client's words.
    const r = await callRoute(me.loader as never, "/me", { cookie: lawyer });
    expect([302, 403]).toContain(r.status);
    expect(r.body).toBeNull();
  });
});

describe("recording a native speaker's review", () => {
  const review = (cookie: string, form: Record<string, string>) =>
    callRoute(texts.action as never, "/settings/portal-texts", {
      cookie,
      form: { language: "ru", key: "catalog.review", intent: "approve", ...form },
    });

  it("ships every translated language as awaiting review", async () => {
    const r = await callRoute(texts.loader as never, "/settings/portal-texts?lang=ru", { cookie: lawyer });
    const d = r.body as { review: unknown; languages: { code: string; reviewed: boolean }[] };
    expect(d.review).toBeNull();
    expect(d.languages).toHaveLength(13);
    expect(d.languages.filter((l) => l.reviewed).map((l) => l.code)).toEqual(["en"]);
  });

  it("refuses a paralegal, an empty name and English", async () => {
    expect((await review(paralegal, { text: "Olga K., native speaker" })).status).toBe(403);
    expect((await review(lawyer, { text: " " })).status).toBe(400);
    expect((await review(lawyer, { text: "x".repeat(201) })).status).toBe(400);
    expect((await review(lawyer, { language: "en", text: "Someone" })).status).toBe(400);
    expect(getDb().select().from(portalTexts).where(eq(portalTexts.firmId, firm)).all()).toHaveLength(0);
  });

  it("lets a lawyer record it, audited, and the language no longer awaits review", async () => {
    expect((await review(lawyer, { text: "Olga K., native speaker, interpreter" })).status).toBe(302);
    const r = await callRoute(texts.loader as never, "/settings/portal-texts?lang=ru", { cookie: lawyer });
    const d = r.body as { review: { by: string } | null; languages: { code: string; reviewed: boolean }[] };
    expect(d.review?.by).toBe("Olga K., native speaker, interpreter");
    expect(d.languages.find((l) => l.code === "ru")?.reviewed).toBe(true);
    expect(d.languages.find((l) => l.code === "uk")?.reviewed).toBe(false);
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.firmId, firm), eq(auditLog.action, "portal.text_approved")))
      .all();
    expect(audit).toHaveLength(1);
  });
});
