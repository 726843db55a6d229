import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "#db/client";
import { clientCreationKeys, clientNationalities, clients, users, type Client } from "#db/schema";
import { renameClientMatches, sortNameOf } from "./alert-matching.server";
import { cachedCount } from "./firm-counts.server";
import { RISK_RANK, type RiskTier } from "~/domain/risk";
import { aNumberFromSearch } from "~/domain/a-number";
import { addDays } from "~/domain/dates";
import { ftsQuery, tokenTerms } from "~/domain/search-terms";
import { writeAudit } from "~/utils/audit.server";
import type { ClientFormInput } from "~/utils/client-schema";
import { createId } from "~/utils/crypto.server";
import type { ClientFilters, ClientSort } from "~/utils/client-list";
import { firmToday, refreshClient, syncClientIndexes } from "./client-derived.server";
import { syncClientReminders } from "./reminders.server";
import { tokenSearchPage } from "./name-tokens.server";
import type { Actor } from "./actor";

export function getClient(firmId: string, id: string): Client | undefined {
  if (!id || id.length > 40) return undefined;
  return getDb()
    .select()
    .from(clients)
    .where(and(eq(clients.firmId, firmId), eq(clients.id, id)))
    .get();
}

export function findByANumber(firmId: string, aNumber: string) {
  return getDb()
    .select({ id: clients.id, familyName: clients.familyName, givenNames: clients.givenNames })
    .from(clients)
    .where(and(eq(clients.firmId, firmId), eq(clients.aNumber, aNumber)))
    .get();
}

/** Staff members a client can be assigned to, checked against the firm. */
export function assignableStaff(firmId: string) {
  return getDb()
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.firmId, firmId),
        eq(users.active, true),
        inArray(users.role, ["lawyer", "paralegal", "admin"]),
      ),
    )
    .orderBy(users.displayName)
    .all();
}

export type SaveResult =
  /** repeated: this form (its creation key) already made that client; nothing new was written. */
  | { ok: true; id: string; repeated?: boolean }
  | { ok: false; field: string; message: string; existing?: { id: string; name: string } }
  | { ok: false; conflict: { by: string; at: string } };

function checkAssignments(firmId: string, input: ClientFormInput): SaveResult | null {
  const staff = new Map(assignableStaff(firmId).map((s) => [s.id, s]));
  if (input.lawyerId && !staff.has(input.lawyerId))
    return { ok: false, field: "lawyerId", message: "Choose a lawyer of this firm." };
  if (input.paralegalId && !staff.has(input.paralegalId))
    return { ok: false, field: "paralegalId", message: "Choose a paralegal of this firm." };
  return null;
}

function duplicateOf(firmId: string, aNumber: string | null, exceptId?: string): SaveResult | null {
  if (!aNumber) return null;
  const existing = findByANumber(firmId, aNumber);
  if (existing && existing.id !== exceptId)
    return {
      ok: false,
      field: "aNumber",
      message: "Another client of this firm already has this A-number.",
      existing: { id: existing.id, name: `${existing.givenNames} ${existing.familyName}` },
    };
  return null;
}

/** The client row's columns from the validated form (shared by the form, the import and the seed). */
export function clientColumns(input: ClientFormInput) {
  return {
    familyName: input.familyName,
    givenNames: input.givenNames,
    nativeName: input.nativeName,
    otherNames: input.otherNames,
    aNumber: input.aNumber,
    dateOfBirth: input.dateOfBirth,
    sex: input.sex,
    nationalities: input.nationalities,
    countryOfBirth: input.countryOfBirth,
    preferredLanguage: input.preferredLanguage,
    phone: input.phone,
    email: input.email,
    address: input.address,
    addressReportedCourtOn: input.addressReportedCourtOn,
    addressReportedIceOn: input.addressReportedIceOn,
    detentionStatus: input.detentionStatus,
    detentionFacility: input.detentionStatus === "detained" ? input.detentionFacility : null,
    detentionSince: input.detentionStatus === "not_detained" ? null : input.detentionSince,
    releaseForm: input.detentionStatus === "released" ? input.releaseForm : null,
    lawyerId: input.lawyerId,
    paralegalId: input.paralegalId,
    tags: input.tags,
    notes: input.notes,
    emergencyContacts: input.emergencyContacts,
    childrenCare: input.childrenCare,
    powerOfAttorneyOnFile: input.powerOfAttorneyOnFile,
  };
}

function clientOfCreationKey(firmId: string, key: string): string | undefined {
  return getDb()
    .select({ clientId: clientCreationKeys.clientId })
    .from(clientCreationKeys)
    .where(and(eq(clientCreationKeys.firmId, firmId), eq(clientCreationKeys.key, key)))
    .get()?.clientId;
}

/**
 * Makes a client. With a creation key (the random value of one "new client" form), a second call with
 * the same key makes nothing and answers the first call's client: the key is stored, unique per firm,
 * in the transaction that inserts the client, so even two presses racing each other make one client.
 */
export function createClient(actor: Actor, input: ClientFormInput, creationKey?: string): SaveResult {
  if (creationKey) {
    const earlier = clientOfCreationKey(actor.firmId, creationKey);
    if (earlier) return { ok: true, id: earlier, repeated: true };
  }
  const bad = checkAssignments(actor.firmId, input) ?? duplicateOf(actor.firmId, input.aNumber);
  if (bad) return bad;
  const id = createId();
  const now = new Date().toISOString();
  const row = {
    id,
    firmId: actor.firmId,
    ...clientColumns(input),
    createdAt: now,
    updatedAt: now,
    updatedBy: actor.id,
    lastChangeAt: now,
  };
  try {
    getDb().transaction((tx) => {
      tx.insert(clients).values(row).run();
      if (creationKey)
        tx.insert(clientCreationKeys)
          .values({
            firmId: actor.firmId,
            key: creationKey,
            clientId: id,
            createdBy: actor.id,
            createdAt: now,
          })
          .run();
      syncClientIndexes(tx, row);
      refreshClient(tx, actor.firmId, id);
      writeAudit(tx, {
        firmId: actor.firmId,
        actorUserId: actor.id,
        action: "client.created",
        entityType: "client",
        entityId: id,
        after: clientColumns(input),
        ip: actor.ip,
      });
    });
  } catch (e) {
    // The key's primary key is the last word when the same form is sent twice at once.
    if (creationKey && String(e).includes("client_creation_keys")) {
      const earlier = clientOfCreationKey(actor.firmId, creationKey);
      if (earlier) return { ok: true, id: earlier, repeated: true };
    }
    // The unique index is the last word when two people add the same A-number at once.
    if (
      String(e).includes("clients_firm_anumber_unique") ||
      String(e).includes("UNIQUE constraint failed: clients.firm_id, clients.a_number")
    ) {
      return (
        duplicateOf(actor.firmId, input.aNumber) ?? {
          ok: false,
          field: "aNumber",
          message: "Another client of this firm already has this A-number.",
        }
      );
    }
    throw e;
  }
  return { ok: true, id };
}

export function updateClient(
  actor: Actor,
  id: string,
  expectedVersion: number,
  input: ClientFormInput,
): SaveResult {
  const current = getClient(actor.firmId, id);
  if (!current) return { ok: false, field: "form", message: "This client no longer exists." };
  const bad = checkAssignments(actor.firmId, input) ?? duplicateOf(actor.firmId, input.aNumber, id);
  if (bad) return bad;
  const next = clientColumns(input);
  const now = new Date().toISOString();
  const result = getDb().transaction((tx) => {
    // The version check and the write are one statement: a second save of an old copy changes nothing.
    const res = tx
      .update(clients)
      .set({ ...next, version: sql`${clients.version} + 1`, updatedAt: now, updatedBy: actor.id })
      .where(and(eq(clients.id, id), eq(clients.firmId, actor.firmId), eq(clients.version, expectedVersion)))
      .run();
    if (res.changes !== 1) return "conflict" as const;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(next)) {
      const old = (current as Record<string, unknown>)[k];
      if (JSON.stringify(old) !== JSON.stringify(v)) {
        before[k] = old;
        after[k] = v;
      }
    }
    syncClientIndexes(tx, { id, firmId: actor.firmId, ...next });
    renameClientMatches(
      tx,
      { id, firmId: actor.firmId, nationalities: next.nationalities, countryOfBirth: next.countryOfBirth },
      sortNameOf(current),
      sortNameOf(next),
    );
    refreshClient(tx, actor.firmId, id);
    // Email, language or paralegal may have changed: pending reminders follow.
    syncClientReminders(tx, id);
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "client.updated",
      entityType: "client",
      entityId: id,
      before,
      after,
      ip: actor.ip,
    });
    return "ok" as const;
  });
  if (result === "conflict") {
    const latest = getDb()
      .select({ updatedAt: clients.updatedAt, by: users.displayName })
      .from(clients)
      .leftJoin(users, eq(users.id, clients.updatedBy))
      .where(eq(clients.id, id))
      .get();
    return { ok: false, conflict: { by: latest?.by ?? "someone", at: latest?.updatedAt ?? now } };
  }
  return { ok: true, id };
}

// ---- The case list ----------------------------------------------------------------------------

type Cursor = { v: (string | number | null)[]; id: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c), "utf8").toString("base64url");
}
function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw || raw.length > 500) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    return Array.isArray(c.v) && typeof c.id === "string" ? c : null;
  } catch {
    return null;
  }
}

/**
 * How a name-sorted page is found. "sort": look the matches up by their filter's index and sort them by
 * name (cost grows with the number of matches). "walk": walk the name index in order, testing each
 * client, and stop after a page (cost grows with firm size ÷ matches). A filter matching thousands of a
 * big firm's clients (all Mexican high-risk clients: 4,309 of 100,000) is walked; a narrow one sorted.
 * Searches are sorted: their matches cluster in name order ("garc" → the Garcías), so a walk could pass
 * most of the firm before the first one (a search alone is read from client_name_tokens in name order
 * instead, when it can be: tokenPage). docs/performance.md.
 */
export function namePagePlan(f: ClientFilters, matches: number, firmSize: number): "walk" | "sort" {
  if (f.q || matches < 500) return "sort";
  // A walk expects to pass firmSize / matches clients per row shown: at most ~40 (≈ 2,000 for a page).
  return firmSize <= matches * 40 ? "walk" : "sort";
}

function filterConditions(firmId: string, f: ClientFilters, plan: "walk" | "sort" = "sort"): SQL[] {
  const where: SQL[] = [eq(clients.firmId, firmId)];
  if (f.phase) where.push(eq(clients.removalPhase, f.phase));
  // By rank: clients_firm_risk_idx is on (firm, rank).
  if (f.risk) where.push(eq(clients.riskRank, RISK_RANK[f.risk as RiskTier]));
  if (f.lawyer) where.push(eq(clients.lawyerId, f.lawyer));
  if (f.paralegal) where.push(eq(clients.paralegalId, f.paralegal));
  if (f.detained) where.push(eq(clients.detentionStatus, "detained"));
  if (f.travelDoc) where.push(eq(clients.travelDocState, f.travelDoc));
  // A walk tests each client by its primary key; a sort reads the nationality's whole list first.
  if (f.nationality && plan === "walk")
    where.push(
      sql`exists (select 1 from ${clientNationalities} where ${clientNationalities.clientId} = ${clients.id} and ${clientNationalities.country} = ${f.nationality})`,
    );
  else if (f.nationality)
    where.push(
      sql`${clients.id} in (select ${clientNationalities.clientId} from ${clientNationalities} where ${clientNationalities.firmId} = ${firmId} and ${clientNationalities.country} = ${f.nationality})`,
    );
  if (f.deadlineWithin) {
    const until = addDays(firmToday(firmId), f.deadlineWithin);
    where.push(sql`${clients.nextDeadline} is not null and ${clients.nextDeadline} <= ${until}`);
  }
  const q = f.q?.trim();
  if (q) {
    const a = aNumberFromSearch(q);
    const fts = ftsQuery(q);
    if (a && fts)
      where.push(
        sql`(${clients.aNumber} = ${a} or ${clients.id} in (select client_id from client_search where client_search match ${fts} and firm_id = ${firmId}))`,
      );
    else if (a) where.push(eq(clients.aNumber, a));
    else if (fts)
      where.push(
        sql`${clients.id} in (select client_id from client_search where client_search match ${fts} and firm_id = ${firmId})`,
      );
    else where.push(sql`0`);
  }
  return where;
}

const NO_FILTERS: ClientFilters = {
  q: null,
  phase: null,
  risk: null,
  nationality: null,
  lawyer: null,
  paralegal: null,
  detained: false,
  travelDoc: null,
  deadlineWithin: null,
};
const hasFilter = (f: ClientFilters) => Object.entries(f).some(([, v]) => v !== null && v !== false);

export function listClients(
  firmId: string,
  f: ClientFilters,
  sort: ClientSort,
  cursorRaw: string | null,
  limit = 50,
) {
  const cursor = decodeCursor(cursorRaw);
  const byTokens = sort === "name" ? tokenPage(firmId, f, cursor, limit + 1) : null;
  if (byTokens) {
    // A search alone, answered in name order by client_name_tokens: the page's rows by primary key.
    const rows = byTokens.length
      ? selectListRows(
          and(eq(clients.firmId, firmId), inArray(clients.id, byTokens)),
          [asc(clients.familyName), asc(clients.givenNames), asc(clients.id)],
          limit + 1,
        )
      : [];
    return pageOf(rows, limit, (c) => [c.familyName, c.givenNames]);
  }
  // The counts are cached (firm-counts.server), so choosing costs nothing after the first view.
  const plan =
    sort === "name" && hasFilter(f)
      ? namePagePlan(f, countClients(firmId, f), countClients(firmId, NO_FILTERS))
      : "sort";
  const where = filterConditions(firmId, f, plan);
  const deadlineKey = sql`coalesce(${clients.nextDeadline}, '9999-12-31')`;
  let order: SQL[];
  let keyOf: (c: {
    familyName: string;
    givenNames: string;
    nextDeadline: string | null;
    riskRank: number;
    lastChangeAt: string;
  }) => (string | number | null)[];
  switch (sort) {
    case "deadline":
      order = [asc(deadlineKey), asc(clients.id)];
      keyOf = (c) => [c.nextDeadline ?? "9999-12-31"];
      if (cursor) where.push(sql`(${deadlineKey}, ${clients.id}) > (${cursor.v[0]}, ${cursor.id})`);
      break;
    case "risk":
      order = [desc(clients.riskRank), asc(clients.id)];
      keyOf = (c) => [c.riskRank];
      if (cursor)
        where.push(
          sql`(${clients.riskRank} < ${cursor.v[0]} or (${clients.riskRank} = ${cursor.v[0]} and ${clients.id} > ${cursor.id}))`,
        );
      break;
    case "changed":
      order = [desc(clients.lastChangeAt), desc(clients.id)];
      keyOf = (c) => [c.lastChangeAt];
      if (cursor) where.push(sql`(${clients.lastChangeAt}, ${clients.id}) < (${cursor.v[0]}, ${cursor.id})`);
      break;
    default:
      order = [asc(clients.familyName), asc(clients.givenNames), asc(clients.id)];
      keyOf = (c) => [c.familyName, c.givenNames];
      if (cursor)
        where.push(
          sql`(${clients.familyName}, ${clients.givenNames}, ${clients.id}) > (${cursor.v[0]}, ${cursor.v[1]}, ${cursor.id})`,
        );
  }
  // Walking: the page's row ids come from the name index in order (INDEXED BY: the planner would start
  // from the filter's index and sort every match); the inner "clients" is the table the filters name.
  const conditions =
    plan === "walk"
      ? sql`${clients}.rowid in (select rowid from ${clients} indexed by clients_firm_name_idx where ${and(...where)} order by ${clients.familyName}, ${clients.givenNames}, ${clients.id} limit ${limit + 1})`
      : and(...where);
  return pageOf(selectListRows(conditions, order, limit + 1), limit, keyOf);
}

/** A search with no other filter whose every word client_name_tokens can answer: the page's ids, else null. */
function tokenPage(firmId: string, f: ClientFilters, cursor: Cursor | null, limit: number): string[] | null {
  const q = f.q?.trim();
  if (!q || hasFilter({ ...f, q: null }) || aNumberFromSearch(q)) return null;
  const terms = tokenTerms(q);
  if (!terms) return null;
  const after = cursor
    ? { familyName: String(cursor.v[0] ?? ""), givenNames: String(cursor.v[1] ?? ""), id: cursor.id }
    : null;
  return tokenSearchPage(firmId, terms, after, limit);
}

function selectListRows(conditions: SQL | undefined, order: SQL[], limit: number) {
  return getDb()
    .select({
      id: clients.id,
      familyName: clients.familyName,
      givenNames: clients.givenNames,
      nativeName: clients.nativeName,
      aNumber: clients.aNumber,
      nationalities: clients.nationalities,
      removalLabel: clients.removalLabel,
      removalPhase: clients.removalPhase,
      riskTier: clients.riskTier,
      riskRank: clients.riskRank,
      riskReasons: clients.riskReasons,
      nextDeadline: clients.nextDeadline,
      nextHearing: clients.nextHearing,
      detentionStatus: clients.detentionStatus,
      travelDocState: clients.travelDocState,
      lastChangeAt: clients.lastChangeAt,
      lawyerId: clients.lawyerId,
    })
    .from(clients)
    .where(conditions)
    .orderBy(...order)
    .limit(limit)
    .all();
}

type ListRow = ReturnType<typeof selectListRows>[number];

function pageOf(rows: ListRow[], limit: number, keyOf: (c: ListRow) => (string | number | null)[]) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > limit && last ? encodeCursor({ v: keyOf(last), id: last.id }) : null,
  };
}

export function countClients(firmId: string, f: ClientFilters): number {
  if (!f.risk) return Object.values(countClientsByRisk(firmId, f)).reduce((a, b) => a + b, 0);
  return cachedCount(
    `clients:${firmId}:${JSON.stringify(f)}`,
    () =>
      getDb()
        .select({ n: count() })
        .from(clients)
        .where(and(...filterConditions(firmId, f)))
        .get()?.n ?? 0,
  );
}

/**
 * The clients matching filters without a risk filter, per risk tier, in one read: the list shows the
 * total and how many are high or critical, and a new search found its matches three times for them.
 */
export function countClientsByRisk(firmId: string, f: ClientFilters): Record<RiskTier, number> {
  return cachedCount(`clients-by-risk:${firmId}:${JSON.stringify({ ...f, risk: null })}`, () => {
    const out: Record<RiskTier, number> = { critical: 0, high: 0, elevated: 0, low: 0, none: 0 };
    // By rank: clients_firm_risk_idx is on (firm, rank), so the firm's whole list is counted in the index.
    const rows = getDb()
      .select({ rank: clients.riskRank, n: count() })
      .from(clients)
      .where(and(...filterConditions(firmId, { ...f, risk: null })))
      .groupBy(clients.riskRank)
      .all();
    const tierOf = new Map(Object.entries(RISK_RANK).map(([tier, rank]) => [rank, tier as RiskTier]));
    for (const r of rows) {
      out[tierOf.get(r.rank) ?? "none"] += r.n;
    }
    return out;
  });
}

/** Records the client's agreement to reminders (or its withdrawal), who recorded it and how. */
export function setReminderConsent(
  actor: Actor,
  clientId: string,
  consent: boolean,
  via: "client" | "staff",
): boolean {
  return getDb().transaction((tx) => {
    const c = tx
      .select()
      .from(clients)
      .where(and(eq(clients.id, clientId), eq(clients.firmId, actor.firmId)))
      .get();
    if (!c) return false;
    const at = new Date().toISOString();
    tx.update(clients)
      .set({
        reminderConsent: consent,
        reminderConsentAt: at,
        reminderConsentBy: via === "client" ? "client" : actor.id,
        version: sql`${clients.version} + 1`,
        updatedAt: at,
        updatedBy: actor.id,
      })
      .where(eq(clients.id, clientId))
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: consent ? "client.reminders_agreed" : "client.reminders_withdrawn",
      entityType: "client",
      entityId: clientId,
      before: { reminderConsent: c.reminderConsent },
      after: { reminderConsent: consent, recordedVia: via },
      ip: actor.ip,
    });
    syncClientReminders(tx, clientId);
    return true;
  });
}

/**
 * Records on the client that they were detained (at a check-in, say), inside the caller's transaction,
 * with its audit entry: the clients table is written here and nowhere else. The caller recomputes the
 * derived values (risk) once it has written everything else in the same transaction.
 */
export function recordDetention(
  tx: Tx,
  actor: Actor,
  clientId: string,
  detention: { facility: string; since: string; reason: string },
): void {
  const before = tx
    .select({
      detentionStatus: clients.detentionStatus,
      detentionFacility: clients.detentionFacility,
      detentionSince: clients.detentionSince,
    })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.firmId, actor.firmId)))
    .get();
  if (!before) return;
  tx.update(clients)
    .set({
      detentionStatus: "detained",
      detentionFacility: detention.facility,
      detentionSince: detention.since,
      releaseForm: null,
      version: sql`${clients.version} + 1`,
      updatedAt: new Date().toISOString(),
      updatedBy: actor.id,
    })
    .where(and(eq(clients.id, clientId), eq(clients.firmId, actor.firmId)))
    .run();
  writeAudit(tx, {
    firmId: actor.firmId,
    actorUserId: actor.id,
    action: "client.updated",
    entityType: "client",
    entityId: clientId,
    before,
    after: { detentionStatus: "detained", detentionSince: detention.since, reason: detention.reason },
    ip: actor.ip,
  });
}
