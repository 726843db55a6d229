import { describe, expect, it } from "vitest";
import { parseFormData } from "./forms.server";
import { eventDetails, eventFormSchema } from "./case-schemas";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

// The event form's server-side rules for the fields issue 16 added: what is missing is named at its field,
// with what the user typed kept.
describe("event form: issue 16 fields", () => {
  it.each([
    [{ type: "bia_appeal_filed", effectiveDate: "2025-03-28", appealedBy: "" }, "appealedBy", /who appealed/],
    [
      { type: "bia_appeal_filed", effectiveDate: "2025-03-28", appealedBy: "ice" },
      "appealedBy",
      /choose one of the options/,
    ],
    [
      { type: "bia_decision", effectiveDate: "2025-10-01", outcome: "sustained" },
      "biaResult",
      /what the BIA ordered/,
    ],
    [
      { type: "bia_decision", effectiveDate: "2025-10-01", outcome: "remanded", endDate: "2025-11-30" },
      "endDate",
      /only when it dismisses/,
    ],
    [
      { type: "mtr_decided", effectiveDate: "2025-10-01", outcome: "denied" },
      "decidedBy",
      /immigration judge or the BIA/,
    ],
    [
      { type: "pfr_decided", effectiveDate: "2025-10-01", outcome: "granted", endDate: "2025-11-30" },
      "endDate",
      /only when the petition is denied/,
    ],
    [
      { type: "fear_screening", effectiveDate: "2025-10-01", outcome: "positive" },
      "fearKind",
      /credible fear or reasonable fear/,
    ],
    [
      { type: "fear_screening", effectiveDate: "2025-10-01", fearKind: "reasonable", outcome: "maybe" },
      "outcome",
      /Choose the outcome/,
    ],
  ])("%o → an error at %s", (fields, field, message) => {
    const r = parseFormData(form(fields), eventFormSchema);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[field]).toMatch(message);
    expect(r.values.effectiveDate).toBe(fields.effectiveDate);
  });

  it("stores who appealed, what the BIA ordered, who decided, the court's stay date and the screening", () => {
    const parse = (fields: Record<string, string>) => {
      const r = parseFormData(form(fields), eventFormSchema);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return eventDetails(r.data);
    };
    expect(parse({ type: "bia_appeal_filed", effectiveDate: "2025-03-28", appealedBy: "dhs" })).toEqual({
      appealedBy: "dhs",
    });
    expect(
      parse({
        type: "bia_decision",
        effectiveDate: "2025-10-01",
        outcome: "sustained",
        biaResult: "removal_ordered",
      }),
    ).toEqual({ outcome: "sustained", biaResult: "removal_ordered" });
    expect(
      parse({
        type: "bia_decision",
        effectiveDate: "2025-10-01",
        outcome: "dismissed",
        endDate: "2025-11-30",
      }),
    ).toEqual({ outcome: "dismissed", endDate: "2025-11-30" });
    expect(
      parse({ type: "mtc_decided", effectiveDate: "2025-10-01", outcome: "denied", decidedBy: "ij" }),
    ).toEqual({ outcome: "denied", decidedBy: "ij" });
    expect(
      parse({ type: "pfr_decided", effectiveDate: "2025-10-01", outcome: "denied", endDate: "2025-11-30" }),
    ).toEqual({ outcome: "denied", endDate: "2025-11-30" });
    expect(
      parse({
        type: "fear_screening",
        effectiveDate: "2025-10-01",
        fearKind: "reasonable",
        outcome: "positive",
      }),
    ).toEqual({ outcome: "positive", fearKind: "reasonable", screeningStage: "asylum_officer" });
    expect(
      parse({
        type: "vd_granted",
        effectiveDate: "2025-06-02",
        endDate: "2025-08-01",
        vdStage: "conclusion",
        appealWaived: "on",
      }),
    ).toEqual({ endDate: "2025-08-01", vdStage: "conclusion", appealWaived: true });
    expect(
      parse({ type: "final_order", effectiveDate: "2025-05-01", finalOrderBasis: "reinstatement" }),
    ).toEqual({ finalOrderBasis: "reinstatement" });
  });
});
