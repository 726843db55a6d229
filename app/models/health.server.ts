import { sql } from "drizzle-orm";
import { getDb } from "#db/client";

/** Throws when the database cannot answer a query (the health check reports it). */
export function checkDatabase(): void {
  getDb().get(sql`select count(*) as n from firms`);
}
