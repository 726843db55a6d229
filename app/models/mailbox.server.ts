// The demo mailbox (mail kept in the database when no SMTP server is set). Its mail carries one-time
// links — invitations, password resets — so reading someone else's mail would be taking over their
// account: each user reads only mail to their own address; an admin also sees the rest of the firm's
// mail, with every link in it replaced by a note. Text messages (kept here when no SMS provider is set,
// or in demo mode) go to clients' phones, never to a staff member: every staff member who may read the
// mailbox sees the firm's texts, with links hidden all the same.
import { and, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "#db/client";
import { mailMessages } from "#db/schema";
import { can } from "~/domain/permissions";

export type MailboxReader = { firmId: string; role: string; email: string | null };

export const HIDDEN_LINK = "[link hidden: only the person it was sent to can open it]";

/** Every URL in a text, replaced by a note, so that no part of a one-time link is left to use. */
export function maskLinks(text: string): string {
  // A URL up to whitespace; and, to be sure, any bare path of one of the link pages with its token.
  return text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, HIDDEN_LINK)
    .replace(/\/(?:invite|reset-password|portal|calendar\/feed)\/\S+/gi, HIDDEN_LINK);
}

const addressedTo = (email: string | null): SQL =>
  email ? sql`lower(${mailMessages.toAddress}) = ${email.toLowerCase()}` : sql`0`;

function scope(reader: MailboxReader): SQL | undefined {
  return can(reader.role, "view:firm-mailbox")
    ? eq(mailMessages.firmId, reader.firmId)
    : and(
        eq(mailMessages.firmId, reader.firmId),
        or(addressedTo(reader.email), eq(mailMessages.channel, "sms")),
      );
}

export function listMailbox(reader: MailboxReader, limit = 200) {
  return getDb()
    .select({
      id: mailMessages.id,
      to: mailMessages.toAddress,
      subject: mailMessages.subject,
      channel: mailMessages.channel,
      segments: mailMessages.segments,
      createdAt: mailMessages.createdAt,
    })
    .from(mailMessages)
    .where(scope(reader))
    .orderBy(desc(mailMessages.createdAt))
    .limit(limit)
    .all();
}

function isOwn(reader: MailboxReader, to: string): boolean {
  return Boolean(reader.email) && to.toLowerCase() === reader.email!.toLowerCase();
}

/** One message as this reader may see it, or undefined (answered 404: not theirs, or not there). */
export function readMailMessage(reader: MailboxReader, id: string) {
  if (!id || id.length > 100) return undefined;
  const m = getDb()
    .select({
      id: mailMessages.id,
      toAddress: mailMessages.toAddress,
      subject: mailMessages.subject,
      bodyText: mailMessages.bodyText,
      messageId: mailMessages.messageId,
      channel: mailMessages.channel,
      segments: mailMessages.segments,
      createdAt: mailMessages.createdAt,
    })
    .from(mailMessages)
    .where(and(eq(mailMessages.id, id), scope(reader)))
    .get();
  if (!m) return undefined;
  const own = m.channel === "email" && isOwn(reader, m.toAddress);
  const bodyText = own ? m.bodyText : maskLinks(m.bodyText);
  return { ...m, bodyText, linksHidden: !own && bodyText !== m.bodyText };
}
