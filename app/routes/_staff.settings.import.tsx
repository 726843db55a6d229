import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { isFormFailure } from "~/utils/form-result";
import { importUploadedExport, mailResetLinks, MAX_WEB_IMPORT_BYTES } from "~/models/firm-import.server";
import { isBackupOperator } from "~/services/backups.server";
import { requirePermission } from "~/utils/auth.server";
import { parseFormData, refuse } from "~/utils/forms.server";
import { forbidden } from "~/utils/http.server";
import { readMultipartForm } from "~/utils/multipart.server";
import { publicOrigin } from "~/utils/origin.server";
import { firmImportSchema, NO_EXPORT_FILE } from "~/utils/settings-schemas";

export const meta: MetaFunction = () => [{ title: "Import a firm · Casewatch" }];

// Adds a firm to the installation, so only its operator (ADR 014's backup operator) may do it.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "export:firm");
  return { operator: isBackupOperator(user), maxMb: MAX_WEB_IMPORT_BYTES / 1024 / 1024 };
}

type Imported = {
  ok: true;
  name: string;
  slug: string;
  rows: number;
  migratedFrom: string | null;
  mailed: number;
  withoutEmail: { displayName: string; url: string }[];
};

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "export:firm");
  if (!isBackupOperator(user))
    throw forbidden("Importing a firm is done by whoever runs this Casewatch server.");
  // The message is said by the field it is about and, as before, as the form's message.
  const fail = (errors: Record<string, string>, values: Record<string, string> = {}) =>
    refuse({
      errors,
      values,
      formError: errors.slug ?? errors.name ?? errors.file ?? errors.form ?? NO_EXPORT_FILE,
    });
  const type = args.request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) return fail({ file: NO_EXPORT_FILE });
  let form: FormData;
  try {
    form = await readMultipartForm(args.request, { maxFileBytes: MAX_WEB_IMPORT_BYTES, maxParts: 5 });
  } catch {
    return fail({
      file: `The file is too large or could not be read. The page takes exports of up to ${MAX_WEB_IMPORT_BYTES / 1024 / 1024} MB; larger firms are imported with npm run firm:import.`,
    });
  }
  const parsed = parseFormData(form, firmImportSchema);
  // What was typed, never the file (an empty file input arrives as an empty string).
  const { slug: typedSlug = "", name: typedName = "" } = parsed.values;
  const values = { slug: typedSlug, name: typedName };
  if (!parsed.ok) return fail(parsed.errors, values);
  const { file, slug, name } = parsed.data;
  const r = await importUploadedExport(new Uint8Array(await file.arrayBuffer()), {
    actor: { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null },
    slug: slug || undefined,
    name: name || undefined,
  });
  if (!r.ok) return fail({ file: `Nothing was imported. ${r.message}` }, values);
  const origin = publicOrigin(args.request);
  const sent = await mailResetLinks(r.firmId, r.name, r.resetLinks, origin);
  return data<Imported>({
    ok: true,
    name: r.name,
    slug: r.slug,
    rows: Object.values(r.counts).reduce((s, n) => s + n, 0),
    migratedFrom: r.migratedFrom,
    ...sent,
  });
}

export default function ImportPage() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const [form, fields] = useSchemaForm(firmImportSchema, { id: "import-firm", result: a });
  // Said once: beside its field when it is a field's message, above the form otherwise.
  const failure = isFormFailure(a) ? a : null;
  const formOnly = failure?.formError && !Object.values(failure.errors).includes(failure.formError);
  if (!d.operator)
    return (
      <Card title="Import a firm">
        <p className="text-sm text-slate-700">
          Importing a firm adds a firm to the whole installation, so it is done by whoever runs this Casewatch
          server. <Link to="/settings/export">Back to the export</Link>.
        </p>
      </Card>
    );
  return (
    <div className="space-y-6">
      {a && !isFormFailure(a) ? (
        <Card title="Firm imported">
          <p role="status" className="text-sm text-green-900">
            “{a.name}” (short name {a.slug}) is on this server: {a.rows.toLocaleString("en-US")} records
            {a.migratedFrom ? `, brought forward from schema ${a.migratedFrom}` : ""}. Status, deadlines,
            risk, search and reminders were recomputed. {a.mailed} users were mailed a link to choose a new
            password.
          </p>
          {a.withoutEmail.length > 0 && (
            <>
              <p className="mt-3 text-sm text-slate-700">
                These users have no email address: give each their link in person (valid 72 hours).
              </p>
              <ul className="mt-2 space-y-1 text-sm">
                {a.withoutEmail.map((u) => (
                  <li key={u.url}>
                    {u.displayName}: <code className="break-all">{u.url}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      ) : null}
      <Card title="Import a firm export">
        <p className="mb-4 text-sm text-slate-700">
          Upload a firm export made by Casewatch (Settings → Firm → Export). It becomes a new firm on this
          server, beside the firms already here; nothing of theirs changes. The file is checked whole before
          anything is written: a damaged, altered or foreign file is refused and nothing is imported.
          Passwords never travel, so every user of the imported firm is sent a link to choose a new one.
          Exports of up to {d.maxMb} MB here; larger ones with <code>npm run firm:import</code>.
        </p>
        <Form method="post" encType="multipart/form-data" className="space-y-4" {...getFormProps(form)}>
          {formOnly ? <FormMessage form={form} /> : null}
          <FormField
            meta={fields.file}
            label="Export file (.zip)"
            type="file"
            accept=".zip,application/zip"
            required
          />
          <FormField
            meta={fields.slug}
            label="New short name (optional)"
            hint="Only if the export's short name is already used on this server."
          />
          <FormField meta={fields.name} label="New firm name (optional)" maxLength={120} />
          <Button type="submit" pendingText="Checking and importing…">
            Import firm
          </Button>
        </Form>
      </Card>
    </div>
  );
}
