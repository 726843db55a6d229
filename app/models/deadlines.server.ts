// The firm's open deadlines as the deadlines page lists them: everything due within the next 30 days,
// overdue first.
import { and, asc, eq, lte } from "drizzle-orm";
import { getDb } from "#db/client";
import { clientDeadlines, clients } from "#db/schema";
import { addDays, daysBetween } from "~/domain/dates";

export const DEADLINES_WINDOW_DAYS = 30;

export function listUpcomingDeadlines(firmId: string, today: string) {
  const rows = getDb()
    .select({
      clientId: clientDeadlines.clientId,
      key: clientDeadlines.key,
      label: clientDeadlines.label,
      due: clientDeadlines.due,
      kind: clientDeadlines.kind,
      familyName: clients.familyName,
      givenNames: clients.givenNames,
      riskTier: clients.riskTier,
    })
    .from(clientDeadlines)
    .innerJoin(clients, eq(clients.id, clientDeadlines.clientId))
    .where(
      and(
        eq(clientDeadlines.firmId, firmId),
        eq(clientDeadlines.state, "open"),
        lte(clientDeadlines.due, addDays(today, DEADLINES_WINDOW_DAYS)),
      ),
    )
    .orderBy(asc(clientDeadlines.due), asc(clients.familyName))
    .limit(500)
    .all();
  return rows.map((r) => ({ ...r, daysLeft: daysBetween(today, r.due) }));
}
