import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { prepared, type Db, type Tx } from "#db/client";
import { alertCountries, alertMatches, alerts, type AlertCounts } from "#db/schema";
import { countryRoles } from "~/domain/alert-facts";
import { countryName } from "~/domain/countries";
import { FLIGHT_RANK, type FlightTier } from "~/domain/flight-risk";
import { TIER_BY_RANK } from "~/domain/risk";
import { createSortableId } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";

// Who an alert puts at risk: the firm's clients with a nationality (or, when no nationality is recorded,
// a country of birth) among the alert's countries: where the flight landed and, for a third-country
// removal, every nationality on board (alerts.on_board says which is which). One INSERT … SELECT over the
// client_nationalities index per alert, reading the flight tier stored on each client (ADR 008).

/** A client is added to an alert for their country when their case changes within this many days of it. */
export const LATE_MATCH_DAYS = 30;
const EMPTY: AlertCounts = { critical: 0, high: 0, elevated: 0, low: 0, none: 0 };
/** The name part of a match's key: what client_nationalities.sort_name holds, and SQL's `family || ' ' || given`. */
export function sortNameOf(c: { familyName: string; givenNames: string }): string {
  return `${c.familyName} ${c.givenNames}`;
}

/** One client's row of one alert, found by its key whatever its tier (a handful of point lookups). */
export function matchKey(alertId: string, client: { id: string; familyName: string; givenNames: string }) {
  return and(
    eq(alertMatches.alertId, alertId),
    inArray(alertMatches.tierRank, [-1, 0, 1, 2, 3, 4]),
    eq(alertMatches.sortName, sortNameOf(client)),
    eq(alertMatches.clientId, client.id),
  );
}

// Prepared once per connection (db/client.ts `prepared`); the alert's countries go in as one JSON array,
// so the statement text is the same whatever their number. Building these through drizzle for each alert
// cost more than running them (docs/alerts.md, "Performance"). The rank read is the flight-home one
// (alert_rank) for the landing countries and on_board_rank for the nationalities on board a
// third-country removal (flight-risk.ts).
const matchByNationality = (rank: "alert_rank" | "on_board_rank", exceptMatched: boolean) => `
  insert or ignore into alert_matches (alert_id, client_id, tier_rank, country, via, sort_name, is_new)
  select ?, n.client_id, n.${rank}, n.country, null, n.sort_name, 0
  from client_nationalities n
  where n.firm_id = ? and n.country in (select value from json_each(?)) and n.${rank} >= 0${
    exceptMatched
      ? `
    and not exists (select 1 from alert_matches m where m.alert_id = ? and m.tier_rank in (0, 1, 2, 3, 4)
      and m.sort_name = n.sort_name and m.client_id = n.client_id)`
      : ""
  }`;
const matchByBirth = (rank: "alert_rank" | "on_board_rank") => `
  insert or ignore into alert_matches (alert_id, client_id, tier_rank, country, via, sort_name, is_new)
  select ?, c.id, c.${rank}, c.country_of_birth, 'birth', c.family_name || ' ' || c.given_names, 0
  from clients c
  where c.firm_id = ? and c.country_of_birth in (select value from json_each(?)) and c.nationalities = '[]' and c.${rank} >= 0`;
const MATCH = {
  landing: matchByNationality("alert_rank", false),
  onBoard: matchByNationality("on_board_rank", false),
  onBoardAfterLanding: matchByNationality("on_board_rank", true),
  landingByBirth: matchByBirth("alert_rank"),
  onBoardByBirth: matchByBirth("on_board_rank"),
};

export function matchAlert(
  tx: Db | Tx,
  alert: { id: string; firmId: string; countries: string[]; onBoard?: string[] },
  opts: { fresh?: boolean } = {},
): AlertCounts {
  // A new alert has no matches to clear (its id was made a moment ago).
  if (!opts.fresh) prepared("delete from alert_matches where alert_id = ?").run(alert.id);
  if (alert.countries.length) {
    const onBoard =
      alert.onBoard ??
      (JSON.parse(
        (prepared("select on_board from alerts where id = ?").pluck().get(alert.id) as string | undefined) ??
          "[]",
      ) as string[]);
    const { landing, onBoard: aboard } = countryRoles({ countries: alert.countries, onBoard });
    // From the index alone (firm, country, rank, name, client, lawyer, on-board rank): no client row is
    // read. A client with two listed nationalities is matched once: on the first landing country, else
    // on the first nationality on board.
    if (landing.length) {
      const list = JSON.stringify(landing);
      prepared(MATCH.landing).run(alert.id, alert.firmId, list);
      prepared(MATCH.landingByBirth).run(alert.id, alert.firmId, list);
    }
    if (aboard.length) {
      const list = JSON.stringify(aboard);
      if (landing.length) prepared(MATCH.onBoardAfterLanding).run(alert.id, alert.firmId, list, alert.id);
      else prepared(MATCH.onBoard).run(alert.id, alert.firmId, list);
      prepared(MATCH.onBoardByBirth).run(alert.id, alert.firmId, list);
    }
  }
  return recount(tx, alert.id);
}

export function recount(_tx: Db | Tx, alertId: string): AlertCounts {
  const counts = { ...EMPTY };
  for (const r of prepared(
    "select tier_rank as rank, count(*) as n from alert_matches where alert_id = ? group by tier_rank",
  ).all(alertId) as { rank: number; n: number }[]) {
    const tier = TIER_BY_RANK[r.rank];
    if (tier) counts[tier] = r.n;
  }
  const topRank = counts.critical ? 4 : counts.high ? 3 : counts.elevated ? 2 : counts.low ? 1 : 0;
  prepared("update alerts set counts = ?, top_rank = ? where id = ?").run(
    JSON.stringify(counts),
    topRank,
    alertId,
  );
  return counts;
}

/**
 * Puts one message per lawyer in the notification outbox for the critical and high matches given
 * (those of a new alert, or a client added later). The worker sends it within its poll interval.
 */
const LAWYERS_OF_CLIENT = `
  select c.lawyer_id as lawyerId, u.email as email, sum(m.tier_rank = 4) as critical, count(*) as total
  from alert_matches m join clients c on c.id = m.client_id join users u on u.id = c.lawyer_id and u.active = 1
  where m.alert_id = ? and m.tier_rank >= 3 and m.client_id = ?
  group by c.lawyer_id`;
const LAWYERS_OF_ALERT = `
  select x.lawyer_id as lawyerId, u.email as email, count(distinct case when x.rank = 4 then x.client_id end) as critical, count(distinct x.client_id) as total
  from (
    select n.lawyer_id, n.alert_rank as rank, n.client_id from client_nationalities n
    where n.firm_id = ? and n.country in (select value from json_each(?)) and n.alert_rank >= 3
    union all
    select c.lawyer_id, c.alert_rank, c.id from clients c
    where c.firm_id = ? and c.country_of_birth in (select value from json_each(?)) and c.nationalities = '[]' and c.alert_rank >= 3
  ) x join users u on u.id = x.lawyer_id and u.active = 1
  group by x.lawyer_id`;

// One country (most alerts): no client can be counted twice, so the counts are read per (rank, lawyer)
// straight from the covering index, without the DISTINCT above (a third of the cost, measured).
const LAWYERS_OF_ONE_COUNTRY = `
  select lawyerId, sum(critical) as critical, sum(total) as total from (
    select n.lawyer_id as lawyerId, (n.alert_rank = 4) * count(*) as critical, count(*) as total
    from client_nationalities n
    where n.firm_id = ? and n.country = ? and n.alert_rank >= 3
    group by n.alert_rank, n.lawyer_id
    union all
    select c.lawyer_id, sum(c.alert_rank = 4), count(*) from clients c
    where c.firm_id = ? and c.country_of_birth = ? and c.nationalities = '[]' and c.alert_rank >= 3
    group by c.lawyer_id
  ) group by lawyerId`;

type LawyerCount = { lawyerId: string; email: string | null; critical: number; total: number };

// A third-country removal: its clients' ranks differ by role, so the counts come from the matches stored.
const LAWYERS_OF_MATCHES = `
  select c.lawyer_id as lawyerId, u.email as email, sum(m.tier_rank = 4) as critical, count(*) as total
  from alert_matches m join clients c on c.id = m.client_id join users u on u.id = c.lawyer_id and u.active = 1
  where m.alert_id = ? and m.tier_rank in (3, 4)
  group by c.lawyer_id`;

function lawyersOfAlert(alert: {
  id: string;
  firmId: string;
  countries: string[];
  onBoard: string[];
}): LawyerCount[] {
  if (countryRoles(alert).onBoard.length) return prepared(LAWYERS_OF_MATCHES).all(alert.id) as LawyerCount[];
  if (alert.countries.length > 1) {
    const list = JSON.stringify(alert.countries);
    return prepared(LAWYERS_OF_ALERT).all(alert.firmId, list, alert.firmId, list) as LawyerCount[];
  }
  const [country] = alert.countries;
  const counts = prepared(LAWYERS_OF_ONE_COUNTRY).all(alert.firmId, country, alert.firmId, country) as Omit<
    LawyerCount,
    "email"
  >[];
  const ids = counts.map((c) => c.lawyerId).filter(Boolean);
  if (!ids.length) return [];
  const emails = new Map(
    (
      prepared("select id, email from users where active = 1 and id in (select value from json_each(?))").all(
        JSON.stringify(ids),
      ) as { id: string; email: string | null }[]
    ).map((u) => [u.id, u.email]),
  );
  return counts.filter((c) => emails.has(c.lawyerId)).map((c) => ({ ...c, email: emails.get(c.lawyerId)! }));
}

/**
 * Puts one message per lawyer in the notification outbox for the critical and high matches given
 * (those of a new alert, or a client added later). The worker sends it within its poll interval.
 * The alert's row may be passed by a caller that has it (ingestion), saving a read.
 */
export function notifyLawyers(
  tx: Db | Tx,
  alertId: string,
  onlyClientId?: string,
  now = new Date(),
  known?: { id: string; firmId: string; countries: string[]; onBoard: string[] },
): number {
  const alert = known ?? tx.select().from(alerts).where(eq(alerts.id, alertId)).get();
  if (!alert) return 0;
  // Counted in SQL, one row per lawyer: an alert can have thousands of critical and high matches. For a
  // whole alert the counts come from the same index the matches came from (client_nationalities carries
  // the lawyer), plus the few clients matched by country of birth.
  const byLawyer = new Map<string, { email: string; critical: number; high: number }>();
  const rows = onlyClientId
    ? (prepared(LAWYERS_OF_CLIENT).all(alertId, onlyClientId) as LawyerCount[])
    : alert.countries.length
      ? lawyersOfAlert(alert)
      : [];
  for (const r of rows)
    if (r.lawyerId && r.email)
      byLawyer.set(r.lawyerId, { email: r.email, critical: r.critical, high: r.total - r.critical });
  // A third-country removal names where it landed and who was on board.
  const roles = countryRoles(alert);
  const where = roles.onBoard.length
    ? `${roles.landing.map(countryName).join(", ") || "a third country"} (on board: ${roles.onBoard.map(countryName).join(", ")})`
    : alert.countries.map(countryName).join(", ") || "a country your clients come from";
  const link = `${env.appOrigin ?? ""}/alerts/${alert.id}`;
  let n = 0;
  for (const [lawyerId, e] of byLawyer) {
    const key = onlyClientId
      ? `alert:${alert.id}:client:${onlyClientId}:lawyer:${lawyerId}`
      : `alert:${alert.id}:lawyer:${lawyerId}`;
    // Time-ordered: each new row goes at the end of the outbox's key instead of a random page of it.
    const id = createSortableId();
    const total = e.critical + e.high;
    // No client names in the mail: it may be read on a phone or forwarded; the alert page needs a sign-in.
    const subject = onlyClientId
      ? `Casewatch alert: a client was added to the ${where} alert`
      : `Casewatch alert: ${where} — ${total} of your clients at critical or high risk`;
    const body = [
      onlyClientId
        ? `A client of yours was added to the removal-flight alert for ${where} because their case changed.`
        : `A removal-flight report for ${where} matches ${total} of your clients: ${e.critical} critical, ${e.high} high.`,
      "",
      `Open the alert to see who and why: ${link}`,
      "",
      "Casewatch",
    ].join("\n");
    // A prepared statement: a big firm has dozens of lawyers per alert.
    n += prepared(
      `insert into notification_outbox (id, firm_id, dedupe_key, client_id, recipient_user_id, recipient_kind, channel, to_address, language, subject, body, due_at, message_id)
       values (?, ?, ?, ?, ?, 'staff', 'email', ?, 'en', ?, ?, ?, ?) on conflict do nothing`,
    ).run(
      id,
      alert.firmId,
      key,
      onlyClientId ?? null,
      lawyerId,
      e.email,
      subject,
      body,
      now.toISOString(),
      `<alert.${id}@casewatch>`,
    ).changes;
  }
  return n;
}

/**
 * After a client's case changes: the client joins (or moves within) the alerts of the last 30 days for
 * their countries, flagged as new when they were added or their tier rose, and their lawyer hears of it
 * when the new tier is critical or high. A case closed in their favour takes them off those alerts.
 */
export function syncClientAlerts(
  tx: Db | Tx,
  client: {
    id: string;
    firmId: string;
    nationalities: string[];
    countryOfBirth: string | null;
    familyName: string;
    givenNames: string;
  },
  ownTier: FlightTier,
  now = new Date(),
  onBoardTier: FlightTier = ownTier,
): void {
  const countries = client.nationalities.length
    ? client.nationalities
    : client.countryOfBirth
      ? [client.countryOfBirth]
      : [];
  if (!countries.length) return;
  const since = new Date(now.getTime() - LATE_MATCH_DAYS * 86_400_000).toISOString();
  const recent = tx
    .select({ alertId: alertCountries.alertId, country: alertCountries.country, onBoard: alerts.onBoard })
    .from(alertCountries)
    .innerJoin(alerts, eq(alerts.id, alertCountries.alertId))
    .where(
      and(
        eq(alertCountries.firmId, client.firmId),
        inArray(alertCountries.country, countries),
        gte(alertCountries.createdAt, since),
      ),
    )
    .all();
  if (!recent.length) return;
  // Per alert, the client's role as matchAlert gives it: a landing country of theirs first, else a
  // nationality of theirs on board (then the third-country tier counts).
  const byAlert = new Map<string, { country: string; onBoard: boolean }>();
  for (const r of recent) {
    const aboard = r.onBoard.includes(r.country);
    const had = byAlert.get(r.alertId);
    if (!had || (had.onBoard && !aboard)) byAlert.set(r.alertId, { country: r.country, onBoard: aboard });
  }
  for (const [alertId, role] of byAlert) {
    const r = { alertId, country: role.country };
    const tier = role.onBoard ? onBoardTier : ownTier;
    const rank = FLIGHT_RANK[tier];
    const key = matchKey(r.alertId, client);
    const existing = tx.select().from(alertMatches).where(key).get();
    if (tier === "excluded") {
      if (existing) {
        tx.delete(alertMatches).where(key).run();
        recount(tx, r.alertId);
      }
      continue;
    }
    if (!existing) {
      tx.insert(alertMatches)
        .values({
          alertId: r.alertId,
          clientId: client.id,
          tierRank: rank,
          country: r.country,
          via: client.nationalities.length ? null : "birth",
          sortName: sortNameOf(client),
          isNew: true,
          addedAt: now.toISOString(),
        })
        .run();
    } else if (existing.tierRank !== rank) {
      tx.update(alertMatches)
        .set({
          tierRank: rank,
          ...(rank > existing.tierRank
            ? { isNew: true, addedAt: now.toISOString(), reviewedAt: null, reviewedBy: null }
            : {}),
        })
        .where(key)
        .run();
    } else continue;
    recount(tx, r.alertId);
    if (rank >= 3 && (!existing || rank > existing.tierRank)) notifyLawyers(tx, r.alertId, client.id, now);
  }
}

/** A renamed client keeps their place on every alert of their countries: the name is part of the key. */
export function renameClientMatches(
  tx: Db | Tx,
  client: { id: string; firmId: string; nationalities: string[]; countryOfBirth: string | null },
  before: string,
  after: string,
): void {
  if (before === after) return;
  const countries = client.nationalities.length
    ? client.nationalities
    : client.countryOfBirth
      ? [client.countryOfBirth]
      : [];
  if (!countries.length) return;
  tx.run(sql`
    update alert_matches set sort_name = ${after}
    where alert_id in (select alert_id from alert_countries where firm_id = ${client.firmId} and country in (${sql.join(
      countries.map((c) => sql`${c}`),
      sql`, `,
    )}))
      and tier_rank in (-1, 0, 1, 2, 3, 4) and sort_name = ${before} and client_id = ${client.id}`);
}
