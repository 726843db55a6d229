import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

/** A random, unguessable id for rows (96 bits, base32). */
export function createId(): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(12));
}

/**
 * An id that sorts by creation time (48-bit milliseconds, then 64 random bits; base32, 20 characters),
 * for rows that lead large clustered key ranges: each new alert's matches then go at the end of the
 * B-tree instead of splitting pages in its middle (ADR 008).
 */
let lastMs = 0;
let seq = 0;
// base32hex: its alphabet is in ASCII order, so the text sorts as the bytes do.
const SORTABLE = "0123456789abcdefghijklmnopqrstuv";
export function createSortableId(now = Date.now()): string {
  // Within one millisecond a counter keeps the order.
  if (now <= lastMs) seq++;
  else {
    lastMs = now;
    seq = 0;
  }
  let bits = (BigInt(lastMs) << 10n) | BigInt(seq & 1023);
  bits = (bits << 40n) | BigInt(`0x${randomBytes(5).toString("hex")}`);
  let out = "";
  for (let i = 0; i < 20; i++) {
    out = SORTABLE[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out;
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
