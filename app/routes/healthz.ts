import { checkDatabase } from "~/models/health.server";

// 200 only after a real query answers; 503 when the database cannot be read.
export async function loader() {
  try {
    checkDatabase();
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
