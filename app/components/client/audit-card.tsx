import { Card, EmptyState } from "~/components/ui/card";
import { Table, Td } from "~/components/ui/table";
import { formatInstant } from "~/utils/format";
import type { ClientPage } from "./types";

/** The last changes to this client, who made them, and what they changed. */
export function AuditCard({ d }: { d: ClientPage }) {
  return (
    <div id="audit">
      <Card title="Audit">
        {d.audit.length === 0 ? (
          <EmptyState>No changes recorded.</EmptyState>
        ) : (
          <Table head={["When (UTC)", "Who", "What", "Change"]} caption="Changes to this client">
            {d.audit.map((a) => (
              <tr key={a.id}>
                <Td className="whitespace-nowrap">{formatInstant(a.at)}</Td>
                <Td>{a.actor ?? "System"}</Td>
                <Td>{a.label}</Td>
                <Td className="max-w-xl font-mono text-xs break-all">
                  {a.before ? <span className="block text-red-800">− {a.before}</span> : null}
                  {a.after ? <span className="block text-green-800">+ {a.after}</span> : null}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
