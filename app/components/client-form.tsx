import { Form, Link } from "@remix-run/react";
import { Button } from "./ui/button";
import { Card } from "./ui/card";
import { Field, FormError, SelectField, TextareaField } from "./ui/field";
import { LANGUAGES } from "~/domain/languages";
import type { ClientFormValues } from "~/utils/client-schema";

type Props = {
  values: ClientFormValues;
  errors: Record<string, string | undefined>;
  formError?: string | null;
  duplicate?: { id: string; name: string } | null;
  staff: { id: string; displayName: string; role: string }[];
  countries: readonly { code: string; name: string }[];
  submitLabel: string;
  version?: number;
  /** New clients only: the form's one-time key, so a second press of it makes no second client. */
  creationKey?: string;
  cancelHref: string;
};

/** The client record form, used to create and to edit. Works as a plain POST without JavaScript. */
export function ClientForm({
  values: v,
  errors: e,
  formError,
  duplicate,
  staff,
  countries,
  submitLabel,
  version,
  creationKey,
  cancelHref,
}: Props) {
  return (
    <Form method="post" className="space-y-6" noValidate>
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {creationKey !== undefined ? <input type="hidden" name="creationKey" value={creationKey} /> : null}
      <FormError message={formError} />
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
          <Field
            label="Family name"
            name="familyName"
            required
            defaultValue={v.familyName}
            error={e.familyName}
            autoComplete="off"
          />
          <Field
            label="Given names"
            name="givenNames"
            required
            defaultValue={v.givenNames}
            error={e.givenNames}
            autoComplete="off"
          />
          <Field
            label="Name in own script"
            name="nativeName"
            defaultValue={v.nativeName}
            error={e.nativeName}
            hint="e.g. 陈伟, as the client writes it"
          />
          <Field
            label="Other names used"
            name="otherNames"
            defaultValue={v.otherNames}
            error={e.otherNames}
            hint="Aliases, maiden names, other spellings; separate with commas."
          />
          <Field
            label="A-number"
            name="aNumber"
            defaultValue={v.aNumber}
            error={e.aNumber}
            hint="A and 8 or 9 digits, in any form: A123456789, 123-456-789."
            inputMode="text"
          />
          <Field
            label="Date of birth"
            name="dateOfBirth"
            type="date"
            defaultValue={v.dateOfBirth}
            error={e.dateOfBirth}
          />
          <SelectField label="Sex" name="sex" defaultValue={v.sex ?? "unknown"} error={e.sex}>
            <option value="unknown">Not recorded</option>
            <option value="female">Female</option>
            <option value="male">Male</option>
            <option value="x">Another / X</option>
          </SelectField>
          <Field
            label="Nationalities"
            name="nationalities"
            defaultValue={v.nationalities}
            error={e.nationalities}
            list="country-list"
            hint="Country names or codes separated by commas (e.g. China, or CN, MX); “stateless” if none."
          />
          <Field
            label="Country of birth"
            name="countryOfBirth"
            defaultValue={v.countryOfBirth}
            error={e.countryOfBirth}
            hint="Two-letter code, e.g. CN."
          />
          <SelectField
            label="Preferred language"
            name="preferredLanguage"
            defaultValue={v.preferredLanguage ?? "en"}
            error={e.preferredLanguage}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
                {l.own !== l.name ? ` — ${l.own}` : ""}
              </option>
            ))}
          </SelectField>
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
          <Field label="Phone" name="phone" type="tel" defaultValue={v.phone} error={e.phone} />
          <Field label="Email" name="email" type="email" defaultValue={v.email} error={e.email} />
          <div className="sm:col-span-2">
            <TextareaField
              label="Address"
              name="address"
              rows={2}
              defaultValue={v.address}
              error={e.address}
            />
          </div>
          <Field
            label="Address reported to the court (EOIR-33) on"
            name="addressReportedCourtOn"
            type="date"
            defaultValue={v.addressReportedCourtOn}
            error={e.addressReportedCourtOn}
            hint="Due within 5 working days of a move (8 CFR 1003.15(d)(2))."
          />
          <Field
            label="Address reported to ICE on"
            name="addressReportedIceOn"
            type="date"
            defaultValue={v.addressReportedIceOn}
            error={e.addressReportedIceOn}
          />
        </div>
      </Card>
      <Card title="Detention">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Detention status"
            name="detentionStatus"
            defaultValue={v.detentionStatus ?? "not_detained"}
            error={e.detentionStatus}
          >
            <option value="not_detained">Not detained</option>
            <option value="detained">Detained</option>
            <option value="released">Released</option>
          </SelectField>
          <Field
            label="Detained or released on"
            name="detentionSince"
            type="date"
            defaultValue={v.detentionSince}
            error={e.detentionSince}
          />
          <Field
            label="Facility"
            name="detentionFacility"
            defaultValue={v.detentionFacility}
            error={e.detentionFacility}
            hint="When detained."
          />
          <SelectField
            label="Released on"
            name="releaseForm"
            defaultValue={v.releaseForm ?? ""}
            error={e.releaseForm}
            hint="When released."
          >
            <option value="">—</option>
            <option value="i220a">Order of Recognizance (I-220A)</option>
            <option value="i220b">Order of Supervision (I-220B)</option>
            <option value="parole">Parole</option>
            <option value="bond">Bond</option>
            <option value="other">Other</option>
          </SelectField>
        </div>
      </Card>
      <Card title="Assignment and notes">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Lawyer" name="lawyerId" defaultValue={v.lawyerId ?? ""} error={e.lawyerId}>
            <option value="">Not assigned</option>
            {staff
              .filter((s) => s.role !== "paralegal")
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.displayName}
                </option>
              ))}
          </SelectField>
          <SelectField
            label="Paralegal"
            name="paralegalId"
            defaultValue={v.paralegalId ?? ""}
            error={e.paralegalId}
          >
            <option value="">Not assigned</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.displayName}
              </option>
            ))}
          </SelectField>
          <Field
            label="Tags"
            name="tags"
            defaultValue={v.tags}
            error={e.tags}
            hint="Separate with commas, e.g. pro bono, priority."
          />
          <div className="sm:col-span-2">
            <TextareaField
              label="Notes (staff only)"
              name="notes"
              rows={4}
              defaultValue={v.notes}
              error={e.notes}
              hint="Never shown to the client."
            />
          </div>
        </div>
      </Card>
      <Card title="Safety plan">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextareaField
            label="Emergency contacts"
            name="emergencyContacts"
            rows={3}
            defaultValue={v.emergencyContacts}
            error={e.emergencyContacts}
            hint="Name, relationship and phone, one per line."
          />
          <TextareaField
            label="Who cares for the children"
            name="childrenCare"
            rows={3}
            defaultValue={v.childrenCare}
            error={e.childrenCare}
          />
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="powerOfAttorneyOnFile"
              defaultChecked={v.powerOfAttorneyOnFile === "on"}
              className="h-4 w-4"
            />{" "}
            Power of attorney on file
          </label>
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
