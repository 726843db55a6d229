import commonList from "./common-passwords.txt?raw";

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

/** Returns why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string | null } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return `Use at least ${PASSWORD_MIN_LENGTH} characters (a few words make a good password).`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (isCommonPassword(password))
    return "This password is among the most common ones and easy to guess. Choose another.";
  if (/^(.)\1+$/u.test(password)) return "A single repeated character is easy to guess. Choose another.";
  const email = context.email?.trim().toLowerCase();
  if (email && (password.toLowerCase() === email || password.toLowerCase() === email.split("@")[0]))
    return "Do not use your email address as your password.";
  return null;
}
