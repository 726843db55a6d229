import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
// Value lists the domain owns, so a column's type and the rules that read it cannot drift apart. Only
// types and small constant lists come from app/domain; the enum option types a column and changes no SQL.
import type { ReportKind } from "../app/domain/flight-extraction";
import { SOURCES as CASE_EVENT_SOURCES } from "../app/domain/removal-events";
import { DOC_HOLDERS, DOC_KINDS, DOC_STATES } from "../app/domain/travel-documents";

// Instants are ISO-8601 UTC text ("2026-12-01T09:27:08.000Z"); calendar dates are "YYYY-MM-DD".
// The exception is sessions.expires_at, an integer of seconds, because lucia's adapter wants it so.
const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const ROLES = ["admin", "lawyer", "paralegal", "client"] as const;
export type Role = (typeof ROLES)[number];

export const firms = sqliteTable("firms", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  phone: text("phone"),
  email: text("email"),
  require2fa: integer("require_2fa", { mode: "boolean" }).notNull().default(false),
  /** Calendar feeds show clients' initials unless the firm turns full names on. */
  calendarFullNames: integer("calendar_full_names", { mode: "boolean" }).notNull().default(false),
  /**
   * The IANA zone whose calendar date is "today" for this firm's deadlines, risk and "overdue" (a firm
   * before the courts of Guam and Saipan is a day ahead of New York for most of the day). Null until an
   * admin chooses one: the installation's FIRM_TIME_ZONE (else America/New_York) applies.
   */
  timeZone: text("time_zone"),
  createdAt: createdAt(),
});

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    // Stored lower-cased; sign-in matches on it. Unique across firms because the sign-in form has no firm field.
    email: text("email"),
    // Stored as digits with a leading + (E.164-like); clients without email sign in with it.
    phone: text("phone"),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    // A client user is linked to exactly one client record.
    clientId: text("client_id").references((): AnySQLiteColumn => clients.id),
    totpSecret: text("totp_secret"),
    totpEnabledAt: text("totp_enabled_at"),
    // Last TOTP time step accepted, so a code cannot be replayed within its window.
    totpLastStep: integer("totp_last_step"),
    passwordChangedAt: text("password_changed_at"),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    uniqueIndex("users_phone_unique").on(t.phone),
    uniqueIndex("users_client_unique").on(t.clientId),
    index("users_firm_idx").on(t.firmId, t.role),
    check("users_client_role", sql`(${t.role} = 'client') = (${t.clientId} IS NOT NULL)`),
    check("users_can_sign_in", sql`${t.email} IS NOT NULL OR ${t.phone} IS NOT NULL`),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    // SHA-256 (hex) of the token the cookie carries; the raw token is never stored.
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Idle expiry, moved forward by lucia as the session is used (seconds since epoch).
    expiresAt: integer("expires_at").notNull(),
    // Hard limit no activity extends (ISO instant).
    absoluteExpiresAt: text("absolute_expires_at").notNull(),
    createdAt: text("created_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

// A password was right but the second factor is still owed: the cookie holds a token whose hash is here.
export const loginChallenges = sqliteTable("login_challenges", {
  id: text("id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: text("expires_at").notNull(),
  createdAt: createdAt(),
});

export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: text("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

export const invites = sqliteTable(
  "invites",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: text("expires_at").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    acceptedAt: text("accepted_at"),
    revokedAt: text("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [index("invites_firm_idx").on(t.firmId)],
);

export const passwordResets = sqliteTable(
  "password_resets",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("password_resets_user_idx").on(t.userId)],
);

// One row per failed attempt, counted over a sliding window for rate limits (per account and per IP).
export const authFailures = sqliteTable(
  "auth_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bucket: text("bucket").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("auth_failures_bucket_at_idx").on(t.bucket, t.at)],
);

// Append-only (triggers in the migration refuse UPDATE and DELETE).
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    firmId: text("firm_id").references(() => firms.id),
    actorUserId: text("actor_user_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    at: text("at").notNull(),
    ip: text("ip"),
  },
  (t) => [
    index("audit_firm_at_idx").on(t.firmId, t.id),
    index("audit_entity_idx").on(t.firmId, t.entityType, t.entityId, t.id),
    index("audit_actor_idx").on(t.firmId, t.actorUserId, t.id),
    // The alert inbox's "how far to trust the reader": only staff corrections of alerts (an alert the
    // reader raised is created without a "before"), so the summary reads those alone and not every
    // alert.created entry (docs/performance.md, run 10). alerts.server.ts repeats this condition verbatim.
    index("audit_alert_review_idx")
      .on(t.firmId, t.at)
      .where(
        sql`entity_type = 'alert' and (action = 'alert.corrected' or (action = 'alert.created' and before is not null))`,
      ),
  ],
);

// The local mailbox: where mail goes when SMTP_URL is not set (readable at /dev/mailbox in demo mode).
export const mailMessages = sqliteTable(
  "mail_messages",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id").references(() => firms.id),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    messageId: text("message_id").notNull().unique(),
    /** "email", or "sms" for a text message kept here instead of going to the SMS provider. */
    channel: text("channel", { enum: ["email", "sms"] })
      .notNull()
      .default("email"),
    /** For a text message: how many SMS segments it takes (GSM-7 or UCS-2). */
    segments: integer("segments"),
    createdAt: createdAt(),
  },
  (t) => [index("mail_messages_firm_idx").on(t.firmId, t.createdAt)],
);

export const SEXES = ["female", "male", "x", "unknown"] as const;
export const DETENTION_STATUSES = ["not_detained", "detained", "released"] as const;
export const RELEASE_FORMS = ["i220a", "i220b", "parole", "bond", "other"] as const;

// The client record: what the lawyer enters, plus values derived from the case's history (status,
// travel documents, risk, next deadline), cached here with the day they were computed so that lists
// can filter and sort by them without recomputing per row.
export const clients = sqliteTable(
  "clients",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    familyName: text("family_name").notNull(),
    givenNames: text("given_names").notNull(),
    nativeName: text("native_name"),
    otherNames: text("other_names"),
    aNumber: text("a_number"),
    dateOfBirth: text("date_of_birth"),
    sex: text("sex", { enum: SEXES }).notNull().default("unknown"),
    /** ISO 3166-1 alpha-2 codes (or XX for stateless); mirrored in client_nationalities for lookups. */
    nationalities: text("nationalities", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    countryOfBirth: text("country_of_birth"),
    preferredLanguage: text("preferred_language").notNull().default("en"),
    email: text("email"),
    phone: text("phone"),
    address: text("address"),
    addressReportedCourtOn: text("address_reported_court_on"),
    addressReportedIceOn: text("address_reported_ice_on"),
    detentionStatus: text("detention_status", { enum: DETENTION_STATUSES }).notNull().default("not_detained"),
    detentionFacility: text("detention_facility"),
    detentionSince: text("detention_since"),
    releaseForm: text("release_form", { enum: RELEASE_FORMS }),
    lawyerId: text("lawyer_id").references((): AnySQLiteColumn => users.id),
    paralegalId: text("paralegal_id").references((): AnySQLiteColumn => users.id),
    tags: text("tags", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Staff-only. Never sent to the client's own pages. */
    notes: text("notes"),
    emergencyContacts: text("emergency_contacts"),
    childrenCare: text("children_care"),
    powerOfAttorneyOnFile: integer("power_of_attorney_on_file", { mode: "boolean" }).notNull().default(false),
    /** Reminders go to the client only after they (or staff on their behalf) agreed; every change is audited. */
    reminderConsent: integer("reminder_consent", { mode: "boolean" }).notNull().default(false),
    reminderConsentAt: text("reminder_consent_at"),
    reminderConsentBy: text("reminder_consent_by"),
    // Derived (see app/models/client-derived.server.ts).
    removalPhase: text("removal_phase").notNull().default("none"),
    removalLabel: text("removal_label").notNull().default("No removal case recorded"),
    finalOrderSince: text("final_order_since"),
    travelDocState: text("travel_doc_state").notNull().default("unknown"),
    travelDocLabel: text("travel_doc_label"),
    riskTier: text("risk_tier").notNull().default("none"),
    riskRank: integer("risk_rank").notNull().default(0),
    riskReasons: text("risk_reasons", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    nextDeadline: text("next_deadline"),
    nextHearing: text("next_hearing"),
    /** The tier a removal flight to one of the client's countries gives them (app/domain/flight-risk.ts); "excluded" for closed cases. */
    alertTier: text("alert_tier").notNull().default("none"),
    alertRank: integer("alert_rank").notNull().default(0),
    alertNote: text("alert_note"),
    /** The same for a third-country removal carrying the client's nationality (flight-risk.ts, ADR 008). */
    onBoardRank: integer("on_board_rank").notNull().default(0),
    onBoardNote: text("on_board_note"),
    nextCheckIn: text("next_check_in"),
    nextCheckInOffice: text("next_check_in_office"),
    derivedOn: text("derived_on"),
    lastChangeAt: text("last_change_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
    updatedBy: text("updated_by").references((): AnySQLiteColumn => users.id),
  },
  (t) => [
    // risk_rank rides along so a walk of the name index for "high risk" tests it without reading the row.
    index("clients_firm_name_idx").on(t.firmId, t.familyName, t.givenNames, t.id, t.riskRank),
    uniqueIndex("clients_firm_anumber_unique").on(t.firmId, t.aNumber),
    index("clients_firm_risk_idx").on(t.firmId, t.riskRank, t.id),
    index("clients_firm_phase_idx").on(t.firmId, t.removalPhase, t.id),
    index("clients_firm_deadline_idx").on(t.firmId, t.nextDeadline, t.id),
    index("clients_firm_change_idx").on(t.firmId, t.lastChangeAt, t.id),
    index("clients_firm_lawyer_idx").on(t.firmId, t.lawyerId),
    index("clients_firm_paralegal_idx").on(t.firmId, t.paralegalId),
    index("clients_firm_phone_idx").on(t.firmId, t.phone),
    index("clients_firm_detention_idx").on(t.firmId, t.detentionStatus),
    index("clients_firm_traveldoc_idx").on(t.firmId, t.travelDocState),
    // Only clients without a recorded nationality are matched by country of birth.
    index("clients_firm_birth_country_idx")
      .on(t.firmId, t.countryOfBirth)
      .where(sql`nationalities = '[]'`),
  ],
);

export const clientNationalities = sqliteTable(
  "client_nationalities",
  {
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    firmId: text("firm_id").notNull(),
    country: text("country").notNull(),
    /** Copies of the client's flight rank (-1: excluded) and "Family Given" name, so matching an alert reads this index alone (ADR 008). */
    alertRank: integer("alert_rank").notNull().default(0),
    sortName: text("sort_name").notNull().default(""),
    /** The assigned lawyer, so an alert's notifications are counted from the same index. */
    lawyerId: text("lawyer_id"),
    /** The client's rank on a third-country removal carrying this nationality (clients.on_board_rank). */
    onBoardRank: integer("on_board_rank").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.clientId, t.country] }),
    index("client_nationalities_firm_country_idx").on(
      t.firmId,
      t.country,
      t.alertRank,
      t.sortName,
      t.clientId,
      t.lawyerId,
      t.onBoardRank,
    ),
  ],
);

// Which row of the client_search FTS table belongs to which client: FTS5 can only find its own rows
// quickly by rowid, and a delete by client_id scanned the whole index (tens of ms at 100,000 clients).
export const clientSearchMap = sqliteTable("client_search_map", {
  clientId: text("client_id").primaryKey(),
  ftsRowid: integer("fts_rowid").notNull(),
});

// One row per word of a client's search terms (as FTS5 tokenizes them; digit-only words left out), in
// name order within each word: a one-word search reads its first page in name order and stops, instead
// of finding and sorting every match (5,000 Garcías in a firm of 100,000). WITHOUT ROWID in the
// migration. Kept by syncClientIndexes; docs/performance.md, ADR 011.
export const clientNameTokens = sqliteTable(
  "client_name_tokens",
  {
    firmId: text("firm_id").notNull(),
    token: text("token").notNull(),
    familyName: text("family_name").notNull(),
    givenNames: text("given_names").notNull(),
    clientId: text("client_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.token, t.familyName, t.givenNames, t.clientId] }),
    index("client_name_tokens_client_idx").on(t.clientId),
  ],
);

export const removalEvents = sqliteTable(
  "removal_events",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    /** Order of entry (ms since epoch at creation), to break ties between events of one day. */
    seq: integer("seq").notNull(),
    type: text("type").notNull(),
    effectiveDate: text("effective_date").notNull(),
    details: text("details", { mode: "json" })
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'`),
    court: text("court"),
    notes: text("notes"),
    source: text("source", { enum: CASE_EVENT_SOURCES }).notNull().default("other"),
    verifiedOn: text("verified_on"),
    /** The case document (documents.id) the "verified" date was checked against, if any (issue 22). */
    verifiedDocumentId: text("verified_document_id").references((): AnySQLiteColumn => documents.id),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
    updatedBy: text("updated_by").references(() => users.id),
  },
  (t) => [
    index("removal_events_client_idx").on(t.clientId, t.effectiveDate, t.seq),
    index("removal_events_firm_idx").on(t.firmId, t.createdAt),
  ],
);

export const HEARING_TYPES = ["master", "individual"] as const;
export const HEARING_MODES = ["in_person", "video", "phone"] as const;

export const hearings = sqliteTable(
  "hearings",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    hearingType: text("hearing_type", { enum: HEARING_TYPES }).notNull(),
    court: text("court").notNull(),
    judge: text("judge"),
    date: text("date").notNull(),
    /** Local time at the court, "HH:MM". */
    time: text("time"),
    timeZone: text("time_zone").notNull().default("America/New_York"),
    mode: text("mode", { enum: HEARING_MODES }).notNull().default("in_person"),
    cancelled: integer("cancelled", { mode: "boolean" }).notNull().default(false),
    notes: text("notes"),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
  },
  (t) => [
    index("hearings_client_idx").on(t.clientId, t.date),
    index("hearings_firm_date_idx").on(t.firmId, t.date),
  ],
);

// Every postponement kept: hearings move often, and a lawyer needs the old dates.
export const hearingPostponements = sqliteTable(
  "hearing_postponements",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id").notNull(),
    hearingId: text("hearing_id")
      .notNull()
      .references(() => hearings.id),
    fromDate: text("from_date").notNull(),
    fromTime: text("from_time"),
    toDate: text("to_date").notNull(),
    toTime: text("to_time"),
    reason: text("reason").notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("hearing_postponements_hearing_idx").on(t.hearingId)],
);

export const travelDocuments = sqliteTable(
  "travel_documents",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    kind: text("kind", { enum: DOC_KINDS }).notNull(),
    issuingCountry: text("issuing_country"),
    number: text("number"),
    issueDate: text("issue_date"),
    expiryDate: text("expiry_date"),
    holder: text("holder", { enum: DOC_HOLDERS }).notNull().default("unknown"),
    state: text("state", { enum: DOC_STATES }).notNull().default("unknown"),
    notes: text("notes"),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
  },
  (t) => [
    index("travel_documents_client_idx").on(t.clientId),
    index("travel_documents_firm_idx").on(t.firmId, t.state),
  ],
);

export const travelDocumentEvents = sqliteTable(
  "travel_document_events",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id").notNull(),
    documentId: text("document_id")
      .notNull()
      .references(() => travelDocuments.id),
    state: text("state", { enum: DOC_STATES }).notNull(),
    holder: text("holder", { enum: DOC_HOLDERS }).notNull(),
    effectiveDate: text("effective_date").notNull(),
    note: text("note"),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("travel_document_events_doc_idx").on(t.documentId, t.effectiveDate)],
);

// Deadlines as last computed, for the firm-wide view and the "deadline within N days" filter.
export const clientDeadlines = sqliteTable(
  "client_deadlines",
  {
    firmId: text("firm_id").notNull(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    kind: text("kind").notNull(),
    label: text("label").notNull(),
    due: text("due").notNull(),
    /** open | met | superseded | done | not_applicable */
    state: text("state").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.clientId, t.key] }),
    index("client_deadlines_firm_due_idx").on(t.firmId, t.state, t.due),
  ],
);

// What a lawyer said of a computed deadline: done, or not applicable. Kept by the deadline's stable key.
export const deadlineMarks = sqliteTable(
  "deadline_marks",
  {
    firmId: text("firm_id").notNull(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    key: text("key").notNull(),
    mark: text("mark", { enum: ["done", "not_applicable"] }).notNull(),
    note: text("note"),
    markedBy: text("marked_by").references(() => users.id),
    markedAt: text("marked_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.key] })],
);

// Days a court or office was closed (weather, emergencies), entered by the firm: deadlines roll past them.
export const closureDays = sqliteTable(
  "closure_days",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    date: text("date").notNull(),
    reason: text("reason").notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("closure_days_firm_date_unique").on(t.firmId, t.date)],
);

// ICE ERO field offices (shipped, firm_id null), and the sub-offices and ISAP offices firms add.
export const offices = sqliteTable(
  "offices",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id").references(() => firms.id),
    kind: text("kind", { enum: ["ero_field", "ero_sub", "isap", "other"] }).notNull(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    timeZone: text("time_zone").notNull(),
    /** Days open, as digits 0 (Sunday) … 6, e.g. "12345". */
    openDays: text("open_days").notNull().default("12345"),
    opens: text("opens").notNull().default("08:00"),
    closes: text("closes").notNull().default("16:00"),
    createdAt: createdAt(),
  },
  (t) => [index("offices_firm_idx").on(t.firmId, t.name)],
);

export const checkInSeries = sqliteTable("check_in_series", {
  id: text("id").primaryKey(),
  firmId: text("firm_id")
    .notNull()
    .references(() => firms.id),
  clientId: text("client_id")
    .notNull()
    .references(() => clients.id),
  every: integer("every").notNull(),
  unit: text("unit", { enum: ["weeks", "months"] }).notNull(),
  untilDate: text("until_date"),
  count: integer("count"),
  createdBy: text("created_by").references(() => users.id),
  createdAt: createdAt(),
});

export const CHECKIN_STATUSES = [
  "scheduled",
  "attended",
  "rescheduled",
  "missed",
  "cancelled",
  "detained",
] as const;

export const checkIns = sqliteTable(
  "check_ins",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    seriesId: text("series_id").references(() => checkInSeries.id),
    kind: text("kind").notNull(),
    reportingOrder: text("reporting_order").notNull(),
    officeId: text("office_id").references(() => offices.id),
    /** The instant, UTC. */
    startsAt: text("starts_at").notNull(),
    /** The office's zone, and the wall-clock date and time there (what the letter says). */
    timeZone: text("time_zone").notNull(),
    localDate: text("local_date").notNull(),
    localTime: text("local_time").notNull(),
    bring: text("bring"),
    lawyerAccompanies: integer("lawyer_accompanies", { mode: "boolean" }).notNull().default(false),
    notes: text("notes"),
    status: text("status", { enum: CHECKIN_STATUSES }).notNull().default("scheduled"),
    outcomeNotes: text("outcome_notes"),
    outcomeAt: text("outcome_at"),
    outcomeBy: text("outcome_by").references(() => users.id),
    rescheduledBy: text("rescheduled_by", { enum: ["ice", "request"] }),
    /** The check-in this one led to (the next date the officer set, or the new date of a reschedule). */
    nextCheckInId: text("next_check_in_id"),
    safeConfirmedAt: text("safe_confirmed_at"),
    /** The client ticked "I will be there" on their status page. */
    clientWillAttendAt: text("client_will_attend_at"),
    safeConfirmedBy: text("safe_confirmed_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
  },
  (t) => [
    index("check_ins_client_idx").on(t.clientId, t.startsAt),
    index("check_ins_firm_starts_idx").on(t.firmId, t.startsAt),
    index("check_ins_firm_status_idx").on(t.firmId, t.status, t.startsAt),
    index("check_ins_office_day_idx").on(t.firmId, t.officeId, t.localDate),
    index("check_ins_series_idx").on(t.seriesId, t.startsAt),
    // The calendar's days: a month of a large firm's check-ins counted and ranked from the index alone.
    // Zone and id ride along: the queue finds "today in each check-in's zone" and the calendar its four a
    // day from this index alone.
    index("check_ins_firm_day_idx").on(t.firmId, t.localDate, t.startsAt, t.status, t.timeZone, t.id),
    // The queue's "not yet confirmed home": only check-ins nobody has confirmed, so the read and its count
    // touch those candidates alone, not every check-in of the last 30 hours (ADR and docs/performance.md).
    index("check_ins_unconfirmed_idx")
      .on(t.firmId, t.startsAt, t.status, t.localDate, t.timeZone)
      .where(sql`safe_confirmed_at is null`),
    // The queue's overdue and coming week: only check-ins still scheduled (a small share of years of
    // history), with local date and zone so "not today in its own zone" is read from the index alone.
    index("check_ins_scheduled_idx")
      .on(t.firmId, t.startsAt, t.localDate, t.timeZone, t.id)
      .where(sql`status = 'scheduled'`),
  ],
);

// Every message to send, written in the transaction that makes it due; a worker delivers it at least once.
export const notificationOutbox = sqliteTable(
  "notification_outbox",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    /** One row per reminder: e.g. "checkin:<id>:7d:client". */
    dedupeKey: text("dedupe_key").notNull().unique(),
    checkInId: text("check_in_id").references(() => checkIns.id),
    clientId: text("client_id").references(() => clients.id),
    recipientUserId: text("recipient_user_id").references(() => users.id),
    recipientKind: text("recipient_kind", { enum: ["client", "staff"] }).notNull(),
    /** email today; sms later without changing the rest. */
    channel: text("channel").notNull().default("email"),
    toAddress: text("to_address").notNull(),
    language: text("language").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    dueAt: text("due_at").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "failed", "cancelled"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at"),
    claimedAt: text("claimed_at"),
    claimToken: text("claim_token"),
    lastError: text("last_error"),
    /** Stable across resends, so a duplicate after a crash is recognisable. */
    messageId: text("message_id").notNull(),
    sentAt: text("sent_at"),
    /** SMS: set (and committed) just before the provider is called; with no SID yet it marks a send in doubt. */
    sendStartedAt: text("send_started_at"),
    /** SMS: the provider's message SID (Twilio "SM…"), or the mailbox id in demo mode. */
    providerSid: text("provider_sid"),
    /** SMS: the provider's latest word on it (queued, sent, delivered, undelivered, failed). */
    deliveryState: text("delivery_state"),
    /** SMS: the provider's error code with its reason in words, for the paralegal. */
    deliveryError: text("delivery_error"),
    segments: integer("segments"),
    /** A resend after a crash whose first send could not be ruled out: the client may have two copies. */
    possibleDuplicate: integer("possible_duplicate", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
  },
  // By client for the client page (a big firm's outbox holds hundreds of thousands of rows).
  (t) => [
    index("outbox_due_idx").on(t.status, t.dueAt),
    index("outbox_checkin_idx").on(t.checkInId),
    index("outbox_firm_idx").on(t.firmId, t.createdAt),
    index("outbox_client_idx").on(t.clientId, t.dueAt),
    index("outbox_provider_sid_idx").on(t.providerSid),
  ],
);

// Each staff member's private calendar subscription. Only the token's hash is kept: the URL is shown once,
// when it is made (ADR 007, issue 14).
export const calendarFeeds = sqliteTable(
  "calendar_feeds",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 (hex) of the token in the feed's URL; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: text("last_used_at"),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("calendar_feeds_user_idx").on(t.userId)],
);

// Updates staff write for the client to read on their own page (never the staff notes).
export const clientMessages = sqliteTable(
  "client_messages",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    authorId: text("author_id").references(() => users.id),
    body: text("body").notNull(),
    readAt: text("read_at"),
    createdAt: createdAt(),
  },
  (t) => [index("client_messages_client_idx").on(t.clientId, t.createdAt)],
);

// One-time links that let a client set a password for their status page.
export const portalInvites = sqliteTable(
  "portal_invites",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: text("expires_at").notNull(),
    createdBy: text("created_by").references(() => users.id),
    acceptedAt: text("accepted_at"),
    revokedAt: text("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [index("portal_invites_client_idx").on(t.clientId)],
);

// The firm's own wording of portal texts (per language), shown once a lawyer approved it.
export const portalTexts = sqliteTable(
  "portal_texts",
  {
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    language: text("language").notNull(),
    key: text("key").notNull(),
    text: text("text").notNull(),
    approvedBy: text("approved_by").references(() => users.id),
    approvedAt: text("approved_at"),
    updatedBy: text("updated_by").references(() => users.id),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.firmId, t.language, t.key] })],
);

// Every backup taken (scheduled or by hand), with its size and the integrity check of the copy.
export const backups = sqliteTable("backups", {
  id: text("id").primaryKey(),
  kind: text("kind", { enum: ["scheduled", "manual"] }).notNull(),
  file: text("file").notNull(),
  sizeBytes: integer("size_bytes"),
  integrity: text("integrity"),
  schemaVersion: integer("schema_version"),
  startedAt: text("started_at").notNull(),
  finishedAt: text("finished_at"),
  error: text("error"),
});

// A CSV file uploaded for import, kept between the upload, mapping and import steps.
export const importUploads = sqliteTable(
  "import_uploads",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    filename: text("filename").notNull(),
    content: text("content").notNull(),
    rowCount: integer("row_count").notNull(),
    importedAt: text("imported_at"),
    createdAt: createdAt(),
  },
  (t) => [index("import_uploads_firm_idx").on(t.firmId, t.createdAt)],
);

// The random key of each "new client" form that made a client (one per form the page handed out), so a
// second press of the same form — a double click, a resend after a slow answer — finds the client the
// first one made instead of making another. Per firm; written in the transaction that inserts the client.
export const clientCreationKeys = sqliteTable(
  "client_creation_keys",
  {
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    key: text("key").notNull(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.firmId, t.key] })],
);

export type Firm = typeof firms.$inferSelect;
export type Office = typeof offices.$inferSelect;
export type CheckIn = typeof checkIns.$inferSelect;
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Invite = typeof invites.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type MailMessage = typeof mailMessages.$inferSelect;
export type Client = typeof clients.$inferSelect;
export type RemovalEventRow = typeof removalEvents.$inferSelect;
export type Hearing = typeof hearings.$inferSelect;
export type TravelDocumentRow = typeof travelDocuments.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Repatriation-flight alerts (docs/alerts.md)

export const feeds = sqliteTable(
  "feeds",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    url: text("url").notNull(),
    title: text("title"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    intervalMinutes: integer("interval_minutes").notNull().default(60),
    etag: text("etag"),
    lastModified: text("last_modified"),
    lastFetchAt: text("last_fetch_at"),
    /** ok | not_modified | refused | error */
    lastStatus: text("last_status"),
    /** What went wrong, in words a person can act on. */
    lastError: text("last_error"),
    lastNew: integer("last_new").notNull().default(0),
    lastSkipped: integer("last_skipped").notNull().default(0),
    nextFetchAt: text("next_fetch_at"),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("feeds_firm_url_unique").on(t.firmId, t.url),
    index("feeds_due_idx").on(t.active, t.nextFetchAt),
  ],
);

export const ARTICLE_SOURCES = ["feed", "pasted", "upload", "cli"] as const;

export const articles = sqliteTable(
  "articles",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    feedId: text("feed_id").references(() => feeds.id, { onDelete: "set null" }),
    source: text("source", { enum: ARTICLE_SOURCES }).notNull(),
    guid: text("guid"),
    /** Canonical form (lower-case host, no fragment, no tracking parameters); http/https only. */
    url: text("url"),
    title: text("title").notNull(),
    publishedOn: text("published_on").notNull(),
    /** Plain text: feed and uploaded HTML is reduced to text before it is stored. */
    body: text("body").notNull(),
    textHash: text("text_hash").notNull(),
    relevant: integer("relevant", { mode: "boolean" }).notNull(),
    kind: text("kind").$type<ReportKind>().notNull(),
    /** The language the article was judged to be in (app/domain/news/language.ts); null for articles stored
     *  before languages were told apart, which were read as English. read false: not read at all. */
    language: text("language", { mode: "json" }).$type<{ code: string; name: string; read: boolean }>(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    // The inbox lists the recent articles written in a language Casewatch does not read.
    index("articles_firm_not_read_idx")
      .on(t.firmId, t.createdAt)
      .where(sql`json_extract(language, '$.read') = 0`),
    uniqueIndex("articles_firm_guid_unique")
      .on(t.firmId, t.guid)
      .where(sql`guid is not null`),
    uniqueIndex("articles_firm_url_unique")
      .on(t.firmId, t.url)
      .where(sql`url is not null`),
    uniqueIndex("articles_firm_hash_unique").on(t.firmId, t.textHash),
    index("articles_firm_created_idx").on(t.firmId, t.createdAt),
  ],
);

export type AlertCounts = { critical: number; high: number; elevated: number; low: number; none: number };

export const alerts = sqliteTable(
  "alerts",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    articleId: text("article_id")
      .notNull()
      .unique()
      .references(() => articles.id),
    kind: text("kind").$type<ReportKind>().notNull(),
    /** Every country whose clients are matched: the landing countries first, then onBoard. */
    countries: text("countries", { mode: "json" }).$type<string[]>().notNull(),
    /** The part of countries that are nationalities on board, flown to a country not their own (a
     *  third-country removal); the rest are where the flight landed. */
    onBoard: text("on_board", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    eventDate: text("event_date"),
    peopleCount: integer("people_count"),
    peopleMin: integer("people_min"),
    peopleMax: integer("people_max"),
    departure: text("departure", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    arrival: text("arrival", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    flightTypes: text("flight_types", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** The extractor's output with the sentence of every fact (app/domain/flight-extraction.ts). */
    facts: text("facts", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** Facts staff corrected: field → { by, at }. */
    corrected: text("corrected", { mode: "json" })
      .$type<Record<string, { by: string; at: string }>>()
      .notNull()
      .default(sql`'{}'`),
    /** Affected clients per tier, kept in step with alert_matches so lists need not count them. */
    counts: text("counts", { mode: "json" })
      .$type<AlertCounts>()
      .notNull()
      .default(sql`'{"critical":0,"high":0,"elevated":0,"low":0,"none":0}'`),
    topRank: integer("top_rank").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
  },
  (t) => [
    index("alerts_firm_created_idx").on(t.firmId, t.createdAt, t.id),
    index("alerts_firm_rank_idx").on(t.firmId, t.topRank, t.createdAt),
  ],
);

export const alertCountries = sqliteTable(
  "alert_countries",
  {
    alertId: text("alert_id")
      .notNull()
      .references(() => alerts.id, { onDelete: "cascade" }),
    firmId: text("firm_id").notNull(),
    country: text("country").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.alertId, t.country] }),
    index("alert_countries_firm_country_idx").on(t.firmId, t.country, t.createdAt),
  ],
);

export const alertMatches = sqliteTable(
  "alert_matches",
  {
    // No foreign keys and one B-tree only, clustered in the order the alert page reads: one alert can
    // match tens of thousands of clients, and each extra index or key check per row was measured to
    // double the cost of matching (ADR 008). Rows are only written from client_nationalities and
    // clients inside the transaction that creates or changes the alert; alerts and clients are never
    // deleted.
    alertId: text("alert_id").notNull(),
    /** 4 critical … 0 none (RISK_RANK); the tier a removal flight to this country gives the client. */
    tierRank: integer("tier_rank").notNull(),
    /** "Family Given", as client_nationalities.sort_name; kept in step when a client is renamed. */
    sortName: text("sort_name").notNull(),
    clientId: text("client_id").notNull(),
    /** The country of the alert the client was matched on; via is "birth" when matched by country of birth. */
    country: text("country").notNull(),
    via: text("via", { enum: ["birth"] }),
    /** Added (or raised) after the alert because the client's case changed; shown as "new". */
    isNew: integer("is_new", { mode: "boolean" }).notNull().default(false),
    addedAt: text("added_at"),
    reviewedAt: text("reviewed_at"),
    reviewedBy: text("reviewed_by"),
  },
  (t) => [primaryKey({ columns: [t.alertId, t.tierRank, t.sortName, t.clientId] })],
);

export const alertReads = sqliteTable(
  "alert_reads",
  {
    alertId: text("alert_id")
      .notNull()
      .references(() => alerts.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    readAt: text("read_at").notNull(),
    reviewedAt: text("reviewed_at"),
  },
  (t) => [primaryKey({ columns: [t.userId, t.alertId] })],
);

// Staff notes on a client's timeline (beside the removal events), e.g. "called about the China flight".
export const timelineNotes = sqliteTable(
  "timeline_notes",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    alertId: text("alert_id").references(() => alerts.id),
    date: text("date").notNull(),
    body: text("body").notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("timeline_notes_client_idx").on(t.clientId, t.date)],
);

// ---- Text messages (issue 19, docs/sms.md) ----

// Consent to text messages, recorded apart from the email reminder consent: a client may want one and
// not the other. The number is kept in E.164, checked with the country of the client's record.
export const smsConsents = sqliteTable(
  "sms_consents",
  {
    clientId: text("client_id")
      .primaryKey()
      .references(() => clients.id),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    phoneE164: text("phone_e164").notNull(),
    consent: integer("consent", { mode: "boolean" }).notNull().default(false),
    /** Who gave or withdrew it: "staff" (on the client's behalf), "client", or "sms" (a keyword). */
    consentSource: text("consent_source").notNull(),
    consentAt: text("consent_at").notNull(),
    recordedBy: text("recorded_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("sms_consents_firm_phone_idx").on(t.firmId, t.phoneE164)],
);

// A number that answered STOP (or its word in another language): no text goes to it until it answers START.
export const smsOptOuts = sqliteTable(
  "sms_opt_outs",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    phoneE164: text("phone_e164").notNull(),
    keyword: text("keyword").notNull(),
    optedOutAt: text("opted_out_at").notNull(),
    /** Set when the number answered START; the row stays as the record of the opt-out. */
    resumedAt: text("resumed_at"),
    providerSid: text("provider_sid"),
  },
  (t) => [index("sms_opt_outs_firm_phone_idx").on(t.firmId, t.phoneE164, t.resumedAt)],
);

export const SMS_INBOUND_MEANINGS = ["confirm", "stop", "start", "help", "message"] as const;

// Every text a client sent us, with what Casewatch made of it.
export const smsInbound = sqliteTable(
  "sms_inbound",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    clientId: text("client_id").references(() => clients.id),
    /** The check-in a "1"/"YES" answered (the next scheduled one of that client). */
    checkInId: text("check_in_id").references(() => checkIns.id),
    fromPhone: text("from_phone").notNull(),
    toPhone: text("to_phone"),
    body: text("body").notNull(),
    meaning: text("meaning", { enum: SMS_INBOUND_MEANINGS }).notNull(),
    /** The provider's SID: the same webhook delivered twice is recorded once. */
    providerSid: text("provider_sid").notNull().unique(),
    receivedAt: text("received_at").notNull(),
    seenAt: text("seen_at"),
    seenBy: text("seen_by").references(() => users.id),
  },
  (t) => [
    index("sms_inbound_client_idx").on(t.clientId, t.receivedAt),
    index("sms_inbound_firm_idx").on(t.firmId, t.seenAt, t.receivedAt),
  ],
);

// The firm's SMS provider account, entered by an admin. The auth token is stored encrypted
// (app/services/sms-secret.server.ts) and never sent back to a page.
export const smsSettings = sqliteTable("sms_settings", {
  firmId: text("firm_id")
    .primaryKey()
    .references(() => firms.id),
  provider: text("provider").notNull().default("twilio"),
  accountSid: text("account_sid").notNull(),
  authTokenCipher: text("auth_token_cipher").notNull(),
  fromNumber: text("from_number"),
  messagingServiceSid: text("messaging_service_sid"),
  lastTestAt: text("last_test_at"),
  lastTestResult: text("last_test_result"),
  updatedBy: text("updated_by").references(() => users.id),
  updatedAt: text("updated_at").notNull(),
});
export type SmsSettings = typeof smsSettings.$inferSelect;
export type SmsInbound = typeof smsInbound.$inferSelect;

// ---- Case documents (issue 22, docs/documents.md, ADR 023) ----

export const DOCUMENT_KINDS = [
  "nta",
  "ij_order",
  "bia_decision",
  "stay_application",
  "stay_decision",
  "order_of_supervision",
  "release_order",
  "checkin_notice",
  "travel_document",
  "consular_letter",
  "receipt",
  "other",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_SOURCES = ["staff", "client"] as const;

// The papers behind a client's case. The bytes live outside the database, by content hash, in FILES_DIR
// (app/services/file-store.server.ts); the row says what they are. Several rows may share one file (the
// same PDF uploaded twice); a file is removed only when no row names its hash. Soft-deleted rows stay until
// an admin purges them.
export const documents = sqliteTable(
  "documents",
  {
    id: text("id").primaryKey(),
    firmId: text("firm_id")
      .notNull()
      .references(() => firms.id),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    title: text("title").notNull(),
    kind: text("kind", { enum: DOCUMENT_KINDS }).notNull(),
    /** The date on the paper ("YYYY-MM-DD"), when known. */
    documentDate: text("document_date"),
    /** SHA-256 (hex) of the stored bytes (after EXIF was stripped): the file's name in the store. */
    sha256: text("sha256").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    /** Sniffed from the bytes, never taken from the name or the browser. */
    mimeType: text("mime_type").notNull(),
    /** The uploader's file name, sanitised (no path, no control or bidi characters, at most 120 characters). */
    originalName: text("original_name").notNull(),
    eventId: text("event_id").references(() => removalEvents.id),
    hearingId: text("hearing_id").references(() => hearings.id),
    checkInId: text("check_in_id").references(() => checkIns.id),
    travelDocumentId: text("travel_document_id").references(() => travelDocuments.id),
    /** The staff member or the client's own user who uploaded it. */
    uploadedBy: text("uploaded_by").references(() => users.id),
    source: text("source", { enum: DOCUMENT_SOURCES }).notNull().default("staff"),
    sharedWithClient: integer("shared_with_client", { mode: "boolean" }).notNull().default(false),
    sharedAt: text("shared_at"),
    /** A client's upload nobody on staff has looked at yet. */
    needsReview: integer("needs_review", { mode: "boolean" }).notNull().default(false),
    reviewedAt: text("reviewed_at"),
    reviewedBy: text("reviewed_by").references(() => users.id),
    deletedAt: text("deleted_at"),
    deletedBy: text("deleted_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
  },
  (t) => [
    index("documents_client_idx").on(t.firmId, t.clientId, t.createdAt),
    index("documents_event_idx").on(t.firmId, t.eventId),
    // Is any row (of any firm) still naming this file? Asked before a file is removed.
    index("documents_sha256_idx").on(t.sha256),
    // The check-ins queue's "new from a client": only what is still unreviewed.
    index("documents_needs_review_idx")
      .on(t.firmId, t.createdAt)
      .where(sql`needs_review = 1 and deleted_at is null`),
  ],
);
export type DocumentRow = typeof documents.$inferSelect;
