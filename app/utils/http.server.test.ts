import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./http.server";

// Values an attacker can put in ?redirectTo=. Browsers drop tabs, CR and LF from URLs and read a
// backslash as a slash, so several of these lead off-site although they start with one "/".
const HOSTILE = [
  "/\t/127.0.0.1:4716/phish",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\r\n/evil.example",
  "/\u0000/evil.example",
  "\t//evil.example",
  " /clients",
  "/ /evil.example",
  "//evil.example",
  "///evil.example",
  "//evil.example/clients",
  "/\\evil.example",
  "/\\/evil.example",
  "\\/evil.example",
  "\\\\evil.example",
  "/clients\\..\\..\\evil",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "/javascript:alert(1)\n",
  "data:text/html,hi",
  "https://evil.example",
  "https:/evil.example",
  "http:evil.example",
  "evil.example",
  "clients",
  "",
  "/%2F/evil.example",
  "/%2f/evil.example",
  "/%5C/evil.example",
  "/%5c%5cevil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%00/evil.example",
  "/clients/%2F%2Fevil.example",
  "/%E0%A4%A", // a broken escape
  "/\uFF0Fevil.example", // fullwidth solidus
  "/\uFF3Cevil.example", // fullwidth reverse solidus
  "/\u2215evil.example", // division slash
  "/\u2044evil.example", // fraction slash
  "/\u3002evil.example",
  "/\u200B/evil.example", // zero-width space
  "/\u202E/evil.example", // right-to-left override
  "/\u0085/evil.example", // next line (C1)
  "/\u2028/evil.example", // line separator
  "/../evil",
  "/clients/../../evil",
  "/./clients",
  "/clients/%2e%2e/x",
  "/x".repeat(1200),
];

const GOOD = [
  "/clients?q=a",
  "/clients/abc#x",
  "/clients",
  "/me",
  "/me/messages/m1",
  "/clients?q=%E9%99%88&risk=high",
  "/check-ins?week=2026-01-05",
  "/settings/users",
  "/clients?next=//still/here",
];

describe("safeRedirectPath", () => {
  it.each(HOSTILE.map((v) => [JSON.stringify(v).slice(0, 60), v]))("refuses %s", (_label, value) => {
    expect(safeRedirectPath(value, "/fallback")).toBe("/fallback");
  });

  it.each(GOOD)("keeps %s", (value) => {
    expect(safeRedirectPath(value, "/fallback")).toBe(value);
  });

  it("refuses what is not a string", () => {
    expect(safeRedirectPath(null, "/f")).toBe("/f");
    expect(safeRedirectPath(undefined, "/f")).toBe("/f");
    expect(safeRedirectPath(new File(["x"], "x.txt"), "/f")).toBe("/f");
  });

  it("never returns a value that a URL parser resolves to another origin", () => {
    for (const v of [...HOSTILE, ...GOOD]) {
      const out = safeRedirectPath(v, "/f");
      expect(new URL(out, "https://app.example").origin).toBe("https://app.example");
      // And nothing that a browser would strip first.
      expect(out).not.toMatch(/[\p{Cc}\p{Z}\\]/u);
    }
  });
});
