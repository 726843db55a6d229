import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Button } from "./ui/button";
import { Card } from "./ui/card";
import { FormCheckbox, FormField, FormMessage, FormSelect, FormTextarea, useSchemaForm } from "./ui/form";
import { LANGUAGES } from "~/domain/languages";
import { clientFormSchema, type ClientFormValues } from "~/utils/client-schema";

type Props = {
  /** What the action answered (a refusal shows its messages and the typed values). */
  result?: unknown;
  /** The values to start from: the stored record when editing, the assignment defaults when new. */
  defaultValue: ClientFormValues;
  duplicate?: { id: string; name: string } | null;
  staff: { id: string; displayName: string; role: string }[];
  countries: readonly { code: string; name: string }[];
  submitLabel: string;
  version?: number;
  /** New clients only: the form's one-time key, so a second press of it makes no second client. */
  creationKey?: string;
  cancelHref: string;
};

const SEX_OPTIONS = [
  { value: "unknown", label: "Not recorded" },
  { value: "female", label: "Female" },
  { value: "male", label: "Male" },
  { value: "x", label: "Another / X" },
];
const LANGUAGE_OPTIONS = LANGUAGES.map((l) => ({
  value: l.code,
  label: l.own !== l.name ? `${l.name} — ${l.own}` : l.name,
}));
const DETENTION_OPTIONS = [
  { value: "not_detained", label: "Not detained" },
  { value: "detained", label: "Detained" },
  { value: "released", label: "Released" },
];
const RELEASE_OPTIONS = [
  { value: "i220a", label: "Order of Recognizance (I-220A)" },
  { value: "i220b", label: "Order of Supervision (I-220B)" },
  { value: "parole", label: "Parole" },
  { value: "bond", label: "Bond" },
  { value: "other", label: "Other" },
];
const STARTING_VALUES = { sex: "unknown", preferredLanguage: "en", detentionStatus: "not_detained" };

/**
 * The client record form, used to create and to edit: checked by clientFormSchema in the browser and
 * by the action (docs/forms.md). Works as a plain POST without JavaScript.
 */
export function ClientForm({
  result,
  defaultValue,
  duplicate,
  staff,
  countries,
  submitLabel,
  version,
  creationKey,
  cancelHref,
}: Props) {
  const [form, f] = useSchemaForm(clientFormSchema, {
    id: "client-form",
    result,
    defaultValue: { ...STARTING_VALUES, ...defaultValue },
  });
  const staffOptions = staff.map((s) => ({ value: s.id, label: s.displayName }));
  return (
    <Form method="post" className="space-y-6" {...getFormProps(form)} noValidate>
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {creationKey !== undefined ? <input type="hidden" name="creationKey" value={creationKey} /> : null}
      <FormMessage form={form} />
      {duplicate ? (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
        >
          This A-number belongs to{" "}
          <Link to={`/clients/${duplicate.id}`} className="font-semibold underline">
            {duplicate.name}
          </Link>
          . One person has one A-number: open that record instead of making a second one.
        </div>
      ) : null}
      <Card title="Identity">
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField meta={f.familyName} label="Family name" required autoComplete="off" />
          <FormField meta={f.givenNames} label="Given names" required autoComplete="off" />
          <FormField
            meta={f.nativeName}
            label="Name in own script"
            hint="e.g. 陈伟, as the client writes it"
          />
          <FormField
            meta={f.otherNames}
            label="Other names used"
            hint="Aliases, maiden names, other spellings; separate with commas."
          />
          <FormField
            meta={f.aNumber}
            label="A-number"
            hint="A and 8 or 9 digits, in any form: A123456789, 123-456-789."
            inputMode="text"
          />
          <FormField meta={f.dateOfBirth} label="Date of birth" type="date" />
          <FormSelect meta={f.sex} label="Sex" options={SEX_OPTIONS} />
          <FormField
            meta={f.nationalities}
            label="Nationalities"
            list="country-list"
            hint="Country names or codes separated by commas (e.g. China, or CN, MX); “stateless” if none."
          />
          <FormField meta={f.countryOfBirth} label="Country of birth" hint="Two-letter code, e.g. CN." />
          <FormSelect meta={f.preferredLanguage} label="Preferred language" options={LANGUAGE_OPTIONS} />
        </div>
        <datalist id="country-list">
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </datalist>
      </Card>
      <Card title="Contact and address">
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField meta={f.phone} label="Phone" type="tel" />
          <FormField meta={f.email} label="Email" type="email" />
          <div className="sm:col-span-2">
            <FormTextarea meta={f.address} label="Address" rows={2} />
          </div>
          <FormField
            meta={f.addressReportedCourtOn}
            label="Address reported to the court (EOIR-33) on"
            type="date"
            hint="Due within 5 working days of a move (8 CFR 1003.15(d)(2))."
          />
          <FormField meta={f.addressReportedIceOn} label="Address reported to ICE on" type="date" />
        </div>
      </Card>
      <Card title="Detention">
        <div className="grid gap-4 sm:grid-cols-2">
          <FormSelect meta={f.detentionStatus} label="Detention status" options={DETENTION_OPTIONS} />
          <FormField meta={f.detentionSince} label="Detained or released on" type="date" />
          <FormField meta={f.detentionFacility} label="Facility" hint="When detained." />
          <FormSelect
            meta={f.releaseForm}
            label="Released on"
            hint="When released."
            options={RELEASE_OPTIONS}
            emptyLabel="—"
          />
        </div>
      </Card>
      <Card title="Assignment and notes">
        <div className="grid gap-4 sm:grid-cols-2">
          <FormSelect
            meta={f.lawyerId}
            label="Lawyer"
            options={staffOptions.filter((_, i) => staff[i]!.role !== "paralegal")}
            emptyLabel="Not assigned"
          />
          <FormSelect
            meta={f.paralegalId}
            label="Paralegal"
            options={staffOptions}
            emptyLabel="Not assigned"
          />
          <FormField meta={f.tags} label="Tags" hint="Separate with commas, e.g. pro bono, priority." />
          <div className="sm:col-span-2">
            <FormTextarea
              meta={f.notes}
              label="Notes (staff only)"
              rows={4}
              hint="Never shown to the client."
            />
          </div>
        </div>
      </Card>
      <Card title="Safety plan">
        <div className="grid gap-4 sm:grid-cols-2">
          <FormTextarea
            meta={f.emergencyContacts}
            label="Emergency contacts"
            rows={3}
            hint="Name, relationship and phone, one per line."
          />
          <FormTextarea meta={f.childrenCare} label="Who cares for the children" rows={3} />
          <FormCheckbox meta={f.powerOfAttorneyOnFile} label="Power of attorney on file" />
        </div>
      </Card>
      <div className="flex items-center gap-4">
        <Button type="submit" pendingText="Saving…">
          {submitLabel}
        </Button>
        <Link to={cancelHref} className="text-sm font-medium text-blue-700 underline">
          Cancel
        </Link>
      </div>
    </Form>
  );
}
