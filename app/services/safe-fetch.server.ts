import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { env } from "~/utils/env.server";

// Fetches a feed URL an admin typed without letting it reach inside the network the server sits in
// (SSRF): http/https only; the name is resolved and every address checked; the connection goes to the
// checked address (no second lookup an attacker's DNS could answer differently); each redirect is
// checked the same way; a time limit and a size cap. FEED_ALLOW_PRIVATE_HOSTS ("host" or "host:port",
// comma-separated) lets tests and on-premises installs reach named internal hosts; a redirect to an
// internal address that is not on the list is still refused. docs/alerts.md, ADR 009.

export type FetchOutcome =
  // `bytes` is the body as received, for callers that read the encoding from the document itself.
  | {
      status: "ok";
      body: string;
      bytes: Buffer;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
      contentType: string | null;
    }
  | { status: "not_modified"; finalUrl: string }
  | { status: "refused" | "error"; message: string };

export type FetchOptions = {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  allow?: string[];
};

export const FEED_TIMEOUT_MS = 10_000;
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
export const FEED_MAX_REDIRECTS = 3;

const blocked = new net.BlockList();
for (const [net4, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net4, bits, "ipv4");
// IPv6 ranges refused whatever follows the prefix. The forms that carry an IPv4 address inside them
// (IPv4-mapped, -compatible, -translated, NAT64's well-known prefix, 6to4, Teredo) are not listed: the
// IPv4 address they carry is taken out and judged instead (embeddedIPv4 below).
for (const [net6, bits] of [
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(net6, bits, "ipv6");

/** The 16 bytes of an IPv6 address in any spelling (zero runs, a dotted IPv4 tail, a zone), or null. */
export function ipv6Bytes(address: string): number[] | null {
  let text = address.toLowerCase().replace(/^\[|\]$/g, "");
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  if (net.isIP(text) !== 6) return null;
  const groups: number[] = [];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  groups.push(...left, ...Array<number>(fill).fill(0), ...right);
  if (groups.length !== 8 || groups.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff)) return null;
  return groups.flatMap((g) => [g >> 8, g & 255]);
}

const quad = (b: number[], at: number, xor = 0) =>
  [0, 1, 2, 3].map((i) => (b[at + i]! ^ xor) & 255).join(".");
const zeros = (b: number[], from: number, to: number) => b.slice(from, to).every((x) => x === 0);

/**
 * The IPv4 addresses an IPv6 address carries, when it is one of the forms that embed one: IPv4-mapped
 * ::ffff:0:0/96, IPv4-compatible ::/96 (so :: and ::1 give 0.0.0.0 and 0.0.0.1), IPv4-translated
 * ::ffff:0:0:0/96, NAT64 64:ff9b::/96, 6to4 2002::/16, and Teredo 2001::/32 (its server, and its client
 * address stored inverted). Null for any other address.
 */
export function embeddedIPv4(address: string): string[] | null {
  const b = ipv6Bytes(address);
  if (!b) return null;
  if (zeros(b, 0, 10) && b[10] === 0xff && b[11] === 0xff) return [quad(b, 12)];
  if (zeros(b, 0, 12)) return [quad(b, 12)];
  if (zeros(b, 0, 8) && b[8] === 0xff && b[9] === 0xff && zeros(b, 10, 12)) return [quad(b, 12)];
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(b, 4, 12))
    return [quad(b, 12)];
  if (b[0] === 0x20 && b[1] === 0x02) return [quad(b, 2)];
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0 && b[3] === 0) return [quad(b, 4), quad(b, 12, 0xff)];
  return null;
}

/** True for loopback, private, link-local, carrier-grade NAT, documentation, multicast and reserved addresses. */
export function isInternalAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  const bytes = ipv6Bytes(address);
  if (!bytes) return true;
  const inner = embeddedIPv4(address);
  // A form that carries an IPv4 address reaches that address (through a translator, a relay or the
  // host's own IPv4 stack), so the IPv4 address decides: internal if any it carries is.
  if (inner) return inner.some((a) => blocked.check(a, "ipv4"));
  const canonical = Array.from({ length: 8 }, (_, i) =>
    ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16),
  ).join(":");
  return blocked.check(canonical, "ipv6");
}

export function allowListFromEnv(raw = env.feedAllowPrivateHosts): string[] {
  return (raw ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

function hostAllowed(u: URL, allow: string[]): boolean {
  const host = u.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = u.port || (u.protocol === "https:" ? "443" : "80");
  return allow.some((entry) => {
    let h: string;
    let p: string | undefined;
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    if (bracketed) [h, p] = [bracketed[1]!, bracketed[2]];
    else if ((entry.match(/:/g) ?? []).length > 1) h = entry;
    else [h, p] = entry.split(":") as [string, string | undefined];
    return h === host && (!p || p === port);
  });
}

type Resolved = { address: string; family: 4 | 6 };

async function resolve(host: string): Promise<Resolved[]> {
  const bare = host.replace(/^\[|\]$/g, "");
  const fam = net.isIP(bare);
  if (fam) return [{ address: bare, family: fam as 4 | 6 }];
  const list = await dns.promises.lookup(bare, { all: true, verbatim: true });
  return list.map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
}

function once(
  u: URL,
  pinned: Resolved,
  opts: Required<Pick<FetchOptions, "timeoutMs" | "maxBytes">> & FetchOptions,
  signal: AbortSignal,
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body?: Buffer; tooBig?: boolean }>(
    (done, fail) => {
      const lib = u.protocol === "https:" ? https : http;
      const headers: Record<string, string> = {
        "user-agent": "Casewatch feed reader (+https://casewatch.invalid/feeds)",
        accept: "application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5",
        "accept-encoding": "identity",
      };
      if (opts.etag) headers["if-none-match"] = opts.etag;
      if (opts.lastModified) headers["if-modified-since"] = opts.lastModified;
      const req = lib.request(
        u,
        {
          method: "GET",
          headers,
          signal,
          // Connect to the address that was checked, whatever the name resolves to now.
          lookup: ((_h: string, o: { all?: boolean }, cb: (...a: unknown[]) => void) => {
            if (o?.all) cb(null, [{ address: pinned.address, family: pinned.family }]);
            else cb(null, pinned.address, pinned.family);
          }) as unknown as net.LookupFunction,
          servername: net.isIP(u.hostname.replace(/^\[|\]$/g, "")) ? undefined : u.hostname,
        },
        (res) => {
          const status = res.statusCode ?? 0;
          if (status >= 300 && status < 400) {
            res.resume();
            done({ status, headers: res.headers });
            return;
          }
          const declared = Number(res.headers["content-length"] ?? "0");
          if (declared > opts.maxBytes) {
            res.destroy();
            done({ status, headers: res.headers, tooBig: true });
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          res.on("data", (c: Buffer) => {
            size += c.length;
            if (size > opts.maxBytes) {
              res.destroy();
              done({ status, headers: res.headers, tooBig: true });
              return;
            }
            chunks.push(c);
          });
          res.on("end", () => done({ status, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on("error", fail);
        },
      );
      req.on("error", fail);
      req.end();
    },
  );
}

function decode(body: Buffer, contentType: string | null): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== "utf8" ? charset : "utf-8").decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

export async function safeFetch(rawUrl: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const opts = {
    timeoutMs: options.timeoutMs ?? env.feedTimeoutMs ?? FEED_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? FEED_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? FEED_MAX_REDIRECTS,
    ...options,
  };
  const allow = options.allow ?? allowListFromEnv();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    clearTimeout(timer);
    return { status: "refused", message: "That is not a web address." };
  }
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:")
        return {
          status: "refused",
          message: `Only http and https addresses are fetched (this one is ${url.protocol.replace(":", "")}).`,
        };
      if (url.username || url.password)
        return { status: "refused", message: "Addresses with a user name or password are not fetched." };
      let addresses: Resolved[];
      try {
        addresses = await resolve(url.hostname);
      } catch {
        return { status: "error", message: `The name ${url.hostname} could not be found (DNS).` };
      }
      if (!addresses.length) return { status: "error", message: `The name ${url.hostname} has no address.` };
      if (!hostAllowed(url, allow)) {
        const internal = addresses.find((a) => isInternalAddress(a.address));
        if (internal) {
          return {
            status: "refused",
            message: `${hop ? "A redirect led to" : "The address"} ${url.host}, which is on a private or internal network (${internal.address}); feeds are fetched from the public internet only.`,
          };
        }
      }
      let res;
      try {
        res = await once(url, addresses[0]!, opts, controller.signal);
      } catch (e) {
        if (controller.signal.aborted)
          return {
            status: "error",
            message: `The feed did not answer within ${Math.round(opts.timeoutMs / 1000)} seconds.`,
          };
        const code = (e as NodeJS.ErrnoException).code;
        return {
          status: "error",
          message:
            code === "ECONNREFUSED"
              ? `${url.host} refused the connection.`
              : code === "ECONNRESET"
                ? `${url.host} closed the connection.`
                : `The feed could not be fetched (${code ?? (e instanceof Error ? e.message : "network error")}).`,
        };
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const loc = res.headers.location;
        if (!loc)
          return {
            status: "error",
            message: `The feed answered a redirect (HTTP ${res.status}) without saying where to.`,
          };
        if (hop + 1 > opts.maxRedirects)
          return { status: "refused", message: `The feed redirected more than ${opts.maxRedirects} times.` };
        url = new URL(loc, url);
        continue;
      }
      if (res.status === 304) return { status: "not_modified", finalUrl: url.toString() };
      if (res.tooBig)
        return {
          status: "refused",
          message: `The feed is larger than ${Math.round(opts.maxBytes / 1024 / 1024)} MB; it was not read.`,
        };
      if (res.status < 200 || res.status >= 300)
        return {
          status: "error",
          message: `The feed answered HTTP ${res.status}${http.STATUS_CODES[res.status] ? ` (${http.STATUS_CODES[res.status]})` : ""}.`,
        };
      const contentType =
        typeof res.headers["content-type"] === "string" ? res.headers["content-type"] : null;
      const header = (h: string | string[] | undefined) => (typeof h === "string" ? h : null);
      return {
        status: "ok",
        body: decode(res.body ?? Buffer.alloc(0), contentType),
        bytes: res.body ?? Buffer.alloc(0),
        etag: header(res.headers.etag),
        lastModified: header(res.headers["last-modified"]),
        finalUrl: url.toString(),
        contentType,
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
