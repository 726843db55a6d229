import { describe, expect, it } from "vitest";
import { clearFailures, isRateLimited, recordFailure } from "./rate-limit.server";

describe("rate limits", () => {
  it("blocks an account after 10 failures, whatever the IP", () => {
    const account = `acct-${Math.random()}`;
    for (let i = 0; i < 9; i++) recordFailure("login", { account, ip: `127.0.0.${i}` });
    expect(isRateLimited("login", { account, ip: "127.0.0.9" })).toBe(false);
    recordFailure("login", { account, ip: "127.0.0.10" });
    expect(isRateLimited("login", { account, ip: "127.0.0.11" })).toBe(true);
  });

  it("limits one IP more loosely than one account (an office shares an address)", () => {
    const ip = `ip-${Math.random()}`;
    for (let i = 0; i < 99; i++) recordFailure("login", { account: `a${i}-${ip}`, ip });
    expect(isRateLimited("login", { account: "someone-new", ip })).toBe(false);
    recordFailure("login", { account: "x", ip });
    expect(isRateLimited("login", { account: "someone-new", ip })).toBe(true);
  });

  it("keeps kinds apart, and a success clears the account's failures", () => {
    const account = `acct-${Math.random()}`;
    for (let i = 0; i < 10; i++) recordFailure("2fa", { account });
    expect(isRateLimited("2fa", { account })).toBe(true);
    expect(isRateLimited("login", { account })).toBe(false);
    clearFailures("2fa", account);
    expect(isRateLimited("2fa", { account })).toBe(false);
  });
});
