// Right to left (ADR 018): the pages a client reads lay out with logical properties (ms-/me-, ps-/pe-,
// start-/end-, text-start), so Arabic mirrors them. A physical margin, padding, position, border or
// alignment class in one of these files is a layout bug in Arabic.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const CLIENT_FILES = [
  ...readdirSync("app/routes")
    .filter((f) => /^me(\.|$)/.test(f))
    .map((f) => `app/routes/${f}`),
  "app/routes/portal.$token.tsx",
  "app/routes/login.tsx",
  "app/routes/forgot-password.tsx",
  "app/routes/reset-password.$token.tsx",
  "app/routes/_staff.clients.$id_.portal-sheet.tsx",
  "app/components/portal.tsx",
  "app/components/auth-layout.tsx",
  "app/components/ui/field.tsx",
  "app/components/ui/button.tsx",
  "app/components/ui/form.tsx",
];

// Inside a class string: ml-4, -mr-2, pl-3, right-0, border-l, rounded-tr-lg, text-left, space-x-2 …
const PHYSICAL =
  /(?<![\w-])-?(?:ml|mr|pl|pr|left|right|scroll-m[lr]|scroll-p[lr])-[\w[.]+|(?<![\w-])(?:border|rounded)-(?:l|r|[tb][lr])(?:-[\w[]+)?(?![\w-])|(?<![\w-])(?:text|float|clear)-(?:left|right)(?![\w-])|(?<![\w-])space-x-\d/g;

/** Every string literal of a file (class names also live in objects and ternaries), comments left out. */
function classStrings(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|(?<![:"'`])\/\/.*$/gm, "");
  return [...code.matchAll(/"([^"\n]*)"|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("client pages use logical properties only", () => {
  it("finds the files it checks", () => {
    expect(CLIENT_FILES.filter((f) => f.startsWith("app/routes/me")).length).toBeGreaterThanOrEqual(6);
  });

  it("the checker catches physical classes", () => {
    const sample =
      'className="ml-2 pe-3" className={`-mr-1 ${x}`} className="text-right border-l-2 rounded-tr-lg space-x-2"';
    expect(classStrings(sample).join(" ").match(PHYSICAL)).toEqual([
      "ml-2",
      "-mr-1",
      "text-right",
      "border-l-2",
      "rounded-tr-lg",
      "space-x-2",
    ]);
    expect(
      "ms-2 me-auto ps-4 pe-3 start-0 end-0 text-start rounded-lg border-slate-200 min-h-12".match(PHYSICAL),
    ).toBeNull();
  });

  it.each(CLIENT_FILES)("%s", (file) => {
    const found = classStrings(readFileSync(file, "utf8")).flatMap((c) => c.match(PHYSICAL) ?? []);
    expect(found, file).toEqual([]);
  });
});
