import { data } from "@remix-run/node";
import type { Permission } from "~/domain/permissions";
import type { Actor } from "~/models/actor";
import type { getClient } from "~/models/client.server";
import type { CardResult } from "~/utils/client-page-intents";
import { redirectWithToast } from "~/utils/toast.server";

// One card of the client page answers its own intents here. The page's action (the only route module)
// checks the permission and the client, then hands the form to the card whose `intents` name it; the
// card parses it, calls models, and answers: a redirect back to its place on the page with a toast, or
// a 400 with the field messages and the values typed. A new card is a component in
// app/components/client/ and one module like these, listed in CARDS in _staff.clients.$id.tsx.

export type Client = NonNullable<ReturnType<typeof getClient>>;

export type CardActionArgs = {
  actor: Actor;
  client: Client;
  intent: string;
  form: FormData;
  request: Request;
};

export type CardAnswer = Response | ReturnType<typeof data<CardResult>>;

export type CardAction = {
  intents: readonly string[];
  /** Intents that need a permission beyond the page's update:client, checked by the page's action first. */
  permissions?: Partial<Record<string, Permission>>;
  /** May be async (the Documents card stores a file before it answers). */
  act: (args: CardActionArgs) => CardAnswer | Promise<CardAnswer>;
};

/**
 * The form's result with a status: 400 (refused, nothing saved) unless told otherwise. A refusal is the
 * shared FormFailure shape (docs/forms.md: `ok: false`, errors, values, formError) with the intent, so
 * conform's useSchemaForm shows it and each card picks out its own.
 */
export const answer = (result: CardResult, status = 400) =>
  data({ formError: null, ...result, ok: status < 400 }, { status });

/** Back to the card on the client's page, with what was done as a toast. */
export const backTo = (client: Pick<Client, "id">, hash: string, message: string) =>
  redirectWithToast(`/clients/${client.id}${hash}`, { kind: "success", message });
