import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Card, PageHeader } from "~/components/ui/card";
import { Field, FormError, SelectField } from "~/components/ui/field";
import { formatInZone } from "~/domain/zoned-time";
import { editCheckIn, getCheckIn, getOffice, listOffices, DEFAULT_ZONE } from "~/models/checkin.server";
import { getClient } from "~/models/client.server";
import { requirePermission } from "~/utils/auth.server";
import { editSchema, ZONES } from "~/utils/checkin-schemas";
import { parseWith, readForm } from "~/utils/forms.server";
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
  const parsed = parseWith(editSchema, await readForm(args.request));
  if (!parsed.ok)
    return data(
      { errors: parsed.errors, values: parsed.values, formError: "Some fields need attention." },
      { status: 400 },
    );
  const v = parsed.data;
  const office = getOffice(user.firmId, v.officeId);
  if (v.officeId && !office)
    return data(
      { errors: { officeId: "Choose an office from the list." }, values: parsed.values, formError: null },
      { status: 400 },
    );
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
    return data(
      {
        errors: {},
        values: parsed.values,
        formError:
          "Not saved: someone changed this check-in after you opened it. Reload to see the current one.",
      },
      { status: 409 },
    );
  if (r === "not_scheduled")
    return data(
      {
        errors: {},
        values: parsed.values,
        formError: "This check-in already has an outcome; record a new one instead.",
      },
      { status: 400 },
    );
  if (r === "not_found") throw notFound();
  return redirectWithToast(`/clients/${c.clientId}#check-ins`, {
    kind: "success",
    message:
      v.scope === "rest"
        ? "This and the later check-ins of the series were changed."
        : "The check-in was changed.",
  });
}

export default function EditCheckIn() {
  const { c, clientName, offices } = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const v: Record<string, string | undefined> = res?.values ?? {};
  const e: Record<string, string | undefined> = res?.errors ?? {};
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
        <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
          <input type="hidden" name="version" value={c.version} />
          <div className="sm:col-span-2">
            <FormError message={res?.formError} />
          </div>
          <Field
            label="Check-in date"
            name="date"
            type="date"
            defaultValue={v.date ?? c.localDate}
            error={e.date}
          />
          <Field
            label="Local time"
            name="time"
            type="time"
            defaultValue={v.time ?? c.localTime}
            error={e.time}
          />
          <SelectField
            label="Office"
            name="officeId"
            defaultValue={v.officeId ?? c.officeId ?? ""}
            error={e.officeId}
          >
            <option value="">No office (phone or app)</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <SelectField label="Time zone (no office)" name="timeZone" defaultValue={v.timeZone ?? c.timeZone}>
            {ZONES.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, " ")}
              </option>
            ))}
          </SelectField>
          <Field label="What to bring" name="bring" defaultValue={v.bring ?? c.bring ?? ""} error={e.bring} />
          <Field
            label="Check-in notes"
            name="notes"
            defaultValue={v.notes ?? c.notes ?? ""}
            error={e.notes}
          />
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="lawyerAccompanies"
              defaultChecked={c.lawyerAccompanies}
              className="h-4 w-4"
            />{" "}
            A lawyer goes along
          </label>
          {c.seriesId ? (
            <fieldset className="space-y-1 text-sm sm:col-span-2">
              <legend className="font-medium text-slate-800">Apply to</legend>
              <label className="flex items-center gap-2">
                <input type="radio" name="scope" value="one" defaultChecked className="h-4 w-4" /> This
                check-in only
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="scope" value="rest" className="h-4 w-4" /> This and the rest of the
                series
              </label>
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
