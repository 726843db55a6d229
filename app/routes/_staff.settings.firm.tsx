import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { type FormCheckbox, FormField, FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import { firmSettings, updateFirmSettings } from "~/models/firm.server";
import { refreshStaleClients } from "~/services/daily.server";
import { requirePermission } from "~/utils/auth.server";
import { parseForm, refuse } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";
import {
  FIRM_TIME_ZONES,
  FIRM_TIME_ZONE_LABELS,
  isSupportedTimeZone,
  type FirmTimeZone,
} from "~/utils/time-zones";
import { optionalText, requiredText } from "~/utils/validation";
import { invariantResponse } from "~/utils/http.server";

type FieldMeta = Parameters<typeof FormCheckbox>[0]["meta"];

export const meta: MetaFunction = () => [{ title: "Firm settings · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "manage:firm");
  const settings = firmSettings(user.firmId);
  const timeZone = settings?.timeZone ?? "America/New_York";
  return {
    firm: { ...user.firm, calendarFullNames: settings?.calendarFullNames ?? false, timeZone },
    zones: zoneChoices(timeZone),
  };
}

// The list of US zones, plus the zone in force when it is another (an installation's FIRM_TIME_ZONE such
// as America/Boise): saving the name must not move the firm to New York by the select's first option.
function zoneChoices(current: string): string[] {
  return (FIRM_TIME_ZONES as readonly string[]).includes(current)
    ? [...FIRM_TIME_ZONES]
    : [current, ...FIRM_TIME_ZONES];
}

const schemaFor = (current: string) =>
  z.object({
    name: requiredText("Firm name", 120),
    phone: optionalText("Phone", 40),
    email: optionalText("Email", 254).pipe(
      z.email("Enter an email address like office@example.org.").nullable(),
    ),
    require2fa: z.enum(["on"]).optional(),
    calendarFullNames: z.enum(["on"]).optional(),
    timeZone: z
      .string({ error: "Choose the firm's time zone from the list." })
      .refine((zone) => zoneChoices(current).includes(zone), {
        error: "Choose the firm's time zone from the list.",
      })
      .refine(isSupportedTimeZone, {
        error: "This server does not know that time zone; choose another or ask the operator to update it.",
      }),
  });

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "manage:firm");
  const current = firmSettings(user.firmId)?.timeZone ?? "America/New_York";
  const parsed = await parseForm(args.request, schemaFor(current));
  if (!parsed.ok) return refuse(parsed);
  const next = {
    name: parsed.data.name,
    phone: parsed.data.phone,
    email: parsed.data.email,
    require2fa: parsed.data.require2fa === "on",
    calendarFullNames: parsed.data.calendarFullNames === "on",
    timeZone: parsed.data.timeZone,
  };
  const saved = updateFirmSettings(
    { id: user.id, firmId: user.firmId, ip: args.context?.clientIp ?? null },
    next,
  );
  invariantResponse(saved, "Firm not found", { status: 404 });
  // Deadlines, risk and "overdue" count from the firm's date: recompute them before the page shows them.
  if (saved.zoneChanged) await refreshStaleClients({ firmId: user.firmId });
  return redirectWithToast("/settings/firm", {
    kind: "success",
    message: saved.zoneChanged
      ? "Firm settings saved; deadlines and risk now count from the new time zone's date."
      : "Firm settings saved.",
  });
}

export default function FirmSettings() {
  const { firm, zones } = useLoaderData<typeof loader>();
  const schema = useMemo(() => schemaFor(firm.timeZone), [firm.timeZone]);
  const [form, f] = useSchemaForm(schema, {
    id: "firm-settings",
    result: useActionData<typeof action>(),
    defaultValue: {
      name: firm.name,
      phone: firm.phone ?? "",
      email: firm.email ?? "",
      timeZone: firm.timeZone,
      require2fa: firm.require2fa ? "on" : "",
      calendarFullNames: firm.calendarFullNames ? "on" : "",
    },
  });
  const zoneOptions = zones.map((zone) => ({
    value: zone,
    label: FIRM_TIME_ZONE_LABELS[zone as FirmTimeZone] ?? zone.replace(/_/g, " "),
  }));
  return (
    <Card title="Firm" className="max-w-2xl">
      <Form method="post" className="space-y-4" {...getFormProps(form)} noValidate>
        <FormMessage form={form} />
        <FormField meta={f.name} label="Firm name" required />
        <p className="text-sm text-slate-600">
          Short name: <code>{firm.slug}</code> (used in links and commands; it does not change).
        </p>
        <FormField meta={f.phone} label="Phone" type="tel" hint="Shown to clients on their status page." />
        <FormField meta={f.email} label="Email" type="email" />
        <FormSelect
          meta={f.timeZone}
          label="Time zone"
          options={zoneOptions}
          hint="Deadlines, risk and “overdue” count from today's date in this zone. Choose the zone of the court you appear before (Guam or Saipan is a day ahead of New York for most of the day)."
        />
        <Setting
          meta={f.require2fa}
          title="Require two-step sign-in for all staff"
          detail="Staff without it are sent to set it up before they can open any client's file."
        />
        <Setting
          meta={f.calendarFullNames}
          title="Show clients' full names in calendar subscriptions"
          detail="Off: calendar apps see initials only (a phone's calendar is often synced to other services)."
        />
        <Button type="submit" pendingText="Saving…">
          Save firm settings
        </Button>
      </Form>
      <div className="mt-6 border-t border-slate-200 pt-4">
        <h3 className="text-sm font-semibold text-slate-900">Export all firm data</h3>
        <p className="mt-1 text-sm text-slate-600">
          Every record the firm keeps, as one ZIP file another Casewatch server can import, and spreadsheets
          per kind of record. No passwords, two-step secrets or tokens. Every export is in the audit log.
        </p>
        <a href="/settings/export" className="mt-2 inline-block text-sm font-medium text-blue-700 underline">
          Export firm data
        </a>
      </div>
    </Card>
  );
}

/** A setting that is on or off, with a line that says what it does. */
function Setting({ meta, title, detail }: { meta: FieldMeta; title: string; detail: string }) {
  return (
    <div className="flex items-start gap-3">
      <input
        key={meta.key}
        id={meta.id}
        name={meta.name}
        form={meta.formId}
        type="checkbox"
        defaultChecked={meta.initialValue === "on"}
        className="mt-1 h-4 w-4"
      />
      <label htmlFor={meta.id} className="text-sm text-slate-800">
        <span className="font-medium">{title}</span>
        <span className="block text-slate-600">{detail}</span>
      </label>
    </div>
  );
}
