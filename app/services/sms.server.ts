import twilio from "twilio";
import type RequestClientType from "twilio/lib/base/RequestClient";
import { eq } from "drizzle-orm";
import { getDb } from "#db/client";
import { mailMessages, smsSettings } from "#db/schema";
import { countSegments } from "~/domain/sms-segments";
import { createId } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";
import { decryptSecret } from "./sms-secret.server";

// The one way a text message leaves Casewatch: Twilio's REST API through its Node package when the
// firm (on /settings/sms) or the installation (SMS_PROVIDER=twilio, TWILIO_*) has an account, else —
// and always in demo mode — the local mailbox, where /dev/mailbox shows it with its segments.

export type SmsAccount = {
  source: "firm" | "environment";
  accountSid: string;
  authToken: string;
  from: string | null;
  messagingServiceSid: string | null;
};

/** The firm's own account if it entered one (and the token still decrypts), else the installation's. */
export function smsAccountFor(firmId: string | null): SmsAccount | null {
  if (firmId) {
    const s = getDb().select().from(smsSettings).where(eq(smsSettings.firmId, firmId)).get();
    const token = s ? decryptSecret(s.authTokenCipher) : null;
    if (s && token && (s.fromNumber || s.messagingServiceSid))
      return {
        source: "firm",
        accountSid: s.accountSid,
        authToken: token,
        from: s.fromNumber,
        messagingServiceSid: s.messagingServiceSid,
      };
  }
  return environmentAccount();
}

export function environmentAccount(): SmsAccount | null {
  if (env.smsProvider !== "twilio" || !env.twilioAccountSid || !env.twilioAuthToken) return null;
  if (!env.twilioFrom && !env.twilioMessagingServiceSid) return null;
  return {
    source: "environment",
    accountSid: env.twilioAccountSid,
    authToken: env.twilioAuthToken,
    from: env.twilioFrom,
    messagingServiceSid: env.twilioMessagingServiceSid,
  };
}

/** Every account whose token may have signed a webhook that names this AccountSid. */
export function accountsForWebhook(accountSid: string): { firmId: string | null; authToken: string }[] {
  const out: { firmId: string | null; authToken: string }[] = [];
  if (accountSid) {
    for (const s of getDb().select().from(smsSettings).where(eq(smsSettings.accountSid, accountSid)).all()) {
      const token = decryptSecret(s.authTokenCipher);
      if (token) out.push({ firmId: s.firmId, authToken: token });
    }
  }
  // The installation's token signs webhooks for firms without their own account (also in demo mode,
  // so that a reply to a demo text can be tried with a signed request).
  if (env.twilioAuthToken && (!env.twilioAccountSid || env.twilioAccountSid === accountSid))
    out.push({ firmId: null, authToken: env.twilioAuthToken });
  return out;
}

function isLoopback(url: URL): boolean {
  return ["127.0.0.1", "[::1]", "localhost"].includes(url.hostname);
}

/**
 * The package's own HTTP client, with every request's origin replaced by TWILIO_API_BASE when that
 * is a loopback address: the tests' fake of the provider. Any other value is ignored, so a setting
 * cannot send a firm's texts (and its credentials) to a stranger.
 */
type RequestOptions<T> = RequestClientType.RequestOptions<T>;

class LocalBaseRequestClient extends twilio.RequestClient {
  constructor(private readonly base: URL) {
    super({ timeout: 15_000 });
  }
  override request<TData>(opts: RequestOptions<TData>) {
    const u = new URL(opts.uri);
    const target = new URL(u.pathname + u.search, this.base);
    return super.request<TData>({ ...opts, uri: target.href });
  }
}

function clientFor(a: SmsAccount) {
  const base = env.twilioApiBase ? new URL(env.twilioApiBase) : null;
  const httpClient = base && isLoopback(base) ? new LocalBaseRequestClient(base) : undefined;
  return twilio(a.accountSid, a.authToken, httpClient ? { httpClient } : { timeout: 15_000 });
}

export type OutgoingSms = {
  firmId: string | null;
  to: string;
  body: string;
  /** Stable across retries: the mailbox keeps one copy per id. */
  messageId: string;
};

export type SentSms = { sid: string; state: string; segments: number; via: "twilio" | "mailbox" };

/** A provider error, with whether trying again later can help. */
export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly permanent: boolean,
    /** True when the request may have reached the provider (a timeout, a dropped connection). */
    readonly inDoubt: boolean,
  ) {
    super(message);
  }
}

// The provider's error codes a paralegal will meet, in words. Permanent ones are not retried.
const ERROR_WORDS: Record<number, { words: string; permanent: boolean }> = {
  21610: { words: "opted out (the client answered STOP)", permanent: true },
  21211: { words: "not a valid phone number", permanent: true },
  21614: { words: "not a mobile number (cannot receive texts)", permanent: true },
  21612: { words: "number not reachable from our number", permanent: true },
  21408: { words: "texts to this country are not enabled on the account", permanent: true },
  21606: { words: "the sending number cannot send texts", permanent: true },
  20003: { words: "the provider refused the account (check the SMS settings)", permanent: false },
  20429: { words: "the provider asked us to slow down", permanent: false },
  30003: { words: "number not reachable (phone off or out of coverage)", permanent: false },
  30004: { words: "the number blocks our texts", permanent: true },
  30005: { words: "number not reachable (unknown or no longer in service)", permanent: true },
  30006: { words: "not a mobile number (landline or unreachable carrier)", permanent: true },
  30007: { words: "the carrier filtered the message", permanent: false },
  30008: { words: "not delivered (unknown reason from the carrier)", permanent: false },
};

export function errorInWords(code: number | null | undefined, fallback?: string): string {
  if (code && ERROR_WORDS[code]) return ERROR_WORDS[code].words;
  return fallback ? `provider error${code ? ` ${code}` : ""}: ${fallback}`.slice(0, 300) : "not delivered";
}

export function isOptOutCode(code: number | null | undefined): boolean {
  return code === 21610;
}

function toSendError(e: unknown): SmsSendError {
  if (e instanceof twilio.RestException) {
    const known = e.code ? ERROR_WORDS[e.code] : undefined;
    // A 4xx answer means the provider made no message; 5xx and 429 are worth another try.
    const permanent = known ? known.permanent : e.status >= 400 && e.status < 500 && e.status !== 429;
    return new SmsSendError(errorInWords(e.code, e.message), e.code ?? null, permanent, false);
  }
  const msg = e instanceof Error ? e.message : String(e);
  // No answer: the request may or may not have made a message.
  return new SmsSendError(`no answer from the provider: ${msg}`.slice(0, 300), null, false, true);
}

function statusCallbackUrl(): string | undefined {
  return env.appOrigin ? `${env.appOrigin}/sms/status` : undefined;
}

/** Sends one text. Throws SmsSendError. */
export async function sendSms(m: OutgoingSms): Promise<SentSms> {
  const segments = countSegments(m.body).segments;
  const account = env.demo ? null : smsAccountFor(m.firmId);
  if (!account) {
    const id = createId();
    getDb()
      .insert(mailMessages)
      .values({
        id,
        firmId: m.firmId,
        channel: "sms",
        segments,
        toAddress: m.to,
        subject: "Text message",
        bodyText: m.body,
        messageId: m.messageId,
      })
      .onConflictDoNothing()
      .run();
    const kept = getDb()
      .select({ id: mailMessages.id })
      .from(mailMessages)
      .where(eq(mailMessages.messageId, m.messageId))
      .get();
    return { sid: `mailbox:${kept?.id ?? id}`, state: "delivered", segments, via: "mailbox" };
  }
  try {
    const msg = await clientFor(account).messages.create({
      to: m.to,
      body: m.body,
      ...(account.messagingServiceSid
        ? { messagingServiceSid: account.messagingServiceSid }
        : { from: account.from! }),
      ...(statusCallbackUrl() ? { statusCallback: statusCallbackUrl() } : {}),
    });
    return {
      sid: msg.sid,
      state: msg.status ?? "queued",
      segments: Number(msg.numSegments) || segments,
      via: "twilio",
    };
  } catch (e) {
    throw toSendError(e);
  }
}

/**
 * After a crash between the provider's answer and our commit: did a message with this text go to
 * this number since `since`? The Messages API has no idempotency key, so the provider's own list is
 * the record to ask. Returns the SID, null when none went, or throws when the provider cannot say.
 */
export async function findEarlierSend(m: OutgoingSms, since: Date): Promise<string | null> {
  const account = env.demo ? null : smsAccountFor(m.firmId);
  if (!account) {
    const kept = getDb()
      .select({ id: mailMessages.id })
      .from(mailMessages)
      .where(eq(mailMessages.messageId, m.messageId))
      .get();
    return kept ? `mailbox:${kept.id}` : null;
  }
  try {
    const recent = await clientFor(account).messages.list({ to: m.to, limit: 50, pageSize: 50 });
    const floor = since.getTime() - 60_000;
    const hit = recent.find(
      (r) => r.body === m.body && (!r.dateCreated || new Date(r.dateCreated).getTime() >= floor),
    );
    return hit?.sid ?? null;
  } catch (e) {
    throw toSendError(e);
  }
}

/** The request-signature check for webhooks: which account (if any) signed these parameters. */
export function verifyWebhook(
  signature: string | null,
  url: string,
  params: Record<string, string>,
): { ok: true; firmId: string | null } | { ok: false } {
  if (!signature) return { ok: false };
  for (const a of accountsForWebhook(params.AccountSid ?? "")) {
    if (twilio.validateRequest(a.authToken, signature, url, params)) return { ok: true, firmId: a.firmId };
  }
  return { ok: false };
}

/** A TwiML answer with one reply text (or none). */
export function twimlReply(text: string | null): string {
  const r = new twilio.twiml.MessagingResponse();
  if (text) r.message(text);
  return r.toString();
}

/** For the settings page's test: a message to the admin's own phone with the firm's account. */
export async function sendTestSms(account: SmsAccount, to: string, body: string): Promise<SentSms> {
  try {
    const msg = await clientFor(account).messages.create({
      to,
      body,
      ...(account.messagingServiceSid
        ? { messagingServiceSid: account.messagingServiceSid }
        : { from: account.from! }),
    });
    return {
      sid: msg.sid,
      state: msg.status ?? "queued",
      segments: Number(msg.numSegments) || 1,
      via: "twilio",
    };
  } catch (e) {
    throw toSendError(e);
  }
}

/** The URL the provider signed: the address people use (APP_ORIGIN) when set, else what we were reached at. */
export function webhookUrl(request: Request): string {
  const u = new URL(request.url);
  return env.appOrigin ? `${env.appOrigin}${u.pathname}${u.search}` : u.href;
}

const MAX_WEBHOOK_BYTES = 64 * 1024;

/**
 * A provider webhook's form parameters, or a Response to answer with: 400 for what is not a form,
 * 403 when the signature does not verify with any account that may have sent it.
 */
export async function readSignedWebhook(
  request: Request,
): Promise<
  { ok: true; firmId: string | null; params: Record<string, string> } | { ok: false; response: Response }
> {
  const text = (s: string, status: number) =>
    new Response(s, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (request.method !== "POST") return { ok: false, response: text("Only POST is accepted here.", 405) };
  if (!(request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded"))
    return { ok: false, response: text("Expected a form-encoded body.", 400) };
  const raw = await request.text();
  if (raw.length > MAX_WEBHOOK_BYTES) return { ok: false, response: text("Body too large.", 400) };
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(raw)) if (!(k in params)) params[k] = v;
  const v = verifyWebhook(request.headers.get("x-twilio-signature"), webhookUrl(request), params);
  if (!v.ok) return { ok: false, response: text("The request signature does not verify.", 403) };
  return { ok: true, firmId: v.firmId, params };
}
