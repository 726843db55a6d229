import { and, eq } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * The row `id` of a table of case records, only when it is this client's, of this firm: the one
 * condition every read and write of a client's record (events, hearings, documents, …) goes through.
 */
export function clientRow(
  table: { id: AnySQLiteColumn; clientId: AnySQLiteColumn; firmId: AnySQLiteColumn },
  firmId: string,
  clientId: string,
  id: string,
) {
  return and(eq(table.id, id), eq(table.clientId, clientId), eq(table.firmId, firmId));
}
