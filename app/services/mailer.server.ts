import nodemailer, { type Transporter } from "nodemailer";
import { getDb } from "#db/client";
import { mailMessages } from "#db/schema";
import { createId } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";

export type Mail = {
  firmId: string | null;
  to: string;
  subject: string;
  text: string;
  /** Stable id so that a resend of the same message is recognisable downstream. */
  messageId?: string;
};

let transport: { url: string; t: Transporter } | undefined;

function smtp(url: string): Transporter {
  if (transport?.url !== url) transport = { url, t: nodemailer.createTransport(url) };
  return transport.t;
}

/**
 * The one way mail leaves Casewatch: SMTP when SMTP_URL is set, otherwise the local mailbox table
 * (shown at /dev/mailbox in demo mode only).
 */
export async function sendMail(mail: Mail): Promise<{ messageId: string }> {
  const messageId = mail.messageId ?? `<${createId()}@casewatch>`;
  const url = env.smtpUrl;
  if (url) {
    await smtp(url).sendMail({
      from: env.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId,
    });
  } else {
    getDb()
      .insert(mailMessages)
      .values({
        id: createId(),
        firmId: mail.firmId,
        toAddress: mail.to,
        subject: mail.subject,
        bodyText: mail.text,
        messageId,
      })
      .onConflictDoNothing()
      .run();
  }
  return { messageId };
}
