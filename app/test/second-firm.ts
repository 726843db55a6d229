// Two firms of case data for the action matrix (app/test/action-matrix.test.ts): each firm has an admin,
// a lawyer, a paralegal and a client user, and one of every record an action takes an id of, so a call
// made by one firm with the other firm's ids reaches the same code a real attacker's would.
// Rows are made through the model functions where they exist, so indexes and derived values are real.
import { eq } from "drizzle-orm";
import { getDb } from "#db/client";
import { invites, passwordResets, users, type Role } from "#db/schema";
import { addTimelineNote, ingestArticle } from "~/models/alerts.server";
import { regenerateFeed } from "~/models/calendar.server";
import { addClosure, addHearing, addRemovalEvent, addTravelDocument } from "~/models/case.server";
import { addOffice, scheduleCheckIns } from "~/models/checkin.server";
import { saveUpload } from "~/models/client-import.server";
import { createClient } from "~/models/client.server";
import { uploadDocument } from "~/models/documents.server";
import { addFeed } from "~/models/feeds.server";
import { createPortalInvite, savePortalText } from "~/models/portal.server";
import { clientFormSchema } from "~/utils/client-schema";
import { createId, createToken, sha256Hex } from "~/utils/crypto.server";
import { generateTotpSecret } from "~/utils/totp.server";
import { createSession, sessionCookieName } from "~/utils/session.server";
import { makeAlert, makeMessage, makeUser } from "./fixtures";

export type MatrixRole = "admin" | "lawyer" | "paralegal" | "client";
export const MATRIX_ROLES: MatrixRole[] = ["admin", "lawyer", "paralegal", "client"];

export type Login = { id: string; email: string; cookie: string; sessionId: string; clientId: string | null };

/** Every id of one firm that a route's URL or form can carry. */
export type FirmWorld = {
  name: string;
  firmId: string;
  users: Record<MatrixRole, Login>;
  /** A second staff member, target of the role/deactivate/reactivate calls (never signs in here). */
  spareStaffId: string;
  /** A deactivated staff member, target of "reactivate". */
  inactiveStaffId: string;
  /** A staff user with two-step sign-in on, for /login/2fa. */
  totpUser: { id: string; email: string; secret: string };
  /** A client with email and a Chinese nationality (so the firm's alert matches it). */
  clientId: string;
  eventId: string;
  hearingId: string;
  documentId: string;
  /** A case document (issue 22) of `clientId`, not attached to anything. */
  caseDocumentId: string;
  /** A scheduled check-in of `clientId` at the firm's own office. */
  checkInId: string;
  officeId: string;
  /** The client user's own records (what /me acts on). */
  portalCheckInId: string;
  portalMessageId: string;
  alertId: string;
  /** An article of the firm that is not an alert yet (for "promote"). */
  articleId: string;
  feedId: string;
  uploadId: string;
  inviteId: string;
  inviteToken: string;
  resetToken: string;
  portalToken: string;
  closureDate: string;
};

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

async function login(userId: string): Promise<{ cookie: string; sessionId: string }> {
  const { cookie, sessionId } = await createSession(userId, { ip: "127.0.0.1", userAgent: "vitest" });
  const token = cookie.split(";")[0]!.split("=")[1]!;
  return { cookie: `${sessionCookieName()}=${token}`, sessionId };
}

/** A fresh signed-in session for a user (for calls that end the session they use). */
export async function freshCookie(userId: string): Promise<string> {
  return (await login(userId)).cookie;
}

function emailOf(userId: string): string {
  return getDb().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email!;
}

async function signedIn(firmId: string, role: Role): Promise<Login> {
  const u = await makeUser(firmId, role);
  return { id: u.id, clientId: u.clientId, email: emailOf(u.id), ...(await login(u.id)) };
}

export async function makeFirmWorld(name: string, firmId: string): Promise<FirmWorld> {
  const db = getDb();
  const admin = await signedIn(firmId, "admin");
  const lawyer = await signedIn(firmId, "lawyer");
  const paralegal = await signedIn(firmId, "paralegal");
  const client = await signedIn(firmId, "client");
  const actor = { id: admin.id, firmId, ip: "127.0.0.1" };

  const spareStaffId = (await makeUser(firmId, "paralegal")).id;
  const inactiveStaffId = (await makeUser(firmId, "lawyer", { active: false })).id;
  const secret = generateTotpSecret();
  const totp = await makeUser(firmId, "lawyer", {
    totpSecret: secret,
    totpEnabledAt: new Date().toISOString(),
  });

  const input = clientFormSchema.parse({
    familyName: `Liu${name.replace(/\W/g, "")}`,
    givenNames: "Mei",
    nationalities: "CN",
    email: `mei-${unique()}@test.invalid`,
    lawyerId: lawyer.id,
    paralegalId: paralegal.id,
  });
  const created = createClient(actor, input);
  if (!created.ok) throw new Error(`fixture client not created: ${JSON.stringify(created)}`);
  const clientId = created.id;
  const eventId = addRemovalEvent(actor, clientId, {
    type: "nta_filed",
    effectiveDate: "2024-01-10",
    details: {},
    court: null,
    notes: null,
    source: "other",
    verifiedOn: null,
  });
  const hearingId = addHearing(actor, clientId, {
    hearingType: "master",
    court: "New York Immigration Court",
    judge: null,
    date: "2027-03-01",
    time: "09:00",
    timeZone: "America/New_York",
    mode: "in_person",
    notes: null,
  });
  const caseDoc = await uploadDocument(actor, clientId, {
    title: `Order of supervision (${name})`,
    kind: "order_of_supervision",
    documentDate: "2025-01-15",
    bytes: new TextEncoder().encode(`%PDF-1.4\n% ${name}\ntrailer<<>>\n%%EOF\n`),
    originalName: "i-220b.pdf",
  });
  if (!caseDoc.ok) throw new Error(caseDoc.reason);
  const documentId = addTravelDocument(
    actor,
    clientId,
    {
      kind: "passport",
      issuingCountry: "CN",
      number: null,
      issueDate: null,
      expiryDate: null,
      holder: "client",
      state: "valid",
      notes: null,
    },
    "2024-02-01",
  );
  const officeId = addOffice(actor, {
    kind: "other",
    name: `${name} office`,
    address: "1 Main St",
    timeZone: "America/New_York",
    openDays: "12345",
    opens: "08:00",
    closes: "16:00",
  });
  const [checkInId] = scheduleCheckIns(actor, clientId, {
    kind: "ero_office",
    reportingOrder: "i220b",
    officeId,
    timeZone: "America/New_York",
    date: "2027-02-02",
    time: "10:00",
    bring: null,
    lawyerAccompanies: false,
    notes: null,
    recurrence: null,
  });
  const [portalCheckInId] = scheduleCheckIns(actor, client.clientId!, {
    kind: "ero_office",
    reportingOrder: "i220b",
    officeId,
    timeZone: "America/New_York",
    date: "2027-02-03",
    time: "10:00",
    bring: null,
    lawyerAccompanies: false,
    notes: null,
    recurrence: null,
  });
  const portalMessageId = makeMessage(firmId, client.clientId!);
  const alertId = makeAlert(firmId);
  addTimelineNote(actor, clientId, "Seen the flight news", alertId);
  const article = ingestArticle(actor, {
    source: "pasted",
    title: `Weather report ${unique()}`,
    body: `Rain is expected across the city on Tuesday. ${unique()}`,
    publishedOn: "2024-06-25",
  });
  const feed = addFeed(actor, {
    url: `http://127.0.0.1:9/${unique()}.xml`,
    title: "Local feed",
    intervalMinutes: 60,
  });
  if (!feed.ok) throw new Error("fixture feed not added");
  const upload = saveUpload(actor, "clients.csv", "family_name,given_names\nWang,Lei\n");
  if ("error" in upload) throw new Error(upload.error);
  const inviteToken = createToken();
  const inviteId = createId();
  db.insert(invites)
    .values({
      id: inviteId,
      firmId,
      email: `invitee-${unique()}@test.invalid`,
      displayName: "Invitee",
      role: "paralegal",
      tokenHash: sha256Hex(inviteToken),
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      createdBy: admin.id,
    })
    .run();
  const resetToken = createToken();
  db.insert(passwordResets)
    .values({
      id: createId(),
      userId: paralegal.id,
      tokenHash: sha256Hex(resetToken),
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    })
    .run();
  // The case client (not the client user) has a pending portal invitation.
  const portalToken = createPortalInvite(actor, clientId);
  const closureDate = `2027-0${name.length % 2 ? 6 : 7}-14`;
  addClosure(actor, closureDate, "Office closed");
  savePortalText(
    { ...actor, role: "admin" },
    "en",
    "status.none",
    `Your case has not started (${name}).`,
    true,
  );
  for (const u of [admin, lawyer, paralegal]) regenerateFeed({ id: u.id, firmId, ip: null });

  return {
    name,
    firmId,
    users: { admin, lawyer, paralegal, client },
    spareStaffId,
    inactiveStaffId,
    totpUser: { id: totp.id, email: emailOf(totp.id), secret },
    clientId,
    eventId,
    hearingId,
    documentId,
    caseDocumentId: caseDoc.id,
    checkInId: checkInId!,
    officeId,
    portalCheckInId: portalCheckInId!,
    portalMessageId,
    alertId,
    articleId: article.articleId,
    feedId: feed.id,
    uploadId: upload.id,
    inviteId,
    inviteToken,
    resetToken,
    portalToken,
    closureDate,
  };
}
