import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "~/utils/env.server";

// The provider's auth token, as the firm's admin entered it, encrypted at rest with AES-256-GCM under
// a key derived from SMS_SECRET_KEY (kept out of the database, so a stolen backup alone does not send
// texts in the firm's name). Format: "v1:" + base64(iv | tag | ciphertext).

function key(): Buffer | null {
  const raw = env.smsSecretKey;
  if (!raw || raw.length < 16) return null;
  return createHash("sha256").update(`casewatch-sms:${raw}`, "utf8").digest();
}

export function canStoreSecrets(): boolean {
  return key() !== null;
}

export function encryptSecret(plain: string): string {
  const k = key();
  if (!k) throw new Error("SMS_SECRET_KEY is not set");
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", k, iv);
  const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
  return `v1:${Buffer.concat([iv, c.getAuthTag(), body]).toString("base64")}`;
}

/** The secret, or null when the key is missing or changed (the admin enters the token again). */
export function decryptSecret(stored: string): string | null {
  const k = key();
  if (!k || !stored.startsWith("v1:")) return null;
  try {
    const buf = Buffer.from(stored.slice(3), "base64");
    const d = createDecipheriv("aes-256-gcm", k, buf.subarray(0, 12));
    d.setAuthTag(buf.subarray(12, 28));
    return Buffer.concat([d.update(buf.subarray(28)), d.final()]).toString("utf8");
  } catch {
    return null;
  }
}
