import { and, asc, eq, gte, sql } from "drizzle-orm";
import { prepared, type Db, type Tx } from "#db/client";
import {
  checkIns,
  clientDeadlines,
  clientNationalities,
  clients,
  closureDays,
  deadlineMarks,
  hearings,
  offices,
  removalEvents,
  travelDocuments,
  type Client,
} from "#db/schema";
import { addDays, todayIn, type IsoDate } from "~/domain/dates";
import { computeDeadlines, deadlineUrgency, type Deadline } from "~/domain/deadlines";
import type { Closure } from "~/domain/federal-holidays";
import type { EventType, RemovalEvent } from "~/domain/removal-events";
import { FLIGHT_RANK, flightProfile, type FlightProfile } from "~/domain/flight-risk";
import { deriveRemovalStatus, type RemovalStatus } from "~/domain/removal-status";
import { RISK_RANK, computeRisk, type Detention, type Risk } from "~/domain/risk";
import { searchTerms } from "~/domain/search-terms";
import { syncNameTokens } from "./name-tokens.server";
import {
  overallTravelDocState,
  type OverallTravelDocState,
  type TravelDocument,
} from "~/domain/travel-documents";
import { sortNameOf, syncClientAlerts } from "./alert-matching.server";
import { clientsChanged } from "./firm-counts.server";
import { isSupportedTimeZone } from "~/utils/time-zones";
import { env } from "~/utils/env.server";

// The values derived from a client's history, recomputed inside every write transaction that changes
// the history (and daily, since time alone moves them), then cached on the client row.
export const FIRM_TIME_ZONE = "America/New_York";

/** The installation's zone: FIRM_TIME_ZONE, else America/New_York. Firms that chose none use it. */
export function installationTimeZone(): string {
  return env.firmTimeZone ?? FIRM_TIME_ZONE;
}

/** The zone whose calendar date is "today" for the firm: its own (Settings → Firm), else the installation's. */
export function firmTimeZone(firmId?: string | null): string {
  if (firmId) {
    const zone = prepared("select time_zone from firms where id = ?").pluck().get(firmId) as
      string | null | undefined;
    // Validated when saved; a zone this runtime no longer knows falls back rather than failing every page.
    if (zone && isSupportedTimeZone(zone)) return zone;
  }
  return installationTimeZone();
}

/**
 * "Today" for deadlines, risk and "overdue": the firm's calendar date. Without a firm (commands that
 * serve no firm), the installation's. A firm before the courts of Guam is a day ahead of New York for
 * most of the day, so pass the firm wherever one is at hand.
 */
export function firmToday(firmId?: string | null, now: Date = new Date()): IsoDate {
  return todayIn(firmTimeZone(firmId), now);
}

export function loadClosures(db: Db | Tx, firmId: string): Closure[] {
  return db
    .select({ date: closureDays.date, reason: closureDays.reason })
    .from(closureDays)
    .where(eq(closureDays.firmId, firmId))
    .all();
}

export function loadEvents(db: Db | Tx, clientId: string): RemovalEvent[] {
  return db
    .select({
      id: removalEvents.id,
      type: removalEvents.type,
      effectiveDate: removalEvents.effectiveDate,
      details: removalEvents.details,
      seq: removalEvents.seq,
    })
    .from(removalEvents)
    .where(eq(removalEvents.clientId, clientId))
    .orderBy(asc(removalEvents.effectiveDate), asc(removalEvents.seq))
    .all()
    .map((e) => ({ ...e, type: e.type as EventType, details: e.details as RemovalEvent["details"] }));
}

export function loadDocs(db: Db | Tx, clientId: string): TravelDocument[] {
  return db
    .select({
      id: travelDocuments.id,
      kind: travelDocuments.kind,
      issuingCountry: travelDocuments.issuingCountry,
      state: travelDocuments.state,
      holder: travelDocuments.holder,
      issueDate: travelDocuments.issueDate,
      expiryDate: travelDocuments.expiryDate,
    })
    .from(travelDocuments)
    .where(eq(travelDocuments.clientId, clientId))
    .all() as TravelDocument[];
}

export function detentionOf(
  c: Pick<Client, "detentionStatus" | "detentionFacility" | "detentionSince" | "releaseForm">,
): Detention {
  if (c.detentionStatus === "detained")
    return { status: "detained", facility: c.detentionFacility, since: c.detentionSince };
  if (c.detentionStatus === "released")
    return { status: "released", form: c.releaseForm, since: c.detentionSince };
  return { status: "not_detained" };
}

/** The check-in record the risk rules use: missed check-ins in the last 12 months, and the next one. */
export function checkInRecord(db: Db | Tx, clientId: string, asOf: IsoDate) {
  const since = addDays(asOf, -365);
  const missed =
    db
      .select({ n: sql<number>`count(*)` })
      .from(checkIns)
      .where(
        and(eq(checkIns.clientId, clientId), eq(checkIns.status, "missed"), gte(checkIns.localDate, since)),
      )
      .get()?.n ?? 0;
  const next = db
    .select({ date: checkIns.localDate, office: offices.name })
    .from(checkIns)
    .leftJoin(offices, eq(offices.id, checkIns.officeId))
    .where(
      and(eq(checkIns.clientId, clientId), eq(checkIns.status, "scheduled"), gte(checkIns.localDate, asOf)),
    )
    .orderBy(asc(checkIns.startsAt))
    .limit(1)
    .get();
  return { missedLastYear: missed, nextCheckIn: next?.date ?? null, nextCheckInOffice: next?.office ?? null };
}

export type Derived = {
  status: RemovalStatus;
  deadlines: (Deadline & {
    mark: { mark: "done" | "not_applicable"; note: string | null; markedAt: string } | null;
  })[];
  travelDoc: OverallTravelDocState;
  risk: Risk;
  checkIns: { missedLastYear: number; nextCheckIn: IsoDate | null; nextCheckInOffice: string | null };
  flight: FlightProfile;
};

export function computeDerived(db: Db | Tx, client: Client, asOf: IsoDate): Derived {
  const closures = loadClosures(db, client.firmId);
  const events = loadEvents(db, client.id);
  const status = deriveRemovalStatus(events, asOf, closures);
  const marks = new Map(
    db
      .select()
      .from(deadlineMarks)
      .where(eq(deadlineMarks.clientId, client.id))
      .all()
      .map((m) => [m.key, m]),
  );
  const deadlines = computeDeadlines(events, status, closures).map((d) => {
    const m = marks.get(d.key);
    return { ...d, mark: m ? { mark: m.mark, note: m.note, markedAt: m.markedAt } : null };
  });
  const travelDoc = overallTravelDocState(loadDocs(db, client.id), asOf);
  const checkInsRecord = checkInRecord(db, client.id, asOf);
  const detention = detentionOf(client);
  const risk = computeRisk({ status, travelDoc, detention, checkIns: checkInsRecord, asOf });
  const flight = flightProfile({ status, travelDoc, detention, checkIns: checkInsRecord, risk, asOf });
  return { status, deadlines, travelDoc, risk, checkIns: checkInsRecord, flight };
}

/** Recomputes and stores the derived values of one client. Call inside the transaction of the change. */
export function refreshClient(
  tx: Db | Tx,
  firmId: string,
  clientId: string,
  asOf: IsoDate = firmToday(firmId),
  opts: { touch?: boolean } = { touch: true },
): Derived | null {
  const client = tx
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.firmId, firmId)))
    .get();
  if (!client) return null;
  const derived = computeDerived(tx, client, asOf);
  const states = derived.deadlines.map((d) => ({
    d,
    state: d.mark
      ? d.mark.mark
      : (() => {
          const u = deadlineUrgency(d, asOf);
          return u === "superseded" || u === "met" || u === "lapsed" ? u : "open";
        })(),
  }));
  const nextDeadline =
    states
      .filter((s) => s.state === "open")
      .map((s) => s.d.due)
      .sort()[0] ?? null;
  const nextHearing =
    tx
      .select({ date: hearings.date })
      .from(hearings)
      .where(and(eq(hearings.clientId, clientId), eq(hearings.cancelled, false), gte(hearings.date, asOf)))
      .orderBy(asc(hearings.date))
      .limit(1)
      .get()?.date ?? null;
  tx.update(clients)
    .set({
      removalPhase: derived.status.phase,
      removalLabel: derived.status.label,
      finalOrderSince: derived.status.finalOrder?.since ?? null,
      travelDocState: derived.travelDoc.state,
      travelDocLabel: derived.travelDoc.label,
      riskTier: derived.risk.tier,
      riskRank: RISK_RANK[derived.risk.tier],
      riskReasons: derived.risk.reasons,
      nextDeadline,
      nextHearing,
      alertTier: derived.flight.tier,
      alertRank: FLIGHT_RANK[derived.flight.tier],
      alertNote: derived.flight.note,
      onBoardRank: FLIGHT_RANK[derived.flight.onBoard.tier],
      onBoardNote: derived.flight.onBoard.note,
      nextCheckIn: derived.checkIns.nextCheckIn,
      nextCheckInOffice: derived.checkIns.nextCheckInOffice,
      derivedOn: asOf,
      ...(opts.touch === false ? {} : { lastChangeAt: new Date().toISOString() }),
    })
    .where(eq(clients.id, clientId))
    .run();
  tx.update(clientNationalities)
    .set({
      alertRank: FLIGHT_RANK[derived.flight.tier],
      onBoardRank: FLIGHT_RANK[derived.flight.onBoard.tier],
    })
    .where(eq(clientNationalities.clientId, clientId))
    .run();
  tx.delete(clientDeadlines).where(eq(clientDeadlines.clientId, clientId)).run();
  for (const { d, state } of states) {
    tx.insert(clientDeadlines)
      .values({ firmId, clientId, key: d.key, kind: d.kind, label: d.label, due: d.due, state })
      .run();
  }
  syncClientAlerts(tx, client, derived.flight.tier, undefined, derived.flight.onBoard.tier);
  clientsChanged();
  return derived;
}

/**
 * The derived values of a client with no history yet (no events, documents, check-ins or hearings):
 * what refreshClient would store, computed without reading the database. The CSV import uses it for
 * each of up to 200,000 new rows; a test checks it agrees with refreshClient.
 */
export function deriveNewClient(
  c: Pick<Client, "detentionStatus" | "detentionFacility" | "detentionSince" | "releaseForm">,
  asOf: IsoDate = firmToday(),
) {
  const status = deriveRemovalStatus([], asOf, []);
  const travelDoc = overallTravelDocState([], asOf);
  const checkIns = { missedLastYear: 0, nextCheckIn: null };
  const detention = detentionOf(c);
  const risk = computeRisk({ status, travelDoc, detention, checkIns, asOf });
  const flight = flightProfile({ status, travelDoc, detention, checkIns, risk, asOf });
  return {
    removalPhase: status.phase,
    removalLabel: status.label,
    finalOrderSince: status.finalOrder?.since ?? null,
    travelDocState: travelDoc.state,
    travelDocLabel: travelDoc.label,
    riskTier: risk.tier,
    riskRank: RISK_RANK[risk.tier],
    riskReasons: risk.reasons,
    nextDeadline: null,
    nextHearing: null,
    alertTier: flight.tier,
    alertRank: FLIGHT_RANK[flight.tier],
    alertNote: flight.note,
    onBoardRank: FLIGHT_RANK[flight.onBoard.tier],
    onBoardNote: flight.onBoard.note,
    nextCheckIn: null,
    nextCheckInOffice: null,
    derivedOn: asOf,
  };
}

/** Keeps the search indexes and the nationality lookup in step with the client row. */
export function syncClientIndexes(
  tx: Db | Tx,
  c: Pick<
    Client,
    | "id"
    | "firmId"
    | "familyName"
    | "givenNames"
    | "nativeName"
    | "otherNames"
    | "aNumber"
    | "phone"
    | "nationalities"
    | "lawyerId"
  > & { alertRank?: number; onBoardRank?: number },
): void {
  // By rowid: FTS5 finds its rows quickly only that way (client_search_map).
  const mapped = prepared("select fts_rowid from client_search_map where client_id = ?").pluck().get(c.id) as
    number | undefined;
  const terms = searchTerms(c);
  if (mapped !== undefined) {
    prepared("delete from client_search where rowid = ?").run(mapped);
    prepared("insert into client_search (rowid, client_id, firm_id, terms) values (?, ?, ?, ?)").run(
      mapped,
      c.id,
      c.firmId,
      terms,
    );
  } else {
    const rowid = prepared("insert into client_search (client_id, firm_id, terms) values (?, ?, ?)").run(
      c.id,
      c.firmId,
      terms,
    ).lastInsertRowid;
    prepared("insert into client_search_map (client_id, fts_rowid) values (?, ?)").run(c.id, rowid);
  }
  syncNameTokens(c, terms);
  tx.delete(clientNationalities).where(eq(clientNationalities.clientId, c.id)).run();
  const sortName = sortNameOf(c);
  for (const country of c.nationalities)
    tx.insert(clientNationalities)
      .values({
        clientId: c.id,
        firmId: c.firmId,
        country,
        alertRank: c.alertRank ?? 0,
        onBoardRank: c.onBoardRank ?? c.alertRank ?? 0,
        sortName,
        lawyerId: c.lawyerId,
      })
      .onConflictDoNothing()
      .run();
}
