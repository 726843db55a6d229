import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AuthLayout } from "~/components/auth-layout";
import { Button } from "~/components/ui/button";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { importUploadedExport, MAX_WEB_IMPORT_BYTES } from "~/models/firm-import.server";
import {
  keepSetupImportAnswer,
  takeSetupImportAnswer,
  type SetupImportAnswer,
} from "~/models/firm-import-result.server";
import { hasAnyFirm } from "~/models/user.server";
import { setupImportSchema } from "~/utils/account-schemas";
import { parseFormData, refuse } from "~/utils/forms.server";
import { readMultipartForm } from "~/utils/multipart.server";
import { isRateLimited, rateLimitMessage, recordFailure } from "~/utils/rate-limit.server";
import { checkSetupCode } from "~/utils/setup.server";
import { publicOrigin } from "~/utils/origin.server";

// First run, the other way (issue 18): instead of creating a firm, move one here from another Casewatch
// server. The same gate as /setup: only while the database holds no firm, and only with the setup code
// from the server's console (checked in constant time, failures counted under the same "setup" limit).
// The import itself is the CLI's (npm run firm:import): no actor, the model audits it in the new firm.

export const meta: MetaFunction = () => [{ title: "Move a firm to this server · Casewatch" }];

const MAX_MB = MAX_WEB_IMPORT_BYTES / 1024 / 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  // Right after an import (a firm exists now), the browser that made it is shown the answer, once:
  // the action redirected here with a token in a cookie (firm-import-result.server.ts).
  const { answer, clear } = takeSetupImportAnswer(request);
  const headers: HeadersInit = clear ? { "Set-Cookie": clear } : {};
  if (answer)
    return data(
      { maxMb: MAX_MB, imported: answer },
      { headers: { ...headers, "Cache-Control": "no-store" } },
    );
  // Once a firm exists, setup is over: nobody can claim the server again.
  if (hasAnyFirm()) throw redirect("/login", { headers });
  return data({ maxMb: MAX_MB, imported: null as SetupImportAnswer | null }, { headers });
}

// One import at a time in this process, and the "no firm yet" check made again inside: two people
// racing to move a firm here get one firm.
let running: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = running.then(work, work);
  running = next.catch(() => undefined);
  return next;
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (hasAnyFirm()) throw redirect("/login");
  const ip = context?.clientIp ?? null;
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data"))
    return refuse({ errors: { file: "Choose the export file (.zip) to upload." } });
  let form: FormData;
  try {
    form = await readMultipartForm(request, { maxFileBytes: MAX_WEB_IMPORT_BYTES, maxParts: 4 });
  } catch {
    return refuse({
      formError: `The file is too large or could not be read. This page takes exports of up to ${MAX_MB} MB; larger firms are imported with npm run firm:import.`,
    });
  }
  const parsed = parseFormData(form, setupImportSchema);
  if (!parsed.ok) return refuse(parsed);
  const { setupCode, file } = parsed.data;
  if (isRateLimited("setup", { ip })) return refuse({ formError: rateLimitMessage() }, 429);
  if (!checkSetupCode(setupCode)) {
    recordFailure("setup", { ip });
    return refuse({
      errors: {
        setupCode: "That setup code is not right. It is printed in the server's console when it starts.",
      },
    });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const r = await oneAtATime(async () => {
    if (hasAnyFirm()) return null;
    return importUploadedExport(bytes, {});
  });
  if (!r) throw redirect("/login");
  if (!r.ok) return refuse({ errors: { file: `Nothing was imported. ${r.message}` } });
  const origin = publicOrigin(request);
  // Redirected, not rendered: the page is loaded again either way, and its loader (a firm exists now)
  // would otherwise send the operator to sign in before the links were seen. Refresh re-submits nothing.
  const cookie = keepSetupImportAnswer({
    name: r.name,
    slug: r.slug,
    rows: Object.values(r.counts).reduce((s, n) => s + n, 0),
    counts: Object.entries(r.counts)
      .filter(([, n]) => n > 0)
      .map(([table, rows]) => ({ table, rows })),
    migratedFrom: r.migratedFrom,
    links: r.resetLinks.map((l) => ({
      displayName: l.displayName,
      email: l.email,
      url: `${origin}/reset-password/${l.token}`,
    })),
  });
  throw redirect("/setup/import", { headers: { "Set-Cookie": cookie } });
}

const tableLabel = (t: string) => t.replace(/_/g, " ");

export default function SetupImport() {
  const d = useLoaderData<typeof loader>();
  const [form, fields] = useSchemaForm(setupImportSchema, { result: useActionData<typeof action>() });
  if (d.imported) return <Imported answer={d.imported} />;
  return (
    <AuthLayout
      title="Move a firm to this server"
      intro={
        <>
          <p>
            Upload an export made by another Casewatch server (Settings → Firm → Export). It becomes this
            server&apos;s first firm. The file is checked whole before anything is written: a damaged, altered
            or foreign file is refused and nothing changes.
          </p>
          <p className="mt-2">
            The setup code is printed in the console of the server when it starts (or is the SETUP_TOKEN you
            set). Exports of up to {d.maxMb} MB here; larger ones with <code>npm run firm:import</code>.
          </p>
        </>
      }
    >
      <Form method="post" encType="multipart/form-data" className="space-y-4" {...getFormProps(form)}>
        <FormMessage form={form} />
        <FormField meta={fields.setupCode} label="Setup code" autoComplete="off" required />
        <FormField
          meta={fields.file}
          label="Export file (.zip)"
          type="file"
          accept=".zip,application/zip"
          required
        />
        <Button type="submit" className="w-full" pendingText="Checking and importing…">
          Import firm
        </Button>
      </Form>
      <p className="mt-6 text-center text-sm text-slate-600">
        <Link to="/setup" className="text-blue-800 underline">
          Create a new firm instead
        </Link>
      </p>
    </AuthLayout>
  );
}

function Imported({ answer: a }: { answer: SetupImportAnswer }) {
  return (
    <AuthLayout title="Firm imported">
      <div className="space-y-4 text-sm text-slate-700">
        <p role="status" className="text-green-900">
          “{a.name}” (short name {a.slug}) is on this server: {a.rows.toLocaleString("en-US")} records
          {a.migratedFrom ? `, brought forward from schema ${a.migratedFrom}` : ""}. Status, deadlines, risk,
          search and reminders were recomputed.
        </p>
        <details>
          <summary className="cursor-pointer text-slate-800">Records by kind</summary>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-0.5">
            {a.counts.map((c) => (
              <li key={c.table}>
                {tableLabel(c.table)}: {c.rows.toLocaleString("en-US")}
              </li>
            ))}
          </ul>
        </details>
        <h2 className="text-base font-semibold text-slate-900">Every user must choose a new password</h2>
        <p>
          Passwords never leave a server, so nobody can sign in yet. Each link below belongs to the person
          named beside it: give it to them alone (in person or by a channel you trust). A link works once, for
          72 hours. It is shown only now: copy them before you leave this page.
        </p>
        <ul className="space-y-2">
          {a.links.map((l) => (
            <li key={l.url} className="rounded-md bg-slate-50 p-2">
              <span className="font-medium text-slate-900">{l.displayName}</span>
              {l.email ? <span className="text-slate-600"> ({l.email})</span> : null}
              <br />
              <code className="text-xs break-all">{l.url}</code>
            </li>
          ))}
        </ul>
        <p>
          Once you have chosen your own password with your link,{" "}
          <Link to="/login" className="text-blue-800 underline">
            sign in
          </Link>
          .
        </p>
      </div>
    </AuthLayout>
  );
}
