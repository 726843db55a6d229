import type { LoaderFunctionArgs } from "@remix-run/node";
import { eq, getTableColumns, sql } from "drizzle-orm";
import { getDb } from "#db/client";
import {
  auditLog,
  clientNationalities,
  clients,
  closureDays,
  deadlineMarks,
  firms,
  hearingPostponements,
  hearings,
  importUploads,
  invites,
  removalEvents,
  travelDocumentEvents,
  travelDocuments,
  users,
} from "#db/schema";
import { writeAudit } from "~/utils/audit.server";
import { requirePermission } from "~/utils/auth.server";

// Everything the firm owns, as JSON, for an admin: no password hashes, TOTP secrets, token hashes,
// sessions or recovery codes, and no mail bodies (they can hold one-time links).
export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "export:firm");
  const db = getDb();
  const f = user.firmId;
  const { passwordHash: _p, totpSecret: _t, totpLastStep: _s, ...userColumns } = getTableColumns(users);
  const { tokenHash: _h, ...inviteColumns } = getTableColumns(invites);
  const { content: _c, ...uploadColumns } = getTableColumns(importUploads);
  const body = {
    exportedAt: new Date().toISOString(),
    format: "casewatch-firm-export/1",
    firm: db.select().from(firms).where(eq(firms.id, f)).get(),
    users: db.select(userColumns).from(users).where(eq(users.firmId, f)).all(),
    invites: db.select(inviteColumns).from(invites).where(eq(invites.firmId, f)).all(),
    clients: db.select().from(clients).where(eq(clients.firmId, f)).all(),
    clientNationalities: db.select().from(clientNationalities).where(eq(clientNationalities.firmId, f)).all(),
    removalEvents: db.select().from(removalEvents).where(eq(removalEvents.firmId, f)).all(),
    hearings: db.select().from(hearings).where(eq(hearings.firmId, f)).all(),
    hearingPostponements: db
      .select()
      .from(hearingPostponements)
      .where(eq(hearingPostponements.firmId, f))
      .all(),
    travelDocuments: db.select().from(travelDocuments).where(eq(travelDocuments.firmId, f)).all(),
    travelDocumentEvents: db
      .select()
      .from(travelDocumentEvents)
      .where(eq(travelDocumentEvents.firmId, f))
      .all(),
    deadlineMarks: db.select().from(deadlineMarks).where(eq(deadlineMarks.firmId, f)).all(),
    closureDays: db.select().from(closureDays).where(eq(closureDays.firmId, f)).all(),
    importUploads: db.select(uploadColumns).from(importUploads).where(eq(importUploads.firmId, f)).all(),
    auditLog: db
      .select()
      .from(auditLog)
      .where(eq(auditLog.firmId, f))
      .orderBy(sql`${auditLog.id}`)
      .all(),
  };
  writeAudit(db, {
    firmId: f,
    actorUserId: user.id,
    action: "firm.exported",
    entityType: "firm",
    entityId: f,
    after: { clients: body.clients.length },
    ip: args.context?.clientIp ?? null,
  });
  return new Response(JSON.stringify(body, null, 1), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="casewatch-${user.firm.slug}-${new Date().toISOString().slice(0, 10)}.json"`,
    },
  });
}
