import { Form } from "@remix-run/react";
import { Button } from "./ui/button";
import { Field, FormError, SelectField, TextareaField } from "./ui/field";
import {
  APPEAL_PARTIES,
  APPEAL_PARTY_LABELS,
  BIA_OUTCOMES,
  BIA_RESULTS,
  BIA_RESULT_LABELS,
  EVENT_LABELS,
  EVENT_TYPES,
  FINAL_ORDER_BASES,
  FEAR_KINDS,
  FEAR_KIND_LABELS,
  FEAR_OUTCOMES,
  FINAL_ORDER_BASIS_LABELS,
  IJ_OUTCOMES,
  MOTION_BASES,
  MOTION_BASIS_LABELS,
  MOTION_DECIDERS,
  MOTION_DECIDER_LABELS,
  MOTION_OUTCOMES,
  OUTCOME_LABELS,
  PFR_OUTCOMES,
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

type Values = Record<string, string | undefined>;

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

function OutcomeSelect({ options, v, e }: { options: readonly string[]; v: Values; e: Values }) {
  return (
    <SelectField label="Outcome" name="outcome" defaultValue={v.outcome ?? ""} error={e.outcome}>
      <option value="">Choose…</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {OUTCOME_LABELS[o] ?? o}
        </option>
      ))}
    </SelectField>
  );
}

/** Step 2: the facts of that kind of event, with where it came from and when it was last checked. */
export function EventFields({
  type,
  values: v,
  errors: e,
  formError,
  warning,
  submitLabel,
  hiddenIntent,
  version,
}: {
  type: EventType;
  values: Values;
  errors: Values;
  formError?: string | null;
  warning?: string | null;
  submitLabel: string;
  hiddenIntent?: string;
  version?: number;
}) {
  const isVd = type === "vd_granted";
  return (
    <Form method="post" className="space-y-4" noValidate preventScrollReset>
      {hiddenIntent ? <input type="hidden" name="intent" value={hiddenIntent} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="type" value={type} />
      <FormError message={formError} />
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
        <Field
          label="Date it took effect"
          name="effectiveDate"
          type="date"
          required
          defaultValue={v.effectiveDate}
          error={e.effectiveDate}
        />
        <Field
          label="Court or office"
          name="court"
          defaultValue={v.court}
          error={e.court}
          hint="e.g. New York Broadway Immigration Court"
        />
        {type === "ij_decision" ? (
          <>
            <OutcomeSelect options={IJ_OUTCOMES} v={v} e={e} />
            <SelectField
              label="Decision given"
              name="decisionForm"
              defaultValue={v.decisionForm ?? "oral"}
              error={e.decisionForm}
            >
              <option value="oral">Orally, at the hearing</option>
              <option value="written">In writing</option>
            </SelectField>
            <Field
              label="Written decision served on"
              name="servedOn"
              type="date"
              defaultValue={v.servedOn}
              error={e.servedOn}
              hint="Mailing or electronic service date: the 30-day appeal clock starts then."
            />
            <Field
              label="Country removal to which is barred"
              name="protectedCountry"
              defaultValue={v.protectedCountry}
              error={e.protectedCountry}
              hint="For withholding or CAT: two-letter code, e.g. CN."
            />
            <SelectField
              label="Relief (if granted)"
              name="reliefKind"
              defaultValue={v.reliefKind ?? ""}
              error={e.reliefKind}
            >
              <option value="">—</option>
              {RELIEF_KINDS.map((k) => (
                <option key={k} value={k}>
                  {RELIEF_LABELS[k]}
                </option>
              ))}
            </SelectField>
            <Field
              label="Leave by (voluntary departure)"
              name="endDate"
              type="date"
              defaultValue={v.endDate}
              error={e.endDate}
            />
            <label className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="appealWaived"
                defaultChecked={v.appealWaived === "on"}
                className="h-4 w-4"
              />{" "}
              Appeal waived by both parties (the decision is final now)
            </label>
          </>
        ) : null}
        {type === "bia_appeal_filed" ? (
          <SelectField
            label="Who appealed"
            name="appealedBy"
            defaultValue={v.appealedBy ?? "respondent"}
            error={e.appealedBy}
          >
            {APPEAL_PARTIES.map((p) => (
              <option key={p} value={p}>
                {APPEAL_PARTY_LABELS[p]}
              </option>
            ))}
          </SelectField>
        ) : null}
        {type === "bia_decision" ? (
          <>
            <OutcomeSelect options={BIA_OUTCOMES} v={v} e={e} />
            <SelectField
              label="What the BIA ordered (if sustained)"
              name="biaResult"
              defaultValue={v.biaResult ?? ""}
              error={e.biaResult}
            >
              <option value="">—</option>
              {BIA_RESULTS.map((r) => (
                <option key={r} value={r}>
                  {BIA_RESULT_LABELS[r]}
                </option>
              ))}
            </SelectField>
            <Field
              label="Voluntary departure reinstated: leave by"
              name="endDate"
              type="date"
              defaultValue={v.endDate}
              error={e.endDate}
              hint="Only when the BIA dismissed the appeal and reinstated the departure period (8 CFR 1240.26(c)(3)(ii))."
            />
          </>
        ) : null}
        {type === "mtr_decided" || type === "mtc_decided" ? (
          <>
            <OutcomeSelect options={MOTION_OUTCOMES} v={v} e={e} />
            <SelectField
              label="Decided by"
              name="decidedBy"
              defaultValue={v.decidedBy ?? ""}
              error={e.decidedBy}
              hint="An IJ's denial can be appealed to the BIA; the BIA's, petitioned for review."
            >
              <option value="">Choose…</option>
              {MOTION_DECIDERS.map((m) => (
                <option key={m} value={m}>
                  {MOTION_DECIDER_LABELS[m]}
                </option>
              ))}
            </SelectField>
          </>
        ) : null}
        {type === "pfr_decided" ? (
          <>
            <OutcomeSelect options={PFR_OUTCOMES} v={v} e={e} />
            <Field
              label="Court's stay continues until"
              name="endDate"
              type="date"
              defaultValue={v.endDate}
              error={e.endDate}
              hint="Leave empty if the stay pending review ended with the denial."
            />
          </>
        ) : null}
        {type === "fear_screening" ? (
          <>
            <SelectField
              label="Kind of screening"
              name="fearKind"
              defaultValue={v.fearKind ?? ""}
              error={e.fearKind}
            >
              <option value="">Choose…</option>
              {FEAR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {FEAR_KIND_LABELS[k]}
                </option>
              ))}
            </SelectField>
            <OutcomeSelect options={FEAR_OUTCOMES} v={v} e={e} />
            <SelectField
              label="Decided by"
              name="screeningStage"
              defaultValue={v.screeningStage ?? "asylum_officer"}
              error={e.screeningStage}
            >
              {SCREENING_STAGES.map((k) => (
                <option key={k} value={k}>
                  {SCREENING_STAGE_LABELS[k]}
                </option>
              ))}
            </SelectField>
          </>
        ) : null}
        {type === "final_order" ? (
          <SelectField
            label="How the order became final"
            name="finalOrderBasis"
            defaultValue={v.finalOrderBasis ?? ""}
            error={e.finalOrderBasis}
            hint="The order's type decides its rules: reinstated and administrative orders get a 30-day petition for review and no motions; expedited removal gets neither."
          >
            <option value="">Choose…</option>
            {FINAL_ORDER_BASES.map((b) => (
              <option key={b} value={b}>
                {FINAL_ORDER_BASIS_LABELS[b]}
              </option>
            ))}
          </SelectField>
        ) : null}
        {type === "mtr_filed" ? (
          <SelectField
            label="Basis"
            name="motionBasis"
            defaultValue={v.motionBasis ?? "general"}
            error={e.motionBasis}
          >
            {MOTION_BASES.map((b) => (
              <option key={b} value={b}>
                {MOTION_BASIS_LABELS[b]}
              </option>
            ))}
          </SelectField>
        ) : null}
        {type.startsWith("stay_") ? (
          <SelectField
            label="Kind of stay"
            name="stayKind"
            defaultValue={v.stayKind ?? ""}
            error={e.stayKind}
          >
            <option value="">Choose…</option>
            {STAY_KINDS.map((k) => (
              <option key={k} value={k}>
                {STAY_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
        ) : null}
        {type === "stay_granted" ? (
          <Field
            label="Stay ends on"
            name="endDate"
            type="date"
            defaultValue={v.endDate}
            error={e.endDate}
            hint="Leave empty if the order gives no end date."
          />
        ) : null}
        {isVd ? (
          <>
            <Field
              label="Leave by"
              name="endDate"
              type="date"
              required
              defaultValue={v.endDate}
              error={e.endDate}
            />
            <SelectField
              label="Granted"
              name="vdStage"
              defaultValue={v.vdStage ?? "conclusion"}
              error={e.vdStage}
            >
              <option value="conclusion">
                At the end of proceedings (up to 60 days; bond due in 5 business days)
              </option>
              <option value="pre_conclusion">
                Before the end of proceedings (up to 120 days; appeal waived)
              </option>
            </SelectField>
            <label className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="appealWaived"
                defaultChecked={v.appealWaived === "on"}
                className="h-4 w-4"
              />{" "}
              Appeal waived (otherwise a grant at the end of proceedings can be appealed within 30 days)
            </label>
          </>
        ) : null}
        {type === "relief_granted" ? (
          <SelectField
            label="Relief"
            name="reliefKind"
            defaultValue={v.reliefKind ?? ""}
            error={e.reliefKind}
          >
            {RELIEF_KINDS.map((k) => (
              <option key={k} value={k}>
                {RELIEF_LABELS[k]}
              </option>
            ))}
          </SelectField>
        ) : null}
        {type === "protection_granted" ? (
          <>
            <SelectField
              label="Protection"
              name="protectionKind"
              defaultValue={v.protectionKind ?? ""}
              error={e.protectionKind}
            >
              <option value="">Choose…</option>
              <option value="withholding">Withholding of removal</option>
              <option value="cat">Protection under the Convention Against Torture</option>
            </SelectField>
            <Field
              label="Country removal to which is barred"
              name="protectedCountry"
              defaultValue={v.protectedCountry}
              error={e.protectedCountry}
              hint="Two-letter code, e.g. CN."
            />
          </>
        ) : null}
        <SelectField label="Source" name="source" defaultValue={v.source ?? "court_notice"} error={e.source}>
          {SOURCES.map((s) => (
            <option key={s} value={s}>
              {SOURCE_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <Field
          label="Last verified"
          name="verifiedOn"
          type="date"
          defaultValue={v.verifiedOn}
          error={e.verifiedOn}
        />
        <div className="sm:col-span-2">
          <TextareaField label="Notes" name="notes" rows={2} defaultValue={v.notes} error={e.notes} />
        </div>
      </div>
      <Button type="submit" pendingText="Saving…">
        {submitLabel}
      </Button>
    </Form>
  );
}
