// What each role may do. This table is the only place the rules live: loaders and actions ask
// `can(role, permission)` (through requirePermission), and anything not listed is refused.
export const PERMISSIONS = [
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
  // The demo mailbox's mail to other people (their one-time links hidden); without it, only one's own.
  "view:firm-mailbox",
  "approve:portal-text",
  "view:own-status",
  // Removing a soft-deleted case document (and its file) for good.
  "purge:document",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type RoleName = "admin" | "lawyer" | "paralegal" | "client";
export const STAFF_ROLES = ["admin", "lawyer", "paralegal"] as const satisfies readonly RoleName[];

const CASE_WORK: Permission[] = [
  "view:dashboard",
  "view:client",
  "create:client",
  "update:client",
  "import:client",
  "export:client",
  "schedule:checkin",
  "view:alerts",
  "view:mailbox",
];

export const ROLE_PERMISSIONS: Record<RoleName, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([
    ...CASE_WORK,
    "manage:users",
    "manage:firm",
    "manage:feeds",
    "view:audit",
    "export:firm",
    "view:firm-mailbox",
    "approve:portal-text",
    "purge:document",
  ]),
  // Lawyers approve what clients read about their case (portal texts, "if you are detained").
  lawyer: new Set<Permission>([...CASE_WORK, "approve:portal-text"]),
  paralegal: new Set<Permission>(CASE_WORK),
  client: new Set<Permission>(["view:own-status"]),
};

export function can(role: string, permission: Permission): boolean {
  return (
    (ROLE_PERMISSIONS as Record<string, ReadonlySet<Permission> | undefined>)[role]?.has(permission) ?? false
  );
}

export function isStaffRole(role: string): role is (typeof STAFF_ROLES)[number] {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

export const ROLE_LABELS: Record<RoleName, string> = {
  admin: "Admin",
  lawyer: "Lawyer",
  paralegal: "Paralegal",
  client: "Client",
};
