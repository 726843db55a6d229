// The client import's preview table and its list of rows with errors (app/routes/_staff.clients.import.tsx).
import { Badge, Card } from "~/components/ui/card";
import { Table, Td } from "~/components/ui/table";

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
