// The users page's forms (app/routes/_staff.settings.users.tsx) and the words for a refused change.
import { z } from "zod";
import { STAFF_ROLES } from "~/domain/permissions";
import { emailField, requiredText } from "~/utils/validation";

export const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: emailField,
  displayName: requiredText("Name", 120),
  role: z.enum(STAFF_ROLES, { error: "Choose a role." }),
});
export const roleSchema = z.object({
  intent: z.literal("role"),
  userId: z.string().min(1).max(40),
  role: z.enum(STAFF_ROLES, { error: "Choose a role." }),
});
export const idSchema = z.object({
  intent: z.enum(["deactivate", "reactivate", "revoke-invite"]),
  userId: z.string().max(40).optional(),
  inviteId: z.string().max(40).optional(),
});

export const REFUSALS = {
  role: {
    "last-admin": "The firm needs at least one admin. Make someone else admin first.",
    self: "You cannot change your own role here.",
  },
  deactivate: {
    "last-admin": "The firm needs at least one active admin.",
    self: "You cannot deactivate your own account.",
  },
} as const;
