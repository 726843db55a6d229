import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Card, PageHeader } from "~/components/ui/card";
import {
  FormCheckbox,
  FormField,
  FormMessage,
  FormRadio,
  FormSelect,
  useSchemaForm,
} from "~/components/ui/form";
import { formatInZone } from "~/domain/zoned-time";
import { editCheckIn, getCheckIn, getOffice, listOffices, DEFAULT_ZONE } from "~/models/checkin.server";
import { getClient } from "~/models/client.server";
import { requirePermission } from "~/utils/auth.server";
import { editSchema, ZONES } from "~/utils/checkin-schemas";
import { parseForm, refuse } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Change a check-in · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "schedule:checkin");
  const c = getCheckIn(user.firmId, args.params.id ?? "");
  if (!c) throw notFound();
  const client = getClient(user.firmId, c.clientId)!;
  return {
    c: { ...c, when: formatInZone(c.startsAt, c.timeZone) },
    clientName: `${client.givenNames} ${client.familyName}`,
    offices: listOffices(user.firmId).map((o) => ({ id: o.id, name: o.name })),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "schedule:checkin");
  const c = getCheckIn(user.firmId, args.params.id ?? "");
  if (!c) throw notFound();
  const parsed = await parseForm(args.request, editSchema);
  if (!parsed.ok) return refuse({ ...parsed, formError: "Some fields need attention." });
  const v = parsed.data;
  const office = getOffice(user.firmId, v.officeId);
  if (v.officeId && !office)
    return refuse({ errors: { officeId: "Choose an office from the list." }, values: parsed.values });
  const r = editCheckIn(
    { ...user, ip: args.context?.clientIp ?? null },
    c.id,
    v.version,
    {
      date: v.date,
      time: v.time,
      officeId: office?.id ?? null,
      timeZone: office?.timeZone ?? v.timeZone ?? DEFAULT_ZONE,
      bring: v.bring,
      lawyerAccompanies: v.lawyerAccompanies,
      notes: v.notes,
    },
    v.scope,
  );
  if (r === "conflict")
    return refuse(
      {
        values: parsed.values,
        formError:
          "Not saved: someone changed this check-in after you opened it. Reload to see the current one.",
      },
      409,
    );
  if (r === "not_scheduled")
    return refuse({
      values: parsed.values,
      formError: "This check-in already has an outcome; record a new one instead.",
    });
  if (r === "not_found") throw notFound();
  return redirectWithToast(`/clients/${c.clientId}#check-ins`, {
    kind: "success",
    message:
      v.scope === "rest"
        ? "This and the later check-ins of the series were changed."
        : "The check-in was changed.",
  });
}

const ZONE_OPTIONS = ZONES.map((z) => ({ value: z, label: z.replace(/_/g, " ") }));

export default function EditCheckIn() {
  const { c, clientName, offices } = useLoaderData<typeof loader>();
  const [form, f] = useSchemaForm(editSchema, {
    id: "change-check-in",
    result: useActionData<typeof action>(),
    defaultValue: {
      version: String(c.version),
      date: c.localDate,
      time: c.localTime,
      officeId: c.officeId ?? "",
      timeZone: c.timeZone,
      bring: c.bring ?? "",
      notes: c.notes ?? "",
      lawyerAccompanies: c.lawyerAccompanies ? "on" : "",
      scope: "one",
    },
  });
  const scope = f.scope.initialValue === "rest" ? "rest" : "one";
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Change a check-in"
        summary={
          <>
            For{" "}
            <Link to={`/clients/${c.clientId}#check-ins`} className="text-blue-700 underline">
              {clientName}
            </Link>
            : now {c.when}.
          </>
        }
      />
      <Card>
        <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)} noValidate>
          <input type="hidden" name={f.version.name} value={c.version} />
          <div className="empty:hidden sm:col-span-2">
            <FormMessage form={form} />
          </div>
          <FormField meta={f.date} label="Check-in date" type="date" />
          <FormField meta={f.time} label="Local time" type="time" />
          <FormSelect
            meta={f.officeId}
            label="Office"
            options={offices.map((o) => ({ value: o.id, label: o.name }))}
            emptyLabel="No office (phone or app)"
          />
          <FormSelect meta={f.timeZone} label="Time zone (no office)" options={ZONE_OPTIONS} />
          <FormField meta={f.bring} label="What to bring" />
          <FormField meta={f.notes} label="Check-in notes" />
          <FormCheckbox meta={f.lawyerAccompanies} label="A lawyer goes along" />
          {c.seriesId ? (
            <fieldset key={f.scope.key} className="space-y-1 text-sm sm:col-span-2">
              <legend className="font-medium text-slate-800">Apply to</legend>
              <FormRadio meta={f.scope} value="one" checked={scope === "one"}>
                This check-in only
              </FormRadio>
              <FormRadio meta={f.scope} value="rest" checked={scope === "rest"}>
                This and the rest of the series
              </FormRadio>
            </fieldset>
          ) : null}
          <div className="sm:col-span-2">
            <Button type="submit" pendingText="Saving…">
              Save change
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
