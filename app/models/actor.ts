/**
 * Who makes a change: the signed-in user's id and firm, and the address the request came from (for the
 * audit log). A signed-in user (AuthUser) is one, so a route passes `{ ...user, ip }`.
 */
export type Actor = { id: string; firmId: string; ip?: string | null };

/** Background work (the feed fetcher) acts for a firm without a user; its audit entries name no one. */
export type SystemActor = { id: null; firmId: string; ip?: null };
