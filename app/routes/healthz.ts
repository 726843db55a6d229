import { sql } from "drizzle-orm";
import { getDb } from "#db/client";

// 200 only after a real query answers; 503 when the database cannot be read.
export async function loader() {
  try {
    getDb().get(sql`select count(*) as n from firms`);
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
