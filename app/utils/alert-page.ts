import type { ArticleLanguage, CountryView } from "~/domain/alert-facts";
import type { CountFact, DateFact, Extraction, PlaceFact, Source } from "~/domain/flight-extraction";
import type { RiskTier } from "~/domain/risk";

// What the alert page reads and what its forms answer: shared by the model that builds it, the route
// and the cards in components/alerts (which may not import a route or a server module).

/** The forms of the alert page, by the value of their "intent" field. */
export const ALERT_INTENTS = {
  review: "review",
  unreview: "unreview",
  note: "note",
  correct: "correct",
  alertReviewed: "alert-reviewed",
  alertUnreviewed: "alert-unreviewed",
} as const;
export type AlertIntent = (typeof ALERT_INTENTS)[keyof typeof ALERT_INTENTS];

export type AlertActionData = {
  /** false for a refusal (utils/form-result.ts's FormFailure). */
  ok?: boolean;
  intent?: string;
  clientId?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  formError?: string | null;
};

export type AlertSentence = { text: string; title: boolean; paragraph: number };

export type AlertPageFacts = {
  sentences: AlertSentence[];
  countries: CountryView[];
  eventDate: DateFact | null;
  people: (CountFact & { hedged: boolean }) | null;
  departure: PlaceFact[];
  arrival: PlaceFact[];
  flightTypes: Extraction["flightTypes"];
  kindSource: Source | null;
  why: string;
};

export type AlertPageAlert = {
  id: string;
  kind: string;
  countries: string[];
  onBoard: string[];
  eventDate: string | null;
  peopleCount: number | null;
  peopleMin: number | null;
  peopleMax: number | null;
  departure: string[];
  arrival: string[];
  flightTypes: string[];
  counts: Record<RiskTier, number>;
  corrected: string[];
  version: number;
  createdAt: string;
};

export type AlertPageArticle = {
  title: string;
  url: string | null;
  publishedOn: string;
  source: string;
  language: ArticleLanguage;
  /** The HTML lang of the article's own words: en, es, zh-Hans, zh-Hant (zh when the script is unclear). */
  lang: string | undefined;
};

export type AlertPageMatch = {
  clientId: string;
  name: string;
  nativeName: string | null;
  aNumber: string | null;
  tier: RiskTier;
  country: string;
  isNew: boolean;
  addedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  lawyerId: string | null;
  reasons: string[];
};
