import { describe, expect, it } from "vitest";
import { PERMISSIONS, can, isStaffRole, type Permission } from "./permissions";

// The expected table, written out by hand so that a change to the rules shows up as a test change.
const EXPECTED: Record<string, Permission[]> = {
  admin: [
    "view:dashboard",
    "view:client",
    "create:client",
    "update:client",
    "import:client",
    "export:client",
    "schedule:checkin",
    "view:alerts",
    "manage:users",
    "manage:firm",
    "manage:feeds",
    "view:audit",
    "export:firm",
    "view:mailbox",
    "view:firm-mailbox",
    "approve:portal-text",
    "purge:document",
  ],
  lawyer: [
    "view:dashboard",
    "view:client",
    "create:client",
    "update:client",
    "import:client",
    "export:client",
    "schedule:checkin",
    "view:alerts",
    "view:mailbox",
    "approve:portal-text",
  ],
  paralegal: [
    "view:dashboard",
    "view:client",
    "create:client",
    "update:client",
    "import:client",
    "export:client",
    "schedule:checkin",
    "view:alerts",
    "view:mailbox",
  ],
  client: ["view:own-status"],
};

describe("permission table", () => {
  for (const [role, allowed] of Object.entries(EXPECTED)) {
    for (const permission of PERMISSIONS) {
      const expected = allowed.includes(permission);
      it(`${role} ${expected ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(expected);
      });
    }
  }

  it("denies an unknown role everything", () => {
    for (const permission of PERMISSIONS) expect(can("superuser", permission)).toBe(false);
    expect(can("", "view:client")).toBe(false);
  });

  it("treats only admin, lawyer and paralegal as staff", () => {
    expect(["admin", "lawyer", "paralegal", "client", "x"].filter(isStaffRole)).toEqual([
      "admin",
      "lawyer",
      "paralegal",
    ]);
  });

  it("never lets a client manage anything", () => {
    expect(PERMISSIONS.filter((p) => can("client", p))).toEqual(["view:own-status"]);
  });
});
