import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { BackToCase, useT } from "~/components/portal";
import { MAX_PAPER_MB, SendPaperCard, type PaperRefusal } from "~/components/portal-papers";
import {
  MAX_CLIENT_NOTE,
  papersForClient,
  sendPaperFromClient,
  sentPaper,
  type ClientPaperRefusal,
} from "~/models/client-documents.server";
import { portalLayoutData } from "~/models/portal.server";
import { MAX_DOCUMENT_BYTES } from "~/domain/case-documents";
import { requireClientSelf } from "~/utils/auth.server";
import { translate, type MessageKey, type PortalLanguage } from "~/utils/i18n";
import { detectPortalLanguage } from "~/utils/i18n.server";
import { parseFormData } from "~/utils/forms.server";
import { MultipartLimitError, readMultipartForm } from "~/utils/multipart.server";
import { paperSchemaFor } from "~/utils/portal-schemas";

// /me/documents: the papers the client sent and those the office shared with them, and where the
// "Send your lawyer a photo of a paper" form posts (from /me too). The client's own upload, stored as
// source "client", new for staff, audited (app/models/client-documents.server.ts). A refusal is a 400 in
// the client's language with the note they typed; a paper sent redirects to the confirmation here.

export const meta: MetaFunction = () => [{ title: "Casewatch" }];

async function languageOf(
  args: LoaderFunctionArgs | ActionFunctionArgs,
  user: { firmId: string; clientId: string },
) {
  return (
    await detectPortalLanguage(args.request, portalLayoutData(user.firmId, user.clientId)?.preferredLanguage)
  ).lang;
}

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireClientSelf(args);
  const lang = await languageOf(args, user);
  const sentId = new URL(args.request.url).searchParams.get("sent")?.slice(0, 40) ?? "";
  // The confirmation shows only for a paper this client sent; any other id is ignored.
  const sent = sentId ? Boolean(sentPaper(user.firmId, user.clientId, sentId)) : false;
  return { papers: papersForClient(user.firmId, user.clientId, lang), sent };
}

const REFUSAL_TEXT: Record<ClientPaperRefusal, MessageKey> = {
  "no-file": "portal.papers.noFile",
  empty: "portal.papers.empty",
  "too-big": "portal.papers.tooBig",
  "wrong-type": "portal.papers.wrongType",
  unreadable: "portal.papers.unreadable",
  "note-too-long": "portal.papers.noteTooLong",
};

/** A refusal in the one shape (docs/forms.md): the message by its field, the note as typed, never the file. */
function answer(errors: PaperRefusal["errors"], note = "") {
  return data<PaperRefusal>(
    { ok: false, errors, values: { note: note.slice(0, 1000) }, formError: null },
    { status: 400 },
  );
}

function refuse(lang: PortalLanguage, refusal: ClientPaperRefusal | "broken", note = "") {
  const field = refusal === "note-too-long" ? "note" : "file";
  const key = refusal === "broken" ? "portal.papers.broken" : REFUSAL_TEXT[refusal];
  return answer({ [field]: translate(lang, key, { mb: MAX_PAPER_MB, n: MAX_CLIENT_NOTE }) }, note);
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireClientSelf(args);
  const lang = await languageOf(args, user);
  if (!(args.request.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
    return refuse(lang, "broken");
  let form: FormData;
  try {
    // One file and a note; the body itself is capped before it gets here (app/server/body-limit.ts).
    form = await readMultipartForm(args.request, {
      maxFileBytes: MAX_DOCUMENT_BYTES,
      maxFieldBytes: 4_000,
      maxParts: 4,
    });
  } catch (e) {
    if (e instanceof MultipartLimitError && e.limit === "file-size") return refuse(lang, "too-big");
    if (e instanceof MultipartLimitError && e.limit === "field-size") return refuse(lang, "note-too-long");
    return refuse(lang, "broken");
  }
  const note = typeof form.get("note") === "string" ? (form.get("note") as string) : "";
  // The schema the form checks in the browser; the file's type, from its bytes, is the model's to check.
  const t = (key: string, vars: Record<string, string | number> = {}) => translate(lang, key, vars);
  const parsed = parseFormData(
    form,
    paperSchemaFor(t, { maxNote: MAX_CLIENT_NOTE, maxBytes: MAX_DOCUMENT_BYTES }),
  );
  if (!parsed.ok) {
    const { file, note: noteError } = parsed.errors;
    if (!file && !noteError) return refuse(lang, "broken", note);
    return answer({ ...(file ? { file } : {}), ...(noteError ? { note: noteError } : {}) }, note);
  }
  const { file } = parsed.data;
  const r = await sendPaperFromClient(
    { id: user.id, firmId: user.firmId, clientId: user.clientId, ip: args.context?.clientIp ?? null },
    { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, note: parsed.data.note },
  );
  if (!r.ok) return refuse(lang, r.refusal, note);
  return redirect(`/me/documents?sent=${encodeURIComponent(r.id)}#sent`);
}

export default function MyPapers() {
  const d = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <BackToCase />
      {d.sent && !refusal ? (
        <section
          id="sent"
          role="status"
          className="rounded-xl border border-green-300 bg-green-50 p-5 text-lg text-green-950"
        >
          <h1 className="text-2xl font-semibold">✓ {t("portal.papers.sent")}</h1>
          <p className="mt-2">{t("portal.papers.sentMore")}</p>
          <p className="mt-2">
            <Link
              to="/me/documents#papers"
              className="inline-flex min-h-11 items-center text-green-900 underline"
            >
              {t("portal.papers.sendAnother")}
            </Link>
          </p>
        </section>
      ) : null}
      <SendPaperCard refusal={refusal} papers={d.papers} />
    </>
  );
}
