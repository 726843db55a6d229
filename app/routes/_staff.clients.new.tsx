import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { z } from "zod";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ClientForm } from "~/components/client-form";
import { PageHeader } from "~/components/ui/card";
import { countryOptions } from "~/domain/countries";
import { assignableStaff, createClient } from "~/models/client.server";
import { requirePermission } from "~/utils/auth.server";
import { clientFormSchema } from "~/utils/client-schema";
import { createToken } from "~/utils/crypto.server";
import { parseFormData, readForm, refuse } from "~/utils/forms.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "New client · Casewatch" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "create:client");
  // A fresh random key in every form handed out: sending the same form twice makes one client.
  return {
    staff: assignableStaff(user.firmId),
    countries: countryOptions(),
    me: user.id,
    role: user.role,
    creationKey: createToken(),
  };
}

// What createToken makes: 32 base32 characters.
const creationKeySchema = z.string().regex(/^[a-z2-7]{32}$/);
const FIELDS_NEED_ATTENTION = "Some fields need attention; see the messages below them.";
const STALE_FORM =
  "This form was out of date, so nothing was saved. Your entries are kept: press Create client again.";

export async function action(args: ActionFunctionArgs) {
  const user = await requirePermission(args, "create:client");
  const form = await readForm(args.request);
  const sentKey = form.get("creationKey");
  const key = creationKeySchema.safeParse(sentKey);
  // A refused form keeps its key (it made nothing), or gets a fresh one if it had none that would do.
  const creationKey = key.success ? key.data : createToken();
  const parsed = parseFormData(form, clientFormSchema);
  if (!parsed.ok)
    return refuse({ ...parsed, formError: FIELDS_NEED_ATTENTION, duplicate: null, creationKey });
  // The page's form always sends its key; a post with none (a script, an old test) is a plain create
  // (ADR 012). A key that is there but is not one the loader makes is refused.
  if (sentKey !== null && !key.success)
    return refuse({ values: parsed.values, formError: STALE_FORM, duplicate: null, creationKey });
  const result = createClient(
    { ...user, ip: args.context?.clientIp ?? null },
    parsed.data,
    key.success ? key.data : undefined,
  );
  if (!result.ok) {
    if ("conflict" in result) throw new Error("unreachable");
    return refuse({
      errors: { [result.field]: result.message },
      values: parsed.values,
      duplicate: result.existing ?? null,
      creationKey,
    });
  }
  if (result.repeated) {
    return redirectWithToast(`/clients/${result.id}`, {
      kind: "info",
      message: "This form had already been sent: here is the client it created. Nothing was added twice.",
    });
  }
  return redirectWithToast(`/clients/${result.id}`, {
    kind: "success",
    message: `${parsed.data.givenNames} ${parsed.data.familyName} was added.`,
  });
}

export default function NewClient() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const defaults =
    d.role === "lawyer" ? { lawyerId: d.me } : d.role === "paralegal" ? { paralegalId: d.me } : {};
  return (
    <div className="max-w-4xl">
      <PageHeader title="New client" summary="Start with the name; everything else can be added later." />
      <ClientForm
        result={result}
        defaultValue={defaults}
        duplicate={result?.duplicate}
        staff={d.staff}
        countries={d.countries}
        submitLabel="Create client"
        cancelHref="/clients"
        creationKey={result?.creationKey ?? d.creationKey}
      />
    </div>
  );
}
