import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

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
    clientId: text("client_id").references(() => clients.id),
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
    check(
      "users_client_role",
      sql`(${t.role} = 'client') = (${t.clientId} IS NOT NULL)`,
    ),
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
    createdAt: createdAt(),
  },
  (t) => [index("mail_messages_firm_idx").on(t.firmId, t.createdAt)],
);

// The client record. The case-records work extends it; the foundation needs it so that a client user
// can be linked to exactly one client.
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
    aNumber: text("a_number"),
    preferredLanguage: text("preferred_language").notNull().default("en"),
    email: text("email"),
    phone: text("phone"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
  },
  (t) => [
    index("clients_firm_idx").on(t.firmId, t.familyName, t.givenNames),
    uniqueIndex("clients_firm_anumber_unique").on(t.firmId, t.aNumber),
  ],
);

export type Firm = typeof firms.$inferSelect;
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Invite = typeof invites.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type MailMessage = typeof mailMessages.$inferSelect;
export type Client = typeof clients.$inferSelect;
