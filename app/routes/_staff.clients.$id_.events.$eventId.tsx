import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { EventFields } from "~/components/event-form";
import { Card, PageHeader } from "~/components/ui/card";
import { EVENT_LABELS, type EventType } from "~/domain/removal-events";
import { correctRemovalEvent, getRemovalEvent } from "~/models/case.server";
import { getClient } from "~/models/client.server";
import { requirePermission } from "~/utils/auth.server";
import { eventDetails, eventFormSchema } from "~/utils/case-schemas";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Correct an event · Casewatch" }];

function load(firmId: string, clientId: string, eventId: string) {
  const client = getClient(firmId, clientId);
  invariantResponse(client, "Not found", { status: 404 });
  const event = getRemovalEvent(firmId, client.id, eventId);
  invariantResponse(event, "Not found", { status: 404 });
  return { client, event };
}

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const { client, event } = load(user.firmId, args.params.id ?? "", args.params.eventId ?? "");
  const details = event.details as Record<string, unknown>;
  const values: Record<string, string> = {
    effectiveDate: event.effectiveDate,
    court: event.court ?? "",
    notes: event.notes ?? "",
    source: event.source,
    verifiedOn: event.verifiedOn ?? "",
  };
  for (const [k, v] of Object.entries(details))
    values[k] = v === true ? "on" : v === null || v === undefined ? "" : String(v);
  return {
    clientId: client.id,
    clientName: `${client.givenNames} ${client.familyName}`,
    type: event.type as EventType,
    version: event.version,
    values,
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const { client, event } = load(user.firmId, args.params.id ?? "", args.params.eventId ?? "");
  const form = await readForm(args.request);
  const parsed = parseFormData(form, eventFormSchema);
  const typed = Number(form.get("version"));
  const version = Number.isInteger(typed) ? typed : event.version;
  if (!parsed.ok) return refuse({ ...parsed, formError: "Some fields need attention.", version });
  if (parsed.data.type !== event.type)
    return refuse({
      values: parsed.values,
      formError: "The kind of event cannot change. Record a new event instead.",
      version,
    });
  const v = parsed.data;
  const outcome = correctRemovalEvent(
    { ...user, ip: args.context?.clientIp ?? null },
    client.id,
    event.id,
    Number.isInteger(typed) ? typed : -1,
    {
      type: v.type,
      effectiveDate: v.effectiveDate,
      details: eventDetails(v),
      court: v.court,
      notes: v.notes,
      source: v.source,
      verifiedOn: v.verifiedOn,
    },
  );
  invariantResponse(outcome !== "not_found", "Not found", { status: 404 });
  if (outcome === "conflict")
    return refuse(
      {
        values: parsed.values,
        formError:
          "Not saved: someone corrected this event after you opened it. Reload to see their version.",
        version,
      },
      409,
    );
  return redirectWithToast(`/clients/${client.id}#timeline`, {
    kind: "success",
    message: "The event was corrected; the audit log keeps the old version.",
  });
}

export default function CorrectEvent() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`Correct: ${EVENT_LABELS[d.type]}`}
        summary={
          <>
            For{" "}
            <Link to={`/clients/${d.clientId}`} className="text-blue-700 underline">
              {d.clientName}
            </Link>
            . Events are corrected, never deleted: the audit log keeps what it said before.
          </>
        }
      />
      <Card>
        <EventFields
          id="correct-event"
          type={d.type}
          result={result}
          defaultValue={d.values}
          submitLabel="Save correction"
          version={result?.version ?? d.version}
        />
      </Card>
    </div>
  );
}
