// The demo mailbox holds one-time links (invitations, password resets). What each user's loaders send
// to the browser — not only what the page shows — must hold only their own mail; an admin also gets the
// rest of the firm's mail, with no usable link in it.
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { mailMessages, users } from "#db/schema";
import { HIDDEN_LINK } from "~/models/mailbox.server";
import { createId, createToken } from "~/utils/crypto.server";
import { makeFirm, makeUser, sessionCookie } from "./fixtures";
import { callRoute } from "./route-call";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;
let listLoader: Loader;
let messageLoader: Loader;

type Listed = {
  messages: { id: string; to: string; subject: string; channel: string; segments: number | null }[];
};
type One = {
  message: { id: string; bodyText: string; toAddress: string; linksHidden: boolean };
  segments: string | null;
};

let firm: string;
const people: Record<"admin" | "lawyer" | "paralegal", { id: string; email: string; cookie: string }> =
  {} as never;
const mail: Record<string, { id: string; token: string }> = {};

function addMail(to: string, subject: string, kind: "reset-password" | "invite") {
  const id = createId();
  const token = createToken();
  const body = `Choose a new password here (the link works once):\nhttp://localhost:4716/${kind}/${token}\n\nOr paste /${kind}/${token} after the address.`;
  getDb()
    .insert(mailMessages)
    .values({ id, firmId: firm, toAddress: to, subject, bodyText: body, messageId: `<${id}@test>` })
    .run();
  return { id, token };
}

let sms: { id: string; otherFirm: string };

beforeAll(async () => {
  const route = async (file: string) =>
    ((await import(/* @vite-ignore */ path.resolve(`app/routes/${file}`))) as { loader: Loader }).loader;
  listLoader = await route("_staff.dev.mailbox.tsx");
  messageLoader = await route("_staff.dev.mailbox.$id.tsx");
  process.env.CASEWATCH_DEMO = "1";
  firm = makeFirm("Mailbox firm");
  for (const role of ["admin", "lawyer", "paralegal"] as const) {
    const { id } = await makeUser(firm, role);
    const email = getDb().select({ email: users.email }).from(users).where(eq(users.id, id)).get()!.email!;
    people[role] = { id, email, cookie: await sessionCookie(id) };
  }
  // Each of them asked for a reset; and an invitation for an admin-to-be went out.
  mail.admin = addMail(people.admin.email, "Choose a new Casewatch password", "reset-password");
  // An address written with capitals is still the paralegal's.
  mail.paralegal = addMail(
    people.paralegal.email.toUpperCase(),
    "Choose a new Casewatch password",
    "reset-password",
  );
  mail.lawyer = addMail(people.lawyer.email, "Choose a new Casewatch password", "reset-password");
  mail.invite = addMail("new-admin@test.invalid", "You are invited", "invite");
  // Another firm's mail to the same lawyer address is still not this firm's to show.
  const other = makeFirm("Other mailbox firm");
  getDb()
    .insert(mailMessages)
    .values({
      id: createId(),
      firmId: other,
      toAddress: people.lawyer.email,
      subject: "Other firm",
      bodyText: "x",
      messageId: `<${createId()}@t>`,
    })
    .run();
  // A text message to a client in each firm (kept here in demo mode).
  const smsRow = (firmId: string, body: string) => {
    const id = createId();
    getDb()
      .insert(mailMessages)
      .values({
        id,
        firmId,
        channel: "sms",
        segments: 1,
        toAddress: "+12125550123",
        subject: "Text message",
        bodyText: body,
        messageId: `sms.${id}`,
      })
      .run();
    return id;
  };
  sms = {
    id: smsRow(firm, "Demo Immigration Law: su cita es mañana. Responda 1 si va a ir."),
    otherFirm: smsRow(other, "Other firm's text"),
  };
});

afterAll(() => {
  delete process.env.CASEWATCH_DEMO;
});

const list = async (who: keyof typeof people) =>
  (await callRoute(listLoader, "/dev/mailbox", { cookie: people[who].cookie })).body as Listed;
const open = (who: keyof typeof people, id: string) =>
  callRoute(messageLoader, `/dev/mailbox/${id}`, { cookie: people[who].cookie, params: { id } });
const tokens = () => Object.values(mail).map((m) => m.token);
const emails = (d: Listed) => d.messages.filter((m) => m.channel === "email");

describe("demo mailbox", () => {
  it("lists for a lawyer or paralegal only mail to their own address, and the firm's texts to clients", async () => {
    for (const who of ["lawyer", "paralegal"] as const) {
      const data = await list(who);
      expect(emails(data).map((m) => m.id)).toEqual([mail[who]!.id]);
      expect(data.messages.filter((m) => m.channel === "sms").map((m) => [m.id, m.segments])).toEqual([
        [sms.id, 1],
      ]);
    }
  });

  it("opens a text with its segments; another firm's text is 404", async () => {
    const res = await open("paralegal", sms.id);
    expect(res.status).toBe(200);
    expect((res.body as One).segments).toMatch(/^1 segment \(GSM-7/);
    expect((res.body as One).message.linksHidden).toBe(false);
    expect((await open("paralegal", sms.otherFirm)).status).toBe(404);
    expect((await open("admin", sms.otherFirm)).status).toBe(404);
  });

  it("opens for a lawyer or paralegal their own message with its link, and answers 404 for anyone else's", async () => {
    for (const who of ["lawyer", "paralegal"] as const) {
      const own = await open(who, mail[who]!.id);
      expect(own.status).toBe(200);
      expect((own.body as One).message.bodyText).toContain(mail[who]!.token);
      expect((own.body as One).message.linksHidden).toBe(false);
      for (const [key, m] of Object.entries(mail)) {
        if (key === who) continue;
        const res = await open(who, m.id);
        expect([who, key, res.status]).toEqual([who, key, 404]);
        expect(JSON.stringify(res.body ?? "")).not.toContain(m.token);
      }
    }
  });

  it("lists for an admin all the firm's mail, and opens other people's with every link hidden", async () => {
    const data = await list("admin");
    expect(data.messages.map((m) => m.id).sort()).toEqual(
      [...Object.values(mail).map((m) => m.id), sms.id].sort(),
    );
    expect(JSON.stringify(data)).not.toMatch(new RegExp(tokens().join("|")));
    for (const [key, m] of Object.entries(mail)) {
      const res = await open("admin", m.id);
      expect(res.status).toBe(200);
      const message = (res.body as One).message;
      if (key === "admin") {
        expect(message.bodyText).toContain(m.token);
        continue;
      }
      // Nothing of any token is left in what the loader sends, in the body or anywhere else.
      expect(JSON.stringify(res.body)).not.toContain(m.token);
      expect(JSON.stringify(res.body)).not.toContain(m.token.slice(0, 12));
      expect(message.bodyText).toContain(HIDDEN_LINK);
      expect(message.bodyText).not.toMatch(/https?:\/\//);
      expect(message.linksHidden).toBe(true);
    }
  });

  it("is not there outside demo mode", async () => {
    delete process.env.CASEWATCH_DEMO;
    try {
      expect((await callRoute(listLoader, "/dev/mailbox", { cookie: people.admin.cookie })).status).toBe(404);
      expect((await open("admin", mail.lawyer!.id)).status).toBe(404);
    } finally {
      process.env.CASEWATCH_DEMO = "1";
    }
  });
});
