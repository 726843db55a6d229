import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { Badge, Card } from "~/components/ui/card";
import { FormField, FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import { Table, Td } from "~/components/ui/table";
import { addOffice, listOffices } from "~/models/checkin.server";
import { requirePermission } from "~/utils/auth.server";
import { ZONES } from "~/utils/checkin-schemas";
import { parseForm, refuse } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";
import { requiredText } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: "Offices · Casewatch" }];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const schema = z
  .object({
    kind: z.enum(["ero_sub", "isap", "other"], { error: "Choose the kind of office." }),
    name: requiredText("Name", 120),
    address: requiredText("Address", 300),
    timeZone: z.enum(ZONES, { error: "Choose the time zone." }),
    openDays: z.string().regex(/^[0-6]{1,7}$/, "Days as digits, 0 = Sunday … 6 = Saturday (e.g. 12345)."),
    opens: z.string().regex(TIME, "HH:MM"),
    closes: z.string().regex(TIME, "HH:MM"),
  })
  .refine((v) => v.opens < v.closes, { path: ["closes"], message: "Closes before it opens." });

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "schedule:checkin");
  return { offices: listOffices(user.firmId) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "schedule:checkin");
  const parsed = await parseForm(args.request, schema);
  if (!parsed.ok) return refuse(parsed);
  addOffice({ ...user, ip: args.context?.clientIp ?? null }, parsed.data);
  return redirectWithToast("/settings/offices", { kind: "success", message: `${parsed.data.name} added.` });
}

const KIND: Record<string, string> = {
  ero_field: "ICE ERO field office",
  ero_sub: "ERO sub-office",
  isap: "ISAP office",
  other: "Other",
};
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

const KIND_OPTIONS = [
  { value: "ero_sub", label: "ERO sub-office" },
  { value: "isap", label: "ISAP office" },
  { value: "other", label: "Other" },
];
const ZONE_OPTIONS = ZONES.map((z) => ({ value: z, label: z.replace(/_/g, " ") }));

export default function Offices() {
  const { offices } = useLoaderData<typeof loader>();
  const [form, f] = useSchemaForm(schema, {
    id: "add-office",
    result: useActionData<typeof action>(),
    defaultValue: {
      kind: "isap",
      timeZone: "America/New_York",
      openDays: "12345",
      opens: "08:00",
      closes: "16:00",
    },
  });
  return (
    <div className="space-y-6">
      <Card title="Add a sub-office or ISAP office">
        <Form method="post" className="grid gap-4 sm:grid-cols-3" {...getFormProps(form)} noValidate>
          <div className="empty:hidden sm:col-span-3">
            <FormMessage form={form} />
          </div>
          <FormSelect meta={f.kind} label="Kind" options={KIND_OPTIONS} />
          <FormField meta={f.name} label="Name" />
          <FormField meta={f.address} label="Address" />
          <FormSelect meta={f.timeZone} label="Time zone" options={ZONE_OPTIONS} />
          <FormField meta={f.openDays} label="Open days" hint="0 = Sunday … 6 = Saturday" />
          <div className="grid grid-cols-2 gap-2">
            <FormField meta={f.opens} label="Opens" type="time" />
            <FormField meta={f.closes} label="Closes" type="time" />
          </div>
          <div className="sm:col-span-3">
            <Button type="submit" pendingText="Saving…">
              Add office
            </Button>
          </div>
        </Form>
      </Card>
      <Card title="Offices">
        <Table head={["Office", "Kind", "Address", "Time zone", "Hours"]} caption="Offices">
          {offices.map((o) => (
            <tr key={o.id}>
              <Td className="font-medium">{o.name}</Td>
              <Td>{o.firmId ? <Badge tone="blue">{KIND[o.kind]}</Badge> : KIND[o.kind]}</Td>
              <Td>{o.address}</Td>
              <Td>{o.timeZone.replace(/_/g, " ")}</Td>
              <Td className="whitespace-nowrap">
                {[...o.openDays].map((d) => DAYS[Number(d)]).join(" ")} {o.opens}–{o.closes}
              </Td>
            </tr>
          ))}
        </Table>
        <p className="mt-2 text-xs text-slate-600">
          ICE ERO field office addresses as ICE publishes them; confirm on the client's appointment letter.
        </p>
      </Card>
    </div>
  );
}
