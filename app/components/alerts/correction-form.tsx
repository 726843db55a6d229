import { getFormProps } from "@conform-to/react";
import { Form, useLocation } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { FormField, FormMessage, FormSelect, useSchemaForm } from "~/components/ui/form";
import { FLIGHT_TYPES, REPORT_KIND_LABELS, REPORT_KINDS } from "~/domain/flight-extraction";
import { ALERT_INTENTS, type AlertActionData, type AlertPageAlert } from "~/utils/alert-page";
import { correctionSchema } from "~/utils/alert-schemas";

const RELEVANCE = [
  { value: "yes", label: "Yes: keep the alert" },
  { value: "no", label: "No: not relevant (clears its clients)" },
];
const KIND_OPTIONS = REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }));
const PLACES_HINT = "Places separated by semicolons";

/**
 * Staff's correction of what the reader found; saving matches the clients again. correctionSchema checks
 * it in the browser and in the action (docs/forms.md); a refusal comes back with the values typed.
 */
export function CorrectionForm({
  alert,
  roles,
  res,
}: {
  alert: AlertPageAlert;
  roles: { landing: string[]; onBoard: string[] };
  res: AlertActionData | undefined;
}) {
  const location = useLocation();
  const mine = res?.intent === ALERT_INTENTS.correct ? res : null;
  const [form, f] = useSchemaForm(correctionSchema, {
    id: "correct-alert",
    result: mine,
    defaultValue: {
      version: String(alert.version),
      relevant: "yes",
      kind: alert.kind,
      countries: roles.landing.join(", "),
      onBoard: roles.onBoard.join(", "),
      eventDate: alert.eventDate ?? "",
      peopleCount: alert.peopleCount?.toString() ?? "",
      peopleMin: alert.peopleMin?.toString() ?? "",
      peopleMax: alert.peopleMax?.toString() ?? "",
      departure: alert.departure.join("; "),
      arrival: alert.arrival.join("; "),
      flightTypes: alert.flightTypes.join(", "),
    },
  });
  return (
    // Keyed by the navigation, so it closes after a saved correction and opens again on an error.
    <details key={`correct-${location.key}`} className="mt-6" open={Boolean(mine)}>
      <summary className="cursor-pointer text-sm font-medium text-blue-700 underline">
        Correct the facts
      </summary>
      <Form method="post" className="mt-3 space-y-3" {...getFormProps(form)} noValidate>
        <FormMessage form={form} />
        <input type="hidden" name="intent" value={ALERT_INTENTS.correct} />
        <input type="hidden" name={f.version.name} value={alert.version} />
        <FormSelect
          meta={f.relevant}
          label="About a removal flight or acceptance change?"
          options={RELEVANCE}
        />
        <FormSelect meta={f.kind} label="Kind of report" options={KIND_OPTIONS} />
        <FormField
          meta={f.countries}
          label="Destination countries"
          hint="Where the flight landed (or whose acceptance changed). Names or two-letter codes, separated by commas"
        />
        <FormField
          meta={f.onBoard}
          label="On board: nationalities flown to a third country"
          hint="Only for a third-country removal: nationalities on the flight that were not flown home. Their clients are matched too. Leave empty otherwise"
        />
        <FormField meta={f.eventDate} label="Event date" hint="YYYY-MM-DD, or YYYY-MM for a month" />
        <div className="grid grid-cols-3 gap-2">
          <FormField meta={f.peopleCount} label="Number of people" inputMode="numeric" />
          <FormField meta={f.peopleMin} label="At least" inputMode="numeric" />
          <FormField meta={f.peopleMax} label="At most" inputMode="numeric" />
        </div>
        <FormField meta={f.departure} label="Departure" hint={PLACES_HINT} />
        <FormField meta={f.arrival} label="Arrival" hint={PLACES_HINT} />
        <FormField meta={f.flightTypes} label="Kind of flight" hint={`Any of: ${FLIGHT_TYPES.join(", ")}`} />
        <Button type="submit" variant="secondary" pendingText="Saving…">
          Save corrections
        </Button>
      </Form>
    </details>
  );
}
