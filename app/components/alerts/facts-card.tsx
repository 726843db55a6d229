import { Badge, Card } from "~/components/ui/card";
import { eventDateText } from "~/components/alert-parts";
import { countCertainty, countryRoles } from "~/domain/alert-facts";
import { countryName } from "~/domain/countries";
import { FLIGHT_TYPE_LABELS, REPORT_KIND_LABELS } from "~/domain/flight-extraction";
import type { AlertActionData, AlertPageAlert, AlertPageFacts } from "~/utils/alert-page";
import { CorrectionForm } from "./correction-form";
import { CountryFacts, Quote, UnsureTag } from "./evidence";

/** What the article says: each fact with the sentence it was read from, and the form to correct them. */
export function FactsCard({
  alert,
  facts,
  lang,
  people,
  res,
}: {
  alert: AlertPageAlert;
  facts: AlertPageFacts;
  lang: string | undefined;
  people: string | null;
  res: AlertActionData | undefined;
}) {
  const readCount =
    facts.people &&
    alert.peopleCount === facts.people.value &&
    alert.peopleMin === (facts.people.approx?.[0] ?? null)
      ? facts.people
      : null;
  const countUnsure = readCount ? countCertainty(readCount) : null;
  const roles = countryRoles(alert);
  const factOf = new Map(facts.countries.map((c) => [c.code, c]));
  const removedByStaff = facts.countries.filter((c) => !alert.countries.includes(c.code)).map((c) => c.code);
  // A list of nationalities comes from one sentence: quote it once, for the first country read from it.
  const alreadyQuoted = new Map<string, Set<number>>();
  const seen = new Set<number>();
  for (const code of [...roles.landing, ...roles.onBoard]) {
    alreadyQuoted.set(code, new Set(seen));
    for (const src of factOf.get(code)?.sources.slice(0, 2) ?? []) seen.add(src.sentence);
  }
  const corrected = (k: string) =>
    alert.corrected.includes(k) ? <Badge tone="blue">corrected</Badge> : null;
  return (
    <div id="facts">
      <Card title="What the article says">
        <p className="mb-3 text-sm text-slate-700">
          {facts.why} Each fact shows the sentence it was read from.
        </p>
        <dl className="space-y-4 text-sm">
          <div>
            <dt className="font-semibold text-slate-900">Kind of report {corrected("kind")}</dt>
            <dd>
              {REPORT_KIND_LABELS[alert.kind as keyof typeof REPORT_KIND_LABELS] ?? alert.kind}
              {facts.kindSource ? (
                <Quote
                  sentences={facts.sentences}
                  source={{ sentence: facts.kindSource.sentence, phrase: "" }}
                  lang={lang}
                />
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">
              {roles.onBoard.length ? "Landing country" : "Destination countries"} {corrected("countries")}
            </dt>
            <dd>
              {roles.landing.length ? (
                <ul aria-label={roles.onBoard.length ? "Landing country" : "Destination countries"}>
                  {roles.landing.map((code) => (
                    <CountryFacts
                      key={code}
                      code={code}
                      fact={factOf.get(code)}
                      sentences={facts.sentences}
                      lang={lang}
                      corrected={alert.corrected.includes("countries")}
                      quoted={alreadyQuoted.get(code) ?? new Set()}
                    />
                  ))}
                </ul>
              ) : (
                <span>{roles.onBoard.length ? "Not stated" : "No country"}</span>
              )}
            </dd>
          </div>
          {roles.onBoard.length ? (
            <div>
              <dt className="font-semibold text-slate-900">
                On board (flown to a third country) {corrected("onBoard")}
              </dt>
              <dd>
                <p className="text-xs text-slate-700">
                  Nationalities on the flight that were not flown to their own country; their clients are
                  matched too.
                </p>
                <ul aria-label="On board">
                  {roles.onBoard.map((code) => (
                    <CountryFacts
                      key={code}
                      code={code}
                      fact={factOf.get(code)}
                      sentences={facts.sentences}
                      lang={lang}
                      corrected={alert.corrected.includes("countries") || alert.corrected.includes("onBoard")}
                      quoted={alreadyQuoted.get(code) ?? new Set()}
                    />
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {removedByStaff.length ? (
            <p className="text-xs text-slate-700">
              Read from the article but removed by staff: {removedByStaff.map(countryName).join(", ")}.
            </p>
          ) : null}
          <div>
            <dt className="font-semibold text-slate-900">When {corrected("eventDate")}</dt>
            <dd>
              <span>{eventDateText(alert.eventDate)}</span>
              {facts.eventDate && facts.eventDate.value === alert.eventDate ? (
                <>
                  <p className="text-xs text-slate-600">Rule: {facts.eventDate.rule}.</p>
                  <Quote sentences={facts.sentences} source={facts.eventDate.source} lang={lang} />
                </>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">How many people {corrected("peopleCount")}</dt>
            <dd>
              <span>{people ?? "Not stated"}</span>
              {countUnsure ? (
                <UnsureTag>
                  {countUnsure.quoted ? (
                    <>
                      “<span lang={lang}>{countUnsure.said}</span>”
                    </>
                  ) : (
                    countUnsure.said
                  )}
                  , as reported — {countUnsure.note}
                </UnsureTag>
              ) : null}
              {facts.people ? (
                <Quote sentences={facts.sentences} source={facts.people.source} lang={lang} />
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">From {corrected("departure")}</dt>
            <dd>
              <span>{alert.departure.length ? alert.departure.join("; ") : "Not stated"}</span>
              {facts.departure.slice(0, 2).map((p, i) => (
                <Quote key={i} sentences={facts.sentences} source={p.source} lang={lang} />
              ))}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">To {corrected("arrival")}</dt>
            <dd>
              <span>{alert.arrival.length ? alert.arrival.join("; ") : "Not stated"}</span>
              {facts.arrival.slice(0, 2).map((p, i) => (
                <Quote key={i} sentences={facts.sentences} source={p.source} lang={lang} />
              ))}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">Kind of flight {corrected("flightTypes")}</dt>
            <dd>
              <span>
                {alert.flightTypes.length
                  ? alert.flightTypes
                      .map((t) => FLIGHT_TYPE_LABELS[t as keyof typeof FLIGHT_TYPE_LABELS] ?? t)
                      .join(", ")
                  : "Not stated"}
              </span>
              {facts.flightTypes.slice(0, 2).map((t, i) => (
                <Quote key={i} sentences={facts.sentences} source={t.source} lang={lang} />
              ))}
            </dd>
          </div>
        </dl>
        <CorrectionForm alert={alert} roles={roles} res={res} />
      </Card>
    </div>
  );
}
