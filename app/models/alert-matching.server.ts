import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { prepared, type Db, type Tx } from "#db/client";
import { alertCountries, alertMatches, alerts, type AlertCounts } from "#db/schema";
import { countryRoles } from "~/domain/alert-facts";
import { countryName } from "~/domain/countries";
import { FLIGHT_RANK, type FlightTier } from "~/domain/flight-risk";
import { TIER_BY_RANK } from "~/domain/risk";
import { createId } from "~/utils/crypto.server";
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

export function matchAlert(tx: Db | Tx, alert: { id: string; firmId: string; countries: string[] }): void {
  tx.delete(alertMatches).where(eq(alertMatches.alertId, alert.id)).run();
  if (alert.countries.length) {
    const list = sql.join(
      alert.countries.map((c) => sql`${c}`),
      sql`, `,
    );
    // From the index alone (firm, country, rank, name, client): no client row is read. A client with two
    // listed nationalities is matched once, on the first of them.
    tx.run(sql`
      insert or ignore into alert_matches (alert_id, client_id, tier_rank, country, via, sort_name, is_new)
      select ${alert.id}, n.client_id, n.alert_rank, n.country, null, n.sort_name, 0
      from client_nationalities n
      where n.firm_id = ${alert.firmId} and n.country in (${list}) and n.alert_rank >= 0`);
    tx.run(sql`
      insert or ignore into alert_matches (alert_id, client_id, tier_rank, country, via, sort_name, is_new)
      select ${alert.id}, c.id, c.alert_rank, c.country_of_birth, 'birth', c.family_name || ' ' || c.given_names, 0
      from clients c
      where c.firm_id = ${alert.firmId} and c.country_of_birth in (${list}) and c.nationalities = '[]' and c.alert_tier != 'excluded'`);
  }
  recount(tx, alert.id);
}

export function recount(tx: Db | Tx, alertId: string): AlertCounts {
  const counts = { ...EMPTY };
  for (const r of tx
    .select({ rank: alertMatches.tierRank, n: sql<number>`count(*)` })
    .from(alertMatches)
    .where(eq(alertMatches.alertId, alertId))
    .groupBy(alertMatches.tierRank)
    .all()) {
    const tier = TIER_BY_RANK[r.rank];
    if (tier) counts[tier] = r.n;
  }
  const topRank = counts.critical ? 4 : counts.high ? 3 : counts.elevated ? 2 : counts.low ? 1 : 0;
  tx.update(alerts).set({ counts, topRank }).where(eq(alerts.id, alertId)).run();
  return counts;
}

/**
 * Puts one message per lawyer in the notification outbox for the critical and high matches given
 * (those of a new alert, or a client added later). The worker sends it within its poll interval.
 */
export function notifyLawyers(tx: Db | Tx, alertId: string, onlyClientId?: string, now = new Date()): number {
  const alert = tx.select().from(alerts).where(eq(alerts.id, alertId)).get();
  if (!alert) return 0;
  // Counted in SQL, one row per lawyer: an alert can have thousands of critical and high matches. For a
  // whole alert the counts come from the same index the matches came from (client_nationalities carries
  // the lawyer), plus the few clients matched by country of birth.
  const byLawyer = new Map<string, { email: string; critical: number; high: number }>();
  const list = sql.join(
    alert.countries.map((c) => sql`${c}`),
    sql`, `,
  );
  const rows = onlyClientId
    ? tx.all<{ lawyerId: string; email: string | null; critical: number; total: number }>(sql`
        select c.lawyer_id as lawyerId, u.email as email, sum(m.tier_rank = 4) as critical, count(*) as total
        from alert_matches m join clients c on c.id = m.client_id join users u on u.id = c.lawyer_id and u.active = 1
        where m.alert_id = ${alertId} and m.tier_rank >= 3 and m.client_id = ${onlyClientId}
        group by c.lawyer_id`)
    : alert.countries.length
      ? tx.all<{ lawyerId: string; email: string | null; critical: number; total: number }>(sql`
        select x.lawyer_id as lawyerId, u.email as email, count(distinct case when x.rank = 4 then x.client_id end) as critical, count(distinct x.client_id) as total
        from (
          select n.lawyer_id, n.alert_rank as rank, n.client_id from client_nationalities n
          where n.firm_id = ${alert.firmId} and n.country in (${list}) and n.alert_rank >= 3
          union all
          select c.lawyer_id, c.alert_rank, c.id from clients c
          where c.firm_id = ${alert.firmId} and c.country_of_birth in (${list}) and c.nationalities = '[]' and c.alert_rank >= 3
        ) x join users u on u.id = x.lawyer_id and u.active = 1
        group by x.lawyer_id`)
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
    const id = createId();
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
  tier: FlightTier,
  now = new Date(),
): void {
  const countries = client.nationalities.length
    ? client.nationalities
    : client.countryOfBirth
      ? [client.countryOfBirth]
      : [];
  if (!countries.length) return;
  const since = new Date(now.getTime() - LATE_MATCH_DAYS * 86_400_000).toISOString();
  const recent = tx
    .select({ alertId: alertCountries.alertId, country: alertCountries.country })
    .from(alertCountries)
    .where(
      and(
        eq(alertCountries.firmId, client.firmId),
        inArray(alertCountries.country, countries),
        gte(alertCountries.createdAt, since),
      ),
    )
    .all();
  if (!recent.length) return;
  const rank = FLIGHT_RANK[tier];
  const seen = new Set<string>();
  for (const r of recent) {
    if (seen.has(r.alertId)) continue;
    seen.add(r.alertId);
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
