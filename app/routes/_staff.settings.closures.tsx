import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { Card, EmptyState } from "~/components/ui/card";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { DateText } from "~/components/case-badges";
import { addClosure, listClosures } from "~/models/case.server";
import { requirePermission } from "~/utils/auth.server";
import { requiredDate } from "~/utils/client-schema";
import { parseForm, refuse } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";
import { requiredText } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: "Closure days · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  return { closures: listClosures(user.firmId) };
}

const schema = z.object({ date: requiredDate("Date"), reason: requiredText("Reason", 200) });

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const parsed = await parseForm(args.request, schema);
  if (!parsed.ok) return refuse(parsed);
  const r = addClosure({ ...user, ip: args.context?.clientIp ?? null }, parsed.data.date, parsed.data.reason);
  if (r === "exists")
    return refuse({ errors: { date: "A closure is already entered for this day." }, values: parsed.values });
  return redirectWithToast("/settings/closures", {
    kind: "success",
    message: "Closure day entered; deadlines that fell on it moved to the next business day.",
  });
}

export default function Closures() {
  const { closures } = useLoaderData<typeof loader>();
  const [form, f] = useSchemaForm(schema, { id: "add-closure", result: useActionData<typeof action>() });
  return (
    <div className="grid max-w-4xl gap-6 lg:grid-cols-2">
      <Card title="Enter a closure day">
        <p className="mb-4 text-sm text-slate-600">
          A day a court or office was closed (weather, an emergency). Deadlines that fall on it roll to the
          next business day, and say why.
        </p>
        <Form method="post" className="space-y-4" {...getFormProps(form)} noValidate>
          <FormMessage form={form} />
          <FormField meta={f.date} label="Date" type="date" required />
          <FormField
            meta={f.reason}
            label="Reason"
            required
            hint="e.g. New York immigration courts closed: snow"
          />
          <Button type="submit" pendingText="Saving…">
            Enter closure
          </Button>
        </Form>
      </Card>
      <Card title="Closure days">
        {closures.length === 0 ? (
          <EmptyState>None entered. US federal holidays are already known.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {closures.map((c) => (
              <li key={c.id} className="py-2">
                <DateText date={c.date} /> — {c.reason}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
