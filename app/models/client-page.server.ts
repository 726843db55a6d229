import { and, desc, eq } from "drizzle-orm";
import { getDb } from "#db/client";
import { auditLog, users, type Client } from "#db/schema";
import { formatANumber } from "~/domain/a-number";
import { countryName } from "~/domain/countries";
import { deadlineUrgency } from "~/domain/deadlines";
import { describeAuditAction } from "~/domain/audit-actions";
import { languageName } from "~/domain/languages";
import {
  EVENT_LABELS,
  OUTCOME_LABELS,
  SOURCE_LABELS,
  STAY_KIND_LABELS,
  type EventType,
} from "~/domain/removal-events";
import {
  DOC_HOLDER_LABELS,
  DOC_KIND_LABELS,
  DOC_STATE_LABELS,
  effectiveDocState,
  maskDocNumber,
} from "~/domain/travel-documents";
import { alertsForClient, timelineNotesFor } from "./alerts.server";
import { computeDerived, firmToday } from "./client-derived.server";
import { listHearings, listRemovalEvents, listTravelDocuments } from "./case.server";
import { RECENT_PAST_CHECK_INS, listClientCheckIns, listOffices } from "./checkin.server";
import { portalStatus } from "./portal.server";
import { listClientReminders } from "./reminders.server";
import { isPortalLanguage } from "~/utils/i18n";

/** Case events shown before "Show all": a long history (hundreds of entries) stays one click away. */
export const RECENT_EVENTS = 50;

/** The client's derived case (status, deadlines, risk) as of the firm's today, for an action's checks. */
export function derivedToday(client: Client) {
  return computeDerived(getDb(), client, firmToday(client.firmId));
}

/**
 * The client page as staff see it: every card's data. `allEvents` / `allCheckIns` are the page's
 * "Show all" links; without them a long history shows its recent part and a count.
 */
export function clientPageView(
  client: Client,
  opts: { allEvents?: boolean; allCheckIns?: boolean; now?: Date } = {},
) {
  const now = opts.now ?? new Date();
  const checkIns = listClientCheckIns(client.firmId, client.id, { all: opts.allCheckIns, now });
  const nextCheckIn =
    [...checkIns.rows]
      .reverse()
      .find((c) => c.status === "scheduled" && Date.parse(c.startsAt) >= now.getTime()) ?? null;
  const page = clientPageData(client);
  return {
    ...page,
    events: opts.allEvents ? page.events : page.events.slice(0, RECENT_EVENTS),
    eventTotal: page.events.length,
    checkIns: checkIns.rows,
    checkInTotal: checkIns.total,
    checkInsHidden: checkIns.hidden,
    recentPastShown: RECENT_PAST_CHECK_INS,
    nextCheckIn,
    reminders: listClientReminders(client.firmId, client.id),
    portal: {
      ...portalStatus(client.firmId, client.id),
      translated: isPortalLanguage(client.preferredLanguage),
    },
    offices: listOffices(client.firmId).map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
  };
}

export type ClientPageView = ReturnType<typeof clientPageView>;

/** Everything the client page shows to staff, computed as of today. */
export function clientPageData(client: Client) {
  const db = getDb();
  const today = firmToday(client.firmId);
  const derived = computeDerived(db, client, today);
  const staffNames = new Map(
    db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(eq(users.firmId, client.firmId))
      .all()
      .map((u) => [u.id, u.name]),
  );
  const events = listRemovalEvents(client.firmId, client.id).map((e) => {
    const d = e.details as Record<string, string | boolean | null>;
    const facts: string[] = [];
    if (typeof d.outcome === "string") facts.push(OUTCOME_LABELS[d.outcome] ?? d.outcome);
    if (d.decisionForm === "written")
      facts.push(`written decision${d.servedOn ? `, served ${d.servedOn}` : ""}`);
    if (d.appealWaived) facts.push("appeal waived");
    if (typeof d.stayKind === "string")
      facts.push(STAY_KIND_LABELS[d.stayKind as keyof typeof STAY_KIND_LABELS] ?? d.stayKind);
    if (typeof d.endDate === "string")
      facts.push(e.type.startsWith("stay") ? `until ${d.endDate}` : `leave by ${d.endDate}`);
    if (typeof d.protectedCountry === "string")
      facts.push(`removal to ${countryName(d.protectedCountry)} barred`);
    return {
      ...e,
      label: EVENT_LABELS[e.type as EventType] ?? e.type,
      facts,
      sourceLabel: SOURCE_LABELS[e.source] ?? e.source,
    };
  });
  const hearings = listHearings(client.firmId, client.id);
  const docs = listTravelDocuments(client.firmId, client.id).map((d) => {
    const effective = effectiveDocState({ state: d.state, expiryDate: d.expiryDate, kind: d.kind }, today);
    return {
      ...d,
      kindLabel: DOC_KIND_LABELS[d.kind] ?? d.kind,
      stateLabel: DOC_STATE_LABELS[effective],
      storedStateLabel: DOC_STATE_LABELS[d.state] ?? d.state,
      holderLabel: DOC_HOLDER_LABELS[d.holder] ?? d.holder,
      country: d.issuingCountry ? countryName(d.issuingCountry) : "—",
      maskedNumber: maskDocNumber(d.number),
      history: d.history.map((h) => ({
        ...h,
        stateLabel: DOC_STATE_LABELS[h.state] ?? h.state,
        holderLabel: DOC_HOLDER_LABELS[h.holder] ?? h.holder,
      })),
    };
  });
  const audit = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
      actor: users.displayName,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      and(
        eq(auditLog.firmId, client.firmId),
        eq(auditLog.entityType, "client"),
        eq(auditLog.entityId, client.id),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(100)
    .all()
    .map((a) => ({
      ...a,
      label: describeAuditAction(a.action),
      before: a.before ? JSON.stringify(a.before) : null,
      after: a.after ? JSON.stringify(a.after) : null,
    }));
  const nextHearing =
    hearings.filter((h) => !h.cancelled && h.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0] ??
    null;
  return {
    today,
    client: {
      ...client,
      aNumberDisplay: formatANumber(client.aNumber),
      nationalityNames: client.nationalities.map(countryName),
      countryOfBirthName: client.countryOfBirth ? countryName(client.countryOfBirth) : null,
      languageName: languageName(client.preferredLanguage),
      lawyerName: client.lawyerId ? (staffNames.get(client.lawyerId) ?? "—") : null,
      paralegalName: client.paralegalId ? (staffNames.get(client.paralegalId) ?? "—") : null,
    },
    status: derived.status,
    risk: derived.risk,
    travelDoc: derived.travelDoc,
    deadlines: derived.deadlines.map((d) => ({
      ...d,
      urgency: d.mark ? d.mark.mark : deadlineUrgency(d, today),
    })),
    events,
    hearings,
    nextHearing,
    docs,
    audit,
    notes: timelineNotesFor(client.firmId, client.id),
    alerts: alertsForClient(client.firmId, client.id),
  };
}
