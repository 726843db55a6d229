import { createHash } from "node:crypto";
import { and, asc, desc, eq, gte, inArray, lt, or, sql } from "drizzle-orm";
import { getDb, prepared, type Db, type Tx } from "#db/client";
import {
  alertCountries,
  alertMatches,
  alertReads,
  alerts,
  articles,
  auditLog,
  clients,
  timelineNotes,
  users,
} from "#db/schema";
import {
  articleLanguage,
  countryFact,
  CORRECTION_KINDS,
  correctedRoles,
  correctionKinds,
  countryRoles,
  ENGLISH,
  onBoardFromFacts,
  roleReason,
  type ArticleLanguage,
  type CorrectionKind,
} from "~/domain/alert-facts";
import { COUNTRY_WORDS } from "~/domain/country-lexicon";
import { countryName } from "~/domain/countries";
import { extractFlightFacts, type Extraction, type ReportKind } from "~/domain/flight-extraction";
import { langTag } from "~/domain/chinese-script";
import { canonicalUrl, safeHttpUrl } from "~/domain/html-text";
import { RISK_RANK, TIER_BY_RANK, type RiskTier } from "~/domain/risk";
import type { AlertPageAlert, AlertPageArticle, AlertPageFacts, AlertPageMatch } from "~/utils/alert-page";
import { writeAudit } from "~/utils/audit.server";
import { createId, createSortableId } from "~/utils/crypto.server";
import { firmToday } from "./client-derived.server";
import { matchAlert, matchKey, notifyLawyers, sortNameOf } from "./alert-matching.server";
import type { Actor, SystemActor } from "./actor";

export type ArticleInput = {
  source: "feed" | "pasted" | "upload" | "cli";
  feedId?: string | null;
  guid?: string | null;
  url?: string | null;
  title: string;
  publishedOn: string;
  body: string;
};

export type MatchOut = { clientId: string; name: string; tier: RiskTier; reasons: string[] };
export type IngestResult = {
  alertId: string | null;
  articleId: string;
  duplicate: boolean;
  relevant: boolean;
  kind: ReportKind;
  /** Every country whose clients were matched: the landing countries, then onBoard. */
  countries: string[];
  /** The nationalities on board flown to a country not their own (a third-country removal). */
  onBoard: string[];
  language: ArticleLanguage;
  eventDate: string | null;
  peopleCount: number | null;
  peopleCountApprox: [number, number] | null;
  departure: string[];
  arrival: string[];
  matches: MatchOut[];
  /** Why it was or was not judged relevant, in one sentence. */
  why: string;
};

export function textHash(title: string, body: string): string {
  const norm = `${title}\n${body}`.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(norm).digest("hex");
}

// The hot path of ingestion uses prepared statements directly (db/client.ts `prepared`): building each
// query through drizzle cost more than running it (10,000 articles, docs/alerts.md).
function findDuplicate(
  firmId: string,
  guid: string | null,
  url: string | null,
  hash: string,
): { id: string } | undefined {
  // Three lookups, each on its own unique index.
  return (
    (guid
      ? (prepared("select id from articles where firm_id = ? and guid = ?").get(firmId, guid) as
          { id: string } | undefined)
      : undefined) ??
    (url
      ? (prepared("select id from articles where firm_id = ? and url = ?").get(firmId, url) as
          { id: string } | undefined)
      : undefined) ??
    (prepared("select id from articles where firm_id = ? and text_hash = ?").get(firmId, hash) as
      { id: string } | undefined)
  );
}

function resultFor(
  db: Db | Tx,
  firmId: string,
  articleId: string,
  duplicate: boolean,
  withMatches: boolean,
): IngestResult {
  const a = db
    .select()
    .from(articles)
    .where(and(eq(articles.id, articleId), eq(articles.firmId, firmId)))
    .get()!;
  const al = db.select().from(alerts).where(eq(alerts.articleId, articleId)).get();
  const facts = (al?.facts ?? null) as Extraction | null;
  return {
    alertId: al?.id ?? null,
    articleId,
    duplicate,
    relevant: a.relevant,
    kind: a.kind,
    countries: al?.countries ?? [],
    onBoard: al?.onBoard ?? [],
    language: a.language ?? facts?.language ?? ENGLISH,
    eventDate: al?.eventDate ?? null,
    peopleCount: al?.peopleCount ?? null,
    peopleCountApprox:
      al && al.peopleMin != null && al.peopleMax != null ? [al.peopleMin, al.peopleMax] : null,
    departure: al?.departure ?? facts?.departure.map((p) => p.place) ?? [],
    arrival: al?.arrival ?? facts?.arrival.map((p) => p.place) ?? [],
    why: facts?.why ?? extractFlightFacts({ title: a.title, text: a.body, published: a.publishedOn }).why,
    matches:
      al && withMatches
        ? listMatches(db, firmId, al.id, { limit: 100_000 }).rows.map((m) => ({
            clientId: m.clientId,
            name: m.name,
            tier: m.tier,
            reasons: m.reasons,
          }))
        : [],
  };
}

/**
 * Stores an article (feed item, pasted text, upload or the command line) unless it is a duplicate by
 * GUID, canonical URL or text; when it reports a removal flight or an acceptance change, creates the
 * alert, its affected clients and the lawyers' notifications in the same transaction.
 */
export function ingestArticle(
  actor: Actor | SystemActor,
  input: ArticleInput,
  opts: { withMatches?: boolean; now?: Date } = {},
): IngestResult {
  return ingestArticles(actor, [input], opts)[0]!;
}

/**
 * Several articles in one transaction (a feed's items, a benchmark batch): one commit instead of one
 * per article. Keep batches small (tens): the write lock is held for the whole batch.
 */
export function ingestArticles(
  actor: Actor | SystemActor,
  inputs: ArticleInput[],
  opts: { withMatches?: boolean; now?: Date } = {},
): IngestResult[] {
  const db = getDb();
  const now = opts.now ?? new Date();
  const withMatches = opts.withMatches ?? true;
  return db.transaction((tx) => inputs.map((input) => ingestOne(tx, actor, input, now, withMatches)));
}

function ingestOne(
  tx: Tx,
  actor: Actor | SystemActor,
  input: ArticleInput,
  now: Date,
  withMatches: boolean,
): IngestResult {
  const url = canonicalUrl(input.url);
  const guid = input.guid?.trim().slice(0, 500) || null;
  const hash = textHash(input.title, input.body);
  // Checked inside the write transaction, so two fetches of one feed cannot both store an item.
  const dup = findDuplicate(actor.firmId, guid, url, hash);
  if (dup) return resultFor(tx, actor.firmId, dup.id, true, withMatches);
  const x = extractFlightFacts({ title: input.title, text: input.body, published: input.publishedOn });
  // Time-ordered, so each new article goes at the end of the articles' key (ADR 008).
  const articleId = createSortableId();
  const language = x.language ?? ENGLISH;
  prepared(
    "insert into articles (id, firm_id, feed_id, source, guid, url, title, published_on, body, text_hash, relevant, kind, language, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(
    articleId,
    actor.firmId,
    input.feedId ?? null,
    input.source,
    guid,
    url,
    input.title,
    input.publishedOn,
    input.body,
    hash,
    x.relevant ? 1 : 0,
    x.kind,
    JSON.stringify(language),
    actor.id,
    now.toISOString(),
  );
  let alertId: string | null = null;
  // One list for matching (the landing countries first), and which of them were on board.
  const onBoard = onBoardFromFacts(x);
  const countries = countryRoles({ countries: x.countries.map((c) => c.code), onBoard }).landing.concat(
    onBoard,
  );
  if (x.relevant) {
    alertId = createSortableId();
    prepared(
      "insert into alerts (id, firm_id, article_id, kind, countries, on_board, event_date, people_count, people_min, people_max, departure, arrival, flight_types, facts, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ).run(
      alertId,
      actor.firmId,
      articleId,
      x.kind,
      JSON.stringify(countries),
      JSON.stringify(onBoard),
      x.eventDate?.value ?? null,
      x.people?.value ?? null,
      x.people?.approx?.[0] ?? null,
      x.people?.approx?.[1] ?? null,
      JSON.stringify(x.departure.map((p) => p.place)),
      JSON.stringify(x.arrival.map((p) => p.place)),
      JSON.stringify(x.flightTypes.map((t) => t.type)),
      JSON.stringify(x),
      now.toISOString(),
    );
    const addCountry = prepared(
      "insert into alert_countries (alert_id, firm_id, country, created_at) values (?, ?, ?, ?)",
    );
    for (const c of countries) addCountry.run(alertId, actor.firmId, c, now.toISOString());
    const counts = matchAlert(tx, { id: alertId, firmId: actor.firmId, countries, onBoard }, { fresh: true });
    notifyLawyers(tx, alertId, undefined, now, { id: alertId, firmId: actor.firmId, countries, onBoard });
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "alert.created",
      entityType: "alert",
      entityId: alertId,
      after: {
        articleId,
        source: input.source,
        kind: x.kind,
        countries,
        onBoard,
        eventDate: x.eventDate?.value ?? null,
        counts,
      },
      ip: actor.ip ?? null,
    });
  }
  return {
    alertId,
    articleId,
    duplicate: false,
    relevant: x.relevant,
    kind: x.kind,
    countries: alertId ? countries : [],
    onBoard: alertId ? onBoard : [],
    language,
    eventDate: alertId ? (x.eventDate?.value ?? null) : null,
    peopleCount: alertId ? (x.people?.value ?? null) : null,
    peopleCountApprox: alertId ? (x.people?.approx ?? null) : null,
    departure: x.departure.map((p) => p.place),
    arrival: x.arrival.map((p) => p.place),
    why: x.why,
    matches:
      alertId && withMatches
        ? listMatches(tx, actor.firmId, alertId, { limit: 100_000 }).rows.map((m) => ({
            clientId: m.clientId,
            name: m.name,
            tier: m.tier,
            reasons: m.reasons,
          }))
        : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

export function nationalPhrase(code: string, via: "nationality" | "birth"): string {
  const demonym = COUNTRY_WORDS[code]?.demonyms[0];
  if (via === "birth") return `Born in ${countryName(code)} (no nationality recorded).`;
  return demonym ? `${demonym} national.` : `National of ${countryName(code)}.`;
}

type MatchRow = {
  clientId: string;
  familyName: string;
  givenNames: string;
  nativeName: string | null;
  aNumber: string | null;
  tierRank: number;
  country: string;
  via: "birth" | null;
  isNew: boolean;
  addedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  sortName: string;
  riskReasons: string[];
  alertNote: string | null;
  /** What a third-country removal means for them: shown instead of alertNote when they are on board. */
  onBoardNote?: string | null;
  nextCheckIn: string | null;
  nextCheckInOffice: string | null;
  lawyerId: string | null;
};

/** The sentences that say why a client is on an alert, from their stored case values. */
export function matchReasons(
  m: Pick<
    MatchRow,
    "country" | "via" | "riskReasons" | "alertNote" | "onBoardNote" | "nextCheckIn" | "nextCheckInOffice"
  >,
  roles: { landing: string[]; onBoard: string[] } = { landing: [], onBoard: [] },
): string[] {
  const role = roleReason(m.country, roles);
  const reasons = [
    nationalPhrase(m.country, m.via ?? "nationality"),
    ...(role ? [role] : []),
    ...m.riskReasons.filter((r) => !r.startsWith("Next check-in on")),
  ];
  if (m.nextCheckIn)
    reasons.push(
      `Next check-in on ${m.nextCheckIn}${m.nextCheckInOffice ? ` at ${m.nextCheckInOffice}` : ""}.`,
    );
  const note = roles.onBoard.includes(m.country) ? (m.onBoardNote ?? m.alertNote) : m.alertNote;
  if (note) reasons.push(note);
  return reasons;
}

export type MatchCursor = { rank: number; name: string; id: string };

export function listMatches(
  db: Db | Tx,
  firmId: string,
  alertId: string,
  opts: { tier?: RiskTier | null; after?: MatchCursor | null; limit?: number } = {},
) {
  const limit = opts.limit ?? 100;
  const alert = db
    .select({ countries: alerts.countries, onBoard: alerts.onBoard })
    .from(alerts)
    .where(and(eq(alerts.id, alertId), eq(alerts.firmId, firmId)))
    .get();
  if (!alert) return { rows: [], next: null };
  const roles = countryRoles(alert);
  // One range of the primary key (alert, rank, name, client) per tier, highest first: a single query
  // ordered by rank descending and name ascending would sort every match of the alert (16,000 for a
  // Mexico alert at 100,000 clients) to show 100.
  const ranks = opts.tier ? [RISK_RANK[opts.tier]] : [4, 3, 2, 1, 0];
  const rows: MatchRow[] = [];
  for (const rank of ranks) {
    if (rows.length > limit) break;
    const a = opts.after;
    if (a && rank > a.rank) continue;
    const where = [
      eq(alertMatches.alertId, alertId),
      eq(alertMatches.tierRank, rank),
      eq(clients.firmId, firmId),
    ];
    if (a && rank === a.rank)
      where.push(
        or(
          sql`${alertMatches.sortName} > ${a.name}`,
          and(eq(alertMatches.sortName, a.name), sql`${alertMatches.clientId} > ${a.id}`),
        )!,
      );
    rows.push(
      ...db
        .select({
          clientId: alertMatches.clientId,
          familyName: clients.familyName,
          givenNames: clients.givenNames,
          nativeName: clients.nativeName,
          aNumber: clients.aNumber,
          tierRank: alertMatches.tierRank,
          country: alertMatches.country,
          via: alertMatches.via,
          isNew: alertMatches.isNew,
          addedAt: alertMatches.addedAt,
          reviewedAt: alertMatches.reviewedAt,
          reviewedBy: users.displayName,
          sortName: alertMatches.sortName,
          riskReasons: clients.riskReasons,
          alertNote: clients.alertNote,
          onBoardNote: clients.onBoardNote,
          nextCheckIn: clients.nextCheckIn,
          nextCheckInOffice: clients.nextCheckInOffice,
          lawyerId: clients.lawyerId,
        })
        .from(alertMatches)
        .innerJoin(clients, eq(clients.id, alertMatches.clientId))
        .leftJoin(users, eq(users.id, alertMatches.reviewedBy))
        .where(and(...where))
        .orderBy(asc(alertMatches.sortName), asc(alertMatches.clientId))
        .limit(limit + 1 - rows.length)
        .all(),
    );
  }
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map((m) => ({
      clientId: m.clientId,
      name: `${m.givenNames} ${m.familyName}`,
      nativeName: m.nativeName,
      aNumber: m.aNumber,
      tier: (TIER_BY_RANK[m.tierRank] ?? "none") as RiskTier,
      country: m.country,
      isNew: m.isNew,
      addedAt: m.addedAt,
      reviewedAt: m.reviewedAt,
      reviewedBy: m.reviewedBy,
      lawyerId: m.lawyerId,
      reasons: matchReasons(m, roles),
    })),
    next:
      rows.length > limit && last ? { rank: last.tierRank, name: last.sortName, id: last.clientId } : null,
  };
}

export function getAlert(firmId: string, alertId: string) {
  const db = getDb();
  const row = db
    .select({ alert: alerts, article: articles })
    .from(alerts)
    .innerJoin(articles, eq(articles.id, alerts.articleId))
    .where(and(eq(alerts.id, alertId), eq(alerts.firmId, firmId)))
    .get();
  return row ?? null;
}

export type AlertListFilters = {
  country?: string | null;
  tier?: RiskTier | null;
  state?: "unread" | "reviewed" | null;
};
export type AlertCursor = { createdAt: string; id: string };

export function listAlerts(
  firmId: string,
  userId: string,
  f: AlertListFilters,
  after: AlertCursor | null,
  limit = 25,
) {
  const db = getDb();
  const where = [eq(alerts.firmId, firmId)];
  if (f.country)
    where.push(
      sql`${alerts.id} in (select ${alertCountries.alertId} from ${alertCountries} where ${alertCountries.firmId} = ${firmId} and ${alertCountries.country} = ${f.country})`,
    );
  if (f.tier) where.push(sql`json_extract(${alerts.counts}, ${`$.${f.tier}`}) > 0`);
  if (f.state === "unread")
    where.push(
      sql`not exists (select 1 from ${alertReads} r where r.alert_id = ${alerts.id} and r.user_id = ${userId})`,
    );
  if (f.state === "reviewed")
    where.push(
      sql`exists (select 1 from ${alertReads} r where r.alert_id = ${alerts.id} and r.user_id = ${userId} and r.reviewed_at is not null)`,
    );
  if (after)
    where.push(
      or(
        lt(alerts.createdAt, after.createdAt),
        and(eq(alerts.createdAt, after.createdAt), lt(alerts.id, after.id)),
      )!,
    );
  const rows = db
    .select({
      id: alerts.id,
      kind: alerts.kind,
      countries: alerts.countries,
      onBoard: alerts.onBoard,
      eventDate: alerts.eventDate,
      peopleCount: alerts.peopleCount,
      peopleMin: alerts.peopleMin,
      peopleMax: alerts.peopleMax,
      counts: alerts.counts,
      language: articles.language,
      createdAt: alerts.createdAt,
      title: articles.title,
      publishedOn: articles.publishedOn,
      source: articles.source,
      readAt: alertReads.readAt,
      reviewedAt: alertReads.reviewedAt,
    })
    .from(alerts)
    .innerJoin(articles, eq(articles.id, alerts.articleId))
    .leftJoin(alertReads, and(eq(alertReads.alertId, alerts.id), eq(alertReads.userId, userId)))
    .where(and(...where))
    .orderBy(desc(alerts.createdAt), desc(alerts.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  return {
    rows: page,
    next: rows.length > limit ? { createdAt: page.at(-1)!.createdAt, id: page.at(-1)!.id } : null,
  };
}

export function unreadAlertCount(firmId: string, userId: string): number {
  const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(alerts)
      .where(
        and(
          eq(alerts.firmId, firmId),
          gte(alerts.createdAt, since),
          sql`not exists (select 1 from ${alertReads} r where r.alert_id = ${alerts.id} and r.user_id = ${userId})`,
        ),
      )
      .get()?.n ?? 0
  );
}

// ---------------------------------------------------------------------------------------------
// Writing

export function markAlertRead(firmId: string, userId: string, alertId: string, reviewed = false): void {
  const db = getDb();
  const now = new Date().toISOString();
  const a = db
    .select({ id: alerts.id })
    .from(alerts)
    .where(and(eq(alerts.id, alertId), eq(alerts.firmId, firmId)))
    .get();
  if (!a) return;
  db.insert(alertReads)
    .values({ alertId, userId, readAt: now, reviewedAt: reviewed ? now : null })
    .onConflictDoUpdate({
      target: [alertReads.userId, alertReads.alertId],
      set: reviewed ? { reviewedAt: now } : { readAt: sql`${alertReads.readAt}` },
    })
    .run();
}

export function unmarkAlertReviewed(firmId: string, userId: string, alertId: string): void {
  const db = getDb();
  const a = db
    .select({ id: alerts.id })
    .from(alerts)
    .where(and(eq(alerts.id, alertId), eq(alerts.firmId, firmId)))
    .get();
  if (a)
    db.update(alertReads)
      .set({ reviewedAt: null })
      .where(and(eq(alertReads.alertId, alertId), eq(alertReads.userId, userId)))
      .run();
}

export function reviewMatch(actor: Actor, alertId: string, clientId: string, reviewed: boolean): boolean {
  const db = getDb();
  return db.transaction((tx) => {
    const a = tx
      .select({ id: alerts.id })
      .from(alerts)
      .where(and(eq(alerts.id, alertId), eq(alerts.firmId, actor.firmId)))
      .get();
    const c = tx
      .select({ id: clients.id, familyName: clients.familyName, givenNames: clients.givenNames })
      .from(clients)
      .where(and(eq(clients.id, clientId), eq(clients.firmId, actor.firmId)))
      .get();
    if (!a || !c) return false;
    const key = matchKey(alertId, c);
    const m = tx.select({ reviewedAt: alertMatches.reviewedAt }).from(alertMatches).where(key).get();
    if (!m) return false;
    const now = new Date().toISOString();
    tx.update(alertMatches)
      .set(
        reviewed
          ? { reviewedAt: now, reviewedBy: actor.id, isNew: false }
          : { reviewedAt: null, reviewedBy: null },
      )
      .where(key)
      .run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: reviewed ? "alert.match_reviewed" : "alert.match_reopened",
      entityType: "client",
      entityId: clientId,
      before: { alertId, reviewedAt: m.reviewedAt },
      after: { alertId, reviewedAt: reviewed ? now : null },
      ip: actor.ip ?? null,
    });
    return true;
  });
}

export function addTimelineNote(
  actor: Actor,
  clientId: string,
  body: string,
  alertId: string | null,
): string | null {
  const db = getDb();
  return db.transaction((tx) => {
    const c = tx
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.id, clientId), eq(clients.firmId, actor.firmId)))
      .get();
    if (!c) return null;
    if (
      alertId &&
      !tx
        .select({ id: alerts.id })
        .from(alerts)
        .where(and(eq(alerts.id, alertId), eq(alerts.firmId, actor.firmId)))
        .get()
    )
      return null;
    const id = createId();
    const date = firmToday(actor.firmId);
    tx.insert(timelineNotes)
      .values({ id, firmId: actor.firmId, clientId, alertId, date, body, createdBy: actor.id })
      .run();
    tx.update(clients).set({ lastChangeAt: new Date().toISOString() }).where(eq(clients.id, clientId)).run();
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "timeline.note_added",
      entityType: "client",
      entityId: clientId,
      after: { noteId: id, alertId, date, body },
      ip: actor.ip ?? null,
    });
    return id;
  });
}

export type FactCorrection = {
  relevant: boolean;
  kind: ReportKind;
  /** With onBoard: the landing countries. Without it: every country, each keeping the role it had (a new one lands). */
  countries: string[];
  /** The nationalities on board (a third-country removal), when staff say which is which. */
  onBoard?: string[] | null;
  eventDate: string | null;
  peopleCount: number | null;
  peopleMin: number | null;
  peopleMax: number | null;
  departure: string[];
  arrival: string[];
  flightTypes: string[];
};

/** Staff correct the facts; a change of countries re-runs the matching. Audited with the old values. */
export function correctAlert(
  actor: Actor,
  alertId: string,
  version: number,
  c: FactCorrection,
): "ok" | "missing" | "conflict" {
  const db = getDb();
  return db.transaction((tx) => {
    const a = tx
      .select()
      .from(alerts)
      .where(and(eq(alerts.id, alertId), eq(alerts.firmId, actor.firmId)))
      .get();
    if (!a) return "missing";
    if (a.version !== version) return "conflict";
    const article = tx
      .select({ relevant: articles.relevant })
      .from(articles)
      .where(eq(articles.id, a.articleId))
      .get();
    const now = new Date().toISOString();
    const roles = correctedRoles(
      { countries: a.countries, onBoard: a.onBoard },
      { countries: c.countries, onBoard: c.onBoard },
    );
    const before = {
      kind: a.kind,
      countries: a.countries,
      onBoard: a.onBoard,
      eventDate: a.eventDate,
      peopleCount: a.peopleCount,
      peopleMin: a.peopleMin,
      peopleMax: a.peopleMax,
      departure: a.departure,
      arrival: a.arrival,
      flightTypes: a.flightTypes,
    };
    const after = {
      kind: c.kind,
      countries: roles.countries,
      onBoard: roles.onBoard,
      eventDate: c.eventDate,
      peopleCount: c.peopleCount,
      peopleMin: c.peopleMin,
      peopleMax: c.peopleMax,
      departure: c.departure,
      arrival: c.arrival,
      flightTypes: c.flightTypes,
    };
    const corrected = { ...a.corrected };
    for (const k of Object.keys(after) as (keyof typeof after)[]) {
      if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) corrected[k] = { by: actor.id, at: now };
    }
    if ((article?.relevant ?? true) !== c.relevant) corrected.relevant = { by: actor.id, at: now };
    const countries = c.relevant ? roles.countries : [];
    tx.update(alerts)
      .set({
        ...after,
        countries,
        onBoard: c.relevant ? roles.onBoard : [],
        corrected,
        version: a.version + 1,
        updatedAt: now,
      })
      .where(eq(alerts.id, alertId))
      .run();
    tx.update(articles).set({ relevant: c.relevant, kind: c.kind }).where(eq(articles.id, a.articleId)).run();
    // A country moved between landing and on board changes its clients' ranks: matched again too.
    if (
      JSON.stringify([...a.countries].sort()) !== JSON.stringify([...countries].sort()) ||
      JSON.stringify([...a.onBoard].sort()) !== JSON.stringify([...(c.relevant ? roles.onBoard : [])].sort())
    ) {
      tx.delete(alertCountries).where(eq(alertCountries.alertId, alertId)).run();
      for (const code of countries)
        tx.insert(alertCountries)
          .values({ alertId, firmId: actor.firmId, country: code, createdAt: a.createdAt })
          .run();
      const reviewed = tx
        .select({
          clientId: alertMatches.clientId,
          sortName: alertMatches.sortName,
          reviewedAt: alertMatches.reviewedAt,
          reviewedBy: alertMatches.reviewedBy,
        })
        .from(alertMatches)
        .where(and(eq(alertMatches.alertId, alertId), sql`${alertMatches.reviewedAt} is not null`))
        .all();
      matchAlert(tx, { id: alertId, firmId: actor.firmId, countries });
      // Reviews of clients who stay on the alert are kept.
      for (const r of reviewed)
        tx.update(alertMatches)
          .set({ reviewedAt: r.reviewedAt, reviewedBy: r.reviewedBy })
          .where(
            and(
              eq(alertMatches.alertId, alertId),
              inArray(alertMatches.tierRank, [0, 1, 2, 3, 4]),
              eq(alertMatches.sortName, r.sortName),
              eq(alertMatches.clientId, r.clientId),
            ),
          )
          .run();
      notifyLawyers(tx, alertId);
    }
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "alert.corrected",
      entityType: "alert",
      entityId: alertId,
      before: { ...before, relevant: article?.relevant ?? true },
      after: { ...after, countries, onBoard: c.relevant ? roles.onBoard : [], relevant: c.relevant },
      ip: actor.ip ?? null,
    });
    return "ok";
  });
}

// ---------------------------------------------------------------------------------------------
// The country view

export type CountryViewRow = {
  code: string;
  name: string;
  nationals: number;
  finalOrders: number;
  /** Alerts of flights that landed in the country (or changed its acceptance), month by month. */
  alerts: number[];
  totalAlerts: number;
  /** Alerts of third-country removals that carried its nationals to another country, month by month. */
  onBoard: number[];
  totalOnBoard: number;
};

/**
 * Alerts per country and month over the last months, counted apart by role: a third-country removal
 * (Nepali nationals flown to Panama) counts for Panama as a landing and for Nepal as "on board", never
 * as a flight that landed in Nepal (alerts.on_board says which of an alert's countries were on board).
 */
export function countryView(firmId: string, months = 12, now = new Date()) {
  const db = getDb();
  const start = new Date(now);
  start.setUTCDate(1);
  start.setUTCMonth(start.getUTCMonth() - (months - 1));
  const since = start.toISOString().slice(0, 10);
  const perMonth = db.all<{ country: string; month: string; n: number; onBoard: number }>(sql`
    select ac.country as country, substr(ac.created_at, 1, 7) as month, count(*) as n,
      sum(exists (select 1 from json_each(a.on_board) j where j.value = ac.country)) as onBoard
    from alert_countries ac join alerts a on a.id = ac.alert_id
    where ac.firm_id = ${firmId} and ac.created_at >= ${since}
    group by ac.country, substr(ac.created_at, 1, 7)`);
  const nationals = db
    .select({ country: sql<string>`country`, n: sql<number>`count(*)` })
    .from(sql`client_nationalities`)
    .where(sql`firm_id = ${firmId}`)
    .groupBy(sql`country`)
    .all();
  const finalOrders = db
    .select({ country: sql<string>`n.country`, n: sql<number>`count(*)` })
    .from(sql`client_nationalities n join clients c on c.id = n.client_id`)
    .where(sql`n.firm_id = ${firmId} and c.removal_phase = 'final_order'`)
    .groupBy(sql`n.country`)
    .all();
  const monthsList: string[] = [];
  for (let i = 0; i < months; i++) {
    const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
    monthsList.push(d.toISOString().slice(0, 7));
  }
  const codes = new Set([...perMonth.map((r) => r.country), ...nationals.map((r) => r.country)]);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const rows: CountryViewRow[] = [...codes]
    .map((code) => {
      const of = (m: string) => perMonth.find((r) => r.country === code && r.month === m);
      const alertsByMonth = monthsList.map((m) => (of(m) ? of(m)!.n - of(m)!.onBoard : 0));
      const onBoardByMonth = monthsList.map((m) => of(m)?.onBoard ?? 0);
      return {
        code,
        name: countryName(code),
        nationals: nationals.find((r) => r.country === code)?.n ?? 0,
        finalOrders: finalOrders.find((r) => r.country === code)?.n ?? 0,
        alerts: alertsByMonth,
        totalAlerts: sum(alertsByMonth),
        onBoard: onBoardByMonth,
        totalOnBoard: sum(onBoardByMonth),
      };
    })
    .sort(
      (a, b) =>
        b.totalAlerts + b.totalOnBoard - (a.totalAlerts + a.totalOnBoard) ||
        b.totalAlerts - a.totalAlerts ||
        b.nationals - a.nationals ||
        a.name.localeCompare(b.name),
    );
  return { months: monthsList, rows };
}

/** The alerts a client is on, for their page: through the alerts of their countries, newest first. */
export function alertsForClient(firmId: string, clientId: string) {
  const db = getDb();
  const c = db
    .select({
      id: clients.id,
      familyName: clients.familyName,
      givenNames: clients.givenNames,
      nationalities: clients.nationalities,
      countryOfBirth: clients.countryOfBirth,
    })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.firmId, firmId)))
    .get();
  if (!c) return [];
  const countries = c.nationalities.length ? c.nationalities : c.countryOfBirth ? [c.countryOfBirth] : [];
  if (!countries.length) return [];
  return db
    .select({
      id: alerts.id,
      title: articles.title,
      countries: alerts.countries,
      eventDate: alerts.eventDate,
      kind: alerts.kind,
      tierRank: alertMatches.tierRank,
      isNew: alertMatches.isNew,
      reviewedAt: alertMatches.reviewedAt,
      createdAt: alerts.createdAt,
    })
    .from(alertCountries)
    .innerJoin(
      alertMatches,
      and(
        eq(alertMatches.alertId, alertCountries.alertId),
        inArray(alertMatches.tierRank, [0, 1, 2, 3, 4]),
        eq(alertMatches.sortName, sortNameOf(c)),
        eq(alertMatches.clientId, clientId),
      ),
    )
    .innerJoin(alerts, eq(alerts.id, alertCountries.alertId))
    .innerJoin(articles, eq(articles.id, alerts.articleId))
    .where(and(eq(alertCountries.firmId, firmId), inArray(alertCountries.country, countries)))
    .orderBy(desc(alertCountries.createdAt))
    .limit(10)
    .all()
    .map((a) => ({ ...a, tier: TIER_BY_RANK[a.tierRank] ?? "none" }));
}

export function timelineNotesFor(firmId: string, clientId: string) {
  return getDb()
    .select({
      id: timelineNotes.id,
      date: timelineNotes.date,
      body: timelineNotes.body,
      alertId: timelineNotes.alertId,
      createdAt: timelineNotes.createdAt,
      createdBy: users.displayName,
    })
    .from(timelineNotes)
    .leftJoin(users, eq(users.id, timelineNotes.createdBy))
    .where(and(eq(timelineNotes.firmId, firmId), eq(timelineNotes.clientId, clientId)))
    .orderBy(desc(timelineNotes.date), desc(timelineNotes.createdAt))
    .all();
}

export function encodeAlertCursor(c: AlertCursor | MatchCursor): string {
  return Buffer.from(JSON.stringify(c), "utf8").toString("base64url");
}

export function decodeAlertCursor(raw: string | null): AlertCursor | null {
  const v = decodeJson(raw);
  return v && typeof v.createdAt === "string" && typeof v.id === "string"
    ? { createdAt: v.createdAt, id: v.id }
    : null;
}

export function decodeMatchCursor(raw: string | null): MatchCursor | null {
  const v = decodeJson(raw);
  return v && typeof v.rank === "number" && typeof v.name === "string" && typeof v.id === "string"
    ? { rank: v.rank, name: v.name, id: v.id }
    : null;
}

function decodeJson(raw: string | null): Record<string, unknown> | null {
  if (!raw || raw.length > 600) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    return v && typeof v === "object" ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Staff overrule the extractor: an article it judged not relevant becomes an alert for the countries they name. */
export function promoteArticle(
  actor: Actor,
  articleId: string,
  kind: ReportKind,
  countries: string[],
): string | null {
  const db = getDb();
  return db.transaction((tx) => {
    const a = tx
      .select()
      .from(articles)
      .where(and(eq(articles.id, articleId), eq(articles.firmId, actor.firmId)))
      .get();
    if (!a) return null;
    const existing = tx.select({ id: alerts.id }).from(alerts).where(eq(alerts.articleId, articleId)).get();
    if (existing) return existing.id;
    const x = extractFlightFacts({ title: a.title, text: a.body, published: a.publishedOn });
    const now = new Date().toISOString();
    const alertId = createSortableId();
    tx.insert(alerts)
      .values({
        id: alertId,
        firmId: actor.firmId,
        articleId,
        kind,
        countries,
        eventDate: x.eventDate?.value ?? null,
        peopleCount: x.people?.value ?? null,
        peopleMin: x.people?.approx?.[0] ?? null,
        peopleMax: x.people?.approx?.[1] ?? null,
        departure: x.departure.map((p) => p.place),
        arrival: x.arrival.map((p) => p.place),
        flightTypes: x.flightTypes.map((t) => t.type),
        facts: x as unknown as Record<string, unknown>,
        corrected: {
          relevant: { by: actor.id, at: now },
          countries: { by: actor.id, at: now },
          kind: { by: actor.id, at: now },
        },
        createdAt: now,
      })
      .run();
    tx.update(articles).set({ relevant: true, kind }).where(eq(articles.id, articleId)).run();
    for (const c of countries)
      tx.insert(alertCountries).values({ alertId, firmId: actor.firmId, country: c, createdAt: now }).run();
    matchAlert(tx, { id: alertId, firmId: actor.firmId, countries });
    notifyLawyers(tx, alertId);
    writeAudit(tx, {
      firmId: actor.firmId,
      actorUserId: actor.id,
      action: "alert.created",
      entityType: "alert",
      entityId: alertId,
      before: { articleId, relevant: false, kind: a.kind },
      after: { articleId, relevant: true, kind, countries, by: "staff" },
      ip: actor.ip ?? null,
    });
    return alertId;
  });
}

export function getArticle(firmId: string, articleId: string) {
  return (
    getDb()
      .select()
      .from(articles)
      .where(and(eq(articles.id, articleId), eq(articles.firmId, firmId)))
      .get() ?? null
  );
}

/**
 * What the alert page shows: the alert, its article, the facts as read (with the defaults of facts stored
 * before roles, certainty and hedges were read), one page of affected clients, and whether this user
 * reviewed it. Opening the page marks the alert read for the user. Null when the alert is not the firm's.
 */
export function alertPageData(
  firmId: string,
  userId: string,
  alertId: string,
  query: { tier: RiskTier | null; after: string | null },
): {
  alert: AlertPageAlert;
  article: AlertPageArticle;
  facts: AlertPageFacts;
  matches: AlertPageMatch[];
  next: string | null;
  tier: RiskTier | null;
  reviewedByMe: boolean;
} | null {
  const found = getAlert(firmId, alertId);
  if (!found) return null;
  const { alert, article } = found;
  markAlertRead(firmId, userId, alert.id);
  const page = listMatches(getDb(), firmId, alert.id, {
    tier: query.tier,
    after: decodeMatchCursor(query.after),
    limit: 100,
  });
  const facts = alert.facts as unknown as Extraction;
  const language = article.language ?? articleLanguage(facts);
  return {
    alert: {
      id: alert.id,
      kind: alert.kind,
      countries: alert.countries,
      onBoard: alert.onBoard,
      eventDate: alert.eventDate,
      peopleCount: alert.peopleCount,
      peopleMin: alert.peopleMin,
      peopleMax: alert.peopleMax,
      departure: alert.departure,
      arrival: alert.arrival,
      flightTypes: alert.flightTypes,
      counts: alert.counts,
      corrected: Object.keys(alert.corrected),
      version: alert.version,
      createdAt: alert.createdAt,
    },
    article: {
      title: article.title,
      url: safeHttpUrl(article.url),
      publishedOn: article.publishedOn,
      source: article.source,
      language,
      lang: langTag(language, `${article.title}\n${article.body}`),
    },
    facts: {
      sentences: facts.sentences,
      countries: facts.countries.map(countryFact),
      eventDate: facts.eventDate,
      people: facts.people ? { ...facts.people, hedged: facts.people.hedged ?? false } : null,
      departure: facts.departure,
      arrival: facts.arrival,
      flightTypes: facts.flightTypes,
      kindSource: facts.kindSource,
      why: facts.why,
    },
    matches: page.rows,
    next: page.next ? encodeAlertCursor(page.next) : null,
    tier: query.tier,
    reviewedByMe: Boolean(readState(userId, alert.id)?.reviewedAt),
  };
}

export function readState(userId: string, alertId: string) {
  return (
    getDb()
      .select()
      .from(alertReads)
      .where(and(eq(alertReads.alertId, alertId), eq(alertReads.userId, userId)))
      .get() ?? null
  );
}

// ---------------------------------------------------------------------------------------------
// How far to trust the reader

export type CorrectionStats = {
  days: number;
  /** Alerts created in the window (by the reader or by staff). */
  alerts: number;
  /** Distinct alerts corrected by staff in the window, or made by staff from an article the reader set aside. */
  corrected: number;
  /** Distinct alerts per kind of correction (one alert can count under several). */
  byKind: Record<CorrectionKind, number>;
  /** Of relevanceOverturned: articles the reader set aside that staff made alerts, and alerts staff judged not relevant. */
  missed: number;
  falseAlarms: number;
};

/** The partial index's condition (db/schema.ts, audit_alert_review_idx), as SQL text without parameters. */
const ALERT_REVIEW_ENTRIES = sql.raw(
  "entity_type = 'alert' and (action = 'alert.corrected' or (action = 'alert.created' and before is not null))",
);

/**
 * The corrections of the last `days` days, from the audit entries written in the same transaction as each
 * correction (alert.corrected, and alert.created by staff from an article judged not relevant). Read
 * from the partial index audit_alert_review_idx, which holds only those entries (an alert the reader
 * raised is created without a "before"): reading every alert.created entry cost the inbox 6 ms at the
 * 102,000-client data set, 1,857 entries parsed to keep none (docs/performance.md, run 10). The
 * condition below must stay word for word the index's, or SQLite cannot use it.
 */
export function correctionStats(firmId: string, opts: { now?: Date; days?: number } = {}): CorrectionStats {
  const db = getDb();
  const days = opts.days ?? 90;
  const since = new Date((opts.now ?? new Date()).getTime() - days * 86_400_000).toISOString();
  const entries = db
    .select({
      action: auditLog.action,
      alertId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(and(eq(auditLog.firmId, firmId), gte(auditLog.at, since), ALERT_REVIEW_ENTRIES))
    .all();
  const byKind = Object.fromEntries(CORRECTION_KINDS.map((k) => [k, new Set<string>()])) as Record<
    CorrectionKind,
    Set<string>
  >;
  const corrected = new Set<string>();
  const missed = new Set<string>();
  const falseAlarms = new Set<string>();
  for (const e of entries) {
    if (!e.alertId) continue;
    const before = (e.before ?? null) as Record<string, unknown> | null;
    const after = (e.after ?? null) as Record<string, unknown> | null;
    // An alert the reader raised is created without a "before"; one staff made from a set-aside article has one.
    if (e.action === "alert.created" && before?.relevant !== false) continue;
    const kinds = correctionKinds(before, after);
    if (!kinds.length) continue;
    corrected.add(e.alertId);
    for (const k of kinds) byKind[k].add(e.alertId);
    if (kinds.includes("relevanceOverturned"))
      (after?.relevant === false ? falseAlarms : missed).add(e.alertId);
  }
  const alertsIn =
    db
      .select({ n: sql<number>`count(*)` })
      .from(alerts)
      .where(and(eq(alerts.firmId, firmId), gte(alerts.createdAt, since)))
      .get()?.n ?? 0;
  return {
    days,
    alerts: alertsIn,
    corrected: corrected.size,
    byKind: Object.fromEntries(CORRECTION_KINDS.map((k) => [k, byKind[k].size])) as Record<
      CorrectionKind,
      number
    >,
    missed: missed.size,
    falseAlarms: falseAlarms.size,
  };
}

/** Recent articles written in a language Casewatch does not read, so they do not vanish as "not relevant". */
export function notReadArticles(firmId: string, opts: { now?: Date; days?: number; limit?: number } = {}) {
  const since = new Date((opts.now ?? new Date()).getTime() - (opts.days ?? 30) * 86_400_000).toISOString();
  return getDb()
    .select({
      id: articles.id,
      title: articles.title,
      url: articles.url,
      publishedOn: articles.publishedOn,
      source: articles.source,
      language: articles.language,
      createdAt: articles.createdAt,
      alertId: alerts.id,
    })
    .from(articles)
    .leftJoin(alerts, eq(alerts.articleId, articles.id))
    .where(
      and(
        eq(articles.firmId, firmId),
        sql`json_extract(language, '$.read') = 0`,
        gte(articles.createdAt, since),
      ),
    )
    .orderBy(desc(articles.createdAt))
    .limit(opts.limit ?? 10)
    .all()
    .map((a) => ({ ...a, language: a.language ?? ENGLISH }));
}
