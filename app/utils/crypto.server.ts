import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

/** A random, unguessable id for rows (96 bits, base32). */
export function createId(): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(12));
}

/** A secret token for cookies and links: 160 bits, base32. */
export function createToken(): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(20));
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, "utf8");
  const bb = Buffer.from(b, "utf8");
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function isoIn(ms: number): string {
  return new Date(Date.now() + ms).toISOString();
}
