import { z } from "zod";
import { countryName, parseCountries, STATELESS } from "~/domain/countries";
import { FLIGHT_TYPES, REPORT_KINDS } from "~/domain/flight-extraction";
import { safeHttpUrl } from "~/domain/html-text";
import { RISK_TIERS } from "~/domain/risk";
import { ALERT_INTENTS } from "./alert-page";
import { optionalDate, requiredDate } from "./client-schema";
import { optionalText, requiredText } from "./validation";

export const MAX_ARTICLE_CHARS = 200_000;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/** A form whose intent is missing or sent twice: a page older than the server, or not this page's form. */
const UNREADABLE = "This form could not be read. Reload the page and try again.";

const optionalUrl = (label: string) =>
  optionalText(label, 2000).refine(
    (s) => s === null || safeHttpUrl(s) !== null,
    `${label}: enter an address starting with http:// or https://.`,
  );

export const pasteSchema = z.object({
  title: requiredText("Title", 300),
  url: optionalUrl("Address of the article"),
  publishedOn: requiredDate("Publication date").refine((s) => s !== "", "Publication date is required."),
  text: requiredText("Article text", MAX_ARTICLE_CHARS),
});

const countInt = (label: string) =>
  z
    .string()
    .optional()
    .transform((s) => s?.trim() ?? "")
    .refine(
      (s) => s === "" || (/^\d{1,6}$/.test(s) && Number(s) <= 100_000),
      `${label}: a whole number, or leave it empty.`,
    )
    .transform((s) => (s === "" ? null : Number(s)));

const placeList = (label: string) =>
  optionalText(label, 1000).transform((s) =>
    (s ?? "")
      .split(/[;\n]/)
      .map((x) => x.trim())
      .filter(Boolean)
      .slice(0, 20),
  );

const countryList = (label: string) =>
  optionalText(label, 500).transform((s, ctx) => {
    const { codes, unknown } = parseCountries(s ?? "");
    if (unknown.length)
      ctx.addIssue({
        code: "custom",
        message: `Not a country: ${unknown.join(", ")}. Use names or two-letter codes, separated by commas.`,
      });
    return codes.filter((c) => c !== STATELESS);
  });

export const correctionSchema = z
  .object({
    version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1),
    relevant: z.enum(["yes", "no"], { error: "Say whether the article is about a removal flight." }),
    kind: z.enum(REPORT_KINDS, { error: "Choose the kind of report." }),
    countries: countryList("Destination countries"),
    // Absent from older forms: then every country keeps the role it had, and one staff add is a destination.
    onBoard: z
      .string()
      .max(500, "On board: at most 500 characters.")
      .optional()
      .transform((s, ctx) => {
        if (s === undefined) return null;
        const { codes, unknown } = parseCountries(s);
        if (unknown.length)
          ctx.addIssue({
            code: "custom",
            message: `Not a country: ${unknown.join(", ")}. Use names or two-letter codes, separated by commas.`,
          });
        return codes.filter((c) => c !== STATELESS);
      }),
    eventDate: optionalText("Event date", 10).refine(
      (s) => s === null || /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(s),
      "Event date: YYYY-MM-DD, or YYYY-MM for a month.",
    ),
    peopleCount: countInt("Number of people"),
    peopleMin: countInt("At least"),
    peopleMax: countInt("At most"),
    departure: placeList("Departure"),
    arrival: placeList("Arrival"),
    flightTypes: optionalText("Kind of flight", 200).transform((s, ctx) => {
      const list = (s ?? "")
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
      const bad = list.filter((x) => !(FLIGHT_TYPES as readonly string[]).includes(x));
      if (bad.length) ctx.addIssue({ code: "custom", message: "Choose kinds of flight from the list." });
      return [...new Set(list)];
    }),
  })
  .superRefine((v, ctx) => {
    if (v.relevant === "yes" && v.countries.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["countries"],
        message: v.onBoard?.length
          ? "Name the country the flight landed in: the nationalities on board were flown there."
          : "A relevant alert needs at least one destination country.",
      });
    const both = (v.onBoard ?? []).filter((c) => v.countries.includes(c));
    if (both.length)
      ctx.addIssue({
        code: "custom",
        path: ["onBoard"],
        message: `${both.map(countryName).join(", ")}: either where the flight landed or on board, not both.`,
      });
    if (v.peopleMin !== null && v.peopleMax !== null && v.peopleMin > v.peopleMax)
      ctx.addIssue({ code: "custom", path: ["peopleMax"], message: "At most is smaller than at least." });
    if ((v.peopleMin === null) !== (v.peopleMax === null))
      ctx.addIssue({
        code: "custom",
        path: ["peopleMax"],
        message: "Give both ends of the range, or neither.",
      });
  });

/** Marking one affected client reviewed on the alert page, or undoing it (the intent is the button's value). */
export const matchReviewSchema = z.object({
  intent: z.enum([ALERT_INTENTS.review, ALERT_INTENTS.unreview], { error: UNREADABLE }),
  clientId: requiredText("Client", 40),
});

/** A note on one affected client's timeline, from the alert page. */
export const alertNoteSchema = z.object({
  intent: z.literal(ALERT_INTENTS.note, { error: UNREADABLE }),
  clientId: requiredText("Client", 40),
  body: requiredText("Note", 2000),
});

/** The forms of the new-article page beside the paste form (which sends no intent). */
export const NEW_ARTICLE_INTENTS = { promote: "promote", upload: "upload" } as const;

/** "Make it an alert anyway": an article not judged relevant becomes an alert for the countries named. */
export const promoteSchema = z.object({
  intent: z.literal(NEW_ARTICLE_INTENTS.promote, { error: UNREADABLE }),
  articleId: requiredText("Article", 40),
  kind: z.enum(REPORT_KINDS, { error: "Choose the kind of report." }),
  countries: optionalText("Countries", 500).transform((s, ctx) => {
    const { codes, unknown } = parseCountries(s ?? "");
    const countries = codes.filter((c) => c !== STATELESS);
    if (unknown.length) ctx.addIssue({ code: "custom", message: `Not a country: ${unknown.join(", ")}.` });
    else if (!countries.length)
      ctx.addIssue({ code: "custom", message: "Name at least one destination country." });
    return countries;
  }),
});

export const UPLOAD_TOO_LARGE = `The file is too large or could not be read. Upload a .txt or .html file of at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`;
const CHOOSE_FILE = "Choose a .txt or .html file.";

/**
 * The upload's fields. The file is checked here for what the browser can see (chosen, its name, its size);
 * the action reads its bytes (domain/article-file.ts). A file never goes back in a refusal's values.
 */
export const uploadSchema = z.object({
  intent: z.literal(NEW_ARTICLE_INTENTS.upload, { error: UNREADABLE }),
  file: z
    .custom<File>(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        typeof (v as File).name === "string" &&
        typeof (v as File).size === "number",
      { error: CHOOSE_FILE, abort: true },
    )
    .refine((f) => f.size > 0, { error: CHOOSE_FILE, abort: true })
    .refine((f) => /\.(txt|html?)$/i.test(f.name), {
      error: "Only .txt and .html files can be read. Save a PDF or e-mail as text first.",
      abort: true,
    })
    .refine((f) => f.size <= MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE),
  uploadTitle: optionalText("Title", 300),
  uploadPublishedOn: optionalDate("Publication date"),
});

export const alertFilterSchema = z.object({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  tier: z.enum(RISK_TIERS).optional().catch(undefined),
  state: z.enum(["unread", "reviewed"]).optional().catch(undefined),
});
