// A fake of the SMS provider's REST API (the parts Casewatch uses: create a message, list messages to
// a number) served on 127.0.0.1, for tests. The twilio package is pointed at it by TWILIO_API_BASE.
import http from "node:http";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";

export type FakeMessage = {
  sid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  statusCallback: string | null;
  createdAt: Date;
};

type Next =
  | { kind: "error"; status: number; code: number; message: string }
  /** The message is made, then the connection is dropped before any answer (a send in doubt). */
  | { kind: "drop" };

export type FakeTwilio = {
  url: string;
  messages: FakeMessage[];
  /** Requests with the wrong credentials. */
  refused: number;
  /** Numbers that answered STOP at the carrier: sends to them get error 21610. */
  optedOut: Set<string>;
  failNext: (n: Next) => void;
  failLists: (on: boolean) => void;
  /** The provider's clock (tests move Casewatch's clock days ahead; the fake's moves with it). */
  setClock: (now: () => Date) => void;
  close: () => Promise<void>;
};

const rfc2822 = (d: Date) => d.toUTCString().replace("GMT", "+0000");

function resource(accountSid: string, m: FakeMessage) {
  return {
    sid: m.sid,
    account_sid: accountSid,
    to: m.to,
    from: m.from,
    messaging_service_sid: m.messagingServiceSid,
    body: m.body,
    status: "queued",
    num_segments: "1",
    direction: "outbound-api",
    date_created: rfc2822(m.createdAt),
    date_updated: rfc2822(m.createdAt),
    date_sent: null,
    error_code: null,
    error_message: null,
    uri: `/2010-04-01/Accounts/${accountSid}/Messages/${m.sid}.json`,
  };
}

export function startFakeTwilio(accountSid: string, authToken: string): Promise<FakeTwilio> {
  const messages: FakeMessage[] = [];
  const queue: Next[] = [];
  const optedOut = new Set<string>();
  let listsFail = false;
  let clock = () => new Date();
  const state = { refused: 0 };
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;
  const base = `/2010-04-01/Accounts/${accountSid}/Messages.json`;

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(body));
      };
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (req.headers.authorization !== expectedAuth) {
        state.refused++;
        return json(401, { code: 20003, message: "Authenticate", more_info: "", status: 401 });
      }
      if (url.pathname !== base) return json(404, { code: 20404, message: "Not found", status: 404 });
      if (req.method === "GET") {
        if (listsFail) return json(503, { code: 20503, message: "Service unavailable", status: 503 });
        const to = url.searchParams.get("To");
        const list = messages
          .filter((m) => !to || m.to === to)
          .reverse()
          .map((m) => resource(accountSid, m));
        return json(200, {
          messages: list,
          next_page_uri: null,
          page: 0,
          page_size: Number(url.searchParams.get("PageSize") ?? 50),
          first_page_uri: base,
          previous_page_uri: null,
          uri: url.pathname + url.search,
          start: 0,
          end: list.length,
        });
      }
      if (req.method !== "POST")
        return json(405, { code: 20004, message: "Method not allowed", status: 405 });
      const form = new URLSearchParams(raw);
      const to = form.get("To") ?? "";
      const body = form.get("Body") ?? "";
      if (!/^\+\d{8,15}$/.test(to))
        return json(400, {
          code: 21211,
          message: `The 'To' number ${to} is not a valid phone number.`,
          status: 400,
        });
      if (!form.get("From") && !form.get("MessagingServiceSid"))
        return json(400, { code: 21603, message: "A 'From' phone number is required.", status: 400 });
      if (optedOut.has(to))
        return json(400, { code: 21610, message: "Attempt to send to unsubscribed recipient", status: 400 });
      const next = queue.shift();
      if (next?.kind === "error")
        return json(next.status, { code: next.code, message: next.message, status: next.status });
      const m: FakeMessage = {
        sid: `SM${randomBytes(16).toString("hex")}`,
        to,
        from: form.get("From"),
        messagingServiceSid: form.get("MessagingServiceSid"),
        body,
        statusCallback: form.get("StatusCallback"),
        createdAt: clock(),
      };
      messages.push(m);
      if (next?.kind === "drop") return req.socket.destroy();
      json(201, resource(accountSid, m));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        messages,
        get refused() {
          return state.refused;
        },
        optedOut,
        failNext: (n) => queue.push(n),
        failLists: (on) => (listsFail = on),
        setClock: (now) => (clock = now),
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
