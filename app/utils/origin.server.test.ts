import { describe, expect, it } from "vitest";
import { isSameOriginRequest, publicOrigin } from "./origin.server";

const self = "http://localhost:3000";

describe("Origin check on state-changing requests", () => {
  it.each([
    [
      "GET from anywhere",
      { method: "GET", origin: "https://evil.example", secFetchSite: "cross-site" },
      true,
    ],
    ["POST from our page", { method: "POST", origin: self, secFetchSite: "same-origin" }, true],
    ["POST with only Origin", { method: "POST", origin: self, secFetchSite: null }, true],
    ["POST with only Sec-Fetch-Site", { method: "POST", origin: null, secFetchSite: "same-origin" }, true],
    [
      "POST from another site",
      { method: "POST", origin: "https://evil.example", secFetchSite: "cross-site" },
      false,
    ],
    [
      "POST from a sibling subdomain",
      { method: "POST", origin: "http://evil.localhost:3000", secFetchSite: "same-site" },
      false,
    ],
    [
      "POST with Origin null (sandboxed frame)",
      { method: "POST", origin: "null", secFetchSite: null },
      false,
    ],
    ["POST with no headers at all", { method: "POST", origin: null, secFetchSite: null }, false],
    [
      "DELETE from another port",
      { method: "DELETE", origin: "http://localhost:4000", secFetchSite: null },
      false,
    ],
    [
      "POST with matching Origin but cross-site fetch metadata",
      { method: "POST", origin: self, secFetchSite: "cross-site" },
      false,
    ],
    ["POST typed in the address bar (none)", { method: "POST", origin: self, secFetchSite: "none" }, false],
  ])("%s", (_name, req, expected) => {
    expect(isSameOriginRequest({ ...req, selfOrigin: self })).toBe(expected);
  });

  it("accepts APP_ORIGIN behind a proxy", () => {
    expect(
      isSameOriginRequest({
        method: "POST",
        origin: "https://casewatch.example-firm.org",
        secFetchSite: "same-origin",
        selfOrigin: "http://127.0.0.1:3000",
        appOrigin: "https://casewatch.example-firm.org/",
      }),
    ).toBe(true);
  });
});

describe("Origin check with APP_ORIGIN set", () => {
  const appOrigin = "https://casewatch.example-firm.org";

  it("refuses an Origin that only matches the Host header the request chose", () => {
    // A request to the server's own address with a forged Host: the origin derived from Host must not count.
    expect(
      isSameOriginRequest({
        method: "POST",
        origin: "http://attacker.example",
        secFetchSite: null,
        selfOrigin: "http://attacker.example",
        appOrigin,
      }),
    ).toBe(false);
    expect(
      isSameOriginRequest({
        method: "POST",
        origin: "http://127.0.0.1:3000",
        secFetchSite: "same-origin",
        selfOrigin: "http://127.0.0.1:3000",
        appOrigin,
      }),
    ).toBe(false);
  });

  it("accepts APP_ORIGIN in any spelling of the same origin", () => {
    expect(
      isSameOriginRequest({
        method: "POST",
        origin: "HTTPS://Casewatch.Example-Firm.org:443",
        secFetchSite: null,
        selfOrigin: "http://x",
        appOrigin: `${appOrigin}/`,
      }),
    ).toBe(true);
  });

  it("without APP_ORIGIN, the server's own origin is the one accepted", () => {
    expect(
      isSameOriginRequest({
        method: "POST",
        origin: self,
        secFetchSite: null,
        selfOrigin: self,
        appOrigin: "",
      }),
    ).toBe(true);
    expect(
      isSameOriginRequest({
        method: "POST",
        origin: self,
        secFetchSite: null,
        selfOrigin: self,
        appOrigin: undefined,
      }),
    ).toBe(true);
  });
});

describe("publicOrigin", () => {
  it("is APP_ORIGIN when set (without a trailing slash), else the request's own origin", () => {
    const saved = process.env.APP_ORIGIN;
    try {
      delete process.env.APP_ORIGIN;
      expect(publicOrigin(new Request("http://10.0.0.5:3000/settings/users"))).toBe("http://10.0.0.5:3000");
      process.env.APP_ORIGIN = "https://casewatch.example.org/";
      expect(publicOrigin(new Request("http://10.0.0.5:3000/settings/users"))).toBe(
        "https://casewatch.example.org",
      );
    } finally {
      if (saved === undefined) delete process.env.APP_ORIGIN;
      else process.env.APP_ORIGIN = saved;
    }
  });
});
