// The tester's matrix for writes: every route module under app/routes that exports an action, every
// intent it accepts, called by every actor who must be refused (anonymous, a client, the roles without the
// permission, and the staff of a second firm holding the first firm's ids), with the headers a same-site
// attacker's page would send. Each refusal must be a refusal (403/404/redirect to sign-in, or a 400 where
// the table says so; never 5xx) AND leave every table as it was. A positive control per action (an allowed
// actor of the first firm succeeds and changes something) proves the calls are well-formed.
//
// Actions are called directly (the module's `action`), as Remix does for a POST: a layout loader never
// runs before an action, so the action's own checks are all that stand between the request and the data.
// The Origin check lives in the Express server (app/server/main.ts) and is tested in origin.server.test.ts;
// the requests here carry our own Origin and `Sec-Fetch-Site: same-origin`, so it would let them through.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "#db/client";
import { can, type Permission } from "~/domain/permissions";
import { writeFirmExport } from "~/models/firm-export.server";
import * as backupService from "~/services/backups.server";
import { startTwoFactorChallenge } from "~/utils/login.server";
import { currentStep, totpCodeAt } from "~/utils/totp.server";
import { CHECK_IN_INTENTS } from "~/utils/checkin-schemas";
import {
  CASE_DOCUMENT_INTENTS,
  CLIENT_CHECK_IN_INTENTS,
  CLIENT_PAGE_INTENTS,
  DEADLINE_INTENTS,
  EVENT_INTENTS,
  HEARING_INTENTS,
  NOTE_INTENTS,
  PORTAL_INTENTS,
  TRAVEL_DOCUMENT_INTENTS,
} from "~/utils/client-page-intents";
import { makeFirm, TEST_PASSWORD } from "./fixtures";
import { freshCookie, makeFirmWorld, type FirmWorld, type MatrixRole } from "./second-firm";

// ---- The database digest ------------------------------------------------------------------------

// Tables left out of the digest, each for a reason:
const NOT_DIGESTED: Record<string, string> = {
  // Refused sign-ins, codes and tokens are counted here on purpose (rate limits).
  auth_failures: "rate-limit counters: a refusal is meant to count",
  // Refusals are logged on purpose (access.denied, auth.login_failed); checked below: a refusal may add
  // only those entries, never anything else.
  audit_log: "append-only log: new rows are checked against REFUSAL_AUDIT instead",
};
// lucia moves a session's idle expiry forward when it is used, so sessions are compared by (id, user)
// only: a refusal must not create or end any session.
const SESSION_COLUMNS = "id, user_id";
const REFUSAL_AUDIT = new Set([
  "access.denied",
  "auth.login_failed",
  "auth.2fa_failed",
  "auth.login_blocked",
]);

let tables: string[] = [];

function digest(): Map<string, string> {
  const db = getSqlite();
  const out = new Map<string, string>();
  for (const t of tables) {
    const cols = t === "sessions" ? SESSION_COLUMNS : "*";
    const rows = db.prepare(`select ${cols} from "${t}"`).raw().all() as unknown[][];
    const lines = rows
      .map((r) =>
        JSON.stringify(r, (_k, v: unknown) =>
          Buffer.isBuffer(v) ? v.toString("hex") : typeof v === "bigint" ? String(v) : v,
        ),
      )
      .sort();
    out.set(t, createHash("sha256").update(lines.join("\n")).digest("hex"));
  }
  return out;
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((t) => before.get(t) !== after.get(t));
}

function auditMark(): number {
  return (getSqlite().prepare("select coalesce(max(rowid), 0) m from audit_log").get() as { m: number }).m;
}
function auditSince(mark: number): string[] {
  return (
    getSqlite().prepare("select action from audit_log where rowid > ?").all(mark) as { action: string }[]
  ).map((r) => r.action);
}

// ---- Calling an action ----------------------------------------------------------------------------

type Body = Record<string, string> | { multipart: [string, string | Blob, string?][] };
type Outcome = { status: number; location: string | null; error?: string; detail?: string };
type ActionFn = (args: {
  request: Request;
  params: Record<string, string>;
  context: Record<string, unknown>;
}) => Promise<unknown>;

/** The URL path of a flat-routes file name, with its params filled in. */
function urlPath(file: string, params: Record<string, string>): string {
  const name = file.replace(/\.tsx?$/, "");
  const segs = name.split(/\.(?![^[]*\])/);
  const parts: string[] = [];
  for (const s of segs) {
    if (s.startsWith("_")) continue; // pathless layout, or _index
    const seg = s.replace(/_$/, "").replace(/\[\.\]/g, ".");
    parts.push(seg.startsWith("$") ? encodeURIComponent(params[seg.slice(1)] ?? "missing") : seg);
  }
  return "/" + parts.join("/");
}

async function callAction(
  file: string,
  action: ActionFn,
  o: { params: Record<string, string>; body: Body; cookie?: string | null; search?: string },
): Promise<Outcome> {
  const headers = new Headers({
    origin: "http://localhost",
    "sec-fetch-site": "same-origin",
    "user-agent": "vitest",
  });
  if (o.cookie) headers.set("cookie", o.cookie);
  let body: BodyInit;
  const parts = (o.body as { multipart?: unknown }).multipart;
  if (Array.isArray(parts)) {
    const fd = new FormData();
    for (const [k, v, name] of parts as [string, string | Blob, string?][]) {
      if (typeof v === "string") fd.append(k, v);
      else fd.append(k, v, name ?? "file");
    }
    body = fd;
  } else {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(o.body as Record<string, string>).toString();
  }
  const index = file.endsWith("._index.tsx") || file === "_index.tsx";
  const url = `http://localhost${urlPath(file, o.params)}${o.search ?? (index ? "?index" : "")}`;
  const request = new Request(url, { method: "POST", headers, body });
  // A new context object per call: the signed-in user is cached per context.
  const context = { cspNonce: "n", requestId: "matrix", clientIp: "127.0.0.9" };
  let res: unknown;
  try {
    res = await action({ request, params: o.params, context });
  } catch (e) {
    if (e instanceof Response) res = e;
    else
      return { status: 500, location: null, error: String(e instanceof Error ? e.stack : e).slice(0, 400) };
  }
  if (res instanceof Response) {
    const loc = res.headers.get("location");
    return {
      status: res.status,
      location: loc ? new URL(loc, "http://localhost").pathname : null,
      detail: loc ? undefined : await res.text(),
    };
  }
  if (res && typeof res === "object" && (res as { type?: string }).type === "DataWithResponseInit") {
    const r = res as { init?: { status?: number } | null; data?: unknown };
    return { status: r.init?.status ?? 200, location: null, detail: JSON.stringify(r.data) };
  }
  return { status: 200, location: null };
}

const show = (o: Outcome) =>
  (o.location ? `${o.status}→${o.location}` : String(o.status)) + (o.error ? ` ${o.error}` : "");

// ---- The table --------------------------------------------------------------------------------------

// What a refusal answers: a status, or a redirect's target path.
type Refusal = 400 | 403 | 404 | "→/login" | "→/dashboard";
type Who = Permission | "staff" | "client-self";

type Intent = {
  name: string;
  /** Who may send this intent, when stricter than the route's. */
  who?: Who;
  body: (w: FirmWorld) => Body;
  /**
   * Cross-firm probes: a second-firm actor allowed this intent sends the first firm's ids. `url` is the
   * answer when the URL (and the body) carry the first firm's ids; `body` when the URL is the attacker's
   * own record and only the form carries the first firm's ids. Absent: the intent takes no id of a record
   * (it acts only on the caller's own firm or account), so there is nothing foreign to send.
   */
  cross?: { url?: Refusal; body?: Refusal };
  /** Params that mix the attacker's own record with a foreign one (e.g. own client, foreign event). */
  mixed?: (own: FirmWorld, foreign: FirmWorld) => Record<string, string>;
};

type StaffRoute = {
  kind: "staff" | "portal";
  who: Who;
  params?: (w: FirmWorld) => Record<string, string>;
  intents: Intent[];
  /** The positive control: an allowed actor of the first firm, one intent, with that firm's ids. */
  positive: {
    intent: string;
    role: MatrixRole;
    cookie?: (w: FirmWorld) => Promise<string>;
    body?: (w: FirmWorld) => Body;
    params?: (w: FirmWorld) => Record<string, string>;
  };
};

type PublicProbe = {
  name: string;
  anonymousOnly?: boolean;
  params: (w: FirmWorld) => Record<string, string>;
  body: (w: FirmWorld) => Body;
  cookie?: (w: FirmWorld) => Promise<string | null>;
  expect: Refusal | 200;
};
type PublicRoute = {
  kind: "public";
  probes: PublicProbe[];
  positive:
    | {
        params: (w: FirmWorld) => Record<string, string>;
        body: (w: FirmWorld) => Body;
        cookie?: (w: FirmWorld) => Promise<string | null>;
      }
    | { none: string };
};
type Route = StaffRoute | PublicRoute;

const backupOperatorRule = "isBackupOperator" in backupService;
// A firm export (of a firm without users, so that importing it again never clashes on a sign-in).
let movingFirmExport: Uint8Array = new Uint8Array();
let movedFirms = 0;
const version = (table: string, id: string) =>
  String(
    (
      getSqlite().prepare(`select version from ${table} where id = ?`).get(id) as
        { version: number } | undefined
    )?.version ?? 1,
  );
const sessionRef = (w: FirmWorld) => w.users.admin.sessionId.slice(0, 16);
const schedule = (w: FirmWorld) => ({
  intent: CLIENT_CHECK_IN_INTENTS.schedule,
  kind: "ero_office",
  reportingOrder: "i220b",
  officeId: w.officeId,
  date: "2027-04-06",
  time: "10:00",
  confirmWarnings: "on",
});
const WEAK = "x".repeat(3);
const GOOD_PASSWORD = "a brand new password for the matrix";

const ACTIONS: Record<string, Route> = {
  "_staff.alerts.$id.tsx": {
    kind: "staff",
    who: "view:alerts",
    params: (w) => ({ id: w.alertId }),
    intents: [
      {
        name: "review",
        body: (w) => ({ intent: "review", clientId: w.clientId }),
        cross: { url: 404, body: 400 },
      },
      {
        name: "unreview",
        body: (w) => ({ intent: "unreview", clientId: w.clientId }),
        cross: { url: 404, body: 400 },
      },
      {
        name: "note",
        body: (w) => ({ intent: "note", clientId: w.clientId, body: "Called the client" }),
        cross: { url: 404, body: 400 },
      },
      {
        name: "correct",
        body: (w) => ({
          intent: "correct",
          version: version("alerts", w.alertId),
          relevant: "yes",
          kind: "flight",
          countries: "CN",
        }),
        cross: { url: 404 },
      },
      { name: "alert-reviewed", body: () => ({ intent: "alert-reviewed" }), cross: { url: 404 } },
      { name: "alert-unreviewed", body: () => ({ intent: "alert-unreviewed" }), cross: { url: 404 } },
    ],
    positive: { intent: "note", role: "paralegal" },
  },
  "_staff.alerts.new.tsx": {
    kind: "staff",
    who: "view:alerts",
    intents: [
      {
        name: "promote",
        body: (w) => ({ intent: "promote", articleId: w.articleId, kind: "flight", countries: "CN" }),
        cross: { url: 404 },
      },
      {
        name: "paste",
        body: () => ({
          title: "Removal flight to Guatemala",
          url: "",
          publishedOn: "2024-07-01",
          text: "ICE flew 120 Guatemalan nationals to Guatemala City on a charter removal flight.",
        }),
      },
      {
        name: "upload",
        body: () => ({
          multipart: [
            ["uploadTitle", "Flight"],
            ["uploadPublishedOn", "2024-07-02"],
            [
              "file",
              new Blob(["ICE flew 90 Hondurans to San Pedro Sula on a removal flight."], {
                type: "text/plain",
              }),
              "news.txt",
            ],
          ],
        }),
      },
    ],
    positive: { intent: "promote", role: "lawyer" },
  },
  "_staff.calendar.tsx": {
    kind: "staff",
    who: "schedule:checkin",
    intents: [
      { name: "regenerate-feed", body: () => ({ intent: "regenerate-feed" }) },
      { name: "revoke-feed", body: () => ({ intent: "revoke-feed" }) },
    ],
    positive: { intent: "revoke-feed", role: "lawyer" },
  },
  "_staff.check-ins.tsx": {
    kind: "staff",
    who: "schedule:checkin",
    intents: [
      {
        name: "bulk-reschedule",
        body: (w) => ({
          intent: "bulk-reschedule",
          officeId: w.officeId,
          fromDate: "2027-02-02",
          toDate: "2027-02-04",
          reason: "Office closed: snow",
        }),
        cross: { url: 400 },
      },
      {
        name: CHECK_IN_INTENTS.outcome,
        body: (w) => ({ intent: CHECK_IN_INTENTS.outcome, checkInId: w.checkInId, outcome: "attended" }),
        cross: { url: 404 },
      },
      {
        name: CHECK_IN_INTENTS.confirmSafe,
        body: (w) => ({ intent: CHECK_IN_INTENTS.confirmSafe, checkInId: w.checkInId }),
        cross: { url: 404 },
      },
    ],
    // Not an outcome: the check-in edit page's control below needs the check-in still scheduled.
    positive: { intent: "bulk-reschedule", role: "paralegal" },
  },
  "_staff.check-ins_.$id.tsx": {
    kind: "staff",
    who: "schedule:checkin",
    params: (w) => ({ id: w.checkInId }),
    intents: [
      {
        name: "edit",
        body: (w) => ({
          version: version("check_ins", w.checkInId),
          scope: "one",
          date: "2027-02-09",
          time: "11:00",
          officeId: w.officeId,
        }),
        cross: { url: 404, body: 400 },
      },
    ],
    // Another scheduled check-in of the firm: the queue's control above moved the first one.
    positive: {
      intent: "edit",
      role: "paralegal",
      params: (w) => ({ id: w.portalCheckInId }),
      body: (w) => ({
        version: version("check_ins", w.portalCheckInId),
        scope: "one",
        date: "2027-02-10",
        time: "11:00",
        officeId: w.officeId,
      }),
    },
  },
  "_staff.clients.$id.tsx": {
    kind: "staff",
    who: "update:client",
    params: (w) => ({ id: w.clientId }),
    intents: [
      { name: CLIENT_CHECK_IN_INTENTS.schedule, body: schedule, cross: { url: 404, body: 400 } },
      { name: PORTAL_INTENTS.invite, body: () => ({ intent: PORTAL_INTENTS.invite }), cross: { url: 404 } },
      { name: PORTAL_INTENTS.revoke, body: () => ({ intent: PORTAL_INTENTS.revoke }), cross: { url: 404 } },
      {
        name: PORTAL_INTENTS.postMessage,
        body: () => ({ intent: PORTAL_INTENTS.postMessage, body: "Your hearing moved." }),
        cross: { url: 404 },
      },
      {
        name: CLIENT_CHECK_IN_INTENTS.reminderConsent,
        body: () => ({ intent: CLIENT_CHECK_IN_INTENTS.reminderConsent, consent: "yes", via: "staff" }),
        cross: { url: 404 },
      },
      {
        name: CLIENT_CHECK_IN_INTENTS.outcome,
        body: (w) => ({
          intent: CLIENT_CHECK_IN_INTENTS.outcome,
          checkInId: w.checkInId,
          outcome: "attended",
        }),
        cross: { url: 404, body: 404 },
      },
      {
        name: CLIENT_CHECK_IN_INTENTS.confirmSafe,
        body: (w) => ({ intent: CLIENT_CHECK_IN_INTENTS.confirmSafe, checkInId: w.checkInId }),
        cross: { url: 404, body: 404 },
      },
      {
        name: NOTE_INTENTS.add,
        body: () => ({ intent: NOTE_INTENTS.add, noteBody: "Spoke with the client" }),
        cross: { url: 404 },
      },
      {
        name: EVENT_INTENTS.add,
        body: () => ({ intent: EVENT_INTENTS.add, type: "nta_filed", effectiveDate: "2024-03-01" }),
        cross: { url: 404 },
      },
      {
        name: HEARING_INTENTS.add,
        body: () => ({
          intent: HEARING_INTENTS.add,
          hearingType: "master",
          court: "Newark",
          date: "2027-05-05",
          time: "09:00",
          timeZone: "America/New_York",
        }),
        cross: { url: 404 },
      },
      {
        name: HEARING_INTENTS.postpone,
        body: (w) => ({
          intent: HEARING_INTENTS.postpone,
          hearingId: w.hearingId,
          toDate: "2027-06-01",
          reason: "Court closed",
        }),
        cross: { url: 404, body: 404 },
      },
      {
        name: HEARING_INTENTS.cancel,
        body: (w) => ({ intent: HEARING_INTENTS.cancel, hearingId: w.hearingId, reason: "Vacated" }),
        cross: { url: 404, body: 404 },
      },
      {
        name: TRAVEL_DOCUMENT_INTENTS.add,
        body: () => ({
          intent: TRAVEL_DOCUMENT_INTENTS.add,
          kind: "passport",
          state: "valid",
          holder: "client",
          effectiveDate: "2024-05-01",
        }),
        cross: { url: 404 },
      },
      {
        name: TRAVEL_DOCUMENT_INTENTS.change,
        body: (w) => ({
          intent: TRAVEL_DOCUMENT_INTENTS.change,
          documentId: w.documentId,
          state: "expired",
          holder: "client",
          effectiveDate: "2024-06-01",
        }),
        cross: { url: 404, body: 404 },
      },
      {
        name: DEADLINE_INTENTS.mark,
        body: () => ({ intent: DEADLINE_INTENTS.mark, key: "any", mark: "done" }),
        cross: { url: 404 },
      },
      {
        name: CASE_DOCUMENT_INTENTS.upload,
        body: () => ({
          multipart: [
            ["intent", CASE_DOCUMENT_INTENTS.upload],
            ["title", "Stay decision"],
            ["kind", "stay_decision"],
            ["file", new Blob(["%PDF-1.4\n% matrix\n%%EOF\n"], { type: "application/pdf" }), "stay.pdf"],
          ],
        }),
        cross: { url: 404 },
      },
      {
        name: CASE_DOCUMENT_INTENTS.attach,
        body: (w) => ({
          intent: CASE_DOCUMENT_INTENTS.attach,
          documentId: w.caseDocumentId,
          supports: `event:${w.eventId}`,
        }),
        cross: { url: 404, body: 404 },
      },
      {
        name: CASE_DOCUMENT_INTENTS.edit,
        body: (w) => ({
          intent: CASE_DOCUMENT_INTENTS.edit,
          documentId: w.caseDocumentId,
          title: "Order of supervision",
          kind: "order_of_supervision",
          documentDate: "2025-01-16",
        }),
        cross: { url: 404, body: 404 },
      },
      ...(["share", "unshare", "review", "remove", "restore"] as const).map((k) => ({
        name: CASE_DOCUMENT_INTENTS[k],
        body: (w: FirmWorld) => ({ intent: CASE_DOCUMENT_INTENTS[k], documentId: w.caseDocumentId }),
        cross: { url: 404 as const, body: 404 as const },
      })),
      {
        name: CASE_DOCUMENT_INTENTS.purge,
        who: "purge:document",
        body: (w) => ({ intent: CASE_DOCUMENT_INTENTS.purge, documentId: w.caseDocumentId }),
        cross: { url: 404, body: 404 },
      },
    ],
    positive: { intent: NOTE_INTENTS.add, role: "paralegal" },
  },
  "_staff.clients.$id_.text-messages.tsx": {
    kind: "staff",
    who: "update:client",
    params: (w) => ({ id: w.clientId }),
    intents: [
      {
        name: "consent",
        body: () => ({ intent: "consent", consent: "yes", phone: "(212) 555-0142", country: "US" }),
        cross: { url: 404 },
      },
      {
        // No text of the client exists in this fixture: the foreign client in the URL is what is refused.
        name: "read",
        body: () => ({ intent: "read", textId: "no-such-text" }),
        cross: { url: 404 },
      },
    ],
    positive: { intent: "consent", role: "paralegal" },
  },
  "_staff.clients.$id_.edit.tsx": {
    kind: "staff",
    who: "update:client",
    params: (w) => ({ id: w.clientId }),
    intents: [
      {
        name: "save",
        body: (w) => ({
          version: version("clients", w.clientId),
          familyName: "Liu",
          givenNames: "Mei Lin",
          nationalities: "CN",
          email: clientEmail(w.clientId),
          lawyerId: w.users.lawyer.id,
        }),
        cross: { url: 404, body: 400 },
      },
    ],
    positive: { intent: "save", role: "lawyer" },
  },
  "_staff.clients.$id_.events.$eventId.tsx": {
    kind: "staff",
    who: "update:client",
    params: (w) => ({ id: w.clientId, eventId: w.eventId }),
    intents: [
      {
        name: "correct",
        body: (w) => ({
          version: version("removal_events", w.eventId),
          type: "nta_filed",
          effectiveDate: "2024-01-11",
        }),
        cross: { url: 404 },
        mixed: (own, foreign) => ({ id: own.clientId, eventId: foreign.eventId }),
      },
    ],
    positive: { intent: "correct", role: "paralegal" },
  },
  "_staff.clients.import.tsx": {
    kind: "staff",
    who: "import:client",
    intents: [
      {
        name: "import",
        body: (w) => ({
          intent: "import",
          upload: w.uploadId,
          map_familyName: "0",
          map_givenNames: "1",
          mode: "valid",
        }),
        cross: { url: 404 },
      },
      {
        name: "remap",
        body: (w) => ({ intent: "remap", upload: w.uploadId, map_familyName: "0", map_givenNames: "1" }),
        cross: { url: 404 },
      },
      {
        name: "upload",
        body: () => ({
          multipart: [
            ["file", new Blob(["family_name,given_names\nZhao,Yun\n"], { type: "text/csv" }), "more.csv"],
          ],
        }),
      },
    ],
    positive: { intent: "import", role: "paralegal" },
  },
  "_staff.clients.new.tsx": {
    kind: "staff",
    who: "create:client",
    // The lawyer assigned must be of the caller's firm.
    intents: [
      {
        name: "create",
        body: (w) => ({ familyName: "Matrix", givenNames: "New", lawyerId: w.users.lawyer.id }),
        cross: { url: 400 },
      },
      // Not an intent of the form: the same call with the other firm's paralegal assigned.
      {
        name: "create (paralegal of another firm)",
        body: (w) => ({ familyName: "Matrix", givenNames: "Newer", paralegalId: w.users.paralegal.id }),
        cross: { url: 400 },
      },
    ],
    positive: { intent: "create", role: "paralegal" },
  },
  "_staff.settings._index.tsx": {
    kind: "staff",
    who: "staff",
    intents: [
      { name: "profile", body: () => ({ intent: "profile", displayName: "Renamed" }) },
      {
        name: "password",
        body: () => ({ intent: "password", currentPassword: TEST_PASSWORD, newPassword: GOOD_PASSWORD }),
      },
    ],
    positive: { intent: "profile", role: "paralegal" },
  },
  "_staff.settings.backups.tsx": {
    kind: "staff",
    who: "manage:firm",
    // Backups copy the whole installation, so only the operator firm's admin may take one; another
    // firm's admin is refused (probed only where the backup service has that rule).
    intents: [
      {
        name: "backup",
        body: () => ({ intent: "backup" }),
        ...(backupOperatorRule ? { cross: { url: 403 as const } } : {}),
      },
    ],
    positive: { intent: "backup", role: "admin" },
  },
  "_staff.settings.import.tsx": {
    kind: "staff",
    who: "export:firm",
    // Adds a firm to the installation, so only the operator firm's admin may (ADR 014), like backups.
    intents: [
      {
        name: "import",
        body: () => ({
          multipart: [
            ["slug", `moved-${++movedFirms}`],
            ["file", new Blob([movingFirmExport as BlobPart]), "firm.zip"],
          ],
        }),
        cross: { url: 403 },
      },
    ],
    positive: { intent: "import", role: "admin" },
  },
  "_staff.settings.closures.tsx": {
    kind: "staff",
    who: "update:client",
    intents: [{ name: "add", body: () => ({ date: "2027-08-19", reason: "Snow" }) }],
    positive: { intent: "add", role: "paralegal" },
  },
  "_staff.settings.sms.tsx": {
    kind: "staff",
    who: "manage:firm",
    intents: [
      {
        // Blank token: keeps a stored one; refused (400) when none is stored, as in this fixture.
        name: "save",
        body: () => ({
          intent: "save",
          accountSid: `AC${"0".repeat(32)}`,
          authToken: "",
          fromNumber: "+12125550100",
        }),
      },
      { name: "test", body: () => ({ intent: "test", phone: "+12125550101" }) },
      // Not sent by any form: the page's label for an unreadable form (res?.intent === "form"); an actor
      // without the permission is refused before it is read, like any other intent.
      { name: "form", body: () => ({ intent: "form" }) },
    ],
    positive: {
      intent: "save",
      role: "admin",
      // Storing a token needs SMS_SECRET_KEY (set for this file in beforeAll).
      body: () => ({
        intent: "save",
        accountSid: `AC${"0".repeat(32)}`,
        authToken: "0123456789abcdef0123456789abcdef",
        fromNumber: "+12125550100",
      }),
    },
  },
  "_staff.settings.feeds.tsx": {
    kind: "staff",
    who: "manage:feeds",
    intents: [
      {
        name: "add",
        body: () => ({ intent: "add", url: "http://127.0.0.1:9/other.xml", intervalMinutes: "60" }),
      },
      { name: "fetch", body: (w) => ({ intent: "fetch", feedId: w.feedId }), cross: { url: 400 } },
      { name: "pause", body: (w) => ({ intent: "pause", feedId: w.feedId }), cross: { url: 400 } },
      { name: "resume", body: (w) => ({ intent: "resume", feedId: w.feedId }), cross: { url: 400 } },
      { name: "remove", body: (w) => ({ intent: "remove", feedId: w.feedId }), cross: { url: 400 } },
    ],
    positive: { intent: "pause", role: "admin" },
  },
  "_staff.settings.firm.tsx": {
    kind: "staff",
    who: "manage:firm",
    intents: [
      {
        name: "save",
        body: () => ({ name: "Renamed firm", phone: "", email: "", timeZone: "America/New_York" }),
      },
    ],
    positive: { intent: "save", role: "admin" },
  },
  "_staff.settings.offices.tsx": {
    kind: "staff",
    who: "schedule:checkin",
    intents: [
      {
        name: "add",
        body: () => ({
          kind: "other",
          name: "Matrix office",
          address: "2 Side St",
          timeZone: "America/Chicago",
          openDays: "12345",
          opens: "08:00",
          closes: "16:00",
        }),
      },
    ],
    positive: { intent: "add", role: "paralegal" },
  },
  "_staff.settings.portal-texts.tsx": {
    kind: "staff",
    who: "update:client",
    intents: [
      {
        name: "save",
        body: () => ({ intent: "save", language: "en", key: "status.none", text: "Draft text" }),
      },
      {
        name: "approve",
        who: "approve:portal-text",
        body: () => ({ intent: "approve", language: "en", key: "status.none", text: "Approved text" }),
      },
    ],
    positive: { intent: "approve", role: "lawyer" },
  },
  "_staff.settings.security.tsx": {
    kind: "staff",
    who: "staff",
    intents: [
      { name: "start", body: () => ({ intent: "start" }) },
      { name: "confirm", body: () => ({ intent: "confirm", code: "123456" }) },
      { name: "regenerate", body: () => ({ intent: "regenerate", code: "123456" }) },
      { name: "disable", body: () => ({ intent: "disable", code: "123456" }) },
    ],
    positive: { intent: "start", role: "paralegal" },
  },
  "_staff.settings.sessions.tsx": {
    kind: "staff",
    who: "staff",
    intents: [
      { name: "end-others", body: () => ({ intent: "end-others" }) },
      // A session of the other firm's admin: refused as if it had already ended.
      { name: "end", body: (w) => ({ intent: "end", ref: sessionRef(w) }), cross: { url: 404 } },
    ],
    // The admin ends one of their own other sessions (made for this call).
    positive: { intent: "end", role: "admin", body: () => ({ intent: "end", ref: spareAdminSessionRef }) },
  },
  "_staff.settings.users.tsx": {
    kind: "staff",
    who: "manage:users",
    intents: [
      {
        name: "invite",
        body: () => ({
          intent: "invite",
          email: "new-staff@test.invalid",
          displayName: "New Staff",
          role: "paralegal",
        }),
      },
      {
        name: "role",
        body: (w) => ({ intent: "role", userId: w.spareStaffId, role: "admin" }),
        cross: { url: 404 },
      },
      {
        name: "deactivate",
        body: (w) => ({ intent: "deactivate", userId: w.spareStaffId }),
        cross: { url: 404 },
      },
      {
        name: "reactivate",
        body: (w) => ({ intent: "reactivate", userId: w.inactiveStaffId }),
        cross: { url: 404 },
      },
      {
        name: "revoke-invite",
        body: (w) => ({ intent: "revoke-invite", inviteId: w.inviteId }),
        cross: { url: 404 },
      },
    ],
    positive: { intent: "deactivate", role: "admin" },
  },
  "me._index.tsx": {
    kind: "portal",
    who: "client-self",
    intents: [
      {
        name: "will-attend",
        body: (w) => ({ intent: "will-attend", id: w.portalCheckInId }),
        cross: { url: 404 },
      },
      {
        name: "mark-read",
        body: (w) => ({ intent: "mark-read", id: w.portalMessageId }),
        cross: { url: 404 },
      },
    ],
    positive: { intent: "mark-read", role: "client" },
  },

  // The client's own paper from /me (multipart): only the signed-in client, for themself; no ids to probe.
  "me.documents.tsx": {
    kind: "portal",
    who: "client-self",
    intents: [
      {
        name: "send-paper",
        body: () => ({
          multipart: [
            [
              "file",
              new Blob(["%PDF-1.4\n% a paper from the client\n%%EOF\n"], { type: "application/pdf" }),
              "cita.pdf",
            ],
            ["note", "New date"],
          ],
        }),
      },
    ],
    positive: { intent: "send-paper", role: "client" },
  },

  // Public actions: the token in the URL, or the password, is the key; a wrong one is refused.
  // The provider's webhooks: no session; the request signature is the only key. Unsigned → 403, nothing
  // written. Signed requests (valid, forged, tampered) are tested in app/services/sms.integration.test.ts.
  "sms.inbound.tsx": {
    kind: "public",
    probes: [
      {
        name: "an unsigned inbound text claiming to confirm",
        params: () => ({}),
        body: () => ({ MessageSid: `SM${"1".repeat(32)}`, From: "+12125550142", Body: "1" }),
        expect: 403,
      },
    ],
    positive: {
      none: "a positive call needs the provider's signature header, which this matrix does not send",
    },
  },
  "sms.status.tsx": {
    kind: "public",
    probes: [
      {
        name: "an unsigned delivery status",
        params: () => ({}),
        body: () => ({ MessageSid: `SM${"2".repeat(32)}`, MessageStatus: "delivered" }),
        expect: 403,
      },
    ],
    positive: {
      none: "a positive call needs the provider's signature header, which this matrix does not send",
    },
  },
  "setup.tsx": {
    kind: "public",
    probes: [
      {
        name: "first-run setup once a firm exists",
        params: () => ({}),
        body: () => ({
          setupCode: "wrong",
          firmName: "Intruder",
          firmSlug: "intruder",
          displayName: "X",
          email: "x@test.invalid",
          password: GOOD_PASSWORD,
        }),
        expect: "→/login",
      },
    ],
    positive: { none: "setup only works while the database has no firm; this fixture has two" },
  },
  "setup_.import.tsx": {
    kind: "public",
    probes: [
      {
        name: "first-run import once a firm exists",
        params: () => ({}),
        body: () => ({ setupCode: "wrong" }),
        expect: "→/login",
      },
    ],
    positive: {
      none: "the first-run import only works while the database has no firm; this fixture has two",
    },
  },
  "login.tsx": {
    kind: "public",
    probes: [
      {
        name: "first firm's admin, wrong password",
        params: () => ({}),
        body: (w) => ({ identifier: w.users.admin.email, password: "not the password at all" }),
        expect: 400,
      },
      {
        name: "unknown account",
        params: () => ({}),
        body: () => ({ identifier: "nobody@test.invalid", password: TEST_PASSWORD }),
        expect: 400,
      },
      {
        name: "deactivated account, right password",
        params: () => ({}),
        body: (w) => ({ identifier: emailOfUser(w.inactiveStaffId), password: TEST_PASSWORD }),
        expect: 400,
      },
    ],
    positive: {
      params: () => ({}),
      body: (w) => ({ identifier: w.users.lawyer.email, password: TEST_PASSWORD }),
    },
  },
  "login_.2fa.tsx": {
    kind: "public",
    probes: [
      { name: "no challenge", params: () => ({}), body: () => ({ code: "123456" }), expect: "→/login" },
      {
        name: "first firm's challenge, wrong code",
        params: () => ({}),
        body: () => ({ code: "000000" }),
        cookie: async (w) => challengeCookie(w.totpUser.id),
        expect: 400,
      },
      {
        name: "first firm's challenge, wrong recovery code",
        params: () => ({}),
        body: () => ({ recoveryCode: "aaaa-bbbb" }),
        cookie: async (w) => challengeCookie(w.totpUser.id),
        expect: 400,
      },
    ],
    positive: {
      params: () => ({}),
      body: (w) => ({ code: totpCodeAt(w.totpUser.secret, currentStep()) }),
      cookie: async (w) => challengeCookie(w.totpUser.id),
    },
  },
  "logout.tsx": {
    kind: "public",
    // Signed in, logout ends the caller's own session (allowed): only the signed-out call is a refusal.
    probes: [
      { name: "not signed in", anonymousOnly: true, params: () => ({}), body: () => ({}), expect: "→/login" },
    ],
    positive: { params: () => ({}), body: () => ({}), cookie: async (w) => freshCookie(w.users.lawyer.id) },
  },
  "forgot-password.tsx": {
    kind: "public",
    // Answers "sent" whether or not the account exists (so it cannot be used to find accounts): 200, nothing written.
    probes: [
      {
        name: "unknown address",
        params: () => ({}),
        body: () => ({ email: "nobody-here@test.invalid" }),
        expect: 200,
      },
    ],
    positive: { params: () => ({}), body: (w) => ({ email: w.users.admin.email }) },
  },
  "invite.$token.tsx": {
    kind: "public",
    probes: [
      {
        name: "made-up token",
        params: () => ({ token: "not-a-real-token" }),
        body: () => ({ displayName: "X", password: GOOD_PASSWORD }),
        expect: 400,
      },
      {
        name: "first firm's invitation, weak password",
        params: (w) => ({ token: w.inviteToken }),
        body: () => ({ displayName: "X", password: WEAK }),
        expect: 400,
      },
    ],
    positive: {
      params: (w) => ({ token: w.inviteToken }),
      body: () => ({ displayName: "Invitee", password: GOOD_PASSWORD }),
    },
  },
  "portal.$token.tsx": {
    kind: "public",
    probes: [
      {
        name: "made-up token",
        params: () => ({ token: "not-a-real-token" }),
        body: () => ({ password: GOOD_PASSWORD }),
        expect: 400,
      },
      {
        name: "first firm's portal invitation, weak password",
        params: (w) => ({ token: w.portalToken }),
        body: () => ({ password: WEAK }),
        expect: 400,
      },
    ],
    positive: { params: (w) => ({ token: w.portalToken }), body: () => ({ password: GOOD_PASSWORD }) },
  },
  "reset-password.$token.tsx": {
    kind: "public",
    probes: [
      {
        name: "made-up token",
        params: () => ({ token: "not-a-real-token" }),
        body: () => ({ password: GOOD_PASSWORD }),
        expect: 400,
      },
      {
        name: "first firm's reset link, weak password",
        params: (w) => ({ token: w.resetToken }),
        body: () => ({ password: WEAK }),
        expect: 400,
      },
    ],
    positive: { params: (w) => ({ token: w.resetToken }), body: () => ({ password: GOOD_PASSWORD }) },
  },
};

function clientEmail(id: string): string {
  return (getSqlite().prepare("select email from clients where id = ?").get(id) as { email: string }).email;
}
/** What the first firm holds that the second firm's users never send: names of its client, firm and staff. */
function firmASecrets(): string[] {
  const db = getSqlite();
  const c = db.prepare("select family_name f, given_names g from clients where id = ?").get(A.clientId) as {
    f: string;
    g: string;
  };
  const staff = db.prepare("select display_name d from users where firm_id = ?").all(A.firmId) as {
    d: string;
  }[];
  return [
    c.f,
    (db.prepare("select name from firms where id = ?").get(A.firmId) as { name: string }).name,
    ...staff.map((s) => s.d),
  ];
}
function emailOfUser(id: string): string {
  return (getSqlite().prepare("select email from users where id = ?").get(id) as { email: string }).email;
}
function challengeCookie(userId: string): string {
  return startTwoFactorChallenge(userId).split(";")[0]!;
}

// ---- Fixture -------------------------------------------------------------------------------------------

let A: FirmWorld; // the victim firm
let B: FirmWorld; // the attacker's firm
let spareAdminSessionRef = "";
const modules = new Map<string, ActionFn>();
const ROUTES_DIR = path.resolve("app/routes");
const IGNORED = [/\.server\./, /\.test\./, /^__/];

const savedEnv = { ...process.env };
afterAll(() => {
  if (process.env.BACKUP_DIR?.includes("casewatch-matrix-backups-"))
    fs.rmSync(process.env.BACKUP_DIR, { recursive: true, force: true });
  for (const k of [
    "RATE_LIMIT_IP_MAX",
    "RATE_LIMIT_ACCOUNT_MAX",
    "BACKUP_DIR",
    "BACKUP_OPERATOR_FIRM",
    "SMTP_URL",
  ]) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

beforeAll(async () => {
  process.env.RATE_LIMIT_IP_MAX = "1000000";
  process.env.RATE_LIMIT_ACCOUNT_MAX = "1000000";
  process.env.BACKUP_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-matrix-backups-"));
  delete process.env.SMTP_URL;
  // The SMS settings' positive control stores an (encrypted) token; no provider is ever called here.
  process.env.SMS_SECRET_KEY = "a matrix-only key that is long enough to use";
  delete process.env.TWILIO_AUTH_TOKEN;
  for (const file of fs.readdirSync(ROUTES_DIR).sort()) {
    if (!/\.tsx?$/.test(file) || IGNORED.some((re) => re.test(file))) continue;
    const mod = (await import(/* @vite-ignore */ path.join(ROUTES_DIR, file))) as { action?: ActionFn };
    if (typeof mod.action === "function") modules.set(file, mod.action);
  }
  A = await makeFirmWorld("Firm A", makeFirm("Firm A"));
  B = await makeFirmWorld("Firm B", makeFirm("Firm B"));
  const exportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "casewatch-matrix-export-")), "f.zip");
  await writeFirmExport(makeFirm("Moving firm"), exportFile);
  movingFirmExport = new Uint8Array(fs.readFileSync(exportFile));
  process.env.BACKUP_OPERATOR_FIRM = (
    getSqlite().prepare("select slug from firms where id = ?").get(A.firmId) as { slug: string }
  ).slug;
  tables = (
    getSqlite()
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((t) => !(t in NOT_DIGESTED));
}, 60_000);

// ---- The matrix ------------------------------------------------------------------------------------------

type Probe = {
  label: string;
  file: string;
  params: Record<string, string>;
  body: Body;
  cookie: string | null;
  expect: Refusal | 200;
  search?: string;
};

function allowed(who: Who, role: MatrixRole): boolean {
  if (who === "client-self") return role === "client";
  if (who === "staff") return role !== "client";
  return can(role, who);
}

function refusalFor(route: StaffRoute): Refusal {
  // Staff on a client's own page are sent to their dashboard; anyone else lacking the permission gets 403.
  return route.kind === "portal" ? "→/dashboard" : 403;
}

function staffProbes(file: string, route: StaffRoute): Probe[] {
  const probes: Probe[] = [];
  const params = (w: FirmWorld) => route.params?.(w) ?? {};
  for (const intent of route.intents) {
    const who = intent.who ?? route.who;
    const base = { file, params: params(A), body: intent.body(A) };
    probes.push({ ...base, label: `anonymous ${intent.name}`, cookie: null, expect: "→/login" });
    for (const role of ["client", "paralegal", "lawyer", "admin"] as MatrixRole[]) {
      if (allowed(who, role)) {
        // The second firm's actor, allowed this intent in their own firm, with the first firm's ids.
        if (intent.cross?.url)
          probes.push({
            ...base,
            label: `firm B ${role} ${intent.name}, firm A ids`,
            cookie: B.users[role].cookie,
            expect: intent.cross.url,
          });
        if (intent.cross?.body)
          probes.push({
            file,
            params: params(B),
            body: intent.body(A),
            label: `firm B ${role} ${intent.name}, own URL, firm A ids in the form`,
            cookie: B.users[role].cookie,
            expect: intent.cross.body,
          });
        if (intent.mixed)
          probes.push({
            file,
            params: intent.mixed(B, A),
            body: intent.body(A),
            label: `firm B ${role} ${intent.name}, own record with firm A's in the URL`,
            cookie: B.users[role].cookie,
            expect: intent.cross?.url ?? 404,
          });
      } else {
        // A role without the permission: refused in the other firm and in its own.
        const expect = refusalFor(route);
        probes.push({
          ...base,
          label: `firm B ${role} ${intent.name}`,
          cookie: B.users[role].cookie,
          expect,
        });
        probes.push({
          ...base,
          label: `firm A ${role} ${intent.name}`,
          cookie: A.users[role].cookie,
          expect,
        });
      }
    }
  }
  return probes;
}

async function publicProbes(file: string, route: PublicRoute): Promise<Probe[]> {
  const probes: Probe[] = [];
  for (const p of route.probes) {
    const cookie = p.cookie ? await p.cookie(A) : null;
    probes.push({
      file,
      params: p.params(A),
      body: p.body(A),
      cookie,
      expect: p.expect,
      label: `anonymous: ${p.name}`,
    });
    // The same request from a signed-in user of the second firm (their session cookie added).
    if (p.anonymousOnly) continue;
    const withB = [cookie, B.users.admin.cookie].filter(Boolean).join("; ");
    probes.push({
      file,
      params: p.params(A),
      body: p.body(A),
      cookie: withB,
      expect: p.expect,
      label: `firm B admin: ${p.name}`,
    });
  }
  return probes;
}

const matches = (o: Outcome, e: Refusal | 200) =>
  typeof e === "string"
    ? o.status >= 300 && o.status < 400 && `→${o.location}` === e
    : o.status === e && !o.location;

describe("action matrix: every action × intent × actor who must be refused", () => {
  it("has a row for every route module that exports an action, and none for a route without one", () => {
    expect([...modules.keys()].filter((f) => !(f in ACTIONS))).toEqual([]);
    expect(Object.keys(ACTIONS).filter((f) => !modules.has(f))).toEqual([]);
  });

  it("lists every intent a route's source names", () => {
    // Intents are read from the source (`intent === "x"`, `case "x":`, `value="x"` on an intent button)
    // so an intent added later without a line in the table fails here.
    const missing: string[] = [];
    for (const [file, route] of Object.entries(ACTIONS)) {
      if (route.kind === "public") continue;
      const src = fs.readFileSync(path.join(ROUTES_DIR, file), "utf8");
      const named = new Set<string>();
      for (const m of src.matchAll(
        /intent(?:Result)?\)? === "([a-z-]+)"|get\("intent"\) === "([a-z-]+)"|case "([a-z-]+)":|name="intent" value="([a-z-]+)"/g,
      ))
        named.add(m[1] ?? m[2] ?? m[3] ?? m[4]!);
      // The check-in intents the queue hands to checkInIntent.
      if (src.includes("checkInIntent("))
        [CHECK_IN_INTENTS.outcome, CHECK_IN_INTENTS.confirmSafe].forEach((i) => named.add(i));
      // The client page's cards (app/routes/__client-page/) answer the intents it lists.
      if (file === "_staff.clients.$id.tsx") CLIENT_PAGE_INTENTS.forEach((i) => named.add(i));
      const listed = new Set(route.intents.map((i) => i.name));
      for (const n of named) if (!listed.has(n)) missing.push(`${file}: ${n}`);
    }
    expect(missing).toEqual([]);
  });

  it("refuses each call and leaves the database as it was", async () => {
    const failures: string[] = [];
    const intentCount = new Set<string>();
    let calls = 0;
    const byKind: Record<string, number> = {};
    const started = Date.now();
    for (const [file, route] of Object.entries(ACTIONS)) {
      const action = modules.get(file);
      if (!action) continue;
      if (route.kind === "public") route.probes.forEach((p) => intentCount.add(`${file}#${p.name}`));
      // A variant ("create (…)") is another probe of the same intent, not an intent of its own.
      else route.intents.forEach((i) => intentCount.add(`${file}#${i.name.replace(/ \(.*\)$/, "")}`));
      const probes = route.kind === "public" ? await publicProbes(file, route) : staffProbes(file, route);
      for (const p of probes) {
        const before = digest();
        const mark = auditMark();
        const got = await callAction(file, action, p);
        calls++;
        const kind =
          route.kind === "public"
            ? "public"
            : p.label.startsWith("anonymous")
              ? "anonymous"
              : p.label.includes("firm A ids") || p.label.includes("firm A's")
                ? "cross-firm"
                : "without the permission";
        byKind[kind] = (byKind[kind] ?? 0) + 1;
        const where = `${file} — ${p.label}`;
        if (got.status >= 500) failures.push(`${where}: server error ${show(got)}`);
        else if (!matches(got, p.expect)) failures.push(`${where}: expected ${p.expect}, got ${show(got)}`);
        const changed = changedTables(before, digest());
        if (changed.length)
          failures.push(`${where}: answered ${show(got)} but changed ${changed.join(", ")}`);
        // A refusal must not tell the caller anything of the first firm they did not send themselves.
        const leaked =
          p.cookie?.includes(B.users.admin.cookie) ||
          Object.values(B.users).some((u) => p.cookie === u.cookie)
            ? firmASecrets().filter((x) => got.detail?.includes(x))
            : [];
        if (leaked.length) failures.push(`${where}: the answer shows the first firm's ${leaked.join(", ")}`);
        const logged = auditSince(mark).filter((a) => !REFUSAL_AUDIT.has(a));
        if (logged.length)
          failures.push(`${where}: answered ${show(got)} but the audit log recorded ${logged.join(", ")}`);
      }
    }
    console.log(
      `action matrix: ${modules.size} action routes, ${intentCount.size} intents, ${calls} calls, ${failures.length ? `${failures.length} NOT refused` : "all refused"} (${Object.entries(
        byKind,
      )
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")}; ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it("lets the allowed actor of the firm succeed, so each refusal above is not just a broken request", async () => {
    const failures: string[] = [];
    // A second session of the first firm's admin, for the sessions page's control to end.
    const known = new Set(
      (
        getSqlite().prepare("select id from sessions where user_id = ?").all(A.users.admin.id) as {
          id: string;
        }[]
      ).map((r) => r.id),
    );
    await freshCookie(A.users.admin.id);
    const spare = (
      getSqlite().prepare("select id from sessions where user_id = ?").all(A.users.admin.id) as {
        id: string;
      }[]
    ).find((r) => !known.has(r.id));
    expect(spare).toBeTruthy();
    spareAdminSessionRef = spare!.id.slice(0, 16);
    for (const [file, route] of Object.entries(ACTIONS)) {
      const action = modules.get(file);
      if (!action) continue;
      let probe: Probe;
      if (route.kind === "public") {
        if ("none" in route.positive) continue;
        probe = {
          file,
          label: "positive",
          params: route.positive.params(A),
          body: route.positive.body(A),
          cookie: route.positive.cookie ? await route.positive.cookie(A) : null,
          expect: 200,
        };
      } else {
        const pos = route.positive;
        const intent = route.intents.find((i) => i.name === pos.intent)!;
        expect(intent, `${file}: positive intent ${pos.intent}`).toBeTruthy();
        expect(allowed(intent.who ?? route.who, pos.role), `${file}: ${pos.role} may ${pos.intent}`).toBe(
          true,
        );
        probe = {
          file,
          label: "positive",
          params: pos.params?.(A) ?? route.params?.(A) ?? {},
          body: pos.body ? pos.body(A) : intent.body(A),
          cookie: pos.cookie ? await pos.cookie(A) : A.users[pos.role].cookie,
          expect: 200,
        };
      }
      const before = digest();
      const got = await callAction(file, action, probe);
      const changed = changedTables(before, digest());
      if (
        got.status >= 400 ||
        (got.location === "/login" && file !== "logout.tsx" && file !== "reset-password.$token.tsx")
      )
        failures.push(`${file}: the allowed call answered ${show(got)} ${got.detail?.slice(0, 300) ?? ""}`);
      else if (!changed.length)
        failures.push(`${file}: the allowed call answered ${show(got)} but changed nothing`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
