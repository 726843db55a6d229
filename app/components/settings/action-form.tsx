// A settings form with nothing to type, only buttons and the record they act on (a feed's "Pause", a
// session's "Sign out", "Back up now"): still a schema form (docs/forms.md), so the browser checks what
// the buttons send with the action's schema and each form on a page has its own id.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { FormMessage, useSchemaForm } from "~/components/ui/form";

export function ActionForm<S extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>({
  schema,
  id,
  result,
  className,
  children,
}: {
  schema: S;
  /** Unique on the page (a row's form: the row's id in it). */
  id: string;
  /** The action's answer when it is about this form (its refusal is shown in the form). */
  result?: unknown;
  className?: string;
  children: ReactNode;
}) {
  const [form] = useSchemaForm(schema, { id, result });
  return (
    <Form method="post" className={className} {...getFormProps(form)}>
      <FormMessage form={form} />
      {children}
    </Form>
  );
}
