import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, buttonClass } from "~/components/ui/button";
import { Card, PageHeader } from "~/components/ui/card";
import { FormError } from "~/components/ui/field";
import { FormMessage, FormRadio, FormSelect, useSchemaForm } from "~/components/ui/form";
import { ErrorTable, ImportPreview, UploadForm } from "~/components/import-parts";
import {
  getUpload,
  guessMapping,
  MAX_IMPORT_BYTES,
  mappingFromForm,
  runImport,
  saveUpload,
  validateRows,
} from "~/models/client-import.server";
import { IMPORT_FIELDS, mappingFromQuery, mappingToQuery } from "~/utils/import-fields";
import { requirePermission } from "~/utils/auth.server";
import { parseCsv } from "~/utils/csv";
import {
  CLIENT_IMPORT_INTENTS,
  csvUploadSchema,
  importMappingSchema,
  NO_NAME_COLUMNS,
  REQUIRED_IMPORT_FIELDS,
} from "~/utils/client-import-schemas";
import type { FormFailure } from "~/utils/form-result";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { readMultipartForm } from "~/utils/multipart.server";
import { invariantResponse } from "~/utils/http.server";

export const meta: MetaFunction = () => [{ title: "Import clients · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "import:client");
  const url = new URL(args.request.url);
  const uploadId = url.searchParams.get("upload");
  if (!uploadId) return { step: "upload" as const };
  const upload = getUpload(user.firmId, uploadId);
  invariantResponse(upload, "Not found", { status: 404 });
  const { header, rows } = parseCsv(upload.content);
  const mapping = mappingFromQuery(url.searchParams.get("map"), header.length) ?? guessMapping(header);
  const validated = validateRows(user.firmId, header, rows, mapping);
  const errors = validated.flatMap((r) => r.errors);
  return {
    step: "map" as const,
    upload: {
      id: upload.id,
      filename: upload.filename,
      rowCount: upload.rowCount,
      importedAt: upload.importedAt,
    },
    header,
    mapping,
    mapQuery: mappingToQuery(mapping),
    preview: validated.slice(0, 10).map((r) => ({
      row: r.row,
      ok: r.errors.length === 0,
      cells: r.cells.slice(0, header.length),
      errors: r.errors.map((e) => `${e.column}: ${e.message}`),
    })),
    validCount: validated.filter((r) => r.errors.length === 0).length,
    errors: errors.slice(0, 500),
    errorCount: errors.length,
    errorRowCount: validated.filter((r) => r.errors.length).length,
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "import:client");
  const actor = { ...user, ip: args.context?.clientIp ?? null };
  const type = args.request.headers.get("content-type") ?? "";
  // Every refusal: the one shape, and no import result beside it.
  const fail = (f: Partial<Omit<FormFailure, "ok">>) => refuse({ ...f, result: null });
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await readMultipartForm(args.request, { maxFileBytes: MAX_IMPORT_BYTES });
    } catch {
      return fail({
        errors: {
          file: `The file is too large or could not be read. Upload a CSV file of at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
        },
      });
    }
    const parsed = parseFormData(form, csvUploadSchema);
    // The form holds nothing but the file, and a file (or what stands for an empty one) is never sent back.
    if (!parsed.ok) return fail({ errors: parsed.errors });
    const file = parsed.data.file;
    const buf = Buffer.from(await file.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    } catch {
      return fail({
        errors: {
          file: "The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and upload it again.",
        },
      });
    }
    const saved = saveUpload(actor, file.name || "upload.csv", text);
    if ("error" in saved) return fail({ errors: { file: saved.error } });
    return redirect(`/clients/import?upload=${saved.id}`);
  }
  const form = await readForm(args.request);
  // Another firm's upload, or none: not found, whatever else the form says.
  const upload = getUpload(user.firmId, String(form.get("upload") ?? "").slice(0, 40));
  invariantResponse(upload, "Not found", { status: 404 });
  const parsed = parseFormData(form, importMappingSchema);
  if (!parsed.ok)
    return fail({
      ...parsed,
      formError: parsed.errors.intent ?? parsed.errors.upload ?? parsed.errors.form ?? null,
    });
  const { header, rows } = parseCsv(upload.content);
  const picked = parsed.data as Record<string, string | undefined>;
  const mapping = mappingFromForm((k) => picked[k] ?? null, header.length);
  if (parsed.data.intent === CLIENT_IMPORT_INTENTS.remap)
    return redirect(`/clients/import?upload=${upload.id}&map=${encodeURIComponent(mappingToQuery(mapping))}`);
  if (upload.importedAt)
    return fail({
      formError: "This file was already imported. Upload it again to import it a second time.",
      values: parsed.values,
    });
  // A column the file does not have is no column.
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => mapping[f] === undefined);
  if (missing.length)
    return fail({
      errors: Object.fromEntries(missing.map((f) => [`map_${f}`, NO_NAME_COLUMNS])),
      values: parsed.values,
    });
  const mode = parsed.data.mode === "all" ? "all" : "valid";
  const validated = validateRows(user.firmId, header, rows, mapping);
  const result = runImport(actor, upload.id, header, validated, mode);
  return data(
    {
      formError: null,
      result: {
        ...result,
        errors: result.errors.slice(0, 500),
        errorCount: result.errors.length,
        errorsHref: `/clients/import/errors.csv?upload=${upload.id}&map=${encodeURIComponent(mappingToQuery(mapping))}`,
      },
    },
    { status: result.imported === 0 && result.errors.length ? 400 : 200 },
  );
}

export default function ImportClients() {
  const d = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  if (res?.result) {
    const r = res.result;
    return (
      <div className="max-w-4xl space-y-6">
        <PageHeader title="Import finished" />
        <Card>
          <p role="status" className="text-base">
            {r.imported > 0 ? (
              <strong>{r.imported.toLocaleString("en-US")} clients imported.</strong>
            ) : (
              <strong>
                Nothing was imported{r.mode === "all" ? " (all or nothing: some rows have errors)" : ""}.
              </strong>
            )}{" "}
            {r.skipped ? `${r.skipped.toLocaleString("en-US")} rows were left out.` : ""}
          </p>
          {r.errorCount ? (
            <>
              <p className="mt-4">
                <a href={r.errorsHref} className={buttonClass("secondary")}>
                  Download the rows with errors (CSV)
                </a>
              </p>
              <ErrorTable errors={r.errors} total={r.errorCount} />
            </>
          ) : null}
          <p className="mt-4">
            <Link to="/clients?sort=changed" className="font-medium text-blue-700 underline">
              Go to the client list
            </Link>
          </p>
        </Card>
      </div>
    );
  }
  if (d.step === "upload") {
    return (
      <div className="max-w-3xl space-y-6">
        <PageHeader
          title="Import clients from a spreadsheet"
          summary="Upload a CSV file with a header row. You will map its columns and see a preview before anything is saved."
        />
        <Card>
          <UploadForm result={res} />
        </Card>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Import ${d.upload.filename}`}
        summary={`${d.upload.rowCount.toLocaleString("en-US")} rows · ${d.validCount.toLocaleString("en-US")} ready · ${d.errorRowCount.toLocaleString("en-US")} with errors`}
      />
      {d.upload.importedAt ? <FormError message="This file was already imported." /> : null}
      <MapForm key={`${d.upload.id}:${d.mapQuery}`} d={d} result={res} />
    </div>
  );
}

type MapStep = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { step: "map" }>;

/**
 * Step 2: match the columns, see the preview, import. Keyed by the mapping, so an updated preview starts
 * from the columns it shows.
 */
function MapForm({ d, result }: { d: MapStep; result: unknown }) {
  const [form, fields] = useSchemaForm(importMappingSchema, {
    id: "import-mapping",
    result,
    defaultValue: {
      mode: "valid",
      ...Object.fromEntries(
        IMPORT_FIELDS.map((f) => [`map_${f.field}`, d.mapping[f.field]?.toString() ?? ""]),
      ),
    },
  });
  const columns = d.header.map((h, i) => ({ value: String(i), label: h || `Column ${i + 1}` }));
  const mode = typeof fields.mode.initialValue === "string" ? fields.mode.initialValue : "valid";
  return (
    <Form method="post" className="space-y-6" {...getFormProps(form)}>
      <FormMessage form={form} />
      <input type="hidden" name="upload" value={d.upload.id} />
      <Card title="1. Match the columns">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {IMPORT_FIELDS.map((f) => (
            <FormSelect
              key={f.field}
              meta={fields[`map_${f.field}`]}
              label={`${f.label}${"required" in f && f.required ? " (required)" : ""}`}
              options={columns}
              emptyLabel="— not in the file —"
            />
          ))}
        </div>
        <div className="mt-4">
          <Button type="submit" name="intent" value={CLIENT_IMPORT_INTENTS.remap} variant="secondary">
            Update preview
          </Button>
        </div>
      </Card>
      <ImportPreview header={d.header} preview={d.preview} />
      {d.errorCount ? (
        <Card
          title={`Rows with errors (${d.errorRowCount.toLocaleString("en-US")})`}
          actions={
            <a
              href={`/clients/import/errors.csv?upload=${d.upload.id}&map=${encodeURIComponent(d.mapQuery)}`}
              className="text-sm font-medium text-blue-700 underline"
            >
              Download as CSV to fix
            </a>
          }
        >
          <ErrorTable errors={d.errors} total={d.errorCount} />
        </Card>
      ) : null}
      <Card title="3. Import">
        <fieldset className="space-y-2 text-sm">
          <legend className="sr-only">What to do with rows that have errors</legend>
          <FormRadio meta={fields.mode} value="valid" checked={mode !== "all"}>
            Import the {d.validCount.toLocaleString("en-US")} valid rows and leave out the rows with errors
          </FormRadio>
          <FormRadio meta={fields.mode} value="all" checked={mode === "all"}>
            All or nothing: import only if every row is valid
          </FormRadio>
        </fieldset>
        <div className="mt-4">
          <Button
            type="submit"
            name="intent"
            value={CLIENT_IMPORT_INTENTS.import}
            pendingText="Importing… this can take a minute for large files"
          >
            Import clients
          </Button>
        </div>
      </Card>
    </Form>
  );
}
