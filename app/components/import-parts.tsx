// The client import's upload form, preview table and list of rows with errors
// (app/routes/_staff.clients.import.tsx).
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Badge, Card } from "~/components/ui/card";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { Table, Td } from "~/components/ui/table";
import { csvUploadSchema } from "~/utils/client-import-schemas";

export function ImportPreview({
  header,
  preview,
}: {
  header: string[];
  preview: { row: number; ok: boolean; cells: string[]; errors: string[] }[];
}) {
  return (
    <Card title="2. Preview (first 10 rows)">
      <Table head={["Row", "", ...header.map((h, i) => h || `Column ${i + 1}`)]} caption="Preview">
        {preview.map((r) => (
          <tr key={r.row} className={r.ok ? "" : "bg-red-50"}>
            <Td>{r.row}</Td>
            <Td>
              {r.ok ? <Badge tone="green">Ready</Badge> : <Badge tone="red">{r.errors.join(" · ")}</Badge>}
            </Td>
            {r.cells.map((c, i) => (
              <Td key={i} className="max-w-48 truncate">
                {c}
              </Td>
            ))}
          </tr>
        ))}
      </Table>
    </Card>
  );
}

export function ErrorTable({
  errors,
  total,
}: {
  errors: { row: number; column: string; message: string }[];
  total: number;
}) {
  return (
    <div className="mt-4">
      <Table head={["Row", "Column", "Problem"]} caption="Rows with errors">
        {errors.map((e, i) => (
          <tr key={i}>
            <Td>{e.row}</Td>
            <Td>{e.column}</Td>
            <Td>{e.message}</Td>
          </tr>
        ))}
      </Table>
      {total > errors.length ? (
        <p className="mt-2 text-sm text-slate-600">
          …and {(total - errors.length).toLocaleString("en-US")} more in the downloadable file.
        </p>
      ) : null}
    </div>
  );
}

/** Step 1: the CSV file (multipart; a refused file is not sent back, so the field starts empty). */
export function UploadForm({ result }: { result: unknown }) {
  const [form, f] = useSchemaForm(csvUploadSchema, { id: "csv-upload", result });
  return (
    <Form method="post" encType="multipart/form-data" className="space-y-4" {...getFormProps(form)}>
      <FormMessage form={form} />
      <FormField
        meta={f.file}
        label="CSV file"
        type="file"
        accept=".csv,text/csv"
        required
        hint="UTF-8, at most 20 MB. Names in any script are kept. Columns such as: Family name, Given names, Name in own script, A-number, Date of birth, Nationality, Language, Phone, Email."
      />
      <Button type="submit" pendingText="Reading the file…">
        Upload and preview
      </Button>
    </Form>
  );
}
