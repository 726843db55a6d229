import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordProblem } from "./password-policy";

describe("password rules", () => {
  it.each([
    ["short", "Use at least 12"],
    ["elevenchars", "Use at least 12"],
    ["qwerty123456", "most common"],
    ["QWERTY123456", "most common"],
    ["1qaz2wsx3edc", "most common"],
    ["aaaaaaaaaaaaaaaa", "repeated"],
    ["x".repeat(257), "at most 256"],
  ])("refuses %s", (pw, message) => {
    expect(passwordProblem(pw)).toContain(message);
  });

  it.each(["correct horse battery", "casewatch-demo", "no rules at all here", "陈伟的密码很长很长很长很长"])(
    "accepts %s without composition rules",
    (pw) => {
      expect(passwordProblem(pw)).toBeNull();
    },
  );

  it("counts characters, not bytes", () => {
    // 12 CJK characters are 12 characters even though they are 36 bytes.
    expect(passwordProblem("一二三四五六七八九十百千")).toBeNull();
    expect(passwordProblem("一二三四五六七八九十百")).toContain("at least 12");
  });

  it("refuses the account's own email", () => {
    expect(passwordProblem("maria.lopez@example.org", { email: "Maria.Lopez@example.org" })).toContain(
      "email",
    );
  });

  it("ships a real list of common passwords", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("123456")).toBe(true);
    expect(isCommonPassword("a very unusual sentence")).toBe(false);
  });
});
