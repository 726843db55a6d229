// What every form-refusal test needs (docs/forms.md): a route's action, a snapshot of the tables a form
// writes (so "changed nothing" is checked, not assumed), and the one refusal shape.
import path from "node:path";
import type { ActionFunctionArgs } from "@remix-run/node";
import { expect } from "vitest";
import { getSqlite } from "#db/client";
import { callRoute, type RouteAnswer } from "./route-call";

export type Action = (args: ActionFunctionArgs) => Promise<unknown>;
export type Failure = {
  ok: false;
  errors: Record<string, string>;
  values: Record<string, string>;
  formError: string | null;
};

/** The action of a route file under app/routes. */
export const route = async (file: string) =>
  ((await import(/* @vite-ignore */ path.resolve(`app/routes/${file}`))) as { action: Action }).action;

/** Every row of these tables, in order. */
export function tablesSnapshot(tables: string[]): string {
  const db = getSqlite();
  return tables.map((t) => JSON.stringify(db.prepare(`select * from ${t} order by rowid`).all())).join("|");
}

/** The answer is a refusal in the one shape, with the status given. */
export function refusal(r: RouteAnswer, status = 400): Failure {
  expect(r.status).toBe(status);
  const body = r.body as Failure;
  expect(body.ok).toBe(false);
  expect(typeof body.errors).toBe("object");
  expect(typeof body.values).toBe("object");
  expect(body).toHaveProperty("formError");
  return body;
}

/** A form posted to a client's page (`_staff.clients.$id.tsx`) by the signed-in user of `cookie`. */
export async function postClientPage(
  cookie: string,
  id: string,
  form: Record<string, string> | [string, string][],
): Promise<RouteAnswer> {
  return callRoute((await route("_staff.clients.$id.tsx")) as never, `/clients/${id}`, {
    cookie,
    params: { id },
    form,
  });
}
