import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "./ui/button";
import { SelectField } from "./ui/field";
import { FormCheckbox, FormField, FormMessage, FormSelect, FormTextarea, useSchemaForm } from "./ui/form";
import {
  APPEAL_PARTIES,
  APPEAL_PARTY_LABELS,
  BIA_RESULTS,
  BIA_RESULT_LABELS,
  EVENT_LABELS,
  EVENT_TYPES,
  FINAL_ORDER_BASES,
  FEAR_KINDS,
  FEAR_KIND_LABELS,
  FINAL_ORDER_BASIS_LABELS,
  MOTION_BASES,
  MOTION_BASIS_LABELS,
  MOTION_DECIDERS,
  MOTION_DECIDER_LABELS,
  OUTCOME_LABELS,
  RELIEF_KINDS,
  RELIEF_LABELS,
  SCREENING_STAGES,
  SCREENING_STAGE_LABELS,
  SOURCES,
  SOURCE_LABELS,
  STAY_KINDS,
  STAY_KIND_LABELS,
  type EventType,
} from "~/domain/removal-events";
import { EVENT_OUTCOMES, eventFormSchema } from "~/utils/case-schemas";

/** Step 1: choose what happened (a GET form, so it works without JavaScript). */
export function EventTypePicker({ selected }: { selected: string | null }) {
  return (
    <Form method="get" className="flex flex-wrap items-end gap-3" preventScrollReset>
      <SelectField label="What happened?" name="event" defaultValue={selected ?? ""}>
        <option value="" disabled>
          Choose an event…
        </option>
        {EVENT_TYPES.map((t) => (
          <option key={t} value={t}>
            {EVENT_LABELS[t]}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary">
        Continue
      </Button>
    </Form>
  );
}

/** A select's options from a list of codes and their labels. */
const choices = (codes: readonly string[], labels: Partial<Record<string, string>> = {}) =>
  codes.map((c) => ({ value: c, label: labels[c] ?? c }));

const DECISION_FORMS = [
  { value: "oral", label: "Orally, at the hearing" },
  { value: "written", label: "In writing" },
];
const VD_STAGES = [
  { value: "conclusion", label: "At the end of proceedings (up to 60 days; bond due in 5 business days)" },
  { value: "pre_conclusion", label: "Before the end of proceedings (up to 120 days; appeal waived)" },
];
const PROTECTIONS = [
  { value: "withholding", label: "Withholding of removal" },
  { value: "cat", label: "Protection under the Convention Against Torture" },
];

/** Each type's starting choices, as the form showed them before it was bound to the schema. */
const STARTING_VALUES = {
  decisionForm: "oral",
  appealedBy: "respondent",
  screeningStage: "asylum_officer",
  motionBasis: "general",
  vdStage: "conclusion",
  source: "court_notice",
};

/**
 * Step 2: the facts of that kind of event, with where it came from and when it was last checked. Checked
 * by eventFormSchema in the browser and by the action (docs/forms.md); a plain POST without JavaScript.
 */
export function EventFields({
  id,
  type,
  result,
  defaultValue,
  warning,
  submitLabel,
  hiddenIntent,
  version,
}: {
  /** The form's id on its page. */
  id: string;
  type: EventType;
  /** What the action answered (a refusal shows its messages and the typed values). */
  result?: unknown;
  defaultValue?: Record<string, string | undefined>;
  warning?: string | null;
  submitLabel: string;
  hiddenIntent?: string;
  version?: number;
}) {
  const [form, f] = useSchemaForm(eventFormSchema, {
    id,
    result,
    defaultValue: { ...STARTING_VALUES, ...defaultValue },
  });
  const outcomes = EVENT_OUTCOMES[type];
  const outcome = outcomes ? (
    <FormSelect
      meta={f.outcome}
      label="Outcome"
      options={choices(outcomes, OUTCOME_LABELS)}
      emptyLabel="Choose…"
    />
  ) : null;
  return (
    <Form method="post" className="space-y-4" preventScrollReset {...getFormProps(form)} noValidate>
      {hiddenIntent ? <input type="hidden" name="intent" value={hiddenIntent} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name={f.type.name} value={type} />
      <FormMessage form={form} />
      {warning ? (
        <div
          role="alert"
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
        >
          <p className="font-semibold">{warning}</p>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirmEndsVd" className="h-4 w-4" /> I understand; record it anyway
          </label>
        </div>
      ) : null}
      <p className="text-sm font-medium text-slate-900">{EVENT_LABELS[type]}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField meta={f.effectiveDate} label="Date it took effect" type="date" required />
        <FormField meta={f.court} label="Court or office" hint="e.g. New York Broadway Immigration Court" />
        {type === "ij_decision" ? (
          <>
            {outcome}
            <FormSelect meta={f.decisionForm} label="Decision given" options={DECISION_FORMS} />
            <FormField
              meta={f.servedOn}
              label="Written decision served on"
              type="date"
              hint="Mailing or electronic service date: the 30-day appeal clock starts then."
            />
            <FormField
              meta={f.protectedCountry}
              label="Country removal to which is barred"
              hint="For withholding or CAT: two-letter code, e.g. CN."
            />
            <FormSelect
              meta={f.reliefKind}
              label="Relief (if granted)"
              options={choices(RELIEF_KINDS, RELIEF_LABELS)}
              emptyLabel="—"
            />
            <FormField meta={f.endDate} label="Leave by (voluntary departure)" type="date" />
            <FormCheckbox
              meta={f.appealWaived}
              label="Appeal waived by both parties (the decision is final now)"
            />
          </>
        ) : null}
        {type === "bia_appeal_filed" ? (
          <FormSelect
            meta={f.appealedBy}
            label="Who appealed"
            options={choices(APPEAL_PARTIES, APPEAL_PARTY_LABELS)}
          />
        ) : null}
        {type === "bia_decision" ? (
          <>
            {outcome}
            <FormSelect
              meta={f.biaResult}
              label="What the BIA ordered (if sustained)"
              options={choices(BIA_RESULTS, BIA_RESULT_LABELS)}
              emptyLabel="—"
            />
            <FormField
              meta={f.endDate}
              label="Voluntary departure reinstated: leave by"
              type="date"
              hint="Only when the BIA dismissed the appeal and reinstated the departure period (8 CFR 1240.26(c)(3)(ii))."
            />
          </>
        ) : null}
        {type === "mtr_decided" || type === "mtc_decided" ? (
          <>
            {outcome}
            <FormSelect
              meta={f.decidedBy}
              label="Decided by"
              hint="An IJ's denial can be appealed to the BIA; the BIA's, petitioned for review."
              options={choices(MOTION_DECIDERS, MOTION_DECIDER_LABELS)}
              emptyLabel="Choose…"
            />
          </>
        ) : null}
        {type === "pfr_decided" ? (
          <>
            {outcome}
            <FormField
              meta={f.endDate}
              label="Court's stay continues until"
              type="date"
              hint="Leave empty if the stay pending review ended with the denial."
            />
          </>
        ) : null}
        {type === "fear_screening" ? (
          <>
            <FormSelect
              meta={f.fearKind}
              label="Kind of screening"
              options={choices(FEAR_KINDS, FEAR_KIND_LABELS)}
              emptyLabel="Choose…"
            />
            {outcome}
            <FormSelect
              meta={f.screeningStage}
              label="Decided by"
              options={choices(SCREENING_STAGES, SCREENING_STAGE_LABELS)}
            />
          </>
        ) : null}
        {type === "final_order" ? (
          <FormSelect
            meta={f.finalOrderBasis}
            label="How the order became final"
            hint="The order's type decides its rules: reinstated and administrative orders get a 30-day petition for review and no motions; expedited removal gets neither."
            options={choices(FINAL_ORDER_BASES, FINAL_ORDER_BASIS_LABELS)}
            emptyLabel="Choose…"
          />
        ) : null}
        {type === "mtr_filed" ? (
          <FormSelect
            meta={f.motionBasis}
            label="Basis"
            options={choices(MOTION_BASES, MOTION_BASIS_LABELS)}
          />
        ) : null}
        {type.startsWith("stay_") ? (
          <FormSelect
            meta={f.stayKind}
            label="Kind of stay"
            options={choices(STAY_KINDS, STAY_KIND_LABELS)}
            emptyLabel="Choose…"
          />
        ) : null}
        {type === "stay_granted" ? (
          <FormField
            meta={f.endDate}
            label="Stay ends on"
            type="date"
            hint="Leave empty if the order gives no end date."
          />
        ) : null}
        {type === "vd_granted" ? (
          <>
            <FormField meta={f.endDate} label="Leave by" type="date" required />
            <FormSelect meta={f.vdStage} label="Granted" options={VD_STAGES} />
            <FormCheckbox
              meta={f.appealWaived}
              label="Appeal waived (otherwise a grant at the end of proceedings can be appealed within 30 days)"
            />
          </>
        ) : null}
        {type === "relief_granted" ? (
          <FormSelect meta={f.reliefKind} label="Relief" options={choices(RELIEF_KINDS, RELIEF_LABELS)} />
        ) : null}
        {type === "protection_granted" ? (
          <>
            <FormSelect
              meta={f.protectionKind}
              label="Protection"
              options={PROTECTIONS}
              emptyLabel="Choose…"
            />
            <FormField
              meta={f.protectedCountry}
              label="Country removal to which is barred"
              hint="Two-letter code, e.g. CN."
            />
          </>
        ) : null}
        <FormSelect meta={f.source} label="Source" options={choices(SOURCES, SOURCE_LABELS)} />
        <FormField meta={f.verifiedOn} label="Last verified" type="date" />
        <div className="sm:col-span-2">
          <FormTextarea meta={f.notes} label="Notes" rows={2} />
        </div>
      </div>
      <Button type="submit" pendingText="Saving…">
        {submitLabel}
      </Button>
    </Form>
  );
}
