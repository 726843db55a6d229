// Every route of the server build, checked against who may open it. The list comes from the build's
// route manifest, so a new route with no line in ACCESS fails this test until someone decides its rules.
import fs from "node:fs";
import path from "node:path";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import {
  makeAlert,
  makeCheckIn,
  makeClientWithEvent,
  makeMessage,
  makeFirm,
  makeMail,
  makeUser,
  sessionCookie,
} from "./fixtures";
import { uploadDocument } from "~/models/documents.server";

type Actor = "anon" | "admin" | "lawyer" | "paralegal" | "client" | "otherAdmin" | "otherClient";
const ACTORS: Actor[] = ["anon", "admin", "lawyer", "paralegal", "client", "otherAdmin", "otherClient"];
// What a GET answers: a status, or a redirect target.
type Expect = number | `→${string}`;
type Rule = "layout" | Record<Actor, Expect>;

const all = (e: Expect): Record<Actor, Expect> =>
  Object.fromEntries(ACTORS.map((a) => [a, e])) as Record<Actor, Expect>;
const staffOnly: Record<Actor, Expect> = {
  anon: "→/login",
  admin: 200,
  lawyer: 200,
  paralegal: 200,
  client: 403,
  otherAdmin: 200,
  otherClient: 403,
};
const adminOnly: Record<Actor, Expect> = {
  anon: "→/login",
  admin: 200,
  lawyer: 403,
  paralegal: 403,
  client: 403,
  otherAdmin: 200,
  otherClient: 403,
};
const publicAuthPage: Record<Actor, Expect> = {
  anon: 200,
  admin: "→/dashboard",
  lawyer: "→/dashboard",
  paralegal: "→/dashboard",
  client: "→/me",
  otherAdmin: "→/dashboard",
  otherClient: "→/me",
};

// `:id` in a path is filled with a record of the first firm, so "other*" actors probe another firm's data.
const ACCESS: Record<string, Rule> = {
  root: "layout",
  "routes/_staff": "layout",
  "routes/_staff.settings": "layout",
  "routes/_index": { ...publicAuthPage, anon: "→/login" },
  "routes/setup": all("→/login"),
  "routes/setup_.import": all("→/login"),
  "routes/login": publicAuthPage,
  "routes/login_.2fa": all("→/login"),
  "routes/logout": all("→/"),
  "routes/forgot-password": all(200),
  "routes/reset-password.$token": all(200),
  "routes/invite.$token": all(200),
  "routes/healthz": all(200),
  "routes/me": "layout",
  "routes/me._index": {
    anon: "→/login",
    admin: "→/dashboard",
    lawyer: "→/dashboard",
    paralegal: "→/dashboard",
    client: 200,
    otherAdmin: "→/dashboard",
    otherClient: 200,
  },
  // A message or check-in id of the first firm's client: 404 for the other firm's client.
  "routes/me.messages.$id": {
    anon: "→/login",
    admin: "→/dashboard",
    lawyer: "→/dashboard",
    paralegal: "→/dashboard",
    client: 200,
    otherAdmin: "→/dashboard",
    otherClient: 404,
  },
  "routes/me.check-ins.$id": {
    anon: "→/login",
    admin: "→/dashboard",
    lawyer: "→/dashboard",
    paralegal: "→/dashboard",
    client: 200,
    otherAdmin: "→/dashboard",
    otherClient: 404,
  },
  // The client's papers: their own list; a paper shared with the first firm's client opens for them only.
  "routes/me.documents": {
    anon: "→/login",
    admin: "→/dashboard",
    lawyer: "→/dashboard",
    paralegal: "→/dashboard",
    client: 200,
    otherAdmin: "→/dashboard",
    otherClient: 200,
  },
  "routes/me.documents.$id": {
    anon: "→/login",
    admin: "→/dashboard",
    lawyer: "→/dashboard",
    paralegal: "→/dashboard",
    client: 200,
    otherAdmin: "→/dashboard",
    otherClient: 404,
  },
  "routes/portal.$token": all(200),
  "routes/_staff.clients.$id_.portal-sheet": {
    ...staffOnly,
    admin: 404,
    lawyer: 404,
    paralegal: 404,
    otherAdmin: 404,
  },
  "routes/_staff.settings.portal-texts": staffOnly,
  "routes/_staff.settings.backups": adminOnly,
  "routes/_staff.dashboard": staffOnly,
  "routes/_staff.settings._index": staffOnly,
  "routes/_staff.settings.sessions": staffOnly,
  "routes/_staff.settings.security": staffOnly,
  "routes/_staff.settings.users": adminOnly,
  "routes/_staff.settings.firm": adminOnly,
  "routes/_staff.settings.audit": adminOnly,
  "routes/_staff.dev.mailbox": staffOnly,
  // The message is to someone else's address: only an admin may open it (with its links hidden).
  "routes/_staff.dev.mailbox.$id": { ...staffOnly, lawyer: 404, paralegal: 404, otherAdmin: 404 },
  "routes/_staff.clients._index": staffOnly,
  "routes/_staff.clients.new": staffOnly,
  "routes/_staff.clients.$id": { ...staffOnly, otherAdmin: 404 },
  "routes/_staff.clients.$id_.edit": { ...staffOnly, otherAdmin: 404 },
  "routes/_staff.clients.$id_.events.$eventId": { ...staffOnly, otherAdmin: 404 },
  // A case document's bytes: the firm's staff only; another firm's admin gets 404 for this firm's id.
  "routes/_staff.clients.$id_.documents.$documentId": { ...staffOnly, otherAdmin: 404 },
  "routes/_staff.deadlines": staffOnly,
  "routes/_staff.clients.import": staffOnly,
  "routes/_staff.clients.import_.errors[.]csv": {
    ...staffOnly,
    admin: 404,
    lawyer: 404,
    paralegal: 404,
    otherAdmin: 404,
  },
  "routes/_staff.clients.export[.]csv": staffOnly,
  "routes/_staff.settings.export": adminOnly,
  "routes/_staff.settings.export[.]zip": adminOnly,
  "routes/_staff.settings.import": adminOnly,
  "routes/_staff.export.$entity[.]csv": staffOnly,
  "routes/_staff.settings.closures": staffOnly,
  "routes/_staff.settings.offices": staffOnly,
  "routes/_staff.check-ins": staffOnly,
  "routes/_staff.calendar": staffOnly,
  // Calendar apps cannot sign in: the token in the URL is the key, and an unknown one is 404 for everyone.
  "routes/calendar.feed.$file": all(404),
  "routes/_staff.check-ins_.$id": { ...staffOnly, otherAdmin: 404 },
  "routes/_staff.alerts._index": staffOnly,
  "routes/_staff.alerts.new": staffOnly,
  "routes/_staff.alerts.countries": staffOnly,
  "routes/_staff.alerts.$id": { ...staffOnly, otherAdmin: 404 },
  "routes/_staff.settings.feeds": adminOnly,
  // Text messages (issue 19): the provider's webhooks answer GET with 405 (POST needs its signature).
  "routes/_staff.settings.sms": adminOnly,
  "routes/_staff.clients.$id_.text-messages": { ...staffOnly, otherAdmin: 404 },
  "routes/sms.inbound": all(405),
  "routes/sms.status": all(405),
};

const buildPath = path.resolve("build/server/index.js");
let build: ServerBuild;
let handler: ReturnType<typeof createRequestHandler>;
const cookies: Partial<Record<Actor, string>> = {};
const params: Record<string, string> = {};
// Route-specific values for a param name that several routes use.
const routeParams: Record<string, Record<string, string>> = {
  "routes/_staff.export.": { entity: "clients" },
};

function fullPath(routeId: string): string {
  const own = Object.entries(routeParams).find(([prefix]) => routeId.startsWith(prefix))?.[1] ?? {};
  const parts: string[] = [];
  let r: ServerBuild["routes"][string] | undefined = build.routes[routeId];
  while (r) {
    if (r.path) parts.unshift(r.path);
    r = r.parentId ? build.routes[r.parentId] : undefined;
  }
  return "/" + parts.join("/").replace(/:(\w+)/g, (_m, p: string) => own[p] ?? params[p] ?? "x");
}

async function get(url: string, actor: Actor): Promise<Response> {
  const headers = new Headers({ "user-agent": "vitest" });
  const c = cookies[actor];
  if (c) headers.set("cookie", c);
  return handler(new Request(`http://localhost${url}`, { headers, redirect: "manual" }), {
    cspNonce: "n",
    requestId: "t",
    clientIp: "127.0.0.1",
  });
}

beforeAll(async () => {
  if (!fs.existsSync(buildPath))
    throw new Error("Run `npm run build` first: this test checks the server build's routes.");
  process.env.CASEWATCH_DEMO = "1";
  build = (await import(/* @vite-ignore */ buildPath)) as ServerBuild;
  handler = createRequestHandler(build, "production");
  const firmA = makeFirm("Firm A");
  const firmB = makeFirm("Firm B");
  for (const role of ["admin", "lawyer", "paralegal"] as const) {
    cookies[role] = await sessionCookie((await makeUser(firmA, role)).id);
  }
  const clientAUser = await makeUser(firmA, "client");
  cookies.client = await sessionCookie(clientAUser.id);
  cookies.otherAdmin = await sessionCookie((await makeUser(firmB, "admin")).id);
  cookies.otherClient = await sessionCookie((await makeUser(firmB, "client")).id);
  params.token = "not-a-real-token";
  routeParams["routes/_staff.dev.mailbox"] = { id: makeMail(firmA) };
  const { clientId, eventId } = makeClientWithEvent(firmA);
  const doc = await uploadDocument({ id: clientAUser.id, firmId: firmA }, clientId, {
    title: "NTA",
    kind: "nta",
    documentDate: null,
    bytes: new TextEncoder().encode("%PDF-1.4\n% route access\n%%EOF\n"),
    originalName: "nta.pdf",
  });
  if (!doc.ok) throw new Error(doc.reason);
  routeParams["routes/_staff.clients"] = { id: clientId, eventId, documentId: doc.id };
  routeParams["routes/_staff.check-ins_"] = { id: makeCheckIn(firmA, clientId) };
  routeParams["routes/_staff.alerts"] = { id: makeAlert(firmA) };
  // The first firm's client user owns these.
  routeParams["routes/me.messages"] = { id: makeMessage(firmA, clientAUser.clientId!) };
  routeParams["routes/me.check-ins"] = { id: makeCheckIn(firmA, clientAUser.clientId!) };
  const shared = await uploadDocument({ id: clientAUser.id, firmId: firmA }, clientAUser.clientId!, {
    title: "Hearing notice",
    kind: "nta",
    documentDate: null,
    bytes: new TextEncoder().encode("%PDF-1.4\n% shared with the client\n%%EOF\n"),
    originalName: "notice.pdf",
    sharedWithClient: true,
  });
  if (!shared.ok) throw new Error(shared.reason);
  routeParams["routes/me.documents"] = { id: shared.id };
});

describe("route access table", () => {
  it("has a rule for every route in the server build, and no rule for a route that is gone", () => {
    const routeIds = Object.keys(build.routes).sort();
    expect(routeIds.filter((id) => !(id in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((id) => !routeIds.includes(id))).toEqual([]);
  });

  it("answers each actor as the table says", async () => {
    const failures: string[] = [];
    for (const [routeId, rule] of Object.entries(ACCESS)) {
      if (rule === "layout" || !build.routes[routeId]) continue;
      const url = fullPath(routeId);
      for (const actor of ACTORS) {
        const res = await get(url, actor);
        const expected = rule[actor];
        const got =
          res.status >= 300 && res.status < 400
            ? `→${new URL(res.headers.get("location") ?? "", "http://localhost").pathname}`
            : res.status;
        if (got !== expected)
          failures.push(`${actor} GET ${url} (${routeId}): expected ${expected}, got ${got}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("refuses writes by anyone the page refuses, before any change", async () => {
    const failures: string[] = [];
    for (const [routeId, rule] of Object.entries(ACCESS)) {
      if (rule === "layout" || !build.routes[routeId]?.module.action) continue;
      const url = fullPath(routeId) + (build.routes[routeId]!.index ? "?index" : "");
      for (const actor of ACTORS) {
        if (rule[actor] !== 403 && rule[actor] !== 404 && rule[actor] !== "→/login") continue;
        const headers = new Headers({ "content-type": "application/x-www-form-urlencoded" });
        const c = cookies[actor];
        if (c) headers.set("cookie", c);
        const res = await handler(
          new Request(`http://localhost${url}`, {
            method: "POST",
            headers,
            body: "intent=invite&email=x%40y.z&displayName=X&role=admin",
            redirect: "manual",
          }),
          { cspNonce: "n", requestId: "t", clientIp: "127.0.0.1" },
        );
        const got =
          res.status >= 300 && res.status < 400
            ? `→${new URL(res.headers.get("location") ?? "", "http://localhost").pathname}`
            : res.status;
        if (got !== rule[actor]) failures.push(`${actor} POST ${url}: expected ${rule[actor]}, got ${got}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
