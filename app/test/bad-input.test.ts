// Bad input against every action of the server build (enumerated from its route manifest, so new
// actions are covered): never a 500, always an answer below 500, and a refused request (4xx) changes
// no case data. And against every loader: hostile values in each query parameter it reads (found by
// watching which names it asks URLSearchParams for, plus the names the app uses anywhere).
import fs from "node:fs";
import path from "node:path";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "#db/client";
import { CASE_DOCUMENT_INTENTS, CLIENT_PAGE_INTENTS } from "~/utils/client-page-intents";
import { ALERT_INTENTS } from "~/utils/alert-page";
import { NEW_ARTICLE_INTENTS } from "~/utils/alert-schemas";
import { CALENDAR_INTENTS } from "~/utils/calendar-schemas";
import { CLIENT_IMPORT_INTENTS } from "~/utils/client-import-schemas";
import { ME_INTENTS } from "~/utils/portal-schemas";
import { QUEUE_INTENTS } from "~/utils/queue-schemas";
import { FEED_ROW_INTENTS, SESSION_INTENTS, TWO_STEP_INTENTS } from "~/utils/settings-schemas";
import { TEXT_MESSAGE_INTENTS } from "~/utils/sms-schemas";
import {
  makeAlert,
  makeCheckIn,
  makeClient,
  makeClientWithEvent,
  makeFirm,
  makeMessage,
  makeUser,
  sessionCookie,
} from "./fixtures";

// Every intent the forms send, from the modules the forms and actions use (a new intent is posted here
// without anyone adding it by hand), and a few that no form sends.
const INTENTS = [
  ...new Set<string>([
    "",
    // Settings: profile, password, users (their buttons send these words).
    "profile",
    "password",
    "invite",
    "role",
    "deactivate",
    "reactivate",
    "revoke-invite",
    ...TWO_STEP_INTENTS,
    ...Object.values(SESSION_INTENTS),
    ...FEED_ROW_INTENTS,
    // The client page's cards.
    ...CLIENT_PAGE_INTENTS,
    ...Object.values(QUEUE_INTENTS),
    ...Object.values(CLIENT_IMPORT_INTENTS),
    ...Object.values(ME_INTENTS),
    ...Object.values(TEXT_MESSAGE_INTENTS),
    ...Object.values(ALERT_INTENTS),
    ...Object.values(NEW_ARTICLE_INTENTS),
    ...Object.values(CALENDAR_INTENTS),
    "approve",
    "save",
    "add",
    "nonsense",
  ]),
];
const FIELDS = [
  "email",
  "password",
  "identifier",
  "displayName",
  "familyName",
  "givenNames",
  "aNumber",
  "date",
  "time",
  "type",
  "effectiveDate",
  "outcome",
  "checkInId",
  "id",
  "key",
  "mark",
  "body",
  "text",
  "title",
  "url",
  "publishedOn",
  "clientId",
  "articleId",
  "feedId",
  "countries",
  "relevant",
  "eventDate",
  "peopleCount",
  "noteBody",
  "language",
  "officeId",
  "fromDate",
  "toDate",
  "reason",
  "userId",
  "role",
  "code",
  "version",
  "upload",
  "kind",
  "state",
  "hearingId",
  "documentId",
  "nationalities",
  "phone",
  "every",
  "count",
  "until",
  "repeat",
];
const BIG = "x".repeat(1_000_000);
const NASTY =
  "'; DROP TABLE clients; -- <script>alert(1)</script> \u0000\u0007\u001b \uFFFF 陈伟 ../../etc/passwd %00 ${7*7} {{7*7}}";

const CASE_TABLES = [
  "clients",
  "removal_events",
  "hearings",
  "travel_documents",
  "check_ins",
  "client_messages",
  "users",
  "invites",
  "portal_invites",
  "deadline_marks",
  "closure_days",
  "offices",
  "portal_texts",
  "notification_outbox",
  "articles",
  "alerts",
  "alert_matches",
  "alert_countries",
  "timeline_notes",
  "feeds",
  "documents",
  "audit_log",
];

const WITHOUT_ROWID = new Set(["alert_matches"]);

let build: ServerBuild;
let handler: ReturnType<typeof createRequestHandler>;
const cookies: Record<string, string> = {};
const params: Record<string, string> = {};

function snapshot(): string {
  const db = getSqlite();
  // Tables WITHOUT ROWID (alert_matches) are read in key order; a change anywhere shows in the checksum.
  return CASE_TABLES.map((t) => {
    const key = WITHOUT_ROWID.has(t) ? "1, 2" : "rowid";
    // A refused request writes no change to case data, so no audit entry of one; a refused sign-in is
    // still recorded (a failed or blocked attempt): that is the security log doing its job.
    const where =
      t === "audit_log"
        ? " where action not in ('auth.login_failed', 'auth.login_blocked', 'auth.2fa_failed', 'auth.password_reset_requested')"
        : "";
    return (
      JSON.stringify(db.prepare(`select count(*) n from ${t}${where}`).get()) +
      JSON.stringify(db.prepare(`select * from ${t}${where} order by ${key} desc limit 3`).all()) +
      (WITHOUT_ROWID.has(t)
        ? JSON.stringify(
            db
              .prepare(`select group_concat(tier_rank || coalesce(reviewed_at, '') || is_new) c from ${t}`)
              .get(),
          )
        : "")
    );
  }).join("|");
}

function urlOf(routeId: string): string {
  const parts: string[] = [];
  let r: ServerBuild["routes"][string] | undefined = build.routes[routeId];
  while (r) {
    if (r.path) parts.unshift(r.path);
    r = r.parentId ? build.routes[r.parentId] : undefined;
  }
  const p =
    "/" +
    parts
      .join("/")
      .replace(
        /:(\w+)/g,
        (_m, k: string) =>
          (routeId.startsWith("routes/me")
            ? params[`me_${k}`]
            : routeId.startsWith("routes/_staff.alerts")
              ? params[`alert_${k}`]
              : params[k]) ?? "x",
      );
  return p + (build.routes[routeId]!.index ? "?index" : "");
}

function actorFor(url: string): string | null {
  if (url.startsWith("/me")) return "client";
  if (/^\/(login|setup|forgot-password|reset-password|invite|portal|logout)/.test(url)) return null;
  return "admin";
}

async function send(url: string, actor: string | null, body: BodyInit, type: string) {
  const headers = new Headers({ "content-type": type });
  if (actor) headers.set("cookie", cookies[actor]!);
  return handler(
    new Request(`http://localhost${url}`, { method: "POST", headers, body, redirect: "manual" }),
    { cspNonce: "n", requestId: "t", clientIp: "127.0.0.5" },
  );
}

beforeAll(async () => {
  const buildPath = path.resolve("build/server/index.js");
  if (!fs.existsSync(buildPath)) throw new Error("Run `npm run build` first.");
  process.env.CASEWATCH_DEMO = "1";
  process.env.RATE_LIMIT_IP_MAX = "1000000";
  process.env.RATE_LIMIT_ACCOUNT_MAX = "1000000";
  build = (await import(/* @vite-ignore */ buildPath)) as ServerBuild;
  handler = createRequestHandler(build, "production");
  const firm = makeFirm("Bad input firm");
  cookies.admin = await sessionCookie((await makeUser(firm, "admin")).id);
  const clientUser = await makeUser(firm, "client");
  cookies.client = await sessionCookie(clientUser.id);
  const { clientId, eventId } = makeClientWithEvent(firm);
  Object.assign(params, {
    id: clientId,
    eventId,
    token: "not-a-token",
    me_id: makeMessage(firm, clientUser.clientId!),
  });
  params.id = clientId;
  makeCheckIn(firm, clientId);
  params.alert_id = makeAlert(firm);
}, 60_000);

describe("bad input on every action", () => {
  it("never answers 500, and a refused request changes no case data", async () => {
    const actionRoutes = Object.entries(build.routes)
      .filter(([, r]) => r.module.action)
      .map(([id]) => id);
    expect(actionRoutes.length).toBeGreaterThan(20);
    const failures: string[] = [];
    let requests = 0;
    const statuses: Record<number, number> = {};
    for (const routeId of actionRoutes) {
      const url = urlOf(routeId);
      const actor = actorFor(url);
      const cases: [string, () => { body: BodyInit; type: string }][] = [
        [
          "json body",
          () => ({ body: JSON.stringify({ intent: "invite", email: "a@b.c" }), type: "application/json" }),
        ],
        ["text body", () => ({ body: "hello", type: "text/plain" })],
        [
          "invalid UTF-8",
          () => ({
            body: new Uint8Array([0x69, 0x6e, 0x74, 0x65, 0x6e, 0x74, 0x3d, 0xff, 0xfe, 0xc3, 0x28]),
            type: "application/x-www-form-urlencoded",
          }),
        ],
        [
          "broken multipart",
          () => ({
            body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n' + BIG.slice(0, 10_000),
            type: "multipart/form-data; boundary=x",
          }),
        ],
      ];
      for (const intent of INTENTS) {
        cases.push([
          `${intent}: empty`,
          () => ({
            body: new URLSearchParams({ intent }).toString(),
            type: "application/x-www-form-urlencoded",
          }),
        ]);
        cases.push([
          `${intent}: 1 MB strings`,
          () => ({
            body: new URLSearchParams([
              ["intent", intent],
              ...FIELDS.slice(0, 3).map((f) => [f, BIG] as [string, string]),
            ]).toString(),
            type: "application/x-www-form-urlencoded",
          }),
        ]);
        cases.push([
          `${intent}: nasty values`,
          () => ({
            body: new URLSearchParams([
              ["intent", intent],
              ...FIELDS.map((f) => [f, NASTY] as [string, string]),
            ]).toString(),
            type: "application/x-www-form-urlencoded",
          }),
        ]);
        cases.push([
          `${intent}: duplicated and wrong types`,
          () => ({
            body: new URLSearchParams([
              ["intent", intent],
              ["intent", "other"],
              ...FIELDS.flatMap(
                (f) =>
                  [
                    [f, "-1"],
                    [f, "[object Object]"],
                  ] as [string, string][],
              ),
            ]).toString(),
            type: "application/x-www-form-urlencoded",
          }),
        ]);
      }
      for (const [name, make] of cases) {
        const before = snapshot();
        const { body, type } = make();
        let res: Response;
        try {
          res = await send(url, actor, body, type);
        } catch (e) {
          failures.push(`${routeId} ${name}: threw ${String(e).slice(0, 200)}`);
          continue;
        }
        requests++;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status >= 500)
          failures.push(`${routeId} ${name}: ${res.status} ${(await res.text()).slice(0, 200)}`);
        else if (res.status >= 400 && snapshot() !== before)
          failures.push(`${routeId} ${name}: ${res.status} but data changed`);
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(1000);
    // Most are refused (4xx); some are redirects (a form that accepted what it could).
    expect(statuses[400] ?? 0).toBeGreaterThan(500);
    if (process.env.BAD_INPUT_REPORT) console.log(statuses);
    // Every action route × every intent × four kinds of bad body: 230 s beside another test file on a
    // 2-core machine, so the limit leaves room for a slower CI machine.
  }, 600_000);
});

// The Documents card's upload (issue 22): each bad file is a 400 with a message next to the file field,
// and nothing is stored (no row, no audit entry).
describe("bad files on the document upload", () => {
  const upload = (file: Blob | null, name = "order.pdf") => {
    const fd = new FormData();
    fd.set("intent", CASE_DOCUMENT_INTENTS.upload);
    fd.set("title", "IJ order");
    fd.set("kind", "ij_order");
    if (file) fd.set("file", file, name);
    return fd;
  };
  const exe = new Uint8Array(512);
  exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  const cases: [string, () => { body: BodyInit; type?: string }, RegExp][] = [
    ["a program renamed .pdf", () => ({ body: upload(new Blob([exe])) }), /Windows program/],
    [
      "a text file named .jpg",
      () => ({ body: upload(new Blob(["just words"]), "photo.jpg") }),
      /not a file type/,
    ],
    ["an empty file", () => ({ body: upload(new Blob([]), "empty.pdf") }), /empty/],
    ["no file at all", () => ({ body: upload(null) }), /Choose a file/],
    [
      "a file over 15 MB",
      () => ({ body: upload(new Blob([new Uint8Array(15 * 1024 * 1024 + 1).fill(0x25)])) }),
      /larger than 15 MB/,
    ],
    [
      "broken multipart",
      () => ({
        body: '--x\r\nContent-Disposition: form-data; name="intent"\r\n\r\nupload-case-document\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 trunc',
        type: "multipart/form-data; boundary=x",
      }),
      /could not be read/,
    ],
  ];
  it.each(cases)("%s: 400 with a message, nothing stored", async (_name, make, message) => {
    const before = snapshot();
    const { body, type } = make();
    const headers = new Headers({ cookie: cookies.admin! });
    if (type) headers.set("content-type", type);
    const req = new Request(`http://localhost/clients/${params.id}`, { method: "POST", headers, body });
    const res = await handler(req, { cspNonce: "n", requestId: "t", clientIp: "127.0.0.5" });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(message);
    expect(snapshot()).toBe(before);
  });
});

// The client's paper from /me (issue 22), through the built server as a phone would send it: each bad
// file is a 400 whose page says why in the client's language (Spanish here), and nothing is stored.
describe("bad files on the client's paper upload (/me/documents)", () => {
  let spanishClient = "";
  beforeAll(async () => {
    const firm = makeFirm("Paper firm");
    const clientId = makeClient(firm, { preferredLanguage: "es" });
    spanishClient = await sessionCookie((await makeUser(firm, "client", { clientId })).id);
  });
  const paper = (file: Blob | null, name = "foto.jpg") => {
    const fd = new FormData();
    fd.set("note", "Una fecha nueva");
    if (file) fd.set("file", file, name);
    return fd;
  };
  const exe = new Uint8Array(512);
  exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  const cases: [string, () => { body: BodyInit; type?: string }, RegExp][] = [
    [
      "a program renamed .pdf",
      () => ({ body: paper(new Blob([exe]), "orden.pdf") }),
      /no es una foto ni un PDF/,
    ],
    [
      "a program renamed .jpg",
      () => ({ body: paper(new Blob([exe]), "foto.jpg") }),
      /no es una foto ni un PDF/,
    ],
    ["an empty file", () => ({ body: paper(new Blob([])) }), /El archivo está vacío/],
    ["no file at all", () => ({ body: paper(null) }), /Primero elija una foto o un PDF/],
    [
      "a file over 15 MB",
      () => ({ body: paper(new Blob([new Uint8Array(15 * 1024 * 1024 + 1).fill(0xff)])) }),
      /demasiado grande/,
    ],
    [
      "broken multipart",
      () => ({
        body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n\xff\xd8\xff trunc',
        type: "multipart/form-data; boundary=x",
      }),
      /no llegó completo/,
    ],
    [
      "a JSON body",
      () => ({ body: JSON.stringify({ file: "x" }), type: "application/json" }),
      /no llegó completo/,
    ],
  ];
  it.each(cases)("%s: 400 in Spanish, nothing stored", async (_name, make, message) => {
    const before = snapshot();
    const count = () => (getSqlite().prepare("select count(*) n from documents").get() as { n: number }).n;
    const documentsBefore = count();
    const { body, type } = make();
    const headers = new Headers({ cookie: spanishClient });
    if (type) headers.set("content-type", type);
    const req = new Request("http://localhost/me/documents", { method: "POST", headers, body });
    const res = await handler(req, { cspNonce: "n", requestId: "t", clientIp: "127.0.0.5" });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(message);
    expect(snapshot()).toBe(before);
    expect(count()).toBe(documentsBefore);
  });
});

// Query parameter names read somewhere in the app (some loaders read the whole query at once, so
// watching .get() alone would miss them).
const QUERY_NAMES = [
  "q",
  "sort",
  "cursor",
  "phase",
  "risk",
  "nationality",
  "lawyer",
  "paralegal",
  "detained",
  "travelDoc",
  "deadlineWithin",
  "upload",
  "office",
  "map",
  "lng",
  "lang",
  "after",
  "before",
  "view",
  "from",
  "to",
  "tier",
  "t",
  "staff",
  "show",
  "kind",
  "entity",
  "date",
  "actor",
  "action",
  "country",
  "state",
  "week",
  "redirectTo",
  "index",
];
// Written as they would appear in a URL (already percent-encoded), so broken escapes reach the server.
const QUERY_VALUES: [string, string][] = [
  ["NUL", "%00"],
  ["NUL inside", "chen%00wei"],
  ["control characters", "%01%07%1B%7F%C2%85"],
  ["single quote", "%27"],
  ["double quote", "%22"],
  ["unbalanced quotes", "%22chen%27wei%22%22"],
  ["star", "*"],
  ["NEAR(", "NEAR(chen"],
  ["NEAR group", "NEAR(%22a%22%20%22b%22%2C%202)"],
  ["minus", "-"],
  ["caret", "%5Echen"],
  ["colon", "family_name%3Achen"],
  ["FTS operators", "chen%20AND%20OR%20NOT%20wei*%20%2B%20-x%20%5E%20(a)%20%7Bb%7D"],
  ["overlong UTF-8", "%C0%AF"],
  ["invalid UTF-8", "%FF"],
  ["truncated UTF-8", "%E9%99"],
  ["lone surrogate escape", "%ED%A0%80"],
  ["broken escape", "%E0%A4%A"],
  ["percent alone", "%"],
  ["very long", "x".repeat(20_000)],
  ["long unicode", "%E9%99%88".repeat(3_000)],
  ["negative number", "-1"],
  ["huge number", "99999999999999999999999"],
  ["not a date", "2026-13-45"],
  ["path traversal", "..%2F..%2Fetc%2Fpasswd"],
  ["markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"],
];

describe("bad query parameters on every loader", () => {
  it("never answers 5xx, whatever each parameter holds", async () => {
    const loaderRoutes = Object.entries(build.routes)
      .filter(([, r]) => r.module.loader)
      .map(([id]) => id);
    expect(loaderRoutes.length).toBeGreaterThan(30);
    const failures: string[] = [];
    let requests = 0;
    const started = Date.now();
    const get = async (url: string, actor: string | null) => {
      const headers = new Headers();
      if (actor) headers.set("cookie", cookies[actor]!);
      requests++;
      try {
        const res = await handler(new Request(`http://localhost${url}`, { headers, redirect: "manual" }), {
          cspNonce: "n",
          requestId: "t",
          clientIp: "127.0.0.6",
        });
        const body = await res.text();
        return { status: res.status, body };
      } catch (e) {
        return { status: 599, body: `threw ${String(e)}` };
      }
    };
    // Which names does a loader ask for? Watch URLSearchParams while it answers one plain request.
    const proto = URLSearchParams.prototype;
    const original = { get: proto.get, getAll: proto.getAll, has: proto.has };
    const read = new Set<string>();
    proto.get = function (this: URLSearchParams, name: string) {
      read.add(name);
      return original.get.call(this, name);
    };
    proto.getAll = function (this: URLSearchParams, name: string) {
      read.add(name);
      return original.getAll.call(this, name);
    };
    proto.has = function (this: URLSearchParams, name: string, value?: string) {
      read.add(name);
      return value === undefined ? original.has.call(this, name) : original.has.call(this, name, value);
    };
    const namesOf: Record<string, string[]> = {};
    try {
      for (const routeId of loaderRoutes) {
        read.clear();
        const base = urlOf(routeId).replace(/\?index$/, "");
        await get(base, actorFor(base));
        // "index" and "_…" are Remix's own, read on every request.
        namesOf[routeId] = [...read].filter((n) => n !== "index" && !n.startsWith("_"));
      }
    } finally {
      Object.assign(proto, original);
    }
    for (const routeId of loaderRoutes) {
      const base = urlOf(routeId).replace(/\?index$/, "");
      const actor = actorFor(base);
      const sep = base.includes("?") ? "&" : "?";
      const urls: [string, string][] = [];
      // Each name the loader asked for, one at a time with each value, twice (an array) and empty.
      for (const name of namesOf[routeId]!) {
        for (const [label, value] of QUERY_VALUES)
          urls.push([`${name}=${label}`, `${base}${sep}${encodeURIComponent(name)}=${value}`]);
        urls.push([`${name} twice`, `${base}${sep}${name}=a&${name}=b`]);
        urls.push([`${name} empty`, `${base}${sep}${name}=`]);
      }
      // Every name the app uses anywhere at once, with each value (for loaders that read the whole query).
      for (const [label, value] of QUERY_VALUES)
        urls.push([
          `all names=${label}`,
          `${base}${sep}${QUERY_NAMES.map((n) => `${n}=${value}`).join("&")}`,
        ]);
      for (const [label, url] of urls) {
        const { status, body } = await get(url, actor);
        if (status >= 500) failures.push(`${routeId} ${label}: ${status} ${body.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    // Each loader asked for some of its parameters by name (else the watching above broke).
    expect(Object.values(namesOf).flat().length).toBeGreaterThan(20);
    expect(requests).toBeGreaterThan(2000);
    if (process.env.BAD_INPUT_REPORT)
      console.log({ requests, seconds: (Date.now() - started) / 1000, names: namesOf });
  }, 450_000);
});
