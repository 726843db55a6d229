import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { DateText } from "~/components/case-badges";
import { Button } from "~/components/ui/button";
import { Badge, Card, EmptyState } from "~/components/ui/card";
import { FormError } from "~/components/ui/field";
import { useSchemaForm } from "~/components/ui/form";
import { deadlineMarkSchema } from "~/utils/case-schemas";
import { DEADLINE_INTENTS, type CardResult } from "~/utils/client-page-intents";
import { resultOf, type CardProps, type ClientPage } from "./types";

const URGENCY: Record<string, { label: string; tone: "red" | "amber" | "blue" | "green" | "grey" }> = {
  overdue: { label: "Overdue", tone: "red" },
  lapsed: { label: "Passed", tone: "grey" },
  due_soon: { label: "Due soon", tone: "amber" },
  upcoming: { label: "Upcoming", tone: "blue" },
  met: { label: "Met", tone: "green" },
  done: { label: "Done", tone: "green" },
  not_applicable: { label: "Not applicable", tone: "grey" },
  superseded: { label: "No longer applies", tone: "grey" },
};

/** The deadlines that follow from the events, each with its rule and start date, to mark done or not applicable. */
export function DeadlinesCard({ d, result }: CardProps) {
  const marked = resultOf(result, DEADLINE_INTENTS.mark);
  return (
    <div id="deadlines">
      <Card title="Deadlines">
        <p className="mb-3 text-sm text-slate-600">
          Computed from the events above. Each shows its rule and the date it counts from. Verify every date
          against the order and the rules before relying on it.
        </p>
        {d.deadlines.length === 0 ? (
          <EmptyState>No deadlines follow from the events recorded so far.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Deadlines">
            {d.deadlines.map((dl) => (
              <li key={dl.key} className="py-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium text-slate-900">
                    {dl.label}: <DateText date={dl.due} />{" "}
                    <Badge tone={URGENCY[dl.urgency]?.tone ?? "grey"}>
                      {URGENCY[dl.urgency]?.label ?? dl.urgency}
                    </Badge>{" "}
                    <span className="text-xs font-semibold text-amber-800 uppercase">Verify</span>
                  </p>
                  <DeadlineMarkForm deadline={dl} result={marked?.values.key === dl.key ? marked : null} />
                </div>
                <p className="text-xs text-slate-700">
                  Rule: {dl.rule}. Counted from {dl.computedFrom.what} on {dl.computedFrom.date}.
                  {dl.rolledFrom
                    ? ` Moved from ${dl.rolledFrom.date}: ${dl.rolledFrom.reasons.join("; ")}.`
                    : ""}
                </p>
                {dl.note ? <p className="text-xs text-slate-600">{dl.note}</p> : null}
                {dl.metBy ? <p className="text-xs text-green-800">{dl.metBy}.</p> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/**
 * Marking one deadline: nothing to type, the button pressed is the mark (deadlineMarkSchema here and in
 * the action). A refusal is shown beside the buttons.
 */
function DeadlineMarkForm({
  deadline: dl,
  result,
}: {
  deadline: ClientPage["deadlines"][number];
  result: CardResult | null;
}) {
  const [form, fields] = useSchemaForm(deadlineMarkSchema, { id: `mark-deadline-${dl.key}`, result });
  const message = form.errors?.[0] ?? fields.mark.errors?.[0] ?? fields.key.errors?.[0];
  return (
    <Form
      method="post"
      preventScrollReset
      className="flex flex-wrap items-center gap-2"
      {...getFormProps(form)}
    >
      <FormError message={message} />
      <input type="hidden" name={fields.intent.name} value={DEADLINE_INTENTS.mark} />
      <input type="hidden" name={fields.key.name} value={dl.key} />
      {dl.mark ? (
        <Button type="submit" name={fields.mark.name} value="open" variant="ghost">
          Reopen
        </Button>
      ) : (
        <>
          <Button
            type="submit"
            name={fields.mark.name}
            value="done"
            variant="ghost"
            aria-label={`Mark “${dl.label}” done`}
          >
            Mark done
          </Button>
          <Button
            type="submit"
            name={fields.mark.name}
            value="not_applicable"
            variant="ghost"
            aria-label={`Mark “${dl.label}” not applicable`}
          >
            Not applicable
          </Button>
        </>
      )}
    </Form>
  );
}
