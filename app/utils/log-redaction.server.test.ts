import { describe, expect, it } from "vitest";
import { redactUrlForLog } from "./log-redaction.server";

const token = "abcdefghijklmnopqrstuvwxyz234567";

describe("request addresses in the log", () => {
  it.each([
    [`/calendar/feed/${token}.ics`, "/calendar/feed/[redacted].ics"],
    [`/portal/${token}`, "/portal/[redacted]"],
    [`/portal/${token}.data`, "/portal/[redacted].data"],
    [`/invite/${token}`, "/invite/[redacted]"],
    [`/reset-password/${token}`, "/reset-password/[redacted]"],
    // Short or odd tokens after a token prefix are secrets too.
    ["/portal/short", "/portal/[redacted]"],
    ["/Calendar/Feed/x.ics", "/Calendar/Feed/[redacted].ics"],
    [`/%70ortal/${token}`, "/%70ortal/[redacted]"],
    // A token-like segment anywhere, for a token route nobody listed yet.
    [`/some/new/route/${"A".repeat(40)}`, "/some/new/route/[redacted]"],
  ])("%s is logged as %s", (input, expected) => {
    expect(redactUrlForLog(input)).toBe(expected);
    expect(redactUrlForLog(input)).not.toContain(token);
  });

  it("leaves ordinary paths and record ids readable", () => {
    expect(redactUrlForLog("/clients/abcdefghij0123456789/edit")).toBe("/clients/abcdefghij0123456789/edit");
    expect(redactUrlForLog("/calendar")).toBe("/calendar");
    expect(redactUrlForLog("/calendar/feed/")).toBe("/calendar/feed/");
    expect(redactUrlForLog("/")).toBe("/");
  });

  it("blanks token and code query parameters, whatever their case, and keeps the others", () => {
    expect(redactUrlForLog(`/login/2fa?code=123456&redirectTo=%2Fclients`)).toBe(
      "/login/2fa?code=[redacted]&redirectTo=%2Fclients",
    );
    expect(redactUrlForLog(`/x?TOKEN=${token}&a=1`)).toBe("/x?TOKEN=[redacted]&a=1");
    expect(redactUrlForLog(`/x?t%6Fken=${token}`)).toBe("/x?t%6Fken=[redacted]");
    expect(redactUrlForLog(`/portal/${token}?token=${token}`)).not.toContain(token);
  });
});
