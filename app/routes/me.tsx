import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { and, eq } from "drizzle-orm";
import { getDb } from "#db/client";
import { clients } from "#db/schema";
import { requireClientSelf } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Your case · Casewatch" }];

// The client's own page. It selects only the fields a client may see, by name: never staff notes,
// tags, risk or audit entries (the portal work adds status, check-ins and messages in the same way).
export async function loader(args: LoaderFunctionArgs) {
  const user = await requireClientSelf(args);
  const client = getDb()
    .select({ givenNames: clients.givenNames, familyName: clients.familyName, nativeName: clients.nativeName })
    .from(clients)
    .where(and(eq(clients.id, user.clientId), eq(clients.firmId, user.firmId)))
    .get();
  if (!client) throw new Response("Not found", { status: 404 });
  return {
    name: `${client.givenNames} ${client.familyName}`,
    nativeName: client.nativeName,
    firm: { name: user.firm.name, phone: user.firm.phone, email: user.firm.email },
  };
}

export default function MyCase() {
  const d = useLoaderData<typeof loader>();
  return (
    <main className="mx-auto max-w-lg px-4 py-8 text-lg">
      <header className="flex items-center justify-between">
        <p className="font-semibold text-blue-800">{d.firm.name}</p>
        <Form method="post" action="/logout">
          <button type="submit" className="min-h-11 px-2 text-base font-medium text-blue-700 underline">
            Sign out
          </button>
        </Form>
      </header>
      <h1 className="mt-6 text-2xl font-semibold text-slate-900">
        Hello, {d.name}
        {d.nativeName ? <span className="block text-xl font-normal text-slate-700">{d.nativeName}</span> : null}
      </h1>
      <section className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">Questions about your case?</h2>
        <p className="mt-2 text-base text-slate-700">Call or write to your lawyer's office.</p>
        {d.firm.phone ? (
          <p className="mt-3">
            <a href={`tel:${d.firm.phone.replace(/[^\d+]/g, "")}`} className="inline-flex min-h-11 items-center font-semibold text-blue-700 underline">
              {d.firm.phone}
            </a>
          </p>
        ) : null}
        {d.firm.email ? (
          <p>
            <a href={`mailto:${d.firm.email}`} className="inline-flex min-h-11 items-center text-blue-700 underline">
              {d.firm.email}
            </a>
          </p>
        ) : null}
      </section>
    </main>
  );
}
