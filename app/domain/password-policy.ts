import commonList from "./common-passwords.txt?raw";
import type { PortalLanguage } from "./languages";
import { translate } from "./translations";

// NIST SP 800-63B style: a minimum length, no composition rules, and a block-list of the passwords
// attackers try first. The list is the top of zxcvbn's frequency list (MIT, see the LICENSE beside it).
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(commonList.split("\n").filter(Boolean));
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}

export type PasswordProblem = {
  key: "password.short" | "password.long" | "password.common" | "password.repeated" | "password.email";
  vars: Record<string, number>;
};

/** Why a password is refused, as a catalog key (app/locales), or null when it is acceptable. */
export function passwordProblemOf(
  password: string,
  context: { email?: string | null } = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { key: "password.short", vars: { n: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH) return { key: "password.long", vars: { n: PASSWORD_MAX_LENGTH } };
  if (isCommonPassword(password)) return { key: "password.common", vars: {} };
  if (/^(.)\1+$/u.test(password)) return { key: "password.repeated", vars: {} };
  const email = context.email?.trim().toLowerCase();
  if (email && (password.toLowerCase() === email || password.toLowerCase() === email.split("@")[0]))
    return { key: "password.email", vars: {} };
  return null;
}

/** Returns why a password is refused, in words (English for staff; a client's language on their pages). */
export function passwordProblem(
  password: string,
  context: { email?: string | null } = {},
  lang: PortalLanguage = "en",
): string | null {
  const problem = passwordProblemOf(password, context);
  return problem ? translate(lang, problem.key, problem.vars) : null;
}
