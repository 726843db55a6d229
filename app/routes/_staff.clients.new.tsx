import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ClientForm } from "~/components/client-form";
import { PageHeader } from "~/components/ui/card";
import { countryOptions } from "~/domain/countries";
import { assignableStaff, createClient } from "~/models/client.server";
import { requirePermission } from "~/utils/auth.server";
import { clientFormSchema } from "~/utils/client-schema";
import { parseWith, readForm } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "New client · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "create:client");
  return { staff: assignableStaff(user.firmId), countries: countryOptions(), me: user.id, role: user.role };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "create:client");
  const form = await readForm(args.request);
  const parsed = parseWith(clientFormSchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values, duplicate: null, formError: "Some fields need attention; see the messages below them." }, { status: 400 });
  const result = createClient({ ...user, ip: args.context?.clientIp ?? null }, parsed.data);
  if (!result.ok) {
    if ("conflict" in result) throw new Error("unreachable");
    return data({ errors: { [result.field]: result.message }, values: parsed.values, duplicate: result.existing ?? null, formError: null }, { status: 400 });
  }
  return redirectWithToast(`/clients/${result.id}`, { kind: "success", message: `${parsed.data.givenNames} ${parsed.data.familyName} was added.` });
}

export default function NewClient() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const defaults = d.role === "lawyer" ? { lawyerId: d.me } : d.role === "paralegal" ? { paralegalId: d.me } : {};
  return (
    <div className="max-w-4xl">
      <PageHeader title="New client" summary="Start with the name; everything else can be added later." />
      <ClientForm values={result?.values ?? defaults} errors={result?.errors ?? {}} formError={result?.formError} duplicate={result?.duplicate} staff={d.staff} countries={d.countries} submitLabel="Create client" cancelHref="/clients" />
    </div>
  );
}
