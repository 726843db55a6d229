import { Form, useLocation } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Field, FormError, SelectField } from "~/components/ui/field";
import { FLIGHT_TYPES, REPORT_KIND_LABELS, REPORT_KINDS } from "~/domain/flight-extraction";
import { ALERT_INTENTS, type AlertActionData, type AlertPageAlert } from "~/utils/alert-page";

/** Staff's correction of what the reader found; saving matches the clients again (values kept on error). */
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
  const e = res?.intent === ALERT_INTENTS.correct ? (res.errors ?? {}) : {};
  const cv = res?.intent === ALERT_INTENTS.correct ? (res.values ?? {}) : {};
  return (
    <>
      {/* Keyed by the navigation, so it closes after a saved correction and opens again on an error. */}
      <details key={`correct-${location.key}`} className="mt-6" open={res?.intent === ALERT_INTENTS.correct}>
        <summary className="cursor-pointer text-sm font-medium text-blue-700 underline">
          Correct the facts
        </summary>
        <FormError message={res?.intent === ALERT_INTENTS.correct ? res.formError : undefined} />
        <Form method="post" className="mt-3 space-y-3" noValidate>
          <input type="hidden" name="intent" value={ALERT_INTENTS.correct} />
          <input type="hidden" name="version" value={alert.version} />
          <SelectField
            label="About a removal flight or acceptance change?"
            name="relevant"
            defaultValue={cv.relevant ?? "yes"}
            error={e.relevant}
          >
            <option value="yes">Yes: keep the alert</option>
            <option value="no">No: not relevant (clears its clients)</option>
          </SelectField>
          <SelectField label="Kind of report" name="kind" defaultValue={cv.kind ?? alert.kind} error={e.kind}>
            {REPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {REPORT_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
          <Field
            label="Destination countries"
            name="countries"
            defaultValue={cv.countries ?? roles.landing.join(", ")}
            error={e.countries}
            hint="Where the flight landed (or whose acceptance changed). Names or two-letter codes, separated by commas"
          />
          <Field
            label="On board: nationalities flown to a third country"
            name="onBoard"
            defaultValue={cv.onBoard ?? roles.onBoard.join(", ")}
            error={e.onBoard}
            hint="Only for a third-country removal: nationalities on the flight that were not flown home. Their clients are matched too. Leave empty otherwise"
          />
          <Field
            label="Event date"
            name="eventDate"
            defaultValue={cv.eventDate ?? alert.eventDate ?? ""}
            error={e.eventDate}
            hint="YYYY-MM-DD, or YYYY-MM for a month"
          />
          <div className="grid grid-cols-3 gap-2">
            <Field
              label="Number of people"
              name="peopleCount"
              inputMode="numeric"
              defaultValue={cv.peopleCount ?? alert.peopleCount?.toString() ?? ""}
              error={e.peopleCount}
            />
            <Field
              label="At least"
              name="peopleMin"
              inputMode="numeric"
              defaultValue={cv.peopleMin ?? alert.peopleMin?.toString() ?? ""}
              error={e.peopleMin}
            />
            <Field
              label="At most"
              name="peopleMax"
              inputMode="numeric"
              defaultValue={cv.peopleMax ?? alert.peopleMax?.toString() ?? ""}
              error={e.peopleMax}
            />
          </div>
          <Field
            label="Departure"
            name="departure"
            defaultValue={cv.departure ?? alert.departure.join("; ")}
            error={e.departure}
            hint="Places separated by semicolons"
          />
          <Field
            label="Arrival"
            name="arrival"
            defaultValue={cv.arrival ?? alert.arrival.join("; ")}
            error={e.arrival}
            hint="Places separated by semicolons"
          />
          <Field
            label="Kind of flight"
            name="flightTypes"
            defaultValue={cv.flightTypes ?? alert.flightTypes.join(", ")}
            error={e.flightTypes}
            hint={`Any of: ${FLIGHT_TYPES.join(", ")}`}
          />
          <Button type="submit" variant="secondary" pendingText="Saving…">
            Save corrections
          </Button>
        </Form>
      </details>
    </>
  );
}
