// Pressing "Create client" twice (no A-number to catch the second) must make one client: the form's
// random key is remembered per firm with the client it made.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, clientCreationKeys, clients } from "#db/schema";
import { makeFirm, makeUser, sessionCookie } from "~/test/fixtures";
import { callRoute, type RouteAnswer } from "~/test/route-call";
import { action, loader } from "~/routes/_staff.clients.new";

let firmA: string;
let firmB: string;
let cookieA: string;
let cookieB: string;
let n = 0;

beforeAll(async () => {
  firmA = makeFirm("Idempotent firm A");
  firmB = makeFirm("Idempotent firm B");
  cookieA = await sessionCookie((await makeUser(firmA, "paralegal")).id);
  cookieB = await sessionCookie((await makeUser(firmB, "lawyer")).id);
});

const freshKey = async (cookie: string) =>
  ((await callRoute(loader, "/clients/new", { cookie })).body as { creationKey: string }).creationKey;
const post = (cookie: string, form: Record<string, string>) =>
  callRoute(action, "/clients/new", { cookie, form });
const named = (firmId: string, familyName: string) =>
  getDb()
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.firmId, firmId), eq(clients.familyName, familyName)))
    .all();
const toastOf = (res: RouteAnswer) => {
  const raw = res.headers
    .getSetCookie()
    .find((c) => c.startsWith("casewatch_toast="))!
    .split(";")[0]!
    .split("=")[1]!;
  return JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as { kind: string; message: string };
};

describe("new client form sent twice", () => {
  it("the loader hands out a different random key each time", async () => {
    const a = await freshKey(cookieA);
    const b = await freshKey(cookieA);
    expect(a).toMatch(/^[a-z2-7]{32}$/);
    expect(a).not.toBe(b);
  });

  it("makes one client for two posts of the same key, and sends the second to it with a message", async () => {
    const familyName = `Twice${n++}`;
    const creationKey = await freshKey(cookieA);
    const form = { familyName, givenNames: "Rosa", nationalities: "GT", creationKey };
    const first = await post(cookieA, form);
    expect(first.status).toBe(302);
    const second = await post(cookieA, form);
    expect(second.status).toBe(302);
    expect(named(firmA, familyName)).toHaveLength(1);
    const id = named(firmA, familyName)[0]!.id;
    expect(first.headers.get("location")).toBe(`/clients/${id}`);
    expect(second.headers.get("location")).toBe(`/clients/${id}`);
    expect(toastOf(second).message).toMatch(/already been sent/);
    // One creation written down, and the key remembered with the client it made.
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "client.created"), eq(auditLog.entityId, id)))
        .all(),
    ).toHaveLength(1);
    expect(
      getDb().select().from(clientCreationKeys).where(eq(clientCreationKeys.key, creationKey)).get(),
    ).toMatchObject({ firmId: firmA, clientId: id });
  });

  it("answers the first client even when the second post changed the fields", async () => {
    const familyName = `Edited${n++}`;
    const creationKey = await freshKey(cookieA);
    await post(cookieA, { familyName, givenNames: "Ana", creationKey });
    const again = await post(cookieA, {
      familyName: `${familyName}x`,
      givenNames: "Ana",
      aNumber: "A209876543",
      creationKey,
    });
    expect(again.status).toBe(302);
    expect(named(firmA, familyName)).toHaveLength(1);
    expect(named(firmA, `${familyName}x`)).toHaveLength(0);
  });

  it("makes two clients for two forms (two keys) with the same name: people do share names", async () => {
    const familyName = `Shared${n++}`;
    await post(cookieA, { familyName, givenNames: "Wei", creationKey: await freshKey(cookieA) });
    await post(cookieA, { familyName, givenNames: "Wei", creationKey: await freshKey(cookieA) });
    expect(named(firmA, familyName)).toHaveLength(2);
  });

  it("keeps keys per firm: another firm's use of the same key neither finds nor blocks it", async () => {
    const familyName = `Perfirm${n++}`;
    const creationKey = await freshKey(cookieA);
    const a = await post(cookieA, { familyName, givenNames: "Li", creationKey });
    const b = await post(cookieB, { familyName, givenNames: "Li", creationKey });
    expect(b.status).toBe(302);
    expect(b.headers.get("location")).not.toBe(a.headers.get("location"));
    expect(named(firmA, familyName)).toHaveLength(1);
    expect(named(firmB, familyName)).toHaveLength(1);
  });

  it("refuses a form whose key is not one the loader makes with 400, saving nothing, keeping the typed values, with a new key", async () => {
    for (const creationKey of [
      "",
      "short",
      "1".repeat(32),
      "A".repeat(32),
      "a".repeat(33),
      `${"a".repeat(31)}\u0000`,
    ]) {
      const familyName = `Badkey${n++}`;
      const form: Record<string, string> = { familyName, givenNames: "Typed", creationKey };
      const res = await post(cookieA, form);
      expect(res.status).toBe(400);
      const body = res.body as { values: Record<string, string>; formError: string; creationKey: string };
      expect(body.values.familyName).toBe(familyName);
      expect(body.formError).toMatch(/out of date/);
      expect(body.creationKey).toMatch(/^[a-z2-7]{32}$/);
      expect(named(firmA, familyName)).toHaveLength(0);
      // The key it hands back works.
      expect((await post(cookieA, { ...form, creationKey: body.creationKey })).status).toBe(302);
      expect(named(firmA, familyName)).toHaveLength(1);
    }
  });

  it("makes a client from a post with no key at all (not the page's form), as before", async () => {
    const familyName = `Nokey${n++}`;
    expect((await post(cookieA, { familyName, givenNames: "Script" })).status).toBe(302);
    expect(named(firmA, familyName)).toHaveLength(1);
  });

  it("keeps the key of a form refused for its fields, so the corrected form still makes one client", async () => {
    const familyName = `Fixed${n++}`;
    const creationKey = await freshKey(cookieA);
    const bad = await post(cookieA, { familyName, givenNames: "", creationKey });
    expect(bad.status).toBe(400);
    expect((bad.body as { creationKey: string }).creationKey).toBe(creationKey);
    await post(cookieA, { familyName, givenNames: "Now", creationKey });
    await post(cookieA, { familyName, givenNames: "Now", creationKey });
    expect(named(firmA, familyName)).toHaveLength(1);
  });
});
