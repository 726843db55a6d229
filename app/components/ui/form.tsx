// The browser half of Casewatch's forms (docs/forms.md): conform checks the same zod schema the action
// checks, as a courtesy; the server's answer (a FormFailure, utils/form-result.ts) is the truth and is
// shown the same way, also when the page was sent without JavaScript.
import { useForm, type DefaultValue, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useMemo, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import type { z } from "zod";
import { toSubmissionResult } from "~/utils/form-result";
import { Field, FormError, SelectField, TextareaField } from "./field";

type Options<S extends z.ZodType> = {
  /** What useActionData() returned (a refusal is shown; anything else is ignored). */
  result?: unknown;
  /** Values to start from (an edit form's current record). */
  defaultValue?: Partial<Record<keyof z.input<S> & string, string | null | undefined>>;
  /** Needed when one page holds several forms. */
  id?: string;
};

/** useForm with the form's schema: checks a field when it is left and again as it is corrected. */
export function useSchemaForm<S extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(
  schema: S,
  options: Options<S> = {},
) {
  const lastResult = useMemo(() => toSubmissionResult(options.result), [options.result]);
  return useForm<z.input<S>, z.output<S>, string[]>({
    id: options.id,
    lastResult,
    defaultValue: options.defaultValue as DefaultValue<z.input<S>> | undefined,
    shouldValidate: "onBlur",
    // "onInput", not "onBlur": a message that appears on blur moves the button under a pointer mid-click.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema, disableAutoCoercion: true }),
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's field fits
type Meta = FieldMetadata<any, any, string[]>;

function fieldProps(meta: Meta) {
  const initial = meta.initialValue;
  return {
    id: meta.id,
    name: meta.name,
    form: meta.formId,
    defaultValue: typeof initial === "string" ? initial : undefined,
    error: meta.errors?.[0],
  };
}

type Labelled = { meta: Meta; label: string; hint?: ReactNode };

/** A text-like input bound to one of the form's fields. */
export function FormField({
  meta,
  label,
  hint,
  ...input
}: Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "form">) {
  return <Field key={meta.key} label={label} hint={hint} {...fieldProps(meta)} {...input} />;
}

export function FormTextarea({
  meta,
  label,
  hint,
  ...rest
}: Labelled & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "form">) {
  return <TextareaField key={meta.key} label={label} hint={hint} {...fieldProps(meta)} {...rest} />;
}

export function FormSelect({
  meta,
  label,
  hint,
  options,
  emptyLabel,
}: Labelled & { options: { value: string; label: string }[]; emptyLabel?: string }) {
  return (
    <SelectField key={meta.key} label={label} hint={hint} {...fieldProps(meta)}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}

/** A checkbox bound to one of the form's fields ("on" when ticked, as the browser sends it). */
export function FormCheckbox({ meta, label }: { meta: Meta; label: ReactNode }) {
  return (
    <label className="flex items-center gap-2 text-sm text-slate-800">
      <input
        key={meta.key}
        type="checkbox"
        id={meta.id}
        name={meta.name}
        form={meta.formId}
        defaultChecked={meta.initialValue === "on"}
        className="h-4 w-4"
      />{" "}
      {label}
    </label>
  );
}

/** One choice of a radio group bound to a schema field: `checked` is the choice shown first. */
export function FormRadio({
  meta,
  value,
  checked,
  children,
}: {
  meta: Meta;
  value: string;
  checked: boolean;
  children: ReactNode;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        key={`${meta.key}-${value}`}
        type="radio"
        name={meta.name}
        form={meta.formId}
        value={value}
        defaultChecked={checked}
        className="h-4 w-4"
      />{" "}
      {children}
    </label>
  );
}

/** The message about the form as a whole (wrong password, out-of-date form, too many tries). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form fits
export function FormMessage({ form }: { form: FormMetadata<any, string[]> }) {
  return <FormError message={form.errors?.[0]} />;
}
