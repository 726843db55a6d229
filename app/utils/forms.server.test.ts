import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toSubmissionResult } from "~/utils/form-result";
import { parseFormData, refuse } from "~/utils/forms.server";
import { requiredText } from "~/utils/validation";

const schema = z.object({ name: requiredText("Name", 10), password: z.string().min(1, "Enter a password.") });

function form(entries: [string, string][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("parseFormData", () => {
  it("gives the parsed data and the typed values", () => {
    const r = parseFormData(
      form([
        ["name", "  Ana "],
        ["password", "pw"],
      ]),
      schema,
    );
    expect(r).toEqual({ ok: true, data: { name: "Ana", password: "pw" }, values: { name: "  Ana " } });
  });
  it("refuses with one message per field, the typed values kept and the password not sent back", () => {
    const r = parseFormData(
      form([
        ["name", "x".repeat(11)],
        ["password", ""],
      ]),
      schema,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({ name: "Name must be at most 10 characters.", password: "Enter a password." });
    expect(r.values).toEqual({ name: "x".repeat(11) });
  });
  it("refuses a field sent twice", () => {
    const r = parseFormData(
      form([
        ["name", "a"],
        ["name", "b"],
        ["password", "p"],
      ]),
      schema,
    );
    expect(r.ok).toBe(false);
  });
});

describe("refuse and the browser's reading of it", () => {
  it("answers 400 in the one shape, and conform sees field and form messages", async () => {
    const res = refuse({ errors: { name: "Too long." }, values: { name: "abc" }, formError: "Try again." });
    expect(res.init?.status).toBe(400);
    expect(res.data).toEqual({
      ok: false,
      errors: { name: "Too long." },
      values: { name: "abc" },
      formError: "Try again.",
    });
    expect(toSubmissionResult(res.data)).toEqual({
      status: "error",
      initialValue: { name: "abc" },
      error: { name: ["Too long."], "": ["Try again."] },
      fields: ["name", ""],
    });
    expect(refuse({}, 429).init?.status).toBe(429);
    expect(toSubmissionResult({ ok: true })).toBeUndefined();
  });
});
