// Words for the audit log's actions, as an admin would read them.
const LABELS: Record<string, string> = {
  "firm.created": "created the firm",
  "firm.settings_changed": "changed firm settings",
  "user.created": "created a user",
  "user.role_changed": "changed a user's role",
  "user.deactivated": "deactivated a user",
  "user.reactivated": "reactivated a user",
  "user.profile_changed": "changed their profile",
  "invite.created": "invited a staff member",
  "invite.revoked": "revoked an invitation",
  "invite.accepted": "accepted an invitation",
  "auth.login": "signed in",
  "auth.login_failed": "failed sign-in",
  "auth.login_blocked": "sign-in blocked by rate limit",
  "auth.logout": "signed out",
  "auth.2fa_failed": "entered a wrong two-step code",
  "auth.recovery_code_used": "used a recovery code",
  "auth.password_changed": "changed their password",
  "auth.password_reset_requested": "asked for a password reset",
  "auth.password_reset": "reset their password",
  "auth.session_ended": "ended a session",
  "auth.2fa_enabled": "turned on two-step sign-in",
  "auth.2fa_disabled": "turned off two-step sign-in",
  "auth.recovery_codes_regenerated": "made new recovery codes",
  "access.denied": "was refused access",
  "client.created": "added a client",
  "client.updated": "changed a client's details",
  "client.imported": "imported clients from CSV",
  "event.created": "recorded a case event",
  "event.corrected": "corrected a case event",
  "hearing.created": "added a hearing",
  "hearing.postponed": "postponed a hearing",
  "hearing.cancelled": "cancelled a hearing",
  "travel_document.created": "added a travel document",
  "travel_document.changed": "changed a travel document",
  "deadline.marked": "marked a deadline",
  "closure.created": "entered a closure day",
  "firm.exported": "exported all firm data",
  "client.exported": "exported the client list",
};

export function describeAuditAction(action: string): string {
  return LABELS[action] ?? action;
}

export const AUDIT_ACTIONS = Object.keys(LABELS);
