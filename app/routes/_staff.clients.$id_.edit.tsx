import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ClientForm } from "~/components/client-form";
import { PageHeader } from "~/components/ui/card";
import { countryOptions } from "~/domain/countries";
import { clientToFormValues } from "~/models/client-form.server";
import { assignableStaff, getClient, updateClient } from "~/models/client.server";
import { requirePermission } from "~/utils/auth.server";
import { clientFormSchema } from "~/utils/client-schema";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Edit client · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const client = getClient(user.firmId, args.params.id ?? "");
  invariantResponse(client, "Not found", { status: 404 });
  return {
    id: client.id,
    name: `${client.givenNames} ${client.familyName}`,
    version: client.version,
    values: clientToFormValues(client),
    staff: assignableStaff(user.firmId),
    countries: countryOptions(),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const client = getClient(user.firmId, args.params.id ?? "");
  invariantResponse(client, "Not found", { status: 404 });
  const form = await readForm(args.request);
  const version = Number(form.get("version"));
  const parsed = parseFormData(form, clientFormSchema);
  if (!parsed.ok)
    return refuse({
      ...parsed,
      formError: "Some fields need attention; see the messages below them.",
      duplicate: null,
      version: Number.isInteger(version) ? version : client.version,
    });
  if (!Number.isInteger(version))
    return refuse({
      values: parsed.values,
      formError: "This form is out of date. Reload the page.",
      duplicate: null,
      version: client.version,
    });
  const result = updateClient(
    { ...user, ip: args.context?.clientIp ?? null },
    client.id,
    version,
    parsed.data,
  );
  if (!result.ok) {
    if ("conflict" in result) {
      const at = new Date(result.conflict.at).toLocaleTimeString("en-US", {
        hour: "2-digit",
        minute: "2-digit",
        hour12: false,
        timeZone: "America/New_York",
      });
      return refuse(
        {
          values: parsed.values,
          formError: `Not saved: this client was changed by ${result.conflict.by} at ${at} (New York time) after you opened the form. Your typed values are below; check them against the current record and save again.`,
          duplicate: null,
          version: getClient(user.firmId, client.id)?.version ?? version,
        },
        409,
      );
    }
    return refuse({
      errors: { [result.field]: result.message },
      values: parsed.values,
      duplicate: result.existing ?? null,
      version,
    });
  }
  return redirectWithToast(`/clients/${client.id}`, {
    kind: "success",
    message: "The client's details were saved.",
  });
}

export default function EditClient() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="max-w-4xl">
      <PageHeader title={`Edit ${d.name}`} />
      <ClientForm
        result={result}
        defaultValue={d.values}
        duplicate={result?.duplicate}
        staff={d.staff}
        countries={d.countries}
        submitLabel="Save changes"
        version={result?.version ?? d.version}
        cancelHref={`/clients/${d.id}`}
      />
    </div>
  );
}
